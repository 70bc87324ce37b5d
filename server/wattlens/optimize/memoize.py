"""A recipe for recursion that solves the same subproblem again and again.

`def ways(s, i): ... ways(s, i + 1) + ways(s, i + 2)` recomputes each `i` an
exponential number of times.  Remembering each answer turns it polynomial.  The
rewrite keeps the function's signature and moves the body into an inner function
with a dictionary of answers that lives for one outer call only, so nothing is kept
between calls (no memory held, no stale answer if the inputs change later):

    def ways(s, i):
        answers = {}
        def ways_memo(i):
            key = i
            if key in answers:
                return answers[key]
            ...                              # the body, recursing into ways_memo
            answers[key] = ...; return answers[key]   # at each return
        return ways_memo(i)

A recursive helper defined in the function's body (`def ways(i): … ways(i + 1)`,
then `return ways(0)`) keeps its place and gets a dictionary made beside it, so
again one per call of the function.  What it reads from the function must not be
rebound or changed after it is defined, and no call after it may be one that
could change a table it reads: an answer would go stale.

A method (first parameter `self` or `cls`) is left alone: `name(…)` in its body calls
a module function, not the method.

Arguments that every recursive call passes on unchanged (`s` above) are read from
the outer call instead of being part of the key: they may be unhashable lists.  So is,
though still passed, a path carried only to find cycles (`if name in path: raise …`, then
`cost(part, …, path + (name,))`): see `_trail` for why an answer kept for a node holds on
any path (holdout11/recipe_costing, studied after its blind run: 7.7x, shared sub-recipes
costed once per dish).

Why a dictionary and not `functools.cache`: the cache's C wrapper counts against
the recursion limit at every level, so on Python 3.11 a recursion that reached
depth 900 would fail near 490.  The dictionary costs no extra frame.

Remembering is only safe for a function that changes nothing: every call in the
body must be the recursion itself or a builtin or method known to change nothing
(`purity`), items and attributes may be assigned only on containers the body
made, and an answer obtained from the recursion is never changed (it is shared
between callers now).  A function documented to return a mutable container is
left alone, since its callers would now share one object.

A helper nested in the function may return a mutable container (`-> list[str] | None`:
fewest-words splits, paths, longest common runs), when sharing its answers cannot be
seen (`_sharing_unseen`).  Remembering changes only one thing: where the original made
a new answer at every call, the rewrite hands the object it made first for those
arguments to every later caller, so answers for different arguments may now be one
object (`return rest`) or hold the same items (`[word, *rest]` in two of them).  Nobody
can tell when
  (a) every answer obtained from the recursion, in the helper and in the function (a
      call, or a local bound to one), is only read: tested (`is None`, truth, `==`,
      `<`), measured (`len`), iterated, or copied into a new object (`[word, *rest]`,
      `rest + [x]`, `list(rest)`, `" ".join(rest)`), or else returned as it is or bound
      to another local that obeys the same rules.  Never changed (`rest.append(x)`,
      `rest += …`, `rest[0] = …`), stored (`paths.append(rest)`, `self.last = rest`, a
      global), embedded as it is (`[word, rest]`, `[best(i) for …]`), compared by
      identity (`rest is other`), handed to any other call, or kept by a closure;
  (b) whatever is taken out of an answer (by copying, iterating, indexing) cannot change:
      the annotation names the items and they are immutable all the way down (`str`,
      `int`, `tuple[int, ...]`), else two equal items of one result could now be a single
      object; unknown items (`list`, `list[Token]`) are refused;
  (c) the function gets the helper's name only in such calls (never `return best`, no
      `global`, `nonlocal` or `locals()`), so the dict and every answer but the one it
      returns are dropped when it returns.
Then the value the caller gets is an answer that nothing else alive refers to (no answer
holds another, by (a), and the dict dies with the call), whose items cannot change,
and every answer the code looked at equals what the original computed.  Answers that
are immutable after all (`int | None`) are simply shared.  A function of the module answering a
container is remembered by the same rules (a) and (b) in its own body: the dictionary of answers
lives for one outer call, so (c) holds as well (holdout16/wargame_odds: a distribution of kills,
`dict[int, Fraction]`, worked out again for every branch of the attacks; studied after its blind
run).  A helper answering a tuple of fixed length that holds such containers beside immutable items
(`-> tuple[int, list[Leg]] | None`, a price and the legs making it up; `Leg` may be a name the module
binds once to an immutable type) follows the same rules with one more: its answers' items are taken
out only by indexing (`rest[0]`, `rest[1]`), and a container so taken is itself only read or copied
(`[leg] + rest[1]`), never unpacked, held by a name or handed on whole (holdout34/split_tickets,
studied after its blind run: the cheapest split of every tail of the journey worked out again for
every way of reaching it).  Any helper answering a mutable container whose items are unknown or that
is handled otherwise is refused.

A recursion that says nothing of its answers (no return annotation) and gets one it changes
(`cost, plan = best_from(j)`, then `cost += price`) or whose answers' kind is unknown keeps them as
copies instead (`_copied_shape`): an answer is kept only if, when returned, it is immutable but for
lists of immutable items that the recursion made itself, and every caller, the first included, gets
its own copy of those lists, so nothing a caller holds is held by a kept answer (holdout30/
pass_advisor, studied after its blind run: the cheapest rail passes for each remaining travel day
worked out again for every way of reaching it).

On the fewest-words split `split_hashtag(tag, vocabulary)` (a 40-letter tag made of
vocabulary words, 5,000 words of 2 to 6 letters drawn from 12 letters; timeit, best of 3,
five runs on a shared 2-core machine): 4.8-13 ms before, 0.14-0.24 ms after (33-54x);
with words from 10 letters, where far more prefixes are words: 150-320 ms before,
0.21-0.24 ms after (700-1,500x).
"""

from __future__ import annotations

import libcst as cst
import libcst.matchers as m

from wattlens.optimize import cst_facts as facts
from wattlens.optimize import purity

# Return annotations that promise a fresh mutable object to every caller.
_MUTABLE_RESULTS = {"list", "dict", "set", "List", "Dict", "Set", "bytearray", "deque", "defaultdict",
                    "Counter", "MutableSequence", "MutableMapping", "MutableSet"}
# Return annotations whose values nobody can change, so callers may share them.
_IMMUTABLE_RESULTS = {"int", "float", "bool", "str", "bytes", "complex", "tuple", "Tuple", "frozenset",
                      "FrozenSet", "None", "Fraction", "Decimal"}
