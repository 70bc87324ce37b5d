"""Build the claim charts for a month's batch of applications in the firm's docket."""

import random

from claimchart.chart import feature_sets
from claimchart.claims import parse_claims
from claimchart.report import broadest_claims, chart_lines, claim_families

SUBJECTS = ["An apparatus", "A device", "A system", "A method", "A valve assembly", "A sensor unit"]
PARTS = ["housing", "valve seat", "actuator", "sensor", "controller", "seal", "spring", "shaft", "bracket",
         "membrane", "nozzle", "filter", "coupling", "display", "battery", "antenna", "hinge", "lens"]
VERBS = ["is made of", "is coupled to", "is arranged adjacent to", "comprises", "is integrally formed with",
         "is biased towards", "is configured to monitor", "is releasably attached to"]
OBJECTS = ["aluminium", "a polymer", "the housing", "the shaft", "a second seal", "the controller", "stainless steel",
           "a wireless module", "a detent", "the nozzle", "a thermistor", "the frame"]


def feature(rng: random.Random) -> str:
    return f"the {rng.choice(PARTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)}"


def application(rng: random.Random) -> str:
    lines = ["CLAIMS", ""]
    number = 0
    for _family in range(rng.randint(1, 3)):
        number += 1
        root = number
        subject = rng.choice(SUBJECTS)
        lines.append(f"{number}. {subject} comprising: " + "; ".join(feature(rng) for _ in range(rng.randint(3, 5))) + ".")
        for _ in range(rng.randint(20, 28)):
            number += 1
            low = max(root, number - rng.randint(2, 5))
            style = rng.random()
            if style < 0.35:
                refs = f"claim {rng.randint(low, number - 1)}"
            elif style < 0.75:
                first = rng.randint(low, number - 1)
                second = rng.randint(first, number - 1)
                refs = f"claim {first} or {second}" if second != first else f"claim {first}"
            else:
                refs = f"any of claims {low} to {number - 1}"
            lines.append(f"{number}. {subject.replace('An', 'The').replace('A ', 'The ', 1)} according to {refs}, "
                         f"wherein {feature(rng)}" + (f"; and {feature(rng)}." if rng.random() < 0.3 else "."))
        lines.append("")
    return "\n".join(lines)


def main() -> None:
    rng = random.Random(4471)
    docket = [application(rng) for _ in range(220)]
    total_features = 0
    widest = 0
    for text in docket:
        claims = parse_claims(text)
        sets = feature_sets(claims)
        total_features += sum(len(features) for features in sets.values())
        widest = max(widest, max(len(features) for features in sets.values()))
        claim_families(claims)
        chart_lines(sets)
    print(f"{len(docket)} applications, {total_features} claim features charted, widest claim {widest} features")
    print("\n".join(chart_lines(feature_sets(parse_claims(docket[0])))[:5]))
    print("independent claims of the first application:", broadest_claims(parse_claims(docket[0])))


if __name__ == "__main__":
    main()
