import pytest

from grainshrink.schedule import Band, read_schedules
from grainshrink.settlement import grower_statements, settle_tickets
from grainshrink.tickets import ScaleTicket, SettlementLine, read_tickets

SCHEDULE_CSV = """crop,factor,low,high,shrink_pct,discount
corn,moisture,0,15.6,0,0
corn,moisture,15.6,20,1.4,0.02
corn,moisture,20,30,7,0.05
corn,test_weight,54,70,0,0
corn,test_weight,50,54,0,0.03
corn,foreign_material,0,3.1,0,0
corn,foreign_material,3.1,10,1,0.02
"""
SCHEDULES = read_schedules(SCHEDULE_CSV)
PRICES = {"corn": 4.25}


def ticket(number="T1", moisture=15.0, test_weight=56.0, fm=1.0, gross=60000, tare=32000, crop="corn"):
    return ScaleTicket(number, "Hollis Farms", crop, gross, tare, moisture, test_weight, fm)


def test_read_schedules() -> None:
    assert SCHEDULES["corn"]["moisture"][1] == Band(15.6, 20.0, 1.4, 0.02)
    assert len(SCHEDULES["corn"]["test_weight"]) == 2
    with pytest.raises(ValueError):
        read_schedules("crop,factor,low,high,shrink_pct,discount\ncorn,damage,0,5,0,0\n")
    with pytest.raises(ValueError):
        read_schedules("crop,factor,low,high,shrink_pct,discount\ncorn,moisture,5,5,0,0\n")


def test_dry_clean_load() -> None:
    [line] = settle_tickets([ticket()], SCHEDULES, PRICES)
    assert line == SettlementLine("T1", "Hollis Farms", "corn", 500.0, 0.0, 500.0, 0.0, 2125.0)


def test_wet_light_dirty_load() -> None:
    [line] = settle_tickets([ticket(moisture=18.2, test_weight=52.5, fm=4.0)], SCHEDULES, PRICES)
    assert line.shrink_pct == 2.4
    assert line.net_bushels == 488.0
    assert line.discount == 0.07
    assert line.amount == round(488.0 * (4.25 - 0.07), 2)


def test_band_edges() -> None:
    low, high = settle_tickets([ticket(moisture=15.6), ticket(moisture=15.59)], SCHEDULES, PRICES)
    assert low.shrink_pct == 1.4 and high.shrink_pct == 0.0


def test_reading_outside_schedule() -> None:
    with pytest.raises(ValueError):
        settle_tickets([ticket(moisture=31.0)], SCHEDULES, PRICES)
    with pytest.raises(ValueError):
        settle_tickets([ticket(test_weight=48.0)], SCHEDULES, PRICES)


def test_unknown_crop() -> None:
    with pytest.raises(KeyError):
        settle_tickets([ticket(crop="soybeans")], SCHEDULES, PRICES)


def test_crop_names_are_normalised() -> None:
    [line] = settle_tickets([ticket(crop=" Corn ")], SCHEDULES, PRICES)
    assert line.crop == "corn"


def test_grower_statements() -> None:
    lines = settle_tickets([ticket("T1"), ticket("T2", moisture=18.0)], SCHEDULES, PRICES)
    statement = grower_statements(lines)["Hollis Farms"]
    assert statement["loads"] == 2
    assert statement["corn"] == 993.0


def test_read_tickets() -> None:
    text = "ticket,grower,crop,gross_lb,tare_lb,moisture,test_weight,fm\nE1-0001,Hollis Farms,corn,60000,32000,15,56,1\n"
    assert read_tickets(text) == [ticket("E1-0001")]
