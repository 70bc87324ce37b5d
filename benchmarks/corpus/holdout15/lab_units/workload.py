"""Month-end harmonisation of the chemistry analysers' results before the data-warehouse load."""

import random

from unitgraph.graph import UnitGraph
from unitgraph.normalise import normalise_results


PREFIXES = [("M", 1e6), ("k", 1e3), ("h", 1e2), ("da", 1e1), ("", 1.0), ("d", 1e-1), ("c", 1e-2), ("m", 1e-3),
            ("u", 1e-6), ("n", 1e-9), ("p", 1e-12), ("f", 1e-15)]
VOLUMES = [("m3", 1e3), ("hL", 1e2), ("daL", 1e1), ("L", 1.0), ("dL", 1e-1), ("cL", 1e-2), ("mL", 1e-3), ("uL", 1e-6),
           ("nL", 1e-9), ("fL", 1e-15)]


def build_graph() -> UnitGraph:
    """Concentration units amount/volume, linked along neighbouring prefixes and volumes."""
    graph = UnitGraph()
    for base in ("g", "mol", "IU", "eq"):
        for (big, big_scale), (small, small_scale) in zip(PREFIXES, PREFIXES[1:]):
            for volume, _ in VOLUMES:
                graph.add(f"{big}{base}/{volume}", f"{small}{base}/{volume}", big_scale / small_scale)
        for prefix, _ in PREFIXES:
            for (large, large_litres), (little, little_litres) in zip(VOLUMES, VOLUMES[1:]):
                graph.add(f"{prefix}{base}/{little}", f"{prefix}{base}/{large}", large_litres / little_litres)
    graph.add("mg/dL", "mg%", 1.0)
    graph.add("meq/L", "mmol/L", 1.0)
    return graph


ANALYTES = {
    "glucose": ("mmol/L", ["mg/dL", "mmol/L", "g/L", "umol/mL"]),
    "creatinine": ("umol/L", ["mg/dL", "umol/L", "mmol/L", "mg%"]),
    "albumin": ("g/L", ["g/dL", "g/L", "mg/mL", "kg/L"]),
    "sodium": ("mmol/L", ["meq/L", "mmol/L", "umol/mL"]),
    "ferritin": ("ug/L", ["ng/mL", "ug/L", "ng/dL", "pg/uL"]),
    "alt": ("IU/L", ["IU/L", "mIU/mL", "kIU/dL"]),
    "vitamin_b12": ("pmol/L", ["pmol/L", "nmol/L", "pmol/mL", "pg/mL"]),
    "tsh": ("mIU/L", ["uIU/mL", "mIU/L", "IU/dL"]),
}


def main() -> None:
    rng = random.Random(9191)
    graph = build_graph()
    reporting = {name: unit for name, (unit, _) in ANALYTES.items()}
    analytes = list(ANALYTES) + ["haemoglobin_a1c"]
    results = []
    for number in range(100000):
        analyte = rng.choice(analytes)
        if analyte not in ANALYTES:
            unit = "%"
        elif rng.random() < 0.35:
            unit = rng.choice(ANALYTES[analyte][1])
        else:  # reference labs report in whatever scale their instruments use
            base = "IU" if "IU" in ANALYTES[analyte][0] else rng.choice(["g", "mol"])
            unit = f"{rng.choice(PREFIXES)[0]}{base}/{rng.choice(VOLUMES)[0]}"
        results.append({"sample": f"S{number // 6:06d}", "analyte": analyte, "value": round(rng.uniform(0.5, 400), 2),
                        "unit": unit, "analyser": rng.choice(["cobas-1", "cobas-2", "alinity"])})
    out = normalise_results(results, graph, reporting)
    print(len(out["results"]), "results harmonised;", len(out["failed"]), "could not be converted")


if __name__ == "__main__":
    main()
