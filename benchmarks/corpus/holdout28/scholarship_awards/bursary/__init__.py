"""Scholarship and bursary allocation for the student financial-aid office."""
