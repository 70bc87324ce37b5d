"""Audit every kiosk's effective settings before the 5.4 kiosk software release."""

import random

from kiosk_config.audit import audit_kiosks, findings_by_problem
from kiosk_config.rules import parse_rules

RULES = """
software.version          min_version 5.3.0
software.channel          one_of stable, pilot
payments.card.enabled     equals true
payments.card.contactless_limit at_most 100
payments.card.terminal_model one_of IUC285, Move5000, A920
payments.cash.enabled     equals false
display.brightness        at_least 40
display.screensaver_minutes at_most 30
accessibility.audio_description required
accessibility.high_contrast required
network.proxy             required
printing.printer_model    one_of TUP900, TM-T88VI
loyalty.enabled           required
pricing.booking_fee       at_most 1.5
"""


def chain_defaults(rng: random.Random) -> dict:
    screens = {}
    for screen in range(1, 6):
        rows = {}
        for row in "ABCDEFGHJKLMNP"[: rng.randint(8, 14)]:
            rows[row] = [{"seat": number, "type": "standard" if number > 2 else "wheelchair" if row == "A" else "standard",
                          "price_band": "premium" if row in "JKLMNP" else "standard"} for number in range(1, rng.randint(12, 22))]
        screens[f"screen-{screen}"] = {"format": rng.choice(["2D", "3D", "IMAX", "4DX"]), "rows": rows}
    concessions = [{"sku": f"C{number:04d}", "name": f"item {number}", "price": round(rng.uniform(1, 12), 2),
                    "allergens": rng.sample(["milk", "nuts", "gluten", "soy", "egg"], rng.randint(0, 3))}
                   for number in range(180)]
    return {
        "software": {"version": "5.3.2", "channel": "stable", "update_window": ["02:00", "05:00"]},
        "display": {"brightness": 80, "screensaver_minutes": 10, "languages": ["en", "cy", "pl", "es"]},
        "payments": {"card": {"enabled": True, "contactless_limit": 100, "terminal_model": "Move5000"},
                     "cash": {"enabled": False}},
        "accessibility": {"audio_description": True, "high_contrast": True, "font_scale": [1.0, 1.25, 1.5]},
        "network": {"proxy": "proxy.cinema.internal:3128", "ntp": ["ntp1.cinema.internal", "ntp2.cinema.internal"]},
        "printing": {"printer_model": "TUP900", "ticket_template": "standard-v7"},
        "loyalty": {"enabled": True, "tiers": ["Member", "Silver", "Gold"]},
        "pricing": {"booking_fee": 0.95, "bands": {"standard": 9.5, "premium": 12.25}},
        "screens": screens,
        "concessions": concessions,
    }


def estate(rng: random.Random) -> tuple[dict, list[dict]]:
    sites, kiosks = {}, []
    for number in range(1, 161):
        site = f"CIN{number:03d}"
        override: dict = {}
        if rng.random() < 0.2:
            override["payments"] = {"card": {"terminal_model": rng.choice(["A920", "IUC285", "ICT250"])}}
        if rng.random() < 0.1:
            override["network"] = {"proxy": None}
        if rng.random() < 0.15:
            override["software"] = {"channel": rng.choice(["pilot", "beta"])}
        sites[site] = override
        for kiosk in range(rng.randint(4, 10)):
            own: dict = {}
            roll = rng.random()
            if roll < 0.05:
                own["software"] = {"version": rng.choice(["5.2.9", "5.3.1", "5.10.0", "5.3"])}
            elif roll < 0.1:
                own["display"] = {"brightness": rng.choice([25, 35, 60])}
            elif roll < 0.13:
                own["payments"] = {"cash": {"enabled": True}}
            elif roll < 0.15:
                own["accessibility"] = {"high_contrast": None}
            kiosks.append({"id": f"{site}-K{kiosk + 1:02d}", "site": site, "overrides": own})
    return sites, kiosks


def main() -> None:
    rng = random.Random(3209)
    defaults = chain_defaults(rng)
    sites, kiosks = estate(rng)
    findings = audit_kiosks(defaults, sites, kiosks, parse_rules(RULES))
    print(f"{len(kiosks)} kiosks, {len(findings)} findings")
    for problem, ids in findings_by_problem(findings).items():
        print(f"  {problem}: {len(ids)} kiosks")


if __name__ == "__main__":
    main()
