"""Recipe: counting, on every pass of a loop, the items of one collection below (or above) a value.

    for runner in finishers:
        runner["place"] = 1 + sum(1 for other in finishers if other["net"] < runner["net"])

compares every pair: n² comparisons for n runners.  The keys are sorted once, on the first count,
and each count is a binary search:

    finishers_net_sorted = None  # …
    def finishers_net_below(probe):
        ...  # sorts the keys the first time; `bisect_left(keys, probe())` after that
    for runner in finishers:
        runner["place"] = 1 + finishers_net_below(lambda: runner["net"])

A count qualifies when it is `sum(1 for v in items if key < probe)` (or `<=`, `>`, `>=`, either side
first; or `len([v for v in items if key < probe])`, or `sum(key < probe for v in items)`) inside a
loop, where `items` is a local collection nothing in the loop rebinds or changes, the key reads only
the item and the probe no item, and both are pure.  A binary search answers exactly
what the comparisons did only in a total order, so the sorted keys are used only where every key is
an int or a float (no bool, no NaN) or every key is a str, and the probe is of the same kind;
otherwise the count is made as before, item by item.  The keys are computed once, in the
collection's order, when the first count runs (a key that raises raises there, on the same pass); an
empty collection still evaluates no probe.  Where the loop writes into the items (`runner["place"] =`),
it may not write what the key reads (`["net"]`): the sorted keys must stay what a new count would see.
"""

from __future__ import annotations

from dataclasses import dataclass

import libcst as cst
import libcst.matchers as m

from wattlens.optimize import cst_facts as facts
from wattlens.optimize import purity

EXPLANATION = (
    "the loop counts the items of a collection below a value on every pass, comparing them all each "
    "time; their keys are sorted once, on the first count, and each count is a binary search"
)

# For `key OP probe`: the count from the sorted keys' bisect positions (left, right) and their number.
_COUNTS = {
    "<": "bisect.bisect_left({keys}, {wanted})",
    "<=": "bisect.bisect_right({keys}, {wanted})",
    ">": "len({keys}) - bisect.bisect_right({keys}, {wanted})",
    ">=": "len({keys}) - bisect.bisect_left({keys}, {wanted})",
}
_MIRRORED = {"<": ">", "<=": ">=", ">": "<", ">=": "<=", "==": "==", "!=": "!="}


@dataclass(frozen=True)
class _Count:
    node: cst.Call
    """the `sum(...)` or `len(...)` call"""
    items: str
    item: cst.BaseAssignTargetExpression
    key: cst.BaseExpression
    probe: cst.BaseExpression
    operator: str
    """as `key OP probe`: `<`, `<=`, `>` or `>=`"""
    test: cst.Comparison
    """the comparison as written"""


def count_by_bisect(function: cst.FunctionDef) -> cst.FunctionDef | None:
    if not isinstance(function.body, cst.IndentedBlock):
        return None
    local = facts.local_names(function)
    if {"bisect", "len", "sorted", "type", "int", "float", "str", "all"} & local:
        return None  # names the rewrite calls, meaning something else here
    for loop in facts.own_loops(function):
        count = _first_count(loop, local)
        if count is not None:
            return _rewrite(function, loop, count)
    return None


def _first_count(loop: cst.For | cst.While, local: set[str]) -> _Count | None:
    loop_bound = facts.bound_in(loop)
    deferred = facts.deferred_nodes(loop.body)
    for node in facts.walk(loop.body):
        shape = _counting(node)
        if shape is None or id(node) in deferred:
            continue
        assert isinstance(node, cst.Call)
        if facts.code(node.func) in local:
            continue  # not the builtin `sum` or `len`
        clause, test = shape
        if clause.inner_for_in is not None or clause.asynchronous is not None:
            continue
        if not isinstance(clause.iter, cst.Name) or clause.iter.value not in local:
            continue
        items, names = clause.iter.value, purity.target_names(clause.target)
        if not names or not isinstance(test, cst.Comparison):
            continue
        split = split_comparison(test, names, local)
        if split is None or split[2] not in _COUNTS:
            continue
        key, probe, operator = split
        if items in loop_bound or purity.may_change(loop, items, local, loop_bound) or rewrites_key(loop, key):
            continue
        return _Count(node, items, clause.target, key, probe, operator, test)
    return None


def split_comparison(test: cst.Comparison, names: set[str] | frozenset[str],
                     local: set[str]) -> tuple[cst.BaseExpression, cst.BaseExpression, str] | None:
    """`(key, probe, OP)` for a single comparison `key OP probe` (either side first, the operator
    mirrored to match) where the key reads only `names` (an item's) and the probe none of them, both
    pure; None for anything else."""
    if len(test.comparisons) != 1:
        return None
    operator = facts.code(test.comparisons[0].operator).strip()
    if operator not in _MIRRORED:
        return None
    left, right = test.left, test.comparisons[0].comparator
    if purity.value_reads(left) and purity.value_reads(left) <= names and not purity.reads(right) & names:
        key, probe = left, right
    elif purity.value_reads(right) and purity.value_reads(right) <= names and not purity.reads(left) & names:
        key, probe, operator = right, left, _MIRRORED[operator]
    else:
        return None
    if not (purity.is_pure_expression(key, local) and purity.is_pure_expression(probe, local)):
        return None
    return key, probe, operator


