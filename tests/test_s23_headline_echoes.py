"""A summary made of the articles' lead sentences rests on what several articles state
(session 23, headline engineer): a lead sentence no other root article retells in its own
words is one source's fact, a unique line, not a summary line. Stories written for these
tests (a harbour crane, a school closure)."""

from __future__ import annotations

from consilience.line_echoes import content_words


def test_content_words_leave_out_stop_words_and_punctuation(nlp):
    words = content_words(nlp("The port authority has not yet approved the new crane."))
    lemmas = {w for w, _pos in words}
    assert {"port", "authority", "approve", "crane"} <= lemmas
    assert not lemmas & {"the", "has", "not", "yet", "."}


CRANE = {
    "a": (
        "A 90-metre crane toppled into the water at Selby harbour early on Monday. "
        "Nobody was hurt. The harbour master said the quay would stay shut all week."
    ),
    "b": (
        "Dockers at Selby watched as a giant crane crashed into the harbour basin on Monday "
        "morning. The operator, Norrland Lift, has suspended all crane work at its yards, "
        "a spokesman said. Insurers are sending assessors."
    ),
    "c": (
        "The quay's owners expect the salvage to cost 2 million pounds, the Gazette "
        "understands. Selby's harbour will be closed for the rest of the week after a crane "
        "fell into the basin."
    ),
}


def _echoes(bench, story: dict):
    from consilience.claim_spans import Texts
    from consilience.consensus import story_nodes
    from consilience.line_echoes import Echoes
    from consilience.model import Article

    arts = [
        Article(id=k, source=f"{k}.txt", text=t, outlet=f"Outlet {k}", published="2027-04-12")
        for k, t in story.items()
    ]
    ctx = bench.build_context(arts)
    nodes, _vecs = story_nodes(ctx)
    return Echoes(nodes, Texts(ctx))


def _span(story: dict, key: str, words: str) -> tuple[str, int, int]:
    start = story[key].index(words)
    return key, start, start + len(words)


def test_a_sentence_no_other_source_retells_is_not_echoed(bench):
    echoes = _echoes(bench, CRANE)
    assert not echoes.echoed(*_span(CRANE, "b", "Insurers are sending assessors."))
    salvage = "The quay's owners expect the salvage to cost 2 million pounds"
    assert not echoes.echoed(*_span(CRANE, "c", salvage))


def test_a_sentence_another_source_retells_in_its_own_words_is_echoed(bench):
    echoes = _echoes(bench, CRANE)
    suspended = "has suspended all crane work at its yards"
    assert echoes.echoed(*_span(CRANE, "c", "a crane fell into the basin"))
    assert not echoes.echoed(*_span(CRANE, "b", suspended))
