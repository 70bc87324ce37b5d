"""Assign the reads of this season's eDNA run (river and lake water samples)."""

import random

from taxassign.lca import assign_reads
from taxassign.taxonomy import load_nodes

BACKBONE = ["cellular organisms", "Eukaryota", "Opisthokonta", "Metazoa", "Eumetazoa", "Bilateria", "Deuterostomia",
            "Chordata", "Craniata", "Vertebrata", "Gnathostomata", "Teleostomi", "Euteleostomi"]
SYLLABLES = ["sal", "mo", "ru", "ti", "lus", "per", "ca", "es", "ox", "thy", "mal", "cot", "tus", "gob", "io", "cy",
             "pri", "nus", "bar", "bus", "leu", "cis", "cus", "al", "bur", "nu", "phox", "in"]


def latin(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts))


def build_taxonomy(rng: random.Random) -> tuple[list[str], list[int]]:
    lines = ["1|1|no rank|root"]
    parent, next_id = 1, 2
    for name in BACKBONE:
        lines.append(f"{next_id}|{parent}|clade|{name}")
        parent, next_id = next_id, next_id + 1
    species = []
    for class_name in ("Actinopteri", "Amphibia", "Mammalia", "Aves"):
        class_id = next_id
        lines.append(f"{class_id}|{parent}|class|{class_name}")
        next_id += 1
        for depth in range(13):  # the unranked clades NCBI puts between class and order
            lines.append(f"{next_id}|{class_id}|clade|{class_name[:4]}{latin(rng, 2)}a-{depth}")
            class_id, next_id = next_id, next_id + 1
        for _ in range(6):
            order_id = next_id
            lines.append(f"{order_id}|{class_id}|order|{latin(rng, 3).capitalize()}iformes")
            next_id += 1
            for _ in range(5):
                family_id = next_id
                lines.append(f"{family_id}|{order_id}|family|{latin(rng, 3).capitalize()}idae")
                next_id += 1
                for _ in range(4):
                    genus_id, genus = next_id, latin(rng, 2).capitalize()
                    lines.append(f"{genus_id}|{family_id}|genus|{genus}")
                    next_id += 1
                    for _ in range(rng.randint(2, 6)):
                        lines.append(f"{next_id}|{genus_id}|species|{genus} {latin(rng, 3)}")
                        species.append(next_id)
                        next_id += 1
    return lines, species


def main() -> None:
    rng = random.Random(5150)
    lines, species = build_taxonomy(rng)
    nodes = load_nodes(lines)
    by_genus = {}
    for taxid in species:
        by_genus.setdefault(nodes[taxid].parent, []).append(taxid)
    hits = []
    common = species[: len(species) // 10]
    for sample_number in range(36):
        sample = f"LAKE-{sample_number:02d}" if sample_number % 3 else f"RIVER-{sample_number:02d}"
        for read_number in range(1500):
            true = rng.choice(common) if rng.random() < 0.7 else rng.choice(species)
            read_id = f"M05412:88:{sample_number}:{read_number}"
            hits.append((sample, read_id, true, round(97.5 + 2.5 * rng.random(), 2)))
            for relative in by_genus[nodes[true].parent]:
                if relative != true:
                    hits.append((sample, read_id, relative, round(95.0 + 4.8 * rng.random(), 2)))
            for _ in range(rng.choice((0, 0, 1, 2))):
                hits.append((sample, read_id, rng.choice(species), round(85.0 + 12.5 * rng.random(), 2)))
    result = assign_reads(hits, nodes)
    ranks = {}
    for _, rank, _ in result["reads"].values():
        ranks[rank] = ranks.get(rank, 0) + 1
    print("hits", len(hits), "reads assigned", len(result["reads"]), "by rank", ranks)
    print("LAKE-01", list(result["samples"]["LAKE-01"]["taxa"].items())[:3], result["samples"]["LAKE-01"]["unassigned"])


if __name__ == "__main__":
    main()
