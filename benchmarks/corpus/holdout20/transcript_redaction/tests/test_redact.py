from piiscrub.patterns import luhn_valid
from piiscrub.redact import name_pattern, redact_transcript


def test_luhn() -> None:
    assert luhn_valid("4111111111111111")
    assert luhn_valid("79927398713")
    assert not luhn_valid("4111111111111112")


def test_name_pattern_allows_flexible_whitespace() -> None:
    assert name_pattern("Mary  Ann") == r"\bMary\s+Ann\b"


def test_names_are_masked_case_insensitively() -> None:
    lines, counts = redact_transcript(["Hi MARY ANN, this is Bob.", "mary   ann called"], ["Mary Ann"])
    assert lines == ["Hi [NAME], this is Bob.", "[NAME] called"]
    assert counts == {"email": 0, "card": 0, "name": 2}


def test_only_whole_words() -> None:
    lines, _ = redact_transcript(["Annabel and Ann"], ["Ann"])
    assert lines == ["Annabel and [NAME]"]


def test_email_and_card() -> None:
    lines, counts = redact_transcript(["mail jo.lee+tv@example.co.uk card 4111 1111 1111 1111 ok"], [])
    assert lines == ["mail [EMAIL] card [CARD ****1111] ok"]
    assert counts == {"email": 1, "card": 1, "name": 0}


def test_numbers_failing_luhn_are_kept() -> None:
    lines, counts = redact_transcript(["order 1234 5678 9012 3456"], [])
    assert lines == ["order 1234 5678 9012 3456"]
    assert counts["card"] == 0


def test_custom_placeholder_and_order() -> None:
    lines, counts = redact_transcript(["Jon Smith and Jon"], ["Jon Smith", "Jon"], placeholder="<cust>")
    assert lines == ["<cust> and <cust>"]
    assert counts["name"] == 2


def test_empty_input() -> None:
    assert redact_transcript([], ["Ann"]) == ([], {"email": 0, "card": 0, "name": 0})
