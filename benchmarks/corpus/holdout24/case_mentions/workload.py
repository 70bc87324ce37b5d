"""Index this morning's judgments against the citator's list of leading cases."""

import random

from citator.judgments import numbered_paragraphs
from citator.mentions import cases_mentioned
from citator.report import referred_to

PARTIES = ["Smith", "Jones", "Patel", "Hughes", "Khan", "Murray", "Okafor", "Byrne", "Wilson", "Taylor", "Evans",
           "Clarke", "Ahmed", "Davies", "Morgan", "Hussain", "Walsh", "Kaur", "Price", "Lloyd", "Fraser", "Reid"]
BODIES = ["Secretary of State for the Home Department", "Chief Constable of Merseyside Police", "Barclays Bank plc",
          "London Borough of Camden", "Commissioners for HMRC", "National Grid plc", "Tesco Stores Ltd", "The Crown",
          "Network Rail Infrastructure Ltd", "Co-operative Insurance Society Ltd", "General Medical Council"]
FILLER = ("The appellant submits that the judge below misdirected himself as to the proper test, and that on a "
          "correct analysis the respondent owed no duty of care in the circumstances found. It is common ground "
          "that the contract was concluded on the terms set out in the letter of 4 March, and that nothing turns "
          "on the later correspondence. I do not accept that submission. ")


def leading_cases(rng: random.Random, count: int) -> list[str]:
    """The citator's list of leading cases: party v party, some with a public body, some "Re" cases."""
    names = set()
    while len(names) < count:
        roll = rng.random()
        if roll < 0.15:
            names.add(f"Re {rng.choice(PARTIES)}")
        elif roll < 0.45:
            names.add(f"R (on the application of {rng.choice(PARTIES)}) v {rng.choice(BODIES)}")
        else:
            names.add(f"{rng.choice(PARTIES)} v {rng.choice(PARTIES + BODIES)}")
    return sorted(names)


def judgment(rng: random.Random, cases: list[str], paragraphs: int) -> str:
    """A judgment's text: a heading block, then numbered paragraphs citing a few cases each."""
    blocks = ["IN THE COURT OF APPEAL (CIVIL DIVISION)", "Before: LORD JUSTICE EXAMPLE", "- - - - -"]
    for number in range(1, paragraphs + 1):
        text = FILLER * rng.randint(1, 3)
        for _ in range(rng.randint(0, 3)):
            cited = rng.choice(cases).replace(" v ", rng.choice([" v ", " v. ", " v\n", "  vs ", " V "]))
            text += f"As Lord Example said in {cited} [{rng.randint(1950, 2023)}] UKHL {rng.randint(1, 60)}, that is not the law. "
        blocks.append(f"{number}. {text}" if rng.random() < 0.5 else f"[{number}] {text}")
    return "\n\n".join(blocks) + "\n"


def main() -> None:
    rng = random.Random(1932)
    cases = leading_cases(rng, 560)
    indexed = 0
    for neutral, size in (("[2024] EWCA Civ 101", 14), ("[2024] EWCA Civ 102", 12)):
        paragraphs = numbered_paragraphs(judgment(rng, cases, size))
        mentions = cases_mentioned(paragraphs, cases)
        indexed += len(paragraphs)
        lines = referred_to(mentions)
        print(f"{neutral}: {len(paragraphs)} paragraphs, {len(lines)} cases referred to")
        print(*lines[:3], sep="\n")
    print(f"{indexed} paragraphs checked against {len(cases)} leading cases")


if __name__ == "__main__":
    main()
