"""Statements: attributions plus quotations, with kind, split quotes and continuation paragraphs.

- kind: direct when the content is a quotation, mixed when it holds one, indirect otherwise;
- a quotation in the sentence of a direct statement that the statement does not cover is the
  rest of the same utterance ("'A,' X said. 'B.'" gives two segments linked by ``part_of``);
- a quotation in a later sentence with no cue of its own continues the running speaker when it is
  a sentence of speech rather than a scare quote.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from ..records import Span as TextSpan
from ..records import StatementKind
from . import lexicon
from .attribution import Attribution, find_attributions
from .mentions import Mention, MentionKind, doc_text, make_mention, sentence_index
from .quotes import Quote

_PARAGRAPH = re.compile(r"\n\s*\n")
_MIN_QUOTE_WORDS = 6
_CONTINUE_PARAGRAPHS = 2


@dataclass(frozen=True, slots=True)
class RawStatement:
    kind: StatementKind
    cue: TextSpan | None
    lemma: str | None
    content: TextSpan
    speaker: Mention | None
    via: Mention | None = None
    part_of: int | None = None  # content start of the utterance's first segment
    sentence: int = 0
    agentless: bool = False
    continued: bool = False  # speaker carried over from an earlier statement


def extract_statements(doc: Doc, quotes: list[Quote]) -> list[RawStatement]:
    sent_of = sentence_index(doc)
    if doc.has_annotation("DEP"):
        found = find_attributions(doc, quotes, sent_of)
    else:
        found = find_quote_attributions(doc, quotes, sent_of)
    text = doc_text(doc)
    found = _cut_nested_sources(_dedupe(found), text)
    found = _cut_chained_acts(found, text)
    found = _channels(found)
    out = [_statement(att, quotes, text) for att in found]
    for n in range(1, len(out)):  # a clause split by its own cue ("X, said Y, is ..."): one utterance
        prev, cur = out[n - 1], out[n]
        if (
            cur.cue is not None
            and prev.cue == cur.cue
            and prev.content.end <= cur.cue.start < cur.content.start
        ):
            out[n] = replace(cur, part_of=prev.part_of if prev.part_of is not None else prev.content.start)
    return _add_uncovered_quotes(doc, out, quotes, sent_of)


def _statement(att: Attribution, quotes: list[Quote], text: str) -> RawStatement:
    kind, content = classify(att.content, quotes, text)
    speaker = att.speaker
    if speaker is not None and speaker.kind == "pronoun":
        # a pronoun does not corefer with a name in the clause it governs (binding principle C:
        # "She explained how Warhol's ..."), nor does a speaker name himself in his own quotation
        speaker = replace(speaker, disjoint=(content.start, content.end))
    return RawStatement(
        kind=kind,
        cue=att.cue,
        lemma=att.lemma,
        content=content,
        speaker=speaker,
        via=att.via,
        sentence=att.sentence,
        agentless=att.passive,
    )


def classify(content: TextSpan, quotes: list[Quote], text: str) -> tuple[StatementKind, TextSpan]:
    """The kind of a statement and its content span (a direct one without marks and trailing comma)."""
    for q in quotes:
        if q.inner_start <= content.start and content.end <= q.inner_end + 1:
            start, end = q.inner_start, q.inner_end
            while end > start and text[end - 1] in ", \n":
                end -= 1
            return "direct", TextSpan(text[start:end], start, end)
    inner = [q for q in quotes if content.start <= q.start + 1 and q.end - 1 <= content.end]
    if inner:
        covered = sum(q.inner_end - q.inner_start for q in inner)
        if covered >= 0.9 * (content.end - content.start):
            return classify(
                TextSpan(
                    text[inner[0].inner_start : inner[0].inner_end], inner[0].inner_start, inner[0].inner_end
                ),
                quotes,
                text,
            )
        return "mixed", content
    if any(q.start < content.end and content.start < q.end for q in quotes):
        # a quotation opened in the content is quoted whole, even when the segmenter broke the
        # sentence inside it ('it was "damning ... already [...] including for ..."')
        end = max(
            (q.end for q in quotes if content.start <= q.start < content.end < q.inner_end),
            default=content.end,
        )
        return "mixed", TextSpan(text[content.start : end], content.start, end)
    return "indirect", content


def _dedupe(found: list[Attribution]) -> list[Attribution]:
    """One attribution per content: the one whose cue stands nearest it ("It quoted critics ...,
    with Boswell stating: "..."" is Boswell's quotation)."""
    best: dict[tuple[int, int], Attribution] = {}
    for att in found:
        key = (att.content.start, att.content.end)
        other = best.get(key)
        if other is None or _distance(att) < _distance(other):
            best[key] = att
    return [att for att in found if best[(att.content.start, att.content.end)] is att]


def _distance(att: Attribution) -> int:
    return min(abs(att.content.start - att.cue.end), abs(att.cue.start - att.content.end))


def _channels(found: list[Attribution]) -> list[Attribution]:
    """ "According to the Herald, Professor Burrows said X": the outlet is the channel of Burrows's
    statement, not a source of a statement of its own."""
    out = list(found)
    for att in found:
        if att.lemma != "according to" or att.speaker is None:
            continue
        c = att.content
        inner = next(
            (
                o
                for o in out
                if o is not att
                and o.speaker is not None
                and o.lemma != "according to"
                and c.start <= o.speaker.span.start < o.cue.start < o.content.start < c.end
                and o.content.end <= c.end + 1
            ),
            None,
        )
        if inner is not None:
            out.remove(att)
            if inner.via is None:
                out[out.index(inner)] = replace(inner, via=att.speaker)
    return out


def _cut_nested_sources(found: list[Attribution], text: str) -> list[Attribution]:
    """An "according to X" inside another statement's content is X's claim, not the outer
    speaker's: the outer content ends where the inner content begins ("Syrsky reported that
    troops controlled 1,000 km2, with at least 800 km2 under their control according to ISW");
    likewise where an absolute clause with its own speaker begins ("..., with the i reporting")."""
    out = []
    for att in found:
        content = att.content
        for inner in found:
            if inner is att:
                continue
            absolute = _absolute_start(inner, content, text)
            if absolute is not None:
                end = absolute
            elif (
                inner.lemma == "according to"
                and content.start < inner.content.start < content.end
                and content.start < inner.cue.start < content.end + 1
            ):
                end = inner.content.start
            else:
                continue
            end = _end_before(text, content.start, end, (" with", " and", " while", " but"))
            content = TextSpan(text[content.start : end], content.start, end)
        out.append(att if content is att.content else replace(att, content=content))
    return out


def _absolute_start(inner: Attribution, content: TextSpan, text: str) -> int | None:
    """Where an absolute clause with a speaker of its own begins inside ``content``: "every
    claim will be assessed, | with the i reporting no one will be refused"."""
    sp = inner.speaker
    if sp is None or not (content.start < sp.span.start < inner.cue.start < content.end):
        return None
    before = text[content.start : sp.span.start].rstrip()
    if not inner.cue.text.endswith("ing") or not before.endswith((" with", ",")):
        return None
    return content.start + len(before.removesuffix(" with").rstrip(" ,"))


def _cut_chained_acts(found: list[Attribution], text: str) -> list[Attribution]:
    """One statement per speech act: when a content holds the cue of another act by the same
    speaker ("recounted the grim reality ..., describing the scene as ..."), it ends before it."""
    out = []
    for att in found:
        content = att.content
        for other in found:
            if other is att or other.speaker != att.speaker or other.speaker is None:
                continue
            if content.start < other.cue.start < content.end:
                end = _end_before(text, content.start, other.cue.start, (" and", " while", " whilst", " but"))
                if end > content.start:
                    content = TextSpan(text[content.start : end], content.start, end)
        out.append(att if content is att.content else replace(att, content=content))
    return out


def _end_before(text: str, start: int, cut: int, joiners: tuple[str, ...]) -> int:
    """Where a content from ``start`` ends when cut at ``cut``: before the spaces, punctuation and
    joining words (" and", " with") that led up to the cut."""
    end = cut
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–"):
        end -= 1
    for word in joiners:
        if text.endswith(word, start, end):
            end -= len(word)
    return start + len(text[start:end].rstrip(" ,"))


def _add_uncovered_quotes(
    doc: Doc, stmts: list[RawStatement], quotes: list[Quote], sent_of: dict[int, int]
) -> list[RawStatement]:
    text = doc_text(doc)
    breaks = [m.start() for m in _PARAGRAPH.finditer(text)]
    out = sorted(stmts, key=lambda s: s.content.start)
    for q in quotes:
        if any(s.content.start < q.inner_end and q.inner_start < s.content.end for s in out):
            continue
        sent = _sentence_of_char(doc, q.inner_start, sent_of)
        previous = [s for s in out if s.content.start < q.start and s.speaker is not None]
        header = _attributable_to(doc, q, text, sent_of)
        introducer = header[1] if header is not None else _introducer(doc, q, text, sent_of)
        if introducer is not None and len(text[q.inner_start : q.inner_end].split()) >= _MIN_QUOTE_WORDS:
            # "X has called the sentence "dangerous":" + quotation: X's words, whoever spoke last
            kind, content = classify(
                TextSpan(text[q.inner_start : q.inner_end], q.inner_start, q.inner_end), quotes, text
            )
            cue, lemma = (header[0], "attributable to") if header is not None else (None, None)
            out.append(RawStatement(kind, cue, lemma, content, introducer, sentence=sent, continued=True))
            out.sort(key=lambda s: s.content.start)
            continue
        if not previous:
            continue
        last = previous[-1]
        same_sentence = (
            last.sentence == sent and last.kind == "direct" and _resumes_after_attribution(text, last, q)
        )
        if not same_sentence and not _is_speech(doc, q, breaks, last, text):
            continue
        kind, content = classify(
            TextSpan(text[q.inner_start : q.inner_end], q.inner_start, q.inner_end), quotes, text
        )
        first = last.part_of if last.part_of is not None else last.content.start
        seg = RawStatement(
            kind=kind,
            cue=last.cue if same_sentence else None,
            lemma=last.lemma if same_sentence else None,
            content=content,
            speaker=last.speaker,
            via=last.via,
            sentence=sent,
            part_of=first if same_sentence else None,
            continued=not same_sentence,
        )
        out.append(seg)
        out.sort(key=lambda s: s.content.start)
    return out


_ATTRIBUTABLE = re.compile(r"\(?\s*(?P<cue>[Aa]ttributable to)\s+(?P<who>[^()\n:]+?)\s*\)?:?\s*$")


def _attributable_to(
    doc: Doc, q: Quote, text: str, sent_of: dict[int, int]
) -> tuple[TextSpan, Mention] | None:
    """A press release's header line "(Attributable to Pentagon Press Secretary John Kirby)" right
    before a quotation: the quotation is that person's statement."""
    before = text[: q.start].rstrip()
    line_start = before.rfind("\n") + 1
    m = _ATTRIBUTABLE.match(before, line_start)
    if m is None:
        return None
    who = doc.char_span(m.start("who"), m.end("who"), alignment_mode="expand")
    if who is None or not len(who):
        return None
    # the header is no sentence and parses badly: its last capitalised word ends the name
    names = [e for e in doc.ents if e.label_ == "PERSON" and who.start <= e.start and e.end <= who.end]
    head = who[-1] if who[-1].text[:1].isupper() else doc[names[-1].end - 1] if names else who.root
    mention = make_mention(head, sent_of.get(head.i, 0), start=who.start)
    return TextSpan(m.group("cue"), m.start("cue"), m.end("cue")), mention


def _introducer(doc: Doc, q: Quote, text: str, sent_of: dict[int, int]) -> Mention | None:
    """The subject of a sentence that ends with a colon right before the quotation: a colon
    announces what follows as that subject's words."""
    before = text[: q.start].rstrip()
    if not before.endswith(":"):
        return None
    span = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span[0].sent.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < root.i), None)
    if subj is None or root.pos_ not in ("VERB", "AUX") or subj.dep_ == "nsubj:pass":
        return None
    mention = make_mention(subj, sent_of.get(subj.i, 0))
    return mention if mention.kind != "pronoun" or mention.head not in ("it", "this", "that") else None


