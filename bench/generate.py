#!/usr/bin/env python3
"""Generates the benchmark site twice, deterministically from a seed:

  OUT/sitegen/content/   a sitegen site folder: N Markdown pages in sections, plus datasets
                         (a procurement list of 20,000 items over two fiscal years, imported
                         from CSV, and monthly service statistics)
  OUT/hugo/              a Hugo site with the same Markdown pages and a minimal theme that
                         renders the same things: a base layout (header, menu, footer), the page
                         content, and paginated section lists (20 entries a page)

Pages: realistic Thai paragraphs, a GFM table in a third of them, front matter with title,
description and date.
"""
import argparse
import os
import random
import shutil

WORDS = ("องค์การบริหารส่วนตำบล ประชาชน โครงการ งบประมาณ การพัฒนา หมู่บ้าน ถนน คอนกรีต เสริมเหล็ก "
         "ประชาคม แผนพัฒนาท้องถิ่น การประชุม สภา ผู้สูงอายุ เบี้ยยังชีพ สาธารณสุข ป้องกัน โรคไข้เลือดออก "
         "ขยะมูลฝอย ธนาคารขยะ ศูนย์พัฒนาเด็กเล็ก การศึกษา ภาษีที่ดิน สิ่งปลูกสร้าง ประชาสัมพันธ์ "
         "เจ้าหน้าที่ ดำเนินการ ตรวจสอบ ความโปร่งใส คุณธรรม การมีส่วนร่วม ระบบประปา ไฟฟ้าสาธารณะ "
         "ซ่อมแซม บำรุงรักษา ฝึกอบรม อาชีพ กลุ่มสตรี เยาวชน กีฬา วัฒนธรรม ประเพณี สงกรานต์ ลอยกระทง "
         "น้ำท่วม ภัยแล้ง บรรเทาสาธารณภัย ร้องเรียน ร้องทุกข์ บริการ ออนไลน์ เอกสาร ขั้นตอน ระยะเวลา").split()
SECTIONS = [("news", "ข่าวประชาสัมพันธ์", 0.60), ("activities", "กิจกรรม", 0.20),
            ("announcements", "ประกาศ", 0.15), ("knowledge", "สาระน่ารู้", 0.05)]


def pick_section(r):
    for folder, _, share in SECTIONS:
        if r < share:
            return folder
        r -= share
    return SECTIONS[-1][0]


def sentence(rng):
    # The kind of agency is always followed by a space, as a name would otherwise follow it
    # (the copied-text check would warn, and a page with a warning is never rebuilt alone).
    def word():
        w = rng.choice(WORDS)
        return w + ("" if rng.random() < 0.7 and w != WORDS[0] else " ")
    return "".join(word() for _ in range(rng.randint(8, 18))).strip()


def paragraph(rng):
    return " ".join(sentence(rng) for _ in range(rng.randint(3, 6)))


def table(rng):
    rows = ["| ลำดับ | รายการ | งบประมาณ (บาท) |", "|---:|---|---:|"]
    for i in range(1, rng.randint(4, 9)):
        rows.append(f"| {i} | {sentence(rng)[:40]} | {rng.randint(5, 900) * 1000:,} |")
    return "\n".join(rows)


def page(rng, i):
    year = rng.choice([2023, 2024, 2025])
    date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    title = sentence(rng)[:60]
    body = [paragraph(rng) for _ in range(rng.randint(2, 5))]
    if i % 3 == 0:
        body.insert(1, table(rng))
    if i % 4 == 0:
        body.insert(0, "## " + sentence(rng)[:30])
    front = f'---\ntitle: "{title}"\ndescription: "{sentence(rng)[:100]}"\ndate: {date}\n---\n'
    return front + "\n" + "\n\n".join(body) + "\n"


