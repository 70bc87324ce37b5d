"""Attendance and takings per screening."""

from __future__ import annotations

from filmfest.model import Sale, Screening, Venue


def find_venue(venues: list[Venue], code: str) -> Venue:
    for venue in venues:
        if venue.code == code:
            return venue
    raise KeyError(code)


def screening_report(venues: list[Venue], screenings: list[Screening], sales: list[Sale]) -> list[dict[str, object]]:
    """One row per screening, in programme order: tickets sold and takings (refunded orders
    excluded), complimentary tickets (price 0) and the fill rate of the venue in percent."""
    rows = []
    for screening in screenings:
        venue = find_venue(venues, screening.venue_code)
        sold = comps = takings = 0
        for sale in sales:
            if sale.screening_id != screening.screening_id or sale.refunded:
                continue
            sold += sale.tickets
            takings += sale.tickets * sale.price_cents
            if sale.price_cents == 0:
                comps += sale.tickets
        rows.append({
            "screening": screening.screening_id,
            "film": screening.film,
            "venue": venue.name,
            "starts": screening.starts,
            "tickets": sold,
            "comps": comps,
            "takings_cents": takings,
            "fill_pct": round(100 * sold / venue.seats, 1) if venue.seats else 0.0,
        })
    return rows


def film_totals(rows: list[dict[str, object]]) -> dict[str, tuple[int, int]]:
    """(tickets, takings) per film over all its screenings, best-selling film first."""
    totals: dict[str, tuple[int, int]] = {}
    for row in rows:
        tickets, takings = totals.get(row["film"], (0, 0))
        totals[row["film"]] = (tickets + row["tickets"], takings + row["takings_cents"])
    return dict(sorted(totals.items(), key=lambda item: (-item[1][0], item[0])))
