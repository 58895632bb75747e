"""A headline that opens with a name and a colon is the writer's, not a speaker's turn.

News headlines put a source, a topic or a teaser before a colon (``Pyongyang: Allied Drills
Push Region Toward War``, ``Defence Chief's Aide: Talks Are Stalled``, ``Tempers Flare: Carrier
Visit Angers the North``). :func:`analysis.corpus.paragraph_labels.paragraph_label` reads such a
name as a speaker label, the way a transcript excerpt opens a turn (``FALLIN: ...``); but a
headline is the writer's, even one that reports a statement (``data/voices_README.md``). A
paragraph is read as such a headline when it is one line without a final stop and either a
heading paragraph of the document (the first, or its sub-headline:
:func:`analysis.corpus.title_case.heading_paragraphs`) or set in title case
(:func:`analysis.corpus.title_case.is_title_case`, a section heading further down). A label
paragraph that ends with a stop (``Yoon: The alliance has never been stronger.``) or runs over
several lines stays a speaker's, unless it is a heading paragraph in title case after a label in
capitals (``GAME CHANGER: Trump Approves the Plan.``: a kicker and a headline that a copy closed
with a stop; ``Pence: Flowers Won't Be at Debate.`` stays Pence's, as PolNeAR reads it).
"""

from __future__ import annotations

from .paragraph_labels import paragraph_label
from .title_case import CLOSING_MARKS, END_PUNCT, is_title_case


def is_label_headline(paragraph: str, heading: bool) -> bool:
    """Whether ``paragraph`` (a whole paragraph's text) is a headline rather than a speaker's
    turn: one line without a final stop, and a heading paragraph (``heading``) or title case."""
    line = paragraph.strip()
    if not line or "\n" in line:
        return False
    if line.rstrip(CLOSING_MARKS)[-1:] in END_PUNCT:  # "GAME CHANGER: Trump Approves X."
        label = line.partition(":")[0]
        return heading and line.endswith(".") and label.isupper() and is_title_case(line[:-1])
    return heading or is_title_case(line)


def label_unless_headline(text: str, span: tuple[int, int], paragraph: tuple[int, int],
                          heading: bool) -> str | None:
    """The speaker label opening the sentence ``text[span[0]:span[1]]`` (the first of the
    paragraph ``text[paragraph[0]:paragraph[1]]``;
    :func:`analysis.corpus.paragraph_labels.paragraph_label`), or ``None`` when there is none or
    the paragraph is a headline (:func:`is_label_headline`; ``heading``: it is a heading
    paragraph of the document)."""
    label = paragraph_label(text, *span)
    if label is None or is_label_headline(text[paragraph[0]:paragraph[1]], heading) or (
            label.lower().strip(" .") in _SCRIPT_PARTS and text[span[1]:paragraph[1]].strip()):
        return None
    return label


_SCRIPT_PARTS = frozenset("anchor anchorman anchorwoman report narrator".split())
"""Labels of a news script's parts read by the outlet's own staff (``Report: Kim said ...``):
before a paragraph of several sentences in a text too short to be read as a script (one such
label, an excerpt) they are no speaker, and the paragraph is read as an article's, as the
script reader reads it (:mod:`analysis.corpus.broadcast_scripts`). A one-sentence ``Report:
...`` is a headline's source, as PolNeAR labels it (``Report: Walker to speak at ...``)."""
