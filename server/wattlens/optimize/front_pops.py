"""Recipe: a list the function makes and then takes items off the front of (`tokens.pop(0)`), in the
function or in module helpers it hands the list to → the list kept in reverse order, each item taken off
its end.

    def _read(tokens: list[str]) -> Any:
        token = tokens.pop(0)
        if token == "(":
            items = []
            while tokens and tokens[0] != ")":
                items.append(_read(tokens))
            ...

    def parse_sexpr(text: str) -> list[Any]:
        tokens = tokenize(text)
        expressions = []
        while tokens:
            expressions.append(_read(tokens))
        return expressions

is a recursive-descent reader (holdout25/kicad_netlist, studied after its blind run): every `pop(0)` moves
all the tokens left behind it, so reading n tokens costs n²/2 moves.  The function now makes the list
reversed, `tokens = tokenize(text)[::-1]`, and hands it to a copy of the helper, `_read_reversed`, that
takes `tokens.pop()` and reads `tokens[-1]` where `_read` took `pop(0)` and read `[0]`.

WHY THE SAME ANSWER.  The reversed list holds the same items, the front one at the end: `pop()` hands back
what `pop(0)` would, `[-(k + 1)]` reads what `[k]` would, and its length and truth are the list's.  On an
empty or short list each raises the same IndexError with the same message ("pop from empty list", "list
index out of range").  The list is one the function makes (a display, a comprehension, `list(…)`,
`sorted(…)`, a split, or a module function that returns a list it made and kept nowhere), so nothing else
sees its order; `[::-1]` copies it, so the made list is left as it was, which nothing else holds either.

SHAPES.  The list is a local of the function, bound once, not captured by a closure.  Everywhere, in the
function and in the helpers, it is only: taken from the front (`xs.pop(0)`), read at a constant position
(`xs[0]`, `xs[1]`), measured (`len(xs)`, a truth test), or handed positionally to a function the module
defines at its top (not the function itself), always at the same position, whose parameter there is used
in the same ways and not rebound.  At least one helper is handed the list (a list the function alone
pops is `queue-deque`'s), and something takes from its front.
"""

from __future__ import annotations

from dataclasses import dataclass

import libcst as cst
import libcst.matchers as m

from wattlens.optimize import cst_facts as facts
from wattlens.optimize import purity

EXPLANATION = (
    "`list.pop(0)` moves every item left behind it; the list is now made in reverse order, so each item is "
    "taken off its end by `pop()` and the front read at `[-1]`, in the function and in copies of the helpers "
    "it hands the list to"
)

_POP_FRONT = m.Call(func=m.Attribute(attr=m.Name("pop")), args=[m.Arg(value=m.Integer("0"), keyword=None, star="")])


@dataclass(frozen=True)
class _Uses:
    """How one scope uses the list: the mentions to rewrite, and the helpers it is handed to."""

    pops: tuple[cst.Call, ...]
    reads: tuple[cst.Subscript, ...]
    handed: tuple[tuple[cst.Call, str, int], ...]
    """each call handing the list on, with the helper's name and the position"""


@dataclass(frozen=True)
class _Plan:
    name: str
    binding: cst.BaseExpression
    uses: _Uses
    copies: dict[str, tuple[int, str]]
    """helper name -> (the list's position, its copy's name)"""
    helper_uses: dict[str, _Uses]


def reverse_front_pops(function: cst.FunctionDef) -> cst.FunctionDef | None:
    plan = _plan(function)
    if plan is None:
        return None
    replaced = _replacements(plan.uses, plan.copies)
    replaced[id(plan.binding)] = _reversed(plan.binding)
    rewritten = function.visit(facts.ReplaceNodes(replaced))
    assert isinstance(rewritten, cst.FunctionDef)
    return rewritten


def reversed_copies(function: cst.FunctionDef) -> tuple[str, ...]:
    """The module-level copies of the helpers `reverse_front_pops(function)` hands the reversed list to."""
    plan = _plan(function)
    if plan is None:
        return ()
    definitions = purity.trusted().module_functions
    copies = []
    for helper, (position, copy) in plan.copies.items():
        definition = definitions[helper]
        parameter = definition.params.params[position].name.value
        replaced = _replacements(plan.helper_uses[helper], plan.copies)
        body = definition.body.visit(facts.ReplaceNodes(replaced))
        assert isinstance(body, cst.IndentedBlock)
        said = cst.parse_statement(f'"""`{helper}`, reading `{parameter}` kept in reverse order (its front at '
                                   f'the end)."""\n')
        statements = list(body.body)
        if facts.docstring(definition) is not None:
            statements = statements[1:]
        copied = definition.with_changes(name=cst.Name(copy), leading_lines=[],
                                         body=body.with_changes(body=[said, *statements]))
        copies.append(facts.code(copied))
    return tuple(copies)


