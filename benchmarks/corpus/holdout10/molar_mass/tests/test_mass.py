import pytest

from formulae.mass import FormulaError, element_masses, molar_mass, parse_formula


def test_water() -> None:
    assert molar_mass("H2O") == 18.015


def test_parentheses() -> None:
    assert parse_formula("Ca(OH)2") == {"Ca": 1, "O": 2, "H": 2}
    assert molar_mass("Ca(OH)2") == 74.092


def test_hydrate() -> None:
    assert parse_formula("CuSO4·5H2O") == {"Cu": 1, "S": 1, "O": 9, "H": 10}
    assert molar_mass("CuSO4.5H2O") == molar_mass("CuSO4·5H2O")


def test_nested_groups() -> None:
    assert parse_formula("K4Fe(CN)6") == {"K": 4, "Fe": 1, "C": 6, "N": 6}
    assert parse_formula("((CH3)3C)2O") == {"C": 8, "H": 18, "O": 1}


def test_unknown_element() -> None:
    with pytest.raises(FormulaError, match="unknown element 'Xy'"):
        molar_mass("Xy2O")


@pytest.mark.parametrize("bad", ["", "Ca(OH2", "H2O)", "NaC1x", "K2 SO4", "·H2O"])
def test_malformed(bad: str) -> None:
    with pytest.raises(FormulaError):
        molar_mass(bad)


def test_table_has_common_elements() -> None:
    masses = element_masses()
    assert masses["C"] == 12.011 and masses["U"] == 238.03
