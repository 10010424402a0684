#!/usr/bin/env python3
"""Samples sentences of the shared wire corpus for hand coding (tests/data/gold/wire-dev.jsonl).

Prints one JSON reference per line: {"doc", "start", "end"} with UTF-8 byte offsets into the record's `text`.
With --show it also prints the sentence, the story's date and title and the sentence before it, for the human
coder only: that output quotes the corpus and must never be saved inside the repository.

Reproducible: the same corpus, seed, count and exclusions give the same sample. The seed used for wire-dev is
20261129; wire-dev2 uses --seed 20261130 --exclude tests/data/gold/wire-dev.jsonl.

--exclude FILE (repeatable) drops every story that a reference file (one JSON object with a "doc" field per line, such
as tests/data/gold/wire-dev.jsonl) already uses, before the shuffle's draws are taken, so a new set shares no story with
an old one. Without --exclude the output is unchanged.

Story filter (politics, conflict, diplomacy, protest, crime and justice; no markets, sports or weather):
  * the title must not hold a market, sports or weather word (MARKET_SPORT_WEATHER), and
  * the title or the first paragraph must hold a political word (POLITICAL).
Sentence filter: 8 to 60 words, not a bare quotation (not opening with a quote mark), not a dateline or byline.
One sentence is drawn per sampled story, so the sample spreads over many stories.
"""
import argparse
import json
import lzma
import random
import re

MARKET_SPORT_WEATHER = re.compile(
    r"\b(shares?|stocks?|market|bourse|index|dollar|yen|euro|currency|prices?|oil|gold|trade surplus|exports?|"
    r"imports?|earnings|profits?|output|gdp|inflation|rates?|bonds?|economy|economic|growth|tourism|"
    r"football|soccer|tennis|golf|cricket|rugby|olympic|cup|match|league|champion\w*|tournament|"
    r"weather|storm|typhoon|flood\w*|rain|snow|quake|earthquake)\b", re.I)
POLITICAL = re.compile(
    r"\b(president|minister|government|parliament|election|party|police|troops|army|military|rebels?|"
    r"talks|summit|court|trial|sentenced|arrested|protest\w*|strike|attack\w*|killed|bomb\w*|clash\w*|"
    r"sanctions?|treaty|envoy|diplomat\w*|united nations|un|nato|opposition|guerrillas?|militants?|"
    r"war|peace|visit\w*|accus\w*|demand\w*|ceasefire|refugees?|hostages?|coup|vote)\b", re.I)

# Words ending in a full stop that do not end a sentence.
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "gov", "sen", "rep", "rev",
    "st", "jr", "sr", "co", "corp", "inc", "ltd", "no", "vs", "jan", "feb", "mar", "apr", "aug", "sept", "sep",
    "oct", "nov", "dec", "u.s", "u.n", "u.k", "e.u", "a.m", "p.m", "messrs", "mt", "ft", "pres", "sheikh",
}

SENTENCE_END = re.compile(r'[.?!]["\')]?(?=\s+["\'(]?[A-Z0-9])')


def split_sentences(paragraph):
    """Yields (start, end) character offsets of the sentences of one paragraph."""
    start = 0
    for m in SENTENCE_END.finditer(paragraph):
        before = paragraph[start:m.start()].split()
        last = before[-1].lower().strip('"\'(') if before else ""
        if last in ABBREVIATIONS or re.fullmatch(r"[a-z]", last) or re.fullmatch(r"(?:[a-z]\.)+[a-z]", last):
            continue
        yield start, m.end()
        start = m.end()
        while start < len(paragraph) and paragraph[start].isspace():
            start += 1
    if paragraph[start:].strip():
        yield start, len(paragraph.rstrip())


def sentences(text):
    """Yields (byte_start, byte_end, sentence) for every sentence of a record's text."""
    offset = 0
    for paragraph in text.split("\n\n"):
        for s, e in split_sentences(paragraph):
            begin = len(text[:offset + s].encode("utf-8"))
            end = len(text[:offset + e].encode("utf-8"))
            yield begin, end, paragraph[s:e]
        offset += len(paragraph) + 2


def wanted_story(record):
    if MARKET_SPORT_WEATHER.search(record["title"] or ""):
        return False
    first_paragraph = record["text"].split("\n\n")[0]
    return bool(POLITICAL.search(record["title"] or "") or POLITICAL.search(first_paragraph))


def wanted_sentence(sentence):
    words = sentence.split()
    return 8 <= len(words) <= 60 and not sentence.startswith(('"', "'", "``")) and "(AFP)" not in sentence \
        and "(Xinhua)" not in sentence


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default="../shared/corpus/news/wire-1997-2006.jsonl.xz")
    ap.add_argument("--seed", type=int, default=20261129)
    ap.add_argument("--count", type=int, default=150)
    ap.add_argument("--show", action="store_true", help="also print the text (for the coder; never commit it)")
    ap.add_argument("--exclude", action="append", default=[], metavar="FILE",
                    help="skip the stories used by this reference file (JSON Lines with a 'doc' field); repeatable")
    args = ap.parse_args()

    excluded = set()
    for path in args.exclude:
        with open(path, encoding="utf-8") as f:
            excluded.update(json.loads(line)["doc"] for line in f if line.strip())

    with lzma.open(args.corpus, "rt", encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    stories = [r for r in records if wanted_story(r)]
    rng = random.Random(args.seed)
    rng.shuffle(stories)
    # Filtered after the shuffle, so that the shuffle (and so the default sample) does not depend on the exclusions.
    stories = [r for r in stories if r["id"] not in excluded]
    taken = 0
    for record in stories:
        if taken == args.count:
            break
        candidates = [s for s in sentences(record["text"]) if wanted_sentence(s[2])]
        if not candidates:
            continue
        start, end, sentence = rng.choice(candidates)
        assert record["text"].encode("utf-8")[start:end].decode("utf-8") == sentence
        ref = {"doc": record["id"], "start": start, "end": end}
        if args.show:
            previous = [s[2] for s in sentences(record["text"]) if s[1] <= start][-1:]
            ref.update(published=record["published"], title=record["title"], before=previous, sentence=sentence)
        print(json.dumps(ref, ensure_ascii=False))
        taken += 1


if __name__ == "__main__":
    main()
