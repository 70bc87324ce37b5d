"""Turnstile scan processing for the stadium's match-day operations room."""
