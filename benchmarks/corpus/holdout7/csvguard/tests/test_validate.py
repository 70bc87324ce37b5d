from rowcheck.validate import Column, Problem, RowValidator, validate_text

SCHEMA = [
    Column("id", required=True, pattern=r"\d+", unique=True),
    Column("email", required=True, unique=True),
    Column("plan", choices=("free", "pro")),
]


def test_clean_file() -> None:
    text = "id,email,plan\n1,a@x.io,free\n2,b@x.io,\n"
    assert validate_text(RowValidator(SCHEMA), text) == []


def test_problems_in_row_order() -> None:
    text = "id,email,plan\nx1,a@x.io,gold\n2,,pro\n3,a@x.io,free\n"
    problems = validate_text(RowValidator(SCHEMA), text)
    assert problems == [
        Problem(1, "id", "'x1' does not match \\d+"),
        Problem(1, "plan", "'gold' is not one of free, pro"),
        Problem(2, "email", "value required"),
        Problem(3, "email", "duplicate value 'a@x.io'"),
    ]


def test_missing_column_and_short_row() -> None:
    validator = RowValidator(SCHEMA)
    problems = validator.validate(["email", "id"], [["a@x.io"], [" b@x.io ", "7"]])
    assert problems == [Problem(0, "plan", "missing column"), Problem(1, "", "expected 2 fields, got 1")]
    assert validator.rows_checked == 2


def test_whitespace_is_stripped_before_unique_check() -> None:
    problems = RowValidator([Column("k", unique=True)]).validate(["k"], [["a"], [" a "]])
    assert problems == [Problem(2, "k", "duplicate value 'a'")]
