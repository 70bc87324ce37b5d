"""GPX 1.1 export of recorded vehicle trips."""
