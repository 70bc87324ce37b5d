"""Recipes for list operations that quietly make a loop quadratic.

- `xs.index(v)` inside a loop scans `xs` from the start on every pass → a dict of
  each item's *first* position, built once before the statement:
  `positions = dict(zip(reversed(xs), range(len(xs) - 1, -1, -1)))` (later
  positions are written first and overwritten by earlier ones; the fastest of the
  builds measured, about twice as fast as a comprehension over
  `reversed(list(enumerate(xs)))`).  Each call becomes
  `(positions[v] if v in positions else xs.index(v))`: a value that is not there
  still goes to `xs.index`, which raises the same ValueError with the same message.
  `v` is evaluated twice, so it must be simple (a name, attribute, constant
  subscript).  For a string the dict holds single characters: a one-character
  `v` finds its first position as `str.index` would, and anything longer falls back,
  so even text gives the same answers; text is still left alone because building
  the dict rarely pays there.  `xs` must be a parameter or a local bound before the
  statement, and neither changed nor handed to anything that could keep it, before
  or in the statement; the lookups must be over when the statement ends (none in a
  lambda or a generator kept for later, no `yield` or `await` that lets others run).
  A key function is a loop too, even in a statement without one:
  `sorted(items, key=lambda x: order.index(x))`, `items.sort(key=...)`, `min`/`max(...,
  key=...)`, `heapq.nsmallest`/`nlargest(k, items, key=...)` call the key once per item
  and drop it before they return, so a `lambda p: ...` (one plain parameter) written as
  their `key=` argument runs only while the statement runs, like a loop's body, and is
  checked like one (its body must not change or keep `xs`).  A lambda bound to a name
  first, or handed to any other function, may be called later and is left alone; so is
  one whose parameter is itself named `xs` (another object), and one under a shadowed
  `sorted`, `min`, `max` or `heapq`.  `xs.sort(key=lambda v: xs.index(v))` changes `xs`
  (it even looks empty to the key while it sorts) and is left alone like any change;
  `sorted(xs, key=...)` sorts a copy and reads `xs` unchanged.  The build runs
  whenever the statement does, so the statement must be a loop or a simple line
  whose lookups are not behind `… if … else …`, `and` or `or`: under
  `if order is not None:` the build would fail on the None the original never read.
- `acc = acc + [e]` inside a loop copies the whole list on every pass →
  `acc.append(e)`; `acc = acc + [a, b]` or `acc + [... for ...]` → `acc.extend([...])`
  (the right side stays a whole list, built before `extend` changes anything, so an
  exception half-way through it leaves `acc` as it was, as before).  Only a list
  display or comprehension on the right: `list + x` demands a list where `extend`
  takes any iterable.  `acc = [e] + acc` (prepending) is not touched.

The second rewrite changes a list in place where the original made a new one each
time, so it is only equal when nobody else can hold one of those lists while the
loop runs.  `acc` must be bound to a fresh list (`[...]`, a list comprehension,
`list(...)`, `sorted(...)`) by a statement of the function's body, and from there to
the end of the loop every other mention of `acc` must be a read that keeps nothing:
`len(acc)` and other builtins that read and return a new value, `x in acc`, `acc[i]`,
`acc.count`/`acc.index`/`acc.copy()`, a truth test, `acc.append`/`acc.extend` of
something that is not `acc`, or `for y in acc:` when that loop does not grow `acc`
(the original iterated a snapshot, the rewrite would iterate the growing list).
Anything else (a call that receives `acc`, `alias = acc`, `return acc`, `yield acc`,
a lambda, nested function or comprehension that mentions it) leaves the loop alone.
After the loop anything goes: no second reference ever existed, and the one list
holds the same items as the last one the original built.

Both recipes look only at the statements of the function's own body: loops, comprehensions
and consumed key lambdas there for the first, loops there for the second (a loop inside an
`if`, `with` or `try`, or a list bound inside the loop, is left alone).  Each rewrites
every list that qualifies, one at a time, and a second application changes nothing.
"""

from __future__ import annotations

import libcst as cst
import libcst.matchers as m

from wattlens.optimize import cst_facts as facts
from wattlens.optimize import purity

# --- xs.index(v) inside a loop → first positions built once --------------------------------

# Parameters annotated so: text (a dict of characters rarely pays), or no `.index` at all
# (the original raises AttributeError, which a lookup would turn into an answer).
_NOT_INDEXED = {"str", "bytes", "bytearray", "AnyStr", "LiteralString", "set", "frozenset", "dict",
                "Set", "FrozenSet", "Dict", "Mapping", "MutableMapping", "AbstractSet", "MutableSet",
                "Counter", "defaultdict", "Iterator", "Iterable", "Generator"}
