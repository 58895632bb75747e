"""The word lists of reporting clauses: reporting verbs, the nouns and function words around
them, and the adverbs that may stand between a subject and its verb (used by :mod:`.cues`).
The reporting verbs are the classic lists (Bergler 1992; Krestel et al. 2008) extended with the
cue words that mark an attribution in at least half of their occurrences in PolNeAR's training
split (Newell et al. 2018)."""

from __future__ import annotations

from functools import lru_cache

from .progressives import progressive_start
from .speakers import PERSON_ROLES
from .speech_participles import SPEECH_ACT_INGS, SPEECH_PARTICIPLES, comma_participle, reply_act

SPEECH_VERBS = frozenset(
    """said says say told tells tell added adds adding noted notes noting stated states claimed
    claims warned warns asked asks explained explains insisted insists argued argues arguing
    announced announces declared declares wrote writes tweeted stressed stresses emphasized
    emphasised emphasizes emphasises urged urges pledged pledges vowed vows remarked commented
    replied acknowledged acknowledges admitted admits reiterated reiterates confirmed confirms
    denied denies predicted cautioned affirmed affirms recalled observed concluded continued
    described describes called calls argue warn insist suggest suggested suggests saying telling
    reported reports contended contends alleged alleges accused accuses condemned condemns
    criticized criticised criticizes criticises slammed blasted denounced denounces praised praises
    defended defends lambasted rebuked decried mocked questioned rejected dismissed responded
    countered retorted conceded complained boasted joked testified charged believes believed
    mentioned cited citing revealed indicated insisting promised promises threatened threatens
    demanded demands hailed hails labelled labeled branded learned asserted asserts predicts posted
    answered opined quipped remembered recounted wondered mused lamented exclaimed shouted yelled
    whispered contend reaffirmed reaffirms repeated repeats welcomed lauded lauds welcomes joking
    disclosed discloses explaining stressing emphasizing emphasising stating refuted refutes
    rebutted rebuts dubbed dubs termed emphasize emphasise stress reaffirming affirming vowing
    pledging labeling labelling branding forewarned calling describing condemning denouncing deny
    criticizing criticising characterized characterised recommended recommends referred call
    describe reiterating reaffirm reiterate condemn welcome urge urging editorialized""".split())
"""Reporting verbs (Bergler 1992; Krestel et al. 2008; PolNeAR-train cue words), in the forms
news text uses. Only lower-case tokens count, so ``United States`` is not ``states``."""

QUOTE_ONLY_VERBS = frozenset("""called calls call describe described describes labelled labeled
    branded dubbed dubs termed labeling labelling branding calling describing characterized
    referred""".split())
"""Verbs that report speech only with a quoted fragment (``called it a “step”``) or a naming
complement (``called the visit a provocation``, ``described it as hostile``)."""

STANCE_ADJECTIVES = frozenset("""afraid worried concerned confident convinced hopeful optimistic
    skeptical sceptical sure certain aware adamant frustrated upset fearful doubtful""".split())
"""Adjectives that, after a copula and before ``that``, report a belief or a feeling the way a
verb does (``Many Democrats are afraid that ...``, ``Seoul remains confident that ...``): in
:data:`THAT_ONLY_VERBS`, so read only there."""

THAT_ONLY_VERBS = STANCE_ADJECTIVES | frozenset("""underscored underscores underlined underlines
    highlighted highlights estimates estimated calculates calculated projects projected hinted hints
    reminded reminds warning indicating suggesting assessed assesses mentions stipulates stipulated
    specifies assured assures reassured reassures clamoured clamored clamouring clamoring trumpeted
    trumpets blustered blusters squeaked babbled ranted crowed bragged crying cried ballyhooed
    prattled anticipated anticipates conjectured speculated analyzed analysed""".split())
