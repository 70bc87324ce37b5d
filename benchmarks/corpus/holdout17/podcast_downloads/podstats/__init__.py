"""Download statistics for the podcast host's audio CDN."""
