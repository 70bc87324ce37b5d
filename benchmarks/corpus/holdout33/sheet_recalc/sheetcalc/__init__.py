"""A small spreadsheet recalculation engine for exported workbooks."""