"""Verbs that report speech only before a ``that`` clause or after a name, as readouts and fact
sheets use them (``Austin underscored that the commitment is ironclad``, ``Secretary Austin
underscored the U.S. commitment``; not ``The launch underscored the risk``), and the verbs of scorn
in KCNA's English (``The puppet military clamoured that``, ``blustered that``); *estimates* and
*estimated* only before ``that`` (``The Tax Foundation estimates that the plan would cost ...``; not
``Officials estimated the crowd at 5,000``, ``the estimates that circulated``), and so *calculates*
and *projects* (``The Labor Department calculates that ...``, ``The budget office projected that
...``; not ``a calculated move``, ``the projects that won funding``) and *assessed* (``Seoul has
assessed that ...``; not ``assessed the damage``); a text's *mentions*, *stipulates* and *specifies*
(``The declaration also mentions that ...``); *warning*, *indicating* and *suggesting* only between
a plural noun or a name and ``that`` (``amid analysts warning that``, ``Seoul officials indicating
that``; not ``a stern warning that``); *reminded* only before ``that`` within four words (``reminded
Pyongyang that ...``, not ``reminded him of the war``); *(re)assured* also after a comma (``...,
assured a spokesperson``; not ``The declaration probably reassures South Koreans``)."""
STANCE_ACT_VERBS = frozenset("""expressed expresses expressing voiced voices voicing conveyed
    conveys lodged lodges raised raises launched launches attached attaches echoed""".split())
"""Verbs that report a stance only with a stance noun as object (``Beijing expressed strong
dissatisfaction``, ``Tokyo voiced support for``, ``lodged a protest with``:
:func:`stance_object`); not ``expressed mail``, ``voiced the main character``."""
STANCE_NOUNS = frozenset("""concern concerns support opposition regret dissatisfaction displeasure
    disapproval dismay indignation condemnation hope hopes condolences gratitude appreciation unease
    protest protests objection objections reservations doubts doubt alarm frustration anger outrage
    willingness readiness skepticism scepticism disappointment confidence optimism solidarity
    sympathy significance importance intention intentions opinion view views possibility expectation
    expectations belief beliefs satisfaction apprehension apprehensions misgivings sentiments
    shock desire desires wish wishes eagerness determination""".split())
_STANCE_REACH, _OWNERS = 4, frozenset("its their his her our".split())  # "expressed its dismay"


def _by_an_act(tokens: list, i: int) -> bool:
    """Whether the stance after token ``i`` is shown by an act, *by* and a participle that is
    no speech within sixteen words of one clause (``expressed its objection to the presence of
    US bombers by launching two missiles``)."""
    for k in range(i + 1, min(len(tokens) - 1, i + 17)):
        if tokens[k].string[tokens[k - 1].end():tokens[k].start()].strip(" ,"):
            return False  # a clause or a quotation ends first
        if tokens[k].group(0) == "by" and tokens[k + 1].group(0).endswith("ing"):
            return not tokens[k - 1].group(0).endswith("ed") and \
                tokens[k + 1].group(0).lower() not in SPEECH_ACT_INGS | SPEECH_PARTICIPLES
    return False


def stance_object(tokens: list, i: int) -> bool:
    """Whether the object of the verb ``tokens[i]`` of :data:`STANCE_ACT_VERBS` is a stance noun
    (:data:`STANCE_NOUNS`) after at most a determiner and adjectives, or a quotation (``expressed
    (its) “deep regret”``), outside a clause that opens the sentence with a subordinator (``While
    some conservatives have expressed disappointment that ..., the deal is “...,” said Lee``)."""
    if _opening_subordinate(tokens[0].string, tokens, i) or _by_an_act(tokens, i):
        return False
    j = i + 1 if i + 1 < len(tokens) and tokens[i + 1].group(0).lower() in _OWNERS else i
    end = tokens[j + 1].start() if j + 1 < len(tokens) else len(tokens[0].string)
    if len(gap := tokens[0].string[tokens[j].end():end]) > 3 and not gap.strip():
        return True  # "expressed (its) “full confidence” in": a quotation, blank here, as object
    for k in range(i + 1, min(len(tokens), i + 1 + _STANCE_REACH)):
        word = tokens[k].group(0).lower()
        if word in STANCE_NOUNS:
            return True
        if word in PREPOSITIONS or word in CLAUSE_STOPS or tokens[k].group(0)[0].isupper() and \
                not word.endswith(("’s", "'s")):  # "expressed Russia's apprehensions": on
            return False
    return False


_ESTIMATING = frozenset("estimates estimated calculates calculated projects projected assessed "
                        "assesses anticipated anticipates analyzed analysed".split())
_CLAUSE_OPENERS = frozenset("that the this these those he she they we it its his her their our i"
                            .split())
