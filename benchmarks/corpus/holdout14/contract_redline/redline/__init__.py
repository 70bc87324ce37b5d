"""Tracked-change handling for contract drafts."""
