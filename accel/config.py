"""`AccelConfig`: the one source of truth for the accelerator's shape.

Every width, depth and latency that the compiler, the golden model and the RTL use is
computed here (or in :mod:`accel.timing` from these fields) and nowhere else.

The hardware is an output-stationary ``rows x cols`` array of processing elements.
Row ``r`` holds one image of a batch tile, column ``c`` one output channel of a
channel tile; each PE consumes ``lane_bits`` input bits per cycle (XNOR + popcount)
and keeps a ``acc_bits`` accumulator.  Buffers are banked: the activation and
output buffers have one bank per array row, the weight and threshold buffers one
bank per array column.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import math
import tomllib
from dataclasses import dataclass, fields
from pathlib import Path

from .lightnorm import LIGHTNORM_SPEC

__all__ = ["AccelConfig", "ConfigError", "PRESETS", "preset", "HARDWARE_FIELDS", "DSP_REGS",
           "ELEM_BITS", "digit_planes"]


#: Most on-chip buffer bits a config may ask for (the four buffers' `AccelConfig.buffer_bits`): 1 Gbit,
#: twice the largest FPGA's block and ultra RAM; the golden model holds as much
BUFFER_BITS_MAX = 1 << 30


class ConfigError(ValueError):
    """An `AccelConfig` field has an impossible value."""


#: Processing-element kinds: binary XNOR-popcount, ESB weights (`accel.numformats`) and plain
#: two's-complement integer weights, the last two times unsigned multi-bit activations.
PE_KINDS = ("xnor", "esb", "int")

#: Bits an activation element may have in a word (`AccelConfig.elem_bits`): a word
#: holds a whole number of them.
ELEM_BITS = (1, 2, 4, 8)


def digit_planes(bits: int, elem_bits: int) -> int:
    """Planes of ``elem_bits``-bit digits that hold a ``bits``-bit value (its bit planes
    for XNOR, where ``elem_bits`` is 1)."""
    return -(-bits // elem_bits)


#: Fields of the multi-bit PE kinds, with the values an XNOR accelerator has.  They are
#: part of the hardware identity (`AccelConfig.hash`) only when they differ from these,
#: so the XNOR presets kept their hashes (and their builds) when they were added.
MULTIBIT_FIELDS = {"elem_bits": 1, "weight_bits": 1, "esb_mantissa": 0}
#: Options added after the first builds, with the value that leaves the hardware as it
#: was: like `MULTIBIT_FIELDS`, hashed only when they differ from it.
OPTION_FIELDS = {"lightnorm": False}

#: Fields that change the generated hardware.  The config hash covers exactly these,
#: so a program compiled for one accelerator is refused by another; the DRAM latency
#: and the clock only change timing, not the logic or the program.
HARDWARE_FIELDS = (
    "rows", "cols", "pe_kind", "lane_bits", "acc_bits", "in_bits", "act_bits_max",
    "act_depth", "weight_depth", "thresh_depth", "out_depth", "pop_stages", "imem_depth",
    "dram_bytes_per_cycle", "dram_addr_bits", "counter_bits", "conv", "plane_dsp",
)


def _is_pow2(n: int) -> bool:
    return n > 0 and n & (n - 1) == 0


#: With ``plane_dsp``: PE pipeline registers before the multiplier (its operands) and
#: after it (the product), each; so ``plane_dsp`` needs ``pop_stages >= 2 * DSP_REGS``.
DSP_REGS = 2


@dataclass(frozen=True)
class AccelConfig:
    """Parameters of one accelerator instance.

    Parameters
    ----------
    name : str
        Preset or user label; not part of the hardware hash.
    rows, cols : int
        PE array shape.  ``rows`` images of a batch tile and ``cols`` output channels
        are computed at once.  ``cols`` must be a power of two that divides
        ``lane_bits``, so that one channel tile fills whole lanes of an activation word.
    pe_kind : str
        ``"xnor"`` (binary XNOR-popcount PE), ``"esb"`` (ESB weights, `accel.numformats`, times
        unsigned ``elem_bits``-bit activations: shift-adds, no multiplier) or ``"int"``
        (``weight_bits``-bit two's-complement weights times the same activations: the
        baseline a plain multiplier gives).
    elem_bits : int
        Bits of one activation element in a word (1 for XNOR; 1, 2, 4 or 8 for the
        multi-bit kinds): a word holds ``lane_bits / elem_bits`` elements, and a wider
        input is processed as digit planes of ``elem_bits`` bits.
    weight_bits : int
        Bits of one weight (1 for XNOR; the ESB format's ``b``; 2..8 for ``"int"``).
    esb_mantissa : int
        The ESB format's mantissa bits ``m`` (0 for the other kinds).
    lane_bits : int
        Bits each PE consumes per cycle; also the word width of the activation and
        weight buffers.  A power of two from 8 to 512.
    acc_bits : int
        Accumulator, threshold and output-score width.  A multiple of 8 from 8 to 32.
    in_bits : int
        Most bit planes a layer's unsigned input may have (the 8-bit first layer, or
        the n-bit activations of a previous layer).
    act_bits_max : int
        Widest activation the threshold unit produces: it holds ``2**act_bits_max - 1``
        thresholds per column (multi-threshold); 1 gives a plain sign/step unit.
    act_depth, weight_depth, thresh_depth, out_depth : int
        Words per bank of the activation, weight, threshold and output buffers.
    pop_stages : int
        Pipeline registers between a PE's operands and its accumulator (trades fmax
        for latency): in the popcount adder tree, at its last levels, and with
        ``plane_dsp`` `DSP_REGS` before the multiplier and as many after it.
    plane_dsp : bool
        Weight a bit plane's popcount by ``2**plane`` with a multiplier (one DSP block
        per PE, fed a one-hot scale the array decodes once) instead of a shifter in
        every PE's logic.
    imem_depth : int
        Instructions the on-chip instruction memory holds.
    dram_bytes_per_cycle : int
        External memory bus width in bytes (one beat per cycle); a power of two no
        wider than an activation word.
    dram_addr_bits : int
        Bits of a DRAM byte address the accelerator keeps (it addresses
        ``2**dram_addr_bits`` bytes; the compiler refuses larger DRAM images).
    conv : bool
        Build the convolution hardware: the GEMM window walker (on-the-fly padding),
        LOOP, and POST's OR (max-pool) and shortcut (residual).  Without it the
        accelerator runs dense layers only, in less logic (the iCE40 preset).
    lightnorm : bool
        Build the LightNorm units on the post-processing path (`accel.hdl.lightnorm`,
        POST mode NORM): a network's LightNorm layers then run on the device, with
        the running statistics or with the batch's own (on-device adaptation).  Needs
        ``cols`` a multiple of the BFP group (8: `LIGHTNORM_SPEC`) and ``acc_bits`` of at
        least 16 (an entry holds a statistics code); adds one cycle to every POST.
    counter_bits : int
        Width of each hardware performance counter (they wrap modulo
        ``2**counter_bits``).  A 64-bit counter costs about 64 logic cells on an
        iCE40, and the accelerator has 20 of them.
    dram_latency : int
        Cycles from a read request to its first data beat (>= 1); the memory's
        property, not the accelerator's.
    clock_mhz : float
        Clock used to turn cycles into seconds.
    """

    name: str = "custom"
    rows: int = 8
    cols: int = 32
    pe_kind: str = "xnor"
    lane_bits: int = 64
    acc_bits: int = 24
    in_bits: int = 8
    act_bits_max: int = 2
    act_depth: int = 1024
    weight_depth: int = 1024
    thresh_depth: int = 512
    out_depth: int = 64
    pop_stages: int = 1
    imem_depth: int = 4096
    dram_bytes_per_cycle: int = 8
    counter_bits: int = 48
    dram_addr_bits: int = 32
    conv: bool = True
    plane_dsp: bool = False
    dram_latency: int = 32
    clock_mhz: float = 200.0
    elem_bits: int = 1
    weight_bits: int = 1
    esb_mantissa: int = 0
    lightnorm: bool = False

    def __post_init__(self):
        self.validate()

    # --- validation -------------------------------------------------------------------
    def validate(self) -> None:
        def need(cond, fname, why):
            if not cond:
                raise ConfigError(
                    f"AccelConfig {self.name!r}: {fname} = {getattr(self, fname)!r} {why}")

        for f in fields(self):
            v = getattr(self, f.name)
            if f.name == "name":
                need(isinstance(v, str), "name", "must be a string")
            elif f.name == "pe_kind":
                need(v in PE_KINDS, "pe_kind", f"is not one of {PE_KINDS}")
            elif f.name in ("conv", "plane_dsp", "lightnorm"):
                need(isinstance(v, bool), f.name, "must be true or false")
            elif f.name == "clock_mhz":
                need(isinstance(v, (int, float)) and not isinstance(v, bool)
                     and math.isfinite(v) and v > 0, "clock_mhz", "must be a positive number")
            else:
                need(isinstance(v, int) and not isinstance(v, bool), f.name,
                     "must be an integer")
        need(1 <= self.rows <= 256, "rows", "must be in 1..256")
        need(_is_pow2(self.lane_bits) and 8 <= self.lane_bits <= 512, "lane_bits",
             "must be a power of two in 8..512")
        need(_is_pow2(self.cols) and self.cols <= self.lane_bits, "cols",
             f"must be a power of two no larger than lane_bits ({self.lane_bits})")
        need(self.acc_bits % 8 == 0 and 8 <= self.acc_bits <= 32, "acc_bits",
             "must be 8, 16, 24 or 32")
        need(1 <= self.in_bits <= 8, "in_bits", "must be in 1..8")
        need(1 <= self.act_bits_max <= 4, "act_bits_max", "must be in 1..4")
        for d in ("act_depth", "weight_depth", "thresh_depth", "out_depth"):
            need(1 <= getattr(self, d) <= 65536, d, "must be in 1..65536 (16-bit addresses)")
        need(0 <= self.pop_stages <= 8, "pop_stages", "must be in 0..8")
        need(self.pop_stages >= 2 * DSP_REGS or not self.plane_dsp, "pop_stages",
             f"must be at least {2 * DSP_REGS} with plane_dsp (the last registers hold the "
             "multiplier's operands and its product)")
        need(1 <= self.imem_depth <= 65536, "imem_depth", "must be in 1..65536")
        if self.pe_kind == "xnor":
            for f, v in MULTIBIT_FIELDS.items():
                need(getattr(self, f) == v, f, f"must be {v} for pe_kind 'xnor'")
        else:
            need(self.elem_bits in ELEM_BITS, "elem_bits", "must be 1, 2, 4 or 8")
            need(self.cols * self.elem_bits <= self.lane_bits, "elem_bits",
                 f"x cols ({self.cols}) must not exceed lane_bits ({self.lane_bits}): a "
                 "channel tile's elements fill part of one word")
            need(not self.plane_dsp, "plane_dsp", "applies to pe_kind 'xnor' only")
            if self.pe_kind == "esb":
                from .numformats import EsbFormat
                try:
                    EsbFormat(self.weight_bits, self.esb_mantissa)
                except (TypeError, ValueError) as e:
                    need(False, "weight_bits", f"with esb_mantissa = {self.esb_mantissa!r}: {e}")
            else:
                need(2 <= self.weight_bits <= 8, "weight_bits", "must be in 2..8 for pe_kind 'int'")
                need(self.esb_mantissa == 0, "esb_mantissa", "must be 0 for pe_kind 'int'")
        if self.lightnorm:
            g = LIGHTNORM_SPEC.data.group
            need(self.cols % g == 0, "cols", f"must be a multiple of {g} with lightnorm (a BFP "
                 "group's channels are one row's columns)")
            need(self.acc_bits >= 16, "acc_bits", "must be at least 16 with lightnorm (an "
                 "entry holds a 15-bit statistics code)")
        need(_is_pow2(self.dram_bytes_per_cycle) and self.dram_bytes_per_cycle <= self.word_bytes,
             "dram_bytes_per_cycle",
             f"must be a power of two no larger than a word ({self.word_bytes} bytes)")
        need(1 <= self.dram_latency <= 4096, "dram_latency", "must be in 1..4096")
        need(16 <= self.counter_bits <= 64, "counter_bits", "must be in 16..64")
        need(12 <= self.dram_addr_bits <= 32, "dram_addr_bits", "must be in 12..32")
        total = sum(self.buffer_bits(b) for b in ("act", "weight", "thresh", "out"))
        mbit = total / 2**20
        need(total <= BUFFER_BITS_MAX, "name",
             f"has on-chip buffers of {mbit:,.0f} Mbit (act, weight, thresh, out), more than "
             f"{BUFFER_BITS_MAX // 2**20:,} Mbit: larger than any FPGA's block RAM (the "
             "largest hold about 500 Mbit); make the depths or the array smaller")

    # --- derived quantities (the only place they are computed) ------------------------
    @property
    def dram_bytes(self) -> int:
        """Bytes of DRAM the accelerator addresses (``2**dram_addr_bits``)."""
        return 1 << self.dram_addr_bits

    @property
    def word_bytes(self) -> int:
        """Bytes of one activation/weight word in DRAM."""
        return self.lane_bits // 8

    @property
    def limbs(self) -> int:
        """uint64 limbs holding one word in the golden model."""
        return -(-self.lane_bits // 64)

    @property
    def lanes_per_word(self) -> int:
        """Channel tiles packed into one activation word (``cols`` elements each)."""
        return self.lane_bits // (self.cols * self.elem_bits)

    @property
    def multibit(self) -> bool:
        """Multi-bit PEs (``"esb"``, ``"int"``): signed sums, packed elements."""
        return self.pe_kind != "xnor"

    @property
    def input_planes(self) -> int:
        """Most digit planes a layer's input has: ``in_bits`` in ``elem_bits`` digits."""
        return digit_planes(self.in_bits, self.elem_bits)

    @property
    def elems_per_word(self) -> int:
        """Activation elements (and weights) in one word."""
        return self.lane_bits // self.elem_bits

    @property
    def weight_word_bits(self) -> int:
        """Bits of one weight word: ``elems_per_word`` weights of ``weight_bits``."""
        return self.elems_per_word * self.weight_bits

    @property
    def weight_word_bytes(self) -> int:
        return -(-self.weight_word_bits // 8)

    @property
    def acc_base(self) -> int:
        """The accumulator's value at the start of a tile: 0 for XNOR (a count of
        matches), ``2**(acc_bits - 1)`` for the multi-bit kinds, whose signed sums it
        holds offset by that much so that unsigned comparisons order them."""
        return 1 << (self.acc_bits - 1) if self.multibit else 0

    @property
    def esb_format(self):
        """The `accel.numformats.EsbFormat` of ``"esb"`` weights (None for the other kinds)."""
        if self.pe_kind != "esb":
            return None
        from .numformats import EsbFormat
        return EsbFormat(self.weight_bits, self.esb_mantissa)

    def dram_word_bytes(self, buf: str) -> int:
        """Bytes one word of buffer ``buf`` occupies in DRAM.

        Activation/weight words are ``lane_bits/8`` bytes; a threshold is one
        little-endian `entry_bytes` entry; an output entry is ``cols`` signed
        `entry_bytes` scores.  Each is padded to a whole number of bus beats (a 3-byte
        entry on a 2-byte bus takes 4 bytes).  (Entries as wide as the accumulator: the
        DMA moves them as they are, with no sign extension.)
        """
        natural = {"act": self.word_bytes, "weight": self.weight_word_bytes,
                   "thresh": self.entry_bytes, "out": self.entry_bytes * self.cols}[buf]
        B = self.dram_bytes_per_cycle
        return -(-natural // B) * B

    @property
    def entry_bytes(self) -> int:
        """Bytes of one threshold or score entry in DRAM (``acc_bits / 8``)."""
        return self.acc_bits // 8

    @property
    def acc_max(self) -> int:
        """Largest unsigned value the accumulator/threshold registers hold."""
        return (1 << self.acc_bits) - 1

    @property
    def score_range(self) -> tuple[int, int]:
        """Signed range of a raw output score."""
        return -(1 << (self.acc_bits - 1)), (1 << (self.acc_bits - 1)) - 1

    def buffer_bits(self, buf: str) -> int:
        """Total bits of one on-chip buffer (all banks)."""
        return {
            "act": self.rows * self.act_depth * self.lane_bits,
            "weight": self.cols * self.weight_depth * self.weight_word_bits,
            "thresh": self.cols * self.thresh_depth * self.acc_bits,
            "out": self.rows * self.out_depth * self.cols * self.acc_bits,
        }[buf]

    def buffer_word_bits(self, buf: str) -> int:
        return {"act": self.lane_bits, "weight": self.weight_word_bits,
                "thresh": self.acc_bits, "out": self.cols * self.acc_bits}[buf]

    def buffer_banks(self, buf: str) -> int:
        return {"act": self.rows, "weight": self.cols,
                "thresh": self.cols, "out": self.rows}[buf]

    def buffer_depth(self, buf: str) -> int:
        return {"act": self.act_depth, "weight": self.weight_depth,
                "thresh": self.thresh_depth, "out": self.out_depth}[buf]

    # --- identity -----------------------------------------------------------------------
    def hardware_dict(self) -> dict:
        d = {k: getattr(self, k) for k in HARDWARE_FIELDS}
        d.update({k: getattr(self, k) for k, v in (MULTIBIT_FIELDS | OPTION_FIELDS).items()
                  if getattr(self, k) != v})
        return d

    @property
    def hash(self) -> str:
        """SHA-256 (hex) over the hardware fields; identifies the generated accelerator."""
        blob = json.dumps(self.hardware_dict(), sort_keys=True).encode()
        return hashlib.sha256(blob).hexdigest()

    @property
    def id(self) -> int:
        """First 32 bits of `hash`: the ``config_id`` the RTL reports to the host."""
        return int(self.hash[:8], 16)

    def to_dict(self) -> dict:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> "AccelConfig":
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(d) - known)
        if unknown:
            raise ConfigError(f"unknown AccelConfig field(s) {unknown}; known: {sorted(known)}")
        return cls(**d)

    def replace(self, **kw) -> "AccelConfig":
        return dataclasses.replace(self, **kw)

    # --- TOML ---------------------------------------------------------------------------
    def to_toml(self) -> str:
        import tomli_w
        return tomli_w.dumps({"accel": self.to_dict()})

    def save(self, path) -> None:
        Path(path).write_text(self.to_toml())

    @classmethod
    def load(cls, path) -> "AccelConfig":
        path = Path(path)
        data = read_toml(path, "a config file", ConfigError)
        if "accel" not in data or not isinstance(data["accel"], dict):
            raise ConfigError(f"{path}: expected an [accel] table")
        d = dict(data["accel"])
        base = d.pop("preset", None)
        try:
            if base is not None:
                if not isinstance(base, str):
                    raise ConfigError(f"preset = {base!r} must be a preset's name")
                known = {f.name for f in fields(cls)}
                unknown = sorted(set(d) - known)
                if unknown:
                    raise ConfigError(f"unknown AccelConfig field(s) {unknown}; known: "
                                      f"{sorted(known)}")
                return preset(base).replace(**d)
            return cls.from_dict(d)
        except ConfigError as e:
            raise ConfigError(f"{path}: {e}") from None


# Preset sizes.  The reasoning (LUT/BRAM budgets) is in README "Presets".
PRESETS: dict[str, AccelConfig] = {
    # Mid-sized accelerator for modelling and co-simulation (no board): 8x32 PEs.
    "default": AccelConfig(name="default"),
    # iCEBreaker (iCE40UP5K: 5,280 logic cells, 30 EBR of 256 x 16 bit, 4 SPRAM).  Every
    # buffer word is read whole each cycle, so EBRs set the shape: weights 4 x 16 bit
    # (4 EBR), thresholds + scores 4 x 16 bit (4), activations (1), instructions
    # 512 x 128 bit (16: the digits MLP's dense tiles take 270 at 4 columns) = 25 of 30;
    # two SPRAMs stand in for DRAM (64 KiB, hence dram_addr_bits = 16).  Logic cells are
    # the other limit: one row, dense layers only (no convolution hardware) and 24-bit
    # counters leave room for the UART link.  Measured figures: README "Presets".
    "ice40-up5k": AccelConfig(
        name="ice40-up5k", rows=1, cols=4, lane_bits=16, acc_bits=16, act_bits_max=1,
        act_depth=256, weight_depth=256, thresh_depth=128, out_depth=128, imem_depth=512,
        pop_stages=1, dram_bytes_per_cycle=2, dram_latency=8, counter_bits=24, conv=False,
        dram_addr_bits=16, clock_mhz=30.0),
    # ULX3S-85F (ECP5 LFE5U-85F: 83,640 LUT4, 208 DP16KD of 18 kbit, used by port width).
    # 4x16 PEs of 64 lanes: half the array of the first design, whose 8 rows filled 71 %
    # of the LUTs and did not finish routing in 30 minutes.  DP16KDs: activations 4 banks
    # x 2048 x 64 bit in 2048x9 mode (32: CNV runs with only its 8-bit input streamed in
    # row bands), weights 16 x 512 x 64 in 512x36 (32: one CNV layer's tile at a time),
    # instructions 2048 x 128 (15: CNV's 1,951), thresholds + scores 16 x 24 bit x 384
    # (16), leaving room for the board's on-chip stand-in for DRAM.  16-bit SDRAM at 2x.
    # Seven PE pipeline registers (popcount levels 3, 5, 6, two for the multiplier's
    # operands and two for its product; on the ECP5 the inner two are the MULT18X18D's
    # own, `accel.hdl.dsp`).  The clock is the one its build meets (README "Presets",
    # with the board's placer seed 3).
    "ecp5-85f": AccelConfig(
        name="ecp5-85f", rows=4, cols=16, lane_bits=64, acc_bits=24,
        act_depth=2048, weight_depth=512, thresh_depth=256, out_depth=32,
        pop_stages=7, imem_depth=2048, dram_bytes_per_cycle=4, dram_latency=20,
        plane_dsp=True, clock_mhz=100.0),
    # ULX3S-85F with ESB PEs (`accel.numformats`, b = 4, m = 1) times 4-bit activations:
    # 4x8 PEs of 16 products each (64-bit lanes of 4-bit elements), no DSPs.  An ESB PE
    # is about 44 LUT4s per product with its adder tree (benchmarks/mac_luts.py), so
    # half the XNOR preset's columns keep the array near a quarter of the LUTs.  Four
    # adder-tree registers (after the products and each of the tree's levels 1..3);
    # 15 thresholds per column (4-bit outputs); 64 KiB of weights and 1024 threshold
    # entries per column, so the digits ESB MLP's (41 KiB, 961) stay resident across a
    # run's batch tiles.  The clock is one its build meets: at 100 MHz it reached 84.1
    # (critical path: the POST's 15-level multi-threshold sum into its level register).
    "ecp5-esb": AccelConfig(
        name="ecp5-esb", rows=4, cols=8, lane_bits=64, acc_bits=24, act_bits_max=4,
        act_depth=1024, weight_depth=1024, thresh_depth=1024, out_depth=32,
        pop_stages=4, imem_depth=2048, dram_bytes_per_cycle=4, dram_latency=20,
        clock_mhz=80.0, pe_kind="esb", elem_bits=4, weight_bits=4, esb_mantissa=1),
    # The same accelerator with symmetric int4 weights (plain multipliers in LUTs): the
    # baseline ESB is measured against.
    "ecp5-int4": AccelConfig(
        name="ecp5-int4", rows=4, cols=8, lane_bits=64, acc_bits=24, act_bits_max=4,
        act_depth=1024, weight_depth=1024, thresh_depth=1024, out_depth=32,
        pop_stages=4, imem_depth=2048, dram_bytes_per_cycle=4, dram_latency=20,
        clock_mhz=80.0, pe_kind="int", elem_bits=4, weight_bits=4),
    # LightNorm units (`accel.hdl.lightnorm`) on the post-processing path of a 4x16
    # array of 64 lanes, for modelling and co-simulation (no board build yet): the
    # digits LightNorm MLP with on-device statistics keeps a batch of 120 images' maps
    # on chip (act_depth) and runs layer by layer.
    "lightnorm": AccelConfig(
        name="lightnorm", rows=4, cols=16, lane_bits=64, acc_bits=24, act_depth=1024,
        weight_depth=512, thresh_depth=512, out_depth=32, pop_stages=2, imem_depth=1024,
        dram_bytes_per_cycle=8, dram_latency=20, lightnorm=True, clock_mhz=100.0),
    # Arty A7-35T: 20.8k LUT6s, 50 BRAM36.  2x16 PEs of 64 lanes, 512 Kbit of weights:
    # 4x16 with 1 Mbit took 20,732 LUTs (99.7 %) and 62 BRAM36 in synth_xilinx.
    "xc7a35t": AccelConfig(
        name="xc7a35t", rows=2, cols=16, lane_bits=64, acc_bits=24,
        act_depth=256, weight_depth=512, thresh_depth=256, out_depth=32,
        pop_stages=6, imem_depth=1024, dram_bytes_per_cycle=8, dram_latency=30,
        plane_dsp=True, clock_mhz=100.0),
}


def read_toml(path, what: str, error: type) -> dict:
    """The TOML file at ``path`` (``what`` it should be, for messages); a folder,
    non-UTF-8 bytes or invalid TOML raise ``error`` naming the file."""
    p = Path(path)
    if p.is_dir():
        raise error(f"{p}: is a directory, not {what} (TOML)")
    try:
        return tomllib.loads(p.read_text())
    except UnicodeDecodeError:
        raise error(f"{p}: not {what} (not UTF-8 text)") from None
    except tomllib.TOMLDecodeError as e:
        raise error(f"{p}: not valid TOML: {e}") from None


def preset(name: str) -> AccelConfig:
    """Return the named preset, or raise `ConfigError` listing the presets."""
    try:
        return PRESETS[name]
    except KeyError:
        raise ConfigError(f"unknown preset {name!r}; presets: {sorted(PRESETS)}") from None
