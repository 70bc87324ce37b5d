"""Deterministic rewrites (libcst codemods) for the most common slow patterns.

A small model often misses an obvious fix or breaks the function while making
it; a recipe makes the same fix the same way every time.  Recipes only propose:
each result is a candidate like any other, and the verifier decides (tests,
replay of real and made-up inputs, benchmark), so a recipe may be optimistic
about types (a set needs hashable items) without risk to the user.

Recipes here:
- membership in a list inside a loop → a set built once before the loop (each scanned list its own);
- order-keeping deduplication (`if x not in out: out.append(x)`) → a `seen` set
  kept beside the list;
- a local list used as a FIFO queue (`q.pop(0)`) → `collections.deque`;
- loop-invariant work → done once, on the first pass (`loop_invariants`), including calls
  to the module's own helpers that `callees` judges pure;
- `xs.count(x)` in a loop, membership in a list that only grows, and nested-loop
  joins → a Counter, a set beside the list, an index by key (`lookups`);
- sorting everything to take the first one or k items → `heapq.nsmallest`/`nlargest`
  (`selection`);
- `xs.index(v)` in a loop → a dict of first positions built once; `acc = acc + [x]` in a
  loop → `acc.append(x)` where nothing else holds the list (`sequences`);
- `re.search(<literal>, …)` and its kin in a loop → a pattern compiled once (`regexes`);
- a string built up by `+` in a loop → pieces collected in a list and joined once
  (`strings`);
- recursion that solves the same subproblem again → answers remembered for one call
  (`memoize`);
- `any([...])`, `[...][0]` → a generator that stops early; a loop over a copy nothing
  changes → over the original (`materialize`);
- `xs.insert(0, x)` in a loop → append and one reverse; append + sort → `bisect.insort`
  (`insertion`);
- `for i in range(len(xs))` reading `xs[i]` → iterating the items (`iteration`);
- `sum(xs[a:b])` in a loop → prefix sums of ints built once; counting a window's items
  that pass a simple test → running counts built once (`windows`);
- `data = data[n:]` in a loop → a position walked along `data` (`reslicing`);
- a local list kept in recency order (an LRU) → an insertion-ordered dict (`recency`);
- a regex built from an inner loop's items → compiled once per item, when first needed
  (`regexes`);
- every pair of a sequence's items tested for a shared key → each item meets only the
  later items of its key (`pairs`);
- a collection filtered by a key on every pass of a loop → filed by that key once, on the
  first pass (`groups`);
- an inner loop over a `range` working out, for every item of the outer loop, the same values from
  its step alone → kept by step (`steps`);
- a history the loop appends tuples to and filters by one of their fields on every pass → filed by
  that field as it grows (`histories`);
- the items a loop over `enumerate(items)` has reached (`items[:i]`) filtered by a key on every pass →
  filed by that key as the filters first need them (`prefixes`);
- membership in the lists of a dict that only grow (`value in seen[column]`) → a dict of
  sets beside it (`keyed_shadow_sets`);
- a pure helper (or a pure method of the same class) called again with the same texts →
  its answers kept by those texts for one call (`call_cache`); the same for such a helper called
  by a helper (of the module or imported from the project) the function calls per item: a copy of
  that helper is handed the cache (`helper_cache`);
- a helper adding up a running total from the start, called for every position of a loop → the
  totals kept, each position adding only the terms past the last (`running_totals`); the same for
  `sum(...)` over a growing prefix `xs[:stop]` in a loop, before Python 3.12 (`prefix_sums`);
- a table a helper builds on every call from constants only → built on the first call and kept
  by a wrapper of no arguments placed beside the function (`made_once`); the same for a table the
  function builds inline (`local-table-made-once`);
- counting on every pass the items of a collection below a value (a place) → a binary search in
  their keys sorted once (`ranks`);
- a small pure helper whose slow part only shows where it is called in a loop (`line_and_column(text,
  offset)` slicing the text) → written out there, when another recipe then finds that part
  (`inlining`).
Except for `selection`, `memoize` and `any`/`all`/`[...][0]`, they look at loops in the function's own body (not in
nested functions).  The function's helpers in its module (two calls deep) get the recipes too, after
the function's own: the slow part is often there (holdout11/vin_registry, studied after its blind
run: the table rebuilt for every character, two calls down).
"""

from __future__ import annotations

import dataclasses
import hashlib
import textwrap
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

import libcst as cst
import libcst.matchers as m

from wattlens.analysis.target import (
    TargetError,
    add_imports,
    insert_before,
    rewrite_function_in_place,
    unified_diff,
)
from wattlens.models import Candidate, Target
from wattlens.optimize import (
    attribute_locals,
    attribute_sets,
    attribute_text,
    bytes_buffers,
    call_cache,
    callees,
    constant_tables,
    find_or_append,
    first_matches,
    front_pops,
    frontiers,
    groups,
    growing_folds,
    heaps,
    helper_cache,
    helper_parts,
    histories,
    inlining,
    item_cache,
    kept_comprehensions,
    keyed_runs,
    keyed_shadow_sets,
    lasting_caches,
    made_once,
    offsets,
    overlaps,
    pair_sweeps,
    pairs,
    pattern_texts,
    plain_copies,
    prefix_maps,
    prefix_sums,
    prefixes,
    property_copies,
    purity,
    queues,
    ranges,
    rank_loops,
    ranks,
    recency,
    reducers,
    replays,
    reslicing,
    resumed_scans,
    rolling_sorts,
    running_totals,
    sorted_in_place,
    sorted_shadow,
    sorted_windows,
    steps,
    text_indexes,
    timestamps,
    window_loops,
)
from wattlens.optimize import cst_facts as facts
from wattlens.optimize.insertion import insort_not_resort, prepend_then_reverse
from wattlens.optimize.iteration import iterate_not_index
from wattlens.optimize.lookups import count_with_counter, index_nested_loop_join, shadow_set_for_growing_list
from wattlens.optimize.loop_invariants import hoist_invariants
from wattlens.optimize.materialize import consume_lazily, iterate_without_copy
from wattlens.optimize.memoize import copied_answers, memoize_recursion
from wattlens.optimize.parsing import needed_imports
from wattlens.optimize.regexes import BUILT_EXPLANATION, compile_built_patterns_once, compile_patterns_once
from wattlens.optimize.selection import select_instead_of_sort
from wattlens.optimize.sequences import append_not_concatenate, index_with_positions
from wattlens.optimize.strings import join_strings
from wattlens.optimize.windows import (
    COUNTS_EXPLANATION,
    FILTERED_EXPLANATION,
    filtered_window_totals,
    window_counts_from_prefix,
    window_sums_from_prefix,
)

# Annotations under which a container is surely a collection of items (not a text, not None).
_COLLECTIONS = {"list", "List", "tuple", "Tuple", "MutableSequence"}
# Annotations under which `x in name` is already fast, or means something else (substrings).
_NOT_A_LIST = {"set", "frozenset", "dict", "Set", "FrozenSet", "Dict", "Mapping", "MutableMapping",
               "AbstractSet", "MutableSet", "str", "bytes", "range", "Counter", "defaultdict"}
