"""Real VS Code: a pick list when several candidates pass verification.

With `wattlens.verifyAllCandidates` the server verifies every candidate and
returns them all (`choices`, best first); on examples/shop the model's rewrite
and the membership recipe both pass. The extension must list them with their
trade-off, origin and evidence; Escape discards them all (nothing written);
picking the second offers that patch's own figures and Apply writes its edit.
Screenshots: build/test-artifacts/vscode-pick-list.png, vscode-pick-offer.png.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.e2e.test_vscode import (
    FUNCTION,
    LENS_TIMEOUT_S,
    OPTIMIZE_TIMEOUT_S,
    Editor,
    _function_source,
    open_editor,
)

pytestmark = pytest.mark.e2e

ITEM = re.compile(r"(\d+\.\d)× faster · energy ×(\d+\.\d\d|\?) · memory ×(\d+\.\d\d|\?)\s*([a-z+-]+)")


def _client_log(editor: Editor, wanted: str, timeout_s: float = 15) -> str:
    """The extension's log once it holds `wanted` (the log is written asynchronously)."""
    deadline = time.monotonic() + timeout_s
    text = ""
    while time.monotonic() < deadline:
        logs = editor.user_data.glob("logs/**/wattlens.wattlens/wattlens.log")
        text = "".join(path.read_text(errors="replace") for path in logs)
        if wanted in text:
            break
        time.sleep(0.5)
    return text


def _check_items(reply: dict[str, object]) -> list[str]:
    items = reply["items"]
    assert isinstance(items, list) and len(items) >= 2, reply
    assert reply["title"] == f"wattlens: {len(items)} verified patches for {FUNCTION}", reply["title"]
    for item in items:
        assert ITEM.search(item), item
        assert "llm" in item or "recipe" in item, item
        assert re.search(r"p=\S+, n=\d+ · tests pass", item), item
    assert any("Pareto-optimal" in item for item in items), items
    return items


def test_vscode_pick_list_of_verified_patches(tmp_path: Path) -> None:
    with open_editor(tmp_path, settings={"wattlens.verifyAllCandidates": True}) as editor:
        orders = editor.workspace / "shop" / "orders.py"
        before = orders.read_text()
        discard = editor.stage("pickDiscard", LENS_TIMEOUT_S + OPTIMIZE_TIMEOUT_S + 240)
        _check_items(discard)
        assert not discard["offered"] and not discard["dirty"], discard
        assert orders.read_text() == before, "Escape on the pick list changed the file"
        closed = f"{len(discard['items'])} patches for {FUNCTION} discarded (pick list closed)"
        assert closed in _client_log(editor, closed), closed

        # The first optimization taught the server the winning rewrite, and the model would now
        # repeat it (a duplicate, so one patch and no list): this test is about the list.
        shutil.rmtree(Path(os.environ["WATTLENS_LEARNING_DIR"]) / "examples.lance", ignore_errors=True)
        picked = _pick_second(editor, orders, before)
    print(
        f"vscode pick list after {discard['optimizeSeconds']:.1f} s: {discard['title']}: {discard['items']} "
        f"({discard['screenshot']}); picked {picked['picked']!r} → {picked['summary']!r} ({picked['screenshot']})"
    )


def _pick_second(editor: Editor, orders: Path, before: str) -> dict[str, object]:
    reply = editor.stage("pickApply", OPTIMIZE_TIMEOUT_S + 240)
    _check_items(reply)
    label, summary = str(reply["picked"]), str(reply["summary"])
    match, offered = ITEM.search(label), re.search(r"— (\d+\.\d\d)× faster", summary)
    assert match and offered, (label, summary)
    # The offer describes the picked patch, not the best one. The label rounds the ratio to one
    # decimal and the summary to two, so 6.648 reads 6.6 in one and 6.65 in the other.
    assert abs(float(offered.group(1)) - float(match.group(1))) <= 0.055, (label, summary)
    assert match.group(2) == "?" or f"energy ×{match.group(2)}" in summary, (label, summary)
    # The extension took the picked candidate (its source), and applied it.
    log = _client_log(editor, f"patch for {FUNCTION} applied")
    picked_log = re.search(rf"patch (\S+) \(([^)]+)\) picked for {FUNCTION}", log)
    assert picked_log and picked_log.group(2) == match.group(4), (label, picked_log and picked_log.group(0))
    assert f"patch for {FUNCTION} applied" in log
    after = orders.read_text()
    assert after != before, "Apply did not write the picked patch"
    print(f"picked patch applied:\n{_function_source(orders, FUNCTION)}")
    tests = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "tests"],
        cwd=editor.workspace,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert tests.returncode == 0, f"the picked patch breaks the project's tests:\n{tests.stdout[-3000:]}\n{after}"
    return reply

