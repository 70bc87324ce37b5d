"""Nightly warehouse load: render the day's changed CRM contacts as a COPY file."""

import datetime
import decimal
import random

from bulkload.copyfile import render_copy

COLUMNS = ["contact_id", "first_name", "last_name", "email", "phone", "company", "street", "city", "postcode",
           "country", "is_customer", "lifetime_value", "tags", "notes", "updated_at"]
FIRST = ["Anna", "Ben", "Chloé", "Dmitri", "Eva", "Farid", "Grace", "Hiro", "Inès", "Jonas", "Kofi", "Lena"]
LAST = ["Andersen", "Becker", "Costa", "Dubois", "Eriksen", "Fischer", "García", "Horvat", "Ivanova", "Jansen"]
CITIES = ["Berlin", "Lyon", "Porto", "Gdańsk", "Malmö", "Zürich", "Leeds", "Cork", "Brno", "Ghent"]
NOTES = ["Prefers e-mail.", "Call back after 3pm\tre: renewal", "Met at trade fair.\nInterested in API tier.",
         "Invoice address differs: see C:\\shared\\contracts", "", "VIP", "Churn risk\r\nescalated to AM"]


def contact(rng, contact_id):
    first, last = rng.choice(FIRST), rng.choice(LAST)
    return {
        "contact_id": contact_id,
        "first_name": first,
        "last_name": last,
        "email": f"{first.lower()}.{last.lower()}{rng.randint(1, 999)}@example.org",
        "phone": rng.choice([None, f"+49 30 {rng.randint(1000000, 9999999)}"]),
        "company": rng.choice([None, f"{last} {rng.choice(['GmbH', 'SA', 'Ltd', 'AB'])}"]),
        "street": f"{rng.randint(1, 200)} {rng.choice(['Main', 'Mill', 'Station', 'Church'])} Street",
        "city": rng.choice(CITIES),
        "postcode": f"{rng.randint(10000, 99999)}",
        "country": rng.choice(["DE", "FR", "PT", "PL", "SE", "CH", "GB", "IE", "CZ", "BE"]),
        "is_customer": rng.random() < 0.4,
        "lifetime_value": decimal.Decimal(rng.randint(0, 5_000_000)) / 100,
        "tags": rng.sample(["newsletter", "webinar", "trial", "partner", "reseller"], rng.randint(0, 3)),
        "notes": rng.choice(NOTES) * rng.randint(1, 3),
        "updated_at": datetime.datetime(2024, 6, 3, rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)),
    }


def main() -> None:
    rng = random.Random(8086)
    records = [contact(rng, 100_000 + n) for n in range(5000)]
    text, rows = render_copy(COLUMNS, records)
    print("rows", rows, "bytes", len(text.encode()), "lines", text.count("\n"))
    print(text[:text.index("\n")])


if __name__ == "__main__":
    main()
