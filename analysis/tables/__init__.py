"""The sentence table, its aggregation to paragraphs, documents and groups, and comparisons."""
