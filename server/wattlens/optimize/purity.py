"""Which expressions are free of side effects, and where a value may be changed or escape.

Recipes that move code (out of a loop, into an index built once) must know that the
moved code neither changes anything nor depends on anything the loop changes.  A
call is trusted only when it is a builtin or method known not to change its
arguments, or a function of the module being rewritten that `callees` judged the
same way from its body (see `trusting`); every other call is taken to change
whatever it is handed.  The verifier still checks every result.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

import libcst as cst
import libcst.matchers as m

from wattlens.optimize import cst_facts as facts

target_names = facts.target_names  # where most recipes look for it

# Builtins that read their arguments and change nothing (when the name is not rebound).
PURE_BUILTINS = frozenset({
    "abs", "all", "any", "bool", "bytes", "chr", "dict", "divmod", "enumerate", "float", "format",
    "frozenset", "hash", "int", "isinstance", "len", "list", "max", "min", "ord", "pow", "range",
    "repr", "reversed", "round", "set", "sorted", "str", "sum", "tuple", "zip",
})
# Methods of str, bytes, list, tuple and dict that change nothing.
PURE_METHODS = frozenset({
    "capitalize", "casefold", "center", "copy", "count", "decode", "encode", "endswith", "find",
    "format", "get", "index", "isalnum", "isalpha", "isdecimal", "isdigit", "islower", "isnumeric",
    "isspace", "istitle", "isupper", "items", "join", "keys", "ljust", "lower", "lstrip", "partition",
    "removeprefix", "removesuffix", "replace", "rfind", "rindex", "rjust", "rpartition", "rsplit",
    "rstrip", "split", "splitlines", "startswith", "strip", "swapcase", "title", "translate", "upper",
    "values", "zfill",
    # of dates and times (immutable values)
    "weekday", "isoweekday", "isoformat", "isocalendar", "toordinal", "strftime", "total_seconds", "date",
    "time", "timetz", "utcoffset", "tzname", "dst", "timetuple",
    # of regex matches
    "group", "groups", "groupdict", "span",
})
# Methods of list, set, dict and deque that change their object but not what they are handed.
STORING_METHODS = frozenset({"add", "append", "appendleft", "extend", "extendleft", "insert", "setdefault"})
_PATH_TEXT = frozenset({"join", "normpath", "dirname", "basename", "split", "splitext", "normcase", "isabs",
                        "commonprefix"})
# Methods of a compiled pattern that only read what they are handed (`sub` too, with a text to put in).
_PATTERN_METHODS = frozenset({"match", "fullmatch", "search", "findall", "finditer", "split"})
_REPLACING = frozenset({"sub", "subn"})
# Module functions that change nothing and return a new value: `re.compile`, `math.sqrt`,
# `decimal.Decimal`, `csv.reader` (it only reads what it is given)…
PURE_MODULE_FUNCTIONS = {
    # re's matchers keep what they compiled in a cache of their own, which no result depends on (`sub`
    # only with a text to put in: a function put in could do anything)
    "re": frozenset({"compile", "escape", "match", "fullmatch", "search", "findall", "finditer", "split"}),
    # path arithmetic on texts (none of these looks at the file system)
    "posixpath": _PATH_TEXT, "ntpath": _PATH_TEXT, "os.path": _PATH_TEXT,
    "math": None,
    "decimal": frozenset({"Decimal"}), "fractions": frozenset({"Fraction"}),
    "io": frozenset({"StringIO", "BytesIO"}), "csv": frozenset({"reader", "DictReader"}),
    "statistics": frozenset({"mean", "fmean", "median", "mode", "pstdev", "stdev", "pvariance", "variance"}),
    "bisect": frozenset({"bisect", "bisect_left", "bisect_right"}),
    # a new queue of what it is handed (a breadth-first search's frontier), which the caller then owns
    "collections": frozenset({"deque"}),
    # a sort key made from a comparison, which must itself be pure (see `is_pure_call`)
    "functools": frozenset({"cmp_to_key"}),
    "heapq": frozenset({"nsmallest", "nlargest"}),
    "dict": frozenset({"fromkeys"}),  # a new dict of what it is handed (the distinct items, in order)
    "datetime": frozenset({"date", "datetime", "time", "timedelta", "timezone"}),  # immutable values
    # calendar arithmetic (none of these depends on the module's settable first weekday)
    "calendar": frozenset({"monthrange", "isleap", "leapdays", "weekday"}),
    # their other constructors (`from datetime import datetime` makes `datetime` stand for the class)
    "datetime.datetime": frozenset({"strptime", "fromisoformat", "fromordinal", "fromisocalendar", "combine"}),
    "datetime.date": frozenset({"fromisoformat", "fromordinal", "fromisocalendar"}),
    "datetime.time": frozenset({"fromisoformat"}),
    # addresses and networks are immutable values (`ip in network` only compares)
    "ipaddress": frozenset({"ip_address", "ip_network", "ip_interface", "IPv4Address", "IPv6Address",
                            "IPv4Network", "IPv6Network", "IPv4Interface", "IPv6Interface"}),
    "unicodedata": frozenset({"normalize", "combining", "category", "name", "lookup", "decomposition",
                              "east_asian_width", "numeric", "decimal", "digit", "mirrored", "bidirectional"}),
    # text arithmetic on URLs and their parts (no network; `urlencode` only reads what it is handed)
    "urllib.parse": frozenset({"quote", "quote_plus", "unquote", "unquote_plus", "urlparse", "urlsplit",
                               "urlunparse", "urlunsplit", "urljoin", "urldefrag", "parse_qs", "parse_qsl",
                               "urlencode"}),
}
# Making an exception changes nothing (raising it is control flow, which moved code keeps).
BUILTIN_EXCEPTIONS = frozenset(
    name for name, value in vars(builtins).items() if isinstance(value, type) and issubclass(value, BaseException))
# List methods that add, drop or reorder items without changing any of them (nor calling anything).
_REARRANGING_METHODS = frozenset({"append", "extend", "insert", "pop", "remove", "clear", "reverse"})
# Calls that build a new mutable container, which the caller then owns.
FRESH_CONTAINER_CALLS = frozenset({"list", "dict", "set", "sorted", "bytearray", "deque"})
FRESH_CONTAINER_METHODS = frozenset({"copy", "split", "rsplit", "splitlines", "keys", "values", "items"})
# Calls whose cost grows with their input: worth doing once instead of every pass.
COSTLY_CALLS = frozenset({"sorted", "max", "min", "sum", "any", "all", "list", "set", "dict", "tuple",
                          "frozenset", "str"})
COSTLY_METHODS = frozenset({"join", "split", "rsplit", "splitlines", "replace", "copy", "count", "index",
                            "findall", "compile", "lower", "upper", "strip", "items", "keys", "values",
                            "strptime"})  # a parse in pure Python: tens of microseconds a call

# Builtins that run a generator handed to them to its end (or drop it) before they return.
CONSUMERS = frozenset({"sum", "min", "max", "any", "all", "list", "tuple", "set", "frozenset", "sorted", "dict"})

COMPREHENSIONS = (cst.ListComp, cst.SetComp, cst.GeneratorExp, cst.DictComp)
_CONSTANTS = frozenset({"True", "False", "None"})  # names to libcst, keywords to Python


@dataclass(frozen=True)
class RunningTotal:
    """A pure helper that adds up one term per position, from a fixed start to a position it is
    handed: `total = 0.0`, `for i in range(1, index + 1): total += term(points, i)`, `return total`."""

    parameters: tuple[str, ...]
    """its positional parameters, in order"""
    index: int
    """the position among them of the one the range ends at"""
    start: int
    """the range's first position"""
    past_index: int
    """how far past that parameter the range stops (`index + 1`: 1; `index`: 0)"""
    initial: str
    """the total before any term (`0.0`)"""
    counter: str
    """the loop's variable, which the term reads"""
    term: str
    """what each pass adds, in the names of the parameters and the counter"""


