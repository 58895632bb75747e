"""A sentence that introduces a text printed after it: ``Kang Sun Nam, minister of National
Defence of the DPRK, issued the following press statement on Thursday:``.

State media and official releases carry a statement in full under such a line, without
quotation marks. The line itself reports an act (a neutral act without content: the
writer's), and the paragraphs after it are the words of its subject (the rule of the voices
sets, ``data/voices_README.md``).
:func:`following_frame` names that subject, with the body it speaks for (``A spokesman for
the DPRK Foreign Ministry gave the following answer ...:``); a line saying whose text follows
names it too (``The following is from the regular press conference of the Chinese foreign
ministry on Friday.``), and the verb may be one of carrying (``KCNA carried the following
statement``). A date may stand between the verb and *the following* (``released on May 2 the
following press statement``), the text may be a *stand* or a
*position* (``made public the following stand through KCNA on May 2:``, also with a full stop for
the colon), and the line may end in the statement's quoted title instead of a colon (``... the
following press statement titled "Nothing can hide."``, ``... the following press statement under
the title "..." on June 30 :``), and the verb may be *made* (``made the following press statement
on Monday:``). A line whose colon runs on into the statement's first sentence, the two left one
sentence (``... made public the following press statement "...": We are witnessing ...``), is its
subject's words, and so is the rest of its paragraph (:func:`framing`). A paragraph that speaks
of the statement from outside (``The statement came a day after ...``) closes the block: the
writer's again (:func:`closing_paragraph`).
"""

from __future__ import annotations

import re
from itertools import takewhile

from .agency_ledes import lede_start
from .clause_reading import clause_source
from .frame_subjects import frame_subject
from .opening_subjects import sentence_subject
from .speakers import is_speaker_surface

_WORD_RE = re.compile(r"[^\W_]+(?:[-’'.][^\W_]+)*")
_FOLLOWING_RE = re.compile(
    r"\b(?:issued|released|published|made(?:\s+public)?|sent|delivered|gave|carried|"
    r"printed|posted|aired)\s+"
    r"(?:(?:on|in|last|this)\s+(?:[\w,]+\s+){0,3}?)?the\s+following\s+"
    r"(?:[\w-]+\s+){0,3}?(?:statement|commentary|article|letter|message|speech|remarks|report|"
    r"answer|announcement|communique|notice|interview|stand|position)\b"
    r"(?:\s*[“\"][^“”\"]{1,200}[”\"])?(?:[^:“”\"]{0,160}[:.]|"
    r"[^:“”\"]{0,40}\b(?:titled|entitled|headlined|under\s+the\s+(?:title|headline))\s*"
    r"[“\"][^“”\"]{1,200}[”\"][^:“”\"]{0,40}?\s*[.:]?)\s*$")


_WHICH_SAID_RE = re.compile(
    r"\b(?:issued|released|published|made(?:\s+public)?|sent|delivered|carried)\s+"
    r"(?:(?:on|in|last|this)\s+(?:[\w,]+\s+){0,3}?)?an?\s+(?:[\w-]+\s+){0,3}?"
    r"(?:statement|commentary|article|letter|message|answer|announcement|communique|notice)\b"
    r"(?:\s*(?:titled|entitled|headlined|under\s+the\s+(?:title|headline))\s*"
    r"[“\"][^“”\"]{1,200}[”\"])?\s*,?\s*(?:which|that)\s+(?:said|says|reads|read|stated|states)"
    r"\s*:\s*$")
"""A frame line that introduces the text after it with *which said:* (``The chief of the
Information Office ... issued a press statement titled "...," which said:``)."""


_FOLLOWING_IS_RE = re.compile(
    r"The\s+following\s+(?:is|are)\s+(?:(?:an?|the)\s+)?(?:(?:edited|full|partial)\s+)?"
    r"(?:(?:excerpts?|transcript|text|translation)\s+)?(?:(?:from|of)\s+)?(?:the\s+|a\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:press\s+conference|(?:press\s+)?briefing|statement|remarks|"
    r"speech|interview)\s+(?:of|by|with|held\s+by)\s+(?:the\s+)?"
    r"((?:[^.:;,]|\.(?=\S|\s+[A-Z])){2,80}?)(?:\s+(?:on|in|at|last|this|to|before)\s+"
    r"(?:[^.:;]|\.(?=\S)){1,60})?\s*[.:]\s*$")
