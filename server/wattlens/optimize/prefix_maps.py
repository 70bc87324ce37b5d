"""Recipe: a list made again on every pass of a loop from a growing prefix of a sequence
(`[summary(g)[0] for g in subgroups[:index + 1]]`) → the items kept from pass to pass, each worked out
once, and the prefix copied out of them.

    for index, values in enumerate(subgroups):
        means = [subgroup_summary(group)[0] for group in subgroups[: index + 1]]
        signals = run_rule_signals(means, limits)

works out every earlier subgroup's mean again at every point: quadratic (holdout17/spc_charts and
golf_handicap, studied after their blind run: a control chart's means, a golfer's score differentials).
It becomes

    means_kept = []  # the items for `subgroups`'s first items, each made once
    for index, values in enumerate(subgroups):
        means = ((means_kept.extend(subgroup_summary(group)[0] for group in subgroups[len(means_kept): index + 1])
                  or means_kept[: index + 1])
                 if type(subgroups) in (list, tuple) and type(index + 1) is int and index + 1 >= 0
                 else [subgroup_summary(group)[0] for group in subgroups[: index + 1]])

so each pass works out only the items past those kept and hands out a new list of the prefix, as before
(a copy: whoever gets it may keep or change it).  An item that raises is not kept, so the next pass
raises at it again, as the original would.

WHEN.  The list is a comprehension with one `for` (no condition, not async) over `seq[:end]`: `seq` a
name the loop neither rebinds nor changes, `end` an expression with no calls.  Its item reads only the
comprehension's names and names the loop does not rebind, and calls only what changes nothing
(`purity`).  Nothing in the loop may write into anything an item reads (its calls are pure, and it
writes only into containers it made).  The kept items are made empty right before the loop, so a loop
run again (inside an outer one) starts afresh.  At run time the kept items are used only for a list or
tuple and a non-negative int end (other sequences slice in their own ways), the original comprehension
otherwise.
"""

from __future__ import annotations

import libcst as cst

from wattlens.optimize import cst_facts as facts
from wattlens.optimize import purity

EXPLANATION = (
    "a list was made again on every pass from a growing prefix of a sequence, working out every earlier "
    "item again; the items are now kept from pass to pass, each worked out once, and the prefix copied out"
)


def keep_prefix_maps(function: cst.FunctionDef) -> cst.FunctionDef | None:
    if not isinstance(function.body, cst.IndentedBlock) or facts.calls_frame_readers(function):
        return None
    local = facts.local_names(function)
    taken = facts.names_in(function)
    for loop in facts.own_loops(function):
        owned = purity.fresh_containers(function.body, facts.all_parameters(function)) | _made_by_pure_calls(function)
        found = _prefix_maps(loop, local, owned)
        if not found:
            continue
        replaced: dict[int, cst.CSTNode] = {}
        made: list[cst.BaseStatement] = []
        for comprehension, seq, end, name in found:
            kept = facts.unused_name(taken, f"{name}_kept")
            taken.add(kept)
            made.append(cst.parse_statement(f"{kept} = []  # the items for `{seq}`'s first items, each made once\n"))
            clause = comprehension.for_in
            element, target = facts.code(comprehension.elt), facts.code(clause.target)
            new = (f"(({kept}.extend({element} for {target} in {seq}[len({kept}):{end}]) or {kept}[:{end}])"
                   f" if type({seq}) in (list, tuple) and type({end}) is int and {end} >= 0"
                   f" else {facts.code(comprehension)})")
            replaced[id(comprehension)] = cst.parse_expression(new)
        new_loop = loop.visit(facts.ReplaceNodes(replaced))
        assert isinstance(new_loop, (cst.For, cst.While))
        return facts.replace_statement(function, loop, [*made, new_loop])
    return None


