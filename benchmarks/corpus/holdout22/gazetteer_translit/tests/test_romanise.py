import pytest

from translit.romanise import romanise, romanise_gazetteer
from translit.rules import Rule, default_rules, parse_rules

RULES = default_rules()


def test_simple_names() -> None:
    assert romanise("Москва", RULES) == "Moskva"
    assert romanise("Хабаровск", RULES) == "Khabarovsk"
    assert romanise("Щёлково", RULES) == "Shchëlkovo"


def test_initial_ye() -> None:
    assert romanise("Екатеринбург", RULES) == "Yekaterinburg"
    assert romanise("Заельцовский", RULES) == "Zayel'tsovskiy".replace("'", "ʼ")


def test_digraph_separator() -> None:
    assert romanise("Светлый Отсёлок", RULES) == "Svetlyy Ot·sëlok"


def test_unknown_characters_are_copied() -> None:
    assert romanise("Сочи-2 (Адлер)", RULES) == "Sochi-2 (Adler)"
    assert romanise("", RULES) == ""


def test_parse_rules_rejects_bad_lines() -> None:
    assert parse_rules(["# comment", "", "а a", "е ye initial"]) == [Rule("а", "a"), Rule("е", "ye", "initial")]
    with pytest.raises(ValueError):
        parse_rules(["а"])
    with pytest.raises(ValueError):
        parse_rules(["а a sometimes"])


def test_gazetteer_rows_sorted_with_alternates() -> None:
    entries = [
        {"id": 2, "name": "Тверь", "alternates": ["Калинин", "Тверь", "Калинин"]},
        {"id": 1, "name": " Архангельск ", "alternates": None},
    ]
    rows = romanise_gazetteer(entries, RULES)
    assert [row["id"] for row in rows] == [1, 2]
    assert rows[0]["latin"] == "Arkhangelʼsk"
    assert rows[1]["alternates"] == ["Kalinin"]


def test_empty_gazetteer() -> None:
    assert romanise_gazetteer([], RULES) == []