@dataclass(frozen=True)
class RunningState:
    """A pure helper that walks a state forward one step per position, from a fixed start to a
    position it is handed, and may stop early with a constant: `balance = round(principal, 2)`,
    `for n in range(1, period + 1): if balance <= 0: return 0.0` and `balance = step(balance, n)`,
    then `return balance`.  Its answer is a plain value (its annotation says int, float, str or
    bool), so one kept state may be handed out again."""

    parameters: tuple[str, ...]
    """its positional parameters, in order"""
    index: int
    """the position among them of the one the range ends at"""
    start: int
    """the range's first position"""
    past_index: int
    """how far past that parameter the range stops (`index + 1`: 1; `index`: 0)"""
    state: str
    """the name of the state"""
    initial: str
    """the state before any step, read from the parameters"""
    counter: str
    """the loop's variable"""
    guard: str | None
    """the test before each step that makes the helper return `stop_value` instead"""
    stop_value: str | None
    steps: tuple[str, ...]
    """the statements of a step (each a plain assignment), in the names of the parameters, the
    state and the counter"""


@dataclass(frozen=True)
class RecordAnswer:
    """The fields of the open record a helper returns, by what a reader may do with them: `values`
    are annotated as values nothing can change (read them at will), `containers` as containers of
    such values (only read them, as a kept container answer is read)."""

    values: frozenset[str]
    containers: frozenset[str]


@dataclass(frozen=True)
class HandedMethod:
    """A method of an object the function is handed whose body is one `return` of an expression,
    which may be written out where it is called (`history.is_ancestor(sha, tag)` → `sha in
    history.ancestors(tag)`) while the object is of the class judged."""

    cls: str
    """the class judged, as the function's module names it (`History`): the object is tested to be one"""
    parameters: tuple[str, ...]
    """its positional parameters, `self` first"""
    value: cst.BaseExpression
    """what it returns, in its own names"""
    changes_nothing: bool
    """judged from its class (this trusts the annotation, as `callees._asked_methods` does)"""


