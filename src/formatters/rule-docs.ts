import type { RuleMeta } from "../types.js";

const DOCS_BASE = "https://github.com/inmail-lint/inmail-lint/blob/main/docs/rules/";

/**
 * Where a rule is documented: the plugin's own `meta.url` when set, else the built-in rule page
 * derived from the id. Plugin rules (`plugin/rule`) without a URL get none rather than a dead link.
 */
export function ruleDocsUrl(ruleId: string, meta: RuleMeta | undefined): string | undefined {
  if (meta?.url) return meta.url;
  if (ruleId.includes("/")) return undefined;
  return `${DOCS_BASE}${encodeURIComponent(ruleId)}.md`;
}
