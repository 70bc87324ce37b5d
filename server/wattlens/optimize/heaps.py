"""A recipe for a work list sorted again on every pass of a loop only to take its smallest item:
Kahn's topological sort in a fixed order, an event simulation, Dijkstra written with a list,
a job scheduler.

    ready = [n for n in nodes if indegree[n] == 0]
    while ready:
        ready.sort()
        name = ready.pop(0)
        ...
        ready.append(d)

becomes

    ready = [n for n in nodes if indegree[n] == 0]
    ready_kind = (tuple(map(type, ready[0])) if type(ready[0]) is tuple else type(ready[0])) if ready else None
    ready_heap = {int, str}.issuperset(...) and all(<kind of item> == ready_kind for item in ready)
    if ready_heap:
        heapq.heapify(ready)
    while ready:
        if ready_heap:
            name = heapq.heappop(ready)
        else:
            ready.sort()
            name = ready.pop(0)
        ...
        if ready_heap and <kind of d> == ready_kind:
            heapq.heappush(ready, d)
        else:
            ready_heap = False
            ready.append(d)

SHAPES. The loop is a `while` of the function's own body, or of the body of a `for` loop among its
statements (an event loop run once per group: holdout34/pothole_repairs, each depot's defects through
its gangs), where the list is made on every pass before the `while` and named nowhere else in the
function. Its test is true only while the list holds at least as many items as the pass takes (`while
ready`, `len(ready)`, `len(ready) > 0`, `!= 0`, `>= 1`; `len(ready) > 1` or `>= 2` for two takes; or one
of those `and` something else; for one take by a sort, any test: the heap is then taken from only while
it holds an item, and an empty list is taken from as the original does, raising its own IndexError), and
whose body holds, among its own statements, the pair that takes the smallest item (statements before it
may push and read the length: an event simulation queues what has arrived, then takes the next;
holdout21/depot_charging):
`ready.sort()` or `ready = sorted(ready)` then a statement holding `ready.pop(0)` (on the
same line or the next), and maybe more such takes right after it (Huffman's `first =
nodes.pop(0)`, `second = nodes.pop(0)`); the same with `reverse=True` and `ready.pop()`/`pop(-1)`; or
`x = min(ready)` then `ready.remove(x)`.  (`sort(reverse=True)` then `pop()` is the smallest
item: the reverse sort puts it last.)  `key=` is taken when it changes nothing
(`purity.is_pure_key`: a one-parameter lambda, a builtin such as `len`, a pure function; or a function
of the module that hands back parts of what it is handed, `return (defect["category"], …)`); then the
heap holds `(key, arrival, item)` entries (below).  Items go in by `ready.append(v)` statements, each
alone on its line (or after an `if ...:`), anywhere in the loop's body (also inside `if`,
`for`, `try`, `with`; not in a nested function, nor in the loop's `else`), `v` not mentioning
the list; `v` is bound to a new name first unless it is a plain name, so it is evaluated once.
The largest item
(`sort()` then `pop()`, `reverse=True` then `pop(0)`) is refused: Python 3.10 has no public
max-heap, and negating works for numbers only.

WHY THE SAME ITEM COMES OUT. A heap pops *a* smallest item; the sort-then-pop takes, among
equal smallest items, the first in list order (stable sort). The two differ only when equal
items can be told apart (1 and 1.0 and True, 0.0 and -0.0, objects with their own `__lt__`,
tuples equal in their keys but not their payload) or when `<` is not a total order (NaN). So
the heap is used only while every item has one *kind*: all exact ints, all exact strs, or all
exact tuples with the same exact types (int or str) field by field. Among such items `<` is a
total order, no comparison raises, and equal items are the same value (identity aside, which
`is`/`id` would show), so whichever equal item the heap returns is the one the sort would have.
The kind is checked for every item when the loop starts and for each item pushed (an exact type
test: `type(v)`, and `tuple(map(type, v))` for a tuple). An empty list at the start, or any
other item (a float but as below; a bool; None; an object; an int or str subclass), leaves or
switches the list to the original code for the rest of the loop: at a switch the heap
holds the same items the original list holds, in another order that differs only among equal
items of the kind, all of which come before the new item; the original's next stable sort
therefore gives the same list (and `min`, which does not sort, the same first smallest item,
the lists differing only by the order of the equal-when-same items in front). So comparison
errors (str among ints, say) are raised by that same sort, at the same moment as in the
original; only the TypeError's text, which names the two types in the order the sort meets
them, could differ when timsort meets them in another order (lists of 64 items or more with
more items appended after the first odd one).

FLOATS.  When the loop takes its item by sorting (not `min`, no key), exact floats may be items or
fields too, as long as none is NaN (which `<` does not order) or -0.0 (equal to 0.0, yet printed
apart): such floats are totally ordered and equal ones are the same value.  But a NaN arriving later
makes the original's next sort depend on the list's order, which a heap does not keep; so floats
pushed since the last pop are noted, and at the switch the list is put back as the original holds
it: the rest of the last sort in sorted order, then those items in the order they came.  Measured
(timeit, 3 runs): an event simulation of 4,000 (float time, kind, id) tuples, each arrival adding a
departure: 0.20-0.22 s -> 0.011-0.012 s (17-20x).  Tuples whose fields change type from item to item
(a float payload in arrivals, an int in departures) still switch back at the first such item.

With `key=`, ties between different items of equal keys are real, so each entry is `(key,
arrival, item)`: an arrival counter makes ties follow the order a stable sort keeps (the items
that stay in the list keep their arrival order among equal keys, and appended items come after
them; with `reverse=True` and `pop()` the last one wins, so the counter is negated). Both the
items and the keys must be of one kind each, as above (so the key of an item cannot change
while it waits: the item is immutable and the names the key reads are not changed in the loop),
except where nothing in the loop can change any item (`_items_left_alone`: every call changes
nothing, `Node(w, n)` of a record class included, or is a method of a container the function made;
every write is to a name or into such a container, a list taken out of a dict of new lists included,
`stats = totals.setdefault(k, [0, 0])`; a lambda only as the `key=` of `min`, `max` or `sorted`, which
call it there and then): then the items may be objects of any kind, and only the keys must keep one
(holdout23/planning_backlog, studied after its blind run started: 19x).  Records of the module's frozen
classes whose fields are all immutable (`purity.Trusted.frozen_records`, tested by their exact class) are
items nothing can change, like ints and strs.  Sorted smallest first (not by `min`), keys may also hold
floats: equal keys (0.0 and -0.0 too) are ties broken by arrival, as the stable sort breaks them, and a
key holding a NaN switches to the original code with the list put as the original holds it (the rest of
its last sort, then what came since, in order), since a NaN makes the next sort depend on that order.
A key that raises (an Exception) makes the push switch to the original code instead, the heap
turned back into the items in arrival order (which the next stable sort puts as the
original's), so the original's next sort raises it where it did. The key is called once per
item instead of once per item per pass, which a key without side effects cannot show; a change
to what the key reads that the loop makes by a route not seen here (a global changed by a call)
would make the two differ, and the verifier's replay checks that.

WHAT ELSE MAY TOUCH THE LIST. It must be bound by a statement of the function's own body to a
new list (`[...]`, a comprehension, `list(...)`, `sorted(...)`), not `global`/`nonlocal`, not
handed to anything that could keep it (`alias = ready`, `f(ready)`, a closure, a generator)
before the loop, and not reached through `locals`/`vars`/`eval`/`exec`. In the loop its only
other uses may be `len(ready)`, `bool(ready)`, a truth test and, without a key, `x in
ready`/`not in` (a heap holds the same items). After the loop, if the loop has no `break` and
its test is exactly the list's emptiness, the list is empty in both and may be used in any way;
otherwise only `len`, `bool`, a truth test and (without a key) `in` are allowed, but where the
test is exactly "at least two items" (one item, or none, is left: the same list in any order; a
keyed heap's entries are turned back into their items after the loop).  Reading an item before the
loop (`nodes[0]`) is not handing the list on. The loop must
be a statement of the function's own body, so an exception from it leaves the function and the
list is dropped.

Measured (CPython 3.11, timeit, best of 3 to 15 runs on a shared 2-core machine, so +-30%):
Kahn's sort of a 5,000-node DAG with str names whose ready list starts near 2,500 items:
0.08-0.16 s -> 0.007-0.009 s (11-19x); an event simulation of 5,000 (time, id) tuples with
a reverse sort: 0.82-1.1 s -> 0.006-0.010 s (about 110-135x); Kahn by `key=lambda n: prio[n]`
over 2,000 nodes: 0.095-0.12 s -> 0.003-0.004 s (24-45x).  Where the ready list stays small
(a 5,000-node int DAG with local edges, or 50 wide layers) the two take the same time
(5-10 ms, 0.8-1.3x across runs), and a chain of 30 (one ready item) is about 10% slower: the
kind test per push costs about what sorting a handful of items does.  The benchmark decides.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TypeVar

import libcst as cst
import libcst.matchers as m

from wattlens.optimize import cst_facts as facts
from wattlens.optimize import purity

EXPLANATION = (
    "the list is sorted again on every pass only to take its smallest item; a heap gives the same item in "
    "log n per pass, and is used only while all items are ints, strs or tuples of those of one kind (where equal "
    "items are the same value), the original sorting taking over otherwise"
)

_Node = TypeVar("_Node", bound=cst.CSTNode)

# Builtins the rewrite calls, which must be the builtins.
_USED = frozenset({"heapq", "type", "tuple", "map", "int", "str", "float", "all", "Exception"})
_COMPREHENSIONS = (cst.ListComp, cst.SetComp, cst.DictComp, cst.GeneratorExp)


@dataclass(frozen=True)
class _Slot:
    """The statements at the start of the loop's body that take the smallest item."""

    name: str
    lines: int
    """How many statements of the loop's body the pair (and the further takes) span."""
    at: int
    """Where in the loop's body the pair starts (statements before it may push and read the list's
    length: the depot's arrivals queued before the next bus is taken, holdout21/depot_charging)."""
    takes: tuple[tuple[cst.BaseSmallStatement, cst.BaseExpression], ...]
    """Each statement that takes an item, with what in it becomes `heapq.heappop(...)` (`ready.pop(0)`,
    or `min(ready)`): the pair's, then those right after it (`second = ready.pop(0)`)."""
    key: cst.BaseExpression | None
    reverse: bool
    mentions: frozenset[int]
    """The ids of the pair's own mentions of the list."""
    builtin: str | None
    """`sorted` or `min` when the pair calls it (it must be the builtin)."""


