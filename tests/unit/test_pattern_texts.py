"""The compile-patterns-by-text recipe: a pattern built from whole texts inside a loop is compiled once
per distinct text, with the same answers and the same exceptions at the same points; patterns built from
anything but whole names, or read by what could change them, are left alone."""

from __future__ import annotations

import textwrap

import libcst as cst

from tests.unit.recipe_outcomes import same_behaviour
from wattlens.optimize import callees, purity
from wattlens.optimize.pattern_texts import compile_patterns_by_text
from wattlens.optimize.recipes import RECIPES

PRELUDE = "import re\n"


def applied(source: str) -> str | None:
    """The rewrite of `f`, checked to compile and to be left alone by a second application."""
    module = cst.parse_module(PRELUDE + textwrap.dedent(source))
    function = module.body[-1]
    assert isinstance(function, cst.FunctionDef)
    with purity.trusting(callees.trusted_in(module)):
        rewritten = compile_patterns_by_text(function)
        if rewritten is None:
            return None
        new = cst.Module([]).code_for_node(rewritten)
        compile(PRELUDE + new, "<rewrite>", "exec")
        again = cst.parse_module(new).body[0]
        assert isinstance(again, cst.FunctionDef) and compile_patterns_by_text(again) is None
    return new


def same(original: str, new: str, cases: list[tuple[object, ...]]) -> None:
    same_behaviour(textwrap.dedent(original), new, cases, prelude=PRELUDE)


CODING = """
def f(occupations, rules):
    coded = []
    for occupation in occupations:
        best = None
        for code, keywords in rules:
            for keyword in keywords:
                if re.search(r"\\b" + re.escape(keyword) + r"\\b", occupation, re.IGNORECASE):
                    if best is None or len(keyword) > len(best[1]):
                        best = (code, keyword)
        coded.append(best)
    return coded
"""

RULES = [("7", ["cotton weaver", "weaver", "c++"]), ("9", ["labourer", "hand", "weaver"]), ("0", [])]


def test_a_keywords_pattern_is_compiled_once_per_keyword() -> None:
    new = applied(CODING)
    assert new is not None
    assert "    keyword_patterns = {}  # the texts a pattern is built from" in new
    assert "keyword_pattern = keyword_patterns.get(keyword) if type(keyword) in (str, int) else None\n" in new
    assert 're.compile(r"\\b" + re.escape(keyword) + r"\\b", re.IGNORECASE)' in new
    assert "if keyword_pattern.search(occupation):" in new
    same(CODING, new, [
        ([], RULES), (["Cotton Weaver", "farm hand", "C++ hand", "nothing", ""], RULES), (["x"], []),
        (["a weaver"], [("1", ["weaver", 3])]),  # re.escape of an int: TypeError, as before
        (["a"], [("1", [b"a"])]), (["a", "b"], [("1", ["(", "a"])]), (["Weaver", "WEAVER"], [("1", ["weaver"])] * 3),
    ])


def test_two_texts_key_the_pattern_together() -> None:
    original = """
    def f(lines, pairs):
        out = []
        for line in lines:
            for left, right in pairs:
                out.append(re.findall(left + r"\\s*(\\d+)\\s*" + right, line))
        return out
    """
    new = applied(original)
    assert new is not None and "left_right_patterns.get((left, right)) if type(left) in (str, int) and " \
                               "type(right) in (str, int) else None" in new
    same(original, new, [([], [("a", "b")]), (["a 1 b", "a 22b a 3 b"], [("a", "b"), ("a", "b"), ("", "")]),
                         (["x"], [("(", "")]), (["1"], [(1, "")])])


def test_a_literal_pattern_is_left_to_compile_patterns_once() -> None:
    literal = CODING.replace('r"\\b" + re.escape(keyword) + r"\\b"', 'r"\\bweaver\\b"')
    assert applied(literal) is None


def test_a_pattern_built_from_objects_or_globals_is_kept_by_its_own_text() -> None:
    """`rule["word"]` could change between passes, a global could be rebound: the text is built as
    before, and only compiling it is kept, by the text itself."""
    original = """
    def f(lines, rules):
        codes = []
        for line in lines:
            for rule in rules:
                if re.search(r"\\b" + re.escape(rule["word"]) + SUFFIX, line, re.IGNORECASE):
                    codes.append(rule["code"])
                    rule["word"] = rule["word"] + "s"
        return codes, rules
    """
    new = applied(original)
    assert new is not None
    assert '    built_text = r"\\b" + re.escape(rule["word"]) + SUFFIX\n' in new
    assert "built_regex = built_compiled.get(built_text) if type(built_text) is str else None" in new
    rules = [{"word": "weaver", "code": 7}, {"word": "hand", "code": 9}, {"word": "weaver", "code": 1}]
    for suffix in ('r"\\b"', '"("'):
        prelude = f"{PRELUDE}SUFFIX = {suffix}\n"
        same_behaviour(textwrap.dedent(original), new, [
            (["a weaver", "farm hands", "weavers"], rules), ([], rules), (["a"], [{"word": 3, "code": 1}]),
            (["a"], [{"code": 1}])], prelude=prelude)


def test_a_pattern_held_in_a_name_is_kept_by_its_text() -> None:
    """Brand aliases built into patterns before the call (holdout32/listing_brands): more patterns than
    re's own cache holds were compiled again for every title."""
    original = """
    def f(titles, aliases):
        found = []
        for title in titles:
            for alias in aliases:
                pattern = r"(?<!\\w)" + r"[\\s\\-]+".join(re.escape(w) for w in alias.split()) + r"(?!\\w)"
                match = re.search(pattern, title, re.IGNORECASE)
                if match is not None:
                    found.append((alias, match.start()))
        return found
    """
    new = applied(original)
    assert new is not None
    assert "pattern_regex = pattern_compiled.get(pattern) if type(pattern) is str else None" in new
    assert "match = pattern_regex.search(title)" in new
    aliases = [f"brand {number}" for number in range(600)] + ["Louis Vuitton", "louis   vuitton", "("]
    same(original, new, [
        (["a Louis-Vuitton bag", "brand 599 and brand 7", "nothing"], aliases[590:]), ([], aliases),
        (["Brand 12"] * 3, aliases), (["x"], ["("]), (["x"], [b"a"])])


def test_a_pattern_in_one_loop_is_left_to_res_own_cache() -> None:
    """Each code's pattern is met once per call: kept for the call, it would be compiled as often."""
    original = """
    def f(body, codes):
        found = []
        for code in codes:
            match = re.search(rf"(?<!\\S){code}(?!\\S)", body)
            if match is not None:
                found.append(match.group(0))
        return found
    """
    assert applied(original) is None


def test_an_argument_that_could_fail_before_the_compile_is_left_alone() -> None:
    original = CODING.replace(", occupation, re.IGNORECASE)", ", occupation.lower(), re.IGNORECASE)")
    assert applied(original) is None


def test_the_recipe_is_registered() -> None:
    assert "compile-patterns-by-text" in {recipe.name for recipe in RECIPES}