@dataclass(frozen=True)
class Trusted:
    """Names of the module being rewritten that may be called like a pure builtin: its own
    functions that change nothing and return a new value each call, its record classes
    (dataclasses, NamedTuples without an `__init__` of their own) and what it imports from
    `PURE_MODULE_FUNCTIONS` (`from decimal import Decimal`)."""

    pure: frozenset[str] = frozenset()
    costly: frozenset[str] = frozenset()
    """those of `pure` whose work grows with their input (a loop, a comprehension…)"""
    immutable_parts: frozenset[str] = frozenset()
    """those of `pure` annotated to return nothing that can be changed below its outer
    container (`-> dict[str, str]`, `-> list[tuple[int, str]]`)"""
    immutable_results: frozenset[str] = frozenset()
    """those of `pure` annotated to return a value nothing can change (`-> str`, `-> tuple[float, float]`)"""
    returns: Mapping[str, cst.BaseExpression] = field(default_factory=dict, repr=False)
    """what those of `pure` that are a single `return` return, in their parameters' names"""
    parameters: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """the positional parameters of those in `returns`, in order"""
    module_aliases: Mapping[str, str] = field(default_factory=dict)
    """`import datetime as dt`: dt -> datetime, for modules of `PURE_MODULE_FUNCTIONS`"""
    module_constants: frozenset[str] = frozenset()
    """module-level names bound once, by a plain assignment (`RECORD_WIDTH = sum(...)`), that no function
    of the module declares `global`: a function not binding one reads the same value all through a call"""
    module_names: frozenset[str] = frozenset()
    """names bound by `import x` or `import x as y`: `shutil.copy(a, b)` calls a function of the module,
    not the method of a value that `copy` would name elsewhere"""
    text_keyed: Mapping[str, frozenset[int]] = field(default_factory=dict)
    """callables (`rank_of`, or `self.rank` for the rewritten method's own class) that change nothing,
    do work and return a value nothing can change (or a new container of such values): the positions
    (after `self`) of their parameters annotated `str` (or `int`), by whose values one call's answers
    may be kept"""
    counted_positions: Mapping[str, frozenset[int]] = field(default_factory=dict)
    """of `text_keyed`'s positions, those annotated `int`: a kept answer is asked for only where the
    argument there is a plain int (never a bool that equals 0 or 1); or a list of ints"""
    listed_positions: Mapping[str, frozenset[int]] = field(default_factory=dict)
    """of `text_keyed`'s positions, those annotated a list of texts or ints (`taxids: list[int]`): kept by
    the tuple of its items, asked for only where the argument is a plain list of plain values"""
    text_keyed_guards: Mapping[str, str] = field(default_factory=dict)
    """for those of `text_keyed` that are methods of an object the function is handed (`graph.factor`),
    the test that it is of the class whose method was judged (`type(graph) is UnitGraph`)"""
    handed_methods: Mapping[str, HandedMethod] = field(default_factory=dict, repr=False)
    """methods of objects the function is handed that can be written out where called, by how it
    calls them (`history.is_ancestor`)"""
    text_keyed_containers: frozenset[str] = frozenset()
    """those of `text_keyed` that return a new container each call (`-> list[str]`): a kept answer
    is shared by every later call, so it may be kept only where each call's result is only read"""
    readers: frozenset[str] = frozenset()
    """functions of the module that change nothing as they run but are not pure: generators
    (`windows(seq, size)`: used up, so a call may not be moved or shared) and functions making a new
    `object()` (each call's answer has its own identity)"""
    patterns: frozenset[str] = frozenset()
    """module names bound once to `re.compile(...)`: their matching methods change nothing"""
    stable: Mapping[str, str] = field(default_factory=dict)
    """those of `pure` that do work and whose answer depends on their arguments alone, never on a module
    value that may change between calls (defined in the module, or imported from the project and judged
    so there): name -> return annotation ('' if none); an answer for the same constant arguments may be
    kept from one call of a function to the next"""
    running_totals: Mapping[str, RunningTotal | RunningState] = field(default_factory=dict)
    """those of `pure` that are a running total up to a position they are handed"""
    constants: frozenset[str] = frozenset()
    """module names bound once to a text, a number or a tuple of such"""
    membership_only: Mapping[str, frozenset[int]] = field(default_factory=dict)
    """for those of `pure`, the positions of parameters used only as the right side of `in`/`not in`
    (or handed on to such a parameter): a set with the same items answers them the same"""
    definitions: Mapping[str, cst.FunctionDef] = field(default_factory=dict, repr=False)
    """the definitions of those of `pure` defined in the module, by name"""
    imported_readers: Mapping[str, Imported] = field(default_factory=dict, repr=False)
    """those of `readers` imported from the project's other modules that are defined there, by local name"""
    reader_definitions: Mapping[str, cst.FunctionDef] = field(default_factory=dict, repr=False)
    """the definitions of those of `readers` defined in the module, by name: written out where they are
    called, they do what the call did (`find_category(categories, id)` hands back an item it was handed)"""
    frozen_records: Mapping[str, frozenset[str]] = field(default_factory=dict)
    """the module's NamedTuples and frozen dataclasses whose fields are all immutable: their field names"""
    imported: Mapping[str, Imported] = field(default_factory=dict, repr=False)
    """those of `pure` imported from the project's other modules that are defined there, by local name"""
    methods: Mapping[str, cst.FunctionDef] = field(default_factory=dict, repr=False)
    """for a method being rewritten, the methods of its class that change nothing, by how it calls them
    (`self.territory_for`): a copy of one, taking `self` first, may be placed beside the class"""
    methods_of: str = ""
    """the class of `methods`"""
    open_records: frozenset[str] = frozenset()
    """the module's mutable dataclasses with no methods whose fields' defaults are constants or new
    containers (`field(default_factory=dict)`): `R()` handed only constants is a new object nothing
    else holds, which a function may fill in and still be pure"""
    record_answers: Mapping[str, RecordAnswer] = field(default_factory=dict)
    """those of `text_keyed_containers` that return a new open record each call, with its fields"""
    nested_answers: frozenset[str] = frozenset()
    """those of `pure` that do work and return a container made right there whose items may be containers
    themselves (`-> dict[int, list[tuple[int, int]]]`): a kept answer may be shared only where it is handed
    whole to pure functions answering with a value nothing can change (see `call_cache.only_read`)"""
    identity_positions: Mapping[str, frozenset[int]] = field(default_factory=dict)
    """for those of `pure` defined in the module, the positions of parameters annotated with a class of
    the project (`asset: Asset`): a copied helper may keep their answers by the object's identity, for
    objects nothing changes while it runs"""
    type_aliases: Mapping[str, cst.BaseExpression] = field(default_factory=dict, repr=False)
    """module-level names bound once to a subscripted builtin type (`Leg = tuple[str, str, int]`), by name"""
    classes: Mapping[str, KnownClass] = field(default_factory=dict, repr=False)
    """the classes the module defines at its top, and those it imports by name from the project's other
    modules, by local name"""
    import_sources: Mapping[str, str] = field(default_factory=dict)
    """every name the module binds once by importing at its top, to what it names (`import copy as cp`:
    cp -> copy; `from copy import deepcopy`: deepcopy -> copy.deepcopy)"""
    module_functions: Mapping[str, cst.FunctionDef] = field(default_factory=dict, repr=False)
    """every function the module defines at its top (bound once, undecorated, not async), pure or not, by name:
    a recipe may call a copy of one it has checked itself (`front_pops`: a reader taking items off a list)"""

    def definition_of(self, name: str) -> cst.FunctionDef | None:
        """The definition of the pure function `name`, of the module or imported from the project."""
        imported = self.imported.get(name)
        return self.definitions.get(name) or (imported.definition if imported is not None else None)


@dataclass(frozen=True)
class Imported:
    """A pure function the module imports from another module of the project, and what a copy of it
    needs to run in the importing module."""

    definition: cst.FunctionDef
    source: str
    """the module as the importing statement names it (`contrastcheck.wcag`, `.wcag`)"""
    home: Trusted
    """what its own module trusts, its text-keyed helpers included"""
    imports: Mapping[str, str]
    """for each name its own module binds once at top level, the import statement a copy of it in the
    importing module needs for that name ('' where the importer binds it so already); names the
    importer binds otherwise are left out (a copy using them would read the importer's)"""


@dataclass(frozen=True)
class KnownClass:
    """A class of the project, and what a copy of its methods beside the importing module needs."""

    definition: cst.ClassDef
    module: cst.Module
    """the module defining it"""
    source: str
    """the module as the importing statement names it ('' for the module's own class)"""
    home: Trusted | None
    """what its own module trusts (None for the module's own class: what the module trusts)"""
    imports: Mapping[str, str]
    """as `Imported.imports`"""


# Set by `trusting` while a recipe rewrites one function of a known module; a recipe
# handed a bare function (no module around it) trusts builtins only.
_TRUSTED: ContextVar[Trusted | None] = ContextVar("trusted module callables", default=None)
_BUILTINS_ONLY = Trusted()


def trusted() -> Trusted:
    return _TRUSTED.get() or _BUILTINS_ONLY


@contextmanager
def trusting(names: Trusted) -> Iterator[None]:
    token = _TRUSTED.set(names)
    try:
        yield
    finally:
        _TRUSTED.reset(token)


def root_name(node: cst.BaseExpression) -> str | None:
    """The variable an attribute or item chain starts from: `a` for `a.b[0].c`."""
    while isinstance(node, (cst.Attribute, cst.Subscript)):
        node = node.value
    return node.value if isinstance(node, cst.Name) else None


def reads(node: cst.CSTNode, bound: frozenset[str] = frozenset()) -> set[str]:
    """Variables `node` reads, leaving out those its own comprehensions and lambdas bind
    (and attribute names and keywords, which are not variables)."""
    if isinstance(node, cst.Name):
        return set() if node.value in bound or node.value in _CONSTANTS else {node.value}
    if isinstance(node, cst.Attribute):
        return reads(node.value, bound)
    if isinstance(node, cst.Arg):
        return reads(node.value, bound)
    if isinstance(node, cst.Lambda):
        params = node.params
        names = {p.name.value for p in [*params.params, *params.kwonly_params, *params.posonly_params]}
        for star in (params.star_arg, params.star_kwarg):
            if isinstance(star, cst.Param):
                names.add(star.name.value)
        return reads(node.body, bound | names)
    if isinstance(node, COMPREHENSIONS):
        return _comprehension_reads(node, bound)
    found: set[str] = set()
    for child in node.children:
        found |= reads(child, bound)
    return found


