"""One print job with a label for every carton of the dispatched orders."""

from __future__ import annotations

from typing import Any, Mapping, Sequence

from labelprint.sscc import sscc
from labelprint.zpl import ZplWriter

LABEL_WIDTH_MM = 102
LABEL_HEIGHT_MM = 152


def render_batch(shipments: Sequence[Mapping[str, Any]], company_prefix: str, dpi: int = 203) -> str:
    """ZPL for all cartons of ``shipments``, labels in shipment then carton order.

    Each shipment has ``order``, ``carrier``, ``ship_to`` (address lines), ``cartons``
    (number of cartons), ``first_serial`` (SSCC serial of its first carton) and
    ``weight_kg`` (total, split evenly over the cartons).
    """
    writer = ZplWriter(dpi)
    for shipment in shipments:
        cartons = shipment["cartons"]
        if cartons < 1:
            raise ValueError(f"order {shipment['order']} has no cartons")
        carton_weight = shipment["weight_kg"] / cartons
        for number in range(1, cartons + 1):
            code = sscc(company_prefix, shipment["first_serial"] + number - 1)
            writer.start_label(LABEL_WIDTH_MM, LABEL_HEIGHT_MM)
            writer.text(5, 5, "SHIP TO:", 2.5)
            for row, address_line in enumerate(shipment["ship_to"][:5]):
                writer.text(5, 10 + row * 6, address_line, 4.5)
            writer.line(5, 44, 92)
            writer.text(5, 48, f"Order {shipment['order']}  Carrier {shipment['carrier']}")
            writer.text(5, 54, f"Carton {number} of {cartons}  {carton_weight:.2f} kg")
            writer.line(5, 60, 92)
            writer.text(5, 64, "SSCC", 2.5)
            writer.code128(10, 70, ">;>8" + "00" + code, 25)
            writer.text(10, 100, f"(00) {code}", 3.5)
            writer.end_label()
    return writer.data
