import pytest

from patchdoc.patch import apply_operation, apply_patch
from patchdoc.pointer import PatchError, parse_pointer, resolve

DOC = {"name": "svc", "spec": {"replicas": 2, "ports": [80, 443]}, "a/b": {"~c": 1}}


def test_parse_pointer() -> None:
    assert parse_pointer("") == []
    assert parse_pointer("/a~1b/~0c") == ["a/b", "~c"]
    with pytest.raises(PatchError):
        parse_pointer("spec")


def test_resolve() -> None:
    assert resolve(DOC, ["spec", "ports", "1"]) == 443
    with pytest.raises(PatchError):
        resolve(DOC, ["spec", "ports", "01"])


def test_add_replace_remove() -> None:
    patched = apply_patch(DOC, [{"op": "add", "path": "/spec/ports/-", "value": 8080},
                                {"op": "replace", "path": "/spec/replicas", "value": 5},
                                {"op": "remove", "path": "/a~1b/~0c"}])
    assert patched == {"name": "svc", "spec": {"replicas": 5, "ports": [80, 443, 8080]}, "a/b": {}}


def test_input_is_not_modified() -> None:
    before = {"spec": {"ports": [80]}}
    apply_patch(before, [{"op": "add", "path": "/spec/ports/0", "value": 1}])
    assert before == {"spec": {"ports": [80]}}


def test_move_and_copy() -> None:
    patched = apply_patch(DOC, [{"op": "move", "from": "/spec/ports/0", "path": "/spec/ports/-"},
                                {"op": "copy", "from": "/spec", "path": "/backup"}])
    assert patched["spec"]["ports"] == [443, 80]
    assert patched["backup"] == patched["spec"] and patched["backup"] is not patched["spec"]


def test_failed_test_operation() -> None:
    with pytest.raises(PatchError):
        apply_patch(DOC, [{"op": "test", "path": "/name", "value": "other"}])


def test_errors() -> None:
    with pytest.raises(PatchError):
        apply_operation(DOC, {"op": "remove", "path": "/missing"})
    with pytest.raises(PatchError):
        apply_operation(DOC, {"op": "move", "from": "/spec", "path": "/spec/inner"})
    with pytest.raises(PatchError):
        apply_operation(DOC, {"op": "frobnicate", "path": "/name"})


def test_whole_document() -> None:
    assert apply_patch(DOC, [{"op": "replace", "path": "", "value": [1]}, {"op": "add", "path": "/0", "value": 0}]) == [0, 1]
