import pytest

from dairyherd.lactation import days_in_milk, summarise, yield_305
from dairyherd.report import herd_report


def t(cow, day, milk, fat=4.0, protein=3.3, scc=100):
    return {"cow": cow, "date": day, "milk_kg": milk, "fat_pct": fat, "protein_pct": protein, "scc": scc}


def test_days_in_milk() -> None:
    assert days_in_milk("2024-01-01", "2024-03-01") == 60


def test_yield_305_interval_method() -> None:
    tests = [t("A", "2024-01-11", 30.0), t("A", "2024-02-10", 40.0), t("A", "2024-03-11", 36.0)]
    # 10*30 + 30*35 + 30*38 + (305-70)*36
    assert yield_305("2024-01-01", tests) == 300 + 1050 + 1140 + 235 * 36


def test_yield_305_needs_three_tests_in_window() -> None:
    tests = [t("A", "2024-01-03", 30.0), t("A", "2024-02-10", 40.0), t("A", "2024-03-11", 36.0)]
    assert yield_305("2024-01-01", tests) is None


def test_summary_components() -> None:
    tests = [t("A", "2024-01-11", 30.0, fat=4.0, scc=250), t("A", "2024-02-10", 10.0, fat=5.0, scc=300)]
    summary = summarise("2024-01-01", tests)
    assert summary["fat_pct"] == 4.25 and summary["peak_kg"] == 30.0 and summary["peak_dim"] == 10
    assert summary["high_scc_tests"] == 2 and summary["last_dim"] == 40


def test_report_groups_by_cow_and_skips_old_lactation() -> None:
    records = [t("B", "2024-02-10", 25.0), t("A", "2023-11-01", 12.0), t("A", "2024-01-11", 30.0), t("B", "2024-01-15", 28.0)]
    report = herd_report(records, {"A": "2024-01-01", "B": "2024-01-05"})
    assert list(report["cows"]) == ["B", "A"]
    assert report["cows"]["A"]["tests"] == 1
    assert report["cows"]["B"]["peak_dim"] == 10


def test_missing_cows_and_mastitis_watch() -> None:
    records = [t("A", "2024-01-11", 30.0, scc=400), t("A", "2024-02-11", 29.0, scc=500), t("C", "2024-01-11", 20.0)]
    report = herd_report(records, {"A": "2024-01-01"})
    assert report["missing"] == ["C"]
    assert report["herd"] == {"cows": 1, "mean_305": None, "mastitis_watch": ["A"]}


def test_empty() -> None:
    assert herd_report([], {}) == {"cows": {}, "missing": [], "herd": {"cows": 0, "mean_305": None, "mastitis_watch": []}}
