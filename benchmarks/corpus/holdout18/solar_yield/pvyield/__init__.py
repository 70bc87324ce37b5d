"""Yield estimates for the installer's quoting and monitoring tools."""
