"""Dangerous-goods screening of the forwarder's shipment manifests."""
