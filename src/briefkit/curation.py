"""The editor's curation file: load, validate, resolve against the sources, merge, write.

`briefs/<stem>.curation.yaml` lists, per section, proposed excerpts with a status:
`proposed`, `pinned` (always used, first, in file order) or `dropped` (never used).
Editors may reorder entries, move them between sections, trim a quote with "…", or add
a passage by quoting it (with or without `source:`). Builds apply these decisions over
fresh proposals, so sources added since the last `curate` are still considered.
"""

from __future__ import annotations

import dataclasses
import difflib
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from briefkit import yamltext
from briefkit.analysis.proposals import SECTIONS, SUMMARY, Candidate, Proposals
from briefkit.corpus import Corpus, Sentence
from briefkit.errors import InputError
from briefkit.output import write_atomic
from briefkit.verbatim import as_quoted, collapse, find_quote, quote_parts, spelled_as_source

STATUSES = ("proposed", "pinned", "dropped")
ENTRY_KEYS = {"id", "source", "quote", "status", "new", "stale", "score", "why", "audiences"}
CURATED_SECTIONS = (SUMMARY, *SECTIONS)
PROPOSALS_PER_SECTION = 12
HEADER = """\
# briefkit curation file for {brief}: your decisions about which passages the memos use.
# The excerpts the memos quote come first in each section (`audiences:` says whose),
# then further proposals. For each entry set status to: proposed (briefkit may use it),
# pinned (always used, first, in this order, only in the section it is under) or
# dropped (never used). List an entry under another section to offer it there too,
# shorten a quote with "…" (each part must stay verbatim), or add a passage with just
# `quote:` (and `source:`). Left as it is, the file changes nothing.
# `briefkit curate` keeps every decision when sources change; `new: true` marks fresh
# proposals and `stale: true` passages no longer found in any source.
# Add the unit's own words with an entry `- assessment: <text>`: it stands at that place
# in the section of every memo that has the section, set apart and never footnoted.
"""


@dataclass(frozen=True)
class Entry:
    section: str
    index: int  # position in its section, from 0
    quote: str
    status: str = "proposed"
    id: str | None = None
    source: str | None = None
    new: bool = False
    stale: bool = False

    @property
    def where(self) -> str:
        return f"sections.{self.section}[{self.index}]"


@dataclass(frozen=True)
class Assessment:
    """The unit's own words at a place in a section: not a quote, never footnoted."""

    section: str
    index: int  # position in its section's list, from 0
    text: str

    @property
    def where(self) -> str:
        return f"sections.{self.section}[{self.index}]"


@dataclass(frozen=True)
class Curation:
    path: Path
    entries: tuple[Entry, ...]
    assessments: tuple[Assessment, ...] = ()

    def assessments_by_section(self) -> dict[str, list[Assessment]]:
        found: dict[str, list[Assessment]] = {}
        for item in self.assessments:
            found.setdefault(item.section, []).append(item)
        return found


def curation_path(brief_path: Path) -> Path:
    return brief_path.with_name(f"{brief_path.stem}.curation.yaml")


