"""Recording a teacher's training trajectory (``TeacherTrajectory``) while it trains."""

from __future__ import annotations

import torch

from kdbench.backbones.base import Backbone
from kdbench.data import Interactions
from kdbench.eval.ranking import DEFAULT_CHUNK_BYTES, DeviceCSR, chunked_topk
from kdbench.losses.trajectory import TeacherTrajectory


class TrajectoryRecorder:
    """An ``on_epoch_end`` hook for ``fit`` that keeps the model's top-k lists (train
    items masked, chunked top-k) after the 0-based epochs every, 2·every, … — the epochs
    at which the reference saves a teacher's checkpoints — at most ``max_before_best``
    of them; ``finish`` keeps those before the best epoch (as the reference does) and adds
    the best weights' lists.

    It reads the model in eval mode without gradients and draws no random numbers, so a
    run trains the same with or without it; its cost is one top-k pass per kept epoch.
    Its lists travel with ``fit``'s mid-run checkpoints (``state_dict``), so a resumed
    teacher keeps the checkpoints it recorded before it stopped.
    """

    def __init__(
        self,
        data: Interactions,
        device: torch.device | str,
        chunk_bytes: int = DEFAULT_CHUNK_BYTES,
        every: int = TeacherTrajectory.EVERY,
        max_before_best: int = TeacherTrajectory.MAX_BEFORE_BEST,
        k: int = TeacherTrajectory.K,
    ) -> None:
        self.data, self.device, self.chunk_bytes = data, device, chunk_bytes
        self.every, self.max_before_best = every, max_before_best
        self.k = min(k, data.n_items)
        self.train = DeviceCSR(data.train, data.n_items, device)
        self.lists: list[torch.Tensor] = []
        self.epochs: list[int] = []

    @torch.no_grad()
    def topk(self, model: Backbone) -> torch.Tensor:
        """[U, k] the model's top-k items per user, train items masked (int32, on the CPU)."""
        was = model.training
        model.eval()
        model.begin_step()
        d = self.data
        top = chunked_topk(
            model.score, d.n_users, d.n_items, self.k, self.train, self.device, self.chunk_bytes
        )
        model.train(was)
        return top.to(torch.int32).cpu()

    def __call__(self, epoch: int, model: Backbone) -> None:
        if epoch == 0 or epoch % self.every or len(self.lists) >= self.max_before_best:
            return
        self.lists.append(self.topk(model))
        self.epochs.append(epoch)

    def state_dict(self) -> dict[str, list]:
        """The lists kept so far (saved with a mid-run checkpoint)."""
        return {"lists": list(self.lists), "epochs": list(self.epochs)}

    def load_state_dict(self, state: dict[str, list]) -> None:
        self.lists, self.epochs = list(state["lists"]), list(state["epochs"])

    def finish(self, model: Backbone, best_epoch: int) -> TeacherTrajectory:
        """The trajectory, once ``model`` holds the best weights (what ``fit`` returns)."""
        n = sum(e < best_epoch for e in self.epochs)  # epochs ascend
        lists = [*self.lists[:n], self.topk(model)]
        return TeacherTrajectory(torch.stack(lists), (*self.epochs[:n], best_epoch))
