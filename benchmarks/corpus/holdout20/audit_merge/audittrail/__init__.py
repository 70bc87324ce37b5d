"""Audit trails for the payments platform's compliance exports."""