def value_reads(node: cst.CSTNode) -> set[str]:
    """`reads`, less the names only ever called there (`len`, a module helper): the values the
    expression depends on, when its calls are known pure."""
    funcs = {id(n.func) for n in facts.walk(node) if isinstance(n, cst.Call)}
    called = {n.value for n in facts.walk(node) if isinstance(n, cst.Name) and id(n) in funcs}
    elsewhere = {n.value for n in facts.walk(node) if isinstance(n, cst.Name) and id(n) not in funcs}
    return reads(node) - (called - elsewhere)


def _comprehension_reads(node: cst.ListComp | cst.SetComp | cst.GeneratorExp | cst.DictComp,
                         bound: frozenset[str]) -> set[str]:
    found: set[str] = set()
    inner = bound
    clause: cst.CompFor | None = node.for_in
    first = True
    while clause is not None:
        # The first iterable is evaluated outside the comprehension's scope.
        found |= reads(clause.iter, bound if first else inner)
        inner = inner | target_names(clause.target)
        for condition in clause.ifs:
            found |= reads(condition.test, inner)
        clause, first = clause.inner_for_in, False
    parts: list[cst.BaseExpression] = (
        [node.key, node.value] if isinstance(node, cst.DictComp) else [node.elt]
    )
    for part in parts:
        found |= reads(part, inner)
    return found


def key_names(key: cst.BaseExpression | None) -> set[str]:
    """The variables a sort or heap `key=` reads: a lambda's free names, or the root of `obj.attr`."""
    if key is None:
        return set()
    if isinstance(key, cst.Lambda):
        return reads(key)
    root = root_name(key)
    return set() if root is None else {root}


def is_pure_call(call: cst.Call, shadowed: set[str], owned: frozenset[str] = frozenset(),
                 made: frozenset[str] = frozenset()) -> bool:
    """Whether `call` changes nothing outside the objects in `owned` (fresh ones the caller made).

    Key functions (`sorted(xs, key=…)`) must be lambdas, which the caller checks like
    any other expression, or known-pure callables, or the item reader of a container in `made`
    (`min(range(count), key=free.__getitem__)`, `free` a list the function made).
    """
    func = call.func
    if isinstance(func, cst.Name) and func.value == "type" and func.value not in shadowed:
        # `type(x)` reads; only `type(name, bases, namespace)` makes something (a class)
        return len(call.args) == 1 and call.args[0].keyword is None and not call.args[0].star
    if isinstance(func, cst.Name):
        if func.value in shadowed or not (
                func.value in PURE_BUILTINS or func.value in BUILTIN_EXCEPTIONS or func.value in trusted().pure):
            return False
        # Of these only `sorted`, `min` and `max` call what they are handed, as `key=`, and
        # `cmp_to_key` the comparison it wraps; a trusted function calls nothing it is given.
        return all(_pure_callable(arg.value, shadowed, made) for arg in call.args
                   if (arg.keyword is not None and arg.keyword.value == "key")
                   or (func.value == "cmp_to_key" and arg.keyword is None))
    if isinstance(func, cst.Attribute):
        receiver = func.value
        if isinstance(receiver, cst.Call) and m.matches(receiver.func, m.Attribute(attr=m.Name("setdefault"))):
            receiver = cst.ensure_type(receiver.func, cst.Attribute).value  # `groups.setdefault(k, []).append(x)`
        owner = root_name(receiver)
        if owner is not None and owner in owned:
            return True
        module = _dotted(func.value)
        module = trusted().module_aliases.get(module, module) if module is not None else None
        if module == "json" and func.attr.value == "loads" and owner not in shadowed:
            # new values made from the text alone; a hook (`object_hook=`, `cls=`) could do anything
            return len(call.args) == 1 and call.args[0].keyword is None and not call.args[0].star
        if module in PURE_MODULE_FUNCTIONS and owner not in shadowed:
            allowed = PURE_MODULE_FUNCTIONS[module]
            if module == "re" and func.attr.value in _REPLACING:
                return _text_replacement(call)
            return allowed is None or func.attr.value in allowed
        if owner is not None and owner in trusted().module_names and owner not in shadowed:
            return False  # a function of another module (`time.time()`, `os.replace(a, b)`)
        if isinstance(func.value, cst.Name) and func.value.value in trusted().patterns \
                and func.value.value not in shadowed:
            return func.attr.value in _PATTERN_METHODS or (func.attr.value in _REPLACING and _text_replacement(call))
        return func.attr.value in PURE_METHODS
    return False


def _dotted(node: cst.BaseExpression) -> str | None:
    """`os.path` for the expression `os.path`, `re` for `re`; None for anything but names and dots."""
    if isinstance(node, cst.Name):
        return node.value
    if isinstance(node, cst.Attribute):
        owner = _dotted(node.value)
        return None if owner is None else f"{owner}.{node.attr.value}"
    return None


def _text_replacement(call: cst.Call) -> bool:
    """`re.sub(pattern, "text", s)` or `PATTERN.sub("text", s)`: what is put in is a literal text,
    or made by a lambda (`lambda match: match.group(1) + "(?+)"`, whose body is checked like any
    other expression, as a sort's key is: holdout21/slowquery_digest), not a function that could
    do anything."""
    at = 1 if isinstance(call.func, cst.Attribute) and _dotted(call.func.value) == "re" else 0
    for position, arg in enumerate(call.args):
        if (arg.keyword is not None and arg.keyword.value == "repl") or (arg.keyword is None and position == at):
            return isinstance(arg.value, (cst.SimpleString, cst.Lambda)) and not arg.star
    return False


def _pure_callable(value: cst.BaseExpression, shadowed: set[str], made: frozenset[str] = frozenset()) -> bool:
    if isinstance(value, (cst.Lambda, cst.Integer, cst.SimpleString)):
        return True  # a lambda's body is checked like any other expression
    if m.matches(value, m.Name("True") | m.Name("False") | m.Name("None")):
        return True  # `reverse=True`
    if isinstance(value, cst.Name):
        return (value.value in PURE_BUILTINS or value.value in trusted().pure) and value.value not in shadowed
    if isinstance(value, cst.Attribute):
        if m.matches(value, m.Attribute(value=m.Name(), attr=m.Name("__getitem__"))):
            return cst.ensure_type(value.value, cst.Name).value in made  # a builtin container's own
        return value.attr.value in PURE_METHODS
    return False


