"""Strict equivalence tests for item_analysis (never shown to wattlens)."""

from __future__ import annotations

import math
import random

import pytest
from itemstats.analysis import ItemReport, item_analysis
from strict_support import assert_same

TARGET = "itemstats/analysis.py:item_analysis"


def _total(answers, key):
    return sum(1 for given, correct in zip(answers, key) if given == correct)


def _correlation(xs, ys):
    n = len(xs)
    mean_x = sum(xs) / n
    mean_y = sum(ys) / n
    covariance = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys))
    spread_x = math.sqrt(sum((x - mean_x) ** 2 for x in xs))
    spread_y = math.sqrt(sum((y - mean_y) ** 2 for y in ys))
    if spread_x == 0 or spread_y == 0:
        return 0.0
    return covariance / (spread_x * spread_y)


def reference(responses, key):
    if not responses:
        raise ValueError("no responses to analyse")
    for candidate, answers in responses.items():
        if len(answers) != len(key):
            raise ValueError(f"candidate {candidate} has {len(answers)} answers for {len(key)} questions")
    candidates = sorted(responses)
    group = max(1, round(len(candidates) * 0.27))
    reports = []
    for question, correct in enumerate(key):
        totals = {candidate: _total(responses[candidate], key) for candidate in candidates}
        ranked = sorted(candidates, key=lambda candidate: -totals[candidate])
        item = [1 if responses[candidate][question] == correct else 0 for candidate in candidates]
        rest = [totals[candidate] - score for candidate, score in zip(candidates, item)]
        upper = ranked[:group]
        lower = ranked[-group:]
        upper_share = sum(1 for candidate in upper if responses[candidate][question] == correct) / group
        lower_share = sum(1 for candidate in lower if responses[candidate][question] == correct) / group
        choices = {}
        for candidate in candidates:
            choice = responses[candidate][question]
            choices[choice] = choices.get(choice, 0) + 1
        reports.append(ItemReport(
            question=question + 1,
            key=correct,
            difficulty=round(sum(item) / len(item), 4),
            discrimination=round(upper_share - lower_share, 4),
            point_biserial=round(_correlation(item, rest), 4),
            choices=dict(sorted(choices.items())),
        ))
    return reports


KEY = ["A", "B", "C"]
R4 = {"s1": ["A", "B", "C"], "s2": ["A", "B", "D"], "s3": ["A", "C", "D"], "s4": ["B", "C", ""]}

CASES = [
    ({}, KEY),
    ({}, []),
    ({"a": []}, []),
    ({"a": [], "b": []}, ()),
    ({"a": ["A"]}, ["A"]),
    ({"a": ["B"]}, ["A"]),
    ({"a": [""]}, ["A"]),
    (R4, KEY),
    (R4, tuple(KEY)),
    (R4, "ABC"),
    ({k: "".join(v) if len(v) == 3 and "" not in v else v for k, v in R4.items()}, KEY),
    (R4, ["A", "B"]),
    ({"s1": ["A", "B"]}, KEY),
    ({"s1": ["A", "B", "C", "D"]}, KEY),
    ({"s1": ["A", "B", "C"], "s2": ["A"]}, KEY),
    ({"only": ["A", "C", "C"]}, KEY),
    ({"a": ["A", "B"], "b": ["A", "C"], "c": ["A", "B"]}, ["A", "B"]),
    ({"a": ["A", "A"], "b": ["A", "A"]}, ["A", "A"]),
    ({"a": ["B", "B"], "b": ["C", "C"]}, ["A", "A"]),
    ({"z": ["A", "B"], "y": ["A", "B"], "x": ["B", "A"], "w": ["B", "A"]}, ["A", "B"]),
    ({"b": ["A", "A", "A"], "a": ["A", "A", "A"], "c": ["B", "B", "B"], "d": ["B", "B", "B"]}, ["A", "A", "A"]),
    ({3: ["A"], 1: ["B"], 2: ["A"]}, ["A"]),
    ({3: ["A"], "1": ["B"]}, ["A"]),
    ({(1, "x"): ["A", "B"], (0, "y"): ["B", "B"]}, ["A", "B"]),
    ({"é": ["α", "β"], "e": ["α", "γ"], "ß": ["δ", "β"]}, ["α", "β"]),
    ({"s1": ["a", "B"], "s2": ["A", "b"]}, ["A", "B"]),
    ({"s1": ["A", None], "s2": ["A", "B"]}, ["A", "B"]),
    ({"s1": ["A", 1], "s2": ["A", 1]}, ["A", 1]),
    ({"s1": [1, 2], "s2": [1, 3], "s3": [2, 2]}, [1, 2]),
    ({"s1": ["A", ""], "s2": ["", ""], "s3": ["", "B"]}, ["A", "B"]),
    ({"s1": ["A "], "s2": ["A"]}, ["A"]),
    ({"s1": ("A", "B"), "s2": ("A", "C")}, ("A", "B")),
    ({"s1": ["A", "B"], "s2": ("A", "C")}, ["A", "B"]),
    ({f"s{i}": ["A"] * 5 for i in range(7)}, ["A"] * 5),
]


def _random():
    rng = random.Random(31)
    for _ in range(150):
        options = rng.choice(["AB", "ABCD", "ABCDE", "xyz"])
        questions = rng.randint(0, 9)
        key = [rng.choice(options) for _ in range(questions)]
        candidates = rng.randint(1, 40)
        skill = {}
        responses = {}
        for _ in range(candidates):
            name = rng.choice([f"c{rng.randint(0, 60):02d}", f"C{rng.randint(0, 9)}", f"cand-{rng.randint(0, 999)}"])
            skill = rng.random()
            responses[name] = [k if rng.random() < skill else rng.choice(options + "?" + ("" if rng.random() < 0.5 else options)) for k in key]
            if rng.random() < 0.1:
                responses[name] = [rng.choice(["", k]) for k in key]
        if rng.random() < 0.2:
            key = "".join(key)
        if rng.random() < 0.03 and responses:
            responses[rng.choice(list(responses))].append("A")
        yield responses, key


@pytest.mark.parametrize("case", CASES + list(_random()))
def test_same_as_reference(case) -> None:
    assert_same(item_analysis, reference, *case)


def test_large_paper() -> None:
    rng = random.Random(77)
    key = [rng.choice("ABCDE") for _ in range(40)]
    responses = {}
    for number in range(300):
        ability = rng.random()
        responses[f"X{number:04d}"] = [k if rng.random() < ability else rng.choice("ABCDE") for k in key]
    assert_same(item_analysis, reference, responses, key)


def test_result_types() -> None:
    reports = item_analysis(R4, KEY)
    assert type(reports) is list and all(type(r) is ItemReport for r in reports)
    assert all(type(r.choices) is dict for r in reports)


def test_responses_not_modified() -> None:
    responses = {k: list(v) for k, v in R4.items()}
    item_analysis(responses, KEY)
    assert responses == R4
