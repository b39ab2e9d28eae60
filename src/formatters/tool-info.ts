import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const TOOL_NAME = "inmail-lint";
export const TOOL_HOMEPAGE = "https://github.com/inmail-lint/inmail-lint";

let cachedVersion: string | undefined;

/**
 * inmail-lint's version from its package.json, for reports that name the tool (SARIF).
 * Found by walking up because this module runs from `dist/src/formatters` and, in tests, `src/formatters`.
 */
export function toolVersion(): string {
  if (cachedVersion !== undefined) return cachedVersion;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 5; depth++) {
    try {
      const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name?: string; version?: string };
      if (manifest.name === TOOL_NAME && manifest.version) return (cachedVersion = manifest.version);
    } catch {
      // no package.json here: keep walking up
    }
    dir = dirname(dir);
  }
  return (cachedVersion = "0.0.0");
}
