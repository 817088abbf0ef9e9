"""The ``accel`` command.

    accel demo                         train, compile and simulate the digits MLP
    accel compile CKPT -o prog.accel   compile a checkpoint for a preset or config
    accel simulate prog.accel          run a program on the golden model
    accel disasm prog.accel            print a program readably
    accel presets                      list the shipped accelerator configurations
    accel check CKPT                   which layers of a checkpoint accel supports, and why
    accel generate --all               Verilog + manifest for every preset into rtl_out/
    accel cosim --demo --sim verilator the demo network on the generated RTL vs the model
    accel build --board icebreaker     bitstream with the open toolchain, LUTs, fmax, GOPS/kLUT
    accel run --port /dev/ttyUSB1 p.accel   run a program on a board over its UART link
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from pathlib import Path

import numpy as np

from .program import FIRST_LAYER

__all__ = ["main"]


class CliError(Exception):
    pass


def _console():
    from rich.console import Console
    return Console()


def _config(args):
    from .config import AccelConfig, preset
    if getattr(args, "config", None):
        return AccelConfig.load(args.config)
    return preset(args.preset)


def _energy(args):
    from .energy import EnergyTable
    return EnergyTable.load(args.energy) if getattr(args, "energy", None) else None


def _write_json(args, path, data):
    """Stage ``data`` as standard JSON for ``path`` (written when the command succeeds)."""
    args.out.write_json(path, data)


def _fmt_energy(pj: float) -> str:
    for unit, f in (("mJ", 1e9), ("uJ", 1e6), ("nJ", 1e3)):
        if pj >= f:
            return f"{pj / f:.3g} {unit}"
    return f"{pj:.3g} pJ"


def _layer_table(res, title="per layer (per inference)"):
    from rich.table import Table
    t = Table(title=title)
    for c in ("layer", "MACs", "cycles", "array util.", "DRAM bytes", "energy"):
        t.add_column(c, justify="left" if c == "layer" else "right")
    for l in res.layers:
        t.add_row(l.name, f"{l.macs:,}", f"{l.cycles:,.1f}",
                  f"{100 * l.utilization:.1f} %", f"{l.dram_bytes:,.0f}",
                  _fmt_energy(l.energy_pj))
    return t


def _plot_layers(args, res, path, title):
    """Bar chart of cycles and energy per layer (PNG)."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    names = [l.name for l in res.layers]
    fig, axes = plt.subplots(1, 2, figsize=(11, 0.5 * len(names) + 2), constrained_layout=True)
    for ax, key, label in ((axes[0], "cycles", "cycles per inference"),
                           (axes[1], "energy_pj", "energy per inference (nJ)")):
        vals = [getattr(l, key) / (1e3 if key == "energy_pj" else 1) for l in res.layers]
        ax.barh(names, vals, color="tab:blue" if key == "cycles" else "tab:orange")
        ax.invert_yaxis()
        ax.set_xlabel(label)
        ax.grid(axis="x", alpha=0.3)
    axes[1].set_yticklabels([])
    fig.suptitle(title)
    args.out.savefig(path, fig)
    plt.close(fig)


def _summary_table(rows, title):
    from rich.table import Table
    t = Table(title=title, show_header=False)
    t.add_column("what")
    t.add_column("value", justify="right")
    for k, v in rows:
        t.add_row(k, v)
    return t


# --- demo -------------------------------------------------------------------------------
#: ``--net`` of demo and cosim --demo -> builder in `accel.models`
DEMO_NETS = {"mlp": "digits_mlp", "conv": "digits_cnn", "resnet": "binary_resnet",
             "esb": "digits_esb", "lightnorm": "digits_lightnorm"}
DEMO_TITLES = {"mlp": "binary MLP", "conv": "conv BNN", "resnet": "binary ResNet",
               "esb": "ESB MLP (4-bit ESB weights, m = 1; 4-bit activations)",
               "lightnorm": "binary MLP with LightNorm"}
#: The preset a demo network runs on when none is given (the others: "default").
DEMO_PRESETS = {"esb": "ecp5-esb", "lightnorm": "lightnorm"}
#: Where `benchmarks/mac_luts.py --json` keeps its measured LUT4s per MAC.
MAC_LUTS = Path(__file__).resolve().parent.parent / "benchmarks" / "results" / "mac_luts.json"


def _demo_config(args, given: bool | None = None):
    """The config a demo network runs on: the one given, else its `DEMO_PRESETS`'."""
    if given is None:
        given = bool(getattr(args, "config", None) or getattr(args, "preset", None))
    if given:
        return _config(args)
    from .config import preset
    return preset(DEMO_PRESETS.get(args.net, "default"))


def _mac_luts() -> dict:
    """``{kind: LUT4 per MAC}`` from the committed synthesis benchmark (empty if none)."""
    try:
        rows = json.loads(MAC_LUTS.read_text())["rows"]
    except (OSError, ValueError, KeyError):
        return {}
    return {r["kind"]: r["luts_per_mac"] for r in rows}


def _int4_baseline(args, cfg, xtr, ytr, xte, yte, recipe, con) -> dict:
    """The ESB demo's network with symmetric int4 weights, trained alike, on the same
    accelerator with integer PEs: accuracy, bit-exactness, cycles, energy, LUT4s."""
    import torch
    from .compiler import compile as accel_compile
    from .model import simulate
    from .models import digits_esb
    from .train import accuracy, train
    torch.manual_seed(args.seed)
    model = digits_esb(hidden=args.hidden, layers=args.layers, weights="int", bits=4,
                       mantissa=0)
    train(model, xtr, ytr, seed=args.seed, progress=not args.quiet,
          description=f"training the int4 baseline ({recipe['epochs']} epochs)", **recipe)
    acc, out = accuracy(model, xte, yte)
    icfg = cfg.replace(name=f"{cfg.name}-int4", pe_kind="int", weight_bits=4, esb_mantissa=0)
    prog = accel_compile(model, torch.as_tensor(xte[:1], dtype=torch.float32), icfg,
                         batch=args.batch or icfg.rows)
    res = simulate(prog, xte, energy_table=_energy(args))
    luts = _mac_luts()
    return dict(preset=icfg.name, torch_accuracy=acc,
                model_accuracy=float((res.predictions == yte).mean()),
                mismatches=int((res.logits != out).sum()),
                cycles_per_inference=res.cycles_per_inference,
                energy_pj_per_inference=res.energy_pj_per_inference,
                luts_per_mac=luts.get("int4 x 4b"), esb_luts_per_mac=luts.get("ESB b=4 m=1 x 4b"))

