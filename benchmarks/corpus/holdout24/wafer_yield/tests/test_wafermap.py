import pytest

from wafermap.binmap import Die, parse_bin_map, render_bin_map
from wafermap.clusters import clustered_failures
from wafermap.report import lot_lines, summarise_wafer


def test_parse_and_render_round_trip() -> None:
    text = ".12.\n3A45\n.9.."
    dies = parse_bin_map(text)
    assert dies[0] == Die(1, 0, 1) and dies[3] == Die(1, 1, 10) and len(dies) == 7
    assert render_bin_map(dies) == text
    assert parse_bin_map("") == [] and parse_bin_map("11\n") == [Die(0, 0, 1), Die(1, 0, 1)]


def test_parse_rejects_unknown_characters() -> None:
    with pytest.raises(ValueError):
        parse_bin_map("1x1")


def test_isolated_failure_is_not_clustered() -> None:
    dies = parse_bin_map("111\n151\n111")
    assert clustered_failures(dies) == []


def test_blob_is_clustered_in_input_order() -> None:
    dies = parse_bin_map("1111\n1551\n1551\n1111")
    assert clustered_failures(dies) == [(1, 1), (2, 1), (1, 2), (2, 2)]
    assert clustered_failures(dies, min_failing_neighbours=4) == []


def test_scratch_line_needs_lower_threshold() -> None:
    dies = parse_bin_map("3333333")
    assert clustered_failures(dies) == []
    assert clustered_failures(dies, min_failing_neighbours=2) == [(x, 0) for x in range(1, 6)]


def test_summary_and_lot_lines() -> None:
    summary = summarise_wafer("W1", parse_bin_map("1555\n2551\n1167"))
    assert (summary.dies, summary.good, summary.clustered, summary.top_fail_bin) == (12, 5, 5, 5)
    assert round(summary.yield_percent, 2) == 41.67
    assert lot_lines([summary], clustered_limit=3) == ["1 wafers, yield 41.67%",
                                                       "W1: 41.7% yield, 5 clustered, top fail bin 5"]
