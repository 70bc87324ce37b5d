"""Strict equivalence tests for digest (never shown to wattlens)."""

from __future__ import annotations

import math
import random
import re
from dataclasses import dataclass

import pytest
from strict_support import assert_same
from querydigest.report import digest

TARGET = "querydigest/report.py:digest"


# --- verbatim copy of the original implementation and its helpers -------------------------

STATS = re.compile(r"#\s*Query_time:\s*([\d.]+)\s+Lock_time:\s*([\d.]+)\s+Rows_sent:\s*(\d+)\s+Rows_examined:\s*(\d+)")


@dataclass
class Entry:
    query_time: float
    lock_time: float
    rows_sent: int
    rows_examined: int
    sql: str


def parse_slow_log(text):
    entries = []
    stats = None
    sql_lines = []

    def flush():
        if stats is not None and sql_lines:
            entries.append(Entry(float(stats[0]), float(stats[1]), int(stats[2]), int(stats[3]), "\n".join(sql_lines)))

    for line in text.splitlines():
        if line.startswith("#"):
            match = STATS.match(line)
            if match:
                flush()
                stats = match.groups()
                sql_lines = []
            continue
        lowered = line.strip().lower()
        if not lowered or lowered.startswith("set timestamp=") or lowered.startswith("use "):
            continue
        if stats is not None:
            sql_lines.append(line)
    flush()
    return entries


IN_LIST = re.compile(r"\b(in|values)\s*\(\s*\?(?:\s*,\s*\?)*\s*\)")


def fingerprint(sql):
    out = ""
    i = 0
    n = len(sql)
    previous = " "
    while i < n:
        ch = sql[i]
        if ch == "'" or ch == '"':
            i += 1
            while i < n:
                if sql[i] == "\\":
                    i += 2
                    continue
                if sql[i] == ch:
                    if i + 1 < n and sql[i + 1] == ch:
                        i += 2
                        continue
                    break
                i += 1
            i += 1
            out += "?"
            previous = "?"
        elif ch == "`":
            end = sql.find("`", i + 1)
            if end < 0:
                end = n - 1
            out += sql[i:end + 1]
            previous = "`"
            i = end + 1
        elif ch == "/" and sql.startswith("/*", i):
            end = sql.find("*/", i + 2)
            i = n if end < 0 else end + 2
            if previous != " ":
                out += " "
                previous = " "
        elif ch == "-" and sql.startswith("-- ", i) or ch == "#":
            end = sql.find("\n", i)
            i = n if end < 0 else end
        elif ch.isdigit() and not (previous.isalnum() or previous in "_$"):
            i += 1
            if ch == "0" and i < n and sql[i] in "xX":
                i += 1
                while i < n and sql[i] in "0123456789abcdefABCDEF":
                    i += 1
            else:
                while i < n and (sql[i].isdigit() or sql[i] == "."):
                    i += 1
            out += "?"
            previous = "?"
        elif ch.isspace():
            while i < n and sql[i].isspace():
                i += 1
            if previous != " ":
                out += " "
                previous = " "
        else:
            out += ch.lower()
            previous = ch
            i += 1
    out = out.strip()
    if out.endswith(";"):
        out = out[:-1].rstrip()
    return IN_LIST.sub(lambda match: match.group(1) + "(?+)", out)


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def reference(log_text, top=10):
    classes = []
    for entry in parse_slow_log(log_text):
        key = fingerprint(entry.sql)
        for group in classes:
            if group[0] == key:
                group[1].append(entry)
                break
        else:
            classes.append([key, [entry]])
    rows = []
    for key, entries in classes:
        times = [entry.query_time for entry in entries]
        total = sum(times)
        slowest = entries[times.index(max(times))]
        rows.append({
            "fingerprint": key,
            "count": len(entries),
            "total_s": round(total, 6),
            "mean_s": round(total / len(entries), 6),
            "p95_s": percentile(times, 0.95),
            "max_s": max(times),
            "rows_examined": sum(entry.rows_examined for entry in entries),
            "sample": slowest.sql,
        })
    rows.sort(key=lambda row: (-row["total_s"], row["fingerprint"]))
    return rows if top is None else rows[:top]


# --- cases -------------------------------------------------------------------------------

def entry(sql, query_time="1.000000", examined=100, header=True):
    head = "# Time: 2024-03-01T10:00:00.000000Z\n# User@Host: app[app] @  [10.0.0.5]  Id: 17\n" if header else ""
    return f"{head}# Query_time: {query_time}  Lock_time: 0.000100 Rows_sent: 1  Rows_examined: {examined}\nSET timestamp=1709287200;\n{sql}\n"


def log(*sqls, times=None):
    times = times or ["1.000000"] * len(sqls)
    return "".join(entry(sql, t) for sql, t in zip(sqls, times))


