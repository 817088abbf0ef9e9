"""Multi-bit PE kinds (ESB and integer weights) through the compiler and the golden
model: torch == model bit for bit (scores, logits, hidden activations), for dense and
convolutional networks, several formats and element widths, falling and constant
channels and exact ties; and the errors a user meets."""

import numpy as np
import pytest
import torch
from torch import nn

import accel
from accel.compiler import CompileError
from accel.config import AccelConfig
from accel.models import calibrate_batchnorm
from accel.quant import (BinaryAct, BinaryLinear, ESBConv2d, ESBLinear, IntConv2d, IntLinear,
                         QuantAct)


def multibit_config(kind="esb", elem_bits=4, weight_bits=4, mantissa=1, **kw):
    base = dict(name=f"{kind}-test", rows=2, cols=4, lane_bits=32, acc_bits=24, act_depth=512,
                weight_depth=64, thresh_depth=64, out_depth=16, imem_depth=2048,
                dram_bytes_per_cycle=2, dram_latency=3, pop_stages=1, act_bits_max=4)
    base.update(kw)
    return AccelConfig(pe_kind=kind, elem_bits=elem_bits, weight_bits=weight_bits,
                       esb_mantissa=mantissa if kind == "esb" else 0, **base)


def perturb_bn(net, rng, x):
    """Calibrate the norms on ``x``, then flip some gammas, zero some, and put exact
    ties (BN input exactly the mean) on some channels' reachable sums."""
    calibrate_batchnorm(net, x)
    for m in net.modules():
        if isinstance(m, (nn.BatchNorm1d, nn.BatchNorm2d)):
            n = m.num_features
            with torch.no_grad():
                g = m.weight.numpy()
                g *= rng.choice([1.0, -1.0], n, p=[0.7, 0.3])
                g[rng.random(n) < 0.1] = 0.0
                m.bias.copy_(torch.as_tensor(rng.uniform(-0.5, 0.5, n), dtype=torch.float32))
    return net.eval()


def ties(net, layer, bn, d_values):
    """Make channel c of ``bn`` tie exactly at integer pre-activation ``d_values[c]`` of
    ``layer``: BN(rescale(d)) == beta == 0 there."""
    c = len(d_values)
    with torch.no_grad():
        d = torch.zeros(1, bn.num_features)
        d[0, :c] = torch.as_tensor(d_values, dtype=torch.float32)
        mean = layer.rescale(d.reshape((1, -1) + (1,) * (2 if isinstance(layer, ESBConv2d)
                                                         else 0))).reshape(-1)
        bn.running_mean[:c] = mean[:c]
        bn.running_var[:c] = 1.0 - bn.eps
        bn.bias[:c] = 0.0
        bn.weight[:c] = torch.where(bn.weight[:c] == 0, torch.ones(c), bn.weight[:c])


def check_equal(net, cfg, x, n=16):
    prog = accel.compile(net, x[:1], cfg)
    res = accel.simulate(prog, x[:n], trace=True)
    with torch.no_grad():
        want = net(torch.as_tensor(x[:n])).numpy()
    assert np.array_equal(res.logits, want), np.abs(res.logits - want).max()
    # every hidden activation as the accelerator wrote it: each block's QuantAct, or
    # its max-pool after one
    got = [h.astype(np.int64) for h in res.hidden]
    with torch.no_grad():
        h, outs = torch.as_tensor(x[:n]), []
        mods = list(net)
        for k, m in enumerate(mods):
            h = m(h)
            nxt = mods[k + 1] if k + 1 < len(mods) else None
            if isinstance(m, nn.MaxPool2d) or (isinstance(m, QuantAct)
                                               and not isinstance(nxt, nn.MaxPool2d)):
                outs.append(h.reshape(len(h), -1).numpy().astype(np.int64))
    assert len(got) == len(outs)
    for g, w in zip(got, outs):
        assert np.array_equal(g, w)
    return prog, res


