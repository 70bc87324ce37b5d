import pytest

from regmarks.codes import category
from regmarks.forms import form_summary
from regmarks.summary import PupilAttendance, attendance_summary

HEADER = "UPN,Surname,Forename,Form,Date,Session,Mark,Recorded By\n"


def test_categories() -> None:
    assert category("/") == "present" and category("L") == "present"
    assert category("I") == "authorised" and category("O") == "unauthorised" and category("#") == "not possible"
    with pytest.raises(ValueError):
        category("Q")


def test_summary_counts_and_percentage() -> None:
    export = HEADER + (
        "K1,Smith,Amelia,7A,2024-09-04,AM,/,tutor\n"
        "K1,Smith,Amelia,7A,2024-09-04,PM,\\,tutor\n"
        "K1,Smith,Amelia,7A,2024-09-05,AM,i,tutor\n"
        "K1,Smith,Amelia,7A,2024-09-05,PM,O,tutor\n"
        "K1,Smith,Amelia,7A,2024-09-06,AM,#,tutor\n"
        "\n"
        "K2,Khan,Leo,7B,2024-09-04,AM,L,tutor\n"
    )
    pupils = attendance_summary(export)
    assert list(pupils) == ["K1", "K2"]
    assert pupils["K1"] == PupilAttendance("K1", "Smith, Amelia", "7A", 4, 2, 1, 1, 50.0, True)
    assert pupils["K2"] == PupilAttendance("K2", "Khan, Leo", "7B", 1, 1, 0, 0, 100.0, False)


def test_corrections_replace_marks() -> None:
    export = HEADER + "K1,Smith,Amelia,7A,2024-09-04,AM,N,tutor\nK1,Smith,Amelia,7A,2024-09-04,am,I,office\n"
    assert attendance_summary(export)["K1"].authorised == 1
    assert attendance_summary(export)["K1"].possible == 1


def test_header_order_and_errors() -> None:
    export = "mark,session,date,form,forename,surname,upn\n/,AM,2024-09-04,8C,Maja,Nowak,K9\n"
    assert attendance_summary(export)["K9"].name == "Nowak, Maja"
    assert attendance_summary("") == {}
    with pytest.raises(ValueError):
        attendance_summary(HEADER + "K1,Smith,Amelia,7A,2024-09-04,AM,Q,tutor\n")
    with pytest.raises(ValueError):
        attendance_summary("upn,mark\nK1,/\n")
    with pytest.raises(ValueError):
        attendance_summary(HEADER + "K1,Smith\n")


def test_form_summary() -> None:
    pupils = [PupilAttendance("1", "A", "7A", 10, 9), PupilAttendance("2", "B", "7A", 10, 8, persistent_absentee=True),
              PupilAttendance("3", "C", "7B", 0, 0)]
    assert form_summary(pupils) == [("7A", 85.0, 1), ("7B", 100.0, 0)]
