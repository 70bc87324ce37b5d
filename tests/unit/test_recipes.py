"""Deterministic recipes: where they apply, what they write, and where they must not apply."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from tests.conftest import EXAMPLE
from wattlens.analysis.target import extract_target
from wattlens.optimize.recipes import recipe_candidates, rewrite_with_recipes

from .recipe_outcomes import outcome


def rewrite(source: str) -> dict[str, str]:
    return {recipe.name: text for recipe, text in rewrite_with_recipes(textwrap.dedent(source))}


def run(source: str, name: str, *args: object) -> object:
    scope: dict[str, object] = {}
    exec(textwrap.dedent(source), scope)  # the rewritten function, run as written
    function = scope[name]
    assert callable(function)
    return function(*args)


def guarded(container: str) -> str:
    """The lookup built for a container that may be a text (a substring test) or None."""
    texts = "(str, bytes, bytearray)"
    return f"{container} if {container} is None or isinstance({container}, {texts}) else set({container})"


def hoisted(lookup: str, made: str, container: str, indent: str = "    ") -> str:
    """The statements that build a lookup (None where an item cannot be hashed) and the helper asking it,
    which asks the container itself for what the lookup cannot hash."""
    contains = lookup.replace("_lookup", "_contains")
    lines = ["try:", f"    {lookup} = {made}", "except Exception:",
             f"    {lookup} = None  # an item it cannot hash: the list is asked", f"def {contains}(value):",
             f"    # `value in {container}`, asked of {lookup} while it is kept (an unhashable value: of the list)",
             f"    if {lookup} is not None:", "        try:", f"            return value in {lookup}",
             "        except Exception:", "            pass", f"    return value in {container}"]
    return "".join(f"{indent}{line}\n" for line in lines)


def test_membership_in_a_list_inside_a_loop_becomes_a_set_built_once() -> None:
    source = """
    def unknown(orders: list[str], catalog: list[str]) -> list[str]:
        out = []
        for sku in orders:
            if sku not in catalog:
                out.append(sku)
        return out
    """
    new = rewrite(source)["membership-set"]
    assert hoisted("catalog_lookup", "set(catalog)", "catalog") + "    for sku in orders:" in new
    assert "if not catalog_contains(sku):" in new
    args = (["b", "x", "a", "x"], ["a", "b"])
    assert run(new, "unknown", *args) == run(source, "unknown", *args) == ["x", "x"]


def test_a_list_rebuilt_by_an_outer_loop_is_looked_up_in_a_set_built_before_the_inner_loop() -> None:
    source = """
    def steps(cells: list[int], rounds: int) -> list[int]:
        for _ in range(rounds):
            grown = []
            for c in cells:
                if c + 1 not in cells and c + 1 not in grown:
                    grown.append(c + 1)
            if rounds > 2:
                kept = [c for c in grown if c % 3 in cells]
            else:
                kept = grown
            cells = cells + kept
        return cells
    """
    new = rewrite(source)["membership-set"]
    # Built each round, after `cells` was rebuilt, before the loop that leaves it alone.
    made = hoisted("cells_lookup", "set(cells)", "cells", " " * 8)
    assert "        grown = []\n" + made + "        for c in cells:" in new
    assert "not cells_contains(c + 1) and c + 1 not in grown" in new
    for args in (([1, 5], 3), ([0, 2, 9], 4), ([], 2), ([3], 1)):
        assert run(new, "steps", *args) == run(source, "steps", *args)


def test_an_outer_loop_variable_is_looked_up_in_a_set_built_for_each_of_its_values() -> None:
    source = """
    def overlaps(groups, words):
        out = []
        for group in groups:
            if group:
                out.append(sum(1 for w in words if w in group))
            else:
                out.append(-1)
        return out
    """
    new = rewrite(source)["membership-set"]
    assert hoisted("group_lookup", guarded("group"), "group", " " * 12) + "            out.append(" in new
    args = ([["a", "b"], [], ["c"]], ["a", "c", "a", "d"])
    assert run(new, "overlaps", *args) == run(source, "overlaps", *args) == [2, -1, 1]


def test_no_set_is_built_on_every_pass_for_a_while_that_probes_a_few_names() -> None:
    assert "membership-set" not in rewrite("""
    def unique(titles: list[str]) -> list[str]:
        taken: list[str] = []
        for title in titles:
            name, n = title, 2
            while name in taken:
                name, n = f"{title}-{n}", n + 1
            taken.append(name)
        return taken
    """)


def test_no_set_is_built_for_an_inner_loop_that_changes_the_list() -> None:
    assert "membership-set" not in rewrite("""
    def grow(rounds, seed):
        cells = list(seed)
        for _ in range(rounds):
            for c in list(cells):
                if c + 1 not in cells:
                    cells.append(c + 1)
        return cells
    """)


def test_membership_inside_a_comprehension() -> None:
    new = rewrite("""
    def count_known(words, vocabulary):
        return sum(1 for w in words if w in vocabulary)
    """)["membership-set"]
    assert new.splitlines()[2].strip() == f"vocabulary_lookup = {guarded('vocabulary')}"


@pytest.mark.parametrize("signature", ["words, allowed=None", "words, allowed: Optional[list[str]]",
                                       "words, allowed: list[str] | None"])
def test_a_container_that_may_be_none_keeps_none_for_its_lookup(signature: str) -> None:
    source = """
    def kept(@SIGNATURE@):
        return [w for w in words if allowed is None or w in allowed]
    """.replace("@SIGNATURE@", signature)
    new = rewrite(source)["membership-set"]
    assert f"allowed_lookup = {guarded('allowed')}" in new
    new, source = (f"from typing import Optional\n{textwrap.dedent(text)}" for text in (new, source))
    for args in ((["a", "b"], None), (["a", "b", "a"], ["a"]), (["a"], [])):
        assert run(new, "kept", *args) == run(source, "kept", *args)


def test_a_container_that_may_be_a_text_keeps_its_substring_test() -> None:
    source = """
    def kept(words, allowed):
        return [w for w in words if w in allowed]
    """
    new = rewrite(source)["membership-set"]
    for args in ((["log", "in,v", "x"], "login,view"), (["a", "b"], ["a"]), ([b"og"], b"log"), ([1], None)):
        assert repr(outcome_of(new, "kept", *args)) == repr(outcome_of(source, "kept", *args))


def outcome_of(source: str, name: str, *args: object) -> object:
    try:
        return run(source, name, *args)
    except Exception as error:  # the exception is the outcome
        return type(error)


def test_every_scanned_list_gets_its_own_set() -> None:
    # One set alone leaves the other scan dominating (holdout7/carpark: 1.07x with one, 4.7x with both).
    source = """
    class Garage:
        def free_bays(self, stays: list[tuple[int, int]], bays: int) -> list[int]:
            firsts = []
            for bay, minutes in stays:
                taken = [b for b, m in stays if m > minutes]
                free = [b for b in range(1, bays + 1) if b not in taken and b not in self.reserved]
                firsts.append(free[0] if free else None)
            return firsts
    """
    method = textwrap.dedent(source).split("\n", 2)[2]
    new = rewrite(method)["membership-set"]
    assert f"reserved_lookup = {guarded('self.reserved')}" in new and "taken_lookup = set(taken)" in new
    assert "if not taken_contains(b) and not reserved_contains(b)]" in new
    assert new.count("_lookup = ") == 4  # each with its fallback


def test_membership_in_an_attribute_of_self() -> None:
    source = """
    class Index:
        def count_known(self, queries):
            n = 0
            for q in queries:
                if q in self.words:
                    n += 1
            return n
    """
    method = textwrap.dedent(source).split("\n", 2)[2]
    new = rewrite(method)["membership-set"]
    assert f"words_lookup = {guarded('self.words')}" in new and "if words_contains(q):" in new
    # a method called on the owner may change the attribute: left alone
    assert rewrite(method.replace("n += 1", "self.note(q)")) == {}


def test_order_keeping_dedupe_gets_a_seen_set() -> None:
    source = """
    def dedupe(names):
        out = []
        for name in names:
            key = name.lower()
            if key not in out:
                out.append(key)
        return out
    """
    new = rewrite(source)
    assert set(new) == {"dedupe-seen-set"}
    text = new["dedupe-seen-set"]
    assert "out_seen = set(out)" in text and "out_seen.add(key)" in text and "if not out_contains(key):" in text
    args = (["B", "a", "b", "A", "c"],)
    assert run(text, "dedupe", *args) == run(source, "dedupe", *args) == ["b", "a", "c"]


def test_every_list_a_loop_dedupes_into_gets_a_seen_set() -> None:
    # (holdout34/butterfly_transects: the unknown names and the keys seen, one loop; the one left
    # scanning kept it quadratic)
    source = """
    def review(visits):
        unknown = []
        seen = []
        firsts = []
        for place, name in visits:
            if name.startswith("?"):
                if name not in unknown:
                    unknown.append(name)
                continue
            key = (place, name)
            if key not in seen:
                seen.append(key)
                firsts.append(name)
        return unknown, seen, firsts
    """
    text = rewrite(source)["dedupe-seen-set"]
    assert "unknown_seen.add(name)" in text and "seen_seen.add(key)" in text
    for visits in ([("a", "x"), ("a", "?y"), ("b", "x"), ("a", "x"), ("a", "?y"), ("c", "?z")], [],
                   [(["p"], "x"), (["p"], "x"), ("a", "x")]):  # a key it cannot hash: the list is asked
        assert run(text, "review", visits) == run(source, "review", visits)


@pytest.mark.parametrize(
    "source",
    [
        # a substring test, not membership
        "def f(words, text: str):\n    return [w for w in words if w in text]\n",
        # already a set
        "def f(xs, ys):\n    seen = set(ys)\n    return [x for x in xs if x in seen]\n",
        "def f(xs, ys):\n    seen: dict[str, int] = {}\n    for y in ys:\n        seen[y] = 1\n"
        "    return [x for x in xs if x in seen]\n",  # a dict, annotated: as fast as a set
        # the list changes inside the loop
        "def f(xs, ys):\n    for x in xs:\n        if x in ys:\n            ys.remove(x)\n    return ys\n",
        # passed to a call that may change it
        "def f(xs, ys):\n    for x in xs:\n        if x in ys:\n            g(ys)\n",
        # a global: its life is not visible here
        "def f(xs):\n    return [x for x in xs if x in CATALOG]\n",
        # not in a loop: one scan is as fast as building a set
        "def f(x, ys):\n    return x in ys\n",
    ],
)
def test_recipes_leave_what_they_cannot_prove_worth_it(source: str) -> None:
    assert rewrite(source) == {}


def test_a_dedupe_that_appends_something_else_keeps_a_set_of_what_was_appended() -> None:
    source = """
    def f(xs):
        out = []
        for x in xs:
            if x not in out:
                out.append(x + 1)
        return out
    """
    new = rewrite(source)
    assert set(new) == {"membership-shadow-set"}  # not the dedupe recipe: it tests x, keeps x + 1
    assert "out_seen.add(out[-1])" in new["membership-shadow-set"]
    args = ([1, 2, 2, 3, 5, 4, 6],)
    assert run(new["membership-shadow-set"], "f", *args) == run(source, "f", *args) == [2, 4, 6]


def test_recipe_candidates_are_diffs_of_the_module() -> None:
    target = extract_target(EXAMPLE, Path("shop/orders.py"), "unknown_skus")
    candidates = recipe_candidates(target)
    assert [c.source for c in candidates] == ["recipe"]
    candidate = candidates[0]
    assert candidate.id.startswith("recipe-membership-set-") and "recipe membership-set" in candidate.rationale
    assert "+        catalog_skus_lookup = set(catalog_skus)" in candidate.diff
    assert candidate.diff.startswith("diff --git a/shop/orders.py b/shop/orders.py")


BFS = """
def hops(graph: dict[str, list[str]], start: str) -> dict[str, int]:
    seen = {start: 0}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for nxt in graph.get(node, []):
            if nxt not in seen:
                seen[nxt] = seen[node] + 1
                queue.append(nxt)
    return seen
