"""Run ONNX nodes exactly as qonnx's reference executor does.

`qonnx.core.onnx_exec.execute_onnx` runs a graph node by node: a custom op (Quant,
BipolarQuant, MultiThreshold) through its numpy implementation, every standard op as
a one-node model in onnxruntime, in float32.  `NodeRunner` does the same on tensors
of any batch size, so that the compiler can evaluate an imported graph's arithmetic
(a BatchNormalization, scalar Mul/Add around it) on candidate pre-activations and
fold it into thresholds that equal the reference's own decisions, not a
re-derivation of them in another arithmetic.
"""

from __future__ import annotations

import numpy as np
import torch

from ..quant import ChannelPost

__all__ = ["NodeRunner", "OnnxPost"]


class NodeRunner:
    """Executes one ONNX node (``node``, a ``NodeProto``) of a model with opset
    ``opset`` and domain versions ``opsets`` on inputs given by name; ``consts`` holds
    the node's constant inputs (initializers, folded constants)."""

    def __init__(self, node, consts: dict, opsets: dict):
        self.node, self.consts, self.opsets = node, consts, opsets
        self._sess = None

    @property
    def custom(self) -> bool:
        from qonnx.custom_op.registry import is_custom_op
        return is_custom_op(self.node.domain, self.node.op_type)

    def _session(self):
        import onnxruntime as rt
        from onnx import TensorProto, helper
        if self._sess is None:
            node = self.node
            ins = []
            for name in node.input:
                if not name:
                    continue
                c = self.consts.get(name)
                if c is not None:
                    dt = helper.np_dtype_to_tensor_dtype(np.asarray(c).dtype)
                    ins.append(helper.make_tensor_value_info(name, dt, list(np.shape(c))))
                else:
                    ins.append(helper.make_tensor_value_info(name, TensorProto.FLOAT, None))
            outs = [helper.make_empty_tensor_value_info(o) for o in node.output]
            graph = helper.make_graph([node], "single-node-exec", ins, outs)
            model = helper.make_model(graph, opset_imports=[
                helper.make_opsetid(d, v) for d, v in self.opsets.items()
                if d in ("", "ai.onnx")])
            model.ir_version = min(model.ir_version, 10)
            self._sess = rt.InferenceSession(model.SerializeToString(),
                                             providers=["CPUExecutionProvider"])
        return self._sess

    def run(self, feed: dict) -> np.ndarray:
        """The node's first output for its inputs ``feed`` (by name)."""
        if self.custom:
            from onnx import helper
            from qonnx.custom_op.registry import getCustomOp
            ctx = dict(feed)
            getCustomOp(self.node).execute_node(ctx, helper.make_graph([self.node], "g", [],
                                                                       []))
            return np.asarray(ctx[self.node.output[0]])
        return self._session().run([self.node.output[0]], feed)[0]

    def __call__(self, x: np.ndarray) -> np.ndarray:
        """The node's first output for its one variable input ``x`` (float32)."""
        var = [n for n in self.node.input if n and n not in self.consts]
        if len(var) != 1:
            raise ValueError(f"node {self.node.name or self.node.op_type} has {len(var)} "
                             "variable inputs; a chain node has one")
        feed = {n: self.consts[n] for n in self.node.input if n in self.consts}
        feed[var[0]] = np.ascontiguousarray(x, dtype=np.float32)
        return np.asarray(self.run(feed), dtype=np.float32)


class OnnxPost(ChannelPost):
    """A chain of per-channel ONNX nodes (BatchNormalization, Mul, Add, Sub, Div by
    scalars or per-channel constants) run by `NodeRunner`: an imported layer's
    batch norm, folded into thresholds by the compiler with the reference runtime's
    own float32 arithmetic."""

    def __init__(self, runners: list, channels: int, names: list[str]):
        super().__init__()
        self.runners, self.num_features, self.names = runners, channels, names

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        y = x.detach().cpu().numpy().astype(np.float32)
        for r in self.runners:
            y = r(y)
        return torch.from_numpy(np.ascontiguousarray(y, dtype=np.float32))

    def extra_repr(self):
        return ", ".join(self.names)