"""Words that open the clause after a stance adjective (``are confident the deal will hold``)."""
_DAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
_EXPLETIVES = frozenset({"it", "there"})  # "it is certain that": no one holds the belief
_PROGRESSIVE = ("is", "are", "was", "were")  # "are crying that": a progressive reporting verb
_COPULAS = frozenset(_PROGRESSIVE + tuple("be been being remain remains remained seem seems "
                                          "seemed".split()))
_MODALS = frozenset("will would can could should may might must".split())  # "can be convinced"
_BEFORE_COPULA = _COPULAS | _MODALS | {"has", "have", "had"}
"""A copula and the auxiliaries of its verb phrase (``have long been concerned``)."""

NAMING_ACT_VERBS = frozenset("announced announces unveiled unveils".split())
"""Verbs that report nothing when their object is only a name (``announced the Washington
Declaration``: an act, not content), but do before a clause or a common noun (``announced
that``, ``announced a port visit``)."""

OBJECT_PRONOUNS = frozenset("him her them me us".split())
"""Objects that make ``questioned`` an act (``questioned him for two hours``), not doubt."""

PERFECT_ONLY_VERBS = frozenset({"learned"})
"""Verbs that report only in the perfect (``The Post has learned``)."""

THING_OBJECT_VERBS = frozenset("wrote writes posted posts".split())
"""Verbs that, without a quotation, name an act when a determiner or a number opens their object
(``wrote a letter``, ``posted a photo``), but report before a clause, a colon or a place."""

THING_DETERMINERS = frozenset("a an the his her their its this these several another".split())
"""Words opening the object of :data:`THING_OBJECT_VERBS` that make them an act."""

GOING_ON_VERBS = frozenset("continued continues repeated repeats concluded observed".split())
"""Verbs that report only with a quotation or before ``that``, a colon or a comma (``he
continued: ...``); else something goes on, is done again or ends (``continued their search``,
``repeated the test``, ``The war concluded with an armistice``)."""

ASIDE_ADVERBS = frozenset("however though meanwhile too instead also moreover nevertheless "
                          "likewise".split())
"""Adverbs set off by commas between a subject and its verb (``Critics, however, contend``)."""

INVERTING_VERBS = frozenset({"said", "says", "added", "adds", "asked", "wrote", "writes", "opined",
                             "reported", "tweeted", "quipped", "remembered", "recounted",
                             "wondered", "mused", "lamented", "observed", "conceded",
                             "countered", "cautioned", "predicted", "states",
                             "noted", "warned", "explained", "continued", "recalled",
                             "stressed", "argued", "insisted", "replied", "declared",
                             "vowed", "urged", "claimed", "acknowledged", "admitted", "commented",
                             "announced", "responded", "reports", "stated", "assured"})
"""Verbs that may precede their subject after a quotation (``..., said Biden``)."""

ORG_HEADS = frozenset(
    """declaration statement report ministry department agency government white house
    pentagon military army navy spokesperson spokesman spokeswoman official officials
    president leader minister office analyst analysts researchers study survey diplomat
    commentary newspaper""".split()
)
"""Heads of ``said the <head>`` after a quotation."""

DOCUMENT_NOUNS = frozenset("""report statement study survey poll commentary article editorial
    analysis transcript data documents document filing memo letter release dispatch""".split())
"""Heads of ``according to a report by X``: the source is then X."""
DOCUMENT_HEADS = DOCUMENT_NOUNS | frozenset("""reports statements studies surveys polls
    commentaries articles editorials analyses releases dispatches""".split())
""":data:`DOCUMENT_NOUNS` and their plurals (``according to reports from X``: X)."""

TEXT_NOUNS = frozenset("""law constitution rule text bill resolution treaty agreement pact
    charter document declaration communique order clause""".split())
"""Heads of a subject of ``states`` (``The declaration states ...``)."""
_NAMING_HEADS = PERSON_ROLES | DOCUMENT_NOUNS | {"communique", "communiqué", "readout"}  # no pact

PREPOSITIONS = frozenset("in of at from for with on by near".split())
MORE_PREPOSITIONS = PREPOSITIONS | frozenset("to into toward towards across over against under upon"
                                              .split())
