"""Music-usage returns: playout logs, the society's recordings list and the quarterly return."""
