"""The walk-not-reslice recipe: a loop that drops a sequence's head by `data = data[n:]` walks
a position instead; the rewritten function answers like the original (results, exceptions
with their messages, what happens to the arguments) for strings, bytes, lists, tuples, None,
every step (zero, negative, None, floats take the original loop kept as the fallback), reads
after a `break` and after the loop; and the shapes it must leave alone are left alone."""

from __future__ import annotations

import base64
import quopri
import random
import textwrap
from pathlib import Path

import libcst as cst
import pytest

from tests.unit.recipe_outcomes import outcome, rewrite, same_behaviour
from wattlens.optimize import callees, purity
from wattlens.optimize.recipes import rewrite_with_recipes
from wattlens.optimize.reslicing import walk_not_reslice


def applied(source: str) -> str:
    """The rewrite, which must exist, compile, and be the recipe's last word."""
    new = rewrite(walk_not_reslice, source)
    assert new is not None, source
    compile(new, "<rewritten>", "exec")
    assert rewrite(walk_not_reslice, new) is None, new
    return new


RANDOM = random.Random(11)
TEXTS: list[object] = [
    "", "a", "ab", "abc", "abcdefghij", "x" * 81, "".join(RANDOM.choice("ab \n") for _ in range(257)),
    b"", b"\x00\x01\x02\x03\x04", bytes(range(50)), [], [1], list(range(23)), (), (1, 2, 3, 4, 5, 6, 7),
    [[1], [2], [3]], None, 0, "",
]
# Steps a name may hold: the rewrite takes the positive ints, the original loop everything else.
STEPS: list[object] = [1, 2, 3, 4, 7, 80, 1000, 0, -1, -3, None, 2.5, True, "x"]


def cases(*extra: object) -> list[tuple[object, ...]]:
    return [(text, step, *extra) for text in TEXTS for step in STEPS]


# Each function stops after 40 pieces so that a step of 0 (forever in Python) ends in both.
RECORDS = """
def f(text, width):
    out = []
    while text:
        line, text = text[:width], text[width:]
        out.append(line)
        if len(out) > 40:
            break
    return out
"""


def test_records_of_a_fixed_width_walk_a_position() -> None:
    new = applied(RECORDS)
    assert "    if type(width) is int and width > 0:\n        pos = 0\n" in new
    assert "        while text and pos < len(text):\n            line, pos = text[pos:pos + width], pos + width\n" \
        in new
    assert "    else:\n        while text:\n            line, text = text[:width], text[width:]\n" in new
    assert "text = text[pos:]" not in new  # nothing reads it after the loop
    same_behaviour(RECORDS, new, cases())


def test_a_literal_step_needs_no_test_and_the_rest_is_read_after_a_break() -> None:
    original = """
    def f(data):
        out = []
        while len(data) > 0:
            head = data[:4]
            if data[0] == 0 or data[:1] == "!":
                break
            out.append(head)
            data = data[4:]
        return out, data
    """
    new = applied(original)
    assert "    pos = 0\n    while len(data) > pos:\n        head = data[pos:pos + 4]\n" in new
    assert "if data[pos] == 0 or data[pos:pos + 1] == \"!\":" in new
    assert "        pos += 4\n    if pos:\n        data = data[pos:]\n    return out, data\n" in new
    texts = [*TEXTS, "abcd!xyz", [5, 6, 7, 8, 0, 1], "abcdefgh!", b"\x01\x02\x03\x04\x00"]
    same_behaviour(original, new, [(t,) for t in texts if t is not None and t != 0])


def test_one_item_at_a_time() -> None:
    original = """
    def f(tokens):
        out = []
        while tokens:
            x, tokens = tokens[0], tokens[1:]
            out.append(x)
        return out
    """
    new = applied(original)
    assert "x, pos = tokens[pos], pos + 1" in new
    same_behaviour(original, new, [(t,) for t in TEXTS])


