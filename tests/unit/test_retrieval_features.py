"""What retrieval compares (code shape, structural signature, their mix) and the held-back split: no model needed."""

from __future__ import annotations

import math

from wattlens.optimize.code_features import code_shape, signature_features, signature_vector
from wattlens.optimize.examples import EXAMPLES
from wattlens.optimize.memory import learned_id
from wattlens.optimize.retrieval import hybrid_vector
from wattlens.optimize.retrieval_eval import MIN_FAMILY_SIZE, held_back_split

QUEUE = """\
def drain(tasks: list[int]) -> list[int]:
    done = []
    while tasks:
        done.append(tasks.pop(0))
    return done
"""

INVARIANT = """\
def scale(values: list[float], weights: list[float]) -> list[float]:
    return [value / sum(weights) for value in values]
"""

VARYING = """\
def lengths(words: list[str]) -> list[int]:
    return [len(word) for word in words]
"""


def _dot(a: list[float], b: list[float]) -> float:
    return math.fsum(x * y for x, y in zip(a, b, strict=True))


def test_code_shape_renames_the_authors_names_and_drops_the_docstring() -> None:
    shape = code_shape('    def f(skus):\n        """Doc."""\n        return [s for s in skus if s in KNOWN]\n')
    assert "skus" not in shape and "Doc." not in shape
    assert "KNOWN" in shape  # a global the function reads is part of the pattern


def test_signature_names_a_front_pop_inside_a_loop() -> None:
    features = signature_features(QUEUE)
    assert features["loop:method:pop(0)"] == 1
    assert features["loop-depth:1"] == 1
    assert "invariant-call" not in features  # `tasks.pop(0)` changes `tasks`


def test_signature_tells_an_invariant_call_from_a_varying_one() -> None:
    assert signature_features(INVARIANT)["loop:invariant-call"] == 1
    assert "invariant-call" not in signature_features(VARYING)


def test_signature_tells_a_scanned_parameter_from_a_dict_being_built() -> None:
    scan = signature_features("def f(a, b):\n    return [x for x in a if x in b]\n")
    built = signature_features("def f(a):\n    d = {}\n    for x in a:\n        if x in d:\n            d[x] += 1\n")
    assert "loop:cmp:In:parameter" in scan and "loop:cmp:In:local" not in scan
    assert "loop:cmp:In:local" in built and "loop:aug-target:subscript" in built


def test_signature_of_recursion_and_of_unparsable_code() -> None:
    assert signature_features("def f(n):\n    return f(n - 1)\n")["recursion"] == 1
    assert signature_features("def broken(:\n") == {}
    assert not any(signature_vector("def broken(:\n"))


def test_signature_vector_is_unit_length_and_deterministic() -> None:
    vector = signature_vector(QUEUE)
    assert math.isclose(_dot(vector, vector), 1.0)
    assert vector == signature_vector(QUEUE)
    # Indentation (a method) does not change the signature.
    assert signature_vector("    " + QUEUE.replace("\n", "\n    ")) == vector


def test_hybrid_similarity_is_the_weighted_mix_of_the_two_similarities() -> None:
    a_embedding = [1.0, 0.0, 0.0]
    b_embedding = [0.6, 0.8, 0.0]
    for weight in (0.0, 0.3, 0.5, 1.0):
        a, b = hybrid_vector(a_embedding, QUEUE, weight), hybrid_vector(b_embedding, INVARIANT, weight)
        expected = weight * 0.6 + (1 - weight) * _dot(signature_vector(QUEUE), signature_vector(INVARIANT))
        assert math.isclose(_dot(a, b), expected, abs_tol=1e-9)
        assert math.isclose(_dot(a, a), 1.0)


def test_held_back_split_takes_the_first_id_of_every_large_family() -> None:
    split = held_back_split(EXAMPLES)
    assert len(split.training) + len(split.held_back) == len(EXAMPLES)
    families = {e.family for e in EXAMPLES}
    assert {e.family for e in split.held_back} == families  # every family has at least three
    for held in split.held_back:
        same = sorted(e.id for e in EXAMPLES if e.family == held.family)
        assert held.id == same[0] and len(same) >= MIN_FAMILY_SIZE
    # Every held-back family is still in the store, so a hit is possible.
    assert {e.family for e in split.training} == families
    assert held_back_split(EXAMPLES) == split


def test_small_families_are_not_held_back() -> None:
    two = tuple(e for e in EXAMPLES if e.family == EXAMPLES[0].family)[:2]
    assert held_back_split(two).held_back == ()


def test_learned_id_depends_on_both_sources_but_not_on_indentation() -> None:
    before, after = EXAMPLES[0].before, EXAMPLES[0].after
    indented = "\n".join("    " + line if line else line for line in before.splitlines())
    assert learned_id(before, after) == learned_id(indented, after)
    assert learned_id(before, after) != learned_id(before, after + "# changed\n")
    assert learned_id(before, after).startswith("learned-")