def is_pure_expression(node: cst.CSTNode, shadowed: set[str], owned: frozenset[str] = frozenset()) -> bool:
    """No call in `node` that may change something, and no yield, await or walrus."""
    if m.findall(node, m.Yield() | m.Await() | m.NamedExpr()):
        return False
    return all(isinstance(c, cst.Call) and is_pure_call(c, shadowed, owned) for c in m.findall(node, m.Call()))


def is_pure_key(key: cst.BaseExpression, shadowed: set[str]) -> bool:
    """Whether `key=` of a sort (or heap) changes nothing: a one-parameter lambda whose body changes nothing,
    a pure builtin or trusted function (`len`, `draft_rank`), or a method such as `str.lower`."""
    if isinstance(key, cst.Lambda):
        params = key.params
        plain = (len(params.params) == 1 and params.params[0].default is None and not params.posonly_params
                 and not params.kwonly_params and isinstance(params.star_arg, cst.MaybeSentinel)
                 and params.star_kwarg is None)
        return plain and is_pure_expression(key.body, shadowed)
    if isinstance(key, cst.Name):
        return key.value not in shadowed and (key.value in PURE_BUILTINS or key.value in trusted().pure)
    return (isinstance(key, cst.Attribute) and m.matches(key.value, m.Name("str") | m.Name("bytes"))
            and cst.ensure_type(key.value, cst.Name).value not in shadowed and key.attr.value in PURE_METHODS)


def is_costly(node: cst.CSTNode) -> bool:
    """Whether `node` does work that grows with its input: a loop, a comprehension, or a call
    such as `sorted(xs)` or `", ".join(parts)`."""
    if m.findall(node, m.For() | m.While() | m.ListComp() | m.SetComp() | m.GeneratorExp() | m.DictComp()):
        return True
    for call in m.findall(node, m.Call()):
        assert isinstance(call, cst.Call)
        if isinstance(call.func, cst.Name) and call.func.value in COSTLY_CALLS and call.args:
            return True
        if isinstance(call.func, cst.Name) and call.func.value in trusted().costly:
            return True
        if isinstance(call.func, cst.Attribute) and call.func.attr.value in COSTLY_METHODS:
            return True
    return False


def exposed(node: cst.BaseExpression) -> set[str]:
    """Variables whose objects (or parts of them) `node` evaluates to, so that whoever
    receives the value may change them: `x`, `x.a`, `x[0]`, `(x, y)`; not `x + 1` or
    `len(x)`, which make new values."""
    if isinstance(node, cst.Name):
        return set() if node.value in _CONSTANTS else {node.value}
    if isinstance(node, (cst.Attribute, cst.Subscript)):
        return exposed(node.value)
    if isinstance(node, (cst.Tuple, cst.List, cst.Set)):
        return set().union(*(exposed(e.value) for e in node.elements))
    if isinstance(node, cst.Dict):
        found: set[str] = set()
        for element in node.elements:
            if isinstance(element, cst.DictElement):
                found |= exposed(element.key) | exposed(element.value)
            else:
                found |= exposed(element.value)
        return found
    if isinstance(node, cst.StarredElement):
        return exposed(node.value)
    if isinstance(node, cst.IfExp):
        return exposed(node.body) | exposed(node.orelse)
    if isinstance(node, cst.BooleanOperation):
        return exposed(node.left) | exposed(node.right)
    if isinstance(node, (cst.Lambda, cst.GeneratorExp)):
        return reads(node)  # a closure or a lazy generator keeps its variables
    return set()


def may_change(node: cst.CSTNode, name: str, shadowed: set[str], bound_here: set[str],
               attributes: set[str] | None = None) -> bool:
    """Whether running `node` may rebind `name` or change the object it holds.

    `bound_here` are the names `node` binds (computed by the caller once).  With `attributes`,
    only a change that can reach those attributes of the object counts (`self.hits[n] += 1`
    leaves `self.rules` alone); a method of the object itself, or the object handed on whole,
    may change any of them.  (Two attributes holding one object, or a property computed from
    another attribute, would fool this; the verifier is what catches that.)
    """
    if name in bound_here:
        return True

    def reaches(expression: cst.BaseExpression) -> bool:
        if attributes is None:
            return True
        attribute = first_attribute(expression, name)
        return attribute is None or attribute in attributes

    for call in m.findall(node, m.Call()):
        assert isinstance(call, cst.Call)
        if is_pure_call(call, shadowed):
            continue
        if isinstance(call.func, cst.Attribute) and root_name(call.func.value) == name:
            if reaches(call.func.value):
                return True  # a method that may change its object
            continue  # `self.log.append(x)`: a method of another attribute's object
        if isinstance(call.func, cst.Attribute) and call.func.attr.value in STORING_METHODS:
            continue  # `out.append(x)` keeps x but leaves it as it is
        if any(name in exposed(arg.value) and reaches(arg.value) for arg in call.args):
            return True  # handed to a call that may change it
    return any(isinstance(target, (cst.Subscript, cst.Attribute)) and root_name(target) == name
               and reaches(target) for _, target in facts.written(node))


def first_attribute(expression: cst.BaseExpression, name: str) -> str | None:
    """`hits` for `self.hits[n]` or `self.hits.count`; None for `self` itself or anything else."""
    node: cst.BaseExpression = expression
    while isinstance(node, (cst.Attribute, cst.Subscript)):
        if isinstance(node, cst.Attribute) and isinstance(node.value, cst.Name) and node.value.value == name:
            return node.attr.value
        node = node.value
    return None


def unchanged_while_running(statement: cst.BaseStatement, sequence: str, function: cst.FunctionDef,
                             parameters: set[str], fresh: frozenset[str], shadowed: set[str],
                             *, items_only: bool = False) -> bool:
    """Whether nothing that running `statement` does can change `sequence`, the list it holds, or
    its items: no rebinding, no method of it or unknown call, and item or attribute writes only
    into `fresh`, the containers the function made itself.  With `items_only` the list itself
    may gain, lose or swap items (`append`, `pop`, `xs[i] = v`…) as long as none is changed."""
    bound_here = facts.bound_in(statement)
    if sequence in bound_here if items_only else may_change(statement, sequence, shadowed, bound_here):
        return False
    if m.findall(statement, m.Yield() | m.Await() | m.FunctionDef() | m.ClassDef()):
        return False
    for call in m.findall(statement, m.Call()):
        assert isinstance(call, cst.Call)
        if is_pure_call(call, shadowed):
            continue
        owner = call.func.value if isinstance(call.func, cst.Attribute) else None
        if items_only and isinstance(call.func, cst.Attribute) and isinstance(owner, cst.Name) \
                and owner.value == sequence and call.func.attr.value in _REARRANGING_METHODS:
            continue
        if not (isinstance(owner, cst.Name) and owner.value in fresh):
            return False  # an unknown call could change the list through another name
        if any(sequence in exposed(arg.value) for arg in call.args):
            return False  # the list kept in a container could be changed through it later
    for found, target in facts.written(statement):
        if items_only and isinstance(target, (cst.Subscript, cst.Attribute)):
            if not isinstance(target.value, cst.Name):
                return False  # `xs[0][1] = v`, `rows[k].n = v`: what is reached could be an item
            if target.value.value == sequence:
                if isinstance(target, cst.Subscript):
                    continue  # an item replaced, not changed
                return False
        if isinstance(target, (cst.Subscript, cst.Attribute)) and root_name(target) not in fresh:
            return False
        if isinstance(found, cst.AugAssign) and isinstance(target, cst.Name) and (
                target.value in parameters or may_hold(function, target.value, {sequence})):
            return False  # `acc += [...]` extends in place whatever list `acc` holds
    return True


