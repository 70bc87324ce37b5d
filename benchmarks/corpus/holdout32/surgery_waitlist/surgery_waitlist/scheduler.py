"""Filling theatre sessions from the waiting list."""

from __future__ import annotations

from typing import Sequence

from .waitlist import Booking, Referral, Session


def fill_sessions(referrals: Sequence[Referral], sessions: Sequence[Session]) -> tuple[list[Booking], list[str]]:
    """Book referrals into theatre sessions; returns the bookings and the ids still waiting.

    Sessions are taken in day order (sessions on the same day in the order given). Before each
    session, referrals added on or before its day join the waiting list; the session is then
    filled by repeatedly booking the most urgent waiting referral that fits in its remaining
    minutes (priority 1 first, then the longest waiting, then the lowest id), until none fits.
    The ids still waiting at the end come in that same order, later referrals included.
    """
    pending = sorted(referrals, key=lambda referral: referral.referred)
    waiting: list[Referral] = []
    bookings = []
    joined = 0
    for session in sorted(sessions, key=lambda session: session.day):
        while joined < len(pending) and pending[joined].referred <= session.day:
            waiting.append(pending[joined])
            joined += 1
        remaining = session.minutes
        while True:
            waiting.sort(key=lambda referral: (referral.priority, referral.referred, referral.id))
            for position, referral in enumerate(waiting):
                if referral.minutes <= remaining:
                    break
            else:
                break
            del waiting[position]
            remaining -= referral.minutes
            bookings.append(Booking(referral.id, referral.priority, referral.referred, session.day, session.theatre))
    still_waiting = sorted(waiting + pending[joined:],
                           key=lambda referral: (referral.priority, referral.referred, referral.id))
    return bookings, [referral.id for referral in still_waiting]
