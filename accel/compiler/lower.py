"""Lower folded blocks onto the array: tiling, buffer allocation, DRAM image, instructions.

Schedule (one program run processes ``batch`` images, ``rows`` at a time)::

    [LOAD all weights]      if every layer's weights fit the weight buffer at once
    [LOAD all thresholds]   likewise for the threshold buffer
    for each batch tile of `rows` images:
        LOAD input bit planes -> act region 0
        for each layer:
            for each output-channel tile t (cols channels):
                [LOAD weight block]  when streaming and tile t starts a new block
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

Activations ping-pong between two regions of the activation buffer.  Padding bits
of activations are 1 and padding bits of weights are 0, so a pad position never
counts as an XNOR match and the popcount needs no masks.
"""

from __future__ import annotations

import numpy as np

from .. import isa
from ..config import AccelConfig
from ..isa import Buf, GemmMode, Instr, Opcode, PostMode
from ..packing import int_to_bytes, pack_bits, round_up
from ..program import Program, Segment
from .fold import Folded
from .graph import Block, CompileError

__all__ = ["lower", "LayerPlan"]

_ALIGN = 64  # DRAM segment alignment in bytes
#: GEMM window fields of a dense layer: one 1x1 "pixel" holding the whole input
DENSE_WINDOW = dict(kh=1, kw=1, fm_h=1, fm_w=1, iy0=0, ix0=0, pad=0, tail_bits=0)
#: Longest reduction one GEMM takes (the 11-bit ``words`` field)
MAX_GEMM_WORDS = (1 << 11) - 1


