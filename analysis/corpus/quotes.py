"""Quotations and who is speaking, sentence by sentence.

Each sentence gets a ``quote`` type and, where the words are someone else's, a ``speaker``:

``direct``
    at least half of the sentence's words lie inside quotation marks (“...”, "...", ''...''),
    or the sentence opens with a quotation and its reporting clause (``“Why?” he asked.``);
``partial``
    a quoted fragment inside a sentence with a reporting clause (``Biden called the declaration
    a “prudent step”``);
``indirect``
    reported speech without quotation marks (``He added that ...``, ``..., according to X``,
    ``as per X``, ``as reported by X``, ``X believes ...``, ``The Post has learned ...``,
    ``State media called the visit a provocation``);
``none``
    the journalist's own words. Quotation marks around a name or a title (``The “Washington
    Declaration” outlines``) make no quotation; a question without quotation marks (``What did
    North Korea say?``), a headline (a first paragraph without a final stop, or a paragraph's
    unquoted, unpunctuated last words: a menu line) and a dateline are never attributed.

``voice`` is ``"quoted"`` for the first three and ``"authorial"`` for ``none``. A transcript
(:mod:`analysis.corpus.transcripts`) is read turn by turn: ``voice`` ``"speech"`` (quote
``turn``) with the turn's speaker, ``"stage"`` for stage directions and time or place lines. An
article's furniture lines (a byline, ``___``, ``Kim reported from Seoul.``, an e-mail address, an
author's bio, ``(END)``: :mod:`.furniture_lines`) are ``"stage"``: nobody's words, no content.

A paragraph that opens with a speaker label is that speaker's words: an upper-case label (an
excerpt of a transcript, ``FALLIN:``), a name (the headline ``Yoon: The alliance has never been
stronger.``) or a broadcaster's soundbite label (``[Soundbite] Park Ji-hoon(Analyst) :``); a rubric
(``Analysis:``), a dateline place (``New Delhi:``) or a headline (:mod:`.headline_labels`) is no
label (:mod:`.paragraph_labels`).

Speakers come from the reporting clause outside the quotation marks: ``NAME said``,
``said NAME``, ``NAME told ...``, ``according to NAME``, ``The visit, KCNA said, was ...``.
A bare reporting clause (``Trump said.``, ``The declaration claims.``, ``Sullivan added:``)
hands its speaker to the quotation it closes or opens (a paragraph without quotation marks after
a clause ending in a colon is its block quotation); split from that quotation by punctuation it
is the writer's (``none``), else ``indirect`` (:func:`.bare_clauses.frame_reading`).
The reporting verbs are the classic lists (Bergler 1992; Krestel et al. 2008) extended with
the cue words that mark an attribution in at least half of their occurrences in PolNeAR's
training split (Newell et al. 2018). A quotation with no reporting clause of its own takes the
speaker of the clause that closes it (``“A. B. C,” she said.``), else continues the previous
quotation of the paragraph, the speaker of a short attribution sentence just before it
(``The declaration claims. “Our Alliance ...”``), or the speaker of the sentence before it,
across a paragraph break. :class:`analysis.corpus.speakers.SpeakerTracker` resolves names,
pronouns and role nouns. The rules follow Pareti (2016, PARC 3.0) and Newell et al. (2018),
reduced to what a regular-expression pass can do reliably.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Collection
from dataclasses import dataclass
from itertools import islice

from .accordance import blank_basis
from .actor_linker import default_linker
from .agency_ledes import agency_lede, lede_start
from .article_turns import article_readings
from .attribution_model import AttributionModel, default_model, neighbours
from .bare_clauses import is_bare_clause, refers_back
from .beliefs import belief_subject
from .broadcast_scripts import outlet_readings, outlet_text
from .carried_speakers import carried_speaker, dash_source, is_country_voice, names_a_person
from .clause_reading import clause_source
from .cues import WORD_RE
from .framed_paragraphs import framed_paragraph_readings
from .headline_labels import label_unless_headline
from .joint_subjects import joined_after, joint_speaker
from .kickers import is_kicker
from .label_names import label_full_name
from .opening_subjects import narration_group, sentence_subject
from .opinion_openers import continues, opinion_holder
from .poll_findings import poll_findings
from .pronoun_reach import REACH, nearest_person
from .put_it import shaped_source
from .quote_marks import pair_marks
from .quoted_titles import without_title_marks, without_titles
from .relayed_pronouns import paraphrased_person
from .run_on_quotes import Block, in_run_on, next_blocks, open_paragraphs
from .single_marks import single_mark_spans
from .source_phrases import vetoed
from .source_spans import bound_pronoun, first_person_author, trimmed_source
from .sources import blank_dateline
from .speaker_shapes import legacy_subject, promoted_source
from .speakerless import sentence_reading, unnamed_pronoun
from .speakers import PERSON_PRONOUNS, PRONOUNS, SpeakerTracker, is_speaker_surface
from .speech_nouns import evaluative_act
from .statement_frames import framing, in_block
from .title_case import (
    heading_paragraphs,
    headline_quote_spans,
    is_headline,
    menu_page,
    sentence_case,
    single_quote_style,
)
from .transcripts import actor_name, attribute_turns, is_transcript
from .view_holders import poll_share, view_holder
from .voice_vetoes import writer_narration


@dataclass(frozen=True)
class Attribution:
    """The quotation analysis of one sentence.

    ``speaker`` is the speaker as the document names it there (titles dropped, a pronoun
    replaced by the name it stands for, a role noun such as ``the diplomat`` kept);
    ``full_name`` is the person or body meant, in the longest form of its name seen so far
    (``Joe Biden`` for ``Biden``, ``Mao Ning`` for ``the diplomat``): actor linking starts
    from it."""

    quote: str
    voice: str
    speaker: str | None
    full_name: str | None = None


def quote_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Return ``(start, end)`` offsets of the quotations in ``text[start:end]``.

    Curly quotes (and TeX-style ````...''``) pair as opening and closing marks; straight double
    quotes and doubled apostrophes (``''``, the ASCII quotation mark of older wire copy)
    alternate. A quotation left open at the end of the range (news style for a quote that runs
    on into the next paragraph) is closed there. Single quotes only in a range with no double
    mark (``’`` is also the apostrophe). Marks typed in two styles, a stray opening mark, single
    quotes: :func:`analysis.corpus.quote_marks.pair_marks`."""
    return pair_marks(text, start, len(text) if end is None else end)


