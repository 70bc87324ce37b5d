"""Recipe: a bytes value grown and patched in a loop (`image += ...`, `image = image[:o] + p + image[o + n:]`)
→ a bytearray while the loop runs, changed in place, and bytes again after it.

    image = b""
    for address, payload in records:
        offset = address - base
        if offset > len(image):
            image += filler * (offset - len(image))
        image = image[:offset] + payload + image[offset + len(payload):]

copies the whole image twice for every record: quadratic in the image's size (holdout27/firmware_hex,
studied after its blind run).  bytes never grow in place (CPython's shortcut for `s += t` serves str
only), and a splice builds three new objects.  Now

    image_grown = type(image) is bytes
    if image_grown:
        image = bytearray(image)
    for address, payload in records:
        ...
            image_piece = filler * (offset - len(image))
            if image_grown and type(image_piece) is bytes:
                image += image_piece
            else:
                if image_grown:
                    image, image_grown = bytes(image), False
                image += image_piece
        if image_grown and type(payload) is bytes and type(offset) is int and ... \\
                and 0 <= offset <= offset + len(payload):
            image[offset:offset + len(payload)] = payload
        else:
            if image_grown:
                image, image_grown = bytes(image), False
            image = image[:offset] + payload + image[offset + len(payload):]
    if image_grown:
        image = bytes(image)

WHY THE SAME ANSWER.  While `image_grown` holds, the variable holds a bytearray with the very bytes the
original's bytes would hold; otherwise (a start that is not bytes, or from the first piece that is not plain
bytes on) exactly what the original would hold, changed by the original statement.  (The flag, not the type,
tells them apart: a start that is a bytearray already stays one, as it would.)  Extending a bytearray by
bytes gives the bytes `+` gives.  `b[a:c] = p` for ints 0 <= a <= c gives `b[:a] + p + b[c:]`, also where
`c` or `a` lies past the end (the slice is cut to the end: `p` goes on the end, as `b[:a]` is then all of
`b` and `b[c:]` empty).  Inside the loop the variable is only grown, patched, measured (`len(image)`) or
indexed (`image[i]`, an int either way), so no one sees the bytearray itself; after the loop it is bytes
again.  A negative or non-int position, a piece of any other type (a str, whose TypeError then names bytes
as before), or an object from an odd `__radd__` takes the original statement on the original kind of value.

Before the loop it becomes a bytearray only where it holds bytes (anything else is left as it is, and every
statement then takes the original branch: holdout29/stl_export's header may be a bytearray).  The last
statement before the loop to mention it binds it (or, for a loop after another that grew it, or a parameter,
an earlier statement of the block binds it, so that asking its type raises nothing new), and the start or a
piece shows that bytes are built (a
bytes literal, `bytes(...)`, `.encode(...)`, `struct.pack(...)`, `.to_bytes(...)`: holdout29/stl_export's
header padded with `.ljust(80, b"\\0")`, then one `struct.pack` per facet, studied after its blind run), the
positions and the spliced piece are plain reads (names, attributes, ints, `len(name)`, sums and differences)
that the patching statement reads twice, a piece mentioning the variable is added alone (`image = image + a
+ b` reads nothing of it), no `try` around the loop could see the variable half-way, no closure mentions it,
and no `global` or `nonlocal` names it.  Loops that only add pieces to a literal start are left to
`join-strings`, which joins them once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import libcst as cst
import libcst.matchers as m

from wattlens.optimize import cst_facts as facts
from wattlens.optimize.strings import chain_pieces

EXPLANATION = (
    "a bytes value was grown and patched in a loop, copying all of it at each step; it is now a bytearray "
    "changed in place while the loop runs, and bytes again after it"
)

_NAMES = frozenset({"bytes", "bytearray", "type", "int", "len"})
_MOST_LOOPS = 8  # further loops of one function rewritten together
_BYTES_MAKERS = frozenset({"encode", "pack", "to_bytes", "tobytes", "digest"})
"""methods whose answer is bytes (`text.encode()`, `struct.pack(...)`, `n.to_bytes(4, "big")`)"""
"""builtins the rewrite calls"""


@dataclass(frozen=True)
class _Splice:
    statement: cst.SimpleStatementLine
    low: cst.BaseExpression
    high: cst.BaseExpression
    piece: cst.BaseExpression


@dataclass(frozen=True)
class _Growth:
    statement: cst.SimpleStatementLine
    pieces: tuple[cst.BaseExpression, ...]
    augmented: bool


def grow_bytes_in_place(function: cst.FunctionDef) -> cst.FunctionDef | None:
    """Every loop growing a bytes value, one after the other (a header's objects, then each page's,
    then the cross-reference table: holdout30/pdf_statements, studied after its blind run): a loop
    already rewritten no longer qualifies, and one after it starts from what the loop before left."""
    grown = _grow_one_loop(function)
    for _ in range(_MOST_LOOPS):
        further = _grow_one_loop(grown) if grown is not None else None
        if further is None:
            break
        grown = further
    return grown


def _grow_one_loop(function: cst.FunctionDef) -> cst.FunctionDef | None:
    if not isinstance(function.body, cst.IndentedBlock) or facts.calls_frame_readers(function) \
            or _NAMES & facts.local_names(function):
        return None
    params = facts.all_parameters(function)
    parents = facts.parents(function.body)
    declared = {item.name.value for node in facts.walk(function.body) if isinstance(node, (cst.Global, cst.Nonlocal))
                for item in node.names}
    for block in facts.own_blocks(function):
        for index, loop in enumerate(block.body):
            if not isinstance(loop, (cst.For, cst.While)) \
                    or any(isinstance(holder, (cst.Try, cst.TryStar)) for holder in facts.ancestors(loop, parents)):
                continue
            for name in sorted(facts.bound_in(loop) - declared):
                start = _start(block.body[:index], name)
                if (start is None and not _bound_before(block.body[:index], name, params, block is function.body)) \
                        or facts.captured(block.body[:index + 1], name):
                    continue
                found = _changes(loop, name)
                if found is None:
                    continue
                changes, reads = found
                pieces = [piece for change in changes for piece in (
                    change.pieces if isinstance(change, _Growth) else (change.piece,))]
                if not any(_builds_bytes(part) for part in (start, *pieces) if part is not None):
                    continue
                if not reads and not any(isinstance(change, _Splice) for change in changes) \
                        and isinstance(start, cst.SimpleString):
                    continue  # only pieces added to a literal: joining them once is the better fix
                return _rewritten(function, loop, name, changes)
    return None


def _start(before: Sequence[cst.BaseStatement], name: str) -> cst.BaseExpression | None:
    """What the last statement before the loop to mention `name` binds it to, if it binds it alone."""
    for statement in reversed(before):
        if name in facts.names_in(statement):
            bound = facts.single_binding(statement)
            return bound[1] if bound is not None and bound[0].value == name else None
    return None


def _bound_before(before: Sequence[cst.BaseStatement], name: str, params: set[str], top: bool) -> bool:
    """Whether `name` surely holds a value when the loop starts (a parameter, in the function's own body, or
    bound alone by an earlier statement of the loop's block), so that asking its type raises nothing new."""
    return (top and name in params) or any(
        (bound := facts.single_binding(statement)) is not None and bound[0].value == name for statement in before)


def _builds_bytes(node: cst.CSTNode) -> bool:
    """Whether `node` makes bytes somewhere: a bytes literal, `bytes(...)`, `.encode(...)`, `.pack(...)`…"""
    for found in facts.walk(node):
        if isinstance(found, cst.SimpleString) and "b" in found.prefix.lower():
            return True
        if isinstance(found, cst.Call) and (m.matches(found.func, m.Name("bytes")) or (
                isinstance(found.func, cst.Attribute) and found.func.attr.value in _BYTES_MAKERS)):
            return True
    return False


def _changes(loop: cst.For | cst.While, name: str) -> tuple[list[_Splice | _Growth], int] | None:
    """The statements growing or patching `name` in the loop and how many times it is read otherwise,
    where every other mention of it is `len(name)` or `name[i]`; None where any is not."""
    changes: list[_Splice | _Growth] = []
    accounted: set[int] = set()
    for statement in m.findall(loop, m.SimpleStatementLine()):
        assert isinstance(statement, cst.SimpleStatementLine)
        change = _change(statement, name)
        if change is None:
            continue
        changes.append(change)
        target = statement.body[0]
        assert isinstance(target, (cst.Assign, cst.AugAssign))
        accounted.add(id(target.targets[0].target if isinstance(target, cst.Assign) else target.target))
        if isinstance(change, _Splice):
            value = cst.ensure_type(target.value, cst.BinaryOperation)
            head = cst.ensure_type(cst.ensure_type(value.left, cst.BinaryOperation).left, cst.Subscript)
            accounted |= {id(cst.ensure_type(value.right, cst.Subscript).value), id(head.value)}
        elif not change.augmented:
            accounted.add(id(_chain_start(cst.ensure_type(target.value, cst.BinaryOperation))))
    parents = facts.parents(loop)
    reads = 0
    for node in facts.walk(loop):
        if not isinstance(node, cst.Name) or node.value != name or id(node) in accounted \
                or facts.not_a_variable(node, parents):
            continue
        if not _read(node, parents):
            return None
        reads += 1
    return changes, reads


def _change(statement: cst.SimpleStatementLine, name: str) -> _Splice | _Growth | None:
    if len(statement.body) != 1:
        return None
    small = statement.body[0]
    if isinstance(small, cst.AugAssign) and m.matches(small.target, m.Name(name)) \
            and isinstance(small.operator, cst.AddAssign):
        return _Growth(statement, (small.value,), True)
    if not isinstance(small, cst.Assign) or len(small.targets) != 1 or not m.matches(small.targets[0].target,
                                                                                      m.Name(name)):
        return None
    value = small.value
    head = m.Subscript(value=m.Name(name), slice=[m.SubscriptElement(slice=m.Slice(lower=None, step=None))])
    tail = m.Subscript(value=m.Name(name), slice=[m.SubscriptElement(slice=m.Slice(upper=None, step=None))])
    if m.matches(value, m.BinaryOperation(operator=m.Add(), left=m.BinaryOperation(operator=m.Add(), left=head),
                                          right=tail)):
        assert isinstance(value, cst.BinaryOperation) and isinstance(value.left, cst.BinaryOperation)
        low = cst.ensure_type(cst.ensure_type(value.left.left, cst.Subscript).slice[0].slice, cst.Slice).upper
        high = cst.ensure_type(cst.ensure_type(value.right, cst.Subscript).slice[0].slice, cst.Slice).lower
        piece = value.left.right
        if low is None or high is None or not all(facts.plain_read(part) for part in (low, high, piece)) \
                or name in facts.names_in(piece):
            return None
        return _Splice(statement, low, high, piece)
    pieces = chain_pieces(value, name)
    if pieces is None:
        return None
    if len(pieces) > 1 and any(name in facts.names_in(piece) for piece in pieces):
        return None  # a later piece would read the value before the earlier ones were added
    return _Growth(statement, tuple(pieces), False)


def _chain_start(value: cst.BinaryOperation) -> cst.BaseExpression:
    start: cst.BaseExpression = value
    while isinstance(start, cst.BinaryOperation):
        start = start.left
    return start


def _read(node: cst.Name, parents: dict[int, cst.CSTNode]) -> bool:
    """`len(name)` or `name[i]`, read (not assigned to)."""
    parent = parents.get(id(node))
    if isinstance(parent, cst.Arg) and parent.value is node and parent.keyword is None and not parent.star:
        call = parents.get(id(parent))
        return isinstance(call, cst.Call) and m.matches(call.func, m.Name("len")) and len(call.args) == 1
    return isinstance(parent, cst.Subscript) and parent.value is node and len(parent.slice) == 1 \
        and isinstance(parent.slice[0].slice, cst.Index) and not facts.in_a_target(parent, parents)


def _rewritten(function: cst.FunctionDef, loop: cst.For | cst.While, name: str,
               changes: list[_Splice | _Growth]) -> cst.FunctionDef:
    piece = facts.fresh_name(function, f"{name}_piece")
    grown = facts.fresh_name(function, f"{name}_grown")

    def back(indent: str) -> str:
        return f"{indent}if {grown}:\n{indent}    {name}, {grown} = bytes({name}), False\n"

    new: dict[int, Sequence[cst.BaseStatement]] = {}
    for change in changes:
        original = facts.code(change.statement).strip()
        if isinstance(change, _Splice):
            low, high, spliced = (facts.code(part) for part in (change.low, change.high, change.piece))
            new[id(change.statement)] = [cst.parse_statement(
                f"if {grown} and type({spliced}) is bytes and type({low}) is int"
                f" and type({high}) is int and 0 <= {low} <= {high}:\n"
                f"    {name}[{low}:{high}] = {spliced}\n"
                f"else:\n"
                f"{back('    ')}"
                f"    {original}\n")]
            continue
        statements: list[cst.BaseStatement] = []
        for each in change.pieces:
            added = f"{name} += {piece}" if change.augmented else f"{name} = {name} + {piece}"
            statements += [cst.parse_statement(f"{piece} = {facts.code(each)}\n"), cst.parse_statement(
                f"if {grown} and type({piece}) is bytes:\n"
                f"    {name} += {piece}\n"
                f"else:\n"
                f"{back('    ')}"
                f"    {added}\n")]
        new[id(change.statement)] = statements
    rewritten_loop = loop.visit(facts.ReplaceStatements(new))
    assert isinstance(rewritten_loop, (cst.For, cst.While))
    return facts.replace_statement(function, loop, [
        cst.parse_statement(f"{grown} = type({name}) is bytes\n"),
        cst.parse_statement(f"if {grown}:\n    {name} = bytearray({name})\n"), rewritten_loop,
        cst.parse_statement(f"if {grown}:\n    {name} = bytes({name})\n")])
