"""Input limits, in one place: every refusal of an over-large input names one of these.

Each limit is far above any real document (the longest sentence of a long novel is a few thousand
characters; a book is tens of thousands of sentences) and low enough that time and memory stay
bounded on a laptop. A refusal is an ``InputError`` with one line: the limit, what was found, what
to do. The upload limit is a default: ``PARALLAX_MAX_UPLOAD_MB`` raises or lowers it at the edge.
"""

from __future__ import annotations

# Bytes of one uploaded file, counted after decompression (a .docx is a zip): the default of
# PARALLAX_MAX_UPLOAD_MB.
MAX_UPLOAD_MB = 20.0

# Characters of one paragraph. Segmentation is linear, so this only stops a file that is one
# endless line from being taken for prose.
MAX_PARAGRAPH_CHARS = 2_000_000

# Characters of one sentence. A longer run without a sentence end (a list, a table, a pasted log)
# is cut at white space into pieces of at most this size, so the aligner's windows stay small.
MAX_SENTENCE_CHARS = 3_000

# Sentences of one document: a book has tens of thousands; millions are a generated file.
MAX_SENTENCES_PER_DOCUMENT = 250_000
