"""Line and page layout for the embosser (40 cells a line, 25 lines a page)."""

from __future__ import annotations


def wrap_braille(braille: str, width: int = 40) -> list[str]:
    """Wrap each paragraph at spaces into lines of at most ``width`` cells.

    Words longer than a line are split with a hyphen cell (dots 3-6) at the end of the line.
    """
    if width < 2:
        raise ValueError("lines must hold at least two cells")
    lines: list[str] = []
    for paragraph in braille.split("\n"):
        line = ""
        for word in paragraph.split():
            while len(word) > width:
                if line:
                    lines.append(line)
                    line = ""
                lines.append(word[: width - 1] + "\u2824")
                word = word[width - 1:]
            if not line:
                line = word
            elif len(line) + 1 + len(word) <= width:
                line += "\u2800" + word
            else:
                lines.append(line)
                line = word
        lines.append(line)
    return lines


def paginate(lines: list[str], lines_per_page: int = 25) -> list[list[str]]:
    """Split lines into pages; the last line of each page carries the page number in braille."""
    body = lines_per_page - 1
    pages = []
    for number, start in enumerate(range(0, max(len(lines), 1), body), start=1):
        page = lines[start:start + body]
        page += [""] * (body - len(page))
        digits = "".join(chr(0x2800 + [26, 1, 3, 9, 25, 17, 11, 27, 19, 10][int(d)]) for d in str(number))
        pages.append(page + ["\u283c" + digits])
    return pages