"""


def test_a_list_used_as_a_fifo_queue_becomes_a_deque() -> None:
    new = rewrite(BFS)["queue-deque"]
    assert "queue = deque([start])" in new and "node = queue.popleft()" in new and "pop(0)" not in new
    graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "a"], "d": []}
    from collections import deque

    scope: dict[str, object] = {"deque": deque}
    exec(textwrap.dedent(new), scope)
    hops = scope["hops"]
    assert callable(hops)
    assert hops(graph, "a") == run(BFS, "hops", graph, "a") == {"a": 0, "b": 1, "c": 1, "d": 2}


def test_an_annotated_fifo_queue_becomes_a_deque_annotated_as_one() -> None:
    new = rewrite(BFS.replace("queue = [start]", "queue: list[str] = [start]"))["queue-deque"]
    assert "queue: deque[str] = deque([start])" in new and "node = queue.popleft()" in new
    assert "queue-deque" not in rewrite(BFS.replace("queue = [start]", "queue: Sequence[str] = [start]"))
    assert "queue-deque" not in rewrite(BFS.replace("    queue = [start]\n", "    queue: list[str] = [start]\n"
                                                    "    queue: list[str] = []\n"))


@pytest.mark.parametrize(
    "use",
    [
        "return queue",  # the caller would get a deque
        "print(queue[1:])",  # deques cannot be sliced
        "for item in queue:\n        pass",  # iterating while appending raises on a deque
        "helper(queue)",  # passed on: its type matters there
        "queue.insert(0, 1)",  # a list method the recipe does not translate
        "queue = []",  # rebound
        "print(queue[0])",  # unguarded: an IndexError would name a deque
        "print(queue and queue[1])",  # only the front is read where `queue and …` guards it
        "print(items and queue[0])",  # guarded by something else
    ],
)
def test_a_queue_used_any_other_way_is_left_alone(use: str) -> None:
    source = f"""
    def drain(items: list[int]) -> int:
        queue = list(items)
        total = 0
        while queue:
            total += queue.pop(0)
        {use}
        return total
    """
    assert "queue-deque" not in rewrite(source)


def test_lines_split_from_a_text_are_read_as_a_queue_with_a_guarded_look_at_the_front() -> None:
    source = """
    def blocks(text):
        lines = text.splitlines()
        out = []
        while lines:
            head = lines.pop(0)
            body = []
            while lines and lines[0].strip():
                body.append(lines.pop(0))
            out.append((head, body))
        return out
    """
    new = rewrite(source)["queue-deque"]
    assert "lines = deque(text.splitlines())" in new and "lines.popleft()" in new
    assert "while lines and lines[0].strip():" in new
    scope: dict[str, object] = {}
    exec("from collections import deque\n" + textwrap.dedent(new), scope)
    for text in ["a\nb\nc\n\nd\n e\n", "", "\n\n", "x"]:
        assert scope["blocks"](text) == run(source, "blocks", text)  # type: ignore[operator]


def test_without_pop_front_or_for_a_parameter_nothing_changes() -> None:
    assert "queue-deque" not in rewrite("def f(queue):\n    while queue:\n        queue.pop(0)\n")
    assert "queue-deque" not in rewrite("def f():\n    queue = [1]\n    queue.pop()\n    return 1\n")


def test_the_deque_import_is_added_once_to_the_module(tmp_path: Path) -> None:
    (tmp_path / "graph.py").write_text('"""Graphs."""\n\nimport json\n' + textwrap.dedent(BFS))
    [candidate] = recipe_candidates(extract_target(tmp_path, Path("graph.py"), "hops"))
    assert candidate.id.startswith("recipe-queue-deque-")
    assert "+from collections import deque\n" in candidate.diff
    (tmp_path / "graph2.py").write_text("from collections import deque\n" + textwrap.dedent(BFS))
    [again] = recipe_candidates(extract_target(tmp_path, Path("graph2.py"), "hops"))
    assert "import" not in "".join(line for line in again.diff.splitlines() if line.startswith("+"))


TWO_SPOTS = """
def spread(cells: list[int], rounds: int) -> list[int]:
    for _ in range(rounds):
        near = []
        for c in cells:
            for n in (c - 1, c, c + 1):
                if n not in near:
                    near.append(n)
        cells = [n for n in near if (n - 1 in cells) != (n + 1 in cells)]
    return sorted(cells)
