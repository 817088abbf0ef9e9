"""Convolutional layers, builders and `accel check` (the lowering arrives later)."""

import json

import numpy as np
import pytest
import torch
from torch import nn
from torch.nn import functional as F

from accel.cli import main
from accel.compiler.graph import check_model
from accel.models import ARCHS, binary_resnet, cnv, digits_cnn, save_checkpoint
from accel.quant import BinaryAct, BinaryConv2d, BiRealBlock, GlobalSumPool2d, clip_weights_
from accel.train import train


@pytest.mark.parametrize("k,stride,pad,pad_value", [(3, 1, 1, 1.0), (3, 2, 1, -1.0),
                                                     (1, 1, 0, 1.0), (3, 2, 0, 1.0)])
def test_binary_conv_is_exact_integer_with_explicit_pad_value(k, stride, pad, pad_value):
    torch.manual_seed(k + stride)
    conv = BinaryConv2d(5, 7, k, stride=stride, padding=pad, pad_value=pad_value)
    x = torch.where(torch.rand(2, 5, 9, 9) < 0.5, -1.0, 1.0)
    y = conv(x)
    xp = F.pad(x.double(), (pad,) * 4, value=pad_value)
    ref = F.conv2d(xp, torch.where(conv.weight >= 0, 1.0, -1.0).double(), stride=stride)
    assert torch.equal(y.double(), ref)
    assert (y == y.round()).all()
    # the pad value matters where the kernel overlaps the border
    if pad:
        other = BinaryConv2d(5, 7, k, stride=stride, padding=pad, pad_value=-pad_value)
        other.load_state_dict(conv.state_dict())
        assert not torch.equal(other(x), y)


def test_uint_input_conv_and_alpha():
    conv = BinaryConv2d(3, 4, 3, padding=1, in_bits=8, alpha=True)
    x = torch.randint(0, 256, (2, 3, 6, 6)).float()
    d = conv.dot(x)
    assert (d == d.round()).all() and d.abs().max() <= 255 * 27
    assert torch.allclose(conv(x), d * conv.alpha()[None, :, None, None])
    with torch.no_grad():
        conv.weight.mul_(3)
    clip_weights_(conv)
    assert conv.weight.abs().max() <= 1


def test_bad_conv_arguments():
    with pytest.raises(ValueError, match="pad_value must be \\+1 or -1"):
        BinaryConv2d(1, 1, 3, padding=1, pad_value=0.0)
    with pytest.raises(ValueError, match="integer code in 0..255"):
        BinaryConv2d(1, 1, 3, padding=1, in_bits=8, pad_value=300)
    with pytest.raises(ValueError, match="kernel_size must be an int or a pair"):
        BinaryConv2d(1, 1, "3")
    with pytest.raises(ValueError, match="must be >= 1"):
        BinaryConv2d(1, 1, 3, stride=0)
    with pytest.raises(ValueError, match="odd"):
        BiRealBlock(4, kernel_size=2)


def test_bireal_block_and_sum_pool():
    torch.manual_seed(0)
    blk = BiRealBlock(6).eval()
    x = torch.where(torch.rand(2, 6, 5, 5) < 0.5, -1.0, 1.0)
    y = blk(x)
    assert y.shape == x.shape and set(y.unique().tolist()) <= {-1.0, 1.0}
    ref = BinaryAct()(blk.bn(blk.conv(x)) + x)
    assert torch.equal(y, ref)
    assert torch.equal(GlobalSumPool2d()(x), x.sum(dim=(2, 3)))


@pytest.mark.parametrize("name,shape", [("digits_mlp", (2, 8, 8)), ("digits_cnn", (2, 8, 8)),
                                        ("binary_resnet", (2, 8, 8)), ("cnv", (2, 3, 32, 32))])
def test_builders_forward(name, shape):
    model = ARCHS[name]().eval()
    out = model(torch.randint(0, 256, shape).float())
    assert out.shape == (2, 10)
    assert (out == out.round()).all()   # integer scores


