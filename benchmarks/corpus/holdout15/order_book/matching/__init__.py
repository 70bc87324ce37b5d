"""Order matching for the exchange's market-surveillance replays."""
