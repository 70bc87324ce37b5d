"""Facts about a function's syntax tree that rewrites rely on: which names a piece of
code binds, reads or may change, and which parts of it run many times.

They are syntactic and deliberately conservative: a call to an unknown function is
taken to change whatever it is given, because nothing here can see its body.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TypeVar

import libcst as cst
import libcst.matchers as m

LOOPS = (cst.For, cst.While)
# Code that may run later, or again, and read a variable through its closure.
DEFERRED = (cst.FunctionDef, cst.Lambda, cst.ClassDef, cst.GeneratorExp)
# Calls that reach a function's locals without naming them.
FRAME_READERS = frozenset({"locals", "vars", "eval", "exec", "_getframe", "currentframe"})
_Node = TypeVar("_Node", bound=cst.CSTNode)


def deferred_nodes(node: cst.CSTNode) -> set[int]:
    """Ids of the nodes under `node` that run later, if at all: inside a nested function, lambda,
    class or generator expression (not those nodes themselves)."""
    return {id(inner) for outer in walk(node) if isinstance(outer, DEFERRED)
            for inner in walk(outer) if inner is not outer}


def walk(node: cst.CSTNode) -> Iterator[cst.CSTNode]:
    """`node` and everything under it, in no particular order (much faster than matchers)."""
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(current.children)


def parents(node: cst.CSTNode) -> dict[int, cst.CSTNode]:
    """Each node under `node`, by id, to the node that holds it."""
    return {id(child): parent for parent in walk(node) for child in parent.children}


def ancestors(node: cst.CSTNode, parents: dict[int, cst.CSTNode]) -> Iterator[cst.CSTNode]:
    """The nodes that hold `node`, innermost first."""
    while id(node) in parents:
        node = parents[id(node)]
        yield node


def names_in(node: cst.CSTNode) -> set[str]:
    return {n.value for n in walk(node) if isinstance(n, cst.Name)}


def left_unread(function: cst.FunctionDef, names: frozenset[str], loop: cst.For) -> bool:
    """Whether the values `loop` leaves in `names` (its item variables) are never read: every other
    use of them is in a later `for` that binds them itself (its target and body, not what it
    walks or its `else:`) or in a comprehension that does."""
    fresh: set[int] = set()  # uses that see a value bound afresh there
    for node in walk(function.body):
        if isinstance(node, cst.For) and node is not loop and target_names(node.target) & names:
            fresh |= {id(n) for part in (node.target, node.body) for n in walk(part)}
        elif isinstance(node, (cst.ListComp, cst.SetComp, cst.GeneratorExp, cst.DictComp)):
            clause = node.for_in
            inner = [*([node.key, node.value] if isinstance(node, cst.DictComp) else [node.elt]),
                     clause.target, *clause.ifs, *([clause.inner_for_in] if clause.inner_for_in else [])]
            if target_names(clause.target) & names:
                fresh |= {id(n) for part in inner for n in walk(part)}
    inside = {id(n) for n in walk(loop)}
    not_variables = {id(n) for node in walk(function.body) for n in (
        [node.attr] if isinstance(node, cst.Attribute) else [node.keyword] if isinstance(node, cst.Arg) and node.keyword
        else [])}
    return all(id(n) in inside or id(n) in fresh or id(n) in not_variables
               for n in walk(function.body) if isinstance(n, cst.Name) and n.value in names)


def target_names(target: cst.BaseExpression) -> frozenset[str]:
    """Names an assignment or loop target binds: `a`, `(a, b)`, `[a, *rest]` (not those an item
    or attribute target reads)."""
    if isinstance(target, cst.Name):
        return frozenset({target.value})
    if isinstance(target, (cst.Tuple, cst.List)):
        return frozenset().union(*(target_names(element.value) for element in target.elements))
    if isinstance(target, cst.StarredElement):
        return target_names(target.value)
    return frozenset()


def plain_target(target: cst.BaseExpression) -> frozenset[str]:
    """The names a loop target `x` or `a, b` binds, each once; empty for any other target."""
    if isinstance(target, cst.Name):
        return frozenset({target.value})
    if isinstance(target, (cst.Tuple, cst.List)) and target.elements and all(
            isinstance(e, cst.Element) and isinstance(e.value, cst.Name) for e in target.elements):
        names = target_names(target)
        return names if len(names) == len(target.elements) else frozenset()
    return frozenset()


def bound_in(node: cst.CSTNode) -> set[str]:
    """Names assigned, deleted, loop-bound, walrus-bound or imported anywhere in `node`."""
    bound: set[str] = set()

    def add_target(target: cst.BaseExpression) -> None:
        if isinstance(target, cst.Name):
            bound.add(target.value)
        elif isinstance(target, (cst.Tuple, cst.List)):
            for element in target.elements:
                add_target(element.value)
        elif isinstance(target, cst.StarredElement):
            add_target(target.value)

    for found in walk(node):
        if isinstance(found, cst.Assign):
            for assigned in found.targets:
                add_target(assigned.target)
        elif isinstance(found, (cst.AugAssign, cst.AnnAssign, cst.For, cst.CompFor, cst.NamedExpr, cst.Del)):
            add_target(found.target)
        elif isinstance(found, cst.AsName) and isinstance(found.name, cst.BaseExpression):
            add_target(found.name)
    return bound


def written(node: cst.CSTNode) -> Iterator[tuple[cst.CSTNode, cst.BaseExpression]]:
    """Each assignment, augmented assignment or `del` in `node` with each of its targets."""
    for found in walk(node):
        if isinstance(found, cst.Assign):
            for assigned in found.targets:
                yield found, assigned.target
        elif isinstance(found, (cst.AugAssign, cst.AnnAssign, cst.Del)):
            yield found, found.target


def bound_otherwise(node: cst.CSTNode) -> set[str]:
    """The names `node` itself binds that `bound_in` leaves out: a nested `def`/`class`,
    `import x` without `as` (`import os.path` binds `os`), match captures."""
    if isinstance(node, (cst.FunctionDef, cst.ClassDef)):
        return {node.name.value}
    if isinstance(node, cst.ImportAlias) and node.asname is None:
        return {code(node.name).split(".")[0]}
    if isinstance(node, (cst.MatchAs, cst.MatchStar)) and node.name is not None:
        return {node.name.value}
    if isinstance(node, cst.MatchMapping) and node.rest is not None:
        return {node.rest.value}
    return set()


def bound_anywhere(node: cst.CSTNode) -> set[str]:
    """Every name `node` binds in any way: what `bound_in` and `bound_otherwise` see."""
    names = bound_in(node)
    for found in walk(node):
        names |= bound_otherwise(found)
    return names


def touched_in(node: cst.CSTNode, name: str) -> bool:
    """Whether `name` may be changed in `node`: rebound, a method called on it, an item or
    attribute assigned, or passed to a call (the callee might change it)."""
    if name in bound_in(node):
        return True
    target = m.Name(name)
    if m.findall(node, m.Call(func=m.Attribute(value=target))):
        return True
    if m.findall(node, m.Arg(value=target)):
        return True
    return any(isinstance(each, (cst.Subscript, cst.Attribute)) and m.findall(each.value, target)
               for _, each in written(node))


def fresh_name(function: cst.FunctionDef, wanted: str) -> str:
    return unused_name(names_in(function), wanted)


def unused_name(taken: set[str], wanted: str) -> str:
    """`wanted`, or `wanted2`, `wanted3`… whichever is not in `taken`; it is added to `taken`."""
    name, number = wanted, 2
    while name in taken:
        name, number = f"{wanted}{number}", number + 1
    taken.add(name)
    return name


def annotation_of(function: cst.FunctionDef, name: str) -> str | None:
    params = [*function.params.params, *function.params.kwonly_params, *function.params.posonly_params]
    for param in params:
        if param.name.value == name and param.annotation is not None:
            annotation = param.annotation.annotation
            base = annotation.value if isinstance(annotation, cst.Subscript) else annotation
            if isinstance(base, cst.Attribute):
                return base.attr.value
            if isinstance(base, cst.Name):
                return base.value
            return "?"
    return None


def parameters(function: cst.FunctionDef) -> set[str]:
    params = [*function.params.params, *function.params.kwonly_params, *function.params.posonly_params]
    return {p.name.value for p in params}


def all_parameters(function: cst.FunctionDef) -> set[str]:
    """`parameters` and `*args`, `**kwargs`."""
    names = parameters(function)
    for star in (function.params.star_arg, function.params.star_kwarg):
        if isinstance(star, cst.Param):
            names.add(star.name.value)
    return names


def assigned_before(body: Sequence[cst.BaseStatement], index: int) -> dict[str, cst.BaseExpression]:
    """Locals assigned by a plain `name = value` (or `name: T = value`) in the statements before `index`."""
    values: dict[str, cst.BaseExpression] = {}
    for statement in body[:index]:
        if isinstance(statement, cst.SimpleStatementLine):
            for small in statement.body:
                if isinstance(small, cst.Assign) and len(small.targets) == 1:
                    target = small.targets[0].target
                    if isinstance(target, cst.Name):
                        values[target.value] = small.value
                elif isinstance(small, cst.AnnAssign) and isinstance(small.target, cst.Name) \
                        and small.value is not None:
                    values[small.target.value] = small.value
        for name in bound_in(statement):
            values.setdefault(name, cst.Name("None"))  # bound some other way: value unknown
    return values


def is_set_like(value: cst.BaseExpression) -> bool:
    if isinstance(value, (cst.Set, cst.Dict, cst.SetComp, cst.DictComp)):
        return True
    return isinstance(value, cst.Call) and m.matches(
        value.func, m.Name("set") | m.Name("frozenset") | m.Name("dict") | m.Name("Counter")
    )


def loop_parts(statement: cst.BaseStatement) -> Iterable[cst.CSTNode]:
    """The parts of a top-level statement that run many times: loop bodies and comprehensions."""
    if isinstance(statement, cst.For):
        yield statement.body
        if statement.orelse is not None:
            yield statement.orelse
    elif isinstance(statement, cst.While):
        yield statement.test
        yield statement.body
    if not isinstance(statement, LOOPS):
        comprehensions = m.ListComp() | m.SetComp() | m.GeneratorExp() | m.DictComp()
        yield from m.findall(statement, comprehensions)



def code(node: cst.CSTNode) -> str:
    return cst.Module([]).code_for_node(node)


def cannot_raise(node: cst.BaseExpression) -> bool:
    """A name or a literal (or a tuple of such): working it out cannot raise."""
    if isinstance(node, cst.Tuple):
        return all(cannot_raise(element.value) for element in node.elements)
    return isinstance(node, (cst.Name, cst.Integer, cst.Float, cst.SimpleString))


def plain_parameters(function: cst.FunctionDef) -> bool:
    """Positional-or-keyword parameters only (defaults allowed): no `/`, `*args`, bare `*`, keyword-only
    or `**` ones, so a copy may take more parameters after them."""
    params = function.params
    return not (params.posonly_params or params.kwonly_params or params.star_kwarg is not None
                or isinstance(params.star_arg, (cst.Param, cst.ParamStar)))


def is_literal(value: cst.BaseExpression) -> bool:
    """A text, a number, True, False, None, or a tuple of such."""
    if isinstance(value, (cst.SimpleString, cst.ConcatenatedString, cst.Integer, cst.Float, cst.Imaginary)):
        return True
    if isinstance(value, cst.UnaryOperation) and isinstance(value.operator, cst.Minus):
        return isinstance(value.expression, (cst.Integer, cst.Float))
    if isinstance(value, cst.Tuple):
        return all(isinstance(e, cst.Element) and is_literal(e.value) for e in value.elements)
    return m.matches(value, m.Name("True") | m.Name("False") | m.Name("None"))


def is_simple(node: cst.BaseExpression) -> bool:
    """An expression that can be evaluated twice with the same result: names, attributes,
    constant subscripts and tuples of those."""
    if isinstance(node, (cst.Name, cst.Integer, cst.SimpleString)):
        return True
    if isinstance(node, cst.Attribute):
        return is_simple(node.value)
    if isinstance(node, cst.Subscript):
        return is_simple(node.value) and all(
            isinstance(e.slice, cst.Index) and is_simple(e.slice.value) for e in node.slice
        )
    if isinstance(node, cst.Tuple):
        return all(is_simple(e.value) for e in node.elements)
    return False


def plain_read(node: cst.BaseExpression) -> bool:
    """A read with no effect, the same when read twice: a name, an int, a simple attribute, `len(name)`,
    or a sum or difference of those."""
    if isinstance(node, cst.BinaryOperation) and isinstance(node.operator, (cst.Add, cst.Subtract)):
        return plain_read(node.left) and plain_read(node.right)
    if m.matches(node, m.Call(func=m.Name("len"), args=[m.Arg(value=m.Name(), keyword=None, star="")])):
        return True
    return isinstance(node, (cst.Name, cst.Integer)) or (isinstance(node, cst.Attribute) and is_simple(node))


def single_assign(statement: cst.BaseStatement) -> tuple[cst.Name, cst.BaseExpression] | None:
    if not isinstance(statement, cst.SimpleStatementLine) or len(statement.body) != 1:
        return None
    assign = statement.body[0]
    if not isinstance(assign, cst.Assign) or len(assign.targets) != 1:
        return None
    target = assign.targets[0].target
    return (target, assign.value) if isinstance(target, cst.Name) else None


def after_docstring(function: cst.FunctionDef) -> list[cst.BaseStatement]:
    """The statements of the function's body, its docstring left out."""
    statements = list(getattr(function.body, "body", ()))
    return statements[1:] if statements and docstring(function) is statements[0] else statements


