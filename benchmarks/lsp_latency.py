"""Latency of codeLens / inlayHint / hover on a 5,000-line file, idle and while a profile runs.

Starts the real server (`python -m wattlens serve`) over stdio and talks JSON-RPC
to it as an editor would. A generated project gets a cached profile from a quick
workload; then each method is requested many times (with an edit every few
requests, as while typing), once with the server idle and once while a slow
workload (>= 10 s) is being profiled. Prints p50/p95 per method and phase, and
the worst p95 last (target: <= 50 ms).

    .venv/bin/python benchmarks/lsp_latency.py [--requests 300] [--json raw.json]
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

TARGET_P95_MS = 50.0
LINES = 5000
METHODS = ("textDocument/codeLens", "textDocument/inlayHint", "textDocument/hover")


def _big_module() -> str:
    """About 5,000 lines: many small functions, and a few hot ones the workloads call."""
    parts = ['"""Generated for the latency benchmark."""\n\n']
    for i in range(3):
        parts.append(
            f"def hot_{i}(n):\n    total = 0\n    for k in range(n):\n        total += (k * {i + 3}) % 7\n"
            f"    for k in range(n):\n        total -= k % 5\n    return total\n\n\n"
        )
    index = 0
    while sum(p.count("\n") for p in parts) < LINES - 12:
        parts.append(
            f"def filler_{index}(a, b):\n    c = a + b\n    d = c * 2\n    e = d - a\n"
            f"    f = e // (b or 1)\n    g = [f] * 3\n    h = sum(g)\n    return h + {index}\n\n\n"
        )
        index += 1
    return "".join(parts)


def _workload(seconds: float) -> str:
    return (
        "import time\nimport big\n\n"
        f"end = time.perf_counter() + {seconds}\n"
        "while time.perf_counter() < end:\n"
        "    big.hot_0(20000)\n    big.hot_1(10000)\n    big.hot_2(5000)\n"
        "    big.filler_1(1, 2)\n"
    )


class Client:
    """A minimal LSP client: requests with ids, answers to server requests, notifications kept."""

    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process
        self._ids = itertools.count(1)
        self._pending: dict[int, asyncio.Future[Any]] = {}
        self.diagnostics: dict[str, list[Any]] = {}
        self.progress: list[dict[str, Any]] = []
        self.messages: list[str] = []
        self._reader = asyncio.create_task(self._read())

    def _send(self, message: dict[str, Any]) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode()
        assert self.process.stdin is not None
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    async def request(self, method: str, params: Any) -> Any:
        """Send a request and wait for its result."""
        ident = next(self._ids)
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self._pending[ident] = future
        self._send({"id": ident, "method": method, "params": params})
        return await future

    def notify(self, method: str, params: Any) -> None:
        """Send a notification."""
        self._send({"method": method, "params": params})

    async def _read(self) -> None:
        stream = self.process.stdout
        assert stream is not None
        while True:
            length = 0
            while True:
                header = await stream.readline()
                if not header:
                    return
                if header in (b"\r\n", b"\n"):
                    break
                name, _, value = header.decode().partition(":")
                if name.lower() == "content-length":
                    length = int(value)
            message = json.loads(await stream.readexactly(length))
            if "method" in message and "id" in message:  # a request from the server: accept it
                self._send({"id": message["id"], "result": None})
            elif "method" in message:
                params = message.get("params") or {}
                if message["method"] == "textDocument/publishDiagnostics":
                    self.diagnostics[params["uri"]] = params["diagnostics"]
                elif message["method"] == "$/progress":
                    self.progress.append(params)
                elif message["method"] == "window/showMessage":
                    self.messages.append(params["message"])
            else:
                future = self._pending.pop(message["id"])
                if "error" in message:
                    future.set_exception(RuntimeError(message["error"]))
                else:
                    future.set_result(message.get("result"))


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


async def _measure(
    client: Client, uri: str, text: str, requests: int, pause_s: float = 0.0
) -> dict[str, list[float]]:
    """Round-trip times in ms per method; every 10th round edits the document first.

    `pause_s` between rounds spreads the requests over time (over a running profile).
    """
    lens = await client.request("textDocument/codeLens", {"textDocument": {"uri": uri}})
    hot_def = lens[0]["range"]["start"]["line"]
    whole = {"start": {"line": 0, "character": 0}, "end": {"line": text.count("\n") + 1, "character": 0}}
    hints = await client.request("textDocument/inlayHint", {"textDocument": {"uri": uri}, "range": whole})
    hot_line = hints[0]["position"]["line"] if hints else hot_def
    params = {
        "textDocument/codeLens": {"textDocument": {"uri": uri}},
        "textDocument/inlayHint": {"textDocument": {"uri": uri}, "range": whole},
    }
    samples: dict[str, list[float]] = {method: [] for method in METHODS}
    version = 100
    for round_ in range(requests):
        if round_ % 10 == 9:  # typing: a new version, so the server's per-version view is rebuilt
            version += 1
            edited = text + f"\n# edit {version}\n"
            client.notify(
                "textDocument/didChange",
                {"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": edited}]},
            )
        for method in METHODS:
            line = hot_def if round_ % 2 else hot_line
            sent = params.get(method) or {"textDocument": {"uri": uri}, "position": {"line": line, "character": 6}}
            start = time.perf_counter()
            await client.request(method, sent)
            samples[method].append((time.perf_counter() - start) * 1000)
        await asyncio.sleep(pause_s)
    return samples


async def _wait(condition: Any, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(f"lsp_latency: no {what} after {timeout:.0f} s")
        await asyncio.sleep(0.05)


async def main() -> None:
    """Run both phases and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=300, help="requests per method and phase (>= 200)")
    parser.add_argument("--slow-s", type=float, default=20.0, help="length of the workload profiled meanwhile")
    parser.add_argument("--json", type=Path, help="write the raw round-trip times (ms) here")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="wattlens-latency-") as tmp:
        root = Path(tmp)
        (root / "pyproject.toml").write_text('[tool.wattlens]\nworkload = "python quick.py"\n')
        text = _big_module()
        (root / "big.py").write_text(text)
        (root / "quick.py").write_text(_workload(1.5))
        (root / "slow.py").write_text(_workload(args.slow_s))
        uri = (root / "big.py").as_uri()

        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "wattlens", "serve", cwd=root,
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.DEVNULL,
        )  # fmt: skip
        client = Client(process)
        capabilities = {
            "window": {"workDoneProgress": True},
            "workspace": {"codeLens": {"refreshSupport": True}, "inlayHint": {"refreshSupport": True}},
            "textDocument": {"hover": {"contentFormat": ["markdown", "plaintext"]}},
        }
        await client.request(
            "initialize",
            {"processId": None, "rootUri": root.as_uri(), "capabilities": capabilities, "initializationOptions": {}},
        )
        client.notify("initialized", {})
        client.notify(
            "textDocument/didOpen",
            {"textDocument": {"uri": uri, "languageId": "python", "version": 1, "text": text}},
        )
        client.notify("textDocument/didSave", {"textDocument": {"uri": uri}})
        await _wait(lambda: client.diagnostics.get(uri), 300, f"profile of the quick workload ({client.messages})")
        print(f"{text.count(chr(10))}-line file profiled; {len(client.diagnostics[uri])} hotspot(s)")

        phases: dict[str, dict[str, list[float]]] = {}
        phases["idle"] = await _measure(client, uri, text, args.requests)

        client.notify("workspace/didChangeConfiguration", {"settings": {"wattlens": {"workload": "python slow.py"}}})
        begun = len(client.progress)
        client.notify("textDocument/didSave", {"textDocument": {"uri": uri}})
        await _wait(
            lambda: any(p["value"].get("kind") == "begin" for p in client.progress[begun:]), 60, "profiling progress"
        )
        started = time.monotonic()
        pause = 0.75 * args.slow_s / args.requests  # spread over most of the profiled run
        phases["profiling"] = await _measure(client, uri, text, args.requests, pause)
        measured_s = time.monotonic() - started
        still_running = not any(p["value"].get("kind") == "end" for p in client.progress[begun:])
        print(f"during the profile: {measured_s:.1f} s of requests; profile still running at the end: {still_running}")

        await client.request("shutdown", None)
        client.notify("exit", None)
        await asyncio.wait_for(process.wait(), 30)

    if args.json:
        args.json.write_text(json.dumps(phases, indent=1))
    worst = ("", "", 0.0)
    for phase, samples in phases.items():
        for method, values in samples.items():
            p50, p95 = statistics.median(values), _percentile(values, 0.95)
            print(f"{phase:>9}  {method:<24} n={len(values):<4} p50 {p50:6.2f} ms  p95 {p95:6.2f} ms")
            if p95 > worst[2]:
                worst = (phase, method, p95)
    verdict = "ok" if worst[2] <= TARGET_P95_MS else "over target"
    print(f"worst p95: {worst[2]:.2f} ms ({worst[1]}, {worst[0]}; target <= {TARGET_P95_MS:.0f} ms, {verdict})")


if __name__ == "__main__":
    asyncio.run(main())
