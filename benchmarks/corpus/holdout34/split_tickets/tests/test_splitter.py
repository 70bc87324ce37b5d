import pytest

from split_tickets.fares import railcard_fares, read_fares
from split_tickets.report import best_savings, format_quote
from split_tickets.splitter import cheapest_split, quote

FEED = """origin,destination,pence,direction
AAA,BBB,500,both
BBB,CCC,600,both
AAA,CCC,1500,both
CCC,DDD,300,single
AAA,DDD,2000,both
BBB,DDD,700,both
AAA,BBB,450,both
"""


@pytest.fixture
def fares():
    return read_fares(FEED)


def test_read_fares(fares) -> None:
    assert fares[("AAA", "BBB")] == 450
    assert fares[("BBB", "AAA")] == 450
    assert ("DDD", "CCC") not in fares
    with pytest.raises(ValueError):
        read_fares("origin,destination,pence\nAAA,AAA,100\n")
    with pytest.raises(ValueError):
        read_fares("origin,destination,pence\nAAA,BBB,-1\n")


def test_split_beats_through_fare(fares) -> None:
    assert cheapest_split(["AAA", "BBB", "CCC"], fares) == (1050, [("AAA", "BBB", 450), ("BBB", "CCC", 600)])


def test_best_split_over_four_stops(fares) -> None:
    assert cheapest_split(["AAA", "BBB", "CCC", "DDD"], fares) == (1150, [("AAA", "BBB", 450), ("BBB", "DDD", 700)])


def test_direction_matters(fares) -> None:
    assert cheapest_split(["DDD", "CCC"], fares) is None
    assert cheapest_split(["DDD", "BBB", "AAA"], fares) == (1150, [("DDD", "BBB", 700), ("BBB", "AAA", 450)])


def test_too_short() -> None:
    with pytest.raises(ValueError):
        cheapest_split(["AAA"], {})


def test_tie_prefers_earliest_first_ticket() -> None:
    fares = {("A", "B"): 1, ("B", "C"): 2, ("A", "C"): 3}
    assert cheapest_split(["A", "B", "C"], fares) == (3, [("A", "B", 1), ("B", "C", 2)])


def test_quote(fares) -> None:
    result = quote(["AAA", "BBB", "CCC", "DDD"], "AAA", "DDD", fares)
    assert result["through_pence"] == 2000
    assert result["split_pence"] == 1150
    assert result["saving_pence"] == 850
    with pytest.raises(ValueError):
        quote(["AAA", "BBB"], "BBB", "AAA", fares)


def test_railcard(fares) -> None:
    assert railcard_fares({("A", "B"): 1000})[("A", "B")] == 665
    assert railcard_fares({("A", "B"): 100}, minimum_pence=100)[("A", "B")] == 100


def test_report(fares) -> None:
    quotes = [quote(["AAA", "BBB", "CCC"], "AAA", "CCC", fares), quote(["AAA", "BBB"], "AAA", "BBB", fares)]
    assert [q["saving_pence"] for q in best_savings(quotes)] == [450]
    assert format_quote(quotes[0]).splitlines()[0] == "AAA → CCC: through £15.00, split £10.50"
