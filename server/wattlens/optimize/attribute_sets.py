"""Recipe: membership in lists held by objects' attributes, which the function only appends to → a set
kept beside each list, asked instead.

    for record in records:
        for term in record_terms(record, facet):
            value = values[keys.index(term.casefold())]
            if record.object_number not in value.objects:     # scans every object filed so far
                value.objects.append(record.object_number)
                value.count += 1

scans a list that grows to thousands of accession numbers for every term of every record (holdout19/
museum_facets, studied after its blind run).  The rewrite keeps, for the length of one call, a set for each
such list it meets, made from the list the first time it is asked about and added to at every append:

    objects_sets = {}
    ...
            if record.object_number not in (_set_kept_beside(objects_sets, value.objects)
                                            if type(value.objects) is list else value.objects):
                value.objects.append(record.object_number)
                if type(value.objects) is list:
                    _set_kept_beside(objects_sets, value.objects).add(record.object_number)

The sets are filed by the identity of the list itself, and the list is kept beside its set (so its id is
never another's while the call runs): two objects sharing one list share its set too.  Only a list is
asked through a set (a text's `in` finds substrings; any other type is asked as before).

WHEN.  Every mention of the attribute in the function is a membership test of it, an `.append(v)`
statement on it (`owner.attr`, the owner a name or a chain of attributes) or part of what a `return` hands
back, with a test inside a loop;
nothing else can change such a list while the function runs, so its set stays equal to it: apart from those
appends every call is pure (see `call_cache`), items are written only into containers the function made,
attributes only set (`=`, or `+=` of a number, which cannot extend a list), and no container the function
made is handed to a call other than a builtin that only reads it (a record made with it could hold it as its
list).  Hashable items are assumed, as in the other set recipes; the verifier checks.
"""

from __future__ import annotations

import libcst as cst
import libcst.matchers as m

from wattlens.optimize import call_cache, purity
from wattlens.optimize import cst_facts as facts

EXPLANATION = (
    "membership tests scanned lists held by objects' attributes, which the function only appends to; a set "
    "kept beside each list, made from it when first asked and updated at every append, answers at once"
)
HELPER = "_set_kept_beside"
_READING_BUILTINS = frozenset({"len", "sorted", "list", "tuple", "set", "frozenset", "sum", "min", "max", "any",
                               "all", "enumerate", "reversed", "zip", "iter", "dict"})


def keep_sets_beside(function: cst.FunctionDef) -> cst.FunctionDef | None:
    if not isinstance(function.body, cst.IndentedBlock) or HELPER in facts.names_in(function):
        return None
    for attribute in _tested_attributes(function):
        appends = _appends(function, attribute)
        if appends is None or not _nothing_else_changes_lists(function, appends):
            continue
        sets = facts.fresh_name(function, f"{attribute.strip('_')}_sets")
        body = function.body.visit(_AskSets(attribute, sets, {id(s) for s in appends}))
        assert isinstance(body, cst.IndentedBlock)
        start = 1 if facts.docstring(function) is not None else 0
        made = cst.parse_statement(f"{sets}: dict[int, tuple[list, set]] = {{}}\n")
        return function.with_changes(body=body.with_changes(body=[*body.body[:start], made, *body.body[start:]]))
    return None


def companions(function: cst.FunctionDef) -> tuple[str, ...]:
    return (f"def {HELPER}(sets, items):\n"
            f'    """The set kept beside the list `items` (made from it when first asked for)."""\n'
            f"    kept = sets.get(object.__hash__(items))\n"
            f"    if kept is None:  # the list is held beside its set, so its id stays its own\n"
            f"        kept = sets[object.__hash__(items)] = (items, set(items))\n"
            f"    return kept[1]\n",)


def _tested_attributes(function: cst.FunctionDef) -> list[str]:
    """Attributes tested for membership inside a loop (`x not in value.objects`)."""
    found: dict[str, None] = {}
    for loop in facts.own_loops(function):
        for target in m.findall(loop.body, m.ComparisonTarget(operator=m.In() | m.NotIn(),
                                                              comparator=m.Attribute())):
            assert isinstance(target, cst.ComparisonTarget) and isinstance(target.comparator, cst.Attribute)
            if facts.is_simple(target.comparator):
                found[target.comparator.attr.value] = None
    return list(found)


def _appends(function: cst.FunctionDef, attribute: str) -> list[cst.SimpleStatementLine] | None:
    """The `owner.attribute.append(v)` statements, where every mention of the attribute is such a
    statement's or a membership test's (None otherwise, or where there is no append)."""
    returned = 0  # what a `return` hands back: nothing of the function runs after it (unless a `finally`)
    if not m.findall(function.body, m.Try(finalbody=m.Finally()) | m.TryStar(finalbody=m.Finally())):
        returned = sum(len(m.findall(r, m.Attribute(attr=m.Name(attribute))))
                       for r in m.findall(function.body, m.Return()))
    mentions = m.findall(function.body, m.Attribute(attr=m.Name(attribute)))
    tests = m.findall(function.body, m.ComparisonTarget(operator=m.In() | m.NotIn(),
                                                        comparator=m.Attribute(attr=m.Name(attribute))))
    appends = [s for s in m.findall(function.body, m.SimpleStatementLine(body=[m.Expr(value=m.Call(
        func=m.Attribute(value=m.Attribute(attr=m.Name(attribute)), attr=m.Name("append")),
        args=[m.Arg(keyword=None, star="")]))]))]
    if not appends or len(mentions) != len(tests) + len(appends) + returned:
        return None
    lists = [_appended_list(s) for s in appends] + [t.comparator for t in tests if isinstance(t, cst.ComparisonTarget)]
    if not all(facts.is_simple(each) for each in lists):
        return None
    return [s for s in appends if isinstance(s, cst.SimpleStatementLine)]


