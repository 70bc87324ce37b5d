"""Recipe: a loop inside a loop that counts, for every item of the outer one, how many items of a group
rank below, level with or above it → the group's keys sorted once and each count made by bisection.

    for result in results:
        field = by_board[result.board]
        points = 0
        for other in field:
            if other is result:
                continue
            if result.ns_score > other.ns_score:
                points += 2
            elif result.ns_score == other.ns_score:
                points += 1

compares every result with every other result of its board (holdout29/bridge_matchpoints, studied after
its blind run).  Now

    field_ranks = {}
    for result in results:
        field = by_board[result.board]
        points = 0
        ranked = _ranked_keys(field, lambda other: other.ns_score, field_ranks)
        if ranked is not None and _rank_others(ranked, result) and type(probe := result.ns_score) in (int, float) \\
                and probe == probe:
            below, level, above = _rank_counts(ranked, probe, result)
            points += 2 * below + level
        else:
            for other in field: ...  # as written

`_ranked_keys` sorts a group's keys the first time the group is met in this run of the outer loop and
keeps them (with the group itself, so its id stays its own) for the next item of the same group.

WHY THE SAME COUNTS.  The inner loop's body is one `if`/`elif`/`else` chain whose tests each compare the
item's key with the same probe (`<`, `<=`, `>`, `>=`, `==` or `!=`, either side first; `ranks.
split_comparison`) and whose branches each add or take an int literal from a counter bound to an int
literal just before the loop; optionally it first skips one object by identity (`if other is result:
continue`).  In a total order every key is below, level with or above the probe, and that alone picks
the branch, so each counter gains its branch's amount times the number of keys in each of the three
classes, counted by bisection in the sorted keys; the skipped object, where the group holds it, is taken
out of its class as often as it stands there.  The order is total only for plain numbers: keys all ints
or floats (no bool, no NaN, every key computed without raising), a probe of the same kind and the group
a list or tuple; anything else runs the loop as written.  The probe is evaluated once instead of once
per comparison (it is pure), and only where a loop would compare at all (a group with some item other
than the one skipped).  The keys stay what the loop would compare only while nothing changes the groups
or their items: the outer loop may change nothing but containers the function made itself, none of
which may hold the groups, and the group is either walked from a name the outer loop leaves alone or
bound there by a plain read of one (`field = by_board[result.board]`).  The item variable must not be
read after the loop (the sorted path leaves it unbound).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import libcst as cst
import libcst.matchers as m

from wattlens.optimize import cst_facts as facts
from wattlens.optimize import purity
from wattlens.optimize.ranks import rewrites_key, split_comparison

EXPLANATION = (
    "a loop compared an item with every item of its group, counting those below, level with or above it, "
    "on every pass; the group's keys are sorted once and each count is a binary search"
)

_KEYS, _OTHERS, _COUNTS = "_ranked_keys", "_rank_others", "_rank_counts"
_DEFINITIONS = (
    f"def {_KEYS}(items, key, kept):\n"
    f'    """(ascending keys, {{id(item): [times, key]}}) of a list or tuple whose keys are all plain ints or\n'
    f"    floats but NaN, kept in `kept` by the group's id for the next count; None for anything else.\"\"\"\n"
    f"    found = kept.get(id(items))\n"
    f"    if found is not None and found[0] is items:\n"
    f"        return found[1]\n"
    f"    ranked = None\n"
    f"    if type(items) in (list, tuple):\n"
    f"        keys, times = [], {{}}\n"
    f"        try:\n"
    f"            for item in items:\n"
    f"                value = key(item)\n"
    f"                if type(value) not in (int, float) or value != value:\n"
    f"                    break\n"
    f"                keys.append(value)\n"
    f"                times.setdefault(id(item), [0, value])[0] += 1\n"
    f"            else:\n"
    f"                keys.sort()\n"
    f"                ranked = (keys, times)\n"
    f"        except Exception:\n"
    f"            ranked = None  # the loop as written raises where it raises\n"
    f"    kept[id(items)] = (items, ranked)\n"
    f"    return ranked\n",
    f"def {_OTHERS}(ranked, skipped):\n"
    f'    """Whether the group holds some item other than `skipped`."""\n'
    f"    return len(ranked[0]) > ranked[1].get(id(skipped), [0])[0]\n",
    f"def {_COUNTS}(ranked, probe, skipped=None, skipping=False):\n"
    f'    """How many keys are below, level with and above `probe`, less `skipped` where it is skipped."""\n'
    f"    keys, times = ranked\n"
    f"    below, upto = bisect.bisect_left(keys, probe), bisect.bisect_right(keys, probe)\n"
    f"    counts = [below, upto - below, len(keys) - upto]\n"
    f"    if skipping and id(skipped) in times:\n"
    f"        many, value = times[id(skipped)]\n"
    f"        counts[0 if value < probe else 1 if value == probe else 2] -= many\n"
    f"    return counts\n",
)

