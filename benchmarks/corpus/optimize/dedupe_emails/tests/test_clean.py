from contacts.clean import normalise_email, unique_emails


def test_normalise() -> None:
    assert normalise_email("  Ann@Example.COM\n") == "ann@example.com"


def test_unique_keeps_first_order() -> None:
    raw = ["b@x.org", "A@x.org", " b@x.org", "a@X.org", "c@x.org"]
    assert unique_emails(raw) == ["b@x.org", "a@x.org", "c@x.org"]


def test_blank_entries_dropped() -> None:
    assert unique_emails(["", "  ", "d@x.org"]) == ["d@x.org"]
