"""Test accuracy (PyTorch, eval mode) of the shipped digits networks with their recipes.

    python benchmarks/digits_accuracy.py [--nets digits_mlp digits_cnn binary_resnet]

Trains each network on scikit-learn's 8x8 digits with `accel.models.RECIPES` and
prints test accuracy and training time.  Target (issue 4): the conv BNN >= 97 %.
"""

import argparse
import time

import torch

from accel.datasets import digits
from accel.models import ARCHS, RECIPES
from accel.train import accuracy, train


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nets", nargs="+", default=["digits_mlp", "digits_cnn", "binary_resnet"])
    args = ap.parse_args()
    xtr, ytr, xte, yte = digits()
    for name in args.nets:
        torch.manual_seed(0)
        model = ARCHS[name]()
        t = time.perf_counter()
        train(model, xtr, ytr, progress=False, **RECIPES[name])
        acc, _ = accuracy(model, xte, yte)
        print(f"{name:<14} test accuracy {100 * acc:6.2f} %   training {time.perf_counter() - t:5.1f} s "
              f"({RECIPES[name]})")


if __name__ == "__main__":
    main()