@dataclass(frozen=True)
class _Push:
    line: cst.SimpleStatementLine | cst.SimpleStatementSuite
    value: cst.BaseExpression


@dataclass(frozen=True)
class _Plan:
    pushes: list[_Push]
    objects: bool
    """keyed, with items of any kind (only the keys must keep one): nothing in the loop can change an item"""
    restore: bool
    """a keyed list used after the loop that ends with at most one entry, turned back into its item"""
    unproven: bool = False
    """the loop's test does not prove the list holds an item to take: an empty one is taken from as the
    original takes (`pop(0)` raising its own IndexError), the heap only while it holds one"""


def heap_not_resort(function: cst.FunctionDef) -> cst.FunctionDef | None:
    """Every loop of the function's own body that qualifies, its list kept as a heap (one at a time)."""
    return facts.repeatedly(_one_loop, function)


def _one_loop(function: cst.FunctionDef) -> cst.FunctionDef | None:
    if not isinstance(function.body, cst.IndentedBlock):
        return None
    for body, placed, nested in _blocks(function):
        for index, loop in enumerate(body):
            if not isinstance(loop, cst.While):
                continue
            slot = _slot(loop)  # the common case (no such pair) is answered here, cheaply
            if slot is None:
                continue
            if nested is not None and not _only_in(function, nested, body, index, slot.name):
                continue
            plan = _plan(function, body, index, loop, slot)
            if plan is None:
                continue
            rewritten = placed(_rewrite(function, body, index, loop, slot, plan))
            if facts.compiles(rewritten):
                return rewritten
    return None


