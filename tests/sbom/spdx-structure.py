#!/usr/bin/env python3
"""Structural check of `dockscope-cli sbom --format spdx` against the rules of the SPDX 2.3 JSON
schema (required fields, no additional properties, SPDXID and date patterns, checksum algorithms,
external reference categories, annotation and relationship fields), written out here from the
specification so the test needs no network. Usage: spdx-structure.py DOCKSCOPE_CLI EVIDENCE"""
import json, re, subprocess, sys, tempfile, os

cli, evidence = sys.argv[1:3]
out = os.path.join(tempfile.mkdtemp(), "sbom.spdx.json")
subprocess.run([cli, "sbom", evidence, "--format", "spdx", "-o", out], check=True)
d = json.load(open(out))
DATE = re.compile(r'^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T(([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]|23:59:60)Z$')
SPDXID = re.compile(r'^SPDXRef-[a-zA-Z0-9.-]+$')
TOP = {'$schema', 'SPDXID', 'annotations', 'comment', 'creationInfo', 'dataLicense', 'externalDocumentRefs',
       'hasExtractedLicensingInfos', 'name', 'revieweds', 'spdxVersion', 'documentNamespace',
       'documentDescribes', 'packages', 'files', 'snippets', 'relationships'}
PACKAGE = {'SPDXID', 'annotations', 'attributionTexts', 'builtDate', 'checksums', 'comment', 'copyrightText',
           'description', 'downloadLocation', 'externalRefs', 'filesAnalyzed', 'hasFiles', 'homepage',
           'licenseComments', 'licenseConcluded', 'licenseDeclared', 'licenseInfoFromFiles', 'name', 'originator',
           'packageFileName', 'packageVerificationCode', 'primaryPackagePurpose', 'releaseDate', 'sourceInfo',
           'summary', 'supplier', 'validUntilDate', 'versionInfo'}
ALGORITHMS = {"SHA1", "BLAKE3", "SHA3-384", "SHA256", "SHA384", "BLAKE2b-512", "BLAKE2b-256", "SHA3-512", "MD2",
              "ADLER32", "MD4", "SHA3-256", "BLAKE2b-384", "SHA512", "MD6", "MD5", "SHA224"}
CATEGORIES = {"OTHER", "PERSISTENT-ID", "PERSISTENT_ID", "SECURITY", "PACKAGE-MANAGER", "PACKAGE_MANAGER"}
PURPOSES = {"OTHER", "INSTALL", "ARCHIVE", "FIRMWARE", "APPLICATION", "FRAMEWORK", "LIBRARY", "CONTAINER", "SOURCE",
            "DEVICE", "OPERATING-SYSTEM", "FILE"}
RELATIONSHIPS = set("""VARIANT_OF COPY_OF PATCH_FOR TEST_DEPENDENCY_OF CONTAINED_BY DATA_FILE_OF OPTIONAL_COMPONENT_OF
ANCESTOR_OF GENERATES CONTAINS OPTIONAL_DEPENDENCY_OF FILE_ADDED REQUIREMENT_DESCRIPTION_FOR DEV_DEPENDENCY_OF
DEPENDENCY_OF BUILD_DEPENDENCY_OF DESCRIBES PREREQUISITE_FOR HAS_PREREQUISITE PROVIDED_DEPENDENCY_OF DYNAMIC_LINK
DESCRIBED_BY METAFILE_OF DEPENDENCY_MANIFEST_OF PATCH_APPLIED RUNTIME_DEPENDENCY_OF TEST_OF TEST_TOOL_OF DEPENDS_ON
SPECIFICATION_FOR FILE_MODIFIED DISTRIBUTION_ARTIFACT AMENDS DOCUMENTATION_OF GENERATED_FROM STATIC_LINK OTHER
BUILD_TOOL_OF TEST_CASE_OF PACKAGE_OF DESCENDANT_OF FILE_DELETED EXPANDED_FROM_ARCHIVE DEV_TOOL_OF EXAMPLE_OF""".split())
ANNOTATION = {'annotationDate', 'annotationType', 'annotator', 'comment'}
errors = []

def annotations(items, where):
    for a in items:
        if set(a) != ANNOTATION or a['annotationType'] not in {'OTHER', 'REVIEW'} or not DATE.match(a['annotationDate']):
            errors.append(f"{where}: bad annotation {a}")

for k in ['SPDXID', 'creationInfo', 'dataLicense', 'name', 'spdxVersion', 'documentNamespace']:
    if k not in d:
        errors.append("missing " + k)
errors += ["unknown top-level property " + k for k in d if k not in TOP]
if d.get('spdxVersion') != 'SPDX-2.3':
    errors.append("spdxVersion %r" % d.get('spdxVersion'))
ci = d.get('creationInfo', {})
errors += ["unknown creationInfo property " + k for k in ci if k not in {'comment', 'created', 'creators', 'licenseListVersion'}]
if not DATE.match(ci.get('created', '')) or not ci.get('creators'):
    errors.append("creationInfo created/creators")
annotations(d.get('annotations', []), 'document')
ids = {d.get('SPDXID')}
for p in d.get('packages', []):
    where = p.get('SPDXID', '?')
    errors += [f"{where}: missing {k}" for k in ['SPDXID', 'downloadLocation', 'name'] if k not in p]
    errors += [f"{where}: unknown property {k}" for k in p if k not in PACKAGE]
    if not SPDXID.match(p.get('SPDXID', '')):
        errors.append(f"{where}: bad SPDXID")
    ids.add(p.get('SPDXID'))
    for c in p.get('checksums', []):
        if c.get('algorithm') not in ALGORITHMS or not re.match('^[0-9a-fA-F]+$', c.get('checksumValue', '')) \
                or set(c) - {'algorithm', 'checksumValue'}:
            errors.append(f"{where}: bad checksum {c}")
    for r in p.get('externalRefs', []):
        if r.get('referenceCategory') not in CATEGORIES or set(r) - {'comment', 'referenceCategory', 'referenceLocator', 'referenceType'} \
                or not all(k in r for k in ['referenceCategory', 'referenceLocator', 'referenceType']):
            errors.append(f"{where}: bad externalRef {r}")
    annotations(p.get('annotations', []), where)
    if 'primaryPackagePurpose' in p and p['primaryPackagePurpose'] not in PURPOSES:
        errors.append(f"{where}: bad primaryPackagePurpose")
for r in d.get('relationships', []):
    if set(r) - {'spdxElementId', 'comment', 'relatedSpdxElement', 'relationshipType'} or r.get('relationshipType') not in RELATIONSHIPS:
        errors.append(f"bad relationship {r}")
    elif r['spdxElementId'] not in ids or r['relatedSpdxElement'] not in ids:
        errors.append(f"relationship names an unknown element {r}")
if not d.get('packages'):
    errors.append("no packages")
if errors:
    print("\n".join(errors[:40]))
    sys.exit(1)
print("spdx-structure: %d packages, %d relationships conform" % (len(d['packages']), len(d.get('relationships', []))))
