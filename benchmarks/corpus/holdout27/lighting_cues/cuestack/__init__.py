"""Cue-list paperwork for the lighting department: tracked channel levels, cue sheets and channel histories."""
