from blog.slugs import slugify, unique_slugs


def test_slugify() -> None:
    assert slugify("Café au lait!") == "cafe-au-lait"
    assert slugify("  Hello --  World ") == "hello-world"


def test_repeated_titles() -> None:
    assert unique_slugs(["Hi", "hi!", "Other", "HI"]) == ["hi", "hi-2", "other", "hi-3"]


def test_empty_title() -> None:
    assert unique_slugs(["???", ""]) == ["post", "post-2"]
