"""The README's first command, `make demo`, exactly as a user runs it.

The test command has already set up everything with `scripts/setup.sh --tests`;
`make demo` runs the plain set-up (its own code path) and then the main job, so
a break in either shows here and not first on a user's fresh machine.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]


def test_make_demo_sets_up_and_prints_a_verified_patch() -> None:
    # As typed in a shell: not as a sub-make of `make test`.
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MAKELEVEL", "MFLAGS")}
    done = subprocess.run(["make", "demo"], cwd=ROOT, capture_output=True, text=True, timeout=1200, check=False,
                          env=env)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    out = done.stdout
    assert "unknown_skus" in out and "≈ estimated" in out
    assert "Accepted patch" in out and "+++ b/shop/orders.py" in out
    summary = [line for line in out.splitlines() if line.startswith("speedup ")]
    assert summary and "tests pass" in summary[-1]
    # What the run taught: the generators' outcomes and the accepted rewrite as an example.
    learning = Path(os.environ["WATTLENS_LEARNING_DIR"])
    assert (learning / "generators.sqlite").is_file()
    import lancedb

    tables = lancedb.connect(str(learning / "examples.lance")).list_tables().tables
    assert any(t.startswith("learned_") for t in tables), done.stderr[-3000:]
