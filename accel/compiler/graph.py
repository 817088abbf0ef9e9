"""Graph capture: a PyTorch model -> a chain of `Block`s the hardware can run.

The model is traced with `torch.fx` (our quantized layers and the accepted standard
modules are leaves).  The traced graph must be a single chain.  It is then grouped
into blocks ``BinaryLinear [-> BatchNorm1d] -> BinaryAct | QuantAct(n)`` (a hidden
layer, compiled to XNOR-popcount + (multi-)threshold) and a final ``BinaryLinear``
(compiled to raw integer scores).  ``ESBLinear``/``ESBConv2d`` and
``IntLinear``/``IntConv2d`` (multi-bit weights times unsigned ``QuantAct(n)`` or
integer inputs) take the binary layers' place for the multi-bit PE kinds; one
network runs on one kind.  Anything else is refused with a `CompileError` that
names it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import torch
from torch import fx, nn

from ..lightnorm import LIGHTNORM_SPEC, same_formats
from ..quant import (CODED_LAYERS, QUANT_LEAVES, BinaryAct, BinaryConv2d, BinaryLinear,
                     BiRealBlock, ChannelPost, ESBConv2d, GlobalSumPool2d, LightNorm1d,
                     LightNorm2d, QuantAct)

__all__ = ["CompileError", "Block", "capture", "check_model", "SUPPORTED"]


class CompileError(ValueError):
    """The model or its size cannot be compiled for the given config."""


#: What the compiler accepts, for error messages.
SUPPORTED = ("accel.quant.BinaryLinear", "accel.quant.BinaryConv2d", "accel.quant.BinaryAct",
             "accel.quant.QuantAct", "accel.quant.GlobalSumPool2d", "torch.nn.BatchNorm1d",
             "torch.nn.BatchNorm2d", "accel.quant.LightNorm1d/LightNorm2d (after a "
             "BinaryLinear/BinaryConv2d, on an accelerator with lightnorm = True)",
             "torch.nn.MaxPool2d (stride = kernel, after a sign)",
             "accel.quant.BiRealBlock (residual, +-1 input)",
             "torch.nn.Flatten", "torch.nn.Unflatten (at the input)",
             "torch.nn.Dropout (no-op in eval)", "torch.nn.Identity",
             "accel.quant.ESBLinear/ESBConv2d and IntLinear/IntConv2d (multi-bit weights, "
             "unsigned inputs)")
_NOOPS = (nn.Flatten, nn.Dropout, nn.Identity)
_ACCEPTED = (BinaryLinear, BinaryConv2d, BinaryAct, QuantAct, nn.BatchNorm1d, nn.BatchNorm2d,
             nn.MaxPool2d, nn.Unflatten, GlobalSumPool2d, BiRealBlock,
             LightNorm1d, LightNorm2d, ChannelPost) + CODED_LAYERS + _NOOPS
#: The layers a block is built around, and those of them that are convolutions.
_LINEAR = (BinaryLinear, BinaryConv2d) + CODED_LAYERS
_CONV = (BinaryConv2d, ESBConv2d)


@dataclass
class Block:
    """One hardware layer: a binary linear or convolution layer and what follows it.

    ``in_fm = (C, H, W)`` is the feature map the block reads (a dense layer after
    another dense layer reads ``(N, 1, 1)``).  A dense layer that reads a ``C x H x W``
    map is a convolution whose kernel is the whole map; after `GlobalSumPool2d`
    (``replicate``) its ``C``-wide weights apply at every pixel.
    """
    name: str
    linear: nn.Module                 # BinaryLinear, BinaryConv2d or a CODED_LAYERS one
    bn: nn.Module | None = None
    act: nn.Module | None = None      # BinaryAct, QuantAct, or None: final layer (raw scores)
    input_kind: str = "binary"        # "binary" (+-1) or "uint" (bit planes)
    in_bits: int = 1
    modules: list[str] = field(default_factory=list)
    in_fm: tuple | None = None        # default for a dense layer: (in_features, 1, 1)
    pool: int = 1                     # max-pool kernel (= stride) after the activation
    replicate: bool = False           # GlobalSumPool2d before this dense layer
    residual: bool = False            # BiRealBlock: act(bn(conv(x)) + x), x the +-1 input

    @property
    def lightnorm(self) -> bool:
        """The block's norm is a `LightNorm1d` or `LightNorm2d`: it runs on the LightNorm
        units (POST NORM) instead of folding into thresholds."""
        return isinstance(self.bn, (LightNorm1d, LightNorm2d))

    def __post_init__(self):
        if self.in_fm is None:
            if self.conv:
                raise ValueError("a convolution block needs in_fm = (C, H, W)")
            self.in_fm = (self.linear.in_features, 1, 1)

    @property
    def final(self) -> bool:
        return self.act is None

    @property
    def conv(self) -> bool:
        return isinstance(self.linear, _CONV)

    @property
    def pe_kind(self) -> str:
        """The `accel.config.AccelConfig.pe_kind` that runs the block."""
        return getattr(self.linear, "pe_kind", "xnor")

    @property
    def weight_format(self):
        """The multi-bit weights' `accel.numformats` format (None for binary)."""
        return getattr(self.linear, "fmt", None)

    @property
    def out_bits(self) -> int:
        """Bits of the block's output activation (1 for sign)."""
        return self.act.bits if isinstance(self.act, QuantAct) else 1

    @property
    def out_kind(self) -> str:
        return "uint" if isinstance(self.act, QuantAct) else "binary"

    @property
    def out_channels(self) -> int:
        return self.linear.out_channels if self.conv else self.linear.out_features

    @property
    def kernel(self) -> tuple:
        """Window ``(kh, kw)``; a dense layer's window is its whole input map."""
        return self.linear.kernel_size if self.conv else self.in_fm[1:]

    @property
    def stride(self) -> tuple:
        return self.linear.stride if self.conv else (1, 1)

    @property
    def padding(self) -> tuple:
        return self.linear.padding if self.conv else (0, 0)

    @property
    def conv_out_hw(self) -> tuple:
        """Output rows and columns before pooling."""
        (H, W), (kh, kw) = self.in_fm[1:], self.kernel
        (sh, sw), (ph, pw) = self.stride, self.padding
        return (H + 2 * ph - kh) // sh + 1, (W + 2 * pw - kw) // sw + 1

    @property
    def out_fm(self) -> tuple:
        """``(M, H, W)`` of the block's output (after pooling)."""
        oh, ow = self.conv_out_hw
        return self.out_channels, oh // self.pool, ow // self.pool

    @property
    def pad_bit(self) -> int:
        """The bit a padding pixel reads as in every input plane."""
        if not self.conv or self.padding == (0, 0):
            return 1
        v = self.linear.pad_value
        if self.input_kind == "binary":
            return int(v > 0)
        if self.pe_kind != "xnor":
            if v != 0:
                raise CompileError(f"{self.name!r}: pad code {v:g}; multi-bit PEs pad with "
                                   "code 0 only")
            return 0
        q = (1 << self.in_bits) - 1
        if v not in (0, q):
            raise CompileError(f"{self.name!r}: pad code {v:g} of {self.in_bits}-bit input; the "
                               f"hardware pads every bit plane alike, so only 0 or {q}")
        return int(v == q)

    def weight4(self) -> np.ndarray:
        """Binary weights as ``(M, C, kh, kw)`` bool (True = +1), or a multi-bit
        layer's integer weights ``v`` (int64), in torch's order."""
        if self.pe_kind == "xnor":
            w = self.linear.binary_weight().detach().numpy() > 0
        else:
            w = self.weight_format.decode(self.linear.codes().numpy())
        if self.conv:
            return w
        C, H, W = self.in_fm
        if self.replicate:
            return np.broadcast_to(w[:, :, None, None], (w.shape[0], C, H, W))
        return w.reshape(w.shape[0], C, H, W)


