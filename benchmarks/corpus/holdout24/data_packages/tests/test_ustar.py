import io
import tarfile

import pytest

from ustar.archive import pack
from ustar.header import octal, split_path, ustar_header
from ustar.manifest import manifest, with_manifest


def test_octal_fields() -> None:
    assert octal(0o644, 8) == b"0000644\0"
    assert octal(5, 12) == b"00000000005\0"
    with pytest.raises(ValueError):
        octal(8 ** 11, 12)
    with pytest.raises(ValueError):
        octal(-1, 8)


def test_split_long_paths() -> None:
    assert split_path("a/b.txt") == (b"", b"a/b.txt")
    long = "d" * 90 + "/" + "e" * 30 + "/f.bin"
    assert split_path(long) == (b"d" * 90, b"e" * 30 + b"/f.bin")
    for bad in ("", "/etc/passwd", "a/../b", "x" * 101):
        with pytest.raises(ValueError):
            split_path(bad)


def test_header_checksum_is_readable_by_tarfile() -> None:
    header = ustar_header("data/ü.txt", 3, 1718000000)
    info = tarfile.TarInfo.frombuf(header, "utf-8", "surrogateescape")
    assert (info.name, info.size, info.mtime, info.mode, info.uid) == ("data/ü.txt", 3, 1718000000, 0o644, 0)


def test_pack_round_trip() -> None:
    files = [("run/a.txt", b"hello"), ("run/empty", b""), ("run/block.bin", bytes(512)), ("run/big", b"x" * 700)]
    archive = pack(files, mtime=86400)
    assert len(archive) % 512 == 0 and len(archive) == 512 * (4 + 1 + 0 + 1 + 2) + 1024
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        assert [(m.name, m.size, m.mtime) for m in tar.getmembers()] == [(p, len(d), 86400) for p, d in files]
        assert tar.extractfile("run/a.txt").read() == b"hello"
    assert pack([]) == bytes(1024)


def test_pack_rejects_duplicates() -> None:
    with pytest.raises(ValueError):
        pack([("a", b"1"), ("a", b"2")])


def test_manifest() -> None:
    text = manifest([("b.txt", b""), ("a.txt", b"abc")])
    assert text.decode().splitlines()[0].endswith("  a.txt")
    members = with_manifest([("a.txt", b"abc")], "bag")
    assert [path for path, _ in members] == ["bag/data/a.txt", "bag/manifest-sha256.txt", "bag/bagit.txt"]