# Calls and methods whose result is text.
_TEXT_CALLS = {"str", "bytes", "bytearray", "repr", "format", "chr", "input"}
_TEXT_METHODS = {"join", "lower", "upper", "strip", "lstrip", "rstrip", "replace", "format", "casefold",
                 "title", "capitalize", "swapcase", "decode", "encode", "read", "zfill", "center", "ljust",
                 "rjust", "removeprefix", "removesuffix", "expandtabs", "translate"}
# Builtins the position build calls.
_BUILD_NAMES = {"dict", "zip", "reversed", "range", "len"}
# Calls that run a generator expression to the end before returning.
_SCOPES = (cst.Lambda, cst.FunctionDef, cst.ClassDef)
# Calls that call their `key=` function once per item and drop it before they return.
_KEY_CONSUMERS = {"sorted", "min", "max"}
_HEAPQ_KEY_CONSUMERS = {"nsmallest", "nlargest"}

_INDEX_CALL = m.Call(func=m.Attribute(value=m.Name(), attr=m.Name("index")), args=[m.Arg(keyword=None, star="")])


def index_with_positions(function: cst.FunctionDef) -> cst.FunctionDef | None:
    """Every list of the function that qualifies, looked up by position (one at a time)."""
    return facts.repeatedly(_index_one_list, function)


def _index_one_list(function: cst.FunctionDef) -> cst.FunctionDef | None:
    if not isinstance(function.body, cst.IndentedBlock):
        return None
    if not any(isinstance(n, cst.Attribute) and n.attr.value == "index" for n in facts.walk(function.body)):
        return None  # the common case, answered without the analysis below
    local = facts.bound_in(function) | facts.parameters(function)
    if local & _BUILD_NAMES:
        return None  # `dict`, `zip`… would not be the builtins
    body = list(function.body.body)
    for index, statement in enumerate(body):
        if not isinstance(statement, (*facts.LOOPS, cst.SimpleStatementLine)):
            continue  # an `if xs is not None:` around the lookups must still keep the build away
        for items, calls in _index_calls(statement, local).items():
            if not _may_index(function, body, index, items, local):
                continue
            positions = facts.fresh_name(function, f"{items}_positions")
            build = cst.parse_statement(
                f"{positions} = dict(zip(reversed({items}), range(len({items}) - 1, -1, -1)))\n")
            looked_up = statement.visit(_PositionLookup(calls, positions))
            assert isinstance(looked_up, cst.BaseStatement)
            new_body = [*body[:index], build, looked_up, *body[index + 1:]]
            return function.with_changes(body=function.body.with_changes(body=new_body))
    return None


def _index_calls(statement: cst.BaseStatement, local: set[str]) -> dict[str, set[int]]:
    """`xs.index(v)` calls with a simple `v` that run many times, and only while the statement
    runs: by the name of `xs`, the ids of the calls."""
    parents = facts.parents(statement)
    keys = _consumed_keys(statement, local)
    found: dict[str, set[int]] = {}
    for part in [*facts.loop_parts(statement), *keys.values()]:
        for call in m.findall(part, _INDEX_CALL):
            assert isinstance(call, cst.Call) and isinstance(call.func, cst.Attribute)
            assert isinstance(call.func.value, cst.Name)
            items = call.func.value.value
            if not facts.is_simple(call.args[0].value) or _deferred(call, parents, local, keys):
                continue
            if _key_argument(items, call, parents, keys):
                continue  # `lambda xs: xs.index(v)`: the key's own argument, not the variable
            if _fallback(call, parents):
                continue  # already rewritten: the lookup's own fallback
            if any(isinstance(a, (cst.IfExp, cst.BooleanOperation)) for a in facts.ancestors(call, parents)
                   if not isinstance(statement, facts.LOOPS)):
                continue  # `sorted(…) if order else items`: the build would run when the lookups do not
            found.setdefault(items, set()).add(id(call))
    return found


def _key_argument(
    name: str, node: cst.CSTNode, parents: dict[int, cst.CSTNode], keys: dict[int, cst.Lambda]
) -> bool:
    """Whether `name` at `node` is the parameter of a key lambda around it."""
    return any(id(a) in keys and _key_parameter(keys[id(a)]) == name for a in facts.ancestors(node, parents))


