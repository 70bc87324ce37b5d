from surveyclean.countries import resolve_countries
from surveyclean.text import normalize_text


def test_normalize_text() -> None:
    assert normalize_text("  Côte d'Ivoire ") == "cote divoire"
    assert normalize_text("Bosnia & Herzegovina") == "bosnia herzegovina"
    assert normalize_text("U.S.A.") == "usa"


def test_resolves_common_spellings() -> None:
    codes, unknown = resolve_countries(["germany", "DEUTSCHLAND", "the netherlands", "u.k.", "Espana"])
    assert codes == ["DE", "DE", "NL", "GB", "ES"]
    assert unknown == []


def test_unknown_reported_once() -> None:
    codes, unknown = resolve_countries(["Atlantis", "atlantis!", "France", "  ", "Atlantis"])
    assert codes == [None, None, "FR", None, None]
    assert unknown == ["atlantis", "atlantis!"]


def test_custom_aliases() -> None:
    aliases = [("Kernow", "XC"), ("Cornwall", "XC")]
    assert resolve_countries(["cornwall", "France"], aliases) == (["XC", None], ["france"])
