"""Shared helpers: random binary networks and the torch-side ground truth."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from torch import nn

from accel.config import AccelConfig
from accel.quant import BinaryAct, QuantAct
from accel.randnets import random_conv_net, random_input, random_net, randomize_bn

__all__ = ["random_conv_net", "random_input", "random_net", "randomize_bn", "SMALL_CONFIGS",
           "CONV_CONFIG", "torch_reference", "run_demo"]

# Small accelerators for RTL tests; together they cover pop_stages 0..3, several bus
# widths and DRAM latencies, weight/threshold streaming and reduction splits.
SMALL_CONFIGS = [
    AccelConfig(name="s1", rows=2, cols=4, lane_bits=16, acc_bits=16, act_depth=64,
                weight_depth=8, thresh_depth=3, out_depth=40, imem_depth=1024,
                dram_bytes_per_cycle=1, dram_latency=1, pop_stages=0),
    AccelConfig(name="s2", rows=3, cols=8, lane_bits=8, acc_bits=24, act_depth=128,
                weight_depth=64, thresh_depth=16, out_depth=40, imem_depth=1024,
                dram_bytes_per_cycle=1, dram_latency=5, pop_stages=2),
    AccelConfig(name="s3", rows=1, cols=2, lane_bits=64, acc_bits=32, act_depth=64,
                weight_depth=16, thresh_depth=16, out_depth=40, imem_depth=1024,
                dram_bytes_per_cycle=8, dram_latency=2, pop_stages=3),
]

# Room for small feature maps (8-bit input planes are the big ones) and 2-bit maps;
# weight_depth 40: most random conv nets stream their weights, double-buffered (halves
# of 20 words hold a 3x3 window of 2 words per position), with decoupled LOADs.
CONV_CONFIG = AccelConfig(name="conv-rtl", rows=2, cols=4, lane_bits=8, acc_bits=16,
                          act_depth=512, weight_depth=40, thresh_depth=16, out_depth=8,
                          imem_depth=1024, dram_bytes_per_cycle=1, dram_latency=3,
                          pop_stages=1, act_bits_max=2)


@torch.no_grad()
def torch_reference(model: nn.Module, x: np.ndarray):
    """(final output, [hidden +-1 activations]) of the model in eval mode."""
    hidden = []
    hooks = [m.register_forward_hook(lambda m, i, o: hidden.append(o.numpy().copy()))
             for m in model.modules() if isinstance(m, (BinaryAct, QuantAct))]
    try:
        out = model(torch.as_tensor(x, dtype=torch.float32)).numpy()
    finally:
        for h in hooks:
            h.remove()
    return out, hidden


def run_demo(tmp_path_factory, net: str):
    """``accel demo --net NET`` into a fresh directory: ``(exit status, checkpoint path,
    the --json summary)``."""
    import json
    from accel.cli import main
    d = tmp_path_factory.mktemp(f"{net}_demo")
    ck, js = d / f"digits_{net}.pt", d / "demo.json"
    rc = main(["demo", "--net", net, "--checkpoint", str(ck), "--json", str(js), "-q"])
    return rc, ck, json.loads(js.read_text())


@pytest.fixture(scope="session")
def trained_mlp():
    """A small digits MLP trained for a few epochs (shared across tests)."""
    from accel.datasets import digits
    from accel.models import digits_mlp
    from accel.train import train
    xtr, ytr, xte, yte = digits()
    torch.manual_seed(0)
    m = digits_mlp(hidden=128)
    train(m, xtr, ytr, epochs=8, progress=False)
    return m, (xtr, ytr, xte, yte)
