"""Strict equivalence tests for endpoint_usage (never shown to wattlens)."""

from __future__ import annotations

import math
import random
import re
from dataclasses import dataclass
from urllib.parse import unquote

import pytest
from strict_support import assert_same
from routestats.routes import Route
from routestats.usage import endpoint_usage

TARGET = "routestats/usage.py:endpoint_usage"

PARAMETER = re.compile(r"\{(\w+)(?::(int|uuid|slug|path))?\}")
CONVERTERS = {
    None: r"[^/]+",
    "int": r"\d+",
    "uuid": r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
    "slug": r"[a-z0-9]+(?:-[a-z0-9]+)*",
    "path": r".+",
}


def template_regex(template):
    pattern = "^"
    position = 0
    for parameter in PARAMETER.finditer(template):
        pattern += re.escape(template[position:parameter.start()])
        pattern += f"(?P<{parameter.group(1)}>{CONVERTERS[parameter.group(2)]})"
        position = parameter.end()
    return pattern + re.escape(template[position:]) + "/?$"


def match_route(method, path, routes):
    for route in routes:
        if route.method != method and route.method != "*":
            continue
        if re.match(template_regex(route.template), path):
            return route
    return None


LINE = re.compile(
    r'(?P<client>\S+) \S+ \S+ \[(?P<time>[^\]]+)\] "(?P<method>[A-Z]+) (?P<target>\S+) HTTP/[\d.]+" '
    r'(?P<status>\d{3}) (?P<size>\d+|-) "[^"]*" "[^"]*" (?P<seconds>\d+(?:\.\d+)?)$'
)


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    status: int
    seconds: float


def parse_line(line):
    found = LINE.match(line.rstrip("\r\n"))
    if found is None:
        return None
    path = unquote(found["target"].split("?", 1)[0])
    return Request(found["method"], path, int(found["status"]), float(found["seconds"]))


def percentile(ordered, percent):
    return ordered[max(0, math.ceil(percent / 100 * len(ordered)) - 1)]


def reference(lines, routes):
    collected = {}
    unmatched = malformed = 0
    for line in lines:
        request = parse_line(line)
        if request is None:
            malformed += 1
            continue
        route = match_route(request.method, request.path, routes)
        if route is None:
            unmatched += 1
            continue
        entry = collected.setdefault(f"{route.method} {route.template}",
                                     {"name": route.name, "requests": 0, "errors": 0, "latencies": []})
        entry["requests"] += 1
        if request.status >= 500:
            entry["errors"] += 1
        entry["latencies"].append(request.seconds)
    endpoints = {}
    for key, entry in collected.items():
        ordered = sorted(entry["latencies"])
        endpoints[key] = {
            "name": entry["name"],
            "requests": entry["requests"],
            "error_rate": round(entry["errors"] / entry["requests"], 4),
            "p50": percentile(ordered, 50),
            "p95": percentile(ordered, 95),
            "max": ordered[-1],
        }
    return {"endpoints": endpoints, "unmatched": unmatched, "malformed": malformed}


def log(method, target, status=200, seconds="0.050", size="512"):
    return f'10.0.0.1 - - [12/Mar/2024:10:00:00 +0000] "{method} {target} HTTP/1.1" {status} {size} "-" "curl/8.4" {seconds}'


ROUTES = [
    Route("GET", "/health", "health"),
    Route("GET", "/v2/customers", "list_customers"),
    Route("POST", "/v2/customers", "create_customer"),
    Route("GET", "/v2/customers/{customer_id:int}", "get_customer"),
    Route("GET", "/v2/customers/{name}", "find_customer"),
    Route("DELETE", "/v2/customers/{customer_id:int}", "delete_customer"),
    Route("GET", "/v2/customers/{customer_id:int}/orders/{order_id:int}", "get_customer_order"),
    Route("GET", "/v2/exports/{export_id:uuid}", "get_export"),
    Route("GET", "/v2/products/by-slug/{slug:slug}", "product_by_slug"),
    Route("GET", "/v2/files/{key:path}", "get_file"),
    Route("*", "/v1/{rest:path}", "legacy"),
]
UUID = "123e4567-e89b-12d3-a456-426614174000"

