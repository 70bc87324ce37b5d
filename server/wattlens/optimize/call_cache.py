"""Recipe: a pure helper called again and again with texts it has already seen → its answers kept
for the length of one call, by those texts.

    def order(self, tickets):
        return sorted(tickets, key=lambda t: (self.rank(t.label), t.opened))

where `rank(self, label: str) -> int` scans `self.priority`, becomes

    def order(self, tickets):
        rank_cache = {}
        return sorted(tickets, key=lambda t: (rank_cache[t.label] if t.label in rank_cache
                                              else rank_cache.setdefault(t.label, self.rank(t.label)), t.opened))

so the helper runs once per distinct label instead of once per ticket (optimize/triage_order,
40,000 tickets, 500 labels: 2.3x in the verifier's benchmark, strict tests pass).

It applies to calls (inside a loop, a comprehension or a lambda) of the callables that `callees`
finds pure (among them methods of an object the function is handed, `graph.factor` for `graph:
UnitGraph`, whose answers are used only while `type(graph) is UnitGraph`), doing work and
returning a value nothing can change (`-> int`, `-> str`, `-> tuple[int, str]`), or a new
container of such values each call (`-> list[str]` returning a comprehension) where the call's
result is only read (`term in page_words(page)`,
`for w in page_words(page)`, `len(...)`, `jaccard(first, second)` for a pure helper returning a
value nothing can change, or merged into a container the function made, `granted |= permissions(role)`:
holdout18/access_review, studied after its blind run started: 3.7x), right there or through the one
name it is bound to: a kept list handed
out again must not be changed (holdout8/backindex, studied after its blind run: 10.3x;
holdout9/job_ad_dupes, the same: 10.9x; strict tests pass).  A new container that may hold containers
(`parse_opening_hours(spec) -> dict[int, list[tuple[int, int]]]`) is kept only where each answer is handed
whole to pure helpers answering with a value nothing can change (`slot_fits(hours, when, minutes)`:
holdout22/store_hours, studied after its blind run) or each part of it is only looked at
(`settings["discounts"].get(unit, settings["percent"])` in arithmetic: holdout23/storage_billing, settings
parsed with `json.loads`, studied after its blind run started).  The answers are kept
by the arguments at their `str`-annotated parameters, which must be simple (a name, an attribute:
evaluated again, with the same result) or, for a helper kept by that one argument, anything at all, bound
to a name of its own where its type is tested first (`type(key := alternate.strip()) is str`, so it is
computed once, first, as before: holdout22/gazetteer_translit, studied after its blind run: 4.9x), and at
their `int`-annotated ones (holdout9/tiered_billing: 2.6x;
holdout14/crop_trials, a block number read from each plot: studied after its blind run), though not
an `enumerate` position, new on every pass; and at parameters annotated a list of texts or ints
(`taxids: list[int]`), by the tuple of its items, only where the argument is a plain list of plain values
(holdout22/edna_lca, studied after its blind run started: the lowest common ancestor of a read's good
hits worked out again for every read with the same hits).  Every other argument is a constant or a name the
function never rebinds.  Only a plain `str` (or `int`) is looked up: a value of another type at a
text parameter (a list, a str subclass) is handed to the helper as before, so it answers or raises
as it did (holdout8/du_report: a list where a path was meant raised TypeError from the cache
instead of the helper's AttributeError, and the strict tests caught it), and so is True where an
int was meant (equal to 1 and hashed alike, but not the same).  And nothing in the function may
change what the helper reads while answers are kept (from the first statement of its body making a
kept call to the last): every call there is pure (or one of these helpers), and it writes items or
attributes only of containers the function made itself;
or the helper's answer depends on its arguments alone (`callees` finds it stable: it reads only
them, builtins, and constants and compiled patterns of its module, where one imported from another
module of the project is judged: holdout21/slowquery_digest; a module set or dict of literals that no
file of the project changes counts: holdout22/sanctions_screen, see `sealed_constants`) and every
argument is one it is keyed by (holdout12/dock_flow: a timestamp parser called for every trip of a log whose stations'
counters are updated in place).  An answer that raises is not kept, so it raises again at the
same calls.  Texts that are equal answer the same (a pure function of a `str` cannot tell two
equal strings apart).  A helper of one text handed whole as a sort key (`sorted(names,
key=snapshot_time)`), in a loop or beside calls kept anyway, becomes a lambda asking the same
cache (holdout10/snapshot_prune, studied after its blind run: 4.6x with the sort made once).  A
helper making a new `object()` is not pure, but changes nothing, so it may run beside kept answers.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import libcst as cst
import libcst.matchers as m

from wattlens.optimize import cst_facts as facts
from wattlens.optimize import purity

EXPLANATION = (
    "a pure helper is called again with texts it has already been given (once per item, for a "
    "handful of distinct values); its answers are now kept by those texts for the length of the "
    "call, so it runs once per distinct value"
)

_READERS = frozenset({"len", "set", "frozenset", "sorted", "list", "tuple", "sum", "min", "max", "any", "all",
                      "enumerate", "reversed"})
"""builtins that only read the container handed to them (copies hold the same immutable items)"""
_READING_METHODS = frozenset({"get", "keys", "values", "items", "count", "index", "copy", "issubset",
                              "issuperset", "isdisjoint", "union", "intersection", "difference"})
"""methods of list, set and dict that read the container and change nothing"""
_REPEATING = (cst.For, cst.While, cst.ListComp, cst.SetComp, cst.DictComp, cst.GeneratorExp, cst.Lambda)


def cache_repeated_calls(function: cst.FunctionDef) -> cst.FunctionDef | None:
    keyed, containers = purity.trusted().text_keyed, purity.trusted().text_keyed_containers
    if not keyed or not isinstance(function.body, cst.IndentedBlock):
        return None
    calls = [c for c in repeated_calls(function.body) if facts.code(c.func) in keyed]
    keys = _key_helpers(function.body, keyed)
    fixed = facts.parameters(function) - facts.bound_in(function.body)
    parents = facts.parents(function.body)
    positions = {id(c): _key_positions(c, keyed, parents) for c in calls}
    if not changes_nothing_read(function, keyed, [*calls, *(key for key, _ in keys)]):
        # Writes the function makes cannot reach a helper whose answer depends on its texts alone.
        calls = [c for c in calls if _sealed(c.func, positions[id(c)], len(c.args))]
        keys = [(key, repeated) for key, repeated in keys if _sealed(key, keyed[facts.code(key)], 1)]
    if not (calls or any(repeated for _, repeated in keys)):
        return None
    shadowed = facts.local_names(function)
    counters = range_counters(function)
    counted = purity.trusted().counted_positions
    positions_of_passes = _enumerated_positions(function)
    chosen = [c for c in calls if _cacheable(c, positions[id(c)], fixed)
              and not any(m.matches(c.args[i].value, m.Name()) and facts.code(c.args[i].value) in positions_of_passes
                          for i in counted.get(facts.code(c.func), ()) if i < len(c.args))
              and (facts.code(c.func) not in containers or only_read(c, parents, shadowed, function))]
    # A helper handed as a sort key (`key=parse_stamp`) is called once per item: inside a loop, or
    # beside calls kept anyway, its answers go to the same cache.
    with_calls = {facts.code(c.func) for c in chosen}
    chosen_keys = [key for key, repeated in keys if repeated or facts.code(key) in with_calls]
    if not chosen and not chosen_keys:
        return None
    # One cache per helper and fixed arguments, shared by every call site: the loop's calls fill it,
    # the sort key's calls then find their answers (`self._points(team)`, then `self._points(row.team)`).
    by_helper: dict[tuple[str, ...], str] = {}
    item_name = facts.fresh_name(function, "item")
    caches: dict[int, tuple[str, str, str | None]] = {}  # each call's cache, its key's code, when it is a plain key
    key_names: dict[int, tuple[int, str]] = {}  # a key bound to a name of its own: its position, the name
    taken = facts.names_in(function)
    key_caches: dict[int, str] = {}  # each helper handed as a sort key: its cache
    for node in [*chosen, *chosen_keys]:
        func = node.func if isinstance(node, cst.Call) else node
        args = node.args if isinstance(node, cst.Call) else ()
        at = positions[id(node)] if isinstance(node, cst.Call) else keyed[facts.code(func)]
        helper = (facts.code(func), *(facts.code(a.value) for i, a in enumerate(args) if i not in at))
        if helper not in by_helper:
            stem = facts.code(func).rsplit(".", 1)[-1].strip("_")
            wanted = facts.fresh_name(function, f"{stem}_cache")
            while wanted in by_helper.values():
                wanted += "_"
            by_helper[helper] = wanted
        if isinstance(node, cst.Call):
            # A list of texts or ints is kept by the tuple of its items (holdout22/edna_lca).
            listed = purity.trusted().listed_positions.get(facts.code(func), frozenset())
            named = _named_key(node, at)
            if named is not None:
                key_names[id(node)] = named, facts.unused_name(taken, "key")
            texts = [key_names[id(node)][1] if named is not None
                     else f"tuple({facts.code(a.value)})" if i in listed else facts.code(a.value)
                     for i, a in enumerate(args) if i in at]
            # Only a plain str (or int) is looked up: any other value (a list where a text was meant,
            # True where a count was) is handed to the helper as before, to answer or raise as it did.
            # (An int literal or a `range` counter is a plain int already.)  So is a list only of them.
            ints = counted.get(facts.code(func), frozenset())
            tests = [_plain_test(f"({key_names[id(node)][1]} := {facts.code(a.value)})" if named is not None
                                 else facts.code(a.value), 'int' if i in ints else 'str', i in listed, item_name)
                     for i, a in enumerate(args)
                     if i in at and not (i in ints and i not in listed and _counted(a.value, counters))]
            if (guard := purity.trusted().text_keyed_guards.get(facts.code(func))) is not None:
                tests.insert(0, guard)  # a method of an object handed in: of the class judged
            plain = " and ".join(tests) or None
            caches[id(node)] = by_helper[helper], texts[0] if len(texts) == 1 else f"({', '.join(texts)})", plain
        else:
            key_caches[id(node)] = by_helper[helper]
    body = function.body.visit(_Cached(caches, key_caches, item_name, key_names))
    assert isinstance(body, cst.IndentedBlock)
    start = 1 if facts.docstring(function) is not None else 0
    made = [cst.parse_statement(f"{name} = {{}}\n") for name in by_helper.values()]
    rewritten = function.with_changes(body=body.with_changes(body=[*body.body[:start], *made, *body.body[start:]]))
    # (a key named in a comprehension's iterable would not compile)
    return rewritten if not key_names or facts.compiles(rewritten) else None


def _plain_test(argument: str, kind: str, listed: bool, item: str) -> str:
    """The test that `argument` is a plain `kind` (`str` or `int`), or with `listed` a plain list of them."""
    if listed:
        return f"type({argument}) is list and all(type({item}) is {kind} for {item} in {argument})"
    return f"type({argument}) is {kind}"


def _key_positions(call: cst.Call, keyed: Mapping[str, frozenset[int]],
                   parents: dict[int, cst.CSTNode]) -> frozenset[int]:
    """The positions `call`'s answers are kept by: its helper's, though a list only where the call is
    handed a name bound anew on each pass of a loop making it (`good = [...]`, then `lca(good, nodes)`).
    A list bound before the loop is the same object on every call: keyed by its items, each call would
    copy the whole list for nothing (it is a fixed argument, or none the call may be kept with)."""
    name = facts.code(call.func)
    listed = purity.trusted().listed_positions.get(name, frozenset())
    if not listed:
        return keyed[name]
    loops = [node for node in facts.ancestors(call, parents) if isinstance(node, _REPEATING)]
    renewed = set().union(*(facts.bound_in(loop) for loop in loops))
    handed = [arg.value.value if isinstance(arg.value, cst.Name) else None for arg in call.args]
    return frozenset(i for i in keyed[name] if i not in listed or (i < len(handed) and handed[i] in renewed))


def _sealed(func: cst.BaseExpression, positions: frozenset[int], arguments: int) -> bool:
    """A module helper whose answer depends on its arguments alone (`callees` finds it stable), called
    with texts or counted ints only (at `positions`, those it is kept by): nothing else the function
    does can change its answers."""
    return facts.code(func) in purity.trusted().stable and set(range(arguments)) <= positions


def repeated_calls(body: cst.IndentedBlock) -> list[cst.Call]:
    """Calls that a loop, a comprehension or a lambda (a sort key) may make more than once."""
    found: dict[int, cst.Call] = {}
    for repeating in facts.walk(body):
        if isinstance(repeating, _REPEATING):
            inner = repeating.body if isinstance(repeating, (cst.For, cst.While)) else repeating
            found.update((id(call), call) for call in facts.walk(inner) if isinstance(call, cst.Call))
    return list(found.values())


def _key_helpers(body: cst.IndentedBlock, keyed: Mapping[str, frozenset[int]]
                 ) -> list[tuple[cst.Name | cst.Attribute, bool]]:
    """Helpers handed whole as a `key=` (`sorted(names, key=parse_stamp)`) that are keyed by their
    one text (not an int: a sort may hand a bool), and whether the call handing them may run more than
    once."""
    counted = purity.trusted().counted_positions
    repeated = {id(call) for call in repeated_calls(body)}
    found = []
    for call in facts.walk(body):
        if not isinstance(call, cst.Call):
            continue
        for arg in call.args:
            key = arg.value
            if arg.keyword is not None and arg.keyword.value == "key" and isinstance(key, (cst.Name, cst.Attribute)) \
                    and keyed.get(facts.code(key)) == frozenset({0}) and not counted.get(facts.code(key)) \
                    and not purity.trusted().listed_positions.get(facts.code(key)) \
                    and facts.code(key) not in purity.trusted().text_keyed_guards:
                found.append((key, id(call) in repeated))
    return found


def _cacheable(call: cst.Call, positions: frozenset[int], fixed: set[str]) -> bool:
    if any(arg.keyword is not None or arg.star for arg in call.args):
        return False
    if not any(i in positions for i in range(len(call.args))):
        return False
    for i, arg in enumerate(call.args):
        if i in positions:
            if not facts.is_simple(arg.value) and _named_key(call, positions) != i:
                return False
        elif not (isinstance(arg.value, (cst.Integer, cst.Float, cst.SimpleString))
                  or (isinstance(arg.value, cst.Name) and arg.value.value in fixed)):
            return False  # an argument that may differ between calls with the same texts
    return True


def _named_key(call: cst.Call, positions: frozenset[int]) -> int | None:
    """The position of the call's one key, where it is not a plain name or attribute that can be read
    again (`romanise(alternate.strip(), rules)`): it is then bound to a name of its own as the test of
    its type reads it (`type(key := alternate.strip()) is str`), so it is still computed once, first.
    Only for a helper of the module or the project (no guard on the object a method belongs to) kept by
    that one text or int, its other arguments fixed: every other test would come before it."""
    keys = [i for i in range(len(call.args)) if i in positions]
    name = facts.code(call.func)
    trusted = purity.trusted()
    if len(keys) != 1 or name in trusted.text_keyed_guards or keys[0] in trusted.listed_positions.get(name, ()):
        return None
    return None if facts.is_simple(call.args[keys[0]].value) else keys[0]


def _counted(argument: cst.BaseExpression, counters: set[str]) -> bool:
    """An int literal, or the counter of a `range` loop: a plain int, never a bool equal to it."""
    return isinstance(argument, cst.Integer) or (isinstance(argument, cst.Name) and argument.value in counters)


def _enumerated_positions(function: cst.FunctionDef) -> set[str]:
    """Names bound as the position of `for i, item in enumerate(...)`: a new value on every pass,
    so answers kept by it would never be asked for again."""
    return {loop.target.elements[0].value.value for loop in facts.walk(function.body)
            if isinstance(loop, cst.For) and m.matches(loop.iter, m.Call(func=m.Name("enumerate")))
            and isinstance(loop.target, cst.Tuple) and loop.target.elements
            and isinstance(loop.target.elements[0].value, cst.Name)}


def range_counters(function: cst.FunctionDef) -> set[str]:
    """Names bound only as the counter of `for name in range(...)`: always a plain int, so a kept
    answer for 1 is never handed to a call with True (equal, and hashed alike, but not the same)."""
    if "range" in facts.all_parameters(function):
        return set()
    counters: set[str] = set()
    elsewhere: set[str] = set(facts.all_parameters(function))
    for node in facts.walk(function.body):
        if isinstance(node, cst.For) and isinstance(node.target, cst.Name) \
                and m.matches(node.iter, m.Call(func=m.Name("range"))):
            counters.add(node.target.value)
            continue
        targets: list[cst.CSTNode] = []
        if isinstance(node, (cst.AssignTarget, cst.AugAssign, cst.AnnAssign, cst.For, cst.CompFor, cst.NamedExpr)):
            targets.append(node.target)
        elif isinstance(node, cst.AsName):
            targets.append(node.name)
        elif isinstance(node, (cst.FunctionDef, cst.ClassDef, cst.Import, cst.ImportFrom, cst.Global, cst.Nonlocal)):
            targets.append(node)
        elsewhere.update(n.value for target in targets for n in facts.walk(target) if isinstance(n, cst.Name))
    return set() if "range" in elsewhere else counters - elsewhere


def counters_around(node: cst.CSTNode, parents: Mapping[int, cst.CSTNode], function: cst.FunctionDef) -> set[str]:
    """The counters of the `for name in range(...)` loops whose body holds `node` and does not bind
    `name` again: there the name holds the plain int the range gave (`number` is such a counter in
    `for number in range(1, months + 1): f(number - 1)`, whatever the function binds it to elsewhere)."""
    if "range" in facts.local_names(function):
        return set()
    found: set[str] = set()
    child, parent = node, parents.get(id(node))
    while parent is not None:
        if isinstance(parent, cst.For) and child is parent.body and isinstance(parent.target, cst.Name) \
                and m.matches(parent.iter, m.Call(func=m.Name("range"))) \
                and parent.target.value not in facts.bound_in(parent.body):
            found.add(parent.target.value)
        child, parent = parent, parents.get(id(parent))
    return found


def only_read(call: cst.Call, parents: Mapping[int, cst.CSTNode], shadowed: set[str],
              function: cst.FunctionDef) -> bool:
    """The call's result, a container (or an open record's fields), is only read (one that may hold
    containers, only handed whole to pure helpers): where it is made, or through the one name it is bound
    to (`first = shingles(a)`) wherever that name is used, or as an item of the one list a comprehension
    of such calls is bound to, wherever that list hands it out; so a kept answer handed out again is the
    same as a new one."""
    written = {id(node) for _, target in facts.written(function.body) for node in facts.walk(target)}
    record = purity.trusted().record_answers.get(facts.code(call.func))
    nested = facts.code(call.func) in purity.trusted().nested_answers
    fresh = purity.fresh_containers(function.body, facts.all_parameters(function))

    def read(value: cst.BaseExpression) -> bool:
        if nested:
            return looked_at(value, 0)
        if record is None:
            return _read_there(value, parents, shadowed, written, fresh)
        # An open record (`calendar = parse_calendar(text)`): only its fields are read, each as a value
        # nothing can change or as a container only read (`day in calendar.holidays`).
        field = parents.get(id(value))
        return isinstance(field, cst.Attribute) and field.value is value and id(field) not in written and (
            field.attr.value in record.values
            or (field.attr.value in record.containers and _read_there(field, parents, shadowed, written, fresh)))

    rebinding = {id(node.target) for node in facts.walk(function.body)
                 if isinstance(node, (cst.AssignTarget, cst.For, cst.CompFor))}

    def uses(name: str) -> list[cst.Name]:
        return [use for use in facts.walk(function.body) if isinstance(use, cst.Name) and use.value == name
                and id(use) not in rebinding and not facts.not_a_variable(use, parents)]

    def looked_at(value: cst.BaseExpression, depth: int) -> bool:
        """`value`, an answer that may hold containers (or a part of one), is only looked at: handed whole
        to a pure helper answering with a value nothing can change, compared, tested, used as a key or in
        arithmetic that makes a number (`//`, `/`, `%`…), measured, formatted; or a part of it taken
        (`settings["discounts"].get(unit, 0)`), handed on by `or`, `x if c else y`, `min`, `max`, or an
        operator that may join containers (`+`, `*`, `|`…), or bound to a name, and that only looked at in
        turn."""
        parent = parents.get(id(value))
        if depth > _MOST_PARTS:
            return False
        if _handed_whole(value, parents, shadowed) or _looked_at_there(value, parent, parents, shadowed, written):
            return True
        handed_on: cst.BaseExpression | None = None
        if isinstance(parent, cst.Subscript) and parent.value is value and id(parent) not in written:
            handed_on = parent
        elif isinstance(parent, cst.Attribute) and parent.value is value and parent.attr.value in _PART_METHODS:
            caller = parents.get(id(parent))
            handed_on = caller if isinstance(caller, cst.Call) and caller.func is parent else None
        elif isinstance(parent, cst.Arg) and parent.keyword is None and not parent.star:
            # `table.get(key, part)` hands the part back where the key is missing; `min(fee, part)` may
            caller = parents.get(id(parent))
            if isinstance(caller, cst.Call) and ((
                    m.matches(caller.func, m.Attribute(attr=m.Name("get")))
                    and len(caller.args) == 2 and caller.args[1] is parent)
                    or (m.matches(caller.func, m.Name("min") | m.Name("max")) and "min" not in shadowed
                        and "max" not in shadowed and not any(arg.keyword for arg in caller.args))):
                handed_on = caller
        elif isinstance(parent, (cst.BooleanOperation, cst.BinaryOperation)) \
                or (isinstance(parent, cst.IfExp) and parent.test is not value):
            handed_on = parent  # (`a + b`, `a | b` of lists, sets or dicts hold the items of both)
        elif isinstance(parent, cst.Assign) and parent.value is value and len(parent.targets) == 1 \
                and isinstance(parent.targets[0].target, cst.Name):
            return all(looked_at(use, depth + 1) for use in uses(parent.targets[0].target.value))
        return handed_on is not None and looked_at(handed_on, depth + 1)

    parent = parents.get(id(call))
    if isinstance(parent, cst.Assign) and parent.value is call and len(parent.targets) == 1 \
            and isinstance(parent.targets[0].target, cst.Name):
        return all(read(use) for use in uses(parent.targets[0].target.value))
    if record is None and isinstance(parent, cst.ListComp) and parent.elt is call:
        # `lineages = [lineage(t, nodes) for t in taxids]`: a list of answers, each only read where the
        # list hands it out (holdout22/edna_lca).
        holder = parents.get(id(parent))
        if isinstance(holder, cst.Assign) and holder.value is parent and len(holder.targets) == 1 \
                and isinstance(holder.targets[0].target, cst.Name):
            return all(_item_read(use, parents, uses, read)
                       for use in uses(holder.targets[0].target.value))
    return read(call)


def _item_read(held: cst.BaseExpression, parents: Mapping[int, cst.CSTNode],
               uses: Callable[[str], list[cst.Name]], read: Callable[[cst.BaseExpression], bool]) -> bool:
    """`held`, a list of answers, hands each out only to be read: `held[0]`, read there; walked (`for
    other in held` or `held[1:]`), the loop's name read wherever it is used; or its length taken."""
    parent = parents.get(id(held))
    if isinstance(parent, cst.Subscript) and parent.value is held:
        holder = parents.get(id(parent))
        if all(isinstance(e.slice, cst.Index) for e in parent.slice):
            return read(parent)
        if isinstance(holder, (cst.For, cst.CompFor)) and holder.iter is parent:
            return _walked_read(holder, uses, read)
        return False
    if isinstance(parent, (cst.For, cst.CompFor)) and parent.iter is held:
        return _walked_read(parent, uses, read)
    if isinstance(parent, cst.Arg) and not parent.star:
        caller = parents.get(id(parent))
        return isinstance(caller, cst.Call) and facts.code(caller.func) == "len" and len(caller.args) == 1
    return False


