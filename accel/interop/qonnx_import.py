"""Import a QONNX graph (Brevitas's ``export_qonnx``, FINN's exchange format) as a
network `accel.compile` compiles.

The graph is walked as one chain from its input.  Constant sub-graphs (a weight
initializer through its BipolarQuant) are evaluated first, as qonnx's executor would.
The chain then maps onto `accel.quant` layers:

* scalar ``Mul/Add/Sub/Div`` and ``Reshape/Flatten`` before the input's quantizer:
  the host's input preprocessing (`Imported.encode`, run by the same runtime);
* ``BipolarQuant`` of the input: sign bits (`accel.quant.BinaryAct` first);
* ``Gemm``/``MatMul``/``Conv`` with BipolarQuant'ed constant weights: a
  `BinaryLinear`/`BinaryConv2d` with those signs;
* the per-channel nodes after it (``BatchNormalization``, scalar or per-channel
  ``Mul/Add/Sub/Div``): an `accel.interop.onnxrun.OnnxPost`, which the compiler folds
  into thresholds by running those very nodes on candidate pre-activations;
* ``BipolarQuant`` of an activation: `BinaryAct`; ``MaxPool`` after it: a max-pool;
* after the last matrix product, the scalar nodes up to the output (a TensorNorm's
  ``Sub/Div/Mul/Add``): the host's score post-processing (`Imported.decode`), applied
  to the integer scores; ``ArgMax``/``TopK`` at the end are kept by the host too.

Anything else is refused with a `CompileError` naming the node and the reason.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

import numpy as np
import torch
from torch import nn

from ..compiler.graph import CompileError
from ..hoststeps import apply_steps
from ..quant import BinaryAct, BinaryConv2d, BinaryLinear, QuantAct
from .onnxrun import NodeRunner, OnnxPost

__all__ = ["Imported", "import_qonnx", "load_qonnx", "check_qonnx"]

#: Elementwise ops that may sit in a layer's per-channel post chain or around the
#: input and the output.
_ARITH = ("Mul", "Add", "Sub", "Div")
_PER_CHANNEL = _ARITH + ("BatchNormalization",)
_RESHAPE = ("Reshape", "Flatten")
_LINEAR = ("Gemm", "MatMul", "Conv")


@dataclass
class Imported:
    """An imported QONNX network: the `accel.quant` ``model`` the compiler takes, and
    the host's side of the graph around it."""
    model: nn.Sequential
    #: one input as the ONNX graph takes it (without the batch dimension)
    input_shape: tuple
    #: ``(name, op_type)`` of every graph node, for reports
    nodes: list = field(default_factory=list)
    #: per hidden layer: the graph's tensor it equals, and ``(shift, scale)`` that map
    #: `accel.model.simulate`'s traced levels onto it (`hidden_values`)
    hidden: list = field(default_factory=list)
    #: the host's side of the graph (`accel.hoststeps`), which the program file
    #: carries: the preprocessing and input quantizer, and the output nodes
    host_input_steps: list = field(default_factory=list)
    host_output_steps: list = field(default_factory=list)

    def encode(self, x) -> np.ndarray:
        """Raw ONNX inputs ``(n, *input_shape)`` -> what `model` takes: the
        preprocessed values (whose sign the host packs) or the input's codes."""
        x = np.asarray(x, dtype=np.float32)
        if x.shape[1:] != tuple(self.input_shape):
            raise ValueError(f"input has shape {x.shape}; the ONNX graph takes "
                             f"(n, {', '.join(map(str, self.input_shape))})")
        return apply_steps(self.host_input_steps, x)

    def hidden_values(self, k: int, levels) -> tuple[str, np.ndarray]:
        """``(tensor name, values)``: hidden layer ``k``'s traced levels (``(n,
        values)``, torch order) as the graph's tensor holds them."""
        name, shift, scale = self.hidden[k]
        return name, (np.asarray(levels, np.float32) + np.float32(shift)) * np.float32(scale)

    def decode(self, scores) -> np.ndarray:
        """The program's integer scores ``(n, classes)`` -> the ONNX graph's output."""
        return apply_steps(self.host_output_steps, scores)


