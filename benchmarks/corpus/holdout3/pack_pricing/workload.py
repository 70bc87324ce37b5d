"""Quote the week's bulk orders for cable ties."""

from shopcart.packs import cheapest_cost

PACKS = {1: 19, 5: 85, 8: 129, 20: 299, 50: 690}


def main() -> None:
    orders = [3, 17, 24, 9, 40, 33, 12, 28, 36, 1, 42, 22, 38]
    total = 0
    for units in orders:
        total += cheapest_cost(units, PACKS, handling=25)
    print(total)


if __name__ == "__main__":
    main()
