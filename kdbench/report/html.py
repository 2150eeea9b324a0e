"""One self-contained static HTML page: every cell as a sortable table (click a header),
its caption and its full comparisons, then the average ranks. No network: styles and
script are inline."""

from __future__ import annotations

import math
from html import escape

from kdbench.report.model import Cell, Comparison
from kdbench.report.ranking import Ranking, average_ranks
from kdbench.report.text import (
    IMPROV,
    Entry,
    body,
    caption,
    fmt_p,
    improvement_entries,
    metric_header,
)

_STYLE = """
body { font-family: system-ui, sans-serif; margin: 2em auto; max-width: 72em; color: #222; }
table { border-collapse: collapse; margin: 1em 0; }
th, td { padding: 0.25em 0.7em; text-align: right; border-bottom: 1px solid #ddd; }
th:first-child, td:first-child { text-align: left; }
thead th { border-bottom: 2px solid #444; cursor: pointer; user-select: none; }
thead th[aria-sort=ascending]::after { content: " \\25B2"; }
thead th[aria-sort=descending]::after { content: " \\25BC"; }
tfoot td { font-style: italic; border-top: 2px solid #444; }
.best { font-weight: bold; }
.second { text-decoration: underline; }
.mark { color: #1a7f37; }
.caption { max-width: 60em; font-size: 0.9em; color: #444; }
details { font-size: 0.85em; }
"""

_SCRIPT = """
(function () {
  function key(td) {
    var v = td.getAttribute("data-v");
    return v === null ? null : parseFloat(v);
  }
  function compare(a, b, asc) {
    var x = key(a), y = key(b);
    if (x === null && y === null) {
      var s = a.textContent.localeCompare(b.textContent);
      return asc ? s : -s;
    }
    if (x === null) { return 1; }
    if (y === null) { return -1; }
    return asc ? x - y : y - x;
  }
  var tables = document.querySelectorAll("table.sortable");
  Array.prototype.forEach.call(tables, function (table) {
    var heads = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads, function (th, col) {
      th.addEventListener("click", function () {
        var asc = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", asc ? "ascending" : "descending");
        var tbody = table.tBodies[0];
        var rows = Array.prototype.slice.call(tbody.rows);
        rows.sort(function (r, s) { return compare(r.cells[col], s.cells[col], asc); });
        rows.forEach(function (r) { tbody.appendChild(r); });
      });
    });
  });
})();
"""


def _num(x: float) -> str:
    return "" if x is None or math.isnan(x) else f' data-v="{x:.12g}"'


def _td(e: Entry) -> str:
    cls = "best" if e.bold else "second" if e.underline else ""
    cls_attr = f' class="{cls}"' if cls else ""
    mark = f'<sup class="mark">{escape(e.marks)}</sup>' if e.marks else ""
    return f"<td{_num(e.value)}{cls_attr}>{escape(e.text)}{mark}</td>"


def _cell_table(cell: Cell) -> str:
    head = "".join(
        f"<th>{escape(h)}</th>" for h in ["method", "n", *map(metric_header, cell.metrics)]
    )
    rows = []
    for label, n, entries in body(cell):
        tds = "".join(_td(e) for e in entries)
        rows.append(f"<tr><td>{escape(label)}</td><td{_num(n)}>{n}</td>{tds}</tr>")
    foot = ""
    imp = improvement_entries(cell)
    if imp is not None:
        tds = "".join(f"<td>{escape(e.text)}</td>" for e in imp)
        foot = f"<tfoot><tr><td>{IMPROV}</td><td></td>{tds}</tr></tfoot>"
    return (
        f'<table class="sortable"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody>{foot}</table>"
    )


def _verdict(c: Comparison) -> str:
    """The method against its 'vs': better or worse where significant, else n.s."""
    if not c.significant:
        return "n.s."
    return "better" if c.stats.a_better else "worse"


def _comparisons(cell: Cell) -> str:
    if not cell.comparisons:
        return ""
    cols = ["level", "method", "vs", "metric", "test", "n", "p", "p adj.", "verdict"]
    cols += ["mean diff", "CI low", "CI high", "rel. %", "d_z", "W/T/L"]
    head = "".join(f"<th>{c}</th>" for c in cols)
    rows = []
    for c in cell.comparisons:
        s = c.stats
        vals = [
            (c.level, None),
            (c.method, None),
            (c.baseline, None),
            (c.metric, None),
            (s.test, None),
            (str(s.n), s.n),
            (fmt_p(s.p), s.p),
            (fmt_p(c.p_adj), c.p_adj),
            (_verdict(c), None),
            (f"{s.mean_diff:+.5f}", s.mean_diff),
            (f"{s.ci_low:+.5f}", s.ci_low),
            (f"{s.ci_high:+.5f}", s.ci_high),
            (f"{s.rel_improvement:+.2f}", s.rel_improvement),
            (f"{s.dz:.3f}", s.dz),
            (f"{s.wins}/{s.ties}/{s.losses}", None),
        ]
        tds = "".join(f"<td{_num(v) if v is not None else ''}>{escape(t)}</td>" for t, v in vals)
        rows.append(f"<tr>{tds}</tr>")
    return (
        f"<details><summary>All {len(cell.comparisons)} comparisons (raw and adjusted p, "
        "effect sizes)</summary>"
        f'<table class="sortable"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></details>"
    )


def _ranks(ranking: Ranking) -> str:
    rows = "".join(
        f"<tr><td>{escape(m)}</td><td{_num(r)}>{r:.2f}</td><td{_num(n)}>{n}</td></tr>"
        for m, r, n in ranking.ordered()
    )
    return (
        f"<h2>Average rank over {escape(ranking.blocks_text)} (1 = best)</h2>"
        + (f'<p class="caption">Note: {escape(ranking.warning)}.</p>' if ranking.warning else "")
        + '<table class="sortable"><thead><tr><th>method</th><th>avg rank</th><th>blocks</th>'
        f"</tr></thead><tbody>{rows}</tbody></table>"
    )


def html(
    cells: list[Cell], ranking: Ranking | None = None, title: str = "kdbench leaderboard"
) -> str:
    """The whole page as one string."""
    ranking = ranking or average_ranks(cells)
    parts = []
    for cell in cells:
        parts.append(f"<h2>{escape(cell.title)}</h2>")
        parts.append(_cell_table(cell))
        parts.append(f'<p class="caption">{escape(" ".join(caption(cell)))}</p>')
        parts.append(_comparisons(cell))
    if ranking.n_blocks and len(cells) > 1:
        parts.append(_ranks(ranking))
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<link rel="icon" href="data:,">'
        f"<title>{escape(title)}</title><style>{_STYLE}</style></head>"
        f"<body><h1>{escape(title)}</h1>{''.join(parts)}"
        f"<script>{_SCRIPT}</script></body></html>\n"
    )
