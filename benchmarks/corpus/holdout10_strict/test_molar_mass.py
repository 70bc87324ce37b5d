"""Strict equivalence tests for molar_mass (never shown to wattlens)."""

from __future__ import annotations

import random
import re

import pytest
from formulae.mass import FormulaError, molar_mass
from strict_support import assert_same

TARGET = "formulae/mass.py:molar_mass"

_REF_WEIGHTS = """
H,1.008
He,4.0026
Li,6.94
Be,9.0122
B,10.81
C,12.011
N,14.007
O,15.999
F,18.998
Ne,20.180
Na,22.990
Mg,24.305
Al,26.982
Si,28.085
P,30.974
S,32.06
Cl,35.45
Ar,39.948
K,39.098
Ca,40.078
Sc,44.956
Ti,47.867
V,50.942
Cr,51.996
Mn,54.938
Fe,55.845
Co,58.933
Ni,58.693
Cu,63.546
Zn,65.38
Ga,69.723
Ge,72.630
As,74.922
Se,78.971
Br,79.904
Kr,83.798
Rb,85.468
Sr,87.62
Y,88.906
Zr,91.224
Nb,92.906
Mo,95.95
Tc,98
Ru,101.07
Rh,102.91
Pd,106.42
Ag,107.87
Cd,112.41
In,114.82
Sn,118.71
Sb,121.76
Te,127.60
I,126.90
Xe,131.29
Cs,132.91
Ba,137.33
La,138.91
Ce,140.12
Pr,140.91
Nd,144.24
Pm,145
Sm,150.36
Eu,151.96
Gd,157.25
Tb,158.93
Dy,162.50
Ho,164.93
Er,167.26
Tm,168.93
Yb,173.05
Lu,174.97
Hf,178.49
Ta,180.95
W,183.84
Re,186.21
Os,190.23
Ir,192.22
Pt,195.08
Au,196.97
Hg,200.59
Tl,204.38
Pb,207.2
Bi,208.98
Po,209
At,210
Rn,222
Fr,223
Ra,226
Ac,227
Th,232.04
Pa,231.04
U,238.03
"""


def _ref_masses():
    masses = {}
    for line in _REF_WEIGHTS.strip().splitlines():
        symbol, weight = line.split(",")
        masses[symbol.strip()] = float(weight)
    return masses


def _ref_number(text, start):
    end = start
    while end < len(text) and text[end] in "0123456789":
        end += 1
    return (int(text[start:end]) if end > start else 1), end


def _ref_component(body, formula):
    stack = [{}]
    i = 0
    while i < len(body):
        ch = body[i]
        if ch == "(":
            stack.append({})
            i += 1
        elif ch == ")":
            if len(stack) == 1:
                raise FormulaError(f"unbalanced ')' in {formula!r}")
            factor, i = _ref_number(body, i + 1)
            group = stack.pop()
            for symbol, count in group.items():
                stack[-1][symbol] = stack[-1].get(symbol, 0) + count * factor
        elif "A" <= ch <= "Z":
            j = i + 1
            while j < len(body) and "a" <= body[j] <= "z":
                j += 1
            symbol = body[i:j]
            count, i = _ref_number(body, j)
            stack[-1][symbol] = stack[-1].get(symbol, 0) + count
        else:
            raise FormulaError(f"unexpected {ch!r} in {formula!r}")
    if len(stack) != 1:
        raise FormulaError(f"unbalanced '(' in {formula!r}")
    return stack[0]


def _ref_parse(formula):
    counts = {}
    for part in re.split(r"[·.*]", formula.strip()):
        part = part.strip()
        factor, start = _ref_number(part, 0)
        body = part[start:]
        if not body:
            raise FormulaError(f"empty component in {formula!r}")
        for symbol, count in _ref_component(body, formula).items():
            counts[symbol] = counts.get(symbol, 0) + count * factor
    return counts