CLAUSE_STOPS = frozenset("""that and but or which who whom whose when while as because if so
    where although though than then after before since until amid amidst""".split())
ADVERBS = frozenset("""also later then previously again once recently earlier further
    repeatedly separately reportedly publicly privately has have had already first
    once since both now still""".split())
LY_NOUNS = frozenset("family assembly ally rally supply monopoly anomaly bully".split())


def is_adverb(word: str) -> bool:
    """Whether ``word`` is an adverb that may stand between a subject and its verb: one of
    :data:`ADVERBS` or a lower-case ``-ly`` word (``Gingrich cynically dismissed``)."""
    low = word.lower()
    return low in ADVERBS or (word[0].islower() and low.endswith("ly") and len(low) > 4
                              and low not in LY_NOUNS)


OPENING_ADVERBS = frozenset("sadly oddly truly fully newly".split())
"""Sentence adverbs in ``-ly`` of five letters that open a sentence (``Sadly, ...``) and name
nobody. The longer ``-ly`` words are read by :func:`is_opening_adverb`; other openers
(``However``, ``Meanwhile``, ``Instead``, ``Still``, ``Later``, ``Earlier``) by the
subject finder's own lists (:mod:`analysis.corpus.opening_subjects`)."""
LY_NAMES = frozenset("""beverly shelly kimberly connolly connelly donnelly reilly scully sicily
    anatoly vitaly everly waverly daily weekly monthly quarterly yearly""".split())
"""Title-case ``-ly`` words of more than five letters that are names (``Kimberly``,
``Reilly``, ``Sicily``, ``Anatoly``) or name a newspaper (``Monthly Chosun``), not adverbs."""


_STEM_ZIPF = 3.0
"""The least Zipf frequency (wordfreq's English list) of the word an ``-ly`` adverb is made from
(``deep`` 5.05, ``hasty`` 3.29): the stems of names are rare (``kimber`` 2.64, ``schlaf``
1.34, ``reil`` 1.53)."""


def is_ly_adverb(word: str) -> bool:
    """Whether ``word``, written in title case, is a sentence adverb by its form: one of
    :data:`OPENING_ADVERBS`, or an ``-ly`` word of more than five letters that is no noun or
    name (:data:`LY_NOUNS`, :data:`LY_NAMES`) and is made from a common lower-case word
    (:func:`_common_stem`): ``Initially``, ``Deeply``, ``Similarly``, ``Hastily``, not
    ``Kelly``, ``Italy``, ``Kimberly``, ``Schlafly``."""
    low = word.lower()
    if low in OPENING_ADVERBS:
        return True
    return low.endswith("ly") and len(low) > 5 and word[0].isupper() and word[1:].islower() \
        and low not in LY_NOUNS and low not in LY_NAMES and _common_stem(low)


@lru_cache(maxsize=4096)
def _common_stem(low: str) -> bool:
    """Whether the lower-case ``-ly`` word ``low`` is made from a common English word: its
    stem without ``-ly`` (``deep``), with ``-y`` for ``-ily`` (``hasty``), with ``-le`` for
    ``-ly`` (``notable``, ``simple``) or without ``-ally`` (``specific``) reaches
    :data:`_STEM_ZIPF`. The frequency table is read on the first call."""
    from analysis.metrics.word_frequencies import zipf_frequency

    stems = [low[:-2], low[:-1] + "e"]
    if low.endswith("ily"):
        stems.append(low[:-3] + "y")
    if low.endswith("ically"):
        stems.append(low[:-4])
    return any(zipf_frequency(stem) >= _STEM_ZIPF for stem in stems)


def is_opening_adverb(tokens: list, i: int = 0) -> bool:
    """Whether ``tokens[i]`` (:data:`analysis.corpus.cues.WORD_RE` matches), the first word of a
    sentence or clause, is a sentence adverb rather than its subject: one of
    :data:`OPENING_ADVERBS`, or an :func:`is_ly_adverb` word followed by a comma or a
    lower-case word (``Initially, officials ...``, ``Deeply divided over the plan, party
    leaders ...``; not ``Kimberly Harris``, ``Monthly Chosun``). Names of five letters
    (``Kelly``, ``Italy``, ``Emily``) are never read as adverbs."""
    word = tokens[i].group(0)
    if word.lower() in OPENING_ADVERBS:
        return True
    if not is_ly_adverb(word) or i + 1 >= len(tokens):
        return False
    gap = tokens[i].string[tokens[i].end():tokens[i + 1].start()]
    return gap.strip().startswith(",") or tokens[i + 1].group(0)[0].islower()

