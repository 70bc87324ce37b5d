"""Log checking for the club's amateur-radio contests."""
