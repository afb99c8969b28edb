"""``consilience brief FILES`` tells the user, on one stderr line, when the files split into
more than one story and which file went where (consilience.story_split); one story, no line.
The briefs are stubbed: the note depends only on the brief documents."""

from __future__ import annotations

from types import SimpleNamespace

from consilience import cli, pipeline
from consilience.story_split import split_note


def _brief(title: str, *sources: str) -> dict:
    heads = [{"id": f"id{k}{s}", "source": s, "outlet": "X"} for k, s in enumerate(sources)]
    return {"story": {"id": "s-" + title[:3], "title": title, "articles": heads}}


TRIAL = _brief("Jury retires in harbour fraud trial", "/in/wire.md", "/in/court_blog.html")
VERDICT = _brief("Former port chief found guilty", "/in/paper.txt", "a.warc.gz#3")


def test_one_brief_gives_no_note():
    assert split_note([TRIAL]) is None
    assert split_note([]) is None


def test_two_briefs_name_the_split_and_the_files():
    note = split_note([TRIAL, VERDICT])
    assert note == (
        'note: the 4 articles form 2 stories, so 2 briefs: 1 "Jury retires in harbour fraud '
        'trial" (wire.md, court_blog.html) · 2 "Former port chief found guilty" (paper.txt, '
        "a.warc.gz#3)"
    )
    assert "\n" not in note


def test_long_titles_and_urls():
    long = _brief("word " * 30, "https://example.org/news/1")
    note = split_note([long, TRIAL])
    assert "https://example.org/news/1" in note
    assert "…" in note and len(note) < 300


def test_brief_command_prints_the_note_on_stderr(monkeypatch, capsys, tmp_path):
    report = SimpleNamespace(ids=["a", "b"], skipped=[], copies=[])
    monkeypatch.setattr(cli, "_ingest", lambda *a, **k: report)
    monkeypatch.setattr(pipeline, "briefs_for_ids", lambda store, ids: [TRIAL, VERDICT])
    options = cli._ReadOptions(None, None, None, None, None)
    _, briefs = cli._briefs_of_paths(None, ["/in"], options)
    assert len(briefs) == 2
    err = capsys.readouterr().err
    assert 'so 2 briefs: 1 "Jury retires' in err
    assert err.count("note:") == 1


def test_brief_command_one_story_prints_no_note(monkeypatch, capsys):
    report = SimpleNamespace(ids=["a", "b"], skipped=[], copies=[])
    monkeypatch.setattr(cli, "_ingest", lambda *a, **k: report)
    monkeypatch.setattr(pipeline, "briefs_for_ids", lambda store, ids: [TRIAL])
    cli._briefs_of_paths(None, ["/in"], cli._ReadOptions(None, None, None, None, None))
    assert "note:" not in capsys.readouterr().err
