#!/usr/bin/env python3
"""Validates `dockscope-cli sbom --format cyclonedx` against the CycloneDX 1.5 JSON schema kept in
tests/sbom/schema (bom-1.5.schema.json with the spdx.schema.json and jsf-0.82.schema.json it
refers to), resolved from those files only: a reference to anything else fails instead of
reaching the network. A BOM broken on purpose must fail too, so a validator that accepts
everything cannot pass. Usage: cyclonedx-schema.py DOCKSCOPE_CLI SCHEMA_DIR EVIDENCE..."""
import copy, json, os, subprocess, sys, tempfile

import jsonschema

cli, schema_dir, evidence = sys.argv[1], sys.argv[2], sys.argv[3:]
schemas = {}
for name in ["bom-1.5.schema.json", "spdx.schema.json", "jsf-0.82.schema.json"]:
    with open(os.path.join(schema_dir, name)) as f:
        s = json.load(f)
    schemas[s["$id"]] = s
bom_schema = schemas["http://cyclonedx.org/schema/bom-1.5.schema.json"]


def validator():
    """A draft-07 validator whose references resolve from the three files alone."""
    try:
        from referencing import Registry, Resource  # jsonschema >= 4.18
        registry = Registry().with_resources((i, Resource.from_contents(s)) for i, s in schemas.items())
        return jsonschema.Draft7Validator(bom_schema, registry=registry, format_checker=jsonschema.FormatChecker())
    except ImportError:  # Debian 12's jsonschema 4.10
        def offline(uri):
            raise jsonschema.exceptions.RefResolutionError("not in tests/sbom/schema: " + uri)
        resolver = jsonschema.RefResolver.from_schema(bom_schema, store=schemas,
                                                      handlers={"http": offline, "https": offline})
        return jsonschema.Draft7Validator(bom_schema, resolver=resolver, format_checker=jsonschema.FormatChecker())


v = validator()
failed = False
for path in evidence:
    out = os.path.join(tempfile.mkdtemp(), "sbom.cdx.json")
    subprocess.run([cli, "sbom", path, "--format", "cyclonedx", "-o", out], check=True)
    with open(out) as f:
        bom = json.load(f)
    errors = sorted(v.iter_errors(bom), key=lambda e: list(e.absolute_path))
    for e in errors[:20]:
        print("%s: %s: %s" % (os.path.basename(path), "/".join(map(str, e.absolute_path)), e.message))
    components = bom.get("components", [])
    if errors or not components:
        failed = True
        print("%s: %d schema errors, %d components" % (os.path.basename(path), len(errors), len(components)))
        continue
    # The same BOM broken in ways the schema forbids: each must be caught.
    broken = []
    for damage in ["unknown property", "no name", "bad purl type", "bad serial", "unknown SPDX licence id"]:
        b = copy.deepcopy(bom)
        c = b["components"][0]
        if damage == "unknown property":
            c["layer"] = 1
        elif damage == "no name":
            del c["name"]
        elif damage == "bad purl type":
            c["purl"] = 7
        elif damage == "unknown SPDX licence id":  # checked through spdx.schema.json
            c["licenses"] = [{"license": {"id": "Not-A-Licence-1.0"}}]
        else:
            b["serialNumber"] = "not-a-urn"
        if v.is_valid(b):
            broken.append(damage)
    if broken:
        failed = True
        print("%s: the validator accepted a BOM with %s" % (os.path.basename(path), ", ".join(broken)))
        continue
    print("cyclonedx-schema: %s: %d components valid against CycloneDX 1.5"
          % (os.path.basename(path), len(components)))
sys.exit(1 if failed else 0)
