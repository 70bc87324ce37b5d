from logtools.errors import error_summary


def test_summary() -> None:
    lines = [
        "2024-05-01T10:00:00 ERROR billing: card declined",
        "2024-05-01T10:00:01 INFO billing: ok",
        "2024-05-01T10:00:02 ERROR auth: bad token",
        "2024-05-01T10:00:03 ERROR billing: timeout",
        "garbage",
    ]
    assert error_summary(lines) == "billing: 2\nauth: 1\n"


def test_no_errors() -> None:
    assert error_summary([]) == ""
