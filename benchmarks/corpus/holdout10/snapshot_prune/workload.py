"""Nightly prune run on the backup server: work out what each dataset keeps."""

import random
from datetime import datetime, timedelta

from snapkeep.retention import Policy, snapshots_to_keep

DATASETS = ["tank/home", "tank/db", "tank/mail", "tank/vm"]


def main() -> None:
    rng = random.Random(5150)
    policy = Policy(last=12, hourly=48, daily=30, weekly=26, monthly=24, yearly=10)
    end = datetime(2024, 6, 30, 23, 0, 0)
    kept_total = 0
    for dataset in DATASETS:
        names = []
        when = end - timedelta(days=rng.randint(500, 700))
        while when <= end:
            names.append(f"{dataset}@{when:%Y-%m-%dT%H:%M:%S}")
            when += timedelta(hours=1, minutes=rng.choice([0, 0, 0, 1, 2]))
        rng.shuffle(names)
        keep = snapshots_to_keep(names, policy)
        kept_total += len(keep)
        print(f"{dataset}: {len(names)} snapshots, keep {len(keep)}, oldest kept {keep[-1].split('@')[1]}")
    print("total kept:", kept_total)


if __name__ == "__main__":
    main()
