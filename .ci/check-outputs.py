#!/usr/bin/env python3
"""Checks one sample's output tree for CI.

1. Runs ../shared/validate/check_outputs.py on the tree, unchanged.
2. A checker run that failed is accepted only when every finding it printed matches an entry
   of .ci/accepted-findings.tsv for this sample: a finding the checkers cannot be told about
   inline (ARM has no schema-valid place for a checkov skip) or a checker limitation, each with
   its reason. Any other finding fails CI.
3. Validates every ARM parameters file (azuredeploy.parameters.json and one
   azuredeploy.parameters.<environment>.json per environment) against the official
   deploymentParameters.json schema (check_outputs validates every .json under arm/ as a
   template, parameters files included).

Usage: check-outputs.py SHARED_DIR OUTPUT_TREE SAMPLE_NAME
"""
import fnmatch
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# ARM parameters files: the declared deployment's and one per environment.
PARAMETER_FILES = ("*.parameters.json", "*.parameters.*.json")


def accepted_entries():
    entries = []
    with open(os.path.join(HERE, "accepted-findings.tsv"), encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            sample, checker, finding, reason = line.rstrip("\n").split("\t")
            entries.append((sample, checker, finding, reason))
    return entries


def findings_by_run(output):
    """{checker title: [finding lines]} for the runs check_outputs reports as failed."""
    runs, title = {}, None
    for line in output.splitlines():
        if line.startswith("== ") and " (exit " in line:
            title = line[3:line.rindex(" (exit ")]
            runs[title] = []
        elif line.startswith("summary:"):
            title = None
        elif title is not None and line.startswith("   "):
            text = line.strip()
            if text.startswith(("ERROR", "Check: ")) or ": error:" in text:
                runs[title].append(text)
    return runs


def failed_titles(output):
    failed = []
    in_summary = False
    for line in output.splitlines():
        if line.startswith("summary:"):
            in_summary = True
        elif in_summary and line.startswith("  ") and " FAIL " in line:
            failed.append(line.strip().split("  ")[0].strip())
    return failed


def check_parameter_files(shared, tree):
    from jsonschema import Draft4Validator
    from referencing import Registry
    from referencing.jsonschema import DRAFT4
    base = os.path.join(shared, "reference", "arm-schemas", "schemas", "2019-04-01")
    registry = Registry()
    for name in ("deploymentTemplate.json", "deploymentParameters.json"):
        with open(os.path.join(base, name), encoding="utf-8") as f:
            schema = json.load(f)
        url = "https://schema.management.azure.com/schemas/2019-04-01/" + name
        registry = registry.with_resource(url, DRAFT4.create_resource(schema))
    with open(os.path.join(base, "deploymentParameters.json"), encoding="utf-8") as f:
        parameters_schema = json.load(f)
    problems = 0
    arm = os.path.join(tree, "arm")
    for name in sorted(os.listdir(arm)) if os.path.isdir(arm) else []:
        if not any(fnmatch.fnmatch(name, pattern) for pattern in PARAMETER_FILES):
            continue
        with open(os.path.join(arm, name), encoding="utf-8") as f:
            document = json.load(f)
        errors = list(Draft4Validator(parameters_schema, registry=registry).iter_errors(document))
        for error in errors:
            print("   ERROR %s %s: %s" % (name, "/".join(map(str, error.absolute_path)), error.message))
        print("== arm: %s against deploymentParameters.json: %s" % (name, "ok" if not errors else "%d errors" % len(errors)))
        problems += len(errors)
    return problems


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    shared, tree, sample = argv
    proc = subprocess.run([sys.executable, os.path.join(shared, "validate", "check_outputs.py"), tree],
                          capture_output=True, text=True)
    print(proc.stdout + proc.stderr, end="")
    entries = [e for e in accepted_entries() if fnmatch.fnmatch(sample, e[0])]
    runs = findings_by_run(proc.stdout)
    unaccepted = 0
    for title in failed_titles(proc.stdout):
        findings = runs.get(title, [])
        if not findings:
            print("NOT ACCEPTED %s: the run failed without a finding line" % title)
            unaccepted += 1
        for finding in findings:
            match = next((e for e in entries if e[1] == title and e[2] in finding), None)
            if match:
                print("accepted     %s: %s\n             because %s" % (title, finding, match[3]))
            else:
                print("NOT ACCEPTED %s: %s" % (title, finding))
                unaccepted += 1
    if proc.returncode not in (0, 1):
        print("check_outputs.py exited %d" % proc.returncode)
        unaccepted += 1
    unaccepted += check_parameter_files(shared, tree)
    print("%s: %s" % (sample, "ok" if unaccepted == 0 else "%d findings not accepted" % unaccepted))
    return 0 if unaccepted == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
