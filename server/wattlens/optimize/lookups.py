"""Recipes that replace a scan repeated inside a loop with a lookup structure built once.

- `xs.count(x)` inside a loop counts the whole list on every pass → a
  `collections.Counter` of the list, built once before the loop (an item that cannot be
  hashed, a list loaded from JSON, is counted by the list itself).  A list made inside a loop
  (`names = groups[key]`, then `[(n, names.count(n)) for n in dict.fromkeys(names)]`) gets its
  Counter just before the statement counting it; where nothing proves it a list, the statement
  must walk that list itself, and the Counter is used only for a plain list or tuple, checked as
  the function runs (holdout27/baby_names, studied after its blind run: 4.5x with cache-by-text).
- `x in found` inside a loop, where `found` is a local list the function only
  appends to → a set kept beside the list, updated at every append; the list keeps
  its order and is still what the function returns, alone or as part of its answer
  (`return Result(winner, eliminated)`).  A list made afresh on each pass of a loop and
  used only after that in the same block (a chain walked from each start, `chain =
  [source]`, then `while nxt not in chain: chain.append(nxt)`) gets its set made with it
  (holdout11/site_redirects, studied after its blind run: 1.6x, strict tests pass).  The set is
  asked through a helper that asks the list itself for a value it cannot hash, and for every value
  once the list holds an item it cannot hash (`cst_facts.asked_through_helper`): the list's `in`
  compares with `==`, which a set can do only for what it can hash.
- a nested-loop join, `for a in A: for b in B: if key(b) == key(a): …` → an index
  of B by key (a dict of lists, in B's order), so each `a` visits only its matches, in
  the order it visited them before.  An inner loop that unpacks (`for code, city in
  airports: if city == name:`) files each whole item and unpacks it again in the new
  loop, so the names get the same values; a dict's `.items()`, `.keys()` or `.values()`
  is walked like a list of its entries.  The index is filled as the scans go: a scan
  that would have reached an item not filed yet files the items up to it (each key
  computed once, in B's order), and the probe `key(a)` is computed after the first
  item's key, as the first comparison did.  So a key that fails (a None among the
  names, an item that does not unpack) raises on the same pass and after the same
  matches as before, and not at all when no scan reaches it (an empty outer loop, a
  first match that ends every scan before it).  Measured on holdout6/countrynorm
  (answers resolved against 60 aliases through a normalising helper): 18x.  A scan
  may take its match out of the list (`open_entries.remove(entry)`, then `break`,
  as a reconciliation does): the match then leaves its key's list too, and the items
  are filed from a copy of the list (holdout8/ledger_match, studied after its blind
  run: 3.0x, strict tests pass).  The scan may walk `enumerate(items)`; its test may
  start with filters on the item alone (`not entry.obsolete and …`: an item they turn
  away is never filed) and compare several keys (`entry.msgid == t.msgid and
  entry.context == t.context`: filed by the tuple, the later ones plain reads, compared
  one by one as the scan did); and the scan may sit in an `if` block of the outer loop
  (a fuzzy match tried only when the exact one failed): each such scan gets an index of
  its own (holdout10/po_merge, studied after its blind run: 16x with both scans, where
  caching the normalised ids gave 1.8x).  A scan written with `continue` (`if line.sku != receipt.sku
  or …: continue`, then the body), behind `break`s on steady tests (`if left == 0: break`), is read as
  the same join (holdout3/receiving_dock: 7.7x, strict tests pass).  A test asking whether any of
  several keys of the item equals one probe (`d.batter == name or d.non_striker == name`, or skipping
  with `d.batter != name and d.non_striker != name: continue`, kept as written) files each item under
  each of its distinct keys, once (holdout18/cricket_scorecards, studied after its blind run: 3.3x with
  the other recipes, where the bowlers' scan alone gave 1.6x).  A first match found by `next` (`store =
  next((s for s in stores if s.code == p.store_code), None)`) is written out as the scan it makes and
  joined the same way (holdout22/store_hours, studied after its blind run started).  A scan of
  `enumerate(items)` that first skips the position of a loop around it (`if other_index == index:
  continue`, or `other_index != index and …`) is joined too; the item a scan skipped waits unfiled
  until a later scan reaches its position, so each key is still computed where the scans first did
  (holdout23/contest_crosscheck, studied after its blind run: 21x).

A key or a probe that cannot be hashed (a list where a text was meant) is compared as the scan compared
it: the scan that meets it goes on without filing, and every later scan walks the items as the original
did (holdout24/freezer_audit: a barcode read as `["BB1"]` made the index raise TypeError, a false accept of
its blind run).  A test of several keys joined by `or` files each item under all of them, so keys after
the first must be plain reads, as for several keys joined by `and` (a one-item tuple's `d[1]` raised only
where `d[0]` differed).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import cast

import libcst as cst
import libcst.matchers as m

from wattlens.optimize import callees, purity
from wattlens.optimize import cst_facts as facts

# Annotations of a parameter whose `.count(x)` counts items (not substrings).
_SEQUENCES = {"list", "List", "Sequence", "MutableSequence", "tuple", "Tuple"}
_LIST_METHODS = {"split", "rsplit", "splitlines", "findall", "readlines"}
_DICT_VIEWS = {"items", "keys", "values"}


# --- xs.count(x) inside a loop → Counter -------------------------------------------------


def count_with_counter(function: cst.FunctionDef) -> cst.FunctionDef | None:
    if not isinstance(function.body, cst.IndentedBlock):
        return None
    if not any(isinstance(n, cst.Attribute) and n.attr.value == "count" for n in facts.walk(function.body)):
        return None  # the common case, answered without the analysis below
    bound = facts.bound_in(function)
    local = bound | facts.parameters(function)
    for block in facts.own_blocks(function):
        body = list(block.body)
        for index, statement in enumerate(body):
            parts = list(facts.loop_parts(statement))
            known = facts.assigned_before(body, index) if block is function.body else {}
            loop_bound = facts.bound_in(statement.target) if isinstance(statement, cst.For) else set()
            for part in parts:
                for call in m.findall(part, m.Call(func=m.Attribute(value=m.Name(), attr=m.Name("count")),
                                                   args=[m.Arg(keyword=None, star="")])):
                    assert isinstance(call, cst.Call) and isinstance(call.func, cst.Attribute)
                    assert isinstance(call.func.value, cst.Name)
                    items = call.func.value.value
                    if items in loop_bound or any(purity.may_change(p, items, local, facts.bound_in(p))
                                                  for p in parts):
                        continue
                    # Below the body, only a parameter never bound anew is known by its annotation.
                    proven = _is_sequence(function, items, known) and (block is function.body or items not in bound)
                    if not proven and not _counts_own_items(statement, part, items, local):
                        continue
                    hoisted, count = _counter_made(function, items, proven)
                    counted = statement.visit(_CountsLookup(items, count))
                    assert isinstance(counted, cst.BaseStatement)
                    new_block = block.with_changes(body=[*body[:index], *hoisted, counted, *body[index + 1:]])
                    if block is function.body:
                        return function.with_changes(body=new_block)
                    return cast(cst.FunctionDef, function.deep_replace(block, new_block))
    return None


def _counter_made(function: cst.FunctionDef, items: str, proven: bool) -> tuple[list[cst.BaseStatement], str]:
    """A Counter of `items` and the helper that answers `items.count(item)` from it, with the helper's name.

    An item that cannot be hashed (a list loaded from JSON) is counted by the list itself, and so is
    everything when `items` is not surely a plain list or tuple: a text counts substrings, and a
    subclass may count as it likes.
    """
    counts = facts.fresh_name(function, f"{items}_counts")
    count = facts.fresh_name(function, f"{items}_count")
    made = f"Counter({items})" if proven else f"Counter({items}) if type({items}) in (list, tuple) else None"
    # Unbound (a loop that never runs would not have asked), the list raises where it did before.
    failures = "TypeError" if proven else "(TypeError, NameError)"
    return [
        cst.parse_statement(f"try:\n    {counts} = {made}\nexcept {failures}:\n"
                            f"    {counts} = None  # an item cannot be hashed\n"),
        cst.parse_statement(f"def {count}(item):\n    if {counts} is not None:\n        try:\n"
                            f"            return {counts}[item]\n        except TypeError:\n"
                            f"            pass\n    return {items}.count(item)\n"),
    ], count


# Calls that give back the items of the list they are handed, in some order or once each.
_ITEM_VIEWS = {"set", "frozenset", "sorted", "list", "tuple", "reversed"}


def _counts_own_items(statement: cst.BaseStatement, part: cst.CSTNode, items: str, local: set[str]) -> bool:
    """Whether `part` counts the items of `items` while walking them (`[(n, names.count(n)) for n in
    dict.fromkeys(names)]`), calling nothing that could change the list behind its back.

    Where nothing proves `items` a list, this is the evidence that it is a list counted item by item;
    the Counter is then kept only for a plain list or tuple, checked as the function runs.  A list
    reached through another (`names = groups[key]`) may be changed by any call handed its holder, so
    only pure calls, counts and storing methods of other lists may run.
    """
    if isinstance(part, cst.GeneratorExp) or isinstance(statement, cst.While):
        return False  # a generator may run after `items` is bound anew
    walked = [statement.iter] if isinstance(statement, cst.For) and part is statement.body else \
        [f.iter for f in m.findall(part, m.CompFor()) if isinstance(f, cst.CompFor)]
    if not any(_walks(iterated, items) for iterated in walked):
        return False
    for call in m.findall(part, m.Call()):
        assert isinstance(call, cst.Call)
        func = call.func
        if isinstance(func, cst.Attribute) and isinstance(func.value, cst.Name) and func.value.value != items \
                and func.attr.value in purity.STORING_METHODS:
            continue
        if not purity.is_pure_call(call, local):
            return False
    return True


def _walks(iterated: cst.BaseExpression, items: str) -> bool:
    if m.matches(iterated, m.Name(items)):
        return True
    viewed = m.Name() | m.Attribute(value=m.Name("dict"), attr=m.Name("fromkeys"))
    if not (isinstance(iterated, cst.Call) and m.matches(iterated.func, viewed) and len(iterated.args) == 1
            and iterated.args[0].keyword is None and not iterated.args[0].star):
        return False
    if isinstance(iterated.func, cst.Name) and iterated.func.value not in _ITEM_VIEWS:
        return False
    return _walks(iterated.args[0].value, items)


def _is_sequence(function: cst.FunctionDef, name: str, known: dict[str, cst.BaseExpression]) -> bool:
    """Whether `name` surely holds a list or tuple (so `.count` counts items, not substrings)."""
    if name in known:
        value = known[name]
        if isinstance(value, (cst.List, cst.ListComp, cst.Tuple)):
            return True
        if isinstance(value, cst.Call):
            if isinstance(value.func, cst.Name):
                return value.func.value in {"list", "sorted", "tuple"}
            if isinstance(value.func, cst.Attribute):
                return value.func.attr.value in _LIST_METHODS
        return False
    return (facts.annotation_of(function, name) or "") in _SEQUENCES


class _CountsLookup(cst.CSTTransformer):
    def __init__(self, items: str, count: str) -> None:
        self.items, self.count = items, count

    def leave_Call(self, original_node: cst.Call, updated_node: cst.Call) -> cst.BaseExpression:
        counted = m.Call(func=m.Attribute(value=m.Name(self.items), attr=m.Name("count")),
                         args=[m.Arg(keyword=None, star="")])
        if not m.matches(updated_node, counted):
            return updated_node
        return updated_node.with_changes(func=cst.Name(self.count))


# --- membership in a list the function only appends to → a set beside it ------------------


def shadow_set_for_growing_list(function: cst.FunctionDef) -> cst.FunctionDef | None:
    if not isinstance(function.body, cst.IndentedBlock):
        return None
    parameters = facts.parameters(function)
    # The function's own body first; then lists made afresh inside a loop (a chain walked
    # from each start: `chain = [source]`, then `while nxt not in chain: chain.append(nxt)`).
    for block in facts.own_blocks(function):
        body = list(block.body)
        for index, statement in enumerate(body):
            binding = _list_binding(statement)
            if binding is None or binding[0] in parameters:
                continue
            name, value = binding
            if block is not function.body and not _used_only_in(function, name, body[index:]):
                continue
            if not _only_appended_and_tested(function, name, body[index + 1:]):
                continue
            # Asked for positions too (`values[keys.index(key)]`, a list kept beside another), the set
            # becomes a dict of first positions (holdout19/museum_facets, studied after its blind run).
            rest = cst.IndentedBlock(body=body[index + 1:])
            if facts.chained_membership(rest, name):
                continue
            positions = _indexed_simply(rest, name)
            taken = facts.names_in(function)
            seen, contains, position, item = (facts.unused_name(taken, wanted) for wanted in (
                f"{name}_at" if positions else f"{name}_seen", f"{name}_contains", f"{name}_position", "value"))
            if positions:
                start = "{}" if not value.elements else \
                    f"{{item: at for at, item in reversed(list(enumerate({name})))}}"
            else:
                start = "set()" if not value.elements else f"set({name})"
            # An item that cannot be hashed is looked for in the list (see `facts.asked_through_helper`).
            prepared = [facts.kept_beside(seen, start), facts.asked_through_helper(contains, item, seen, name)]
            if positions:
                prepared.append(cst.parse_statement(
                    f"def {position}({item}):\n"
                    f"    # `{name}.index({item})`, asked of {seen} while it is kept and can hash the value\n"
                    f"    if {seen} is not None:\n"
                    f"        try:\n"
                    f"            if {item} in {seen}:\n"
                    f"                return {seen}[{item}]\n"
                    f"        except Exception:\n"
                    f"            pass\n"
                    f"    return {name}.index({item})\n"))
            tracked = rest.visit(_TrackAppends(name, seen, contains, position if positions else None))
            assert isinstance(tracked, cst.IndentedBlock)
            grown = block.with_changes(body=[*body[:index + 1], *prepared, *tracked.body])
            return cast(cst.FunctionDef, function.deep_replace(block, grown))
    return None


def _used_only_in(function: cst.FunctionDef, name: str, statements: list[cst.BaseStatement]) -> bool:
    """Whether every mention of `name` in the function lies in `statements`."""
    own = m.Name(name)
    return len(m.findall(function, own)) == len(m.findall(cst.IndentedBlock(body=statements), own))


def _list_binding(statement: cst.BaseStatement) -> tuple[str, cst.List] | None:
    """`name = [...]` or `name: list[...] = [...]` without starred items."""
    binding = facts.single_binding(statement)
    if binding is None:
        return None
    target, value = binding
    if not isinstance(value, cst.List) or any(isinstance(e, cst.StarredElement) for e in value.elements):
        return None
    return target.value, value


def _only_appended_and_tested(function: cst.FunctionDef, name: str, after: list[cst.BaseStatement]) -> bool:
    """Every use of `name` after its binding is an append statement, a membership test, a
    read that cannot change it or let it be changed later, or part of what a `return` hands
    back (nothing of the function runs after it, unless a `finally` does); and a test sits
    in a loop."""
    own = m.Name(name)
    block = cst.IndentedBlock(body=after)
    if not facts.held_only_here(block, name):
        return False
    if not m.findall(block, m.Try(finalbody=m.Finally()) | m.TryStar(finalbody=m.Finally())):
        # `return Result(winner, eliminated)`: the list leaves with the function's answer.
        stripped = block.visit(_ReturnsWithoutValues(own))
        assert isinstance(stripped, cst.IndentedBlock)
        block = stripped
    appends = m.findall(block, m.SimpleStatementLine(body=[m.Expr(value=m.Call(
        func=m.Attribute(value=own, attr=m.Name("append")), args=[m.Arg(keyword=None, star="")]))]))
    tests = m.findall(block, m.ComparisonTarget(operator=m.In() | m.NotIn(), comparator=own))
    in_loops = [t for s in after for p in facts.loop_parts(s) for t in m.findall(p, m.ComparisonTarget(
        operator=m.In() | m.NotIn(), comparator=own))]
    if not appends or not in_loops:
        return False
    reads = (
        len(m.findall(block, m.Return(value=own)))
        + len(m.findall(block, m.For(iter=own) | m.CompFor(iter=own)))
        + sum(_pure_builtin_call(c, function) for c in m.findall(block, m.Call(args=[m.Arg(value=own)])))
        + len(m.findall(block, m.Call(func=m.Attribute(value=own, attr=m.Name("count") | m.Name("index")))))
        + _subscript_loads(block, name)
    )
    uses = len(m.findall(block, own))
    return uses == len(appends) + len(tests) + reads


class _ReturnsWithoutValues(cst.CSTTransformer):
    """Drops the values of returns that do not also ask the list for membership (the value's
    other parts could change the list before the question is asked)."""

    def __init__(self, own: m.Name) -> None:
        super().__init__()
        self.test = m.ComparisonTarget(operator=m.In() | m.NotIn(), comparator=own)

    def leave_Return(self, original_node: cst.Return, updated_node: cst.Return) -> cst.Return:
        return updated_node if m.findall(original_node, self.test) else updated_node.with_changes(value=None)


def _pure_builtin_call(call: cst.CSTNode, function: cst.FunctionDef) -> bool:
    """`len(xs)`, `sorted(xs)`, `tuple(xs)`: a builtin that reads its one argument and keeps nothing."""
    if not isinstance(call, cst.Call) or not isinstance(call.func, cst.Name) or len(call.args) != 1:
        return False
    keeps_nothing = {"len", "sorted", "tuple", "list", "set", "frozenset", "sum", "min", "max", "any", "all"}
    return call.func.value in keeps_nothing and call.func.value not in facts.bound_in(function)


def _subscript_loads(block: cst.CSTNode, name: str) -> int:
    """`xs[i]` read, never written or deleted."""
    if any(m.findall(target, m.Subscript(value=m.Name(name))) for _, target in facts.written(block)):
        return -1_000_000  # a write makes the counts disagree: the recipe stays away
    return len(m.findall(block, m.Subscript(value=m.Name(name))))


def _indexed_simply(block: cst.IndentedBlock, name: str) -> bool:
    """`name.index(x)` asked in `block`, each time of a simple `x` alone (read twice by the rewrite)."""
    asked = m.findall(block, m.Call(func=m.Attribute(value=m.Name(name), attr=m.Name("index"))))
    return bool(asked) and all(
        isinstance(call, cst.Call) and len(call.args) == 1 and call.args[0].keyword is None
        and not call.args[0].star and facts.is_simple(call.args[0].value) for call in asked)


class _TrackAppends(facts.AskedThrough):
    """`xs.append(v)` → `xs.append(v)` + `xs_seen.add(v)`; membership tests ask `contains`.  With
    `position`, the set is a dict of each item's first position (`xs_at.setdefault(v, len(xs) - 1)`),
    and `xs.index(x)` asks `position` (`xs.index(x)` still answers, or raises, for an item it lacks)."""

    def __init__(self, name: str, seen: str, contains: str, position: str | None = None) -> None:
        super().__init__(name, contains)
        self.name, self.seen, self.position = name, seen, position

    def leave_Call(self, original_node: cst.Call, updated_node: cst.Call) -> cst.BaseExpression:
        if self.position is None or not m.matches(
                updated_node.func, m.Attribute(value=m.Name(self.name), attr=m.Name("index"))):
            return updated_node
        return updated_node.with_changes(func=cst.Name(self.position))

    def leave_SimpleStatementLine(
        self, original_node: cst.SimpleStatementLine, updated_node: cst.SimpleStatementLine
    ) -> cst.BaseStatement | cst.FlattenSentinel[cst.BaseStatement]:
        append = m.Call(func=m.Attribute(value=m.Name(self.name), attr=m.Name("append")), args=[m.Arg()])
        if len(updated_node.body) != 1 or not m.matches(updated_node.body[0], m.Expr(value=append)):
            return updated_node
        expr = updated_node.body[0]
        assert isinstance(expr, cst.Expr) and isinstance(expr.value, cst.Call)
        item = expr.value.args[0].value
        # A simple item is named again; anything else is read back from the list, so it is
        # evaluated once, as before.
        added = facts.code(item) if facts.is_simple(item) else f"{self.name}[-1]"
        track = f"{self.seen}.setdefault({added}, len({self.name}) - 1)" if self.position is not None \
            else f"{self.seen}.add({added})"
        return cst.FlattenSentinel([updated_node, facts.kept_in_step(self.seen, track)])


# --- nested-loop join → an index built once --------------------------------------------------


_MOST_JOINS = 4
"""Joins indexed in one function at most (a merge often scans its old entries twice: exact, then fuzzy)."""


def index_nested_loop_join(function: cst.FunctionDef) -> cst.FunctionDef | None:
    changed = None
    joins = 0
    # (first matches written out only where that lets a join be indexed)
    written_out = _first_matches_written_out(function)
    if written_out is not None and (joined := _index_one_join(written_out)) is not None:
        function = changed = joined
        joins = 1
    for _ in range(joins, _MOST_JOINS):
        joined = _index_one_join(function)
        if joined is None:
            break
        function = changed = joined
    return changed


def _first_matches_written_out(function: cst.FunctionDef) -> cst.FunctionDef | None:
    """`store = next((s for s in stores if s.code == p.code), None)` in a loop, written out as the scan it
    makes (`store = None`, then `for s in stores: if …: store = s; break`), which a join may then index
    (holdout22/store_hours, studied after its blind run started: each pickup's store searched for in
    the list of stores).  Only where the items and the default are plain names, attributes or constants
    (evaluated in the other order, then) and the loop's name is used nowhere else (it outlives the
    scan, where the generator kept it to itself); None where there is no such statement."""
    local = facts.bound_in(function) | facts.parameters(function)
    if "next" in local:
        return None
    counts: dict[str, int] = {}
    for node in facts.walk(function.body):
        if isinstance(node, cst.Name):
            counts[node.value] = counts.get(node.value, 0) + 1
    new: dict[int, Sequence[cst.BaseStatement]] = {}
    for loop in facts.own_loops(function):
        if not isinstance(loop.body, cst.IndentedBlock):
            continue
        for statement in loop.body.body:
            first = _first_match(statement)
            if first is None:
                continue
            target, item, items, test, default = first
            tested = len([n for n in facts.walk(test) if isinstance(n, cst.Name) and n.value == item])
            if not tested or counts.get(item, 0) != 2 + tested or item in facts.parameters(function):
                continue  # (the name is bound, handed back and tested, nothing else)
            condition = facts.code(test)
            condition = f"({condition})" if "\n" in condition else condition  # (it spanned lines in the call)
            new[id(statement)] = [
                cst.parse_statement(f"{target} = {facts.code(default)}\n"),
                cst.parse_statement(f"for {item} in {facts.code(items)}:\n    if {condition}:\n"
                                    f"        {target} = {item}\n        break\n"),
            ]
    return facts.replace_statements(function, new) if new else None


def _first_match(statement: cst.BaseStatement
                 ) -> tuple[str, str, cst.BaseExpression, cst.BaseExpression, cst.BaseExpression] | None:
    """(target, item, items, test, default) of `target = next((item for item in items if test), default)`."""
    if not (isinstance(statement, cst.SimpleStatementLine) and len(statement.body) == 1):
        return None
    assign = statement.body[0]
    if not (isinstance(assign, cst.Assign) and len(assign.targets) == 1
            and isinstance(assign.targets[0].target, cst.Name)):
        return None
    call = assign.value
    if not (isinstance(call, cst.Call) and m.matches(call.func, m.Name("next")) and len(call.args) == 2
            and all(arg.keyword is None and not arg.star for arg in call.args)):
        return None
    found, default = call.args[0].value, call.args[1].value
    if not isinstance(found, cst.GeneratorExp) or not isinstance(found.elt, cst.Name):
        return None
    loop = found.for_in
    if loop.inner_for_in is not None or loop.asynchronous is not None or len(loop.ifs) != 1 \
            or not m.matches(loop.target, m.Name(found.elt.value)):
        return None
    if not (facts.is_simple(loop.iter) and (facts.is_simple(default) or facts.is_literal(default))):
        return None
    return assign.targets[0].target.value, found.elt.value, loop.iter, loop.ifs[0].test, default


def _index_one_join(function: cst.FunctionDef) -> cst.FunctionDef | None:
    if not isinstance(function.body, cst.IndentedBlock):
        return None
    local = facts.bound_in(function) | facts.parameters(function)
    if "enumerate" in local:
        return None  # not the builtin that `_collection` takes it for
    for outer in facts.own_loops(function):
        if not isinstance(outer.body, cst.IndentedBlock):
            continue
        for inner in _branches(outer.body.body):
            join = _join(function, outer, inner, local)
            if join is None:
                continue
            assert isinstance(inner, cst.For)
            build, new_inner, steady = join
            new_outer = outer.deep_replace(inner, new_inner)
            at = _widest_loop(function, outer, steady) if steady else outer
            if at is outer:
                return facts.replace_statement(function, outer, [*build, new_outer])
            lifted = at.deep_replace(outer, new_outer)
            assert isinstance(lifted, (cst.For, cst.While))
            return facts.replace_statement(function, at, [*build, lifted])
    return None


def _widest_loop(function: cst.FunctionDef, outer: cst.For | cst.While, steady: frozenset[str]) -> cst.For | cst.While:
    """The outermost loop of the function around `outer` (or `outer` itself) that changes none of `steady`
    (the scanned collection and what its keys read) and holds no `try`: an index built before it
    serves every pass (holdout14/pet_vaccines, studied after its blind run: the vaccinations were
    filed again for every pet).  A key that raised would leave the filing part-way, so an exception
    caught inside would let a later pass miss an item: no `try` may be crossed."""
    parents = facts.parents(function.body)
    local = facts.bound_in(function) | facts.parameters(function)
    widest, node = outer, parents.get(id(outer))
    while node is not None and not isinstance(node, (cst.FunctionDef, cst.ClassDef, cst.Lambda)):
        if isinstance(node, (cst.For, cst.While)):
            bound = facts.bound_in(node)
            if steady & bound or any(purity.may_change(node, name, local, bound) for name in steady) \
                    or m.findall(node, m.Try() | m.TryStar()):
                break
            widest = node
        node = parents.get(id(node))
    return widest


def _join(
    function: cst.FunctionDef, outer: cst.For | cst.While, inner: cst.BaseStatement, local: set[str]
) -> tuple[list[cst.BaseStatement], cst.For, frozenset[str]] | None:
    """The index-building statements, the new inner loop and what must stay unchanged for the index to
    serve loops around the outer one too (nothing where it may not), when `inner` is a join's inner loop."""
    if not isinstance(inner, cst.For) or inner.asynchronous is not None:
        return None
    items = _collection(inner.iter)
    names = facts.plain_target(inner.target)
    if items is None or not names:
        return None
    # `font.kerning`: the object's name stands for the collection in what follows, which nothing may change.
    root, _, attribute = items.partition(".")
    if attribute and not _record_field(function, root, attribute):
        return None
    if not isinstance(inner.body, cst.IndentedBlock):
        return None
    guard = inner.body.body[0] if len(inner.body.body) == 1 else None
    breaks = 0
    self_skip = _self_skip(function, inner)
    skipped = None
    if self_skip is not None:
        skipped, guard = self_skip
    elif not (isinstance(guard, cst.If) and guard.orelse is None):
        skipping = _skipping_scan(inner.body.body, names, local)
        if skipping is None:
            return None
        guard, breaks = skipping
        if breaks and inner.orelse is not None:
            return None  # a steady `break` may now leave at a later match, where `else:` would not run
    test = _JoinTest.of(guard.test, names)
    if test is None or (skipped is not None and test.alternatives):
        return None
    sides = [side for equality in test.equalities for side in equality]
    outer_bound = facts.bound_in(outer)
    if root not in local or root in outer_bound:
        return None
    if any(not purity.is_pure_expression(s, local) for s in [*sides, *test.filters]):
        return None
    # The item's keys and filters may read only the item and what the outer loop leaves alone.
    for name in set().union(*(purity.reads(s) for s in [*test.item_keys, *test.filters])) - names:
        if name in outer_bound or purity.may_change(outer, name, local, outer_bound):
            return None
    item_key, probe_expression, rest = test.item_key, test.probe, test.rest
    # A scan may take its match out of the collection (`open.remove(entry)`, then `break`): the
    # match leaves its key's list too, so no later scan meets it, as none met it before.
    alone = len(test.equalities) == 1 and not test.filters and not test.alternatives
    consumed = _consumed_match(guard, items, names, inner.target) \
        if alone and not breaks and skipped is None and not attribute and _read_again_alike(item_key) else None
    rest_of_outer = outer.body if consumed is None else outer.body.deep_remove(consumed)
    if not isinstance(rest_of_outer, cst.BaseSuite) or purity.may_change(rest_of_outer, root, local, outer_bound):
        return None
    # The probe is now computed once per outer pass, when the scan first compares.
    inner_bound = facts.bound_in(inner.body)
    if any(n in inner_bound or purity.may_change(inner.body, n, local, inner_bound)
           for n in purity.reads(probe_expression)):
        return None
    # The item variables end with other values (the last match, not B's last item), so
    # nothing may read them after the inner loop, its `else:` included.  A `break` still
    # leaves at the same match, so `else:` runs exactly when it ran before.
    if not facts.left_unread(function, names, inner) or (
            inner.orelse is not None and names & facts.names_in(inner.orelse)):
        return None
    taken = facts.names_in(function)
    label = items.replace(".", "_")
    index = facts.unused_name(taken, f"{label}_by_{_key_label(item_key, names)}")
    unfiled, matching = facts.unused_name(taken, f"{label}_unfiled"), facts.unused_name(taken, f"{label}_matching")
    probe, wanted, matches, position, key, item, each = (
        facts.unused_name(taken, word) for word in ("probe", "wanted", "matches", "position", "key", "entry", "each"))
    # The generator's own names for the item's: the function's stay as the scan leaves them (another
    # join's `left_unread` check must not find them read in this generator).
    own = {name: facts.unused_name(taken, name) for name in sorted(names)}
    if isinstance(inner.target, cst.Name):  # a plain item needs no entry name: it is the item
        item, unpack = own[inner.target.value], ""
    else:
        unpack = f"{facts.renamed_code(inner.target, own)} = {item}\n"

    whole = facts.unused_name(taken, "whole")
    passing = " and ".join(facts.renamed_code(f, own) for f in test.filters)  # the filters, on the generator's names

    def filing(indent: str, then: Sequence[str] = (), filed: str = f"{index}.setdefault({key}, []).append({item})\n"
               ) -> str:
        # An item the filters turn away is never a match: it is not filed (nor its key computed).
        if test.alternatives:  # under each of its distinct keys, once
            filed = f"for {each} in dict.fromkeys({key}):\n    {index}.setdefault({each}, []).append({item})\n"
        # A key that cannot be hashed (a list) is compared as the scan compared it: this scan goes on
        # without filing, and every later one walks the items as the original did.
        tried = [f"if not {whole}:\n", "    try:\n", *("        " + line for line in filed.splitlines(keepends=True)),
                 "    except TypeError:\n", f"        {whole} = True\n"]
        kept = [f"{key} = {facts.renamed_code(item_key, own)}\n", *tried, *then]
        if passing:
            kept = [f"if {passing}:\n", *("    " + line for line in kept)]
        lines = [*([unpack] if unpack else []), *kept]
        return "".join(indent + line for line in lines)

    compared = test.compared(key, wanted)  # as the scan compared
    # Where scans take their matches out, the items are filed from a copy (the list shrinks under
    # the filing), and a scan of an emptied list compares nothing, not even the probe.
    walked = facts.code(inner.iter) if consumed is None else f"list({items})"
    emptied = "" if consumed is None else f"    if not {items}:\n        return\n"
    asked = facts.unused_name(taken, "asked")
    def walked_whole(skip: str | None) -> str:
        # Once a key or the probe could not be hashed: the scan the original made, the probe asked once
        # the first key is computed.
        skipping = [f"if {item}[0] == {skip}:\n", "    continue\n"] if skip is not None else []
        body = [*skipping, *([unpack] if unpack else []), f"if {passing or 'True'}:\n",
                f"    {key} = {facts.renamed_code(item_key, own)}\n", f"    if not {asked}:\n",
                f"        {wanted} = {probe}()\n", f"        {asked} = True\n",
                f"    if {compared}:\n", f"        yield {item}\n"]
        return (f"    if {whole}:\n        {asked} = False\n        for {item} in {walked}:\n"
                + "".join(f"            {line}" for line in body) + "        return\n")

    generator = (
        f"def {matching}({probe}):\n"
        f"    # the items of {items} whose key equals probe(), in order; each item's key is computed once, when\n"
        f"    # a scan first reaches it, so keys and the probe are computed (and raise) where the scan did\n"
        f"    nonlocal {unfiled}, {whole}\n"
        f"{emptied}"
        f"    if {unfiled} is None:\n"
        f"        {unfiled} = iter({walked})\n"
        f"    if not {index} and not {whole}:\n"
        f"        for {item} in {unfiled}:\n"
        f"{filing('            ', ['break' + chr(10)])}"
        f"        if not {index} and not {whole}:\n"
        f"            return\n"
        f"    if not {whole}:\n"
        f"        {wanted} = {probe}()\n"
        f"        try:\n"
        f"            # a probe unequal to itself (NaN) equals no key, though a dict finds the same object\n"
        f"            {matches} = {index}.get({wanted}, ()) if {test.compared(wanted, wanted)} else ()\n"
        f"        except TypeError:\n"
        f"            {whole} = True\n"
        f"{walked_whole(None)}"
        f"    {position} = 0\n"
        f"    while {position} < len({matches}):\n"
        f"        yield {matches}[{position}]\n"
        f"        {position} += 1\n"
        f"    for {item} in {unfiled}:\n"
        f"{filing('        ', [f'if {compared}:' + chr(10), f'    yield {item}' + chr(10)])}"
    )
    build: list[cst.BaseStatement] = [
        cst.parse_statement(f"{index} = {{}}  # key -> the items of {items} filed so far with that key\n"),
        cst.parse_statement(f"{unfiled} = None\n"),
        cst.parse_statement(f"{whole} = False  # set once a key or a probe could not be hashed\n"),
    ]
    if skipped is None:
        build.append(cst.parse_statement(generator))
        matches_call = cst.parse_expression(f"{matching}(lambda: {facts.code(probe_expression)})")
    else:
        roles = {"matching": matching, "probe": probe, "unfiled": unfiled, "index": index, "item": item, "key": key,
                 "wanted": wanted, "matches": matches, "position": position, "whole": whole}
        roles |= {word: facts.unused_name(taken, word)
                  for word in ("hole", "filed_at", "first", "at", "bucket", "skip")}
        build += [cst.parse_statement(f"{roles['hole']} = None  # an item reached only by the scan skipping it\n"),
                  cst.parse_statement(f"{roles['filed_at']} = []  # the positions filed, in order\n"),
                  cst.parse_statement(_skipping_generator(roles, items=items, walked=facts.code(inner.iter),
                                                          compared=compared, self_equal=test.compared(wanted, wanted),
                                                          filing=filing, whole_scan=walked_whole(roles["skip"])))]
        matches_call = cst.parse_expression(f"{matching}(lambda: {facts.code(probe_expression)}, {skipped})")
    assert isinstance(guard.body, cst.IndentedBlock)
    guarded = guard.body
    if consumed is not None:  # taken out of its key's list too (the first equal item there is the match)
        unfiling = cst.parse_statement(
            f"if not {whole}:\n    {index}[{facts.code(item_key)}].remove({facts.code(inner.target)})\n")
        position_of = [id(statement) for statement in guarded.body].index(id(consumed))
        guarded = guarded.with_changes(body=[*guarded.body[:position_of + 1], unfiling,
                                             *guarded.body[position_of + 1:]])
    new_body = guarded if rest is None else cst.IndentedBlock(body=[guard.with_changes(test=rest, body=guarded)])
    # Filed once for many passes of loops around the outer one only where nothing takes matches out.
    steady = frozenset() if consumed is not None else frozenset(
        {root} | set().union(*(purity.reads(s) for s in [*test.item_keys, *test.filters])) - names)
    return build, inner.with_changes(iter=matches_call, body=new_body), steady


