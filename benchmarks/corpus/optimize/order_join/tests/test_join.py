from crm.join import Customer, Order, invoice_lines, orders_with_customers


def test_join() -> None:
    customers = [Customer(1, "Ann", "FR"), Customer(2, "Bob", "DE")]
    orders = [Order(10, 2, 5.0), Order(11, 3, 1.0), Order(12, 1, 2.5)]
    assert orders_with_customers(orders, customers) == [(10, "Bob", "DE", 5.0), (12, "Ann", "FR", 2.5)]


def test_invoice_lines() -> None:
    assert invoice_lines([Order(1, 1, 3.0)], [Customer(1, "Ann", "FR")], "FR") == ["1 Ann 3.00"]
