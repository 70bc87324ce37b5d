"""Geometry of triangle meshes: facet normals, bounding boxes and enclosed volume."""

from __future__ import annotations

import math
from typing import Sequence

from stl_export.mesh import Mesh


def facet_normal(a: Sequence[float], b: Sequence[float], c: Sequence[float]) -> tuple[float, float, float]:
    """Unit normal of triangle a-b-c by the right-hand rule; (0, 0, 0) for a degenerate one."""
    ux, uy, uz = b[0] - a[0], b[1] - a[1], b[2] - a[2]
    vx, vy, vz = c[0] - a[0], c[1] - a[1], c[2] - a[2]
    nx, ny, nz = uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx
    length = math.sqrt(nx * nx + ny * ny + nz * nz)
    if length == 0:
        return (0.0, 0.0, 0.0)
    return (nx / length, ny / length, nz / length)


def bounding_box(mesh: Mesh) -> tuple[tuple[float, float, float], tuple[float, float, float]]:
    """The (minimum, maximum) corners of the mesh's axis-aligned bounding box.

    Raises ``ValueError`` for a mesh without vertices.
    """
    if not mesh.vertices:
        raise ValueError(f"{mesh.name}: no vertices")
    xs, ys, zs = zip(*mesh.vertices)
    return (min(xs), min(ys), min(zs)), (max(xs), max(ys), max(zs))


def volume(mesh: Mesh) -> float:
    """Volume enclosed by a closed, consistently oriented mesh (signed tetrahedra), in mm^3."""
    total = 0.0
    for i, j, k in mesh.faces:
        (ax, ay, az), (bx, by, bz), (cx, cy, cz) = mesh.vertices[i], mesh.vertices[j], mesh.vertices[k]
        total += ax * (by * cz - bz * cy) - ay * (bx * cz - bz * cx) + az * (bx * cy - by * cx)
    return total / 6
