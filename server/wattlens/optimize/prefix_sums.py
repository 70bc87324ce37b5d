"""Recipe: a sum over a growing prefix, made again from the first item on every pass of a loop → carried
on from the last sum made.

    for count in range(1, len(ranked) + 1):
        poorest = ranked[:count]
        income_share = sum(h.weight * equivalised_income(h) for h in poorest) / total_income

adds up `count` terms on the `count`-th pass: quadratic in the list (holdout23/income_survey, a Lorenz
curve, studied after its blind run).  The function gets, for each such sum, the number of items summed so
far and their sum, and a helper that adds only the terms of the items past them:

    ranked_sums = [0, 0] if sys.version_info < (3, 12) and type(ranked) in (list, tuple) else [-1, 0]
    def ranked_sum_upto(stop):
        done, total = ranked_sums
        try:
            while done < stop:
                h = ranked[done]
                total = total + (h.weight * equivalised_income(h))
                done += 1
        finally:
            ranked_sums[0], ranked_sums[1] = done, total
        ...
    ... (ranked_sum_upto(stop) if type(stop := count) is int and 0 <= ranked_sums[0] <= stop <= len(ranked)
         else sum(h.weight * equivalised_income(h) for h in poorest)) ...

EXACT BEFORE PYTHON 3.12.  Up to 3.11, `sum` adds its items one by one from the int 0: plain ints in a C
long, floats in a C double, anything else (and whatever overflows) by `+`, each step the same operation
and rounding as `total = total + term`.  So each carried sum is the very object value `sum` made, floats
included.  Python 3.12's `sum` compensates float rounding, which a running total cannot repeat: there (and
for a sequence that is not a list or tuple) every pass runs the original `sum`.

WHEN.  The sum is `sum(TERM for x in xs[:stop] if TEST)` (or `sum(xs[:stop])`, or the generator walking a
local bound once, in the same loop body before it, to `xs[:stop]`), inside a loop among the function's own
statements.  TERM and TEST are pure and read only the item and names nothing in the loop changes; `stop`
reads nothing the loop body binds (its counter is bound by the loop itself); nothing that the loop does can
change `xs` or its items (`purity.unchanged_while_running`).  The state is made just before the loop, so
each run of the loop starts from nothing.

AT RUN TIME a pass takes the carried sum only where `stop` is an int no smaller than the count already
summed and no larger than the sequence: the terms past the count are added in order, and a term that
raises leaves the state at that item, so the next pass raises there too, as the original would.  Any other
pass (a prefix shorter than the last, a negative or clipped bound) runs the original `sum`.  A sum that is
not an int or float is handed out once and never carried again (an object kept and handed out twice could
be changed through one of them).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import libcst as cst
import libcst.matchers as m

from wattlens.optimize import cst_facts as facts
from wattlens.optimize import purity
from wattlens.optimize.windows import own_statements

EXPLANATION = (
    "every pass of a loop summed a growing prefix of the same list from its first item again; each sum is "
    "now carried on from the last one made, adding only the new items' terms, in the same order as sum adds them"
)

# Names the rewrite calls or reads; where the function binds one it means something else.
_USED = frozenset({"sys", "type", "len", "list", "tuple", "sum", "int", "float"})


@dataclass(frozen=True)
class _Site:
    """A `sum(...)` over a prefix: the call, the sequence, the prefix's end, and the generator's parts."""

    call: cst.Call
    sequence: str
    stop: cst.BaseExpression
    target: cst.BaseAssignTargetExpression | None
    """The generator's target (None for `sum(xs[:stop])`, whose terms are the items)."""
    term: cst.BaseExpression | None
    tests: tuple[cst.BaseExpression, ...]


def carry_prefix_sums(function: cst.FunctionDef) -> cst.FunctionDef | None:
    if not isinstance(function.body, cst.IndentedBlock) or not any(
            isinstance(n, cst.Call) and m.matches(n.func, m.Name("sum")) for n in facts.quick_walk(function.body)):
        return None
    local = facts.local_names(function)
    if local & _USED or m.findall(function.body, m.Global() | m.Nonlocal()):
        return None
    return facts.repeatedly(_carry_one, function)


