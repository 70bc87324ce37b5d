"""Strict equivalence tests for normalise_supporters (never shown to wattlens)."""

from __future__ import annotations

import random
import re

import pytest
from strict_support import assert_same
from phone_cleanup.normalise import normalise_supporters
from phone_cleanup.plan import PlanEntry

TARGET = "phone_cleanup/normalise.py:normalise_supporters"


# --- verbatim copy of the original implementation ---------------------------------------------

def parse_plan(text):
    plan = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        fields = [field.strip() for field in line.split("|")]
        if len(fields) != 4:
            raise ValueError(f"line {number}: expected ISO|code|trunk|lengths")
        iso, code, trunk, lengths = fields
        if not code.isdigit():
            raise ValueError(f"line {number}: bad calling code {code!r}")
        iso = iso.upper()
        if iso in plan:
            raise ValueError(f"line {number}: {iso} listed twice")
        plan[iso] = PlanEntry(iso, code, trunk, tuple(int(length) for length in lengths.split(",")))
    return plan


_NOT_DIALLED = re.compile(r"[^\d+]")


def reference(supporters, plan_text, default_country="GB"):
    results = []
    for supporter in supporters:
        plan = parse_plan(plan_text)
        digits = _NOT_DIALLED.sub("", supporter.get("phone") or "")
        result = {"id": supporter["id"], "e164": None, "problem": None}
        results.append(result)
        if not digits.lstrip("+"):
            result["problem"] = "missing"
            continue
        if digits.startswith("+") or digits.startswith("00"):
            international = digits[1:] if digits.startswith("+") else digits[2:]
            entry = None
            for candidate in plan.values():
                if international.startswith(candidate.calling_code):
                    if entry is None or len(candidate.calling_code) > len(entry.calling_code):
                        entry = candidate
            if entry is None:
                result["problem"] = "unknown calling code"
                continue
            national = international[len(entry.calling_code):]
            trunk = entry.trunk_prefix
            if trunk and national.startswith(trunk) and len(national) - len(trunk) in entry.lengths:
                national = national[len(trunk):]
        else:
            entry = plan.get((supporter.get("country") or default_country).upper())
            if entry is None:
                result["problem"] = "unknown country"
                continue
            national = digits
            if entry.trunk_prefix and national.startswith(entry.trunk_prefix):
                national = national[len(entry.trunk_prefix):]
        if "+" in national:
            result["problem"] = "malformed"
            continue
        if len(national) not in entry.lengths:
            result["problem"] = "bad length"
            continue
        result["e164"] = "+" + entry.calling_code + national
    return results


# --- cases -------------------------------------------------------------------------------

PLAN = """# ISO|code|trunk|lengths
GB|44|0|9,10
IE|353|0|7,8,9
HU|36|06|8,9
LT|370|8|8
US|1|1|10
CA|1|1|10
JM|1876|1|7
RU|7|8|10
KZ|7|8|10
IT|39||9,10
"""
REVERSED_PLAN = "\n".join(reversed(PLAN.strip().splitlines()))


def s(phone, country="GB", supporter_id="S1", **extra):
    return {"id": supporter_id, "phone": phone, "country": country, **extra}


PHONES = [
    "07700 900123", "(020) 7946-0018", "+44 7700 900123", "0044 7700 900123", "+44 (0)20 7946 0018",
    "+44 0 7700 900123", "+440", "+44", "0044", "00", "0", "+", "++44 7700 900123", "+ 44 7700 900123",
    "7700 900123", "077009001234", "0770090", "0770+0900123", "07700 900123 ext. 12", "tel: 07700-900-123",
    "+1 876 555 0134", "+1 415 555 0134", "+1876 1 555 0134", "+18765550134", "001 415 555 0134",
    "+7 701 123 4567", "+36 06 1 234 5678", "06 1 234 5678", "+370 8 612 34567", "8 612 34567",
    "+39 06 1234 5678", "06 1234 5678", "+999 1234", "+0 1234", "n/a", "", "   ", "ex-directory",
    "٠٧٧٠٠٩٠٠١٢٣", "07700 ⁹00123", "０７７００ ９００１２３", "+４４ 7700 900123",
]

