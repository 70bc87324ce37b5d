"""Strict equivalence tests for build_code (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from entropy.huffman import build_code, decode, encode
from strict_support import assert_same

TARGET = "entropy/huffman.py:build_code"


def reference(tokens):
    tokens = list(tokens)
    weights = {s: tokens.count(s) for s in dict.fromkeys(tokens)}
    # node: [weight, order, symbol, left, right]
    nodes = [[w, i, s, None, None] for i, (s, w) in enumerate(weights.items())]
    if not nodes:
        return {}
    if len(nodes) == 1:
        return {nodes[0][2]: "0"}
    order = len(nodes)
    while len(nodes) > 1:
        nodes.sort(key=lambda n: (n[0], n[1]))
        a = nodes.pop(0)
        b = nodes.pop(0)
        nodes.append([a[0] + b[0], order, None, a, b])
        order += 1
    code = {}
    stack = [(nodes[0], "")]
    while stack:
        node, prefix = stack.pop()
        if node[3] is None:
            code[node[2]] = prefix
        else:
            stack.append((node[4], prefix + "1"))
            stack.append((node[3], prefix + "0"))
    return code


CASES = [
    [],
    ["a"],
    ["a", "a", "a"],
    ["a", "b"],
    ["b", "a"],
    ["a", "b", "c"],
    ["a", "b", "c", "d"],
    list("aaaaaaaabbbccd"),
    list("dccbbbaaaaaaaa"),
    list("abcdefgh"),
    list("abababababcdcdcd"),
    list("mississippi river"),
    "the quick brown fox jumps over the lazy dog".split(),
    "",
    "abracadabra",
    "ééèêë\u0301😀😀日本",
    b"\x00\x00\x01\xff",
    [1, 2, 2, 3, 3, 3],
    [1, True, 1.0, 2, 0, False],
    [("a", 1), ("a", 1), ("b", 2)],
    [None, None, "None"],
    ["", "", " ", "\n"],
    ["x"] * 50 + ["y"] * 25 + ["z"] * 13 + ["w"] * 12,
    ["t1", "t2", "t3", "t4", "t5", "t6", "t7", "t8"] * 3 + ["t9"],
    [f"f{i}" for i in range(12) for _ in range(2 ** (i % 6))],
    [f"fib{i}" for i, n in enumerate([1, 1, 2, 3, 5, 8, 13, 21, 34, 55]) for _ in range(n)],
]


@pytest.mark.parametrize("tokens", CASES)
def test_same_as_reference(tokens) -> None:
    assert_same(build_code, reference, tokens)


@pytest.mark.parametrize("tokens", CASES)
def test_same_as_reference_tuple_input(tokens) -> None:
    assert_same(build_code, reference, tuple(tokens))


def test_generator_input() -> None:
    tokens = list("she sells sea shells")
    assert build_code(t for t in tokens) == reference(tokens)
    assert build_code(iter(tokens)) == reference(tokens)


def test_unhashable_token() -> None:
    assert_same(build_code, reference, [["a"], ["a"]])
    with pytest.raises(TypeError):
        build_code([["a"], ["b"]])


def test_code_keys_are_first_seen_objects() -> None:
    code = build_code([1, True, 2])
    assert list(code) == [1, 2] or set(code) == {1, 2}
    assert type(next(k for k in code if k == 1)) is int


def _random_streams():
    rng = random.Random(1618)
    for _ in range(120):
        k = rng.randint(1, 40)
        vocab = [rng.choice([f"s{i}", i, (i,), f"é{i}"]) for i in range(k)]
        weights = [rng.choice([1, 1, 2, 3, 5, 10, 100]) for _ in vocab]
        yield rng.choices(vocab, weights=weights, k=rng.randint(0, 300))


@pytest.mark.parametrize("tokens", list(_random_streams()))
def test_random_streams(tokens) -> None:
    assert_same(build_code, reference, tokens)


def test_round_trip_large() -> None:
    rng = random.Random(5)
    vocab = [f"w{i}" for i in range(700)]
    tokens = rng.choices(vocab, weights=[1 / (i + 1) for i in range(700)], k=12_000)
    code = build_code(tokens)
    assert code == reference(tokens)
    assert decode(encode(tokens, code), code) == tokens


def test_many_equal_weights() -> None:
    tokens = [f"u{i}" for i in range(500)]
    random.Random(3).shuffle(tokens)
    assert_same(build_code, reference, tokens)
    assert_same(build_code, reference, tokens * 2 + tokens[:250])
