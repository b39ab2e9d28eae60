import html from "../../src/formatters/html.js";
import { nestHighlights, type HighlightNode, type HighlightSpan } from "../../src/formatters/html-highlight.js";
import { cleanDraft, context, draftA, sampleResults, unreadable } from "./sample-results.js";

const span = (start: number, end: number, problem: number): HighlightSpan => ({ start, end, problem, primary: true });

/** Compact picture of a highlight tree: "problem[start,end)" with continuations marked "+". */
function shape(nodes: readonly HighlightNode[]): string {
  return nodes.map((node) => `${node.problem}${node.primary ? "" : "+"}[${node.start},${node.end})${node.children.length ? `{${shape(node.children)}}` : ""}`).join(" ");
}

describe("nestHighlights", () => {
  test("keeps separate spans side by side", () => {
    expect(shape(nestHighlights([span(5, 9, 1), span(0, 3, 0)]))).toBe("0[0,3) 1[5,9)");
  });

  test("nests a span inside a longer one, including one with the same start", () => {
    expect(shape(nestHighlights([span(4, 6, 1), span(0, 10, 0), span(0, 3, 2)]))).toBe("0[0,10){2[0,3) 1[4,6)}");
  });

  test("cuts a crossing span at the enclosing boundary and continues it after", () => {
    expect(shape(nestHighlights([span(0, 10, 0), span(5, 15, 1)]))).toBe("0[0,10){1[5,10)} 1+[10,15)");
    // Crossing twice: the continuation itself crosses a later span.
    expect(shape(nestHighlights([span(0, 10, 0), span(5, 25, 1), span(8, 20, 2)]))).toBe("0[0,10){1[5,10){2[8,10)}} 1+[10,25){2+[10,20)}");
  });

  test("identical spans nest, and points (empty spans) stay where they are", () => {
    expect(shape(nestHighlights([span(3, 6, 0), span(3, 6, 1)]))).toBe("0[3,6){1[3,6)}");
    expect(shape(nestHighlights([span(4, 4, 0), span(0, 4, 1), span(4, 4, 2)]))).toBe("1[0,4) 0[4,4) 2[4,4)");
  });

  test("every problem has exactly one primary piece", () => {
    const spans = Array.from({ length: 40 }, (_, index) => span((index * 7) % 50, ((index * 7) % 50) + 3 + (index % 11), index));
    const primaries: number[] = [];
    const walk = (nodes: readonly HighlightNode[]) => nodes.forEach((node) => (node.primary && primaries.push(node.problem), walk(node.children)));
    walk(nestHighlights(spans));
    expect(primaries.sort((a, b) => a - b)).toEqual(spans.map((item) => item.problem));
  });
});

