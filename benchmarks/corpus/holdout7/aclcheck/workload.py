"""Replay a day of file-service access logs against the proposed new policy."""

import random

from access.policy import Policy, Request, Rule


def main() -> None:
    rng = random.Random(1984)
    teams = ["infra", "data", "web", "mobile", "finance", "legal", "hr", "sales"]
    actions = ["read", "write", "delete", "share"]
    rules = [Rule("allow", "admin-*", "*", "/**", priority=100)]
    for team in teams:
        rules.append(Rule("allow", f"{team}-*", "*", f"/projects/{team}/**"))
        rules.append(Rule("allow", "*", "read", f"/projects/{team}/public/**"))
        rules.append(Rule("deny", f"{team}-intern?", "delete", f"/projects/{team}/**", priority=5))
        for n in range(12):
            rules.append(Rule(rng.choice(["allow", "deny"]), f"{team}-user{n}", rng.choice(actions), f"/shared/{rng.choice(teams)}/*/report-??.pdf", priority=rng.randint(0, 3)))
    rules.append(Rule("deny", "*", "*", "/projects/*/secrets/**", priority=50))
    policy = Policy(rules)
    requests = []
    for _ in range(2500):
        team = rng.choice(teams)
        who = rng.choice([f"{team}-user{rng.randint(0, 15)}", f"{team}-intern{rng.randint(1, 9)}", f"admin-{rng.randint(1, 3)}"])
        area = rng.choice(["projects", "shared"])
        path = f"/{area}/{rng.choice(teams)}/{rng.choice(['public', 'src', 'secrets', 'q3'])}/report-{rng.randint(0, 99):02d}.pdf"
        requests.append(Request(who, rng.choice(actions), path))
    decisions = policy.check_all(requests)
    print(sum(decisions), len(decisions), policy.default_hits, len(policy.unused_rules()))


if __name__ == "__main__":
    main()