# More scanned lists than this in one function is rare; the bound keeps a pathological one quick.
_MOST_SETS = 8


@dataclass(frozen=True)
class Recipe:
    """One deterministic rewrite: its name, what it does (for the rationale), and the rewrite."""

    name: str
    explanation: str
    apply: Callable[[cst.FunctionDef], cst.FunctionDef | None]
    imports: tuple[str, ...] = ()
    """Import statements the rewrite may need (added only where the module lacks the name)."""
    companions: Callable[[cst.FunctionDef], tuple[str, ...]] | None = None
    """Module-level definitions the rewrite calls (given the function before it), placed above it, and
    import statements they need, added at the top."""


def rewrite_with_recipes(function_source: str) -> list[tuple[Recipe, str]]:
    """Each recipe that applies to the function, with the rewritten function's source."""
    try:
        module = cst.parse_module(textwrap.dedent(function_source))
    except cst.ParserSyntaxError:
        return []
    function = next((s for s in module.body if isinstance(s, cst.FunctionDef)), None)
    if function is None:
        return []
    results = []
    for recipe in RECIPES:
        rewritten = recipe.apply(function)
        if rewritten is not None and not rewritten.deep_equals(function):
            results.append((recipe, module.code_for_node(rewritten)))
    return results


# --- membership in a list inside a loop → a set ----------------------------------------


def _attribute_touched_in(node: cst.CSTNode, owner: str, attribute: str) -> bool:
    """Whether `owner.attribute` may change in `node`: the owner rebound, passed on or sent a
    method call (which may change its attributes), or the attribute assigned or passed on."""
    if owner in facts.bound_in(node):
        return True
    owner_name, held = m.Name(owner), m.Attribute(value=m.Name(owner), attr=m.Name(attribute))
    if m.findall(node, m.Call(func=m.Attribute(value=owner_name | held))):
        return True
    if m.findall(node, m.Arg(value=owner_name | held)):
        return True
    return any(m.findall(target, held) for _, target in facts.written(node))


def _membership_to_set(function: cst.FunctionDef) -> cst.FunctionDef | None:
    """Every list the function's loops scan for membership, each asked through its own set
    (`x not in taken and x not in reserved`: one set alone leaves the other scan dominating)."""
    changed, sets_made = None, set[str]()
    for _ in range(_MOST_SETS):
        if not isinstance(function.body, cst.IndentedBlock):
            break
        block = _membership_in_block(function, function.body, facts.parameters(function), {}, sets_made, nested=False)
        if block is None:
            break
        function = changed = function.with_changes(body=block)
    return changed


def _membership_in_block(
    function: cst.FunctionDef,
    block: cst.IndentedBlock,
    parameters: set[str],
    outer: dict[str, cst.BaseExpression],
    sets_made: set[str],
    nested: bool,
) -> cst.IndentedBlock | None:
    """`block` with the set hoisted before the first loop of it that tests membership in a list
    the loop leaves alone; else the same looked for in the blocks nested in its statements (a
    list rebuilt by an outer loop is still the same list while an inner loop runs).  The sets
    already made (`sets_made`, where the new one's name is added) are left as they are."""
    body = list(block.body)
    for index, statement in enumerate(body):
        known = {**outer, **facts.assigned_before(body, index)}
        # Not before an `if`, `with` or `try`: their blocks may be where the list is known
        # to be one (`if rows: … x in rows …`); a loop or simple statement is the place.
        branching = isinstance(statement, (cst.If, cst.With, cst.Try))
        # Inside another loop the set is built on every outer pass: worth it for a `for` over
        # many items, not for a `while` that probes a few (`while name in taken: name += "-2"`).
        probing = nested and isinstance(statement, cst.While)
        hoisted = (None if branching or probing
                   else _hoisted_membership(function, statement, parameters, known, sets_made))
        if hoisted is not None:
            return block.with_changes(body=[*body[:index], *hoisted, *body[index + 1 :]])
        # An outer loop's variable is known inside it: it stays put while an inner loop runs.
        inside = {**known, **{name: cst.Name("None") for name in _loop_variables(statement)}}
        for inner, rebuild in _nested_blocks(statement):
            changed = _membership_in_block(function, inner, parameters, inside, sets_made, nested or _loop(statement))
            if changed is not None:
                return block.with_changes(body=[*body[:index], rebuild(changed), *body[index + 1 :]])
    return None


def _loop(statement: cst.BaseStatement) -> bool:
    return isinstance(statement, facts.LOOPS)


def _loop_variables(statement: cst.BaseStatement) -> set[str]:
    if not isinstance(statement, cst.For):
        return set()
    return {n.value for n in m.findall(statement.target, m.Name()) if isinstance(n, cst.Name)}


def _nested_blocks(
    statement: cst.BaseStatement,
) -> Iterator[tuple[cst.IndentedBlock, Callable[[cst.IndentedBlock], cst.BaseStatement]]]:
    """The indented blocks of a compound statement (not of nested functions or classes), each
    with how to put the statement back together around a changed copy of it."""
    if not isinstance(statement, (cst.For, cst.While, cst.If, cst.With, cst.Try)):
        return
    if isinstance(statement.body, cst.IndentedBlock):
        yield statement.body, lambda changed: statement.with_changes(body=changed)
    orelse = statement.orelse if isinstance(statement, (cst.For, cst.While, cst.If, cst.Try)) else None
    if isinstance(orelse, cst.If):  # elif
        for inner, rebuild in _nested_blocks(orelse):

            def around(changed: cst.IndentedBlock, rebuild: Callable[[cst.IndentedBlock], cst.BaseStatement] = rebuild
                       ) -> cst.BaseStatement:
                return statement.with_changes(orelse=rebuild(changed))

            yield inner, around
    elif isinstance(orelse, cst.Else) and isinstance(orelse.body, cst.IndentedBlock):
        yield orelse.body, lambda changed: statement.with_changes(orelse=orelse.with_changes(body=changed))


