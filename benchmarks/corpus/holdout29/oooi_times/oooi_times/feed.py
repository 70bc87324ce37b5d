"""Raw ACARS downlink text from the datalink provider, reduced to OOOI message lines."""

from __future__ import annotations

import re

_OOOI = re.compile(r"^QU\s+\S+\s+\.(?P<station>\S+)\s+\S+\s+(?P<tail>N\w+)\s+(?P<flight>\w+)\s+"
                   r"(?P<date>\d{4}-\d{2}-\d{2})\s+(?P<event>OUT|OFF|ON|IN)\s+(?P<time>\d{4})$")


def oooi_lines(downlinks: str) -> list[str]:
    """The "tail,flight,date,event,hhmm" lines of the OOOI downlinks in a provider dump; other
    message types are skipped."""
    lines = []
    for raw in downlinks.splitlines():
        match = _OOOI.match(raw.strip())
        if match:
            lines.append(",".join(match.group("tail", "flight", "date", "event", "time")))
    return lines
