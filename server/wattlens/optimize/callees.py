"""Which names of the module being rewritten may be called like a pure builtin.

A recipe that moves a call (out of a loop) must know that the call changes nothing and
hands back a new value each time.  For builtins that is a fixed list (`purity`); a
project's own helper called in a hot loop (`rates = parse_rate_card(card)` on every
pass) is judged here from its body, in the same module, so the recipe can do the call
once:

- a plain module-level function (no decorator, not async, defined once) whose calls
  are all trusted (builtins, known methods, module functions such as `csv.reader`,
  other trusted names, methods of containers it built itself), which assigns no item or
  attribute of anything it did not build, declares nothing `global`, and reads no
  module variable other than UPPER_CASE constants, imported names and trusted names;
- whose every `return` hands back a value it made (a container it built, a number it
  computed), never one of its arguments or a module constant, so moving the call cannot
  share one object between passes that each had their own;
- a record class (a dataclass or NamedTuple with no `__init__`, `__post_init__` or
  `__new__` of its own), whose construction only stores its arguments;
- a name imported from `purity.PURE_MODULE_FUNCTIONS` (`from decimal import Decimal`).

Functions that call each other are judged together (the largest set that holds up).
This is syntax, not proof: a module that rebinds its own functions at run time, or a
callee reading a constant that the loop changes, can fool it, and the verifier is what
catches that.
"""

from __future__ import annotations

import builtins
import dataclasses
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import libcst as cst
import libcst.matchers as m

from wattlens.analysis.target import function_at
from wattlens.optimize import cst_facts as facts
from wattlens.optimize import purity, sealed_constants

_BUILTIN_NAMES = frozenset(dir(builtins))
_ARITHMETIC = (cst.AddAssign, cst.SubtractAssign, cst.MultiplyAssign, cst.FloorDivideAssign, cst.DivideAssign,
               cst.ModuloAssign, cst.PowerAssign)
_RECORD_BASES = frozenset({"NamedTuple", "typing.NamedTuple"})
_RECORD_DECORATORS = frozenset({"dataclass", "dataclasses.dataclass"})
_CONSTRUCTION_HOOKS = frozenset({"__init__", "__post_init__", "__new__", "__init_subclass__"})
# Annotations of values nobody can change, and of containers whose items are what they say.
_IMMUTABLE = frozenset({"str", "int", "float", "bool", "bytes", "complex", "None", "Decimal", "Fraction",
                        "datetime.date", "datetime.datetime", "datetime.time", "datetime.timedelta"})
# `from datetime import date` and the like, as annotations
_DATETIME_NAMES = frozenset({"date", "datetime", "time", "timedelta"})
_CONTAINERS = frozenset({"dict", "list", "set", "tuple", "frozenset", "Dict", "List", "Set", "Tuple",
                         "FrozenSet", "Mapping", "Sequence", "AbstractSet", "Iterable", "Collection",
                         "typing.Dict", "typing.List", "typing.Mapping", "typing.Sequence"})
_NEW_CONTAINERS = (cst.ListComp, cst.SetComp, cst.DictComp, cst.List, cst.Set, cst.Dict)
# Statements whose effects reach past the function or its own values.
_FORBIDDEN = (cst.Global, cst.Nonlocal, cst.Yield, cst.Await, cst.NamedExpr, cst.FunctionDef, cst.ClassDef,
              cst.With, cst.Import, cst.ImportFrom)
# (`del` of a local or of an item of a container it made is judged as any other write)


def trusted_in(module: cst.Module, project: ProjectModules | None = None) -> purity.Trusted:
    """The module's names that `purity` may treat as pure calls while one of its functions is rewritten;
    with `project`, also the functions it imports from the project's other modules that are judged pure
    there (`from surveyclean.text import normalize_text`)."""
    bound_once = bound_once_at_top(module)
    from_project = _project_imports(module, project) if project is not None else purity.Trusted()
    pure_imports = _pure_imports(module)
    imported = (pure_imports | from_project.pure) & bound_once
    records = frozenset(
        s.name.value for s in module.body if isinstance(s, cst.ClassDef) and _is_record(s)) & bound_once
    records |= _plain_exceptions(module) & bound_once
    classes = {**{name: found for name, found in from_project.classes.items() if name in bound_once},
               **{s.name.value: purity.KnownClass(s, module, "", None, {}) for s in module.body
                  if isinstance(s, cst.ClassDef) and s.name.value in bound_once}}
    class_names = set(classes)
    open_records = {s.name.value: s for s in module.body
                    if isinstance(s, cst.ClassDef) and s.name.value in records and _is_open_record(s)}
    functions = {s.name.value: s for s in module.body
                 if isinstance(s, cst.FunctionDef) and s.name.value in bound_once
                 and not s.decorators and s.asynchronous is None}
    modules = _imported(module) & bound_once
    aliases = _module_aliases(module, bound_once)
    module_names = frozenset(name for statement in module.body for node in m.findall(statement, m.Import())
                             for alias in m.findall(node, m.ImportAlias())
                             for name in facts.bound_in(node) | facts.bound_otherwise(alias))
    patterns = _compiled_patterns(module, bound_once, aliases)
    pure = set(functions)
    while True:  # drop functions that fail while their callees are assumed pure, until none does
        trusted = purity.Trusted(pure=frozenset(pure) | imported | records, module_aliases=aliases,
                                 module_names=module_names,
                                 patterns=patterns, open_records=frozenset(open_records), classes=classes)
        failing = {name for name in pure if not _is_pure(functions[name], trusted, modules)}
        if not failing:
            break
        pure -= failing
    costly: set[str] = set(from_project.costly & imported)
    while True:  # costly: does work itself, or calls a costly trusted function
        grown = {name for name in pure if name not in costly and _is_costly(functions[name], costly)}
        if not grown:
            break
        costly |= grown
    frozen = {s.name.value: _fields(s) for s in module.body
              if isinstance(s, cst.ClassDef) and s.name.value in records and _is_frozen_record(s)}
    immutable = _IMMUTABLE | imported | _immutable_imports(module, bound_once) | frozenset(frozen)
    parts = frozenset(name for name in pure if _returns_immutable_parts(functions[name], immutable))
    whole = frozenset(name for name in pure if _returns_immutable(functions[name], immutable))
    returns = {name: single for name in pure if (single := _single_return(functions[name])) is not None}
    answers = {name: answer for name in pure
               if (answer := _record_answer(functions[name], open_records, immutable)) is not None}
    nested = frozenset(name for name in pure if name not in parts | whole | set(answers)
                       and _does_work(functions[name]) and _returns_new_container(functions[name], patterns))
    # `object()` changes nothing, but each call's answer is a new identity, never to be shared: a
    # function making one may run beside a kept answer, not be kept itself.
    readers: frozenset[str] = frozenset(from_project.readers & bound_once)
    while True:  # a function calling only pure functions and readers changes nothing either
        harmless = purity.Trusted(pure=frozenset(pure) | imported | records | readers | {"object"},
                                  module_aliases=aliases, module_names=module_names, patterns=patterns)
        more = readers | frozenset(name for name, function in functions.items() if name not in pure
                                   and not m.findall(function.body, m.FunctionDef())
                                   and _is_pure(function, harmless, modules, generator=True))
        if more == readers:
            break
        readers = more
    imported_membership = {name: at for name, at in from_project.membership_only.items() if name in imported}
    membership = {**imported_membership, **_membership_only({name: functions[name] for name in pure},
                                                            imported_membership)}
    constants = _immutable_constants(module, bound_once)
    fixed = (pure_imports | frozenset(aliases) | (modules & frozenset(purity.PURE_MODULE_FUNCTIONS))
             | records | constants | patterns | _sealed_read(module, bound_once, pure, functions, project)
             ) & bound_once
    # (judged over every pure function: a costly one may call cheap ones, `easter_sunday(year)`)
    stable = _stable({name: functions[name] for name in pure}, fixed) & costly
    return purity.Trusted(
        pure=frozenset(pure) | imported | records, costly=frozenset(costly),
        immutable_parts=parts | (from_project.immutable_parts & imported),
        immutable_results=whole | (from_project.immutable_results & imported),
        returns=returns, parameters={name: _positional(functions[name]) for name in returns},
        module_aliases=aliases, module_names=module_names, module_constants=_module_constants(module, bound_once),
        patterns=patterns, readers=readers,
        membership_only=membership,
        stable={**{name: answer for name, answer in from_project.stable.items() if name in imported},
                **{name: _annotation(functions[name]) for name in stable}}, constants=constants,
        definitions={name: functions[name] for name in pure},
        reader_definitions={name: functions[name] for name in readers if name in functions},
        frozen_records={**{name: fields for name, fields in from_project.frozen_records.items() if name in imported},
                        **frozen},
        imported={name: found for name, found in from_project.imported.items() if name in imported},
        imported_readers={name: found for name, found in from_project.imported_readers.items()
                          if name in readers},
        open_records=frozenset(open_records),
        identity_positions={name: at for name in pure if (at := frozenset(
            i for i, param in enumerate(functions[name].params.params) if param.annotation is not None
            and isinstance(param.annotation.annotation, cst.Name) and param.default is None
            and param.annotation.annotation.value in class_names))},
        classes=classes, module_functions=functions, import_sources=_import_sources(module, bound_once),
        type_aliases=_type_aliases(module, bound_once),
        record_answers={**{name: found for name, found in from_project.record_answers.items() if name in imported},
                        **answers},
        nested_answers=nested | (from_project.nested_answers & imported),
        running_totals={name: total for name in pure
                        if (total := _running_total(functions[name]) or _running_state(functions[name])) is not None})


