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

STAFF = '''
from dataclasses import dataclass


@dataclass(frozen=True)
class Person:
    boss: int
    name: str


def chain(person: int, staff: dict[int, Person]) -> list[int]:
    path = [person]
    while True:
        boss = staff[person].boss
        if boss == person:
            return path
        path = [boss] + path
        person = boss
        if len(path) > 40:
            raise ValueError(f"loop above {path[-1]}")


def shared_boss(people: list[int], staff: dict[int, Person]) -> int | None:
    chains = [chain(person, staff) for person in people]
    found = None
    for depth, candidate in enumerate(chains[0]):
        if all(len(other) > depth and other[depth] == candidate for other in chains[1:]):
            found = candidate
        else:
            break
    return found


def assign(groups: list, staff: dict[int, Person]) -> list:
    out = []
    for team in groups:
        out.append(shared_boss(team, staff) if team else None)
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


def _outcome(source: str, groups: object, staff: object) -> object:
    scope: dict[str, object] = {}
    exec(source, scope)
    try:
        return scope["assign"](groups, staff)  # type: ignore[operator]
    except Exception as error:  # (the same exception is what is compared)
        return type(error)


def test_a_path_joined_from_lists_is_pure_and_a_helper_of_a_list_of_ids_is_keyed_by_it() -> None:
    trusted = _judged(STAFF)
    assert {"chain", "shared_boss"} <= trusted.pure
    module = cst.parse_module(textwrap.dedent(STAFF))
    with purity.trusting(trusted):
        keyed, containers, counted, listed = callees.text_keyed(module, trusted, None)
    assert keyed["chain"] == {0} and "chain" in containers
    assert keyed["shared_boss"] == {0} and listed == {"shared_boss": frozenset({0})} and counted["shared_boss"] == {0}


@pytest.mark.parametrize(
    ("change", "new"),
    [("path = [boss] + path", True), ("path = path + [boss] + [0]", True),
     ("path = [boss] + staff[person].tags", False), ("path = [boss] + tuple(path)", False)],
)
def test_a_path_is_a_new_list_only_where_it_joins_lists_it_made(change: str, new: bool) -> None:
    source = STAFF.replace("path = [boss] + path", change)
    source = source.replace("    name: str\n", "    name: str\n    tags: list\n", 1)
    module = cst.parse_module(textwrap.dedent(source))
    trusted = _judged(source)
    with purity.trusting(trusted):
        _, containers, _, _ = callees.text_keyed(module, trusted, None)
    assert ("chain" in containers) == new, change


def _cases(source: str, seed: int) -> list[tuple[object, object]]:
    """(groups, staff): random organisations with an unknown id among them (a KeyError), and lists of ids,
    a bool, a tuple and a float among them (handed on as before)."""
    rng = random.Random(seed)
    scope: dict[str, object] = {}
    exec(source, scope)
    person_of = scope["Person"]
    cases: list[tuple[object, object]] = []
    for _ in range(60):
        size = rng.randint(1, 30)
        staff: dict[int, object] = {1: person_of(1, "chair")}  # type: ignore[operator]
        for person in range(2, size + 2):
            staff[person] = person_of(rng.randint(1, person - 1), f"p{person}")  # type: ignore[operator]
        ids = [*staff, size + 5]
        choices: list[object] = [[rng.choice(ids) for _ in range(rng.randint(0, 3))] for _ in range(20)]
        choices += [[True, 2], (2, 3), [2.0], [], [2, 3]]
        cases.append(([rng.choice(choices) for _ in range(rng.randint(0, 40))], staff))
    return cases


def test_answers_are_kept_by_the_tuple_of_a_plain_list_of_ints(tmp_path: Path) -> None:
    diffs = _candidates(tmp_path, STAFF, "assign")
    assert "recipe-cache-by-text" in diffs
    source = textwrap.dedent(STAFF)
    patched = _apply(source, diffs["recipe-cache-by-text"])
    assert "tuple(team)" in patched and "all(type(item) is int for item in team)" in patched
    for groups, staff in _cases(source, 5):
        assert _outcome(patched, groups, staff) == _outcome(source, groups, staff)


def test_kept_chains_are_shared_only_while_only_read(tmp_path: Path) -> None:
    diffs = _candidates(tmp_path, STAFF, "assign")
    assert "chain_cache: dict[int, list[int]]" in diffs["recipe-helper-cache-by-text"]
    source = textwrap.dedent(STAFF)
    patched = _apply(source, diffs["recipe-helper-cache-by-text"])
    for groups, staff in _cases(source, 6):
        assert _outcome(patched, groups, staff) == _outcome(source, groups, staff)
    for change in ["chains[0].append(0)\n    ", "found = chains[0]\n    "]:
        changed = STAFF.replace("    found = None\n", f"    {change}found = None\n")
        assert "recipe-helper-cache-by-text" not in _candidates(tmp_path, changed, "assign"), change


def test_a_list_bound_before_the_loop_is_no_key(tmp_path: Path) -> None:
    # The same list on every pass: keyed by its items, each call would copy it for nothing.
    source = STAFF + '''

def repeat(ids: list[int], staff: dict[int, Person], times: int) -> list:
    shared = list(ids)
    return [shared_boss(shared, staff) for _ in range(times)]
'''
    assert not any("tuple(shared)" in diff for diff in _candidates(tmp_path, source, "repeat").values())
    assert any("tuple(team)" in diff for diff in _candidates(tmp_path, source, "assign").values())
