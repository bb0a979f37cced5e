"""Input limits, in one place: every refusal of an over-large input names one of these.

Each limit is far above any real document (the longest sentence of a long novel is a few thousand
characters; a book is tens of thousands of sentences) and low enough that time and memory stay
bounded on a laptop. A refusal is an ``InputError`` with one line: the limit, what was found, what
to do. The upload limit is a default: ``PARALLAX_MAX_UPLOAD_MB`` raises or lowers it at the edge.
"""

from __future__ import annotations

# Bytes of one uploaded file, counted after decompression (a .docx is a zip): the default of
# PARALLAX_MAX_UPLOAD_MB. 20 MB of text is about 8,000 pages; segmenting it takes under a minute
# (docs/benchmarks.md, "Hostile sizes").
MAX_UPLOAD_MB = 20.0

# Characters of one paragraph. Segmentation is linear, so this only stops a file that is one
# endless line from being taken for prose.
MAX_PARAGRAPH_CHARS = 2_000_000

# Characters of one sentence. A longer run without a sentence end (a list, a table, a pasted log)
# is cut at white space into pieces of at most this size, so the aligner's windows stay small.
MAX_SENTENCE_CHARS = 3_000

# Sentences of one document: a book has tens of thousands; millions are a generated file. Counted
# while segmenting, so a file over it is refused after about 30-40 s of work on a loaded 2-core
# machine (20 MB of real prose in 1 MB lines is 156,000 sentences in 39 s; docs/benchmarks.md).
MAX_SENTENCES_PER_DOCUMENT = 250_000

# --- readers: what a file of each format may hold before it is taken for a crafted one.

# Pages of a PDF: more than any book; each page's text layer is parsed.
MAX_PDF_PAGES = 5000

# Parts (zip members) of a .docx: Word writes a few dozen, a few hundred with many images.
MAX_DOCX_PARTS = 2000

# Bytes of all parts of a .docx unpacked, images included (its XML parts alone count against
# MAX_UPLOAD_MB).
MAX_DOCX_UNPACKED_MB = 200.0

# Unpacked/packed size of one .docx part over 1 MB: text XML compresses about 5-20x, zip bombs 1000x.
MAX_DOCX_RATIO = 200

# Elements nested in an HTML page: real pages nest a few dozen deep.
MAX_HTML_DEPTH = 400
