"""The command line: the GUI (default), demo, init, init-server, migrate-to-server, users,
password, verify, recover, backup, restore, export.

Passwords are asked for on the terminal, or read one per line from standard input with
--password-stdin (for scripts); never taken from arguments, where other users could see them.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from hai_desktop.core.errors import HaiError
from hai_desktop.core.i18n import msg
from hai_desktop.core.roles import Role
from hai_desktop.logging_setup import configure_logging
from hai_desktop.settings import Settings, load_settings

if TYPE_CHECKING:  # the services load on demand: `--version` and `--help` stay quick
    from hai_desktop.services.workspace import Workspace

EXIT_OK, EXIT_FAILED, EXIT_ERROR = 0, 1, 2


class PasswordSource:
    """Prompts on a terminal, or hands out standard input's lines in order."""

    def __init__(self, from_stdin: bool) -> None:
        self._lines = sys.stdin.read().splitlines() if from_stdin else None

    def ask(self, prompt: str) -> str:
        if self._lines is not None:
            if not self._lines:
                raise HaiError(msg("Standard input has no line left for: {prompt}.",
                                   prompt=prompt.strip(': ')))
            return self._lines.pop(0)
        import getpass  # only when a terminal is asked: not on the GUI's start

        return getpass.getpass(prompt)

    def ask_new(self, prompt: str) -> str:
        first = self.ask(prompt)
        if self._lines is None and self.ask("Repeat it: ") != first:
            raise HaiError(msg("The two passwords differ; nothing was changed."))
        return first


def _settings(args: argparse.Namespace) -> Settings:
    settings = load_settings(Path(args.config) if args.config else None)
    if getattr(args, "db", None):
        settings = replace(settings, db_path=Path(args.db).expanduser().resolve())
    return settings


def _own_password(args: argparse.Namespace) -> str:
    return PasswordSource(args.password_stdin).ask(f"Password for {args.as_user}: ")


def _sign_in(args: argparse.Namespace, settings: Settings, passwords: PasswordSource
             ) -> Workspace:
    """Where this workstation's data are: the server in the settings, else the file."""
    from hai_desktop.services.workspace import sign_in_configured
    return sign_in_configured(settings, args.as_user,
                              passwords.ask(f"Password for {args.as_user}: "))


# ---- commands -------------------------------------------------------------------------------

def cmd_gui(args: argparse.Namespace) -> int:
    settings = _settings(args)
    from hai_desktop.ui.app import run_gui
    return run_gui(settings, settings.database_path)


def cmd_demo(args: argparse.Namespace) -> int:
    from hai_desktop.services.demo import DEMO_ACCOUNTS, open_or_build_demo
    settings = _settings(args)
    if args.server:
        path = settings.database_path
        print(f"TRAINING database: {_demo_on_server(settings)}")
    else:
        settings = replace(settings, server_url="")
        if args.reset or not settings.demo_database_path.exists():
            # Every demo record goes through the services: say why the terminal waits.
            print("Building the TRAINING demo database (about 15 seconds)…", flush=True)
        path = open_or_build_demo(settings, reset=args.reset)
        print(f"TRAINING database: {path}")
    print("Demo users (TRAINING only — never use these on real data):")
    for account in DEMO_ACCOUNTS:
        print(f"  {account.username:<13} {account.password:<20} {account.role.label}")
    if args.no_gui:
        return EXIT_OK
    from hai_desktop.ui.app import run_gui
    return run_gui(settings, path, demo=True)


def _demo_on_server(settings: Settings) -> str:
    """The demo in the configured server database: built there if it is empty, opened if it
    is a TRAINING one already; a database with real data is never touched."""
    from hai_desktop.core.errors import ConflictError
    from hai_desktop.services.demo import build_demo_on_server
    from hai_desktop.services.workspace import open_server
    from hai_desktop.store.server import ServerError

    if not settings.uses_server:
        raise HaiError(msg("--server needs server_url in the settings file."))
    try:
        db, _access = open_server(settings)
    except ServerError as exc:
        if "holds no hai-desktop data" not in exc.message:
            raise
        ws = build_demo_on_server(settings)
        label = ws.db.label
        ws.sign_out()
        return label
    try:
        if not db.is_training:
            raise ConflictError(msg("{db} holds real data: the demo is never put there.",
                                    db=db.label))
        return db.label
    finally:
        db.close()