def outside_quotes(text: str, s: int, e: int, spans: list[tuple[int, int]]) -> str:
    """``text[s:e]`` with quoted material replaced by spaces (offsets kept); ``spans`` are
    sorted, non-overlapping ``(start, end)`` offsets (as from :func:`quote_spans`)."""
    pieces = []
    pos = s
    for qs, qe in spans:
        qs, qe = max(qs, pos), min(qe, e)
        if qs >= qe:
            continue
        pieces.append(text[pos:qs])
        pieces.append(" " * (qe - qs))
        pos = qe
    pieces.append(text[pos:e])
    return "".join(pieces)


def _overlapping(spans: list[tuple[int, int]], s: int, e: int) -> list[tuple[int, int]]:
    """The spans (sorted, non-overlapping) that overlap ``[s, e)``: a binary search on their end
    offsets, so a paragraph of many quotations stays fast."""
    out = []
    for i in range(bisect_right(spans, s, key=lambda span: span[1]), len(spans)):
        if spans[i][0] >= e:
            break
        out.append(spans[i])
    return out


@dataclass
class _Clause:
    """What one sentence says on its own: its quotations and its reporting clause."""

    paragraph: int
    full_spans: list[tuple[int, int]]
    raw: str | None
    according: bool
    quote: str
    eligible: bool = True
    minor: bool = False  # the writer's claim (:mod:`.writer_readings`): never promoted


