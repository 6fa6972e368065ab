# The two set-up commands (make demo, make test) and the developer targets.
# Every target installs what it needs first, so a fresh Debian 12 machine works.
BUILD      ?= build
JOBS       ?= 2
BUILD_TYPE ?= RelWithDebInfo
DEMO_DIR   ?= $(BUILD)/demo
DEMO_VAULT ?= $(DEMO_DIR)/Demo caseload.waymark
DEMO_PASSPHRASE ?= correct horse battery staple
DEMO_PEOPLE ?= 250

.PHONY: deps configure build test demo bench fuzz package format clean

deps:
	@sh packaging/install-deps-debian.sh

configure: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) -DWAYMARK_WERROR=$${WAYMARK_WERROR:-OFF} >/dev/null

build: configure
	@cmake --build $(BUILD) -j$(JOBS)

test: build
	@QT_QPA_PLATFORM=offscreen ctest --test-dir $(BUILD) --output-on-failure -j$(JOBS) -LE bench

demo: build
	@mkdir -p "$(DEMO_DIR)"
	@printf '%s' "$(DEMO_PASSPHRASE)" > "$(DEMO_DIR)/passphrase.txt"
	@if [ ! -e "$(DEMO_VAULT)" ]; then \
	    $(BUILD)/app/waymark-cli demo --vault "$(DEMO_VAULT)" --people $(DEMO_PEOPLE) \
	        --passphrase-file "$(DEMO_DIR)/passphrase.txt" || exit 1; \
	fi
	@rm -f "$(DEMO_DIR)/passphrase.txt"
	@echo "Demo vault: $(DEMO_VAULT)"
	@echo "Demo passphrase: $(DEMO_PASSPHRASE)"
	@$(BUILD)/app/waymark --vault "$(DEMO_VAULT)"

bench: build
	@cmake --build $(BUILD) -j$(JOBS) --target waymark-bench
	@$(BUILD)/bench/waymark-bench

fuzz:
	@echo "No fuzz targets yet: the bundle reader (issue 3) brings the first."

package: build
	@cd $(BUILD) && cpack -G DEB

format:
	@git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	@rm -rf $(BUILD)
