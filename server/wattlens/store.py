"""The audit log: what each optimization and verification did, as JSON lines.

One file per project under the user cache (`audit/<folder>-<hash>.jsonl`): the
prompt, every model reply, every candidate diff and every verdict, and what was
written to the project.  A user can see afterwards exactly what the model said
and why a patch was or was not offered.  Writing the log never stops the work:
if the disk is full, the run goes on and the log says so once.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from pathlib import Path
from typing import Any

from wattlens.config import cache_dir

log = logging.getLogger(__name__)


class AuditLog:
    """Append-only JSON lines for one project."""

    def __init__(self, path: Path, project: Path) -> None:
        self.path = path
        self.project = str(project)
        self.broken: str | None = None
        """Why the log could not be written (None while it can)."""

    @classmethod
    def for_project(cls, root: Path) -> AuditLog:
        """The log of the project at `root`."""
        root = root.resolve()
        name = f"{root.name or 'root'}-{hashlib.sha256(str(root).encode()).hexdigest()[:8]}.jsonl"
        return cls(cache_dir() / "audit" / name, root)

    def write(self, event: str, **fields: Any) -> None:
        """Append one record; remember (and log once) when the disk refuses it."""
        if self.broken is not None:
            return
        record = {"time": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "project": self.project, "event": event, **fields}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as handle:
                handle.write(json.dumps(record, default=str, ensure_ascii=False) + "\n")
        except OSError as err:
            self.broken = f"{self.path}: {err.strerror or err}"
            log.warning("the audit log cannot be written (%s); the run goes on without it", self.broken)
