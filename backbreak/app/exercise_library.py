"""The exercise library while the app runs: read when the first card needs it (or a
little after start-up), read again when the person's pack changes, and what to show next."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from backbreak.core.language import ENGLISH
from backbreak.core.translate import fill
from backbreak.files import note_first_time
from backbreak.paths import Paths
from backbreak.qt import QObject, Signal, tr

if TYPE_CHECKING:
    from backbreak.app.pack_watch import PackWatch
    from backbreak.core.exercises import PackError, Safety, Setting
    from backbreak.core.guide import Picker
    from backbreak.core.settings import Settings

log = logging.getLogger(__name__)


class ExerciseSource:
    """The exercise library (backbreak's own plus the person's pack), what to show next,
    and whether the safety advice still has to be shown once."""

    def __init__(
        self,
        picker: Picker,
        problems: tuple[PackError, ...] = (),
        *,
        safety_seen_file: Path | None = None,
        log_hint: str = "",
        pack_dir: Path | None = None,
    ) -> None:
        self.picker = picker
        self.problems = problems
        self.log_hint = log_hint
        self.pack_dir = pack_dir  # the person's pack, watched for changes (None: no pack)
        self._safety_seen_file = safety_seen_file

    @classmethod
    def load(
        cls, paths: Paths, settings: Settings | None = None, language: str = "en"
    ) -> ExerciseSource:
        """backbreak's library in `language` (its words, where they ship), with the
        person's own pack (in their own words) on top."""
        import random

        from backbreak.core.exercises import AT_DESK, load_library
        from backbreak.core.guide import Picker
        from backbreak.paths import assets_dir

        library, problems = load_library(assets_dir())
        # Problems in our own files are bugs (tests keep them out); the person's pack is
        # checked the same way, and a bad file there is left out with a message.
        for problem in problems:
            log.error("shipped exercise library: %s", problem)
        if language != ENGLISH:
            from backbreak.core.exercises.words import in_language
            from backbreak.paths import exercise_words_file

            library = in_language(library, exercise_words_file(language))
        library, pack_problems = load_library(paths.user_pack_dir, base=library)
        setting = settings.exercise_setting() if settings is not None else AT_DESK
        return cls(
            Picker(library, setting, random.Random()),
            pack_problems,
            safety_seen_file=paths.safety_seen_file,
            log_hint=str(paths.log_file),
            pack_dir=paths.user_pack_dir,
        )

    def carry_over(self, older: ExerciseSource) -> None:
        """Keep what the library read before this one knew: what came lately (so a reload
        does not bring it straight back), and that the safety advice could not be noted."""
        import random

        from backbreak.core.guide import Picker

        self.picker = Picker(
            self.picker.library, self.picker.setting, random.Random(), older.picker.recent
        )
        if older._safety_seen_file is None:
            self._safety_seen_file = None

    def reminder(self) -> str:
        """The one-line safety reminder every card shows."""
        safety = self.picker.library.safety
        return safety.reminder if safety is not None else ""

    def safety_once(self) -> Safety | None:
        """The safety advice the first time a card is shown on this computer, then never."""
        safety = self.picker.library.safety
        marker = self._safety_seen_file
        if safety is None or marker is None:
            return None
        try:
            if not note_first_time(marker, "The safety advice was shown with the first break.\n"):
                return None
        except OSError as error:
            log.warning("cannot note that the safety advice was shown: %s", error)
            self._safety_seen_file = None  # once per run, then
        return safety


class ExerciseLibrary(QObject):
    """The library the next card is chosen from, loaded once it is first needed."""

    message = Signal(str)  # some of the person's own exercises could not be read
    reloaded = Signal()  # the person's pack changed and was read again

    def __init__(
        self, load: Callable[[], ExerciseSource] | None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._load = load
        self._source: ExerciseSource | None = None
        # Watches the person's pack once the library is first read (it names the folder),
        # so that the next break uses what they add or fix while the app runs.
        self._pack_watch: PackWatch | None = None
        # The pack problems last told, so that each is said once, not at every reload.
        self._problems_told: frozenset[str] = frozenset()
        self._stopped = False

    def start(self) -> None:
        """Nothing to do until the first card (or the deferred start-up) asks for it."""

    def stop(self) -> None:
        self._stopped = True
        if self._pack_watch is not None:
            self._pack_watch.stop()
            self._pack_watch = None

    @property
    def pack_watch(self) -> PackWatch | None:
        return self._pack_watch

    def get(self) -> ExerciseSource | None:
        if self._source is None and self._load is not None:
            self._source = self._load()
            self._tell_problems(self._source)
            self._watch_pack(self._source.pack_dir)
        return self._source

    def use_setting(self, setting: Setting) -> None:
        """Where the person is (at the desk, with room to stand...) changed."""
        if self._source is not None:
            self._source.picker.setting = setting

    def reload(self) -> None:
        """The person's pack changed: read the library again for the next break. A card on
        screen keeps the guide it was given; what came lately is still not repeated."""
        if self._stopped or self._load is None:
            return
        fresh = self._load()
        if self._source is not None:
            fresh.carry_over(self._source)
        self._source = fresh
        log.info(
            "exercise library reloaded: %d exercises, %d routines",
            len(fresh.picker.library.exercises),
            len(fresh.picker.library.routines),
        )
        self._tell_problems(fresh)
        self.reloaded.emit()

    def _tell_problems(self, source: ExerciseSource) -> None:
        """Say which pack files were left out, once: a reload finding the same problems
        (another file saved) says nothing more; a new problem is said again."""
        told = self._problems_told
        new = [problem for problem in source.problems if str(problem) not in told]
        self._problems_told = frozenset(str(problem) for problem in source.problems)
        for problem in new:
            log.warning("exercise pack: %s", problem)
        if new:
            words = tr(
                "App",
                "Some of your own exercises could not be read and were left out "
                "(%1). The details are in %2.",
            )
            # In one pass: a pack file may be called "%2.toml".
            self.message.emit(
                fill(words, ", ".join(sorted({p.file for p in new})), source.log_hint)
            )

    def _watch_pack(self, folder: Path | None) -> None:
        if folder is None or self._pack_watch is not None or self._stopped:
            return
        from backbreak.app.pack_watch import PackWatch

        self._pack_watch = PackWatch(folder, parent=self)
        self._pack_watch.changed.connect(self.reload)
        self._pack_watch.start()
