"""DE, HTD and FTD: their functional cores against hand-computed values and plain loops,
their options one at a time, where gradients flow, and short training runs."""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch

from kdbench.backbones import BACKBONES, Backbone
from kdbench.backbones.base import Batch
from kdbench.data import CSR, Interactions
from kdbench.errors import IncompatibleError
from kdbench.losses import LOSSES, DistillContext
from kdbench.losses.experts import Experts, expert_hidden
from kdbench.losses.functional import (
    annealed_tau,
    cosine_matrix,
    entity_topology,
    expert_mixture,
    full_topology,
    group_prototypes,
    group_topology,
    gumbel_softmax,
    reconstruction_error,
    sample_gumbel,
)

R2 = 1 / math.sqrt(2)


# --- τ schedule and Gumbel gate ------------------------------------------------------


def test_annealed_tau_follows_the_geometric_schedule_and_clamps():
    assert annealed_tau(0) == 1.0
    assert annealed_tau(500) == pytest.approx(1e-5)  # √(1 · 1e-10)
    assert annealed_tau(1000) == pytest.approx(1e-10)
    assert annealed_tau(5000) == 1e-10  # past E_max: the floor
    assert annealed_tau(2, tau0=2.0, tau_end=0.5, epochs=4) == pytest.approx(1.0)


def test_gumbel_softmax_by_hand():
    log_alpha = torch.tensor([[0.5, 0.25, 0.25]]).log()
    g = torch.tensor([[0.0, math.log(2), 0.0]])
    # logits ∝ log [0.5, 0.5, 0.25]
    assert torch.allclose(gumbel_softmax(log_alpha, g, 1.0), torch.tensor([[0.4, 0.4, 0.2]]))
    z = gumbel_softmax(log_alpha, g, 0.5)  # ∝ [0.25, 0.25, 0.0625]
    assert torch.allclose(z, torch.tensor([[4 / 9, 4 / 9, 1 / 9]]))
    g2 = torch.tensor([[0.0, math.log(2) + 0.1, 0.0]])
    assert torch.equal(gumbel_softmax(log_alpha, g2, 1e-10), torch.tensor([[0.0, 1.0, 0.0]]))


def test_sample_gumbel_moments_and_reproducibility():
    gen = torch.Generator().manual_seed(3)
    g = sample_gumbel((200_000,), gen, "cpu")
    assert torch.isfinite(g).all()
    assert g.mean().item() == pytest.approx(0.5772, abs=0.01)  # Euler–Mascheroni
    assert g.var().item() == pytest.approx(math.pi**2 / 6, abs=0.03)
    again = sample_gumbel((200_000,), torch.Generator().manual_seed(3), "cpu")
    assert torch.equal(g, again)


# --- experts ---------------------------------------------------------------------------


def _hand_experts():
    """M=2 experts 1 → 1 → 1: E_1(x) = 2·relu(x) + 1, E_2(x) = 3·relu(0.5 − x) − 1."""
    w1 = torch.tensor([[[1.0]], [[-1.0]]])
    b1 = torch.tensor([[0.0], [0.5]])
    w2 = torch.tensor([[[2.0]], [[3.0]]])
    b2 = torch.tensor([[1.0], [-1.0]])
    return w1, b1, w2, b2


def test_expert_mixture_by_hand():
    s = torch.tensor([[2.0], [-1.0]])
    z = torch.tensor([[0.25, 0.75], [0.0, 1.0]])
    # row 0: E_1 = 5, E_2 = −1 → 0.25·5 + 0.75·(−1) = 0.5; row 1: E_2 = 3·1.5 − 1 = 3.5
    out = expert_mixture(s, z, *_hand_experts())
    assert torch.allclose(out, torch.tensor([[0.5], [3.5]]))
    t = torch.tensor([[1.5], [3.0]])
    assert torch.allclose(reconstruction_error(t, out), torch.tensor([1.0, 0.25]))


