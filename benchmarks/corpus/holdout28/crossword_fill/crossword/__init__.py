"""Grid checks for the puzzle magazine's crossword desk."""
