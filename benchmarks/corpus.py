"""Synthetic wire stories for the benchmarks: plain text, HTML pages and JSON Lines.

Every story is assembled from the genre's sentence shapes (a dateline, a lead that
reports a message, claims with several cues, quotations, background, a closing
agency tag) filled with names, offices, countries and occasions drawn from a seeded
random generator, so that two runs measure the same corpus and no two stories are the
same text. `python benchmarks/corpus.py OUT_DIR [-n N]` writes a corpus to look at.
"""
from __future__ import annotations

import argparse
import html
import json
import random
from pathlib import Path

FIRST = ["Amina", "Boris", "Chen", "Dmitri", "Elena", "Farid", "Grace", "Hassan", "Ingrid", "Jorge",
         "Kwame", "Lena", "Mateo", "Nadia", "Omar", "Priya", "Rafael", "Sofia", "Tomas", "Yusuf",
         "Li", "Wang", "Nguyen Van", "Park Sung", "Ri Yong", "Hun", "Joko", "Ana Maria"]
LAST = ["Okafor", "Petrov", "Haidari", "Lindqvist", "Mensah", "Castillo", "Rahman", "Novak",
        "Kowalski", "Moreno", "Dlamini", "Tanaka", "Ferreira", "Osei", "Baranov", "Qing", "Minh",
        "Chol", "Sen", "Widodo", "Almeida", "Kariuki", "Ivanova", "Suarez"]
COUNTRIES = [("Ghana", "Ghanaian"), ("Peru", "Peruvian"), ("Kazakhstan", "Kazakh"), ("Norway", "Norwegian"),
             ("Indonesia", "Indonesian"), ("Kenya", "Kenyan"), ("Vietnam", "Vietnamese"), ("Cuba", "Cuban"),
             ("Serbia", "Serbian"), ("Laos", "Lao"), ("Egypt", "Egyptian"), ("Chile", "Chilean"),
             ("Mongolia", "Mongolian"), ("Nepal", "Nepali"), ("Zambia", "Zambian"), ("Portugal", "Portuguese")]
OFFICES = ["President", "Prime Minister", "Foreign Minister", "Chairman of the National Assembly",
           "Vice President", "Speaker of the Parliament", "King", "General Secretary of the Party"]
PLACES = ["BEIJING", "HANOI", "PYONGYANG", "MOSCOW", "NAIROBI", "LIMA", "OSLO", "JAKARTA", "HAVANA", "CAIRO"]
AGENCIES = ["Xinhua", "KCNA", "TASS", "VNA", "AFP", "Reuters", "NAN", "KPL"]
MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MEDIA = ["a message", "a congratulatory message", "a letter", "a cable", "a message of condolence",
         "a telegram", "greetings", "a message of sympathy"]
OCCASIONS = ["the {nth} anniversary of the founding of {c}", "the national day of {c}",
             "his re-election as {o} of {c}", "her election as {o} of {c}",
             "the floods that struck the north of {c}", "the opening of the {nth} congress of the ruling party",
             "the {nth} anniversary of the establishment of diplomatic ties between the two countries",
             "the earthquake in the eastern provinces of {c}", "the New Year"]
CUES = ["said", "noted", "stressed", "pointed out", "added", "expressed confidence", "expressed the hope",
        "believed", "underlined", "emphasized", "expressed gladness"]
CONTENT = ["the friendship between the two peoples has stood the test of time",
           "the two countries will continue to deepen practical cooperation in trade, energy and farming",
           "the relations between the two parties have entered a new stage of development",
           "{c} has made remarkable achievements in economic and social development in recent years",
           "both sides should work together to safeguard peace and stability in the region",
           "the recent visit of the delegation opened broad prospects for exchanges between young people",
           "the people of {c} will surely overcome the present difficulties and rebuild their homes",
           "the two governments will sign new agreements on education, health and transport this year",
           "cooperation under the framework of the regional forum has brought tangible benefits to both sides"]
