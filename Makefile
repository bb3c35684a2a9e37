# The two set-up commands of the README. Both install what is missing
# (scripts/install-deps.sh), configure and build.
#   make demo   build, then run dyad on examples/ (scripts/demo.sh)
#   make test   Release build + every ctest label but `slow`, then an
#               ASan/UBSan build running the `unit` and `golden` labels
BUILD ?= build
SAN_BUILD ?= build-sanitize
JOBS ?= $(shell nproc)

.PHONY: all deps build build-sanitize demo test test-release test-sanitize clean

all: build

deps:
	bash scripts/install-deps.sh

build: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release -DDYAD_WERROR=ON
	cmake --build $(BUILD) -j$(JOBS)

build-sanitize: deps
	cmake -S . -B $(SAN_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDYAD_SANITIZE=ON -DDYAD_WERROR=ON -DDYAD_BUILD_BENCH=OFF
	cmake --build $(SAN_BUILD) -j$(JOBS)

demo: build
	@DYAD=$(BUILD)/bin/dyad bash scripts/demo.sh

test-release: build
	ctest --test-dir $(BUILD) -LE slow --output-on-failure -j$(JOBS)

test-sanitize: build-sanitize
	ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  ctest --test-dir $(SAN_BUILD) -L 'unit|golden' --output-on-failure -j$(JOBS)

test: test-release test-sanitize

clean:
	rm -rf $(BUILD) $(SAN_BUILD)
