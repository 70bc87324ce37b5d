"""A busy Monday at the dock: two days of deliveries against the open orders."""

import random

from dockyard.receiving import OrderLine, Receipt, reconcile


def main() -> None:
    rng = random.Random(21)
    skus = [f"SKU-{n:05d}" for n in range(1200)]
    lines = [OrderLine(f"PO{1000 + i // 8}", rng.choice(skus), rng.randrange(1, 60)) for i in range(5000)]
    receipts = [Receipt(rng.choice(skus), rng.randrange(0, 80), f"PAL{i:05d}") for i in range(3500)]
    report = reconcile(lines, receipts)
    print(len(report.allocations), sum(report.over_received.values()), sum(report.still_open.values()))


if __name__ == "__main__":
    main()
