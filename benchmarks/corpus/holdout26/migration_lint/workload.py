"""The CI job on a release branch: lint every migration of the service, including the reference-data loads."""

import random

from migracheck.report import format_report, lint_files

TABLES = ["accounts", "invoices", "invoice_lines", "payments", "customers", "addresses", "audit_log", "webhooks", "plans"]
COLUMNS = ["status", "currency", "external_ref", "region", "created_by", "archived_at", "tax_code", "notes"]
TYPES = ["text", "integer", "bigint", "timestamptz", "boolean", "numeric(12,2)", "jsonb"]


def schema_migration(rng: random.Random, number: int) -> str:
    """A hand-written schema change: a few DDL statements with comments, sometimes a risky one."""
    parts = [f"-- migration {number:04d}: {rng.choice(['add', 'backfill', 'rework', 'index'])} {rng.choice(TABLES)}\n"]
    for _ in range(rng.randint(2, 12)):
        table, column = rng.choice(TABLES), rng.choice(COLUMNS)
        kind = rng.random()
        if kind < 0.3:
            value = rng.choice(["n/a", "it''s fine", "EUR"])
            default = f" DEFAULT '{value}'" if rng.random() < 0.6 else ""
            parts.append(f"ALTER TABLE {table} ADD COLUMN {column} {rng.choice(TYPES)}{default}{' NOT NULL' if rng.random() < 0.5 else ''};\n")
        elif kind < 0.5:
            concurrently = "CONCURRENTLY " if rng.random() < 0.6 else ""
            parts.append(f"CREATE INDEX {concurrently}idx_{table}_{column} ON {table} ({column});\n")
        elif kind < 0.65:
            where = f"\n  WHERE {column} IS NULL" if rng.random() < 0.7 else ""
            parts.append(f"UPDATE {table}\n  SET {column} = 'x'{where};\n")
        elif kind < 0.75:
            parts.append(f"/* requested in OPS-{rng.randint(100, 999)}; see runbook */\nALTER TABLE {table} ALTER COLUMN {column} TYPE text;\n")
        elif kind < 0.8:
            parts.append(f"ALTER TABLE {table} DROP COLUMN {column};\n")
        else:
            parts.append(f"COMMENT ON COLUMN {table}.{column} IS 'Set by the billing job; do not edit by hand';\n")
    return "".join(parts)


def data_migration(rng: random.Random, rows: int) -> str:
    """A reference-data load: one INSERT per row, as exported from the admin tool (CRLF line ends)."""
    lines = ["-- reference data export\r\n", "BEGIN;\r\n"]
    for row in range(rows):
        name = rng.choice(["Zürich", "O'Hare; Terminal 2", "São Paulo", "Kraków", "Reykjavík", "Ōsaka", "Düsseldorf"])
        lines.append(f"INSERT INTO plans (id, code, name, price) VALUES ({row}, 'P{row:06d}', '{name.replace(chr(39), chr(39) * 2)}', "
                     f"{rng.randint(100, 99999) / 100});\r\n")
    lines.append("COMMIT;\r\n")
    return "".join(lines)


def main() -> None:
    rng = random.Random(5432)
    files = {f"{number:04d}_schema.sql": schema_migration(rng, number) for number in range(1, 400)}
    for number in (57, 121, 288):
        files[f"{number:04d}_reference_data.sql"] = data_migration(rng, rng.randint(4500, 6500))
    results = lint_files(files)
    report = format_report(results, allowed=["table-rewrite"])
    print(f"{len(files)} files, {sum(len(f) for f in results.values())} findings, {len(report)} reported")
    for line in report[:5]:
        print(" ", line)


if __name__ == "__main__":
    main()
