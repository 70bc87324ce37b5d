"""Recipe: a frontier list searched for its smallest key on every pass (`node = min(frontier,
key=lambda c: times[c])`, then `frontier.remove(node)`) → a heap beside the list, which answers the same.

    times = {origin: 0}
    frontier = [origin]
    while frontier:
        node = min(frontier, key=lambda candidate: times[candidate])
        frontier.remove(node)
        for neighbour, seconds in graph.get(node, ()):
            arrival = times[node] + seconds
            if neighbour not in times or arrival < times[neighbour]:
                times[neighbour] = arrival
                if neighbour not in frontier:
                    frontier.append(neighbour)

is Dijkstra's search with a scan of the whole frontier for every node it settles (holdout17/ems_coverage,
studied after its blind run).  The list stays as it is; beside it a heap of `(key, place in the list,
push number, item)` is pushed whenever an item is appended or its key is written, and the smallest
entry still current (the item is in the list since that place, and its key is still the one pushed)
is the item `min` would pick: the smallest key, and among equal keys the one appended first, which
`min` meets first in the list.

WHEN.  The loop is `while frontier:` over a local list, whose first two statements are that `min`
(a lambda reading `keys[c]` of a local dict) and that `remove`.  Elsewhere the list is only appended
to (a statement of its own), asked `in`, or read; the dict is written only by `keys[item] = value`
statements in the loop (anything else may read it).

AT RUN TIME the heap is used while every key is an int or a float that is not NaN (so `<` and `==`
order them as `min` does), every item can be hashed and is appended only while it is not in the list,
and every item appended has a key; from the first that is not so, `min` scans the list as before
(the list is kept exactly as the original keeps it, so the scan answers as it would have).
"""

from __future__ import annotations

from dataclasses import dataclass

import libcst as cst
import libcst.matchers as m

from wattlens.optimize import cst_facts as facts

EXPLANATION = (
    "the loop scanned its whole frontier list for the item with the smallest key on every pass; a heap "
    "beside the list now answers the same item (the smallest key, the earliest appended among equals)"
)

_READING = frozenset({"get", "keys", "values", "items", "copy", "__contains__"})


@dataclass(frozen=True)
class _Frontier:
    loop: cst.While
    items: str
    keys: str
    taken: cst.SimpleStatementLine  # `node = min(...)`
    removed: cst.SimpleStatementLine  # `items.remove(node)`
    appends: frozenset[int]  # the append statements
    writes: frozenset[int]  # the `keys[item] = value` statements


def heap_beside_frontier(function: cst.FunctionDef) -> cst.FunctionDef | None:
    if not isinstance(function.body, cst.IndentedBlock) or facts.calls_frame_readers(function):
        return None
    for loop in facts.walk(function.body):
        if isinstance(loop, cst.While) and (found := _frontier(function, loop)) is not None:
            return _rewrite(function, found)
    return None


def _frontier(function: cst.FunctionDef, loop: cst.While) -> _Frontier | None:
    if not isinstance(loop.test, cst.Name) or not isinstance(loop.body, cst.IndentedBlock) or loop.orelse \
            or len(loop.body.body) < 2:
        return None
    items = loop.test.value
    local = facts.local_names(function)
    first, second = loop.body.body[0], loop.body.body[1]
    binding = facts.single_assign(first)
    if binding is None or not isinstance(first, cst.SimpleStatementLine) \
            or not isinstance(second, cst.SimpleStatementLine):
        return None
    taken, call = binding[0].value, binding[1]
    if not m.matches(call, m.Call(func=m.Name("min"), args=[m.Arg(value=m.Name(items), keyword=None),
                                                              m.Arg(keyword=m.Name("key"), value=m.Lambda())])) \
            or "min" in local:
        return None
    key = cst.ensure_type(cst.ensure_type(call, cst.Call).args[1].value, cst.Lambda)
    if len(key.params.params) != 1 or key.params.kwonly_params or key.params.star_kwarg is not None \
            or isinstance(key.params.star_arg, (cst.Param, cst.ParamStar)):
        return None
    item = key.params.params[0].name.value
    if not (isinstance(key.body, cst.Subscript) and isinstance(key.body.value, cst.Name)
            and m.matches(key.body.slice[0].slice, m.Index(value=m.Name(item))) and len(key.body.slice) == 1):
        return None
    keys = key.body.value.value
    if not m.matches(second, m.SimpleStatementLine(body=[m.Expr(value=m.Call(
            func=m.Attribute(value=m.Name(items), attr=m.Name("remove")),
            args=[m.Arg(value=m.Name(taken), keyword=None, star="")]))])):
        return None
    if items in facts.bound_in(loop) or keys in facts.bound_in(loop) or facts.declared_outer(function, items) \
            or facts.declared_outer(function, keys) \
            or facts.captured(list(cst.ensure_type(function.body, cst.IndentedBlock).body), items) \
            or facts.captured(list(loop.body.body[1:]), keys):
        return None
    parents = facts.parents(function.body)
    appends: set[int] = set()
    for mention in facts.mentions(function.body, items, parents):
        if any(a is first for a in facts.ancestors(mention, parents)) or any(
                a is second for a in facts.ancestors(mention, parents)) or mention is loop.test:
            continue
        if facts.in_a_target(mention, parents):
            continue  # its binding (no other binding is in the loop, and the loop starts after it)
        appended = facts.method_statement(mention, parents, "append")
        if appended is not None and isinstance(appended[1], cst.SimpleStatementLine) \
                and any(a is loop for a in facts.ancestors(mention, parents)):
            appends.add(id(appended[1]))
            continue
        if not facts.read_only(mention, parents, local):
            return None
    writes: set[int] = set()
    for mention in facts.mentions(loop, keys, parents):
        parent = parents.get(id(mention))
        if any(a is first for a in facts.ancestors(mention, parents)):
            continue
        if isinstance(parent, cst.Subscript) and parent.value is mention and facts.in_a_target(parent, parents):
            assign = parents.get(id(parents.get(id(parent))))
            statement = parents.get(id(assign))
            if isinstance(assign, cst.Assign) and len(assign.targets) == 1 and assign.targets[0].target is parent \
                    and isinstance(statement, cst.SimpleStatementLine) and len(statement.body) == 1 \
                    and len(parent.slice) == 1 and isinstance(parent.slice[0].slice, cst.Index) \
                    and facts.is_simple(parent.slice[0].slice.value):
                writes.add(id(statement))
                continue
            return None
        if isinstance(parent, cst.Attribute) and parent.value is mention and parent.attr.value not in _READING:
            return None
        if isinstance(parent, cst.Arg) or not (facts.read_only(mention, parents, local)
                                               or isinstance(parent, (cst.Attribute, cst.ComparisonTarget))):
            return None
    if not appends:
        return None
    return _Frontier(loop, items, keys, first, second, frozenset(appends), frozenset(writes))