# Parameter annotations whose values cannot be a dictionary key.
_UNHASHABLE = _MUTABLE_RESULTS

# Answers of a recursion that says nothing of them (no annotation) are kept as copies (`_copied_shape`):
# for a tuple display, which of its places hold a list the recursion made; for any other answer, whether
# it is one.
_Shape = bool | tuple[bool, ...]
_KEEP, _COPY, _IMMUTABLE = "_kept_answer", "_answer_copy", "_immutable_value"
_COPYING = (
    f"def {_IMMUTABLE}(value):\n"
    f'    """Whether nothing in `value` can ever change: numbers, texts, None, tuples and frozensets of those."""\n'
    f"    kind = type(value)\n"
    f"    if value is None or kind in (int, float, complex, str, bytes, bool):\n"
    f"        return True\n"
    f"    return kind in (tuple, frozenset) and all({_IMMUTABLE}(item) for item in value)\n",
    f"def {_COPY}(answer, shape):\n"
    f'    """A caller\'s own copy of a kept answer: every list in a place `shape` marks is made anew."""\n'
    f"    if type(shape) is bool:\n"
    f"        return list(answer) if shape and type(answer) is list else answer\n"
    f"    if type(answer) is not tuple:\n"
    f"        return answer  # None, kept where the recursion fell off its end\n"
    f"    return tuple(list(part) if mark and type(part) is list else part for part, mark in zip(answer, shape))\n",
    f"def {_KEEP}(answers, key, answer, shape):\n"
    f'    """Keep `answer` under `key` where nobody can tell it is shared: it is immutable, but for lists\n'
    f"    of immutable items in the places `shape` marks, which every caller gets a copy of; any other\n"
    f'    answer is handed back as it is and not kept."""\n'
    f"    parts, marks = ((answer,), (shape,)) if type(shape) is bool else (answer, shape)\n"
    f"    if type(shape) is not bool and (type(answer) is not tuple or len(answer) != len(shape)):\n"
    f"        return answer\n"
    f"    for part, mark in zip(parts, marks):\n"
    f"        if not ({_IMMUTABLE}(part)\n"
    f"                or mark and type(part) is list and all({_IMMUTABLE}(item) for item in part)):\n"
    f"            return answer\n"
    f"    answers[key] = answer\n"
    f"    return {_COPY}(answer, shape)\n",
)


def memoize_recursion(function: cst.FunctionDef) -> cst.FunctionDef | None:
    return _memoize_function(function) or _memoize_helpers(function)


def _memoize_function(function: cst.FunctionDef) -> cst.FunctionDef | None:
    """The function recurses into itself: the body moves into a remembering inner function."""
    name = function.name.value
    if not _plain(function) or function.params.kwonly_params or not _only_called(function):
        return None
    if function.params.params and function.params.params[0].name.value in {"self", "cls"}:
        return None  # a method: `name(…)` in its body calls a module function, not the method
    order = [p.name.value for p in function.params.params]
    body = function.body
    recursive = [c for c in m.findall(body, m.Call(func=m.Name(name))) if isinstance(c, cst.Call)]
    passed = [_arguments_by_parameter(call, order) for call in recursive]
    if any(p is None for p in passed):
        return None
    bound = facts.bound_in(body)
    invariant = {
        p for p in order
        if p not in bound and all(m.matches(args[p], m.Name(p)) for args in passed if args is not None)
    }
    varying = [p for p in order if p not in invariant]
    trails = {p for p in varying if _trail(function, p, recursive, order)}
    keyed = [p for p in varying if p not in trails]
    if not keyed:
        return None
    safe = _safe_to_remember(function, keyed)
    shape = None if safe else _copied_shape(function, keyed)
    if not safe and shape is None:
        return None
    return _rewrite(function, name, varying, invariant, keyed, shape)


def _trail(function: cst.FunctionDef, trail: str, recursive: list[cst.Call], order: list[str]) -> bool:
    """Whether `trail` only carries the path of the recursion for finding cycles: a parameter that
    the body only asks `node in trail` (raising when it is there), extends by the node for every
    recursive call (`trail + (node,)`), and names in what it raises.

    Its answers may then be kept by the other arguments alone.  An answer was kept only where the call
    returned, so no node below it is on its own path; if one were on another call's path, that node
    would lie below itself, and the call that returned would have met it again and raised.  So a call
    finding a kept answer would have returned the same one, or met a cycle the kept call already
    met, and raised."""
    body = function.body
    if trail in facts.bound_in(body):
        return False
    parents = facts.parents(body)
    raising = {id(n) for r in m.findall(body, m.Raise()) for n in facts.walk(r)}
    node: str | None = None
    for use in facts.walk(body):
        if not isinstance(use, cst.Name) or use.value != trail or id(use) in raising:
            continue
        parent = parents.get(id(use))
        if isinstance(parent, cst.ComparisonTarget) and isinstance(parent.operator, cst.In):
            asked = parents.get(id(parent))
            if not (isinstance(asked, cst.Comparison) and len(asked.comparisons) == 1 and _raises_when(asked, parents)):
                return False  # a cycle answered some other way (`return 0`) would be kept for other paths
            asking = asked.left
        elif isinstance(parent, cst.BinaryOperation) and isinstance(parent.operator, cst.Add) and parent.left is use \
                and isinstance(parent.right, cst.Tuple) and len(parent.right.elements) == 1:
            if not _handed_down(parent, body, parents, trail, recursive, order):
                return False
            asking = parent.right.elements[0].value
        else:
            return False
        if not isinstance(asking, cst.Name) or asking.value not in order or node not in (None, asking.value) \
                or asking.value in facts.bound_in(body):
            return False  # (a node rebound would put on the trail something other than the call's own)
        node = asking.value
    return node is not None and node != trail


def _handed_down(extended: cst.BinaryOperation, body: cst.BaseSuite, parents: dict[int, cst.CSTNode], trail: str,
                 recursive: list[cst.Call], order: list[str]) -> bool:
    """Whether the extended trail (`trail + (node,)`) is handed to recursive calls as their `trail` and used no
    other way: as the argument itself, or through a local bound to it once (`below = path + (name,)`) that is
    only handed so."""
    def handed_as_trail(node: cst.CSTNode) -> bool:
        argument = parents.get(id(node))
        call = parents.get(id(argument))
        if not (isinstance(argument, cst.Arg) and any(call is c for c in recursive)):
            return False
        passed = _arguments_by_parameter(cst.ensure_type(call, cst.Call), order)
        return passed is not None and passed.get(trail) is node

    if handed_as_trail(extended):
        return True
    binding = parents.get(id(extended))
    if not (isinstance(binding, cst.Assign) and len(binding.targets) == 1
            and isinstance(binding.targets[0].target, cst.Name) and binding.targets[0].target.value not in order):
        return False
    local = binding.targets[0].target
    # Bound there alone (a `del`, an augmented or loop binding would be a mention handed no call).
    return all(n is local or handed_as_trail(n) for n in facts.mentions(body, local.value, parents))