QUOTES = ["We stand ready to work with you to open up a brighter future for our bilateral relations",
          "Our two peoples have always supported each other in hard times",
          "I am deeply saddened by the heavy loss of life and property",
          "The achievements of your country are an inspiration to friends all over the world"]
BACKGROUND = ["The two countries established diplomatic relations in {y}.",
              "Trade between them reached {n} billion U.S. dollars last year, up {p} percent from a year earlier.",
              "The ruling party of {c} held its {nth} congress in the capital in {m}.",
              "Several ministers and senior officials attended the ceremony held in the capital on {w}.",
              "Officials from both sides met earlier this month to review the progress of joint projects.",
              "The floods have left at least {n} people dead and thousands homeless, local media reported.",
              "A delegation of the Foreign Ministry is expected to visit the region later this year."]


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


class Story:
    """One synthetic story: a seeded generator of its parts."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng

    def name(self) -> str:
        return f"{self.r.choice(FIRST)} {self.r.choice(LAST)}"

    def fill(self, s: str) -> str:
        r = self.r
        k = r.randint(2, 90)
        return s.format(c=r.choice(COUNTRIES)[0], o=r.choice(OFFICES), n=r.randint(2, 90), nth=ordinal(k), y=r.randint(1950, 2015),
                        p=r.randint(2, 40), m=r.choice(MONTHS).rstrip("."), w=r.choice(WEEKDAYS))

    def lead(self, sender: str, recipient: str) -> str:
        r = self.r
        (c1, adj1), (c2, _) = r.sample(COUNTRIES, 2)
        o1, o2 = r.choice(OFFICES), r.choice(OFFICES)
        occasion = self.fill(r.choice(OCCASIONS))
        return r.choice([
            f"{adj1} {o1} {sender} on {r.choice(WEEKDAYS)} sent {r.choice(MEDIA)} to {o2} of {c2} {recipient} on {occasion}.",
            f"{sender}, {o1} of {c1}, has sent {r.choice(MEDIA)} to {recipient}, {o2} of {c2}, over {occasion}.",
            f"{o2} {recipient} of {c2} received {r.choice(MEDIA)} from {adj1} {o1} {sender} on {occasion}.",
            f"{sender} and {recipient} exchanged congratulatory messages on {r.choice(WEEKDAYS)} to mark {occasion}.",
        ])

    def claim(self, speaker: str, surname: str) -> str:
        r = self.r
        who = r.choice([surname, "He", "She", speaker, f"The {r.choice(OFFICES).lower()}"])
        content = self.fill(r.choice(CONTENT))
        cue = r.choice(CUES)
        return r.choice([
            f"{who} {cue} that {content}.",
            f"{content[0].upper()}{content[1:]}, {speaker if who in ('He', 'She') else who.replace('The ', 'the ')} {cue}.",
            f"In the message, {surname} {cue} that {content}, adding that {self.fill(r.choice(CONTENT))}.",
            f"\u201c{r.choice(QUOTES)},\u201d {surname} said in the {r.choice(['message', 'letter', 'cable'])}.",
            f"{content[0].upper()}{content[1:]}, according to {surname}.",
            f"{who} urged the two sides to strengthen exchanges and wished the people of {r.choice(COUNTRIES)[0]} happiness.",
        ])

    def paragraphs(self, size: int) -> tuple[str, str, list[str]]:
        """A headline, a dateline opening and the paragraphs of a story of about `size` characters."""
        r = self.r
        sender, recipient = self.name(), self.name()
        surnames = (sender.split()[-1], recipient.split()[-1])
        agency = r.choice(AGENCIES)
        dateline = f"{r.choice(PLACES)}, {r.choice(MONTHS)} {r.randint(1, 28)} ({agency}) -- "
        paras = [self.lead(sender, recipient)]
        total = len(paras[0])
        while total < size:
            n = r.randint(1, 3)
            parts = []
            for _ in range(n):
                if r.random() < 0.7:
                    sp = r.choice([(sender, surnames[0]), (recipient, surnames[1])])
                    parts.append(self.claim(*sp))
                else:
                    parts.append(self.fill(r.choice(BACKGROUND)))
            para = " ".join(parts)
            paras.append(para)
            total += len(para) + 2
        headline = f"{sender.split()[-1]} sends message to {recipient.split()[-1]}"
        return headline, dateline, paras


def plain(rng: random.Random, size: int) -> str:
    """A plain-text story of about `size` characters: scrape header, dateline, body, closing tag."""
    s = Story(rng)
    _, dateline, paras = s.paragraphs(size)
    header = f" date 20{rng.randint(10, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} " if rng.random() < 0.3 else ""
    tag = f" ({rng.choice(AGENCIES)}/{rng.choice(AGENCIES)})" if rng.random() < 0.5 else ""
    return header + dateline + "\n\n".join(paras) + tag + "\n"


def page(rng: random.Random, size: int) -> str:
    """An HTML page around a story: head with meta date, navigation, the story, related links, footer."""
    s = Story(rng)
    headline, dateline, paras = s.paragraphs(size)
    date = f"20{rng.randint(10, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    nav = "".join(f'<li><a href="/section/{i}">Section {i}</a></li>' for i in range(12))
    related = "".join(f'<li><a href="/news/{rng.randint(1000, 9999)}.html">{html.escape(s.lead(s.name(), s.name()))}</a></li>'
                      for _ in range(4))
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paras)
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<title>{html.escape(headline)} - World News</title>"
        f'<meta property="article:published_time" content="{date}T08:30:00+08:00">'
        "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}</script>"
        "<style>body{font-family:sans-serif}.nav li{display:inline}</style></head>"
        f'<body><header><ul class="nav">{nav}</ul></header>'
        f'<main><article><h1>{html.escape(headline)}</h1><div class="meta">Source: {rng.choice(AGENCIES)} | {date}</div>'
        f"<p>{html.escape(dateline)}{body[3:]}"
        f'<div class="share">Share this story: <a href="#">Facebook</a> <a href="#">X</a></div></article>'
        f'<aside><h2>Related</h2><ul>{related}</ul></aside></main>'
        "<footer><p>Copyright 2024 World News. All rights reserved.</p></footer></body></html>\n"
    )


def jsonl_line(rng: random.Random, size: int) -> str:
    """One line of a news crawler's JSON Lines export holding a story."""
    s = Story(rng)
    headline, dateline, paras = s.paragraphs(size)
    date = f"20{rng.randint(10, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return json.dumps({"url": f"https://news.example/{rng.randint(10**6, 10**7)}.html", "date_publish": date,
                       "title": headline, "maintext": dateline + "\n\n".join(paras)}, ensure_ascii=False)


