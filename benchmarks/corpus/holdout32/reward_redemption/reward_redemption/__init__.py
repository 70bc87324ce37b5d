"""Reward-voucher suggestions for the loyalty scheme's points statements."""
