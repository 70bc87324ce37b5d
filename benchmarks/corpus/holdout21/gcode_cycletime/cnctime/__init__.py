"""Cycle-time estimates for the job shop's CNC programs."""
