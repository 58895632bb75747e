"""Speaker labels opening a paragraph (``FALLIN:``, ``Trump:``,
``[Soundbite] Park Ji-hoon(Analyst) :``).

:func:`paragraph_label` reads the label; :mod:`analysis.corpus.quotes` makes the paragraph that
speaker's words. A rubric (``Analysis:``), a kicker (``RECOMMENDED:``, :mod:`.kickers`) or a
dateline place (``New Delhi:``) is no label, nor
is a question-and-answer label (``Q:``, ``A:``, ``Q1:``, ``A1:``): in an article (a think tank's
"Critical Questions", an explainer) the questions and answers are the writer's own
(:data:`analysis.corpus.transcripts.QA_LABEL_RE`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .actor_linker import default_linker
from .furniture_lines import BITE_LABEL_RE, SHOT_BITE_RE
from .kickers import is_kicker
from .speakers import TITLE_WORDS
from .transcripts import QA_LABEL_RE, speaker_of

_LABEL_RE = re.compile(r"(?:\[[^\]]{1,20}\]\s*)?[\"“]?(?:([A-Z][A-Z.'’ -]{1,40}[A-Z.])"
                       r"|([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}))"
                       r"(?:\s?\([^()]{1,60}\))?\s?:\s+(?=\S+\s+\S)")
"""A speaker label opening a paragraph: upper case (an excerpt of a transcript, ``FALLIN:``) or
a name (the news headline ``Trump: My plans aren't set in stone.``, ``Poll: ...``), with the
role and the rubric of a broadcaster's transcript (``[Soundbite] Kim Min-ji(Analyst) :``)."""

NOT_SPEAKER_LABELS = frozenset("""analysis explainer editorial opinion update updated watch
    exclusive breaking latest live video photo photos factbox timeline correction clarification note
    related read also see tags topics keywords image credit contact email share follow fact check
    bottom line big picture key points takeaways background context details highlights summary
    disclaimer advertisement subscribe location date time venue when where who what why how
    editor's editors washington seoul pyongyang beijing tokyo new delhi moscow london paris berlin
    brussels geneva york singapore hong kong taipei busan canberra sydney ottawa jakarta manila
    hanoi bangkok islamabad mumbai kolkata chennai bengaluru dubai tehran kyiv jerusalem cairo
    ankara rome madrid vienna warsaw united nations byline contributing contributors reporting
    editing look wow boom bombshell busted revealed leaked is idea issue issues conclusion
    significance implications outcome outcomes forward challenges objective objectives
    purpose features provisions reasons impact overview introduction prelims mains
    takeaway korea china japan russia taiwan ukraine iran india anchor narrator intro
    lead""".split())
"""Words of a paragraph label that make it no speaker: a rubric (``Analysis:``, ``Editor's
note:``), a credit line (``Contributing: ...``, ``BYLINE: ...``) or a dateline place
(``New Delhi:``, as South Asian outlets open an article), a news script's role (``Anchor:``,
and ``Report:`` after the first paragraph: the outlet's copy; a headline's ``Report:`` is a
source, as PolNeAR reads it), a country as a roundup's section
heading (``NORTH KOREA: Kim Yo Jong issued ...``), a web headline's exclamation
(``WOW:``, ``Revealed:``, ``Just Leaked:``, ``FIX IS IN:``) or an explainer's heading
(``Central Idea:``, ``Key Issues:``, ``Way Forward:``, ``Significance:``). A label followed by
its own acronym in parentheses is a fact sheet's section heading, not a speaker
(:func:`paragraph_label`)."""


_BITE_RE = re.compile(r"\[\s*(?:[Ss]ound[ -]?[Bb]ite|SOUND[ -]?BITE|SOT)\s*"
                      r"(?::\s*(?P<inner>[^\[\]]{3,120}))?\]\s*(?(inner)(?=[\"“‘A-Z])|(?P<after>[^:\"“\n]{3,100}?)\s?:\s+(?=\S))")
"""A broadcaster's sound bite opening a paragraph, its speaker inside the bracket (``[Sound bite:
Yoon Suk Yeol, President] "..."``) or after it up to a colon (``[SOUNDBITE] Lee Jae-myung,
Democratic Party Leader: "..."``)."""

_RUN_RE = re.compile(r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*)*")
"""A run of capitalised words: a name, a post or a body."""
_POSTS = TITLE_WORDS | frozenset("""professor analyst researcher fellow chief head senior announcer
    ministry university institute party agency committee center centre office department
    council association foundation news television tv broadcasting daily times herald post
    journal assembly commission forces command state house unification affairs policy""".split())
"""Words after which a label's person's name starts (``KCNA Announcer Ri Chun-hi``, ``Seoul
National University Professor Kim Byung-yeon``, ``Secretary of State Antony Blinken``)."""


def bite_speaker(label: str) -> str | None:
    """The speaker a sound bite's label names: its first run of capitalised words, cut after
    its last post or body word (``White House National Security Advisor Jake Sullivan`` ->
    ``Jake Sullivan``), that is no owner (``Kim Jong Un's sister Kim Yo Jong`` -> ``Kim Yo
    Jong``), place or listed body, preferring a run of two words or more (``Yoon Suk Yeol in
    Washington`` -> ``Yoon Suk Yeol``; ``Ministry of Unification spokesperson Koo Byoung-sam``
    -> ``Koo Byoung-sam``); a label that is only a parenthesis names a body (``(N. Korean
    Central Television)``)."""
    bare = re.sub(r"\([^()]*\)", "", label).strip()
    if not bare:
        inner = label.strip().strip("()").strip()
        return inner or None
    linker = default_linker()
    runs = []
    for m in _RUN_RE.finditer(bare):
        if m.group().endswith(("'s", "’s")):
            continue  # an owner: "Kim Jong Un's sister Kim Yo Jong"
        words = m.group().split()
        cut = max((k + 1 for k, w in enumerate(words) if w.lower().strip(".,") in _POSTS),
                  default=0)
        words = words[cut:]
        name = " ".join(words)
        if not words or linker.kind(name) in {"country", "organisation"} or linker.is_place(name):
            continue
        runs.append(name)
    found = next((r for r in runs if " " in r), runs[0] if runs else None)
    return speaker_of(found) if found else None


_OPENING_MARKS = frozenset("\"“‘")


def _bite_before(text: str, s: int) -> str | None:
    """The label of a sound bite standing alone on the line or paragraph right before offset
    ``s`` (``[Sound bite: Chung Eui-yong, former national security adviser]``), else ``None``."""
    start = text.rfind("\n", 0, len(text[:s].rstrip())) + 1
    line = text[start:s].strip()
    m = BITE_LABEL_RE.fullmatch(line) or SHOT_BITE_RE.fullmatch(line)
    return m.group("label") if m else None


def bite_label(text: str, s: int, e: int) -> str | None:
    """The speaker of the sound bite whose paragraph starts at ``text[s:e]`` (:data:`_BITE_RE`,
    or a quotation right after a bite's label alone on its line: :func:`_bite_before`), by
    :func:`bite_speaker`, else ``None``."""
    if "[" in text[s:s + 3] and (bite := _BITE_RE.match(text, s, e)):
        return bite_speaker(bite.group("inner") or bite.group("after"))
    if text[s:s + 1] in _OPENING_MARKS and text[:s].rstrip().endswith(("]", ":")) and (
            label := _bite_before(text, s)):
        return bite_speaker(label)  # "[Sound bite: NAME, POST]" alone before a quotation
    return None


def paragraph_label(text: str, s: int, e: int) -> str | None:
    """The speaker of a label opening the paragraph at ``text[s:e]`` (``FALLIN:``, ``Trump:``;
    a sound bite's, :func:`bite_label`), in title case, or ``None`` (no label, or a rubric
    or a dateline; see :data:`NOT_SPEAKER_LABELS`; a question or answer label)."""
    if (bite := bite_label(text, s, e)) is not None:
        return bite
    m = _LABEL_RE.match(text, s, e)
    if not m or is_kicker(text, s):  # "RECOMMENDED: ...": a teaser rubric
        return None
    label = m.group(1) or m.group(2)
    if QA_LABEL_RE.fullmatch(label):
        return None
    if any(w in NOT_SPEAKER_LABELS for w in label.lower().replace(".", " ").split()) or (
            label == "Report" and text[:s].strip()):
        return None
    if _spelled_out(label, m.group(0)):
        return None  # "Nuclear Consultative Group (NCG): The allies launched ...": a heading
    if m.group(2) and " " in label and label in list_headings(text):
        return None  # "Avoiding Sanctions: Nuclear latency avoids ...": a list's heading
    return speaker_of(label)


_HEADING_RE = re.compile(r"(?:^|\n\s*\n\s*)([A-Z][a-z]+(?: (?:[A-Z][\w'’-]*|of|and|the|for))+)"
                         r":\s+(?=\S)")
"""A mixed-case label of two words or more opening a paragraph (``Stronger Deterrence: ...``)."""


@lru_cache(maxsize=8)
def list_headings(text: str) -> frozenset[str]:
    """The labels of ``text`` that head the items of a list, not turns: two or more distinct
    mixed-case labels of two words or more opening paragraphs, none repeated, one of them
    opening with a gerund (``Stronger Deterrence:``, ``Avoiding Sanctions:``, ``Maintaining
    Alliance:``); a dialogue repeats its speakers' names, and no name opens with a gerund."""
    labels = _HEADING_RE.findall(text) if ":" in text else []
    if len(labels) < 2 or len(set(labels)) < len(labels):
        return frozenset()
    if not any(w.split()[0].endswith("ing") and len(w.split()[0]) > 5 for w in labels):
        return frozenset()
    return frozenset(labels)


_ACRONYM_RE = re.compile(r"\(([A-Z][A-Za-z&-]{1,9})\)\s?:")


def _spelled_out(label: str, whole: str) -> bool:
    """Whether the parenthesis after ``label`` (``whole`` is the label's match) is an acronym
    of the label's own words (``Nuclear Consultative Group (NCG):``, ``Extended Deterrence
    Strategy and Consultation Group (EDSCG):``): a fact sheet's section heading names a
    thing, while a broadcaster's parenthesis names a speaker's role (``Kim(Analyst) :``)."""
    m = _ACRONYM_RE.search(whole)
    if m is None:
        return False
    initials = "".join(w[0] for w in label.replace("-", " ").split() if w[0].isupper())
    capitals = "".join(c for c in m.group(1) if c.isupper())
    return len(capitals) >= 2 and capitals in initials
