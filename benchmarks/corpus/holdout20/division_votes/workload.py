"""Voting-record site refresh: attendance and rebellions of every member over the session's divisions."""

import random

from hansard.loyalty import rebellion_report
from hansard.records import Division, Member

PARTIES = [("Labour", 0.42), ("Conservative", 0.3), ("Liberal Democrat", 0.1), ("SNP", 0.06), ("Green", 0.03),
           ("Plaid Cymru", 0.01), ("Independent", 0.08)]


def main() -> None:
    rng = random.Random(1642)
    names, shares = zip(*PARTIES)
    members = [Member(1000 + n, f"Member {n}", rng.choices(names, shares)[0]) for n in range(650)]
    divisions = []
    for number in range(1, 121):
        whip = {party: rng.choice(["aye", "no"]) for party in names}
        votes = []
        for member in rng.sample(members, rng.randint(380, 620)):
            roll = rng.random()
            if member.party == "Independent":
                vote = rng.choice(["aye", "no"])
            elif roll < 0.04:
                vote = "no" if whip[member.party] == "aye" else "aye"
            elif roll < 0.06:
                vote = "abstain"
            else:
                vote = whip[member.party]
            votes.append((member.member_id, vote))
        divisions.append(Division(number, f"Division {number}", votes))
    report = rebellion_report(members, divisions)
    rebels = sorted(report.items(), key=lambda item: -item[1]["rebellions"])[:3]
    print("members", len(report), "divisions", len(divisions),
          "mean attendance", round(sum(r["attendance_pct"] for r in report.values()) / len(report), 1))
    for member_id, row in rebels:
        print(" ", member_id, row)


if __name__ == "__main__":
    main()
