"""A yard block of container stacks and the reshuffles needed to dig containers out."""

from __future__ import annotations


class YardBlock:
    """One bay of a yard block: a row of stacks, each listed bottom to top."""

    def __init__(self, stacks: int, max_height: int) -> None:
        if stacks < 2 or max_height < 1:
            raise ValueError("a block needs at least two stacks and a height of one")
        self.max_height = max_height
        self.stacks: list[list[str]] = [[] for _ in range(stacks)]
        self.moves: list[tuple[str, str, int, int | None]] = []

    def place(self, container: str, stack: int) -> None:
        """Ground a container on top of a stack."""
        if any(container in pile for pile in self.stacks):
            raise ValueError(f"{container} is already in the block")
        if len(self.stacks[stack]) >= self.max_height:
            raise ValueError(f"stack {stack} is full")
        self.stacks[stack].append(container)

    def locate(self, container: str) -> tuple[int, int]:
        """(stack, tier) of a container; tier 0 is the ground."""
        for index, pile in enumerate(self.stacks):
            if container in pile:
                return index, pile.index(container)
        raise KeyError(container)

    def _rank(self, container: str, sequence: list[str]) -> int:
        """When a container is due out: its position in the sequence, or len(sequence) if it stays."""
        return sequence.index(container) if container in sequence else len(sequence)

    def _choose_stack(self, moving: str, origin: int, sequence: list[str]) -> int:
        """Where to put a container lifted off ``origin``.

        Prefer a stack where it will not block anything (all containers below it leave
        later), the one whose earliest-leaving container leaves soonest; otherwise the stack
        whose earliest-leaving container leaves last. Ties go to the nearest stack, then the
        lowest index.
        """
        rank = self._rank(moving, sequence)
        best = None
        best_key = None
        for index, pile in enumerate(self.stacks):
            if index == origin or len(pile) >= self.max_height:
                continue
            lowest = min((self._rank(other, sequence) for other in pile), default=len(sequence) + 1)
            if lowest > rank:
                key = (0, lowest, abs(index - origin), index)
            else:
                key = (1, -lowest, abs(index - origin), index)
            if best_key is None or key < best_key:
                best, best_key = index, key
        if best is None:
            raise RuntimeError("no room in the block to relocate a container")
        return best

    def retrieve_all(self, sequence: list[str]) -> dict[str, object]:
        """Take the containers out in ``sequence`` order, relocating whatever sits on top of
        each within the block. Every crane move is appended to ``moves``. Returns the number
        retrieved, the total reshuffles and the reshuffles needed per container."""
        reshuffles = 0
        per_container: dict[str, int] = {}
        for container in sequence:
            origin, tier = self.locate(container)
            pile = self.stacks[origin]
            dug = 0
            while len(pile) > tier + 1:
                moving = pile.pop()
                target = self._choose_stack(moving, origin, sequence)
                self.stacks[target].append(moving)
                self.moves.append(("relocate", moving, origin, target))
                dug += 1
            pile.pop()
            self.moves.append(("retrieve", container, origin, None))
            per_container[container] = dug
            reshuffles += dug
        return {"retrieved": len(per_container), "reshuffles": reshuffles, "per_container": per_container}
