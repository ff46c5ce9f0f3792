"""Hand-built parsed Docs for testing rule logic without a trained model.

``parse(rows)`` takes one row per token: ``word head dep pos [lemma] [LABEL]``; ``head`` is the
1-based index of the head token in the whole text (0 for a sentence root), as in CoNLL-U with
continuous numbering. Consecutive tokens with the same upper-case LABEL form one entity.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

_VOCAB = spacy.blank("en").vocab  # English lexical attributes (lower_, is_punct, like_num)
_NO_SPACE_BEFORE = {",", ".", "’s", "'s", ":", ";", "”", "?", "!", "n’t", "-"}


def parse(rows: str) -> Doc:
    words, heads, deps, pos, lemmas, labels = [], [], [], [], [], []
    for line in rows.strip().splitlines():
        parts = line.split()
        word, head, dep, upos, *rest = parts
        words.append(word)
        heads.append(int(head) - 1 if int(head) else len(words) - 1)
        deps.append(dep if int(head) else "ROOT")
        pos.append(upos)
        lemmas.append(next((r for r in rest if not r.isupper()), word.lower()))
        labels.append(next((r for r in rest if r.isupper()), None))
    spaces = [
        not (i + 1 == len(words) or words[i + 1] in _NO_SPACE_BEFORE or w in ("“", "-"))
        for i, w in enumerate(words)
    ]
    doc = Doc(_VOCAB, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    spans, i = [], 0
    while i < len(labels):
        if labels[i]:
            j = i
            while j + 1 < len(labels) and labels[j + 1] == labels[i]:
                j += 1
            spans.append(doc.char_span(doc[i].idx, doc[j].idx + len(doc[j].text), label=labels[i]))
            i = j + 1
        else:
            i += 1
    doc.ents = spans
    return doc
