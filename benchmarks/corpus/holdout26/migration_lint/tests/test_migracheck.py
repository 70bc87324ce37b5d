from migracheck.report import format_report, lint_files
from migracheck.rules import Finding, check
from migracheck.splitter import Statement, split_statements


def test_split_positions() -> None:
    sql = "-- header; not a statement\nCREATE TABLE a (id int);\n  /* c */ INSERT INTO a VALUES (1);   \n\n"
    assert split_statements(sql) == [
        Statement("CREATE TABLE a (id int)", 2, 1),
        Statement("INSERT INTO a VALUES (1)", 3, 11),
    ]


def test_split_respects_strings_and_comments() -> None:
    sql = "INSERT INTO t VALUES ('a;b', 'it''s');\r\nSELECT \"odd;name\" FROM t -- trailing; comment\n;\n/* only ; a comment */"
    statements = split_statements(sql)
    assert [s.text for s in statements] == ["INSERT INTO t VALUES ('a;b', 'it''s')", 'SELECT "odd;name" FROM t -- trailing; comment']
    assert [(s.line, s.column) for s in statements] == [(1, 1), (2, 1)]
    assert split_statements("") == [] and split_statements(" ;; \n") == []


def test_rules() -> None:
    sql = """
ALTER TABLE accounts ADD COLUMN region text NOT NULL;
ALTER TABLE accounts ADD COLUMN plan text NOT NULL DEFAULT 'free';
CREATE INDEX idx_a ON accounts (region);
CREATE UNIQUE INDEX CONCURRENTLY idx_b ON accounts (plan);
UPDATE accounts SET region = 'eu';
DELETE FROM accounts WHERE region IS NULL;
ALTER TABLE accounts ALTER COLUMN region TYPE varchar(8);
DROP TABLE old_accounts;
LOCK TABLE accounts;
"""
    findings = check(split_statements(sql))
    assert [(f.line, f.rule) for f in findings] == [
        (2, "not-null-without-default"), (4, "locking-index"), (6, "unbounded-write"), (8, "table-rewrite"),
        (9, "destructive"), (10, "explicit-lock"),
    ]


def test_report() -> None:
    results = lint_files({"0002_b.sql": "DROP TABLE x;", "0001_a.sql": "UPDATE t SET a = 1;"})
    assert list(results) == ["0001_a.sql", "0002_b.sql"]
    assert format_report(results) == [
        "0001_a.sql:1:1: unbounded-write: UPDATE/DELETE without WHERE touches every row",
        "0002_b.sql:1:1: destructive: drops data; needs a two-step deploy",
    ]
    assert format_report(results, allowed=["destructive"]) == format_report(results)[:1]
    assert Finding(1, 1, "r", "m").rule == "r"
