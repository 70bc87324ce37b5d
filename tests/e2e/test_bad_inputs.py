"""Bad input of every kind, through the CLI and the language server: a clear message that
says how to fix it, exit code 2 (CLI) or an answer (server), and no user file touched."""

from __future__ import annotations

import asyncio
import hashlib
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.test_lsp_fuzz import RawClient

pytestmark = pytest.mark.e2e

SET_LOOKUP = Path(__file__).resolve().parents[1] / "fixtures" / "patches" / "set-lookup.diff"


def wattlens(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "wattlens", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=300, check=False, env=env)


def digest(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file() and "__pycache__" not in p.parts}


@pytest.fixture
def project(shop: Path) -> Iterator[Path]:
    (shop / "shop" / "broken.py").write_text("def f(:\n    pass\n")
    (shop / "shop" / "latin.py").write_bytes(b'def g():\n    return "\xff\xfe"\n')
    (shop / "shop" / "blob.py").write_bytes(bytes(range(256)) * 8)
    before = digest(shop)
    yield shop
    assert digest(shop) == before, "a user file was changed"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("optimize", "--target", "shop/broken.py:f"), "is not valid Python (line 1"),
        (("optimize", "--target", "shop/latin.py:g"), "is not UTF-8 text"),
        (("optimize", "--target", "shop/blob.py:x"), "save the file as UTF-8"),
        (("optimize", "--target", "shop/orders.py:unknown_skus", "--model", "/nonexistent.gguf"),
         "does not exist: run `wattlens fetch-model`"),
        (("profile", "--timeout", "2", "--", sys.executable, "-c", "import time; time.sleep(60)"),
         "ran longer than 2 s and was stopped"),
        (("profile", "--", sys.executable, "-c", "raise SystemExit(3)"), "exited with code 3"),
        (("verify", "--patch", "shop/blob.py", "--target", "shop/orders.py:unknown_skus"), "Cannot read the patch"),
        (("verify", "--patch", str(SET_LOOKUP), "--target", "shop/orders.py:unknown_skus", "--sandbox-image",
          "no-such-image:1"), "is not in the local Docker"),
    ],
)
def test_the_cli_refuses_bad_input_clearly(project: Path, args: tuple[str, ...], message: str) -> None:
    done = wattlens(*args, cwd=project)
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert message in done.stderr and "Traceback" not in done.stderr


def test_a_corrupt_model_file_is_named(project: Path, tmp_path: Path) -> None:
    model = tmp_path / "model.gguf"
    model.write_bytes(b"GGUF" + b"\x00" * 64)  # the magic, then nothing a loader can use
    # --no-recipes: a recipe is tried first and would win before the model is ever loaded.
    done = wattlens("optimize", "--target", "shop/orders.py:unknown_skus", "--model", str(model), "--no-recipes",
                    cwd=project)
    assert done.returncode == 2, done.stderr
    assert str(model) in done.stderr and "Traceback" not in done.stderr


def test_an_empty_workspace_says_what_to_configure(tmp_path: Path) -> None:
    (tmp_path / "m.py").write_text("def f():\n    return 1\n")
    done = wattlens("optimize", "--target", "m.py:f", cwd=tmp_path)
    assert done.returncode == 2 and "No workload is configured" in done.stderr and "[tool.wattlens]" in done.stderr


def test_docker_missing_says_how_to_get_one(project: Path) -> None:
    env = {**__import__("os").environ, "DOCKER_HOST": "unix:///nonexistent/docker.sock"}
    done = wattlens("verify", "--patch", str(SET_LOOKUP), "--target", "shop/orders.py:unknown_skus",
                    cwd=project, env=env)
    assert done.returncode == 2, done.stderr
    assert "Docker is not running or not reachable" in done.stderr and "DOCKER_HOST" in done.stderr


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    """A 64 KiB tmpfs, nearly full (needs root, as the test machines have)."""
    mount = tmp_path / "full"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)],
                      capture_output=True, check=False).returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs root)")
    try:
        (mount / "filler").write_bytes(b"\0" * 56 * 1024)
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_full_cache_disk_is_said_plainly(project: Path, full_disk: Path) -> None:
    env = {**__import__("os").environ, "WATTLENS_CACHE_DIR": str(full_disk / "cache")}
    done = wattlens("verify", "--patch", str(SET_LOOKUP), "--target", "shop/orders.py:unknown_skus",
                    cwd=project, env=env)
    assert done.returncode == 2, done.stderr
    assert "No space left on the device" in done.stderr and "WATTLENS_CACHE_DIR" in done.stderr


async def _server_session(root: Path) -> list[dict[str, object]]:
    client = await RawClient.start(root)
    await client.send({"id": 0, "method": "initialize", "params": {
        "processId": None, "rootUri": root.as_uri(), "capabilities": {}}})
    await client.send({"method": "initialized", "params": {}})
    big = root / "shop" / "big.py"
    documents = {
        "big": (big.as_uri(), "x = 1\n" * 1_700_000),  # 10 MB
        "broken": ((root / "shop" / "broken.py").as_uri(), "def f(:\n    pass\n"),
        "binary": ((root / "shop" / "blob.py").as_uri(), (bytes(range(256)) * 8).decode("latin-1")),
    }
    for uri, text in documents.values():
        await client.send({"method": "textDocument/didOpen", "params": {"textDocument": {
            "uri": uri, "languageId": "python", "version": 1, "text": text}}})
    requests = {}
    next_id = 1
    for name, (uri, _) in documents.items():
        for method, extra in (("textDocument/codeLens", {}),
                              ("textDocument/hover", {"position": {"line": 0, "character": 0}}),
                              ("textDocument/codeAction", {"range": {"start": {"line": 0, "character": 0},
                                                                     "end": {"line": 0, "character": 0}},
                                                           "context": {"diagnostics": []}})):
            requests[next_id] = (name, method)
            await client.send({"id": next_id, "method": method, "params": {"textDocument": {"uri": uri}, **extra}})
            next_id += 1
    for name in ("latin", "binary", "broken"):
        path = {"latin": root / "shop" / "latin.py", "binary": root / "shop" / "blob.py",
                "broken": root / "shop" / "broken.py"}[name]
        requests[next_id] = (name, "wattlens.optimize")
        await client.send({"id": next_id, "method": "workspace/executeCommand", "params": {
            "command": "wattlens.optimize", "arguments": [path.as_uri(), "f"]}})
        next_id += 1
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 60
    while not all(i in client.answers for i in requests) and loop.time() < deadline:
        await asyncio.sleep(0.05)
    answers = [{"document": requests[i][0], "method": requests[i][1], **client.answers.get(i, {"missing": True})}
               for i in requests]
    await client.close(999)
    return answers


def test_the_server_answers_on_bad_documents_and_keeps_serving(project: Path) -> None:
    answers = asyncio.run(_server_session(project))
    print(json.dumps(answers, indent=1)[:3000])
    assert all("missing" not in a for a in answers), [a for a in answers if "missing" in a]
    assert all("error" not in a for a in answers if a["method"] != "wattlens.optimize")
    optimize = {a["document"]: a["result"] for a in answers if a["method"] == "wattlens.optimize"}
    assert "not UTF-8 text" in optimize["latin"]["message"]  # type: ignore[index]
    assert "UTF-8" in optimize["binary"]["message"]  # type: ignore[index]
    assert "not valid Python" in optimize["broken"]["message"]  # type: ignore[index]
    assert all(result["verdict"] == "none" for result in optimize.values())  # type: ignore[index]