def load_qonnx(src):
    """A `qonnx.core.modelwrapper.ModelWrapper` of ``src`` (a path or a wrapper),
    cleaned up (`qonnx.util.cleanup.cleanup_model`: shapes inferred, constants
    folded), or `CompileError` naming the file."""
    try:
        from qonnx.core.modelwrapper import ModelWrapper
        from qonnx.util.cleanup import cleanup_model
    except ImportError as e:                                  # pragma: no cover
        raise CompileError(f"importing QONNX needs the qonnx package ({e}); install "
                           "accel with its 'onnx' extra") from None
    if isinstance(src, ModelWrapper):
        mw = src
    else:
        import onnx
        path = os.fspath(src)
        if not os.path.isfile(path):
            raise CompileError(f"{path}: no such file")
        try:
            proto = onnx.load(path)
        except Exception as e:  # noqa: BLE001 - protobuf raises DecodeError and others
            raise CompileError(f"{path}: not an ONNX model ({type(e).__name__}: "
                               f"{str(e).splitlines()[0] if str(e) else 'unreadable'})") \
                from None
        if not proto.graph.node:
            raise CompileError(f"{path}: not an ONNX model (no graph nodes)")
        mw = ModelWrapper(proto)
    try:
        return cleanup_model(mw)
    except Exception as e:  # noqa: BLE001
        raise CompileError(f"the ONNX graph cannot be cleaned up by qonnx: "
                           f"{type(e).__name__}: {e}") from None


def _opsets(mw) -> dict:
    return {o.domain: o.version for o in mw.model.opset_import}


def _node_name(node) -> str:
    return f"{node.name or node.output[0]!r} ({node.op_type})"


def _constants(mw, opsets) -> dict:
    """Every constant tensor: the initializers and the outputs of nodes whose inputs
    are all constants, evaluated in graph order."""
    from onnx import numpy_helper
    consts = {i.name: numpy_helper.to_array(i) for i in mw.graph.initializer}
    for node in mw.graph.node:
        ins = [n for n in node.input if n]
        if ins and all(n in consts for n in ins):
            consts[node.output[0]] = _eval_const(node, consts, opsets)
    return consts


def _eval_const(node, consts, opsets) -> np.ndarray:
    """A node of constant inputs, as qonnx's executor computes it."""
    return NodeRunner(node, consts, opsets).run({n: consts[n] for n in node.input if n})


def _chain(mw, consts) -> list:
    """The graph's non-constant nodes as one chain from its input to its output."""
    if len(mw.graph.input) != 1 or len(mw.graph.output) != 1:
        raise CompileError(f"the ONNX graph has {len(mw.graph.input)} inputs and "
                           f"{len(mw.graph.output)} outputs; accel takes one of each")
    consumers: dict = {}
    for node in mw.graph.node:
        if node.output[0] in consts:
            continue
        for n in node.input:
            if n and n not in consts:
                consumers.setdefault(n, []).append(node)
    cur, out, chain = mw.graph.input[0].name, mw.graph.output[0].name, []
    while cur != out:
        nxt = consumers.get(cur, [])
        if len(nxt) != 1:
            raise CompileError(f"tensor {cur!r} feeds {len(nxt)} nodes "
                               f"({', '.join(_node_name(n) for n in nxt) or 'none'}); "
                               "accel imports a single chain (no branches)")
        node = nxt[0]
        var = [n for n in node.input if n and n not in consts]
        if var != [cur]:
            raise CompileError(f"{_node_name(node)} takes {len(var)} computed inputs; accel "
                               "imports a single chain")
        chain.append(node)
        if out in node.output:                   # (a TopK's graph output is its indices)
            break
        cur = node.output[0]
    return chain


def _attrs(node) -> dict:
    from onnx import helper
    return {a.name: helper.get_attribute_value(a) for a in node.attribute}


def _const_of(node, consts, k: int):
    return consts.get(node.input[k]) if len(node.input) > k and node.input[k] else None


def _scalar(node, consts) -> bool:
    """A Mul/Add/Sub/Div by one constant value."""
    c = [consts[n] for n in node.input if n in consts]
    return len(c) == 1 and np.asarray(c[0]).size == 1


