"""Print the label text for a day's parcels, domestic and international."""

import random

from addrfmt.formats import DEFAULT_FORMATS
from addrfmt.labels import format_labels
from addrfmt.records import Address

FIRST = ["Ann", "Bo", "Chidi", "Dmitri", "Eun-ji", "François", "Giulia", "Hiroshi", "Ines", "Jakub", "Kwame", "Léa"]
LAST = ["Smith", "Müller", "Okoye", "Ivanova", "Kim", "Dubois", "Rossi", "Tanaka", "García", "Nowak", "Mensah"]
STREETS = ["High Street", "Station Road", "Hauptstraße", "rue de la Paix", "Via Roma", "Main St", "Calle Mayor",
           "Nowy Świat", "Chuo-dori", "Church Lane"]
CITIES = ["London", "Leeds", "Berlin", "Paris", "Milan", "New York", "Madrid", "Warsaw", "Osaka", "Toronto", "Sydney"]


def main() -> None:
    rng = random.Random(8080)
    countries = ["GB"] * 40 + ["IE", "US", "US", "CA", "AU", "DE", "DE", "FR", "FR", "NL", "ES", "IT", "SE", "PL",
                                "JP", "CN", "BR", "MX", "ZA", "IN", "SG", "HK", "gb ", "de", "XK", "TG"]
    addresses = []
    for number in range(3500):
        country = rng.choice(countries)
        street = [f"{rng.randint(1, 250)} {rng.choice(STREETS)}"]
        if rng.random() < 0.3:
            street.append(f"Flat {rng.randint(1, 40)}")
        organisation = rng.choice(["", "", "", "Acme Ltd", "Globex GmbH"])
        postcode = "" if rng.random() < 0.01 and country in ("XK", "TG", "HK") else f"{rng.randint(1000, 99999)}"
        addresses.append(Address(f"{rng.choice(FIRST)} {rng.choice(LAST)}", tuple(street), rng.choice(CITIES), postcode,
                                 rng.choice(["", "CA", "NSW", "Ontario", "Lombardia"]), organisation, country))
    labels = format_labels(addresses, DEFAULT_FORMATS)
    lines = sum(label.count("\n") + 1 for label in labels)
    print(f"{len(labels)} labels, {lines} lines, longest {max(len(label) for label in labels)} characters")
    print(labels[0].replace("\n", " / "))
    print(labels[-1].replace("\n", " / "))


if __name__ == "__main__":
    main()
