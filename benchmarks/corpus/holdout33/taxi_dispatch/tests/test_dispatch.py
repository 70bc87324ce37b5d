from cabdispatch.dispatch import replay_bookings
from cabdispatch.fleet import Assignment, Booking, Driver
from cabdispatch.report import hourly_service, jobs_per_driver
from cabdispatch.zones import read_travel_times

TRAVEL = read_travel_times("from,to,minutes\nC,N,8\nC,S,10\nN,S,15\nC,A,25\nN,A,20\nS,A,35\n")


def test_travel_table() -> None:
    assert TRAVEL["N"]["C"] == 8
    assert TRAVEL["S"]["S"] == 0
    assert sorted(TRAVEL) == ["A", "C", "N", "S"]


def test_nearest_driver_wins() -> None:
    drivers = [Driver("D1", "N", 0, "saloon", 1440), Driver("D2", "C", 0, "saloon", 1440)]
    result = replay_bookings([Booking("B1", 600, "S", "C")], drivers, TRAVEL)
    assert result == [Assignment("B1", "D2", 10)]


def test_busy_driver_becomes_free_at_dropoff() -> None:
    drivers = [Driver("D1", "C", 0, "saloon", 1440)]
    bookings = [Booking("B1", 600, "C", "A"), Booking("B2", 605, "A", "C")]
    result = replay_bookings(bookings, drivers, TRAVEL)
    assert result == [Assignment("B1", "D1", 0), Assignment("B2", "D1", 22)]


def test_vehicle_requirements() -> None:
    drivers = [Driver("D1", "C", 0, "saloon", 1440), Driver("D2", "S", 0, "mpv", 1440),
               Driver("D3", "A", 0, "wav", 1440)]
    bookings = [Booking("B1", 600, "C", "N", "estate"), Booking("B2", 601, "C", "N", "wav")]
    assert replay_bookings(bookings, drivers, TRAVEL) == [Assignment("B1", "D2", 10), Assignment("B2", "D3", 25)]


def test_lost_when_too_far_or_off_shift() -> None:
    drivers = [Driver("D1", "S", 0, "saloon", 1440), Driver("D2", "C", 0, "saloon", 600)]
    result = replay_bookings([Booking("B1", 600, "A", "C")], drivers, TRAVEL)
    assert result == [Assignment("B1", None, None)]


def test_tie_broken_by_longest_free_then_id() -> None:
    drivers = [Driver("D2", "C", 100, "saloon", 1440), Driver("D1", "C", 100, "saloon", 1440),
               Driver("D3", "C", 50, "saloon", 1440)]
    assert replay_bookings([Booking("B1", 600, "C", "N")], drivers, TRAVEL)[0].driver_id == "D3"
    assert replay_bookings([Booking("B1", 600, "C", "N")], drivers[:2], TRAVEL)[0].driver_id == "D1"


def test_drivers_not_modified() -> None:
    drivers = [Driver("D1", "C", 0, "saloon", 1440)]
    replay_bookings([Booking("B1", 600, "C", "A")], drivers, TRAVEL)
    assert drivers == [Driver("D1", "C", 0, "saloon", 1440)]


def test_reports() -> None:
    bookings = [Booking("B1", 600, "C", "N"), Booking("B2", 610, "C", "N"), Booking("B3", 700, "A", "C")]
    assignments = [Assignment("B1", "D1", 4), Assignment("B2", None, None), Assignment("B3", "D1", 12)]
    assert hourly_service(bookings, assignments) == {10: {"bookings": 2, "lost": 1, "p90_wait": 4},
                                                     11: {"bookings": 1, "lost": 0, "p90_wait": 12}}
    assert jobs_per_driver(assignments) == {"D1": 2}