def test_expert_mixture_equals_a_loop_over_linear_experts():
    torch.manual_seed(0)
    m, d_s, h, d_t, n = 3, 4, 5, 6, 7
    w1, b1 = torch.randn(m, d_s, h), torch.randn(m, h)
    w2, b2 = torch.randn(m, h, d_t), torch.randn(m, d_t)
    s, z = torch.randn(n, d_s), torch.softmax(torch.randn(n, m), -1)
    loop = sum(z[:, k : k + 1] * (torch.relu(s @ w1[k] + b1[k]) @ w2[k] + b2[k]) for k in range(m))
    assert torch.allclose(expert_mixture(s, z, w1, b1, w2, b2), loop, atol=1e-5)


def test_experts_shapes_and_linear_like_initialisation():
    assert expert_hidden(20, 400) == 210
    assert expert_hidden(64, 64) == 32  # self-distillation rule of the DE original
    torch.manual_seed(0)
    ex = Experts(30, 20, 400)
    assert ex.w1.shape == (30, 20, 210) and ex.w2.shape == (30, 210, 400)
    assert ex.gate.in_features == 400 and ex.gate.out_features == 30
    for p, fan_in in ((ex.w1, 20), (ex.b1, 20), (ex.w2, 210), (ex.b2, 210)):
        bound = 1 / math.sqrt(fan_in)
        assert p.abs().max().item() <= bound
        # U(−b, b): std b/√3, as nn.Linear's kaiming_uniform(a=√5) and bias init
        assert p.std().item() == pytest.approx(bound / math.sqrt(3), rel=0.05)


def test_hidden_size_rules_of_de_and_htd():
    ctx = _ctx(teacher_dim=4, student_dim=4)
    assert _make("de", ctx).user_experts.w1.shape == (30, 4, 2)  # DE original: d_s // 2
    assert _make("htd", ctx).user_experts.w1.shape == (30, 4, 4)  # TD code: (d_s + d_t) // 2


def test_experts_forward_is_the_mixture_under_the_drawn_gate():
    torch.manual_seed(1)
    ex = Experts(4, 3, 5)
    s, t = torch.randn(6, 3), torch.randn(6, 5)
    gen = torch.Generator().manual_seed(7)
    out = ex(s, t, 0.5, gen)
    noise = sample_gumbel((6, 4), torch.Generator().manual_seed(7), "cpu")
    z = gumbel_softmax(torch.log_softmax(ex.gate(t), -1), noise, 0.5)
    assert torch.allclose(out, expert_mixture(s, z, ex.w1, ex.b1, ex.w2, ex.b2))
    assert torch.equal(ex.assign(t), ex.gate(t).argmax(-1))


# --- topology cores --------------------------------------------------------------------


def test_group_prototypes_by_hand():
    x = torch.tensor([[1.0, 0.0], [3.0, 0.0], [0.0, 2.0]])
    ids, p = group_prototypes(x, torch.tensor([5, 5, 2]))
    assert ids.tolist() == [2, 5]
    assert torch.allclose(p, torch.tensor([[0.0, 2.0], [2.0, 0.0]]))


# group 0 = entities 0, 1, 2; group 1 = entity 3
T_HAND = torch.tensor([[1.0, 0.0], [1.0, 1.0], [-1.0, 0.0], [1.0, 1.0]])
S_HAND = torch.tensor([[1.0, 0.0], [0.0, 1.0], [1.0, 0.0], [2.0, 0.0]])
G_HAND = torch.tensor([0, 0, 0, 1])


def test_entity_topology_pair_filter_by_hand():
    # group 0: C_T(0,1) = 1/√2, C_T(0,2) = −1, C_T(1,2) = −1/√2; C_S: 0, 1, 0
    total, pairs = entity_topology(T_HAND, S_HAND, G_HAND, "positive")
    # kept: the 4 diagonal pairs (difference 0) and (0,1), (1,0)
    assert pairs.item() == 6
    assert total.item() == pytest.approx(2 * R2**2)
    total, pairs = entity_topology(T_HAND, S_HAND, G_HAND, "none")
    assert pairs.item() == 10  # 3² + 1²
    assert total.item() == pytest.approx(2 * 0.5 + 2 * 4.0 + 2 * 0.5)