def _prefix_maps(loop: cst.For | cst.While, local: set[str], owned: frozenset[str]
                 ) -> list[tuple[cst.ListComp, str, str, str]]:
    """Each comprehension of the loop over a growing prefix, with the sequence, the end and a name for it
    (`owned`: the containers the function made)."""
    if not isinstance(loop.body, cst.IndentedBlock):
        return []
    bound = facts.bound_in(loop)
    deferred = facts.deferred_nodes(loop.body)
    calls = [call for call in facts.walk(loop.body) if isinstance(call, cst.Call)]
    if any(not _changes_nothing(call, local, owned) for call in calls) \
            or any(purity.root_name(part) not in owned for _, target in facts.written(loop.body)
                   for part in _parts(target) if isinstance(part, (cst.Subscript, cst.Attribute))):
        return []  # something in the loop could change what an item is worked out from
    found = []
    for statement in facts.walk(loop.body):
        binding = facts.single_assign(statement) if isinstance(statement, cst.SimpleStatementLine) else None
        comprehension = binding[1] if binding is not None else None
        if not isinstance(comprehension, cst.ListComp) or id(comprehension) in deferred:
            continue
        clause = comprehension.for_in
        if clause.ifs or clause.inner_for_in is not None or clause.asynchronous is not None:
            continue
        window = clause.iter
        if not (isinstance(window, cst.Subscript) and isinstance(window.value, cst.Name) and len(window.slice) == 1
                and isinstance(part := window.slice[0].slice, cst.Slice) and part.lower is None
                and part.step is None and part.upper is not None):
            continue
        seq, end = window.value.value, part.upper
        names = purity.target_names(clause.target)
        if seq in bound or not names or any(isinstance(node, cst.Call) for node in facts.walk(end)) \
                or not purity.is_pure_expression(end, local) \
                or purity.may_change(loop, seq, local, bound) \
                or (purity.reads(comprehension.elt) - names) & bound or not _worked_out(comprehension.elt, local):
            continue
        assert binding is not None
        found.append((comprehension, seq, facts.code(end), binding[0].value))
    return found


def _changes_nothing(call: cst.Call, local: set[str], owned: frozenset[str]) -> bool:
    """A pure call, or one of the project's functions that change nothing (`find_tee(tees, …)`, which hands
    back one of the tees)."""
    return purity.is_pure_call(call, local, owned) or (
        isinstance(call.func, cst.Name) and call.func.value in purity.trusted().readers
        and call.func.value not in local and not any(isinstance(arg.value, cst.Lambda) for arg in call.args))


def _worked_out(item: cst.BaseExpression, local: set[str]) -> bool:
    """An item made afresh by pure calls (what a reader hands back only goes into them), so a kept one
    equals the one the original makes again."""
    if isinstance(item, cst.Call) and isinstance(item.func, cst.Name) and item.func.value in purity.trusted().readers:
        return False
    calls = [node for node in facts.walk(item) if isinstance(node, cst.Call)]
    return all(_changes_nothing(call, local, frozenset()) for call in calls) and not any(
        isinstance(node, (cst.Lambda, cst.Yield, cst.NamedExpr, cst.GeneratorExp)) for node in facts.walk(item))


def _made_by_pure_calls(function: cst.FunctionDef) -> frozenset[str]:
    """Locals bound only to what a pure function of the project hands back (`signals = run_rule_signals(…)`):
    a new value each call, which the function may fill in as its own."""
    trusted = purity.trusted()
    made: dict[str, bool] = {}
    for statement, target in facts.written(function.body):
        if isinstance(target, cst.Name):
            value = statement.value if isinstance(statement, cst.Assign) else None
            made[target.value] = made.get(target.value, True) and isinstance(value, cst.Call) \
                and isinstance(value.func, cst.Name) and trusted.definition_of(value.func.value) is not None
    others = {name for node in facts.walk(function.body) if isinstance(node, (cst.For, cst.CompFor, cst.NamedExpr))
              for name in purity.target_names(node.target)}
    return frozenset(name for name, only in made.items() if only and name not in others
                     and name not in facts.all_parameters(function))


def _parts(target: cst.BaseExpression) -> list[cst.BaseExpression]:
    """The targets `target` assigns to, its tuple or list unpacked (`mean, spread`)."""
    if isinstance(target, (cst.Tuple, cst.List)):
        return [part for element in target.elements for part in _parts(element.value)]
    if isinstance(target, cst.StarredElement):
        return _parts(target.value)
    return [target]
