"""Export an `accel.quant` network as a QONNX graph that FINN and qonnx's executor run.

The graph is written from what the compiler folded (`accel.compiler.fold`), so qonnx
computes exactly what the accelerator computes:

* the input: ``BipolarQuant`` (sign input) or an unsigned ``Quant`` of scale 1
  (integer input codes), after a ``Reshape`` to the first layer's map;
* a layer: ``BipolarQuant``'ed +-1 weights (a falling channel's negated, as the
  program stores them) in a ``Gemm`` or ``Conv``; a convolution's padding as an
  explicit ``Pad`` with the layer's pad value (ONNX's own padding is zeros, a value a
  +-1 map does not have);
* its batch norm and activation: FINN's ``MultiThreshold`` with the folded thresholds
  in the pre-activation's domain (``BIPOLAR``: out_scale 2, out_bias -1, or
  ``UINT<n>`` levels), then ``MaxPool`` for a pooled block;
* the last layer's ``Gemm`` gives the integer scores.

`accel.interop.qonnx_import` reads such a graph back into the same program.
"""

from __future__ import annotations


import numpy as np
import torch

from ..compiler.fold import fold_block
from ..compiler.graph import CompileError, capture

__all__ = ["export_qonnx"]

_DOMAIN = "qonnx.custom_op.general"


def export_qonnx(model: torch.nn.Module, image_shape, path=None):
    """The QONNX ``ModelProto`` of ``model`` for inputs of ``image_shape`` (one image,
    without the batch dimension); saved to ``path`` when given.  Raises
    `CompileError` for what the exporter does not write (residual blocks, a
    GlobalSumPool2d, XNOR-Net alpha, multi-bit weights, LightNorm)."""
    from onnx import TensorProto, helper, numpy_helper
    image_shape = tuple(int(v) for v in image_shape)
    was = model.training
    model.eval()
    try:
        blocks = capture(model, image_shape)
        folds = [fold_block(b) for b in blocks]
    finally:
        model.train(was)
    nodes, inits = [], []
    names = iter(range(1 << 30))

    def const(name, value, dtype=np.float32):
        inits.append(numpy_helper.from_array(np.asarray(value, dtype), name))
        return name

    def node(op, ins, domain="", **attrs):
        out = f"{op}_{next(names)}_out"
        nodes.append(helper.make_node(op, ins, [out], domain=domain, **attrs))
        return out

    x = "global_in"
    b0 = blocks[0]
    x = node("Reshape", [x, const("in_shape", (1, *b0.in_fm), np.int64)]) \
        if b0.conv and tuple(b0.in_fm) != image_shape else x
    if b0.input_kind == "binary":
        x = node("BipolarQuant", [x, const("one", [1.0])], domain=_DOMAIN)
    else:
        x = node("Quant", [x, const("one", [1.0]), const("zero", [0.0]),
                           const("in_bits", [float(b0.in_bits)])], domain=_DOMAIN,
                 signed=0, narrow=0, rounding_mode="ROUND")
    for k, (b, f) in enumerate(zip(blocks, folds)):
        what = f"layer {b.name!r}"
        if b.residual or b.replicate or b.lightnorm or b.pe_kind != "xnor" \
                or getattr(b.linear, "use_alpha", False):
            raise CompileError(f"{what}: accel export writes binary layers without residuals, "
                               "GlobalSumPool2d, LightNorm or alpha")
        w = f.weight_pos.reshape(b.out_channels, *((b.in_fm[0], *b.kernel) if b.conv
                                                   else (-1,)))
        wq = node("BipolarQuant", [const(f"w{k}", np.where(w, 1.0, -1.0)), "one"],
                  domain=_DOMAIN)
        if b.conv:
            ph, pw = b.padding
            if ph or pw:
                x = node("Pad", [x, const(f"pads{k}", [0, 0, ph, pw, 0, 0, ph, pw], np.int64),
                                 const(f"padv{k}", float(b.linear.pad_value))], mode="constant")
            x = node("Conv", [x, wq], kernel_shape=list(b.kernel), strides=list(b.stride),
                     pads=[0, 0, 0, 0])
        else:
            if k == 0 or blocks[k - 1].conv:          # a map (or an image) to a vector
                x = node("Reshape", [x, const(f"flat{k}", (1, -1), np.int64)])
            x = node("Gemm", [x, wq], transB=1)
        if b.final:
            break
        N = f.weight_pos.reshape(b.out_channels, -1).shape[1]
        if b.input_kind == "uint":
            Q = (1 << b.in_bits) - 1
            pw_eff = f.weight_pos.reshape(b.out_channels, -1).sum(axis=1)
            thr = f.thresholds - Q * (N - pw_eff)[None, :]
        else:
            thr = 2 * f.thresholds - N
        binary = b.out_kind == "binary"
        x = node("MultiThreshold", [x, const(f"thr{k}", thr.T.astype(np.float32))],
                 domain=_DOMAIN, out_dtype="BIPOLAR" if binary else f"UINT{b.out_bits}",
                 out_scale=2.0 if binary else 1.0, out_bias=-1.0 if binary else 0.0)
        if b.pool > 1:
            x = node("MaxPool", [x], kernel_shape=[b.pool, b.pool], strides=[b.pool, b.pool])
    nodes[-1].output[0] = "global_out"
    graph = helper.make_graph(
        nodes, "accel_export",
        [helper.make_tensor_value_info("global_in", TensorProto.FLOAT, [1, *image_shape])],
        [helper.make_tensor_value_info("global_out", TensorProto.FLOAT,
                                       [1, blocks[-1].out_channels])], inits)
    proto = helper.make_model(graph, producer_name="accel", opset_imports=[
        helper.make_opsetid("", 13), helper.make_opsetid(_DOMAIN, 1)])
    if path is not None:
        from ..outputs import write_atomic
        write_atomic(path, proto.SerializeToString())
    return proto
