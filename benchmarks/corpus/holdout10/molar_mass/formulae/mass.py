"""Molar masses of chemical formulas such as ``Ca(OH)2`` or ``CuSO4·5H2O``."""

from __future__ import annotations

import re

_STANDARD_WEIGHTS = """
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

_DIGITS = "0123456789"


class FormulaError(ValueError):
    """The formula could not be parsed or names an unknown element."""


def element_masses() -> dict[str, float]:
    """Standard atomic weights (g/mol) keyed by element symbol."""
    masses: dict[str, float] = {}
    for line in _STANDARD_WEIGHTS.strip().splitlines():
        symbol, weight = line.split(",")
        masses[symbol.strip()] = float(weight)
    return masses


def _read_number(text: str, start: int) -> tuple[int, int]:
    """The integer starting at `start` (1 if there is none) and the index after it."""
    end = start
    while end < len(text) and text[end] in _DIGITS:
        end += 1
    return (int(text[start:end]) if end > start else 1), end


def _parse_component(body: str, formula: str) -> dict[str, int]:
    stack: list[dict[str, int]] = [{}]
    i = 0
    while i < len(body):
        ch = body[i]
        if ch == "(":
            stack.append({})
            i += 1
        elif ch == ")":
            if len(stack) == 1:
                raise FormulaError(f"unbalanced ')' in {formula!r}")
            factor, i = _read_number(body, i + 1)
            group = stack.pop()
            for symbol, count in group.items():
                stack[-1][symbol] = stack[-1].get(symbol, 0) + count * factor
        elif "A" <= ch <= "Z":
            j = i + 1
            while j < len(body) and "a" <= body[j] <= "z":
                j += 1
            symbol = body[i:j]
            count, i = _read_number(body, j)
            stack[-1][symbol] = stack[-1].get(symbol, 0) + count
        else:
            raise FormulaError(f"unexpected {ch!r} in {formula!r}")
    if len(stack) != 1:
        raise FormulaError(f"unbalanced '(' in {formula!r}")
    return stack[0]


def parse_formula(formula: str) -> dict[str, int]:
    """Atom counts per element, in order of first appearance.

    Hydrates and adducts are separated by ``·``, ``.`` or ``*`` and may carry a leading
    multiplier (``CuSO4·5H2O``).
    """
    counts: dict[str, int] = {}
    for part in re.split(r"[·.*]", formula.strip()):
        part = part.strip()
        factor, start = _read_number(part, 0)
        body = part[start:]
        if not body:
            raise FormulaError(f"empty component in {formula!r}")
        for symbol, count in _parse_component(body, formula).items():
            counts[symbol] = counts.get(symbol, 0) + count * factor
    return counts


def molar_mass(formula: str) -> float:
    """Molar mass of `formula` in g/mol, rounded to three decimals."""
    masses = element_masses()
    total = 0.0
    for symbol, count in parse_formula(formula).items():
        if symbol not in masses:
            raise FormulaError(f"unknown element {symbol!r} in {formula!r}")
        total += masses[symbol] * count
    return round(total, 3)