def _counting(node: cst.CSTNode) -> tuple[cst.CompFor, cst.BaseExpression] | None:
    """The loop clause and the test of a count: `sum(1 for v in items if test)`,
    `len([v for v in items if test])` or `sum(test for v in items)` (True adds 1, False nothing)."""
    if not (isinstance(node, cst.Call) and len(node.args) == 1 and node.args[0].keyword is None
            and not node.args[0].star):
        return None
    made = node.args[0].value
    if m.matches(node.func, m.Name("sum")) and isinstance(made, cst.GeneratorExp):
        clause = made.for_in
        if m.matches(made.elt, m.Integer("1")) and len(clause.ifs) == 1:
            return clause, clause.ifs[0].test
        if not clause.ifs and isinstance(made.elt, cst.Comparison):
            return clause, made.elt
    if m.matches(node.func, m.Name("len")) and isinstance(made, cst.ListComp) and len(made.for_in.ifs) == 1 \
            and isinstance(made.elt, (cst.Name, cst.Integer)):
        return made.for_in, made.for_in.ifs[0].test  # each item that passes, or a number: nothing raises
    return None


def rewrites_key(loop: cst.For | cst.While, key: cst.BaseExpression) -> bool:
    """Whether the loop may write what the key reads of an item: an attribute or a literal item of
    the same name, or an item or attribute it cannot name (`row[field] = …`, a method of an item)."""
    read = {facts.key_label(part) for part in facts.walk(key) if isinstance(part, (cst.Attribute, cst.Subscript))}
    for _, target in facts.written(loop.body):
        if isinstance(target, (cst.Attribute, cst.Subscript)):
            label = facts.key_label(target)
            if label == "key" or label in read:
                return True
    return False


def _rewrite(function: cst.FunctionDef, loop: cst.For | cst.While, count: _Count) -> cst.FunctionDef:
    taken = facts.names_in(function)
    label = facts.key_label(count.key)
    keys = facts.unused_name(taken, f"{count.items}_{label}_sorted")
    counter = facts.unused_name(taken, f"{count.items}_{label}_counted")
    probe, wanted, kinds, entry = (facts.unused_name(taken, word) for word in ("probe", "wanted", "kinds", "entry"))
    own = {name: facts.unused_name(taken, name) for name in sorted(purity.target_names(count.item))}
    item, key = facts.renamed_code(count.item, own), facts.renamed_code(count.key, own)
    counted = _COUNTS[count.operator].format(keys=keys, wanted=wanted)
    # Otherwise the count as written, its items renamed and the probe asked again for every item (it is pure).
    asking = count.node.visit(facts.ReplaceNodes({id(count.probe): cst.parse_expression(f"{probe}()")}))
    fallback = facts.renamed_code(cst.ensure_type(asking, cst.Call), own)
    helper = (
        f"def {counter}({probe}):\n"
        f"    # how many items of {count.items} pass `{facts.code(count.test)}`: by a binary search in the\n"
        f"    # sorted keys where they are all plain numbers or all texts (a total order), else as before\n"
        f"    nonlocal {keys}\n"
        f"    if {keys} is None:\n"
        f"        {keys} = [{key} for {item} in {count.items}]\n"
        f"        {kinds} = {{type({entry}) for {entry} in {keys}}}\n"
        f"        if {kinds} <= {{int, float}} and all({entry} == {entry} for {entry} in {keys}) \\\n"
        f"                or {kinds} == {{str}}:\n"
        f"            {keys}.sort()\n"
        f"        else:\n"
        f"            {keys} = False\n"
        f"    if {keys} is not False:\n"
        f"        if not {keys}:\n"
        f"            return 0\n"
        f"        {wanted} = {probe}()\n"
        f"        if type({wanted}) is str if type({keys}[0]) is str else "
        f"type({wanted}) in (int, float) and {wanted} == {wanted}:\n"
        f"            return {counted}\n"
        f"    return {fallback}\n"
    )
    build = [cst.parse_statement(f"{keys} = None  # the keys of {count.items}, sorted on the first count\n"),
             cst.parse_statement(helper)]
    call = cst.parse_expression(f"{counter}(lambda: {facts.code(count.probe)})")
    new_loop = loop.visit(facts.ReplaceNodes({id(count.node): call}))
    assert isinstance(new_loop, (cst.For, cst.While))
    return facts.replace_statement(function, loop, [*build, new_loop])
