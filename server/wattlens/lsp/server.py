"""The wattlens language server: every LSP feature it offers, each a thin handler.

Handlers read the document, call one domain function (through `pipeline`) and
convert the result with `convert`. Long work (profiling, optimizing) runs on a
worker thread with `$/progress`, so no request waits on it.
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Any

from lsprotocol import types as lsp
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from wattlens import __version__
from wattlens.config import find_project_root, load_project
from wattlens.errors import describe
from wattlens.lsp import convert
from wattlens.lsp.profiles import ProfileCache
from wattlens.lsp.progress import WorkProgress
from wattlens.lsp.settings import ClientSettings, parse_settings

log = logging.getLogger(__name__)

PROFILE_DEBOUNCE_S = 0.4


class WattlensServer(LanguageServer):
    """Language server state: client settings and the profile cache."""

    def __init__(self) -> None:
        super().__init__("wattlens", __version__)
        self.settings = ClientSettings()
        self.profiles = ProfileCache()

    def path_of(self, uri: str) -> Path | None:
        """The file system path of a `file:` URI, or None for other schemes."""
        path = to_fs_path(uri) if uri.startswith("file:") else None
        return Path(path) if path else None


server = WattlensServer()


def _tell(ls: WattlensServer, kind: lsp.MessageType, message: str) -> None:
    ls.window_show_message(lsp.ShowMessageParams(type=kind, message=message))


@server.feature(lsp.INITIALIZE)
def initialize(ls: WattlensServer, params: lsp.InitializeParams) -> None:
    """Read the client's settings once; bad values fall back to defaults with a warning."""
    ls.settings, warning = parse_settings(params.initialization_options)
    if warning:
        log.warning(warning)


@server.feature(lsp.WORKSPACE_DID_CHANGE_CONFIGURATION)
def did_change_configuration(ls: WattlensServer, params: lsp.DidChangeConfigurationParams) -> None:
    """Apply changed settings without a restart."""
    settings, warning = parse_settings(params.settings)
    ls.settings = settings
    if warning:
        _tell(ls, lsp.MessageType.Warning, warning)


@server.feature(lsp.TEXT_DOCUMENT_DID_OPEN)
def did_open(ls: WattlensServer, params: lsp.DidOpenTextDocumentParams) -> None:
    """Show what an earlier profile of this project found."""
    _publish(ls, params.text_document.uri)


@server.feature(lsp.TEXT_DOCUMENT_DID_SAVE)
async def did_save(ls: WattlensServer, params: lsp.DidSaveTextDocumentParams) -> None:
    """Profile the project again in the background; a newer save cancels this one."""
    if ls.settings.profile_on_save:
        await _profile(ls, params.text_document.uri)


@server.command(convert.PROFILE_COMMAND)
async def profile_command(ls: WattlensServer, uri: str) -> dict[str, Any]:
    """Profile the project of `uri` now."""
    return await _profile(ls, uri)


async def _profile(ls: WattlensServer, uri: str) -> dict[str, Any]:
    path = ls.path_of(uri)
    if path is None or path.suffix != ".py":
        return {"ok": False, "message": "wattlens profiles Python files on disk only."}
    from wattlens.pipeline import profile_project

    root = find_project_root(path)
    job = ls.profiles.start_job(root)
    await asyncio.sleep(PROFILE_DEBOUNCE_S)  # saves in quick succession profile once
    if job.cancelled.is_set():
        return {"ok": False, "message": "superseded by a newer save"}
    progress = WorkProgress(ls, "wattlens: profiling")
    await progress.begin(str(root))
    try:
        project = load_project(root, ls.settings.workload, ls.settings.tests)
        profile = await asyncio.to_thread(
            profile_project, project, ls.settings.grid_intensity, progress.report, job.cancelled.is_set
        )
    except Exception as err:
        ls.profiles.finish(root, job, None)
        progress.end("failed")
        if not job.cancelled.is_set():
            _tell(ls, lsp.MessageType.Warning, f"wattlens: profiling failed: {describe(err)}")
        return {"ok": False, "message": describe(err)}
    stored = ls.profiles.finish(root, job, profile)
    progress.end(f"{profile.energy.joules:.2f} J/run ({profile.energy.label})")
    if stored:
        for document_uri in list(ls.workspace.text_documents):
            _publish(ls, document_uri)
        capabilities = ls.client_capabilities.workspace
        if capabilities and capabilities.code_lens and capabilities.code_lens.refresh_support:
            ls.workspace_code_lens_refresh(None)
    return {"ok": stored, "message": "profiled", "joules": profile.energy.joules}


def _hot_functions(ls: WattlensServer, uri: str) -> tuple[Any, list[Any], bool] | None:
    """(profiled project, hot functions of this file, stale?) or None when unprofiled."""
    path = ls.path_of(uri)
    if path is None:
        return None
    entry = ls.profiles.get(find_project_root(path))
    if entry is None:
        return None
    functions = convert.hotspots(
        entry.profile, entry.profile.functions_in(path), ls.settings.lens_top, ls.settings.lens_min_percent
    )
    document = ls.workspace.get_text_document(uri)
    return entry, functions, entry.is_stale(path, document.source)


