import pytest

from amortize.schedule import Installment, amortization_schedule, monthly_payment, total_interest


def test_monthly_payment_known_value() -> None:
    assert monthly_payment(200_000, 0.06, 360) == 1199.10


def test_zero_rate_splits_evenly() -> None:
    schedule = amortization_schedule(1200, 0.0, 12)
    assert len(schedule) == 12
    assert all(row.interest == 0 for row in schedule)
    assert schedule[-1].closing == 0


def test_schedule_pays_off_loan() -> None:
    schedule = amortization_schedule(10_000, 0.05, 24)
    assert len(schedule) == 24
    assert schedule[0].opening == 10_000
    assert schedule[-1].closing == 0
    assert round(sum(row.principal for row in schedule), 2) == 10_000


def test_rows_chain() -> None:
    schedule = amortization_schedule(25_000, 0.07, 60)
    for before, after in zip(schedule, schedule[1:]):
        assert after.opening == before.closing
        assert after.number == before.number + 1


def test_first_row() -> None:
    first = amortization_schedule(1000, 0.12, 12)[0]
    assert first == Installment(1, 1000, 10.0, 88.85, 78.85, 921.15)


def test_extra_repayments_end_loan_early() -> None:
    plain = amortization_schedule(50_000, 0.06, 120)
    extra = amortization_schedule(50_000, 0.06, 120, {12: 10_000, 24: 10_000})
    assert len(extra) < len(plain)
    assert total_interest(extra) < total_interest(plain)
    assert extra[-1].closing == 0


def test_extra_larger_than_balance() -> None:
    schedule = amortization_schedule(5_000, 0.05, 36, {3: 100_000})
    assert len(schedule) == 3
    assert schedule[-1].closing == 0


def test_invalid_input() -> None:
    with pytest.raises(ValueError):
        amortization_schedule(1000, 0.05, 0)
    with pytest.raises(ValueError):
        amortization_schedule(-1, 0.05, 12)
    with pytest.raises(ValueError):
        amortization_schedule(1000, 0.05, 12, {2: -5})


def test_zero_principal() -> None:
    assert amortization_schedule(0, 0.05, 12) == []
