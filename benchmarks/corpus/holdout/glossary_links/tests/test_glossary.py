from docsite.glossary import link_terms, page_links


def test_whole_words_any_case() -> None:
    assert link_terms(["Caches and the Cache"], {"cache": "/g/cache"}) == ["Caches and the [Cache](/g/cache)"]


def test_several_terms_and_paragraphs() -> None:
    glossary = {"shard": "/g/shard", "replica set": "/g/rs"}
    paragraphs = ["A shard is part of a Replica Set.", "No terms here."]
    assert link_terms(paragraphs, glossary) == [
        "A [shard](/g/shard) is part of a [Replica Set](/g/rs).",
        "No terms here.",
    ]


def test_special_characters_in_terms() -> None:
    assert link_terms(["Run it on Node.js, not nodeXjs."], {"node.js": "/node"}) == [
        "Run it on [Node.js](/node), not nodeXjs."
    ]


def test_page_links() -> None:
    assert page_links(["node, node", "cluster"], {"node": "/n", "cluster": "/c"}) == 3