def test_the_cut_first_and_the_head_second() -> None:
    original = """
    def f(data, n):
        out = []
        while data:
            data, head = data[n:], data[:n]
            out.append((head, data[:2]))
            if len(out) > 40:
                break
        return out, data
    """
    new = applied(original)
    assert "pos, head = pos + n, data[pos:pos + n]" in new and "data[pos:pos + 2]" in new
    same_behaviour(original, new, cases())


def test_a_buffer_refilled_in_an_outer_loop_is_cut_back_after_each_inner_loop() -> None:
    original = """
    def f(chunks, size):
        buf = chunks[0][:0] if chunks else ""
        records = []
        for more in chunks:
            buf += more
            while len(buf) >= size:
                record, buf = buf[:size], buf[size:]
                records.append(record)
                if len(records) > 40:
                    return records, buf
        return records, buf
    """
    new = applied(original)
    assert "while len(buf) - pos >= size:" in new
    assert "            if pos:\n                buf = buf[pos:]\n" in new
    chunk_sets = [[], ["abc", "defgh", "", "ij"], ["a" * 17, "b" * 3], [b"12", b"345678", b"9"], [[1, 2, 3], [4]]]
    same_behaviour(original, new, [(chunks, step) for chunks in chunk_sets for step in STEPS])


def test_length_comparisons_after_the_cut_see_the_rest_even_past_the_end() -> None:
    original = """
    def f(data):
        out = []
        while len(data):
            data = data[3:]
            out.append((len(data) < 2, len(data) == 0, 0 != len(data), len(data) >= 1, 2 > len(data),
                        len(data) <= 0, not len(data), not data, "y" if data else "-"))
        return out
    """
    new = applied(original)
    assert "while pos < len(data):" in new and "len(data) - pos < 2" in new and "len(data) <= pos" in new
    assert "len(data) > pos" in new and "len(data) - pos >= 1" in new
    same_behaviour(original, new, [(t,) for t in TEXTS if t is not None and t != 0])


def test_an_annotated_sequence_is_tested_by_length_alone() -> None:
    original = """
    def f(data: str) -> list[str]:
        out = []
        while data:
            out.append(data[:2])
            data = data[2:]
            if not data:
                out.append("end")
        return out
    """
    new = applied(original)
    assert "while pos < len(data):" in new and "if pos >= len(data):" in new
    same_behaviour(original, new, [(t,) for t in TEXTS if isinstance(t, str)])


def test_none_and_zero_are_empty_for_an_unannotated_sequence() -> None:
    new = applied(RECORDS)
    for empty in (None, 0, "", [], False):
        assert outcome(new, empty, 3) == outcome(RECORDS, empty, 3) == f"([], ({empty!r}, 3))"


def test_continue_before_the_cut_and_the_else_clause() -> None:
    original = """
    def f(data, n):
        out = []
        passes = 0
        while data:
            passes += 1
            if passes > 60:
                break
            if passes % 3 == 0:
                continue
            out.append(data[:n])
            data = data[n:]
        else:
            out.append(("else", data[:], len(data) == 0))
        return out, data
    """
    new = applied(original)
    assert "out.append((\"else\", data[pos:], len(data) <= pos))" in new
    same_behaviour(original, new, cases())


def test_a_return_in_the_loop_and_a_step_assigned_before_it() -> None:
    original = """
    def f(data, marker):
        size = 3
        width: int = size + 1
        while data:
            if data[:1] == marker:
                return "found", data[1:]
            data = data[width:]
        return "none", data
    """
    new = applied(original)
    assert "if type(width) is int and width > 0:" in new and 'return "found", data[pos + 1:]' in new
    texts = ["", "abcdx", "abcdxyzw", "aaaabbbbc", [1, 2, 3, 4, 9], (9,), b"zzzzq"]
    same_behaviour(original, new, [(t, m) for t in texts for m in ("x", "q", [9], (9,), "c")])


