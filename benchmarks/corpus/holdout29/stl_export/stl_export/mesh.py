"""Triangle meshes, as loaded from the customers' Wavefront OBJ uploads."""

from __future__ import annotations

from dataclasses import dataclass, field

Vertex = tuple[float, float, float]
Face = tuple[int, int, int]


@dataclass
class Mesh:
    """A named triangle mesh: vertex coordinates in millimetres and faces as triples of
    0-based vertex indices, counter-clockwise when seen from outside."""

    name: str
    vertices: list[Vertex] = field(default_factory=list)
    faces: list[Face] = field(default_factory=list)


def load_obj(name: str, text: str) -> Mesh:
    """Read the "v" and "f" records of an OBJ file; other records are ignored.

    Face corners may be written "i", "i/t" or "i/t/n" with 1-based or negative (relative)
    indices; polygons with more than three corners are split into a fan of triangles.
    Raises ``ValueError`` for a malformed record or an index that does not name a vertex.
    """
    mesh = Mesh(name)
    for number, raw in enumerate(text.splitlines(), start=1):
        fields = raw.split()
        if not fields or fields[0].startswith("#"):
            continue
        if fields[0] == "v":
            if len(fields) < 4:
                raise ValueError(f"line {number}: a vertex needs three coordinates")
            x, y, z = (float(value) for value in fields[1:4])
            mesh.vertices.append((x, y, z))
        elif fields[0] == "f":
            if len(fields) < 4:
                raise ValueError(f"line {number}: a face needs at least three corners")
            corners = []
            for corner in fields[1:]:
                index = int(corner.split("/")[0])
                resolved = index - 1 if index > 0 else len(mesh.vertices) + index
                if not 0 <= resolved < len(mesh.vertices) or index == 0:
                    raise ValueError(f"line {number}: no vertex {index}")
                corners.append(resolved)
            for second in range(1, len(corners) - 1):
                mesh.faces.append((corners[0], corners[second], corners[second + 1]))
    return mesh
