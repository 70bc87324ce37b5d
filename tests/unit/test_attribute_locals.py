"""Recipe attribute-text-kept-local: a method building `self.text += piece` in a loop → the text built in a
local variable, written back to the attribute when the method leaves."""

from __future__ import annotations

import random
import textwrap
from pathlib import Path

import pytest

from wattlens.analysis.target import extract_target
from wattlens.optimize.recipes import recipe_candidates
from wattlens.verify.patching import apply_patches, parse_diff

MODULE = '''
class Writer:
    """Renders records; keeps the last rendering."""

    limit = 3

    def __init__(self, width):
        self.width = width
        self.text = ""
        self.count = 0

    @staticmethod
    def _pad(value, size):
        return value[:size].ljust(size)

    @property
    def margin(self):
        return self.width // 4

    def _record(self, kind, body):
        return (kind + self._pad(body, self.width - self.margin)) + "\\n"

    def render(self, rows):
        """The whole file."""
        self.count = 0
        self.text = self._record("H", "head")
        for row in rows:
            if row is None:
                continue
            self.text += self._record("T", row) if isinstance(row, str) else row
            self.count += 1
            if self.count > 20 * self.limit:
                return self.text
        self.text += self._record("Z", str(self.count))
        return self.text
'''


def rewritten(tmp_path: Path, source: str) -> str | None:
    tmp_path.mkdir(parents=True, exist_ok=True)
    (tmp_path / "mod.py").write_text(textwrap.dedent(source))
    target = extract_target(tmp_path, Path("mod.py"), "Writer.render")
    found = [c for c in recipe_candidates(target) if c.id.startswith("recipe-attribute-text-kept-local-")]
    if not found:
        return None
    apply_patches(parse_diff(found[0].diff), tmp_path)
    return (tmp_path / "mod.py").read_text()


def outcome(source: str, rows: list[object]) -> tuple[str, str]:
    """What `render` answers (or raises), and the writer's attributes afterwards."""
    scope: dict[str, object] = {}
    exec(source, scope)
    writer = scope["Writer"](12)  # type: ignore[operator]
    try:
        answer: object = writer.render(rows)
    except Exception as error:
        answer = f"raised {type(error).__name__}: {error}"
    return repr(answer), repr(vars(writer))


def test_the_text_is_built_in_a_local_and_written_back_however_the_method_leaves(tmp_path: Path) -> None:
    new = rewritten(tmp_path, MODULE)
    assert new is not None
    assert 'text2 = self._record("H", "head")\n        try:\n' in new
    assert "finally:\n            self.text = text2" in new
    assert "self.count = 0\n" in new  # a number gains nothing
    original = textwrap.dedent(MODULE)
    rng = random.Random(3)
    pieces: list[object] = ["ab", "", "é\n", None, "x" * 30]
    for size in (0, 1, 5, 40, 70):
        for spoiled in (False, True):
            rows = [rng.choice(pieces) for _ in range(size)]
            if spoiled and rows:
                rows.insert(rng.randrange(len(rows)), 7)  # `str += int` raises partway
            assert outcome(new, rows) == outcome(original, rows)
    assert outcome(new, [["not", "text"]]) == outcome(original, [["not", "text"]])


@pytest.mark.parametrize(("change", "why"), [
    (("        return (kind + self._pad", "        return (kind + self.text[:0] + self._pad"),
     "a method reached reads the text"),
    (("        return self.width // 4\n", "        return len(self.text)\n"), "a property reached reads the text"),
    (("            self.count += 1\n", "            self.count += 1\n            print(self)\n"),
     "the object is handed on"),
    (("    limit = 3\n", "    limit = property(lambda self: self.text)\n"), "a descriptor at class level"),
    (("class Writer:", "class Writer(Base):"), "a base could read the text"),
    (("        self.count = 0\n", "        self.count = 0\n        self.width = len(self.text) or self.width\n"),
     "the text is read before it is set"),
    (("            self.count += 1\n", "            self.count += 1\n            yield self.count\n"),
     "a generator pauses with the text unwritten"),
])
def test_left_alone(tmp_path: Path, change: tuple[str, str], why: str) -> None:
    assert change[0] in MODULE
    source = MODULE.replace(*change)
    if "Base" in source:
        source = "class Base:\n    pass\n" + source
    assert rewritten(tmp_path, source) is None, why