def _walked_read(loop: cst.For | cst.CompFor, uses: Callable[[str], list[cst.Name]],
                 read: Callable[[cst.BaseExpression], bool]) -> bool:
    return isinstance(loop.target, cst.Name) and all(read(use) for use in uses(loop.target.value))


_MOST_PARTS = 8
"""how deep `only_read` follows the parts of an answer that may hold containers"""
_PART_METHODS = frozenset({"get", "keys", "values", "items", "copy"})
"""methods of a dict or list handing back a part of it, or a view or shallow copy holding its parts"""
_JOINING = (cst.Add, cst.Multiply, cst.BitOr, cst.BitAnd, cst.BitXor, cst.Subtract)
"""operators that may make a container of their operands' items (`a + b` of lists, `a | b` of dicts)"""
_LOOKING_BUILTINS = frozenset({"len", "bool", "str", "repr", "int", "float", "abs", "round", "hash", "isinstance"})
"""builtins that look at what they are handed and hand back a new value, holding none of it"""


def _looked_at_there(value: cst.BaseExpression, parent: cst.CSTNode | None, parents: Mapping[int, cst.CSTNode],
                     shadowed: set[str], written: set[int]) -> bool:
    """`value` is compared, tested for truth, looked for (`x in value`, `value in xs`), an operand of
    arithmetic, a key (`RATES[value]`), formatted into a text, or handed to a builtin that only looks at it:
    none of these changes it or keeps it."""
    if isinstance(parent, (cst.ComparisonTarget, cst.Comparison, cst.UnaryOperation, cst.FormattedStringExpression)):
        return True
    if isinstance(parent, cst.BinaryOperation):  # (`part + other` of lists would hold its items: see `looked_at`)
        return not isinstance(parent.operator, _JOINING)
    if isinstance(parent, cst.Index):  # a key read with, never one stored (`RATES[value] = …` would keep it)
        element = parents.get(id(parent))
        return id(parents.get(id(element))) not in written
    if facts.truth_tested(value, parents) or (isinstance(parent, cst.IfExp) and parent.test is value):
        return True
    if isinstance(parent, cst.Arg) and parent.keyword is None and not parent.star:
        caller = parents.get(id(parent))
        if isinstance(caller, cst.Call) and isinstance(caller.func, cst.Name) and caller.func.value not in shadowed:
            return caller.func.value in _LOOKING_BUILTINS
        # the key of `table.get(key, ...)`
        return isinstance(caller, cst.Call) and m.matches(caller.func, m.Attribute(attr=m.Name("get"))) \
            and caller.args[0] is parent
    return False


