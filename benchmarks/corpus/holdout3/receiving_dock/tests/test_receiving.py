import pytest

from dockyard.receiving import Allocation, OrderLine, Receipt, reconcile


def test_exact_delivery() -> None:
    report = reconcile([OrderLine("PO1", "A", 10)], [Receipt("A", 10, "P1")])
    assert report.allocations == [Allocation("PO1", "A", 10, "P1")]
    assert report.over_received == {}
    assert report.still_open == {}


def test_oldest_line_first_and_split() -> None:
    lines = [OrderLine("PO1", "A", 4), OrderLine("PO2", "B", 5), OrderLine("PO3", "A", 6)]
    report = reconcile(lines, [Receipt("A", 7, "P9")])
    assert report.allocations == [Allocation("PO1", "A", 4, "P9"), Allocation("PO3", "A", 3, "P9")]
    assert report.still_open == {"A": 3, "B": 5}


def test_over_delivery() -> None:
    report = reconcile([OrderLine("PO1", "A", 2)], [Receipt("A", 5), Receipt("Z", 1)])
    assert report.over_received == {"A": 3, "Z": 1}


def test_negative_quantity_rejected() -> None:
    with pytest.raises(ValueError):
        reconcile([OrderLine("PO1", "A", 2)], [Receipt("A", -1)])