def _hoisted_membership(
    function: cst.FunctionDef, statement: cst.BaseStatement, parameters: set[str],
    known: dict[str, cst.BaseExpression], sets_made: set[str],
) -> tuple[cst.BaseStatement, ...] | None:
    """`lookup = set(xs)`, the helper asking it, and the loop `statement` calling the helper, when the loop
    tests membership in a list `xs` it leaves alone."""
    parts = list(facts.loop_parts(statement))
    if not parts:
        return None
    containers = m.Name() | m.Attribute(value=m.Name(), attr=m.Name())
    loop_bound = _loop_variables(statement)
    local = facts.local_names(function)
    for part in parts:
        asked = [c.comparator for c in m.findall(part, m.ComparisonTarget(operator=m.In() | m.NotIn(),
                                                                          comparator=containers))
                 if isinstance(c, cst.ComparisonTarget)]
        asked += _handed_to_membership(part, local)
        for container in asked:
            if isinstance(container, cst.Attribute):  # e.g. self.words
                assert isinstance(container.value, cst.Name)
                owner, name = container.value.value, container.attr.value
                if (owner not in parameters and owner not in known) or owner in loop_bound:
                    continue
                if any(_attribute_touched_in(p, owner, name) for p in parts):
                    continue
            else:
                assert isinstance(container, cst.Name)
                name = container.value
                if name not in parameters and name not in known:
                    continue  # a global or a loop variable: its life is not visible here
                if name in sets_made or (name in known and facts.is_set_like(known[name])):
                    continue
                if (facts.annotation_of(function, name) or "") in _NOT_A_LIST:
                    continue
                # Handed to a helper that only asks `in` of it: not a change (checked after renaming).
                asking = statement.visit(_RenameAsked(name, "", local))
                assert isinstance(asking, cst.BaseStatement)
                if any(facts.touched_in(p, name) for p in facts.loop_parts(asking)) or name in loop_bound:
                    continue
            code = facts.code(container)
            if facts.chained_membership(statement, code):
                continue
            taken = facts.names_in(function)
            lookup, contains, members, value = (facts.unused_name(taken, wanted) for wanted in (
                f"{name}_lookup", f"{name}_contains", f"{name}_members", "value"))
            sets_made.add(lookup)
            # Handed to a helper that asks `in` of it, the set itself must answer as the list would.
            handed = isinstance(container, cst.Name) and any(
                found.value == name for part in facts.loop_parts(statement) for found in _handed_to_membership(
                    part, local))
            made = f"{members}({code})" if handed else f"set({code})"
            if not _known_collection(function, container, known):
                # `x in "text"` finds a substring, where a set of the text's characters would
                # not; and `None` stays `None`: `x in None` raises the same TypeError, and a test
                # guarded by `xs is None or …` never asks it.
                made = f"{code} if {code} is None or isinstance({code}, (str, bytes, bytearray)) else {made}"
            # Items that cannot be hashed (lists loaded from JSON; holdout15/spectrum_bands, false-accepted
            # in its blind run) or no collection at all: the container is asked as before.  So is a value
            # the set cannot hash (a list where a text was meant: the same gap in dedupe-seen-set made
            # holdout25/reader_vocab's false accept).
            hoisted: list[cst.BaseStatement]
            if handed:
                hoisted = [
                    cst.parse_statement(
                        f"class {members}(set):\n"
                        f"    # the items of {code}, whose `in` asks {code} itself for a value it cannot hash\n"
                        f"    def __contains__(self, {value}):\n"
                        f"        try:\n"
                        f"            return set.__contains__(self, {value})\n"
                        f"        except Exception:\n"
                        f"            return {value} in {code}\n"),
                    cst.parse_statement(f"try:\n    {lookup} = {made}\nexcept Exception:\n    {lookup} = {code}\n")]
                renamed = statement.visit(facts.RenameMembership(code, lookup))
                assert isinstance(renamed, cst.BaseStatement)
                renamed = renamed.visit(_RenameAsked(name, lookup, local))
            else:
                hoisted = [facts.kept_beside(lookup, made),
                           facts.asked_through_helper(contains, value, lookup, code)]
                renamed = statement.visit(facts.AskedThrough(code, contains))
            assert isinstance(renamed, cst.BaseStatement)
            return (*hoisted, renamed)
    return None


def _asked_positions(call: cst.Call, local: set[str]) -> list[int]:
    """The positions at which `call` hands an argument to a trusted helper that only asks `in`/`not in`
    of it (`is_open(day, holidays)` where `is_open` tests `day not in holidays`)."""
    if not isinstance(call.func, cst.Name) or call.func.value in local:
        return []
    positions = purity.trusted().membership_only.get(call.func.value, frozenset())
    return [i for i in sorted(positions) if i < len(call.args)
            and all(a.keyword is None and not a.star for a in call.args[:i + 1])]


def _handed_to_membership(part: cst.CSTNode, local: set[str]) -> list[cst.Name]:
    """Names handed to a trusted helper at a position it only asks `in` of."""
    found: list[cst.Name] = []
    for call in m.findall(part, m.Call()):
        assert isinstance(call, cst.Call)
        found += [value for i in _asked_positions(call, local) if isinstance(value := call.args[i].value, cst.Name)]
    return found


class _RenameAsked(cst.CSTTransformer):
    """`name` handed to a trusted helper at a position it only asks `in` of → `replacement` (None,
    when only what else mentions `name` is of interest)."""

    def __init__(self, name: str, replacement: str, local: set[str]) -> None:
        self.name, self.replacement, self.local = name, replacement or "None", local

    def leave_Call(self, original_node: cst.Call, updated_node: cst.Call) -> cst.Call:
        positions = _asked_positions(original_node, self.local)
        if not positions:
            return updated_node
        args = [a.with_changes(value=cst.Name(self.replacement))
                if i in positions and m.matches(a.value, m.Name(self.name)) else a
                for i, a in enumerate(updated_node.args)]
        return updated_node.with_changes(args=args)


def _known_collection(function: cst.FunctionDef, container: cst.BaseExpression,
                      known: dict[str, cst.BaseExpression]) -> bool:
    """Whether `container` is surely a list, tuple or other collection of items (not a text
    or None): annotated so, or bound here to a list or tuple the function made."""
    if not isinstance(container, cst.Name):
        return False
    if (facts.annotation_of(function, container.value) or "") in _COLLECTIONS:
        return True
    value = known.get(container.value)
    return isinstance(value, (cst.List, cst.ListComp, cst.Tuple)) or (
        isinstance(value, cst.Call) and m.matches(value.func, m.Name("list") | m.Name("sorted") | m.Name("tuple")))


# --- `if x not in out: out.append(x)` → a seen set beside the list -----------------------


def _dedupe_with_seen_set(function: cst.FunctionDef) -> cst.FunctionDef | None:
    """Every list deduplicated this way, one after another: a loop may keep several (the names it
    could not recognise, and the keys it has seen), and the one left scanning keeps it quadratic."""
    rewritten = None
    while isinstance((current := rewritten or function).body, cst.IndentedBlock):
        block = _first_in_blocks(current.body, lambda statement: _dedupe_loop(current, statement))
        if block is None:
            break
        rewritten = current.with_changes(body=block)
    return rewritten


def _first_in_blocks(
    block: cst.IndentedBlock, rewrite: Callable[[cst.BaseStatement], list[cst.BaseStatement] | None]
) -> cst.IndentedBlock | None:
    """`block` with its first statement that `rewrite` changes replaced by what it gives,
    looking into nested blocks (of loops, branches, `with`, `try`) where a statement does not."""
    body = list(block.body)
    for index, statement in enumerate(body):
        replaced = rewrite(statement)
        if replaced is not None:
            return block.with_changes(body=[*body[:index], *replaced, *body[index + 1 :]])
        for inner, rebuild in _nested_blocks(statement):
            changed = _first_in_blocks(inner, rewrite)
            if changed is not None:
                return block.with_changes(body=[*body[:index], rebuild(changed), *body[index + 1 :]])
    return None