def test_entity_topology_equals_a_plain_loop():
    torch.manual_seed(2)
    n_ent = 19
    t, s = torch.randn(n_ent, 5), torch.randn(n_ent, 3)
    # group sizes 5, 4, 3, 3, 3, 1: sizes 4 and 3 share a padded bmm batch
    groups = torch.tensor([3, 0, 3, 1, 0, 3, 3, 1, 0, 9, 3, 0, 1, 7, 7, 7, 2, 2, 2])
    c_t, c_s = cosine_matrix(t, t), cosine_matrix(s, s)
    for flt in ("positive", "none"):
        want, n = 0.0, 0
        for a in range(n_ent):
            for b in range(n_ent):
                if groups[a] == groups[b] and (flt == "none" or c_t[a, b] > 0):
                    want += (c_s[a, b] - c_t[a, b]).item() ** 2
                    n += 1
        total, pairs = entity_topology(t, s, groups, flt)
        assert total.item() == pytest.approx(want, rel=1e-5) and pairs.item() == n


def test_entity_topology_gives_no_gradient_to_filtered_pairs():
    s = S_HAND.clone().requires_grad_()
    entity_topology(T_HAND, s, G_HAND, "positive")[0].backward()
    # entity 2's only kept pair is its diagonal (constant 1); entity 3 is alone
    assert s.grad[2].abs().max() < 1e-6 and s.grad[3].abs().max() < 1e-6
    assert s.grad[0].abs().max() > 0.1
    s.grad = None
    entity_topology(T_HAND, s, G_HAND, "none")[0].backward()
    assert s.grad[2].abs().max() > 0.1


def _group_topology_loop(t, s, groups, choice):
    ids = sorted(set(groups.tolist()))
    p_t = torch.stack([t[groups == g].mean(0) for g in ids])
    p_s = torch.stack([s[groups == g].mean(0) for g in ids])
    other_t, other_s = (t, s) if choice == "second" else (p_t, p_s)
    total = 0.0
    for k in range(len(ids)):
        for a in range(len(other_t)):
            ct = torch.cosine_similarity(p_t[k], other_t[a], dim=0)
            cs = torch.cosine_similarity(p_s[k], other_s[a], dim=0)
            total += (cs - ct).item() ** 2
    return total, len(ids) * len(other_t)


@pytest.mark.parametrize("choice", ["second", "first"])
def test_group_topology_equals_a_plain_loop(choice):
    torch.manual_seed(3)
    t, s = torch.randn(10, 6), torch.randn(10, 3)
    groups = torch.tensor([0, 4, 4, 0, 7, 7, 7, 0, 4, 31])
    want, n = _group_topology_loop(t, s, groups, choice)
    got, terms = group_topology(t, s, groups, choice)
    assert got.item() == pytest.approx(want, rel=1e-5) and terms == n


def test_group_topology_second_by_hand():
    # prototypes: P_T[0] = (1/3, 1/3), P_T[1] = (1, 1); P_S[0] = (2/3, 1/3), P_S[1] = (2, 0)
    got, terms = group_topology(T_HAND, S_HAND, G_HAND, "second")
    p_t = torch.tensor([[1 / 3, 1 / 3], [1.0, 1.0]])
    p_s = torch.tensor([[2 / 3, 1 / 3], [2.0, 0.0]])
    want = (cosine_matrix(p_s, S_HAND) - cosine_matrix(p_t, T_HAND)).pow(2).sum()
    assert terms == 8 and got.item() == pytest.approx(want.item())
    # one term by hand: cos(P_S[1], s_1) = 0, cos(P_T[1], t_1) = 1 → (0 − 1)² = 1
    assert (cosine_matrix(p_s, S_HAND)[1, 1] - cosine_matrix(p_t, T_HAND)[1, 1]).item() ** 2 == (
        pytest.approx(1.0)
    )


