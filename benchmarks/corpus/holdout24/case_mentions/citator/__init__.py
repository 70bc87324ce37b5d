"""Case-name mentions in new judgments, for the citator's "cases referred to" lists."""
