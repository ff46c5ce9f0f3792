from __future__ import annotations

import pytest

from claimledger import analyze
from claimledger.errors import NotEnglish
from claimledger.ingest.language import detect_language

from ..conftest import EXAMPLE


@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "Die Ukraine hat am Dienstag erklärt, dass sie die russischen Gebiete nicht behalten werde und dass die Armee weiter kämpfen wird.",
            "de",
        ),
        (
            "La ministre a déclaré que les troupes ne quitteront pas la région selon le rapport de la défense et du gouvernement.",
            "fr",
        ),
        (
            "El ministro de Defensa dijo que las tropas no se retirarán de la región de Kursk según el informe del gobierno.",
            "es",
        ),
        ("Украина заявила во вторник, что не будет удерживать захваченные российские территории.", "ru/uk"),
        ("أعلنت أوكرانيا يوم الثلاثاء أنها لن تحتفظ بالأراضي الروسية", "ar"),
    ],
)
def test_other_languages_are_detected(text, lang):
    assert detect_language(text) == lang


def test_english_news_and_short_texts_are_english():
    assert detect_language(EXAMPLE.read_text()) == "en"
    assert detect_language("Kyiv, Kharkiv and Sumy.") == "en"
    assert (
        detect_language(
            "Troops said “Slava Ukraini” and “Heroyam slava” at the front on Tuesday, officials said."
        )
        == "en"
    )


def test_analyze_refuses_a_foreign_article_with_a_coded_error(nlp):
    with pytest.raises(NotEnglish, match="'de'"):
        analyze(
            "Die Ukraine hat am Dienstag erklärt, dass sie die russischen Gebiete nicht behalten werde und dass die Armee weiter kämpfen wird.",
            nlp=nlp,
        )
