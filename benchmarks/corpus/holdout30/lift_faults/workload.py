"""Quarterly contract review: repeat call-outs per lift across the housing association's estates."""

import random
from datetime import datetime, timedelta

from lift_faults.faultlog import merge_logs, parse_call_log
from lift_faults.repeats import repeat_callouts
from lift_faults.report import lift_figures

SITES = ["TOWER", "ASHCOURT", "RIVERSIDE", "MILLHOUSE", "KESTREL", "FORGE", "QUAYSIDE", "HEATHVIEW", "ELMS",
         "CANAL", "MARKET", "ORCHARD"]
CODES = ["DOOR", "DOOR", "DOOR", "LEVEL", "TRAP", "NOISE", "ALARM", "POWER", "BUTTON", "OTHER"]
NOTES = ["doors reopening", "car stopped between floors", "resident trapped; released by engineer",
         "landing button stuck", "grinding noise from machine room", "alarm sounding", "out of service",
         "mislevelling at floor 3", "vandalism to car panel", "no fault found"]


def desk_logs(rng: random.Random, desks: int = 3) -> list:
    """The exports of the contractor's help desks; each desk logs in its own (roughly
    chronological, sometimes back-filled) order."""
    start = datetime(2024, 4, 1)
    sites = [f"{estate}-{block}" for estate in SITES for block in "ABCDEFG"]
    lifts = [(site, f"L{number}") for site in sites for number in range(1, rng.randint(2, 6))]
    texts = [[f"# help desk {desk + 1}"] for desk in range(desks)]
    for site, lift in lifts:
        rate = rng.choice([4, 6, 8, 12, 16, 25])  # calls per quarter
        at = start
        while True:
            at += timedelta(minutes=rng.randint(10, 2 * 91 * 24 * 60 // rate))
            if at >= start + timedelta(days=91):
                break
            burst = [at] + [at + timedelta(minutes=rng.randint(30, 4000)) for _ in range(rng.choice([0, 0, 0, 1, 2]))]
            for moment in burst:
                desk = rng.randrange(desks)
                stamp = moment.strftime("%Y-%m-%d %H:%M")
                texts[desk].append(f"{stamp};{site};{lift};{rng.choice(CODES)};{rng.choice(NOTES)}")
    for lines in texts:
        body = lines[1:]
        for _ in range(len(body) // 20):  # back-filled calls typed in late
            position = rng.randrange(len(body))
            body.insert(rng.randrange(len(body)), body.pop(position))
        lines[1:] = body
    return ["\n".join(lines) + "\n" for lines in texts], [f"{site}/{lift}" for site, lift in lifts]


def main() -> None:
    rng = random.Random(3006)
    texts, lifts = desk_logs(rng)
    events = merge_logs(*(parse_call_log(text) for text in texts))
    repeats = repeat_callouts(events, window_hours=72)
    figures = lift_figures(events, repeats, "2024-04-01 00:00", "2024-07-01 00:00", lifts)
    print(f"{len(events)} calls on {len(figures)} lifts, {len(repeats)} repeat call-outs within 72 h")
    for item in figures[:5]:
        print(f"  {item.lift}: {item.calls} calls, {item.repeats} repeats, {item.entrapments} entrapments, "
              f"MTBF {item.mtbf_days} days")


if __name__ == "__main__":
    main()
