/**
 * The SARIF 2.1.0 schema constraints that matter for inmail-lint's output, encoded by hand (the
 * schema cannot be downloaded at test time), plus GitHub code scanning's own requirements
 * ("SARIF support for code scanning": shortDescription, fullDescription and help text on rules;
 * message text and a location with a full region on results). Every SARIF object forbids
 * unknown properties (additionalProperties: false), so each object's allowed keys are listed.
 * Returns the violations found, as "path: problem" strings.
 */

type Json = unknown;

const LEVELS = ["none", "note", "warning", "error"];

interface ObjectSpec {
  allowed: readonly string[];
  required?: readonly string[];
}

const SPECS = {
  sarifLog: { allowed: ["$schema", "version", "runs", "inlineExternalProperties", "properties"], required: ["version", "runs"] },
  run: {
    allowed: ["tool", "invocations", "conversion", "language", "versionControlProvenance", "originalUriBaseIds", "artifacts", "logicalLocations", "graphs", "results", "automationDetails", "runAggregates", "baselineGuid", "redactionTokens", "defaultEncoding", "defaultSourceLanguage", "newlineSequences", "columnKind", "externalPropertyFileReferences", "threadFlowLocations", "taxonomies", "addresses", "translations", "policies", "webRequests", "webResponses", "specialLocations", "properties"],
    required: ["tool"],
  },
  tool: { allowed: ["driver", "extensions", "properties"], required: ["driver"] },
  toolComponent: {
    allowed: ["guid", "name", "organization", "product", "productSuite", "shortDescription", "fullDescription", "fullName", "version", "semanticVersion", "dottedQuadFileVersion", "releaseDateUtc", "downloadUri", "informationUri", "globalMessageStrings", "notifications", "rules", "taxa", "locations", "language", "contents", "isComprehensive", "localizedDataSemanticVersion", "minimumRequiredLocalizedDataSemanticVersion", "associatedComponent", "translationMetadata", "supportedTaxonomies", "properties"],
    required: ["name"],
  },
  reportingDescriptor: { allowed: ["id", "deprecatedIds", "guid", "deprecatedGuids", "name", "deprecatedNames", "shortDescription", "fullDescription", "messageStrings", "defaultConfiguration", "helpUri", "help", "relationships", "properties"], required: ["id"] },
  multiformatMessageString: { allowed: ["text", "markdown", "properties"], required: ["text"] },
  reportingConfiguration: { allowed: ["enabled", "level", "rank", "parameters", "properties"] },
  invocation: {
    allowed: ["commandLine", "arguments", "responseFiles", "startTimeUtc", "endTimeUtc", "exitCode", "ruleConfigurationOverrides", "notificationConfigurationOverrides", "toolExecutionNotifications", "toolConfigurationNotifications", "exitCodeDescription", "exitSignalName", "exitSignalNumber", "processStartFailureMessage", "executionSuccessful", "machine", "account", "processId", "executableLocation", "workingDirectory", "environmentVariables", "stdin", "stdout", "stderr", "stdoutStderr", "properties"],
    required: ["executionSuccessful"],
  },
  notification: { allowed: ["locations", "message", "level", "threadId", "timeUtc", "exception", "descriptor", "associatedRule", "properties"], required: ["message"] },
  message: { allowed: ["text", "markdown", "id", "arguments", "properties"] },
  result: {
    allowed: ["ruleId", "ruleIndex", "rule", "kind", "level", "message", "analysisTarget", "locations", "guid", "correlationGuid", "occurrenceCount", "partialFingerprints", "fingerprints", "stacks", "codeFlows", "graphs", "graphTraversals", "relatedLocations", "suppressions", "baselineState", "rank", "attachments", "hostedViewerUri", "workItemUris", "provenance", "fixes", "taxa", "webRequest", "webResponse", "properties"],
    required: ["message"],
  },
  location: { allowed: ["id", "physicalLocation", "logicalLocations", "message", "annotations", "relationships", "properties"] },
  physicalLocation: { allowed: ["address", "artifactLocation", "region", "contextRegion", "properties"] },
  artifactLocation: { allowed: ["uri", "uriBaseId", "index", "description", "properties"] },
  region: { allowed: ["startLine", "startColumn", "endLine", "endColumn", "charOffset", "charLength", "byteOffset", "byteLength", "snippet", "message", "sourceLanguage", "properties"] },
} satisfies Record<string, ObjectSpec>;

