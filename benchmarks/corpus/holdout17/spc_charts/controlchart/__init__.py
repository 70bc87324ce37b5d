"""Statistical process control for the bottling line's quality lab."""
