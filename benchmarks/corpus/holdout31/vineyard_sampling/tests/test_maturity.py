import pytest

from vineyard_sampling.blocks import Block, parse_register, targets_by_block
from vineyard_sampling.maturity import DEFAULT_TARGET_BRIX, harvest_readiness, picking_order
from vineyard_sampling.samples import Sample, group_by_block, parse_lab_export


def sample(block, taken, brix, ph=3.3, ta=7.0):
    return Sample(block, taken, brix, ph, ta)


def test_rate_and_projection() -> None:
    samples = {"N1": [sample("N1", "2024-09-01 08:00", 20.0), sample("N1", "2024-09-05 08:00", 22.0)]}
    report = harvest_readiness(samples, {"N1": 24.0}, "2024-09-05 18:00")
    item = report["N1"]
    assert item.samples == 2 and item.latest_brix == 22.0
    assert item.brix_per_day == 0.5
    assert item.days_to_target == 4 and not item.ready


def test_samples_after_report_date_are_ignored() -> None:
    samples = {"N1": [sample("N1", "2024-09-01 08:00", 20.0), sample("N1", "2024-09-09 08:00", 25.0)]}
    item = harvest_readiness(samples, {"N1": 24.0}, "2024-09-02 08:00")["N1"]
    assert item.samples == 1 and item.latest_brix == 20.0
    assert item.brix_per_day is None and item.days_to_target is None


def test_trend_window_only_uses_recent_samples() -> None:
    samples = {"S2": [sample("S2", "2024-08-01 08:00", 10.0), sample("S2", "2024-09-08 08:00", 21.0),
                      sample("S2", "2024-09-10 08:00", 22.0)]}
    item = harvest_readiness(samples, {}, "2024-09-10 08:00", window_days=7)["S2"]
    assert item.brix_per_day == 0.5
    assert item.days_to_target == 2  # default target 23.0
    assert DEFAULT_TARGET_BRIX == 23.0


def test_ready_block() -> None:
    samples = {"E3": [sample("E3", "2024-09-03 07:00", 19.0)]}
    item = harvest_readiness(samples, {"E3": 18.5}, "2024-09-03 07:00")["E3"]
    assert item.ready and item.days_to_target == 0


def test_block_without_samples_yet() -> None:
    samples = {"W4": [sample("W4", "2024-09-20 07:00", 19.0)]}
    item = harvest_readiness(samples, {}, "2024-09-01 00:00")["W4"]
    assert item.samples == 0 and item.latest_brix is None and not item.ready


def test_falling_sugar_has_no_projection() -> None:
    samples = {"N1": [sample("N1", "2024-09-01 08:00", 21.0), sample("N1", "2024-09-02 08:00", 20.5)]}
    item = harvest_readiness(samples, {"N1": 24.0}, "2024-09-03 00:00")["N1"]
    assert item.brix_per_day == -0.5 and item.days_to_target is None


def test_parse_lab_export() -> None:
    text = "block,taken,brix,ph,ta\nn1,2024-09-01 08:00,20.1,3.21,8.4\nS2,2024-09-01 09:10,18,3.1,9\n"
    samples = parse_lab_export(text)
    assert samples[0] == Sample("N1", "2024-09-01 08:00", 20.1, 3.21, 8.4)
    assert list(group_by_block(samples)) == ["N1", "S2"]
    with pytest.raises(ValueError):
        parse_lab_export("N1,2024-09-01 08:00,20.1\n")
    with pytest.raises(ValueError):
        parse_lab_export("N1,2024-09-01 08:00,high,3.2,8\n")


def test_parse_register() -> None:
    blocks = parse_register("# register\nn1;Chardonnay;white;2.5\nS2;Shiraz;Red;1.0;25.5\n")
    assert blocks[0] == Block("N1", "Chardonnay", "white", 2.5, 22.0)
    assert targets_by_block(blocks) == {"N1": 22.0, "S2": 25.5}
    with pytest.raises(ValueError):
        parse_register("N1;Chardonnay;rose;2.5\n")


def test_picking_order() -> None:
    samples = {
        "A": [sample("A", "2024-09-01 08:00", 23.0)],
        "B": [sample("B", "2024-09-01 08:00", 23.5)],
        "C": [sample("C", "2024-08-31 08:00", 21.0), sample("C", "2024-09-01 08:00", 22.0)],
        "D": [sample("D", "2024-09-01 08:00", 15.0)],
    }
    report = harvest_readiness(samples, {"A": 22.0, "B": 22.0, "C": 23.5, "D": 23.0}, "2024-09-01 12:00")
    assert picking_order(report, {"A": 1.0, "B": 3.0}) == ["B", "A", "C"]
