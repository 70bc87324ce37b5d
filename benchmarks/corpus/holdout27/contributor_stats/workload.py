"""The annual report's contributor table, from a year of history of a large open-source project."""

import itertools
import random

from authormap.history import Commit, FileChange
from authormap.mailmap import parse_mailmap
from authormap.stats import contributor_stats

AREAS = ["src", "src", "src", "tests", "tests", "docs", "tools", "ci", "benchmarks", "examples"]
FIRST = ["Ana", "Ben", "Chen", "Dara", "Eli", "Femi", "Gita", "Hugo", "Ines", "Jon", "Kai", "Lea", "Mo", "Nia", "Omar"]
LAST = ["Silva", "Okafor", "Wang", "Novak", "Berg", "Khan", "Rossi", "Sato", "Lopez", "Meyer", "Dubois", "Ivanova"]


def main() -> None:
    rng = random.Random(909)
    paths = []
    for number in range(9000):
        area = rng.choice(AREAS)
        depth = "/".join(f"m{rng.randint(0, 40)}" for _ in range(rng.randint(0, 3)))
        paths.append(f"{area}/{depth + '/' if depth else ''}file_{number}.py" if rng.random() > 0.01 else f"FILE_{number}.md")
    people = [(f"{rng.choice(FIRST)} {rng.choice(LAST)}", f"user{number}@example.org") for number in range(420)]
    mailmap_lines = ["# canonical identities"]
    aliases = {}
    for name, email in people[:150]:
        old = email.replace("@example.org", "@oldcorp.com")
        mailmap_lines.append(f"{name} <{email}>")
        mailmap_lines.append(f"{name} <{email}> <{old}>")
        aliases[email] = [(name, email), (name.lower(), old), (name.split()[0], email.upper())]
    mailmap = parse_mailmap("\n".join(mailmap_lines))
    cumulative = list(itertools.accumulate(1 / (rank + 1) ** 1.1 for rank in range(len(people))))
    commits = []
    for number in range(23000):
        name, email = rng.choices(people, cum_weights=cumulative)[0]
        name, email = rng.choice(aliases.get(email, [(name, email)]))
        home = rng.randrange(len(paths))
        touched = {paths[(home + rng.randint(-300, 300)) % len(paths)] for _ in range(rng.randint(1, 6))}
        changes = tuple(FileChange(path, rng.randint(0, 120), rng.randint(0, 60)) for path in sorted(touched))
        commits.append(Commit(f"{number:040x}", name, email, changes))
    table = contributor_stats(commits, mailmap)
    print(f"{len(commits)} commits by {len(table)} contributors")
    for person in table[:5]:
        print(f"  {person.name:18s} {person.commits:5d} commits {person.files:5d} files +{person.added}/-{person.deleted}"
              f" areas {len(person.areas)} addresses {len(person.emails)}")


if __name__ == "__main__":
    main()