def cmd_demo(args) -> int:
    import torch
    from .compiler import compile as accel_compile
    from .datasets import digits
    from .model import simulate
    from .compiler import torch_trace
    from .models import ARCHS, RECIPES, checkpoint_bytes
    from .train import accuracy, train

    con = _console()
    cfg = _demo_config(args)
    xtr, ytr, xte, yte = digits(seed=args.seed)
    if args.images:
        xte, yte = _first(args.images, xte, "the digits test split", yte)
    arch = DEMO_NETS[args.net]
    recipe = dict(RECIPES[arch])
    if args.epochs:
        recipe["epochs"] = args.epochs
    if args.lr:
        recipe["lr"] = args.lr
    if arch in ("digits_mlp", "digits_esb", "digits_lightnorm"):
        kwargs = dict(hidden=args.hidden, layers=args.layers)
    else:
        kwargs = dict(width=args.width) if args.width else {}
    torch.manual_seed(args.seed)
    model = ARCHS[arch](**kwargs)
    # the network must compile for the config (its PEs, LightNorm units, sizes, the
    # batches): refuse before training and saving a checkpoint, not after
    example = torch.as_tensor(xte[:1], dtype=torch.float32)
    accel_compile(model, example, cfg, batch=args.batch or cfg.rows)
    if args.net == "lightnorm":
        accel_compile(model, example, cfg, batch=args.adapt_batch, adapt=True)
    t0 = time.perf_counter()
    train(model, xtr, ytr, seed=args.seed, progress=not args.quiet,
          description=f"training {arch} ({recipe['epochs']} epochs)", **recipe)
    t_train = time.perf_counter() - t0
    checkpoint = args.checkpoint             # default set by _plan_outputs
    args.out.write_bytes(checkpoint, checkpoint_bytes(model, arch, kwargs, xtr.shape[1:]))
    torch_acc, torch_out = accuracy(model, xte, yte)

    t0 = time.perf_counter()
    prog = accel_compile(model, torch.as_tensor(xte[:1], dtype=torch.float32), cfg,
                         batch=args.batch or cfg.rows)
    t_compile = time.perf_counter() - t0
    t0 = time.perf_counter()
    res = simulate(prog, xte, energy_table=_energy(args), trace=True)
    t_sim = time.perf_counter() - t0

    # torch's hidden activations, for the bit-exact check of every layer
    _, hidden_ref = torch_trace(model, prog, xte)
    mismatches = int((res.logits != torch_out).sum())
    hidden_mismatches = int(sum((a != b).sum() for a, b in zip(hidden_ref, res.hidden)))
    model_acc = float((res.predictions == yte).mean())

    out = dict(
        preset=cfg.name, images=int(len(xte)), torch_accuracy=torch_acc,
        model_accuracy=model_acc, mismatches=mismatches, hidden_mismatches=hidden_mismatches,
        cycles_per_inference=res.cycles_per_inference, cycles_per_run=res.cycles_per_run,
        batch=res.batch, energy_pj_per_inference=res.energy_pj_per_inference,
        inferences_per_second=res.inferences_per_second, clock_mhz=cfg.clock_mhz,
        instructions=len(prog.instrs), layers=[l.to_dict() for l in res.layers],
        counters=res.counters, energy_breakdown_pj=res.energy_breakdown, checkpoint=checkpoint, net=arch,
        seconds=dict(train=t_train, compile=t_compile, simulate=t_sim))
    base = adapted = None
    if args.net == "esb" and not args.no_baseline:
        base = _int4_baseline(args, cfg, xtr, ytr, xte, yte, recipe, con)
        out["int4_baseline"] = base
    if args.net == "lightnorm":
        adapted = _adaptation(args, model, cfg, xte, yte, torch_acc)
        out["adaptation"] = adapted
    if args.json:
        _write_json(args, args.json, out)
    if not args.quiet:
        con.print(_summary_table([
            ("preset", f"{cfg.name} ({cfg.rows}x{cfg.cols} PEs x {cfg.lane_bits} lanes, "
                       f"{cfg.clock_mhz:g} MHz)"),
            ("test images", f"{len(xte)}"),
            ("torch accuracy", f"{100 * torch_acc:.2f} %"),
            ("model accuracy", f"{100 * model_acc:.2f} %"),
            ("mismatching outputs", f"{mismatches} (hidden activations: {hidden_mismatches})"),
            ("cycles per inference", f"{res.cycles_per_inference:,.1f} "
                                     f"({res.cycles_per_run:,} per run of {res.batch})"),
            ("energy per inference", _fmt_energy(res.energy_pj_per_inference)),
            ("inferences / s", f"{res.inferences_per_second:,.0f} at {cfg.clock_mhz:g} MHz"),
            ("program", f"{len(prog.instrs)} instructions"),
            ("wall time", f"train {t_train:.1f} s, compile {t_compile:.2f} s, "
                          f"simulate {t_sim:.2f} s"),
        ], f"accel demo: {DEMO_TITLES[args.net]} on 8x8 digits"))
        con.print(_layer_table(res))
        if base is not None:
            lut = (lambda v: "not measured (run benchmarks/mac_luts.py --json "
                   "benchmarks/results/mac_luts.json)" if v is None else f"{v:.1f}")
            con.print(_summary_table([
                ("test accuracy", f"ESB {100 * torch_acc:.2f} %, int4 "
                                  f"{100 * base['torch_accuracy']:.2f} % (model: "
                                  f"{100 * base['model_accuracy']:.2f} %, "
                                  f"{base['mismatches']} mismatching outputs)"),
                ("cycles per inference", f"ESB {res.cycles_per_inference:,.1f}, int4 "
                                         f"{base['cycles_per_inference']:,.1f}"),
                ("energy per inference", f"ESB {_fmt_energy(res.energy_pj_per_inference)}, "
                                         f"int4 {_fmt_energy(base['energy_pj_per_inference'])}"),
                ("LUT4 per MAC (synth_ecp5)", f"ESB {lut(base['esb_luts_per_mac'])}, int4 "
                                              f"{lut(base['luts_per_mac'])}"),
            ], "the same network with int4 weights"))
        if adapted is not None:
            a = adapted
            con.print(_summary_table([
                ("shifted test split", a["shift"]),
                ("frozen statistics", f"{100 * a['frozen_accuracy']:.2f} % (running "
                                      f"statistics of training; model "
                                      f"{100 * a['frozen_model_accuracy']:.2f} %, "
                                      f"{a['frozen_mismatches']} mismatching outputs)"),
                ("on-device statistics", f"{100 * a['adapted_accuracy']:.2f} % (each batch "
                                         f"of {a['batch']}; model "
                                         f"{100 * a['adapted_model_accuracy']:.2f} %, "
                                         f"{a['adapted_mismatches']} mismatching outputs, "
                                         f"hidden {a['adapted_hidden_mismatches']})"),
                ("recovered", f"{100 * a['recovered']:.0f} % of the accuracy the shift lost"),
                ("unshifted, on-device", f"{100 * a['clean_adapted_accuracy']:.2f} %"),
                ("cycles per inference", f"{a['cycles_per_inference']:,.1f} with on-device "
                                         f"statistics ({a['cycles_per_run']:,} per run of "
                                         f"{a['batch']}), {res.cycles_per_inference:,.1f} frozen"),
                ("energy per inference", f"{_fmt_energy(a['energy_pj_per_inference'])} with "
                                         "on-device statistics"),
            ], "adaptation: frozen vs on-device batch statistics"))
        con.print(f"checkpoint saved to {checkpoint}")
    ok = mismatches == 0 and hidden_mismatches == 0 and (base is None or base["mismatches"] == 0)
    if adapted is not None:
        ok = ok and adapted["frozen_mismatches"] == 0 and adapted["adapted_mismatches"] == 0 \
            and adapted["adapted_hidden_mismatches"] == 0
    return 0 if ok else 1


def _adaptation(args, model, cfg, xte, yte, clean_acc) -> dict:
    """The LightNorm demo's adaptation: on the shifted split (`accel.datasets.shifted`),
    the network with its frozen running statistics and with each batch's statistics
    gathered on the device, in PyTorch and in the model, bit for bit."""
    import torch
    from .compiler import compile as accel_compile
    from .compiler import torch_trace
    from .datasets import shifted
    from .model import simulate
    B = args.adapt_batch
    xs = shifted(xte)
    ex = torch.as_tensor(xte[:1], dtype=torch.float32)
    frozen = accel_compile(model, ex, cfg, batch=args.batch or cfg.rows)
    adapt = accel_compile(model, ex, cfg, batch=B, adapt=True)
    rf = simulate(frozen, xs, energy_table=_energy(args))
    ra = simulate(adapt, xs, energy_table=_energy(args), trace=True)
    rc = simulate(adapt, xte, energy_table=_energy(args))
    tf, _ = torch_trace(model, frozen, xs)
    ta, ta_hidden = torch_trace(model, adapt, xs)
    tc, _ = torch_trace(model, adapt, xte)
    acc = {k: float((v.argmax(axis=1) == yte).mean()) for k, v in
           (("frozen", tf), ("adapted", ta), ("clean_adapted", tc))}
    lost = clean_acc - acc["frozen"]
    return dict(
        shift="pixels x 0.5 + 40, rounded, clipped to 0..255 (accel.datasets.shifted)",
        batch=B, frozen_accuracy=acc["frozen"], adapted_accuracy=acc["adapted"],
        clean_accuracy=clean_acc, clean_adapted_accuracy=acc["clean_adapted"],
        recovered=(acc["adapted"] - acc["frozen"]) / lost if lost > 0 else float("nan"),
        frozen_model_accuracy=float((rf.predictions == yte).mean()),
        adapted_model_accuracy=float((ra.predictions == yte).mean()),
        frozen_mismatches=int((rf.logits != tf).sum()),
        adapted_mismatches=int((ra.logits != ta).sum() + (rc.logits != tc).sum()),
        adapted_hidden_mismatches=int(sum((a != b).sum() for a, b in zip(ta_hidden, ra.hidden))),
        cycles_per_inference=ra.cycles_per_inference, cycles_per_run=ra.cycles_per_run,
        energy_pj_per_inference=ra.energy_pj_per_inference, instructions=len(adapt.instrs))


# --- compile / simulate / disasm ----------------------------------------------------------
def _is_onnx(path) -> bool:
    return str(path).lower().endswith(".onnx")


def _load_network(path):
    """``(model, example input)`` for `accel.compile`: a checkpoint's (.pt), or a QONNX
    file's path (.onnx), which `accel.compile` imports."""
    if _is_onnx(path):
        return str(path), None
    from .models import load_checkpoint
    model, ck = load_checkpoint(path)
    return model, _example(ck)


def _example(ck):
    """An example input of a checkpoint's image shape (one image)."""
    import torch
    return torch.zeros((1, *ck["image_shape"]))