def _dedupe_loop(function: cst.FunctionDef, statement: cst.BaseStatement) -> list[cst.BaseStatement] | None:
    """`seen = set(out)` and the loop `statement` asking it, when the loop deduplicates into
    `out` by `if x not in out: out.append(x)` and changes `out` nowhere else."""
    if not isinstance(statement, facts.LOOPS):
        return None
    for guard in m.findall(statement.body, m.If(test=m.Comparison())):
        assert isinstance(guard, cst.If)
        test = guard.test
        assert isinstance(test, cst.Comparison)
        if len(test.comparisons) != 1 or not isinstance(test.comparisons[0].operator, cst.NotIn):
            continue
        out = test.comparisons[0].comparator
        if not isinstance(out, cst.Name) or not facts.is_simple(test.left):
            continue
        item = cst.Module([]).code_for_node(test.left)
        append = f"{out.value}.append({item})"
        appends = [
            c for c in m.findall(statement, m.Call(func=m.Attribute(value=m.Name(out.value))))
        ]
        texts = [cst.Module([]).code_for_node(c) for c in appends]
        in_guard = [cst.Module([]).code_for_node(c) for c in m.findall(
            guard.body, m.Call(func=m.Attribute(value=m.Name(out.value))))]
        # The list may change only through this one append, inside this one guard.
        if texts != [append] or in_guard != [append] or out.value in facts.bound_in(statement):
            continue
        if guard.orelse is not None or m.findall(statement, m.Arg(value=m.Name(out.value))) \
                or any(m.findall(target, m.Name(out.value)) for _, target in facts.written(statement)):
            continue  # (`out[0] = x`, `del out[0]`: the list changed another way)
        taken = facts.names_in(function)
        seen, contains, value = (facts.unused_name(taken, wanted)
                                 for wanted in (f"{out.value}_seen", f"{out.value}_contains", "value"))
        rewritten = statement.visit(_DedupeGuard(guard, out.value, seen, contains, item))
        assert isinstance(rewritten, cst.BaseStatement)
        return [facts.kept_beside(seen, f"set({out.value})"),
                facts.asked_through_helper(contains, value, seen, out.value), rewritten]
    return None


class _DedupeGuard(cst.CSTTransformer):
    def __init__(self, guard: cst.If, out: str, seen: str, contains: str, item: str) -> None:
        self.guard, self.out, self.seen, self.contains, self.item = guard, out, seen, contains, item

    def leave_If(self, original_node: cst.If, updated_node: cst.If) -> cst.If:
        if original_node is not self.guard:
            return updated_node
        test = updated_node.test.visit(facts.AskedThrough(self.out, self.contains))
        added = facts.kept_in_step(self.seen, f"{self.seen}.add({self.item})")
        block = updated_node.body
        assert isinstance(block, cst.IndentedBlock) and isinstance(test, cst.BaseExpression)
        return updated_node.with_changes(test=test, body=block.with_changes(body=[*block.body, added]))


# --- a local list used as a FIFO queue (`q.pop(0)`) → collections.deque --------------------

_FRONT_POP = m.Call(func=m.Attribute(value=m.Name(), attr=m.Name("pop")), args=[m.Arg(value=m.Integer("0"))])


def _pop_front_to_deque(function: cst.FunctionDef) -> cst.FunctionDef | None:
    """`q = [...]` … `q.pop(0)` → `q = deque([...])` … `q.popleft()`, when `q` is only a queue.

    `list.pop(0)` moves every remaining item; `deque.popleft` is constant time.
    Only a local that is bound once and used in ways a deque behaves the same for
    qualifies: `.pop(0)`, `.append`, `.extend`, `while q`/`if q`/`not q`, `len(q)`, and
    `q[0]` where `q and …` has made sure there is one.
    Iterating, indexing, slicing, returning or passing it on would see a deque
    instead of a list, so any of those leaves the function alone.
    """
    if not isinstance(function.body, cst.IndentedBlock):
        return None
    parameters = facts.parameters(function)
    for statement in function.body.body:
        assign = facts.single_binding(statement)
        if assign is None:
            continue
        target, value = assign
        name = target.value
        if name in parameters or not facts.is_list_maker(value) or not _only_a_queue(function, name):
            continue
        small = statement.body[0]  # type: ignore[attr-defined]  # single_binding: one statement
        if isinstance(small, cst.AnnAssign) and _as_deque_annotation(small.annotation.annotation) is None:
            continue  # `q: Sequence[int] = []` would no longer say what q is
        return function.visit(_ToDeque(name, value))  # type: ignore[return-value]
    return None


def _as_deque_annotation(annotation: cst.BaseExpression) -> cst.BaseExpression | None:
    """`list[T]` → `deque[T]` (and `List[T]`, bare `list`); None for any other annotation."""
    if m.matches(annotation, m.Name("list") | m.Name("List") | m.Attribute(attr=m.Name("List"))):
        return cst.Name("deque")
    if isinstance(annotation, cst.Subscript) and _as_deque_annotation(annotation.value) is not None:
        return annotation.with_changes(value=cst.Name("deque"))
    return None


def _only_a_queue(function: cst.FunctionDef, name: str) -> bool:
    """Whether every use of `name` in `function` is one a deque answers exactly like the list."""
    own = m.Name(name)
    uses = len(m.findall(function, own))
    pops = len(m.findall(function, m.Call(func=m.Attribute(value=own, attr=m.Name("pop")),
                                          args=[m.Arg(value=m.Integer("0"))])))
    if pops == 0:
        return False
    grows = len(m.findall(function, m.Call(func=m.Attribute(value=own, attr=m.Name("append") | m.Name("extend")),
                                           args=[m.Arg(star="")])))
    tests = (
        len(m.findall(function, m.While(test=own)))
        + len(m.findall(function, m.If(test=own)))
        + len(m.findall(function, m.UnaryOperation(operator=m.Not(), expression=own)))
        + len(m.findall(function, m.Call(func=m.Name("len"), args=[m.Arg(value=own)])))
    )
    # `while q and q[0].strip():` reads the front only where the queue has one (a deque's IndexError
    # would say "deque index out of range").
    front = m.Subscript(value=own, slice=[m.SubscriptElement(slice=m.Index(value=m.Integer("0")))])
    guards = [g for g in m.findall(function, m.BooleanOperation(left=own, operator=m.And()))
              if isinstance(g, cst.BooleanOperation)]
    tests += len(guards) + sum(len(m.findall(guard.right, front)) for guard in guards)
    bindings = len(m.findall(function, m.AssignTarget(target=own) | m.AnnAssign(target=own)))
    rebound = m.findall(function, m.AugAssign(target=own) | m.For(target=own)
                        | m.Del(target=own) | m.NamedExpr(target=own) | m.Global() | m.Nonlocal())
    return bindings == 1 and not rebound and uses == pops + grows + tests + bindings


