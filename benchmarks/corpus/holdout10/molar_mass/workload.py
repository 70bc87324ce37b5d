"""Nightly job: recompute the molar mass column of the reagent inventory export."""

import random

from formulae.mass import FormulaError, molar_mass

COMMON = [
    "NaCl", "KCl", "H2SO4", "HNO3", "NaOH", "Ca(OH)2", "CuSO4·5H2O", "MgSO4·7H2O", "KMnO4",
    "K2Cr2O7", "FeCl3·6H2O", "(NH4)2SO4", "Na2CO3", "NaHCO3", "AgNO3", "BaCl2·2H2O",
    "C6H12O6", "C2H5OH", "CH3COOH", "C12H22O11", "Al2(SO4)3", "Fe2(SO4)3·9H2O", "Pb(NO3)2",
    "KAl(SO4)2·12H2O", "Co(NO3)2·6H2O", "Ni(NO3)2·6H2O", "ZnCl2", "SnCl2·2H2O", "Na2S2O3·5H2O",
    "C6H5COOH", "C8H10N4O2", "NH4Cl", "CaCO3", "Mg(OH)2", "K4Fe(CN)6·3H2O", "Cu(NH3)4SO4·H2O",
]
ORGANIC = ["C", "H", "O", "N", "S", "Cl", "Br", "P", "F"]


def random_formula(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.55:
        return rng.choice(COMMON)
    if roll < 0.97:
        parts = []
        for symbol in ORGANIC[: rng.randint(3, len(ORGANIC))]:
            if rng.random() < 0.8:
                n = rng.randint(1, 40)
                parts.append(symbol + (str(n) if n > 1 else ""))
        if rng.random() < 0.3:
            parts.append(f"(CH2){rng.randint(2, 9)}")
        formula = "".join(parts) or "H2O"
        if rng.random() < 0.15:
            formula += f"·{rng.randint(1, 4)}H2O"
        return formula
    return rng.choice(["NaC1", "Xy2O", "Ca(OH2", "H2O)", "", "K2 SO4"])


def main() -> None:
    rng = random.Random(2024)
    inventory = [random_formula(rng) for _ in range(45_000)]
    total, failures, heaviest = 0.0, 0, ("", 0.0)
    for formula in inventory:
        try:
            mass = molar_mass(formula)
        except FormulaError:
            failures += 1
            continue
        total += mass
        if mass > heaviest[1]:
            heaviest = (formula, mass)
    print(f"{len(inventory)} formulas, {failures} rejected, mean {total / (len(inventory) - failures):.3f} g/mol")
    print(f"heaviest: {heaviest[0]} at {heaviest[1]:.3f} g/mol")


if __name__ == "__main__":
    main()
