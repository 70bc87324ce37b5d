"""Recipe fold-carried: a pure helper adding up a term for every item of a list, called again after each
item the function appends → a copy keeping the sum and adding only the items appended since."""

from __future__ import annotations

import random
import textwrap
from pathlib import Path

import pytest

from wattlens.analysis.target import extract_target
from wattlens.optimize.recipes import recipe_candidates
from wattlens.verify.patching import apply_patches, parse_diff

MODULE = '''
import math

SCALE = 1000.0


def mean_kinetic(temps, energy):
    """A mean of exponentials, as the MKT is."""
    if not temps:
        raise ValueError("no readings")
    ratio = energy * SCALE / 8.314
    total = 0.0
    for temp in temps:
        total += math.exp(-ratio / (temp + 273.15))
    return ratio / -math.log(total / len(temps)) - 273.15


def profile(readings, energy=83.144):
    temps = []
    points = []
    for reading in readings:
        if reading is None:
            points.append(None)
            continue
        temps.append(reading)
        points.append(round(mean_kinetic(temps, energy), 9))
    return points, len(temps)
'''


def rewritten(tmp_path: Path, source: str, qualname: str = "profile") -> str | None:
    tmp_path.mkdir(parents=True, exist_ok=True)
    (tmp_path / "mod.py").write_text(textwrap.dedent(source))
    target = extract_target(tmp_path, Path("mod.py"), qualname)
    found = [c for c in recipe_candidates(target) if c.id.startswith("recipe-fold-carried-")]
    if not found:
        return None
    apply_patches(parse_diff(found[0].diff), tmp_path)
    return (tmp_path / "mod.py").read_text()


def run(source: str, call: str) -> object:
    scope: dict[str, object] = {}
    exec(source, scope)
    try:
        return repr(eval(call, scope))  # repr: the same floats, digit for digit
    except Exception as error:  # the same exception, by type and text
        return f"raised {type(error).__name__}: {error}"


def test_a_sum_over_a_growing_list_is_carried_on(tmp_path: Path) -> None:
    new = rewritten(tmp_path, MODULE)
    assert new is not None
    assert "def _mean_kinetic_onwards(temps, energy, state):" in new
    assert "    mean_kinetic_state = [0, 0.0, None]  # items folded, fold, list\n" in new
    assert "points.append(round(_mean_kinetic_onwards(temps, energy, mean_kinetic_state), 9))" in new
    rng = random.Random(5)
    calls = ["profile([])", "profile([None])", "profile([2.5, None, 7, 3.25])", "profile([1.0], 'x')",
             "profile([1.0, 'a', 2.0])", "profile([1.0, [2.0], 3.0])", "profile([-273.15, 1.0])",
             "profile([1.0, 2.0], None)", "profile([True, 2])"]
    for _ in range(40):
        readings = [rng.choice([None, rng.uniform(-5, 30), rng.randrange(-5, 30)]) for _ in range(rng.randrange(60))]
        calls.append(f"profile({readings!r}, {rng.choice([83.144, 60, 100.5])!r})")
    for call in calls:
        assert run(new, call) == run(textwrap.dedent(MODULE), call), call


@pytest.mark.parametrize(("old", "new"), [
    ("        temps.append(reading)\n", "        temps.append(reading)\n        temps.sort()\n"),
    ("        temps.append(reading)\n", "        temps.append(reading)\n        keep(temps)\n"),
    ("        temps.append(reading)\n", "        temps.insert(0, reading)\n"),
    ("    for reading in readings:\n", "    for reading in readings:\n        energy = energy + 1\n"),
    ("    ratio = energy * SCALE / 8.314\n", "    ratio = energy * SCALE / 8.314 / len(temps)\n"),
    ("        total += math.exp(-ratio / (temp + 273.15))\n",
     "        total += math.exp(-ratio / (temp + temps[0]))\n"),
    ("        total += math.exp(-ratio / (temp + 273.15))\n",
     "        total += math.exp(-ratio / (temp + 273.15))\n        total *= 1.0\n"),
    ("    return ratio / -math.log(total / len(temps)) - 273.15\n",
     "    return ratio / -math.log(total / len(temps)) - min(temps)\n"),
])
def test_left_alone(tmp_path: Path, old: str, new: str) -> None:
    assert old in MODULE
    changed = MODULE.replace(old, new).replace("def profile(readings,", "def keep(x):\n    return None\n\n\n"
                                               "def profile(readings,")
    assert rewritten(tmp_path, changed) is None


def test_two_calls_share_one_copy_each_with_its_own_state(tmp_path: Path) -> None:
    source = MODULE.replace("        points.append(round(mean_kinetic(temps, energy), 9))\n",
                            "        points.append(round(mean_kinetic(temps, energy), 9))\n"
                            "        points.append(round(mean_kinetic(temps, 60.0), 9))\n")
    new = rewritten(tmp_path, source)
    assert new is not None
    assert new.count("def _mean_kinetic_onwards(") == 1
    assert new.count("_mean_kinetic_onwards(temps, energy, mean_kinetic_state") == 1
    assert new.count("_mean_kinetic_onwards(temps, 60.0, mean_kinetic_state") == 1
    assert "    mean_kinetic_state = [0, 0.0, None]" in new and "    mean_kinetic_state2 = [0, 0.0, None]" in new
    for call in ["profile([2.5, None, 7, 3.25])", "profile([1.0, 'a'])", "profile([])"]:
        assert run(new, call) == run(textwrap.dedent(source), call), call
