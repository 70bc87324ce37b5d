"""Recipe table-made-once: a table built on every call from nothing that can change → built on the first
call and kept; and which helpers `callees` finds stable across calls."""

from __future__ import annotations

import subprocess
import tempfile
import textwrap
from pathlib import Path

import libcst as cst
import pytest

from wattlens.analysis.target import extract_target
from wattlens.optimize import callees
from wattlens.optimize.recipes import recipe_candidates
from wattlens.verify.tampering import tampering

from .recipe_outcomes import evaluated

WEIGHTS = '''
import re

_RAW = """
H,1.008
O,15.999
Na,22.990
"""
SEPARATOR = ","


def weights() -> dict[str, float]:
    """Standard atomic weights by symbol."""
    table: dict[str, float] = {}
    for line in _RAW.strip().splitlines():
        symbol, weight = line.split(SEPARATOR)
        table[symbol] = float(weight)
    return table


def mass(formula: str) -> float:
    """Molar mass of a formula such as H2O."""
    table = weights()
    total = 0.0
    for symbol, count in re.findall(r"([A-Z][a-z]?)(\\d*)", formula):
        if symbol not in table:
            raise KeyError(symbol)
        total += table[symbol] * int(count or 1)
    return round(total, 3)
'''


def made_once(tmp_path: Path, source: str, qualname: str = "mass", recipe: str = "table-made-once") -> str | None:
    """The patched module of the `recipe` candidate, or None."""
    (tmp_path / "mod.py").write_text(textwrap.dedent(source))
    target = extract_target(tmp_path, Path("mod.py"), qualname)
    found = [c for c in recipe_candidates(target) if c.id.startswith(f"recipe-{recipe}-")]
    if not found:
        return None
    (tmp_path / "patched").mkdir(exist_ok=True)
    patched = tmp_path / "patched" / "mod.py"
    patched.write_text(_apply(textwrap.dedent(source), found[0].diff))
    return patched.read_text()


def _apply(source: str, diff: str) -> str:
    with tempfile.TemporaryDirectory() as work:
        Path(work, "mod.py").write_text(source)
        subprocess.run(["git", "apply", "-"], input=diff, text=True, cwd=work, check=True)
        return Path(work, "mod.py").read_text()


def test_a_table_built_from_constants_on_every_call_is_built_once(tmp_path: Path) -> None:
    patched = made_once(tmp_path, WEIGHTS)
    assert patched is not None
    assert "@functools.cache\ndef _weights_kept() -> dict[str, float]:\n    return weights()\n" in patched
    assert "    table = _weights_kept()\n" in patched and "import functools" in patched
    assert patched.index("def _weights_kept") < patched.index("def mass")
    for call in ["mass('H2O')", "mass('NaOH')", "mass('')", "mass('Xx2')"]:
        assert evaluated(patched, call) == evaluated(WEIGHTS, call), call
    assert tampering(WEIGHTS, patched, "mod.py") == []  # a table no input decides is not a benchmark trick


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ('SEPARATOR = ","', 'SEPARATOR = {"sep": ","}["sep"]'),  # not a literal: could be anything
        ("table[symbol] * int(count or 1)", "table.setdefault(symbol, 0.0) * int(count or 1)"),  # may change it
        ("    return round(total, 3)", "    table.clear()\n    return round(total, 3)"),
        ("    return round(total, 3)", "    return table"),  # hands the kept table out
        ("    table = weights()", "    weights = lambda: {}\n    table = weights()"),  # not the helper
    ],
)
def test_a_table_that_could_change_or_be_changed_is_left_alone(tmp_path: Path, change: str, why: str) -> None:
    source = WEIGHTS.replace(change, why)
    if "return table" in why:
        source = source.replace("def mass(formula: str) -> float:", "def mass(formula: str) -> dict[str, float]:")
    assert made_once(tmp_path, source) is None, why


def test_a_module_dict_read_by_the_helper_makes_it_unstable() -> None:
    module = cst.parse_module(textwrap.dedent(WEIGHTS))
    assert dict(callees.trusted_in(module).stable) == {"weights": "dict[str, float]", "mass": "float"}
    mutable = WEIGHTS.replace('SEPARATOR = ","', 'SEPARATOR = ","\nALIASES = {"D": "H"}').replace(
        "table[symbol] = float(weight)", "table[ALIASES.get(symbol, symbol)] = float(weight)")
    assert dict(callees.trusted_in(cst.parse_module(textwrap.dedent(mutable))).stable) == {}


def test_constant_arguments_are_kept_per_call_and_a_parameter_is_not(tmp_path: Path) -> None:
    source = WEIGHTS.replace("def weights() -> dict[str, float]:", "def weights(raw: str) -> dict[str, float]:") \
        .replace("in _RAW.strip()", "in raw.strip()").replace("table = weights()", "table = weights(_RAW)")
    patched = made_once(tmp_path, source)
    assert patched is not None and "    return weights(_RAW)\n" in patched
    assert evaluated(patched, "mass('H2O')") == evaluated(source, "mass('H2O')")
    handed = source.replace("def mass(formula: str)", "def mass(formula: str, raw: str = _RAW)") \
        .replace("weights(_RAW)", "weights(raw)")
    assert made_once(tmp_path, handed) is None


