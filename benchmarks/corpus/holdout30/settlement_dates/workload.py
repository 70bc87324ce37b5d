"""Settlement instructions for two weeks of the brokerage's trade blotters across its markets."""

import random
from datetime import date, timedelta

from settlement_dates.blotter import parse_blotter
from settlement_dates.calendars import calendar_lines
from settlement_dates.settle import instructions

MARKETS = {
    # market: (weekend, lag, fixed holidays as (month, day))
    "XLON": (("Sat", "Sun"), None, [(1, 1), (12, 25), (12, 26)]),
    "XNYS": (("Sat", "Sun"), 1, [(1, 1), (6, 19), (7, 4), (12, 25)]),
    "XNAS": (("Sat", "Sun"), 1, [(1, 1), (6, 19), (7, 4), (12, 25)]),
    "XTSE": (("Sat", "Sun"), 1, [(1, 1), (7, 1), (12, 25), (12, 26)]),
    "XPAR": (("Sat", "Sun"), None, [(1, 1), (5, 1), (12, 25), (12, 26)]),
    "XETR": (("Sat", "Sun"), None, [(1, 1), (5, 1), (12, 24), (12, 25), (12, 26), (12, 31)]),
    "XAMS": (("Sat", "Sun"), None, [(1, 1), (5, 1), (12, 25), (12, 26)]),
    "XSWX": (("Sat", "Sun"), None, [(1, 1), (1, 2), (8, 1), (12, 24), (12, 25), (12, 26), (12, 31)]),
    "XSTO": (("Sat", "Sun"), None, [(1, 1), (1, 6), (5, 1), (6, 6), (12, 24), (12, 25), (12, 26), (12, 31)]),
    "XTKS": (("Sat", "Sun"), None, [(1, 1), (1, 2), (1, 3), (2, 11), (4, 29), (5, 3), (5, 4), (5, 5), (11, 3), (11, 23), (12, 31)]),
    "XHKG": (("Sat", "Sun"), None, [(1, 1), (5, 1), (7, 1), (10, 1), (12, 25), (12, 26)]),
    "XASX": (("Sat", "Sun"), None, [(1, 1), (1, 26), (4, 25), (12, 25), (12, 26)]),
    "XTAE": (("Fri", "Sat"), 1, [(4, 23), (4, 29), (9, 16), (9, 17), (9, 25)]),
    "XSAU": (("Fri", "Sat"), None, [(2, 22), (9, 23)]),
}


def calendar_file(rng: random.Random) -> str:
    lines = ["# market calendars maintained by reference data - do not edit by hand"]
    for market, (weekend, lag, fixed) in MARKETS.items():
        holidays = set()
        for year in range(2015, 2031):
            holidays.update(date(year, month, day) for month, day in fixed)
            easter = date(year, 3, 22) + timedelta(days=rng.randint(0, 34))  # moveable feasts
            holidays.update({easter - timedelta(days=2), easter + timedelta(days=1)})
            holidays.update(date(year, rng.randint(1, 12), rng.randint(1, 28)) for _ in range(rng.randint(3, 8)))
        lines.extend(calendar_lines(market, sorted(holidays), weekend, lag, note=f"{len(holidays)} closures"))
    return "\n".join(lines) + "\n"


def blotter(rng: random.Random, trades: int) -> str:
    rows = ["trade_id,market,isin,side,quantity,price,trade_date"]
    markets = list(MARKETS) + ["XPAR", "XLON", "XLON", "XNYS", "XNYS", "XETR", "XDUB"]
    trade_days = [date(2024, 12, 16) + timedelta(days=offset) for offset in range(14)]
    trade_days = [day for day in trade_days if day.weekday() < 5]
    for number in range(trades):
        market = rng.choice(markets)
        day = rng.choice(trade_days)
        rows.append(f"T{500000 + number},{market},{market[1:3]}{rng.randint(10**9, 10**10 - 1)}0,{rng.choice('BS')},"
                    f"{rng.choice([100, 250, 500, 1000, 5000])},{rng.uniform(1, 900):.4f},{day.isoformat()}")
    return "\n".join(rows) + "\n"


def main() -> None:
    rng = random.Random(3009)
    calendar = calendar_file(rng)
    trades = parse_blotter(blotter(rng, 1400))
    settled = instructions(trades, calendar)
    by_day = {}
    for item in settled:
        by_day[item.settle_on] = by_day.get(item.settle_on, 0) + 1
    print(f"{len(settled)} instructions, calendar of {calendar.count(chr(10))} lines")
    for day in sorted(by_day):
        print(f"  {day}: {by_day[day]} settlements")


if __name__ == "__main__":
    main()
