import { defineRule } from "../src/define-rule.js";
import type { Draft } from "../src/types.js";
import { asksSomething, findAsks } from "./util/asks.js";
import { openingSpan } from "./util/draft.js";
import { chronological, daysBetween, lastReceived, unansweredSent } from "./util/history.js";

interface Options {
  maxUnanswered: number;
  minDaysBetween: number;
}

/**
 * LinkedIn Help 75: "You can't send another InMail message to a member until they respond to the
 * first", and LinkedIn sends the recipient its own reminder within 3 days. Re-inviting after a
 * withdrawal is blocked for 3 weeks (a551012), and ignored or spam-marked messages lead to
 * restrictions: persistence costs the sender's account, not just the reply.
 */
export default defineRule<Options>({
  meta: {
    id: "respect-boundaries",
    description: "No message after a decline, no third message without a reply, no follow-up within days of the last one",
    category: "etiquette",
    defaultSeverity: "error",
    warningMessages: ["tooSoon"],
    fixable: false,
    hasSuggestions: false,
    options: {
      maxUnanswered: {
        type: "integer",
        default: 2,
        minimum: 1,
        maximum: 10,
        description: "Most messages in a row without a reply, this draft included (2 = the first message and one follow-up)",
      },
      minDaysBetween: {
        type: "integer",
        default: 3,
        minimum: 0,
        maximum: 60,
        description: "Fewest days between a message and a follow-up to it (0 turns the check off)",
      },
    },
    messages: {
      afterDecline: "The recipient said no on {{date}}: accept it; a reply to a decline should only thank them, not ask again",
      tooManyUnanswered: "This would be the {{count}} message in a row without a reply (last sent {{date}}): stop after {{max}}",
      tooSoon: "Follow-up {{gap}} after your last message ({{date}}): wait at least {{min}} days; LinkedIn reminds the recipient itself",
    },
  },
  check(context) {
    const { draft, options, settings } = context;
    if (draft.history.length === 0) return;
    const span = openingSpan(draft);

    const received = lastReceived(draft.history);
    if (received?.declined) {
      if (!isAcknowledgement(draft)) context.report({ messageId: "afterDecline", data: { date: received.date }, span });
      return;
    }

    const unanswered = unansweredSent(draft.history);
    if (unanswered.length + 1 > options.maxUnanswered) {
      const date = unanswered[unanswered.length - 1]!.date;
      context.report({ messageId: "tooManyUnanswered", data: { count: ordinal(unanswered.length + 1), date, max: options.maxUnanswered }, span });
    }

    const sorted = chronological(draft.history);
    const latest = sorted[sorted.length - 1]!;
    if (latest.direction !== "sent" || options.minDaysBetween === 0) return;
    const gap = daysBetween(latest.date, draft.date ?? settings.today);
    // A draft dated before its own history is a data slip, not a too-early follow-up.
    if (gap === null || gap < 0 || gap >= options.minDaysBetween) return;
    context.report({ messageId: "tooSoon", data: { gap: gap === 1 ? "1 day" : `${gap} days`, date: latest.date, min: options.minDaysBetween }, span });
  },
});

/**
 * A thank-you that accepts the no (asks nothing, links nothing) is the right reply to a decline:
 * the corpus's gracious "I won't follow up about this role" note must stay clean.
 */
function isAcknowledgement(draft: Draft): boolean {
  return draft.links.length === 0 && !asksSomething(findAsks(draft));
}

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : ["th", "st", "nd", "rd"][n % 10] ?? "th";
  return `${n}${suffix}`;
}
