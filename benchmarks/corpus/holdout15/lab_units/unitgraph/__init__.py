"""Unit conversions for laboratory results."""
