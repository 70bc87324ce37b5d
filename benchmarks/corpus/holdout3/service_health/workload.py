"""Morning review: service health over last night's gateway log."""

import random

from logstats.health import health_report


def main() -> None:
    rng = random.Random(30)
    services = [f"svc-{name}-{n}" for name in ("cart", "search", "auth", "pay", "media", "geo", "mail", "feed")
                for n in range(36)]
    paths = ["/v1/items", "/v1/q", "/v2/login", "/v1/pay", "/img", "/v1/near"]
    lines = ["# gateway access log, night shift"]
    for i in range(15000):
        status = rng.choice([200] * 20 + [201, 204, 404, 500, 502, 503])
        level = "ERROR" if status >= 500 and rng.random() < 0.7 else rng.choice(["INFO", "info", "WARN"])
        lines.append(f"2024-05-02T{i // 3600 % 24:02d}:{i // 60 % 60:02d}:{i % 60:02d}Z {rng.choice(services)} "
                     f"{level} {status} {rng.choice(paths)} {int(rng.expovariate(1 / 300))}ms")
        if i % 500 == 0:
            lines.append("")
    report = health_report(lines)
    worst = max(report, key=lambda name: report[name]["error_rate"])
    print(len(report), worst, round(report[worst]["error_rate"], 4))


if __name__ == "__main__":
    main()
