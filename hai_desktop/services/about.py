"""What a support call needs to know about this installation: the program's version and build,
the SQLCipher library, the CTCAE version and the version of every protocol data file.
`hai-desktop --version` prints it and Help → About shows it: one source for both."""

from __future__ import annotations

import contextlib
import hashlib
import platform
import tomllib
from dataclasses import dataclass
from pathlib import Path

from hai_desktop import __version__
from hai_desktop.build_info import build_description
from hai_desktop.core.errors import HaiError
from hai_desktop.paths import resources_dir
from hai_desktop.store.cipher import cipher_library

DATA_SUFFIXES = (".toml", ".csv")
SHORT_HASH = 12  # hex digits: enough to tell two files apart on a support call


@dataclass(frozen=True)
class DataFileVersion:
    path: str  # inside resources/, with "/" separators
    version: str | None  # the file's own `version` field
    sha256: str  # short hash of its bytes: names the content when there is no version field

    def describe(self) -> str:
        if self.version:
            return f"version {self.version}"
        return f"no version field; SHA-256 {self.sha256}"


def fact_line(name: str, value: str) -> str:
    return f"{name + ':':<10} {value}"


@dataclass(frozen=True)
class AboutInfo:
    version: str
    build: str
    python: str
    sqlcipher: str
    ctcae: str
    postgresql_client: str
    resources: str
    data_files: tuple[DataFileVersion, ...]

    def facts(self) -> list[tuple[str, str]]:
        return [("Version", self.version), ("Build", self.build), ("Python", self.python),
                ("SQLCipher", self.sqlcipher), ("PostgreSQL", self.postgresql_client),
                ("CTCAE", self.ctcae)]

    def data_lines(self) -> list[str]:
        out = [f"Protocol data ({self.resources}):"]
        width = max((len(f.path) for f in self.data_files), default=0)
        out += [f"  {f.path:<{width}}  {f.describe()}" for f in self.data_files]
        if not self.data_files:
            out.append("  NONE FOUND — the installation is incomplete")
        return out

    def lines(self) -> list[str]:
        return [f"hai-desktop {self.version}",
                *(fact_line(name, value) for name, value in self.facts()[1:]),
                *self.data_lines()]

    def text(self) -> str:
        return "\n".join(self.lines())


def data_file_version(path: Path, root: Path) -> DataFileVersion:
    content = path.read_bytes()
    version = None
    if path.suffix == ".toml":
        # A file that does not parse gets its hash here; loading it stops the program anyway.
        with contextlib.suppress(UnicodeDecodeError, tomllib.TOMLDecodeError):
            field = tomllib.loads(content.decode("utf-8")).get("version")
            if isinstance(field, str) and field.strip():
                version = field.strip()
    return DataFileVersion(path.relative_to(root).as_posix(), version,
                           hashlib.sha256(content).hexdigest()[:SHORT_HASH])


def data_file_versions(root: Path | None = None) -> tuple[DataFileVersion, ...]:
    root = root or resources_dir()
    files = sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in DATA_SUFFIXES)
    return tuple(data_file_version(p, root) for p in files)


def sqlcipher_description() -> str:
    try:
        return cipher_library().describe()
    except HaiError as exc:  # --version and About still answer; the self-test fails on it
        return f"NOT AVAILABLE — {exc}"


def postgresql_client_description() -> str:
    """psycopg and its libpq: what talks TLS to the shared server."""
    try:
        import psycopg
    except ImportError as exc:
        return f"NOT AVAILABLE — {exc}"
    libpq = psycopg.pq.version()
    return (f"psycopg {psycopg.__version__}, libpq {libpq // 10000}.{libpq % 10000} "
            f"({psycopg.pq.__impl__})")


def about_info() -> AboutInfo:
    from hai_desktop.core.ctcae import CTCAE_VERSION  # imports pint: only when asked

    root = resources_dir()
    return AboutInfo(
        version=__version__, build=build_description(),
        python=f"{platform.python_version()} ({platform.system()} {platform.machine()})",
        sqlcipher=sqlcipher_description(), ctcae=CTCAE_VERSION.removeprefix("CTCAE "),
        postgresql_client=postgresql_client_description(),
        resources=str(root), data_files=data_file_versions(root))
