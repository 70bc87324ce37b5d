"""An inner loop over a range working out the same per-step values for every item of the outer loop
→ those values kept by step."""

from __future__ import annotations

import pytest

from wattlens.optimize.steps import keep_step_values

from .recipe_outcomes import outcome, rewrite

PLAN = """
def f(targets, start, step, limit):
    plan = {}
    for target in targets:
        best = None
        for index in range(8):
            moment = start + index * step
            level, phase = divmod(moment * 7, 5)
            dark = abs(level - 3) <= limit
            height = target - abs(moment - 4)
            if dark and (best is None or height > best):
                best = height
        plan[target] = best
    return plan
"""


@pytest.mark.parametrize("args", [
    ([1, 5, 2, 9], 0, 1, 2),
    ([3, 3], 0.5, 0.25, 1.5),
    ([], 0, 1, 2),
    ([1, 2], 0, "x", 2),  # raises at the same step
    ([4], 1, 0, 0),  # a step of 0: the same moment at every step
])
def test_the_head_of_the_inner_loop_is_worked_out_once_per_step(args: tuple[object, ...]) -> None:
    new = rewrite(keep_step_values, PLAN)
    assert new is not None
    assert "    step_values = {}\n    for target in targets:" in new
    assert "            if index in step_values:\n" \
           "                moment, level, phase, dark = step_values[index]" in new
    assert "                step_values[index] = (moment, level, phase, dark)\n            height = " in new
    assert outcome(new, *args) == outcome(PLAN, *args)


@pytest.mark.parametrize(
    ("change", "why"),
    [
        (("moment = start + index * step", "moment = start + index * step + target"), "reads the outer item"),
        (("        for index in range(8):", "        for index in [0, 1, 2]:"), "not a range's counter"),
        (("level, phase = divmod(moment * 7, 5)", "level, phase = divmod(moment * 7, 5); log(moment)"),
         "not a plain assignment"),
        (("            height = target", "            log(target)\n            height = target"),
         "a call that could change what the head reads"),
        (("moment = start + index * step\n            level, phase = divmod(moment * 7, 5)\n"
          "            dark = abs(level - 3) <= limit",
          "moment = start + index * step\n            dark = moment <= limit"), "nothing worth keeping"),
        (("moment = start + index * step", "moment = [start + index * step]"), "a container made here"),
    ],
)
def test_left_alone(change: tuple[str, str], why: str) -> None:
    old, new = change
    assert old in PLAN
    source = PLAN.replace(old, new)
    if why == "a container made here":
        source = source.replace("level, phase = divmod(moment * 7, 5)", "level, phase = divmod(moment[0] * 7, 5)")
        source = source.replace("abs(moment - 4)", "abs(moment[0] - 4)")
    assert rewrite(keep_step_values, source) is None, why
