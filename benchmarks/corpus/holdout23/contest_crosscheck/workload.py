"""Cross-check the logs of the club's 48-hour CW/SSB contest."""

import random

from qsocheck.cabrillo import QSO
from qsocheck.crosscheck import cross_check
from qsocheck.scoring import checked_scores

BANDS = ["80m", "40m", "20m", "15m", "10m"]


def main() -> None:
    rng = random.Random(17022024)
    stations = [f"{rng.choice(['G', 'M', 'DL', 'F', 'EA', 'K', 'W', 'JA', 'VK', 'PA', 'OH'])}{rng.randint(1, 9)}"
                f"{''.join(rng.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ') for _ in range(rng.randint(2, 3)))}"
                for _ in range(220)]
    stations = sorted(set(stations))
    serial = {call: rng.randint(1, 40) for call in stations}
    loggers = set(rng.sample(stations, k=int(len(stations) * 0.7)))
    logs: dict[str, list[QSO]] = {call: [] for call in loggers}
    for _ in range(4800):
        first, second = rng.sample(stations, 2)
        band, mode, minute = rng.choice(BANDS), rng.choice(["CW", "CW", "PH"]), rng.randrange(48 * 60)
        for me, them in ((first, second), (second, first)):
            if me not in loggers or rng.random() < 0.03:
                continue
            logged_call = them if rng.random() > 0.02 else them[:-1] + "X"
            received = f"599 {serial[them] if rng.random() > 0.03 else serial[them] + 1}"
            logs[me].append(QSO(me, logged_call, band, mode, minute + rng.randint(-2, 2),
                                f"599 {serial[me]}", received))
    qsos = [qso for call in sorted(logs) for qso in sorted(logs[call], key=lambda q: q.minute)]
    result = cross_check(qsos)
    statuses = result["statuses"]
    print("contacts", len(qsos), {status: statuses.count(status) for status in sorted(set(statuses))})
    scores = checked_scores(qsos, statuses)
    leader = max(scores, key=lambda call: (scores[call]["checked"], call))
    print("leader", leader, scores[leader])


if __name__ == "__main__":
    main()
