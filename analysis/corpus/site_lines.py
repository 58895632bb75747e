"""Lines a news site adds around a story: rights notices, disclaimers, links and their lists.

A page saved from a news site, or its text pasted into a database, keeps lines that the site
prints under or beside every story: a copyright or rights notice (``ⓒ The Korea Herald. All
rights reserved.``, ``Unauthorized reproduction and redistribution prohibited.``), an opinion
page's disclaimer (``The views expressed are her own.``), a link's label (``Acquire Licensing
Rights, opens new tab``, ``Our Standards: The Thomson Reuters Trust Principles.``) and a list of
other stories under a heading (``Related articles``, ``Read more``, ``Most viewed``).
:func:`is_site_line` and :func:`is_list_heading` let
:func:`analysis.corpus.furniture_lines.furniture_flags` read them as ``stage``, so that none is
counted as the writer's words, a frame, a tone or a keyphrase; the headlines listed under such a
heading (short paragraphs without a final stop) go with it.
"""

from __future__ import annotations

import re

_TEXTS = r"(?:this |these |the |any |our )?(?:article|content|material|story|page|photo|image)s?"
_RIGHTS_RE = re.compile(
    r"(?:©|ⓒ|Ⓒ|\([Cc]\)\s*\d{4}|Copyright\s*(?:©|ⓒ|\([Cc]\)|\d{4})|COPYRIGHT)[^\"“”]{0,200}"
    r"|(?:[A-Z][\w&.,'’-]*\s+){0,8}?(?:[Aa]ll [Rr]ights [Rr]eserved|ALL RIGHTS RESERVED)"
    r"|(?:[Uu]nauthori[sz]ed )?(?:[Rr]eproduction|[Rr]edistribution|[Cc]opying|[Rr]epublication)"
    r"(?:(?:,| and| or) (?:[a-z]+ )?(?:reproduction|redistribution|copying|republication|use))*"
    rf"(?: of {_TEXTS})?(?: (?:in any form|without (?:prior |written )*permission))*"
    r"(?: (?:is|are))?(?: strictly)? (?:prohibited|forbidden|not permitted)")
"""A rights notice, alone as a sentence: ``ⓒ The Korea Herald``, ``Copyright © 2023 Yonhap
News Agency``, ``All rights reserved.``, ``Unauthorized reproduction, redistribution
prohibited.``, ``Reproduction of this article without permission is strictly prohibited.``"""

_DISCLAIMER_RE = re.compile(
    r"(?:The |Any )?(?:views|opinions)(?: and (?:views|opinions))? expressed(?: in this "
    r"(?:article|column|piece|commentary|op-ed|essay))?(?: here(?:in)?)? (?:are|is) "
    r"(?:solely )?(?:those of the (?:author|writer|contributor)s?|(?:his|her|their|the "
    r"(?:author|writer)[’']s|the (?:author|writer)s[’']) own)\b[^\"“”]{0,150}")
"""An opinion page's disclaimer: ``The views expressed are her own.``, ``The opinions expressed
in this article are those of the author and do not reflect ...``"""

_LINK_RE = re.compile(r"[^\"“”]{1,80}, opens new tab\.?|Our Standards: [^\"“”]{5,80}"
                      r"|(?:Sign up|Subscribe|Click) here[^\"“”]{0,80}")
"""A link's label: ``Acquire Licensing Rights, opens new tab``, ``Our Standards: The Thomson
Reuters Trust Principles.``, ``Sign up here.``"""

_HEADING_RE = re.compile(
    r"(?:Related|More|Recommended|Latest|Top|Popular|Trending)(?: [Aa]rticles?| [Ss]tories"
    r"| [Nn]ews| [Cc]overage| [Ll]inks| [Rr]eading| [Cc]ontent| [Pp]osts)?"
    r"|(?:Most (?:[Rr]ead|[Vv]iewed|[Pp]opular|[Ss]hared))|Read (?:[Mm]ore|[Aa]lso|[Nn]ext)"
    r"|(?:You|We) (?:[Mm]ay|[Mm]ight) (?:[Aa]lso )?[Ll]ike|See [Aa]lso")
"""A heading of a list of other stories: ``Related articles``, ``Most viewed``, ``Read more``."""

_MAX_WORDS = 45
"""A site's line is short; a longer sentence is the story's own."""


_REPORTED_RE = re.compile(r"\b(?:said|says|told|tells|added|stated|according to|reported)\b")
"""A reporting verb: a sentence that reports a notice (``..., Kirby said``) is a story's."""
_PAST_REPORT_RE = re.compile(r"\b(?:said|told|added|stated|according to|reported)\b")
"""A story's reporting verb; a headline's is in the present (``North Korea says ...``)."""


def is_site_line(sentence: str) -> bool:
    """Whether ``sentence`` (alone as a sentence) is a rights notice, a disclaimer or a link's
    label (module docs), of at most :data:`_MAX_WORDS` words, reporting no one."""
    line = sentence.strip().rstrip(".")
    if not line or len(line.split()) > _MAX_WORDS or _REPORTED_RE.search(line):
        return False
    return bool(_RIGHTS_RE.fullmatch(line) or _DISCLAIMER_RE.fullmatch(line)
                or _LINK_RE.fullmatch(line))


def is_list_heading(paragraph: str) -> bool:
    """Whether ``paragraph`` (a whole paragraph) is the heading of a list of other stories
    (``Related articles``, ``Most viewed:``)."""
    return _HEADING_RE.fullmatch(paragraph.strip().rstrip(":").strip()) is not None


def is_listed_headline(paragraph: str) -> bool:
    """Whether ``paragraph`` (a whole paragraph after a list heading) reads as a listed
    headline: short, no final stop or colon, no story's past-tense report (``..., according to
    officials``; a headline's ``says`` is kept)."""
    line = paragraph.strip()
    return bool(line) and len(line.split()) <= 20 and line[-1] not in ".!?:;,\"”’" and \
        _PAST_REPORT_RE.search(line) is None