def _reversed(value: cst.BaseExpression) -> cst.BaseExpression:
    return cst.Subscript(value=value, slice=[cst.SubscriptElement(cst.Slice(
        lower=None, upper=None, step=cst.UnaryOperation(cst.Minus(), cst.Integer("1"))))])


def _replacements(uses: _Uses, copies: dict[str, tuple[int, str]]) -> dict[int, cst.CSTNode]:
    replaced: dict[int, cst.CSTNode] = {}
    for pop in uses.pops:
        replaced[id(pop)] = pop.with_changes(args=[])
    for read in uses.reads:
        index = read.slice[0].slice
        assert isinstance(index, cst.Index) and isinstance(index.value, cst.Integer)
        replaced[id(read)] = read.with_changes(slice=[read.slice[0].with_changes(slice=index.with_changes(
            value=cst.UnaryOperation(cst.Minus(), cst.Integer(str(int(index.value.value, 0) + 1)))))])
    for call, helper, _ in uses.handed:
        replaced[id(call)] = call.with_changes(func=cst.Name(copies[helper][1]))
    return replaced


# --- which list, handed to which helpers ----------------------------------------------------------


def _plan(function: cst.FunctionDef) -> _Plan | None:
    definitions = purity.trusted().module_functions
    if not isinstance(function.body, cst.IndentedBlock) or not definitions or facts.calls_frame_readers(function):
        return None
    local, parameters = facts.local_names(function), facts.all_parameters(function)
    body = list(function.body.body)
    for statement in body:
        binding = facts.single_binding(statement)
        if binding is None:
            continue
        target, value = binding
        name = target.value
        if name in parameters or not _new_list(value, local) or facts.captured(body, name):
            continue
        if _bindings(function, name) != 1 or _rebound_otherwise(function, name):
            continue
        uses = _uses(function, name, {id(target)}, local)
        found = _helpers(function, uses) if uses is not None and uses.handed else None
        if uses is None or found is None:
            continue
        copies, helper_uses = found
        if uses.pops or any(u.pops for u in helper_uses.values()):
            return _Plan(name, value, uses, copies, helper_uses)
    return None


def _bindings(scope: cst.CSTNode, name: str) -> int:
    return len(m.findall(scope, m.AssignTarget(target=m.Name(name)) | m.AnnAssign(target=m.Name(name))))


def _rebound_otherwise(scope: cst.CSTNode, name: str) -> bool:
    own = m.Name(name)
    return bool(m.findall(scope, m.AugAssign(target=own) | m.For(target=own) | m.Del(target=own)
                          | m.NamedExpr(target=own) | m.CompFor(target=own) | m.AsName(name=own)
                          | m.Global() | m.Nonlocal()))


def _helpers(function: cst.FunctionDef, uses: _Uses) -> tuple[dict[str, tuple[int, str]], dict[str, _Uses]] | None:
    """Every helper the list reaches, checked, with its copy's name; None where one uses it otherwise."""
    trusted = purity.trusted()
    module_functions = trusted.module_functions
    taken = (facts.names_in(function) | set(module_functions) | set(trusted.module_constants)
             | set(trusted.classes) | set(trusted.definitions))
    positions: dict[str, int] = {}
    helper_uses: dict[str, _Uses] = {}
    waiting = list(uses.handed)
    while waiting:
        _, helper, position = waiting.pop()
        if helper == function.name.value or positions.get(helper, position) != position:
            return None
        if helper in positions:
            continue
        positions[helper] = position
        definition = module_functions[helper]
        taken |= facts.names_in(definition)
        params = definition.params
        if params.posonly_params or position >= len(params.params):
            return None  # (a position-only parameter would shift the positions counted here)
        parameter = params.params[position].name.value
        if parameter in facts.bound_in(definition.body) or _rebound_otherwise(definition, parameter):
            return None
        if facts.captured(list(getattr(definition.body, "body", ())), parameter):
            return None
        if facts.calls_frame_readers(definition) or any(isinstance(n, (cst.Yield, cst.Await))
                                                        for n in facts.walk(definition)):
            return None
        found = _uses(definition, parameter, {id(params.params[position].name)},
                      facts.local_names(definition))
        if found is None:
            return None
        helper_uses[helper] = found
        waiting.extend(found.handed)
    copies = {helper: (at, facts.unused_name(taken, f"{helper}_reversed")) for helper, at in positions.items()}
    return copies, helper_uses