def _selection(node, consts) -> list:
    """A TopK or ArgMax over the classes at the output, as a host step."""
    a = _attrs(node)
    if node.op_type == "ArgMax":
        if a.get("axis", 0) not in (1, -1) or not a.get("keepdims", 1) \
                or a.get("select_last_index", 0):
            raise CompileError(f"{_node_name(node)}: axis {a.get('axis', 0)}, keepdims "
                               f"{a.get('keepdims', 1)}; accel's host takes the argmax over "
                               "the classes (axis 1, keepdims 1, first index)")
        return ["argmax"]
    k = _const_of(node, consts, 1)
    if k is None or a.get("axis", -1) not in (1, -1) or not a.get("largest", 1) \
            or not a.get("sorted", 1):
        raise CompileError(f"{_node_name(node)}: accel's host takes the sorted top k largest "
                           "classes (axis 1, a constant k)")
    return ["topk", int(np.asarray(k).ravel()[0])]


def _step_of(node, consts) -> list:
    """A scalar Mul/Add/Sub/Div as a host step (`accel.hoststeps`)."""
    k = next(j for j, n in enumerate(node.input) if n in consts)
    c = float(np.asarray(consts[node.input[k]]).ravel()[0])
    if k == 0 and node.op_type in ("Sub", "Div"):
        raise CompileError(f"{_node_name(node)}: a constant minus or over the tensor; accel's "
                           "host applies x - c and x / c")
    return [node.op_type.lower(), c]


def _is_sign(node, consts) -> bool:
    """A sign quantizer: a BipolarQuant, or a signed 1-bit Quant (which qonnx computes
    as one), either of scale 1 (and zero point 0); refused with another scale."""
    if node.op_type == "Quant":
        a = _attrs(node)
        bits = np.asarray(_const_of(node, consts, 3), np.float64).ravel()
        if not (bits.size == 1 and bits[0] == 1 and a.get("signed", 1)):
            return False
        zero = np.asarray(_const_of(node, consts, 2), np.float64).ravel()
        if zero.size != 1 or zero[0] != 0:
            raise CompileError(f"{_node_name(node)}: a signed 1-bit Quant with zero point "
                               f"{zero.tolist()}; accel imports signs of zero point 0")
    elif node.op_type != "BipolarQuant":
        return False
    _bipolar_scale(node, consts)
    return True


def _bipolar_scale(node, consts) -> float:
    s = np.asarray(_const_of(node, consts, 1), dtype=np.float64).ravel()
    if s.size != 1 or s[0] != 1.0:
        raise CompileError(f"{_node_name(node)} has scale {s.tolist()}; accel imports "
                           "sign quantizers (BipolarQuant, a signed 1-bit Quant) of scale 1")
    return 1.0


def _binary_weight(node, consts) -> np.ndarray:
    """The +-1 weights of a Gemm/MatMul/Conv (the constant input), refused unless
    every value is +-1 (a BipolarQuant of scale 1)."""
    w = next((consts[n] for n in node.input if n in consts), None)
    if w is None:
        raise CompileError(f"{_node_name(node)} has no constant weight")
    w = np.asarray(w, np.float32)
    if not np.all(np.abs(w) == 1):
        vals = np.unique(np.abs(w))[:4].tolist()
        raise CompileError(f"{_node_name(node)}: its weights are not +-1 (|w| takes "
                           f"{vals}...): a float or multi-bit weight the XNOR array cannot "
                           "run; quantize them with BipolarQuant (scale 1)")
    return w


