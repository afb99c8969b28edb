"""Surgical speed fixes in modules other engineers own: each keeps the answers of the code
before it (checked against a copy of the old function) and bounds the work it does."""

from __future__ import annotations

import pytest

from consilience import dates


def _old_is_dateline(doc, start: int, end: int) -> bool:
    """dates._is_dateline before the fix: lists every word of the line."""
    text = doc.text
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    le = len(text) if le < 0 else le
    line = doc.char_span(ls, le, alignment_mode="contract")
    if line is None:
        return False
    words = [t for t in line if not t.is_punct and not t.is_space]
    finite = any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") or dates._root_participle(t) for t in line)
    return "|" in line.text or (len(words) <= 12 and not finite)


LINES = [
    "ORLEVAN, 4 February 2031\nThe hospital board voted on 2 February 2031 to close the ward.",
    "By Mira Tosk | 11 May 2029\nTwo ferries collided near the pier on Friday.",
    "Updated 9:40 on 3 July 2028\nThe orchard growers said frost on 1 July ruined half the crop.",
    "Last year the choir toured nine towns, and in March 2027 it played its last concert.",
    "Saturday 6 October\nFestival lineup, stage times and ticket prices | Harbour Arts",
]


@pytest.mark.parametrize("text", LINES)
def test_is_dateline_answers_as_before(nlp, text):
    doc = nlp(text)
    spans = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in ("DATE", "TIME")]
    assert spans
    for start, end in spans:
        assert dates._is_dateline(doc, start, end) == _old_is_dateline(doc, start, end)


def test_is_dateline_stops_early_on_a_paragraph_long_line(nlp, monkeypatch):
    """A date inside a line of hundreds of words is no dateline; deciding it looks at no
    more than the first words of the line (before: every token, several times per date)."""
    items = ", ".join(f"crate {k} of pears" for k in range(150))
    doc = nlp(f"On 12 April 2030 the market stalls held {items}.")
    ent = next(e for e in doc.ents if e.label_ == "DATE")
    calls = []
    real = dates._root_participle
    monkeypatch.setattr(dates, "_root_participle", lambda t: calls.append(t) or real(t))
    assert not dates._is_dateline(doc, ent.start_char, ent.end_char)
    assert calls == []


def _old_starts_line(doc, i: int) -> bool:
    text = doc.text
    k = doc[i].idx
    return not text[text.rfind("\n", 0, k) + 1 : k].strip()


class _CountingDoc:
    """A Doc that counts how often its whole text is rebuilt (``.text``)."""

    def __init__(self, doc) -> None:
        self._doc, self.texts = doc, 0

    @property
    def text(self) -> str:
        self.texts += 1
        return self._doc.text

    def __getitem__(self, i):
        return self._doc[i]

    def __len__(self) -> int:
        return len(self._doc)


STARTS = [
    "12 mins: the keeper saves.\n  45+2 min - a header wide\n\n7' Corner kick\nScore 3 - 1",
    "Minute by minute\n\t 88: substitution for the visitors, 90 seconds later a red card.",
    "The relay team ran 4 laps in 3:41.2 and 2 reserves watched from the 9th row.",
]


@pytest.mark.parametrize("text", STARTS)
def test_starts_line_answers_as_before_and_reads_the_text_once(nlp, text):
    from consilience import figure_forms

    doc = nlp(text)
    counting = _CountingDoc(doc)
    for tok in doc:
        assert figure_forms._starts_line(counting, tok.i) == _old_starts_line(doc, tok.i)
    assert counting.texts <= 1


NAMES_TEXT = (
    "Harbour master Ilse Varn said the Korvo Shipping Authority (KSA) closed the port. "
    "The authority said the closure of Port Edda would last two days. "
    "Varn, a former pilot, told the Edda Courier that KSA tugs were standing by."
)


