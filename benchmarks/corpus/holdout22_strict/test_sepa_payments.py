"""Strict equivalence tests for render_credit_transfers (never shown to wattlens)."""

from __future__ import annotations

import random
import unicodedata
from decimal import Decimal

import pytest
from painxml.pain001 import Account, Transfer, render_credit_transfers
from strict_support import assert_same

TARGET = "painxml/pain001.py:render_credit_transfers"


# --- verbatim copy of the original implementation and its helpers -------------------------

def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


class XmlWriter:
    def __init__(self):
        self.text = '<?xml version="1.0" encoding="UTF-8"?>\n'
        self.open_tags = []

    def _attributes(self, attributes):
        if not attributes:
            return ""
        return "".join(f' {name}="{escape(str(value))}"' for name, value in attributes.items())

    def start(self, tag, attributes=None):
        self.text += "  " * len(self.open_tags) + f"<{tag}{self._attributes(attributes)}>\n"
        self.open_tags.append(tag)

    def end(self):
        tag = self.open_tags.pop()
        self.text += "  " * len(self.open_tags) + f"</{tag}>\n"

    def leaf(self, tag, value, attributes=None):
        self.text += "  " * len(self.open_tags) + f"<{tag}{self._attributes(attributes)}>{escape(str(value))}</{tag}>\n"

    def getvalue(self):
        if self.open_tags:
            raise ValueError(f"unclosed elements: {self.open_tags}")
        return self.text


NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"
SEPA_CHARACTERS = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/-?:().,'+ ")
CENT = Decimal("0.01")


def sepa_text(text, limit):
    out = ""
    for ch in text:
        if ch not in SEPA_CHARACTERS:
            base = unicodedata.normalize("NFKD", ch)[:1]
            ch = base if base in SEPA_CHARACTERS else " "
        if ch == " " and out.endswith(" "):
            continue
        out += ch
    return out.strip()[:limit]


def valid_iban(iban):
    compact = iban.replace(" ", "").upper()
    if len(compact) < 15 or len(compact) > 34 or not compact[:2].isalpha() or not compact[2:4].isdigit() \
            or not compact.isalnum() or not compact.isascii():
        return False
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97 == 1


def _check(transfer):
    if transfer.currency != "EUR":
        raise ValueError(f"{transfer.end_to_end_id}: SEPA transfers are in EUR, not {transfer.currency}")
    if transfer.amount <= 0 or transfer.amount != transfer.amount.quantize(CENT):
        raise ValueError(f"{transfer.end_to_end_id}: bad amount {transfer.amount}")
    if not valid_iban(transfer.creditor.iban):
        raise ValueError(f"{transfer.end_to_end_id}: bad IBAN {transfer.creditor.iban!r}")