class _ToDeque(cst.CSTTransformer):
    def __init__(self, name: str, value: cst.BaseExpression) -> None:
        self.name, self.value = name, value

    def leave_Assign(self, original_node: cst.Assign, updated_node: cst.Assign) -> cst.Assign:
        if original_node.value is not self.value:
            return updated_node
        return updated_node.with_changes(value=self._made())

    def leave_AnnAssign(self, original_node: cst.AnnAssign, updated_node: cst.AnnAssign) -> cst.AnnAssign:
        if original_node.value is not self.value:
            return updated_node
        annotation = _as_deque_annotation(updated_node.annotation.annotation)
        assert annotation is not None  # checked before rewriting
        return updated_node.with_changes(
            value=self._made(), annotation=updated_node.annotation.with_changes(annotation=annotation))

    def _made(self) -> cst.BaseExpression:
        value = self.value
        if isinstance(value, cst.List):
            return cst.parse_expression("deque()") if not value.elements else cst.Call(
                func=cst.Name("deque"), args=[cst.Arg(value=value)])
        if m.matches(value, m.Call(func=m.Name("list"))):
            assert isinstance(value, cst.Call)
            return value.with_changes(func=cst.Name("deque"))
        return cst.Call(func=cst.Name("deque"), args=[cst.Arg(value=value)])

    def leave_Call(self, original_node: cst.Call, updated_node: cst.Call) -> cst.BaseExpression:
        if m.matches(original_node, _FRONT_POP) and m.matches(original_node.func, m.Attribute(value=m.Name(self.name))):
            assert isinstance(updated_node.func, cst.Attribute)
            return updated_node.with_changes(func=updated_node.func.with_changes(attr=cst.Name("popleft")), args=[])
        return updated_node


def _shadow_set_unless_dedupe(function: cst.FunctionDef) -> cst.FunctionDef | None:
    # The dedupe recipe writes the same fix more plainly where it applies.
    return None if _dedupe_with_seen_set(function) is not None else shadow_set_for_growing_list(function)


def _insort_unless_skipped(function: cst.FunctionDef) -> cst.FunctionDef | None:
    # Where sort-skipped-while-sorted applies it sorts in by bisect.insort too, and checks that each key
    # orders totally (a NaN among float keys makes the stable sort's result depend on order, which insort
    # does not follow); that rewrite is offered alone.
    return None if sorted_in_place.skip_sorted_resorts(function) is not None else insort_not_resort(function)


def _after_inlining(function: cst.FunctionDef) -> cst.FunctionDef | None:
    """The function with its small helpers written out where its loops call them (`inlining`), then
    rewritten by the first recipe (of those needing nothing beside the function) that finds something
    there it did not find before; None where none does: written out alone, nothing is faster."""
    inlined = inlining.inline_small_helpers(function)
    if inlined is None:
        return None
    for recipe in RECIPES:
        if recipe.imports or recipe.companions is not None or recipe.apply is _after_inlining:
            continue
        # (the written-out function first: most recipes find nothing there, and then ask no more)
        if (rewritten := recipe.apply(inlined)) is not None and recipe.apply(function) is None:
            return rewritten
    return None


