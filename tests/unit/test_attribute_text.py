"""Recipe text-built-in-pieces: a writer object building its text with `self.data += piece` → a subclass
beside the function keeping the pieces in a list, joined when the text is read."""

from __future__ import annotations

import random
import textwrap
from pathlib import Path

import pytest

from wattlens.analysis.target import extract_target
from wattlens.optimize.recipes import recipe_candidates
from wattlens.verify.patching import apply_patches, parse_diff

WRITER = '''
def escape(value):
    return str(value).replace("^", "_5E")


class Writer:
    """Accumulates one job's commands."""

    def __init__(self, scale=2):
        self.scale = scale
        self.data = ""
        self.count = 0

    def dots(self, mm):
        return round(mm * self.scale)

    def field(self, x, value):
        self.count += 1
        self.data += f"^FO{self.dots(x)}^FD{escape(value)}^FS\\n"

    def raw(self, piece):
        self.data += piece

    def size(self):
        return len(self.data)

    def reset(self, text):
        self.data = text
'''

JOB = '''
def job(rows, scale=2):
    writer = Writer(scale)
    sizes = []
    for row in rows:
        if row == "reset":
            writer.reset("^XA\\n")
        elif isinstance(row, tuple):
            writer.raw(row[0])
        else:
            writer.field(len(str(row)), row)
        sizes.append(writer.size())
    return writer.data, writer.count, sizes
'''


def rewritten(tmp_path: Path, files: dict[str, str], module: str = "mod.py", qualname: str = "job") -> str | None:
    tmp_path.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(textwrap.dedent(text))
    target = extract_target(tmp_path, Path(module), qualname)
    found = [c for c in recipe_candidates(target) if c.id.startswith("recipe-text-built-in-pieces-")]
    if not found:
        return None
    apply_patches(parse_diff(found[0].diff), tmp_path)
    return (tmp_path / module).read_text()


def outcome(source: str, rows: list[object]) -> str:
    scope: dict[str, object] = {}
    exec(source, scope)
    try:
        return repr(scope["job"](rows))  # type: ignore[operator]
    except Exception as error:
        return f"raised {type(error).__name__}: {error}"


def random_rows(rng: random.Random) -> list[object]:
    choices: list[object] = ["a^b", "x", 12, None, "reset", ("^PQ1\n",), ("",), 3.5]
    rows = [rng.choice(choices) for _ in range(rng.randint(0, 12))]
    if rng.random() < 0.1:
        rows.insert(rng.randint(0, len(rows)), (7,))  # a piece that is no text: raises where it did
    if rng.random() < 0.1:
        rows.insert(rng.randint(0, len(rows)), (Tagged("tag"),))  # a text of a subclass of str
    return rows


class Tagged(str):
    pass


def test_a_writer_of_the_module_builds_its_text_in_pieces(tmp_path: Path) -> None:
    new = rewritten(tmp_path, {"mod.py": WRITER + JOB})
    assert new is not None
    assert "class _WriterPieces(Writer):" in new and "writer = _WriterPieces(scale)" in new
    assert "        self.count += 1\n        piece = f\"^FO{self.dots(x)}" in new
    original = textwrap.dedent(WRITER + JOB)
    rng = random.Random(3)
    for _ in range(200):
        rows = random_rows(rng)
        assert outcome(new, rows) == outcome(original, rows)


def test_a_writer_imported_from_another_module_is_subclassed_with_what_its_methods_read(tmp_path: Path) -> None:
    files = {"pkg/__init__.py": "", "pkg/zpl.py": WRITER, "pkg/job.py": "from pkg.zpl import Writer\n" + JOB}
    new = rewritten(tmp_path, files, "pkg/job.py")
    assert new is not None
    assert "from pkg.zpl import escape\n" in new and "class _WriterPieces(Writer):" in new


@pytest.mark.parametrize(
    ("where", "old", "new", "why"),
    [
        ("job", "    return writer.data, writer.count, sizes\n", "    return writer, sizes\n", "the writer goes out"),
        ("job", "        sizes.append(writer.size())\n", "        sizes.append(writer)\n", "the writer is kept"),
        ("writer", "class Writer:", "class Writer(object):", "a base class"),
        ("writer", "    def dots(self, mm):", "    __slots__ = ('scale', 'data', 'count')\n\n    def dots(self, mm):",
         "slots"),
        ("writer", "    def size(self):\n        return len(self.data)\n",
         "    def size(self):\n        return len(self.data)\n\n    def __setattr__(self, name, value):\n"
         "        object.__setattr__(self, name, value)\n", "an attribute hook"),
        ("writer", "        self.data += piece\n", "        self.data += piece\n        return self\n",
         "a method hands the writer back"),
        ("writer", "escape(value)}", "escape(self.log(value))}", "a piece made by a method that changes things"),
        ("writer", '        self.data = ""\n', "        self.data = []\n", "not a text"),
        ("writer", "    def dots(self, mm):", "    data = ''\n\n    def dots(self, mm):", "a class-level text"),
    ],
)
def test_left_alone(tmp_path: Path, where: str, old: str, new: str, why: str) -> None:
    writer = WRITER + "\n    def log(self, value):\n        self.count += 1\n        return value\n"
    sources = {"writer": writer, "job": JOB}
    assert old in sources[where]
    sources[where] = sources[where].replace(old, new)
    assert rewritten(tmp_path, {"mod.py": sources["writer"] + sources["job"]}) is None, why
