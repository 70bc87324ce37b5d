"""Server-initiated `$/progress` that worker threads can report to."""

from __future__ import annotations

import asyncio
import uuid

from lsprotocol import types as lsp
from pygls.lsp.server import LanguageServer


class WorkProgress:
    """One progress bar in the client, safe to update from any thread."""

    def __init__(self, server: LanguageServer, title: str) -> None:
        self._server = server
        self._title = title
        self._token = f"wattlens-{uuid.uuid4()}"
        self._loop = asyncio.get_running_loop()
        self._active = False

    async def begin(self, message: str = "") -> None:
        """Create the token (when the client supports it) and show the bar."""
        capabilities = self._server.client_capabilities.window
        if not (capabilities and capabilities.work_done_progress):
            return
        try:
            await self._server.work_done_progress.create_async(self._token)
        except Exception:  # a client may refuse; progress is a courtesy, not a requirement
            return
        self._active = True
        self._server.work_done_progress.begin(
            self._token, lsp.WorkDoneProgressBegin(title=self._title, message=message, cancellable=False)
        )

    def report(self, message: str) -> None:
        """Show `message` under the bar; callable from worker threads."""
        if self._active:
            self._loop.call_soon_threadsafe(
                self._server.work_done_progress.report,
                self._token,
                lsp.WorkDoneProgressReport(message=message),
            )

    def end(self, message: str = "") -> None:
        """Close the bar; callable from the event loop."""
        if self._active:
            self._active = False
            self._server.work_done_progress.end(self._token, lsp.WorkDoneProgressEnd(message=message))
