"""Allotment waiting list: applications, plot vacancies and the offers made from the list."""