def escapes(node: cst.CSTNode, name: str, *, sliced: bool = False) -> bool:
    """Whether `node` may hand the object in `name` to something that outlives the statement:
    another variable, a container, a return or yield, a closure, or any call.  A sort key
    (`sorted(xs, key=lambda c: -totals[c])`) is called there and dropped, and so is a generator
    run to its end at once (`"|".join(re.escape(n) for n in names)`).  With `sliced`, a slice or
    an item bound to a name (`upper = ranked[:k]`, `entry = by_name[key]`) hands out items, not
    the container: for one whose items were not made with it, nothing of its own."""
    for found in m.findall(node, m.Assign() | m.AnnAssign() | m.AugAssign() | m.Return() | m.Yield()):
        value = getattr(found, "value", None)
        if sliced and isinstance(found, (cst.Assign, cst.AnnAssign)) and isinstance(value, cst.Subscript) \
                and m.matches(value.value, m.Name(name)) and len(value.slice) == 1 \
                and isinstance(value.slice[0].slice, (cst.Slice, cst.Index)) \
                and name not in reads(value.slice[0].slice):
            continue
        if isinstance(value, cst.BaseExpression) and name in exposed(value):
            return True
    for call in m.findall(node, m.Call()):
        assert isinstance(call, cst.Call)
        if isinstance(call.func, cst.Name) and call.func.value in PURE_BUILTINS:
            continue  # `len(x)`, `sorted(x)`: read, not kept
        if isinstance(call.func, cst.Attribute) and call.func.attr.value in PURE_METHODS:
            continue
        if any(name in exposed(arg.value) for arg in call.args):
            return True
    keys = {id(arg.value) for call in m.findall(node, m.Call()) if isinstance(call, cst.Call) and (
        m.matches(call.func, m.Name("sorted") | m.Name("min") | m.Name("max") | m.Attribute(attr=m.Name("sort"))))
        for arg in call.args if arg.keyword is not None and arg.keyword.value == "key"}
    parents: dict[int, cst.CSTNode] | None = None  # made only where a generator needs its consumer found
    for closure in m.findall(node, m.Lambda() | m.FunctionDef() | m.GeneratorExp()):
        if id(closure) in keys:
            continue
        if isinstance(closure, cst.GeneratorExp) and name not in exposed(closure.elt) \
                and consumer(closure, parents := parents or facts.parents(node), set()) is not None:
            continue  # run to its end by the call it is handed to, and dropped, making no item of it
        if name in reads(closure) or (isinstance(closure, cst.FunctionDef) and name in {
                n.value for n in m.findall(closure, m.Name()) if isinstance(n, cst.Name)}):
            return True
    for container in m.findall(node, m.Element() | m.DictElement()):
        values = [container.value] + ([container.key] if isinstance(container, cst.DictElement) else [])  # type: ignore[attr-defined]
        if any(name in exposed(v) for v in values):
            return True
    return False


def fresh_containers(body: cst.BaseSuite, params: set[str], records: frozenset[str] = frozenset()) -> frozenset[str]:
    """Locals bound only to containers made right there (`[]`, `{}`, comprehensions, `list(…)`),
    by `name = …`, `name: T = …` or side by side in `a, b = x, []`; with `records` (open records,
    see `Trusted.open_records`), also to one of those made right there from constants alone."""
    fresh: set[str] = set()
    stale: set[str] = set(params)
    plain: set[str] = set()
    joined: dict[str, set[str]] = {}  # `path = [parent] + path`: new where the names joined are
    for found in m.findall(body, m.Assign() | m.AnnAssign()):
        assert isinstance(found, (cst.Assign, cst.AnnAssign))
        targets = [t.target for t in found.targets] if isinstance(found, cst.Assign) else [found.target]
        for target in targets:
            for name, value in _paired(target, found.value):
                plain.add(name)
                made = value is not None and (_makes_container(value) or _makes_record(value, records))
                if not made and value is not None and (names := _joined_lists(value)) is not None:
                    joined.setdefault(name, set()).update(names)
                    made = True
                (fresh if made else stale).add(name)
            if not isinstance(target, cst.Name) and not _paired(target, found.value):
                stale |= target_names(target)
    fresh -= stale | (facts.bound_in(body) - plain)
    while stale_joins := {name for name in fresh if not joined.get(name, set()) <= fresh}:
        fresh -= stale_joins
    return frozenset(fresh)


def _joined_lists(value: cst.BaseExpression) -> set[str] | None:
    """The names `value` joins to list displays (`[parent] + path`, `path + [step]`): a new list when
    those names hold lists the function made (a list only ever adds lists; anything else it refuses,
    raising TypeError); None for any other value."""
    leaves: list[cst.BaseExpression] = []

    def gather(part: cst.BaseExpression) -> bool:
        if isinstance(part, cst.BinaryOperation) and isinstance(part.operator, cst.Add):
            return gather(part.left) and gather(part.right)
        leaves.append(part)
        return isinstance(part, (cst.List, cst.Name))

    if not (isinstance(value, cst.BinaryOperation) and gather(value)) \
            or not any(isinstance(leaf, cst.List) for leaf in leaves):
        return None
    return {leaf.value for leaf in leaves if isinstance(leaf, cst.Name)}


