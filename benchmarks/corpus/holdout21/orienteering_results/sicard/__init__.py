"""Results service for orienteering events (SportIdent card read-outs)."""
