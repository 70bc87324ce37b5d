"""Graded readers: chapters, word tokens and the new vocabulary each chapter introduces."""
