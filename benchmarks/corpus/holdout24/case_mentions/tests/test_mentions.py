import re

from citator.judgments import numbered_paragraphs
from citator.mentions import cases_mentioned
from citator.names import name_pattern
from citator.report import referred_to

TEXT = """IN THE SUPREME COURT

1. In Donoghue v Stevenson the House of Lords
held that a manufacturer owes a duty.

[2] Caparo Industries plc vs. Dickman refined the test; see also DONOGHUE V.
STEVENSON.

3. Nothing here.
"""


def test_numbered_paragraphs() -> None:
    paragraphs = numbered_paragraphs(TEXT)
    assert [number for number, _ in paragraphs] == [1, 2, 3]
    assert paragraphs[0][1].startswith("In Donoghue") and paragraphs[2][1] == "Nothing here."


def test_name_pattern() -> None:
    pattern = name_pattern("Re B (A Minor)")
    assert re.search(pattern, "see Re  B (A Minor) at 4")
    assert not re.search(name_pattern("Smith v Jones"), "Smith v Jonesborough Ltd")
    assert re.search(name_pattern("Smith v Jones"), "Smith vs\nJones")


def test_cases_mentioned() -> None:
    paragraphs = numbered_paragraphs(TEXT)
    names = ["Caparo Industries plc v Dickman", "Donoghue v Stevenson", "Anns v Merton LBC"]
    assert cases_mentioned(paragraphs, names) == {"Caparo Industries plc v Dickman": [2], "Donoghue v Stevenson": [1, 2]}
    assert cases_mentioned([], names) == {} and cases_mentioned(paragraphs, []) == {}


def test_referred_to() -> None:
    assert referred_to({"donoghue v Stevenson": [2, 1, 2], "Caparo v Dickman": [2]}) == [
        "Caparo v Dickman, [2]", "donoghue v Stevenson, [1], [2]"]
