"""Cycles and energy of a tiny program, recomputed by hand."""

import numpy as np
import pytest
import torch
from torch import nn

import accel
from accel.config import AccelConfig
from accel.energy import EnergyTable, sram_class
from accel.isa import Opcode
from accel.quant import BinaryLinear

CFG = AccelConfig(name="hand", rows=1, cols=2, lane_bits=8, acc_bits=16, act_depth=16,
                  weight_depth=4, thresh_depth=4, out_depth=4, pop_stages=1,
                  dram_bytes_per_cycle=1, dram_latency=5, clock_mhz=100.0)


@pytest.fixture
def tiny():
    torch.manual_seed(0)
    m = nn.Sequential(BinaryLinear(8, 2, in_bits=8)).eval()
    return m, accel.compile(m, torch.zeros(1, 8), CFG)


def test_program_shape_and_cycles_by_hand(tiny):
    m, prog = tiny
    assert [i.op for i in prog.instrs] == [Opcode.LOAD, Opcode.LOAD, Opcode.LOAD, Opcode.GEMM,
                                           Opcode.POST, Opcode.STORE, Opcode.FINISH]
    x = np.arange(8, dtype=np.float32)[None] * 30
    res = accel.simulate(prog, x)
    np.testing.assert_array_equal(res.scores, m(torch.as_tensor(x)).detach().numpy())
    # issue cycles (`accel.timing`, "Overlap"): start 2; LOAD weights (2 banks x 1 byte
    # -> 2 beats + 5 latency) at 2; LOAD thresholds (2 banks x 2-byte entries -> 4 + 5)
    # at 2 + 1 + 7 = 10; LOAD input (8 planes x 1 byte -> 8 + 5) at 10 + 1 + 9 = 20;
    # GEMM at 20 + 1 + 13 = 34: 8 steps hold the controller 8 cycles and land at
    # 34 + 8 + (read register 1 + input register 1 + pop_stages 1 + 1) + 1 = 47; POST at
    # 34 + 1 + 8 = 43, 1 level: selects at max(43 + 1 + 2, 47 + 1) = 48, writes its one
    # row at 50 (its end); STORE waits for it: max(43 + 1 + 4, 50 + 1) = 51 (one entry
    # of 2 x 16-bit scores -> 4 beats + 3); FINISH at 51 + 1 + 7 = 59; 60 cycles
    assert res.cycles == 59 + 1 == 60
    c = res.counters
    assert (c["load_busy"], c["load_stall"]) == (14, 15)
    assert (c["gemm_busy"], c["gemm_stall"]) == (8, 4)
    assert (c["post_busy"], c["post_stall"], c["store_busy"], c["store_stall"]) == (1, 4, 4, 3)
    assert c["dram_read_bytes"] == 14 and c["dram_write_bytes"] == 4
    assert c["binary_macs"] == 8 * 1 * 2 * 8 and c["acc_updates"] == 16
    assert res.inferences_per_second == pytest.approx(100e6 / 60)


def test_energy_by_hand(tiny):
    _, prog = tiny
    res = accel.simulate(prog, np.zeros((1, 8)))
    # every buffer here is tiny: the 8 KB SRAM figure, 10 pJ / 64 bits
    sram = 10 / 64
    expect = {
        "dram": 18 * 8 * 20.3,
        "sram_weight": (2 + 16) * 8 * sram,     # 2 words loaded, 2 banks x 8 steps read
        "sram_act": (8 + 8) * 8 * sram,         # 8 plane words loaded, 8 steps read
        "sram_thresh": (2 + 2) * 16 * sram,     # 2 loaded, 2 read by the POST
        "sram_out": (1 + 1) * 32 * sram,        # 1 written by the POST, 1 stored
        "xnor": 128 * 0.018,
        "popcount": 128 * 0.03,
        "accumulate": 16 * 16 * 0.1 / 32,
        "threshold": 2 * 16 * 0.1 / 32,
    }
    assert res.energy_breakdown.keys() == expect.keys()
    for k, v in expect.items():
        assert res.energy_breakdown[k] == pytest.approx(v), k
    assert res.energy_pj == pytest.approx(sum(expect.values()))


