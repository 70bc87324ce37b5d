import pytest

from quotawatch.ledger import QuotaLedger
from quotawatch.species import species_code


def landing(vessel, species, tonnes, date="2024-01-01"):
    return {"kind": "landing", "vessel": vessel, "species": species, "tonnes": tonnes, "date": date}


def transfer(source, target, species, tonnes, date="2024-01-01"):
    return {"kind": "transfer", "from": source, "to": target, "species": species, "tonnes": tonnes, "date": date}


def test_species_codes() -> None:
    assert species_code(" atlantic   cod ") == "COD"
    assert species_code("Langoustine") == "NEP"
    assert species_code("turbot") == "TURBOT"


def test_allocations_merge_by_species_code() -> None:
    ledger = QuotaLedger([("BF 1", "Cod", 10.0), ("BF 1", "COD", 5.5), ("BF 2", "Haddock", 3.0)])
    assert ledger.balances() == [("BF 1", "COD", 15.5, 15.5), ("BF 2", "HAD", 3.0, 3.0)]


def test_landings_reduce_remaining_and_warn() -> None:
    ledger = QuotaLedger([("BF 1", "Cod", 10.0)])
    assert ledger.replay([landing("BF 1", "cod", 8.5)]) == []
    alerts = ledger.replay([landing("BF 1", "cod", 0.6)])
    assert alerts == [{"date": "2024-01-01", "vessel": "BF 1", "species": "COD", "alert": "LOW", "remaining": 0.9}]
    assert ledger.balances() == [("BF 1", "COD", 10.0, 0.9)]


def test_overfishing_alerts_once() -> None:
    ledger = QuotaLedger([("BF 1", "Cod", 1.0)])
    alerts = ledger.replay([landing("BF 1", "Cod", 1.5), landing("BF 1", "Cod", 1.0)])
    assert [alert["alert"] for alert in alerts] == ["OVERFISHED"]
    assert ledger.line("BF 1", "COD").remaining == -1.5


def test_landing_without_quota() -> None:
    ledger = QuotaLedger([])
    alerts = ledger.replay([landing("PD 7", "Sole", 0.25)])
    assert alerts[0]["alert"] == "OVERFISHED"
    assert ledger.balances() == [("PD 7", "SOL", 0.0, -0.25)]


def test_transfers() -> None:
    ledger = QuotaLedger([("BF 1", "Hake", 20.0)])
    alerts = ledger.replay([transfer("BF 1", "FR 2", "hake", 5.0), transfer("BF 1", "FR 2", "hake", 50.0)])
    assert [alert["alert"] for alert in alerts] == ["REFUSED"]
    assert ledger.balances() == [("BF 1", "HKE", 15.0, 15.0), ("FR 2", "HKE", 5.0, 5.0)]


def test_invalid_events() -> None:
    ledger = QuotaLedger([("BF 1", "Cod", 1.0)])
    with pytest.raises(ValueError):
        ledger.replay([landing("BF 1", "Cod", 0)])
    with pytest.raises(ValueError):
        ledger.replay([{"kind": "discard", "species": "Cod", "tonnes": 1.0}])
    with pytest.raises(ValueError):
        QuotaLedger([("BF 1", "Cod", -1.0)])
