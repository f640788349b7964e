"""YAML from files briefkit did not write: plain data only, no aliases.

An alias repeats a node by reference, so a few hundred bytes of nested aliases expand to
gigabytes once anything walks them ("billion laughs"). Briefs, sidecars, front matter and
curation files never need one, so a document holding one is refused before it is built.
"""

from __future__ import annotations

from typing import Any

import yaml


class AliasError(yaml.YAMLError):
    """The document uses an alias (`*name`)."""


class _NoAliasLoader(yaml.SafeLoader):
    def compose_node(self, parent: Any, index: Any) -> Any:  # type: ignore[override]
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise AliasError(f"aliases are not allowed (line {event.start_mark.line + 1})")
        return super().compose_node(parent, index)

    def construct_yaml_timestamp(self, node: Any) -> Any:  # type: ignore[override]
        """`date: 0000-13-45` looks like a date but is none: keep the text, let the
        caller say which key is wrong, instead of failing the whole document."""
        try:
            return super().construct_yaml_timestamp(node)
        except ValueError:
            return self.construct_scalar(node)


_NoAliasLoader.add_constructor(
    "tag:yaml.org,2002:timestamp", _NoAliasLoader.construct_yaml_timestamp
)


def load(text: str) -> Any:
    """Parse untrusted YAML as plain data; raises yaml.YAMLError (AliasError for aliases)."""
    return yaml.load(text, Loader=_NoAliasLoader)
