"""The wattlens language server: every LSP feature it offers, each a thin handler.

Handlers read the document, call one domain function (through `pipeline`) and
convert the result with `convert`. Long work (profiling, optimizing) runs on a
worker thread with `$/progress`, so no request waits on it.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from lsprotocol import types as lsp
from pygls.exceptions import JsonRpcInvalidParams
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol
from pygls.uris import to_fs_path

from wattlens import __version__
from wattlens.config import ConfigError, Discovery, find_project_root, resolve_project
from wattlens.errors import describe
from wattlens.lsp import convert, hints
from wattlens.lsp import hover as hovers
from wattlens.lsp.documents import DocumentView, DocumentViews
from wattlens.lsp.profiles import ProfileCache, ProfiledProject, snapshot
from wattlens.lsp.progress import WorkProgress
from wattlens.lsp.settings import ClientSettings, parse_settings
from wattlens.models import CandidateReport, ProfileMode
from wattlens.profiling.carbon import grid_intensity_for

log = logging.getLogger(__name__)

PROFILE_DEBOUNCE_S = 0.4


class _Protocol(LanguageServerProtocol):
    """pygls answers a cancelled request but cannot stop a command already running in a
    thread; this tells the server, so the long-running work can stop itself."""

    def _handle_cancel_notification(self, msg_id: Any) -> None:
        server = self._server
        if isinstance(server, WattlensServer):
            server.request_cancelled(msg_id)
        super()._handle_cancel_notification(msg_id)


class WattlensServer(LanguageServer):
    """Language server state: client settings, the profile cache and per-document views."""

    def __init__(self) -> None:
        super().__init__("wattlens", __version__, protocol_cls=_Protocol)
        self.cancel_events: dict[Any, threading.Event] = {}
        """Events of running requests that stop when the client cancels them, by request id."""
        self.settings = ClientSettings()
        self.profiles = ProfileCache()
        self.views = DocumentViews()
        self._roots: dict[Path, Path] = {}
        self._told: set[str] = set()

    def path_of(self, uri: str) -> Path | None:
        """The file system path of a `file:` URI, or None for other schemes."""
        path = to_fs_path(uri) if uri.startswith("file:") else None
        return Path(path) if path else None

    def root_of(self, path: Path) -> Path:
        """The project root of `path`, cached per folder so requests do not walk the disk."""
        folder = path.parent
        root = self._roots.get(folder)
        if root is None:
            try:
                root = find_project_root(path)
            except ConfigError:  # a broken pyproject.toml: profiling reports it; requests carry on
                root = folder.resolve()
            self._roots[folder] = root
        return root

    def request_cancelled(self, request_id: Any) -> None:
        """The client cancelled request `request_id`: stop its work, if it can be stopped."""
        event = self.cancel_events.get(request_id)
        if event is not None:
            event.set()

    def forget_roots(self) -> None:
        """Look project roots up again (a pyproject.toml may have changed)."""
        self._roots.clear()

    def tell_once(self, kind: lsp.MessageType, message: str) -> None:
        """Show `message` unless it was shown before in this session; log it either way."""
        log.info(message)
        if message not in self._told:
            self._told.add(message)
            _tell(self, kind, message)


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


@server.feature(lsp.TEXT_DOCUMENT_DID_CLOSE)
def did_close(ls: WattlensServer, params: lsp.DidCloseTextDocumentParams) -> None:
    """Forget what was computed for the closed document."""
    ls.views.forget(params.text_document.uri)


@server.feature(lsp.TEXT_DOCUMENT_DID_SAVE)
async def did_save(ls: WattlensServer, params: lsp.DidSaveTextDocumentParams) -> None:
    """Profile the project again in the background; a newer save cancels this one."""
    ls.forget_roots()
    if ls.settings.profile_on_save and ls.settings.trusted:
        # On save: py-spy only, near-zero overhead; "Profile now" asks for the full profile.
        await _profile(ls, params.text_document.uri, mode="fast")


@server.command(convert.PROFILE_COMMAND)
async def profile_command(ls: WattlensServer, uri: Any = None) -> dict[str, Any]:
    """Profile the project of `uri` now."""
    return await _profile(ls, _text_argument(uri, "uri", convert.PROFILE_COMMAND), mode="full")


UNTRUSTED = (
    "wattlens: this workspace is not trusted, so nothing of the project runs (no profiling, no sandbox); "
    "trust the workspace to turn wattlens on."
)


def _text_argument(value: object, name: str, command: str) -> str:
    # A client may send anything as arguments; a wrong one is the client's error, not ours.
    if not isinstance(value, str):
        raise JsonRpcInvalidParams(f"{command} needs `{name}` as a string argument, got {value!r:.60}")
    return value


def _profile_and_snapshot(
    root: Path,
    path: Path,
    settings: ClientSettings,
    progress: WorkProgress,
    cancelled: Callable[[], bool],
    mode: ProfileMode,
) -> tuple[ProfiledProject, Discovery | None]:
    """Worker thread: settle the workload, profile it, snapshot the profiled files."""
    from wattlens.pipeline import profile_project

    project, discovery = resolve_project(root, path, settings.workload, settings.tests)
    if discovery is not None:
        progress.report(f"running `{discovery.workload}` (discovered)")
    grid = grid_intensity_for(settings.grid_region, settings.grid_intensity)
    profile = profile_project(project, grid, progress.report, cancelled, mode)
    return snapshot(profile, discovery.note() if discovery else None), discovery


async def _profile(ls: WattlensServer, uri: str, mode: ProfileMode) -> dict[str, Any]:
    if not ls.settings.trusted:
        return {"ok": False, "message": UNTRUSTED}
    path = ls.path_of(uri)
    if path is None or path.suffix != ".py":
        return {"ok": False, "message": "wattlens profiles Python files on disk only."}
    root = ls.root_of(path)
    job = ls.profiles.start_job(root)
    await asyncio.sleep(PROFILE_DEBOUNCE_S)  # saves in quick succession profile once
    if job.cancelled.is_set():
        return {"ok": False, "message": "superseded by a newer save"}
    progress = WorkProgress(ls, "wattlens: profiling")
    await progress.begin(str(root))
    try:
        profiled, discovery = await asyncio.to_thread(
            _profile_and_snapshot, root, path, ls.settings, progress, job.cancelled.is_set, mode
        )
    except ConfigError as err:  # nothing to run: say how to configure it, once
        ls.profiles.finish(root, job, None)
        progress.end("no workload")
        ls.tell_once(lsp.MessageType.Info, str(err))
        return {"ok": False, "message": str(err)}
    except Exception as err:
        ls.profiles.finish(root, job, None)
        progress.end("failed")
        if not job.cancelled.is_set():
            _tell(ls, lsp.MessageType.Warning, f"wattlens: profiling failed: {describe(err)}")
        return {"ok": False, "message": describe(err)}
    if discovery is not None:
        ls.tell_once(lsp.MessageType.Info, discovery.message(root))
    stored = ls.profiles.finish(root, job, profiled)
    energy = profiled.profile.energy
    progress.end(f"{energy.joules:.2f} J/run ({energy.label})")
    if stored:
        for document_uri in list(ls.workspace.text_documents):
            _publish(ls, document_uri)
        _refresh(ls)
        ls.protocol.notify(convert.PROFILED_NOTIFICATION, convert.profiled_figure(energy))
    return {"ok": stored, "message": "profiled", "joules": energy.joules}


@server.command(convert.REPORT_COMMAND)
async def report_command(ls: WattlensServer, uri: Any = None) -> dict[str, Any]:
    """The project's history as one HTML page (for the client's report view)."""
    from wattlens.report import render_report
    from wattlens.store import History

    path = ls.path_of(_text_argument(uri, "uri", convert.REPORT_COMMAND))
    if path is None:
        return {"ok": False, "message": "wattlens: the report needs a file or folder of the project."}
    root = ls.root_of(path)
    history = History.for_project(root)
    profiles, verdicts, checks = await asyncio.to_thread(lambda: (history.profiles(), history.verdicts(),
                                                                  history.checks()))
    if not (profiles or verdicts or checks):
        return {"ok": False, "message": f"wattlens: no history for {root.name} yet; save a file to profile it."}
    return {"ok": True, "html": render_report(str(root), profiles, verdicts, checks)}


def _refresh(ls: WattlensServer) -> None:
    """Ask the client to re-request lenses and inlay hints, where it supports that."""
    capabilities = ls.client_capabilities.workspace
    if capabilities and capabilities.code_lens and capabilities.code_lens.refresh_support:
        ls.workspace_code_lens_refresh(None)
    if capabilities and capabilities.inlay_hint and capabilities.inlay_hint.refresh_support:
        ls.workspace_inlay_hint_refresh(None)


def _view(ls: WattlensServer, uri: str) -> DocumentView | None:
    """The last profile's figures for the document, or None when its project is unprofiled."""
    path = ls.path_of(uri)
    if path is None:
        return None
    entry = ls.profiles.get(ls.root_of(path))
    if entry is None:
        return None
    # Only documents the client has open: get_text_document would read others from disk.
    document = ls.workspace.text_documents.get(uri)
    text = document.source if document is not None else None
    version = document.version if document is not None else None
    return ls.views.get(uri, version, entry, path, text, ls.settings)


