"""People and bodies across articles: the same entity under its spellings, and its profile.

Entity rows from every article are merged by their cross-article key (resolve.linking): states
by country code, organisations by their normalised name, people when their names match after
normalising spelling. Each merge keeps its reason, so a user can see why two names were joined.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from ..records import Claim
from ..resolve.linking import entity_key, fold, person_tokens, same_person
from ..store.base import Store
from ..store.queries import EntityRow, StatementRow


@dataclass
class CanonicalEntity:
    key: str
    name: str  # the fullest name seen
    type: str
    names: dict[str, int] = field(default_factory=dict)  # spelling → mentions (articles)
    roles: dict[str, int] = field(default_factory=dict)
    affiliations: dict[str, int] = field(default_factory=dict)
    members: list[tuple[str, str]] = field(default_factory=list)  # (article id, entity id)
    reasons: list[str] = field(default_factory=list)

    @property
    def articles(self) -> int:
        return len({a for a, _ in self.members})


def merge_entities(rows: list[EntityRow]) -> list[CanonicalEntity]:
    """Canonical entities from per-article rows, most-mentioned first."""
    by_key: dict[str, CanonicalEntity] = {}
    for row in rows:
        ent = by_key.get(row.key)
        if ent is None:
            ent = by_key[row.key] = CanonicalEntity(row.key, row.name, row.type)
        _absorb(ent, row)
    people = [e for e in by_key.values() if e.type == "person"]
    merged = _merge_people(people)
    out = [e for e in by_key.values() if e.type != "person"] + merged
    for e in out:
        e.name = max(
            e.names, key=lambda n: (len(person_tokens(n)) if e.type == "person" else 0, e.names[n], len(n))
        )
    return sorted(out, key=lambda e: (-e.articles, e.name))


def _absorb(ent: CanonicalEntity, row: EntityRow) -> None:
    ent.names[row.name] = ent.names.get(row.name, 0) + 1
    for role in row.roles:
        ent.roles[role] = ent.roles.get(role, 0) + 1
    if row.affiliation:
        ent.affiliations[row.affiliation] = ent.affiliations.get(row.affiliation, 0) + 1
    ent.members.append((row.article_id, row.entity_id))


def _merge_people(people: list[CanonicalEntity]) -> list[CanonicalEntity]:
    """Join people whose names match (Syrsky / Oleksandr Syrskyi): blocking by name token."""
    parent = list(range(len(people)))
    reasons: dict[int, list[str]] = defaultdict(list)

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_token: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(people):
        for t in person_tokens(p.name):
            if len(t) > 2:
                by_token[t[:4]].append(i)
    for group in by_token.values():
        for a in range(len(group)):
            for b in range(a + 1, len(group)):
                i, j = group[a], group[b]
                if find(i) == find(j):
                    continue
                link = same_person(people[i].name, people[j].name)
                if link.same and _compatible(people[i], people[j]):
                    parent[find(i)] = find(j)
                    reasons[j].append(f"{people[i].name} = {people[j].name}: {link.reason}")
    clusters: dict[int, CanonicalEntity] = {}
    for i, p in enumerate(people):
        root = find(i)
        if root not in clusters:
            clusters[root] = CanonicalEntity(p.key, p.name, "person")
        c = clusters[root]
        for name, n in p.names.items():
            c.names[name] = c.names.get(name, 0) + n
        for role, n in p.roles.items():
            c.roles[role] = c.roles.get(role, 0) + n
        for aff, n in p.affiliations.items():
            c.affiliations[aff] = c.affiliations.get(aff, 0) + n
        c.members += p.members
        c.reasons += reasons[i]
    return list(clusters.values())


def _compatible(a: CanonicalEntity, b: CanonicalEntity) -> bool:
    """Two people with different known affiliations are not merged on a surname alone."""
    return not (a.affiliations and b.affiliations and not set(a.affiliations) & set(b.affiliations))


def find_entity(store: Store, name: str) -> CanonicalEntity | None:
    """The canonical entity a user means by ``name`` (any spelling), or None."""
    tokens = sorted(person_tokens(name))
    keys = [entity_key(name, t) for t in ("state", "organization", "person")]
    rows = store.entity_rows(keys=keys, tokens=tokens)
    if not rows:
        return None
    merged = merge_entities(rows)
    wanted = fold(name)
    for ent in merged:
        if any(fold(n) == wanted for n in ent.names) or (
            ent.type == "person" and same_person(name, ent.name).same
        ):
            return ent
    return merged[0]


@dataclass
class Profile:
    entity: CanonicalEntity
    statements: list[StatementRow]
    claims: list[Claim]


def profile(store: Store, name: str) -> Profile | None:
    """Names seen, roles, affiliation, and statements and numeric claims over time."""
    ent = find_entity(store, name)
    if ent is None:
        return None
    statements = store.statements(pairs=ent.members, limit=1000)
    keys = sorted({store_key for store_key in _claimant_keys(ent)})
    return Profile(ent, statements, store.claims(claimant_keys=keys))


def _claimant_keys(ent: CanonicalEntity) -> set[str]:
    keys = {ent.key}
    for name in ent.names:
        keys.add(entity_key(name, ent.type))
        keys.add("name:" + fold(name))
    return keys
