"""Expense-claim checks for the finance team's monthly reimbursement run."""
