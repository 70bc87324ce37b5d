"""`wattlens report`: the project's history as one self-contained HTML page.

Energy per function of the latest profile, the trend of energy per run over the
profiles, and for recent verdicts the measured distributions of the candidate
against the original.  Charts are inline SVG drawn here: the page loads nothing
from anywhere, so it opens offline and in a locked-down webview alike.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from wattlens.models import Profile, RegressionCheck, Verdict

_WIDTH = 720
_BAR = 22
_COLOURS = {"baseline": "#8a8f98", "candidate": "#2e9e5b", "bar": "#e0a526", "line": "#3b73c4"}


def render_report(
    project: str,
    profiles: Sequence[tuple[str, Profile]],
    verdicts: Sequence[tuple[str, str, Verdict]],
    checks: Sequence[tuple[str, RegressionCheck]],
) -> str:
    """The report page; each argument is oldest first, as the history returns it."""
    sections = [f"<h1>wattlens report</h1><p class=muted>{_e(project)}</p>"]
    if profiles:
        when, latest = profiles[-1]
        e = latest.energy
        sections.append(
            f"<h2>Energy per function</h2><p>Latest profile, {_e(when)}: <code>{_e(' '.join(latest.command))}</code>"
            f" — {e.joules:.3f} J per run ({_e(e.label)}), {e.co2e_g * 1000:.3f} mg CO2e at "
            f"{e.grid_g_per_kwh:.0f} g/kWh.</p><p class=muted>{_e(e.method)}</p>"
            + _function_bars(latest)
        )
        sections.append("<h2>Energy per run over time</h2>" + _trend(profiles))
    else:
        sections.append("<p>No profile yet: save a file in the editor, or run <code>wattlens profile</code>.</p>")
    if verdicts:
        sections.append("<h2>Verified candidates</h2>" + _verdict_table(verdicts))
        measured = [(when, scope, v) for when, scope, v in verdicts if v.benchmark is not None][-5:]
        if measured:
            sections.append("<h2>Measured run times: original against candidate</h2>")
            sections += [_distribution(scope, v) for _, scope, v in measured]
    if checks:
        sections.append("<h2>Regression checks</h2>" + _check_table(checks))
    style = (
        "body{font:14px/1.45 system-ui,sans-serif;max-width:760px;margin:2em auto;color:#222}"
        "table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:4px 6px;"
        "text-align:left;vertical-align:top}.muted{color:#666}.ok{color:#2e7d32}.no{color:#b3261e}"
        "svg text{font:12px system-ui,sans-serif}"
    )
    return (
        "<!doctype html><html lang=en><head><meta charset=utf-8><title>wattlens report</title>"
        f"<style>{style}</style></head><body>{''.join(sections)}</body></html>\n"
    )


def _function_bars(profile: Profile) -> str:
    functions = profile.functions[:10]
    if not functions:
        return "<p>No function of the project was sampled.</p>"
    top = max(f.energy_j for f in functions) or 1.0
    label_w, height = 260, _BAR * len(functions) + 10
    rows = []
    for index, f in enumerate(functions):
        y = 5 + index * _BAR
        width = (_WIDTH - label_w - 120) * f.energy_j / top
        rows.append(
            f"<text x={label_w - 6} y={y + 15} text-anchor=end>{_e(_clip(f.name, 36))}</text>"
            f"<rect x={label_w} y={y + 3} width={width:.1f} height={_BAR - 6} fill='{_COLOURS['bar']}'>"
            f"<title>{_e(f.file)}:{f.line}</title></rect>"
            f"<text x={label_w + width + 6:.1f} y={y + 15}>{f.energy_j:.3f} J · {f.cpu_percent:.1f}%</text>"
        )
    return _svg(height, "".join(rows), "Energy per function, joules per run")


def _trend(profiles: Sequence[tuple[str, Profile]]) -> str:
    values = [p.energy.joules for _, p in profiles]
    if len(values) < 2:
        return f"<p>One profile so far ({values[0]:.3f} J per run); the trend appears from the second.</p>"
    height, left, bottom = 180, 50, 150
    top_value = max(values) * 1.1 or 1.0
    step = (_WIDTH - left - 20) / (len(values) - 1)
    points = [(left + i * step, bottom - (bottom - 10) * v / top_value) for i, v in enumerate(values)]
    path = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
    dots = "".join(
        f"<circle cx={x:.1f} cy={y:.1f} r=3 fill='{_COLOURS['line']}'><title>{_e(when)}: {v:.3f} J</title></circle>"
        for (x, y), (when, _), v in zip(points, profiles, values, strict=True)
    )
    axis = (
        f"<line x1={left} y1={bottom} x2={_WIDTH - 10} y2={bottom} stroke='#999'/>"
        f"<text x={left - 6} y={bottom} text-anchor=end>0</text>"
        f"<text x={left - 6} y=16 text-anchor=end>{top_value:.2f} J</text>"
        f"<text x={left} y={bottom + 20}>{_e(profiles[0][0])}</text>"
        f"<text x={_WIDTH - 10} y={bottom + 20} text-anchor=end>{_e(profiles[-1][0])}</text>"
    )
    line = f"<polyline points='{path}' fill=none stroke='{_COLOURS['line']}' stroke-width=2/>"
    return _svg(height, axis + line + dots, "Energy per run of each profile")


def _distribution(scope: str, verdict: Verdict) -> str:
    bench = verdict.benchmark
    assert bench is not None
    samples = {"baseline": bench.baseline_s, "candidate": bench.candidate_s}
    top = max([*bench.baseline_s, *bench.candidate_s]) * 1.05 or 1.0
    left, height = 90, 90
    marks = []
    for row, (name, values) in enumerate(samples.items()):
        y = 25 + row * 35
        marks.append(f"<text x={left - 8} y={y + 4} text-anchor=end>{name}</text>")
        for value in values:
            x = left + (_WIDTH - left - 20) * value / top
            marks.append(f"<circle cx={x:.1f} cy={y} r=4 fill='{_COLOURS[name]}' fill-opacity=0.7>"
                         f"<title>{value * 1000:.1f} ms</title></circle>")
    marks.append(f"<text x={_WIDTH - 20} y={height - 2} text-anchor=end>0 – {top * 1000:.0f} ms per run</text>")
    verdict_text = "accepted" if verdict.accepted else "rejected"
    caption = (
        f"<p><b>{_e(scope)}</b> — {verdict_text}: {bench.speedup:.2f}× (95% CI {bench.ci95[0]:.2f}–"
        f"{bench.ci95[1]:.2f}), p = {bench.p_value:.2g}, n = {bench.n}, energy ×{bench.energy_ratio:.2f} "
        f"({_e(bench.energy_source)})</p>"
    )
    return caption + _svg(height, "".join(marks), f"Run times of {scope}")


def _verdict_table(verdicts: Sequence[tuple[str, str, Verdict]]) -> str:
    rows = []
    for when, scope, v in reversed(verdicts[-20:]):
        bench = v.benchmark
        figures = f"{bench.speedup:.2f}× · p={bench.p_value:.2g} · n={bench.n}" if bench else "—"
        state = "<span class=ok>accepted</span>" if v.accepted else "<span class=no>rejected</span>"
        rows.append(f"<tr><td>{_e(when)}</td><td>{_e(scope)}</td><td>{state}</td><td>{figures}</td>"
                    f"<td>{_e(_clip(' '.join(v.reasons), 300))}</td></tr>")
    return ("<table><tr><th>when</th><th>target · candidate</th><th>verdict</th><th>figures</th>"
            f"<th>reasons</th></tr>{''.join(rows)}</table>")


def _check_table(checks: Sequence[tuple[str, RegressionCheck]]) -> str:
    rows = []
    for when, c in reversed(checks[-20:]):
        state = "<span class=no>regressed</span>" if c.regressed else "<span class=ok>ok</span>"
        rows.append(f"<tr><td>{_e(when)}</td><td>{_e(c.baseline)} ({c.baseline_commit[:10]})</td><td>{state}</td>"
                    f"<td>time ×{c.time.ratio:.3f} (p={c.time.p_value:.2g}) · energy ×{c.energy.ratio:.3f}</td></tr>")
    return f"<table><tr><th>when</th><th>baseline</th><th>result</th><th>figures</th></tr>{''.join(rows)}</table>"


def _svg(height: int, body: str, title: str) -> str:
    # A viewBox scales the chart to a narrow panel (the editor's side column) as well as a page.
    return (f"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 {_WIDTH} {height}' width='100%' role=img "
            f"aria-label='{_e(title)}'><title>{_e(title)}</title>{body}</svg>")


def _e(text: str) -> str:
    return html.escape(str(text), quote=True)


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
