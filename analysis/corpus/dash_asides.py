"""A subject set off from its reporting verb by an aside between dashes.

British and wire copy put a comment between dashes after the subject: ``Beijing – plainly
irritated by the summit – warned against ...``, ``Pyongyang -- angered by the drills --
vowed ...``. :func:`without_dash_aside` gives the sentence without the aside, so that the
subject before it is read as the verb's (:func:`analysis.corpus.cues.find_reporting_clause`).
"""

from __future__ import annotations

import re

_DASH_ASIDE_RE = re.compile(r"\s*(?:--|[–—]|(?<=\s)-(?=\s))\s*[^–—\n]{1,120}?\s*"
                            r"(?:--|[–—]|(?<=\s)-(?=\s))\s*$")
"""An aside between dashes (at most 120 characters) just before a verb; a hyphen between spaces
is a dash too (``Kim Yo Jong - the sister of ... - said``)."""
_FRONTING = frozenset("""during in at on after before following amid speaking addressing earlier
    later meanwhile separately also however""".split())
"""First words of a phrase fronted before the subject and its comma (``During a meeting in
Seoul, the chiefs -- ... -- urged``): that comma is no appositive's."""


def without_dash_aside(outside: str, verb_at: int, word_re: re.Pattern) -> tuple[str, int] | None:
    """``outside`` (a sentence with its quotations blanked) without the aside between dashes
    that ends just before the verb at offset ``verb_at``, and the index of the verb among the
    ``word_re`` tokens of that text; ``None`` without such an aside or a subject before it."""
    aside = _DASH_ASIDE_RE.search(outside, 0, verb_at)
    if aside is None or not outside[:aside.start()].strip():
        return None
    before = outside[:aside.start()]  # "John Dickey, the head of X -- aside -- said": the
    appositive = "," in before and not (before.count(",") == 1 and  # appositive's comma, not
                                        before.split(None, 1)[0].lower() in _FRONTING)  # "In X,"
    bare = before + (", " if appositive else " ") + outside[verb_at:]
    return bare, len(word_re.findall(outside, 0, aside.start()))


_SOURCE_ASIDE_RE = re.compile(
    r",\s*(?:in|through|via)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:statement|release|interview|briefing|commentary|post|message|letter|speech|report|"
    r"editorial|article|note|video|broadcast|dispatch)s?\b[^,;:()]{0,60}?,\s*(?=[a-z])")
"""The medium of a report set off by commas between the subject and its verb (``The ministry,
in a statement issued on Wednesday, said``)."""


def without_source_aside(outside: str) -> str:
    """``outside`` without a medium's aside between its subject and verb (:data:`_SOURCE_ASIDE_RE`:
    ``The ministry, in a statement, said`` -> ``The ministry said``), so that the subject before
    it is read as the verb's; unchanged without one."""
    return _SOURCE_ASIDE_RE.sub(" ", outside) if ", in " in outside or ", through " in outside \
        or ", via " in outside else outside
