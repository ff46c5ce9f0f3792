"""Train one pipeline from a config: ``python scripts/train/train.py CONFIG OUTDIR [--key value]``.

Wraps ``spacy train`` so that (1) our factories (tokenizer, sentence rules) are registered and
(2) thinc multiplies matrices with numpy's BLAS instead of blis, which is about three times
faster on this machine's CPUs (see docs/MODEL.md, "Speed").
"""

from __future__ import annotations

import sys
from pathlib import Path

from spacy.cli._util import parse_config_overrides
from spacy.cli.train import train
from thinc.api import NumpyOps, set_current_ops

import claimledger.nlp.components  # noqa: F401 - registers our factories


def main() -> None:
    config, output, *rest = sys.argv[1:]
    set_current_ops(NumpyOps(use_blis=False))
    train(Path(config), Path(output), use_gpu=-1, overrides=parse_config_overrides(rest))


if __name__ == "__main__":
    main()
