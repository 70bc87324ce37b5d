"""What wattlens remembers per project: the audit log and the history of runs.

Both live under the user cache, one file each per project (`audit/<key>.jsonl`,
`history/<key>.sqlite`, where the key is the folder's name and a hash of its path).

- The audit log has the prompt, every model reply, every candidate diff and
  every verdict, and what was written to the project, as JSON lines: a user can
  see afterwards exactly what the model said and why a patch was or was not offered.
- The history (SQLite) has every profile, every verdict (with the fields of the
  seed's dataset sample: scope, code before and after, CPU seconds and kWh before
  and after, tests) and every regression check; `wattlens report` draws it.

Writing either never stops the work: if the disk is full, the run goes on and the
store says so once in the server's log.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
import statistics
import subprocess
import time
from contextlib import closing
from pathlib import Path
from typing import Any

from wattlens.config import cache_dir
from wattlens.models import Candidate, Profile, RegressionCheck, Verdict

log = logging.getLogger(__name__)


def project_key(root: Path) -> str:
    """The file name stem of a project's stores: its folder's name and a hash of its path."""
    root = root.resolve()
    return f"{root.name or 'root'}-{hashlib.sha256(str(root).encode()).hexdigest()[:8]}"


class AuditLog:
    """Append-only JSON lines for one project."""

    def __init__(self, path: Path, project: Path) -> None:
        self.path = path
        self.project = str(project)
        self.broken: str | None = None
        """Why the log could not be written (None while it can)."""

    @classmethod
    def for_project(cls, root: Path) -> AuditLog:
        """The log of the project at `root`."""
        return cls(cache_dir() / "audit" / f"{project_key(root)}.jsonl", root.resolve())

    def write(self, event: str, **fields: Any) -> None:
        """Append one record; remember (and log once) when the disk refuses it."""
        if self.broken is not None:
            return
        record = {"time": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "project": self.project, "event": event, **fields}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as handle:
                handle.write(json.dumps(record, default=str, ensure_ascii=False) + "\n")
        except OSError as err:
            self.broken = f"{self.path}: {err.strerror or err}"
            log.warning("the audit log cannot be written (%s); the run goes on without it", self.broken)


_SCHEMA = """
CREATE TABLE IF NOT EXISTS profiles (
    id INTEGER PRIMARY KEY, time TEXT, git_commit TEXT, command TEXT, mode TEXT,
    elapsed_s REAL, cpu_s REAL, energy_j REAL, energy_source TEXT, co2e_g REAL, profile TEXT);
CREATE TABLE IF NOT EXISTS verdicts (
    id INTEGER PRIMARY KEY, time TEXT, candidate TEXT, generator TEXT, repo TEXT, git_commit TEXT,
    scope TEXT, code_before TEXT, code_after TEXT, diff TEXT, profile_before TEXT, profile_after TEXT,
    tests_passed INTEGER, accepted INTEGER, speedup REAL, p_value REAL, n INTEGER, energy_ratio REAL,
    energy_source TEXT, notes TEXT, verdict TEXT);
CREATE TABLE IF NOT EXISTS checks (
    id INTEGER PRIMARY KEY, time TEXT, baseline TEXT, baseline_commit TEXT, regressed INTEGER,
    time_ratio REAL, energy_ratio REAL, result TEXT);
