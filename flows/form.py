"""The flow's parameters as Prefect shows them: one top-level parameter per `RunConfig` field (plus
`lock_wait`), titled, described and ordered by form group (see `flows.config.GROUPS`).

Prefect 3.8.8 titles every top-level parameter with its raw name and lists a model-typed
parameter as one JSON blob with an empty Type column; so the flow takes the fields one by one
(its signature is generated here) and the deployment's schema is replaced by `parameter_schema()`,
built from `RunConfig`'s own JSON schema: titles, descriptions, limits, and a `position` per field.
Every field has a default, and a run's parameters are merged over the deployment's defaults, so
all fields are marked required: the form then shows no "(Optional)" label on each of them.
"""

from __future__ import annotations

import inspect
from typing import Any

from pydantic.fields import FieldInfo

from flows.config import GROUP_KEYS, GROUPS, RunConfig

LOCK_WAIT_SCHEMA = {
    "title": "Wait for the output lock (s)",
    "description": "Seconds to wait while another run writes to the same output folder (0: fail at once).",
    "type": "number",
    "minimum": 0,
    "default": 0.0,
    "group": "run",
}


def _group(field: FieldInfo) -> str:
    extra = field.json_schema_extra if isinstance(field.json_schema_extra, dict) else {}
    key = extra.get("group", GROUP_KEYS[-1])
    return key if key in GROUP_KEYS else GROUP_KEYS[-1]


def ordered_names() -> list[str]:
    """Parameter names in form order: by group, then as declared (lock_wait ends its group)."""
    groups = [(name, _group(field)) for name, field in RunConfig.model_fields.items()]
    groups.append(("lock_wait", LOCK_WAIT_SCHEMA["group"]))
    declared = {name: k for k, (name, _) in enumerate(groups)}
    groups.sort(key=lambda ng: (GROUP_KEYS.index(ng[1]), declared[ng[0]]))
    return [name for name, _ in groups]


def flow_signature() -> inspect.Signature:
    """Keyword-only parameters with the fields' defaults (what Prefect reads from a flow)."""
    params = []
    for name in ordered_names():
        if name == "lock_wait":
            params.append(inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=0.0, annotation=float))
            continue
        field = RunConfig.model_fields[name]
        params.append(inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY,
                                        default=field.get_default(call_default_factory=True), annotation=field.annotation))
    return inspect.Signature(params, return_annotation=dict)


def parameter_schema() -> dict[str, Any]:
    """The deployment's parameter schema (OpenAPI-style, as Prefect stores it)."""
    model = RunConfig.model_json_schema(ref_template="#/definitions/{model}")  # where Prefect looks
    properties: dict[str, Any] = {}
    headings = dict(GROUPS)
    for position, name in enumerate(ordered_names()):
        prop = dict(LOCK_WAIT_SCHEMA if name == "lock_wait" else model["properties"][name])
        key = prop.pop("group", None)
        if key in headings:  # the form has no group headings: the first field of a group names it
            prop["description"] = f"**{headings.pop(key)}** · {prop.get('description', '')}"
        prop["position"] = position
        properties[name] = prop
    return {"title": "Parameters", "type": "object", "properties": properties, "required": list(properties),
            "definitions": model.get("$defs", {})}
