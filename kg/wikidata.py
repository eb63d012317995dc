"""Wikidata: a small, polite client of its Action API, and the rule that accepts an item for a name.

The client follows the API etiquette (https://www.mediawiki.org/wiki/API:Etiquette): one request
at a time, at least ``interval`` seconds after the previous one ended; ids combined into one
wbgetentities call, at most 50 (the limit for ordinary clients); a User-Agent naming the tool and
a contact; and ``maxlag`` on every request (https://www.mediawiki.org/wiki/Manual:Maxlag_parameter).
A lagged server answers HTTP 200 with ``{"error": {"code": "maxlag", ...}}`` and a ``Retry-After``
header (so may an overloaded one, with 429 or 503): the client waits that long, at most
``MAX_WAIT`` seconds, and tries again a few times. Any other unusable answer (connection refused,
HTTP error, not JSON, an API error) is a ``SourceError`` naming the API and the action.

The acceptance rule (``decide``). An item is accepted for a name only when

1. wbsearchentities (language en, type item) returns it for the name;
2. its English or default (``mul``) label, or one of its aliases in those languages, equals the
   name exactly, case aside: accents, punctuation and articles count ("Economist" is not
   "The Economist");
3. its statements fit the agent (deprecated statements are ignored; subclasses are not followed):

   * an organization: an ``instance of`` (P31) value is one of ``TYPES[its ontology class]``; and,
     where its state is known, a ``country`` (P17) value is that state's QID (no P17 fails);
   * a person: P31 is human (Q5); and, where their state is known, a ``country of citizenship``
     (P27) value is that state's QID.

Exactly one item passing is a ``match``; none, ``no-match``; several, ``ambiguous`` (never linked).
``check_types`` verifies, before an online run decides anything, that every QID of ``TYPES`` still
has the English label written here: a wrong type QID stops the run instead of admitting wrong items.
"""

from __future__ import annotations

import time
import unicodedata
from dataclasses import dataclass, field

import requests

from .errors import SourceError

BATCH = 50           # ids per wbgetentities request
MAX_WAIT = 60.0      # the longest Retry-After honoured, in seconds
RETRY_STATUS = (429, 503)

_NEWS = {"Q11032": "newspaper", "Q1110794": "daily newspaper", "Q1193236": "news media",
         "Q1684600": "news magazine", "Q1153191": "online newspaper", "Q17232649": "news website",
         "Q41298": "magazine", "Q15265344": "broadcaster", "Q1616075": "television station",
         "Q2001305": "television channel", "Q192283": "news agency"}
_IGO = {"Q245065": "intergovernmental organization", "Q484652": "international organization",
        "Q1127126": "military alliance"}
_GOV = {"Q327333": "government agency", "Q192350": "ministry"}
_NGO = {"Q79913": "non-governmental organization", "Q163740": "nonprofit organization",
        "Q31855": "research institute", "Q708676": "charitable organization"}
#: The P31 values that fit each ontology class, with each item's English label on Wikidata.
#: No think-tank type: no stored source confirmed its QID (a much-copied one is "technology company").
TYPES: dict[str, dict[str, str]] = {
    "NewsAgency": {"Q192283": "news agency"},
    "NewsOrganization": _NEWS,
    "IntergovernmentalOrganization": _IGO,
    "GovernmentBody": _GOV,
    "NonGovernmentalOrganization": _NGO,
    "ArmedGroup": {},   # no stored source confirmed the P31 values of armed groups: linked from organizations.tsv only
    "Organization": {**_NEWS, **_IGO, **_GOV, **_NGO, "Q43229": "organization"},
    "Person": {"Q5": "human"},
}


@dataclass(frozen=True)
class Subject:
    """An organization or a person to reconcile."""

    kind: str                 # "org" | "person"
    key: str
    label: str
    cls: str                  # ontology class: "NewsAgency", …, "Person"
    country: str | None       # ISO alpha-3 of its state, where known
    state_qid: str | None = None   # that state's QID ("Q717"), from the verified reference data


@dataclass(frozen=True)
class Decision:
    """One row of the reconciliation cache."""

    kind: str
    key: str
    label: str
    cls: str
    country: str
    qid: str                  # "Q…" for a match, else ""
    decision: str             # "match" | "no-match" | "ambiguous"
    reason: str
    date: str                 # YYYY-MM-DD


