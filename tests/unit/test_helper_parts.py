"""The helper-part-kept-by-text recipe: a helper the function's loop calls with the same text, which works a
value out of that text alone on every call, gets a copy that keeps the value per text in a dict the function
makes; the rewritten module answers like the original (results, exceptions with their messages) on random,
malformed and oddly typed inputs, and the shapes it must leave alone are left alone."""

from __future__ import annotations

import random
import textwrap
from pathlib import Path

import pytest

from wattlens.analysis.target import extract_target
from wattlens.optimize.recipes import recipe_candidates
from wattlens.verify.patching import apply_patches, parse_diff

FIELDS = '''
def _field(header: str, line: str, name: str) -> str:
    """The value in column `name` of `line`."""
    columns = [column.strip().lower() for column in header.split(",")]
    if name not in columns:
        raise ValueError(f"no {name!r} column")
    values = line.split(",")
    index = columns.index(name)
    if index >= len(values):
        raise ValueError(f"no {name!r} value in {line!r}")
    return values[index].strip()


def run(header, lines):
    out = []
    for line in lines:
        out.append((_field(header, line, "id"), _field(header, line, "mark").upper()))
    return out
'''


def rewritten(tmp_path: Path, source: str) -> str | None:
    """The module rewritten by the recipe alone, or None."""
    (tmp_path / "mod.py").write_text(textwrap.dedent(source))
    target = extract_target(tmp_path, Path("mod.py"), "run")
    found = [c for c in recipe_candidates(target) if c.id.startswith("recipe-helper-part-kept-by-text-")]
    if not found:
        return None
    apply_patches(parse_diff(found[0].diff), tmp_path)
    return (tmp_path / "mod.py").read_text()


def outcome(scope: dict[str, object], *args: object) -> object:
    run = scope["run"]
    assert callable(run)
    try:
        return ("answer", run(*args))
    except Exception as error:  # (the exception is part of the answer compared)
        return ("raised", type(error), str(error))


class Header(str):
    """A text whose `split` answers otherwise: a kept answer would be wrong for it."""

    def split(self, *args: object, **kwargs: object) -> list[str]:  # type: ignore[override]
        return ["mark", "id"]


def test_answers_like_the_original(tmp_path: Path) -> None:
    new = rewritten(tmp_path, FIELDS)
    assert new is not None
    assert "columns_by_header = {}" in new and "_field_keeping_columns(header, line, \"id\", columns_by_header)" in new
    original: dict[str, object] = {}
    patched: dict[str, object] = {}
    exec(textwrap.dedent(FIELDS), original)
    exec(new, patched)
    rng = random.Random(7)
    words = ["id", "ID ", "mark", " Mark", "x", ""]
    cases: list[tuple[object, object]] = [
        ("id,mark", []), ("id,mark", ["1,a", "2,b", "3"]), ("mark", ["a"]), ("", [""]),
        (None, ["1,a"]), (["id,mark"], ["1,a"]), (Header("id,mark"), ["1,a", "2,b"]), ("id,mark", ("1,a", "1,a")),
    ]
    for _ in range(300):
        header = ",".join(rng.choice(words) for _ in range(rng.randint(0, 4)))
        lines = [",".join(rng.choice("ab ,") for _ in range(rng.randint(0, 6))) for _ in range(rng.randint(0, 5))]
        cases.append((header, lines))
    for header, lines in cases:
        assert outcome(patched, header, lines) == outcome(original, header, lines), (header, lines)


@pytest.mark.parametrize("source", [
    # the text handed changes on every pass
    FIELDS.replace('_field(header, line, "id")', '_field(line, line, "id")')
    .replace('_field(header, line, "mark")', '_field(line, line, "mark")'),
    # the part kept reads more than the one parameter
    FIELDS.replace('for column in header.split(",")]', 'for column in header.split(",")][:len(line)]'),
    # the part kept is changed, handed out, or handed to something that may keep it
    FIELDS.replace("    values = line.split", "    columns.append(name)\n    values = line.split"),
    FIELDS.replace("    return values[index].strip()", "    return columns"),
    FIELDS.replace("    values = line.split", "    print(columns)\n    values = line.split"),
    # it holds containers, which a reader could change
    FIELDS.replace("[column.strip().lower() for", "[column.split() for"),
    # the parameter is rebound, or annotated as something other than a text
    FIELDS.replace('    columns = [', '    header = header.upper()\n    columns = ['),
    FIELDS.replace("header: str,", "header: bytes,"),
    # the helper takes its parameters otherwise
    FIELDS.replace("name: str) -> str:", "*, name: str) -> str:").replace('line, "id")', 'line, name="id")')
    .replace('line, "mark")', 'line, name="mark")'),
    # the part kept does no work
    FIELDS.replace('[column.strip().lower() for column in header.split(",")]', "header"),
    # the helper is not called in a loop
    FIELDS.replace("    for line in lines:\n        out.append", "    line = lines[0]\n    out.append"),
])
def test_left_alone(tmp_path: Path, source: str) -> None:
    assert rewritten(tmp_path, source) is None, source


def test_a_text_kept_may_be_handed_anywhere(tmp_path: Path) -> None:
    source = FIELDS.replace("    columns = [", '    seen = "|".join(header.lower().split(","))\n    print(seen)\n'
                            "    columns = [")
    new = rewritten(tmp_path, source)
    assert new is not None and "seen_by_header[header] = seen" in new


TABLE = '''
def parse_table(text: str) -> dict[str, int]:
    """`name=number` lines."""
    table = {}
    for line in text.splitlines():
        name, _, number = line.partition("=")
        table[name.strip()] = int(number)
    return table


def _price(name: str, text: str, fallback: int = 0) -> int:
    table = parse_table(text)
    return table.get(name, fallback)


def run(names, text):
    return [_price(name, text, -1) for name in names]
'''


def test_a_helper_answering_by_text_is_kept_where_its_answer_is_only_read(tmp_path: Path) -> None:
    new = rewritten(tmp_path, TABLE)
    assert new is not None and "table_by_text[text] = table" in new
    assert "def _price_keeping_table(name: str, text: str, fallback: int, table_by_text)" in new
    original: dict[str, object] = {}
    patched: dict[str, object] = {}
    exec(textwrap.dedent(TABLE), original)
    exec(new, patched)
    for names, text in [(["a", "b", "c"], "a=1\nb=2"), ([], "bad"), (["a"], "bad"), (["a", "a"], None),
                        (["a"], Header("a=1"))]:
        assert outcome(patched, names, text) == outcome(original, names, text)


def test_a_helper_answering_by_text_is_left_alone_where_its_answer_is_changed(tmp_path: Path) -> None:
    source = TABLE.replace("    return table.get(name, fallback)", "    table[name] = fallback\n    return len(table)")
    assert rewritten(tmp_path, source) is None
