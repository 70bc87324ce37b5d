from datetime import date

import pytest

from plotlist.offers import Offer, replay_offers, waiting_summary
from plotlist.records import Applicant, Vacancy, parse_applicants, parse_vacancies


def test_parse_exports() -> None:
    applicants = parse_applicants("id,joined,sites,max_size,resident\nA1,2019-03-02,Elm Road; Mill Lane,125,Y\n")
    assert applicants == [Applicant("A1", date(2019, 3, 2), ("Elm Road", "Mill Lane"), 125, True)]
    vacancies = parse_vacancies("plot,site,size,available\nER-12,Elm Road,250,2021-10-01\n")
    assert vacancies == [Vacancy("ER-12", "Elm Road", 250, date(2021, 10, 1))]
    with pytest.raises(ValueError):
        parse_applicants("id,joined,sites,max_size,resident\nA1,2019-03-02,Elm Road,125,maybe\n")


def test_residents_first_then_joining_date() -> None:
    applicants = [
        Applicant("A1", date(2018, 1, 1), ("Elm Road",), 250, resident=False),
        Applicant("A2", date(2019, 1, 1), ("Elm Road",), 250),
        Applicant("A3", date(2018, 6, 1), ("Elm Road",), 250),
    ]
    vacancies = [Vacancy(f"ER-{n}", "Elm Road", 250, date(2020, 1, n)) for n in range(1, 5)]
    offers = replay_offers(applicants, vacancies)
    assert [offer.applicant_id for offer in offers] == ["A3", "A2", "A1", None]
    assert offers[0] == Offer("ER-1", "A3", date(2020, 1, 1), 579)


def test_site_and_size_must_suit() -> None:
    applicants = [Applicant("A1", date(2018, 1, 1), ("Mill Lane",), 125), Applicant("A2", date(2019, 1, 1), ("Elm Road",), 125)]
    offers = replay_offers(applicants, [Vacancy("ER-1", "Elm Road", 250, date(2020, 1, 1)),
                                        Vacancy("ER-2", "Elm Road", 125, date(2020, 2, 1))])
    assert [offer.applicant_id for offer in offers] == [None, "A2"]


def test_applicant_joins_list_on_joining_date() -> None:
    applicants = [Applicant("A1", date(2020, 5, 1), ("Elm Road",), 250)]
    early = replay_offers(applicants, [Vacancy("ER-1", "Elm Road", 250, date(2020, 4, 30))])
    same_day = replay_offers(applicants, [Vacancy("ER-1", "Elm Road", 250, date(2020, 5, 1))])
    assert early[0].applicant_id is None and same_day[0] == Offer("ER-1", "A1", date(2020, 5, 1), 0)


def test_summary() -> None:
    offers = [Offer("P1", "A1", date(2020, 1, 1), 730), Offer("P2", None, date(2020, 1, 2), None), Offer("P3", "A2", date(2020, 1, 3), 1461)]
    assert waiting_summary(offers) == {"offers": 2.0, "unwanted": 1.0, "median_wait_years": 3.0}
