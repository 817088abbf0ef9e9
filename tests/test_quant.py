import torch

from accel.quant import BinaryAct, BinaryLinear, binarize, clip_weights_, sign_ste


def test_sign_zero_is_plus_one_and_ste():
    x = torch.tensor([-2.0, -1.0, -0.5, 0.0, 0.5, 1.0, 2.0], requires_grad=True)
    y = sign_ste(x)
    assert y.tolist() == [-1, -1, -1, 1, 1, 1, 1]
    y.sum().backward()
    assert x.grad.tolist() == [0, 1, 1, 1, 1, 1, 0]
    assert BinaryAct()(torch.zeros(3)).tolist() == [1, 1, 1]
    assert binarize(torch.tensor([0.0, -0.0])).tolist() == [1, 1]


def test_binary_linear_integer_exact_and_clip():
    torch.manual_seed(0)
    lin = BinaryLinear(100, 7, in_bits=8)
    x = torch.randint(0, 256, (5, 100)).float()
    y = lin(x)
    ref = x.double() @ torch.where(lin.weight >= 0, 1.0, -1.0).double().T
    assert torch.equal(y.double(), ref)
    with torch.no_grad():
        lin.weight.mul_(5)
    clip_weights_(lin)
    assert lin.weight.abs().max() <= 1


def test_alpha_is_mean_abs():
    lin = BinaryLinear(4, 2, alpha=True)
    with torch.no_grad():
        lin.weight.copy_(torch.tensor([[0.5, -0.5, 1.0, 0.0], [0.0, 0.0, 0.0, 0.0]]))
    assert lin.alpha().tolist() == [0.5, 0.0]
    out = lin(torch.ones(1, 4))
    assert out.tolist() == [[0.5 * 2, 0.0]]


def test_bad_constructor_args():
    import pytest
    with pytest.raises(ValueError, match="in_features"):
        BinaryLinear(0, 3)
    with pytest.raises(ValueError, match="in_bits"):
        BinaryLinear(3, 3, in_bits=9)
