"""Huffman coding over arbitrary hashable tokens (words, bytes, symbols)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Hashable, Iterable, Optional, Sequence


@dataclass
class _Node:
    weight: int
    order: int
    symbol: Optional[Hashable] = None
    left: Optional["_Node"] = None
    right: Optional["_Node"] = None

    @property
    def is_leaf(self) -> bool:
        return self.left is None


def symbol_weights(tokens: Sequence[Hashable]) -> dict[Hashable, int]:
    """Occurrences of each distinct token, in order of first appearance."""
    return {symbol: tokens.count(symbol) for symbol in dict.fromkeys(tokens)}


def build_code(tokens: Iterable[Hashable]) -> dict[Hashable, str]:
    """A prefix-free Huffman code ("0"/"1" strings) for the given token stream.

    Ties between equal weights are broken by age: leaves rank in order of the
    token's first appearance and every merged node ranks after all nodes
    created before it; the lighter (or older) node of a merge takes the "0"
    branch. A stream with a single distinct token gets the code {"token": "0"};
    an empty stream gives an empty dict.
    """
    tokens = list(tokens)
    weights = symbol_weights(tokens)
    nodes = [_Node(weight, order, symbol) for order, (symbol, weight) in enumerate(weights.items())]
    if not nodes:
        return {}
    if len(nodes) == 1:
        return {nodes[0].symbol: "0"}
    next_order = len(nodes)
    while len(nodes) > 1:
        nodes.sort(key=lambda node: (node.weight, node.order))
        first = nodes.pop(0)
        second = nodes.pop(0)
        nodes.append(_Node(first.weight + second.weight, next_order, left=first, right=second))
        next_order += 1
    code: dict[Hashable, str] = {}
    stack = [(nodes[0], "")]
    while stack:
        node, prefix = stack.pop()
        if node.is_leaf:
            code[node.symbol] = prefix
        else:
            stack.append((node.right, prefix + "1"))
            stack.append((node.left, prefix + "0"))
    return code


def encode(tokens: Iterable[Hashable], code: dict[Hashable, str]) -> str:
    """The bit string for `tokens`; KeyError for a token missing from `code`."""
    return "".join(code[token] for token in tokens)


def decode(bits: str, code: dict[Hashable, str]) -> list[Hashable]:
    """Inverse of `encode`; ValueError if `bits` ends in the middle of a code word."""
    lookup = {word: symbol for symbol, word in code.items()}
    out, word = [], ""
    for bit in bits:
        word += bit
        if word in lookup:
            out.append(lookup[word])
            word = ""
    if word:
        raise ValueError("trailing bits do not form a complete code word")
    return out
