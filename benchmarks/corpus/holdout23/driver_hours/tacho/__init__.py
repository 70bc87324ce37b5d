"""Drivers'-hours analysis of digital tachograph downloads for the transport office."""
