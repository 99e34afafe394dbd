# Winnow: `make eval` and `make test` are all a new user needs.
# Both install what the machine lacks (libxml2-dev, zlib1g-dev, pkg-config) or say exactly what to do.

SWIFT      ?= swift
CONFIG     ?= release
BIN         = .build/$(CONFIG)/winnow
BENCH_DIR   = Benchmarks
SHARED     ?= ../shared

.PHONY: all deps build test eval baseline bench lint format clean-out aeb-text aeb-html goldens review check help

all: build

help:
	@echo "make eval      build (release) and score the cleaner on Corpus/ against Goldens/, gate on eval/baseline.json"
	@echo "make test      unit and end-to-end tests, plus the format lint"
	@echo "make baseline  re-pin eval/baseline.json (refuses to lower a figure; ALLOW_LOWER=1 to accept)"
	@echo "make bench     throughput benchmarks (release, one core)"
	@echo "make aeb-text  body figures on the ScrapingHub text dumps in $(SHARED)/benchmarks (when present)"
	@echo "make aeb-html  the ScrapingHub HTML pages: import, clean, score, export for the benchmark's own evaluate.py"
	@echo "make goldens   propose new goldens (*.json.new) for every drifted document, with a summary; never in CI"
	@echo "make review    walk the proposals: accept, reject or skip each"
	@echo "make check FILE=Corpus/site/a.txt   spot-check one file: blocks, rules, fields, diff against its golden"

## deps: libxml2-dev, zlib1g-dev and pkg-config, installed through apt when run as root on Debian/Ubuntu.
deps:
	@command -v $(SWIFT) >/dev/null 2>&1 || { echo "error: swift not found. Install Swift 6.1+ from swift.org and put it on PATH."; exit 2; }
	@if pkg-config --exists libxml-2.0 zlib 2>/dev/null; then :; \
	elif [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then \
		echo "installing libxml2-dev, zlib1g-dev and pkg-config (apt-get)"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libxml2-dev zlib1g-dev pkg-config >/dev/null; \
	else \
		echo "error: libxml2 or zlib development files not found."; \
		echo "  Debian/Ubuntu: sudo apt-get install libxml2-dev zlib1g-dev pkg-config"; \
		echo "  Fedora:        sudo dnf install libxml2-devel zlib-devel pkgconf-pkg-config"; \
		echo "  macOS:         brew install libxml2 zlib pkg-config"; \
		exit 2; \
	fi

build: deps
	$(SWIFT) build -c $(CONFIG) --product winnow

test: deps lint
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --disable-xctest

## eval: the CI gate. Reads Corpus/ and Goldens/, writes eval/report.json and eval/junit.xml only.
eval: build
	$(BIN) eval --corpus Corpus --goldens Goldens --report eval/report.json --junit eval/junit.xml --baseline eval/baseline.json

baseline: build
	$(BIN) baseline --corpus Corpus --goldens Goldens --baseline eval/baseline.json $(if $(ALLOW_LOWER),--allow-lower,)

bench: build
	touch $(BENCH_DIR)/Package.swift  # SwiftPM caches the parent package's file list; a touch makes it look again
	cd $(BENCH_DIR) && $(SWIFT) build -c release && WINNOW_BIN=$(abspath $(BIN)) .build/release/WinnowBench all && .build/release/WinnowBench learn

aeb-text: build
	@if [ -d "$(SHARED)/benchmarks/scrapinghub-aeb-text" ]; then \
		$(BIN) eval --corpus $(SHARED)/benchmarks/scrapinghub-aeb-text/Corpus --goldens $(SHARED)/benchmarks/scrapinghub-aeb-text/Goldens --report eval/aeb-text.json; \
	else echo "skipped: $(SHARED)/benchmarks/scrapinghub-aeb-text not found"; fi

## aeb-html: the benchmark's pages imported into .build/aeb-html (never into the repository),
## cleaned and scored; eval/aeb-predictions.json is in the benchmark's own format for its evaluate.py.
AEB := $(SHARED)/benchmarks/scrapinghub-aeb
aeb-html: build
	@if [ -d "$(AEB)/html" ]; then \
		rm -rf .build/aeb-html && \
		$(BIN) import aeb $(AEB)/ground-truth.json $(AEB)/html --out .build/aeb-html && \
		$(BIN) clean .build/aeb-html/Corpus --out .build/aeb-html/Predictions >/dev/null && \
		$(BIN) score --goldens .build/aeb-html/Goldens --predictions .build/aeb-html/Predictions --report eval/aeb-html.json && \
		$(BIN) export aeb --predictions .build/aeb-html/Predictions --out eval/aeb-predictions.json; \
	else echo "skipped: $(AEB)/html not found"; fi

## goldens / review / check: the loop after a rule fix (README, "Goldens after a fix").
goldens: build
	$(BIN) goldens update --all

review: build
	$(BIN) goldens review

check: build
	@if [ -z "$(FILE)" ]; then echo "usage: make check FILE=Corpus/<site>/<name>.txt"; exit 2; fi
	$(BIN) check "$(FILE)"

## lint: swift format (ships with the toolchain) against .swift-format.
lint:
	@if $(SWIFT) format --version >/dev/null 2>&1; then \
		$(SWIFT) format lint --strict --recursive Sources Tests Benchmarks/Sources Package.swift; \
	else echo "swift format not available: lint skipped"; fi

format:
	$(SWIFT) format --in-place --recursive Sources Tests Benchmarks/Sources Package.swift
