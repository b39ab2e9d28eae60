import type { Draft, Span } from "../../src/types.js";
import { bodySentences } from "./draft.js";
import { isPlainText, TwinRegex } from "./plain-text.js";

/**
 * What a draft says the recipient is: "your work at Initech", "you're at Northwind",
 * "your role as VP of Sales", "you studied at Purdue". Only explicit second-person attributions
 * count, because "we work with Initech" or "I met people from Initech" say nothing about the
 * recipient, and "great to meet you at GopherCon" names an event.
 */
export type ClaimKind =
  /** An employer described as current ("you're at X", "at X, where you build"). */
  | "current-org"
  /** An employer, current or past ("your work at X", "your time at X"). */
  | "org"
  /** A school ("you studied at X", "your degree from X"). */
  | "school"
  /** A current job title ("your role as VP of Sales", "you're a Staff Engineer at"). */
  | "title";

export interface RecipientClaim {
  kind: ClaimKind;
  /** The name or title as written, trimmed of a leading "the" and a trailing "'s". */
  text: string;
  span: Span;
  /** The sentence the claim is in. */
  sentence: Span;
}

/**
 * A capitalised name of up to six words, with the small words names contain: "Northwind Health",
 * "University of Texas at Austin", "Fieldnote Coffee Co.". Whitespace between words is bounded
 * and each word starts with a capital or digit, so the pattern stays linear.
 */
const NAME = String.raw`(?:the[ \t]{1,3})?\p{Lu}[\p{L}\p{N}&'’.-]{0,40}(?:[ \t]{1,3}(?:(?:of|at|and|for|de|the|&)[ \t]{1,3})?[\p{Lu}\p{N}][\p{L}\p{N}&'’.-]{0,40}){0,5}`;
/** A job title as people write it in prose: "a Staff Engineer", "VP of Sales", "a senior data scientist". */
const TITLE = String.raw`(?:(?:an?|the)[ \t]{1,3})?[\p{L}][\p{L}&'’.-]{0,30}(?:[ \t]{1,3}[\p{L}][\p{L}&'’.-]{0,30}){0,4}`;
const YOU_ARE = String.raw`[Yy]ou(?:'re|’re|[ \t]are)`;
const PRESENT_VERBS = "build|work|lead|run|manage|own|design|teach|oversee|head|help|support|write|are|focus|care for|look after";

const PATTERNS: Array<{ kind: ClaimKind; regex: TwinRegex }> = [
  { kind: "current-org", regex: new TwinRegex(String.raw`\b${YOU_ARE}(?:[ \t](?:now|currently|still))?[ \t](?:at|with)[ \t](${NAME})`, "gu") },
  { kind: "current-org", regex: new TwinRegex(String.raw`\b[Yy]ou(?:[ \t](?:now|currently|still))?[ \t]work[ \t](?:at|for)[ \t](${NAME})`, "gu") },
  { kind: "current-org", regex: new TwinRegex(String.raw`\b[Yy]our[ \t]current[ \t](?:role|job|position|work|team|company|employer)[ \t](?:at|with)[ \t](${NAME})`, "gu") },
  { kind: "current-org", regex: new TwinRegex(String.raw`\b(?:[Nn]ow[ \t]that|[Ss]ince)[ \t]you(?:'ve|’ve|[ \t]have)[ \t](?:joined|moved[ \t]to)[ \t](${NAME})`, "gu") },
  // "your work at Initech, where you build Go services": the present tense makes it the current job.
  { kind: "current-org", regex: new TwinRegex(String.raw`\b[Yy]our[ \t](?:work|role|job|team|position)[ \t]at[ \t](${NAME}),?[ \t]where[ \t]you(?:'re|’re|[ \t]are)?[ \t](?:now[ \t]|currently[ \t])?(?:${PRESENT_VERBS})\b`, "gu") },
  { kind: "org", regex: new TwinRegex(String.raw`\b[Yy]our[ \t](?:work|time|role|tenure|years|experience|job|position|stint|career|team)[ \t]at[ \t](${NAME})`, "gu") },
  { kind: "org", regex: new TwinRegex(String.raw`\b[Yy]our[ \t](?:time|tenure|years|stint)[ \t]with[ \t](${NAME})`, "gu") },
  { kind: "org", regex: new TwinRegex(String.raw`\b[Yy]ou[ \t](?:worked|were)[ \t](?:at|for)[ \t](${NAME})`, "gu") },
  // "the work you've done leading treasury at Halvorsen Bank", "what you've built at Initech"
  { kind: "org", regex: new TwinRegex(String.raw`\b[Yy]ou(?:'ve|’ve|[ \t]have)[ \t](?:done|led|built|worked|managed|run|grown|spent|shipped|created)\b[^.!?\n]{0,60}?[ \t]at[ \t](${NAME})`, "gu") },
  { kind: "school", regex: new TwinRegex(String.raw`\b[Yy]our[ \t](?:studies|degree|PhD|MBA|master's|master’s|bachelor's|bachelor’s)[ \t](?:at|from)[ \t](${NAME})`, "gu") },
  { kind: "school", regex: new TwinRegex(String.raw`\b[Yy]ou[ \t](?:studied|graduated)[ \t](?:at|from)[ \t](${NAME})`, "gu") },
  { kind: "title", regex: new TwinRegex(String.raw`\b[Yy]our[ \t](?:current[ \t])?(?:role|position|job|work)[ \t]as[ \t](${TITLE})`, "gu") },
  { kind: "title", regex: new TwinRegex(String.raw`\b${YOU_ARE}[ \t](?:now[ \t]|currently[ \t])?((?:an?|the)[ \t]${TITLE})[ \t](?:at|with|on)\b`, "gu") },
];

