"""Export one shift's Modbus traffic between the SCADA masters and the pump-station PLCs."""

import hashlib
import random

from modbus_pcap.frames import holding_registers_reply, read_holding_registers, write_single_register
from modbus_pcap.pcap import write_pcap
from modbus_pcap.session import poll_records, to_packets


def polls(rng: random.Random) -> list:
    masters = ["10.20.0.10", "10.20.0.11"]
    plcs = [f"10.20.1.{n}" for n in range(20, 44)]
    entries, transaction = [], 0
    time = 1_717_200_000.0
    for _ in range(4500):
        time += rng.expovariate(1 / 0.35)
        master, plc = rng.choice(masters), rng.choice(plcs)
        transaction += 1
        if rng.random() < 0.9:
            count = rng.choice([2, 4, 10, 16, 32, 60])
            request = read_holding_registers(transaction, 1, rng.randrange(0, 400), count)
            reply = holding_registers_reply(transaction, 1, [rng.randrange(0, 65536) for _ in range(count)])
        else:
            request = write_single_register(transaction, 1, rng.randrange(0, 50), rng.randrange(0, 3000))
            reply = request if rng.random() < 0.97 else b""
        entries.append((round(time, 6), master, plc, 49152 + masters.index(master), request, reply))
    return entries


def main() -> None:
    rng = random.Random(34404)
    packets = to_packets(poll_records(polls(rng)))
    capture = write_pcap(packets)
    print(len(packets), len(capture), hashlib.sha256(capture).hexdigest()[:16])


if __name__ == "__main__":
    main()
