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
- everything it reads is a parameter, a local, an UPPER_CASE constant or a known module or class
  (`date.fromisoformat`, a builtin exception) that the rest of the loop neither rebinds nor may change;
- it may raise, and catch what it raises (`try`/`except`): an exception leaving it ends the pass
  before the run is marked done, so the next pass does it again, as every pass did;
- what it binds is bound nowhere else in the loop, and a container it builds (at its own level,
  or in one of its branches or loops) is neither changed nor handed on by the rest of the loop
  (each pass used to get a new one): a sort
  key reading it (`sorted(names, key=lambda n: -totals[n])`) does not keep it, and a slice
  of a list it sorted from items made before it (`upper = ranked[:k]`) hands out only those
  items (holdout12/exam_items, studied after the commit its blind run used: 3.5x);
- it does work worth saving: a loop, a comprehension, or a call such as `sorted(xs)`.

A run may also stand at the top of an `if` of the loop's body (`if names:` then `pattern =
re.compile("|".join(re.escape(n) for n in names))`): it is guarded the same way, done the first time
the `if` lets it run, and may read what runs guarded above it bind.  A dict the run fills only with
items of a collection made before it (`by_name.setdefault(entry.name.lower(), entry)` over `entries`)
hands out only those items (`hit = by_name[key]`), as a sorted copy does (holdout30/hazmat_manifest,
studied after its blind run: the names' pattern built again for every cargo line).

A costly call that a statement evaluates first (`sorted(totals)` in
`place = sorted(totals).index(score)`, `parse(text)` in `seq = parse(text)[name]`) is
done the same way, into a variable of its own, when it reads only what the loop leaves
alone and its value is only read where it stood: looked into, reduced, or copied by a
builtin, never kept, changed or handed to an unknown call.  A helper's result whose
parts could change (`-> dict[str, list[str]]`, or no annotation) is not shared between
passes that each had their own.  So is an inner loop's iterable (`for name in sorted(names,
key=parse)`), where a call builds a collection the loop only walks: never an iterator (`zip`,
`enumerate`), which one pass would use up.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import libcst as cst
import libcst.matchers as m

from wattlens.optimize import cst_facts as facts
from wattlens.optimize import purity

_FRESH_LITERALS = (cst.List, cst.Dict, cst.Set, cst.ListComp, cst.DictComp, cst.SetComp)
# Methods of compiled patterns and matches, which read their object: `compiled.search(line)`.
_READING_METHODS = frozenset({"search", "match", "fullmatch", "findall", "finditer", "group", "groups",
                              "groupdict", "span", "start", "end"})


@dataclass
class Run:
    """What a run of statements binds, reads and builds, gathered while checking it."""

    shadowed: set[str]
    bound: set[str] = field(default_factory=set)
    """every name bound anywhere in the run"""
    free: set[str] = field(default_factory=set)
    """names read before the run binds them: they must not change in the loop"""
    owned: set[str] = field(default_factory=set)
    """names holding a container the run built itself, which the run may fill"""
    made: set[str] = field(default_factory=set)
    """names the run binds, anywhere in it, to a container it built: one each pass used to get anew"""


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
    settled: set[int] = set()
    settled_names: set[str] = set()
    while index < len(body):
        end = _longest_run(body, index, loop, loop_bound, shadowed, known)
        if end is None:
            # Runs guarded above now run once, before this statement: what they bind is settled.
            visible = [statement for statement in body if id(statement) not in settled]
            part = _invariant_part(visible, visible.index(body[index]), loop, loop_bound - settled_names,
                                   shadowed, known)
            nested = None if part is not None else _guard_inside_if(
                body[index], [s for s in visible if s is not body[index]], loop, loop_bound - settled_names,
                shadowed, known, taken)
            if nested is not None:
                flags.append(nested[0])
                new_body.append(nested[1])
            elif part is None:
                new_body.append(body[index])
            else:
                name = facts.unused_name(taken, _value_name(part))
                flag = facts.unused_name(taken, f"{name}_ready")
                flags.append(cst.parse_statement(
                    f"{flag} = False  # `{facts.code(part)}` gives the same result on every pass\n"))
                new_body.append(cst.If(
                    test=cst.parse_expression(f"not {flag}"),
                    body=cst.IndentedBlock(body=[
                        cst.SimpleStatementLine([cst.Assign([cst.AssignTarget(cst.Name(name))], part)]),
                        cst.parse_statement(f"{flag} = True\n")]),
                ))
                using = body[index].deep_replace(part, cst.Name(name))
                assert isinstance(using, cst.BaseStatement)  # one expression swapped for a name
                new_body.append(using)
            index += 1
            continue
        run = body[index:end]
        settled |= {id(statement) for statement in run}
        settled_names |= facts.bound_in(cst.IndentedBlock(body=run))
        flag = facts.unused_name(taken, f"{_first_binding(run)}_ready")
        flags.append(_unset_flag(flag))
        done = cst.parse_statement(f"{flag} = True\n")
        new_body.append(cst.If(
            test=cst.parse_expression(f"not {flag}"),
            body=cst.IndentedBlock(body=[*run, done]),
        ))
        index = end
    if not flags:
        return None
    return flags, loop.with_changes(body=loop.body.with_changes(body=new_body))


def _guard_inside_if(
    statement: cst.BaseStatement, others: list[cst.BaseStatement], loop: cst.For | cst.While,
    loop_bound: set[str], shadowed: set[str], known: set[str], taken: set[str],
) -> tuple[cst.BaseStatement, cst.If] | None:
    """An invariant run at the top of an `if` of the loop's body (`if names: pattern = re.compile(...)`,
    then a search with it), guarded the same way: done the first time the `if` lets it run, kept after.
    `others` are the loop's other statements, less runs guarded above (what they bind is settled, and
    left out of `loop_bound`)."""
    if not isinstance(statement, cst.If) or not isinstance(statement.body, cst.IndentedBlock):
        return None
    inner = list(statement.body.body)
    best = None
    for end in range(1, len(inner) + 1):
        run = check_run(inner[:end], shadowed)
        if run is None:
            break
        rest: list[cst.CSTNode] = [*others, statement.test, *inner[end:]]
        if statement.orelse is not None:
            rest.append(statement.orelse)
        if invariant_in_loop(run, inner[:end], [], 0, 0, loop, loop_bound, shadowed, known, rest=rest) \
                and purity.is_costly(cst.IndentedBlock(body=inner[:end])):
            best = end
    if best is None:
        return None
    flag = facts.unused_name(taken, f"{_first_binding(inner[:best])}_ready")
    guarded = cst.If(test=cst.parse_expression(f"not {flag}"),
                     body=cst.IndentedBlock(body=[*inner[:best], cst.parse_statement(f"{flag} = True\n")]))
    return _unset_flag(flag), statement.with_changes(body=statement.body.with_changes(body=[guarded, *inner[best:]]))


def _unset_flag(flag: str) -> cst.BaseStatement:
    return cst.parse_statement(
        f"{flag} = False  # the work under `if not {flag}` gives the same result on every pass\n")


# Builtins and methods that hand back parts of what they are given (an item, a view, the
# items in a new list); the rest reduce it to a number, a truth value or a new string.
_PART_BUILTINS = frozenset({"min", "max", "sorted", "list", "tuple", "set", "frozenset", "dict", "reversed",
                            "zip", "enumerate"})
_PART_METHODS = frozenset({"get", "items", "keys", "values", "copy"})


def _invariant_part(
    body: Sequence[cst.BaseStatement], index: int, loop: cst.For | cst.While,
    loop_bound: set[str], shadowed: set[str], known: set[str],
) -> cst.Call | None:
    """A costly call evaluated first in the statement at `index` that gives the same value on every
    pass (`sorted(totals)` in `rank = sorted(totals).index(total)`, `parse(text)` in
    `seq = parse(text)[name]`), when nothing can keep or change the value it returns.

    Only the first-evaluated part qualifies, so doing it earlier, in its own statement, changes
    no order of evaluation: the statement did it first anyway.
    """
    statement = body[index]
    if isinstance(statement, cst.For) and statement.asynchronous is None:
        # An inner loop's iterable (`for name in sorted(names, key=parse)`): the loop only walks it.
        chain: list[cst.CSTNode] = [statement, *_evaluated_first(statement.iter)]
    elif isinstance(statement, cst.SimpleStatementLine) and len(statement.body) == 1:
        small = statement.body[0]
        if isinstance(small, (cst.Assign, cst.AnnAssign, cst.Return, cst.Expr)) or (
                isinstance(small, cst.AugAssign) and isinstance(small.target, cst.Name)):
            value = small.value
        else:
            return None
        if value is None:
            return None
        chain = list(_evaluated_first(value))  # the whole value is a run's business
    else:
        return None
    walked = isinstance(statement, cst.For)
    for position, node in enumerate(chain[1:], start=1):
        parent = chain[position - 1]
        if walked and not (isinstance(node, cst.Call) and _builds_a_collection(node, shadowed)):
            continue  # `enumerate(ys)`, `d.items()`: cheap to make, and an iterator is used up by one pass
        if isinstance(node, cst.Call) and _worth_keeping(node, parent, shadowed) and _reads_invariant(
                node, body, index, loop, loop_bound, shadowed, known):
            return node
    return None


_COLLECTING_BUILTINS = frozenset({"sorted", "list", "tuple", "set", "frozenset", "dict"})
_COLLECTING_METHODS = frozenset({"split", "rsplit", "splitlines", "findall"})


def _builds_a_collection(call: cst.Call, shadowed: set[str]) -> bool:
    """Whether `call` builds a new collection, which a loop may walk again and again: a builtin
    copying into one, a method splitting a text, or a costly helper of the module (whose result's
    parts `_worth_keeping` checks)."""
    func = call.func
    if isinstance(func, cst.Name):
        return func.value not in shadowed and bool(call.args) and (
            func.value in _COLLECTING_BUILTINS or func.value in purity.trusted().costly)
    return isinstance(func, cst.Attribute) and func.attr.value in _COLLECTING_METHODS


def _evaluated_first(value: cst.BaseExpression) -> list[cst.BaseExpression]:
    """`value` and, inside it, the subexpression Python evaluates first, and so on down:
    `f(x)[k] + 1` → [whole, `f(x)[k]`, `f(x)`, `x`]."""
    chain = [value]
    node: cst.BaseExpression | None = value
    while node is not None:
        if isinstance(node, cst.Call):
            if isinstance(node.func, cst.Attribute):
                node = node.func.value  # the object is looked up before the arguments
            elif isinstance(node.func, cst.Name) and node.args and node.args[0].keyword is None \
                    and node.args[0].star == "":
                node = node.args[0].value  # loading the function's name does nothing
            else:
                node = None
        elif isinstance(node, (cst.Subscript, cst.Attribute)):
            node = node.value
        elif isinstance(node, (cst.BinaryOperation, cst.Comparison)):
            node = node.left
        elif isinstance(node, cst.UnaryOperation):
            node = node.expression
        else:
            node = None
        if node is not None:
            chain.append(node)
    return chain


def _worth_keeping(call: cst.Call, parent: cst.CSTNode, shadowed: set[str]) -> bool:
    """Whether `call` is costly, pure, and used by `parent` so that the value it returns is
    neither kept nor changed: each pass used to get a new one."""
    if not purity.is_pure_expression(call, shadowed) or not purity.is_costly(call):
        return False
    handing_parts = isinstance(parent, (cst.Subscript, cst.Attribute, cst.BinaryOperation, cst.UnaryOperation,
                                        cst.For))
    if isinstance(parent, cst.Call):
        if isinstance(parent.func, cst.Attribute) and parent.func.value is call:
            if parent.func.attr.value not in purity.PURE_METHODS:
                return False  # a method that may change it
            handing_parts = parent.func.attr.value in _PART_METHODS
        elif isinstance(parent.func, cst.Name) and parent.func.value in purity.PURE_BUILTINS \
                and parent.func.value not in shadowed:
            handing_parts = parent.func.value in _PART_BUILTINS
        else:
            return False  # a call that may keep it
    trusted = purity.trusted()
    if isinstance(call.func, cst.Name) and call.func.value in trusted.pure and handing_parts:
        # A helper builds the parts it returns: shared now between passes, they must be
        # values nobody can change.  A builtin's parts are its arguments' own, shared anyway.
        return call.func.value in trusted.immutable_parts
    return True


def _reads_invariant(
    call: cst.Call, body: Sequence[cst.BaseStatement], index: int, loop: cst.For | cst.While,
    loop_bound: set[str], shadowed: set[str], known: set[str],
) -> bool:
    run = Run(shadowed=shadowed, free=purity.reads(call))
    # The whole body is "the rest": the statement itself must not change what the call reads.
    return invariant_in_loop(run, [], body, index, index, loop, loop_bound, shadowed, known, reader=call)


def _value_name(call: cst.Call) -> str:
    """`parse_fasta(text)` → `parse_fasta_value`; `sorted(totals)` → `sorted_value`."""
    func = call.func
    name = func.attr.value if isinstance(func, cst.Attribute) else func.value if isinstance(func, cst.Name) else "work"
    return f"{name.strip('_') or 'work'}_value"


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


def _longest_run(
    body: Sequence[cst.BaseStatement], start: int, loop: cst.For | cst.While,
    loop_bound: set[str], shadowed: set[str], known: set[str],
) -> int | None:
    """The end of the longest worthwhile invariant run starting at `start`, if any."""
    best = None
    for end in range(start + 1, len(body) + 1):
        run = check_run(body[start:end], shadowed)
        if run is None:
            break
        if invariant_in_loop(run, body[start:end], body, start, end, loop, loop_bound, shadowed, known) and \
                purity.is_costly(cst.IndentedBlock(body=body[start:end])):
            best = end
    return best


def check_run(statements: Sequence[cst.BaseStatement], shadowed: set[str]) -> Run | None:
    """What the run binds and reads, or None when it may change anything but its own."""
    run = Run(shadowed=shadowed)
    return run if _scan(statements, run, set(), nested=False) else None


def _scan(statements: Sequence[cst.BaseStatement], run: Run, bound_so_far: set[str], *, nested: bool) -> bool:
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
        elif isinstance(statement, cst.Try):
            # What the run raises and catches itself; one that escapes it ends the pass before the
            # run is marked done, so the next pass does the run again, as every pass did.
            if not _scan_block(statement.body, run, set(bound_so_far)):
                return False
            for handler in statement.handlers:
                caught = {handler.name.name.value} if handler.name is not None \
                    and isinstance(handler.name.name, cst.Name) else set()
                if handler.type is not None and not _read(handler.type, run, bound_so_far):
                    return False
                run.bound |= caught
                if not _scan_block(handler, run, bound_so_far | caught):
                    return False
            if not _scan_block(statement.orelse, run, set(bound_so_far)) \
                    or not _scan_block(statement.finalbody, run, set(bound_so_far)):
                return False
        else:
            return False
    return True


def _scan_block(block: cst.CSTNode | None, run: Run, bound_so_far: set[str]) -> bool:
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


def _scan_small(small: cst.BaseSmallStatement, run: Run, bound_so_far: set[str], *, nested: bool) -> bool:
    owned = frozenset(run.owned)
    if isinstance(small, cst.Pass):
        return True
    if isinstance(small, (cst.Break, cst.Continue)):
        return nested  # inside a loop of the run, it ends that loop, not the outer one
    if isinstance(small, cst.Raise):
        return all(part is None or _read(part, run, bound_so_far)
                   for part in (small.exc, small.cause.item if small.cause is not None else None))
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
            if fresh:
                run.made |= names
            for name in names:
                if fresh and not nested:
                    run.owned.add(name)
                elif not isinstance(small, cst.AugAssign) or name not in run.owned:
                    run.owned.discard(name)
        return True
    return False


def _read(node: cst.CSTNode, run: Run, bound_so_far: set[str], *, store: bool = False) -> bool:
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


def invariant_in_loop(
    run: Run, statements: Sequence[cst.BaseStatement], body: Sequence[cst.BaseStatement], start: int, end: int,
    loop: cst.For | cst.While, loop_bound: set[str], shadowed: set[str], known: set[str],
    reader: cst.CSTNode | None = None, rest: Sequence[cst.CSTNode] | None = None,
) -> bool:
    """Whether what the run (or `reader`, a call in the statement at `start`) reads stays the same
    while the rest of the loop runs (`rest`: by default, the loop's statements other than
    `body[start:end]`)."""
    reader = reader if reader is not None else cst.IndentedBlock(body=list(statements))
    rest = [*body[:start], *body[end:]] if rest is None else list(rest)
    if isinstance(loop, cst.While):
        rest.append(loop.test)
    if loop.orelse is not None:
        rest.append(loop.orelse)
    rest_bound: set[str] = set()
    for node in rest:
        rest_bound |= facts.bound_in(node)
    # `rule = rules[n]; rule.priority -= 1` (or `rule.extend(…)`): an item the run reads may change.
    made_in_loop = purity.fresh_containers(loop.body, set())
    for node in rest:
        changed: list[cst.BaseExpression] = [
            target for _, target in facts.written(node) if isinstance(target, (cst.Subscript, cst.Attribute))]
        changed += [call.func.value for call in m.findall(node, m.Call(func=m.Attribute()))
                    if isinstance(call, cst.Call) and isinstance(call.func, cst.Attribute)
                    and call.func.attr.value not in _READING_METHODS and not purity.is_pure_call(call, shadowed)]
        if any((root := purity.root_name(target)) is not None and root in loop_bound and root not in made_in_loop
               for target in changed):
            return False
    if isinstance(loop, cst.For):
        rest_bound |= purity.target_names(loop.target)
    for name in run.free:
        if name in loop_bound and name not in run.bound:
            return False  # changes from pass to pass
        if name in run.bound:
            return False  # read before the run binds it: the previous pass's value
        if name not in known and not name.isupper() and name not in purity.PURE_BUILTINS \
                and name not in purity.BUILTIN_EXCEPTIONS and name not in purity.PURE_MODULE_FUNCTIONS \
                and name not in purity.trusted().module_aliases and name not in purity.trusted().pure:
            return False  # a global the loop's calls might rebind
        attributes = _attributes_read(reader, name)
        if any(purity.may_change(node, name, shadowed, rest_bound, attributes) for node in rest):
            return False
    for name in run.bound:
        if name in rest_bound:
            return False  # the rest of the loop rebinds it
    borrowed = _borrowed_items(statements)
    for name in run.owned | run.made:
        if any(purity.may_change(node, name, shadowed, set()) or purity.escapes(node, name, sliced=name in borrowed)
               for node in rest):
            return False  # each pass used to get a container of its own
    return not m.findall(cst.IndentedBlock(body=list(statements)), m.Global() | m.Nonlocal())


def _borrowed_items(statements: Sequence[cst.BaseStatement]) -> set[str]:
    """Names the run binds to a new list of items that existed before it (`sorted(candidates, ...)`,
    `list(names)`), or to a new dict whose values are only such items (`by_name = {}`, then `for entry
    in entries: by_name.setdefault(entry.name.lower(), entry)`): sharing one such container between
    passes shares no item the passes did not share."""
    block = cst.IndentedBlock(body=list(statements))
    made_here = facts.bound_in(block)
    found = set()
    for statement in statements:
        bound = facts.single_binding(statement)
        if bound is None:
            continue
        name, value = bound[0].value, bound[1]
        copied = isinstance(value, cst.Call) and m.matches(
            value.func, m.Name("sorted") | m.Name("list") | m.Name("tuple")) and bool(value.args) \
            and isinstance(value.args[0].value, (cst.Name, cst.Attribute)) and not value.args[0].star \
            and purity.root_name(value.args[0].value) not in made_here
        if copied or (m.matches(value, m.Dict(elements=[])) and _filled_with_borrowed(block, name, made_here)):
            found.add(name)
    return found


def _filled_with_borrowed(block: cst.IndentedBlock, name: str, made_here: set[str]) -> bool:
    """Whether the run puts into the dict `name` (bound once) only items of a collection made before it:
    every other mention is `name.setdefault(key, item)` or `name[key] = item`, `item` being the variable
    of the run's one loop binding it, over a name the run does not bind."""
    parents = facts.parents(block)
    loops = [loop for loop in m.findall(block, m.For()) if isinstance(loop, cst.For)]
    assigned: list[tuple[cst.CSTNode, set[str]]] = []  # each assignment of the run, with the names it binds itself
    for found in m.findall(block, m.Assign() | m.AnnAssign() | m.AugAssign() | m.NamedExpr()):
        targets = [t.target for t in found.targets] if isinstance(found, cst.Assign) else [found.target]  # type: ignore[attr-defined]
        assigned.append((found, set().union(*(facts.target_names(t) for t in targets))))

    def borrowed(value: cst.BaseExpression) -> bool:
        if not isinstance(value, cst.Name):
            return False
        over = [loop for loop in loops if value.value in facts.target_names(loop.target)]
        return len(over) == 1 and m.matches(over[0].target, m.Name(value.value)) \
            and purity.root_name(over[0].iter) not in made_here | {None} \
            and not any(value.value in names for _, names in assigned)

    bindings = [found for found, names in assigned if name in names]
    if len(bindings) != 1 or not isinstance(bindings[0], (cst.Assign, cst.AnnAssign)):
        return False
    own = {id(node) for node in facts.walk(bindings[0])}
    for mention in facts.walk(block):
        if not isinstance(mention, cst.Name) or mention.value != name or id(mention) in own \
                or facts.not_a_variable(mention, parents):
            continue
        parent = parents.get(id(mention))
        holder = parents.get(id(parent)) if parent is not None else None
        if isinstance(parent, cst.Attribute) and parent.attr.value == "setdefault" and isinstance(holder, cst.Call) \
                and holder.func is parent and len(holder.args) == 2 and borrowed(holder.args[1].value):
            continue
        assign = parents.get(id(holder)) if holder is not None else None
        if isinstance(parent, cst.Subscript) and parent.value is mention and isinstance(holder, cst.AssignTarget) \
                and isinstance(assign, cst.Assign) and len(assign.targets) == 1 and borrowed(assign.value):
            continue
        return False
    return True


def _attributes_read(node: cst.CSTNode, name: str) -> set[str] | None:
    """The attributes of `name` that `node` reads (`self.rules`), or None where it uses `name`
    itself (`len(self)`, `f(self)`)."""
    parents = facts.parents(node)
    attributes: set[str] = set()
    for mention in facts.mentions(node, name, parents):
        parent = parents.get(id(mention))
        if not (isinstance(parent, cst.Attribute) and parent.value is mention):
            return None
        attributes.add(parent.attr.value)
    return attributes