def _appended_list(statement: cst.CSTNode) -> cst.BaseExpression:
    assert isinstance(statement, cst.SimpleStatementLine) and isinstance(statement.body[0], cst.Expr)
    call = statement.body[0].value
    assert isinstance(call, cst.Call) and isinstance(call.func, cst.Attribute)
    return call.func.value


def _nothing_else_changes_lists(function: cst.FunctionDef, appends: list[cst.SimpleStatementLine]) -> bool:
    """Apart from `appends`, the function changes no list it did not make, and hands none it made to a
    call that could keep it (see the module's notes)."""
    if m.findall(function.body, m.Yield() | m.Await() | m.Global() | m.Nonlocal() | m.FunctionDef()
                 | m.ClassDef()):
        return False
    rest = function.body.visit(facts.ReplaceNodes({id(s): cst.SimpleStatementLine(body=[cst.Pass()])
                                                   for s in appends}))
    assert isinstance(rest, cst.IndentedBlock)
    shadowed = facts.bound_in(rest) | facts.parameters(function)
    owned = purity.fresh_containers(rest, facts.parameters(function))
    owned |= purity.filled_fresh(rest, owned)
    parents = facts.parents(rest)
    for call in m.findall(rest, m.Call()):
        assert isinstance(call, cst.Call)
        if _reading(call, shadowed):
            continue
        for arg in call.args:
            for name in facts.walk(arg.value):
                if isinstance(name, cst.Name) and name.value in owned and not (
                        isinstance(holder := parents.get(id(parents.get(id(name)))), cst.Call)
                        and _reading(holder, shadowed)):
                    return False  # a container of its own handed on: a record made with it would hold it
    attributes = [(statement, target) for statement, target in facts.written(rest) if isinstance(target, cst.Attribute)]
    for statement, _ in attributes:
        if isinstance(statement, cst.AugAssign) and not isinstance(statement.value, (cst.Integer, cst.Float)):
            return False  # `+=` of a list would extend one
    if not all(isinstance(statement, (cst.Assign, cst.AugAssign, cst.AnnAssign)) for statement, _ in attributes):
        return False
    others = rest.visit(_AttributeWritesDropped())
    assert isinstance(others, cst.IndentedBlock)
    return call_cache.changes_only_owned(others, {}, shadowed, owned)


def _reading(call: cst.Call, shadowed: set[str]) -> bool:
    """`len(xs)`, `sorted(xs)`: a builtin that reads what it is handed and keeps none of it."""
    return isinstance(call.func, cst.Name) and call.func.value in _READING_BUILTINS and call.func.value not in shadowed


class _AttributeWritesDropped(cst.CSTTransformer):
    """Statements setting an attribute become `pass` (judged apart: they cannot change a list)."""

    def leave_SimpleStatementLine(self, original_node: cst.SimpleStatementLine,
                                  updated_node: cst.SimpleStatementLine) -> cst.SimpleStatementLine:
        setting = any(isinstance(small, (cst.Assign, cst.AugAssign, cst.AnnAssign)) and any(
            isinstance(target, cst.Attribute) for _, target in facts.written(small)) for small in updated_node.body)
        if setting and not m.findall(updated_node, m.Call()):
            return updated_node.with_changes(body=[cst.Pass()])
        return updated_node


class _AskSets(cst.CSTTransformer):
    def __init__(self, attribute: str, sets: str, appends: set[int]) -> None:
        self.attribute, self.sets, self.appends = attribute, sets, appends

    def leave_ComparisonTarget(self, original_node: cst.ComparisonTarget,
                               updated_node: cst.ComparisonTarget) -> cst.ComparisonTarget:
        comparator = updated_node.comparator
        if not (isinstance(updated_node.operator, (cst.In, cst.NotIn)) and m.matches(
                comparator, m.Attribute(attr=m.Name(self.attribute)))):
            return updated_node
        items = facts.code(comparator)
        return updated_node.with_changes(comparator=cst.parse_expression(
            f"({HELPER}({self.sets}, {items}) if type({items}) is list else {items})"))

    def leave_SimpleStatementLine(
        self, original_node: cst.SimpleStatementLine, updated_node: cst.SimpleStatementLine
    ) -> cst.BaseStatement | cst.FlattenSentinel[cst.BaseStatement]:
        if id(original_node) not in self.appends:
            return updated_node
        items = facts.code(_appended_list(original_node))
        expr = original_node.body[0]
        assert isinstance(expr, cst.Expr) and isinstance(expr.value, cst.Call)
        item = expr.value.args[0].value
        added = facts.code(item) if facts.is_simple(item) else f"{items}[-1]"
        return cst.FlattenSentinel([updated_node, cst.parse_statement(
            f"if type({items}) is list:\n    {HELPER}({self.sets}, {items}).add({added})\n")])
