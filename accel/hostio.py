"""Host side of a program's I/O contract (`accel.program.Symbols`): images into the
DRAM rows a run reads, the scores a run writes back out.  The golden model, the
co-simulation driver and the board host all use these, so the packing is written once
and outside the simulator."""

from __future__ import annotations

import numpy as np

from .packing import bytes_to_int, pack_bits
from .program import Program

__all__ = ["pack_input", "unpack_output", "InputError"]


class InputError(ValueError):
    """Images that do not fit the program's input (shape, values)."""


def pack_input(prog: Program, x: np.ndarray) -> np.ndarray:
    """Host driver: images ``(n, *image_shape)`` -> DRAM rows ``(n, row_stride)`` bytes."""
    sym = prog.symbols.input
    cfg = prog.config
    n_in = sym.shape[1]
    x = np.asarray(x)
    img = sym.image_shape
    if x.shape[1:] != img and x.shape[1:] != (n_in,):
        raise InputError(f"input has shape {x.shape}; the program expects "
                         f"(n, {', '.join(map(str, img))}) or (n, {n_in})")
    x = x.reshape(len(x), n_in)
    if sym.encoding == "sign bits":
        planes = (x >= 0)[:, None, :]
    else:
        P = sym.planes
        if not np.all(np.isfinite(x)) or np.any(x != np.round(x)) or x.min(initial=0) < 0 \
                or x.max(initial=0) > (1 << P) - 1:
            bad = x[(x != np.round(x)) | (x < 0) | (x > (1 << P) - 1)]
            raise InputError(f"input must be integers in 0..{(1 << P) - 1} ({sym.encoding}); "
                             f"found {bad.ravel()[:4].tolist()}")
        xi = x.astype(np.int64)
        planes = np.stack([(xi >> p) & 1 for p in range(P)], axis=1).astype(bool)
    C, H, W = sym.fm
    # (n, P, C*H*W) in torch order -> pixel-major (n, P, H, W, C), channels padded per pixel
    planes = planes.reshape(len(x), planes.shape[1], C, H, W).transpose(0, 1, 3, 4, 2)
    packed = pack_bits(planes, cfg.lane_bits, pad=1).reshape(len(x), -1)
    rows = np.zeros((len(x), sym.row_stride), np.uint8)
    rows[:, :packed.shape[1]] = packed
    return rows


def unpack_output(prog: Program, raw: np.ndarray) -> np.ndarray:
    """Host driver: the output region of one run (``batch*row_stride`` bytes) -> scores."""
    cfg, sym = prog.config, prog.symbols.output
    ent_bytes = cfg.dram_word_bytes("out")
    rows = raw.reshape(prog.batch, -1)[:, :sym.entries * ent_bytes]
    eb = cfg.entry_bytes
    ent = rows.reshape(prog.batch, sym.entries, ent_bytes)[..., :eb * cfg.cols]
    return bytes_to_int(ent, eb, signed=True).reshape(prog.batch, -1)[:, :sym.shape[1]]