"""


def test_where_several_recipes_apply_all_of_them_together_come_first(tmp_path: Path) -> None:
    (tmp_path / "cells.py").write_text(TWO_SPOTS)
    candidates = recipe_candidates(extract_target(tmp_path, Path("cells.py"), "spread"))
    names = [c.id.rsplit("-", 1)[0] for c in candidates]
    assert names == ["recipe-membership-set+dedupe-seen-set", "recipe-membership-set", "recipe-dedupe-seen-set"]
    both = candidates[0]
    assert "recipe membership-set:" in both.rationale and "recipe dedupe-seen-set:" in both.rationale
    assert both.new_source is not None and "near_seen" in both.new_source and "cells_lookup" in both.new_source
    for cells, rounds in (([0], 5), ([3, 9, 4], 4), ([], 2), ([1, 1, 2], 3)):
        assert run(both.new_source, "spread", cells, rounds) == run(TWO_SPOTS, "spread", cells, rounds)


def test_one_recipe_gives_no_combination(tmp_path: Path) -> None:
    (tmp_path / "graph.py").write_text(textwrap.dedent(BFS))
    assert [c.id.rsplit("-", 1)[0] for c in recipe_candidates(extract_target(tmp_path, Path("graph.py"), "hops"))] \
        == ["recipe-queue-deque"]


def test_a_recipe_on_a_method_leaves_its_docstring_and_the_rest_of_the_file_alone(tmp_path: Path) -> None:
    source = '''\
class Inventory:
    def __init__(self, skus: list[str]) -> None:
        self.skus = list(skus)

    def missing(self, wanted: list[str]) -> list[str]:
        """The wanted SKUs the inventory lacks, in order.

        Duplicates are kept.
        """
        out = []
        for sku in wanted:
            if sku not in self.skus:
                out.append(sku)
        return out
'''
    (tmp_path / "inventory.py").write_text(source)
    [candidate] = recipe_candidates(extract_target(tmp_path, Path("inventory.py"), "Inventory.missing"))
    changed = [line for line in candidate.diff.splitlines() if line[:1] in "+-" and line[:3] not in ("+++", "---")]
    assert all("skus" in line or "lookup" in line or "value" in line
               or line[1:].strip() in ("try:", "except Exception:", "pass") for line in changed), changed
    assert "        Duplicates are kept.\n" in candidate.diff  # unchanged context, at its indentation


def test_a_list_whose_items_cannot_be_hashed_is_still_asked_as_a_list() -> None:
    source = """
def f(pairs, licences):
    return [p for p in pairs if p not in licences]
"""
    new = rewrite(source)["membership-set"]
    licences = [["G4ABC", "2m"], ("M0XYZ", "FM")]  # lists, as loaded from JSON
    for pairs in ([("M0XYZ", "FM"), ["G4ABC", "2m"], ("G4ABC", "2m")], []):
        assert outcome(new, pairs, licences) == outcome(source, pairs, licences)