def _resumes_after_attribution(text: str, last: RawStatement, q: Quote) -> bool:
    """'"A," he said, "B."': the second quotation follows the attribution with nothing between
    but punctuation, so it is the rest of the same utterance (not a scare quote further on)."""
    ends = [x.end for x in (last.cue, last.speaker.span if last.speaker else None) if x is not None]
    if not ends:
        return False
    between = text[max(ends) : q.start]
    return len(between) <= 4 and not any(ch.isalnum() for ch in between)


def _is_speech(doc: Doc, q: Quote, breaks: list[int], last: RawStatement, text: str) -> bool:
    """A quotation that is a sentence of speech (not a scare quote) near the running speaker."""
    words = len(text[q.inner_start : q.inner_end].split())
    para_q = bisect_right(breaks, q.start)
    para_last = bisect_right(breaks, last.content.start)
    if words < _MIN_QUOTE_WORDS and not (para_q == para_last and _whole_sentence(doc, q)):
        return False  # a short quotation is speech only as a sentence of the speaker's paragraph
    if para_q - para_last > _CONTINUE_PARAGRAPHS:
        return False
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return False
    sent = span[0].sent
    return (q.end - q.start) * 2 >= len(sent.text.strip()) or _starts_paragraph(text, q.start)


def _whole_sentence(doc: Doc, q: Quote) -> bool:
    """'"I smacked them around."': the quotation is its whole sentence."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return False
    sent = span[0].sent
    return (q.end - q.start) >= len(sent.text.strip()) - 1 and span[-1].sent == sent


def _starts_paragraph(text: str, pos: int) -> bool:
    line_start = text.rfind("\n", 0, pos) + 1
    return not text[line_start:pos].strip()


def _sentence_of_char(doc: Doc, char: int, sent_of: dict[int, int]) -> int:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return sent_of.get(span[0].i, 0) if span is not None and len(span) else 0


# -- without a parse: quotations with an adjacent "X said" ------------------------------------

_SURFACE_AFTER = re.compile(
    r"^\s*,?\s*(?:(?P<cue1>{cues})\s+(?P<sp1>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}}|the\s+\w+(?:\s+\w+)?)|(?P<sp2>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}}|[Hh]e|[Ss]he|[Tt]hey|[Tt]he\s+\w+(?:\s+\w+)?)\s+(?P<cue2>{cues}))\b"
)


def find_quote_attributions(doc: Doc, quotes: list[Quote], sent_of: dict[int, int]) -> list[Attribution]:
    """Attributions for a Doc without a parse: a quotation followed by "X said" / "said X"."""
    forms = sorted(
        (f for f, e in lexicon.cues().items() if " " not in f and f.endswith(("ed", "id", "ld", "ote", "s"))),
        key=len,
        reverse=True,
    )
    pattern = re.compile(_SURFACE_AFTER.pattern.format(cues="|".join(map(re.escape, forms))))
    text = doc_text(doc)
    out = []
    for q in quotes:
        m = pattern.match(text[q.end : q.end + 80])
        if not m:
            continue
        sp, cue = ("sp1", "cue1") if m.group("cue1") else ("sp2", "cue2")
        s0, s1 = q.end + m.start(sp), q.end + m.end(sp)
        c0, c1 = q.end + m.start(cue), q.end + m.end(cue)
        sentence = _sentence_of_char(doc, q.inner_start, sent_of)
        speaker_text = text[s0:s1]
        lower = speaker_text.lower()
        kind: MentionKind = (
            "pronoun"
            if lower in ("he", "she", "they")
            else "name"
            if speaker_text[0].isupper() and not lower.startswith("the ")
            else "description"
        )
        mention = Mention(
            TextSpan(speaker_text, s0, s1),
            kind,
            lower.split()[-1],
            name=TextSpan(speaker_text, s0, s1) if kind == "name" else None,
            gender={"he": "m", "she": "f"}.get(lower),
            sentence=sentence,
            definite=lower.startswith("the "),
        )
        lemma = lexicon.cues()[text[c0:c1].lower()].lemma
        out.append(
            Attribution(
                TextSpan(text[c0:c1], c0, c1),
                lemma,
                TextSpan(text[q.inner_start : q.inner_end], q.inner_start, q.inner_end),
                mention,
                sentence=sentence,
            )
        )
    return out
