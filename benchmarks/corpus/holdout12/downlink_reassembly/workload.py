"""Ground station: reassemble one flight's worth of captured downlink frames."""

import hashlib
import random

from radiolink.frames import encode_frame, reassemble


def capture(rng: random.Random) -> tuple[list[bytes], int]:
    streams = []
    for message_id in range(1, 29):
        if message_id % 4 == 0:
            size = rng.randint(2_000, 12_000)
        else:
            size = rng.randint(180_000, 420_000)
        body = rng.randbytes(size)
        chunk = 220
        pieces = [body[i:i + chunk] for i in range(0, size, chunk)]
        frames = []
        resend = []
        for index, piece in enumerate(pieces):
            frame = encode_frame(message_id, index, len(pieces), piece)
            if rng.random() < 0.004:
                resend.append(frame)
                continue
            if rng.random() < 0.006:
                broken = bytearray(frame)
                broken[rng.randrange(8, len(broken))] ^= 0xFF
                frames.append(bytes(broken))
                resend.append(frame)
                continue
            frames.append(frame)
            if rng.random() < 0.03:
                frames.append(frame)
        frames.extend(frame for frame in resend if rng.random() < 0.9)
        streams.append(frames)
    captured: list[bytes] = []
    while streams:
        stream = rng.choice(streams[:2])
        take = rng.randint(1, 40)
        captured.extend(stream[:take])
        del stream[:take]
        if not stream:
            streams.remove(stream)
    return captured, 28


def main() -> None:
    rng = random.Random(31337)
    frames, sent = capture(rng)
    result = reassemble(frames)
    digest = hashlib.sha256(b"".join(result.messages[m] for m in sorted(result.messages))).hexdigest()[:16]
    missing = sum(len(indices) for indices in result.missing.values())
    print(f"frames={len(frames)} messages={len(result.messages)}/{sent} incomplete={len(result.missing)} "
          f"missing_fragments={missing} duplicates={result.duplicates} corrupt={result.corrupt} sha={digest}")


if __name__ == "__main__":
    main()
