"""Co-simulation: generated Verilog under cocotb == golden model, bit- and cycle-exact."""

import json

import numpy as np
import pytest
import torch

import accel
from accel.cli import main
from accel.cosim import CosimResult, run_cosim, run_cosim_many, run_unit_bench
from accel.program import ProgramError

from accel.randnets import random_conv_job, random_mlp_job
from conftest import CONV_CONFIG, SMALL_CONFIGS, random_conv_net, random_input, random_net

RANDOM_CONFIGS = SMALL_CONFIGS


def random_programs(cfg, n, seed):
    rng = np.random.default_rng(seed)
    return [random_mlp_job(cfg, rng, seed * 100 + k) for k in range(n)]


def assert_all_ok(results):
    bad = [r.describe() for r in results if not r.ok]
    assert not bad, "\n".join(bad)


@pytest.mark.slow
def test_soak_slice_verilator():
    """A slice of the co-simulation soak (`benchmarks/cosim_soak.py` runs 1,000): random
    MLPs on the three small configs, random conv BNNs on two (one with maps in row
    bands and spilled to DRAM), model == Verilator in outputs, cycles and counters."""
    from accel.cosim.soak import soak
    rep = soak(60, seed=1)
    assert rep.programs == 60 and len(rep.per_config) == 6
    assert rep.ok, "\n".join(d["report"] for d in rep.differences)
    assert {"window 3x3", "stride 2", "padding", "residual", "LOOP", "max-pool", "n-bit maps",
            "row bands", "spill to DRAM", "sign input"} <= set(rep.coverage), rep.coverage


def test_soak_reports_a_difference(monkeypatch):
    """The soak counts a program whose model and RTL disagree (one cycle, here)."""
    import accel.cosim as cs
    from accel.cosim.soak import soak
    real = cs.simulate

    def skewed(prog, images, config=None, **kw):
        res = real(prog, images, config=config, **kw)
        res.cycles += 1
        return res
    monkeypatch.setattr(cs, "simulate", skewed)
    rep = soak(6, seed=3, group=6)
    assert rep.programs == 6 and len(rep.differences) == 6 and not rep.ok
    assert "cycles: model" in rep.differences[0]["report"]


@pytest.mark.parametrize("cfg", RANDOM_CONFIGS, ids=lambda c: c.name)
def test_random_programs_icarus(cfg):
    results = run_cosim_many(random_programs(cfg, 4, seed=cfg.rows + 1000), "icarus")
    assert_all_ok(results)


@pytest.mark.parametrize("preset", ["ice40-up5k", "default"])
def test_digits_mlp_verilator(trained_mlp, preset):
    model, (_, _, xte, _) = trained_mlp
    cfg = accel.preset(preset)
    prog = accel.compile(model, torch.as_tensor(xte[:1], dtype=torch.float32), cfg)
    r = run_cosim(prog, xte[:20], "verilator")
    assert r.ok, r.describe()
    assert r.images == 20 and r.mismatches == 0
    assert r.rtl_cycles == r.model_cycles == accel.simulate(prog, xte[:20]).cycles


def random_conv_programs(n, seed):
    """Random conv nets (`accel.randnets.random_conv_job`): odd channel counts, stride
    1 and 2, pad +1 / -1 / code 0 and none, kernels 1 and 3, max-pool, 2-bit maps,
    residual blocks, GlobalSumPool2d, sign or 8-bit input."""
    rng = np.random.default_rng(seed)
    return [random_conv_job(CONV_CONFIG, rng, seed * 100 + k) for k in range(n)]


def test_random_conv_programs_icarus():
    jobs = random_conv_programs(3, seed=2)
    # and a hidden map spilled to DRAM (STORE of activations, banded reloads)
    kw = dict(image=(3, 16, 12), layers=((9, 3, 1, 1, 1.0, 1), (5, 3, 1, 1, -1.0, 2)), fc=0,
              classes=3)
    model = random_conv_net(seed=7, **kw)
    x = np.random.default_rng(7).integers(0, 256, (3, *kw["image"])).astype(np.float32)
    prog = accel.compile(model, x, CONV_CONFIG)
    assert prog.layers[0].out_dram is not None
    assert_all_ok(run_cosim_many(jobs + [(prog, x)], "icarus"))


def test_digits_cnn_verilator():
    """The conv BNN of `accel demo --net conv` (briefly trained): 10 test images."""
    from accel.datasets import digits
    from accel.models import digits_cnn
    from accel.train import train
    xtr, ytr, xte, _ = digits()
    torch.manual_seed(0)
    model = digits_cnn()
    train(model, xtr[:400], ytr[:400], epochs=2, progress=False)
    prog = accel.compile(model, torch.as_tensor(xte[:1], dtype=torch.float32),
                         accel.preset("default"))
    r = run_cosim(prog, xte[:10], "verilator")
    assert r.ok, r.describe()
    assert r.images == 10 and r.rtl_cycles == r.model_cycles


def test_program_for_another_accelerator_is_refused(monkeypatch):
    """Refused before any Verilog is built; and, that check skipped, by the host
    driver, which reads the accelerator's config id from the RTL."""
    import accel.cosim as cs
    jobs = random_programs(RANDOM_CONFIGS[0], 1, seed=5)
    with pytest.raises(ProgramError, match="compiled for config 's1' .* accelerator is 's2'"):
        run_cosim(jobs[0][0], jobs[0][1], "icarus", accelerator=RANDOM_CONFIGS[1])
    monkeypatch.setattr(cs, "check_config", lambda prog, cfg: None)
    with pytest.raises(ProgramError, match="config id .* but the program was compiled for config 's1'"):
        run_cosim(jobs[0][0], jobs[0][1], "icarus", accelerator=RANDOM_CONFIGS[1])