"""A line that says what the text below it is and whose (``The following is from the regular
press conference of the Chinese foreign ministry on Friday.``): the body or person named."""


def following_frame(text: str, start: int, end: int) -> str | None:
    """The subject of the sentence ``text[start:end]`` when it ends by introducing the text
    that follows it (``X issued the following press statement:``), else ``None``. A wire
    dateline opening the sentence is skipped."""
    if text.find("following", start, end) < 0 and not text.endswith(":", start, end):
        return None  # every match holds one: most sentences are spared the dateline and regex
    body = lede_start(text, start, end)
    sentence = text[body:end]
    if held := _FOLLOWING_IS_RE.match(sentence):
        return held.group(1)  # "The following is from the press conference of the ministry."
    m = _FOLLOWING_RE.search(sentence) or _WHICH_SAID_RE.search(sentence)
    if not m:
        return None
    if issuer := frame_subject(sentence[:m.start()]):
        return issuer  # "Senators A (R-Idaho), ranking member ..., and B (R-Miss.), ... today"
    subject = sentence_subject(list(_WORD_RE.finditer(sentence))) or \
        named_body(sentence[:m.start()])
    at = sentence.find(subject) + len(subject) if subject else -1
    rest = sentence[at:m.start()].strip() if at > 0 else ""
    if rest.split()[:1] in (["for"], ["of"]) and "," not in rest:
        return f"{subject} {rest}"  # "A spokesman for the DPRK Foreign Ministry gave ..."
    head = list(takewhile(lambda w: w.replace("-", "").isalpha() and
                          w.lower() not in _NOT_HEADS, rest.split()))
    if subject and subject.endswith(("'s", "’s")) and head:
        named = list(takewhile(lambda w: w[:1].isupper(), reversed(head)))[::-1]
        if len(named) >= 2 and len(named) < len(head):
            return " ".join(named)  # "North Korea's defence minister Kang Sun Nam": the person
        if len(head) <= 5:
            return f"{subject} {' '.join(head)}"  # "North Korea's defence minister", not a country
    return subject


_NOT_HEADS = frozenset({"on", "in", "at", "last", "this", "today", "yesterday", "also", "then",
                        "and", "has", "had", "have", "was", "is"})


_INLINE_RE = re.compile(r"\bthe\s+following\s+(?:[\w-]+\s+){0,3}?(?:statement|commentary|article|"
                        r"letter|message|speech|remarks|report|answer|announcement|communique|"
                        r"notice|stand|position)\b(?:\s*[“\"][^“”\"]{1,200}[”\"])?[^:“”\"]{0,160}:"
                        r"(?=\s+[A-Z“\"])")
"""A frame's colon with the statement's first words after it, inside one sentence."""
_INLINE_WORDS = 4


def framing(text: str, paragraph: int, where: tuple[int, int],
            paragraphs: dict[int, tuple[int, int]]) -> tuple[tuple[int, str, int], str] | None:
    """The block a frame line (``text[where[0]:where[1]]`` of paragraph ``paragraph``) hands to
    its subject (:func:`frame_block`) and the line's own reading, else ``None``: a line that
    ends its paragraph (:func:`following_frame`) is the writer's (``none``), its block the
    paragraphs after it; a line whose colon runs on into the statement's first sentence (at
    least four words) is the subject's words (``direct``), its block from its own paragraph
    on (the sentences after it there; none when the statement is quoted). ``paragraphs``
    maps each paragraph to its start and end; a block ends before a closing line
    (:func:`closing_paragraph`)."""
    s, e = where
    if e == paragraphs[paragraph][1] and (frame := following_frame(text, s, e)):
        first, frame, last = frame_block(text, paragraph, e, frame)
        return (first, frame, min(last, closing_paragraph(text, paragraphs, first) - 1)), "none"
    m = _INLINE_RE.search(text, s, e) if text.find("following", s, e) >= 0 else None
    if m is None or len(text[m.end():e].split()) < _INLINE_WORDS or \
            not (frame := following_frame(text, s, m.end())):
        return None
    if text[m.end():e].lstrip()[:1] in {"“", '"'}:
        return (paragraph + 1, frame, paragraph), "direct"  # a quoted statement: its marks bound it
    return (paragraph, frame, closing_paragraph(text, paragraphs, paragraph + 1) - 1), "direct"


