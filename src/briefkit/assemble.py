"""(brief, audience, layout, chosen excerpts) -> Memo: numbering notes, ordering, citing."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from briefkit.abbreviations import glossary, short_forms_used
from briefkit.analysis.actors import (
    TITLES,
    body_named_before,
    countries_in,
    country_names,
    names_a_post,
)
from briefkit.analysis.findings import (
    NOT_DONE_YET,
    SINCE_YEAR,
    TOLD_IN_PAST,
    narrated_earlier,
    retold_day,
    told_only_in_the_past,
    weekday_date,
)
from briefkit.analysis.findings import WEEKDAY as WRITERS_WEEKDAY
from briefkit.analysis.guarded import guarded
from briefkit.analysis.proposals import (
    DECADE,
    NAMED_YEAR,
    SUMMARY,
    Candidate,
    months_older,
    names_only_earlier_months,
    names_only_earlier_years,
    tells_a_present_state,
    year_month,
)
from briefkit.analysis.section_fit import (
    PLANS_TO,
    day_of_month,
    horizon_ends,
    horizon_passed,
    relative_horizon,
    year_names_a_thing,
)
from briefkit.analysis.terms import STOPWORDS
from briefkit.analysis.units import ADVISED, case_heading, case_odds
from briefkit.citations import CitationStyle, csl_item, load_style
from briefkit.citations import source_label as citation_label
from briefkit.corpus import Corpus, Document, Sentence
from briefkit.dates import (
    CALENDAR_WORDS,
    FULL_MONTH_NAMES,
    WEEKDAY_NAMES,
    WRITERS_DAY,
    YEAR,
    YEARLESS_DAY,
    human_date,
    months_told,
    weekday_on_or_before,
    yearless_month,
)
from briefkit.layout import Layout, SectionLayout
from briefkit.lazy_regex import lazy_compile
from briefkit.memo import (
    Block,
    BulletList,
    Excerpt,
    Footnote,
    Inline,
    Memo,
    NoteRef,
    Paragraph,
    Properties,
    Section,
    SourceEntry,
    Table,
    Text,
    inline_runs,
    inline_text,
)
from briefkit.opinion import opinion_piece
from briefkit.spec import AudienceSpec, BriefSpec


@dataclass(frozen=True)
class SourceRange:
    """The publication dates the memo's sources span, for the reader's sense of time."""

    count: int
    first: str | None
    last: str | None
    undated: int

    @property
    def text(self) -> str:
        if self.first is None or self.last is None:
            return "undated"
        first, last = human_date(self.first), human_date(self.last)
        return first if first == last else f"{first} to {last}"

    @property
    def months(self) -> str:
        """The span to the month ("July 2023 to June 2025"): the intro's sense of time,
        in fewer of the budget's words than whole dates."""
        if self.first is None or self.last is None:
            return "undated"
        first, last = human_date(self.first[:7]), human_date(self.last[:7])
        return first if first == last else f"{first} to {last}"


def source_range(documents: list[Document]) -> SourceRange:
    dates = sorted(d.meta.date for d in documents if d.meta.date)
    return SourceRange(
        count=len(documents),
        first=dates[0] if dates else None,
        last=dates[-1] if dates else None,
        undated=sum(1 for d in documents if not d.meta.date),
    )


UNTITLED_WORDS = 8  # words of its opening that describe an untitled source


def fallback_title(document: Document) -> str:
    """What a citation calls a source without a title: its opening words, never its file
    name (a reader cannot look up "012.txt")."""
    opening = next((s.quote for s in document.sentences if s.quote.strip()), "")
    words = opening.split()
    if not words:
        return "Untitled"
    head = " ".join(words[:UNTITLED_WORDS]).rstrip(",;:")
    return f"Untitled, beginning “{head}{'…' if len(words) > UNTITLED_WORDS else ''}”"


def source_label(document: Document) -> str:
    """A few words naming a source in a table column."""
    return citation_label(document.meta, fallback_title(document))


def writer_label(document: Document) -> str:
    """Who speaks in a source's own voice, named in full: a surname alone ("Marsh:") tells a
    reader nothing where the notes are short. Two authors both, more the first "and
    others"; else its publisher; else its short title in quotation marks (bare, "**Who
    Will Buy.** Overseas investors hold…" had read as a heading of the memo's)."""
    # "Marcus Feld and Anika Rao, Meridian Health Strategy": the people, not their firm
    authors = [a.split(",")[0].strip() if len(a.split()) > 4 else a for a in document.meta.authors]
    if len(authors) == 1:
        return authors[0]
    if len(authors) == 2:
        return f"{authors[0]} and {authors[1]}"
    if authors:
        return f"{authors[0]} and others"
    if document.meta.publisher:
        return source_label(document)
    return f"“{source_label(document)}”"


# An interview: its sub-headings are the interviewer's questions ("How big is your PFAS
# problem?"), and the first person under them is the one answering, not the byline's
# writer ("**Leonard Greaves.** We're designing plants…" had given the utility chief's
# answer to the interviewer). The one answering is introduced first ("Marisol Vega has run
# the Alder Creek Water Authority…").
QUESTION_HEADINGS = 2
INTRODUCED = lazy_compile(
    r"\b([A-Z][a-z'’-]+(?: [A-Z]\.)? [A-Z][a-z'’-]+) (?:has|had|is|was|runs|ran|heads|headed|"
    r"leads|led|chairs|chaired|became|joined|founded|spent|took)\b"
)
INTRODUCTION_SENTENCES = 8


def interviewee(document: Document, sentence: Sentence) -> str | None:
    """Who answers in an interview's first person, for a passage under one of its
    questions: the person its opening introduces (else its title, in quotation marks);
    None for any other passage or source."""
    if not sentence.heading:
        return None
    questions = {s.heading for s in document.sentences if s.heading and s.heading.endswith("?")}
    if len(questions) < QUESTION_HEADINGS:
        return None
    writers = set(document.meta.authors)
    for opening in document.sentences[:INTRODUCTION_SENTENCES]:
        found = INTRODUCED.search(opening.text)
        if found and found[1] not in writers:
            return found[1]
    return f"“{source_label(document)}”"


Similarity = Callable[[str, str], float]  # how nearly two passages say one thing (0..1)


def _ordered(
    layout: SectionLayout,
    picks: list[Candidate],
    corpus: dict[str, Document],
    salience: dict[str, int],
    placed: dict[str, str] | None = None,
    similarity: Similarity | None = None,
) -> list[Candidate]:
    """Pinned passages first, in the curation file's order; the others in the section's
    own order (by date, newest first, by actor, by matter, or as chosen)."""
    pinned = sorted((c for c in picks if c.rank is not None), key=lambda c: c.rank or 0)
    rest = [c for c in picks if c.rank is None]
    return pinned + _layout_order(layout, rest, corpus, salience, placed, similarity)


GROUPED_SIMILARITY = 0.1  # a passage this like one already placed goes after it


# A name inside a passage (not its first word, which any sentence capitalises)
INNER_NAME = lazy_compile(r"(?<=\s)[A-Z][\w&'’-]*[A-Za-z0-9]")
# A name in at most this share of a section's passages tells their matter ("ASML", "BIS");
# one in more is the section's subject ("China" in a memo on export controls)
RARE_NAME_SHARE = 0.25


def by_matter(picks: list[Candidate], similarity: Similarity) -> list[Candidate]:
    """The passages as chosen, each moved up to follow the earlier-placed group it is most
    like: at `GROUPED_SIMILARITY` or more, or naming a name few of the section's passages
    name ("ASML", "the BIS rule"). A section of thirty drivers had read as a list in score
    order, the Fed's cuts, bank profits, the Fed's rates again. Groups keep the place of
    their best passage, and a passage like none stays where it was chosen."""
    names = [
        {
            re.sub(r"['’]s$", "", n)  # "ASML's", "ASML’s": ASML
            for n in INNER_NAME.findall(c.sentence.text)
            if n.lower() not in CALENDAR_WORDS
        }
        for c in picks
    ]
    named = Counter(n for found in names for n in found)
    rare = {n for n, k in named.items() if k <= max(2, RARE_NAME_SHARE * len(picks))}
    row = {id(c): k for k, c in enumerate(picks)}

    def alike(a: Candidate, b: Candidate) -> float:
        shared = names[row[id(a)]] & names[row[id(b)]] & rare
        return max(similarity(a.sentence.id, b.sentence.id), GROUPED_SIMILARITY * bool(shared))

    groups: list[list[Candidate]] = []
    for candidate in picks:
        best: list[Candidate] | None = None
        best_similarity = GROUPED_SIMILARITY
        for group in groups:
            closest = max(alike(candidate, c) for c in group)
            if closest >= best_similarity and (best is None or closest > best_similarity):
                best, best_similarity = group, closest
        if best is None:
            groups.append([candidate])
        else:
            best.append(candidate)
    return [c for group in groups for c in in_source_order(group)]


def in_source_order(group: list[Candidate]) -> list[Candidate]:
    """The passages in their places, but each source's in the order its article tells
    them: "A settlement that both sides described as close … never materialised" had stood
    before "The dispute between Mali and Barrick Gold … has become a test case", which
    introduces it (a cold read)."""
    places: dict[str, list[int]] = {}
    for place, candidate in enumerate(group):
        places.setdefault(candidate.sentence.source_id, []).append(place)
    ordered = list(group)
    for taken in places.values():
        told = sorted(
            (group[place] for place in taken),
            key=lambda c: (c.sentence.paragraph, c.sentence.index),
        )
        for place, candidate in zip(taken, told, strict=True):
            ordered[place] = candidate
    return ordered