def test_cnv_topology_matches_finn():
    convs = [m for m in cnv().modules() if isinstance(m, BinaryConv2d)]
    assert [m.out_channels for m in convs] == [64, 64, 128, 128, 256, 256]
    assert convs[0].in_bits == 8 and all(m.in_bits is None for m in convs[1:])
    fcs = [m for m in cnv().modules() if isinstance(m, nn.Module) and type(m).__name__ == "BinaryLinear"]
    assert [m.out_features for m in fcs] == [512, 512, 10]


def test_conv_training_reduces_loss():
    from accel.datasets import digits
    xtr, ytr, _, _ = digits()
    torch.manual_seed(0)
    losses = train(digits_cnn(width=8), xtr[:256], ytr[:256], epochs=3, progress=False)
    assert losses[-1] < losses[0]


def test_check_lists_every_layer_with_reason():
    class Odd(nn.Module):
        def __init__(self):
            super().__init__()
            self.conv = nn.Conv2d(4, 4, 3, groups=4)
            self.up = nn.Upsample(scale_factor=2)
            self.sig = nn.Sigmoid()

        def forward(self, x):
            return self.sig(self.up(self.conv(x))).relu()
    rows, error = check_model(Odd())
    by = {r["name"]: r for r in rows}
    assert "depthwise" in by["conv"]["reason"] and by["conv"]["status"] == "unsupported"
    assert by["up"]["status"] == "unsupported" and "upsampling" in by["up"]["reason"]
    assert "BinaryAct" in by["sig"]["reason"]
    assert any(r["type"] == "relu" and r["status"] == "unsupported" for r in rows)
    assert error is not None


def test_check_cli(tmp_path):
    ck = tmp_path / "cnn.pt"
    save_checkpoint(ck, digits_cnn(width=8), "digits_cnn", {"width": 8}, (8, 8))
    js = tmp_path / "c.json"
    assert main(["check", str(ck), "--json", str(js)]) == 0
    out = json.loads(js.read_text())
    assert out["compiles"] and len(out["layers"]) == 17
    assert {r["status"] for r in out["layers"]} == {"supported"}
    ck3 = tmp_path / "res.pt"
    save_checkpoint(ck3, binary_resnet(width=8, blocks=1), "binary_resnet",
                    {"width": 8, "blocks": 1}, (8, 8))
    assert main(["check", str(ck3), "--json", str(js)]) == 0
    out = json.loads(js.read_text())
    kinds = {r["type"]: r["status"] for r in out["layers"]}
    assert kinds["BiRealBlock"] == "supported" and kinds["BinaryConv2d"] == "supported"
    assert out["compiles"]
    ck2 = tmp_path / "mlp.pt"
    from accel.models import digits_mlp
    save_checkpoint(ck2, digits_mlp(hidden=16), "digits_mlp", {"hidden": 16}, (8, 8))
    assert main(["check", str(ck2)]) == 0


@pytest.mark.parametrize("pad", [0, 1])
def test_model_gemm_window_with_padding(pad):
    """A 3x3 window GEMM at every position of a 4x5 map == direct +-1 convolution."""
    from accel import isa
    from accel.config import AccelConfig
    from accel.model import Machine
    from accel.packing import bytes_to_words, pack_bits
    cfg = AccelConfig(rows=2, cols=4, lane_bits=8, acc_bits=16, act_depth=64, weight_depth=64,
                      dram_bytes_per_cycle=1)
    rng = np.random.default_rng(pad)
    H, W_, Cin, Kc = 4, 5, 11, 2                         # 11 channels -> 2 words, 5 pad bits
    x = rng.random((2, H, W_, Cin)) < 0.5                # True = +1
    w = rng.random((4, 3, 3, Cin)) < 0.5
    m = Machine(cfg, 16)
    m.act[:, :H * W_ * Kc] = bytes_to_words(pack_bits(x, 8, pad=1), 8).reshape(2, H * W_ * Kc, 1)
    m.weight[:, :9 * Kc] = bytes_to_words(pack_bits(w, 8, pad=0), 8).reshape(4, 9 * Kc, 1)
    xs = np.where(x, 1, -1)
    xp = np.pad(xs, ((0, 0), (1, 1), (1, 1), (0, 0)), constant_values=1 if pad else -1)
    ws = np.where(w, 1, -1)
    for oy in range(H):
        for ox in range(W_):
            top_left = (((oy - 1) * W_ + ox - 1) * Kc) % (1 << 16)   # may lie in the padding
            ins = isa.Instr(isa.Opcode.GEMM, mode=0, accumulate=0, act_addr=top_left, w_addr=0,
                            words=Kc, planes=1, plane_stride=0, kh=3, kw=3, fm_h=H, fm_w=W_,
                            iy0=oy - 1, ix0=ox - 1, pad=pad, tail_bits=Cin % 8)
            m.execute(0, ins)
            ref = np.einsum("byxc,oyxc->bo", xp[:, oy:oy + 3, ox:ox + 3], ws)
            assert (2 * m.acc - 9 * Cin == ref).all(), (oy, ox)


