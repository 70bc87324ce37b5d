"""The property-copy-read-once recipe: a property copying an attribute, read again and again by a
function that only looks into the copy, is read once; the rewritten module answers like the original
(results, exceptions, objects of other classes), and the shapes it must leave alone are left alone."""

from __future__ import annotations

import random
import textwrap
from pathlib import Path

import libcst as cst
import pytest

from tests.unit.recipe_outcomes import evaluated
from wattlens.optimize import callees, purity
from wattlens.optimize.property_copies import read_copies_once

MODULE = '''
class Log:
    def __init__(self, name, records):
        self.name = name
        self._records = sorted(records)

    @property
    def records(self) -> list:
        """A copy, so that a report cannot reorder the log."""
        return list(self._records)


class Shuffled(Log):
    @property
    def records(self) -> list:
        return list(reversed(self._records))


def stops(log: Log, limit: int) -> tuple:
    found = 0
    for i in range(len(log.records)):
        value = log.records[i]
        if value > limit:
            raise ValueError(f"{log.name}: {value} is over the limit")
        if i and log.records[i - 1] == value:
            found += 1
    return found, [v for v in log.records if v % 2], 3 in log.records, log.records.count(0)
'''


def rewritten(tmp_path: Path, source: str) -> str | None:
    """The module with `stops` rewritten by the recipe, or None."""
    module = cst.parse_module(textwrap.dedent(source))
    (tmp_path / "mod.py").write_text(module.code)
    trusted = callees.trusted_in(module, callees.ProjectModules(tmp_path, Path("mod.py")))
    function = next(s for s in module.body if isinstance(s, cst.FunctionDef) and s.name.value == "stops")
    with purity.trusting(trusted):
        new = read_copies_once(function)
    return None if new is None else module.deep_replace(function, new).code


def test_a_copy_read_again_and_again_is_made_once_and_answers_alike(tmp_path: Path) -> None:
    new = rewritten(tmp_path, MODULE)
    assert new is not None
    assert "log_records = log.records if type(log) is Log else None" in new
    assert "range(len(log_records if log_records is not None else log.records))" in new
    original = textwrap.dedent(MODULE)
    for seed in range(40):
        rng = random.Random(seed)
        values = [rng.randrange(6) for _ in range(rng.randrange(12))]
        kind = rng.choice(["Log", "Shuffled"])  # a subclass computes the property its own way
        call = f"stops({kind}('t', {values!r}), {rng.choice([4, 9])})"
        assert evaluated(new, call) == evaluated(original, call), call
    # an object whose attribute is missing raises where the property is read, as before
    broken = "stops(Log.__new__(Log), 3)"
    assert evaluated(new, broken) is evaluated(original, broken) is AttributeError


@pytest.mark.parametrize(("change", "why"), [
    (("        value = log.records[i]\n", "        value = log.records[i]\n        log.records.append(1)\n"),
     "the copy is changed"),
    (("        value = log.records[i]\n", "        value = log.records[i]\n        log.name = 'x'\n"),
     "the object is changed"),
    (("        value = log.records[i]\n", "        value = log.records[i]\n        keep(log.records)\n"),
     "the copy is handed on"),
    (("        return list(self._records)\n", "        return [r * 2 for r in self._records]\n"),
     "the property computes more than a copy"),
    (("    @property\n    def records(self) -> list:\n        \"\"\"A copy",
      "    def __getattr__(self, name):\n        return 0\n\n    @property\n    def records(self) -> list:\n"
      "        \"\"\"A copy"), "the class has an attribute hook"),
])
def test_left_alone(tmp_path: Path, change: tuple[str, str], why: str) -> None:
    assert change[0] in MODULE, why
    assert rewritten(tmp_path, MODULE.replace(*change)) is None, why