NOUN_MARKERS = frozenset("no any greater more final little real bigger larger equal his her its "
                         "their our your my".split())

NOUN_LIKE_VERBS = frozenset(
    "states claims claim reports notes calls welcome demands promises pledges".split())
NOUN_MODIFIERS = frozenset("""false new recent such similar earlier previous unconfirmed press news
    media two three four five six seven eight nine ten eleven twelve fifteen twenty thirty fifty
    dozen other several both all many swing battleground caucus nominating primary member border
    southern northern eastern western coastal neighboring neighbouring various numerous repeated
    growing domestic public foreign local popular widespread mounting renewed fresh some""".split())
"""Words before a plural noun that a reporting verb's form may be (``four states``, ``swing
states``, ``false claims``, ``some domestic demands``)."""
PARTICLES = frozenset("for on off up in back out upon into".split())
"""Words after ``called`` that make it no naming verb (``called for``, ``called on``)."""
AUXILIARIES = frozenset("""will would can could should may might must shall do does did is are
    was were""".split())
PASSIVE_AUXILIARIES = frozenset("is are was were be been being so".split())
NEGATIONS = frozenset("not never n't no barely hardly rarely seldom scarcely".split())
"""A negation before the verb reports nothing (``Clinton has not mentioned it``, ``he barely
mentioned climate change``)."""

EVIDENCE_VERBS = frozenset("found finds find shows showed show reads read indicate indicates"
                           .split())
"""Verbs of a finding whose subject is a document, poll or study (``A study found that``, ``The
poll shows``, ``polls indicate that``; not ``Police found the car``)."""

EVIDENCE_NOUNS = DOCUMENT_NOUNS | frozenset("""poll polls study studies survey surveys review
    audit investigation inquiry probe research analysis figures estimate estimates
    assessment reports records filings disclosures statistics""".split())
"""Heads of the subject of an evidence verb (:data:`EVIDENCE_VERBS`)."""


_ADDING = frozenset("added adds adding".split())
_ADDED_THINGS = THING_DETERMINERS | frozenset("it our my your what".split())


def adds_to_a_thing(tokens: list, i: int) -> bool:
    """Whether the verb ``tokens[i]`` (regex matches) is *added to* with a thing as its
    object (``adding to her lead``, ``added to the uncertainty``, ``adds to it``): an increase,
    not a reporting clause (``Trump added to reporters`` and ``he added that`` still report)."""
    return tokens[i].group(0) in _ADDING and i + 2 < len(tokens) and \
        tokens[i + 1].group(0) == "to" and tokens[i + 2].group(0).lower() in _ADDED_THINGS


_ADJECTIVE_PARTICIPLES = {"pledged": frozenset("delegate delegates".split()),
                          **dict.fromkeys(("blasted", "blasts", "blast"), frozenset({"off"}))}
"""Participles before these nouns (``pledged delegates``) or particles (``blasted off``): acts."""
_CLAIMED_THINGS, _OFF = frozenset("victory win momentum territory nomination seat seats lives"
                                   .split()), frozenset({"down"})
_ACT_OBJECTS = {"declared": frozenset("""war bankruptcy independence victory martial himself
                                       herself themselves for""".split()),
                **dict.fromkeys(("claimed", "claims", "claim"), _CLAIMED_THINGS),
                "charged": frozenset("with more less".split()), "writes": _OFF, "wrote": _OFF,
                "disclosed": frozenset("information details data figures imagery".split())}
