"""The run just started, in the Launch tab: a headline, the live run, and its details (folded).

Details hold what only the curious need: run id (copyable), type, cost so far, estimated
time, project and FLORA's status address. The live part (``LiveResult``) is attached by
whoever has the run tracker; without it the panel is the receipt of the start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from flora_desktop.api.models import RunStart, TechniqueRun
from flora_desktop.services.phrases import QT_TRANSLATE_NOOP
from flora_desktop.ui.messages import (
    ALREADY_STARTED_TITLE,
    NOTHING_FOUND_SENTENCE,
    format_cost,
    format_seconds,
)
from flora_desktop.ui.models.runs_model import status_words
from flora_desktop.ui.style_state import set_style_property
from flora_desktop.ui.translate import shown as shown_text
from flora_desktop.ui.widgets.disclosure_button import DisclosureButton
from flora_desktop.ui.widgets.elided_label import ElidedLabel

if TYPE_CHECKING:
    from flora_desktop.ui.widgets.live_result import LiveResult

__all__ = ["ResultPanel"]

_TYPE_WORDS = {
    "technique": QT_TRANSLATE_NOOP("ResultPanel", "Technique run"),
    "generation": QT_TRANSLATE_NOOP("ResultPanel", "Generation"),
    "action": QT_TRANSLATE_NOOP("ResultPanel", "Action"),
}


def _plain(label: QLabel) -> QLabel:
    # Ids, names and addresses from FLORA are words, never markup to render.
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _selectable(label: QLabel) -> QLabel:
    _plain(label)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    return label


class ResultPanel(QFrame):
    """Shows one started (or found) run. objectName ``resultPanel``.

    Labels carry no accessible name of their own so screen readers read their text; the
    panel's accessible description mirrors the summary. Signals: ``look_up_requested()``.
    """

    look_up_requested = Signal()
    shown_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.live: LiveResult | None = None
        self.setObjectName("resultPanel")
        self.setAccessibleName(self.tr("Run result"))
        self.setFrameShape(QFrame.Shape.StyledPanel)

        self._headline = _plain(QLabel(self))
        self._headline.setObjectName("resultHeadline")
        self._headline.setWordWrap(True)
        self._sentence = _plain(QLabel(self))
        self._sentence.setObjectName("resultSentence")
        self._sentence.setWordWrap(True)

        self._run_id = _selectable(QLabel(self))
        self._run_id.setObjectName("resultRunId")
        self._copy = QPushButton(self.tr("Copy"), self)
        self._copy.setObjectName("resultCopy")
        self._copy.setAccessibleName(self.tr("Copy run id"))
        self._copy.clicked.connect(self.copy_run_id)
        id_row = QHBoxLayout()
        id_row.addWidget(self._run_id)
        id_row.addWidget(self._copy)
        id_row.addStretch(1)

        self._type = QLabel(self)
        # A long technique name ends in "…" (whole in its tooltip), never widens the panel.
        self._technique = ElidedLabel("", self, max_lines=2)
        self._technique.setObjectName("resultTechnique")
        self._cost = QLabel(self)
        self._eta = QLabel(self)
        self._project = _selectable(QLabel(self))
        self._status = _plain(QLabel(self))
        self._form = QFormLayout()
        # Every field takes the row's width: a long name is cut at the panel's edge, not
        # at its own first letters.
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form.addRow(self.tr("Run id"), id_row)
        self._form.addRow(self.tr("Type"), self._type)
        self._form.addRow(self.tr("Technique"), self._technique)
        self._form.addRow(self.tr("Status"), self._status)
        self._form.addRow(self.tr("Charged"), self._cost)
        self._form.addRow(self.tr("Estimated time"), self._eta)
        self._form.addRow(self.tr("Project"), self._project)
        self._fields = QWidget(self)
        self._fields.setLayout(self._form)

        # Says what it shows or hides: "Details" alone told neither what nor which way.
        self._details_toggle = DisclosureButton(
            self.tr("Show run details"), self.tr("Hide run details"), self
        )
        self._details_toggle.setObjectName("resultDetailsToggle")
        self._details_toggle.toggled.connect(self._on_details_toggled)
        self._poll_url = _selectable(QLabel(self))
        self._poll_url.setObjectName("resultPollUrl")
        self._poll_url.setWordWrap(True)
        self._poll_url.hide()
        self._fields.hide()

        self._look_up = QPushButton(self.tr("Look it up"), self)
        self._look_up.setObjectName("resultLookUp")
        self._look_up.clicked.connect(self.look_up_requested)

        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self._headline)
        self._layout.addWidget(self._sentence)
        self._layout.addWidget(self._look_up, 0, Qt.AlignmentFlag.AlignLeft)
        self._layout.addWidget(self._details_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        self._layout.addWidget(self._fields)
        self._layout.addWidget(self._poll_url)
        self._layout.addStretch(1)
        self._has_fields = False
        self.clear()

    def attach_live(self, live: LiveResult) -> None:
        """Show ``live`` (the followed run) under the headline, above Details."""
        self.live = live
        live.setParent(self)
        self._layout.insertWidget(2, live)
        live.status_changed.connect(self._on_live_status)

    # --- reading (tests, automation) ---------------------------------------------------

    def headline_text(self) -> str:
        return self._headline.text()

    def sentence_text(self) -> str:
        return self._sentence.text()

    def run_id_text(self) -> str:
        return self._run_id.text()

    def poll_url_text(self) -> str:
        return self._poll_url.text()

    def field_text(self, name: str) -> str:
        labels = {
            "type": self._type,
            "technique": self._technique,
            "status": self._status,
            "charged": self._cost,
            "estimated": self._eta,
            "project": self._project,
        }
        return labels[name].text()

    # --- states --------------------------------------------------------------------------

    def clear(self) -> None:
        self._headline.clear()
        self._sentence.clear()
        for label in (
            self._run_id,
            self._type,
            self._technique,
            self._cost,
            self._eta,
            self._project,
            self._status,
            self._poll_url,
        ):
            label.clear()
        self._details_toggle.setChecked(False)
        self._has_fields = False
        self._fields.hide()
        self.setAccessibleDescription("")
        set_style_property(self, "outcome", "")
        if self.live is not None:
            self.live.stop()
        was_shown = not self.isHidden()
        self.hide()
        if was_shown:
            self.shown_changed.emit(False)

    def show_started(self, run: RunStart, technique_name: str | None = None) -> None:
        """A run FLORA just accepted."""
        self.clear()
        self._set_headline(
            self.tr("Run started"), self.tr("FLORA accepted the run and is working on it.")
        )
        name = run.technique.name if run.technique and run.technique.name else technique_name
        self._show_fields(
            run_id=run.run_id,
            type_text=shown_text(_TYPE_WORDS.get(run.type, run.type)),
            technique=name or "",
            status=None,
            cost=self.tr("{cost} so far").format(cost=shown_text(format_cost(run.charged_cost))),
            eta=shown_text(format_seconds(run.estimated_seconds)),
            project=run.project_id,
            poll_url=run.poll_url,
        )
        self._look_up.hide()
        if self.live is not None:
            self.live.follow(run.run_id)
        self._finish()

    def show_found(self, run: TechniqueRun | None, *, already_started: bool) -> None:
        """A run found in the history (after ``idempotency_duplicate`` or a look-up)."""
        self.clear()
        title = (
            shown_text(ALREADY_STARTED_TITLE)
            if already_started
            else self.tr("Latest run of this technique")
        )
        if run is None:
            self._set_headline(title, shown_text(NOTHING_FOUND_SENTENCE))
            self._look_up.setText(self.tr("Look again"))
            self._look_up.show()
            self._finish()
            return
        sentence = (
            self.tr(
                "FLORA had already received this request, so no second run was started. Here it is."
            )
            if already_started
            else self.tr("This is the newest run of this technique in this workspace.")
        )
        self._set_headline(title, sentence)
        cost = (
            shown_text(format_cost(run.charged_cost))
            if run.charged_cost is not None
            else self.tr("nothing yet")
        )
        self._show_fields(
            run_id=run.run_id,
            type_text=shown_text(_TYPE_WORDS["technique"]),
            technique=run.technique.name,
            status=self.tr("{status} ({percent}%)").format(
                status=run.status, percent=round(run.progress)
            ),
            cost=cost,
            eta=None,
            project=run.project_id,
            poll_url=run.poll_url,
        )
        self._look_up.hide()
        if self.live is not None:
            self.live.follow(run.run_id)
        self._finish()

    def show_maybe_started(self) -> None:
        """The request was cancelled while in flight: FLORA may still have the run."""
        self.clear()
        self._set_headline(
            self.tr("The run may still have started"),
            self.tr(
                "You stopped waiting, but FLORA may already have received the request. "
                "Look it up before pressing Run again, so you don't pay twice."
            ),
        )
        self._look_up.setText(self.tr("Look it up"))
        self._look_up.show()
        self._finish()

    def copy_run_id(self) -> None:
        if self._run_id.text():
            QGuiApplication.clipboard().setText(self._run_id.text())

    # --- helpers -------------------------------------------------------------------------

    def _set_headline(self, title: str, sentence: str) -> None:
        self._headline.setText(title)
        self._sentence.setText(sentence)

    def _show_fields(
        self,
        *,
        run_id: str,
        type_text: str,
        technique: str,
        status: str | None,
        cost: str,
        eta: str | None,
        project: str | None,
        poll_url: str | None,
    ) -> None:
        self._has_fields = True
        self._fields.setVisible(self._details_toggle.isChecked())
        self._run_id.setText(run_id)
        self._type.setText(type_text)
        self._technique.setText(technique)
        self._form.setRowVisible(self._status, status is not None)
        self._status.setText(status or "")
        self._cost.setText(cost)
        self._form.setRowVisible(self._eta, eta is not None)
        self._eta.setText(eta or "")
        self._project.setText(project or self.tr("not given"))
        self._poll_url.setText(
            self.tr("Status address: {url}").format(url=poll_url) if poll_url else ""
        )
        self._details_toggle.setVisible(True)

    def _finish(self) -> None:
        self._details_toggle.setVisible(self._has_fields)
        parts = [self._headline.text(), self._sentence.text()]
        if self._has_fields and self._run_id.text():
            parts.append(self.tr("Run id {run_id}.").format(run_id=self._run_id.text()))
        self.setAccessibleDescription(" ".join(parts))
        was_hidden = self.isHidden()
        self.show()
        if was_hidden:
            self.shown_changed.emit(True)

    def _on_live_status(self, status: str) -> None:
        if status == "completed":
            self._set_headline(self.tr("Done"), self.tr("Your outputs are below."))
        elif status == "failed":
            self._set_headline(self.tr("The run failed"), self.tr("Here is why, and what to do."))
        elif status == "running":
            self._set_headline(
                self.tr("Running"), self.tr("FLORA is working on it; outputs appear here.")
            )
        else:
            return
        # The panel's green says "it worked"; a failed run must not wear it (style.qss).
        set_style_property(self, "outcome", "failed" if status == "failed" else "")
        self._status.setText(status_words(status))
        self._form.setRowVisible(self._status, True)
        self.setAccessibleDescription(f"{self._headline.text()} {self._sentence.text()}")

    def _on_details_toggled(self, shown: bool) -> None:
        self._fields.setVisible(shown and self._has_fields)
        self._poll_url.setVisible(shown and bool(self._poll_url.text()))
