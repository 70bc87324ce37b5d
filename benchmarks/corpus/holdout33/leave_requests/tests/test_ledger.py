from datetime import date

from leavebank.ledger import accrue, month_after, process_requests, working_days
from leavebank.models import Decision, LeaveAccount, LeaveRequest
from leavebank.report import balances, rejection_reasons


def account(employee="N001", balance=30.0, through=date(2024, 1, 31), monthly=15.0, cap=37.5):
    return LeaveAccount(employee, balance, through, monthly, cap)


def request(rid, first, last, submitted=None, employee="N001", hours=7.5):
    return LeaveRequest(rid, employee, submitted or first, first, last, hours)


def test_month_after() -> None:
    assert month_after(date(2024, 1, 31)) == date(2024, 2, 1)
    assert month_after(date(2024, 12, 5)) == date(2025, 1, 1)


def test_working_days() -> None:
    assert working_days(date(2024, 3, 4), date(2024, 3, 10)) == 5
    assert working_days(date(2024, 3, 9), date(2024, 3, 10)) == 0
    assert working_days(date(2024, 3, 28), date(2024, 4, 2), frozenset({date(2024, 3, 29), date(2024, 4, 1)})) == 2


def test_accrual_with_carryover_cap() -> None:
    acc = account(balance=60.0, through=date(2023, 11, 30))
    accrue(acc, date(2024, 1, 15))
    assert acc.balance_hours == 52.5
    assert acc.history == [("2023-12-01", "accrual", 15.0), ("2024-01-01", "forfeit", -37.5),
                           ("2024-01-01", "accrual", 15.0)]
    assert acc.accrued_through == date(2024, 1, 1)


def test_approved_request_books_hours() -> None:
    state, decisions = process_requests({"N001": account()},
                                        [request("R1", date(2024, 3, 4), date(2024, 3, 8), date(2024, 2, 10))])
    assert decisions == [Decision("R1", True)]
    assert state["N001"].balance_hours == 7.5
    assert state["N001"].history[-1] == ("2024-03-04", "taken", -37.5)


def test_rejections_leave_no_trace() -> None:
    accounts = {"N001": account()}
    requests = [request("R1", date(2024, 5, 6), date(2024, 5, 17), date(2024, 3, 1)),
                request("R2", date(2024, 5, 6), date(2024, 5, 3)),
                request("R3", date(2024, 5, 6), date(2024, 5, 6), employee="N999"),
                request("R4", date(2024, 3, 2), date(2024, 3, 3))]
    state, decisions = process_requests(accounts, requests)
    assert [d.reason for d in decisions] == ["insufficient balance", "ends before it starts", "unknown employee",
                                             "no working days"]
    assert state == accounts


def test_late_submission_rejected() -> None:
    _, [decision] = process_requests({"N001": account()},
                                     [request("R1", date(2024, 3, 4), date(2024, 3, 5), date(2024, 3, 6))])
    assert decision == Decision("R1", False, "submitted after the leave started")


def test_input_accounts_untouched() -> None:
    accounts = {"N001": account()}
    process_requests(accounts, [request("R1", date(2024, 3, 4), date(2024, 3, 4), date(2024, 2, 1))])
    assert accounts["N001"] == account()


def test_reports() -> None:
    accounts = {"N001": account(), "N002": account("N002", balance=5.0)}
    decisions = [Decision("R1", False, "insufficient balance"), Decision("R2", True),
                 Decision("R3", False, "insufficient balance"), Decision("R4", False, "unknown employee")]
    assert rejection_reasons(decisions) == {"insufficient balance": 2, "unknown employee": 1}
    assert balances(accounts) == [("N002", 5.0), ("N001", 30.0)]
