"""Strict equivalence tests for apply_patch (never shown to wattlens)."""

from __future__ import annotations

import copy
import random

import pytest
from patchdoc.patch import apply_patch
from patchdoc.pointer import PatchError
from strict_support import assert_same

TARGET = "patchdoc/patch.py:apply_patch"


# --- verbatim copy of the original implementation and its helpers -------------------------

def parse_pointer(pointer):
    if pointer == "":
        return []
    if not pointer.startswith("/"):
        raise PatchError(f"JSON pointer must start with '/': {pointer!r}")
    return [token.replace("~1", "/").replace("~0", "~") for token in pointer[1:].split("/")]


def array_index(token, length, allow_end):
    if allow_end and token == "-":
        return length
    if not (token.isascii() and token.isdigit()) or (len(token) > 1 and token[0] == "0"):
        raise PatchError(f"invalid array index {token!r}")
    index = int(token)
    if index > length or (index == length and not allow_end):
        raise PatchError(f"array index {index} out of range")
    return index


def resolve(document, tokens):
    for token in tokens:
        if isinstance(document, list):
            document = document[array_index(token, len(document), False)]
        elif isinstance(document, dict):
            if token not in document:
                raise PatchError(f"no member {token!r}")
            document = document[token]
        else:
            raise PatchError(f"cannot descend into {type(document).__name__} with {token!r}")
    return document


def _add(document, tokens, value):
    if not tokens:
        return value
    parent = resolve(document, tokens[:-1])
    key = tokens[-1]
    if isinstance(parent, list):
        parent.insert(array_index(key, len(parent), True), value)
    elif isinstance(parent, dict):
        parent[key] = value
    else:
        raise PatchError(f"cannot add to {type(parent).__name__}")
    return document


def _remove(document, tokens):
    if not tokens:
        raise PatchError("cannot remove the whole document")
    parent = resolve(document, tokens[:-1])
    key = tokens[-1]
    if isinstance(parent, list):
        return parent.pop(array_index(key, len(parent), False))
    if isinstance(parent, dict):
        if key not in parent:
            raise PatchError(f"no member {key!r}")
        return parent.pop(key)
    raise PatchError(f"cannot remove from {type(parent).__name__}")


def _value(operation):
    if "value" not in operation:
        raise PatchError(f"{operation.get('op')!r} operation needs a value")
    return operation["value"]


def apply_operation(document, operation):
    document = copy.deepcopy(document)
    op = operation.get("op")
    if "path" not in operation:
        raise PatchError("operation without a path")
    tokens = parse_pointer(operation["path"])
    if op == "add":
        return _add(document, tokens, copy.deepcopy(_value(operation)))
    if op == "remove":
        _remove(document, tokens)
        return document
    if op == "replace":
        value = copy.deepcopy(_value(operation))
        resolve(document, tokens)
        if not tokens:
            return value
        parent = resolve(document, tokens[:-1])
        if isinstance(parent, list):
            parent[array_index(tokens[-1], len(parent), False)] = value
        else:
            parent[tokens[-1]] = value
        return document
    if op in ("move", "copy"):
        if "from" not in operation:
            raise PatchError(f"{op!r} operation needs 'from'")
        source = parse_pointer(operation["from"])
        if op == "move":
            if source == tokens:
                resolve(document, source)
                return document
            if source == tokens[:len(source)]:
                raise PatchError("cannot move a value into one of its own children")
            return _add(document, tokens, _remove(document, source))
        return _add(document, tokens, copy.deepcopy(resolve(document, source)))
    if op == "test":
        if resolve(document, tokens) != _value(operation):
            raise PatchError(f"test failed at {operation['path']!r}")
        return document
    raise PatchError(f"unknown operation {op!r}")


def reference(document, patch):
    result = document
    for operation in patch:
        result = apply_operation(result, operation)
    return result


# --- cases -------------------------------------------------------------------------------

def doc():
    return {"name": "svc", "spec": {"replicas": 2, "ports": [80, 443], "env": [{"k": "A", "v": "1"}, {"k": "B", "v": "2"}]},
            "a/b": {"~c": 1, "": "empty key"}, "flags": {"x": True, "y": False}, "n": None, "f": 1.5}


