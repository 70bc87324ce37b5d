from datetime import date

import pytest

from spray_records.compliance import Issue, check_spray_diary
from spray_records.diary import SprayRecord, parse_diary
from spray_records.labels import ProductLimits, parse_dose, parse_label_table, product_limits

TABLE = """# product | max dose | max applications | harvest interval
Amistar | 1.0 l/ha | 2 | 36 days
Karate  Zeon | 75 ml/ha | 3 | 7 days
Roundup Flex | 2.88 l/ha | 1 | none
"""


def test_parse_dose() -> None:
    assert parse_dose("1.0 l/ha") == 1.0
    assert parse_dose("75 ml/ha") == 0.075
    assert parse_dose("250G / ha") == 0.25
    with pytest.raises(ValueError):
        parse_dose("a splash")


def test_label_table() -> None:
    table = parse_label_table(TABLE)
    assert table["karate zeon"] == ProductLimits("Karate  Zeon", 0.075, 3, 7)
    assert table["roundup flex"].harvest_interval_days == 0
    assert product_limits(TABLE, "  AMISTAR ") == ProductLimits("Amistar", 1.0, 2, 36)
    assert product_limits(TABLE, "Unknown") is None
    with pytest.raises(ValueError):
        parse_label_table(TABLE + "amistar | 1 l/ha | 1 | 1 day\n")


def test_parse_diary() -> None:
    records = parse_diary("field,product,date,dose\nLong Acre,Amistar,2024-05-02,0.8\n")
    assert records == [SprayRecord("Long Acre", "Amistar", date(2024, 5, 2), 0.8)]


def test_check_diary() -> None:
    records = [
        SprayRecord("Long Acre", "Amistar", date(2024, 5, 2), 0.8),
        SprayRecord("Long Acre", "amistar", date(2024, 6, 1), 1.2),
        SprayRecord("Long Acre", "Amistar", date(2024, 7, 20), 1.0),
        SprayRecord("Top Field", "Mystery Mix", date(2024, 5, 2), 1.0),
    ]
    issues = check_spray_diary(records, TABLE, {"Long Acre": date(2024, 8, 1)})
    assert [(issue.record, issue.problem) for issue in issues] == [
        (1, "overdose"), (2, "too many applications"), (2, "harvest interval"), (3, "not approved")]
    assert issues[0] == Issue(1, "Long Acre", "amistar", "overdose", "1.2 per ha is over the label maximum of 1")


def test_bad_table_is_reported() -> None:
    with pytest.raises(ValueError):
        check_spray_diary([SprayRecord("F", "Amistar", date(2024, 5, 2), 1.0)], "Amistar | lots | 2 | 1 day", {})
