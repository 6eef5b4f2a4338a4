"""Hybrid retrieval over article sentences: morpheme/lemma BM25 + multilingual dense, fused."""