def _layout_order(
    layout: SectionLayout,
    picks: list[Candidate],
    corpus: dict[str, Document],
    salience: dict[str, int],
    placed: dict[str, str] | None = None,
    similarity: Similarity | None = None,
) -> list[Candidate]:
    if layout.order == "grouped" and similarity is not None:
        return by_matter(picks, similarity)
    if layout.order == "chronological":

        def when(c: Candidate) -> tuple[str, str, int, int]:
            # "At the worst point in 2022, …" from a 2025 source: in 2022's place (after
            # "2024. …" it had read as of 2024)
            # and a timeline's entry at the date it is printed under
            document = corpus[c.sentence.source_id]
            # an undated source is read as of the events it tells (`placed`): its "Following
            # the Soviet invasion in 1979, …" in 1979's place, its other passages at the
            # year its events reach (the example's background had run 1992, 2016, the
            # 1990s, 1979, 1992, its undated sources' passages after the dated ones')
            as_of = (
                None
                if document.meta.date
                else (placed or {}).get(document.id) or _source_date(document) or None
            )
            # (a day told without its year is in its month's place, as its label gives it:
            # "July 2023. Japan's controls … took effect on July 23." had followed the
            # same October source's "October 17, 2023." row in a note's background)
            date = (
                _history_year(c, corpus)
                or (as_of and _history_year(c, corpus, as_of))
                or (c.sentence.told_date and document.date_of(c.sentence))
                or _month_of_a_day_told(c.sentence.text, document.date_of(c.sentence))
                or (_source_date(document) if document.meta.date else as_of)
            )
            return (date or "9999", c.sentence.source_id, c.sentence.paragraph, c.sentence.index)

        return sorted(picks, key=when)
    if layout.order == "newest":  # the latest view first: a newer source overtakes an older one
        # by the whole date (by the year alone, June, May and June of one year had mixed),
        # equal dates in the order chosen
        # an undated source after the dated ones, whatever year its text reaches ("events
        # to 2026" had led an outlook of 2025 sources), unless the events it tells place it
        placed = placed or {}

        def newest(c: Candidate) -> tuple[bool, str]:
            document = corpus[c.sentence.source_id]
            return (
                bool(document.meta.date) or document.id in placed,
                document.date_of(c.sentence) or placed.get(document.id) or _source_date(document),
            )

        # and, past the bottom line (which leads with its best judgement), a source's
        # passages of one date together, in its own order: a scenario's second passage had
        # followed the next scenario ("Scenario 2: …", "Scenario 3: …", "Scenario 2: …")
        if layout.id == SUMMARY:
            return sorted(picks, key=newest, reverse=True)
        first_chosen: dict[str, int] = {}
        for rank, c in enumerate(picks):
            first_chosen.setdefault(c.sentence.source_id, rank)
        grouped = sorted(
            picks,
            key=lambda c: (
                first_chosen[c.sentence.source_id],
                c.sentence.paragraph,
                c.sentence.index,
            ),
        )
        return sorted(grouped, key=newest, reverse=True)  # stable: equal dates keep it
    if layout.one_per_actor:
        return sorted(picks, key=lambda c: (-salience.get(c.actor or "", 0), c.actor or ""))
    return picks


def _source_date(document: Document) -> str:
    """The source's date as ISO text ("2025-06-18", "2025-06", "2025"; its hinted year
    where it has none), so dates compare as text; "" when nothing dates it."""
    if document.meta.date:
        return document.meta.date
    return str(document.year) if document.year else ""


class _Notes:
    """Numbers notes in reading order; their text comes from the citation style at the end,
    which knows a source's first citation from the later ones."""

    def __init__(self, corpus: dict[str, Document], links: bool = True, short: bool = False):
        self.corpus = corpus
        self.links = links  # a one-page note leaves URLs to the bibliography files
        self.short = short  # every note in its short form (`Layout.short_notes`)
        self.order: list[str] = []  # the source of each note, by number - 1

    @property
    def cited(self) -> list[str]:
        return list(dict.fromkeys(self.order))

    def cite(self, source_id: str) -> NoteRef:
        self.order.append(source_id)
        return NoteRef(len(self.order))

    def items(self, links: bool) -> dict[str, dict[str, Any]]:
        found = {}
        for source_id in self.cited:
            document = self.corpus[source_id]
            item = csl_item(source_id, document.meta, fallback_title(document), for_notes=True)
            if not links:
                item.pop("URL", None)
            found[source_id] = item
        return found

    def footnotes(self, style: CitationStyle) -> tuple[Footnote, ...]:
        rendered = style.notes(self.items(self.links), self.order, short=self.short)
        found, seen = [], set()
        for number, (source_id, note) in enumerate(zip(self.order, rendered, strict=True), 1):
            text = note.text
            if self.short and source_id not in seen:
                text = dated_note(text, self.corpus[source_id].meta.date)
            seen.add(source_id)
            found.append(Footnote(number, source_id, text, note.url))
        return tuple(found)

    def bibliography(self, style: CitationStyle) -> tuple[SourceEntry, ...]:
        return tuple(
            SourceEntry(source_id, entry.text, entry.url)
            for source_id, entry in style.bibliography(self.items(links=True))
        )


def dated_note(text: str, date: str | None) -> str:
    """A short note with its source's month ("Raman, “UN Security Council Approves,”
    October 2025."), unless the style's short form gives the year already ("Lee, 2021.")."""
    if not date or date[:4] in text:
        return text
    when = human_date(date[:7])
    # (a title opening on a quotation closes two marks: "…, “‘Our Customers Are Paying,’”
    # July 2025.", not "…Paying.’”, July 2025.", a cold read of `pfas`)
    for end, mended in ((".’”", ",’”"), (".”", ",”"), (".’", ",’"), (".", ",")):
        if text.endswith(end):
            return f"{text[: -len(end)]}{mended} {when}."
    return f"{text}, {when}."


# The writer's own voice, outside any quotation: "Our central case is…", "Few Haitians I
# know believe…". Quoted bare, it reads as the memo's (the ministry's) own view.
WRITERS_VOICE = lazy_compile(r"\b(?:I|[Ww]e|[Oo]ur|[Oo]urs|us|[Mm]y)\b")
QUOTED_SPAN = lazy_compile(r"“[^”]*”|\"[^\"]*\"")


# A firm's house view in the first person plural: "We expect the dispute to remain
# frozen…", "Our base case is…". Two cold reads found it under the analyst's name, where
# "we" is the firm ("**Sophie Achterberg.** We expect…"); an op-ed's "we must…" stays
# its writer's.
HOUSE_VIEW = lazy_compile(
    r"\b(?:[Ww]e (?:now |still |also )?(?:expect|think|see|judge|estimate|assess|believe|"
    r"forecast|put|doubt|assume|project|attribute|rate|regard|consider)|"
    # ("…, which we attribute partly to freight economics": one source's "we" had led one
    # bullet with its firm and the next with its analyst, in a cold read)
    r"[Oo]ur (?:base case|baseline|central|judge?ment|"
    r"reading|view|assessment|expectation|forecast|estimate|scenario))\b"
)
# "Desk note: The modest revenue target reflects political caution…": the publisher's
# note on what it summarises (a cold read of `kenya` took it for the memo's own voice)
NOTE_OF_THE_HOUSE = lazy_compile(
    r"^\W*(?:[Dd]esk|[Ee]ditor['’]?s|[Ee]ditorial|[Aa]nalyst['’]?s?|[Rr]esearch|[Hh]ouse|"
    r"[Ss]taff|[Pp]ublisher['’]?s) (?:[Nn]ote|[Vv]iew|[Cc]omment|[Tt]ake):"
)


def house_view(text: str, document: Document) -> str | None:
    """The publisher whose house view a passage gives ("Our base case is…": Black Sea
    Risk Advisory, not its analyst), where the source names one; else None."""
    unquoted = QUOTED_SPAN.sub(" ", text)
    if not document.meta.publisher or not (
        HOUSE_VIEW.search(unquoted) or NOTE_OF_THE_HOUSE.match(unquoted)
    ):
        return None
    return document.meta.publisher


def speaks_as_writer(text: str) -> bool:
    """Does the passage speak in its writer's first person, outside quotation marks, or
    give the writer's advice ("African states should adopt domestic top-up taxes now…",
    which quoted bare reads as the memo's own recommendation)?"""
    unquoted = QUOTED_SPAN.sub(" ", text)
    if WRITERS_VOICE.search(unquoted) or NOTE_OF_THE_HOUSE.match(unquoted):
        return True
    advice = ADVISED.match(unquoted)  # someone's advice, reported, is theirs
    return bool(advice) and not REPORTED.search(unquoted, 0, advice.end())


# "The IMF said Nigeria should…": advice someone gave, not the writer's
REPORTED = lazy_compile(
    r"\b(?:said|says|say|argued|argues|urged|urges|recommended|recommends|told|tells|"
    r"believes?|thinks?|warned|warns|insisted|insists|wrote|writes|according)\b"
)


# '…," Feld said.', "Regnier said…": a speaker by surname alone, named in full earlier in
# the article the excerpt does not show
SURNAME_SAYS = lazy_compile(
    r"(?:^|[,”\"]\s+)(?P<before>[A-Z][\w'’-]+) (?:said|says|added|adds|told|warned|argued|"
    r"noted|wrote)\b|"
    # "…, said Adhikari." (a cold read: who is Adhikari?)
    r"[,”\"]\s+(?:said|says|added|adds|warned|noted|wrote) (?P<after>[A-Z][\w'’-]+)"
    r"(?=[.,;]|\s+(?:in|on|at|during|after|before|last|this|when)\b)"
)
NAME_WORD = r"[A-Z][\w'’-]+"


def speaker_in_full(text: str, document: Document) -> str | None:
    """The full name of a speaker the passage names by surname alone, as its article first
    names them ("Marcus Feld" for '…," Feld said.'), or of a person it opens on
    (`subject_in_full`); None where the passage names them in full, or the article never
    does."""
    found = SURNAME_SAYS.search(text)
    if found is None:
        return subject_in_full(text, document)
    surname = found["before"] or found["after"]
    if surname.casefold() in CALENDAR_WORDS:
        return None  # "…, said Tuesday"
    if re.search(rf"\b{NAME_WORD} {re.escape(surname)}\b", text):
        return None  # named in full here ("Marcus Feld said…")
    for match in re.finditer(rf"\b({NAME_WORD}) {re.escape(surname)}\b", document.text):
        given = match[1]
        if TITLES.match(given + " ") or given in NOT_A_GIVEN_NAME:
            continue  # "Dr Feld", "The Feld…"
        if match.start() and document.text[match.start() - 1] in "\"“'‘":
            continue  # a slogan in quotation marks: demonstrators' "Keep TikTok" signs had
            # made "TikTok said it would take the case…" Keep TikTok's words
        return f"{given} {surname}"
    return subject_in_full(text, document)


# "Cerruti will lead the North American business from Montreal.": a person the article
# named in full further up, the subject here by surname alone (a cold read: who is he?)
OPENING_SURNAME = lazy_compile(r"^[\"“]?(?P<surname>[A-Z][a-z][\w'’-]+) (?=[a-z])")
GIVEN_NAME = lazy_compile(r"[A-Z][a-z]+")
INSIDE_A_LONGER_NAME = lazy_compile(r"\s+[A-Z]")


