"""Host side of a program's I/O contract (`accel.program.Symbols`): images into the
DRAM rows a run reads, the scores a run writes back out.  The golden model, the
co-simulation driver and the board host all use these, so the packing is written once
and outside the simulator."""

from __future__ import annotations

import numpy as np

from .hoststeps import apply_steps
from .packing import bytes_to_int, pack_bits
from .program import Program

__all__ = ["pack_input", "unpack_output", "unfold", "random_images", "InputError"]


class InputError(ValueError):
    """Images that do not fit the program's input (shape, values)."""


def random_images(prog: Program, n: int, rng: np.random.Generator) -> np.ndarray:
    """``n`` random images of the program's shape, each value drawn uniformly from what
    its input takes: +-1 for sign bits, ``0..2**bits - 1`` for unsigned pixels, and an
    imported graph's raw inputs in [0, 1)."""
    shape = (n, *prog.symbols.input.image_shape)
    if prog.symbols.input_steps is not None:
        return rng.uniform(0, 1, shape).astype(np.float32)
    sym = prog.symbols.input
    if sym.encoding == "sign bits":
        return rng.choice(np.array([-1.0, 1.0], np.float32), size=shape)
    top = sym.value_bits if sym.value_bits is not None else sym.planes * sym.digit_bits
    return rng.integers(0, 1 << top, size=shape).astype(np.float32)


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
    if prog.symbols.input_steps:                  # an imported graph's preprocessing
        x = apply_steps(prog.symbols.input_steps, x)
    n = sym.digit_bits
    if n != cfg.elem_bits:
        raise InputError(f"the program's input digits are {n} bits but the accelerator's "
                         f"elements are {cfg.elem_bits}")
    if sym.encoding == "sign bits":
        digits = (x >= 0)[:, None, :].astype(np.int64)
    else:
        P = sym.planes
        top = (1 << (sym.value_bits if sym.value_bits is not None else P * n)) - 1
        if not np.all(np.isfinite(x)) or np.any(x != np.round(x)) or x.min(initial=0) < 0 \
                or x.max(initial=0) > top:
            bad = x[(x != np.round(x)) | (x < 0) | (x > top)]
            raise InputError(f"input must be integers in 0..{top} ({sym.encoding}); "
                             f"found {bad.ravel()[:4].tolist()}")
        xi = x.astype(np.int64)
        digits = np.stack([(xi >> (n * p)) & ((1 << n) - 1) for p in range(P)], axis=1)
    C, H, W = sym.fm
    digits = digits.reshape(len(x), digits.shape[1], C, H, W)
    if sym.im2col is not None:
        digits = unfold(digits, sym.im2col, (1 << n) - 1)
    # (n, P, C, H, W) in torch order -> pixel-major (n, P, H, W, C), channels padded per
    # pixel; each digit's n bits little-endian in its element
    digits = digits.transpose(0, 1, 3, 4, 2)
    E = cfg.elems_per_word
    words = digits.shape[2] * digits.shape[3] * -(-digits.shape[4] // E)
    if words != sym.words:
        raise InputError(f"the program's input symbol says {sym.words} words per plane, but "
                         f"its map {digits.shape[4]}x{digits.shape[2]}x{digits.shape[3]} "
                         f"packs into {words}")
    nb = digits.shape[4] * n                             # bits of a pixel's channels
    bits = ((digits[..., None] >> np.arange(n)) & 1).astype(bool).reshape(
        *digits.shape[:4], nb)
    # pad channels: the pad bit 1 (XNOR: it never matches a weight pad bit 0), or
    # element 0 (multi-bit: its weight is 0 anyway)
    packed = pack_bits(bits, cfg.lane_bits, pad=int(n == 1)).reshape(len(x), -1)
    if sym.word_bytes is not None and sym.word_bytes != cfg.word_bytes:
        # narrow words: the low bytes of each; the rest are pad ones, which the LOAD
        # restores
        if not 0 < sym.word_bytes < cfg.word_bytes:
            raise InputError(f"the program's input words are {sym.word_bytes} bytes in DRAM "
                             f"but the accelerator's words are {cfg.word_bytes}")
        if nb > 8 * sym.word_bytes:
            raise InputError(f"the program's input words are {sym.word_bytes} bytes in DRAM "
                             f"but a pixel has {nb} bits")
        packed = packed.reshape(len(x), -1, cfg.word_bytes)[..., :sym.word_bytes]
        packed = packed.reshape(len(x), -1)
    rows = np.zeros((len(x), sym.row_stride), np.uint8)
    rows[:, :packed.shape[1]] = packed
    return rows


def unfold(planes: np.ndarray, im2col: tuple, ones: int = 1) -> np.ndarray:
    """im2col of bit (or digit) planes ``(n, P, C, H, W)``: ``(n, P, C*kh*kw, OH, OW)``,
    output pixel ``(oy, ox)`` holding its window's taps in torch's ``(c, ky, kx)``
    order (`torch.nn.functional.unfold`'s), padding taps the pad bit in every plane (a
    digit of all ones, ``ones``, for pad bit 1)."""
    kh, kw, sh, sw, ph, pw, pad = im2col
    n, P, C, H, W = planes.shape
    if min(kh, kw, sh, sw) < 1 or min(ph, pw) < 0 or pad not in (0, 1) \
            or H + 2 * ph < kh or W + 2 * pw < kw:
        raise InputError(f"the program's im2col {list(im2col)} (kh, kw, sh, sw, ph, pw, pad) "
                         f"does not fit a {C}x{H}x{W} input")
    padded = np.full((n, P, C, H + 2 * ph, W + 2 * pw), pad * ones, planes.dtype)
    padded[..., ph:ph + H, pw:pw + W] = planes
    OH, OW = (H + 2 * ph - kh) // sh + 1, (W + 2 * pw - kw) // sw + 1
    taps = [padded[..., ky:ky + sh * (OH - 1) + 1:sh, kx:kx + sw * (OW - 1) + 1:sw]
            for ky in range(kh) for kx in range(kw)]
    return np.stack(taps, axis=3).reshape(n, P, C * kh * kw, OH, OW)


def unpack_output(prog: Program, raw: np.ndarray) -> np.ndarray:
    """Host driver: the output region of one run (``batch*row_stride`` bytes) -> scores."""
    cfg, sym = prog.config, prog.symbols.output
    ent_bytes = cfg.dram_word_bytes("out")
    rows = raw.reshape(prog.batch, -1)[:, :sym.entries * ent_bytes]
    eb = cfg.entry_bytes
    ent = rows.reshape(prog.batch, sym.entries, ent_bytes)[..., :eb * cfg.cols]
    return bytes_to_int(ent, eb, signed=True).reshape(prog.batch, -1)[:, :sym.shape[1]]
