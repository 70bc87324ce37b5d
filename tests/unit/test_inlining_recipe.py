"""Small pure helpers written out where the function's loops call them, offered only where another
recipe then finds the slow part there."""

from __future__ import annotations

import random
import textwrap
from pathlib import Path

import pytest

from wattlens.analysis.target import extract_target
from wattlens.optimize.recipes import recipe_candidates

AUDIT = '''
import re

PLACEHOLDER = re.compile(r"\\{\\{(\\w+)\\}\\}")


def line_and_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of `offset`."""
    before = text[:offset]
    line = before.count("\\n") + 1
    column = offset - (before.rfind("\\n") + 1) + 1
    return line, column


def audit(text: str, known: set[str]) -> list[tuple[int, int, str]]:
    problems = []
    for match in PLACEHOLDER.finditer(text):
        line, column = line_and_column(text, match.start())
        if match.group(1) not in known:
            problems.append((line, column, match.group(1)))
    return problems
'''


def written_out(tmp_path: Path, source: str) -> str | None:
    (tmp_path / "mod.py").write_text(textwrap.dedent(source))
    target = extract_target(tmp_path, Path("mod.py"), "audit")
    found = [c for c in recipe_candidates(target) if c.id.startswith("recipe-written-out-helpers-")]
    return found[0].new_source if found else None


def run(module: str, text: str) -> object:
    scope: dict[str, object] = {}
    exec(module, scope)
    try:
        return scope["audit"](text, {"name"})  # type: ignore[operator]
    except Exception as error:  # the exception is the outcome
        return type(error).__name__


@pytest.mark.parametrize("seed", range(4))
def test_a_helper_slicing_the_text_is_written_out_and_its_prefix_counted_on(tmp_path: Path, seed: int) -> None:
    new = written_out(tmp_path, AUDIT)
    assert new is not None
    assert "offset = match.start()" in new  # the argument worked out once, before the body
    assert "line_and_column(" not in new and "text_count_before(" in new
    assert "line, column = line2, column2" in new  # the helper's names get names of their own
    module = textwrap.dedent(AUDIT).split("def audit")[0] + textwrap.dedent(new)
    rng = random.Random(seed)
    text = "".join(rng.choice(["{{name}}", "{{x}}", "\n", "ab", "é\n"]) for _ in range(seed * 30))
    assert run(module, text) == run(textwrap.dedent(AUDIT), text)


@pytest.mark.parametrize(("change", "why"), [
    (("    before = text[:offset]\n", "    before = text[:offset]\n    if not before:\n        return 0, 0\n"),
     "a helper that may return early"),
    (("def line_and_column(text: str, offset: int)", "def line_and_column(text: str, offset: int = 0)"),
     "a parameter with a default"),
    (("line_and_column(text, match.start())", "line_and_column(text, offset=match.start())"),
     "a keyword argument"),
    (("    line = before.count", "    line = 0 * 0 + before.count"),
     "written out, no recipe finds more"),
])
def test_left_alone(tmp_path: Path, change: tuple[str, str], why: str) -> None:
    assert change[0] in AUDIT
    source = AUDIT.replace(*change)
    if why == "written out, no recipe finds more":
        source = source.replace("before.count(\"\\n\")", "len(before)").replace("before.rfind(\"\\n\")", "0")
    assert written_out(tmp_path, source) is None, why


PATHS = '''
def find_category(categories, category_id):
    """The first category with this id."""
    for category in categories:
        if category["id"] == category_id:
            return category
    raise KeyError(category_id)


def find_limit(limits, kind):
    wanted = kind.lower()
    for limit in limits:
        if limit[0] == wanted and limit[1] > 0:
            return limit[1]
    return None


def audit(categories, kinds):
    paths = []
    for category in categories:
        node, names = category, []
        while node["parent"] is not None and len(names) < 20:
            names.append(node["name"])
            node = find_category(categories, node["parent"])
        cap = find_limit(kinds, category["name"])
        paths.append((tuple(names), cap))
    return paths
'''


