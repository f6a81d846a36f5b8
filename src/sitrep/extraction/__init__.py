"""One module per kind of value taken from a parsed report.

Each extractor is a small set of pure functions from a spaCy ``Doc`` (and the
values other extractors already found) to typed values with evidence spans.
"""
