"""Extraction shared by every source parser: people, dates, durations,
cues, initiators, topics, and the assembly of calls from them."""
