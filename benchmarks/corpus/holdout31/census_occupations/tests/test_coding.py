import pytest

from census_occupations.coding import Coded, code_occupations, code_transcriptions, coding_summary
from census_occupations.normalise import normalise_occupation
from census_occupations.rules import Rule, parse_rules

RULES = [
    Rule("75220", "cotton weavers", ("cotton weaver", "power loom weaver", "weaver")),
    Rule("71120", "coal miners", ("coal miner", "hewer", "collier")),
    Rule("62105", "agricultural labourers", ("agricultural labourer", "farm labourer")),
    Rule("99910", "general labourers", ("labourer",)),
]


def test_longest_keyword_wins() -> None:
    [item] = code_occupations(["cotton weaver power loom"], RULES)
    assert item == Coded("cotton weaver power loom", "75220", "cotton weaver")


def test_general_fallback() -> None:
    [item] = code_occupations(["brick labourer"], RULES)
    assert item.code == "99910" and item.keyword == "labourer"


def test_whole_words_only() -> None:
    [item] = code_occupations(["weavers widow"], RULES)
    assert item.code is None and item.keyword is None


def test_case_insensitive() -> None:
    [item] = code_occupations(["COAL MINER (HEWER)"], RULES)
    assert item.code == "71120" and item.keyword == "coal miner"


def test_ties_go_to_the_first_rule() -> None:
    rules = [Rule("A", "a", ("hewer",)), Rule("B", "b", ("miner", "hewer"))]
    assert code_occupations(["hewer miner"], rules)[0].code == "A"


def test_normalise_occupation() -> None:
    assert normalise_occupation("Ag. Lab.") == "agricultural labourer"
    assert normalise_occupation("Retired Cott. Weaver") == "cotton weaver"
    assert normalise_occupation("Journeyman Boot & Shoe Maker") == "boot & shoe maker"


def test_code_transcriptions_normalises_first() -> None:
    [item] = code_transcriptions(["Ag Lab"], RULES)
    assert item.occupation == "agricultural labourer" and item.code == "62105"


def test_parse_rules() -> None:
    rules = parse_rules("# rules\n71120 | coal miners | Coal Miner;  collier ; \n")
    assert rules == [Rule("71120", "coal miners", ("coal miner", "collier"))]
    with pytest.raises(ValueError):
        parse_rules("71120 | coal miners\n")
    with pytest.raises(ValueError):
        parse_rules("71120 | coal miners | ; \n")


def test_coding_summary() -> None:
    coded = code_occupations(["collier", "coal miner", "scholar", "weaver"], RULES)
    assert coding_summary(coded) == {"71120": 2, "75220": 1, "uncoded": 1}
