from datetime import date

import pytest

from weighbridge_tickets.checks import Discrepancy, check_tickets
from weighbridge_tickets.notes import TransferNote, normalise_ewc, parse_portal_export
from weighbridge_tickets.permit import accepted_tonnage
from weighbridge_tickets.tickets import Ticket, parse_weighbridge_log

DAY = date(2024, 7, 3)


def note(note_no="N1", code="20 03 01", declared=10.0):
    return TransferNote(note_no, "Greenway Skips", code, declared, DAY)


def ticket(ticket_no="T1", note_no="N1", code="20 03 01", gross=22_000, tare=12_000):
    return Ticket(ticket_no, note_no, "YX19ABC", code, gross, tare)


def test_matching_load_is_clean() -> None:
    assert check_tickets([ticket()], [note()]) == []


def test_missing_and_reused_notes() -> None:
    findings = check_tickets([ticket(), ticket("T2", "N9"), ticket("T3")], [note()])
    assert findings == [Discrepancy("T2", "N9", "no transfer note"), Discrepancy("T3", "N1", "note reused")]


def test_waste_code_mismatch_and_overweight_together() -> None:
    findings = check_tickets([ticket(code="15 01 01", gross=24_000)], [note()])
    assert [finding.issue for finding in findings] == ["waste code mismatch", "over declared"]
    assert findings[1].excess_tonnes == 2.0


def test_tolerance() -> None:
    assert check_tickets([ticket(gross=23_000)], [note()]) == []
    assert check_tickets([ticket(gross=23_001)], [note()])[0].excess_tonnes == 1.001
    assert check_tickets([ticket(gross=22_500)], [note()], tolerance=0.0)[0].issue == "over declared"


def test_bad_weights() -> None:
    assert check_tickets([ticket(gross=12_000)], [note()])[0].issue == "bad weights"


def test_first_note_with_a_number_counts() -> None:
    findings = check_tickets([ticket()], [note(code="15 01 01"), note()])
    assert findings[0].issue == "waste code mismatch"


def test_normalise_ewc() -> None:
    assert normalise_ewc("200301") == "20 03 01"
    assert normalise_ewc("16-06-01*") == "16 06 01*"
    with pytest.raises(ValueError):
        normalise_ewc("20 03")


def test_parsers() -> None:
    notes = parse_portal_export("note_no,haulier,ewc_code,declared_tonnes,collected_on\n"
                                "wtn-1,Greenway Skips,200301,10.5,2024-07-03\n")
    assert notes == [TransferNote("WTN-1", "Greenway Skips", "20 03 01", 10.5, DAY)]
    tickets = parse_weighbridge_log(["# log", "T1;wtn-1;yx19 abc;20-03-01;22000;12000"])
    assert tickets == [Ticket("T1", "WTN-1", "YX19ABC", "20 03 01", 22_000, 12_000)]
    with pytest.raises(ValueError):
        parse_weighbridge_log(["T1;WTN-1;YX19ABC;200301;22000"])
    with pytest.raises(ValueError):
        parse_weighbridge_log(["T1;WTN-1;YX19ABC;200301;22.5;12000"])


def test_accepted_tonnage() -> None:
    tickets = [ticket(), ticket("T2", "N9"), ticket("T3", "N2", "15 01 01", 15_500, 12_000)]
    findings = check_tickets(tickets, [note(), note("N2", "15 01 01", 2.0)])
    assert accepted_tonnage(tickets, findings) == {"15 01 01": 3.5, "20 03 01": 10.0}
