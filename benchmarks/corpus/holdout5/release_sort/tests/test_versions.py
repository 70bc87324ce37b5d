import pytest

from relnotes.versions import compare_versions, latest_release, parse_version, sort_releases


def test_semver_precedence_example() -> None:
    tags = ["1.0.0", "1.0.0-rc.1", "1.0.0-beta.11", "1.0.0-beta.2", "1.0.0-beta", "1.0.0-alpha.beta", "1.0.0-alpha.1", "1.0.0-alpha"]
    assert sort_releases(tags) == list(reversed(tags))


def test_numeric_core() -> None:
    assert sort_releases(["v1.10.0", "v1.9.3", "v1.9.10"]) == ["v1.9.3", "v1.9.10", "v1.10.0"]
    assert sort_releases(["1.2.3", "2.0.0"], newest_first=True) == ["2.0.0", "1.2.3"]


def test_build_metadata_is_ignored() -> None:
    assert compare_versions("1.0.0+build.5", "1.0.0+build.1") == 0
    assert sort_releases(["1.0.0+b", "1.0.0+a"]) == ["1.0.0+b", "1.0.0+a"]


def test_invalid() -> None:
    with pytest.raises(ValueError):
        sort_releases(["1.0", "1.0.0"])
    assert sort_releases(["1.0", "1.0.0"], skip_invalid=True) == ["1.0.0"]


def test_latest() -> None:
    assert latest_release(["v2.0.0-rc.1", "v1.4.2", "nightly"]) == "v1.4.2"
    assert latest_release([]) is None


def test_parse() -> None:
    assert str(parse_version(" v1.2.3-rc.1+sha.abc ")) == "1.2.3-rc.1+sha.abc"