RECIPES: tuple[Recipe, ...] = (
    Recipe(
        "membership-set",
        "membership tests against a list inside a loop scan the list each time; a set built once "
        "before the loop answers each test in constant time",
        _membership_to_set,
    ),
    Recipe(
        "dedupe-seen-set",
        "`if x not in out: out.append(x)` scans the growing list for every item; a set of the "
        "items seen so far, kept beside the list, answers in constant time and keeps the order (an "
        "item it cannot hash is looked for in the list, as before)",
        _dedupe_with_seen_set,
    ),
    Recipe(
        "queue-deque",
        "`list.pop(0)` shifts every remaining item; a collections.deque pops from the front in "
        "constant time and behaves the same for appending, popping and testing emptiness",
        _pop_front_to_deque,
        imports=("from collections import deque",),
    ),
    Recipe(
        "hoist-invariant",
        "the loop recomputes the same value on every pass although nothing in the loop changes "
        "what it reads; it is now computed once, on the first pass, where it was computed before",
        hoist_invariants,
    ),
    Recipe(
        "count-counter",
        "`xs.count(x)` inside a loop counts the whole list on every pass; a collections.Counter "
        "built once answers each count in constant time",
        count_with_counter,
        imports=("from collections import Counter",),
    ),
    Recipe(
        "membership-shadow-set",
        "membership tests scan a list that the function only appends to; a set kept beside the "
        "list, updated at every append, answers in constant time while the list keeps its order",
        _shadow_set_unless_dedupe,
    ),
    Recipe(
        "join-index",
        "the nested loops compare every pair to find matching keys; an index of the inner items by "
        "key, built once in their order, gives each outer item its matches directly",
        index_nested_loop_join,
    ),
    Recipe(
        "select-not-sort",
        "sorting the whole collection to keep its first item(s) costs n log n comparisons and a new "
        "list; heapq.nsmallest/nlargest (documented equal to the sorted slice, ties included) takes "
        "one pass for one item",
        select_instead_of_sort,
        imports=("import heapq",),
    ),
    Recipe(
        "index-lookup",
        "`xs.index(v)` inside a loop or a sort key scans the list from the start on every pass; a "
        "dict of each item's first position, built once before, answers in constant time, and a value "
        "not in it still goes to `xs.index`, which raises the same ValueError",
        index_with_positions,
    ),
    Recipe(
        "append-not-concat",
        "`acc = acc + [x]` inside a loop copies the whole list on every pass; appending (or "
        "extending by the same list display) changes it in place, which is the same because "
        "nothing else holds the list while the loop runs",
        append_not_concatenate,
    ),
    Recipe(
        "compile-regex-once",
        "each `re.search(pattern, …)`-style call in the loop goes through the module's pattern "
        "cache before matching; the pattern is now compiled once before the loop and its method "
        "called directly, which the re documentation gives as equivalent",
        compile_patterns_once,
    ),
    Recipe(
        "join-strings",
        "the loop builds a string by `+`, copying everything built so far at each piece "
        "(quadratic); the pieces are now collected in a list and joined once after the loop",
        join_strings,
    ),
    Recipe(
        "memoize-recursion",
        "the recursion solves the same subproblem many times over; each answer is now remembered "
        "for the length of one outer call, so every subproblem is solved once",
        memoize_recursion,
        companions=copied_answers,
    ),
    Recipe(
        "generator-not-list",
        "a list is built in full only to be consumed once by any/all/next or a first-item lookup; "
        "a generator hands over one item at a time and stops as soon as the answer is known",
        consume_lazily,
    ),
    Recipe(
        "iterate-not-copy",
        "the loop walks a copy of a sequence that nothing in the loop changes; walking the "
        "sequence itself gives the same items without copying it",
        iterate_without_copy,
    ),
    Recipe(
        "append-then-reverse",
        "`xs.insert(0, x)` in a loop shifts every item already in the list; appending and "
        "reversing once after the loop gives the same list in linear time",
        prepend_then_reverse,
    ),
    Recipe(
        "insort-not-resort",
        "appending and sorting the whole list again on every pass costs n log n each time; "
        "bisect.insort puts the item where a stable sort would, keeping the list sorted",
        _insort_unless_skipped,
        imports=("import bisect",),
    ),
    Recipe(
        "iterate-not-index",
        "the loop counts positions only to index the sequence it walks; iterating over the items "
        "(with enumerate where the position is also used) skips a lookup per item",
        iterate_not_index,
    ),
    Recipe(
        "window-prefix-sums",
        "each pass sums a slice of the same sequence again (a sliding window, O(n·k)); for whole "
        "numbers, prefix sums built once give each window's sum by one subtraction",
        window_sums_from_prefix,
        imports=("import itertools",),
    ),
    Recipe("window-prefix-counts", COUNTS_EXPLANATION, window_counts_from_prefix, imports=("import itertools",)),
    Recipe("filtered-window-totals", FILTERED_EXPLANATION, filtered_window_totals, imports=("import itertools",)),
    Recipe("prefix-sum-carried", prefix_sums.EXPLANATION, prefix_sums.carry_prefix_sums, imports=("import sys",)),
    Recipe("walk-not-reslice", reslicing.EXPLANATION, reslicing.walk_not_reslice),
    Recipe("recency-dict", recency.EXPLANATION, recency.recency_list_to_dict),
    Recipe("compile-built-patterns-once", BUILT_EXPLANATION, compile_built_patterns_once),
    Recipe("compile-patterns-by-text", pattern_texts.EXPLANATION, pattern_texts.compile_patterns_by_text),
    Recipe("match-at-position", reslicing.MATCH_EXPLANATION, reslicing.match_at_position),
    Recipe("dict-of-queues", queues.EXPLANATION, queues.dict_of_queues, imports=("from collections import deque",)),
    Recipe("heap-not-resort", heaps.EXPLANATION, heaps.heap_not_resort, imports=("import heapq",)),
    Recipe("sorted-once-kept", sorted_shadow.EXPLANATION, sorted_shadow.keep_sorted_copy),
    Recipe("sort-skipped-while-sorted", sorted_in_place.EXPLANATION, sorted_in_place.skip_sorted_resorts,
           imports=("import bisect",)),
    Recipe("pairs-by-key", pairs.EXPLANATION, pairs.pairs_by_key),
    Recipe("filter-by-index", groups.EXPLANATION, groups.index_repeated_filters),
    Recipe("scan-by-range", ranges.EXPLANATION, ranges.scan_by_range, imports=("import bisect",)),
    Recipe("overlap-by-reach", overlaps.EXPLANATION, overlaps.overlap_by_reach,
           imports=("import bisect", "import itertools")),
    Recipe("count-on-from-last-offset", offsets.EXPLANATION, offsets.count_on_from_last_offset),
    Recipe("cache-per-item", item_cache.EXPLANATION, item_cache.cache_per_item),
    Recipe("cache-runs-by-key", keyed_runs.EXPLANATION, keyed_runs.cache_runs_by_key),
    Recipe("index-find-or-append", find_or_append.EXPLANATION, find_or_append.index_find_or_append),
    Recipe("first-match-kept-by-value", first_matches.EXPLANATION, first_matches.keep_first_matches),
    Recipe("step-values-kept", steps.EXPLANATION, steps.keep_step_values),
    Recipe("index-growing-history", histories.EXPLANATION, histories.index_growing_history),
    Recipe("index-prefix-filters", prefixes.EXPLANATION, prefixes.index_prefix_filters),
    Recipe("keyed-shadow-sets", keyed_shadow_sets.EXPLANATION, keyed_shadow_sets.shadow_sets_for_dict_of_lists),
    Recipe("attribute-lists-shadow-sets", attribute_sets.EXPLANATION, attribute_sets.keep_tallies_beside,
           companions=attribute_sets.companions),
    Recipe("cache-by-text", call_cache.EXPLANATION, call_cache.cache_repeated_calls),
    Recipe("helper-cache-by-text", helper_cache.EXPLANATION, helper_cache.share_helper_caches,
           imports=("from typing import Any",), companions=helper_cache.copied_helpers),
    Recipe("running-total-carried", running_totals.EXPLANATION, running_totals.carry_running_totals),
    Recipe("fold-carried", growing_folds.EXPLANATION, growing_folds.carry_folds,
           companions=growing_folds.folded_copies),
    Recipe("state-changed-in-place", reducers.EXPLANATION, reducers.change_in_place,
           companions=reducers.in_place_copies),
    Recipe("text-built-in-pieces", attribute_text.EXPLANATION, attribute_text.build_in_pieces,
           companions=attribute_text.piece_subclasses),
    Recipe("attribute-text-kept-local", attribute_locals.EXPLANATION, attribute_locals.keep_attribute_local),
    Recipe("prefix-items-kept", prefix_maps.EXPLANATION, prefix_maps.keep_prefix_maps),
    Recipe("heap-beside-frontier", frontiers.EXPLANATION, frontiers.heap_beside_frontier,
           imports=("import heapq", "import itertools")),
    Recipe("table-made-once", made_once.EXPLANATION, made_once.keep_tables, imports=("import functools",),
           companions=made_once.wrappers),
    Recipe("count-by-bisect", ranks.EXPLANATION, ranks.count_by_bisect, imports=("import bisect",)),
    Recipe("local-table-made-once", made_once.BUILT_EXPLANATION, made_once.keep_built_tables,
           imports=("import functools",), companions=made_once.built_table_makers),
    Recipe("text-indexed-once", text_indexes.EXPLANATION, text_indexes.index_texts_once,
           companions=text_indexes.indexing_helpers),
    Recipe("front-pops-reversed", front_pops.EXPLANATION, front_pops.reverse_front_pops,
           companions=front_pops.reversed_copies),
    Recipe("deepcopy-plain-data", plain_copies.EXPLANATION, plain_copies.copy_plain_data_directly,
           companions=plain_copies.plain_copier),
    Recipe("pairs-by-span-sweep", pair_sweeps.EXPLANATION, pair_sweeps.sweep_pairs, imports=("import bisect",),
           companions=pair_sweeps.sweep_helpers),
    Recipe("helper-part-kept-by-text", helper_parts.EXPLANATION, helper_parts.keep_helper_parts,
           companions=helper_parts.helper_copies),
    Recipe("backward-scan-resumed", resumed_scans.EXPLANATION, resumed_scans.resume_backward_scans,
           companions=resumed_scans.resumed_copies),
    Recipe("prefix-replay-resumed", replays.EXPLANATION, replays.resume_replays, companions=replays.resumed_copies),
    Recipe("property-copy-read-once", property_copies.EXPLANATION, property_copies.read_copies_once),
    Recipe("bytes-grown-in-place", bytes_buffers.EXPLANATION, bytes_buffers.grow_bytes_in_place),
    Recipe("comprehension-kept-by-text", kept_comprehensions.EXPLANATION,
           kept_comprehensions.keep_comprehensions_by_text),
    Recipe("window-loop-from-running-sums", window_loops.EXPLANATION, window_loops.window_totals_from_running_sums,
           imports=("import itertools",)),
    Recipe("sorted-window-kept", rolling_sorts.EXPLANATION, rolling_sorts.keep_windows_sorted,
           imports=("import bisect",), companions=rolling_sorts.companions),
    Recipe("rank-counts-by-bisect", rank_loops.EXPLANATION, rank_loops.count_ranks_by_bisect,
           imports=("import bisect",), companions=rank_loops.companions),
    Recipe("window-start-bisect", sorted_windows.EXPLANATION, sorted_windows.start_windows_by_bisection,
           imports=("import bisect",), companions=sorted_windows.kind_helper),
    Recipe("written-out-helpers",
           "a small helper the loop calls hid the slow part from the loop's own statements; it is now "
           "written out where it is called, and that part rewritten there", _after_inlining),
)


