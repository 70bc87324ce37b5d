"""Draft preparation tools for the league site."""
