import pytest

from timetable.clashes import clash_counts, read_enrolments


def test_simple_clash() -> None:
    enrolments = {"s1": ["MATH", "PHYS"], "s2": ["MATH", "CHEM"], "s3": ["PHYS", "MATH"]}
    assert clash_counts(enrolments) == [("MATH", "PHYS", 2), ("CHEM", "MATH", 1)]


def test_no_clashes() -> None:
    assert clash_counts({"s1": ["A"], "s2": ["B"]}) == []
    assert clash_counts({}) == []


def test_duplicate_listing_counts_once() -> None:
    assert clash_counts({"s1": ["A", "B", "A"]}) == [("A", "B", 1)]


def test_read_enrolments() -> None:
    text = "s1, MATH PHYS\n\ns2,CHEM\ns1,ART\n"
    assert read_enrolments(text) == {"s1": ["MATH", "PHYS", "ART"], "s2": ["CHEM"]}
    with pytest.raises(ValueError, match="line 1"):
        read_enrolments("oops")