def single_binding(statement: cst.BaseStatement) -> tuple[cst.Name, cst.BaseExpression] | None:
    """`name = value` or `name: T = value`, alone on its line."""
    if not isinstance(statement, cst.SimpleStatementLine) or len(statement.body) != 1:
        return None
    small = statement.body[0]
    if isinstance(small, cst.AnnAssign) and isinstance(small.target, cst.Name) and small.value is not None:
        return small.target, small.value
    return single_assign(statement)


def docstring(function: cst.FunctionDef) -> cst.SimpleStatementLine | None:
    """The function's docstring statement, if its body starts with one."""
    body = function.body
    first = body.body[0] if isinstance(body, cst.IndentedBlock) and body.body else None
    if (isinstance(first, cst.SimpleStatementLine) and len(first.body) == 1 and isinstance(first.body[0], cst.Expr)
            and isinstance(first.body[0].value, cst.SimpleString | cst.ConcatenatedString)):
        return first
    return None


def repeatedly(
    step: Callable[[cst.FunctionDef], cst.FunctionDef | None], function: cst.FunctionDef
) -> cst.FunctionDef | None:
    """`step` applied until it finds nothing more to rewrite (it rewrites one place at a time);
    None when it found nothing at all.  Each step must remove what it rewrote, so this ends."""
    rewritten = None
    while (next_step := step(rewritten or function)) is not None:
        rewritten = next_step
    return rewritten


