"""What extraction finds in one article: plain values, no RDF."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..iris import slug
from ..sources import Article
from .gazetteer import Agent


@dataclass(frozen=True)
class Evidence:
    """A sentence of the article: text[start:end] == text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class AgreementRecord:
    parties: tuple[Agent, ...]
    status: str                 # signed | agreed | planned | denied
    topic: str
    date: str | None            # YYYY, YYYY-MM or YYYY-MM-DD
    evidence: Evidence
    source: Agent | None        # whom the article attributes the sentence to


def agreement_node(record: AgreementRecord) -> tuple:
    """What makes records of an article one agreement node (`kg.mapping`): the same parties, topic, date and status."""
    return tuple(sorted(p.key for p in record.parties)), slug(record.topic), record.date or "", record.status


@dataclass(frozen=True)
class MeetingRecord:
    participants: tuple[Agent, ...]
    place: str | None
    place_state: Agent | None
    date: str | None
    evidence: Evidence
    source: Agent | None
    visit: bool = False
    signing: bool = False       # known only from the signing of an agreement in a place
    secondary: bool = False     # told in passing ("agreed …, after talks mediated by …")
    arrival: bool = False       # known only from an arrival ("Xi arrived in Belgrade on Tuesday")
    in_person: bool = False     # a signing told by those who signed ("A and his counterpart B signed")


@dataclass(frozen=True)
class ReportRecord:
    title: str | None
    publisher: Agent | None
    year: int | None
    evidence: Evidence
    source: Agent | None


@dataclass(frozen=True)
class PersonRecord:
    person: Agent
    role: str | None
    affiliation: Agent | None
    evidence: Evidence | None


@dataclass(frozen=True)
class Statement:
    """A sentence the article attributes to a source ("EFE reported")."""

    source: Agent
    evidence: Evidence


@dataclass
class Extraction:
    article: Article
    publisher: Agent | None
    states: list[tuple[Agent, Evidence | None]] = field(default_factory=list)
    organizations: list[Agent] = field(default_factory=list)
    agreements: list[AgreementRecord] = field(default_factory=list)
    meetings: list[MeetingRecord] = field(default_factory=list)
    reports: list[ReportRecord] = field(default_factory=list)
    people: list[PersonRecord] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    aliases: dict[str, set[str]] = field(default_factory=dict)   # org key -> other names used in the text
