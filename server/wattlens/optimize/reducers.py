"""Recipe: a state handed through a pure reducer on every pass (`stock = apply_event(stock, event)`),
where the reducer copies the whole state and changes the copy → a copy of the reducer that changes in
place the state it made at its last call, which nothing else holds.

    current = stock
    for event in events:
        before = current[key]["qty"] if key in current else None
        current = apply_event(current, event)
        after = current[key]
        ...

where

    def apply_event(stock, event):
        updated = {key: dict(slot) for key, slot in stock.items()}
        ...                      # changes `updated[key]`'s items
        return updated

copies every slot of the fleet for every event: quadratic in the events (holdout16/vending_restock,
studied after its blind run).  The copy of the reducer copies only a state it did not make itself:

    def _apply_event_in_place(stock, event, made):
        updated = stock if stock is made[0] else {key: dict(slot) for key, slot in stock.items()}
        made[0] = updated
        ...

so the first event copies the morning stock (which is never changed) and every later one changes the
state the previous one made.

WHEN.  The reducer is pure (of the module, or imported from the project), with positional parameters;
its body (after a docstring, and checks that mention neither the parameter nor `updated` and return
nothing, such as `raise` for a bad event: holdout3/leaderboard) goes on `updated = <copy of one
parameter>`: `dict(p)`, `list(p)`, `set(p)`,
`p.copy()`, `p[:]`, `{**p}`, or one level deeper, `{k: dict(v) for k, v in p.items()}` or
`[list(r) for r in p]` (with `dict`, `list`, `.copy()`, `[:]` or `{**v}` for each item).  The parameter
is not mentioned again, `updated` is never rebound, every `return` hands back `updated`, and
`updated` is otherwise only indexed (read, written or deleted), asked `k in updated` or `len(updated)`,
or has methods called that read it, take items out or put items in.  Of a copy two levels deep, what is
put in at the top must be a new container (`updated[k] = {"qty": 0}`): the copy changes the items it
holds in place, so they must be its own, where the reducer copied them before changing them.

In the function the call is `state = reducer(..., state, ...)`, a statement of its own directly in a
loop's body, outside any `try` or `with` (a reducer raising halfway then leaves a half-changed state
no one sees again).  Inside the loop every other mention of the state reads it to the depth the
reducer copies (`current[key]["qty"]` for a copy of every slot), or tests membership or length; or
binds a name to one level less (`after = current[key]`) in a statement of the loop's body after the
call, a name bound nowhere else and read only after that statement, to the remaining depth.  So no
object the reducer made is held past the next call, which would change it where the original left it
as it was.  No closure, `global` or `nonlocal` may reach the state.  After the loop the state is the
last one made, and may be used in any way.
"""

from __future__ import annotations

from dataclasses import dataclass

import libcst as cst
import libcst.matchers as m

from wattlens.optimize import cst_facts as facts
from wattlens.optimize import helper_cache, purity

EXPLANATION = (
    "a reducer copied the whole state on every pass to change one part of it; a copy of the reducer now "
    "changes in place the state it made itself at its last call, which nothing else holds, and copies only "
    "the state it is first handed"
)

_SHALLOW = frozenset({"dict", "list", "set"})
_READING = frozenset({"get", "keys", "values", "items", "count", "index"})
_TAKING = frozenset({"pop", "popitem", "clear", "remove", "discard"})
_PUTTING = frozenset({"setdefault", "append", "add"})  # (what they put is their last argument)
_CHANGING = frozenset({"update", "extend", "insert", "sort", "reverse"})


@dataclass(frozen=True)
class _Reducer:
    """A reducer whose first statement copies one of its parameters to `result`, `depth` levels deep."""

    helper: cst.FunctionDef
    position: int
    result: str
    depth: int
    holder: str  # the copy's keyword-only parameter for the state it made last
    lead: int  # the statements before the copy (checks that touch neither the state nor the copy)


@dataclass(frozen=True)
class _Plan:
    call: cst.Call
    helper: str
    copy: str
    made: str  # the function's holder of the last state the copy made


