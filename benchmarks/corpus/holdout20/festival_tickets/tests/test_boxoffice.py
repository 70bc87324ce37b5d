import pytest

from filmfest.boxoffice import film_totals, find_venue, screening_report
from filmfest.model import Sale, Screening, Venue

VENUES = [Venue("ODE1", "Odeon Screen 1", 200), Venue("ART", "Arthouse", 80)]
SCREENINGS = [Screening("S1", "Aftersun", "ODE1", "2024-10-12T18:30"),
              Screening("S2", "Aftersun", "ART", "2024-10-13T14:00"),
              Screening("S3", "Close", "ART", "2024-10-13T20:00")]


def test_find_venue() -> None:
    assert find_venue(VENUES, "ART").name == "Arthouse"
    with pytest.raises(KeyError):
        find_venue(VENUES, "NOPE")


def test_report_counts_sales_and_refunds() -> None:
    sales = [Sale(1, "S1", 2, 1200), Sale(2, "S1", 3, 1200, refunded=True), Sale(3, "S1", 1, 0), Sale(4, "S3", 4, 900)]
    rows = screening_report(VENUES, SCREENINGS, sales)
    assert [row["tickets"] for row in rows] == [3, 0, 4]
    assert rows[0]["takings_cents"] == 2400 and rows[0]["comps"] == 1
    assert rows[0]["fill_pct"] == 1.5
    assert rows[2]["fill_pct"] == 5.0


def test_report_row_fields() -> None:
    rows = screening_report(VENUES, SCREENINGS[:1], [])
    assert rows == [{"screening": "S1", "film": "Aftersun", "venue": "Odeon Screen 1", "starts": "2024-10-12T18:30",
                     "tickets": 0, "comps": 0, "takings_cents": 0, "fill_pct": 0.0}]


def test_unknown_venue() -> None:
    with pytest.raises(KeyError):
        screening_report(VENUES, [Screening("S9", "X", "GONE", "2024-10-14T10:00")], [])


def test_zero_seat_venue() -> None:
    rows = screening_report([Venue("ONL", "Online", 0)], [Screening("S1", "X", "ONL", "")], [Sale(1, "S1", 5, 500)])
    assert rows[0]["fill_pct"] == 0.0 and rows[0]["tickets"] == 5


def test_film_totals() -> None:
    rows = screening_report(VENUES, SCREENINGS, [Sale(1, "S1", 2, 1000), Sale(2, "S2", 1, 1000), Sale(3, "S3", 5, 800)])
    assert film_totals(rows) == {"Close": (5, 4000), "Aftersun": (3, 3000)}