def _handed_whole(value: cst.BaseExpression, parents: Mapping[int, cst.CSTNode], shadowed: set[str]) -> bool:
    """`value`, which may hold containers, is handed whole to a pure helper of the module answering with a
    value nothing can change (`slot_fits(hours, when)`): a pure function changes nothing it was handed, and
    its answer cannot hold on to what it was handed (holdout22/store_hours, studied after its blind run)."""
    parent = parents.get(id(value))
    caller = parents.get(id(parent))
    trusted = purity.trusted()
    return isinstance(parent, cst.Arg) and not parent.star and isinstance(caller, cst.Call) \
        and isinstance(caller.func, cst.Name) and caller.func.value not in shadowed \
        and caller.func.value in trusted.pure and caller.func.value in trusted.immutable_results


def _read_there(value: cst.BaseExpression, parents: Mapping[int, cst.CSTNode], shadowed: set[str],
                written: set[int], fresh: frozenset[str]) -> bool:
    """`value` is searched (`w in value`), walked (`for w in value`), indexed (`value[key]`, not
    assigned to: `written` holds the nodes of assignment targets), asked by a method that only reads
    (`value.get(key)`), handed to a builtin that reads it (`len`, `set`, `sorted`…) or to a pure
    helper of the module returning a value nothing can change (`jaccard(first, second) -> float`), or
    merged into a container of the function's own (`granted |= permissions(role)`: `fresh` holds
    the names bound only to new containers, whose `|=`, `&=`, `-=` and `^=` read their operand)."""
    parent = parents.get(id(value))
    if isinstance(parent, cst.AugAssign):
        return parent.value is value and isinstance(parent.target, cst.Name) and parent.target.value in fresh \
            and isinstance(parent.operator, (cst.BitOrAssign, cst.BitAndAssign, cst.SubtractAssign,
                                             cst.BitXorAssign))
    if isinstance(parent, cst.ComparisonTarget):
        return parent.comparator is value and isinstance(parent.operator, (cst.In, cst.NotIn))
    if isinstance(parent, (cst.For, cst.CompFor)):
        return parent.iter is value
    if isinstance(parent, cst.Subscript):
        holder = parents.get(id(parent))
        looped_into = isinstance(holder, (cst.For, cst.CompFor)) and holder.target is parent
        return parent.value is value and id(parent) not in written and not looped_into \
            and not isinstance(holder, cst.AsName)
    if isinstance(parent, cst.Attribute) and parent.value is value:
        caller = parents.get(id(parent))
        return parent.attr.value in _READING_METHODS and isinstance(caller, cst.Call) and caller.func is parent
    if isinstance(parent, cst.Arg) and not parent.star:
        reader = parents.get(id(parent))
        if not (isinstance(reader, cst.Call) and isinstance(reader.func, cst.Name)) or reader.func.value in shadowed:
            return False
        trusted = purity.trusted()
        return (reader.func.value in _READERS and len(reader.args) == 1) or (
            reader.func.value in trusted.pure and reader.func.value in trusted.immutable_results)
    return False


