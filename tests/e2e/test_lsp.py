"""The real language server over stdio, driven by a real LSP client (pytest-lsp).

Real scalene profiles the example; the optimize command runs the real model and
the real Docker sandbox and must hand back a verified WorkspaceEdit.
"""

from __future__ import annotations

import asyncio
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any, Union

import pytest
import pytest_lsp
from lsprotocol import types as lsp
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

from tests.conftest import copy_example

pytestmark = pytest.mark.e2e

PROFILE_TIMEOUT_S = 240
PROFILED: list[Any] = []
OPTIMIZE_TIMEOUT_S = 1500


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_example(tmp_path_factory.mktemp("lsp") / "shop")


@pytest_lsp.fixture(
    scope="module",
    # Its own learning folder: a rewrite learned by an earlier test would be repeated by the
    # model, and this module checks that model and recipe candidates are both offered.
    config=ClientServerConfig(
        server_command=[sys.executable, "-m", "wattlens", "serve"],
        server_env={**os.environ, "WATTLENS_LEARNING_DIR": tempfile.mkdtemp(prefix="wattlens-lsp-learning-")},
    ),
)
async def client(lsp_client: LanguageClient, workspace: Path):  # type: ignore[no-untyped-def]
    converter = lsp_client.protocol._converter

    def command_or_action(raw: dict[str, Any], _: type) -> lsp.Command | lsp.CodeAction:
        # lsprotocol's own hook takes any object with a `command` key for a Command, so a
        # CodeAction that carries a command would arrive mangled; the type of the key decides.
        kind = lsp.Command if isinstance(raw.get("command"), str) else lsp.CodeAction
        return converter.structure(raw, kind)

    converter.register_structure_hook(Union[lsp.Command, lsp.CodeAction], command_or_action)  # noqa: UP007

    @lsp_client.feature(lsp.WORKSPACE_CODE_LENS_REFRESH)
    def _refresh(_params: None) -> None:
        """VS Code re-requests lenses here; this test requests them itself."""

    @lsp_client.feature("wattlens/profiled")
    def _profiled(params: Any) -> None:
        """The status bar's figure after each profile."""
        PROFILED.append(params)

    await lsp_client.initialize_session(
        lsp.InitializeParams(
            capabilities=client_capabilities("visual-studio-code"),
            root_uri=workspace.as_uri(),
            initialization_options={"settings": {"nCandidates": 3, "verifyAllCandidates": True}},
        )
    )
    yield
    await lsp_client.shutdown_session()