def import_qonnx(src) -> Imported:
    """Import a QONNX model (path or `ModelWrapper`) as an `Imported` network, or raise
    `CompileError` naming the first node accel cannot run and why."""
    mw = load_qonnx(src)
    opsets = _opsets(mw)
    consts = _constants(mw, opsets)
    chain = _chain(mw, consts)
    shape = [d.dim_value for d in mw.graph.input[0].type.tensor_type.shape.dim]
    imp = Imported(model=nn.Sequential(), input_shape=tuple(shape[1:]),
                   nodes=[(n.name, n.op_type) for n in mw.graph.node])
    layers: list[tuple[str, nn.Module]] = []
    i = 0

    def runner(node):
        return NodeRunner(node, consts, opsets)

    # the input: preprocessing, then its quantizer
    while i < len(chain) and chain[i].op_type in _RESHAPE + _ARITH:
        node = chain[i]
        if node.op_type in _ARITH:
            if not _scalar(node, consts):
                raise CompileError(f"{_node_name(node)} before the input's quantizer is not a "
                                   "scalar operation")
            imp.host_input_steps.append(_step_of(node, consts))
        else:
            layers += _reshape(node, consts, len(layers))
        i += 1
    if i == len(chain) or chain[i].op_type not in ("BipolarQuant", "Quant"):
        what = _node_name(chain[i]) if i < len(chain) else "nothing"
        raise CompileError(f"the input's quantizer is {what}; accel imports a BipolarQuant "
                           "(sign) or Quant (integer) input")
    in_quant = None
    if _is_sign(chain[i], consts):
        layers.append(("in_sign", BinaryAct()))
    else:
        in_quant = _IntQuant(chain[i], consts)
        imp.host_input_steps.append(in_quant.step())
    i += 1
    k = 0
    while i < len(chain):
        node = chain[i]
        if node.op_type in _RESHAPE:
            layers += _reshape(node, consts, len(layers), inside=True)
            i += 1
            continue
        pad = None
        if node.op_type == "Pad" and i + 1 < len(chain) and chain[i + 1].op_type == "Conv":
            pad = _pad(node, consts, in_quant)
            i += 1
            node = chain[i]
        if node.op_type not in _LINEAR:
            raise CompileError(_unsupported(node, "a Gemm, MatMul or Conv"))
        lin = _linear(node, consts, in_quant, pad)
        layers.append((f"layer{k}", lin))
        i += 1
        post = []
        while i < len(chain) and chain[i].op_type in _PER_CHANNEL:
            post.append(chain[i])
            i += 1
        select = None
        if i == len(chain) - 1 and chain[i].op_type in ("TopK", "ArgMax"):
            select = _selection(chain[i], consts)
            i += 1
        if i == len(chain):                        # the last layer: scores, then the host
            if in_quant is not None:
                imp.host_output_steps.append(lin.score_step())
            for node in post:
                if node.op_type not in _ARITH or not _scalar(node, consts):
                    raise CompileError(f"{_node_name(node)} after the last layer: accel "
                                       "applies scalar Mul/Add/Sub/Div to the scores only")
                imp.host_output_steps.append(_step_of(node, consts))
            if select is not None:
                imp.host_output_steps.append(select)
            break
        node = chain[i]
        if node.op_type == "MultiThreshold":     # FINN's folded batch norm and activation
            post.append(node)
        if post:
            layers.append((f"post{k}", OnnxPost([runner(n) for n in post], _out_channels(lin),
                                                [_node_name(n) for n in post])))
        if node.op_type == "MultiThreshold":
            act, in_quant = _threshold_act(node, consts)
            layers.append((f"act{k}", act))
        elif _is_sign(node, consts):
            layers.append((f"act{k}", BinaryAct()))
            in_quant = None
        elif node.op_type == "Quant":
            in_quant = _IntQuant(node, consts)
            layers.append((f"act{k}", _QuantCodes(in_quant, runner(node))))
        else:
            raise CompileError(_unsupported(node, "a BipolarQuant or Quant activation after "
                                                  f"{_node_name(chain[i - 1])}"))
        i += 1
        if i < len(chain) and chain[i].op_type == "MaxPool":
            layers.append((f"pool{k}", _maxpool(chain[i])))
            i += 1
        # the hidden layer's output tensor in the graph, and how its values follow from
        # the levels a trace gives (+-1 for signs; codes u: (u + lo - zero) * scale)
        q = in_quant
        imp.hidden.append((chain[i - 1].output[0], 0 if q is None else q.lo - q.zero,
                           1.0 if q is None else q.scale))
        k += 1
    for name, m in layers:
        imp.model.add_module(name, m)
    imp.model.eval()
    return imp


def _out_channels(lin) -> int:
    return lin.out_channels if isinstance(lin, BinaryConv2d) else lin.out_features


def _unsupported(node, expected: str) -> str:
    return (f"{_node_name(node)}: {_REASONS.get(node.op_type, 'not an op accel imports')}; "
            f"expected {expected}")


