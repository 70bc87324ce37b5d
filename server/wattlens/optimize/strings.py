"""A recipe for a string built up piece by piece in a loop.

`out = out + piece` makes a new string and copies everything built so far into it,
so n pieces cost O(n²) copying. CPython avoids the copy only for the exact form
`out += piece` (or `out = out + piece`) on a local str that nothing else refers to (never
for bytes);
`out = out + a + b` (the first `+` makes a temporary), or a name referred to
elsewhere, copies every time, and other interpreters make no promise at all. So,
for a loop of the function:

    out = ""                          out = ""
    for ...:                          out_parts = []
        out += piece          →       ...  (out_add, below)
        out = out + a + b             for ...:
    ...                                   out_add(piece, True)
                                          out_add(a, False); out_add(b, False)
                                      out = "".join(out_parts) if out_built is None else out_built[0]

A non-empty start becomes the list's first item, and a bytes start joins with
`b""`.  `out_add` appends a piece that is a plain str (bytes), which `+` would have
added as it is.  Any other piece meets `+` (or `+=`) where it did: the value so far
is joined and added to it, so the TypeError of a piece that cannot be added is
raised at its own pass, before anything a later pass does (holdout24/data_packages,
a text member in a bytes archive, then a bad name: a join after the loop raised the
name's ValueError first, a false accept of its blind run), and a piece that can
(a str subclass with its own `__radd__`, a bytearray) makes what `+` made; the value
is then built by `+` for the rest of the loop, as before.

Why each condition (otherwise the function is left alone):
- the last statement before the loop to mention `out` binds it to a plain string
  literal, so the start is a known str (or bytes) and nothing in between reads it;
- inside the loop (test, target and pieces included) `out` appears only as the
  target of those concatenations: anything that reads it there would see the
  stale start, and a piece mentioning `out` would be evaluated against it;
- no `return` or `yield` in the loop (they would leave with the pieces unjoined),
  no `else` (it runs between the last piece and the join), and no concatenation
  inside a `try`, whose handler might rely on the TypeError being raised there;
- no closure, class or generator expression written before or in the loop
  mentions `out`, no `global`/`nonlocal` names it, and the function calls no
  `locals()`, `vars()`, `dir()`, `eval` or `exec`: each could read it mid-loop;
- `str` and `bytes` are not rebound in the function (the rewrite names them; this
  only keeps away from code that plays such games).

Every qualifying accumulator of every loop is rewritten, one at a time; a loop inside another
statement (the bytes of each message joined inside the loop over messages) qualifies as well,
with its accumulator started in the same block, where no closure in the whole function names it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import cast

import libcst as cst

from wattlens.optimize import cst_facts as facts

# Builtins that see a function's locals by name, the stale `out` and the new list included.
_INTROSPECTION = frozenset({"locals", "vars", "dir", "eval", "exec"})


def join_strings(function: cst.FunctionDef) -> cst.FunctionDef | None:
    if not isinstance(function.body, cst.IndentedBlock):
        return None
    if facts.names_in(function) & _INTROSPECTION:
        return None
    if {"str", "bytes"} & (facts.bound_in(function) | facts.parameters(function)):
        return None
    return facts.repeatedly(_join_one, function)  # each step turns concatenations into appends


@dataclass(frozen=True)
class _Concatenation:
    statement: cst.AugAssign | cst.Assign
    pieces: list[cst.BaseExpression]
    uses: int
    """How many times the statement names the accumulator: `out += p` once, `out = out + p` twice."""


def _join_one(function: cst.FunctionDef) -> cst.FunctionDef | None:
    """`function` with one accumulator of one loop rewritten, or None where none qualifies: the
    loops of the function's own body first, then those inside other statements (a message's
    bytes joined inside the loop over messages), each with its accumulator started in its block."""
    assert isinstance(function.body, cst.IndentedBlock)
    for block in facts.own_blocks(function):
        body = list(block.body)
        for index, loop in enumerate(body):
            if not isinstance(loop, facts.LOOPS) or loop.orelse is not None:
                continue
            scan = _Scan()
            loop.visit(scan)
            if scan.leaves:
                continue
            for name, concatenations in scan.concatenations.items():
                literal = _initial_literal(body[:index], name)
                if literal is None or not _only_concatenated(loop, name, concatenations):
                    continue
                # Inside another statement, a closure anywhere in the function could read it.
                before = body[: index + 1] if block is function.body else function.body.body
                if _seen_elsewhere(function, before, name):
                    continue
                return _rewrite(function, block, index, name, literal, concatenations)
    return None


class _Scan(cst.CSTVisitor):
    """A loop's concatenations by accumulator, and whether it may leave the function."""

    def __init__(self) -> None:
        super().__init__()
        self.concatenations: dict[str, list[_Concatenation]] = {}
        self.leaves = False
        self._tries = 0  # how many `try` statements enclose the current node

    def visit_FunctionDef(self, node: cst.FunctionDef) -> bool:
        return False  # another scope: its returns and assignments are its own

    def visit_ClassDef(self, node: cst.ClassDef) -> bool:
        return False

    def visit_Lambda(self, node: cst.Lambda) -> bool:
        return False

    def visit_Return(self, node: cst.Return) -> None:
        self.leaves = True

    def visit_Yield(self, node: cst.Yield) -> None:
        self.leaves = True

    def visit_Try(self, node: cst.Try) -> None:
        self._tries += 1

    def leave_Try(self, original_node: cst.Try) -> None:
        self._tries -= 1

    def visit_TryStar(self, node: cst.TryStar) -> None:
        self._tries += 1

    def leave_TryStar(self, original_node: cst.TryStar) -> None:
        self._tries -= 1

    def visit_AugAssign(self, node: cst.AugAssign) -> None:
        if isinstance(node.operator, cst.AddAssign) and isinstance(node.target, cst.Name):
            self._found(node.target.value, _Concatenation(node, [node.value], 1))

    def visit_Assign(self, node: cst.Assign) -> None:
        target = node.targets[0].target
        if len(node.targets) == 1 and isinstance(target, cst.Name):
            pieces = chain_pieces(node.value, target.value)
            if pieces is not None:
                self._found(target.value, _Concatenation(node, pieces, 2))

    def _found(self, name: str, concatenation: _Concatenation) -> None:
        # One inside a `try` is not recorded, so its uses of the name are unaccounted
        # for and `_only_concatenated` turns the name down.
        if not self._tries:
            self.concatenations.setdefault(name, []).append(concatenation)