def _memoize_helpers(function: cst.FunctionDef) -> cst.FunctionDef | None:
    """A helper defined in the function's body recurses into itself (`def ways(i): … ways(i + 1)`):
    it remembers its answers in a dict made beside it, so for one call of the function, as
    the helper itself lives.  What the helper reads from the function must not change once it
    is defined, or a remembered answer would go stale."""
    if not isinstance(function.body, cst.IndentedBlock):
        return None
    body = list(function.body.body)
    shadowed = facts.bound_in(function) | facts.parameters(function)
    for index, helper in enumerate(body):
        if not isinstance(helper, cst.FunctionDef) or not _plain(helper) or not _only_called(helper):
            continue
        name, params = helper.name.value, [p.name.value for p in
                                           [*helper.params.params, *helper.params.kwonly_params]]
        safe = _safe_to_remember(helper, params, function)
        shape = None if safe else _copied_shape(helper, params)
        if not safe and shape is None:
            continue
        after = body[index + 1:]
        read = purity.reads(helper.body) - facts.bound_in(helper.body) - set(params)
        if read & shadowed & purity.PURE_BUILTINS:
            continue  # `max` rebound by the function: the helper's calls of it are not the builtin's
        if any(name in facts.bound_in(s) or read & facts.bound_in(s) for s in after):
            continue
        if any(_may_act(s, name, shadowed) or any(purity.may_change(s, v, shadowed, set()) for v in read)
               for s in after):
            continue
        if shape is None and _answers_changed_after(helper, after, shadowed):
            continue  # (copied answers cannot be changed through the kept ones)
        answers = facts.fresh_name(function, f"{name}_answers")
        remembering = _remembering(helper, name, name, params, set(), answers, facts.fresh_name(helper, "key"),
                                   shape=shape)
        made = _statement(f"{answers} = {{}}").with_changes(leading_lines=helper.leading_lines)
        new_body = [*body[:index], made, remembering.with_changes(leading_lines=()), *after]
        return function.with_changes(body=function.body.with_changes(body=new_body))
    return None


def copied_answers(function: cst.FunctionDef) -> tuple[str, ...]:
    """The definitions a rewrite keeping copied answers calls (none for any other)."""
    rewritten = memoize_recursion(function)
    return _COPYING if rewritten is not None and m.findall(rewritten, m.Name(_KEEP)) else ()


def _copied_shape(function: cst.FunctionDef, keyed: list[str]) -> _Shape | None:
    """Where the recursion says nothing of its answers (no return annotation), they can still be kept
    as copies: an answer is kept only when, looked at as it is returned, it is immutable but for new
    lists of immutable items, and every caller, the first included, gets its own copy of those lists.
    A caller then holds nothing a kept answer holds that could change (changing its copy, as in
    `cost += price` or `plan.append(step)`, changes nothing kept), and what it gets equals what the
    original computed.  A list is copied only in a place where every return puts a list the recursion
    made itself (a list display or comprehension, `[step] + plan`, `sorted(...)`, or a local bound
    only to those, to None or to that place of its own answer), so no list that someone else holds
    is replaced by a copy.  Any other answer is handed back as computed and not kept.

    The body must change nothing but what it made (`_changes_nothing`, answers being copies), and the
    keyed parameters be hashable where annotated.  Returns the shape: for tuple displays of one length
    at every return, which places hold such lists; else whether the whole answer is one."""
    if function.returns is not None or any(facts.annotation_of(function, p) in _UNHASHABLE for p in keyed):
        return None
    if {_KEEP, _COPY, _IMMUTABLE} & facts.names_in(function):
        return None
    params = {p.name.value for p in [*function.params.params, *function.params.kwonly_params]}
    if not _changes_nothing(function, function.name.value, params, copies=True, hashed=frozenset(keyed)):
        return None
    values = [r.value if r.value is not None else cst.Name("None")
              for r in m.findall(function.body, m.Return()) if isinstance(r, cst.Return)]
    if not values:
        return None
    tuples = [v for v in values if isinstance(v, cst.Tuple)]
    if not tuples:
        return all(_new_list(v, function, None, set()) for v in values)
    sizes = {len(v.elements) for v in tuples}
    if len(tuples) != len(values) or len(sizes) != 1 or any(
            isinstance(e, cst.StarredElement) for v in tuples for e in v.elements):
        return None
    return tuple(all(_new_list(v.elements[place].value, function, place, set()) for v in tuples)
                 for place in range(sizes.pop()))


def _new_list(value: cst.BaseExpression, function: cst.FunctionDef, place: int | None, seen: set[str]) -> bool:
    """Whether `value`, returned at `place` of the answer, is None or a list the recursion made itself."""
    if m.matches(value, m.Name("None") | m.List() | m.ListComp()):
        return True
    if place is None and m.matches(value, m.Call(func=m.Name(function.name.value))):
        return True  # its own answer, a new list by the same reasoning
    if isinstance(value, cst.BinaryOperation) and isinstance(value.operator, cst.Add):
        return isinstance(value.left, (cst.List, cst.ListComp))  # `list + x` is a new list (or raises)
    local = facts.bound_in(function.body)
    if m.matches(value, m.Call(func=m.Name("sorted") | m.Name("list"))):
        return cst.ensure_type(cst.ensure_type(value, cst.Call).func, cst.Name).value not in local
    if not isinstance(value, cst.Name) or value.value not in local or value.value in seen:
        return isinstance(value, cst.Name) and value.value in seen  # a local bound to itself adds nothing
    name = value.value
    for found in facts.walk(function.body):
        if isinstance(found, (cst.For, cst.CompFor)):
            if name in facts.target_names(found.target):
                return False
            continue
        if isinstance(found, (cst.AugAssign, cst.AnnAssign, cst.NamedExpr, cst.Del, cst.AsName)):
            if name in facts.bound_in(found):
                return False
            continue
        if not isinstance(found, cst.Assign):
            continue
        for target in (t.target for t in found.targets):
            if m.matches(target, m.Name(name)):
                if not _new_list(found.value, function, place, seen | {name}):
                    return False
            elif name in facts.target_names(target):
                places = target.elements if isinstance(target, cst.Tuple) else ()
                spot = next((i for i, e in enumerate(places) if m.matches(e.value, m.Name(name))), None)
                if spot is None:
                    return False  # bound deeper in the target (`a, (b, plan) = ...`) or otherwise
                if m.matches(found.value, m.Call(func=m.Name(function.name.value))):
                    if spot != place:
                        return False  # that place of its own answer: a new list by the same reasoning
                elif not (isinstance(found.value, cst.Tuple) and len(found.value.elements) == len(places)
                          and _new_list(found.value.elements[spot].value, function, place, seen | {name})):
                    return False
    return True