def op(name, path, value=..., frm=None):
    operation = {"op": name, "path": path}
    if value is not ...:
        operation["value"] = value
    if frm is not None:
        operation["from"] = frm
    return operation


SHARED_LIST = [1, 2]
SHARED_DOC = {"a": SHARED_LIST, "b": SHARED_LIST, "c": {"d": SHARED_LIST}}
SHARED_VALUE = {"deep": [1, {"x": 1}]}

CASES = [
    (doc(), []),
    (doc(), ()),
    ([], []),
    (None, []),
    (5, []),
    ("text", []),
    # add
    (doc(), [op("add", "/new", 1)]),
    (doc(), [op("add", "/name", "replaced by add")]),
    (doc(), [op("add", "/spec/ports/0", 1)]),
    (doc(), [op("add", "/spec/ports/2", 1)]),
    (doc(), [op("add", "/spec/ports/3", 1)]),
    (doc(), [op("add", "/spec/ports/-", 1)]),
    (doc(), [op("add", "/spec/ports/01", 1)]),
    (doc(), [op("add", "/spec/ports/-1", 1)]),
    (doc(), [op("add", "/spec/ports/²", 1)]),
    (doc(), [op("add", "/spec/ports/ 1", 1)]),
    (doc(), [op("add", "/spec/ports/1e0", 1)]),
    (doc(), [op("add", "/spec/ports/99999999999999999999", 1)]),
    (doc(), [op("add", "/missing/child", 1)]),
    (doc(), [op("add", "/name/child", 1)]),
    (doc(), [op("add", "/n/child", 1)]),
    (doc(), [op("add", "/f/child", 1)]),
    (doc(), [op("add", "", {"whole": "new"})]),
    (doc(), [op("add", "", None)]),
    (doc(), [op("add", "/", "empty key at root")]),
    (doc(), [op("add", "/a~1b/", "empty key again")]),
    (doc(), [op("add", "/a~1b/~0c", 2), op("add", "/a~01b", 3), op("add", "/x~2y", 4)]),
    (doc(), [op("add", "/ünï/-", 1)]),
    (doc(), [op("add", "/ünï", "ç€")]),
    (doc(), [op("add", "/spec/env/1/k", "Z")]),
    (doc(), [op("add", "/spec/env/-/k", "Z")]),
    (doc(), [op("add", "/new")]),
    # values must be copied: later operations change the added value
    (doc(), [op("add", "/copy", SHARED_VALUE), op("add", "/copy/deep/-", 2), op("replace", "/copy/deep/1/x", 9)]),
    (doc(), [op("add", "/one", SHARED_VALUE), op("add", "/two", SHARED_VALUE), op("remove", "/one/deep/0")]),
    (doc(), [op("replace", "/spec", SHARED_VALUE), op("add", "/spec/deep/1/y", 3)]),
    (doc(), [op("add", "", SHARED_VALUE), op("add", "/deep/1/z", 3), op("remove", "/deep/0")]),
    (doc(), [op("test", "/f", 1.5), op("add", "/v", [SHARED_LIST, SHARED_LIST]), op("add", "/v/0/-", 3)]),
    # aliasing inside the document is kept
    (SHARED_DOC, [op("add", "/a/-", 3)]),
    (SHARED_DOC, [op("add", "/a/-", 3), op("remove", "/b/0"), op("replace", "/c/d/0", 7)]),
    (SHARED_DOC, [op("copy", "/e", frm="/a"), op("add", "/e/-", 9)]),
    (SHARED_DOC, [op("move", "/e", frm="/a"), op("add", "/e/-", 9)]),
    # remove
    (doc(), [op("remove", "/name")]),
    (doc(), [op("remove", "/spec/ports/0"), op("remove", "/spec/ports/0")]),
    (doc(), [op("remove", "/spec/ports/0"), op("remove", "/spec/ports/0"), op("remove", "/spec/ports/0")]),
    (doc(), [op("remove", "/spec/ports/-")]),
    (doc(), [op("remove", "/spec/ports/2")]),
    (doc(), [op("remove", "")]),
    (doc(), [op("remove", "/missing")]),
    (doc(), [op("remove", "/n")]),
    (doc(), [op("remove", "/a~1b/")]),
    (doc(), [op("remove", "/name/x")]),
    # replace
    (doc(), [op("replace", "/spec/replicas", 5)]),
    (doc(), [op("replace", "/spec/ports/1", 8443)]),
    (doc(), [op("replace", "/spec/ports/2", 8443)]),
    (doc(), [op("replace", "/spec/ports/-", 8443)]),
    (doc(), [op("replace", "/missing", 1)]),
    (doc(), [op("replace", "", [1, 2])]),
    (doc(), [op("replace", "", [1, 2]), op("replace", "/1", 3)]),
    (doc(), [op("replace", "/spec/replicas")]),
    (doc(), [op("replace", "/n", {"now": "set"})]),
    # move
    (doc(), [op("move", "/renamed", frm="/name")]),
    (doc(), [op("move", "/spec/ports/0", frm="/spec/ports/1")]),
    (doc(), [op("move", "/spec/ports/-", frm="/spec/ports/0")]),
    (doc(), [op("move", "/spec/ports/1", frm="/spec/ports/0")]),
    (doc(), [op("move", "/spec/ports/2", frm="/spec/ports/0")]),
    (doc(), [op("move", "/spec/inner", frm="/spec")]),
    (doc(), [op("move", "/spec", frm="/spec")]),
    (doc(), [op("move", "/missing", frm="/missing")]),
    (doc(), [op("move", "/specs", frm="/spec")]),
    (doc(), [op("move", "", frm="/spec")]),
    (doc(), [op("move", "", frm="")]),
    (doc(), [op("move", "/x", frm="")]),
    (doc(), [op("move", "/x", frm="/nope")]),
    (doc(), [op("move", "/x")]),
    (doc(), [op("move", "/flags/z", frm="/flags/x"), op("move", "/flags/x", frm="/flags/z")]),
    # copy
    (doc(), [op("copy", "/spec2", frm="/spec"), op("add", "/spec2/ports/-", 1), op("remove", "/spec/env/0")]),
    (doc(), [op("copy", "/spec/inner", frm="/spec"), op("add", "/spec/inner/ports/-", 1)]),
    (doc(), [op("copy", "", frm="/spec")]),
    (doc(), [op("copy", "/all", frm=""), op("add", "/all/name", "changed")]),
    (doc(), [op("copy", "/x", frm="/missing")]),
    (doc(), [op("copy", "/spec/ports/5", frm="/name")]),
    (doc(), [op("copy", "/x")]),
    # test
    (doc(), [op("test", "/name", "svc")]),
    (doc(), [op("test", "/name", "SVC")]),
    (doc(), [op("test", "/spec/replicas", 2.0)]),
    (doc(), [op("test", "/flags/x", 1)]),
    (doc(), [op("test", "/n", None)]),
    (doc(), [op("test", "/missing", None)]),
    (doc(), [op("test", "/spec/ports", [80, 443])]),
    (doc(), [op("test", "/spec/ports", (80, 443))]),
    (doc(), [op("test", "", doc())]),
    (doc(), [op("test", "/name")]),
    # a failure part-way through
    (doc(), [op("add", "/x", 1), op("replace", "/spec/replicas", 3), op("test", "/x", 2), op("add", "/y", 1)]),
    (doc(), [op("remove", "/spec"), op("add", "/spec/replicas", 3)]),
    # malformed operations
    (doc(), [{"path": "/name"}]),
    (doc(), [{"op": "add", "value": 1}]),
    (doc(), [{"op": "ADD", "path": "/x", "value": 1}]),
    (doc(), [{"op": "add", "path": "name", "value": 1}]),
    (doc(), [{"op": "add", "path": None, "value": 1}]),
    (doc(), [{"op": "add", "path": 5, "value": 1}]),
    (doc(), [{"op": "move", "path": "/x", "from": "name"}]),
    (doc(), [{"op": "move", "path": "/x", "from": None}]),
    (doc(), [{"op": "remove", "path": "/name", "value": "ignored", "extra": True}]),
    (doc(), [None]),
    (doc(), [["add", "/x", 1]]),
    (doc(), ["add"]),
    (doc(), None),
    # documents that are not objects
    ([1, [2, 3]], [op("add", "/1/0", 9), op("remove", "/0"), op("replace", "/0/1", "x")]),
    ([1, (2, 3)], [op("add", "/1/0", 9)]),
    ({"t": (1, 2)}, [op("remove", "/t/0")]),
    ({1: "int key"}, [op("remove", "/1")]),
    ("scalar", [op("add", "/x", 1)]),
    ("scalar", [op("replace", "", "other")]),
    (None, [op("test", "", None), op("add", "", {})]),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(apply_patch, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(apply_patch, reference, patch=[op("add", "/x", [1]), op("add", "/x/-", 2)], document=doc())


def test_caller_document_and_patch_are_untouched() -> None:
    document, patch = doc(), [op("add", "/spec/ports/-", 1), op("add", "/v", SHARED_VALUE), op("add", "/v/deep/-", 5)]
    before = copy.deepcopy((document, patch))
    result = apply_patch(document, patch)
    assert (document, patch) == before
    result["v"]["deep"].append(6)
    assert (document, patch) == before


def _random_value(rng, depth):
    kind = rng.random()
    if depth > 2 or kind < 0.4:
        return rng.choice([0, 1, -1, 2.5, True, False, None, "", "x", "ü", 10 ** 20])
    if kind < 0.7:
        return [_random_value(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    return {rng.choice(["a", "b", "c", "a/b", "~", "d~e", ""]): _random_value(rng, depth + 1) for _ in range(rng.randint(0, 4))}


def _paths(value, prefix=""):
    yield prefix
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _paths(child, prefix + "/" + key.replace("~", "~0").replace("/", "~1"))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _paths(child, f"{prefix}/{index}")


def _random_cases():
    rng = random.Random(6901)
    for _ in range(180):
        document = {"root": _random_value(rng, 0), "list": [_random_value(rng, 1) for _ in range(rng.randint(0, 4))]}
        patch = []
        state = document
        for _ in range(rng.randint(0, 8)):
            paths = list(_paths(state))
            path = rng.choice(paths)
            if rng.random() < 0.1:
                path += rng.choice(["/zz", "/9", "/-", "/0"])
            name = rng.choice(["add", "add", "remove", "replace", "move", "copy", "test"])
            operation = {"op": name, "path": path}
            if name in ("add", "replace", "test"):
                operation["value"] = _random_value(rng, 1)
            if name == "add" and rng.random() < 0.5:
                operation["path"] = rng.choice([p for p in paths if p] or [""]) + rng.choice(["/-", "/new", "/0", "/1"])
            if name in ("move", "copy"):
                operation["from"] = rng.choice(paths)
            if name == "test" and rng.random() < 0.5:
                try:
                    operation["value"] = copy.deepcopy(resolve(state, parse_pointer(path)))
                except PatchError:
                    pass
            try:
                state = apply_operation(state, operation)
            except PatchError:
                if rng.random() < 0.2:
                    patch.append(operation)
                    break
                continue
            patch.append(operation)
        yield document, patch


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(apply_patch, reference, *case)


def test_large_manifest() -> None:
    rng = random.Random(44)
    document = {"spec": {"containers": [{"name": f"c{n}", "env": [{"name": f"V{k}", "value": str(k)} for k in range(40)]}
                                        for n in range(4)], "flags": {f"f{k}": k % 2 == 0 for k in range(80)}}}
    patch = []
    for n in range(4):
        for k in range(0, 40, 2):
            patch.append(op("replace", f"/spec/containers/{n}/env/{k}/value", f"prod-{rng.randint(0, 99)}"))
        patch.append(op("add", f"/spec/containers/{n}/env/-", {"name": "ENV", "value": "prod"}))
        patch.append(op("remove", f"/spec/containers/{n}/env/1"))
    patch += [op("copy", "/spec/containers/-", frm="/spec/containers/0"), op("move", "/spec/flags/g0", frm="/spec/flags/f0"),
              op("test", "/spec/flags/g0", True)]
    assert_same(apply_patch, reference, document, patch)
