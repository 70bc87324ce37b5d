"""Recipe: work repeated on every pass of a loop although nothing in the loop changes it.

    for row in rows:
        width = max(len(r.name) for r in rows)      # the same value every pass
        ...

becomes

    width_ready = False  # ...
    for row in rows:
        if not width_ready:
            width = max(len(r.name) for r in rows)
            width_ready = True
        ...

The work runs once, at the place and the moment it first ran before, so a loop that
never starts still computes nothing (`max` of an empty list still never raises), and
an exception the first pass raised is raised the same way.  A plain hoist above the
loop would change both.

A run of consecutive statements at the top of a loop's body qualifies when:
- it changes nothing but the variables it binds and the fresh containers it builds
  (`table = {}` then `for k, v in pairs: table[k] = v`); its calls are builtins and
  methods known not to change their arguments (see `purity`), or functions of the same
  module judged the same way from their bodies (see `callees`);
- everything it reads is a parameter, a local or an UPPER_CASE constant that the rest
  of the loop neither rebinds nor may change;
- what it binds is bound nowhere else in the loop, and a container it builds is neither
  changed nor handed on by the rest of the loop (each pass used to get a new one);
- it does work worth saving: a loop, a comprehension, or a call such as `sorted(xs)`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import libcst as cst
import libcst.matchers as m

from wattlens.optimize import cst_facts as facts
from wattlens.optimize import purity

_FRESH_LITERALS = (cst.List, cst.Dict, cst.Set, cst.ListComp, cst.DictComp, cst.SetComp)


@dataclass
class _Run:
    """What a run of statements binds, reads and builds, gathered while checking it."""

    shadowed: set[str]
    bound: set[str] = field(default_factory=set)
    """every name bound anywhere in the run"""
    free: set[str] = field(default_factory=set)
    """names read before the run binds them: they must not change in the loop"""
    owned: set[str] = field(default_factory=set)
    """names holding a container the run built itself, which the run may fill"""


def hoist_invariants(function: cst.FunctionDef) -> cst.FunctionDef | None:
    """Guard loop-invariant work in the first loop that has some, so it runs once."""
    if not isinstance(function.body, cst.IndentedBlock):
        return None
    # Locals and parameters: known to this function, and hiding any builtin of that name.
    local = facts.bound_in(function) | facts.parameters(function)
    for loop in facts.own_loops(function):
        guarded = _guard_loop(function, loop, local, local)
        if guarded is not None:
            flags, new_loop = guarded
            return facts.replace_statement(function, loop, [*flags, new_loop])
    return None


def _guard_loop(
    function: cst.FunctionDef, loop: cst.For | cst.While, shadowed: set[str], known: set[str]
) -> tuple[list[cst.BaseStatement], cst.For | cst.While] | None:
    if not isinstance(loop.body, cst.IndentedBlock):
        return None
    body = list(loop.body.body)
    loop_bound = facts.bound_in(loop)
    flags: list[cst.BaseStatement] = []
    new_body: list[cst.BaseStatement] = []
    index = 0
    taken = facts.names_in(function)
    while index < len(body):
        end = _longest_run(body, index, loop, loop_bound, shadowed, known)
        if end is None:
            new_body.append(body[index])
            index += 1
            continue
        run = body[index:end]
        flag = _fresh(taken, f"{_first_binding(run)}_ready")
        taken.add(flag)
        flags.append(cst.parse_statement(
            f"{flag} = False  # the work under `if not {flag}` gives the same result on every pass\n"))
        done = cst.parse_statement(f"{flag} = True\n")
        new_body.append(cst.If(
            test=cst.parse_expression(f"not {flag}"),
            body=cst.IndentedBlock(body=[*run, done]),
        ))
        index = end
    if not flags:
        return None
    return flags, loop.with_changes(body=loop.body.with_changes(body=new_body))


def _first_binding(run: Sequence[cst.BaseStatement]) -> str:
    """The first name the run binds at its own level (`table` for `table = {}`), to name its flag."""
    for statement in run:
        for assign in m.findall(statement, m.Assign() | m.AnnAssign() | m.AugAssign()):
            targets = [t.target for t in assign.targets] if isinstance(assign, cst.Assign) else [assign.target]  # type: ignore[attr-defined]
            for target in targets:
                names = sorted(purity.target_names(target))
                if names:
                    return names[0]
    return "work"


def _fresh(taken: set[str], wanted: str) -> str:
    name, number = wanted, 2
    while name in taken:
        name, number = f"{wanted}{number}", number + 1
    return name


def _longest_run(
    body: Sequence[cst.BaseStatement], start: int, loop: cst.For | cst.While,
    loop_bound: set[str], shadowed: set[str], known: set[str],
) -> int | None:
    """The end of the longest worthwhile invariant run starting at `start`, if any."""
    best = None
    for end in range(start + 1, len(body) + 1):
        run = _check_run(body[start:end], shadowed)
        if run is None:
            break
        if _invariant_in_loop(run, body[start:end], body, start, end, loop, loop_bound, shadowed, known) and \
                purity.is_costly(cst.IndentedBlock(body=body[start:end])):
            best = end
    return best


def _check_run(statements: Sequence[cst.BaseStatement], shadowed: set[str]) -> _Run | None:
    """What the run binds and reads, or None when it may change anything but its own."""
    run = _Run(shadowed=shadowed)
    return run if _scan(statements, run, set(), nested=False) else None


def _scan(statements: Sequence[cst.BaseStatement], run: _Run, bound_so_far: set[str], *, nested: bool) -> bool:
    for statement in statements:
        if isinstance(statement, cst.SimpleStatementLine):
            for small in statement.body:
                if not _scan_small(small, run, bound_so_far, nested=nested):
                    return False
        elif isinstance(statement, cst.For):
            if statement.asynchronous is not None or not _read(statement.iter, run, bound_so_far):
                return False
            names = purity.target_names(statement.target)
            if not names or not isinstance(statement.target, (cst.Name, cst.Tuple, cst.List)):
                return False
            run.bound |= names
            inner = bound_so_far | names  # conditionally bound: visible only inside
            if not _scan_block(statement.body, run, inner) or not _scan_block(statement.orelse, run, set(bound_so_far)):
                return False
        elif isinstance(statement, cst.If):
            if not _read(statement.test, run, bound_so_far):
                return False
            if not _scan_block(statement.body, run, set(bound_so_far)):
                return False
            if not _scan_block(statement.orelse, run, set(bound_so_far)):
                return False
        else:
            return False
    return True


def _scan_block(block: cst.CSTNode | None, run: _Run, bound_so_far: set[str]) -> bool:
    if block is None:
        return True
    if isinstance(block, cst.If):  # elif
        return _scan([block], run, bound_so_far, nested=True)
    inner = getattr(block, "body", None)
    if isinstance(inner, cst.IndentedBlock):
        return _scan(inner.body, run, bound_so_far, nested=True)
    if isinstance(block, cst.IndentedBlock):
        return _scan(block.body, run, bound_so_far, nested=True)
    return False


def _scan_small(small: cst.BaseSmallStatement, run: _Run, bound_so_far: set[str], *, nested: bool) -> bool:
    owned = frozenset(run.owned)
    if isinstance(small, cst.Pass):
        return True
    if isinstance(small, (cst.Break, cst.Continue)):
        return nested  # inside a loop of the run, it ends that loop, not the outer one
    if isinstance(small, cst.Expr):
        return isinstance(small.value, cst.Call) and _read(small.value, run, bound_so_far)
    if isinstance(small, (cst.Assign, cst.AnnAssign, cst.AugAssign)):
        value = small.value
        if value is None or not _read(value, run, bound_so_far):
            return False
        targets = [t.target for t in small.targets] if isinstance(small, cst.Assign) else [small.target]
        for target in targets:
            if isinstance(target, (cst.Subscript, cst.Attribute)):
                # filling a container the run built; the subscript itself is read
                if purity.root_name(target) not in owned or not _read(target, run, bound_so_far, store=True):
                    return False
                continue
            names = purity.target_names(target)
            if not names or not isinstance(target, (cst.Name, cst.Tuple, cst.List)):
                return False
            if isinstance(small, cst.AugAssign) and not _read(target, run, bound_so_far):
                return False
            run.bound |= names
            bound_so_far |= names
            fresh = isinstance(target, cst.Name) and _makes_fresh_container(value)
            for name in names:
                if fresh and not nested:
                    run.owned.add(name)
                elif not isinstance(small, cst.AugAssign) or name not in run.owned:
                    run.owned.discard(name)
        return True
    return False


def _read(node: cst.CSTNode, run: _Run, bound_so_far: set[str], *, store: bool = False) -> bool:
    """Record what `node` reads; False when it may change something the run does not own."""
    if not purity.is_pure_expression(node, run.shadowed, frozenset(run.owned)):
        return False
    if store and isinstance(node, cst.Subscript):
        node = cst.Tuple([cst.Element(e.slice.value) for e in node.slice if isinstance(e.slice, cst.Index)])
    run.free |= purity.reads(node) - bound_so_far
    return True


def _makes_fresh_container(value: cst.BaseExpression) -> bool:
    if isinstance(value, _FRESH_LITERALS):
        return True
    if isinstance(value, cst.Call):
        if isinstance(value.func, cst.Name):
            # A trusted module function returns a new value each call (see `callees`): like a
            # container built here, it must not be changed by the rest of the loop.
            return value.func.value in purity.FRESH_CONTAINER_CALLS or value.func.value in purity.trusted().pure
        if isinstance(value.func, cst.Attribute):
            return value.func.attr.value in purity.FRESH_CONTAINER_METHODS
    return False


def _invariant_in_loop(
    run: _Run, statements: Sequence[cst.BaseStatement], body: Sequence[cst.BaseStatement], start: int, end: int,
    loop: cst.For | cst.While, loop_bound: set[str], shadowed: set[str], known: set[str],
) -> bool:
    rest: list[cst.CSTNode] = [*body[:start], *body[end:]]
    if isinstance(loop, cst.While):
        rest.append(loop.test)
    if loop.orelse is not None:
        rest.append(loop.orelse)
    rest_bound: set[str] = set()
    for node in rest:
        rest_bound |= facts.bound_in(node)
    if isinstance(loop, cst.For):
        rest_bound |= purity.target_names(loop.target)
    for name in run.free:
        if name in loop_bound and name not in run.bound:
            return False  # changes from pass to pass
        if name in run.bound:
            return False  # read before the run binds it: the previous pass's value
        if name not in known and not name.isupper() and name not in purity.PURE_BUILTINS \
                and name not in purity.PURE_MODULE_FUNCTIONS and name not in purity.trusted().pure:
            return False  # a global the loop's calls might rebind
        if any(purity.may_change(node, name, shadowed, rest_bound) for node in rest):
            return False
    for name in run.bound:
        if name in rest_bound:
            return False  # the rest of the loop rebinds it
    for name in run.owned:
        if any(purity.may_change(node, name, shadowed, set()) or purity.escapes(node, name) for node in rest):
            return False  # each pass used to get a container of its own
    return not m.findall(cst.IndentedBlock(body=list(statements)), m.Global() | m.Nonlocal())