_Placing = Callable[[list[cst.BaseStatement]], cst.FunctionDef]


def _blocks(function: cst.FunctionDef) -> Iterator[tuple[list[cst.BaseStatement], _Placing, cst.For | None]]:
    """The function's own statements, then those of each `for` loop among them (an event loop run once
    per group, `for depot, count in gangs.items():`), each with how the function is made with them
    replaced, and the loop holding them."""
    block = function.body
    assert isinstance(block, cst.IndentedBlock)
    outer = list(block.body)
    yield outer, lambda new: function.with_changes(body=block.with_changes(body=new)), None
    for at, statement in enumerate(outer):
        if isinstance(statement, cst.For) and isinstance(inner := statement.body, cst.IndentedBlock):
            def placed(new: list[cst.BaseStatement], at: int = at, loop: cst.For = statement,
                       inner: cst.IndentedBlock = inner) -> cst.FunctionDef:
                changed = loop.with_changes(body=inner.with_changes(body=new))
                return function.with_changes(body=block.with_changes(body=[*outer[:at], changed, *outer[at + 1:]]))
            yield list(inner.body), placed, statement


def _only_in(function: cst.FunctionDef, loop: cst.For, body: list[cst.BaseStatement], index: int, name: str) -> bool:
    """Within a `for` loop, the list is named nowhere in the function but in the statements of its body
    from the one binding it to a new list to the `while` at `index`: a new list on every pass, which
    nothing reads once the `while` is done (nor before it is made, when it is the last pass's)."""
    start = facts.fresh_list_binding(body, index, name, facts.local_names(function))
    if start is None:
        return False
    parents = facts.parents(function)
    inside = {id(node) for statement in body[start:index + 1] for node in facts.walk(statement)}
    return name not in facts.names_in(loop.target) and all(
        id(mention) in inside for mention in facts.mentions(function, name, parents))


# --- finding the pair that takes the smallest item -------------------------------------------------


def _slot(loop: cst.While) -> _Slot | None:
    block = loop.body
    if not isinstance(block, cst.IndentedBlock):
        return None
    return next((slot for at in range(len(block.body)) if (slot := _slot_at(block, at)) is not None), None)


def _slot_at(block: cst.IndentedBlock, at: int) -> _Slot | None:
    first = block.body[at]
    if not isinstance(first, cst.SimpleStatementLine):
        return None
    smalls, lines = list(first.body), 1
    following = block.body[at + 1] if len(block.body) > at + 1 else None
    if len(smalls) == 1 and isinstance(following, cst.SimpleStatementLine):
        smalls, lines = [*smalls, *following.body], 2
    if len(smalls) != 2:
        return None
    sort = _sort(smalls[0])
    if sort is not None:
        name, key, reverse, mentions, builtin = sort
        popped = _pop(smalls[1], name)
        if popped is None:
            return None
        call, last, mention = popped
        if last != reverse:
            return None  # the largest item: refused (see the module's docstring)
        takes, mentioned = [(smalls[1], call)], {*mentions, id(mention)}
        for statement in block.body[at + lines:]:
            # Further takes before anything else happens come from the same sorted list.
            if not (isinstance(statement, cst.SimpleStatementLine) and len(statement.body) == 1):
                break
            more = _pop(statement.body[0], name)
            if more is None or more[1] != reverse:
                break
            takes.append((statement.body[0], more[0]))
            mentioned.add(id(more[2]))
            lines += 1
        return _Slot(name, lines, at, tuple(takes), key, reverse, frozenset(mentioned), builtin)
    return _min_then_remove(smalls[0], smalls[1], lines, at)