def sizes(rng: random.Random, n: int, lo: int = 2000, hi: int = 5000) -> list[int]:
    return [rng.randint(lo, hi) for _ in range(n)]


def write_plain(folder: Path, n: int, seed: int = 1, lo: int = 2000, hi: int = 5000) -> list[Path]:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i, size in enumerate(sizes(rng, n, lo, hi)):
        p = folder / f"story{i:06d}.txt"
        p.write_text(plain(rng, size), encoding="utf-8")
        out.append(p)
    return out


def write_pages(folder: Path, n: int, seed: int = 2) -> list[Path]:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i, size in enumerate(sizes(rng, n)):
        p = folder / f"page{i:06d}.html"
        p.write_text(page(rng, size), encoding="utf-8")
        out.append(p)
    return out


def write_jsonl(path: Path, n: int, seed: int = 3, lo: int = 300, hi: int = 800) -> Path:
    """A JSON Lines file of `n` short stories, written line by line (n can be large)."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as f:
        for _ in range(n):
            f.write(jsonl_line(rng, rng.randint(lo, hi)) + "\n")
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("-n", type=int, default=20)
    args = ap.parse_args()
    write_plain(args.out / "txt", args.n)
    write_pages(args.out / "html", args.n)
    write_jsonl(args.out / "stories.jsonl", args.n)
    print(f"wrote {args.n} stories of each kind under {args.out}")


if __name__ == "__main__":
    main()
