/**
 * import() of a user's module (a JS config, a plugin, a formatter) by file URL.
 *
 * The CLI's bundle may run from V8's code cache (src/cli/code-cache.ts), compiled as scripts whose
 * own import() has no module loader behind it, so that loader supplies one here. Everywhere else
 * (the API, the unbundled CLI) this is a plain import().
 */
export const HOST_IMPORT = Symbol.for("inmail-lint.import");

type Importer = (url: string) => Promise<unknown>;

export function importModule(url: string): Promise<unknown> {
  const hostImport = (globalThis as { [HOST_IMPORT]?: Importer })[HOST_IMPORT];
  return hostImport ? hostImport(url) : import(url);
}
