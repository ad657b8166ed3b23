#!/usr/bin/env python3
"""Generates N synthetic agency sites for the province benchmark (bench/sites.sh), deterministically
from a seed, each derived from the demo site (content/) so that every page type, dataset and OIT
item is there:

  OUT/sites/<folder>/   a site folder (site.yaml, pages, data/) per agency
  OUT/sites/themes      a link to the repository's themes/, shared by all the sites

Per site, varying:
  - the agency: a Thai name made of two syllables (อบต., เทศบาลตำบล or เทศบาลเมือง), its
    sub-district, district and province, its address on the web and e-mail (every mention of the
    demo agency in pages and data is replaced), Thai or Arabic digits;
  - its size: a number of pages drawn between 50 and 500 (the demo's pages plus generated news
    pages in Thai, a GFM table in a third of them; a site smaller than the demo loses news pages
    (all but the three newest),
    then the disclosures of FY 2567 and 2568, as an agency that publishes only recent years);
  - what it lacks: about a third of the sites miss one to three OIT items of ITA 2570 as on
    2026-12-05 (a dataset and the page that presents it removed: complaint statistics, gift
    register, participation, a report of the previous year), so the audit has failures to find.
"""
import argparse
import os
import random
import re
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from generate import page  # noqa: E402  (the Thai page generator of the single-site benchmark)

FIRST = [("หนอง", "nong"), ("บ้าน", "ban"), ("ท่า", "tha"), ("โพธิ์", "pho"), ("นา", "na"), ("ดอน", "don"),
         ("วัง", "wang"), ("ห้วย", "huai"), ("คลอง", "khlong"), ("บาง", "bang"), ("ทุ่ง", "thung"), ("หัว", "hua"),
         ("เขา", "khao"), ("ลาด", "lat"), ("สระ", "sa"), ("โคก", "khok")]
SECOND = [("แก้ว", "kaeo"), ("ทอง", "thong"), ("ใหญ่", "yai"), ("น้อย", "noi"), ("ศรี", "si"), ("งาม", "ngam"),
          ("สวรรค์", "sawan"), ("ไทร", "sai"), ("ม่วง", "muang"), ("ขาม", "kham"), ("ยาง", "yang"), ("เตย", "toei"),
          ("จันทร์", "chan"), ("พัฒนา", "phatthana"), ("สามัคคี", "samakkhi"), ("กลาง", "klang")]
PROVINCES = [("กาญจนบุรี", ["พนมทวน", "ท่าม่วง", "บ่อพลอย"]), ("ราชบุรี", ["โพธาราม", "บ้านโป่ง", "ดำเนินสะดวก"]),
             ("สุพรรณบุรี", ["อู่ทอง", "สองพี่น้อง", "ศรีประจันต์"]), ("นครปฐม", ["กำแพงแสน", "บางเลน", "ดอนตูม"])]
TYPES = [("อบต.", "องค์การบริหารส่วนตำบล", "อบต.", 0.70), ("เทศบาลตำบล", "เทศบาลตำบล", "ทต.", 0.25),
         ("เทศบาลเมือง", "เทศบาลเมือง", "ทม.", 0.05)]
# Datasets whose removal, with the page presenting them, makes one OIT item of ITA 2570 (as on
# 2026-12-05) fail and leaves the site valid: nothing else in the demo names them.
REMOVABLE = [("complaints/stats-2569.md", "data/complaints/stats-2569.yaml"),
             ("ita/gift-register-2570.md", "data/integrity/gifts-2570.yaml"),
             ("participation-2570.md", "data/participation/2570.yaml"),
             ("hr/report-2569.md", "data/hr/report-2569.yaml"),
             ("procurement/report-2569.md", "data/procurement/report-2569.yaml"),
             ("plans/annual-report-2569.md", "data/reports/annual-2569.yaml"),
             ("ita/risk-report-2569.md", "data/integrity/risk-report-2569.yaml")]
DEMO_PAGES = 104  # pages a build of the demo site writes
TEXT = (".md", ".yaml", ".yml", ".csv")


def agency(rng, i):
    (t1, r1), (t2, r2) = rng.choice(FIRST), rng.choice(SECOND)
    r = rng.random()
    for kind, long_prefix, short_prefix, share in TYPES:
        if r < share:
            break
        r -= share
    province, districts = rng.choice(PROVINCES)
    name = t1 + t2
    return {"folder": f"{r1}-{r2}-{i:04d}", "name": name, "slug": f"{r1}{r2}{i:04d}", "kind": kind,
            "title": long_prefix + name, "short": short_prefix + name, "province": province,
            "district": rng.choice(districts)}