# Which of the three classes (key below, level with, above the probe) pass `key OP probe`.
_PASSES = {"<": (True, False, False), "<=": (True, True, False), ">": (False, False, True),
           ">=": (False, True, True), "==": (False, True, False), "!=": (True, False, True)}


@dataclass(frozen=True)
class _Ranking:
    loop: cst.For
    outer: cst.For | cst.While
    item: str
    skipped: cst.BaseExpression | None
    key: cst.BaseExpression
    probe: cst.BaseExpression
    gains: dict[str, tuple[int, int, int]]
    """each counter's gain for a key below, level with and above the probe"""


def count_ranks_by_bisect(function: cst.FunctionDef) -> cst.FunctionDef | None:
    if not isinstance(function.body, cst.IndentedBlock) or facts.calls_frame_readers(function):
        return None
    local = facts.local_names(function)
    if {_KEYS, _OTHERS, _COUNTS} & facts.names_in(function) or {"type", "int", "float", "bisect"} & local:
        return None
    params = facts.all_parameters(function)
    fresh = purity.fresh_containers(function.body, params)
    parents = facts.parents(function)
    for block in facts.own_blocks(function):
        for index, statement in enumerate(block.body):
            if not isinstance(statement, cst.For):
                continue
            ranking = _ranking(function, block.body, index, parents, local, params, fresh)
            if ranking is not None:
                return _rewrite(function, ranking)
    return None


def companions(function: cst.FunctionDef) -> tuple[str, ...]:
    return _DEFINITIONS


def _ranking(function: cst.FunctionDef, body: Sequence[cst.BaseStatement], index: int,
             parents: dict[int, cst.CSTNode], local: set[str], params: set[str],
             fresh: frozenset[str]) -> _Ranking | None:
    loop = cst.ensure_type(body[index], cst.For)
    if loop.orelse is not None or loop.asynchronous is not None or not isinstance(loop.target, cst.Name) \
            or not isinstance(loop.body, cst.IndentedBlock):
        return None
    item = loop.target.value
    statements = list(loop.body.body)
    skipped = _skip(statements[0], item) if len(statements) == 2 else None
    if len(statements) != (2 if skipped is not None else 1) or not isinstance(statements[-1], cst.If):
        return None
    chain = _chain(statements[-1], {item}, local)
    if chain is None:
        return None
    key, probe, branches = chain
    counters = {taken[0] for taken in branches if taken is not None}
    if not counters <= _int_counters(body[:index]) or purity.reads(probe) & (counters | {item}) \
            or (skipped is not None and purity.reads(skipped) & (counters | {item})) \
            or not facts.left_unread(function, frozenset({item}), loop):
        return None
    outer = next((node for node in facts.ancestors(loop, parents)
                  if isinstance(node, (cst.For, cst.While, cst.FunctionDef, cst.Lambda))), None)
    if not isinstance(outer, (cst.For, cst.While)) or not _groups_stay(outer, loop, function, local, params, fresh) \
            or rewrites_key(outer, key):
        return None
    gains = {counter: (_amount(branches[0], counter), _amount(branches[1], counter), _amount(branches[2], counter))
             for counter in sorted(counters)}
    return _Ranking(loop, outer, item, skipped, key, probe, gains)


