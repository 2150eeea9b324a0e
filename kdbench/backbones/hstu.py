"""HSTU (Zhai et al., ICML'24, "Actions Speak Louder than Words") as a sequential
recommender, in plain PyTorch: padded [B, n, d] sequences with causal and key-padding
masks instead of fbgemm jagged tensors. It follows the RCE-KD reference port of Meta's
generative-recommenders.

Input: a user's last ``max_len`` train items in stored order, ids shifted by +1 (0 is
padding), right-padded. x = E[seq]·√d + P[pos] (learnable absolute positions), dropout,
padded positions zeroed. Each block (a sequential transduction unit, STU):

    u, v, q, k = SiLU(LayerNorm(x) W_uvqk)          (one projection)
    A = SiLU(q kᵀ) / n_norm, masked causal + padding (pointwise attention, per head)
    x ← W_o · Dropout(u ⊙ LayerNorm(A v)) + b_o + x  (gated output, residual)

with n_norm = max_len + max_output_len (the reference divides by the width of its padded
attention mask, 110 for max_len 100; a constant, so padding never changes a valid
position). The output is L2-normalised; the user representation is the output at the
user's last position; s(u, i) = cos(h_u, e_i) ∈ [-1, 1], no temperature.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import torch
from torch import nn
from torch.nn import functional as F

from kdbench.backbones.base import Backbone, Batch, register_backbone
from kdbench.data import CSR, Interactions
from kdbench.params import Param

#: logit of a sampled negative that happens to be the positive (reference: -5e4)
COLLISION_LOGIT = -5e4
#: attention entries (B·heads·n²) per chunk when encoding every user without autograd
_ENCODE_CHUNK_ELEMS = 2**25


def l2norm(x: torch.Tensor, eps: float = 1e-6) -> torch.Tensor:
    """x / max(‖x‖₂, eps) over the last dim (the reference's L2 post-processing)."""
    return x / torch.linalg.vector_norm(x, dim=-1, keepdim=True).clamp_min(eps)


def length_groups(lengths: torch.Tensor) -> list[tuple[torch.Tensor, int]]:
    """Rows of a batch by sequence length, in groups whose lengths lie in one power-of-two
    band ((2^(k−1), 2^k]: a group's longest row at most twice its shortest), each with the
    group's longest length (at least 1). Returns [(row ids ascending, length)], longest
    group first. At most ⌈log2(max_len)⌉ + 1 groups; on CiteULike-t's HSTU batches (128
    users, lengths up to 100) about 5, encoding ~4.8× fewer positions than one block."""
    band = torch.ceil(torch.log2(lengths.clamp_min(1).double())).long()
    groups = []
    for k in torch.unique(band).flip(0).tolist():
        rows = (band == k).nonzero().squeeze(1)
        groups.append((rows, max(int(lengths[rows].max()), 1)))
    return groups


def train_sequences(train: CSR, max_len: int) -> torch.Tensor:
    """[U, max_len] int64: each user's last ``max_len`` train items in stored order,
    shifted by +1, right-padded with 0. Vectorised over users."""
    lengths = np.minimum(train.lengths(), max_len)
    users = np.repeat(np.arange(train.n_rows), lengths)
    col = np.arange(int(lengths.sum())) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    src = np.repeat(train.indptr[1:] - lengths, lengths) + col
    seq = np.zeros((train.n_rows, max_len), dtype=np.int64)
    seq[users, col] = train.indices[src] + 1
    return torch.from_numpy(seq)


class _RowDots(torch.autograd.Function):
    """[N, C] dot products of each query row with C rows of a table, ``table[cols[n, c]]
    · query[n]``, without the [N, C, d] gather or the dense [N, I] score matrix.

    The softmax over the positive and R = 512 sampled negatives touches ~2% of the items
    per position, yet scoring every item (query·tableᵀ, then a gather) runs three dense
    products: forward, and a zero-filled [N, I] gradient scattered and multiplied back
    twice. Here the forward gathers a few rows' item rows at a time (cache-sized) and
    multiplies them; the backward is two weighted sums of rows (``embedding_bag``):
    ∂query[n] = Σ_c g[n, c]·table[cols[n, c]] in column order, and
    ∂table[i] = Σ g[n, c]·query[n] over the (n, c) with cols[n, c] = i, in (n, c) order
    (a stable sort groups them). Values and gradients equal the dense path's up to
    rounding (summed in another order), deterministically. Forward + backward at the
    CiteULike-t HSTU batch shape: 0.76 → 0.38 CPU s (``benchmarks/hstu_logits_paths.txt``)."""

    #: bytes of gathered item rows per forward chunk (4 query rows at C = 513, d = 64)
    CHUNK_BYTES = 2**19

    @staticmethod
    def forward(ctx: Any, query: torch.Tensor, table: torch.Tensor, cols: torch.Tensor):
        (n, c), d = cols.shape, table.shape[1]
        step = max(1, _RowDots.CHUNK_BYTES // (c * d * table.element_size()))
        out = query.new_empty(n, c)
        for s in range(0, n, step):
            rows = table.index_select(0, cols[s : s + step].reshape(-1)).view(-1, c, d)
            out[s : s + step] = torch.bmm(rows, query[s : s + step, :, None])[..., 0]
        ctx.save_for_backward(query, table, cols)
        return out

    @staticmethod
    def backward(ctx: Any, g: torch.Tensor) -> tuple[torch.Tensor | None, ...]:
        query, table, cols = ctx.saved_tensors
        grad_q = grad_t = None
        g = g.contiguous()
        if ctx.needs_input_grad[0]:
            grad_q = F.embedding_bag(cols, table, per_sample_weights=g, mode="sum")
        if ctx.needs_input_grad[1]:
            keys, order = torch.sort(cols.reshape(-1).to(torch.int32), stable=True)
            ids = torch.arange(table.shape[0], dtype=torch.int32, device=cols.device)
            offsets = torch.searchsorted(keys, ids)  # each row's first (n, c); no bincount:
            # CUDA's is nondeterministic (a warning per step under deterministic algorithms)
            rows = torch.div(order, cols.shape[1], rounding_mode="floor")
            grad_t = F.embedding_bag(
                rows, query, offsets, per_sample_weights=g.reshape(-1)[order], mode="sum"
            )
        return grad_q, grad_t, None


def sampled_logits(
    query: torch.Tensor, items: torch.Tensor, pos: torch.Tensor, neg: torch.Tensor
) -> torch.Tensor:
    """[N', 1+R] inner products of query [N', d] with its positive pos [N'] (column 0) and
    negatives neg [N', R], rows of items [I', d] (``_RowDots``)."""
    return _RowDots.apply(query, items, torch.cat([pos[:, None], neg], 1))


class RelativePositionBias(nn.Module):
    """b[n, m] = w[m − n + N − 1], learnable, N = n_norm (HSTU's positional part of the
    relative attention bias; the reference configures it but never applies it)."""

    def __init__(self, size: int) -> None:
        super().__init__()
        self.size = size
        self.w = nn.Parameter(torch.empty(2 * size - 1).normal_(0.0, 0.02))

    def forward(self, n: int) -> torch.Tensor:
        pos = torch.arange(n, device=self.w.device)
        return self.w[pos[None, :] - pos[:, None] + self.size - 1]  # [n, n]


class STU(nn.Module):
    """One HSTU block on padded input x [B, n, d] with mask [B, n, n] (True: query n may
    attend key m)."""

    def __init__(
        self,
        dim: int,
        heads: int,
        attn_dim: int,
        linear_dim: int,
        dropout: float,
        n_norm: int,
        rel_bias: bool,
    ) -> None:
        super().__init__()
        self.dim, self.heads, self.attn_dim, self.linear_dim = dim, heads, attn_dim, linear_dim
        self.dropout, self.n_norm = dropout, n_norm
        width = 2 * heads * linear_dim + 2 * heads * attn_dim
        self.uvqk = nn.Parameter(torch.empty(dim, width).normal_(0.0, 0.02))
        self.out = nn.Linear(heads * linear_dim, dim)
        nn.init.xavier_uniform_(self.out.weight)
        self.rel_bias = RelativePositionBias(n_norm) if rel_bias else None

    def forward(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        B, n, _ = x.shape
        H, dqk, dv = self.heads, self.attn_dim, self.linear_dim
        h = F.layer_norm(x, (self.dim,), eps=1e-6)
        u, v, q, k = F.silu(h @ self.uvqk).split([H * dv, H * dv, H * dqk, H * dqk], dim=-1)
        att = torch.einsum("bnhd,bmhd->bhnm", q.view(B, n, H, dqk), k.view(B, n, H, dqk))
        if self.rel_bias is not None:
            att = att + self.rel_bias(n)
        att = F.silu(att) / self.n_norm * mask[:, None]
        a = torch.einsum("bhnm,bmhd->bnhd", att, v.view(B, n, H, dv)).reshape(B, n, H * dv)
        gated = u * F.layer_norm(a, (H * dv,), eps=1e-6)
        return self.out(F.dropout(gated, self.dropout, self.training)) + x


@register_backbone("hstu")
class HSTU(Backbone):
    """HSTU trained with the reference's autoregressive sampled softmax.

    ``base_loss`` (one batch row per user): every prefix position t of a user's train
    sequence (t < length − 1) predicts the item at t + 1. Each such position gets its own
    R = ``negatives`` ids drawn uniformly from all I items (with replacement, the user's
    own items included; no sharing across positions or users, as the reference's
    ``LocalNegativesSampler``); a negative equal to the target gets logit −5e4. With
    logits cos(h_t, e)/τ, the loss is −log softmax over [target, negatives], **averaged
    over all supervised positions of the batch** (Σ loss / Σ positions: users weigh by
    their sequence length), as the reference's ``get_loss``.

    ``embeddings()``: (user representations h_u [U, d], L2-normalised item embeddings
    [I, d]); their inner products are the scores. For a frozen teacher that is one
    encoding of every user per run; for an HSTU *student* in training it encodes every
    user with autograd in each step that asks for it (costly: U sequences per step).
    """

    batch_unit = "users"
    params = {
        "dim": Param(64, "embedding size d (reference: embedding_dim)", int, min=1),
        "blocks": Param(1, "number of HSTU blocks (reference: num_blocks)", int, min=1),
        "heads": Param(2, "attention heads (reference: num_heads)", int, min=1),
        "attn_dim": Param(8, "per-head query/key size (reference: attention_dim)", int, min=1),
        "linear_dim": Param(16, "per-head value/gate size (reference: linear_dim)", int, min=1),
        "max_len": Param(100, "input length: the last max_len train items", int, min=1),
        "max_output_len": Param(
            10,
            "extra positions of the reference's mask: attention divides by "
            "max_len + max_output_len, and the positional init uses that many rows",
            int,
            min=0,
        ),
        "negatives": Param(512, "R: uniform negatives per position (num_negatives)", int, min=1),
        "temperature": Param(0.05, "τ: logits cos/τ in the training loss only", min=1e-12),
        "dropout": Param(0.5, "dropout on the input embeddings (dropout_rate)", min=0, max=1),
        "linear_dropout": Param(
            0.5, "dropout before each block's output projection (linear_dropout_rate)", min=0, max=1
        ),
        "item_init": Param(
            "xavier",
            "item embedding init: xavier (what the reference does: xavier-normal, its "
            "truncated-normal call misses the table) or truncated_normal (std 0.02, ±2σ)",
            str,
            choices=("xavier", "truncated_normal"),
        ),
        "rel_pos_bias": Param(
            False, "add a learnable relative-position attention bias (reference: unused)", bool
        ),
    }

    def __init__(self, data: Interactions, **params: Any) -> None:
        super().__init__(data, **params)
        hp = self.hp
        d, max_len = hp["dim"], hp["max_len"]
        n_norm = max_len + hp["max_output_len"]
        #: E [I+1, d]: row 0 is padding (masked out of every input, never a target)
        self.item_emb = nn.Parameter(torch.empty(self.n_items + 1, d))
        if hp["item_init"] == "xavier":
            nn.init.xavier_normal_(self.item_emb)
        else:
            nn.init.trunc_normal_(self.item_emb, std=0.02, a=-0.04, b=0.04)
        #: P [max_len, d]: xavier-normal std of the reference's (max_len+max_output_len)×d table
        self.pos_emb = nn.Parameter(torch.randn(max_len, d) * math.sqrt(2.0 / (n_norm + d)))
        self.blocks = nn.ModuleList(
            STU(
                d,
                hp["heads"],
                hp["attn_dim"],
                hp["linear_dim"],
                hp["linear_dropout"],
                n_norm,
                hp["rel_pos_bias"],
            )
            for _ in range(hp["blocks"])
        )
        self.register_buffer("seq", train_sequences(data.train, max_len), persistent=False)

    # -- encoder -----------------------------------------------------------------------

    def forward(self, seq: torch.Tensor) -> torch.Tensor:
        """Encode padded id sequences seq [B, n ≤ max_len] (ids +1, 0 = padding) into
        L2-normalised outputs [B, n, d]; padded positions give 0.

        On the CPU, rows are encoded in groups of similar length (``length_groups``), each
        trimmed to its longest row: a batch's longest sequence no longer sets every row's
        work. A row's outputs depend on its own positions only (the causal and padding
        mask; attention divides by the constant max_len + max_output_len), so grouping
        changes float rounding and the dropout masks' draws, not what is computed
        (``benchmarks/hstu_epoch.txt``). A GPU runs the padded batch at once."""
        if seq.device.type != "cpu":
            return self._encode(seq)
        groups = length_groups((seq > 0).sum(1))
        n = seq.shape[1]
        if len(groups) == 1:
            m = groups[0][1]
            return F.pad(self._encode(seq[:, :m]), (0, 0, 0, n - m))
        parts = [F.pad(self._encode(seq[rows, :m]), (0, 0, 0, n - m)) for rows, m in groups]
        order = torch.cat([rows for rows, _ in groups])
        return torch.cat(parts)[torch.argsort(order)]

    def _encode(self, seq: torch.Tensor) -> torch.Tensor:
        """``forward`` on one padded block, every row at the block's length."""
        n = seq.shape[1]
        valid = seq > 0  # [B, n]
        causal = torch.ones(n, n, dtype=torch.bool, device=seq.device).tril()
        mask = causal[None] & valid[:, None, :]  # [B, n, n]: key m ≤ query n, m not padding
        keep = valid[..., None].to(self.item_emb.dtype)
        x = self.item_emb[seq] * math.sqrt(self.hp["dim"]) + self.pos_emb[:n]
        x = F.dropout(x, self.hp["dropout"], self.training) * keep
        for block in self.blocks:
            x = block(x, mask) * keep
        return l2norm(x)

    def _batch_inputs(self, users: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """(seq [B, n], lengths [B]) of ``users``, trimmed to the longest of them."""
        seq = self.seq[users]
        lengths = (seq > 0).sum(1)
        return seq[:, : max(int(lengths.max()), 1)], lengths

    @staticmethod
    def _last(out: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
        """[B, n, d] outputs → [B, d] at each row's last valid position."""
        return out[torch.arange(len(out), device=out.device), (lengths - 1).clamp_min(0)]

    def _encode_users(self, users: torch.Tensor) -> torch.Tensor:
        seq, lengths = self._batch_inputs(users)
        return self._last(self(seq), lengths)

    def _all_users(self) -> torch.Tensor:
        """h_u [U, d] for every user, encoded in chunks of users of similar length (longest
        first), each of at most _ENCODE_CHUNK_ELEMS attention entries at its own length."""
        lengths = (self.seq > 0).sum(1)
        order = torch.argsort(lengths, descending=True, stable=True)
        longest = lengths[order].tolist()
        reps = self.item_emb.new_empty(self.n_users, self.hp["dim"])
        start = 0
        while start < self.n_users:
            m = max(longest[start], 1)
            chunk = order[start : start + max(1, _ENCODE_CHUNK_ELEMS // (self.hp["heads"] * m * m))]
            reps[chunk] = self._encode_users(chunk)
            start += len(chunk)
        return reps

    def _state(self) -> dict[str, torch.Tensor]:
        """The cache: in eval mode every user's h_u and the normalised items, computed once
        without autograd; in train mode whatever this step has computed so far."""
        if self._cache is None:
            if self.training:
                self._cache = {}
            else:
                with torch.no_grad():
                    self._cache = {"all": self._all_users(), "items": l2norm(self.item_emb[1:])}
        return self._cache

    def user_representations(self, users: torch.Tensor) -> torch.Tensor:
        """h_u [B, d]: the L2-normalised output at each user's last position."""
        state = self._state()
        if "all" in state:
            return state["all"][users]
        reuse = "users" in state and torch.equal(state["users"], users)
        if reuse and (state["reps"].requires_grad or not torch.is_grad_enabled()):
            return state["reps"]  # the encoding base_loss made in this step
        reps = self._encode_users(users)
        state.update(users=users, reps=reps)
        return reps

    def item_representations(self) -> torch.Tensor:
        """ê_i [I, d]: L2-normalised item embeddings (padding row dropped)."""
        state = self._state()
        if "items" not in state:
            state["items"] = l2norm(self.item_emb[1:])
        return state["items"]

    # -- the Backbone contract ---------------------------------------------------------

    def score_factors(self, users: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        return self.user_representations(users), self.item_representations()

    def score_items(self, users: torch.Tensor, items: torch.Tensor) -> torch.Tensor:
        h = self.user_representations(users)
        return torch.einsum("bd,bnd->bn", h, self.item_representations()[items])

    def embeddings(self) -> tuple[torch.Tensor, torch.Tensor]:
        state = self._state()
        if "all" not in state:
            state["all"] = self._all_users()
        return state["all"], self.item_representations()

    def base_loss(self, batch: Batch) -> torch.Tensor:
        users = batch.users
        seq, lengths = self._batch_inputs(users)
        out = self(seq)  # [B, n, d]
        state = self._state()
        state.update(users=users, reps=self._last(out, lengths))
        target = seq[:, 1:]  # [B, n-1]: the next item of every prefix position
        supervised = target > 0
        query = out[:, :-1][supervised]  # [N', d]
        pos = target[supervised]  # [N'] ids +1
        if len(pos) == 0:
            return out.sum() * 0.0  # no user in the batch has two train items
        R, tau = self.hp["negatives"], self.hp["temperature"]
        neg = torch.randint(
            1, self.n_items + 1, (len(pos), R), generator=batch.generator, device=pos.device
        )
        items = l2norm(self.item_emb)  # [I+1, d]
        logits = sampled_logits(query, items, pos, neg) / tau  # [N', 1+R]
        collide = torch.cat(
            [torch.zeros_like(pos[:, None], dtype=torch.bool), neg == pos[:, None]], 1
        )
        logits = logits.masked_fill(collide, COLLISION_LOGIT)
        return -torch.log_softmax(logits, dim=1)[:, 0].mean()