"""Objects (after at most one determiner) that make a reporting verb an act: *declared war on*,
*declared bankruptcy*, *declared himself an independent*, *declared for president* (not *declared
itself a nuclear state*); *claimed a victory*, *the storm claimed ten lives*; *charged with
desertion*, *charged more than that*; *writes it down* (no comma between); *disclosed the
information* (no content of it)."""
_NAMING = frozenset({"called", "dubbed", "branded", "labelled", "labeled", "titled", "termed"})
"""Participles that, after an indefinite or demonstrative noun phrase and before a name or a
quotation (perhaps after *the*), give a thing its name (``a show called “Brokers”``, ``this
pact called the “Washington Declaration”``, ``a pact branded the “...”``), no one's words."""
_NAMED_DETERMINERS = frozenset("a an this its their".split())
"""Determiners of the noun a naming participle follows (``a show``, ``this agreement called``)."""
_REPLYING = frozenset({"responded", "responds"})
_TO_ACTS = frozenset("ask reaffirm reiterate condemn welcome urge".split())  # "met to reaffirm"
_SPOKEN = SPEECH_VERBS | SPEECH_PARTICIPLES
_ACT_DETERMINERS = frozenset("a an the his her its their more it them".split())
_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten dozens hundreds".split())
_WRITER_IDIOMS = frozenset("""worth way hard difficult impossible early soon safe fair needless
    easy little nothing much bad good""".split())
"""Words before ``to say``/``to tell`` (or before ``noting``/``mentioning``) of the writer's own
idioms (``It's worth noting``, ``no way to tell``, ``too early to say``, ``needless to say``) or
a report of no words (``had little to say``, ``had nothing bad to say about``)."""
_IDIOM_VERBS = frozenset("say tell noting mentioning".split())


_OBLIGING = frozenset("need needs ought has have".split())
"""Verbs of an obligation before *to*: *needs to tell*, *has to explain* (not *had to*, an
obligation met: *had to admit*)."""
_OBLIGING_MODALS = frozenset({"must", "should"})
_COORDINATED = 4
"""Words of a first infinitive before *and* that a second one shares the obligation of."""


def obliged(tokens: list, i: int) -> bool:
    """Whether the reporting verb ``tokens[i]`` (regex matches) is an obligation, no report:
    after *must* or *should* (``Seoul must explain``), after *to* with a verb of
    :data:`_OBLIGING` (``Trump needs to tell the truth``), or joined by *and* to such an
    infinitive (``needs to sell herself and tell more jokes``)."""
    words = [t.group(0).lower() for t in tokens[max(0, i - _COORDINATED - 3):i]]
    if words[-1:] == ["and"]:  # "needs to sell herself and tell": the first infinitive's
        start = max(0, len(words) - 2 - _COORDINATED)
        to = [k for k in range(start, len(words) - 1) if words[k] in _OBLIGING_MODALS
              or (words[k] == "to" and k > 0 and words[k - 1] in _OBLIGING)]
        return bool(to)
    return words[-1:] and words[-1] in _OBLIGING_MODALS or (
        words[-1:] == ["to"] and len(words) > 1 and words[-2] in _OBLIGING)


_RELATIVE_REACH = 4
"""Tokens searched back from a verb before *to* for the *that* or *which* of its clause."""
_COMPLEMENT_TAKERS = frozenset("""so such now given is are was were be been means meant shows
    showed show think thinks thought know knew hope hopes fear fears ensure ensured""".split())
"""Words before *that* that open a content clause (``so that``, ``means that``), no relative."""


def relative_infinitive(tokens: list, i: int) -> bool:
    """Whether the reporting verb ``tokens[i]`` (before *to*) closes a relative clause opened
    by *that* or *which* after a noun of the writer's sentence, a short subject between (``the
    weapons that Pyongyang threatens to use``, ``the aid which Washington promised to send``):
    the clause describes the noun and reports nothing of the sentence."""
    for k in range(i - 1, max(0, i - 1 - _RELATIVE_REACH), -1):
        word = tokens[k].group(0).lower()
        if word in {"that", "which"}:
            prev = tokens[k - 1].group(0)
            return k < i - 1 and prev.isalpha() and prev.lower() not in _COMPLEMENT_TAKERS \
                and prev not in SPEECH_VERBS and prev not in STANCE_ADJECTIVES
        if word in CLAUSE_STOPS or word in SPEECH_VERBS or word in PREPOSITIONS:
            return False
    return False