def outermost(nodes: Sequence[_Node]) -> list[_Node]:
    """`nodes` less those inside another of them: a replacement built from an outer node
    would drop what was replaced inside it."""
    inner = {id(n) for node in nodes for n in walk(node) if n is not node}
    return [node for node in nodes if id(node) not in inner]


def breaks_out(node: cst.CSTNode) -> bool:
    """Whether `node`, a loop's body, holds a `break` of that loop (not one of a loop inside it)."""
    stack = list(node.children)
    while stack:
        current = stack.pop()
        if isinstance(current, cst.Break):
            return True
        if isinstance(current, (*LOOPS, cst.FunctionDef, cst.ClassDef, cst.Lambda)):
            # An inner loop's `break` is its own; its `else` runs in this loop, though.
            if isinstance(current, LOOPS) and current.orelse is not None:
                stack.append(current.orelse)
            continue
        stack.extend(current.children)
    return False


def own_loops(function: cst.FunctionDef) -> list[cst.For | cst.While]:
    """The function's own loops, outer before inner (not those of nested functions or classes)."""
    nested = {
        id(loop)
        for inner in m.findall(function.body, m.FunctionDef() | m.ClassDef())
        for loop in m.findall(inner, m.For() | m.While())
    }
    found = m.findall(function.body, m.For() | m.While())
    return [loop for loop in found if id(loop) not in nested and isinstance(loop, (cst.For, cst.While))]


