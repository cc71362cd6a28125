"""The Settings dialog: API profiles (name, server, key), outputs, polling, notifications, theme.

It edits a working copy; OK checks every field, writes keys to each profile's keyring entry,
then the preferences, and saves settings. Until then nothing changes, and Cancel drops it
all. Typed keys live only in the working copy and are cleared once written.
"""

from __future__ import annotations

import itertools
import logging
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from flora_desktop.services.credentials import CredentialsUnavailable
from flora_desktop.services.profiles import Profiles
from flora_desktop.services.session import Connection, KeyFormatError, clean_key
from flora_desktop.services.settings import (
    MAX_POLL_INTERVAL_S,
    MIN_CACHE_LIMIT_MB,
    MIN_POLL_INTERVAL_S,
    Profile,
    ProfileError,
    Settings,
    ThemeChoice,
    check_base_url,
    check_profile_name,
)
from flora_desktop.services.tasks import TaskOwner
from flora_desktop.ui.theme import ThemeManager
from flora_desktop.ui.translate import shown, shown_error
from flora_desktop.ui.widgets.language_choice import LanguageChoice

__all__ = ["SettingsDialog"]

log = logging.getLogger(__name__)

ROLE_INDEX = Qt.ItemDataRole.UserRole
POLL_STEP_S = 0.5
# The cache field offers 50 MB … 100 GB in 256 MB steps (settings.json may hold more).
CACHE_FIELD_MAX_MB = 100 * 1024
CACHE_STEP_MB = 256
# Wide enough for a server address and a home-folder path; fits 640 logical px (200 %).
MIN_WIDTH = 560
PROFILE_LIST_MAX_HEIGHT = 120
# Marked for translation here, translated where shown (context: the class name).
KEY_FORMAT_WORDS: dict[str, str] = {
    "empty": str(QT_TRANSLATE_NOOP("SettingsDialog", "Paste the API key first.")),
    "multiline": str(
        QT_TRANSLATE_NOOP("SettingsDialog", "The API key must be one line. Paste only the key.")
    ),
    "spaces": str(
        QT_TRANSLATE_NOOP("SettingsDialog", "An API key has no spaces in it. Paste only the key.")
    ),
    "characters": str(
        QT_TRANSLATE_NOOP(
            "SettingsDialog",
            "This key has a character no API key has (perhaps a look-alike letter from "
            "another alphabet). Copy the key again from FLORA.",
        )
    ),
}


@dataclass
class _Draft:
    """One profile as edited: ``profile_id`` None until it is created on OK."""

    profile_id: str | None
    name: str
    base_url: str
    new_key: str = field(default="", repr=False)
    removed: bool = False


