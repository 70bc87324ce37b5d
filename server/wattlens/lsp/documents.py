"""What the server shows for one document, computed once per document version and profile.

Requests (lenses, inlay hints, hover, code actions) arrive many times per edit;
each reads a cached `DocumentView` instead of hashing the text, scanning the
profile or touching the disk again.
"""

from __future__ import annotations

import bisect
import threading
from dataclasses import dataclass
from pathlib import Path

from wattlens.lsp import convert
from wattlens.lsp.hints import hot_lines
from wattlens.lsp.profiles import ProfiledProject, content_hash
from wattlens.lsp.settings import ClientSettings
from wattlens.models import FunctionProfile, LineProfile


@dataclass(frozen=True)
class DocumentView:
    """The profile's figures for one document, placed on its current lines."""

    entry: ProfiledProject
    functions: list[FunctionProfile]
    """Every profiled function of the document, hottest first (on current lines)."""
    hot_functions: list[FunctionProfile]
    """Those worth a lens and a diagnostic (lensTop / lensMinPercent)."""
    hot_lines: list[LineProfile]
    """Lines worth an inlay hint (lineMinPercent, lineTop per function)."""
    lines: list[LineProfile]
    """Every profiled line of the document (on current lines)."""
    stale: bool
    text_lines: tuple[str, ...] | None
    """The document's current lines, when the client has it open."""

    def hot_function_at(self, line: int) -> FunctionProfile | None:
        """The hot function whose `def` is on 1-based `line`."""
        return next((f for f in self.hot_functions if f.line == line), None)

    def hot_line_at(self, line: int) -> LineProfile | None:
        """The hot line at 1-based `line`."""
        return next((ln for ln in self.hot_lines if ln.line == line), None)

    def owner_of(self, line: int) -> FunctionProfile | None:
        """The innermost profiled function containing 1-based `line`."""
        containing = [f for f in self.functions if f.line <= line <= f.end_line]
        return max(containing, key=lambda f: f.line, default=None)

    def lines_of(self, function: FunctionProfile) -> list[LineProfile]:
        """The profiled lines inside `function`."""
        return [ln for ln in self.lines if function.line <= ln.line <= function.end_line]


def build_view(entry: ProfiledProject, path: Path, text: str | None, settings: ClientSettings) -> DocumentView:
    """Place the profile's figures for `path` on `text` (the open document), with thresholds applied."""
    resolved = path.resolve()
    key = str(resolved)
    functions = entry.profile.functions_in(resolved)
    lines = entry.profile.lines_in(resolved)
    known = entry.hashes.get(key)
    stale = text is not None and known is not None and known != content_hash(text)
    text_lines = tuple(text.splitlines()) if text is not None else None
    if stale and text_lines is not None and key in entry.texts:
        functions, lines = _relocate(entry.texts[key], text_lines, functions, lines)
    top = convert.hotspots(entry.profile, functions, settings.lens_top, settings.lens_min_percent)
    chosen = hot_lines(lines, functions, settings.line_min_percent, settings.line_top)
    return DocumentView(entry, functions, top, chosen, lines, stale, text_lines)


class DocumentViews:
    """Views by URI, rebuilt only when the document, the profile or the settings change."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._views: dict[str, tuple[int | None, ClientSettings, DocumentView]] = {}

    def get(
        self,
        uri: str,
        version: int | None,
        entry: ProfiledProject,
        path: Path,
        text: str | None,
        settings: ClientSettings,
    ) -> DocumentView:
        """The cached view of `uri` at `version`, built when anything it depends on changed."""
        with self._lock:
            cached = self._views.get(uri)
        fresh = cached and version is not None and cached[0] == version and cached[1] is settings
        if cached and fresh and cached[2].entry is entry:
            return cached[2]
        view = build_view(entry, path, text, settings)
        with self._lock:
            self._views[uri] = (version, settings, view)
        return view

    def forget(self, uri: str) -> None:
        """Drop the view of a closed document."""
        with self._lock:
            self._views.pop(uri, None)


class Relocator:
    """Finds where lines of the profiled text are in the edited text."""

    def __init__(self, old: tuple[str, ...], new: tuple[str, ...]) -> None:
        self._old, self._new = old, new
        self._where: dict[str, list[int]] = {}
        for number, text in enumerate(new, start=1):
            self._where.setdefault(text, []).append(number)  # ascending, for bisect

    def __call__(self, line: int) -> int | None:
        """Where 1-based `line` of the old text is now: same text, nearest to where it was; None if gone."""
        if not 1 <= line <= len(self._old):
            return None
        wanted = self._old[line - 1]
        if line <= len(self._new) and self._new[line - 1] == wanted:
            return line
        places = self._where.get(wanted) if wanted.strip() else None
        if not places:
            return None
        index = bisect.bisect_left(places, line)
        nearby = places[max(index - 1, 0) : index + 1]
        return min(nearby, key=lambda at: abs(at - line))


def _relocate(
    old: tuple[str, ...],
    new: tuple[str, ...],
    functions: list[FunctionProfile],
    lines: list[LineProfile],
) -> tuple[list[FunctionProfile], list[LineProfile]]:
    """Figures moved to where their lines are now; those whose line is gone are dropped."""
    relocate = Relocator(old, new)
    moved_functions = []
    for function in functions:
        at = relocate(function.line)
        if at is not None:
            shift = at - function.line
            moved_functions.append(function.model_copy(update={"line": at, "end_line": function.end_line + shift}))
    moved_lines = []
    for profiled in lines:
        at = relocate(profiled.line)
        if at is not None:
            moved_lines.append(profiled.model_copy(update={"line": at}))
    return moved_functions, moved_lines
