# The two commands of the README: `make demo` and `make test`.
# Both create .venv and install everything (torch pinned first: an unpinned torch
# would pull GBs of CUDA packages).
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
ARGS    ?=

.PHONY: demo test venv clean bench boards

venv: $(STAMP)

$(STAMP): pyproject.toml
	command -v iverilog >/dev/null || (apt-get update -qq && apt-get install -y -qq iverilog) \
	  || echo "warning: could not install Icarus Verilog (iverilog); its cosim tests will fail"
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e '.[test,onnx]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/accel demo $(ARGS)

test: $(STAMP)
	$(BIN)/python -m pytest -n 2 --dist worksteal -q $(ARGS)

bench: $(STAMP)
	$(BIN)/python benchmarks/model_speed.py
	$(BIN)/python benchmarks/compile_speed.py
	$(BIN)/python benchmarks/demo_time.py
	$(BIN)/python benchmarks/sim_speed.py
	$(BIN)/python benchmarks/digits_accuracy.py
	$(BIN)/python benchmarks/cnv_fps.py
	$(BIN)/python benchmarks/mac_luts.py
	$(BIN)/python benchmarks/lightnorm_adapt.py
	$(BIN)/python benchmarks/norm_units.py

# every board build (about 1 min for the iCE40, 16 for the ECP5, 5 for the Arty); writes
# boards/reports/<board>.json, committed, each carrying the hash of the RTL it built
boards: $(STAMP)
	$(BIN)/accel build --board all --reports boards/reports
	$(BIN)/accel build --board ulx3s-85f --preset ecp5-esb --reports boards/reports

clean:
	rm -rf $(VENV) build *.egg-info