def change_in_place(function: cst.FunctionDef) -> cst.FunctionDef | None:
    plans = _plans(function)
    if not plans or not isinstance(function.body, cst.IndentedBlock):
        return None
    replaced: dict[int, cst.CSTNode] = {}
    for plan in plans:
        reducer = _reducer(plan.helper)
        assert reducer is not None  # `_plans` found it
        args = [*plan.call.args[:-1], plan.call.args[-1].with_changes(comma=cst.MaybeSentinel.DEFAULT)]
        handed = cst.ensure_type(cst.parse_expression(f"f({reducer.holder}={plan.made})"), cst.Call).args[0]
        replaced[id(plan.call)] = plan.call.with_changes(func=cst.Name(plan.copy), args=[*args, handed])
    body = function.body.visit(facts.ReplaceNodes(replaced))
    assert isinstance(body, cst.IndentedBlock)
    start = 1 if facts.docstring(function) is not None else 0
    holders = [cst.parse_statement(f"{plan.made}: list[object] = [None]  # the state the copy made last\n")
               for plan in plans]
    return function.with_changes(body=body.with_changes(body=[*body.body[:start], *holders, *body.body[start:]]))


def in_place_copies(function: cst.FunctionDef) -> tuple[str, ...]:
    """The copies of the reducers `change_in_place(function)` calls, after the imports they need."""
    texts: list[str] = []
    copies: list[str] = []
    for helper, copy in dict.fromkeys((plan.helper, plan.copy) for plan in _plans(function)):
        reducer = _reducer(helper)
        assert reducer is not None  # `_plans` found it
        texts.extend(helper_cache.copy_imports(helper, reducer.helper) or ())
        copies.append(_copy(helper, copy, reducer))
    return (*dict.fromkeys(texts), *copies)


# --- the function's side ---------------------------------------------------------------------------


def _plans(function: cst.FunctionDef) -> list[_Plan]:
    trusted = purity.trusted()
    if not isinstance(function.body, cst.IndentedBlock) or not (trusted.definitions or trusted.imported) \
            or facts.calls_frame_readers(function) or m.findall(function.body, m.Yield()):
        return []
    parents = facts.parents(function.body)
    local = facts.local_names(function)
    taken = facts.names_in(function) | set(trusted.definitions)
    copies: dict[str, str] = {}
    found: list[_Plan] = []
    for loop in facts.walk(function.body):
        if not isinstance(loop, (cst.For, cst.While)) or not isinstance(loop.body, cst.IndentedBlock):
            continue
        for index, statement in enumerate(loop.body.body):
            binding = facts.single_assign(statement)
            if binding is None or not isinstance(call := binding[1], cst.Call) \
                    or not isinstance(call.func, cst.Name) or call.func.value in local:
                continue
            state, name = binding[0].value, call.func.value
            reducer = _reducer(name)
            if reducer is None or helper_cache.copy_imports(name, reducer.helper) is None \
                    or len(call.args) != len(reducer.helper.params.params) \
                    or any(arg.keyword or arg.star for arg in call.args) \
                    or not m.matches(call.args[reducer.position].value, m.Name(state)) \
                    or any(state in facts.names_in(arg) for i, arg in enumerate(call.args) if i != reducer.position):
                continue
            if any(isinstance(a, (cst.Try, cst.TryStar, cst.With)) for a in facts.ancestors(statement, parents)) \
                    or facts.declared_outer(function, state) or facts.captured(function.body.body, state):
                continue
            if not _held_nowhere(function, loop, index, state, reducer.depth, parents, local) \
                    or not _read_between(function, loop, state, reducer.depth, parents, local):
                continue
            if name not in copies:
                copies[name] = facts.unused_name(taken, f"_{name.strip('_')}_in_place")
            made = facts.unused_name(taken | {plan.made for plan in found}, f"{state}_made")
            found.append(_Plan(call, name, copies[name], made))
    return found


