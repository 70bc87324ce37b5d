import pytest

from reward_redemption.catalogue import Voucher, parse_catalogue
from reward_redemption.redeem import Redemption, best_redemption
from reward_redemption.statements import statement_lines

CATALOGUE = """# code,partner,points,value,limit
SHOP5,£5 off,500,5.00,4
CINE,Cinema ticket,1250,13.00,2
COFFEE,Coffee and cake,400,4.40
"""


def test_parse_catalogue() -> None:
    vouchers = parse_catalogue(CATALOGUE)
    assert vouchers[0] == Voucher("SHOP5", "£5 off", 500, 500, 4)
    assert vouchers[2].limit == 1 and vouchers[2].value == 440
    with pytest.raises(ValueError):
        parse_catalogue("A,x,100\n")
    with pytest.raises(ValueError):
        parse_catalogue("A,x,100,1\nA,y,200,2\n")
    with pytest.raises(ValueError):
        parse_catalogue("A,x,0,1\n")


def test_small_balance_buys_nothing() -> None:
    assert best_redemption(300, parse_catalogue(CATALOGUE)) == Redemption(0, 0, ())


def test_best_value_mix() -> None:
    vouchers = parse_catalogue(CATALOGUE)
    assert best_redemption(1300, vouchers) == Redemption(1300, 1250, ("CINE",))
    assert best_redemption(900, vouchers) == Redemption(940, 900, ("SHOP5", "COFFEE"))


def test_limits_are_respected() -> None:
    vouchers = [Voucher("A", "a", 100, 150, 2), Voucher("B", "b", 100, 100, 5)]
    assert best_redemption(500, vouchers) == Redemption(600, 500, ("A", "A", "B", "B", "B"))


def test_fewer_points_win_a_tie() -> None:
    vouchers = [Voucher("BIG", "big", 600, 600), Voucher("SMALL", "small", 500, 600)]
    assert best_redemption(700, vouchers) == Redemption(600, 500, ("SMALL",))


def test_first_found_wins_a_full_tie() -> None:
    vouchers = [Voucher("X", "x", 500, 500), Voucher("Y", "y", 500, 500)]
    assert best_redemption(600, vouchers).codes == ("Y",)
    assert best_redemption(1000, vouchers).codes == ("X", "Y")


def test_bad_voucher() -> None:
    with pytest.raises(ValueError):
        best_redemption(1000, [Voucher("FREE", "free", 0, 100)])


def test_statement_lines() -> None:
    vouchers = parse_catalogue(CATALOGUE)
    lines = statement_lines([{"member": "M1", "points": 2200}, {"member": "M2", "points": 120}], vouchers)
    assert lines[0] == {"member": "M1", "suggestion": ["1 x £5 off", "1 x Cinema ticket", "1 x Coffee and cake"],
                        "value": 22.4, "points_left": 50}
    assert lines[1] == {"member": "M2", "suggestion": [], "value": 0.0, "points_left": 120}