def _outside(text: str, s: int, e: int, spans: list[tuple[int, int]], opens_paragraph: bool,
             first_paragraph: bool) -> str:
    """The sentence ``text[s:e]`` as the reporting clauses are read: its quotations blanked, a
    paragraph's dateline blanked, the first paragraph in sentence case (``..., Former
    Doctor Says.`` reads as *says*: :func:`analysis.corpus.title_case.sentence_case`), and a
    text as the basis of an act blanked (``set up according to the declaration``:
    :func:`analysis.corpus.accordance.blank_basis`)."""
    outside = outside_quotes(text, s, e, spans) if spans else text[s:e]
    if opens_paragraph:
        outside = blank_dateline(outside)
    return blank_basis(sentence_case(outside) if first_paragraph else outside)


def _read_clauses(text: str, sentences: list[tuple[int, int, int]]) -> list[_Clause]:
    """First pass: quotation spans, quote type and raw reporting subject of each sentence."""
    paragraphs = _paragraph_bounds(sentences)
    find = headline_quote_spans if single_quote_style(text) else quote_spans  # ‘...,’ said
    spans_by_par = {p: find(text, s, e) for p, (s, e) in paragraphs.items()}
    first_par, heads = heading_paragraphs(text, paragraphs)
    menus = menu_page(text, sentences)
    clauses = []
    label: str | None = None
    block: Block = None  # paragraphs first to last, and their speaker
    run_on: Block = None  # the same for a quotation run on, unmarked
    for p, s, e in sentences:
        if s == paragraphs[p][0]:
            label = label_unless_headline(text, (s, e), paragraphs[p], p in heads)
        if label is not None:
            clauses.append(_Clause(p, [], label, False, "direct"))
            continue
        sentence = text[s:e]
        full_spans = without_titles(text, _overlapping(spans_by_par[p], s, e) or
                                    single_mark_spans(text, s, e, p == first_par))  # ‘Fraud.’
        if block is not None and block[0] <= p <= block[2] and not full_spans:
            clauses.append(_Clause(p, [], in_block(text, paragraphs[p], block, (s, e)), False,
                                   "direct"))
            continue
        if framed := framing(text, p, (s, e), paragraphs):  # "X issued the following:"
            block, kind = framed
            clauses.append(_Clause(p, full_spans, block[1], False, kind, eligible=kind != "none"))
            continue
        spans = [(max(qs, s), min(qe, e)) for qs, qe in full_spans]
        outside = _outside(text, s, e, spans, s == paragraphs[p][0], p == first_par)
        quoted_words = sum(len(WORD_RE.findall(text[qs:qe])) for qs, qe in spans)
        has_quote = quoted_words > 0
        n_words = (len(WORD_RE.findall(sentence)) or 1) if has_quote else 1
        headline = is_headline(sentence, p in heads and (s, e) == paragraphs[p],
                               menus and e == paragraphs[p][1] and not full_spans)
        question = not has_quote and sentence.rstrip().endswith("?")
        if headline or question or is_kicker(text, paragraphs[p][0]):  # "WATCH: ..."
            clauses.append(_Clause(p, full_spans, None, False, "none", eligible=False))
            continue
        raw, according, minor = clause_source(sentence, outside, has_quote)
        if (raw is None or according) and 2 * quoted_words >= n_words:  # "as X put it": X's
            raw, according = shaped_source(outside, text, spans[0], (s, raw, according))
        raw = paraphrased_person(text, spans, raw) or raw  # "“He stressed ...,” the office said"
        if raw is not None and not is_speaker_surface(raw):
            raw = None  # a clause opener ("which the two leaders called ...") is nobody
        leads = bool(spans) and not text[s:spans[0][0]].strip()
        if raw is not None and not has_quote and (refers_back(sentence) if according else
                                                  is_bare_clause(outside, raw)):
            quote = "frame"
            if e == paragraphs[p][1] and sentence.rstrip().endswith(":"):
                block = (p + 1, raw, p + 1)  # "Limbaugh added:" before a block quotation
        else:
            direct = quoted_words / n_words >= 0.5 or (leads and raw is not None and not according)
            raw, quote = _quote_kind(text, (p, s, e), paragraphs[p][0], raw, according,
                                     (direct, has_quote), (block, run_on))
        clauses.append(_Clause(p, full_spans, raw, according, quote, minor=minor))
        block, run_on = next_blocks(text, paragraphs, (p, e), clauses, (block, run_on), has_quote)
    return clauses