def _carry_one(function: cst.FunctionDef) -> cst.FunctionDef | None:
    """The sums of the first loop that has any carried, all of them; None where no loop has one."""
    assert isinstance(function.body, cst.IndentedBlock)
    parameters = facts.parameters(function)
    local = facts.local_names(function)
    fresh = purity.fresh_containers(function.body, parameters)
    for block, index, known in own_statements(function.body, frozenset(parameters)):
        loop = block[index]
        if not isinstance(loop, (cst.For, cst.While)) or not isinstance(loop.body, cst.IndentedBlock) \
                or _carried_here(function, loop):
            continue
        sites = [site for site in _sites(function, loop, known, local)
                 if all(purity.unchanged_while_running(loop, name, function, parameters, fresh, local)
                        for name in sorted({site.sequence} | _term_reads(site) & local))]
        if sites and facts.compiles(rewritten := _rewritten(function, loop, sites)):
            return rewritten
    return None


def _carried_here(function: cst.FunctionDef, loop: cst.For | cst.While) -> bool:
    """Whether the loop's sums were carried already: it calls a function defined in the function."""
    nested = {statement.name.value for statement in facts.walk(function.body) if isinstance(statement, cst.FunctionDef)}
    return any(isinstance(node, cst.Call) and isinstance(node.func, cst.Name) and node.func.value in nested
               for node in facts.walk(loop))


def _sites(function: cst.FunctionDef, loop: cst.For | cst.While, known: frozenset[str], local: set[str]
           ) -> Iterator[_Site]:
    assert isinstance(loop.body, cst.IndentedBlock)
    body_bound = facts.bound_in(loop.body)
    deferred = facts.deferred_nodes(loop.body)
    slices = _prefix_bindings(function, loop.body.body, body_bound)
    for position, statement in enumerate(loop.body.body):
        for node in facts.walk(statement):
            if not isinstance(node, cst.Call) or id(node) in deferred:
                continue
            site = _site(node, {name: found for name, (at, found) in slices.items() if at < position})
            if site is None or site.sequence not in known or site.sequence in body_bound:
                continue
            reads = _term_reads(site)
            if reads & body_bound or not reads <= known | (reads - local):
                continue  # the terms must read what stays as it was before the loop
            parts = [site.stop, *([site.term] if site.term is not None else []), *site.tests]
            if all(purity.is_pure_expression(part, local) for part in parts):
                yield site


def _prefix_bindings(function: cst.FunctionDef, statements: Sequence[cst.BaseStatement], body_bound: set[str]
                     ) -> dict[str, tuple[int, cst.Subscript]]:
    """Locals bound by a statement of the loop's body to `xs[:stop]`, and nowhere else in the function, where
    `stop` reads nothing the body binds: the same prefix for the rest of each pass."""
    found: dict[str, tuple[int, cst.Subscript]] = {}
    for position, statement in enumerate(statements):
        if not (isinstance(statement, cst.SimpleStatementLine) and len(statement.body) == 1
                and isinstance(assign := statement.body[0], cst.Assign) and len(assign.targets) == 1
                and isinstance(target := assign.targets[0].target, cst.Name)):
            continue
        prefix = _prefix(assign.value)
        if prefix is not None and not purity.reads(_stop(prefix)) & body_bound \
                and target.value not in facts.local_names(facts.replace_statement(function, statement, [])):
            found[target.value] = (position, prefix)
    return found


def _prefix(node: cst.BaseExpression) -> cst.Subscript | None:
    """`xs[:stop]` or `xs[0:stop]` of a variable."""
    if not (isinstance(node, cst.Subscript) and isinstance(node.value, cst.Name) and len(node.slice) == 1
            and isinstance(bounds := node.slice[0].slice, cst.Slice) and bounds.step is None
            and bounds.upper is not None):
        return None
    lower = bounds.lower
    return node if lower is None or (isinstance(lower, cst.Integer) and lower.evaluated_value == 0) else None


