"""A small ZPL II program builder."""

from __future__ import annotations


def escape_field(value: object) -> str:
    """Field data for use after ^FH: the control characters become _XX hex escapes."""
    return str(value).replace("_", "_5F").replace("^", "_5E").replace("~", "_7E")


class ZplWriter:
    """Accumulates the ZPL commands of one print job."""

    def __init__(self, dpi: int = 203) -> None:
        self.dpi = dpi
        self.data = ""

    def dots(self, mm: float) -> int:
        return round(mm * self.dpi / 25.4)

    def start_label(self, width_mm: float, height_mm: float) -> None:
        self.data += f"^XA^CI28^PW{self.dots(width_mm)}^LL{self.dots(height_mm)}\n"

    def text(self, x_mm: float, y_mm: float, value: object, size_mm: float = 3.0) -> None:
        height = self.dots(size_mm)
        self.data += f"^FO{self.dots(x_mm)},{self.dots(y_mm)}^A0N,{height},{height}^FH^FD{escape_field(value)}^FS\n"

    def line(self, x_mm: float, y_mm: float, width_mm: float) -> None:
        self.data += f"^FO{self.dots(x_mm)},{self.dots(y_mm)}^GB{self.dots(width_mm)},0,2^FS\n"

    def code128(self, x_mm: float, y_mm: float, value: str, height_mm: float = 15.0) -> None:
        self.data += f"^FO{self.dots(x_mm)},{self.dots(y_mm)}^BY2^BCN,{self.dots(height_mm)},Y,N,N^FD{value}^FS\n"

    def end_label(self, copies: int = 1) -> None:
        self.data += f"^PQ{copies}^XZ\n"
