"""The annual risk review: top-event probabilities and the most important basic events for each unit."""

import random

from faulttree.importance import rank_events
from faulttree.evaluate import top_event_probability
from faulttree.model import parse_tree

SUPPORT = ["POWER", "AIR", "COOLING", "CONTROL", "RELIEF", "OPERATOR"]
COMPONENTS = ["PUMP", "VALVE", "SENSOR", "BREAKER", "FAN", "TRANSMITTER", "SWITCH", "RELAY"]
MODES = ["FAILS_TO_START", "FAILS_TO_RUN", "STUCK", "SPURIOUS", "NO_SIGNAL", "LEAK"]


def unit_tree(rng: random.Random, unit: str, levels: int) -> str:
    """The text form of one process unit's fault tree: shared support systems feed every safety function."""
    lines = [f"# fault tree for unit {unit}"]
    layer = []
    for number in range(rng.randint(24, 30)):
        name = f"{rng.choice(COMPONENTS)}_{number:02d}_{rng.choice(MODES)}"
        lines.append(f"event {name} {rng.choice([1e-5, 3e-5, 1e-4, 3e-4, 1e-3, 3e-3])}")
        layer.append(name)
    for level in range(1, levels + 1):
        gates = []
        for number in range(rng.randint(8, 11)):
            name = f"{SUPPORT[(number + level) % len(SUPPORT)]}_L{level}_{number:02d}"
            inputs = rng.sample(layer, min(len(layer), rng.choice([2, 3, 3, 4])))
            kind = "or" if level % 2 else rng.choice(["or", "and", "vote", "vote"])
            if kind == "vote" and len(inputs) >= 3:
                lines.append(f"gate {name} 2of{len(inputs)} {' '.join(inputs)}")
            else:
                lines.append(f"gate {name} {'and' if kind == 'vote' else kind} {' '.join(inputs)}")
            gates.append(name)
        layer = gates
    lines.append(f"gate TOP_{unit} or {' '.join(rng.sample(layer, 3))}")
    return "\n".join(lines) + "\n"


def main() -> None:
    rng = random.Random(2026)
    for unit in ["CRACKER", "REFORMER", "AMMONIA"]:
        tree = parse_tree(unit_tree(rng, unit, levels=8))
        top = f"TOP_{unit}"
        ranked = rank_events(tree, top)
        print(f"{unit}: P(top) = {top_event_probability(tree, top):.3e}, {len(tree.events)} events, {len(tree.gates)} gates")
        for item in ranked[:3]:
            print(f"  {item.event:32s} Birnbaum {item.birnbaum:.3e}  RAW {item.raw:.1f}")


if __name__ == "__main__":
    main()
