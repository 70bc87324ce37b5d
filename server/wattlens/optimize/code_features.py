"""What of a function's code is compared when looking for similar rewrite examples.

Two views of the same source:

- `code_shape`: the source with the author's own names replaced, the text the
  language model embeds;
- `signature_vector`: a bag of structural and lexical features (node types,
  called builtins and methods, comparison and augmented-assignment operators,
  and which of those sit inside a loop), hashed into a fixed-size unit vector.

A mean-pooled 0.5B model embeds whole snippets by their overall look, which
puts two short loops that do different things close together; the signature
names the details that tell energy-wasting patterns apart (`.pop(0)` in a
`while`, `in` on a parameter inside a `for`, a function calling itself), and
mixing the two is what makes retrieval pick the right family.
"""

from __future__ import annotations

import ast
import hashlib
import math
import textwrap
from collections import defaultdict
from dataclasses import dataclass

SIGNATURE_DIMS = 1024
"""Width of the hashed signature; collisions are rare at a few hundred distinct features."""

_PLUMBING = (
    ast.expr_context,
    ast.operator,
    ast.unaryop,
    ast.cmpop,
    ast.boolop,
    ast.Name,
    ast.Module,
    ast.arguments,
    ast.arg,
    ast.alias,
    ast.Attribute,
)
_MUTATORS = frozenset(
    {"append", "extend", "insert", "pop", "popleft", "remove", "clear", "add", "update", "sort", "reverse"}
)
_LOOPS = (ast.For, ast.AsyncFor, ast.While, ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)
# Annotation words carry a weaker hint than the code itself: `list[str]` is
# shared by half the patterns, yet `bytes` or `dict` does narrow them down.
_ANNOTATION_WEIGHT = 0.5


def code_shape(source: str) -> str:
    """`source` without docstrings and with its own local names replaced by `v0`, `v1`, …

    Names a function binds itself (its name, parameters, variables) are the
    author's choice and say little about the pattern, yet they dominate a
    small model's mean-pooled embedding: `skus` in two functions weighs more
    than `in a_list` inside a loop in both.  Calls, attributes, imports,
    builtins and the syntax are kept; they are the pattern.
    """
    text = textwrap.dedent(source).strip() + "\n"
    try:
        tree = ast.parse(text)
    except SyntaxError:
        return text
    local: dict[str, str] = {}
    for node in ast.walk(tree):
        name = None
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            name = node.name
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                node.body = body[1:] or [ast.Pass()]
        elif isinstance(node, ast.arg):
            name = node.arg
        elif isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load):
            name = node.id
        if name is not None and name not in local:
            local[name] = f"v{len(local)}"
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            node.name = local.get(node.name, node.name)
        elif isinstance(node, ast.arg):
            node.arg = local.get(node.arg, node.arg)
        elif isinstance(node, ast.Name):
            node.id = local.get(node.id, node.id)
    return ast.unparse(tree) + "\n"


def signature_features(source: str) -> dict[str, float]:
    """Weighted structural and lexical features of `source` (empty when it does not parse)."""
    try:
        tree = ast.parse(textwrap.dedent(source).strip() + "\n")
    except SyntaxError:
        return {}
    features: defaultdict[str, float] = defaultdict(float)
    names = _Names(
        functions={n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)},
        modules={
            (alias.asname or alias.name).split(".")[0]
            for n in ast.walk(tree)
            if isinstance(n, ast.Import)
            for alias in n.names
        },
        parameters={n.arg for n in ast.walk(tree) if isinstance(n, ast.arg)},
    )
    _visit(tree, frozenset(), 0, names, features)
    return dict(features)


def signature_vector(source: str, dims: int = SIGNATURE_DIMS) -> list[float]:
    """The signature hashed into `dims` signed buckets, log-damped and L2-normalised.

    A source without features (unparsable) gives the zero vector: it then
    matches nothing by structure and only the embedding decides.
    """
    vector = [0.0] * dims
    for feature, weight in signature_features(source).items():
        digest = hashlib.blake2b(feature.encode("utf-8"), digest_size=8).digest()
        bucket = int.from_bytes(digest[:4], "little") % dims
        sign = 1.0 if digest[4] & 1 else -1.0
        # Log damping: ten appends should not outweigh one `.pop(0)`.
        vector[bucket] += sign * (1.0 + math.log(weight)) if weight >= 1 else sign * weight
    norm = math.sqrt(sum(x * x for x in vector))
    return [x / norm for x in vector] if norm > 0 else vector


@dataclass(frozen=True)
class _Names:
    """Names whose role is known without types: functions defined, modules imported, parameters."""

    functions: set[str]
    modules: set[str]
    parameters: set[str]


