"""Recipe: a helper that replays a list from its start up to a position it is handed, building a state
item by item, called again and again as the position grows → a copy that keeps the state it built last
and replays only the items past it.

    def levels_at(cues, index):
        state = {}
        for cue in cues[: index + 1]:
            for channel, level in cue.changes.items():
                if level is None:
                    state.pop(channel, None)
                else:
                    state[channel] = level
        return state

    def cue_sheet(cues):
        for index, cue in enumerate(cues):
            previous = levels_at(cues, index - 1)
            current = levels_at(cues, index)

plays the whole cue list from the top twice for every cue: quadratic (holdout27/lighting_cues, a
lighting desk's tracking sheet, studied after its blind run).  The function now makes a dict,
`levels_at_kept = {}`, and calls `_levels_at_resumed(levels_at_kept, cues, index)`, which works out how
many items the prefix holds, takes the state kept for the same other arguments where it covers no more
items than that, replays the items past it with the helper's own loop body, keeps the state with its
count, and answers with a copy of it (`dict(state)`).  The loop may also count positions,
`for j in range(index): line = lines[j]`, and the state may be a plain value the body rebinds
(`key = "C"`, then `if line.startswith("{key:"): key = ...`).

WHY THE SAME ANSWER.  The helper's answer is its state after the same body has run for each item of the
prefix, in order, from the same start.  The kept state is that state after the first items, and the copy
runs the body for the rest, so it ends where the helper would, provided (1) the body does the same
for an item whatever position was asked for (it never reads the position, nor anything worked out from
it, and no `break` or `return` stops the replay early), (2) the helper is pure and reads nothing but its
parameters, module constants and the items, (3) the list and the other arguments are the same as at the
kept call: literals, module constants or names the function never rebinds nor changes, and nothing the
function does while states are kept changes anything (`call_cache.changes_nothing_read`).  States are kept
by the values of the literal and constant arguments.  A state is taken out of the dict while the body
runs, so one left half-built by an exception is never used again (the next call replays from the start
and raises where the helper did).

WHY NOTHING LEAKS.  Each call answers with a new container (a dict or list state is copied), so what a
caller does to one answer reaches neither the kept state nor other answers.  What the body stores in the
state is never a container it made (a display, a comprehension, a call other than a text or number
builtin): only items of the list, parts of them, and plain values, which the helper shared with its
answers too; the state's entries are read or replaced, never changed in place.  A plain-value state is
kept only where it is an int, float, complex, str, bytes, bool or None.  A position that is not an exact
int, or a list that is not a plain list or tuple, is replayed by the helper itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import libcst as cst
import libcst.matchers as m

from wattlens.optimize import call_cache, purity
from wattlens.optimize import cst_facts as facts

EXPLANATION = (
    "a helper replayed a list from its start up to each position the loop asked for; a copy now keeps the "
    "state it built last and replays only the items past it"
)

# Methods of a dict or list state that only read it, and those that put a value in it (the arguments
# they store) or take one out.
_READING = frozenset({"get", "keys", "values", "items", "index", "count", "copy"})
_STORING = frozenset({"append", "insert", "setdefault"})
_TAKING = frozenset({"pop", "remove", "clear", "popitem"})
# Builtins a state may be handed to that only read it.
_READERS = frozenset({"len", "list", "tuple", "sorted", "sum", "min", "max", "any", "all", "dict", "set", "bool"})
# Calls whose answer is a plain value, never a container the body could change later.
_PLAIN_CALLS = frozenset({"int", "float", "str", "bool", "abs", "round", "len", "min", "max", "sum", "ord", "chr",
                          "repr", "format", "hash", "complex", "bytes"})
# Methods answering a text, a number, a truth value or an entry already held (`row.get("key")`).
_PLAIN_METHODS = frozenset({"strip", "lstrip", "rstrip", "lower", "upper", "casefold", "title", "capitalize",
                            "replace", "removeprefix", "removesuffix", "zfill", "join", "format", "get", "count",
                            "index", "find", "rfind", "startswith", "endswith", "isdigit", "isalpha", "isspace"})
_EMPTY = {"{}": "dict", "dict()": "dict", "[]": "list", "list()": "list"}
_KEPT_VALUES = "(int, float, complex, str, bytes, bool, type(None))"


@dataclass(frozen=True)
class _Replay:
    """A helper whose last statements are `state = <start>`, a loop over the items up to `end`, `return state`."""

    helper: cst.FunctionDef
    at: int
    """the position of the parameter the prefix ends by"""
    preamble: tuple[cst.BaseStatement, ...]
    state: str
    start: cst.BaseExpression
    kind: str
    """"dict" or "list" (copied on the way out) or "value" (a plain value the body rebinds)"""
    loop: cst.For
    listed: str | None
    """the parameter sliced (`cues[: index + 1]`), or None for `range(index)`"""
    end: cst.BaseExpression


@dataclass(frozen=True)
class _Plan:
    name: str
    replay: _Replay
    keyed: tuple[int, ...]
    calls: tuple[cst.Call, ...]
    kept: str
    resumed: str


def resume_replays(function: cst.FunctionDef) -> cst.FunctionDef | None:
    plans = _plans(function)
    if not plans:
        return None
    return call_cache.calls_handed_kept(function, [
        (plan.calls, plan.kept, plan.resumed,
         f"(items replayed, state) of the last `{plan.name}` call, by its other arguments") for plan in plans])


def resumed_copies(function: cst.FunctionDef) -> tuple[str, ...]:
    """The module-level copies `resume_replays(function)` calls, one per helper."""
    return tuple(_resumed_copy(plan) for plan in _plans(function))


def _resumed_copy(plan: _Plan) -> str:
    replay = plan.replay
    params = [p.name.value for p in replay.helper.params.params]
    taken = facts.names_in(replay.helper)
    kept, count, last, done = (facts.unused_name(taken, wanted) for wanted in ("kept", "count", "last", "done"))
    index, state, arguments = params[replay.at], replay.state, ", ".join(params)
    key = "(" + ", ".join(params[at] for at in plan.keyed) + ("," if len(plan.keyed) == 1 else "") + ")"
    end = facts.code(replay.end)
    if replay.listed is not None:
        listed = replay.listed
        plain = f"type({index}) is not int or type({listed}) not in (list, tuple)"
        counted = f"len(range(len({listed}))[:{end}])"
        loop = replay.loop.with_changes(iter=cst.parse_expression(f"{listed}[{done}:{count}]"))
    else:
        plain = f"type({index}) is not int"
        counted = f"max({end}, 0)"
        loop = replay.loop.with_changes(iter=cst.parse_expression(f"range({done}, {count})"))
    answer = {"dict": f"dict({state})", "list": f"list({state})", "value": state}[replay.kind]
    keep = f"{kept}[{key}] = ({count}, {state})"
    if replay.kind == "value":
        keep = f"if type({state}) in {_KEPT_VALUES}:\n        {keep}"
    preamble = "".join(facts.code(s.with_changes(leading_lines=[])) if isinstance(s, cst.BaseCompoundStatement)
                       else facts.code(s) for s in replay.preamble)
    head = (
        f"def {plan.resumed}({kept}, {arguments}):\n"
        f'    """`{plan.name}({arguments})`, replaying only the items past those replayed at the last call with '
        f"the same\n    other arguments, whose state is kept in `{kept}` (by the caller: one call of it).\"\"\"\n"
        f"    if {plain}:\n"
        f"        return {plan.name}({arguments})\n")
    tail = (
        f"{count} = {counted}\n"
        f"{last} = {kept}.pop({key}, None)  # taken out while the items are replayed\n"
        f"if {last} is not None and {last}[0] <= {count}:\n"
        f"    {done}, {state} = {last}\n"
        f"else:\n"
        f"    {done}, {state} = 0, {facts.code(replay.start)}\n"
        f"{facts.code(loop.with_changes(leading_lines=[]))}"
        f"{keep}\n"
        f"return {answer}\n")
    body = cst.parse_module(preamble + tail).body
    copied = cst.parse_module(head + "    pass\n").body[0]
    assert isinstance(copied, cst.FunctionDef) and isinstance(copied.body, cst.IndentedBlock)
    done_body = copied.body.with_changes(body=[*copied.body.body[:-1], *body])
    return facts.code(copied.with_changes(body=done_body))