def _running_total(function: cst.FunctionDef) -> purity.RunningTotal | None:
    """`function` as a running total: after its docstring, `total = <number>`, then
    `for i in range([start, ]index [+ 1]): total += <term>` and `return total`, where the term reads
    neither the total nor anything the function binds but the counter."""
    params = function.params
    if not _plainly_positional(function) or params.posonly_params:
        return None
    statements = facts.after_docstring(function)
    if len(statements) != 3:
        return None
    first, loop, last = statements
    bound = facts.single_binding(first)
    if bound is None or not isinstance(bound[1], (cst.Integer, cst.Float)) or not isinstance(loop, cst.For) \
            or loop.orelse is not None or not isinstance(loop.target, cst.Name) or loop.asynchronous is not None:
        return None
    total, counter = bound[0].value, loop.target.value
    if not m.matches(last, m.SimpleStatementLine(body=[m.Return(value=m.Name(total))])):
        return None
    body = loop.body.body if isinstance(loop.body, cst.IndentedBlock) else ()
    if len(body) != 1 or not m.matches(body[0], m.SimpleStatementLine(body=[m.AugAssign(
            target=m.Name(total), operator=m.AddAssign())])):
        return None
    step = cst.ensure_type(cst.ensure_type(body[0], cst.SimpleStatementLine).body[0], cst.AugAssign)
    names = [p.name.value for p in params.params]
    span = _range_to_parameter(loop.iter, names)
    if span is None:
        return None
    start, index, past = span
    if purity.reads(step.value) & (facts.bound_in(function.body) - {counter}) or counter in names:
        return None
    return purity.RunningTotal(parameters=tuple(names), index=index, start=start, past_index=past,
                               initial=facts.code(bound[1]), counter=counter, term=facts.code(step.value))


_PLAIN_VALUES = frozenset({"int", "float", "str", "bool"})


def _running_state(function: cst.FunctionDef) -> purity.RunningState | None:
    """`function` as a state walked forward: after its docstring, `state = <initial>`, then
    `for i in range([start, ]index [+ 1]):` with an optional `if <test>: return <constant>` first and
    plain assignments after it, and `return state`.  The initial value reads only parameters; each
    step reads only parameters, the state, the counter and names bound outside the function, and
    binds nothing else that anything reads (`_`); the answer is annotated as a plain value."""
    params = function.params
    if not _plainly_positional(function) or params.posonly_params or _annotation(function) not in _PLAIN_VALUES:
        return None
    statements = facts.after_docstring(function)
    if len(statements) != 3:
        return None
    first, loop, last = statements
    bound = facts.single_assign(first)
    if bound is None or not isinstance(loop, cst.For) or loop.orelse is not None \
            or not isinstance(loop.target, cst.Name) or loop.asynchronous is not None \
            or not isinstance(loop.body, cst.IndentedBlock):
        return None
    state, counter = bound[0].value, loop.target.value
    names = [p.name.value for p in params.params]
    span = _range_to_parameter(loop.iter, names)
    if span is None or not m.matches(last, m.SimpleStatementLine(body=[m.Return(value=m.Name(state))])) \
            or {state, counter} & set(names):
        return None
    local = facts.bound_in(function.body) | set(names)
    if purity.reads(bound[1]) & local - set(names):
        return None
    return _state_steps(function, names, span, state, counter, bound[1], list(loop.body.body), local)


def _state_steps(function: cst.FunctionDef, names: list[str], span: tuple[int, int, int], state: str, counter: str,
                 initial: cst.BaseExpression, body: list[cst.BaseStatement], local: set[str]
                 ) -> purity.RunningState | None:
    guard = stop_value = None
    if body and isinstance(body[0], cst.If):
        branch = body.pop(0)
        assert isinstance(branch, cst.If)
        exits = branch.body.body if isinstance(branch.body, cst.IndentedBlock) else ()
        if branch.orelse is not None or len(exits) != 1 or not m.matches(
                exits[0], m.SimpleStatementLine(body=[m.Return(value=m.DoNotCare())])):
            return None
        returned = cst.ensure_type(cst.ensure_type(exits[0], cst.SimpleStatementLine).body[0], cst.Return).value
        if returned is None or not facts.is_literal(returned):
            return None
        guard, stop_value = branch.test, returned
    if not body or not all(m.matches(s, m.SimpleStatementLine(body=[m.Assign() | m.AugAssign()])) for s in body):
        return None
    small = [s.body[0] for s in body if isinstance(s, cst.SimpleStatementLine)
             and isinstance(s.body[0], (cst.Assign, cst.AugAssign))]
    targets = [t.target for a in small for t in (a.targets if isinstance(a, cst.Assign) else [a])]
    if not all(isinstance(t, cst.Name) or (isinstance(t, (cst.Tuple, cst.List)) and all(
            isinstance(e, cst.Element) and isinstance(e.value, cst.Name) for e in t.elements)) for t in targets):
        return None  # names only: an item or attribute written would be a change the helper makes
    bound_in_steps = set().union(*(facts.target_names(t) for t in targets))
    if state not in bound_in_steps:
        return None
    # What a step binds besides the state is a temporary of the step: read only after an earlier
    # statement of the same step bound it (`interest = …; balance += interest`), or never (`_`).
    others = bound_in_steps - {state}
    read: set[str] = purity.reads(guard) if guard is not None else set()
    if others & read:
        return None
    made: set[str] = set()
    for assignment in small:
        here = purity.reads(assignment.value) | (
            purity.reads(assignment.target) if isinstance(assignment, cst.AugAssign) else set())
        if here & others - made:
            return None
        read |= here
        made |= set().union(*(facts.target_names(t.target) for t in assignment.targets)) \
            if isinstance(assignment, cst.Assign) else facts.target_names(assignment.target)
    if (read & local) - {state, counter, *names} - others:
        return None
    start, index, past = span
    return purity.RunningState(
        parameters=tuple(names), index=index, start=start, past_index=past, state=state,
        initial=facts.code(initial), counter=counter,
        guard=facts.code(guard) if guard is not None else None,
        stop_value=facts.code(stop_value) if stop_value is not None else None,
        steps=tuple(facts.code(s).strip() for s in body))


def _range_to_parameter(node: cst.BaseExpression, names: list[str]) -> tuple[int, int, int] | None:
    """`range([start, ]p [+ 1])` for a parameter `p` and an int literal start: (start, position of p, 0 or 1)."""
    if not isinstance(node, cst.Call) or not m.matches(node.func, m.Name("range")) \
            or any(a.keyword is not None or a.star for a in node.args) or len(node.args) not in (1, 2):
        return None
    start = 0
    if len(node.args) == 2:
        first = node.args[0].value
        if not isinstance(first, cst.Integer):
            return None
        start = int(first.value, 0)
    end = node.args[-1].value
    past = 0
    if isinstance(end, cst.BinaryOperation) and isinstance(end.operator, cst.Add) \
            and m.matches(end.right, m.Integer("1")):
        end, past = end.left, 1
    if not isinstance(end, cst.Name) or end.value not in names:
        return None
    return start, names.index(end.value), past


def _annotation(function: cst.FunctionDef) -> str:
    return facts.code(function.returns.annotation) if function.returns is not None else ""


def _immutable_constants(module: cst.Module, bound_once: frozenset[str]) -> frozenset[str]:
    """Module names bound once, at the top, to a text, a number or a tuple of such (`_DIGITS = "0123456789"`)."""
    found: set[str] = set()
    for statement in module.body:
        bound = facts.single_binding(statement)
        if bound is not None and bound[0].value in bound_once and facts.is_literal(bound[1]):
            found.add(bound[0].value)
    return frozenset(found)


def _sealed_read(module: cst.Module, bound_once: frozenset[str], pure: set[str],
                 functions: Mapping[str, cst.FunctionDef], project: ProjectModules | None) -> frozenset[str]:
    """Module containers of literals the pure functions read and nothing in the project changes
    (`sealed_constants`; the project's files are read only where there are such)."""
    read = sealed_constants.literal_containers(module, bound_once) & frozenset().union(
        *(_module_reads(functions[name]) for name in pure))
    return sealed_constants.sealed(read, project.files()) if read and project is not None else frozenset()


def _stable(functions: dict[str, cst.FunctionDef], fixed: frozenset[str]) -> frozenset[str]:
    """Those of `functions` (pure ones that do work) whose answer depends on their arguments alone:
    besides them they read only builtins, the `fixed` module names (texts, numbers and tuples bound
    once, imported modules and pure imports, record classes, containers of literals nothing in the
    project changes) and other such functions.  A module dict, even an UPPER_CASE one, may otherwise be
    changed between two calls by anyone holding the module."""
    stable = set(functions)
    while True:
        changing = set()
        for name in stable:
            if not _module_reads(functions[name]) <= (_BUILTIN_NAMES | fixed | stable):
                changing.add(name)
        if not changing:
            return frozenset(stable)
        stable -= changing


