"""Render this week's supplier payment run for upload to the bank."""

import random
from decimal import Decimal

from painxml.pain001 import Account, Transfer, render_credit_transfers

COUNTRIES = {"DE": 22, "FR": 27, "NL": 18, "IT": 27, "ES": 24, "AT": 20, "BE": 16}
NAMES = ["Müller", "Lefèvre", "van den Berg", "Rossi", "García", "Österreicher", "Dubois", "Janssens", "Łukasiewicz"]
KINDS = ["Logistik GmbH", "Transports SARL", "Verpakkingen B.V.", "Forniture S.r.l.", "Suministros S.L.", "& Co. KG"]


def iban(rng: random.Random) -> str:
    country = rng.choice(sorted(COUNTRIES))
    bban = "".join(rng.choice("0123456789") for _ in range(COUNTRIES[country] - 4))
    digits = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    return f"{country}{98 - int(digits) % 97:02d}{bban}"


def main() -> None:
    rng = random.Random(2406)
    suppliers = [Account(f"{rng.choice(NAMES)} {rng.choice(KINDS)}", iban(rng), rng.choice(["", "COBADEFFXXX", "BNPAFRPPXXX"]))
                 for _ in range(400)]
    transfers = []
    for number in range(1000):
        supplier = rng.choice(suppliers)
        amount = Decimal(rng.randint(100, 2_500_000)) / 100
        remittance = f"Rechnung/Facture {rng.randint(10000, 99999)} vom {rng.randint(1, 28):02d}.04.2024 – Lieferung №{number}"
        transfers.append(Transfer(f"E2E-2024-19-{number:06d}", amount, supplier, f"2024-05-{rng.randint(7, 10):02d}",
                                  remittance if rng.random() < 0.9 else ""))
    debtor = Account("Großhandel Nord GmbH & Co. KG", "DE89 3704 0044 0532 0130 00", "COBADEFFXXX")
    document = render_credit_transfers("PAYRUN-2024-19", "2024-05-06T09:30:00", debtor, transfers)
    print("transfers", len(transfers), "bytes", len(document.encode()), "blocks", document.count("<PmtInf>"))
    print(document[-200:].strip().splitlines()[0])


if __name__ == "__main__":
    main()
