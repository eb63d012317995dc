"""The inferred graph of a release kept up to date from its store when a few articles change.

The previous release's store holds the closure the compiled rules (`kg.owl2rl.Rules`) give: its
article graphs (what is asserted) and its inferred graph (what follows, trivial triples left out).
When some article graphs are dropped or written again, `changes` finds what the inferred graph loses
and gains without reading any other article: the DRed method of view maintenance (Gupta, Mumick
and Subrahmanian, "Maintaining views incrementally", SIGMOD 1993), over the store's indexes:

1. every triple asserted only by a changed graph is deleted, and with it everything the rules derive
   from it, one step after another, within the old closure (over-deletion);
2. each triple deleted that still has a derivation from what remains, or is asserted elsewhere,
   comes back;
3. the new articles' triples, and those that came back, are added with all they entail.

Reading one triple, as each rule but the property chains does, costs nothing; a chain is joined with
the store around the node it passes through (an agreement or an event and its parties). Trivial
triples (`kg.reason.is_trivial`) are never stored, so a rule that reads one (a reflexive pair of a
chain, say) would be missed: a build whose articles derive a trivial chain link does not come here
(`kg.reason.ArticleInference.trivial_links`) and merges every article's reasoning again. `tests/test_incremental.py` checks
the result against a build from scratch, and `tests/test_upkeep.py` against the articles' closures merged
from scratch (`kg.reason.Reasoner.merge`) over random changes.

The store's default graph is the merge of its named graphs (`kg.store`): of the article graphs, the
inferred graph and the ontology's. Whether a triple is in the old closure is asked of it first (one key
looked up; a triple it lacks is in no graph), and the nodes a chain link joins are read from it (each
triple once, not once per graph that holds it); only a triple the ontology's graph also holds is looked
for graph by graph, since the ontology's axioms are not the closure's.

The store is asked only whether a triple is there, and for the nodes a chain link joins: Oxigraph
keeps some literals in a canonical form (``"5"^^xsd:nonNegativeInteger`` comes back as
``"5"^^xsd:integer``), so the triples of a graph dropped are read from the release's dumps, which
keep them as written (`kg.rewrite.graphs_of`), and the links of a chain are object properties.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import pyoxigraph as ox

from .owl2rl import TYPE, Rules, chain_results, type_errors
from .reason import _raise, is_trivial

Triple = tuple[str, str, str]


@lru_cache(maxsize=1 << 16)
def term(text: str):
    """The pyoxigraph term of an N-Triples term string."""
    if text[0] == "<":
        return ox.NamedNode(text[1:-1])
    if text.startswith("_:"):
        return ox.BlankNode(text[2:])
    return next(iter(ox.parse(f"<x:s> <x:p> {text} .", format=ox.RdfFormat.N_TRIPLES))).object


_CANON = ox.Store()


@lru_cache(maxsize=1 << 16)
def canonical(literal: str) -> str:
    """A literal as Oxigraph's store gives it back (``"5"^^xsd:nonNegativeInteger`` as ``"5"^^xsd:integer``)."""
    quad = ox.Quad(ox.NamedNode("x:s"), ox.NamedNode("x:p"), term(literal))
    _CANON.add(quad)
    try:
        return str(next(iter(_CANON)).object)
    finally:
        _CANON.clear()


class Premises:
    """For each conclusion of a one-triple rule, the triples that conclude it (the rules read backwards)."""

    def __init__(self, rules: Rules):
        self.subclasses: dict[str, set[str]] = defaultdict(set)   # class -> classes whose instances are its
        self.of_subject: dict[str, set[str]] = defaultdict(set)   # class -> properties typing their subjects with it
        self.of_object: dict[str, set[str]] = defaultdict(set)    # class -> properties typing their objects with it
        self.forward: dict[str, set[str]] = defaultdict(set)      # p -> q: ``s q o`` entails ``s p o``
        self.backward: dict[str, set[str]] = defaultdict(set)     # p -> q: ``o q s`` entails ``s p o``
        for cls, supers in rules.supers.items():
            for sup in supers:
                self.subclasses[sup].add(cls)
        for q, (forward, backward, of_s, of_o) in rules.templates.items():
            for c in of_s:
                self.of_subject[c].add(q)
            for c in of_o:
                self.of_object[c].add(q)
            for p in forward:
                if p != q:
                    self.forward[p].add(q)
            for p in backward:
                self.backward[p].add(q)
        self.chains: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for prop, chain in rules.chains:
            self.chains[prop].append(chain)


