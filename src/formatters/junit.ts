import type { LintMessage, LintResult } from "../types.js";
import { isFileFailure, oneLine, resultLabel, severityName } from "./labels.js";
import { escapeMarkup } from "./markup.js";
import type { Formatter } from "./types.js";

/**
 * JUnit XML for CI test dashboards (Jenkins, GitLab's test report, Azure Pipelines, CircleCI):
 * one test suite per draft, one failing test case per problem (warnings too: a dashboard that
 * hid them would hide most of what inmail-lint says), one passing case for a clean draft.
 * Files that could not be read are `<error>`s, as a crashed test is.
 */

const attr = (name: string, value: string | number) => `${name}="${escapeMarkup(String(value))}"`;

function testCase(suite: string, message: LintMessage): string[] {
  const where = `${message.line}:${message.column}`;
  const name = `${message.ruleId ?? "inmail-lint"} (${where})`;
  const detail = `${where} ${severityName(message)} ${oneLine(message.message)}${message.ruleId ? ` [${message.ruleId}]` : ""}`;
  const element = isFileFailure(message) ? "error" : "failure";
  return [
    `    <testcase ${attr("classname", suite)} ${attr("name", name)} time="0">`,
    `      <${element} ${attr("message", oneLine(message.message))} ${attr("type", severityName(message))}>${escapeMarkup(detail)}</${element}>`,
    "    </testcase>",
  ];
}

function testSuite(result: LintResult, label: string, id: number): string[] {
  const errors = result.messages.filter(isFileFailure).length;
  const failures = result.messages.length - errors;
  const tests = Math.max(1, result.messages.length);
  const lines = [
    `  <testsuite ${attr("name", label)} ${attr("id", id)} ${attr("tests", tests)} ${attr("failures", failures)} ${attr("errors", errors)} skipped="0" time="0">`,
    "    <properties>",
    `      <property name="grade" ${attr("value", result.grade)}/>`,
    `      <property name="score" ${attr("value", result.score)}/>`,
    "    </properties>",
  ];
  if (result.messages.length === 0) lines.push(`    <testcase ${attr("classname", label)} name="no problems" time="0"/>`);
  for (const message of result.messages) lines.push(...testCase(label, message));
  lines.push("  </testsuite>");
  return lines;
}

const junit: Formatter = (results, context) => {
  const suites = results.flatMap((result, index) => testSuite(result, resultLabel(result, context.cwd), index));
  const tests = results.reduce((sum, result) => sum + Math.max(1, result.messages.length), 0);
  const errors = results.reduce((sum, result) => sum + result.messages.filter(isFileFailure).length, 0);
  const failures = results.reduce((sum, result) => sum + result.messages.length, 0) - errors;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="inmail-lint" ${attr("tests", tests)} ${attr("failures", failures)} ${attr("errors", errors)} time="0">`,
    ...suites,
    "</testsuites>",
    "",
  ].join("\n");
};

export default junit;
