"""Furniture lines of an article: the lines of a story that are nobody's words and no content.

A news story carries, besides its sentences, lines that belong to its production: a byline, a
rule, the credit and the tagline, a contact line, an author's bio. :func:`furniture_flags`
finds them; :func:`analysis.corpus.quotes.attribute_sentences` reads them as ``stage`` (``voice``
and ``quote``, no speaker), like a transcript's stage directions, so that they are kept in the
sentence table but counted in no frame share, tone, readability, word count or speaker
(:mod:`analysis.tables.aggregate`), and keyphrases never see them
(:func:`analysis.metrics.furniture.mask_furniture`). A line is furniture when it is, alone as a
sentence:

* an end mark or credit line (:data:`WIRE_FURNITURE_RE`, :data:`CREDIT_LINE_RE`): ``(END)``,
  ``###``, ``(Reporting by ...; Editing by ...)``, ``Reporting by Jane Doe in Seoul; Writing by
  ...; Editing by ...``; a photo credit (:data:`PHOTO_CREDIT_RE`): ``Photo: Reuters / Credit:
  John Photographer``;
* a rule: ``___``, ``***``, ``---``;
* a bare e-mail address (``ejkim@yna.co.kr``) or a contact line (``Contact: ...``, ``For more
  information, contact the Pentagon Press Operations office at ...``), a promotion line
  (``Follow Kim Min-ji on Twitter @minji_k.``);
* a credit: ``Associated Press writer Aamer Madhani contributed to this report.``;
* a stage direction in capitals of a transcript excerpt (``"(CROSSTALK.)``, ``(APPLAUSE)``), or
  a broadcaster's sound-bite label alone (``[Sound bite: Chung Eui-yong, ...]``);
* and, as whole paragraphs only:

  - a byline in the first :data:`BYLINE_PARAGRAPHS` paragraphs, a line without a final stop of
    capitalised words after ``By`` (``By ZEKE MILLER and KIM TONG-HYUNG Associated Press``,
    ``Commentary by Victor D. Cha and Ellen Kim``, ``By Jane Doe, staff reporter``), and one
    that names a role or an outlet after a comma anywhere (``By Jane Doe, Staff Reporter``,
    ``By Jane Doe and John Roe, The Associated Press``; not "By Tuesday, the allies ...");
  - a bare date line (``May 2, 2023``);
  - a byline of a role, not a name (``By a guest columnist``, ``By our correspondent``:
    :func:`analysis.corpus.editor_notes.is_role_byline`);

* an editor's note on how the text was made (``The following interview has been edited for
  length.``: :func:`analysis.corpus.editor_notes.is_editor_note`);
* a news site's line: a rights notice, an opinion page's disclaimer, a link's label, and a list
  of other stories under its heading (``Related articles``: :mod:`analysis.corpus.site_lines`);

* in the last :data:`TAIL_PARAGRAPHS` paragraphs or after a rule, a tagline: ``Kim reported
  from Seoul.``, or a broadcast reporter's sign-off: ``This is Kim Ji-hoon, KBS News, Washington.``;
* in the last paragraph, an author's bio: every sentence of the paragraph says what a person
  named in the byline is (``Jennifer Lind is an associate professor at Dartmouth College.``;
  the byline ``By Jennifer Lind`` names her). A body sentence of the same shape about someone
  the byline does not name (``Lee Sang-hyun is a senior fellow at the Sejong Institute.``) is
  the article's own.
"""

from __future__ import annotations

import re

from .editor_notes import is_editor_note, is_role_byline
from .site_lines import is_list_heading, is_listed_headline, is_site_line

MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
         r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
"""A month's name, whole or abbreviated (``Sept.``), as a regular expression (the patterns
here are shared with :mod:`analysis.metrics.news_furniture`)."""
DAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
"""A weekday's name."""
NAME = r"[A-Z][\w.'’-]*"
"""A capitalised word of a name (``Tong-hyung``, ``D.``, ``O’Neil``)."""
EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
"""An e-mail address."""
BRACKET_CREDIT = (r"\((?:Additional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled) by\b"
                  r"[^()]*\)")
