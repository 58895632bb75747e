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

_RIGHTS_RE = re.compile(
    r"(?:©|ⓒ|Ⓒ|\([Cc]\)|Copyright\s*(?:©|ⓒ|\([Cc]\)|\d{4})|COPYRIGHT)[^\"“”]{0,200}"
    r"|[^\"“”]{0,120}\b(?:[Aa]ll [Rr]ights [Rr]eserved|ALL RIGHTS RESERVED"
    r"|[Uu]nauthori[sz]ed (?:reproduction|redistribution|copying|republication)"
    r"|(?:[Rr]eproduction|[Rr]edistribution|[Rr]epublication)\b[^.\"“”]{0,60}\b(?:prohibited"
    r"|forbidden|not permitted))[^\"“”]{0,80}")
"""A rights notice: ``ⓒ The Korea Herald``, ``Copyright © 2023 Yonhap News Agency``, ``All
rights reserved.``, ``Unauthorized reproduction, redistribution prohibited.``"""

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


def is_site_line(sentence: str) -> bool:
    """Whether ``sentence`` (alone as a sentence) is a rights notice, a disclaimer or a link's
    label (module docs), of at most :data:`_MAX_WORDS` words."""
    line = sentence.strip().rstrip(".")
    if not line or len(line.split()) > _MAX_WORDS:
        return False
    return bool(_RIGHTS_RE.fullmatch(line) or _DISCLAIMER_RE.fullmatch(line)
                or _LINK_RE.fullmatch(line))


def is_list_heading(paragraph: str) -> bool:
    """Whether ``paragraph`` (a whole paragraph) is the heading of a list of other stories
    (``Related articles``, ``Most viewed:``)."""
    return _HEADING_RE.fullmatch(paragraph.strip().rstrip(":").strip()) is not None


def is_listed_headline(paragraph: str) -> bool:
    """Whether ``paragraph`` (a whole paragraph after a list heading) reads as a listed
    headline: short, no final stop."""
    line = paragraph.strip()
    return bool(line) and len(line.split()) <= 20 and line[-1] not in ".!?\"”’"