def test_group_topology_prototype_gradient_option():
    torch.manual_seed(4)
    t, s0 = torch.randn(9, 5), torch.randn(9, 3)
    groups = torch.tensor([0, 0, 1, 1, 1, 2, 2, 0, 1])
    # first + detached prototypes (reference): a constant, no gradient at all
    s = s0.clone().requires_grad_()
    value, _ = group_topology(t, s, groups, "first")
    assert not value.requires_grad
    # grad_prototypes: same value, now with gradient
    value_g, _ = group_topology(t, s, groups, "first", grad_prototypes=True)
    assert value_g.item() == pytest.approx(value.item())
    value_g.backward()
    assert s.grad.abs().max() > 0
    # second: the option changes the gradient, not the value
    grads = []
    for gp in (False, True):
        s = s0.clone().requires_grad_()
        v, _ = group_topology(t, s, groups, "second", grad_prototypes=gp)
        v.backward()
        grads.append((v.item(), s.grad))
    assert grads[0][0] == pytest.approx(grads[1][0])
    assert not torch.allclose(grads[0][1], grads[1][1])
    # detached: the gradient is that of Σ (cos(P, s_a) − c_T)² with P held fixed
    s = s0.clone().requires_grad_()
    _, p_s = group_prototypes(s0, groups)
    _, p_t = group_prototypes(t, groups)
    (cosine_matrix(p_s, s) - cosine_matrix(p_t, t)).pow(2).sum().backward()
    assert torch.allclose(grads[0][1], s.grad, atol=1e-6)


def test_full_topology_by_hand_and_equals_the_dense_sum():
    t = torch.tensor([[1.0, 0.0], [0.0, 1.0]])
    s = torch.tensor([[1.0], [-2.0]])
    # C_T = I; C_S = [[1, −1], [−1, 1]] → two off-diagonal differences of 1
    assert full_topology(t, s).item() == pytest.approx(2.0, abs=1e-6)
    torch.manual_seed(5)
    t, s = torch.randn(40, 16), torch.randn(40, 4, requires_grad=True)
    dense = (cosine_matrix(t, t) - cosine_matrix(s, s)).pow(2).sum()
    gram = full_topology(t, s)
    assert gram.item() == pytest.approx(dense.item(), rel=1e-5)
    (g_dense,) = torch.autograd.grad(dense, s)
    (g_gram,) = torch.autograd.grad(gram, s)
    assert torch.allclose(g_dense, g_gram, atol=1e-5)


# --- the losses on tiny data -----------------------------------------------------------


def _tiny_data() -> Interactions:
    users = np.array([0, 0, 1, 1, 2, 2, 3])
    items = np.array([0, 1, 1, 2, 3, 4, 0])
    train = CSR.from_pairs(users, items, 4)
    empty = CSR.from_pairs(np.array([], dtype=np.int64), np.array([], dtype=np.int64), 4)
    return Interactions("tiny", 4, 5, train, empty, empty)


def _ctx(teacher_dim: int = 3, student_dim: int = 2, seed: int = 0):
    data = _tiny_data()
    torch.manual_seed(seed)
    teacher = BACKBONES.get("mf")(data, dim=teacher_dim, init_std=1.0).eval()
    for p in teacher.parameters():
        p.requires_grad_(False)
    student = BACKBONES.get("mf")(data, dim=student_dim, init_std=1.0)
    gen = torch.Generator().manual_seed(seed)
    return DistillContext(teacher, student, data, torch.device("cpu"), gen)


BATCH = Batch(
    users=torch.tensor([0, 0, 1, 3, 1]),
    pos=torch.tensor([0, 1, 2, 0, 1]),
    neg=torch.tensor([3, 4, 4, 2, 3]),
)


def _make(name: str, ctx: DistillContext, seed: int = 0, **params):
    loss = LOSSES.get(name)(**params)
    torch.manual_seed(seed)  # expert initialisation
    loss.setup(ctx)
    loss.on_epoch_start(0)
    return loss