def cmd_init(args: argparse.Namespace) -> int:
    from hai_desktop.services.workspace import create_database
    settings = _settings(args)
    if settings.uses_server:
        raise HaiError(msg("A server is set in the settings: create its database with 'hai-desktop "
                           "init-server', or move the unit's file there with 'hai-desktop "
                           "migrate-to-server'."))
    passwords = PasswordSource(args.password_stdin)
    password = passwords.ask_new(f"Choose a password for {args.admin} "
                                 f"(at least {settings.password_min_length} characters): ")
    ws, code = create_database(settings.database_path, admin_username=args.admin,
                               admin_full_name=args.full_name or args.admin,
                               admin_password=password, settings=settings)
    ws.sign_out()
    print(f"Created encrypted database {settings.database_path}")
    print(f"Key file: {ws.slots.path}")
    print()
    print("RECOVERY CODE — print or write it down and keep it locked away; it is shown only once.")
    print("It restores an administrator's access if every administrator password is lost:")
    print(f"    {code}")
    return EXIT_OK


def cmd_init_server(args: argparse.Namespace) -> int:
    from hai_desktop.services.workspace import create_server_database
    settings = _settings(args)
    if not settings.uses_server:
        raise HaiError(msg("No server is set: add server_url (and its TLS settings) to the "
                           "settings file first."))
    password = PasswordSource(args.password_stdin).ask_new(
        f"Choose a password for {args.admin} "
        f"(at least {settings.password_min_length} characters): ")
    ws = create_server_database(settings, admin_username=args.admin,
                                admin_full_name=args.full_name or args.admin,
                                admin_password=password)
    label = ws.db.label
    ws.sign_out()
    print(f"Created the hai-desktop database in {label}, with {args.admin} as its first "
          "administrator.")
    print("Add a second administrator soon: the server has no recovery code.")
    return EXIT_OK


def cmd_migrate_to_server(args: argparse.Namespace) -> int:
    from hai_desktop.services.server_move import move_file_to_server
    settings = _settings(args)
    password = _own_password(args)
    report = move_file_to_server(settings.database_path, args.as_user, password, settings)
    print(report.text())
    print(f"{settings.database_path} is kept as it was and refuses further sign-ins.")
    return EXIT_OK


def _report_dropped_slots(dropped: list[str]) -> None:
    """Old-format slots a new database key could not be given (issue #18)."""
    from hai_desktop.store.keyslots import RECOVERY_SLOT

    people = [name for name in dropped if name != RECOVERY_SLOT]
    if people:
        print("Removed old-format key slots (give these a temporary password): "
              + ", ".join(people))
    if RECOVERY_SLOT in dropped:
        print("The printed recovery code no longer works: print a new one "
              "(Administration → Recovery code and backups).")


def cmd_users(args: argparse.Namespace) -> int:
    from hai_desktop.services import users
    settings = _settings(args)
    passwords = PasswordSource(args.password_stdin)
    ws = _sign_in(args, settings, passwords)
    try:
        if args.users_command == "list":
            for row in users.list_users(ws):
                state = "active" if row.active else "deactivated"
                print(f"{row.username:<16} {row.role.label:<28} {state:<12} {row.full_name}")
        elif args.users_command == "add":
            temporary = passwords.ask_new(f"Temporary password for {args.username}: ")
            users.add_user(ws, username=args.username, full_name=args.full_name,
                           role=Role(args.role), temporary_password=temporary)
            print(f"Added {args.username} ({Role(args.role).label}); they must change the "
                  "password at first sign-in.")
        elif args.users_command == "deactivate":
            _report_dropped_slots(users.deactivate_user(ws, args.username, args.reason))
            print(f"Deactivated {args.username}; they can no longer sign in.")
        elif args.users_command == "reset-password":
            temporary = passwords.ask_new(f"Temporary password for {args.username}: ")
            _report_dropped_slots(users.reset_password(ws, args.username, temporary,
                                                       args.reason))
            print(f"Password of {args.username} reset; they must change it at next sign-in.")
        elif args.users_command == "rotate-key":
            dropped = ws.change_database_key(args.reason)
            print("The database has a new key; every key slot was given it.")
            _report_dropped_slots(dropped)
    finally:
        ws.sign_out()
    return EXIT_OK


def cmd_password(args: argparse.Namespace) -> int:
    """One's own password: how a new account, or one reset by an administrator, gets past its
    temporary password without the window (the services refuse everything else until then)."""
    settings = _settings(args)
    passwords = PasswordSource(args.password_stdin)
    current = passwords.ask(f"Current (or temporary) password for {args.as_user}: ")
    from hai_desktop.services.workspace import sign_in_configured
    ws = sign_in_configured(settings, args.as_user, current)
    try:
        new_password = passwords.ask_new(
            f"New password for {args.as_user} "
            f"(at least {settings.password_min_length} characters): ")
        ws.change_own_password(current, new_password)
    finally:
        ws.sign_out()
    print(f"Password of {args.as_user} changed: sign in with the new one from now on.")
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    from hai_desktop.services.integrity import verify_file
    settings = _settings(args)
    password = _own_password(args)
    report = verify_file(settings.database_path, args.as_user, password, settings)
    print(report.summary())
    return EXIT_OK if report.ok else EXIT_FAILED