def test_mismatch_report_names_element_and_counter_and_keeps_waves(monkeypatch):
    """Make the model disagree (one score, one counter) and check the report."""
    import accel.cosim as cs
    real = cs.simulate

    def skewed(prog, images, config=None, **kw):
        res = real(prog, images, config=config, **kw)
        res.scores = res.scores.copy()
        res.scores[1, 2] += 1
        res.counters = dict(res.counters, post_busy=res.counters["post_busy"] + res.runs)
        return res
    monkeypatch.setattr(cs, "simulate", skewed)
    cfg = RANDOM_CONFIGS[0]
    model = random_net([20, 9, 5], seed=1, in_bits=3)
    x = random_input(np.random.default_rng(0), 3, 20, 3)
    prog = accel.compile(model, torch.as_tensor(x[:1]), cfg)
    r = run_cosim(prog, x, "icarus")
    assert not r.ok and r.mismatches == 1
    assert r.first_mismatch["image"] == 1 and r.first_mismatch["index"] == 2
    assert r.first_mismatch["expected"] == r.first_mismatch["got"] + 1
    assert "post_busy" in r.counter_diffs
    text = r.describe()
    assert f"first differing output: layer {prog.layers[-1].name!r} image 1 index 2" in text
    assert "counter post_busy" in text and "waveform kept in" in text
    from pathlib import Path
    waves = list(Path(r.waveform).glob("*.fst")) + list(Path(r.waveform).glob("*.vcd"))
    assert waves, f"no waveform in {r.waveform}"


def test_cli_cosim(tmp_path, trained_mlp):
    from accel.models import save_checkpoint
    model, (xtr, _, _, _) = trained_mlp
    ck = tmp_path / "m.pt"
    save_checkpoint(ck, model, "digits_mlp", {"hidden": 128}, xtr.shape[1:])
    js = tmp_path / "c.json"
    assert main(["cosim", "--demo", "--checkpoint", str(ck), "--preset", "ice40-up5k",
                 "--sim", "icarus", "--images", "3", "--json", str(js), "-q"]) == 0
    out = json.loads(js.read_text())
    assert out["images"] == 3 and out["mismatches"] == 0
    assert out["model_cycles"] == out["rtl_cycles"] > 0
    prog = tmp_path / "p.accel"
    assert main(["compile", str(ck), "--preset", "ice40-up5k", "-o", str(prog)]) == 0
    assert main(["cosim", str(prog), "--sim", "icarus", "--images", "2", "-q"]) == 0
    assert main(["cosim", str(prog), "--sim", "icarus", "--preset", "default", "-q"]) == 2


def test_result_describe_ok():
    r = CosimResult("verilator", 2, 0, 10, 10, 10)
    assert r.ok and "0 mismatches" in r.describe()


@pytest.mark.parametrize("sim", ["verilator", "icarus"])
@pytest.mark.parametrize("params", [dict(lane_bits=32, acc_bits=16, pop_stages=1),
                                    dict(lane_bits=64, acc_bits=24, pop_stages=0),
                                    dict(lane_bits=8, acc_bits=16, pop_stages=3)],
                         ids=lambda p: f"W{p['lane_bits']}-S{p['pop_stages']}")
def test_pe_unit_bench(sim, params):
    rep = run_unit_bench("pe", sim, steps=150, **params)
    # one check per clock edge: the steps, then the pipeline draining
    assert rep["checked"] == 150 + params["pop_stages"] + 1 and rep["errors"] == []


@pytest.mark.parametrize("sim", ["verilator", "icarus"])
@pytest.mark.parametrize("family", [None, "ecp5"])
def test_plane_dsp_pe_unit_bench(sim, family):
    """The PE of the ECP5 preset, portable and as the ECP5 build elaborates it (its
    multiplier a MULT18X18D with its own registers, simulated with our model of it)."""
    params = dict(lane_bits=64, acc_bits=24, pop_stages=7, plane_dsp=True)
    rep = run_unit_bench("pe", sim, steps=150, family=family, **params)
    assert rep["checked"] == 150 + params["pop_stages"] + 1 and rep["errors"] == []


def test_primitive_models_refuse_unknown_family():
    from accel.cosim.primitives import family_models
    assert family_models(None) == {}
    with pytest.raises(ValueError, match="no primitive models for family 'ice40'"):
        family_models("ice40")


@pytest.mark.parametrize("sim", ["verilator", "icarus"])
@pytest.mark.parametrize("cols,acc_bits,levels", [(8, 16, 1), (3, 24, 3), (4, 16, 15)])
def test_threshold_unit_bench(sim, cols, acc_bits, levels):
    rep = run_unit_bench("threshold", sim, steps=100, cols=cols, acc_bits=acc_bits,
                         levels=levels)
    assert rep["checked"] == 100 and rep["errors"] == []


def test_build_cache_follows_the_design(tmp_path):
    """A cached build whose Verilog differs from the current HDL is rebuilt."""
    from accel.cosim import _build, build_dir_for
    from accel.hdl.generate import verilog_text
    cfg = RANDOM_CONFIGS[0]
    _build(cfg, "icarus", tmp_path, False)
    d = build_dir_for(cfg, "icarus", tmp_path)
    v = d / "accel_top.v"
    v.write_text("// stale design\n")
    _build(cfg, "icarus", tmp_path, False)
    assert v.read_text() == verilog_text(cfg)
    assert (d / "sim.vvp").stat().st_mtime >= v.stat().st_mtime
