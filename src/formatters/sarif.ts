import { isAbsolute } from "node:path";
import { pathToFileURL } from "node:url";
import type { LintMessage, RuleMeta } from "../types.js";
import { isFileFailure, oneLine, recipientName, reportPath } from "./labels.js";
import { ruleDocsUrl } from "./rule-docs.js";
import { TOOL_HOMEPAGE, TOOL_NAME, toolVersion } from "./tool-info.js";
import type { Formatter } from "./types.js";

/**
 * SARIF 2.1.0, as GitHub code scanning reads it (github/codeql-action/upload-sarif).
 * Paths are relative to `%SRCROOT%` (the cwd) so alerts land on the files in the repository;
 * problems without a rule (unreadable files, unused disable comments) become tool notifications.
 */

export const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
const SRCROOT = "%SRCROOT%";

type SarifLevel = "error" | "warning" | "note" | "none";

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

interface SarifLocation {
  physicalLocation: {
    artifactLocation: ArtifactLocation;
    region: { startLine: number; startColumn: number; endLine: number; endColumn: number };
  };
}

interface ReportingDescriptor {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  helpUri?: string;
  help: { text: string; markdown?: string };
  defaultConfiguration?: { level: SarifLevel };
  properties?: { tags: string[]; "problem.severity": "error" | "warning" | "recommendation" };
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: SarifLocation[];
  properties?: { recipient: string };
}

interface Notification {
  level: "error" | "warning";
  message: { text: string };
  locations: SarifLocation[];
}

const sarif: Formatter = (results, context) => {
  const rules: ReportingDescriptor[] = [];
  const ruleIndex = new Map<string, number>();
  const sarifResults: SarifResult[] = [];
  const notifications: Notification[] = [];

  for (const result of results) {
    const artifact = artifactLocation(result.filePath, context.cwd);
    const recipient = recipientName(result);
    for (const message of result.messages) {
      const location = locationOf(artifact, message);
      const text = oneLine(message.message) + (recipient ? ` (to ${recipient})` : "");
      // No rule to attach it to (an unreadable file, an unused disable comment): a tool notification.
      if (message.ruleId === null) {
        notifications.push({ level: message.severity === 2 ? "error" : "warning", message: { text }, locations: [location] });
        continue;
      }
      let index = ruleIndex.get(message.ruleId);
      if (index === undefined) {
        index = rules.push(describeRule(message.ruleId, context.rulesMeta[message.ruleId])) - 1;
        ruleIndex.set(message.ruleId, index);
      }
      const sarifResult: SarifResult = { ruleId: message.ruleId, ruleIndex: index, level: message.severity === 2 ? "error" : "warning", message: { text }, locations: [location] };
      if (recipient) sarifResult.properties = { recipient };
      sarifResults.push(sarifResult);
    }
  }

  const log = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: TOOL_NAME, semanticVersion: toolVersion(), informationUri: TOOL_HOMEPAGE, rules } },
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(context.cwd) } },
        invocations: [
          {
            executionSuccessful: !results.some((result) => result.messages.some(isFileFailure)),
            workingDirectory: { uri: directoryUri(context.cwd) },
            toolExecutionNotifications: notifications,
          },
        ],
        columnKind: "utf16CodeUnits",
        results: sarifResults,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

/** GitHub requires shortDescription, fullDescription and help text on every rule; it shows them on the alert. */
function describeRule(ruleId: string, meta: RuleMeta | undefined): ReportingDescriptor {
  const description = meta?.description ?? ruleId;
  const sentence = /[.!?]$/.test(description) ? description : `${description}.`;
  const url = ruleDocsUrl(ruleId, meta);
  const descriptor: ReportingDescriptor = {
    id: ruleId,
    name: pascalCase(ruleId),
    shortDescription: { text: description },
    fullDescription: { text: sentence },
    help: url ? { text: `${sentence} See ${url}`, markdown: `${sentence} [Rule documentation](${url})` } : { text: sentence },
  };
  if (url) descriptor.helpUri = url;
  if (meta) {
    const severity = meta.defaultSeverity === "error" ? "error" : "warning";
    descriptor.defaultConfiguration = { level: meta.defaultSeverity === "off" ? "none" : severity };
    descriptor.properties = { tags: [meta.category], "problem.severity": meta.defaultSeverity === "off" ? "recommendation" : severity };
  }
  return descriptor;
}

/** SARIF validators want a `name` in PascalCase (rule SARIF2012): `follow-up-links` -> `FollowUpLinks`. */
function pascalCase(ruleId: string): string {
  return ruleId
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join("");
}

function artifactLocation(filePath: string, cwd: string): ArtifactLocation {
  const path = reportPath(filePath, cwd);
  // Outside the cwd there is no sensible relative path: give an absolute file URI.
  if (isAbsolute(path)) return { uri: pathToFileURL(path).href };
  return { uri: path.split("/").map(encodeURIComponent).join("/"), uriBaseId: SRCROOT };
}

function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith("/") ? href : `${href}/`;
}

function locationOf(artifactLocation: ArtifactLocation, message: LintMessage): SarifLocation {
  return {
    physicalLocation: {
      artifactLocation,
      region: { startLine: message.line, startColumn: message.column, endLine: message.endLine, endColumn: message.endColumn },
    },
  };
}

export default sarif;
