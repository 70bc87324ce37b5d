from bankledger.export import StatementWriter, Transaction


def test_layout() -> None:
    writer = StatementWriter("DE89370400440532013000", width=40)
    text = writer.render([Transaction("2024-03-01", "rent march", -95000),
                          Transaction("2024-03-02", "salary", 310000)])
    lines = text.split("\n")
    assert lines[-1] == ""
    assert all(len(line) == 40 for line in lines[:-1])
    assert lines[0].startswith("HDE89370400440532013000")
    assert lines[1].startswith("T20240301RENT MARCH")
    assert lines[3].startswith("Z00000002+000000000215000")


def test_totals_kept() -> None:
    writer = StatementWriter("ACC")
    writer.render([Transaction("2024-01-01", "x", 5), Transaction("2024-01-02", "y", -7)])
    assert (writer.count, writer.balance) == (2, -2)
    assert writer.text.endswith("\n")


def test_empty_statement() -> None:
    text = StatementWriter("ACC").render([])
    assert text.count("\n") == 2
    assert "Z00000000+000000000000000" in text


def test_rerender_resets_totals() -> None:
    writer = StatementWriter("ACC")
    writer.render([Transaction("2024-01-01", "x", 5)])
    writer.render([Transaction("2024-01-01", "x", 5)])
    assert writer.count == 1
