"""The scoring rules of ``/work/shared/GOLD-FORMAT.md`` ("Scoring"), one function per rule.

Everything here compares plain values: an :class:`Article` read from gold JSON or
from the competency queries. Reading either side lives in :mod:`kg.evaluate`.

Matching is one-to-one and maximum: candidate pairs are first taken greedily, the
closest first (e.g. the evidence quotes that overlap most), then augmenting paths
re-pair only where that matches more items. So the counts never depend on the
order in which predictions were read, and accuracies are measured on the closest pairs.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from difflib import SequenceMatcher

MEASURES = ("states", "agreements", "meetings", "reports", "sources", "people")
ARTICLES = frozenset({"a", "an", "the"})
SHARED_RUN = 0.6  # "they share a run of at least 60% of the shorter one"


@dataclass(frozen=True)
class Claim:
    """An agreement or a meeting: its parties (QIDs, else IRIs), evidence, dates and statuses."""

    parties: frozenset[str]
    evidence: str
    dates: frozenset[str] = frozenset()
    statuses: frozenset[str] = frozenset()

    def describe(self) -> str:
        return f"[{', '.join(sorted(self.parties))}] {self.evidence!r}"


@dataclass(frozen=True)
class Cited:
    """A report cited by an article."""

    title: str | None
    publisher: str | None
    year: str | None
    aliases: tuple[str, ...] = ()   # other names of the publisher ("U.N. human rights office" for OHCHR)

    def describe(self) -> str:
        return f"{self.title!r} by {self.publisher!r} ({self.year})"


@dataclass
class Article:
    """What one article says, either in gold or in the built graph."""

    name: str
    states: set[str] = field(default_factory=set)
    agreements: list[Claim] = field(default_factory=list)
    meetings: list[Claim] = field(default_factory=list)
    reports: list[Cited] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    not_agreements: list[str] = field(default_factory=list)


@dataclass
class Score:
    """True positives, false positives and false negatives of one measure."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Score) -> Score:
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        """Harmonic mean of P and R, written so that it is 0 when nothing matched."""
        total = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / total if total else None


@dataclass
class Accuracy:
    correct: int = 0
    total: int = 0

    def __add__(self, other: Accuracy) -> Accuracy:
        return Accuracy(self.correct + other.correct, self.total + other.total)

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None


@dataclass
class ArticleScore:
    """One gold article against its built article; ``misses`` and ``false_positives`` explain it."""

    name: str
    scores: dict[str, Score]
    agreement_dates: Accuracy
    meeting_dates: Accuracy
    statuses: Accuracy
    negations: int
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)


# --- comparing text -------------------------------------------------------------------------


def normalise_space(text: str | None) -> str:
    return " ".join((text or "").split())


def longest_shared_run(a: str, b: str) -> int:
    """Length of the longest common substring (no junk heuristic, so it is exact)."""
    match = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return match.size


def overlap_strength(a: str | None, b: str | None) -> tuple[float, float] | None:
    """How well two quotes overlap, or None when they do not (GOLD-FORMAT: agreements).

    They overlap when one contains the other, or they share a run (longest common
    substring, after normalising whitespace) of at least 60% of the shorter one. The
    strength (1.0 for containment, else run / shorter; then run / longer) only ranks
    candidates so that the closest quotes are paired first.
    """
    a, b = normalise_space(a), normalise_space(b)
    if not a or not b:
        return None
    shorter, longer = sorted((len(a), len(b)))
    if a in b or b in a:
        return 1.0, shorter / longer
    run = longest_shared_run(a, b)
    return (run / shorter, run / longer) if run >= SHARED_RUN * shorter else None


def overlaps(a: str | None, b: str | None) -> bool:
    return overlap_strength(a, b) is not None


