"""Tag this morning's new listings with brands for the trust-and-safety review queue."""

import random

from listing_brands.aliases import parse_alias_table
from listing_brands.tagging import review_queue, tag_listings

BRANDS = """Adidas; Nike; Puma; Reebok; New Balance; Asics; Converse; Vans; Under Armour; Fila; Umbro; Le Coq Sportif;
Kappa; Ellesse; Lacoste; Fred Perry; Ralph Lauren; Tommy Hilfiger; Calvin Klein; Hugo Boss; Armani; Emporio Armani;
Gucci; Prada; Louis Vuitton; Chanel; Hermès; Dior; Fendi; Balenciaga; Burberry; Versace; Givenchy; Saint Laurent;
Valentino; Bottega Veneta; Celine; Loewe; Moncler; Canada Goose; Stone Island; The North Face; Patagonia; Columbia;
Arc'teryx; Barbour; Hunter; Dr. Martens; Timberland; UGG; Birkenstock; Crocs; Clarks; Kurt Geiger; Jimmy Choo;
Christian Louboutin; Manolo Blahnik; Michael Kors; Kate Spade; Coach; Mulberry; Radley; Longchamp; Furla; Ted Baker;
Karen Millen; Reiss; AllSaints; Whistles; Jigsaw; Hobbs; Boden; Joules; Seasalt; White Stuff; FatFace; Superdry;
Jack Wills; Hollister; Abercrombie & Fitch; Gap; Levi's; Wrangler; Lee; Diesel; G-Star Raw; Replay; Pepe Jeans;
Carhartt; Dickies; Stüssy; Supreme; Palace; Off-White; Bape; Kenzo; Acne Studios; Ganni; Zara; Mango; Uniqlo;
H&M; COS; Arket; Massimo Dutti; Monki; Weekday; Topshop; River Island; Miss Selfridge; Oasis; Warehouse; Monsoon;
Accessorize; Pandora; Swarovski; Thomas Sabo; Tiffany & Co.; Cartier; Rolex; Omega; Tag Heuer; Breitling; Tudor;
Longines; Tissot; Seiko; Citizen; Casio; G-Shock; Fossil; Daniel Wellington; Garmin; Fitbit; Apple; Samsung; Google;
Huawei; Xiaomi; OnePlus; Sony; Nintendo; Microsoft; Xbox; PlayStation; Bose; Beats; Sennheiser; JBL; Bang & Olufsen;
Marshall; Dyson; Shark; Vax; Henry; KitchenAid; Kenwood; Smeg; Nespresso; De'Longhi; Sage; Le Creuset; Joseph Joseph;
Lego; Playmobil; Sylvanian Families; Barbie; Hot Wheels; Nerf; Hasbro; Mattel; Fisher-Price; VTech; Jellycat;
Steiff; Ty Beanie; Bugaboo; Silver Cross; iCandy; Joie; Maxi-Cosi; Cybex; Stokke; Tripp Trapp; Ikea; Habitat;
Made.com; John Lewis; Laura Ashley; Cath Kidston; Orla Kiely; Emma Bridgewater; Denby; Wedgwood; Royal Doulton;
Portmeirion; Aynsley; Moorcroft; Lladró; Waterford; Dartington; Yankee Candle; Jo Malone; Molton Brown; Diptyque;
Neom; Charlotte Tilbury; MAC; Estée Lauder; Clinique; Lancôme; Benefit; Urban Decay; Too Faced; Fenty Beauty;
Huda Beauty; Rare Beauty; Glossier; The Ordinary; Drunk Elephant; GHD; Babyliss; Remington; Braun; Philips;
Oral-B; Canon; Nikon; Fujifilm; Olympus; Panasonic; Leica; GoPro; DJI; Polaroid; Brompton; Specialized; Trek;
Giant; Cannondale; Boardman; Raleigh; Peloton; Wahoo; Callaway; TaylorMade; Titleist; Ping; Wilson; Babolat;
Head; Yonex; Dunlop; Slazenger; Mizuno; Salomon; Merrell; Berghaus; Rab; Montane; Mountain Equipment; Osprey;
Fjällräven; Herschel; Eastpak; Kipling; Samsonite; Tumi; Rimowa; Antler; Vera Bradley"""