def changes_nothing_read(function: cst.FunctionDef, keyed: Mapping[str, frozenset[int]],
                         kept: Sequence[cst.CSTNode] = ()) -> bool:
    """Every call in the function is pure or a kept helper, and nothing but containers it made is
    written into, so the helpers' answers cannot change while it runs.  With `kept` (the calls whose
    answers are kept), only the statements of the function's body from the first holding one of them
    to the last count: before, nothing is kept yet; after, nothing kept is asked for (holdout14/
    crop_trials: the ranks written into the summary's rows once the loop of kept calls is done)."""
    body = function.body
    if m.findall(body, m.Yield() | m.Await() | m.Global() | m.Nonlocal()):
        return False
    assert isinstance(body, cst.IndentedBlock)
    shadowed = facts.bound_in(body) | facts.parameters(function)
    owned = purity.fresh_containers(body, facts.parameters(function))
    owned |= purity.filled_fresh(body, owned)
    span: cst.CSTNode = body
    if kept:
        holding = {id(node) for node in kept}
        spanned = [n for n, statement in enumerate(body.body)
                   if any(id(node) in holding for node in facts.walk(statement))]
        if spanned:
            span = body.with_changes(body=body.body[spanned[0]:spanned[-1] + 1])
    # A function or class defined where answers are kept could be called there with state of its own
    # (holdout19/ua_breakdown: a `rows` helper defined after the loop is no such thing).
    if m.findall(span, m.FunctionDef() | m.ClassDef()):
        return False
    calm = frozenset(closure.name.value for closure in _closures(body)
                     if changes_only_owned(closure.body, keyed, shadowed | _locals(closure),
                                            (owned - _locals(closure)) | purity.fresh_containers(
                                                closure.body, facts.parameters(closure))))
    return changes_only_owned(span, keyed, shadowed, owned, calm)


