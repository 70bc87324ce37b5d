import pytest

from yardplan.block import YardBlock
from yardplan.containers import check_digit, container_number, is_valid


def block_with(layout, height=4):
    block = YardBlock(len(layout), height)
    for stack, containers in enumerate(layout):
        for container in containers:
            block.place(container, stack)
    return block


def test_container_numbers() -> None:
    assert check_digit("CSQU305438") == 3
    assert container_number("msk", 123456) == "MSKU1234565"
    assert is_valid("CSQU3054383") and not is_valid("CSQU3054384")


def test_place_and_locate() -> None:
    block = block_with([["A", "B"], ["C"]])
    assert block.locate("B") == (0, 1) and block.locate("C") == (1, 0)
    with pytest.raises(KeyError):
        block.locate("Z")
    with pytest.raises(ValueError):
        block.place("A", 1)


def test_full_stack_and_bad_block() -> None:
    block = block_with([["A"], []], height=1)
    with pytest.raises(ValueError):
        block.place("B", 0)
    with pytest.raises(ValueError):
        YardBlock(1, 4)


def test_retrieve_without_reshuffles() -> None:
    block = block_with([["A", "B"], ["C"]])
    result = block.retrieve_all(["B", "A", "C"])
    assert result == {"retrieved": 3, "reshuffles": 0, "per_container": {"B": 0, "A": 0, "C": 0}}
    assert block.stacks == [[], []]
    assert block.moves == [("retrieve", "B", 0, None), ("retrieve", "A", 0, None), ("retrieve", "C", 1, None)]


def test_relocation_prefers_non_blocking_stack() -> None:
    # X must come off A; stack 1 holds B (due before X), stack 2 holds D (due after X).
    block = block_with([["A", "X"], ["B"], ["D"]])
    result = block.retrieve_all(["A", "B", "X", "D"])
    assert block.moves[0] == ("relocate", "X", 0, 2)
    assert result["reshuffles"] == 1 and result["per_container"]["A"] == 1


def test_relocation_falls_back_to_latest_stack() -> None:
    # every stack would be blocked: choose the one whose earliest container leaves last.
    block = block_with([["A", "Z"], ["B"], ["C"]])
    block.retrieve_all(["A", "B", "C", "Z"])
    assert block.moves[0] == ("relocate", "Z", 0, 2)


def test_no_room_to_relocate() -> None:
    block = block_with([["A", "B"], ["C", "D"]], height=2)
    with pytest.raises(RuntimeError):
        block.retrieve_all(["A"])