def _sort(small: cst.BaseSmallStatement) -> tuple[str, cst.BaseExpression | None, bool, list[int], str | None] | None:
    """`name.sort(...)` or `name = sorted(name, ...)`: the name, key, reverse, mentions and the builtin used."""
    if isinstance(small, cst.Expr) and isinstance(small.value, cst.Call):
        call = small.value
        if not m.matches(call.func, m.Attribute(value=m.Name(), attr=m.Name("sort"))):
            return None
        assert isinstance(call.func, cst.Attribute) and isinstance(call.func.value, cst.Name)
        options = facts.sort_options(call.args)
        return None if options is None else (call.func.value.value, *options, [id(call.func.value)], None)
    assigned = facts.single_assign(cst.SimpleStatementLine(body=[small]))
    if assigned is None:
        return None
    target, value = assigned
    if not (isinstance(value, cst.Call) and m.matches(value.func, m.Name("sorted")) and value.args):
        return None
    first = value.args[0]
    if not (m.matches(first, m.Arg(value=m.Name(target.value), keyword=None, star=""))):
        return None
    options = facts.sort_options(value.args[1:])
    assert isinstance(first.value, cst.Name)
    return None if options is None else (target.value, *options, [id(target), id(first.value)], "sorted")


def _pop(small: cst.BaseSmallStatement, name: str) -> tuple[cst.Call, bool, cst.Name] | None:
    """The one mention of `name` in `small`, as `name.pop(0)` (False) or `name.pop()`/`pop(-1)` (True)."""
    parents = facts.parents(small)
    mentions = facts.mentions(small, name, parents)
    if len(mentions) != 1:
        return None
    mention = mentions[0]
    attribute = parents.get(id(mention))
    call = parents.get(id(attribute)) if attribute is not None else None
    if not (isinstance(attribute, cst.Attribute) and attribute.value is mention and attribute.attr.value == "pop"
            and isinstance(call, cst.Call) and call.func is attribute):
        return None
    if _deferred_or_comprehension(call, parents):
        return None
    if not call.args:
        return call, True, mention
    if len(call.args) != 1 or not m.matches(call.args[0], m.Arg(keyword=None, star="")):
        return None
    index = call.args[0].value
    if m.matches(index, m.Integer("0")):
        return call, False, mention
    if m.matches(index, m.UnaryOperation(operator=m.Minus(), expression=m.Integer("1"))):
        return call, True, mention
    return None


def _min_then_remove(first: cst.BaseSmallStatement, second: cst.BaseSmallStatement, lines: int,
                     at: int) -> _Slot | None:
    """`x = min(name)` then `name.remove(x)`: min gives the first smallest item in list order, and
    remove takes out the first item equal to it, which is that one."""
    assigned = facts.single_assign(cst.SimpleStatementLine(body=[first]))
    if assigned is None:
        return None
    taken, call = assigned[0].value, assigned[1]
    if not (isinstance(call, cst.Call) and m.matches(call.func, m.Name("min")) and len(call.args) == 1
            and m.matches(call.args[0], m.Arg(value=m.Name(), keyword=None, star=""))):
        return None
    listed = call.args[0].value
    assert isinstance(listed, cst.Name)
    name = listed.value
    if name == taken:
        return None
    remove = m.Expr(value=m.Call(func=m.Attribute(value=m.Name(name), attr=m.Name("remove")),
                                 args=[m.Arg(value=m.Name(taken), keyword=None, star="")]))
    if not m.matches(second, remove):
        return None
    assert isinstance(second, cst.Expr) and isinstance(second.value, cst.Call)
    assert isinstance(second.value.func, cst.Attribute)
    mentions = frozenset({id(listed), id(second.value.func.value)})
    return _Slot(name, lines, at, ((first, call),), None, False, mentions, "min")


def _deferred_or_comprehension(node: cst.CSTNode, parents: dict[int, cst.CSTNode], stop: cst.CSTNode | None = None
                               ) -> bool:
    for ancestor in facts.ancestors(node, parents):
        if ancestor is stop:
            return False
        if isinstance(ancestor, (*facts.DEFERRED, *_COMPREHENSIONS)):
            return True
    return False


# --- whether everything else leaves the list alone -------------------------------------------------


