#!/usr/bin/env python3
"""eqlab weight files (safetensors) with NumPy alone: read, write, and an MLP's forward pass.

    python3 numpy_mlp.py FOLDER

writes into FOLDER the weights of an MLP [dense 6->16, tanh, dense 16->3] in float64
(mlp.safetensors, the names and layouts of PyTorch's nn.Sequential state_dict), ten inputs
x.npy (10 x 6) and NumPy's outputs for them y.npy (10 x 3). eqlab's tests load the weights into
the experiment's model and check that its outputs match y to 1e-12 (docs/interop.md).
"""
import json
import struct
import sys

import numpy as np

DTYPES = {"F32": "<f4", "F64": "<f8"}


def write_safetensors(path, tensors, metadata=None):
    """tensors: {name: float32 or float64 array}; metadata: {str: str}."""
    header, blobs, offset = {}, [], 0
    for name, array in tensors.items():
        kind = {"float32": "F32", "float64": "F64"}[array.dtype.name]
        data = np.ascontiguousarray(array, dtype=DTYPES[kind]).tobytes()
        header[name] = {"dtype": kind, "shape": list(array.shape),
                        "data_offsets": [offset, offset + len(data)]}
        blobs.append(data)
        offset += len(data)
    if metadata:
        header["__metadata__"] = metadata
    text = json.dumps(header).encode("utf-8")
    text += b" " * (-len(text) % 8)  # the data starts 8-byte aligned
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(text)))
        f.write(text)
        f.write(b"".join(blobs))


def read_safetensors(path):
    """Returns ({name: array}, metadata)."""
    with open(path, "rb") as f:
        data = f.read()
    (n,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8:8 + n])
    metadata = header.pop("__metadata__", {})
    buffer = data[8 + n:]
    tensors = {}
    for name, info in header.items():
        begin, end = info["data_offsets"]
        array = np.frombuffer(buffer[begin:end], dtype=DTYPES[info["dtype"]])
        tensors[name] = array.reshape(info["shape"])
    return tensors, metadata


def mlp_forward(w, x):
    """x: samples x 6, one sample per row (PyTorch's layout) -> samples x 3."""
    h = np.tanh(x @ w["0.weight"].T + w["0.bias"])
    return h @ w["2.weight"].T + w["2.bias"]


def main(folder):
    rng = np.random.default_rng(7)
    weights = {
        "0.weight": rng.normal(0.0, 0.5, (16, 6)),  # [out, in], row-major
        "0.bias": rng.normal(0.0, 0.1, 16),
        "2.weight": rng.normal(0.0, 0.3, (3, 16)),  # layer 1 (tanh) has no tensors
        "2.bias": rng.normal(0.0, 0.1, 3),
    }
    write_safetensors(f"{folder}/mlp.safetensors", weights,
                      {"format": "eqlab-weights 1", "dtype": "float64"})
    x = rng.normal(0.0, 1.0, (10, 6))
    np.save(f"{folder}/x.npy", x)
    np.save(f"{folder}/y.npy", mlp_forward(weights, x))

    again, metadata = read_safetensors(f"{folder}/mlp.safetensors")
    assert metadata["dtype"] == "float64"
    assert all(np.array_equal(again[k], weights[k]) for k in weights)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