def filled_fresh(body: cst.BaseSuite, owned: frozenset[str]) -> frozenset[str]:
    """Locals bound only to an item of a container of `owned` that holds new containers alone and gets
    items no other way (`counts = totals.setdefault(priority, [0, 0])`, `slot = updated[key]` of
    `updated = {key: dict(slot) for key, slot in stock.items()}`, `for key, entry in totals.items()`):
    each holds a container the function made, so writing into it is writing into its own."""
    uses: dict[str, list[cst.Name]] = {}
    for node in facts.walk(body):
        if isinstance(node, cst.Name) and node.value in owned:
            uses.setdefault(node.value, []).append(node)
    parents = facts.parents(body)
    filling = {name for name, found in uses.items() if all(_fills_fresh(use, parents) for use in found)}
    bound: dict[str, bool] = {}
    for statement, target in facts.written(body):
        if isinstance(target, cst.Name):
            bound[target.value] = bound.get(target.value, True) and isinstance(statement, cst.Assign) \
                and (_new_default(statement.value, filling) or _item_of(statement.value, filling)
                     or _new_record(statement.value))
    for node in facts.walk(body):  # a loop target or `as` name holds what it is handed
        if isinstance(node, cst.For):  # (a comprehension's names are its own)
            items = _items_walked(node, filling)
            bound.update({name: bound.get(name, True) and name == items for name in target_names(node.target)})
        elif isinstance(node, cst.AsName) and isinstance(node.name, cst.BaseExpression):
            bound.update(dict.fromkeys(target_names(node.name), False))
        elif isinstance(node, cst.NamedExpr):
            bound.update(dict.fromkeys(target_names(node.target), False))
    return frozenset(name for name, only in bound.items() if only and name not in owned)


_FILLED_READS = frozenset({"get", "items", "keys", "values", "pop", "popitem", "clear", "copy", "setdefault"})


def _items_walked(loop: cst.For, filling: set[str]) -> str | None:
    """The loop's name for the items of one of the containers `filling` it walks: `entry` of `for entry in
    d.values()` or `for key, entry in d.items()`."""
    iterated = loop.iter
    if not (isinstance(iterated, cst.Call) and not iterated.args and isinstance(iterated.func, cst.Attribute)
            and isinstance(iterated.func.value, cst.Name) and iterated.func.value.value in filling):
        return None
    method, target = iterated.func.attr.value, loop.target
    if method == "values" and isinstance(target, cst.Name):
        return target.value
    if method == "items" and isinstance(target, cst.Tuple) and len(target.elements) == 2 \
            and isinstance(item := target.elements[1].value, cst.Name):
        return item.value
    return None


def _item_of(value: cst.BaseExpression, filling: set[str]) -> bool:
    """`d[key]` or `d.get(key)` of one of the containers `filling`."""
    if isinstance(value, cst.Subscript):
        return isinstance(value.value, cst.Name) and value.value.value in filling \
            and all(isinstance(e.slice, cst.Index) for e in value.slice)
    return isinstance(value, cst.Call) and m.matches(value.func, m.Attribute(value=m.Name(), attr=m.Name("get"))) \
        and cst.ensure_type(cst.ensure_type(value.func, cst.Attribute).value, cst.Name).value in filling \
        and len(value.args) == 1


def _new_items(value: cst.BaseExpression | None) -> bool:
    """A container made right there holding only new containers (or none): `{}`, `[[], []]`,
    `{key: dict(slot) for key, slot in stock.items()}`."""
    if isinstance(value, (cst.Dict, cst.List)):
        return all(_makes_container(e.value) for e in value.elements
                   if isinstance(e, (cst.DictElement, cst.Element))) \
            and all(isinstance(e, (cst.DictElement, cst.Element)) for e in value.elements)
    if isinstance(value, cst.DictComp):
        return _makes_container(value.value)
    if isinstance(value, cst.ListComp):
        return _makes_container(value.elt)
    return isinstance(value, cst.Call) and m.matches(value.func, m.Name("dict") | m.Name("list")) and not value.args


def _new_default(value: cst.BaseExpression, filling: set[str]) -> bool:
    """`d.setdefault(key, <new container>)` for one of the dicts `filling`."""
    return isinstance(value, cst.Call) and isinstance(value.func, cst.Attribute) \
        and isinstance(value.func.value, cst.Name) and value.func.value.value in filling \
        and value.func.attr.value == "setdefault" and len(value.args) == 2 and _makes_new(value.args[1].value)


def _fills_fresh(use: cst.Name, parents: Mapping[int, cst.CSTNode]) -> bool:
    """This use of a dict the function made puts into it only new containers, or only reads it."""
    parent = parents.get(id(use))
    if isinstance(parent, cst.Attribute) and parent.value is use:
        call = parents.get(id(parent))
        if not (isinstance(call, cst.Call) and call.func is parent and parent.attr.value in _FILLED_READS):
            return False
        return parent.attr.value != "setdefault" or (len(call.args) == 2 and _makes_new(call.args[1].value))
    if isinstance(parent, cst.Subscript) and parent.value is use:
        holder = parents.get(id(parent))
        if isinstance(holder, cst.AssignTarget):
            assign = parents.get(id(holder))
            return isinstance(assign, cst.Assign) and _makes_new(assign.value)
        return not isinstance(holder, (cst.AugAssign, cst.For, cst.CompFor, cst.AnnAssign)) \
            or getattr(holder, "target", None) is not parent  # (`del d[key]` takes an item out)
    if isinstance(parent, cst.ComparisonTarget):
        return parent.comparator is use
    if isinstance(parent, (cst.For, cst.CompFor)):
        return parent.iter is use
    if isinstance(parent, cst.AssignTarget):  # its own binding (`totals = {}`)
        binding = parents.get(id(parent))
        return isinstance(binding, cst.Assign) and _new_items(binding.value)
    if isinstance(parent, cst.AnnAssign):
        return parent.target is use and _new_items(parent.value)
    if isinstance(parent, cst.Arg):
        reader = parents.get(id(parent))
        return isinstance(reader, cst.Call) and isinstance(reader.func, cst.Name) and reader.func.value == "len"
    return isinstance(parent, cst.Return)


def _paired(
    target: cst.BaseExpression, value: cst.BaseExpression | None
) -> list[tuple[str, cst.BaseExpression | None]]:
    """Each name of `target` with the value it gets: `x = v`, or `a, b = va, vb` item by item."""
    if isinstance(target, cst.Name):
        return [(target.value, value)]
    if isinstance(target, (cst.Tuple, cst.List)) and isinstance(value, (cst.Tuple, cst.List)) \
            and len(target.elements) == len(value.elements) \
            and all(isinstance(e, cst.Element) and isinstance(e.value, cst.Name) for e in target.elements) \
            and all(isinstance(e, cst.Element) for e in value.elements):
        return [(t.value.value, v.value) for t, v in zip(target.elements, value.elements, strict=True)]  # type: ignore[attr-defined]
    return []


def _makes_container(value: cst.BaseExpression) -> bool:
    if isinstance(value, cst.BinaryOperation) and isinstance(value.operator, cst.Multiply):
        return isinstance(value.left, cst.List) or isinstance(value.right, cst.List)  # `[0.0] * 12`: a new list
    return isinstance(value, (cst.List, cst.Dict, cst.Set, cst.ListComp, cst.DictComp, cst.SetComp)) or (
        isinstance(value, cst.Call) and isinstance(value.func, cst.Name) and value.func.value in FRESH_CONTAINER_CALLS)