def changes_only_owned(span: cst.CSTNode, keyed: Mapping[str, frozenset[int]], shadowed: set[str],
                        owned: frozenset[str], calm: frozenset[str] = frozenset()) -> bool:
    """Every call in `span` is pure, a kept helper or a `calm` closure, and nothing but `owned`
    containers is written into."""
    readers = purity.trusted().readers
    methods = purity.trusted().methods  # the class's own methods that change nothing
    handed = purity.trusted().handed_methods
    for call in m.findall(span, m.Call()):
        assert isinstance(call, cst.Call)
        called = facts.code(call.func)
        if called in keyed or (called in readers and called not in shadowed) or called in methods or called in calm \
                or (called in handed and handed[called].changes_nothing):
            continue  # a kept helper, a generator of the module that changes nothing as it runs, such a method
            # or a closure of the function that writes only into what it made
        if not purity.is_pure_call(call, shadowed, owned):
            return False
    return all(not isinstance(target, (cst.Subscript, cst.Attribute)) or purity.root_name(target) in owned
               for _, target in facts.written(span))


def _closures(body: cst.IndentedBlock) -> list[cst.FunctionDef]:
    """Functions defined in `body` itself, bound by nothing else and named only to be called
    (`close_run()`, never handed on): what they do happens where they are called, and nowhere
    else.  (holdout19/leak_watch: a closure that files the run of readings it was building.)"""
    found = []
    for statement in body.body:
        if not isinstance(statement, cst.FunctionDef) or statement.decorators \
                or m.findall(statement.body, m.FunctionDef() | m.ClassDef() | m.Lambda() | m.Yield() | m.Await()):
            continue
        name = statement.name.value
        mentions = len(m.findall(body, m.Name(name)))
        calls = len(m.findall(body, m.Call(func=m.Name(name))))
        defined = len(m.findall(body, m.FunctionDef(name=m.Name(name))))
        if defined == 1 and mentions == calls + 1 and not any(
                isinstance(target, cst.Name) and target.value == name for _, target in facts.written(body)):
            found.append(statement)
    return found


