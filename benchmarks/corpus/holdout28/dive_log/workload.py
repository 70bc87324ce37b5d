"""Summarise a season of club dives downloaded from the members' rebreather computers (1 s sampling)."""

import random

from divelog.summary import summarise_dive


def dive_download(rng: random.Random) -> str:
    lines = ["# computer: CCR-X serial 10442", "time_s,depth_m,temp_c"]
    target = rng.uniform(25, 65)
    bottom = rng.randint(1200, 3000)
    depth, time_s = 0.0, 0
    phases = [("descent", None), ("bottom", bottom), ("deco", rng.randint(2400, 6000)), ("stop", rng.randint(150, 400)), ("ascent", None)]
    for phase, length in phases:
        elapsed = 0
        while True:
            if phase == "descent":
                depth = min(target, depth + rng.uniform(0.2, 0.4))
                if depth >= target:
                    break
            elif phase == "ascent":
                depth = max(0.0, depth - rng.uniform(0.1, 0.25) * (3 if rng.random() < 0.01 else 1))
                if depth == 0.0:
                    break
            else:
                goal = {"bottom": target, "deco": 9.0, "stop": 4.5}[phase]
                depth = max(0.0, depth + (goal - depth) * 0.02 + rng.uniform(-0.05, 0.05))
                elapsed += 1
                if elapsed >= length:
                    break
            time_s += 1
            temp = "" if time_s % 10 else f"{max(4.0, 14.0 - depth * 0.12):.1f}"
            lines.append(f"{time_s},{depth:.2f},{temp}")
    return "\n".join(lines) + "\n"


def main() -> None:
    rng = random.Random(3300)
    downloads = [dive_download(rng) for _ in range(26)]
    summaries = [summarise_dive(text) for text in downloads]
    hours = sum(summary.duration_s for summary in summaries) / 3600
    print(f"{len(summaries)} dives, {hours:.1f} hours underwater, deepest {max(s.max_depth_m for s in summaries)} m")
    print(f"{sum(s.ascent_violations for s in summaries)} ascent-rate violations, "
          f"{sum(not s.safety_stop for s in summaries)} dives without a safety stop, "
          f"coldest {min(s.min_temp_c for s in summaries if s.min_temp_c is not None)} C")


if __name__ == "__main__":
    main()