def _makes_new(value: cst.BaseExpression) -> bool:
    """A new container, or a new record of the module's open records (see `_new_record`)."""
    return _makes_container(value) or _new_record(value)


def _new_record(value: cst.BaseExpression) -> bool:
    """`Statement(passage.plate, month)`: a new object of one of the module's open records (`Trusted.
    open_records`) handed, for each field it sets, a constant, a new container, or any value where the
    field is annotated with an immutable type (`plate: str`): every container it holds is its own.
    (This trusts the annotations.)"""
    if not (isinstance(value, cst.Call) and isinstance(value.func, cst.Name)
            and value.func.value in trusted().open_records):
        return False
    known = trusted().classes.get(value.func.value)
    if known is None or not isinstance(known.definition.body, cst.IndentedBlock):
        return False
    fields = {}
    for line in known.definition.body.body:
        for small in line.body if isinstance(line, cst.SimpleStatementLine) else ():
            if isinstance(small, cst.AnnAssign) and isinstance(small.target, cst.Name):
                fields[small.target.value] = facts.code(small.annotation.annotation)
    names = list(fields)
    for at, arg in enumerate(value.args):
        if arg.star:
            return False
        field_name = arg.keyword.value if arg.keyword is not None else names[at] if at < len(names) else None
        if field_name is None or field_name not in fields:
            return False
        if not (facts.is_literal(arg.value) or _makes_container(arg.value) or fields[field_name] in _IMMUTABLE_FIELDS):
            return False
    return True


_IMMUTABLE_FIELDS = frozenset({"str", "int", "float", "bool", "bytes", "complex", "Decimal", "Fraction", "date",
                               "datetime", "time", "timedelta", "datetime.date", "datetime.datetime"})


def _makes_record(value: cst.BaseExpression, records: frozenset[str]) -> bool:
    return isinstance(value, cst.Call) and isinstance(value.func, cst.Name) and value.func.value in records \
        and all(not arg.star and (facts.is_literal(arg.value) or _makes_container(arg.value)) for arg in value.args)


def consumer(generator: cst.GeneratorExp, parents: dict[int, cst.CSTNode], shadowed: set[str]) -> cst.Call | None:
    """The call that runs `generator` to its end (or drops it) before returning: `sum(...)`,
    `any(...)`, `"".join(...)`…; None when the generator may outlive the expression."""
    arg = parents.get(id(generator))
    if not (isinstance(arg, cst.Arg) and arg.keyword is None and arg.star == ""):
        return None
    call = parents.get(id(arg))
    if not isinstance(call, cst.Call):
        return None
    if isinstance(call.func, cst.Name) and call.func.value in CONSUMERS and call.func.value not in shadowed:
        return call
    if isinstance(call.func, cst.Attribute) and call.func.attr.value == "join" and len(call.args) == 1:
        return call
    return None


def may_hold(function: cst.FunctionDef, name: str, watched: set[str]) -> bool:
    """Whether `name` may hold a watched object: bound from an expression that exposes one, from
    a call that could return one, or by a loop, `with` or `:=`."""
    for node in facts.walk(function.body):
        if isinstance(node, (cst.Assign, cst.AnnAssign)) and name in facts.bound_in(node):
            value = node.value
            if value is None:
                continue
            if watched & exposed(value) or any(
                    not is_pure_call(c, set()) for c in m.findall(value, m.Call()) if isinstance(c, cst.Call)):
                return True
        else:
            target = node.target if isinstance(node, (cst.For, cst.CompFor, cst.NamedExpr)) else (
                node.name if isinstance(node, cst.AsName) and isinstance(node.name, cst.BaseExpression) else None)
            if target is not None and name in target_names(target):
                return True
    return False


def made_containers(function: cst.FunctionDef, holders: set[str]) -> frozenset[str]:
    """The function's locals that hold containers it made itself (`fresh_containers`, and `filled_fresh`:
    `stats = totals.setdefault(k, [0])`), but for `holders`, the names that may hold what is watched."""
    containers = fresh_containers(function.body, facts.all_parameters(function)) - holders
    return containers | (filled_fresh(function.body, containers) - holders)


def leaves_items_alone(node: cst.CSTNode, owners: frozenset[str], shadowed: set[str]) -> bool:
    """Whether running `node` can change no object but the containers `owners` name (containers the
    function made, which nothing else holds): every call changes nothing (`Node(w, n)`, a record class of
    the module, included; `key=free.__getitem__` of an owner reads its items) or is a method of an owner
    (`out.append(x)` keeps x as it is); a lambda only as the `key=` of `min`, `max`, `sorted` or an
    owner's `sort`, which call it there and then; every write is to a name or into an owner; no yield,
    await, nested function or class, whose code runs elsewhere."""
    keys = m.findall(node, m.Lambda())
    parents = facts.parents(node) if keys else {}
    if m.findall(node, m.Yield() | m.Await() | m.FunctionDef() | m.ClassDef()) or not all(
            _used_at_once(cst.ensure_type(key, cst.Lambda), parents, owners) for key in keys):
        return False
    for call in m.findall(node, m.Call()):
        assert isinstance(call, cst.Call)
        owner = call.func.value if isinstance(call.func, cst.Attribute) else None
        if not (isinstance(owner, cst.Name) and owner.value in owners) \
                and not is_pure_call(call, shadowed, made=owners):
            return False
    for _, target in facts.written(node):
        parts = [e.value for e in target.elements] if isinstance(target, (cst.Tuple, cst.List)) else [target]
        for part in parts:
            written = part.value if isinstance(part, cst.Subscript) else part
            if not isinstance(written, cst.Name) or (part is not written and written.value not in owners):
                return False
    return True


def _used_at_once(key: cst.Lambda, parents: dict[int, cst.CSTNode], owners: frozenset[str]) -> bool:
    """`min(range(n), key=lambda i: (free[i], i))`, `heat.sort(key=lambda pair: pair[0])`: a key handed to a
    builtin or an owner's `sort`, which call it there and then, keeping nothing (the lambda's own calls are
    judged with the rest)."""
    arg = parents.get(id(key))
    call = parents.get(id(arg))
    if not (isinstance(arg, cst.Arg) and arg.keyword is not None and arg.keyword.value == "key"
            and isinstance(call, cst.Call)):
        return False
    if isinstance(call.func, cst.Attribute):
        return call.func.attr.value == "sort" and isinstance(call.func.value, cst.Name) \
            and call.func.value.value in owners
    return m.matches(call.func, m.Name("min") | m.Name("max") | m.Name("sorted"))