def _locals(closure: cst.FunctionDef) -> frozenset[str]:
    return frozenset(facts.bound_in(closure.body) | facts.parameters(closure))


class _Cached(cst.CSTTransformer):
    def __init__(self, caches: dict[int, tuple[str, str, str | None]], key_caches: dict[int, str], item: str,
                 key_names: dict[int, tuple[int, str]]) -> None:
        self.caches = caches
        self.key_caches = key_caches  # helpers handed as a sort key
        self.item = item  # the parameter of the lambda that replaces them
        self.key_names = key_names  # calls whose key is bound to a name as its type is tested: the name then

    def leave_Arg(self, original_node: cst.Arg, updated_node: cst.Arg) -> cst.Arg:
        if id(original_node.value) not in self.key_caches:
            return updated_node
        cache, item = self.key_caches[id(original_node.value)], self.item
        helper = facts.code(updated_node.value)
        return updated_node.with_changes(value=cst.parse_expression(
            f"lambda {item}: (({cache}[{item}] if {item} in {cache} else {cache}.setdefault({item}, {helper}({item})))"
            f" if type({item}) is str else {helper}({item}))"))

    def leave_Call(self, original_node: cst.Call, updated_node: cst.Call) -> cst.BaseExpression:
        if id(original_node) not in self.caches:
            return updated_node
        cache, key, plain = self.caches[id(original_node)]
        call = facts.code(updated_node)
        if id(original_node) in self.key_names:  # (already computed by the test, which comes first)
            at, name = self.key_names[id(original_node)]
            args = list(updated_node.args)
            args[at] = args[at].with_changes(value=cst.Name(name))
            call = facts.code(updated_node.with_changes(args=args))
        kept = f"({cache}[{key}] if {key} in {cache} else {cache}.setdefault({key}, {call}))"
        return cst.parse_expression(kept if plain is None else f"({kept} if {plain} else {call})")


