"""Recipe: a helper that looks one key up in a text by splitting and scanning the whole text, called
again and again on the same text for other keys → each text indexed once, every key looked up in the
index.

    def tag_value(tags: str, key: str) -> str | None:
        found = None
        for item in tags.split(";"):
            name, sep, value = item.partition("=")
            if sep and name.strip() == key:
                found = value.strip()
        return found

    for feature in features:
        category = tag_value(feature.tags, "amenity")
        district = tag_value(feature.tags, "addr:district") or tag_value(feature.tags, "addr:suburb")
        ...

splits and scans a feature's tags once for every key asked (holdout24/osm_access, studied after its blind
run: five to seven scans of each feature's tags).  The function keeps, for the length of one call, each
text's index, made by a copy of the helper's loop that files every item's value under its name:

    def _tag_value_index(tags):
        index = {}
        for item in tags.split(";"):
            name, sep, value = item.partition("=")
            if sep:
                index[name.strip()] = value.strip()
        return index

    def _tag_value_indexed(tags, key, indexes):
        if type(tags) is not str or type(key) is not str:
            return tag_value(tags, key)
        index = indexes.get(tags)
        if index is None:
            index = indexes[tags] = _tag_value_index(tags)
        return index.get(key, None)

and each call `tag_value(T, K)` becomes `_tag_value_indexed(T, K, tag_value_indexes)`.

WHY THE SAME ANSWER.  For a text and key that are exact strs, every name and value the helper computes is
a str made by str methods, and the key is found by `==` between strs, which is what a dict's lookup does.
The helper that keeps the last match (no `break`, no `return` in its loop) answers with the value of the
last item whose name equals the key, which is the value the index filed last under that name; the one
that returns the first match answers with the first, which the index files only once (`not in`).  The
values and names are computed for every item that passes the helper's other tests, where the helper
computes them only for the items it matches: so they are limited to expressions that cannot raise (str
methods that take no argument or a str, and names bound to strs).  A statement of the loop that could
raise (unpacking `a, b = item.split("=", 1)`) is allowed only where the helper scans every item, which
raises at the same item as the index does; the first-match helper stops at its match.  Anything but exact
strs goes to the helper itself.

SHAPES.  The helper (of the module, or imported from the project) takes a text and a key, and is:
`found = CONSTANT`, `for item in TEXT.split(SEP)` (or `splitlines()`, `split()`, after str methods
of the text), statements binding strs from the item (`name = item.strip()`, `name, sep, value =
item.partition("=")`, the last-match helper also `name, value = item.split("=", 1)`), then `if GUARDS and
NAME == key: found = VALUE` (or `return VALUE`, with `return CONSTANT` after the loop), and `return found`.
GUARDS are truth tests of the strs, `not`, comparisons with constants and `startswith`/`endswith`.  The
function calls the helper with two positional arguments, in a loop or at two places at least.
"""

from __future__ import annotations

from dataclasses import dataclass

import libcst as cst
import libcst.matchers as m

from wattlens.optimize import cst_facts as facts
from wattlens.optimize import purity

EXPLANATION = (
    "a helper split and scanned the whole text again for each key asked of it; each text is now indexed once "
    "(every item's value filed under its name, as the helper's scan finds it) and each key looked up"
)

# str methods that cannot raise when handed nothing, or a str (strip's characters).
_SAFE_METHODS = frozenset({"strip", "lstrip", "rstrip", "lower", "upper", "casefold", "title", "swapcase"})
_SAFE_TESTS = frozenset({"startswith", "endswith", "isdigit", "isalpha", "isalnum", "isspace", "isidentifier"})
_SPLITS = frozenset({"split", "splitlines", "rsplit"})


@dataclass(frozen=True)
class _Scan:
    helper: cst.FunctionDef
    loop: cst.For
    bindings: tuple[cst.BaseStatement, ...]
    guards: tuple[cst.BaseExpression, ...]
    name: cst.BaseExpression
    value: cst.BaseExpression
    missing: cst.BaseExpression
    first: bool
    """The helper answers with the first match (else the last)."""


@dataclass(frozen=True)
class _Plan:
    helper: str
    scan: _Scan
    calls: tuple[cst.Call, ...]
    indexes: str
    indexed: str
    index_of: str


