"""Graph capture: a PyTorch model -> a chain of `Block`s the hardware can run.

The model is traced with `torch.fx` (our quantized layers and the accepted standard
modules are leaves).  The traced graph must be a single chain.  It is then grouped
into blocks ``BinaryLinear [-> BatchNorm1d] -> BinaryAct | QuantAct(n)`` (a hidden
layer, compiled to XNOR-popcount + (multi-)threshold) and a final ``BinaryLinear``
(compiled to raw integer scores).  Anything else is refused with a `CompileError`
that names it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import torch
from torch import fx, nn

from ..quant import QUANT_LEAVES, BinaryAct, BinaryLinear, QuantAct

__all__ = ["CompileError", "Block", "capture", "check_model", "SUPPORTED"]


class CompileError(ValueError):
    """The model or its size cannot be compiled for the given config."""


#: What the compiler accepts, for error messages.
SUPPORTED = ("accel.quant.BinaryLinear", "accel.quant.BinaryAct", "accel.quant.QuantAct",
             "torch.nn.BatchNorm1d",
             "torch.nn.Flatten", "torch.nn.Dropout (no-op in eval)", "torch.nn.Identity")
_NOOPS = (nn.Flatten, nn.Dropout, nn.Identity)


@dataclass
class Block:
    """One hardware layer: a binary linear layer and what follows it up to the sign."""
    name: str
    linear: BinaryLinear
    bn: nn.BatchNorm1d | None = None
    act: nn.Module | None = None      # BinaryAct, QuantAct, or None: final layer (raw scores)
    input_kind: str = "binary"        # "binary" (+-1) or "uint" (bit planes)
    in_bits: int = 1
    modules: list[str] = field(default_factory=list)

    @property
    def final(self) -> bool:
        return self.act is None

    @property
    def out_bits(self) -> int:
        """Bits of the block's output activation (1 for sign)."""
        return self.act.bits if isinstance(self.act, QuantAct) else 1

    @property
    def out_kind(self) -> str:
        return "uint" if isinstance(self.act, QuantAct) else "binary"


class _Tracer(fx.Tracer):
    def is_leaf_module(self, m, qualname):
        return isinstance(m, QUANT_LEAVES) or super().is_leaf_module(m, qualname)


def _unsupported(what: str) -> CompileError:
    return CompileError(f"unsupported layer {what}; supported: {', '.join(SUPPORTED)}")


def capture(model: nn.Module) -> list[Block]:
    """Trace ``model`` and group it into blocks, or raise `CompileError`."""
    if not isinstance(model, nn.Module):
        raise CompileError(f"expected a torch.nn.Module, got {type(model).__name__}")
    try:
        graph = _Tracer().trace(model)
    except Exception as e:  # noqa: BLE001 - fx raises many kinds
        raise CompileError(f"cannot trace the model with torch.fx: {e}") from e
    mods = dict(model.named_modules())
    chain: list[tuple[str, nn.Module]] = []
    prev = None
    for node in graph.nodes:
        if node.op == "placeholder":
            if prev is not None:
                raise CompileError("the model takes more than one input; accel models take one")
            prev = node
            continue
        if node.op == "output":
            if node.args[0] is not prev:
                raise CompileError("the model's output is not the last layer of a single chain")
            continue
        if node.op == "get_attr":
            raise _unsupported(f"'{node.target}' (a tensor used directly in forward)")
        if node.op != "call_module":
            tgt = getattr(node.target, "__name__", str(node.target))
            raise _unsupported(f"'{tgt}' ({node.op} in node {node.name!r})")
        m = mods[node.target]
        if len(node.args) != 1 or node.kwargs or node.args[0] is not prev:
            raise CompileError(f"layer {node.target!r} ({type(m).__name__}) is not part of a "
                               "single chain (branches and extra arguments are not supported yet)")
        if not isinstance(m, (BinaryLinear, BinaryAct, QuantAct, nn.BatchNorm1d) + _NOOPS):
            raise _unsupported(f"{node.target!r} ({type(m).__module__}.{type(m).__name__})")
        chain.append((node.target, m))
        prev = node
    chain = [(n, m) for n, m in chain if not isinstance(m, _NOOPS)]
    return _group(chain)


