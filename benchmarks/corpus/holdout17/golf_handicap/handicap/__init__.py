"""World Handicap System calculations for the club's members."""
