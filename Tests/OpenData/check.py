#!/usr/bin/env python3
"""Builds the demo site and checks its open data: every CSV and JSON below /data/ parses,
/data/ and catalog.json list every dataset a page presents, catalog.json has the DCAT fields a
CKAN portal harvests, and every OCDS package validates against the OCDS 1.1.5 schema.

Usage: python3 Tests/OpenData/check.py [--sitegen PATH] [--source content]
Runs in its own virtual environment (.build/opendata-venv, Tests/OpenData/requirements.txt),
made on first use. Exit status 0 when every check passes.
"""
import argparse
import csv
import hashlib
import io
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit, unquote

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
VENV = ROOT / ".build" / "opendata-venv"
REQUIREMENTS = HERE / "requirements.txt"
SCHEMAS = HERE / "ocds-1.1.5"


def ensure_venv() -> None:
    python = VENV / "bin" / "python"
    stamp = VENV / ".requirements.sha256"
    wanted = hashlib.sha256(REQUIREMENTS.read_bytes()).hexdigest()
    if python.exists() and stamp.exists() and stamp.read_text().strip() == wanted:
        return
    print(f"open data: preparing {VENV.relative_to(ROOT)} …", flush=True)
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    subprocess.run([str(python), "-m", "pip", "install", "--disable-pip-version-check", "-q", "-r", str(REQUIREMENTS)],
                   check=True)
    stamp.write_text(wanted + "\n")


class Checks:
    def __init__(self) -> None:
        self.passed = 0
        self.failures: list[str] = []

    def check(self, ok: bool, what: str) -> bool:
        if ok:
            self.passed += 1
        else:
            self.failures.append(what)
        return ok


def presented_keys(source: Path) -> set[str]:
    """The data keys the site's published pages present (`data:` in front matter, not drafts)."""
    keys = set()
    for md in source.rglob("*.md"):
        if "data" in md.relative_to(source).parts[:1]:
            continue
        text = md.read_text(encoding="utf-8")
        if not text.startswith("---"):
            continue
        front = text.split("---", 2)[1]
        if re.search(r"^draft:\s*true\s*$", front, re.M):
            continue
        match = re.search(r"^data:\s*[\"']?([^\"'\s#]+)", front, re.M)
        if match and (source / "data" / (match.group(1) + ".yaml")).exists():
            keys.add(match.group(1))
    return keys


def local_path(output: Path, base: str, url: str) -> Path | None:
    """The output file an absolute address of the site points at."""
    if not url.startswith(base):
        return None
    path = unquote(urlsplit(url).path)[len(urlsplit(base).path):]
    target = output / path
    return target / "index.html" if url.endswith("/") else target


