"""Count the ways a numeric message code decodes (A=1 … Z=26)."""


def count_decodings(digits: str) -> int:
    """How many letter strings encode to `digits`, e.g. "226" → 3 (BZ, VF, BBF)."""

    def ways(i: int) -> int:
        if i == len(digits):
            return 1
        if digits[i] == "0":
            return 0
        total = ways(i + 1)
        if i + 1 < len(digits) and int(digits[i : i + 2]) <= 26:
            total += ways(i + 2)
        return total

    return ways(0)
