"""Small pure helpers written out where the function's loops call them, offered only where another
recipe then finds the slow part there."""

from __future__ import annotations

import random
import textwrap
from pathlib import Path

import pytest

from wattlens.analysis.target import extract_target
from wattlens.optimize.recipes import recipe_candidates

AUDIT = '''
import re

PLACEHOLDER = re.compile(r"\\{\\{(\\w+)\\}\\}")


def line_and_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of `offset`."""
    before = text[:offset]
    line = before.count("\\n") + 1
    column = offset - (before.rfind("\\n") + 1) + 1
    return line, column


def audit(text: str, known: set[str]) -> list[tuple[int, int, str]]:
    problems = []
    for match in PLACEHOLDER.finditer(text):
        line, column = line_and_column(text, match.start())
        if match.group(1) not in known:
            problems.append((line, column, match.group(1)))
    return problems
'''


def written_out(tmp_path: Path, source: str) -> str | None:
    (tmp_path / "mod.py").write_text(textwrap.dedent(source))
    target = extract_target(tmp_path, Path("mod.py"), "audit")
    found = [c for c in recipe_candidates(target) if c.id.startswith("recipe-written-out-helpers-")]
    return found[0].new_source if found else None


def run(module: str, text: str) -> object:
    scope: dict[str, object] = {}
    exec(module, scope)
    try:
        return scope["audit"](text, {"name"})  # type: ignore[operator]
    except Exception as error:  # the exception is the outcome
        return type(error).__name__


@pytest.mark.parametrize("seed", range(4))
def test_a_helper_slicing_the_text_is_written_out_and_its_prefix_counted_on(tmp_path: Path, seed: int) -> None:
    new = written_out(tmp_path, AUDIT)
    assert new is not None
    assert "offset = match.start()" in new  # the argument worked out once, before the body
    assert "line_and_column(" not in new and "text_count_before(" in new
    assert "line, column = line2, column2" in new  # the helper's names get names of their own
    module = textwrap.dedent(AUDIT).split("def audit")[0] + textwrap.dedent(new)
    rng = random.Random(seed)
    text = "".join(rng.choice(["{{name}}", "{{x}}", "\n", "ab", "é\n"]) for _ in range(seed * 30))
    assert run(module, text) == run(textwrap.dedent(AUDIT), text)


@pytest.mark.parametrize(("change", "why"), [
    (("    before = text[:offset]\n", "    before = text[:offset]\n    if not before:\n        return 0, 0\n"),
     "a helper that may return early"),
    (("def line_and_column(text: str, offset: int)", "def line_and_column(text: str, offset: int = 0)"),
     "a parameter with a default"),
    (("line_and_column(text, match.start())", "line_and_column(text, offset=match.start())"),
     "a keyword argument"),
    (("    line = before.count", "    line = 0 * 0 + before.count"),
     "written out, no recipe finds more"),
])
def test_left_alone(tmp_path: Path, change: tuple[str, str], why: str) -> None:
    assert change[0] in AUDIT
    source = AUDIT.replace(*change)
    if why == "written out, no recipe finds more":
        source = source.replace("before.count(\"\\n\")", "len(before)").replace("before.rfind(\"\\n\")", "0")
    assert written_out(tmp_path, source) is None, why