def _publish(ls: WattlensServer, uri: str) -> None:
    view = _view(ls, uri)
    if view is None:
        return
    diagnostics = convert.diagnostics(view.entry.profile, view.hot_functions, view.entry.workload_note)
    ls.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics))


@server.feature(lsp.TEXT_DOCUMENT_CODE_LENS)
def code_lens(ls: WattlensServer, params: lsp.CodeLensParams) -> list[lsp.CodeLens]:
    """Lenses above the hot functions of the last profile."""
    if not ls.settings.trusted:
        return [convert.untrusted_lens(UNTRUSTED)]
    view = _view(ls, params.text_document.uri)
    if view is None:
        return []
    return convert.code_lenses(params.text_document.uri, view.entry.profile, view.hot_functions, view.stale)


@server.feature(lsp.TEXT_DOCUMENT_INLAY_HINT, lsp.InlayHintOptions(resolve_provider=False))
def inlay_hint(ls: WattlensServer, params: lsp.InlayHintParams) -> list[lsp.InlayHint]:
    """`⚡ 38% · 0.93 J` at the end of each hot line in the requested range."""
    view = _view(ls, params.text_document.uri)
    if view is None or view.text_lines is None:
        return []
    return hints.inlay_hints(view.entry.profile, view.hot_lines, view.text_lines, params.range, view.stale)