def procurement_csv(rng, fy, count):
    methods = ["เฉพาะเจาะจง"] * 8 + ["e-bidding", "คัดเลือก"]
    statuses = ["เบิกจ่ายแล้ว", "ส่งมอบงานแล้ว", "ลงนามสัญญาแล้ว", "อยู่ระหว่างดำเนินการ"]
    lines = ["egp_number,title,budget,reference_price,method,status,bidders,contractor,contract_number,contract_date,contract_value,month,reason"]
    ce = fy - 543
    months = [f"{ce - 1}-{m:02d}" for m in (10, 11, 12)] + [f"{ce}-{m:02d}" for m in range(1, 10)]
    for i in range(count):
        month = months[i * 12 // count]
        budget = rng.randint(5, 500) * 1000
        method = rng.choice(methods)
        status = rng.choice(statuses)
        value = budget - rng.randint(0, budget // 20)
        contractor = f"ห้างหุ้นส่วนจำกัด {rng.choice(WORDS)}การค้า"
        awarded = status != "อยู่ระหว่างดำเนินการ"
        egp = str(rng.randint(10**10, 10**11 - 1)) if method == "e-bidding" else ""
        lines.append(",".join([
            egp, f"จัดซื้อจัดจ้าง{sentence(rng)[:50]} รายการที่ {i + 1}", f"\"{budget:,}\"", "", method, status,
            f"\"{contractor} {value:,}\"" if awarded else "", contractor if awarded else "",
            f"สัญญา {i + 1}/{fy}" if awarded else "", f"{month}-15" if awarded else "",
            f"\"{value:,}\"" if awarded else "", month, "เสนอราคาไม่เกินวงเงินงบประมาณ"]))
    return "\n".join(lines) + "\n", months


def service_stats(rng, fy):
    ce = fy - 543
    months = [f"{ce - 1}-{m:02d}" for m in (10, 11, 12)] + [f"{ce}-{m:02d}" for m in range(1, 10)]
    out = [f"kind: service-stats\nfiscal_year: {fy}\nservices:"]
    for s in range(8):
        out.append(f"  - name: บริการที่ {s + 1} {rng.choice(WORDS)}\n    unit: ราย\n    months:")
        out += [f"      {m}: {rng.randint(0, 300)}" for m in months]
    return "\n".join(out) + "\n"


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=10000)
    ap.add_argument("--procurement", type=int, default=20000, help="items over two fiscal years")
    ap.add_argument("--seed", type=int, default=2568)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    shutil.rmtree(a.out, ignore_errors=True)
    sg = os.path.join(a.out, "sitegen", "content")
    hg = os.path.join(a.out, "hugo")

    write(os.path.join(sg, "site.yaml"), "title: องค์การบริหารส่วนตำบลทดสอบความเร็ว\nshort_title: อบต.ทดสอบ\n"
          "base_url: https://bench.example/\nprovince: กาญจนบุรี\ndistrict: พนมทวน\nita_year: 2568\n"
          "contact:\n  address: เลขที่ ๑ หมู่ที่ ๑\n  phones: [\"0-3400-0000\"]\n  email: bench@bench.example\n")
    home = "---\ntitle: หน้าแรก\n---\n" + paragraph(rng) + "\n"
    write(os.path.join(sg, "index.md"), home)
    write(os.path.join(hg, "content", "_index.md"), home)
    for weight, (folder, title, _) in enumerate(SECTIONS, start=1):
        index = f"---\ntitle: {title}\nweight: {weight}\n---\n{paragraph(rng)}\n"
        write(os.path.join(sg, folder, "_index.md"), index)
        write(os.path.join(hg, "content", folder, "_index.md"), index)
    for i in range(a.pages):
        folder = pick_section(rng.random())
        text = page(rng, i)
        write(os.path.join(sg, folder, f"p{i:05d}.md"), text)
        write(os.path.join(hg, "content", folder, f"p{i:05d}.md"), text)

    for fy in (2567, 2568):
        csv, months = procurement_csv(rng, fy, a.procurement // 2)
        write(os.path.join(sg, "data", "procurement", f"{fy}-items.csv"), csv)
        monthly = "\n".join(f"  - month: {m}" for m in months)
        write(os.path.join(sg, "data", "procurement", f"{fy}.yaml"),
              f"kind: procurement\nfiscal_year: {fy}\nitems_csv: data/procurement/{fy}-items.csv\nmonthly:\n{monthly}\n")
        write(os.path.join(sg, "procurement", f"{fy}.md"),
              f"---\ntitle: จัดซื้อจัดจ้าง {fy}\nlayout: procurement\ndata: procurement/{fy}\noit: [o12]\n---\n")
        write(os.path.join(sg, "data", "service-stats", f"{fy}.yaml"), service_stats(rng, fy))
        write(os.path.join(sg, "statistics", f"{fy}.md"),
              f"---\ntitle: สถิติการให้บริการ {fy}\nlayout: service-stats\ndata: service-stats/{fy}\n---\n")
    write(os.path.join(sg, "procurement", "_index.md"), "---\ntitle: จัดซื้อจัดจ้าง\nweight: 9\n---\n")
    write(os.path.join(sg, "statistics", "_index.md"), "---\ntitle: สถิติ\nweight: 10\n---\n")

    write(os.path.join(hg, "hugo.toml"), 'baseURL = "https://bench.example/"\nlanguageCode = "th"\n'
          'title = "องค์การบริหารส่วนตำบลทดสอบความเร็ว"\ndisableKinds = ["taxonomy", "term", "RSS"]\n'
          '[pagination]\n  pagerSize = 20\n[markup.goldmark.renderer]\n  unsafe = false\n')
    base = """<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} | {{ .Site.Title }}</title><link rel="canonical" href="{{ .Permalink }}"><link rel="stylesheet" href="/style.css"></head>
<body><a href="#main">ข้ามไปยังเนื้อหาหลัก</a>
<header><a href="/">{{ .Site.Title }}</a><nav><ul>{{ range .Site.Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></nav></header>
<main id="main">{{ block "main" . }}{{ end }}</main>
<footer><p>{{ .Site.Title }}</p>{{ with .Lastmod }}<p>ปรับปรุงล่าสุด {{ .Format "2 January 2006" }}</p>{{ end }}</footer>
</body></html>
"""
    single = '{{ define "main" }}<article><h1>{{ .Title }}</h1><time>{{ .Date.Format "2006-01-02" }}</time>{{ .Content }}</article>{{ end }}\n'
    listing = ('{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}<ul>{{ range (.Paginate .Pages).Pages }}'
               '<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2006-01-02" }} {{ .Summary | plainify | truncate 200 }}</li>'
               '{{ end }}</ul>{{ template "_internal/pagination.html" . }}{{ end }}\n')
    write(os.path.join(hg, "layouts", "_default", "baseof.html"), base)
    write(os.path.join(hg, "layouts", "_default", "single.html"), single)
    write(os.path.join(hg, "layouts", "_default", "list.html"), listing)
    write(os.path.join(hg, "static", "style.css"), "body{font-family:sans-serif}\n")
    print(f"generated {a.pages} pages and {a.procurement} procurement items into {a.out}")


if __name__ == "__main__":
    main()
