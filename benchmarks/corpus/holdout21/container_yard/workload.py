"""Next week's vessel calls: reshuffles needed to load the export containers from each yard bay."""

import random

from yardplan.block import YardBlock
from yardplan.containers import container_number

OWNERS = ["MSK", "MSC", "CMA", "HLX", "ONE", "EGH", "COS", "YML", "ZIM", "HMM"]


def main() -> None:
    rng = random.Random(6346)
    serials = iter(rng.sample(range(1_000_000), 200_000))
    total_moves = total_reshuffles = retrieved = 0
    worst = (0, None)
    for bay in range(48):
        block = YardBlock(stacks=rng.choice([56, 60, 64]), max_height=rng.choice([5, 6]))
        capacity = len(block.stacks) * block.max_height
        containers = [container_number(rng.choice(OWNERS), next(serials)) for _ in range(capacity - 2 * block.max_height)]
        for container in containers:
            block.place(container, rng.choice([n for n, pile in enumerate(block.stacks) if len(pile) < block.max_height]))
        outbound = rng.sample(containers, int(len(containers) * rng.uniform(0.55, 0.8)))
        result = block.retrieve_all(outbound)
        retrieved += result["retrieved"]
        total_reshuffles += result["reshuffles"]
        total_moves += len(block.moves)
        if result["reshuffles"] > worst[0]:
            worst = (result["reshuffles"], bay)
    print("retrieved", retrieved, "reshuffles", total_reshuffles, "crane moves", total_moves)
    print("worst bay", worst[1], "with", worst[0], "reshuffles")


if __name__ == "__main__":
    main()