def test_article_names_built_once_per_doc_and_each_call_gets_a_copy(nlp, monkeypatch):
    from consilience import claims

    doc = nlp(NAMES_TEXT)
    fresh = claims._article_names(doc)
    first = claims.article_names(doc)
    assert first == fresh and first.tokens
    calls = []
    real = claims._title_word
    monkeypatch.setattr(claims, "_title_word", lambda t: calls.append(t) or real(t))
    second = claims.article_names(doc)
    assert calls == []  # no scan of the Doc the second time
    assert second == fresh and second is not first
    second.tokens.clear()
    second.heads["pilot"] = ("x", "PERSON")
    assert claims.article_names(doc) == fresh  # a caller's change stays its own
    other = nlp("Mayor Tomas Ruel opened the Lindqvist Bridge on Monday.")
    assert claims.article_names(other) == claims._article_names(other)


def test_wordnet_sense_sets_are_computed_once_per_word(monkeypatch):
    from consilience import act_relations, lexicon

    words = [("widen", "v"), ("narrow", "v"), ("ascend", "v"), ("frail", "a"), ("dusk", "n")]
    first = {w: (act_relations._sense_names(*w), act_relations._sense_antonyms(*w)) for w in words}
    assert any(ants for _names, ants in first.values())
    looked = []
    real = lexicon.table
    monkeypatch.setattr(lexicon, "table", lambda: looked.append(1) or real())
    for w in words:
        assert (act_relations._sense_names(*w), act_relations._sense_antonyms(*w)) == first[w]
        assert act_relations._kind_of_antonym(w[0], "rise", w[1]) in (True, False)
    before = len(looked)
    for w in words:
        act_relations._kind_of_antonym(w[0], "rise", w[1])
        act_relations._sense_names(*w)
    assert len(looked) == before  # answered from the cache: no table look-up
    with pytest.raises(AttributeError):
        act_relations._sense_names("widen", "v").add("x")  # shared: immutable


def test_sentence_cosine_keeps_its_value_and_takes_each_norm_once(monkeypatch):
    from types import SimpleNamespace

    import numpy as np

    from consilience import statements

    rng = np.random.default_rng(7)
    nodes = [
        SimpleNamespace(sentence_vector=rng.normal(size=384).astype(np.float32)) for _ in "abcd"
    ]
    nodes.append(SimpleNamespace(sentence_vector=None))

    def old(a, b, clause):
        va, vb = a.sentence_vector, b.sentence_vector
        if va is None or vb is None:
            return clause
        norm = float(np.linalg.norm(va) * np.linalg.norm(vb)) or 1.0
        return max(clause, float(np.dot(va, vb)) / norm)

    pairs = [(a, b) for a in nodes for b in nodes if a is not b]
    expected = [old(a, b, 0.05) for a, b in pairs]
    taken = []
    real = np.linalg.norm
    monkeypatch.setattr(np.linalg, "norm", lambda v: taken.append(1) or real(v))
    norms: dict = {}
    got = [statements._cosine(a, b, 0.05, norms) for a, b in pairs]
    assert got == expected  # the same floats, bit for bit
    assert len(taken) == 4  # one norm per vector, not two per pair


def test_proper_words_is_cached_and_keeps_its_answers():
    from consilience import align

    phrase = "the Vessmark Ferries' captain of the Tern-5"
    assert align.proper_words(phrase) == align.proper_words.__wrapped__(phrase)
    assert align.proper_words(phrase) >= {"Vessmark", "Ferries", "Tern-5", "Tern"}
    hits = align.proper_words.cache_info().hits
    align.proper_words(phrase)
    assert align.proper_words.cache_info().hits == hits + 1
    assert align.proper_words(None) == frozenset()


def test_acts_related_is_cached_and_keeps_its_answers():
    from consilience import same_act

    pairs = [("dismantle", "disassemble"), ("plant", "harvest"), ("sail", "sail")]
    for p, q in pairs:
        for general in (False, True):
            assert same_act.acts_related(p, q, general) == same_act.acts_related.__wrapped__(
                p, q, general
            )
    hits = same_act.acts_related.cache_info().hits
    same_act.acts_related("plant", "harvest", True)
    assert same_act.acts_related.cache_info().hits == hits + 1
