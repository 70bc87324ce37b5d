import pytest

from market_pitches.registers import read_attendance, read_pitches, read_stallholders
from market_pitches.statements import pitch_statements
from market_pitches.summary import format_pence, occupancy_rate, total_fees, vacant_pitches

PITCHES = "number,frontage_m,rate_pence\nA1,3,2400\nA2,3,2400\nB1,6,4000\n"
HOLDERS = "licence,name,status\nL1,Fresh Veg,permanent\nL2,Cheese Man,casual\nL3,Flowers,Permanent\n"
ATTENDANCE = "date,pitch,licence\n2024-04-06,A1,L1\n2024-04-06,B1,L2\n2024-04-13,A1,L2\n2024-04-13,A1,L1\n"


@pytest.fixture
def registers():
    return read_pitches(PITCHES), read_attendance(ATTENDANCE), read_stallholders(HOLDERS)


def test_read_registers(registers) -> None:
    pitches, attendance, holders = registers
    assert pitches[2] == {"number": "B1", "frontage_m": 6.0, "rate_pence": 4000}
    assert holders[2]["status"] == "permanent"
    assert attendance[1] == {"date": "2024-04-06", "pitch": "B1", "licence": "L2"}
    with pytest.raises(ValueError):
        read_stallholders("licence,name,status\nL9,X,visitor\n")
    with pytest.raises(ValueError):
        read_pitches("number,rate_pence\nA1,100\n")


def test_statements(registers) -> None:
    statements = pitch_statements(*registers)
    assert statements[0] == {"pitch": "A1", "days": 3, "fees_pence": 2400 + 3000 + 2400,
                             "traders": ["Fresh Veg", "Cheese Man"]}
    assert statements[1] == {"pitch": "A2", "days": 0, "fees_pence": 0, "traders": []}
    assert statements[2]["fees_pence"] == 5000


def test_unregistered_licence(registers) -> None:
    pitches, attendance, holders = registers
    with pytest.raises(ValueError):
        pitch_statements(pitches, attendance + [{"date": "2024-04-20", "pitch": "A2", "licence": "L9"}], holders)


def test_unknown_pitch_rows_ignored(registers) -> None:
    pitches, attendance, holders = registers
    extra = attendance + [{"date": "2024-04-20", "pitch": "Z9", "licence": "L9"}]
    assert pitch_statements(pitches, extra, holders) == pitch_statements(*registers)


def test_duplicate_licence_first_wins(registers) -> None:
    pitches, attendance, holders = registers
    holders = holders + [{"licence": "L1", "name": "Impostor", "status": "casual"}]
    assert pitch_statements(pitches, attendance, holders)[0]["traders"] == ["Fresh Veg", "Cheese Man"]


def test_summary(registers) -> None:
    statements = pitch_statements(*registers)
    assert occupancy_rate(statements, 2) == 66.7
    assert occupancy_rate([], 2) == 0.0
    assert total_fees(statements) == 12800
    assert vacant_pitches(statements) == ["A2"]
    assert format_pence(123456) == "£1,234.56"