#: Why an op that accel does not import is refused.
_REASONS = {
    "Sigmoid": "a sigmoid has no binary or integer form on the accelerator",
    "Relu": "a float ReLU: quantize the activation (BipolarQuant or Quant)",
    "Softmax": "a softmax: end the graph at the scores (argmax is the same)",
    "Quant": "a multi-bit Quant is not yet imported",
    "AveragePool": "an average is not an integer: accel sums (GlobalSumPool2d)",
    "GlobalAveragePool": "an average is not an integer: accel sums (GlobalSumPool2d)",
}


class _IntQuant:
    """A ``Quant`` of the input or of an activation: its values ``(c - zero) * scale``,
    ``c`` integer codes in ``lo .. hi``, become the unsigned codes ``u = c - lo`` the
    array reads as bit planes; the next layer adds ``(lo - zero) * sum(w)`` back and
    scales (`_rescaled`), exactly, as the scale is a power of two."""

    def __init__(self, node, consts):
        a = _attrs(node)
        scale, zero, bits = (np.asarray(_const_of(node, consts, k), np.float64).ravel()
                             for k in (1, 2, 3))
        if scale.size != 1 or zero.size != 1 or bits.size != 1:
            raise CompileError(f"{_node_name(node)}: a per-channel scale or zero point; accel "
                               "imports one of each")
        scale, zero, bits = float(scale[0]), float(zero[0]), float(bits[0])
        if not (bits == int(bits) and 1 <= bits <= 8):
            raise CompileError(f"{_node_name(node)}: {bits:g} bits; accel takes Quant of 1..8 "
                               "bits")
        m, _ = np.frexp(scale)
        if scale <= 0 or m != 0.5:
            raise CompileError(f"{_node_name(node)}: scale {scale!r} is not a power of two, "
                               "so the next layer's float32 sum is not exactly the scaled "
                               "integer sum")
        if zero != int(zero):
            raise CompileError(f"{_node_name(node)}: zero point {zero!r} is not an integer")
        self.bits, self.scale, self.zero = int(bits), scale, int(zero)
        signed, narrow = bool(a.get("signed", 1)), bool(a.get("narrow", 0))
        self.lo = (-(1 << (self.bits - 1)) + int(narrow)) if signed else 0
        self.hi = ((1 << (self.bits - 1)) - 1 if signed else
                   (1 << self.bits) - 1 - int(narrow))
        self.rounding = a.get("rounding_mode", b"ROUND")
        self.rounding = (self.rounding.decode() if isinstance(self.rounding, bytes)
                         else str(self.rounding)).upper()
        self.name = _node_name(node)

    @classmethod
    def levels(cls, bits: int, name: str) -> "_IntQuant":
        """Unsigned levels ``0 .. 2**bits - 1`` of scale 1 (a MultiThreshold's)."""
        q = cls.__new__(cls)
        q.bits, q.scale, q.zero, q.lo, q.hi = bits, 1.0, 0, 0, (1 << bits) - 1
        q.rounding, q.name = "ROUND", name
        return q

    def step(self) -> list:
        """The input quantizer as a host step (`accel.hoststeps`)."""
        return ["quant_codes", self.scale, self.zero, self.lo, self.hi, self.rounding]

    def __call__(self, q: np.ndarray) -> np.ndarray:
        """The Quant's output (dequantized values) -> unsigned codes ``c - lo``."""
        c = np.asarray(q, np.float64) / self.scale + self.zero
        return (np.round(c) - self.lo).astype(np.float32)


class _QuantCodes(QuantAct):
    """A ``Quant`` activation as the unsigned codes ``c - lo`` (`_IntQuant`), its node
    run as qonnx's executor runs it: the compiler folds it into ``2**bits - 1``
    thresholds."""

    def __init__(self, q: _IntQuant, run):
        super().__init__(q.bits)
        self.q, self.run = q, run

    def forward(self, x):
        y = self.q(self.run(x.detach().cpu().numpy().astype(np.float32)))
        return torch.from_numpy(y)

    def extra_repr(self):
        return f"bits={self.bits}, {self.q.name}"