class _Tracer(fx.Tracer):
    def is_leaf_module(self, m, qualname):
        return isinstance(m, QUANT_LEAVES) or super().is_leaf_module(m, qualname)


def _unsupported(what: str) -> CompileError:
    return CompileError(f"unsupported layer {what}; supported: {', '.join(SUPPORTED)}")


def capture(model: nn.Module, image_shape: tuple | None = None) -> list[Block]:
    """Trace ``model`` and group it into blocks, or raise `CompileError`.

    ``image_shape`` (one input without the batch dimension) is needed for
    convolutional models: it fixes every feature map's size.
    """
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
        if not isinstance(m, _ACCEPTED):
            why = _reason(m)[1]
            raise _unsupported(f"{node.target!r} ({type(m).__module__}.{type(m).__name__}: "
                               f"{why})")
        chain.append((node.target, m))
        prev = node
    shapes = _shapes(model, chain, image_shape)
    # reshapes at the input are the host's business (it packs the first layer's map)
    k = 0
    while k < len(chain) and isinstance(chain[k][1], _NOOPS + (nn.Unflatten,)):
        k += 1
    for name, m in chain[k:]:
        if isinstance(m, nn.Unflatten):
            raise CompileError(f"{name!r} (Unflatten) inside the network: only the input may be "
                               "reshaped into a feature map")
    chain = [(n, m) for n, m in chain[k:] if not isinstance(m, _NOOPS)]
    return _group(chain, shapes)


