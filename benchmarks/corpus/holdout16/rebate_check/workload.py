"""Weekly batch: review the portal's rebate applications."""

import random

from rebates.review import review_applications

CATEGORIES = ["heat pump", "heat pump water heater", "ventilation", "smart thermostat", "insulation kit"]
BRANDS = ["Aira", "Daikin", "Vaillant", "Nibe", "Mitsubishi", "Vent-Axia", "Ecobee", "Tado", "Kingspan"]


def main() -> None:
    rng = random.Random(45)
    certified = []
    for number in range(2600):
        category = rng.choice(CATEGORIES)
        model = f"{rng.choice('ABCDEHKMPRVX')}{rng.choice('ABCDEHKMPRVX')}-{rng.randint(100, 999)}/{rng.choice('ABCE')}"
        start = f"202{rng.randint(0, 3)}-{rng.randint(1, 12):02d}-01"
        certified.append({"brand": rng.choice(BRANDS), "model": model, "category": category,
                          "rebate": rng.choice([75, 150, 400, 1200, 2500, 5000]), "valid_from": start,
                          "valid_to": None if rng.random() < 0.8 else f"2024-{rng.randint(1, 12):02d}-28"})
    installers = [{"licence": f"LIC-{number:05d}", "name": f"Installer {number}",
                   "status": rng.choices(["active", "suspended", "lapsed"], weights=[90, 4, 6])[0]} for number in range(900)]
    applications = []
    for number in range(1300):
        if rng.random() < 0.85:
            listing = rng.choice(certified)
            model = listing["model"]
            if rng.random() < 0.5:
                model = model.lower().replace("-", " ").replace("/", "")
            category = listing["category"]
        else:
            model, category = f"ZZ-{rng.randint(1, 99)}", rng.choice(CATEGORIES)
        applications.append({"id": f"APP-{number:06d}", "model": model, "category": category,
                             "install_date": f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                             "installer": f"lic-{rng.randint(0, 950):05d}", "serial": f"SN{rng.randint(1, 30000)}"})
    result = review_applications(applications, certified, installers)
    print(result["approved"], "approved;", result["rejected"], "rejected;", "paid", result["paid"])


if __name__ == "__main__":
    main()
