"""Candidate rewrites of a hot function: examples, retrieval, the local model, parsing.

`generator.generate_candidates` is the entry point; `model` finds the GGUF
file, `llm` runs it, `embeddings` + `retrieval` pick similar examples from
`examples`, `prompt` frames the request and `parsing` turns replies into
rewrites.  Nothing here judges correctness: that is the verifier's job.
"""
