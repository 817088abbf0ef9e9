"""Exchange with other tools: QONNX import (`qonnx_import`), node execution as
qonnx's reference executor does it (`onnxrun`).  Needs the ``onnx`` extra
(qonnx, onnx, onnxruntime)."""
