"""Price a ladder of options with a naive recursive recurrence.

Hottest function: ways (exponential recursion without memoisation).
"""


def ways(n: int) -> int:
    if n < 2:
        return 1
    return ways(n - 1) + ways(n - 2)  # HOT


def ladder(heights: list[int]) -> list[int]:
    return [ways(h) for h in heights]


def checksum(values: list[int]) -> int:
    total = 0
    for v in values:
        total = (total * 31 + v) % 1_000_003
    return total


if __name__ == "__main__":
    print(checksum(ladder([29, 30, 31, 32])))
