"""Summary for the health and safety committee."""

from __future__ import annotations

from collections import Counter

from chemstore.movements import Holdings
from chemstore.replay import Outcome


def committee_lines(outcomes: list[Outcome], holdings: Holdings, top: int = 3) -> list[str]:
    """Movements by outcome, the classes behind refusals and the labs holding most flammables."""
    refused = [outcome for outcome in outcomes if outcome[1] == "refused"]
    invalid = sum(1 for outcome in outcomes if outcome[1] == "invalid")
    classes = Counter(hazard_class for _, _, breaches in refused for hazard_class, _ in breaches)
    volumes = {lab: sum(litres for hazard_class, litres in lab_holdings.values() if hazard_class.startswith("FL"))
               for lab, lab_holdings in holdings.items()}
    largest = sorted(volumes.items(), key=lambda item: (-item[1], item[0]))[:top]
    return [f"{len(outcomes) - len(refused) - invalid} movements accepted, {len(refused)} refused, {invalid} invalid",
            "refusals by class: " + ", ".join(f"{c} {n}" for c, n in sorted(classes.items())),
            "most flammables: " + ", ".join(f"{lab} {litres:.1f} L" for lab, litres in largest)]