def _shapes(model, chain, image_shape) -> dict:
    """Input shape (without batch) of every chain module, from one forward pass."""
    has_conv = any(isinstance(m, _CONV + (nn.BatchNorm2d, nn.MaxPool2d, GlobalSumPool2d))
                   for _, m in chain)
    if not has_conv:
        return {}
    if image_shape is None:
        raise CompileError("a convolutional model needs the input's shape (an example input)")
    shapes = {}

    def record(name):
        def hook(mod, args):
            shapes.setdefault(name, tuple(args[0].shape[1:]))   # returns None: args unchanged
        return hook
    hooks = [m.register_forward_pre_hook(record(n)) for n, m in chain]
    was = model.training
    model.eval()
    try:
        with torch.no_grad():
            model(torch.zeros((2, *image_shape)))
    except Exception as e:  # noqa: BLE001
        raise CompileError(f"the model does not run on input shape {tuple(image_shape)}: "
                           f"{e}") from None
    finally:
        model.train(was)
        for h in hooks:
            h.remove()
    return shapes


def _check_pool(name: str, p: nn.MaxPool2d) -> int:
    k = p.kernel_size
    s = p.stride if p.stride is not None else k
    k = k if isinstance(k, int) else (k[0] if k[0] == k[1] else None)
    s = s if isinstance(s, int) else (s[0] if s[0] == s[1] else None)
    pad = p.padding if isinstance(p.padding, int) else max(p.padding)
    dil = p.dilation if isinstance(p.dilation, int) else max(p.dilation)
    if k is None or s != k or pad or dil != 1 or p.ceil_mode:
        raise CompileError(f"{name!r} (MaxPool2d kernel {p.kernel_size}, stride {p.stride}, "
                           f"padding {p.padding}, dilation {p.dilation}, ceil_mode "
                           f"{p.ceil_mode}): only square non-overlapping pools (stride = "
                           "kernel, no padding, floor mode) are supported")
    return k


def _check_lightnorm(name: str, lin: nn.Module, ln_name: str, ln, blk) -> None:
    """A `LightNorm1d` (`LightNorm2d`) the hardware can run after layer ``lin``."""
    kind = type(ln).__name__
    what = f"{ln_name!r} ({kind} after {name!r})"
    if not isinstance(lin, (BinaryLinear, BinaryConv2d)):
        raise CompileError(f"{what}: LightNorm runs after a BinaryLinear or BinaryConv2d only "
                           f"(its input is the integer pre-activation), not "
                           f"{type(lin).__name__}")
    want = LightNorm2d if blk.conv else LightNorm1d
    if not isinstance(ln, want):
        raise CompileError(f"{what}: {name!r} is a {type(lin).__name__}, so its norm is a "
                           f"{want.__name__}")
    if lin.use_alpha:
        raise CompileError(f"{what}: {name!r} has alpha = True, so LightNorm would see "
                           "alpha * the integer pre-activation; give it alpha = False "
                           "(LightNorm's own scale takes the place of alpha)")
    if ln.num_features != blk.out_channels:
        raise CompileError(f"{ln_name!r} has {ln.num_features} features but {name!r} has "
                           f"{blk.out_channels} outputs")
    if not same_formats(ln.spec, LIGHTNORM_SPEC):
        d, h = ln.spec.data, LIGHTNORM_SPEC.data
        raise CompileError(
            f"{what}: its formats are {d} with {ln.spec.stat_bits}-bit statistics; the "
            f"hardware's LightNorm units compute in {h} with {LIGHTNORM_SPEC.stat_bits}-bit "
            f"statistics ({LIGHTNORM_SPEC.stat_exp_bits}-bit exponents)")
    g = LIGHTNORM_SPEC.data.group
    if ln.num_features % g:
        raise CompileError(f"{what}: {ln.num_features} features; the hardware's BFP groups of "
                           f"{g} channels are array columns, so a multiple of {g}")


