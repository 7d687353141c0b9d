"""`backbreak` with no command: start the tray app (`run`), with the real desktop."""

from __future__ import annotations

import logging
import signal
import socket
import sys
from collections.abc import Callable
from datetime import tzinfo
from typing import TYPE_CHECKING

from backbreak import APP_ID, __version__
from backbreak.core.translate import fill
from backbreak.logs import setup_logging
from backbreak.paths import Paths
from backbreak.qt import QtCore, QtWidgets, spare_source_reads, tr

if TYPE_CHECKING:
    from backbreak.app.root import App
    from backbreak.app.windows import Windows
    from backbreak.core.control import Reply, Request
    from backbreak.core.settings import Settings
    from backbreak.crash import CrashReporter
    from backbreak.platform.notify import Notifier
    from backbreak.platform.sound import SoundPlayer
    from backbreak.ui.actions import AppActions
    from backbreak.ui.tray import WhenDrawn

log = logging.getLogger(__name__)

# The rest of the app waits at most this long for the tray icon to be drawn (a tray program
# that embeds it late, or never).
ICON_DRAWN_LONGEST_MS = 1000


def local_timezone() -> tzinfo:
    """The computer's zone as a DST-aware zone (a fixed offset would be wrong by an hour
    after the next daylight-saving change)."""
    import tzlocal

    return tzlocal.get_localzone()


class _SignalWaker:
    """Lets SIGTERM, SIGINT, SIGHUP (the terminal or session went away) and SIGQUIT end the
    Qt loop cleanly, so held break events are saved or kept and the socket and lock go.

    Python runs signal handlers only when the interpreter gets control, which it does not
    while Qt's loop waits; a socket written by the C-level handler wakes the loop."""

    def __init__(self, on_signal: Callable[[], None]) -> None:
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._notifier = QtCore.QSocketNotifier(
            self._reader.fileno(), QtCore.QSocketNotifier.Type.Read
        )
        self._notifier.activated.connect(self._drain)
        self._on_signal = on_signal
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno())
        for name in ("SIGTERM", "SIGINT", "SIGHUP", "SIGQUIT"):
            if hasattr(signal, name):  # Windows has neither SIGHUP nor SIGQUIT
                signal.signal(getattr(signal, name), lambda *_: None)

    def _drain(self) -> None:
        try:
            self._reader.recv(64)
        except BlockingIOError:
            return
        self._on_signal()

    def close(self) -> None:
        signal.set_wakeup_fd(self._previous_fd)
        self._notifier.setEnabled(False)
        self._reader.close()
        self._writer.close()


def run(paths: Paths, argv: list[str]) -> int:
    """Start the tray app; returns the process exit code. The caller checked the display."""
    spare_source_reads()  # before the app's hundred modules are imported
    paths.ensure()
    setup_logging(paths.log_file)
    log.info("backbreak %s starting (Python %s)", __version__, sys.version.split()[0])
    from backbreak.crash import CrashReporter

    crashes = CrashReporter(str(paths.log_file))
    crashes.install()
    try:
        return _run_app(paths, argv, crashes)
    finally:
        crashes.uninstall()


def _run_app(paths: Paths, argv: list[str], crashes: CrashReporter) -> int:
    qt_app = _qt_application(argv)
    lock = QtCore.QLockFile(str(paths.lock_file))
    if not lock.tryLock(0):
        log.info("another backbreak holds %s", paths.lock_file)
        return -1  # the CLI hands the command over instead
    launch = _Launch(paths, qt_app, crashes)
    try:
        if not launch.server.listen(answering=False):
            print(
                fill(
                    tr("App", "backbreak: cannot open its control socket %1; see %2"),
                    paths.control_socket,
                    str(paths.log_file),
                ),
                file=sys.stderr,
            )
            return 1
        launch.begin()
        code = qt_app.exec()
    finally:
        log.info("quitting")
        launch.close()
        lock.unlock()
    if launch.failure is not None:
        raise launch.failure  # as if raised before the loop: the crash reporter tells it
    return code


