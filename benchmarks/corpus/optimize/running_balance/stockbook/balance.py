"""Running stock levels from the stock book."""


def running_balances(moves: list[int], opening: int = 0) -> list[int]:
    """The stock level after each move (receipts positive, issues negative)."""
    balances = []
    for i in range(len(moves)):
        balances.append(opening + sum(moves[: i + 1]))
    return balances


def first_stockout(moves: list[int], opening: int = 0) -> int | None:
    """Index of the first move after which the level is below zero, or None."""
    for index, level in enumerate(running_balances(moves, opening)):
        if level < 0:
            return index
    return None