class LayerPlan:
    """Tiling of one layer on a config."""

    def __init__(self, idx: int, blk: Block, fold: Folded, cfg: AccelConfig):
        W, C = cfg.lane_bits, cfg.cols
        self.idx, self.blk, self.fold = idx, blk, fold
        self.name = blk.name
        self.M, self.N = fold.weight_pos.shape
        self.planes = blk.in_bits if blk.input_kind == "uint" else 1
        self.K = -(-self.N // W)                          # words per plane
        self.Tg = -(-self.M // C)                         # GEMM tiles
        self.Kout = -(-self.M // W)                       # output words (hidden)
        self.Tp = self.Tg if blk.final else self.Kout * (W // C)  # POST tiles
        self.in_words = self.planes * self.K
        self.final = blk.final
        self.out_bits = 1 if blk.final else blk.out_bits
        self.levels = 1 if blk.final else (1 << blk.out_bits) - 1   # thresholds per channel
        self.out_words = self.out_bits * self.Kout                   # act words of the output

    def packed_weights(self, cfg: AccelConfig) -> np.ndarray:
        """``(Tg*C, K*word_bytes)`` bytes; pad bits and pad channels are 0."""
        rows = np.zeros((self.Tg * cfg.cols, self.N), bool)
        rows[:self.M] = self.fold.weight_pos
        return pack_bits(rows, cfg.lane_bits, pad=0)

    def thresh_values(self, cfg: AccelConfig) -> np.ndarray:
        """``(levels, Tp*C)`` int64: thresholds (hidden) or offsets (final).

        Pad channels get 0: every level reached, so every output bit plane reads 1.
        """
        v = np.zeros((self.levels, self.Tp * cfg.cols), np.int64)
        v[:, :self.M] = self.fold.offsets[None] if self.final else self.fold.thresholds
        return v


def _check_fits(cfg: AccelConfig, plans: list[LayerPlan]) -> None:
    lo, hi = cfg.score_range
    for p in plans:
        what = f"layer {p.name!r} (fan-in {p.N}, {p.planes} input plane(s))"
        if p.planes > cfg.in_bits:
            raise CompileError(f"{what}: {p.planes}-bit input but config {cfg.name!r} has "
                               f"in_bits = {cfg.in_bits}")
        if p.out_bits > cfg.act_bits_max:
            raise CompileError(f"{what}: {p.out_bits}-bit activation output but config "
                               f"{cfg.name!r} has act_bits_max = {cfg.act_bits_max}")
        if p.levels > min(cfg.thresh_depth, 65535):
            raise CompileError(f"{what}: {p.levels} thresholds per channel but thresh_depth = "
                               f"{cfg.thresh_depth}")
        need = p.fold.s_max + (0 if p.final else 1)
        if need > cfg.acc_max:
            raise CompileError(
                f"{what}: the accumulator could reach {p.fold.s_max} (threshold up to {need}), "
                f"which needs {need.bit_length()} bits, but acc_bits = {cfg.acc_bits} "
                f"holds at most {cfg.acc_max}; accumulator overflow")
        if p.final and not (lo <= -p.fold.score_max and p.fold.score_max <= hi):
            raise CompileError(
                f"{what}: integer scores span +-{p.fold.score_max}, which does not fit "
                f"signed acc_bits = {cfg.acc_bits} ({lo}..{hi}); accumulator overflow")
        if p.final and p.Tg > cfg.out_depth:
            raise CompileError(f"{what}: {p.M} scores need {p.Tg} out-buffer entries per row "
                               f"but out_depth = {cfg.out_depth}")
        if p.K > 65535 or p.N > (1 << 20):
            raise CompileError(f"{what}: fan-in {p.N} is too large (max 2**20)")
    # activation ping-pong regions
    sizes = [plans[0].in_words] + [p.out_words for p in plans[:-1]]
    even = max(sizes[0::2])
    odd = max(sizes[1::2], default=0)
    if even + odd > cfg.act_depth:
        worst = max(range(len(sizes) - 1), key=lambda i: sizes[i] + sizes[i + 1], default=0)
        raise CompileError(
            f"activations do not fit: layer {plans[worst].name!r} reads {sizes[worst]} and the "
            f"ping-pong regions need {even} + {odd} = {even + odd} words per bank, but "
            f"act_depth = {cfg.act_depth}")


def lower(blocks: list[Block], folds: list[Folded], cfg: AccelConfig, batch: int,
          input_shape: tuple) -> Program:
    W, C, R, B = cfg.lane_bits, cfg.cols, cfg.rows, cfg.dram_bytes_per_cycle
    wb = cfg.word_bytes
    plans = [LayerPlan(i, b, f, cfg) for i, (b, f) in enumerate(zip(blocks, folds))]
    _check_fits(cfg, plans)
    sizes = [plans[0].in_words] + [p.out_words for p in plans[:-1]]
    region = [0, max(sizes[0::2])]           # act words per bank: ping, pong

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
    tvals = [p.thresh_values(cfg) for p in plans]

    # Weight units: (layer, tile, k0, k1), grouped into blocks that are loaded together.
    def weight_blocks(p: LayerPlan):
        if p.K <= wdepth:
            g = max(1, min(p.Tg, wdepth // p.K))
            return [[(p.idx, t, 0, p.K) for t in range(t0, min(p.Tg, t0 + g))]
                    for t0 in range(0, p.Tg, g)]
        return [[(p.idx, t, k0, min(p.K, k0 + wdepth))]
                for t in range(p.Tg) for k0 in range(0, p.K, wdepth)]

    def thresh_blocks(p: LayerPlan):
        per = tdepth // p.levels          # tiles whose thresholds fit one block
        return [[(p.idx, t) for t in range(t0, min(p.Tp, t0 + per))]
                for t0 in range(0, p.Tp, per)]

    w_resident = sum(p.Tg * p.K for p in plans) <= wdepth
    t_resident = sum(p.Tp * p.levels for p in plans) <= tdepth
    wblocks = ([[u for p in plans for blk in weight_blocks(p) for u in blk]] if w_resident
               else [blk for p in plans for blk in weight_blocks(p)])
    tblocks = ([[u for p in plans for blk in thresh_blocks(p) for u in blk]] if t_resident
               else [blk for p in plans for blk in thresh_blocks(p)])

    w_unit_addr, w_block_of, w_load = {}, {}, []
    for bi, units in enumerate(wblocks):
        parts, pos = [], 0
        for (li, t, k0, k1) in units:
            parts.append(wpacked[li][t * C:(t + 1) * C, k0 * wb:k1 * wb])
            w_unit_addr[(li, t, k0)] = pos
            w_block_of[(li, t, k0)] = bi
            pos += k1 - k0
        data = np.concatenate(parts, axis=1)                     # (C, words*wb)
        stride = round_up(data.shape[1], B)
        buf = np.zeros((C, stride), np.uint8)
        buf[:, :data.shape[1]] = data
        addr = add_segment(f"weights{bi}", buf.tobytes())
        w_load.append(dict(buf=Buf.WEIGHT, sram_addr=0, banks=C, words=pos,
                           dram_addr=addr, dram_stride=stride))

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
        ent[..., :4] = int_to_bytes(vals, 4)
        data = ent.reshape(C, -1)
        stride = round_up(data.shape[1], B)
        buf = np.zeros((C, stride), np.uint8)
        buf[:, :data.shape[1]] = data
        addr = add_segment(f"thresh{bi}", buf.tobytes())
        t_load.append(dict(buf=Buf.THRESH, sram_addr=0, banks=C, words=vals.shape[1],
                           dram_addr=addr, dram_stride=stride))

    # ---- input / output regions ----------------------------------------------------------
    p0, pf = plans[0], plans[-1]
    in_stride = round_up(p0.in_words * wb, B)
    out_stride = round_up(pf.Tg * cfg.dram_word_bytes("out"), B)
    in_base = round_up(dram_top, _ALIGN)
    out_base = round_up(in_base + batch * in_stride, _ALIGN)
    dram_size = out_base + batch * out_stride
    if dram_size >= 1 << 32:
        raise CompileError(f"program needs {dram_size} bytes of DRAM; addresses are 32-bit")

    # ---- instructions --------------------------------------------------------------------
    if w_resident:
        emit(-2, Opcode.LOAD, **w_load[0])
    if t_resident:
        emit(-2, Opcode.LOAD, **t_load[0])
    for bt in range(batch // R):
        emit(-1, Opcode.LOAD, buf=Buf.ACT, sram_addr=region[0], banks=R, words=p0.in_words,
             dram_addr=in_base + bt * R * in_stride, dram_stride=in_stride)
        w_loaded = 0 if w_resident else None
        t_loaded = 0 if t_resident else None
        for p in plans:
            src, dst = region[p.idx % 2], region[(p.idx + 1) % 2]
            for t in range(p.Tp):
                if t < p.Tg:
                    k0s = [0] if p.K <= wdepth else list(range(0, p.K, wdepth))
                    for k0 in k0s:
                        bi = w_block_of[(p.idx, t, k0)]
                        if bi != w_loaded:
                            emit(p.idx, Opcode.LOAD, **w_load[bi])
                            w_loaded = bi
                        k1 = min(p.K, k0 + wdepth)
                        emit(p.idx, Opcode.GEMM, mode=GemmMode.XNOR, accumulate=int(k0 > 0),
                             act_addr=src + k0, w_addr=w_unit_addr[(p.idx, t, k0)],
                             words=k1 - k0, planes=p.planes, plane_stride=p.K, **DENSE_WINDOW)
                bi = t_block_of[(p.idx, t)]
                if bi != t_loaded:
                    emit(p.idx, Opcode.LOAD, **t_load[bi])
                    t_loaded = bi
                thr = t_unit_addr[(p.idx, t)]
                if p.final:
                    emit(p.idx, Opcode.POST, mode=PostMode.RAW, thr_addr=thr, dst_addr=t,
                         lane=0, shift=p.fold.shift, out_bits=1, plane_stride=0)
                else:
                    emit(p.idx, Opcode.POST, mode=PostMode.THRESHOLD, thr_addr=thr,
                         dst_addr=dst + (t * C) // W, lane=t % cfg.lanes_per_word, shift=0,
                         out_bits=p.out_bits, plane_stride=p.Kout)
        emit(-1, Opcode.STORE, buf=Buf.OUT, sram_addr=0, banks=R, words=pf.Tg,
             dram_addr=out_base + bt * R * out_stride, dram_stride=out_stride)
    emit(-1, Opcode.FINISH)
    if len(instrs) > cfg.imem_depth:
        raise CompileError(f"the program has {len(instrs)} instructions (batch {batch}) but "
                           f"imem_depth = {cfg.imem_depth} (fewer images per run, or a larger imem_depth)")

    layers = [dict(name=p.name, modules=p.blk.modules, n_in=p.N, n_out=p.M, planes=p.planes,
                   macs=p.N * p.M, kind="final" if p.final else "hidden",
                   gemm_tiles=p.Tg, post_tiles=p.Tp, words=p.K, out_bits=p.out_bits,
                   out_kind="score" if p.final else p.blk.out_kind, out_words=p.Kout,
                   flipped=int(p.fold.flip.sum()))
              for p in plans]
    symbols = {
        "input": dict(addr=in_base, row_stride=in_stride, shape=[batch, p0.N],
                      image_shape=list(input_shape), planes=p0.planes, words=p0.K,
                      encoding=("uint%d bit planes" % p0.planes if p0.blk.input_kind == "uint"
                                else "sign bits")),
        "output": dict(addr=out_base, row_stride=out_stride, shape=[batch, pf.M],
                       entries=pf.Tg, encoding=f"int{cfg.acc_bits} scores"),
    }
    if pf.fold.epilogue_scale is not None:
        symbols["epilogue_scale"] = [float(x) for x in pf.fold.epilogue_scale]
    meta = dict(weights_resident=w_resident, thresholds_resident=t_resident,
                act_regions=region)
    return Program(cfg, instrs, segments, symbols, layers, tags, dram_size, batch, meta)
