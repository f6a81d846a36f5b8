"""Ingest on a Dask cluster: extraction on the workers, writing on the driver, in input order.

The driver reads the input lazily, drops reports the store already has, and
sends partitions of reports to the workers; each worker loads the spaCy
model once and keeps it. Results are written in the order the reports were
read, one transaction per report, so the store ends exactly as a serial run
leaves it: same records, same incidents. Only a bounded number of
partitions is in flight, so memory stays flat however large the input.
When a worker dies, Dask runs its partition again elsewhere; a partition is
written only once, when its result arrives.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable
from typing import Any

from .incidents import Candidates
from .ingest import ERROR_KEY, Item, Summary, fresh_batches, one_line, write_records
from .store import Store

DEFAULT_PARTITION_SIZE = 16
#: Entries Dask keeps in its debugging logs of recent messages, transitions and stimuli (Dask's default: 1,000).
#: The message logs of the client and the scheduler hold whole task payloads, the partition's texts: at
#: 1,000 they make the driver (which runs a local cluster's scheduler) grow by about 150 MB over the first
#: 16,000 reports; bounded low, its memory stays flat.
DASK_LOG_LENGTH = 32


Payload = tuple[str, "str | None", "str | None", "str | None", "str | None"]  # text, published, title, outlet, url


def extract_partition(reports: list[Payload], model: str | None = None) -> list[dict[str, Any]]:
    """Runs on a worker: the records of the reports, as JSON; the model is loaded once per worker process.

    A report the pipeline fails on gives ``{ERROR_KEY: reason}`` in its place, listed as rejected by the driver.
    """
    from .ingest import ERROR_KEY, extract_each, one_line
    from .read import Report, parse_published

    items = [
        Report(text, parse_published(published), title, outlet, url) for text, published, title, outlet, url in reports
    ]
    out: list[dict[str, Any]] = []

    def keep(record: Any) -> None:
        if isinstance(record, BaseException):
            out.append({ERROR_KEY: one_line(record)})
        else:
            try:
                out.append(record.to_json(include_text=False))
            except Exception as exc:  # a record that cannot be written out is that report's failure
                out.append({ERROR_KEY: one_line(exc)})

    extract_each(items, keep, model=model, batch_size=len(items) or 1)
    return out


def ingest_on_cluster(
    store: Store,
    items: Iterable[Item],
    client: Any,
    *,
    model: str | None = None,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    in_flight: int | None = None,
    on_report: Callable[[Summary], None] | None = None,
) -> Summary:
    """Ingest through a ``distributed.Client``; returns the same summary a serial ingest would."""
    summary = Summary()
    workers = max(1, len(client.scheduler_info().get("workers", {})))
    limit = in_flight or 3 * workers
    queue: deque[tuple[Any, list[Item]]] = deque()
    known = Candidates()  # the run's linking candidates of the events it stored

    def write_oldest() -> None:
        future, part = queue.popleft()
        try:
            records: list[Any] = future.result()
        except Exception as exc:  # the partition failed on every try: its reports are listed, the rest go on
            records = [{ERROR_KEY: one_line(exc)}] * len(part)
        write_records(store, part, records, summary, on_report, known)
        future.release()

    for part in fresh_batches(store, items, partition_size, summary, on_report):
        payload = [
            (
                i.report.text,
                i.report.published.isoformat() if i.report.published else None,
                i.report.title,
                i.report.outlet,
                i.report.url,
            )
            for i in part
            if i.report is not None
        ]
        queue.append((client.submit(extract_partition, payload, model, pure=False, retries=3), part))
        while len(queue) >= limit:
            write_oldest()
    while queue:
        write_oldest()
    return summary


def bound_dask_logs() -> None:
    """Keep Dask's debugging logs short in this process and the worker processes it starts.

    Set before the client, the cluster and its workers are made: the logs take their length then.
    A separately started scheduler and its workers read it from their own configuration
    (``DASK_DISTRIBUTED__ADMIN__LOW_LEVEL_LOG_LENGTH``).
    """
    import dask

    dask.config.set({"distributed.admin.low-level-log-length": DASK_LOG_LENGTH})


def local_client(workers: int) -> Any:
    """A Dask cluster of ``workers`` processes on this machine, one thread each."""
    from distributed import Client, LocalCluster

    bound_dask_logs()
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
    return Client(cluster)


def remote_client(address: str) -> Any:
    from distributed import Client

    bound_dask_logs()
    return Client(address, timeout="30s")
