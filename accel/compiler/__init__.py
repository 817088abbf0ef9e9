"""`compile(model, example_input, config) -> Program`."""

from __future__ import annotations

import numpy as np
import torch

from ..config import AccelConfig
from ..program import Program
from .fold import Folded, fold_block
from .graph import SUPPORTED, Block, CompileError, capture
from .lower import lower

__all__ = ["compile", "CompileError", "SUPPORTED", "capture", "fold_block", "Block", "Folded"]


def compile(model: torch.nn.Module, example_input, config: AccelConfig,
            batch: int | None = None) -> Program:
    """Compile a quantized model for ``config``.

    Parameters
    ----------
    model : torch.nn.Module
        Built from `accel.quant` layers (see `SUPPORTED`); compiled in eval mode.
    example_input : torch.Tensor or array
        One or more inputs; ``example_input.shape[1:]`` is the image shape, whose
        element count must equal the first layer's fan-in.
    config : AccelConfig
    batch : int, optional
        Images per program run; a multiple of ``config.rows`` (default ``rows``).

    Raises
    ------
    CompileError
        Unsupported layer, a layer that does not fit the buffers, an accumulator that
        could overflow, or an input shape that does not match the model.
    """
    if not isinstance(config, AccelConfig):
        raise TypeError(f"config must be an AccelConfig, got {type(config).__name__}")
    batch = config.rows if batch is None else batch
    if not isinstance(batch, int) or batch < 1 or batch % config.rows:
        raise CompileError(f"batch = {batch!r} must be a positive multiple of rows = {config.rows}")
    blocks = capture(model)
    x = np.asarray(example_input.detach().cpu() if torch.is_tensor(example_input) else example_input)
    if x.ndim < 1:
        raise CompileError("example_input must have a batch dimension")
    image_shape = tuple(x.shape[1:]) if x.ndim > 1 else (x.shape[0],)
    n_in = int(np.prod(image_shape))
    if n_in != blocks[0].linear.in_features:
        raise CompileError(f"example_input images have shape {image_shape} ({n_in} values) but "
                           f"the first layer {blocks[0].name!r} takes "
                           f"{blocks[0].linear.in_features}")
    was_training = model.training
    model.eval()
    try:
        folds = [fold_block(b) for b in blocks]
    finally:
        model.train(was_training)
    return lower(blocks, folds, config, batch, image_shape)