def _consumed_keys(statement: cst.CSTNode, local: set[str]) -> dict[int, cst.Lambda]:
    """The lambdas in `statement` that are the `key=` of a call that calls them once per item
    and drops them before it returns (see the module's docstring), by their ids."""
    keys: dict[int, cst.Lambda] = {}
    for call in facts.walk(statement):
        if not isinstance(call, cst.Call) or not _consumes_key(call, local):
            continue
        for arg in call.args:
            key = arg.value
            named_key = arg.keyword is not None and arg.keyword.value == "key"
            if named_key and isinstance(key, cst.Lambda) and _key_parameter(key) is not None:
                keys[id(key)] = key
    return keys


def _consumes_key(call: cst.Call, local: set[str]) -> bool:
    """`sorted(...)`, `min(...)`, `max(...)` (the builtins), `<any>.sort(...)`, `heapq.nsmallest(...)`
    or `heapq.nlargest(...)`."""
    func = call.func
    if isinstance(func, cst.Name):
        return func.value in _KEY_CONSUMERS and func.value not in local
    if not isinstance(func, cst.Attribute):
        return False
    if func.attr.value == "sort":
        return True  # list.sort; another class's `.sort` is taken to behave alike
    return (func.attr.value in _HEAPQ_KEY_CONSUMERS and m.matches(func.value, m.Name("heapq"))
            and "heapq" not in local)


def _key_parameter(key: cst.Lambda) -> str | None:
    """The name of the one parameter of `lambda p: ...`; None for any other parameter list
    (a default is evaluated outside the lambda, and a key gets one argument anyway)."""
    params = key.params
    if (len(params.params) != 1 or params.params[0].default is not None or params.posonly_params
            or params.kwonly_params or not isinstance(params.star_arg, cst.MaybeSentinel)
            or params.star_kwarg is not None):
        return None
    return params.params[0].name.value


def _without_keys(statement: cst.BaseStatement, local: set[str]) -> cst.IndentedBlock:
    """`statement` for the checks that `xs` is neither changed nor kept: each consumed key
    lambda replaced by `None` and its body checked as a statement of its own (it runs while
    the statement runs, and keeps nothing; as a lambda it would count as a closure over `xs`
    handed to the call)."""
    unwrap = _UnwrapKeys(set(_consumed_keys(statement, local)))
    replaced = statement.visit(unwrap)
    assert isinstance(replaced, cst.BaseStatement)
    bodies = [cst.SimpleStatementLine(body=[cst.Expr(value=body)]) for body in unwrap.bodies]
    return cst.IndentedBlock(body=[replaced, *bodies])


class _UnwrapKeys(cst.CSTTransformer):
    def __init__(self, keys: set[int]) -> None:
        self.keys = keys
        self.bodies: list[cst.BaseExpression] = []

    def leave_Lambda(self, original_node: cst.Lambda, updated_node: cst.Lambda) -> cst.BaseExpression:
        if id(original_node) not in self.keys:
            return updated_node
        self.bodies.append(updated_node.body)  # (with the keys inside it already unwrapped)
        return cst.Name("None")


def _deferred(
    call: cst.Call, parents: dict[int, cst.CSTNode], local: set[str], keys: dict[int, cst.Lambda]
) -> bool:
    """Whether `call` may run after the statement ends, when `xs` may have changed since the
    positions were taken: inside a lambda (not a consumed key, one of `keys`) or nested
    function, or a generator expression that is not consumed on the spot (`sum(... for ...)`,
    `"".join(... for ...)` are)."""
    for ancestor in facts.ancestors(call, parents):
        if isinstance(ancestor, _SCOPES) and id(ancestor) not in keys:
            return True
        if isinstance(ancestor, cst.GeneratorExp) and purity.consumer(ancestor, parents, local) is None:
            return True
    return False


def _fallback(call: cst.Call, parents: dict[int, cst.CSTNode]) -> bool:
    """`xs.index(v)` in `(positions[v] if v in positions else xs.index(v))`."""
    parent = parents.get(id(call))
    return (isinstance(parent, cst.IfExp) and parent.orelse is call and isinstance(parent.test, cst.Comparison)
            and isinstance(parent.test.comparisons[0].operator, cst.In))


def _may_index(
    function: cst.FunctionDef, body: list[cst.BaseStatement], index: int, items: str, local: set[str]
) -> bool:
    """Whether `items` surely holds the same sequence from before `body[index]` to its end."""
    if items in {"self", "cls"} or facts.declared_outer(function, items):
        return False  # an object with its own `.index`, or a variable others may change
    known = facts.assigned_before(body, index)
    value = known.get(items)
    assigned = value is not None and not m.matches(value, m.Name("None"))
    if assigned:
        assert value is not None
        if _is_text(value) or facts.is_set_like(value):
            return False
    elif items not in facts.parameters(function) or items in known:
        return False  # maybe unbound before the statement, or bound some way not seen here
    elif (facts.annotation_of(function, items) or "") in _NOT_INDEXED:
        return False
    statement = _without_keys(body[index], local)
    if purity.may_change(statement, items, local, facts.bound_in(statement)):
        return False
    before = cst.IndentedBlock(body=body[:index])
    if _aliased(statement, items, local) or _aliased(before, items, local) or _captured(before, items):
        return False  # an alias could change it where `items` is not named
    # Between a yield or await and the resumption, others may change the list.
    return not m.findall(statement, m.Yield() | m.Await())