def test_a_search_helper_is_written_out_as_a_loop_that_breaks_at_the_first_match(tmp_path: Path) -> None:
    """`find_category` hands back an item it was handed (a reader, not pure): written out, it does the
    same; its loop then looks the id up in an index, and a search that finds nothing raises or answers as
    the helper's last statement did."""
    new = written_out(tmp_path, PATHS)
    assert new is not None
    assert "                find_category_answer = category2\n                break\n            else:\n" \
           "                raise KeyError(category_id)\n" in new
    assert "in categories_matching(lambda: category_id):" in new
    assert "else:\n            find_limit_answer = None\n" in new
    module = textwrap.dedent(new)
    rng = random.Random(2)
    for size in (0, 1, 5, 30):
        ids = list(range(size)) + [rng.randrange(size + 1) for _ in range(size // 3)]  # repeated ids: the first counts
        categories = [{"id": i, "name": rng.choice("ABab"), "parent": rng.choice([None, *range(size + 2)])}
                      for i in ids]
        kinds = [(rng.choice("ab"), rng.randint(-1, 3)) for _ in range(rng.randint(0, 6))]
        for args in ((categories, kinds), ([*categories, {"id": 1.0, "name": "x", "parent": float("nan")}], kinds)):
            outcomes = []
            for source in (textwrap.dedent(PATHS), module):
                scope: dict[str, object] = {}
                exec(source, scope)
                try:
                    outcomes.append(repr(scope["audit"](*args)))  # type: ignore[operator]
                except Exception as error:  # the exception is the outcome
                    outcomes.append(type(error).__name__)
            assert outcomes[0] == outcomes[1]


@pytest.mark.parametrize(("change", "why"), [
    (("            return category\n", "            return category\n        print(category)\n"),
     "the loop does more than test"),
    (("    raise KeyError(category_id)\n", "    raise KeyError(category_id) from None\n"), "a raise with a cause"),
    (("    for category in categories:\n        if", "    for category in categories:\n        if"
      " category is None:\n            continue\n        if"), "more than one test in the loop"),
])
def test_searches_left_alone(tmp_path: Path, change: tuple[str, str], why: str) -> None:
    assert change[0] in PATHS
    source = PATHS.replace(*change).replace("cap = find_limit(kinds, category[\"name\"])", "cap = None")
    assert written_out(tmp_path, source) is None, why


ARRIVALS = '''
def find_arrival(stop, events):
    planned = stop["planned"] * 2
    for event in events:
        if event["train"] != stop["train"] or event["kind"] != "ARR":
            continue
        recorded = event["at"] * 2
        if abs(recorded - planned) <= 10:
            return recorded
        if recorded < 0:
            return -1
    return None


def audit(stops, events):
    found = []
    for stop in stops:
        arrival = find_arrival(stop, events)
        found.append(arrival)
    return found
'''


def test_a_search_answering_from_anywhere_in_its_loop_is_written_out(tmp_path: Path) -> None:
    """`continue`, statements and several `return`s in the loop: each `return` sets the answer and leaves
    the loop; the join then indexes the first key, the rest of the test kept as written."""
    new = written_out(tmp_path, ARRIVALS)
    assert new is not None
    assert "in events_matching(lambda: stop[\"train\"]):\n            if event[\"kind\"] != \"ARR\":\n" \
           "                continue\n" in new
    assert "find_arrival_answer = -1\n                break\n" in new
    rng = random.Random(5)
    for size in (0, 1, 10, 40):
        events = [{"train": rng.choice("ab"), "kind": rng.choice(["ARR", "DEP"]), "at": rng.randint(-3, 20)}
                  for _ in range(size)]
        stops = [{"train": rng.choice("abc"), "planned": rng.randint(0, 20)} for _ in range(size // 2 + 1)]
        outcomes = []
        for source in (textwrap.dedent(ARRIVALS), textwrap.dedent(new)):
            scope: dict[str, object] = {}
            exec(source, scope)
            outcomes.append(repr(scope["audit"](stops, events)))  # type: ignore[operator]
        assert outcomes[0] == outcomes[1]


@pytest.mark.parametrize(("change", "why"), [
    (("        if recorded < 0:\n            return -1\n", "        if recorded < 0:\n            break\n"),
     "a break would skip the answer after the loop"),
    (("            return -1\n", "            for other in events:\n                return -1\n"),
     "a return inside an inner loop"),
])
def test_searches_written_out_only_where_each_return_leaves_the_loop(tmp_path: Path, change: tuple[str, str],
                                                                     why: str) -> None:
    assert change[0] in ARRIVALS
    assert written_out(tmp_path, ARRIVALS.replace(*change)) is None, why


# A method of a handed object that is one `return`, calling a costly method of the same object.
HISTORY = '''
class History:
    def __init__(self, parents: dict[str, tuple[str, ...]]) -> None:
        self.parents = parents
        self.walks = 0

    def ancestors(self, sha: str) -> set[str]:
        seen = {sha}
        stack = [sha]
        while stack:
            for parent in self.parents.get(stack.pop(), ()):
                if parent not in seen:
                    seen.add(parent)
                    stack.append(parent)
        return seen

    def is_ancestor(self, ancestor: str, descendant: str) -> bool:
        """Is `ancestor` reachable from `descendant`?"""
        return ancestor in self.ancestors(descendant)


class Counting(History):
    def is_ancestor(self, ancestor: str, descendant: str) -> bool:
        self.walks += 1
        return super().is_ancestor(ancestor, descendant)


def first_releases(history: History, tags: list[tuple[str, str]], shas: list[str]) -> dict[str, str | None]:
    result: dict[str, str | None] = {}
    for sha in shas:
        result[sha] = None
        for name, tagged in tags:
            if history.is_ancestor(sha, tagged):
                result[sha] = name
                break
    return result
'''


def handed_written_out(tmp_path: Path, source: str) -> str | None:
    (tmp_path / "mod.py").write_text(textwrap.dedent(source))
    target = extract_target(tmp_path, Path("mod.py"), "first_releases")
    found = [c for c in recipe_candidates(target) if c.id.startswith("recipe-written-out-helpers-")]
    return found[0].new_source if found else None


def releases(module: str, made: str, parents: dict[str, tuple[str, ...]], tags: list[tuple[str, str]],
             shas: list[str]) -> object:
    scope: dict[str, object] = {}
    exec(module, scope)
    history = eval(made, scope)(parents)
    try:
        return scope["first_releases"](history, tags, shas), history.walks  # type: ignore[operator]
    except Exception as error:  # the exception is the outcome
        return type(error).__name__


@pytest.mark.parametrize("seed", range(30))
def test_a_method_of_a_handed_object_is_written_out_and_its_costly_call_kept(tmp_path: Path, seed: int) -> None:
    new = handed_written_out(tmp_path, HISTORY)
    assert new is not None
    assert "if type(history) is History else history.is_ancestor(sha, tagged))" in new
    assert "ancestors_cache" in new
    module = textwrap.dedent(HISTORY).split("def first_releases")[0] + textwrap.dedent(new)
    rng = random.Random(seed)
    names = [f"c{n}" for n in range(rng.randint(0, 25))]
    parents = {sha: tuple(rng.sample(names[:at], min(at, rng.randint(0, 2)))) for at, sha in enumerate(names)}
    tags = [(f"v{n}", rng.choice([*names, "gone"])) for n in range(rng.randint(0, 5))]
    shas = [rng.choice([*names, "c0", "gone", 3]) for _ in range(rng.randint(0, 12))]  # type: ignore[list-item]
    if seed % 5 == 0:
        tags.append(("odd", 7))  # type: ignore[arg-type]  # not a text: asked of the method every time
    for made in ("History", "Counting"):  # a subclass's method is not the one written out: called as it was
        assert releases(module, made, parents, tags, shas) == releases(
            textwrap.dedent(HISTORY), made, parents, tags, shas)


@pytest.mark.parametrize(("change", "why"), [
    (("        return ancestor in self.ancestors(descendant)",
      "        return ancestor in self.ancestors(descendant) and LIMIT"), "reads a name of its module"),
    (("    def is_ancestor(self, ancestor: str, descendant: str) -> bool:",
      "    def is_ancestor(self, ancestor: str, descendant: str = '') -> bool:"), "a default"),
    (("        return ancestor in self.ancestors(descendant)",
      "        found = self.ancestors(descendant)\n        return ancestor in found"), "more than one return"),
    (("        self.walks = 0\n", "        self.walks = 0\n        self.is_ancestor = print\n"),
     "an attribute of the object hides the method"),
    (("    result: dict[str, str | None] = {}\n",
      "    result: dict[str, str | None] = {}\n    history = History({})\n"), "the object rebound"),
    (("            if history.is_ancestor(sha, tagged):", "            if history.is_ancestor(sha, tagged[:]):"),
     "an argument worked out"),
])
def test_handed_methods_left_alone(tmp_path: Path, change: tuple[str, str], why: str) -> None:
    assert change[0] in HISTORY, why
    assert handed_written_out(tmp_path, HISTORY.replace(*change)) is None, why