def load_curation(path: Path) -> Curation | None:
    """The curation file, validated; None when there is none."""
    if not path.exists():
        return None
    try:
        data = yamltext.load(path.read_text(encoding="utf-8-sig"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise InputError(
            f"not valid YAML: {getattr(exc, 'problem', exc)}",
            path=path,
            where=f"line {mark.line + 1}" if mark else None,
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read curation file ({exc})", path=path) from None
    if not isinstance(data, dict) or not isinstance(data.get("sections", {}), dict):
        raise InputError("expected a mapping with a 'sections:' mapping", path=path)
    entries = []
    assessments = []
    for section, items in (data.get("sections") or {}).items():
        if not isinstance(section, str) or section not in CURATED_SECTIONS:
            close = difflib.get_close_matches(str(section), CURATED_SECTIONS, n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            raise InputError(f"unknown section '{section}'{hint}", path=path, where="sections")
        if items is not None and not isinstance(items, list):
            raise InputError("expected a list of entries", path=path, where=f"sections.{section}")
        for index, item in enumerate(items or []):
            if isinstance(item, dict) and "assessment" in item:
                assessments.append(_assessment(path, str(section), index, item))
            else:
                entries.append(_entry(path, str(section), index, item))
    return Curation(path, tuple(entries), tuple(assessments))


def _assessment(path: Path, section: str, index: int, item: dict[Any, Any]) -> Assessment:
    where = f"sections.{section}[{index}]"
    extra = sorted(str(k) for k in item if k != "assessment")
    if extra:
        raise InputError(
            f"an assessment entry takes only 'assessment:', not '{extra[0]}'",
            path=path,
            where=where,
        )
    text = item["assessment"]
    if not isinstance(text, str) or not text.strip():
        raise InputError("'assessment' needs the unit's text", path=path, where=where)
    return Assessment(section, index, " ".join(text.split()))


def assessment_places(
    curation: Curation, resolved: list[Resolved]
) -> dict[str, list[tuple[frozenset[str], str]]]:
    """Per section, each assessment with the passages listed above it in the file: it
    follows the last of them that a memo quotes, or opens the section."""
    ids: dict[tuple[str, int], str] = {
        (r.entry.section, r.entry.index): r.sentence.id for r in resolved if r.sentence
    }
    places: dict[str, list[tuple[frozenset[str], str]]] = {}
    for item in curation.assessments:
        above = frozenset(
            sid
            for (section, index), sid in ids.items()
            if section == item.section and index < item.index
        )
        places.setdefault(item.section, []).append((above, item.text))
    return places


def _entry(path: Path, section: str, index: int, item: Any) -> Entry:
    where = f"sections.{section}[{index}]"
    if not isinstance(item, dict):
        raise InputError(
            "each entry must be a mapping with at least 'quote:'", path=path, where=where
        )
    unknown = {str(k) for k in item if k not in ENTRY_KEYS}
    if unknown:
        key = sorted(unknown)[0]
        close = difflib.get_close_matches(key, sorted(ENTRY_KEYS), n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        raise InputError(f"unknown key '{key}'{hint}", path=path, where=where)
    quote = item.get("quote")
    if not isinstance(quote, str) or not quote_parts(quote):
        raise InputError("entry needs a non-empty 'quote'", path=path, where=where)
    for key in ("id", "source"):
        if item.get(key) is not None and not isinstance(item[key], str):
            raise InputError(
                f"'{key}' must be text, not {_kind(item[key])}", path=path, where=where
            )
    for key in ("new", "stale"):
        if item.get(key) is not None and not isinstance(item[key], bool):
            raise InputError(
                f"'{key}' must be true or false, not {_kind(item[key])}", path=path, where=where
            )
    status = item.get("status", "proposed")
    if not isinstance(status, str) or status not in STATUSES:
        raise InputError(
            f"status '{str(status)[:40]}' is not one of {', '.join(STATUSES)}",
            path=path,
            where=where,
        )
    return Entry(
        section,
        index,
        collapse(quote),
        status,
        item.get("id"),
        item.get("source"),
        bool(item.get("new")),
        bool(item.get("stale")),
    )


def _kind(value: object) -> str:
    names = {dict: "a mapping", list: "a list", bool: "true/false", int: "a number"}
    return names.get(type(value), type(value).__name__)


@dataclass
class UsedExcerpt:
    """A passage a memo quotes in a section, and the audiences whose memos quote it."""

    id: str
    source: str
    quote: str
    score: float
    why: str
    audiences: list[str]


@dataclass(frozen=True)
class Resolved:
    """A curation entry matched to the sources: the sentence it stands for, or stale."""

    entry: Entry
    sentence: Sentence | None  # with the entry's (possibly trimmed) quote


def resolve(curation: Curation, corpus: Corpus) -> list[Resolved]:
    """Find every entry's passage. A quote the editor added that is nowhere is an error;
    an earlier proposal whose passage has gone is stale."""
    documents = corpus.by_id()
    texts = {d.id: as_quoted(d.text) for d in corpus.documents}
    sentences = {s.id: s for d in corpus.documents for s in d.sentences}
    resolved = []
    for entry in curation.entries:
        entry = _as_source_spells(entry, texts)
        sentence = None
        known = sentences.get(entry.id or "")
        if known and find_quote(entry.quote, texts[known.source_id]):
            sentence = dataclasses.replace(known, quote=entry.quote)
        else:
            order = [entry.source] if entry.source in texts else []
            order += [d for d in texts if d not in order]
            for source_id in order:
                if find_quote(entry.quote, texts[source_id]):
                    sentence = _locate(entry, documents[source_id].sentences, source_id)
                    break
        if sentence is None and entry.id is None:
            raise InputError(
                f'quote is not verbatim in any source: "{entry.quote[:60]}"'
                + _nearest(entry.quote, corpus),
                path=curation.path,
                where=entry.where,
            )
        resolved.append(Resolved(entry, sentence))
    return resolved


def _as_source_spells(entry: Entry, texts: dict[str, str]) -> Entry:
    """The entry with its quote as the source spells it, when the editor typed straight
    quotes, hyphens or "..." where the source has curly quotes, dashes or "…"."""
    if any(find_quote(entry.quote, text) for text in texts.values()):
        return entry
    order = [entry.source] if entry.source in texts else []
    order += [d for d in texts if d not in order]
    for source_id in order:
        spelled = spelled_as_source(entry.quote, texts[source_id])
        if spelled is not None:
            return dataclasses.replace(entry, quote=spelled)
    return entry


def _nearest(quote: str, corpus: Corpus) -> str:
    """'; nearest passage, in FILE: "…"' for a quote that matches nothing: the sentence
    that holds most of the quote's characters in order, among those sharing a word."""
    parts = quote_parts(quote.replace("...", "…"))
    first = parts[0] if parts else quote
    words = {w.lower() for w in first.split() if len(w) > 3}
    best, where, score = None, None, 0.0
    for document in corpus.documents:
        for sentence in document.sentences:
            if not words & {w.lower() for w in sentence.text.split()}:
                continue
            matcher = difflib.SequenceMatcher(None, first, sentence.text, autojunk=False)
            held = sum(block.size for block in matcher.get_matching_blocks()) / max(len(first), 1)
            if held > score:
                best, where, score = sentence.text, document.path, held
    if best is None or score < 0.6:
        return ""
    return f'; nearest passage, in {where}: "{collapse(best)[:80]}"'


def _locate(entry: Entry, sentences: tuple[Sentence, ...], source_id: str) -> Sentence:
    """The sentence a quote starts in (so ids stay meaningful), carrying the entry's quote."""
    first = quote_parts(entry.quote)[0]
    for sentence in sentences:
        if first[:40] in collapse(sentence.text) or collapse(sentence.text) in first:
            return dataclasses.replace(sentence, quote=entry.quote)
    base = (
        sentences[0] if sentences else Sentence(f"{source_id}:p0:s0", source_id, "", "", 0, 0, 0.0)
    )
    # Outside any sentence (a heading, text changed by cleaning): an id of its own per quote,
    # so two such pins from one source never collide.
    digest = hashlib.sha256(entry.quote.encode("utf-8")).hexdigest()[:10]
    return dataclasses.replace(
        base, id=f"{source_id}:quote-{digest}", text=entry.quote, quote=entry.quote
    )


def stale_pinned(resolved: list[Resolved]) -> list[str]:
    return [
        f'{r.entry.where}: pinned passage is no longer in any source: "{r.entry.quote[:60]}"'
        for r in resolved
        if r.entry.status == "pinned" and r.sentence is None
    ]


def _key(item: Resolved, best: dict[str, Candidate]) -> str:
    """The passage an entry stands for: its id when proposals know it (a joined pair),
    else the sentence its quote starts in."""
    assert item.sentence is not None
    return item.entry.id if item.entry.id in best else item.sentence.id


def apply(proposals: Proposals, resolved: list[Resolved]) -> Proposals:
    """Proposals with the editor's decisions. Dropped passages go; pinned ones stand only
    in the section they are pinned under, marked and ranked in file order; a proposed
    entry is offered in its section as well as wherever it was proposed, with its quote
    as the file gives it (trimmed or not). So a file nobody edited changes no memo."""
    best = proposals.best_by_sentence()
    dropped = {_key(r, best) for r in resolved if r.sentence and r.entry.status == "dropped"}
    kept = [r for r in resolved if r.sentence and r.entry.status != "dropped"]
    pinned = {_key(r, best) for r in kept if r.entry.status == "pinned"}
    quotes = {_key(r, best): r.sentence.quote for r in kept if r.sentence}

    def as_listed(candidate: Candidate) -> Candidate:
        quote = quotes.get(candidate.sentence.id)
        if quote is None or quote == candidate.sentence.quote:
            return candidate
        return dataclasses.replace(
            candidate, sentence=dataclasses.replace(candidate.sentence, quote=quote)
        )

    sections: dict[str, list[Candidate]] = {
        name: [as_listed(c) for c in candidates if c.sentence.id not in dropped | pinned]
        for name, candidates in proposals.sections.items()
    }
    offered = {(name, c.sentence.id) for name, cs in sections.items() for c in cs}
    own = {(n, c.sentence.id): c for n, cs in proposals.sections.items() for c in cs}
    pins = 0
    for item in kept:
        key, section = _key(item, best), item.entry.section
        if section not in sections or (section, key) in offered:
            continue
        offered.add((section, key))
        assert item.sentence is not None
        base = own.get((section, key)) or best.get(key)
        if base is None:  # a passage the editor added: no proposal scored it
            candidate = Candidate(item.sentence, 1.0, 0.0, 0.0, 0.0)
        else:
            candidate = as_listed(base)
        is_pin = item.entry.status == "pinned"
        candidate = dataclasses.replace(candidate, pinned=is_pin, rank=pins if is_pin else None)
        pins += is_pin
        sections[section].append(candidate)
    ranked = {
        name: tuple(sorted(c, key=lambda x: (not x.pinned, -x.score, x.sentence.id)))
        for name, c in sections.items()
    }
    return dataclasses.replace(proposals, sections=ranked)


def merge(
    proposals: Proposals,
    previous: Curation | None,
    resolved: list[Resolved],
    fresh: dict[str, list[Candidate]],
    used: dict[str, list[UsedExcerpt]] | None = None,
) -> dict[str, list[dict[str, Any]]]:
    """The new file's content: every earlier decision kept in place; then every excerpt a
    memo quotes that the file does not list yet (with the audiences quoting it); then new
    proposals. A passage may stand in two sections when memos quote it in both."""
    used = used or {}
    users = {(name, u.id): u.audiences for name, items in used.items() for u in items}
    sections: dict[str, list[dict[str, Any]]] = {name: [] for name in CURATED_SECTIONS}
    listed: set[tuple[str, str]] = set()
    for item in resolved:
        entry = item.entry
        row: dict[str, Any] = {
            "id": entry.id or (item.sentence.id if item.sentence else None),
            "source": entry.source or (item.sentence.source_id if item.sentence else None),
            "status": entry.status,
            "quote": entry.quote,
        }
        if item.sentence is None:
            row["stale"] = True
        for key in (entry.id, item.sentence.id if item.sentence else None):
            if key and (entry.section, key) in users:
                row["audiences"] = users[(entry.section, key)]
        sections[entry.section].append({k: v for k, v in row.items() if v is not None})
        for key in (entry.id, item.sentence.id if item.sentence else None):
            if key:
                listed.add((entry.section, key))
    if previous is not None:  # the unit's words go back where the editor put them
        for assessment in sorted(previous.assessments, key=lambda a: a.index):
            rows = sections[assessment.section]
            rows.insert(min(assessment.index, len(rows)), {"assessment": assessment.text})
    for name in CURATED_SECTIONS:
        for quoted in used.get(name, []):
            if (name, quoted.id) in listed:
                continue
            listed.add((name, quoted.id))
            row = {
                "id": quoted.id,
                "source": quoted.source,
                "status": "proposed",
                "quote": quoted.quote,
                "audiences": quoted.audiences,
                "score": round(quoted.score, 3),
                "why": quoted.why,
            }
            if previous is not None:
                row["new"] = True
            sections[name].append(row)
    everywhere = {key for _, key in listed}
    for name in CURATED_SECTIONS:
        for candidate in fresh.get(name, []):
            sentence = candidate.sentence
            if sentence.id in everywhere:
                continue
            everywhere.add(sentence.id)
            row = {
                "id": sentence.id,
                "source": sentence.source_id,
                "status": "proposed",
                "quote": sentence.quote,
                "score": round(candidate.score, 3),
                "why": candidate.reason(),
            }
            if previous is not None:
                row["new"] = True
            sections[name].append(row)
    return sections


class _NoAliasDumper(yaml.SafeDumper):
    """Writes a value shared by two entries (one audiences list for a passage and the pair
    it opens) out in full each time: an anchor and alias ("&id001", "*id001") means nothing
    to an editor, and `load_curation` refuses aliases."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def write_curation(path: Path, brief_stem: str, sections: dict[str, list[dict[str, Any]]]) -> None:
    body = yaml.dump(
        {"brief": brief_stem, "sections": sections},
        Dumper=_NoAliasDumper,
        allow_unicode=True,
        sort_keys=False,
        width=100,
        default_flow_style=False,
    )
    write_atomic(path, (HEADER.format(brief=brief_stem) + body).encode("utf-8"))