def _plan(
    function: cst.FunctionDef, body: list[cst.BaseStatement], index: int, loop: cst.While, slot: _Slot,
) -> _Plan | None:
    """The loop's `name.append(v)` statements and what else the rewrite must know, when the list qualifies
    (see the module's docstring)."""
    name = slot.name
    local = facts.local_names(function)
    if local & _USED or (slot.builtin is not None and slot.builtin in local):
        return None
    if facts.declared_outer(function, name) or facts.calls_frame_readers(function) or facts.captured(body, name):
        return None
    unproven = _least_length(loop.test, name) < len(slot.takes)
    if unproven and (slot.builtin == "min" or len(slot.takes) > 1):
        return None
    start = facts.fresh_list_binding(body, index, name, local)
    if start is None:
        return None
    for statement in body[start + 1:index]:
        read = statement.visit(_ItemsRead(name))
        if not isinstance(read, cst.CSTNode) or purity.escapes(read, name):
            return None
    keyed = slot.key is not None
    if keyed and not _fixed_pure_key(slot, loop, local):
        return None
    parents = facts.parents(loop)
    if loop.orelse is not None and facts.mentions(loop.orelse, name, parents):
        return None
    pushes = []
    for mention in facts.mentions(loop, name, parents):
        if id(mention) in slot.mentions or _reads_only(mention, parents, keyed, local):
            continue
        push = _push(mention, parents, name, loop)
        if push is None:
            return None
        pushes.append(push)
    after = cst.IndentedBlock(body=body[index + 1:])
    later = facts.parents(after)
    used_after = facts.mentions(after, name, later)
    left = _left_after(loop, name)
    if (left is None or left > 1) and not all(_reads_only(mention, later, keyed, local) for mention in used_after):
        return None
    objects = keyed and _items_left_alone(function, body[start], loop, slot, pushes, local)
    # A list left with one item (or none) is the same list in any order, but a keyed heap holds entries.
    return _Plan(pushes, objects, restore=keyed and left == 1 and bool(used_after), unproven=unproven)


def _items_left_alone(
    function: cst.FunctionDef, binding: cst.BaseStatement, loop: cst.While, slot: _Slot, pushes: list[_Push],
    local: set[str],
) -> bool:
    """Whether nothing the loop runs but its own taking and pushing can change an object the list holds,
    so the key of an item cannot change while it waits, whatever the items are (`purity.leaves_items_alone`,
    the containers being those the function made itself which no item can be)."""
    holders = facts.names_in(binding) | {slot.name}
    for push in pushes:
        holders |= facts.names_in(push.value)
    owners = purity.made_containers(function, holders) | {slot.name}
    return purity.leaves_items_alone(_without_sort(loop, slot), owners, local)


def _least_length(test: cst.BaseExpression, name: str) -> int:
    """How many items the list surely holds while the loop's test is true (0 when it proves nothing)."""
    exact = _length_test(test, name)
    if exact is not None:
        return exact
    if isinstance(test, cst.BooleanOperation) and isinstance(test.operator, cst.And):
        return max(_least_length(test.left, name), _least_length(test.right, name))
    return 0


def _length_test(test: cst.BaseExpression, name: str) -> int | None:
    """n when `test` is true exactly while the list holds at least n items (n >= 1): `name`, `len(name)`,
    `len(name) > 0`, `!= 0`, `>= 1`; `len(name) > 1` or `>= 2` is 2, and so on."""
    if test.lpar and isinstance(test, (cst.Name, cst.Call, cst.Comparison)):
        test = test.with_changes(lpar=[], rpar=[])
    length = m.Call(func=m.Name("len"), args=[m.Arg(value=m.Name(name), keyword=None, star="")])
    if m.matches(test, m.Name(name) | length):
        return 1
    if not (isinstance(test, cst.Comparison) and m.matches(test.left, length) and len(test.comparisons) == 1):
        return None
    compared = test.comparisons[0]
    if not isinstance(compared.comparator, cst.Integer):
        return None
    bound = int(compared.comparator.value)
    if isinstance(compared.operator, cst.GreaterThan):
        return bound + 1
    if isinstance(compared.operator, cst.GreaterThanEqual) and bound >= 1:
        return bound
    return 1 if isinstance(compared.operator, cst.NotEqual) and bound == 0 else None


def _left_after(loop: cst.While, name: str) -> int | None:
    """The most items the list can hold whenever the loop ends without an exception: its test is
    exactly "at least n items" and no `break` of its own can leave it (None when unknown)."""
    exact = _length_test(loop.test, name)
    return None if exact is None or facts.breaks_out(loop.body) else exact - 1


def _fixed_pure_key(slot: _Slot, loop: cst.While, local: set[str]) -> bool:
    """A key that changes nothing (`purity.is_pure_key`), not mentioning the list, none of whose names
    the loop (but for the sort) rebinds or may change."""
    key = slot.key
    assert key is not None
    # (a function that changes nothing but hands back what it was handed, `return (defect["category"],
    # …)`, is as good a key: the heap only compares what it answers)
    reader = isinstance(key, cst.Name) and key.value not in local and key.value in purity.trusted().readers
    if slot.name in facts.names_in(key) or not (reader or purity.is_pure_key(key, local)):
        return False
    # The loop without the sort (whose call is handed the key), but with the takes, which may bind
    # a name the key reads (`key=lambda n: abs(n - x)` after `x = ready.pop(0)`).
    rest = _without_sort(loop, slot)
    bound = facts.bound_in(rest)
    return not any(purity.may_change(rest, used, local, bound) for used in purity.key_names(key))


