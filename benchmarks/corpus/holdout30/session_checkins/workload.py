"""Sponsor report for a four-day trade conference: bookings, door scans and attendance."""

import random

from session_checkins.attendance import session_attendance, sponsor_summary
from session_checkins.registrations import parse_bookings
from session_checkins.scans import merge_uploads, parse_scanner_upload


def conference(rng: random.Random):
    """Bookings and scanner uploads for 6 keynotes and 120 breakout sessions."""
    delegates = [f"B{number:05d}" for number in range(9000)]
    sessions = [(f"KEY-{number}", rng.randint(3800, 4600)) for number in range(1, 7)]
    sessions += [(f"D{1 + number % 4}-BR{number:03d}", rng.choice([40, 80, 150, 300, 600, 900])) for number in range(120)]
    rows = ["session_id,badge_id"]
    uploads = []
    for index, (session, size) in enumerate(sessions):
        booked = rng.sample(delegates, size)
        rows.extend(f"{session},{badge.lower() if rng.random() < 0.05 else badge}" for badge in booked)
        showed = [badge for badge in booked if rng.random() < rng.choice([0.6, 0.75, 0.9])]
        walk_ins = rng.sample(delegates, size // rng.choice([5, 8, 12]))
        arrivals = showed + walk_ins
        arrivals += rng.sample(arrivals, len(arrivals) // 10)  # people who tap their badge twice
        rng.shuffle(arrivals)
        start = 3600 * (index % 8)
        for door in range(2):
            lines = [f"# scanner {session}-door{door}"]
            lines.extend(f"{session}-door{door}|{session}|{badge}|{start + rng.randint(-600, 900)}"
                         for badge in arrivals[door::2])
            uploads.append("\n".join(lines))
    return "\n".join(rows) + "\n", uploads


def main() -> None:
    rng = random.Random(3002)
    booking_export, upload_texts = conference(rng)
    bookings = parse_bookings(booking_export)
    scans = merge_uploads([parse_scanner_upload(text) for text in upload_texts])
    report = session_attendance(bookings, scans)
    for line in sponsor_summary(report):
        print(line)
    print(f"{len(report)} sessions, {len(scans)} scans, "
          f"{sum(len(item.walk_ins) for item in report.values())} walk-ins")


if __name__ == "__main__":
    main()
