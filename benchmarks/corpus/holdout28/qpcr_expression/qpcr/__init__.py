"""qPCR analysis for the lab's gene-expression experiments."""