def recipe_candidates(target: Target) -> list[Candidate]:
    """The recipes' rewrites of `target` as candidates (diffs of its module): first, where
    several apply, all of them together; then each on its own.

    A function often has more than one slow spot, and fixing one can leave the other
    dominating (a set for one scanned list, while another list is still deduplicated by
    scanning it): alone each may gain little, together much.  When the combination is
    rejected (one of its parts changes behaviour), the parts are still tried one by one.
    """
    try:
        module = cst.parse_module(target.module_source)
        project = callees.ProjectModules(target.project_dir, target.file)
        trusted = callees.trusted_in(module, project)
    except cst.ParserSyntaxError:
        return []
    owner = target.qualname.rsplit(".", 1)[0] if "." in target.qualname else None
    with purity.trusting(trusted):
        keyed, containers, counted, listed = callees.text_keyed(module, trusted, owner)
    handed = callees.parameter_methods(module, target.qualname, project, trusted)
    methods = callees.pure_methods(module, trusted, owner) if owner is not None else {}
    with purity.trusting(dataclasses.replace(
            trusted, text_keyed={**handed.keyed, **keyed}, text_keyed_containers=containers | handed.containers,
            counted_positions={**handed.counted, **counted}, listed_positions=listed, text_keyed_guards=handed.guards,
            handed_methods=handed.written,
            methods=methods, methods_of=owner or "")):
        candidates = _recipe_candidates(target)
        # The slow part is often in a helper the function calls (a table built on every call): the
        # helpers' rewrites come after the function's own, each judged by the function's tests, replay
        # and benchmark like any other; first of all, every rewrite together.  (No new_source: the
        # rewritten helper is not the function, so it makes no example to learn from.)
        helpers = _working_helpers(module, target.qualname)
        for helper in helpers:
            for candidate in _recipe_candidates(target.model_copy(update={"qualname": helper})):
                candidates.append(candidate.model_copy(
                    update={"rationale": f"in {helper}: {candidate.rationale}", "new_source": ""}))
        if len(candidates) > 1 and (every := _all_together(target, helpers)) is not None:
            candidates.insert(0, every)
        candidates.extend(_imported_helper_candidates(target))
        reached = project.reached(target.module_source)  # read and parsed once for both recipes
        candidates.extend(constant_tables.candidates(target, reached, project.files)[:_MOST_TABLE_MODULES])
        candidates.extend(timestamps.candidates(target, reached, project)[:_MOST_TABLE_MODULES])
        candidates.extend(lasting_caches.candidates(target, reached)[:_MOST_TABLE_MODULES])
        return candidates


def _imported_helper_candidates(target: Target) -> list[Candidate]:
    """A helper the function imports from another module of the project (`drive_times(graph, junction)`)
    rewritten by a recipe, as a copy beside the function (with imports of what it reads from its module)
    that the function calls instead: the helper's other callers keep it as it is.  Recipes that add
    companions of their own are left out (those would need imports of their own)."""
    trusted = purity.trusted()
    if not trusted.imported or "." in target.qualname:
        return []
    module = cst.parse_module(target.module_source)
    function = next((s for s in module.body if isinstance(s, cst.FunctionDef) and s.name.value == target.qualname),
                    None)
    if function is None:
        return []
    called = [name for name in dict.fromkeys(facts.code(c.func) for c in facts.walk(function.body)
                                             if isinstance(c, cst.Call) and isinstance(c.func, cst.Name))
              if name in trusted.imported]
    taken = facts.names_in(module)
    candidates = []
    for name in called[:_MOST_HELPERS]:
        if len(m.findall(function.body, m.Name(name))) != len(m.findall(function.body, m.Call(func=m.Name(name)))):
            continue  # handed on as a value, not only called
        imported = trusted.imported[name]
        reads = helper_cache.copy_imports(name, imported.definition)
        if reads is None:
            continue
        copy = facts.unused_name(taken, f"_{name.strip('_')}_rewritten")
        for recipe in RECIPES:
            if recipe.companions is not None:
                continue
            with purity.trusting(imported.home):
                rewritten = recipe.apply(imported.definition)
            if rewritten is None or rewritten.deep_equals(imported.definition):
                continue
            source = facts.code(rewritten.with_changes(name=cst.Name(copy), decorators=[], leading_lines=[]))
            try:
                changed = rewrite_function_in_place(target.module_source, target.qualname,
                                                    _CallsRenamed(name, copy).in_function)
                if changed is None:
                    continue
                placed = _with_companion(changed[0], target.qualname, source, recipe.imports)
                if placed is None:
                    continue
                placed = add_imports(placed, list(reads)) if reads else placed
                compile(placed, "<recipe>", "exec")
            except (TargetError, SyntaxError, ValueError):
                continue
            candidate = _candidate(target, [recipe], placed, "")
            if candidate.diff:
                candidates.append(candidate.model_copy(
                    update={"rationale": f"in {name} (a copy beside the function): {candidate.rationale}"}))
    return candidates


class _CallsRenamed(cst.CSTTransformer):
    def __init__(self, old: str, new: str) -> None:
        self.old, self.new = old, new

    def in_function(self, function: cst.FunctionDef) -> cst.FunctionDef:
        return function.with_changes(body=function.body.visit(self))

    def leave_Call(self, original_node: cst.Call, updated_node: cst.Call) -> cst.Call:
        if m.matches(updated_node.func, m.Name(self.old)):
            return updated_node.with_changes(func=cst.Name(self.new))
        return updated_node


_MOST_HELPERS = 3
# modules whose constant tables (or lasting caches) are rewritten, the function's own and nearest first
_MOST_TABLE_MODULES = 2
_HELPER_DEPTH = 2  # the function's helpers, and theirs


def _working_helpers(module: cst.Module, qualname: str) -> list[str]:
    """The qualnames of the module's functions (or, for a method, of its class's methods called on
    `self`) that the function calls, or that those call in turn (`_HELPER_DEPTH`), and that loop,
    build over their input or call themselves: the nearest first, then in the order first called."""
    owner, _, name = qualname.rpartition(".")
    scope: Sequence[cst.BaseStatement] = module.body
    if owner:
        classes = [s for s in module.body if isinstance(s, cst.ClassDef) and s.name.value == owner]
        if len(classes) != 1 or not isinstance(classes[0].body, cst.IndentedBlock):
            return []
        scope = classes[0].body.body
    defined = {s.name.value: s for s in scope if isinstance(s, cst.FunctionDef)}
    if name not in defined or "." in owner:
        return []
    reached, found = [name], []
    depth = {name: 0}
    for caller in reached:  # grows as it goes: callers nearer the function first
        if depth[caller] == _HELPER_DEPTH:
            continue
        for call in facts.walk(defined[caller].body):
            if not isinstance(call, cst.Call):
                continue
            func = call.func
            if owner and m.matches(func, m.Attribute(value=m.Name("self"))):
                called = cst.ensure_type(func, cst.Attribute).attr.value
            elif not owner and isinstance(func, cst.Name):
                called = func.value
            else:
                continue
            if called in defined and called not in reached:
                reached.append(called)
                depth[called] = depth[caller] + 1
                # (A helper calling itself works too, however plain each call: holdout27/kart_pitstops'
                # pit-stop search recursing twice per lap, studied after its blind run.)
                if purity.is_costly(defined[called].body) or _calls_itself(defined[called], owner):
                    found.append(called)
    return [f"{owner}.{called}" if owner else called for called in found[:_MOST_HELPERS]]