@server.feature(lsp.TEXT_DOCUMENT_HOVER)
def hover(ls: WattlensServer, params: lsp.HoverParams) -> lsp.Hover | None:
    """The breakdown of a hot function (on its `def` line) or of a hot line, with sources."""
    view = _view(ls, params.text_document.uri)
    if view is None:
        return None
    line = params.position.line + 1
    profile, note = view.entry.profile, view.entry.workload_note
    function = view.hot_function_at(line)
    if function is not None:
        markdown = hovers.function_markdown(profile, function, view.lines_of(function), note, view.stale)
        return hovers.hover(markdown, line)
    hot = view.hot_line_at(line)
    if hot is not None:
        return hovers.hover(hovers.line_markdown(profile, hot, view.owner_of(line), note, view.stale), line)
    return None


@server.feature(
    lsp.TEXT_DOCUMENT_CODE_ACTION,
    lsp.CodeActionOptions(code_action_kinds=[lsp.CodeActionKind.QuickFix]),
)
def code_action(ls: WattlensServer, params: lsp.CodeActionParams) -> list[lsp.CodeAction]:
    """"Optimize for energy" on hot functions that overlap the requested range."""
    view = _view(ls, params.text_document.uri)
    if view is None:
        return []
    first, last = params.range.start.line + 1, params.range.end.line + 1
    names = [f.name for f in view.hot_functions if f.line <= last and first <= f.end_line]
    return convert.optimize_actions(params.text_document.uri, names, list(params.context.diagnostics))


