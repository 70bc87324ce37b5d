"""Domain → LSP translation and client settings (no server needed)."""

from __future__ import annotations

from lsprotocol import types as lsp

from wattlens.lsp import convert
from wattlens.lsp.settings import ClientSettings, parse_settings
from wattlens.models import EnergyMeasurement, FunctionProfile, Profile


def _profile(*functions: tuple[str, float]) -> Profile:
    energy = EnergyMeasurement(
        joules=5.0, source="estimated", method="≈ CPU time × 4 W", window_s=1.0, co2e_g=0.00066,
        grid_g_per_kwh=475,
    )
    return Profile(
        command=["python", "w.py"], cwd="/p", elapsed_s=1.0, cpu_s=1.2, energy=energy,
        profiler="scalene 2.4", lines=[],
        functions=[
            FunctionProfile(file="/p/m.py", name=name, line=10 * (i + 1), end_line=10 * (i + 1) + 5,
                            cpu_percent=cpu, energy_j=5.0 * cpu / 100, co2e_g=0.00066 * cpu / 100)
            for i, (name, cpu) in enumerate(functions)
        ],
    )


def test_hotspots_respect_top_and_threshold() -> None:
    profile = _profile(("a", 60.0), ("b", 20.0), ("c", 4.9), ("d", 30.0))
    names = [f.name for f in convert.hotspots(profile, profile.functions, top=2, min_percent=5.0)]
    assert names == ["a", "b"]
    assert [f.name for f in convert.hotspots(profile, profile.functions, 5, 5.0)] == ["a", "b", "d"]


def test_lens_title_labels_estimates_and_staleness() -> None:
    profile = _profile(("hot", 49.5))
    title = convert.lens_title(profile, profile.functions[0], stale=False)
    assert title == "⚡ 49.5% CPU · 2.48 J/run (≈ estimated) · 0.327 mg CO2e"
    assert "stale" in convert.lens_title(profile, profile.functions[0], stale=True)


def test_lens_sits_on_the_def_line_and_runs_optimize() -> None:
    profile = _profile(("Cart.total", 80.0))
    (lens,) = convert.code_lenses("file:///p/m.py", profile, profile.functions, stale=False)
    assert lens.range.start.line == 9
    assert lens.command is not None and lens.command.command == convert.OPTIMIZE_COMMAND
    assert lens.command.arguments == ["file:///p/m.py", "Cart.total"]


def test_diagnostic_carries_the_quick_fix() -> None:
    profile = _profile(("hot", 80.0))
    (diag,) = convert.diagnostics(profile, profile.functions)
    assert diag.severity == lsp.DiagnosticSeverity.Information and diag.data == {"qualname": "hot"}
    (action,) = convert.optimize_actions("file:///p/m.py", ["hot"], [diag])
    assert action.title == "Optimize for energy"
    assert action.command is not None and action.command.arguments == ["file:///p/m.py", "hot"]


def test_whole_document_edit_covers_the_text_in_utf16_units() -> None:
    old = "a = '😀'\nb = 2"
    edit = convert.whole_document_edit("file:///p/m.py", 7, old, "x = 1\n")
    change = edit.document_changes[0]  # type: ignore[index]
    assert isinstance(change, lsp.TextDocumentEdit) and change.text_document.version == 7
    (text_edit,) = change.edits
    assert text_edit.range.end == lsp.Position(line=1, character=5)
    assert text_edit.new_text == "x = 1\n"  # type: ignore[union-attr]


def test_settings_accept_every_client_shape_and_drop_bad_values() -> None:
    assert parse_settings({"settings": {"nCandidates": 2}})[0].n_candidates == 2
    assert parse_settings({"wattlens": {"modelPath": "/m.gguf"}})[0].model_path == "/m.gguf"
    assert parse_settings(None) == (ClientSettings(), None)
    settings, warning = parse_settings({"gridIntensity": -1, "lensTop": 3})
    assert settings.lens_top == 3 and settings.grid_intensity == 475
    assert warning is not None and "gridIntensity" in warning
