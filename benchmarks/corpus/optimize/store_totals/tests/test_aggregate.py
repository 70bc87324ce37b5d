from ledger.aggregate import totals_by_store


def test_totals() -> None:
    text = "store,product,amount\nS1,tea,2.50\nS2,jam,4\nS1,oat,1.25\n"
    assert totals_by_store(text) == [("S1", 3.75), ("S2", 4.0)]


def test_header_only() -> None:
    assert totals_by_store("store,product,amount\n") == []
