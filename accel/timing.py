"""Cycle cost of every instruction, in closed form.

This module is the timing contract between the golden model and the RTL: the model
adds these numbers up, and the RTL (co-simulated) must take exactly as many cycles.

Execution (ISA version 1) is in-order: the controller fetches and decodes one
instruction (`ISSUE_CYCLES`), hands it to its engine and waits until the engine is
done before fetching the next.  The total for a program is

    cycles = sum over instructions of (ISSUE_CYCLES + engine_cycles(instr))

Each engine's cycles split into *busy* cycles (data moves) and *stall* cycles (the
engine holds the instruction but no data moves: DRAM latency, array fill/drain,
pipeline latency).  Counters with those names exist in model and RTL alike.

Formulas (R = rows, C = cols of the array):

* LOAD / STORE: ``stall = dram_latency``; ``busy = banks * ceil(bank_bytes / B)``
  with ``bank_bytes = words * word_bytes(buf)`` and ``B = dram_bytes_per_cycle``:
  one bank is one burst of whole bus beats, bursts are issued back to back and the
  memory is pipelined, so the request latency is paid once per instruction.
* GEMM (output-stationary systolic array): ``busy = planes * words`` steps;
  ``stall = (R - 1) + (C - 1) + PE_LATENCY`` for the skewed fill and drain, where
  ``PE_LATENCY = pop_stages + 1`` (popcount pipeline plus the accumulate register).
* POST: ``busy = R`` (one array row of C accumulators per cycle through the C
  threshold units); ``stall = POST_LATENCY`` (threshold read + compare/write).
* FINISH: 0 engine cycles.
"""

from __future__ import annotations

from .config import AccelConfig
from .isa import Buf, Instr, Opcode

__all__ = ["ISSUE_CYCLES", "POST_LATENCY", "pe_latency", "word_bytes", "dma_beats",
           "instr_cycles", "ENGINE_OF"]

#: Fetch + decode of one instruction by the in-order controller.
ISSUE_CYCLES = 1
#: Threshold-unit pipeline: buffer read, then compare and write-back.
POST_LATENCY = 2

ENGINE_OF = {Opcode.LOAD: "load", Opcode.STORE: "store", Opcode.GEMM: "gemm",
             Opcode.POST: "post", Opcode.FINISH: None}


def pe_latency(cfg: AccelConfig) -> int:
    """Cycles from operands entering a PE to the accumulator holding the result."""
    return cfg.pop_stages + 1


def word_bytes(cfg: AccelConfig, buf: int) -> int:
    """Bytes that one word of buffer ``buf`` occupies in DRAM."""
    return cfg.buffer_word_bits(Buf(buf).name.lower()) // 8


def dma_beats(cfg: AccelConfig, ins: Instr) -> int:
    """Bus beats of a LOAD/STORE: whole beats per bank, banks back to back."""
    bank_bytes = ins.words * word_bytes(cfg, ins.buf)
    return ins.banks * -(-bank_bytes // cfg.dram_bytes_per_cycle)


def instr_cycles(cfg: AccelConfig, ins: Instr) -> tuple[int, int]:
    """``(busy, stall)`` engine cycles of one instruction (issue cycles excluded)."""
    op = ins.op
    if op in (Opcode.LOAD, Opcode.STORE):
        return dma_beats(cfg, ins), cfg.dram_latency
    if op == Opcode.GEMM:
        return ins.planes * ins.words, (cfg.rows - 1) + (cfg.cols - 1) + pe_latency(cfg)
    if op == Opcode.POST:
        return cfg.rows, POST_LATENCY
    return 0, 0
