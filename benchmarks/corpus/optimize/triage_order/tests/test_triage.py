from tickets.triage import Ticket, Triage


def test_order() -> None:
    triage = Triage(["outage", "billing", "question"])
    tickets = [Ticket(1, "question", 5), Ticket(2, "outage", 9), Ticket(3, "spam", 1), Ticket(4, "outage", 3)]
    assert [t.ticket_id for t in triage.order(tickets)] == [4, 2, 1, 3]


def test_rank() -> None:
    assert Triage(["a", "b"]).rank("b") == 1
    assert Triage(["a", "b"]).rank("z") == 2
