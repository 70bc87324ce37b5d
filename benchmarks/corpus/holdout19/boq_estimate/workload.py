"""Price the tender bill for a housing scheme: every plot type, element and trade."""

import random

from quantsurvey.parser import parse_boq

ELEMENTS = {
    "Substructure": ["Excavation", "Concrete foundations", "Masonry to DPC", "Ground floor slab"],
    "Frame and upper floors": ["Timber frame", "Upper floor joists", "Floor decking"],
    "Roof": ["Trusses", "Coverings", "Rainwater goods", "Insulation"],
    "External walls": ["Facing brickwork", "Blockwork inner leaf", "Cavity insulation", "Lintels"],
    "Windows and doors": ["Windows", "External doors", "Ironmongery"],
    "Internal finishes": ["Plasterboard", "Skim", "Floor finishes", "Decorations", "Tiling"],
    "Services": ["Sanitaryware", "Heating", "Electrical installation", "Ventilation"],
}
UNITS = ["m", "m2", "m3", "nr", "kg", "t", "item"]
WORDS = ["supply and fix", "to detail", "in accordance with spec. clause", "including all labours", "n.e. 300mm girth",
         "in cement mortar (1:3)", "treated softwood", "galvanised", "approved manufacturer", "over 1.5m high"]


def bill(rng, plots):
    lines = ["# Tender bill - Meadow Lane housing scheme", "# rates at Q2 prices", ""]
    for plot in range(plots):
        lines.append(f"Plot type {plot + 1:02d} ({rng.choice(['2B4P', '3B5P', '4B6P', 'bungalow'])})")
        for element, trades in ELEMENTS.items():
            lines.append(f"  {element}")
            for trade in trades:
                lines.append(f"    {trade}")
                for number in range(rng.randint(4, 14)):
                    description = f"{trade} item {number + 1}, {rng.choice(WORDS)}"
                    quantity = rng.choice([f"{rng.uniform(0.5, 120):.2f}", str(rng.randint(1, 24)), str(rng.randint(1, 6)),
                                           f"1,{rng.randint(100, 999)}" if rng.random() < 0.1 else "1"])
                    lines.append(f"      {description} | {quantity} | {rng.choice(UNITS)} | {rng.uniform(0.8, 85):.2f}")
                if rng.random() < 0.2:
                    lines.append(f"      Provisional sums")
                    lines.append(f"        Contingency | 1 | item | {rng.randint(200, 5000)}.00")
                if rng.random() < 0.1:
                    lines.append("")
                    lines.append("      # query with architect")
    return "\n".join(lines) + "\n"


def main() -> None:
    rng = random.Random(1066)
    text = bill(rng, 150)
    root = parse_boq(text)
    print("lines", text.count("\n"), "plots", len(root.sections), "bill total", f"£{root.total:,.2f}")
    for plot in root.sections[:3]:
        print(" ", plot.title, f"£{plot.total:,.2f}", [f"{element.title}: £{element.total:,.0f}" for element in plot.sections[:2]])


if __name__ == "__main__":
    main()
