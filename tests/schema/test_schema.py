#!/usr/bin/python3
"""The JSON Schema and versus --check-pack agree on structure.

Every pack in the repository that --check-pack accepts (the shipped packs, the test packs,
the examples in docs/, and what --new-pack writes) is valid for the schema; and every
structural mistake in the table below is an error for both. Uses Debian's python3-jsonschema
(Draft 7, the draft the schema is written in). Run by ctest: test_schema.py VERSUS SOURCE_DIR.
"""
import copy
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

import jsonschema

DELETE = object()

# (what, JSON pointer, new value or DELETE): each one --check-pack calls an error.
MUTATIONS = [
    ("missing format", "/format", DELETE),
    ("missing id", "/id", DELETE),
    ("missing title", "/title", DELETE),
    ("missing criteria", "/criteria", DELETE),
    ("missing inquiry", "/inquiry", DELETE),
    ("missing explanation", "/criteria/0/explanation", DELETE),
    ("missing rating", "/criteria/0/values/tea/rating", DELETE),
    ("missing source date", "/criteria/0/sources/0/asOf", DELETE),
    ("missing option label", "/checklist/questions/0/options/0/label", DELETE),
    ("missing field type", "/inquiry/fields/0/type", DELETE),
    ("title not a string", "/title", 42),
    ("contenders not an array", "/contenders", {}),
    ("criterion not an object", "/criteria/0", []),
    ("values not an object", "/summary/0/values", "Some"),
    ("choose-when not an array", "/verdict/chooseWhen/tea", "You want calm"),
    ("required not a boolean", "/inquiry/fields/0/required", "yes"),
    ("bad id", "/criteria/0/id", "Bad Id"),
    ("id too long", "/id", "a" * 65),
    ("bad contender id", "/contenders/0/id", "Tea"),
    ("bad option id", "/checklist/questions/0/options/0/id", "sleepy_"),
    ("rating too high", "/criteria/0/values/tea/rating", 6),
    ("rating negative", "/criteria/0/values/tea/rating", -1),
    ("rating fraction", "/criteria/0/values/tea/rating", 2.5),
    ("rating as text", "/criteria/0/values/tea/rating", "four"),
    ("rating null", "/criteria/0/values/tea/rating", None),
    # versus-pack/2: the decision model's effects
    ("importance out of range", "/checklist/questions/0/options/0/importance/health", 6),
    ("importance not a number", "/checklist/questions/0/options/0/importance/health", "high"),
    ("category importance out of range", "/categories/0/importance", 9),
    ("must-have without atLeast", "/checklist/questions/0/options/0/mustHave", [{"criterion": "bitterness"}]),
    ("must-have atLeast 0", "/checklist/questions/0/options/0/mustHave", [{"criterion": "bitterness", "atLeast": 0}]),
    ("rating effect out of range", "/checklist/questions/0/options/0/ratings", {"kick": {"tea": 7}}),
    ("context not a boolean", "/criteria/0/context", "yes"),
    ("option weights in a versus-pack/2 pack", "/checklist/questions/0/options/0/weights", {"coffee": 1}),
    ("criterion without a source", "/criteria/0/sources", []),
    ("tie margin too high", "/checklist/tieMargin", 1.5),
    ("wrong format", "/format", "versus-pack/9"),
    ("date in words", "/updated", "Jan 2026"),
    ("month for updated", "/updated", "2026-01"),
    ("source date in words", "/criteria/0/sources/0/asOf", "last year"),
    ("ftp url", "/criteria/0/sources/0/url", "ftp://example.org/x"),
    ("url without a scheme", "/contenders/0/homepage", "example.org"),
    ("blank title", "/title", "   "),
    ("no sources", "/criteria/0/sources", []),
    ("one contender", "/contenders/1", DELETE),
    ("one option", "/checklist/questions/0/options/1", DELETE),
    ("question kind", "/checklist/questions/0/kind", "maybe"),
    ("field type", "/inquiry/fields/0/type", "password"),
    ("reserved field id", "/inquiry/fields/0/id", "verdict"),
    ("options on a text field", "/inquiry/fields/0/options", [{"id": "x", "label": "X"}]),
    ("choice without options", "/inquiry/fields/2/options", DELETE),
    ("max length zero", "/inquiry/fields/0/maxLength", 0),
    ("language", "/language", "English"),
    ("tag too long", "/faq/0/tags/0", "t" * 41),
    ("title too long", "/title", "x" * 201),
    ("accent colour", "/publisher", {"name": "X", "accent": "blue"}),
    ("publisher without a name", "/publisher", {"website": "https://example.org"}),
    ("edge not a string", "/summary/0/edge", 1),
    ("show-if without an answer", "/checklist/questions/1/showIf/answer", DELETE),
    # search: aliases and synonyms
    ("aliases not a list", "/criteria/0/aliases", "tisane"),
    ("alias too long", "/faq/0/aliases", ["a" * 81]),
    ("synonyms not lists", "/synonyms", ["tea"]),
    ("one synonym alone", "/synonyms", [["tea"]]),
    # an edge shared by several contenders
    ("empty edge list", "/criteria/0/edge", []),
    ("edge list with a bad id", "/criteria/0/edge", ["Tea"]),
    ("edge list names one twice", "/summary/0/edge", ["tea", "tea"]),
    # delivery
    ("delivery not an object", "/inquiry/delivery", "hubspot"),
    ("delivery profile", "/inquiry/delivery", {"profile": "zapier"}),
    ("header auth without its name", "/inquiry/delivery", {"auth": "header"}),
    ("extra field not text", "/inquiry/delivery", {"extraFields": {"_subject": 1}}),
    ("promises not a list", "/inquiry/promises", "We answer within a day."),
    ("six promises", "/inquiry/promises", ["We answer."] * 6),
    ("sendAs not text", "/inquiry/fields/0/sendAs", 1),
    ("sendAs too long", "/inquiry/fields/0/sendAs", "x" * 101),
]