def _quote_kind(text: str, where: tuple[int, int, int], par_start: int, raw: str | None,
                according: bool, flags: tuple[bool, bool], blocks: tuple[Block, Block]
                ) -> tuple[str | None, str]:
    """The source and quote type of a sentence that is no bare reporting frame (``blocks``:
    the block of a frame or list, and a quotation run on over paragraphs, both may be None)."""
    (p, s, e), (direct, has_quote), (block, run_on) = where, flags, blocks
    if direct:
        return raw, "direct"
    if raw is not None:
        return raw, "partial" if has_quote and not according else "indirect"
    if s == par_start and (lede := agency_lede(text, s, e)):
        return lede, "indirect"  # "PYONGYANG, April 29 (KCNA) -- The ... is ...": KCNA's
    if block is not None and block[0] <= p <= block[2]:
        return block[1], "direct"  # a block's sentence quoting a name: still its own
    if run_on is not None and in_run_on(run_on, p, text[s:e]):
        return run_on[1], "direct"  # a quotation run on over paragraphs, unmarked
    return raw, "none"


def _paragraph_bounds(sentences: list[tuple[int, int, int]]) -> dict[int, tuple[int, int]]:
    """The start and end offsets of every paragraph of ``sentences``."""
    paragraphs: dict[int, tuple[int, int]] = {}
    for p, s, e in sentences:
        paragraphs[p] = (min(paragraphs.get(p, (s, e))[0], s), max(paragraphs.get(p, (s, e))[1], e))
    return paragraphs


def rule_readings(text: str, sentences: list[tuple[int, int, int]]) -> list[str]:
    """The rules' reading of every sentence before the model and speaker resolution:
    ``direct``, ``partial``, ``indirect``, ``none``, or ``frame`` for a bare reporting clause
    (``Biden said.``). These are the readings the model's features see."""
    return [c.quote for c in _read_clauses(text, sentences)]


def promotable(text: str, sentences: list[tuple[int, int, int]]) -> list[bool]:
    """Whether the model may promote each sentence: read ``none`` by the rules, and not a
    headline, an unquoted question, nor the writer's narration (a prescription, an event, an
    agreement to act, a signing, a purpose, a subject that would be an adverb, ``Perhaps
    ...``: :func:`analysis.corpus.voice_vetoes.writer_narration`)."""
    return [_promotable(c, text[s:e])
            for (_, s, e), c in zip(sentences, _read_clauses(text, sentences), strict=True)]


def _promotable(c: _Clause, sentence: str) -> bool:
    """Whether the model may promote a sentence read as ``c`` (see :func:`promotable`)."""
    return c.eligible and not c.minor and c.quote == "none" and not writer_narration(sentence)


def _promote(text: str, sentences: list[tuple[int, int, int]], clauses: list[_Clause],
             model: AttributionModel) -> None:
    """Mark as indirect speech the authorial sentences the model reads as reported (their
    speaker is :func:`promoted_speaker`) and those whose subject holds a view (:mod:`.beliefs`,
    :mod:`.view_holders`: that holder, or a poll's share of respondents), open with someone's
    view or go on with the last one's argument (``In his opinion``, ``Therefore``, ``Second``:
    :mod:`.opinion_openers`) or tell an evaluative speech act by a noun (:mod:`.speech_nouns`)."""
    quotes = [c.quote for c in clauses]
    for n, ((p, start, e), c) in enumerate(zip(sentences, clauses, strict=True)):
        if not c.eligible or c.minor or c.quote != "none":
            continue
        s = start if n and sentences[n - 1][0] == p else lede_start(text, start, e)  # dateline
        previous, following = neighbours(sentences, quotes, n)
        live = previous if previous == "start" else clauses[n - 1].quote  # "Second, ... Third,"
        if (holder := opinion_holder(text[s:e])) is not None or continues(text[s:e], live):
            c.quote, c.raw = "indirect", holder  # "In his opinion, ...": his view; "Therefore,"
            continue
        held = belief_subject(text[s:e]) or view_holder(text[s:e]) or poll_share(text[s:e])
        if (held is not None or evaluative_act(text[s:e]) or model.sentence_probability(
                without_title_marks(text[s:e]), "none", previous, following) >= model.threshold) \
                and not writer_narration(text[start:e]):  # the veto last: most stay as they are
            tokens = list(WORD_RE.finditer(text, s, e))
            raw = held or promoted_speaker(text[s:e], tokens, model.cues)
            if vetoed(text[s:e], raw) or (raw or "").lower() in ("i", "we") and _MARKS.isdisjoint(
                    text[s:e]):
                continue  # "The agreement ... also creates": an act; "I think": the writer
            if raw is None or is_speaker_surface(raw):  # "Whether that insight": nobody
                # the source read anew, passing over words that name nobody ("Therefore")
                c.quote, c.raw = "indirect", held or promoted_source(text[s:e], tokens, model.cues)


