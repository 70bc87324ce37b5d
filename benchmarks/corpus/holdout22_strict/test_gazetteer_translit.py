"""Strict equivalence tests for romanise_gazetteer (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from strict_support import assert_same
from translit.romanise import romanise_gazetteer
from translit.rules import Rule, default_rules

TARGET = "translit/romanise.py:romanise_gazetteer"


# --- verbatim copy of the original implementation and its helpers -------------------------

VOWELS_AND_SIGNS = "аеёиоуыэюяйъь"


def _at_initial(lower, index):
    if index == 0:
        return True
    previous = lower[index - 1]
    return previous in VOWELS_AND_SIGNS or not previous.isalpha()


def romanise(text, rules):
    ordered = sorted(rules, key=lambda rule: (-len(rule.source), rule.context != "initial"))
    lower = text.lower()
    out = []
    index = 0
    while index < len(text):
        for rule in ordered:
            if not lower.startswith(rule.source, index):
                continue
            if rule.context == "initial" and not _at_initial(lower, index):
                continue
            target = rule.target
            if text[index].isupper():
                target = target[:1].upper() + target[1:]
            out.append(target)
            index += len(rule.source)
            break
        else:
            out.append(text[index])
            index += 1
    return "".join(out)


def reference(entries, rules):
    rows = []
    for entry in entries:
        latin = romanise(entry["name"].strip(), rules)
        alternates = []
        for alternate in entry.get("alternates") or []:
            converted = romanise(alternate.strip(), rules)
            if converted and converted != latin and converted not in alternates:
                alternates.append(converted)
        rows.append({"id": entry["id"], "name": entry["name"], "latin": latin, "alternates": alternates})
    rows.sort(key=lambda row: (row["latin"].casefold(), row["id"]))
    return rows


# --- cases -------------------------------------------------------------------------------

RULES = default_rules()
R = Rule


def e(id_, name, *alternates, **extra):
    entry = {"id": id_, "name": name}
    if alternates:
        entry["alternates"] = list(alternates)
    entry.update(extra)
    return entry


CUSTOM = [R("а", "a"), R("аа", "aa!"), R("б", "b"), R("е", "ye", "initial"), R("е", "e"), R("ее", "EE", "initial")]
SAME_LENGTH = [R("ш", "sh"), R("ш", "x"), R("ч", "ch", "initial"), R("ч", "tsch"), R("шч", "sh-ch"), R("шч", "ŝ", "initial")]
ODD = [R("А", "upper-never"), R("ь", ""), R("ъ", "'"), R("x", "ks"), R("1", "one"), R(" ", "_"), R("-", "", "initial"),
       R("ß", "ss"), R("i̇", "DOT"), R("é", "e")]

CASES = [
    ([], RULES),
    ([], []),
    ([e(1, "Москва")], RULES),
    ([e(1, "Москва")], []),
    ([e(1, "МОСКВА"), e(2, "москва"), e(3, "Москва")], RULES),
    ([e(1, "Екатеринбург"), e(2, "Заельцовский"), e(3, "Объезд"), e(4, "Подъём"), e(5, "Ёлкино")], RULES),
    ([e(1, "Отсёлок"), e(2, "Светлый"), e(3, "Ивантеевка"), e(4, "Яя"), e(5, "йа йу ыа эй")], RULES),
    ([e(1, "Щёлково"), e(2, "Шчара"), e(3, "Кхолм"), e(4, "Цхинвали"), e(5, "Схема"), e(6, "Зхорь")], RULES),
    ([e(1, "Сочи-2 (Адлер)"), e(2, "Усть-Илимск"), e(3, "Ростов-на-Дону"), e(4, "Ново-Еловое")], RULES),
    ([e(1, "  Тверь \n"), e(2, "\tТверь"), e(3, "Тверь\r\n"), e(4, " ")], RULES),
    ([e(1, ""), e(2, "   "), e(0, "")], RULES),
    ([e(1, "Тверь", "Калинин", "Тверь", "Калинин", " Калинин ", "калинин")], RULES),
    ([e(1, "Тверь", "", " ", "\n")], RULES),
    ([e(1, "Тверь", alternates=None)], RULES),
    ([e(1, "Тверь", alternates=[])], RULES),
    ([e(1, "Тверь", alternates=())], RULES),
    ([e(1, "Тверь", alternates=("Калинин", "Тверь"))], RULES),
    ([e(1, "Тверь", alternates="Калинин")], RULES),
    ([e(1, "Тверь", alternates="")], RULES),
    ([e(1, "Тверь", alternates=0)], RULES),
    ([e(2, "Тверь"), e(1, "Тверь"), e(3, "тверь"), e(0, "ТВЕРЬ")], RULES),
    ([e("b", "Орёл"), e("a", "Орёл"), e("c", "орёл")], RULES),
    ([e(2.5, "Орёл"), e(1, "Орёл"), e(True, "Орёл")], RULES),
    ([e(None, "Орёл")], RULES),
    ([e(None, "Орёл"), e(None, "Тверь")], RULES),
    ([e(None, "Орёл"), e(None, "Орёл")], RULES),
    ([e(1, "Орёл"), e("1", "Орёл")], RULES),
    ([e(1, "Орёл"), e("1", "Тверь")], RULES),
    ([e((1, "a"), "Орёл"), e((1, "b"), "Орёл"), e((0, "z"), "Орёл")], RULES),
    ([e(1, "İзмир"), e(2, "Iзмир"), e(3, "Ǆамбул"), e(4, "ǅамбул")], RULES),
    ([e(1, "Straße"), e(2, "STRASSE"), e(3, "strasse")], RULES),
    ([e(1, "Café Ёж"), e(2, "café ёж"), e(3, "ΑΘΗΝΑ"), e(4, "日本 Токио")], RULES),
    ([e(1, "Малая Вишера"), e(2, "Малая  Вишера"), e(3, "Малая\u00a0Вишера")], RULES),
    ([e(1, "ъе ье йе ее 1е -е"), e(2, "ЪЕ ЬЕ ЙЕ ЕЕ")], RULES),
    ([e(1, "ааа"), e(2, "аааа"), e(3, "еее"), e(4, "Ееа"), e(5, "бее"), e(6, "б ее")], CUSTOM),
    ([e(1, "шч Шч ШЧ ч Ч чш шшч"), e(2, "ачш")], SAME_LENGTH),
    ([e(1, "Аа аА Азь"), e(2, "x1 X1-ь"), e(3, "ßİİ"), e(4, "Ééé")], ODD),
    ([e(1, "абв")], RULES + RULES),
    ([e(1, "абв")], list(reversed(RULES))),
    ([e(1, "абв", "вба")], tuple(RULES)),
    ([e(1, "Москва")], [R("м", "m")]),
    ([e(1, "Москва")], [R("москва", "Moscow"), R("м", "m")]),
    ([e(1, "Москва", "МОСКВА")], [R("москва", "moscow")]),
    ([e(1, "Москва")], [R("оск", "", "initial"), R("о", "0")]),
    ({"only": "dict"}, RULES),
    ("Москва", RULES),
    # invalid input
    (None, RULES),
    ([None], RULES),
    ([e(1, "Москва")], None),
    ([e(1, "Москва")], [None]),
    ([e(1, "Москва")], ["а a"]),
    ([{"name": "Москва"}], RULES),
    ([{"id": 1}], RULES),
    ([e(1, None)], RULES),
    ([e(1, 42)], RULES),
    ([e(1, b"\xd0\x9c")], RULES),
    ([e(1, "Москва", None)], RULES),
    ([e(1, "Москва", 5)], RULES),
    ([e(1, "Москва", ["Тверь"])], RULES),
    ([e(1, "Москва"), e([2], "Москва")], RULES),
    ([e(1, "Москва"), e({"id": 2}, "Тверь")], RULES),
    ([e(1, "Москва"), "Тверь"], RULES),
    ([e(1, "Москва")], [R(1, "one")]),
    ([e(1, "Москва")], [R("м", None)]),
    ([e(1, "Москва")], [R("м", 7)]),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(romanise_gazetteer, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(romanise_gazetteer, reference, rules=RULES, entries=[e(1, "Ёлкино", "Елкино"), e(2, "Ейск")])


def test_entries_are_not_changed_and_names_kept() -> None:
    entries = [e(1, " Тверь ", "Калинин"), e(2, "Орёл")]
    rows = romanise_gazetteer(entries, RULES)
    assert entries == [e(1, " Тверь ", "Калинин"), e(2, "Орёл")]
    assert rows == reference(entries, RULES)


ALPHABET = ("абвгдеёжзийклмнопрстуфхцчшщъыьэюя" "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ" "  -.1ab'ßéİ")
COMMON = "аеиоснтркл"


def _random_name(rng):
    length = rng.choice([0, 1, 2, 3, 5, 8, 13, 20])
    name = "".join(rng.choice(ALPHABET) if rng.random() < 0.6 else rng.choice(COMMON) for _ in range(length))
    if rng.random() < 0.2:
        name = rng.choice([" ", "\n", "\t", "  "]) + name + rng.choice(["", " ", "\n"])
    return name


def _random_rules(rng):
    kind = rng.randrange(4)
    if kind == 0:
        return RULES
    if kind == 1:
        rules = rng.sample(RULES, rng.randint(1, len(RULES)))
        return rules
    rules = []
    for _ in range(rng.randint(1, 25)):
        source = "".join(rng.choice(COMMON + "ёъьй") for _ in range(rng.choice([1, 1, 1, 2, 2, 3])))
        target = rng.choice(["", "x", "ye", "Shch", "·", "ʼ", "ñ", "kh"])
        rules.append(R(source, target, rng.choice(["any", "any", "initial"])))
    if kind == 3:
        rules += RULES
        rng.shuffle(rules)
    return rules


def _random_cases():
    rng = random.Random(4242)
    for _ in range(220):
        entries = []
        for number in range(rng.choice([0, 1, 2, 4, 8, 15])):
            id_ = rng.choice([number, number, rng.randint(0, 3), 100 - number])
            entry = {"id": id_, "name": _random_name(rng)}
            if rng.random() < 0.7:
                entry["alternates"] = rng.choice([None, [], [_random_name(rng) for _ in range(rng.randint(1, 4))]])
                if entry["alternates"] and rng.random() < 0.3:
                    entry["alternates"].append(entry["name"])
            if rng.random() < 0.1:
                entry["population"] = rng.randint(0, 10 ** 6)
            entries.append(entry)
        if entries and rng.random() < 0.15:
            entries.append(dict(rng.choice(entries)))
        yield entries, _random_rules(rng)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(romanise_gazetteer, reference, *case)


def test_large_gazetteer() -> None:
    rng = random.Random(99)
    roots = ["москв", "ерм", "тверск", "ельц", "щукин", "хабар", "озёрск", "юрьев", "подъезд", "отсел", "кхолм"]
    suffixes = ["а", "ово", "ево", "ка", "ск", "ый", "ий", "ое", "ьевск", "ья", "ая"]
    entries = []
    for number in range(2500):
        name = rng.choice(["", "Ново", "Усть-", "Малая "]) + rng.choice(roots) + rng.choice(suffixes)
        name = name[:1].upper() + name[1:]
        entries.append({"id": number, "name": name,
                        "alternates": [rng.choice(roots).upper() + rng.choice(suffixes) for _ in range(rng.randint(0, 3))]})
    assert_same(romanise_gazetteer, reference, entries, RULES)
