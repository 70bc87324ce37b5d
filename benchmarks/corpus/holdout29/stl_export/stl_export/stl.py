"""STL output for the print farm's slicers."""

from __future__ import annotations

import struct

from stl_export.geometry import facet_normal
from stl_export.mesh import Mesh


def binary_stl(mesh: Mesh, header: str = "") -> bytes:
    """The mesh as a binary STL file.

    The file starts with an 80-byte header holding ``header`` in ASCII, padded with NUL bytes,
    and the facet count as a little-endian 32-bit integer. Each facet follows as the unit normal
    (right-hand rule over the face's vertex order, zero for a degenerate face) and its three
    vertices, all little-endian 32-bit floats, and a zero attribute byte count.

    Raises ``ValueError`` for a header that is longer than 80 bytes or starts with "solid" (in
    any case; readers would take the file for ASCII STL), ``UnicodeEncodeError`` for a header
    that is not ASCII, and ``ValueError`` for a face that does not have three vertex indices or
    refers to a vertex that does not exist.
    """
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
        data += struct.pack("<12fH", *facet_normal(a, b, c), *a, *b, *c, 0)
    return data


def ascii_stl(mesh: Mesh) -> str:
    """The mesh as an ASCII STL solid named after the mesh (for eyeballing small parts)."""
    lines = [f"solid {mesh.name}"]
    for i, j, k in mesh.faces:
        a, b, c = mesh.vertices[i], mesh.vertices[j], mesh.vertices[k]
        lines.append("  facet normal {:e} {:e} {:e}".format(*facet_normal(a, b, c)))
        lines.append("    outer loop")
        for vertex in (a, b, c):
            lines.append("      vertex {:e} {:e} {:e}".format(*vertex))
        lines.append("    endloop")
        lines.append("  endfacet")
    lines.append(f"endsolid {mesh.name}")
    return "\n".join(lines) + "\n"