def idiom_or_act(tokens: list, i: int) -> bool:
    """Whether the reporting verb ``tokens[i]`` (regex matches) reports nothing here: an adjective
    before a noun of a count (``pledged delegates``), a purpose (``to ask``, ``to reaffirm``), a
    thing's name (``a party called Anti-Prom``), an act in reply (``responded to the tweet``,
    ``responded within hours, firing``: :func:`.speech_participles.reply_act`), *declared*,
    *claimed* or *charged* with an act as object (``declared war``, ``claimed a victory``,
    ``charged with fraud``), or the writer's idiom (``It's worth noting``, ``too early to say``)."""
    verb = tokens[i].group(0)
    after = tokens[i + 1].group(0).lower() if i + 1 < len(tokens) else ""
    if after in _ADJECTIVE_PARTICIPLES.get(verb, ()) or (
            verb in _TO_ACTS and i and tokens[i - 1].group(0) == "to"):
        return True  # "pledged delegates"; "urged supporters to ask why": an infinitive
    k = i + 2 if after == "the" else i + 1  # "a statement called the “Washington Declaration”"
    if verb in _NAMING and i > 1 and tokens[i - 1].group(0).islower() and \
            tokens[i].start() - tokens[i - 1].end() == 1 and \
            any(t.group(0).lower() in _NAMED_DETERMINERS for t in tokens[max(0, i - 4):i - 1]) \
            and (k >= len(tokens) or tokens[k].group(0)[0].isupper() or
                 tokens[k].start() - tokens[k - 1].end() > 3):
        return True  # "a play called “Brokers”", "a group called Citizens for Trump": a name
    if verb in _REPLYING and reply_act(tokens, i, _SPOKEN):
        return True  # "responded by easing sanctions", not "responded by saying"
    if verb in _ACT_OBJECTS and not tokens[i].string[tokens[i].end():tokens[i + 1].start()
                                                     if after else None].strip():
        if after in _ACT_OBJECTS[verb] or (
                (after in _ACT_DETERMINERS or after[:1].isdigit() or after in _NUMBER_WORDS)
                and i + 2 < len(tokens) and tokens[i + 2].group(0).lower() in _ACT_OBJECTS[verb]):
            return True
    if i and obliged(tokens, i):
        return True  # "Trump needs to tell the truth": an obligation, no report
    if after == "to" and relative_infinitive(tokens, i):
        return True  # "weapons that Pyongyang threatens to use": the writer's noun
    if verb not in _IDIOM_VERBS or i == 0:
        return False
    k = i - 1 if verb.endswith("ing") else i - 2  # "worth noting"; "way to tell"
    return k >= 0 and tokens[k].group(0).lower() in _WRITER_IDIOMS and \
        (k == i - 1 or tokens[i - 1].group(0).lower() == "to")


def copula_start(tokens: list, i: int) -> int:
    """The index of the copula phrase before ``tokens[i]``, an adjective of
    :data:`STANCE_ADJECTIVES` (``are not convinced``, ``have long been concerned``) or a
    progressive verb (``are crying``), whose subject stands before it; else ``i``."""
    if (k := progressive_start(tokens, i)) is not None:
        return k  # "The puppet military is clamouring that": the subject before "is"
    if tokens[i].group(0) not in STANCE_ADJECTIVES:
        return i
    k = i - 1
    while k > 0 and (is_adverb(tokens[k].group(0)) or tokens[k].group(0) in NEGATIONS):
        k -= 1  # "are not convinced", "remain deeply skeptical"
    if k < 1 or tokens[k].group(0).lower() not in _COPULAS:
        return i
    while k > 0 and (tokens[k - 1].group(0).lower() in _BEFORE_COPULA
                     or tokens[k - 1].group(0) == "long" or is_adverb(tokens[k - 1].group(0))):
        k -= 1  # "have long been", "will be", "has also been"
    return i if tokens[k - 1].group(0).lower() in _EXPLETIVES else k  # "it is certain that"


_SIGNALLING = frozenset("hinted hints".split())
_GERUNDS = frozenset("warning indicating suggesting".split())
_ASSURING = frozenset("assured assures reassured reassures".split())
_CLAUSE_START = frozenset("that it he she they we I".split())
_SUBORDINATORS = frozenset("""when whenever if as while after before because although though
    since once until unless""".split())


def _opening_subordinate(outside: str, tokens: list, i: int) -> bool:
    """Whether ``tokens[i]`` stands in a clause that opens the sentence with a subordinator
    (``So when Seoul hinted ...``), no comma before it: the main clause reports."""
    k = 1 if tokens and tokens[0].group(0) in {"So", "And", "But"} else 0
    return k < i and tokens[k].group(0).lower() in _SUBORDINATORS and \
        "," not in outside[tokens[k].end():tokens[i].start()]


