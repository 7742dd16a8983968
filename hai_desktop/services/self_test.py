"""The parts of `hai-desktop --self-test` that need no Qt: the SQLCipher library, every protocol
data file, a real encrypted database taken from creation to an order sheet, and that sheet read
back. Each check returns a one-line finding or raises, naming what is missing; the runner
(hai_desktop/self_test.py) adds the Qt checks and prints the report.

Everything is written into one private temporary folder that the runner removes; the database
is a TRAINING file with an invented patient, encrypted like any other.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from hai_desktop.build_info import BUILD_INFO_NAME, bundle_dir, read_build_info
from hai_desktop.core.errors import HaiError
from hai_desktop.core.i18n import msg
from hai_desktop.paths import resources_dir
from hai_desktop.settings import KdfParameters, Settings

if TYPE_CHECKING:
    from hai_desktop.services.workspace import Workspace

ADMIN = "selftest-admin"
INVESTIGATOR = "selftest-investigator"
# argon2id at OWASP's minimum (as the TRAINING demo): the check is that argon2 runs, not its
# cost; the real default (64 MiB) would only make the self-test slower.
SELF_TEST_KDF = KdfParameters(time_cost=2, memory_kib=19456, parallelism=1)


class SelfTestError(HaiError):
    """A part of the installation is missing or broken; the message names it."""


def check_versions() -> str:
    """SQLCipher loads and encrypts; a bundle carries its build-info file."""
    from hai_desktop.services.about import about_info
    from hai_desktop.store.cipher import cipher_library

    library = cipher_library()  # raises, naming sqlcipher3, when the native library is missing
    info = about_info()
    folder = bundle_dir()
    if folder is not None:
        try:
            read_build_info(folder)
        except (OSError, ValueError, KeyError) as exc:
            raise SelfTestError(msg("{BUILD_INFO_NAME} is missing or unreadable in the bundle "
                                    "{folder}: {exc}",
                                    BUILD_INFO_NAME=BUILD_INFO_NAME,
                                    folder=folder,
                                    exc=exc)) from exc
    if "NOT AVAILABLE" in info.postgresql_client or "binary" not in info.postgresql_client:
        # Without the compiled client a workstation cannot reach the unit's shared server.
        raise SelfTestError(msg("The PostgreSQL client is incomplete: {postgresql_client}",
                                postgresql_client=info.postgresql_client))
    return (f"hai-desktop {info.version}, build {info.build}, SQLCipher {library.describe()}, "
            f"PostgreSQL client {info.postgresql_client}")


def check_protocol_data() -> str:
    """Every protocol data file loads and validates, as at start-up (a fault names the file)."""
    root = resources_dir()
    if not root.is_dir():
        raise SelfTestError(msg("The resources folder {root} is missing.", root=root))
    from hai_desktop.core.catheter import catheter_rules
    from hai_desktop.core.ctcae import REGIMEN_COMMON, ctcae_terms, gradable_lab_terms
    from hai_desktop.core.eligibility import protocol_checklist
    from hai_desktop.core.randomization import protocol_design
    from hai_desktop.core.recist import protocol_recist
    from hai_desktop.core.regimens import protocol_regimens
    from hai_desktop.core.schedule import protocol_schedule
    from hai_desktop.core.units import quantity_specs
    from hai_desktop.services.site_rules import site_rule_specs

    checklist = protocol_checklist()
    regimens = protocol_regimens()
    design = protocol_design()
    terms = ctcae_terms()
    lab_terms = gradable_lab_terms()
    catheter = catheter_rules()
    rules = site_rule_specs()
    kinds = quantity_specs()
    recist = protocol_recist()
    visits = protocol_schedule()
    return (f"{len(checklist.criteria)} eligibility criteria, {len(regimens.drugs)} drugs, "
            f"{len(design.strata)} strata, {len(kinds)} quantities, {len(rules)} site rules, "
            f"{len(terms)} CTCAE terms ({len(lab_terms)} graded from labs, "
            f"{len(REGIMEN_COMMON)} common), {len(catheter.items)} catheter checklist items, "
            f"RECIST 1.1 (at most {recist.max_targets} targets), assessments every "
            f"{visits.assessment_weeks} weeks")


SELF_TEST_NAME = ("시험", "자가")  # an invented Hangul name: the Korean font must print it


@dataclass(frozen=True)
class OrderSheet:
    pdf: bytes
    order_code: str
    database: Path
    detail: str


def make_order_sheet(folder: Path) -> OrderSheet:
    """A new encrypted database and its administrator, an investigator (added with a temporary
    password, which opens nothing until the first sign-in replaces it), an invented patient
    screened, randomized by envelope and prescribed for: the order sheet as printed (DRAFT),
    through the same services as the application, with Alembic migrations, argon2id key slots,
    the audit trail, the protocol data, reportlab and the DejaVu and NanumGothic fonts (the
    invented patient has a Hangul name, which must come back as text)."""
    from hai_desktop.core.order_code import order_code
    from hai_desktop.services import orders, randomization, users
    from hai_desktop.services.demo_screening import eligible_answers
    from hai_desktop.services.integrity import verify_file
    from hai_desktop.services.screening import (
        Registration,
        confirm_screening,
        register_candidate,
        save_screening,
    )
    from hai_desktop.services.workspace import create_database
    from hai_desktop.store.database import SQLITE_PLAIN_HEADER
    from hai_desktop.store.models import Role

    settings = replace(Settings(data_dir=folder, log_dir=folder / "logs"), kdf=SELF_TEST_KDF)
    path = folder / "self-test.db"
    # Random passwords: nobody ever needs to open this file again.
    admin_password, temporary_password, investigator_password = (
        secrets.token_urlsafe(18) for _ in range(3))
    admin, _code = create_database(path, admin_username=ADMIN,
                                   admin_full_name="Self-test administrator",
                                   admin_password=admin_password, settings=settings,
                                   training=True)
    try:
        users.add_user(admin, username=INVESTIGATOR, full_name="Self-test investigator",
                       role=Role.INVESTIGATOR, temporary_password=temporary_password)
        randomization.generate_list(admin, 2, reason="self-test allocation list")
    finally:
        admin.sign_out()
    if path.read_bytes()[:16] == SQLITE_PLAIN_HEADER:
        raise SelfTestError(msg("{path} was written unencrypted: sqlcipher3 is plain SQLite.",
                                path=path))

    today = date.today()
    doctor = first_sign_in(path, temporary_password, investigator_password, settings)
    try:
        patient = register_candidate(doctor, Registration(
            family_name=SELF_TEST_NAME[0], given_name=SELF_TEST_NAME[1],
            latin_family_name="Siheom", latin_given_name="Ja-ga",
            hospital_record_number="SELFTEST-1",
            sex="F", date_of_birth=date(1960, 1, 1), consent_date=today))
        save_screening(doctor, patient.id, eligible_answers(today), "no", today=today)
        confirm_screening(doctor, patient.id, investigator_password, today=today)
        offer = randomization.next_envelope(doctor, patient.id)
        card = randomization.peek_card_for_training(doctor, offer.number)
        allocated = randomization.randomize(doctor, patient.id, envelope_number=offer.number,
                                            arm_on_card=card, password=investigator_password)
        order_id = orders.create_order(doctor, orders.OrderInput(
            patient_id=patient.id, day1=today, targeted_agent="bevacizumab", height="170 cm",
            weight="70 kg", measured_on=today, anc="2.4 ×10⁹/L", platelets="190 ×10⁹/L",
            labs_date=today, creatinine="0.8 mg/dL", neuropathy_grade=0,
            neuropathy_assessed_on=today))
        pdf = orders.order_preview_pdf(doctor, order_id)
    finally:
        doctor.sign_out()
    report = verify_file(path, ADMIN, admin_password, settings)
    if not report.ok:
        raise SelfTestError(msg("The new database does not verify: {report}",
                                report=report.summary()))
    return OrderSheet(pdf, order_code(order_id), path,
                      f"{allocated.study_id}, arm {allocated.arm.short}, order #{order_id}: "
                      f"{len(pdf):,} bytes; audit chain verified")


def first_sign_in(path: Path, temporary_password: str, new_password: str,
                  settings: Settings) -> Workspace:
    """The investigator's first sign-in, as a person makes it: the temporary password is
    refused everything but its change (issue #18, attack 6), then their own password is set."""
    from hai_desktop.core.errors import PermissionDenied
    from hai_desktop.services.patients import list_patients
    from hai_desktop.services.workspace import sign_in

    doctor = sign_in(path, INVESTIGATOR, temporary_password, settings)
    try:
        if not doctor.user.must_change_password:
            raise SelfTestError(msg("A new account's temporary password is not marked to be "
                                    "changed."))
        try:
            list_patients(doctor)
        except PermissionDenied:
            pass  # as it must be
        else:
            raise SelfTestError(msg("A temporary password opened the patient list before it "
                                    "was changed."))
        doctor.change_own_password(temporary_password, new_password)
    except BaseException:
        doctor.sign_out()
        raise
    return doctor


@dataclass(frozen=True)
class PdfFacts:
    pages: int
    text: str  # of the first page


def read_pdf(pdf: bytes) -> PdfFacts:
    """Open a PDF with pdfium (the library of the in-application preview) and render page 1."""
    import pypdfium2

    if not pdf.startswith(b"%PDF-"):
        raise SelfTestError(msg("The output is not a PDF (no %PDF- header)."))
    document = pypdfium2.PdfDocument(pdf)
    try:
        pages = len(document)
        if pages == 0:
            raise SelfTestError(msg("The PDF has no pages."))
        page = document[0]
        text_page = page.get_textpage()
        text = text_page.get_text_range()
        bitmap = page.render(scale=0.5).to_pil()
        if bitmap.getextrema() in (((0, 0),) * 3, ((255, 255),) * 3):
            raise SelfTestError(msg("Page 1 renders as a blank image."))
        text_page.close()
        page.close()
    finally:
        document.close()
    return PdfFacts(pages, text)


def check_order_sheet(sheet: OrderSheet) -> str:
    facts = read_pdf(sheet.pdf)
    wanted = (sheet.order_code, f"Page 1 of {facts.pages}", "bevacizumab", "TRAINING",
              "".join(SELF_TEST_NAME))
    missing = [w for w in wanted if w not in facts.text]
    if missing:
        raise SelfTestError(msg("The order sheet's first page lacks {missing}.",
                                missing=', '.join(missing)))
    for font in (b"DejaVuSans", b"NanumGothic"):
        if font not in sheet.pdf:
            raise SelfTestError(msg("The order sheet does not embed {font} (resources/fonts in "
                                    "{resources_dir}).",
                                    font=font.decode(), resources_dir=resources_dir()))
    return (f"{facts.pages} page(s), order code {sheet.order_code}, the Hangul name read back, "
            "DejaVu and NanumGothic embedded")
