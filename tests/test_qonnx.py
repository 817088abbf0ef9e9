"""QONNX import (`accel.interop.qonnx_import`): FINN's BNN-PYNQ networks as Brevitas
exports them, compiled and simulated, against qonnx's own executor
(`qonnx.core.onnx_exec.execute_onnx`), and the graphs accel refuses."""

import warnings

import numpy as np
import pytest
import torch

pytest.importorskip("qonnx")
pytest.importorskip("brevitas")


def export_bnn_pynq(name: str, path, seed: int = 0):
    """``brevitas_examples.bnn_pynq`` network ``name`` with random weights and batch
    norms calibrated on random inputs (pretrained weights cannot be downloaded), as
    ``export_qonnx`` writes it."""
    from brevitas.export import export_qonnx
    from brevitas_examples.bnn_pynq.models import model_with_cfg
    torch.manual_seed(seed)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        m, _ = model_with_cfg(name, pretrained=False)
        shape = (1, 28, 28) if "fc" in name else (3, 32, 32)
        m.train()
        with torch.no_grad():
            for _ in range(4):
                m(torch.rand(64, *shape))
        m.eval()
        export_qonnx(m, torch.rand(1, *shape), str(path))
    return path


def reference(path, x) -> np.ndarray:
    """qonnx's executor on each input (the exported graphs take one at a time)."""
    from qonnx.core.onnx_exec import execute_onnx
    from accel.interop.qonnx_import import load_qonnx
    mw = load_qonnx(path)
    i, o = mw.graph.input[0].name, mw.graph.output[0].name
    return np.concatenate([execute_onnx(mw, {i: x[k:k + 1]})[o] for k in range(len(x))])


@pytest.fixture(scope="module")
def bnn_pynq(tmp_path_factory):
    d = tmp_path_factory.mktemp("qonnx")
    return {n: export_bnn_pynq(n, d / f"{n}.onnx") for n in ("tfc_1w1a", "sfc_1w2a",
                                                            "cnv_1w1a")}


def _run(path, preset_name, n, seed=1):
    """``path`` compiled by `accel.compile` (the program carries the graph's
    preprocessing and output nodes) and simulated on ``n`` raw inputs."""
    from accel.compiler import compile
    from accel.config import preset
    from accel.model import simulate
    prog = compile(path, None, preset(preset_name))
    shape = prog.symbols.input.image_shape
    x = np.random.default_rng(seed).uniform(0, 1, (n, *shape)).astype(np.float32)
    return x, simulate(prog, x), prog


@pytest.mark.parametrize("preset_name", ["default", "ecp5-85f"])
@pytest.mark.parametrize("net", ["tfc_1w1a", "sfc_1w2a"])
def test_mlp_equals_qonnx_executor(bnn_pynq, net, preset_name):
    """FINN's TFC-W1A1 (784, 64, 64, 64, 10; the input's 2x - 1 and its sign; batch
    norms; the TensorNorm after the scores) and SFC-W1A2 (784, 256, 256, 256, 10;
    2-bit signed narrow Quant activations, -1, 0, +1, as unsigned codes 0..2 whose
    shift the next layer folds in): the program's outputs, through the graph's own
    output nodes, equal qonnx's executor on 100 inputs, exactly."""
    path = bnn_pynq[net]
    x, res, _ = _run(path, preset_name, 100)
    ref = reference(path, x)
    assert np.array_equal(res.logits, ref)
    assert len(np.unique(ref.argmax(1))) > 1            # the scores are not degenerate


@pytest.mark.parametrize("preset_name", ["default", "ecp5-85f"])
def test_cnv_1w1a_equals_qonnx_executor(bnn_pynq, preset_name):
    """FINN's CNV-W1A1 (six 3x3 convolutions, two max-pools, three dense layers; an
    8-bit signed input Quant of scale 2**-7, whose codes the first layer reads as
    unsigned bit planes): equal to qonnx's executor on 100 inputs."""
    path = bnn_pynq["cnv_1w1a"]
    x, res, _ = _run(path, preset_name, 100)
    assert np.array_equal(res.logits, reference(path, x))


