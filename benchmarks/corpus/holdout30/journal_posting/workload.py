"""Month-end close for one client: post the month's journals and print the trial balance."""

import random

from journal_posting.accounts import new_ledger, parse_chart
from journal_posting.journal import JournalEntry, parse_journal
from journal_posting.posting import post_entries
from journal_posting.trial import format_pounds, trial_balance

KINDS = [("1", "asset", 40), ("2", "liability", 30), ("3", "equity", 5), ("4", "income", 30), ("5", "expense", 35),
         ("6", "expense", 25), ("7", "expense", 45)]


def chart_text(rng: random.Random) -> str:
    lines = ["# code,name,type"]
    for head, kind, count in KINDS:
        for number in range(count):
            lines.append(f"{head}{number * 10 + 100:03d},{kind.title()} account {head}{number:02d},{kind}")
    return "\n".join(lines) + "\n"


def month_of_journals(rng: random.Random, codes: list) -> list:
    incomes = [code for code in codes if code.startswith("4")]
    costs = [code for code in codes if code[0] in "567"]
    banks = [code for code in codes if code.startswith("1")][:6]
    entries = []
    for number in range(1900):
        ref = f"J{24050000 + number}"
        day = f"2024-05-{1 + number % 31:02d}"
        net = rng.randint(500, 250000)
        vat = net // 5
        if rng.random() < 0.5:
            lines = [(rng.choice(banks), net + vat, 0), (rng.choice(incomes), 0, net), ("2100", 0, vat)]
        else:
            lines = [(rng.choice(costs), net, 0), ("1150", vat, 0), (rng.choice(banks), 0, net + vat)]
        roll = rng.random()
        if roll < 0.02:
            lines[0] = (lines[0][0], lines[0][1] + rng.randint(1, 99), 0)  # keying slip
        elif roll < 0.03:
            lines[1] = ("9" + lines[1][0][1:], lines[1][1], lines[1][2])  # account that does not exist
        entries.append(JournalEntry(ref, day, rng.choice(["Sales invoice", "Purchase invoice", "Receipt", "Payment"]), lines))
    return entries


def main() -> None:
    rng = random.Random(3008)
    chart = parse_chart(chart_text(rng))
    ledger = new_ledger(chart)
    entries = month_of_journals(rng, [code for code, _, _ in chart])
    keyed = "ref,date,narrative,account,debit,credit\n" + "".join(
        f"{entry.ref},{entry.date},{entry.narrative},{account},{debit / 100 if debit else ''},{credit / 100 if credit else ''}\n"
        for entry in entries[:20] for account, debit, credit in entry.lines)
    entries[:20] = parse_journal(keyed)
    rejected = post_entries(ledger, entries)
    rows, debit, credit = trial_balance(ledger)
    print(f"{len(entries)} journals, {len(rejected)} rejected, {len(rows)} accounts on the trial balance")
    print(f"debits {format_pounds(debit)}  credits {format_pounds(credit)}  {'balanced' if debit == credit else 'OUT'}")


if __name__ == "__main__":
    main()
