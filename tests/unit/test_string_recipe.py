"""The join-strings recipe: the shapes it rewrites, that the rewrite returns what the
concatenating loop returned (empty loops, breaks, bytes and a piece that is not a string
included), and where it must stay away."""

from __future__ import annotations

import copy
import textwrap

import libcst as cst

from wattlens.optimize.strings import join_strings


def rewrite(source: str) -> str | None:
    module = cst.parse_module(textwrap.dedent(source))
    function = module.body[0]
    assert isinstance(function, cst.FunctionDef)
    rewritten = join_strings(function)
    return None if rewritten is None else cst.Module([]).code_for_node(rewritten)


def outcome(source: str, *args: object) -> object:
    scope: dict[str, object] = {}
    exec(textwrap.dedent(source), scope)
    function = scope["build"]
    assert callable(function)
    try:
        return function(*args)
    except Exception as error:  # the exception's type is the outcome
        return type(error)


def same_behaviour(original: str, rewritten: str, cases: list[tuple[object, ...]]) -> None:
    for case in cases:
        expected = outcome(original, *copy.deepcopy(case))
        assert repr(outcome(rewritten, *copy.deepcopy(case))) == repr(expected), case


WORDS: list[tuple[object, ...]] = [
    ([],),
    (["a"],),
    (["alpha", "", "beta", "gamma"],),
    ([f"w{i}" for i in range(200)],),
    (["a", 3, "b"],),  # not a string: TypeError either way
    (["a", None],),
]


def test_augmented_concatenation_becomes_append_and_join() -> None:
    original = """
    def build(words):
        out = ""
        for word in words:
            out += word
        return out.upper()
    """
    new = rewrite(original)
    assert new is not None
    assert 'out_parts = []' in new and '    for word in words:\n        out_add(word, True)\n' in new
    assert 'out = "".join(out_parts) if out_built is None else out_built[0]\n    return out.upper()' in new
    same_behaviour(original, new, WORDS)


def test_chained_concatenation_appends_each_piece_in_order() -> None:
    original = """
    def build(words):
        text = ""
        for i, word in enumerate(words):
            text = text + word + ":" + str(i) + ","
        return text
    """
    new = rewrite(original)
    assert new is not None
    assert ('text_add(word, False); text_add(":", False); text_add(str(i), False); '
            'text_add(",", False)') in new
    same_behaviour(original, new, WORDS)


def test_nested_loop_break_and_conditional_one_liners() -> None:
    original = """
    def build(rows, limit=5):
        out = ""
        for n, row in enumerate(rows):
            if n >= limit:
                break
            for cell in row:
                if cell: out += cell; out += "|"
            out = out + "\\n"
        return out
    """
    new = rewrite(original)
    assert new is not None
    assert 'if cell: out_add(cell, True); out_add("|", True)' in new
    rows: list[tuple[object, ...]] = [
        ([],), ([[]],), ([["a", "", "b"], ["c"]],), ([["x"]] * 9,), ([["x"]] * 9, 0), ([["a", 1]],),
    ]
    same_behaviour(original, new, rows)


def test_while_loop() -> None:
    original = """
    def build(n):
        digits = ''
        while n > 0:
            n, d = divmod(n, 10)
            digits += "0123456789"[d]
        return digits[::-1]
    """
    new = rewrite(original)
    assert new is not None
    assert "digits_parts = []" in new and 'digits_add("0123456789"[d], True)' in new
    assert 'digits = "".join(digits_parts) if digits_built is None else digits_built[0]' in new
    same_behaviour(original, new, [(0,), (7,), (1234567890,), (10**50,)])


def test_non_empty_start_is_the_first_item() -> None:
    original = """
    def build(words):
        # a comment about the loop
        line: str = "> "
        for word in words:
            line += word + " "
        return line
    """
    new = rewrite(original)
    assert new is not None
    assert 'line_parts = ["> "]' in new and "line_add(word + \" \", True)" in new
    same_behaviour(original, new, WORDS)