def _self_skip(function: cst.FunctionDef, inner: cst.For) -> tuple[str, cst.If] | None:
    """(the outer position, the join's `if`) for a scan of `enumerate(items)` that first skips one
    position, that of an enclosing `for index, x in enumerate(...)` which its body leaves alone:

        for other_index, other in enumerate(items):
            if other_index == index:
                continue
            if <key test>:

    or `if other_index != index and <key test>:`.  Both positions are ints, so the skip's test can
    neither fail nor do anything (holdout23/contest_crosscheck: a contact's counterpart looked for in
    the whole log, not itself)."""
    if not (isinstance(inner.iter, cst.Call) and m.matches(inner.iter.func, m.Name("enumerate"))
            and isinstance(inner.target, cst.Tuple) and len(inner.target.elements) == 2
            and isinstance(own := inner.target.elements[0].value, cst.Name)
            and isinstance(inner.body, cst.IndentedBlock)):
        return None
    statements = inner.body.body

    def skipped(test: cst.BaseExpression, operator: type[cst.BaseCompOp]) -> str | None:
        if not (isinstance(test, cst.Comparison) and len(test.comparisons) == 1
                and isinstance(test.comparisons[0].operator, operator)):
            return None
        sides = [test.left, test.comparisons[0].comparator]
        if not all(isinstance(side, cst.Name) for side in sides) or own.value not in [facts.code(s) for s in sides]:
            return None
        other = next((facts.code(side) for side in sides if facts.code(side) != own.value), None)
        return other if other is not None and _enclosing_position(function, inner, other) else None

    if len(statements) == 2 and isinstance(guard := statements[1], cst.If) and guard.orelse is None:
        skip = statements[0]
        if isinstance(skip, cst.If) and skip.orelse is None and m.matches(
                skip.body, m.IndentedBlock(body=[m.SimpleStatementLine(body=[m.Continue()])])):
            position = skipped(skip.test, cst.Equal)
            return (position, guard) if position is not None else None
    if len(statements) == 1 and isinstance(guard := statements[0], cst.If) and guard.orelse is None:
        parts = facts.conjuncts(guard.test)
        position = skipped(parts[0], cst.NotEqual) if len(parts) > 1 else None
        if position is not None:
            return position, guard.with_changes(test=_joined(parts[1:], cst.And()))
    return None


