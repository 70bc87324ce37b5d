"""Replay of the turnstile scans of one match."""

from __future__ import annotations

from typing import Any, Sequence

from turnstile.barcodes import five_minute_slot, readable


def process_scans(scans: Sequence[tuple[str, str, str]], sold: Sequence[str], voided: Sequence[str] = ()) -> dict[str, Any]:
    """Decide every scan and count admissions per gate and five-minute slot.

    ``scans`` are ``(HH:MM:SS, gate, barcode)`` in scan order; ``sold`` lists the barcodes
    issued for this match and ``voided`` the refunded ones. A ticket admits once; later
    scans of it are passback attempts. ``peak`` is the busiest ``(gate, slot, entries)``,
    the first one seen on ties, or None when nobody was admitted.
    """
    admitted: list[str] = []
    results: list[tuple[str, str, str, str]] = []
    per_gate: dict[str, dict[str, int]] = {}
    refused: dict[str, int] = {}
    for clock, gate, raw in scans:
        slot = five_minute_slot(clock)
        code = raw.strip()
        if not readable(code):
            outcome = "unreadable"
        elif code not in sold:
            outcome = "not for this match"
        elif code in voided:
            outcome = "voided"
        elif code in admitted:
            outcome = "passback"
        else:
            outcome = "admit"
            admitted.append(code)
            slots = per_gate.setdefault(gate, {})
            slots[slot] = slots.get(slot, 0) + 1
        if outcome != "admit":
            refused[outcome] = refused.get(outcome, 0) + 1
        results.append((clock, gate, code, outcome))
    peak = None
    for gate, slots in per_gate.items():
        for slot, entries in slots.items():
            if peak is None or entries > peak[2]:
                peak = (gate, slot, entries)
    return {"results": results, "per_gate": per_gate, "admitted": len(admitted), "refused": refused, "peak": peak}
