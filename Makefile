# resgraph — quick start: `make demo`, then `make test`.

SWIFT ?= swift
BIN := .build/release/resgraph

.PHONY: setup build test demo bench clean

# Installs what the package needs when it is missing: the C libraries it links (Graphviz,
# SQLite) and a CJK font, so that Chinese titles are drawn in PNG and PDF output.
setup:
	@missing=""; \
	pkg-config --exists libgvc 2>/dev/null || missing="$$missing libgraphviz-dev"; \
	pkg-config --exists sqlite3 2>/dev/null || missing="$$missing libsqlite3-dev"; \
	command -v pkg-config >/dev/null 2>&1 || missing="pkg-config $$missing"; \
	fc-list 2>/dev/null | grep -qi "wenquanyi" || missing="$$missing fonts-wqy-zenhei"; \
	if [ -n "$$missing" ]; then \
		echo "make: installing$$missing"; \
		SUDO=""; [ "$$(id -u)" = 0 ] || SUDO="sudo"; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

build: setup
	$(SWIFT) build -c release --product resgraph

test: setup
	$(SWIFT) test

# Renders the examples into output/ (committed, so visitors see them without building).
demo: build
	@mkdir -p output
	$(BIN) extract examples/* --format json > output/references.json
	$(BIN) extract examples/* --format table > output/references.txt
	$(BIN) render examples -o output/seed-graph.svg --title "Citation graph of the seed resolutions"
	$(BIN) render examples -o output/seed-graph.png --title "Citation graph of the seed resolutions"
	$(BIN) render examples --focus A/RES/58/154 --depth 1 -o output/A_RES_58_154.svg --title "A/RES/58/154 and its neighbourhood"
	$(BIN) render examples --focus A/RES/58/154 --depth 1 -o output/A_RES_58_154.png --title "A/RES/58/154 and its neighbourhood"
	$(BIN) render examples --focus "UNTS 189/2545" --depth 1 --direction in -o output/UNTS_189_2545.svg --title "Who cites the 1951 Refugee Convention (UNTS 189/2545)"
	$(BIN) render examples --focus "UNTS 189/2545" --depth 1 --direction in -o output/UNTS_189_2545.png --title "Who cites the 1951 Refugee Convention (UNTS 189/2545)"
	@echo "make: wrote output/"

bench: setup
	$(SWIFT) run -c release resgraph-bench examples

clean:
	rm -rf .build output/*.sqlite
