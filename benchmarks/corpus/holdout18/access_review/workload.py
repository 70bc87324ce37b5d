"""Produce this quarter's access-review workbook for the whole company."""

import random

from rbacreport.review import access_review
from rbacreport.roles import load_roles

APPS = ["finance", "hr", "prod", "iam", "crm", "wiki", "git", "ci", "support", "billing", "warehouse", "analytics"]
RESOURCES = ["payments", "vendors", "payroll", "deploy", "roles", "records", "reports", "tickets", "repos",
             "pipelines", "invoices", "stock", "dashboards", "accounts", "contracts"]
SENSITIVE_PAIRS = ["finance:payments:create", "finance:payments:approve", "finance:vendors:edit", "hr:payroll:edit",
                   "hr:payroll:approve", "prod:deploy:request", "prod:deploy:approve", "iam:roles:assign",
                   "iam:roles:approve"]
ACTIONS = ["read", "list", "create", "edit", "approve", "delete", "export", "request", "assign"]


def catalogue(rng):
    rows = []
    layers = []
    sizes = [70, 90, 70, 45, 30, 20]
    for depth, size in enumerate(sizes):
        names = []
        for number in range(size):
            name = f"L{depth}-{rng.choice(APPS)}-{number:03d}"
            permissions = {f"{rng.choice(APPS)}:{rng.choice(RESOURCES)}:{rng.choice(ACTIONS)}"
                           for _ in range(rng.randint(2, 8) if depth < 2 else rng.randint(0, 3))}
            if depth < 2 and rng.random() < 0.012:
                permissions.add(rng.choice(SENSITIVE_PAIRS))
            parents = rng.sample(layers[-1], rng.randint(3, 5)) if layers else []
            if depth >= 2 and rng.random() < 0.3:
                parents.append(rng.choice(layers[0]))
            rows.append({"role": name, "permissions": " ".join(sorted(permissions)), "inherits": " ".join(parents)})
            names.append(name)
        layers.append(names)
    return rows, layers


def main() -> None:
    rng = random.Random(90210)
    rows, layers = catalogue(rng)
    roles = load_roles(rows)
    assignable = [name for layer in layers[2:] for name in layer]
    users = [{"user": f"u{number:05d}@example.com", "roles": rng.sample(assignable, rng.randint(1, 3))}
             for number in range(3500)]
    review = access_review(users, roles)
    flagged = {user: row["conflicts"] for user, row in review["users"].items() if row["conflicts"]}
    print("users", len(review["users"]), "permissions in use", len(review["holders"]), "with conflicts", len(flagged))
    print("widest", max(review["users"].items(), key=lambda item: item[1]["permissions"])[0])
    print("most held", max(review["holders"].items(), key=lambda item: len(item[1]))[0])


if __name__ == "__main__":
    main()