def _group(chain, shapes) -> list[Block]:
    blocks: list[Block] = []
    i = 0
    input_sign = False
    if chain and isinstance(chain[0][1], QuantAct):
        raise CompileError(f"the model starts with {chain[0][0]!r} (QuantAct); feed unsigned "
                           "integers straight to a BinaryLinear(in_bits=n) instead")
    if chain and isinstance(chain[0][1], BinaryAct):
        input_sign = True  # the input itself is binarized: the host packs x >= 0 as 1
        i = 1
    fm = None                                   # (C, H, W) the next block reads
    while i < len(chain):
        name, m = chain[i]
        replicate = False
        if isinstance(m, GlobalSumPool2d):
            if not blocks or not blocks[-1].conv or i + 1 >= len(chain) \
                    or not isinstance(chain[i + 1][1], _LINEAR) \
                    or isinstance(chain[i + 1][1], _CONV):
                raise CompileError(f"{name!r} (GlobalSumPool2d) must sit between a convolution "
                                   "block and a BinaryLinear")
            replicate = True
            i += 1
            name, m = chain[i]
        res = m if isinstance(m, BiRealBlock) else None
        if res is not None:
            m = res.conv
            if (not blocks and not input_sign) or (blocks and blocks[-1].out_kind != "binary"):
                src = (f"QuantAct({blocks[-1].out_bits})" if blocks else "unsigned integers")
                raise CompileError(f"{name!r} (BiRealBlock) adds its input to the convolution, "
                                   f"so the input must be +-1 (a BinaryAct), not {src}")
            if replicate:
                raise CompileError(f"{name!r} (BiRealBlock) after a GlobalSumPool2d")
        if not isinstance(m, _LINEAR):
            raise CompileError(f"layer {name!r} ({type(m).__name__}) must follow a BinaryLinear "
                               "or BinaryConv2d (expected BinaryLinear/BinaryConv2d "
                               "[-> BatchNorm] -> BinaryAct [-> MaxPool2d] blocks)")
        first = not blocks
        if first:
            if m.in_bits is None and not input_sign:
                raise CompileError(f"first layer {name!r} has in_bits=None but its input is not "
                                   "binarized: give it in_bits=8 (unsigned input) or put a "
                                   "BinaryAct before it")
            if m.in_bits is not None and input_sign:
                raise CompileError(f"first layer {name!r} has in_bits={m.in_bits} but follows a "
                                   "BinaryAct; its input is binary" +
                                   ("" if not isinstance(m, CODED_LAYERS) else
                                    f" ({type(m).__name__} takes unsigned integers)"))
        else:
            prev = blocks[-1]
            want = prev.out_bits if prev.out_kind == "uint" else None
            if m.in_bits != want:
                raise CompileError(
                    f"layer {name!r} has in_bits={m.in_bits} but its input comes from "
                    f"{'QuantAct(%d)' % prev.out_bits if want else 'a BinaryAct (+-1)'}; "
                    f"give it in_bits={want}")
        conv = isinstance(m, _CONV)
        if conv:
            shp = shapes.get(name)
            if shp is None or len(shp) != 3:
                raise CompileError(f"{name!r} ({type(m).__name__}) reads shape {shp}; expected a "
                                   "(channels, rows, columns) feature map")
            in_fm = tuple(int(v) for v in shp)
        elif fm is not None and (fm[1], fm[2]) != (1, 1):
            in_fm = fm if not replicate else fm
        else:
            in_fm = (m.in_features, 1, 1)
        if replicate:
            if in_fm[0] != m.in_features:
                raise CompileError(f"{name!r} takes {m.in_features} inputs but the pooled map "
                                   f"has {in_fm[0]} channels")
        elif not conv and in_fm[0] * in_fm[1] * in_fm[2] != m.in_features:
            raise CompileError(f"{name!r} expects {m.in_features} inputs but receives a "
                               f"{'x'.join(map(str, in_fm))} map ({np.prod(in_fm)} values)")
        blk = Block(name=name, linear=m, modules=[name], in_fm=in_fm, replicate=replicate)
        if replicate:
            blk.modules.insert(0, chain[i - 1][0])
        if m.in_bits is not None:
            blk.input_kind, blk.in_bits = "uint", m.in_bits
        i += 1
        bn_type = nn.BatchNorm2d if conv else nn.BatchNorm1d
        if res is not None:
            blk.bn, blk.act, blk.residual = res.bn, res.act, True
        elif i < len(chain) and isinstance(chain[i][1], (LightNorm1d, LightNorm2d)):
            ln_name, ln = chain[i]
            _check_lightnorm(name, m, ln_name, ln, blk)
            blk.bn = ln
            blk.modules.append(ln_name)
            i += 1
            if i == len(chain):
                raise CompileError(f"the model ends in {ln_name!r} ({type(ln).__name__}) after the last "
                                   "layer; end the model with the BinaryLinear's scores or "
                                   "follow the norm with a BinaryAct or QuantAct")
        elif i < len(chain) and isinstance(chain[i][1], (nn.BatchNorm1d, nn.BatchNorm2d,
                                                         ChannelPost)):
            bn_name, bn = chain[i]
            if not isinstance(bn, (bn_type, ChannelPost)):
                raise CompileError(f"{bn_name!r} ({type(bn).__name__}) follows {name!r} "
                                   f"({type(m).__name__}); expected {bn_type.__name__}")
            if getattr(bn, "num_features", blk.out_channels) != blk.out_channels:
                raise CompileError(f"{bn_name!r} has {bn.num_features} features but {name!r} "
                                   f"has {blk.out_channels} outputs")
            if not isinstance(bn, ChannelPost) and (not bn.track_running_stats
                                                    or bn.running_mean is None):
                raise CompileError(f"{bn_name!r} has no running statistics to fold")
            blk.bn = bn
            blk.modules.append(bn_name)
            i += 1
            if i == len(chain):
                raise CompileError(
                    f"the model ends in {bn_name!r} ({type(bn).__name__}) after the last layer: "
                    "a final batch norm has no integer form; end the model with the "
                    "BinaryLinear (its integer scores give the same argmax for a positive "
                    "scale) or follow the norm with a BinaryAct")
        if res is not None:
            pass
        elif i < len(chain) and isinstance(chain[i][1], (BinaryAct, QuantAct)):
            blk.act = chain[i][1]
            blk.modules.append(chain[i][0])
            i += 1
        elif i < len(chain):
            raise CompileError(f"{chain[i][0]!r} ({type(chain[i][1]).__name__}) follows "
                               f"{name!r}; a hidden layer must end in a BinaryAct or QuantAct")
        if i < len(chain) and isinstance(chain[i][1], nn.MaxPool2d):
            pname, pool = chain[i]
            if not conv:
                raise CompileError(f"{pname!r} (MaxPool2d) follows the dense layer {name!r}")
            if blk.out_bits != 1:
                raise CompileError(f"{pname!r} (MaxPool2d) pools {blk.out_bits}-bit activations; "
                                   "the hardware max-pools binary ones (an OR of bits) only")
            blk.pool = _check_pool(pname, pool)
            blk.modules.append(pname)
            i += 1
            if min(blk.out_fm[1:]) < 1:
                raise CompileError(f"{pname!r} pools a {blk.conv_out_hw} map with kernel "
                                   f"{blk.pool} to nothing")
        blocks.append(blk)
        fm = blk.out_fm
        if conv and blk.final:
            raise CompileError(f"the model ends in the convolution {name!r}; the last layer "
                               "must be a BinaryLinear giving integer scores")
    if not blocks:
        raise CompileError("the model has no BinaryLinear layer")
    kinds = {b.pe_kind for b in blocks}
    formats = {str(b.weight_format) for b in blocks if b.weight_format is not None}
    if len(kinds) > 1 or len(formats) > 1:
        raise CompileError(
            "the model mixes PE kinds or weight formats: " + ", ".join(
                f"{b.name!r} {b.pe_kind}" + (f" {b.weight_format}" if b.weight_format else "")
                for b in blocks) + "; an accelerator has one kind of PE")
    for k, b in enumerate(blocks):
        b.name = f"{'conv' if b.conv else 'fc'}{k} ({b.name})"
    if not blocks[-1].final:
        raise CompileError(f"the model ends in an activation after {blocks[-1].name!r}; the last "
                           "layer must be a BinaryLinear giving integer scores")
    for a, b in zip(blocks, blocks[1:]):
        if b.conv and a.out_fm != b.in_fm:
            raise CompileError(f"{a.name!r} outputs a {a.out_fm} map but {b.name!r} reads "
                               f"{b.in_fm}")
        if not b.conv and not b.replicate and int(np.prod(a.out_fm)) != b.linear.in_features:
            raise CompileError(f"{a.name!r} has {int(np.prod(a.out_fm))} outputs but {b.name!r} "
                               f"expects {b.linear.in_features} inputs")
    return blocks