def patched(document, pointer, value):
    doc = copy.deepcopy(document)
    keys = [k.replace("~1", "/").replace("~0", "~") for k in pointer.split("/")[1:]]
    node = doc
    for key in keys[:-1]:
        node = node[int(key)] if isinstance(node, list) else node[key]
    last = keys[-1]
    if isinstance(node, list):
        if value is DELETE:
            del node[int(last)]
        else:
            node[int(last)] = value
    elif value is DELETE:
        del node[last]
    else:
        node[last] = value
    return doc


def check_pack(versus, path):
    run = subprocess.run([versus, "--check-pack", path], capture_output=True, text=True,
                         env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    return run.returncode, run.stderr


def documented_examples(source):
    for doc in glob.glob(os.path.join(source, "docs", "*.md")):
        with open(doc, encoding="utf-8") as f:
            text = f.read()
        for n, block in enumerate(re.findall(r"```json\n(.*?)```", text, re.S)):
            if re.search(r'"format": "versus-pack/[12]"', block):
                yield "%s#%d" % (os.path.relpath(doc, source), n + 1), block


def main():
    versus, source = sys.argv[1], sys.argv[2]
    with open(os.path.join(source, "share/versus/schema/versus-pack.schema.json"), encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft7Validator.check_schema(schema)
    validator = jsonschema.Draft7Validator(schema)
    failures = []
    work = tempfile.mkdtemp()

    candidates = []
    for pattern in ("resources/packs/*.json", "tests/data/packs/*.json"):
        for path in sorted(glob.glob(os.path.join(source, pattern))):
            candidates.append((os.path.relpath(path, source), path))
    for name, block in documented_examples(source):
        path = os.path.join(work, name.replace("/", "_").replace("#", "-") + ".json")
        with open(path, "w", encoding="utf-8") as f:
            f.write(block)
        candidates.append((name, path))
    scaffold = os.path.join(work, "scaffold.json")
    subprocess.run([versus, "--new-pack", scaffold, "--contenders", "PostgreSQL,MySQL,SQLite"], check=True,
                   capture_output=True)
    candidates.append(("versus --new-pack", scaffold))

    valid = 0
    for name, path in candidates:
        code, _ = check_pack(versus, path)
        if code != 0:
            continue  # not a valid pack (a fixture of errors): nothing to compare
        valid += 1
        with open(path, encoding="utf-8-sig") as f:
            errors = list(validator.iter_errors(json.load(f)))
        for e in errors[:5]:
            failures.append("%s is a valid pack, but the schema says at %s: %s" % (name, e.json_path, e.message[:200]))
    if valid < 6:
        failures.append("only %d valid packs were found to check" % valid)

    with open(os.path.join(source, "tests/data/packs/minimal.json"), encoding="utf-8") as f:
        minimal = json.load(f)
    minimal["publisher"] = {"name": "Example"}
    for what, pointer, value in MUTATIONS:
        doc = patched(minimal, pointer, value)
        path = os.path.join(work, "mutated.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(doc, f)
        code, err = check_pack(versus, path)
        schema_errors = list(validator.iter_errors(doc))
        if code != 1 or ": error: " not in err:
            failures.append("%s: --check-pack does not call it an error (exit %d)" % (what, code))
        if not schema_errors:
            failures.append("%s: --check-pack calls it an error, the schema does not:\n    %s" % (what, err.strip()))

    for failure in failures:
        print("FAIL:", failure)
    print("%d valid packs checked against the schema, %d structural mistakes compared" % (valid, len(MUTATIONS)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
