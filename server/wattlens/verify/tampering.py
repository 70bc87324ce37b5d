"""Static checks of a patched module before anything runs: it parses, it does not
tamper with timers, the interpreter or the verification harness, and it neither
remembers results between calls nor embeds precomputed answers.

A candidate could make a benchmark look fast without doing less work: replace
`time.perf_counter`, install a trace hook, disable the garbage collector for
everyone, or reach for the harness's files.  The harness times runs from outside
the process, so such tricks fail anyway; rejecting them up front says why, and
keeps a patch with interpreter-wide side effects from being offered at all.
Only what the patch adds counts: code the original already has is the user's.
"""

from __future__ import annotations

import ast
from collections import Counter

# Modules whose attributes a rewrite has no business replacing.
_GUARDED = frozenset(
    {"time", "timeit", "sys", "os", "builtins", "__builtins__", "gc", "resource", "socket",
     "subprocess", "signal", "threading", "random", "importlib", "atexit", "faulthandler"}
)
# Calls with interpreter-wide effects (module, function).
_GLOBAL_CALLS = frozenset(
    {("sys", "settrace"), ("sys", "setprofile"), ("sys", "addaudithook"), ("sys", "setswitchinterval"),
     ("sys", "setrecursionlimit"), ("threading", "settrace"), ("threading", "setprofile"),
     ("gc", "disable"), ("gc", "freeze"), ("gc", "set_threshold"), ("os", "_exit"), ("os", "kill"),
     ("os", "killpg"), ("signal", "signal"), ("signal", "alarm"), ("atexit", "register"),
     # Sleeping does no work: it lowers CPU time (the energy estimate) and games timing.
     ("time", "sleep")}
)
_LITERAL_ITEMS = 64  # more constants than any lookup table a rewrite writes by hand
_MEMOIZERS = frozenset({"cache", "lru_cache", "cached", "memoize", "memoized"})
_HARNESS_WORDS = ("WATTLENS_AUDIT_FILE", "wattlens-audit", "/.wattlens", "sitecustomize", "harness.py")


class CandidateSyntaxError(Exception):
    """The patched module does not parse."""


def tampering(original: str, patched: str, path: str) -> list[str]:
    """What the patch adds to `path` that tampers with timers, the interpreter or the harness.

    Raises CandidateSyntaxError when the patched module does not parse.
    """
    try:
        new_tree = ast.parse(patched, filename=path)
    except SyntaxError as err:
        raise CandidateSyntaxError(
            f"the candidate has a syntax error in {path} at line {err.lineno}: {err.msg}"
        ) from None
    try:
        old_findings = Counter(_findings(ast.parse(original, filename=path)))
    except SyntaxError:
        old_findings = Counter()
    added = Counter(_findings(new_tree)) - old_findings
    return sorted(added)


def _findings(tree: ast.AST) -> list[str]:
    aliases, imported = _module_aliases(tree), _imported_functions(tree)
    found: list[str] = _caches_across_calls(tree)

    def module_of(node: ast.expr) -> str | None:
        if isinstance(node, ast.Name):
            return aliases.get(node.id, node.id if node.id in _GUARDED else None)
        return None

    def target(node: ast.expr) -> None:
        if isinstance(node, ast.Attribute) and (module := module_of(node.value)):
            found.append(f"replaces {module}.{node.attr}")
        elif isinstance(node, ast.Subscript):
            base = node.value
            if isinstance(base, ast.Attribute) and module_of(base.value) == "sys" and base.attr == "modules":
                found.append("replaces a module in sys.modules")
            elif isinstance(base, ast.Name) and base.id == "__builtins__":
                found.append("replaces a builtin")
        elif isinstance(node, (ast.Tuple, ast.List)):
            for element in node.elts:
                target(element)

    for node in ast.walk(tree):
        if isinstance(node, ast.Assign):
            for each in node.targets:
                target(each)
        elif isinstance(node, (ast.AugAssign, ast.AnnAssign)):
            target(node.target)
        elif isinstance(node, ast.Delete):
            for each in node.targets:
                target(each)
        elif isinstance(node, ast.Call):
            function = node.func
            if isinstance(function, ast.Name) and function.id in ("setattr", "delattr") and node.args:
                if module := module_of(node.args[0]):
                    found.append(f"replaces an attribute of {module} with {function.id}()")
            elif isinstance(function, ast.Name) and imported.get(function.id) in _GLOBAL_CALLS:
                module, name = imported[function.id]
                found.append(f"calls {module}.{name}()")
            elif (
                isinstance(function, ast.Attribute)
                and (module := module_of(function.value))
                and (module, function.attr) in _GLOBAL_CALLS
            ):
                found.append(f"calls {module}.{function.attr}()")
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and any(word in node.value for word in _HARNESS_WORDS)
        ):
            found.append(f"refers to the verification harness ({node.value[:60]!r})")
        elif _embedded_data(node):
            found.append(f"embeds precomputed data (a literal at line {getattr(node, 'lineno', '?')})")
    return found


def _embedded_data(node: ast.AST) -> bool:
    """A literal big enough to hold answers for the benchmark's own inputs."""
    if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
        return len(node.elts) > _LITERAL_ITEMS and all(isinstance(e, ast.Constant) for e in node.elts)
    if isinstance(node, ast.Dict):
        return len(node.keys) > _LITERAL_ITEMS
    return isinstance(node, ast.Constant) and isinstance(node.value, (str, bytes)) and len(node.value) > 2000


def _caches_across_calls(tree: ast.AST) -> list[str]:
    """Memoizing decorators on module- or class-level functions that take arguments, and `global`
    statements.

    A result remembered between calls makes a benchmark that repeats its inputs
    look fast while real use, with new inputs, is not.  A cache inside one call
    (a decorated helper nested in the function) ends with the call and is fine, and
    so is one on a function of no arguments: it keeps a single value that no input
    decides (a table built on first use), which real use gets as fast as the benchmark.
    """
    found = [f"keeps state between calls (global {', '.join(n.names)})"
             for n in ast.walk(tree) if isinstance(n, ast.Global)]
    scopes: list[ast.AST] = [tree]
    while scopes:
        scope = scopes.pop()
        for node in getattr(scope, "body", []):
            if isinstance(node, ast.ClassDef):
                scopes.append(node)
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and _takes_arguments(node):
                for decorator in node.decorator_list:
                    called = decorator.func if isinstance(decorator, ast.Call) else decorator
                    name = called.attr if isinstance(called, ast.Attribute) else getattr(called, "id", "")
                    if name in _MEMOIZERS:
                        found.append(f"remembers results between calls (@{name} on {node.name})")
    return found


def _takes_arguments(function: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    arguments = function.args
    return bool(arguments.posonlyargs or arguments.args or arguments.kwonlyargs or arguments.vararg
                or arguments.kwarg)


def _module_aliases(tree: ast.AST) -> dict[str, str]:
    """Local names bound to guarded modules: `import time as t` → {"t": "time"}."""
    aliases: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for name in node.names:
                root = name.name.split(".")[0]
                if root in _GUARDED:
                    aliases[name.asname or root] = root
    return aliases


def _imported_functions(tree: ast.AST) -> dict[str, tuple[str, str]]:
    """Local names bound by `from time import sleep [as nap]` → {"nap": ("time", "sleep")}."""
    names: dict[str, tuple[str, str]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] in _GUARDED:
            for name in node.names:
                names[name.asname or name.name] = (node.module, name.name)
    return names