def _stop(prefix: cst.Subscript) -> cst.BaseExpression:
    bounds = prefix.slice[0].slice
    assert isinstance(bounds, cst.Slice) and bounds.upper is not None
    return bounds.upper


def _site(call: cst.Call, slices: dict[str, cst.Subscript]) -> _Site | None:
    if not (m.matches(call.func, m.Name("sum")) and len(call.args) == 1 and call.args[0].keyword is None
            and not call.args[0].star):
        return None
    summed = call.args[0].value
    prefix = _prefix(summed)
    if prefix is not None:
        return _Site(call, facts.code(prefix.value), _stop(prefix), None, None, ())
    if not (isinstance(summed, cst.GeneratorExp) and summed.for_in.inner_for_in is None
            and summed.for_in.asynchronous is None and facts.plain_target(summed.for_in.target)):
        return None
    walked = summed.for_in.iter
    prefix = _prefix(walked) if not isinstance(walked, cst.Name) else slices.get(walked.value)
    if prefix is None:
        return None
    return _Site(call, facts.code(prefix.value), _stop(prefix), summed.for_in.target, summed.elt,
                 tuple(condition.test for condition in summed.for_in.ifs))


def _term_reads(site: _Site) -> set[str]:
    """The variables the terms and tests read, but the item."""
    if site.target is None or site.term is None:
        return set()
    item = facts.plain_target(site.target)
    return set().union(*(purity.reads(part) for part in (site.term, *site.tests))) - item


def _rewritten(function: cst.FunctionDef, loop: cst.For | cst.While, sites: list[_Site]) -> cst.FunctionDef:
    built: list[cst.BaseStatement] = []
    fast: dict[int, cst.BaseExpression] = {}
    taken = facts.names_in(function)
    stop = facts.unused_name(taken, "stop")
    for site in sites:
        xs = site.sequence
        state, upto = facts.unused_name(taken, f"{xs}_sums"), facts.unused_name(taken, f"{xs}_sum_upto")
        done, total = facts.unused_name(taken, "done"), facts.unused_name(taken, "total")
        if site.target is None or site.term is None:
            target = term = facts.unused_name(taken, "item")
        else:
            target, term = facts.code(site.target), facts.code(site.term)
        added = f"{total} = {total} + ({term})\n"
        if site.tests:
            added = f"if {' and '.join(f'({facts.code(test)})' for test in site.tests)}:\n    {added}"
        built += [
            cst.parse_statement(
                f"{state} = [0, 0] if sys.version_info < (3, 12) and type({xs}) in (list, tuple) else [-1, 0]"
                f"  # items summed, their sum\n"),
            cst.parse_statement(
                f"def {upto}({stop}):\n"
                f"    # the sum carried on from the last one made, the new terms added in order, as sum adds them\n"
                f"    {done}, {total} = {state}\n"
                f"    try:\n"
                f"        while {done} < {stop}:\n"
                f"            {target} = {xs}[{done}]\n"
                + "".join(f"            {line}" for line in added.splitlines(keepends=True)) +
                f"            {done} += 1\n"
                f"    finally:\n"
                f"        {state}[0], {state}[1] = {done}, {total}\n"
                f"    if type({total}) is not int and type({total}) is not float:\n"
                f"        {state}[0] = -1  # (an object that could change is handed out once)\n"
                f"    return {total}\n"),
        ]
        fast[id(site.call)] = cst.parse_expression(
            f"({upto}({stop}) if type({stop} := {facts.code(site.stop)}) is int"
            f" and 0 <= {state}[0] <= {stop} <= len({xs}) else {facts.code(site.call)})")
    new_loop = loop.visit(_Replaced(fast))
    assert isinstance(new_loop, (cst.For, cst.While))
    built[0] = built[0].with_changes(leading_lines=loop.leading_lines)
    return facts.replace_statement(function, loop, [*built, new_loop.with_changes(leading_lines=())])


class _Replaced(cst.CSTTransformer):
    def __init__(self, new: dict[int, cst.BaseExpression]) -> None:
        self.new = new

    def leave_Call(self, original_node: cst.Call, updated_node: cst.Call) -> cst.BaseExpression:
        return self.new.get(id(original_node), updated_node)