"""A wire credit in brackets: ``(Reporting by Hyonhee Shin; Editing by Jane Roe)``."""
DATE_LINE = (
    rf"(?:(?:Published|Posted|Updated|Modified|Last updated|Date)[ \t]*:?[ \t]*)?"
    rf"(?:{DAY},?[ \t]+)?(?:{MONTH}[ \t]+\d{{1,2}},?[ \t]+\d{{4}}|\d{{1,2}}[ \t]+{MONTH},?"
    rf"[ \t]+\d{{4}}|\d{{4}}[-./]\d{{2}}[-./]\d{{2}})(?:[ \t,–-]+\d{{1,2}}:\d{{2}}"
    r"(?:[ \t]*[AaPp]\.?[Mm]\.?)?(?:[ \t]*[A-Z]{2,4})?)?")
"""A date line: ``May 2, 2023``, ``Wednesday, April 26, 2023``, ``Published : Apr 28, 2023 -
15:01``, ``2023.04.27 10:21``."""
ROLE = (r"(?:[Ss]taff|[Ss]enior|[Cc]hief|[Ff]oreign|[Dd]iplomatic|[Dd]efen[cs]e|[Pp]olitical"
        r"|[Nn]ational|[Ss]pecial|[Cc]ontributing|[Aa]ssociate|[Mm]anaging|[Ww]ashington"
        r"|[Ss]eoul|[Tt]okyo|[Bb]eijing)?[ \t]?(?:[Rr]eporter|[Ww]riter|[Cc]orrespondent"
        r"|[Ee]ditor|[Cc]olumnist|[Cc]ontributor)s?")
"""A byline's role after the names: ``Staff Reporter``, ``staff writer``, ``Correspondent``."""
BYLINE = (rf"(?:(?:Commentary|Analysis|Opinion|Column|Editorial|Story|Written|Text|Words) )?"
          rf"[Bb]y (?P<names>{NAME}(?:(?:,| and| &)? {NAME}){{0,11}})"
          rf"(?P<role>,? (?:an? |the )?{ROLE}(?:,? (?:[Tt]he )?{NAME}(?: {NAME}){{0,4}})?)?"
          rf"(?:,? \(?{EMAIL}\)?)?")
"""A byline, a line without a final stop of capitalised words after ``By`` (``By ZEKE MILLER
and KIM TONG-HYUNG Associated Press``, ``Commentary by Victor D. Cha and Ellen Kim``, ``By
Jane Doe and John Roe, The Associated Press``), with an optional role in lower case (group
``role``: ``By Jane Doe, staff reporter``) and e-mail address; group ``names``."""
_CREDITED = (r"(?:Additional |Further )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled"
             r"|[Ee]dited|[Rr]esearch|[Gg]raphics|[Ff]act-checking) by ")
CREDIT_NAMES = rf"{NAME}(?:[ \t]+(?:{NAME}|and|in|&)|,[ \t]+{NAME})*"
"""The names (and places: ``Jane Doe in Seoul``) of a wire credit line."""
_CREDIT_WHOM = (rf"(?:{CREDIT_NAMES}|(?:our[ \t]+|the[ \t]+)?(?:staff|wire[ \t]+services"
                r"|(?:news[ \t]+)?agencies))")
CREDIT_LINE = (rf"\(?{_CREDITED}{_CREDIT_WHOM}(?:[ \t]*[;,][ \t]*(?:and[ \t]+)?{_CREDITED}"
               rf"{_CREDIT_WHOM})*\)?[ \t]*\.?")
