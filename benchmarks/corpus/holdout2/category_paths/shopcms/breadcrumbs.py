"""Breadcrumbs for a web shop's category tree."""

from __future__ import annotations

from typing import Any


def find_category(categories: list[dict[str, Any]], category_id: Any) -> dict[str, Any]:
    """The first category with this id; KeyError when there is none."""
    for category in categories:
        if category["id"] == category_id:
            return category
    raise KeyError(category_id)


def category_paths(categories: list[dict[str, Any]], *, sep: str = " > ") -> dict[Any, str]:
    """The breadcrumb of every category: names from its top-level ancestor down to it.

    Each category is a dict with "id", "name" and "parent" (the parent's id, or None for
    a top-level category). When several categories share an id, the first one in the list
    is the one that counts, both for its own breadcrumb and as a parent. Returns
    {id: breadcrumb} with one entry per distinct id, in order of first appearance.
    Raises KeyError for a missing key or a parent id that no category has, and
    ValueError when following parents leads round in a cycle.
    """
    paths: dict[Any, str] = {}
    for category in categories:
        if category["id"] in paths:
            continue
        names: list[str] = []
        visited: list[Any] = []
        node = category
        while True:
            if node["id"] in visited:
                raise ValueError(f"category {node['id']!r} is its own ancestor")
            visited.append(node["id"])
            names.append(node["name"])
            if node["parent"] is None:
                break
            node = find_category(categories, node["parent"])
        paths[category["id"]] = sep.join(reversed(names))
    return paths