def index_texts_once(function: cst.FunctionDef) -> cst.FunctionDef | None:
    plans = _plans(function)
    if not plans or not isinstance(function.body, cst.IndentedBlock):
        return None
    replaced: dict[int, cst.CSTNode] = {
        id(call): call.with_changes(func=cst.Name(plan.indexed), args=[
            *(arg.with_changes(comma=cst.MaybeSentinel.DEFAULT) for arg in call.args), cst.Arg(cst.Name(plan.indexes))])
        for plan in plans for call in plan.calls}
    body = function.body.visit(facts.ReplaceNodes(replaced))
    assert isinstance(body, cst.IndentedBlock)
    start = 1 if facts.docstring(function) is not None else 0
    made = [cst.parse_statement(f"{plan.indexes}: dict = {{}}  # each text's `{plan.index_of}`, by the text\n")
            for plan in plans]
    return function.with_changes(body=body.with_changes(body=[*body.body[:start], *made, *body.body[start:]]))


def indexing_helpers(function: cst.FunctionDef) -> tuple[str, ...]:
    """The module-level helpers `index_texts_once(function)` calls: for each helper, one indexing a text,
    and one answering from the kept index."""
    made: list[str] = []
    for plan in _plans(function):
        scan = plan.scan
        text, key = (p.name.value for p in scan.helper.params.params)
        taken = facts.names_in(scan.helper)
        index, indexes = facts.unused_name(taken, "index"), facts.unused_name(taken, "indexes")
        name, value = facts.code(scan.name), facts.code(scan.value)  # calls and names: no parentheses needed
        filing = f"if {name} not in {index}:\n    {index}[{name}] = {value}\n" if scan.first \
            else f"{index}[{name}] = {value}\n"
        if scan.guards:
            filing = f"if {' and '.join(facts.code(g) for g in scan.guards)}:\n" \
                + "".join(f"    {line}\n" for line in filing.splitlines())
        filed = cst.parse_statement(filing)
        loop = scan.loop.with_changes(leading_lines=[], body=cst.IndentedBlock(
            body=[*(s.with_changes(leading_lines=[]) for s in scan.bindings), filed]))
        which = "first" if scan.first else "last"
        made.append(
            f"def {plan.index_of}({text}):\n"
            f'    """Each name\'s value in `{text}` as `{plan.helper}` finds it (the {which} match), by the name."""\n'
            f"    {index} = {{}}\n"
            + "".join(f"    {line}\n" for line in facts.code(loop).splitlines())
            + f"    return {index}\n")
        made.append(
            f"def {plan.indexed}({text}, {key}, {indexes}):\n"
            f'    """`{plan.helper}({text}, {key})`, each text indexed once and kept in `{indexes}` (by the caller: '
            f'one call of it)."""\n'
            f"    if type({text}) is not str or type({key}) is not str:\n"
            f"        return {plan.helper}({text}, {key})\n"
            f"    {index} = {indexes}.get({text})\n"
            f"    if {index} is None:\n"
            f"        {index} = {indexes}[{text}] = {plan.index_of}({text})\n"
            f"    return {index}.get({key}, {facts.code(scan.missing)})\n")
    return tuple(made)


# --- which calls, of which helpers -----------------------------------------------------------------


def _plans(function: cst.FunctionDef) -> list[_Plan]:
    trusted = purity.trusted()
    if not isinstance(function.body, cst.IndentedBlock):
        return []
    local = facts.local_names(function) | facts.all_parameters(function)
    if local & {"type", "str"}:
        return []
    looped = {id(node) for loop in facts.own_loops(function) for node in facts.walk(loop)}
    calls: dict[str, list[cst.Call]] = {}
    for node in facts.walk(function.body):
        if isinstance(node, cst.Call) and isinstance(node.func, cst.Name) and node.func.value not in local:
            calls.setdefault(node.func.value, []).append(node)
    taken = facts.names_in(function) | set(trusted.definitions) | set(trusted.module_constants) | set(trusted.classes)
    plans: list[_Plan] = []
    for name in sorted(calls):
        found = calls[name]
        if name == function.name.value or (len(found) < 2 and not any(id(call) in looped for call in found)):
            continue
        definition = trusted.definition_of(name)
        scan = _scan(definition) if definition is not None else None
        if scan is None or any(len(c.args) != 2 or any(a.keyword is not None or a.star for a in c.args)
                               for c in found):
            continue
        bare = name.strip("_")
        plans.append(_Plan(name, scan, tuple(found), facts.unused_name(taken, f"{bare}_indexes"),
                           facts.unused_name(taken, f"_{bare}_indexed"), facts.unused_name(taken, f"_{bare}_index")))
    return plans


