"""Read CoNLL-U (UD EWT, UD PUD, GUM) into plain Python documents, keeping paragraphs.

A document is a list of paragraphs, a paragraph a list of sentences, a sentence a list of
``Word`` (multi-word token ranges are dropped: the words are what UD annotates).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Word:
    form: str
    lemma: str
    upos: str
    xpos: str
    feats: str
    head: int  # 1-based within the sentence, 0 = root
    deprel: str
    misc: str
    space_after: bool = True


@dataclass
class Sentence:
    sent_id: str
    text: str
    words: list[Word]
    newpar: bool = False
    comments: dict[str, str] = field(default_factory=dict)


@dataclass
class Document:
    doc_id: str
    sentences: list[Sentence]

    @property
    def paragraphs(self) -> list[list[Sentence]]:
        paras: list[list[Sentence]] = []
        for sent in self.sentences:
            if sent.newpar or not paras:
                paras.append([])
            paras[-1].append(sent)
        return paras


def read_sentences(path: Path) -> Iterator[tuple[str | None, Sentence]]:
    """Yield (newdoc id or None, sentence) for every sentence of a CoNLL-U file."""
    newdoc: str | None = None
    comments: dict[str, str] = {}
    newpar = False
    words: list[Word] = []
    mwt_end = -1
    mwt_space = True
    with open(path, encoding="utf8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line:
                if words:
                    sent = Sentence(
                        comments.get("sent_id", ""), comments.get("text", ""), words, newpar, comments
                    )
                    yield newdoc, sent
                newdoc, comments, newpar, words, mwt_end = None, {}, False, [], -1
                continue
            if line.startswith("#"):
                key, _, value = line[1:].strip().partition("=")
                key = key.strip()
                if key == "newdoc id" or key == "newdoc":
                    newdoc = value.strip()
                elif key.startswith("newpar"):
                    newpar = newpar or key in ("newpar", "newpar id")
                else:
                    comments[key] = value.strip()
                continue
            cols = line.split("\t")
            if "." in cols[0]:
                continue  # empty nodes of enhanced UD
            if "-" in cols[0]:
                start, end = cols[0].split("-")
                mwt_end = int(end)
                mwt_space = "SpaceAfter=No" not in cols[9]
                continue
            idx = int(cols[0])
            space = "SpaceAfter=No" not in cols[9]
            if idx < mwt_end:
                space = False
            elif idx == mwt_end:
                space = mwt_space
            words.append(
                Word(cols[1], cols[2], cols[3], cols[4], cols[5], int(cols[6]), cols[7], cols[9], space)
            )
    if words:
        yield newdoc, Sentence(comments.get("sent_id", ""), comments.get("text", ""), words, newpar, comments)


def read_documents(path: Path) -> list[Document]:
    docs: list[Document] = []
    for newdoc, sent in read_sentences(path):
        if newdoc is not None or not docs:
            docs.append(Document(newdoc or path.stem, []))
            sent.newpar = True
        docs[-1].sentences.append(sent)
    return docs


# --- GUM entity layer -----------------------------------------------------------------------

_ENTITY = re.compile(r"Entity=([^|]*)")
_OPEN = re.compile(r"\((\d+)-([^()]*)")


@dataclass
class Mention:
    eid: str
    etype: str
    start: int  # word index within the document (0-based, over all sentences)
    end: int  # exclusive
    identity: str


def gum_mentions(doc: Document) -> list[Mention]:
    """All bracketed mentions of the GUM ``Entity=`` MISC annotation, in document word offsets."""
    mentions: list[Mention] = []
    stack: dict[str, list[tuple[int, str, str]]] = {}
    offset = 0
    for sent in doc.sentences:
        for i, word in enumerate(sent.words):
            pos = offset + i
            m = _ENTITY.search(word.misc)
            if not m:
                continue
            value = m.group(1)
            j = 0
            while j < len(value):
                if value[j] == "(":
                    om = _OPEN.match(value, j)
                    assert om, value
                    eid, rest = om.group(1), om.group(2)
                    fields = rest.split("-", 6)
                    etype = fields[0]
                    identity = fields[6] if len(fields) > 6 else ""
                    j = om.end()
                    if j < len(value) and value[j] == ")":
                        mentions.append(Mention(eid, etype, pos, pos + 1, identity))
                        j += 1
                    else:
                        stack.setdefault(eid, []).append((pos, etype, identity))
                else:
                    cm = re.match(r"(\d+)\)", value[j:])
                    assert cm, value
                    eid = cm.group(1)
                    start, etype, identity = stack[eid].pop()
                    mentions.append(Mention(eid, etype, start, pos + 1, identity))
                    j += cm.end()
        offset += len(sent.words)
    return mentions
