from mainframe.records import RECORD_WIDTH, parse_records, total_balance

LINE_1 = "0000012345" + "ADA LOVELACE".ljust(28) + "0042" + "GBP" + "1000050".rjust(14) + "18431210"
LINE_2 = "0000067890" + "ALAN TURING".ljust(28) + "0007" + "EUR" + "-250".rjust(14) + "19120623"


def test_layout_width() -> None:
    assert len(LINE_1) == len(LINE_2) == RECORD_WIDTH


def test_records() -> None:
    records = parse_records(LINE_1 + "\n" + LINE_2 + "\n")
    assert records == [
        {"account": "0000012345", "holder": "ADA LOVELACE", "branch": "0042", "currency": "GBP",
         "balance": "1000050", "opened": "18431210"},
        {"account": "0000067890", "holder": "ALAN TURING", "branch": "0007", "currency": "EUR",
         "balance": "-250", "opened": "19120623"},
    ]


def test_empty_export() -> None:
    assert parse_records("") == []


def test_total_balance() -> None:
    assert total_balance(LINE_1 + LINE_2 + LINE_1, "GBP") == 2000100
