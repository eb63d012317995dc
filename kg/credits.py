"""Credit and caption lines of a news page: who reported, wrote, edited or photographed.

They are page furniture, not body text: "Reporting by A in Jakarta; Editing by B",
"Associated Press writer C in Mexico City contributed to this report.",
"FILE PHOTO: … REUTERS/D", "… (AP Photo/E)", "Picture: F/Agency", "By G, Energy Correspondent".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

NAME = r"[A-ZÀ-ÞĀ-Ž][\w’'.-]*(?:\s+(?:[A-ZÀ-ÞĀ-Ž][\w’'.-]*|de|da|del|van|von|bin|al|la|le)){0,4}"
AGENCIES = r"REUTERS|Reuters|AFP|EFE|AP|dpa|DPA|Xinhua|ANADOLU|Anadolu|Getty Images|Bloomberg|TASS|Sputnik|EPA|ANSA"
_ROLES = {"reporting": "reporter", "additional reporting": "reporter", "writing": "writer",
          "editing": "editor", "compiled": "editor", "produced": "producer", "research": "researcher"}
_CREDIT_LINE = re.compile(r"^(?:\(?\s*)(?:Additional reporting|Reporting|Writing|Editing|Compiled|Produced|Research)"
                          r"\s+by\b", re.I)
_SEGMENT = re.compile(r"(?P<what>Additional reporting|Reporting|Writing|Editing|Compiled|Produced|Research)"
                      r"\s+by\s+(?P<names>[^;)]+)", re.I)
#: "Editor: Liu Mei", "Reporters: A and B", "Written by C", "Edited by D": a role named before its people.
_LABELLED = re.compile(rf"^(?:(?P<label>Editor|Reporter|Writer|Correspondent|Translator)s?\s*:|"
                       rf"(?P<done>Written|Edited|Reported|Translated)\s+by)\s+(?P<names>{NAME}(?:\s*(?:,|\band\b|&)\s*{NAME}){{0,3}})\.?$")
_LABELLED_ROLES = {"written": "writer", "edited": "editor", "reported": "reporter", "translated": "translator"}
_CONTRIBUTED = re.compile(rf"^(?P<org>.+?)\s+(?:writers?|reporters?|correspondents?)\s+(?P<names>.+?)\s+"
                          rf"contributed(?:\s+to\s+this\s+(?:report|story))?\.?$")
#: An agency named alone where a person's name would stand ("By Reuters", "Author: AFP staff").
_AGENCY_ALONE = re.compile(rf"(?:{AGENCIES})(?:\s+staff)?")
#: "(AP Photo/Jane Doe)", "(AP Photo/Jane Doe, Pool)": an agency photographer's credit (groups a, n).
_AGENCY_PHOTO = rf"\((?P<a>AP|AFP|Reuters|EFE) Photo/(?P<n>{NAME})(?:,\s*(?:Pool|File))?\)"
#: What names a news outlet ("Gulf Coast Sports Daily", "Strait Defence Weekly", "Andean Herald").
OUTLET_WORDS = (r"Daily|Weekly|News|Times|Post|Herald|Tribune|Gazette|Journal|Monitor|Agency|Press|Photos?|Images|"
                r"Pool|TV|Radio|Magazine|Observer|Chronicle|Express|Standard|Telegraph|Guardian|Mail|Review|Sports|"
                r"Courier|Sentinel|Bulletin|Dispatch|Ledger|Wire")
_OUTLET = rf"[A-Z][^()/|]*?\b(?:{OUTLET_WORDS})\b[^()/|]*?"
_CAPTION_CREDIT = re.compile(rf"(?:{_AGENCY_PHOTO}|"
                             rf"\((?P<n4>{NAME})/(?P<a4>{_OUTLET})\)|"   # "(Ernesto Vidal/Gulf Coast Sports Daily)"
                             rf"(?:\(|[–—]\s*)(?P<a5>{_OUTLET})/(?P<n5>{NAME})\)?|"   # "(Strait Defence Weekly/Kiran Bhat)"
                             rf"\b(?P<a2>{AGENCIES})/(?P<n2>{NAME})|"
                             rf"\b(?:Photo|Picture|Image|Photograph)s?:\s*(?P<n3>{NAME})(?:\s*[/–—]\s*|\s+-\s+)(?P<a3>[^.()]+?)\)?)"
                             rf"\s*\.?\s*$")
#: "(AP Photo/Jane Doe) President Clinton is applauded …", "(AFP/Petros Lazaridis) Greek …": the credit opens the caption.
_LEADING_CREDIT = re.compile(rf"^(?:{_AGENCY_PHOTO}|\((?P<a6>{AGENCIES})/(?P<n6>{NAME})\))\s+")
#: "(Photo by Jane Doe/AFP via Getty Images)", "Photo by Jane Doe / Reuters", "Photograph by Jane Doe for The Times":
#: a photographer's credit ending its line (alone, or closing a caption).
_PHOTO_BY = re.compile(rf"(?:^|\(|[.!]\s+)(?:Photo|Picture|Image|Photograph)s?\s+by\s+(?P<n>{NAME}?)"
                       rf"(?:\s*/\s*(?P<a>[^()/]+?))?(?:\s+(?:via|for)\s+(?P<v>[^()]+?))?\s*\)?\.?\s*$")
_CAPTION_START = re.compile(r"^(?:FILE PHOTO|FILE|PHOTO|Photo|Picture|IMAGE|Image|(?:Image|Photo|Picture)\s+caption|"
                            r"CAPTION|Caption)\s*[:\-–—]|^(?:Image|Photo|Picture|Media)\s+(?:caption|source),\s|^(?:AFP|AP|EFE|REUTERS|Reuters|XINHUA|Xinhua|ANADOLU|AA|ANSA|DPA|dpa)"
                            r"\s+(?:PHOTO|Photo)\s*[:/\-–—]")   # "AFP PHOTO / British Home Secretary … exchange documents"
NOT_PEOPLE = {"staff", "reporter", "reporters", "writer", "writers", "correspondent", "correspondents", "desk", "editor", "editors", "editorial",
              "agencies", "agency", "bureau", "team", "board", "newsroom", "wires", "staffers", "our",
              "court", "handout", "palace", "presidency", "ministry", "office", "government", "courtesy"}   # "Photo: Saudi Royal Court / Handout"


@dataclass(frozen=True)
class Credit:
    """A person credited on the page: byline author, reporter, editor or photographer."""

    name: str
    role: str
    affiliation: str | None


def credit_line(line: str) -> list[Credit] | None:
    """The people a credit or caption line names; None when the line is neither (it may be text)."""
    if _CREDIT_LINE.match(line):
        return [c for m in _SEGMENT.finditer(line) for c in _named(m["names"], _ROLES[m["what"].lower()], None)]
    if m := _LABELLED.match(line):
        role = m["label"].lower() if m["label"] else _LABELLED_ROLES[m["done"].lower()]
        return _named(m["names"], role, None)
    if m := _CONTRIBUTED.match(line):
        return _named(m["names"], "reporter", m["org"].strip())
    if (m := _LEADING_CREDIT.match(line)) and len(line) < 300:
        name, agency = m["n"] or m["n6"], m["a"] or m["a6"]
        return [Credit(name.strip(), "photographer", agency)] if is_person(name) else []
    if (m := _PHOTO_BY.search(line)) and (len(line) < 300 or _CAPTION_START.match(line)) and is_person(m["n"]):
        return [Credit(m["n"].strip(), "photographer", (m["a"] or m["v"] or "").strip() or None)]
    m = _CAPTION_CREDIT.search(line)
    if m and (len(line) < 300 or _CAPTION_START.match(line)):
        name = m["n"] or m["n4"] or m["n5"] or m["n2"] or m["n3"]
        agency = m["a"] or m["a4"] or m["a5"] or m["a2"] or m["a3"]
        return [Credit(name.strip(), "photographer", agency.strip())] if is_person(name) else []
    if _CAPTION_START.match(line):
        return []
    return None


def byline(who: str) -> tuple[str | None, list[Credit]]:
    """'OUTLET – AUTHOR', 'A and B' or 'AUTHOR, Role': the publisher named, and the people."""
    if _AGENCY_ALONE.fullmatch(who.strip()):
        return who.strip(), []   # "By Reuters": an agency, no person
    parts = re.split(r"\s+\|\s+", who, maxsplit=1)
    outlet = rf"\b(?:{OUTLET_WORDS}|{AGENCIES})\b"
    if len(parts) == 2 and re.search(outlet, parts[1]) and not re.search(outlet, parts[0]):
        return parts[1].strip(), _named(parts[0], "author", parts[1].strip())   # "By Marisol Fuentes | Gulf Coast Sports Daily"
    named = _named(parts[0], "author", None) if len(parts) == 2 else []
    if len(parts) == 2 and (_DESK.search(parts[1]) or named):
        return None, named   # "By Laura Medina and Omar Khalifa | Energy desk", "By A | Rights & Regulation": a
        # section, no outlet
    parts = re.split(r"\s+[–—-]\s+", who, maxsplit=1)
    if len(parts) == 2:
        return parts[0].strip(), _named(parts[1], "author", parts[0].strip())
    m = _AUTHOR_OUTLET.match(who)   # "By A, East Africa Broadcasting News, Nairobi": the outlet, then its city
    if m:
        return m["outlet"].strip(), [Credit(m["name"].strip(), "author", m["outlet"].strip())] if is_person(m["name"]) else []
    name, _, role = who.partition(", ")
    desk = _OUTLET_ROLE.fullmatch(role.strip()) if role else None
    if desk and is_person(name):   # "By Abdirahman Warsame, Horn Courier correspondent": the outlet, and its writer
        return desk["outlet"], [Credit(name.strip(), desk["role"].lower(), desk["outlet"])]
    if role and not re.search(r"\band\b|,", role) and role[:1].isupper() and len(role.split()) <= 4:
        if re.search(r"\s(?:and|with)\s|&", name):   # "By A and B, Ledger Staff Writers"
            return None, _named(name, "author", None)
        return None, [Credit(name.strip(), role.strip().lower(), None)] if is_person(name) else []
    return None, _named(who, "author", None)


_OUTLET_ROLE = re.compile(r"(?P<outlet>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4})\s+(?P<role>(?:(?:[Ss]enior|[Cc]hief|[Ff]oreign|"
                          r"[Pp]olitical|[Dd]iplomatic|[Dd]efen[cs]e|[Ee]nergy|[Ss]taff|[Ss]pecial)\s+)?(?:correspondent|reporter|writer))")
_DESK = re.compile(r"\b(?:[Dd]esk|[Tt]eam|[Bb]ureau|[Ss]ection|[Ss]taff|[Nn]ewsroom)\s*$")
_AUTHOR_OUTLET = re.compile(r"^(?P<name>[^,]+),\s+(?P<outlet>[^,]*\b(?:News|Times|Post|Broadcasting|Radio|Television|TV|"
                            r"Agency|Press|Journal|Daily|Herald|Tribune|Gazette|Network|Media|Observer|Chronicle)\b[^,]*)"
                            r"(?:,\s+[A-Z][\w .’'-]*)?$")


def authors(names: str, publisher: str | None) -> list[Credit]:
    """The authors of a header's "Author:" line ("A", "A and B", "A, B and C"), of the publisher."""
    return [c for c in _named(names, "author", publisher) if len(c.name.split()) >= 2 and not _NO_AUTHOR.search(c.name)]


