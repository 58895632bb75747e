"""A text's front matter: the block of ``key: value`` lines some saved texts open with.

A page saved by a scraper or a static-site generator (Jekyll, Hugo, Pandoc) may carry its
metadata as a header of ``key: value`` lines closed by a line of dashes (and maybe opened by
one)::

    slug: example_story
    outlet: Example Financial Daily
    url: https://example.com/story
    ---
    Headline

The outlet's name, the slug and the address there are the file's description, nobody's
topic, and a header read as text gives keyphrases such as "slug", "url" or a piece of the
outlet's name. :func:`mask_front_matter` blanks such a header, keeping every offset; the
keyphrase candidates read the text so masked
(:func:`analysis.metrics.keyphrase_case.keyphrase_text`).
"""

from __future__ import annotations

import re

MIN_KEYS = 2
"""A header has at least this many ``key: value`` lines."""
_FRONT_MATTER = re.compile(
    r"\A[ \t]*(?:-{3,}[ \t]*\n)?"  # an opening line of dashes, if any
    rf"(?:[ \t]*[A-Za-z][\w-]{{0,30}}:(?:[ \t][^\n]*)?\n){{{MIN_KEYS},}}"  # key: value lines
    r"[ \t]*-{3,}[ \t]*(?=\n|\Z)")  # the closing line of dashes
"""Front matter at the start of a text: ``key: value`` lines (a key is one word) closed by a
line of three dashes or more."""


def mask_front_matter(text: str) -> str:
    """``text`` with its front matter (module docstring) replaced by spaces, its line breaks
    kept (the same length, so every offset still points at the same word); ``text`` itself
    when it has none."""
    if not text.startswith(("-", " ", "\t")) and ":" not in text[:40]:
        return text  # (a header's first line is short: no search for most texts)
    m = _FRONT_MATTER.match(text)
    if m is None:
        return text
    head = re.sub(r"[^\n]", " ", m.group())
    return head + text[m.end():]
