"""Weekly support-desk report: thread the shared mailbox and measure conversation lengths."""

import random
from datetime import datetime, timedelta

from mailthread.threads import Message, build_threads


def main() -> None:
    rng = random.Random(1971)
    start = datetime(2024, 3, 4, 8, 0, 0)
    messages = []
    for conversation in range(1900):
        opened = start + timedelta(minutes=rng.randint(0, 7 * 24 * 60))
        subject = f"Order #{rng.randint(10000, 99999)} {rng.choice(['refund', 'delivery', 'login', 'invoice'])}"
        parent = None
        when = opened
        for reply in range(1 + int(rng.expovariate(0.3))):
            message_id = f"<{conversation}.{reply}.{rng.getrandbits(32):08x}@mail.example.com>"
            if parent is None and rng.random() < 0.05:
                parent = f"<lost.{conversation}@elsewhere.example>"
            messages.append(Message(message_id, parent, ("Re: " if reply else "") + subject, when.isoformat() + "Z"))
            parent = message_id if rng.random() < 0.9 or reply == 0 else messages[-1 - rng.randint(0, min(reply, 3))].message_id
            when += timedelta(minutes=rng.randint(3, 600))
    rng.shuffle(messages)
    threads = build_threads(messages)
    longest = max(threads, key=len)
    print(f"{len(messages)} messages in {len(threads)} threads; longest has {len(longest)} messages")


if __name__ == "__main__":
    main()