def own_blocks(function: cst.FunctionDef) -> list[cst.IndentedBlock]:
    """The function's body, then the blocks inside it (not those of nested functions or classes)."""
    if not isinstance(function.body, cst.IndentedBlock):
        return []
    nested = {id(block) for inner in m.findall(function.body, m.FunctionDef() | m.ClassDef())
              for block in m.findall(inner, m.IndentedBlock())}
    found = [b for b in m.findall(function.body, m.IndentedBlock())
             if isinstance(b, cst.IndentedBlock) and id(b) not in nested]
    return [function.body, *found]


def replace_statement(
    function: cst.FunctionDef, old: cst.BaseStatement, new: Sequence[cst.BaseStatement]
) -> cst.FunctionDef:
    """`function` with the statement `old` (found by identity) replaced by the statements `new`."""
    return replace_statements(function, {id(old): new})


def replace_statements(function: cst.FunctionDef, new: dict[int, Sequence[cst.BaseStatement]]) -> cst.FunctionDef:
    """`function` with each statement whose id is a key of `new` replaced by the statements there."""
    replaced = function.visit(ReplaceStatements(new))
    assert isinstance(replaced, cst.FunctionDef)
    return replaced


class ReplaceStatements(cst.CSTTransformer):
    """Statements replaced by identity, each by a sequence of statements (which may hold the old one)."""

    def __init__(self, new: Mapping[int, Sequence[cst.BaseStatement]]) -> None:
        self.new = new

    def on_leave(self, original_node: _Node, updated_node: _Node) -> _Node | cst.FlattenSentinel[_Node]:
        new = self.new.get(id(original_node))
        if new is not None:
            return cst.FlattenSentinel(new)  # type: ignore[arg-type]  # statements in a block
        return updated_node


