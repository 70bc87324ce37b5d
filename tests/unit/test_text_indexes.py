"""The text-indexed-once recipe: a helper that splits and scans a whole text to look up one key, called
again on the same text for other keys, answers from an index of each text made once; the rewritten module
answers like the original (results, exceptions with their messages) on texts with repeated, missing, empty
and spaced keys, on texts and keys that are not exact strs, and the shapes it must leave alone are left
alone."""

from __future__ import annotations

import random
import textwrap
from pathlib import Path

import pytest

from tests.unit.recipe_outcomes import evaluated
from wattlens.analysis.target import extract_target
from wattlens.optimize.recipes import recipe_candidates
from wattlens.verify.patching import apply_patches, parse_diff

LAST = '''
def tag_value(tags: str, key: str) -> str | None:
    """The last value of `key` in `k=v;k=v`."""
    found = None
    for item in tags.split(";"):
        name, sep, value = item.partition("=")
        if sep and name.strip() == key:
            found = value.strip()
    return found
'''

FIRST = '''
def header(text, wanted):
    for line in text.strip().splitlines():
        name, colon, rest = line.partition(":")
        if colon and not name.startswith("#") and wanted == name.strip().lower():
            return rest.strip()
    return ""
'''

SPLIT = '''
def setting(text: str, key: str) -> str:
    found = "?"
    for pair in text.split(","):
        name, value = pair.split("=", 1)
        if name == key:
            found = value
    return found
'''

RUN = '''

class Shout(str):
    def __eq__(self, other):
        return str.__eq__(self.upper(), other)

    __hash__ = str.__hash__


def run(texts, keys):
    out = []
    for text in texts:
        out.append([CALL for key in keys])
    return out
'''


def indexed(tmp_path: Path, source: str) -> str | None:
    """The module rewritten by the recipe alone, or None."""
    (tmp_path / "mod.py").write_text(textwrap.dedent(source))
    target = extract_target(tmp_path, Path("mod.py"), "run")
    found = [c for c in recipe_candidates(target) if c.id.startswith("recipe-text-indexed-once-")]
    if not found:
        return None
    apply_patches(parse_diff(found[0].diff), tmp_path)
    return (tmp_path / "mod.py").read_text()


def texts(rng: random.Random, separator: str, pair: str) -> list[object]:
    names = ["a", "b", " a", "a ", "A", "", "é", "a=b"]
    made: list[object] = ["", separator, "a", "a" + pair, pair + "x", f"a{pair}1{separator}a{pair}2"]
    for _ in range(60):
        items = [f"{rng.choice(names)}{rng.choice([pair, '', pair + pair])}{rng.choice(['1', ' 2 ', '', 'x'])}"
                 for _ in range(rng.choice([1, 2, 5, 9]))]
        made.append(separator.join(items) + rng.choice(["", separator, "\n"]))
    return made


@pytest.mark.parametrize(("helper", "call", "separator", "pair", "shape"), [
    (LAST, "tag_value(text, key)", ";", "=", "index[name.strip()] = value.strip()"),
    (FIRST, "header(text, key)", "\n", ":", "if name.strip().lower() not in index:"),
    (SPLIT, "setting(text, key)", ",", "=", "index[name] = value"),
])
def test_a_text_scanned_per_key_is_indexed_once_and_answers_alike(
        tmp_path: Path, helper: str, call: str, separator: str, pair: str, shape: str) -> None:
    original = helper + RUN.replace("CALL", call)
    new = indexed(tmp_path, original)
    assert new is not None
    assert shape in new and "_indexed(text, key, " in new
    rng = random.Random(5)
    keys = repr(["a", "b", " a", "A", "", "é", "a=b", "x"])
    calls = [f"run({texts(rng, separator, pair)!r}, {keys})", "run(['a=1', 5, None], ['a'])",
             "run(['a=1'], ['a', 3, None])", "run(['a=1', 'A=2;a=3', 'a:1\\na:2', 'a=1,a'], ['a', Shout('a')])"]
    for text in calls:
        assert evaluated(new, text) == evaluated(original, text), text


def test_a_text_shout_key_goes_to_the_helper(tmp_path: Path) -> None:
    original = LAST + RUN.replace("CALL", "tag_value(text, key)")
    new = indexed(tmp_path, original)
    assert new is not None
    assert evaluated(new, "run(['A=1;a=2'], [Shout('a')])") == [["1"]] == evaluated(
        original, "run(['A=1;a=2'], [Shout('a')])")


@pytest.mark.parametrize("helper", [
    LAST.replace("        if sep and", "        if int(value) and"),  # a guard that may raise
    LAST.replace("found = value.strip()", "found = value.strip().split()[0]"),  # a value that may raise
    LAST.replace("found = value.strip()", "found = value.strip()\n            break"),
    LAST.replace('tags.split(";")', 'tags.split("")'),
    LAST.replace('item.partition("=")', 'item.partition(sep)'),
    LAST.replace("name.strip() == key", "name.strip() != key"),
    LAST.replace("name.strip() == key", "key in name"),
    LAST.replace("    return found", "    return found or key"),
    LAST.replace("    found = None", "    found = []"),
    FIRST.replace('name, colon, rest = line.partition(":")', 'name, rest = line.split(":", 1)\n        colon = rest'),
    SPLIT.replace("name == key", "name == key.strip()"),
    LAST.replace("def tag_value(tags: str, key: str)", "def tag_value(tags: str, key: str, sep: str = ';')"),
])
def test_left_alone(tmp_path: Path, helper: str) -> None:
    name = helper.split("def ", 1)[1].split("(", 1)[0]
    compile(helper, "<helper>", "exec")
    assert indexed(tmp_path, LAST + RUN.replace("CALL", "tag_value(text, key)")) is not None
    assert indexed(tmp_path, helper + RUN.replace("CALL", f"{name}(text, key)")) is None, helper


def test_a_single_call_outside_any_loop_is_left_alone(tmp_path: Path) -> None:
    source = LAST + "\n\ndef run(text):\n    return tag_value(text, 'a')\n"
    assert indexed(tmp_path, source) is None