def _calls_itself(function: cst.FunctionDef, owner: str) -> bool:
    own = m.Attribute(value=m.Name("self"), attr=m.Name(function.name.value)) if owner else m.Name(function.name.value)
    return bool(m.findall(function.body, m.Call(func=own)))


def _recipe_candidates(target: Target) -> list[Candidate]:
    singles: list[tuple[Recipe, str, str]] = []
    for recipe in RECIPES:
        rewritten = _applied(target.module_source, target.qualname, recipe)
        if rewritten is not None:
            singles.append((recipe, *rewritten))
    candidates = [_candidate(target, [recipe], module, new_source) for recipe, module, new_source in singles]
    if len(singles) > 1:
        module, used, changed = _stacked(target.module_source, [target.qualname])
        if len(used) > 1:
            candidates.insert(0, _candidate(target, used, module, changed[-1][1]))
    return [c for c in candidates if c.diff]


# The recipes that ask a set through a helper nested in the function: other recipes leave alone the lists
# such a helper reads (it could read them at any time), so stacked first they may stop those (hoist-invariant,
# scan-by-range, backward-scan-resumed, attribute-lists-shadow-sets), while stacked last they may find their
# own lists already rewritten (join-strings, join-index).  Both orders are tried.
_ASKED_THROUGH_HELPERS = ("membership-set", "dedupe-seen-set", "membership-shadow-set")
_HELPERS_LAST = (*(r for r in RECIPES if r.name not in _ASKED_THROUGH_HELPERS),
                 *(r for r in RECIPES if r.name in _ASKED_THROUGH_HELPERS))


def _stacked(module: str, qualnames: list[str]) -> tuple[str, list[Recipe], list[tuple[str, str]]]:
    """Every recipe that applies to each of `qualnames` in turn, each on top of the ones before: the
    module, the recipes used, and each rewritten function (qualname, source) as it was made; of the two
    orders, the one that applies more recipes (the registry's order where both apply as many)."""
    first = _stacked_in(RECIPES, module, qualnames)
    if not any(recipe.name in _ASKED_THROUGH_HELPERS for recipe in first[1]):
        return first
    second = _stacked_in(_HELPERS_LAST, module, qualnames)
    return second if len(second[1]) > len(first[1]) else first


def _stacked_in(order: Sequence[Recipe], module: str, qualnames: list[str]
                ) -> tuple[str, list[Recipe], list[tuple[str, str]]]:
    used: list[Recipe] = []
    changed: list[tuple[str, str]] = []
    for qualname in qualnames:
        for recipe in order:
            rewritten = _applied(module, qualname, recipe)
            if rewritten is not None:
                module, new_source = rewritten
                used.append(recipe)
                changed.append((qualname, new_source))
    return module, used, changed


def _all_together(target: Target, helpers: list[str]) -> Candidate | None:
    """Every recipe that applies, to the function and then to each helper, each on top of the ones
    before; None unless the function's own recipes and a helper's are among them."""
    module, used, changed = _stacked(target.module_source, [target.qualname, *helpers])
    reached = {qualname for qualname, _ in changed}
    if target.qualname not in reached or not reached - {target.qualname}:
        return None  # the function's own or a helper's alone: offered as they are
    every = _candidate(target, used, module, "\n".join(source for _, source in changed))
    return every.model_copy(update={"id": every.id.replace("recipe-", "recipe-all-", 1), "new_source": ""})


def _applied(module_source: str, qualname: str, recipe: Recipe) -> tuple[str, str] | None:
    """`module_source` with `recipe` applied to `qualname`, and the new function; None when
    the recipe does not apply."""
    companions: list[str] = []
    imports: list[str] = []

    def apply(function: cst.FunctionDef) -> cst.FunctionDef | None:
        rewritten = recipe.apply(function)
        if rewritten is not None and recipe.companions is not None:
            for companion in recipe.companions(function):
                (imports if _is_import(companion) else companions).append(companion)
        return rewritten

    try:
        # Rewritten where it stands (not dedented and spliced back): a method's
        # docstring keeps its indentation, so the diff holds only the fix.
        rewritten = rewrite_function_in_place(module_source, qualname, apply)
        if rewritten is None:
            return None
        module, new_source = rewritten
        for companion in companions:
            placed = _with_companion(module, qualname.split(".", 1)[0], companion, recipe.imports)
            if placed is None:
                return None
            module = placed
        if imports:
            module = add_imports(module, imports)
        compile(module, "<recipe>", "exec")  # libcst prints some trees Python would not parse
        return module, new_source
    except (TargetError, SyntaxError, ValueError):
        return None


def _is_import(statement: str) -> bool:
    line = cst.parse_statement(statement)
    return isinstance(line, cst.SimpleStatementLine) and isinstance(line.body[0], (cst.Import, cst.ImportFrom))


def _with_companion(module: str, top_level_name: str, companion: str, imports: tuple[str, ...]) -> str | None:
    """`module` with the definition `companion` above `top_level_name` (and the imports it needs);
    as it is where the same definition is there already (an earlier recipe of a combination made
    it), None where the name is taken by something else."""
    defined = cst.parse_statement(companion)
    assert isinstance(defined, (cst.FunctionDef, cst.ClassDef))  # companions are functions or classes
    name = defined.name.value
    existing = [s for s in cst.parse_module(module).body if name in facts.bound_in(s) | facts.bound_otherwise(s)]
    if existing:
        same = len(existing) == 1 and existing[0].deep_equals(cst.parse_statement(companion))
        return module if same else None
    module = insert_before(module, top_level_name, companion)
    needed = needed_imports(imports, companion, module)
    return add_imports(module, needed) if needed else module


def _candidate(target: Target, used: list[Recipe], module: str, new_source: str) -> Candidate:
    imports = needed_imports(tuple(i for recipe in used for i in recipe.imports), new_source, target.module_source)
    if imports:
        module = add_imports(module, imports)
    diff = unified_diff(target.file.as_posix(), target.module_source, module)
    digest = hashlib.sha256(diff.encode()).hexdigest()[:8]
    name = used[0].name if len(used) == 1 else "+".join(recipe.name for recipe in used)
    rationale = "; ".join(f"recipe {recipe.name}: {recipe.explanation}" for recipe in used)
    return Candidate(id=f"recipe-{name}-{digest}", source="recipe", diff=diff, rationale=rationale,
                     new_source=new_source)
