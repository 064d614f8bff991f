"""Translation: every user-visible string in the UI goes through tr(); resources/translations
holds the .ts files (compiled to .qm when the package is built) and install_translators()
loads the one for the chosen language, or the system's."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLibraryInfo, QLocale, QTime, QTranslator

from planner.domain.model import SpeakerRole
from planner.domain.press import LANGUAGES as WRITTEN_LANGUAGES
from planner.resources import LANGUAGES, translations_dir
from planner.words import QT_TRANSLATE_NOOP, Text

# The languages Planner writes in to people (press.LANGUAGES), named in the app's language.
LANGUAGE_LABELS = {"en": QT_TRANSLATE_NOOP("", "English"), "es": QT_TRANSLATE_NOOP("", "Spanish")}


# Qt's own Spanish (qtbase_es) lacks a few texts of its file dialog, the one Linux shows where
# no desktop portal offers its own: said here (as Qt asks for them) so that lupdate lists them in
# our translation, which the app asks after Qt's.
QT_FILE_DIALOG_GAPS = (
    QCoreApplication.translate("QFileDialog", "&Look in:"),
    QCoreApplication.translate("QFileDialog", "Files of &type:"),
    QCoreApplication.translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
    QCoreApplication.translate("QAbstractFileIconProvider", "%1 File", "%1 is a file name suffix, for example txt"),
)


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the user's language. pyside6-lupdate files bare tr() calls under the empty
    context, so that is the context looked up here (and the one QT_TRANSLATE_NOOP names).

    A count is said with Qt's plural forms: `tr("%n shift(s)", "", n)` gives "1 shift" and
    "2 shifts" — in English too, from planner_en.ts, which holds only those forms."""
    return QCoreApplication.translate("", text, disambiguation, n)


def say(text: Text | str) -> str:
    """A message from the domain (a warning, a refusal, a report line) in the app's language
    (a plain str: a text that is not ours to translate, as it is)."""
    if isinstance(text, str):
        return text
    return text.render(
        tr, lambda day: local_date(day, "ddd dd MMM HH:mm" if isinstance(day, datetime) else "ddd dd MMM")
    )


def say_error(error: BaseException) -> str:
    """An error's message in the app's language: its Text when it was raised with one
    (errors.PlannerError), else as it was written (an English text, or the system's)."""
    text = getattr(error, "text", None)
    return say(text) if isinstance(text, Text) else str(error) or type(error).__name__


def speaker_role_name(role: SpeakerRole) -> str:
    """A speaker role as the app's language names it (the plan stores the English value;
    words.py marks the values for translation)."""
    return tr(role.value)


def qdate(day: date) -> QDate:
    """A date as Qt's date fields take it."""
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    """A Qt date field's date."""
    return date(day.year(), day.month(), day.day())


def local_date(day: date | datetime, pattern: str = "ddd d MMM yyyy") -> str:
    """A date written the way the app's language writes it (Qt's date pattern letters)."""
    when = qdate(day)
    if isinstance(day, datetime):
        return QLocale().toString(QDateTime(when, QTime(day.hour, day.minute)), pattern)
    return QLocale().toString(when, pattern)


def file_kinds(*kinds: str) -> str:
    """The kinds of file an open or save dialog offers, named in the app's language, as
    QFileDialog takes them ("Plans (*.planner *.json);;..."): plans, documents, json,
    calendars, spreadsheets, pdf, contacts (spreadsheets or an address book's vCards)."""
    named = {"plans": (tr("Plans"), "*.planner *.json"), "documents": (tr("Planner documents"), "*.planner"),
             "json": (tr("JSON plans"), "*.json"), "calendars": (tr("Calendars"), "*.ics"),
             "spreadsheets": (tr("Spreadsheets"), "*.csv"), "pdf": ("PDF", "*.pdf"),
             "contacts": (tr("Spreadsheets and contact cards"), "*.csv *.txt *.xlsx *.ods *.vcf *.vcard")}  # fmt: skip
    return ";;".join(f"{named[kind][0]} ({named[kind][1]})" for kind in kinds)


def chosen_language(setting: str) -> str:
    """The language to show: the setting if it names one we have, else the system's."""
    if setting in LANGUAGES:
        return setting
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def writing_language() -> str:
    """The app's language if Planner writes calendars and e-mails in it, else English: a new
    plan's (Plan.language), so an organizer working in Spanish publishes in Spanish."""
    code = QLocale().name().split("_")[0]
    return code if code in WRITTEN_LANGUAGES else "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load Planner's own translation and Qt's (standard buttons, dialogs). Returns them, to
    be kept alive as long as the application."""
    translators: list[QTranslator] = []
    QLocale.setDefault(QLocale(language))  # day and month names in the same language
    ours = QTranslator(app)  # for English, its plural forms only
    if ours.load(f"planner_{language}", str(translations_dir())):
        translators.append(ours)
    qt = QTranslator(app)
    if language != "en" and qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        translators.append(qt)
    for translator in translators:
        app.installTranslator(translator)
    return translators
