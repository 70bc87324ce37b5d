"""Outbound SMS preparation: GSM 03.38 / UCS-2 encoding, segmentation and costing."""