@dataclass
class Client:
    api: str
    user_agent: str
    interval: float = 1.0
    timeout: float = 30.0
    maxlag: int = 5
    retries: int = 3
    session: requests.Session = field(default_factory=requests.Session, repr=False)
    _last: float | None = field(default=None, init=False, repr=False)   # when the last request ended

    def search(self, name: str, language: str = "en", limit: int = 20) -> list[dict]:
        """The hits of wbsearchentities for ``name`` (items only), best first."""
        data = self._get({"action": "wbsearchentities", "search": name, "language": language,
                          "uselang": language, "type": "item", "limit": str(limit)})
        return [hit for hit in data.get("search") or [] if isinstance(hit, dict) and hit.get("id")]

    def entities(self, ids: list[str], props: tuple[str, ...] = ("labels", "aliases", "claims"),
                 languages: tuple[str, ...] = ("en", "mul")) -> dict[str, dict]:
        """The entities that exist among ``ids``, keyed by the id asked for; ``BATCH`` ids a request.
        ``mul`` is the language of Wikidata's default labels and aliases (since July 2024)."""
        unique = list(dict.fromkeys(ids))
        found: dict[str, dict] = {}
        for start in range(0, len(unique), BATCH):
            data = self._get({"action": "wbgetentities", "ids": "|".join(unique[start:start + BATCH]),
                              "props": "|".join(props), "languages": "|".join(languages)})
            for asked, entity in (data.get("entities") or {}).items():
                if isinstance(entity, dict) and "missing" not in entity:
                    found[asked] = entity
        return found

    def close(self) -> None:
        self.session.close()

    def _get(self, params: dict[str, str]) -> dict:
        params = {**params, "format": "json", "maxlag": str(self.maxlag)}
        for attempt in range(self.retries + 1):
            response = self._send(params)
            wait = _retry_after(response)
            if wait is None or attempt == self.retries:
                return _answer(response, self.api, params["action"])
            time.sleep(wait)
        raise AssertionError("unreachable")

    def _send(self, params: dict[str, str]) -> requests.Response:
        if self._last is not None:
            time.sleep(max(0.0, self._last + self.interval - time.monotonic()))
        try:
            return self.session.get(self.api, params=params, timeout=self.timeout,
                                    headers={"User-Agent": self.user_agent, "Accept": "application/json"})
        except requests.RequestException as error:
            raise SourceError(self.api, f"{params['action']}: {error.__class__.__name__}: {error}") from None
        finally:
            self._last = time.monotonic()


def _retry_after(response: requests.Response) -> float | None:
    """Seconds to wait before asking again, or None when the answer is final."""
    if response.status_code not in RETRY_STATUS and not (response.status_code == 200 and _lagged(response)):
        return None
    try:
        return min(MAX_WAIT, max(0.0, float(response.headers.get("Retry-After", "5"))))
    except ValueError:
        return 5.0


def _lagged(response: requests.Response) -> bool:
    try:
        error = response.json().get("error")
    except (ValueError, AttributeError):
        return False
    return isinstance(error, dict) and error.get("code") == "maxlag"


def _answer(response: requests.Response, api: str, action: str) -> dict:
    if response.status_code != 200:
        raise SourceError(api, f"{action}: HTTP {response.status_code}")
    try:
        data = response.json()
    except ValueError:
        raise SourceError(api, f"{action}: the answer is not JSON") from None
    if not isinstance(data, dict):
        raise SourceError(api, f"{action}: the answer is not a JSON object")
    error = data.get("error")
    if isinstance(error, dict):
        raise SourceError(api, f"{action}: {error.get('code', 'error')}: {error.get('info', '')}".rstrip(": "))
    return data


# --- the acceptance rule ----------------------------------------------------------------------

def candidates(hits: list[dict], label: str) -> list[str]:
    """The ids of the search hits whose label, alias or matched text is the name."""
    name = _norm(label)
    return list(dict.fromkeys(h["id"] for h in hits if name in {_norm(n) for n in _hit_names(h)}))