def test_a_generator_of_chunks() -> None:
    original = """
    def f(data, size):
        count = 0
        while data:
            yield data[:size]
            data = data[size:]
            count += 1
            if count > 40:
                return
    """
    new = applied(original)
    assert "yield data[pos:pos + size]" in new
    same_behaviour(original, new, cases())


def test_a_for_loop_reading_a_count_of_records() -> None:
    original = """
    def f(data, count):
        fields = []
        for _ in range(count if isinstance(count, int) else 3):
            fields.append(data[0:2])
            data = data[2:]
        return fields, data
    """
    new = applied(original)
    assert "fields.append(data[pos:pos + 2])" in new
    same_behaviour(original, new, [(t, c) for t in TEXTS for c in (0, 1, 2, 5, 40, -1)])


def test_two_sequences_cut_in_one_loop() -> None:
    original = """
    def f(a, b, n):
        out = []
        while a and b:
            out.append(a[:1] + b[:1])
            a = a[1:]
            b = b[n:]
            if len(out) > 40:
                break
        return out, a, b
    """
    new = applied(original)
    assert "pos += 1" in new and "pos2 += n" in new
    texts = ["", "abc", "abcdefghijkl", "xy"]
    same_behaviour(original, new, [(a, b, n) for a in texts for b in texts for n in STEPS])


def test_the_argument_list_is_left_as_it_was() -> None:
    original = """
    def f(items):
        out = []
        while items:
            out.append(items[0])
            items = items[1:]
        out.append(items)
        return out
    """
    new = applied(original)
    items = [[1], [2], [3]]
    assert outcome(new, items) == outcome(original, items) == repr(([[1], [2], [3], []], ([[1], [2], [3]],)))


def test_random_texts_and_widths() -> None:
    new = applied(RECORDS)
    rng = random.Random(3)
    for _ in range(300):
        text = "".join(rng.choice("abc\n") for _ in range(rng.randint(0, 120)))
        width = rng.randint(-5, 30)
        assert outcome(new, text, width) == outcome(RECORDS, text, width), (text, width)


def test_an_error_from_a_bad_step_is_the_same() -> None:
    original = """
    def f(data):
        out = []
        while data:
            out.append(data[1])
            data = data[2:]
        return out
    """
    new = applied(original)
    for data in ("abcd", "abc", [1, 2, 3], (1,), b"ab", b"abc"):
        assert outcome(new, data) == outcome(original, data)
    assert outcome(new, "abc").startswith("IndexError: string index out of range")


def test_comments_stay_above_the_loop() -> None:
    original = """
    def f(data, n):
        # one record per pass
        while data:
            data = data[n:]
        return data
    """
    new = applied(original)
    assert new.index("# one record per pass") < new.index("if type(n) is int")


def test_the_recipe_is_offered_by_name() -> None:
    names = [recipe.name for recipe, _ in rewrite_with_recipes(textwrap.dedent(RECORDS))]
    assert "walk-not-reslice" in names


