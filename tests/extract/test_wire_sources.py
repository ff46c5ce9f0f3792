"""The sources of conflict news as wire copy names them, through the whole pipeline: who is
speaking, and whether it is a person or an organisation (one sentence per source)."""

from __future__ import annotations

import pytest

import claimledger

ORG, PERSON = "organization", "person"
SOURCES = [  # sentence, speaker name, speaker type
    (
        "The Gaza Health Ministry said at least 40 people were killed in the strike.",
        "Gaza Health Ministry",
        ORG,
    ),
    ("The Israel Defense Forces said it had struck a Hamas command centre.", "Israel Defense Forces", ORG),
    (
        "The Syrian Observatory for Human Rights, a Britain-based war monitor, said 12 fighters died.",
        "Syrian Observatory for Human Rights",
        ORG,
    ),
    ("Kremlin spokesman Dmitry Peskov told reporters that the talks had stalled.", "Dmitry Peskov", PERSON),
    (
        "The Institute for the Study of War said Russian forces had advanced near Pokrovsk.",
        "Institute for the Study of War",
        ORG,
    ),
    ("Ukraine's General Staff said Russian forces lost 1,200 soldiers.", "General Staff", ORG),
    ("UN Secretary-General Antonio Guterres called for an immediate ceasefire.", "Antonio Guterres", PERSON),
    (
        "The International Committee of the Red Cross said its staff had reached the town.",
        "International Committee of the Red Cross",
        ORG,
    ),
    ("Hezbollah said it fired dozens of rockets at northern Israel.", "Hezbollah", ORG),
    ("The Houthis claimed responsibility for the attack on the vessel.", "Houthis", ORG),
    ("The Taliban said the talks would resume.", "Taliban", ORG),
    ("Russia's Defence Ministry said its forces had captured the village.", "Defence Ministry", ORG),
    (
        "Pentagon press secretary Maj. Gen. Pat Ryder said the U.S. had no plans to send troops.",
        "Pat Ryder",
        PERSON,
    ),
    ("The Wagner Group said its fighters had withdrawn from Bakhmut.", "Wagner Group", ORG),
    ("Sudan's Rapid Support Forces said they had taken control of the city.", "Rapid Support Forces", ORG),
]


@pytest.fixture(scope="module")
def speakers():
    ledger = claimledger.analyze("\n\n".join(s for s, _, _ in SOURCES), published="2024-08-13")
    text = ledger.article.text
    out = {}
    for stmt in ledger.statements:
        start = text.rfind("\n\n", 0, stmt.content.start) + 1
        out[text[start:].split("\n\n")[0].strip()] = (
            (stmt.speaker.name, stmt.speaker.type) if stmt.speaker else None
        )
    return out


@pytest.mark.parametrize(("sentence", "name", "kind"), SOURCES, ids=[n for _, n, _ in SOURCES])
def test_the_source_and_its_kind(speakers, sentence, name, kind):
    assert speakers.get(sentence) == (name, kind)
