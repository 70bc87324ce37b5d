"""Cancelling "Optimize for energy": the request ends at once with RequestCancelled, the
work stops at its next step, the server keeps answering and no file changes."""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.test_lsp_fuzz import RawClient
from wattlens.store import AuditLog

pytestmark = pytest.mark.e2e


async def cancel_while_optimizing(shop: Path) -> dict[str, Any]:
    client = await RawClient.start(shop)
    answer = client.answer
    uri = (shop / "shop" / "orders.py").as_uri()

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
    await client.close(3, timeout_s=60)
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