@pytest.mark.parametrize("source", [
    # the step is read through a call the walk cannot answer, or is a constant below 1
    """
    def f(data):
        while data:
            i = data.find(",") + 1 or len(data)
            data = data[i:]
    """,
    """
    def f(data):
        while data:
            data = data[-1:]
    """,
    """
    def f(data):
        while data:
            data = data[0:]
    """,
    """
    def f(data):
        while data:
            data = data[WIDTH:]
    """,
    """
    def f(data, flag):
        if flag:
            n = 2
        while data:
            data = data[n:]
    """,
    """
    def f(data, n):
        del n
        n = 2
        while data:
            data = data[n:]
    """,
    # the sequence is read or kept in a way the walk cannot answer
    """
    def f(data):
        out = []
        while data:
            out.append(data)
            data = data[1:]
        return out
    """,
    """
    def f(data):
        while data:
            print(data.upper())
            data = data[1:]
    """,
    """
    def f(data):
        while data:
            last = data[-1]
            data = data[1:]
        return last
    """,
    """
    def f(data):
        while data:
            x = data[:2:1]
            data = data[1:]
    """,
    """
    def f(data):
        while data:
            data[0] = 1
            data = data[1:]
    """,
    """
    def f(data):
        while data:
            data = data[1:]
            data = data.strip()
    """,
    """
    def f(data, more):
        while data:
            data = data[1:]
            data += more
    """,
    """
    def f(data):
        n = len(data)
        while data:
            if len(data) >= 0:
                data = data[1:]
    """,
    """
    def f(data):
        while data:
            size = len(data)
            data = data[1:]
    """,
    """
    def f(data):
        while data and (rest := data):
            data = data[1:]
    """,
    # something could read the sequence out of sight
    """
    def f(data):
        key = lambda: data[0]
        while data:
            data = data[1:]
        return key
    """,
    """
    def f(data):
        while data:
            data = data[1:]
            print(any(c == data[0] for c in "ab"))
    """,
    """
    def f(data):
        while data:
            data = data[1:]
            print(locals())
    """,
    """
    def f(data):
        global WIDTH
        while data:
            data = data[1:]
    """,
    """
    def f(data):
        try:
            while data:
                int(data[:2])
                data = data[2:]
        except ValueError:
            return data
    """,
    """
    def f(data, lock):
        with lock:
            while data:
                data = data[2:]
        return data
    """,
    # builtins the rewrite calls are something else here
    """
    def f(data, len=len):
        while data:
            data = data[1:]
    """,
    """
    def f(data, n, type=type):
        while data:
            data = data[n:]
    """,
    # no cut at all, or a cut outside any loop
    """
    def f(data):
        data = data[1:]
        return data
    """,
    """
    def f(data):
        while data:
            rest = data[1:]
            data = rest
    """,
])
def test_left_alone(source: str) -> None:
    assert rewrite(walk_not_reslice, source) is None


def test_a_try_without_later_reads_is_fine() -> None:
    original = """
    def f(data):
        out = []
        try:
            while data:
                out.append(int(data[:2]))
                data = data[2:]
        except ValueError:
            out.append("bad")
        return out
    """
    new = applied(original)
    same_behaviour(original, new, [("",), ("1234",), ("12x4",), ("123",), (None,)])


@pytest.mark.parametrize("module", [base64, quopri, textwrap])
def test_stdlib_functions_give_none_or_code_that_compiles(module: object) -> None:
    path = getattr(module, "__file__", None)
    assert isinstance(path, str)
    tree = cst.parse_module(Path(path).read_text())
    functions = [n for n in tree.body if isinstance(n, cst.FunctionDef)]
    functions += [f for c in tree.body if isinstance(c, cst.ClassDef) for f in c.body.body
                  if isinstance(f, cst.FunctionDef)]
    for function in functions:
        rewritten = walk_not_reslice(function)
        if rewritten is not None:
            compile(cst.Module([rewritten]).code, str(path), "exec")


def test_a_rewritten_stdlib_option_parser_answers_alike() -> None:
    import getopt
    import inspect

    source = textwrap.dedent(inspect.getsource(getopt.do_shorts))
    new = applied(source)
    assert "optstring, pos = args[pos], pos + 1" in new and "args = args[pos:]" in new
    for args in (["-a", "x"], ["-ab"], ["-b", "1", "rest"], ["-bvalue"], ["-c"], ["-b"], ["-a", "-b"]):
        for optstring in ("a", "ab", "ba", "b", ""):
            results = []
            for text in (source, new):
                scope = dict(vars(getopt))
                exec(text, scope)
                given = list(args)
                try:
                    results.append((scope["do_shorts"]([], optstring, "ab:", given), given))
                except getopt.GetoptError as error:
                    results.append((str(error), given))
            assert results[0] == results[1], (args, optstring)


WIDTH_OF_MODULE = """
def f(text):
    out = []
    while text:
        line, text = text[:WIDTH], text[WIDTH:]
        out.append(line)
        if len(out) > 40:
            break
    return out
"""