CASES = [
    ([], ROUTES),
    ((), ()),
    ([log("GET", "/health")], []),
    ([log("GET", "/health")], ROUTES),
    ([log("GET", "/health/")], ROUTES),
    ([log("GET", "/health//")], ROUTES),
    ([log("GET", "/HEALTH")], ROUTES),
    ([log("GET", "/health?verbose=1"), log("GET", "/health?"), log("GET", "/health#frag")], ROUTES),
    ([log("GET", "/v2/customers/42"), log("GET", "/v2/customers/bob"), log("DELETE", "/v2/customers/42"),
      log("DELETE", "/v2/customers/bob"), log("POST", "/v2/customers"), log("PUT", "/v2/customers")], ROUTES),
    ([log("GET", "/v2/customers/42/orders/7"), log("GET", "/v2/customers/42/orders/x")], ROUTES),
    ([log("GET", f"/v2/exports/{UUID}"), log("GET", f"/v2/exports/{UUID.upper()}"), log("GET", "/v2/exports/1234")], ROUTES),
    ([log("GET", "/v2/products/by-slug/blue-widget"), log("GET", "/v2/products/by-slug/Blue-Widget"),
      log("GET", "/v2/products/by-slug/-x"), log("GET", "/v2/products/by-slug/a--b")], ROUTES),
    ([log("GET", "/v2/files/a/b/c.pdf"), log("GET", "/v2/files/"), log("GET", "/v2/files/a%2Fb")], ROUTES),
    ([log("GET", "/v2/customers/a%2Fb"), log("GET", "/v2/customers/%31%32"), log("GET", "/v2/customers/%E2%82%AC")], ROUTES),
    ([log("GET", "/v2/customers/zoë"), log("GET", "/v2/customers/٣")], ROUTES),
    ([log("PATCH", "/v1/anything/at/all"), log("OPTIONS", "/v1/"), log("GET", "/v1")], ROUTES),
    ([log("get", "/health"), log("GET", "/health", 200, "fast"), log("GET", "/health", 2000)], ROUTES),
    ([log("GET", "/health", seconds="-1"), log("GET", "/health", seconds="1e3"), log("GET", "/health", size="-")], ROUTES),
    ([log("GET", "/health") + "\n", log("GET", "/health") + "\r\n", log("GET", "/health") + " ", " " + log("GET", "/health")],
     ROUTES),
    ([log("GET", "/health", 499), log("GET", "/health", 500), log("GET", "/health", 599), log("GET", "/health", 100)], ROUTES),
    ([log("GET", "/health", 200, s) for s in ["0.3", "0.1", "0.2", "0.1", "0", "10", "0.25"]], ROUTES),
    ([log("GET", "/health", 503, "0.5")], ROUTES),
    ([log("GET", "/health", 200, "0.123456789012")] * 21, ROUTES),
    ([""], ROUTES),
    (["\n"], ROUTES),
    ([None], ROUTES),
    ([b"bytes line"], ROUTES),
    ([log("GET", "/health"), 5], ROUTES),
    # route tables
    ([log("GET", "/v2/items.json"), log("GET", "/v2/itemsXjson")], [Route("GET", "/v2/items.json", "items")]),
    ([log("GET", "/v2/a+b"), log("GET", "/v2/(x)"), log("GET", "/v2/a$b")],
     [Route("GET", "/v2/a+b", "plus"), Route("GET", "/v2/(x)", "paren"), Route("GET", "/v2/a$b", "dollar")]),
    ([log("GET", "/v2/{id:float}"), log("GET", "/v2/1.5")], [Route("GET", "/v2/{id:float}", "literal")]),
    ([log("GET", "/v2/{}"), log("GET", "/v2/x")], [Route("GET", "/v2/{}", "empty braces")]),
    ([log("GET", "/a/1/b/2")], [Route("GET", "/a/{id}/b/{id}", "duplicate group")]),
    ([log("GET", "/z")], [Route("GET", "/a/{id}/b/{id}", "duplicate group"), Route("GET", "/z", "z")]),
    ([log("GET", "/z")], [Route("GET", "/z", "z"), Route("GET", "/a/{id}/b/{id}", "duplicate group")]),
    ([log("GET", "/")], [Route("GET", "", "root")]),
    ([log("GET", "/x")], [Route("GET", None, "none")]),
    ([log("POST", "/x")], [Route("GET", None, "none")]),
    ([log("GET", "/x")], [Route(None, "/x", "no method"), Route("*", "/x", "any")]),
    ([log("GET", "/x"), log("GET", "/x")], [Route("GET", "/x", "first"), Route("GET", "/x", "second")]),
    ([log("GET", "/x"), log("POST", "/x")], [Route("*", "/x", "any"), Route("GET", "/x", "get")]),
    ([log("GET", "/x"), log("GET", "/y")], [Route("GET", "/{p}", "param"), Route("GET", "/x", "x")]),
    ([log("GET", "/x/1")], [Route("GET", "/x/{a_b:int}", None)]),
    ([log("GET", "/x/1")], [Route("GET", "/x/{ä:int}", "unicode group")]),
    ([log("GET", "/x/1")], [Route("GET", "/x/{1a}", "digit group")]),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(endpoint_usage, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(endpoint_usage, reference, routes=ROUTES, lines=[log("GET", "/v2/customers/1")])


SEGMENTS = ["v2", "customers", "orders", "items", "files", "a.b", "x-y"]
PARAMETERS = ["{id:int}", "{name}", "{slug:slug}", "{rest:path}", f"{{u:uuid}}"]
VALUES = ["1", "42", "abc", "blue-widget", UUID, "a/b", "a%2Fb", "x.y", "%20", "Ü"]


def _random_cases():
    rng = random.Random(31337)
    for _ in range(160):
        routes = []
        for number in range(rng.randint(0, 10)):
            parts = []
            used = set()
            for _ in range(rng.randint(0, 4)):
                if rng.random() < 0.35:
                    parameter = rng.choice(PARAMETERS)
                    if parameter in used:
                        continue
                    used.add(parameter)
                    parts.append(parameter)
                else:
                    parts.append(rng.choice(SEGMENTS))
            routes.append(Route(rng.choice(["GET", "GET", "POST", "DELETE", "*"]), "/" + "/".join(parts), f"op{number}"))
        lines = []
        for _ in range(rng.randint(0, 25)):
            if routes and rng.random() < 0.7:
                path = rng.choice(routes).template
                for parameter in PARAMETERS:
                    path = path.replace(parameter, rng.choice(VALUES))
            else:
                path = "/" + "/".join(rng.choice(SEGMENTS + VALUES) for _ in range(rng.randint(0, 3)))
            if rng.random() < 0.2:
                path += rng.choice(["/", "?q=1", "?", "/?x=y"])
            line = log(rng.choice(["GET", "GET", "POST", "DELETE", "PUT"]), path, rng.choice([200, 201, 404, 500, 503]),
                       f"{rng.uniform(0, 2):.3f}")
            if rng.random() < 0.05:
                line = line[: rng.randint(0, len(line))]
            lines.append(line)
        yield lines, routes


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(endpoint_usage, reference, *case)


def test_large_log() -> None:
    rng = random.Random(2)
    routes = []
    for resource in ["customers", "orders", "invoices", "products", "carts", "teams"]:
        routes += [Route("GET", f"/v2/{resource}", f"list_{resource}"),
                   Route("GET", f"/v2/{resource}/{{id:int}}", f"get_{resource}"),
                   Route("POST", f"/v2/{resource}/{{id:int}}/archive", f"archive_{resource}")]
    lines = []
    for _ in range(600):
        route = rng.choice(routes)
        lines.append(log(route.method, route.template.replace("{id:int}", str(rng.randint(1, 999))),
                         rng.choice([200, 200, 500]), f"{rng.uniform(0, 1):.3f}"))
    assert_same(endpoint_usage, reference, lines, routes)
