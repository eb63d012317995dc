"""The queries the pictures are drawn from: the cooperation network and the timeline.

A page carries each query in a ``data-query`` attribute; ``static/pictures.js``
sends it to ``/sparql`` like any other client and draws the answer as SVG, so
the pictures follow the data. A state's pictures are the same queries narrowed
to that state (its IRI has passed :func:`server.pages._minted`, so it is a valid IRI).
"""

from __future__ import annotations

from dataclasses import dataclass

from flask import url_for

from kg.vocab import STATUSES

NETWORK = """# The cooperation network: each state with the number of agreements it is party to, and each pair of
# states with the agreements they share, by status; a many-party agreement pulls each pair less (its
# weight, 1 / (parties - 1), summed). A row per state and per pair, not per agreement: a corpus of any
# size answers within the endpoint's row limit.
SELECT ?state (SAMPLE(?name) AS ?label) ?partner ?status ?agreements ?pull WHERE {{
  {{
    SELECT ?state (COUNT(DISTINCT ?agreement) AS ?agreements) WHERE {{
      {focus}?agreement a irn:Agreement ;
                 irn:status ?any ;
                 irn:hasParty ?state .
      ?state a irn:State .
    }}
    GROUP BY ?state
  }} UNION {{
    SELECT ?state ?partner ?status (COUNT(DISTINCT ?agreement) AS ?agreements) (SUM(1.0 / (?n - 1)) AS ?pull) WHERE {{
      {{
        SELECT ?agreement (COUNT(DISTINCT ?party) AS ?n) WHERE {{
          {focus}?agreement a irn:Agreement ;
                     irn:hasParty ?party .
          ?party a irn:State .
        }}
        GROUP BY ?agreement
      }}
      ?agreement irn:status ?status ;
                 irn:hasParty ?state, ?partner .
      ?state a irn:State .
      ?partner a irn:State .
      FILTER (STR(?state) < STR(?partner))
    }}
    GROUP BY ?state ?partner ?status
  }}
  OPTIONAL {{ ?state rdfs:label ?name }}
}}
GROUP BY ?state ?partner ?status ?agreements ?pull
ORDER BY ?state ?partner ?status
"""

TIMELINE = """# The timeline: how many agreements (by status) and meetings are dated in each year. A row per year,
# kind and status, not per event: a corpus of any size answers within the endpoint's row limit.
SELECT ?year ?kind ?status (COUNT(DISTINCT ?event) AS ?events) WHERE {{
  {{ ?event a irn:Agreement ; irn:status ?status . BIND("agreement" AS ?kind) }}
  UNION {{ ?event a irn:Meeting . BIND("meeting" AS ?kind) }}
  {focus}?event irn:date ?date .
  BIND (xsd:integer(REPLACE(STR(?date), "^(-?[0-9]{{4}}).*$", "$1")) AS ?year)
  FILTER (BOUND(?year))
}}
GROUP BY ?year ?kind ?status
ORDER BY ?year ?kind ?status
"""

# What a bar of the timeline links to: the events it counts. ``timeline.js`` writes the bar's kind, year
# and status (UNDEF for meetings) into the VALUES row.
TIMELINE_EVENTS = """# The events of one bar of the timeline: its kind, year and status are in the VALUES row.
SELECT ?event (SAMPLE(?name) AS ?label) ?status ?date WHERE {{
  VALUES (?kind ?year ?wanted) {{ ("agreement" 2000 "signed") }}
  {{ ?event a irn:Agreement ; irn:status ?status . BIND("agreement" AS ?is) }}
  UNION {{ ?event a irn:Meeting . BIND("meeting" AS ?is) }}
  FILTER (?is = ?kind && (!BOUND(?wanted) || ?status = ?wanted))
  {focus}?event irn:date ?date .
  FILTER (xsd:integer(REPLACE(STR(?date), "^(-?[0-9]{{4}}).*$", "$1")) = ?year)
  OPTIONAL {{ ?event rdfs:label ?name }}
}}
GROUP BY ?event ?status ?date
ORDER BY ?date ?event
"""

STATE_AGREEMENTS = "?agreement irn:hasParty <{iri}> .\n  "
STATE_EVENTS = "{{ ?event irn:hasParty <{iri}> }} UNION {{ ?event irn:participant <{iri}> }}\n  "


@dataclass(frozen=True)
class Picture:
    """One picture: what ``pictures.js`` draws (``network`` or ``timeline``) from which query."""

    kind: str
    title: str
    query: str
    empty: str  # what the page says when the query answers nothing
    focus: str = ""  # the IRI a state's picture centres on
    statuses: tuple[str, ...] = STATUSES  # an agreement's irn:status values, in the legend's order
    drill: str = ""  # the query a mark links to, with a VALUES row the drawing fills in

    @property
    def editor_link(self) -> str:
        """The home page with this query in its editor."""
        return url_for("home.index", query=self.query) + "#ask"


def for_home() -> list[Picture]:
    return [Picture("network", "Cooperation network", NETWORK.format(focus=""),
                    "No agreement between states is published yet."),
            Picture("timeline", "Timeline of agreements and meetings", TIMELINE.format(focus=""),
                    "No dated agreement or meeting is published yet.", drill=TIMELINE_EVENTS.format(focus=""))]


def for_state(iri: str) -> list[Picture]:
    network = NETWORK.format(focus=STATE_AGREEMENTS.format(iri=iri))
    timeline = TIMELINE.format(focus=STATE_EVENTS.format(iri=iri))
    return [Picture("network", "Partners", network, "No agreement of this state is published.", iri),
            Picture("timeline", "Timeline", timeline, "No dated agreement or meeting of this state is published.",
                    iri, drill=TIMELINE_EVENTS.format(focus=STATE_EVENTS.format(iri=iri)))]
