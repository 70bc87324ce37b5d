"""Redaction of personal data in support-chat transcripts."""
