"""METAR decoding for the aero club's flight-planning dashboard."""
