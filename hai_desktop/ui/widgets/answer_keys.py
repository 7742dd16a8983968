"""The answer keys every checklist shares, so a nurse's fingers learn them once.

A row answers to its letters (Y for Yes, N for No, U for "not yet known"; a form may name
others, as the catheter outcome's F / N / R) and to 1, 2, 3 … by position. A Korean keyboard in
Hangul mode sends ㅛ, ㅜ, ㅕ … from the same keys: they answer exactly as the letters do.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

YES_KEY, NO_KEY, NOT_KNOWN_KEY = "y", "n", "u"

# The standard Korean (dubeolsik) layout: the jamo each Latin letter's key types in Hangul mode.
_LATIN = "qwertyuiopasdfghjklzxcvbnm"
_HANGUL = "ㅂㅈㄷㄱㅅㅛㅕㅑㅐㅔㅁㄴㅇㄹㅎㅗㅓㅏㅣㅋㅌㅊㅍㅠㅜㅡ"
LATIN_OF_HANGUL = dict(zip(_HANGUL, _LATIN, strict=True))

# With these held the key is a shortcut or a mnemonic (Ctrl+N, Alt+N), never an answer.
_COMMAND_MODIFIERS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                      | Qt.KeyboardModifier.MetaModifier)


def typed_letter(event: QKeyEvent) -> str:
    """The key's letter as on a Latin keyboard: 'y' for Y, y and ㅛ."""
    text = event.text().lower()
    return LATIN_OF_HANGUL.get(text, text)


class AnswerKeys:
    """Which of a row's answers a key press picks: `letters[i]` (or None) answers choice i,
    and so does the digit i + 1."""

    def __init__(self, letters: Sequence[str | None], count: int | None = None) -> None:
        self.count = len(letters) if count is None else count
        self.by_letter = {letter.lower(): index for index, letter in enumerate(letters)
                          if letter}

    def index_of(self, event: QKeyEvent) -> int | None:
        if event.modifiers() & _COMMAND_MODIFIERS:
            return None
        letter = typed_letter(event)
        if letter in self.by_letter:
            return self.by_letter[letter]
        if letter.isdigit() and 1 <= int(letter) <= min(self.count, 9):
            return int(letter) - 1
        return None

    def hint(self, labels: Sequence[str]) -> str:
        """'Y: Yes · N: No' for a tooltip (labels already translated)."""
        keys = {index: letter.upper() for letter, index in self.by_letter.items()}
        return " · ".join(f"{keys.get(i, str(i + 1))}: {text}" for i, text in enumerate(labels))
