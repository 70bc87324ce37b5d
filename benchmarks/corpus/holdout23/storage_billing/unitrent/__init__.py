"""Month-end invoicing for the self-storage sites."""
