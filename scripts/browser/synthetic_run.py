#!/usr/bin/env python3
"""Writes the output directory of a made-up daybrief run with many dates, for digest tests.

A real run over thousands of dates takes minutes; the digest only reads summaries.jsonl,
dates.jsonl and report.json, so they are written directly. Some dates are skipped (gaps on the
timeline) and sentences carry markup-like text that the page must show as text.
Prints the number of chart marks to expect: one per month that has dates.

usage: synthetic_run.py OUTPUT_DIR [DATES]
"""
import datetime
import json
import sys
from pathlib import Path

HOSTILE = ["</script><script>alert(1)</script>", "<b>bold</b> & <i>", "\u2028line\u2029separators",
           "<!-- comment", "\"quoted\" 'single'"]


def main():
    out = Path(sys.argv[1])
    dates = int(sys.argv[2]) if len(sys.argv) > 2 else 3000
    out.mkdir(parents=True, exist_ok=True)
    day = datetime.date(2016, 1, 1)
    months = set()
    with open(out / "summaries.jsonl", "w", encoding="utf-8") as summaries, \
            open(out / "dates.jsonl", "w", encoding="utf-8") as counts:
        for i in range(dates):
            if i % 7 == 3:
                day += datetime.timedelta(days=1)  # a gap every week
            documents = 1 + (i * 7919) % 40
            sentences = [{"document": f"doc-{i}-{k}", "score": 0.5,
                          "text": f"Sentence {k} of {day}: {HOSTILE[(i + k) % len(HOSTILE)]} and more words."}
                         for k in range(5)]
            line = {"date": day.isoformat(), "documents": documents, "sentences": sentences}
            summaries.write(json.dumps(line, ensure_ascii=False, sort_keys=True) + "\n")
            counts.write(json.dumps({"date": day.isoformat(), "documents": documents,
                                     "paragraphs": documents * 6 + i % 11}, sort_keys=True) + "\n")
            months.add((day.year, day.month))
            day += datetime.timedelta(days=1)
    report = {"counters": {"documents.read": dates * 20, "rejected.records": 3, "boilerplate.navigation": 1234,
                           "duplicates.exact": 456, "duplicates.near": 78, "dates.summarized": dates}}
    (out / "report.json").write_text(json.dumps(report, indent=2), encoding="utf-8")
    print(len(months))


if __name__ == "__main__":
    main()
