from decimal import Decimal
from xml.etree import ElementTree

import pytest

from painxml.pain001 import Account, Transfer, render_credit_transfers, sepa_text, valid_iban
from painxml.xmlbuild import XmlWriter

NS = {"p": "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"}
DEBTOR = Account("Müller & Söhne GmbH", "DE89 3704 0044 0532 0130 00", "COBADEFFXXX")
SUPPLIER = Account("Café Łódź", "FR1420041010050500013M02606")


def test_sepa_text() -> None:
    assert sepa_text("Café  Łódź <Ltd>", 70) == "Cafe odz Ltd"
    assert sepa_text("x" * 50, 35) == "x" * 35


def test_valid_iban() -> None:
    assert valid_iban("DE89 3704 0044 0532 0130 00")
    assert valid_iban("gb82west12345698765432")
    assert not valid_iban("DE88 3704 0044 0532 0130 00")
    assert not valid_iban("DE89")


def test_writer_rejects_unclosed_elements() -> None:
    xml = XmlWriter()
    xml.start("A")
    with pytest.raises(ValueError):
        xml.getvalue()
    xml.leaf("B", "1 < 2")
    xml.end()
    assert xml.getvalue().endswith("<A>\n  <B>1 &lt; 2</B>\n</A>\n")


def test_document_structure_and_sums() -> None:
    transfers = [Transfer("INV-1", Decimal("10.50"), SUPPLIER, "2024-05-08", "Invoice 1"),
                 Transfer("INV-2", Decimal("4.25"), SUPPLIER, "2024-05-07"),
                 Transfer("INV-3", Decimal("1.00"), SUPPLIER, "2024-05-08")]
    text = render_credit_transfers("RUN-19", "2024-05-06T09:00:00", DEBTOR, transfers)
    root = ElementTree.fromstring(text.encode())
    assert root.findtext("p:CstmrCdtTrfInitn/p:GrpHdr/p:NbOfTxs", namespaces=NS) == "3"
    assert root.findtext("p:CstmrCdtTrfInitn/p:GrpHdr/p:CtrlSum", namespaces=NS) == "15.75"
    blocks = root.findall("p:CstmrCdtTrfInitn/p:PmtInf", NS)
    assert [block.findtext("p:ReqdExctnDt", namespaces=NS) for block in blocks] == ["2024-05-07", "2024-05-08"]
    assert [block.findtext("p:CtrlSum", namespaces=NS) for block in blocks] == ["4.25", "11.50"]
    assert "<Nm>Muller Sohne GmbH</Nm>" in text
    assert "<Nm>Cafe odz</Nm>" in text


@pytest.mark.parametrize("transfer", [
    Transfer("X", Decimal("0"), SUPPLIER, "2024-05-07"),
    Transfer("X", Decimal("1.005"), SUPPLIER, "2024-05-07"),
    Transfer("X", Decimal("1"), SUPPLIER, "2024-05-07", currency="USD"),
    Transfer("X", Decimal("1"), Account("Bad", "FR1420041010050500013M02607"), "2024-05-07"),
])
def test_invalid_transfers(transfer: Transfer) -> None:
    with pytest.raises(ValueError):
        render_credit_transfers("RUN", "2024-05-06T09:00:00", DEBTOR, [transfer])


def test_empty_run() -> None:
    text = render_credit_transfers("RUN", "2024-05-06T09:00:00", DEBTOR, [])
    assert "<NbOfTxs>0</NbOfTxs>" in text and "<PmtInf>" not in text
