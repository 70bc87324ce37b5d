"""Cancelling "Optimize for energy": the request ends at once with RequestCancelled, the
work stops at its next step, the server keeps answering and no file changes."""

from __future__ import annotations

import asyncio
import json
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.test_lsp_fuzz import RawClient
from wattlens.store import AuditLog

pytestmark = pytest.mark.e2e


async def cancel_while_optimizing(shop: Path) -> dict[str, Any]:
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "wattlens", "serve", cwd=shop, stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.DEVNULL,
    )
    client = RawClient(process)
    reader = asyncio.create_task(client.read_forever())
    uri = (shop / "shop" / "orders.py").as_uri()

    async def answer(number: int, timeout_s: float) -> dict[str, Any]:
        deadline = time.monotonic() + timeout_s
        while number not in client.answers:
            assert time.monotonic() < deadline, f"no answer to request {number}"
            await asyncio.sleep(0.05)
        return client.answers[number]

    await client.send({"id": 0, "method": "initialize", "params": {
        "processId": None, "rootUri": shop.as_uri(), "capabilities": {}}})
    await answer(0, 60)
    await client.send({"method": "initialized", "params": {}})
    await client.send({"id": 1, "method": "workspace/executeCommand", "params": {
        "command": "wattlens.optimize", "arguments": [uri, "unknown_skus"]}})
    await asyncio.sleep(3)  # the model is loading or sampling
    cancelled_at = time.monotonic()
    await client.send({"method": "$/cancelRequest", "params": {"id": 1}})
    optimize = await answer(1, 30)
    seen: dict[str, Any] = {"optimize": optimize, "answered_after_s": time.monotonic() - cancelled_at}
    await client.send({"id": 2, "method": "textDocument/codeLens", "params": {"textDocument": {"uri": uri}}})
    seen["lens_answer"] = await answer(2, 30)
    await asyncio.sleep(30)  # let the worker reach its next step and stop
    await client.send({"id": 3, "method": "shutdown", "params": None})
    await answer(3, 60)
    await client.send({"method": "exit", "params": None})
    await asyncio.wait_for(process.wait(), timeout=60)
    reader.cancel()
    return seen


def test_cancel_ends_the_optimization_and_the_server_goes_on(shop: Path) -> None:
    before = (shop / "shop" / "orders.py").read_text()
    seen = asyncio.run(cancel_while_optimizing(shop))
    assert seen["optimize"].get("error", {}).get("code") == -32800, seen["optimize"]
    assert seen["answered_after_s"] < 5
    assert "result" in seen["lens_answer"]
    assert (shop / "shop" / "orders.py").read_text() == before
    # The work stopped: no candidate was verified after the cancel.
    log = AuditLog.for_project(shop).path
    events = [json.loads(line)["event"] for line in log.read_text().splitlines()] if log.exists() else []
    assert "verdict" not in events, events
