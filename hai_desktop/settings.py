"""Workstation settings: every default lives here, overridable from a TOML file.

Clinical site rules (dose levels, thresholds) are not here: they live in the encrypted database,
are edited by authorised users and audited. These are technical settings of one workstation.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

import platformdirs

from hai_desktop import APP_NAME
from hai_desktop.core.errors import HaiError
from hai_desktop.core.i18n import DOCUMENT_LANGUAGES, msg

ENV_DATA_DIR = "HAI_DESKTOP_DATA_DIR"
ENV_CONFIG = "HAI_DESKTOP_CONFIG"


@dataclass(frozen=True)
class KdfParameters:
    """argon2id cost for wrapping the database key (RFC 9106 second recommended option)."""

    time_cost: int = 3
    memory_kib: int = 65536
    parallelism: int = 4


# What an argon2id cost may be (settings and key slots): beyond it a sign-in would need
# gigabytes of memory or minutes of time; an edited file must not hang or crash the program.
KDF_LIMITS = {"time_cost": (1, 64), "memory_kib": (8, 4 * 1024 * 1024), "parallelism": (1, 64)}


@dataclass(frozen=True)
class Settings:
    data_dir: Path = field(default_factory=lambda: Path(platformdirs.user_data_dir(APP_NAME)))
    log_dir: Path = field(default_factory=lambda: Path(platformdirs.user_log_dir(APP_NAME)))
    db_path: Path | None = None
    idle_lock_minutes: float = 10.0
    # How often the window looks for changes made at another workstation (shared server, or
    # a file opened elsewhere) to refresh what it shows; 0: only this workstation's changes.
    refresh_seconds: float = 15.0
    lockout_threshold: int = 5
    lockout_base_delay_s: float = 30.0
    lockout_max_delay_s: float = 900.0
    password_min_length: int = 10
    busy_timeout_ms: int = 5000
    # Automatic backups: "sign-out" (every sign-out), "daily" (first sign-in or sign-out of a
    # day) or "off"; the newest `backup_keep` automatic copies are kept in `backup_dir`.
    backup_schedule: str = "sign-out"
    backup_keep: int = 14
    backup_dir: Path | None = None
    kdf: KdfParameters = field(default_factory=KdfParameters)
    # Several workstations: a shared PostgreSQL server instead of the local file, e.g.
    # "postgresql+psycopg://hai_app@db.hospital.example:5432/hai". Leave the password out of
    # the URL: libpq's password file (PGPASSFILE) or a client certificate supplies it.
    server_url: str = ""
    # TLS to the server: verify-full (certificate and host name checked) unless IT says
    # otherwise; "disable" is refused except on this computer's loopback.
    server_sslmode: str = "verify-full"
    server_sslrootcert: Path | None = None
    server_sslcert: Path | None = None
    server_sslkey: Path | None = None
    # The site's time zone (IANA name, e.g. "Asia/Seoul") for every time shown and printed;
    # empty: this computer's zone. Times are stored in UTC whatever it says.
    time_zone: str = ""
    # Printed at the top of every order sheet. The protocol paper's single centre.
    site_name: str = "Yonsei Cancer Center, Seoul"
    # The interface's language: "ko" or "en"; empty follows the computer's locale. Also a
    # choice in the Session menu, which writes it here.
    language: str = ""
    # Printed documents' own language: "en" (the default: sheets that travel beyond the unit
    # are read in English) or "ko". Drug names, CTCAE terms and units print in English in both.
    document_language: str = "en"

    @property
    def uses_server(self) -> bool:
        return bool(self.server_url.strip())

    @property
    def database_path(self) -> Path:
        return self.db_path if self.db_path is not None else self.data_dir / "hai.db"

    @property
    def demo_database_path(self) -> Path:
        return self.data_dir / "demo" / "hai-demo.db"

    def backup_folder(self, db_path: Path) -> Path:
        """Where automatic backups of `db_path` go: the setting, else a folder beside it."""
        return self.backup_dir if self.backup_dir is not None else db_path.parent / "backups"


BACKUP_SCHEDULES = ("sign-out", "daily", "off")
LANGUAGE_CODES = ("", "en", "ko")


def config_file() -> Path:
    env = os.environ.get(ENV_CONFIG)
    if env:
        return Path(env)
    return Path(platformdirs.user_config_dir(APP_NAME)) / "settings.toml"


def load_settings(path: Path | None = None) -> Settings:
    """Defaults, then the settings file if there is one, then environment overrides."""
    settings = Settings()
    path = path or config_file()
    if path.exists():
        settings = _apply_file(settings, path)
    env_dir = os.environ.get(ENV_DATA_DIR)
    if env_dir:
        settings = replace(settings, data_dir=Path(env_dir), log_dir=Path(env_dir) / "logs")
    return settings


def _apply_file(settings: Settings, path: Path) -> Settings:
    import tomllib  # only when there is a settings file: not on every start

    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise HaiError(msg("The settings file {path} cannot be read: {exc}.", path=path, exc=exc),
                       hint=msg("Fix or remove the file and start again.")) from exc
    known = {f.name for f in fields(Settings)}
    unknown = sorted(set(raw) - known)
    if unknown:
        raise HaiError(msg("The settings file {path} has unknown settings: {unknown}.",
                           path=path, unknown=', '.join(unknown)),
                       hint=msg("Known settings: {known}.", known=', '.join(sorted(known))))
    changes: dict[str, Any] = {}  # each value checked against its field's type below
    for name, value in raw.items():
        if name in ("data_dir", "log_dir", "db_path", "backup_dir", "server_sslrootcert",
                    "server_sslcert", "server_sslkey"):
            changes[name] = Path(str(value)).expanduser()
        elif name == "kdf":
            changes[name] = _kdf(value, path)
        else:
            default = getattr(settings, name)
            if not isinstance(value, type(default)) and not (
                isinstance(default, float) and isinstance(value, int)
            ):
                kind = type(default).__name__
                raise HaiError(msg("The setting '{name}' in {path} must be a {kind}.",
                                   name=name, path=path, kind=kind))
            changes[name] = type(default)(value)
    _check_backup_settings(changes, path)
    _check_server_settings(changes, path)
    _check_time_zone(changes, path)
    _check_language(changes, path)
    return replace(settings, **changes)


def _kdf(value: object, path: Path) -> KdfParameters:
    """The [kdf] table: the three argon2id costs, each a whole number within KDF_LIMITS."""
    if not isinstance(value, dict) or not set(value) <= set(KDF_LIMITS):
        raise HaiError(msg("The [kdf] table in {path} may set only {names}.", path=path,
                           names=", ".join(KDF_LIMITS)))
    for name, number in value.items():
        low, high = KDF_LIMITS[name]
        if not isinstance(number, int) or isinstance(number, bool) or not low <= number <= high:
            raise HaiError(msg("The setting kdf.{name} in {path} is {value}: use a whole number "
                               "from {low} to {high}.", name=name, path=path, value=number,
                               low=low, high=high))
    return KdfParameters(**value)


def _check_language(changes: dict[str, object], path: Path) -> None:
    language = changes.get("language")
    if language is not None and language not in LANGUAGE_CODES:
        raise HaiError(msg("The setting 'language' in {path} is '{language}'.",
                           path=path, language=language),
                       hint=msg("Use \"ko\" (Korean), \"en\" (English), or leave it empty to "
                                "follow the computer's language."))
    printed = changes.get("document_language")
    if printed is not None and printed not in DOCUMENT_LANGUAGES:
        raise HaiError(msg("The setting 'document_language' in {path} is '{language}'.",
                           path=path, language=printed),
                       hint=msg("Use \"en\" (English) or \"ko\" (Korean): the language "
                                "documents are printed in."))


def save_setting(name: str, value: str, path: Path | None = None) -> Path:
    """Write one text setting into the settings file (made if there is none), leaving every
    other line as it was; the file is read back, so a bad value is never left behind."""
    import json

    if name not in {f.name for f in fields(Settings)} or not isinstance(
            getattr(Settings(), name, None), str):
        raise ValueError(f"{name} is not a text setting")
    path = path or config_file()
    before = path.read_text(encoding="utf-8") if path.exists() else None
    line = f"{name} = {json.dumps(value, ensure_ascii=False)}"  # a valid TOML basic string
    kept = [x for x in (before or "").splitlines() if x.split("=", 1)[0].strip() != name]
    # Before the first table ([kdf]): a key written after it would belong to that table.
    tables = [i for i, x in enumerate(kept) if x.lstrip().startswith("[")]
    at = tables[0] if tables else len(kept)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join([*kept[:at], line, *kept[at:]]) + "\n", encoding="utf-8")
    try:
        _apply_file(Settings(), path)
    except HaiError:
        if before is None:
            path.unlink()
        else:
            path.write_text(before, encoding="utf-8")
        raise
    return path


def _check_backup_settings(changes: dict[str, object], path: Path) -> None:
    schedule = changes.get("backup_schedule")
    if schedule is not None and schedule not in BACKUP_SCHEDULES:
        raise HaiError(msg("The setting 'backup_schedule' in {path} is '{schedule}'.",
                           path=path, schedule=schedule),
                       hint=msg("Use one of: {BACKUP_SCHEDULES}.",
                                BACKUP_SCHEDULES=', '.join(BACKUP_SCHEDULES)))
    keep = changes.get("backup_keep")
    if keep is not None and not (isinstance(keep, int) and keep >= 1):
        raise HaiError(msg("The setting 'backup_keep' in {path} is {keep}; keep at least 1.",
                           path=path, keep=keep))


def _check_time_zone(changes: dict[str, object], path: Path) -> None:
    from hai_desktop.core.clock import site_zone

    name = changes.get("time_zone")
    if isinstance(name, str) and name.strip():
        try:
            site_zone(name)
        except HaiError as exc:
            raise HaiError(msg("The setting 'time_zone' in {path}: {message}",
                               path=path, message=exc.message),
                           hint=exc.hint) from None


SSL_MODES = ("verify-full", "verify-ca", "require", "disable")


def _check_server_settings(changes: dict[str, object], path: Path) -> None:
    mode = changes.get("server_sslmode")
    if mode is not None and mode not in SSL_MODES:
        raise HaiError(msg("The setting 'server_sslmode' in {path} is '{mode}'.",
                           path=path, mode=mode),
                       hint=msg("Use one of: {SSL_MODES} (verify-full unless IT says otherwise).",
                                SSL_MODES=', '.join(SSL_MODES)))
    url = changes.get("server_url")
    if url and not str(url).startswith("postgresql"):
        raise HaiError(msg("The setting 'server_url' in {path} is not a PostgreSQL address.",
                           path=path),
                       hint=msg("Write it as postgresql+psycopg://USER@HOST:PORT/DATABASE."))