def _without_sort(loop: cst.While, slot: _Slot) -> cst.While:
    """The loop with its takes but not the sort that comes before them."""
    assert isinstance(loop.body, cst.IndentedBlock)
    takes = [cst.SimpleStatementLine(body=[take.with_changes(semicolon=cst.MaybeSentinel.DEFAULT)])
             for take, _ in slot.takes]
    body = loop.body.body
    return loop.with_changes(body=loop.body.with_changes(body=[*body[:slot.at], *takes,
                                                               *body[slot.at + slot.lines:]]))


def _reads_only(mention: cst.Name, parents: dict[int, cst.CSTNode], keyed: bool, local: set[str]) -> bool:
    """`len(name)`, `bool(name)`, a truth test, and (without a key, when the heap holds the items
    themselves) `x in name`."""
    if facts.measured(mention, parents, local):
        return True
    parent = parents.get(id(mention))
    return (not keyed and isinstance(parent, cst.ComparisonTarget) and parent.comparator is mention
            and isinstance(parent.operator, (cst.In, cst.NotIn)))


def _push(mention: cst.Name, parents: dict[int, cst.CSTNode], name: str, loop: cst.While) -> _Push | None:
    """`name.append(v)` alone on its line (or after an `if ...:`), in the loop's body."""
    found = facts.method_statement(mention, parents, "append")
    if found is None:
        return None
    value, line = found
    if name in facts.names_in(value) or m.findall(value, m.Yield() | m.Await()):
        return None
    if _deferred_or_comprehension(line, parents, stop=loop):
        return None
    return _Push(line, value)


# --- the rewrite -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Names:
    heap: str
    kind: str
    item: str
    key: str
    arrivals: str
    entry: str
    entries: str
    pushed: str
    floats: str
    fresh: str
    mark: str


def _names(function: cst.FunctionDef, name: str) -> _Names:
    taken = facts.names_in(function)
    chosen: list[str] = []
    for suffix in ("heap", "kind", "item", "key", "arrivals", "entry", "entries", "pushed", "floats", "fresh", "mark"):
        wanted, number = f"{name}_{suffix}", 2
        candidate = wanted
        while candidate in taken:
            candidate, number = f"{wanted}{number}", number + 1
        taken.add(candidate)
        chosen.append(candidate)
    return _Names(*chosen)


def _kind_of(value: str) -> str:
    return f"(tuple(map(type, {value})) if type({value}) is tuple else type({value}))"


def _float_keys(slot: _Slot) -> bool:
    """Float fields may be keys (not NaN: checked for each) of a list sorted by a key, smallest first:
    equal keys are ties, broken by arrival as the stable sort breaks them.  At a switch back to the
    original code the list is put in the order the original holds it, since a NaN then makes its next
    sort depend on that order (holdout21/depot_charging: buses by departure time)."""
    return slot.key is not None and slot.builtin != "min" and not slot.reverse


def _floats_allowed(slot: _Slot) -> bool:
    """Floats may be heap items when the loop takes its item by sorting: at a switch back to the original
    code the list is then put in the order the original holds it.  (Not with `min`, whose list keeps an
    order no heap remembers, nor with a key, whose keys stay ints and strs.)"""
    return slot.key is None and slot.builtin != "min"


def _plain(value: str) -> str:
    """Whether each float of `value` (or of its fields) is neither NaN nor -0.0: among such floats `<` is a
    total order and equal ones are the same value."""
    fields = f"({value} if type({value}) is tuple else ({value},))"
    return f"all(v == v and (v or str(v) == '0.0') for v in {fields} if type(v) is float)"


def _rewrite(
    function: cst.FunctionDef, body: list[cst.BaseStatement], index: int, loop: cst.While, slot: _Slot,
    plan: _Plan,
) -> list[cst.BaseStatement]:
    """`body` with the loop at `index` taking from a heap."""
    name, names = slot.name, _names(function, slot.name)
    keyed = slot.key is not None
    local = facts.local_names(function)
    frozen = sorted(n for n in purity.trusted().frozen_records if n not in local)
    start = _start(name, names, slot, plan.objects, frozen)
    pushed = loop.visit(_Pushes(plan.pushes, name, names, slot))
    assert isinstance(pushed, cst.While) and isinstance(pushed.body, cst.IndentedBlock)
    inside = pushed.body.body
    taking = _taking(name, names, slot, keyed, inside[slot.at:slot.at + slot.lines], plan.unproven)
    new_loop = pushed.with_changes(
        body=pushed.body.with_changes(body=[*inside[:slot.at], taking, *inside[slot.at + slot.lines:]]),
        leading_lines=[],
    )
    floats = ", floats" if _float_keys(slot) else ""
    held = (f"the keys of its items are ints, strs{floats}" if plan.objects
            else f"its items (values nothing changes) and their keys are ints, strs{floats}" if keyed
            else "its items are ints, strs, floats")
    comment = cst.EmptyLine(comment=cst.Comment(
        f"# {name} is a heap while {held} or tuples of those, of one kind (else sorted as before)"))
    start[0] = start[0].with_changes(leading_lines=[*loop.leading_lines, comment])
    restore = [cst.parse_statement(f"if {names.heap}:\n    {name}[:] = [entry[2] for entry in {name}]\n")
               ] if plan.restore else []
    return [*body[:index], *start, new_loop, *restore, *body[index + 1:]]


