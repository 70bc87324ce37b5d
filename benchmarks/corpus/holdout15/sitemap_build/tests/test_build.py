import pytest

from sitemapgen.build import build_sitemap
from sitemapgen.urls import canonical_url
from sitemapgen.xmltext import xml_escape

BASE = "https://news.example.com/"


def test_escape() -> None:
    assert xml_escape("a&b<c>'\"") == "a&amp;b&lt;c&gt;&apos;&quot;"
    assert xml_escape("bell\x07tab\t") == "belltab\t"


def test_canonical_url() -> None:
    assert canonical_url(BASE, "/World/Europe/") == "https://news.example.com/world/europe"
    assert canonical_url(BASE, "") == "https://news.example.com/"
    assert canonical_url(BASE, "café") == "https://news.example.com/caf%C3%A9"


def test_document_shape() -> None:
    xml, duplicates = build_sitemap([{"path": "/a", "modified": "2024-05-01", "changefreq": "daily", "priority": 0.8}], BASE)
    assert duplicates == 0
    assert "<loc>https://news.example.com/a</loc>" in xml
    assert "<priority>0.8</priority>" in xml and xml.endswith("</urlset>\n")


def test_duplicates_and_unpublished() -> None:
    pages = [{"path": "/A"}, {"path": "a/"}, {"path": "/draft", "published": False}]
    xml, duplicates = build_sitemap(pages, BASE)
    assert duplicates == 1 and xml.count("<url>") == 1


def test_query_string_is_escaped() -> None:
    xml, _ = build_sitemap([{"path": "/search?q=a&page=2"}], BASE)
    assert "q=a&amp;page=2" in xml


def test_invalid_values() -> None:
    with pytest.raises(ValueError):
        build_sitemap([{"path": "/a", "changefreq": "fortnightly"}], BASE)
    with pytest.raises(ValueError):
        build_sitemap([{"path": "/a", "priority": 1.5}], BASE)