def reference(message_id, created, debtor, transfers):
    if not valid_iban(debtor.iban):
        raise ValueError(f"bad debtor IBAN {debtor.iban!r}")
    for transfer in transfers:
        _check(transfer)
    by_date = {}
    for transfer in transfers:
        by_date.setdefault(transfer.execution_date, []).append(transfer)

    xml = XmlWriter()
    xml.start("Document", {"xmlns": NAMESPACE})
    xml.start("CstmrCdtTrfInitn")
    xml.start("GrpHdr")
    xml.leaf("MsgId", sepa_text(message_id, 35))
    xml.leaf("CreDtTm", created)
    xml.leaf("NbOfTxs", len(transfers))
    xml.leaf("CtrlSum", sum((transfer.amount for transfer in transfers), Decimal("0.00")))
    xml.start("InitgPty")
    xml.leaf("Nm", sepa_text(debtor.name, 70))
    xml.end()
    xml.end()
    for number, (date, block) in enumerate(sorted(by_date.items()), 1):
        xml.start("PmtInf")
        xml.leaf("PmtInfId", sepa_text(f"{message_id}-{number}", 35))
        xml.leaf("PmtMtd", "TRF")
        xml.leaf("NbOfTxs", len(block))
        xml.leaf("CtrlSum", sum((transfer.amount for transfer in block), Decimal("0.00")))
        xml.start("PmtTpInf")
        xml.start("SvcLvl")
        xml.leaf("Cd", "SEPA")
        xml.end()
        xml.end()
        xml.leaf("ReqdExctnDt", date)
        xml.start("Dbtr")
        xml.leaf("Nm", sepa_text(debtor.name, 70))
        xml.end()
        xml.start("DbtrAcct")
        xml.start("Id")
        xml.leaf("IBAN", debtor.iban.replace(" ", "").upper())
        xml.end()
        xml.end()
        xml.start("DbtrAgt")
        xml.start("FinInstnId")
        if debtor.bic:
            xml.leaf("BIC", debtor.bic)
        else:
            xml.start("Othr")
            xml.leaf("Id", "NOTPROVIDED")
            xml.end()
        xml.end()
        xml.end()
        xml.leaf("ChrgBr", "SLEV")
        for transfer in block:
            xml.start("CdtTrfTxInf")
            xml.start("PmtId")
            xml.leaf("EndToEndId", sepa_text(transfer.end_to_end_id, 35) or "NOTPROVIDED")
            xml.end()
            xml.start("Amt")
            xml.leaf("InstdAmt", transfer.amount, {"Ccy": transfer.currency})
            xml.end()
            if transfer.creditor.bic:
                xml.start("CdtrAgt")
                xml.start("FinInstnId")
                xml.leaf("BIC", transfer.creditor.bic)
                xml.end()
                xml.end()
            xml.start("Cdtr")
            xml.leaf("Nm", sepa_text(transfer.creditor.name, 70))
            xml.end()
            xml.start("CdtrAcct")
            xml.start("Id")
            xml.leaf("IBAN", transfer.creditor.iban.replace(" ", "").upper())
            xml.end()
            xml.end()
            if transfer.remittance:
                xml.start("RmtInf")
                xml.leaf("Ustrd", sepa_text(transfer.remittance, 140))
                xml.end()
            xml.end()
        xml.end()
    xml.end()
    xml.end()
    return xml.getvalue()


# --- cases -------------------------------------------------------------------------------

A, T, D = Account, Transfer, Decimal
LENGTHS = {"DE": 22, "FR": 27, "NL": 18, "BE": 16, "AT": 20, "IT": 27, "NO": 15, "MT": 31}


def make_iban(rng, country="DE"):
    bban = "".join(rng.choice("0123456789") for _ in range(LENGTHS[country] - 4))
    digits = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    return f"{country}{98 - int(digits) % 97:02d}{bban}"


DEBTOR = A("Müller & Söhne GmbH", "DE89 3704 0044 0532 0130 00", "COBADEFFXXX")
NO_BIC = A("Großhandel <Nord>", "de89370400440532013000", "")
CAFE = A("Café Łódź", "FR1420041010050500013M02606")
GB = A("O'Brien & Daughters \"Ltd\"", "GB82 WEST 1234 5698 7654 32", "NWBK<GB>2L")
BE = A("Janssens", "BE68539007547034", None)
BAD = A("Broken", "FR1420041010050500013M02607")
RUN = "RUN-2024-19"
WHEN = "2024-05-06T09:30:00"


def t(e2e, amount, creditor=CAFE, date="2024-05-08", remittance="", currency="EUR"):
    return T(e2e, D(amount) if isinstance(amount, str) else amount, creditor, date, remittance, currency)


BASIC = [t("INV-1", "10.50", CAFE, "2024-05-08", "Invoice 1"), t("INV-2", "4.25", GB, "2024-05-07"),
         t("INV-3", "1.00", BE, "2024-05-08", "Ref: 2024/19 (final)"), t("INV-4", "999999.99", CAFE, "2024-05-09")]