def _uses(scope: cst.FunctionDef, name: str, skipped: set[int], local: set[str]) -> _Uses | None:
    """How `scope` uses the list `name` (apart from the mentions `skipped`: its binding); None where it uses
    it in a way the reversed list would not answer the same."""
    module_functions = purity.trusted().module_functions
    parents = facts.parents(scope)
    pops: list[cst.Call] = []
    reads: list[cst.Subscript] = []
    handed: list[tuple[cst.Call, str, int]] = []
    for mention in facts.mentions(scope, name, parents):
        if id(mention) in skipped or isinstance(parents.get(id(mention)), cst.Param):
            continue
        parent = parents.get(id(mention))
        grand = parents.get(id(parent)) if parent is not None else None
        if facts.measured(mention, parents, local):
            continue
        if isinstance(parent, cst.Attribute) and parent.value is mention and isinstance(grand, cst.Call) \
                and grand.func is parent and m.matches(grand, _POP_FRONT):
            pops.append(grand)
            continue
        if isinstance(parent, cst.Subscript) and parent.value is mention and _front_read(parent, parents):
            reads.append(parent)
            continue
        if isinstance(parent, cst.Arg) and isinstance(grand, cst.Call) and parent.keyword is None \
                and parent.star == "" and isinstance(grand.func, cst.Name) and grand.func.value not in local \
                and grand.func.value in module_functions:
            position = list(grand.args).index(parent)
            if any(a.keyword is not None or a.star for a in grand.args[:position + 1]):
                return None
            if sum(1 for a in grand.args if name in facts.names_in(a)) != 1:
                return None  # the list handed twice, or inside another argument
            handed.append((grand, grand.func.value, position))
            continue
        return None
    return _Uses(tuple(pops), tuple(reads), tuple(handed))


def _front_read(read: cst.Subscript, parents: dict[int, cst.CSTNode]) -> bool:
    """`xs[k]` read (not written or deleted) at a constant position counted from the front."""
    if len(read.slice) != 1 or not isinstance(read.slice[0].slice, cst.Index):
        return False
    index = read.slice[0].slice.value
    if not isinstance(index, cst.Integer) or facts.in_a_target(read, parents):
        return False
    grand = parents.get(id(read))
    return not isinstance(grand, (cst.AugAssign, cst.Del))


def _new_list(value: cst.BaseExpression, local: set[str]) -> bool:
    """A list made right here (see `facts.is_list_maker`), or by a module function that returns a list it
    made and kept nowhere."""
    if facts.is_list_maker(value):
        return not (isinstance(value, cst.Call) and isinstance(value.func, cst.Name) and value.func.value in local)
    if not (isinstance(value, cst.Call) and isinstance(value.func, cst.Name)) or value.func.value in local:
        return False
    maker = purity.trusted().module_functions.get(value.func.value)
    return maker is not None and _returns_made_list(maker)


def _returns_made_list(maker: cst.FunctionDef) -> bool:
    """Whether every `return` of `maker` returns one local, bound once to a new list, that is otherwise only
    grown, sorted or measured (never handed on or stored)."""
    if not isinstance(maker.body, cst.IndentedBlock) or facts.deferred_nodes(maker.body) or any(
            isinstance(n, (cst.Yield, cst.Await, cst.Global, cst.Nonlocal)) for n in facts.walk(maker)):
        return False
    returns = [n for n in facts.walk(maker.body) if isinstance(n, cst.Return)]
    names = {r.value.value for r in returns if isinstance(r.value, cst.Name)}
    if not returns or len(names) != 1 or any(not isinstance(r.value, cst.Name) for r in returns):
        return False
    name = names.pop()
    if name in facts.all_parameters(maker) or _rebound_otherwise(maker, name):
        return False
    bindings = [s for s in maker.body.body if (b := facts.single_binding(s)) is not None and b[0].value == name]
    if len(bindings) != 1 or _bindings(maker, name) != 1:
        return False
    made = facts.single_binding(bindings[0])
    assert made is not None
    if not isinstance(made[1], (cst.List, cst.ListComp)):
        return False
    parents = facts.parents(maker)
    local = facts.local_names(maker)
    for mention in facts.mentions(maker.body, name, parents):
        parent = parents.get(id(mention))
        if mention is made[0] or isinstance(parent, cst.Return) or facts.measured(mention, parents, local):
            continue
        if isinstance(parent, cst.Attribute) and parent.value is mention and isinstance(
                parents.get(id(parent)), cst.Call) and parent.attr.value in ("append", "extend", "insert", "sort",
                                                                              "reverse"):
            continue
        return False
    return True