def promoted_speaker(sentence: str, tokens: list[re.Match],
                     cues: Collection[str]) -> str | None:
    """The source of a sentence the model promotes (``tokens``: its :data:`WORD_RE` matches,
    ``cues``: the model's cue words): the name of a promise (:mod:`.nominal_sources`), its
    subject if a pronoun or a name (:func:`.opening_subjects.sentence_subject`), the phrase
    before its cue word (:func:`.attribution_model.cue_subject`: ``The Clinton campaign
    says``), else the words before its first verb (:func:`.subjects.subject_phrase`: ``His
    advisers believe``, ``In the House, lawmakers passed``)."""
    return legacy_subject(sentence, tokens, cues)  # the reading the vetoes judge


def _next_cues(clauses: list[_Clause], runs_on: Collection[int] = ()) -> list[int | None]:
    """For each sentence, the next quotation sentence of its paragraph (or of the next, for one
    of ``runs_on``) with its own reporting clause (itself included), in one backward sweep."""
    out: list[int | None] = [None] * len(clauses)
    nxt: int | None = None
    for i in range(len(clauses) - 1, -1, -1):
        if i + 1 < len(clauses) and clauses[i + 1].paragraph != clauses[i].paragraph and \
                clauses[i].paragraph not in runs_on:
            nxt = None
        if clauses[i].quote in {"direct", "partial", "frame"} and clauses[i].raw is not None:
            nxt = i
        out[i] = nxt
    return out


def attribute_sentences(text: str, sentences: list[tuple[int, int, int]],
                        kind: str | None = None,
                        model: AttributionModel | None | str = "default") -> list[Attribution]:
    """Attribute every sentence of one document: ``sentences`` are ``(paragraph, start, end)``
    triples in reading order (:func:`analysis.corpus.sentences.iter_sentences`); ``kind``, the
    sidecar's document kind: ``"transcript"`` forces reading by speaker turns (a news script's
    ``Anchor:`` and ``Report:`` parts as an article: :mod:`.broadcast_scripts`), ``"article"``
    forbids it, ``None`` detects it (:func:`analysis.corpus.transcripts.is_transcript`);
    ``model``: the learned second opinion on sentences the rules leave authorial
    (:mod:`analysis.corpus.attribution_model`, the shipped one by default, ``None`` for the
    rules alone). Returns one :class:`Attribution` per sentence."""
    if kind == "transcript" or (kind != "article" and is_transcript(text, sentences)):
        turns = attribute_turns(text, sentences)
        own, script = outlet_text(text, sentences, turns)  # "Anchor: ...": the outlet's copy
        article = outlet_readings(text, sentences, own, _attribute_article(
            script, sentences, model)) if script else turns
        return [a if o else Attribution(q, v, sp, label_full_name(text, actor_name(sp)))
                for a, o, (q, v, sp) in zip(article, own, turns, strict=True)]
    return _attribute_article(text, sentences, model)


def _attribute_article(text: str, sentences: list[tuple[int, int, int]],
                       model: AttributionModel | None | str) -> list[Attribution]:
    clauses = _read_clauses(text, sentences)
    if model is not None:
        _promote(text, sentences, clauses, default_model() if model == "default" else model)
    reader = _DocumentReader(text, sentences, clauses)
    results = framed_paragraph_readings(text, sentences, poll_findings(
        text, sentences, [reader.read(n) for n in range(len(sentences))]))
    for n, reading in article_readings(text, sentences).items():  # furniture, interview turns
        results[n] = Attribution(*reading)
    return results


