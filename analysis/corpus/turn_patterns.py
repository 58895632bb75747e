"""The speaker labels that open a transcript's turns (:data:`TURN_RE`), and the groups of the
pattern that hold a label (:data:`LABEL_GROUPS`) or a broadcast script's label
(:data:`SCRIPT_GROUPS`); :mod:`analysis.corpus.transcripts` reads the turns."""

from __future__ import annotations

import re

TURN_RE = re.compile(
    r"(?:>>[ \t]*)?(?:(?:(?P<caps>Q|A|[A-Z][A-Z.'’ -]{0,40}[A-Z.])"
    r"(?P<role>(?:\s?\([^()]{1,30}\))?(?:,[A-Z.'’ ()-]{1,60})?(?:\s?\([a-z -]{1,20}\))?)"
    r"|(?P<named>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}(?: \d{1,2})?)"
    r"(?::(?=\s*\(\d{1,2}:\d{2})| \(\d{1,2}:\d{2}(?::\d{2})?\):))"
    r"(?(caps):)(?:\s+|$)"
    r"|(?P<posted>[A-Z][a-z]+(?:[ -][A-Z][a-z'’-]*){1,3}),\s(?=[A-Za-z ]{0,60}\b(?:"
    r"Minister|Secretary|President|Spokesperson|Spokesman|Spokeswoman|Ambassador|Commander|"
    r"Chairman|Chairwoman|Director|Adviser|Advisor|Governor|Senator|Premier|Chancellor)\b)"
    r"(?:(?:[A-Z][A-Za-z]*|of|the|for|and|on) ){0,7}[A-Z][A-Za-z]*:\s+"
    r"|(?P<asker>(?=[^:\n]{0,40}\b(?:News|Shimbun|Press|Times|Post|TV|Television|Radio|Agency|"
    r"Broadcasting|Journal|Daily|Herald|Tribune|Nikkei|Asahi|Yomiuri|Mainichi|Sankei|Jiji|Kyodo|"
    r"NHK|Reuters|Bloomberg|AFP|AP|Freelance|Magazine)\b[^:\n]{0,30},)[A-Z][\w.&'’-]*"
    r"(?: [A-Z][\w.&'’-]*){0,4}, [A-Z][A-Za-z'’-]+):\s+(?=[A-Z\"“‘])"
    r"|(?P<bare>Q)\s+(?=[A-Z\"“‘(])"
    r"|\[(?P<bracket>[A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*){0,3}|[\uac00-\ud7a3]{2,5})"
    r"(?:\s?/[^\[\]]{1,80})?\]\s+(?=[A-Z\"“‘″])"
    r"|[◀◁◆■【〈《«]\s?(?P<deco>[A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*){0,3})\s?[▶▷◆■】〉》»]\s+"
    r"|\(\((?P<dparen>[A-Z][A-Z.'’ -]{0,30}[A-Z.]):?\)\)\s+"
    r"|\(\((?P<dname>[A-Z][a-z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}),[^()\n]{1,60}"
    r"(?:\([^()\n]{1,30}\))?\)\)?\s+(?=[\"“‘])"
    r"|(?P<script>Anchor|Report|Reporter|Narrator|Host|Correspondent|Intro|Lead):\s+(?=[A-Z\"“‘])"
    r"|(?P<lower>guest|host|caller|anchor|reporter):\s+(?=[a-z])"
    r"|(?P<slash>[A-Z][a-z]+(?: [A-Z][a-z]+(?:-[A-Za-z][a-z]+)?){1,2}) ?/ (?=[A-Z0-9])"
    r"|\[(?P<bite>[A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*){0,3})(?:\s?/[^\[\]:]{1,80}:\s+"
    r"(?=[A-Z\"“‘])|(?:,[^\[\]:\"“\n]{1,60})?:\s+(?=[\"“]))"
    r"|<\s?(?P<angle>(?:[A-Z]|(?<=\s)[a-z])[A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*){0,3})"
    r"(?:\s?/[^<>]{1,80})?\s?>\s+(?=[A-Z\"“‘]))")
"""A speaker label at the start of a paragraph (after a caption's ``>>`` or not): ``PRESIDENT
BIDEN:``, ``Q:``, a television transcript's ``JOE BIDEN (D), PRESIDENT OF THE UNITED STATES:`` or
``ANCHOR NAME (voice-over):``, a transcription service's ``Joe Biden: (00:00)``, ``President Biden
(00:00):`` or unnamed ``Speaker 1 (01:14):``, a government doorstop's name and post in mixed case
(``Penny Wong, Foreign Minister:``: the post holds a title word, so ``Seoul, South Korea:`` is no
label), or the White House's ``Q`` without a colon before a question (``Q Thank you, Karine.``), or
a bracketed label (``[Host] Welcome.``, ``[Lee Min-ho / Vice Minister] Thank you.``), a broadcast's
interview bite with its label inside the brackets (``[Lee Min-ho / Vice Minister: We will
respond.]``, ``[President Lee Jae-myung: "..."]``, ``[Choi Eun-ji, Seoul resident: "..."]``) or a
broadcast script's label in angle brackets (``<Anchor> Good evening.``, ``< reporter> ...``: a
lower-case label, after a space only, is capitalised; ``<b>`` is a tag), in decorated brackets (``◀
Anchor ▶``, ``【Reporter】``) or double parentheses (``((NARRATOR))``, ``((INTRO:))``; a bite's
``((Kim Min-su, professor))`` before its quotation), a script's plain role (``Anchor:``,
``Report:``, ``Reporter:``, ``Narrator:``), a bite's name and post before a slash (``Lee Min-ho/
Vice Minister ...``) or a name in Hangul in brackets (``[이민호/차관]``), or a news outlet and its
reporter asking at a Japanese ministry's press conference (``Kyodo News, SAKAGUCHI:``, ``NHK,
Iwasawa:``; the outlet names a medium), or a role in the lower case of broadcast captions (``guest:
...``, ``host: ...``)."""

LABEL_GROUPS = ("caps", "named", "posted", "asker", "bare", "bracket", "bite", "deco", "dparen",
                "dname", "script", "slash", "lower")
"""Groups of :data:`TURN_RE` that hold a label."""
SCRIPT_GROUPS = ("bracket", "angle", "bite", "deco", "dparen", "dname", "script", "slash")
"""Groups of :data:`TURN_RE` that hold a broadcast script's labels (brackets, plain roles)."""
