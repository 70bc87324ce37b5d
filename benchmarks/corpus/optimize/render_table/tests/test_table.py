from reports.table import Row, render_table


def test_columns_are_padded() -> None:
    text = render_table([Row("Acme", "EU", 1234.5), Row("Bo", "APAC", -3.0)])
    assert text == "Acme  EU          1,234.50\nBo    APAC           -3.00\n"


def test_no_rows() -> None:
    assert render_table([]) == ""
