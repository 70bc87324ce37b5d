"""ESC/POS receipt printing for the cafe chain's tills."""