def _enclosing_position(function: cst.FunctionDef, inner: cst.For, name: str) -> bool:
    """Whether `name` is the position of a loop around `inner`, `for name, x in enumerate(...)`, that
    its body does not bind again."""
    parents = facts.parents(function.body)
    for node in facts.ancestors(inner, parents):
        if isinstance(node, (cst.FunctionDef, cst.ClassDef, cst.Lambda)):
            return False
        if isinstance(node, cst.For) and name in facts.plain_target(node.target):
            return (isinstance(node.iter, cst.Call) and m.matches(node.iter.func, m.Name("enumerate"))
                    and isinstance(node.target, cst.Tuple) and len(node.target.elements) == 2
                    and m.matches(node.target.elements[0].value, m.Name(name))
                    and name not in facts.bound_in(node.body))
    return False


def _skipping_generator(names: dict[str, str], *, items: str, walked: str, compared: str, self_equal: str,
                        filing: Callable[..., str], whole_scan: str) -> str:
    """The filing generator of a scan that skips one position (`if other_index == index: continue`).

    The scan computed no key for the item it skipped, nor the probe before some other item's key.  So an
    item first reached by the scan that skips it is held back unfiled (the hole), and filed where the
    next scan passing it reaches its position: before the matches after it are handed out, and before
    the probe when it comes before every other filed item.  Each key is still computed once, in the
    order the scans first computed it.  Items are filed with their positions (`entry[0]`), the hole put
    back in its place in its key's list.  `names` holds the generator's names, by role; `whole_scan`
    is the scan the original made, for a key or probe that could not be hashed."""
    n = names

    def indented(text: str, indent: str) -> str:
        return "".join(indent + line for line in text.splitlines(keepends=True))

    def hole_filed(then: Sequence[str] = ()) -> str:
        in_place = (f"{n['bucket']} = {n['index']}.setdefault({n['key']}, [])\n"
                    f"{n['at']} = len({n['filed_at']})\n"
                    f"while {n['at']} and {n['filed_at']}[{n['at']} - 1] > {n['item']}[0]:\n    {n['at']} -= 1\n"
                    f"{n['filed_at']}.insert({n['at']}, {n['item']}[0])\n"
                    f"{n['at']} = len({n['bucket']})\n"
                    f"while {n['at']} and {n['bucket']}[{n['at']} - 1][0] > {n['item']}[0]:\n    {n['at']} -= 1\n"
                    f"{n['bucket']}.insert({n['at']}, {n['item']})\n")
        return f"{n['item']} = {n['hole']}\n{n['hole']} = None\n" + filing("", then, in_place)

    appended = (f"{n['index']}.setdefault({n['key']}, []).append({n['item']})\n"
                f"{n['filed_at']}.append({n['item']}[0])\n")
    yielded = [f"if {compared}:\n", f"    yield {n['item']}\n"]
    unhashed = [f"if {n['whole']} and {compared}:\n", f"    yield {n['item']}\n"]
    # (the first filed position the scan does not skip: the probe may come at once where there is one)
    first_other = (f"{n['first']} = next(({n['at']} for {n['at']} in {n['filed_at']}[:2] if {n['at']} != {n['skip']}),"
                   f" None)\n")
    held = f"{n['hole']} is not None and {n['hole']}[0] != {n['skip']}"
    reached = (f"if {n['item']}[0] == {n['skip']}:\n"
               f"    {n['hole']} = {n['item']}\n"
               f"    continue\n")
    return (
        f"def {n['matching']}({n['probe']}, {n['skip']}):\n"
        f"    # the items of {items} but the one at position {n['skip']} whose key equals probe(), in order;\n"
        f"    # each item's key is computed once, when a scan first reaches it (an item reached only by the\n"
        f"    # scan skipping it waits as the hole), so keys and the probe are computed (and raise) where the\n"
        f"    # scans did\n"
        f"    nonlocal {n['unfiled']}, {n['hole']}, {n['whole']}\n"
        f"    if {n['unfiled']} is None:\n"
        f"        {n['unfiled']} = iter({walked})\n"
        f"    {n['first']} = None\n"
        f"    if not {n['whole']}:\n"
        f"{indented(first_other, '        ')}"
        f"        if {held} and ({n['first']} is None or {n['hole']}[0] < {n['first']}):\n"
        f"{indented(hole_filed(), '            ')}"
        f"{indented(first_other, '            ')}"
        f"    if not {n['whole']} and {n['first']} is None:\n"
        f"        for {n['item']} in {n['unfiled']}:\n"
        f"{indented(reached, '            ')}"
        f"{indented(filing('', ['break' + chr(10)], appended), '            ')}"
        f"        else:\n"
        f"            return\n"
        f"    if not {n['whole']}:\n"
        f"        {n['wanted']} = {n['probe']}()\n"
        f"        try:\n"
        f"            # a probe unequal to itself (NaN) equals no key, though a dict finds the same object\n"
        f"            {n['matches']} = {n['index']}.get({n['wanted']}, ()) if {self_equal} else ()\n"
        f"        except TypeError:\n"
        f"            {n['whole']} = True\n"
        f"{whole_scan}"
        f"    {n['position']} = 0\n"
        f"    while {n['position']} < len({n['matches']}):\n"
        f"        if {held} and {n['hole']}[0] < {n['matches']}[{n['position']}][0]:\n"
        f"            # (filed into this very list if it matches, at this position; compared here if it cannot be)\n"
        f"{indented(hole_filed(unhashed), '            ')}"
        f"            continue\n"
        f"        if {n['matches']}[{n['position']}][0] != {n['skip']}:\n"
        f"            yield {n['matches']}[{n['position']}]\n"
        f"        {n['position']} += 1\n"
        f"    if {held}:\n"
        f"{indented(hole_filed(yielded), '        ')}"
        f"    for {n['item']} in {n['unfiled']}:\n"
        f"{indented(reached, '        ')}"
        f"{indented(filing('', yielded, appended), '        ')}"
    )