def _set_single_expert(experts: Experts, scale: float) -> None:
    """Expert 0 becomes E(x) = scale·(relu(x), 0, …) and the gate always picks it."""
    with torch.no_grad():
        experts.w1.zero_()
        experts.b1.zero_()
        experts.w2.zero_()
        experts.b2.zero_()
        d_s, h = experts.w1.shape[1:]
        for k in range(min(d_s, h)):
            experts.w1[0, k, k] = 1.0
            experts.w2[0, k, k] = scale
        experts.gate.weight.zero_()
        experts.gate.bias.fill_(-100.0)
        experts.gate.bias[0] = 100.0  # z = one-hot on expert 0 whatever the noise


def _pad(x: torch.Tensor, d: int) -> torch.Tensor:
    return torch.cat([x, x.new_zeros(x.shape[0], d - x.shape[1])], 1)


@pytest.mark.parametrize("reduction", ["sum", "mean"])
def test_de_value_by_hand(reduction):
    ctx = _ctx()
    loss = _make("de", ctx, M=3, reduction=reduction)
    for ex in (loss.user_experts, loss.item_experts):
        _set_single_expert(ex, 2.0)
    su, si = ctx.student.embeddings()
    tu, ti = ctx.teacher.embeddings()

    def part(t, s):
        e = (t - _pad(2.0 * torch.relu(s), 3)).pow(2).sum(-1)
        return e.sum() if reduction == "sum" else e.mean()

    users, pos, neg = torch.tensor([0, 1, 3]), torch.tensor([0, 1, 2]), torch.tensor([2, 3, 4])
    want = part(tu[users], su[users]) + 0.5 * (part(ti[pos], si[pos]) + part(ti[neg], si[neg]))
    assert loss(BATCH).item() == pytest.approx(want.item(), rel=1e-6)


def test_de_gradients_reach_student_experts_and_gates_not_teacher():
    ctx = _ctx()
    loss = _make("de", ctx, M=4)
    loss(BATCH).backward()
    su, si = ctx.student.embeddings()
    assert su.grad[[0, 1, 3]].abs().sum() > 0 and su.grad[2].abs().sum() == 0
    assert si.grad.abs().sum(1).gt(0).all()  # every item is a positive or a negative
    for ex in (loss.user_experts, loss.item_experts):
        for p in ex.parameters():
            assert p.grad is not None and p.grad.abs().sum() > 0
    assert all(p.grad is None for p in ctx.teacher.parameters())
    names = {n for n, _ in loss.named_parameters()}
    assert {"user_experts.w1", "item_experts.gate.weight"} <= names


def test_de_tau_schedule_option():
    ctx = _ctx()
    anneal = _make("de", ctx, tau_epochs=100)
    fixed = _make("de", ctx, tau_schedule="fixed", tau=0.3)
    anneal.on_epoch_start(50)
    fixed.on_epoch_start(50)
    assert anneal.tau_now == pytest.approx(1e-5) and fixed.tau_now == 0.3
    anneal.on_epoch_start(0)
    assert anneal.tau_now == 1.0


def test_gumbel_noise_does_not_touch_the_training_generator():
    ctx = _ctx()
    state = ctx.generator.get_state()
    loss = _make("de", ctx, M=5)
    loss(BATCH)
    assert torch.equal(ctx.generator.get_state(), state)


def _htd_parts(ctx, loss):
    """GA, L_ent, L_grp recomputed from the cores for BATCH with detached noise (τ→0)."""
    users, items = torch.tensor([0, 1, 3]), torch.tensor([0, 1, 2, 3, 4])
    su, si = ctx.student.embeddings()
    tu, ti = ctx.teacher.embeddings()
    t = torch.cat([tu[users], ti[items]])
    s = torch.cat([su[users], si[items]])
    groups = torch.cat(
        [loss.user_experts.assign(tu[users]), loss.item_experts.assign(ti[items]) + loss.K]
    )
    return t, s, groups