def old_disclosures(site):
    """The pages presenting a dataset of FY 2567 or 2568 (the previous ITA results excepted: later
    measures cite them), each with its data files (a procurement list's CSV table too)."""
    out = []
    for folder, _, files in sorted(os.walk(site)):
        for f in sorted(files):
            if not f.endswith(".md"):
                continue
            path = os.path.join(folder, f)
            with open(path, encoding="utf-8") as fh:
                m = re.search(r"^data: (\S+)$", fh.read(), re.M)
            if not m or not re.search(r"(^|[/-])256[78]$", m.group(1)) or m.group(1).startswith("ita/results"):
                continue
            data = [os.path.join("data", m.group(1) + ".yaml")]
            with open(os.path.join(site, data[0]), encoding="utf-8") as fh:
                table = re.search(r"^items_csv: (\S+)$", fh.read(), re.M)
            if table:
                data.append(table.group(1))
            out.append((os.path.relpath(path, site), data))
    # Reports first: a report names the assessment or measures it reports on, which must stay
    # while it does.
    return sorted(out, key=lambda entry: "report" not in entry[1][0])


def make_site(demo, out, rng, i):
    a = agency(rng, i)
    site = os.path.join(out, a["folder"])
    shutil.copytree(demo, site, ignore=shutil.ignore_patterns(".sitegen-cache"))
    # A municipality's offices have their own titles (the audit of o2 reads them).
    town = a["kind"] != "อบต."
    offices = [("รองนายกองค์การบริหารส่วนตำบล", "รองนายกเทศมนตรี"), ("เลขานุการนายกองค์การบริหารส่วนตำบล", "เลขานุการนายกเทศมนตรี"),
               ("นายกองค์การบริหารส่วนตำบลทุ่งทองพัฒนา", "นายกเทศมนตรี" + a["title"][len("เทศบาล"):]),
               ("นายกองค์การบริหารส่วนตำบล", "นายกเทศมนตรี"), ("ปลัดองค์การบริหารส่วนตำบล", "ปลัดเทศบาล"),
               ("สภาองค์การบริหารส่วนตำบล", "สภาเทศบาล")] if town else []
    replacements = offices + [("องค์การบริหารส่วนตำบลทุ่งทองพัฒนา", a["title"]), ("อบต.ทุ่งทองพัฒนา", a["short"]),
                    ("ทุ่งทองพัฒนา", a["name"]), ("ทุ่งทอง", a["name"]), ("thungthong", a["slug"]),
                    ("กาญจนบุรี", a["province"]), ("พนมทวน", a["district"])]
    for folder, _, files in os.walk(site):
        for f in files:
            if not f.endswith(TEXT):
                continue
            path = os.path.join(folder, f)
            with open(path, encoding="utf-8") as fh:
                text = fh.read()
            changed = text
            for old, new in replacements:
                changed = changed.replace(old, new)
            if f == "site.yaml" and folder == site:
                changed = changed.replace("agency_type: อบต.", f"agency_type: {a['kind']}")
                if rng.random() < 0.2:
                    changed = changed.replace("digits: thai", "digits: arabic")
            if changed != text:
                with open(path, "w", encoding="utf-8") as fh:
                    fh.write(changed)
    # What it lacks.
    missing = rng.sample(REMOVABLE, rng.randint(1, 3)) if rng.random() < 0.35 else []
    for page_file, data_file in missing:
        os.remove(os.path.join(site, page_file))
        os.remove(os.path.join(site, data_file))
    # Its size.
    target = rng.randint(50, 500)
    news = os.path.join(site, "news")
    excess = DEMO_PAGES - target
    # The newest news pages stay: o4 asks for news of the year.
    for name in sorted(n for n in os.listdir(news) if n != "_index.md")[:-3][:max(0, excess)]:
        os.remove(os.path.join(news, name))
        excess -= 1
    for page_file, data_files in old_disclosures(site)[:max(0, excess)]:
        os.remove(os.path.join(site, page_file))
        for data_file in data_files:
            os.remove(os.path.join(site, data_file))
    for p in range(max(0, target - DEMO_PAGES)):
        with open(os.path.join(news, f"g{p:04d}.md"), "w", encoding="utf-8") as fh:
            fh.write(page(rng, p))
    return a["folder"], target, len(missing)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sites", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7850)
    ap.add_argument("--out", required=True, help="the folder to create (OUT/sites/ holds the sites)")
    a = ap.parse_args()
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    rng = random.Random(a.seed)
    sites = os.path.join(a.out, "sites")
    shutil.rmtree(a.out, ignore_errors=True)
    os.makedirs(sites)
    os.symlink(os.path.join(root, "themes"), os.path.join(sites, "themes"))
    pages = lacking = 0
    for i in range(1, a.sites + 1):
        _, target, missing = make_site(os.path.join(root, "content"), sites, rng, i)
        pages += target
        lacking += missing > 0
    print(f"generated {a.sites} sites into {sites}: {pages} pages planned ({pages // a.sites} on average), "
          f"{lacking} sites missing one to three OIT items")


if __name__ == "__main__":
    main()