def _skipping_scan(statements: Sequence[cst.BaseStatement], names: frozenset[str], local: set[str]
                   ) -> tuple[cst.If, int] | None:
    """A scan written with `continue` (holdout3/receiving_dock):

        for index, line in enumerate(order_lines):
            if left == 0:
                break
            if line.sku != receipt.sku or remaining[index] <= 0:
                continue
            ...

    read as the one `if` of a join, `if line.sku == receipt.sku:` around the rest (`if remaining[index]
    <= 0: continue` first, then the body), and how many steady `break`s lead it.  An item whose key
    differs did nothing but test those `break`s, whose tests read no item and nothing such an item
    changes: the same tests at the next match give the same answer, so the scan leaves there instead,
    with the same effects (only its `else:` and its item variables could tell, and neither may be
    read).  The tests must be plain comparisons of names and constants, which cannot fail."""
    breaks = 0
    while breaks < len(statements) and _steady_break(statements[breaks], names, local):
        breaks += 1
    skip = statements[breaks] if breaks < len(statements) else None
    if not (isinstance(skip, cst.If) and skip.orelse is None
            and m.matches(skip.body, m.IndentedBlock(body=[m.SimpleStatementLine(body=[m.Continue()])]))):
        return None
    either = _either_key(skip.test, names)
    if either is not None:  # `if d.batter != name and d.non_striker != name: continue`, kept as written
        return cst.If(test=either, body=cst.IndentedBlock(body=list(statements))), breaks
    parts = facts.disjuncts(skip.test)
    equalities: list[cst.BaseExpression] = []
    # (a later key compared as the join compares, `==`, only where it is a plain read, as `_JoinTest` files
    # it; the rest of the test stays as written)
    while parts and _side_of_item(parts[0], names, cst.NotEqual) is not None and (
            not equalities or all(_plain_read(side) for side in (
                cst.ensure_type(parts[0], cst.Comparison).left,
                cst.ensure_type(parts[0], cst.Comparison).comparisons[0].comparator))):
        unequal = cst.ensure_type(parts.pop(0), cst.Comparison)
        equalities.append(unequal.with_changes(comparisons=[
            unequal.comparisons[0].with_changes(operator=cst.Equal())]))
    if not equalities:
        return None
    rest = [skip.with_changes(test=_joined(parts, cst.Or()))] if parts else []
    body = cst.IndentedBlock(body=[*statements[:breaks], *rest, *statements[breaks + 1:]])
    return cst.If(test=_joined(equalities, cst.And()), body=body), breaks


