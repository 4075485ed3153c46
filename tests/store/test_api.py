"""The HTTP API (`dateline serve`): endpoints, filters, pagination, errors, read-only."""

from __future__ import annotations

from collections.abc import Iterator

import orjson
import pytest
from fastapi.testclient import TestClient

from dateline.api import create_app

from .records import DZ, HASEK, story_k1


@pytest.fixture
def client(stored: str) -> Iterator[TestClient]:
    with TestClient(create_app(stored)) as c:
        yield c


def ok(client: TestClient, url: str) -> dict:
    r = client.get(url)
    assert r.status_code == 200, r.text
    return r.json()


def test_events_filter_by_countries_category_and_date(client: TestClient) -> None:
    page = ok(client, "/events?country=KAZ&country=cze&category=CONSULT&from=2015-01-01")
    assert page["total"] == 2
    assert [(e["story_id"], e["event_id"]) for e in page["items"]] == [("k1", "E1"), ("k2", "E1")]
    assert page["items"][0]["recipients"][0]["entity_id"] == DZ


def test_events_paginate_with_the_total_over_all_pages(client: TestClient) -> None:
    first = ok(client, "/events?limit=5")
    second = ok(client, "/events?limit=5&offset=5")
    assert (first["total"], second["total"], first["limit"], second["offset"]) == (6, 6, 5, 5)
    assert len(first["items"]) == 5 and len(second["items"]) == 1


def test_events_filter_by_actor_name_and_by_entity_id(client: TestClient) -> None:
    by_name = ok(client, "/events?actor=Dzhaksybekov&to=2015-12-31")
    by_id = ok(client, f"/events?actor={DZ}&to=2015-12-31")
    assert by_name["total"] == by_id["total"] == 3


def test_a_story_comes_back_exactly_as_coded(client: TestClient) -> None:
    assert ok(client, "/stories/k1") == orjson.loads(orjson.dumps(story_k1().to_dict()))
    without = ok(client, "/stories/k1?text=false")
    assert "text" not in without and without["events"][0]["span"] == [58, 61]


def test_stories_list_filters_by_agency_and_date(client: TestClient) -> None:
    page = ok(client, "/stories?agency=kazinform&from=2016")
    assert [s["id"] for s in page["items"]] == ["k2"]


def test_actors_list_and_an_actor_with_its_timeline(client: TestClient) -> None:
    page = ok(client, "/actors?name=hasek")
    assert [a["id"] for a in page["items"]] == [HASEK]
    actor = ok(client, f"/actors/{HASEK}")
    assert actor["aliases"] == ["M. Hasek", "Mikhal Hašek"]
    assert [(t["story_id"], t["kind"], t["part"]) for t in actor["timeline"]][:2] == [
        ("k3", "event", "actor"),
        ("k1", "event", "actor"),
    ]
    assert actor["timeline"][0]["with"] == ["M. Zeman"]


def test_quotes_filter_by_speaker(client: TestClient) -> None:
    page = ok(client, "/quotes?speaker=Dzhaksybekov")
    assert [(x["story_id"], x["speaker"]["entity_id"]) for x in page["items"]] == [
        ("k1", DZ),
        ("k2", DZ),
    ]


@pytest.mark.parametrize(
    ("url", "status", "says"),
    [
        ("/events?category=MEET", 422, "CONSULT"),
        ("/events?limit=0", 422, "greater than or equal to 1"),
        ("/events?limit=100000", 422, "less than or equal to 1000"),
        ("/events?from=22-09-2015", 422, "pattern"),
        ("/events?country=Kazakhstan", 400, "not a three-letter code"),
        ("/stories?country=Kazakhstan", 422, "pattern"),
        ("/events?from=2016&to=2015", 400, "is after"),
        ("/events?categroy=CONSULT", 400, "unknown parameter(s) categroy"),
        ("/actors?type=robot", 422, "person"),
        ("/stories/nope", 404, "no story with id 'nope'"),
        ("/actors/nope", 404, "no actor with id 'nope'"),
    ],
)
def test_bad_parameters_get_a_4xx_that_says_what_is_wrong(
    client: TestClient, url: str, status: int, says: str
) -> None:
    r = client.get(url)
    assert r.status_code == status, r.text
    assert says in r.text


def test_the_api_is_read_only(client: TestClient) -> None:
    assert client.post("/events", json={}).status_code == 405
    assert client.delete("/stories/k1").status_code == 405
    assert ok(client, "/stories/k1")["id"] == "k1"


def test_the_openapi_document_lists_every_endpoint(client: TestClient) -> None:
    doc = ok(client, "/openapi.json")
    assert set(doc["paths"]) >= {
        "/stories",
        "/stories/{story_id}",
        "/events",
        "/actors",
        "/actors/{entity_id}",
        "/quotes",
    }
    params = {p["name"] for p in doc["paths"]["/events"]["get"]["parameters"]}
    assert params == {"category", "country", "actor", "story", "from", "to", "limit", "offset"}