def esb_mlp(cls=ESBLinear, **fmt):
    torch.manual_seed(0)
    return nn.Sequential(cls(64, 40, in_bits=5, **fmt), nn.BatchNorm1d(40), QuantAct(4),
                         cls(40, 24, in_bits=4, **fmt), nn.BatchNorm1d(24), QuantAct(2),
                         cls(24, 10, in_bits=2, **fmt))


def esb_cnn(lin=ESBLinear, conv=ESBConv2d, **fmt):
    torch.manual_seed(1)
    return nn.Sequential(
        nn.Unflatten(1, (1, 8, 8)),
        conv(1, 8, 3, padding=1, in_bits=5, **fmt), nn.BatchNorm2d(8), QuantAct(4),
        conv(8, 12, 3, stride=2, padding=1, in_bits=4, **fmt), nn.BatchNorm2d(12), QuantAct(1),
        nn.MaxPool2d(2), nn.Flatten(),
        lin(12 * 2 * 2, 10, in_bits=1, **fmt))


@pytest.mark.parametrize("kind,fmt,elem_bits", [
    ("esb", dict(bits=4, mantissa=1), 4), ("esb", dict(bits=3, mantissa=0), 2),
    ("esb", dict(bits=5, mantissa=2), 8), ("int", dict(bits=4), 4), ("int", dict(bits=8), 8)],
    ids=["esb4m1-e4", "esb3m0-e2", "esb5m2-e8", "int4-e4", "int8-e8"])
