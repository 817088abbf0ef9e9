"""Bad input gets a clear error naming the problem and the numbers."""

import numpy as np
import pytest
import torch
from torch import nn

import accel
from accel.compiler import CompileError
from accel.config import preset
from accel.model import SimError
from accel.quant import BinaryAct, BinaryLinear

from conftest import random_net


def mlp(*mods):
    return nn.Sequential(*mods).eval()


@pytest.mark.parametrize("bad,name", [
    (nn.ReLU(), "ReLU"), (nn.Sigmoid(), "Sigmoid"), (nn.Linear(8, 8), "Linear"),
])
def test_unsupported_layer_named_with_supported_list(bad, name):
    m = mlp(BinaryLinear(8, 8, in_bits=8), bad, BinaryLinear(8, 2))
    with pytest.raises(CompileError) as e:
        accel.compile(m, torch.zeros(1, 8), preset("default"))
    msg = str(e.value)
    assert name in msg and "supported:" in msg and "BinaryLinear" in msg


def test_unsupported_function_named():
    class M(nn.Module):
        def __init__(self):
            super().__init__()
            self.a = BinaryLinear(8, 4, in_bits=8)

        def forward(self, x):
            return torch.relu(self.a(x))
    with pytest.raises(CompileError, match="unsupported layer 'relu'"):
        accel.compile(M(), torch.zeros(1, 8), preset("default"))


def test_structure_errors():
    cfg = preset("default")
    with pytest.raises(CompileError, match="final batch norm has no integer form"):
        accel.compile(mlp(BinaryLinear(8, 4, in_bits=8), nn.BatchNorm1d(4)), torch.zeros(1, 8), cfg)
    with pytest.raises(CompileError, match="last layer must be a BinaryLinear"):
        accel.compile(mlp(BinaryLinear(8, 4, in_bits=8), BinaryAct()), torch.zeros(1, 8), cfg)
    with pytest.raises(CompileError, match="must end in a BinaryAct"):
        accel.compile(mlp(BinaryLinear(8, 4, in_bits=8), BinaryLinear(4, 2)), torch.zeros(1, 8), cfg)
    with pytest.raises(CompileError, match="in_bits=None but its input is not binarized"):
        accel.compile(mlp(BinaryLinear(8, 4)), torch.zeros(1, 8), cfg)
    with pytest.raises(CompileError, match="has 4 outputs but .* expects 5"):
        accel.compile(mlp(BinaryLinear(8, 4, in_bits=8), BinaryAct(), BinaryLinear(5, 2)),
                      torch.zeros(1, 8), cfg)


def test_input_shape_mismatch():
    m = random_net([64, 16, 10])
    with pytest.raises(CompileError, match=r"shape \(7, 7\) \(49 values\).*takes 64"):
        accel.compile(m, torch.zeros(1, 7, 7), preset("default"))
    prog = accel.compile(m, torch.zeros(1, 8, 8), preset("default"))
    with pytest.raises(SimError, match=r"input has shape \(2, 9\)"):
        accel.simulate(prog, np.zeros((2, 9)))
    with pytest.raises(SimError, match=r"integers in 0..255.*300"):
        accel.simulate(prog, np.full((2, 8, 8), 300.0))
    with pytest.raises(SimError, match=r"integers in 0..255.*-1"):
        accel.simulate(prog, np.full((2, 64), -1.0))


def test_accumulator_overflow_refused():
    m = random_net([300, 16, 10])
    with pytest.raises(CompileError) as e:
        accel.compile(m, torch.zeros(1, 300), preset("default").replace(acc_bits=16))
    msg = str(e.value)
    assert "accumulator" in msg and "76500" in msg and "acc_bits = 16" in msg and "65535" in msg


def test_layer_does_not_fit():
    m = random_net([64, 4096, 10])
    with pytest.raises(CompileError, match=r"activations do not fit.*act_depth = 256"):
        accel.compile(m, torch.zeros(1, 64), preset("ice40-up5k"))
    m = random_net([64, 16, 300])
    with pytest.raises(CompileError, match=r"300 scores need 75 out-buffer entries.*out_depth = 16"):
        accel.compile(m, torch.zeros(1, 64), preset("ice40-up5k").replace(out_depth=16))


def test_bad_batch_and_config_type():
    m = random_net([64, 16, 10])
    with pytest.raises(CompileError, match="batch = 3 must be a positive multiple of rows = 8"):
        accel.compile(m, torch.zeros(1, 64), preset("default"), batch=3)
    with pytest.raises(TypeError, match="AccelConfig"):
        accel.compile(m, torch.zeros(1, 64), "default")


def test_dram_image_larger_than_the_address_space_refused():
    m = random_net([64, 512, 10])
    cfg = preset("ice40-up5k").replace(dram_addr_bits=12)
    with pytest.raises(CompileError, match=r"needs [\d,]+ bytes of DRAM but config "
                                           r"'ice40-up5k' addresses 4,096 \(dram_addr_bits = 12\)"):
        accel.compile(m, torch.zeros(1, 64), cfg)
