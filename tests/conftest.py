"""Shared helpers: random binary networks and the torch-side ground truth."""

from __future__ import annotations

import os

import numpy as np
import pytest
import torch
from hypothesis import settings
from torch import nn

from accel.quant import BinaryAct, QuantAct
from accel.randnets import (CONV_CONFIG, SMALL_CONFIGS, random_conv_net, random_input,
                            random_net, randomize_bn)

__all__ = ["random_conv_net", "random_input", "random_net", "randomize_bn", "SMALL_CONFIGS",
           "CONV_CONFIG", "torch_reference", "run_demo"]


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


# `make test` draws the same Hypothesis examples every run (what CI passes, a clean
# checkout passes); HYPOTHESIS_PROFILE=explore draws new ones, as many as each test asks
settings.register_profile("ci", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def pytest_collection_modifyitems(config, items):
    """Tests marked ``slow`` (minutes each) first: under ``pytest -n 2`` each worker
    starts on one, and none of them is left to run alone at the end."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


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
