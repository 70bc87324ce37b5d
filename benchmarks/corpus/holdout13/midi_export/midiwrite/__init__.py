"""Standard MIDI File export for the notation editor."""