class _Launch:
    """The app comes up in two steps, so that its tray icon shows as early as any tray
    program's: first the plain icon (ui.tray.show_icon_early) and Qt's event loop, which
    draws it; then, once it is drawn, everything else (settings, history, services, the
    socket's answers). Commands sent meanwhile wait for their answer, and a click on the
    icon is handled once the menu is there."""

    def __init__(self, paths: Paths, qt_app: QtWidgets.QApplication, crashes: CrashReporter):
        from backbreak.ipc import ControlServer

        self._paths = paths
        self._qt_app = qt_app
        self._crashes = crashes
        self.server = ControlServer(paths.control_socket, self._handle_request)
        self.app: App | None = None
        self.failure: BaseException | None = None  # what building the app raised
        self._waker: _SignalWaker | None = None
        self._when_drawn: WhenDrawn | None = None
        self._shown: QtWidgets.QSystemTrayIcon | None = None  # until the app takes it over
        self._actions: AppActions | None = None  # the menu's; likewise
        self._first_read: _FirstRead | None = None

    def begin(self) -> None:
        from backbreak.ui.actions import AppActions
        from backbreak.ui.icons import app_icon
        from backbreak.ui.tray import WhenDrawn, show_icon_early

        # The settings first, for the language the icon's menu speaks.
        self._first_read = _FirstRead(self._paths, self._qt_app)
        self._actions = AppActions()
        self._shown = show_icon_early(app_icon("backbreak"), self._actions)
        self._when_drawn = WhenDrawn(self._shown, self._build_and_start, ICON_DRAWN_LONGEST_MS)

    def _build_and_start(self) -> None:
        assert self._actions is not None and self._first_read is not None
        try:
            app = _build_app(self._first_read, self._qt_app, self._shown, self._actions)
            self.app = app
            self._shown = None  # the app's tray has it now, and stops it with the app
            self._actions = None  # likewise
            self._waker = _SignalWaker(app.quit)
            self._crashes.tell = app.windows.tell
            app.start()
            self.server.start_answering()
            _first_words(app, self._paths, self._first_read)
        except BaseException as error:  # raised again after the loop, by _run_app
            self.failure = error
            self._qt_app.exit(1)
            return
        from backbreak.texts import status_sentence

        log.info("running; %s", status_sentence(app.status()))

    def _handle_request(self, request: Request) -> Reply:
        assert self.app is not None  # the server answers only once the app is built
        return self.app.handle_request(request)

    def close(self) -> None:
        if self._when_drawn is not None:
            self._when_drawn.stop()
        if self._shown is not None:  # not taken over: building the app failed or never began
            from backbreak.ui.tray import release_early_icon

            release_early_icon(self._shown)
            self._shown = None
        if self._waker is not None:
            self._waker.close()
        if self.app is not None:
            self.app.stop()
        self.server.close()
        if self.app is not None and self.app.history.store is not None:
            self.app.history.store.close()


def _qt_application(argv: list[str]) -> QtWidgets.QApplication:
    qt_app = QtWidgets.QApplication(argv)
    qt_app.setApplicationName("backbreak")
    qt_app.setApplicationVersion(__version__)
    # The desktop (a Wayland compositor's app id, a task bar's icon) finds the menu entry
    # `backbreak install-desktop-entry` writes by this name.
    qt_app.setDesktopFileName(APP_ID)
    qt_app.setQuitOnLastWindowClosed(False)
    return qt_app


class _FirstRead:
    """What start-up reads before the tray icon shows: the settings, and with them the
    language to speak; whether the person used backbreak before (a history or settings
    file was there); what to tell them about reading the settings."""

    def __init__(self, paths: Paths, qt_app: QtWidgets.QApplication) -> None:
        from backbreak.core.settings import LANGUAGE
        from backbreak.store.settings_store import SettingsStore

        self.paths = paths
        self.settings_store = SettingsStore(paths.config_dir)
        self.known_user = paths.history_file.exists() or self.settings_store.path.exists()
        loaded = self.settings_store.load()
        self.settings = loaded.settings
        self.notices = [m for m in (loaded.message(),) if m]
        self.language = speak(qt_app, self.settings.value(LANGUAGE))  # before the first word


