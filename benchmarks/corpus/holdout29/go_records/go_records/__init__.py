"""Game-record checks for the club's online Go league."""
