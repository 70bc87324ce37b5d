"""robots.txt policy checks for the web-archive crawler."""
