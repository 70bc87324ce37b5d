"""Rebate programme back office for the regional energy-efficiency agency."""