def chain_pieces(value: cst.BaseExpression, name: str) -> list[cst.BaseExpression] | None:
    """`a`, `b` for `name + a + b` (added left to right), else None."""
    pieces: list[cst.BaseExpression] = []
    while isinstance(value, cst.BinaryOperation) and isinstance(value.operator, cst.Add):
        pieces.append(value.right)
        value = value.left
    if pieces and isinstance(value, cst.Name) and value.value == name:
        return pieces[::-1]
    return None


def _initial_literal(before: Sequence[cst.BaseStatement], name: str) -> cst.SimpleString | None:
    """The literal `name` is bound to by the last statement before the loop that mentions it."""
    for statement in reversed(before):
        if name not in facts.names_in(statement):
            continue
        assigned = facts.single_binding(statement)
        if assigned is None or assigned[0].value != name or not isinstance(assigned[1], cst.SimpleString):
            return None  # f-strings, implicit concatenation and names are not known constants
        return assigned[1]
    return None


def _only_concatenated(loop: cst.For | cst.While, name: str, concatenations: list[_Concatenation]) -> bool:
    """Whether every use of `name` in the loop (test, target and pieces included) is one of
    the concatenations' own: a piece that mentions it adds a use and fails this."""
    uses = sum(1 for node in facts.walk(loop) if isinstance(node, cst.Name) and node.value == name)
    return uses == sum(c.uses for c in concatenations)


def _seen_elsewhere(function: cst.FunctionDef, up_to_loop: Sequence[cst.BaseStatement], name: str) -> bool:
    """Whether code other than the loop may read `name` while the loop runs: a module-level or
    enclosing variable, or a closure or lazy generator created before or in the loop."""
    for node in facts.walk(function):
        if isinstance(node, (cst.Global, cst.Nonlocal)) and any(item.name.value == name for item in node.names):
            return True
    return any(
        isinstance(node, facts.DEFERRED) and name in facts.names_in(node)
        for statement in up_to_loop
        for node in facts.walk(statement)
    )


