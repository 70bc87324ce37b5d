"""The recency rules the club applies to passenger flights (Part-FCL style plus the club's own hours rule)."""

CURRENCY_DAYS = 90
REQUIRED_LANDINGS = 3
RECENCY_DAYS = 365
REQUIRED_HOURS = 12.0
