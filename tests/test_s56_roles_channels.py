"""Session 56: claims that are not one claim, and one message sent two ways.

- A passive content clause's pronoun undergoer is the sayer it stands for ("Several
  dentists said *they* had been asked to ..."), and one act whose undergoer in one article
  is its doer in another ("dentists were asked" / "dentists are asking patients") is two
  acts: never one consensus line.
- One message given two channels ("told by email" / "told by letter", "came in an email" /
  "arrived by post") is a fact conflict, and the two are never cited as agreeing.

Every text is written for this file, in domains no held-out set covers."""

from __future__ import annotations

from conftest import disputed, story_fact_conflicts

from consilience.channel_words import channels
from consilience.consensus import build_claims
from consilience.model import Article, Story
from consilience.pipeline import context_from_articles

DAY = "2061-05-04T09:00:00"


def _context(texts: list[str]):
    arts = [
        Article(id=f"x{i}", source=f"x{i}.txt", text=t, outlet=f"Paper {i}", published=DAY)
        for i, t in enumerate(texts)
    ]
    return context_from_articles(arts, Story("s", "", [a.id for a in arts]))


def _consensus(texts: list[str]) -> list[tuple[str, set[str]]]:
    """Per consensus item: its text and the articles it cites."""
    items = build_claims(_context(texts))["consensus"]
    return [(c["text"], {ci["article"] for ci in c["citations"]}) for c in items]


def _claims(text: str):
    ctx = _context([text])
    return ctx.extractions["x0"].claims


def test_passive_pronoun_undergoer_is_the_sayer():
    claims = _claims(
        "Several vets in the valley said they had already been asked to treat the shelter's dogs."
    )
    asked = next(c for c in claims if c.predicate == "ask")
    assert asked.patient_key == "vet"


def test_asked_and_asking_are_not_one_consensus_claim():
    texts = [
        "The Marlow animal shelter closed on Monday. Several vets in the valley said they "
        "had already been asked to treat the shelter's dogs.",
        "The Marlow animal shelter closed on Monday. Some vets are asking owners of the "
        "shelter's dogs to pay in advance, the council said.",
        "The Marlow animal shelter shut on Monday. A vet asked the owners of the shelter's "
        "dogs for £40 before treating them.",
    ]
    for text, cited in _consensus(texts):
        if "ask" in text:
            assert "x0" not in cited, text


def test_one_act_of_one_doer_in_two_voices_is_still_one_claim():
    texts = [
        "Wardens fined a van driver in Ostley on Tuesday for dumping rubble.",
        "A van driver was fined by wardens in Ostley on Tuesday for dumping rubble.",
        "The van driver was fined in Ostley on Tuesday after dumping rubble.",
    ]
    assert any(len(cited) == 3 for _text, cited in _consensus(texts))


def test_a_meeting_may_be_told_either_way_round():
    texts = [
        "The harbour master met the ferry crews on Monday to discuss the closure.",
        "The ferry crews met the harbour master on Monday to discuss the closure.",
        "The harbour master met ferry crews on Monday.",
    ]
    assert any(len(cited) == 3 for _text, cited in _consensus(texts))


def test_channels_of_a_text():
    assert channels("Members were told by email on Friday.") == {"email"}
    assert channels("The notice came in a letter and over the phone.") == {"post", "phone"}
    assert channels("Owners were warned by text message.") == {"text"}
    assert channels("The e-mails were sent on Friday.") == frozenset()


def test_told_by_email_or_by_letter_is_disputed_not_agreed():
    texts = [
        "Members of Ashgrove Rowing Club were told of the boathouse sale by email on Friday.",
        "Members of Ashgrove Rowing Club were told of the boathouse sale by letter on Friday.",
        "Members of Ashgrove Rowing Club were told of the sale by email on Friday, the "
        "captain said.",
    ]
    conflicts = story_fact_conflicts(texts, None, DAY)
    assert disputed(conflicts, "by email", "by letter")
    for _text, cited in _consensus(texts):
        assert not {"x0", "x1"} <= cited


