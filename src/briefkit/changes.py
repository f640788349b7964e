"""What changed since the previous build in the same output folder: sources and excerpts.

Compares two manifests, so it needs nothing but the build's own records. Excerpts are
matched by (source, quote); an excerpt from a source that is new in this build is
marked as brought by a new source.
"""

from __future__ import annotations

import json
from typing import Any


def _excerpts(memo: dict[str, Any]) -> dict[str, list[tuple[str, str]]]:
    return {
        section["id"]: [(e["source"], e["quote"]) for e in section.get("excerpts", [])]
        for section in memo.get("sections", [])
    }


def compare(previous: dict[str, Any] | None, current: dict[str, Any]) -> dict[str, Any]:
    before = {s["id"]: s for s in (previous or {}).get("sources", [])}
    after = {s["id"]: s for s in current["sources"]}
    added = sorted(set(after) - set(before))
    sources = {
        "added": [
            {"id": i, "title": after[i].get("title"), "path": after[i]["path"]} for i in added
        ],
        "removed": [
            {"id": i, "title": before[i].get("title"), "path": before[i]["path"]}
            for i in sorted(set(before) - set(after))
        ],
        "changed": [
            {"id": i, "title": after[i].get("title"), "path": after[i]["path"]}
            for i in sorted(set(before) & set(after))
            if before[i].get("sha256") != after[i].get("sha256")
        ],
    }
    old_memos = {m["audience"]: m for m in (previous or {}).get("memos", [])}
    memos = []
    for memo in current["memos"]:
        old = _excerpts(old_memos.get(memo["audience"], {}))
        new = _excerpts(memo)
        sections = []
        for section_id in list(dict.fromkeys([*new, *old])):
            was, now = old.get(section_id, []), new.get(section_id, [])
            plus = [
                {"source": s, "quote": q, "new_source": s in added}
                for s, q in now
                if (s, q) not in was
            ]
            minus = [{"source": s, "quote": q} for s, q in was if (s, q) not in now]
            if plus or minus:
                sections.append({"id": section_id, "added": plus, "removed": minus})
        memos.append(
            {
                "audience": memo["audience"],
                "first_build": memo["audience"] not in old_memos,
                "sections": sections,
            }
        )
    return {
        "previous_date": (previous or {}).get("date"),
        "first_build": previous is None,
        "sources": sources,
        "memos": memos,
    }


def summary(changes: dict[str, Any]) -> str:
    """One paragraph for the terminal."""
    if changes["first_build"]:
        return "First build in this folder: nothing to compare with."
    s = changes["sources"]
    parts = [
        f"{len(s['added'])} source(s) added, {len(s['removed'])} removed, "
        f"{len(s['changed'])} changed"
    ]
    for memo in changes["memos"]:
        plus = sum(len(x["added"]) for x in memo["sections"])
        minus = sum(len(x["removed"]) for x in memo["sections"])
        parts.append(f"{memo['audience']}: +{plus}/-{minus} excerpts")
    return "Changes since the previous build: " + "; ".join(parts) + "."


def to_markdown(changes: dict[str, Any], title: str) -> str:
    lines = [f"# Changes: {title}", ""]
    if changes["first_build"]:
        lines += ["First build in this folder: nothing to compare with.", ""]
        return "\n".join(lines)
    lines += [f"Compared with the build dated {changes['previous_date']}.", "", "## Sources", ""]
    for kind in ("added", "removed", "changed"):
        items = changes["sources"][kind]
        lines.append(
            f"- {kind.capitalize()}: "
            + (
                ", ".join(f"{i['path']} ({i['title'] or 'untitled'})" for i in items)
                if items
                else "none"
            )
        )
    for memo in changes["memos"]:
        lines += ["", f"## {memo['audience']}", ""]
        if not memo["sections"]:
            lines.append("No excerpt changed.")
        for section in memo["sections"]:
            lines.append(f"### {section['id']}")
            lines.append("")
            for item in section["added"]:
                tag = " (new source)" if item["new_source"] else ""
                lines.append(f"- Added{tag}, {item['source']}: {item['quote']}")
            for item in section["removed"]:
                lines.append(f"- Removed, {item['source']}: {item['quote']}")
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def to_json(changes: dict[str, Any]) -> bytes:
    return (json.dumps(changes, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