def with_added_after(module: cst.Module, added: Mapping[int, Sequence[cst.BaseStatement]]) -> cst.Module:
    """`module` with the statements `added[i]` placed after its `i`-th top-level statement, and the statement
    that follows them set two lines apart (added definitions sit among the module's like its own)."""
    body: list[cst.BaseStatement] = []
    spaced = False
    for index, statement in enumerate(module.body):
        if spaced:
            statement = statement.with_changes(leading_lines=[cst.EmptyLine(), cst.EmptyLine(),
                                                              *statement.leading_lines])
        body.append(statement)
        body.extend(added.get(index, ()))
        spaced = index in added
    return module.with_changes(body=body)


class ReplaceNodes(cst.CSTTransformer):
    """Nodes replaced by identity: `{id(old): new}` (each new node built from the old one)."""

    def __init__(self, replaced: dict[int, cst.CSTNode]) -> None:
        self.replaced = replaced

    def on_leave(self, original_node: _Node, updated_node: _Node) -> _Node:
        return self.replaced.get(id(original_node), updated_node)  # type: ignore[return-value]


class Rename(cst.CSTTransformer):
    """Variables renamed (`{"a": "first"}`); attribute names (`x.a`) keep theirs."""

    def __init__(self, names: dict[str, str]) -> None:
        self.names = names

    def leave_Name(self, original_node: cst.Name, updated_node: cst.Name) -> cst.Name:
        return updated_node.with_changes(value=self.names.get(updated_node.value, updated_node.value))

    def leave_Attribute(self, original_node: cst.Attribute, updated_node: cst.Attribute) -> cst.Attribute:
        return updated_node.with_changes(attr=original_node.attr)


def renamed_code(node: cst.CSTNode, names: dict[str, str]) -> str:
    """The code of `node` with variables renamed as `Rename` does."""
    renamed = node.visit(Rename(names))
    assert isinstance(renamed, cst.CSTNode)  # names swapped, nothing removed
    return code(renamed)


class RenameMembership(cst.CSTTransformer):
    """`x in <container>` → `x in <replacement>`, the container matched by its code."""

    def __init__(self, container: str, replacement: str) -> None:
        self.container, self.replacement = container, replacement

    def leave_ComparisonTarget(
        self, original_node: cst.ComparisonTarget, updated_node: cst.ComparisonTarget
    ) -> cst.ComparisonTarget:
        membership = isinstance(updated_node.operator, (cst.In, cst.NotIn))
        if membership and code(updated_node.comparator) == self.container:
            return updated_node.with_changes(comparator=cst.Name(self.replacement))
        return updated_node


class AskedThrough(cst.CSTTransformer):
    """`x in <container>` → `contains(x)` and `x not in <container>` → `not contains(x)`, the container
    matched by its code, in comparisons of one operator (`asked_through_helper` makes `contains`)."""

    def __init__(self, container: str, contains: str) -> None:
        self.container, self.contains = container, contains

    def leave_Comparison(self, original_node: cst.Comparison, updated_node: cst.Comparison) -> cst.BaseExpression:
        if len(updated_node.comparisons) != 1:
            return updated_node
        target = updated_node.comparisons[0]
        if not isinstance(target.operator, (cst.In, cst.NotIn)) or code(target.comparator) != self.container:
            return updated_node
        asked: cst.BaseExpression = cst.Call(func=cst.Name(self.contains), args=[cst.Arg(updated_node.left)])
        if isinstance(target.operator, cst.NotIn):
            asked = cst.UnaryOperation(operator=cst.Not(), expression=asked)
        return asked.with_changes(lpar=updated_node.lpar, rpar=updated_node.rpar)


def chained_membership(node: cst.CSTNode, container: str) -> bool:
    """Whether `node` asks `in`/`not in` of the container (by its code) within a chain of comparisons
    (`a in xs in ys`), which `AskedThrough` leaves as it is."""
    return any(isinstance(found, cst.Comparison) and len(found.comparisons) > 1 and any(
        isinstance(t.operator, (cst.In, cst.NotIn)) and code(t.comparator) == container for t in found.comparisons)
               for found in m.findall(node, m.Comparison()))


