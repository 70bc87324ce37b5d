import re

from routestats.accesslog import Request, parse_line
from routestats.routes import Route, match_route, template_regex
from routestats.usage import endpoint_usage, percentile

ROUTES = [
    Route("GET", "/v2/customers", "list_customers"),
    Route("GET", "/v2/customers/{customer_id:int}", "get_customer"),
    Route("GET", "/v2/customers/{name}", "find_customer"),
    Route("DELETE", "/v2/customers/{customer_id:int}", "delete_customer"),
    Route("*", "/v1/{rest:path}", "legacy"),
]


def log(method, target, status=200, seconds=0.05):
    return f'10.0.0.1 - - [12/Mar/2024:10:00:00 +0000] "{method} {target} HTTP/1.1" {status} 10 "-" "curl/8.4" {seconds}'


def test_template_regex() -> None:
    pattern = template_regex("/v2/items/{item_id:int}/files/{name}")
    assert re.match(pattern, "/v2/items/12/files/a.txt/")
    assert not re.match(pattern, "/v2/items/x/files/a.txt")


def test_parse_line() -> None:
    assert parse_line(log("GET", "/v2/customers/7?expand=orders", 503, 1.25)) == Request("GET", "/v2/customers/7", 503, 1.25)
    assert parse_line("garbage") is None


def test_parse_line_decodes_path() -> None:
    assert parse_line(log("GET", "/v1/files/a%20b")).path == "/v1/files/a b"


def test_first_matching_route_wins() -> None:
    assert match_route("GET", "/v2/customers/42", ROUTES).name == "get_customer"
    assert match_route("GET", "/v2/customers/bob", ROUTES).name == "find_customer"
    assert match_route("DELETE", "/v2/customers/42", ROUTES).name == "delete_customer"
    assert match_route("POST", "/v2/customers", ROUTES) is None
    assert match_route("PUT", "/v1/a/b/c", ROUTES).name == "legacy"


def test_percentile_nearest_rank() -> None:
    values = [0.1, 0.2, 0.3, 0.4]
    assert percentile(values, 50) == 0.2
    assert percentile(values, 95) == 0.4
    assert percentile([0.7], 50) == 0.7


def test_endpoint_usage() -> None:
    lines = [log("GET", "/v2/customers/1", 200, 0.1), log("GET", "/v2/customers/2", 500, 0.3),
             log("GET", "/v2/customers/3/", 200, 0.2), log("POST", "/v2/customers"), "not a log line"]
    usage = endpoint_usage(lines, ROUTES)
    assert usage["unmatched"] == 1 and usage["malformed"] == 1
    assert usage["endpoints"] == {"GET /v2/customers/{customer_id:int}": {
        "name": "get_customer", "requests": 3, "error_rate": 0.3333, "p50": 0.2, "p95": 0.3, "max": 0.3}}


def test_no_traffic() -> None:
    assert endpoint_usage([], ROUTES) == {"endpoints": {}, "unmatched": 0, "malformed": 0}
