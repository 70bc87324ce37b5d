"""Nightly batch: render the statement files of a few business accounts."""

import random

from bankledger.export import StatementWriter, Transaction


def main() -> None:
    rng = random.Random(8)
    words = ["invoice", "refund", "payroll", "rent", "fee", "transfer", "card", "sepa", "order"]
    total = 0
    for account in range(2):
        txs = [Transaction(f"2024-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}",
                           f"{rng.choice(words)} {rng.randrange(10**6)} {rng.choice(words)}",
                           rng.randrange(-500000, 800000))
               for _ in range(6000)]
        writer = StatementWriter(f"NL91ABNA04171643{account:02d}")
        total += len(writer.render(txs))
    print(total)


if __name__ == "__main__":
    main()