class SettingsDialog(QDialog):
    """Edits the settings and the profiles; OK saves them (``save()``), Cancel drops the edits.

    Signals:
        applied(bool): the settings were saved; True when the connection must be remade
            (another profile is active, or the active profile's server or key changed).
    """

    applied = Signal(bool)

    def __init__(
        self,
        settings: Settings,
        profiles: Profiles,
        theme: ThemeManager | None,
        tasks: TaskOwner,
        parent: QWidget | None = None,
        *,
        connection: Connection | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        # The connection actually in use (sandbox, environment key or a profile's key).
        self._connection = connection
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))
        self.setModal(True)
        self._settings = settings
        self._profiles = profiles
        self._theme = theme
        self._tasks = tasks
        self._busy = False
        self._drafts = [_Draft(p.profile_id, p.name, p.base_url) for p in profiles.all()]
        active_id = profiles.active.profile_id
        self._active = next(d for d in self._drafts if d.profile_id == active_id)
        self._loading = False
        self._build()
        self._load_preferences()
        self._fill_profile_list(select=self._visible_drafts().index(self._active))

    # -- layout ---------------------------------------------------------------------

    def _build(self) -> None:
        accounts = QGroupBox(self.tr("Accounts"), self)
        accounts.setObjectName("accountsGroup")
        self.profile_list = QListWidget(accounts)
        self.profile_list.setObjectName("profileList")
        self.profile_list.setAccessibleName(self.tr("Profiles"))
        self.profile_list.setAccessibleDescription(
            self.tr("Each profile is a FLORA account: a name, a server and its own key.")
        )
        self.profile_list.currentRowChanged.connect(self._show_profile)
        self.profile_list.setMaximumHeight(PROFILE_LIST_MAX_HEIGHT)
        self.add_button = QPushButton(self.tr("&Add profile"), accounts)
        self.add_button.setObjectName("addProfileButton")
        self.add_button.clicked.connect(self._add_profile)
        self.remove_button = QPushButton(self.tr("&Remove"), accounts)
        self.remove_button.setObjectName("removeProfileButton")
        self.remove_button.setAccessibleName(self.tr("Remove profile"))
        self.remove_button.clicked.connect(self._remove_profile)
        self.use_button = QPushButton(self.tr("&Use this profile"), accounts)
        self.use_button.setObjectName("useProfileButton")
        self.use_button.clicked.connect(self._use_profile)
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.add_button)
        list_buttons.addWidget(self.remove_button)
        list_buttons.addStretch(1)
        list_buttons.addWidget(self.use_button)

        self.name_field = QLineEdit(accounts)
        self.name_field.setObjectName("profileNameField")
        self.name_field.setAccessibleName(self.tr("Profile name"))
        self.name_field.textEdited.connect(self._on_name_edited)
        self.base_url_field = QLineEdit(accounts)
        self.base_url_field.setObjectName("profileBaseUrlField")
        self.base_url_field.setAccessibleName(self.tr("Server address"))
        self.base_url_field.textEdited.connect(self._on_base_url_edited)
        self.key_field = QLineEdit(accounts)
        self.key_field.setObjectName("profileKeyField")
        self.key_field.setAccessibleName(self.tr("New API key"))
        self.key_field.setAccessibleDescription(
            self.tr("Leave empty to keep the key saved in the system keyring.")
        )
        self.key_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_field.setPlaceholderText(self.tr("Leave empty to keep the saved key"))
        self.key_field.textEdited.connect(self._on_key_edited)
        profile_form = QFormLayout()
        profile_form.addRow(self.tr("&Name"), self.name_field)
        profile_form.addRow(self.tr("Ser&ver"), self.base_url_field)
        profile_form.addRow(self.tr("API &key"), self.key_field)
        self.active_note = QLabel(accounts)
        self.active_note.setObjectName("activeProfileNote")
        self.active_note.setWordWrap(True)
        self.connection_label = QLabel(self._connection_words(), accounts)
        self.connection_label.setObjectName("connectionInUse")
        self.connection_label.setWordWrap(True)
        self.connection_label.setTextFormat(Qt.TextFormat.PlainText)
        accounts_layout = QVBoxLayout(accounts)
        accounts_layout.addWidget(self.connection_label)
        accounts_layout.addWidget(self.profile_list)
        accounts_layout.addLayout(list_buttons)
        accounts_layout.addLayout(profile_form)
        accounts_layout.addWidget(self.active_note)

        runs = QGroupBox(self.tr("Runs"), self)
        runs.setObjectName("runsGroup")
        self.output_field = QLineEdit(runs)
        self.output_field.setObjectName("outputFolderField")
        self.output_field.setAccessibleName(self.tr("Output folder"))
        self.output_field.setAccessibleDescription(self.tr("Where finished outputs are saved."))
        self.browse_button = QPushButton(self.tr("&Browse…"), runs)
        self.browse_button.setObjectName("browseOutputButton")
        self.browse_button.setAccessibleName(self.tr("Choose the output folder"))
        self.browse_button.clicked.connect(self._browse)
        output_row = QHBoxLayout()
        output_row.addWidget(self.output_field, 1)
        output_row.addWidget(self.browse_button)
        self.poll_field = QDoubleSpinBox(runs)
        self.poll_field.setObjectName("pollIntervalField")
        self.poll_field.setAccessibleName(self.tr("Check a running run every (seconds)"))
        self.poll_field.setRange(MIN_POLL_INTERVAL_S, MAX_POLL_INTERVAL_S)
        self.poll_field.setSingleStep(POLL_STEP_S)
        self.poll_field.setDecimals(1)
        self.poll_field.setSuffix(self.tr(" s"))
        self.notifications_box = QCheckBox(self.tr("Notif&y me when a run finishes"), runs)
        self.notifications_box.setObjectName("notificationsCheck")
        # The output cache's total cap (issue 10 §5): oldest previews go first past it.
        self.cache_field = QSpinBox(runs)
        self.cache_field.setObjectName("cacheLimitField")
        self.cache_field.setAccessibleName(self.tr("Preview cache size (megabytes)"))
        self.cache_field.setAccessibleDescription(
            self.tr(
                "Previews and opened outputs are kept on this computer up to this size; the "
                "least recently used go first."
            )
        )
        self.cache_field.setToolTip(self.cache_field.accessibleDescription())
        self.cache_field.setRange(MIN_CACHE_LIMIT_MB, CACHE_FIELD_MAX_MB)
        self.cache_field.setSingleStep(CACHE_STEP_MB)
        self.cache_field.setSuffix(self.tr(" MB"))
        runs_form = QFormLayout(runs)
        # A layout cannot be a buddy: the label points at the field itself.
        output_label = QLabel(self.tr("&Output folder"), runs)
        output_label.setBuddy(self.output_field)
        runs_form.addRow(output_label, output_row)
        runs_form.addRow(self.tr("&Check runs every"), self.poll_field)
        runs_form.addRow("", self.notifications_box)
        runs_form.addRow(self.tr("Previe&w cache"), self.cache_field)

        looks = QGroupBox(self.tr("Appearance"), self)
        looks.setObjectName("appearanceGroup")
        self.theme_combo = QComboBox(looks)
        self.theme_combo.setObjectName("themeCombo")
        self.theme_combo.setAccessibleName(self.tr("Theme"))
        for choice, label in (
            ("system", self.tr("Same as the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            self.theme_combo.addItem(label, choice)
        looks_form = QFormLayout(looks)
        looks_form.addRow(self.tr("&Theme"), self.theme_combo)
        self.language_choice = LanguageChoice(looks)
        language_label = QLabel(self.tr("&Language"), looks)
        language_label.setBuddy(self.language_choice.combo)
        looks_form.addRow(language_label, self.language_choice)

        self.message = QLabel(self)
        self.message.setObjectName("settingsMessage")
        self.message.setWordWrap(True)
        self.message.setProperty("kind", "error")
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("settingsButtons")
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("settingsOkButton")
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("settingsCancelButton")
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)

        self.setMinimumWidth(MIN_WIDTH)
        layout = QVBoxLayout(self)
        layout.addWidget(accounts)
        layout.addWidget(runs)
        layout.addWidget(looks)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        # Top to bottom, left to right, as laid out.
        order: list[QWidget] = [
            self.profile_list,
            self.add_button,
            self.remove_button,
            self.use_button,
            self.name_field,
            self.base_url_field,
            self.key_field,
            self.output_field,
            self.browse_button,
            self.poll_field,
            self.notifications_box,
            self.cache_field,
            self.theme_combo,
            self.language_choice.combo,
            self.ok_button,
            self.cancel_button,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    # -- state ----------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._busy

    def _load_preferences(self) -> None:
        folder = self._settings.output_folder_or_default()
        self.output_field.setText(str(folder))
        self.poll_field.setValue(self._settings.poll_interval)
        self.cache_field.setValue(self._settings.cache_limit_mb)
        self.notifications_box.setChecked(self._settings.notifications)
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(self._settings.theme)))
        if self._settings.session_only is not None:
            # Said at start-up too; here it explains why changes will not outlast the session.
            self.show_message(shown(self._settings.session_only))
        self.language_choice.language = self._settings.language

    def _visible_drafts(self) -> list[_Draft]:
        return [d for d in self._drafts if not d.removed]

    def _profile_in_use(self) -> bool:
        """Whether the app is connected with the active profile's own key right now."""
        connection = self._connection
        return connection is not None and connection.source in ("keyring", "session")

    def _connection_words(self) -> str:
        connection = self._connection
        if connection is None:
            return self.tr("Not connected right now.")
        if connection.is_sandbox:
            return self.tr(
                "Connected now: the practice sandbox on this computer. Nothing is charged; "
                "the profiles below are used when you sign in with a key."
            )
        if connection.source == "environment":
            return self.tr(
                "Connected now: the key from the FLORA_API_KEY environment variable, to {host}. "
                "The profiles below are used when the app starts without it."
            ).format(host=connection.host)
        return self.tr("Connected now: profile “{name}”, to {host}.").format(
            name=self._active.name or self.tr("(no name)"), host=connection.host
        )

    def _label(self, draft: _Draft) -> str:
        name = draft.name or self.tr("(no name)")
        if draft is self._active:
            if self._profile_in_use():
                return self.tr("%1 (in use)").replace("%1", name)
            return self.tr("%1 (chosen)").replace("%1", name)
        return name

    def _fill_profile_list(self, select: int) -> None:
        self._loading = True
        try:
            self.profile_list.clear()
            for draft in self._visible_drafts():
                item = QListWidgetItem(self._label(draft))
                item.setData(ROLE_INDEX, self._drafts.index(draft))
                self.profile_list.addItem(item)
        finally:
            self._loading = False
        self.profile_list.setCurrentRow(min(select, self.profile_list.count() - 1))
        self._show_profile(self.profile_list.currentRow())

    def _current(self) -> _Draft | None:
        item = self.profile_list.currentItem()
        if item is None:
            return None
        return self._drafts[int(item.data(ROLE_INDEX))]

    def _show_profile(self, _row: int) -> None:
        if self._loading:
            return
        draft = self._current()
        for widget in (self.name_field, self.base_url_field, self.key_field):
            widget.setEnabled(draft is not None)
        if draft is None:
            return
        self.name_field.setText(draft.name)
        self.base_url_field.setText(draft.base_url)
        self.key_field.setText(draft.new_key)
        is_default = draft is self._drafts[0]
        self.remove_button.setEnabled(not is_default)
        self.remove_button.setToolTip(
            self.tr("The default profile stays; you can rename it.") if is_default else ""
        )
        in_use = draft is self._active
        self.use_button.setEnabled(not in_use)
        if in_use and self._profile_in_use():
            note = self.tr("FLORA Desktop is connected with this profile.")
        elif in_use:
            note = self.tr("This profile is chosen, but not in use now (see above).")
        else:
            note = self.tr("Press Use this profile, then OK, to connect with it.")
        self.active_note.setText(note)

    def _refresh_current_label(self) -> None:
        draft, item = self._current(), self.profile_list.currentItem()
        if draft is not None and item is not None:
            item.setText(self._label(draft))

    # -- edits ----------------------------------------------------------------------

    def _on_name_edited(self, text: str) -> None:
        if (draft := self._current()) is not None:
            draft.name = text
            self._refresh_current_label()

    def _on_base_url_edited(self, text: str) -> None:
        if (draft := self._current()) is not None:
            draft.base_url = text

    def _on_key_edited(self, text: str) -> None:
        if (draft := self._current()) is not None:
            draft.new_key = text

    def _add_profile(self) -> None:
        template = self._current()
        base_url = template.base_url if template is not None else ""
        self._drafts.append(_Draft(None, self.tr("New profile"), base_url))
        self._fill_profile_list(select=len(self._visible_drafts()) - 1)
        self.name_field.setFocus()
        self.name_field.selectAll()

    def _remove_profile(self) -> None:
        draft = self._current()
        if draft is None or draft is self._drafts[0]:
            return
        draft.removed = True
        draft.new_key = ""
        if draft is self._active:
            self._active = self._drafts[0]
        self._fill_profile_list(select=max(0, self.profile_list.currentRow() - 1))

    def _use_profile(self) -> None:
        draft = self._current()
        if draft is None:
            return
        # A new profile gets its id on OK, so the draft itself is remembered.
        self._active = draft
        self._fill_profile_list(select=self.profile_list.currentRow())

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the output folder"), self.output_field.text()
        )
        if folder:
            self.output_field.setText(folder)

    # -- OK -------------------------------------------------------------------------

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleDescription(text)
        self.message.show()

    def _on_ok(self) -> None:
        if not self._busy:
            self._tasks.spawn("settings-save", self.save())

    async def save(self) -> bool:
        """Check, then write keys, profiles and preferences; closes the dialog on success."""
        if self._busy:
            return False
        self._set_busy(True)
        try:
            reconnect = await self._apply()
        except _Refused as refused:
            self.show_message(refused.message)
            if refused.widget is not None:
                refused.widget.setFocus()
            return False
        except CredentialsUnavailable as exc:
            self.show_message(shown_error(exc))
            return False
        except OSError as exc:
            # A full, read-only or foreign disk: the dialog stays open and says why; OK retries.
            log.warning("settings could not be saved: %s", exc)
            self.show_message(shown_error(exc))
            return False
        except ValueError as exc:
            # A value settings cannot hold (a folder name with a broken character, say).
            log.warning("settings refused a value: %s", exc)
            self.show_message(shown_error(exc))
            return False
        finally:
            self._set_busy(False)
        self.message.hide()
        self.applied.emit(reconnect)
        self.accept()
        return True

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ok_button.setEnabled(not busy)
        self.setProperty("busy", busy)

    def _checked(self) -> tuple[list[tuple[_Draft, str, str, str | None]], Path, ThemeChoice]:
        """Every field checked, or ``_Refused`` naming the first problem and its widget."""
        checked: list[tuple[_Draft, str, str, str | None]] = []
        for row, draft in enumerate(self._visible_drafts()):
            try:
                name = check_profile_name(draft.name)
                url = check_base_url(draft.base_url)
            except ProfileError as exc:
                self.profile_list.setCurrentRow(row)
                # The English text picks the field, whatever language it is shown in.
                field_widget = (
                    self.name_field if "name" in str(exc).lower() else self.base_url_field
                )
                raise _Refused(shown_error(exc), field_widget) from None
            key: str | None = None
            if draft.new_key:
                try:
                    key = clean_key(draft.new_key)
                except KeyFormatError as exc:
                    self.profile_list.setCurrentRow(row)
                    words = self.tr(KEY_FORMAT_WORDS[exc.reason])
                    raise _Refused(words, self.key_field) from None
            checked.append((draft, name, url, key))
        folder = Path(self.output_field.text().strip()).expanduser()
        if not self.output_field.text().strip() or not folder.is_absolute():
            raise _Refused(
                self.tr("Choose a folder for outputs, such as %1.").replace(
                    "%1", str(self._settings.output_folder_or_default())
                ),
                self.output_field,
            )
        choice = self.theme_combo.currentData()
        assert choice in ("system", "light", "dark")
        return checked, folder, choice

    async def _apply(self) -> bool:
        checked, folder, choice = self._checked()
        before = self._profiles.active
        before_key_changed = False
        for draft in self._drafts:
            if draft.removed and draft.profile_id is not None:
                await self._profiles.remove(draft.profile_id)
        for draft, name, url, key in checked:
            profile: Profile
            if draft.profile_id is None:
                profile = self._profiles.add(name, url)
                draft.profile_id = profile.profile_id
            else:
                profile = self._profiles.update(draft.profile_id, name=name, base_url=url)
            if key is not None:
                await self._profiles.set_key(profile, key)
                draft.new_key = ""
                before_key_changed |= profile.profile_id == before.profile_id
        if self._active.profile_id is not None:
            self._profiles.set_active(self._active.profile_id)
        self.key_field.clear()
        default_folder = self._settings.output_folder_or_default()
        self._settings.output_folder = None if folder == default_folder else folder
        self._settings.poll_interval = round(self.poll_field.value(), 1)
        self._settings.cache_limit_mb = self.cache_field.value()
        self._settings.notifications = self.notifications_box.isChecked()
        self._settings.theme = choice
        self._settings.language = self.language_choice.language
        if self._theme is not None:
            self._theme.set_choice(choice)
        await self._settings.save()
        after = self._profiles.active
        log.info("settings saved (active profile %s)", after.profile_id)
        return (
            after.profile_id != before.profile_id
            or after.base_url != before.base_url
            or before_key_changed
        )


class _Refused(Exception):
    def __init__(self, message: str, widget: QWidget | None) -> None:
        super().__init__(message)
        self.message = message
        self.widget = widget
