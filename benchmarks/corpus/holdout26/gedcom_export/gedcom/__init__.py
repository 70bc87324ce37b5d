"""GEDCOM 5.5.1 export for the family-tree app: people, families and the file writer."""
