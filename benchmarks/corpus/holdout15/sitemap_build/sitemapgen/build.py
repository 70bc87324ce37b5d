"""Render the sitemap document."""

from __future__ import annotations

from typing import Any, Mapping, Sequence

from sitemapgen.urls import canonical_url
from sitemapgen.xmltext import xml_escape

MAX_URLS = 50_000
CHANGE_FREQUENCIES = ("always", "hourly", "daily", "weekly", "monthly", "yearly", "never")


def build_sitemap(pages: Sequence[Mapping[str, Any]], base_url: str) -> tuple[str, int]:
    """The sitemap XML for ``pages`` and the number of duplicates skipped.

    Pages have ``path`` and optional ``modified`` (ISO date), ``changefreq`` and
    ``priority`` (0.0 to 1.0). Unpublished pages (``published`` false) are left out,
    and a URL is listed once, for the first page that produces it. ValueError if a page
    has an invalid change frequency or priority, or there are more than 50,000 URLs.
    """
    seen: list[str] = []
    duplicates = 0
    body = ""
    for page in pages:
        if not page.get("published", True):
            continue
        url = canonical_url(base_url, page["path"])
        if url in seen:
            duplicates += 1
            continue
        seen.append(url)
        if len(seen) > MAX_URLS:
            raise ValueError("a sitemap may list at most 50,000 URLs")
        entry = "  <url>\n    <loc>" + xml_escape(url) + "</loc>\n"
        if page.get("modified"):
            entry += "    <lastmod>" + xml_escape(str(page["modified"])) + "</lastmod>\n"
        if page.get("changefreq") is not None:
            if page["changefreq"] not in CHANGE_FREQUENCIES:
                raise ValueError(f"invalid changefreq {page['changefreq']!r} for {url}")
            entry += "    <changefreq>" + page["changefreq"] + "</changefreq>\n"
        if page.get("priority") is not None:
            priority = float(page["priority"])
            if not 0.0 <= priority <= 1.0:
                raise ValueError(f"priority out of range for {url}")
            entry += f"    <priority>{priority:.1f}</priority>\n"
        body += entry + "  </url>\n"
    document = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + body + "</urlset>\n")
    return document, duplicates