def _answers_changed_after(helper: cst.FunctionDef, after: list[cst.BaseStatement], shadowed: set[str]) -> bool:
    """Whether the function may change an answer the helper gave (`res = ways(0); res.append(1)`):
    the next call with the same arguments would get the changed object."""
    name = helper.name.value
    if _result_label(helper) in _IMMUTABLE_RESULTS:
        return False
    block = cst.IndentedBlock(after)
    for call in m.findall(block, m.Call(func=m.Attribute(value=m.Call(func=m.Name(name))))):
        assert isinstance(call, cst.Call) and isinstance(call.func, cst.Attribute)
        if call.func.attr.value not in purity.PURE_METHODS:
            return True  # `ways(0).append(1)`
    holding = _names_holding_answers(block, name)
    augmented = {t for a in m.findall(block, m.AugAssign()) if isinstance(a, cst.AugAssign)
                 for t in purity.target_names(a.target)}
    return any(v in augmented or purity.may_change(s, v, shadowed, set()) for s in after for v in holding)


def _plain(function: cst.FunctionDef) -> bool:
    """Undecorated (the name is this function), synchronous, no `*args`/`**kwargs`, and a body
    with no yield, await, global, nonlocal or nested definitions."""
    params = function.params
    if function.decorators or function.asynchronous or not isinstance(function.body, cst.IndentedBlock):
        return False
    if params.posonly_params or isinstance(params.star_arg, cst.Param) or params.star_kwarg is not None:
        return False
    forbidden = m.Yield() | m.Await() | m.Global() | m.Nonlocal() | m.FunctionDef() | m.ClassDef()
    return not m.findall(function.body, forbidden)


def _only_called(function: cst.FunctionDef) -> bool:
    """The function recurses, and its name appears in its body only in calls of itself."""
    name = function.name.value
    calls = m.findall(function.body, m.Call(func=m.Name(name)))
    uses = m.findall(function.body, m.Name(name))
    return bool(calls) and len(uses) == len(calls) and name not in facts.bound_in(function.body)


def _safe_to_remember(function: cst.FunctionDef, keyed: list[str], outer: cst.FunctionDef | None = None) -> bool:
    """Its answers may be shared and its key hashed: a pure body, answers nobody changes.  A
    mutable answer is allowed only for a helper nested in `outer`, where nobody can tell that
    it is shared (`_sharing_unseen`)."""
    if any(facts.annotation_of(function, p) in _UNHASHABLE for p in keyed):
        return False
    if _answers_mutable(function) and not _sharing_unseen(function, outer):
        return False
    params = {p.name.value for p in [*function.params.params, *function.params.kwonly_params]}
    return _changes_nothing(function, function.name.value, params)


def _may_act(statement: cst.BaseStatement, helper: str, shadowed: set[str]) -> bool:
    """Whether `statement` calls anything that might change what the helper reads (a global
    table, say): calls other than the helper, known-pure ones and appends to a container."""
    for call in m.findall(statement, m.Call()):
        assert isinstance(call, cst.Call)
        if m.matches(call.func, m.Name(helper)) or purity.is_pure_call(call, shadowed):
            continue
        if isinstance(call.func, cst.Attribute) and call.func.attr.value in purity.STORING_METHODS:
            continue
        return True
    return False


def _arguments_by_parameter(call: cst.Call, order: list[str]) -> dict[str, cst.BaseExpression] | None:
    """The expression each parameter receives in `call`, or None unless every parameter gets
    exactly one plain argument (no defaults relied on, no `*args`)."""
    given: dict[str, cst.BaseExpression] = {}
    positional = [a for a in call.args if a.keyword is None]
    if any(a.star for a in call.args) or len(positional) > len(order):
        return None
    for param, arg in zip(order, positional, strict=False):  # fewer positional than parameters is fine
        given[param] = arg.value
    for arg in call.args:
        if arg.keyword is not None:
            if arg.keyword.value not in order or arg.keyword.value in given:
                return None
            given[arg.keyword.value] = arg.value
    return given if len(given) == len(order) else None


def _result_label(function: cst.FunctionDef) -> str | None:
    """The name of the declared return type (`int`, `list`), "?" when not a plain name."""
    if function.returns is None:
        return None
    annotation = function.returns.annotation
    base = annotation.value if isinstance(annotation, cst.Subscript) else annotation
    return base.attr.value if isinstance(base, cst.Attribute) else base.value if isinstance(base, cst.Name) else "?"


def _returns_mutable(function: cst.FunctionDef) -> bool:
    return _result_label(function) in _MUTABLE_RESULTS | {"?"}


def _answers_mutable(helper: cst.FunctionDef) -> bool:
    """`_returns_mutable`, or a mutable container in `Optional[…]` or `Union[…]`."""
    return _returns_mutable(helper) or (helper.returns is not None and any(
        _type_name(member) in _MUTABLE_RESULTS for member in _members(helper.returns.annotation)))


# Containers whose items the annotation names: `list[str]`, `dict[str, int]`, `deque[tuple[int, int]]`.
_CONTAINERS = {"list", "List", "set", "Set", "deque", "Deque", "dict", "Dict", "defaultdict", "DefaultDict",
               "Counter", "MutableSequence", "MutableMapping", "MutableSet", "bytearray"}
# Builtins that read what they are handed and keep none of it (`len(rest)`, `any(rest)`).
_READING_BUILTINS = frozenset({"len", "bool", "any", "all", "hash", "repr", "str", "isinstance"})
# Builtins whose result holds (or is) items of what they are handed (`list(rest)`, `min(rest)`).
_ITEM_BUILTINS = frozenset({"list", "tuple", "sorted", "set", "frozenset", "sum", "min", "max", "reversed",
                            "enumerate", "zip", "dict"})