def test_bytes_join_with_bytes() -> None:
    original = """
    def build(chunks):
        data = b""
        for chunk in chunks:
            data = data + chunk
        return data
    """
    new = rewrite(original)
    assert new is not None and 'data = b"".join(data_parts) if data_built is None else data_built[0]' in new
    same_behaviour(original, new, [([],), ([b"ab", b"", b"c"],), ([b"a", bytearray(b"b")],), ([b"a", "b"],)])


def test_a_tuple_piece_stays_one_argument() -> None:
    original = """
    def build(words):
        out = ""
        for word in words:
            out += word, word
        return out
    """
    new = rewrite(original)
    assert new is not None and "out_add((word, word), True)" in new
    same_behaviour(original, new, [([],), (["a"],)])


def test_two_accumulators_in_one_loop_and_the_fresh_name() -> None:
    original = """
    def build(words):
        out_parts = 0
        keys = ""
        out = ""
        for word in words:
            keys += word[:1]
            out = out + word
        return keys, out, out_parts
    """
    new = rewrite(original)
    assert new is not None
    assert "keys_add(word[:1], True)" in new and "out_add(word, False)" in new and "out_parts2 = []" in new
    same_behaviour(original, new, WORDS)


def test_a_name_only_read_after_the_loop_or_by_a_closure_made_after_it() -> None:
    original = """
    def build(words):
        out = ""
        count = 0
        for word in words:
            count += 1
            out += word
        show = lambda: out * 2
        return show(), count
    """
    new = rewrite(original)
    assert new is not None
    same_behaviour(original, new, WORDS)


def test_shapes_it_cannot_prove_equal_are_left_alone() -> None:
    for body in (
        # `out` read inside the loop: it would see the stale start
        'out = ""\nfor w in words:\n    if len(out) > 10:\n        break\n    out += w\nreturn out',
        'out = ""\nfor w in words:\n    out += w\n    print(out)\nreturn out',
        'out = ""\nwhile len(out) < 10:\n    out += words[0]\nreturn out',
        'out = ""\nfor w in out + "x":\n    out += w\nreturn out',
        # in a lambda or closure, in the loop or made before it
        'out = ""\nfor w in words:\n    out += w\n    f = lambda: out\nreturn out',
        'out = ""\nfor w in words:\n    out += (lambda: out)()\nreturn out',
        'out = ""\ndef peek():\n    return out\nfor w in words:\n    out += peek() + w\nreturn out',
        'out = ""\ng = (out for _ in words)\nfor w in words:\n    out += w\nreturn out',
        # leaving the loop before the join
        'out = ""\nfor w in words:\n    out += w\n    if w == "x":\n        return out\nreturn out',
        'out = ""\nfor w in words:\n    out += w\n    if w == "x":\n        return None\nreturn out',
        'out = ""\nfor w in words:\n    out += w\n    yield w',
        # a piece that mentions the accumulator
        'out = ""\nfor w in words:\n    out += out[-1:] + w\nreturn out',
        'out = ""\nfor w in words:\n    out = out + w + out\nreturn out',
        # not started from a string literal
        'out = prefix\nfor w in words:\n    out += w\nreturn out',
        'out = f"{prefix}"\nfor w in words:\n    out += w\nreturn out',
        'for w in words:\n    out += w\nreturn out',
        # read or rebound between the start and the loop
        'out = ""\nout = out.strip()\nfor w in words:\n    out += w\nreturn out',
        'out = ""\nprint(out)\nfor w in words:\n    out += w\nreturn out',
        # an else clause, a try, other operators and shapes
        'out = ""\nfor w in words:\n    out += w\nelse:\n    out += "!"\nreturn out',
        'out = ""\nfor w in words:\n    try:\n        out += w\n    except TypeError:\n        pass\nreturn out',
        'out = ""\nfor w in words:\n    out = w + out\nreturn out',
        'out = ""\nfor w in words:\n    out = out + w - 1\nreturn out',
        'out = ""\nfor w in words:\n    out = other = out + w\nreturn out',
        'out = ""\nfor w in words:\n    out *= 2\nreturn out',
        'out = ""\nfor w in words:\n    del out\nreturn out',
        # seen by name from elsewhere
        'global out\nout = ""\nfor w in words:\n    out += w\nreturn out',
        'out = ""\nfor w in words:\n    out += w\n    print(locals())\nreturn out',
        # `str` shadowed
        'str = bytes\nout = ""\nfor w in words:\n    out += w\nreturn out',
        # nothing to rewrite
        'out = ""\nfor w in words:\n    pass\nreturn out',
    ):
        source = "def build(words, prefix=''):\n" + textwrap.indent(body, "    ") + "\n"
        assert rewrite(source) is None, body


