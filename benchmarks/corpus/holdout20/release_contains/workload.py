"""Security advisories page: which release first shipped each security fix, across the product's history."""

import random

from commitgraph.history import Commit, History
from commitgraph.releases import advisory_table, first_releases


def synthetic_history(rng, mainline_steps, release_every):
    def new_sha():
        return f"{rng.getrandbits(160):040x}"

    commits = []
    main = [new_sha()]
    commits.append(Commit(main[0], ()))
    tags = []
    for step in range(1, mainline_steps):
        if rng.random() < 0.35:  # merge a feature branch forked from a recent mainline commit
            tip = rng.choice(main[-30:])
            for _ in range(rng.randint(1, 8)):
                sha = new_sha()
                commits.append(Commit(sha, (tip,)))
                tip = sha
            sha = new_sha()
            commits.append(Commit(sha, (main[-1], tip)))
        else:
            sha = new_sha()
            commits.append(Commit(sha, (main[-1],)))
        main.append(sha)
        if step % release_every == 0:
            tags.append((f"v{step // release_every}.0.0", sha))
    return commits, tags


def main() -> None:
    rng = random.Random(1337)
    commits, tags = synthetic_history(rng, 3200, 90)
    history = History(commits)
    fixes = {f"CVE-2024-{1000 + n}": rng.choice(commits).sha for n in range(240)}
    shipped = first_releases(history, tags, list(fixes.values()))
    table = advisory_table(history, tags, dict(list(fixes.items())[:20]))
    print("commits", len(commits), "releases", len(tags), "fixes", len(fixes),
          "unreleased", sum(1 for tag in shipped.values() if tag is None))
    print("\n".join(table[:3]))


if __name__ == "__main__":
    main()