@pytest.mark.parametrize(
    "option", [{}, {"pair_filter": "none"}, {"choice": "first"}, {"grad_prototypes": True}]
)
def test_htd_value_is_alpha_td_plus_ga(option):
    ctx = _ctx()
    loss = _make("htd", ctx, K=3, alpha=0.3, **option)
    for ex in (loss.user_experts, loss.item_experts):
        _set_single_expert(ex, 2.0)
    t, s, groups = _htd_parts(ctx, loss)
    assert groups.tolist() == [0, 0, 0, 3, 3, 3, 3, 3]  # every gate picks expert 0
    ga = (t - _pad(2.0 * torch.relu(s), 3)).pow(2).sum()
    ent = entity_topology(t, s, groups, option.get("pair_filter", "positive"))[0]
    grp = group_topology(t, s, groups, option.get("choice", "second"))[0]
    want = 0.3 * (ent + grp) + 0.7 * ga
    assert loss(BATCH).item() == pytest.approx(want.item(), rel=1e-5)


def test_htd_options_change_only_their_term():
    values = {}
    for key, opt in {
        "ref": {},
        "none": {"pair_filter": "none"},
        "first": {"choice": "first"},
        "gp": {"grad_prototypes": True},
    }.items():
        ctx = _ctx(seed=1)
        loss = _make("htd", ctx, seed=1, K=3, alpha=0.5, **opt)
        t, s, groups = _htd_parts(ctx, loss)
        values[key] = (loss(BATCH).item(), t, s, groups)
    ref, t, s, groups = values["ref"]
    ent = {f: entity_topology(t, s, groups, f)[0].item() for f in ("positive", "none")}
    grp = {c: group_topology(t, s, groups, c)[0].item() for c in ("second", "first")}
    assert values["none"][0] - ref == pytest.approx(0.5 * (ent["none"] - ent["positive"]), abs=1e-4)
    assert values["first"][0] - ref == pytest.approx(0.5 * (grp["first"] - grp["second"]), abs=1e-4)
    assert values["gp"][0] == pytest.approx(ref, rel=1e-6)


def test_htd_gates_learn_only_from_group_assignment():
    ctx = _ctx()
    loss = _make("htd", ctx, K=3, alpha=1.0)  # TD only: argmax groups carry no gradient
    loss(BATCH).backward()
    assert all(p.grad is None or p.grad.abs().sum() == 0 for p in loss.parameters())
    assert ctx.student.user_emb.grad.abs().sum() > 0
    ctx = _ctx()
    loss = _make("htd", ctx, K=3, alpha=0.5)
    loss(BATCH).backward()
    assert loss.user_experts.gate.weight.grad.abs().sum() > 0


def test_ftd_value_by_hand_and_reduction():
    ctx = _ctx()
    users, items = torch.tensor([0, 1, 3]), torch.tensor([0, 1, 2, 3, 4])
    su, si = ctx.student.embeddings()
    tu, ti = ctx.teacher.embeddings()
    t, s = torch.cat([tu[users], ti[items]]), torch.cat([su[users], si[items]])
    want = (cosine_matrix(t, t) - cosine_matrix(s, s)).pow(2).sum().item()
    assert _make("ftd", ctx)(BATCH).item() == pytest.approx(want, rel=1e-5)
    assert _make("ftd", ctx, reduction="mean")(BATCH).item() == pytest.approx(want / 64, rel=1e-5)
    assert list(_make("ftd", ctx).parameters()) == []


def test_defaults_are_the_originals():
    de, htd, ftd = (LOSSES.get(n).all_params() for n in ("de", "htd", "ftd"))
    assert de["M"].default == 30 and de["lambda"].default == 0.01
    assert de["tau"].default == 1.0 and de["tau_min"].default == 1e-10
    assert de["tau_epochs"].default == 1000 and de["tau_schedule"].default == "anneal"
    assert htd["K"].default == 30 and htd["alpha"].default == 0.5
    assert htd["lambda"].default == 1e-3 and htd["choice"].default == "second"
    assert htd["pair_filter"].default == "positive" and htd["grad_prototypes"].default is False
    assert ftd["lambda"].default == 1e-3
    assert all(p["reduction"].default == "sum" for p in (de, htd, ftd))


