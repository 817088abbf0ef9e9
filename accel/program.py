"""`Program`: instructions + DRAM image + symbols, and its ``.accel`` file format.

File layout (all integers little-endian)::

    offset  size  field
    0       8     magic b"ACCELPRG"
    8       2     ISA version
    10      2     reserved (0)
    12      32    config hash (SHA-256 of the hardware fields, raw bytes)
    44      4     JSON metadata length J
    48      4     instruction count I
    52      4     DRAM image segment count G
    56      J     metadata (UTF-8 JSON: config, symbols, layers, segment table)
    ...     16*I  instruction words
    ...           segment payloads, in segment-table order
    end-4   4     CRC-32 of everything before it

`load` refuses a file that is truncated, has a bad magic, an ISA version it does
not speak, an invalid instruction (naming the word and the field), a CRC that does
not match, or (when a config is given) a config hash of another accelerator.
"""

from __future__ import annotations

import json
import struct
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from . import isa
from .config import AccelConfig

__all__ = ["Program", "Segment", "ProgramError", "MAGIC", "check_config"]

MAGIC = b"ACCELPRG"
_HEAD = struct.Struct("<8sHH32sIII")


class ProgramError(ValueError):
    """A program file is malformed, or does not belong to this accelerator."""


@dataclass
class Segment:
    name: str
    addr: int
    data: bytes


