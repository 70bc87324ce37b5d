"""Check tonight's crawl frontier for the national web archive against the hosts' robots.txt files."""

import random

from crawlpolicy.frontier import filter_frontier
from crawlpolicy.robots import parse_robots

AGENT = "ArchiveBot/3.1 (+https://webarchive.example/bot)"
COMMON = ["/wp-admin/", "/wp-login.php", "/search", "/*?s=", "/*?replytocom=", "/cart/", "/checkout/",
          "/my-account/", "/*/feed/$", "/tag/*/page/", "/cgi-bin/", "/print/", "/*?sessionid=", "/*.pdf$",
          "/trackback/", "/xmlrpc.php", "/comments/feed/", "/*?utm_source=", "/api/", "/login", "/calendar/*?date="]
SECTIONS = ["news", "sport", "culture", "archive", "events", "research", "about", "people", "blog", "shop"]


def robots_file(rng: random.Random, host_number: int) -> str:
    lines = [f"# robots.txt for site {host_number}", "User-agent: *"]
    for pattern in rng.sample(COMMON, rng.randint(8, 16)):
        lines.append(f"Disallow: {pattern}")
    for _ in range(rng.randint(4, 12)):
        section = rng.choice(SECTIONS)
        lines.append(f"Disallow: /{section}/{rng.choice(['drafts', 'internal', 'staging', 'preview'])}-{host_number}/")
        if rng.random() < 0.4:
            lines.append(f"Allow: /{section}/{rng.choice(['drafts', 'internal'])}-{host_number}/public/")
    lines.append("Allow: /wp-admin/admin-ajax.php")
    if rng.random() < 0.3:
        lines += ["", "User-agent: ArchiveBot", "Disallow: /shop/", f"Disallow: /*?page={rng.randint(50, 99)}*"]
    if rng.random() < 0.5:
        lines += ["", "User-agent: GPTBot", "User-agent: CCBot", "Disallow: /"]
    lines.append(f"Sitemap: https://site{host_number}.example/sitemap.xml")
    return "\n".join(lines) + "\n"


def frontier(rng: random.Random, hosts: list[str]) -> list[str]:
    urls = []
    for _ in range(10000):
        host = rng.choice(hosts)
        section = rng.choice(SECTIONS)
        path = f"/{section}/{rng.randint(2015, 2025)}/{rng.randint(1, 12):02d}/story-{rng.randint(1, 99999)}"
        roll = rng.random()
        if roll < 0.08:
            path = rng.choice(["/search?q=", "/?s=", "/cart/?add="]) + str(rng.randint(1, 999))
        elif roll < 0.14:
            path += f"?utm_source=newsletter&page={rng.randint(1, 120)}"
        elif roll < 0.2:
            path = f"/{section}/report-{rng.randint(1, 500)}.pdf"
        elif roll < 0.24:
            path = f"/{section}/drafts-{host.split('.')[0][4:]}/item-{rng.randint(1, 50)}"
        urls.append(f"https://{host}{path}")
    return urls


def main() -> None:
    rng = random.Random(3307)
    hosts = [f"site{number}.example" for number in range(420)]
    robots = {host: parse_robots(robots_file(rng, number)) for number, host in enumerate(hosts)}
    for host in rng.sample(hosts, 12):
        robots[host] = None
    for host in rng.sample(hosts, 30):
        del robots[host]
    allowed, blocked = filter_frontier(frontier(rng, hosts), robots, AGENT)
    reasons: dict[str, int] = {}
    for _, reason in blocked:
        reasons[reason] = reasons.get(reason, 0) + 1
    print(f"{len(allowed)} URLs to fetch, {len(blocked)} blocked")
    print(sorted(reasons.items(), key=lambda item: -item[1])[:8])


if __name__ == "__main__":
    main()