def _compiled_patterns(module: cst.Module, bound_once: frozenset[str], aliases: Mapping[str, str]) -> frozenset[str]:
    """Module-level names bound once, to `re.compile(...)` (`LINK_RE = re.compile(r"...")`)."""
    found: set[str] = set()
    for statement in module.body:
        if not isinstance(statement, cst.SimpleStatementLine):
            continue
        for small in statement.body:
            if isinstance(small, cst.Assign) and len(small.targets) == 1 \
                    and isinstance(small.targets[0].target, cst.Name) and isinstance(small.value, cst.Call) \
                    and isinstance(small.value.func, cst.Attribute) and small.value.func.attr.value == "compile" \
                    and isinstance(small.value.func.value, cst.Name):
                owner = small.value.func.value.value
                if aliases.get(owner, owner) == "re" and (owner == "re" or owner in aliases) \
                        and small.targets[0].target.value in bound_once:
                    found.add(small.targets[0].target.value)
    return frozenset(found)


def text_keyed(
    module: cst.Module, trusted: purity.Trusted, class_name: str | None
) -> tuple[dict[str, frozenset[int]], frozenset[str], dict[str, frozenset[int]], dict[str, frozenset[int]]]:
    """The module's trusted functions, and the methods of its class `class_name` judged the same way
    (called as `self.name`), that do work and return a value nothing can change, or a new container
    of such values each call (`-> list[str]` returning a comprehension): with the positions of their
    parameters annotated `str` (or `int`, or a list of either), which of them return containers, which
    positions are the `int` ones (or lists of ints), and which the lists (see `purity.Trusted.text_keyed`)."""
    bound_once = bound_once_at_top(module)
    modules = _imported(module) & bound_once
    immutable = _IMMUTABLE | trusted.immutable_results
    found: dict[str, Sequence[cst.Param]] = {}  # name -> its parameters (after `self`)
    containers: set[str] = set()
    for statement in module.body:
        if isinstance(statement, cst.FunctionDef) and statement.name.value in trusted.pure \
                and _does_work(statement):
            if statement.name.value in trusted.immutable_results:
                found[statement.name.value] = statement.params.params
            elif (statement.name.value in trusted.immutable_parts
                  and _returns_new_container(statement, trusted.patterns)) \
                    or statement.name.value in trusted.record_answers.keys() | trusted.nested_answers:
                found[statement.name.value] = statement.params.params
                containers.add(statement.name.value)
        if isinstance(statement, cst.FunctionDef) and statement.name.value in trusted.reader_definitions \
                and _hands_back_items(statement) and _does_work(statement):
            found[statement.name.value] = statement.params.params  # (its answer is the very object handed)
        if isinstance(statement, cst.ClassDef) and statement.name.value == class_name \
                and isinstance(statement.body, cst.IndentedBlock):
            methods, made = _text_keyed_methods(statement.body, trusted, modules, immutable)
            found.update(methods)
            containers |= made
    kept = {name: at for name, params in found.items() if (at := _key_positions(params) | _list_positions(params))}
    counted = {name: at for name in kept if (at := _int_positions(found[name]))}
    listed = {name: at for name in kept if (at := _list_positions(found[name]))}
    for local, imported in [*trusted.imported.items(), *trusted.imported_readers.items()]:
        # the project's helpers, as their modules judge them
        name, home = imported.definition.name.value, imported.home
        if name in home.text_keyed and local not in kept:
            kept[local] = home.text_keyed[name]
            if name in home.text_keyed_containers:
                containers.add(local)
            if name in home.counted_positions:
                counted[local] = home.counted_positions[name]
            if name in home.listed_positions:
                listed[local] = home.listed_positions[name]
    return kept, frozenset(containers & set(kept)), counted, listed


@dataclass(frozen=True)
class ParameterMethods:
    """Methods of the objects a function is handed, keyed as `text_keyed` keys its own helpers."""

    keyed: dict[str, frozenset[int]]
    containers: frozenset[str]
    counted: dict[str, frozenset[int]]
    guards: dict[str, str]
    """for each, the test that the object is of the class judged (`type(graph) is UnitGraph`)"""
    written: dict[str, purity.HandedMethod] = dataclasses.field(default_factory=dict)
    """methods of one `return` that may be written out where called (`purity.HandedMethod`)"""


def parameter_methods(module: cst.Module, qualname: str, project: ProjectModules | None,
                      trusted: purity.Trusted) -> ParameterMethods:
    """The text-keyed methods (see `text_keyed`) of the classes the function's parameters are
    annotated with (`graph: UnitGraph`), a class of the module or one it imports from the project at
    top level, called as `graph.factor`: for parameters the function never rebinds.  An annotation
    is only a hint, so each call asks `type(graph) is UnitGraph` before a kept answer is used
    (holdout15/lab_units: a unit graph searched breadth-first for every result)."""
    keyed: dict[str, frozenset[int]] = {}
    counted: dict[str, frozenset[int]] = {}
    guards: dict[str, str] = {}
    containers: set[str] = set()
    written: dict[str, purity.HandedMethod] = {}
    function = function_at(module, qualname)
    if function is None or project is None:
        return ParameterMethods(keyed, frozenset(), counted, guards)
    once = bound_once_at_top(module)
    rebound = facts.bound_in(function.body)
    for param in function.params.params:
        annotation = param.annotation.annotation if param.annotation is not None else None
        name = param.name.value
        if not isinstance(annotation, cst.Name) or annotation.value not in once or name in rebound or name == "self":
            continue
        located = _class_of(module, annotation.value, project, trusted)
        if located is None:
            continue
        cls, home, judged = located
        if not isinstance(cls.body, cst.IndentedBlock) or cls.bases or any(
                isinstance(s, cst.FunctionDef) and s.name.value in ("__getattr__", "__getattribute__")
                for s in cls.body.body):
            continue  # (a base class's methods, or attributes looked up some other way: not judged here)
        with purity.trusting(judged):
            methods, made = _text_keyed_methods(cls.body, judged, _imported(home) & bound_once_at_top(home),
                                                _IMMUTABLE | judged.immutable_results)
        # An attribute of the object set to something else hides the method of the same name.
        set_on_self = {target.attr.value for _, target in facts.written(cls.body)
                       if isinstance(target, cst.Attribute) and m.matches(target.value, m.Name("self"))}
        for method, params in methods.items():
            called = f"{name}.{method.removeprefix('self.')}"
            if method.removeprefix("self.") in set_on_self:
                continue
            if at := _key_positions(params):
                keyed[called] = at
                guards[called] = f"type({name}) is {annotation.value}"
                if ints := _int_positions(params):
                    counted[called] = ints
                if method in made:
                    containers.add(called)
        calm = _calm_methods(cls.body, judged, _imported(home) & bound_once_at_top(home))
        for plain in _plain_methods(cls.body):
            if plain.name.value not in set_on_self and (value := _one_return(plain)) is not None:
                written[f"{name}.{plain.name.value}"] = purity.HandedMethod(
                    annotation.value, tuple(p.name.value for p in plain.params.params), value,
                    f"self.{plain.name.value}" in calm)
    return ParameterMethods(keyed, frozenset(containers), counted, guards, written)


def _calm_methods(body: cst.IndentedBlock, trusted: purity.Trusted, modules: frozenset[str]) -> frozenset[str]:
    """The class's methods (`self.ancestors`) that change nothing as they run, calling each other or
    not (what they hand back is not judged)."""
    calm: frozenset[str] = frozenset()
    with purity.trusting(trusted):
        while True:  # (more methods known calm can only make more calm: this ends)
            found = frozenset(f"self.{method.name.value}" for method in _plain_methods(body)
                              if _is_pure(method, trusted, modules, generator=True, siblings=calm))
            if found == calm:
                return calm
            calm = found


def _one_return(method: cst.FunctionDef) -> cst.BaseExpression | None:
    """What a method returns where its body (after a docstring) is that one `return`, reading only
    `self` and its positional parameters (no defaults), with nothing in it that binds a name, runs
    later, or is named otherwise outside the class (`self.__x`, `super()`): written out with the
    call's arguments it does what the call did, pure or not (what may then be kept is the kept
    call's recipe to judge)."""
    params = method.params
    if params.posonly_params or params.kwonly_params or isinstance(params.star_arg, (cst.Param, cst.ParamStar)) \
            or any(p.default is not None for p in params.params):
        return None
    statements = facts.after_docstring(method)
    if len(statements) != 1 or not isinstance(line := statements[0], cst.SimpleStatementLine) \
            or len(line.body) != 1 or not isinstance(returned := line.body[0], cst.Return) or returned.value is None:
        return None
    value = returned.value
    names = {p.name.value for p in params.params}
    if any(isinstance(node, (cst.Lambda, cst.NamedExpr, cst.Yield, cst.Await, cst.CompFor))
           or (isinstance(node, cst.Arg) and node.keyword is not None and node.keyword.value in names)
           or (isinstance(node, cst.Name) and node.value.startswith("__") and not node.value.endswith("__"))
           for node in facts.walk(value)):
        return None
    return value if purity.reads(value) <= names else None