def _rescaled(cls):
    """``cls`` (a binary layer) whose input codes ``u`` stand for ``(u + lo - zero) *
    scale``: its rescale adds ``(lo - zero) * sum(w)`` per channel and scales, the
    ONNX layer's output exactly."""
    class Rescaled(cls):
        def set_input(self, q: _IntQuant):
            self.in_shift, self.in_scale = q.lo - q.zero, q.scale

        def rescale(self, d):
            sumw = self.binary_weight().detach().reshape(d.shape[1], -1).sum(dim=1)
            shape = (1, -1) + (1,) * (d.dim() - 2)
            return (d + (self.in_shift * sumw).reshape(shape)) * self.in_scale

        def score_step(self) -> list:
            """`rescale` of the last layer's integer scores, as a host step
            (`accel.hoststeps`)."""
            sumw = self.binary_weight().detach().reshape(self.weight.shape[0], -1).sum(dim=1)
            return ["affine", [float(self.in_shift * v) for v in sumw.tolist()],
                    self.in_scale]
    Rescaled.__name__ = Rescaled.__qualname__ = cls.__name__
    return Rescaled


_RescaledLinear, _RescaledConv2d = _rescaled(BinaryLinear), _rescaled(BinaryConv2d)


class _Levels(QuantAct):
    """A MultiThreshold's ``UINT<n>`` levels, which its node (in the block's
    `OnnxPost`) has already computed: passed through."""

    def forward(self, x):
        return x


def _threshold_act(node, consts):
    """The activation a MultiThreshold makes: ``(module, input quantizer of the next
    layer)``: +-1 (``BIPOLAR``, out_scale 2, out_bias -1) or levels (``UINT<n>``)."""
    a = _attrs(node)
    dtype = a.get("out_dtype", b"")
    dtype = dtype.decode() if isinstance(dtype, bytes) else str(dtype)
    scale, bias = float(a.get("out_scale", 1.0)), float(a.get("out_bias", 0.0))
    if dtype == "BIPOLAR" and (scale, bias) == (2.0, -1.0):
        return BinaryAct(), None
    levels = np.asarray(_const_of(node, consts, 1)).shape[-1]
    if dtype.startswith("UINT") and (scale, bias) == (1.0, 0.0) and \
            levels <= (1 << int(dtype[4:] or 0)) - 1 and 1 <= int(dtype[4:]) <= 8:
        bits = int(dtype[4:])
        return _Levels(bits), _IntQuant.levels(bits, _node_name(node))
    raise CompileError(f"{_node_name(node)}: out_dtype {dtype!r}, out_scale {scale:g}, "
                       f"out_bias {bias:g}; accel imports BIPOLAR (2, -1) or UINT1..8 (1, 0)")


def _reshape(node, consts, n: int, inside: bool = False) -> list:
    """A Reshape/Flatten: to a vector (Flatten), or at the input to a map (the host's:
    Flatten and Unflatten)."""
    if node.op_type == "Flatten":
        return [(f"flatten{n}", nn.Flatten())]
    target = [int(v) for v in np.asarray(_const_of(node, consts, 1)).ravel()]
    if len(target) <= 2:
        return [(f"flatten{n}", nn.Flatten())]
    if inside:
        raise CompileError(f"{_node_name(node)} reshapes to {target} inside the network; "
                           "accel flattens maps only")
    return [(f"flatten{n}", nn.Flatten()), (f"unflatten{n}", nn.Unflatten(1, tuple(target[1:])))]


def _pad(node, consts, in_quant) -> tuple:
    """A constant Pad before a Conv: ``(ph, pw, value)``, the value as the codes the
    array reads (+-1 for a sign map)."""
    a = _attrs(node)
    mode = a.get("mode", b"constant")
    mode = mode.decode() if isinstance(mode, bytes) else str(mode)
    pads = [int(v) for v in np.asarray(_const_of(node, consts, 1)).ravel()]
    v = _const_of(node, consts, 2)
    v = 0.0 if v is None else float(np.asarray(v).ravel()[0])
    if mode != "constant" or len(pads) != 8 or any(pads[j] for j in (0, 1, 4, 5)) \
            or pads[2:4] != pads[6:8]:
        raise CompileError(f"{_node_name(node)}: mode {mode!r}, pads {pads}; accel pads "
                           "rows and columns alike with a constant")
    if in_quant is None:
        if v not in (1.0, -1.0):
            raise CompileError(f"{_node_name(node)}: pad value {v:g} of a +-1 map")
        return pads[2], pads[3], v
    return pads[2], pads[3], v / in_quant.scale + in_quant.zero - in_quant.lo


