"""The English language pipeline claimledger ships and loads once per process.

``load()`` returns the trained pipeline under ``claimledger/nlp/model`` (built by ``make train``
from ``../shared/corpora``), or the one the ``model`` setting names (``CLAIMLEDGER_MODEL``).
Until a trained pipeline is shipped, it falls back to the rule-only pipeline (tokenizer +
sentence rules), and says so in ``nlp.meta["claimledger_fallback"]``.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_DIR = Path(__file__).parent / "model"

_lock = threading.Lock()
_cache: dict[str, Language] = {}


def load(path: str | Path | None = None) -> Language:
    """The pipeline at ``path`` (default: the ``model`` setting, else the shipped one), loaded once
    per process."""
    from .. import settings

    key = str(path or settings.get("model") or MODEL_DIR)
    with _lock:
        if key not in _cache:
            _cache[key] = _load(Path(key))
        return _cache[key]


def describe(path: str | Path | None = None) -> dict[str, object]:
    """The pipeline's meta (name, version, language) without loading it."""
    meta_file = Path(path or MODEL_DIR) / "meta.json"
    if meta_file.exists():
        return dict(json.loads(meta_file.read_text(encoding="utf-8")))
    return {"lang": "en", "name": "rules", "version": "0"}


def _load(path: Path) -> Language:
    import spacy
    from thinc.api import use_ops

    from . import components, names, tokenizer  # noqa: F401 - registers our factories before loading

    if (path / "config.cfg").exists():
        try:
            # numpy's BLAS multiplies matrices ~3x faster than thinc's default (blis) on the
            # CPUs we measured; the layers keep the ops they are created with.
            with use_ops("numpy", use_blis=False):
                nlp = spacy.load(path)
            # rules added since the pipeline was trained (its tokenizer rules were saved with it)
            tokenizer.add_abbreviations(nlp.tokenizer)  # type: ignore[arg-type]
            tokenizer.add_address_split(nlp.tokenizer, nlp.Defaults)  # type: ignore[arg-type]
            if "cl_gazetteer" in nlp.pipe_names and "cl_orgs" not in nlp.pipe_names:
                nlp.add_pipe("cl_orgs", after="cl_gazetteer")
            if "cl_titles" in nlp.pipe_names and "cl_doc_names" not in nlp.pipe_names:
                nlp.add_pipe("cl_doc_names", after="cl_titles")
            if "cl_speakers" in nlp.pipe_names and "cl_names" not in nlp.pipe_names:
                nlp.add_pipe("cl_names", before="cl_speakers")
            return nlp
        except (OSError, ValueError) as exc:
            raise ModelError(f"cannot load the language pipeline at {path}: {exc}") from exc
    if path != MODEL_DIR:
        raise ModelError(f"no language pipeline at {path}")
    return components.rule_pipeline()
