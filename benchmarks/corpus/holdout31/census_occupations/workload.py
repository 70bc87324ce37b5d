"""Code the occupations of a batch of transcribed 1851-1881 census households."""

import random

from census_occupations.coding import code_transcriptions, coding_summary
from census_occupations.rules import parse_rules

TRADES = ["cotton", "wool", "silk", "flax", "worsted", "coal", "iron", "tin", "lead", "copper", "boot",
          "shoe", "straw hat", "lace", "glove", "nail", "chain", "brick", "pottery", "glass", "paper",
          "rope", "sail", "coach", "wheel", "leather", "tallow", "soap", "malt", "flour", "railway",
          "canal", "dock", "timber", "corn", "cattle"]
GROUPS = [("7", "production workers", ["weaver", "spinner", "maker"]),
          ("9", "labourers", ["labourer", "hand", "porter"]),
          ("4", "dealers", ["dealer", "merchant", "agent"]),
          ("3", "clerical", ["clerk", "inspector", "book keeper"])]
GENERIC = [("99910", "general labourers", "labourer; hand; porter; general labourer"),
           ("62105", "agricultural labourers", "agricultural labourer; farm labourer; farm servant"),
           ("54020", "domestic servants", "domestic servant; servant; housemaid; cook"),
           ("41025", "general dealers", "dealer; merchant; shopkeeper; huckster")]
PREFIXES = ["", "", "", "Journeyman", "Retired", "Formerly", "Master", "Apprentice", "Late"]
SUFFIXES = ["", "", "", "(Power Loom)", "employing 3 men", "Out of Employ", "& Farmer", "Pauper", "Hewer"]


def rules_text() -> str:
    lines = ["# HISCO | label | keywords"]
    for trade_number, trade in enumerate(TRADES):
        for digit, label, roles in GROUPS:
            keywords = "; ".join(f"{trade} {role}" for role in roles)
            lines.append(f"{digit}{trade_number:02d}10 | {trade} {label} | {keywords}")
    lines += [f"{code} | {label} | {keywords}" for code, label, keywords in GENERIC]
    return "\n".join(lines)


def transcriptions(rng: random.Random) -> list[str]:
    entries = []
    for _ in range(4000):
        roll = rng.random()
        if roll < 0.15:
            core = rng.choice(["Ag Lab", "Ag. Lab.", "Farm Servant", "Dom. Serv.", "House Maid", "Scholar", "Wife"])
        else:
            trade = rng.choice(TRADES)
            role = rng.choice(rng.choice(GROUPS)[2])
            core = f"{trade} {role}"
            if rng.random() < 0.2:
                core = core.replace("cotton", "Cott.").replace("labourer", "Lab.").replace("merchant", "Mer.")
        text = " ".join(part for part in (rng.choice(PREFIXES), core.title(), rng.choice(SUFFIXES)) if part)
        entries.append(text.upper() if rng.random() < 0.1 else text)
    return entries


def main() -> None:
    rng = random.Random(3111)
    rules = parse_rules(rules_text())
    coded = code_transcriptions(transcriptions(rng), rules)
    summary = coding_summary(coded)
    print(f"{len(coded)} persons, {len(summary)} codes, uncoded {summary.get('uncoded', 0)}")
    print(list(summary.items())[:5])
    print(coded[0])


if __name__ == "__main__":
    main()
