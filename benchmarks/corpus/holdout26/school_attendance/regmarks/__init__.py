"""School attendance from the management information system's register export: marks, per-pupil totals and form summaries."""
