"""Neovim (headless) as a second real LSP client of `wattlens serve`.

Neovim's own LSP client (vim.lsp.start_client + buf_attach_client) opens the
example's hot module, `:write`s it — the save makes the server profile the real
workload — and polls vim.lsp.codelens until the lens with real figures appears
above `unknown_skus`. The Lua side is tests/editor/nvim_lens.lua.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

REPO = Path(__file__).resolve().parents[2]
CLIENT_LUA = REPO / "tests" / "editor" / "nvim_lens.lua"
LENS_TIMEOUT_S = 240


def _def_line(path: Path, name: str) -> int:
    """0-based line of `def name`."""
    lines = path.read_text().splitlines()
    return next(i for i, line in enumerate(lines) if line.startswith(f"def {name}("))


@pytest.mark.skipif(shutil.which("nvim") is None, reason="Neovim is not installed (apt-get install neovim)")
def test_neovim_shows_lens_with_real_figures_after_write(shop: Path, tmp_path: Path) -> None:
    orders = shop / "shop" / "orders.py"
    out = tmp_path / "nvim-result.json"
    env = {
        **os.environ,
        "WL_PYTHON": sys.executable,
        "WL_ROOT": str(shop),
        "WL_FILE": str(orders),
        "WL_OUT": str(out),
        "WL_TIMEOUT_MS": str(LENS_TIMEOUT_S * 1000),
        # the workload's `python` must be this environment's
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }
    run = subprocess.run(
        ["nvim", "--headless", "-n", "-i", "NONE", "-u", str(CLIENT_LUA)],
        cwd=shop,
        env=env,
        capture_output=True,
        text=True,
        timeout=LENS_TIMEOUT_S + 60,
    )
    lsp_log = tmp_path / "state" / "nvim" / "lsp.log"
    context = (
        f"nvim exit {run.returncode}\nstdout: {run.stdout[-2000:]}\nstderr: {run.stderr[-4000:]}\n"
        f"lsp.log: {lsp_log.read_text()[-6000:] if lsp_log.exists() else '(none)'}"
    )
    assert out.exists(), f"the Lua client wrote no result\n{context}"
    result = json.loads(out.read_text())
    assert "error" not in result, f"{result['error']}\nlog: {result.get('log')}\n{context}"

    lenses = result["lenses"]
    line = _def_line(orders, "unknown_skus")
    on_hotspot = [lens for lens in lenses if lens["line"] == line]
    assert on_hotspot, f"no lens above unknown_skus (line {line}): {lenses}"
    command = on_hotspot[0]["command"]
    title = command["title"]
    assert "% CPU" in title and " J/run" in title, title
    percent = float(title.split("% CPU")[0].split()[-1])
    assert 0 < percent <= 100, title
    assert command["command"] == "wattlens.optimize"
    assert command["arguments"] == [orders.as_uri(), "unknown_skus"]
    assert any(d["source"] == "wattlens" and d["line"] == line for d in result["diagnostics"]), (
        f"no hotspot diagnostic: {result['diagnostics']}"
    )
    print(f"neovim: lens after {result['elapsed_s']:.1f} s: {title}")
