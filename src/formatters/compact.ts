import { oneLine, recipientName, reportPath, severityName } from "./labels.js";
import { plural } from "./totals.js";
import type { Formatter } from "./types.js";

/**
 * One line per problem, `path:line:col: severity message [rule-id]`: the shape editors
 * (Vim's errorformat, Emacs compilation mode) and grep read without a plugin.
 */
const compact: Formatter = (results, context) => {
  const lines: string[] = [];
  for (const result of results) {
    const path = reportPath(result.filePath, context.cwd);
    // Campaign renderings share the template's path; name the recipient so lines stay distinct.
    const recipient = recipientName(result);
    const to = recipient ? ` (to ${oneLine(recipient)})` : "";
    for (const message of result.messages) {
      const rule = message.ruleId ? ` [${message.ruleId}]` : "";
      lines.push(`${path}:${message.line}:${message.column}: ${severityName(message)} ${oneLine(message.message)}${to}${rule}`);
    }
  }
  if (lines.length === 0) return "";
  return `${lines.join("\n")}\n\n${plural(lines.length, "problem")}\n`;
};

export default compact;
