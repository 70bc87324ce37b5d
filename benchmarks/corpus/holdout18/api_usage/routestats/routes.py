"""Route templates from the API's OpenAPI description, and matching request paths to them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

PARAMETER = re.compile(r"\{(\w+)(?::(int|uuid|slug|path))?\}")
CONVERTERS = {
    None: r"[^/]+",
    "int": r"\d+",
    "uuid": r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
    "slug": r"[a-z0-9]+(?:-[a-z0-9]+)*",
    "path": r".+",
}


@dataclass(frozen=True)
class Route:
    method: str  # an HTTP method, or "*" for any
    template: str  # e.g. "/v2/customers/{customer_id:int}/orders"
    name: str  # the operationId


def template_regex(template: str) -> str:
    """Regular expression source for a template; a trailing slash on the request is allowed."""
    pattern = "^"
    position = 0
    for parameter in PARAMETER.finditer(template):
        pattern += re.escape(template[position:parameter.start()])
        pattern += f"(?P<{parameter.group(1)}>{CONVERTERS[parameter.group(2)]})"
        position = parameter.end()
    return pattern + re.escape(template[position:]) + "/?$"


def match_route(method: str, path: str, routes: Sequence[Route]) -> Route | None:
    """The first route, in declaration order, whose method and template match the request."""
    for route in routes:
        if route.method != method and route.method != "*":
            continue
        if re.match(template_regex(route.template), path):
            return route
    return None