def _held_nowhere(function: cst.FunctionDef, loop: cst.For | cst.While, index: int, state: str, depth: int,
                  parents: dict[int, cst.CSTNode], local: set[str]) -> bool:
    """Inside `loop`, whose statement `index` hands `state` through the reducer, every other mention of
    the state reads it to `depth` (or asks membership or length), or binds a name to one level less
    after the call, itself read only to the rest of the depth after its binding."""
    assert isinstance(loop.body, cst.IndentedBlock)
    statements = list(loop.body.body)
    call_statement = statements[index]
    for mention in facts.mentions(loop, state, parents):
        if any(a is call_statement for a in facts.ancestors(mention, parents)):
            parent = parents.get(id(mention))
            if isinstance(parent, (cst.Arg, cst.AssignTarget)):
                continue  # the call's own argument and target (its other arguments do not mention the state)
            return False
        if isinstance(parents.get(id(mention)), cst.Return) or _reads_to(mention, depth, parents, local):
            continue  # (no call follows a `return`)
        levels, outer = _indexed(mention, parents)
        alias = _alias(outer, parents, statements, index) if levels == depth - 1 and levels > 0 else None
        if alias is None:
            return False
        name, at = alias
        if sum(name in facts.bound_in(s) for s in function.body.body) != 1 or facts.captured(statements, name):
            return False
        for use in facts.mentions(function.body, name, parents):
            if facts.in_a_target(use, parents):
                if parents.get(id(use)) is not None and any(a is statements[at] for a in facts.ancestors(use, parents)):
                    continue  # its binding
                return False
            after = any(a is s for s in statements[at + 1:] for a in facts.ancestors(use, parents))
            if not after or not _reads_to(use, 1, parents, local):
                return False
    return True


def _read_between(function: cst.FunctionDef, loop: cst.For | cst.While, state: str, depth: int,
                  parents: dict[int, cst.CSTNode], local: set[str]) -> bool:
    """Mentions of the state outside `loop` but in the statement of the function's body holding it (an
    outer loop, whose next pass calls the reducer again) read it to its depth, ask membership or length,
    or rebind it; those after that statement run once every call is made, and those before it see
    only states the copy never changes (it copies whatever it did not make)."""
    assert isinstance(function.body, cst.IndentedBlock)
    outer = next(s for s in function.body.body if s is loop or any(a is s for a in facts.ancestors(loop, parents)))
    for mention in facts.mentions(outer, state, parents):
        inside = any(a is loop for a in facts.ancestors(mention, parents))
        if not (inside or isinstance(parents.get(id(mention)), cst.AssignTarget)
                or _reads_to(mention, depth, parents, local)):
            return False
    return True


def _reads_to(mention: cst.Name, depth: int, parents: dict[int, cst.CSTNode], local: set[str]) -> bool:
    """This mention of a state (or of a part of it) indexes it `depth` times to read what is there, or
    asks membership or length, or tests its truth: it keeps nothing the reducer made."""
    levels, outer = _indexed(mention, parents)
    if levels >= depth:
        return not facts.in_a_target(outer, parents)
    return levels == 0 and facts.read_only(mention, parents, local) \
        and not isinstance(parents.get(id(mention)), (cst.Subscript, cst.For))


def _indexed(node: cst.BaseExpression, parents: dict[int, cst.CSTNode]) -> tuple[int, cst.BaseExpression]:
    """How many times `node` is indexed in a row (`node[a][b]`: 2), and the outermost index."""
    levels, outer = 0, node
    while isinstance(parent := parents.get(id(outer)), cst.Subscript) and parent.value is outer \
            and all(isinstance(e.slice, cst.Index) for e in parent.slice):
        levels, outer = levels + 1, parent
    return levels, outer


def _alias(value: cst.BaseExpression, parents: dict[int, cst.CSTNode], statements: list[cst.BaseStatement],
           index: int) -> tuple[str, int] | None:
    """`name = value` as a statement of the loop's body after the reducer's call: the name and where."""
    assign = parents.get(id(value))
    line = parents.get(id(assign)) if assign is not None else None
    if not (isinstance(assign, cst.Assign) and assign.value is value and len(assign.targets) == 1
            and isinstance(target := assign.targets[0].target, cst.Name)):
        return None
    at = next((i for i, s in enumerate(statements) if s is line), None)
    return (target.value, at) if at is not None and at > index else None


# --- the reducer's side ----------------------------------------------------------------------------


