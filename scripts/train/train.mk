# Training, evaluation and benchmark of the shipped English pipeline (issue 3).
# Included by the main Makefile; every path is relative to the repository root.
#   make train       rebuild src/claimledger/nlp/model from $(CORPORA), end to end (~4 h on 2 cores)
#   make eval-model  acceptance metrics of the shipped model -> scripts/train/metrics.json
#   make bench-nlp   words/s and peak memory of the shipped model -> scripts/train/bench.json

PY ?= .venv/bin/python
CORPORA ?= ../shared/corpora
TRAIN_DIR ?= training
NLP_MODEL_DIR ?= src/claimledger/nlp/model
TRAIN_SCRIPTS := scripts/train

.PHONY: train train-deps train-corpus train-vectors train-core train-ner train-assemble eval-model bench-nlp

train: train-deps train-corpus train-vectors train-core train-ner train-assemble

train-deps:
	$(PY) -m pip install --quiet -e '.[train]'

train-corpus:
	$(PY) $(TRAIN_SCRIPTS)/convert.py $(CORPORA) $(TRAIN_DIR)/corpus

train-vectors:
	$(PY) $(TRAIN_SCRIPTS)/vectors.py $(CORPORA) $(TRAIN_DIR)/vectors

# The core trains in two stages: 10,500 steps from scratch, then 10,000 more from the first
# stage's model-best with fresh optimiser moments (configs/core_resume.cfg).
CORE_DATA = --paths.train $(TRAIN_DIR)/corpus/ud_train.spacy --paths.dev $(TRAIN_DIR)/corpus/ud_dev.spacy \
	  --paths.vectors $(TRAIN_DIR)/vectors/nlp

train-core:
	$(PY) $(TRAIN_SCRIPTS)/train.py $(TRAIN_SCRIPTS)/configs/core.cfg $(TRAIN_DIR)/core-stage1 $(CORE_DATA)
	$(PY) $(TRAIN_SCRIPTS)/train.py $(TRAIN_SCRIPTS)/configs/core_resume.cfg $(TRAIN_DIR)/core $(CORE_DATA) \
	  --paths.source $(TRAIN_DIR)/core-stage1/model-best

train-ner:
	$(PY) $(TRAIN_SCRIPTS)/train.py $(TRAIN_SCRIPTS)/configs/ner.cfg $(TRAIN_DIR)/ner \
	  --paths.train $(TRAIN_DIR)/corpus/ner_train.spacy --paths.dev $(TRAIN_DIR)/corpus/ner_dev.spacy \
	  --paths.vectors $(TRAIN_DIR)/vectors/nlp

train-assemble:
	rm -rf $(NLP_MODEL_DIR)
	$(PY) $(TRAIN_SCRIPTS)/assemble.py $(TRAIN_DIR)/core/model-best $(TRAIN_DIR)/ner/model-best \
	  $(TRAIN_DIR)/corpus $(NLP_MODEL_DIR)

eval-model:
	$(PY) $(TRAIN_SCRIPTS)/evaluate.py $(NLP_MODEL_DIR) $(CORPORA) $(TRAIN_SCRIPTS)/metrics.json

bench-nlp:
	$(PY) $(TRAIN_SCRIPTS)/bench.py $(CORPORA) $(TRAIN_SCRIPTS)/bench.json --model $(NLP_MODEL_DIR)