def cmd_compile(args) -> int:
    from .compiler import compile as accel_compile
    cfg = _config(args)
    model, example = _load_network(args.checkpoint)
    t0 = time.perf_counter()
    prog = accel_compile(model, example, cfg, batch=args.batch or cfg.rows,
                         first_layer=args.first_layer, adapt=args.adapt)
    dt = time.perf_counter() - t0
    args.out.write_bytes(args.output, prog.to_bytes())
    info = dict(output=str(args.output), instructions=len(prog.instrs), batch=prog.batch,
                im2col=prog.symbols.input.im2col is not None,
                dram_bytes=prog.dram_size, config=cfg.name, config_hash=cfg.hash,
                seconds=dt, layers=[l.to_dict() for l in prog.layers])
    if args.json:
        _write_json(args, args.json, info)
    _console().print(f"compiled {args.checkpoint} for {cfg.name}: {len(prog.instrs)} "
                     f"instructions, batch {prog.batch}, {prog.dram_size:,} bytes of DRAM "
                     f"-> {args.output} ({dt:.2f} s)")
    return 0


def _npy(path, option: str) -> np.ndarray:
    """A numeric array from a ``.npy`` file, memory-mapped (a large input is read chunk
    by chunk), or `CliError` naming the option and the file."""
    p = Path(path)
    what = f"{option} {p}"
    if not p.exists():
        raise CliError(f"{what}: no such file")
    if p.is_dir():
        raise CliError(f"{what}: is a directory, not a .npy file")
    with open(p, "rb") as f:
        magic = f.read(6)
    if magic[:2] == b"PK":
        raise CliError(f"{what}: an .npz archive; give one array saved with numpy.save")
    if magic != b"\x93NUMPY":
        raise CliError(f"{what}: not a .npy array (no NumPy header)")
    try:
        a = np.load(p, mmap_mode="r", allow_pickle=False)
    except ValueError as e:
        if "pickle" in str(e).lower() or "object" in str(e).lower():
            raise CliError(f"{what}: holds Python objects (an object array), which accel "
                           "does not load; save a numeric array") from None
        raise CliError(f"{what}: not a .npy array ({_one_line(str(e))})") from None
    except (EOFError, UnicodeError) as e:
        raise CliError(f"{what}: not a .npy array ({type(e).__name__})") from None
    if a.dtype.kind not in "biuf":
        raise CliError(f"{what}: dtype {a.dtype} is not numeric")
    return a


def _labels(path, n: int, classes: int) -> np.ndarray:
    """Class indices, one per image: a 1-D integer array of ``n`` values in
    ``0..classes-1``."""
    y = _npy(path, "--labels")
    what = f"--labels {path}"
    if y.ndim != 1:
        raise CliError(f"{what}: shape {y.shape}; expected ({n},), one class index per image")
    if len(y) != n:
        raise CliError(f"{what}: {len(y)} labels for {n} images")
    y = np.asarray(y)
    if y.dtype.kind == "b":
        raise CliError(f"{what}: booleans are not class indices")
    if y.dtype.kind == "f":
        odd = y[~np.isfinite(y) | (y != np.round(y))]
        if len(odd):
            raise CliError(f"{what}: labels must be integers, found {odd[:4].tolist()}")
    y = y.astype(np.int64)
    out = y[(y < 0) | (y >= classes)]
    if len(out):
        raise CliError(f"{what}: labels must be class indices 0..{classes - 1}, found "
                       f"{out[:4].tolist()}")
    return y


def _load_inputs(args, prog):
    """``(images, labels or None)``: --random N images of the program's shape and range,
    or --input's array (memory-mapped), or the digits test split; --images N keeps the
    first N; --labels (or the digits') give an accuracy figure."""
    from .datasets import digits
    labels = None
    random = getattr(args, "random", None)
    images = getattr(args, "images", None)
    if random is not None:
        if images is not None:
            raise CliError(f"--images {images} with --random {random}: --random already says "
                           "how many images")
        if args.labels:
            raise CliError(f"--labels {args.labels} with --random {random}: random images "
                           "have no labels")
        from .hostio import random_images
        x = random_images(prog, random, np.random.default_rng(args.seed))
        return x, None
    if args.input:
        x = _npy(args.input, "--input")
        if x.ndim < 1 or len(x) == 0:
            raise CliError(f"--input {args.input}: holds no images (shape {x.shape})")
        source = f"--input {args.input}"
    else:
        _, _, x, labels = digits()
        source = "the digits test split"
    if args.labels:
        labels = _labels(args.labels, len(x), prog.symbols.output.shape[1])
    if images is not None:
        x, labels = _first(images, x, source, labels)
    return x, labels


def _first(n: int, x, source: str, labels=None):
    """``(x[:n], labels[:n])`` for ``--images n``, refused beyond ``source``'s length."""
    if n > len(x):
        raise CliError(f"--images {n}: {source} has {len(x)} images")
    return x[:n], (labels[:n] if labels is not None else None)


def _compile_checkpoint(args):
    """`accel simulate CKPT.pt` (or `MODEL.onnx`): the network compiled for
    --preset/--config (default the `default` preset), --batch and --adapt; a
    compiled program carries a QONNX graph's preprocessing and output nodes."""
    from .compiler import compile as accel_compile
    from .config import preset
    cfg = _config(args) if (args.config or args.preset) else preset("default")
    model, example = _load_network(args.program)
    return accel_compile(model, example, cfg, batch=args.batch or cfg.rows, adapt=args.adapt)


