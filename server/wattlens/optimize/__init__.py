"""Candidate rewrites of a hot function: examples, retrieval, the model, recipes, parsing, learning.

`generator.generate_candidates` (and `repair_candidate`) ask the model; `model`
finds or fetches the GGUF file, `llm` runs it locally and `remote` asks an
OpenAI-compatible server instead.  `embeddings`, `code_features` and
`retrieval` pick similar examples from `examples` and from what `memory`
learned; `retrieval_eval` measures that choice.  `prompt` frames the request,
`parsing` turns replies into rewrites, `recipes` rewrites common patterns
deterministically, and `bandit` orders the generators by past outcomes.
Nothing here judges correctness: that is the verifier's job.
"""