def _either_key(test: cst.BaseExpression, names: frozenset[str]) -> cst.BaseExpression | None:
    """`k1 == p or k2 == p` for a test `k1 != p and k2 != p` (two or more keys of the item, one probe)."""
    parts = facts.conjuncts(test)
    if len(parts) < 2 or any(_side_of_item(part, names, cst.NotEqual) is None for part in parts):
        return None
    either = _joined([cst.ensure_type(part, cst.Comparison).with_changes(comparisons=[
        cst.ensure_type(part, cst.Comparison).comparisons[0].with_changes(operator=cst.Equal())]) for part in parts],
        cst.Or())
    return either if _alternatives(either, names) is not None else None


def _joined(parts: Sequence[cst.BaseExpression], operator: cst.And | cst.Or) -> cst.BaseExpression:
    joined = parts[0]
    for part in parts[1:]:
        joined = cst.BooleanOperation(left=joined, operator=operator, right=part)
    return joined


def _steady_break(statement: cst.BaseStatement, names: frozenset[str], local: set[str]) -> bool:
    """`if left == 0: break`, its test comparing names and constants that are not the item's."""
    if not (isinstance(statement, cst.If) and statement.orelse is None
            and m.matches(statement.body, m.IndentedBlock(body=[m.SimpleStatementLine(body=[m.Break()])]))):
        return False
    test = statement.test
    plain = all(isinstance(node, (cst.Name, cst.Integer, cst.Float, cst.SimpleString, cst.BooleanOperation))
                or (isinstance(node, cst.UnaryOperation) and isinstance(node.operator, cst.Not))
                or (isinstance(node, cst.Comparison)
                    and not any(isinstance(c.operator, (cst.In, cst.NotIn)) for c in node.comparisons))
                for node in facts.walk(test) if isinstance(node, cst.BaseExpression))
    return plain and not purity.reads(test) & names and purity.is_pure_expression(test, local)