def _a_persons_name(full: str, at: int, document: Document) -> bool:
    """Is `full`, found at `at` in the article, a person's name: a post or title in the
    words before it, or a role in its apposition ("Elena Markovic, an industrials analyst
    at…")? Organisations are named by two capitalised words as well ("Clean Thames")."""
    before = document.text[max(0, at - 60) : at].split()[-4:]
    role = with_role(full, document)[len(full) :]
    return bool(
        names_a_post(" ".join(before))
        or (before and TITLES.match(before[-1] + " "))
        or names_a_post(role)
        or ROLE_WORD.search(role)
    )


def subject_in_full(text: str, document: Document) -> str | None:
    """The full name of a person the passage opens on by surname alone, as its article
    names them with a post or role, or None. The surname and the given name are words the
    article never writes in lower case, nor names of states or of the calendar."""
    found = OPENING_SURNAME.match(text)
    if found is None:
        return None
    surname = found["surname"]
    if _common_word(surname, document) or re.search(rf"{NAME_WORD} {re.escape(surname)}\b", text):
        return None
    for match in re.finditer(rf"\b({NAME_WORD}) {re.escape(surname)}\b", document.text):
        given = match[1]
        if not GIVEN_NAME.fullmatch(given) or given in NOT_A_GIVEN_NAME:
            continue
        if TITLES.match(given + " ") or _common_word(given, document):
            continue
        if INSIDE_A_LONGER_NAME.match(document.text, match.end()):
            continue  # "the Central Arizona Project", not a person "Central Arizona"
        full = f"{given} {surname}"
        if _a_persons_name(full, match.start(), document):
            return full
    return None


def _common_word(word: str, document: Document) -> bool:
    """A word of the calendar, a state's name, a stop word, or one the article also
    writes in lower case ("Airlines" of "Southwest Airlines")?"""
    folded = word.casefold()
    return (
        folded in CALENDAR_WORDS
        or folded in STOPWORDS
        or folded in country_names()
        or word in NOT_A_GIVEN_NAME
        or re.search(rf"\b{re.escape(folded)}\b", document.text) is not None
    )


ROLE_WORDS = 10  # an appositive longer than this is a clause, not who someone is
# The roles a title before a name gives ("Commission spokesperson Thomas Regnier")
ROLE_NOUNS = (
    r"spokesperson|spokesman|spokeswoman|negotiator|envoy|ambassador|commissioner|economist|"
    r"analyst|strategist|director|secretary|minister|governor|chairman|chairwoman|chair|lawyer|"
    r"attorney|founder|co-founder|president|executive|adviser|advisor|fellow|professor|"
    r"researcher"
)
# (its words on one line: "Advertisement" above "Commission spokesperson Thomas Regnier" is
# a page's debris, and had made him the "Advertisement Commission spokesperson")
TITLE_BEFORE_NAME = (
    r"(?<![\w-])(?P<role>(?:[A-Z][\w'’&-]+[^\S\n]+){0,2}"
    # (a word describing the role, "chief economist", not "according to economist…")
    r"(?:(?!(?:to|the|an?|and|or|by|of|with|from|for|as|at|in|on|said|says|told)\s)"
    r"[a-z]+[^\S\n]+)?"
    rf"(?:{ROLE_NOUNS}))"
)
# what shows a full name is a person's (`_a_persons_name`): a post or such a role before it
# or in its apposition, or one of a few more a title seldom gives
ROLE_WORD = lazy_compile(
    rf"\b(?:{ROLE_NOUNS}|mayor|senator|professor|researcher|official|member|judge|general)\b"
)
FINITE_VERB = lazy_compile(r"\b(?:is|was|are|were|has|have|had|will|would)\b")
ROLE_LEANS_BACK = lazy_compile(
    r"\b(?:the|its|their) (?:company|firm|agency|group|organi[sz]ation|ministry|department|bank|"
    r"fund|board|union|body|institute|council)\b"
)


def writer_with_role(document: Document, label: str | None = None) -> str:
    """The writer of a source (`writer_label`), with the role the article gives them,
    in an appositive (`with_role`) or in the line about them at its foot ("Gerard Barron
    is chairman and chief executive of The Metals Company, which…"): a reader weighs an
    op-ed by who wrote it."""
    writer = writer_label(document)
    if len(document.meta.authors) != 1 or writer != document.meta.authors[0]:
        return writer
    placed = with_role(writer, document, label)
    if placed != writer:
        return placed
    found = WRITER_IS.search(document.text.replace(writer, "\x00"))
    if found is None:
        return writer
    role = found["role"]
    if len(role.split()) > ROLE_WORDS or FINITE_VERB.search(role) or ROLE_LEANS_BACK.search(role):
        return writer
    if label and any(word in label for word in re.findall(r"\b[A-Z][\w&'’-]+", role)):
        return writer
    return f"{writer}, {role}"


# "\x00 is chairman and chief executive of The Metals Company, which…", the writer's name
# stood for by \x00: the line about them at an op-ed's foot
WRITER_IS = lazy_compile(
    r"\x00 is (?:an? |the )?(?P<role>[a-z][^\x00.;:()“”\"\n]{2,100}?)(?=[.,;]|\s+(?:who|which)\b)"
)


def with_role(name: str, document: Document, label: str | None = None) -> str:
    """The name with the role its article gives where it first names them in full
    ("Ruth Aldana, an LNG shipping analyst at Meridian Energy Advisers"): a cold read
    asked who "**Ruth Aldana.**" was. Bare where the article gives none in a short
    appositive, where the `label` names its organisation already, or where the role
    points back ("a deputy director at the company")."""
    found = re.search(
        rf"\b{re.escape(name)}, ((?:an?|the) [^,.;:()“”\"]{{3,120}}?)(?=[,.;])", document.text
    )
    if found is None:
        # "Commission spokesperson Thomas Regnier said…": the title before the name (a cold
        # read asked who "Thomas Regnier" was)
        titled = re.search(rf"{TITLE_BEFORE_NAME}[^\S\n]+{re.escape(name)}\b", document.text)
        if titled is None or (label and any(w in label for w in titled["role"].split()[:1])):
            return name
        return f"{name}, {titled['role']}"
    if len(found[1].split()) > ROLE_WORDS or FINITE_VERB.search(found[1]):
        return name  # "For Kelly Ortberg, the strike was an abrupt introduction…": a clause
    role = found[1]
    if label and any(word in label for word in re.findall(r"\b[A-Z][\w&'’-]+", role)):
        return name
    if ROLE_LEANS_BACK.search(role):
        return name  # "a deputy director at the company": which company?
    return f"{name}, {role}"


# "The Bank cut its 2025 growth forecast for Kenya…": a body named by its kind alone, which
# a reader of the excerpt cannot tell (a cold reader took the World Bank for the Central Bank)
BODY_BY_KIND = lazy_compile(r"^[\"“]?The (Bank|Fund|Court|Council|Board)(?:['’]s)?\s+[a-z]")


def _names_its_kind(text: str, given: str) -> bool:
    """Does `given` (a label, a row's actor) name a body of the kind the passage opens
    with alone ("World Bank" for "The Bank urged…")?"""
    found = BODY_BY_KIND.match(text)
    return found is not None and re.search(rf"\b{found[1]}\b", given) is not None


def body_in_full(text: str, document: Document) -> str | None:
    """The body of the kind a passage opens with alone ("The Bank…"), as its article last
    names one before it ("World Bank"), or None where the passage names it, or the article
    names none before."""
    found = BODY_BY_KIND.match(text)
    if found is None:
        return None
    at = document.text.find(text)
    if at < 0:
        return None
    body = body_named_before(found[1], document.text, at)
    return None if body is None or body in text else body


# "The government argues that Europe needs a secure supply…" (Norway's, under a heading
# "Why is Norway doing this"; quoted after passages on the US, a cold reader took it for
# Washington's): a state's government named by its kind alone
GOVERNMENT_BY_KIND = lazy_compile(
    r"^[\"“]?The (?:government|cabinet|foreign ministry|ministry)\b(?!['’]s? | (?:of|in)\b)"
)
DOMINANT_STATE = 2  # an article names its own state at least this many times as often as any other


def government_in_full(text: str, document: Document) -> str | None:
    """The state whose government a passage opens on by its kind alone ("The government
    argues…"): the one its article names most, at least DOMINANT_STATE times as often as
    any other; None where the passage names a state, or the article has no one state."""
    if not GOVERNMENT_BY_KIND.match(text) or countries_in(text):
        return None
    counts = Counter(name for _, name in countries_in(document.text)).most_common(2)
    if not counts or (len(counts) > 1 and counts[1][1] * DOMINANT_STATE > counts[0][1]):
        return None
    return counts[0][0]


NOT_A_GIVEN_NAME = frozenset(
    {
        "The",
        "A",
        "An",
        "And",
        "But",
        "Or",
        "If",
        "When",
        "As",
        "In",
        "On",
        "At",
        "For",
        "By",
        "With",
        "From",
        "Of",
        "To",
        "Said",
        "Says",
        # a list item's opening word: "- Whether Moderna finds a new partner…" under "What
        # to watch" had headed a row "Whether Moderna" (a cold read: a junk label)
        "Whether",
        "What",
        "Which",
        "Who",
        "How",
        "Why",
        "Where",
        "While",
        "After",
        "Before",
        "Since",
        "Until",
        "Although",
        "Because",
        "Unlike",
        "Under",
        "Without",
        "This",
        "That",
        "These",
        "Those",
        "Its",
        "Their",
        "Both",
        "Neither",
        "Either",
        "Even",
        "Only",
        "Not",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Prof",
        "Sir",
        "Dame",
        "Lord",
        "Lady",
    }
)