def asked_through_helper(contains: str, value: str, seen: str, listed: str) -> cst.BaseStatement:
    """`def contains(value)`: `value in listed`, asked of `seen` (a set or dict of its items kept beside it)
    while `seen` is not None; a value it cannot hash (a list loaded from JSON, a look-alike defining `==`
    alone), or any value once `seen` is None, is looked for in `listed` itself, as before: the list's `in`
    compares with `==`, which a set can do only for what it can hash."""
    return cst.parse_statement(
        f"def {contains}({value}):\n"
        f"    # `{value} in {listed}`, asked of {seen} while it is kept (an unhashable value: of the list)\n"
        f"    if {seen} is not None:\n"
        f"        try:\n"
        f"            return {value} in {seen}\n"
        f"        except Exception:\n"
        f"            pass\n"
        f"    return {value} in {listed}\n")


def kept_beside(seen: str, made: str) -> cst.BaseStatement:
    """`seen = made` (a set or dict of a list's items), or None where an item cannot be hashed."""
    return cst.parse_statement(f"try:\n    {seen} = {made}\nexcept Exception:\n"
                               f"    {seen} = None  # an item it cannot hash: the list is asked\n")


def kept_in_step(seen: str, track: str) -> cst.BaseStatement:
    """`track` (`seen.add(v)`) while `seen` is kept, which is dropped (None) at an item it cannot hash."""
    return cst.parse_statement(
        f"if {seen} is not None:\n    try:\n        {track}\n    except Exception:\n        {seen} = None\n")


def not_a_variable(mention: cst.Name, parents: Mapping[int, cst.CSTNode]) -> bool:
    """`obj.acc` and `f(acc=...)` mention the word, not the variable."""
    parent = parents.get(id(mention))
    if isinstance(parent, cst.Attribute):
        return parent.attr is mention
    return isinstance(parent, cst.Arg) and parent.keyword is mention


def mentions(node: cst.CSTNode, name: str, parents: dict[int, cst.CSTNode]) -> list[cst.Name]:
    """Where `node` names the variable `name` (`obj.name` and `f(name=…)` name something else)."""
    return [each for each in walk(node)
            if isinstance(each, cst.Name) and each.value == name and not not_a_variable(each, parents)]


def local_names(function: cst.FunctionDef) -> set[str]:
    """Names the function binds in any way: what `bound_in` and `bound_otherwise` see, and
    parameters (with `*args` and `**kwargs`)."""
    names = bound_in(function) | all_parameters(function)
    for found in walk(function.body):
        names |= bound_otherwise(found)
    return names


def held_only_here(block: cst.CSTNode, name: str) -> bool:
    """Whether `block` neither rebinds `name` nor declares anything global or nonlocal, and no
    closure or suspended generator in it mentions `name` (it could change the object later)."""
    if name in bound_in(block) or m.findall(block, m.Global() | m.Nonlocal()):
        return False
    own = m.Name(name)
    return not any(m.findall(keeper, own)
                   for keeper in m.findall(block, m.Lambda() | m.FunctionDef() | m.ClassDef() | m.Yield()))


def captured(statements: Sequence[cst.BaseStatement], name: str) -> bool:
    """Whether a lambda, nested function, class or generator expression in `statements`
    mentions `name` (it may read or change the variable unnamed, later)."""
    return any(
        isinstance(found, DEFERRED) and name in names_in(found)
        for statement in statements for found in walk(statement)
    )


def calls_frame_readers(node: cst.CSTNode) -> bool:
    """Whether `node` names a call that reaches the locals unnamed (`locals()`, `eval`…)."""
    return any(isinstance(n, cst.Name) and n.value in FRAME_READERS for n in walk(node))


def declared_outer(function: cst.FunctionDef, name: str) -> bool:
    """Whether `function` declares `name` global or nonlocal anywhere in it."""
    return any(
        isinstance(node, (cst.Global, cst.Nonlocal)) and any(item.name.value == name for item in node.names)
        for node in walk(function)
    )


def truth_tested(node: cst.CSTNode, parents: Mapping[int, cst.CSTNode]) -> bool:
    """`if acc:`, `while acc and x:`, `not acc`: only its truth is used (`acc or []` would be
    the list itself, unless an `if` only tests it)."""
    parent = parents.get(id(node))
    while isinstance(parent, cst.BooleanOperation):
        node, parent = parent, parents.get(id(parent))
    if isinstance(parent, (cst.If, cst.While, cst.IfExp)):
        return parent.test is node
    return isinstance(parent, cst.UnaryOperation) and isinstance(parent.operator, cst.Not)


