"""Weekly DBA review: digest of the primary's slow-query log."""

import random

from querydigest.report import digest

TABLES = ["orders", "order_items", "customers", "invoices", "payments", "shipments", "products", "stock_levels",
          "carts", "sessions", "audit_events", "coupons", "addresses", "refunds", "reviews", "price_rules"]
COLUMNS = ["id", "customer_id", "status", "created_at", "updated_at", "total_cents", "sku", "warehouse_id",
           "email", "country", "currency", "qty", "order_id", "channel"]
APPS = ["web", "api", "batch", "admin", "reports"]


def literal(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.45:
        return str(rng.randint(1, 10_000_000))
    if roll < 0.6:
        return f"{rng.uniform(0, 5000):.2f}"
    if roll < 0.9:
        word = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(3, 14)))
        return f"'{word}{rng.choice(['', '@example.com', chr(92) + chr(39) + 's', ''])}'"
    return f"'2024-0{rng.randint(1, 9)}-{rng.randint(10, 28)} {rng.randint(10, 23)}:00:00'"


def make_template(rng: random.Random):
    table = rng.choice(TABLES)
    cols = rng.sample(COLUMNS, rng.randint(2, 6))
    kind = rng.random()
    if kind < 0.55:
        where = rng.sample(COLUMNS, rng.randint(1, 3))

        def build(r):
            conds = [f"{c} = {literal(r)}" for c in where]
            if r.random() < 0.3:
                conds.append(f"{r.choice(COLUMNS)} IN ({', '.join(literal(r) for _ in range(r.randint(1, 40)))})")
            limit = f" LIMIT {r.choice([10, 20, 50, 100])}" if r.random() < 0.5 else ""
            return (f"/* app:{r.choice(APPS)} req:{r.randint(1, 99999)} */ SELECT {', '.join(cols)}\n  FROM `{table}`\n"
                    f"  WHERE {' AND '.join(conds)}\n  ORDER BY {cols[0]} DESC{limit};")
    elif kind < 0.75:
        def build(r):
            rows = ", ".join("(" + ", ".join(literal(r) for _ in cols) + ")" for _ in range(r.randint(1, 25)))
            return f"INSERT INTO {table} ({', '.join(cols)}) VALUES {rows};"
    elif kind < 0.9:
        key = rng.choice(COLUMNS)

        def build(r):
            sets = ", ".join(f"{c} = {literal(r)}" for c in cols)
            return f"UPDATE {table}   SET {sets}\n WHERE {key} = {literal(r)} -- retry {r.randint(1, 3)}\n;"
    else:
        other = rng.choice(TABLES)

        def build(r):
            return (f"SELECT t.{cols[0]}, COUNT(*) AS n, SUM(o.total_cents) FROM {table} t JOIN {other} o ON o.id = t.id "
                    f"WHERE t.created_at >= {literal(r)} AND o.status IN ('paid', 'shipped') GROUP BY t.{cols[0]} "
                    f"HAVING COUNT(*) > {r.randint(1, 50)};")
    return build


def make_log(rng: random.Random, entries: int) -> str:
    templates = [make_template(rng) for _ in range(450)]
    weights = [1 / (rank + 1) for rank in range(len(templates))]
    statements = [build(rng) for build in rng.choices(templates, weights, k=2000)]
    lines = ["/usr/sbin/mysqld, Version: 8.0.36 (MySQL Community Server - GPL). started with:",
             "Tcp port: 3306  Unix socket: /var/run/mysqld/mysqld.sock", "Time                 Id Command    Argument"]
    for n in range(entries):
        lines.append(f"# Time: 2024-03-{n * 7 // entries + 1:02d}T{n % 24:02d}:{n % 60:02d}:00.000000Z\n"
                     f"# User@Host: app[app] @  [10.0.{n % 10}.{n % 249 + 2}]  Id: {1000 + n % 9000}\n"
                     f"# Query_time: {rng.lognormvariate(0, 1.0):.6f}  Lock_time: 0.000{n % 997:03d} "
                     f"Rows_sent: {n % 500}  Rows_examined: {n * 7919 % 2_000_000}\n"
                     f"{'use shop;' + chr(10) if n % 5 == 0 else ''}SET timestamp={1709251200 + n * 30};")
        lines.append(rng.choice(statements))
    return "\n".join(lines) + "\n"


def main() -> None:
    log = make_log(random.Random(11), 40_000)
    report = digest(log, top=15)
    for row in report[:5]:
        print(f"{row['total_s']:>10.2f}s {row['count']:>6}x  {row['fingerprint'][:90]}")
    print("classes shown", len(report), "log size", len(log))


if __name__ == "__main__":
    main()
