import pytest

from snapkeep.retention import Policy, snapshot_time, snapshots_to_destroy, snapshots_to_keep


def hourly(day: int, hours: range) -> list[str]:
    return [f"tank@2024-01-{day:02d}T{h:02d}:00:00" for h in hours]


def test_snapshot_time() -> None:
    assert snapshot_time("pool/a@b@2024-02-29T12:30:00").day == 29


def test_keep_last() -> None:
    names = hourly(1, range(6))
    assert snapshots_to_keep(names, Policy(last=2)) == names[:3:-1]


def test_daily_keeps_newest_per_day() -> None:
    names = hourly(1, range(24)) + hourly(2, range(24)) + hourly(3, range(3))
    assert snapshots_to_keep(names, Policy(daily=2)) == ["tank@2024-01-03T02:00:00", "tank@2024-01-02T23:00:00"]


def test_rules_combine_without_duplicates() -> None:
    names = hourly(1, range(24)) + hourly(2, range(24))
    keep = snapshots_to_keep(names, Policy(last=1, daily=2, monthly=1))
    assert keep == ["tank@2024-01-02T23:00:00", "tank@2024-01-01T23:00:00"]


def test_input_order_does_not_matter() -> None:
    names = hourly(1, range(24)) + hourly(5, range(24)) + hourly(9, range(10))
    policy = Policy(hourly=5, daily=2, weekly=2)
    assert snapshots_to_keep(names, policy) == snapshots_to_keep(list(reversed(names)), policy)


def test_empty_policy_keeps_nothing() -> None:
    assert snapshots_to_keep(hourly(1, range(3)), Policy()) == []


def test_destroy_is_the_complement() -> None:
    names = hourly(1, range(24))
    assert snapshots_to_destroy(names, Policy(last=20)) == names[:4]


def test_malformed_name() -> None:
    with pytest.raises(ValueError):
        snapshots_to_keep(["tank@yesterday"], Policy(last=1))