def _rewrite(
    function: cst.FunctionDef,
    block: cst.IndentedBlock,
    index: int,
    name: str,
    literal: cst.SimpleString,
    concatenations: list[_Concatenation],
) -> cst.FunctionDef:
    body = list(block.body)
    loop = body[index]
    assert isinstance(loop, facts.LOOPS)
    parts = facts.fresh_name(function, f"{name}_parts")
    built, add = facts.fresh_name(function, f"{name}_built"), facts.fresh_name(function, f"{name}_add")
    first = facts.code(literal) if literal.evaluated_value else ""
    is_bytes = "b" in literal.prefix.lower()
    joiner, kind = ('b""', "bytes") if is_bytes else ('""', "str")
    start = [
        cst.parse_statement(f"{parts} = [{first}]  # the pieces, while each is a plain {kind}\n"),
        cst.parse_statement(f"{built} = None  # what `+` made, once a piece was not a plain {kind}\n"),
        cst.parse_statement(
            f"def {add}(piece, augmented):\n"
            f"    # `{name} += piece`: any other piece than a plain {kind} meets `+` as it did (raising there, at\n"
            f"    # that pass, or making what `+` makes), and the value is built by `+` from then on\n"
            f"    nonlocal {built}\n"
            f"    if {built} is None and type(piece) is {kind}:\n"
            f"        {parts}.append(piece)\n"
            f"        return\n"
            f"    value = {joiner}.join({parts}) if {built} is None else {built}[0]\n"
            f"    if augmented:\n"
            f"        value += piece\n"
            f"    else:\n"
            f"        value = value + piece\n"
            f"    {built} = [value]\n"),
    ]
    # The loop's comments stay above the code that now starts it.
    start[0] = start[0].with_changes(leading_lines=loop.leading_lines)
    pieces = {id(c.statement): c.pieces for c in concatenations}
    appending = loop.with_changes(leading_lines=()).visit(_Append(add, pieces))
    assert isinstance(appending, cst.BaseStatement)
    join = cst.parse_statement(f"{name} = {joiner}.join({parts}) if {built} is None else {built}[0]\n")
    joined = block.with_changes(body=[*body[:index], *start, appending, join, *body[index + 1 :]])
    return cast(cst.FunctionDef, function.deep_replace(block, joined))


class _Append(cst.CSTTransformer):
    """Each recorded concatenation (found by identity) → `add(piece, augmented)`, one per piece."""

    def __init__(self, add: str, pieces: dict[int, list[cst.BaseExpression]]) -> None:
        super().__init__()
        self.add, self.pieces = add, pieces

    def leave_SimpleStatementLine(
        self, original_node: cst.SimpleStatementLine, updated_node: cst.SimpleStatementLine
    ) -> cst.SimpleStatementLine:
        return updated_node.with_changes(body=self._appends(original_node.body, updated_node.body))

    def leave_SimpleStatementSuite(
        self, original_node: cst.SimpleStatementSuite, updated_node: cst.SimpleStatementSuite
    ) -> cst.SimpleStatementSuite:
        return updated_node.with_changes(body=self._appends(original_node.body, updated_node.body))

    def _appends(
        self, original: Sequence[cst.BaseSmallStatement], updated: Sequence[cst.BaseSmallStatement]
    ) -> list[cst.BaseSmallStatement]:
        body: list[cst.BaseSmallStatement] = []
        for old, new in zip(original, updated, strict=True):
            pieces = self.pieces.get(id(old))
            if pieces is None:
                body.append(new)
                continue
            augmented = isinstance(old, cst.AugAssign)
            calls = [cst.Expr(_append_call(self.add, piece, augmented)) for piece in pieces]
            body.extend([*calls[:-1], calls[-1].with_changes(semicolon=new.semicolon)])
        return body


def _append_call(add: str, piece: cst.BaseExpression, augmented: bool) -> cst.Call:
    if isinstance(piece, cst.Tuple) and not piece.lpar:
        # `out += a, b` adds a tuple (and fails); `add(a, b, …)` would be more arguments.
        piece = piece.with_changes(lpar=[cst.LeftParen()], rpar=[cst.RightParen()])
    return cst.Call(func=cst.Name(add), args=[cst.Arg(piece), cst.Arg(cst.Name(str(augmented)))])
