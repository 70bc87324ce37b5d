"""Recipe: an inner loop over steps that works out the same per-step values for every item of an
outer loop → those values kept by step, worked out on the first item only.

    for target in targets:
        for index in range(samples):
            moment = night_start + timedelta(minutes=index * step_minutes)
            jd = julian_date(moment)
            sun_ra, sun_dec = sun_position(jd)
            height = altitude(target.ra, target.dec, ...)
            ...

computes the time, the date and the Sun's place again for every target, though they depend on
the step alone.  The statements at the head of the inner loop that read only the step's counter,
names the outer loop never binds and what those statements bound before them, become

    step_values = {}
    for target in targets:
        for index in range(samples):
            if index in step_values:
                moment, jd, sun_ra, sun_dec = step_values[index]
            else:
                moment = ...
                jd = ...
                sun_ra, sun_dec = sun_position(jd)
                step_values[index] = (moment, jd, sun_ra, sun_dec)
            height = ...

(holdout13/observing_plan, target visibility over a night sampled every few minutes: studied
after its blind run.)  The counter is a `range` loop's (a plain int, bound nowhere else); the head
is plain assignments to names whose calls are all pure, and the whole function changes nothing
those calls could read (every call in it is pure, it writes only into containers it made); the
names the head binds are never containers it made nor written into (an item, an attribute), so the
kept values are the ones a new computation would give.  The first item works out every step
it reaches in the same order as before, so an exception comes from the same step; later items
find them kept.
"""

from __future__ import annotations

import libcst as cst

from wattlens.optimize import call_cache, purity
from wattlens.optimize import cst_facts as facts

EXPLANATION = (
    "an inner loop worked out the same per-step values (from the step alone) for every item of the "
    "outer loop; they are now kept by step, worked out for the first item and looked up after"
)


def keep_step_values(function: cst.FunctionDef) -> cst.FunctionDef | None:
    if not isinstance(function.body, cst.IndentedBlock):
        return None
    counters = call_cache.range_counters(function)
    calm: bool | None = None
    for outer in facts.own_loops(function):
        if not isinstance(outer.body, cst.IndentedBlock):
            continue
        for inner in outer.body.body:
            if not (isinstance(inner, cst.For) and isinstance(inner.target, cst.Name)
                    and inner.target.value in counters and isinstance(inner.body, cst.IndentedBlock)):
                continue
            head = _head(outer, inner)
            if not head:
                continue
            if calm is None:
                calm = call_cache.changes_nothing_read(function, {})
            if not calm:
                return None
            return _rewrite(function, outer, inner, head)
    return None


def _head(outer: cst.For | cst.While, inner: cst.For) -> list[tuple[cst.SimpleStatementLine, list[str]]]:
    """The statements at the head of `inner` that depend on its counter alone, with what each binds."""
    assert isinstance(inner.target, cst.Name) and isinstance(inner.body, cst.IndentedBlock)
    varying = facts.bound_in(outer) - {inner.target.value}
    made: list[str] = []
    head: list[tuple[cst.SimpleStatementLine, list[str]]] = []
    for statement in inner.body.body:
        binding = _assignment(statement)
        if binding is None:
            break
        names, value = binding
        if purity.reads(value) & (varying - set(made)) or set(names) & set(made):
            break
        if any(isinstance(node, cst.Call) and not purity.is_pure_call(node, set()) for node in facts.walk(value)):
            break
        assert isinstance(statement, cst.SimpleStatementLine)
        head.append((statement, names))
        made.extend(names)
    if not any(isinstance(node, cst.Call) for statement, _ in head for node in facts.walk(statement)):
        return []  # nothing worth keeping
    # A kept value must stay as it was made: with every call pure (checked by the caller), only a
    # container the function made itself could be changed, by an assignment into it.
    if set(made) & purity.fresh_containers(outer.body, set()) or any(
            purity.root_name(target) in made for _, target in facts.written(outer)
            if isinstance(target, (cst.Attribute, cst.Subscript))):
        return []
    return head


def _assignment(statement: cst.BaseStatement) -> tuple[list[str], cst.BaseExpression] | None:
    """(the names, the value) of `a = value` or `a, b = value`."""
    if not isinstance(statement, cst.SimpleStatementLine) or len(statement.body) != 1:
        return None
    assign = statement.body[0]
    if not isinstance(assign, cst.Assign) or len(assign.targets) != 1:
        return None
    target = assign.targets[0].target
    if isinstance(target, cst.Name):
        return [target.value], assign.value
    if isinstance(target, (cst.Tuple, cst.List)) and target.elements \
            and all(isinstance(e, cst.Element) and isinstance(e.value, cst.Name) for e in target.elements):
        names = [cst.ensure_type(e.value, cst.Name).value for e in target.elements]
        return (names, assign.value) if len(set(names)) == len(names) else None
    return None


def _rewrite(function: cst.FunctionDef, outer: cst.For | cst.While, inner: cst.For,
             head: list[tuple[cst.SimpleStatementLine, list[str]]]) -> cst.FunctionDef:
    assert isinstance(inner.target, cst.Name) and isinstance(inner.body, cst.IndentedBlock)
    kept = facts.fresh_name(function, "step_values")
    counter = inner.target.value
    names = [name for _, bound in head for name in bound]
    values = ", ".join(names) + ("," if len(names) == 1 else "")
    computed = [statement.with_changes(leading_lines=()) for statement, _ in head]
    looked_up = cst.ensure_type(cst.parse_statement(
        f"if {counter} in {kept}:\n    {values} = {kept}[{counter}]\nelse:\n    pass\n"), cst.If)
    store = cst.parse_statement(f"{kept}[{counter}] = ({values})\n")
    orelse = cst.Else(body=cst.IndentedBlock(body=[*computed, store]))
    chosen = looked_up.with_changes(orelse=orelse, leading_lines=head[0][0].leading_lines)
    new_inner = inner.with_changes(body=inner.body.with_changes(body=[chosen, *inner.body.body[len(head):]]))
    new_outer = outer.visit(facts.ReplaceNodes({id(inner): new_inner}))
    assert isinstance(new_outer, (cst.For, cst.While))
    made = cst.parse_statement(f"{kept} = {{}}\n").with_changes(leading_lines=outer.leading_lines)
    return facts.replace_statement(function, outer, [made, new_outer.with_changes(leading_lines=())])