def test_imported_model_runs_like_the_graph(bnn_pynq):
    """The imported `accel.quant` network itself (PyTorch, float32) gives the graph's
    scores too: the compiler folds exactly what it runs."""
    from accel.interop.qonnx_import import import_qonnx
    path = bnn_pynq["tfc_1w1a"]
    imp = import_qonnx(path)
    x = np.random.default_rng(3).uniform(0, 1, (20, *imp.input_shape)).astype(np.float32)
    with torch.no_grad():
        y = imp.model(torch.as_tensor(imp.encode(x))).numpy()
    assert np.array_equal(imp.decode(y), reference(path, x))


def _graph(nodes, inits, in_shape, out_shape):
    from onnx import TensorProto, helper, numpy_helper
    g = helper.make_graph(
        nodes, "g", [helper.make_tensor_value_info("x", TensorProto.FLOAT, in_shape)],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, out_shape)],
        [numpy_helper.from_array(np.asarray(v, np.float32), k) for k, v in inits.items()])
    return helper.make_model(g, opset_imports=[helper.make_opsetid("", 13),
                                               helper.make_opsetid("qonnx.custom_op.general", 1)])


def _bq(inp, out, scale):
    from onnx import helper
    return helper.make_node("BipolarQuant", [inp, scale], [out],
                            domain="qonnx.custom_op.general")


def test_unsupported_graphs_are_named(tmp_path):
    """A sigmoid, a float Gemm, a depthwise convolution, a 3-bit weight Quant: each
    refused naming the node and why; `check_qonnx` lists every node's status."""
    import onnx
    from onnx import helper
    from accel.compiler import CompileError
    from accel.interop.qonnx_import import check_qonnx, import_qonnx
    rng = np.random.default_rng(0)
    w = rng.choice([-1.0, 1.0], (4, 8))
    one = {"s": [1.0]}
    cases = {
        "sigmoid": (_graph([_bq("x", "a", "s"), helper.make_node("Gemm", ["a", "w"], ["g"],
                                                                 transB=1),
                            helper.make_node("Sigmoid", ["g"], ["h"]), _bq("h", "b", "s"),
                            helper.make_node("Gemm", ["b", "w2"], ["y"], transB=1)],
                           {**one, "w": w, "w2": rng.choice([-1.0, 1.0], (2, 4))}, [1, 8], [1, 2]),
                    "Sigmoid.*no binary or integer form"),
        "float_gemm": (_graph([_bq("x", "a", "s"),
                               helper.make_node("Gemm", ["a", "w"], ["y"], transB=1)],
                              {**one, "w": rng.normal(size=(4, 8))}, [1, 8], [1, 4]),
                       "weights are not \\+-1.*BipolarQuant"),
        "depthwise": (_graph([_bq("x", "a", "s"),
                              helper.make_node("Conv", ["a", "w"], ["y"], group=2,
                                               kernel_shape=[3, 3])],
                             {**one, "w": rng.choice([-1.0, 1.0], (2, 1, 3, 3))},
                             [1, 2, 5, 5], [1, 2, 3, 3]),
                      "grouped or depthwise convolution .group = 2"),
        "weight_quant3": (_graph([
            _bq("x", "a", "s"),
            helper.make_node("Quant", ["w", "qs", "qz", "qb"], ["wq"], signed=1, narrow=0,
                             rounding_mode="ROUND", domain="qonnx.custom_op.general"),
            helper.make_node("Gemm", ["a", "wq"], ["y"], transB=1)],
            {**one, "w": rng.normal(size=(4, 8)), "qs": [0.25], "qz": [0.0], "qb": [3.0]},
            [1, 8], [1, 4]), "weights are not \\+-1"),
    }
    for name, (model, msg) in cases.items():
        path = tmp_path / f"{name}.onnx"
        onnx.save(model, str(path))
        with pytest.raises(CompileError, match=msg):
            import_qonnx(path)
        rows, err = check_qonnx(path)
        assert err is not None and len(rows) == len(model.graph.node)
    rows, err = check_qonnx(tmp_path / "sigmoid.onnx")
    assert [r["status"] for r in rows if r["type"] == "Sigmoid"] == ["unsupported"]


def test_corrupt_or_missing_files(tmp_path):
    from accel.compiler import CompileError
    from accel.interop.qonnx_import import import_qonnx
    bad = tmp_path / "bad.onnx"
    bad.write_bytes(b"\x08\x07garbage that is not protobuf" * 3)
    with pytest.raises(CompileError, match="bad.onnx: not an ONNX model"):
        import_qonnx(bad)
    with pytest.raises(CompileError, match="nothere.onnx: no such file"):
        import_qonnx(tmp_path / "nothere.onnx")


