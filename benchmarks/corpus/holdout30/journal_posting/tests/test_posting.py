import pytest

from journal_posting.accounts import new_ledger, parse_chart
from journal_posting.journal import JournalEntry, parse_journal
from journal_posting.posting import post_entries
from journal_posting.trial import format_pounds, trial_balance

CHART = [("1200", "Bank", "asset"), ("4000", "Sales", "income"), ("2200", "VAT", "liability"),
         ("7500", "Stationery", "expense")]


def test_post_balanced_entry() -> None:
    ledger = new_ledger(CHART)
    entry = JournalEntry("J1", "2024-05-02", "Cash sale", [("1200", 12000, 0), ("4000", 0, 10000), ("2200", 0, 2000)])
    assert post_entries(ledger, [entry]) == []
    assert ledger["1200"]["balance"] == 12000
    assert ledger["4000"]["balance"] == -10000
    assert ledger["2200"]["postings"] == ["J1"]


def test_unbalanced_entry_is_rolled_back() -> None:
    ledger = new_ledger(CHART)
    good = JournalEntry("J1", "d", "n", [("7500", 500, 0), ("1200", 0, 500)])
    bad = JournalEntry("J2", "d", "n", [("7500", 500, 0), ("1200", 0, 400)])
    assert post_entries(ledger, [good, bad]) == [("J2", "out of balance by 100")]
    assert ledger["7500"] == {"name": "Stationery", "type": "expense", "balance": 500, "postings": ["J1"]}


def test_other_rejections() -> None:
    ledger = new_ledger(CHART)
    entries = [JournalEntry("J1", "d", "n", [("9999", 5, 0), ("1200", 0, 5)]),
               JournalEntry("J2", "d", "n", [("1200", 5, 5)]),
               JournalEntry("J3", "d", "n", [("1200", -5, 0), ("4000", 0, -5)]),
               JournalEntry("J4", "d", "n", [])]
    assert post_entries(ledger, entries) == [("J1", "unknown account 9999"), ("J2", "bad amounts on account 1200"),
                                             ("J3", "bad amounts on account 1200"), ("J4", "no lines")]
    assert ledger == new_ledger(CHART)


def test_trial_balance() -> None:
    ledger = new_ledger(CHART)
    post_entries(ledger, [JournalEntry("J1", "d", "n", [("1200", 12000, 0), ("4000", 0, 10000), ("2200", 0, 2000)])])
    rows, debit, credit = trial_balance(ledger)
    assert rows == [("1200", "Bank", 12000, 0), ("2200", "VAT", 0, 2000), ("4000", "Sales", 0, 10000)]
    assert debit == credit == 12000
    assert format_pounds(123456) == "1,234.56"


def test_parse_chart() -> None:
    assert parse_chart("# chart\n1200, Bank, asset\n") == [("1200", "Bank", "asset")]
    with pytest.raises(ValueError):
        parse_chart("1200,Bank,cash\n")
    with pytest.raises(ValueError):
        parse_chart("1200,Bank,asset\n1200,Bank 2,asset\n")


def test_parse_journal() -> None:
    text = "ref,date,narrative,account,debit,credit\nJ1,2024-05-02,Sale,1200,120,\nJ1,2024-05-02,Sale,4000,,100.5\nJ2,2024-05-03,x,1200,0.05,\n"
    entries = parse_journal(text)
    assert [entry.ref for entry in entries] == ["J1", "J2"]
    assert entries[0].lines == [("1200", 12000, 0), ("4000", 0, 10050)]
    with pytest.raises(ValueError):
        parse_journal("J1,2024-05-02,Sale,1200,12.345,\n")
    with pytest.raises(ValueError):
        parse_journal("J1,2024-05-02,Sale,1200\n")
