"""Lay a bill out as the content stream of one A4 page."""

from __future__ import annotations

from pdf_statements.bills import Bill


def pdf_text(text: str) -> bytes:
    """A PDF literal string for ``text`` in WinAnsi encoding (unencodable characters become ?)."""
    escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return b"(" + escaped.encode("cp1252", errors="replace") + b")"


def money(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    return f"{sign}{abs(cents) // 100:,}.{abs(cents) % 100:02d}"


def page_stream(bill: Bill) -> bytes:
    """The page's drawing operators: letterhead, address window, readings, charge lines with
    dotted leaders, total and the remittance slip."""
    ops = [b"0.2 0.4 0.7 rg 40 780 515 40 re f 1 1 1 rg",
           b"BT /F1 18 Tf 55 795 Td " + pdf_text("Riverside Water - Quarterly bill") + b" Tj ET", b"0 0 0 rg"]
    y = 720
    for line in [bill.name] + bill.address:
        ops.append(b"BT /F1 11 Tf 60 %d Td " % y + pdf_text(line) + b" Tj ET")
        y -= 14
    y -= 30
    facts = [("Account", bill.account), ("Period", bill.period), ("Previous reading", str(bill.previous_reading)),
             ("Current reading", str(bill.current_reading)), ("Water used", f"{bill.used_m3} m3")]
    for label, value in facts:
        ops.append(b"BT /F1 10 Tf 60 %d Td " % y + pdf_text(label) + b" Tj 180 0 Td " + pdf_text(value) + b" Tj ET")
        y -= 13
    y -= 25
    for label, amount in bill.lines:
        leader = label + " " + "." * max(3, 70 - len(label))
        ops.append(b"BT /F1 10 Tf 60 %d Td " % y + pdf_text(leader) + b" Tj 380 0 Td " + pdf_text(money(amount)) + b" Tj ET")
        y -= 14
    ops.append(b"0.5 w 60 %d m 535 %d l S" % (y + 4, y + 4))
    ops.append(b"BT /F1 12 Tf 60 %d Td " % (y - 14) + pdf_text("Amount due") + b" Tj 380 0 Td "
               + pdf_text(money(bill.total_cents)) + b" Tj ET")
    ops.append(b"[4 2] 0 d 40 200 m 555 200 l S [] 0 d")
    slip = [f"Remittance slip - account {bill.account}", f"Amount due {money(bill.total_cents)}",
            "Pay by direct debit, online banking or at any post office."]
    for offset, line in enumerate(slip):
        ops.append(b"BT /F1 9 Tf 60 %d Td " % (180 - 12 * offset) + pdf_text(line) + b" Tj ET")
    return b"\n".join(ops)