# Methods that read their object (or argument) and keep nothing; those whose result holds its items.
_READING_METHODS = frozenset({"count", "index", "issubset", "issuperset", "isdisjoint"})
_ITEM_METHODS = frozenset({"copy", "get", "keys", "values", "items", "union", "intersection", "difference",
                           "symmetric_difference"})


def _members(annotation: cst.BaseExpression) -> list[cst.BaseExpression]:
    """The alternatives of `A | B`, `Optional[A]`, `Union[A, B]`; the annotation alone otherwise."""
    if isinstance(annotation, cst.BinaryOperation) and isinstance(annotation.operator, cst.BitOr):
        return _members(annotation.left) + _members(annotation.right)
    if isinstance(annotation, cst.Subscript) and _type_name(annotation) in {"Optional", "Union"}:
        return [member for each in _type_arguments(annotation) for member in _members(each)]
    return [annotation]


def _type_name(annotation: cst.BaseExpression) -> str | None:
    base = annotation.value if isinstance(annotation, cst.Subscript) else annotation
    return base.attr.value if isinstance(base, cst.Attribute) else base.value if isinstance(base, cst.Name) else None


def _type_arguments(annotation: cst.BaseExpression) -> list[cst.BaseExpression]:
    """`str` and `int` in `dict[str, int]`, without the `...` of `tuple[int, ...]`."""
    if not isinstance(annotation, cst.Subscript):
        return []
    return [e.slice.value for e in annotation.slice
            if isinstance(e.slice, cst.Index) and not isinstance(e.slice.value, cst.Ellipsis)]


def _deeply_immutable(annotation: cst.BaseExpression, aliased: frozenset[str] = frozenset()) -> bool:
    """Values of this type, and everything inside them, can never change: `str`, `int | None`,
    `tuple[int, ...]`, `frozenset[str]` (not a bare `tuple`, whose items are unknown), or a name
    the module binds once to such a type (`Leg = tuple[str, str, int]`)."""
    for member in _members(annotation):
        name = _type_name(member)
        if isinstance(member, cst.Name) and member.value not in aliased \
                and (alias := purity.trusted().type_aliases.get(member.value)) is not None:
            if not _deeply_immutable(alias, aliased | {member.value}):
                return False
            continue
        if isinstance(member, cst.Name) and name in purity.trusted().frozen_records:
            continue  # a frozen record whose fields are all immutable (`StockLength`)
        if name not in _IMMUTABLE_RESULTS:
            return False
        arguments = _type_arguments(member)
        if name in {"tuple", "Tuple", "frozenset", "FrozenSet"} and not isinstance(member, cst.Subscript):
            return False
        if not all(_deeply_immutable(a, aliased) for a in arguments):
            return False
    return True


def _sharing_unseen(helper: cst.FunctionDef, outer: cst.FunctionDef | None) -> bool:
    """Whether callers of `outer` cannot tell that the nested `helper`'s mutable answers are now
    shared (see the module docstring): the answer is a container of immutable items, or an
    immutable value after all (`int | None`), and neither the helper nor the function keeps,
    changes or embeds an answer; items are copied out only when they cannot change.  Without
    `outer`, `helper` is a function of its own whose answers the rewrite keeps for one call: its
    caller gets the one answer it asked for, which no other answer holds, as before."""
    assert helper.returns is not None  # `_answers_mutable` said so
    if _deeply_immutable(helper.returns.annotation):
        return True  # `int | None`, `tuple[int, int] | None`: nothing in an answer can change
    containers = [a for a in _members(helper.returns.annotation) if not m.matches(a, m.Name("None"))]
    parts = _tuple_parts(containers[0]) if len(containers) == 1 else None
    if len(containers) != 1 or (_type_name(containers[0]) not in _CONTAINERS and parts is None):
        return False
    immutable_items = parts is None and _immutable_items(containers[0])
    name = helper.name.value
    inside = facts.bound_in(helper.body) | facts.parameters(helper)
    if not _answers_only_read(helper.body, name, immutable_items, inside, parts):
        return False
    if outer is None:
        return True
    assert isinstance(outer.body, cst.IndentedBlock)
    rest = cst.IndentedBlock([s for s in outer.body.body if s is not helper])
    if m.findall(rest, m.Global() | m.Nonlocal() | m.Name("locals") | m.Name("vars")):
        return False  # `global found; found = best(0)` keeps an answer past the call
    calls = m.findall(rest, m.Call(func=m.Name(name)))
    if len(calls) != len(m.findall(rest, m.Name(name))):
        return False  # `map(best, …)`, `return best`: the answers would outlive the call
    return _answers_only_read(rest, name, immutable_items, facts.bound_in(outer) | facts.parameters(outer), parts)


def _tuple_parts(annotation: cst.BaseExpression) -> tuple[bool, ...] | None:
    """For a tuple of fixed length whose items are immutable or containers of immutable items
    (`tuple[int, list[Leg]]`: a price and the legs making it up), whether each item is immutable;
    None for any other annotation."""
    if _type_name(annotation) not in {"tuple", "Tuple"} or not isinstance(annotation, cst.Subscript) \
            or any(not isinstance(e.slice, cst.Index) for e in annotation.slice):
        return None
    items = [e.slice.value for e in annotation.slice if isinstance(e.slice, cst.Index)]
    if any(isinstance(item, cst.Ellipsis) for item in items):
        return None
    parts = tuple(_deeply_immutable(item) for item in items)
    if not all(fixed or (_type_name(item) in _CONTAINERS and _immutable_items(item))
               for item, fixed in zip(items, parts, strict=True)):
        return None
    return parts


def _part_only_read(use: cst.CSTNode, parents: dict[int, cst.CSTNode], parts: tuple[bool, ...],
                    shadowed: set[str]) -> bool:
    """An answer that is a tuple holding containers (`parts`) has its items taken out only by
    indexing it where it is used (`rest[0]`, `rest[1]`), and a container taken out is itself only
    read or copied (`[leg] + rest[1]`): never unpacked, iterated or copied whole, which would hand
    a shared container on."""
    taken = parents.get(id(use))
    if not (isinstance(taken, cst.Subscript) and taken.value is use and len(taken.slice) == 1
            and isinstance(index := taken.slice[0].slice, cst.Index) and isinstance(index.value, cst.Integer)
            and not facts.in_a_target(taken, parents)):
        return False
    at = int(index.value.value)
    if at >= len(parts):
        return False
    return parts[at] or _fate(taken, parents, shadowed)[0] in ("read", "items")