def in_a_target(node: cst.CSTNode, parents: dict[int, cst.CSTNode]) -> bool:
    """Whether `node` is (inside) what an assignment, `del` or loop writes to."""
    child = node
    for ancestor in ancestors(node, parents):
        if isinstance(ancestor, (cst.AssignTarget, cst.Del)):
            return True
        if isinstance(ancestor, (cst.AugAssign, cst.AnnAssign, cst.For, cst.CompFor, cst.NamedExpr)):
            return ancestor.target is child
        if isinstance(ancestor, cst.BaseStatement):
            return False
        child = ancestor
    return False


# Fields of libcst nodes that hold only whitespace and punctuation: no call, name or loop under them.
_PUNCTUATION = ("whitespace", "lpar", "rpar", "comma", "leading_lines", "lines_after", "header", "footer",
                "semicolon", "colon", "newline", "equal", "dot", "lbracket", "rbracket", "lbrace", "rbrace",
                "operator", "prefix", "quote", "trailing", "indent")
_FIELDS: dict[type[cst.CSTNode], tuple[str, ...]] = {}


def quick_walk(
    node: cst.CSTNode, deeper: Callable[[cst.CSTNode, int], int] = lambda _node, depth: depth, from_depth: int = 0
) -> Iterator[cst.CSTNode]:
    """The nodes under `node` but whitespace and punctuation, several times faster than `walk`
    (whose `children` go through libcst's visitor machinery): for the look that decides whether
    a function is worth a recipe's analysis at all, which every function gets.  With `deeper`
    (the depth of a node's children from the node and its own depth), only nodes at `from_depth`
    or deeper are yielded, e.g. what lies inside two loops."""
    stack = [(node, 0)]
    while stack:
        current, depth = stack.pop()
        if depth >= from_depth:
            yield current
        names = _FIELDS.get(type(current))
        if names is None:
            names = _FIELDS[type(current)] = tuple(
                f.name for f in dataclasses.fields(current) if not any(p in f.name for p in _PUNCTUATION))
        below = deeper(current, depth)
        for name in names:
            value = getattr(current, name)
            if isinstance(value, cst.CSTNode):
                stack.append((value, below))
            elif isinstance(value, (list, tuple)):
                stack.extend((v, below) for v in value if isinstance(v, cst.CSTNode))


def compiles(function: cst.FunctionDef) -> bool:
    """Whether the rewritten function is valid Python (a rewrite's last check)."""
    try:
        compile(cst.Module([function]).code, "<rewrite>", "exec")
    except SyntaxError:
        return False
    return True


def conjuncts(test: cst.BaseExpression) -> list[cst.BaseExpression]:
    """The parts of `a and b and c`, in the order they are evaluated (`[test]` for anything else)."""
    if isinstance(test, cst.BooleanOperation) and isinstance(test.operator, cst.And):
        return conjuncts(test.left) + conjuncts(test.right)
    return [test]


def disjuncts(test: cst.BaseExpression) -> list[cst.BaseExpression]:
    """The parts of `a or b or c`, in the order they are evaluated (`[test]` for anything else)."""
    if isinstance(test, cst.BooleanOperation) and isinstance(test.operator, cst.Or):
        return disjuncts(test.left) + disjuncts(test.right)
    return [test]


def key_label(key: cst.BaseExpression) -> str:
    """A name for what `key` reads of an item: `service` for `r.service` or `r["service"]`, else `key`."""
    if isinstance(key, cst.Attribute):
        return key.attr.value
    if isinstance(key, cst.Subscript) and len(key.slice) == 1:
        part = key.slice[0].slice
        if isinstance(part, cst.Index) and isinstance(part.value, cst.SimpleString):
            text = part.value.evaluated_value
            if isinstance(text, str) and text.isidentifier():
                return text
    return "key"


def fresh_list_binding(body: list[cst.BaseStatement], index: int, name: str, local: set[str]) -> int | None:
    """The index of the statement that last binds `name` before `body[index]`, when it binds it (alone) to a
    new list: a display, a comprehension, `list(...)` or `sorted(...)` (builtins, not names of `local`)."""
    for start in range(index - 1, -1, -1):
        statement = body[start]
        bound = bound_in(statement)
        for node in walk(statement):
            bound |= bound_otherwise(node)
        if name not in bound:
            continue
        binding = single_binding(statement)
        if binding is None or binding[0].value != name:
            return None
        value = binding[1]
        if isinstance(value, (cst.List, cst.ListComp)):
            return start
        if isinstance(value, cst.Call) and isinstance(value.func, cst.Name) and value.func.value in ("list", "sorted"):
            return start if value.func.value not in local else None
        return None
    return None


