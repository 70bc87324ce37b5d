"""Server start: from spawning `python -m wattlens serve` to its first code-lens answer.

What an editor waits for after opening a Python file (the extension itself starts in
well under a second): the interpreter starts, wattlens imports, the server answers
`initialize`, takes the document and answers `textDocument/codeLens`.  Measured
interleaved with a bare `python -c pass` so that the machine's noise hits both;
the figure printed last is the median time and its ratio to the bare start.
Target: ≤ 2 s.  Usage:

    python benchmarks/server_start.py [--runs N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any


def frame(message: dict[str, Any]) -> bytes:
    body = json.dumps({"jsonrpc": "2.0", **message}).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def read_answer(stream: Any, wanted: int) -> dict[str, Any]:
    while True:
        length = 0
        while (line := stream.readline()) not in (b"\r\n", b"\n", b""):
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":")[1])
        if not length:
            raise RuntimeError("the server closed its output")
        message = json.loads(stream.read(length))
        if message.get("id") == wanted and "method" not in message:
            return message


def serve_until_first_lens(root: Path) -> float:
    document = root / "m.py"
    started = time.perf_counter()
    server = subprocess.Popen([sys.executable, "-m", "wattlens", "serve"], cwd=root, stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert server.stdin is not None and server.stdout is not None
    server.stdin.write(frame({"id": 1, "method": "initialize", "params": {
        "processId": None, "rootUri": root.as_uri(), "capabilities": {}}}))
    server.stdin.write(frame({"method": "initialized", "params": {}}))
    server.stdin.write(frame({"method": "textDocument/didOpen", "params": {"textDocument": {
        "uri": document.as_uri(), "languageId": "python", "version": 1, "text": document.read_text()}}}))
    server.stdin.write(frame({"id": 2, "method": "textDocument/codeLens", "params": {
        "textDocument": {"uri": document.as_uri()}}}))
    server.stdin.flush()
    read_answer(server.stdout, 1)
    read_answer(server.stdout, 2)
    elapsed = time.perf_counter() - started
    server.stdin.write(frame({"id": 3, "method": "shutdown", "params": None}))
    server.stdin.write(frame({"method": "exit", "params": None}))
    server.stdin.close()
    server.wait(timeout=30)
    return elapsed


def bare_python() -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "m.py").write_text("def f(xs):\n    return sorted(xs)[0]\n")
        serve_until_first_lens(root)  # warm the file system cache once, untimed
        server, bare = [], []
        for _ in range(args.runs):
            server.append(serve_until_first_lens(root))
            bare.append(bare_python())
    median_server, median_bare = statistics.median(server), statistics.median(bare)
    print(f"bare `python -c pass`: median {median_bare * 1000:.0f} ms over {args.runs} runs")
    print(f"server start to first code lens: median {median_server:.2f} s, max {max(server):.2f} s, "
          f"{median_server / median_bare:.1f}x a bare interpreter start (target <= 2 s, "
          f"{'ok' if median_server <= 2 else 'MISSED'})")


if __name__ == "__main__":
    main()