def _publish(ls: WattlensServer, uri: str) -> None:
    found = _hot_functions(ls, uri)
    if found is None:
        return
    entry, functions, _stale = found
    ls.text_document_publish_diagnostics(
        lsp.PublishDiagnosticsParams(uri=uri, diagnostics=convert.diagnostics(entry.profile, functions))
    )


@server.feature(lsp.TEXT_DOCUMENT_CODE_LENS)
def code_lens(ls: WattlensServer, params: lsp.CodeLensParams) -> list[lsp.CodeLens]:
    """Lenses above the hot functions of the last profile."""
    found = _hot_functions(ls, params.text_document.uri)
    if found is None:
        return []
    entry, functions, stale = found
    return convert.code_lenses(params.text_document.uri, entry.profile, functions, stale)


@server.feature(
    lsp.TEXT_DOCUMENT_CODE_ACTION,
    lsp.CodeActionOptions(code_action_kinds=[lsp.CodeActionKind.QuickFix]),
)
def code_action(ls: WattlensServer, params: lsp.CodeActionParams) -> list[lsp.CodeAction]:
    """"Optimize for energy" on hot functions that overlap the requested range."""
    found = _hot_functions(ls, params.text_document.uri)
    if found is None:
        return []
    _entry, functions, _stale = found
    first, last = params.range.start.line + 1, params.range.end.line + 1
    names = [f.name for f in functions if f.line <= last and first <= f.end_line]
    return convert.optimize_actions(params.text_document.uri, names, list(params.context.diagnostics))


@server.command(convert.OPTIMIZE_COMMAND)
async def optimize_command(ls: WattlensServer, uri: str, qualname: str) -> dict[str, Any]:
    """Generate and verify candidates; return (never apply) the best verified patch."""
    from wattlens.optimize.generator import GenerateOptions
    from wattlens.pipeline import OptimizeOptions, optimize_target

    answer: dict[str, Any] = {
        "verdict": "none", "message": "", "qualname": qualname, "edit": None, "diff": None,
        "speedup": None, "p_value": None, "energy_ratio": None, "tests_passed": None, "version": None,
    }  # fmt: skip
    path = ls.path_of(uri)
    if path is None or not path.is_file():
        answer["message"] = f"wattlens: {uri} is not a file on disk."
        return answer
    document = ls.workspace.get_text_document(uri)
    on_disk = path.read_text(encoding="utf-8", errors="replace")
    if document.source != on_disk and document.version is not None:
        answer["message"] = "wattlens: save the file first — the sandbox verifies what is on disk."
        return answer
    root = find_project_root(path)
    progress = WorkProgress(ls, f"wattlens: optimizing {qualname}")
    await progress.begin("starting")
    try:
        project = load_project(root, ls.settings.workload, ls.settings.tests)
        entry = ls.profiles.get(root)
        options = OptimizeOptions(
            generate=GenerateOptions(model_path=ls.settings.model_path, n_candidates=ls.settings.n_candidates)
        )
        outcome = await asyncio.to_thread(
            optimize_target, project, path.resolve().relative_to(root), qualname, options,
            entry.profile if entry else None, progress.report,
        )  # fmt: skip
    except Exception as err:
        progress.end("failed")
        answer["message"] = f"wattlens: optimizing {qualname} failed: {describe(err)}"
        return answer
    best = outcome.result.best
    if best is None or outcome.patched_module is None:
        progress.end("no verified patch")
        reasons = [f"{c.id}: {' '.join(c.reasons)}" for c in outcome.result.candidates]
        answer.update(
            verdict="rejected" if outcome.result.candidates else "none",
            message=f"wattlens: no candidate for {qualname} was verified. " + " | ".join(reasons),
        )
        return answer
    current = ls.workspace.get_text_document(uri)
    if current.source != outcome.target.module_source:
        # The patch was verified against the old text; offering it would drop the user's edits.
        progress.end("file changed")
        answer["message"] = f"wattlens: {path.name} changed while optimizing; save it and run the optimization again."
        return answer
    edit = convert.whole_document_edit(uri, current.version, current.source, outcome.patched_module)
    progress.end(f"verified: {best.speedup:.2f}× faster")
    answer.update(
        verdict="accepted",
        message=f"wattlens: verified patch for {qualname}: {best.speedup:.2f}× faster (p={best.p_value:.2g})",
        edit=convert.to_json(edit),
        diff=best.diff,
        speedup=best.speedup,
        p_value=best.p_value,
        energy_ratio=best.energy_ratio,
        tests_passed=best.tests_passed,
        version=current.version,
    )
    return answer


def serve() -> None:
    """Run the server over stdio until the client exits."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("pygls").setLevel(logging.WARNING)  # it logs every message at INFO
    server.start_io()
