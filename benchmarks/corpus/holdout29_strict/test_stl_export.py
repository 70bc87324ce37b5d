"""Strict equivalence tests for binary_stl (never shown to wattlens)."""

from __future__ import annotations

import math
import random
import struct
from types import SimpleNamespace

import pytest
from strict_support import assert_same
from stl_export.mesh import Mesh
from stl_export.stl import binary_stl

TARGET = "stl_export/stl.py:binary_stl"


# --- verbatim copy of the original implementation and its helpers -----------------------------

def _ref_facet_normal(a, b, c):
    ux, uy, uz = b[0] - a[0], b[1] - a[1], b[2] - a[2]
    vx, vy, vz = c[0] - a[0], c[1] - a[1], c[2] - a[2]
    nx, ny, nz = uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx
    length = math.sqrt(nx * nx + ny * ny + nz * nz)
    if length == 0:
        return (0.0, 0.0, 0.0)
    return (nx / length, ny / length, nz / length)


def reference(mesh, header=""):
    encoded = header.encode("ascii")
    if len(encoded) > 80:
        raise ValueError("the STL header holds at most 80 bytes")
    if header.lower().startswith("solid"):
        raise ValueError('a binary STL header must not start with "solid"')
    data = encoded.ljust(80, b"\0") + struct.pack("<I", len(mesh.faces))
    count = len(mesh.vertices)
    for number, face in enumerate(mesh.faces):
        if len(face) != 3:
            raise ValueError(f"face {number} has {len(face)} vertices")
        for index in face:
            if not 0 <= index < count:
                raise ValueError(f"face {number} refers to missing vertex {index}")
        a, b, c = (mesh.vertices[index] for index in face)
        data += struct.pack("<12fH", *_ref_facet_normal(a, b, c), *a, *b, *c, 0)
    return data


# --- cases -------------------------------------------------------------------------------

TRI_V = [(0.0, 0.0, 0.0), (1.0, 0.0, 0.0), (0.0, 1.0, 0.0)]
SQUARE_V = [(0.0, 0.0, 0.0), (1.0, 0.0, 0.0), (1.0, 1.0, 0.0), (0.0, 1.0, 0.0)]
TET_V = [(0.0, 0.0, 0.0), (10.0, 0.0, 0.0), (0.0, 10.0, 0.0), (0.0, 0.0, 10.0)]
TET_F = [(0, 2, 1), (0, 1, 3), (1, 2, 3), (0, 3, 2)]


def M(vertices, faces, name="part"):
    return Mesh(name, list(vertices), list(faces))