def _reducer(name: str) -> _Reducer | None:
    helper = purity.trusted().definition_of(name)
    if helper is None or not isinstance(helper.body, cst.IndentedBlock):
        return None
    params = helper.params
    if not facts.plain_parameters(helper) \
            or m.findall(helper.body, m.Yield() | m.Lambda() | m.FunctionDef() | m.ClassDef()):
        return None
    statements = list(helper.body.body[1:] if facts.docstring(helper) is not None else helper.body.body)
    names = [p.name.value for p in params.params]
    lead = next((i for i, s in enumerate(statements)
                 if (b := facts.single_assign(s)) is not None and (c := _copied(b[1])) is not None and c[0] in names),
                None)
    if lead is None:
        return None
    binding = facts.single_assign(statements[lead])
    assert binding is not None
    result, copied = binding[0].value, _copied(binding[1])
    assert copied is not None
    parameter, depth = copied
    guards = cst.IndentedBlock(body=statements[:lead])
    if {parameter, result} & facts.names_in(guards) or m.findall(guards, m.Return()):
        return None  # checks before the copy (`raise` for a bad event) touch neither the state nor the copy
    rest = cst.IndentedBlock(body=statements[lead + 1:])
    parents = facts.parents(rest)
    if parameter in facts.names_in(rest) or result in facts.bound_in(rest):
        return None
    returns = [r for r in facts.walk(rest) if isinstance(r, cst.Return)]
    if not returns or not all(isinstance(r.value, cst.Name) and r.value.value == result for r in returns):
        return None
    for mention in facts.mentions(rest, result, parents):
        if not _reducer_use(mention, parents, depth):
            return None
    return _Reducer(helper, names.index(parameter), result, depth, facts.unused_name(facts.names_in(helper), "made"),
                    lead)


def _reducer_use(mention: cst.Name, parents: dict[int, cst.CSTNode], depth: int) -> bool:
    """`updated[k]` read, written or deleted; `k in updated`; `len(updated)`; a method reading it or
    taking an item out; `return updated`.  Of a copy two levels deep, what is written at the top must be
    a new container: the copy changes it in place at its next call, where the reducer copied it first."""
    parent = parents.get(id(mention))
    if isinstance(parent, cst.Return):
        return True
    if isinstance(parent, cst.Subscript) and parent.value is mention:
        holder = parents.get(id(parent))
        if isinstance(holder, cst.AssignTarget):
            assign = parents.get(id(holder))
            return isinstance(assign, cst.Assign) and len(assign.targets) == 1 and (depth == 1 or _new(assign.value))
        if isinstance(holder, cst.Del):
            return True
        if isinstance(holder, cst.AugAssign) and holder.target is parent:
            return depth == 1
        return not facts.in_a_target(parent, parents)
    if isinstance(parent, cst.Attribute) and parent.value is mention:
        call = parents.get(id(parent))
        if not (isinstance(call, cst.Call) and call.func is parent):
            return False
        method = parent.attr.value
        if method in _READING or method in _TAKING:
            return True
        if method in _PUTTING:
            return depth == 1 or all(_new(arg.value) for arg in call.args[-1:])
        return depth == 1 and method in _CHANGING
    if isinstance(parent, cst.ComparisonTarget):
        return parent.comparator is mention and isinstance(parent.operator, (cst.In, cst.NotIn))
    call = parents.get(id(parent)) if isinstance(parent, cst.Arg) else None
    return isinstance(call, cst.Call) and m.matches(call.func, m.Name("len")) and len(call.args) == 1


def _new(value: cst.BaseExpression) -> bool:
    """A value made right there that no one else holds: a display, a comprehension, a copy (`dict(x)`),
    or a constant."""
    if facts.is_literal(value) or isinstance(value, (cst.Dict, cst.List, cst.Set, cst.DictComp, cst.ListComp,
                                                     cst.SetComp)):
        return True
    return isinstance(value, cst.Call) and isinstance(value.func, cst.Name) \
        and value.func.value in purity.FRESH_CONTAINER_CALLS


