"""The invoicing run of one day."""

import random

from crm.join import Customer, Order, invoice_lines


def main() -> None:
    rng = random.Random(43)
    customers = [Customer(i, f"Customer {i}", rng.choice(["FR", "DE", "IT", "ES"])) for i in range(3000)]
    orders = [Order(n, rng.randrange(3300), round(rng.uniform(5, 500), 2)) for n in range(5000)]
    print(len(invoice_lines(orders, customers, "FR")))


if __name__ == "__main__":
    main()
