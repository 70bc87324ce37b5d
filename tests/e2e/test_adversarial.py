"""Hostile and broken candidates: each is contained by the sandbox and rejected with a clear
reason, the user's project is untouched and no container or volume is left behind.

Every hostile candidate also carries the real fix of the example's hotspot (a set
lookup, ~6x faster), so it would be accepted on speed alone: the attack itself must
be what rejects it.
"""

from __future__ import annotations

import difflib
import time
from pathlib import Path

import pytest

from tests.conftest import EXAMPLE
from tests.e2e.test_sandbox import Verifier, engine, verify  # noqa: F401 - fixtures

pytestmark = pytest.mark.e2e

ORDERS = "shop/orders.py"
SLOW_BODY = """    unknown = []
    for sku in order_skus:
        if sku not in catalog_skus:
            unknown.append(sku)
    return unknown
"""
FAST_BODY = """    known = set(catalog_skus)
    return [sku for sku in order_skus if sku not in known]
"""


def diff_of(path: str, old: str, new: str) -> str:
    return "".join(difflib.unified_diff(
        old.splitlines(keepends=True), new.splitlines(keepends=True), f"a/{path}", f"b/{path}"
    ))


def hostile(prelude: str, imports: str = "") -> str:
    """A diff of shop/orders.py: `prelude` runs at each call, then the real fix."""
    old = (EXAMPLE / ORDERS).read_text()
    body = "".join(f"    {line}\n" if line else "\n" for line in prelude.strip("\n").splitlines())
    new = old.replace(SLOW_BODY, body + FAST_BODY)
    if imports:
        new = new.replace("from dataclasses import dataclass\n", f"from dataclasses import dataclass\n{imports}\n")
    assert new != old
    return diff_of(ORDERS, old, new)


CASES: dict[str, tuple[str, str]] = {
    "network": (hostile("""
try:
    socket.create_connection(("example.org", 80), timeout=1).close()
except OSError:
    pass
""", "import socket"), "network access"),
    "writes outside the work dir": (hostile("""
for place in ("/etc/wattlens-was-here", "/home/wattlens-was-here", "/work/escaped"):
    try:
        open(place, "w").write("x")
    except OSError:
        pass
"""), "write outside its working copy"),
    "reads host files": (hostile("""
for secret in ("/etc/passwd", "/root/.ssh/id_rsa", "/proc/1/environ"):
    try:
        open(secret).read()
    except OSError:
        pass
"""), "read files outside the project"),
    "fork bomb": (hostile("""
while True:
    try:
        os.fork()
    except OSError:
        pass
""", "import os"), "timed out|started processes|fork"),
    "memory bomb": (hostile("""
hoard = [bytearray(64 * 1024 * 1024) for _ in range(64)]
""",), "out of memory|memoryerror|breaks the tests"),
    "infinite loop": (hostile("""
while True:
    pass
"""), "timed out"),
    "output flood": (hostile("""
for _ in range(200):
    sys.stdout.write("x" * (1 << 20))
    sys.stderr.write("y" * (1 << 20))
""", "import sys"), "flooded its output|breaks the tests|out of memory"),
    "sleeps to game timing": (hostile("""
time.sleep(0.002)
""", "import time"), "sleeps where the original does not|calls time.sleep"),
    "patches time.perf_counter": (hostile("""
time.perf_counter = lambda: 0.0
""", "import time"), "tampers with timing"),
    "deletes files": (hostile("""
for name in ("pyproject.toml", "workload.py"):
    try:
        os.remove(name)
    except OSError:
        pass
""", "import os"), "deleted files"),
    "background process": (hostile("""
subprocess.Popen(["sleep", "600"], start_new_session=True)
""", "import subprocess"), "started processes"),
    "kills its parent": (hostile("""
getattr(os, "ki" + "ll")(os.getppid(), 9)
""", "import os"), "sent signals"),
    "remembers results between calls": (hostile("""
global _MEMO
key = (tuple(order_skus), tuple(catalog_skus))
if key in _MEMO:
    return _MEMO[key]
""", "_MEMO: dict = {}"), "keeps state between calls"),
    "rewrites the harness": (hostile("""
try:
    open("/work/.wattlens/harness.py", "w").write("print('accepted')")
except OSError:
    pass
"""), "tampers with timing, the interpreter or the harness"),
}


def _syntax_error_diff() -> str:
    old = (EXAMPLE / ORDERS).read_text()
    return diff_of(ORDERS, old, old.replace(SLOW_BODY, FAST_BODY.replace("not in known]", "not in known")))


def _stale_diff() -> str:
    old = (EXAMPLE / ORDERS).read_text()
    diff = diff_of(ORDERS, old, old.replace(SLOW_BODY, FAST_BODY))
    return diff.replace("        if sku not in catalog_skus:", "        if sku in catalog_skus and True:")


def _edits_tests_diff() -> str:
    path = "tests/test_orders.py"
    old = (EXAMPLE / path).read_text()
    return diff_of(path, old, old + "\n\ndef test_nothing():\n    pass\n")