def _branches(statements: Sequence[cst.BaseStatement]) -> Iterator[cst.BaseStatement]:
    """The statements, and those of the `if`/`elif`/`else` blocks among them (a fuzzy scan tried
    only `if match is None:`), not those of nested loops or functions."""
    for statement in statements:
        yield statement
        branch: cst.BaseStatement | cst.Else | None = statement if isinstance(statement, cst.If) else None
        while isinstance(branch, (cst.If, cst.Else)):
            if isinstance(branch.body, cst.IndentedBlock):
                yield from _branches(branch.body.body)
            branch = branch.orelse if isinstance(branch, cst.If) else None


def _read_again_alike(key: cst.BaseExpression) -> bool:
    """The item itself, or a field of it (`e.cents`, `e["cents"]`, `e[0]`): read again to find the
    match's list, it gives the object it gave when filed (a NaN computed afresh would not be found)."""
    while isinstance(key, (cst.Attribute, cst.Subscript)):
        if isinstance(key, cst.Subscript) and not (
                len(key.slice) == 1 and isinstance(key.slice[0].slice, cst.Index)
                and isinstance(key.slice[0].slice.value, (cst.Integer, cst.SimpleString))):
            return False
        key = key.value
    return isinstance(key, cst.Name)


def _consumed_match(guard: cst.If, items: str, names: frozenset[str],
                    target: cst.BaseAssignTargetExpression) -> cst.SimpleStatementLine | None:
    """`items.remove(x)` in the guard's body, where `x` is the whole item and the body ends in `break`
    with nothing else touching `items` in it: the statement, or None."""
    body = guard.body
    if not (isinstance(target, cst.Name) and isinstance(body, cst.IndentedBlock) and body.body):
        return None
    last = body.body[-1]
    if not (isinstance(last, cst.SimpleStatementLine) and len(last.body) == 1 and isinstance(last.body[0], cst.Break)):
        return None
    removal = m.SimpleStatementLine(body=[m.Expr(value=m.Call(
        func=m.Attribute(value=m.Name(items), attr=m.Name("remove")), args=[m.Arg(value=m.Name(target.value))]))])
    found = [s for s in body.body if m.matches(s, removal)]
    if len(found) != 1:
        return None
    others = [s for s in body.body if s is not found[0]]
    if any(items in facts.names_in(s) for s in others):
        return None
    assert isinstance(found[0], cst.SimpleStatementLine)
    return found[0]