const isObject = (value: Json): value is Record<string, Json> => typeof value === "object" && value !== null && !Array.isArray(value);
const isPositiveInteger = (value: Json) => Number.isInteger(value) && (value as number) >= 1;

/** A URI reference per RFC 3986: no spaces or characters that must be percent-encoded. */
const URI_REFERENCE = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]*$/;
const ABSOLUTE_URI = /^[A-Za-z][A-Za-z0-9+.-]*:/;

export function sarifViolations(log: Json): string[] {
  const problems: string[] = [];
  const check = (value: Json, spec: ObjectSpec, path: string): value is Record<string, Json> => {
    if (!isObject(value)) {
      problems.push(`${path}: not an object`);
      return false;
    }
    for (const key of Object.keys(value)) if (!spec.allowed.includes(key)) problems.push(`${path}.${key}: not allowed (additionalProperties: false)`);
    for (const key of spec.required ?? []) if (value[key] === undefined) problems.push(`${path}.${key}: required`);
    return true;
  };
  const text = (value: Json, path: string, spec: ObjectSpec = SPECS.multiformatMessageString) => {
    if (check(value, spec, path) && (typeof value.text !== "string" || value.text === "")) problems.push(`${path}.text: must be a non-empty string`);
  };
  const uri = (value: Json, path: string, absolute: boolean) => {
    if (typeof value !== "string" || !URI_REFERENCE.test(value)) problems.push(`${path}: not a valid URI reference (${String(value)})`);
    else if (absolute !== ABSOLUTE_URI.test(value)) problems.push(`${path}: must be ${absolute ? "an absolute URI" : "relative"} (${value})`);
  };
  const locations = (value: Json, path: string, baseIds: Record<string, Json>) => {
    if (!Array.isArray(value) || value.length === 0) return problems.push(`${path}: needs at least one location`);
    value.forEach((location, index) => {
      const at = `${path}[${index}]`;
      if (!check(location, SPECS.location, at)) return;
      const physical = location.physicalLocation;
      if (!check(physical, SPECS.physicalLocation, `${at}.physicalLocation`)) return;
      const artifact = physical.artifactLocation;
      if (check(artifact, SPECS.artifactLocation, `${at}.physicalLocation.artifactLocation`)) {
        const relative = typeof artifact.uriBaseId === "string";
        uri(artifact.uri, `${at}.physicalLocation.artifactLocation.uri`, !relative);
        if (relative && !(artifact.uriBaseId as string in baseIds)) problems.push(`${at}: uriBaseId ${String(artifact.uriBaseId)} is not in run.originalUriBaseIds`);
      }
      const region = physical.region;
      if (!check(region, SPECS.region, `${at}.physicalLocation.region`)) return;
      for (const key of ["startLine", "startColumn", "endLine", "endColumn"]) if (!isPositiveInteger(region[key])) problems.push(`${at}.region.${key}: must be an integer >= 1`);
      const [startLine, startColumn, endLine, endColumn] = [region.startLine, region.startColumn, region.endLine, region.endColumn] as number[];
      if (endLine! < startLine! || (endLine === startLine && endColumn! < startColumn!)) problems.push(`${at}.region: ends before it starts`);
    });
  };

  if (!check(log, SPECS.sarifLog, "log")) return problems;
  if (log.version !== "2.1.0") problems.push("log.version: must be 2.1.0");
  if (typeof log.$schema !== "string" || !ABSOLUTE_URI.test(log.$schema)) problems.push("log.$schema: GitHub requires the schema URI");
  if (!Array.isArray(log.runs) || log.runs.length === 0) return [...problems, "log.runs: needs a run"];
  log.runs.forEach((run, runIndex) => {
    const at = `runs[${runIndex}]`;
    if (!check(run, SPECS.run, at)) return;
    if (run.columnKind !== undefined && run.columnKind !== "utf16CodeUnits" && run.columnKind !== "unicodeCodePoints") problems.push(`${at}.columnKind: invalid`);
    const baseIds = isObject(run.originalUriBaseIds) ? run.originalUriBaseIds : {};
    for (const [id, base] of Object.entries(baseIds)) {
      if (check(base, SPECS.artifactLocation, `${at}.originalUriBaseIds.${id}`)) {
        uri(base.uri, `${at}.originalUriBaseIds.${id}.uri`, true);
        if (!String(base.uri).endsWith("/")) problems.push(`${at}.originalUriBaseIds.${id}.uri: must end with a slash`);
      }
    }
    if (!check(run.tool, SPECS.tool, `${at}.tool`)) return;
    const driver = run.tool.driver;
    if (!check(driver, SPECS.toolComponent, `${at}.tool.driver`)) return;
    if (typeof driver.name !== "string" || driver.name === "") problems.push(`${at}.tool.driver.name: required`);
    const rules = Array.isArray(driver.rules) ? driver.rules : [];
    const ids = new Set<string>();
    rules.forEach((rule, index) => {
      const ruleAt = `${at}.tool.driver.rules[${index}]`;
      if (!check(rule, SPECS.reportingDescriptor, ruleAt)) return;
      if (typeof rule.id !== "string" || ids.has(rule.id)) problems.push(`${ruleAt}.id: missing or duplicate`);
      ids.add(String(rule.id));
      if (rule.name !== undefined && !/^[A-Z][A-Za-z0-9]*$/.test(String(rule.name))) problems.push(`${ruleAt}.name: not PascalCase (SARIF2012)`);
      // GitHub: required on every rule.
      text(rule.shortDescription, `${ruleAt}.shortDescription`);
      text(rule.fullDescription, `${ruleAt}.fullDescription`);
      text(rule.help, `${ruleAt}.help`);
      if (rule.helpUri !== undefined) uri(rule.helpUri, `${ruleAt}.helpUri`, true);
      if (rule.defaultConfiguration !== undefined && check(rule.defaultConfiguration, SPECS.reportingConfiguration, `${ruleAt}.defaultConfiguration`) && !LEVELS.includes(String(rule.defaultConfiguration.level))) problems.push(`${ruleAt}.defaultConfiguration.level: invalid`);
    });
    (Array.isArray(run.invocations) ? run.invocations : []).forEach((invocation, index) => {
      const invocationAt = `${at}.invocations[${index}]`;
      if (!check(invocation, SPECS.invocation, invocationAt)) return;
      if (typeof invocation.executionSuccessful !== "boolean") problems.push(`${invocationAt}.executionSuccessful: must be a boolean`);
      if (invocation.workingDirectory !== undefined && check(invocation.workingDirectory, SPECS.artifactLocation, `${invocationAt}.workingDirectory`)) uri(invocation.workingDirectory.uri, `${invocationAt}.workingDirectory.uri`, true);
      (Array.isArray(invocation.toolExecutionNotifications) ? invocation.toolExecutionNotifications : []).forEach((notification, n) => {
        const notificationAt = `${invocationAt}.toolExecutionNotifications[${n}]`;
        if (!check(notification, SPECS.notification, notificationAt)) return;
        text(notification.message, `${notificationAt}.message`, SPECS.message);
        if (!LEVELS.includes(String(notification.level))) problems.push(`${notificationAt}.level: invalid`);
        locations(notification.locations, `${notificationAt}.locations`, baseIds);
      });
    });
    if (!Array.isArray(run.results)) return problems.push(`${at}.results: required by GitHub`);
    run.results.forEach((result, index) => {
      const resultAt = `${at}.results[${index}]`;
      if (!check(result, SPECS.result, resultAt)) return;
      text(result.message, `${resultAt}.message`, SPECS.message);
      if (!LEVELS.includes(String(result.level))) problems.push(`${resultAt}.level: invalid`);
      if (typeof result.ruleId !== "string" || !ids.has(result.ruleId)) problems.push(`${resultAt}.ruleId: not a rule of the driver`);
      if (result.ruleIndex !== undefined && (rules[result.ruleIndex as number] as Record<string, Json> | undefined)?.id !== result.ruleId) problems.push(`${resultAt}.ruleIndex: does not point at rule ${String(result.ruleId)}`);
      locations(result.locations, `${resultAt}.locations`, baseIds);
    });
  });
  return problems;
}
