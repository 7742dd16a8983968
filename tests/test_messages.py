"""Every message a person reads is translatable (issue #17): the errors core, store, services,
settings and the CLI raise carry a msg() template (never a bare literal or f-string), every
template names its fields (a translation may put them in its own order), and a list of
messages joined together is translated part by part."""

from __future__ import annotations

import ast
import string
import sys
from pathlib import Path

from hai_desktop.core.errors import ConflictError
from hai_desktop.core.i18n import Message, joined, message_in, msg
from tests.helpers import refusal_in_korean

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))
import translations  # noqa: E402  (packaging/translations.py: the PySide6 tools' wrapper)

PACKAGE = ROOT / "hai_desktop"
# Where the messages come from (the interface translates its own texts with self.tr).
CHECKED = ("core", "store", "services")
# The arguments of an error that a person reads.
SHOWN_KEYWORDS = {"hint", "message"}


def checked_modules() -> list[Path]:
    modules = [p for folder in CHECKED for p in sorted((PACKAGE / folder).rglob("*.py"))]
    return [p for p in [*modules, *sorted(PACKAGE.glob("*.py"))] if "__pycache__" not in p.parts]


def error_classes(modules: list[Path]) -> set[str]:
    """HaiError and every class derived from it in these modules (by name)."""
    family = {"HaiError"}
    classes = [node for path in modules for node in ast.walk(ast.parse(path.read_text("utf-8")))
               if isinstance(node, ast.ClassDef)]
    grown = True
    while grown:
        grown = False
        for node in classes:
            if node.name not in family and any(
                    isinstance(base, ast.Name) and base.id in family for base in node.bases):
                family.add(node.name)
                grown = True
    return family


def _literal_text(node: ast.expr) -> bool:
    """A string literal, an f-string, or text put together from them (+, if-else)."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _literal_text(node.left) or _literal_text(node.right)
    if isinstance(node, ast.IfExp):
        return _literal_text(node.body) or _literal_text(node.orelse)
    return False


def untranslatable_errors(path: Path, family: set[str]) -> list[str]:
    """Errors of the family made with literal text instead of a msg() message."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id in family):
            continue
        shown = [*node.args[:1], *(k.value for k in node.keywords if k.arg in SHOWN_KEYWORDS)]
        found += [f"{path.relative_to(ROOT)}:{node.lineno}: {ast.unparse(a)[:70]}"
                  for a in shown if _literal_text(a)]
    return found


def test_every_error_message_is_a_msg_template() -> None:
    modules = checked_modules()
    family = error_classes(modules)
    assert {"ValidationError", "ConflictError", "ServerError", "SelfTestError"} <= family
    problems = [line for path in modules for line in untranslatable_errors(path, family)]
    assert problems == [], "\n".join(problems)


def test_the_check_finds_an_untranslatable_error() -> None:
    sample = PACKAGE / "services" / "_untranslatable_sample.py"
    sample.write_text(
        "class OwnError(ConflictError):\n    pass\n"
        'raise ValidationError("Enter the weight.", field="weight")\n'
        'raise OwnError(f"Cycle {n} is signed.")\n'
        'raise NotFound(msg("No order {id}.", id=1), hint="Reload the list.")\n'
        'raise HaiError("Nothing " + "saved")\n'
        'raise ConflictError(msg("Done.") if done else f"Not {x}")\n'
        'raise ConflictError(msg("Cycle {cycle} is signed.", cycle=2), hint=msg("Void it."))\n'
        'raise ValueError(f"a programming error: {x}")\n'
        "raise ValidationError(problem, field=name)\n", encoding="utf-8")
    try:
        family = error_classes([*checked_modules(), sample])
        assert "OwnError" in family
        assert [line.split(": ", 1)[1] for line in untranslatable_errors(sample, family)] == [
            "'Enter the weight.'", "f'Cycle {n} is signed.'", "'Reload the list.'",
            "'Nothing ' + 'saved'", "msg('Done.') if done else f'Not {x}'"]
    finally:
        sample.unlink()


def message_templates(tmp_path: Path) -> list[str]:
    """Every msg() template in the code, as lupdate finds it (the empty context)."""
    copy = tmp_path / "messages.ts"
    copy.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                    '<TS version="2.1" language="ko_KR" sourcelanguage="en"></TS>\n',
                    encoding="utf-8")
    translations.update("ko", target=copy)
    return list(translations.entries(copy).get("", {}))


def positional_fields(template: str) -> list[str]:
    return [f"{{{field}}}" for _, field, _, _ in string.Formatter().parse(template)
            if field is not None and (field == "" or field.split(".")[0].isdigit())]


def test_every_template_names_its_fields(tmp_path: Path) -> None:
    templates = message_templates(tmp_path)
    assert "User name or password is wrong." in templates
    assert "{label}: enter the start time." in templates
    assert len(templates) > 400
    unnamed = {t: positional_fields(t) for t in templates if positional_fields(t)}
    assert unnamed == {}
    assert positional_fields("Cycle {} of {0.id} is {state}") == ["{}", "{0.id}"]


def test_an_error_keeps_its_english_sentence_and_its_template() -> None:
    error = ConflictError(msg("Cycle {cycle} of {study_id} is already signed.", cycle=2,
                              study_id="HAI-003"))
    assert str(error) == error.message == "Cycle 2 of HAI-003 is already signed."
    assert isinstance(error.message, Message) and error.message.values["cycle"] == 2


def test_joined_messages_are_translated_part_by_part() -> None:
    parts = [msg("ANC {anc} is below {anc_min} [site rule]", anc="0.9 ×10⁹/L",
                 anc_min="1.5 ×10⁹/L"), "platelets low"]
    together = msg("Hold: {holds}. Proceeding needs the investigator's reason.",
                   holds=joined(parts, "; "))
    assert together == ("Hold: ANC 0.9 ×10⁹/L is below 1.5 ×10⁹/L [site rule]; platelets "
                        "low. Proceeding needs the investigator's reason.")
    assert joined(["a {b}", msg("c")], " {} ") == "a {b} {} c"  # braces in parts are text
    assert message_in("en", together) == together
    assert joined([]) == ""


def test_a_refusal_names_the_role_and_the_action_in_the_readers_language() -> None:
    from hai_desktop.core.errors import PermissionDenied
    from hai_desktop.core.roles import Role
    from hai_desktop.services.permissions import Action, require

    english, korean = refusal_in_korean(PermissionDenied,
                                        lambda: require(Role.NURSE, Action.PRESCRIBE))
    assert english == ("Your role (Infusion nurse) may not prescribe and sign chemotherapy "
                       "orders.")
    assert "주사실 간호사" in korean and "항암화학요법 처방 및 서명" in korean
    assert "prescribe" not in korean and "nurse" not in korean
    # Every action has its Korean (the enum's values are the catalogue's "Action" entries).
    from hai_desktop.core.i18n import text_in

    untranslated = [a.value for a in Action if text_in("ko", "Action", a.value) == a.value]
    assert untranslated == []


def test_an_order_in_the_wrong_state_is_refused_in_the_readers_words() -> None:
    from types import SimpleNamespace

    from hai_desktop.services.orders import GIVEN, _require_status

    english, korean = refusal_in_korean(ConflictError, lambda: _require_status(
        SimpleNamespace(id=7, status=GIVEN), "printed", doing="signed"))  # type: ignore[arg-type]
    assert english == "Order #7 is given: it cannot be signed now."
    assert "#7" in korean and "서명" in korean and "given" not in korean
    assert "signed" not in korean