def _progress_bar(con, description: str):
    """A rich progress bar for work counted in steps (`accel.simulate`'s runs),
    cleared when done."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, \
        TimeRemainingColumn
    return Progress(TextColumn(description), BarColumn(), MofNCompleteColumn(),
                    TimeRemainingColumn(), console=con, transient=True)


def cmd_simulate(args) -> int:
    from .model import simulate
    from .program import Program
    if str(args.program).endswith(".pt") or _is_onnx(args.program):
        prog = _compile_checkpoint(args)
    else:
        prog = Program.load(args.program)
        if args.batch is not None:
            raise CliError(f"--batch {args.batch}: {args.program} is compiled for batch "
                           f"{prog.batch}; --batch applies to a checkpoint or QONNX model")
        if args.adapt and prog.layout.norm_stats != "batch":
            takes = {"none": "no LightNorm statistics",
                     "running": "the running statistics"}[prog.layout.norm_stats]
            raise CliError(f"{args.program}: --adapt, but the program takes {takes}; give "
                           "the checkpoint (.pt) instead, or compile it with "
                           "`accel compile --adapt`")
    cfg = _config(args) if (args.config or args.preset) else prog.config
    from .program import check_config
    check_config(prog, cfg)
    table = _energy(args)
    graph = prog.symbols.input_steps is not None      # an imported QONNX graph's
    if graph and not (args.input or args.random):
        raise CliError(f"{args.program}: give the graph's inputs (--input X.npy, shape (n, "
                       f"{', '.join(map(str, prog.symbols.input.image_shape))})) or "
                       "--random N")
    x, labels = _load_inputs(args, prog)
    con = _console()
    t0 = time.perf_counter()
    with _progress_bar(con, f"simulating {len(x):,} images") as bar:
        task = bar.add_task("", total=None)
        res = simulate(prog, x, config=cfg, energy_table=table,
                       progress=lambda done, total: bar.update(task, completed=done,
                                                               total=total))
    dt = time.perf_counter() - t0
    out = res.summary()
    out["seconds"] = dt
    if labels is not None:
        out["accuracy"] = float((res.predictions == labels).mean())
    if args.output:   # the scores; an imported graph's outputs (its own output nodes)
        args.out.save_npy(args.output, res.outputs if res.outputs is not None else res.scores)
    if args.json:
        _write_json(args, args.json, out)
    if args.plot:
        _plot_layers(args, res, args.plot, f"{Path(args.program).name} on {cfg.name}")
    rows = [("images", f"{res.images:,} ({res.runs:,} run(s) of {res.batch})"),
            ("cycles per inference", f"{res.cycles_per_inference:,.1f}"),
            ("total cycles", f"{res.cycles:,}"),
            ("energy per inference", _fmt_energy(res.energy_pj_per_inference)),
            ("inferences / s", f"{res.inferences_per_second:,.0f} at {cfg.clock_mhz:g} MHz"),
            ("wall time", f"{dt:.3f} s")]
    if "accuracy" in out:
        rows.insert(1, ("accuracy", f"{100 * out['accuracy']:.2f} %"))
    con.print(_summary_table(rows, f"accel simulate {args.program} on {cfg.name}"))
    con.print(_layer_table(res))
    if args.plot:
        con.print(f"per-layer chart: {args.plot}")
    if args.counters:
        con.print(_summary_table([(k, f"{v:,}") for k, v in res.counters.items()], "counters"))
    return 0


def cmd_disasm(args) -> int:
    from .program import Program
    sys.stdout.write(Program.load(args.program).disassemble())
    return 0


def cmd_generate(args) -> int:
    import tempfile
    from .config import PRESETS
    from .hdl.generate import generate
    cfgs = list(PRESETS.values()) if args.all else [_config(args)]
    con = _console()
    for cfg in cfgs:
        t0 = time.perf_counter()
        with tempfile.TemporaryDirectory(prefix="accel-generate-") as tmp:
            files = generate(cfg, tmp)
            size = files[0].stat().st_size
            for f in files:                  # staged: written when every config is done
                args.out.write_bytes(Path(args.output) / cfg.name / f.name, f.read_bytes())
        v, mf = (Path(args.output) / cfg.name / f.name for f in files)
        con.print(f"{cfg.name}: {v} ({size / 1e6:.2f} MB), {mf} "
                  f"[{time.perf_counter() - t0:.1f} s]")
    return 0


def _cosim_demo_program(args, cfg):
    """The digits MLP or conv BNN (trained now if its checkpoint is missing), test images."""
    import torch
    from .compiler import compile as accel_compile
    from .datasets import digits
    from .models import ARCHS, RECIPES, checkpoint_bytes, load_checkpoint
    from .train import train
    arch = DEMO_NETS[args.net]
    ck = Path(args.checkpoint)               # default set by _plan_outputs
    xtr, ytr, xte, _ = digits()
    if ck.exists():
        model, _ = load_checkpoint(ck)
    else:
        torch.manual_seed(0)
        model = ARCHS[arch]()
        train(model, xtr, ytr, progress=not args.quiet,
              description=f"training {arch} (no checkpoint yet)", **RECIPES[arch])
        args.out.write_bytes(ck, checkpoint_bytes(model, arch, {}, xtr.shape[1:]))
    prog = accel_compile(model, torch.as_tensor(xte[:1], dtype=torch.float32), cfg,
                         batch=args.batch or cfg.rows, adapt=args.adapt)
    return prog, _first(args.images or 20, xte, "the digits test split")[0]


def cmd_cosim(args) -> int:
    from .cosim import run_cosim
    from .program import Program
    if args.demo:
        cfg = _demo_config(args, bool(args.config or args.preset_given))
        prog, x = _cosim_demo_program(args, cfg)
    else:
        if not args.program:
            raise CliError("give a PROGRAM file or --demo")
        prog = Program.load(args.program)
        cfg = _config(args) if (args.config or args.preset_given) else prog.config
        from .program import check_config
        check_config(prog, cfg)            # before minutes of building Verilog
        if not args.input and args.images is None:
            args.images = 20
        x, _ = _load_inputs(args, prog)
    t0 = time.perf_counter()
    res = run_cosim(prog, x, args.sim, accelerator=cfg, build_root=args.build_dir,
                    waves=args.waves)
    dt = time.perf_counter() - t0
    out = res.to_dict()
    out["seconds"] = dt
    out["config"] = cfg.name
    if args.json:
        _write_json(args, args.json, out)
    if not args.quiet:
        con = _console()
        con.print(_summary_table([
            ("simulator", args.sim), ("accelerator", cfg.name), ("images", f"{res.images}"),
            ("mismatching outputs", f"{res.mismatches}"),
            ("model cycles", f"{res.model_cycles:,}"),
            ("RTL cycles (counter)", f"{res.rtl_cycles:,}"),
            ("RTL cycles (host-measured)", f"{res.rtl_measured_cycles:,}"),
            ("counters", "all equal" if not res.counter_diffs else
             ", ".join(f"{k}: model {a} RTL {b}" for k, (a, b) in res.counter_diffs.items())),
            ("verdict", "[green]EQUAL[/green]" if res.ok else "[red]MISMATCH[/red]"),
            ("wall time", f"{dt:.1f} s"),
        ], "accel cosim: golden model vs generated Verilog"))
        if not res.ok:
            con.print(res.describe())
    return 0 if res.ok else 1


def cmd_build(args) -> int:
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
    from .board.boards import BOARDS, board
    from .board.build import build_board, report_summary
    names = sorted(BOARDS) if args.board == "all" else [args.board]
    con = _console()
    status = 0
    reports = {}
    from .config import AccelConfig, preset
    override = (AccelConfig.load(args.config) if args.config
                else preset(args.preset) if args.preset else None)
    for name in names:
        b = board(name)
        if override is not None:      # e.g. a smaller array to find a clock's limits fast
            b = dataclasses.replace(b, override=override)
        out = Path(args.output) / name if args.output else Path("build") / "boards" / name
        with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                      console=con, disable=args.quiet) as pr:
            task = pr.add_task(f"{name}: generating", total=None)

            def progress(step, _t, task=task, name=name):
                pr.update(task, description=f"{name}: {step}")
            from .board.build import FitError
            try:
                r = build_board(b, out, progress=progress, seed=args.seed)
            except FitError as e:
                raise CliError(f"{name}: {e}") from None
        reports[name] = r
        if not args.quiet:
            con.print(_summary_table(report_summary(r), f"accel build --board {name}"))
        if r.get("meets_timing") is False:
            status = 1
            print(f"accel build: {name} misses its clock ({r['fmax_worst_mhz']:.1f} MHz < "
                  f"{r['clock_mhz']:g} MHz)", file=sys.stderr)
        if args.reports:
            # another preset than the board's: <board>-<preset>.json
            stem = name if r["preset"] == b.preset else f"{name}-{r['preset']}"
            _write_json(args, Path(args.reports) / f"{stem}.json", r)
    if args.json:
        _write_json(args, args.json, reports[names[0]] if len(names) == 1 else reports)
    return status


def cmd_sweep(args) -> int:
    from .dse.report import LiveView, front_table, log_run, write_report
    from .dse.spec import SweepSpec
    from .dse.sweep import ResultStore, run_sweep
    spec = SweepSpec.load(args.spec)
    folder = Path(args.output or f"out/sweep-{Path(args.spec).stem}")
    con = _console()
    if not con.is_terminal:          # a log file: the Pareto tables' every column
        from rich.console import Console
        con = Console(width=200)
    view = None if args.quiet else LiveView(spec, con)
    try:
        run = run_sweep(spec, folder, address=args.address, cpus=args.cpus,
                        retry_failed=args.retry_failed,
                        on_start=view.start if view else None,
                        on_record=view.record if view else None)
    finally:
        if view is not None:
            view.stop()
            con.print()
    log_run(run.folder, run)
    records = list(ResultStore(run.folder, spec).records.values())
    summary = write_report(spec, records, run.folder)
    summary["this_run"] = run.to_dict()
    if args.json:
        _write_json(args, args.json, summary)
    if not args.quiet:
        from .dse.pareto import front
        varied = [d.name for d in spec.space]
        for net in spec.networks:
            rows, cost = front(records, net.name)
            if rows:
                con.print(front_table(rows, cost, varied, net.name, args.top))
        c = run.counts
        con.print(f"{run.ran} trials run now ({c['ok']} ok, {c['refused']} refused, "
                  f"{c['pruned']} pruned, {c['failed']} failed) in {run.seconds:.1f} s; "
                  f"{run.done_before} were done before; {len(records)} in {run.folder} "
                  f"(results.jsonl, results.csv, summary.json, pareto-*.png)")
    failed = [r for r in records if r["status"] == "failed"]
    for r in failed[:10]:
        print(f"accel sweep: trial {r['key']} ({r['network']}, {r['point']}) failed: "
              f"{_one_line(r['error'] or '')}", file=sys.stderr)
    if run.interrupted:
        print(f"accel sweep: interrupted after {run.ran} trials; run the same command to "
              "resume", file=sys.stderr)
        return 130
    return 1 if failed else 0


def cmd_fit(args) -> int:
    import shutil
    from .dse.fit import fit, network_spec
    from .dse.spec import load_space
    from .outputs import json_text, write_atomic
    net = network_spec(args.net)
    space = load_space(args.space) if args.space else None
    folder = Path(args.output or f"out/fit-{args.board}-{net.name}")
    con = _console()
    import contextlib
    status = contextlib.nullcontext() if args.quiet else con.status("accel fit: model level")
    with status as st:
        def log(text):          # a stage's outcome; the spinner shows the work under way
            if st is not None:
                con.print(f"[bold]fit[/bold] {text}")
                st.update(f"accel fit: {text}")

        def on_record(rec, run):
            if st is not None:
                st.update(f"accel fit: {rec['level']} level, {run.ran} of "
                          f"{run.planned - run.done_before} trials of this stage done "
                          f"(last: {rec['status']})")
        summary = fit(args.board, net, folder, objective=args.objective, margin=args.margin,
                      space=space, samples=args.samples, seed=args.seed, synth=args.synth,
                      builds=args.builds, build_timeout_min=args.build_timeout,
                      cosim_images=args.cosim_images, cosim=not args.no_cosim,
                      retime=not args.no_retime, address=args.address, cpus=args.cpus,
                      retry_failed=args.retry_failed, on_record=on_record, log=log)
    folder = Path(summary["folder"])
    w, pre = summary["winner"], summary["preset"]
    if w is not None:
        from .config import AccelConfig
        cfg = AccelConfig.from_dict(summary["config"])
        write_atomic(folder / "fit.toml", cfg.to_toml().encode())
        shutil.copyfile(summary["build_report"], folder / "build-report.json")
        if summary.get("cosim"):
            write_atomic(folder / "cosim.json", json_text(summary["cosim"]).encode())
    write_atomic(folder / "fit.json", json_text(summary).encode())
    if args.json:
        _write_json(args, args.json, summary)
    ok_cosim = w is None or not summary.get("cosim") or (
        summary["cosim"]["status"] == "ok" and summary["cosim"]["metrics"].get("cosim_equal"))
    if not args.quiet:
        rows = [("board", args.board), ("network", net.name),
                ("model level", f"{summary['model']['configurations']} configurations, "
                                f"{summary['model']['compiled']} compile, "
                                f"{summary['model']['designs']} designs"),
                ("synth level", f"{summary['synth']['tried']} tried, "
                                f"{summary['synth']['fit']} fit, {summary['synth']['too_large']} "
                                f"too large, {summary['synth']['skipped']} skipped"),
                ("build level", f"{summary['build']['built']} placed and routed")]
        if summary.get("retimed"):
            rt = summary["retimed"]
            rows.append(("retimed", f"no candidate met its clock; the best reached "
                                    f"{rt['from_mhz']:.2f} MHz and was built again at "
                                    + ", ".join(f"{c:g}" for c in rt["clocks_mhz"]) + " MHz"))
        if w is not None:
            m = w["metrics"]
            cfg_s = ", ".join(f"{k} = {v}" for k, v in w["point"].items())
            rows += [("winner", cfg_s),
                     ("frames/s at its clock", f"{m['frames_per_s']:,.0f} "
                      f"({summary['config']['clock_mhz']:g} MHz, met: fmax {m['fmax_mhz']:.1f})"),
                     ("frames/s at fmax", f"{m['frames_per_s_at_fmax']:,.0f}"),
                     ("energy per inference", f"{m['energy_uj']:.2f} uJ"),
                     ("LUTs, BRAMs, DSPs (placed)", f"{m['luts']:,}, {m['brams']}, {m['dsps']}")]
            if summary.get("cosim"):
                rows.append(("cosim", "EQUAL" if ok_cosim else
                             f"MISMATCH: {summary['cosim'].get('error') or 'outputs differ'}"))
        else:
            rows.append(("winner", "none: no candidate fits and meets its clock"))
        pm = pre.get("metrics", {})
        if pm.get("frames_per_s"):
            rows.append((f"preset {pre['preset']}", f"{pm['frames_per_s']:,.0f} frames/s at its "
                         "clock" + (f", {pre['frames_per_s_at_fmax']:,.0f} at its measured "
                                    f"fmax {pre['fmax_mhz']:.1f} MHz ({pre['luts']:,} LUTs)"
                                    if pre.get("fmax_mhz") else "")
                         + f", {pm['energy_uj']:.2f} uJ"))
        con.print(_summary_table(rows, f"accel fit --board {args.board} --net {net.name}"))
        if w is not None:
            con.print(f"wrote {folder}/fit.toml, build-report.json, "
                      f"{'cosim.json, ' if summary.get('cosim') else ''}fit.json")
    if w is None:
        print("accel fit: no configuration fits the board and meets its clock (see "
              f"{folder}/fit.json)", file=sys.stderr)
        return 1
    return 0 if ok_cosim else 1


def cmd_run(args) -> int:
    from .host import BoardLink, open_serial, run_on_board
    from .cosim import counter_diffs
    from .model import simulate
    from .program import Program
    prog = Program.load(args.program)
    x, labels = _load_inputs(args, prog)
    link = BoardLink(open_serial(args.port, args.baud, args.timeout))
    run = run_on_board(link, prog, x, timeout_s=args.run_timeout)
    res = simulate(prog, x)
    mism = int((run.scores != res.scores).sum())
    cdiff = counter_diffs(prog.config, res, run.counters)
    out = {"images": len(x), "mismatches": mism, "model_cycles": res.cycles,
           "board_cycles": sum(c["cycles"] for c in run.counters), "counter_diffs": cdiff,
           "seconds": run.seconds}
    if labels is not None:
        out["board_accuracy"] = float((run.scores.argmax(1) == labels).mean())
    if args.output:
        args.out.save_npy(args.output, run.scores)
    if args.json:
        _write_json(args, args.json, out)
    if not args.quiet:
        _console().print(_summary_table([(k, str(v)) for k, v in out.items()],
                                        f"accel run on {args.port}"))
    return 0 if mism == 0 and not cdiff and out["model_cycles"] == out["board_cycles"] else 1


def cmd_check(args) -> int:
    from rich.table import Table
    from .compiler import CompileError
    from .compiler import compile as accel_compile
    from .compiler.graph import check_model
    from .config import PRESETS, AccelConfig, preset
    if args.config:
        configs = [AccelConfig.load(args.config)]
    else:
        configs = [preset(n) for n in (args.preset or list(PRESETS))]
    if _is_onnx(args.checkpoint):
        from .interop.qonnx_import import check_qonnx, load_qonnx
        rows, layer_error = check_qonnx(args.checkpoint)
        model, example = load_qonnx(args.checkpoint), None
    else:
        from .models import load_checkpoint
        model, ck = load_checkpoint(args.checkpoint)
        rows, layer_error = check_model(model, ck.get("image_shape"))
        example = _example(ck)
    verdicts = {}
    for cfg in configs:                  # what `accel compile` says, config by config
        try:
            prog = accel_compile(model, example, cfg, batch=cfg.rows)
            verdicts[cfg.name] = {"compiles": True, "error": None,
                                  "instructions": len(prog.instrs), "batch": prog.batch}
        except CompileError as e:
            verdicts[cfg.name] = {"compiles": False, "error": str(e)}
    ok = [n for n, v in verdicts.items() if v["compiles"]]
    error = None if ok else (layer_error or next(iter(verdicts.values()))["error"])
    if args.json:
        _write_json(args, args.json, {"layers": rows, "compiles": bool(ok), "error": error,
                                      "configs": verdicts})
    t = Table(title=f"accel check {args.checkpoint}")
    for c in ("layer", "type", "status", "reason"):
        t.add_column(c)
    color = {"supported": "green", "not yet": "yellow", "unsupported": "red"}
    for r in rows:
        t.add_row(r["name"], r["type"], f"[{color[r['status']]}]{r['status']}[/]", r["reason"])
    con = _console()
    con.print(t)
    pt = Table(title="compiles for (what `accel compile --preset P` does)")
    for c in ("config", "compiles", "instructions", "why not"):
        pt.add_column(c)
    for n, v in verdicts.items():
        pt.add_row(n, "[green]yes[/green]" if v["compiles"] else "[red]no[/red]",
                   str(v.get("instructions", "")), v["error"] or "")
    con.print(pt)
    con.print(f"[green]compiles[/green] for {', '.join(ok)}" if ok else
              f"[red]does not compile:[/red] {error}")
    return 0 if ok else 1


def cmd_export(args) -> int:
    from .interop.qonnx_export import export_qonnx
    from .models import load_checkpoint
    model, ck = load_checkpoint(args.checkpoint)
    proto = export_qonnx(model, ck["image_shape"])
    args.out.write_bytes(args.output, proto.SerializeToString())
    ops = sorted({n.op_type for n in proto.graph.node})
    _console().print(f"exported {args.checkpoint} as QONNX: {len(proto.graph.node)} nodes "
                     f"({', '.join(ops)}) -> {args.output}")
    return 0


def cmd_presets(args) -> int:
    from rich.table import Table
    from .config import PRESETS, preset
    if args.show:
        sys.stdout.write(preset(args.show).to_toml())
        return 0
    if args.json:
        _write_json(args, args.json, {n: dict(c.to_dict(), hash=c.hash) for n, c in PRESETS.items()})
    names = list(PRESETS)
    per = 4                                    # presets side by side (an 80-column terminal)
    for k in range(0, len(names), per):
        group = names[k:k + per]
        t = Table(title="accelerator presets" + (f" ({k // per + 1}/{-(-len(names) // per)})"
                                                  if len(names) > per else ""))
        t.add_column("field")
        for name in group:
            t.add_column(name, justify="right")
        for f in preset("default").to_dict():
            if f != "name":
                t.add_row(f, *(str(getattr(PRESETS[n], f)) for n in group))
        _console().print(t)
    return 0


# --- argument parsing -----------------------------------------------------------------------
def _int_in(lo: int, hi: int | None = None, what: str = ""):
    """An argparse type: an integer in ``lo..hi`` (argparse names the option in its
    error)."""
    def parse(text: str) -> int:
        try:
            v = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not an integer") from None
        if v < lo or (hi is not None and v > hi):
            raise argparse.ArgumentTypeError(
                f"{v} must be {what or f'in {lo}..{hi}'}")
        return v
    return parse


#: argparse types: a count (>= 1) and a seed (0..2**32-1)
_positive = _int_in(1, what="a positive integer")
_seed = _int_in(0, (1 << 32) - 1)


def _positive_float(text: str) -> float:
    """argparse type: a finite number > 0."""
    try:
        v = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not (v > 0 and v < float("inf")):
        raise argparse.ArgumentTypeError(f"{text} must be a finite number > 0")
    return v


def _fraction(text: str) -> float:
    """An argparse type: a number in [0, 1)."""
    try:
        v = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not 0 <= v < 1:
        raise argparse.ArgumentTypeError(f"{v:g} must be in [0, 1): the share of each "
                                         "resource left free")
    return v


def _add_config(p, default_preset="default"):
    g = p.add_mutually_exclusive_group()
    g.add_argument("--preset", default=default_preset,
                   help="accelerator preset (see `accel presets`; default: "
                        + ("%(default)s)" if default_preset else
                           "the network's: ecp5-esb for --net esb, default otherwise)"))
    g.add_argument("--config", metavar="TOML",
                   help="accelerator config file ([accel] table; may name a base `preset`)")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="accel",
        description="Compile binary PyTorch networks for the accel FPGA accelerator and "
                    "simulate them with a cycle-exact golden model.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="Run `accel SUBCOMMAND --help` for each subcommand's options.")
    sub = p.add_subparsers(dest="cmd", metavar="SUBCOMMAND", required=True)

    d = sub.add_parser("demo", help="train, compile and simulate a BNN on 8x8 digits",
                       description="Train a binary network on scikit-learn's bundled 8x8 digits "
                       "(8-bit input, binary weights and activations): the MLP (--net mlp) or "
                       "the conv BNN (--net conv: 3x3 convs, max-pool, binary FC). Compile it, "
                       "run the whole test split through the golden model, and check it "
                       "against PyTorch bit for bit, every hidden layer included. Exits 1 on "
                       "any mismatch.")
    _add_config(d, default_preset=None)
    d.add_argument("--net", choices=list(DEMO_NETS), default="mlp",
                   help="mlp: accel.models.digits_mlp; conv: accel.models.digits_cnn; "
                        "resnet: accel.models.binary_resnet (residual); esb: "
                        "accel.models.digits_esb (ESB weights b=4 m=1, 4-bit activations, "
                        "on preset ecp5-esb; also trains the int4 baseline); lightnorm: "
                        "accel.models.digits_lightnorm (LightNorm in place of batch norm, on "
                        "preset lightnorm; also runs the shifted test split with frozen and "
                        "with on-device batch statistics) (default %(default)s)")
    d.add_argument("--no-baseline", action="store_true",
                   help="--net esb: skip the int4 baseline")
    d.add_argument("--adapt-batch", type=_positive, default=120,
                   help="--net lightnorm: images per run with on-device batch statistics "
                        "(a multiple of rows; default %(default)s: the test split's 360 in 3)")
    d.add_argument("--epochs", type=_positive, default=None,
                   help="training epochs (default: the net's recipe, accel.models.RECIPES)")
    d.add_argument("--hidden", type=_positive, default=256, help="MLP hidden width (default %(default)s)")
    d.add_argument("--layers", type=_positive, default=2, help="MLP hidden layers (default %(default)s)")
    d.add_argument("--width", type=_positive, default=None,
                   help="conv BNN / ResNet channel count (default: the builder's, 64 / 32)")
    d.add_argument("--lr", type=_positive_float, default=None, help="Adam learning rate (default: recipe)")
    d.add_argument("--seed", type=_seed, default=0, help="seed for the split and training")
    d.add_argument("--images", type=_positive, default=None, help="use only the first N test images")
    d.add_argument("--batch", type=_positive, default=None,
                   help="images per program run (multiple of rows; default rows)")
    d.add_argument("--checkpoint", default="",
                   help="where to save the trained model (default out/digits_mlp.pt or "
                        "out/digits_cnn.pt)")
    d.add_argument("--energy", metavar="TOML", help="energy table overriding the defaults")
    d.add_argument("--json", metavar="PATH", help="also write the summary as JSON")
    d.add_argument("-q", "--quiet", action="store_true", help="print nothing (use with --json)")
    d.set_defaults(fn=cmd_demo)

    c = sub.add_parser("compile", help="compile a checkpoint into a program file",
                       description="Compile an accel checkpoint (as saved by `accel demo`) "
                       "or a QONNX model (.onnx, as Brevitas's export_qonnx writes it) into an "
                       ".accel program for an accelerator configuration. A QONNX program "
                       "takes the graph's quantized input (its preprocessing and output "
                       "nodes are applied by `accel simulate MODEL.onnx`).")
    c.add_argument("checkpoint", help="checkpoint file (.pt) or QONNX model (.onnx)")
    _add_config(c)
    c.add_argument("-o", "--output", required=True, help="program file to write (.accel)")
    c.add_argument("--batch", type=_positive, default=None,
                   help="images per program run (multiple of rows; default rows)")
    c.add_argument("--first-layer", choices=FIRST_LAYER, default="auto",
                   help="how a first convolution reads the image: im2col (the host unfolds "
                   "each output pixel's window into one pixel, read as a 1x1 convolution), "
                   "direct (the window walker reads the image), or auto: im2col when it "
                   "takes fewer GEMM steps and fits (default)")
    c.add_argument("--adapt", action="store_true",
                   help="LightNorm layers take each run's batch statistics, gathered on the "
                        "device (on-device adaptation), instead of the running statistics: "
                        "the program runs layer by layer over the whole --batch")
    c.add_argument("--json", metavar="PATH", help="write compile information as JSON")
    c.set_defaults(fn=cmd_compile)

    s = sub.add_parser("simulate", help="run a program on the golden model",
                       description="Run a program on the cycle-exact golden model and report "
                       "outputs, cycles, energy and per-layer figures. Inputs come from "
                       "--input (a .npy of images), --random N (random images of the "
                       "program's input shape, for cost studies) or, by default, the digits "
                       "test split.")
    s.add_argument("program", help="program file (.accel), or a checkpoint (.pt) or QONNX "
                                   "model (.onnx) to compile first (for --preset/--config, "
                                   "default 'default'); a QONNX model takes the graph's raw "
                                   "inputs (--input or --random: uniform in [0, 1)) and "
                                   "--output saves the graph's outputs")
    s.add_argument("--adapt", action="store_true",
                   help="LightNorm networks: take each run's batch statistics on the device "
                        "(on-device adaptation) instead of the frozen running statistics; "
                        "with a checkpoint, compile it so (`accel compile --adapt`)")
    s.add_argument("--batch", type=_positive, default=None,
                   help="with a checkpoint: images per run (multiple of rows; default rows)")
    g = s.add_mutually_exclusive_group()
    g.add_argument("--preset", default=None, help="run on this preset (must match the program)")
    g.add_argument("--config", metavar="TOML", help="run on this config (must match the program)")
    src = s.add_mutually_exclusive_group()
    src.add_argument("--input", metavar="NPY", help="images, shape (n, *image_shape)")
    s.add_argument("--labels", metavar="NPY", help="labels for an accuracy figure")
    s.add_argument("--images", type=_positive, default=None, help="use the first N images of --input or the digits test split")
    src.add_argument("--random", type=_positive, default=None, metavar="N",
                   help="N random images of the program's input shape and range")
    s.add_argument("--seed", type=_seed, default=0, help="seed of --random (default 0)")
    s.add_argument("--energy", metavar="TOML", help="energy table overriding the defaults")
    s.add_argument("--output", metavar="NPY", help="save the integer scores")
    s.add_argument("--counters", action="store_true", help="print every performance counter")
    s.add_argument("--json", metavar="PATH", help="write the full result as JSON")
    s.add_argument("--plot", metavar="PNG", help="write a per-layer bar chart of cycles and energy")
    s.add_argument("--report", action="store_true",
                   help="per-layer report: the table (MACs, cycles, array utilisation, DRAM "
                        "bytes, energy) and its bar chart, written to --plot or "
                        "PROGRAM.layers.png")
    s.set_defaults(fn=cmd_simulate)

    a = sub.add_parser("disasm", help="print a program file readably",
                       description="Print a program's header, DRAM segments, symbols and "
                       "instructions (one per line, tagged with their layer).")
    a.add_argument("program", help="program file (.accel)")
    a.set_defaults(fn=cmd_disasm)

    gsub = sub.add_parser("generate", help="write Verilog + manifest for a preset or config",
                          description="Generate deterministic Verilog of the accelerator from "
                          "Amaranth (no source locations) and a JSON manifest (config, config "
                          "hash, ISA version, ports, counters) into OUTPUT/<config name>/.")
    _add_config(gsub)
    gsub.add_argument("--all", action="store_true", help="every preset")
    gsub.add_argument("-o", "--output", default="rtl_out", help="output folder (default %(default)s)")
    gsub.set_defaults(fn=cmd_generate)

    cs = sub.add_parser("cosim", help="run a program on the generated RTL and compare with the model",
                        description="Co-simulate: run a program on the generated Verilog under "
                        "cocotb (Verilator or Icarus) with a cycle-level DRAM model, and check "
                        "outputs, total cycles and every performance counter against the "
                        "golden model. Exits 1 on any difference (the report names the first "
                        "differing output and the counters that diverged, and keeps a "
                        "waveform).")
    cs.add_argument("program", nargs="?", help="program file (.accel); or use --demo")
    cs.add_argument("--demo", action="store_true",
                    help="the digits network of `accel demo` (trained first if no checkpoint)")
    cs.add_argument("--net", choices=list(DEMO_NETS), default="mlp",
                    help="--demo network: the MLP, the conv BNN or the binary ResNet "
                         "(default %(default)s)")
    cs.add_argument("--checkpoint", default="",
                    help="checkpoint for --demo (default out/<builder>.pt, e.g. "
                         "out/digits_mlp.pt)")
    g = cs.add_mutually_exclusive_group()
    g.add_argument("--preset", default=None,
                   help="accelerator to build (default: the program's config; --demo: default)")
    g.add_argument("--config", metavar="TOML", help="accelerator config to build")
    cs.add_argument("--adapt", action="store_true",
                    help="--demo --net lightnorm: the program with on-device batch statistics")
    cs.add_argument("--batch", type=_positive, default=None,
                    help="--demo: images per program run (multiple of rows; default rows)")
    cs.add_argument("--sim", choices=("verilator", "icarus"), default="verilator")
    cs.add_argument("--images", type=_positive, default=None,
                    help="use the first N images (default: 20 of the digits test split; all "
                         "of --input)")
    cs.add_argument("--input", metavar="NPY", help="images for a PROGRAM (default: digits)")
    cs.add_argument("--labels", metavar="NPY", help=argparse.SUPPRESS)
    cs.add_argument("--build-dir", default=None, help="simulator build cache (default build/cosim)")
    cs.add_argument("--waves", action="store_true", help="record a waveform")
    cs.add_argument("--json", metavar="PATH", help="write the comparison as JSON")
    cs.add_argument("-q", "--quiet", action="store_true")
    cs.set_defaults(fn=cmd_cosim)

    ex = sub.add_parser("export", help="write a checkpoint as a QONNX graph (for FINN, qonnx)",
                        description="Write an accel checkpoint as a QONNX graph that qonnx's "
                        "executor and FINN run: BipolarQuant'ed weights in Gemm/Conv, the "
                        "folded batch norms and activations as MultiThreshold nodes, explicit "
                        "Pad nodes with the layers' pad values. Its outputs are the program's "
                        "integer scores, and `accel compile` of it gives the same program.")
    ex.add_argument("checkpoint", help="checkpoint file (.pt)")
    ex.add_argument("-o", "--output", required=True, help="QONNX file to write (.onnx)")
    ex.set_defaults(fn=cmd_export)

    ck = sub.add_parser("check", help="list every layer of a checkpoint as supported or not",
                        description="Trace a checkpoint's model (or walk a QONNX graph's nodes) "
                        "and list every layer with its "
                        "support status (supported / not yet / unsupported) and the reason, "
                        "then compile it, as `accel compile` does, for each --preset (default "
                        "every shipped preset) or the --config: whether it compiles there, or "
                        "why not. Exits 0 if it compiles for at least one of them, else 1.")
    ck.add_argument("checkpoint", help="checkpoint file (.pt) or QONNX model (.onnx)")
    g = ck.add_mutually_exclusive_group()
    g.add_argument("--preset", action="append", metavar="NAME",
                   help="compile for this preset (repeatable; default: every shipped preset, "
                        "one row each)")
    g.add_argument("--config", metavar="TOML", help="compile for this accelerator config")
    ck.add_argument("--json", metavar="PATH", help="write the table as JSON")
    ck.set_defaults(fn=cmd_check)

    bd = sub.add_parser(
        "build", help="synthesise, place and route a board build and report LUTs and fmax",
        description="Build the accelerator, its on-chip memory and its UART host link for a "
                    "board with the open toolchain from PyPI (YoWASP Yosys, nextpnr, "
                    "icepack/ecppack) and report resources used and available, fmax per clock "
                    "(nextpnr), whether the preset's clock is met, peak GOPS (binary MACs, or "
                    "ESB / integer ones), GOPS/kLUT, LUT4 per MAC of the array, and the "
                    "digits demo's inferences/s. "
                    "arty-a7-35 is synth_xilinx utilization only (no open place and route). "
                    "Exit status 2 when the design does not fit (naming the resource and the "
                    "numbers), 1 when it misses its clock.")
    bd.add_argument("--board", required=True, help="icebreaker, ulx3s-85f, arty-a7-35 or all")
    bd.add_argument("-o", "--output", metavar="DIR", help="build folder (default build/boards/NAME)")
    bd.add_argument("--json", metavar="PATH", help="write the report as JSON")
    bd.add_argument("--reports", metavar="DIR", help="also write DIR/<board>.json (make boards)")
    bd.add_argument("--seed", type=_seed, default=None,
                    help="nextpnr placer seed (default: the board's, the one its committed "
                         "report was built with; fmax varies from seed to seed)")
    g = bd.add_mutually_exclusive_group()
    g.add_argument("--config", metavar="TOML",
                   help="build this accelerator config ([accel] table; may name a base "
                        "`preset`) in place of the board's preset, e.g. a 1 x 4 array with "
                        "clock_mhz = 100 to see in minutes what limits the control logic")
    g.add_argument("--preset", metavar="NAME",
                   help="build this preset in place of the board's (e.g. ecp5-esb on "
                        "ulx3s-85f; --reports then writes <board>-<preset>.json)")
    bd.add_argument("-q", "--quiet", action="store_true")
    bd.set_defaults(fn=cmd_build)

    sw = sub.add_parser(
        "sweep", help="explore accelerator configs x networks on Ray (Pareto report)",
        description="Evaluate the configurations of a sweep specification (TOML: [sweep], "
                    "[space], [[network]]; see the README) on each network at the levels it "
                    "asks for: model (cycles, frames/s, energy, utilization), synth (LUTs, "
                    "FFs, block RAMs, DSPs from Yosys), build (place and route: fmax, meets "
                    "timing), cosim (a few images on Verilator). Trials run as Ray Tune tasks "
                    "(a local Ray runtime, or --address); each result is appended to "
                    "DIR/results.jsonl and DIR/results.csv as it arrives. Running the same "
                    "command again resumes: finished trials are not run again. At the end: "
                    "DIR/summary.json and DIR/pareto-<network>.png (frames/s vs LUTs or array "
                    "size vs energy, the Pareto front marked). Exit status 1 if a trial failed "
                    "(a tool or a bug; listed), 130 if interrupted.")
    sw.add_argument("spec", metavar="SPEC.toml", help="the sweep specification")
    sw.add_argument("-o", "--output", metavar="DIR",
                    help="the sweep's folder (default out/sweep-<SPEC name>); the same folder "
                         "resumes")
    sw.add_argument("--address", metavar="ADDR",
                    help="a running Ray cluster's address (default: start a local one)")
    sw.add_argument("--cpus", type=_int_in(1, 4096), default=None,
                    help="CPUs of the local Ray runtime (default: all); one trial per CPU")
    sw.add_argument("--retry-failed", action="store_true",
                    help="run the trials that failed before again (default: keep their error)")
    sw.add_argument("--top", type=_positive, default=12,
                    help="Pareto rows shown per network (default 12; all are in summary.json)")
    sw.add_argument("--json", metavar="PATH", help="also write the summary here")
    sw.add_argument("-q", "--quiet", action="store_true")
    sw.set_defaults(fn=cmd_sweep)

    ft = sub.add_parser(
        "fit", help="find the fastest (or most frugal) accelerator for a network on a board",
        description="Search accelerator configurations for NET on BOARD and prove the "
                    "winner: the model level ranks --samples random configurations (by "
                    "default around the board's preset; --space takes a sweep spec's [space]), "
                    "the synth level drops those whose synthesis does not fit the board with "
                    "--margin of every resource free (and, unsynthesized, those at least as "
                    "big as one that did not), the build level places and routes the best "
                    "--builds and keeps the best that fits and meets its clock, and the winner "
                    "runs a few images on Verilator. Writes DIR/fit.toml (the winning config), "
                    "DIR/build-report.json, DIR/cosim.json and DIR/fit.json. Trials run on Ray "
                    "like accel sweep's and resume the same way. Exit 1 if nothing fits or the "
                    "cosim differs.")
    ft.add_argument("--board", required=True, help="icebreaker or ulx3s-85f")
    ft.add_argument("--net", required=True,
                    help="a network builder (cnv, digits_mlp, ...), a checkpoint .pt or a "
                         "QONNX .onnx")
    ft.add_argument("--objective", choices=("frames_per_s", "energy_uj"), default="frames_per_s")
    ft.add_argument("--margin", type=_fraction, default=0.3,
                    help="share of each resource left free (default 0.3: ECP5 designs above "
                         "about 70 %% of the LUTs did not route in 30 minutes)")
    ft.add_argument("--space", metavar="SPEC.toml",
                    help="search this file's [space] table (a sweep spec's; lists and ranges) "
                         "instead of the default space around the board's preset")
    ft.add_argument("--samples", type=_positive, default=300,
                    help="random configurations at the model level (default 300)")
    ft.add_argument("--seed", type=_seed, default=0)
    ft.add_argument("--synth", type=_positive, default=4,
                    help="candidates that must pass synthesis before building (default 4)")
    ft.add_argument("--builds", type=_positive, default=2,
                    help="most place-and-routes (default 2)")
    ft.add_argument("--build-timeout", type=_positive_float, default=45.0, metavar="MIN",
                    help="stop a place and route after MIN minutes (default 45)")
    ft.add_argument("--cosim-images", type=_int_in(1, 64), default=2)
    ft.add_argument("--no-cosim", action="store_true", help="skip the winner's co-simulation")
    ft.add_argument("--no-retime", action="store_true",
                    help="when no build meets its clock, stop there (default: build the best "
                         "again at 97 %%, 90 %% and 80 %% of the fmax it reached, as many at once as "
                         "there are CPUs, until one meets its clock)")
    ft.add_argument("--retry-failed", action="store_true",
                    help="run the trials that failed before again (a tool's crash)")
    ft.add_argument("-o", "--output", metavar="DIR",
                    help="the fit's folder (default out/fit-BOARD-NET); the same folder resumes")
    ft.add_argument("--address", metavar="ADDR", help="a running Ray cluster's address")
    ft.add_argument("--cpus", type=_int_in(1, 4096), default=None,
                    help="CPUs of the local Ray runtime (default: all)")
    ft.add_argument("--json", metavar="PATH", help="also write the summary here")
    ft.add_argument("-q", "--quiet", action="store_true")
    ft.set_defaults(fn=cmd_fit)

    rn = sub.add_parser(
        "run", help="run a program on a board over its UART link and compare with the model",
        description="Load PROGRAM and its DRAM image into a board built with `accel build` "
                    "(over the UART host link, accel/board/protocol.py), run it on the images, "
                    "read back the scores and the counters, and compare them with the golden "
                    "model. Exit 1 on any difference, 2 when the board refuses the program "
                    "(another accelerator, too large for its memory) or does not answer.")
    rn.add_argument("program", help="a .accel file compiled for the board's preset")
    rn.add_argument("--port", required=True, help="serial port, e.g. /dev/ttyUSB1")
    rn.add_argument("--baud", type=_positive, default=115200)
    rn.add_argument("--timeout", type=_positive_float, default=2.0, help="seconds to wait for a reply")
    rn.add_argument("--run-timeout", type=_positive_float, default=60.0,
                    help="seconds to wait for one run to finish")
    rn.add_argument("--input", metavar="X.npy", help="images (default: the digits test split)")
    rn.add_argument("--labels", metavar="Y.npy")
    rn.add_argument("--images", type=_positive, help="use the first N images")
    rn.add_argument("--output", metavar="S.npy", help="save the board's scores")
    rn.add_argument("--json", metavar="PATH")
    rn.add_argument("-q", "--quiet", action="store_true")
    rn.set_defaults(fn=cmd_run, random=None, seed=0)

    r = sub.add_parser("presets", help="list accelerator presets",
                       description="List the shipped presets, or print one as TOML.")
    r.add_argument("--show", metavar="NAME", help="print this preset as a TOML config")
    r.add_argument("--json", metavar="PATH", help="write every preset (with its hash) as JSON")
    r.set_defaults(fn=cmd_presets)
    return p


#: Suffixes `--plot` takes (the formats matplotlib's Agg back end writes)
PLOT_SUFFIXES = (".png", ".pdf", ".svg", ".jpg", ".jpeg")


def _plan_outputs(args):
    """Every output path of the command, checked before any work (`accel.outputs`)."""
    from .outputs import Outputs
    out = Outputs()
    add = out.add
    cmd = args.cmd
    add(getattr(args, "json", None), "--json")
    if cmd in ("demo", "cosim") and getattr(args, "net", None):
        args.checkpoint = args.checkpoint or f"out/{DEMO_NETS[args.net]}.pt"
    if cmd == "demo":
        add(args.checkpoint, "--checkpoint")
    elif cmd == "compile":
        add(args.output, "-o")
    elif cmd == "simulate":
        add(args.output, "--output", suffixes=(".npy",))
        args.plot = args.plot or (str(Path(args.program).with_suffix(".layers.png"))
                                  if args.report else None)
        add(args.plot, "--plot", suffixes=PLOT_SUFFIXES)
    elif cmd == "generate":
        add(args.output, "-o", folder=True)
    elif cmd == "cosim":
        add(args.build_dir, "--build-dir", folder=True)
        if args.demo:
            if not Path(args.checkpoint).exists():       # trained and saved by the command
                add(args.checkpoint, "--checkpoint")
    elif cmd == "build":
        add(args.output, "-o", folder=True)
        add(args.reports, "--reports", folder=True)
    elif cmd == "run":
        add(args.output, "--output", suffixes=(".npy",))
    elif cmd in ("sweep", "fit"):
        add(args.output, "-o", folder=True)
    elif cmd == "export":
        add(args.output, "-o", suffixes=(".onnx",))
    return out


def _user_errors() -> tuple:
    """The exceptions that mean bad input (exit 2 with one line), not a bug."""
    from .board.build import BuildError
    from .board.protocol import ProtocolError
    from .compiler import CompileError
    from .dse.spec import SweepError
    from .config import ConfigError
    from .cosim.errors import CosimError, ToolchainError
    from .energy import EnergyError
    from .hostio import InputError
    from .model import SimError
    from .models import CheckpointError
    from .outputs import OutputError
    from .program import ProgramError
    return (CliError, CompileError, ConfigError, SimError, ProgramError, InputError,
            OutputError, CheckpointError, EnergyError, CosimError, ToolchainError, BuildError,
            ProtocolError, SweepError)


def main(argv=None) -> int:
    """Run ``accel ARGV``: 0 on success, 1 when a comparison finds a difference (or
    on an internal error: a bug, reported with its traceback), 2 for bad input, named
    in one line with the file or option and the numbers."""
    args = build_parser().parse_args(argv)
    if args.cmd == "cosim":
        args.preset_given = args.preset is not None
        if args.preset is None:
            args.preset = "default"
    user_errors = _user_errors()
    try:
        args.out = _plan_outputs(args)
        with args.out:             # outputs renamed into place only if the command ends well
            return args.fn(args)
    except user_errors as e:
        print(f"accel {args.cmd}: error: {_one_line(str(e))}", file=sys.stderr)
        return 2
    except OSError as e:           # a file the command reads or writes
        what = f"{e.filename}: {e.strerror}" if e.filename and e.strerror else str(e)
        print(f"accel {args.cmd}: error: {_one_line(what)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"accel {args.cmd}: interrupted; no output written", file=sys.stderr)
        return 130
    except Exception:              # noqa: BLE001 - a bug: say so, with the traceback
        import traceback
        traceback.print_exc()
        print(f"accel {args.cmd}: internal error: this is a bug in accel, not in your input; "
              "please report it with the traceback above", file=sys.stderr)
        return 1


def _one_line(msg: str) -> str:
    return " ".join(line.strip() for line in msg.strip().splitlines() if line.strip())


if __name__ == "__main__":
    sys.exit(main())