def _clause_follows(outside: str, tokens: list, i: int) -> bool:
    """Whether ``that`` or a subject pronoun follows ``tokens[i]`` in five words, no comma."""
    for t in tokens[i + 1:i + 6]:
        if "," in outside[tokens[i].end():t.start()]:
            return False
        if t.group(0) in _CLAUSE_START:
            return True
    return False


def that_only_reports(outside: str, tokens: list, i: int) -> bool:
    """Whether a verb of :data:`THAT_ONLY_VERBS` (``tokens[i]``, regex matches of ``outside``)
    reports: right after a name that is a subject or a person's role (``Secretary Austin
    underscored the U.S. commitment``, ``The spokesperson underscored``; not a place or a day
    after a preposition, ``his fusillade in Colorado underscored``), or before ``that``."""
    if tokens[i].group(0) in {"reminded", "reminds"}:  # "reminded Pyongyang that": not "of"
        return any(t.group(0) == "that" for t in tokens[i + 1:i + 5])
    if tokens[i].group(0) in _ASSURING and (_clause_follows(outside, tokens, i) or i and
                                            "," in outside[tokens[i - 1].end():tokens[i].start()]):
        return True  # "assured Seoul that", "assured Tokyo it would", "..., assured a spokesman"
    if tokens[i].group(0) in _GERUNDS:  # "amid analysts warning that", not "a warning that"
        prev = tokens[i - 1].group(0) if i else ""
        return (prev[:1].isupper() or prev[-1:] == "s" != prev[-2:-1] or progressive_start(
            tokens, i) is not None) and tokens[i + 1:i + 2] != [] and tokens[i + 1].group(0) == \
            "that" or comma_participle(outside, tokens, i)  # "..., warning that", "has been"
    if tokens[i].group(0) in _SIGNALLING and _opening_subordinate(outside, tokens, i):
        return False  # "So when Seoul hinted that ..., Barrett said": Barrett's words
    j = i
    while j > 0 and tokens[j - 1].group(0)[0].isupper() and \
            not outside[tokens[j - 1].end():tokens[j].start()].strip():
        j -= 1
    if tokens[i].group(0) in STANCE_ADJECTIVES:
        if (k := copula_start(tokens, i)) == i:
            return False  # "a confident Trump", "Trump, confident that ...": no clause of it
        if not _MODALS.isdisjoint(t.group(0).lower() for t in tokens[k:i]):
            return False  # "if he can be convinced that": a condition, no view held
        after = tokens[i + 1].group(0) if i + 1 < len(tokens) else ""
        if after in _CLAUSE_OPENERS or (after[:1].isupper() and after not in _DAYS):
            return not outside[tokens[i].end():tokens[i + 1].start()].strip()  # "sure the"
    elif tokens[i].group(0) in _ESTIMATING:
        if i and tokens[i - 1].group(0).lower() in _ACT_DETERMINERS | THING_DETERMINERS:
            return False  # "the estimates that circulated": a noun
    elif j < i:  # "trip to Seoul", not "Secretary of State Kurt Campbell highlighted"
        return j < 2 or tokens[j - 1].group(0).lower() not in MORE_PREPOSITIONS or \
            tokens[j - 2].group(0).istitle() and tokens[j - 2].group(0).lower() in PERSON_ROLES
    elif i and tokens[k := i - 1 - (i > 1 and tokens[i - 1].group(0) == "also")].group(0) in (
            PERSON_ROLES if tokens[i].group(0) in _ASSURING else _NAMING_HEADS | TEXT_NOUNS if
            tokens[i].group(0)[:4] in {"stip", "spec", "ment"} else _NAMING_HEADS):  # "The memo"
        return not outside[tokens[k].end():tokens[i].start()].replace("also", "").strip()
    after = [t.group(0) for t in tokens[i + 1:i + 3]] + [""]
    return after[0] == "that" and after[1] not in {"night", "day", "morning", "afternoon",
                                                    "evening", "week", "time"} and \
        not outside[tokens[i].end():tokens[i + 1].start()].strip()  # not "crying that night"