def _class_of(module: cst.Module, name: str, project: ProjectModules, trusted: purity.Trusted
              ) -> tuple[cst.ClassDef, cst.Module, purity.Trusted] | None:
    """The class `name` as the module (which trusts `trusted`) binds it at top level (its own, or
    imported from the project), its module, and what that module trusts."""
    for statement in module.body:
        if isinstance(statement, cst.ClassDef) and statement.name.value == name:
            return statement, module, trusted
        if not isinstance(statement, cst.SimpleStatementLine):
            continue
        for node in statement.body:
            if not isinstance(node, cst.ImportFrom) or isinstance(node.names, cst.ImportStar):
                continue
            for alias in node.names:
                local = alias.asname.name if alias.asname is not None else alias.name
                if not (isinstance(local, cst.Name) and local.value == name):
                    continue
                path = project.path_of(node, project.module_file)
                judged = project.judged(path) if path is not None else None
                home = project.parsed(path) if path is not None else None
                if judged is None or home is None:
                    return None
                original = facts.code(alias.name)
                cls = next((s for s in home.body if isinstance(s, cst.ClassDef) and s.name.value == original), None)
                return (cls, home, judged) if cls is not None and original in bound_once_at_top(home) else None
    return None


def _text_keyed_methods(body: cst.IndentedBlock, trusted: purity.Trusted, modules: frozenset[str],
                        immutable: frozenset[str]) -> tuple[dict[str, Sequence[cst.Param]], set[str]]:
    found: dict[str, Sequence[cst.Param]] = {}
    containers: set[str] = set()
    for method in _plain_methods(body):
        params = method.params.params
        if isinstance(method.params.star_arg, cst.Param) or method.params.kwonly_params:
            continue
        whole = _returns_immutable(method, immutable)
        container = not whole and _returns_immutable_parts(method, immutable) and _returns_new_container(
            method, trusted.patterns)
        if (whole or container) and _does_work(method) and _is_pure(method, trusted, modules):
            found[f"self.{method.name.value}"] = params[1:]
            if container:
                containers.add(f"self.{method.name.value}")
    return found, containers


def _plain_methods(body: cst.IndentedBlock) -> Iterator[cst.FunctionDef]:
    """The methods of a class body called as `self.name(...)` that mean one thing: plain `def`s taking
    `self` first (no decorator, not async, no `**kwargs`), not dunders, their names bound once in the body."""
    counts: dict[str, int] = {}
    for statement in body.body:
        for name in facts.bound_in(statement) if not isinstance(statement, cst.FunctionDef) else {statement.name.value}:
            counts[name] = counts.get(name, 0) + 1
    for method in body.body:
        if not isinstance(method, cst.FunctionDef) or method.decorators or method.asynchronous is not None \
                or counts.get(method.name.value) != 1 or method.name.value.startswith("__"):
            continue
        params = method.params.params
        if params and params[0].name.value == "self" and method.params.star_kwarg is None:
            yield method


def pure_methods(module: cst.Module, trusted: purity.Trusted, class_name: str | None) -> dict[str, cst.FunctionDef]:
    """The methods of the module's class `class_name` that change nothing (reading `self` is allowed),
    by `self.name`, that a copy beside the class, taking `self` first, would run the same: no names
    mangled by the class (`self.__x`), no `super()` or `__class__`."""
    classes = [s for s in module.body if isinstance(s, cst.ClassDef) and s.name.value == class_name]
    if len(classes) != 1 or not isinstance(classes[0].body, cst.IndentedBlock):
        return {}
    body = classes[0].body
    modules = _imported(module) & bound_once_at_top(module)
    found: dict[str, cst.FunctionDef] = {}
    for method in _plain_methods(body):
        names = {n.value for n in facts.walk(method.body) if isinstance(n, cst.Name)}
        if any(n.startswith("__") and not n.endswith("__") for n in names) or names & {"super", "__class__"}:
            continue
        if _is_pure(method, trusted, modules, generator=True):  # (what it hands back is not judged)
            found[f"self.{method.name.value}"] = method
    return found


def _returns_new_container(function: cst.FunctionDef, patterns: frozenset[str] = frozenset()) -> bool:
    """Every `return` hands back a container made right there (a comprehension, a display, `list(…)`,
    a local bound only to such, a list of matches of one of the module's compiled `patterns`), never one it
    was handed, kept or may hand out again."""
    body = function.body
    fresh = purity.fresh_containers(body, facts.all_parameters(function))
    shadowed = facts.local_names(function)

    def new(value: cst.BaseExpression) -> bool:
        if isinstance(value, cst.IfExp):
            return new(value.body) and new(value.orelse)
        if isinstance(value, cst.Call) and isinstance(value.func, cst.Attribute):  # `WORD.findall(text)`
            owner = value.func.value
            return isinstance(owner, cst.Name) and owner.value in patterns and owner.value not in shadowed \
                and value.func.attr.value in ("findall", "split")
        if isinstance(value, cst.Call):  # `set()`, `sorted(words)`
            return isinstance(value.func, cst.Name) and value.func.value in purity.FRESH_CONTAINER_CALLS \
                and value.func.value not in shadowed
        return isinstance(value, _NEW_CONTAINERS) or (isinstance(value, cst.Name) and value.value in fresh)

    returns = [node for node in facts.walk(body) if isinstance(node, cst.Return)]
    return bool(returns) and all(node.value is not None and new(node.value) for node in returns)


def _hands_back_items(function: cst.FunctionDef) -> bool:
    """Every `return` hands back None, a constant, or an item of a parameter: the target of a loop over it
    (`for message in messages: if ...: return message`), bound nowhere else, the parameter never rebound.
    Kept by its texts, such an answer is the very object the call would hand back, while nothing changes
    what it searched."""
    if m.findall(function.body, m.Yield() | m.Lambda() | m.FunctionDef()):
        return False
    params = facts.all_parameters(function)
    bound = facts.bound_in(function.body)
    loops = [node for node in facts.walk(function.body) if isinstance(node, cst.For)]
    items = {loop.target.value for loop in loops if isinstance(loop.target, cst.Name)
             and isinstance(loop.iter, cst.Name) and loop.iter.value in params - bound}
    elsewhere = {name for loop in loops for name in facts.target_names(loop.target)
                 if not (isinstance(loop.iter, cst.Name) and loop.iter.value in params - bound)}
    elsewhere |= {name for node in facts.walk(function.body) if not isinstance(node, cst.For)
                  for name in facts.bound_in(node) if isinstance(node, (cst.Assign, cst.AugAssign, cst.AnnAssign,
                                                                        cst.NamedExpr, cst.CompFor))}
    returns = [node for node in facts.walk(function.body) if isinstance(node, cst.Return)]
    return bool(returns) and all(
        node.value is None or facts.is_literal(node.value)
        or (isinstance(node.value, cst.Name) and node.value.value in items - elsewhere) for node in returns) \
        and any(isinstance(node.value, cst.Name) for node in returns)


def _does_work(function: cst.FunctionDef) -> bool:
    # A scan of a list (`label in self.priority`) is work, as a loop or `.index(label)` is.
    scans = m.findall(function.body, m.ComparisonTarget(operator=m.In() | m.NotIn(),
                                                        comparator=m.Name() | m.Attribute()))
    return purity.is_costly(function.body) or bool(scans)


def _key_positions(params: Sequence[cst.Param]) -> frozenset[int]:
    """Positions of the parameters annotated `str`, `bytes` or `int`, without defaults."""
    return _annotated(params, {"str", "bytes", "int"})


def _int_positions(params: Sequence[cst.Param]) -> frozenset[int]:
    return _annotated(params, {"int"}) | _list_positions(params, "int")


_LISTS = frozenset({"list", "List", "typing.List", "Sequence", "typing.Sequence"})


def _list_positions(params: Sequence[cst.Param], item: str | None = None) -> frozenset[int]:
    """Positions of the parameters annotated a list of `str` or `int` (or of `item`), without defaults:
    kept by the tuple of their items (`lowest_common_ancestor(taxids: list[int], …)`, holdout22/edna_lca),
    only where the argument is a plain list of plain values."""
    found = set()
    for i, param in enumerate(params):
        annotation = param.annotation.annotation if param.annotation is not None else None
        if isinstance(annotation, cst.Subscript) and facts.code(annotation.value) in _LISTS \
                and len(annotation.slice) == 1 and param.default is None \
                and facts.code(annotation.slice[0].slice) in ({item} if item else {"str", "int"}):
            found.add(i)
    return frozenset(found)


def _annotated(params: Sequence[cst.Param], types: set[str]) -> frozenset[int]:
    return frozenset(i for i, param in enumerate(params) if param.annotation is not None
                     and facts.code(param.annotation.annotation) in types and param.default is None)


