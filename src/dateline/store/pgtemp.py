"""A throwaway PostgreSQL server in a temporary directory, for tests and benchmarks.

Uses the server binaries of an installed PostgreSQL (Debian puts them under
``/usr/lib/postgresql/<version>/bin``) and never touches the system's own cluster: the
data directory, the Unix socket and the log all live in one temporary directory that
:meth:`TempPostgres.stop` removes. The server listens on that socket only (no TCP port to
collide with). ``initdb`` refuses to run as root, so as root every server command runs as
the ``postgres`` user through ``runuser``.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from types import TracebackType

import psycopg


class PostgresUnavailable(RuntimeError):
    """No PostgreSQL server binaries here, or the server would not start; says why."""


def find_bindir() -> Path | None:
    """The newest installed PostgreSQL's ``bin`` directory, or ``None``."""
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0,
    )
    if found:
        return Path(found[-1]).parent
    on_path = shutil.which("initdb")
    return Path(on_path).parent if on_path else None


class TempPostgres:
    """``with TempPostgres() as pg: url = pg.create_database("t1")``."""

    PORT = 5432  # names the socket file only; nothing listens on TCP

    def __init__(self, *, durable: bool = False) -> None:
        #: durable=False turns fsync off: right for tests, wrong for benchmarks
        self.durable = durable
        self.root: Path | None = None

    def __enter__(self) -> TempPostgres:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def _run(self, *args: str) -> None:
        cmd = list(args)
        if os.geteuid() == 0:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        done = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise PostgresUnavailable(
                f"{' '.join(args[:2])} failed ({done.returncode}): "
                f"{(done.stderr or done.stdout).strip()[-2000:]}"
            )

    def start(self) -> None:
        bindir = find_bindir()
        if bindir is None:
            raise PostgresUnavailable(
                "no PostgreSQL server binaries (initdb) found: install Debian's postgresql package"
            )
        self.root = Path(tempfile.mkdtemp(prefix="dateline-pg-"))
        if os.geteuid() == 0:
            shutil.chown(self.root, "postgres", "postgres")
        data = self.root / "data"
        self._run(
            str(bindir / "initdb"),
            "-D",
            str(data),
            "-U",
            "postgres",
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync",
        )
        opts = f"-k {self.root} -c listen_addresses= -p {self.PORT}"
        if not self.durable:
            opts += " -F -c synchronous_commit=off -c full_page_writes=off"
        try:
            self._run(
                str(bindir / "pg_ctl"),
                "-D",
                str(data),
                "-l",
                str(self.root / "server.log"),
                "-w",
                "-t",
                "60",
                "-o",
                opts,
                "start",
            )
        except PostgresUnavailable as exc:
            log = self.root / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            self._cleanup()
            raise PostgresUnavailable(f"{exc}\n{tail}") from exc
        self.bindir = bindir

    def url(self, dbname: str = "postgres") -> str:
        assert self.root is not None, "server not started"
        return f"postgresql://postgres@/{dbname}?host={self.root}&port={self.PORT}"

    def create_database(self, name: str) -> str:
        """A new empty database; returns its URL (for ``--db`` or :class:`Store`)."""
        assert self.root is not None, "server not started"
        with psycopg.connect(
            host=str(self.root), port=self.PORT, user="postgres", dbname="postgres", autocommit=True
        ) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        if self.root is None:
            return
        try:
            self._run(
                str(self.bindir / "pg_ctl"),
                "-D",
                str(self.root / "data"),
                "-m",
                "immediate",
                "-w",
                "stop",
            )
        finally:
            self._cleanup()

    def _cleanup(self) -> None:
        if self.root is not None:
            shutil.rmtree(self.root, ignore_errors=True)
            self.root = None
