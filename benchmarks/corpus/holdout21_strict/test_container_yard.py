"""Strict equivalence tests for YardBlock.retrieve_all (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from strict_support import assert_same
from yardplan.block import YardBlock as PackageYardBlock

TARGET = "yardplan/block.py:YardBlock.retrieve_all"


# --- verbatim copy of the original class -----------------------------------------------------

class YardBlock:
    def __init__(self, stacks, max_height):
        if stacks < 2 or max_height < 1:
            raise ValueError("a block needs at least two stacks and a height of one")
        self.max_height = max_height
        self.stacks = [[] for _ in range(stacks)]
        self.moves = []

    def place(self, container, stack):
        if any(container in pile for pile in self.stacks):
            raise ValueError(f"{container} is already in the block")
        if len(self.stacks[stack]) >= self.max_height:
            raise ValueError(f"stack {stack} is full")
        self.stacks[stack].append(container)

    def locate(self, container):
        for index, pile in enumerate(self.stacks):
            if container in pile:
                return index, pile.index(container)
        raise KeyError(container)

    def _rank(self, container, sequence):
        return sequence.index(container) if container in sequence else len(sequence)

    def _choose_stack(self, moving, origin, sequence):
        rank = self._rank(moving, sequence)
        best = None
        best_key = None
        for index, pile in enumerate(self.stacks):
            if index == origin or len(pile) >= self.max_height:
                continue
            lowest = min((self._rank(other, sequence) for other in pile), default=len(sequence) + 1)
            if lowest > rank:
                key = (0, lowest, abs(index - origin), index)
            else:
                key = (1, -lowest, abs(index - origin), index)
            if best_key is None or key < best_key:
                best, best_key = index, key
        if best is None:
            raise RuntimeError("no room in the block to relocate a container")
        return best

    def retrieve_all(self, sequence):
        reshuffles = 0
        per_container = {}
        for container in sequence:
            origin, tier = self.locate(container)
            pile = self.stacks[origin]
            dug = 0
            while len(pile) > tier + 1:
                moving = pile.pop()
                target = self._choose_stack(moving, origin, sequence)
                self.stacks[target].append(moving)
                self.moves.append(("relocate", moving, origin, target))
                dug += 1
            pile.pop()
            self.moves.append(("retrieve", container, origin, None))
            per_container[container] = dug
            reshuffles += dug
        return {"retrieved": len(per_container), "reshuffles": reshuffles, "per_container": per_container}


# --- harness: fresh blocks for candidate and reference ----------------------------------------

def run(cls, stacks, height, layout, *sequences):
    """Build a block with ``cls``, call retrieve_all for each sequence; report results and block state."""
    try:
        block = cls(stacks, height)
        for stack, containers in enumerate(layout):
            for container in containers:
                block.place(container, stack)
    except Exception as error:  # noqa: BLE001
        return ("setup failed", type(error).__name__)
    report = []
    for sequence in sequences:
        try:
            report.append(("ok", block.retrieve_all(sequence)))
        except Exception as error:  # noqa: BLE001
            report.append(("raised", type(error).__name__))
        report.append(([list(pile) for pile in block.stacks], list(block.moves), block.max_height))
    return report


def candidate(*args):
    return run(PackageYardBlock, *args)


def reference(*args):
    return run(YardBlock, *args)


CASES = [
    (2, 1, [], []),
    (2, 1, [], ()),
    (3, 3, [["A", "B"], ["C"]], []),
    (3, 3, [["A", "B"], ["C"]], ["B", "A", "C"]),
    (3, 3, [["A", "B"], ["C"]], ("B", "A", "C")),
    (3, 3, [["A", "B"], ["C"]], ["A"]),
    (3, 3, [["A", "B"], ["C"]], ["A", "C"]),
    (3, 3, [["A", "B"], ["C"]], ["A", "B", "C"]),
    (3, 3, [["A", "B"], ["C"]], ["C", "A", "B"]),
    (3, 3, [["A", "B"], ["C"]], ["Z"]),
    (3, 3, [["A", "B"], ["C"]], ["B", "Z", "A"]),
    (3, 3, [["A", "B"], ["C"]], ["A", "A"]),
    (3, 3, [["A", "B"], ["C"]], ["B", "B"]),
    (3, 3, [["A", "B"], ["C"]], ["C", "B", "A", "B"]),
    (3, 3, [["A", "B"], ["C"]], [None]),
    (3, 3, [["A", "X"], ["B"], ["D"]], ["A", "B", "X", "D"]),
    (3, 3, [["A", "Z"], ["B"], ["C"]], ["A", "B", "C", "Z"]),
    (3, 3, [["A", "Z"], ["B"], ["C"]], ["A", "B", "C"]),
    (3, 3, [["A", "Z"], [], []], ["A"]),
    (3, 3, [[], ["A", "Z"], []], ["A"]),
    (5, 3, [[], [], ["A", "Z"], [], []], ["A"]),
    (5, 3, [["Q"], [], ["A", "Z"], [], ["R"]], ["A", "Q", "R"]),
    (5, 3, [["Q"], ["S"], ["A", "Z"], ["T"], ["R"]], ["A", "Q", "R", "Z"]),
    (5, 3, [["Q"], ["S"], ["A", "Z"], ["T"], ["R"]], ["A", "R", "Q", "Z"]),
    (5, 3, [["Q"], ["S"], ["A", "Z"], ["T"], ["R"]], ["A", "Z", "S", "T"]),
    (4, 2, [["A", "B"], ["C", "D"], ["E"], []], ["A", "C", "E"]),
    (2, 2, [["A", "B"], ["C", "D"]], ["A"]),
    (2, 2, [["A", "B"], ["C", "D"]], ["B", "A"]),
    (2, 2, [["A", "B"], ["C"]], ["A", "B", "C"]),
    (2, 3, [["A", "B", "C"], []], ["A", "B", "C"]),
    (2, 3, [["A", "B", "C"], []], ["A", "C", "B"]),
    (3, 4, [["A", "B", "C", "D"], ["E"], ["F"]], ["A", "E", "F"]),
    (3, 4, [["A", "B", "C", "D"], ["E"], ["F"]], ["A", "F", "E", "D", "C", "B"]),
    (3, 4, [["A", "B", "C", "D"], ["E", "G"], ["F"]], ["E", "A", "F", "G"]),
    (3, 2, [["A", "B"], ["C", "D"], ["E"]], ["A", "C"]),
    (3, 3, [["A", "B"], ["C"]], ["A"], ["C"], ["B"]),
    (3, 3, [["A", "B"], ["C"]], ["A"], ["A"], ["B"]),
    (3, 3, [["A", "B"], ["C"]], [], ["C", "B"]),
    (3, 3, [[1, 2], [3]], [1, 3, 2]),
    (3, 3, [[1, 2], [3.0]], [1.0, 3, 2]),
    (3, 3, [[1, 2], [True]], [1]),
    (3, 3, [[("A", 1), ("B", 2)], [("C", 3)]], [("A", 1)]),
    (3, 3, [["MSKU1234565", "MSCU7654321"], ["CMAU0000001"]], ["MSKU1234565", "CMAU0000001"]),
    (3, 3, [["Ä", "ß"], ["日本"]], ["Ä", "日本", "ß"]),
    (3, 3, [["", " "], ["a"]], [""]),
    (3, 3, [[None, "B"], ["C"]], [None, "C"]),
    # invalid setups and sequences
    (1, 3, [["A"]], ["A"]),
    (3, 0, [], []),
    (3, 1, [["A", "B"]], ["A"]),
    (3, 3, [["A"], ["A"]], ["A"]),
    (3, 3, [["A", "B"], ["C"]], None),
    (3, 3, [["A", "B"], ["C"]], [["A"]]),
    (3, 3, [["A", "B"], ["C"]], ["C", ["B"]]),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(candidate, reference, *case)


def test_block_layout_examples() -> None:
    for height in (1, 2, 3, 5):
        layout = [[f"S{s}T{t}" for t in range(min(height, s % 4))] for s in range(6)]
        everything = [c for pile in layout for c in pile]
        assert_same(candidate, reference, 6, height, layout, everything)
        assert_same(candidate, reference, 6, height, layout, list(reversed(everything)))


def _random_cases():
    rng = random.Random(6346)
    for index in range(220):
        stacks = rng.randint(2, 9)
        height = rng.randint(1, 6)
        fill = rng.randint(0, stacks * height - (height if rng.random() < 0.8 else 0))
        names = [f"C{n:03d}" for n in rng.sample(range(1000), fill)]
        layout = [[] for _ in range(stacks)]
        for name in names:
            options = [s for s in range(stacks) if len(layout[s]) < height]
            if not options:
                break
            layout[rng.choice(options)].append(name)
        placed = [c for pile in layout for c in pile]
        sequence = rng.sample(placed, rng.randint(0, len(placed)))
        if rng.random() < 0.1:
            sequence.insert(rng.randint(0, len(sequence)), "MISSING")
        if rng.random() < 0.05 and sequence:
            sequence.append(sequence[0])
        if index % 5 == 0 and sequence:
            cut = rng.randint(0, len(sequence))
            yield (stacks, height, layout, sequence[:cut], sequence[cut:])
        else:
            yield (stacks, height, layout, sequence)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(candidate, reference, *case)


def test_large_block() -> None:
    rng = random.Random(40)
    stacks, height = 30, 6
    layout = [[] for _ in range(stacks)]
    names = [f"MSKU{n:07d}" for n in rng.sample(range(10 ** 7), stacks * height - 2 * height)]
    for name in names:
        layout[rng.choice([s for s in range(stacks) if len(layout[s]) < height])].append(name)
    assert_same(candidate, reference, stacks, height, layout, rng.sample(names, 120))
