/**
 * The report's stylesheet, inline in the page. System fonts only (a web font would be a request),
 * colours as variables so that one block switches the whole page, SVG included, to dark.
 */
export const REPORT_CSS = `
:root {
  --bg: #f4f6fb; --bg-glow: #e6ecff; --panel: #ffffff; --border: #e3e8f2; --text: #121826; --muted: #667085;
  --grid: #edf0f6; --axis: #98a2b3; --track: #eef1f7; --shadow: 0 1px 2px rgba(16,24,40,.04), 0 8px 24px rgba(16,24,40,.06);
  --success: #12b76a; --failure: #f04438; --missed: #f79009;
  --p50: #2e90fa; --p95: #7a5af8; --max: #ee46bc;
  --good: #079455; --warn: #dc6803; --bad: #d92d20; --accent: #444ce7;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0b0f19; --bg-glow: #161c33; --panel: #121829; --border: #232b42; --text: #e7eaf3; --muted: #8d97b0;
    --grid: #1c2338; --axis: #5d6785; --track: #1b2236; --shadow: 0 1px 2px rgba(0,0,0,.3), 0 8px 24px rgba(0,0,0,.35);
    --success: #32d583; --failure: #f97066; --missed: #fdb022;
    --p50: #53b1fd; --p95: #9b8afb; --max: #f670c7;
    --good: #47cd89; --warn: #fdb022; --bad: #f97066; --accent: #8098f9;
  }
}
* { box-sizing: border-box; }
html { background: radial-gradient(1200px 500px at 10% -10%, var(--bg-glow), transparent 60%), var(--bg); background-color: var(--bg); min-height: 100%; }
body { margin: 0; color: var(--text); font: 14px/1.5 ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 1180px; margin: 0 auto; padding: 40px 28px 56px; }
code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; }
.masthead { margin-bottom: 26px; }
.eyebrow { text-transform: uppercase; letter-spacing: .14em; font-size: 12px; font-weight: 600; color: var(--accent); }
h1 { margin: 4px 0 6px; font-size: 34px; line-height: 1.15; letter-spacing: -.02em; overflow-wrap: anywhere; }
h2 { margin: 0; font-size: 15px; font-weight: 650; letter-spacing: -.005em; }
.range { margin: 0; color: var(--muted); font-variant-numeric: tabular-nums; }
.pill { display: inline-block; margin-left: 6px; padding: 1px 9px; border-radius: 999px; border: 1px solid var(--border); background: var(--panel); font-size: 12px; color: var(--muted); }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(170px, 1fr)); gap: 14px; margin-bottom: 18px; }
.card { position: relative; overflow: hidden; padding: 16px 18px 14px; border-radius: 16px; background: var(--panel); border: 1px solid var(--border); box-shadow: var(--shadow); }
.card::before { content: ""; position: absolute; inset: 0 0 auto 0; height: 3px; background: var(--accent); opacity: .55; }
.card.good::before { background: var(--good); opacity: 1; } .card.warn::before { background: var(--warn); opacity: 1; } .card.bad::before { background: var(--bad); opacity: 1; }
.card-label { font-size: 12px; font-weight: 600; color: var(--muted); text-transform: uppercase; letter-spacing: .08em; }
.card-value { margin-top: 4px; font-size: 30px; font-weight: 700; letter-spacing: -.02em; font-variant-numeric: tabular-nums; }
.card.good .card-value { color: var(--good); } .card.warn .card-value { color: var(--warn); } .card.bad .card-value { color: var(--bad); }
.card-note { font-size: 12px; color: var(--muted); font-variant-numeric: tabular-nums; }
.panel { background: var(--panel); border: 1px solid var(--border); border-radius: 18px; box-shadow: var(--shadow); padding: 18px 20px 14px; margin-bottom: 18px; }
.panel > h2 { margin-bottom: 12px; }
.panel-head { display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between; gap: 8px 16px; margin-bottom: 8px; }
.two-up { display: grid; grid-template-columns: repeat(auto-fit, minmax(420px, 1fr)); gap: 18px; align-items: start; }
.two-up .panel { margin-bottom: 18px; }
.hint, .muted { color: var(--muted); font-size: 12px; }
.legend { display: flex; gap: 14px; font-size: 12px; color: var(--muted); }
.legend span { display: inline-flex; align-items: center; gap: 6px; }
.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 3px; background: currentColor; }
svg { display: block; width: 100%; height: auto; overflow: visible; }
svg text { font-size: 12px; fill: var(--muted); font-variant-numeric: tabular-nums; }
svg .axis { fill: var(--axis); font-size: 11px; }
svg .grid { stroke: var(--grid); stroke-width: 1; }
svg .baseline, svg .tick { stroke: var(--axis); stroke-width: 1; opacity: .6; }
svg .line { fill: none; stroke-width: 2.25; stroke-linejoin: round; stroke-linecap: round; }
svg .point { stroke: var(--panel); stroke-width: 1.5; cursor: crosshair; }
svg .point:hover { stroke: var(--text); stroke-width: 2; }
svg .empty { font-size: 14px; fill: var(--muted); }
svg .bar-label { fill: var(--text); font-size: 13px; font-weight: 550; }
svg .bar-value { font-weight: 650; font-size: 13px; }
svg .track { fill: var(--track); }
svg .bar.good, svg .bar-value.good { fill: var(--good); } svg .bar.warn, svg .bar-value.warn { fill: var(--warn); } svg .bar.bad, svg .bar-value.bad { fill: var(--bad); }
svg .bar:hover { opacity: .85; }
.s-success { stroke: var(--success); fill: var(--success); color: var(--success); } .s-failure { stroke: var(--failure); fill: var(--failure); color: var(--failure); }
.s-missed { stroke: var(--missed); fill: var(--missed); color: var(--missed); } .s-p50 { stroke: var(--p50); fill: var(--p50); color: var(--p50); }
.s-p95 { stroke: var(--p95); fill: var(--p95); color: var(--p95); } .s-max { stroke: var(--max); fill: var(--max); color: var(--max); }
path.line, path.gap { fill: none; }
svg .gap { fill: none; stroke-width: 1.5; stroke-dasharray: 4 5; opacity: .45; }
.table-wrap { overflow-x: auto; }
table { width: 100%; border-collapse: collapse; font-variant-numeric: tabular-nums; }
th, td { padding: 9px 10px; text-align: right; white-space: nowrap; border-bottom: 1px solid var(--border); }
thead th { font-size: 11px; font-weight: 650; text-transform: uppercase; letter-spacing: .07em; color: var(--muted); }
tbody th { font-weight: 600; text-align: left; }
th.left, td.left { text-align: left; }
tbody tr:hover { background: color-mix(in srgb, var(--accent) 6%, transparent); }
tr.total th, tr.total td { font-weight: 700; border-bottom: 0; border-top: 2px solid var(--border); }
td.good { color: var(--good); font-weight: 600; } td.warn { color: var(--warn); font-weight: 600; } td.bad { color: var(--bad); font-weight: 600; }
.tag { display: inline-block; padding: 0 8px; border-radius: 999px; font-size: 11px; font-weight: 650; text-transform: uppercase; letter-spacing: .05em; }
.tag.failure { color: var(--failure); background: color-mix(in srgb, var(--failure) 14%, transparent); }
.tag.missed { color: var(--missed); background: color-mix(in srgb, var(--missed) 16%, transparent); }
.failure-entry { padding: 12px 0; border-top: 1px solid var(--border); }
.failure-entry:first-of-type { border-top: 0; padding-top: 2px; }
.failure-head { display: flex; flex-wrap: wrap; align-items: center; gap: 10px; margin-bottom: 8px; }
pre { margin: 0; padding: 12px 14px; border-radius: 12px; background: var(--track); border: 1px solid var(--border); font-size: 12.5px; white-space: pre-wrap; overflow-wrap: anywhere; max-height: 320px; overflow: auto; }
footer { margin-top: 26px; color: var(--muted); font-size: 12px; line-height: 1.7; }
footer code { font-size: 11.5px; }
`;
