/**
 * The HTML report in a real headless Chromium (Debian's `chromium`, installed by .ci/run):
 * it loads without errors or requests, has exactly one focusable highlight per problem that
 * covers the problem's text, explains it on focus and hover, and keeps readable contrast.
 * Without Chromium these tests fail rather than skip: a report nobody opened is not tested.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { lintFiles } from "../../src/api.js";
import html from "../../src/formatters/html.js";
import junit from "../../src/formatters/junit.js";
import type { LintMessage, LintResult } from "../../src/types.js";
import { context as formatterContext, sampleResults } from "./sample-results.js";

const CHROMIUM = process.env.INMAIL_LINT_CHROMIUM ?? "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const FIXTURES = join(import.meta.dirname, "../../fixtures/drafts");

let browser: Browser;
let page: Page;
let dir: string;
let results: LintResult[];
const consoleErrors: string[] = [];
const requests: string[] = [];

const problem = (ruleId: string, severity: 1 | 2, message: string, line: number, column: number, endLine: number, endColumn: number): LintMessage => ({ ruleId, severity, message, line, column, endLine, endColumn });

/** Real drafts linted for real, plus one with nested, crossing and empty spans laid over its text. */
async function reportResults(): Promise<LintResult[]> {
  const drafts = ["bad-bait-and-switch.md", "bad-no-personalization.md", "bad-too-many-links.md", "good-follow-up.md"].map((name) => join(FIXTURES, name));
  const linted = await lintFiles(drafts, { keepSource: true, today: "2026-11-20", configLookup: false, profile: join(FIXTURES, "../profiles/jane-doe.json") });
  // Its lines 10, 12 and 14 are the body's paragraphs.
  const base = linted.find((result) => result.filePath.endsWith("good-follow-up.md"))!;
  const overlapping: LintResult = {
    ...base,
    filePath: join(FIXTURES, "overlapping.md"),
    messages: [
      problem("outer", 1, "Outer span over two paragraphs", 10, 1, 12, 5),
      problem("nested", 2, "Nested inside the outer span", 10, 6, 10, 20),
      problem("same-start", 1, "Starts where the outer one starts", 10, 1, 10, 4),
      problem("crossing", 2, "Crosses out of the nested span & the outer one", 10, 15, 14, 10),
      problem("point", 1, "Something is missing <here>", 12, 3, 12, 3),
      problem("twin-a", 1, "Same span as twin-b", 14, 1, 14, 5),
      problem("twin-b", 2, "Same span as twin-a", 14, 1, 14, 5),
    ],
    errorCount: 3,
    warningCount: 4,
  };
  return [...linted, overlapping];
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: the HTML report is tested in a real browser. Install Debian's chromium (apt-get install -y chromium; .ci/run does) or set INMAIL_LINT_CHROMIUM.`);
  }
  dir = mkdtempSync(join(tmpdir(), "inmail-lint-html-"));
  results = await reportResults();
  const file = join(dir, "report.html");
  writeFileSync(file, await html(results, { ...formatterContext(), cwd: join(FIXTURES, "../..") }));
  // Playwright gives every launch a fresh temporary profile (user-data-dir) and removes it on close.
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, timeout: 60_000 });
  page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  page.on("console", (message) => message.type() === "error" && consoleErrors.push(message.text()));
  page.on("pageerror", (error) => consoleErrors.push(error.message));
  page.on("request", (request) => requests.push(request.url()));
  await page.goto(pathToFileURL(file).href);
}, 90_000);

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Offsets of a message in the source, computed independently of the formatter. */
function expectedText(source: string, message: LintMessage): string {
  const lines = source.split("\n");
  const offset = (line: number, column: number) => lines.slice(0, line - 1).reduce((sum, text) => sum + text.length + 1, 0) + column - 1;
  return source.slice(offset(message.line, message.column), offset(message.endLine, message.endColumn));
}

