"""Concordancing tools for the corpus-linguistics course."""
