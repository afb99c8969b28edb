"""A plan another article says was called off is no headline or summary line (session 23,
headline engineer): "will play Sunday's final" beside "has withdrawn from Sunday's final".
What is called off is read from WordNet's synsets of withdrawing, cancelling, dropping out
and backing out, not from a list of phrasings. Sentences written for these tests about
other events (a tennis final, a festival, a summit, a launch)."""

from __future__ import annotations

from consilience.line_reversals import called_off_things, calling_off, plan_nouns


def _off(nlp, text: str) -> set[str]:
    return set().union(*(called_off_things(t) for t in nlp(text)))


def test_verbs_of_calling_off_come_from_wordnet_synsets():
    for verb in ("withdraw", "cancel", "call_off", "drop_out", "pull_out", "scrub", "bow_out"):
        assert calling_off(verb), verb
    for verb in ("play", "sign", "announce", "win", "delay"):
        assert not calling_off(verb), verb


def test_what_is_called_off_in_several_forms(nlp):
    assert "final" in _off(nlp, "Okafor has withdrawn from Sunday's final with a wrist injury.")
    assert "festival" in _off(nlp, "The band pulled out of the Harbour Festival on Friday.")
    assert "concert" in _off(nlp, "The open-air concert has been cancelled because of the storm.")
    assert "launch" in _off(nlp, "Organisers called off the launch an hour before lift-off.")


def test_no_calling_off_when_negated_or_only_possible(nlp):
    assert not _off(nlp, "The club has not withdrawn from the cup.")
    assert not _off(nlp, "The minister may withdraw from the summit if talks fail.")
    assert not _off(nlp, "Fans fear the promoters could cancel the concert.")


def test_the_day_names_no_event(nlp):
    assert "sunday" not in _off(nlp, "Okafor has withdrawn from Sunday's final.")


def test_what_a_plan_is_about(nlp):
    doc = nlp("Okafor said she would play the final on Sunday.")
    assert "final" in plan_nouns(doc, 0, len(doc.text), "play")
    doc = nlp("The festival will go ahead as planned.")
    assert "festival" in plan_nouns(doc, 0, len(doc.text), "go_ahead")


FINAL = {
    "a": (
        "Ines Okafor reached the final of the Marlow Open on Friday, beating the top seed in "
        "three sets. Okafor said she would play the doubles final on Sunday as well. "
        "The tournament has a prize fund of 2 million dollars."
    ),
    "b": (
        "Ines Okafor reached the final of the Marlow Open on Friday after beating the top "
        "seed in three sets. Okafor will play the doubles final on Sunday, her coach said. "
        "It is her first final this year."
    ),
    "c": (
        "Ines Okafor reached the Marlow Open final on Friday, beating the top seed. "
        "Okafor has withdrawn from Sunday's doubles final to rest her wrist, the "
        "organisers said. She faces Lena Maier in the singles final."
    ),
}


def test_no_line_states_a_plan_another_article_says_was_called_off(bench):
    from consilience.brief import build_brief
    from consilience.model import Article

    arts = [
        Article(id=k, source=f"{k}.txt", text=t, outlet=f"Outlet {k}", published="2027-05-07")
        for k, t in FINAL.items()
    ]
    brief = build_brief(bench.build_context(arts))
    lines = [h["text"] for h in brief["headline"]] + [s["text"] for s in brief["summary"]]
    assert lines, brief
    assert not any("doubles final on Sunday" in t for t in lines), lines
