"""Rebuild the developer dashboard's endpoint table from one day of gateway logs."""

import random
import uuid

from routestats.routes import Route
from routestats.usage import endpoint_usage

RESOURCES = ["customers", "orders", "invoices", "products", "carts", "shipments", "payments", "refunds", "webhooks",
             "users", "teams", "projects", "coupons", "subscriptions", "warehouses", "suppliers"]


def route_table():
    routes = [Route("GET", "/health", "health"), Route("GET", "/v2/openapi.json", "spec")]
    for resource in RESOURCES:
        single = resource[:-1]
        ident = f"{{{single}_id:int}}"
        routes += [
            Route("GET", f"/v2/{resource}", f"list_{resource}"),
            Route("POST", f"/v2/{resource}", f"create_{single}"),
            Route("GET", f"/v2/{resource}/{ident}", f"get_{single}"),
            Route("PATCH", f"/v2/{resource}/{ident}", f"update_{single}"),
            Route("DELETE", f"/v2/{resource}/{ident}", f"delete_{single}"),
            Route("GET", f"/v2/{resource}/{ident}/events", f"list_{single}_events"),
            Route("GET", f"/v2/{resource}/{ident}/attachments/{{name}}", f"get_{single}_attachment"),
            Route("POST", f"/v2/{resource}/{ident}/archive", f"archive_{single}"),
            Route("GET", f"/v2/{resource}/by-slug/{{slug:slug}}", f"get_{single}_by_slug"),
        ]
    routes += [Route("GET", "/v2/customers/{customer_id:int}/orders", "list_customer_orders"),
               Route("GET", "/v2/exports/{export_id:uuid}", "get_export"),
               Route("GET", "/v2/files/{key:path}", "get_file"),
               Route("*", "/v1/{rest:path}", "legacy_v1")]
    return routes


def request_path(rng, routes):
    if rng.random() < 0.03:
        return "GET", rng.choice(["/wp-login.php", "/.env", "/v3/customers", "/v2/customers/abc", "/admin"])
    route = rng.choice(routes)
    path = route.template
    replacements = {"int": lambda: str(rng.randint(1, 99999)), "uuid": lambda: str(uuid.UUID(int=rng.getrandbits(128))),
                    "slug": lambda: rng.choice(["blue-widget", "spring-sale", "acme-co", "team-42"]),
                    "path": lambda: f"{rng.choice(['reports', 'img'])}/{rng.randint(1, 999)}/file%20name.pdf",
                    None: lambda: rng.choice(["invoice.pdf", "photo.jpg", "notes.txt"])}
    while "{" in path:
        start, end = path.index("{"), path.index("}")
        kind = path[start + 1:end].split(":")[1] if ":" in path[start:end] else None
        path = path[:start] + replacements[kind]() + path[end + 1:]
    if rng.random() < 0.2:
        path += f"?page={rng.randint(1, 20)}&per_page=50"
    return (rng.choice(["GET", "POST", "PUT"]) if route.method == "*" else route.method), path


def access_log(rng, routes, count):
    lines = []
    for number in range(count):
        method, path = request_path(rng, routes)
        status = rng.choices([200, 201, 204, 400, 404, 429, 500, 503], [70, 8, 5, 5, 5, 3, 2, 2])[0]
        seconds = round(rng.lognormvariate(-3.2, 0.9), 3)
        if rng.random() < 0.002:
            lines.append(f"10.0.{number % 250}.7 - - [12/Mar/2024:10:{number % 60:02d}:00 +0000] \"-\" 400 0 \"-\" \"-\" 0.0")
            continue
        lines.append(f"10.0.{number % 250}.{rng.randint(1, 254)} - - [12/Mar/2024:{number * 24 // count:02d}:"
                     f"{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} +0000] \"{method} {path} HTTP/1.1\" {status} "
                     f"{rng.randint(0, 50000)} \"-\" \"{rng.choice(['python-requests/2.31', 'okhttp/4.12', 'curl/8.4'])}\""
                     f" {seconds}")
    return lines


def main() -> None:
    rng = random.Random(404)
    routes = route_table()
    lines = access_log(rng, routes, 22000)
    usage = endpoint_usage(lines, routes)
    busiest = sorted(usage["endpoints"].items(), key=lambda item: -item[1]["requests"])[:3]
    print("routes", len(routes), "endpoints seen", len(usage["endpoints"]), "unmatched", usage["unmatched"],
          "malformed", usage["malformed"])
    for key, row in busiest:
        print(key, row)


if __name__ == "__main__":
    main()