@pytest.mark.parametrize("width", STEPS)
def test_a_step_read_from_a_module_constant_is_tested_before_the_loop(width: object) -> None:
    module = cst.parse_module(f"WIDTH = {width!r}\n" + textwrap.dedent(WIDTH_OF_MODULE))
    with purity.trusting(callees.trusted_in(module)):
        new = applied(WIDTH_OF_MODULE)
    assert "    if type(WIDTH) is int and WIDTH > 0:\n" in new
    prelude = f"WIDTH = {width!r}\n"
    same_behaviour(WIDTH_OF_MODULE, new, [(text,) for text in TEXTS], prelude=prelude)
    rebound = cst.parse_module(f"WIDTH = {width!r}\n" + textwrap.dedent(WIDTH_OF_MODULE) + "\nWIDTH = 3\n")
    with purity.trusting(callees.trusted_in(rebound)):
        assert rewrite(walk_not_reslice, WIDTH_OF_MODULE) is None  # bound twice: it may change
    assert rewrite(walk_not_reslice, WIDTH_OF_MODULE) is None  # not known to be the module's


# A length-prefixed record format: the step and a read's bound are worked out on each pass.
FRAMES = """
def f(data):
    frames, skipped = [], 0
    while data and len(frames) < 50:  # a length of -2 steps by 0: forever, in Python too
        if len(data) >= 2 and data[0] == 7:
            length = data[1]
            frame = data[2:length + 2]
            frames.append(frame)
            data = data[length + 2:]
            continue
        skipped += 1
        data = data[1:]
    return frames, skipped, data
"""


def test_a_step_worked_out_in_the_loop_is_tested_where_it_is_taken() -> None:
    new = applied(FRAMES)
    assert "step = length + 2" in new and "type(length + 2) is int and length + 2 >= 0" in new
    rng = random.Random(5)
    cases: list[tuple[object, ...]] = [(b"",), (b"\x07",), (b"\x07\x00",), (b"\x07\x09ab",), ([7, -1, 5],),
                                       ([7, -4, 1, 2, 3],), ([7, -2],), ([7, 2.0, 1, 2],), ([7, None, 1],),
                                       ([7, True, 9],), ("ab",), ([],), (None,)]
    for _ in range(200):
        size = rng.randint(0, 40)
        if rng.random() < 0.5:
            cases.append((bytes(rng.choice([7, 7, 1, 2, 3, 0]) for _ in range(size)),))
        else:  # negative lengths slice from the end: the walk falls back to the copy
            cases.append(([rng.choice([7, 7, -3, -1, 0, 1, 2, 5]) for _ in range(size)],))
    same_behaviour(FRAMES, new, cases)


@pytest.mark.parametrize("source", [
    """
    def f(data):
        n, out = 1, []
        while data and len(out) < 30:
            out.append(data[:1])
            data = data[n:]
            n += 1
        return out, data
    """,
    """
    def f(data, sep):
        out = []
        while data and len(out) < 30:
            out.append(data[:3])
            data = data[len(sep):]
        return out
    """,
    """
    def f(data):
        i, out = 0, []
        while data:
            out.append(data[i])
            data = data[1:]
            i = (i + 1) % 2
        return out
    """,
    """
    def f(data, k):
        out = []
        while len(out) < 30 and data:
            out.append(data[k - 1:k * 2])
            data = data[k % 3 + 1:]
        return out
    """,
])
def test_steps_and_bounds_of_any_value_answer_alike(source: str) -> None:
    new = applied(source)
    texts: list[object] = ["", "a", "abc", "abcdefghijklmnop", b"xyz", list(range(9)), (1, 2), None]
    values: list[object] = ["", "ab", "abcd", -2, 0, 1, 3, 2.5, None]
    cases = [(t,) for t in texts] if "def f(data):" in source else [(t, v) for t in texts for v in values]
    same_behaviour(textwrap.dedent(source), new, cases)
