"""Matchup table for the army builder: every club weapon profile against every common target."""

from fractions import Fraction

from hitroll.odds import attack_odds

WEAPONS = [  # name, attacks, to hit, strength, damage
    ("assault squad bolters", 12, 3, 4, "1"),
    ("heavy bolter team", 7, 3, 5, "2"),
    ("las-cannon battery", 6, 4, 12, "D6+1"),
    ("plasma volley", 7, 3, 8, "D3"),
    ("chainsword charge", 11, 3, 4, "1"),
    ("power fists", 4, 4, 8, "2"),
]
TARGETS = [  # name, toughness, save, wounds, models
    ("guard squad", 3, 5, 1, 10),
    ("marine squad", 4, 3, 2, 5),
    ("terminators", 5, 2, 3, 5),
    ("bike squad", 5, 3, 2, 3),
    ("battle tank", 10, 3, 12, 1),
]


def main() -> None:
    for weapon, attacks, to_hit, strength, damage in WEAPONS:
        row = []
        for target, toughness, save, wounds, models in TARGETS:
            odds = attack_odds(attacks, to_hit, strength, toughness, save, damage, wounds, models)
            row.append(f"{target}: {float(odds['expected_kills']):.2f}/{float(odds['p_wipe']):.1%}")
        print(f"{weapon:22s}", "; ".join(row))


if __name__ == "__main__":
    main()
