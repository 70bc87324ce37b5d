"""Safety tables for the data safety monitoring board (DSMB) reports."""
