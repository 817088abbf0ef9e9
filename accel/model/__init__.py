"""The golden model: executes a `Program` on an `AccelConfig`.

It mirrors the hardware's state (DRAM, the four banked buffers, the accumulator of
every PE) and executes each instruction as one vectorised numpy operation: a GEMM is
``bitwise_count`` over XORed uint64 limbs of all rows x cols PEs at once.  Cycles and
counters are data-independent: the counters come in closed form from `accel.timing`
and `accel.model.counters`, the cycles from the issue schedule of the overlapping
engines (`accel.model.schedule`); nothing is stepped clock by clock.  Each opcode's legality
check, execution and cost live in one engine entry (`accel.model.engines`); the
`Machine` holds the state they act on.

Every address is bounds-checked: the model refuses (`SimError`, naming the
instruction and the field) what the RTL would silently wrap.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from itertools import islice

import numpy as np

from ..config import AccelConfig
from ..energy import EnergyTable, energy_breakdown
from ..hoststeps import apply_steps, split_selection
from ..hostio import InputError, pack_input, unpack_output
from ..isa import Buf, Instr, LoopError, Opcode, conv_feature, unroll
from ..packing import bytes_to_words, words_to_bytes
from ..program import Program, check_config
from ..timing import async_load
from .counters import COUNTERS, instr_counters, zero_counters
from .engines import engine_of
from .schedule import ScheduleError, issues

__all__ = ["simulate", "costs", "Costs", "SimResult", "LayerCost", "SimError", "Machine",
           "COUNTERS", "executed_stream"]


class SimError(RuntimeError):
    """The program asked the machine for something impossible (bad address, bad input)."""


@dataclass(frozen=True)
class LayerCost:
    """What one layer (or the preload, or the input/output transfers) costs per
    inference: its MACs, cycles, array utilisation (MACs of every input plane done /
    offered in its cycles: binary ones for XNOR, elem_bits digits for the multi-bit
    PEs), DRAM bytes and energy."""
    name: str
    macs: int
    cycles: float
    utilization: float
    dram_bytes: float
    energy_pj: float

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class SimResult:
    """Outcome of `simulate`.

    ``scores`` are the integer scores of the final layer; ``logits`` add the host
    epilogue (XNOR-Net alpha of a final layer) in float32; ``predictions`` is their
    argmax.  ``cycles``, ``counters`` and ``energy_pj`` cover every program run;
    ``cycles_per_run`` is one run's latency for ``program.batch`` images.
    """
    scores: np.ndarray
    logits: np.ndarray
    predictions: np.ndarray
    cycles: int
    cycles_per_run: int
    runs: int
    batch: int
    counters: dict
    energy_pj: float
    energy_breakdown: dict
    layers: list            # of LayerCost
    hidden: list = field(default_factory=list)
    clock_mhz: float = 0.0
    #: an imported graph's outputs: its output nodes applied to the scores, a final
    #: TopK/ArgMax included (`accel.hoststeps`); None for accel's own networks
    outputs: np.ndarray | None = None

    @property
    def images(self) -> int:
        return len(self.scores)

    @property
    def cycles_per_inference(self) -> float:
        """Cycles per image slot (a run's cycles / its batch)."""
        return self.cycles_per_run / self.batch

    @property
    def energy_pj_per_inference(self) -> float:
        return self.energy_pj / (self.runs * self.batch)

    @property
    def inferences_per_second(self) -> float:
        return self.clock_mhz * 1e6 / self.cycles_per_inference

    def summary(self) -> dict:
        return dict(images=self.images, runs=self.runs, batch=self.batch, cycles=self.cycles,
                    cycles_per_run=self.cycles_per_run,
                    cycles_per_inference=self.cycles_per_inference,
                    energy_pj=self.energy_pj,
                    energy_pj_per_inference=self.energy_pj_per_inference,
                    inferences_per_second=self.inferences_per_second,
                    counters=self.counters, energy_breakdown=self.energy_breakdown,
                    layers=[l.to_dict() for l in self.layers])


class Machine:
    """Architectural state of one accelerator and the semantics of each opcode."""

    def __init__(self, cfg: AccelConfig, dram_size: int):
        self.cfg = cfg
        R, C, L = cfg.rows, cfg.cols, cfg.limbs
        self.dram = np.zeros(dram_size, np.uint8)
        self.act = np.zeros((R, cfg.act_depth, L), np.uint64)
        # multi-bit weights are held decoded: one signed value per element
        self.weight = (np.zeros((C, cfg.weight_depth, cfg.elems_per_word), np.int64)
                       if cfg.multibit else np.zeros((C, cfg.weight_depth, L), np.uint64))
        self.thresh = np.zeros((C, cfg.thresh_depth), np.int64)
        self.out = np.zeros((R, cfg.out_depth, C), np.int64)
        self.acc = np.zeros((R, C), np.int64)
        # LightNorm statistics (`accel.hdl.lightnorm.LightNormStats`): the BFP rows the
        # STATs since the last FIN added, and the chunking the first of them took
        self.norm_rows: list = []
        self.norm_chunking: tuple | None = None
        self._wmask = (1 << cfg.acc_bits) - 1
        self._sign = 1 << (cfg.acc_bits - 1)
        self._addr_cache: dict = {}

    # --- helpers ---------------------------------------------------------------------
    def _fail(self, i, ins, msg):
        raise SimError(f"instruction {i} ({ins.op.name}): {msg}")

    def _buffer(self, buf):
        return {Buf.ACT: self.act, Buf.WEIGHT: self.weight, Buf.THRESH: self.thresh,
                Buf.OUT: self.out}[Buf(buf)]

    def _dram_view(self, i, ins, nbytes):
        """A ``(banks, nbytes)`` view of DRAM (strided, no copy) after bounds checks."""
        B = self.cfg.dram_bytes_per_cycle
        if ins.dram_addr % B or ins.dram_stride % B:
            self._fail(i, ins, f"dram_addr {ins.dram_addr:#x} and dram_stride {ins.dram_stride} "
                               f"must be multiples of the bus width {B}")
        last = ins.dram_addr + (ins.banks - 1) * ins.dram_stride + nbytes
        if last > len(self.dram):
            self._fail(i, ins, f"DRAM bytes up to {last:#x} exceed the DRAM image "
                               f"({len(self.dram):#x} bytes)")
        return np.lib.stride_tricks.as_strided(
            self.dram[ins.dram_addr:], shape=(ins.banks, nbytes), strides=(ins.dram_stride, 1))

    # --- opcodes ---------------------------------------------------------------------
    def execute(self, i: int, ins: Instr) -> None:
        """Run instruction ``i`` on its engine (`accel.model.engines`), after the
        checks the hardware makes (`SimError` names the instruction and the rule)."""
        cfg = self.cfg
        if not cfg.conv:
            need = conv_feature(ins)
            if need:
                self._fail(i, ins, f"{need} needs convolution hardware, but config "
                                   f"{cfg.name!r} has conv = False")
        engine = engine_of(ins.op)
        problem = engine.check(cfg, ins)
        if problem:
            self._fail(i, ins, problem)
        engine.execute(self, i, ins)

    def _pad_words(self, ins: Instr) -> np.ndarray:
        """``(words, limbs)``: what a padding pixel reads as.

        ``pad = 1``: all ones (+1).  ``pad = 0``: valid channel bits 0 (-1, or code 0),
        the bits past ``tail_bits`` in the last word 1, like every channel pad bit, so
        they never match a (0) weight pad bit.
        """
        W = self.cfg.lane_bits
        bits = np.full((ins.words, W), bool(ins.pad))
        if not ins.pad and ins.tail_bits:
            bits[-1, ins.tail_bits:] = True
        return bytes_to_words(np.packbits(bits, axis=1, bitorder="little"), W).reshape(
            ins.words, self.cfg.limbs)

    def _gemm_addresses(self, i: int, ins: Instr):
        """Act word of every (plane, window position, word) of a GEMM, and which window
        positions lie inside the map (the others read the pad word).

        ``act_addr`` is word 0 of the window's top-left pixel ``(iy0, ix0)`` in plane 0,
        modulo 2**16 (the pixel may lie in the padding); pixel ``(iy0 + ky, ix0 + kx)``
        starts ``(ky*fm_w + kx)*words`` words later, plane ``p`` ``p*plane_stride`` later.
        """
        key = (ins.act_addr, ins.words, ins.planes, ins.plane_stride, ins.kh, ins.kw,
               ins.fm_h, ins.fm_w, ins.iy0, ins.ix0)
        hit = self._addr_cache.get(key)
        if hit is not None:
            return hit
        ky, kx = np.divmod(np.arange(ins.kh * ins.kw), ins.kw)
        iy, ix = ins.iy0 + ky, ins.ix0 + kx
        valid = (iy >= 0) & (iy < ins.fm_h) & (ix >= 0) & (ix < ins.fm_w)
        rel = (ky * ins.fm_w + kx) * ins.words
        idx = (ins.act_addr + np.arange(ins.planes)[:, None, None] * ins.plane_stride
               + rel[None, :, None] + np.arange(ins.words)[None, None, :]) % (1 << 16)
        used = idx[:, valid]
        if used.size and used.max() >= self.cfg.act_depth:
            self._fail(i, ins, f"act words up to {int(used.max())} exceed its size "
                               f"{self.cfg.act_depth}")
        idx = np.where(valid[None, :, None], idx, 0)
        self._addr_cache[key] = (idx, valid)
        return idx, valid

    def elements(self, words: np.ndarray) -> np.ndarray:
        """Activation words ``(..., limbs)`` uint64 -> their ``elems_per_word`` unsigned
        ``elem_bits``-bit elements ``(..., E)`` int64."""
        n, E = self.cfg.elem_bits, self.cfg.elems_per_word
        per_limb = 64 // n
        shifts = (np.arange(per_limb, dtype=np.uint64) * np.uint64(n))
        e = (words[..., None] >> shifts) & np.uint64((1 << n) - 1)
        return e.reshape(*words.shape[:-1], -1)[..., :E].astype(np.int64)

    def _write_lane(self, addr: int, lane: int, bits: np.ndarray, merge: bool = False) -> None:
        """Lane ``lane`` of act word ``addr`` (``cols`` elements, ``bits.shape[1]`` bits)
        in every row: ``bits`` ``(rows, cols * elem_bits)``."""
        C = bits.shape[1]
        lo = lane * C
        weights = np.left_shift(np.uint64(1), np.arange(min(C, 64), dtype=np.uint64))
        for j0 in range(0, C, 64):               # one limb's worth of the lane at a time
            n = min(64, C - j0)
            limb, off = divmod(lo + j0, 64)
            val = (bits[:, j0:j0 + n].astype(np.uint64) * weights[:n]).sum(axis=1,
                                                                           dtype=np.uint64)
            mask = np.uint64(((1 << n) - 1) << off)
            word = self.act[:, addr, limb]
            keep = word if merge else word & ~mask     # merge: OR into the lane (max-pool)
            self.act[:, addr, limb] = keep | (val << np.uint64(off))

    def _read_lane(self, addr: int, lane: int) -> np.ndarray:
        """``(rows, cols)`` bool: lane ``lane`` of act word ``addr``."""
        C = self.cfg.cols
        return self.read_act_bits(addr, (lane + 1) * C)[:, lane * C:]

    def read_act_bits(self, addr: int, n: int) -> np.ndarray:
        """``(rows, n)`` bool: the first n activation bits stored from word ``addr``."""
        words = -(-n // self.cfg.lane_bits)
        raw = words_to_bytes(self.act[:, addr:addr + words], self.cfg.lane_bits)
        return np.unpackbits(raw, axis=1, bitorder="little")[:, :n].astype(bool)


def _read_fm(m: Machine, addr: int, fm, dram_stride: int | None = None) -> np.ndarray:
    """``(rows, C*H*W)`` elements (bits for XNOR, ``elem_bits`` digits otherwise) of
    one plane of a pixel-major map at act word ``addr``, in torch's (C, H, W) order;
    with ``dram_stride``, ``addr`` is a DRAM byte address (a spilled map, one image
    every ``dram_stride`` bytes)."""
    C, H, W = fm
    E, nb = m.cfg.elems_per_word, m.cfg.elem_bits
    kc = -(-C // E)
    n = H * W * kc * m.cfg.lane_bits
    if dram_stride is None:
        bits = m.read_act_bits(addr, n)
    else:
        raw = np.stack([m.dram[addr + r * dram_stride:addr + r * dram_stride + n // 8]
                        for r in range(m.cfg.rows)])
        bits = np.unpackbits(raw, axis=1, bitorder="little").astype(bool)
    el = (bits.reshape(-1, H * W, kc * E, nb).astype(np.int64) << np.arange(nb)).sum(axis=3)
    return el[:, :, :C].transpose(0, 2, 1).reshape(len(el), -1)


def executed_stream(prog: Program):
    """The instructions one run issues, loops unrolled (`accel.isa.unroll`): a
    generator of ``(index, Instr)``, so a long LOOP is never held in memory."""
    try:
        yield from unroll(prog.instrs)
    except LoopError as e:
        raise SimError(str(e)) from None


#: Executed streams up to this many instructions are kept for every run of a
#: simulation; longer ones (long LOOPs) are unrolled again run by run
STREAM_CACHE = 100_000
#: Images packed at a time (`simulate` streams its input in chunks of this many,
#: rounded to whole runs)
CHUNK_IMAGES = 4096


def _stream_source(prog: Program):
    """A function giving the executed stream: the cached list, or a new generator."""
    head = list(islice(executed_stream(prog), STREAM_CACHE + 1))
    if len(head) <= STREAM_CACHE:
        return lambda: head
    return lambda: executed_stream(prog)


def _static_costs(prog: Program, cfg: AccelConfig, stream):
    """Counters of one run, in total and per tag (layer index, -1 for I/O); each
    instruction's ``cycles`` are its span in the schedule (issue to next issue, the
    first from cycle 0), computed as the schedule goes (bounded memory)."""
    total = zero_counters()
    per_tag: dict[int, dict] = {}
    memo: dict = {}       # loop iterations repeat their body's costs
    gen = issues(cfg, stream)
    prev_tag, prev_at = None, 0
    try:
        while True:
            try:
                j, ins, at = next(gen)
            except StopIteration as stop:
                run_cycles = stop.value
                break
            tag = prog.tags[j]
            if prev_tag is not None:
                per_tag[prev_tag]["cycles"] += at - prev_at
                prev_at = at
            # a loop steps addresses, which cost nothing, and GEMM ix0, whose overhang of
            # the map's left and right edges decides how many positions read the padding
            key = ((j, max(0, -ins.ix0), max(0, ins.ix0 + ins.kw - ins.fm_w))
                   if ins.op == Opcode.GEMM else j)
            inc = memo.get(key)
            if inc is None:
                inc = memo[key] = instr_counters(cfg, ins)
            d = per_tag.setdefault(tag, zero_counters())
            for k, v in inc.items():
                total[k] += v
                d[k] += v
            prev_tag = tag
    except ScheduleError as e:
        raise SimError(str(e)) from None
    if prev_tag is not None:
        per_tag[prev_tag]["cycles"] += run_cycles - prev_at
    total["cycles"] = run_cycles
    return total, per_tag


def _layer_ends(program: Program, stream) -> dict:
    """``{position in the executed stream: layer}`` after which a hidden layer's
    output map is complete (for ``trace``): the last instruction of each stretch of
    the layer's instructions, leaving out decoupled weight LOADs (which run ahead,
    inside the layer before) and the preload."""
    last = len(program.layers) - 1
    ends = {}
    prev_q = prev_tag = None
    for q, (j, ins) in enumerate(stream):
        tag = program.tags[j]
        if async_load(ins) or tag == -2:
            continue
        if prev_q is not None and tag != prev_tag and 0 <= prev_tag < last:
            ends[prev_q] = prev_tag
        prev_q, prev_tag = q, tag
    if prev_q is not None and 0 <= prev_tag < last:
        ends[prev_q] = prev_tag
    return ends


def simulate(program: Program, inputs, config: AccelConfig | None = None,
             energy_table: EnergyTable | None = None, trace: bool = False,
             progress=None) -> SimResult:
    """Run ``program`` on ``inputs`` (``(n, *image_shape)``), ``program.batch`` per run.

    ``config`` (default: the program's own) must be the accelerator the program was
    compiled for; its DRAM model and clock may differ.  The program is checked first
    (`Program.validate`: what the hardware refuses, the model refuses).  Inputs are
    read and packed `CHUNK_IMAGES` at a time, so ``inputs`` may be a memory-mapped
    array larger than memory; ``progress(done, total)`` is called with runs done.
    With ``trace=True`` the result's ``hidden`` holds every hidden layer's output
    activations as ``(n, M)`` int8 arrays (+-1 after a sign, 0..2**n-1 after a
    QuantAct), read back from the activation buffer.
    """
    cfg = program.config if config is None else config
    check_config(program, cfg)
    program.validate()
    x = inputs if isinstance(inputs, np.ndarray) else np.asarray(inputs)
    if x.ndim < 1 or len(x) == 0:
        raise SimError(f"inputs must be a non-empty batch of images, got shape {x.shape}")
    n = len(x)
    bsz = program.batch
    runs = -(-n // bsz)
    sym_in, sym_out = program.symbols.input, program.symbols.output
    M = sym_out.shape[1]
    R = cfg.rows
    scores = np.zeros((n, M), np.int64)
    layer_n = [l.n_out for l in program.layers]
    fms = [l.out_fm for l in program.layers]
    hidden = ([np.zeros((runs * bsz, int(np.prod(f))), np.int8) for f in fms[:-1]]
              if trace else [])
    out_bits = [l.out_bits for l in program.layers]
    out_words = [l.out_words for l in program.layers]
    out_kind = [l.out_kind for l in program.layers]
    # where each hidden layer's output lives, and after which instruction it is complete
    regions = program.layout.act_regions
    stream = _stream_source(program)
    # cycles and counters first: a race or a malformed loop is refused before any run
    run_total, per_tag = _static_costs(program, cfg, stream())
    ends = _layer_ends(program, stream()) if trace else {}

    m = Machine(cfg, program.dram_size)
    for s in program.segments:
        m.dram[s.addr:s.addr + len(s.data)] = np.frombuffer(s.data, np.uint8)
    stride_in = sym_in.row_stride
    chunk = bsz * max(1, CHUNK_IMAGES // bsz)
    for c0 in range(0, n, chunk):
        xc = np.asarray(x[c0:c0 + chunk])
        try:
            rows = pack_input(program, xc)
        except InputError as e:
            where = f"images {c0}..{c0 + len(xc) - 1}: " if n > chunk else ""
            raise SimError(f"{where}{e}") from None
        if len(rows) % bsz:            # the last run's empty slots repeat the last image
            rows = np.concatenate([rows, np.repeat(rows[-1:], bsz - len(rows) % bsz, 0)])
        for r0 in range(0, len(rows), bsz):
            r = (c0 + r0) // bsz
            base = sym_in.addr
            m.dram[base:base + bsz * stride_in] = rows[r0:r0 + bsz].reshape(-1)
            tile = 0
            for q, (j, ins) in enumerate(stream()):
                m.execute(j, ins)
                if q in ends:
                    li = ends[q]
                    spilled = program.layers[li].out_dram
                    if spilled:                  # the map lives in DRAM (byte addresses)
                        base, stride, unit = spilled[0], spilled[1], cfg.word_bytes
                    else:                        # in its activation region (word addresses)
                        base, stride, unit = regions[(li + 1) % 2], None, 1
                    nb = cfg.elem_bits
                    val = sum(_read_fm(m, base + b * out_words[li] * unit, fms[li],
                                       stride).astype(np.int8) << (b * nb)
                              for b in range(-(-out_bits[li] // nb)))
                    if program.layout.norm_stats == "batch":
                        # layer by layer: every batch tile's map, each at its own place
                        step = program.layout.tile_stride[(li + 1) % 2]
                        vals = [val] + [
                            sum(_read_fm(m, base + t * step + b * out_words[li], fms[li],
                                         None).astype(np.int8) << (b * nb)
                                for b in range(-(-out_bits[li] // nb)))
                            for t in range(1, bsz // R)]
                        lo, val = r * bsz, np.concatenate(vals)
                    else:
                        lo = r * bsz + tile * R
                        if li == len(layer_n) - 2:
                            tile += 1
                    hidden[li][lo:lo + len(val)] = val if out_kind[li] == "uint" else 2 * val - 1
            ob = sym_out.addr
            got = unpack_output(program, m.dram[ob:ob + bsz * sym_out.row_stride])
            k = min(bsz, n - r * bsz)
            scores[r * bsz:r * bsz + k] = got[:k]
        if progress is not None:
            progress(min(runs, (c0 + chunk) // bsz), runs)
    hidden = [h[:n] for h in hidden]
    outputs = None
    if program.symbols.output_steps is not None:    # an imported graph's output nodes
        arith, select = split_selection(program.symbols.output_steps)
        logits = apply_steps(arith, scores)
        outputs = apply_steps((select,), logits) if select else logits
    elif program.symbols.epilogue_scale is not None:
        logits = scores.astype(np.float32) * np.asarray(program.symbols.epilogue_scale,
                                                        np.float32)
    else:
        logits = scores.astype(np.float32)

    counters = {k: v * runs for k, v in run_total.items()}
    table = energy_table or EnergyTable.default()
    breakdown = energy_breakdown(counters, cfg, table)
    return SimResult(scores, logits, np.argmax(logits, axis=1), counters["cycles"],
                     run_total["cycles"], runs, bsz, counters, float(sum(breakdown.values())),
                     breakdown, _layer_costs(program, cfg, table, per_tag), hidden,
                     cfg.clock_mhz, outputs)


def _layer_costs(program: Program, cfg: AccelConfig, table: EnergyTable,
                 per_tag: dict) -> list:
    """`LayerCost` per layer, then the preload and the I/O, per inference, from one
    run's counters per tag (`_static_costs`)."""
    bsz, R, E, C = program.batch, cfg.rows, cfg.elems_per_word, cfg.cols
    layers = []
    names = [(i, l) for i, l in enumerate(program.layers)] + [(-2, None), (-1, None)]
    for i, l in names:
        if l is None and i not in per_tag:
            continue
        c = per_tag.get(i, zero_counters())
        e = sum(energy_breakdown(c, cfg, table).values())
        bit_macs = (l.planes * l.macs * bsz) if l else 0
        layers.append(LayerCost(
            name=l.name if l else ("io (input/output)" if i == -1
                                   else "preload (weights, thresholds)"),
            macs=(l.macs if l else 0), cycles=c["cycles"] / bsz,
            utilization=(bit_macs / (c["cycles"] * R * C * E) if c["cycles"] and l else 0.0),
            dram_bytes=(c["dram_read_bytes"] + c["dram_write_bytes"]) / bsz,
            energy_pj=e / bsz))
    return layers


@dataclass(frozen=True)
class Costs:
    """What one run of a program costs on an accelerator, without running it: cycles
    and counters are data-independent (the module's docstring), so these are the
    figures `simulate` reports for any input.

    ``counters`` and ``energy_pj`` cover one run of ``batch`` images; ``layers`` are
    per inference (`LayerCost`); ``utilization`` is the whole run's: bit MACs done
    (every input plane) over those the array offers in its cycles.
    """
    cycles_per_run: int
    batch: int
    counters: dict
    energy_pj: float
    energy_breakdown: dict
    layers: list            # of LayerCost
    clock_mhz: float
    utilization: float
    instructions: int

    @property
    def cycles_per_inference(self) -> float:
        return self.cycles_per_run / self.batch

    @property
    def energy_pj_per_inference(self) -> float:
        return self.energy_pj / self.batch

    @property
    def inferences_per_second(self) -> float:
        return self.clock_mhz * 1e6 / self.cycles_per_inference

    def summary(self) -> dict:
        return dict(batch=self.batch, cycles_per_run=self.cycles_per_run,
                    cycles_per_inference=self.cycles_per_inference,
                    energy_pj_per_inference=self.energy_pj_per_inference,
                    inferences_per_second=self.inferences_per_second,
                    utilization=self.utilization, instructions=self.instructions,
                    counters=self.counters, energy_breakdown=self.energy_breakdown,
                    layers=[l.to_dict() for l in self.layers])


def costs(program: Program, config: AccelConfig | None = None,
          energy_table: EnergyTable | None = None) -> Costs:
    """The cycles, counters and energy of one run of ``program`` (`Costs`), from its
    schedule alone: what `simulate` reports, in the time its first step takes
    (milliseconds for most networks; `accel sweep`'s ``model`` level).  ``config`` may
    differ from the program's in its clock and DRAM latency only, as for `simulate`;
    the program is validated first."""
    cfg = program.config if config is None else config
    check_config(program, cfg)
    program.validate()
    run_total, per_tag = _static_costs(program, cfg, executed_stream(program))
    table = energy_table or EnergyTable.default()
    breakdown = energy_breakdown(run_total, cfg, table)
    offered = run_total["cycles"] * cfg.rows * cfg.cols * cfg.elems_per_word
    done = sum(l.planes * l.macs for l in program.layers) * program.batch
    return Costs(run_total["cycles"], program.batch, run_total, float(sum(breakdown.values())),
                 breakdown, _layer_costs(program, cfg, table, per_tag), cfg.clock_mhz,
                 done / offered if offered else 0.0, len(program.instrs))
