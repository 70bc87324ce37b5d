import pytest

from labelprint.batch import render_batch
from labelprint.sscc import gs1_check_digit, sscc
from labelprint.zpl import ZplWriter, escape_field


def shipment(**overrides):
    base = {"order": "SO-1", "carrier": "DHL", "ship_to": ["Jane Doe", "1 High St", "Leeds LS1 1AA"],
            "cartons": 1, "first_serial": 1, "weight_kg": 4.0}
    base.update(overrides)
    return base


def test_check_digit_gs1_example() -> None:
    assert gs1_check_digit("00614141123456789") == 0
    assert sscc("0614141", 123456789) == "006141411234567890"


def test_sscc_rejects_bad_input() -> None:
    with pytest.raises(ValueError):
        sscc("0614141", 10 ** 9)
    with pytest.raises(ValueError):
        gs1_check_digit("12a4")


def test_escape_field() -> None:
    assert escape_field("A^B~C_D") == "A_5EB_7EC_5FD"


def test_writer_dots() -> None:
    writer = ZplWriter(300)
    assert writer.dots(25.4) == 300
    writer.start_label(100, 150)
    assert writer.data.startswith("^XA^CI28^PW1181^LL1772")


def test_one_label_per_carton() -> None:
    zpl = render_batch([shipment(cartons=3, weight_kg=9.0)], "0614141")
    assert zpl.count("^XA") == 3 and zpl.count("^XZ") == 3
    assert "Carton 2 of 3  3.00 kg" in zpl
    assert "(00) 006141410000000029" in zpl


def test_address_lines_are_escaped() -> None:
    zpl = render_batch([shipment(ship_to=["Müller_GmbH", "Gate ^7"])], "0614141")
    assert "^FDMüller_5FGmbH^FS" in zpl and "^FDGate _5E7^FS" in zpl


def test_zero_cartons_rejected_and_empty_job() -> None:
    with pytest.raises(ValueError):
        render_batch([shipment(cartons=0)], "0614141")
    assert render_batch([], "0614141") == ""
