"""Lead-time planning over bills of materials."""