def test_cnv_cli_check_compile_report(tmp_path, capsys):
    """CNV through the CLI: check lists every layer supported, compile for ecp5-85f,
    simulate random images with --report: the per-layer table and its PNG chart."""
    from accel.models import calibrate_batchnorm, cnv
    torch.manual_seed(1)
    model = calibrate_batchnorm(cnv(), torch.randint(0, 256, (64, 3, 32, 32)))
    ck, prog = tmp_path / "cnv.pt", tmp_path / "cnv.accel"
    save_checkpoint(ck, model, "cnv", {}, (3, 32, 32))
    assert main(["check", str(ck)]) == 0
    assert main(["compile", str(ck), "--preset", "ecp5-85f", "-o", str(prog)]) == 0
    capsys.readouterr()
    js = tmp_path / "sim.json"
    assert main(["simulate", str(prog), "--random", "2", "--report", "--json", str(js)]) == 0
    text = capsys.readouterr().out
    for col in ("MACs", "cycles", "array util.", "DRAM bytes", "energy"):
        assert col in text
    png = tmp_path / "cnv.layers.png"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and "per-layer chart" in text
    sim = json.loads(js.read_text())
    names = [l["name"].split()[0] for l in sim["layers"]]
    assert names[:9] == [f"conv{i}" for i in range(6)] + ["fc6", "fc7", "fc8"]
    # conv0 streams its unfolded input once (30 x 30 pixels x 8 planes x a narrow
    # word: one 4-byte bus beat holds the 27 taps); conv1's map stays on chip (a 30x30
    # map would be 7,200 bytes): its DRAM traffic is its weights, 4,608 bytes per run
    # of `rows` = 4 images
    assert 28_800 < sim["layers"][0]["dram_bytes"] < 29_000
    assert sim["layers"][1]["dram_bytes"] < 2000
    assert sum(l["macs"] for l in sim["layers"]) == 59_461_376    # CNV's MACs per image
    # the window walker reading the image instead (`--first-layer direct`): the same
    # scores, conv0 several times slower (every pixel's 3 channels fill a lane word)
    prog_d, js_d, cj = tmp_path / "cnv-d.accel", tmp_path / "sim-d.json", tmp_path / "c.json"
    assert main(["compile", str(ck), "--preset", "ecp5-85f", "-o", str(prog_d),
                 "--first-layer", "direct", "--json", str(cj)]) == 0
    assert json.loads(cj.read_text())["im2col"] is False
    assert main(["simulate", str(prog_d), "--random", "2", "--json", str(js_d),
                 "--output", str(tmp_path / "d.npy")]) == 0
    assert main(["simulate", str(prog), "--random", "2", "--output", str(tmp_path / "i.npy")]) == 0
    np.testing.assert_array_equal(np.load(tmp_path / "d.npy"), np.load(tmp_path / "i.npy"))
    direct = json.loads(js_d.read_text())["layers"][0]
    assert direct["cycles"] > 2 * sim["layers"][0]["cycles"]