def test_qonnx_through_the_cli(bnn_pynq, tmp_path, capsys):
    """`accel check MODEL.onnx`, `accel compile MODEL.onnx`, and `accel simulate
    MODEL.onnx|PROG.accel --input X --output Y`: the program file carries the graph's
    preprocessing and output nodes, so Y is the graph's output for raw inputs X, equal
    to qonnx's executor; a corrupt file exits 2 naming it."""
    import json
    from accel.cli import main
    path = bnn_pynq["tfc_1w1a"]
    js = tmp_path / "check.json"
    assert main(["check", str(path), "--json", str(js)]) == 0
    rep = json.loads(js.read_text())
    assert rep["compiles"] and {r["type"] for r in rep["layers"]} >= {"Gemm", "BipolarQuant"}
    prog = tmp_path / "tfc.accel"
    assert main(["compile", str(path), "--preset", "ecp5-85f", "-o", str(prog)]) == 0
    assert prog.exists()
    x = np.random.default_rng(4).uniform(0, 1, (12, 1, 28, 28)).astype(np.float32)
    np.save(tmp_path / "x.npy", x)
    ref = reference(path, x)
    for src in (path, prog):          # the .onnx compiled on the fly, and the program file
        y = tmp_path / "y.npy"
        assert main(["simulate", str(src), "--input", str(tmp_path / "x.npy"), "--output",
                     str(y)]) == 0
        assert np.array_equal(np.load(y), ref)
        y.unlink()
    capsys.readouterr()
    assert main(["simulate", str(path)]) == 2
    assert "give the graph's inputs (--input X.npy, shape (n, 1, 28, 28))" in \
        capsys.readouterr().err
    bad = tmp_path / "bad.onnx"
    bad.write_bytes(b"not a protobuf at all \xff\xfe" * 4)
    for cmd in (["check", str(bad)], ["compile", str(bad), "-o", str(tmp_path / "b.accel")]):
        assert main(cmd) == 2
        err = capsys.readouterr().err
        assert "bad.onnx: not an ONNX model" in err, err
    assert not (tmp_path / "b.accel").exists()


def test_cosim_tfc_1w1a_on_verilator(bnn_pynq):
    """The imported TFC-W1A1 on the RTL (Verilator, preset default): 12 inputs, outputs
    and cycles equal to the model's, every counter equal; through the graph's output
    nodes equal to qonnx's executor."""
    from accel.cosim import run_cosim
    path = bnn_pynq["tfc_1w1a"]
    x, res, prog = _run(path, "default", 12, seed=5)
    r = run_cosim(prog, x, "verilator")
    assert r.ok, r.describe()
    assert r.images == 12 and r.mismatches == 0
    assert np.array_equal(res.logits, reference(path, x))


def test_brevitas_network_trained_on_digits(tmp_path):
    """A Brevitas W1A1 MLP (8-bit fixed-point input of 2x - 1, two binary hidden layers
    of 256 with batch norm) trained on the digits for seconds, exported with
    `export_qonnx`, imported and compiled: >= 95 % on the test split, and the program's
    outputs equal Brevitas's own outputs on every test image (so its accuracy too)."""
    from torch import nn
    from brevitas.export import export_qonnx
    from brevitas.nn import QuantIdentity, QuantLinear
    from brevitas_examples.bnn_pynq.models.common import CommonActQuant, CommonWeightQuant
    from accel.compiler import compile
    from accel.config import preset
    from accel.datasets import digits
    from accel.interop.qonnx_import import import_qonnx
    from accel.model import simulate

    def act(bits, **kw):
        return QuantIdentity(act_quant=CommonActQuant, bit_width=bits, **kw)

    def lin(i, o):
        return QuantLinear(i, o, bias=False, weight_quant=CommonWeightQuant,
                           weight_bit_width=1)

    class Net(nn.Module):
        def __init__(self, h=256):
            super().__init__()
            self.inp = act(8, min_val=-1.0, max_val=1.0 - 2.0 ** -7, narrow_range=False,
                           restrict_scaling_type="power_of_two")
            self.body = nn.Sequential(lin(64, h), nn.BatchNorm1d(h), act(1),
                                      lin(h, h), nn.BatchNorm1d(h), act(1), lin(h, 10))

        def forward(self, x):
            return self.body(self.inp(2.0 * x - 1.0))

    torch.manual_seed(0)
    xtr, ytr, xte, yte = digits(seed=0)
    xtr = torch.as_tensor(xtr / 255.0, dtype=torch.float32).reshape(-1, 64)
    xte = torch.as_tensor(xte / 255.0, dtype=torch.float32).reshape(-1, 64)
    ytr = torch.as_tensor(ytr)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        m = Net()
        opt = torch.optim.Adam(m.parameters(), 1e-2)
        for _ in range(20):
            m.train()
            perm = torch.randperm(len(xtr))
            for i in range(0, len(xtr), 64):
                idx = perm[i:i + 64]
                loss = nn.functional.cross_entropy(m(xtr[idx]), ytr[idx])
                opt.zero_grad()
                loss.backward()
                opt.step()
        m.eval()
        with torch.no_grad():
            theirs = m(xte).numpy()
        export_qonnx(m, xte[:1], str(tmp_path / "digits.onnx"))
    imp = import_qonnx(tmp_path / "digits.onnx")
    xe = imp.encode(xte.numpy())
    prog = compile(imp.model, torch.as_tensor(xe[:2]), preset("default"))
    ours = imp.decode(simulate(prog, xe).scores)
    assert np.array_equal(ours, theirs)
    assert (ours.argmax(1) == yte).mean() >= 0.95


