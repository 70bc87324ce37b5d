"""Modbus/TCP captures from the plant's network tap, written as pcap files."""
