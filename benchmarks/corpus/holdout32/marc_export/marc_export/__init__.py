"""MARC 21 export of the school library catalogue."""
