from datetime import datetime

import pytest

from x12out.invoice import line_cents, render_interchange
from x12out.segments import SegmentWriter

CREATED = datetime(2024, 3, 29, 23, 5)
INVOICE = {
    "number": "INV-1", "date": "2024-03-28", "po": "PO-9",
    "bill_to": {"name": "Northway Foods plc", "id": "501"},
    "ship_to": {"name": "Northway Leeds", "id": "502", "address": "1 High St", "city": "Leeds", "state": "WY",
                "zip": "LS1 4AP"},
    "lines": [{"sku": "11042", "description": "Tomatoes", "quantity": 3, "uom": "CA", "unit_price": 7.85},
              {"sku": "20931", "quantity": 1, "unit_price": 9.49}],
}


def test_clean_blanks_delimiters() -> None:
    assert SegmentWriter().clean("A*B~C>D") == "A B C D"
    assert SegmentWriter().clean(None) == ""


def test_trailing_empty_elements_dropped() -> None:
    writer = SegmentWriter()
    writer.segment("N1", "ST", "Store", "", "")
    assert writer.text == "N1*ST*Store~\n"


def test_separators_must_differ() -> None:
    with pytest.raises(ValueError):
        SegmentWriter(element_separator="~")


def test_line_cents() -> None:
    assert line_cents({"quantity": 3, "unit_price": 7.85}) == 2355


def test_interchange_envelope() -> None:
    lines = render_interchange([INVOICE], "SENDER", "RECEIVER", 42, CREATED).splitlines()
    assert lines[0] == ("ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       "
                        "*240329*2305*U*00401*000000042*0*P*>~")
    assert lines[1] == "GS*IN*SENDER*RECEIVER*20240329*2305*42*X*004010~"
    assert lines[-2:] == ["GE*1*42~", "IEA*1*000000042~"]


def test_transaction_body() -> None:
    lines = render_interchange([INVOICE], "SENDER", "RECEIVER", 42, CREATED).splitlines()
    body = lines[2:-2]
    assert body[0] == "ST*810*0001~"
    assert body[1] == "BIG*20240328*INV-1**PO-9~"
    assert "IT1*1*3*CA*7.85**VN*11042~" in body
    assert "IT1*2*1*EA*9.49**VN*20931~" in body
    assert body[-3:] == ["TDS*3304~", "CTT*2~", f"SE*{len(body)}*0001~"]


def test_bad_ids_and_control_numbers() -> None:
    with pytest.raises(ValueError):
        render_interchange([], "A" * 16, "RECEIVER", 1, CREATED)
    with pytest.raises(ValueError):
        render_interchange([], "SENDER", "RECEIVER", 10**9, CREATED)
