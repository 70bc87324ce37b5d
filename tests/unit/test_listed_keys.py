"""A helper handed a list of ids, called again and again with lists of the same ids, keeps its answers by
the tuple of those ids (cache-by-text); a helper building a path by joining lists it made hands back a new
list; a list of kept answers only read where the list hands them out lets helper-cache-by-text keep them
(holdout22/edna_lca, studied after its blind run started)."""

from __future__ import annotations

import random
import subprocess
import tempfile
import textwrap
from pathlib import Path

import libcst as cst
import pytest

from wattlens.analysis.target import extract_target
from wattlens.optimize import callees, purity
from wattlens.optimize.recipes import recipe_candidates

TAXA = '''
from dataclasses import dataclass


@dataclass(frozen=True)
class Taxon:
    parent: int
    name: str


def lineage(taxid: int, nodes: dict[int, Taxon]) -> list[int]:
    path = [taxid]
    while True:
        parent = nodes[taxid].parent
        if parent == taxid:
            return path
        path = [parent] + path
        taxid = parent
        if len(path) > 40:
            raise ValueError(f"loop above {path[-1]}")


def common(taxids: list[int], nodes: dict[int, Taxon]) -> int | None:
    lineages = [lineage(taxid, nodes) for taxid in taxids]
    found = None
    for depth, candidate in enumerate(lineages[0]):
        if all(len(other) > depth and other[depth] == candidate for other in lineages[1:]):
            found = candidate
        else:
            break
    return found


def assign(groups: list, nodes: dict[int, Taxon]) -> list:
    out = []
    for good in groups:
        out.append(common(good, nodes) if good else None)
    return out
'''


def _judged(source: str) -> purity.Trusted:
    return callees.trusted_in(cst.parse_module(textwrap.dedent(source)))


def _candidates(tmp_path: Path, source: str, qualname: str) -> dict[str, str]:
    (tmp_path / "mod.py").write_text(textwrap.dedent(source))
    target = extract_target(tmp_path, Path("mod.py"), qualname)
    found: dict[str, str] = {}
    for candidate in recipe_candidates(target):  # (the function's own first, then its helpers')
        found.setdefault(candidate.id.rsplit("-", 1)[0], candidate.diff)
    return found


def _apply(source: str, diff: str) -> str:
    with tempfile.TemporaryDirectory() as work:
        Path(work, "mod.py").write_text(source)
        subprocess.run(["git", "apply", "-"], input=diff, text=True, cwd=work, check=True)
        return Path(work, "mod.py").read_text()


def _outcome(source: str, groups: object, nodes: object) -> object:
    scope: dict[str, object] = {}
    exec(source, scope)
    try:
        return scope["assign"](groups, nodes)  # type: ignore[operator]
    except Exception as error:  # (the same exception is what is compared)
        return type(error)


def test_a_path_joined_from_lists_is_pure_and_a_helper_of_a_list_of_ids_is_keyed_by_it() -> None:
    trusted = _judged(TAXA)
    assert {"lineage", "common"} <= trusted.pure
    module = cst.parse_module(textwrap.dedent(TAXA))
    with purity.trusting(trusted):
        keyed, containers, counted, listed = callees.text_keyed(module, trusted, None)
    assert keyed["lineage"] == {0} and "lineage" in containers
    assert keyed["common"] == {0} and listed == {"common": frozenset({0})} and counted["common"] == {0}


@pytest.mark.parametrize(
    ("change", "new"),
    [("path = [parent] + path", True), ("path = path + [parent] + [0]", True),
     ("path = [parent] + nodes[taxid].tags", False), ("path = [parent] + tuple(path)", False)],
)
def test_a_path_is_a_new_list_only_where_it_joins_lists_it_made(change: str, new: bool) -> None:
    source = TAXA.replace("path = [parent] + path", change)
    source = source.replace("    name: str\n", "    name: str\n    tags: list\n", 1)
    module = cst.parse_module(textwrap.dedent(source))
    trusted = _judged(source)
    with purity.trusting(trusted):
        _, containers, _, _ = callees.text_keyed(module, trusted, None)
    assert ("lineage" in containers) == new, change


def _cases(source: str, seed: int) -> list[tuple[object, object]]:
    """(groups, nodes): random taxonomies with an unknown id among them (a KeyError), and lists of ids,
    a bool, a tuple and a float among them (handed on as before)."""
    rng = random.Random(seed)
    scope: dict[str, object] = {}
    exec(source, scope)
    taxon = scope["Taxon"]
    cases: list[tuple[object, object]] = []
    for _ in range(60):
        size = rng.randint(1, 30)
        nodes: dict[int, object] = {1: taxon(1, "root")}  # type: ignore[operator]
        for taxid in range(2, size + 2):
            nodes[taxid] = taxon(rng.randint(1, taxid - 1), f"t{taxid}")  # type: ignore[operator]
        ids = [*nodes, size + 5]
        choices: list[object] = [[rng.choice(ids) for _ in range(rng.randint(0, 3))] for _ in range(20)]
        choices += [[True, 2], (2, 3), [2.0], [], [2, 3]]
        cases.append(([rng.choice(choices) for _ in range(rng.randint(0, 40))], nodes))
    return cases


def test_answers_are_kept_by_the_tuple_of_a_plain_list_of_ints(tmp_path: Path) -> None:
    diffs = _candidates(tmp_path, TAXA, "assign")
    assert "recipe-cache-by-text" in diffs
    source = textwrap.dedent(TAXA)
    patched = _apply(source, diffs["recipe-cache-by-text"])
    assert "tuple(good)" in patched and "all(type(item) is int for item in good)" in patched
    for groups, nodes in _cases(source, 5):
        assert _outcome(patched, groups, nodes) == _outcome(source, groups, nodes)


def test_kept_lineages_are_shared_only_while_only_read(tmp_path: Path) -> None:
    diffs = _candidates(tmp_path, TAXA, "assign")
    assert "lineage_cache: dict[int, list[int]]" in diffs["recipe-helper-cache-by-text"]
    source = textwrap.dedent(TAXA)
    patched = _apply(source, diffs["recipe-helper-cache-by-text"])
    for groups, nodes in _cases(source, 6):
        assert _outcome(patched, groups, nodes) == _outcome(source, groups, nodes)
    for change in ["lineages[0].append(0)\n    ", "found = lineages[0]\n    "]:
        changed = TAXA.replace("    found = None\n", f"    {change}found = None\n")
        assert "recipe-helper-cache-by-text" not in _candidates(tmp_path, changed, "assign"), change


def test_a_list_bound_before_the_loop_is_no_key(tmp_path: Path) -> None:
    # The same list on every pass: keyed by its items, each call would copy it for nothing.
    source = TAXA + '''

def repeat(ids: list[int], nodes: dict[int, Taxon], times: int) -> list:
    shared = list(ids)
    return [common(shared, nodes) for _ in range(times)]
'''
    assert not any("tuple(shared)" in diff for diff in _candidates(tmp_path, source, "repeat").values())
    assert any("tuple(good)" in diff for diff in _candidates(tmp_path, source, "assign").values())
