"""Recipe heap-beside-frontier: a frontier list searched for its smallest key on every pass → a heap
beside it answering the same item; and a helper of another module rewritten as a copy beside the function."""

from __future__ import annotations

import random
import textwrap
from pathlib import Path

import pytest

from wattlens.analysis.target import extract_target
from wattlens.optimize.frontiers import heap_beside_frontier
from wattlens.optimize.recipes import recipe_candidates
from wattlens.verify.patching import apply_patches, parse_diff

from .recipe_outcomes import outcome, rewrite

SEARCH = """
def f(graph, origin):
    times = {origin: 0}
    frontier = [origin]
    order = []
    while frontier:
        node = min(frontier, key=lambda candidate: times[candidate])
        frontier.remove(node)
        order.append(node)
        for neighbour, cost in graph.get(node, ()):
            arrival = times[node] + cost
            if neighbour not in times or arrival < times[neighbour]:
                times[neighbour] = arrival
                if neighbour not in frontier:
                    frontier.append(neighbour)
    return times, order
"""

PRELUDE = "import heapq\nimport itertools\n"


def random_graph(rng: random.Random) -> dict[object, list[tuple[object, object]]]:
    nodes: list[object] = [*range(rng.randint(1, 12)), "a", "b"]
    costs: list[object] = [0, 1, 2, 2.0, 3, 0.5, 1.5]
    if rng.random() < 0.1:
        costs.append(float("nan"))
    if rng.random() < 0.1:
        costs.append(True)
    return {node: [(rng.choice(nodes), rng.choice(costs)) for _ in range(rng.randint(0, 4))] for node in nodes}


def test_the_heap_picks_the_item_min_picks_ties_included() -> None:
    new = rewrite(heap_beside_frontier, SEARCH)
    assert new is not None
    assert "node = frontier_smallest() if frontier_plain[0] else min(frontier, key=lambda candidate: " \
           "times[candidate])" in new
    rng = random.Random(4)
    for _ in range(300):
        graph = random_graph(rng)
        origin = rng.choice(list(graph))
        assert outcome(new, graph, origin, prelude=PRELUDE) == outcome(SEARCH, graph, origin)


@pytest.mark.parametrize(
    ("change", "why"),
    [
        (("        frontier.remove(node)\n", "        frontier.pop(0)\n"), "not removing what min took"),
        (("                    frontier.append(neighbour)\n", "                    frontier.insert(0, neighbour)\n"),
         "items put in elsewhere"),
        (("                times[neighbour] = arrival\n", "                times.update({neighbour: arrival})\n"),
         "keys written otherwise"),
        (("key=lambda candidate: times[candidate]", "key=lambda candidate: -times[candidate]"), "another key"),
        (("    return times, order\n", "    return times, order, frontier.sort()\n"), "the list changed otherwise"),
    ],
)
def test_left_alone(change: tuple[str, str], why: str) -> None:
    assert change[0] in SEARCH
    assert rewrite(heap_beside_frontier, SEARCH.replace(*change)) is None, why


def test_a_helper_of_another_module_is_rewritten_as_a_copy_beside_the_function(tmp_path: Path) -> None:
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "__init__.py").write_text("")
    search = textwrap.dedent(SEARCH).replace("def f(graph, origin):", "def search(graph, origin):")
    (tmp_path / "pkg" / "graph.py").write_text(search)
    (tmp_path / "pkg" / "report.py").write_text(
        "from pkg.graph import search\n\n\ndef report(graph, origins):\n"
        "    return [search(graph, origin) for origin in origins]\n")
    target = extract_target(tmp_path, Path("pkg/report.py"), "report")
    found = [c for c in recipe_candidates(target) if c.id.startswith("recipe-heap-beside-frontier-")]
    assert found and "a copy beside the function" in found[0].rationale
    apply_patches(parse_diff(found[0].diff), tmp_path)
    new = (tmp_path / "pkg" / "report.py").read_text()
    assert "def _search_rewritten(graph, origin):" in new and "[_search_rewritten(graph, origin) for" in new
    assert (tmp_path / "pkg" / "graph.py").read_text() == search  # its other callers keep it as it is
    scope: dict[str, object] = {}
    exec(new.replace("from pkg.graph import search\n", search), scope)
    graph = {1: [(2, 1), (3, 4)], 2: [(3, 1)], 3: []}
    assert scope["report"](graph, [1, 3]) == [({1: 0, 2: 1, 3: 2}, [1, 2, 3]), ({3: 0}, [3])]  # type: ignore[operator]