def _copied(value: cst.BaseExpression) -> tuple[str, int] | None:
    """The parameter a copy expression copies and how deep: `dict(p)` 1, `{k: dict(v) for k, v in
    p.items()}` 2."""
    shallow = _shallow(value)
    if shallow is not None:
        return shallow, 1
    if isinstance(value, cst.DictComp) and len(comps := _clauses(value)) == 1:
        clause = comps[0]
        if m.matches(clause.iter, m.Call(func=m.Attribute(value=m.Name(), attr=m.Name("items")), args=[])) \
                and m.matches(clause.target, m.Tuple(elements=[m.Element(m.Name()), m.Element(m.Name())])) \
                and isinstance(clause.target, cst.Tuple):
            key, item = (cst.ensure_type(e.value, cst.Name).value for e in clause.target.elements)
            if m.matches(value.key, m.Name(key)) and _shallow(value.value) == item:
                return cst.ensure_type(cst.ensure_type(clause.iter, cst.Call).func, cst.Attribute).value.value, 2  # type: ignore[attr-defined]
    if isinstance(value, cst.ListComp) and len(comps := _clauses(value)) == 1:
        clause = comps[0]
        if isinstance(clause.iter, cst.Name) and isinstance(clause.target, cst.Name) \
                and _shallow(value.elt) == clause.target.value:
            return clause.iter.value, 2
    return None


def _clauses(value: cst.DictComp | cst.ListComp) -> list[cst.CompFor]:
    clauses: list[cst.CompFor] = []
    clause: cst.CompFor | None = value.for_in
    while clause is not None:
        if clause.ifs or clause.asynchronous is not None:
            return []
        clauses.append(clause)
        clause = clause.inner_for_in
    return clauses


def _shallow(value: cst.BaseExpression) -> str | None:
    """`x` of `dict(x)`, `list(x)`, `set(x)`, `x.copy()`, `x[:]`, `{**x}`."""
    if isinstance(value, cst.Call) and len(value.args) == 1 and not value.args[0].keyword \
            and not value.args[0].star and isinstance(value.args[0].value, cst.Name) \
            and m.matches(value.func, m.OneOf(*(m.Name(n) for n in _SHALLOW))):
        return value.args[0].value.value
    if m.matches(value, m.Call(func=m.Attribute(value=m.Name(), attr=m.Name("copy")), args=[])):
        return cst.ensure_type(cst.ensure_type(cst.ensure_type(value, cst.Call).func, cst.Attribute).value,
                               cst.Name).value
    if m.matches(value, m.Subscript(value=m.Name(), slice=[m.SubscriptElement(m.Slice(lower=None, upper=None,
                                                                                         step=None))])):
        return cst.ensure_type(cst.ensure_type(value, cst.Subscript).value, cst.Name).value
    if isinstance(value, cst.Dict) and len(value.elements) == 1 \
            and isinstance(star := value.elements[0], cst.StarredDictElement) and isinstance(star.value, cst.Name):
        return star.value.value
    return None


def _copy(name: str, copy: str, reducer: _Reducer) -> str:
    helper = reducer.helper
    assert isinstance(helper.body, cst.IndentedBlock)
    params = [p.name.value for p in helper.params.params]
    state = params[reducer.position]
    made = reducer.holder
    statements = list(helper.body.body[1:] if facts.docstring(helper) is not None else helper.body.body)
    copied = cst.ensure_type(statements[reducer.lead], cst.SimpleStatementLine).body[0]
    value = facts.code(cst.ensure_type(copied, cst.Assign).value)
    head = cst.parse_module(
        f"{reducer.result} = {state} if {state} is {made}[0] else {value}\n{made}[0] = {reducer.result}\n").body
    doc = cst.parse_statement(
        f'"""`{name}`, changing in place the state it made at its last call (`{made}[0]`), which nothing '
        f'else holds,\n    instead of copying it again."""\n')
    new = helper.with_changes(
        name=cst.Name(copy), leading_lines=[], decorators=[],
        params=helper.params.with_changes(star_arg=cst.ParamStar(), kwonly_params=[
            cst.Param(cst.Name(made), cst.Annotation(cst.parse_expression("list[object]")))]),
        body=helper.body.with_changes(body=[doc, *statements[:reducer.lead], *head, *statements[reducer.lead + 1:]]))
    return facts.code(new)
