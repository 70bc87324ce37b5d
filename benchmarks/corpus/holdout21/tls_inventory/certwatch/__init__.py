"""Certificate expiry monitoring from the TLS endpoint scanner."""
