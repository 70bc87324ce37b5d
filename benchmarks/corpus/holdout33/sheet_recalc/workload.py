"""Recalculate the co-operative's four-year monthly cash-flow model under the treasurer's scenarios."""

import random

from sheetcalc.cells import column_letters
from sheetcalc.workbook import changed_cells, read_cells, recalculate

MONTHS = 48
SITES = 10
OPEX_LINES = 6


def cash_flow_export(rng: random.Random, export_price: float, opex_growth: float) -> tuple[str, int]:
    cols = [column_letters(number) for number in range(2, MONTHS + 2)]
    lines = ["A1\tMonth"] + [f"{col}1\t{2025 + m // 12}-{m % 12 + 1:02d}" for m, col in enumerate(cols)]
    lines.append("A2\tExport price (GBP/kWh)")
    lines.append(f"B2\t{export_price}")
    lines += [f"{col}2\t={prev}2*1.0025" for prev, col in zip(cols, cols[1:])]
    site_rows = range(4, 4 + SITES)
    revenue_rows = range(4 + SITES, 4 + 2 * SITES)
    for site, row in enumerate(site_rows):
        lines.append(f"A{row}\tSite {site + 1} generation (kWh)")
        lines.append(f"B{row}\t{rng.randint(2000, 40000)}")
        lines += [f"{col}{row}\t={prev}{row}*0.99958" for prev, col in zip(cols, cols[1:])]
    for site, row in enumerate(revenue_rows):
        lines.append(f"A{row}\tSite {site + 1} export revenue")
        lines += [f"{col}{row}\t=ROUND({col}{site_rows[site]}*{col}2, 2)" for col in cols]
    opex_rows = range(revenue_rows[-1] + 1, revenue_rows[-1] + 1 + OPEX_LINES)
    for number, row in enumerate(opex_rows):
        lines.append(f"A{row}\tOpex line {number + 1}")
        lines.append(f"B{row}\t{rng.randint(150, 2500)}")
        lines += [f"{col}{row}\t={prev}{row}*{1 + opex_growth}" for prev, col in zip(cols, cols[1:])]
    revenue, opex, interest, debt, net, cumulative, cover = range(opex_rows[-1] + 2, opex_rows[-1] + 9)
    lines += [f"A{revenue}\tTotal revenue", f"A{opex}\tTotal opex", f"A{interest}\tLoan interest",
              f"A{debt}\tLoan balance", f"A{net}\tNet cash flow", f"A{cumulative}\tCumulative cash",
              f"A{cover}\tDebt service cover"]
    for index, col in enumerate(cols):
        lines.append(f"{col}{revenue}\t=SUM({col}{revenue_rows[0]}:{col}{revenue_rows[-1]})")
        lines.append(f"{col}{opex}\t=SUM({col}{opex_rows[0]}:{col}{opex_rows[-1]})")
        if index == 0:
            lines.append(f"{col}{interest}\t=250000*0.0045")
            lines.append(f"{col}{debt}\t=250000*1.0045-2900")
            lines.append(f"{col}{cumulative}\t={col}{net}")
        else:
            prev = cols[index - 1]
            lines.append(f"{col}{interest}\t=ROUND({prev}{debt}*0.0045, 2)")
            lines.append(f"{col}{debt}\t=MAX({prev}{debt}*1.0045-2900, 0)")
            lines.append(f"{col}{cumulative}\t={prev}{cumulative}+{col}{net}")
        lines.append(f"{col}{net}\t={col}{revenue}-{col}{opex}-2900")
        lines.append(f"{col}{cover}\t=({col}{revenue}-{col}{opex})/2900")
    return "\n".join(lines) + "\n", cumulative


def main() -> None:
    scenarios = {"base": (0.12, 0.0025), "low price": (0.09, 0.0025), "high opex": (0.12, 0.006)}
    results = {}
    for name, (price, growth) in scenarios.items():
        text, cumulative_row = cash_flow_export(random.Random(3304), price, growth)
        results[name] = recalculate(read_cells(text))
    base = results["base"]
    last = column_letters(MONTHS + 1)
    for name, values in results.items():
        print(f"{name:10}  cumulative cash after {MONTHS} months: {values[f'{last}{cumulative_row}']:,.2f}")
    print(f"{len(changed_cells(base, results['low price']))} cells differ between base and low price")


if __name__ == "__main__":
    main()
