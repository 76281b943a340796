#!/usr/bin/env python3
"""Parse FHIR R4 (4.0.1) resources with the `fhir.resources` models, which check them against
the R4 structure definitions: element names, cardinalities, types, value sets of required
bindings (such as `status`) and primitive formats (`dateTime`, `uri`, `code`).

    target/fhir-venv/bin/python scripts/fhir_validate.py FILE.json ...

The models leave two things of the structure definitions unchecked, so this script checks
them too, walking the JSON beside the model: a code under a required binding must be one of
the value set's codes (the models list them as `enum_values`), and a primitive string must
match its type's regular expression as written (the models parse `dateTime` loosely).

Prints `ok TYPE FILE` for each resource that parses and exits 0; prints the first problem of
each that does not and exits 1. `.ci/run` makes the virtual environment:
`pip install 'fhir.resources==6.4.0' 'pydantic<2'` (6.4.0 models R4 4.0.1).
"""

import json
import sys

import fhir.resources
from fhir.resources import get_fhir_model_class


def strict(data, model, where):
    """Problems the models let through, in `data` read as `model`."""
    problems = []
    fields = {f.alias: f for f in model.__fields__.values()}
    for key, value in data.items():
        field = fields.get(key)
        if field is None:
            continue  # `resourceType`, or a `_key` holding a primitive's extensions
        values = value if isinstance(value, list) else [value]
        enum = field.field_info.extra.get("enum_values")
        kind = field.type_
        resource = getattr(kind, "__resource_type__", None)
        for i, v in enumerate(values):
            at = f"{where}.{key}" + (f"[{i}]" if isinstance(value, list) else "")
            if enum and "+" not in enum and v not in enum:
                problems.append(f"{at}: {v!r} is not one of {enum}")
            pattern = getattr(kind, "regex", None)
            if isinstance(v, str) and pattern is not None and not pattern.fullmatch(v):
                problems.append(f"{at}: {v!r} is not a valid {kind.__name__}")
            if isinstance(v, dict) and resource and resource != "Resource":
                problems += strict(v, get_fhir_model_class(resource), at)
    return problems


def main(paths):
    assert fhir.resources.__fhir_version__ == "4.0.1", fhir.resources.__fhir_version__
    failed = False
    for path in paths:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        kind = data.get("resourceType", "?")
        try:
            model = get_fhir_model_class(kind)
            model.parse_obj(data)
        except Exception as e:  # pydantic's ValidationError, or an unknown resource type
            failed = True
            print(f"invalid {kind} {path}: {e}")
            continue
        problems = strict(data, model, kind)
        if problems:
            failed = True
            print(f"invalid {kind} {path}: " + "; ".join(problems))
        else:
            print(f"ok {kind} {path}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
