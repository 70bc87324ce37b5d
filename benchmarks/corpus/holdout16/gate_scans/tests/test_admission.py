import pytest

from turnstile.admission import process_scans
from turnstile.barcodes import five_minute_slot, luhn_valid, readable


def with_check(body: str) -> str:
    for digit in "0123456789":
        if luhn_valid(body + digit):
            return body + digit
    raise AssertionError


A, B, C = with_check("10000000001"), with_check("10000000002"), with_check("10000000003")


def test_luhn() -> None:
    assert luhn_valid("79927398713")
    assert not luhn_valid("79927398710")
    assert not luhn_valid("7992-7398")


def test_readable_needs_twelve_digits() -> None:
    assert readable(A)
    assert not readable(A[:-1])


def test_five_minute_slot() -> None:
    assert five_minute_slot("14:07:59") == "14:05"
    assert five_minute_slot("9:00:00") == "09:00"
    with pytest.raises(ValueError):
        five_minute_slot("24:00:00")


def test_admit_once_then_passback() -> None:
    result = process_scans([("14:00:01", "N1", A), ("14:02:00", "S2", A)], [A, B])
    assert [r[3] for r in result["results"]] == ["admit", "passback"]
    assert result["refused"] == {"passback": 1}


def test_refusal_reasons() -> None:
    scans = [("14:00:00", "N1", "123"), ("14:00:01", "N1", C), ("14:00:02", "N1", B)]
    result = process_scans(scans, [A, B], voided=[B])
    assert [r[3] for r in result["results"]] == ["unreadable", "not for this match", "voided"]
    assert result["admitted"] == 0 and result["peak"] is None


def test_per_gate_counts_and_peak() -> None:
    scans = [("14:00:00", "N1", A), ("14:04:59", "N1", f" {B}\n"), ("14:05:00", "S2", C)]
    result = process_scans(scans, [A, B, C])
    assert result["per_gate"] == {"N1": {"14:00": 2}, "S2": {"14:05": 1}}
    assert result["peak"] == ("N1", "14:00", 2)
    assert result["results"][1][2] == B


def test_empty() -> None:
    assert process_scans([], []) == {"results": [], "per_gate": {}, "admitted": 0, "refused": {}, "peak": None}
