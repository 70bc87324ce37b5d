"""Recipe constant-table-lookups: a module's constant list searched with `in` or `.index()` in its functions
→ a set and a dict of first positions made once beside it."""

from __future__ import annotations

import random
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from wattlens.analysis.target import extract_target
from wattlens.optimize.recipes import recipe_candidates
from wattlens.verify.patching import apply_patches, parse_diff

TABLE = '''
ALPHABET = list("abcdeé\\n xyz" "a")  # "a" twice: `.index` answers the first
DIGITS = (3, 1, 4, 1, 5)


def code_of(char):
    if char in ALPHABET:
        return ALPHABET.index(char)
    if char not in DIGITS:
        return -1
    return 100 + DIGITS.index(char)


def strict_code(char):
    return ALPHABET.index(char)
'''

MAIN = '''
from pkg.table import code_of, strict_code


def encode(text, strict=False):
    return [strict_code(char) if strict else code_of(char) for char in text]
'''


def project(tmp_path: Path, table: str = TABLE, main: str = MAIN, extra: str = "") -> Path:
    (tmp_path / "pkg").mkdir(parents=True)
    (tmp_path / "pkg" / "__init__.py").write_text("")
    (tmp_path / "pkg" / "table.py").write_text(textwrap.dedent(table))
    (tmp_path / "pkg" / "main.py").write_text(textwrap.dedent(main))
    if extra:
        (tmp_path / "pkg" / "other.py").write_text(textwrap.dedent(extra))
    return tmp_path


def rewritten(root: Path) -> str | None:
    target = extract_target(root, Path("pkg/main.py"), "encode")
    found = [c for c in recipe_candidates(target) if c.id.startswith("recipe-constant-table-lookups-")]
    if not found:
        return None
    assert len(found) == 1 and found[0].diff.startswith("diff --git a/pkg/table.py b/pkg/table.py")
    apply_patches(parse_diff(found[0].diff), root)
    return (root / "pkg" / "table.py").read_text()


PROBES = '''
import sys
from pkg.main import encode

class Text(str):
    def __eq__(self, other):
        return True
    __hash__ = str.__hash__

for text, strict in [("", False), ("abcz", False), ("é\\n q", False), (["a", 1, 3, 4.0, True, None, Text("q")], False),
                     ([1.0, 5, 7], False), ("ab", True), ("a?", True), ([Text("q")], True), ([None], True)]:
    try:
        print(encode(text, strict))
    except Exception as error:
        print(type(error).__name__, error)
'''


def outcomes(root: Path, seed: int) -> str:
    rng = random.Random(seed)
    text = "".join(rng.choice("abcdeéxyz \\n?!") for _ in range(200))
    script = PROBES + f"print(encode({text!r}))\n"
    return subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True, text=True,
                          check=True).stdout


def test_constant_lists_are_asked_through_a_set_and_first_positions(tmp_path: Path) -> None:
    original = outcomes(project(tmp_path / "a"), 1)
    root = project(tmp_path / "b")
    new = rewritten(root)
    assert new is not None
    assert "if _in_alphabet(char):\n        return _alphabet_index(char)" in new
    assert "if not _in_digits(char):\n        return -1\n    return 100 + _digits_index(char)" in new
    assert "return _alphabet_index(char)" in new
    assert outcomes(root, 1) == original


@pytest.mark.parametrize(("table", "extra", "why"), [
    (TABLE, "from pkg.table import ALPHABET\nALPHABET.append('q')\n", "another module changes it"),
    (TABLE, "from pkg import table\ntable.ALPHABET = []\n", "another module rebinds it"),
    (TABLE, "from pkg.table import ALPHABET\nprint(id(ALPHABET))\nkeep = [ALPHABET]\n", "it is held elsewhere"),
    (TABLE.replace("DIGITS = (3, 1, 4, 1, 5)", "DIGITS = (3, 1, 4, 1, 5)\nALPHABET = ALPHABET[:3]"), "",
     "bound twice"),
    (TABLE.replace('list("abcdeé\\n xyz" "a")', '["a", 1, "b"]'), "", "mixed types"),
    (TABLE.replace("ALPHABET", "alphabet").replace("DIGITS", "digits"), "", "not a constant's name"),
])
def test_left_alone(tmp_path: Path, table: str, extra: str, why: str) -> None:
    new = rewritten(project(tmp_path, table, MAIN, extra))
    assert new is None or "_ALPHABET_MEMBERS" not in new, why