def _excerpt_inlines(
    candidate: Candidate,
    notes: _Notes,
    label: str | None,
    named: str | None = None,
    alone: bool = False,
) -> tuple[Inline, ...]:
    """An excerpt with its lead-ins: its `label`, and who speaks where the passage does not
    say in full (unless `named`, a table's actor cell, says it already). An excerpt read
    `alone` (a bullet) of an opinion piece is led by its writer, with their role."""
    sentence = candidate.sentence
    inlines: list[Inline] = []
    document = notes.corpus[sentence.source_id]
    # Who speaks goes in the bold lead-in ("**Helena Marsh.** Our assessment is that…",
    # "**Kenya — Kamau Thugge.** Thugge said…"): "Kenya. Kamau Thugge: Thugge said…" had
    # read to a cold reader as garbled.
    if speaks_as_writer(sentence.text):
        speaker = (
            interviewee(document, sentence)
            or house_view(sentence.text, document)
            or writer_label(document)
        )
        label = _told_by(label, speaker, candidate.actor)
    elif (
        (speaker := speaker_in_full(sentence.text, document))
        and not any(speaker in given for given in (label or "", named or ""))
        and not _writer_then_speaker(sentence.text)
    ):  # not when the label names them already: "Christian Lindner (2024)"
        label = _with_speaker(label, with_role(speaker, document, label))
    elif (body := body_in_full(sentence.text, document)) and not any(
        body in given or _names_its_kind(sentence.text, given)
        for given in (label or "", named or "")
    ):  # a row of the "World Bank" says who "The Bank" is: a second name had contradicted it
        label = _with_speaker(label, body)
    elif (state := government_in_full(sentence.text, document)) and not any(
        state in given for given in (label or "", named or "")
    ):
        label = _with_speaker(label, state)
    elif alone and named is None and opinion_piece(document):
        # an op-ed's sentence is its writer's case, whatever its voice: "It found that
        # animals have begun to recolonise the disturbed seabed…", a company chief's
        # reading of a study, had led a minister's note as fact (a cold read). (Labelled
        # in the bullets alone: a writer's name on every run-in excerpt of an op-ed cost
        # the read corpora's notes 0.6 points of recall and the analyst memos 0.7.)
        label = _told_by(label, writer_with_role(document, label), candidate.actor)
    if label:
        inlines.append(Text(f"{label}.", bold=True))
    where = f"{document.path}, paragraph {sentence.paragraph}, sentence {sentence.index}"
    inlines.append(
        Excerpt(
            sentence.quote,
            sentence.id,
            sentence.source_id,
            f"{where} ({sentence.id})",
            score=candidate.score,
            reason=candidate.reason(),
        )
    )
    inlines.append(notes.cite(sentence.source_id))
    return tuple(inlines)


# the end of a sentence of the writer's, before the speaker's ('…unbuilt. "Most of…',
# "…on Monday. Feld said…")
SENTENCE_THEN_QUOTE = lazy_compile(r"[.!?]\s+(?=[\"“A-Z])")


def _writer_then_speaker(text: str) -> bool:
    """Is the excerpt a sentence of the writer's and then a quotation whose speaker it
    names by surname ('Climate change did not put houses in the Poyo floodplain… "Most of
    the deaths happened because of exposure and vulnerability," said Soler.')? A lead-in
    naming the speaker ("— Clara Soler.") would give her the writer's sentence too (a cold
    read of `valencia`)."""
    found = SURNAME_SAYS.search(text)
    return (
        found is not None
        and text[:1] not in '"“'
        and SENTENCE_THEN_QUOTE.search(text, 0, found.start()) is not None
    )


def _speaker_led(candidate: Candidate, corpus: dict[str, Document]) -> bool:
    """Does the excerpt get a lead-in naming who speaks (`_excerpt_inlines`)?"""
    text, document = candidate.sentence.text, corpus[candidate.sentence.source_id]
    return bool(
        speaks_as_writer(text)
        or (speaker_in_full(text, document) and not _writer_then_speaker(text))
        or body_in_full(text, document)
        or government_in_full(text, document)
    )


def _with_speaker(label: str | None, speaker: str) -> str:
    return f"{label} — {speaker}" if label else speaker


def _told_by(label: str | None, speaker: str, actor: str | None) -> str:
    """The lead-in of a passage `speaker` tells: a position row of another party says who
    tells it ("Semiconductor Industry Association (2024), as told by Margaret Ellison",
    from an op-ed against the industry's view; "Environmental Protection Agency (July
    2025), as told by Marisol Vega. The EPA has said it won't pursue 'passive receivers'
    like us…": with a dash, two cold readers took the party's view for the teller's or the
    teller's for the party's); the speaker's own view keeps the dash."""
    if actor and label and actor not in speaker:
        return f"{label}, as told by {speaker}"
    return _with_speaker(label, speaker)


def _newest_date(corpus: dict[str, Document]) -> str | None:
    return max((d.meta.date for d in corpus.values() if d.meta.date), default=None)


# A view dated by its source that looks to dates all before the memo's own ("Scenario B: …
# enters into force by 31 March 2026" in a memo of December 2026) says so in its label: a
# minister reading the bullet alone had taken it for a live forecast.
PAST_HORIZON = ", looking to a date now past"
# A view that looks ahead only to the memo's own year, read in its last month ("…the
# first auction, expected in 2026" in a memo of December 2026): its date is not past, but
# what it expected should have happened by now (three cold reads took such bullets, in the
# bottom line unmarked, for stale forecasts)
YEAR_ENDING = ", looking to a year now ending"
LAST_MONTH = 12
# What a view says of the time after it was written (not "could", which also tells the past:
# "…showed that competitive AI models could be built")
# (tried on every bottom-line and outlook candidate of every audience: guarded)
LOOKS_AHEAD = guarded(
    (
        *("will", "won't", "shall", "expect", "forecast", "likely to", "set to", "going to"),
        *("set for", "scheduled for", "slated for", "planned for"),
        *("due to", "plan", "aim", "intend", "outlook", "base case", "central case"),
        *("scenario", "would"),
        *("projected", "projection", "likely", "coming", "next"),
        *("probability", "chance", "odds", "within"),
    ),
    # "Staff projected growth of about 3 percent in 2025" (in a memo of 2026, unmarked)
    r"\b(?:will|won't|shall|expects?|expected to|forecasts?|likely to|set to|going to|"
    # "…believe that more attacks are likely in the coming months" (of January 2025, in a
    # memo of December 2026, unmarked: a cold read took it for a live forecast)
    r"(?:is|are|remains?) (?:un)?likely|(?:in|over|within) the (?:coming|next)|"
    r"projected|projections?|"
    # "closing is set for 22 January 2026" (in a memo of December 2026, unmarked)
    r"(?:is|are) (?:set|scheduled|slated|planned) for|"
    # "is due to meet", not "fell due to weak demand"
    rf"(?:is|are|was|were|be) due to|{PLANS_TO}|aims? to|outlook|(?:base|central) case|scenario|"
    # "TMC has said it intends to submit an application … after the Council's July 2023
    # meeting" (of 2022: a cold read found it a driver of a memo whose sources run to 2025)
    r"intends? to|"
    # a future reported: "The Commission said it would present later in 2025 a review…"
    # (in a memo of 2026, unmarked, it had read as a plan still ahead); not "would have"
    r"(?:said|says|announced|confirmed|promised|pledged|stated|indicated)(?: that)?"
    r" [^,.;]{0,40}?\bwould(?! have\b)|"
    # odds given to what is to come: "We now see a 55% probability that the Bank of Japan
    # raises its policy rate … at its 18-19 December meeting" (of December 2025, it had led
    # a memo of December 2026: a cold read)
    r"(?:probability|chance|odds) (?:that|of)\b|"
    # a window still open on the writer's day: "Austria may bring an appeal … within two
    # months and ten days" (of September 2025, it had led a note of December 2026)
    r"(?:may|can|must|has to|have to)\b[^.;]{0,80}?\bwithin (?:[\w-]+ ){1,3}?"
    r"(?:days|weeks|months)\b)\b",
    re.IGNORECASE,
)


def _horizon_passed(dated: str, text: str, today: tuple[int, int], ahead: bool) -> bool:
    """Does a view of `dated` look ahead only to dates before `today` (`ahead`: it looks
    ahead whatever its words, as a scenario's case does)?"""
    written = year_month(dated)
    looks_ahead = (
        ahead or LOOKS_AHEAD.search(text) is not None or _names_a_later_date(text, written)
    )
    return looks_ahead and horizon_passed(text, today, written, day_of_month(dated))


def _names_a_later_date(text: str, written: tuple[int, int] | None) -> bool:
    """Does the passage name a date after the month it was written ("A transitional phase
    begins on 1 October 2023" in 2022: a schedule, which a cold read found labelled "As of
    2022" alone, three years after the date)?"""
    if written is None:
        return False
    ends = horizon_ends(text, None, acts_too=False)
    if not TOLD_IN_PAST.search(text):
        # "On January 1 the European Union's Carbon Border Adjustment Mechanism moves from
        # reporting to paying." (December 2025): a day told without its year, in a passage
        # with no past tense, is the next one (a cold read found it unmarked a year on)
        ends += horizon_ends(text, written, acts_too=False)
    # (a year alone stands as its December: only a later year is later; "early 2025" in
    # September 2025 is no date ahead)
    return any(
        year > written[0] or (year == written[0] and written[1] < month < LAST_MONTH)
        for year, month in ends
    )


def _as_of(dated: str, text: str, today: tuple[int, int] | None, ahead: bool = False) -> str:
    """ "as of <month>", and PAST_HORIZON when the view looks only to dates before `today`."""
    label = human_date(dated[:7])
    if today and _horizon_passed(dated, text, today, ahead):
        return f"{label}{PAST_HORIZON}"
    if today and today[1] == LAST_MONTH and _horizon_ending(dated, text, today, ahead):
        return f"{label}{YEAR_ENDING}"
    return label


TITLE_YEAR = lazy_compile(r"\b(?:19|20)\d\d\b")


def _title_horizon(document: Document, dated: str) -> str:
    """The year a source's scenarios look to, where its title names one year after its
    writing ("Rice 2026: three scenarios…", of December 2025), as words its cases' horizon
    tests read (" in 2026"; a later date a case names still ends its horizon). A case
    naming no date had been labelled as a live view a year on, beside its sibling
    labelled "looking to a year now ending" (a cold read)."""
    written = year_month(dated)
    years = set(TITLE_YEAR.findall(document.meta.title or ""))
    if written is None or len(years) != 1:
        return ""
    (year,) = years
    return f" in {year}" if int(year) > written[0] else ""


def _horizon_ending(dated: str, text: str, today: tuple[int, int], ahead: bool) -> bool:
    """Does a view of `dated` look ahead only to the year of `today`, from an earlier year?"""
    written = year_month(dated)
    if written is None:
        return False
    # as `_horizon_passed` reads a view: "…recover to about half of pre-crisis levels by
    # the end of 2026", of December 2025, names a later date and looks to it, and had led
    # a note of December 2026 unmarked (a cold read)
    if not (ahead or LOOKS_AHEAD.search(text) or _names_a_later_date(text, written)):
        return False
    # its furthest date: "Our central case is that 2026 will look like 2025" names its
    # own year as the measure, and looks to 2026 (a cold read found it a stale lead bullet)
    ends = horizon_ends(text, written)
    return bool(ends) and written[0] < today[0] and max(ends)[0] == today[0]


