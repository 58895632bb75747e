"""One article as annotated HTML: whose words each sentence carries, and the frame evidence.

:func:`annotated_article` renders a :class:`~analysis.corpus.Document` paragraph by paragraph:
every sentence that presents someone's words is shaded in its speaker's colour (hover for the
speaker and the kind of quotation), every frame cue of the lexicon is underlined in its frame's
colour (hover for the frame and the rule), and a legend names the colours. The result displays
itself in JupyterLab (``_repr_html_``) and in the HTML report; :meth:`ArticleView.html` gives
the markup. Text is escaped, so an article cannot inject markup.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Any

SPEAKER_COLOURS = ("#fde2c7", "#d7ecd9", "#e3dcf2", "#fbd5dc", "#d4e8f5", "#f4ecc2",
                   "#e0e0e0", "#cdeee9")
"""Light backgrounds for speakers, in order of first appearance (cycled)."""

FRAME_COLOURS = {"deterrence": "#1f77b4", "diplomacy": "#2ca02c", "alliance": "#9467bd",
                 "threat": "#d62728"}

_STYLE = ("<style>.an-article{font-family:Georgia,serif;line-height:1.6;max-width:46em}"
          ".an-article p{margin:0 0 .8em}.an-q{border-radius:3px;padding:0 1px}"
          ".an-cue{border-bottom:2px solid;font-weight:600}.an-legend{font:12px sans-serif;"
          "margin:.5em 0 1em}.an-legend span{display:inline-block;margin:0 .8em .3em 0;"
          "padding:0 4px;border-radius:3px}</style>")


@dataclass(frozen=True)
class ArticleView:
    """Annotated HTML of one article (see the module docstring)."""

    body: str

    def html(self) -> str:
        """The markup: a style block, the legend and the article."""
        return self.body

    def _repr_html_(self) -> str:
        return self.body


def _cued(text: str, lexicon: Any) -> str:
    """``text`` escaped, with its counted frame cues underlined."""
    from ..metrics.frames import frame_cues

    out, pos = [], 0
    for cue in frame_cues(text, lexicon):
        if cue.frame is None or cue.rule.startswith("negated") or cue.start < pos:
            continue
        colour = FRAME_COLOURS.get(cue.frame, "#444444")
        out.append(escape(text[pos:cue.start]))
        out.append(f'<span class="an-cue" style="border-color:{colour}" '
                   f'title="{escape(cue.frame)} ({escape(cue.rule)})">'
                   f"{escape(text[cue.start:cue.end])}</span>")
        pos = cue.end
    out.append(escape(text[pos:]))
    return "".join(out)


def _legend(colours: dict[str, str]) -> str:
    from ..metrics.frames import FRAMES

    speakers = "".join(f'<span style="background:{c}">{escape(s)}</span>'
                       for s, c in colours.items()) or "<span>no one quoted</span>"
    frames = "".join(f'<span style="border-bottom:2px solid {FRAME_COLOURS[f]}">{f}</span>'
                     for f in FRAMES)
    return (f'<div class="an-legend"><b>Speakers</b> (shaded): {speakers}<br>'
            f"<b>Frame cues</b> (underlined): {frames}</div>")


def annotated_article(document: Any, lexicon: Any = None) -> ArticleView:
    """Annotated HTML of ``document``: quotations shaded by speaker, frame evidence marked,
    with a legend. ``lexicon`` is a frame lexicon (default: the packaged one)."""
    from ..metrics.frames import load_frame_lexicon

    lexicon = lexicon or load_frame_lexicon()
    colours: dict[str, str] = {}
    paragraphs: dict[int, list[str]] = {}
    for s in document.sentences:
        inner = _cued(s.text, lexicon)
        if s.voice in ("quoted", "speech"):
            who = s.speaker or "unattributed"
            colour = colours.setdefault(who, SPEAKER_COLOURS[len(colours) % len(SPEAKER_COLOURS)])
            inner = (f'<span class="an-q" style="background:{colour}" '
                     f'title="{escape(who)} ({escape(s.quote)} quotation)">{inner}</span>')
        paragraphs.setdefault(s.paragraph, []).append(inner)
    body = "".join(f"<p>{' '.join(parts)}</p>" for _, parts in sorted(paragraphs.items()))
    title = escape(str(document.meta.get("title") or document.doc_id))
    return ArticleView(f'{_STYLE}<div class="an-article"><h4>{title}</h4>{_legend(colours)}'
                       f"{body}</div>")
