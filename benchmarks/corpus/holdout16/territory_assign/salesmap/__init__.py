"""Sales-territory mapping for the CRM's account assignment job."""
