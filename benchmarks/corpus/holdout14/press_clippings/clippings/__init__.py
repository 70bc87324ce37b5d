"""Daily press-clippings feed for the agency's clients."""