def _aliased(node: cst.CSTNode, name: str, local: set[str]) -> bool:
    """Whether `node` may hand the object in `name` to another variable, a container, its
    caller or a call that may keep it (`len(xs)`, `sum(... for v in xs)` only read it)."""
    keepers = (m.Assign() | m.AnnAssign() | m.AugAssign() | m.NamedExpr() | m.Return() | m.Yield()
               | m.Element() | m.DictElement())
    for found in m.findall(node, keepers):
        values = [getattr(found, "value", None), getattr(found, "key", None)]
        if any(isinstance(v, cst.BaseExpression) and name in purity.exposed(v) for v in values):
            return True
    for call in m.findall(node, m.Call()):
        assert isinstance(call, cst.Call)
        func = call.func
        reads = ((isinstance(func, cst.Name) and func.value in purity.PURE_BUILTINS and func.value not in local)
                 or (isinstance(func, cst.Attribute) and func.attr.value in purity.PURE_METHODS))
        if not reads and any(name in purity.exposed(arg.value) for arg in call.args):
            return True
    return False


def _captured(node: cst.CSTNode, name: str) -> bool:
    """Whether a function, lambda or class in `node` mentions `name` (and may change it when called)."""
    return any(name in facts.names_in(s) for s in m.findall(node, m.FunctionDef() | m.Lambda() | m.ClassDef()))


def _is_text(value: cst.BaseExpression) -> bool:
    if isinstance(value, (cst.SimpleString, cst.ConcatenatedString, cst.FormattedString)):
        return True
    if isinstance(value, cst.BinaryOperation):  # "a" + s, "%s" % x
        return _is_text(value.left) or _is_text(value.right)
    if isinstance(value, cst.Call):
        if isinstance(value.func, cst.Name):
            return value.func.value in _TEXT_CALLS
        if isinstance(value.func, cst.Attribute):
            return value.func.attr.value in _TEXT_METHODS
    return False


class _PositionLookup(cst.CSTTransformer):
    """`xs.index(v)` → `(positions[v] if v in positions else xs.index(v))` for the chosen calls."""

    def __init__(self, calls: set[int], positions: str) -> None:
        self.calls, self.positions = calls, positions

    def leave_Call(self, original_node: cst.Call, updated_node: cst.Call) -> cst.BaseExpression:
        if id(original_node) not in self.calls:
            return updated_node
        value = facts.code(updated_node.args[0].value)
        return cst.parse_expression(
            f"({self.positions}[{value}] if {value} in {self.positions} else {facts.code(updated_node)})")


# --- acc = acc + [e] inside a loop → acc.append(e) -------------------------------------------

# Builtins that read their one argument and return something new (or an item), keeping nothing.
_READERS = {"len", "sorted", "tuple", "list", "set", "frozenset", "sum", "min", "max", "any", "all", "bool"}
# Methods of a list that read it and keep nothing.
_READ_METHODS = {"count", "index", "copy"}
_GROW_METHODS = {"append", "extend"}


def append_not_concatenate(function: cst.FunctionDef) -> cst.FunctionDef | None:
    """Every loop of the function's body that qualifies, rewritten (one loop at a time: once
    a loop appends, a later loop's check sees `acc.append`, which it allows)."""
    return facts.repeatedly(_rewrite_one_loop, function)


def _rewrite_one_loop(function: cst.FunctionDef) -> cst.FunctionDef | None:
    if not isinstance(function.body, cst.IndentedBlock):
        return None
    body = list(function.body.body)
    local = facts.bound_in(function) | facts.parameters(function)
    for index, loop in enumerate(body):
        if not isinstance(loop, facts.LOOPS):
            continue
        for name in sorted({_target(c) for c in m.findall(loop, _concatenation())}):
            start = facts.fresh_list_binding(body, index, name, local)
            if start is None or facts.declared_outer(function, name):
                continue
            region = cst.IndentedBlock(body=body[start + 1:index + 1])
            if not _only_safe_uses(region, name, local):
                continue
            appended = region.visit(_AppendInstead(name))
            assert isinstance(appended, cst.IndentedBlock)
            new_body = [*body[:start + 1], *appended.body, *body[index + 1:]]
            return function.with_changes(body=function.body.with_changes(body=new_body))
    return None