_CLOSING_RE = re.compile(
    r"(?:The\s+(?:[\w-]+\s+){0,3}?[\w-]+[’']s|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}[’']s|"
    r"The)\s+"
    r"(?:(?:full|press|latest)\s+)?(?:statement|commentary|article|letter|message|speech|"
    r"remarks|report|answer|announcement|communique|notice|interview)\s+"
    r"(?:was|were|is|came|comes|follows|followed|appeared|marked|marks|said|added|charged|"
    r"noted|stressed|warned|claimed|also)\b")
"""A paragraph opening that speaks of the printed statement from outside (``The statement came
a day after ...``, ``The ministry's statement was carried by ...``): the writer again."""


def closing_paragraph(text: str, paragraphs: dict[int, tuple[int, int]], first: int) -> int:
    """The first paragraph from ``first`` on that opens with a closing line (:data:`_CLOSING_RE`),
    or ``len(text)`` (a number past every paragraph) when none does."""
    for p in sorted(q for q in paragraphs if q >= first):
        if _CLOSING_RE.match(text, paragraphs[p][0]):
            return p
    return len(text)


def frame_block(text: str, paragraph: int, end: int, frame: str) -> tuple[int, str, int]:
    """The block of paragraphs a frame line (paragraph ``paragraph``, ending at ``end``) hands
    to its subject ``frame``: first and last paragraph, and the speaker. A statement printed
    without quotation marks runs to the end of the document; one printed as a quotation (the
    text after the line opens with a quotation mark) is bounded by its marks, so the block
    is empty and the quotation takes its speaker from the line (the paragraphs after it closes
    are the writer's again)."""
    quoted = text[end:end + 200].lstrip()[:1] in {"“", '"', "«"}
    return paragraph + 1, frame, paragraph if quoted else len(text)


_BODY_RE = re.compile(r"(?:The\s+)?((?:[A-Z][\w’'-]*|of|the|for|on|and)"
                      r"(?:\s+(?:[A-Z][\w’'.-]*|of|the|for|on|and)){1,14}?)\s*,?\s*$")
"""A body named in capitals, with *of*, *the*, *for*, *on*, *and* between (``The External
Affairs Bureau of the Ministry of Defence of the DPRK,``)."""


_DATE_TAIL_RE = re.compile(r"\s+(?:on|last|this)\s+(?:[A-Z][a-z]+\s+\d{1,2}|[A-Z][a-z]+day|"
                           r"\d{1,2}\s+[A-Z][a-z]+)\s*,?$")
"""A date after the issuer's name (``on March 9``, ``on Monday``, ``on 9 March``)."""


def named_body(phrase: str) -> str | None:
    """The issuer when ``phrase``, the words of a frame line before its verb, is one body named
    in capitals (``The Policy Office of the DPRK Foreign Ministry,`` -> ``Policy Office of
    the DPRK Foreign Ministry``), which the plain subject reader leaves unread; else ``None``."""
    m = _BODY_RE.fullmatch(_DATE_TAIL_RE.sub("", phrase.strip()))  # "... Ministry on March 9"
    if not m or not m.group(1)[:1].isupper() or m.group(1).split()[-1] in {"of", "the", "for",
                                                                          "on", "and"}:
        return None
    return m.group(1)


_ASKED_RE = re.compile(r"[ \t]*Q\d{0,3}[ \t]?:[ \t]")


def in_block(text: str, paragraph: tuple[int, int], block: tuple[int, str, int],
             sentence: tuple[int, int] | None = None) -> str:
    """The speaker of a paragraph (start, end) inside a printed text's ``block`` (first and
    last paragraph, speaker): ``Q`` for a question (``Q: Will China ...?``, a briefing printed
    under *The following is from the press conference of ...*); else the source the
    ``sentence`` (start, end) itself reports, when it names one in the third person (``the
    Japanese side clarified the stand that ...``, ``Kishida reportedly said ...`` inside Kim
    Yo Jong's statement: theirs, as any relay's inner source); else the block's speaker."""
    if _ASKED_RE.match(text, paragraph[0]):
        return "Q"
    if sentence is not None:
        own = text[sentence[0]:sentence[1]]
        raw, according, minor = clause_source(own, own, False)
        if raw and not according and not minor and raw.split()[0].lower() not in _VOICES \
                and is_speaker_surface(raw):
            return raw
    return block[1]


_VOICES = frozenset("i we he she it they you this that these those our my".split())
"""Opening words of a source that stand for the statement's own author or refer back: the
block's speaker stays (``We will never accept ...``, ``He also underlined ...``)."""