def decide(subject: Subject, hits: list[dict], entities: dict[str, dict], today: str) -> Decision:
    """Apply the acceptance rule to the search ``hits`` for ``subject``, given the fetched ``entities``."""
    passed, failed = [], []
    for qid in candidates(hits, subject.label):
        why = misfit(subject, entities.get(qid))
        (failed if why else passed).append(f"{qid}: {why}" if why else qid)
    if len(passed) == 1:
        prop = "P27" if subject.kind == "person" else "P17"
        where = f", {prop} {subject.state_qid} ({subject.country})" if subject.country else ""
        return _decision(subject, passed[0], "match", f"exact name, P31 fits {subject.cls}{where}", today)
    if passed:
        return _decision(subject, "", "ambiguous", "several items fit: " + ", ".join(passed), today)
    return _decision(subject, "", "no-match", "; ".join(failed) or "no search hit has exactly this name", today)


def misfit(subject: Subject, entity: dict | None) -> str | None:
    """Why ``entity`` does not fit ``subject``, or None when it does."""
    if entity is None:
        return "not returned by wbgetentities"
    if _norm(subject.label) not in {_norm(n) for n in _entity_names(entity)}:
        return "no en/mul label or alias is exactly the name"
    types = _values(entity, "P31")
    if not types & set(TYPES.get(subject.cls, TYPES["Organization"])):
        return f"P31 {'|'.join(sorted(types)) or 'missing'} is not a {subject.cls} type"
    if subject.country:
        prop = "P27" if subject.kind == "person" else "P17"
        values = _values(entity, prop)
        if subject.state_qid is None or subject.state_qid not in values:
            return f"{prop} {'|'.join(sorted(values)) or 'missing'} is not {subject.state_qid} ({subject.country})"
    return None


def check_types(client: Client) -> None:
    """Stop if an item of ``TYPES`` does not have, in English, the label (or an alias) written there."""
    expected = {qid: label for table in TYPES.values() for qid, label in table.items()}
    ids = sorted(expected, key=lambda qid: int(qid[1:]))
    found = client.entities(ids, props=("labels", "aliases"), languages=("en",))
    wrong = [f"{qid} is {_en_label(found.get(qid)) or 'missing'!r} there, {expected[qid]!r} here" for qid in ids
             if _norm(expected[qid]) not in {_norm(n) for n in _entity_names(found.get(qid) or {})}]
    if wrong:
        raise SourceError(client.api, "the type table TYPES of kg/wikidata.py disagrees with Wikidata: "
                          + "; ".join(wrong) + ". Check those items and correct TYPES before linking.")


def _hit_names(hit: dict) -> list[str]:
    display = ((hit.get("display") or {}).get("label") or {}).get("value")
    names = [hit.get("label"), (hit.get("match") or {}).get("text"), display, *(hit.get("aliases") or [])]
    return [n for n in names if isinstance(n, str)]


def _entity_names(entity: dict) -> list[str]:
    names = [v.get("value") for v in (entity.get("labels") or {}).values() if isinstance(v, dict)]
    for values in (entity.get("aliases") or {}).values():
        names += [v.get("value") for v in values or [] if isinstance(v, dict)]
    return [n for n in names if isinstance(n, str)]


def _en_label(entity: dict | None) -> str:
    return (((entity or {}).get("labels") or {}).get("en") or {}).get("value", "")


def _values(entity: dict, prop: str) -> set[str]:
    """The item ids that ``prop``'s statements give, deprecated statements left out."""
    found = set()
    for statement in (entity.get("claims") or {}).get(prop) or []:
        snak = statement.get("mainsnak") or {}
        value = (snak.get("datavalue") or {}).get("value")
        if statement.get("rank") != "deprecated" and snak.get("snaktype") == "value" and isinstance(value, dict):
            found.add(value.get("id") or f"Q{value.get('numeric-id', '')}")
    return found - {"Q"}


def _norm(text: str) -> str:
    """Case folded, spaces collapsed; accents, punctuation and articles kept."""
    return " ".join(unicodedata.normalize("NFC", text).split()).casefold()


def _decision(subject: Subject, qid: str, decision: str, reason: str, today: str) -> Decision:
    return Decision(subject.kind, subject.key, subject.label, subject.cls, subject.country or "", qid,
                    decision, reason, today)
