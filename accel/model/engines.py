"""The golden model's engines: one entry per engine holds its opcodes, its legality
check, its execution and its cost.

``check(cfg, ins)`` is static (the config and the instruction alone): it returns the
first rule the instruction breaks, as a message, or ``None``.  ``execute(m, i, ins)``
changes the `accel.model.Machine`'s state (and refuses what depends on it, such as
DRAM bounds).  ``cycles(cfg, ins)`` is ``(busy, stall)`` from `accel.timing` (the
contract with the RTL, which reads its constants there: `accel.hdl` imports nothing
from the model), and ``counters(cfg, ins)`` the engine's data counters of one
instruction (`accel.model.counters`).
"""

from __future__ import annotations

import numpy as np

from ..config import AccelConfig
from ..isa import (DMA_BUFFERS, ENGINE_OPCODES, GEMM_RULES, NORM_CHUNKING, NORM_ENTRIES,
                   NORM_RULES, NORM_WRITES, POST_RULES, Buf, Instr, NormOp, Opcode, PostMode,
                   load_option_refused, norm_applies, post_merges)
from ..lightnorm import (LIGHTNORM_SPEC, apply, bfp, round_levels, chunk_lengths, chunk_sums, finalize,
                         stat_decode, stat_encode)
from ..packing import bytes_to_int, bytes_to_words, int_to_bytes, unpack_fields, words_to_bytes
from ..timing import (dma_beats, dram_word_beats, gemm_steps, gemm_valid_positions,
                      instr_cycles, post_compares, post_digits, post_levels)
from .ops import (ref_accumulate, ref_matches, ref_multi_threshold, ref_raw_score,
                  ref_weight_values)

__all__ = ["Engine", "LoadEngine", "StoreEngine", "GemmEngine", "PostEngine", "ControlEngine",
           "ENGINES", "engine_of"]


def _range(what: str, lo: int, n: int, limit: int) -> str | None:
    if lo + n > limit:
        return f"{what} {lo}..{lo + n - 1} exceeds its size {limit}"
    return None


def _first(*problems) -> str | None:
    return next((p for p in problems if p), None)


class Engine:
    """Base: an engine with no rules, no state change and no cost."""

    #: counter prefix (``<name>_busy``, ``<name>_stall``); None: no engine of its own
    name: str | None = None
    opcodes: tuple = ()

    def check(self, cfg: AccelConfig, ins: Instr) -> str | None:
        return None

    def execute(self, m, i: int, ins: Instr) -> None:
        pass

    def cycles(self, cfg: AccelConfig, ins: Instr) -> tuple[int, int]:
        return instr_cycles(cfg, ins)

    def counters(self, cfg: AccelConfig, ins: Instr) -> dict[str, int]:
        return {}


class _DmaEngine(Engine):
    """What LOAD and STORE share: a transfer of ``banks`` x ``words`` buffer words
    to or from DRAM, one bus beat per cycle."""

    def check(self, cfg, ins):
        name = Buf(ins.buf).name.lower()
        if ins.banks > cfg.buffer_banks(name):
            return f"banks = {ins.banks} but the {name} buffer has {cfg.buffer_banks(name)}"
        return _range(f"{name} words", ins.sram_addr, ins.words, cfg.buffer_depth(name))

    def _transfer(self, m, i, ins):
        """``(buffer, its name, (banks, words) slice, DRAM view, bytes per word)``."""
        cfg = m.cfg
        name = Buf(ins.buf).name.lower()
        wbytes = dram_word_beats(cfg, ins) * cfg.dram_bytes_per_cycle
        view = m._dram_view(i, ins, ins.words * wbytes)
        sl = (slice(0, ins.banks), slice(ins.sram_addr, ins.sram_addr + ins.words))
        return m._buffer(ins.buf), name, sl, view, wbytes

    def _bytes(self, cfg, ins):
        return dma_beats(cfg, ins) * cfg.dram_bytes_per_cycle