def _amount(taken: tuple[str, int] | None, counter: str) -> int:
    """What a class's branch adds to `counter`."""
    return taken[1] if taken is not None and taken[0] == counter else 0


def _skip(statement: cst.BaseStatement, item: str) -> cst.BaseExpression | None:
    """`result` for `if other is result: continue` (the item variable being `other`)."""
    if not m.matches(statement, m.If(test=m.Comparison(left=m.Name(item), comparisons=[
            m.ComparisonTarget(operator=m.Is(), comparator=m.Name())]), orelse=None)):
        return None
    assert isinstance(statement, cst.If)
    if not isinstance(_only(statement.body), cst.Continue):
        return None
    return cst.ensure_type(statement.test, cst.Comparison).comparisons[0].comparator


def _only(suite: cst.BaseSuite) -> cst.BaseSmallStatement | None:
    """The one small statement of a block holding nothing else."""
    lines = suite.body if isinstance(suite, cst.IndentedBlock) else [suite]
    if len(lines) != 1 or not isinstance(lines[0], (cst.SimpleStatementLine, cst.SimpleStatementSuite)) \
            or len(lines[0].body) != 1:
        return None
    return lines[0].body[0]


def _chain(statement: cst.If, item: set[str], local: set[str]) -> tuple[
        cst.BaseExpression, cst.BaseExpression, list[tuple[str, int] | None]] | None:
    """The key, the probe and, for each class (below, level, above), the (counter, amount) its branch adds
    (None where no branch is taken)."""
    key: cst.BaseExpression | None = None
    probe: cst.BaseExpression | None = None
    branches: list[tuple[str, int] | None] = [None, None, None]
    node: cst.If | cst.Else | None = statement
    while node is not None:
        gain = _gain(_only(node.body))
        if gain is None:
            return None
        if isinstance(node, cst.Else):
            passes, node = (True, True, True), None
        else:
            if not isinstance(node.test, cst.Comparison):
                return None
            split = split_comparison(node.test, item, local)
            if split is None or not facts.is_simple(split[0]):
                return None
            if key is None or probe is None:
                key, probe = split[0], split[1]
            elif not (key.deep_equals(split[0]) and probe.deep_equals(split[1])):
                return None
            passes = _PASSES[split[2]]
            node = node.orelse
        for place, passing in enumerate(passes):
            if passing and branches[place] is None:
                branches[place] = gain
    if key is None or probe is None:
        return None
    return key, probe, branches


def _gain(statement: cst.BaseSmallStatement | None) -> tuple[str, int] | None:
    """`("points", 2)` for `points += 2`, `("points", -1)` for `points -= 1`."""
    if statement is None or not m.matches(statement, m.AugAssign(
            target=m.Name(), operator=m.AddAssign() | m.SubtractAssign(), value=m.Integer())):
        return None
    assert isinstance(statement, cst.AugAssign)
    amount = cst.ensure_type(statement.value, cst.Integer).evaluated_value
    return (cst.ensure_type(statement.target, cst.Name).value,
            -amount if isinstance(statement.operator, cst.SubtractAssign) else amount)


def _int_counters(before: Sequence[cst.BaseStatement]) -> set[str]:
    """Names the assignments right before the loop leave holding an int literal (`points = 0`,
    `wins = ties = 0`): the run of plain assignments ending at the loop, the last binding counting."""
    held: dict[str, bool] = {}
    for statement in reversed(before):
        if not (isinstance(statement, cst.SimpleStatementLine) and len(statement.body) == 1
                and isinstance(statement.body[0], cst.Assign)):
            break
        assign = statement.body[0]
        for target in assign.targets:
            if isinstance(target.target, cst.Name):
                held.setdefault(target.target.value, isinstance(assign.value, cst.Integer))
            else:
                for name in facts.target_names(target.target):
                    held.setdefault(name, False)
    return {name for name, integer in held.items() if integer}


