"""Recipe: a property that hands out a copy of an attribute (`return list(self._records)`), read again
and again by a function that only looks into the copy → the copy made once and read from there.

    class TurbineLog:
        @property
        def records(self) -> list[TenMinuteRecord]:
            return list(self._records)

    def monthly_availability(log: TurbineLog, ...):
        for i in range(len(log.records)):
            record = log.records[i]
            if i and log.records[i - 1].minute == record.minute:

copies the whole list two or three times for every record: quadratic (holdout28/wind_availability,
studied after its blind run).  The function now makes the copy once, before the first statement that
reads it, and reads that:

        try:
            log_records = log.records if type(log) is TurbineLog else None
        except Exception:
            log_records = None  # the property raises where it is read, as before
        for i in range(len(log_records if log_records is not None else log.records)):
            record = (log_records if log_records is not None else log.records)[i]

WHY THE SAME ANSWER.  The property copies one attribute of the object (`list(self._x)`, `tuple(...)`,
`dict(...)`, `self._x[:]`, `self._x.copy()`), so every read makes an equal container holding the same
items, provided the attribute does not change in between: the function never rebinds the parameter nor
changes the object (no method of it called, nothing of it assigned, it is handed to no call that could),
and every call from the copy's first read to its last is pure (`call_cache.changes_nothing_read`).  The
copy is only looked into: indexed (`log.records[i]`), measured, walked, searched (`in`, `.index`,
`.count`), never changed, kept or handed on, so sharing one copy cannot be seen.  It is made only for an
object of exactly the annotated class (a subclass may compute the property otherwise), and where making
it raises, every read makes its own, as before.  The class has no attribute hooks.
"""

from __future__ import annotations

from dataclasses import dataclass

import libcst as cst
import libcst.matchers as m

from wattlens.optimize import call_cache, purity
from wattlens.optimize import cst_facts as facts

EXPLANATION = (
    "a property handing out a copy of an attribute was read again and again, copying it each time; the "
    "function now makes the copy once and reads it from there"
)

_COPIERS = frozenset({"list", "tuple", "dict", "set", "frozenset"})
_HOOKS = frozenset({"__getattr__", "__getattribute__", "__setattr__", "__delattr__"})
# Methods of a list, tuple or dict that only read it.
_READING = frozenset({"index", "count", "get", "keys", "values", "items"})
# Builtins that only read what they are handed, or make something new of its items.
_READERS = frozenset({"len", "sorted", "sum", "min", "max", "any", "all", "enumerate", "reversed", "zip", "list",
                      "tuple", "set", "frozenset", "dict"})


@dataclass(frozen=True)
class _Plan:
    parameter: str
    cls: str
    prop: str
    local: str
    reads: tuple[cst.Attribute, ...]
    bare: tuple[bool, ...]
    """for each read, whether it stands alone (an argument, what a `for` statement walks), needing no parentheses"""


def read_copies_once(function: cst.FunctionDef) -> cst.FunctionDef | None:
    plans = _plans(function)
    if not plans or not isinstance(function.body, cst.IndentedBlock):
        return None
    replaced: dict[int, cst.CSTNode] = {}
    made: dict[int, list[cst.BaseStatement]] = {}
    for plan in plans:
        for read, bare in zip(plan.reads, plan.bare, strict=True):
            either = f"{plan.local} if {plan.local} is not None else {facts.code(read)}"
            replaced[id(read)] = cst.parse_expression(either if bare else f"({either})")
        first = next(s for s in function.body.body if any(n is r for r in plan.reads for n in facts.walk(s)))
        made.setdefault(id(first), []).append(cst.parse_statement(
            f"try:\n"
            f"    {plan.local} = {plan.parameter}.{plan.prop} if type({plan.parameter}) is {plan.cls} else None\n"
            f"except Exception:\n"
            f"    {plan.local} = None  # the property raises where it is read, as before\n"))
    body = function.body.visit(facts.ReplaceNodes(replaced))
    assert isinstance(body, cst.IndentedBlock)
    statements: list[cst.BaseStatement] = []
    for original, new in zip(function.body.body, body.body, strict=True):
        statements += [*made.get(id(original), []), new]
    return function.with_changes(body=body.with_changes(body=statements))