/** Nouns a job title ends with, in lower case prose ("a senior data scientist"). */
const TITLE_NOUN = /^(?:engineer|developer|designer|manager|director|scientist|analyst|recruiter|nurse|teacher|architect|lead|head|officer|founder|consultant|specialist|coordinator|administrator|executive|strategist|researcher|marketer|accountant|president)s?$/i;
/** Words that end a title: what follows them is no longer the title ("a Staff Engineer at ..."). */
const TITLE_STOP = /[ \t](?:at|with|on|in|for|and|who|where|which|that|to|is|was|since|because|,).*$/;

export function findRecipientClaims(draft: Draft): RecipientClaim[] {
  const claims: RecipientClaim[] = [];
  for (const sentence of bodySentences(draft)) {
    // Every pattern names "you" or "your": most sentences need none of them.
    if (!/[Yy]ou/.test(sentence.text)) continue;
    const plain = isPlainText(sentence.text);
    for (const { kind, regex: pattern } of PATTERNS) {
      const regex = pattern.for(plain);
      regex.lastIndex = 0;
      for (let match = regex.exec(sentence.text); match !== null; match = regex.exec(sentence.text)) {
        const captured = match[1]!;
        const offset = match.index + match[0].indexOf(captured);
        const cleaned = kind === "title" ? cleanTitle(captured) : cleanName(captured);
        if (!cleaned) continue;
        const start = sentence.span.start + offset + cleaned.skip;
        const span = { start, end: start + cleaned.text.length };
        if (claims.some((claim) => claim.span.start < span.end && span.start < claim.span.end)) continue;
        claims.push({ kind, text: cleaned.text, span, sentence: sentence.span });
      }
    }
  }
  return claims.sort((a, b) => a.span.start - b.span.start);
}

/** Capitalised words after "you're at" that are a stage, not an employer: "now that you're at Series B". */
const NOT_AN_ORGANISATION = /^(?:Series|Seed|Stage|Level|Step|Day|Week|Month|Year|Scale|Series-[A-Z])\b/;

/** "the Initech's." -> "Initech" (with how many characters were dropped in front). */
function cleanName(raw: string): { text: string; skip: number } | null {
  const withoutThe = raw.replace(/^the[ \t]+/, "");
  const skip = raw.length - withoutThe.length;
  const text = withoutThe.replace(/(?:['’]s)?(?<![.,'’-])[.,'’-]*$/, "").replace(/(?<![ \t])[ \t]+(?:of|at|and|for|de|the|&)$/, "");
  if (!/^\p{Lu}/u.test(text) || text.length < 2 || NOT_AN_ORGANISATION.test(text)) return null;
  return { text, skip };
}

/**
 * "VP of Sales caught my eye" -> "VP of Sales"; "senior data scientist who" -> "senior data scientist":
 * the title ends at its last capitalised word or title noun, before the rest of the sentence.
 */
function cleanTitle(raw: string): { text: string; skip: number } | null {
  const withoutArticle = raw.replace(/^(?:an?|the)[ \t]+/i, "");
  const skip = raw.length - withoutArticle.length;
  const words = withoutArticle.replace(TITLE_STOP, "").split(/[ \t]+/);
  let end = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!.replace(/(?<![.,'’-])[.,'’-]+$/, "");
    if (/^\p{Lu}/u.test(word) || TITLE_NOUN.test(word)) end = i + 1;
    else if (end > 0 && !/^(?:of|and|&)$/.test(word)) break;
  }
  const text = words.slice(0, end).join(" ").replace(/(?<![.,'’-])[.,'’-]+$/, "");
  return text.length >= 2 ? { text, skip } : null;
}
