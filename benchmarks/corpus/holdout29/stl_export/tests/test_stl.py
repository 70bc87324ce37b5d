import struct

import pytest

from stl_export.geometry import bounding_box, facet_normal, volume
from stl_export.mesh import Mesh, load_obj
from stl_export.stl import ascii_stl, binary_stl

CUBE_OBJ = """# unit cube
v 0 0 0
v 1 0 0
v 1 1 0
v 0 1 0
v 0 0 1
v 1 0 1
v 1 1 1
v 0 1 1
f 1 4 3 2
f 5 6 7 8
f 1 2 6 5
f 2/1 3/1 7/1 6/1
f 3//1 4//1 8//1 7//1
f -8 -4 -1 -5
"""


def test_load_obj_triangulates() -> None:
    mesh = load_obj("cube", CUBE_OBJ)
    assert len(mesh.vertices) == 8 and len(mesh.faces) == 12
    assert mesh.faces[0] == (0, 3, 2) and mesh.faces[1] == (0, 2, 1)
    assert mesh.faces[-2:] == [(0, 4, 7), (0, 7, 3)]
    with pytest.raises(ValueError):
        load_obj("bad", "v 0 0 0\nf 1 2 3\n")


def test_geometry() -> None:
    mesh = load_obj("cube", CUBE_OBJ)
    assert facet_normal((0, 0, 0), (1, 0, 0), (0, 1, 0)) == (0.0, 0.0, 1.0)
    assert facet_normal((0, 0, 0), (1, 1, 1), (2, 2, 2)) == (0.0, 0.0, 0.0)
    assert bounding_box(mesh) == ((0.0, 0.0, 0.0), (1.0, 1.0, 1.0))
    assert volume(mesh) == pytest.approx(1.0)


def test_binary_layout() -> None:
    mesh = Mesh("tri", [(0.0, 0.0, 0.0), (1.0, 0.0, 0.0), (0.0, 1.0, 0.0)], [(0, 1, 2)])
    data = binary_stl(mesh, "bureau order 1234")
    assert len(data) == 84 + 50
    assert data[:17] == b"bureau order 1234" and data[17:80] == bytes(63)
    assert struct.unpack("<I", data[80:84]) == (1,)
    assert struct.unpack("<12fH", data[84:]) == (0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0)


def test_binary_rejects_bad_input() -> None:
    mesh = Mesh("tri", [(0.0, 0.0, 0.0), (1.0, 0.0, 0.0), (0.0, 1.0, 0.0)], [(0, 1, 3)])
    with pytest.raises(ValueError):
        binary_stl(mesh)
    with pytest.raises(ValueError):
        binary_stl(Mesh("x"), "Solid part")
    with pytest.raises(ValueError):
        binary_stl(Mesh("x"), "x" * 81)


def test_ascii() -> None:
    text = ascii_stl(Mesh("tri", [(0.0, 0.0, 0.0), (1.0, 0.0, 0.0), (0.0, 1.0, 0.0)], [(0, 1, 2)]))
    assert text.startswith("solid tri\n  facet normal 0.000000e+00 0.000000e+00 1.000000e+00\n")
    assert text.endswith("endsolid tri\n")