def _plans(function: cst.FunctionDef) -> list[_Plan]:
    classes = purity.trusted().classes
    if not classes or not isinstance(function.body, cst.IndentedBlock) or facts.calls_frame_readers(function):
        return []
    # The parameters annotated with a class of the project that has copying properties (most have none, and
    # the analysis below is then skipped).
    annotated = {param.name.value: param.annotation.annotation for param in function.params.params
                 if param.annotation is not None}
    copying = {name: (annotation.value, found) for name, annotation in annotated.items()
               if isinstance(annotation, cst.Name) and annotation.value in classes
               and (found := _copying_properties(classes[annotation.value].definition))}
    if not copying:
        return []
    parents = facts.parents(function.body)
    local = facts.local_names(function) | facts.all_parameters(function)
    bound = facts.bound_anywhere(function.body)
    taken = facts.names_in(function) | set(classes)
    plans: list[_Plan] = []
    for name, (cls, properties) in copying.items():
        reads = [a for a in facts.walk(function.body) if isinstance(a, cst.Attribute)
                 and m.matches(a.value, m.Name(name)) and a.attr.value in properties]
        if not reads or name in bound or purity.may_change(function.body, name, local, bound):
            continue
        for prop in sorted({read.attr.value for read in reads}):
            looked_into = tuple(read for read in reads if read.attr.value == prop)
            if len(looked_into) < 2 or not all(_only_looked_into(read, parents) for read in looked_into):
                continue
            if not call_cache.changes_nothing_read(function, {}, kept=looked_into):
                continue
            kept = facts.unused_name(taken, f"{name}_{prop}".lstrip("_"))
            taken.add(kept)
            bare = tuple(isinstance(parents.get(id(read)), (cst.Arg, cst.For)) for read in looked_into)
            plans.append(_Plan(name, cls, prop, kept, looked_into, bare))
    return plans


def _copying_properties(cls: cst.ClassDef) -> set[str]:
    """The properties of `cls` whose body is `return <a copy of one attribute of self>`."""
    members = [s for s in cls.body.body if isinstance(s, cst.FunctionDef)]
    if any(member.name.value in _HOOKS for member in members):
        return set()
    found: set[str] = set()
    for member in members:
        params = member.params
        if len(member.decorators) != 1 or not m.matches(member.decorators[0].decorator, m.Name("property")) \
                or len(params.params) != 1 or params.star_arg != cst.MaybeSentinel.DEFAULT \
                or params.kwonly_params or params.star_kwarg is not None:
            continue
        statements = facts.after_docstring(member)
        copied = _copy_of_attribute(params.params[0].name.value)
        if len(statements) == 1 and m.matches(statements[0], m.SimpleStatementLine(body=[m.Return(value=copied)])):
            found.add(member.name.value)
    return found


def _copy_of_attribute(this: str) -> m.OneOf[m.BaseExpression]:
    """Matches `list(self.x)` (or tuple, dict, set, frozenset), `self.x[:]`, `self.x.copy()`."""
    field = m.Attribute(value=m.Name(this), attr=m.Name())
    copier = m.OneOf(*(m.Name(name) for name in _COPIERS))
    return (m.Call(func=copier, args=[m.Arg(value=field, keyword=None, star="")])
            | m.Subscript(value=field, slice=[m.SubscriptElement(slice=m.Slice(lower=None, upper=None, step=None))])
            | m.Call(func=m.Attribute(value=field, attr=m.Name("copy")), args=[]))


def _only_looked_into(read: cst.Attribute, parents: dict[int, cst.CSTNode]) -> bool:
    """The copy read at `read` is indexed, measured, walked or searched, never changed, kept or handed on."""
    parent = parents.get(id(read))
    grand = parents.get(id(parent)) if parent is not None else None
    if isinstance(parent, cst.Subscript) and parent.value is read:
        return not facts.in_a_target(parent, parents)  # an item: the copy's own, the same object as before
    if isinstance(parent, cst.Attribute) and parent.value is read:
        return parent.attr.value in _READING and isinstance(grand, cst.Call) and grand.func is parent
    if isinstance(parent, (cst.For, cst.CompFor)) and parent.iter is read:
        return True
    if isinstance(parent, cst.ComparisonTarget) and parent.comparator is read:
        return isinstance(parent.operator, (cst.In, cst.NotIn))
    if isinstance(parent, cst.Arg) and parent.value is read and not parent.keyword and isinstance(grand, cst.Call):
        return m.matches(grand.func, m.Name()) and cst.ensure_type(grand.func, cst.Name).value in _READERS
    return False
