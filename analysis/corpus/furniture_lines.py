"""Furniture lines of an article: the lines of a story that are nobody's words and no content.

A news story carries, besides its sentences, lines that belong to its production: a byline, a
rule, the credit and the tagline, a contact line, an author's bio. :func:`furniture_flags`
finds them; :func:`analysis.corpus.quotes.attribute_sentences` reads them as ``stage`` (``voice``
and ``quote``, no speaker), like a transcript's stage directions, so that they are kept in the
sentence table but counted in no frame share, tone, readability, word count or speaker
(:mod:`analysis.tables.aggregate`), and keyphrases never see them
(:func:`analysis.metrics.furniture.mask_furniture`). A line is furniture when it is, alone as a
sentence:

* an end mark or credit line (:data:`WIRE_FURNITURE_RE`): ``(END)``, ``###``, ``(Reporting by
  ...; Editing by ...)``;
* a rule: ``___``, ``***``, ``---``;
* a bare e-mail address (``ejkim@yna.co.kr``) or a contact line (``Contact: ...``, ``For more
  information, contact the Pentagon Press Operations office at ...``);
* a credit: ``Associated Press writer Aamer Madhani contributed to this report.``;
* and, as whole paragraphs only:

  - a byline in the first :data:`BYLINE_PARAGRAPHS` paragraphs, a line without a final stop of
    capitalised words after ``By`` (``By ZEKE MILLER and KIM TONG-HYUNG Associated Press``,
    ``Commentary by Victor D. Cha and Ellen Kim``);
  - a bare date line (``May 2, 2023``);

* in the last :data:`TAIL_PARAGRAPHS` paragraphs or after a rule, a tagline: ``Kim reported
  from Seoul.``;
* in the last paragraph, an author's bio: every sentence of the paragraph says what a person
  named in the byline is (``Jennifer Lind is an associate professor at Dartmouth College.``;
  the byline ``By Jennifer Lind`` names her). A body sentence of the same shape about someone
  the byline does not name (``Lee Sang-hyun is a senior fellow at the Sejong Institute.``) is
  the article's own.
"""

from __future__ import annotations

import re

WIRE_FURNITURE_RE = re.compile(
    r"\(?(?:END|MORE)\)?|#{3}|-+ ?END ?-+"
    r"|\((?:(?:Additional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled) by\b[^()]*)\)\.?")
"""A wire story's end mark ("(END)", "###") or credit line ("(Reporting by ...; Editing by
...)"), alone as a sentence."""

BYLINE_PARAGRAPHS = 4
"""A byline is looked for in this many first paragraphs (headline, byline, dateline...)."""

TAIL_PARAGRAPHS = 2
"""A tagline (``Kim reported from Seoul.``) is looked for in this many last paragraphs."""

_NAME = r"[A-Z][\w.'’-]*"
BYLINE_RE = re.compile(
    rf"(?:(?:Commentary|Analysis|Opinion|Column|Editorial|Story|Written|Text|Words) )?[Bb]y "
    rf"(?P<names>{_NAME}(?:(?:,| and| &)? {_NAME}){{0,11}})"
    r"(?:,? \(?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\)?)?")
"""A byline (see the module docs), with an optional e-mail address."""

_FURNITURE_STARTS = frozenset("(EM#-_*=–—~")
"""The first characters of a :data:`WIRE_FURNITURE_RE` or rule match."""
_RULE_RE = re.compile(r"[_*=\-–—~]{3,}")
_EMAIL_RE = re.compile(r"(?:E-?mail:? )?\(?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\)?\.?", re.IGNORECASE)
_CONTACT_RE = re.compile(
    r"(?:(?:Media|Press) )?[Cc]ontacts?: .*"
    r"|For (?:more|further|additional) information,? (?:please )?"
    r"(?:contact|call|e-?mail|visit)\b.*")
_CREDIT_RE = re.compile(
    r"[A-Z][^.!?]{0,200}\bcontributed(?: (?:to )?(?:this|the) (?:report|story|article)"
    r"| reporting)\b[^.!?]{0,100}\.")
_TAGLINE_RE = re.compile(rf"(?:{_NAME} ){{0,3}}{_NAME} (?:reported|wrote|contributed) from "
                         r"[A-Z][\w'’-]*(?:,? (?:and )?[A-Z][\w'’-]*){0,3}\.")
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DATE_LINE_RE = re.compile(
    rf"(?:(?:Posted|Published|Updated):? )?(?:{_MONTH} \d{{1,2}},? \d{{4}}|\d{{1,2}} {_MONTH},? "
    r"\d{4}|\d{4}-\d{2}-\d{2})(?:,? \d{1,2}:\d{2}(?: ?[AaPp]\.?[Mm]\.?)?(?: [A-Z]{2,4})?)?")
_BIO_RE = re.compile(rf"(?P<name>(?:{_NAME} ){{1,3}}{_NAME}) (?:is|was|serves as|teaches)"
                     r" [^\"“”]{3,250}\.")


def _byline_surnames(line: str) -> set[str] | None:
    """The lower-case surnames a byline names (``None`` when ``line`` is no byline)."""
    m = BYLINE_RE.fullmatch(line)
    if m is None:
        return None
    names = re.split(r",| and | & ", m.group("names"))
    return {name.split()[-1].lower() for name in names if name.strip()}


def _is_line_furniture(sentence: str) -> bool:
    """Furniture anywhere in a story: an end mark, credit, rule, e-mail or contact line."""
    # Cheap tests first: most sentences hold none of these marks or words.
    head = sentence[:1]
    return bool((head in _FURNITURE_STARTS and (WIRE_FURNITURE_RE.fullmatch(sentence)
                                                or _RULE_RE.fullmatch(sentence)))
                or ("@" in sentence and _EMAIL_RE.fullmatch(sentence))
                or (head in "CMPF" and _CONTACT_RE.fullmatch(sentence))
                or ("contributed" in sentence and _CREDIT_RE.fullmatch(sentence)))


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
    flags, authors, after_rule = [], set(), False
    for p, s, e in sentences:
        line = text[s:e].strip()
        flag = _is_line_furniture(line)
        if not flag and count[p] == 1:
            names = _byline_surnames(line) if p in first else None
            if names is not None:
                authors |= names
            flag = names is not None or bool(_DATE_LINE_RE.fullmatch(line))
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