describe("html report in Chromium", () => {
  test("loads with no console errors and no requests beyond the file itself", async () => {
    expect(consoleErrors).toEqual([]);
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatch(/^file:.*report\.html$/);
  });

  test("has a language, one h1 and a heading per draft", async () => {
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await page.title()).toBe("inmail-lint report");
    expect(await page.locator("h1").count()).toBe(1);
    expect(await page.locator("section.draft > h2").count()).toBe(results.length);
  });

  test("has exactly one focusable highlight per problem, in every draft", async () => {
    const total = results.reduce((sum, result) => sum + result.messages.length, 0);
    expect(total).toBeGreaterThan(results.length);
    expect(await page.locator("mark[data-problem]").count()).toBe(total);
    for (const [index, result] of results.entries()) {
      const marks = page.locator(`#d${index + 1} mark[data-problem]`);
      expect(await marks.count()).toBe(result.messages.length);
      expect(await marks.evaluateAll((elements) => elements.map((element) => (element as HTMLElement).tabIndex))).toEqual(result.messages.map(() => 0));
    }
    // The overlapping draft needed continuation pieces, which are not focusable.
    expect(await page.locator("mark[data-continues]").count()).toBeGreaterThan(0);
    expect(await page.locator("mark[data-continues][tabindex]").count()).toBe(0);
  });

  test("keeps the draft's text intact and each highlight covers exactly its problem's text", async () => {
    for (const [index, result] of results.entries()) {
      const seen = await page.evaluate((section) => {
        const pre = document.querySelector(`#d${section} pre`)!.cloneNode(true) as HTMLElement;
        pre.querySelectorAll(".tip").forEach((tip) => tip.remove());
        const pieces: Record<string, string> = {};
        for (const mark of pre.querySelectorAll("mark")) {
          const id = mark.id || mark.getAttribute("data-continues")!;
          // A piece's own text, without nested marks' continuation order issues: text nodes in order.
          pieces[id] = (pieces[id] ?? "") + mark.textContent;
        }
        return { text: pre.textContent, pieces };
      }, index + 1);
      expect(seen.text).toBe(result.source);
      result.messages.forEach((message, problem) => {
        expect(seen.pieces[`d${index + 1}-p${problem + 1}`] ?? "", `${result.filePath} problem ${problem + 1}`).toBe(expectedText(result.source!, message));
      });
    }
  });

  test("describes every highlight with its message through aria-describedby", async () => {
    const described = await page.locator("mark[data-problem]").evaluateAll((marks) =>
      marks.map((mark) => {
        const tip = document.getElementById(mark.getAttribute("aria-describedby") ?? "");
        return { id: mark.id, role: tip?.getAttribute("role"), text: tip?.textContent?.replace(/\s+/g, " ") ?? "" };
      }),
    );
    expect(described).toHaveLength(results.reduce((sum, result) => sum + result.messages.length, 0));
    for (const tip of described) {
      // Ids are d<draft>-p<problem>, both 1-based, in the order of the results and their messages.
      const [, draft, problem] = /^d(\d+)-p(\d+)$/.exec(tip.id)!.map(Number);
      const message = results[draft! - 1]!.messages[problem! - 1]!;
      expect(tip.role).toBe("tooltip");
      expect(tip.text).toContain(message.message.replace(/\s+/g, " "));
    }
  });

  test("shows a problem's explanation on keyboard focus, and only the innermost one on hover", async () => {
    const shown = () => page.locator(".tip").evaluateAll((tips) => tips.filter((tip) => getComputedStyle(tip).display !== "none").map((tip) => tip.id));
    await page.mouse.move(0, 0);
    expect(await shown()).toEqual([]);
    // Tab from the top: past the draft links in the nav, onto the first highlight.
    const firstMark = await page.locator("mark[data-problem]").first().getAttribute("id");
    let focused: string | null = null;
    for (let presses = 0; presses < 30 && focused !== firstMark; presses++) {
      await page.keyboard.press("Tab");
      focused = await page.evaluate(() => document.activeElement?.id ?? null);
    }
    expect(focused).toBe(firstMark);
    expect(await shown()).toEqual([`${firstMark}-tip`]);
    const box = await page.locator(`#${firstMark}-tip`).boundingBox();
    expect(box!.width).toBeGreaterThan(50);
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());

    const section = results.length;
    // The overlapping draft's second problem sits inside its first.
    const nestedId = `d${section}-p2`;
    const nested = page.locator(`#${nestedId}`);
    expect(await nested.evaluate((mark) => mark.parentElement!.closest("mark") !== null)).toBe(true);
    await nested.hover();
    expect(await shown()).toEqual([`${nestedId}-tip`]);
  });

  test("has text contrast of at least 4.5:1 on highlights, tooltips, severities and grades", async () => {
    const pairs = await page.evaluate(() => {
      const rgb = (value: string) => value.match(/[\d.]+/g)!.slice(0, 3).map(Number);
      const selectors = ["mark.problem.error", "mark.problem.warning", ".tip", ".sev.error", ".sev.warning", ".grade", "a.rule", "p.counts", "pre.source"];
      return selectors.flatMap((selector) =>
        [...document.querySelectorAll(selector)].slice(0, 3).map((element) => {
          let background = "rgba(0, 0, 0, 0)";
          for (let node: Element | null = element; node && /rgba\(.*, 0\)$/.test(background); node = node.parentElement) background = getComputedStyle(node).backgroundColor;
          if (/rgba\(.*, 0\)$/.test(background)) background = "rgb(255, 255, 255)";
          return { selector, color: rgb(getComputedStyle(element).color), background: rgb(background) };
        }),
      );
    });
    const luminance = ([r, g, b]: number[]) => {
      const channel = (value: number) => ((value /= 255) <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4);
      return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
    };
    expect(new Set(pairs.map((pair) => pair.selector)).size).toBe(9);
    for (const pair of pairs) {
      const [light, dark] = [luminance(pair.color), luminance(pair.background)].sort((a, b) => b - a);
      expect((light! + 0.05) / (dark! + 0.05), pair.selector).toBeGreaterThanOrEqual(4.5);
    }
  });

  test("the JUnit report is well-formed XML to a real XML parser", async () => {
    const hostile = { ...sampleResults[0]!, messages: [problem("x", 2, "bell\u0007 ]]> <&> \"q\" \uD800", 1, 1, 1, 2)] };
    const xml = await junit([...sampleResults, hostile], formatterContext());
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      return {
        errors: doc.getElementsByTagName("parsererror").length,
        suites: doc.getElementsByTagName("testsuite").length,
        cases: doc.getElementsByTagName("testcase").length,
        failures: doc.documentElement.getAttribute("failures"),
        last: doc.getElementsByTagName("failure")[doc.getElementsByTagName("failure").length - 1]!.getAttribute("message"),
      };
    }, xml);
    expect(parsed).toEqual({ errors: 0, suites: 5, cases: 8, failures: "6", last: "bell\uFFFD ]]> <&> \"q\" \uFFFD" });
  });
});
