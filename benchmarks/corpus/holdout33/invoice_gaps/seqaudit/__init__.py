"""Invoice numbering-continuity checks for the VAT audit."""
