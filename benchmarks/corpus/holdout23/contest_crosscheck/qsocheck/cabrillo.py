"""Contacts (QSOs) read from the Cabrillo logs that the entrants submit."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

BANDS = {1800: "160m", 3500: "80m", 7000: "40m", 14000: "20m", 21000: "15m", 28000: "10m"}
BAND_WIDTH_KHZ = {1800: 200, 3500: 500, 7000: 300, 14000: 350, 21000: 450, 28000: 1700}


@dataclass
class QSO:
    """One contact as logged by ``call``: the station it worked and the exchanges."""

    call: str
    worked: str
    band: str
    mode: str
    minute: int  # minutes since the start of the contest
    sent: str  # exchange sent, e.g. "599 14"
    received: str  # exchange received


def band_of(frequency_khz: int) -> str:
    """The band name ("20m") of a frequency in kHz; ValueError outside the contest bands."""
    for edge, name in BANDS.items():
        if edge <= frequency_khz < edge + BAND_WIDTH_KHZ[edge]:
            return name
    raise ValueError(f"frequency {frequency_khz} kHz is outside the contest bands")


def parse_qso_line(line: str, contest_start: datetime) -> QSO:
    """Read one ``QSO:`` line of a Cabrillo 3.0 log.

    The layout is ``QSO: freq mode date time my-call rst exch their-call rst exch``, e.g.
    ``QSO: 14025 CW 2024-02-17 0002 G4ABC 599 14 DL1XYZ 599 28``. Calls are upper-cased.
    """
    fields = line.split()
    if len(fields) != 11 or fields[0] != "QSO:":
        raise ValueError(f"not a QSO line: {line!r}")
    _, frequency, mode, day, hhmm, call, sent_rst, sent_exch, worked, rcvd_rst, rcvd_exch = fields
    when = datetime.strptime(f"{day} {hhmm}", "%Y-%m-%d %H%M")
    minute = int((when - contest_start).total_seconds() // 60)
    return QSO(call.upper(), worked.upper(), band_of(int(frequency)), mode.upper(), minute,
               f"{sent_rst} {sent_exch}", f"{rcvd_rst} {rcvd_exch}")
