"""Screen a week of export bookings against the compliance team's dangerous goods list."""

import csv
import io
import random

from hazmat_manifest.dglist import parse_dg_list
from hazmat_manifest.manifest import parse_manifest
from hazmat_manifest.screen import screen_manifest

NAMED = [
    ("UN1263", "Paint", "3"), ("UN1263", "Paint related material", "3"), ("UN1090", "Acetone", "3"),
    ("UN1203", "Motor spirit", "3"), ("UN1202", "Diesel fuel", "3"), ("UN1223", "Kerosene", "3"),
    ("UN1133", "Adhesives", "3"), ("UN1210", "Printing ink", "3"), ("UN1266", "Perfumery products", "3"),
    ("UN1170", "Ethanol", "3"), ("UN1219", "Isopropanol", "3"), ("UN1294", "Toluene", "3"),
    ("UN1307", "Xylenes", "3"), ("UN1993", "Flammable liquid, n.o.s.", "3"), ("UN1950", "Aerosols", "2.1"),
    ("UN1072", "Oxygen, compressed", "2.2"), ("UN1978", "Propane", "2.1"), ("UN1011", "Butane", "2.1"),
    ("UN2037", "Gas cartridges", "2.1"), ("UN3480", "Lithium ion batteries", "9"),
    ("UN3481", "Lithium ion batteries packed with equipment", "9"),
    ("UN3481", "Lithium ion batteries contained in equipment", "9"), ("UN3090", "Lithium metal batteries", "9"),
    ("UN2794", "Batteries, wet, filled with acid", "8"), ("UN2800", "Batteries, wet, non-spillable", "8"),
    ("UN1789", "Hydrochloric acid", "8"), ("UN1830", "Sulphuric acid", "8"), ("UN1823", "Sodium hydroxide, solid", "8"),
    ("UN2014", "Hydrogen peroxide, aqueous solution", "5.1"), ("UN1942", "Ammonium nitrate", "5.1"),
    ("UN3077", "Environmentally hazardous substance, solid, n.o.s.", "9"),
    ("UN3082", "Environmentally hazardous substance, liquid, n.o.s.", "9"), ("UN1845", "Dry ice", "9"),
    ("UN2211", "Polymeric beads, expandable", "9"), ("UN3166", "Vehicle, flammable liquid powered", "9"),
    ("UN3171", "Battery-powered vehicle", "9"), ("UN1325", "Flammable solid, organic, n.o.s.", "4.1"),
    ("UN1944", "Matches, safety", "4.1"), ("UN0336", "Fireworks", "1.4G"), ("UN2067", "Ammonium nitrate based fertilizer", "5.1"),
]

CHEMICALS = [
    "acetaldehyde", "acrylonitrile", "allyl alcohol", "aluminium powder", "ammonia", "amyl acetate", "aniline",
    "benzene", "benzyl chloride", "bromine", "butanol", "butyl acetate", "calcium carbide", "calcium hypochlorite",
    "carbon disulphide", "chlorine", "chloroform", "cyclohexane", "diethyl ether", "dimethylamine", "epichlorohydrin",
    "ethyl acetate", "ethylene glycol monomethyl ether", "formaldehyde", "formic acid", "furfural", "heptane",
    "hexane", "hydrazine", "hydrofluoric acid", "isobutanol", "magnesium powder", "maleic anhydride", "methanol",
    "methyl ethyl ketone", "methyl methacrylate", "nitric acid", "nitrobenzene", "octane", "pentane", "phenol",
    "phosphoric acid", "phosphorus pentachloride", "potassium permanganate", "propionic acid", "pyridine",
    "sodium chlorate", "sodium hypochlorite", "sodium nitrite", "styrene", "tetrahydrofuran", "trichloroethylene",
    "triethylamine", "turpentine", "vinyl acetate", "zinc powder", "acetic acid", "caustic potash", "ferric chloride",
    "glutaraldehyde", "iodine", "lead nitrate", "mercury", "naphthalene", "oxalic acid", "resorcinol", "sulphur",
]
FORMS = ["{}", "{}, solution", "{}, stabilized", "{} mixture", "{}, solid", "{}, aqueous solution"]

CARGO = [
    "garden furniture, flat packed", "cotton t-shirts", "ceramic floor tiles", "LED desk lamps", "office chairs",
    "stainless steel cookware", "children's books", "bicycle spare parts", "frozen prawns", "canned tomatoes",
    "machine parts, used", "laptops", "mobile phones", "power tools", "car tyres", "wooden toys", "olive oil 12x1L",
    "printed circuit boards", "plastic storage boxes", "yoga mats", "brake pads", "solar panels", "cosmetics",
]


def dg_list_csv(rng: random.Random) -> str:
    rows = [("UN number", "proper shipping name", "class")] + NAMED
    number = 2000
    for chemical in CHEMICALS:
        for form in rng.sample(FORMS, 4):
            number += rng.randint(1, 7)
            name = form.format(chemical)
            rows.append((f"UN{number:04d}", name[0].upper() + name[1:], rng.choice(["3", "6.1", "8", "5.1", "4.3"])))
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue()


def description(rng: random.Random, names: list) -> str:
    kind = rng.random()
    if kind < 0.75:
        return f"{rng.randint(1, 40)} cartons {rng.choice(CARGO)}"
    if kind < 0.85:
        return f"{rng.randint(1, 20)} pallets {rng.choice(CARGO)} and {rng.choice(names).lower()}"
    if kind < 0.95:
        return f"{rng.choice(names)} in {rng.choice(['IBC', 'drums', '20L jerrycans', 'tins'])}; {rng.choice(CARGO)}"
    return f"{rng.choice(CARGO)}, contains UN{rng.randint(1000, 3500)}"


def manifests(rng: random.Random, names: list) -> str:
    rows = []
    for booking in range(760):
        for line in range(1, rng.randint(2, 9)):
            rows.append(f"BK{240000 + booking};{line};{description(rng, names)};{rng.uniform(20, 9000):.1f}")
    return "\n".join(rows) + "\n"


def main() -> None:
    rng = random.Random(3003)
    entries = parse_dg_list(dg_list_csv(rng))
    lines = parse_manifest(manifests(rng, [entry.name for entry in entries]))
    holds = screen_manifest(lines, entries)
    classes = {}
    for hold in holds:
        for hazard_class in hold.classes:
            classes[hazard_class] = classes.get(hazard_class, 0) + 1
    print(f"{len(entries)} DG entries, {len(lines)} manifest lines, {len(holds)} held "
          f"in {len({hold.booking for hold in holds})} bookings")
    print("by class:", ", ".join(f"{key}: {value}" for key, value in sorted(classes.items())))


if __name__ == "__main__":
    main()