def _collection(iterable: cst.BaseExpression) -> str | None:
    """The name of what the inner loop walks: `items`, or `table` in `table.items()` (`.keys()`,
    `.values()`), whose views walk the same entries on every pass while nothing changes `table`, or
    `items` in `enumerate(items)`, which pairs them with the same positions on every pass; or a field
    of a name, `font.kerning` (see `_record_field`)."""
    if isinstance(iterable, cst.Name):
        return iterable.value
    if isinstance(iterable, cst.Attribute) and isinstance(iterable.value, cst.Name):
        return f"{iterable.value.value}.{iterable.attr.value}"
    if isinstance(iterable, cst.Call) and m.matches(iterable.func, m.Name("enumerate")) and len(iterable.args) == 1 \
            and iterable.args[0].keyword is None and not iterable.args[0].star \
            and isinstance(iterable.args[0].value, cst.Name):
        return iterable.args[0].value.value
    if (isinstance(iterable, cst.Call) and not iterable.args and isinstance(iterable.func, cst.Attribute)
            and isinstance(iterable.func.value, cst.Name) and iterable.func.attr.value in _DICT_VIEWS):
        return iterable.func.value.value
    return None


def _record_field(function: cst.FunctionDef, name: str, attribute: str) -> bool:
    """Whether `name` is a parameter annotated with a dataclass or NamedTuple of the project that has
    `attribute` as a plain field (`font: Font`, `font.kerning`): read on every scan, it gives the same
    collection while nothing changes the object (sign_layout: a font's kerning pairs scanned for every
    pair of letters)."""
    parameter = next((p for p in (*function.params.params, *function.params.kwonly_params)
                      if p.name.value == name), None)
    annotation = parameter.annotation.annotation if parameter is not None and parameter.annotation else None
    known = purity.trusted().classes.get(annotation.value) if isinstance(annotation, cst.Name) else None
    return known is not None and name not in facts.bound_in(function.body) \
        and attribute in callees.record_fields(known.definition)