@pytest.mark.parametrize("steps,msg", [
    ([["exp", 2.0]], "'exp'.* is not one of"),
    ([["mul"]], "0 arguments, expected 1"),
    ([["quant_codes", 0.5, 0, -4, 3, "STOCHASTIC"]], "rounding 'STOCHASTIC'"),
    ([["add", float("inf")]], "finite numbers"),
    ("mul", "expected a list of steps"),
    ([["argmax"], ["mul", 2.0]], "selects classes; it can only be the last"),
    ([["topk", 0]], "k = 0, expected a positive integer"),
])
def test_host_steps_are_validated(steps, msg):
    """A program file's host steps are checked when it is read."""
    from accel.hoststeps import check_steps
    with pytest.raises(ValueError, match=msg):
        check_steps(steps)


def test_host_steps_compute_as_the_nodes_do():
    """`accel.hoststeps` in float32: a scalar op per element, and a Quant's codes as
    qonnx's int_quant computes them (ties to even, clipped)."""
    from qonnx.custom_op.general.quant import quant
    from accel.hoststeps import apply_steps
    x = np.array([[-3.0, -0.375, -0.125, 0.125, 0.375, 0.6, 9.0]], np.float32)
    got = apply_steps([["quant_codes", 0.25, 0.0, -4, 3, "ROUND"]], x)
    ref = quant(x, np.float32(0.25), np.float32(0.0), np.float32(3), 1, 0, "ROUND")
    assert np.array_equal(got, ref / np.float32(0.25) + 4)
    assert got.tolist() == [[0.0, 2.0, 4.0, 4.0, 6.0, 6.0, 7.0]]
    assert apply_steps([["mul", 2.0], ["sub", 1.0]], np.float32([[0.25]])).tolist() == [[-0.5]]


