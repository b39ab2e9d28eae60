/**
 * The report's only styling, inlined so the file works offline and from a CI artifact.
 * Colours are chosen for WCAG AA contrast (text on every background is at least 4.5:1), and
 * errors and warnings differ in line style too, not only in colour.
 */
export const REPORT_CSS = `
:root { color-scheme: light; --text: #1b1f24; --muted: #4b5563; --line: #d0d7de; --error: #b3261e; --error-bg: #ffe1df; --warn: #7a4f00; --warn-bg: #fff1c2; --focus: #1d4ed8; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 1.5rem; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--text); background: #fff; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 0; overflow-wrap: anywhere; }
h3 { font-size: 1rem; margin: 1.25rem 0 .5rem; }
a { color: #0b57d0; }
a:focus-visible, mark.problem:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.summary, .counts, .note { color: var(--muted); margin: .25rem 0; }
nav ul { padding-left: 1.25rem; }
section.draft { border: 1px solid var(--line); border-radius: 8px; padding: 1rem 1.25rem; margin: 1.5rem 0; }
.grade { display: inline-block; margin-left: .5rem; padding: 0 .5rem; border-radius: 4px; font-size: .95rem; white-space: nowrap; }
.grade-A, .grade-B { background: #d1e7dd; color: #0f5132; }
.grade-C { background: #fff3cd; color: #5c4400; }
.grade-D, .grade-F { background: #f8d7da; color: #842029; }
pre.source { position: relative; margin: 0; padding: 1rem; background: #f6f8fa; border: 1px solid var(--line); border-radius: 6px; font: 14px/1.7 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; white-space: pre-wrap; overflow-wrap: anywhere; }
mark.problem { color: inherit; border-radius: 2px; padding: 0 1px; }
mark.error { background: var(--error-bg); border-bottom: 2px solid var(--error); }
mark.warning { background: var(--warn-bg); border-bottom: 2px dashed var(--warn); }
mark.problem.point { display: inline-block; width: .6em; height: 1.2em; vertical-align: text-bottom; padding: 0; border-bottom: 0; }
mark.error.point { border-left: 3px solid var(--error); }
mark.warning.point { border-left: 3px dashed var(--warn); }
mark.problem[tabindex] { cursor: help; }
.tip { display: none; position: absolute; z-index: 10; max-width: 36rem; margin-top: 1.9em; padding: .4rem .6rem; border-radius: 6px; background: #1f2328; color: #fff; font: 14px/1.4 system-ui, sans-serif; white-space: normal; box-shadow: 0 2px 8px rgba(0, 0, 0, .25); }
.tip strong { color: #fff; }
mark.problem:focus + .tip, mark.problem:hover:not(:has(mark.problem:hover)) + .tip { display: block; }
ol.problems { padding-left: 1.5rem; }
ol.problems li { margin: .25rem 0; overflow-wrap: anywhere; }
.sev { font-weight: 600; }
.sev.error { color: var(--error); }
.sev.warning { color: var(--warn); }
.rule { font: 13px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
table.breakdown { border-collapse: collapse; }
table.breakdown th, table.breakdown td { border-bottom: 1px solid var(--line); padding: .2rem .75rem; text-align: left; }
table.breakdown td.points, table.breakdown th.points { text-align: right; font-variant-numeric: tabular-nums; }
.minus { color: var(--error); }
.plus { color: #0f5132; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
