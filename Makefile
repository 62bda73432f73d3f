# resgraph — quick start: `make demo`, then `make test`.

SWIFT ?= swift
# Release builds link the Swift runtime and Foundation into the binary: it runs without the
# toolchain's libraries and starts in 9 ms instead of 13. Every release build here passes the
# same flags, since SwiftPM rebuilds everything when they change.
RELEASE := -c release --static-swift-stdlib
BIN := .build/release/resgraph
DEMO_CORPUS := .build/demo-council

.PHONY: setup build test demo bench web-bench stress fuzz fuzz-build install clean

# Installs what the package needs when it is missing: the C libraries it links (Graphviz,
# SQLite, libxml2 for Word files) or loads (poppler-glib, when the first PDF is read; libzip,
# when the first .docx is; libgsf, when the first Word 97-2003 file is), a CJK font, so that Chinese titles are drawn in PNG and PDF output,
# and Chromium with Python, which the browser test of `resgraph serve` drives.
setup:
	@missing=""; \
	pkg-config --exists libgvc 2>/dev/null || missing="$$missing libgraphviz-dev"; \
	pkg-config --exists sqlite3 2>/dev/null || missing="$$missing libsqlite3-dev"; \
	pkg-config --exists poppler-glib 2>/dev/null || missing="$$missing libpoppler-glib-dev"; \
	pkg-config --exists libgsf-1 2>/dev/null || missing="$$missing libgsf-1-dev"; \
	pkg-config --exists libxml-2.0 2>/dev/null || missing="$$missing libxml2-dev"; \
	pkg-config --exists libzip 2>/dev/null || missing="$$missing libzip-dev"; \
	command -v pkg-config >/dev/null 2>&1 || missing="pkg-config $$missing"; \
	fc-list 2>/dev/null | grep -qi "wenquanyi" || missing="$$missing fonts-wqy-zenhei"; \
	command -v python3 >/dev/null 2>&1 || missing="$$missing python3"; \
	if [ -n "$$missing" ]; then \
		echo "make: installing$$missing"; \
		SUDO=""; [ "$$(id -u)" = 0 ] || SUDO="sudo"; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi
	@command -v chromium >/dev/null 2>&1 || { \
		echo "make: installing chromium (for the browser test)"; \
		SUDO=""; [ "$$(id -u)" = 0 ] || SUDO="sudo"; \
		{ $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium; } \
			|| echo "make: chromium could not be installed; the browser test will be skipped"; }

build: setup
	$(SWIFT) build $(RELEASE) --product resgraph

test: setup
	$(SWIFT) test
	python3 Tests/Browser/browser_test.py .build/debug/resgraph

