"""Replay CDN request logs against a cache model."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class CacheStats:
    hits: int = 0
    misses: int = 0
    evicted: list[str] = field(default_factory=list)

    @property
    def hit_ratio(self) -> float:
        total = self.hits + self.misses
        return self.hits / total if total else 0.0


@dataclass
class CacheModel:
    """A least-recently-used cache holding up to `capacity` objects."""

    capacity: int
    name: str = "edge"

    def replay(self, requests: list[str]) -> CacheStats:
        """Replay requested object keys, in order, against an initially empty cache.

        A miss stores the key, evicting the least recently used key first when the cache
        is full; `evicted` lists the evicted keys in eviction order.
        """
        stats = CacheStats()
        cache: list[str] = []  # least recently used first
        for key in requests:
            if key in cache:
                stats.hits += 1
                cache.remove(key)
            else:
                stats.misses += 1
                if len(cache) >= self.capacity:
                    stats.evicted.append(cache.pop(0))
            cache.append(key)
        return stats