def looks_to_a_past_date(
    candidate: Candidate, corpus: dict[str, Document], today: tuple[int, int]
) -> bool:
    """Does the passage look ahead only to dates before `today`, as its label says
    (PAST_HORIZON)?"""
    sentence = candidate.sentence
    ahead = case_heading(sentence) is not None
    if not ahead and LOOKS_AHEAD.search(sentence.text) is None:
        return False  # the cheap test first: most passages do not look ahead
    dated = corpus[sentence.source_id].date_of(sentence)
    return bool(dated) and _horizon_passed(dated, sentence.text, today, True)  # it looks ahead


def _label(
    layout: SectionLayout,
    candidate: Candidate,
    corpus: dict[str, Document],
    newest: str | None = None,
    today: tuple[int, int] | None = None,
) -> str | None:
    """The bold lead-in of an excerpt: its actor, or the date of the view it gives
    (`newest`, the newest source's date, found once per section by the caller; `today`,
    the memo's year and month, marks a view whose horizon has passed)."""
    if layout.one_per_actor:
        return _actor_as_of(candidate, corpus, newest or _newest_date(corpus), today)
    case = case_heading(candidate.sentence)
    if case:
        # "A utility orders two AP1000 units…" is one case of a source's scenarios: its
        # name and odds go before it, or it reads as the forecast
        document = corpus[candidate.sentence.source_id]
        dated = document.date_of(candidate.sentence)
        text = candidate.sentence.text + (_title_horizon(document, dated) if dated else "")
        when = f", as of {_as_of(dated, text, today, True)}" if dated else ""
        named = case if case.lower().startswith("scenario") else f"Scenario “{case}”"
        return f"{named}{when}"  # "Scenario 3: Federal imposition (25%)" names itself
    if OWN_AS_OF.match(candidate.sentence.text) or _opens_on_its_day(candidate.sentence.text):
        # "As of mid-July 2025, USDA has confirmed…" dates itself; so does "On 24 April
        # 2025 the President … signed…", which "As of May 2025." had stood over (its
        # source's month, read as a wrong date in a cold read)
        return None
    if layout.date_labels:
        document = corpus[candidate.sentence.source_id]
        dated = document.date_of(candidate.sentence)
        text = candidate.sentence.text
        if (
            EVENT_MONTH_TOLD.search(text)
            and names_only_earlier_months(text, dated)
            and told_only_in_the_past(text)
        ):
            # "A UN Panel of Experts report in January 2024 found that…" from a November
            # 2024 source dates what it tells; "As of November 2024." over it was read as
            # the report's date (a cold read)
            return None
        day = _day_told(candidate, document, dated) if dated else None
        if day:  # "…cut its main lending rate … on Tuesday": which Tuesday
            return day
        if dated:  # to the month: the note gives the day, the label a word less
            return f"As of {_as_of(dated, candidate.sentence.text, today)}"
        return _undated_label(document)
    told = candidate.sentence.told_date
    if (
        told
        and len(told) >= 7
        and told == corpus[candidate.sentence.source_id].date_of(candidate.sentence)
    ):
        # a timeline's entry is told in the present of its date ("The BOJ raises rates
        # to 0.5%, the highest since 2008"): its month, however recent
        return human_date(told[:7])
    published = corpus[candidate.sentence.source_id].meta.date
    day_of = _month_of_a_day_told(
        candidate.sentence.text, corpus[candidate.sentence.source_id].date_of(candidate.sentence)
    )
    if day_of:
        # "On 21 March, soldiers … raised the flag …, the seat of power the RSF had held
        # since … April 2023": the day's month and year (an earlier year told of another
        # event had left "21 March" without its year)
        return human_date(day_of)
    if (
        (
            names_only_earlier_years(candidate.sentence.text, published)
            or names_only_earlier_months(candidate.sentence.text, published)
        )
        and not WRITERS_DAY.search(candidate.sentence.text)
        and not HELD_SINCE.search(candidate.sentence.text)
        and not (
            MONTH_WITHOUT_YEAR.search(candidate.sentence.text)
            and _years_name_things(candidate.sentence.text)
        )
    ):
        # "In 2009, Microsoft undertook…" dates itself: "2024." before it would read as
        # the year of the undertaking; so does "On 20 January 2025, President Donald Trump
        # signed…" in a June 2025 article ("June 2025." had stood before it). A passage
        # telling time from its writer's day does not: "UnitedHealth Group said this month
        # that the 2024 attack … affected 192.7 million people" (a cold read: which month?)
        return None
    label = _older_view(candidate, corpus, newest or _newest_date(corpus), as_of=True)
    dated = corpus[candidate.sentence.source_id].date_of(candidate.sentence)
    if (
        label is None
        and today
        and dated
        and len(dated) >= 7
        and int(dated[:4]) < today[0]
        and MONTH_WITHOUT_YEAR.search(candidate.sentence.text)
    ):
        # "…the US Supreme Court upheld in January…", from a source of November 2025, in a
        # note of December 2026: a cold reader took it for January 2026; its source's
        # month places the month
        label = f"As of {human_date(dated[:7])}"
    if today and dated and len(dated) >= 7 and (label or layout.id in LOOKS_AHEAD_SECTIONS):
        # the view's horizon, as the note's labels give it: an analyst's outlook had read
        # "November 2025. … Lake Powell could drop toward 3,525 feet next year, …" where
        # the minister's read "…, looking to a year now ending" (a cold read); in a
        # section read for what comes next, a recent view too, given its month: "The
        # Ministry of Finance … will need to do so again in its fiscal 2026 plan", of
        # December 2025, had stood unlabelled in a note of December 2026 (a cold reader
        # took such a view for a live forecast)
        text = candidate.sentence.text
        given = label or f"As of {human_date(dated[:7])}"
        if _horizon_passed(dated, text, today, False):
            return f"{given}{PAST_HORIZON}"
        if today[1] == LAST_MONTH and _horizon_ending(dated, text, today, False):
            return f"{given}{YEAR_ENDING}"
    return label


# "Haiti has not held an election since 2016.": a state that holds on the writer's day,
# however old the year it runs from (a cold read found it unlabelled in a memo written
# two years after its source, read as true today)
HELD_SINCE = lazy_compile(
    r"\b(?:has|have)(?:\s+(?:not|never|yet|also|only|still))*(?:\s+been)?\s+[^.;]{0,60}?"
    r"\bsince\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b"
)


def _years_name_things(text: str) -> bool:
    """Does every year the passage names name a thing of its year ("The 2024 law that …
    the US Supreme Court upheld in January…": the law's year, not the ruling's)? Such a
    passage does not date what it tells (a cold reader took that January for 2026)."""
    years = list(YEAR.finditer(text))
    return bool(years) and all(year_names_a_thing(text, year) for year in years)


# "upheld in January", "since March", "by late June": a month told without its year
MONTH_WITHOUT_YEAR = lazy_compile(
    rf"\b(?:in|since|by|until|from|last|this|early|mid|late)[ -]+(?:(?:early|mid|late)[ -]+)?"
    rf"(?:{FULL_MONTH_NAMES})\b(?!,?\s+(?:\d{{1,2}},?\s+)?(?:19|20)\d\d)(?!\s+\d)"
)
OLDER_VIEW_MONTHS = 6  # a source this much older than the newest has its excerpts dated
# Sections read for what comes next, where a recent view whose horizon has come is labelled
# too (elsewhere the words went to labels that cost the analyst memo 0.3 to 0.4 points)
LOOKS_AHEAD_SECTIONS = frozenset({"outlook", SUMMARY})


# "Since 28 April, REE has been running the system in 'reinforced operation'…": a state
# that began on the day and holds at the source's date, which dates the view
SINCE_THE_DAY = lazy_compile(
    rf"\b[Ss]ince (?:\d{{1,2}} (?:{FULL_MONTH_NAMES})|(?:{FULL_MONTH_NAMES}) \d{{1,2}})\b"
)
SAID_THAT_BEFORE = lazy_compile(
    r"\b(?:said|says|argued|argues|stated|warned|insisted|claimed|wrote|told [\w ]{1,30}?)\s+"
    r"that\b"
)
HOLDS_NOW = lazy_compile(r"\b(?:has|have)(?: not)? (?:been|[a-z]+ed|[a-z]+en)\b")
# "The charges concern … the operator's scheduling of voltage control for 28 April": a day
# after "for" is the day of a thing the passage names (charges brought in November had
# been labelled April in a cold read)
FOR_THE_DAY = lazy_compile(r"\bfor (?:the )?$")


def _month_of_a_day_told(text: str, date: str | None) -> str | None:
    """`yearless_month`, unless the day is still to come at the source's date: the day a
    delay runs to ("…delaying enforcement …, this time to 16 December", in September)
    dates no view, and no label of the excerpt; nor does the day a state told as holding
    still began ("Since 28 April, REE has been running…" in July: July's view)."""
    if SINCE_THE_DAY.search(text) and HOLDS_NOW.search(text):
        return None
    day = YEARLESS_DAY.search(text)
    if day and FOR_THE_DAY.search(text, max(0, day.start() - 8), day.start()):
        return None
    if day and SAID_THAT_BEFORE.search(text, 0, day.start()):
        # "Aagesen has said that on 28 April the nuclear plants 'were not a solution but a
        # problem'" (May): the day is what she said of, her view is the source's month
        return None
    day_of = yearless_month(text, date)
    return None if day_of and date and day_of > date[:7] else day_of


def _undated_label(document: Document) -> str:
    """What a label can say of an undated source's day: the latest year its events name."""
    if document.year_hint:
        return f"Undated, events to {document.year_hint}"
    return "Undated source"


