"""The verifier end to end: real Docker, the real sandbox image, the example project.

Each fixture diff in tests/fixtures/patches is one kind of candidate the
verifier must get right; every verification must leave no container or volume
behind and the user's project untouched.  The first test run builds the
sandbox image (debootstrap, a few minutes); later runs reuse it.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import docker
import pytest

from wattlens.models import Verdict
from wattlens.verify import VerifyOptions, verify_patch
from wattlens.verify.engine import connect_engine
from wattlens.verify.image import ensure_image
from wattlens.verify.sandbox import SandboxLimits, run_in_sandbox
from wattlens.verify.workspace import pack_tree

pytestmark = pytest.mark.e2e

PATCHES = Path(__file__).resolve().parent.parent / "fixtures" / "patches"
WORKLOAD = "python workload.py"
TESTS = "python -m pytest -q tests"
TARGET = ("shop/orders.py", "unknown_skus")
LABEL = "wattlens.sandbox"

Verifier = Callable[[str], Verdict]


@pytest.fixture(scope="module")
def engine() -> docker.DockerClient:
    """The Docker engine, with the sandbox image built (once) before any timing starts."""
    client = connect_engine()
    ensure_image(client, progress=lambda message: print(f"[sandbox] {message}", flush=True))
    return client


def _sandbox_leftovers(client: docker.DockerClient) -> set[str]:
    # Only this process's sandboxes: other wattlens processes may share the engine.
    mine = f"{LABEL}={os.getpid()}"
    containers = client.containers.list(all=True, filters={"label": mine})
    volumes = client.volumes.list(filters={"label": mine})
    return {f"container {c.name}" for c in containers} | {f"volume {v.name}" for v in volumes}


def _tree_digest(root: Path) -> dict[str, str]:
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


@pytest.fixture
def verify(engine: docker.DockerClient, shop: Path) -> Iterator[Verifier]:
    """Verify a fixture patch against a private copy of examples/shop, checking that the
    project is unchanged and that no container or volume is left behind."""
    before_tree = _tree_digest(shop)
    before_sandboxes = _sandbox_leftovers(engine)

    def run(fixture: str) -> Verdict:
        diff = (PATCHES / fixture).read_text()
        started = time.monotonic()
        verdict = verify_patch(shop, diff, WORKLOAD, TESTS, VerifyOptions(), print, TARGET)
        print(f"{fixture}: accepted={verdict.accepted} in {time.monotonic() - started:.1f} s")
        for reason in verdict.reasons:
            print(f"  {reason}")
        return verdict

    yield run
    assert _tree_digest(shop) == before_tree, "the user's project was changed"
    assert _sandbox_leftovers(engine) <= before_sandboxes, "a sandbox container or volume is left"


def _reasons(verdict: Verdict) -> str:
    return " ".join(verdict.reasons).lower()


def test_set_lookup_is_accepted_with_significant_speedup(verify: Verifier) -> None:
    verdict = verify("set-lookup.diff")
    assert verdict.accepted, verdict.reasons
    assert verdict.tests is not None and verdict.tests.passed
    bench = verdict.benchmark
    assert bench is not None
    assert bench.speedup > 1.5
    assert bench.ci95[0] > 1.05
    assert bench.p_value < 0.05
    assert bench.n >= 6 and len(bench.baseline_s) == len(bench.candidate_s) == bench.n
    assert bench.energy_source == "estimated" and bench.energy_ratio < 1
    assert "faster" in _reasons(verdict)
    assert verdict.replayed_calls is not None and verdict.replayed_calls > 20
    # One real call, 12,000 order lines against a catalog of 6,000: what the model is then shown.
    assert verdict.inputs_seen == ["order_skus=list[12000 × str], catalog_skus=list[6000 × str]"]
    assert "replayed 1 recorded call(s) of unknown_skus from the workload, 6 variant(s) of them" in _reasons(verdict)


def test_dropping_duplicates_fails_a_test_and_is_rejected(verify: Verifier) -> None:
    verdict = verify("drops-duplicates.diff")
    assert not verdict.accepted
    assert verdict.tests is not None and not verdict.tests.passed
    assert "breaks the tests" in _reasons(verdict)
    assert "test_unknown_skus_keeps_order_and_duplicates" in " ".join(verdict.reasons)
    assert verdict.benchmark is None


def test_a_slower_candidate_is_rejected(verify: Verifier) -> None:
    verdict = verify("slower-double-scan.diff")
    assert not verdict.accepted
    assert verdict.tests is not None and verdict.tests.passed
    assert verdict.benchmark is not None and verdict.benchmark.speedup < 1.05
    assert any(word in _reasons(verdict) for word in ("slower", "noise floor", "not statistically"))


def test_a_network_attempt_is_contained_and_rejected(verify: Verifier) -> None:
    verdict = verify("network.diff")
    assert not verdict.accepted
    assert "network access" in _reasons(verdict)
    assert "pypi.org" in _reasons(verdict)


def test_a_candidate_that_loops_forever_is_killed_and_rejected(verify: Verifier) -> None:
    started = time.monotonic()
    verdict = verify("loops-forever.diff")
    assert not verdict.accepted
    assert "timed out" in _reasons(verdict)
    # Stopped at the candidate timeout (15 s minimum), not at the 180 s hard limit.
    assert time.monotonic() - started < 90


def test_a_candidate_that_changes_the_output_is_rejected(verify: Verifier) -> None:
    verdict = verify("changes-output.diff")
    assert not verdict.accepted
    # The tests miss the change; replaying the real call (or else comparing the
    # workload's output) catches it.
    assert verdict.tests is not None and verdict.tests.passed
    assert "behaves differently on a real input" in _reasons(verdict)
    assert "sku-006727" in _reasons(verdict)


def test_without_a_target_the_output_comparison_catches_a_change(engine: docker.DockerClient, shop: Path) -> None:
    verdict = verify_patch(shop, (PATCHES / "changes-output.diff").read_text(), WORKLOAD, TESTS)
    assert not verdict.accepted and verdict.replayed_calls is None
    assert "prints something different" in _reasons(verdict) and "sku-006727" in _reasons(verdict)


def test_a_patch_touching_the_tests_is_refused_before_any_run(shop: Path) -> None:
    diff = (PATCHES / "set-lookup.diff").read_text()
    diff = diff.replace("shop/orders.py", "tests/test_orders.py")
    verdict = verify_patch(shop, diff, WORKLOAD, TESTS)
    assert not verdict.accepted
    assert "test or test-configuration file" in _reasons(verdict)
    assert verdict.tests is None and verdict.benchmark is None


def test_the_sandbox_is_hardened(engine: docker.DockerClient) -> None:
    image = ensure_image(engine)
    probe = (
        "id -u; grep CapEff /proc/self/status; "
        "touch /probe 2>/dev/null && echo root-writable || echo root-read-only; "
        "touch /tmp/probe && echo tmp-writable; "
        "python3 -c \"import socket; socket.create_connection(('1.1.1.1', 53), timeout=2)\" "
        "2>/dev/null && echo network || echo no-network; ls /sys/class/net"
    )
    archive = pack_tree({}, {"probe.txt": (b"", 0o644)}, owner_uid=1000)
    before = _sandbox_leftovers(engine)
    run = run_in_sandbox(engine, image, ["sh", "-c", probe], archive, timeout_s=60)
    assert run.exit_code == 0, run.stderr
    lines = run.stdout.split()
    assert lines[0] == "1000"
    assert "0000000000000000" in run.stdout  # no capabilities at all
    assert "root-read-only" in lines and "tmp-writable" in lines and "no-network" in lines
    assert "eth0" not in lines  # network mode none: loopback only
    assert _sandbox_leftovers(engine) <= before


def test_a_run_past_its_timeout_is_killed_and_removed(engine: docker.DockerClient) -> None:
    image = ensure_image(engine)
    before = _sandbox_leftovers(engine)
    started = time.monotonic()
    run = run_in_sandbox(
        engine, image, ["sleep", "600"], pack_tree({}, {}, 1000), 3, SandboxLimits(pids=32)
    )
    assert run.timed_out and run.exit_code is None
    assert time.monotonic() - started < 60
    assert _sandbox_leftovers(engine) <= before


def test_the_membership_recipe_is_verified_like_any_candidate(verify: Verifier, shop: Path, tmp_path: Path) -> None:
    from wattlens.analysis.target import extract_target
    from wattlens.optimize.recipes import recipe_candidates

    (candidate,) = recipe_candidates(extract_target(shop, Path("shop/orders.py"), "unknown_skus"))
    fixture = tmp_path / "recipe.diff"
    fixture.write_text(candidate.diff)
    verdict = verify(str(fixture))
    assert verdict.accepted, verdict.reasons
    assert verdict.benchmark is not None and verdict.benchmark.speedup > 1.5


def test_a_rewrite_right_only_for_the_default_rule_is_rejected(engine: docker.DockerClient, tmp_path: Path) -> None:
    # The workload and the tests only use the default rule; the replay passes the default
    # with other values in it, where the hard-coded rule answers differently.
    project = tmp_path / "rules"
    (project / "tests").mkdir(parents=True)
    (project / "rules.py").write_text(
        "def survivors(counts: list[int], keep: tuple[int, ...] = (2, 3)) -> list[int]:\n"
        "    out = []\n"
        "    for i, c in enumerate(counts):\n"
        "        if c in sorted(set(keep)):\n"
        "            out.append(i)\n"
        "    return out\n"
    )
    (project / "workload.py").write_text(
        "import random\nfrom rules import survivors\nrng = random.Random(1)\n"
        "for _ in range(40):\n    print(len(survivors([rng.randrange(9) for _ in range(5000)])))\n"
    )
    (project / "tests" / "test_rules.py").write_text(
        "from rules import survivors\n\n\ndef test():\n    assert survivors([0, 2, 3, 4, 2]) == [1, 2, 4]\n"
    )
    diff = (
        "--- a/rules.py\n+++ b/rules.py\n@@ -1,6 +1,6 @@\n"
        " def survivors(counts: list[int], keep: tuple[int, ...] = (2, 3)) -> list[int]:\n"
        "     out = []\n     for i, c in enumerate(counts):\n"
        "-        if c in sorted(set(keep)):\n+        if c == 2 or c == 3:\n"
        "             out.append(i)\n     return out\n"
    )
    verdict = verify_patch(project, diff, WORKLOAD, "python -m pytest -q tests", VerifyOptions(), print,
                           ("rules.py", "survivors"))
    assert not verdict.accepted
    assert verdict.tests is not None and verdict.tests.passed, _reasons(verdict)
    assert "on a variant of a recorded call of survivors" in _reasons(verdict)


def test_tiny_calls_triple_the_noise_floor(engine: docker.DockerClient, tmp_path: Path) -> None:
    project = tmp_path / "tiny"
    (project / "tests").mkdir(parents=True)
    module = "def scale(x: int) -> int:\n    return x * 2\n"
    (project / "calc.py").write_text(module)
    (project / "workload.py").write_text("from calc import scale\nprint(sum(scale(i) for i in range(200_000)))\n")
    (project / "tests" / "test_calc.py").write_text(
        "from calc import scale\n\n\ndef test():\n    assert scale(2) == 4\n"
    )
    diff = (
        "--- a/calc.py\n+++ b/calc.py\n@@ -1,2 +1,2 @@\n def scale(x: int) -> int:\n-    return x * 2\n"
        "+    return x + x\n"
    )
    verdict = verify_patch(project, diff, WORKLOAD, "python -m pytest -q tests", VerifyOptions(), print,
                           ("calc.py", "scale"))
    assert "so the noise floor was tripled to 15%" in " ".join(verdict.reasons)
    assert verdict.replayed_calls is not None and verdict.replayed_calls > 1


def test_short_workloads_get_callgrind_instruction_counts(engine: docker.DockerClient, tmp_path: Path) -> None:
    project = tmp_path / "sums"
    (project / "tests").mkdir(parents=True)
    (project / "calc.py").write_text(
        "def total(n: int) -> int:\n    s = 0\n    for i in range(n):\n        s += i\n    return s\n"
    )
    (project / "workload.py").write_text("from calc import total\nprint(total(300_000))\n")
    (project / "tests" / "test_calc.py").write_text(
        "from calc import total\n\n\ndef test():\n    assert total(4) == 6\n"
    )
    diff = (
        "--- a/calc.py\n+++ b/calc.py\n@@ -1,5 +1,2 @@\n def total(n: int) -> int:\n-    s = 0\n"
        "-    for i in range(n):\n-        s += i\n-    return s\n+    return n * (n - 1) // 2 if n > 0 else 0\n"
    )
    verdict = verify_patch(project, diff, WORKLOAD, "python -m pytest -q tests", VerifyOptions(), print,
                           ("calc.py", "total"))
    assert verdict.accepted, verdict.reasons
    bench = verdict.benchmark
    assert bench is not None and bench.baseline_instructions and bench.candidate_instructions
    assert bench.candidate_instructions < 0.5 * bench.baseline_instructions
    assert "callgrind, deterministic" in " ".join(verdict.reasons)
