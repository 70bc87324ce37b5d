"""Nightly deposit run: package the week's mass-spectrometer runs for the data repository."""

import hashlib
import io
import random
import tarfile

from ustar.archive import pack
from ustar.manifest import with_manifest


def run_files(rng: random.Random, run: int) -> list[tuple[str, bytes]]:
    """The files the acquisition PC writes for one run: method, log, spectra and the instrument's raw blocks."""
    files = [(f"run{run:03d}/method.json", b'{"method": "DDA-top12", "gradient_min": 90, "polarity": "positive"}\n'),
             (f"run{run:03d}/acquisition.log", b"".join(f"{s:05d} scan ok tic={rng.randint(10**5, 10**8)}\n".encode()
                                                        for s in range(rng.randint(50, 400))))]
    for scan in range(rng.randint(6, 14)):
        peaks = "".join(f"{rng.uniform(150, 2000):.4f}\t{rng.randint(100, 10**6)}\n" for _ in range(rng.randint(20, 200)))
        files.append((f"run{run:03d}/spectra/scan_{scan:04d}.tsv", peaks.encode()))
    for block in range(rng.randint(2, 5)):
        files.append((f"run{run:03d}/raw/block_{block:02d}.bin", rng.randbytes(rng.randint(2000, 30000))))
    return files


def main() -> None:
    rng = random.Random(515)
    for package in range(3):
        files = []
        for run in range(rng.randint(36, 42)):
            files += run_files(rng, run)
        members = with_manifest(files, f"ms-week-{23 + package}")
        archive = pack(members, mtime=1718000000 + package * 604800)
        with tarfile.open(fileobj=io.BytesIO(archive), mode="r:") as tar:
            names = tar.getnames()
        assert names == [path for path, _ in members]
        print(f"package {package}: {len(members)} members, {len(archive) / 1e6:.1f} MB, sha256 {hashlib.sha256(archive).hexdigest()[:16]}")


if __name__ == "__main__":
    main()
