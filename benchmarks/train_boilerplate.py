"""Train the boilerplate line classifier (``cleantext/boilerplate.py``) on the development pages.

    python benchmarks/train_boilerplate.py            # cross-validate, then train on all, write the model
    python benchmarks/train_boilerplate.py --cv-only  # figures only
    python benchmarks/train_boilerplate.py --pages my_pages.jsonl.gz --out my_model.json

The last form trains on pages of your own (JSON lines, gzipped or not, in the development data's
format: ``text``, the whole page; ``article``, its article; optionally ``with`` / ``without``,
snippets that must stay / go) and writes the model elsewhere than the package, for
``BoilerplateOptions(model="my_model.json")`` or ``cleantext --boilerplate-model my_model.json``.

Labels come from the development data only: a line holding a ``with`` snippet is content, one
holding a ``without`` snippet is furniture (strong labels, weight 5); other lines are content when
trafilatura's ``article`` text has them and furniture when it does not (weak labels, weight 1).
The ``article`` texts themselves are added as documents whose lines are all content, so the model
learns that clean text must pass through. Both stages are L2-regularised logistic regressions fitted
by Newton's method (numpy, a development dependency only). The threshold is the one with the best
snippet F1 on the training pages among those that keep at least 99.5% of the article words.

Figures are 2-fold cross-validated by page (even pages train, odd pages test, and back), so they
measure pages the model has not seen.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from baselines import devdata_pages  # noqa: E402

from cleantext.boilerplate import STAGE1_FEATURES, STAGE2_FEATURES, WIDE_FEATURES, Model, _dot, context_features, features_and_words, line_scores  # noqa: E402
from cleantext.scoring import collapse_ws, snippet_counts  # noqa: E402

MODEL = HERE.parent / "cleantext" / "data" / "boilerplate_model.json"
STRONG, WEAK, ARTICLE = 5.0, 1.0, 0.5
L2 = 1.0
MIN_ARTICLE_KEPT = 0.995
CONTEXT_STAGES = 2


def _labels(page: dict, lines: list[str]) -> list[tuple[float, float] | None]:
    withs = [collapse_ws(s) for s in page.get("with", [])]
    withouts = [collapse_ws(s) for s in page.get("without", [])]
    article = collapse_ws(page["article"])
    out: list[tuple[float, float] | None] = []
    for line in lines:
        text = collapse_ws(line)
        if not text:
            out.append(None)
        elif any(s and (s in text or (len(text) >= 20 and text in s)) for s in withs):
            out.append((1.0, STRONG))
        elif any(s and (s in text or (len(text) >= 10 and text in s)) for s in withouts):
            out.append((0.0, STRONG))
        else:
            out.append((1.0 if text in article else 0.0, WEAK))
    return out


def _documents(pages: list[dict]) -> list[tuple[list[str], list[tuple[float, float] | None]]]:
    docs = []
    for page in pages:
        lines = page["text"].splitlines()
        docs.append((lines, _labels(page, lines)))
        article = page["article"].splitlines()
        docs.append((article, [None if not ln.strip() else (1.0, ARTICLE) for ln in article]))
    return docs


def _fit(x: np.ndarray, y: np.ndarray, w: np.ndarray) -> np.ndarray:
    beta = np.zeros(x.shape[1])
    reg = np.eye(x.shape[1]) * L2
    reg[0, 0] = 0.0  # no penalty on the bias
    for _ in range(30):
        p = 1 / (1 + np.exp(-np.clip(x @ beta, -30, 30)))
        grad = x.T @ (w * (p - y)) + reg @ beta
        hess = (x * (w * p * (1 - p))[:, None]).T @ x + reg
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-6:
            break
    return beta


def _fit_rows(rows: list[tuple[list[float], tuple[float, float]]]) -> np.ndarray:
    """:func:`_fit` on (features, (label, weight)) rows."""
    return _fit(np.array([f for f, _ in rows]), np.array([lab[0] for _, lab in rows]), np.array([lab[1] for _, lab in rows]))


def _labelled(features: list, labels: list) -> list[tuple[list[float], tuple[float, float]]]:
    """The rows of one document that have features (not blank) and a label."""
    return [(f, lab) for f, lab in zip(features, labels) if f is not None and lab is not None]


def train(pages: list[dict]) -> dict:
    docs = _documents(pages)
    feats, words = zip(*(features_and_words(lines) for lines, _ in docs))
    beta1 = _fit_rows([row for fs, (_, labels) in zip(feats, docs) for row in _labelled(fs, labels)])
    z_docs = [[None if f is None else _dot(beta1.tolist(), f) for f in fs] for fs in feats]
    # Narrow pages (too little sure prose for the span and overlap features) keep the model as it
    # was before those features: a chain of stages fitted on all rows with them zeroed (zero
    # columns keep zero weights). Wide pages get stages of their own, fitted on their rows with
    # the scores the narrow or wide weights gave them in the stage before, as scoring does.
    wide_at = [STAGE2_FEATURES.index(name) for name in WIDE_FEATURES]
    z_narrow = z_docs
    stages, narrow_stages = [], []
    for _ in range(CONTEXT_STAGES):
        rows_all = []
        narrow_context = []
        for fs, z1, ws, (lines, labels) in zip(feats, z_narrow, words, docs):
            context, _ = context_features(lines, fs, z1, ws)
            context = [None if f is None else [0.0 if k in wide_at else v for k, v in enumerate(f)] for f in context]
            narrow_context.append(context)
            rows_all += _labelled(context, labels)
        beta_narrow = _fit_rows(rows_all)
        z_narrow = [[None if f is None else _dot(beta_narrow.tolist(), f) for f in context] for context in narrow_context]
        rows_wide, scored = [], []
        for fs, z1, ws, (lines, labels) in zip(feats, z_docs, words, docs):
            context, wide = context_features(lines, fs, z1, ws)
            scored.append((context, wide))
            if wide:
                rows_wide += _labelled(context, labels)
        beta_wide = _fit_rows(rows_wide)
        z_docs = [[None if f is None else _dot((beta_wide if wide else beta_narrow).tolist(), f) for f in context] for context, wide in scored]
        stages.append(dict(zip(STAGE2_FEATURES, (round(v, 5) for v in beta_wide.tolist()))))
        narrow_stages.append(dict(zip(STAGE2_FEATURES, (round(v, 5) for v in beta_narrow.tolist()))))
    model = {
        "stage1": dict(zip(STAGE1_FEATURES, (round(v, 5) for v in beta1.tolist()))),
        "context_stages": stages,
        "context_stages_narrow": narrow_stages,
        "threshold": 0.5,
    }
    model["threshold"] = _best_threshold(pages, model)
    return model


def _page_scores(pages: list[dict], model_data: dict) -> list[tuple[dict, list, list, list, list]]:
    """Each page's lines and line scores, and its article's, computed once for any threshold."""
    model = Model(model_data)
    out = []
    for page in pages:
        lines = page["text"].splitlines()
        article = page["article"].splitlines()
        out.append((page, lines, line_scores(lines, model), article, line_scores(article, model)))
    return out


def _kept(lines: list[str], scores: list, threshold: float) -> list[str]:
    return [line for line, s in zip(lines, scores) if s is None or s >= threshold]


def evaluate(pages: list[dict], model_data: dict, thresholds: list[float] | None = None) -> dict[float, dict[str, float]]:
    """Snippet precision/recall/F1 on the pages and the share of article words kept, per threshold."""
    scored = _page_scores(pages, model_data)
    results = {}
    for t in thresholds or [model_data["threshold"]]:
        tp = fp = fn = 0
        kept_words = all_words = 0
        for page, lines, scores, article, article_scores in scored:
            a, b, c, _ = snippet_counts("\n".join(_kept(lines, scores, t)), page.get("with", []), page.get("without", []))
            tp, fn, fp = tp + a, fn + b, fp + c
            all_words += sum(len(ln.split()) for ln in article)
            kept_words += sum(len(ln.split()) for ln in _kept(article, article_scores, t))
        p = tp / max(tp + fp, 1)
        r = tp / max(tp + fn, 1)
        results[t] = {"precision": p, "recall": r, "f1": 2 * p * r / max(p + r, 1e-9), "article_words_kept": kept_words / max(all_words, 1)}
    return results


def _best_threshold(pages: list[dict], model: dict) -> float:
    sweep = evaluate(pages, model, [x / 40 for x in range(1, 33)])
    allowed = [t for t, got in sweep.items() if got["article_words_kept"] >= MIN_ARTICLE_KEPT] or [min(sweep)]
    return max(allowed, key=lambda t: sweep[t]["f1"])


def read_pages(path: Path) -> list[dict]:
    """Labelled pages from a JSON-lines file (gzipped when its name ends in .gz), each checked for
    the fields training reads."""
    opener = gzip.open if path.suffix == ".gz" else open
    pages = []
    with opener(path, "rt", encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            page = json.loads(line)
            snippets_ok = isinstance(page, dict) and all(
                isinstance(page.get(key, []), list) and all(isinstance(s, str) for s in page.get(key, [])) for key in ("with", "without")
            )
            if not snippets_ok or not isinstance(page.get("text"), str) or not isinstance(page.get("article"), str):
                raise SystemExit(f"{path}:{number}: a page needs a \"text\" and an \"article\" string (and may have \"with\" / \"without\" lists of strings)")
            pages.append(page)
    if len(pages) < 2:
        raise SystemExit(f"{path}: {len(pages)} page(s); training needs at least 2 (and is better with hundreds)")
    return pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv-only", action="store_true", help="print the cross-validated figures only")
    parser.add_argument("--pages", type=Path, help="train on these pages (JSON lines, .gz or not) instead of the development pages")
    parser.add_argument("--out", type=Path, default=MODEL, help="where to write the model (default: the package's built-in model)")
    args = parser.parse_args()
    pages = read_pages(args.pages) if args.pages else list(devdata_pages())
    folds = [pages[0::2], pages[1::2]]
    cv = []
    for k in (0, 1):
        model = train(folds[k])
        cv.append(evaluate(folds[1 - k], model)[model["threshold"]])
        print(f"fold {k}: trained on {len(folds[k])} pages, tested on {len(folds[1 - k])}: {cv[-1]} (threshold {model['threshold']})")
    summary = {key: sum(c[key] for c in cv) / 2 for key in cv[0]}
    print("2-fold cross-validated:", summary)
    if args.cv_only:
        return
    model = train(pages)
    source = f"pages of {args.pages.name}" if args.pages else "development pages (../shared/devdata)"
    model["trained_on"] = f"{len(pages)} {source}, benchmarks/train_boilerplate.py"
    model["cross_validated"] = {k: round(v, 4) for k, v in summary.items()}
    args.out.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out} (threshold {model['threshold']})")
    for k, stage in enumerate([model["stage1"], *model["context_stages"], *model["context_stages_narrow"]], 1):
        for name, weight in stage.items():
            print(f"  stage {k} {name:22} {weight:+.3f}")


if __name__ == "__main__":
    main()