def test_a_request_in_an_email_or_by_post_is_disputed():
    texts = [
        "The request to move the festival's payments to a new account came in an email "
        "from a lookalike address.",
        "A request to move the festival's payments to a new account arrived by post on "
        "forged headed paper.",
    ]
    assert disputed(story_fact_conflicts(texts, None, DAY), "email", "by post")


def test_the_college_emailed_students_or_told_them_by_letter():
    texts = [
        "The Brenton language college emailed all its students on Thursday morning.",
        "Students of the Brenton language college were told by letter on Thursday.",
    ]
    assert disputed(story_fact_conflicts(texts, None, DAY), "emailed", "by letter")


def test_two_messages_to_two_groups_are_no_conflict():
    texts = [
        "Parents at Holm Primary were told of the closure by email on Friday.",
        "Staff at Holm Primary were told of the closure by letter on Friday.",
    ]
    assert not disputed(story_fact_conflicts(texts, None, DAY), "email", "letter")


def test_a_plan_to_phone_does_not_dispute_a_letter():
    texts = [
        "Patients of the Garth Road clinic were told by letter that their scans were lost.",
        "Patients of the Garth Road clinic will be contacted by phone to rebook, the trust said.",
    ]
    assert not disputed(story_fact_conflicts(texts, None, DAY), "letter", "phone")


def test_one_channel_in_two_words_is_no_conflict():
    texts = [
        "Tenants of Corby House were told of the rent rise by letter on Monday.",
        "Tenants of Corby House were told of the rent rise by post on Monday.",
    ]
    assert not disputed(story_fact_conflicts(texts, None, DAY), "letter", "post")


def test_the_channel_conflict_names_its_sides():
    texts = [
        "Members of Ashgrove Rowing Club were told of the boathouse sale by email on Friday.",
        "Members of Ashgrove Rowing Club were told of the boathouse sale by letter on Friday.",
        "Members of Ashgrove Rowing Club were told of the sale by email on Friday, the "
        "captain said.",
    ]
    conflicts = [c for c in build_claims(_context(texts))["conflicts"] if c["kind"] == "fact"]
    (conflict,) = conflicts
    assert "by email vs by post" in conflict["subject"]
    assert conflict["majority"] == ["x0", "x2"] and conflict["outliers"] == ["x1"]


def test_swapped_doer_and_undergoer_of_common_nouns_do_not_agree():
    texts = [
        "Tenants said they had been asked by the landlord to leave the flats by May.",
        "Tenants are asking the landlord to leave the flats in their hands until May.",
        "The tenants are asking the landlord for more time.",
    ]
    for text, cited in _consensus(texts):
        if "ask" in text:
            assert "x0" not in cited, text
    texts = [
        "The ferry company criticised the harbour board on Friday.",
        "The harbour board criticised the ferry company on Friday.",
        "On Friday the harbour board criticised the ferry company.",
    ]
    for _text, cited in _consensus(texts):
        assert not {"x0", "x1"} <= cited


def test_both_channels_or_either_or_two_days_are_no_conflict():
    both = [
        "Members of the Corran Choir were told of the hall's closure by email and by text.",
        "Members of the Corran Choir were told of the hall's closure by text.",
    ]
    either = [
        "Members of the Corran Choir will hear by email or phone, the secretary said, and "
        "were told of the closure by email or phone.",
        "Members of the Corran Choir were told of the closure by phone.",
    ]
    days = [
        "Members of the Corran Choir were told of the closure by email on Monday 2 May.",
        "Members of the Corran Choir were told by letter on Friday 6 May that the hall "
        "would reopen in June.",
    ]
    for texts in (both, either, days):
        conflicts = story_fact_conflicts(texts, None, DAY)
        assert not any("channel" in " ".join(r) for r in conflicts)
        assert not disputed(conflicts, "by email", "by text")
        assert not disputed(conflicts, "email or phone", "by phone")
        assert not disputed(conflicts, "by email on Monday", "by letter")