class _DocumentReader:
    """The second pass of :func:`attribute_sentences`: resolves the speaker of each sentence in
    reading order, carrying what earlier sentences said (who spoke last, in the paragraph or
    in a quotation; the narration a pronoun may refer back to)."""

    def __init__(self, text: str, sentences: list[tuple[int, int, int]],
                 clauses: list[_Clause]) -> None:
        self.text = text
        self.sentences = sentences
        self.clauses = clauses
        self.next_cue = _next_cues(clauses, open_paragraphs(text, sentences))
        self.tracker = SpeakerTracker(default_linker())
        self.narration: list[tuple[int, int, _Clause]] = []
        self.span_speaker: dict[tuple[int, int], str | None] = {}
        self.referent_of: dict[str, str] = {}
        self.last_in_par: str | None = None
        self.pending_cue: str | None = None
        self.previous: Attribution | None = None

    def read(self, n: int) -> Attribution:
        """The attribution of sentence ``n``; sentences are read in order, each once."""
        (p, s, e), c = self.sentences[n], self.clauses[n]
        if n and self.clauses[n - 1].paragraph != p:
            self.last_in_par = None
        self.tracker.observe(self.text[s:e])
        self._offer_subjects(s, e, c)
        speaker, role, referent = self._speaker(n, c)
        self._note(s, e, c, speaker, role, referent)
        quote = sentence_reading(self.text, self.sentences, n, c.quote, speaker, c.raw)
        speaker = None if quote == "none" else speaker or unnamed_pronoun(c.raw, quote)  # "he"
        full = None if unnamed_pronoun(speaker, quote) else self.referent_of.get(speaker or "") or (
            self.tracker.full_name(speaker) if speaker and speaker[0].isupper() else speaker)
        voice = "authorial" if quote == "none" else "quoted"  # a bare frame, nobody's paraphrase
        self.previous = Attribution(quote, voice, speaker, full)
        return self.previous

    def _offer_subjects(self, s: int, e: int, c: _Clause) -> None:
        """Offer the tracker the persons a pronoun of this sentence may stand for."""
        narration, tracker = self.narration, self.tracker
        if narration and ((c.raw or "").lower() in PERSON_PRONOUNS or
                          (c.quote == "direct" and c.raw is None)):
            # The narration since the last person who spoke: its latest person subject (of
            # the last few sentences), read only now that a pronoun may need it.
            for _ in range(min(len(narration), _NARRATION_REACH)):
                if _mention_own_subject(self.text, *narration.pop(), tracker):
                    break
            narration.clear()
        if narration and (c.raw or "").lower() == "they" and not self.text[narration[-1][1]:s]\
                .strip() and (group := narration_group(self.text, *narration[-1][:2])):
            tracker.remember(group, False)  # "The three men agreed ... They also pledged"
        if c.raw and c.raw.lower() in PERSON_PRONOUNS:
            _mention_own_subject(self.text, s, e, c, tracker)

    def _speaker(self, n: int, c: _Clause) -> tuple[str | None, str | None, str | None]:
        """The speaker of sentence ``n``, the role noun and referent of its reporting clause."""
        tracker = self.tracker
        raw = bound_pronoun(self.text[slice(*self.sentences[n][1:])], trimmed_source(c.raw),
                            tracker.linker)  # "Some even joked": Some; "When Yoon ..., he"
        if (author := first_person_author(raw, self.text[:self.sentences[n][1]])):
            return author, None, None  # "I express ...", outside quotation marks: the author
        if c.quote == "direct":  # "“...” ― Name “...” ― Name": each quotation its own name
            dashed = dash_source(self.text, c.full_spans, *self.sentences[n][1:], raw,
                                 self.span_speaker)  # "... partners,” Yonhap reported": Austin
            if dashed:
                return tracker.resolve(dashed), None, None
        referent = (joint_speaker(raw) or tracker.resolve(raw)) if raw else None
        role = tracker.role_surface(raw) if raw else None
        speaker = role or referent
        if role:
            self.referent_of[role] = referent or role
        previous = self.previous
        if c.quote == "direct" and speaker is None:
            speaker = carried_speaker(c, n, self.clauses, self.next_cue, self.sentences,
                                       self.text, tracker, self.span_speaker, self.last_in_par,
                                       self.pending_cue, previous)
        elif c.quote == "indirect" and speaker is None and previous is not None and \
                previous.voice == "quoted":
            speaker = previous.speaker  # reported speech running on from the sentence before
        if speaker is None and c.quote != "none" and (raw or "").lower() in PERSON_PRONOUNS:
            speaker = nearest_person([self.text[s:e] for _, s, e in self.sentences[max(
                0, n - REACH):n]], tracker)  # "he said", the person named further back
        if speaker is None and c.quote != "none" and tracker.last_speaker:
            speaker = tracker.last_speaker  # news continues the last speaker until it names one
        if (c.raw or "").lower() in PERSON_PRONOUNS and is_country_voice(tracker, speaker):
            speaker = nearest_person([self.text[s:e] for _, s, e in self.sentences[max(
                0, n - REACH):n]], tracker)  # "Beijing said ... He said": a person, else none
        return speaker, role, referent

    def _note(self, s: int, e: int, c: _Clause, speaker: str | None, role: str | None,
              referent: str | None) -> None:
        """Remember the speaker of sentence ``text[s:e]`` for the sentences after it."""
        for span in c.full_spans:
            if speaker and c.quote in {"direct", "partial"}:
                self.span_speaker.setdefault(span, speaker)
        if c.quote in {"direct", "partial"} and speaker:
            self.last_in_par = speaker
        # A bare attribution ("The declaration claims.") hands its speaker to a quotation after.
        self.pending_cue = speaker if c.quote == "frame" or (
            c.quote == "indirect" and len(self.text[s:e].split()) <= 6) else None
        if role and referent:
            self.tracker.remember(referent, not is_country_voice(self.tracker, referent))
            self.narration.clear()
        elif names_a_person(c, speaker, self.tracker.linker):
            self.tracker.remember(speaker, True)
            if not is_country_voice(self.tracker, speaker):
                self.narration.clear()  # a person who spoke since is a pronoun's first choice
        else:
            self.tracker.remember(speaker, False)
        if (c.quote == "none" and c.eligible) or (c.raw and agency_lede(self.text, s, e)):
            self.narration.append((s, e, c))  # "(KCNA) -- Kim Jong Un inspected ... He said"


