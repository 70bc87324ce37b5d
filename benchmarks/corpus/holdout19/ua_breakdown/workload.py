"""Browser-support review: a week of access logs from the council website."""

import random

from uastats.report import browser_report

TEMPLATES = [
    (30, "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.{b}.{p} Safari/537.36"),
    (14, "Mozilla/5.0 (iPhone; CPU iPhone OS {i}_{m} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/{i}.{m} Mobile/15E148 Safari/604.1"),
    (12, "Mozilla/5.0 (Linux; Android {a}; SM-G99{m}B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.{b}.{p} Mobile Safari/537.36"),
    (8, "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.{b}.{p} Safari/537.36 Edg/{v}.0.{b}.{p}"),
    (7, "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_{m}) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/{i}.{m} Safari/605.1.15"),
    (6, "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:{f}.0) Gecko/20100101 Firefox/{f}.0"),
    (4, "Mozilla/5.0 (Linux; Android {a}; SAMSUNG SM-A52{m}B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/{s}.0 Chrome/{v}.0.0.0 Mobile Safari/537.36"),
    (3, "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_{m}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.{b}.{p} Safari/537.36"),
    (2, "Mozilla/5.0 (X11; Linux x86_64; rv:{f}.0) Gecko/20100101 Firefox/{f}.0"),
    (2, "Mozilla/5.0 (Windows NT 6.1; Trident/7.0; rv:11.0) like Gecko"),
    (2, "Mozilla/5.0 (X11; CrOS x86_64 {b}.{p}.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36"),
    (2, "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36 OPR/{o}.0.0.0"),
    (3, "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"),
    (2, "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)"),
    (1, "python-requests/2.{m}.0"),
    (1, "Mozilla/5.0 (iPad; CPU OS {i}_{m} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/{v}.0.{b}.{p} Mobile/15E148 Safari/604.1"),
]
PATHS = ["/", "/bins/collection-days.html", "/council-tax/pay.php", "/parking/permits/", "/planning/search.php?ref=",
         "/assets/site.css", "/libraries/opening-hours.html", "/jobs/", "/", "/news/", "/contact.htm", "/favicon.ico"]
STATUSES = (200, 200, 200, 200, 200, 200, 200, 304, 200, 200, 404, 200, 301, 200, 200, 200, 500)


def agent_pool(rng, size):
    weights, templates = zip(*TEMPLATES)
    pool = set()
    while len(pool) < size:
        template = rng.choices(templates, weights)[0]
        pool.add(template.format(v=rng.randint(96, 124), b=rng.randint(4000, 6400), p=rng.randint(10, 220),
                                 i=rng.randint(12, 17), m=rng.randint(0, 7), a=rng.randint(8, 14),
                                 f=rng.randint(102, 125), s=rng.randint(18, 25), o=rng.randint(90, 110)))
    agents = sorted(pool)
    rng.shuffle(agents)
    return agents


def log_lines(rng, agents, count):
    popularity = [1 / (rank + 1) ** 0.9 for rank in range(len(agents))]
    chosen = rng.choices(agents, popularity, k=count)
    hosts = [f"{rng.randint(1, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
             for _ in range(4999)]
    lines = []
    for number, agent in enumerate(chosen):
        path = rng.choice(PATHS)
        if path.endswith("ref="):
            path += str(rng.randint(1000, 99999))
        status = STATUSES[number % len(STATUSES)]
        method = "POST" if number % 23 == 0 else "GET"
        host = hosts[number % len(hosts)]
        lines.append(f'{host} - - [{3 + number // 20000:02d}/Jun/2024:{number // 900 % 24:02d}:{number // 15 % 60:02d}:'
                     f'{number % 60:02d} +0100] "{method} {path} HTTP/1.1" {status} {1000 + number % 7919 * 11} '
                     f'"https://www.example-council.gov.uk/" "{agent}"')
        if number % 5000 == 0:
            lines.append("-- log rotated --")
    return lines


def main() -> None:
    rng = random.Random(365)
    agents = agent_pool(rng, 900)
    lines = log_lines(rng, agents, 110_000)
    report = browser_report(lines, min_share=0.5)
    print("page views", report["page_views"], "bots", report["bots"], "unparsed", report["unparsed"])
    for name, count, share in report["browsers"][:8]:
        print(f"  {name:<32} {count:>7} {share:>6}%")
    print("systems", report["systems"][:5])
    weekend = browser_report(lines[len(lines) * 5 // 7:], min_share=2.0)
    print("weekend summary", [(name, share) for name, _, share in weekend["browsers"]][:6])


if __name__ == "__main__":
    main()