def reference(formula):
    masses = _ref_masses()
    total = 0.0
    for symbol, count in _ref_parse(formula).items():
        if symbol not in masses:
            raise FormulaError(f"unknown element {symbol!r} in {formula!r}")
        total += masses[symbol] * count
    return round(total, 3)


CASES = [
    "", " ", "\n", "H", "H2", "H2O", "H2O\n", "  H2O  ", "h2o", "HO2", "OH", "H0", "H00", "H02", "O100",
    "NaCl", "Na Cl", "NaCl ", "CO", "Co", "CO2", "Co2", "C O", "Uuo", "Xx", "Xy2O", "E", "Zz9",
    "Ca(OH)2", "Ca(OH)", "Ca(OH)0", "Ca(OH2", "CaOH)2", ")(", "()", "()2", "(H)", "((H))", "((H2)3)4",
    "((CH3)3C)2O", "K4Fe(CN)6", "K4Fe(CN)6·3H2O", "K4[Fe(CN)6]", "CuSO4·5H2O", "CuSO4.5H2O",
    "CuSO4*5H2O", "CuSO4 · 5H2O", "CuSO4··5H2O", "·H2O", "H2O·", "5H2O", "5", "2·3", "0H2O",
    "CuSO4·0H2O", "CuSO4·05H2O", "Na2B4O7·10H2O", "KAl(SO4)2·12H2O", "Fe2(SO4)3·9H2O",
    "C6H12O6", "C12H22O11", "C8H10N4O2", "CH3COOH", "C2H5OH", "CH3(CH2)16COOH",
    "H₂O", "H２O", "H٣", "Ñ", "Ö2", "Cl-", "Na+", "H2O2-", "C6H5-CH3", "U", "U235", "Pb(NO3)2",
    "Ac", "Pa", "Th", "Tc", "Pm", "Po", "At", "Rn", "Fr", "Ra", "Ha", "Nh", "Og",
    "H2O\t", "\tH2O", "H2O\r\n", "C1000000H2000000", "(((((((((H)))))))))", "Fe3O4", "FeO", "Fe2O3",
]


def _random_formulas():
    rng = random.Random(90210)
    symbols = ["H", "C", "N", "O", "S", "Cl", "Na", "K", "Fe", "Cu", "Xe", "Qq", "Br", "I"]
    for _ in range(170):
        out = []
        depth = 0
        for _ in range(rng.randint(0, 9)):
            roll = rng.random()
            if roll < 0.12:
                out.append("(")
                depth += 1
            elif roll < 0.24 and depth:
                out.append(")" + str(rng.randint(0, 5)) * (rng.random() < 0.7))
                depth -= 1
            elif roll < 0.3:
                out.append(rng.choice(["·", ".", "*", " ", "", "2"]))
            else:
                out.append(rng.choice(symbols) + (str(rng.randint(0, 30)) if rng.random() < 0.6 else ""))
        if rng.random() < 0.8:
            out.append(")" * depth)
        yield "".join(out)


@pytest.mark.parametrize("formula", CASES + list(_random_formulas()))
def test_same_as_reference(formula) -> None:
    assert_same(molar_mass, reference, formula)


@pytest.mark.parametrize("formula", ["Xy2O", "Ca(OH2", "H2O)", "", "NaC1x", "·H2O", "H₂O"])
def test_same_error_message(formula) -> None:
    def message(function):
        try:
            return ("ok", function(formula))
        except Exception as error:  # noqa: BLE001
            return (type(error).__name__, str(error))

    assert message(molar_mass) == message(reference)


def test_formula_error_is_value_error() -> None:
    with pytest.raises(ValueError):
        molar_mass("Qq")


def test_non_string_argument() -> None:
    assert_same(molar_mass, reference, None)
    assert_same(molar_mass, reference, 18)


def test_many_calls_in_a_row() -> None:
    rng = random.Random(5)
    for _ in range(300):
        formula = "".join(rng.choice(["H", "C2", "O", "(OH)2", "·H2O", "N3", "Na"]) for _ in range(rng.randint(1, 8)))
        assert_same(molar_mass, reference, formula)
