import pytest

from spendtags.budget import budget_status
from spendtags.categorise import categorise
from spendtags.rules import Rule, Transaction, parse_rules


def test_parse_rules() -> None:
    text = "# groceries\n10 | TESCO | Groceries\n\n 5 | uber eats | Takeaway \n"
    assert parse_rules(text) == [Rule("TESCO", "Groceries", 10), Rule("uber eats", "Takeaway", 5)]
    with pytest.raises(ValueError):
        parse_rules("10 | | Groceries")


def test_whole_words_and_case() -> None:
    rules = [Rule("tesco", "Groceries"), Rule("shell", "Fuel")]
    txns = [Transaction("2024-05-01", "TESCO STORES 3021", -23.4), Transaction("2024-05-01", "SHELLFISH BAR", -12.0),
            Transaction("2024-05-02", "Shell Oxford Rd", -40.0)]
    result = categorise(txns, rules)
    assert result["labels"] == ["Groceries", "Uncategorised", "Fuel"]
    assert result["totals"] == {"Fuel": -40.0, "Groceries": -23.4, "Uncategorised": -12.0}


def test_priority_then_order() -> None:
    rules = [Rule("amazon", "Shopping"), Rule("prime video", "Subscriptions", 5), Rule("amazon", "Other")]
    txns = [Transaction("2024-05-01", "AMAZON PRIME VIDEO", -8.99), Transaction("2024-05-01", "AMAZON MKTP", -20)]
    assert categorise(txns, rules)["labels"] == ["Subscriptions", "Shopping"]


def test_special_characters_in_keywords() -> None:
    rules = [Rule("M&S", "Groceries"), Rule(" 7-ELEVEN ", "Snacks")]
    txns = [Transaction("2024-05-01", "M&S SIMPLY FOOD", -5), Transaction("2024-05-01", "7-Eleven 0042", -2)]
    assert categorise(txns, rules)["labels"] == ["Groceries", "Snacks"]


def test_budget_status() -> None:
    assert budget_status({"Groceries": -95.0, "Fuel": -10}, {"Groceries": 100, "Fuel": 50, "Fun": 20}) == [
        ("Fuel", 10, 50, "ok"), ("Fun", 0.0, 20, "ok"), ("Groceries", 95.0, 100, "near")]
