"""Year-end rerun of the weekly payroll to reissue every payslip with year-to-date figures."""

import random

from paystub.ytd import pay_statements

BRACKETS = [(12_570_00, 0), (50_270_00, 20), (125_140_00, 40), (None, 45)]


def main() -> None:
    rng = random.Random(1040)
    staff = {f"EMP{n:04d}": rng.randint(400_00, 2_600_00) for n in range(140)}
    payslips = []
    for week in range(1, 53):
        for employee, base in staff.items():
            if rng.random() < 0.03:
                continue
            overtime = rng.choice([0, 0, 0, rng.randint(20_00, 400_00)])
            payslips.append({"employee": employee, "period": week, "gross_cents": base + overtime, "dept": employee[-1]})
    statements = pay_statements(payslips, 12_570_00 // 52, BRACKETS)
    total_tax = sum(statement["tax_cents"] for statement in statements)
    refunds = sum(statement["tax_cents"] < 0 for statement in statements)
    print(len(statements), "payslips; tax withheld:", total_tax / 100, "; refunds:", refunds)


if __name__ == "__main__":
    main()