def cmd_backup(args: argparse.Namespace) -> int:
    from hai_desktop.services.backup import backup_database
    settings = _settings(args)
    ws = _sign_in(args, settings, PasswordSource(args.password_stdin))
    try:
        result = backup_database(ws, Path(args.to))
    finally:
        ws.sign_out()
    print(f"Backup written: {result.path} and its key file ({result.size_bytes:,} bytes, "
          f"{result.audit_rows:,} audit rows), encrypted with the database's key.")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from hai_desktop.services.backup import restore_database
    settings = _settings(args)
    password = _own_password(args)
    result = restore_database(Path(args.backup), Path(args.to), args.as_user, password,
                              settings)
    print(f"Restored to {result.path}, verified: {result.report.summary()}")
    return EXIT_OK


def cmd_recover(args: argparse.Namespace) -> int:
    from hai_desktop.services.workspace import recover_with_code
    settings = _settings(args)
    if settings.uses_server:
        raise HaiError(msg("The shared server has no recovery code: another administrator gives a "
                           "temporary password (Administration → Reset password…)."),
                       hint=msg("Keep at least two active administrator accounts."))
    passwords = PasswordSource(args.password_stdin)
    code = passwords.ask("Recovery code: ")
    new_password = passwords.ask_new(f"New password for {args.admin}: ")
    recover_with_code(settings.database_path, code, args.admin, new_password,
                      settings).sign_out()
    print(f"Access restored: {args.admin} can sign in with the new password.")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from hai_desktop.services.export import ARCHIVE_PASSWORD_MIN, export_trial_data
    settings = _settings(args)
    passwords = PasswordSource(args.password_stdin)
    ws = _sign_in(args, settings, passwords)
    try:
        archive_password = passwords.ask_new(
            f"Password for the archive (at least {ARCHIVE_PASSWORD_MIN} characters; give it to "
            "the statistician separately): ")
        confirm = passwords.ask(
            f"Identified export (names, dates of birth, record numbers): password for "
            f"{args.as_user} again to confirm: ") if args.identified else None
        result = export_trial_data(ws, Path(args.to), reason=args.reason,
                                   archive_password=archive_password,
                                   identified=args.identified, confirm_password=confirm)
    finally:
        ws.sign_out()
    kind = ("IDENTIFIED: names, dates of birth and record numbers included" if result.identified
            else "pseudonymised: study IDs and screening numbers only")
    if result.folder is None:  # identified: the encrypted archive is all there is
        print(f"Exported {result.total_rows:,} rows in {len(result.rows) - 1} files ({kind}) to "
              f"the encrypted archive only (AES-256 zip, password protected): {result.archive}")
        print("Every column is described in data_dictionary.csv inside the archive")
        return EXIT_OK
    print(f"Exported {result.total_rows:,} rows in {len(result.rows) - 1} files ({kind}) to "
          f"{result.folder}")
    print(f"Archive (AES-256 zip, password protected): {result.archive}")
    print(f"Every column is described in {result.folder / 'data_dictionary.csv'}")
    return EXIT_OK


# ---- parser -----------------------------------------------------------------------------------

