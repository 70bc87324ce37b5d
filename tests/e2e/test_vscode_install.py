"""Real VS Code: the extension installs its server into its own environment on first start.

No `wattlens.interpreter`, and only /usr/bin on PATH, so the interpreter at hand
(`python3`, Debian's) has no wattlens: the extension must create a virtual
environment in its global storage, pip-install the server wheel packed in the
.vsix (its dependencies from PyPI; llama-cpp-python from the wheel that
scripts/setup.sh built and cached, through PIP_FIND_LINKS), show progress, and
start the server. When pip cannot reach any index, the error must say how to fix
it and leave no environment behind. Screenshots: build/test-artifacts/vscode-install-*.png.
"""

from __future__ import annotations

import json
import os
import subprocess
import time
from pathlib import Path

import pytest

from tests.e2e.test_vscode import LENS_TIMEOUT_S, SERVER_START_TIMEOUT_S, open_editor

pytestmark = pytest.mark.e2e

# Where scripts/setup.sh caches the llama-cpp-python wheel it built (an sdist that compiles for minutes).
WHEELS = Path(
    os.environ.get("WATTLENS_CACHE_DIR", Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "wattlens")
) / "wheels"
# Only system directories: `python3` is Debian's, without wattlens.
SYSTEM_PATH = "/usr/bin:/bin"
BASE_PYTHON = Path("/usr/bin/python3")


def _server_env(user_data: Path) -> Path:
    """The extension's environment folder in its global storage (publisher.name)."""
    return user_data / "User" / "globalStorage" / "wattlens.wattlens" / "server-env"


def _require_base_python() -> None:
    if not BASE_PYTHON.exists():
        pytest.skip(f"{BASE_PYTHON} is missing (the test needs a system Python without wattlens)")
    has = subprocess.run([str(BASE_PYTHON), "-c", "import wattlens"], capture_output=True, check=False)
    assert has.returncode != 0, f"{BASE_PYTHON} already has wattlens: the test could not see an install"


def test_vscode_first_start_installs_the_server_with_progress(tmp_path: Path) -> None:
    _require_base_python()
    cached = sorted(WHEELS.glob("llama_cpp_python-*.whl"))
    assert cached, f"no llama-cpp-python wheel in {WHEELS}: run scripts/setup.sh first (it builds and caches it)"
    env = {"PATH": SYSTEM_PATH, "PIP_FIND_LINKS": str(WHEELS)}
    with open_editor(tmp_path, settings={"wattlens.interpreter": None}, env=env) as editor:
        began = time.monotonic()
        reply = editor.stage("install", SERVER_START_TIMEOUT_S + LENS_TIMEOUT_S + 120)
        seconds = time.monotonic() - began
        user_data = editor.user_data
    messages = reply["messages"]
    assert any("installing the language server" in m for m in messages), messages
    # pip's own lines reached the notification, not only our title.
    pip_words = ("Collecting", "Downloading", "Installing", "Processing")
    assert any(word in m for m in messages for word in pip_words), messages
    assert "% CPU" in reply["lens"] and "J/run" in reply["lens"], reply["lens"]
    env_dir = _server_env(user_data)
    stamp = json.loads((env_dir / "wattlens-install.json").read_text())
    assert not (env_dir.parent / "server-env.lock").exists(), "the install lock was left behind"
    assert stamp["wheel"].startswith("wattlens-"), stamp
    check = subprocess.run([str(env_dir / "bin" / "python"), "-c", "import wattlens, llama_cpp"], capture_output=True)
    assert check.returncode == 0, check.stderr
    print(
        f"vscode install: server running {reply['installSeconds']:.1f} s after opening the file, lens "
        f"{reply['seconds']:.1f} s, stage {seconds:.1f} s; {len(messages)} progress messages; "
        f"lens {reply['lens']!r} (screenshots {reply['progressScreenshot']}, {reply['screenshot']})"
    )


def test_vscode_install_failure_says_how_to_fix_and_leaves_nothing(tmp_path: Path) -> None:
    _require_base_python()
    no_links = tmp_path / "no-wheels"
    no_links.mkdir()
    env = {
        "PATH": SYSTEM_PATH,
        # No pip configuration files (this machine's name extra indexes), an index that refuses connections.
        "PIP_CONFIG_FILE": os.devnull,
        "PIP_INDEX_URL": "http://127.0.0.1:9/simple",
        "PIP_FIND_LINKS": str(no_links),
        "PIP_NO_CACHE_DIR": "1",
        "PIP_RETRIES": "0",
        "PIP_DEFAULT_TIMEOUT": "5",
    }
    with open_editor(tmp_path, settings={"wattlens.interpreter": None}, env=env) as editor:
        reply = editor.stage("installFails", SERVER_START_TIMEOUT_S + 120)
        user_data = editor.user_data
        error = reply["error"]
        assert "installing the language server failed" in error, error
        # The fix: the index settings and the alternative of a ready interpreter; and pip's own reason.
        assert "PIP_INDEX_URL" in error and "wattlens.interpreter" in error, error
        assert "No matching distribution" in error or "Could not find a version" in error, error
        assert reply["hasShowLog"] and reply["logShown"], reply
        assert "server running" not in reply["status"], reply["status"]
        env_dir = _server_env(user_data)
        assert not env_dir.exists(), f"a half-made environment was left: {sorted(p.name for p in env_dir.iterdir())}"
    shots = f"{reply['screenshot']}, {reply['log']}"
    print(f"vscode install failure after {reply['seconds']:.1f} s: {error} (screenshots {shots})")


def test_vscode_install_cancel_stops_pip_and_leaves_nothing(tmp_path: Path) -> None:
    _require_base_python()
    # No pip cache: downloads keep pip busy long enough to press Cancel in the middle.
    env = {"PATH": SYSTEM_PATH, "PIP_FIND_LINKS": str(WHEELS), "PIP_NO_CACHE_DIR": "1"}
    with open_editor(tmp_path, settings={"wattlens.interpreter": None}, env=env) as editor:
        reply = editor.stage("installCancel", SERVER_START_TIMEOUT_S + 120)
        env_dir = _server_env(editor.user_data)
        assert "installing the language server was cancelled" in reply["message"], reply
        assert "Restart Server" in reply["message"], reply
        assert "server not installed (cancelled)" in reply["status"], reply["status"]
        assert not env_dir.exists(), f"the cancelled install left {sorted(p.name for p in env_dir.iterdir())}"
        assert not (env_dir.parent / "server-env.lock").exists(), "the install lock was left behind"
    print(f"vscode install cancelled at {reply['cancelledAt']!r}: {reply['message']} ({reply['screenshot']})")
