"""Recipe: a method building an attribute's text with `self.text += piece` in a loop → the text built in a
local variable, written back to the attribute when the method leaves.

    def render(self, transactions):
        self.text = self._record("H", ...)
        for tx in transactions:
            self.text += self._record("T", ...)
        return self.text

copies the whole text for every piece: CPython extends a text in place only when a local variable holds
the one reference to it, never an attribute (holdout3/bank_export).  The method now reads

        text = self._record("H", ...)
        try:
            for tx in transactions:
                text += self._record("T", ...)
            return text
        finally:
            self.text = text

`+=` meets the same objects in the same order, so it adds (or raises) as before, and the attribute ends
with what it held when the method left, by a `return` or an exception.

WHEN.  The method belongs to a class of the module with no bases, keywords or decorators other than
`dataclass`, no attribute hooks (`__getattr__`, `__setattr__`, …) and nothing of the text's name at class
level; the method takes `self` first, is no generator and holds no function or lambda.  A statement of
the method's own body sets `self.text = value`; `self.text` is not mentioned before it, nor deleted, and
`self.text += …` runs in a loop after it.  After it, nothing else may read the attribute while the method
runs: `self` is only reached through attributes (never handed on), and every method or property of the
class reached through `self` there mentions neither the attribute nor `self` bare, nor reaches a method
or property that does.
"""

from __future__ import annotations

import libcst as cst
import libcst.matchers as m

from wattlens.optimize import attribute_text, purity
from wattlens.optimize import cst_facts as facts

EXPLANATION = (
    "a method built an attribute's text with `self.text += piece` in a loop, copying the whole text for "
    "every piece (an attribute's text is never extended in place); it now builds it in a local variable, "
    "written back to the attribute when the method leaves"
)


def keep_attribute_local(function: cst.FunctionDef) -> cst.FunctionDef | None:
    known = _plain_class_members()
    if known is None or not isinstance(function.body, cst.IndentedBlock) or not attribute_text.plain_self(function) \
            or m.findall(function.body, m.Yield() | m.Await() | m.Lambda() | m.FunctionDef() | m.ClassDef()):
        return None
    members, class_level, unknown = known
    start = 1 if facts.docstring(function) is not None else 0
    statements = list(function.body.body)
    for index in range(start, len(statements)):
        attribute, value = _set(statements[index])
        if attribute is None or value is None or attribute in members or attribute in class_level \
                or _number(value):
            continue  # (a number is never extended in place: nothing to gain)
        before, after = cst.IndentedBlock(body=statements[start:index]), cst.IndentedBlock(body=statements[index + 1:])
        if attribute in _self_attributes(before) or not _added_in_a_loop(after, attribute) \
                or not _read_nowhere_else(after, attribute, members, unknown):
            continue
        local = facts.unused_name(facts.names_in(function), attribute.strip("_"))
        rest = after.visit(_AttributeToLocal(attribute, local))
        assert isinstance(rest, cst.IndentedBlock)
        kept = cst.parse_statement(f"{local} = {facts.code(value)}\n")
        guarded = cst.Try(body=rest, finalbody=cst.Finally(body=cst.IndentedBlock(
            body=[cst.parse_statement(f"self.{attribute} = {local}\n")])))
        return function.with_changes(body=function.body.with_changes(body=[*statements[:index], kept, guarded]))
    return None


def _plain_class_members() -> tuple[dict[str, cst.FunctionDef], set[str], set[str]] | None:
    """The methods and properties of the class being rewritten, by name, the names bound at its level
    otherwise, and those of them bound to anything but a constant (a descriptor, perhaps), where the
    class has no bases, hooks or decorators other than `dataclass`."""
    trusted = purity.trusted()
    known = trusted.classes.get(trusted.methods_of) if trusted.methods_of else None
    if known is None or known.source:
        return None
    cls = known.definition
    dataclass = m.Name("dataclass") | m.Attribute(m.Name("dataclasses"), m.Name("dataclass"))
    if cls.bases or cls.keywords or not isinstance(cls.body, cst.IndentedBlock) \
            or not all(m.matches(d.decorator, dataclass) for d in cls.decorators):
        return None
    body = cls.body.body
    bound = {n for s in body for n in facts.bound_in(s) | facts.bound_otherwise(s)}
    if bound & attribute_text.HOOKS:
        return None
    members = {s.name.value: s for s in body if isinstance(s, cst.FunctionDef)}
    unknown = {n for s in body if not isinstance(s, cst.FunctionDef) and not _constant_field(s)
               for n in facts.bound_in(s) | facts.bound_otherwise(s)}
    return members, bound - set(members), unknown


