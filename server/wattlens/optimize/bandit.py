"""Which generator to try first, chosen from how each one fared for this user before.

A generator ("arm") is pulled when one of its candidates is verified; it pays
1 when the candidate is accepted.  Arms are ordered by UCB1 (mean reward plus
an exploration bonus that shrinks with use), which is deterministic: the same
history always gives the same order, so a run can be reproduced, and an arm
never tried goes first in the caller's default order.  With the pipeline
stopping at the first accepted candidate, putting the likelier winner first
saves whole model runs and sandbox verifications.

The counts live in one small SQLite file per user (`learning/generators.sqlite`
in the cache), shared by the CLI and the server; concurrent processes add to it
with single UPDATE statements, so no count is lost.
"""

from __future__ import annotations

import logging
import math
import sqlite3
from collections.abc import Sequence
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

log = logging.getLogger(__name__)

FILE_NAME = "generators.sqlite"
Arm = TypeVar("Arm", bound=str)


@dataclass(frozen=True)
class ArmStats:
    """How often an arm's candidates were verified, and how often accepted."""

    arm: str
    tried: int
    accepted: int

    @property
    def mean(self) -> float:
        return self.accepted / self.tried if self.tried else 0.0


class GeneratorBandit:
    """UCB1 over generator kinds, persisted in `folder`."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / FILE_NAME

    def order(self, arms: Sequence[Arm]) -> list[Arm]:
        """`arms` with the most promising first; untried arms keep their given order, first."""
        stats = self.stats()
        total = sum(stats[a].tried for a in arms if a in stats)

        def score(arm: Arm) -> float:
            seen = stats.get(arm)
            if seen is None or seen.tried == 0:
                return math.inf
            return seen.mean + math.sqrt(2.0 * math.log(max(total, 1)) / seen.tried)

        # sorted() is stable: ties keep the caller's default order.
        return sorted(arms, key=lambda arm: -score(arm))

    def record(self, arm: str, accepted: bool) -> None:
        """Count one verified candidate of `arm`; a store that cannot be written is logged, not raised."""
        try:
            with closing(self._connect()) as db, db:
                db.execute(
                    "INSERT INTO arms(arm, tried, accepted) VALUES (?, 1, ?) "
                    "ON CONFLICT(arm) DO UPDATE SET tried = tried + 1, accepted = accepted + excluded.accepted",
                    (arm, int(accepted)),
                )
        except (sqlite3.Error, OSError) as err:
            log.warning("cannot record the outcome of %s in %s: %s", arm, self.path, err)

    def stats(self) -> dict[str, ArmStats]:
        """Every arm's counts so far (empty when nothing was recorded or the store is unreadable)."""
        if not self.path.exists():
            return {}
        try:
            with closing(self._connect()) as db:
                rows = db.execute("SELECT arm, tried, accepted FROM arms").fetchall()
        except (sqlite3.Error, OSError) as err:
            log.warning("cannot read %s: %s", self.path, err)
            return {}
        return {str(arm): ArmStats(str(arm), int(tried), int(accepted)) for arm, tried, accepted in rows}

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, timeout=10.0)
        db.execute(
            "CREATE TABLE IF NOT EXISTS arms("
            "arm TEXT PRIMARY KEY, tried INTEGER NOT NULL, accepted INTEGER NOT NULL)"
        )
        return db
