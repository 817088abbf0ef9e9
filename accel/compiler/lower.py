"""Lower folded blocks onto the array: tiling, buffer allocation, DRAM image, instructions.

Schedule (one program run processes ``batch`` images, ``rows`` at a time)::

    [LOAD all thresholds]   if every layer's fit the threshold buffer at once
    for each batch tile of `rows` images:
        LOAD input bit planes -> act region 0
        for each layer:
            [LOAD the layer's weights]  if every layer's fit the weight buffer at once
                                 (resident: each layer's block at its own place, loaded
                                 in the first batch tile only)
            for each output-channel tile t (cols channels):
                [LOAD weight block]  when streaming and tile t starts a new block (at
                                 alternate halves of the buffer)
                GEMM over the input words (several, accumulating, if the reduction
                     dimension is split because one tile's weights exceed the buffer)
                [LOAD threshold block]
                POST: threshold -> lane t of the output act word (hidden layer)
                      or raw scores -> out buffer entry t (final layer)
            hidden layers also POST "pad tiles" so every bit of the last output word is
            written: pad channels have thresholds 0 and so read all ones.
            An n-bit activation (QuantAct) is written as n bit planes, ``Kout`` words
            apart, which the next layer's GEMM reads as its input planes.
        STORE out buffer -> DRAM
    FINISH

Weight LOADs then move up and run behind the GEMMs before them
(`accel.compiler.tokens`).  Activations ping-pong between two regions of the
activation buffer.  Padding bits
of activations are 1 and padding bits of weights are 0, so a pad position never
counts as an XNOR match and the popcount needs no masks.
"""

from __future__ import annotations

import numpy as np

from .. import isa
from ..config import AccelConfig, digit_planes
from ..isa import (DENSE_WINDOW, NORM_CHUNKING, NORM_ENTRIES, Buf, Instr, NormOp, Opcode,
                   PostMode, conv_feature)
from ..lightnorm import (LIGHTNORM_SPEC, STATS_MAX_VALUES, channel_scale, chunking, gain,
                         reciprocal, stat_encode)
from ..packing import int_to_bytes, pack_bits, pack_fields, round_up
from ..program import (FIRST_LAYER, InputSymbol, LayerInfo, Layout, OutputSymbol, Program,
                       Segment, Symbols)
from .fold import Folded
from .graph import Block, CompileError
from .tokens import pair_tokens

__all__ = ["lower", "LayerPlan", "check_kind"]

_ALIGN = 64  # DRAM segment alignment in bytes
#: GEMM window fields of a dense layer: one 1x1 "pixel" holding the whole input
#: Longest reduction one GEMM takes (its ``words`` field)
MAX_GEMM_WORDS = isa.field_of(Opcode.GEMM, "words").max
#: Longest LOOP body (its ``body`` field)
_LOOP_BODY_MAX = isa.field_of(Opcode.LOOP, "body").max