def _older_view(
    candidate: Candidate, corpus: dict[str, Document], newest: str | None, as_of: bool = False
) -> str | None:
    """ "France, Germany and Italy want…" from 2023 in a memo of 2025 sources: its year
    (its month within the newest source's year), so the present tense of an older source
    never reads as today's, in a word or two of the budget; a passage that tells time from
    its writer's day ("on Tuesday") its month whatever its age; else None."""
    date = corpus[candidate.sentence.source_id].date_of(candidate.sentence)
    if not date and WRITERS_DAY.search(candidate.sentence.text):
        # an undated source's "In recent months…": what the reader may know of its day
        return _undated_label(corpus[candidate.sentence.source_id])
    day_of = _month_of_a_day_told(candidate.sentence.text, date)
    if day_of:
        # "On 24 January the Bank of Japan raised…": the month and year of the day it
        # names, whatever the source's age (a cold reader could not tell the year)
        return human_date(day_of)
    document = corpus[candidate.sentence.source_id]
    if (
        date
        and len(date) >= 7
        and WRITERS_DAY.search(candidate.sentence.text)
        and not narrated_earlier(document.text, candidate.sentence.quote, date)
    ):
        # "…won Sunday's midterm elections", "on Tuesday": the day it names, counted from
        # its source's date, or else the month (a cold reader could not tell which Sunday
        # in a recent source's excerpt, nor which Tuesday the month held)
        return writers_day(candidate.sentence.text, date) or human_date(date[:7])
    if date and newest and months_older(date, newest) > OLDER_VIEW_MONTHS:
        retold = _retold_month(candidate, document)
        if retold:
            return retold
        when = date[:4] if date[:4] != newest[:4] else human_date(date[:7])
        # an excerpt's lead-in says "As of": the date of the view, not of an event
        # ("March 2025." before "Thames asked for a 59 per cent rise…" was read as the
        # month of the request, in a cold read); an actor's cell keeps the bare date
        return f"As of {when}" if as_of else when
    return None


def _retold_month(candidate: Candidate, document: Document) -> str | None:
    """The month of the day a passage retells: "Mazón himself, who had been at a lunch …,
    arrived at around 20:28." in a piece of March 2025 that named 29 October before it
    tells what happened then, no view that may have aged; "As of March 2025." before it
    was read as the date of the event (a cold read)."""
    day = retold_day(candidate.sentence, document)
    return human_date(day[:7]) if day else None


# "Last week the National Transportation Safety Board closed…", "said yesterday": time
# counted from the writer's day by the day or the week (not "last week's vote", which a
# possessive ties to a thing rather than dating the sentence)
WRITERS_DAY_OR_WEEK = lazy_compile(
    r"\b(?P<word>yesterday|today|last week|this week)\b(?!['’]s)", re.IGNORECASE
)


def _day_told(candidate: Candidate, document: Document, dated: str) -> str | None:
    """`writers_day`, unless the article narrates a day more than a week before its own
    (`findings.narrated_earlier`, asked only of a passage that tells such a day): its
    "Tuesday" is then that story's."""
    day = writers_day(candidate.sentence.text, dated)
    if day and narrated_earlier(document.text, candidate.sentence.quote, dated):
        return None
    return day


def writers_day(text: str, dated: str) -> str | None:
    """The day, or the week, a passage tells from its writer's day ("on Tuesday", "last
    Friday", "yesterday", "last week"), counted back from its source's full date: "October
    7, 2025", "Week of June 23, 2025". None where the source's day is unknown, or the
    sentence names several such days or what is still to come."""
    if len(dated) < 10:
        return None
    # a weekday in the present tense may be the next one ("Talks resume on Tuesday")
    day = weekday_date(text, dated) if TOLD_IN_PAST.search(text) else None
    if day:
        return human_date(day)
    found = {m["word"].lower() for m in WRITERS_DAY_OR_WEEK.finditer(text)}
    if len(found) != 1 or WRITERS_WEEKDAY.search(text) or NOT_DONE_YET.search(text):
        return None
    try:
        published = dt.date.fromisoformat(dated[:10])
    except ValueError:
        return None
    word = found.pop()
    if word in ("yesterday", "today"):
        return human_date((published - dt.timedelta(days=word == "yesterday")).isoformat())
    monday = published - dt.timedelta(days=published.weekday() + 7 * (word == "last week"))
    return f"Week of {human_date(monday.isoformat())}"


def _history_year(
    candidate: Candidate, corpus: dict[str, Document], as_of: str | None = None
) -> str | None:
    """The latest year a passage names when it names only years before its source's
    ("In 2009, Microsoft undertook…" in a 2024 article: "2009"); else None. Not for a
    state told in the present ("Since … November 2023 …, the Arakan Army has taken control
    of 14 of Rakhine's 17 townships", of June 2025): "2024." before it had dated the count
    a year early (a cold read), where its source's month is the view's. `as_of` stands for
    an undated source's date (the year its events reach), and then a decade named counts
    as its first year, to set the passage in its place in date order."""
    text = candidate.sentence.text
    if not names_only_earlier_years(text, corpus[candidate.sentence.source_id].meta.date or as_of):
        return None
    if tells_a_present_state(text):
        return None
    if WRITERS_DAY.search(text):
        # "UnitedHealth Group said this month that the 2024 attack … affected 192.7 million
        # people", of July 2025: said in its writer's month, of an earlier year's attack
        # ("2024." before it was read as the date of the count, a cold read)
        return None
    # a year a span runs from is no date of the passage's event: "France, which has called
    # for a ban … since 2022, said the seabed was 'not for sale'" (of April 2025) had stood
    # under "2022." (a cold read)
    since = {m.start("year") for m in SINCE_YEAR.finditer(text)}
    years = [m[0] for m in NAMED_YEAR.finditer(text) if m.start() not in since]
    if as_of is not None:
        years += [decade[:4] for decade in DECADE.findall(text)]
    return max(years, default=None)


# A passage that opens on a day it names in full: "On 24 April 2025 the President…"
OWN_DATE_OPENING = lazy_compile(
    rf"^\W*(?:On|In|By)\s+(?:\d{{1,2}}\s+(?:{FULL_MONTH_NAMES})|(?:{FULL_MONTH_NAMES})\s+\d{{1,2}},?)"
    r"\s+(?:19|20)\d{2}\b"
)


def _opens_on_its_day(text: str) -> bool:
    """Does the passage open on a day named in full, and name no later year ("…a memorandum
    that takes effect in 2026" keeps its source's label: the view is of then)?"""
    found = OWN_DATE_OPENING.match(text)
    if found is None:
        return False
    year = NAMED_YEAR.findall(found.group())[-1]
    return all(named <= year for named in NAMED_YEAR.findall(text))


# The month and year something was done, told after a preposition: "A UN Panel of Experts
# report in January 2024 found…" (not "the March 2025 talks", a thing named by its date,
# nor "in August", whose year the reader cannot tell)
EVENT_MONTH_TOLD = lazy_compile(
    rf"\b(?:in|on|since|during)\s+(?:(?:early|mid|late)[- ]?)?(?:\d{{1,2}}\s+)?"
    rf"(?:{FULL_MONTH_NAMES})(?:\s+\d{{1,2}},)?\s+\d{{4}}\b"
)
# A passage that opens on the date it is told as of ("As of mid-July 2025, USDA has
# confirmed…"): a label before it ("As of July 2025.") would say it twice
OWN_AS_OF = lazy_compile(
    rf"^\W*As of (?:(?:mid|early|late)-?\s?|the (?:end|start|middle) of )?"
    rf"(?:\d{{1,2}} )?(?:{FULL_MONTH_NAMES})\b"
)


def _dated_after_labels(
    labelled: list[tuple[Candidate, str | None]], corpus: dict[str, Document]
) -> list[tuple[Candidate, str | None]]:
    """In date order, once an excerpt is led by its time ("2024. Since 1 October…"), each
    later one is too: by its source's month ("As of June 2025."), or by the latest year it names
    when it names only years before its source's ("2023. Production rose by about 40
    percent in 2023…", in that year's place). Unled, a strike of September 2025 had read
    as of 2024 under the label above it."""
    out: list[tuple[Candidate, str | None]] = []
    seen_label = False
    newest = _newest_date(corpus) or ""
    for candidate, label in labelled:
        text = candidate.sentence.text
        # (a passage that dates itself keeps no label: "As of June 2025." had stood over "On
        # 20 January 2025, President Donald Trump signed a memorandum…", a cold read)
        if label is None and seen_label and not (OWN_AS_OF.match(text) or _opens_on_its_day(text)):
            dated = corpus[candidate.sentence.source_id].date_of(candidate.sentence)
            label = _history_year(candidate, corpus) or _retold_month(
                candidate, corpus[candidate.sentence.source_id]
            )
            if label is None and dated and len(dated) >= 7:
                # the source's own date is the view's ("As of June 2025."); a timeline's
                # entry or a dated sub-heading gives the event's month
                source_date = corpus[candidate.sentence.source_id].meta.date or ""
                when = human_date(dated[:7])
                if dated[:7] != source_date[:7]:
                    label = when
                else:  # to the year before the newest source's, as `_older_view` labels
                    # (one source had led "As of 2022." and "As of September 2022." in a row)
                    label = f"As of {dated[:4] if dated[:4] < newest[:4] else when}"
        seen_label = seen_label or label is not None
        out.append((candidate, label))
    return out


def deadline_passed(
    candidate: Candidate, corpus: dict[str, Document], today: tuple[int, int]
) -> bool:
    """Does a position look ahead to a date after its writing, and only to dates before
    `today`? (Not "Chile's government announced in April 2023 that the state would
    take…": the date is when it was said, no horizon.)"""
    if not looks_to_a_past_date(candidate, corpus, today):
        return False
    dated = corpus[candidate.sentence.source_id].date_of(candidate.sentence)
    written = year_month(dated) if dated else None
    if written is None:
        return False
    ends = horizon_ends(candidate.sentence.text, written, acts_too=False)
    # ("…is due to meet President Putin in Sochi": a horizon told from the writer's day)
    relative = relative_horizon(candidate.sentence.text, written)
    return any(end >= written for end in ends) or relative is not None


def _position_looked_past(
    candidate: Candidate, corpus: dict[str, Document], dated: str, today: tuple[int, int]
) -> bool:
    """Does a position look ahead only to dates before `today`, by its words or by a
    date after its writing that it names ("…said exporters hoped to ship 4 to 5 million
    tonnes … by March 2025", of October 2024)? The same excerpt in a section of prose had
    said so in its label and, as a row, had not (a cold read)."""
    if deadline_passed(candidate, corpus, today):
        return True
    text = candidate.sentence.text
    written = year_month(dated) if len(dated) >= 7 else None
    return _names_a_later_date(text, written) and _horizon_passed(dated, text, today, False)


def _months_before(dated: str, today: tuple[int, int]) -> int:
    """Months from a date ("2025-05…") to the memo's (year, month)."""
    return (today[0] - int(dated[:4])) * 12 + today[1] - int(dated[5:7])


