from mailmerge.audit import audit_template
from mailmerge.positions import line_and_column

FIELDS = {"first_name", "customer", "offer_code", "expiry"}


def test_line_and_column() -> None:
    text = "ab\ncd\nef"
    assert line_and_column(text, 0) == (1, 1)
    assert line_and_column(text, 4) == (2, 2)
    assert line_and_column(text, 6) == (3, 1)


def test_clean_template() -> None:
    text = "Dear {{ first_name | title }},\nYour code {{offer_code}} expires {{ expiry|date }}.\n"
    assert audit_template(text, FIELDS) == []


def test_unknown_field_and_filter() -> None:
    text = "Hi {{ frist_name }}\nCity: {{ customer.city | shout }}"
    assert audit_template(text, FIELDS) == [
        {"line": 1, "column": 4, "problem": "unknown field", "text": "frist_name"},
        {"line": 2, "column": 7, "problem": "unknown filter", "text": "shout"},
    ]


def test_malformed_placeholder() -> None:
    problems = audit_template("Total: {{ price \n", FIELDS)
    assert problems == [{"line": 1, "column": 8, "problem": "malformed placeholder", "text": "{{ price "}]


def test_custom_filters() -> None:
    assert audit_template("{{ expiry | iso }}", FIELDS, filters={"iso"}) == []


def test_dotted_field_checks_root() -> None:
    assert audit_template("{{ customer.address.city }}", FIELDS) == []
