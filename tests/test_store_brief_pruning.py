"""Built briefs of other code versions, and a story's briefs under former keys, are pruned
when a brief is kept (open since session 17: a store grew with every code version)."""

from __future__ import annotations

from consilience.store import Store


def _brief(story_id: str, headline: str) -> dict:
    return {"schema": "consilience.brief/1", "story": {"id": story_id}, "headline": headline}


def test_a_new_code_version_prunes_every_brief_of_the_old_one(tmp_path):
    with Store(tmp_path / "s.db") as store, store.transaction():
        store.put_brief("k-harbour-1", _brief("harbour", "Ferry runs aground"), "v1")
        store.put_brief("k-vote-1", _brief("vote", "Council passes budget"), "v1")
        store.put_brief("k-harbour-2", _brief("harbour", "Ferry runs aground"), "v2")
        assert store.brief_rows() == 1
        assert store.get_brief("k-harbour-1") is None
        assert store.get_brief("k-vote-1") is None
        assert store.get_brief("k-harbour-2")["headline"] == "Ferry runs aground"


def test_current_briefs_of_other_stories_are_kept_and_none_is_duplicated(tmp_path):
    with Store(tmp_path / "s.db") as store, store.transaction():
        store.put_brief("k-harbour", _brief("harbour", "Ferry runs aground"), "v1")
        store.put_brief("k-vote", _brief("vote", "Council passes budget"), "v1")
        # the harbour story gained a member: its key changes, the former brief goes
        store.put_brief("k-harbour+", _brief("harbour", "Ferry refloated"), "v1")
        store.put_brief("k-harbour+", _brief("harbour", "Ferry refloated"), "v1")
        assert store.brief_rows() == 2
        assert store.get_brief("k-vote")["headline"] == "Council passes budget"
        assert store.get_brief("k-harbour+")["headline"] == "Ferry refloated"
        assert store.get_brief("k-harbour") is None


def test_briefs_stored_before_versions_were_kept_are_pruned(tmp_path):
    with Store(tmp_path / "s.db") as store, store.transaction():
        store.conn.execute(
            "INSERT INTO briefs (key, data) VALUES (?, ?)", ("legacy", '{"story": {"id": "x"}}')
        )
        store.put_brief("k-new", _brief("harbour", "Ferry runs aground"), "v3")
        assert store.get_brief("legacy") is None
        assert store.brief_rows() == 1


def test_an_older_pipelines_analysis_is_dropped(tmp_path):
    from consilience.model import Article

    with Store(tmp_path / "s.db") as store, store.transaction():
        store.add_article(Article(id="a1", source="a1.txt", text="The ferry ran aground."))
        store.put_analysis("a1", "spacy-old", b"old")
        store.put_analysis("a1", "spacy-new", b"new")
        assert store.analyses("spacy-old", ["a1"]) == {}
        assert store.analyses("spacy-new", ["a1"]) == {"a1": b"new"}


def test_store_prune_drops_briefs_of_other_versions_and_keeps_current_ones(tmp_path):
    from typer.testing import CliRunner

    from consilience.cli import app
    from consilience.pipeline import brief_version

    db = tmp_path / "s.db"
    with Store(db) as store, store.transaction():
        store.put_brief("k-old", _brief("harbour", "Ferry runs aground"), "v-older-release")
        store.put_brief("k-vote", _brief("vote", "Council passes budget"), brief_version())
        store.conn.execute(  # a brief another release wrote after this one's
            "INSERT INTO briefs (key, data, story_id, version) VALUES (?, ?, ?, ?)",
            ("k-other", '{"story": {"id": "harbour"}}', "harbour", "v-other"),
        )
    result = CliRunner().invoke(app, ["store", "prune", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "dropped 1 stale cached brief(s); kept 1 current" in result.output
    with Store(db) as store:
        assert store.get_brief("k-vote")["headline"] == "Council passes budget"
        assert store.get_brief("k-other") is None


def test_store_prune_refuses_a_store_that_does_not_exist(tmp_path):
    from typer.testing import CliRunner

    from consilience.cli import app

    result = CliRunner().invoke(app, ["store", "prune", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2
    assert not (tmp_path / "none.db").exists()
