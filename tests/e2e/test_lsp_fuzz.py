"""Protocol fuzzing: thousands of random but well-formed LSP messages against `wattlens serve`.

Edits, saves, closes, cancels, lenses, hints, hovers, code actions, commands with
wrong arguments, bad URIs and unknown methods, sent as fast as the pipe takes
them.  The server must answer every request (a result or an LSP error), crash
never, hang never, and shut down cleanly at the end.  The documents do not exist
on disk, so no profile or model run is started: this is about the protocol.
"""

from __future__ import annotations

import asyncio
import json
import random
import sys
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.e2e

MESSAGES = 3000
SEED = 20261123
ANSWER_TIMEOUT_S = 120


class RawClient:
    """JSON-RPC over the server's stdio with Content-Length framing; no LSP library in between."""

    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process
        self.answers: dict[int, dict[str, Any]] = {}
        self.notifications = 0
        self.server_requests = 0
        self.reader: asyncio.Task[None] | None = None

    @classmethod
    async def start(cls, root: Path) -> RawClient:
        """`wattlens serve` started in `root`, its output read in the background."""
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "wattlens", "serve", cwd=root, stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.DEVNULL, limit=2**26,
        )
        client = cls(process)
        client.reader = asyncio.create_task(client.read_forever())
        return client

    async def answer(self, number: int, timeout_s: float) -> dict[str, Any]:
        """The answer to request `number`, waiting at most `timeout_s`."""
        deadline = asyncio.get_running_loop().time() + timeout_s
        while number not in self.answers:
            assert asyncio.get_running_loop().time() < deadline, f"no answer to request {number}"
            await asyncio.sleep(0.05)
        return self.answers[number]

    async def close(self, shutdown_id: int, timeout_s: float = 30) -> int:
        """shutdown, exit, and the server's exit code."""
        await self.send({"id": shutdown_id, "method": "shutdown", "params": None})
        await self.answer(shutdown_id, timeout_s)
        await self.send({"method": "exit", "params": None})
        code = await asyncio.wait_for(self.process.wait(), timeout=timeout_s)
        if self.reader is not None:
            self.reader.cancel()
        return code

    async def send(self, message: dict[str, Any]) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode()
        assert self.process.stdin is not None
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        await self.process.stdin.drain()

    async def read_forever(self) -> None:
        stream = self.process.stdout
        assert stream is not None
        while True:
            length = None
            while True:
                line = await stream.readline()
                if not line:
                    return
                if line in (b"\r\n", b"\n"):
                    break
                name, _, value = line.decode().partition(":")
                if name.lower() == "content-length":
                    length = int(value)
            assert length is not None, "a message without Content-Length"
            message = json.loads(await stream.readexactly(length))
            if "method" in message and "id" in message:  # a request from the server: answer it
                self.server_requests += 1
                await self.send({"id": message["id"], "result": None})
            elif "method" in message:
                self.notifications += 1
            else:
                self.answers[message["id"]] = message


def random_uri(rng: random.Random, root: Path) -> str:
    return rng.choice([
        (root / f"missing_{rng.randint(0, 5)}.py").as_uri(),
        (root / "pkg" / "ünïcode name.py").as_uri(),
        "file:///",
        "file:///dev/null",
        "untitled:Untitled-1",
        "http://example.invalid/x.py",
        "not a uri",
        "",
        "file://" + "/a" * 2000 + ".py",
        (root / "folder").as_uri(),
    ])


def random_text(rng: random.Random) -> str:
    return rng.choice([
        "",
        "def f(:\n",
        "def hot(xs):\n    return sorted(xs)[0]\n" * rng.randint(1, 50),
        "\x00\x01binary\udcff".encode("utf-8", "surrogateescape").decode("utf-8", "replace"),
        "x = 1\n" * rng.randint(0, 3000),
        "class A:\n    def m(self):\n        pass\n",
        "🔥" * 100,
    ])


def position(rng: random.Random) -> dict[str, int]:
    return {"line": rng.choice([0, 1, 5, 10**6]), "character": rng.choice([0, 3, 10**6])}


