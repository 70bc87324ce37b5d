"""Candidate generation with the real model, the real example store and the real example.

Needs llama-cpp-python and the default GGUF model (`wattlens fetch-model`);
skipped with the reason otherwise.  Slow on a small CPU: about a minute for
the model load, the example store and three samples.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import copy_example
from wattlens.analysis.target import extract_target
from wattlens.models import Candidate, Target
from wattlens.optimize.examples import EXAMPLES
from wattlens.optimize.generator import GenerateOptions, generate_candidates
from wattlens.optimize.model import ModelError, default_model_path, resolve_model
from wattlens.optimize.retrieval import open_store, retrieve, store_key

pytestmark = pytest.mark.e2e

MEMBERSHIP = "membership test against a list in a loop"


@pytest.fixture(scope="module")
def model() -> Path:
    pytest.importorskip("llama_cpp", reason="llama-cpp-python is not installed")
    if not default_model_path().is_file():
        pytest.skip("the default model is not fetched: run `wattlens fetch-model`")
    return resolve_model(None)


def _target(project: Path) -> Target:
    return extract_target(project, Path("shop/orders.py"), "unknown_skus")


def _passes_tests(candidate: Candidate, workdir: Path) -> bool:
    project = copy_example(workdir)
    subprocess.run(["git", "apply", "-"], input=candidate.diff, text=True, cwd=project, check=True)
    assert candidate.new_source.strip() in (project / "shop/orders.py").read_text()
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    return done.returncode == 0


@pytest.mark.skipif(shutil.which("git") is None, reason="git is needed to apply the diffs")
def test_shop_hotspot_gets_a_correct_rewrite_deterministically(model: Path, shop: Path, tmp_path: Path) -> None:
    target = _target(shop)
    log: list[str] = []
    first = generate_candidates(target, GenerateOptions(), log.append)
    print("\n".join(log))
    assert 1 <= len(first) <= 3
    for candidate in first:
        assert candidate.source == "llm+retrieval"
        assert candidate.diff.startswith("diff --git a/shop/orders.py b/shop/orders.py\n")
        assert "def unknown_skus(order_skus: list[str], catalog_skus: list[str])" in (candidate.new_source)
    passing = [c for i, c in enumerate(first) if _passes_tests(c, tmp_path / f"c{i}")]
    assert passing, "no candidate passes the example's tests:\n" + "\n".join(c.new_source for c in first)

    second = generate_candidates(target, GenerateOptions(), lambda _: None)
    assert [(c.id, c.diff) for c in second] == [(c.id, c.diff) for c in first]


def test_retrieval_puts_the_membership_family_first(model: Path, shop: Path) -> None:
    found = retrieve(_target(shop).source, model, k=3)
    assert found[0].example.family == MEMBERSHIP
    assert [r.distance for r in found] == sorted(r.distance for r in found)


def test_store_is_rebuilt_when_the_examples_change(model: Path, tmp_path: Path) -> None:
    few = EXAMPLES[:3]
    changed = (few[0].model_copy(update={"explanation": "changed"}), *few[1:])
    assert store_key(model, few) != store_key(model, changed)
    open_store(model, few, folder=tmp_path)
    open_store(model, changed, folder=tmp_path)
    import lancedb

    # A new table for the new key; the old one stays for any process still reading it.
    tables = lancedb.connect(str(tmp_path)).list_tables().tables
    assert sorted(tables) == sorted({"examples_" + store_key(model, few), "examples_" + store_key(model, changed)})


def test_without_retrieval_candidates_say_so(model: Path, shop: Path) -> None:
    options = GenerateOptions(use_retrieval=False, n_candidates=1)
    candidates = generate_candidates(_target(shop), options, lambda _: None)
    assert all(c.source == "llm" for c in candidates)


def test_a_corrupt_model_file_raises_model_error_with_the_fix(model: Path, shop: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.gguf"
    broken.write_bytes(b"GGUF" + b"\0" * 4096)
    options = GenerateOptions(model_path=str(broken), use_retrieval=False)
    with pytest.raises(ModelError, match="fetch-model"):
        generate_candidates(_target(shop), options, lambda _: None)