"""A wire credit line, bracketed or not: ``Reporting by Jane Doe; Editing by John Smith``,
``Additional reporting by staff``,
``Reporting by Hyonhee Shin in Seoul; Additional reporting by Jane Roe; Writing by Josh Smith;
Editing by Sam Holmes`` (not "Reporting by the agency showed ...")."""
_CREDIT_WHO = (rf"{NAME}(?:(?:[ \t]*/[ \t]*|,[ \t]*|[ \t]+)(?:(?:via|for|of|the|and)[ \t]+)*"
               rf"{NAME}){{0,7}}")
PHOTO_CREDIT = (rf"(?:(?:File |FILE |AP |AFP |Reuters )?(?:Photo(?:graph)?|Image|Picture|Video"
                rf"|Graphic|Illustration)s?(?: [Cc]redit)?|Credits?|Source)[ \t]*:[ \t]*"
                rf"{_CREDIT_WHO}(?:[ \t]*[/|][ \t]*(?:(?:Photo|Image) )?(?:[Cc]redit|Photo"
                rf"|Source)s?[ \t]*:[ \t]*{_CREDIT_WHO})*\.?")
"""A photo credit line: ``Photo: Reuters``, ``Photo: Reuters / Credit: John Photographer``,
``Image: Yonhap`` (capitalised names only: not a caption)."""
CREDIT = (r"\b[A-Z][^.!?\n]{0,200}\bcontributed(?: reporting(?: to this (?:report|story))?"
          r"| to this (?:report|story|article))"
          r"(?: (?:from|in) [A-Z][^.!?\n]{0,80})?\.")
"""A contributor's credit: ``Associated Press writer Aamer Madhani contributed to this
report.``, ``Kim Tong-hyung in Seoul contributed reporting from Tokyo.`` (not "Experts said China
contributed to the report's findings.")."""
TAGLINE = (rf"(?:{NAME} ){{0,3}}{NAME} (?:reported|wrote|contributed) from "
           r"(?:the )?[A-Z][\w'’-]*(?:,? (?:and )?[A-Z][\w'’-]*){0,3}\.")
"""A tagline: ``Kim reported from Seoul.``, ``Park Min-soo reported from Seoul, South
Korea.``"""
SIGN_OFF = (rf"(?:(?:Reporter|Report|Correspondent): ?)?(?:This is |I'm |I’m )?"
            rf"(?:{NAME} ){{0,3}}{NAME}, (?:[A-Z][\w-]* ){{0,2}}News"
            r"(?:, [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})?\.")
"""A broadcast reporter's sign-off: ``This is Kim Ji-hoon, KBS News, Washington.``, ``Reporter:
Lee Min-ji, Arirang News.``"""

WIRE_FURNITURE_RE = re.compile(rf"\(?(?:END|MORE)\)?|#{{3}}|-+ ?END ?-+|{BRACKET_CREDIT}\.?"
                               r"|\((?:PHOTOS?|VIDEO|IMAGES?) NOT FOR SALE\)"
                               r"(?:\s*\([A-Z][\w ]{1,30}\))?")
"""A wire story's end mark ("(END)", "###"), credit line ("(Reporting by ...; Editing by
...)") or a picture's sale note ("(PHOTO NOT FOR SALE) (Yonhap)"), alone as a sentence."""
CREDIT_LINE_RE = re.compile(CREDIT_LINE)
"""A wire credit line (:data:`CREDIT_LINE`), bracketed or not."""
PHOTO_CREDIT_RE = re.compile(PHOTO_CREDIT)
"""A photo credit line (:data:`PHOTO_CREDIT`)."""

BYLINE_PARAGRAPHS = 4
"""A byline is looked for in this many first paragraphs (headline, byline, dateline...)."""

TAIL_PARAGRAPHS = 2
"""A tagline (``Kim reported from Seoul.``) is looked for in this many last paragraphs."""

BYLINE_RE = re.compile(BYLINE)
"""A byline (:data:`BYLINE`)."""
_BY_HEADS = frozenset(("By ", "by ", "Com", "Ana", "Opi", "Col", "Edi", "Sto", "Wri", "Tex",
                       "Wor"))
