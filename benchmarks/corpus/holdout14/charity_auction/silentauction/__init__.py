"""Silent-auction bookkeeping for the charity gala."""