CASES = [
    ([], PLAN),
    ([], "this is not a plan"),
    ([], None),
    ((), PLAN),
    ([s("07700 900123")], PLAN),
    ([s("07700 900123")], "GB|44|0\n"),
    ([s("07700 900123")], "GB|+44|0|10\n"),
    ([s("07700 900123")], "GB|44|0|10\ngb|44|0|10\n"),
    ([s("07700 900123")], "GB|44|0|\n"),
    ([s("07700 900123")], ""),
    ([s("+44 7700 900123")], ""),
    ([s("07700 900123")], None),
    ([s("")], "GB|44|0\n"),
    ([s("07700 900123")], REVERSED_PLAN),
    ([s("+7 701 123 4567", None)], REVERSED_PLAN),
    ([s("+1 415 555 0134", None)], REVERSED_PLAN),
    ([s("07700 900123", supporter_id="A"), s("07700 900123", supporter_id="A")], PLAN),
    ([s("07700 900123", "gb"), s("07700 900123", " GB"), s("07700 900123", "")], PLAN),
    ([s("087 123 4567", "ie"), s("(415) 555-0134", "US"), s("(415) 555-0134", "CA")], PLAN),
    ([s("07700 900123", None)], PLAN, "IE"),
    ([s("07700 900123", None)], PLAN, "us"),
    ([s("07700 900123", None)], PLAN, None),
    ([s("07700 900123", "GB")], PLAN, None),
    ([s("", None)], PLAN, None),
    ([s("07700 900123", None)], PLAN, "XX"),
    ([{"id": "S1"}], PLAN),
    ([{"id": "S1", "phone": "07700 900123"}], PLAN),
    ([{"phone": "07700 900123", "country": "GB"}], PLAN),
    ([{"id": None, "phone": "07700 900123", "country": "GB"}], PLAN),
    ([{"id": 7, "phone": None, "country": None}], PLAN),
    ([s(7700900123)], PLAN),
    ([s(0)], PLAN),
    ([s(b"07700 900123")], PLAN),
    ([s("07700 900123", 44)], PLAN),
    ([s("07700 900123", ["GB"])], PLAN),
    ([s("07700 900123", extra_field=[1, 2])], PLAN),
    ([None], PLAN),
    ([("S1", "07700 900123", "GB")], PLAN),
    (None, PLAN),
    ([s("07700 900123"), None], PLAN),
    ([s("07700 900123"), s(7)], PLAN),
]
CASES += [([s(phone, country)], PLAN) for phone in PHONES for country in ("GB", None, "US")]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(normalise_supporters, reference, *case)


def test_keyword_arguments() -> None:
    records = [s("087 123 4567", None), s("+44 7700 900123")]
    assert_same(normalise_supporters, reference, supporters=records, plan_text=PLAN, default_country="IE")
    assert_same(normalise_supporters, reference, records, PLAN, default_country="ie")


def _random_cases():
    rng = random.Random(31191)
    entries = [line for line in PLAN.strip().splitlines() if not line.startswith("#")]
    for _ in range(240):
        chosen = rng.sample(entries, rng.randint(0, len(entries)))
        plan_text = "\n".join(["# plan"] + chosen + ([""] if rng.random() < 0.5 else []))
        records = []
        for number in range(rng.choice([0, 1, 4, 15])):
            digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(5, 12)))
            style = rng.random()
            if style < 0.3:
                phone = "0" + digits
            elif style < 0.5:
                phone = "+" + rng.choice(["44", "1", "1876", "7", "36", "370", "353", "39", "99"]) + " " + digits
            elif style < 0.6:
                phone = "00" + rng.choice(["44", "1", "353"]) + digits
            elif style < 0.8:
                phone = rng.choice(PHONES)
            else:
                phone = rng.choice(["", None, digits, f"({digits[:3]}) {digits[3:]}"])
            records.append(s(phone, rng.choice(["GB", "IE", "US", "JM", "HU", "LT", "IT", None, "", "FR"]),
                             f"S{number}"))
        args = [records, plan_text]
        if rng.random() < 0.3:
            args.append(rng.choice(["GB", "IE", "us", "FR"]))
        yield tuple(args)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(normalise_supporters, reference, *case)