def _start(name: str, names: _Names, slot: _Slot, objects: bool, frozen: Sequence[str]) -> list[cst.BaseStatement]:
    """The statements before the loop: the kind of the first item, or the entry maker, and the heapify."""
    if slot.key is None:
        kind = _kind_of(f"{name}[0]")
        fields = f"({names.kind} if type({names.kind}) is tuple else ({names.kind},))"
        floats = _floats_allowed(slot)
        same_kind = f"{_kind_of('item')} == {names.kind}"
        fits = (f"    {same_kind} and (not {names.floats} or {_plain('item')})\n    for item in {name})\n"
                if floats else f"    {same_kind} for item in {name})\n")
        return [
            cst.parse_statement(f"{names.kind} = {kind} if {name} else None\n"),
            *([cst.parse_statement(f"{names.floats} = float in {fields}\n")] if floats else []),
            cst.parse_statement(
                f"{names.heap} = {{int, str{', float' if floats else ''}}}.issuperset({fields}) and all(\n{fits}"),
            *([cst.parse_statement(f"{names.fresh} = []  # of floats pushed since the last pop\n")] if floats else []),
            cst.parse_statement(f"if {names.heap}:\n    heapq.heapify({name})\n"),
        ]
    arrival = f"-{names.arrivals}" if slot.reverse else names.arrivals
    floats = _float_keys(slot)
    keys = "{int, str, float}" if floats else "{int, str}"
    if objects:  # only the keys must keep one kind: nothing in the loop changes an item
        kinds = f"    kinds = {_kind_of('key')}\n"
        fits = f"{keys}.issuperset(kinds if type(kinds) is tuple else (kinds,))"
    else:  # items nothing can change: ints, strs, floats, records of the module's frozen classes
        kinds = f"    kinds = ({_kind_of('item')},\n             {_kind_of('key')})\n"
        items = "{" + ", ".join(["int", "str", "float", *frozen]) + "}"
        fits = (f"{items}.issuperset(kinds[0] if type(kinds[0]) is tuple else (kinds[0],))\n"
                f"                and {keys}.issuperset(kinds[1] if type(kinds[1]) is tuple else (kinds[1],))")
    plain = ("    if not all(v == v for v in (key if type(key) is tuple else (key,))):\n"
             "        return None  # NaN\n") if floats else ""
    key = cst.parse_statement(f"{names.key} = KEY\n").visit(facts.Placeholder("KEY", slot.key))
    assert isinstance(key, cst.BaseStatement)
    maker = cst.parse_statement(
        f"def {names.entry}(item):\n"
        f"    # (key, arrival, item) while {'keys keep one kind' if objects else 'items and keys keep one kind each'}; "
        f"None otherwise\n"
        f"    nonlocal {names.arrivals}, {names.kind}\n"
        f"    try:\n"
        f"        key = {names.key}(item)\n"
        f"    except Exception:\n"
        f"        return None\n"
        f"{kinds}"
        f"    if kinds != {names.kind}:\n"
        f"        if {names.kind} is not None or not ({fits}):\n"
        f"            return None\n"
        f"        {names.kind} = kinds\n"
        f"{plain}"
        f"    {names.arrivals} += 1\n"
        f"    return key, {arrival}, item\n")
    return [
        key,
        cst.parse_statement(f"{names.arrivals} = 0\n"),
        *([cst.parse_statement(f"{names.mark} = 0  # arrivals before the last take\n")] if floats else []),
        cst.parse_statement(f"{names.kind} = None\n"),
        maker,
        cst.parse_statement(f"{names.entries} = [{names.entry}(item) for item in {name}]\n"),
        cst.parse_statement(f"{names.heap} = None not in {names.entries}\n"),
        cst.parse_statement(f"if {names.heap}:\n    {name}[:] = {names.entries}\n    heapq.heapify({name})\n"),
    ]


def _taking(
    name: str, names: _Names, slot: _Slot, keyed: bool, original: Sequence[cst.BaseStatement], unproven: bool,
) -> cst.If:
    """`if heap: x = heapq.heappop(name) else: <the original pair>` (and the further takes)."""
    popped = cst.parse_expression(f"heapq.heappop({name})" + ("[2]" if keyed else ""))
    taken: list[cst.BaseStatement] = []
    for take, taking in slot.takes:
        replaced = take.visit(_Replace(taking, popped))
        assert isinstance(replaced, cst.BaseSmallStatement)
        taken.append(cst.SimpleStatementLine(body=[replaced.with_changes(semicolon=cst.MaybeSentinel.DEFAULT)]))
    first = original[0]
    assert isinstance(first, cst.SimpleStatementLine)
    kept = [first.with_changes(leading_lines=[]), *original[1:]]
    if _floats_allowed(slot) and not keyed:
        taken.append(cst.parse_statement(f"{names.fresh}.clear()\n"))
    if _float_keys(slot):
        taken.append(cst.parse_statement(f"{names.mark} = {names.arrivals}\n"))
    return cst.If(
        test=cst.parse_expression(f"{names.heap} and {name}") if unproven else cst.Name(names.heap),
        body=cst.IndentedBlock(body=taken),
        orelse=cst.Else(body=cst.IndentedBlock(body=kept)),
        leading_lines=first.leading_lines,
    )