"""


class History:
    """Profiles, verdicts and regression checks of one project, in SQLite."""

    def __init__(self, path: Path, project: Path) -> None:
        self.path = path
        self.project = project
        self.broken: str | None = None
        self._schema_ready = False

    @classmethod
    def for_project(cls, root: Path) -> History:
        """The history of the project at `root`."""
        return cls(cache_dir() / "history" / f"{project_key(root)}.sqlite", root.resolve())

    def record_profile(self, profile: Profile) -> None:
        """Remember one profile of the project's workload."""
        e = profile.energy
        self._insert(
            "INSERT INTO profiles (time, git_commit, command, mode, elapsed_s, cpu_s, energy_j, energy_source,"
            " co2e_g, profile) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (_now(), _git_commit(self.project), " ".join(profile.command), profile.mode, profile.elapsed_s,
             profile.cpu_s, e.joules, e.source, e.co2e_g, profile.model_dump_json(by_alias=True)),
        )

    def record_verdict(
        self, scope: str, candidate: Candidate, verdict: Verdict, code_before: str, profile: Profile | None
    ) -> None:
        """Remember one verdict with the seed dataset's fields (kWh only where a profile says)."""
        bench = verdict.benchmark
        before = after = None
        if bench is not None:
            base_cpu, cand_cpu = _median(bench.baseline_cpu_s), _median(bench.candidate_cpu_s)
            kwh = profile.energy.joules / 3.6e6 if profile is not None else None
            before = {"cpu_seconds": base_cpu, "kWh": kwh}
            after = {"cpu_seconds": cand_cpu, "kWh": kwh * bench.energy_ratio if kwh is not None else None}
        self._insert(
            "INSERT INTO verdicts (time, candidate, generator, repo, git_commit, scope, code_before, code_after,"
            " diff, profile_before, profile_after, tests_passed, accepted, speedup, p_value, n, energy_ratio,"
            " energy_source, notes, verdict) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (_now(), candidate.id, candidate.source, _git_remote(self.project) or str(self.project),
             _git_commit(self.project), scope, code_before, candidate.new_source or None, candidate.diff,
             json.dumps(before), json.dumps(after),
             None if verdict.tests is None else int(verdict.tests.passed), int(verdict.accepted),
             bench.speedup if bench else None, bench.p_value if bench else None, bench.n if bench else None,
             bench.energy_ratio if bench else None, bench.energy_source if bench else None,
             candidate.rationale, verdict.model_dump_json()),
        )

    def record_check(self, check: RegressionCheck) -> None:
        """Remember one regression check."""
        self._insert(
            "INSERT INTO checks (time, baseline, baseline_commit, regressed, time_ratio, energy_ratio, result)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (_now(), check.baseline, check.baseline_commit, int(check.regressed), check.time.ratio,
             check.energy.ratio, check.model_dump_json(by_alias=True)),
        )

    def profiles(self) -> list[tuple[str, Profile]]:
        """(time, profile) of every profile, oldest first."""
        rows = self._select("SELECT time, profile FROM profiles ORDER BY id")
        return [(when, Profile.model_validate_json(profile)) for when, profile in rows]

    def verdicts(self) -> list[tuple[str, str, Verdict]]:
        """(time, scope, verdict) of every verdict, oldest first."""
        rows = self._select("SELECT time, scope, candidate, verdict FROM verdicts ORDER BY id")
        return [(when, f"{scope} · {candidate}", Verdict.model_validate_json(v)) for when, scope, candidate, v in rows]

    def checks(self) -> list[tuple[str, RegressionCheck]]:
        """(time, check) of every regression check, oldest first."""
        rows = self._select("SELECT time, result FROM checks ORDER BY id")
        return [(when, RegressionCheck.model_validate_json(result)) for when, result in rows]

    def _insert(self, sql: str, values: tuple[object, ...]) -> None:
        if self.broken is not None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with closing(self._connect()) as db, db:
                db.execute(sql, values)
        except (sqlite3.Error, OSError) as err:
            self.broken = f"{self.path}: {err}"
            log.warning("the history cannot be written (%s); the run goes on without it", self.broken)

    def _select(self, sql: str) -> list[tuple[Any, ...]]:
        if not self.path.is_file():
            return []
        with closing(self._connect()) as db:
            return list(db.execute(sql))

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=10)
        if not self._schema_ready:  # once per History: the tables then exist for its life
            db.executescript(_SCHEMA)
            self._schema_ready = True
        return db


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S%z")


def _median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def _git(root: Path, *args: str) -> str | None:
    try:
        done = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, timeout=10, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout.strip() or None if done.returncode == 0 else None


def _git_commit(root: Path) -> str | None:
    return _git(root, "rev-parse", "HEAD")


def _git_remote(root: Path) -> str | None:
    return _git(root, "remote", "get-url", "origin")