async def _wait_for_hotspots(client: LanguageClient, uri: str) -> None:
    """Until the profile's diagnostics arrive; fail at once with the server's message if it failed."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + PROFILE_TIMEOUT_S
    while not client.diagnostics.get(uri):
        failures = [m.message for m in client.messages if "failed" in m.message]
        assert not failures, failures
        assert loop.time() < deadline, f"no profile after {PROFILE_TIMEOUT_S} s: {client.log_messages}"
        await asyncio.sleep(0.2)


async def _profiled(client: LanguageClient, workspace: Path) -> tuple[Path, str]:
    """orders.py with its project profiled: by the save test before, or now when run alone."""
    path, uri = _orders(workspace)
    if not client.diagnostics.get(uri):
        client.text_document_did_open(
            lsp.DidOpenTextDocumentParams(
                text_document=lsp.TextDocumentItem(uri=uri, language_id="python", version=1, text=path.read_text())
            )
        )
        client.text_document_did_save(lsp.DidSaveTextDocumentParams(text_document=lsp.TextDocumentIdentifier(uri=uri)))
    await _wait_for_hotspots(client, uri)
    return path, uri


def _orders(workspace: Path) -> tuple[Path, str]:
    path = workspace / "shop" / "orders.py"
    return path, path.as_uri()


@pytest.mark.asyncio(loop_scope="module")
async def test_save_profiles_and_lenses_show_real_figures(client: LanguageClient, workspace: Path) -> None:
    path, uri = _orders(workspace)
    text = path.read_text()
    client.text_document_did_open(
        lsp.DidOpenTextDocumentParams(
            text_document=lsp.TextDocumentItem(uri=uri, language_id="python", version=1, text=text)
        )
    )
    assert not await client.text_document_code_lens_async(
        lsp.CodeLensParams(text_document=lsp.TextDocumentIdentifier(uri=uri))
    ), "no lens may appear before any profile"

    client.text_document_did_save(lsp.DidSaveTextDocumentParams(text_document=lsp.TextDocumentIdentifier(uri=uri)))
    await _wait_for_hotspots(client, uri)

    lenses = await client.text_document_code_lens_async(
        lsp.CodeLensParams(text_document=lsp.TextDocumentIdentifier(uri=uri))
    )
    assert lenses, "the hot function must get a lens"
    top = lenses[0]
    assert top.command is not None
    assert list(top.command.arguments or []) == [uri, "unknown_skus"]
    assert top.range.start.line == text.splitlines().index(
        next(line for line in text.splitlines() if line.startswith("def unknown_skus"))
    )
    title = top.command.title
    percent = float(title.split("%")[0].split()[-1])
    joules = float(title.split(" J/run")[0].split()[-1])
    assert 20 < percent <= 100, title
    assert joules > 0, title
    assert "≈ estimated" in title or "rapl" in title or "nvml" in title, title
    assert client.diagnostics[uri][0].severity == lsp.DiagnosticSeverity.Information


@pytest.mark.asyncio(loop_scope="module")
async def test_hot_lines_get_inlay_hints_and_hover_gives_the_breakdown(
    client: LanguageClient, workspace: Path
) -> None:
    path, uri = await _profiled(client, workspace)
    lines = path.read_text().splitlines()
    start = next(i for i, s in enumerate(lines) if s.startswith("def unknown_skus"))
    end = next(i for i in range(start + 1, len(lines)) if lines[i].startswith("def "))
    whole = lsp.Range(start=lsp.Position(line=0, character=0), end=lsp.Position(line=len(lines), character=0))
    hints = await client.text_document_inlay_hint_async(
        lsp.InlayHintParams(text_document=lsp.TextDocumentIdentifier(uri=uri), range=whole)
    )
    assert hints, "the hot loop of unknown_skus must get an inlay hint"
    inside = [h for h in hints if start < h.position.line < end]
    assert inside, [(h.position.line, h.label) for h in hints]
    hint = max(inside, key=lambda h: float(str(h.label).split("%")[0].split()[-1]))
    label = str(hint.label)
    assert re.fullmatch(r"⚡ \d+(\.\d)?% · ≈?\d+(\.\d+)? m?J", label), label
    assert float(label.split("%")[0].split()[-1]) >= 5, label
    assert hint.position.character == len(lines[hint.position.line]), "hints sit at the end of the line"

    doc = lsp.TextDocumentIdentifier(uri=uri)
    on_def = await client.text_document_hover_async(
        lsp.HoverParams(text_document=doc, position=lsp.Position(line=start, character=4))
    )
    assert on_def is not None and isinstance(on_def.contents, lsp.MarkupContent)
    text = on_def.contents.value
    for part in ("unknown_skus", "**CPU**", "Python / native / system", "**Energy**", "J/run", "**CO2e**",
                 "gCO2e/kWh", "**Run**", "python workload.py"):  # fmt: skip
        assert part in text, (part, text)
    assert "py-spy" in text or "scalene" in text, text
    assert "estimated" in text or "rapl" in text or "nvml" in text, text

    on_line = await client.text_document_hover_async(
        lsp.HoverParams(text_document=doc, position=lsp.Position(line=hint.position.line, character=8))
    )
    assert on_line is not None and isinstance(on_line.contents, lsp.MarkupContent)
    assert f"line {hint.position.line + 1}" in on_line.contents.value and "**Energy**" in on_line.contents.value
    nowhere = await client.text_document_hover_async(
        lsp.HoverParams(text_document=doc, position=lsp.Position(line=0, character=0))
    )
    assert nowhere is None, "no hover away from hotspots"


@pytest.mark.asyncio(loop_scope="module")
async def test_optimize_action_returns_verified_edit(client: LanguageClient, workspace: Path) -> None:
    path, uri = _orders(workspace)
    line = next(i for i, s in enumerate(path.read_text().splitlines()) if s.startswith("def unknown_skus"))
    actions = await client.text_document_code_action_async(
        lsp.CodeActionParams(
            text_document=lsp.TextDocumentIdentifier(uri=uri),
            range=lsp.Range(start=lsp.Position(line=line, character=4), end=lsp.Position(line=line, character=4)),
            context=lsp.CodeActionContext(diagnostics=client.diagnostics.get(uri, [])),
        )
    )
    assert actions, "the hotspot must offer a quick fix"
    action = actions[0]
    assert isinstance(action, lsp.CodeAction) and action.title == "Optimize for energy"
    assert action.command is not None

    result = await asyncio.wait_for(
        client.workspace_execute_command_async(
            lsp.ExecuteCommandParams(command=action.command.command, arguments=action.command.arguments)
        ),
        OPTIMIZE_TIMEOUT_S,
    )
    assert result["verdict"] == "accepted", result["message"]
    assert result["speedup"] > 1.2 and result["p_value"] < 0.05 and result["tests_passed"] is True
    # Every candidate was verified: the model's and the recipe's, offered best first.
    choices = result["choices"]
    assert len(choices) >= 2, result["message"]
    assert {c["source"] for c in choices} >= {"llm+retrieval", "recipe"}
    assert choices[0]["id"] == result["id"] and choices[0]["pareto"] is True
    assert all(c["edit"]["documentChanges"][0]["textDocument"]["uri"] == uri for c in choices)
    assert all(c["memory_ratio"] is not None for c in choices)
    new_text = result["edit"]["documentChanges"][0]["edits"][0]["newText"]
    assert new_text != path.read_text(), "the edit must change the module"
    assert path.read_text() == (Path(__file__).parents[2] / "examples/shop/shop/orders.py").read_text(), (
        "the server must not write the file itself"
    )
    # The edited module really is the verified candidate: the project's tests pass on it.
    path.write_text(new_text)
    tests = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "tests"], cwd=workspace, capture_output=True, text=True, check=False
    )
    assert tests.returncode == 0, tests.stdout + tests.stderr


@pytest.mark.asyncio(loop_scope="module")
async def test_after_a_profile_the_status_figure_and_the_report_arrive(
    client: LanguageClient, workspace: Path
) -> None:
    _, uri = await _profiled(client, workspace)
    assert PROFILED, "no wattlens/profiled notification"
    figure = PROFILED[-1]["figure"] if isinstance(PROFILED[-1], dict) else PROFILED[-1].figure
    assert re.fullmatch(r"\d+\.\d\d J ≈ · \d+\.\d\d mg CO2e", figure), figure
    report = await client.workspace_execute_command_async(
        lsp.ExecuteCommandParams(command="wattlens.report", arguments=[uri])
    )
    html = report["html"] if isinstance(report, dict) else report.html
    assert "Energy per function" in html and "unknown_skus" in html and "<script" not in html
