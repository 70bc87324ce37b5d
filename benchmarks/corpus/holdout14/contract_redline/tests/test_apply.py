import pytest

from redline.apply import apply_changes
from redline.changes import change_summary, replace_all


def test_single_replacement() -> None:
    assert apply_changes("The Seller shall deliver.", [(4, 10, "Vendor")]) == "The Vendor shall deliver."


def test_changes_in_any_order_use_original_offsets() -> None:
    text = "abc def ghi"
    assert apply_changes(text, [(8, 11, "GHI"), (0, 3, "A")]) == "A def GHI"


def test_insertions_at_same_point_keep_order() -> None:
    assert apply_changes("ab", [(1, 1, "X"), (1, 1, "Y")]) == "aXYb"


def test_deletion() -> None:
    assert apply_changes("net 30 days", [(3, 6, "")]) == "net days"


def test_overlap_rejected() -> None:
    with pytest.raises(ValueError):
        apply_changes("abcdef", [(0, 3, "x"), (2, 4, "y")])


def test_outside_text_rejected() -> None:
    with pytest.raises(ValueError):
        apply_changes("abc", [(2, 5, "x")])


def test_replace_all_and_summary() -> None:
    text = "Buyer pays. Buyer signs."
    changes = replace_all(text, "Buyer", "Purchaser")
    assert apply_changes(text, changes) == "Purchaser pays. Purchaser signs."
    assert change_summary(text, changes) == {"changes": 2, "deleted": 10, "inserted": 18}


def test_no_changes() -> None:
    assert apply_changes("unchanged", []) == "unchanged"
