"""Workspace trust: in an untrusted workspace the server runs nothing of the project and says
why in a lens; trusting the workspace (a settings change, no restart) turns it back on."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.test_lsp_fuzz import RawClient

pytestmark = pytest.mark.e2e


async def session(shop: Path) -> dict[str, Any]:
    client = await RawClient.start(shop)
    uri = (shop / "shop" / "orders.py").as_uri()
    document = {"uri": uri}

    async def ask(number: int, method: str, params: dict[str, Any]) -> Any:
        await client.send({"id": number, "method": method, "params": params})
        answer = await client.answer(number, 30)
        return answer.get("result", answer.get("error"))

    await ask(0, "initialize", {"processId": None, "rootUri": shop.as_uri(), "capabilities": {},
                                "initializationOptions": {"settings": {"trusted": False}}})
    await client.send({"method": "initialized", "params": {}})
    await client.send({"method": "textDocument/didOpen", "params": {"textDocument": {
        "uri": uri, "languageId": "python", "version": 1, "text": (shop / "shop" / "orders.py").read_text()}}})
    await client.send({"method": "textDocument/didSave", "params": {"textDocument": document}})
    await asyncio.sleep(2)  # a profile, were one started, would be running now
    seen: dict[str, Any] = {
        "lenses": await ask(1, "textDocument/codeLens", {"textDocument": document}),
        "profile": await ask(2, "workspace/executeCommand", {"command": "wattlens.profile", "arguments": [uri]}),
        "optimize": await ask(3, "workspace/executeCommand",
                              {"command": "wattlens.optimize", "arguments": [uri, "unknown_skus"]}),
        "progress_requests": client.server_requests,
    }
    await client.send({"method": "workspace/didChangeConfiguration",
                       "params": {"settings": {"wattlens": {"trusted": True}}}})
    seen["lenses_after_trust"] = await ask(4, "textDocument/codeLens", {"textDocument": document})
    await client.close(5)
    return seen


def test_an_untrusted_workspace_runs_nothing_and_says_why(shop: Path) -> None:
    seen = asyncio.run(session(shop))
    (lens,) = seen["lenses"]
    assert "workspace not trusted" in lens["command"]["title"] and lens["range"]["start"]["line"] == 0
    assert seen["profile"]["ok"] is False and "not trusted" in seen["profile"]["message"]
    assert seen["optimize"]["verdict"] == "none" and "not trusted" in seen["optimize"]["message"]
    assert seen["progress_requests"] == 0  # no work was started, so no progress was created
    assert seen["lenses_after_trust"] == []  # trusted now; no profile yet, so no lens either
    assert not list(shop.rglob("*.wattlens.bak"))