@server.command(convert.OPTIMIZE_COMMAND)
async def optimize_command(ls: WattlensServer, uri: Any = None, qualname: Any = None) -> dict[str, Any]:
    """Generate and verify candidates; return (never apply) the best verified patch."""
    uri = _text_argument(uri, "uri", convert.OPTIMIZE_COMMAND)
    qualname = _text_argument(qualname, "qualname", convert.OPTIMIZE_COMMAND)
    from wattlens.optimize.generator import GenerateOptions
    from wattlens.pipeline import OptimizeCancelled, OptimizeOptions, optimize_target, pareto_front
    from wattlens.verify.verifier import VerifyOptions

    answer: dict[str, Any] = {
        "verdict": "none", "message": "", "qualname": qualname, "edit": None, "diff": None,
        "speedup": None, "p_value": None, "energy_ratio": None, "tests_passed": None, "n": None,
        "replayed_calls": None, "version": None,
    }  # fmt: skip
    if not ls.settings.trusted:
        answer["message"] = UNTRUSTED
        return answer
    path = ls.path_of(uri)
    if path is None or not path.is_file():
        answer["message"] = f"wattlens: {uri} is not a file on disk."
        return answer
    try:
        on_disk = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        reason = "it is not UTF-8 text; save it as UTF-8" if isinstance(err, UnicodeDecodeError) else str(err)
        answer["message"] = f"wattlens: cannot optimize in {path.name}: {reason}."
        return answer
    document = ls.workspace.get_text_document(uri)  # read from disk (as UTF-8) when not open
    if document.source != on_disk and document.version is not None:
        answer["message"] = "wattlens: save the file first — the sandbox verifies what is on disk."
        return answer
    root = ls.root_of(path)
    request_id = ls.protocol.msg_id
    cancelled = ls.cancel_events.setdefault(request_id, threading.Event())
    progress = WorkProgress(ls, f"wattlens: optimizing {qualname}")
    await progress.begin("starting")
    try:
        project, _discovery = await asyncio.to_thread(
            resolve_project, root, path, ls.settings.workload, ls.settings.tests
        )
        entry = ls.profiles.get(root)
        settings = ls.settings
        options = OptimizeOptions(
            generate=GenerateOptions(model_path=settings.model_path, model_url=settings.model_url,
                                     n_candidates=settings.n_candidates),
            verify=VerifyOptions(base_image=settings.sandbox_image),
            repair_rounds=settings.repair_rounds,
            stop_at_first_accepted=not settings.verify_all,
        )
        outcome = await asyncio.to_thread(
            optimize_target, project, path.resolve().relative_to(root), qualname, options,
            entry.profile if entry else None, progress.report, cancelled.is_set,
        )  # fmt: skip
    except OptimizeCancelled as err:
        progress.end("cancelled")
        answer["message"] = f"wattlens: {err}"
        return answer
    except Exception as err:
        progress.end("failed")
        answer["message"] = f"wattlens: optimizing {qualname} failed: {describe(err)}"
        return answer
    finally:
        ls.cancel_events.pop(request_id, None)
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
    by_id = {c.id: c for c in outcome.result.candidates}
    front = {r.id for r in pareto_front([by_id[i] for i in outcome.result.choices])}
    choices = [
        _choice(by_id[i], convert.whole_document_edit(uri, current.version, current.source, module), i in front)
        for i in outcome.result.choices
        if (module := outcome.patched_modules.get(i)) is not None
    ]
    progress.end(f"verified: {best.speedup:.2f}× faster")
    answer.update(
        choices[0],
        verdict="accepted",
        message=f"wattlens: verified patch for {qualname}: {best.speedup:.2f}× faster (p={best.p_value:.2g})",
        version=current.version,
        choices=choices,
    )
    return answer


def _choice(report: CandidateReport, edit: lsp.WorkspaceEdit, on_front: bool) -> dict[str, Any]:
    """One verified patch as the client offers it (the first is also the answer's own fields)."""
    return {
        "id": report.id, "source": report.source, "rationale": report.rationale, "edit": convert.to_json(edit),
        "diff": report.diff, "speedup": report.speedup, "p_value": report.p_value,
        "energy_ratio": report.energy_ratio, "memory_ratio": report.memory_ratio,
        "tests_passed": report.tests_passed, "n": report.n, "replayed_calls": report.replayed_calls,
        "pareto": on_front,
    }  # fmt: skip


def serve() -> None:
    """Run the server over stdio until the client exits."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("pygls").setLevel(logging.WARNING)  # it logs every message at INFO
    server.start_io()
