import pytest

from peal_prover.library import check_submissions, describe
from peal_prover.methods import Method, load_library
from peal_prover.notation import apply_change, parse_place_notation, rounds
from peal_prover.prove import prove_touch

LIBRARY = """# title|stage|notation|bob|single
Plain Bob|5|5.1.5.1.5,125|145|
Plain Bob|6|x16x16x16,12|14|1234
Cambridge Surprise|6|x36x14x12x36x14x56,12|14|1234
Grandsire|7|3.1.7.1.7.1.7.1.7.1.7.1.7.1|3.1|3.123
Plain Bob|8|x18x18x18x18,12|14|1234
"""


@pytest.fixture
def library():
    return load_library(LIBRARY)


def test_parse_symmetric_notation() -> None:
    changes = parse_place_notation("x16x16x16,12", 6)
    assert len(changes) == 12
    assert changes[0] == () and changes[1] == (0, 5) and changes[-1] == (0, 1)


def test_apply_change() -> None:
    assert apply_change("123456", ()) == "214365"
    assert apply_change("123456", (0, 5)) == "132546"
    assert apply_change("1234567", (2,)) == "2135476"
    assert apply_change("1234567", (0,)) == "1325476"
    with pytest.raises(ValueError):
        apply_change("123456", (0, 2))


def test_bad_notation() -> None:
    with pytest.raises(ValueError):
        parse_place_notation("x", 7)
    with pytest.raises(ValueError):
        parse_place_notation("19", 8)
    with pytest.raises(ValueError):
        parse_place_notation("x1?", 6)


def test_plain_courses_come_round(library) -> None:
    expected = {"Plain Bob Doubles": 40, "Plain Bob Minor": 60, "Cambridge Surprise Minor": 120,
                "Grandsire Triples": 70, "Plain Bob Major": 112}
    for title, changes in expected.items():
        report = prove_touch(library[title], "p" * 12)
        assert report.came_round and report.true
        assert report.changes == changes


def test_touch_with_calls(library) -> None:
    report = prove_touch(library["Plain Bob Minor"], "ppps pppp sp")
    assert report.changes == 120 and report.true and report.unused_calls == 0
    assert prove_touch(library["Plain Bob Minor"], "bbb").changes == 36


def test_false_touch_lists_repeated_rows(library) -> None:
    report = prove_touch(library["Plain Bob Minor"], "bbsbsb")
    assert report.came_round and not report.true
    assert report.changes == 72
    assert len(report.false_rows) == 12
    assert report.false_rows[0] == ("123645", 24, 60)


def test_unknown_and_missing_calls(library) -> None:
    with pytest.raises(ValueError):
        prove_touch(library["Plain Bob Minor"], "pxp")
    with pytest.raises(ValueError):
        prove_touch(library["Plain Bob Doubles"], "ps")


def test_load_library(library) -> None:
    assert list(library) == ["Plain Bob Doubles", "Plain Bob Minor", "Cambridge Surprise Minor",
                             "Grandsire Triples", "Plain Bob Major"]
    assert library["Plain Bob Doubles"].single is None
    assert library["Grandsire Triples"] == Method("Grandsire", 7, "3.1.7.1.7.1.7.1.7.1.7.1.7.1", "3.1", "3.123")
    with pytest.raises(ValueError):
        load_library("Plain Bob|6|x16x16x16,12\n")
    with pytest.raises(ValueError):
        rounds(2)


def test_check_submissions(library) -> None:
    results = check_submissions([
        {"id": "A", "method": "Plain Bob Minor", "calling": "pppspppps pp"},
        {"id": "B", "method": "Plain Bob Minor", "calling": "ppppp"},
        {"id": "C", "method": "Plain Bob Minor", "calling": "pp"},
        {"id": "D", "method": "Stedman Triples", "calling": "p"},
        {"id": "E", "method": "Plain Bob Minor", "calling": "bbsbsb"},
    ], library)
    assert [result["status"] for result in results] == [
        "comes round early", "true", "does not come round", "unknown method", "false"]
    assert describe(results[1]["report"]) == "60 Plain Bob Minor: true"
