"""The programming station's morning job: load each product's merged HEX file and print the traveller CRCs."""

import random

from hexload.image import FirmwareImage, crc32
from hexload.reader import load_image
from hexload.writer import dump_image

FLASH_BASE = 0x08000000
PRODUCTS = {"thermostat-v3": 176, "door-controller": 240, "meter-gateway": 368, "pump-driver": 208, "valve-actuator": 144, "lift-panel": 256}


def merged_hex(rng: random.Random, app_kib: int) -> str:
    """A merged file as the build server publishes it: bootloader, application and calibration page."""
    bootloader = FirmwareImage(FLASH_BASE, rng.randbytes(12 * 1024))
    application = FirmwareImage(FLASH_BASE + 0x4000, rng.randbytes(app_kib * 1024), FLASH_BASE + 0x4101)
    calibration = FirmwareImage(FLASH_BASE + 0x4000 + app_kib * 1024 + 0x800, rng.randbytes(2048))
    parts = [dump_image(part).splitlines()[:-1] for part in (bootloader, calibration, application)]
    return "\n".join(line for part in parts for line in part) + "\n:00000001FF\n"


def main() -> None:
    rng = random.Random(3301)
    for product, app_kib in PRODUCTS.items():
        text = merged_hex(rng, app_kib)
        image = load_image(text)
        print(f"{product:16s} {image.base_address:#010x}-{image.end_address:#010x} "
              f"{len(image.data):7d} bytes  CRC {crc32(image)}  entry {image.start_address:#010x}")


if __name__ == "__main__":
    main()
