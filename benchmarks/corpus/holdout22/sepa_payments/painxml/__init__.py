"""SEPA credit-transfer files (ISO 20022 pain.001.001.03) for the treasury team."""