class VersionAction(argparse.Action):
    """--version: the facts a support call needs, gathered only when asked (SQLCipher, pint)."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        from hai_desktop.services.about import about_info
        print(about_info().text())
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hai-desktop",
        description="Infusion-unit workstation for the HAI oxaliplatin trial (NCT05103020).")
    parser.add_argument("--version", action=VersionAction, nargs=0,
                        help="show the version, build, SQLCipher, CTCAE and protocol data "
                             "versions, then exit")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation (encryption, protocol data, a report, "
                             "Qt and its plugins) in a temporary folder; exit 1 naming a fault")
    parser.add_argument("--config", help="settings file (TOML); default: the user config folder")
    parser.add_argument("--db", help="database file (default: hai.db in the data folder)")
    parser.set_defaults(func=cmd_gui)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    def command(name: str, func: Callable[[argparse.Namespace], int], help_text: str,
                needs_user: bool = False) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument("--db", default=argparse.SUPPRESS, help="database file")
        p.add_argument("--config", default=argparse.SUPPRESS, help="settings file (TOML)")
        if needs_user:
            p.add_argument("--as", dest="as_user", required=True, metavar="USER",
                           help="your user name (your password is asked for)")
        p.add_argument("--password-stdin", action="store_true",
                       help="read passwords from standard input, one per line")
        p.set_defaults(func=func)
        return p

    command("gui", cmd_gui, "start the application (the default)")
    demo = command("demo", cmd_demo, "open the TRAINING demo database (built on first use)")
    demo.add_argument("--reset", action="store_true", help="rebuild the demo database")
    demo.add_argument("--no-gui", action="store_true", help="build it and print the users only")
    demo.add_argument("--server", action="store_true",
                      help="build it in the (empty) server database of the settings instead")
    init = command("init", cmd_init, "create a new empty encrypted database and its first admin")
    init.add_argument("--admin", required=True, help="user name of the first administrator")
    init.add_argument("--full-name", help="the administrator's full name")

    init_server = command("init-server", cmd_init_server, "create the hai-desktop database "
                          "and its first admin in the empty server database of the settings")
    init_server.add_argument("--admin", required=True, help="user name of the first "
                             "administrator")
    init_server.add_argument("--full-name", help="the administrator's full name")
    command("migrate-to-server", cmd_migrate_to_server, "copy the encrypted file into the "
            "empty server database of the settings and verify every record (administrator)",
            needs_user=True)

    users = command("users", cmd_users, "list, add, deactivate users or reset a password",
                    needs_user=True)
    users_sub = users.add_subparsers(dest="users_command", required=True, metavar="ACTION")
    users_sub.add_parser("list", help="list all users")
    add = users_sub.add_parser("add", help="add a user (a temporary password is asked for)")
    add.add_argument("username")
    add.add_argument("--full-name", required=True)
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    deactivate = users_sub.add_parser("deactivate", help="deactivate a user")
    deactivate.add_argument("username")
    deactivate.add_argument("--reason", required=True)
    reset = users_sub.add_parser("reset-password", help="set a temporary password")
    reset.add_argument("username")
    reset.add_argument("--reason", required=True)
    rotate = users_sub.add_parser(
        "rotate-key", help="give the database a new key (done by deactivate and "
        "reset-password; run again if one of them could not finish it)")
    rotate.add_argument("--reason", required=True)

    command("password", cmd_password, "change your own password (a temporary one first: it "
            "opens nothing else)", needs_user=True)
    command("verify", cmd_verify,
            "check file integrity and the audit chain; exit 1 naming the first problem",
            needs_user=True)
    backup = command("backup", cmd_backup, "copy the database and its key file, still "
                     "encrypted, while it is in use (administrator)", needs_user=True)
    backup.add_argument("--to", required=True, metavar="FILE",
                        help="the new backup file (never overwritten)")
    restore = command("restore", cmd_restore, "restore a backup into a new path after verifying "
                      "it (administrator of the backup)", needs_user=True)
    restore.add_argument("backup", metavar="BACKUP", help="the backup file")
    restore.add_argument("--to", required=True, metavar="NEWPATH",
                         help="where the restored database goes (must not exist)")
    export = command("export", cmd_export, "export the trial data for the statistician: CSV "
                     "files in a new folder and an AES-256 zip of them (administrator or "
                     "coordinator)", needs_user=True)
    export.add_argument("--to", required=True, metavar="FOLDER",
                        help="the new folder (must not exist); the archive is FOLDER.zip")
    export.add_argument("--reason", required=True, help="why the data leave (audited)")
    export.add_argument("--identified", action="store_true",
                        help="include names, dates of birth and hospital record numbers "
                             "(your password is asked again to confirm)")
    recover = command("recover", cmd_recover,
                      "restore an administrator's access with the printed recovery code")
    recover.add_argument("--admin", required=True, help="the administrator to restore")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    for name in ("db", "config"):
        if not hasattr(args, name):
            setattr(args, name, None)
    if args.self_test:  # before settings and logs: it must not touch the user's folders
        from hai_desktop.self_test import run_self_test
        return run_self_test()
    try:
        settings = load_settings(Path(args.config) if args.config else None)
        configure_logging(settings.log_dir)
        return int(args.func(args))
    except HaiError as exc:
        print(f"{exc.title}: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("Interrupted; nothing more was changed.", file=sys.stderr)
        return EXIT_ERROR


def gui_main() -> int:
    return main(sys.argv[1:] or ["gui"])


if __name__ == "__main__":
    sys.exit(main())