class LoadEngine(_DmaEngine):
    """LOAD: DRAM -> a buffer (act, weight or thresh)."""
    name, opcodes = "load", ENGINE_OPCODES["load"]

    def check(self, cfg, ins):
        return _first(super().check(cfg, ins), ins.buf not in DMA_BUFFERS[Opcode.LOAD] and
                      "the out buffer is written by POST only; a LOAD cannot fill it",
                      load_option_refused(ins))

    def execute(self, m, i, ins):
        buf, name, sl, view, wbytes = self._transfer(m, i, ins)
        raw = np.ascontiguousarray(view)
        if ins.narrow:                 # one beat per word, the rest of the word ones
            full = np.full((ins.banks, ins.words, m.cfg.word_bytes), 0xFF, np.uint8)
            full[..., :wbytes] = raw.reshape(ins.banks, ins.words, wbytes)
            raw = full.reshape(ins.banks, -1)
        cfg = m.cfg
        if name == "weight" and cfg.multibit:    # held decoded: (cols, depth, elements)
            words = raw.reshape(ins.banks, ins.words, wbytes)[..., :cfg.weight_word_bytes]
            codes = unpack_fields(words, cfg.elems_per_word, cfg.weight_bits)
            buf[sl] = ref_weight_values(codes, cfg.pe_kind, cfg.esb_format, cfg.weight_bits)
        elif name in ("act", "weight"):
            buf[sl] = bytes_to_words(raw, m.cfg.lane_bits)
        else:                                  # thresh
            eb = m.cfg.entry_bytes
            buf[sl] = bytes_to_int(raw.reshape(ins.banks, ins.words, wbytes)[..., :eb],
                                   eb, signed=False)[..., 0]

    def counters(self, cfg, ins):
        return {"dram_read_bytes": self._bytes(cfg, ins),
                f"sram_{Buf(ins.buf).name.lower()}_writes": ins.banks * ins.words}


class StoreEngine(_DmaEngine):
    """STORE: the act or out buffer -> DRAM."""
    name, opcodes = "store", ENGINE_OPCODES["store"]

    def check(self, cfg, ins):
        name = Buf(ins.buf).name.lower()
        return _first(super().check(cfg, ins), ins.buf not in DMA_BUFFERS[Opcode.STORE] and
                      f"a STORE reads the act or out buffer, not {name}: weights and "
                      "thresholds come from DRAM and are never written back")

    def execute(self, m, i, ins):
        buf, name, sl, view, wbytes = self._transfer(m, i, ins)
        cfg = m.cfg
        if name in ("act", "weight"):
            raw = words_to_bytes(buf[sl], cfg.lane_bits)
        else:
            eb = cfg.entry_bytes
            nat = eb if name == "thresh" else eb * cfg.cols
            raw = np.zeros((ins.banks, ins.words, wbytes), np.uint8)
            raw[..., :nat] = int_to_bytes(buf[sl], eb).reshape(ins.banks, ins.words, nat)
            raw = raw.reshape(ins.banks, -1)
        view[...] = raw

    def counters(self, cfg, ins):
        return {"dram_write_bytes": self._bytes(cfg, ins),
                f"sram_{Buf(ins.buf).name.lower()}_reads": ins.banks * ins.words}


class GemmEngine(Engine):
    """GEMM: the window walker and the array: ``acc (+)= sum over planes p, window
    positions and words of popcount(XNOR(a, w)) << p``."""
    name, opcodes = "gemm", ENGINE_OPCODES["gemm"]

    def check(self, cfg, ins):
        for rule in GEMM_RULES:
            if rule.refused(ins, cfg):
                return rule.message(ins, cfg)
        return _range("weight words", ins.w_addr, ins.kh * ins.kw * ins.words, cfg.weight_depth)

    def execute(self, m, i, ins):
        cfg = m.cfg
        if cfg.multibit:
            return self._execute_multibit(m, i, ins)
        n = ins.kh * ins.kw * ins.words                     # steps per plane
        w = m.weight[:, ins.w_addr:ins.w_addr + n].reshape(cfg.cols, -1)
        idx, valid = m._gemm_addresses(i, ins)
        a = m.act[:, idx]                                   # (R, P, positions, words, L)
        if not valid.all():
            a[:, :, ~valid] = m._pad_words(ins)
        P = ins.planes
        hits = ref_matches(a.reshape(cfg.rows * P, -1), w, cfg.lane_bits).reshape(
            cfg.rows, P, cfg.cols)
        # the planes' steps, summed at once (addition modulo 2**acc_bits is associative)
        shifted = (hits << np.arange(P)[None, :, None]).sum(axis=1) if P > 1 else hits[:, 0]
        m.acc = ref_accumulate(m.acc, shifted, 0, not ins.accumulate, cfg.acc_bits)

    def _execute_multibit(self, m, i, ins):
        """``acc (+)= sum over digit planes p of (a_p . v) << (elem_bits * p)``, the
        accumulator starting from ``acc_base`` (signed sums, offset)."""
        cfg = m.cfg
        n = ins.kh * ins.kw * ins.words                     # steps per plane
        w = m.weight[:, ins.w_addr:ins.w_addr + n].reshape(cfg.cols, -1)    # (C, n*E)
        idx, valid = m._gemm_addresses(i, ins)
        a = m.act[:, idx]                                   # (R, P, positions, words, L)
        if not valid.all():
            a[:, :, ~valid] = m._pad_words(ins)
        P = ins.planes
        elems = m.elements(a).reshape(cfg.rows * P, -1)     # (R*P, n*E)
        # exact in float64: |products| < 2**16 and at most 2**28 of them
        dots = np.rint(elems.astype(np.float64) @ w.T.astype(np.float64)).astype(np.int64)
        dots = dots.reshape(cfg.rows, P, cfg.cols)
        total = (dots << (cfg.elem_bits * np.arange(P))[None, :, None]).sum(axis=1)
        base = cfg.acc_base if not ins.accumulate else m.acc
        m.acc = (base + total) & ((1 << cfg.acc_bits) - 1)

    def counters(self, cfg, ins):
        R, C, E = cfg.rows, cfg.cols, cfg.elems_per_word
        steps = gemm_steps(ins)
        return {"array_active_cycles": steps,
                "sram_act_reads": R * ins.planes * gemm_valid_positions(ins) * ins.words,
                "sram_weight_reads": C * steps,
                "binary_macs": 0 if cfg.multibit else steps * R * C * E,
                "macs": steps * R * C * E, "acc_updates": steps * R * C}


