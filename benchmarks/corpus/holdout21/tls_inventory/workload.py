"""Weekly renewal run: which certificates across the estate expire in the next 90 days."""

import random
from datetime import datetime, timedelta

from certwatch.expiry import expiry_report
from certwatch.scan import Endpoint

ISSUERS = ["R3", "R10", "E5", "DigiCert Global G2 TLS RSA SHA256 2020 CA1", "Sectigo RSA Domain Validation Secure Server CA",
           "Internal Issuing CA 02", "GTS CA 1C3", "Amazon RSA 2048 M01"]
ZONES = ["corp.example.com", "svc.example.net", "example.io", "shop.example.com", "eu.example.com", "lab.example.org"]
WORDS = ["api", "auth", "billing", "cdn", "crm", "db", "grafana", "jenkins", "kafka", "ldap", "mail", "portal", "search",
         "sso", "status", "vault", "vpn", "wiki", "www", "git"]


def main() -> None:
    rng = random.Random(443)
    now = datetime(2025, 6, 2, 8, 0, 0)
    endpoints = []
    for n in range(31_000):
        host = f"{rng.choice(WORDS)}{rng.randint(1, 400)}.{rng.choice(ZONES)}"
        expires = now + timedelta(days=rng.choice([-20, 0, 30, 60, 89, 365]) * rng.random() + rng.randint(-5, 160),
                                  seconds=rng.randrange(86400))
        not_after = f"{expires:%b} {expires.day:2d} {expires:%H:%M:%S %Y} GMT"
        endpoints.append(Endpoint(host, rng.choice([443, 443, 443, 8443, 636, 993, 6443]), host, rng.choice(ISSUERS), not_after))
    report = expiry_report(endpoints, now, warn_days=90)
    counts = {}
    for row in report:
        counts[row["status"]] = counts.get(row["status"], 0) + 1
    print("endpoints", len(endpoints), "due", len(report), counts)
    print("first", report[0]["host"], report[0]["expires"], "last", report[-1]["host"], report[-1]["days_left"])


if __name__ == "__main__":
    main()