def keyed_positions(function: cst.FunctionDef, calls: Sequence[cst.Call], width: int,
                    index: int) -> tuple[int, ...] | None:
    """For calls handing a helper `width` plain positional arguments, the positions other than `index` whose
    arguments are literals or module constants at every call (the key of an answer kept for them); None
    unless every other position holds, at every call, the same name that nothing rebinds in the function (a
    parameter, or a local bound once outside any loop)."""
    trusted = purity.trusted()
    local = facts.local_names(function)
    if any(len(c.args) != width or any(a.keyword is not None or a.star for a in c.args) for c in calls):
        return None
    keyed: list[int] = []
    for at in range(width):
        if at == index:
            continue
        values = [c.args[at].value for c in calls]
        if all(isinstance(v, (cst.Integer, cst.SimpleString)) or (
                isinstance(v, cst.Name) and v.value in trusted.constants and v.value not in local) for v in values):
            keyed.append(at)
            continue
        codes = {facts.code(v) for v in values}
        if len(codes) != 1 or not isinstance(values[0], cst.Name) or not steady(function, values[0].value):
            return None
    return tuple(keyed)


def steady(function: cst.FunctionDef, name: str) -> bool:
    """A parameter never rebound, or a local bound once, by a plain statement of the function's own body."""
    assert isinstance(function.body, cst.IndentedBlock)
    if name in facts.all_parameters(function):
        return name not in facts.bound_anywhere(function.body)
    top = [s for s in function.body.body if (single := facts.single_binding(s)) is not None and single[0].value == name]
    return len(top) == 1 and not any(name in facts.bound_anywhere(s) for s in function.body.body if s is not top[0])