CASES["syntax error"] = (_syntax_error_diff(), "syntax error in shop/orders.py")
CASES["diff that does not apply"] = (_stale_diff(), "context|does not match|not found")
CASES["edits the tests"] = (_edits_tests_diff(), "test or test-configuration file")


@pytest.mark.parametrize("case", list(CASES))
def test_hostile_or_broken_candidate_is_contained_and_rejected(verify: Verifier, tmp_path: Path, case: str) -> None:  # noqa: F811
    diff, expected = CASES[case]
    fixture = tmp_path / "candidate.diff"
    fixture.write_text(diff)
    started = time.monotonic()
    verdict = verify(str(fixture))
    reasons = " ".join(verdict.reasons).lower()
    assert not verdict.accepted, f"{case}: accepted"
    assert any(word.lower() in reasons for word in expected.split("|")), f"{case}: {verdict.reasons}"
    assert time.monotonic() - started < 120


def test_a_change_that_tests_and_output_miss_is_caught_by_replay(verify: Verifier, tmp_path: Path) -> None:  # noqa: F811
    # Same count and same first three SKUs (all the workload prints), same result on the
    # tests' small inputs; only on the real, large input is the order changed.
    old = (EXAMPLE / ORDERS).read_text()
    wrong = FAST_BODY.replace(
        "    return [sku for sku in order_skus if sku not in known]\n",
        "    found = [sku for sku in order_skus if sku not in known]\n"
        "    return found if len(found) < 100 else found[:3] + sorted(found[3:])\n",
    )
    fixture = tmp_path / "candidate.diff"
    fixture.write_text(diff_of(ORDERS, old, old.replace(SLOW_BODY, wrong)))
    verdict = verify(str(fixture))
    assert not verdict.accepted
    reasons = " ".join(verdict.reasons)
    assert verdict.tests is not None and verdict.tests.passed
    assert "behaves differently on a real input" in reasons and "recorded call 1 of unknown_skus" in reasons
    assert "(At result[" in reasons and "the original has 'SKU" in reasons  # where the two lists part


def test_a_candidate_that_mutates_its_argument_is_caught_by_replay(verify: Verifier, tmp_path: Path) -> None:  # noqa: F811
    old = (EXAMPLE / ORDERS).read_text()
    mutating = "    catalog_skus.reverse()\n" + FAST_BODY
    fixture = tmp_path / "candidate.diff"
    fixture.write_text(diff_of(ORDERS, old, old.replace(SLOW_BODY, mutating)))
    verdict = verify(str(fixture))
    assert not verdict.accepted
    reasons = " ".join(verdict.reasons)
    assert "leaves its arguments in a different state" in reasons
    assert "(At args[1][0], the original has 'SKU-000000'" in reasons, reasons  # catalog_skus, reversed


def test_a_change_only_on_inputs_nobody_recorded_is_caught_by_made_up_inputs(
    verify: Verifier, tmp_path: Path  # noqa: F811
) -> None:
    # Drops empty SKUs: the tests and the real data have none; the type hints
    # (list[str], list[str]) let the verifier make such inputs up.
    old = (EXAMPLE / ORDERS).read_text()
    wrong = FAST_BODY.replace("if sku not in known]", "if sku not in known and sku]")
    fixture = tmp_path / "candidate.diff"
    fixture.write_text(diff_of(ORDERS, old, old.replace(SLOW_BODY, wrong)))
    verdict = verify(str(fixture))
    assert not verdict.accepted
    assert "made up from the type hints of unknown_skus" in " ".join(verdict.reasons)


def test_calls_in_a_script_workload_are_recorded_and_replayed(tmp_path: Path) -> None:
    from wattlens.verify import VerifyOptions, verify_patch

    project = tmp_path / "index"
    (project / "tests").mkdir(parents=True)
    app = (
        "class Index:\n"
        "    def __init__(self, words):\n        self.words = list(words)\n\n"
        "    def count_known(self, queries):\n        n = 0\n        for q in queries:\n"
        "            if q in self.words:\n                n += 1\n        return n\n\n\n"
        "if __name__ == '__main__':\n"
        "    index = Index(str(i) for i in range(3000))\n"
        "    print(index.count_known([str(i * 7) for i in range(4000)]) > 0)\n"
    )
    (project / "app.py").write_text(app)
    (project / "tests" / "test_app.py").write_text(
        "from app import Index\n\n\ndef test_count():\n    assert Index(['a', 'b']).count_known(['a', 'c']) == 1\n"
    )
    # Right on the tests and on what the script prints; wrong on the real call.
    wrong = app.replace("        return n\n", "        return n if n < 100 else n - 1\n", 1).replace(
        "        n = 0\n        for q in queries:\n            if q in self.words:",
        "        words = set(self.words)\n        n = 0\n        for q in queries:\n            if q in words:")
    verdict = verify_patch(project, diff_of("app.py", app, wrong), "python app.py", "python -m pytest -q tests",
                           VerifyOptions(), print, ("app.py", "Index.count_known"))
    assert not verdict.accepted
    assert "replaying recorded call 1 of Index.count_known" in " ".join(verdict.reasons)
