"""Payroll run for the firm's weekly and monthly payslips."""
