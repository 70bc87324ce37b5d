"""Where the verifier keeps its working folders (image builds, project copies, locks)."""

from __future__ import annotations

import os
from pathlib import Path


def cache_dir() -> Path:
    """The wattlens cache folder: `$XDG_CACHE_HOME/wattlens`, else `~/.cache/wattlens`.

    Created on first use.
    """
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    path = Path(base) / "wattlens"
    path.mkdir(parents=True, exist_ok=True)
    return path
