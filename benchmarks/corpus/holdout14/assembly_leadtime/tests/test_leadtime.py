import pytest

from bomtime.leadtime import critical_path, cumulative_lead_time, lead_time_report
from bomtime.parts import Part


def catalogue(*parts: Part) -> dict[str, Part]:
    return {part.number: part for part in parts}


BOM = catalogue(
    Part("BOLT", "M8 bolt", 3),
    Part("CAST", "Spindle casting", 40),
    Part("MOTOR", "Servo motor", 25),
    Part("HEAD", "Spindle head", 5, (("CAST", 1), ("BOLT", 8))),
    Part("MILL", "Milling machine", 10, (("MOTOR", 2), ("HEAD", 1), ("BOLT", 40))),
)


def test_bought_part() -> None:
    assert cumulative_lead_time("BOLT", BOM) == 3


def test_made_part_takes_longest_branch() -> None:
    assert cumulative_lead_time("HEAD", BOM) == 45
    assert cumulative_lead_time("MILL", BOM) == 55


def test_critical_path() -> None:
    assert critical_path("MILL", BOM) == ["MILL", "HEAD", "CAST"]


def test_tie_follows_first_component() -> None:
    bom = catalogue(Part("A", "", 1), Part("B", "", 1), Part("X", "", 0, (("B", 1), ("A", 1))))
    assert critical_path("X", bom) == ["X", "B"]


def test_report_lists_made_parts_only() -> None:
    report = lead_time_report(BOM, horizon_days=50)
    assert list(report) == ["HEAD", "MILL"]
    assert report["MILL"] == {"days": 55, "critical_path": ["MILL", "HEAD", "CAST"], "late": True}
    assert report["HEAD"]["late"] is False


def test_loop_is_rejected() -> None:
    bom = catalogue(Part("A", "", 1, (("B", 1),)), Part("B", "", 1, (("A", 1),)))
    with pytest.raises(ValueError):
        lead_time_report(bom, 10)


def test_unknown_component() -> None:
    with pytest.raises(KeyError):
        lead_time_report(catalogue(Part("A", "", 1, (("NOPE", 1),))), 10)


def test_empty_catalogue() -> None:
    assert lead_time_report({}, 10) == {}