def _immutable_items(container: cst.BaseExpression) -> bool:
    """The annotation of a container names items that cannot change (`list[str]`, `bytearray`)."""
    arguments = _type_arguments(container)
    return _type_name(container) == "bytearray" or (bool(arguments) and all(_deeply_immutable(a) for a in arguments))


def _answers_only_read(block: cst.BaseSuite, name: str, immutable_items: bool, shadowed: set[str],
                       parts: tuple[bool, ...] | None = None) -> bool:
    """Whether every answer of `name` obtained in `block` (a call of it, or a local holding one) is
    only read, returned as it is, or has its items copied out (when `immutable_items`; for a tuple
    holding containers, `parts`, see `_part_only_read`): never changed, stored, embedded in another
    container or handed to a call that might keep it."""
    parents = facts.parents(block)
    calls = [c for c in m.findall(block, m.Call(func=m.Name(name))) if isinstance(c, cst.Call)]
    holding: set[str] = set()
    while True:
        uses: list[cst.CSTNode] = list(calls)
        for found in facts.walk(block):
            if not isinstance(found, cst.Name) or found.value not in holding:
                continue
            parent = parents.get(id(found))
            if facts.not_a_variable(found, parents) or isinstance(parent, cst.Param):
                continue
            if facts.in_a_target(found, parents):
                if isinstance(parent, cst.AugAssign) or (
                        isinstance(parent, (cst.Attribute, cst.Subscript)) and parent.value is found):
                    return False  # `rest += [x]`, `rest[0] = x`: changes an answer
                continue  # rebound
            uses.append(found)
        more: set[str] = set()
        for use in uses:
            fate, names = _fate(use, parents, shadowed)
            if fate == "items" and parts is not None:
                if not _part_only_read(use, parents, parts, shadowed):
                    return False
            elif fate == "bad" or (fate == "items" and not immutable_items):
                return False
            if any(isinstance(a, (cst.Lambda, cst.FunctionDef, cst.ClassDef)) for a in facts.ancestors(use, parents)):
                return False  # a closure may keep the answer past the call
            more |= names
        if more <= holding:
            return True
        holding |= more


def _fate(node: cst.CSTNode, parents: dict[int, cst.CSTNode], shadowed: set[str]) -> tuple[str, set[str]]:
    """What becomes of the answer `node` evaluates to: "read" (only looked at), "items" (items
    copied or taken out of it), "kept" (returned, or held by a local: the names are given),
    or "bad" (anything else: changed, stored, embedded, handed to an unknown call)."""
    names: set[str] = set()
    while True:
        parent = parents.get(id(node))
        if isinstance(parent, cst.IfExp):
            if parent.test is node:
                return "read", names
        elif isinstance(parent, cst.BooleanOperation):
            pass  # `rest or []` may be the answer itself; `if rest and …` reaches the test below
        elif isinstance(parent, cst.NamedExpr) and parent.value is node:
            names |= purity.target_names(parent.target)
        elif isinstance(parent, cst.Arg):
            call = parents.get(id(parent))
            if not isinstance(call, cst.Call) or parent.keyword is not None or parent.star == "**":
                return "bad", names
            passed = _passed_to(call, parent, shadowed)
            if passed != "through":
                return passed, names
            node = call
            continue
        elif isinstance(parent, cst.Attribute) and parent.value is node:
            call = parents.get(id(parent))
            if isinstance(call, cst.Call) and call.func is parent:
                method = parent.attr.value
                return ("read" if method in _READING_METHODS else "items" if method in _ITEM_METHODS
                        else "bad"), names
            return "bad", names
        elif isinstance(parent, cst.Subscript) and parent.value is node:
            return ("bad" if facts.in_a_target(parent, parents) else "items"), names
        elif isinstance(parent, cst.Index):
            return ("bad" if facts.in_a_target(parent, parents) else "read"), names  # `table[rest]`
        elif isinstance(parent, (cst.Comparison, cst.ComparisonTarget)):
            return ("read" if _compared_by_value(node, parent, parents) else "bad"), names
        elif isinstance(parent, cst.UnaryOperation):
            return ("read" if isinstance(parent.operator, cst.Not) else "bad"), names
        elif isinstance(parent, cst.BinaryOperation) or (isinstance(parent, cst.AugAssign) and parent.value is node):
            return "items", names  # `rest + [x]`, `found += rest`: a new object with its items
        elif isinstance(parent, cst.StarredElement):
            held_by = parents.get(id(parent))
            return ("items" if isinstance(held_by, (cst.List, cst.Tuple, cst.Set)) else "bad"), names
        elif isinstance(parent, cst.Element):
            # `rest, killed = best(i + 1), 1`: bound to the name at its place, as by `rest = best(i + 1)`
            bound = _bound_side_by_side(parent, parents)
            return ("kept", names | {bound}) if bound is not None else ("bad", names)
        elif isinstance(parent, (cst.For, cst.CompFor)):
            return ("items" if parent.iter is node else "bad"), names
        elif isinstance(parent, (cst.If, cst.While, cst.Assert)):
            return ("read" if parent.test is node else "bad"), names
        elif isinstance(parent, (cst.Expr, cst.FormattedStringExpression)):
            return "read", names
        elif isinstance(parent, cst.Return):
            return "kept", names
        elif isinstance(parent, (cst.Assign, cst.AnnAssign)) and parent.value is node:
            targets = [t.target for t in parent.targets] if isinstance(parent, cst.Assign) else [parent.target]
            if all(isinstance(t, cst.Name) for t in targets):
                return "kept", names | {t.value for t in targets if isinstance(t, cst.Name)}
            if all(isinstance(t, (cst.Tuple, cst.List)) for t in targets):
                return "items", names  # `first, *others = rest`
            return "bad", names
        else:
            return "bad", names  # `[word, rest]`, `{k: rest}`, a lambda's body, a yield, a raise…
        assert parent is not None
        node = parent


def _bound_side_by_side(element: cst.Element, parents: dict[int, cst.CSTNode]) -> str | None:
    """The name that `element` of the tuple on the right of `a, b = x, y` is bound to."""
    held_by = parents.get(id(element))
    assign = parents.get(id(held_by))
    if not (isinstance(held_by, cst.Tuple) and isinstance(assign, cst.Assign) and assign.value is held_by
            and len(assign.targets) == 1):
        return None
    target = assign.targets[0].target
    if not (isinstance(target, (cst.Tuple, cst.List)) and len(target.elements) == len(held_by.elements)
            and all(isinstance(e, cst.Element) for e in (*target.elements, *held_by.elements))):
        return None
    place = target.elements[[id(e) for e in held_by.elements].index(id(element))].value
    return place.value if isinstance(place, cst.Name) else None


