"""SLA clocks for the helpdesk's monthly service report."""