def test_mlp_torch_equals_model(kind, fmt, elem_bits):
    rng = np.random.default_rng(0)
    cls = ESBLinear if kind == "esb" else IntLinear
    net = esb_mlp(cls, **fmt)
    x = rng.integers(0, 32, (128, 64)).astype(np.float32)
    perturb_bn(net, rng, x)
    ties(net, net[0], net[1], [0, 3, -7, 12])
    cfg = multibit_config(kind, elem_bits, fmt["bits"], fmt.get("mantissa", 0),
                          lane_bits=64 if elem_bits == 8 else 32)
    prog, res = check_equal(net, cfg, x, n=24)
    assert prog.layers[0].planes == -(-5 // elem_bits)       # digit planes of the input
    assert res.counters["macs"] > 0 and res.counters["binary_macs"] == 0


@pytest.mark.parametrize("kind", ["esb", "int"])
def test_cnn_torch_equals_model(kind):
    rng = np.random.default_rng(1)
    net = esb_cnn() if kind == "esb" else esb_cnn(IntLinear, IntConv2d, bits=4)
    x = rng.integers(0, 32, (64, 64)).astype(np.float32)
    perturb_bn(net, rng, x)
    cfg = multibit_config(kind, 4, 4, 1)
    for first in ("direct", "im2col"):
        prog = accel.compile(net, x[:1], cfg, first_layer=first)
        res = accel.simulate(prog, x[:12])
        with torch.no_grad():
            want = net(torch.as_tensor(x[:12])).numpy()
        assert np.array_equal(res.logits, want), first
    check_equal(net, cfg, x, n=12)


def test_falling_channels_are_negated_codes():
    """A negative gamma negates the channel's weights: ESB flips sign bits."""
    rng = np.random.default_rng(3)
    net = esb_mlp()
    x = rng.integers(0, 32, (64, 64)).astype(np.float32)
    calibrate_batchnorm(net, x)
    with torch.no_grad():
        net[1].weight[:20] *= -1
    prog = accel.compile(net, x[:1], multibit_config())
    assert prog.layers[0].flipped == 20
    res = accel.simulate(prog, x[:8])
    with torch.no_grad():
        assert np.array_equal(res.logits, net(torch.as_tensor(x[:8])).numpy())


def test_errors_name_the_problem():
    rng = np.random.default_rng(0)
    x = rng.integers(0, 32, (8, 64)).astype(np.float32)
    net = calibrate_batchnorm(esb_mlp(), x)
    with pytest.raises(CompileError, match=r"needs pe_kind 'esb' PEs but config 'default' has "
                                           r"pe_kind 'xnor'"):
        accel.compile(net, x[:1], accel.preset("default"))
    with pytest.raises(CompileError, match=r"weights are ESB4m1 \(bits=4, mantissa=1\) but config "
                                           r"'esb-test' multiplies weight_bits = 4, esb_mantissa = 0"):
        accel.compile(net, x[:1], multibit_config(mantissa=0))
    with pytest.raises(CompileError, match="mixes PE kinds"):
        accel.compile(nn.Sequential(ESBLinear(64, 8, in_bits=5), QuantAct(1),
                                    BinaryLinear(8, 4, in_bits=1)), x[:1], multibit_config())
    with pytest.raises(CompileError, match=r"ESBLinear takes unsigned integers"):
        accel.compile(nn.Sequential(BinaryAct(), ESBLinear(64, 4, in_bits=1)), x[:1],
                      multibit_config())
    conv = nn.Sequential(nn.Unflatten(1, (1, 8, 8)),
                         ESBConv2d(1, 4, 3, padding=1, pad_value=3, in_bits=5), QuantAct(1),
                         nn.Flatten(), ESBLinear(256, 4, in_bits=1))
    with pytest.raises(CompileError, match="pad code 3; multi-bit PEs pad with code 0 only"):
        accel.compile(conv, x[:1], multibit_config())
    big = nn.Sequential(ESBLinear(64, 4, in_bits=5), nn.BatchNorm1d(4), QuantAct(1),
                        ESBLinear(4, 2, in_bits=1))
    calibrate_batchnorm(big, x)
    with pytest.raises(CompileError, match="accumulator overflow"):
        accel.compile(big, x[:1], multibit_config(acc_bits=8))


# --- the RTL (Amaranth's simulator) against the model ---------------------------------

def rtl_equals_model(prog, x):
    from accel.cosim.amaranth_sim import run_amaranth
    from accel.model.counters import rtl_view
    res = accel.simulate(prog, x)
    run = run_amaranth(prog, x)
    np.testing.assert_array_equal(run.scores, res.scores)
    per_run = rtl_view(prog.config, {k: v // res.runs for k, v in res.counters.items()})
    for c, measured in zip(run.counters, run.measured_cycles):
        assert measured == res.cycles_per_run == c["cycles"]
        assert c == per_run
    return res


@pytest.mark.parametrize("kind,fmt,elem_bits,lane", [
    ("esb", dict(bits=4, mantissa=1), 4, 32), ("esb", dict(bits=5, mantissa=2), 8, 32),
    ("int", dict(bits=4), 2, 16)], ids=["esb4m1-e4", "esb5m2-e8", "int4-e2"])
def test_rtl_mlp_vs_model(kind, fmt, elem_bits, lane):
    rng = np.random.default_rng(5)
    cls = ESBLinear if kind == "esb" else IntLinear
    torch.manual_seed(5)
    net = nn.Sequential(cls(20, 12, in_bits=5, **fmt), nn.BatchNorm1d(12), QuantAct(4),
                        cls(12, 6, in_bits=4, **fmt))
    x = rng.integers(0, 32, (64, 20)).astype(np.float32)
    perturb_bn(net, rng, x)
    cfg = multibit_config(kind, elem_bits, fmt["bits"], fmt.get("mantissa", 0), lane_bits=lane,
                          act_depth=64, imem_depth=256)
    rtl_equals_model(accel.compile(net, x[:1], cfg), x[:3])


def test_rtl_cnn_vs_model():
    rng = np.random.default_rng(6)
    torch.manual_seed(6)
    net = nn.Sequential(
        nn.Unflatten(1, (1, 6, 6)),
        ESBConv2d(1, 4, 3, padding=1, in_bits=5), nn.BatchNorm2d(4), QuantAct(2),
        ESBConv2d(4, 4, 3, stride=2, padding=1, in_bits=2), nn.BatchNorm2d(4), QuantAct(1),
        nn.MaxPool2d(3), nn.Flatten(), ESBLinear(4, 5, in_bits=1))
    x = rng.integers(0, 32, (64, 36)).astype(np.float32)
    perturb_bn(net, rng, x)
    cfg = multibit_config(lane_bits=16, elem_bits=4, act_depth=128, imem_depth=512)
    for first in ("direct", "im2col"):
        rtl_equals_model(accel.compile(net, x[:1], cfg, first_layer=first), x[:2])


# --- co-simulation of the generated Verilog ----------------------------------------------

COSIM_ESB = multibit_config(lane_bits=32, elem_bits=4, act_depth=128, imem_depth=512,
                            name="esb-cosim")
COSIM_INT = multibit_config("int", elem_bits=2, weight_bits=4, lane_bits=16, act_depth=128,
                            imem_depth=512, name="int-cosim")


def random_multibit_programs(cfg, n, seed):
    """Random dense and convolutional networks on ``cfg``'s PE kind: QuantAct widths
    1..act_bits_max, 1..8-bit inputs, random norms with flips and ties."""
    rng = np.random.default_rng(seed)
    lin, conv = (ESBLinear, ESBConv2d) if cfg.pe_kind == "esb" else (IntLinear, IntConv2d)
    fmt = (dict(bits=cfg.weight_bits, mantissa=cfg.esb_mantissa) if cfg.pe_kind == "esb"
           else dict(bits=cfg.weight_bits))
    jobs = []
    for k in range(n):
        torch.manual_seed(seed * 100 + k)
        bits = int(rng.integers(1, 9))
        if k % 2:                                   # a small CNN
            c1, a1 = int(rng.integers(1, 6)), int(rng.integers(1, cfg.act_bits_max + 1))
            mods = [nn.Unflatten(1, (2, 5, 5)),
                    conv(2, c1, 3, padding=int(rng.integers(0, 2)), in_bits=bits, **fmt),
                    nn.BatchNorm2d(c1), QuantAct(a1), nn.Flatten()]
            probe = nn.Sequential(*mods)
            with torch.no_grad():
                n_flat = probe(torch.zeros(1, 50)).shape[1]
            mods += [lin(n_flat, int(rng.integers(2, 9)), in_bits=a1, **fmt)]
            n_in = 50
        else:
            sizes = [int(s) for s in rng.choice([2, 5, 17, 33], size=rng.integers(2, 5))]
            mods, prev = [], bits
            for i, (a, b) in enumerate(zip(sizes, sizes[1:])):
                mods.append(lin(a, b, in_bits=prev, **fmt))
                if i < len(sizes) - 2:
                    prev = int(rng.integers(1, cfg.act_bits_max + 1))
                    mods += [nn.BatchNorm1d(b), QuantAct(prev)]
            n_in = sizes[0]
        net = nn.Sequential(*mods)
        x = rng.integers(0, 1 << bits, (64, n_in)).astype(np.float32)
        perturb_bn(net, rng, x)
        xs = x[:int(rng.integers(1, 2 * cfg.rows + 2))]
        jobs.append((accel.compile(net, xs[:1], cfg), xs, net))
    return jobs


def test_random_multibit_programs_model_equals_torch():
    for cfg in (COSIM_ESB, COSIM_INT):
        for prog, x, net in random_multibit_programs(cfg, 6, seed=cfg.lane_bits):
            with torch.no_grad():
                want = net(torch.as_tensor(x)).numpy()
            assert np.array_equal(accel.simulate(prog, x).logits, want)


@pytest.mark.parametrize("cfg,sim,n", [(COSIM_ESB, "verilator", 8), (COSIM_INT, "icarus", 3)],
                         ids=["esb-verilator", "int-icarus"])
def test_random_multibit_programs_cosim(cfg, sim, n):
    from accel.cosim import run_cosim_many
    jobs = [(p, x) for p, x, _ in random_multibit_programs(cfg, n, seed=cfg.lane_bits + 1)]
    results = run_cosim_many(jobs, sim)
    bad = [r.describe() for r in results if not r.ok]
    assert len(results) == n and not bad, "\n".join(bad)


# --- the ESB demo: accuracy, bit-exactness, the int4 baseline, Verilator -----------------

@pytest.fixture(scope="module")
def esb_demo(tmp_path_factory):
    from conftest import run_demo
    return run_demo(tmp_path_factory, "esb")


def test_esb_demo_accuracy_and_bit_exact(esb_demo):
    rc, ck, out = esb_demo
    assert rc == 0 and ck.exists() and out["preset"] == "ecp5-esb" and out["images"] == 360
    # the same keys as the other demos
    for k in ("torch_accuracy", "model_accuracy", "mismatches", "hidden_mismatches",
              "cycles_per_inference", "energy_pj_per_inference", "layers",
              "inferences_per_second", "counters", "energy_breakdown_pj"):
        assert k in out
    assert out["mismatches"] == 0 and out["hidden_mismatches"] == 0
    assert out["torch_accuracy"] == out["model_accuracy"] >= 0.97
    assert out["counters"]["macs"] > 0 and out["energy_breakdown_pj"]["multiply"] > 0
    base = out["int4_baseline"]
    assert base["preset"] == "ecp5-esb-int4" and base["mismatches"] == 0
    assert base["torch_accuracy"] == base["model_accuracy"] > 0.9
    assert base["cycles_per_inference"] == out["cycles_per_inference"]   # same shape


def test_esb_demo_cosim_verilator(esb_demo):
    """`accel cosim --demo --net esb`: 10 test images on the ecp5-esb preset's Verilog."""
    import json
    from accel.cli import main
    _, ck, _ = esb_demo
    js = ck.parent / "cosim.json"
    assert main(["cosim", "--demo", "--net", "esb", "--checkpoint", str(ck), "--images", "10",
                 "--sim", "verilator", "--json", str(js), "-q"]) == 0
    r = json.loads(js.read_text())
    assert r["config"] == "ecp5-esb" and r["images"] == 10 and r["mismatches"] == 0
    assert r["ok"] and r["model_cycles"] == r["rtl_cycles"]


def test_esb_checkpoint_through_the_cli(esb_demo, capsys):
    import json
    from accel.cli import main
    _, ck, _ = esb_demo
    d = ck.parent
    prog, js = d / "esb.accel", d / "sim.json"
    assert main(["compile", str(ck), "--preset", "ecp5-esb", "-o", str(prog)]) == 0
    assert main(["simulate", str(prog), "--random", "8", "--json", str(js)]) == 0
    sim = json.loads(js.read_text())
    assert sim["images"] == 8 and sim["counters"]["macs"] > 0
    capsys.readouterr()
    assert main(["disasm", str(prog)]) == 0
    assert "GEMM mode=esb" in capsys.readouterr().out
    assert main(["check", str(ck), "--json", str(d / "check.json")]) == 0
    rows = json.loads((d / "check.json").read_text())
    text = json.dumps(rows)
    assert "ESB ESB4m1 weights x 8-bit unsigned input" in text
    # a program for the ESB accelerator does not run on the XNOR one
    assert main(["simulate", str(prog), "--preset", "ecp5-85f"]) == 2
    assert "compiled for config 'ecp5-esb'" in capsys.readouterr().err


def test_mismatched_accelerator_exits_2_and_writes_nothing(tmp_path, capsys):
    """An ESB network on an XNOR accelerator, an unknown preset: one line, exit 2, no
    output file (the demo refuses before it trains and saves a checkpoint)."""
    from accel.cli import main
    from accel.models import digits_esb, save_checkpoint
    ck = tmp_path / "esb.pt"
    save_checkpoint(ck, digits_esb(), "digits_esb", {}, (8, 8))
    out = tmp_path / "p.accel"
    assert main(["compile", str(ck), "--preset", "ecp5-85f", "-o", str(out)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "needs pe_kind 'esb' PEs but config 'ecp5-85f' has pe_kind " \
                            "'xnor'" in err[0] and not out.exists()
    demo_ck = tmp_path / "demo.pt"
    assert main(["demo", "--net", "esb", "--preset", "ecp5-int4", "--checkpoint",
                 str(demo_ck), "-q"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "needs pe_kind 'esb' PEs but config 'ecp5-int4'" in err[0]
    assert not demo_ck.exists()
    assert main(["build", "--board", "ulx3s-85f", "--preset", "nope", "-o",
                 str(tmp_path / "b")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "unknown preset 'nope'" in err[0] and not (tmp_path / "b").exists()
