"""Recipe: a helper the function's loop calls with the same text every time, which works something out
from that text alone on every call → that part kept per text for the call of the function.

    def _field(header: str, line: str, name: str) -> str:
        columns = [column.strip().lower() for column in header.split(",")]
        if name not in columns:
            raise ValueError(f"the export has no {name!r} column")
        values = line.split(",")
        ...

    def attendance_summary(export: str) -> dict[str, PupilAttendance]:
        header = lines[0]
        for number, line in enumerate(lines[1:], start=2):
            upn = _field(header, line, "upn")
            mark = _field(header, line, "mark").upper()
            ...

splits and lowercases the header again for every field of every line (holdout26/school_attendance,
studied after its blind run).  The function now makes a dict, `columns_by_header = {}`, and calls a copy
of the helper, `_field_keeping_columns(header, line, "upn", columns_by_header)`, which works the columns
out once per header text and reads them from the dict afterwards.

WHY THE SAME ANSWER.  The part kept is one assignment of the helper, `columns = <expression>`, whose
expression reads nothing but the parameter (`header`, never rebound in the helper) and builtins, and calls
only text methods and pure builtins: for the same text it makes an equal value, and working it out changes
nothing, so skipping it changes nothing either.  It is kept only where the argument is exactly a `str` (a
subclass may answer its methods otherwise); any other argument works it out as before.  Where working it
out raises, nothing is kept, and the next call raises again.  The value kept is a text, or a container of
texts and numbers (a split, a comprehension of such), which the helper only reads (`name in columns`,
`columns.index(name)`, `columns[i]`, `len(columns)`, a loop over it): every call sees what a fresh one
would hold, and nothing else ever sees it.  The dict is the function's own, made afresh on each call.
The part may also be a call of a helper whose answers may be kept by that text (`formats =
parse_formats(formats_text)`, see `purity.Trusted.text_keyed`; holdout27/address_labels, the country
format table parsed again for every address, studied after its blind run: 30x), its answer only read
(`call_cache.only_read`) where it is a container.

SHAPES.  A module function the function calls with plain positional arguments (all of them), one of them
the same in a loop or comprehension of the function (a name it does not bind, or a constant).  The helper
takes plain positional parameters only, that one unannotated or annotated `str`; the kept assignment is a
statement of its own body, bound once and not captured by a closure; its expression does work (a
comprehension, a split…).
Every call of the helper in the function goes to the copy.
"""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from dataclasses import dataclass

import libcst as cst
import libcst.matchers as m

from wattlens.optimize import call_cache, purity
from wattlens.optimize import cst_facts as facts

EXPLANATION = (
    "a helper called in a loop with the same text worked the same value out of that text on every call; "
    "the function now keeps that value per text for its call, and a copy of the helper reads it from there"
)

_BUILTINS = frozenset(dir(builtins))
# Methods of `str` answering a text, a number or a truth value.
_TEXT_ANSWERS = frozenset({
    "strip", "lstrip", "rstrip", "lower", "upper", "casefold", "title", "capitalize", "swapcase", "replace",
    "removeprefix", "removesuffix", "zfill", "center", "ljust", "rjust", "expandtabs", "join", "find", "rfind",
    "index", "rindex", "count", "startswith", "endswith", "isdigit", "isdecimal", "isnumeric", "isalpha",
    "isalnum", "isspace", "isupper", "islower", "istitle", "isidentifier", "isprintable", "isascii",
})
# Methods of `str` answering a new list or tuple of texts.
_TEXT_PARTS = frozenset({"split", "rsplit", "splitlines", "partition", "rpartition"})
_ATOM_BUILTINS = frozenset({"len", "int", "str", "float", "bool", "ord", "chr", "abs", "round"})
_CONTAINER_BUILTINS = frozenset({"list", "tuple", "set", "frozenset", "sorted"})
# Methods a kept container may be asked, which read it and keep nothing.
_READING_METHODS = frozenset({"index", "count", "get", "find", "rfind", "startswith", "endswith", "isdigit"})


@dataclass(frozen=True)
class _Plan:
    helper: str
    parameter: str
    kept: cst.SimpleStatementLine
    """the helper's statement binding the part kept"""
    name: str
    """the local it binds"""
    store: str
    """the function's dict of kept values"""
    copy: str
    calls: tuple[cst.Call, ...]


