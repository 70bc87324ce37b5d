from surgery_waitlist.scheduler import fill_sessions
from surgery_waitlist.targets import rtt_performance, waits_by_priority
from surgery_waitlist.waitlist import Booking, Referral, Session


def test_most_urgent_first() -> None:
    referrals = [Referral("A", 0, 3, 60), Referral("B", 1, 1, 60), Referral("C", 0, 2, 60)]
    bookings, waiting = fill_sessions(referrals, [Session(2, "TH1", 120)])
    assert [booking.referral for booking in bookings] == ["B", "C"]
    assert waiting == ["A"]


def test_longest_waiting_then_id_within_priority() -> None:
    referrals = [Referral("B", 0, 3, 30), Referral("A", 0, 3, 30), Referral("C", -5, 3, 30)]
    bookings, _ = fill_sessions(referrals, [Session(0, "TH1", 90)])
    assert [booking.referral for booking in bookings] == ["C", "A", "B"]


def test_skips_referrals_that_do_not_fit() -> None:
    referrals = [Referral("LONG", 0, 2, 200), Referral("SHORT", 0, 3, 30)]
    bookings, waiting = fill_sessions(referrals, [Session(0, "TH1", 100)])
    assert [booking.referral for booking in bookings] == ["SHORT"]
    assert waiting == ["LONG"]


def test_referrals_join_on_their_day() -> None:
    referrals = [Referral("LATER", 5, 1, 30), Referral("NOW", 0, 4, 30)]
    bookings, waiting = fill_sessions(referrals, [Session(3, "TH1", 30), Session(5, "TH1", 30)])
    assert [(booking.referral, booking.day) for booking in bookings] == [("NOW", 3), ("LATER", 5)]
    assert waiting == []


def test_sessions_taken_in_day_order() -> None:
    referrals = [Referral("A", 0, 3, 60), Referral("B", 0, 3, 60)]
    sessions = [Session(4, "TH2", 60), Session(1, "TH1", 60)]
    bookings, _ = fill_sessions(referrals, sessions)
    assert bookings == [Booking("A", 3, 0, 1, "TH1"), Booking("B", 3, 0, 4, "TH2")]
    assert bookings[1].wait == 4


def test_still_waiting_includes_future_referrals() -> None:
    referrals = [Referral("F", 10, 1, 30), Referral("A", 0, 3, 300)]
    bookings, waiting = fill_sessions(referrals, [Session(1, "TH1", 240)])
    assert bookings == []
    assert waiting == ["F", "A"]


def test_no_sessions_or_referrals() -> None:
    assert fill_sessions([], [Session(0, "TH1", 240)]) == ([], [])
    assert fill_sessions([Referral("A", 0, 2, 30)], []) == ([], ["A"])


def test_rtt_performance() -> None:
    bookings = [Booking("A", 3, 0, 100, "T"), Booking("B", 3, 0, 127, "T")]
    assert rtt_performance(bookings) == 0.5
    assert rtt_performance([]) == 1.0


def test_waits_by_priority() -> None:
    bookings = [Booking("A", 1, 0, 2, "T"), Booking("B", 1, 0, 5, "T"), Booking("C", 4, 0, 400, "T")]
    report = waits_by_priority(bookings)
    assert report["P1 (within 72 hours)"] == {"median_wait": 3.5, "within_target": 0.5}
    assert report["P4 (over 3 months)"] == {"median_wait": 400.0, "within_target": 1.0}