def test_loops_in_nested_functions_are_not_the_functions_own() -> None:
    source = """
    def build(words):
        def inner():
            out = ""
            for w in words:
                out += w
            return out
        return inner()
    """
    assert rewrite(source) is None


def test_a_loop_inside_another_statement_joins_what_its_block_started() -> None:
    original = """
    def build(groups):
        out = {}
        for name, parts in groups:
            data = b""
            for part in parts:
                data += part
            out[name] = data
        return out
    """
    new = rewrite(original)
    assert new is not None
    assert '        data_parts = []' in new and '        for part in parts:\n            data_add(part, True)\n' in new
    assert ('        data = b"".join(data_parts) if data_built is None else data_built[0]\n'
            '        out[name] = data\n') in new
    cases: list[tuple[object, ...]] = [([],), ([("a", [b"x", b"yz"]), ("b", [])],), ([("c", [b"x", "y"])],),
                                       ([("d", [b"x", bytearray(b"y")])],)]
    same_behaviour(original, new, cases)
    closure = original.replace("        return out", "            peek = lambda: data\n        return out")
    assert rewrite(closure) is None


class Markup(str):
    """A text that escapes what is added to it (as markupsafe's Markup does): `"" + Markup(...)` is one."""

    def __add__(self, other: object) -> Markup:
        return Markup(str.__add__(self, str(other).replace("<", "&lt;")))

    def __radd__(self, other: object) -> Markup:
        return Markup(str(other).replace("<", "&lt;") + str(self))


def test_a_piece_that_is_not_a_plain_string_meets_plus_where_it_did() -> None:
    """A piece of another type raises at its own pass, before a later piece's error (a bytes archive with a
    text member, then a bad name); a str subclass's `+` keeps making what it made, for every later piece."""
    original = """
    def build(members):
        out = b""
        for name, data in members:
            if name.startswith("/"):
                raise ValueError(name)
            out += data
            out = out + b"|"
        return out
    """
    new = rewrite(original)
    assert new is not None
    cases: list[tuple[object, ...]] = [([],), ([("a", b"x"), ("b", b"")],), ([("a", "text"), ("/bad", b"1")],),
                                       ([("a", bytearray(b"x")), ("b", b"y")],), ([("a", None)],),
                                       ([("a", b"x"), ("/b", "y")],)]
    same_behaviour(original, new, cases)
    assert outcome(new, [("a", "text"), ("/bad", b"1")]) is TypeError
    texts = """
    def build(words):
        out = ""
        for word in words:
            out += word
        return out
    """
    new_texts = rewrite(texts)
    assert new_texts is not None
    scope: dict[str, object] = {"Markup": Markup}
    for source in (texts, new_texts):
        exec(textwrap.dedent(source), scope)
        built = scope["build"](["a<", Markup("b<"), "c<", "d"])  # type: ignore[operator]
        assert (type(built), built) == (Markup, "a&lt;b<c&lt;d")