_NARRATION_REACH = 3
"""Sentences of narration searched back for a pronoun's person."""
_SUBJECT_TOKENS = 40
"""Tokens read for the subject of a sentence offered as a pronoun's person: a name and the
fronted phrase or clause before it (``Though she called it "outrageous", Clinton``) fit."""
_MARKS = frozenset('"“”')  # an "I" beside a quotation mark is a quotation's speaker


def _mention_own_subject(text: str, s: int, e: int, c: _Clause, tracker: SpeakerTracker
                         ) -> bool:
    """Offer the subject of the sentence ``text[s:e]``, if it stands before any quotation, to
    ``tracker`` as the person a ``he`` or ``she`` stands for (:meth:`SpeakerTracker.mention`):
    the subject of narration (``Kim Yo Jong issued a statement. She said ...``) or of the
    sentence's own first clause (``Yoon wants it seen, and he told lawmakers ...``). Returns
    whether the tracker took it. A wire dateline opening the sentence is nobody."""
    tokens = list(islice(WORD_RE.finditer(text, lede_start(text, s, e), e), _SUBJECT_TOKENS))
    subject = sentence_subject(tokens)
    if not subject or subject.lower() in PRONOUNS:
        return False
    n = len(subject.split())
    if c.full_spans and tokens[n - 1].end() > c.full_spans[0][0] or \
            joined_after(text, tokens[n - 1].end()):
        return False  # a quotation's words; one of two joined subjects ("Yoon and Biden are")
    return tracker.mention(subject)
