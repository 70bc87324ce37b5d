"""Billing-day import: decode one gateway's raw M-Bus capture of the monthly read-out of all its heat meters."""

import random

from mbusdecode.frames import decode_capture, encode_frame

MANUFACTURERS = [0x2C2D, 0x15B5, 0x4024, 0x5068]  # KAM, EMU, PAD, TCH


def meter_payload(rng, meter_id, manufacturer, access):
    ident = int(str(meter_id), 16).to_bytes(4, "little")  # BCD digits
    header = ident + manufacturer.to_bytes(2, "little") + bytes([rng.randint(1, 9), 0x04, access, 0, 0, 0])
    energy = rng.randint(1_000, 90_000)
    records = bytes([0x04, 0x06]) + energy.to_bytes(4, "little", signed=True)
    records += bytes([0x04, 0x13]) + rng.randint(10_000, 9_000_000).to_bytes(4, "little", signed=True)
    records += bytes([0x02, 0x2B]) + rng.randint(0, 30_000).to_bytes(2, "little", signed=True)
    records += bytes([0x02, 0x3B]) + rng.randint(0, 3_000).to_bytes(2, "little", signed=True)
    records += bytes([0x02, 0x5A]) + rng.randint(550, 950).to_bytes(2, "little", signed=True)
    records += bytes([0x02, 0x5E]) + rng.randint(250, 500).to_bytes(2, "little", signed=True)
    records += bytes([0x44, 0x06]) + (energy - rng.randint(100, 900)).to_bytes(4, "little", signed=True)  # last billing date
    records += bytes([0x42, 0x6C]) + rng.randint(0, 0xFFFF).to_bytes(2, "little")
    if rng.random() < 0.3:
        records += bytes([0x0F]) + bytes(rng.randint(0, 255) for _ in range(rng.randint(2, 20)))
    return header + records


def main() -> None:
    rng = random.Random(3020)
    chunks = []
    for access in range(30000):
        if rng.random() < 0.1:
            chunks.append(bytes(rng.randint(0, 255) for _ in range(rng.randint(1, 12))))  # line noise
        if rng.random() < 0.05:
            chunks.append(encode_frame(rng.randint(1, 250), 0x78, b""))  # status frames
        frame = encode_frame(rng.randint(1, 250), 0x72,
                             meter_payload(rng, rng.randint(10_000_000, 99_999_999), rng.choice(MANUFACTURERS), access % 256))
        if rng.random() < 0.01:
            frame = frame[:rng.randint(5, len(frame) - 1)]  # collision: truncated frame
        chunks.append(frame)
        chunks.append(b"\xe5" if rng.random() < 0.2 else b"")
    capture = b"".join(chunks)
    readings, skipped, other = decode_capture(capture)
    total = sum(reading["values"].get("energy_wh", 0) for reading in readings)
    print("capture bytes", len(capture), "readings", len(readings), "skipped", skipped, "other", other)
    print("total energy MWh", round(total / 1e6, 1), "first", readings[0])


if __name__ == "__main__":
    main()