# --- which helper -------------------------------------------------------------------------------


def _replay(helper: cst.FunctionDef) -> _Replay | None:
    params = helper.params
    if params.posonly_params or params.kwonly_params or isinstance(params.star_arg, (cst.Param, cst.ParamStar)) \
            or params.star_kwarg is not None or any(p.default is not None for p in params.params) \
            or helper.asynchronous is not None or not isinstance(helper.body, cst.IndentedBlock):
        return None
    statements = facts.after_docstring(helper)
    if len(statements) < 3:
        return None
    *preamble, made, loop, ending = statements
    binding = facts.single_binding(made)
    if binding is None or not isinstance(loop, cst.For) or loop.orelse is not None or loop.asynchronous is not None:
        return None
    state, start = binding[0].value, binding[1]
    if not m.matches(ending, m.SimpleStatementLine(body=[m.Return(value=m.Name(state))])):
        return None
    names = [p.name.value for p in params.params]
    bounds = _prefix(loop.iter, names)
    if bounds is None:
        return None
    index, listed, end = bounds
    if {index, listed} & facts.bound_anywhere(helper.body) or any(state in facts.names_in(s) for s in preamble):
        return None
    # What depends on the position: the position itself, and what the preamble works out from it.
    tainted = {index}
    for statement in preamble:
        if purity.reads(statement) & tainted:
            tainted |= facts.bound_anywhere(statement)
    if (purity.reads(loop.body) | purity.reads(loop.target) | purity.reads(start)) & (tainted | {listed}):
        return None
    if m.findall(loop.body, m.Return() | m.Yield() | m.Await() | m.FunctionDef() | m.ClassDef() | m.Lambda()
                 | m.Global() | m.Nonlocal()) or facts.breaks_out(loop.body):
        return None
    kind = _EMPTY.get(facts.code(start))
    if kind is None:
        if not _plain(start, set()):
            return None
        kind = "value"
    elif not _kept_apart(loop, state):
        return None
    return _Replay(helper, names.index(index), tuple(preamble), state, start, kind, loop, listed or None, end)


