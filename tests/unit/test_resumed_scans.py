"""The backward-scan-resumed recipe: a helper scanning back from a position for the latest item passing
a test, called with growing positions, scans back only to the position asked last; the rewritten module
answers like the original (results and exceptions), and the shapes it must leave alone are left alone."""

from __future__ import annotations

import random
import textwrap
from pathlib import Path

import pytest

from tests.unit.recipe_outcomes import evaluated
from wattlens.analysis.target import extract_target
from wattlens.optimize.recipes import recipe_candidates
from wattlens.verify.patching import apply_patches, parse_diff

MODULE = '''
UNITS = (20.0, 21.0)


def modal(codes: list[tuple[float, ...]], index: int, group: tuple[float, ...]) -> float | None:
    """The last code of `group` up to `index`."""
    for j in range(index, -1, -1):
        for code in reversed(codes[j]):
            if code in group:
                return code
    return None


def last_word(words: list[dict], index: int, letter: str) -> int | str:
    for j in range(index, -1, -1):
        if letter in words[j]:
            return words[j][letter]
    return letter.lower()


def run(codes, words, picks):
    out = []
    for index in picks:
        out.append((modal(codes, index, UNITS), last_word(words, index, "F"), last_word(words, index, "T")))
    return out
'''


def resumed(tmp_path: Path, source: str) -> str | None:
    """The module rewritten by the recipe alone, or None."""
    (tmp_path / "mod.py").write_text(textwrap.dedent(source))
    target = extract_target(tmp_path, Path("mod.py"), "run")
    found = [c for c in recipe_candidates(target) if c.id.startswith("recipe-backward-scan-resumed-")]
    if not found:
        return None
    apply_patches(parse_diff(found[0].diff), tmp_path)
    return (tmp_path / "mod.py").read_text()


def test_scans_resumed_from_the_last_position_answer_alike(tmp_path: Path) -> None:
    new = resumed(tmp_path, MODULE)
    assert new is not None
    assert "_modal_resumed(modal_kept, codes, index, UNITS)" in new
    assert '_last_word_resumed(last_word_kept, words, index, "T")' in new
    for seed in range(60):
        _same_answers(new, seed)


def _same_answers(new: str, seed: int) -> None:
    rng = random.Random(seed)
    size = rng.randrange(0, 30)
    codes = [tuple(rng.choice([1.0, 20.0, 21.0, 90.0, 20]) for _ in range(rng.randrange(3))) for _ in range(size)]
    words = [{letter: rng.randrange(9) for letter in rng.sample("FTXS", rng.randrange(3))} for _ in range(size)]
    picks: list[object] = sorted(rng.randrange(-2, size + 1) for _ in range(rng.randrange(0, 25)))
    if seed % 4 == 1:
        rng.shuffle(picks)  # positions that go down are scanned in full
    if seed % 8 == 3:
        picks.insert(rng.randrange(len(picks) + 1), rng.choice([True, 2.0, None]))  # not an exact int
    call = f"run({codes!r}, {words!r}, {picks!r})"
    assert evaluated(new, call) == evaluated(textwrap.dedent(MODULE), call), call


@pytest.mark.parametrize(("change", "why"), [
    (("        if letter in words[j]:\n", "        if letter in words[j] and j < index:\n"),
     "the body reads the position"),
    (("            return words[j][letter]\n", "            return words[j][letter]\n        if j == 3:\n"
      "            break\n"), "the scan may stop early"),
    (("    return letter.lower()\n", "    return index\n"), "the last answer reads the position"),
    (("    for index in picks:\n", "    for index in picks:\n        words = words[:]\n"), "the sequence rebound"),
    (("    for index in picks:\n", "    for index in picks:\n        words.append({})\n"), "the sequence changed"),
    (('last_word(words, index, "T")', "last_word(words, index, picks[0])"), "an argument that is no constant"),
    (("def last_word(words: list[dict], index: int, letter: str)",
      "def last_word(words: list[dict], index: int, letter: str = 'F')"), "a default"),
])
def test_left_alone(tmp_path: Path, change: tuple[str, str], why: str) -> None:
    assert change[0] in MODULE, why
    source = MODULE.replace(*change)
    new = resumed(tmp_path, source)
    assert new is None or "_last_word_resumed" not in new, why
