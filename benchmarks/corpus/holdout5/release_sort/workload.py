"""Release notes generator: order every tag in a busy repository by version."""

import random

from relnotes.versions import sort_releases


def main() -> None:
    rng = random.Random(42)
    tags = []
    for major in range(6):
        for minor in range(30):
            for patch in range(rng.randint(3, 40)):
                base = f"{major}.{minor}.{patch}"
                tags.append(rng.choice(["v", ""]) + base)
                for pre in rng.sample(["alpha", "alpha.1", "alpha.2", "beta", "beta.2", "beta.11", "rc.1", "rc.2", "rc.10"], rng.randint(0, 3)):
                    tags.append(f"v{base}-{pre}")
                if rng.random() < 0.2:
                    tags.append(f"{base}+build.{rng.randint(1, 999)}")
    tags += ["nightly", "latest", "v1.2", "release-candidate"]
    rng.shuffle(tags)
    ordered = sort_releases(tags, newest_first=True, skip_invalid=True)
    stable = sort_releases(tags, include_prereleases=False, skip_invalid=True)
    print(len(tags), len(ordered), ordered[0], ordered[-1], len(stable), stable[-1])


if __name__ == "__main__":
    main()