def _module_aliases(module: cst.Module, bound_once: frozenset[str]) -> dict[str, str]:
    """`import datetime as dt` at the module's top: dt -> datetime, for the modules `purity` knows;
    and `from datetime import date`: date -> datetime.date, for the classes it knows the same way."""
    found: dict[str, str] = {}
    for statement in module.body:
        for node in m.findall(statement, m.Import() | m.ImportFrom()):
            assert isinstance(node, cst.Import | cst.ImportFrom)
            if isinstance(node, cst.ImportFrom) and (
                    node.relative or node.module is None or isinstance(node.names, cst.ImportStar)):
                continue
            source = f"{facts.code(node.module)}." if isinstance(node, cst.ImportFrom) and node.module else ""
            assert not isinstance(node.names, cst.ImportStar)
            for alias in node.names:
                real = source + facts.code(alias.name)
                local = alias.asname.name if alias.asname is not None else (alias.name if source else None)
                if isinstance(local, cst.Name) and local.value != real and real in purity.PURE_MODULE_FUNCTIONS \
                        and local.value in bound_once:
                    found[local.value] = real
    return found


def _import_sources(module: cst.Module, bound_once: frozenset[str]) -> dict[str, str]:
    """Each name bound once by an absolute import at the module's top, to the dotted name it stands for."""
    found: dict[str, str] = {}
    for statement in module.body:
        for node in m.findall(statement, m.Import() | m.ImportFrom()):
            assert isinstance(node, cst.Import | cst.ImportFrom)
            if isinstance(node.names, cst.ImportStar) or (isinstance(node, cst.ImportFrom) and (
                    node.relative or node.module is None)):
                continue
            source = f"{facts.code(node.module)}." if isinstance(node, cst.ImportFrom) and node.module else ""
            for alias in node.names:
                real = source + facts.code(alias.name)
                if alias.asname is not None:
                    local = facts.code(alias.asname.name)
                else:  # `import os.path` binds `os`
                    local = facts.code(alias.name) if source else real.split(".", 1)[0]
                    real = real if source else local
                if local in bound_once:
                    found[local] = real
    return found


def _membership_only(functions: dict[str, cst.FunctionDef], known: dict[str, frozenset[int]]
                     ) -> dict[str, frozenset[int]]:
    """For each function, the positions of its plain parameters that it only asks `in`/`not in`
    of, or hands on at a position of the same kind (judged together: the largest sets that hold)."""
    candidates = {name: set(range(len(function.params.params)))
                  for name, function in functions.items()}
    while True:
        current = {**known, **{name: frozenset(at) for name, at in candidates.items()}}
        changed = False
        for name, function in functions.items():
            params = function.params.params
            for i in sorted(candidates[name]):
                if not _only_asked(function, params[i].name.value, current):
                    candidates[name].discard(i)
                    changed = True
        if not changed:
            return {name: frozenset(at) for name, at in candidates.items() if at}


def _only_asked(function: cst.FunctionDef, parameter: str, membership: Mapping[str, frozenset[int]]) -> bool:
    body = function.body
    if parameter in facts.bound_in(body) or facts.captured([body], parameter):  # type: ignore[list-item]
        return False
    parents = facts.parents(body)
    for mention in facts.mentions(body, parameter, parents):
        parent = parents.get(id(mention))
        if isinstance(parent, cst.ComparisonTarget) and parent.comparator is mention \
                and isinstance(parent.operator, (cst.In, cst.NotIn)):
            continue
        call = parents.get(id(parent)) if isinstance(parent, cst.Arg) else None
        if isinstance(parent, cst.Arg) and parent.keyword is None and parent.star == "" \
                and isinstance(call, cst.Call) and isinstance(call.func, cst.Name):
            position = list(call.args).index(parent)
            if all(a.keyword is None and a.star == "" for a in call.args[:position]) \
                    and position in membership.get(call.func.value, frozenset()):
                continue
        return False
    return True