def _actor_as_of(
    candidate: Candidate,
    corpus: dict[str, Document],
    newest: str | None,
    today: tuple[int, int] | None = None,
) -> str | None:
    """A position's actor, with the date of an older source's view: "Niger (2022)" before
    "Niger, under President Mohamed Bazoum, has agreed to host…" in a memo of 2025 sources,
    where it had read as Niger's stance today; and, where the view looks ahead only to
    dates before the memo's month (`today`), its month and PAST_HORIZON ("Interior has
    given the states until Feb. 14 … and says it will otherwise finalize…" had stood as
    the Interior Department's stance ten months after the deadline)."""
    actor = _actor_with_role(candidate, corpus[candidate.sentence.source_id])
    if actor != candidate.actor:
        candidate = dataclasses.replace(candidate, actor=actor)
    told = _month_of_the_act(candidate, corpus[candidate.sentence.source_id])
    if candidate.actor and told:
        return f"{candidate.actor} ({told})"
    when = _older_view(candidate, corpus, newest)
    dated = corpus[candidate.sentence.source_id].date_of(candidate.sentence) or ""
    if not when and today and len(dated) >= 7 and _months_before(dated, today) > OLDER_VIEW_MONTHS:
        # a memo written long after its newest source: every stance carries its month
        # ("Novo Nordisk says it has now filed more than 130 lawsuits" had stood undated a
        # year and a half on, which two cold readers marked as a missing date)
        when = human_date(dated[:7])
    if candidate.actor and today and _position_looked_past(candidate, corpus, dated, today):
        return f"{candidate.actor} ({when or human_date(dated[:7])}{PAST_HORIZON})"
    if candidate.actor and when:
        # a stance told on a weekday of the writer's week gets that day: "Russia said on
        # Tuesday that…" under "Russia (March 2025)" left the reader asking which Tuesday
        # (a cold read of `grain`)
        document = corpus[candidate.sentence.source_id]
        day = (
            (_day_told(candidate, document, dated) or _said_on(candidate, document, dated))
            if dated
            else None
        )
        return f"{candidate.actor} ({day or when})"
    return candidate.actor


# "Russia said on Tuesday that a … agreement … would only take effect once…": the weekday
# dates the saying, whatever the words said look ahead to
SAID_ON_A_WEEKDAY = lazy_compile(
    rf"\b(?:said|announced|stated|declared|warned|confirmed|insisted|added) on "
    rf"(?P<day>{WEEKDAY_NAMES})\b(?![,\s]+(?:\d|[A-Z][a-z]+ \d))"
)


def _said_on(candidate: Candidate, document: Document, dated: str) -> str | None:
    """The day a stance was said on, where the passage says it on a weekday of its source's
    week (not one the article's story retells, `findings.narrated_earlier`). Unlike
    `findings.weekday_date`, what was said to come ("Meta Platforms will not sign…, its
    global affairs chief said on Friday") does not stop the saying being dated."""
    text = candidate.sentence.text
    said = SAID_ON_A_WEEKDAY.search(text)
    # (a year after the weekday is what the words recall: "…reviving the demands it made
    # when it quit the U.N. grain deal in 2023"; one before it dates the sentence itself)
    if said is None or len(dated) < 10 or NAMED_YEAR.search(text, 0, said.start()):
        return None
    if narrated_earlier(document.text, candidate.sentence.quote, dated):
        return None
    try:
        day = dt.date.fromisoformat(dated[:10])
    except ValueError:
        return None
    return human_date(weekday_on_or_before(day, said["day"]).isoformat())


def _actor_with_role(candidate: Candidate, document: Document) -> str | None:
    """A person's row with who the person is, as the article says ("Ajay Srivastava,
    founder of the Global Trade Research Initiative"): a name alone had left a cold reader
    asking why a think tank's founder stood for India. States and bodies as they are."""
    from briefkit.analysis.actors import state_names

    actor = candidate.actor
    if not actor or actor in state_names() or len(actor.split()) not in (2, 3):
        return actor
    if not all(word[:1].isupper() for word in actor.split()):
        return actor
    return with_role(actor, document, candidate.sentence.text)


# A stance its first clause tells in the present: "The High Ambition Coalition says…"
STANCE_IN_PRESENT = lazy_compile(
    r"^[^,;:.\"“”]{0,80}?\b(?:says|argues|wants|insists|maintains|believes|holds|backs|"
    r"supports|opposes|rejects|demands|seeks|favou?rs|accepts|refuses)\b"
)


def _month_of_the_act(candidate: Candidate, document: Document) -> str | None:
    """The one month a position's passage names, where it is before its source's ("In
    May 2025 Russia requested WTO consultations…" in an article of October: "Russia (May
    2025)", where the article's month had dated the request, a cold read)."""
    text = candidate.sentence.text
    published = document.meta.date or ""
    if STANCE_IN_PRESENT.match(text):
        # "The High Ambition Coalition says a clear majority backs a production target,
        # pointing to the … statement signed by 95 countries in June", of July: a view
        # held on its source's day, the month that of the thing it points to ("High
        # Ambition Coalition (June 2025)" was a cold read's wrong label)
        return None
    if not months_told(text) and len(published) >= 7:
        # a month named without its year ("…broke off diplomatic relations with Ukraine in
        # early August", of December 2024: "Mali (August 2024)", a cold read)
        month = yearless_month(text, published, acts=True)
        return human_date(month) if month and month < published[:7] else None
    if not names_only_earlier_months(text, document.meta.date):
        return None
    months = {(year, month) for year, month, _day in months_told(text)}
    if len(months) != 1:
        return None
    ((year, month),) = months
    return human_date(f"{year:04d}-{month:02d}")


def _section_blocks(
    layout: SectionLayout,
    picks: list[Candidate],
    notes: _Notes,
    corpus: dict[str, Document],
    today: tuple[int, int] | None = None,
    other_cases: bool = True,
) -> tuple[Block, ...]:
    if not picks:
        return (
            Paragraph((Text("The sources offer no passage for this section."),), style="intro"),
        )
    if layout.style == "table":
        rows = []
        newest = _newest_date(corpus)
        for c in picks:
            cell = _excerpt_inlines(c, notes, None, c.actor)
            rows.append(
                (
                    (Text(_actor_as_of(c, corpus, newest, today) or ""),),
                    cell,
                    (Text(source_label(corpus[c.sentence.source_id])),),
                )
            )
        return (
            Table(header=("Actor", "Position", "Source"), rows=tuple(rows), widths=(0.2, 0.6, 0.2)),
        )
    newest = _newest_date(corpus)
    labelled = [(c, _label(layout, c, corpus, newest, today)) for c in picks]
    if other_cases:
        labelled = _with_other_cases(labelled, corpus)
    chronological = layout.order == "chronological"
    if chronological and layout.style != "bullets":
        labelled = _dated_after_labels(labelled, corpus)
    if layout.style == "run_in":
        if not chronological:
            # Undated-by-label excerpts (the current views) first: after "2024. …" an
            # excerpt without a label would read as of 2024 too (in date order, each
            # after the first label carries its own: a one-page note's background had run
            # backwards, November 2025, April 2025, June 2024)
            # and excerpts of one label together, the label given once: "Scenario
            # “Managed stalemate (probability: 50 percent)”, as of November 2025." had led
            # two excerpts in a row, nine words of a one-page memo spent twice
            # An excerpt led by its speaker goes after those led by nothing: "**Dr Helena
            # Marsh.** Over the next two years we expect…" had stood before a sentence of
            # another source, which a cold reader then took for hers.
            first = {_label_key(label): k for k, (_, label) in reversed(list(enumerate(labelled)))}
            labelled.sort(
                key=lambda pair: (
                    pair[1] is not None,
                    pair[1] is None and _speaker_led(pair[0], corpus),
                    first[_label_key(pair[1])],
                )
            )
        labelled = [
            (
                c,
                None
                if k and label is not None and _same_label(label, labelled[k - 1][1])
                else label,
            )
            for k, (c, label) in enumerate(_run_labels(labelled))
        ]
    if layout.style == "bullets":
        items = [_excerpt_inlines(c, notes, label, alone=True) for c, label in labelled]
        return (BulletList(tuple(items)),)
    if layout.style == "run_in":
        items = [_excerpt_inlines(c, notes, label) for c, label in labelled]
        # one paragraph (writers space the inlines), a note each
        return (Paragraph(tuple(inline for item in items for inline in item)),)
    # Excerpts in a row under one label share its paragraph, the label given once: four
    # cases of one scenario had each led with "Scenario “Base case: steady progress, no
    # breakthrough (55%)”, as of December 2025."
    # (not under a label that names the first excerpt's speaker: "Undated, events to 2021
    # — Emomali Rahmon." had led Rahmon's line and two of other sources, "Russian
    # recognition of the Taliban government…" among them, a cold read of the example)
    paragraphs: list[tuple[str | None, list[Inline], bool]] = []
    for c, label in _run_labels(labelled):
        if (
            paragraphs
            and label is not None
            and _same_label(paragraphs[-1][0], label)
            and not paragraphs[-1][2]
        ):
            paragraphs[-1][1].extend(_excerpt_inlines(c, notes, None))
        else:
            inlines = list(_excerpt_inlines(c, notes, label))
            named = label is not None and _speaker_named(inlines, label)
            paragraphs.append((label, inlines, named))
    return tuple(Paragraph(tuple(inlines)) for _, inlines, _ in paragraphs)


def _speaker_named(inlines: list[Inline], label: str) -> bool:
    """Did the excerpt's lead-in add a speaker to its `label` ("… — Emomali Rahmon.")?"""
    lead = next((i for i in inlines if isinstance(i, Text) and i.bold), None)
    return lead is not None and lead.text != f"{label}."


def _with_other_cases(
    labelled: list[tuple[Candidate, str | None]], corpus: dict[str, Document]
) -> list[tuple[Candidate, str | None]]:
    """The label of the first case a section quotes from a source's scenarios, with the
    odds that source gives its cases the section does not quote: "Scenario A: Contested
    corridor (base case, probability 55%), as of September 2025; its other cases: Standalone
    maritime truce (20%), Escalation at sea (15%)…". Three cold reads found an outlook with
    the base case alone, the odds of the rest (a truce the brief asked about among them)
    nowhere in the memo; the names and odds cost a few words where each case's own
    passage costs twenty or more."""
    quoted = {case for c, _ in labelled if (case := case_heading(c.sentence))}
    listed: dict[str, str] = {}  # source -> the case whose label lists the others
    out = []
    for candidate, label in labelled:
        source = candidate.sentence.source_id
        case = case_heading(candidate.sentence)
        if case and label and listed.setdefault(source, case) == case:
            others = [
                f"{name} ({odds}%)"
                for heading, name, odds in source_cases(corpus[source])
                if heading not in quoted
            ]
            if others:
                label = f"{label}; its other cases: {', '.join(others)}"
        out.append((candidate, label))
    return out


