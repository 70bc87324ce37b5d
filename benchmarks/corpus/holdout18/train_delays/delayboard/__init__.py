"""Punctuality reporting for the operator's performance team."""
