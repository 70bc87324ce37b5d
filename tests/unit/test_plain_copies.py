"""The deepcopy-plain-data recipe: `copy.deepcopy` of lists and dicts of texts and numbers goes through a
copier that copies those directly and hands everything else to `copy.deepcopy` with the same memo; the copies
it makes equal `deepcopy`'s in value, in what they share with the original, and in aliasing and cycles, and
the shapes it must leave alone are left alone."""

from __future__ import annotations

import copy
import random
import textwrap
from collections import OrderedDict, defaultdict
from collections.abc import Callable
from pathlib import Path

import pytest

from wattlens.analysis.target import extract_target
from wattlens.optimize.recipes import recipe_candidates
from wattlens.verify.patching import apply_patches, parse_diff

SOURCE = '''
import copy


def run(board):
    trial = copy.deepcopy(board)
    return trial
'''


def rewritten(tmp_path: Path, source: str) -> str | None:
    """The module rewritten by the recipe alone, or None."""
    (tmp_path / "mod.py").write_text(textwrap.dedent(source))
    target = extract_target(tmp_path, Path("mod.py"), "run")
    found = [c for c in recipe_candidates(target) if c.id.startswith("recipe-deepcopy-plain-data-")]
    if not found:
        return None
    apply_patches(parse_diff(found[0].diff), tmp_path)
    return (tmp_path / "mod.py").read_text()


def copier(tmp_path: Path) -> Callable[[object], object]:
    new = rewritten(tmp_path, SOURCE)
    assert new is not None and "trial = _deepcopied(board)" in new
    scope: dict[str, object] = {}
    exec(new, scope)
    run = scope["run"]
    assert callable(run)
    return run


class Cell:
    """An object `deepcopy` copies through its `__reduce_ex__`."""

    def __init__(self, value: object) -> None:
        self.value = value

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Cell) and self.value == other.value


class Shared:
    """An object that copies to itself, as some do."""

    def __deepcopy__(self, memo: dict[int, object]) -> Shared:
        return self


class Word(str):
    """A str subclass: `deepcopy` makes a new one."""


def layout(original: object, made: object) -> list[tuple[str, bool, int]]:
    """Walking both alike: each node's kind, whether the copy is the original object, and which copy (by
    first sight) it is, so aliasing and cycles show."""
    seen: dict[int, int] = {}
    out: list[tuple[str, bool, int]] = []

    def walk(a: object, b: object) -> None:
        first = id(b) not in seen
        seen.setdefault(id(b), len(seen))
        out.append((type(b).__name__, a is b, seen[id(b)]))
        if not first or a is b:
            return
        if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
            assert len(a) == len(b)
            for x, y in zip(a, b, strict=True):
                walk(x, y)
        elif isinstance(a, dict) and isinstance(b, dict):
            assert list(a) == list(b)
            for (ka, va), (kb, vb) in zip(a.items(), b.items(), strict=True):
                walk(ka, kb)
                walk(va, vb)
        elif isinstance(a, Cell) and isinstance(b, Cell):
            walk(a.value, b.value)

    walk(original, made)
    return out


def plain(rng: random.Random, depth: int, pool: list[object]) -> object:
    roll = rng.random()
    if depth == 0 or roll < 0.3:
        atoms: list[object] = ["", "a", "é", 0, 1, -2, 2.5, float("inf"), True, False, None, b"x", 1j, 10 ** 30]
        return rng.choice([*atoms, (1, "a"), (), (1, [2]), Word("w"), Cell(1), Shared()])
    if pool and roll < 0.4:
        return rng.choice(pool)  # an alias of something made before
    if roll < 0.7:
        made: object = [plain(rng, depth - 1, pool) for _ in range(rng.randrange(5))]
    elif roll < 0.9:
        made = {rng.choice(["k", 1, 2.0, (1, 2), None, True]): plain(rng, depth - 1, pool) for _ in range(3)}
    else:
        made = rng.choice([OrderedDict(a=1), defaultdict(list, b=[1]), Cell([1, "x"]), (["t"], "u")])
    pool.append(made)
    return made


def test_copies_equal_deepcopys_in_value_sharing_and_aliasing(tmp_path: Path) -> None:
    run = copier(tmp_path)
    rng = random.Random(3)
    for _ in range(400):
        data = plain(rng, 4, [])
        expected, got = copy.deepcopy(data), run(data)
        assert got == expected
        assert layout(data, got) == layout(data, expected)


def test_aliased_rows_and_cycles_are_kept(tmp_path: Path) -> None:
    run = copier(tmp_path)
    row = ["", "A"]
    board: list[object] = [row, row, ["B"]]
    board.append(board)
    looped: dict[str, object] = {"x": [1]}
    looped["self"] = looped
    for data in (board, looped, [[""] * 3] * 3, [Cell(row), row]):
        assert layout(data, run(data)) == layout(data, copy.deepcopy(data))
    made = run(board)
    assert isinstance(made, list) and made[0] is made[1] and made[3] is made and made[0] is not row


def test_what_deepcopy_raises_is_raised(tmp_path: Path) -> None:
    run = copier(tmp_path)
    with pytest.raises(TypeError):
        copy.deepcopy([1, (x for x in "ab")])
    with pytest.raises(TypeError):
        run([1, (x for x in "ab")])


@pytest.mark.parametrize("source", [
    SOURCE.replace("copy.deepcopy(board)", "copy.deepcopy(board, {})"),  # a memo handed in
    SOURCE.replace("copy.deepcopy(board)", "copy.copy(board)"),
    SOURCE.replace("import copy", "import pickle as copy"),
    SOURCE.replace("    trial = copy", "    copy = pickle\n    trial = copy"),  # rebound in the function
    SOURCE.replace("import copy", "from copy import copy as deepcopy").replace("copy.deepcopy", "deepcopy"),
    # holding the project's objects, each of which would go to `deepcopy` through one more call
    SOURCE.replace("def run(board)", "class Item:\n    pass\n\n\ndef run(board: list[Item])"),
    SOURCE.replace("def run(board)", "class Item:\n    pass\n\n\ndef run(board: 'Sequence[Item]')")
    .replace("copy.deepcopy(board)", "copy.deepcopy(list(board))"),
])
def test_left_alone(tmp_path: Path, source: str) -> None:
    assert rewritten(tmp_path, source) is None, source


def test_an_imported_deepcopy_under_an_alias_is_named_in_the_copier(tmp_path: Path) -> None:
    source = SOURCE.replace("import copy", "from copy import deepcopy as clone").replace("copy.deepcopy", "clone")
    new = rewritten(tmp_path, source)
    assert new is not None and "    return clone(value, memo)\n" in new and "trial = _deepcopied(board)" in new


def test_plain_data_annotated_as_such_is_copied_directly(tmp_path: Path) -> None:
    source = SOURCE.replace("def run(board)", "class Item:\n    pass\n\n\ndef run(board: list[list[str]], item: Item)")
    new = rewritten(tmp_path, source)
    assert new is not None and "trial = _deepcopied(board)" in new
