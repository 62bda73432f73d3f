# resgraph — quick start: `make demo`, then `make test`.

SWIFT ?= swift
BIN := .build/release/resgraph
APT_PACKAGES := libgraphviz-dev libsqlite3-dev pkg-config

.PHONY: setup build test demo bench clean

# Installs the C libraries the package links (Graphviz, SQLite) when they are missing.
setup:
	@missing=""; \
	pkg-config --exists libgvc 2>/dev/null || missing="$$missing libgraphviz-dev"; \
	pkg-config --exists sqlite3 2>/dev/null || missing="$$missing libsqlite3-dev"; \
	command -v pkg-config >/dev/null 2>&1 || missing="pkg-config $$missing"; \
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
	@echo "make: wrote output/"

bench: setup
	$(SWIFT) run -c release resgraph-bench examples

clean:
	rm -rf .build output/*.sqlite