def looped_helpers(function: cst.FunctionDef) -> list[str]:
    """The pure module functions (`purity.Trusted.definitions`) the function's own loops call by name, sorted."""
    trusted = purity.trusted()
    local = facts.local_names(function) | facts.all_parameters(function)
    deferred = facts.deferred_nodes(function.body)
    return sorted({call.func.value for loop in facts.own_loops(function) for call in facts.walk(loop.body)
                   if isinstance(call, cst.Call) and isinstance(call.func, cst.Name) and id(call) not in deferred
                   and call.func.value in trusted.definitions and call.func.value not in local
                   and call.func.value != function.name.value})


def calls_handed_kept(function: cst.FunctionDef, plans: Sequence[tuple[Sequence[cst.Call], str, str, str]]
                      ) -> cst.FunctionDef:
    """`function` with, for each plan `(calls, kept, copy, what is kept)`, the calls going to `copy` with the dict
    `kept` first, made empty (with a comment saying what it holds) at the start of the function, so it lives
    for one call of it."""
    assert isinstance(function.body, cst.IndentedBlock)
    replaced: dict[int, cst.CSTNode] = {
        id(call): call.with_changes(func=cst.Name(copy), args=[cst.Arg(cst.Name(kept)), *call.args])
        for calls, kept, copy, _ in plans for call in calls}
    body = function.body.visit(facts.ReplaceNodes(replaced))
    assert isinstance(body, cst.IndentedBlock)
    start = 1 if facts.docstring(function) is not None else 0
    made = [cst.parse_statement(f"{kept} = {{}}  # {said}\n") for _, kept, _, said in plans]
    return function.with_changes(body=body.with_changes(body=[*body.body[:start], *made, *body.body[start:]]))
