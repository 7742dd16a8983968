"""The showroom: a TRAINING database with one user per role and patients at every stage.

Every name here is invented. Each later capability adds its own demo records here, so that
`hai-desktop demo` shows every screen in real use.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import select

from hai_desktop.core.errors import ConflictError
from hai_desktop.core.i18n import msg
from hai_desktop.core.names import derive_initials
from hai_desktop.services import randomization, users
from hai_desktop.services.demo_follow_up import add_demo_follow_up
from hai_desktop.services.demo_orders import add_demo_orders, demo_randomization_day
from hai_desktop.services.demo_outcomes import add_demo_outcomes
from hai_desktop.services.demo_screening import add_demo_screening
from hai_desktop.services.permissions import Action
from hai_desktop.services.workspace import Workspace, create_database, sign_in
from hai_desktop.settings import KdfParameters, Settings
from hai_desktop.store.keyfile import key_slot_path
from hai_desktop.store.models import Arm, Patient, PatientStatus, Role, User


@dataclass(frozen=True)
class DemoAccount:
    username: str
    password: str
    full_name: str
    role: Role


DEMO_ACCOUNTS: tuple[DemoAccount, ...] = (
    DemoAccount("admin", "amber-training", "Min-ji Park", Role.ADMIN),
    DemoAccount("investigator", "indigo-training", "Dr Joon-ho Lee", Role.INVESTIGATOR),
    DemoAccount("pharmacist", "pine-training", "Seo-yeon Kim", Role.PHARMACIST),
    DemoAccount("nurse", "navy-training", "Ha-na Choi", Role.NURSE),
    DemoAccount("nurse2", "nutmeg-training", "Ji-woo Jung", Role.NURSE),
    DemoAccount("radiologist", "ruby-training", "Dr Tae-hyun Kang",
                Role.INTERVENTIONAL_RADIOLOGIST),
    DemoAccount("coordinator", "coral-training", "Eun-ji Yoon", Role.COORDINATOR),
    DemoAccount("monitor", "mint-training", "Sofia Martins", Role.MONITOR),
)


@dataclass(frozen=True)
class DemoPatient:
    """Names as a Korean chart has them: in Hangul, with the Latin-letter form beside."""

    screening_number: str
    family_name: str
    given_name: str
    latin_family_name: str
    latin_given_name: str
    hospital_record_number: str
    sex: str
    date_of_birth: date
    consent_days_ago: int
    status: PatientStatus
    study_id: str | None = None
    arm: Arm | None = None
    current_cycle: int | None = None


DEMO_PATIENTS: tuple[DemoPatient, ...] = (
    DemoPatient("S-0001", "황", "보라", "Hwang", "Bo-ra",
                "TR-7730142", "F", date(1961, 3, 14), 3,
                PatientStatus.SCREENING),
    DemoPatient("S-0002", "오", "성민", "Oh", "Sung-min",
                "TR-7730388", "M", date(1954, 11, 2), 40,
                PatientStatus.INELIGIBLE),
    DemoPatient("S-0003", "신", "예진", "Shin", "Ye-jin",
                "TR-7731025", "F", date(1969, 7, 23), 9,
                PatientStatus.ELIGIBLE),
    DemoPatient("S-0004", "백", "동현", "Baek", "Dong-hyun",
                "TR-7729561", "M", date(1958, 1, 30), 20,
                PatientStatus.RANDOMIZED, "HAI-001", Arm.HAI, None),
    DemoPatient("S-0005", "서", "미경", "Seo", "Mi-kyung",
                "TR-7728840", "F", date(1963, 5, 8), 55,
                PatientStatus.ON_TREATMENT, "HAI-002", Arm.CONTROL, 3),
    DemoPatient("S-0006", "남", "재원", "Nam", "Jae-won",
                "TR-7727903", "M", date(1956, 9, 17), 80,
                PatientStatus.ON_TREATMENT, "HAI-003", Arm.HAI, 5),
    DemoPatient("S-0007", "류", "수진", "Ryu", "Soo-jin",
                "TR-7726417", "F", date(1966, 12, 1), 120,
                PatientStatus.OFF_STUDY, "HAI-004", Arm.CONTROL, 8),
    # Randomized one to two years ago, now in follow-up (services.demo_follow_up has their
    # course): a progression still followed, a patient lost to follow-up, a death. Their
    # screening numbers, envelopes and study IDs come after the others' because the demo
    # builds them last; in real use all three follow the dates.
    DemoPatient("S-0008", "조", "영호", "Cho", "Young-ho",
                "TR-7690215", "M", date(1955, 6, 3), 612,
                PatientStatus.OFF_STUDY, "HAI-005", Arm.HAI, 8),
    DemoPatient("S-0009", "한", "정숙", "Han", "Jung-sook",
                "TR-7698032", "F", date(1959, 10, 27), 532,
                PatientStatus.OFF_STUDY, "HAI-006", Arm.HAI, 4),
    DemoPatient("S-0010", "임", "상철", "Lim", "Sang-chul",
                "TR-7701488", "M", date(1949, 2, 11), 462,
                PatientStatus.OFF_STUDY, "HAI-007", Arm.CONTROL, 4),
)


# OWASP's minimum argon2id setting (19 MiB, t=2, p=1) for the TRAINING key slots: the demo
# signs dozens of steps while it is built, and its data are invented. Real databases use the
# settings' stronger default.
DEMO_KDF = KdfParameters(time_cost=2, memory_kib=19456, parallelism=1)


def build_demo_database(path: Path, settings: Settings, *,
                        kdf: KdfParameters = DEMO_KDF) -> Workspace:
    """Create the TRAINING database at `path` and return it signed in as the administrator.
    `kdf`: the key slots' argon2id cost (the test suite's template uses a cheaper one)."""
    settings = replace(settings, kdf=kdf)
    admin = DEMO_ACCOUNTS[0]
    ws, _code = create_database(path, admin_username=admin.username,
                                admin_full_name=admin.full_name, admin_password=admin.password,
                                settings=settings, training=True)
    for account in DEMO_ACCOUNTS[1:]:
        users.add_user(ws, username=account.username, full_name=account.full_name,
                       role=account.role, temporary_password=account.password)
    with ws.session(reason="TRAINING accounts: no forced password change") as session:
        for user in session.scalars(select(User)):
            user.must_change_password = False
    today = ws.today()
    with ws.session(reason="TRAINING patients") as session:
        for p in DEMO_PATIENTS:
            session.add(Patient(
                screening_number=p.screening_number, family_name=p.family_name,
                given_name=p.given_name, latin_family_name=p.latin_family_name,
                latin_given_name=p.latin_given_name,
                initials=derive_initials(p.latin_given_name, p.latin_family_name),
                hospital_record_number=p.hospital_record_number, sex=p.sex,
                date_of_birth=p.date_of_birth,
                consent_date=today - timedelta(days=p.consent_days_ago),
                status=PatientStatus.SCREENING.value,
            ))
    coordinator = sign_in(path, "coordinator", "coral-training", settings)
    try:
        add_demo_screening(coordinator)
        _randomize_demo_patients(coordinator)
    finally:
        coordinator.sign_out()
    add_demo_orders(path, settings)
    _place_off_study(ws)
    add_demo_outcomes(path, settings)
    add_demo_follow_up(path, settings)
    return ws


# A fixed seed so the TRAINING list always gives the arms the demo describes (found by trying
# seeds; the first envelope of S1 and S2 is HAI, of S3 and S4 control).
DEMO_LIST_SEED = "c74e2c7e12e0710de23bde446de592b4"


def _randomize_demo_patients(coordinator: Workspace) -> None:
    """Allocate through the real envelope process, in study ID order."""
    randomization.generate_list(coordinator, 30, seed=DEMO_LIST_SEED,
                                reason="TRAINING allocation list")
    with coordinator.db.read_session() as session:
        ids = {p.screening_number: p.id for p in session.scalars(select(Patient))}
    for demo in sorted((p for p in DEMO_PATIENTS if p.study_id), key=lambda p: p.study_id or ""):
        offer = randomization.next_envelope(coordinator, ids[demo.screening_number])
        card = randomization.peek_card_for_training(coordinator, offer.number)
        day = demo_randomization_day(demo.screening_number, coordinator.today())
        result = randomization.randomize(coordinator, ids[demo.screening_number],
                                         envelope_number=offer.number, arm_on_card=card,
                                         password="coral-training",
                                         at=datetime.combine(day, time(10, 0), tzinfo=UTC))
        if (result.study_id, result.arm) != (demo.study_id, demo.arm):
            raise RuntimeError(f"demo list gave {result} for {demo.screening_number}")
    randomization.void_envelope(coordinator, "S1-003", "TRAINING: envelope torn when the box "
                                                       "was opened")


def _place_off_study(ws: Workspace) -> None:
    """S-0007 finished treatment after cycle 8 (the end-of-treatment visit arrives later); the
    patients randomized long ago finished theirs (services.demo_follow_up says why)."""
    finished = {p.screening_number for p in DEMO_PATIENTS
                if p.study_id and p.status is PatientStatus.OFF_STUDY}
    with ws.session(reason="TRAINING: treatment completed, off study") as session:
        for patient in session.scalars(select(Patient)):
            if patient.screening_number in finished:
                patient.status = PatientStatus.OFF_STUDY.value


def open_or_build_demo(settings: Settings, *, reset: bool = False) -> Path:
    """The demo database path, built if missing (or rebuilt when asked)."""
    path = settings.demo_database_path
    keys = key_slot_path(path)
    if reset:
        for leftover in (path, keys, path.with_name(path.name + "-wal"),
                         path.with_name(path.name + "-shm")):
            leftover.unlink(missing_ok=True)
    if not path.exists():
        keys.unlink(missing_ok=True)
        build_demo_database(path, settings).sign_out()
    return path


def give_demo_passwords(ws: Workspace, kdf: KdfParameters = DEMO_KDF) -> None:
    """TRAINING only: every demo account gets its published demo password on the server
    (passwords never move with the data: see services.server_move), hashed at `kdf`."""
    if not ws.is_training:
        raise ConflictError(msg("Demo passwords are only ever set in a TRAINING database."))
    ws.require(Action.RESET_PASSWORDS)
    with ws.session(reason="TRAINING accounts: the demo passwords on the server") as session:
        for account in DEMO_ACCOUNTS:
            ws.access.set_password(session, account.username, account.password, kdf)


def build_demo_on_server(settings: Settings) -> Workspace:
    """The TRAINING demo in the empty server database of the settings: built as an encrypted
    file in a private temporary folder, moved with migrate-to-server (so the showroom also
    shows the move), then every demo account given its demo password."""
    from hai_desktop.services.server_move import move_file_to_server
    from hai_desktop.services.workspace import sign_in_server

    settings = replace(settings, kdf=DEMO_KDF)
    admin = DEMO_ACCOUNTS[0]
    with tempfile.TemporaryDirectory(prefix="hai-demo-") as folder:
        path = Path(folder) / "hai-demo.db"
        file_settings = replace(settings, server_url="", data_dir=Path(folder),
                                backup_schedule="off")
        build_demo_database(path, file_settings).sign_out()
        move_file_to_server(path, admin.username, admin.password, settings)
    ws = sign_in_server(settings, admin.username, admin.password)
    give_demo_passwords(ws)
    return ws
