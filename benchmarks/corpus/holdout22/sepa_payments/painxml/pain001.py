"""pain.001.001.03 customer credit-transfer initiation messages."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from decimal import Decimal

from painxml.xmlbuild import XmlWriter

NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"
SEPA_CHARACTERS = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/-?:().,'+ ")
CENT = Decimal("0.01")


@dataclass
class Account:
    name: str
    iban: str
    bic: str = ""


@dataclass
class Transfer:
    end_to_end_id: str
    amount: Decimal
    creditor: Account
    execution_date: str  # "YYYY-MM-DD"
    remittance: str = ""
    currency: str = "EUR"


def sepa_text(text: str, limit: int) -> str:
    """Restrict ``text`` to the SEPA Latin character set: accents are dropped, other
    characters become spaces, runs of spaces are collapsed and the result is cut to ``limit``."""
    out = ""
    for ch in text:
        if ch not in SEPA_CHARACTERS:
            base = unicodedata.normalize("NFKD", ch)[:1]
            ch = base if base in SEPA_CHARACTERS else " "
        if ch == " " and out.endswith(" "):
            continue
        out += ch
    return out.strip()[:limit]


def valid_iban(iban: str) -> bool:
    """ISO 13616 check: two letters, two check digits, mod 97 of the rearranged number is 1."""
    compact = iban.replace(" ", "").upper()
    if len(compact) < 15 or len(compact) > 34 or not compact[:2].isalpha() or not compact[2:4].isdigit() \
            or not compact.isalnum() or not compact.isascii():
        return False
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97 == 1


def _check(transfer: Transfer) -> None:
    if transfer.currency != "EUR":
        raise ValueError(f"{transfer.end_to_end_id}: SEPA transfers are in EUR, not {transfer.currency}")
    if transfer.amount <= 0 or transfer.amount != transfer.amount.quantize(CENT):
        raise ValueError(f"{transfer.end_to_end_id}: bad amount {transfer.amount}")
    if not valid_iban(transfer.creditor.iban):
        raise ValueError(f"{transfer.end_to_end_id}: bad IBAN {transfer.creditor.iban!r}")


def render_credit_transfers(message_id: str, created: str, debtor: Account, transfers: list[Transfer]) -> str:
    """The pain.001 document for a payment run: one payment information block per
    execution date (in date order, transfers in input order within a block), with
    transaction counts and control sums in the group header and in every block."""
    if not valid_iban(debtor.iban):
        raise ValueError(f"bad debtor IBAN {debtor.iban!r}")
    for transfer in transfers:
        _check(transfer)
    by_date: dict[str, list[Transfer]] = {}
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
