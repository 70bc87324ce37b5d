"""Translate domain results into LSP types (and nothing else)."""

from __future__ import annotations

from typing import Any

from lsprotocol import types as lsp

from wattlens.models import EnergyMeasurement, FunctionProfile, Profile

OPTIMIZE_COMMAND = "wattlens.optimize"
TRUST_COMMAND = "workbench.trust.manage"
"""VS Code's own command to review workspace trust (other clients may ignore it)."""
REPORT_COMMAND = "wattlens.report"
PROFILED_NOTIFICATION = "wattlens/profiled"
"""Sent after each profile with the figure a status bar shows."""
PROFILE_COMMAND = "wattlens.profile"
DIAGNOSTIC_SOURCE = "wattlens"


def hotspots(profile: Profile, functions: list[FunctionProfile], top: int, min_percent: float) -> list[FunctionProfile]:
    """The functions worth a lens: the `top` hottest at or above `min_percent` CPU."""
    del profile  # the thresholds are relative to the whole run, already in cpu_percent
    return [f for f in functions if f.cpu_percent >= min_percent][:top]


def lens_title(profile: Profile, function: FunctionProfile, stale: bool) -> str:
    """`⚡ 87.1% CPU · 1.23 J/run (≈ estimated) · 0.16 mg CO2e`, marked when out of date."""
    energy = profile.energy
    title = (
        f"⚡ {function.cpu_percent:.1f}% CPU · {function.energy_j:.2f} J/run ({energy.label})"
        f" · {function.co2e_g * 1000:.3f} mg CO2e"
    )
    return f"{title} · stale: file changed since profiling" if stale else title


def _range(function: FunctionProfile) -> lsp.Range:
    line = max(function.line - 1, 0)
    return lsp.Range(start=lsp.Position(line=line, character=0), end=lsp.Position(line=line, character=0))


def code_lenses(uri: str, profile: Profile, functions: list[FunctionProfile], stale: bool) -> list[lsp.CodeLens]:
    """One lens per hot function; clicking it runs "Optimize for energy"."""
    return [
        lsp.CodeLens(
            range=_range(f),
            command=lsp.Command(
                title=lens_title(profile, f, stale),
                command=OPTIMIZE_COMMAND,
                arguments=[uri, f.name],
            ),
        )
        for f in functions
    ]


def diagnostics(
    profile: Profile, functions: list[FunctionProfile], workload_note: str | None = None
) -> list[lsp.Diagnostic]:
    """An Information diagnostic per hotspot; it carries the "Optimize for energy" fix.

    `workload_note` (what ran, when it was discovered rather than configured) is appended.
    """
    energy = profile.energy
    suffix = f" — {workload_note}" if workload_note else ""
    return [
        lsp.Diagnostic(
            range=lsp.Range(
                start=lsp.Position(line=f.line - 1, character=0),
                end=lsp.Position(line=f.line - 1, character=10_000),
            ),
            severity=lsp.DiagnosticSeverity.Information,
            source=DIAGNOSTIC_SOURCE,
            code="hotspot",
            message=(
                f"Hotspot: {f.name} uses {f.cpu_percent:.0f}% of CPU "
                f"({f.energy_j:.2f} J/run {energy.label}; {energy.method}){suffix}"
            ),
            data={"qualname": f.name},
        )
        for f in functions
    ]


def optimize_actions(uri: str, qualnames: list[str], diags: list[lsp.Diagnostic]) -> list[lsp.CodeAction]:
    """The "Optimize for energy" quick fix for each hot function in the requested range."""
    return [
        lsp.CodeAction(
            title="Optimize for energy",
            kind=lsp.CodeActionKind.QuickFix,
            diagnostics=[d for d in diags if isinstance(d.data, dict) and d.data.get("qualname") == name] or None,
            command=lsp.Command(title="Optimize for energy", command=OPTIMIZE_COMMAND, arguments=[uri, name]),
        )
        for name in qualnames
    ]


def whole_document_edit(uri: str, version: int | None, old_text: str, new_text: str) -> lsp.WorkspaceEdit:
    """An edit that replaces the document's text, tied to the version it was computed for."""
    lines = old_text.split("\n")
    # LSP counts characters in UTF-16 code units.
    end = lsp.Position(line=len(lines) - 1, character=len(lines[-1].encode("utf-16-le")) // 2)
    return lsp.WorkspaceEdit(
        document_changes=[
            lsp.TextDocumentEdit(
                text_document=lsp.OptionalVersionedTextDocumentIdentifier(uri=uri, version=version),
                edits=[
                    lsp.TextEdit(range=lsp.Range(start=lsp.Position(line=0, character=0), end=end), new_text=new_text)
                ],
            )
        ]
    )


def to_json(value: Any) -> Any:
    """An lsprotocol object as plain JSON, for command results."""
    from lsprotocol import converters

    return converters.get_converter().unstructure(value)


def untrusted_lens(message: str) -> lsp.CodeLens:
    """The one lens of an untrusted workspace, at the top of the file: why there are no figures."""
    top = lsp.Range(start=lsp.Position(line=0, character=0), end=lsp.Position(line=0, character=0))
    return lsp.CodeLens(
        range=top,
        command=lsp.Command(title="⚠ wattlens is off: workspace not trusted", command=TRUST_COMMAND, arguments=[]),
        data={"why": message},
    )


def profiled_figure(energy: EnergyMeasurement) -> dict[str, object]:
    """The status bar's figure for a profile: energy per run (≈ when estimated) and CO2e."""
    approx = " ≈" if energy.source == "estimated" else ""
    return {
        "figure": f"{energy.joules:.2f} J{approx} · {energy.co2e_g * 1000:.2f} mg CO2e",
        "joules": energy.joules,
        "source": energy.source,
        "co2e_g": energy.co2e_g,
    }