"""The first three characters of a :data:`BYLINE` match."""

_CAPS_DIRECTION_RE = re.compile(r"[\"“]?\((?:[A-Z][A-Z’' -]{2,30}[A-Z])\.?\)\.?[\"”]?")
"""A stage direction of a transcript excerpt inside an article, in capitals and alone as a
sentence, with the quotation marks the excerpt opens: ``"(CROSSTALK.)``, ``(APPLAUSE)``."""
_FURNITURE_STARTS = frozenset("(EM#-_*=–—~")
"""The first characters of a :data:`WIRE_FURNITURE_RE` or rule match."""
_RULE_RE = re.compile(r"[_*=\-–—~]{3,}")
_EMAIL_RE = re.compile(rf"(?:E-?mail:? )?\(?{EMAIL}\)?\.?(?:\s*\(END\))?", re.IGNORECASE)
_CONTACT_RE = re.compile(
    r"(?:(?:Media|Press) )?[Cc]ontacts?: .*"
    r"|For (?:more|further|additional) information,? (?:please )?"
    r"(?:contact|call|e-?mail|visit)\b.*")
_PROMOTED = r"(?:us|him|her|them|[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3})"
_FOLLOW_RE = re.compile(rf"[\"“]?Follow (?:{_PROMOTED}"
                        r" (?:on|On) (?:Twitter|X|Facebook|Instagram|Threads):? ?@?\w*|@\w+)"
                        r"(?: or [@#]\w+)?\.?[\"”]?")
"""A promotion line: ``Follow Kim Min-ji on Twitter @minji_k.``, ``Follow @yonhap.``"""
_CREDIT_RE = re.compile(CREDIT)
_TAGLINE_RE = re.compile(rf"{TAGLINE}|{SIGN_OFF}")
_DATE_LINE_RE = re.compile(DATE_LINE)
_BIO_RE = re.compile(rf"(?P<name>(?:{NAME} ){{1,3}}{NAME}) (?:is|was|serves as|teaches)"
                     r" [^\"“”]{3,250}\.")


def _byline_surnames(line: str, early: bool) -> set[str] | None:
    """The lower-case surnames a byline names (``None`` when ``line`` is no byline); a byline
    outside the first paragraphs (not ``early``) must name a role or an outlet after a comma
    (``By Jane Doe, Staff Reporter``)."""
    m = BYLINE_RE.fullmatch(line)
    if m is None or not (early or m.group("role") or "," in m.group("names")):
        return None
    names = re.split(r",| and | & ", m.group("names"))
    return {name.split()[-1].lower() for name in names if name.strip()}


BITE_LABEL_RE = re.compile(r"\[\s*(?:[Ss]ound[ -]?[Bb]ite|SOUND[ -]?BITE|SOT)\s*"
                           r"(?::\s*(?P<label>[^\[\]\n]{3,120}))?\]")
"""A broadcaster's sound-bite label (``[Sound bite: Chung Eui-yong, former national security
adviser]``): alone as a line it is furniture, and the quotation after it is the named
speaker's (:func:`analysis.corpus.paragraph_labels.paragraph_label`)."""


SHOT_BITE_RE = re.compile(r"\d{1,2}\.\s+(?:SOUNDBITE|SOT)\b\s*(?:\([^()\n]{1,40}\))?\s*:?\s*"
                          r"(?P<label>[^\n:]{3,120}?)\s*:")
"""A video shot list's sound-bite line (``3. SOUNDBITE (English) Jane Doe, US Ambassador to the
UN:``, as AP and Reuters list a story's shots): furniture, and the quotation after it is the
named speaker's (:func:`analysis.corpus.paragraph_labels.paragraph_label`)."""
_SHOT_RE = re.compile(r"\d{1,2}\.\s+(?:(?:Wide|Mid|Medium|Close|Close-up|Tight|Pan|Tilt|Zoom|"
                      r"Tracking|Various|Exterior|Interior|Aerial|Cutaway|Cutaways|Pull|Push)"
                      r"\b[^.!?\n]{0,150}|(?:UPSOUND|STILL|MORE|NATSOUND|NATS)\b[^\n]{0,150})")