def test_energy_override(tmp_path, tiny):
    _, prog = tiny
    p = tmp_path / "e.toml"
    p.write_text('[dram_bit]\npj = 0.0\nsource = "free DRAM"\n')
    t = EnergyTable.load(p)
    assert t.pj["dram_bit"] == 0 and t.source["dram_bit"] == "free DRAM"
    assert t.pj["xnor_bit"] == EnergyTable.default().pj["xnor_bit"]
    res = accel.simulate(prog, np.zeros((1, 8)), energy_table=t)
    assert res.energy_breakdown["dram"] == 0
    p.write_text('[warp_drive]\npj = 1.0\n')
    with pytest.raises(ValueError, match="unknown energy action"):
        EnergyTable.load(p)
    p.write_text('[dram_bit]\npj = -1.0\n')
    with pytest.raises(ValueError, match=r"must be a number in 0\.\.1e\+06"):
        EnergyTable.load(p)


def test_sram_classes_and_sources():
    assert sram_class(8 * 1024 * 8) == "sram_bit_8kb"
    assert sram_class(8 * 1024 * 8 + 1) == "sram_bit_32kb"
    assert sram_class(10 ** 9) == "sram_bit_1mb"
    for k, s in EnergyTable.default().source.items():
        assert "Horowitz" in s or "Aladdin" in s, k


def test_cycles_scale_with_runs():
    torch.manual_seed(1)
    m = nn.Sequential(BinaryLinear(8, 2, in_bits=8)).eval()
    prog = accel.compile(m, torch.zeros(1, 8), CFG)
    one = accel.simulate(prog, np.zeros((1, 8)))
    three = accel.simulate(prog, np.zeros((3, 8)))
    assert three.runs == 3 and three.cycles == 3 * one.cycles
    assert three.cycles_per_inference == one.cycles_per_inference


def test_derived_counters_hold_in_the_model():
    """The RTL keeps no register for a counter that is a constant multiple of another;
    that is sound only if the model keeps the relation on every program."""
    from conftest import random_input, random_net
    from accel.model.counters import HW_COUNTERS, derived_counters, expand_hw_counters, rtl_view
    cfg = AccelConfig(name="d", rows=3, cols=4, lane_bits=16, acc_bits=16,
                      dram_bytes_per_cycle=2, counter_bits=16)
    for seed in range(3):
        m = random_net([20, 17, 9, 5], seed=seed)
        prog = accel.compile(m, torch.zeros(1, 20), cfg)
        c = accel.simulate(prog, random_input(np.random.default_rng(seed), 4, 20)).counters
        for name, (base, k) in derived_counters(cfg).items():
            assert c[name] == k * c[base], name
        assert expand_hw_counters(cfg, {n: c[n] for n in HW_COUNTERS}) == c
        # the RTL's 16-bit counters wrap; its view of the model's counts wraps alike
        v = rtl_view(cfg, c)
        assert all(v[n] == c[n] % (1 << 16) for n in HW_COUNTERS)
        assert v["binary_macs"] == (c["gemm_busy"] % (1 << 16)) * 3 * 4 * 16


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_costs_equal_a_simulation_of_any_input(seed):
    """`accel.model.costs` (no run: `accel sweep`'s model level) reports exactly what
    `simulate` does for a run, for random conv networks (padding, pooling, loops)."""
    from accel.model import costs
    from accel.randnets import CONV_CONFIG, random_conv_job
    prog, x = random_conv_job(CONV_CONFIG, np.random.default_rng(seed), seed)
    c = costs(prog)
    res = accel.simulate(prog, x[:prog.batch])
    assert c.cycles_per_run == res.cycles_per_run and c.batch == res.batch
    assert c.counters == res.counters
    assert c.energy_pj == pytest.approx(res.energy_pj, rel=1e-12)
    assert [l.to_dict() for l in c.layers] == [l.to_dict() for l in res.layers]
    assert c.inferences_per_second == res.inferences_per_second
    cfg = prog.config
    done = sum(l.planes * l.macs for l in prog.layers) * prog.batch
    assert c.utilization == done / (res.cycles_per_run * cfg.rows * cfg.cols
                                    * cfg.elems_per_word)
    assert 0 < c.utilization <= 1