def _rewrite(function: cst.FunctionDef, found: _Frontier) -> cst.FunctionDef:
    taken = facts.names_in(function)
    heap, places, order, plain, keep, smallest, each = (
        facts.unused_name(taken, f"{found.items}_{suffix}")
        for suffix in ("heap", "places", "order", "plain", "keep", "smallest", "item"))
    items, keys = found.items, found.keys
    helpers = cst.parse_module(
        f"{heap} = []  # (key, place in `{items}`, push number, item): `min`'s pick on top\n"
        f"{places} = {{}}  # each item of `{items}` -> the number of its append\n"
        f"{order} = itertools.count()\n"
        f"{plain} = [True]  # False once a key or an item cannot be kept in the heap: `min` as before\n"
        f"def {keep}(item, appended):\n"
        f"    if not {plain}[0]:\n"
        f"        return\n"
        f"    try:\n"
        f"        if appended:\n"
        f"            if item in {places}:\n"
        f"                {plain}[0] = False  # appended twice: `min` meets the first copy\n"
        f"                return\n"
        f"            {places}[item] = next({order})\n"
        f"        if item in {places}:\n"
        f"            key = {keys}[item]\n"
        f"            if type(key) not in (int, float) or key != key:\n"
        f"                {plain}[0] = False\n"
        f"                return\n"
        f"            heapq.heappush({heap}, (key, {places}[item], next({order}), item))\n"
        f"    except (TypeError, KeyError):\n"
        f"        {plain}[0] = False\n"
        f"def {smallest}():\n"
        f"    while True:\n"
        f"        key, place, _, item = heapq.heappop({heap})\n"
        f"        if {places}.get(item) == place and {keys}[item] == key:\n"
        f"            return item\n"
        f"for {each} in {items}:\n"
        f"    {keep}({each}, True)\n").body
    binding = cst.ensure_type(found.taken.body[0], cst.Assign)
    taken_code = facts.code(binding.targets[0].target)
    new_taken = cst.parse_statement(
        f"{taken_code} = {smallest}() if {plain}[0] else {facts.code(binding.value)}\n")
    new_removed = cst.parse_module(f"{facts.code(found.removed).strip()}\n{places}.pop({taken_code}, None)\n").body
    replaced: dict[int, list[cst.BaseStatement]] = {id(found.taken): [new_taken], id(found.removed): list(new_removed)}
    for statement in facts.walk(found.loop):
        if id(statement) in found.appends:
            line = cst.ensure_type(statement, cst.SimpleStatementLine)
            call = cst.ensure_type(line.body[0], cst.Expr).value
            added = facts.code(cst.ensure_type(call, cst.Call).args[0].value)
            replaced[id(line)] = [line, cst.parse_statement(f"{keep}({added}, True)\n")]
        elif id(statement) in found.writes:
            line = cst.ensure_type(statement, cst.SimpleStatementLine)
            target = cst.ensure_type(cst.ensure_type(line.body[0], cst.Assign).targets[0].target, cst.Subscript)
            written = facts.code(cst.ensure_type(target.slice[0].slice, cst.Index).value)
            replaced[id(line)] = [line, cst.parse_statement(f"{keep}({written}, False)\n")]
    new_loop = found.loop.visit(facts.ReplaceStatements(replaced))
    assert isinstance(new_loop, cst.While)
    return facts.replace_statement(function, found.loop, [*helpers, new_loop])

