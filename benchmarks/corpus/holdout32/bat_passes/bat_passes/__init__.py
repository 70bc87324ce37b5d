"""Bat passes and activity from static acoustic detector surveys."""