def _scan(helper: cst.FunctionDef) -> _Scan | None:
    """The helper's keyed scan (see the module's docstring), or None."""
    params = helper.params
    if len(params.params) != 2 or params.posonly_params or params.kwonly_params or params.star_kwarg \
            or not isinstance(params.star_arg, cst.MaybeSentinel) or helper.decorators \
            or any(p.default is not None for p in params.params) or not isinstance(helper.body, cst.IndentedBlock):
        return None
    text, key = (p.name.value for p in params.params)
    statements = list(helper.body.body)
    if facts.docstring(helper) is not None:
        statements = statements[1:]
    found: str | None = None
    if len(statements) == 3:  # `found = C`, the loop, `return found`: the last match
        start = _single(statements[0], cst.Assign)
        returned = _single(statements[2], cst.Return)
        if not isinstance(start, cst.Assign) or len(start.targets) != 1 \
                or not isinstance(start.targets[0].target, cst.Name) or not isinstance(returned, cst.Return) \
                or returned.value is None or not m.matches(returned.value, m.Name(start.targets[0].target.value)):
            return None
        found, missing = start.targets[0].target.value, start.value
    elif len(statements) == 2:  # the loop returning the first match, `return C`
        returned = _single(statements[1], cst.Return)
        if not isinstance(returned, cst.Return) or returned.value is None:
            return None
        missing = returned.value
    else:
        return None
    loop = statements[-2]
    if not _constant(missing) or not isinstance(loop, cst.For) or loop.orelse is not None \
            or loop.asynchronous is not None or not isinstance(loop.target, cst.Name) \
            or not isinstance(loop.body, cst.IndentedBlock) or not _split_of(loop.iter, text):
        return None
    first_match = found is None
    strs = {loop.target.value}
    body = list(loop.body.body)
    if not body or not isinstance(body[-1], cst.If) or body[-1].orelse is not None:
        return None
    if_ = body[-1]
    bindings = body[:-1]
    for binding in bindings:
        bound = _binding(binding, strs, may_raise=not first_match)
        if bound is None:
            return None
        strs |= bound
    if {text, key, found} & strs:
        return None
    match = _match(if_.test, key, strs)
    then = _single_block(if_.body)
    if match is None or then is None:
        return None
    guards, name = match
    if first_match:
        answer = then.value if isinstance(then, cst.Return) else None
    else:
        assign = then if isinstance(then, cst.Assign) else None
        answer = assign.value if assign is not None and len(assign.targets) == 1 \
            and m.matches(assign.targets[0].target, m.Name(found or "")) else None
    if answer is None or not _safe_str(answer, strs):
        return None
    return _Scan(helper, loop, tuple(bindings), guards, name, answer, missing, first_match)


def _single(statement: cst.BaseStatement, kind: type[cst.Assign] | type[cst.Return]) -> cst.Assign | cst.Return | None:
    if isinstance(statement, cst.SimpleStatementLine) and len(statement.body) == 1 \
            and isinstance(statement.body[0], kind):
        return statement.body[0]
    return None


def _single_block(block: cst.BaseSuite) -> cst.BaseSmallStatement | None:
    if isinstance(block, cst.IndentedBlock) and len(block.body) == 1 \
            and isinstance(block.body[0], cst.SimpleStatementLine) and len(block.body[0].body) == 1:
        return block.body[0].body[0]
    if isinstance(block, cst.SimpleStatementSuite) and len(block.body) == 1:
        return block.body[0]
    return None


def _constant(node: cst.BaseExpression) -> bool:
    return isinstance(node, (cst.SimpleString, cst.Integer, cst.Float)) or m.matches(
        node, m.Name("None") | m.Name("True") | m.Name("False"))


def _str_constant(node: cst.BaseExpression, non_empty: bool = False) -> bool:
    if not isinstance(node, cst.SimpleString):
        return False
    value = node.evaluated_value
    return isinstance(value, str) and (bool(value) or not non_empty)


def _split_of(node: cst.BaseExpression, text: str) -> bool:
    """`text.split(";")`, `text.strip().splitlines()`, `text.split()`: strs made from the text, which an
    exact str splits without raising."""
    if not (isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and node.func.attr.value in _SPLITS):
        return False
    args = node.args
    if any(a.keyword is not None or a.star for a in args) or len(args) > 1 or (
            args and (node.func.attr.value == "splitlines" or not _str_constant(args[0].value, non_empty=True))):
        return False
    return _safe_str(node.func.value, {text})