STATEMENTS = [
    "SELECT * FROM orders WHERE id = 42;",
    "select * from orders where id = 7",
    "SELECT * FROM orders WHERE id = 42 ;  ",
    "SELECT * FROM orders WHERE id = '42';",
    "SELECT * FROM orders WHERE id = \"42\";",
    "SELECT * FROM orders WHERE name = 'O''Brien';",
    "SELECT * FROM orders WHERE name = 'O\\'Brien';",
    "SELECT * FROM orders WHERE name = 'trailing backslash\\",
    "SELECT * FROM orders WHERE name = 'unterminated",
    "SELECT * FROM orders WHERE name = '' AND b = \"\"",
    "SELECT * FROM orders WHERE name = 'it''s' 'adjacent'",
    "SELECT * FROM `Orders` WHERE `Id` = 5",
    "SELECT * FROM `unterminated WHERE id = 5",
    "SELECT * FROM `a``b` WHERE 1",
    "SELECT a1, b_2, $3, t.4x, 5 FROM t9 WHERE c = 1.5 AND d = .5 AND e = 1.2.3 AND f = -7",
    "SELECT 0x1F, 0XAB, 0x, 0xZZ, 00, 0.0 FROM t",
    "SELECT 1e10, 2E-3 FROM t",
    "SELECT * FROM t WHERE a IN (1, 2, 3)",
    "SELECT * FROM t WHERE a IN(1)",
    "SELECT * FROM t WHERE a in (  'x' ,'y'  )",
    "SELECT * FROM t WHERE a IN (1, b)",
    "SELECT * FROM t WHERE a NOT IN (SELECT id FROM u WHERE z = 1)",
    "SELECT * FROM t WHERE join_in (1, 2)",
    "SELECT * FROM t WHERE main (1, 2)",
    "INSERT INTO t (a, b) VALUES (1, 'x'), (2, 'y')",
    "INSERT INTO t VALUES (1)",
    "INSERT INTO t VALUES(1,2,3)",
    "REPLACE INTO t SET a = 1",
    "/* app:web */ SELECT a FROM t",
    "SELECT a /* inline */ FROM t",
    "SELECT a/**/FROM t",
    "SELECT a /* unterminated comment FROM t",
    "SELECT a -- trailing comment\nFROM t",
    "SELECT a --no-space-comment\nFROM t",
    "SELECT a # hash comment\nFROM t",
    "SELECT a FROM t # hash at end",
    "SELECT a - -1 FROM t",
    "SELECT a\tFROM\tt\r\nWHERE  b = 1",
    "SELECT a\u00a0FROM t",
    "SELECT a\u3000FROM t",
    "SELECT ٣ + ² FROM t WHERE x = ٤٥",
    "SELECT x² FROM t",
    "SELECT * FROM Ünïcödé WHERE Straße = 'Grüße'",
    "SELECT * FROM İstanbul",
    "SELECT ';' FROM t;;",
    "SELECT a FROM t; ",
    ";",
    "   ",
    "SELECT",
    "'only a string'",
    "42",
    "`",
    "'",
    "\\",
    "SELECT a FROM t WHERE b = ?",
    "SELECT @@version, @var := 5",
    "CALL proc(1, 'a', NULL)",
    "SELECT * FROM t LIMIT 10 OFFSET 20",
    "UPDATE t SET a = a + 1 WHERE id IN (1,2,3) AND v IN ('a')",
]