def _build_app(
    first: _FirstRead,
    qt_app: QtWidgets.QApplication,
    shown_icon: QtWidgets.QSystemTrayIcon | None,
    actions: AppActions,
) -> App:
    """The app with this computer's desktop, settings and history."""
    from backbreak.app.exercise_library import ExerciseSource
    from backbreak.app.root import App
    from backbreak.app.senses import DesktopSenses
    from backbreak.core.clock import SystemClock
    from backbreak.core.planner import Planner
    from backbreak.store.history_store import HistoryStore

    paths, settings, language = first.paths, first.settings, first.language
    first.settings_store.create_if_missing()  # after the icon: writing it takes ~20 ms
    clock = SystemClock()
    tz = local_timezone()
    history = HistoryStore(
        paths.history_file,
        day_starts_at=settings.to_rules().day_starts_at,
        journals=paths.history_journals,
        rejected_file=paths.history_rejected_file,
    )
    rules = settings.to_rules()
    if rules.clock_aligned is not None:
        # The planner finds clock marks with APScheduler's cron trigger: import it the lean
        # way first (app/scheduler.import_lean), or its package would pull in asyncio and ssl.
        from backbreak.app.scheduler import import_lean

        import_lean()
    app = App(
        Planner(rules, tz, clock.now()),
        clock,
        tz,
        senses=DesktopSenses.detect(
            qt_app, idle_threshold_s=settings.idle_threshold.total_seconds()
        ),
        exercises=lambda: ExerciseSource.load(paths, app.settings.current, language),
        settings=settings,
        settings_store=first.settings_store,
        history=history,
        data_dir=paths.data_dir,
        make_notifier=_desktop_notifier,
        sound=_sound_player(paths, settings),
        shown_icon=shown_icon,
        actions=actions,
    )
    return app


def _first_words(app: App, paths: Paths, first: _FirstRead) -> None:
    """The first-start welcome, and what went wrong reading the settings."""
    app.welcome_once(paths.welcome_shown_file, known_user=first.known_user)
    for notice in first.notices:
        log.warning("%s", notice)
        app.windows.tell(notice)


def _desktop_notifier(on_action: Callable[[str], None], windows: Windows) -> Notifier:
    from backbreak.platform.notify import detect_notifier
    from backbreak.ui.window_notifier import StatusWindowNotifier

    # With neither a notification service nor a tray, the warning goes to the status window.
    in_window = StatusWindowNotifier(windows.window_for_messages, on_action)
    return detect_notifier(on_action, tray_icon=windows.tray_icon, elsewhere=in_window)


def _sound_player(paths: Paths, settings: Settings) -> SoundPlayer:
    from backbreak.core.settings import SOUND, VOLUME
    from backbreak.platform.sound import SoundPlayer, detect_playback

    return SoundPlayer(
        detect_playback(),
        paths.sounds_dir,
        enabled=settings.value(SOUND),
        volume=settings.value(VOLUME),
    )


def speak(qt_app: QtCore.QCoreApplication, setting: str) -> str:
    """Install the catalogues of the language to speak (`setting`: a language code or
    "system"): backbreak's own and Qt's for its standard buttons and dialogs. Returns the
    language's code. English, the source, has a catalogue of plural forms only ("1 working
    day", where the source text says "%n working days")."""
    import os

    from backbreak.core.language import ENGLISH, shipped_languages, spoken_language
    from backbreak.paths import i18n_dir

    language = spoken_language(
        setting, shipped_languages(i18n_dir()), os.environ, QtCore.QLocale.system().uiLanguages()
    )
    ours = QtCore.QTranslator(qt_app)
    if not ours.load(str(i18n_dir() / f"backbreak_{language}.qm")):
        if language == ENGLISH:
            log.warning("the English plural forms could not be read")
        else:
            log.warning("the %s catalogue could not be read; speaking English", language)
        return ENGLISH
    qt_app.installTranslator(ours)
    if language == ENGLISH:
        return language
    spoken = QtCore.QLocale(language)
    if QtCore.QLocale.system().language() != spoken.language():
        # The setting chose another language than the system's: dates and day names follow
        # the words ("Mo, Di" beside German words, not "Mon, Tue").
        QtCore.QLocale.setDefault(spoken)
    qt_base = QtCore.QTranslator(qt_app)
    qt_folder = QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_base.load(f"qtbase_{language}", qt_folder):
        qt_app.installTranslator(qt_base)
    log.info("speaking %s", language)
    return language
