"""The Ray executor: each run is a Ray task with its CPU/GPU request.

The driver (this process) prepares each dataset once and puts it in Ray's object store,
and sends a teacher's weights the same way once it is trained, so worker nodes need
neither the data files nor the teacher cache. Tasks return their record files to the
driver, which alone writes the store. ``address`` joins an existing cluster
(``ray.init(address=...)``); without it a local Ray instance is started.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kdbench.data import Interactions
from kdbench.errors import ConfigError
from kdbench.runner.executors import Progress
from kdbench.runner.job import Job, JobResult, run_job
from kdbench.suite.schema import ExecutorConfig


def _task(job: Job, teacher_weights: bytes | None, data: Interactions, queue: Any) -> JobResult:
    def progress(info: dict[str, Any]) -> None:
        queue.put_nowait((job.run_id, info))

    return run_job(job, progress, teacher_weights, data)


class RayExecutor:
    def __init__(
        self,
        cfg: ExecutorConfig,
        on_progress: Progress,
        teacher_weights: Callable[[str], bytes],
    ) -> None:
        """``teacher_weights(teacher_id)``: a trained teacher's weights (read once each)."""
        try:
            import ray
            from ray.util.queue import Queue
        except ImportError:
            raise ConfigError(
                "executor: ray is not installed; pip install 'kdbench[ray]'"
            ) from None
        self.ray = ray
        self.on_progress = on_progress
        self.teacher_weights = teacher_weights
        self._started = not ray.is_initialized()
        if self._started:
            ray.init(address=cfg.address, log_to_driver=False, configure_logging=False)
        cpus = ray.cluster_resources().get("CPU", 1.0)
        per_run = cfg.cpus_per_run or 1.0
        self.slots = max(1, int(cpus // per_run))
        if cfg.gpus_per_run:
            gpus = ray.cluster_resources().get("GPU", 0.0)
            if gpus < cfg.gpus_per_run:
                self.close()
                raise ConfigError(
                    f"executor.gpus_per_run: {cfg.gpus_per_run} asked for, the Ray cluster "
                    f"has {gpus:g} GPUs"
                )
            self.slots = min(self.slots, max(1, int(gpus // cfg.gpus_per_run)))
        self._remote = ray.remote(_task).options(
            num_cpus=cfg.cpus_per_run, num_gpus=cfg.gpus_per_run, max_retries=0
        )
        self._queue = Queue(actor_options={"num_cpus": 0})
        self._pending: dict[Any, Job] = {}
        self._data: dict[str, Any] = {}
        self._weights: dict[str, Any] = {}

    def _data_ref(self, job: Job, data: Interactions | None) -> Any:
        from kdbench.runner.execute import dataset_of

        key = job.spec.dataset + repr(sorted(job.spec.dataset_options.items()))
        if key not in self._data:
            self._data[key] = self.ray.put(data if data is not None else dataset_of(job.spec))
        return self._data[key]

    def submit(self, job: Job, data: Interactions | None) -> None:
        weights = None
        if job.teacher_id is not None:
            if job.teacher_id not in self._weights:
                self._weights[job.teacher_id] = self.ray.put(self.teacher_weights(job.teacher_id))
            weights = self._weights[job.teacher_id]
        ref = self._remote.remote(job, weights, self._data_ref(job, data), self._queue)
        self._pending[ref] = job

    def _drain(self) -> None:
        while not self._queue.empty():
            for run_id, info in self._queue.get_nowait_batch(self._queue.qsize()):
                self.on_progress(run_id, info)

    def poll(self, timeout: float | None = None) -> list[JobResult]:
        if not self._pending:
            return []
        ready, _ = self.ray.wait(list(self._pending), num_returns=1, timeout=timeout)
        self._drain()
        results = []
        for ref in ready:
            job = self._pending.pop(ref)
            try:
                results.append(self.ray.get(ref))
            except Exception as err:  # the task's worker died (killed, out of memory)
                reason = f"Ray task failed: {type(err).__name__}: {str(err).splitlines()[0]}"
                results.append(JobResult(job.run_id, error=reason, traceback=str(err)))
        return results

    def close(self, cancel: bool = False) -> None:
        if cancel:
            for ref in self._pending:
                self.ray.cancel(ref, force=True)
        self._pending.clear()
        if self._started and self.ray.is_initialized():
            self.ray.shutdown()
