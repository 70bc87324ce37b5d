"""Domain → LSP translation and client settings (no server needed)."""

from __future__ import annotations

from pathlib import Path

from lsprotocol import types as lsp

from wattlens.lsp import convert, hints, hover
from wattlens.lsp.documents import DocumentViews, build_view
from wattlens.lsp.profiles import snapshot
from wattlens.lsp.settings import ClientSettings, parse_settings
from wattlens.models import EnergyMeasurement, FunctionProfile, LineProfile, Profile


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
    assert settings.lens_top == 3 and settings.grid_intensity is None
    assert warning is not None and "gridIntensity" in warning
    lines = parse_settings({"lineMinPercent": 2.5, "lineTop": 1})[0]
    assert (lines.line_min_percent, lines.line_top) == (2.5, 1)
    assert (ClientSettings().line_min_percent, ClientSettings().line_top) == (5.0, 3)


def _with_lines(*lines: tuple[int, float], energy_j: float = 0.0) -> Profile:
    profile = _profile(("outer", 70.0), ("other", 20.0))  # outer: lines 10–15, other: 20–25
    return profile.model_copy(
        update={
            "lines": [
                LineProfile(file="/p/m.py", line=n, cpu_percent=cpu, energy_j=energy_j, source="py-spy", samples=40)
                for n, cpu in sorted(lines, key=lambda pair: -pair[1])
            ]
        }
    )


def test_hot_lines_keep_the_top_per_function_above_the_threshold() -> None:
    profile = _with_lines((11, 30.0), (12, 20.0), (13, 10.0), (14, 4.0), (21, 6.0), (40, 9.0))
    chosen = hints.hot_lines(profile.lines, profile.functions, min_percent=5.0, top_per_function=2)
    assert [ln.line for ln in chosen] == [11, 12, 40, 21]
    assert hints.hot_lines(profile.lines, profile.functions, 50.0, 3) == []


def test_inlay_hint_sits_at_the_end_of_the_line_in_utf16_units() -> None:
    profile = _with_lines((11, 38.2))
    text = tuple(f"line {i}" for i in range(1, 30))
    text = (*text[:10], "    total += '😀'", *text[11:])
    visible = lsp.Range(start=lsp.Position(line=0, character=0), end=lsp.Position(line=29, character=0))
    (hint,) = hints.inlay_hints(profile, profile.lines, text, visible, stale=False)
    assert hint.position == lsp.Position(line=10, character=len("    total += '") + 2 + 1)
    assert hint.label == "⚡ 38% · ≈1.91 J"  # estimate: 5 J × 38.2%, marked as such
    assert isinstance(hint.tooltip, lsp.MarkupContent) and "py-spy, 40 samples" in hint.tooltip.value
    outside = lsp.Range(start=lsp.Position(line=20, character=0), end=lsp.Position(line=29, character=0))
    assert hints.inlay_hints(profile, profile.lines, text, outside, stale=False) == []
    (stale,) = hints.inlay_hints(profile, profile.lines, text, visible, stale=True)
    assert str(stale.label).endswith("stale")


def test_hint_figures_are_short_and_never_pass_an_estimate_for_a_measurement() -> None:
    profile = _profile(("f", 1.0))
    measured = profile.energy.model_copy(update={"source": "rapl"})
    assert hints.joules_text(0.934, profile.energy) == "≈0.93 J"
    assert hints.joules_text(0.0042, measured) == "4.2 mJ"
    assert hints.joules_text(12.34, measured) == "12.3 J"
    assert hints.percent_text(38.2) == "38%" and hints.percent_text(4.25) == "4.2%"


def test_function_hover_names_every_figure_and_its_source() -> None:
    profile = _with_lines((11, 30.0))
    function = profile.functions[0].model_copy(
        update={"python_percent": 60.0, "native_percent": 10.0, "source": "py-spy", "samples": 700, "runs": 3,
                "cpu_percent_stdev": 1.5}
    )  # fmt: skip
    text = hover.function_markdown(profile, function, profile.lines, "workload `python w.py` was chosen", False)
    for part in ("`outer`", "70.0% ± 1.5", "py-spy, 700 samples over 3 runs", "Python 60.0% · native 10.0%",
                 "Memory peak", "3.5 J/run, ≈ estimated", "≈ CPU time × 4 W", "mg/run at 475 gCO2e/kWh",
                 "`python w.py`", "line 11 (30%)", "was chosen"):  # fmt: skip
        assert part in text, (part, text)
    assert "Stale" not in text and "Stale" in hover.function_markdown(profile, function, [], None, True)


def test_line_hover_says_what_its_profiler_did_not_measure() -> None:
    profile = _with_lines((11, 30.0))
    text = hover.line_markdown(profile, profile.lines[0], profile.functions[0])
    assert "**⚡ line 11** in `outer`" in text
    assert "not split by py-spy" in text and "not measured by py-spy" in text
    assert "1.5 J/run" in text  # its CPU share of the run's 5 J when the profiler left energy out


def test_view_moves_figures_with_edits_and_drops_lines_that_are_gone(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    old = "def hot():\n    x = 1\n    for i in range(9):\n        x += i\n    return x\n"
    module.write_text(old)
    energy = _profile().energy
    profile = Profile(
        command=["python", "m.py"], cwd=str(tmp_path), elapsed_s=1, cpu_s=1, energy=energy, profiler="py-spy",
        functions=[FunctionProfile(file=str(module), name="hot", line=1, end_line=5, cpu_percent=90,
                                   energy_j=4.5, co2e_g=0)],
        lines=[LineProfile(file=str(module), line=4, cpu_percent=60), LineProfile(file=str(module), line=2,
                                                                                  cpu_percent=20)],
    )  # fmt: skip
    entry = snapshot(profile)
    settings = ClientSettings()
    fresh = build_view(entry, module, old, settings)
    assert not fresh.stale and [ln.line for ln in fresh.hot_lines] == [4, 2]
    edited = "import os\n\n" + old.replace("    x = 1\n", "    x = 2\n")
    moved = build_view(entry, module, edited, settings)
    assert moved.stale
    assert [f.line for f in moved.hot_functions] == [3] and moved.hot_functions[0].end_line == 7
    assert [ln.line for ln in moved.hot_lines] == [6], "the edited line 2 is gone, line 4 moved to 6"
    views = DocumentViews()
    first = views.get("file:///m.py", 1, entry, module, old, settings)
    assert views.get("file:///m.py", 1, entry, module, old, settings) is first
    assert views.get("file:///m.py", 2, entry, module, edited, settings) is not first


def test_diagnostic_says_when_the_workload_was_discovered() -> None:
    profile = _profile(("hot", 80.0))
    (plain,) = convert.diagnostics(profile, profile.functions)
    (noted,) = convert.diagnostics(profile, profile.functions, "workload `python m.py` was chosen because …")
    assert "chosen" not in plain.message and noted.message.endswith("was chosen because …")