# Renders the examples into output/ (committed, so visitors see them without building).
demo: build
	@mkdir -p output
	$(BIN) extract examples/* --format json > output/references.json
	$(BIN) extract examples/* --format table > output/references.txt
	$(BIN) render examples -o output/seed-graph.svg --title "Citation graph of the seed resolutions"
	$(BIN) render examples -o output/seed-graph.png --title "Citation graph of the seed resolutions"
	$(BIN) render examples --focus A/RES/58/154 --depth 1 -o output/A_RES_58_154.svg --title "A/RES/58/154 and its neighbourhood"
	$(BIN) render examples --focus A/RES/58/154 --depth 1 -o output/A_RES_58_154.png --title "A/RES/58/154 and its neighbourhood"
	$(BIN) render examples --focus A/RES/58/154 --edges focus -o output/A_RES_58_154-ego.svg --title "What A/RES/58/154 cites, and who cites it (its own citations only)"
	$(BIN) render examples --focus A/RES/58/154 --edges focus -o output/A_RES_58_154-ego.png --title "What A/RES/58/154 cites, and who cites it (its own citations only)"
	$(BIN) render examples --focus "UNTS 189/2545" --depth 1 --direction in -o output/UNTS_189_2545.svg --title "Who cites the 1951 Refugee Convention (UNTS 189/2545)"
	$(BIN) render examples --focus "UNTS 189/2545" --depth 1 --direction in -o output/UNTS_189_2545.png --title "Who cites the 1951 Refugee Convention (UNTS 189/2545)"
	# A crowded time range and a much-cited resolution's neighbourhood, drawn from a synthetic
	# corpus of the 240 SC resolutions of 1990-1993 (real numbers and dates, made-up citations).
	$(SWIFT) build $(RELEASE) --product resgraph-demo-corpus
	rm -rf $(DEMO_CORPUS) && .build/release/resgraph-demo-corpus $(DEMO_CORPUS)
	$(BIN) render $(DEMO_CORPUS) --from 1990 --to 1993 --kind sc-resolution --max-pixels 1400 -o output/sc-1990-1993.png --title "Security Council resolutions 1990-1993 (synthetic citations)"
	$(BIN) render $(DEMO_CORPUS) --from 1990 --to 1993 --kind sc-resolution -o output/sc-1990-1993.svg --title "Security Council resolutions 1990-1993 (synthetic citations)"
	$(BIN) render $(DEMO_CORPUS) --focus 687 --edges focus --max-pixels 1400 -o output/S_RES_687-ego.png --title "Who cites 687 (1991), and what it cites (synthetic citations)"
	$(BIN) render $(DEMO_CORPUS) --focus 687 --edges focus -o output/S_RES_687-ego.svg --title "Who cites 687 (1991), and what it cites (synthetic citations)"
	@echo "make: wrote output/"

# The extraction benchmark also times the resgraph binary end to end, so it is built first.
bench: setup
	$(SWIFT) build $(RELEASE) --product resgraph
	$(SWIFT) build $(RELEASE) --product resgraph-bench
	$(SWIFT) build $(RELEASE) --product resgraph-pdf-bench
	$(SWIFT) build $(RELEASE) --product resgraph-word-bench
	.build/release/resgraph-bench examples
	.build/release/resgraph-pdf-bench Tests/Fixtures/pdf 1000
	.build/release/resgraph-word-bench examples 200

# The web view under load on the index benchmark's 100,000 documents (about 5 minutes); installs
# wrk, the load generator, when it is missing.
web-bench: setup
	@command -v wrk >/dev/null 2>&1 || { \
		echo "make: installing wrk (for the web benchmark)"; \
		SUDO=""; [ "$$(id -u)" = 0 ] || SUDO="sudo"; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq wrk; }
	scripts/web-bench.sh 100000

# Installs the binary, shell completions (bash, zsh, fish) and a man page generated from the
# command definitions: PREFIX=/usr/local by default (make install PREFIX=$$HOME/.local).
PREFIX ?= /usr/local
install: build
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1 \
		$(DESTDIR)$(PREFIX)/share/bash-completion/completions $(DESTDIR)$(PREFIX)/share/zsh/site-functions \
		$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/resgraph
	$(BIN) --generate-completion-script bash > $(DESTDIR)$(PREFIX)/share/bash-completion/completions/resgraph
	$(BIN) --generate-completion-script zsh > $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_resgraph
	$(BIN) --generate-completion-script fish > $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/resgraph.fish
	@mkdir -p .build/man
	$(SWIFT) package --allow-writing-to-directory .build/man generate-manual --output-directory .build/man
	install -m 644 .build/man/resgraph.1 $(DESTDIR)$(PREFIX)/share/man/man1/resgraph.1
	@echo "make: installed $(DESTDIR)$(PREFIX)/bin/resgraph, its completions and man page"

# The failure cases of real use (concurrent readers, truncated files, full disks), against the
# release binary; prints what held.
stress: build
	bash scripts/stress.sh

# libFuzzer over the extractor, seeded with Fuzz/corpus and the citation dictionary.
# FUZZ_SECONDS=1800 make fuzz for a long run; new inputs land in .build/fuzz/corpus, findings
# in .build/fuzz/artifacts (copy what matters into Fuzz/corpus: the tests replay it).
FUZZ_SECONDS ?= 60
fuzz: fuzz-build
	cd .build/fuzz && ./extractor-fuzzer corpus ../../Fuzz/corpus -dict=../../Fuzz/citations.dict \
		-max_len=65536 -timeout=2 -rss_limit_mb=2048 -max_total_time=$(FUZZ_SECONDS) -artifact_prefix=artifacts/

# The fuzzer alone, built as `make fuzz` runs it: CI builds it so that it cannot silently stop compiling.
fuzz-build: setup
	@mkdir -p .build/fuzz/corpus .build/fuzz/artifacts
	swiftc -sanitize=fuzzer,address -parse-as-library -module-name ResGraphExtractor -O -g -I Sources/CTextWindow/include \
		$$(find Sources/ResGraphExtractor Sources/ResGraphOutput -name '*.swift') Fuzz/ExtractorFuzzer.swift -o .build/fuzz/extractor-fuzzer

clean:
	rm -rf .build output/*.sqlite