@dataclass(frozen=True)
class _JoinTest:
    """An inner loop's test read as a join: `filters and key == probe [and key2 == probe2 …] and rest`,
    where the filters read only the item (`not entry.obsolete`), each key only the item and each probe
    no item.  Several equalities file by the tuple of the keys; the later ones must be plain reads
    (`entry.context == tmpl.context`), which the original skipped for an item whose first key differs."""

    filters: tuple[cst.BaseExpression, ...]
    equalities: tuple[tuple[cst.BaseExpression, cst.BaseExpression], ...]
    """(side, side) as written; `item_first[i]` says which is the item's"""
    item_first: tuple[bool, ...]
    rest: cst.BaseExpression | None
    alternatives: bool = False
    """`a.batter == name or a.non_striker == name`: one probe, any of the keys equal to it (the item is
    filed under each of its distinct keys)"""

    @staticmethod
    def of(test: cst.BaseExpression, names: frozenset[str]) -> _JoinTest | None:
        alternatives = _alternatives(test, names)
        if alternatives is not None:
            return alternatives
        conjuncts = facts.conjuncts(test)
        filters: list[cst.BaseExpression] = []
        while conjuncts and _side_of_item(conjuncts[0], names) is None and purity.reads(conjuncts[0]) & names:
            filters.append(conjuncts.pop(0))
        equalities: list[tuple[cst.BaseExpression, cst.BaseExpression]] = []
        item_first: list[bool] = []
        while conjuncts and (side := _side_of_item(conjuncts[0], names)) is not None:
            comparison = cst.ensure_type(conjuncts.pop(0), cst.Comparison)
            pair = (comparison.left, comparison.comparisons[0].comparator)
            if equalities and not all(_plain_read(s) for s in pair):
                conjuncts.insert(0, comparison)
                break
            equalities.append(pair)
            item_first.append(side == 0)
        if not equalities:
            return None
        rest = _joined(conjuncts, cst.And()) if conjuncts else None
        return _JoinTest(tuple(filters), tuple(equalities), tuple(item_first), rest)

    @property
    def item_keys(self) -> list[cst.BaseExpression]:
        return [pair[0] if first else pair[1] for pair, first in zip(self.equalities, self.item_first, strict=True)]

    @property
    def item_key(self) -> cst.BaseExpression:
        keys = self.item_keys
        return keys[0] if len(keys) == 1 else cst.Tuple([cst.Element(k) for k in keys])

    @property
    def probe(self) -> cst.BaseExpression:
        probes = [pair[1] if first else pair[0] for pair, first in zip(self.equalities, self.item_first, strict=True)]
        return probes[0] if len(probes) == 1 or self.alternatives else cst.Tuple([cst.Element(p) for p in probes])

    def compared(self, key: str, wanted: str) -> str:
        """The scan's comparisons of `key` (the item's keys) with `wanted` (the probes), each in its
        own order and orientation: a tuple's `==` would take one NaN object as equal to itself."""
        if self.alternatives and key != wanted:
            return " or ".join(f"{key}[{i}] == {wanted}" if first else f"{wanted} == {key}[{i}]"
                               for i, first in enumerate(self.item_first))
        if len(self.equalities) == 1 or self.alternatives:
            return f"{key} == {wanted}" if self.item_first[0] else f"{wanted} == {key}"
        return " and ".join(f"{key}[{i}] == {wanted}[{i}]" if first else f"{wanted}[{i}] == {key}[{i}]"
                            for i, first in enumerate(self.item_first))


def _alternatives(test: cst.BaseExpression, names: frozenset[str]) -> _JoinTest | None:
    """`k1 == probe or k2 == probe [or ...]`, each key reading the item, one probe (the same code) reading
    none of it."""
    parts = facts.disjuncts(test)
    if len(parts) < 2:
        return None
    equalities, item_first = [], []
    for part in parts:
        side = _side_of_item(part, names)
        if side is None:
            return None
        comparison = cst.ensure_type(part, cst.Comparison)
        equalities.append((comparison.left, comparison.comparisons[0].comparator))
        item_first.append(side == 0)
    probes = {facts.code(pair[1] if first else pair[0]) for pair, first in zip(equalities, item_first, strict=True)}
    if len(probes) != 1:
        return None
    # The keys are all computed when the item is filed, where the scan computed a later one only when the
    # earlier ones differed: as in `_JoinTest.of`, those must be plain reads.
    if not all(_plain_read(pair[0] if first else pair[1])
               for pair, first in zip(equalities[1:], item_first[1:], strict=True)):
        return None
    return _JoinTest((), tuple(equalities), tuple(item_first), None, alternatives=True)


def _side_of_item(test: cst.BaseExpression, names: frozenset[str],
                  operator: type[cst.BaseCompOp] = cst.Equal) -> int | None:
    """For `a == b` (or `a != b`) with exactly one side reading the item: 0 if it is `a`, 1 if `b`;
    else None."""
    if not (isinstance(test, cst.Comparison) and [type(c.operator) for c in test.comparisons] == [operator]):
        return None
    reading = [bool(purity.reads(side) & names) for side in (test.left, test.comparisons[0].comparator)]
    return reading.index(True) if reading.count(True) == 1 else None


def _plain_read(node: cst.BaseExpression) -> bool:
    """A name or a chain of attributes of one (`tmpl.context`)."""
    while isinstance(node, cst.Attribute):
        node = node.value
    return isinstance(node, cst.Name)


def _key_label(key: cst.BaseExpression, names: frozenset[str]) -> str:
    """`customer_id` for `c.customer_id`, `city` for `city`, else `key`."""
    if isinstance(key, cst.Attribute) and isinstance(key.value, cst.Name) and key.value.value in names:
        return key.attr.value
    if isinstance(key, cst.Name) and key.value in names and len(names) > 1:
        return key.value
    return "key"