#: Words of an "Author:" line's part that is a desk or an outlet, not a person ("Media and Communications Unit").
_NO_AUTHOR = re.compile(rf"\b(?:{OUTLET_WORDS}|{AGENCIES}|Unit|Desk|Team|Staff|Bureau|Office|Service)\b")


def _named(names: str, role: str, affiliation: str | None) -> list[Credit]:
    """'A in Paris and B in Washington' -> A, B (places after 'in' dropped)."""
    found = []
    names = re.sub(r"\s+in\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*(?:,\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)?(?=,|\s+and\b|$)",
                   "", names)   # "B in Quito, Ecuador, contributed": the place with its country, dropped whole
    names = re.sub(r"^(?:[A-Z][\w-]*\s+)?(?:team|desk|staff)\s*:\s*", "", names.strip(), flags=re.I)   # "Live team: A and B"
    for part in re.split(r",\s*(?:and\s+)?|\s+(?:and|with)\s+|\s*&\s*", names):   # "A, Rome, and B, Taipei", "A with B"
        name = re.sub(r"\s+in\s+.*$", "", part.strip()).strip(" .;")
        if name and is_person(name) and " " in name:   # one word alone is a place ("By A, Rome, and B, Taipei")
            found.append(Credit(name, role, affiliation))
    return found


def is_person(name: str) -> bool:
    if _AGENCY_ALONE.fullmatch(name.strip()) or re.fullmatch(r"[A-Z]{2,5}", name.strip()):
        return False   # "Author: Reuters", "Photo: AAP": an agency (its letters), no person
    words = name.split()
    return 1 <= len(words) <= 6 and not any(w.lower().strip(".,") in NOT_PEOPLE for w in words) \
        and words[0][:1].isupper() and all(w[:1].isupper() or w.split("-")[0] in _PARTICLES for w in words)
    # not "Signing ceremony in the Coronation Hall"; "Khalid al-Rawahi" is


#: Lower-case words a person's name may hold ("Luiz Inácio Lula da Silva", "Ursula von der Leyen").
_PARTICLES = frozenset({"de", "da", "do", "das", "dos", "del", "della", "der", "den", "van", "von", "bin", "bint", "ibn",
                        "al", "el", "la", "le", "di", "du", "y", "e", "ben", "ter", "zu"})