class _Replace(cst.CSTTransformer):
    def __init__(self, old: cst.CSTNode, new: cst.BaseExpression) -> None:
        self.old, self.new = old, new

    def on_leave(self, original_node: _Node, updated_node: _Node) -> _Node:
        if original_node is self.old:
            return self.new  # type: ignore[return-value]  # an expression in place of an expression
        return updated_node


class _ItemsRead(cst.CSTTransformer):
    """`name[i]` and `name[a:b]` made a neutral name: they hand out items, or a new list, never the list."""

    def __init__(self, name: str) -> None:
        self.name = name

    def leave_Subscript(self, original_node: cst.Subscript, updated_node: cst.Subscript) -> cst.BaseExpression:
        if m.matches(updated_node.value, m.Name(self.name)) and not any(
                self.name in facts.names_in(element) for element in updated_node.slice):
            return cst.Name("_item")
        return updated_node


class _Pushes(cst.CSTTransformer):
    """Each `name.append(v)` line → a push while the heap lasts, the append otherwise."""

    def __init__(self, pushes: list[_Push], name: str, names: _Names, slot: _Slot) -> None:
        self.pushes = {id(push.line): push for push in pushes}
        self.name, self.names, self.slot = name, names, slot

    def _statements(self, push: _Push) -> list[cst.BaseStatement]:
        name, names = self.name, self.names
        statements: list[cst.BaseStatement] = []
        if isinstance(push.value, cst.Name):
            item = push.value.value
        else:  # evaluated once, as in the original
            item = names.item
            assign = cst.parse_statement(f"{item} = VALUE\n").visit(facts.Placeholder("VALUE", push.value))
            assert isinstance(assign, cst.BaseStatement)
            statements.append(assign)
        if self.slot.key is None and not _floats_allowed(self.slot):
            statements.append(cst.parse_statement(
                f"if {names.heap} and (type({item}) is {names.kind} or type({item}) is tuple\n"
                f"        and tuple(map(type, {item})) == {names.kind}):\n"
                f"    heapq.heappush({name}, {item})\n"
                f"else:\n"
                f"    {names.heap} = False\n"
                f"    {name}.append({item})\n"))
            return statements
        if self.slot.key is None:
            reverse = "reverse=True" if self.slot.reverse else ""
            statements.append(cst.parse_statement(
                f"if {names.heap} and ((type({item}) is {names.kind} or type({item}) is tuple\n"
                f"        and tuple(map(type, {item})) == {names.kind})\n"
                f"        and (not {names.floats} or {_plain(item)})):\n"
                f"    heapq.heappush({name}, {item})\n"
                f"    if {names.floats}:\n"
                f"        {names.fresh}.append({item})\n"
                f"else:\n"
                f"    if {names.heap} and {names.floats}:\n"
                f"        # the list as the original holds it (the rest of its last sort, then what came since),\n"
                f"        # since a NaN or -0.0 makes its next sort depend on that order\n"
                f"        {name}.sort({reverse})\n"
                f"        for {names.pushed} in {names.fresh}:\n"
                f"            {name}.remove({names.pushed})\n"
                f"        {name}.extend({names.fresh})\n"
                f"    {names.heap} = False\n"
                f"    {name}.append({item})\n"))
            return statements
        # Back to a list of the items in arrival order, which the next stable sort puts as the original's;
        # with float keys, as the original holds it: the rest of its last sort, then what came since.
        if _float_keys(self.slot):
            order = (f"key=lambda entry: (0, entry[0], entry[1]) if entry[1] <= {names.mark} "
                     f"else (1, entry[1])")
        elif self.slot.reverse:
            order = "key=lambda entry: entry[1], reverse=True"
        else:
            order = "key=lambda entry: entry[1]"
        statements.append(cst.parse_statement(f"{names.pushed} = {names.heap} and {names.entry}({item})\n"))
        statements.append(cst.parse_statement(
            f"if {names.pushed}:\n"
            f"    heapq.heappush({name}, {names.pushed})\n"
            f"else:\n"
            f"    if {names.heap}:\n"
            f"        {names.heap} = False\n"
            f"        {name}.sort({order})\n"
            f"        {name}[:] = [entry[2] for entry in {name}]\n"
            f"    {name}.append({item})\n"))
        return statements

    def leave_SimpleStatementLine(
        self, original_node: cst.SimpleStatementLine, updated_node: cst.SimpleStatementLine,
    ) -> cst.BaseStatement | cst.FlattenSentinel[cst.BaseStatement]:
        push = self.pushes.get(id(original_node))
        if push is None:
            return updated_node
        statements = self._statements(push)
        statements[0] = statements[0].with_changes(leading_lines=original_node.leading_lines)
        return cst.FlattenSentinel(statements)

    def leave_SimpleStatementSuite(
        self, original_node: cst.SimpleStatementSuite, updated_node: cst.SimpleStatementSuite,
    ) -> cst.BaseSuite:
        push = self.pushes.get(id(original_node))
        if push is None:
            return updated_node
        return cst.IndentedBlock(body=self._statements(push), header=original_node.trailing_whitespace)