def keep_helper_parts(function: cst.FunctionDef) -> cst.FunctionDef | None:
    plan = _plan(function)
    if plan is None:
        return None
    replaced: dict[int, cst.CSTNode] = {
        id(call): call.with_changes(func=cst.Name(plan.copy), args=[
            *(arg.with_changes(comma=cst.MaybeSentinel.DEFAULT) for arg in call.args), cst.Arg(cst.Name(plan.store))])
        for call in plan.calls}
    rewritten = function.visit(facts.ReplaceNodes(replaced))
    assert isinstance(rewritten, cst.FunctionDef) and isinstance(rewritten.body, cst.IndentedBlock)
    body = list(rewritten.body.body)
    at = 1 if facts.docstring(rewritten) is not None else 0
    made = cst.parse_statement(f"{plan.store} = {{}}  # {plan.name} worked out by {plan.helper} per "
                               f"{plan.parameter} text\n")
    return rewritten.with_changes(body=rewritten.body.with_changes(body=[*body[:at], made, *body[at:]]))


def helper_copies(function: cst.FunctionDef) -> tuple[str, ...]:
    """The copy of the helper `keep_helper_parts(function)` calls, taking the dict last."""
    plan = _plan(function)
    if plan is None:
        return ()
    definition = purity.trusted().module_functions[plan.helper]
    binding = facts.single_binding(plan.kept)
    assert binding is not None
    name, value, parameter, store = plan.name, facts.code(binding[1]), plan.parameter, plan.store
    kept = cst.parse_module(
        f"if type({parameter}) is str and {parameter} in {store}:\n"
        f"    {name} = {store}[{parameter}]\n"
        f"else:\n"
        f"    {name} = {value}\n"
        f"    if type({parameter}) is str:\n"
        f"        {store}[{parameter}] = {name}\n").body[0]
    body = definition.body
    assert isinstance(body, cst.IndentedBlock)
    said = cst.parse_statement(f'"""`{plan.helper}`, with `{name}` kept per `{parameter}` text in `{store}`."""\n')
    statements = [kept.with_changes(leading_lines=plan.kept.leading_lines) if s is plan.kept else s
                  for s in body.body]
    if facts.docstring(definition) is not None:
        statements = statements[1:]
    params = definition.params
    # Every call of the copy hands every argument, so the copy takes no defaults (the dict comes last).
    taken = [param.with_changes(default=None, equal=cst.MaybeSentinel.DEFAULT, comma=cst.MaybeSentinel.DEFAULT)
             for param in params.params]
    copied = definition.with_changes(
        name=cst.Name(plan.copy), leading_lines=[],
        params=params.with_changes(params=[*taken, cst.Param(cst.Name(store))]),
        body=body.with_changes(body=[said, *statements]))
    return (facts.code(copied),)


# --- which helper, which part -------------------------------------------------------------------


def _plan(function: cst.FunctionDef) -> _Plan | None:
    trusted = purity.trusted()
    helpers = trusted.module_functions
    if not helpers or not isinstance(function.body, cst.IndentedBlock) or facts.calls_frame_readers(function):
        return None
    local = facts.local_names(function)
    loops = [node for node in facts.walk(function) if isinstance(node, (*facts.LOOPS, *purity.COMPREHENSIONS))]
    module_names = (set(helpers) | set(trusted.module_constants) | set(trusted.classes)
                    | set(trusted.import_sources) | set(trusted.module_names))
    for helper, definition in helpers.items():
        if helper == function.name.value or helper in local:
            continue
        calls = [call for call in m.findall(function, m.Call(func=m.Name(helper)))
                 if isinstance(call, cst.Call)]
        if not calls or any(not _plainly_handed(call, definition) for call in calls):
            continue
        for position, parameter, kept, name in _parts(definition, module_names):
            if any(_same_in_a_loop(call, position, loops) for call in calls):
                taken = (facts.names_in(function) | facts.names_in(definition) | module_names
                         | set(trusted.definitions))
                store = facts.unused_name(taken, f"{name}_by_{parameter}")
                copy = facts.unused_name(taken, f"{helper}_keeping_{name}")
                return _Plan(helper, parameter, kept, name, store, copy, tuple(calls))
    return None


