"""Connection-quality report for the summer schedule at the airline's hub."""

import random

from hub_connections.connections import build_connections
from hub_connections.quality import market_service
from hub_connections.schedule import parse_mct, parse_schedule

SPOKES = ["LHR", "CDG", "AMS", "MAD", "BCN", "FCO", "MXP", "VIE", "ZRH", "CPH", "ARN", "OSL", "HEL", "DUB", "LIS",
          "ATH", "WAW", "PRG", "BUD", "OTP", "SOF", "BEG", "IST", "TLV", "CAI", "DXB", "DOH", "JFK", "EWR", "BOS",
          "ORD", "IAD", "ATL", "MIA", "YYZ", "YUL", "GRU", "EZE", "NRT", "HND", "ICN", "PEK", "PVG", "HKG", "SIN",
          "BKK", "DEL", "BOM", "JNB", "NBO", "LOS", "ADD", "MAN", "EDI", "BHX", "NCE", "LYS", "TXL", "HAM", "MUC",
          "DUS", "CGN", "STR", "NUE", "LEJ", "DRS", "BRE", "HAJ", "GVA", "BSL", "BRU", "LUX", "TLS", "BOD", "MRS",
          "NAP", "VCE", "BLQ", "FLR", "CTA", "PMO", "AGP", "VLC", "SVQ", "OPO", "PMI", "KRK", "GDN", "RIX", "VNO",
          "TLL", "LED", "KBP", "TIA", "SKG", "HER", "LCA", "BEY", "AMM", "GOT", "BGO", "TRD", "KEF", "SNN", "ORK"]
MCT = """# minimum connecting times at the hub (minutes)
T1, T1, 45
T1, T2, 75
T2, T1, 75
T2, T2, 50
T1, T3, 90
T3, T1, 90
T2, T3, 80
T3, T2, 80
"""


def schedule_text(rng: random.Random) -> str:
    """Banked hub schedule: each spoke is served by a few daily rotations, arriving before and
    departing after the connection banks."""
    lines = ["# flight origin destination days dep arr offset terminal"]
    flight = 100
    for spoke in SPOKES:
        long_haul = 27 <= SPOKES.index(spoke) < 52
        block = rng.randint(420, 780) if long_haul else rng.randint(70, 200)
        terminal = "T3" if long_haul else rng.choice(["T1", "T1", "T2"])
        rotations = rng.randint(1, 3) if long_haul else rng.randint(4, 8)
        for _ in range(rotations):
            days = "".join(day if rng.random() < 0.85 else "." for day in "1234567")
            if days == ".......":
                days = "1234567"
            arrive = rng.randrange(300, 1380, 5)
            depart = arrive + rng.choice([50, 60, 75, 90, 120])
            start, inbound_days, offset = arrive - block, days, 0
            if start < 0:  # overnight inbound: leaves the spoke the evening before
                start += 1440
                offset = 1
                inbound_days = "".join(str(index + 1) if days[(index + 1) % 7] != "." else "." for index in range(7))
            lines.append(f"XY{flight} {spoke} HUB {inbound_days} {start // 60:02d}:{start % 60:02d} "
                         f"{arrive // 60:02d}:{arrive % 60:02d} {offset} {terminal}")
            end = depart + block
            lines.append(f"XY{flight + 1} HUB {spoke} {days} {(depart // 60) % 24:02d}:{depart % 60:02d} "
                         f"{(end // 60) % 24:02d}:{end % 60:02d} {end // 1440} {terminal}")
            flight += 2
    return "\n".join(lines) + "\n"


def main() -> None:
    rng = random.Random(3010)
    flights = parse_schedule(schedule_text(rng))
    mct = parse_mct(MCT)
    connections = build_connections(flights, "HUB", mct, default_mct=60, max_connect=300)
    markets = market_service(connections)
    print(f"{len(flights)} flights a week, {len(connections)} connections serving {len(markets)} markets")
    for row in markets[:5]:
        print(f"  {row.origin}-{row.destination}: {row.connections} a week, shortest {row.shortest} min, median {row.median}")


if __name__ == "__main__":
    main()
