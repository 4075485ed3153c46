"""Coded records built straight from the model classes (the NLP does not code events yet).

Five short stories about a few people, chosen so that every cross-story rule has a case:
the same person under accent and alias variants (Dzhaksybekov, Hasek/Hašek), a person
known only by initial and surname (M. Zeman: never merged), two different John Smiths
(GBR and USA), and a full name with no country (kept apart from the KAZ one).
"""

from __future__ import annotations

from dateline.model import Actor, CodedStory, Event, Place, Quote

DZ = "person:KAZ:adilbek-dzhaksybekov"
HASEK = "person:CZE:mikhal-hasek"
LI = "person:CHN:li-wei"


def dz(aid: str, *aliases: str, mentions: list[tuple[int, int]] | None = None) -> Actor:
    return Actor(
        id=aid,
        name="Adilbek Dzhaksybekov",
        aliases=list(aliases),
        role="Mayor of Astana",
        country="KAZ",
        sector="GOV",
        mentions=mentions or [],
    )


def story_k1() -> CodedStory:
    text = (
        "ASTANA. KAZINFORM - Mayor of Astana Adilbek Dzhaksybekov met Governor of South "
        'Moravia Mikhal Hasek. "Our countries have much in common," A. Dzhaksybekov said.'
    )
    return CodedStory(
        id="k1",
        date="2015-09-22",
        place="Astana",
        country="KAZ",
        agency="Kazinform",
        text=text,
        actors=[
            dz("A1", "A. Dzhaksybekov", mentions=[(37, 57), (130, 145)]),
            Actor(
                id="A2",
                name="Mikhal Hasek",
                aliases=["M. Hasek"],
                role="Governor of South Moravia",
                country="CZE",
                sector="GOV",
                mentions=[(90, 102)],
            ),
            Actor(
                id="A3",
                name="M. Zeman",
                role="President of the Czech Republic",
                country="CZE",
                sector="GOV",
            ),
        ],
        places=[
            Place(
                name="Astana",
                country="KAZ",
                admin1="KZ-71",
                lat=51.18,
                lon=71.45,
                mentions=[(0, 6)],
            )
        ],
        events=[
            Event(
                id="E1",
                category="CONSULT",
                mode="visit",
                actors=["A2"],
                recipients=["A1"],
                date="2015-09-22",
                place="Astana",
                country="KAZ",
                text="met",
                span=(58, 61),
                tense="past",
                contexts=["diplomatic"],
                confidence=0.93,
            ),
            Event(
                id="E2",
                category="AGREE",
                actors=["A2"],
                recipients=["A1"],
                text="proposed cooperation",
                span=(0, 5),
                contexts=["education", "culture"],
                confidence=0.7,
            ),
            Event(
                id="E3",
                category="AGREE",
                actors=["A1"],
                recipients=["A2"],
                text="assured",
                span=(5, 9),
                confidence=0.6,
            ),
            Event(
                id="E4",
                category="CONSULT",
                mode="visit",
                actors=["A3"],
                recipients=[],
                text="the earlier visit of Zeman",
                span=(9, 12),
                historical=True,
                confidence=0.5,
            ),
        ],
        quotes=[
            Quote(
                id="Q1",
                speaker="A1",
                text="Our countries have much in common",
                cue="said",
                kind="direct",
                span=(104, 137),
            ),
            Quote(
                id="Q2",
                speaker="A2",
                text="cooperation in education",
                cue="noted",
                kind="indirect",
                span=(0, 4),
            ),
        ],
    )


def story_k2() -> CodedStory:
    return CodedStory(
        id="k2",
        date="2016-03-10",
        place="Astana",
        country="KAZ",
        agency="Kazinform",
        text="ASTANA - Dzhaksybekov, Li Wei and Mikhal Hasek held talks.",
        actors=[
            dz("A1", "Mr Dzhaksybekov"),
            Actor(
                id="A2", name="Li Wei", role="Vice Mayor of Beijing", country="CHN", sector="GOV"
            ),
            Actor(id="A3", name="Mikhal Hasek", role="Governor", country="CZE", sector="GOV"),
        ],
        events=[
            Event(
                id="E1",
                category="CONSULT",
                mode="multilateral",
                actors=["A1", "A2", "A3"],
                text="held talks",
                span=(44, 54),
                confidence=0.8,
            )
        ],
        quotes=[
            Quote(
                id="Q1", speaker="A1", text="Astana is open", cue="said", kind="direct", span=(0, 3)
            )
        ],
    )


def story_k3() -> CodedStory:
    return CodedStory(
        id="k3",
        date="2014-05-01",
        place="Prague",
        country="CZE",
        agency="CTK",
        text="PRAGUE - Mikhal Hašek met M. Zeman.",
        actors=[
            Actor(
                id="A1",
                name="Mikhal Hašek",
                role="Governor of South Moravia",
                country="CZE",
                sector="GOV",
            ),
            Actor(id="A2", name="M. Zeman", country="CZE", sector="GOV"),
        ],
        events=[Event(id="E1", category="CONSULT", actors=["A1", "A2"], text="met", span=(22, 25))],
    )


def story_smiths() -> list[CodedStory]:
    return [
        CodedStory(
            id="s1",
            date="2016-01-01",
            text="LONDON - John Smith spoke.",
            actors=[Actor(id="A1", name="John Smith", country="GBR", sector="LEG")],
            quotes=[Quote(id="Q1", speaker="A1", text="We will vote", cue="said", kind="direct")],
        ),
        CodedStory(
            id="s2",
            date="2016-02-01",
            text="WASHINGTON - John Smith and Smith.",
            actors=[
                Actor(id="A1", name="John Smith", country="USA", sector="BUS"),
                Actor(id="A2", name="Smith", country="USA"),
            ],
        ),
        CodedStory(
            id="s3",
            date="2017-01-01",
            text="Adilbek Dzhaksybekov, no country.",
            actors=[Actor(id="A1", name="Adilbek Dzhaksybekov")],
        ),
    ]


def all_stories() -> list[CodedStory]:
    return [story_k1(), story_k2(), story_k3(), *story_smiths()]