@pytest.mark.parametrize("arch,kwargs", [("digits_mlp", {}), ("digits_cnn", {"width": 16})])
def test_export_round_trip(arch, kwargs, tmp_path, capsys):
    """`accel export` of the digits MLP and CNN (batch norms calibrated on the digits):
    qonnx's executor gives the program's integer scores, and `accel compile` of the
    export gives the same program (instructions and DRAM image) and scores."""
    from accel.cli import main
    from accel.compiler import compile
    from accel.config import preset
    from accel.datasets import digits
    from accel.isa import encode_bytes
    from accel.model import simulate
    from accel.models import ARCHS, calibrate_batchnorm, save_checkpoint
    xtr, _, xte, _ = digits(seed=0)
    torch.manual_seed(0)
    m = calibrate_batchnorm(ARCHS[arch](**kwargs), torch.as_tensor(xtr[:256],
                                                                   dtype=torch.float32))
    ck, onnx_path = tmp_path / "net.pt", tmp_path / "net.onnx"
    save_checkpoint(ck, m, arch, kwargs, (8, 8))
    assert main(["export", str(ck), "-o", str(onnx_path)]) == 0
    assert "MultiThreshold" in capsys.readouterr().out
    cfg = preset("default")
    ours = compile(m, torch.as_tensor(xte[:2], dtype=torch.float32), cfg)
    back = compile(onnx_path, None, cfg)
    assert encode_bytes(ours.instrs) == encode_bytes(back.instrs)
    assert [(s.addr, s.data) for s in ours.segments] == [(s.addr, s.data) for s in back.segments]
    x = xte[:40].astype(np.float32)
    r1, r2 = simulate(ours, x), simulate(back, x)
    assert np.array_equal(r1.scores, r2.scores) and np.array_equal(r1.logits, r2.logits)
    assert np.array_equal(reference(onnx_path, x[:20]), r1.scores[:20])
    assert main(["export", str(ck), "-o", str(tmp_path / "net.txt")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "net.txt: the file name must end in .onnx" in err[0]
    assert not (tmp_path / "net.txt").exists()


def test_streamlined_graph_with_zero_padded_integer_conv(tmp_path):
    """A FINN-style streamlined graph: an unsigned 4-bit input Quant, a Conv with ONNX's
    own zero padding (the value 0 is code 0 of the integer input, which the array pads
    with), a MultiThreshold to +-1, a Gemm: equal to qonnx's executor."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper
    from accel.compiler import compile
    from accel.config import preset
    from accel.model import simulate
    rng = np.random.default_rng(0)
    D = "qonnx.custom_op.general"
    inits = {"s": [1.0], "z": [0.0], "b": [4.0], "w1": rng.choice([-1.0, 1.0], (16, 1, 3, 3)),
             "w2": rng.choice([-1.0, 1.0], (10, 16 * 36)),
             "thr": np.sort(rng.integers(-20, 20, (16, 1)), axis=1)}
    nodes = [
        helper.make_node("Quant", ["x", "s", "z", "b"], ["q"], domain=D, signed=0, narrow=0,
                         rounding_mode="ROUND"),
        helper.make_node("BipolarQuant", ["w1", "s"], ["w1q"], domain=D),
        helper.make_node("Conv", ["q", "w1q"], ["c"], kernel_shape=[3, 3], pads=[1, 1, 1, 1]),
        helper.make_node("MultiThreshold", ["c", "thr"], ["a"], domain=D, out_dtype="BIPOLAR",
                         out_scale=2.0, out_bias=-1.0),
        helper.make_node("Reshape", ["a", "shape"], ["f"]),
        helper.make_node("BipolarQuant", ["w2", "s"], ["w2q"], domain=D),
        helper.make_node("Gemm", ["f", "w2q"], ["y"], transB=1)]
    tensors = [numpy_helper.from_array(np.asarray(v, np.float32), k) for k, v in inits.items()]
    tensors.append(numpy_helper.from_array(np.array([1, -1], np.int64), "shape"))
    g = helper.make_graph(nodes, "g", [helper.make_tensor_value_info("x", TensorProto.FLOAT,
                                                                     [1, 1, 6, 6])],
                          [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 10])],
                          tensors)
    path = tmp_path / "streamlined.onnx"
    onnx.save(helper.make_model(g, opset_imports=[helper.make_opsetid("", 13),
                                                  helper.make_opsetid(D, 1)]), str(path))
    prog = compile(path, None, preset("default"))
    x = rng.integers(0, 16, (8, 1, 6, 6)).astype(np.float32)
    assert np.array_equal(simulate(prog, x).logits, reference(path, x))


@pytest.mark.parametrize("op", ["TopK", "ArgMax"])
def test_selection_at_the_output(bnn_pynq, tmp_path, op):
    """A graph that ends in TopK (k = 3, its indices) or ArgMax: the host selects from
    the program's outputs (`SimResult.outputs`), equal to qonnx's executor; the
    predictions are the first index."""
    import onnx
    from onnx import helper, numpy_helper
    from accel.compiler import compile
    from accel.config import preset
    from accel.model import simulate
    m = onnx.load(str(bnn_pynq["tfc_1w1a"]))
    g = m.graph
    last = g.output[0].name
    if op == "TopK":
        g.initializer.append(numpy_helper.from_array(np.array([3], np.int64), "k"))
        g.node.append(helper.make_node("TopK", [last, "k"], ["values", "idx"], axis=-1))
    else:
        g.node.append(helper.make_node("ArgMax", [last], ["idx"], axis=1, keepdims=1))
    del g.output[:]
    g.output.append(helper.make_tensor_value_info("idx", onnx.TensorProto.INT64,
                                                  [1, 3 if op == "TopK" else 1]))
    path = tmp_path / "select.onnx"
    onnx.save(m, str(path))
    prog = compile(path, None, preset("default"))
    x = np.random.default_rng(6).uniform(0, 1, (30, 1, 28, 28)).astype(np.float32)
    res = simulate(prog, x)
    ref = reference(path, x)
    assert np.array_equal(res.outputs, ref) and ref.shape == (30, 3 if op == "TopK" else 1)
    assert np.array_equal(res.predictions, ref[:, 0])


@pytest.mark.parametrize("net", ["tfc_1w1a", "sfc_1w2a", "cnv_1w1a"])
def test_hidden_layers_equal_the_graphs_tensors(bnn_pynq, net):
    """Every hidden layer's output (the model's trace) equals the graph tensor it stands
    for in qonnx's executor (its full execution context): signs, 2-bit levels mapped
    back through the Quant's shift and scale, max-pooled maps."""
    from qonnx.core.onnx_exec import execute_onnx
    from accel.compiler import compile
    from accel.config import preset
    from accel.interop.qonnx_import import import_qonnx, load_qonnx
    from accel.model import simulate
    path = bnn_pynq[net]
    imp, prog = import_qonnx(path), compile(path, None, preset("default"))
    x = np.random.default_rng(7).uniform(0, 1, (6, *imp.input_shape)).astype(np.float32)
    res = simulate(prog, x, trace=True)
    assert len(res.hidden) == len(imp.hidden) > 0
    mw = load_qonnx(path)
    ctx = [execute_onnx(mw, {mw.graph.input[0].name: x[i:i + 1]},
                        return_full_exec_context=True) for i in range(len(x))]
    for k, h in enumerate(res.hidden):
        name, ours = imp.hidden_values(k, h)
        theirs = np.concatenate([c[name].reshape(1, -1) for c in ctx])
        assert np.array_equal(ours, theirs), (net, k, name)


def test_one_bit_quant_nodes(tmp_path):
    """1-bit Quant nodes: signed (qonnx computes a sign) at the input, unsigned (codes 0
    and 1) as an activation after per-channel Mul/Add: equal to qonnx's executor."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper
    from accel.compiler import compile
    from accel.config import preset
    from accel.model import simulate
    rng = np.random.default_rng(1)
    D = "qonnx.custom_op.general"
    inits = {"s": [1.0], "z": [0.0], "one": [1.0],
             "w1": rng.choice([-1.0, 1.0], (8, 16)), "w2": rng.choice([-1.0, 1.0], (4, 8)),
             "m": rng.uniform(-0.3, 0.3, 8), "a": rng.uniform(-1, 1, 8)}
    nodes = [
        helper.make_node("Quant", ["x", "s", "z", "one"], ["q"], domain=D, signed=1, narrow=0,
                         rounding_mode="ROUND"),
        helper.make_node("BipolarQuant", ["w1", "s"], ["w1q"], domain=D),
        helper.make_node("Gemm", ["q", "w1q"], ["g"], transB=1),
        helper.make_node("Mul", ["g", "m"], ["gm"]),
        helper.make_node("Add", ["gm", "a"], ["ga"]),
        helper.make_node("Quant", ["ga", "s", "z", "one"], ["h"], domain=D, signed=0,
                         narrow=0, rounding_mode="ROUND"),
        helper.make_node("BipolarQuant", ["w2", "s"], ["w2q"], domain=D),
        helper.make_node("Gemm", ["h", "w2q"], ["y"], transB=1)]
    g = helper.make_graph(
        nodes, "g", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 16])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 4])],
        [numpy_helper.from_array(np.asarray(v, np.float32), k) for k, v in inits.items()])
    path = tmp_path / "onebit.onnx"
    onnx.save(helper.make_model(g, opset_imports=[helper.make_opsetid("", 13),
                                                  helper.make_opsetid(D, 1)]), str(path))
    prog = compile(path, None, preset("default"))
    x = rng.normal(size=(16, 16)).astype(np.float32)
    ref = reference(path, x)
    assert np.array_equal(simulate(prog, x).logits, ref) and len(np.unique(ref)) > 2
