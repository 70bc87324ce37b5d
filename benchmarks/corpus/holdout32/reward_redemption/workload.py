"""Work out the voucher suggestions for this quarter's points statements."""

import random

from reward_redemption.catalogue import parse_catalogue
from reward_redemption.statements import statement_lines

CATALOGUE = """# code,partner,points,value (GBP),limit
SHOP5,£5 off your shopping,500,5.00,4
SHOP10,£10 off your shopping,1000,10.50,2
CINE,Cinema ticket,1250,13.00,2
MEAL,Two-course meal for two,2250,24.00,1
COFFEE,Coffee and cake,400,4.40,3
ZOO,Zoo day pass,2000,21.00,2
RAIL,Rail travel voucher,1500,15.75,2
BOOK,Bookshop gift card,750,7.50,2
FUEL,Fuel voucher,900,9.20,2
GYM,Gym week pass,600,6.50,1
SPA,Spa afternoon,3000,32.00,1
MAG,Magazine subscription,1100,11.00,1
"""


def members(rng: random.Random) -> list[dict]:
    people = []
    for number in range(1800):
        balance = int(rng.lognormvariate(7.9, 0.55)) // 10 * 10
        people.append({"member": f"M{number:07d}", "points": min(balance, 9000)})
    return people


def main() -> None:
    rng = random.Random(3205)
    vouchers = parse_catalogue(CATALOGUE)
    lines = statement_lines(members(rng), vouchers)
    total = sum(line["value"] for line in lines)
    print(f"{len(lines)} statements, suggested rewards worth £{total:,.2f}")
    print(lines[:3])


if __name__ == "__main__":
    main()