def _linear(node, consts, in_quant: _IntQuant | None = None, pad=None) -> nn.Module:
    w = _binary_weight(node, consts)
    in_bits = in_quant.bits if in_quant is not None else None
    a = _attrs(node)
    if node.op_type == "Gemm":
        if a.get("transA", 0) or a.get("alpha", 1.0) != 1.0 or len(
                [n for n in node.input if n]) > 2:
            raise CompileError(f"{_node_name(node)}: a Gemm with transA, alpha != 1 or a bias "
                               "is not imported")
        if not a.get("transB", 0):
            w = w.T
    elif node.op_type == "MatMul":
        w = w.T                                              # x @ W: W is (in, out)
    if node.op_type in ("Gemm", "MatMul"):
        lin = (_RescaledLinear if in_quant else BinaryLinear)(w.shape[1], w.shape[0],
                                                              in_bits=in_bits)
    else:
        if a.get("group", 1) != 1:
            raise CompileError(f"{_node_name(node)}: a grouped or depthwise convolution "
                               f"(group = {a['group']}); the array runs group 1 only")
        if any(d != 1 for d in a.get("dilations", [1, 1])):
            raise CompileError(f"{_node_name(node)}: dilation {a['dilations']} is not "
                               "supported")
        pads = list(a.get("pads", [0, 0, 0, 0]))
        if pads[:2] != pads[2:] or a.get("auto_pad", b"NOTSET") not in (b"NOTSET", "NOTSET"):
            raise CompileError(f"{_node_name(node)}: asymmetric or automatic padding {pads}")
        if any(pads) and (pad or in_quant is None):
            raise CompileError(f"{_node_name(node)}: zero padding {pads} of +-1 activations "
                               "is a third value the XNOR array cannot hold (accel pads with "
                               "+1 or -1: a Pad node before the Conv)" if not pad else
                               f"{_node_name(node)}: padded twice (a Pad node and pads {pads})")
        if any(pads):               # zeros of integer codes: the code of the value 0
            pad = (pads[0], pads[1], 0.0 / in_quant.scale + in_quant.zero - in_quant.lo)
        ph, pw, pv = pad if pad else (0, 0, None)
        lin = (_RescaledConv2d if in_quant else BinaryConv2d)(
            w.shape[1], w.shape[0], tuple(w.shape[2:]), stride=tuple(a.get("strides", [1, 1])),
            in_bits=in_bits, padding=(ph, pw), pad_value=pv)
    if in_quant is not None:
        lin.set_input(in_quant)
    with torch.no_grad():
        lin.weight.copy_(torch.from_numpy(np.ascontiguousarray(w)))
    return lin


def _maxpool(node) -> nn.Module:
    a = _attrs(node)
    k = tuple(a.get("kernel_shape", []))
    s = tuple(a.get("strides", k))
    pads = list(a.get("pads", [0, 0, 0, 0]))
    if any(pads) or a.get("ceil_mode", 0) or any(d != 1 for d in a.get("dilations", [1, 1])):
        raise CompileError(f"{_node_name(node)}: padding {pads}, ceil_mode or dilation")
    return nn.MaxPool2d(k, s)


def check_qonnx(src) -> tuple[list[dict], str | None]:
    """Every node of a QONNX model with its support status, and the import verdict
    (None when it imports), as `accel.compiler.graph.check_model` does for torch."""
    mw = load_qonnx(src)
    rows = []
    ok = set(_LINEAR + _PER_CHANNEL + _RESHAPE + ("BipolarQuant", "Quant", "MaxPool", "Pad",
                                                  "MultiThreshold"))
    for node in mw.graph.node:
        supported = node.op_type in ok
        rows.append(dict(name=node.name or node.output[0], type=node.op_type,
                         status="supported" if supported else "unsupported",
                         reason=("imported" if supported else
                                 _REASONS.get(node.op_type, "not an op accel imports"))))
    try:
        import_qonnx(mw)
        error = None
    except CompileError as e:
        error = str(e)
    return rows, error
