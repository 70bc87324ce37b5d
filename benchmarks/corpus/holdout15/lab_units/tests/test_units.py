import pytest

from unitgraph.graph import NoConversion, UnitGraph
from unitgraph.normalise import normalise_results


def lab_graph() -> UnitGraph:
    graph = UnitGraph()
    graph.add("g/L", "mg/L", 1000)
    graph.add("g/dL", "g/L", 10)
    graph.add("mg/dL", "mg/L", 10)
    graph.add("mmol/L", "umol/L", 1000)
    return graph


def test_direct_and_reverse() -> None:
    graph = lab_graph()
    assert graph.factor("g/L", "mg/L") == 1000
    assert graph.factor("mg/L", "g/L") == 0.001


def test_chain() -> None:
    assert lab_graph().factor("g/dL", "mg/dL") == pytest.approx(1000)


def test_no_path() -> None:
    with pytest.raises(NoConversion):
        lab_graph().factor("g/L", "mmol/L")
    with pytest.raises(NoConversion):
        lab_graph().factor("IU/L", "g/L")


def test_zero_factor_rejected() -> None:
    with pytest.raises(ValueError):
        UnitGraph().add("a", "b", 0)


def test_normalise() -> None:
    results = [{"sample": "S1", "analyte": "albumin", "value": 4.1, "unit": "g/dL"},
               {"sample": "S1", "analyte": "creatinine", "value": 88, "unit": "umol/L"},
               {"sample": "S1", "analyte": "sodium", "value": 140, "unit": "mmol/L"}]
    out = normalise_results(results, lab_graph(), {"albumin": "g/L", "creatinine": "mmol/L"})
    assert [row["value"] for row in out["results"]] == [41.0, 0.088, 140]
    assert out["failed"] == []


def test_failed_conversion_is_reported() -> None:
    results = [{"sample": "S2", "analyte": "albumin", "value": 4.1, "unit": "IU/L"}]
    out = normalise_results(results, lab_graph(), {"albumin": "g/L"})
    assert out["results"] == [] and out["failed"][0][:2] == ("S2", "albumin")
