"""The rewrite examples that prime the model: each must preserve behaviour, and say how much it gains."""

from __future__ import annotations

import copy
import inspect
import random
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest

from wattlens.optimize.examples import EXAMPLES, Example, examples_fingerprint


def _function(source: str) -> Callable[..., Any]:
    namespace: dict[str, Any] = {}
    exec(compile(source, "<example>", "exec"), namespace)
    defined = [
        value for value in namespace.values() if inspect.isfunction(value) and value.__code__.co_filename == "<example>"
    ]
    assert len(defined) == 1, f"expected one function, got {[f.__name__ for f in defined]}"
    return defined[0]


def _outcome(function: Callable[..., Any], args: tuple[Any, ...]) -> tuple[str, Any, Any]:
    """Result (or exception type) and the arguments afterwards, to catch mutation."""
    try:
        result = function(*args)
    except Exception as err:  # the example must raise the same way before and after
        return ("raised", type(err).__name__, args)
    return ("returned", result, args)


def test_there_are_enough_examples_in_enough_families_with_distinct_ids() -> None:
    assert len(EXAMPLES) >= 40
    families = Counter(e.family for e in EXAMPLES)
    assert len(families) >= 12
    # Every family can lose one example to the held-back retrieval split and still be found.
    assert min(families.values()) >= 3, families
    ids = [e.id for e in EXAMPLES]
    assert len(set(ids)) == len(ids)
    assert all(e.origin == "builtin" for e in EXAMPLES)


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.id)
def test_before_and_after_agree_on_every_call(example: Example) -> None:
    assert len(example.calls) >= 2, "every example needs calls to check it on, edge cases included"
    before, after = _function(example.before), _function(example.after)
    assert before.__name__ == after.__name__
    for call in example.calls:
        args = eval(call)
        assert isinstance(args, tuple), f"{call!r} must be a tuple of arguments"
        expected = _outcome(before, copy.deepcopy(args))
        actual = _outcome(after, copy.deepcopy(args))
        assert actual == expected, f"{example.id} differs on {call}"
        # Types too: a dict must stay a dict, not become a Counter or a defaultdict.
        assert type(actual[1]) is type(expected[1]), f"{example.id} changes the result type"


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.id)
def test_benchmark_input_is_a_valid_call_on_which_both_agree(example: Example) -> None:
    args = eval(example.bench_call, {"rng": random.Random(0)})
    assert isinstance(args, tuple), f"{example.bench_call!r} must build a tuple of arguments"
    before, after = _function(example.before), _function(example.after)
    assert before(*copy.deepcopy(args)) == after(*copy.deepcopy(args))


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.id)
def test_every_example_has_a_measured_positive_speedup(example: Example) -> None:
    # The figure comes from benchmarks/example_speedups.py --record; no timing here.
    assert example.speedup is not None and example.speedup > 0


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.id)
def test_examples_are_short_enough_to_prime_a_small_model(example: Example) -> None:
    assert example.before != example.after
    assert len(example.before.splitlines()) <= 20
    assert example.explanation.strip() and example.family.strip()


def test_fingerprint_changes_with_content() -> None:
    changed = (EXAMPLES[0].model_copy(update={"after": EXAMPLES[0].after + "\n"}), *EXAMPLES[1:])
    assert examples_fingerprint(changed) != examples_fingerprint(EXAMPLES)
    assert examples_fingerprint(EXAMPLES) == examples_fingerprint(EXAMPLES)