CASES = [
    (RUN, WHEN, DEBTOR, []),
    (RUN, WHEN, NO_BIC, []),
    (RUN, WHEN, DEBTOR, BASIC),
    (RUN, WHEN, NO_BIC, BASIC),
    (RUN, WHEN, DEBTOR, list(reversed(BASIC))),
    (RUN, WHEN, DEBTOR, tuple(BASIC)),
    (RUN, WHEN, DEBTOR, BASIC + BASIC),
    (RUN, WHEN, DEBTOR, [t("A", "1"), t("B", "1.0"), t("C", "1.00"), t("D", "1.10"), t("E", "1E+1"), t("F", "100E-2")]),
    (RUN, WHEN, DEBTOR, [t("A", "0.01"), t("B", "0.01", date="2024-05-07"), t("C", "12345678901234567.89")]),
    (RUN, WHEN, DEBTOR, [t("A", "99999999999999999999999999.99"), t("B", "99999999999999999999999999.99")]),
    (RUN, WHEN, DEBTOR, [t("A", "1", date="2024-05-08"), t("B", "2", date="2024-5-7"), t("C", "3", date="")]),
    (RUN, WHEN, DEBTOR, [t("A", "1", date="2024-05-08"), t("B", "2", date="2024-05-08 ")]),
    (RUN, WHEN, DEBTOR, [t("A", "1", date="b&<c>"), t("B", "2", date="a")]),
    (RUN, WHEN, DEBTOR, [t("A", "1", date=None)]),
    (RUN, WHEN, DEBTOR, [t("A", "1", date=20240508), t("B", "2", date=20240507)]),
    (RUN, WHEN, DEBTOR, [t("A", "1", date=None), t("B", "2", date="2024-05-07")]),
    ("", "", DEBTOR, BASIC[:1]),
    ("€€€", WHEN, DEBTOR, BASIC[:1]),
    ("RUN 2024 & <19> \"quoted\" 'single'", "2024-05-06T09:30:00+02:00 & <now>", DEBTOR, BASIC[:2]),
    ("X" * 34, WHEN, DEBTOR, BASIC),
    ("X" * 40, WHEN, DEBTOR, BASIC),
    ("  padded  id  ", WHEN, DEBTOR, BASIC[:1]),
    (RUN, None, DEBTOR, BASIC[:1]),
    (RUN, 20240506, DEBTOR, []),
    (RUN, WHEN, A("", "DE89370400440532013000"), BASIC[:1]),
    (RUN, WHEN, A("Ünïcödé Ærø ß ½ № ﬁsh １２３ e\u0301 😀 \t\n", "DE89370400440532013000", "X"), BASIC[:1]),
    (RUN, WHEN, DEBTOR, [t("Ä-1", "1", A("Ünïcödé Ærø ß ½ № ﬁsh １２３ e\u0301 😀", "BE68539007547034"), remittance="Ø ø Đ đ –—…")]),
    (RUN, WHEN, DEBTOR, [t("", "1"), t("€", "2"), t("  ", "3"), t("x" * 40, "4")]),
    (RUN, WHEN, DEBTOR, [t("A", "1", remittance=" "), t("B", "1", remittance="\n"), t("C", "1", remittance=None)]),
    (RUN, WHEN, DEBTOR, [t("A", "1", remittance="R" * 139 + " tail"), t("B", "1", remittance="Z" * 200)]),
    (RUN, WHEN, DEBTOR, [t("A", "1", A("N" * 69 + " x", "BE68539007547034")), t("B", "1", A("a" * 80, "BE68539007547034"))]),
    (RUN, WHEN, DEBTOR, [t("A", "1", A("a  b   c", "be68 5390 0754 7034", "GEBABEBB")), t("B", "1", GB)]),
    (RUN, WHEN, DEBTOR, [t("A", "1", A("Norway", "NO9386011117947")), t("B", "1", A("Malta", "MT84MALT011000012345MTLCAST001S"))]),
    (RUN, WHEN, DEBTOR, [t("A", "1", A("Bic", "BE68539007547034", 0)), t("B", "1", A("Bic", "BE68539007547034", "0"))]),
    (RUN, WHEN, A("Shared", "BE68539007547034", "B&B"), [t("A", "1", BE), t("B", "2", BE), t("C", "3", BE, "2024-05-01")]),
    # invalid input
    (RUN, WHEN, BAD, []),
    (RUN, WHEN, A("Short", "DE89"), BASIC),
    (RUN, WHEN, A("Tab", "DE89\t3704\t0044\t0532\t0130\t00"), BASIC),
    (RUN, WHEN, A("Nonascii", "DE89370400440532013000١"), []),
    (RUN, WHEN, A("Digits", "1289370400440532013000"), []),
    (RUN, WHEN, A("Long", "DE89" + "0" * 31), []),
    (RUN, WHEN, None, []),
    (RUN, WHEN, DEBTOR, None),
    (RUN, WHEN, DEBTOR, [None]),
    (RUN, WHEN, DEBTOR, BASIC + [t("BAD", "1", BAD)]),
    (RUN, WHEN, DEBTOR, [t("A", "0")]),
    (RUN, WHEN, DEBTOR, [t("A", "-0.00")]),
    (RUN, WHEN, DEBTOR, [t("A", "-5")]),
    (RUN, WHEN, DEBTOR, [t("A", "1.005")]),
    (RUN, WHEN, DEBTOR, [t("A", "1.000")]),
    (RUN, WHEN, DEBTOR, [t("A", "NaN")]),
    (RUN, WHEN, DEBTOR, [t("A", "sNaN")]),
    (RUN, WHEN, DEBTOR, [t("A", "Infinity")]),
    (RUN, WHEN, DEBTOR, [t("A", 5)]),
    (RUN, WHEN, DEBTOR, [t("A", 5.25)]),
    (RUN, WHEN, DEBTOR, [t("A", "1", currency="eur")]),
    (RUN, WHEN, DEBTOR, [t("A", "1", currency="USD"), t("B", "0")]),
    (RUN, WHEN, DEBTOR, [t("A", "0", currency="USD")]),
    (RUN, WHEN, DEBTOR, [t("A", "1", A("x", None))]),
    (RUN, WHEN, DEBTOR, [t("A", "1", None)]),
    (RUN, WHEN, DEBTOR, [t(None, "1")]),
    (RUN, WHEN, DEBTOR, [t("A", "1", A(None, "BE68539007547034"))]),
    (RUN, WHEN, DEBTOR, [t("A", "1", remittance=7)]),
    (None, WHEN, DEBTOR, BASIC),
    (RUN, WHEN, A(None, "DE89370400440532013000"), BASIC),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(render_credit_transfers, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(render_credit_transfers, reference, transfers=BASIC, debtor=DEBTOR, created=WHEN, message_id=RUN)


NAMES = ["Müller", "Lefèvre", "van den Berg", "Rossi & Figli", "García", "Łukasiewicz", "O'Neil", "Ærøskøbing", "Straße"]


def _random_cases():
    rng = random.Random(1919)
    for _ in range(200):
        creditors = [A(f"{rng.choice(NAMES)} {rng.choice(['GmbH', 'SARL', '<B.V.>', ''])}",
                       make_iban(rng, rng.choice(sorted(LENGTHS))), rng.choice(["", "", "COBADEFFXXX", None]))
                     for _ in range(rng.randint(1, 4))]
        transfers = []
        for number in range(rng.choice([0, 1, 2, 5, 12, 25])):
            amount = D(rng.randint(1, 10 ** rng.randint(1, 8))) / rng.choice([1, 10, 100])
            if rng.random() < 0.03:
                amount = rng.choice([D("0"), D("0.001"), D("-1")])
            creditor = rng.choice(creditors)
            if rng.random() < 0.03:
                creditor = BAD
            transfers.append(T(rng.choice([f"E2E-{number}", f"Ref/{number} ä", ""]), amount, creditor,
                               f"2024-05-{rng.randint(6, 9):02d}",
                               rng.choice(["", f"Invoice {number}", f"Facture n° {number} – €{amount}"]),
                               "EUR" if rng.random() > 0.02 else "USD"))
        debtor = rng.choice([DEBTOR, NO_BIC, A("Debtor", make_iban(rng, "NL"), "INGBNL2A")])
        yield rng.choice([RUN, f"PAY-{rng.randint(0, 99)}"]), WHEN, debtor, transfers


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(render_credit_transfers, reference, *case)


def test_payment_run() -> None:
    rng = random.Random(44)
    creditors = [A(f"{rng.choice(NAMES)} {n}", make_iban(rng, rng.choice(sorted(LENGTHS))), rng.choice(["", "BNPAFRPPXXX"]))
                 for n in range(60)]
    transfers = [T(f"E2E-{n:05d}", D(rng.randint(1, 10 ** 7)) / 100, rng.choice(creditors), f"2024-05-{rng.randint(6, 12):02d}",
                   f"Rechnung {n} – Lieferung №{n}") for n in range(500)]
    assert_same(render_credit_transfers, reference, RUN, WHEN, DEBTOR, transfers)