def _plainly_handed(call: cst.Call, helper: cst.FunctionDef) -> bool:
    params = helper.params
    plain = (not params.posonly_params and not params.kwonly_params and params.star_kwarg is None
             and isinstance(params.star_arg, cst.MaybeSentinel))
    return plain and len(call.args) == len(params.params) and all(
        arg.keyword is None and not arg.star for arg in call.args)


def _same_in_a_loop(call: cst.Call, position: int, loops: Sequence[cst.CSTNode]) -> bool:
    """The argument at `position` is a constant text, or a name that a loop holding the call does not bind."""
    argument = call.args[position].value
    for loop in loops:
        if not any(node is call for part in _repeated_parts(loop) for node in facts.walk(part)):
            continue
        if isinstance(argument, cst.SimpleString):
            return True
        if isinstance(argument, cst.Name) and argument.value not in facts.bound_in(loop):
            return True
    return False


def _repeated_parts(loop: cst.CSTNode) -> tuple[cst.CSTNode, ...]:
    """What runs again and again: a loop's body (and a `while` loop's test), a comprehension (all of it but
    its first iterable, which does not hold the call where the comprehension is only walked once)."""
    if isinstance(loop, cst.For):
        return (loop.body,)
    if isinstance(loop, cst.While):
        return (loop.test, loop.body)
    return (loop,)


def _parts(helper: cst.FunctionDef, module_names: set[str]) -> list[tuple[int, str, cst.SimpleStatementLine, str]]:
    """The helper's assignments that may be kept per text: (the parameter's position, its name, the
    statement, the name it binds)."""
    body = helper.body
    if not isinstance(body, cst.IndentedBlock) or facts.calls_frame_readers(helper) or any(
            isinstance(node, (cst.Yield, cst.Await, cst.Global, cst.Nonlocal)) for node in facts.walk(helper)):
        return []
    local = facts.local_names(helper)
    shadowed = (local | module_names) - facts.all_parameters(helper)
    if "type" in shadowed or "str" in shadowed:
        return []
    rebound = facts.bound_in(body)
    found = []
    for position, param in enumerate(helper.params.params):
        parameter = param.name.value
        if parameter in rebound or param.default is not None or not (
                param.annotation is None or m.matches(param.annotation.annotation, m.Name("str"))):
            continue
        for statement in body.body:
            binding = facts.single_binding(statement)
            if binding is None or not isinstance(statement, cst.SimpleStatementLine):
                continue
            target, value = binding
            name = target.value
            if name == parameter or _bindings(helper, name) != 1 or facts.captured(list(body.body), name):
                continue
            keyed = _text_keyed_call(value, parameter, local)
            if keyed is not None:
                # A helper whose answers may be kept by text (`parse_formats(formats_text)`): a container it
                # answers must be only read, as `cache-by-text` requires (`call_cache.only_read`).
                if keyed in purity.trusted().text_keyed_containers and not call_cache.only_read(
                        cst.ensure_type(value, cst.Call), facts.parents(helper), shadowed - {keyed}, helper):
                    continue
                found.append((position, parameter, statement, name))
                break
            reads = purity.reads(value)
            if (reads != {parameter} | (reads & _BUILTINS) or reads & shadowed
                    or not purity.is_costly(value) or not purity.is_pure_expression(value, shadowed)):
                continue
            kind = _kind(value, {parameter}, shadowed)
            if kind is None or (kind == "container" and not _only_read(helper, name, target, shadowed)):
                continue
            found.append((position, parameter, statement, name))
            break
    return found


def _text_keyed_call(value: cst.BaseExpression, parameter: str, local: set[str]) -> str | None:
    """`f(parameter)`, where `f` is a callable whose answers may be kept by the text at that position
    (`purity.Trusted.text_keyed`): `f`."""
    if not m.matches(value, m.Call(func=m.Name(), args=[m.Arg(value=m.Name(parameter), keyword=None, star="")])):
        return None
    assert isinstance(value, cst.Call) and isinstance(value.func, cst.Name)
    called = value.func.value
    return called if called not in local and 0 in purity.trusted().text_keyed.get(called, frozenset()) else None