# What a case's heading says before its odds: "Scenario 2: Weather shock, Delhi reverts
# (probability 20%)" -> "Weather shock, Delhi reverts"
CASE_NAME = lazy_compile(
    r"^(?:(?:scenario|case|option)\s*[\w]{0,2}\s*[:.–—-]\s*)?(?P<name>[^()]+?)\s*\(",
    re.IGNORECASE,
)


def source_cases(document: Document) -> list[tuple[str, str, int]]:
    """The cases a source's headings name with their odds, in its order: (the heading as
    `case_heading` gives it, the case's name, its odds in percent)."""
    found: dict[str, tuple[str, int]] = {}
    for sentence in document.sentences:
        case = case_heading(sentence)
        if case is None or case in found:
            continue
        odds = case_odds(sentence)
        named = CASE_NAME.match(case)
        if odds is not None and named:
            found[case] = (named["name"].strip(" :"), odds)
    return [(case, name, odds) for case, (name, odds) in found.items()]


def _label_key(label: str | None) -> str | None:
    """A label without what its own excerpt's horizon adds: two cases of one scenario
    are under one label, whichever of them names the year it looks to. Two views of one
    month are not, where one looks only to a date now past: "As of November 2025, looking
    to a date now past." had stood over a view to February 2027 as well as one to August
    2026 (a cold read). A run whose views differ only by YEAR_ENDING keeps one label, a
    milder slip: splitting those too moved 15 memos of the fast run, 9 of them down."""
    if label is None:
        return None
    if not label.lower().startswith("scenario"):
        return label.replace(YEAR_ENDING, "")
    return label.replace(PAST_HORIZON, "").replace(YEAR_ENDING, "")


def _same_label(one: str | None, other: str | None) -> bool:
    return one is not None and _label_key(one) == _label_key(other)


def _run_labels(
    labelled: list[tuple[Candidate, str | None]],
) -> list[tuple[Candidate, str | None]]:
    """Each run of excerpts under one label (`_same_label`) takes the run's fullest
    label: "Scenario 1: …, as of December 2025, looking to a year now ending." had led one
    case and "Scenario 1: …, as of December 2025." the next (a cold read: the heading twice)."""
    out = list(labelled)
    start = 0
    while start < len(out):
        end = start + 1
        while end < len(out) and _same_label(out[start][1], out[end][1]):
            end += 1
        fullest = max((label or "" for _, label in out[start:end]), key=len) or None
        out[start:end] = [(c, fullest) for c, _ in out[start:end]]
        start = end
    return out


FindingRow = tuple[str, list[Candidate]]  # a label, and the excerpts side by side
FINDING_HEADERS = {
    "chronology": (("Date", "Event"), (0.2, 0.8)),
    "disagreements": (("Matter", "One source", "Another source"), (0.16, 0.42, 0.42)),
}


def _finding_blocks(
    layout: SectionLayout, rows: list[FindingRow], notes: _Notes
) -> tuple[Block, ...]:
    header, widths = FINDING_HEADERS[layout.kind]
    table_rows = tuple(
        ((Text(label),), *(_excerpt_inlines(c, notes, None) for c in candidates))
        for label, candidates in rows
    )
    return (Table(header, table_rows, widths),)


AssessmentPlaces = dict[str, list[tuple[frozenset[str], str]]]
ASSESSMENT_LABEL = "Assessment."


def assessment_paragraph(text: str) -> Paragraph:
    """The unit's own words: labelled and set apart, never a quote, never footnoted."""
    return Paragraph((Text(ASSESSMENT_LABEL + " ", bold=True), Text(text)), style="assessment")


def _with_assessments(
    blocks: tuple[Block, ...],
    picks: list[Candidate],
    places: list[tuple[frozenset[str], str]],
) -> tuple[Block, ...]:
    """Put each assessment after the last passage above it in the curation file that the
    memo quotes (at the top when there is none)."""
    if not places:
        return blocks
    if not picks:  # only the unit's words: no "no passage" placeholder beside them
        return tuple(assessment_paragraph(text) for _, text in places)
    inserts: dict[int, list[str]] = {}
    for above, text in places:
        at = max((i + 1 for i, c in enumerate(picks) if c.sentence.id in above), default=0)
        inserts.setdefault(at, []).append(text)
    if len(blocks) == 1 and isinstance(blocks[0], BulletList):
        items, out = blocks[0].items, []  # the list split where the unit's words go
        start = 0
        for at in sorted(inserts):
            if at > start:
                out.append(BulletList(items[start:at]))
            out.extend(assessment_paragraph(t) for t in inserts[at])
            start = max(start, at)
        if start < len(items):
            out.append(BulletList(items[start:]))
        return tuple(out)
    # Paragraphs, one per pick; a table is one block: the unit's words before or after it
    out_blocks: list[Block] = []
    if len(blocks) < len(picks):
        squeezed: dict[int, list[str]] = {}
        for at, texts in sorted(inserts.items()):
            squeezed.setdefault(min(at, len(blocks)), []).extend(texts)
        inserts = squeezed
    for i, block in enumerate(blocks):
        out_blocks.extend(assessment_paragraph(t) for t in inserts.get(i, []))
        out_blocks.append(block)
    out_blocks.extend(assessment_paragraph(t) for t in inserts.get(len(blocks), []))
    return tuple(out_blocks)


def section_title(layout: SectionLayout, picks: list[Candidate]) -> str:
    """The section's title; a table of actors that are not mostly states (a software
    vendor, airlines, a regulator) takes the layout's `title_without_states`. Half is not
    most: "Regional positions" over the European Union and a Treasury secretary, or over
    Japan and an industry association, had read as wrong to cold readers."""
    actors = [c.actor for c in picks if c.actor]
    if not (layout.one_per_actor and layout.title_without_states and actors):
        return layout.title
    from briefkit.analysis.actors import state_names

    states = state_names()
    if 2 * sum(actor in states for actor in actors) <= len(actors):
        return layout.title_without_states
    return layout.title


ABBREVIATIONS = "abbreviations"  # the id of the memo's list of short forms
# Characters of the sources a memo does not cite searched for a short form the cited ones
# leave unexplained: bounded, so a memo on a thousand sources pays no more than on a few
UNCITED_SEARCH_CHARS = 400_000


def abbreviations_of(
    sections: list[Section], cited: list[str], documents: dict[str, Document]
) -> tuple[Paragraph, ...]:
    """The short forms the memo's text uses without spelling them out ("UTPR"), each with
    the long form a source the memo cites gives beside it in brackets (the first to, in
    order of citation: an editor finds it in the notes). A short form no cited source
    spells out is looked for in the other sources, in corpus order, up to
    `UNCITED_SEARCH_CHARS` of their text: a cold read found "WTO" unexplained in a note
    whose sources named the World Trade Organization, in two it did not cite. (Searching
    every source took a quarter of a second a memo on a thousand sources.) One paragraph,
    "**IIR:** income inclusion rule; …", or nothing where no source spells one out."""
    texts = [
        inline_text(run) for section in sections for block in section.blocks
        for run in inline_runs(block)
    ]  # fmt: skip
    used = short_forms_used(texts)
    if not used:
        return ()
    found = glossary(used, [[documents[s].text for s in cited if s in documents]])
    spelled = dict(found)
    missing = [short for short in used if short not in spelled]
    if missing:
        named, budget = set(cited), UNCITED_SEARCH_CHARS
        others = []
        for source_id, document in documents.items():
            if source_id in named:
                continue
            budget -= len(document.text)
            if budget < 0:
                break
            others.append(document.text)
        found = sorted([*found, *glossary(missing, [others])])
    if not found:
        return ()
    inlines: list[Inline] = []
    for index, (short, spelled) in enumerate(found):
        end = "." if index == len(found) - 1 else "; "
        inlines += [Text(f"{short}:", bold=True), Text(f"{spelled}{end}")]
    return (Paragraph(tuple(inlines)),)


def assemble(
    spec: BriefSpec,
    audience: AudienceSpec,
    layout: Layout,
    chosen: dict[str, list[Candidate]],
    corpus: Corpus,
    memo_date: dt.date,
    salience: dict[str, int],
    findings: dict[str, list[FindingRow]] | None = None,
    assessments: AssessmentPlaces | None = None,
    placed: dict[str, str] | None = None,
    similarity: Similarity | None = None,
) -> Memo:
    documents = corpus.by_id()
    notes = _Notes(documents, links=layout.max_pages is None, short=layout.short_notes)
    sections = []
    for section_layout in layout.sections:
        if section_layout.kind != "excerpts":
            rows = (findings or {}).get(section_layout.id, [])
            if not rows:
                # No heading over nothing: a line saying what the check found had been
                # read as a claim that the sources agree (two cold reads), then, saying
                # what it checks, as tool text left in the memo (a third)
                continue
            blocks = _finding_blocks(section_layout, rows, notes)
            sections.append(Section(section_layout.id, section_layout.title, blocks))
            continue
        picks = _ordered(
            section_layout,
            chosen.get(section_layout.id, []),
            documents,
            salience,
            placed,
            similarity,
        )
        blocks = _section_blocks(
            section_layout,
            picks,
            notes,
            documents,
            (memo_date.year, memo_date.month),
            layout.other_cases,
        )
        if section_layout.style == "table" and isinstance(blocks[0], Table):
            blocks = (Table(layout.stance_table_header, blocks[0].rows, blocks[0].widths),)
        places = (assessments or {}).get(section_layout.id, [])
        blocks = _with_assessments(blocks, picks, places)
        sections.append(Section(section_layout.id, section_title(section_layout, picks), blocks))
    if layout.abbreviations_title and all(s.id != ABBREVIATIONS for s in sections):
        spelled = abbreviations_of(sections, notes.cited, documents)
        if spelled:
            sections.append(Section(ABBREVIATIONS, layout.abbreviations_title, spelled))
    style = load_style(spec.citation_style)
    sources = notes.bibliography(style) if layout.sources_title and notes.order else ()
    return Memo(
        audience=audience.id,
        title=spec.title,
        header=tuple(layout.header),
        marking=spec.marking,
        intro=tuple(Paragraph((Text(t),), style="intro") for t in layout.intro),
        sections=tuple(sections),
        sources_title=layout.sources_title,
        sources=sources,
        notes=notes.footnotes(style),
        properties=Properties(
            title=spec.title,
            subject=spec.topic or spec.title,
            author=spec.author or "briefkit",
            date=memo_date.isoformat(),
            keywords=(audience.id,),
        ),
        paper=spec.paper,
        compact=layout.compact,
    )
