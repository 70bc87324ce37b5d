"""The prefix-replay-resumed recipe: a helper replaying a list from its start up to a position, called
with growing positions, replays only the items past the state it kept; the rewritten module answers like
the original (results, exceptions, answers held while later ones are made), and the shapes it must leave
alone are left alone."""

from __future__ import annotations

import random
import textwrap
from pathlib import Path

import libcst as cst
import pytest

from tests.unit.recipe_outcomes import evaluated
from wattlens.optimize import callees, purity, replays

MODULE = '''
DEFAULT_KEY = "C"


def levels_at(cues: list[dict], index: int) -> dict[int, int]:
    """Levels once cue `index` has run, playing the list from the top."""
    state = {}
    for cue in cues[: index + 1]:
        for channel, level in cue.items():
            if level is None:
                state.pop(channel, None)
            elif not 0 <= level <= 100:
                raise ValueError(f"level {level} is outside 0-100")
            else:
                state[channel] = level
    return state


def key_before(lines: list[str], index: int, start: str) -> str:
    if index > len(lines):
        raise IndexError("past the end")
    key = start
    for j in range(index):
        line = lines[j]
        if line.startswith("{key:"):
            key = line[5:-1].strip() or key
    return key


def run(cues, lines, picks):
    out = []
    for index in picks:
        try:
            before = levels_at(cues, index - 1)
            now = levels_at(cues, index)
        except ValueError:  # a bad level: later positions are asked for all the same
            out.append("bad level")
            continue
        out.append((before, now, key_before(lines, index, DEFAULT_KEY), key_before(lines, index, "G")))
    return out
'''


def resumed(tmp_path: Path, source: str) -> str | None:
    """The module with `run` rewritten by the recipe and its copies placed above it, or None."""
    module = cst.parse_module(textwrap.dedent(source))
    (tmp_path / "mod.py").write_text(module.code)
    trusted = callees.trusted_in(module, callees.ProjectModules(tmp_path, Path("mod.py")))
    function = next(s for s in module.body if isinstance(s, cst.FunctionDef) and s.name.value == "run")
    with purity.trusting(trusted):
        new = replays.resume_replays(function)
        copies = replays.resumed_copies(function)
    if new is None:
        return None
    at = module.code.index("def run(")
    return module.code[:at] + "\n\n".join(copies) + "\n\n" + module.deep_replace(function, new).code[at:]


def test_replays_resumed_from_the_kept_state_answer_alike(tmp_path: Path) -> None:
    new = resumed(tmp_path, MODULE)
    assert new is not None
    assert "_levels_at_resumed(levels_at_kept, cues, index - 1)" in new
    assert '_key_before_resumed(key_before_kept, lines, index, "G")' in new
    for seed in range(80):
        _same_answers(new, seed)


def _same_answers(new: str, seed: int) -> None:
    rng = random.Random(seed)
    size = rng.randrange(0, 25)
    cues = [{rng.randrange(6): rng.choice([None, 0, 50, 100, 7.5, True]) for _ in range(rng.randrange(3))}
            for _ in range(size)]
    if seed % 9 == 4 and cues:
        cues[rng.randrange(size)] = {1: 140}  # raises where it is replayed, and again later
    lines = [rng.choice(["{key: D}", "la la", "{key: }", "{key:F#}", ""]) for _ in range(size)]
    picks: list[object] = sorted(rng.randrange(-3, size + 2) for _ in range(rng.randrange(0, 20)))
    if seed % 4 == 1:
        rng.shuffle(picks)  # positions that go down are replayed from the start
    if seed % 8 == 3:
        picks.insert(rng.randrange(len(picks) + 1), rng.choice([True, 2.0]))  # not an exact int
    call = f"run({cues!r}, {lines!r}, {picks!r})"
    assert evaluated(new, call) == evaluated(textwrap.dedent(MODULE), call), call


@pytest.mark.parametrize(("change", "why"), [
    (("            else:\n                state[channel] = level\n",
      "            else:\n                state[channel] = [level]\n"), "a container made by the body is stored"),
    (("                state.pop(channel, None)\n", "                state.pop(channel, None)\n"
      "                break\n"), "an inner break is the inner loop's own: still replayed"),
    (("            else:\n                state[channel] = level\n",
      "            else:\n                state[channel] = level + index\n"), "the body reads the position"),
    (("        for channel, level in cue.items():\n", "        if len(state) > 3:\n            break\n"
      "        for channel, level in cue.items():\n"), "the replay may stop early"),
    (("    for index in picks:\n", "    for index in picks:\n        cues.append({})\n"), "the list changed"),
    (("    if index > len(lines):\n", "    start = start + str(index)\n    if index > len(lines):\n"),
     "the start worked out from the position"),
    (("levels_at(cues, index - 1)", "levels_at(cues[:], index - 1)"), "a list made afresh at each call"),
    (("    state = {}\n", "    state = set()\n"), "a set, whose copy may list its items in another order"),
])
def test_left_alone(tmp_path: Path, change: tuple[str, str], why: str) -> None:
    assert change[0] in MODULE, why
    source = MODULE.replace(*change)
    new = resumed(tmp_path, source)
    helper = "_key_before_resumed" if "start" in why else "_levels_at_resumed"
    kept = new is not None and helper in new
    assert kept == why.endswith("still replayed"), why