def _constant_field(statement: cst.BaseStatement) -> bool:
    """`name: int`, `name: int = 0`, `name = "x"` or a docstring."""
    line = statement.body[0] if isinstance(statement, cst.SimpleStatementLine) and len(statement.body) == 1 else None
    if isinstance(line, cst.AnnAssign):
        return line.value is None or facts.is_literal(line.value)
    if isinstance(line, cst.Assign):
        return facts.is_literal(line.value)
    return isinstance(line, cst.Expr) and isinstance(line.value, (cst.SimpleString, cst.ConcatenatedString))


def _number(value: cst.BaseExpression) -> bool:
    return isinstance(value, (cst.Integer, cst.Float)) or (
        isinstance(value, cst.UnaryOperation) and isinstance(value.expression, (cst.Integer, cst.Float)))


def _set(statement: cst.BaseStatement) -> tuple[str | None, cst.BaseExpression | None]:
    """(`x`, value) of `self.x = value`."""
    line = statement.body[0] if isinstance(statement, cst.SimpleStatementLine) and len(statement.body) == 1 else None
    if isinstance(line, cst.Assign) and len(line.targets) == 1 \
            and m.matches(line.targets[0].target, m.Attribute(value=m.Name("self"), attr=m.Name())):
        return cst.ensure_type(line.targets[0].target, cst.Attribute).attr.value, line.value
    return None, None


def _self_attributes(node: cst.CSTNode) -> set[str]:
    return {n.attr.value for n in facts.walk(node)
            if isinstance(n, cst.Attribute) and m.matches(n.value, m.Name("self"))}


def _added_in_a_loop(block: cst.IndentedBlock, attribute: str) -> bool:
    return any(attribute_text.addition(node, attribute) is not None
               for loop in facts.walk(block) if isinstance(loop, (cst.For, cst.While))
               for node in facts.walk(loop.body))


def _read_nowhere_else(block: cst.IndentedBlock, attribute: str, members: dict[str, cst.FunctionDef],
                       unknown: set[str]) -> bool:
    """`self` is reached only through attributes, the text is not deleted, and every member reached
    (a method, a property or a static method) reaches neither the text nor `self` bare, nor a member
    that does.  A name bound at class level otherwise could be a descriptor: it may not be reached."""
    parents = facts.parents(block)
    if any(isinstance(node, cst.Del) and attribute in _self_attributes(node) for node in facts.walk(block)):
        return False
    if not all(isinstance(parent := parents.get(id(mention)), cst.Attribute) and parent.value is mention
               for mention in facts.mentions(block, "self", parents)):
        return False
    seen: set[str] = set()
    reached = list(_self_attributes(block))
    while reached:
        name = reached.pop()
        if name in unknown:
            return False
        if name not in members or name in seen:
            continue
        seen.add(name)
        member = members[name]
        decorators = {facts.code(d.decorator) for d in member.decorators}
        if decorators == {"staticmethod"}:
            continue  # handed no `self`
        if decorators - {"property"} or not attribute_text.plain_self(member.with_changes(decorators=[])) \
                or attribute in _self_attributes(member):
            return False
        reached.extend(_self_attributes(member))
    return True


class _AttributeToLocal(cst.CSTTransformer):
    def __init__(self, attribute: str, local: str) -> None:
        self.attribute, self.local = attribute, local

    def leave_Attribute(self, original_node: cst.Attribute, updated_node: cst.Attribute) -> cst.BaseExpression:
        if m.matches(updated_node, m.Attribute(value=m.Name("self"), attr=m.Name(self.attribute))):
            return cst.Name(self.local)
        return updated_node