def _passed_to(call: cst.Call, arg: cst.Arg, shadowed: set[str]) -> str:
    """The fate of an answer handed to `call` as `arg`: "read", "items", "bad", or "through" when
    the call's value may be the answer itself (`min(a, b, key=len)`)."""
    func = call.func
    if isinstance(func, cst.Name) and func.value not in shadowed:
        builtin = func.value
        if arg.star == "*":
            return "items" if builtin in purity.PURE_BUILTINS else "bad"
        if builtin in _READING_BUILTINS:
            return "read"
        positional = [a for a in call.args if a.keyword is None]
        if builtin in {"min", "max"} and (len(positional) > 1 or any(a.star for a in positional)):
            return "through"
        return "items" if builtin in _ITEM_BUILTINS else "bad"
    if isinstance(func, cst.Attribute) and not arg.star:
        method = func.attr.value
        if method in {"count", "index"}:
            return "read"  # `words.count(rest)`
        if method in {"join", "extend"}:
            return "items"  # `" ".join(rest)`, `found.extend(rest)`
    return "bad"  # the recursion itself (an answer as a key), or a call that might keep it


def _compared_by_value(node: cst.CSTNode, parent: cst.CSTNode, parents: dict[int, cst.CSTNode]) -> bool:
    """`rest == x`, `len(rest) < …`, `rest is None`: but not `rest is other`, which would tell
    a shared answer from two equal ones."""
    comparison = parents.get(id(parent)) if isinstance(parent, cst.ComparisonTarget) else parent
    if not isinstance(comparison, cst.Comparison):
        return False
    operands = [comparison.left, *(t.comparator for t in comparison.comparisons)]
    if not any(o is node for o in operands):
        return False
    at = next(i for i, o in enumerate(operands) if o is node)
    for side, other in ((at - 1, at - 1), (at, at + 1)):
        if 0 <= side < len(comparison.comparisons) and 0 <= other < len(operands):
            operator = comparison.comparisons[side].operator
            if isinstance(operator, (cst.Is, cst.IsNot)) and not m.matches(operands[other], m.Name("None")):
                return False
    return True


def _changes_nothing(function: cst.FunctionDef, name: str, params: set[str], *, copies: bool = False,
                     hashed: frozenset[str] = frozenset()) -> bool:
    """Whether the body changes nothing but containers it made, and no answer it got (with `copies`,
    every answer it gets is its own copy: only the rest counts).  `hashed` parameters were hashed as a
    key before the body runs: a local copied from one (`j = i`, then `j += 1`) is no list."""
    body = function.body
    shadowed = facts.bound_in(body) | params
    owned = purity.fresh_containers(body, params)
    # Declared immutable answers may be shared freely; otherwise they must not be changed.
    answers = set() if copies or _result_label(function) in _IMMUTABLE_RESULTS else _names_holding_answers(body, name)
    # `found |= lookup(dep)` changes `found` in place, not the answer: only a local that may be an answer
    # itself (bound to one, or to an expression holding one) must not be changed so.
    bound_to_answers = set() if not answers else _names_holding_answers(body, name, augmented=False)
    # Parts unpacked from answers that cannot change (`value, pieces = best_cut(...)` of a `tuple[float,
    # tuple[StockLength, ...]]`) are new values to `value += price`, as a number computed there is.
    unpacked = name if copies or (
        function.returns is not None and _deeply_immutable(function.returns.annotation)) else None
    # `features.extend(collect(ref))` copies an answer's items, not the answer: harmless when they cannot change.
    copied_out = function.returns is not None and _immutable_items(function.returns.annotation)
    for call in m.findall(body, m.Call()):
        assert isinstance(call, cst.Call)
        if m.matches(call.func, m.Name(name)):
            continue
        if not purity.is_pure_call(call, shadowed, owned):
            return False
        # An answer stored in a container the body changes could be changed through it.
        if isinstance(call.func, cst.Attribute) and call.func.attr.value in purity.STORING_METHODS and any(
                purity.exposed(arg.value) & answers or m.matches(arg.value, m.Call(func=m.Name(name)))
                for arg in call.args) and not (call.func.attr.value == "extend" and copied_out):
            return False
    for found, target in facts.written(body):
        if isinstance(target, (cst.Subscript, cst.Attribute)) and purity.root_name(target) not in owned:
            return False
        if isinstance(found, cst.AugAssign) and isinstance(target, cst.Name) and (
                target.value in params | bound_to_answers
                or not _rebound_to_new_values(body, target.value, unpacked, hashed)):
            return False  # `xs += [x]` changes the list in place
    return True


def _names_holding_answers(body: cst.BaseSuite, name: str, augmented: bool = True) -> set[str]:
    """Locals assigned (or, with `augmented`, augmented) from an expression that contains a recursive call."""
    holding: set[str] = set()
    kinds = m.Assign() | m.AnnAssign() | m.AugAssign() if augmented else m.Assign() | m.AnnAssign()
    for found in m.findall(body, kinds):
        value = getattr(found, "value", None)
        if value is not None and m.findall(value, m.Call(func=m.Name(name))):
            targets = [t.target for t in found.targets] if isinstance(found, cst.Assign) else [found.target]  # type: ignore[attr-defined]
            for target in targets:
                holding |= purity.target_names(target)
    return holding


def _rebound_to_new_values(body: cst.BaseSuite, local: str, unpacked: str | None = None,
                           hashed: frozenset[str] = frozenset()) -> bool:
    """Whether every plain assignment of `local` makes a new value (`0`, `x + 1`), copies a `hashed`
    parameter, or (with `unpacked`, a function whose answers nothing can change) unpacks a call of it,
    so that `local += …` cannot change an object something else holds."""
    for found in m.findall(body, m.Assign() | m.AnnAssign()):
        assert isinstance(found, (cst.Assign, cst.AnnAssign))
        targets = [t.target for t in found.targets] if isinstance(found, cst.Assign) else [found.target]
        if found.value is None or not any(local in purity.target_names(t) for t in targets) or (
                unpacked is not None and m.matches(found.value, m.Call(func=m.Name(unpacked)))):
            continue
        if not isinstance(targets[0], cst.Name) or purity.exposed(found.value) - hashed:
            return False
    return True