class Upkeep:
    """The closure of the store at ``path`` (article graphs and the inferred graph), changed in memory."""

    def __init__(self, path: Path, rules: Rules, minter, changed: set[str]):
        self.store = ox.Store.read_only(str(path))
        self.rules, self.minter, self.premises = rules, minter, Premises(rules)
        self.articles = minter.article_graph("")                 # the IRIs of article graphs start so
        self.inferred_graph = str(minter.inferred_graph)
        self._inferred = ox.NamedNode(self.inferred_graph)
        #: the ontology graph's triples as the store gives them back: in the merge, not in the closure
        self.axioms = {(str(q.subject), str(q.predicate), str(q.object)) for q in
                       self.store.quads_for_pattern(None, None, None, ox.NamedNode(str(minter.ontology_graph)))}
        self.changed = changed                                    # graph IRIs dropped or written again
        self.gone: set[Triple] = set()       # in the old closure, not (yet) in the new one
        self.gone_keys: set[Triple] = set()  # the same, as the store gives them back (`canonical`)
        self.added: set[Triple] = set()      # in the new closure, not in the old one
        self.forward = defaultdict(lambda: defaultdict(set))     # of ``added``: link -> s -> objects
        self.backward = defaultdict(lambda: defaultdict(set))    # of ``added``: link -> o -> subjects
        self.asserted_new: set[Triple] = set()
        self.held: dict[Triple, bool] = {}                       # triple -> in the old closure
        self.elsewhere: dict[Triple, bool] = {}                  # triple -> asserted by a graph that stays

    def close(self) -> None:
        del self.store

    # ---------------------------------------------------------------- the old closure, through the store

    def _closure(self, graph) -> bool:
        """``graph`` (a quad's graph name) is one of the old closure's: an article graph or the inferred graph."""
        return isinstance(graph, ox.NamedNode) and (graph.value == self.inferred_graph
                                                    or graph.value.startswith(self.articles))

    def _first(self, t: Triple, graph, accept) -> bool:
        """Some quad of ``t`` in ``graph`` (None: any) whose graph name ``accept`` accepts; the store is
        read only up to the first (a state's type is in thousands of article graphs)."""
        if t[0][0] == '"':
            return False
        return any(accept(quad.graph_name) for quad in self.store.quads_for_pattern(*map(term, t), graph))

    def _in(self, t: Triple, graph=ox.DefaultGraph()) -> bool:
        """``t`` is in ``graph`` of the store (by default the merge of its graphs: in some graph)."""
        return t[0][0] != '"' and ox.Quad(*map(term, t), graph) in self.store

    def was(self, t: Triple) -> bool:
        """``t`` is in the old closure."""
        found = self.held.get(t)
        if found is None:
            found = self.held[t] = self._in(t) and (
                self._key(t) not in self.axioms or self._first(t, None, self._closure))
        return found

    def was_inferred(self, t: Triple) -> bool:
        return self._in(t, self._inferred)

    def asserted_elsewhere(self, t: Triple) -> bool:
        """``t`` is asserted by an article graph that does not change."""
        found = self.elsewhere.get(t)
        if found is None:
            found = self.elsewhere[t] = self._in(t) and self._first(t, None, lambda g: (
                isinstance(g, ox.NamedNode) and g.value.startswith(self.articles) and g.value not in self.changed))
        return found

    def is_asserted(self, t: Triple) -> bool:
        return t in self.asserted_new or self.asserted_elsewhere(t)

    def alive(self, t: Triple) -> bool:
        """``t`` is in the closure as it now stands."""
        return t in self.added or (t not in self.gone and self.was(t))

    def _old(self, s: str | None, p: str, o: str | None) -> Iterable[Triple]:
        """The triples of the old closure that match (None: any term), each once."""
        for quad in self.store.quads_for_pattern(None if s is None else term(s), term(p),
                                                 None if o is None else term(o), ox.DefaultGraph()):
            t = (str(quad.subject), p, str(quad.object))
            if t not in self.axioms or self._first(t, None, self._closure):
                yield t

    @staticmethod
    def _key(t: Triple) -> Triple:
        """``t`` as the store gives it back (`canonical`)."""
        return (t[0], t[1], canonical(t[2])) if t[2][0] == '"' else t

    # ---------------------------------------------------------------- the rules

    def entailed(self, t: Triple, current: bool) -> set[Triple]:
        """What ``t`` entails in one step, its chains joined with the closure as it now stands
        (``current``) or with the old closure."""
        s, p, o = t
        templates, supers = self.rules.templates, self.rules.supers
        if p == TYPE:
            found = {(s, TYPE, c) for c in supers.get(o, ())}
        else:
            forward, backward, of_s, of_o = templates.get(p) or ((p,), (), (), ())
            found = {(s, q, o) for q in forward} | {(s, TYPE, c) for c in of_s}
            if o[0] != '"':
                found |= {(o, q, s) for q in backward} | {(o, TYPE, c) for c in of_o}
        found.discard(t)
        if p in self.rules.links:
            found |= self._chained(t, current)
        return found

    def _chained(self, t: Triple, current: bool) -> set[Triple]:
        """The chain instances through link ``t`` (its other links as `entailed` says)."""
        s, p, o = t
        found = set()
        for prop, chain in self.rules.chains:
            for at, link in enumerate(chain):
                if link != p:
                    continue
                starts, ends = {s}, {o}
                for q in reversed(chain[:at]):
                    starts = {x for y in starts for x in self._neighbours(q, y, current, backward=True)}
                for q in chain[at + 1:]:
                    ends = {z for y in ends for z in self._neighbours(q, y, current, backward=False)}
                found.update((a, prop, b) for a in starts if a[0] != '"' for b in ends)
        return found

    def _neighbours(self, q: str, node: str, current: bool, backward: bool) -> set[str]:
        """The nodes linked by ``q`` to ``node`` (its subjects if ``backward``, else its objects): in the
        closure as it now stands (``current``), or in the old closure."""
        if node[0] == '"':
            return set()
        old = self._old(None, q, node) if backward else self._old(node, q, None)
        if not current:
            return {x if backward else y for x, _, y in old}
        found = {x if backward else y for x, _, y in old if (x, q, y) not in self.gone_keys}
        return found | (self.backward if backward else self.forward)[q].get(node, set())

    def derivable(self, t: Triple) -> bool:
        """``t`` is asserted, or follows in one step from triples of the closure as it now stands."""
        if self.is_asserted(t):
            return True
        s, p, o = t
        alive, premises = self.alive, self.premises
        if p == TYPE:
            if any(alive((s, TYPE, c)) for c in premises.subclasses.get(o, ())):
                return True
            if any(self._any(s, q, None) for q in premises.of_subject.get(o, ())):
                return True
            return s[0] != '"' and any(self._any(None, q, s) for q in premises.of_object.get(o, ()))
        if any(alive((s, q, o)) for q in premises.forward.get(p, ())):
            return True
        if o[0] != '"' and any(alive((o, q, s)) for q in premises.backward.get(p, ())):
            return True
        for chain in premises.chains.get(p, ()):
            ends = {s}
            for q in chain:
                ends = {z for y in ends for z in self._neighbours(q, y, True, backward=False)}
                if not ends:
                    break
            if o in ends:
                return True
        return False

    def _any(self, s: str | None, p: str, o: str | None) -> bool:
        """Some triple of the closure as it now stands matches."""
        for t in self._old(s, p, o):
            if t not in self.gone_keys:
                return True
        if s is not None:
            return bool(self.forward[p].get(s)) or any(x == s for x, q, _ in self.added if q == p)
        return bool(self.backward[p].get(o)) or any(y == o for _, q, y in self.added if q == p)

    def _forget(self, t: Triple) -> None:
        self.gone.add(t)
        self.gone_keys.add(self._key(t))

    def _add(self, t: Triple) -> None:
        self.added.add(t)
        s, p, o = t
        if p in self.rules.links:
            self.forward[p][s].add(o)
            self.backward[p][o].add(s)

    # ---------------------------------------------------------------- DRed

    def run(self, dropped: dict[str, set[Triple]], written: list[tuple[list[Triple], object]]) -> None:
        """``dropped``: the old triples of each graph dropped or written again; ``written``: each new
        article's asserted triples and its `kg.reason.ArticleInference`."""
        self.asserted_new = {t for triples, _ in written for t in triples}
        # 1. over-delete: what is no longer asserted, and all it entails within the old closure
        todo = [t for triples in dropped.values() for t in triples if not self.asserted_elsewhere(t)]
        for t in todo:
            self._forget(t)
        while todo:
            t = todo.pop()
            for x in self.entailed(t, current=False):  # a trivial triple is never stored: it may have been
                if x not in self.gone and (self.was(x) or is_trivial(x, self.minter)):
                    self._forget(x)
                    todo.append(x)
        # 2. rederive: what still follows from what remains
        back = [t for t in self.gone if self.derivable(t)]
        # 3. insert: the new articles' closures and what came back, with all they entail
        todo = back + [t for triples, inference in written for t in (*triples, *inference.inferred)]
        while todo:
            t = todo.pop()
            if self.alive(t):
                continue
            self._add(t)
            todo.extend(x for x in self.entailed(t, current=True) if not self.alive(x))
        self.gone -= self.added  # (``gone_keys`` is not used after this)
        self.added -= {t for t in self.added if self.was(t)}  # came back: not new to the closure
        self._check([inference for _, inference in written])

    def _check(self, inferences) -> None:
        """The inconsistencies the change brings: within a new article, or across articles on a node."""
        errors = {e for inference in inferences for e in inference.errors}
        watched = self.rules.watched
        nodes = {s for s, p, o in self.added if p == TYPE and o in watched}
        nodes |= {node for inference in inferences for node in inference.types}
        types = {node: frozenset(c for c in watched if self.alive((node, TYPE, c))) for node in nodes}
        errors.update(type_errors(self.rules, types))
        _raise(sorted(errors))

    def inferred(self, dropped: dict[str, set[Triple]]) -> tuple[set[Triple], set[Triple]]:
        """What the inferred graph loses and gains: (triples removed, triples added)."""
        candidates = self.gone | self.added | self.asserted_new
        candidates.update(t for triples in dropped.values() for t in triples)
        removed, added = set(), set()
        for t in candidates:
            now = self.alive(t) and not is_trivial(t, self.minter) and not self.is_asserted(t)
            before = self.was_inferred(t)
            if before and not now:
                removed.add(t)
            elif now and not before:
                added.add(t)
        return removed, added


def changes(path: Path, rules: Rules, minter, dropped: dict[str, set[Triple]],
            written: list[tuple[list[Triple], object]]) -> tuple[set[Triple], set[Triple]]:
    """The triples the inferred graph of the store at ``path`` loses and gains when the article graphs
    ``dropped`` (IRI -> their triples as the store holds them) go and the articles ``written`` (asserted
    triples, `kg.reason.ArticleInference`) come. Raises ReasoningError on an inconsistency."""
    upkeep = Upkeep(path, rules, minter, set(dropped))
    try:
        upkeep.run(dropped, written)
        return upkeep.inferred(dropped)
    finally:
        upkeep.close()
