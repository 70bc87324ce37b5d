"""Hot lines: which ones deserve a hint, and the inlay hints that show them."""

from __future__ import annotations

from collections import Counter

from lsprotocol import types as lsp

from wattlens.models import EnergyMeasurement, FunctionProfile, LineProfile, Profile


def hot_lines(
    lines: list[LineProfile], functions: list[FunctionProfile], min_percent: float, top_per_function: int
) -> list[LineProfile]:
    """Lines at or above `min_percent` CPU, at most `top_per_function` per function, hottest first.

    Lines outside every profiled function (module level) count as one group.
    """
    chosen: list[LineProfile] = []
    per_owner: Counter[str | None] = Counter()
    for line in sorted(lines, key=lambda ln: -ln.cpu_percent):
        if line.cpu_percent < min_percent or line.cpu_percent <= 0:
            break
        containing = [f for f in functions if f.line <= line.line <= f.end_line]
        owner = max(containing, key=lambda f: f.line, default=None)
        key = owner.name if owner else None
        if per_owner[key] >= top_per_function:
            continue
        per_owner[key] += 1
        chosen.append(line)
    return chosen


def percent_text(percent: float) -> str:
    """`38%`, or `4.2%` below 10 (where a decimal still says something)."""
    return f"{percent:.0f}%" if percent >= 10 else f"{percent:.1f}%"


def joules_text(joules: float, energy: EnergyMeasurement) -> str:
    """`0.93 J`, `12 mJ`; estimates start with `≈` so they never pass for a measurement."""
    if joules >= 100:
        figure = f"{joules:.0f} J"
    elif joules >= 0.1:
        figure = f"{joules:.2f} J" if joules < 10 else f"{joules:.1f} J"
    else:
        figure = f"{joules * 1000:.1f} mJ"
    return f"≈{figure}" if energy.source == "estimated" else figure


def line_energy_j(profile: Profile, line: LineProfile) -> float:
    """The line's share of the run's energy (its CPU share of the whole when the profiler left it out)."""
    if line.energy_j > 0:
        return line.energy_j
    return profile.energy.joules * line.cpu_percent / 100


def hint_label(profile: Profile, line: LineProfile) -> str:
    """`⚡ 38% · 0.93 J` (`≈0.93 J` for an estimate)."""
    return f"⚡ {percent_text(line.cpu_percent)} · {joules_text(line_energy_j(profile, line), profile.energy)}"


def _tooltip(profile: Profile, line: LineProfile, stale: bool) -> str:
    samples = f", {line.samples:,} samples" if line.samples else ""
    runs = f" over {line.runs} runs" if line.runs > 1 else ""
    text = (
        f"{line.cpu_percent:.1f}% of the workload's CPU time on this line ({line.source}{samples}{runs}); "
        f"{line_energy_j(profile, line):.3g} J/run, {profile.energy.label}. Hover the line for the breakdown."
    )
    return text + "\n\nStale: the file changed since profiling; save to profile again." if stale else text


def inlay_hints(
    profile: Profile,
    lines: list[LineProfile],
    text_lines: tuple[str, ...],
    visible: lsp.Range,
    stale: bool,
) -> list[lsp.InlayHint]:
    """A hint at the end of each hot line inside `visible` (0-based, as the client asked)."""
    hints = []
    for line in sorted(lines, key=lambda ln: ln.line):
        index = line.line - 1
        if not (visible.start.line <= index <= visible.end.line) or index >= len(text_lines):
            continue
        # LSP counts characters in UTF-16 code units.
        end = len(text_lines[index].encode("utf-16-le")) // 2
        label = hint_label(profile, line) + (" · stale" if stale else "")
        hints.append(
            lsp.InlayHint(
                position=lsp.Position(line=index, character=end),
                label=label,
                padding_left=True,
                tooltip=lsp.MarkupContent(kind=lsp.MarkupKind.Markdown, value=_tooltip(profile, line, stale)),
            )
        )
    return hints
