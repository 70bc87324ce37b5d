"""The hover on a hot function or line: every figure with where it comes from."""

from __future__ import annotations

from lsprotocol import types as lsp

from wattlens.lsp.hints import line_energy_j, percent_text
from wattlens.models import FunctionProfile, LineProfile, Profile

Share = FunctionProfile | LineProfile


def _cpu(share: Share) -> str:
    spread = f" ± {share.cpu_percent_stdev:.1f}" if share.cpu_percent_stdev is not None and share.runs > 1 else ""
    samples = f", {share.samples:,} samples" if share.samples else ""
    runs = f" over {share.runs} runs" if share.runs > 1 else ""
    text = f"- **CPU**: {share.cpu_percent:.1f}%{spread} of the workload's CPU time ({share.source}{samples}{runs})"
    if isinstance(share, FunctionProfile) and share.inclusive_percent is not None:
        text += f"; {share.inclusive_percent:.1f}% with its callees"
    return text


def _split(share: Share) -> str:
    parts = [("Python", share.python_percent), ("native", share.native_percent)]
    if share.source == "scalene":  # only scalene measures time spent in the kernel
        parts.append(("system", share.system_percent))
    if not any(value > 0 for _, value in parts):
        return f"- **Python / native / system**: not split by {share.source} in this profile mode"
    shown = " · ".join(f"{name} {value:.1f}%" for name, value in parts)
    unmeasured = "" if share.source == "scalene" else " · system: not measured"
    return f"- **Python / native / system**: {shown}{unmeasured} ({share.source})"


def _memory(profile: Profile, peak_mb: float, profiler: str) -> str:
    whole = f"; whole run: {profile.max_rss_mb:.0f} MB max RSS (measured on the run)" if profile.max_rss_mb else ""
    if peak_mb > 0:
        return f"- **Memory peak**: {peak_mb:.1f} MB ({profiler}){whole}"
    if whole:
        return f"- **Memory peak**: not attributed to lines by {profiler}{whole}"
    return f"- **Memory peak**: not measured by {profiler}"


def _energy(profile: Profile, joules: float, cpu_percent: float) -> list[str]:
    energy = profile.energy
    share = joules / energy.joules if energy.joules > 0 else 0.0
    uncertainty = f" ± {energy.uncertainty_j * share:.2f}" if energy.uncertainty_j is not None else ""
    grams = energy.co2e_g * share
    return [
        f"- **Energy**: {joules:.3g}{uncertainty} J/run, {energy.label} — its {cpu_percent:.1f}% CPU share of "
        f"the run's {energy.joules:.3g} J ({energy.source}: {energy.method})",
        f"- **CO2e**: {grams * 1000:.3g} mg/run at {energy.grid_g_per_kwh:.0f} gCO2e/kWh grid intensity "
        "(the `wattlens.gridIntensity` setting)",
    ]


def _run(profile: Profile, workload_note: str | None, stale: bool) -> list[str]:
    runs = f" · mean of {profile.runs} runs" if profile.runs > 1 else ""
    found = [
        f"- **Run**: `{' '.join(profile.command)}` · {profile.elapsed_s:.2f} s wall · {profile.cpu_s:.2f} s CPU{runs}",
        f"- **Profiler**: functions from {profile.function_source}, lines from {profile.line_source}"
        f" (mode {profile.mode}: {profile.profiler})",
    ]
    if workload_note:
        found.append(f"- *{workload_note}*")
    if stale:
        found.append("- *Stale: the file changed since profiling; save to profile again.*")
    return found


def function_markdown(
    profile: Profile,
    function: FunctionProfile,
    lines: list[LineProfile],
    workload_note: str | None = None,
    stale: bool = False,
) -> str:
    """The breakdown of a hot function: CPU split, memory, energy, CO2e and their sources."""
    peak = max((ln.peak_mb for ln in lines), default=0.0)
    hottest = sorted(lines, key=lambda ln: -ln.cpu_percent)[:3]
    body = [
        f"**⚡ `{function.name}`** — {percent_text(function.cpu_percent)} of CPU",
        "",
        _cpu(function),
        _split(function),
        _memory(profile, peak, profile.line_source),
        *_energy(profile, function.energy_j, function.cpu_percent),
    ]
    if hottest:
        where = ", ".join(f"line {ln.line} ({percent_text(ln.cpu_percent)})" for ln in hottest)
        body.append(f"- **Hottest lines**: {where} ({profile.line_source})")
    body += _run(profile, workload_note, stale)
    return "\n".join(body)


def line_markdown(
    profile: Profile,
    line: LineProfile,
    owner: FunctionProfile | None,
    workload_note: str | None = None,
    stale: bool = False,
) -> str:
    """The breakdown of a hot line, in the same shape as a function's."""
    where = f" in `{owner.name}`" if owner else ""
    body = [
        f"**⚡ line {line.line}**{where} — {percent_text(line.cpu_percent)} of CPU",
        "",
        _cpu(line),
        _split(line),
        _memory(profile, line.peak_mb, line.source),
        *_energy(profile, line_energy_j(profile, line), line.cpu_percent),
        *_run(profile, workload_note, stale),
    ]
    return "\n".join(body)


def hover(markdown: str, line: int) -> lsp.Hover:
    """A Markdown hover over the whole 1-based `line`."""
    return lsp.Hover(
        contents=lsp.MarkupContent(kind=lsp.MarkupKind.Markdown, value=markdown),
        range=lsp.Range(start=lsp.Position(line=line - 1, character=0), end=lsp.Position(line=line, character=0)),
    )