def test_backbones_without_embeddings_are_refused():
    class NoEmb(Backbone):
        name = "noemb"

    mf = BACKBONES.get("mf")
    for name in ("de", "htd", "ftd"):
        cls = LOSSES.get(name)
        cls.check_compatible(mf, mf)
        with pytest.raises(IncompatibleError, match="embeddings"):
            cls.check_compatible(mf, NoEmb)
        with pytest.raises(IncompatibleError, match="embeddings"):
            cls.check_compatible(NoEmb, mf)


# --- training ----------------------------------------------------------------------------


def _train(data, name: str, teacher_dim: int, student_dim: int, batches: int | None = None):
    from kdbench.train.sampling import bpr_batches
    from kdbench.train.trainer import TrainConfig, make_optimizer

    torch.manual_seed(0)
    teacher = BACKBONES.get("mf")(data, dim=teacher_dim).eval()
    for p in teacher.parameters():
        p.requires_grad_(False)
    student = BACKBONES.get("mf")(data, dim=student_dim)
    gen = torch.Generator().manual_seed(0)
    ctx = DistillContext(teacher, student, data, torch.device("cpu"), gen)
    loss = LOSSES.get(name)()
    loss.setup(ctx)
    opt = make_optimizer(student, loss, TrainConfig(lr=1e-3, weight_decay=1e-3))
    n_params = sum(p.numel() for g in opt.param_groups for p in g["params"])
    loss.on_epoch_start(0)
    before = [p.detach().clone() for p in loss.parameters()]
    values = []
    for k, batch in enumerate(bpr_batches(ctx.train, 2048, gen)):
        if batches is not None and k == batches:
            break
        student.begin_step()
        total = student.base_loss(batch) + loss.lam * loss(batch)
        opt.zero_grad()
        total.backward()
        opt.step()
        values.append(total.item())
    moved = all(not torch.equal(a, b) for a, b in zip(before, loss.parameters(), strict=True))
    return values, n_params, moved


@pytest.mark.parametrize("name", ["de", "htd", "ftd"])
def test_training_steps_on_ml100k_are_finite_and_train_the_kd_modules(ml100k, name):
    values, n_params, moved = _train(ml100k, name, 32, 8, batches=8)
    assert values and all(math.isfinite(v) for v in values)
    student = (ml100k.n_users + ml100k.n_items) * 8
    assert (n_params > student) == (name != "ftd")  # experts and gates are optimised
    assert moved


@pytest.mark.slow
@pytest.mark.parametrize("name", ["de", "htd", "ftd"])
def test_citeulike_mf400_to_mf20_epoch_is_finite(shared_data, name):
    from kdbench.data import load_dataset

    data = load_dataset("citeulike-t", path=str(shared_data / "citeulike-t" / "users.dat"))
    values, _, _ = _train(data, name, 400, 20)
    assert all(math.isfinite(v) for v in values)


def test_lightgcn_student_distils_propagated_embeddings(ml100k):
    if "lightgcn" not in BACKBONES:
        pytest.skip("no lightgcn backbone")
    torch.manual_seed(0)
    lg = BACKBONES.get("lightgcn")
    teacher = lg(ml100k, dim=16).eval()
    for p in teacher.parameters():
        p.requires_grad_(False)
    student = lg(ml100k, dim=4)
    ctx = DistillContext(teacher, student, ml100k, torch.device("cpu"), torch.Generator())
    loss = _make("de", ctx, M=2)
    want_u, _ = teacher.embeddings()
    assert torch.equal(loss.t_user, want_u)
    student.begin_step()
    loss(BATCH).backward()
    assert next(iter(student.parameters())).grad.abs().sum() > 0