def _concatenation(name: str | None = None) -> m.Assign:
    """`name = name + [...]` or `name = name + [... for ...]`, one target."""
    own = m.Name() if name is None else m.Name(name)
    return m.Assign(targets=[m.AssignTarget(target=own)],
                    value=m.BinaryOperation(left=own, operator=m.Add(), right=m.List() | m.ListComp()))


def _target(assign: cst.CSTNode) -> str:
    assert isinstance(assign, cst.Assign) and isinstance(assign.targets[0].target, cst.Name)
    return assign.targets[0].target.value


def _only_safe_uses(region: cst.IndentedBlock, name: str, local: set[str]) -> bool:
    """Whether every mention of `name` in `region` is a concatenation to rewrite or a read that
    keeps no reference to the list (see the module's docstring), and one concatenation is there."""
    parents = facts.parents(region)
    allowed: set[int] = set()
    concatenations = m.findall(region, _concatenation(name))
    for found in concatenations:
        assert isinstance(found, cst.Assign) and isinstance(found.value, cst.BinaryOperation)
        allowed |= {id(found.targets[0].target), id(found.value.left)}
    if not concatenations or _captured(region, name):
        return False  # (a nested function's `acc = acc + [x]` is about its own `acc`)
    for mention in m.findall(region, m.Name(name)):
        assert isinstance(mention, cst.Name)
        if id(mention) in allowed or facts.not_a_variable(mention, parents):
            continue
        if any(isinstance(a, (*_SCOPES, *purity.COMPREHENSIONS)) for a in facts.ancestors(mention, parents)):
            return False  # a closure or comprehension: kept or read out of sight
        if not _reads_without_keeping(mention, parents, local):
            return False
    return True




def _reads_without_keeping(mention: cst.Name, parents: dict[int, cst.CSTNode], local: set[str]) -> bool:
    parent = parents.get(id(mention))
    above = parents.get(id(parent)) if parent is not None else None
    if isinstance(parent, cst.Arg):  # len(acc), sorted(acc)
        return (isinstance(above, cst.Call) and isinstance(above.func, cst.Name) and len(above.args) == 1
                and parent.star == "" and parent.keyword is None
                and above.func.value in _READERS and above.func.value not in local)
    if isinstance(parent, cst.ComparisonTarget):  # x in acc
        return parent.comparator is mention and isinstance(parent.operator, (cst.In, cst.NotIn))
    if isinstance(parent, cst.Attribute) and parent.value is mention:  # acc.count(x), acc.append(x)
        if not (isinstance(above, cst.Call) and above.func is parent):
            return False
        if parent.attr.value in _READ_METHODS:
            return True
        # Growing it in place keeps it the only reference; `acc.append(acc)` is caught as an Arg.
        return parent.attr.value in _GROW_METHODS and isinstance(parents.get(id(above)), cst.Expr)
    if isinstance(parent, cst.Subscript) and parent.value is mention:  # acc[i], acc[a:b]
        return not facts.in_a_target(parent, parents)
    if isinstance(parent, (cst.If, cst.While, cst.IfExp, cst.UnaryOperation, cst.BooleanOperation)):
        return facts.truth_tested(mention, parents)
    if isinstance(parent, cst.For) and parent.iter is mention:
        # The original iterated a snapshot; the rewrite would iterate the list it grows.
        grows = m.Call(func=m.Attribute(value=m.Name(mention.value), attr=m.Name("append") | m.Name("extend")))
        return not m.findall(parent, _concatenation(mention.value) | grows)
    return False






class _AppendInstead(cst.CSTTransformer):
    def __init__(self, name: str) -> None:
        self.name = name

    def leave_Assign(self, original_node: cst.Assign, updated_node: cst.Assign) -> cst.BaseSmallStatement:
        if not m.matches(updated_node, _concatenation(self.name)):
            return updated_node
        assert isinstance(updated_node.value, cst.BinaryOperation)
        added = updated_node.value.right
        if isinstance(added, cst.List) and len(added.elements) == 1 and isinstance(added.elements[0], cst.Element):
            method, argument = "append", added.elements[0].value
        else:
            method, argument = "extend", added.with_changes(lpar=[], rpar=[])
        call = cst.Call(func=cst.Attribute(value=cst.Name(self.name), attr=cst.Name(method)),
                        args=[cst.Arg(value=argument)])
        return cst.Expr(value=call, semicolon=updated_node.semicolon)