"""A video shot list's shot line (``1. Wide of the ambassador arriving for briefing``, ``2.
Close of flags``, ``4. UPSOUND ...``): the camera's, nobody's words."""


def _is_line_furniture(sentence: str) -> bool:
    """Furniture anywhere in a story: an end mark, credit, rule, e-mail, contact or promotion
    line, a stage direction in capitals."""
    # Cheap tests first: most sentences hold none of these marks or words.
    head = sentence[:1]
    return bool((head in _FURNITURE_STARTS and (WIRE_FURNITURE_RE.fullmatch(sentence)
                                                or _RULE_RE.fullmatch(sentence)))
                or ("@" in sentence and _EMAIL_RE.fullmatch(sentence))
                or (head in "CMPF" and _CONTACT_RE.fullmatch(sentence))
                or (head in "F\"“" and _FOLLOW_RE.fullmatch(sentence))
                or ("contributed" in sentence and _CREDIT_RE.fullmatch(sentence))
                or (" by " in sentence and CREDIT_LINE_RE.fullmatch(sentence))
                or (":" in sentence and PHOTO_CREDIT_RE.fullmatch(sentence))
                or (head in "(\"“" and _CAPS_DIRECTION_RE.fullmatch(sentence))
                or (head == "[" and BITE_LABEL_RE.fullmatch(sentence))
                or (head.isdigit() and (_SHOT_RE.fullmatch(sentence)
                                        or SHOT_BITE_RE.fullmatch(sentence))))


def _is_bio(sentence: str, authors: set[str]) -> bool:
    """Whether ``sentence`` is the bio of a person whose surname is in ``authors``."""
    m = _BIO_RE.fullmatch(sentence)
    return m is not None and m.group("name").split()[-1].lower() in authors


def furniture_flags(text: str, sentences: list[tuple[int, int, int]]) -> list[bool]:
    """For each ``(paragraph, start, end)`` sentence of ``text``, whether it is a furniture
    line (see the module docs)."""
    if not sentences:
        return []
    count: dict[int, int] = {}
    for p, _, _ in sentences:
        count[p] = count.get(p, 0) + 1
    pars = sorted(count)
    first, last = pars[:BYLINE_PARAGRAPHS], pars[-1]
    tail = set(pars[-TAIL_PARAGRAPHS:])
    flags, authors, after_rule, listing = [], set(), False, False
    for p, s, e in sentences:
        line = text[s:e].strip()
        flag = _is_line_furniture(line) or is_editor_note(line) or is_site_line(line)
        if count[p] == 1 and (is_list_heading(line) or listing and is_listed_headline(line)):
            flag = listing = True  # "Related articles" and the headlines it lists
        else:
            listing = False
        if not flag and count[p] == 1:
            names = _byline_surnames(line, p in first) if line[:3] in _BY_HEADS else None
            if names is not None:
                authors |= names
            flag = names is not None or bool(_DATE_LINE_RE.fullmatch(line)) or (
                line[:3] in _BY_HEADS and is_role_byline(line))
        if not flag and (after_rule or p in tail):
            flag = bool(_TAGLINE_RE.fullmatch(line))
        after_rule = after_rule or bool(_RULE_RE.fullmatch(line))
        flags.append(flag)
    ends = [i for i, (p, _, _) in enumerate(sentences) if p == last]
    if authors and all(flags[i] or _is_bio(text[sentences[i][1]:sentences[i][2]].strip(),
                                           authors) for i in ends):
        for i in ends:
            flags[i] = True
    return flags
