import pytest

from audittrail.events import AuditEvent, format_event, parse_line
from audittrail.merge import merge_trails
from audittrail.report import actions_per_actor, out_of_order


def ev(ts, server, seq, actor="ops", action="login"):
    return AuditEvent(ts, server, seq, actor, action)


def test_parse_and_format_round_trip() -> None:
    event = parse_line("1700000000000000|app-1|42|alice|refund.approve|txn-9\n")
    assert event == AuditEvent(1700000000000000, "app-1", 42, "alice", "refund.approve", "txn-9")
    assert format_event(event) == "1700000000000000|app-1|42|alice|refund.approve|txn-9"
    assert parse_line("1|a|2|b|c").target == ""
    with pytest.raises(ValueError):
        parse_line("1|a|2")


def test_merge_interleaves_by_time() -> None:
    a = [ev(1, "a", 1), ev(5, "a", 2)]
    b = [ev(2, "b", 1), ev(3, "b", 2), ev(9, "b", 3)]
    assert [e.timestamp_us for e in merge_trails([a, b])] == [1, 2, 3, 5, 9]


def test_ties_go_to_first_trail() -> None:
    a = [ev(5, "a", 1)]
    b = [ev(5, "b", 1)]
    assert [e.server for e in merge_trails([b, a])] == ["b", "a"]


def test_duplicates_dropped() -> None:
    a = [ev(1, "a", 1), ev(2, "a", 2)]
    copy = [ev(1, "a", 1), ev(2, "a", 2)]
    assert len(merge_trails([a, copy])) == 2


def test_empty() -> None:
    assert merge_trails([]) == []
    assert merge_trails([[], []]) == []


def test_reports() -> None:
    trail = [ev(1, "a", 1, "bob"), ev(3, "a", 2, "al"), ev(2, "b", 1, "bob")]
    assert actions_per_actor(trail) == {"bob": 2, "al": 1}
    assert out_of_order(trail) == 1
