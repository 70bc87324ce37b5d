"""Quote run: cycle-time estimates for the week's queue of milling programs."""

import random

from cnctime.estimate import cycle_time


def make_program(rng: random.Random, number: int, lines: int) -> str:
    out = ["%", f"O{number:04d} (BRACKET {number})", "G21 G90 G17 (METRIC, ABSOLUTE, XY PLANE)", "G0 Z25."]
    tool = 0
    x = y = 0.0
    while len(out) < lines:
        tool = rng.choice([t for t in range(1, 13) if t != tool])
        out += [f"T{tool} M6", f"S{rng.randrange(3000, 12000, 500)} M3",
                f"G0 X{rng.uniform(0, 200):.3f} Y{rng.uniform(0, 120):.3f}", "Z5.", f"G1 Z-{rng.uniform(0.5, 6):.2f} F{rng.randrange(80, 300, 10)}"]
        feed = rng.randrange(300, 2500, 50)
        out.append(f"F{feed}")
        for _ in range(rng.randint(150, 600)):
            roll = rng.random()
            if roll < 0.7:
                x = min(200.0, max(0.0, x + rng.uniform(-8, 8)))
                y = min(120.0, max(0.0, y + rng.uniform(-8, 8)))
                out.append(f"X{x:.3f} Y{y:.3f}")
            elif roll < 0.85:
                i, j = rng.uniform(-6, 6), rng.uniform(-6, 6)
                x2 = min(200.0, max(0.0, x + rng.uniform(-5, 5)))
                y2 = min(120.0, max(0.0, y + rng.uniform(-5, 5)))
                out.append(f"G{rng.choice([2, 3])} X{x2:.3f} Y{y2:.3f} I{i:.3f} J{j:.3f}")
                out.append(f"G1 X{x2:.3f} Y{y2:.3f}")
                x, y = x2, y2
            elif roll < 0.92:
                feed = rng.randrange(300, 2500, 50)
                out.append(f"G1 Z-{rng.uniform(0.5, 6):.2f} F{feed} (STEP DOWN)")
            elif roll < 0.96:
                out += ["G0 Z5.", f"X{rng.uniform(0, 200):.3f} Y{rng.uniform(0, 120):.3f}", f"G1 Z-1. F{feed}"]
            elif roll < 0.98:
                out += ["G91 G1 X2.5 Y-1.25", "Y2.5", "G90"]
            else:
                out.append(f"G4 P{rng.choice([0.2, 0.5, 1.0])}")
        out += ["G0 Z25.", "M5"]
    out += ["M30", "%"]
    return "\n".join(out) + "\n"


def main() -> None:
    rng = random.Random(7)
    programs = [make_program(rng, 1000 + n, rng.randint(2200, 3200)) for n in range(5)]
    total = 0.0
    for program in programs:
        estimate = cycle_time(program)
        total += estimate["total_s"]
        print(estimate["blocks"], "blocks", estimate["moves"], "moves", estimate["total_s"], "s,",
              len(estimate["per_tool"]), "tools")
    print("queue total", round(total / 3600, 2), "h")


if __name__ == "__main__":
    main()