def check_catalog(output: Path, base: str, keys: set[str], c: Checks) -> dict:
    catalog = json.loads((output / "data" / "catalog.json").read_text(encoding="utf-8"))
    c.check(catalog.get("@type") == "dcat:Catalog", "catalog.json: @type is dcat:Catalog")
    c.check(catalog.get("conformsTo") == "https://project-open-data.cio.gov/v1.1/schema", "catalog.json: conformsTo")
    datasets = catalog.get("dataset", [])
    c.check(len(datasets) == len(keys), f"catalog.json lists {len(datasets)} datasets; the pages present {len(keys)}")
    names = {d["identifier"].rsplit("#", 1)[-1] for d in datasets if "#" in d.get("identifier", "")}
    for key in sorted(keys):
        c.check(key.replace("/", "-") in names, f"catalog.json lists the dataset {key}")
    c.check(len(names) == len(datasets), "catalog.json: every identifier differs")
    for d in datasets:
        name = d.get("identifier", "?")
        # The fields ckanext-dcat's DCAT JSON harvester reads (dcat_to_ckan), and those the
        # Project Open Data 1.1 schema requires.
        for field in ("title", "description", "identifier", "modified", "license", "landingPage", "accessLevel"):
            c.check(isinstance(d.get(field), str) and d[field] != "", f"{name}: {field} is a text")
        c.check(isinstance(d.get("keyword"), list) and len(d["keyword"]) > 0, f"{name}: keyword is a list")
        c.check(re.fullmatch(r"\d{4}-\d{2}-\d{2}", d.get("modified", "")) is not None, f"{name}: modified is an ISO date")
        c.check(isinstance(d.get("publisher"), dict) and bool(d["publisher"].get("name")), f"{name}: publisher.name")
        contact = d.get("contactPoint", {})
        c.check(bool(contact.get("fn")) and contact.get("hasEmail", "").startswith("mailto:")
                and len(contact["hasEmail"].split(":")) == 2, f"{name}: contactPoint fn and hasEmail mailto:")
        c.check(d.get("language") == ["th"], f"{name}: language th")
        if "temporal" in d:
            c.check(re.fullmatch(r"\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2}", d["temporal"]) is not None,
                    f"{name}: temporal is an ISO interval")
        page = local_path(output, base, d.get("landingPage", ""))
        c.check(page is not None and page.exists(), f"{name}: its landing page exists")
        distributions = d.get("distribution", [])
        c.check({x.get("format") for x in distributions} >= {"CSV", "JSON"}, f"{name}: CSV and JSON distributions")
        for x in distributions:
            target = local_path(output, base, x.get("downloadURL", ""))
            if c.check(target is not None and target.exists(), f"{name}: {x.get('downloadURL')} exists"):
                c.check(target.stat().st_size == x.get("byteSize"), f"{name}: byteSize of {x.get('downloadURL')}")
            c.check(x.get("mediaType") in ("text/csv", "application/json"), f"{name}: mediaType")
            c.check(bool(x.get("title")), f"{name}: distribution title")
    return catalog


def check_catalogue_page(output: Path, base: str, catalog: dict, c: Checks) -> None:
    html = (output / "data" / "index.html").read_text(encoding="utf-8")
    prefix = urlsplit(base).path
    for d in catalog.get("dataset", []):
        for x in d.get("distribution", []):
            link = prefix + urlsplit(x["downloadURL"]).path[len(prefix):]
            c.check(f'href="{link}"' in html, f"/data/ links {link}")
            # The page presenting the dataset links its downloads too.
            page = local_path(output, base, d["landingPage"])
            if page and page.exists():
                c.check(f'href="{link}"' in page.read_text(encoding="utf-8"), f"{d['landingPage']} links {link}")
    sitemap = (output / "sitemap" / "index.html").read_text(encoding="utf-8")
    c.check(f'href="{prefix}data/"' in sitemap, "the site map lists /data/")


def check_files(output: Path, c: Checks) -> dict[str, object]:
    documents: dict[str, object] = {}
    for path in sorted((output / "data").rglob("*")):
        rel = path.relative_to(output).as_posix()
        if path.suffix == ".json":
            try:
                documents[rel] = json.loads(path.read_text(encoding="utf-8"))
                c.check(True, rel)
            except (ValueError, UnicodeDecodeError) as error:
                c.check(False, f"{rel} does not parse: {error}")
        elif path.suffix == ".csv":
            raw = path.read_bytes()
            c.check(raw.startswith(b"\xef\xbb\xbf"), f"{rel} starts with a UTF-8 byte order mark")
            try:
                rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
            except (csv.Error, UnicodeDecodeError) as error:
                c.check(False, f"{rel} does not parse: {error}")
                continue
            header = rows[0] if rows else []
            c.check(len(header) > 0 and len(set(header)) == len(header), f"{rel}: a header of distinct names")
            c.check(all(re.fullmatch(r"[a-z0-9_.]+", h) for h in header), f"{rel}: English column names {header[:3]}…")
            c.check(len(rows) > 1, f"{rel}: has rows")
            c.check(all(len(r) == len(header) for r in rows[1:]), f"{rel}: every row as long as the header")
            c.check((path.with_suffix(".json")).exists(), f"{rel}: its JSON beside it")
    return documents