CASES = [
    (M([], []),),
    (M([], []), ""),
    (M([], []), "x" * 80),
    (M([], []), "x" * 81),
    (M([], []), "solid"),
    (M([], []), "SOLID part"),
    (M([], []), "Solid"),
    (M([], []), " solid"),
    (M([], []), "solidity" * 11),
    (M([], []), "s\u00f3lid"),
    (M([], []), "caf\u00e9"),
    (M([], []), "\x00\x01\x7f"),
    (M([], []), "order 12\n"),
    (M([], []), "\u017f" + "olid"),
    (M([], []), "\u0130"),
    (M([], []), None),
    (M([], []), b"bytes header"),
    (M([], []), 42),
    (M(TRI_V, [(0, 1, 2)]),),
    (M(TRI_V, [(0, 1, 2)]), "order 9"),
    (M(TRI_V, [(0, 2, 1)]),),
    (M(TRI_V, [[0, 1, 2]]),),
    (M(TRI_V, [(0, 1, 2), (0, 1, 2), (2, 1, 0)]),),
    (M(TRI_V, [(0, 0, 0)]),),
    (M(TRI_V, [(0, 1, 1)]),),
    (M(TRI_V, [(0, 1, 3)]),),
    (M(TRI_V, [(0, 1, -1)]),),
    (M(TRI_V, [(0, 1)]),),
    (M(TRI_V, [(0, 1, 2, 0)]),),
    (M(TRI_V, [()]),),
    (M(TRI_V, [(0, 1, 2), (0, 1, 5)]),),
    (M(TRI_V, [(0, 1, 2), (0, 1)]),),
    (M(TRI_V, [(0, 1, 5), (0, 1)]),),
    (M(TRI_V, [(0, 1, 2.0)]),),
    (M(TRI_V, [(0, 1, 1.5)]),),
    (M(TRI_V, [(False, True, 2)]),),
    (M(TRI_V, [(0, 1, "2")]),),
    (M(TRI_V, [(0, 1, None)]),),
    (M(TRI_V, [None]),),
    (M(TRI_V, ["012"]),),
    (M(TRI_V, [(0, 1, 2)]), "solid"),
    (M(TRI_V, [(0, 1, 5)]), "solid"),
    (M(TRI_V, [(0, 1, 5)]), "x" * 90),
    (M([], [(0, 1, 2)]),),
    (M(SQUARE_V, [(0, 1, 2), (0, 2, 3)]),),
    (M(TET_V, TET_F),),
    (M(TET_V, TET_F), "tetra " * 13),
    (Mesh("t", tuple(TET_V), tuple(TET_F)),),
    (M([[0, 0, 0], [1, 0, 0], [0, 1, 0]], [(0, 1, 2)]),),
    (M([(0, 0, 0), (1, 0, 0), (0, 1, 0)], [(0, 1, 2)]),),
    (M([(0, 0, 0), (True, 0, 0), (0, 1.5, False)], [(0, 1, 2)]),),
    (M([(0.1, 0.2, 0.3), (1e-40, 0.0, 0.0), (0.0, 1e-45, 0.0)], [(0, 1, 2)]),),
    (M([(0.0, 0.0, 0.0), (1e-30, 0.0, 0.0), (0.0, 1e-30, 0.0)], [(0, 1, 2)]),),
    (M([(0.0, 0.0, 0.0), (3e38, 0.0, 0.0), (0.0, 3e38, 0.0)], [(0, 1, 2)]),),
    (M([(0.0, 0.0, 0.0), (1e39, 0.0, 0.0), (0.0, 1.0, 0.0)], [(0, 1, 2)]),),
    (M([(0.0, 0.0, 0.0), (1e200, 0.0, 0.0), (0.0, 1e200, 0.0)], [(0, 1, 2)]),),
    (M([(0.0, 0.0, 0.0), (float("inf"), 0.0, 0.0), (0.0, 1.0, 0.0)], [(0, 1, 2)]),),
    (M([(0.0, 0.0, 0.0), (float("nan"), 0.0, 0.0), (0.0, 1.0, 0.0)], [(0, 1, 2)]),),
    (M([(0, 0, 0), (10 ** 400, 0, 0), (0, 1, 0)], [(0, 1, 2)]),),
    (M([(0, 0, 0), (10 ** 20, 0, 0), (0, 10 ** 20, 0)], [(0, 1, 2)]),),
    (M([(-0.0, 0.0, -0.0), (1.0, -0.0, 0.0), (0.0, 1.0, -0.0)], [(0, 1, 2)]),),
    (M([(0.0, 0.0), (1.0, 0.0), (0.0, 1.0)], [(0, 1, 2)]),),
    (M([(0.0, 0.0, 0.0, 1.0), (1.0, 0.0, 0.0, 1.0), (0.0, 1.0, 0.0, 1.0)], [(0, 1, 2)]),),
    (M([(0.0, 0.0, 0.0), ("1", 0.0, 0.0), (0.0, 1.0, 0.0)], [(0, 1, 2)]),),
    (M([None, None, None], [(0, 1, 2)]),),
    (M(TRI_V, []), "solid"),
    (SimpleNamespace(name="ns", vertices=TRI_V, faces=[(0, 1, 2)]),),
    (SimpleNamespace(vertices=TRI_V, faces=[(0, 1, 2)]), "bureau"),
    (SimpleNamespace(vertices=TRI_V),),
    (SimpleNamespace(faces=[]),),
    (SimpleNamespace(faces=[(0, 1, 2)]),),
    (None,),
    ([TRI_V, [(0, 1, 2)]],),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(binary_stl, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(binary_stl, reference, mesh=M(TET_V, TET_F), header="kw")
    assert_same(binary_stl, reference, M(TET_V, TET_F), header="solid")


def _random_cases():
    rng = random.Random(29041)
    headers = ["", "order 1", "print bureau order-7101", "x" * 80, "x" * 81, "solid part", "Solidworks export",
               "\u00e9t\u00e9", "  ", "\x00"]
    for _ in range(230):
        vertices = []
        for _ in range(rng.randint(0, 40)):
            vertex = tuple(round(rng.uniform(-200, 200), rng.choice([0, 2, 6])) for _ in range(3))
            if rng.random() < 0.05:
                vertex = tuple(int(value) for value in vertex)
            vertices.append(vertex)
        faces = []
        for _ in range(rng.randint(0, 90)):
            limit = max(len(vertices) - 1, 0)
            face = (rng.randint(0, limit), rng.randint(0, limit), rng.randint(0, limit))
            roll = rng.random()
            if roll < 0.01:
                face = face[:2]
            elif roll < 0.02:
                face = (face[0], face[1], len(vertices))
            elif roll < 0.025:
                face = (face[0], -1, face[2])
            faces.append(face if rng.random() < 0.9 else list(face))
        header = rng.choice(headers) if rng.random() < 0.6 else ""
        yield (M(vertices, faces, f"p{rng.randint(1, 99)}"), header)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(binary_stl, reference, *case)


def test_tessellated_part() -> None:
    """A realistic customer part: a 96 x 32 torus (6,144 facets) in millimetres."""
    rings, sides, major, minor = 96, 32, 42.5, 7.25
    vertices, faces = [], []
    for i in range(rings):
        u = 2 * math.pi * i / rings
        for j in range(sides):
            v = 2 * math.pi * j / sides
            radius = major + minor * math.cos(v)
            vertices.append((round(radius * math.cos(u), 4), round(radius * math.sin(u), 4), round(minor * math.sin(v), 4)))
    for i in range(rings):
        for j in range(sides):
            a, b = i * sides + j, ((i + 1) % rings) * sides + j
            c, d = ((i + 1) % rings) * sides + (j + 1) % sides, i * sides + (j + 1) % sides
            faces.extend([(a, b, c), (a, c, d)])
    assert_same(binary_stl, reference, M(vertices, faces, "gasket"), "print bureau order-7150")