class ProjectModules:
    """The project's own modules, found by the names other modules import them by, each parsed and
    judged once; imports are followed a few levels deep."""

    _DEPTH = 3

    def __init__(self, project_dir: Path, module_file: Path) -> None:
        self.project_dir, self.module_file = project_dir, module_file
        self._judged: dict[Path, purity.Trusted] = {}
        self._parsed: dict[Path, cst.Module] = {}
        self._depth = 0
        self._files: sealed_constants.Files | None = None

    def files(self) -> sealed_constants.Files:
        """Every Python file of the project, parsed once (see `sealed_constants.project_files`)."""
        if self._files is None:
            self._files = sealed_constants.project_files(self.project_dir)
        return self._files

    def path_of(self, node: cst.ImportFrom, importer: Path) -> Path | None:
        """The project file `from <module> import ...` names, relative to the project, if there is one."""
        dotted = facts.code(node.module) if node.module is not None else ""
        parts = [part for part in dotted.split(".") if part]
        if node.relative:
            base = importer.parent
            for _ in range(len(node.relative) - 1):
                base = base.parent
            roots = [base]
        else:
            roots = [Path("."), Path("src")]
        for root in roots:
            stem = root.joinpath(*parts) if parts else root
            for candidate in (stem.with_suffix(".py") if parts else None, stem / "__init__.py"):
                if candidate is not None and (self.project_dir / candidate).is_file():
                    return candidate
        return None

    def judged(self, path: Path) -> purity.Trusted:
        """What `trusted_in` says of the project module at `path` (nothing when it cannot be read)."""
        if path in self._judged:
            return self._judged[path]
        self._judged[path] = purity.Trusted()  # while judging it: an import cycle trusts nothing more
        if self._depth >= self._DEPTH:
            return self._judged[path]
        try:
            module = cst.parse_module((self.project_dir / path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, cst.ParserSyntaxError):
            return self._judged[path]
        self._parsed[path] = module
        outer, self.module_file = self.module_file, path
        self._depth += 1
        try:
            self._judged[path] = trusted_in(module, self)
        finally:
            self._depth -= 1
            self.module_file = outer
        return self._judged[path]

    def reached(self, module_source: str) -> list[tuple[Path, str, cst.Module]]:
        """The module at `module_file` (its text `module_source`), then the project modules it imports, and
        theirs, a few levels deep: each path with its text and parsed module (those that cannot be read
        are left out)."""
        paths, depth = [self.module_file], {self.module_file: 0}
        reached: list[tuple[Path, str, cst.Module]] = []
        for path in paths:
            try:
                source = module_source if path == self.module_file else (self.project_dir / path).read_text("utf-8")
                module = cst.parse_module(source)
            except (OSError, UnicodeDecodeError, cst.ParserSyntaxError):
                continue
            reached.append((path, source, module))
            if depth[path] >= self._DEPTH:
                continue
            for node in facts.walk(module):
                if isinstance(node, cst.ImportFrom) and (found := self.path_of(node, path)) is not None \
                        and found not in depth:
                    depth[found] = depth[path] + 1
                    paths.append(found)
        return reached

    def parsed(self, path: Path) -> cst.Module | None:
        """The project module at `path` as `judged` read it (None before, or when it could not be read)."""
        return self._parsed.get(path)


def _project_imports(module: cst.Module, project: ProjectModules) -> purity.Trusted:
    """The names `module` imports from the project's other modules that are pure there, under their
    local names; with which of them are costly and what their results are."""
    pure: set[str] = set()
    costly: set[str] = set()
    parts: set[str] = set()
    whole: set[str] = set()
    membership: dict[str, frozenset[int]] = {}
    frozen: dict[str, frozenset[str]] = {}
    answers: dict[str, purity.RecordAnswer] = {}
    nested: set[str] = set()
    stable: dict[str, str] = {}
    imported: dict[str, purity.Imported] = {}
    classes: dict[str, purity.KnownClass] = {}
    readers: set[str] = set()
    imported_readers: dict[str, purity.Imported] = {}
    importer = project.module_file
    present = _single_imports(module)  # what a copy of an imported function may import beside it
    taken = set(present).union(*(facts.bound_in(s) | facts.bound_otherwise(s) for s in module.body))
    for statement in module.body:
        for node in m.findall(statement, m.ImportFrom()):
            assert isinstance(node, cst.ImportFrom)
            if isinstance(node.names, cst.ImportStar):
                continue
            path = project.path_of(node, importer)
            if path is None or path == importer:
                continue
            judged = project.judged(path)
            copies: tuple[purity.Trusted, dict[str, str]] | None = None  # worked out once per statement
            for alias in node.names:
                name = facts.code(alias.name)
                local = alias.asname.name if alias.asname is not None else alias.name
                home = project.parsed(path)
                if name in judged.classes and isinstance(local, cst.Name) and home is not None:
                    copies = copies or _copies_from(home, judged, _source(node), present, taken)
                    own = judged.classes[name]
                    classes[local.value] = purity.KnownClass(own.definition, own.module, _source(node), *copies)
                if name in judged.readers and isinstance(local, cst.Name):
                    readers.add(local.value)
                    if name in judged.reader_definitions and home is not None:
                        copies = copies or _copies_from(home, judged, _source(node), present, taken)
                        imported_readers[local.value] = purity.Imported(judged.reader_definitions[name],
                                                                        _source(node), *copies)
                if name not in judged.pure or not isinstance(local, cst.Name):
                    continue
                pure.add(local.value)
                for found, into in ((judged.costly, costly), (judged.immutable_parts, parts),
                                    (judged.immutable_results, whole)):
                    if name in found:
                        into.add(local.value)
                if name in judged.membership_only:
                    membership[local.value] = judged.membership_only[name]
                if name in judged.frozen_records:
                    frozen[local.value] = judged.frozen_records[name]
                if name in judged.record_answers:
                    answers[local.value] = judged.record_answers[name]
                if name in judged.nested_answers:
                    nested.add(local.value)
                if name in judged.stable:
                    stable[local.value] = judged.stable[name]
                if name in judged.definitions and home is not None:
                    copies = copies or _copies_from(home, judged, _source(node), present, taken)
                    imported[local.value] = purity.Imported(judged.definitions[name], _source(node), *copies)
    return purity.Trusted(pure=frozenset(pure), costly=frozenset(costly), immutable_parts=frozenset(parts),
                          immutable_results=frozenset(whole), membership_only=membership, imported=imported,
                          frozen_records=frozen, record_answers=answers, nested_answers=frozenset(nested),
                          classes=classes,
                          readers=frozenset(readers), imported_readers=imported_readers, stable=stable)


def _source(node: cst.ImportFrom) -> str:
    """The module `node` imports from, as it names it (`contrastcheck.wcag`, `.wcag`)."""
    return "." * len(node.relative) + (facts.code(node.module) if node.module is not None else "")


def _copies_from(home: cst.Module, judged: purity.Trusted, source: str, present: Mapping[str, str],
                 taken: set[str]) -> tuple[purity.Trusted, dict[str, str]]:
    """What a copy of a function of the project module `home` (judged `judged`, imported from `source`)
    needs beside the importer (whose single imports are `present`, whose top-level names are `taken`):
    its module's text-keyed helpers, and an import of each of its module's names (see
    `purity.Imported.imports`)."""
    with purity.trusting(judged):
        keyed, containers, counted, listed = text_keyed(home, judged, None)
    trusted = dataclasses.replace(judged, text_keyed=keyed, text_keyed_containers=containers, counted_positions=counted,
                                  listed_positions=listed)
    once = bound_once_at_top(home)
    # A name home imports from elsewhere (absolutely) is imported from there too; the rest from home.
    wanted = {bound: text for bound, text in _single_imports(home).items()
              if bound in once and not text.startswith("from .")}
    wanted |= {bound: f"from {source} import {bound}" for bound in once - set(wanted)}
    return trusted, {bound: "" if present.get(bound) == text else text for bound, text in wanted.items()
                     if bound not in taken or present.get(bound) == text}


def _single_imports(module: cst.Module) -> dict[str, str]:
    """Each name the module's top-level imports bind, with one import statement binding it alone the
    same way (`from x import a as b` -> b: 'from x import a as b')."""
    found: dict[str, str] = {}
    for statement in module.body:
        line = statement.body[0] if isinstance(statement, cst.SimpleStatementLine) and statement.body else None
        if not isinstance(line, (cst.Import, cst.ImportFrom)) or isinstance(line.names, cst.ImportStar) \
                or (isinstance(line, cst.ImportFrom) and isinstance(line.module, cst.Name)
                    and line.module.value == "__future__"):
            continue
        for alias in line.names:
            named = bound = facts.code(alias.name)
            if alias.asname is not None:
                bound = facts.code(alias.asname.name)
                named += f" as {bound}"
            elif isinstance(line, cst.Import):
                bound = named.split(".")[0]  # `import os.path` binds `os`
            if isinstance(line, cst.Import):
                found[bound] = f"import {named}"
            else:
                origin = "." * len(line.relative) + (facts.code(line.module) if line.module is not None else "")
                found[bound] = f"from {origin} import {named}"
    return found


def _single_return(function: cst.FunctionDef) -> cst.BaseExpression | None:
    """`x` when the function's body is `return x` (after its docstring) and it has plain
    positional parameters only."""
    if not _plainly_positional(function):
        return None
    statements = facts.after_docstring(function)
    if len(statements) != 1 or not isinstance(statements[0], cst.SimpleStatementLine):
        return None
    only = statements[0].body
    if len(only) != 1 or not isinstance(only[0], cst.Return) or only[0].value is None:
        return None
    return only[0].value


def _plainly_positional(function: cst.FunctionDef) -> bool:
    """No `*args`, `**kwargs`, keyword-only parameters or defaults."""
    params = function.params
    return not (isinstance(params.star_arg, cst.Param) or params.star_kwarg is not None or params.kwonly_params
                or any(p.default is not None for p in [*params.params, *params.posonly_params]))


def _positional(function: cst.FunctionDef) -> tuple[str, ...]:
    return tuple(p.name.value for p in [*function.params.posonly_params, *function.params.params])


_ALIASED_TYPES = frozenset({"tuple", "list", "dict", "set", "frozenset"})


def _type_aliases(module: cst.Module, bound_once: frozenset[str]) -> dict[str, cst.BaseExpression]:
    """See `Trusted.type_aliases`."""
    return {binding[0].value: binding[1] for statement in module.body
            if (binding := facts.single_assign(statement)) is not None and binding[0].value in bound_once
            and isinstance(binding[1], cst.Subscript) and isinstance(binding[1].value, cst.Name)
            and binding[1].value.value in _ALIASED_TYPES and binding[1].value.value not in bound_once}


def _module_constants(module: cst.Module, bound_once: frozenset[str]) -> frozenset[str]:
    """See `Trusted.module_constants`."""
    declared = {name.name.value for node in m.findall(module, m.Global()) if isinstance(node, cst.Global)
                for name in node.names}
    return frozenset(binding[0].value for statement in module.body
                     if (binding := facts.single_assign(statement)) is not None
                     and binding[0].value in bound_once and binding[0].value not in declared)


def bound_once_at_top(module: cst.Module) -> frozenset[str]:
    """Module-level names bound by exactly one statement (a `def`, `class`, import or assignment)."""
    counts: dict[str, int] = {}
    for statement in module.body:
        names = facts.bound_in(statement) if not isinstance(statement, (cst.FunctionDef, cst.ClassDef)) else set()
        names |= facts.bound_otherwise(statement)
        for alias in m.findall(statement, m.ImportAlias()):
            names |= facts.bound_otherwise(alias)
        for name in names:
            counts[name] = counts.get(name, 0) + 1
    return frozenset(name for name, count in counts.items() if count == 1)


def _pure_imports(module: cst.Module) -> frozenset[str]:
    """Names imported as `from <module> import <name>` that `purity` knows to be pure."""
    found: set[str] = set()
    for statement in module.body:
        for node in m.findall(statement, m.ImportFrom()):
            assert isinstance(node, cst.ImportFrom)
            if node.relative or node.module is None or isinstance(node.names, cst.ImportStar):
                continue
            source = facts.code(node.module)
            if source not in purity.PURE_MODULE_FUNCTIONS:
                continue
            allowed = purity.PURE_MODULE_FUNCTIONS[source]
            for alias in node.names:
                name = facts.code(alias.name)
                if allowed is None or name in allowed:
                    local = alias.asname.name if alias.asname is not None else alias.name
                    if isinstance(local, cst.Name):
                        found.add(local.value)
    return frozenset(found)


def _imported(module: cst.Module) -> frozenset[str]:
    """Names the module binds by importing (`csv`, `Decimal`, `InvalidOperation`): reading one
    (`except InvalidOperation`) is reading a fixed value; calling one is judged by `purity`."""
    found: set[str] = set()
    for statement in module.body:
        for node in m.findall(statement, m.Import() | m.ImportFrom()):
            found |= facts.bound_in(node)
            for alias in m.findall(node, m.ImportAlias()):
                found |= facts.bound_otherwise(alias)
    return frozenset(found)


def _is_record(cls: cst.ClassDef) -> bool:
    """A dataclass or NamedTuple whose construction runs no code of its own."""
    if cls.keywords:  # a metaclass
        return False
    bases = {facts.code(base.value) for base in cls.bases}
    decorators = {facts.code(d.decorator.func if isinstance(d.decorator, cst.Call) else d.decorator)
                  for d in cls.decorators}
    if bases & _RECORD_BASES:
        shaped = bases <= _RECORD_BASES and not decorators
    else:
        # A base could bring its own `__post_init__`; only a plain dataclass is sure.
        shaped = not bases and bool(decorators) and decorators <= _RECORD_DECORATORS
    if not shaped or not isinstance(cls.body, cst.IndentedBlock):
        return False
    return not any(isinstance(s, cst.FunctionDef) and s.name.value in _CONSTRUCTION_HOOKS for s in cls.body.body)


def record_fields(cls: cst.ClassDef) -> dict[str, str]:
    """The fields of a dataclass or NamedTuple whose objects answer each of them as a plain attribute (no
    method or property of the class bears its name, and no `__getattr__`), each with its annotation as
    written; empty for any other class."""
    if not _is_record(cls):
        return {}
    body = cst.ensure_type(cls.body, cst.IndentedBlock).body
    methods = {s.name.value for s in body if isinstance(s, cst.FunctionDef)}
    if methods & {"__getattr__", "__getattribute__"}:
        return {}
    return {line.target.value: facts.code(line.annotation.annotation)
            for statement in body if isinstance(statement, cst.SimpleStatementLine)
            for line in statement.body[:1] if isinstance(line, cst.AnnAssign) and isinstance(line.target, cst.Name)
            and line.target.value not in methods}


def _plain_exceptions(module: cst.Module) -> frozenset[str]:
    """Exception classes of the module that add nothing to construction (`class TariffError(ValueError):`
    with a docstring): making one runs the builtin's code only, so a helper that raises one stays pure."""
    found: set[str] = set()
    for statement in module.body:
        if not isinstance(statement, cst.ClassDef) or statement.keywords or statement.decorators:
            continue
        bases = {facts.code(base.value) for base in statement.bases}
        if not bases or not bases <= (purity.BUILTIN_EXCEPTIONS | found):
            continue
        if isinstance(statement.body, cst.IndentedBlock) and not any(
                isinstance(s, (cst.FunctionDef, cst.ClassDef)) for s in statement.body.body):
            found.add(statement.name.value)
    return frozenset(found)


def _is_open_record(cls: cst.ClassDef) -> bool:
    """A mutable dataclass with fields alone (no methods that could reach past it), each field's default
    a constant or a new container (`field(default_factory=dict)`), so `R()` shares nothing."""
    if any(isinstance(base.value, cst.Name) and facts.code(base.value) in _RECORD_BASES for base in cls.bases) \
            or _is_frozen_record(cls) or not isinstance(cls.body, cst.IndentedBlock):
        return False
    for statement in cls.body.body:
        simple = statement if isinstance(statement, cst.SimpleStatementLine) and len(statement.body) == 1 else None
        line = simple.body[0] if simple is not None else None
        if isinstance(line, cst.Expr) and isinstance(line.value, (cst.SimpleString, cst.ConcatenatedString)):
            continue  # the docstring
        if not isinstance(line, cst.AnnAssign) or not isinstance(line.target, cst.Name):
            return False
        default = line.value
        if default is None or facts.is_literal(default):
            continue
        if not (isinstance(default, cst.Call) and facts.code(default.func) in {"field", "dataclasses.field"}
                and all(arg.keyword is not None and (
                    (arg.keyword.value == "default_factory" and facts.code(arg.value) in purity.FRESH_CONTAINER_CALLS)
                    or (arg.keyword.value == "default" and facts.is_literal(arg.value))
                    or arg.keyword.value in {"repr", "compare", "hash", "init"}) for arg in default.args)):
            return False
    return True


def _record_answer(function: cst.FunctionDef, records: Mapping[str, cst.ClassDef],
                   immutable: frozenset[str]) -> purity.RecordAnswer | None:
    """For a pure function annotated to return one of the open `records` and returning only new ones it
    made (`calendar = BusinessCalendar()` … `return calendar`): that record's fields, by what a reader
    may do with them (see `purity.RecordAnswer`)."""
    if function.returns is None or not isinstance(function.returns.annotation, cst.Name) \
            or function.returns.annotation.value not in records:
        return None
    made = purity.fresh_containers(function.body, facts.all_parameters(function), frozenset(records))
    returns = [node for node in facts.walk(function.body) if isinstance(node, cst.Return)]
    if not returns or not all(isinstance(node.value, cst.Name) and node.value.value in made for node in returns):
        return None
    fields = {s.body[0].target.value: s.body[0].annotation.annotation
              for s in getattr(records[function.returns.annotation.value].body, "body", ())
              if isinstance(s, cst.SimpleStatementLine) and isinstance(s.body[0], cst.AnnAssign)
              and isinstance(s.body[0].target, cst.Name)}
    values = frozenset(name for name, annotation in fields.items() if _immutable(annotation, immutable))
    return purity.RecordAnswer(values=values, containers=frozenset(
        name for name, annotation in fields.items()
        if name not in values and _immutable(annotation, immutable, outer=True)))


def _is_frozen_record(cls: cst.ClassDef) -> bool:
    """A NamedTuple, or a `@dataclass(frozen=True)`, whose fields are all immutable values."""
    frozen = any(facts.code(base.value) in _RECORD_BASES for base in cls.bases) or any(
        isinstance(d.decorator, cst.Call) and any(
            a.keyword is not None and a.keyword.value == "frozen" and facts.code(a.value) == "True"
            for a in d.decorator.args) for d in cls.decorators)
    fields = [s.body[0] for s in getattr(cls.body, "body", ())
              if isinstance(s, cst.SimpleStatementLine) and isinstance(s.body[0], cst.AnnAssign)]
    return frozen and all(_immutable(f.annotation.annotation, _IMMUTABLE) for f in fields)


def _fields(cls: cst.ClassDef) -> frozenset[str]:
    """The names of a record's fields (its annotated class-level names)."""
    return frozenset(s.body[0].target.value for s in getattr(cls.body, "body", ())
                     if isinstance(s, cst.SimpleStatementLine) and isinstance(s.body[0], cst.AnnAssign)
                     and isinstance(s.body[0].target, cst.Name))


def _returns_immutable_parts(function: cst.FunctionDef, immutable: frozenset[str]) -> bool:
    returns = function.returns
    return returns is not None and _immutable(returns.annotation, immutable, outer=True)


def _immutable_imports(module: cst.Module, bound_once: frozenset[str]) -> frozenset[str]:
    """Local names of the immutable standard types imported by name (`from datetime import datetime`:
    a helper annotated `-> datetime` returns a value nothing can change)."""
    found: set[str] = set()
    for statement in module.body:
        for small in statement.body if isinstance(statement, cst.SimpleStatementLine) else ():
            if not isinstance(small, cst.ImportFrom) or small.relative or small.module is None \
                    or isinstance(small.names, cst.ImportStar):
                continue
            for alias in small.names:
                local = facts.code(alias.asname.name) if alias.asname is not None else facts.code(alias.name)
                if f"{facts.code(small.module)}.{facts.code(alias.name)}" in _IMMUTABLE and local in bound_once:
                    found.add(local)
    return frozenset(found)


def _returns_immutable(function: cst.FunctionDef, immutable: frozenset[str]) -> bool:
    returns = function.returns
    return returns is not None and _immutable(returns.annotation, immutable)


def _immutable(annotation: cst.BaseExpression, immutable: frozenset[str], *, outer: bool = False) -> bool:
    """Whether values of `annotation` cannot be changed; with `outer`, apart from the outermost
    container itself (`dict[str, str]`)."""
    if isinstance(annotation, cst.SimpleString):  # a quoted annotation
        try:
            annotation = cst.parse_expression(annotation.evaluated_value)  # type: ignore[arg-type]
        except (cst.ParserSyntaxError, TypeError):
            return False
    if isinstance(annotation, (cst.Name, cst.Attribute)):
        return facts.code(annotation) in immutable
    if isinstance(annotation, cst.BinaryOperation) and isinstance(annotation.operator, cst.BitOr):
        return _immutable(annotation.left, immutable) and _immutable(annotation.right, immutable)
    if isinstance(annotation, cst.Subscript):
        container = facts.code(annotation.value)
        if container not in _CONTAINERS and container not in {"Optional", "typing.Optional"}:
            return False
        if not outer and container not in {"tuple", "Tuple", "frozenset", "FrozenSet", "Optional", "typing.Optional"}:
            return False  # a list inside the result can be changed through the result
        items = [e.slice.value for e in annotation.slice if isinstance(e.slice, cst.Index)]
        return bool(items) and all(
            facts.code(item) == "..." or _immutable(item, immutable) for item in items)
    return False


def _is_pure(function: cst.FunctionDef, trusted: purity.Trusted, modules: frozenset[str], *,
             generator: bool = False, siblings: frozenset[str] = frozenset()) -> bool:
    """Whether calling `function` changes nothing and gives a new value; with `generator`, whether
    running the generator it makes changes nothing (what it yields is not judged)."""
    body = function.body
    if any(isinstance(node, _FORBIDDEN) and not (generator and isinstance(node, cst.Yield))
           for node in facts.walk(body)):
        return False
    params = facts.all_parameters(function)
    local = facts.bound_in(body)
    shadowed = params | local
    owned = purity.fresh_containers(body, params, trusted.open_records)
    owned |= purity.filled_fresh(body, owned)
    immutable_parameters = _immutable_parameters(function)
    # (a text it was handed may be held and handed back: nothing can change it; holdout21/slowquery_digest)
    fresh = _fresh_valued(body, params, local, owned | immutable_parameters, _value_fields(function, trusted))
    asked = _asked_methods(function, trusted, local) | _match_positions(function, trusted) | siblings
    with purity.trusting(trusted):
        for call in m.findall(body, m.Call()):
            assert isinstance(call, cst.Call)
            if not purity.is_pure_call(call, shadowed, owned) and facts.code(call.func) not in asked:
                return False
    for statement, target in facts.written(body):
        if isinstance(target, (cst.Subscript, cst.Attribute)) and purity.root_name(target) not in owned:
            return False  # an item or attribute of something it did not build
        if isinstance(target, cst.Attribute) and isinstance(statement, (cst.Assign, cst.AugAssign)) \
                and not purity.exposed(statement.value) <= fresh:
            return False  # a record of its own holding what it was handed, which it may then change
        if isinstance(statement, cst.AugAssign) and isinstance(target, cst.Name) and target.value not in fresh \
                and target.value not in immutable_parameters:
            return False  # `xs += [...]` extends a list it may have been handed
    for name in _module_reads(function):
        if not (name in _BUILTIN_NAMES or name.isupper() or name in trusted.pure or name in modules):
            return False  # a module variable that may change between calls
    if generator or _returns_immutable(function, _IMMUTABLE | _DATETIME_NAMES):
        return True  # an int or a text handed back from an argument (`return tier.rate`) cannot be changed
    for found in m.findall(body, m.Return()):
        assert isinstance(found, cst.Return)
        if found.value is not None and not purity.exposed(found.value) <= fresh:
            return False  # hands back an argument or a module value, not a new one
    return True


def _immutable_parameters(function: cst.FunctionDef) -> frozenset[str]:
    """Parameters annotated with an immutable type and bound in the body by augmented assignments
    alone (`day: date`, then `day += timedelta(days=1)`): each makes a new value, changing nothing
    the function was handed.  (This trusts the annotation, as `_asked_methods` does.)"""
    rebound = {target.value for statement, target in facts.written(function.body)
               if isinstance(target, cst.Name) and not isinstance(statement, cst.AugAssign)}
    return frozenset(
        param.name.value for param in function.params.params
        if param.annotation is not None and param.name.value not in rebound
        and (facts.code(param.annotation.annotation) in _IMMUTABLE
             or facts.code(param.annotation.annotation) in _DATETIME_NAMES))


def _asked_methods(function: cst.FunctionDef, trusted: purity.Trusted, local: set[str]) -> frozenset[str]:
    """`limits.sigma` for each method that changes nothing (`callees.pure_methods`, judged by builtins
    alone) of the project's classes the parameters are annotated with (`limits: Limits`), never rebound.
    (This trusts the annotation: an object of a subclass whose method does something else would be
    judged wrongly, as an object of any other type would; the verifier's tests and replay are there for
    that.)"""
    found: set[str] = set()
    for param in function.params.params:
        annotation = param.annotation.annotation if param.annotation is not None else None
        known = trusted.classes.get(annotation.value) if isinstance(annotation, cst.Name) else None
        if known is None or param.name.value in local:
            continue
        judged = purity.Trusted(module_aliases=(known.home or trusted).module_aliases)
        with purity.trusting(judged):
            methods = pure_methods(known.module, judged, known.definition.name.value)
        found |= {f"{param.name.value}.{name.removeprefix('self.')}" for name in methods}
    return frozenset(found)


_MATCHING = frozenset({"match", "fullmatch", "search"})


def _match_positions(function: cst.FunctionDef, trusted: purity.Trusted) -> frozenset[str]:
    """`found.start` and `found.end` for each name bound only to regex matches: the target of a loop over
    `PATTERN.finditer(...)` (or `re.finditer`), or assigned `PATTERN.match(...)` (`search`, `fullmatch`).
    A match's positions change nothing; the same names of any other object might (`thread.start()`)."""
    def matching(call: cst.BaseExpression, methods: frozenset[str]) -> bool:
        return isinstance(call, cst.Call) and isinstance(call.func, cst.Attribute) \
            and call.func.attr.value in methods and isinstance(call.func.value, cst.Name) \
            and (call.func.value.value in trusted.patterns
                 or trusted.module_aliases.get(call.func.value.value, call.func.value.value) == "re")

    matches: set[str] = set()
    others: set[str] = set()
    for node in facts.walk(function.body):
        if isinstance(node, (cst.For, cst.CompFor)):
            names = facts.target_names(node.target)
            (matches if isinstance(node.target, cst.Name) and matching(node.iter, frozenset({"finditer"}))
             else others).update(names)
        elif isinstance(node, cst.Assign):
            for target in node.targets:
                names = facts.target_names(target.target)
                (matches if isinstance(target.target, cst.Name) and matching(node.value, _MATCHING)
                 else others).update(names)
        elif isinstance(node, (cst.AugAssign, cst.AnnAssign, cst.NamedExpr, cst.Del)):
            others |= facts.target_names(node.target)
        elif isinstance(node, cst.AsName) and isinstance(node.name, cst.BaseExpression):
            others |= facts.target_names(node.name)
    return frozenset(f"{name}.{method}" for name in matches - others - facts.all_parameters(function)
                     for method in ("start", "end"))


def _value_fields(function: cst.FunctionDef, trusted: purity.Trusted) -> frozenset[tuple[str, str]]:
    """(parameter, field) for the fields annotated as values nothing can change (`cost: float`) of the
    project's classes the parameters are annotated with (`asset: Asset`): `book = asset.cost` then
    holds a number, which `book -= charge` cannot change in place."""
    found: set[tuple[str, str]] = set()
    for param in function.params.params:
        annotation = param.annotation.annotation if param.annotation is not None else None
        known = trusted.classes.get(annotation.value) if isinstance(annotation, cst.Name) else None
        if known is None or not isinstance(known.definition.body, cst.IndentedBlock):
            continue
        for statement in known.definition.body.body:
            line = statement.body[0] if isinstance(statement, cst.SimpleStatementLine) else None
            if isinstance(line, cst.AnnAssign) and isinstance(line.target, cst.Name) \
                    and _immutable(line.annotation.annotation, _IMMUTABLE):
                found.add((param.name.value, line.target.value))
    return frozenset(found)


def _exposed(value: cst.BaseExpression, values: frozenset[tuple[str, str]]) -> set[str]:
    """`purity.exposed`, but a field of `values` read from its parameter exposes nothing."""
    if isinstance(value, cst.Attribute) and isinstance(value.value, cst.Name) \
            and (value.value.value, value.attr.value) in values:
        return set()
    return purity.exposed(value)


def _module_reads(function: cst.FunctionDef) -> set[str]:
    """The names the function's body reads that neither its parameters nor its body bind."""
    # Annotations of locals are never evaluated, so `rows: list[Row] = []` reads no `Row`.
    unannotated = function.body.visit(_WithoutAnnotations())
    assert isinstance(unannotated, cst.CSTNode)  # the transformer only swaps annotations
    return purity.reads(unannotated) - facts.all_parameters(function) - facts.bound_in(function.body)


class _WithoutAnnotations(cst.CSTTransformer):
    def leave_AnnAssign(self, original_node: cst.AnnAssign, updated_node: cst.AnnAssign) -> cst.AnnAssign:
        return updated_node.with_changes(annotation=cst.Annotation(cst.Name("object")))


def _fresh_valued(body: cst.BaseSuite, params: set[str], local: set[str], owned: frozenset[str],
                  values: frozenset[tuple[str, str]] = frozenset()) -> set[str]:
    """Locals that only ever hold values the function made: the containers it built, and
    names assigned only from expressions exposing nothing but such values (`total = 0.0`,
    `total += price`), and counters (`total = 0` and arithmetic on it, whatever it adds).  Loop
    targets, `except … as` and the like hold what they are handed."""
    assigned: dict[str, list[cst.BaseExpression]] = {}
    counters: dict[str, bool] = {}  # names whose plain assignments are all number literals
    for statement, target in facts.written(body):
        if isinstance(target, cst.Name) and isinstance(statement, (cst.Assign, cst.AnnAssign, cst.AugAssign)) \
                and statement.value is not None:
            assigned.setdefault(target.value, []).append(statement.value)
            if not isinstance(statement, cst.AugAssign):
                number = isinstance(statement.value, (cst.Integer, cst.Float))
                counters[target.value] = counters.get(target.value, True) and number
    for statement, target in facts.written(body):
        # `total = 0` … `total += goals`: a number plus anything is a new value (or an error).
        if isinstance(statement, cst.AugAssign) and isinstance(target, cst.Name) and counters.get(target.value) \
                and isinstance(statement.operator, _ARITHMETIC):
            assigned[target.value].remove(statement.value)
    handed: set[str] = set()  # bound from what something else hands over
    for node in facts.walk(body):
        if isinstance(node, cst.For):
            handed |= purity.target_names(node.target)
        elif isinstance(node, cst.AsName) and isinstance(node.name, cst.BaseExpression):
            handed |= purity.target_names(node.name)
    for _, target in facts.written(body):
        if not isinstance(target, cst.Name):
            handed |= purity.target_names(target)  # unpacked: `a, b = pair`
    fresh = {name for name in local if name not in params and name not in handed and name in assigned} | set(owned)
    while True:
        stale = {name for name in fresh - owned
                 if any(not _exposed(value, values) <= fresh for value in assigned.get(name, []))}
        if not stale:
            return fresh
        fresh -= stale


def _is_costly(function: cst.FunctionDef, costly: set[str]) -> bool:
    with purity.trusting(purity.Trusted(costly=frozenset(costly))):
        return purity.is_costly(function.body)