def _prefix(iterated: cst.BaseExpression, names: list[str]) -> tuple[str, str, cst.BaseExpression] | None:
    """(position, list or "", end) for `items[:end]` (or `items[0:end]`) and `range(end)` (or
    `range(0, end)`), where `end` is a parameter, or one plus or minus a number."""
    if isinstance(iterated, cst.Subscript) and isinstance(iterated.value, cst.Name) \
            and iterated.value.value in names and len(iterated.slice) == 1 \
            and isinstance(sliced := iterated.slice[0].slice, cst.Slice) and sliced.step is None \
            and sliced.upper is not None and (sliced.lower is None or m.matches(sliced.lower, m.Integer("0"))):
        listed, end = iterated.value.value, sliced.upper
    elif m.matches(iterated, m.Call(func=m.Name("range"), args=[m.Arg(keyword=None, star="")])
                   | m.Call(func=m.Name("range"), args=[m.Arg(value=m.Integer("0"), keyword=None, star=""),
                                                       m.Arg(keyword=None, star="")])):
        listed, end = "", cst.ensure_type(iterated, cst.Call).args[-1].value
    else:
        return None
    position = end.left if isinstance(end, cst.BinaryOperation) and isinstance(end.operator, (cst.Add, cst.Subtract)) \
        and isinstance(end.right, cst.Integer) else end
    if not isinstance(position, cst.Name) or position.value not in names or position.value == listed:
        return None
    return position.value, listed, end


def _kept_apart(loop: cst.For, state: str) -> bool:
    """The body never rebinds the dict or list `state`, and meets it only by reading it, putting plain
    values or items into it (`state[k] = level`, `state.append(x)`) or taking entries out."""
    if state in facts.bound_anywhere(loop.body) or state in facts.target_names(loop.target):
        return False
    parents = facts.parents(loop.body)
    made = _made_containers(loop)
    for mention in facts.mentions(loop.body, state, parents):
        parent = parents.get(id(mention))
        grand = parents.get(id(parent)) if parent is not None else None
        if isinstance(parent, cst.Subscript) and parent.value is mention:
            if isinstance(grand, (cst.Attribute, cst.Subscript)) and grand.value is parent:
                return False  # `state[k].append(x)`, `state[k][j] = x`: an entry changed in place
            stored = [s.value for s in facts.walk(loop.body) if isinstance(s, (cst.Assign, cst.AugAssign))
                      and any(t is parent for t in _targets(s))]
            if any(not _plain(value, made) for value in stored):
                return False
            continue
        if isinstance(parent, cst.Attribute) and parent.value is mention and isinstance(grand, cst.Call) \
                and grand.func is parent:
            method = parent.attr.value
            if method in _READING or method in _TAKING:
                continue
            if method in _STORING and all(_plain(arg.value, made) for arg in grand.args):
                continue
            return False
        if isinstance(parent, cst.ComparisonTarget) and isinstance(parent.operator, (cst.In, cst.NotIn)):
            continue
        if isinstance(parent, cst.Arg) and isinstance(grand, cst.Call) and m.matches(grand.func, m.Name()) \
                and cst.ensure_type(grand.func, cst.Name).value in _READERS:
            continue
        return False
    return True


def _targets(statement: cst.Assign | cst.AugAssign) -> list[cst.BaseExpression]:
    return [t.target for t in statement.targets] if isinstance(statement, cst.Assign) else [statement.target]