def _raises_when(test: cst.Comparison, parents: dict[int, cst.CSTNode]) -> bool:
    """Whether `test` is the whole test of an `if` (no `else`) whose body only raises."""
    block = parents.get(id(test))
    if not (isinstance(block, cst.If) and block.test is test and block.orelse is None):
        return False
    statements = block.body.body if isinstance(block.body, cst.IndentedBlock) else []
    return len(statements) == 1 and isinstance(statements[0], cst.SimpleStatementLine) \
        and len(statements[0].body) == 1 and isinstance(statements[0].body[0], cst.Raise)


def _rewrite(function: cst.FunctionDef, name: str, varying: list[str], invariant: set[str],
             keyed: list[str], shape: _Shape | None = None) -> cst.FunctionDef:
    assert isinstance(function.body, cst.IndentedBlock)
    inner_name = facts.fresh_name(function, f"{name}_memo")
    answers = facts.fresh_name(function, "answers")
    statements = list(function.body.body)
    docstring = statements[:1] if facts.docstring(function) else []
    kept = {p.name.value: p for p in function.params.params}
    inner = cst.FunctionDef(
        name=cst.Name(inner_name),
        params=cst.Parameters([kept[p].with_changes(default=None, equal=cst.MaybeSentinel.DEFAULT,
                                                    comma=cst.MaybeSentinel.DEFAULT) for p in varying]),
        body=cst.IndentedBlock(statements[len(docstring):]),
        returns=function.returns,
    )
    order = [p.name.value for p in function.params.params]
    inner = _remembering(inner, name, inner_name, order, invariant, answers, facts.fresh_name(function, "key"),
                         keyed=keyed, shape=shape)
    outer = [
        *docstring,
        _statement(f"{answers} = {{}}"),
        inner,
        _statement(f"return {inner_name}({', '.join(varying)})"),
    ]
    return function.with_changes(body=function.body.with_changes(body=outer))


def _remembering(function: cst.FunctionDef, name: str, inner_name: str, order: list[str], invariant: set[str],
                 answers: str, key: str, keyed: list[str] | None = None,
                 shape: _Shape | None = None) -> cst.FunctionDef:
    """`function` answering from `answers` when it can, and storing each answer it returns;
    recursive calls of `name` go to `inner_name` without the `invariant` arguments.  With a
    `shape` (see `_copied_shape`), answers are kept only where sharing them cannot be seen,
    and every caller gets a copy of the new lists in them."""
    assert isinstance(function.body, cst.IndentedBlock)
    keyed = [p for p in order if p not in invariant] if keyed is None else keyed
    statements = list(function.body.body)
    docstring = statements[:1] if facts.docstring(function) else []
    recursing = cst.IndentedBlock(statements[len(docstring):]).visit(
        _Recurse(name, inner_name, order, invariant, answers, key, shape))
    assert isinstance(recursing, cst.IndentedBlock)
    body = list(recursing.body)
    if not isinstance(body[-1], cst.SimpleStatementLine) or not isinstance(body[-1].body[-1], (cst.Return, cst.Raise)):
        body.append(_statement(f"{answers}[{key}] = None"))  # falling off the end answers None
    key_value = keyed[0] if len(keyed) == 1 else "(" + ", ".join(keyed) + ")"
    found = f"{answers}[{key}]" if shape is None else f"{_COPY}({answers}[{key}], {shape!r})"
    remembered = [
        _statement(f"{key} = {key_value}"),
        cst.parse_statement(f"if {key} in {answers}:\n    return {found}\n"),
    ]
    return function.with_changes(body=function.body.with_changes(body=[*docstring, *remembered, *body]))


class _Recurse(cst.CSTTransformer):
    """Recursive calls go to the remembering function (without the unchanged arguments), and
    every return stores its answer first."""

    def __init__(self, name: str, inner: str, order: list[str], invariant: set[str], answers: str, key: str,
                 shape: _Shape | None = None) -> None:
        self.name, self.inner, self.order, self.invariant = name, inner, order, invariant
        self.answers, self.key, self.shape = answers, key, shape

    def leave_Call(self, original_node: cst.Call, updated_node: cst.Call) -> cst.Call:
        if not m.matches(original_node.func, m.Name(self.name)):
            return updated_node
        if not self.invariant:
            return updated_node.with_changes(func=cst.Name(self.inner))
        kept = []
        for position, arg in enumerate(updated_node.args):
            param = self.order[position] if arg.keyword is None else arg.keyword.value
            if param not in self.invariant:
                kept.append(arg.with_changes(comma=cst.MaybeSentinel.DEFAULT))
        return updated_node.with_changes(func=cst.Name(self.inner), args=kept)

    def leave_Return(
        self, original_node: cst.Return, updated_node: cst.Return
    ) -> cst.FlattenSentinel[cst.BaseSmallStatement]:
        value = updated_node.value if updated_node.value is not None else cst.Name("None")
        if self.shape is not None:
            kept = cst.parse_expression(f"{_KEEP}({self.answers}, {self.key}, None, {self.shape!r})")
            assert isinstance(kept, cst.Call)
            args = list(kept.args)
            if isinstance(value, cst.Tuple) and not value.lpar:
                value = value.with_changes(lpar=[cst.LeftParen()], rpar=[cst.RightParen()])  # one argument
            args[2] = args[2].with_changes(value=value)
            return cst.FlattenSentinel([cst.Return(value=kept.with_changes(args=args))])
        store = cst.Assign(
            targets=[cst.AssignTarget(cst.Subscript(cst.Name(self.answers),
                                                    [cst.SubscriptElement(cst.Index(cst.Name(self.key)))]))],
            value=value,
        )
        answer = cst.Subscript(cst.Name(self.answers), [cst.SubscriptElement(cst.Index(cst.Name(self.key)))])
        return cst.FlattenSentinel([store, cst.Return(value=answer)])

    def leave_SimpleStatementLine(
        self, original_node: cst.SimpleStatementLine, updated_node: cst.SimpleStatementLine
    ) -> cst.SimpleStatementLine | cst.FlattenSentinel[cst.SimpleStatementLine]:
        if not any(isinstance(s, cst.Return) for s in original_node.body):
            return updated_node
        # One statement per line, as a person would write the store and the return.
        lines = [cst.SimpleStatementLine([s.with_changes(semicolon=cst.MaybeSentinel.DEFAULT)])
                 for s in updated_node.body]
        lines[0] = lines[0].with_changes(leading_lines=updated_node.leading_lines)
        return cst.FlattenSentinel(lines)


def _statement(text: str) -> cst.SimpleStatementLine:
    parsed = cst.parse_statement(text + "\n")
    assert isinstance(parsed, cst.SimpleStatementLine)
    return parsed