CASES = [
    ("",),
    ("\n",),
    ("", None),
    ("", 0),
    ("/usr/sbin/mysqld, Version: 8.0.36. started with:\nTcp port: 3306\n",),
    ("# Query_time: 1.0  Lock_time: 0.0 Rows_sent: 1  Rows_examined: 10\n",),
    ("# Query_time: 1.0  Lock_time: 0.0 Rows_sent: 1  Rows_examined: 10\nSET timestamp=1;\nuse shop;\n",),
    ("SELECT 1;\n# Query_time: 1.0  Lock_time: 0.0 Rows_sent: 1  Rows_examined: 10\nSELECT 2;\n",),
    ("# Query_time: 1.0  Lock_time: 0.0 Rows_sent: 1  Rows_examined: 10\nSELECT 1\n# Query_time: 2.0  Lock_time: 0.0 Rows_sent: 1  Rows_examined: 10\n",),
    ("# Query_time: 1.2.3  Lock_time: 0.0 Rows_sent: 1  Rows_examined: 10\nSELECT 1\n",),
    ("# Query_time: .  Lock_time: 0.0 Rows_sent: 1  Rows_examined: 10\nSELECT 1\n",),
    ("#Query_time:3 Lock_time:0 Rows_sent:1 Rows_examined:2\nSELECT 1\n",),
    ("# query_time: 3  Lock_time: 0 Rows_sent: 1  Rows_examined: 2\nSELECT 1\n",),
    (" # Query_time: 3  Lock_time: 0 Rows_sent: 1  Rows_examined: 2\nSELECT 1\n",),
    (entry("SELECT 1") + entry("SELECT 2") + entry("use other;") + entry("USE other;\nSELECT 3"),),
    (entry("SELECT a\nFROM t\n\nWHERE b = 1"),),
    (entry("SELECT a\r\nFROM t"),),
    (entry("SELECT a\u2028FROM t"),),
    (entry("SELECT a\x0cFROM t"),),
    (entry("select 'a\nb' from t"),),
    (entry("SELECT 1", header=False) * 3,),
    (log(*STATEMENTS),),
    (log(*STATEMENTS), None),
    (log(*STATEMENTS), 0),
    (log(*STATEMENTS), 1),
    (log(*STATEMENTS), 3),
    (log(*STATEMENTS), -2),
    (log(*STATEMENTS), 1000),
    (log(*STATEMENTS), True),
    (log(*STATEMENTS), 2.5),
    (log(*STATEMENTS), "3"),
    (log("SELECT 1", "SELECT 2", "SELECT 3"),),
    (log("SELECT b", "SELECT a", "SELECT c"),),
    (log("SELECT b", "SELECT a", "SELECT c", "SELECT a"), 2),
    (log("SELECT 1 FROM t", "SELECT 2 FROM t", "SELECT 3 FROM t", times=["1.5", "2.5", "2.5"]),),
    (log("SELECT 1 FROM t", "SELECT 2 FROM t", "SELECT 3 FROM t", times=["0.1", "0.2", "0.3"]),),
    (log("SELECT 1 FROM t", "SELECT 1 FROM u", times=["0.3", "0.1"]) + log("SELECT 1 FROM u", "SELECT 1 FROM u", times=["0.1", "0.1"]),),
    (log("SELECT 1 FROM t", "SELECT 2 FROM t", times=["0", "0.000000"]),),
    (log("SELECT 1 FROM t", "select 2 from T", times=["0.0000004", "0.0000001"]),),
    (log(*["SELECT 1 FROM t"] * 20, times=[str(n / 10) for n in range(20)]),),
    (log(*["SELECT 1 FROM t"] * 21, times=[str((n * 7) % 21) for n in range(21)]),),
    (log("SELECT 1 FROM t", "SELECT 1 FROM t", times=["1e3", "1E-3"]),),
    ("".join(entry(f"SELECT {n} FROM t{n % 3}", f"{n}.5", examined=n * 10) for n in range(30)),),
    ("".join(entry(f"SELECT {n} FROM t{n % 3}", f"{n}.5", examined=n * 10) for n in range(30)), 2),
    # invalid input
    (None,),
    (b"# Query_time: 1.0  Lock_time: 0.0 Rows_sent: 1  Rows_examined: 10\nSELECT 1\n",),
    (["SELECT 1"],),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(digest, reference, *case)


@pytest.mark.parametrize("sql", STATEMENTS)
def test_single_statements(sql) -> None:
    assert_same(digest, reference, entry(sql) + entry(sql.upper(), "2.0"))


def test_keyword_arguments() -> None:
    assert_same(digest, reference, top=2, log_text=log(*STATEMENTS))


PIECES = ["SELECT", "select", "FROM", "t", "`T`", "WHERE", "a", "=", "1", "42", "3.14", "'x'", "'it''s'", "\"q\"", "IN",
          "(", ")", ",", "VALUES", "/* c */", "-- c\n", "#c\n", "0x1f", "  ", "\n", "\t", ";", "b2", "_7", "$9", "-", "NULL",
          "'Grüße'", "ü", "²", "\u00a0", "?", "*", "'a\\'b'", ">=", "AND", "OR", "LIMIT", "in", "values", "join_in"]


def _random_sql(rng: random.Random) -> str:
    return rng.choice(["", " "]).join(rng.choice(PIECES) for _ in range(rng.randint(1, 25)))


def _random_cases():
    rng = random.Random(90210)
    for index in range(180):
        pool = [_random_sql(rng) for _ in range(rng.randint(1, 6))]
        parts = []
        for _ in range(rng.choice([0, 1, 3, 10, 30])):
            sql = rng.choice(pool)
            if rng.random() < 0.3:
                sql = sql.replace(" ", "  ").replace("1", str(rng.randint(0, 999)))
            time = rng.choice([f"{rng.uniform(0, 10):.6f}", f"{rng.randint(0, 5)}.000000", "0.500000"])
            parts.append(entry(sql, time, examined=rng.randint(0, 10 ** 6), header=rng.random() < 0.7))
            if rng.random() < 0.1:
                parts.append("use shop;\n# administrator command: Ping;\n")
        text = "".join(parts)
        yield (text,) if index % 3 else (text, rng.choice([None, 0, 1, 2, 5, 100]))


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(digest, reference, *case)


def test_week_of_log() -> None:
    rng = random.Random(3)
    templates = [f"SELECT c{n}, c{n + 1} FROM t{n % 17} WHERE id = {{}} AND s IN ({{}}) /* app */;" for n in range(60)]
    parts = []
    for _ in range(1500):
        sql = rng.choice(templates).format(rng.randint(1, 10 ** 6), ", ".join(f"'{rng.randint(1, 99)}'" for _ in range(rng.randint(1, 8))))
        parts.append(entry(sql, f"{rng.lognormvariate(0, 1):.6f}", examined=rng.randint(0, 10 ** 5)))
    text = "".join(parts)
    assert_same(digest, reference, text)
    assert_same(digest, reference, text, None)
