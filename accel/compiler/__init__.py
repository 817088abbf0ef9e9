"""`compile(model, example_input, config) -> Program`."""

from __future__ import annotations

import dataclasses
import os

import numpy as np
import torch

from ..config import AccelConfig
from ..hoststeps import check_steps
from ..program import Program
from .fold import Folded, fold_block
from .graph import SUPPORTED, Block, CompileError, capture
from .lower import lower

__all__ = ["compile", "CompileError", "SUPPORTED", "capture", "fold_block", "Block", "Folded",
           "torch_trace"]


@torch.no_grad()
def torch_trace(model: torch.nn.Module, program: Program, x) -> tuple[np.ndarray, list]:
    """PyTorch's side of the equivalence: ``(output, hidden)`` for images ``x``.

    ``hidden[i]`` is hidden layer ``i``'s output as ``(n, values)`` in torch's order,
    taken after the last module the compiler folded into that layer (the max-pool
    of a pooled block), i.e. what `accel.model.simulate(..., trace=True)` returns.

    A program whose LightNorm layers take each run's batch statistics (``adapt``)
    is compared with the model evaluated batch by batch with ``LightNorm1d.adapt``
    (`LightNorm2d.adapt`) on, the last batch padded with copies of the last image as the host pads it.
    """
    if program.layout.norm_stats == "batch":
        return _torch_trace_adapted(model, program, x)
    return _torch_trace(model, program, x)


@torch.no_grad()
def _torch_trace(model: torch.nn.Module, program: Program, x) -> tuple[np.ndarray, list]:
    mods = dict(model.named_modules())
    names = [l.modules[-1] for l in program.layers[:-1]]
    got: dict[str, np.ndarray] = {}

    def record(name):
        def hook(mod, args, out):
            got[name] = out.detach().numpy().reshape(len(out), -1).copy()
        return hook
    hooks = [mods[n].register_forward_hook(record(n)) for n in names]
    was = model.training
    model.eval()
    try:
        out = model(torch.as_tensor(np.asarray(x), dtype=torch.float32)).numpy()
    finally:
        model.train(was)
        for h in hooks:
            h.remove()
    return out, [got[n] for n in names]


def compile(model, example_input, config: AccelConfig,
            batch: int | None = None, loops: bool = True,
            first_layer: str = "auto", adapt: bool = False) -> Program:
    """Compile a quantized model for ``config``.

    Parameters
    ----------
    model : torch.nn.Module, path or qonnx ModelWrapper
        Built from `accel.quant` layers (see `SUPPORTED`); compiled in eval mode.  Or
        a QONNX model (an ``.onnx`` path or a ``ModelWrapper``), imported with
        `accel.interop.qonnx_import.import_qonnx`: the program then carries the graph's
        preprocessing and output nodes (`accel.hoststeps`), so it takes the graph's raw
        inputs and its ``logits`` are the graph's outputs.
    example_input : torch.Tensor or array
        One or more inputs; ``example_input.shape[1:]`` is the image shape, whose
        element count must equal the first layer's fan-in (None for a QONNX model:
        its input's shape).
    config : AccelConfig
    batch : int, optional
        Images per program run; a multiple of ``config.rows`` (default ``rows``).
    loops : bool
        Step each convolution row with a LOOP instruction (default).  ``False`` writes
        every instruction out: the same results, one issue cycle less per LOOP, and a
        program that may not fit ``imem_depth``.
    first_layer : {"auto", "im2col", "direct"}
        How a first convolution reads the image.  ``im2col``: the host unfolds each
        output pixel's window into one pixel (`accel.hostio.unfold`), which the array
        reads as a 1x1 convolution: a 3-channel 3x3 window is 27 bits of one lane word
        instead of nine words of 3 bits.  ``direct``: the window walker reads the
        image.  ``auto`` (default): im2col when it takes fewer GEMM steps.
    adapt : bool
        LightNorm layers take their statistics from each run's batch, gathered on the
        device (on-device adaptation, `accel.isa.NormOp`), instead of the running
        statistics of training: the program runs layer by layer over the whole batch,
        whose maps must all fit the activation buffer.  The results equal the model's
        with ``LightNorm1d.adapt = True`` (and `LightNorm2d`'s) evaluated on the same
        batches.

    Raises
    ------
    CompileError
        Unsupported layer, a layer that does not fit the buffers, an accumulator that
        could overflow, or an input shape that does not match the model.
    """
    if not isinstance(config, AccelConfig):
        raise TypeError(f"config must be an AccelConfig, got {type(config).__name__}")
    imp = None
    if isinstance(model, (str, os.PathLike)) or type(model).__name__ == "ModelWrapper":
        from ..interop.qonnx_import import import_qonnx
        imp = import_qonnx(model)
        model = imp.model
        if example_input is None:
            example_input = np.zeros((1, *imp.input_shape), np.float32)
    batch = config.rows if batch is None else batch
    if not isinstance(batch, int) or batch < 1 or batch % config.rows:
        raise CompileError(f"batch = {batch!r} must be a positive multiple of rows = {config.rows}")
    x = np.asarray(example_input.detach().cpu() if torch.is_tensor(example_input) else example_input)
    if x.ndim < 1:
        raise CompileError("example_input must have a batch dimension")
    image_shape = tuple(x.shape[1:]) if x.ndim > 1 else (x.shape[0],)
    n_in = int(np.prod(image_shape))
    blocks = capture(model, image_shape)
    need = int(np.prod(blocks[0].in_fm))
    if n_in != need:
        raise CompileError(f"example_input images have shape {image_shape} ({n_in} values) but "
                           f"the first layer {blocks[0].name!r} takes {need}")
    was_training = model.training
    model.eval()
    try:
        folds = [fold_block(b) for b in blocks]
    finally:
        model.train(was_training)
    prog = lower(blocks, folds, config, batch, image_shape, loops=loops,
                 first_layer=first_layer, adapt=adapt)
    if imp is not None:         # the graph's preprocessing and output nodes, for the host
        prog.symbols = dataclasses.replace(
            prog.symbols, input_steps=check_steps(imp.host_input_steps),
            output_steps=check_steps(imp.host_output_steps))
    return prog


def _torch_trace_adapted(model, program: Program, x) -> tuple[np.ndarray, list]:
    from ..quant import LightNorm1d, LightNorm2d
    x = np.asarray(x)
    n, B = len(x), program.batch
    pad = -n % B
    if pad:
        x = np.concatenate([x, np.repeat(x[-1:], pad, axis=0)])
    norms = [m for m in model.modules() if isinstance(m, (LightNorm1d, LightNorm2d))]
    was = [m.adapt for m in norms]
    for m in norms:
        m.adapt = True
    try:
        runs = [_torch_trace(model, program, x[i:i + B]) for i in range(0, len(x), B)]
    finally:
        for m, w in zip(norms, was):
            m.adapt = w
    out = np.concatenate([r[0] for r in runs])[:n]
    hidden = [np.concatenate([r[1][k] for r in runs])[:n] for k in range(len(runs[0][1]))]
    return out, hidden
