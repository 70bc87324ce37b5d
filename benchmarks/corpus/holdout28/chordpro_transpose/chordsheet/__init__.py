"""ChordPro chord sheets for the worship band's song library."""