def _bindings(scope: cst.CSTNode, name: str) -> int:
    own = m.Name(name)
    direct = m.findall(scope, m.AssignTarget(target=own) | m.AnnAssign(target=own) | m.AugAssign(target=own)
                       | m.For(target=own) | m.Del(target=own) | m.NamedExpr(target=own) | m.CompFor(target=own)
                       | m.AsName(name=own))
    return len(direct) + (name in _unpacked(scope))


def _unpacked(scope: cst.CSTNode) -> set[str]:
    names: set[str] = set()
    for node in m.findall(scope, m.For(target=m.Tuple() | m.List()) | m.CompFor(target=m.Tuple() | m.List())
                          | m.AssignTarget(target=m.Tuple() | m.List())):
        assert isinstance(node, (cst.For, cst.CompFor, cst.AssignTarget))
        names |= facts.target_names(node.target)
    return names


def _kind(value: cst.BaseExpression, atoms: set[str], shadowed: set[str]) -> str | None:
    """"atom" for a text or number, "container" for a new list, tuple, set or dict of such; None otherwise."""
    if _atom(value, atoms, shadowed):
        return "atom"
    return "container" if _container_of_atoms(value, atoms, shadowed) else None


def _atom(value: cst.BaseExpression, atoms: set[str], shadowed: set[str]) -> bool:
    if isinstance(value, (cst.SimpleString, cst.Integer, cst.Float)):
        return True
    if isinstance(value, cst.Name):
        return value.value in atoms
    if isinstance(value, cst.BinaryOperation):
        return _atom(value.left, atoms, shadowed) and _atom(value.right, atoms, shadowed)
    if isinstance(value, cst.Call):
        func = value.func
        if isinstance(func, cst.Attribute):
            return func.attr.value in _TEXT_ANSWERS and _atom(func.value, atoms, shadowed)
        return isinstance(func, cst.Name) and func.value in _ATOM_BUILTINS and func.value not in shadowed
    return False


def _container_of_atoms(value: cst.BaseExpression, atoms: set[str], shadowed: set[str]) -> bool:
    if isinstance(value, cst.Call):
        func = value.func
        if isinstance(func, cst.Attribute):
            return func.attr.value in _TEXT_PARTS and _atom(func.value, atoms, shadowed)
        if isinstance(func, cst.Name) and func.value in _CONTAINER_BUILTINS and func.value not in shadowed \
                and len(value.args) == 1 and value.args[0].keyword is None and not value.args[0].star:
            return _container_of_atoms(value.args[0].value, atoms, shadowed)
        return False
    if isinstance(value, (cst.ListComp, cst.SetComp, cst.GeneratorExp, cst.DictComp)):
        inner = set(atoms)
        clause: cst.CompFor | None = value.for_in
        while clause is not None:
            walked = clause.iter
            target = clause.target
            if isinstance(walked, cst.Call) and m.matches(walked.func, m.Name("enumerate")) \
                    and "enumerate" not in shadowed and len(walked.args) == 1:
                walked = walked.args[0].value  # (its counts are numbers)
            elif not isinstance(target, cst.Name):
                return False
            if not _container_of_atoms(walked, inner, shadowed) or clause.asynchronous is not None:
                return False
            inner |= facts.names_in(target)
            clause = clause.inner_for_in
        parts = [value.key, value.value] if isinstance(value, cst.DictComp) else [value.elt]
        return all(_atom(part, inner, shadowed) for part in parts)
    return False


def _only_read(helper: cst.FunctionDef, name: str, target: cst.Name, shadowed: set[str]) -> bool:
    """Every use of the kept container reads it and keeps nothing of it but texts and numbers."""
    parents = facts.parents(helper)
    for use in facts.walk(helper.body):
        if not isinstance(use, cst.Name) or use.value != name or use is target or facts.not_a_variable(use, parents):
            continue
        if facts.read_only(use, parents, shadowed):
            continue
        method = parents.get(id(use))
        if isinstance(method, cst.Attribute) and method.value is use and method.attr.value in _READING_METHODS:
            called = parents.get(id(method))
            if isinstance(called, cst.Call) and called.func is method:
                continue
        return False
    return True