def is_list_maker(value: cst.BaseExpression) -> bool:
    """A new list: a display, `list(…)`, `sorted(…)`, a comprehension, or a text split into lines
    or words (`text.splitlines()`)."""
    if isinstance(value, cst.List):
        return not any(isinstance(e, cst.StarredElement) for e in value.elements)
    if isinstance(value, cst.ListComp):
        return True
    splits = m.Attribute(attr=m.Name("split") | m.Name("rsplit") | m.Name("splitlines") | m.Name("readlines"))
    unstarred = [m.ZeroOrMore(m.Arg(star=""))]
    return m.matches(value, m.Call(func=m.Name("list"), args=[m.Arg(star="")])
                     | m.Call(func=m.Name("sorted") | splits, args=unstarred))


class Placeholder(cst.CSTTransformer):
    """Each name `placeholder` replaced by `value` (a parsed template filled in with an expression)."""

    def __init__(self, placeholder: str, value: cst.BaseExpression) -> None:
        self.placeholder, self.value = placeholder, value

    def leave_Name(self, original_node: cst.Name, updated_node: cst.Name) -> cst.BaseExpression:
        return self.value if updated_node.value == self.placeholder else updated_node


def measured(mention: cst.Name, parents: dict[int, cst.CSTNode], local: set[str]) -> bool:
    """Whether this mention of a container is a truth test or handed to the builtin `len` or `bool`."""
    if truth_tested(mention, parents):
        return True
    parent = parents.get(id(mention))
    call = parents.get(id(parent)) if isinstance(parent, cst.Arg) else None
    return (isinstance(parent, cst.Arg) and isinstance(call, cst.Call)
            and m.matches(call.func, m.Name("len") | m.Name("bool"))
            and isinstance(call.func, cst.Name) and call.func.value not in local
            and len(call.args) == 1 and parent.keyword is None and parent.star == "")


def read_only(mention: cst.Name, parents: dict[int, cst.CSTNode], local: set[str]) -> bool:
    """Whether this mention of a list only reads it, keeping no reference: `len(name)`, `bool(name)`, a truth
    test, `x in name`, `name[i]` read, `for p in name`."""
    if measured(mention, parents, local):
        return True
    parent = parents.get(id(mention))
    if isinstance(parent, cst.ComparisonTarget):
        return parent.comparator is mention and isinstance(parent.operator, (cst.In, cst.NotIn))
    if isinstance(parent, cst.Subscript) and parent.value is mention:
        grand = parents.get(id(parent))
        written = isinstance(grand, (cst.AssignTarget, cst.AugAssign, cst.Del)) or (
            isinstance(grand, cst.AnnAssign) and grand.target is parent)
        return not written and all(isinstance(e.slice, cst.Index) for e in parent.slice)
    return isinstance(parent, cst.For) and parent.iter is mention


def sort_options(args: Sequence[cst.Arg]) -> tuple[cst.BaseExpression | None, bool] | None:
    """(key, reverse) for keyword arguments `key=` and `reverse=True/False`; None for anything else."""
    key: cst.BaseExpression | None = None
    reverse = False
    for arg in args:
        if arg.star or arg.keyword is None:
            return None
        if arg.keyword.value == "key" and key is None:
            key = None if m.matches(arg.value, m.Name("None")) else arg.value
        elif arg.keyword.value == "reverse" and m.matches(arg.value, m.Name("True") | m.Name("False")):
            assert isinstance(arg.value, cst.Name)
            reverse = arg.value.value == "True"
        else:
            return None
    return key, reverse


def method_statement(
    mention: cst.Name, parents: dict[int, cst.CSTNode], method: str,
) -> tuple[cst.BaseExpression, cst.SimpleStatementLine | cst.SimpleStatementSuite] | None:
    """For `name.method(v)` alone on its line (or after an `if ...:`), one positional argument and its
    value discarded: `v` and the line."""
    attribute = parents.get(id(mention))
    call = parents.get(id(attribute)) if attribute is not None else None
    expr = parents.get(id(call)) if call is not None else None
    line = parents.get(id(expr)) if expr is not None else None
    if not (isinstance(attribute, cst.Attribute) and attribute.value is mention and attribute.attr.value == method
            and isinstance(call, cst.Call) and call.func is attribute and len(call.args) == 1
            and m.matches(call.args[0], m.Arg(keyword=None, star=""))
            and isinstance(expr, cst.Expr) and expr.value is call
            and isinstance(line, (cst.SimpleStatementLine, cst.SimpleStatementSuite)) and len(line.body) == 1):
        return None
    return call.args[0].value, line
