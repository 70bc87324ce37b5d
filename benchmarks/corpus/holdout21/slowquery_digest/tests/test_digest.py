from querydigest.fingerprint import fingerprint
from querydigest.report import digest, percentile
from querydigest.slowlog import parse_slow_log

LOG = """/usr/sbin/mysqld, Version: 8.0.36. started with:
# Time: 2024-03-01T10:00:00.000000Z
# User@Host: app[app] @  [10.0.0.5]  Id: 17
# Query_time: 2.500000  Lock_time: 0.000100 Rows_sent: 1  Rows_examined: 5000
use shop;
SET timestamp=1709287200;
SELECT * FROM orders WHERE id = 42;
# Time: 2024-03-01T10:00:05.000000Z
# Query_time: 1.000000  Lock_time: 0.000000 Rows_sent: 1  Rows_examined: 3000
SET timestamp=1709287205;
select *
  from orders where id = 7;
# Query_time: 0.700000  Lock_time: 0.000000 Rows_sent: 0  Rows_examined: 10
UPDATE carts SET qty = 3 WHERE sku IN ('a', 'b', 'c');
"""


def test_parse_slow_log() -> None:
    entries = parse_slow_log(LOG)
    assert [entry.query_time for entry in entries] == [2.5, 1.0, 0.7]
    assert entries[1].sql == "select *\n  from orders where id = 7;"
    assert entries[0].rows_examined == 5000


def test_fingerprint_literals_and_case() -> None:
    assert fingerprint("SELECT * FROM t WHERE a = 10 AND b = 'x''y' AND c = \"q\\\"z\"") == \
        "select * from t where a = ? and b = ? and c = ?"
    assert fingerprint("SELECT col1, t2.x FROM `MyTable` WHERE n > 0x1F") == "select col1, t2.x from `MyTable` where n > ?"


def test_fingerprint_comments_whitespace_and_lists() -> None:
    assert fingerprint("/* app:web */ SELECT  a\n FROM t -- note\n WHERE id IN (1, 2,3);") == \
        "select a from t where id in(?+)"
    assert fingerprint("INSERT INTO t (a, b) VALUES (1, 'x')") == "insert into t (a, b) values(?+)"
    assert fingerprint("SELECT 1 FROM t WHERE (a, b) = (1, 2)") == "select ? from t where (a, b) = (?, ?)"


def test_percentile() -> None:
    assert percentile([5.0, 1.0, 3.0], 0.95) == 5.0
    assert percentile([float(n) for n in range(1, 21)], 0.95) == 19.0


def test_digest_groups_and_ranks() -> None:
    rows = digest(LOG)
    assert [row["fingerprint"] for row in rows] == ["select * from orders where id = ?",
                                                    "update carts set qty = ? where sku in(?+)"]
    first = rows[0]
    assert first["count"] == 2 and first["total_s"] == 3.5 and first["mean_s"] == 1.75
    assert first["max_s"] == 2.5 and first["rows_examined"] == 8000
    assert first["sample"] == "SELECT * FROM orders WHERE id = 42;"


def test_digest_top() -> None:
    assert len(digest(LOG, top=1)) == 1
    assert len(digest(LOG, top=None)) == 2
    assert digest("") == []
