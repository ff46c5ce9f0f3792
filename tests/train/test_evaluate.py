"""The acceptance scorer (scripts/train/evaluate.py, not part of the package): label comparison
across treebanks of different annotation versions."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[2] / "scripts" / "train"))

from evaluate import same_label  # noqa: E402

PUD_LIKE = frozenset({"obl", "nsubj", "nsubj:pass", "obl:unmarked", "ROOT"})


def test_a_subtype_the_gold_treebank_never_uses_is_compared_by_its_universal_relation():
    assert same_label("obl:agent", "obl", PUD_LIKE)
    assert same_label("nsubj:outer", "nsubj", PUD_LIKE)


def test_labels_the_gold_treebank_uses_are_compared_in_full():
    assert not same_label("obl:unmarked", "obl", PUD_LIKE)
    assert not same_label("nsubj:pass", "nsubj", PUD_LIKE)
    assert not same_label("obl:agent", "nsubj", PUD_LIKE)
    assert same_label("obl", "obl", PUD_LIKE)


def test_without_an_inventory_labels_are_compared_in_full():
    assert not same_label("obl:agent", "obl", None)
