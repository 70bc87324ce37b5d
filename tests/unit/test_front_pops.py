"""The front-pops-reversed recipe: a list the function makes and takes items off the front of, itself or in
module helpers it hands the list to, is made reversed and read from its end by copies of those helpers; the
rewritten module answers like the original (results, exceptions with their messages) on balanced,
unbalanced, empty and nested inputs, and the shapes it must leave alone are left alone."""

from __future__ import annotations

import random
import textwrap
from pathlib import Path

import pytest

from wattlens.analysis.target import extract_target
from wattlens.optimize.recipes import recipe_candidates
from wattlens.verify.patching import apply_patches, parse_diff

READER = '''
from typing import Any


def tokenize(text: str) -> list[str]:
    """Parentheses and words."""
    tokens: list[str] = []
    for word in text.replace("(", " ( ").replace(")", " ) ").split():
        tokens.append(word)
    return tokens


def _read(tokens: list[str]) -> Any:
    """One expression off the front."""
    token = tokens.pop(0)
    if token == "(":
        items = []
        while tokens and tokens[0] != ")":
            items.append(_read(tokens))
        if not tokens:
            raise ValueError("missing ')'")
        tokens.pop(0)
        return items
    if token == ")":
        raise ValueError("unexpected ')'")
    return token


def run(text: str) -> list[Any]:
    tokens = tokenize(text)
    out = []
    while tokens:
        out.append(_read(tokens))
    return out
'''

# A helper handing the list on at another position, a read past the front, and pops in the function itself.
PAIRS = '''
def _expect(where, words, wanted):
    if words[0] != wanted:
        raise ValueError(f"{where}: expected {wanted!r}, got {words[0]!r}")
    return words.pop(0)


def _pair(words):
    key = words.pop(0)
    if len(words) > 1 and words[1] == ";":
        _expect("pair", words, "=")
        return key, words.pop(0)
    return key, None


def run(text):
    words = text.split()
    found = []
    while words:
        if words[0] == ";":
            words.pop(0)
            continue
        found.append(_pair(words))
    return found, len(words)
'''


def rewritten(tmp_path: Path, source: str) -> str | None:
    """The module rewritten by the recipe alone, or None."""
    (tmp_path / "mod.py").write_text(textwrap.dedent(source))
    target = extract_target(tmp_path, Path("mod.py"), "run")
    found = [c for c in recipe_candidates(target) if c.id.startswith("recipe-front-pops-reversed-")]
    if not found:
        return None
    apply_patches(parse_diff(found[0].diff), tmp_path)
    return (tmp_path / "mod.py").read_text()


def answer(module_source: str, call: str) -> str:
    """What `call` gives once the module has run, or the exception's type and message."""
    scope: dict[str, object] = {}
    exec(module_source, scope)
    try:
        return repr(eval(call, scope))
    except Exception as error:  # the exception is the outcome
        return f"{type(error).__name__}: {error}"


def texts(rng: random.Random, words: list[str]) -> list[str]:
    made = ["", " ", "\n", "()", "(", ")", "(a", "a)", "((a) b", "a b c", "(a (b c) (d (e)))"]
    made += [" ".join(rng.choice(words) for _ in range(rng.randrange(12))) for _ in range(300)]
    return made


@pytest.mark.parametrize(("source", "words", "shape"), [
    (READER, ["(", ")", "(", ")", "a", "bb", "é"], "def _read_reversed(tokens: list[str]) -> Any:"),
    (PAIRS, [";", "=", "k", "v", "k"], "def _expect_reversed(where, words, wanted):"),
])
def test_items_taken_off_the_end_of_the_reversed_list_answer_alike(
        tmp_path: Path, source: str, words: list[str], shape: str) -> None:
    original = textwrap.dedent(source)
    new = rewritten(tmp_path, original)
    assert new is not None
    assert shape in new and "[::-1]" in new and ".pop(0)" not in new.split("def run")[1]
    for text in texts(random.Random(11), words):
        assert answer(new, f"run({text!r})") == answer(original, f"run({text!r})"), text


def test_a_list_from_a_split_is_reversed_and_the_made_list_from_a_helper_copied(tmp_path: Path) -> None:
    new = rewritten(tmp_path, READER)
    assert new is not None
    assert "tokens = tokenize(text)[::-1]" in new
    assert "while tokens and tokens[-1] != \")\":" in new
    new_pairs = rewritten(tmp_path, PAIRS)
    assert new_pairs is not None and "words = text.split()[::-1]" in new_pairs
    assert "words[-2] == \";\"" in new_pairs


@pytest.mark.parametrize("source", [
    READER.replace("    return out", "    tokens.append(')')\n    return out"),  # grown at its end
    READER.replace("    return out", "    return out, tokens"),  # handed back
    READER.replace("    return out", "    return out + [t for t in tokens]"),  # walked in order
    READER.replace("        tokens.pop(0)\n        return items", "        tokens.pop()\n        return items"),
    READER.replace("tokens[0] != \")\"", "tokens[-1] != \")\""),  # read from the end
    READER.replace("tokens[0] != \")\"", "tokens[len(items) - len(items)] != \")\""),  # a position computed
    READER.replace("out.append(_read(tokens))", "out.append(_read(tokens=tokens))"),  # by keyword
    READER.replace("out.append(_read(tokens))", "out.append(_read(list(tokens)))"),  # inside another argument
    READER.replace("    token = tokens.pop(0)", "    token = tokens.pop(0)\n    print(tokens)"),  # handed to a builtin
    READER.replace("    token = tokens.pop(0)", "    token = tokens.pop(0)\n    tokens = tokens[:]"),  # rebound
    READER.replace("    tokens = tokenize(text)", "    tokens = tokenize(text)\n    peek = lambda: tokens[0]"),
    READER.replace("def run(text: str)", "def run(tokens: list[str])").replace("    tokens = tokenize(text)\n", ""),
    READER.replace("    return tokens", "    KEPT.append(tokens)\n    return tokens") + "\nKEPT = []\n",
    READER.replace("    for word in", "    return text.split()\n    for word in"),  # not one made list
    READER.replace("def _read(tokens: list[str]) -> Any:", "def _read(tokens: list[str], /) -> Any:"),
    READER.replace("def _read(tokens", "@staticmethod\ndef _read(tokens"),  # decorated: not a plain function
    READER.replace("tokens.pop(0)", "tokens[0]"),  # nothing taken off the front
])
def test_left_alone(tmp_path: Path, source: str) -> None:
    compile(textwrap.dedent(source), "<source>", "exec")
    assert rewritten(tmp_path, READER) is not None
    assert rewritten(tmp_path, source) is None, source


def test_a_list_only_the_function_pops_is_left_to_queue_deque(tmp_path: Path) -> None:
    source = "def run(text):\n    words = text.split()\n    out = []\n    while words:\n" \
             "        out.append(words.pop(0))\n    return out\n"
    assert rewritten(tmp_path, source) is None