def words(text: str | None) -> list[str]:
    """Case-, accent- and punctuation-free words; '.' and apostrophes join ("U.S." -> "us")."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    plain = re.sub(r"[.'\u2019]", "", plain)
    return re.sub(r"[\W_]+", " ", plain).split()


def same_name(a: str | None, b: str | None) -> bool:
    """Equal names, or one name's words a subset of the other's ("Diplomat" ~ "The Diplomat")."""
    return name_strength(a, b) is not None


def name_strength(a: str | tuple | None, b: str | tuple | None) -> float | None:
    """Shared words over all words (ranks candidates), or None when the names differ.
    An entity known by several names (a tuple) matches when any of them does."""
    if isinstance(a, tuple) or isinstance(b, tuple):
        strengths = [name_strength(x, y) for x in _alternatives(a) for y in _alternatives(b)]
        return max((v for v in strengths if v is not None), default=None)
    x, y = set(words(a)), set(words(b))
    if not (x and y) or not (x <= y or y <= x):
        return None
    return len(x & y) / len(x | y)


def _alternatives(name) -> tuple:
    return name if isinstance(name, tuple) else (name,)


def same_title(a: str | None, b: str | None) -> bool:
    """Titles equal or one containing the other, ignoring case, punctuation and a/an/the."""
    x = " ".join(w for w in words(a) if w not in ARTICLES)
    y = " ".join(w for w in words(b) if w not in ARTICLES)
    return bool(x and y) and (f" {x} " in f" {y} " or f" {y} " in f" {x} ")


def report_strength(predicted: Cited, gold: Cited) -> int | None:
    """Same title (2), or the same publisher and year (1; an unknown year equals only an unknown one)."""
    if same_title(predicted.title, gold.title):
        return 2
    if any(same_name(name, gold.publisher) for name in (predicted.publisher, *predicted.aliases)) \
            and predicted.year == gold.year:
        return 1
    return None


def date_agrees(predicted: frozenset[str], gold: str) -> bool:
    """Every predicted date agrees with ``gold`` at the gold's precision (YYYY, YYYY-MM, YYYY-MM-DD).

    A predicted date less precise than the gold date is wrong; no predicted date is wrong.
    """
    return bool(predicted) and all(d[: len(gold)] == gold and len(d) >= len(gold) for d in predicted)


def status_agrees(predicted: frozenset[str], gold: frozenset[str]) -> bool:
    return bool(predicted) and predicted <= gold


# --- matching -------------------------------------------------------------------------------


def maximum_matching(predicted: list, gold: list, strength) -> list[tuple[int, int]]:
    """A maximum one-to-one matching as sorted (predicted index, gold index) pairs.

    ``strength(p, g)`` is None for pairs that may not match, else a comparable rank.
    Pairs are first taken greedily, strongest first; augmenting paths (Kuhn's algorithm)
    then re-pair only where that matches more items, so the result is maximum.
    """
    ranked = {(i, j): r for i, p in enumerate(predicted) for j, g in enumerate(gold)
              if (r := strength(p, g)) is not None}
    edges = [[j for j in range(len(gold)) if (i, j) in ranked] for i in range(len(predicted))]
    owner: dict[int, int] = {}  # gold index -> predicted index
    for i, j in sorted(ranked, key=ranked.get, reverse=True):
        if j not in owner and i not in owner.values():
            owner[j] = i  # small per-article lists: the linear look-up is fine

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j not in seen:
                seen.add(j)
                if j not in owner or augment(owner[j], seen):
                    owner[j] = i
                    return True
        return False

    for i in set(range(len(predicted))) - set(owner.values()):
        augment(i, set())
    return sorted((i, j) for j, i in owner.items())


def claim_strength(predicted: Claim, gold: Claim) -> tuple[float, float] | None:
    """Party sets equal and evidence overlapping (GOLD-FORMAT: agreements, meetings)."""
    if predicted.parties != gold.parties:
        return None
    return overlap_strength(predicted.evidence, gold.evidence)


def _equal(a: str, b: str) -> int | None:
    return 1 if a == b else None


# --- scoring one article --------------------------------------------------------------------


class _Scorer:
    """Collects the scores, misses and false positives of one article."""

    def __init__(self, gold: Article, predicted: Article):
        self.gold, self.predicted = gold, predicted
        self.result = ArticleScore(gold.name, {}, Accuracy(), Accuracy(), Accuracy(), 0)

    def matched(self, measure: str, predicted: list, gold: list, strength, label) -> list:
        pairs = maximum_matching(predicted, gold, strength)
        self.result.scores[measure] = Score(len(pairs), len(predicted) - len(pairs), len(gold) - len(pairs))
        used_p, used_g = {i for i, _ in pairs}, {j for _, j in pairs}
        self.result.misses += [f"{measure}: {label(g)}" for j, g in enumerate(gold) if j not in used_g]
        self.result.false_positives += [f"{measure}: {label(p)}" for i, p in enumerate(predicted)
                                        if i not in used_p]
        return [(predicted[i], gold[j]) for i, j in pairs]

    def states(self) -> None:
        predicted, gold = sorted(self.predicted.states), sorted(self.gold.states)
        self.matched("states", predicted, gold, _equal, str)

    def claims(self, measure: str, dates: Accuracy) -> list[tuple[Claim, Claim]]:
        pairs = self.matched(measure, getattr(self.predicted, measure), getattr(self.gold, measure),
                             claim_strength, Claim.describe)
        for p, g in pairs:
            for gold_date in g.dates:
                dates.correct += date_agrees(p.dates, gold_date)
                dates.total += 1
        return pairs

    def agreements(self) -> None:
        for p, g in self.claims("agreements", self.result.agreement_dates):
            self.result.statuses.correct += status_agrees(p.statuses, g.statuses)
            self.result.statuses.total += 1
        for p in self.predicted.agreements:
            if any(overlaps(p.evidence, sentence) for sentence in self.gold.not_agreements):
                self.result.negations += 1
                self.result.false_positives.append(f"negation: {p.describe()}")

    def names(self, measure: str) -> None:
        predicted, gold = getattr(self.predicted, measure), getattr(self.gold, measure)
        self.matched(measure, predicted, gold, name_strength, repr)

    def score(self) -> ArticleScore:
        self.states()
        self.agreements()
        self.claims("meetings", self.result.meeting_dates)
        self.matched("reports", self.predicted.reports, self.gold.reports, report_strength, Cited.describe)
        self.names("sources")
        self.names("people")
        return self.result


def score_article(gold: Article, predicted: Article | None) -> ArticleScore:
    """Score one gold article; with no built article every gold item is a false negative."""
    return _Scorer(gold, predicted or Article(gold.name)).score()