def test_a_name_taken_in_the_module_is_not_overwritten(tmp_path: Path) -> None:
    assert made_once(tmp_path, WEIGHTS + "\n\ndef _weights_kept() -> int:\n    return 1\n") is None


def test_an_answer_nothing_can_change_may_be_handed_out(tmp_path: Path) -> None:
    source = '''
    LETTERS = "abcdefghijklmnopqrstuvwxyz"


    def alphabet() -> str:
        return "".join(sorted(set(LETTERS)))


    def shift(word: str) -> str:
        letters = alphabet()
        if not word:
            return letters
        return "".join(letters[(letters.index(c) + 1) % 26] for c in word)
    '''
    patched = made_once(tmp_path, source, "shift")
    assert patched is not None and "letters = _alphabet_kept()" in patched
    for call in ["shift('abz')", "shift('')", "shift('A')"]:
        assert evaluated(patched, call) == evaluated(textwrap.dedent(source), call)


# --- local-table-made-once ------------------------------------------------------------------

VIN = '''
WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
GROUPS = ("AJ", "BKS", "CLT", "DMU", "ENV", "FW", "GPX", "HY", "RZ")


def value(ch: str) -> int:
    """The number a character stands for."""
    table = {}
    for number, letters in enumerate(GROUPS, start=1):
        for letter in letters:
            table[letter] = number
    if ch.isdigit():
        return int(ch)
    if ch not in table:
        raise ValueError(f"invalid character {ch!r}")
    return table[ch]


def check(vin: str) -> str:
    total = sum(value(ch) * weight for ch, weight in zip(vin, WEIGHTS))
    return "X" if total % 11 == 10 else str(total % 11)


def audit(vins: list[str]) -> list[str]:
    return [vin for vin in vins if len(vin) == 17 and vin[8] == check(vin)]
'''


def test_a_lookup_table_built_inline_from_constants_is_built_once_even_two_helpers_down(tmp_path: Path) -> None:
    patched = made_once(tmp_path, VIN, "audit", "local-table-made-once")
    assert patched is not None
    assert "@functools.cache\ndef _value_table():\n    table = {}\n" in patched
    assert "    return table\n" in patched
    assert '"""The number a character stands for."""\n    table = _value_table()\n' in patched
    for call in ["audit(['1M8GDM9AXKP042788', '1M8GDM9A_KP042788', 'short', '1M8GDM9AYKP042788'])",
                 "value('I')", "value('7')", "[value(c) for c in 'ABZ']"]:
        assert evaluated(patched, call) == evaluated(VIN, call), call
    assert tampering(VIN, patched, "mod.py") == []


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ("for number, letters in enumerate(GROUPS, start=1):", "for number, letters in enumerate(ch, start=1):"),
        # a module list may change between calls
        ('GROUPS = ("AJ", "BKS", "CLT", "DMU", "ENV", "FW", "GPX", "HY", "RZ")', 'GROUPS = ["AJ", "BKS"]'),
        ("    if ch.isdigit():", "    table[ch] = 0\n    if ch.isdigit():"),  # the function changes it
        ("        return int(ch)", "        return int(ch) + number"),  # reads what the build left
        ("    return table[ch]", "    return table"),  # hands the table out
        ("    table = {}", "    table = {ch: 0}"),  # reads the argument
    ],
)
def test_a_built_table_that_reads_arguments_or_is_changed_or_handed_out_is_left_alone(
        tmp_path: Path, change: str, why: str) -> None:
    source = VIN.replace(change, why)
    assert made_once(tmp_path, source, "value", "local-table-made-once") is None, why


def test_helpers_rewrites_come_after_the_functions_own_and_all_together_first(tmp_path: Path) -> None:
    source = VIN.replace("    return [vin for vin in vins if len(vin) == 17 and vin[8] == check(vin)]",
                         "    out = []\n    for vin in vins:\n        if vin not in out and vin[8] == check(vin):\n"
                         "            out.append(vin)\n    return out")
    (tmp_path / "mod.py").write_text(textwrap.dedent(source))
    found = recipe_candidates(extract_target(tmp_path, Path("mod.py"), "audit"))
    ids = [c.id.rsplit("-", 1)[0] for c in found]
    assert ids[0].startswith("recipe-all-") and ids[0].endswith("+local-table-made-once")
    assert ids[-1] == "recipe-local-table-made-once" and "recipe-membership-shadow-set" in ids[1:-1]
    assert found[-1].rationale.startswith("in value: recipe local-table-made-once")
    assert found[0].new_source == found[-1].new_source == ""  # no rewritten `audit` to learn from
    patched = _apply(textwrap.dedent(source), found[0].diff)
    call = "audit(['1M8GDM9AXKP042788', '1M8GDM9AXKP042788', '1M8GDM9AYKP042788', 'xx'])"
    assert evaluated(patched, call) == evaluated(source, call)
