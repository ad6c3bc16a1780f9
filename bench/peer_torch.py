#!/usr/bin/python3
"""The PyTorch peer of bench/compare: the four nets of docs/performance.md.

Run with Debian's /usr/bin/python3 (python3-torch 1.13). bench/compare sets the fair environment
(private OpenBLAS, OPENBLAS_CORETYPE=SkylakeX, GLIBC_TUNABLES malloc thresholds); this script
only sets the thread count.

Prints one JSON object: {"side": "peer", "net", "dtype", "threads", "per_s" (median), "reps": [...]}.
Same protocol as bench_nets: data generated once, warm-up, then the median of `--reps` timed
repetitions of about `--seconds` each.
"""

import argparse
import json
import math
import statistics
import sys
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

N_DATA = 4096  # samples in each synthetic data set; batches are drawn from it as the trainer does


class BatchSource:
    """Consecutive batches of an epoch-wise random permutation (like eqlab's trainer)."""

    def __init__(self, X, Y, batch, gen):
        self.X, self.Y, self.B, self.gen = X, Y, batch, gen
        self.perm = torch.randperm(X.shape[0], generator=gen)
        self.pos = 0

    def next(self):
        if self.pos + self.B > self.X.shape[0]:
            self.perm = torch.randperm(self.X.shape[0], generator=self.gen)
            self.pos = 0
        idx = self.perm[self.pos:self.pos + self.B]
        self.pos += self.B
        return self.X.index_select(0, idx), (None if self.Y is None else self.Y.index_select(0, idx))


# ---- MLP 64-128-128-10 ------------------------------------------------------------------------

def make_mlp(dtype, gen):
    model = nn.Sequential(nn.Linear(64, 128), nn.ReLU(), nn.Linear(128, 128), nn.ReLU(),
                          nn.Linear(128, 10)).to(dtype)
    X = torch.randn(N_DATA, 64, generator=gen, dtype=dtype)
    Y = torch.randint(0, 10, (N_DATA,), generator=gen)
    src = BatchSource(X, Y, 64, gen)
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)

    def step():
        x, y = src.next()
        opt.zero_grad(set_to_none=True)
        loss = F.cross_entropy(model(x), y)
        loss.backward()
        opt.step()

    return step


# ---- C4 G-CNN --------------------------------------------------------------------------------
# Feature maps over C4 are stored with channel index o*4 + g (group element fastest), as in eqlab.
# The filter banks are expanded from the parameters on every forward (differentiably), as a
# PyTorch G-CNN library does.

class LiftC4(nn.Module):
    def __init__(self, cin, cout, k, pad):
        super().__init__()
        self.weight = nn.Parameter(torch.randn(cout, cin, k, k) * math.sqrt(2.0 / (cin * k * k)))
        self.bias = nn.Parameter(torch.zeros(cout))
        self.pad = pad

    def forward(self, x):
        w = torch.stack([torch.rot90(self.weight, r, dims=(2, 3)) for r in range(4)], dim=1)
        w = w.reshape(-1, self.weight.shape[1], *self.weight.shape[2:])
        return F.conv2d(x, w, self.bias.repeat_interleave(4), padding=self.pad)


class GroupConvC4(nn.Module):
    def __init__(self, cin, cout, k, pad):
        super().__init__()
        fan_in = cin * 4 * k * k
        self.weight = nn.Parameter(torch.randn(cout, cin, 4, k, k) * math.sqrt(2.0 / fan_in))
        self.bias = nn.Parameter(torch.zeros(cout))
        self.pad = pad

    def forward(self, x):
        co, ci, _, k, _ = self.weight.shape
        # Output rotation r: rotate the filter in space and shift its group axis by r.
        w = torch.stack([torch.rot90(torch.roll(self.weight, r, dims=2), r, dims=(3, 4))
                         for r in range(4)], dim=1)
        w = w.reshape(co * 4, ci * 4, k, k)
        return F.conv2d(x, w, self.bias.repeat_interleave(4), padding=self.pad)


class GCNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.lift = LiftC4(1, 8, 5, 2)
        self.gconv = GroupConvC4(8, 8, 3, 1)
        self.fc = nn.Linear(8, 10)

    def forward(self, x):
        h = F.relu(self.lift(x))
        h = F.relu(self.gconv(h))
        n, _, H, W = h.shape
        h = h.view(n, 8, 4, H, W).amax(dim=2)  # max over rotations
        h = h.mean(dim=(2, 3))  # global mean pool
        return self.fc(h)


def make_gcnn_train(dtype, gen):
    torch.manual_seed(1)
    model = GCNN().to(dtype)
    X = torch.randn(N_DATA, 1, 16, 16, generator=gen, dtype=dtype)
    Y = torch.randint(0, 10, (N_DATA,), generator=gen)
    src = BatchSource(X, Y, 32, gen)
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)

    def step():
        x, y = src.next()
        opt.zero_grad(set_to_none=True)
        loss = F.cross_entropy(model(x), y)
        loss.backward()
        opt.step()

    return step


