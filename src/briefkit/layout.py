"""Audience layouts: a jinja2 template in templates/ renders a YAML layout description.

The template decides the memo's shape for one kind of audience: header rows, which
sections appear in which order, their titles, their share of the word budget, how they
are set (paragraphs, bullets or a table) and whether a sources list is printed.
Templates render plain text; values are inserted with the `q` filter, which quotes
them as YAML strings so a title containing ':' or '#' cannot change the structure.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal

import jinja2
import yaml
from jinja2.sandbox import SandboxedEnvironment
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from briefkit.errors import InputError

DEFAULT_TEMPLATE = "standard"


class SectionLayout(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    title: str
    share: float = Field(default=0.25, gt=0, le=1, description="Share of the excerpt budget.")
    max_items: int = Field(default=12, ge=1)
    style: Literal["paragraphs", "run_in", "bullets", "table"] = Field(
        default="paragraphs",
        description="paragraphs: one per excerpt; run_in: the section's excerpts in one "
        "paragraph (a one-page note wastes no line ends); bullets; table.",
    )
    order: Literal["score", "chronological", "newest", "grouped"] = Field(
        default="score",
        description="score: as chosen; chronological: by date; newest: the latest first; "
        "grouped: as chosen, each excerpt after the earlier one it is most like, so "
        "excerpts on one matter stand together.",
    )
    date_labels: bool = Field(
        default=False, description="Lead each excerpt with its source's date ('As of …')."
    )
    one_per_actor: bool = False
    title_without_states: str | None = Field(
        default=None,
        description="The title of a one-per-actor section whose actors are mostly not states "
        "(companies, agencies, armed groups): 'Positions' rather than 'Regional positions'.",
    )
    kind: Literal["excerpts", "chronology", "disagreements"] = Field(
        default="excerpts",
        description="excerpts: chosen passages; chronology: dated events in date order; "
        "disagreements: figures sources disagree on, side by side.",
    )


class Layout(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    header: list[tuple[str, str]] = Field(default_factory=list)
    intro: list[str] = Field(default_factory=list)
    sections: list[SectionLayout] = Field(min_length=1)
    sources_title: str | None = "Sources"
    default_max_words: int = Field(default=1500, gt=50)
    compact: bool = Field(
        default=False,
        description="Tighter spacing between paragraphs and headings (one-page notes).",
    )
    max_pages: int | None = Field(
        default=None, ge=1, description="Pages the memo must fit in the PDF (one-page notes)."
    )
    other_cases: bool = Field(
        default=True,
        description=(
            "The label of a scenario case the memo quotes lists the odds its source gives "
            "the cases the section does not quote (off for a one-page note: its words go "
            "to passages)."
        ),
    )
    short_notes: bool = Field(
        default=False,
        description=(
            "Every note in the style's short form (author, short title), the full "
            "citations left to the bibliography files: a one-page note's room goes to "
            "its passages."
        ),
    )
    stance_table_header: tuple[str, str, str] = ("Actor", "Position", "Source")
    abbreviations_title: str | None = Field(
        default="Abbreviations",
        description=(
            "The heading over the short forms the memo uses and its sources spell out "
            '("UTPR: undertaxed profits rule"); null for none.'
        ),
    )


def _q(value: Any) -> str:
    """Quote a value as a YAML (JSON-compatible) string."""
    return json.dumps("" if value is None else str(value), ensure_ascii=False)


def render_layout(template_path: Path, context: dict[str, Any]) -> Layout:
    """Render a layout template with `context` and validate the result."""
    env = SandboxedEnvironment(
        loader=jinja2.FileSystemLoader(template_path.parent),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
    )
    env.filters["q"] = _q
    try:
        rendered = env.get_template(template_path.name).render(**context)
    except jinja2.TemplateSyntaxError as exc:
        raise InputError(
            f"template syntax error: {exc.message}", path=template_path, where=f"line {exc.lineno}"
        ) from None
    except jinja2.UndefinedError as exc:
        raise InputError(
            f"template uses an unknown value: {exc.message}", path=template_path
        ) from None
    except jinja2.TemplateNotFound as exc:
        raise InputError(
            f"template includes '{exc.name}', which is not there", path=template_path
        ) from None
    except jinja2.TemplateError as exc:
        raise InputError(f"template error: {exc}", path=template_path) from None
    try:
        data = yaml.safe_load(rendered)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"rendered line {mark.line + 1}" if mark else None
        raise InputError(
            f"template does not render valid YAML: {getattr(exc, 'problem', exc)}",
            path=template_path,
            where=where,
        ) from None
    try:
        return Layout.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        key = ".".join(str(p) for p in first["loc"])
        raise InputError(f"layout key '{key}': {first['msg']}", path=template_path) from None
