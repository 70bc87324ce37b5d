"""Plot a month of shopfront, vehicle and site-board orders in the shop's workhorse sans face."""

import random
import string

from sign_layout.fonts import parse_afm
from sign_layout.jobs import parse_orders, plot_sheet

WORDS = ["Bakery", "Dental", "Surgery", "Plumbing", "Heating", "Auto", "Repairs", "Cafe", "Florist",
         "Estate", "Agents", "Pharmacy", "Barbers", "Tattoo", "Studio", "Vets", "Joinery", "Takeaway",
         "Opticians", "Tyres", "Wedding", "Cakes", "Yoga", "Tailors", "Kebab", "Valeting", "Lettings",
         "Fish", "Chips", "Pizza", "Nail", "Bar", "Deli", "Wines", "Hardware", "Laundry", "Taxis"]
NAMES = ["Taylor's", "AVANTI", "Wyatt & Vaughan", "Kowalski", "Fawcett", "Patel", "Yarrow",
         "LV Tyre Co.", "Tom's", "Ava-Jay", "O'Rourke", "Vyvyan", "WAVE", "Lyall", "P.J. Todd"]


def afm(rng: random.Random) -> str:
    lines = ["StartFontMetrics 4.1", "FontName SignSans-Bold", "CapHeight 718", "StartCharMetrics 95"]
    glyph_names = {}
    for code in range(32, 127):
        name = "space" if code == 32 else f"g{code}"
        glyph_names[chr(code)] = name
        lines.append(f"C {code} ; WX {rng.randint(250, 900)} ; N {name} ; B 0 0 600 718 ;")
    lines += ["EndCharMetrics", "StartKernPairs 2100"]
    kerning_chars = string.ascii_letters + string.digits + ".,'&-"
    for _ in range(2100):
        left, right = rng.choice(kerning_chars), rng.choice(kerning_chars)
        lines.append(f"KPX {glyph_names[left]} {glyph_names[right]} {rng.randint(-120, 40)}")
    lines += ["EndKernPairs", "EndFontMetrics"]
    return "\n".join(lines)


def orders(rng: random.Random) -> str:
    rows = ["# order|panel width|max cap height|tracking|lettering"]
    for number in range(1400):
        wording = [f"{rng.choice(NAMES)} {rng.choice(WORDS)}"]
        if rng.random() < 0.6:
            wording.append(" ".join(rng.sample(WORDS, rng.randint(1, 3))))
        if rng.random() < 0.4:
            wording.append(f"Tel 0{rng.randint(1000, 9999)} {rng.randint(100000, 999999)}")
        width = rng.choice([600, 1200, 1800, 2400, 3600])
        rows.append(f"SO-{number:05d}|{width}|{rng.choice([100, 150, 250, 400])}|"
                    f"{rng.choice(['', '0', '20', '-10'])}|{' / '.join(wording)}")
    return "\n".join(rows)


def main() -> None:
    rng = random.Random(3105)
    font = parse_afm(afm(rng))
    jobs = parse_orders(orders(rng))
    sheets = [plot_sheet(job, font) for job in jobs]
    print(f"{len(sheets)} orders, {sum(sheet['vinyl_m2'] for sheet in sheets):.2f} m2 of vinyl")
    print(sheets[0])


if __name__ == "__main__":
    main()