def _groups_stay(outer: cst.For | cst.While, loop: cst.For, function: cst.FunctionDef, local: set[str],
                 params: set[str], fresh: frozenset[str]) -> bool:
    """Whether every pass of `outer` meets the same group objects, unchanged: walked from a name the outer
    loop leaves alone, or bound there once by a plain read of one; nothing in the outer loop changes
    anything but containers the function made (directly, not an item of one), and none holds a group."""
    walked = loop.iter
    root = purity.root_name(walked) if isinstance(walked, (cst.Name, cst.Subscript, cst.Attribute)) else None
    if root is None or not purity.is_pure_expression(walked, local):
        return False
    bound_here = facts.bound_in(outer)
    if root in bound_here:
        bindings = [node for node in facts.walk(outer) if root in (
            facts.target_names(node.target) if isinstance(node, (cst.For, cst.CompFor))
            else facts.bound_in(node) if isinstance(node, (cst.Assign, cst.AugAssign, cst.AnnAssign, cst.NamedExpr,
                                                           cst.Del, cst.AsName))
            else facts.bound_otherwise(node))]
        binding = bindings[0] if len(bindings) == 1 else None
        if not (isinstance(binding, cst.Assign) and len(binding.targets) == 1
                and m.matches(binding.targets[0].target, m.Name(root))
                and isinstance(binding.value, (cst.Subscript, cst.Attribute))
                and purity.is_pure_expression(binding.value, local)):
            return False
        group, root = root, purity.root_name(binding.value)
        if root is None or root in bound_here or purity.may_change(outer, group, local, set()):
            return False
    if root in fresh and any(root in purity.exposed(arg.value) for call in m.findall(outer, m.Call())
                             for arg in cst.ensure_type(call, cst.Call).args):
        return False
    for _, target in facts.written(outer):
        if isinstance(target, cst.Attribute) or (isinstance(target, cst.Subscript)
                                                  and not isinstance(target.value, cst.Name)):
            return False  # an attribute or an item of an item: it could belong to a group's item
    return purity.unchanged_while_running(outer, root, function, params, fresh, local - params)


def _rewrite(function: cst.FunctionDef, ranking: _Ranking) -> cst.FunctionDef:
    taken = facts.names_in(function)
    walked = facts.code(ranking.loop.iter)
    label = facts.key_label(ranking.key)
    kept = facts.unused_name(taken, f"{purity.root_name(ranking.loop.iter)}_ranks")
    ranked, probe = facts.unused_name(taken, f"{label}_ranked"), facts.unused_name(taken, "probe")
    classes = [facts.unused_name(taken | {kept, ranked, probe}, word) for word in ("below", "level", "above")]
    others = f"{_OTHERS}({ranked}, {facts.code(ranking.skipped)})" if ranking.skipped is not None else f"{ranked}[0]"
    skipping = f", {facts.code(ranking.skipped)}, True" if ranking.skipped is not None else ""
    lines = [f"{', '.join(classes)} = {_COUNTS}({ranked}, {probe}{skipping})\n"]
    for counter, gains in ranking.gains.items():
        terms = [name if amount == 1 else f"-{name}" if amount == -1 else f"{amount} * {name}"
                 for amount, name in zip(gains, classes, strict=True) if amount]
        if terms:
            lines.append(f"{counter} += {' + '.join(terms)}\n")
    fast = "".join(f"    {line}" for line in lines)
    counted = cst.parse_statement(
        f"if {ranked} is not None and {others} and type({probe} := {facts.code(ranking.probe)}) in (int, float) "
        f"and {probe} == {probe}:\n{fast}else:\n    pass\n")
    assert isinstance(counted, cst.If) and isinstance(counted.orelse, cst.Else)
    counted = counted.with_changes(orelse=counted.orelse.with_changes(
        body=cst.IndentedBlock(body=[ranking.loop])))
    ranking_line = cst.parse_statement(
        f"{ranked} = {_KEYS}({walked}, lambda {ranking.item}: {facts.code(ranking.key)}, {kept})\n")
    new_outer = ranking.outer.visit(facts.ReplaceStatements({id(ranking.loop): [ranking_line, counted]}))
    assert isinstance(new_outer, (cst.For, cst.While))
    return facts.replace_statement(function, ranking.outer, [cst.parse_statement(f"{kept} = {{}}\n"), new_outer])
