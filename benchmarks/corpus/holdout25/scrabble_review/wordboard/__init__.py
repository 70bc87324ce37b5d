"""Scrabble game reviews: the board, play scoring and the ranking of candidate plays."""