class PostEngine(Engine):
    """POST: one array's accumulators through the threshold units into activation
    bit planes (THRESHOLD, OR-merged for max-pool), or raw scores into the out buffer."""
    name, opcodes = "post", ENGINE_OPCODES["post"]

    def check(self, cfg, ins):
        norm = ins.mode == PostMode.NORM
        problem = _range("thresh entries", ins.thr_addr,
                         len(NORM_ENTRIES) if norm else post_levels(ins), cfg.thresh_depth)
        if problem:
            return problem
        for rule in POST_RULES + NORM_RULES:   # the rules the RTL's issue stage enforces
            if rule.refused(ins, cfg):
                return rule.message(ins, cfg)
        if norm and not norm_applies(ins):
            return None
        if ins.mode in (PostMode.THRESHOLD, PostMode.OR, PostMode.NORM):
            last = ins.dst_addr + (post_digits(cfg, ins) - 1) * ins.plane_stride
            return _first(
                _range("act word", last, 1, cfg.act_depth),
                ins.lane >= cfg.lanes_per_word and
                f"lane = {ins.lane} but a word has {cfg.lanes_per_word} lanes",
                ins.shortcut and _range("shortcut act word", ins.src_addr, 1, cfg.act_depth))
        return _range("out entry", ins.dst_addr, 1, cfg.out_depth)

    def execute(self, m, i, ins):
        cfg = m.cfg
        levels = post_levels(ins)
        if ins.mode == PostMode.NORM:
            y = self._norm(m, i, ins)
            if y is not None:
                self._write_levels(m, ins, y)
        elif ins.mode in (PostMode.THRESHOLD, PostMode.OR):
            thr = m.thresh[:, ins.thr_addr:ins.thr_addr + levels].T[:, None, :]   # (L, 1, C)
            if ins.shortcut:                 # residual: the input bit picks the entry
                sc = m._read_lane(ins.src_addr, ins.lane)                # (R, C) bool
                thr = np.where(sc, thr[1], thr[0])[None]                 # (1, R, C)
            self._write_levels(m, ins, ref_multi_threshold(m.acc, thr))
        else:
            t = m.thresh[:, ins.thr_addr]
            m.out[:, ins.dst_addr] = ref_raw_score(m.acc, t[None, :], ins.shift, cfg.acc_bits)

    @staticmethod
    def _write_levels(m, ins, y):
        """Digit d of each level ``y`` (``(R, C)``: bits ``d*n .. d*n + n - 1``) into lane
        ``lane`` of act word ``dst_addr + d * plane_stride`` (OR-ed for a max-pool)."""
        n = m.cfg.elem_bits
        for d in range(post_digits(m.cfg, ins)):
            digit = (y >> (d * n)) & ((1 << n) - 1)
            bits = ((digit[..., None] >> np.arange(n)) & 1).astype(bool)
            m._write_lane(ins.dst_addr + d * ins.plane_stride, ins.lane,
                          bits.reshape(len(y), -1), merge=post_merges(ins))

    @staticmethod
    def _norm(m, i, ins):
        """A NORM POST (`accel.isa.NormOp`): APPLY returns the rows' levels; STAT adds
        the rows' BFP pre-activations to the statistics; FIN finalizes them into the
        block's mean and scale entries (`accel.lightnorm.finalize`) and clears them."""
        spec, cfg = LIGHTNORM_SPEC, m.cfg
        entry = {name: m.thresh[:, ins.thr_addr + k] for k, name in enumerate(NORM_ENTRIES)}
        op = NormOp(ins.norm)
        if op == NormOp.FIN:
            if m.norm_chunking is None:
                m._fail(i, ins, "FIN with no STAT since the last FIN: no statistics to finalize")
            lengths = chunk_lengths(*m.norm_chunking)
            n = sum(lengths)
            values = np.concatenate(m.norm_rows)
            if len(values) < n:
                m._fail(i, ins, f"FIN after {len(values)} values per column; the chunking "
                                f"entry of the first STAT names {n}")
            ch = dict(zip(NORM_CHUNKING, entry["chunking"]))
            mean, _, a = finalize(*chunk_sums(values[:n].T.astype(np.float64), lengths),
                                  stat_decode(ch["inv_n"]), stat_decode(ch["inv_k"]),
                                  stat_decode(entry["gain"]), spec)
            for name, v in zip(NORM_WRITES, (mean, a)):
                m.thresh[:, ins.thr_addr + NORM_ENTRIES.index(name)] = stat_encode(v, spec)
            m.norm_rows, m.norm_chunking = [], None
            return None
        d = ref_raw_score(m.acc, entry["offset"][None, :], ins.shift, cfg.acc_bits)
        if op == NormOp.STAT:
            if m.norm_chunking is None:       # taken with the first value after a FIN
                ch = dict(zip(NORM_CHUNKING, entry["chunking"].tolist()))
                if ch["size"] < 1 or ch["chunks"] < 1:
                    m._fail(i, ins, f"chunking entry: size {ch['size']}, chunks "
                                    f"{ch['chunks']}; both must be at least 1")
                m.norm_chunking = (ch["size"], ch["longer"], ch["chunks"])
            m.norm_rows.append(bfp(d, spec.data, axis=1).astype(np.int64))
            return None
        y = apply(d, *(stat_decode(entry[k]) for k in ("mean", "scale", "bias")), spec)
        if ins.out_bits == 1:
            return (y >= 0).astype(np.int64)
        return round_levels(y, ins.out_bits)

    def counters(self, cfg, ins):
        R, C = cfg.rows, cfg.cols
        c = {"sram_thresh_reads": C * post_levels(ins)}
        if ins.mode == PostMode.NORM:
            if norm_applies(ins):
                c["norm_ops"] = R * C
                c["sram_act_writes"] = R * post_digits(cfg, ins)
                c["sram_act_reads"] = R * int(post_merges(ins))
            elif ins.norm == NormOp.STAT:
                c["norm_stat_ops"] = R * C
            else:
                c["norm_fin_ops"] = C
                c["sram_thresh_writes"] = C * len(NORM_WRITES)
            return c
        c["threshold_ops"] = R * C * post_compares(ins)
        if ins.mode in (PostMode.THRESHOLD, PostMode.OR):
            c["sram_act_writes"] = R * post_digits(cfg, ins)
            # OR: read-modify-write of the lane; shortcut: the block input's word
            c["sram_act_reads"] = R * (int(post_merges(ins)) + ins.shortcut)
        else:
            c["sram_out_writes"] = R
        return c


class ControlEngine(Engine):
    """LOOP and FINISH: the controller's own instructions (no data moves)."""
    opcodes = (Opcode.LOOP, Opcode.FINISH)


ENGINES = (LoadEngine(), StoreEngine(), GemmEngine(), PostEngine(), ControlEngine())
_BY_OPCODE = {op: e for e in ENGINES for op in e.opcodes}
assert set(_BY_OPCODE) == set(Opcode), "every opcode has an engine"


def engine_of(op: Opcode) -> Engine:
    """The engine that executes opcode ``op``."""
    return _BY_OPCODE[Opcode(op)]
