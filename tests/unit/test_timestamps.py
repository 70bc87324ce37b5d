"""Recipe strptime-fast-path: `datetime.strptime(text, FORMAT)` of a fixed numeric format in a module's
functions → a reader of the fixed-width digits beside them, anything else handed to strptime as before."""

from __future__ import annotations

import random
import textwrap
from pathlib import Path

import libcst as cst
import pytest

from wattlens.models import Target
from wattlens.optimize import callees, timestamps
from wattlens.optimize.timestamps import pattern_of

LOG = '''
"""Shift log."""

from datetime import datetime

STAMP = "{fmt}"


def read_all(texts):
    out = []
    for text in texts:
        try:
            out.append(repr(datetime.strptime(text, STAMP)))
        except Exception as error:
            out.append(f"{{type(error).__name__}}: {{error}}")
    return out
'''

FORMATS = ["%Y-%m-%d %H:%M:%S", "%Y%m%d", "%d/%m/%Y %H:%M", "%Y-%m-%dT%H:%M:%S.%f", "%H:%M", "%Y", "%m-%d %%",
           "%Y.%m.%d(%H)"]


class Text(str):
    pass


def _texts(fmt: str, seed: int) -> list[object]:
    """Texts in the format with random fields (some out of range), and near misses of every kind."""
    rng = random.Random(seed)
    widths = {"Y": 4, "m": 2, "d": 2, "H": 2, "M": 2, "S": 2, "f": 6}
    ranges = {"Y": (0, 9999), "m": (0, 13), "d": (0, 32), "H": (0, 24), "M": (0, 60), "S": (0, 61), "f": (0, 999999)}
    texts: list[object] = []
    for _ in range(300):
        text, at = "", 0
        while at < len(fmt):
            if fmt[at] == "%" and fmt[at + 1] in widths:
                directive = fmt[at + 1]
                low, high = ranges[directive]
                text += str(rng.randint(low, high)).zfill(widths[directive])
                at += 2
            elif fmt[at] == "%":
                text, at = text + "%", at + 2
            else:
                text, at = text + fmt[at], at + 1
        texts.append(text)
        short = text.replace("0", "", 1)  # one digit fewer: strptime may still read it
        texts += [short, text + " ", " " + text, text.replace(" ", "  "), text.replace("T", "t"),
                  text.replace("1", "\u0661"), Text(text), text.encode(), None, text + "\n"]
    return texts


def _module(fmt: str) -> str:
    return textwrap.dedent(LOG.format(fmt=fmt))


def _run(source: str, texts: list[object]) -> list[str]:
    scope: dict[str, object] = {}
    exec(source, scope)
    return scope["read_all"](texts)  # type: ignore[operator, no-any-return]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_reader_answers_and_raises_as_strptime_does(fmt: str) -> None:
    source = _module(fmt)
    new = timestamps.rewrite_module(cst.parse_module(source))
    assert new is not None and "_read_stamp(text)" in new and "import re" in new
    texts = _texts(fmt, len(fmt))
    assert _run(new, texts) == _run(source, texts)


def test_module_and_literal_formats_under_other_names(tmp_path: Path) -> None:
    source = _module("%Y-%m-%d").replace("from datetime import datetime", "import datetime as dt").replace(
        "datetime.strptime(text, STAMP)", "dt.datetime.strptime(text, '%d.%m.%Y')")
    new = timestamps.rewrite_module(cst.parse_module(source))
    assert new is not None and "_read_timestamp(text)" in new and "return dt.datetime(int(year)" in new
    texts = ["01.02.2024", "1.2.2024", "31.02.2024", "29.02.2024", None]
    assert _run(new, texts) == _run(source, texts)


@pytest.mark.parametrize(("change", "why"), [
    (("STAMP = ", "STAMP = '%b %d'\nSTAMP = "), "the format is bound twice"),
    (("STAMP = \"%Y-%m-%d\"", "STAMP = \"%y-%m-%d\""), "a directive read otherwise (two-digit years)"),
    (("STAMP = \"%Y-%m-%d\"", "STAMP = \"%Y-%m-%d %Y\""), "a directive twice"),
    (("datetime.strptime(text, STAMP)", "datetime.strptime(text, format=STAMP)"), "a keyword argument"),
    (("def read_all(texts):", "def read_all(texts, STAMP='%Y'):"), "the format is the function's own"),
    (("def read_all(texts):", "def read_all(texts, datetime=None):"), "datetime is the function's own"),
    (("from datetime import datetime", "from pendulum import datetime"), "another datetime"),
    (("from datetime import datetime", "from datetime import datetime\nfrom regex import re"), "another re"),
])
def test_left_alone(change: tuple[str, str], why: str) -> None:
    source = _module("%Y-%m-%d")
    assert change[0] in source
    assert timestamps.rewrite_module(cst.parse_module(source.replace(*change))) is None, why


def test_patterns() -> None:
    assert pattern_of("%Y-%m-%d %H:%M:%S") == (
        "([0-9]{4})-([0-9]{2})-([0-9]{2}) ([0-9]{2}):([0-9]{2}):([0-9]{2})", ["Y", "m", "d", "H", "M", "S"])
    assert pattern_of("%d.%m.%Y") == (r"([0-9]{2})\.([0-9]{2})\.([0-9]{4})", ["d", "m", "Y"])
    assert pattern_of("%Y %j") is None and pattern_of("plain") is None and pattern_of("%") is None


def test_a_format_imported_from_another_project_module(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`from shifts.formats import STAMP`, bound once there to a literal, is read like the module's own;
    a name the other module rebinds, or one this module binds again, is left to strptime."""
    package = tmp_path / "shifts"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "formats.py").write_text('STAMP = "%Y-%m-%d %H:%M"\nLOOSE = "%Y"\nLOOSE = "%Y-%m"\n')
    source = _module("%Y").replace('STAMP = "%Y"\n', "").replace(
        "from datetime import datetime", "from datetime import datetime\n\nfrom shifts.formats import LOOSE, STAMP") \
        .replace("datetime.strptime(text, STAMP)", "(datetime.strptime(text, STAMP), datetime.strptime(text, LOOSE))")
    (package / "log.py").write_text(source)
    project = callees.ProjectModules(tmp_path, Path("shifts/log.py"))
    reached = project.reached(source)
    assert [path.as_posix() for path, _, _ in reached] == ["shifts/log.py", "shifts/formats.py"]
    target = Target(project_dir=tmp_path, file=Path("shifts/log.py"), qualname="read_all", line=1, end_line=1,
                    source="", module_source=source)
    found = timestamps.candidates(target, reached, project)
    assert len(found) == 1
    assert "(_read_stamp(text), datetime.strptime(text, LOOSE))" in found[0].diff
    new = timestamps.rewrite_module(cst.parse_module(source), {})
    assert new is None  # without the other module, the name is not known to hold a text
    patched = timestamps.rewrite_module(cst.parse_module(source), timestamps.imported_formats(
        cst.parse_module(source), Path("shifts/log.py"), {path: module for path, _, module in reached}, project))
    assert patched is not None
    monkeypatch.syspath_prepend(str(tmp_path))
    texts = ["2024-02-29 23:59", "2024-02-30 10:00", "2024-2-1 10:00", "2024-02-01 10:00 "]
    assert _run(patched, texts) == _run(source, texts)
