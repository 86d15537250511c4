#!/usr/bin/env python3
"""Checks Qt Linguist catalogues (translations/*.ts) for work left to do.

Reports, per file and per message:
  - unfinished messages: type="unfinished", an empty translation, or an empty numerus form;
  - placeholder mismatches: the set of %1..%99, %L1.. and %n in a translation (each numerus
    form for plural messages) differs from the set in the source;
  - markup mismatches: the HTML tags (<b>, </b>, <span style='…'>, …) differ from the source;
  - accelerator mismatches: the source has a keyboard accelerator (&File) and the translation
    has none, or the other way round;
  - a <TS> header without a language attribute (lrelease needs it for the plural rules).

Usage: scripts/translations-check.py [FILE.ts ...]   (default: translations/*.ts)
Exit status: 0 when every catalogue is complete and consistent, 1 when anything was reported,
2 when a file cannot be read.

Messages that lupdate marked "vanished" or "obsolete" are ignored. Run it after
`cmake --build build --target update_translations` to see what new source strings need.
"""

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

PLACEHOLDER = re.compile(r"%(?:L?\d{1,2}|n)")
# Only real HTML tag names count: "<untagged>" or "<none>" in a label is text, not markup.
HTML_TAGS = ("a|b|big|blockquote|br|center|code|dd|div|dl|dt|em|font|h[1-6]|hr|i|img|li|nobr|ol|"
             "p|pre|qt|s|small|span|strong|sub|sup|table|td|th|tr|tt|u|ul")
TAG = re.compile(rf"</?(?:{HTML_TAGS})(?:\s[^<>]*)?/?>", re.IGNORECASE)
# A mnemonic is a single '&' before a visible character; '&&' is a literal ampersand.
MNEMONIC = re.compile(r"&(?!&)(?![#A-Za-z0-9]+;)(?=\S)")
IGNORED_TYPES = {"vanished", "obsolete"}


def placeholders(text):
    return set(PLACEHOLDER.findall(text))


def tags(text):
    return sorted(TAG.findall(text))


def mnemonics(text):
    return len(MNEMONIC.findall(text.replace("&&", "")))


def short(text, width=70):
    one = " ".join(text.split())
    return one if len(one) <= width else one[: width - 1] + "…"


def check_file(path):
    """Returns (summary dict, list of problem lines); raises on unreadable files."""
    root = ET.parse(path).getroot()
    problems = []
    language = root.get("language", "")
    if not language:
        problems.append(f"{path}: <TS> declares no language attribute (plural rules unknown)")

    total = finished = unfinished = mismatched = 0
    for context in root.iter("context"):
        cname = context.findtext("name", default="")
        for message in context.findall("message"):
            source = message.findtext("source", default="")
            translation = message.find("translation")
            ttype = translation.get("type", "") if translation is not None else "unfinished"
            if ttype in IGNORED_TYPES:
                continue
            total += 1
            where = f'{path.name}: {cname}: "{short(source)}"'

            if translation is None:
                forms = []
            elif message.get("numerus") == "yes":
                forms = [f.text or "" for f in translation.findall("numerusform")]
            else:
                forms = [translation.text or ""]

            empty = not forms or any(not f.strip() for f in forms)
            if ttype == "unfinished" or empty:
                unfinished += 1
                problems.append(f"{where}: unfinished")
                continue
            finished += 1

            issues = []
            want_ph, want_tags, want_mn = placeholders(source), tags(source), mnemonics(source)
            for i, form in enumerate(forms):
                label = f"form {i + 1}: " if len(forms) > 1 else ""
                got = placeholders(form)
                if got != want_ph:
                    missing = ", ".join(sorted(want_ph - got)) or "-"
                    extra = ", ".join(sorted(got - want_ph)) or "-"
                    issues.append(f"{label}placeholders differ (missing: {missing}; extra: {extra})")
                if tags(form) != want_tags:
                    issues.append(f"{label}HTML tags differ from the source")
                if (mnemonics(form) > 0) != (want_mn > 0) or mnemonics(form) > 1:
                    issues.append(f"{label}accelerator '&' differs from the source")
            if issues:
                mismatched += 1
                problems.extend(f"{where}: {issue}" for issue in issues)

    summary = dict(language=language or "?", total=total, finished=finished,
                   unfinished=unfinished, mismatched=mismatched)
    return summary, problems


def main(argv):
    if len(argv) > 1:
        files = [Path(a) for a in argv[1:]]
    else:
        files = sorted((Path(__file__).resolve().parent.parent / "translations").glob("*.ts"))
    if not files:
        print("translations-check: no .ts files found", file=sys.stderr)
        return 2

    status = 0
    for path in files:
        try:
            summary, problems = check_file(path)
        except (OSError, ET.ParseError) as e:
            print(f"{path}: cannot read: {e}", file=sys.stderr)
            status = 2
            continue
        for line in problems:
            print(line)
        print(f"{path.name} ({summary['language']}): {summary['total']} messages, "
              f"{summary['finished']} finished, {summary['unfinished']} unfinished, "
              f"{summary['mismatched']} with mismatches")
        if problems and status == 0:
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv))