EXTRA = {"Louis Vuitton": ["LV", "Louis V"], "Yves Saint Laurent": [], "Saint Laurent": ["YSL", "Yves Saint Laurent"],
         "Dr. Martens": ["Doc Martens", "Docs", "DMs"], "Abercrombie & Fitch": ["A&F", "Abercrombie"],
         "The North Face": ["North Face", "TNF"], "Christian Louboutin": ["Louboutin", "Louboutins"],
         "Tiffany & Co.": ["Tiffany"], "Bang & Olufsen": ["B&O", "B and O"], "Stone Island": ["Stoney"],
         "Ralph Lauren": ["Polo Ralph Lauren", "RL"], "Canada Goose": ["CG"], "Michael Kors": ["MK"],
         "Nike": ["Air Jordan", "Jordans", "Air Max", "Air Force 1", "AF1"], "Adidas": ["Yeezy", "Gazelle", "Samba"],
         "New Balance": ["NB"], "PlayStation": ["PS5", "PS4"], "Apple": ["iPhone", "iPad", "MacBook", "AirPods"],
         "Lego": ["Duplo"], "Hermès": ["Birkin", "Kelly bag"], "Chanel": ["Coco Chanel"], "Gucci": ["GG Marmont"]}

PROTECTED = {"Louis Vuitton", "Gucci", "Chanel", "Hermès", "Rolex", "Canada Goose", "Moncler", "Nike", "Stone Island",
             "Saint Laurent", "Christian Louboutin", "Prada", "Balenciaga", "Dior", "Apple"}


def alias_table() -> str:
    lines = ["# brand = alias; alias"]
    for brand in (name.strip() for name in BRANDS.replace("\n", " ").split(";")):
        if brand == "Yves Saint Laurent":
            continue
        variants = set(EXTRA.get(brand, []))
        plain = brand.replace("'", "").replace(".", "")
        variants.update({plain, plain.replace(" ", ""), plain.replace("&", "and"), plain.replace("-", " ")})
        variants.add(plain.lower().replace("o", "0").replace("i", "1"))  # filter dodging: "l0u1s vu1tt0n"
        doubled = next((i for i in range(len(plain) - 1) if plain[i] == plain[i + 1] and plain[i].isalpha()), None)
        if doubled is not None:
            variants.add(plain[:doubled] + plain[doubled + 1:])  # "guci"
        variants.discard(brand)
        lines.append(f"{brand} = {'; '.join(sorted(variants))}")
    return "\n".join(lines)


ITEMS = ["trainers size 9", "hoodie XL", "handbag with dust bag", "jacket mens M", "dress size 12", "watch boxed",
         "headphones barely used", "console with 2 controllers", "phone 128GB unlocked", "set complete with box",
         "coat age 10-11", "boots UK 6", "backpack", "sunglasses", "perfume 100ml", "jeans W32 L32"]
FILLER = ["vintage", "genuine", "BNWT", "excellent condition", "worn twice", "collection only", "free p&p", "rare",
          "bundle", "job lot", "gift", "***", "\u2728", "&amp;", "quick sale"]


def listings(rng: random.Random, brands: list[str]) -> list[dict]:
    items = []
    for number in range(125):
        words = [rng.choice(FILLER)]
        for _ in range(rng.choice([0, 1, 1, 1, 2])):
            brand = rng.choice(brands)
            words.append(rng.choice([brand, brand.upper(), brand.lower(), brand.replace(" ", "-")]))
        if rng.random() < 0.15:
            words.append(rng.choice(["replica", "1:1", "inspired", "AAA quality", "dupe"]))
        words.append(rng.choice(ITEMS))
        rng.shuffle(words)
        items.append({"id": f"L{900000 + number}", "title": " ".join(words)})
    return items


def main() -> None:
    rng = random.Random(3208)
    aliases = parse_alias_table(alias_table())
    batch = listings(rng, sorted({alias for alias, _ in aliases}))
    results = tag_listings(batch, aliases)
    queue = review_queue(results, PROTECTED)
    branded = sum(1 for result in results if result["brands"])
    print(f"{len(aliases)} aliases, {len(results)} listings, {branded} branded, {len(queue)} for review")
    print(results[:3])


if __name__ == "__main__":
    main()
