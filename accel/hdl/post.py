"""`PostEngine`: accumulators -> thresholds -> activation bits or scores (POST)."""

from __future__ import annotations

import functools
import operator

from amaranth import Array, Cat, Const, Module, Mux, Signal
from amaranth.lib import data, wiring
from amaranth.lib.wiring import In, Out

from .. import isa
from ..config import AccelConfig, digit_planes
from ..isa import NORM_ENTRIES, NORM_READS, NORM_WRITES, NormOp, Opcode, PostMode
from ..lightnorm import LIGHTNORM_SPEC, STAT_CODE_BITS
from ..perfcounters import NORM_COUNTERS
from ..timing import POST_ISSUE_CYCLES, POST_LATENCY, post_latency
from .buffers import request_ports, scores_base
from .engine import CommandSignature, check_config, inc_layout, select
from .gemm import pending_bits
from .lightnorm import LightNormStats, LightNormUnit
from .pe import KEEP_SUFFIX
from .threshold import ThresholdUnit

__all__ = ["PostEngine"]


class PostEngine(wiring.Component):
    """Executes POST: each array row's ``cols`` accumulators (``acc``, from the GEMM
    engine) through the multi-threshold unit, written as ``out_bits`` bit planes into
    lane ``lane`` of the activation words from ``dst_addr`` (ORed into them for a
    max-pool), or as scores into the score buffer (RAW).  With multi-bit PEs a lane
    holds ``cols`` elements of ``elem_bits`` and the planes are digits of that many
    bits (`accel.timing.post_digits`).

    Pipeline: the threshold entries are read one per cycle from ``thr_addr`` into
    registers (a residual also reads its shortcut word, an OR merge the words it
    merges into); then a select stage latches one row's accumulators (and for a
    residual the threshold its shortcut bit picks), a compute stage the threshold
    unit's output, and a write stage writes one bit plane (or score row) a cycle.

    The POST runs behind the controller (`accel.timing`, "Overlap"): it holds it for
    `POST_ISSUE_CYCLES` (``cmd.done``), keeps its own copy of the instruction, reads
    the activation buffer only in its first two cycles and the threshold entries in
    its first ``levels`` (``cmd.acc_hold`` until then: no GEMM may issue), and waits
    for the GEMMs issued before it to land (``pending`` of them at its issue, counted
    down on ``land``) before its select stage starts; the select stage latches every
    row's accumulators at once (``acc_all``, which follows them until then), so the
    next GEMM may overwrite them.  It pushes a token (``cmd.push``) with its last
    write if the instruction has ``push_prev``.

    With LightNorm units (``cfg.lightnorm``) a normalize stage follows the compute
    stage: the `LightNormUnit` turns a row's pre-activations (the RAW scores) into
    its activation levels (NORM APPLY, `accel.isa.NormOp`), or its BFP values into the
    `LightNormStats` (STAT); THRESHOLD and RAW rows pass its register unchanged.  A
    FIN runs ``cols`` steps through the statistics' finalize (one column a step) and
    two more that write the mean and scale entries.

    Latency: the select stage starts at ``max(levels + 1, landing)`` cycles after the
    issue, the first write two cycles later (three with LightNorm units), then
    ``rows * out_bits`` writes (`accel.timing.post_steps`).
    """

    def __init__(self, cfg: AccelConfig):
        self.cfg = cfg = check_config(cfg)
        R, C, W, A = cfg.rows, cfg.cols, cfg.lane_bits, cfg.acc_bits
        ports = request_ports(cfg)
        counted = ("post_busy", "post_stall", "threshold_ops", "sram_thresh_reads",
                   "sram_act_reads", "sram_act_writes", "sram_out_writes")
        if cfg.lightnorm:                          # a FIN writes threshold entries
            counted += ("sram_thresh_writes",) + NORM_COUNTERS
        super().__init__({
            "cmd": In(CommandSignature()), "acc": In(R * C * A),
            "land": In(1), "pending": In(pending_bits(cfg)),
            "act_rd": Out(ports["act_rd"]), "tob_rd": Out(ports["tob_rd"]),
            "act_wr": Out(ports["act_wr"]), "tob_wr": Out(ports["tob_wr"]),
            "act_data": In(R * W), "tob_data": In(C * A),
            "inc": Out(inc_layout(counted)),
        })

    def elaborate(self, platform):
        cfg = self.cfg
        m = Module()
        R, C, W, A = cfg.rows, cfg.cols, cfg.lane_bits, cfg.acc_bits
        lpw = cfg.lanes_per_word
        n = cfg.elem_bits                  # bits per element (and per output digit)
        LB = C * n                         # bits of a lane
        out_base = scores_base(cfg)
        LMAX = (1 << cfg.act_bits_max) - 1
        TMAX = max(LMAX, 2, len(NORM_READS[NormOp.APPLY]) if cfg.lightnorm else 0) + 1
        cmd = self.cmd
        m.submodules.thresh_unit = tu = ThresholdUnit(C, A, LMAX)
        YB = tu.y_bits

        # decode: refusal (`isa.POST_RULES`); threshold entries read (levels; 1 for
        # scores; 2 for a residual, which compares with 1), the last output bit
        dec = data.View(isa.layout(Opcode.POST), cmd.decode)
        m.d.comb += cmd.refused.eq(functools.reduce(
            operator.or_, [rule.refused(dec, cfg) for rule in isa.post_rules(cfg)]))
        LN = cfg.lightnorm
        n_lv = Signal(range(TMAX), name="n_lv")
        n_cmp = Signal(range(LMAX + 1), name="n_cmp")
        n_ob1 = Signal(4, name="n_ob1")
        n_shift, n_res = Signal(), Signal()
        q_raw, q_res = dec.mode == PostMode.RAW, dec.shortcut if cfg.conv else Const(0)
        q_lv = Mux(q_raw, 1, Mux(q_res, 2, Array((1 << b) - 1 for b in range(16))[dec.out_bits]))
        # output digits - 1 (`accel.timing.post_digits`): out_bits - 1 for XNOR
        q_ob1 = (dec.out_bits - 1) if n == 1 else \
            Array(max(0, digit_planes(b, n) - 1) for b in range(16))[dec.out_bits]
        q_cmp, q_shift, q_ob1 = Mux(q_res, 1, q_lv), dec.shift & q_raw, Mux(q_raw, 0, q_ob1)
        if LN:
            # NORM: the step's entry reads; one LightNorm operation per value (none in
            # a FIN); APPLY writes its digits, STAT and FIN one step per row or column
            q_norm = dec.mode == PostMode.NORM
            q_lv = Mux(q_norm, Array(len(NORM_READS[op]) for op in NormOp)[dec.norm], q_lv)
            q_cmp = Mux(q_norm, dec.norm != NormOp.FIN, q_cmp)
            q_shift = dec.shift & (q_raw | q_norm)
            q_ob1 = Mux(q_norm & ~isa.norm_applies(dec), 0, q_ob1)
        m.d.sync += [n_lv.eq(q_lv), n_cmp.eq(q_cmp), n_res.eq(q_res), n_shift.eq(q_shift),
                     n_ob1.eq(q_ob1)]

        t = Signal(range(TMAX + 1))        # cycle, saturating past the entry reads
        # every threshold entry a POST reads, latched (a residual POST reads two)
        tr = [Signal(C * A, name=f"thresh_l{k}")
              for k in range(max(LMAX, 2 if cfg.conv else 1, 4 if LN else 1))]
        # a FIN's mean and scale codes, one column a step
        fin_codes = [[Signal(STAT_CODE_BITS, name=f"fin_{name}{c}") for c in range(C)]
                     for name in NORM_WRITES] if LN else []

        def norm_read(op, j):
            """The block entry a NORM step ``op`` reads ``j``-th (`isa.NORM_READS`; 0
            past its reads)."""
            table = [NORM_ENTRIES.index(e) for o in NormOp
                     for e in (NORM_READS[o] + (NORM_ENTRIES[0],) * 4)[:4]]
            jj = Const(j, 2) if isinstance(j, int) else Mux(j < 4, j, 0)[:2]
            return Array(table)[Cat(jj, op)]
        # each row's lane of the shortcut words (residual) and of the words an OR
        # merges into
        sc_bits, old_bits = Signal(R * C, name="sc_bits"), Signal(R * LB, name="old_bits")
        # select stage: the row (and output bit) whose accumulators and first threshold
        # are latched; compute stage, a cycle later: the threshold unit's levels (or
        # scores) into registers; write stage, a cycle later: the row and bit written
        # (a FIN's steps: cols + 2)
        steps_max = max(R, C + len(NORM_WRITES)) if LN else R
        crow = Signal(range(steps_max + 1), name="crow")
        cbit = Signal(4, name="cbit")
        svalid, wvalid = Signal(name="svalid"), Signal(name="wvalid")
        srow = Signal(range(steps_max + 1), name="srow")
        sbit = Signal(4, name="sbit")
        acc_q = Signal(C * A, name="acc_q")      # (rows > 1; see the select stage)
        thr0_q = Signal(C * A, name="thr0_q")    # (conv)
        wrow = Signal(range(steps_max + 1), name="wrow")
        wbit = Signal(4, name="wbit")
        y_q = Signal(C * YB, name="y_q")
        scores_q = Signal(C * A, name="scores_q")
        # (addresses wrap at the buffers' address widths, like their ports)
        paddr = Signal(len(self.act_wr.addr))    # the activation word written
        aaddr = Signal(len(self.act_rd.addr))    # the activation word read this cycle
        thr_ptr = Signal(len(self.tob_rd.addr), name="thr_ptr")   # the entry read
        # the instruction's threshold entries, levels compared, and last output bit
        p_lv, p_cmp, p_ob1 = Signal.like(n_lv), Signal.like(n_cmp), Signal.like(n_ob1)
        # the threshold unit's shift (a RAW POST's 2S - N) and the residual select
        # (p_shift: a copy per column, kept, each driving one column's shifter)
        p_shift = Cat(*[Signal(name=f"p_shift_c{c}{KEEP_SUFFIX}") for c in range(C)])
        p_res = Signal(name="p_res")

        # the engine's own copy of its instruction (the controller issues others
        # meanwhile), its running flag (issue to last write), the controller's hold
        pin = Signal(isa.WORD_BITS, name="post_instr")
        active = Signal(name="active")
        fin = Signal(name="fin")                 # the last write
        held = Signal(POST_ISSUE_CYCLES, name="held")
        m.d.sync += held.eq(Cat(cmd.start, held[:-1]))
        # busy until the cycle of its last write (the next POST, LOAD, STORE or FINISH
        # may issue in the cycle after it)
        m.d.comb += [cmd.done.eq(held[-1]), cmd.busy.eq(active & ~fin)]
        # the GEMMs issued before this POST whose results have not landed
        wait_n = Signal.like(self.pending, name="wait_n")
        hold = Signal(name="acc_hold")
        m.d.comb += cmd.acc_hold.eq(hold)
        with m.If(fin):
            m.d.sync += active.eq(0)
        with m.If(cmd.start):
            f = data.View(isa.layout(Opcode.POST), cmd.issue)
            m.d.sync += [active.eq(1), pin.eq(cmd.issue), hold.eq(1),
                         wait_n.eq(self.pending - self.land),
                         t.eq(0), crow.eq(0), cbit.eq(0), svalid.eq(0), wvalid.eq(0),
                         paddr.eq(f.dst_addr), p_lv.eq(n_lv),
                         thr_ptr.eq(f.thr_addr if not LN else f.thr_addr + Mux(
                             f.mode == PostMode.NORM, norm_read(f.norm, 0), 0)),
                         # the shortcut word first (a residual), then the words an OR
                         # merges into
                         aaddr.eq(Mux(f.shortcut if cfg.conv else 0, f.src_addr, f.dst_addr)),
                         p_cmp.eq(n_cmp), p_ob1.eq(n_ob1),
                         p_shift.eq(n_shift.replicate(C)), p_res.eq(n_res)]

        # the threshold reads and their latency (the counter's `post_stall`), at the issue
        m.d.comb += self.inc.post_stall.eq(Mux(cmd.start, n_lv + post_latency(cfg), 0))
        f = data.View(isa.layout(Opcode.POST), pin)
        if LN:
            # the normalize stage's registers: the write stage is one cycle later
            wv, wr = Signal(name="w2valid"), Signal.like(wrow, name="w2row")
            wb, wy = Signal.like(wbit, name="w2bit"), Signal.like(y_q, name="y2_q")
            ws = Signal.like(scores_q, name="scores2_q")
            norm = f.mode == PostMode.NORM
            stat_op, fin_op = norm & (f.norm == NormOp.STAT), norm & (f.norm == NormOp.FIN)
            apply_op = isa.norm_applies(f)
            with m.If(cmd.start):
                m.d.sync += wv.eq(0)
        else:
            wv, wr, wb, wy, ws = wvalid, wrow, wbit, y_q, scores_q
        with m.If(active):
            m.d.sync += [hold.eq(t + 1 < p_lv),
                         wait_n.eq(wait_n - (self.land & (wait_n != 0)))]
            # t < levels: read threshold entry t; t = levels: the last entry's read
            # latency; then the compute stage turns one row's accumulators into levels
            # (or scores) a cycle, held for its output bits, and the write stage writes
            # one output bit plane (or score row) a cycle, a cycle behind
            m.d.comb += [self.act_rd.en.eq(t < 2), self.tob_rd.en.eq(1)]
            with m.If(t != TMAX):
                m.d.sync += t.eq(t + 1)
            raw = f.mode == PostMode.RAW
            res = f.shortcut if cfg.conv else Const(0)
            # (an OR, or with LightNorm units a NORM APPLY_OR: `isa.post_merges`)
            merge = (Const(0) if not cfg.conv else isa.post_merges(f) if LN
                     else f.mode == PostMode.OR)
            # reads: threshold entries; the shortcut word (residual, t = 0), then the
            # words an OR merges into (latched as read, then their lane per row)
            for k in range(len(tr)):
                with m.If(t == k + 1):
                    m.d.sync += tr[k].eq(self.tob_data)
            if LN:      # a NORM step reads its entries of the block (`isa.NORM_READS`)
                m.d.sync += thr_ptr.eq(Mux(norm, f.thr_addr + norm_read(f.norm, t + 1),
                                           thr_ptr + 1))
            else:
                m.d.sync += thr_ptr.eq(thr_ptr + 1)
            with m.If(t == 0):
                m.d.sync += aaddr.eq(f.dst_addr)
            with m.If(t == 1):       # the act read port is the next GEMM's from now on
                m.d.sync += aaddr.eq(0)
            with m.If(t < p_lv):
                m.d.comb += self.inc.sram_thresh_reads.eq(C)
                with m.If(res & (t == 0)):
                    m.d.comb += self.inc.sram_act_reads.eq(R)
                with m.If(merge & (t == Mux(res, 1, 0))):
                    m.d.comb += self.inc.sram_act_reads.eq(R)
            # (each word's lane taken from act_data, the read register, a cycle after
            # the read: straight from the block RAM's output it was a critical path)
            lane_bits = Cat(*[select(self.act_data[r * W:(r + 1) * W], f.lane, LB)
                              for r in range(R)])
            if cfg.conv and not cfg.multibit:           # (no shortcut on multi-bit PEs)
                with m.If(res & (t == 2)):
                    m.d.sync += sc_bits.eq(lane_bits)
            with m.If(merge & (t == Mux(res, 3, 2))):
                m.d.sync += old_bits.eq(lane_bits)
            m.d.sync += wvalid.eq(svalid)
            if LN:
                m.d.sync += wv.eq(wvalid)
            with m.If((t > p_lv) & (wait_n == 0)):
                m.d.sync += svalid.eq(1)
                with m.If(cbit == p_ob1):
                    m.d.sync += [cbit.eq(0), crow.eq(crow + 1)]
                with m.Else():
                    m.d.sync += cbit.eq(cbit + 1)
            # write stage
            with m.If(wv):
                m.d.comb += self.inc.post_busy.eq(1)
                with m.If(wb == 0):
                    if LN:
                        # a NORM's values (APPLY, STAT: a row a step) and columns (FIN)
                        with m.If(~norm):
                            m.d.comb += self.inc.threshold_ops.eq(C * p_cmp)
                        with m.If(apply_op):
                            m.d.comb += self.inc.norm_ops.eq(C)
                        with m.If(stat_op):
                            m.d.comb += self.inc.norm_stat_ops.eq(C)
                        with m.If(fin_op & (wr == 0)):
                            m.d.comb += self.inc.norm_fin_ops.eq(C)
                    else:
                        m.d.comb += self.inc.threshold_ops.eq(C * p_cmp)
                # digit wbit of every column's level (its bit wbit for XNOR)
                yd = -(-YB // n) * n
                plane = Cat(*[Cat(wy[c * YB:(c + 1) * YB], Const(0, yd - YB))
                              .word_select(wb[:max(1, (yd // n - 1).bit_length())], n)
                              if yd > n else Cat(wy[c * YB:(c + 1) * YB], Const(0, n - YB))
                              for c in range(C)])
                with m.If(raw):
                    m.d.comb += [self.tob_wr.addr.eq(out_base + wr * cfg.out_depth + f.dst_addr),
                                 self.tob_wr.data.eq(ws), self.tob_wr.en.eq((1 << C) - 1),
                                 self.inc.sram_out_writes.eq(1)]
                if LN:
                    # a FIN's last two steps write the mean and scale entries; STAT writes
                    # nothing
                    with m.Elif(stat_op | fin_op):
                        for k, name in enumerate(NORM_WRITES):
                            with m.If(fin_op & (wr == C + k)):
                                m.d.comb += [
                                    self.tob_wr.addr.eq(f.thr_addr + NORM_ENTRIES.index(name)),
                                    self.tob_wr.data.eq(Cat(*[Cat(v, Const(0, A - len(v)))
                                                              for v in fin_codes[k]])),
                                    self.tob_wr.en.eq((1 << C) - 1),
                                    self.inc.sram_thresh_writes.eq(C)]
                with m.Else():
                    old = select(old_bits, wr, LB)
                    m.d.comb += [self.act_wr.addr.eq(paddr),
                                 self.act_wr.data.eq(Cat(*[plane | Mux(merge, old, 0)] * (R * lpw))),
                                 self.act_wr.en.eq(Cat(*[(wr == r) & (f.lane == q)
                                                         for r in range(R) for q in range(lpw)])),
                                 self.inc.sram_act_writes.eq(1)]
                with m.If(wb == p_ob1):
                    m.d.sync += paddr.eq(f.dst_addr)
                    with m.If(wr == (Mux(fin_op, C + len(NORM_WRITES) - 1, R - 1) if LN
                                     else R - 1)):
                        m.d.comb += [fin.eq(1), cmd.push.eq(f.push_prev)]
                with m.Else():
                    m.d.sync += paddr.eq(paddr + f.plane_stride)

        # The select and compute stages, outside the engine's enable so that it does
        # not reach their multiplexers and adders: their registers load every cycle,
        # and only the write stage (``wvalid``) uses them.  The select stage latches
        # row crow's accumulators (spread over the whole array) and level 0's
        # thresholds, which a residual picks per column by its shortcut bit.  (Neither
        # changes during a POST, so where there is nothing to select, one row and no
        # residual, the compute stage reads them directly: same cycles, fewer
        # flip-flops on the iCE40.)
        assert POST_LATENCY == 3
        if cfg.conv:
            sc = select(sc_bits, crow, C)
            thr0 = Mux(p_res, Cat(*[Mux(sc[c], tr[1][c * A:(c + 1) * A], tr[0][c * A:(c + 1) * A])
                                    for c in range(C)]), tr[0])
            m.d.sync += thr0_q.eq(thr0)
        else:
            thr0_q = tr[0]
        if R > 1 or cfg.act_bits_max > 2:
            # every row's accumulators, latched as the select stage starts (they follow
            # the array's until then); the next GEMM may overwrite the array's after
            acc_all = Signal(R * C * A, name="acc_all")
            with m.If(~svalid):
                m.d.sync += acc_all.eq(self.acc)
            m.d.sync += acc_q.eq(select(acc_all, crow, C * A))
        else:
            # one row of at most two output bits: the compute stage reads the array's
            # accumulators, which hold until the next GEMM's first step lands, after
            # this POST's last compute (that GEMM issues levels + 2 >= out_bits + 1
            # cycles after this POST: `accel.timing`)
            acc_q = self.acc
        m.d.sync += [srow.eq(crow), sbit.eq(cbit)]
        m.d.comb += [tu.acc.eq(acc_q), tu.active.eq(p_cmp), tu.shift.eq(p_shift),
                     tu.thresh.eq(Cat(thr0_q, *tr[1:LMAX]))]
        m.d.sync += [y_q.eq(tu.y), scores_q.eq(tu.scores), wrow.eq(srow), wbit.eq(sbit)]
        if LN:
            # the normalize stage: a row's pre-activations (the RAW scores) through the
            # LightNorm unit into its levels (APPLY) or into the statistics (STAT); the
            # rest pass its register
            spec = LIGHTNORM_SPEC
            m.submodules.lightnorm = lnu = LightNormUnit(C, A, spec)
            # (any chunk count a LightNormSpec allows; batches of up to 65,535 values)
            m.submodules.lightnorm_stats = st = LightNormStats(C, lnu.q_bits, spec,
                                                               max_chunks=1024)

            def code(entry, c):
                return entry[c * A:c * A + STAT_CODE_BITS]
            for c in range(C):
                m.d.comb += [lnu.d[c].eq(scores_q[c * A:(c + 1) * A].as_signed()),
                             lnu.mean[c].eq(code(tr[1], c)), lnu.a[c].eq(code(tr[2], c)),
                             lnu.b[c].eq(code(tr[3], c)), st.q[c].eq(lnu.q[c]),
                             st.gain[c].eq(code(tr[1], c))]
            col = {name: tr[1][k * A:(k + 1) * A] for k, name in enumerate(isa.NORM_CHUNKING)}
            m.d.comb += [lnu.out_bits.eq(f.out_bits),
                         st.size.eq(col["size"]), st.longer.eq(col["longer"]),
                         st.chunks.eq(col["chunks"]),
                         # (a FIN reads the chunking entry first: tr[0])
                         st.inv_n.eq(code(tr[0], 0)), st.inv_k.eq(code(tr[0], 1)),
                         st.col.eq(Mux(crow < C, crow, C - 1)),
                         st.valid.eq(active & stat_op & wvalid & (wrow < R)),
                         st.clear.eq(fin & fin_op)]
            levels = Cat(*[Mux(f.out_bits == 1, lnu.nonneg[c], lnu.level[c])[:YB]
                           for c in range(C)])
            m.d.sync += [wy.eq(Mux(apply_op, levels, y_q)), ws.eq(scores_q), wr.eq(wrow),
                         wb.eq(wbit)]
            # a FIN's finalize: column crow's mean and range registered, its scale a
            # cycle later, when the column is srow
            for k, out in enumerate((st.mean, st.scale)):
                for c in range(C):
                    with m.If(active & fin_op & svalid & (srow == c)):
                        m.d.sync += fin_codes[k][c].eq(out)
        # the read addresses are zero while the engine does not run (`accel.hdl.engine`)
        with m.If(fin):
            m.d.sync += [aaddr.eq(0), thr_ptr.eq(0)]
        m.d.comb += [self.act_rd.addr.eq(aaddr), self.tob_rd.addr.eq(thr_ptr)]
        return m