# --- accel check -------------------------------------------------------------------------
def _reason(m: nn.Module) -> tuple[str, str]:
    """``(status, reason)`` of one module: supported / not yet / unsupported."""
    if isinstance(m, BinaryLinear):
        return "supported", "XNOR-popcount GEMM" + (f", {m.in_bits}-bit input as bit planes"
                                                    if m.in_bits else "")
    if isinstance(m, CODED_LAYERS):
        kind = "integer" if m.pe_kind == "int" else "ESB"
        return "supported", (f"{kind} {m.fmt} weights x {m.in_bits}-bit unsigned input on "
                             f"pe_kind {m.pe_kind!r} PEs"
                             + (" (window GEMM with on-the-fly padding)"
                                if isinstance(m, _CONV) else ""))
    if isinstance(m, BinaryAct):
        return "supported", "folded into the threshold unit (sign)"
    if isinstance(m, QuantAct):
        return "supported", f"folded into the multi-threshold unit ({(1 << m.bits) - 1} thresholds)"
    if isinstance(m, nn.BatchNorm1d):
        return "supported", "folded into the thresholds"
    if isinstance(m, ChannelPost):
        return "supported", "per-channel arithmetic folded into the thresholds"
    if isinstance(m, (LightNorm1d, LightNorm2d)):
        return "supported", ("LightNorm units on the post-processing path (POST NORM; running "
                             "or on-device batch statistics), on a config with lightnorm = True")
    if isinstance(m, _NOOPS):
        return "supported", "no-op in eval mode"
    if isinstance(m, BinaryConv2d):
        return "supported", ("window GEMM with on-the-fly padding"
                             + (f", {m.in_bits}-bit input as bit planes" if m.in_bits else ""))
    if isinstance(m, nn.BatchNorm2d):
        return "supported", "folded into the thresholds"
    if isinstance(m, nn.MaxPool2d):
        return "supported", "OR of activation bits in the post-processing unit (stride = kernel)"
    if isinstance(m, GlobalSumPool2d):
        return "supported", "folded into the next layer's weights (repeated over pixels)"
    if isinstance(m, BiRealBlock):
        return "supported", ("window GEMM; the residual add picks one of two folded "
                             "thresholds by the shortcut bit")
    if isinstance(m, nn.Unflatten):
        return "supported", "reshape of the input: done by the host when it packs the image"
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


def check_model(model: nn.Module, image_shape=None) -> tuple[list[dict], str | None]:
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
        capture(model, image_shape)
        error = None
    except CompileError as e:
        error = str(e)
    return rows, error