class LayerPlan:
    """Tiling of one layer on a config.

    Feature maps live in the activation buffer pixel-major: pixel ``(y, x)`` of bit
    plane ``p`` starts at word ``p*plane_words + (y*W + x)*Kc``, ``Kc`` words per pixel
    (channel pad bits 1).  A weight row holds, for each window position ``(ky, kx)``
    in scan order, ``Kc`` words of channels (pad bits 0): the order the GEMM window
    walks.  A dense layer's window is its whole input map, which is contiguous, so it
    runs as one 1x1-window GEMM over ``H*W*Kc`` words.
    """

    def __init__(self, idx: int, blk: Block, fold: Folded, cfg: AccelConfig,
                 im2col: bool = False):
        # E: channels per word (a word holds E elements of elem_bits: its bits for XNOR)
        W, C, E, n = cfg.lane_bits, cfg.cols, cfg.elems_per_word, cfg.elem_bits
        self.idx, self.blk, self.fold = idx, blk, fold
        self.lane = W
        self.multibit = cfg.multibit
        self.name = blk.name
        self.M, self.N = fold.weight_pos.shape
        self.conv = blk.conv
        self.cin, self.H, self.W = blk.in_fm
        self.kh, self.kw = blk.kernel
        self.sh, self.sw = blk.stride
        self.ph, self.pw = blk.padding
        self.pool = blk.pool
        self.OH, self.OW = blk.conv_out_hw
        #: the host unfolds the input (`accel.hostio`): every output pixel's window
        #: taps, in torch's (channel, ky, kx) order, are one pixel of an OH x OW map
        #: that a 1x1 convolution reads (weights in the same order: `packed_weights`)
        self.im2col = im2col
        if im2col:
            self.cin, self.H, self.W = self.N, self.OH, self.OW
            self.kh = self.kw = self.sh = self.sw = 1
            self.ph = self.pw = 0
        _, self.PH, self.PW = blk.out_fm
        # input planes: bit planes (XNOR), digit planes of elem_bits (multi-bit)
        self.planes = digit_planes(blk.in_bits, n) if blk.input_kind == "uint" else 1
        self.Kc = -(-self.cin // E)                       # words per input pixel
        self.K = self.kh * self.kw * self.Kc              # weight words per channel
        self.in_plane_words = self.H * self.W * self.Kc
        self.Tg = -(-self.M // C)                         # GEMM tiles
        self.Kout = -(-self.M // E)                       # output words per pixel (hidden)
        self.Tp = self.Tg if blk.final else self.Kout * (E // C)  # POST tiles
        self.in_words = self.planes * self.in_plane_words
        self.final = blk.final
        self.out_bits = 1 if blk.final else blk.out_bits
        # the output's planes: its bits (XNOR) or elem_bits digits (multi-bit)
        self.out_planes = digit_planes(self.out_bits, n)
        self.residual = blk.residual
        #: LightNorm (POST NORM): the tile's entries are a LightNorm block
        self.norm = blk.lightnorm
        # thresholds per channel: 2**n - 1 levels, or one per shortcut value (residual),
        # or a LightNorm block (`accel.isa.NORM_ENTRIES`)
        self.levels = (1 if blk.final else len(NORM_ENTRIES) if self.norm else 2 if blk.residual
                       else (1 << blk.out_bits) - 1)
        self.out_plane_words = self.PH * self.PW * self.Kout
        self.out_words = self.out_planes * self.out_plane_words     # act words of the output
        self.pixels = (self.PH * self.pool) * (self.PW * self.pool) if self.conv else 1
        #: values per channel and image a LightNorm's batch statistics take: every
        #: output pixel before pooling (a pool's dropped edge too, as torch's norm sees)
        self.stat_pixels = blk.conv_out_hw[0] * blk.conv_out_hw[1] if self.conv else 1
        self.macs = self.M * self.N * self.pixels
        self.set_bands(None)

    def band(self, py0: int, py1: int) -> tuple[int, int]:
        """Input rows ``[iy_lo, iy_hi)`` that output (pooled) rows ``[py0, py1)`` read."""
        oy0, oy1 = py0 * self.pool, py1 * self.pool
        lo = max(0, oy0 * self.sh - self.ph)
        hi = min(self.H, (oy1 - 1) * self.sh - self.ph + self.kh)
        if hi <= lo:                        # the windows lie wholly in the padding
            lo = min(lo, self.H - 1)
            hi = lo + 1
        return lo, hi

    def set_bands(self, rows: int | None, in_stream: bool = True,
                  out_spill: bool = False) -> None:
        """Run the layer in bands of ``rows`` output (pooled) rows (None: in one piece).

        ``in_stream``: a band's input rows are loaded plane by plane from the map in
        DRAM; its GEMM windows count rows from the band's first row, and the band's row
        count is the feature-map height they see (rows outside are padding only at the
        map's edges, which is where the band's own edges are clipped to).
        ``out_spill``: the band's output rows are written to a band-sized region and
        stored to the map in DRAM plane by plane.
        """
        self.bands = None
        self.in_stream = self.out_spill = False
        self.buf_plane_words = self.in_plane_words
        self.buf_in_words = self.in_words
        self.buf_out_plane_words = self.out_plane_words
        self.buf_out_words = self.out_words
        if rows is None:
            return
        self.in_stream, self.out_spill = in_stream, out_spill
        self.bands = []
        for py0 in range(0, self.PH, rows):
            py1 = min(self.PH, py0 + rows)
            self.bands.append((py0, py1, *self.band(py0, py1)))
        if in_stream:
            self.buf_plane_words = max(hi - lo for _, _, lo, hi in self.bands) * self.W * self.Kc
            self.buf_in_words = self.planes * self.buf_plane_words
        if out_spill:
            self.buf_out_plane_words = min(rows, self.PH) * self.PW * self.Kout
            self.buf_out_words = self.out_planes * self.buf_out_plane_words

    def packed_weights(self, cfg: AccelConfig) -> np.ndarray:
        """``(Tg*C, K*dram_word_bytes("weight"))`` bytes; pad bits (XNOR), pad
        elements (multi-bit: weight 0) and pad channels are 0."""
        E = cfg.elems_per_word
        # (an unfolded first layer's channels are torch's (c, ky, kx) order already)
        w = self.fold.weight_pos.reshape(self.M, self.cin, self.kh, self.kw).transpose(0, 2, 3, 1)
        if not self.multibit:
            rows = np.zeros((self.Tg * cfg.cols, self.kh, self.kw, self.Kc * E), bool)
            rows[:self.M, :, :, :self.cin] = w
            return pack_bits(rows.reshape(len(rows), -1), cfg.lane_bits, pad=0)
        codes = np.zeros((self.Tg * cfg.cols, self.kh, self.kw, self.Kc * E), np.int64)
        codes[:self.M, :, :, :self.cin] = self.blk.weight_format.encode(w)
        return pack_fields(codes.reshape(len(codes), -1, E), cfg.weight_bits,
                           cfg.dram_word_bytes("weight")).reshape(len(codes), -1)

    def thresh_values(self, cfg: AccelConfig, batch: int = 1, adapt: bool = False) -> np.ndarray:
        """``(levels, Tp*C)`` int64: thresholds (hidden) or offsets (final), or a
        LightNorm layer's blocks (`norm_values`).

        Pad channels get 0: every level reached, so every output bit plane reads 1.
        """
        if self.norm:
            return self.norm_values(cfg, batch, adapt)
        v = np.zeros((self.levels, self.Tp * cfg.cols), np.int64)
        v[:, :self.M] = self.fold.offsets[None] if self.final else self.fold.thresholds
        if self.fold.signed:        # the accumulator holds acc_base + the signed sum
            v[:, :self.M] += cfg.acc_base
        return v

    def norm_values(self, cfg: AccelConfig, batch: int, adapt: bool) -> np.ndarray:
        """A LightNorm layer's blocks (`accel.isa.NORM_ENTRIES`), one per POST tile:
        the pre-activation's offset; the mean, scale and bias codes, from the running
        statistics (``adapt`` False) or, for the mean and scale, left for the device's
        FIN to write; the chunking of the batch's ``batch`` values per channel and
        the gains, which the device's statistics need (``adapt``).

        Pad channels get scale and gain 0 and bias ``2**out_bits``: their output is
        that bias, whose every bit plane reads 1 (the pad bit the next layer's
        popcount ignores), as the thresholds' pad channels do.
        """
        spec, ln = LIGHTNORM_SPEC, self.blk.bn
        v = np.zeros((len(NORM_ENTRIES), self.Tp * cfg.cols), np.int64)
        row = {name: v[k] for k, name in enumerate(NORM_ENTRIES)}
        M = self.M
        gamma = ln.weight.detach().double().numpy()
        row["offset"][:M] = self.fold.offsets
        row["bias"][:M] = stat_encode(spec.t(ln.bias.detach().double().numpy()), spec)
        row["bias"][M:] = stat_encode(float(1 << self.out_bits), spec)
        if not adapt:
            mean, rng, npc = ln.running_stats()
            mean, rng = spec.t(mean), spec.t(rng)
            row["mean"][:M] = stat_encode(mean, spec)
            row["scale"][:M] = stat_encode(channel_scale(gamma, rng, npc, spec), spec)
            return v
        n = batch * self.stat_pixels                  # values per channel
        k, size, longer = chunking(n, spec)
        row["gain"][:M] = stat_encode(gain(gamma, n / k, spec), spec)
        ch = dict(inv_n=stat_encode(reciprocal(n, spec), spec),
                  inv_k=stat_encode(reciprocal(k, spec), spec), size=size, longer=longer,
                  chunks=k)
        for t in range(self.Tp):
            for c, name in enumerate(NORM_CHUNKING):
                row["chunking"][t * cfg.cols + c] = ch[name]
        return v

    def pixel_order(self):
        """Conv output pixels in execution order: ``(oy, ox, dst_pixel, first)``.

        Pooled layers walk each pool window in turn; ``first`` marks the pixel whose
        POST writes (THRESHOLD) the pooled bit, the others OR into it.  Pixels that
        floor-mode pooling drops are not computed.
        """
        k = self.pool
        for py in range(self.PH):
            for px in range(self.PW):
                for dy in range(k):
                    for dx in range(k):
                        yield py * k + dy, px * k + dx, py * self.PW + px, dy == 0 and dx == 0

    def window(self, oy: int, ox: int, row0: int = 0, rows: int | None = None) -> dict:
        """GEMM window fields of conv output pixel ``(oy, ox)``; a band holds input rows
        ``row0 .. row0 + rows - 1``."""
        return dict(kh=self.kh, kw=self.kw, fm_h=self.H if rows is None else rows, fm_w=self.W,
                    iy0=oy * self.sh - self.ph - row0, ix0=ox * self.sw - self.pw,
                    pad=self.blk.pad_bit,
                    tail_bits=0 if self.multibit else self.cin % self.lane)


def check_kind(cfg: AccelConfig, blocks: list[Block]) -> None:
    """The network's layers run on the config's PEs, with its weight format."""
    kind = blocks[0].pe_kind
    fmt = blocks[0].weight_format
    if kind != cfg.pe_kind:
        layer = blocks[0].name
        raise CompileError(f"layer {layer!r} needs pe_kind {kind!r} PEs but config {cfg.name!r} "
                           f"has pe_kind {cfg.pe_kind!r}")
    if kind == "esb" and (fmt.bits, fmt.mantissa) != (cfg.weight_bits, cfg.esb_mantissa):
        raise CompileError(f"the network's weights are {fmt} (bits={fmt.bits}, mantissa="
                           f"{fmt.mantissa}) but config {cfg.name!r} multiplies weight_bits = "
                           f"{cfg.weight_bits}, esb_mantissa = {cfg.esb_mantissa}")
    if kind == "int" and fmt.bits != cfg.weight_bits:
        raise CompileError(f"the network's weights are {fmt} but config {cfg.name!r} "
                           f"multiplies weight_bits = {cfg.weight_bits}")


def _check_fits(cfg: AccelConfig, plans: list[LayerPlan]) -> None:
    lo, hi = cfg.score_range
    for p in plans:
        what = f"layer {p.name!r} (fan-in {p.N}, {p.planes} input plane(s))"
        in_bits = p.blk.in_bits if p.blk.input_kind == "uint" else 1
        if in_bits > cfg.in_bits:
            raise CompileError(f"{what}: {in_bits}-bit input but config {cfg.name!r} has "
                               f"in_bits = {cfg.in_bits}")
        if p.out_bits > cfg.act_bits_max:
            raise CompileError(f"{what}: {p.out_bits}-bit activation output but config "
                               f"{cfg.name!r} has act_bits_max = {cfg.act_bits_max}")
        if p.levels > min(cfg.thresh_depth, 65535):
            raise CompileError(f"{what}: {p.levels} thresholds per channel but thresh_depth = "
                               f"{cfg.thresh_depth}")
        need = p.fold.s_max + (0 if p.final or p.norm else 1)
        if p.fold.signed and not p.final and (p.fold.s_min < -cfg.acc_base
                                              or need > cfg.acc_max - cfg.acc_base):
            raise CompileError(
                f"{what}: the signed accumulator could reach {p.fold.s_min}..{p.fold.s_max} "
                f"(threshold up to {need}), but acc_bits = {cfg.acc_bits} holds "
                f"{-cfg.acc_base}..{cfg.acc_max - cfg.acc_base}; accumulator overflow")
        if need > cfg.acc_max:
            raise CompileError(
                f"{what}: the accumulator could reach {p.fold.s_max} (threshold up to {need}), "
                f"which needs {need.bit_length()} bits, but acc_bits = {cfg.acc_bits} "
                f"holds at most {cfg.acc_max}; accumulator overflow")
        if (p.final or p.norm) and not (lo <= -p.fold.score_max and p.fold.score_max <= hi):
            raise CompileError(
                f"{what}: integer {'scores' if p.final else 'pre-activations'} span "
                f"+-{p.fold.score_max}, which does not fit signed acc_bits = {cfg.acc_bits} ({lo}..{hi}); accumulator overflow")
        if p.final and p.Tg > cfg.out_depth:
            raise CompileError(f"{what}: {p.M} scores need {p.Tg} out-buffer entries per row "
                               f"but out_depth = {cfg.out_depth}")
        if p.K > 65535 or p.N > (1 << 20):
            raise CompileError(f"{what}: fan-in {p.N} is too large (max 2**20)")
        if p.conv:
            gf = {f.name: f for f in isa.FORMATS[Opcode.GEMM]}
            for fld, v in (("kh", p.kh), ("kw", p.kw), ("fm_h", p.H), ("fm_w", p.W),
                           ("words", p.Kc), ("plane_stride", p.in_plane_words),
                           ("iy0", -p.ph), ("ix0", -p.pw),
                           ("iy0", (p.OH - 1) * p.sh - p.ph), ("ix0", (p.OW - 1) * p.sw - p.pw)):
                if not gf[fld].legal(v):
                    raise CompileError(f"{what}: GEMM field {fld} = {v} is out of range "
                                       f"({gf[fld].lo}..{gf[fld].max}); kernel {p.kh}x{p.kw}, "
                                       f"input map {p.cin}x{p.H}x{p.W}")
            if p.K > min(cfg.weight_depth, MAX_GEMM_WORDS):
                raise CompileError(f"{what}: one output channel's weights are {p.K} words "
                                   f"({p.kh}x{p.kw} window x {p.Kc} words) but weight_depth = "
                                   f"{cfg.weight_depth}")
        if not p.final and p.out_plane_words * p.out_planes > 65535:
            raise CompileError(f"{what}: output map of {p.out_plane_words} words per plane")
    # activation ping-pong regions
    sizes = _map_words(plans)
    even = max(sizes[0::2])
    odd = max(sizes[1::2], default=0)
    if even + odd > cfg.act_depth:
        worst = max(range(len(sizes) - 1), key=lambda i: sizes[i] + sizes[i + 1], default=0)
        p0 = plans[0]
        band = (f" (the first layer streams its input in bands; one band of {p0.pool} output "
                f"row(s) reads {p0.planes} plane(s) x {p0.buf_plane_words} words)"
                if p0.in_stream else "")
        raise CompileError(
            f"activations do not fit: layer {plans[worst].name!r} reads {sizes[worst]} and the "
            f"ping-pong regions need {even} + {odd} = {even + odd} words per bank, but "
            f"act_depth = {cfg.act_depth}{band}")


def _map_words(plans: list[LayerPlan]) -> list[int]:
    """Act words per bank each map occupies: map 0 is the input, map i the output of
    layer i-1 (a band of it when it is streamed or spilled)."""
    return [plans[0].buf_in_words] + [max(p.buf_out_words, q.buf_in_words)
                                      for p, q in zip(plans, plans[1:])]


def _plan_bands(cfg: AccelConfig, plans: list[LayerPlan]) -> None:
    """Stream the first layer's input in row bands when the whole map does not fit.

    The input already lives in DRAM, so a band costs only its LOADs (overlapping rows
    are loaded again).  The band is as tall as the buffer allows next to the largest
    map of the other region.  Hidden maps stay resident (a layer whose output does not
    fit is refused by `_check_fits`).
    """
    p0 = plans[0]
    sizes = [p0.in_words] + [p.out_words for p in plans[:-1]]
    odd = max(sizes[1::2], default=0)
    if max(sizes[0::2]) + odd <= cfg.act_depth or not any(p.conv for p in plans):
        return                  # (an MLP has no rows to band: `_check_fits` says why)
    if not p0.conv or p0.residual:     # (a residual block's shortcut needs its whole input)
        _plan_spills(cfg, plans)
        return
    best = 1
    for rows in range(1, p0.PH + 1):
        p0.set_bands(rows)
        if p0.buf_in_words + odd > cfg.act_depth:
            break
        best = rows
    p0.set_bands(best)
    sizes = _map_words(plans)
    if max(sizes[0::2]) + max(sizes[1::2], default=0) > cfg.act_depth:
        _plan_spills(cfg, plans)


def _plan_spills(cfg: AccelConfig, plans: list[LayerPlan]) -> None:
    """Spill to DRAM every map larger than its half of the activation buffer.

    The buffer splits into two regions (ping for even maps, pong for odd ones), half
    each unless the smallest band of some layer needs more.  A spilled map is written
    by its producer band by band (STORE) and read by its consumer band by band
    (LOAD); every layer touching one runs in the tallest bands whose input and output
    fit their regions.  Dense layers read their whole input at once and residual
    blocks their whole input map (the shortcut), so neither may read a spilled map.
    """
    depth = cfg.act_depth
    budget = [depth // 2, depth - depth // 2]

    def modes(budget):
        spilled = {i for i, p in enumerate(plans[:-1], 1) if p.out_words > budget[i % 2]}
        for k, p in enumerate(plans):
            in_stream = (p.in_words > budget[0]) if k == 0 else (k in spilled)
            yield p, k, in_stream, (k + 1) in spilled

    for _ in range(3):                   # widen a region if one band cannot fit its half
        need = [0] * (len(plans) + 1)
        for p, k, in_stream, out_spill in modes(budget):
            p.set_bands(1 if (in_stream or out_spill) and p.conv else None, in_stream, out_spill)
            need[k] = max(need[k], p.buf_in_words)
            need[k + 1] = max(need[k + 1], 0 if p.final else p.buf_out_words)
        even, odd = max(need[0::2]), max(need[1::2])
        if even > budget[0] and even + odd <= depth:
            budget = [even, depth - even]
        elif odd > budget[1] and even + odd <= depth:
            budget = [depth - odd, odd]
        else:
            break
    for p, k, in_stream, out_spill in modes(budget):
        if not (in_stream or out_spill):
            p.set_bands(None)
            continue
        if not p.conv:
            what = "reads" if in_stream else "writes"
            words = p.in_words if in_stream else p.out_words
            raise CompileError(f"layer {p.name!r} (dense) {what} a map of {words} words per bank, "
                               f"which does not fit its region of the activation buffer "
                               f"(act_depth = {depth}); a dense layer reads and writes its whole "
                               "map at once")
        if p.residual and in_stream:
            raise CompileError(f"layer {p.name!r} (residual) reads a map of {p.in_words} words "
                               f"per bank, which does not fit its region of the activation "
                               f"buffer (act_depth = {depth}); its shortcut needs the whole "
                               "input map")
        best = 1
        for rows in range(1, p.PH + 1):
            p.set_bands(rows, in_stream, out_spill)
            if p.buf_in_words > budget[k % 2] or p.buf_out_words > budget[(k + 1) % 2]:
                break
            best = rows
        p.set_bands(best, in_stream, out_spill)


def _unfold_first(blk: Block, cfg: AccelConfig, first_layer: str) -> bool:
    """Whether the host unfolds the first layer's input (im2col).

    A convolution over few channels fills a lane word with ``cin`` useful bits and
    walks ``kh*kw`` words per pixel and plane; unfolded, a pixel's ``cin*kh*kw`` taps
    share ``ceil(cin*kh*kw / lane_bits)`` words, read once.  ``auto`` unfolds when that
    takes fewer GEMM steps.
    """
    if first_layer not in FIRST_LAYER:
        raise CompileError(f"first_layer = {first_layer!r}; expected one of {FIRST_LAYER}")
    if first_layer == "direct" or not blk.conv:
        return False
    if blk.residual:
        if first_layer == "im2col":
            raise CompileError(f"first_layer = 'im2col' but {blk.name!r} is a residual block, "
                               "whose shortcut reads the input map itself")
        return False
    cin, _, _ = blk.in_fm
    kh, kw = blk.kernel
    E = cfg.elems_per_word
    unfolded, direct = -(-cin * kh * kw // E), kh * kw * -(-cin // E)
    return first_layer == "im2col" or unfolded < direct


def _plan(blocks, folds, cfg: AccelConfig, unfold: bool, fallback: bool) -> list[LayerPlan]:
    """Every layer's tiling, bands and spills, checked to fit; with ``fallback``, an
    unfolded first layer that does not fit (its windows overlap, so its unfolded
    input is larger) is planned direct instead."""
    plans = [LayerPlan(i, b, f, cfg, im2col=unfold and i == 0)
             for i, (b, f) in enumerate(zip(blocks, folds))]
    try:
        _plan_bands(cfg, plans)
        _check_fits(cfg, plans)
    except CompileError:
        if not (unfold and fallback):
            raise
        return _plan(blocks, folds, cfg, False, False)
    return plans


def lower(blocks: list[Block], folds: list[Folded], cfg: AccelConfig, batch: int,
          input_shape: tuple, loops: bool = True, first_layer: str = "auto",
          adapt: bool = False) -> Program:
    C, R, B = cfg.cols, cfg.rows, cfg.dram_bytes_per_cycle
    E = cfg.elems_per_word
    wb = cfg.word_bytes                       # an activation word in DRAM
    wwb = cfg.dram_word_bytes("weight")       # a weight word in DRAM
    gemm_mode = isa.PE_KIND_MODE[cfg.pe_kind]
    check_kind(cfg, blocks)
    plans = _plan(blocks, folds, cfg, _unfold_first(blocks[0], cfg, first_layer),
                  fallback=first_layer == "auto")
    sizes = _map_words(plans)
    region = [0, max(sizes[0::2])]           # act words per bank: ping, pong
    normed = [p for p in plans if p.norm]
    if normed and not cfg.lightnorm:
        raise CompileError(f"layer {normed[0].name!r} has a {type(normed[0].blk.bn).__name__}, "
                           f"but config {cfg.name!r} "
                           "has no LightNorm units (lightnorm = False); compile it for a "
                           "config with lightnorm = True, such as the 'lightnorm' preset")
    tiles = batch // R
    if adapt:
        if not normed:
            raise CompileError("adapt (on-device batch statistics) needs a LightNorm layer; "
                               "the network has none")
        banded = [p for p in plans if p.bands]
        if banded:
            raise CompileError(
                f"adapt keeps every batch tile's maps on chip, but layer {banded[0].name!r} "
                f"streams its maps in bands (act_depth = {cfg.act_depth} does not hold one "
                "image's); a config with a larger act_depth")
        for p in normed:
            if batch * p.stat_pixels > STATS_MAX_VALUES:
                raise CompileError(
                    f"adapt: layer {p.name!r} takes batch {batch} x {p.stat_pixels} pixels = "
                    f"{batch * p.stat_pixels:,} values per channel into its statistics, but "
                    f"the LightNorm units take at most {STATS_MAX_VALUES:,}")
        # every batch tile's map stays in the buffer: tiles x each region
        region = [0, tiles * max(sizes[0::2])]
        need = tiles * (max(sizes[0::2]) + max(sizes[1::2], default=0))
        if need > cfg.act_depth:
            raise CompileError(
                f"adapt keeps every batch tile's activations on chip: {tiles} tiles x "
                f"({max(sizes[0::2])} + {max(sizes[1::2], default=0)}) = {need} words per bank, "
                f"but act_depth = {cfg.act_depth} (a smaller batch than {batch})")

    instrs: list[Instr] = []
    tags: list[int] = []

    def emit(tag, op, **f):
        instrs.append(Instr(op, **f))
        tags.append(tag)

    # ---- DRAM image: weight and threshold blocks ---------------------------------------
    segments: list[Segment] = []
    dram_top = 0

    def add_segment(name, data: bytes) -> int:
        nonlocal dram_top
        addr = round_up(dram_top, _ALIGN)
        segments.append(Segment(name, addr, data))
        dram_top = addr + len(data)
        return addr

    wdepth = min(cfg.weight_depth, MAX_GEMM_WORDS)
    tdepth = min(cfg.thresh_depth, 65535)
    wpacked = [p.packed_weights(cfg) for p in plans]
    tvals = [p.thresh_values(cfg, batch, adapt) for p in plans]

    # Weight units: (layer, tile, k0, k1), grouped into blocks that are loaded together.
    w_resident = sum(p.Tg * p.K for p in plans) <= wdepth
    # Streamed weights are double-buffered: blocks of at most half the buffer, at
    # alternate halves, so the next block's LOAD runs behind the GEMMs of this one
    # (`accel.compiler.tokens`), unless a convolution's channel needs more than half.
    halves = not w_resident and all(p.K <= wdepth // 2 for p in plans if p.conv)
    cap = wdepth // 2 if halves else wdepth          # words per block

    def weight_blocks(p: LayerPlan):
        if p.K <= cap:
            g = max(1, min(p.Tg, cap // p.K))
            return [[(p.idx, t, 0, p.K) for t in range(t0, min(p.Tg, t0 + g))]
                    for t0 in range(0, p.Tg, g)]
        return [[(p.idx, t, k0, min(p.K, k0 + cap))]
                for t in range(p.Tg) for k0 in range(0, p.K, cap)]

    def thresh_blocks(p: LayerPlan):
        per = tdepth // p.levels          # tiles whose thresholds fit one block
        return [[(p.idx, t) for t in range(t0, min(p.Tp, t0 + per))]
                for t0 in range(0, p.Tp, per)]

    t_resident = sum(p.Tp * p.levels for p in plans) <= tdepth
    # resident weights: one block per layer at its own place, each loaded once per run
    # where its layer starts, so that the next layer's LOAD can run behind this one's
    # GEMMs (`accel.compiler.tokens`)
    wblocks = ([[u for blk in weight_blocks(p) for u in blk] for p in plans] if w_resident
               else [blk for p in plans for blk in weight_blocks(p)])
    tblocks = ([[u for p in plans for blk in thresh_blocks(p) for u in blk]] if t_resident
               else [blk for p in plans for blk in thresh_blocks(p)])

    w_unit_addr, w_block_of, w_load = {}, {}, []
    res_top = 0                                        # resident blocks: the next free word
    for bi, units in enumerate(wblocks):
        parts, pos = [], 0
        base = res_top if w_resident else (bi % 2) * cap if halves else 0
        for (li, t, k0, k1) in units:
            parts.append(wpacked[li][t * C:(t + 1) * C, k0 * wwb:k1 * wwb])
            w_unit_addr[(li, t, k0)] = base + pos
            w_block_of[(li, t, k0)] = bi
            pos += k1 - k0
        data = np.concatenate(parts, axis=1)                     # (C, words*wwb)
        stride = round_up(data.shape[1], B)
        buf = np.zeros((C, stride), np.uint8)
        buf[:, :data.shape[1]] = data
        addr = add_segment(f"weights{bi}", buf.tobytes())
        w_load.append(dict(buf=Buf.WEIGHT, sram_addr=base, banks=C, words=pos,
                           dram_addr=addr, dram_stride=stride))
        res_top += pos

    t_unit_addr, t_block_of, t_load = {}, {}, []
    tb = cfg.dram_word_bytes("thresh")
    for bi, units in enumerate(tblocks):
        cols, pos = [], 0
        for (li, t) in units:
            for lv in range(plans[li].levels):       # a tile's levels are consecutive
                cols.append(tvals[li][lv, t * C:(t + 1) * C])
            t_unit_addr[(li, t)] = pos
            t_block_of[(li, t)] = bi
            pos += plans[li].levels
        vals = np.stack(cols, axis=1)                            # (C, entries)
        ent = np.zeros((C, vals.shape[1], tb), np.uint8)
        ent[..., :cfg.entry_bytes] = int_to_bytes(vals, cfg.entry_bytes)
        data = ent.reshape(C, -1)
        stride = round_up(data.shape[1], B)
        buf = np.zeros((C, stride), np.uint8)
        buf[:, :data.shape[1]] = data
        addr = add_segment(f"thresh{bi}", buf.tobytes())
        t_load.append(dict(buf=Buf.THRESH, sram_addr=0, banks=C, words=vals.shape[1],
                           dram_addr=addr, dram_stride=stride))
    for p in normed if adapt else ():
        # a FIN writes its tile's mean and scale into the buffer, which the layer's APPLYs
        # read: no threshold LOAD may come between, so the layer's blocks are one block
        if len({t_block_of[(p.idx, t)] for t in range(p.Tp)}) > 1:
            raise CompileError(
                f"adapt: layer {p.name!r} has {p.Tp} LightNorm blocks of {p.levels} entries, "
                f"which do not fit thresh_depth = {cfg.thresh_depth} at once; the statistics "
                "the device writes into them would be reloaded over")

    # ---- input / output regions ----------------------------------------------------------
    p0, pf = plans[0], plans[-1]
    # the input's words in DRAM: one bus beat each (a narrow LOAD fills the rest of the
    # word with ones, the pad bit) when a pixel's channels fit one beat: the first
    # convolution's 3 x 3 x 3 im2col taps take 27 bits of a 64-bit word
    narrow_in = p0.Kc == 1 and p0.cin * cfg.elem_bits <= 8 * B < 8 * wb
    iwb = B if narrow_in else wb
    in_stride = round_up(p0.in_words * iwb, B)
    out_stride = round_up(pf.Tg * cfg.dram_word_bytes("out"), B)
    in_base = round_up(dram_top, _ALIGN)
    out_base = round_up(in_base + batch * in_stride, _ALIGN)
    dram_size = out_base + batch * out_stride
    # spilled maps: one batch tile's worth each, reused by every tile (same layout as
    # in the buffer: plane-major, pixel-major)
    spill = {}                                          # map index -> (addr, stride)
    for p in plans[:-1]:
        if p.out_spill:
            stride = round_up(p.out_words * wb, B)
            addr = round_up(dram_size, _ALIGN)
            spill[p.idx + 1] = (addr, stride)
            dram_size = addr + R * stride
    if dram_size > cfg.dram_bytes:
        raise CompileError(f"the program needs {dram_size:,} bytes of DRAM but config "
                           f"{cfg.name!r} addresses {cfg.dram_bytes:,} "
                           f"(dram_addr_bits = {cfg.dram_addr_bits})")

    # ---- instructions --------------------------------------------------------------------
    if t_resident:
        emit(-2, Opcode.LOAD, **t_load[0])
    w_have: set = set()                     # resident weight blocks loaded in this run

    def need_weights(bi, loaded) -> bool:
        """Whether weight block ``bi`` must be loaded here (``loaded``: the streamed block
        in the buffer); a resident block is loaded once per run."""
        if w_resident:
            if bi in w_have:
                return False
            w_have.add(bi)
            return True
        return bi != loaded

    def dense_post(p: LayerPlan, t: int, thr: int, dst: int) -> dict:
        """The POST of tile ``t`` of dense hidden layer ``p`` into the map at ``dst``:
        thresholds, or LightNorm's normalize (NORM APPLY)."""
        post = dict(thr_addr=thr, lane=t % cfg.lanes_per_word, out_bits=p.out_bits,
                    plane_stride=p.buf_out_plane_words, dst_addr=dst + (t * C) // E,
                    shortcut=0, src_addr=0)
        if p.norm:
            return dict(post, mode=PostMode.NORM, norm=NormOp.APPLY, shift=p.fold.shift)
        return dict(post, mode=PostMode.THRESHOLD, shift=0)

    def row_loop(p: LayerPlan, body: list, count: int, **steps) -> None:
        """``body`` (an output row's first pixel) for ``count`` pixels along the row: one
        LOOP that steps it, or (``loops`` False, or one pixel) written out."""
        loop = Instr(Opcode.LOOP, count=count, body=len(body), **steps)
        looped = loops and count > 1 and len(body) <= _LOOP_BODY_MAX
        if looped:
            instrs.append(loop)
            tags.append(p.idx)
        for px in range(1 if looped else count):
            for b in body:
                instrs.append(isa.loop_stepped(b, loop, px))
                tags.append(p.idx)

    def conv_gemm(p: LayerPlan, t: int, src: int, oy: int, ox: int, row0: int = 0,
                  row1: int | None = None) -> Instr:
        """The GEMM of tile ``t`` of convolution ``p`` at output pixel ``(oy, ox)``, its
        input map (or band of rows ``row0 .. row1 - 1``) at ``src``."""
        win = p.window(oy, ox, row0, (p.H if row1 is None else row1) - row0)
        top_left = src + (win["iy0"] * p.W + win["ix0"]) * p.Kc
        return Instr(Opcode.GEMM, mode=gemm_mode, accumulate=0,
                     act_addr=top_left % (1 << 16), w_addr=w_unit_addr[(p.idx, t, 0)],
                     words=p.Kc, planes=p.planes, plane_stride=p.buf_plane_words, **win)

    def conv_rows(p: LayerPlan, t: int, thr: int, src: int, dst: int, py0: int, py1: int,
                  row0: int, row1: int, pix0: int = 0) -> None:
        """Output (pooled) rows ``py0 .. py1 - 1`` of tile ``t`` of convolution ``p``, one
        row at a time: the body computes its first pooled pixel (every pixel of its pool
        window: a GEMM and a POST that writes, THRESHOLD or NORM APPLY, or ORs into the
        pooled bit, OR or NORM APPLY_OR) and a LOOP steps it along the row."""
        post = dict(thr_addr=thr, lane=t % cfg.lanes_per_word,
                    shift=p.fold.shift if p.norm else 0, out_bits=p.out_bits,
                    plane_stride=p.buf_out_plane_words)
        shortcut = p.residual and t < p.Tg   # (a pad tile's bits are 1 regardless)
        word = (t * C) // E
        pixels = list(p.pixel_order())
        per_row = len(pixels) // p.PH
        for py in range(py0, py1):
            body = []
            for oy, ox, pix, first in pixels[py * per_row:(py * per_row + per_row // p.PW)]:
                if t >= p.Tg and not first:
                    continue        # a pad tile's bits are 1 whatever the pixel
                if t < p.Tg:
                    body.append(conv_gemm(p, t, src, oy, ox, row0, row1))
                # residual: the shortcut is the block input at the same pixel
                # (stride 1, same padding), same word and lane as the output
                src_word = src + (oy * p.W + ox) * p.Kc + word if shortcut else 0
                mode = (dict(mode=PostMode.NORM, norm=NormOp.APPLY if first
                             else NormOp.APPLY_OR) if p.norm else
                        dict(mode=PostMode.THRESHOLD if first else PostMode.OR))
                body.append(Instr(Opcode.POST, **mode, **post,
                                  dst_addr=dst + (pix - pix0) * p.Kout + word,
                                  shortcut=int(shortcut), src_addr=src_word))
            step = p.pool * p.sw
            row_loop(p, body, p.PW, act_step=step * p.Kc, ix_step=step, dst_step=p.Kout,
                     src_step=step * p.Kc if shortcut else 0)

    if adapt:
        _emit_adapt(plans, cfg, batch, emit, instrs, tags, region, sizes, dict(
            in_base=in_base, in_stride=in_stride, narrow_in=narrow_in, out_base=out_base,
            out_stride=out_stride, w_load=w_load, w_block_of=w_block_of,
            w_unit_addr=w_unit_addr, t_load=t_load, t_block_of=t_block_of,
            t_unit_addr=t_unit_addr, t_resident=t_resident, need_weights=need_weights,
            w_resident=w_resident, cap=cap, gemm_mode=gemm_mode, dense_post=dense_post,
            loops=loops, row_loop=row_loop, conv_gemm=conv_gemm, conv_rows=conv_rows))
    for bt in range(0 if adapt else tiles):
        in_addr = in_base + bt * R * in_stride
        if not p0.in_stream:
            emit(-1, Opcode.LOAD, buf=Buf.ACT, sram_addr=region[0], banks=R, words=p0.in_words,
                 dram_addr=in_addr, dram_stride=in_stride, narrow=int(narrow_in))
        w_loaded = None
        t_loaded = 0 if t_resident else None
        for p, band in ((p, band) for p in plans for band in (p.bands or [None])):
            src, dst = region[p.idx % 2], region[(p.idx + 1) % 2]
            py0, py1, row0, row1 = band or (0, p.PH, 0, p.H)
            if not p.in_stream:
                row0, row1 = 0, p.H
            else:                            # this band's input rows, plane by plane
                base, stride = spill.get(p.idx, (in_addr, in_stride))
                narrow = narrow_in and p.idx not in spill
                ub = iwb if narrow else wb
                for q in range(p.planes):
                    emit(p.idx, Opcode.LOAD, buf=Buf.ACT, sram_addr=src + q * p.buf_plane_words,
                         banks=R, words=(row1 - row0) * p.W * p.Kc, dram_stride=stride,
                         dram_addr=base + (q * p.in_plane_words + row0 * p.W * p.Kc) * ub,
                         narrow=int(narrow))
            # pixel index of the output (pooled) map in the buffer: band-relative if spilled
            pix0 = py0 * p.PW if p.out_spill else 0
            for t in range(p.Tp):
                if t < p.Tg and not p.conv:
                    k0s = [0] if p.K <= cap else list(range(0, p.K, cap))
                    for k0 in k0s:
                        bi = w_block_of[(p.idx, t, k0)]
                        if need_weights(bi, w_loaded):
                            emit(-2 if w_resident else p.idx, Opcode.LOAD, **w_load[bi])
                            w_loaded = bi
                        k1 = min(p.K, k0 + cap)
                        emit(p.idx, Opcode.GEMM, mode=gemm_mode, accumulate=int(k0 > 0),
                             act_addr=src + k0, w_addr=w_unit_addr[(p.idx, t, k0)],
                             words=k1 - k0, planes=p.planes, plane_stride=p.in_plane_words,
                             **DENSE_WINDOW)
                elif t < p.Tg:
                    bi = w_block_of[(p.idx, t, 0)]
                    if need_weights(bi, w_loaded):
                        emit(-2 if w_resident else p.idx, Opcode.LOAD, **w_load[bi])
                        w_loaded = bi
                bi = t_block_of[(p.idx, t)]
                if bi != t_loaded:
                    emit(p.idx, Opcode.LOAD, **t_load[bi])
                    t_loaded = bi
                thr = t_unit_addr[(p.idx, t)]
                if p.final:
                    emit(p.idx, Opcode.POST, mode=PostMode.RAW, thr_addr=thr, dst_addr=t,
                         lane=0, shift=p.fold.shift, out_bits=1, plane_stride=0, shortcut=0,
                         src_addr=0)
                    continue
                if not p.conv:
                    emit(p.idx, Opcode.POST, **dense_post(p, t, thr, dst))
                    continue
                conv_rows(p, t, thr, src, dst, py0, py1, row0, row1, pix0)
            if p.out_spill:                  # this band's output rows to DRAM, plane by plane
                base, stride = spill[p.idx + 1]
                row_words = p.PW * p.Kout
                for q in range(p.out_planes):
                    emit(p.idx, Opcode.STORE, buf=Buf.ACT,
                         sram_addr=dst + q * p.buf_out_plane_words, banks=R,
                         words=(py1 - py0) * row_words, dram_stride=stride,
                         dram_addr=base + (q * p.out_plane_words + py0 * row_words) * wb)
        emit(-1, Opcode.STORE, buf=Buf.OUT, sram_addr=0, banks=R, words=pf.Tg,
             dram_addr=out_base + bt * R * out_stride, dram_stride=out_stride)
    emit(-1, Opcode.FINISH)
    instrs, tags = pair_tokens(instrs, tags)
    if len(instrs) > cfg.imem_depth:
        raise CompileError(f"the program has {len(instrs)} instructions (batch {batch}) but "
                           f"imem_depth = {cfg.imem_depth} (fewer images per run, or a larger imem_depth)")

    layers = [LayerInfo(name=p.name, modules=tuple(p.blk.modules), n_in=p.N, n_out=p.M,
                        planes=p.planes, macs=p.macs, kind="final" if p.final else "hidden",
                        op="conv" if p.conv else "dense",
                        in_fm=tuple(p.blk.in_fm), out_fm=tuple(p.blk.out_fm),
                        kernel=(p.kh, p.kw), stride=(p.sh, p.sw), padding=(p.ph, p.pw),
                        pool=p.pool, gemm_tiles=p.Tg, post_tiles=p.Tp, words=p.K,
                        out_bits=p.out_bits,
                        out_kind="score" if p.final else p.blk.out_kind,
                        out_words=p.out_plane_words,
                        input_bands=len(p.bands) if p.in_stream else 0,
                        out_dram=tuple(spill[p.idx + 1]) if p.out_spill else None,
                        flipped=int(p.fold.flip.sum()))
              for p in plans]
    symbols = Symbols(
        input=InputSymbol(addr=in_base, row_stride=in_stride, word_bytes=iwb,
                          shape=(batch, int(np.prod(p0.blk.in_fm))),
                          image_shape=tuple(input_shape), fm=tuple(p0.blk.in_fm),
                          planes=p0.planes, words=p0.in_plane_words,
                          digit_bits=cfg.elem_bits,
                          value_bits=(p0.blk.in_bits if cfg.multibit
                                      and p0.blk.input_kind == "uint" else None),
                          im2col=((*p0.blk.kernel, *p0.blk.stride, *p0.blk.padding,
                                   p0.blk.pad_bit) if p0.im2col else None),
                          encoding=(("uint%d bit planes" % p0.planes if not cfg.multibit
                                     else "uint%d in %d-bit digit planes"
                                     % (p0.blk.in_bits, cfg.elem_bits))
                                    if p0.blk.input_kind == "uint" else "sign bits")),
        output=OutputSymbol(addr=out_base, row_stride=out_stride, shape=(batch, pf.M),
                            entries=pf.Tg, encoding=f"int{cfg.acc_bits} scores"),
        epilogue_scale=(None if pf.fold.epilogue_scale is None
                        else tuple(float(x) for x in pf.fold.epilogue_scale)))
    layout = Layout(weights_resident=bool(w_resident), thresholds_resident=bool(t_resident),
                    act_regions=tuple(region),
                    norm_stats="batch" if adapt else "running" if normed else "none",
                    tile_stride=((max(sizes[0::2]), max(sizes[1::2], default=0)) if adapt
                                 else (0, 0)))
    if not cfg.conv:
        for ins, tag in zip(instrs, tags):
            need = conv_feature(ins)
            if need:
                name = layers[tag].name if 0 <= tag < len(layers) else "the network"
                raise CompileError(
                    f"layer {name!r} needs {need}, but config {cfg.name!r} is built without "
                    "convolution hardware (conv = False: dense layers only); compile it for a "
                    "config with conv = True, such as 'default' or 'ecp5-85f'")
    return Program(cfg, instrs, segments, symbols, layers, tags, dram_size, batch, layout)


def _adapt_conv(p, ctx, tiles, src, dst, s_step, d_step, weights, thresholds, emit) -> None:
    """A convolution of a run that takes LightNorm's statistics from its batch (batch
    tile ``bt``'s maps at ``src + bt * s_step`` and ``dst + bt * d_step``).

    A LightNorm layer first takes, per channel tile, every output pixel of every batch
    tile into the statistics, pixel-major (`accel.lightnorm`'s order: row, column,
    sample): per output row a LOOP along it whose body is each batch tile's GEMM and
    NORM STAT at the row's first pixel; then a FIN.  Then (every layer) each tile's
    rows as without statistics (`conv_rows`), for each batch tile."""
    for t in range(p.Tg if p.norm else 0):
        weights(p, t, 0)
        thr = thresholds(p, t)
        stat = Instr(Opcode.POST, mode=PostMode.NORM, norm=NormOp.STAT, thr_addr=thr,
                     dst_addr=0, lane=0, shift=p.fold.shift, out_bits=1, plane_stride=0,
                     shortcut=0, src_addr=0)
        for oy in range(p.OH):
            body = []
            for bt in range(tiles):
                body += [ctx["conv_gemm"](p, t, src + bt * s_step, oy, 0), stat]
            ctx["row_loop"](p, body, p.OW, act_step=p.sw * p.Kc, ix_step=p.sw, dst_step=0,
                            src_step=0)
        emit(p.idx, Opcode.POST, mode=PostMode.NORM, norm=NormOp.FIN, thr_addr=thr,
             dst_addr=0, lane=0, shift=0, out_bits=1, plane_stride=0, shortcut=0, src_addr=0)
    for t in range(p.Tp):
        if t < p.Tg:
            weights(p, t, 0)
        thr = thresholds(p, t)
        for bt in range(tiles):
            ctx["conv_rows"](p, t, thr, src + bt * s_step, dst + bt * d_step, 0, p.PH, 0, p.H)


def _emit_adapt(plans, cfg, batch, emit, instrs, tags, region, sizes, ctx) -> None:
    """The instructions of a run that takes LightNorm's statistics from its batch:
    layer by layer over every batch tile (each tile's map at its own place in its
    region).  A LightNorm layer runs twice: per channel tile, every batch tile's GEMM
    and a NORM STAT, then a FIN (the tile's mean and scale from the statistics); then
    every batch tile's GEMMs and NORM APPLYs.  A loop over the batch tiles is one
    LOOP where the config has LOOP (the body steps its GEMMs' inputs and its POSTs'
    outputs) and its weights and thresholds are loaded before it."""
    R = cfg.rows
    tiles = batch // R
    even, odd = max(sizes[0::2]), max(sizes[1::2], default=0)
    stride = [even, odd]                          # words of one batch tile's map per region
    p0 = plans[0]
    for bt in range(tiles):
        emit(-1, Opcode.LOAD, buf=Buf.ACT, sram_addr=region[0] + bt * stride[0], banks=R,
             words=p0.in_words, dram_addr=ctx["in_base"] + bt * R * ctx["in_stride"],
             dram_stride=ctx["in_stride"], narrow=int(ctx["narrow_in"]))
    state = {"w": None, "t": 0 if ctx["t_resident"] else None}

    def weights(p, t, k0) -> None:
        bi = ctx["w_block_of"][(p.idx, t, k0)]
        if ctx["need_weights"](bi, state["w"]):
            emit(-2 if ctx["w_resident"] else p.idx, Opcode.LOAD, **ctx["w_load"][bi])
            state["w"] = bi

    def thresholds(p, t) -> int:
        bi = ctx["t_block_of"][(p.idx, t)]
        if bi != state["t"]:
            emit(p.idx, Opcode.LOAD, **ctx["t_load"][bi])
            state["t"] = bi
        return ctx["t_unit_addr"][(p.idx, t)]

    def gemms(p, t, src) -> list:
        k0s = [0] if p.K <= ctx["cap"] else list(range(0, p.K, ctx["cap"]))
        out = []
        for k0 in k0s:
            k1 = min(p.K, k0 + ctx["cap"])
            out.append(Instr(Opcode.GEMM, mode=ctx["gemm_mode"], accumulate=int(k0 > 0),
                             act_addr=src + k0, w_addr=ctx["w_unit_addr"][(p.idx, t, k0)],
                             words=k1 - k0, planes=p.planes, plane_stride=p.in_plane_words,
                             **DENSE_WINDOW))
        return out

    def over_tiles(p, body, act_step, dst_step) -> None:
        """``body`` (batch tile 0's instructions) for every batch tile: one LOOP, or
        written out."""
        loop = Instr(Opcode.LOOP, count=tiles, body=len(body), act_step=act_step, ix_step=0,
                     dst_step=dst_step, src_step=0)
        if ctx["loops"] and cfg.conv and tiles > 1 and len(body) <= _LOOP_BODY_MAX:
            instrs.append(loop)
            tags.append(p.idx)
            for b in body:
                instrs.append(b)
                tags.append(p.idx)
            return
        for bt in range(tiles):
            for b in body:
                instrs.append(isa.loop_stepped(b, loop, bt))
                tags.append(p.idx)

    for p in plans:
        src, dst = region[p.idx % 2], region[(p.idx + 1) % 2]
        s_step, d_step = stride[p.idx % 2], stride[(p.idx + 1) % 2]
        if p.conv:
            _adapt_conv(p, ctx, tiles, src, dst, s_step, d_step, weights, thresholds, emit)
            continue
        # the layer's weights and thresholds first when they all fit (then its batch
        # loops hold GEMMs and POSTs only)
        single = p.K <= ctx["cap"]
        resident = single and ctx["w_resident"] and ctx["t_resident"]
        if resident:
            for t in range(p.Tg):
                weights(p, t, 0)
        if p.norm:
            for t in range(p.Tg):
                if single:
                    weights(p, t, 0)
                thr = thresholds(p, t)
                stat = Instr(Opcode.POST, mode=PostMode.NORM, norm=NormOp.STAT, thr_addr=thr,
                             dst_addr=0, lane=0, shift=p.fold.shift, out_bits=1,
                             plane_stride=0, shortcut=0, src_addr=0)
                if single:
                    over_tiles(p, gemms(p, t, src) + [stat], s_step, 0)
                else:
                    for bt in range(tiles):
                        for k, g in enumerate(gemms(p, t, src + bt * s_step)):
                            weights(p, t, k * ctx["cap"])
                            emit(p.idx, Opcode.GEMM, **g.f)
                        emit(p.idx, Opcode.POST, **stat.f)
                emit(p.idx, Opcode.POST, mode=PostMode.NORM, norm=NormOp.FIN, thr_addr=thr,
                     dst_addr=0, lane=0, shift=0, out_bits=1, plane_stride=0, shortcut=0,
                     src_addr=0)
        if resident and not p.final:
            body = []
            for t in range(p.Tp):
                if t < p.Tg:
                    body += gemms(p, t, src)
                body.append(Instr(Opcode.POST, **ctx["dense_post"](p, t, thresholds(p, t), dst)))
            over_tiles(p, body, s_step, d_step)
            continue
        for bt in range(tiles):
            for t in range(p.Tp):
                if t < p.Tg:
                    for k, g in enumerate(gemms(p, t, src + bt * s_step)):
                        weights(p, t, k * ctx["cap"])
                        emit(p.idx, Opcode.GEMM, **g.f)
                thr = thresholds(p, t)
                if p.final:
                    emit(p.idx, Opcode.POST, mode=PostMode.RAW, thr_addr=thr, dst_addr=t,
                         lane=0, shift=p.fold.shift, out_bits=1, plane_stride=0, shortcut=0,
                         src_addr=0)
                else:
                    emit(p.idx, Opcode.POST, **ctx["dense_post"](p, t, thr, dst + bt * d_step))
            if p.final:
                emit(-1, Opcode.STORE, buf=Buf.OUT, sram_addr=0, banks=R, words=p.Tg,
                     dram_addr=ctx["out_base"] + bt * R * ctx["out_stride"],
                     dram_stride=ctx["out_stride"])