def _group(chain) -> list[Block]:
    blocks: list[Block] = []
    i = 0
    input_sign = False
    if chain and isinstance(chain[0][1], QuantAct):
        raise CompileError(f"the model starts with {chain[0][0]!r} (QuantAct); feed unsigned "
                           "integers straight to a BinaryLinear(in_bits=n) instead")
    if chain and isinstance(chain[0][1], BinaryAct):
        input_sign = True  # the input itself is binarized: the host packs x >= 0 as 1
        i = 1
    while i < len(chain):
        name, m = chain[i]
        if not isinstance(m, BinaryLinear):
            raise CompileError(f"layer {name!r} ({type(m).__name__}) must follow a BinaryLinear "
                               "(expected BinaryLinear [-> BatchNorm1d] -> BinaryAct blocks)")
        first = not blocks
        if first:
            if m.in_bits is None and not input_sign:
                raise CompileError(f"first layer {name!r} has in_bits=None but its input is not "
                                   "binarized: give it in_bits=8 (unsigned input) or put a "
                                   "BinaryAct before it")
            if m.in_bits is not None and input_sign:
                raise CompileError(f"first layer {name!r} has in_bits={m.in_bits} but follows a "
                                   "BinaryAct; its input is binary")
        else:
            prev = blocks[-1]
            want = prev.out_bits if prev.out_kind == "uint" else None
            if m.in_bits != want:
                raise CompileError(
                    f"layer {name!r} has in_bits={m.in_bits} but its input comes from "
                    f"{'QuantAct(%d)' % prev.out_bits if want else 'a BinaryAct (+-1)'}; "
                    f"give it in_bits={want}")
        blk = Block(name=name, linear=m, modules=[name])
        if m.in_bits is not None:
            blk.input_kind, blk.in_bits = "uint", m.in_bits
        i += 1
        if i < len(chain) and isinstance(chain[i][1], nn.BatchNorm1d):
            bn_name, bn = chain[i]
            if bn.num_features != m.out_features:
                raise CompileError(f"{bn_name!r} has {bn.num_features} features but {name!r} "
                                   f"has {m.out_features} outputs")
            if not bn.track_running_stats or bn.running_mean is None:
                raise CompileError(f"{bn_name!r} has no running statistics to fold")
            blk.bn = bn
            blk.modules.append(bn_name)
            i += 1
            if i == len(chain):
                raise CompileError(
                    f"the model ends in {bn_name!r} (BatchNorm1d) after the last BinaryLinear: "
                    "a final batch norm has no integer form; end the model with the "
                    "BinaryLinear (its integer scores give the same argmax for a positive "
                    "scale) or follow the norm with a BinaryAct")
        if i < len(chain) and isinstance(chain[i][1], (BinaryAct, QuantAct)):
            blk.act = chain[i][1]
            blk.modules.append(chain[i][0])
            i += 1
        elif i < len(chain):
            raise CompileError(f"{chain[i][0]!r} ({type(chain[i][1]).__name__}) follows "
                               f"{name!r}; a hidden BinaryLinear must end in a BinaryAct or "
                               "QuantAct")
        blocks.append(blk)
    if not blocks:
        raise CompileError("the model has no BinaryLinear layer")
    for k, b in enumerate(blocks):
        b.name = f"fc{k} ({b.name})"   # readable even for nn.Sequential's numeric names
    if not blocks[-1].final:
        raise CompileError(f"the model ends in an activation after {blocks[-1].name!r}; the last "
                           "layer must be a BinaryLinear giving integer scores")
    for a, b in zip(blocks, blocks[1:]):
        if a.linear.out_features != b.linear.in_features:
            raise CompileError(f"{a.name!r} has {a.linear.out_features} outputs but {b.name!r} "
                               f"expects {b.linear.in_features} inputs")
    return blocks


# --- accel check -------------------------------------------------------------------------
def _reason(m: nn.Module) -> tuple[str, str]:
    """``(status, reason)`` of one module: supported / not yet / unsupported."""
    from ..quant import BinaryConv2d, BiRealBlock, GlobalSumPool2d
    if isinstance(m, BinaryLinear):
        return "supported", "XNOR-popcount GEMM" + (f", {m.in_bits}-bit input as bit planes"
                                                    if m.in_bits else "")
    if isinstance(m, BinaryAct):
        return "supported", "folded into the threshold unit (sign)"
    if isinstance(m, QuantAct):
        return "supported", f"folded into the multi-threshold unit ({(1 << m.bits) - 1} thresholds)"
    if isinstance(m, nn.BatchNorm1d):
        return "supported", "folded into the thresholds"
    if isinstance(m, _NOOPS):
        return "supported", "no-op in eval mode"
    if isinstance(m, (BinaryConv2d, nn.BatchNorm2d, nn.MaxPool2d, BiRealBlock, GlobalSumPool2d)):
        return "not yet", "convolutional layer: its lowering onto the array is not done yet"
    if isinstance(m, nn.Unflatten):
        return "not yet", "reshape into a feature map: arrives with the convolution lowering"
    if isinstance(m, nn.Conv2d):
        if m.groups > 1:
            return "unsupported", f"grouped/depthwise convolution (groups={m.groups})"
        return "unsupported", "real-valued convolution: use accel.quant.BinaryConv2d"
    if isinstance(m, nn.Linear):
        return "unsupported", "real-valued linear layer: use accel.quant.BinaryLinear"
    if isinstance(m, (nn.Upsample, nn.ConvTranspose2d)):
        return "unsupported", "upsampling has no place in the array's dataflow"
    if isinstance(m, (nn.AvgPool2d, nn.AdaptiveAvgPool2d)):
        return "unsupported", "averages are not integers: use accel.quant.GlobalSumPool2d"
    if isinstance(m, (nn.ReLU, nn.Sigmoid, nn.Tanh, nn.GELU, nn.Softmax, nn.Hardtanh)):
        return "unsupported", (f"{type(m).__name__} has no binary/integer form here: use "
                               "BinaryAct (sign) or QuantAct(n)")
    return "unsupported", f"{type(m).__module__}.{type(m).__name__} is not a layer accel knows"


def check_model(model: nn.Module) -> tuple[list[dict], str | None]:
    """Every layer of ``model`` with its support status, and the compile verdict.

    Returns ``(rows, error)``: one row per traced layer (``name``, ``type``,
    ``status`` in supported / not yet / unsupported, ``reason``), and the message
    `capture` raises for the model as a whole (``None`` when it would compile).
    """
    try:
        graph = _Tracer().trace(model)
    except Exception as e:  # noqa: BLE001
        return [], f"cannot trace the model with torch.fx: {e}"
    mods = dict(model.named_modules())
    rows = []
    for node in graph.nodes:
        if node.op == "call_module":
            m = mods[node.target]
            status, why = _reason(m)
            rows.append(dict(name=node.target, type=type(m).__name__, status=status, reason=why))
        elif node.op in ("call_function", "call_method"):
            tgt = getattr(node.target, "__name__", str(node.target))
            rows.append(dict(name=node.name, type=tgt, status="unsupported",
                             reason=f"tensor operation {tgt!r} in forward(): express it with "
                                    "accel layers"))
    try:
        capture(model)
        error = None
    except CompileError as e:
        error = str(e)
    return rows, error
