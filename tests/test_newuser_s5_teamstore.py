"""New-user probe of the web app on the team store (session 5 tester).

With ``consilience serve --db postgresql://…`` running, a restart of the database server
left the app answering every page with a bare ``500 Internal Server Error`` (psycopg:
"the connection is closed") until the app itself was restarted. Now a request that finds
the store gone answers 503 with one line naming the cause, and the next request opens a
new connection: the app recovers by itself. Needs PostgreSQL's server binaries (skips
without them, as every team-store test does).
"""

from __future__ import annotations

from fastapi.testclient import TestClient

from consilience.model import Article
from consilience.store import Store
from consilience.web import create_app


def _drop_connections(server, dbname: str) -> int:
    """Terminate every session on ``dbname`` as a server restart would; returns how many."""
    import psycopg

    with psycopg.connect(server.url(), autocommit=True) as conn:
        rows = conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = %s AND pid <> pg_backend_pid()",
            (dbname,),
        ).fetchall()
    return len(rows)


def test_the_web_app_survives_a_database_restart(pg_server, pg_url):
    with Store(pg_url) as store, store.transaction():
        art = Article(id="k1", source="kiln.txt", text="The kiln at Brannock cracked on Monday.",
                      outlet="Brannock Mercury", published="2024-04-08")  # fmt: skip
        store.add_article(art)
        store.put_appearance(art)
    client = TestClient(create_app(pg_url, host="127.0.0.1"), base_url="http://127.0.0.1")
    assert client.get("/api/articles").json()["articles"][0]["id"] == "k1"

    assert _drop_connections(pg_server, pg_url.rsplit("/", 1)[1]) >= 1
    api = client.get("/api/articles")
    assert api.status_code == 503
    assert api.json()["detail"].startswith("the store is unavailable (")
    page = client.get("/articles")
    assert page.status_code in (200, 503) and "Internal Server Error" not in page.text

    again = client.get("/api/articles")  # a new connection: no restart of the app needed
    assert again.status_code == 200 and again.json()["articles"][0]["id"] == "k1"
    assert client.get("/").status_code == 200


def test_healthz_says_unavailable_while_the_database_is_gone(pg_server, pg_url):
    """``/healthz`` answered ``ok`` with the team database down (session 5, noticed): a
    health check that cannot see the store tells a load balancer nothing."""
    Store(pg_url).close()
    client = TestClient(create_app(pg_url, host="127.0.0.1"), base_url="http://127.0.0.1")
    assert client.get("/healthz").text == "ok"
    assert _drop_connections(pg_server, pg_url.rsplit("/", 1)[1]) >= 1
    down = client.get("/healthz")
    assert down.status_code == 503
    assert down.text.startswith("the store is unavailable (") and "\n" not in down.text
    back = client.get("/healthz")  # a new connection once the server answers again
    assert back.status_code == 200 and back.text == "ok"
