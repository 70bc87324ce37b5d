"""Recognise browser family, major version and operating system from a User-Agent header."""

from __future__ import annotations

import re
from typing import NamedTuple

BOT_PATTERN = r"(?i)bot\b|crawler|spider|slurp|facebookexternalhit|headless|python-requests|curl/|wget/"

# Order matters: Chromium-based browsers also announce "Chrome/" and "Safari/".
BROWSER_RULES = [
    ("Samsung Internet", r"SamsungBrowser/(\d+)"),
    ("Edge", r"Edg(?:e|A|iOS)?/(\d+)"),
    ("Opera", r"(?:OPR|Opera)/(\d+)"),
    ("Vivaldi", r"Vivaldi/(\d+)"),
    ("Yandex", r"YaBrowser/(\d+)"),
    ("Firefox", r"(?:Firefox|FxiOS)/(\d+)"),
    ("Chrome", r"(?:Chrome|CriOS)/(\d+)"),
    ("Internet Explorer", r"(?:MSIE |Trident/.*rv:)(\d+)"),
    ("Safari", r"Version/(\d+)(?:\.\d+)*(?: Mobile/\S+)? Safari/"),
]

OS_RULES = [
    ("iOS", r"(?:iPhone|iPad|iPod).*? OS (\d+)"),
    ("Android", r"Android (\d+)"),
    ("Windows", r"Windows NT (\d+\.\d+)"),
    ("ChromeOS", r"CrOS \S+ (\d+)"),
    ("macOS", r"Mac OS X (\d+)"),
    ("Linux", r"Linux|X11"),
]

WINDOWS_VERSIONS = {"10.0": "10/11", "6.3": "8.1", "6.2": "8", "6.1": "7", "6.0": "Vista", "5.1": "XP"}


class Agent(NamedTuple):
    browser: str
    version: str
    os: str


def parse_agent(user_agent: str) -> Agent | None:
    """Browser, major version and OS; None for crawlers and scripts."""
    if re.search(BOT_PATTERN, user_agent):
        return None
    browser, version = "Other", ""
    for name, pattern in BROWSER_RULES:
        match = re.search(pattern, user_agent)
        if match:
            browser, version = name, match.group(1)
            break
    system = "Other"
    for name, pattern in OS_RULES:
        match = re.search(pattern, user_agent)
        if match:
            if name == "Windows":
                system = "Windows " + WINDOWS_VERSIONS.get(match.group(1), match.group(1))
            elif match.groups():
                system = f"{name} {match.group(1)}"
            else:
                system = name
            break
    return Agent(browser, version, system)
