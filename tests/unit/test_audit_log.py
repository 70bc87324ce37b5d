"""The audit log: JSON lines per project, and a run that goes on when the disk refuses them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wattlens.store import AuditLog


def test_records_are_json_lines_per_project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WATTLENS_CACHE_DIR", str(tmp_path / "cache"))
    log = AuditLog.for_project(tmp_path / "shop")
    log.write("prompt", target="shop/orders.py:f", messages=[{"role": "user", "content": "ü"}])
    log.write("verdict", target="shop/orders.py:f", verdict={"accepted": False}, path=Path("/x"))
    records = [json.loads(line) for line in log.path.read_text(encoding="utf-8").splitlines()]
    assert [r["event"] for r in records] == ["prompt", "verdict"]
    assert records[0]["messages"][0]["content"] == "ü" and records[1]["path"] == "/x"
    assert records[0]["project"] == str((tmp_path / "shop").resolve())
    assert AuditLog.for_project(tmp_path / "other").path != log.path


def test_an_unwritable_log_does_not_stop_the_run(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    log = AuditLog(blocker / "audit.jsonl", tmp_path)  # its folder is a file: every write fails
    log.write("prompt")
    log.write("verdict")
    assert log.broken is not None and "audit.jsonl" in log.broken
