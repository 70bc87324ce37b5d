"""Team picking for the club's weekly sessions."""
