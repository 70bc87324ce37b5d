from citeindex.metrics import AuthorMetrics, author_metrics, h_index
from citeindex.records import Paper, find_paper, normalise_doi


def test_normalise_doi() -> None:
    assert normalise_doi(" https://doi.org/10.1000/ABC ") == "10.1000/abc"
    assert normalise_doi("doi:10.1000/x") == "10.1000/x"
    assert normalise_doi("10.1000/x") == "10.1000/x"


def test_find_paper() -> None:
    papers = [Paper("10.1/a", "A", 2020), Paper("10.1/B", "B", 2021)]
    assert find_paper(papers, "DOI:10.1/b") is papers[1]
    assert find_paper(papers, "10.1/c") is None


def test_h_index() -> None:
    assert h_index([]) == 0
    assert h_index([10, 8, 5, 4, 3]) == 4
    assert h_index([0, 0]) == 0


def test_empty_repository() -> None:
    assert author_metrics([]) == {}


def test_citations_and_self_citations() -> None:
    papers = [Paper("10.1/a", "A", 2020, ["ann"]),
              Paper("10.1/b", "B", 2021, ["bob"], ["https://doi.org/10.1/A", "10.9/external"]),
              Paper("10.1/c", "C", 2022, ["ann", "cat"], ["10.1/a", "10.1/b", "10.1/c"])]
    metrics = author_metrics(papers)
    assert metrics["ann"] == AuthorMetrics("ann", 2, 1, 1, 1)
    assert metrics["bob"] == AuthorMetrics("bob", 1, 1, 0, 1)
    assert metrics["cat"] == AuthorMetrics("cat", 1, 0, 0, 0)


def test_repeated_references_count_once() -> None:
    papers = [Paper("10.1/a", "A", 2020, ["ann"]), Paper("10.1/b", "B", 2021, ["bob"], ["10.1/a", "doi:10.1/A"])]
    assert author_metrics(papers)["ann"].citations == 1


def test_since_filters_both_sides() -> None:
    papers = [Paper("10.1/a", "A", 2015, ["ann"]), Paper("10.1/b", "B", 2021, ["bob"], ["10.1/a"]),
              Paper("10.1/c", "C", 2016, ["cat"], ["10.1/b"])]
    metrics = author_metrics(papers, since=2016)
    assert "ann" not in metrics
    assert metrics["bob"].citations == 1