def _made_containers(loop: cst.For) -> set[str]:
    """Names the body binds to something that may be a container it made (so never stored), worked out
    until nothing more is added: a name bound from a plain value or from such names stays plain."""
    bindings: list[tuple[frozenset[str], cst.BaseExpression]] = []
    walked: list[tuple[frozenset[str], cst.BaseExpression]] = []  # loop targets, by what they walk
    for node in facts.walk(loop.body):
        if isinstance(node, cst.Assign):
            bindings += [(facts.target_names(t.target), node.value) for t in node.targets]
        elif isinstance(node, (cst.AugAssign, cst.AnnAssign)) and node.value is not None:
            bindings.append((facts.target_names(node.target), node.value))
        elif isinstance(node, (cst.For, cst.CompFor)):
            walked.append((facts.target_names(node.target), node.iter))
        elif isinstance(node, cst.NamedExpr):
            bindings.append((facts.target_names(node.target), node.value))
    other = facts.bound_anywhere(loop.body) - {name for names, _ in [*bindings, *walked] for name in names}
    made = set(other)  # bound otherwise (`with … as`, `except … as`): judged made
    grew = True
    while grew:
        grew = False
        for names, value, walks in [*((n, v, False) for n, v in bindings), *((n, v, True) for n, v in walked)]:
            if not names <= made and not _plain(value, made, walked=walks):
                made |= names
                grew = True
    return made


def _plain(value: cst.BaseExpression, made: set[str], walked: bool = False) -> bool:
    """`value` makes no container of its own: no display, comprehension or lambda, no call but of a
    builtin or method answering a text, a number or an entry already held, and no name bound to a
    container the body made.  `walked`: what a loop walks, whose items (`cue.changes.items()`, a
    `zip`) are values already held or tuples of them, whatever the calls."""
    containers = (cst.List, cst.Dict, cst.Set, cst.ListComp, cst.SetComp, cst.DictComp, cst.GeneratorExp,
                  cst.Lambda)
    for node in facts.walk(value):
        if isinstance(node, containers):
            return False
        if isinstance(node, cst.Name) and node.value in made:
            return False
        if isinstance(node, cst.Call) and not walked:
            func = node.func
            if isinstance(func, cst.Name) and func.value not in _PLAIN_CALLS \
                    and func.value not in purity.trusted().immutable_results:
                return False
            if isinstance(func, cst.Attribute) and func.attr.value not in _PLAIN_METHODS:
                return False
            if not isinstance(func, (cst.Name, cst.Attribute)):
                return False
    return True


# --- which calls --------------------------------------------------------------------------------


def _plans(function: cst.FunctionDef) -> list[_Plan]:
    trusted = purity.trusted()
    if not trusted.definitions or not isinstance(function.body, cst.IndentedBlock):
        return []
    local = facts.local_names(function) | facts.all_parameters(function)
    plans: list[_Plan] = []
    taken = facts.names_in(function) | set(trusted.definitions) | set(trusted.module_constants) | set(trusted.classes)
    for name in call_cache.looped_helpers(function):
        replay = _replay(trusted.definitions[name])
        if replay is None:
            continue
        calls = [c for c in facts.walk(function.body) if isinstance(c, cst.Call) and m.matches(c.func, m.Name(name))]
        width = len(replay.helper.params.params)
        keyed = call_cache.keyed_positions(function, calls, width, replay.at)
        if keyed is None or not _unchanged(function, calls, replay.at, local):
            continue
        if not call_cache.changes_nothing_read(function, {name: frozenset()}, kept=calls):
            continue
        bare = name.strip("_")
        kept = facts.unused_name(taken, f"{bare}_kept")
        resumed = facts.unused_name(taken, f"_{bare}_resumed")
        taken |= {kept, resumed}
        plans.append(_Plan(name, replay, keyed, tuple(calls), kept, resumed))
    return plans


def _unchanged(function: cst.FunctionDef, calls: Sequence[cst.Call], at: int, local: set[str]) -> bool:
    """The names handed as the other arguments are never changed in the function (a list the function
    itself fills could be changed before an item already replayed)."""
    assert isinstance(function.body, cst.IndentedBlock)
    handed = {arg.value.value for call in calls for position, arg in enumerate(call.args)
              if position != at and isinstance(arg.value, cst.Name)}
    bound = facts.bound_in(function.body)
    # (Bound once, by `call_cache.keyed_positions`: that binding is not a change.)
    return not any(purity.may_change(function.body, name, local, bound - {name}) for name in handed)
