from confreview.conflicts import find_conflicts
from confreview.people import Author, Paper, Reviewer, email_domain, normalise_name, normalise_org

ALICE = Reviewer("pc01", "Alice Smith", "alice@cs.ox.ac.uk", ("University of Oxford",))
BOB = Reviewer("pc02", "Bob Jones", "bob@gmail.com", ("ETH Zurich",))


def paper(*authors: Author, paper_id: int = 1) -> Paper:
    return Paper(paper_id, "A paper", authors)


def test_normalise_name() -> None:
    assert normalise_name("Dr. José  García-López") == "jose garcia lopez"
    assert normalise_name("PROF. Zoë O'Connor") == "zoe o connor"


def test_normalise_org() -> None:
    assert normalise_org("The Univ. of Oxford") == "university of oxford"
    assert normalise_org("ETH-Zürich") == "eth zürich"


def test_email_domain() -> None:
    assert email_domain("x@cs.ox.ac.uk") == "ox.ac.uk"
    assert email_domain(" Y@Mail.Example.COM ") == "example.com"
    assert email_domain("z@gmail.com") is None
    assert email_domain("not-an-address") is None


def test_author_and_institution_conflicts() -> None:
    papers = [paper(Author("alice smith", "MIT", "a@mit.edu")),
              paper(Author("Carol", "The University of Oxford", "c@x.org"), paper_id=2)]
    assert find_conflicts(papers, [ALICE, BOB], [], since=2020) == {1: [("pc01", "author")], 2: [("pc01", "institution")]}


def test_coauthor_conflict_respects_window() -> None:
    papers = [paper(Author("Dana White", "MIT", "d@mit.edu"))]
    assert find_conflicts(papers, [BOB], [("Dana White", "Bob Jones", 2023)], since=2021) == {1: [("pc02", "coauthor")]}
    assert find_conflicts(papers, [BOB], [("Bob Jones", "Dana White", 2019)], since=2021) == {}


def test_domain_conflict_and_webmail() -> None:
    papers = [paper(Author("Eve", "Somerville College", "eve@ox.ac.uk"), Author("Fay", "Home", "fay@gmail.com"))]
    assert find_conflicts(papers, [ALICE, BOB], [], since=2020) == {1: [("pc01", "domain")]}


def test_precedence_and_sorting() -> None:
    papers = [paper(Author("Gus", "ETH Zurich", "gus@ethz.ch"), Author("Bob Jones", "x", "q@q.org"))]
    reviewers = [BOB, Reviewer("pc00", "Hal", "hal@ethz.ch", ())]
    assert find_conflicts(papers, reviewers, [], since=2020) == {1: [("pc00", "domain"), ("pc02", "author")]}