def _visit(
    node: ast.AST, loop_bound: frozenset[str], loop_depth: int, names: _Names, features: defaultdict[str, float]
) -> None:
    """Collect the features of `node` and its children; `loop_bound` holds names the enclosing loops rebind."""
    inside = loop_depth > 0
    found = _features_of(node, names)
    if inside and isinstance(node, ast.Call) and _is_invariant(node, loop_bound, names):
        # A call whose inputs the loop never changes gives the same result every
        # time round: the loop-invariant pattern, whatever the call is.
        found.append("invariant-call")
    for feature in found:
        features[feature] += 1
        if inside and not feature.startswith(("node:", "ann:", "import:")):
            # The same call or test inside a loop is a different (and hotter) pattern.
            features["loop:" + feature] += 1
    if isinstance(node, ast.arg | ast.FunctionDef | ast.AsyncFunctionDef):
        annotation = node.annotation if isinstance(node, ast.arg) else node.returns
        for word in _annotation_words(annotation):
            features["ann:" + word] += _ANNOTATION_WEIGHT
    if isinstance(node, _LOOPS):
        features[f"loop-depth:{loop_depth + 1}"] += 1
        loop_bound = loop_bound | _bound_in(node)
        loop_depth += 1
    for child in ast.iter_child_nodes(node):
        _visit(child, loop_bound, loop_depth, names, features)


def _bound_in(loop: ast.AST) -> frozenset[str]:
    """Names (re)bound anywhere inside `loop`: its targets and what its body assigns or mutates."""
    bound: set[str] = set()
    for node in ast.walk(loop):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            bound.add(node.id)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            # `queue.pop(0)` changes `queue`: a call on it is not invariant.
            receiver = node.func.value
            if isinstance(receiver, ast.Name) and node.func.attr in _MUTATORS:
                bound.add(receiver.id)
    return frozenset(bound)


def _is_invariant(call: ast.Call, loop_bound: frozenset[str], names: _Names) -> bool:
    used = {n.id for n in ast.walk(call) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
    if isinstance(call.func, ast.Name):
        used.discard(call.func.id)  # the callee itself (a builtin or helper) does not vary
    if isinstance(call.func, ast.Attribute) and call.func.attr in _MUTATORS:
        return False  # `out.append(x)` changes `out` every time
    data = used - names.modules
    if used and not data:
        return True  # e.g. `re.compile(r"...")`: only a module and constants
    return bool(data) and not (data & loop_bound)


def _features_of(node: ast.AST, names: _Names) -> list[str]:
    # Contexts, operators and plumbing nodes are in every snippet (or are named
    # by their parent's feature below) and would only dilute the rest.
    if isinstance(node, _PLUMBING):
        return []
    found = [f"node:{type(node).__name__}"]
    if isinstance(node, ast.Call):
        found.extend(_call_features(node, names))
    elif isinstance(node, ast.Compare):
        for op, right in zip(node.ops, node.comparators, strict=True):
            found.append(f"cmp:{type(op).__name__}")
            if isinstance(op, ast.In | ast.NotIn):
                # What is searched tells a list scan (a parameter) from a dict
                # being built (a local) from a fresh copy (a call).
                found.append(f"cmp:{type(op).__name__}:{_role(right, names)}")
    elif isinstance(node, ast.AugAssign):
        found.append(f"aug:{type(node.op).__name__}")
        found.append(f"aug-target:{_role(node.target, names)}")
    elif isinstance(node, ast.Assign):
        found.extend(f"assign-target:{_role(target, names)}" for target in node.targets)
    elif isinstance(node, ast.BinOp):
        found.append(f"op:{type(node.op).__name__}")
    elif isinstance(node, ast.Subscript):
        index = node.slice
        if isinstance(index, ast.Slice):
            found.append("slice")
        elif isinstance(index, ast.Constant | ast.UnaryOp):
            found.append(f"index:{ast.unparse(index)}")
        if isinstance(node.value, ast.Call):
            found.append("index-of-call")
    elif isinstance(node, ast.Constant):
        found.append(f"const:{type(node.value).__name__}")
    elif isinstance(node, ast.Import | ast.ImportFrom):
        module = node.module if isinstance(node, ast.ImportFrom) else None
        found.extend(f"import:{module or alias.name}" for alias in node.names)
        found.extend(f"import:{alias.name}" for alias in node.names if module)
    return found


def _call_features(call: ast.Call, names: _Names) -> list[str]:
    found = []
    callee = call.func
    if isinstance(callee, ast.Name):
        found.append("recursion" if callee.id in names.functions else f"call:{callee.id}")
    elif isinstance(callee, ast.Attribute):
        found.append(f"method:{callee.attr}")
        if isinstance(callee.value, ast.Name) and callee.value.id in names.modules:
            found.append(f"call:{callee.value.id}.{callee.attr}")
        first = call.args[0] if call.args else None
        # `pop(0)` and `insert(0, x)` are the quadratic ones; `pop()` is not.
        if isinstance(first, ast.Constant) and type(first.value) is int:
            found.append(f"method:{callee.attr}({first.value!r})")
            found.append(f"method-const-arg:{first.value!r}")
    for argument in call.args:
        if isinstance(argument, ast.ListComp | ast.List | ast.Call):
            # A list built only to be handed to a consumer: `any([...])`, `set([...])`.
            found.append(f"arg:{type(argument).__name__}")
    return found


def _role(node: ast.expr, names: _Names) -> str:
    if isinstance(node, ast.Subscript):
        return "subscript"
    if isinstance(node, ast.Call):
        return "call"
    if isinstance(node, ast.Name):
        return "parameter" if node.id in names.parameters else "local"
    return type(node).__name__


def _annotation_words(annotation: ast.expr | None) -> list[str]:
    if annotation is None:
        return []
    return [n.id for n in ast.walk(annotation) if isinstance(n, ast.Name)]