def check_ocds(output: Path, documents: dict[str, object], c: Checks) -> int:
    from jsonschema import Draft4Validator, FormatChecker
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT4

    package_schema = json.loads((SCHEMAS / "release-package-schema.json").read_text(encoding="utf-8"))
    release_schema = json.loads((SCHEMAS / "release-schema.json").read_text(encoding="utf-8"))
    registry = Registry().with_resources([
        (release_schema["id"], Resource(contents=release_schema, specification=DRAFT4)),
        (package_schema["id"], Resource(contents=package_schema, specification=DRAFT4)),
    ])
    validator = Draft4Validator(package_schema, registry=registry, format_checker=FormatChecker())
    lists = {d["fiscal_year"]: d for rel, d in documents.items()
             if isinstance(d, dict) and d.get("kind") == "procurement" and not rel.startswith("data/ocds/")}
    packages = {rel: d for rel, d in documents.items() if rel.startswith("data/ocds/")}
    for year, items in ((y, d.get("items", [])) for y, d in lists.items()):
        c.check((f"data/ocds/{year}.json" in packages) == (len(items) > 0),
                f"fiscal year {year}: an OCDS package exactly when the list has items")
    for rel, package in sorted(packages.items()):
        errors = sorted(validator.iter_errors(package), key=lambda e: list(e.absolute_path))
        c.check(not errors, f"{rel} validates against the OCDS 1.1.5 release package schema: "
                + "; ".join(f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors[:5]))
        year = int(Path(rel).stem)
        releases = package.get("releases", [])
        c.check(len(releases) == len(lists.get(year, {}).get("items", [])), f"{rel}: one release per procurement item")
        ocids = [r.get("ocid") for r in releases]
        c.check(len(set(ocids)) == len(ocids), f"{rel}: every ocid differs")
    return len(packages)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sitegen", help="the sitegen binary (default .build/debug/sitegen)")
    parser.add_argument("--source", default="content")
    args = parser.parse_args()
    if Path(sys.prefix).resolve() != VENV.resolve():
        ensure_venv()
        os.execv(str(VENV / "bin" / "python"), [str(VENV / "bin" / "python"), __file__, *sys.argv[1:]])
    sitegen = Path(args.sitegen).resolve() if args.sitegen else ROOT / ".build" / "debug" / "sitegen"
    source = (ROOT / args.source).resolve()
    text = (source / "site.yaml").read_text(encoding="utf-8")
    match = re.search(r"^base_url:\s*[\"']?([^\"'\s#]+)", text, re.M)
    base = match.group(1) if match else ""
    base = base if base.endswith("/") else base + "/"
    c = Checks()
    with tempfile.TemporaryDirectory(prefix="sitegen-opendata-") as work:
        output = Path(work) / "public"
        done = subprocess.run([str(sitegen), "build", "--strict", "--quiet", "--no-cache", "--source", str(source),
                               "--output", str(output)], cwd=ROOT, capture_output=True, text=True)
        if done.returncode != 0:
            print(f"open data: sitegen build failed ({done.returncode}):\n{done.stdout}{done.stderr}")
            return 1
        keys = presented_keys(source)
        catalog = check_catalog(output, base, keys, c)
        check_catalogue_page(output, base, catalog, c)
        documents = check_files(output, c)
        packages = check_ocds(output, documents, c)
        csvs = len(list((output / "data").rglob("*.csv")))
    for failure in c.failures:
        print("FAIL " + failure)
    print(f"open data: {len(keys)} datasets, {csvs} CSV and {len(documents)} JSON files parsed, "
          f"{packages} OCDS packages validated; {c.passed} passed, {len(c.failures)} failed")
    return 1 if c.failures else 0


if __name__ == "__main__":
    sys.exit(main())