def make_gcnn_invariance_eval(dtype, gen):
    torch.manual_seed(1)
    model = GCNN().to(dtype).eval()
    X = torch.randn(256, 1, 16, 16, generator=gen, dtype=dtype)
    result = {}

    def step():
        with torch.no_grad():
            xs = torch.cat([torch.rot90(X, r, dims=(2, 3)) for r in range(4)], dim=0)
            out = model(xs).view(4, 256, -1)
            err = (out[1:] - out[0]).abs().amax() / out[0].abs().amax()
            result["err"] = float(err)

    step.result = result
    return step


# ---- additive flow ---------------------------------------------------------------------------

class AdditiveCoupling(nn.Module):
    def __init__(self, dim, hidden, flip):
        super().__init__()
        self.h = dim // 2
        self.flip = flip
        self.net = nn.Sequential(nn.Linear(self.h, hidden), nn.ReLU(), nn.Linear(hidden, hidden),
                                 nn.ReLU(), nn.Linear(hidden, dim - self.h))

    def forward(self, x):
        a, b = x[:, :self.h], x[:, self.h:]
        if self.flip:
            b, a = x[:, :self.h], x[:, self.h:]
            return torch.cat([b + self.net(a), a], dim=1)
        return torch.cat([a, b + self.net(a)], dim=1)


class Flow(nn.Module):
    def __init__(self, dim=16, hidden=64, couplings=4):
        super().__init__()
        self.layers = nn.ModuleList([AdditiveCoupling(dim, hidden, i % 2 == 1)
                                     for i in range(couplings)])
        self.log_scale = nn.Parameter(torch.zeros(dim))

    def nll(self, x):
        z = x
        for layer in self.layers:
            z = layer(z)
        z = z * torch.exp(self.log_scale)
        d = z.shape[1]
        per_sample = 0.5 * (z * z).sum(dim=1) + 0.5 * d * math.log(2 * math.pi) - self.log_scale.sum()
        return per_sample.mean()


def flow_data(n, gen, dtype):
    # Correlated Gaussian data with a per-coordinate offset (bench_nets makes the same kind).
    a = torch.randn(n, 2, generator=gen, dtype=torch.float64)
    idx = torch.arange(16)
    x = 3.0 * a[:, idx % 2] + 0.3 * torch.randn(n, 16, generator=gen, dtype=torch.float64)
    return (x + idx.to(torch.float64)).to(dtype)


def make_flow(dtype, gen):
    torch.manual_seed(1)
    model = Flow().to(dtype)
    X = flow_data(N_DATA, gen, dtype)
    src = BatchSource(X, None, 256, gen)
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)

    def step():
        x, _ = src.next()
        opt.zero_grad(set_to_none=True)
        loss = model.nll(x)
        loss.backward()
        opt.step()

    return step


NETS = {
    "mlp": make_mlp,
    "gcnn_train": make_gcnn_train,
    "gcnn_invariance_eval": make_gcnn_invariance_eval,
    "flow": make_flow,
}


def measure(step, reps, seconds):
    # Warm-up (also calibrates the number of calls per repetition).
    t0 = time.perf_counter()
    calls = 0
    while True:
        step()
        calls += 1
        el = time.perf_counter() - t0
        if el >= max(0.2, seconds / 2) and calls >= 3:
            break
    per_rep = max(1, int(round(calls / el * seconds)))
    rates = []
    for _ in range(reps):
        t0 = time.perf_counter()
        for _ in range(per_rep):
            step()
        rates.append(per_rep / (time.perf_counter() - t0))
    return statistics.median(rates), rates, per_rep


def loaded_blas():
    """The BLAS library file mapped into this process (to check the private OpenBLAS is used)."""
    try:
        with open("/proc/self/maps") as f:
            libs = {line.split()[-1] for line in f if "blas" in line}
        return sorted(libs)
    except OSError:
        return []


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--net", required=True, choices=sorted(NETS))
    ap.add_argument("--dtype", default="float32", choices=["float32", "float64"])
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--seconds", type=float, default=0.5)
    args = ap.parse_args()

    torch.set_num_threads(args.threads)
    dtype = torch.float32 if args.dtype == "float32" else torch.float64
    gen = torch.Generator().manual_seed(1234)
    step = NETS[args.net](dtype, gen)
    med, rates, per_rep = measure(step, args.reps, args.seconds)
    out = {"side": "peer", "net": args.net, "dtype": args.dtype, "threads": args.threads,
           "per_s": round(med, 3), "reps": [round(r, 3) for r in rates], "calls_per_rep": per_rep, "blas": loaded_blas()}
    if hasattr(step, "result") and "err" in step.result:
        out["invariance_error"] = step.result["err"]
    print(json.dumps(out))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