def _safe_str(node: cst.BaseExpression, strs: set[str]) -> bool:
    """An expression that makes a str from the strs named `strs` without raising."""
    if isinstance(node, cst.Name):
        return node.value in strs
    if isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and node.func.attr.value in _SAFE_METHODS:
        args = node.args
        return len(args) <= 1 and all(a.keyword is None and not a.star and _str_constant(a.value) for a in args) \
            and _safe_str(node.func.value, strs)
    return False


def _binding(statement: cst.BaseStatement, strs: set[str], *, may_raise: bool) -> set[str] | None:
    """The names a statement of the loop binds to strs: `name = item.strip()`, `name, sep, value =
    item.partition("=")`, and where the helper scans every item `a, b = item.split("=", 1)` (which raises
    for an item without "=", at the same item for both)."""
    assign = _single(statement, cst.Assign)
    if not isinstance(assign, cst.Assign) or len(assign.targets) != 1:
        return None
    target, value = assign.targets[0].target, assign.value
    if isinstance(target, cst.Name):
        return {target.value} if _safe_str(value, strs) else None
    if not isinstance(target, (cst.Tuple, cst.List)) or not all(
            isinstance(e.value, cst.Name) and not isinstance(e, cst.StarredElement) for e in target.elements):
        return None
    names = [cst.ensure_type(e.value, cst.Name).value for e in target.elements]
    if len(set(names)) != len(names) or not (isinstance(value, cst.Call) and isinstance(value.func, cst.Attribute)):
        return None
    method, args = value.func.attr.value, value.args
    if not _safe_str(value.func.value, strs) or any(a.keyword is not None or a.star for a in args):
        return None
    if method in ("partition", "rpartition") and len(names) == 3 and len(args) == 1 \
            and _str_constant(args[0].value, non_empty=True):
        return set(names)
    if may_raise and method in ("split", "rsplit") and len(args) == 2 and _str_constant(args[0].value, non_empty=True) \
            and m.matches(args[1].value, m.Integer(value=str(len(names) - 1))):
        return set(names)
    return None


def _match(test: cst.BaseExpression, key: str, strs: set[str]) -> tuple[tuple[cst.BaseExpression, ...],
                                                                          cst.BaseExpression] | None:
    """`GUARDS and NAME == key` (or `key == NAME`): the guards and NAME."""
    *guards, test = _conjuncts(test)
    if not all(_safe_guard(guard, strs) for guard in guards):
        return None
    if not (isinstance(test, cst.Comparison) and len(test.comparisons) == 1
            and isinstance(test.comparisons[0].operator, cst.Equal)):
        return None
    left, right = test.left, test.comparisons[0].comparator
    name = left if m.matches(right, m.Name(key)) else right if m.matches(left, m.Name(key)) else None
    if name is None or not _safe_str(name, strs):
        return None
    return tuple(guards), name


def _conjuncts(test: cst.BaseExpression) -> list[cst.BaseExpression]:
    """`a and b and c` as [a, b, c], in the order they run (unparenthesized `and` groups to the left)."""
    if isinstance(test, cst.BooleanOperation) and isinstance(test.operator, cst.And) and not test.lpar:
        return [*_conjuncts(test.left), *_conjuncts(test.right)]
    return [test]


def _safe_guard(node: cst.BaseExpression, strs: set[str]) -> bool:
    """A test of the strs that cannot raise: a truth test, `not`, `==`/`!=`/`in`/`not in` with a str
    constant, `startswith("#")` and the like."""
    if isinstance(node, cst.UnaryOperation) and isinstance(node.operator, cst.Not):
        return _safe_guard(node.expression, strs)
    if _safe_str(node, strs):
        return True
    if isinstance(node, cst.Comparison) and len(node.comparisons) == 1:
        part = node.comparisons[0]
        if not isinstance(part.operator, (cst.Equal, cst.NotEqual, cst.In, cst.NotIn)):
            return False
        sides = (node.left, part.comparator)
        return all(_safe_str(side, strs) or _str_constant(side) for side in sides) \
            and any(_safe_str(side, strs) for side in sides)
    if isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and node.func.attr.value in _SAFE_TESTS:
        args = node.args
        takes = 1 if node.func.attr.value in ("startswith", "endswith") else 0
        return len(args) == takes and all(a.keyword is None and not a.star and _str_constant(a.value) for a in args) \
            and _safe_str(node.func.value, strs)
    return False