def random_message(rng: random.Random, root: Path, next_id: int, versions: dict[str, int]) -> dict[str, Any]:
    uri = random_uri(rng, root)
    document = {"uri": uri}
    span = {"start": position(rng), "end": position(rng)}
    kind = rng.randrange(13)
    if kind == 0:
        versions[uri] = versions.get(uri, 0) + 1
        return {"method": "textDocument/didOpen", "params": {"textDocument": {
            "uri": uri, "languageId": "python", "version": versions[uri], "text": random_text(rng)}}}
    if kind == 1:
        versions[uri] = versions.get(uri, 0) + 1
        change: dict[str, Any] = {"text": random_text(rng)}
        if rng.random() < 0.5:
            change["range"] = span
        return {"method": "textDocument/didChange", "params": {
            "textDocument": {"uri": uri, "version": versions[uri]}, "contentChanges": [change]}}
    if kind == 2:
        return {"method": "textDocument/didSave", "params": {"textDocument": document}}
    if kind == 3:
        return {"method": "textDocument/didClose", "params": {"textDocument": document}}
    if kind == 4:
        return {"method": "$/cancelRequest", "params": {"id": rng.randint(0, next_id)}}
    if kind == 5:
        return {"id": next_id, "method": "textDocument/codeLens", "params": {"textDocument": document}}
    if kind == 6:
        return {"id": next_id, "method": "textDocument/inlayHint", "params": {
            "textDocument": document, "range": span}}
    if kind == 7:
        return {"id": next_id, "method": "textDocument/hover", "params": {
            "textDocument": document, "position": position(rng)}}
    if kind == 8:
        return {"id": next_id, "method": "textDocument/codeAction", "params": {
            "textDocument": document, "range": span, "context": {"diagnostics": []}}}
    if kind == 9:
        command = rng.choice(["wattlens.profile", "wattlens.optimize", "wattlens.nonsense"])
        arguments = rng.choice([[], [uri], [uri, "no_such_function"], [42], [{"x": 1}], None])
        params: dict[str, Any] = {"command": command}
        if arguments is not None:
            params["arguments"] = arguments
        return {"id": next_id, "method": "workspace/executeCommand", "params": params}
    if kind == 10:
        return {"id": next_id, "method": rng.choice(["wattlens/unknown", "textDocument/nonsense"]), "params": {}}
    if kind == 11:
        return {"method": "workspace/didChangeConfiguration", "params": {"settings": rng.choice([
            None, {}, {"wattlens": {"lensTop": rng.choice([-1, 0, 3, "x"])}}, {"wattlens": []}])}}
    return {"method": "$/unknownNotification", "params": {"anything": [1, 2, 3]}}


async def fuzz(root: Path) -> dict[str, int]:
    client = await RawClient.start(root)
    process = client.process
    await client.send({"id": 0, "method": "initialize", "params": {
        "processId": None, "rootUri": root.as_uri(), "capabilities": {}}})
    await client.send({"method": "initialized", "params": {}})
    rng = random.Random(SEED)
    requests: list[int] = []
    versions: dict[str, int] = {}
    for index in range(1, MESSAGES + 1):
        message = random_message(rng, root, index, versions)
        if "id" in message:
            requests.append(message["id"])
        await client.send(message)
    deadline = asyncio.get_running_loop().time() + ANSWER_TIMEOUT_S
    while not all(i in client.answers for i in requests) and asyncio.get_running_loop().time() < deadline:
        assert process.returncode is None, "the server died"
        await asyncio.sleep(0.1)
    unanswered = [i for i in requests if i not in client.answers]
    assert not unanswered, f"{len(unanswered)} requests never answered, e.g. {unanswered[:5]}"
    assert process.returncode is None, "the server died"

    exit_code = await client.close(MESSAGES + 1)
    errors = [client.answers[i] for i in requests if "error" in client.answers[i]]
    for answer in errors:
        assert isinstance(answer["error"].get("code"), int) and answer["error"].get("message")
        # Unknown method, bad parameters or cancelled: the client's doing.  -32603 would be a bug of ours.
        assert answer["error"]["code"] in (-32601, -32602, -32800), answer
    return {
        "messages": MESSAGES,
        "requests": len(requests),
        "answered": len(requests) - len(unanswered),
        "errors": len(errors),
        "server_notifications": client.notifications,
        "server_requests": client.server_requests,
        "exit_code": exit_code,
    }


def test_random_well_formed_messages_never_crash_or_hang_the_server(tmp_path: Path) -> None:
    counts = asyncio.run(fuzz(tmp_path))
    print(f"\nLSP fuzzing: {counts}")
    assert counts["exit_code"] == 0
    assert counts["answered"] == counts["requests"] > 1000