describe("html formatter", () => {
  test("marks each problem in place with a tooltip, escaping the draft's text", async () => {
    const page = await html([draftA], context());
    const pre = page.slice(page.indexOf("<pre"), page.indexOf("</pre>") + 6);
    expect(pre).toBe(
      [
        '<pre class="source" aria-label="Text of drafts/a.md">',
        '<mark class="problem error" id="d1-p1" data-problem="1" tabindex="0" aria-describedby="d1-p1-tip">Hi there</mark><span class="tip" role="tooltip" id="d1-p1-tip"><strong>error</strong> Greeting &#39;Hi there&#39; names no one (personalization)</span>,',
        "",
        'Great opportunity: <mark class="problem warning" id="d1-p2" data-problem="2" tabindex="0" aria-describedby="d1-p2-tip">50% off, &quot;now&quot;</mark><span class="tip" role="tooltip" id="d1-p2-tip"><strong>warning</strong> Spam phrase &quot;50% off, now&quot;: say what is on offer (spam-phrases)</span> | <mark class="problem warning" id="d1-p3" data-problem="3" tabindex="0" aria-describedby="d1-p3-tip">&lt;b&gt;act&lt;/b&gt;</mark><span class="tip" role="tooltip" id="d1-p3-tip"><strong>warning</strong> HTML &lt;b&gt; tags | pipes show as text (acme/no-html)</span> today!',
        '<mark class="problem error" id="d1-p4" data-problem="4" tabindex="0" aria-describedby="d1-p4-tip">I run sales at Acme,',
        'and we sell widgets.</mark><span class="tip" role="tooltip" id="d1-p4-tip"><strong>error</strong> Pitch spans lines:',
        "say who you are (transparency)</span></pre>",
      ].join("\n"),
    );
  });

  test("lists the problems with links to their highlights and rule docs", async () => {
    const page = await html([draftA], context());
    const list = page.slice(page.indexOf('<ol class="problems">'), page.indexOf("</ol>") + 5);
    expect(list.split("\n").slice(1, 4)).toEqual([
      '<li><a href="#d1-p1">1:1</a> <span class="sev error">error</span> Greeting &#39;Hi there&#39; names no one <a class="rule" href="https://github.com/inmail-lint/inmail-lint/blob/main/docs/rules/personalization.md">personalization</a></li>',
      '<li><a href="#d1-p2">3:20</a> <span class="sev warning">warning</span> Spam phrase &quot;50% off, now&quot;: say what is on offer <a class="rule" href="https://github.com/inmail-lint/inmail-lint/blob/main/docs/rules/spam-phrases.md">spam-phrases</a></li>',
      '<li><a href="#d1-p3">3:37</a> <span class="sev warning">warning</span> HTML &lt;b&gt; tags | pipes show as text <a class="rule" href="https://acme.example/rules/no-html">acme/no-html</a></li>',
    ]);
  });

  test("shows the grade and the score breakdown", async () => {
    const page = await html([draftA], context());
    expect(page).toContain('<h2 id="d1-title">drafts/a.md <span class="grade grade-F">Grade F · 58/100</span></h2>');
    expect(page).toContain('<tr><td class="points minus">−5</td><td>spam-phrases: 1 warning (8 before the cap: warnings)</td></tr>');
    expect(page).toContain('<tr><td class="points plus">+2</td><td>follow-up-links: one job link</td></tr>');
    expect(page).toContain('<tr><th scope="row" class="points">58</th><th scope="row">score</th></tr>');
  });

  test("shows adjustments and caps so the points column adds up to the score", async () => {
    const scoreBreakdown = {
      base: 100,
      deductions: [{ ruleId: "personalization", points: 60, cap: "one-shot", detail: "1 error" }, { ruleId: "transparency", points: 50, detail: "2 errors" }],
      credits: [],
      adjustments: [{ ruleId: "floor", points: -10, detail: "the score does not go below 0" }],
      total: 0,
    };
    const page = await html([{ ...cleanDraft, score: 0, grade: "F", scoreBreakdown }], context());
    expect(page).toContain('<tr><td class="points minus">−60</td><td>personalization: 1 error (one-shot)</td></tr>');
    expect(page).toContain('<tr><td class="points plus">+10</td><td>floor: the score does not go below 0</td></tr>');
  });

  test("is one self-contained page: no scripts, external styles, fonts or images", async () => {
    const page = await html(sampleResults, context());
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n')).toBe(true);
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
    expect(page).not.toMatch(/<script|<link|<img|@import|url\(|@font-face/i);
  });

  test("explains a draft without text: unreadable, or linted without keepSource", async () => {
    expect(await html([unreadable], context())).toContain('<p class="note">This file could not be linted; the problem is listed below.</p>');
    const { source: _source, ...withoutSource } = cleanDraft;
    expect(await html([withoutSource], context())).toContain("keepSource: true");
  });

  test("keeps a leading blank line of the draft (the parser drops one newline after <pre>)", async () => {
    const page = await html([{ ...cleanDraft, source: "\nHi" }], context());
    expect(page).toContain('<pre class="source" aria-label="Text of drafts/clean.md">\n\nHi</pre>');
  });
});
