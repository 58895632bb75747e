"""What an *it* that reports stands for: a document the sentence before names, where the last
speaker cannot be *it*, else the last speaker.

``Kim said ... . Earlier the two leaders issued a joint statement. “...,” it said.`` gives the
words to the joint statement, the thing that can *say* them, not to Kim, the last speaker and a
person. :func:`it_referent` reads the sentence before the current one, outside its quotations,
for the first document noun phrase (a statement, a declaration, a communiqué, a readout, a
report, a release, a letter, a commentary, a document) that names no source of its own after it
(``the statement by Kim``) and is no channel of that sentence's speaker (``the agency said in a
commentary``: the agency). That document is *it* when the sentence before named it as its
source (``According to the statement, ...``) or when the last speaker is a person or nobody;
otherwise *it* is the last speaker, a body (``The ministry issued a statement. It said``: the
ministry), as before; with no speaker yet, or a person as the last speaker, the country or body
narrated last (:mod:`analysis.corpus.it_bodies`: ``Seoul gave up a great deal. It pledged
...``: Seoul; ``Kirby said ... . The North has raised tensions. It also branded the South
...``: the North), if the sentences just before open with one.
"""

from __future__ import annotations

import re
from typing import Any

from .it_bodies import narrated_body

_DOCUMENT_RE = re.compile(
    r"\b((?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:(?!(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s)[\w.’'-]+\s+)"
    r"{0,3}?(?:[Ss]tatement|[Dd]eclaration|"
    r"communiqu[eé]|readout|report|release|letter|commentary|document))\b(?!\s+(?:of|by|from|"
    r"that|which))")
"""A document noun phrase that ends in its head (not ``the statement by Kim``, whose source is
named), with no other determiner inside (``its report`` of ``The institute released its
report``)."""

_ACCORDING_BEFORE_RE = re.compile(r"\b(?:[Aa]ccording\s+to|[Aa]s\s+per)\s+$")
"""*According to* before a document: the sentence before named it as its source."""
_CHANNEL_BEFORE_RE = re.compile(r"\b(?:in|through|via|with)\s+$")
"""A channel's preposition before a document (``the agency said in a commentary``): the speaker
of that sentence is then the *it*, not its document."""
_QUOTED_RE = re.compile(r"“[^”]*”?|\"[^\"]*\"?")
"""A quotation of the sentence before: a document it names is the speaker's words (``“The
Washington Declaration appears to ...,” the paper states. It adds``: the paper), no referent."""


def it_referent(seen: list[str], tracker: Any) -> str | None:
    """The referent of a reporting *it* in the last of the sentences ``seen``, given the
    ``last_speaker`` and ``last_person`` of ``tracker`` (a
    :class:`analysis.corpus.speakers.SpeakerTracker`; module docstring)."""
    before = _QUOTED_RE.sub(lambda m: " " * len(m.group()), seen[-2]) if len(seen) > 1 else ""
    found = [m for m in _DOCUMENT_RE.finditer(before) if not _CHANNEL_BEFORE_RE.search(
        before, 0, m.start())] if "e" in before else []
    named = [m for m in found if _ACCORDING_BEFORE_RE.search(before, 0, m.start())]
    last = tracker.last_speaker
    if named or (found and (last is None or last == tracker.last_person)):
        phrase = (named or found)[0].group(1)
        return phrase[0].lower() + phrase[1:] if phrase.split()[0] in {"The", "A", "An"} \
            else phrase
    if last is not None and last == tracker.last_person:  # "it" is no person: the body narrated
        body = narrated_body(seen[:-1], tracker.linker)  # not a possessor ("North Korea's tests")
        return body if body and not body.endswith(("’s", "'s")) else last
    return last if last is not None else narrated_body(seen[:-1], tracker.linker)


_OWNED_RE = re.compile(r"([Hh]is|[Hh]er)\s+(?:[a-z-]+\s+)?(?:statement|remarks|comments|letter|"
                       r"message|speech|address|post|article|column|essay|op-ed|interview)")
"""A person's document named by a possessive pronoun (``Her statement``, ``his latest
remarks``): its author speaks."""


def owner_pronoun(raw: str) -> str | None:
    """``he`` or ``she`` for a subject that is a person's document named by a possessive
    pronoun (``Her statement`` of ``Her statement, carried by state media, accused ...``), so
    that the speaker is the person the pronoun stands for; else ``None``."""
    m = _OWNED_RE.fullmatch(raw.strip())
    return None if m is None else "he" if m.group(1).lower() == "his" else "she"
