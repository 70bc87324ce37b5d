"""Blood bank stock management for the hospital transfusion laboratory."""