@dataclass
class Program:
    """A compiled program for one `AccelConfig`.

    Attributes
    ----------
    config : AccelConfig
    instrs : list of `isa.Instr`
    segments : list of `Segment`
        Initial DRAM contents (weights, thresholds).
    symbols : dict
        ``"input"`` and ``"output"`` descriptors: DRAM address, row stride, shape,
        encoding.  ``"epilogue_scale"`` (optional): per-class float32 scale applied
        by the host to the integer scores.
    layers : list of dict
        Per layer: name, fan-in/out, planes, MACs per image.
    tags : list of int
        Per instruction, the index of the layer it belongs to (-1: input/output,
        -2: weights and thresholds loaded once for all layers).
    dram_size : int
        Bytes of DRAM the program touches.
    batch : int
        Images per program run.
    """
    config: AccelConfig
    instrs: list
    segments: list
    symbols: dict
    layers: list
    tags: list
    dram_size: int
    batch: int
    meta: dict = field(default_factory=dict)

    # --- text -----------------------------------------------------------------------
    def disassemble(self) -> str:
        names = [l["name"] for l in self.layers]
        lines = [f"; accel program, ISA v{isa.ISA_VERSION}, config {self.config.name} "
                 f"(hash {self.config.hash[:16]}), batch {self.batch}",
                 f"; {len(self.instrs)} instructions, DRAM {self.dram_size} bytes"]
        for s in self.segments:
            lines.append(f"; segment {s.name:<12} @ {s.addr:#010x}  {len(s.data)} bytes")
        for k in ("input", "output"):
            sym = self.symbols[k]
            lines.append(f"; symbol  {k:<12} @ {sym['addr']:#010x}  shape {tuple(sym['shape'])} "
                         f"{sym['encoding']}")
        for i, (ins, t) in enumerate(zip(self.instrs, self.tags)):
            tag = names[t] if t >= 0 else ("io" if t == -1 else "preload")
            lines.append(f"{i:6d}  {isa.disassemble(ins):<96} ; {tag}")
        return "\n".join(lines) + "\n"

    # --- file -----------------------------------------------------------------------
    def to_bytes(self) -> bytes:
        offs, segtab = 0, []
        for s in self.segments:
            segtab.append({"name": s.name, "addr": s.addr, "size": len(s.data)})
        meta = {"config": self.config.to_dict(), "symbols": self.symbols,
                "layers": self.layers, "tags": self.tags, "dram_size": self.dram_size,
                "batch": self.batch, "segments": segtab, "meta": self.meta}
        mj = json.dumps(meta, sort_keys=True).encode()
        head = _HEAD.pack(MAGIC, isa.ISA_VERSION, 0, bytes.fromhex(self.config.hash),
                          len(mj), len(self.instrs), len(self.segments))
        body = head + mj + isa.encode_bytes(self.instrs) + b"".join(s.data for s in self.segments)
        return body + struct.pack("<I", zlib.crc32(body))

    def save(self, path) -> None:
        Path(path).write_bytes(self.to_bytes())

    @classmethod
    def from_bytes(cls, blob: bytes, config: AccelConfig | None = None,
                   where: str = "program") -> "Program":
        if len(blob) < _HEAD.size + 4:
            raise ProgramError(f"{where}: {len(blob)} bytes is too short for a program "
                               f"(header alone is {_HEAD.size + 4})")
        magic, ver, rsv, chash, jlen, n_ins, n_seg = _HEAD.unpack_from(blob)
        if magic != MAGIC:
            raise ProgramError(f"{where}: bad magic {magic!r}, expected {MAGIC!r} "
                               "(not an accel program file)")
        if ver != isa.ISA_VERSION:
            raise ProgramError(f"{where}: ISA version {ver}, this accel speaks version "
                               f"{isa.ISA_VERSION}; recompile the model")
        if rsv:
            raise ProgramError(f"{where}: reserved header field is {rsv}, must be 0")
        pos = _HEAD.size
        need = pos + jlen + n_ins * isa.WORD_BYTES + 4
        if len(blob) < need:
            raise ProgramError(f"{where}: truncated: header announces at least {need} bytes "
                               f"({jlen} of metadata, {n_ins} instructions), file has {len(blob)}")
        ipos = pos + jlen
        try:
            instrs = isa.decode_bytes(blob[ipos:ipos + n_ins * isa.WORD_BYTES])
        except isa.DecodeError as e:
            raise ProgramError(f"{where}: invalid instruction: {e}") from None
        (crc,) = struct.unpack_from("<I", blob, len(blob) - 4)
        calc = zlib.crc32(blob[:-4])
        if crc != calc:
            raise ProgramError(f"{where}: CRC mismatch (stored {crc:#010x}, computed "
                               f"{calc:#010x}): the file is corrupted")
        try:
            meta = json.loads(blob[pos:pos + jlen])
            segtab = meta["segments"]
            if len(segtab) != n_seg:
                raise ProgramError(f"{where}: header says {n_seg} segments, metadata lists "
                                   f"{len(segtab)}")
            pos = ipos + n_ins * isa.WORD_BYTES
            segs = []
            for s in segtab:
                end = pos + int(s["size"])
                if end > len(blob) - 4:
                    raise ProgramError(f"{where}: truncated in segment {s['name']!r} "
                                       f"(needs {end + 4} bytes, file has {len(blob)})")
                segs.append(Segment(str(s["name"]), int(s["addr"]), bytes(blob[pos:end])))
                pos = end
            if pos != len(blob) - 4:
                raise ProgramError(f"{where}: {len(blob) - 4 - pos} unexpected bytes before "
                                   "the CRC")
            cfg = AccelConfig.from_dict(meta["config"])
            prog = cls(cfg, instrs, segs, dict(meta["symbols"]), list(meta["layers"]),
                       list(meta["tags"]), int(meta["dram_size"]), int(meta["batch"]),
                       dict(meta.get("meta", {})))
        except ProgramError:
            raise
        except (ValueError, KeyError, TypeError, AttributeError) as e:
            raise ProgramError(f"{where}: metadata is malformed ({type(e).__name__}: {e})") from None
        if cfg.hash != chash.hex():
            raise ProgramError(f"{where}: header config hash {chash.hex()[:16]} does not match "
                               f"the embedded config ({cfg.hash[:16]})")
        if len(prog.tags) != len(instrs):
            raise ProgramError(f"{where}: {len(prog.tags)} layer tags for {len(instrs)} "
                               "instructions")
        if config is not None:
            check_config(prog, config)
        return prog

    @classmethod
    def load(cls, path, config: AccelConfig | None = None) -> "Program":
        p = Path(path)
        return cls.from_bytes(p.read_bytes(), config, where=str(p))


def check_config(prog: Program, config: AccelConfig) -> None:
    """Refuse to run ``prog`` on an accelerator built from another config."""
    if prog.config.hash != config.hash:
        diff = {k: (v, getattr(config, k)) for k, v in prog.config.hardware_dict().items()
                if getattr(config, k) != v}
        raise ProgramError(
            f"program was compiled for config {prog.config.name!r} (hash "
            f"{prog.config.hash[:16]}) but the accelerator is {config.name!r} (hash "
            f"{config.hash[:16]}); differing fields (program, accelerator): {diff}")
