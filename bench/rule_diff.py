"""Line-by-line difference of two rule sets over the real Vietnamese corpora.

`dump` writes every line the rules (no learning) remove from VietNews, VNTC, ViMs and KTLab to a
TSV (`dataset<TAB>doc<TAB>line no<TAB>rule<TAB>text`); run it at the old commit and at the new one,
then `diff` prints the lines the new rules remove and the old did not (and the reverse), so every
new removal can be read before a rule change is kept.

`dump --cli` runs the real command line instead (records with their outlet, so learned site
boilerplate is in it too: VNTC names its outlet, the other three sets none) and writes every removed
line, rule or learned: run it with the old and the new code (e.g. the old code unpacked with `git
archive` and put first on PYTHONPATH) and `diff` the two dumps.

Run: `.venv/bin/python -m bench.rule_diff dump [--cli] OUT.tsv` then `... diff OLD.tsv NEW.tsv`.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from bench.eval_no_outlet import KTLAB, VIMS
from bench.eval_vietnamese import VIETNEWS, VNTC, _vietnews_lines, _vntc_lines


def _docs() -> Iterator[tuple[str, dict]]:
    for dataset, path in (("vietnews", VIETNEWS), ("vntc", VNTC), ("vims", VIMS), ("ktlab", KTLAB)):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for n, row in enumerate(fh):
                d = json.loads(row)
                if dataset == "vims":
                    d = {"id": f"{d['cluster']}/{d['doc_id']}", "text": f"{d['title']}\n{d['text']}"}
                elif dataset == "ktlab":
                    d = {"id": f"{d['cluster']}/{d['doc_id']}", "text": d["body"]}
                yield dataset, {**d, "id": str(d.get("id", n))}


def _clean(job: tuple[str, list[dict]]) -> list[str]:
    from cleaners.boilerplate import BoilerplateCleaner
    from cleaners.rules import load_rules

    dataset, docs = job
    cleaner = BoilerplateCleaner(load_rules("vi"))
    split = _vietnews_lines if dataset == "vietnews" else _vntc_lines
    out = []
    for doc in docs:
        lines = split(doc)
        for r in cleaner.clean("\n".join(line for _, line in lines)).removed:
            part = lines[r.line - 1][0]
            if part != "caption":
                out.append(f"{dataset}\t{doc['id']}\t{r.line}\t{r.rule}\t{r.text}")
    return out


def dump(path: Path, workers: int) -> None:
    def jobs() -> Iterator[tuple[str, list[dict]]]:
        current, chunk = "", []
        for dataset, doc in _docs():
            if dataset != current and chunk:
                yield current, chunk
                chunk = []
            current = dataset
            chunk.append(doc)
            if len(chunk) == 500:
                yield current, chunk
                chunk = []
        if chunk:
            yield current, chunk

    with ProcessPoolExecutor(max_workers=workers) as pool, path.open("w", encoding="utf-8") as fh:
        for rows in pool.map(_clean, jobs()):
            fh.writelines(r + "\n" for r in rows)


def dump_cli(path: Path, workers: int) -> None:
    """Every line the CLI removes (rules and learned patterns) from the four sets, as JSONL records."""
    import tempfile

    from bench.cli_run import run_cli

    with tempfile.TemporaryDirectory(prefix="rule-diff-") as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        files = {}
        for dataset, doc in _docs():
            split = _vietnews_lines if dataset == "vietnews" else _vntc_lines
            lines = [line for part, line in split(doc) if part != "caption"]
            rec = {"id": doc["id"], "text": "\n".join(lines)}
            if doc.get("outlet"):
                rec["outlet"] = doc["outlet"]
            if dataset not in files:
                files[dataset] = (folder / f"{dataset}.jsonl").open("w", encoding="utf-8")
            files[dataset].write(json.dumps(rec, ensure_ascii=False) + "\n")
        for fh in files.values():
            fh.close()
        out = run_cli(folder, workers=workers)
    with path.open("w", encoding="utf-8") as fh:
        for source, doc in sorted(out.docs.items()):
            dataset = source.split(".jsonl")[0]
            for r in doc["removed"]:
                fh.write(f"{dataset}\t{doc['doc_id']}\t{r['line']}\t{r['rule']}\t{r['text']}\n")


def _read(path: Path) -> dict[tuple[str, str, str], tuple[str, str]]:
    got = {}
    for row in path.read_text(encoding="utf-8").splitlines():
        dataset, doc, no, rule, text = row.split("\t", 4)
        got[dataset, doc, no] = (rule, text)
    return got


def diff(old: Path, new: Path) -> None:
    a, b = _read(old), _read(new)
    added = sorted(k for k in b if k not in a)
    dropped = sorted(k for k in a if k not in b)
    print(f"# removed now, kept before: {len(added)} "
          f"({dict(Counter((k[0], b[k][0]) for k in added))})")
    for k in added:
        print("+", *k, *b[k], sep="\t")
    print(f"# kept now, removed before: {len(dropped)}")
    for k in dropped:
        print("-", *k, *a[k], sep="\t")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("--workers", type=int, default=1)
    d.add_argument("--cli", action="store_true", help="through `newsclean run`, learned boilerplate included")
    f = sub.add_parser("diff")
    f.add_argument("old", type=Path)
    f.add_argument("new", type=Path)
    args = parser.parse_args()
    if args.cmd == "dump":
        (dump_cli if args.cli else dump)(args.out, args.workers)
    else:
        diff(args.old, args.new)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
