<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>App</name>
    <message>
        <source>backbreak: statistics</source>
        <translation>backbreak: Statistik</translation>
    </message>
    <message>
        <source>backbreak: settings</source>
        <translation>backbreak: Einstellungen</translation>
    </message>
    <message>
        <source>The pause is over; breaks are back on.</source>
        <translation>Das Aussetzen ist vorbei, die Pausen kommen wieder.</translation>
    </message>
    <message>
        <source>Some of your own exercises could not be read and were left out (%1). The details are in %2.</source>
        <translation>Einige deiner eigenen Übungen ließen sich nicht lesen und wurden weggelassen (%1). Einzelheiten: %2.</translation>
    </message>
    <message numerus="yes">
        <source>A stretch break comes in %n minutes.</source>
        <translation>
            <numerusform>In %n Minute kommt eine Dehnpause.</numerusform>
            <numerusform>In %n Minuten kommt eine Dehnpause.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A stretch break comes in %n seconds.</source>
        <translation>
            <numerusform>In %n Sekunde kommt eine Dehnpause.</numerusform>
            <numerusform>In %n Sekunden kommt eine Dehnpause.</numerusform>
        </translation>
    </message>
    <message>
        <source>Time for a stretch soon</source>
        <translation>Gleich ist Zeit zum Dehnen</translation>
    </message>
    <message>
        <source>A stretch break is waiting</source>
        <translation>Eine Dehnpause wartet</translation>
    </message>
    <message>
        <source>It waited while you were in a call, as long as a break waits. The call goes on: take it when you can.</source>
        <translation>Sie hat gewartet, solange du in einem Anruf warst, so lange, wie eine Pause höchstens wartet. Der Anruf läuft noch: Mach die Pause, sobald du kannst.</translation>
    </message>
    <message>
        <source>It waited while you were in full screen or presenting. Its card is behind the full-screen window.</source>
        <translation>Sie hat gewartet, solange du im Vollbild warst oder präsentiert hast. Ihre Karte liegt hinter dem Vollbildfenster.</translation>
    </message>
    <message>
        <source>It waited while do-not-disturb was on, as long as a break waits for it. Do-not-disturb is still on.</source>
        <translation>Sie hat so lange auf das Ende von „Bitte nicht stören“ gewartet, wie eine Pause höchstens wartet. „Bitte nicht stören“ ist noch an.</translation>
    </message>
    <message>
        <source>It waited while do-not-disturb was on or you were in full screen. If a full-screen window is still up, the card is behind it.</source>
        <translation>Sie hat gewartet, solange „Bitte nicht stören“ an war oder du im Vollbild warst. Ist noch ein Vollbildfenster offen, liegt die Karte dahinter.</translation>
    </message>
    <message>
        <source>backbreak: cannot open its control socket %1; see %2</source>
        <translation>backbreak: Steuer-Socket %1 lässt sich nicht öffnen; siehe %2</translation>
    </message>
    <message>
        <source>Something went wrong inside backbreak. It keeps running; the details are in %1.</source>
        <translation>In backbreak ist etwas schiefgegangen. backbreak läuft weiter; Einzelheiten: %1.</translation>
    </message>
    <message>
        <source>backbreak&apos;s files changed while it was running, as an update does. Quit backbreak and start it again; the details are in %1.</source>
        <translation>Die Dateien von backbreak haben sich während der Ausführung geändert, wie bei einer Aktualisierung. Beenden Sie backbreak und starten Sie es neu; die Einzelheiten stehen in %1.</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Positionsargumente</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s</source>
        <translation>%(prog)s: Fehler: %(message)s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>diese Argumente fehlen: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>eines der Argumente %s ist nötig</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Wahl: %(value)r (möglich sind %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ungültiger %(type)s-Wert: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>erwartet ein Argument</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>erwartet höchstens ein Argument</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>erwartet mindestens ein Argument</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>mehrdeutige Option: %(option)s passt zu %(matches)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>nicht zusammen mit Argument %s erlaubt</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>explizites Argument %r übergangen</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>unerwartete Option: %s</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Starting at login is not supported here.</source>
        <translation>Der Start beim Anmelden wird hier nicht unterstützt.</translation>
    </message>
    <message>
        <source>Could not change start at login: %1 (%2).</source>
        <translation>Der Start beim Anmelden ließ sich nicht ändern: %1 (%2).</translation>
    </message>
    <message>
        <source>Posture breaks from the system tray</source>
        <translation>Haltungspausen aus dem Infobereich</translation>
    </message>
    <message>
        <source>Could not change start at login: the desktop&apos;s background portal did not answer, or reported an error.</source>
        <translation>Der Start beim Anmelden ließ sich nicht ändern: Das Hintergrund-Portal des Desktops hat nicht geantwortet oder einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>Start at login was not allowed: the desktop said no. You can allow backbreak to run in the background in the desktop&apos;s settings for apps, then try again.</source>
        <translation>Der Start beim Anmelden wurde nicht erlaubt: Der Desktop hat abgelehnt. Du kannst backbreak in den Einstellungen deines Desktops für Anwendungen erlauben, im Hintergrund zu laufen, und es dann noch einmal versuchen.</translation>
    </message>
    <message>
        <source>Start backbreak when you log in, to remind you of breaks.</source>
        <translation>backbreak beim Anmelden starten, um dich an Pausen zu erinnern.</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>backbreak: time for a stretch</source>
        <translation>backbreak: Zeit zum Dehnen</translation>
    </message>
    <message>
        <source>Stretch break</source>
        <translation>Dehnpause</translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation>Wo du gerade bist</translation>
    </message>
    <message>
        <source>Step countdown</source>
        <translation>Restzeit des Schritts</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Was jetzt zu tun ist</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Atmung</translation>
    </message>
    <message>
        <source>Progress through the break</source>
        <translation>Fortschritt der Pause</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Achte auf dich</translation>
    </message>
    <message>
        <source>Safety reminder</source>
        <translation>Sicherheitshinweis</translation>
    </message>
    <message>
        <source>Stretching safely</source>
        <translation>Sicher dehnen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start the stretch</source>
        <translation>Mit dem Dehnen beginnen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Done: finish the break</source>
        <translation>Fertig: Pause beenden</translation>
    </message>
    <message>
        <source>End early</source>
        <translation>Früher beenden</translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n min</source>
        <translation>
            <numerusform>%n Min. später</numerusform>
            <numerusform>%n Min. später</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snooze the break for %n minutes</source>
        <translation>
            <numerusform>Pause um %n Minute verschieben</numerusform>
            <numerusform>Pause um %n Minuten verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Skip this break</source>
        <translation>Diese Pause überspringen</translation>
    </message>
    <message>
        <source>End the break early: it will not count toward today&apos;s breaks</source>
        <translation>Die Pause früher beenden: Sie zählt dann nicht zu den heutigen Pausen</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Time for a longer break</source>
        <translation>Zeit für eine längere Pause</translation>
    </message>
    <message>
        <source>Time for a stretch</source>
        <translation>Zeit zum Dehnen</translation>
    </message>
    <message>
        <source>Stretch where you sit</source>
        <translation>Dehnen am Platz</translation>
    </message>
    <message>
        <source>Sit tall and roll your shoulders slowly backwards, five times. Then let your gaze rest on something far away while you breathe out.</source>
        <translation>Setz dich aufrecht hin und kreise die Schultern fünfmal langsam nach hinten. Dann lass den Blick auf etwas in der Ferne ruhen und atme dabei aus.</translation>
    </message>
    <message>
        <source>Nicely done</source>
        <translation>Gut gemacht</translation>
    </message>
    <message>
        <source>Well done. Take one easy breath before you carry on.</source>
        <translation>Prima. Nimm noch einen ruhigen Atemzug, bevor du weitermachst.</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Mach dich bereit</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>repetition %1 of %2</source>
        <translation>Wiederholung %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds left in this step</source>
        <translation>
            <numerusform>Noch %n Sekunde in diesem Schritt</numerusform>
            <numerusform>Noch %n Sekunden in diesem Schritt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Vorzeitig beendet</translation>
    </message>
    <message>
        <source>That&apos;s fine. A break this short doesn&apos;t count toward today&apos;s breaks; the next one comes after your usual stretch of work.</source>
        <translation>Das ist in Ordnung. Eine so kurze Pause zählt nicht zu den heutigen Pausen; die nächste kommt nach deiner üblichen Arbeitsphase.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>round %1 of %2</source>
        <translation>Runde %1 von %2</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>linke Seite</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>rechte Seite</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <source>Hold the breath gently</source>
        <translation>Atem sanft anhalten</translation>
    </message>
    <message>
        <source>Breathe easily</source>
        <translation>Ruhig weiteratmen</translation>
    </message>
    <message>
        <source>Read all the safety advice</source>
        <translation>Alle Sicherheitshinweise lesen</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>%1 is not a number of frames per second from %2 to %3</source>
        <translation>%1 ist keine Bildrate zwischen %2 und %3 Bildern pro Sekunde</translation>
    </message>
    <message>
        <source>Posture breaks from the system tray. Without a command, starts backbreak (or shows the one already running).</source>
        <translation>Haltungspausen aus dem Infobereich. Ohne Befehl wird backbreak gestartet (oder das schon laufende angezeigt).</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>die Versionsnummer zeigen und beenden</translation>
    </message>
    <message>
        <source>start backbreak (the default)</source>
        <translation>backbreak starten (Standard)</translation>
    </message>
    <message>
        <source>show the running app&apos;s state</source>
        <translation>Zustand der laufenden App anzeigen</translation>
    </message>
    <message>
        <source>print machine-readable JSON</source>
        <translation>maschinenlesbares JSON ausgeben</translation>
    </message>
    <message>
        <source>start a stretch break now</source>
        <translation>jetzt eine Dehnpause beginnen</translation>
    </message>
    <message>
        <source>a long break</source>
        <translation>eine lange Pause</translation>
    </message>
    <message>
        <source>pause breaks for a while</source>
        <translation>Pausen eine Weile aussetzen</translation>
    </message>
    <message>
        <source>Pause breaks for a length such as 30m, 45m, 1h20m or 90s (up to a week), until a time of day (pause until 14:00: today, or tomorrow once 14:00 has passed), until-tomorrow (the next working day) or indefinitely.</source>
        <translation>Pausen aussetzen: für eine Dauer wie 30m, 45m, 1h20m oder 90s (bis zu einer Woche), bis zu einer Uhrzeit (pause until 14:00: heute, oder morgen, wenn 14:00 schon vorbei ist), until-tomorrow (bis zum nächsten Arbeitstag) oder indefinitely (unbegrenzt).</translation>
    </message>
    <message>
        <source>a length such as 45m or 1h20m, until, until-tomorrow or indefinitely</source>
        <translation>eine Dauer wie 45m oder 1h20m, until, until-tomorrow oder indefinitely</translation>
    </message>
    <message>
        <source>with until: the time</source>
        <translation>mit until: die Uhrzeit</translation>
    </message>
    <message>
        <source>end a pause</source>
        <translation>das Aussetzen beenden</translation>
    </message>
    <message>
        <source>snooze the break that is offered</source>
        <translation>die angebotene Pause verschieben</translation>
    </message>
    <message>
        <source>skip the break that is offered or running</source>
        <translation>die angebotene oder laufende Pause überspringen</translation>
    </message>
    <message>
        <source>open the running app&apos;s settings window</source>
        <translation>das Einstellungsfenster der laufenden App öffnen</translation>
    </message>
    <message>
        <source>quit the running app</source>
        <translation>die laufende App beenden</translation>
    </message>
    <message>
        <source>print the folders backbreak uses</source>
        <translation>die Ordner ausgeben, die backbreak benutzt</translation>
    </message>
    <message>
        <source>put backbreak in the applications menu (a pip or pipx install)</source>
        <translation>backbreak ins Anwendungsmenü eintragen (bei Installation mit pip oder pipx)</translation>
    </message>
    <message>
        <source>take the menu entry and icons away again</source>
        <translation>Menüeintrag und Symbole wieder entfernen</translation>
    </message>
    <message>
        <source>today&apos;s breaks and streak, or every event as CSV</source>
        <translation>heutige Pausen und Serie, oder alle Ereignisse als CSV</translation>
    </message>
    <message>
        <source>today&apos;s summary as JSON</source>
        <translation>heutige Zusammenfassung als JSON</translation>
    </message>
    <message>
        <source>write every recorded event to FILE</source>
        <translation>alle aufgezeichneten Ereignisse in FILE schreiben</translation>
    </message>
    <message>
        <source>look at the exercise library</source>
        <translation>die Übungsbibliothek ansehen</translation>
    </message>
    <message>
        <source>list the exercises</source>
        <translation>die Übungen auflisten</translation>
    </message>
    <message>
        <source>every exercise and routine with its details, as JSON for scripts</source>
        <translation>alle Übungen und Übungsfolgen mit Details, als JSON für Skripte</translation>
    </message>
    <message>
        <source>write PNG frames of an exercise&apos;s animation</source>
        <translation>PNG-Einzelbilder der Animation einer Übung schreiben</translation>
    </message>
    <message>
        <source>folder for the frames</source>
        <translation>Ordner für die Einzelbilder</translation>
    </message>
    <message>
        <source>frames per second (0.1 to 30)</source>
        <translation>Bilder pro Sekunde (0.1 bis 30)</translation>
    </message>
    <message>
        <source>draw a labelled grid of an exercise&apos;s frames into one PNG</source>
        <translation>die Einzelbilder einer Übung als beschriftetes Raster in ein PNG zeichnen</translation>
    </message>
    <message>
        <source>one sheet per exercise, into the folder --out</source>
        <translation>ein Übersichtsblatt pro Übung, in den Ordner --out</translation>
    </message>
    <message>
        <source>the PNG file (with --all: a folder)</source>
        <translation>die PNG-Datei (mit --all: ein Ordner)</translation>
    </message>
    <message>
        <source>on a dark background</source>
        <translation>auf dunklem Hintergrund</translation>
    </message>
    <message>
        <source>show an exercise&apos;s animation in a window</source>
        <translation>die Animation einer Übung in einem Fenster zeigen</translation>
    </message>
    <message>
        <source>key poses, without movement</source>
        <translation>Schlüsselposen, ohne Bewegung</translation>
    </message>
    <message>
        <source>backbreak: give an exercise id or --all, not both</source>
        <translation>backbreak: gib eine Übungs-ID oder --all an, nicht beides</translation>
    </message>
    <message>
        <source>backbreak is not running.</source>
        <translation>backbreak läuft nicht.</translation>
    </message>
    <message>
        <source>backbreak did not answer properly: %1</source>
        <translation>backbreak hat nicht richtig geantwortet: %1</translation>
    </message>
    <message>
        <source>pause until needs a time of day on a 24-hour clock, such as 14:00</source>
        <translation>pause until braucht eine Uhrzeit im 24-Stunden-Format, etwa 14:00</translation>
    </message>
    <message>
        <source>pause takes one length; a time of day comes after until</source>
        <translation>pause nimmt nur eine Dauer; eine Uhrzeit kommt nach until</translation>
    </message>
    <message numerus="yes">
        <source>%1 is not a pause length: give one such as 45m, 1h20m or 90s (up to %n days), until 14:00, until-tomorrow or indefinitely</source>
        <translation>
            <numerusform>%1 ist keine Dauer zum Aussetzen: gib etwa 45m, 1h20m oder 90s (bis zu %n Tag), until 14:00, until-tomorrow oder indefinitely an</numerusform>
            <numerusform>%1 ist keine Dauer zum Aussetzen: gib etwa 45m, 1h20m oder 90s (bis zu %n Tage), until 14:00, until-tomorrow oder indefinitely an</numerusform>
        </translation>
    </message>
    <message>
        <source>backbreak is quitting.</source>
        <translation>backbreak wird beendet.</translation>
    </message>
    <message>
        <source>backbreak: another instance holds the lock but does not answer.</source>
        <translation>backbreak: Eine andere Instanz hält die Sperre, antwortet aber nicht.</translation>
    </message>
    <message>
        <source>backbreak is already running; showing it.</source>
        <translation>backbreak läuft bereits und wird angezeigt.</translation>
    </message>
    <message>
        <source>backbreak runs as a Flatpak, which puts its own entry in the applications menu: there is nothing to install or remove.</source>
        <translation>backbreak läuft als Flatpak, und das trägt sich selbst ins Anwendungsmenü ein: Es gibt nichts zu installieren oder zu entfernen.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n files of backbreak&apos;s menu entry.</source>
        <translation>
            <numerusform>%n Datei des Menüeintrags von backbreak entfernt.</numerusform>
            <numerusform>%n Dateien des Menüeintrags von backbreak entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>backbreak is in the applications menu: %1 (and %n more files under %2).</source>
        <translation>
            <numerusform>backbreak ist im Anwendungsmenü: %1 (und %n weitere Datei unter %2).</numerusform>
            <numerusform>backbreak ist im Anwendungsmenü: %1 (und %n weitere Dateien unter %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>backbreak: left out of your pack: %1</source>
        <translation>backbreak: aus deiner Sammlung weggelassen: %1</translation>
    </message>
    <message>
        <source>(your pack)</source>
        <translation>(deine Sammlung)</translation>
    </message>
    <message>
        <source>Exercises:</source>
        <translation>Übungen:</translation>
    </message>
    <message>
        <source>Routines (exercises in a row, for long breaks and sessions):</source>
        <translation>Übungsfolgen (mehrere Übungen hintereinander, für lange Pausen und Einheiten):</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message numerus="yes">
        <source>%n frames of %1 in %2</source>
        <translation>
            <numerusform>%n Einzelbild von %1 in %2</numerusform>
            <numerusform>%n Einzelbilder von %1 in %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sheets in %1</source>
        <translation>
            <numerusform>%n Übersichtsblatt in %1</numerusform>
            <numerusform>%n Übersichtsblätter in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>sheet of %1 in %2</source>
        <translation>Übersichtsblatt von %1 in %2</translation>
    </message>
    <message>
        <source>get ready</source>
        <translation>bereit machen</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>backbreak: no exercise %1 (see `backbreak exercise list`)</source>
        <translation>backbreak: keine Übung %1 (siehe `backbreak exercise list`)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n events to %1</source>
        <translation>
            <numerusform>%n Ereignis in %1 geschrieben</numerusform>
            <numerusform>%n Ereignisse in %1 geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today: %1 of %n breaks done, %2 skipped, %3 snoozed.</source>
        <translation>
            <numerusform>Heute: %1 von %n Pause gemacht, %2 übersprungen, %3 verschoben.</numerusform>
            <numerusform>Heute: %1 von %n Pausen gemacht, %2 übersprungen, %3 verschoben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n working days in a row (best %1).</source>
        <translation>
            <numerusform>Serie: %n Arbeitstag am Stück (Bestwert %1).</numerusform>
            <numerusform>Serie: %n Arbeitstage am Stück (Bestwert %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Comfort</name>
    <message>
        <source>backbreak: how does your back feel?</source>
        <translation>backbreak: Wie fühlt sich dein Rücken an?</translation>
    </message>
    <message>
        <source>Comfort check-in</source>
        <translation>Rücken-Check</translation>
    </message>
    <message>
        <source>How does your upper back feel? Rate it from 0, very sore, to 10, no discomfort.</source>
        <translation>Wie fühlt sich dein oberer Rücken an? Bewerte ihn von 0 (sehr schmerzhaft) bis 10 (keine Beschwerden).</translation>
    </message>
    <message>
        <source>How does your upper back feel?</source>
        <translation>Wie fühlt sich dein oberer Rücken an?</translation>
    </message>
    <message>
        <source>Rating %1 of 10</source>
        <translation>Bewertung %1 von 10</translation>
    </message>
    <message>
        <source>0 = very sore</source>
        <translation>0 = sehr schmerzhaft</translation>
    </message>
    <message>
        <source>10 = no discomfort</source>
        <translation>10 = keine Beschwerden</translation>
    </message>
    <message>
        <source>Asked at most once a day; you can switch it off in Settings.</source>
        <translation>Höchstens einmal am Tag gefragt; abschalten kannst du das in den Einstellungen.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Not now: skip the question today</source>
        <translation>Nicht jetzt: heute nicht mehr fragen</translation>
    </message>
    <message>
        <source>Answer noted</source>
        <translation>Antwort notiert</translation>
    </message>
    <message>
        <source>Thank you. %1 out of 10, noted.</source>
        <translation>Danke. %1 von 10, notiert.</translation>
    </message>
</context>
<context>
    <name>DesktopEntry</name>
    <message>
        <source>Posture breaks</source>
        <translation>Haltungspausen</translation>
    </message>
    <message>
        <source>Breaks from the hunch, with a guided stretch</source>
        <translation>Pausen vom krummen Sitzen, mit angeleiteter Dehnung</translation>
    </message>
    <message>
        <source>posture;stretch;break;RSI;</source>
        <translation>Haltung;Dehnung;Pause;RSI;</translation>
    </message>
</context>
<context>
    <name>Figure</name>
    <message>
        <source>Figure showing %1</source>
        <translation>Figur zeigt %1</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>%1 is not a regular file (but a folder, a device, a pipe or a socket); backbreak leaves it alone.</source>
        <translation>%1 ist keine normale Datei (sondern ein Ordner, ein Gerät, eine Pipe oder ein Socket); backbreak rührt es nicht an.</translation>
    </message>
    <message>
        <source>%1 belongs to another user; backbreak does not replace it.</source>
        <translation>%1 gehört einem anderen Benutzer; backbreak ersetzt es nicht.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Neck</source>
        <translation>Nacken</translation>
    </message>
    <message>
        <source>Shoulders</source>
        <translation>Schultern</translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation>Oberer Rücken</translation>
    </message>
    <message>
        <source>Mid back</source>
        <translation>Mittlerer Rücken</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Unterer Rücken</translation>
    </message>
    <message>
        <source>Chest</source>
        <translation>Brust</translation>
    </message>
    <message>
        <source>Whole spine</source>
        <translation>Ganze Wirbelsäule</translation>
    </message>
    <message>
        <source>Hips</source>
        <translation>Hüften</translation>
    </message>
    <message>
        <source>Arms</source>
        <translation>Arme</translation>
    </message>
    <message>
        <source>Seated</source>
        <translation>Im Sitzen</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Im Stehen</translation>
    </message>
    <message>
        <source>Against a wall</source>
        <translation>An der Wand</translation>
    </message>
    <message>
        <source>On all fours</source>
        <translation>Im Vierfüßlerstand</translation>
    </message>
    <message>
        <source>Kneeling</source>
        <translation>Im Knien</translation>
    </message>
    <message>
        <source>Lying down</source>
        <translation>Im Liegen</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Stuhl</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Wand</translation>
    </message>
    <message>
        <source>Mat</source>
        <translation>Matte</translation>
    </message>
    <message>
        <source>Block or roller</source>
        <translation>Block oder Rolle</translation>
    </message>
</context>
<context>
    <name>Menu</name>
    <message>
        <source>Take a break now</source>
        <translation>Jetzt Pause machen</translation>
    </message>
    <message>
        <source>Skip this break</source>
        <translation>Diese Pause überspringen</translation>
    </message>
    <message>
        <source>For 30 minutes</source>
        <translation>Für 30 Minuten</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Für 1 Stunde</translation>
    </message>
    <message>
        <source>For 2 hours</source>
        <translation>Für 2 Stunden</translation>
    </message>
    <message>
        <source>Until the next working day</source>
        <translation>Bis zum nächsten Arbeitstag</translation>
    </message>
    <message>
        <source>Until I resume</source>
        <translation>Bis ich fortsetze</translation>
    </message>
    <message>
        <source>Resume breaks</source>
        <translation>Pausen fortsetzen</translation>
    </message>
    <message>
        <source>Show status window</source>
        <translation>Statusfenster anzeigen</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Quit backbreak</source>
        <translation>backbreak beenden</translation>
    </message>
    <message>
        <source>Pause breaks</source>
        <translation>Pausen aussetzen</translation>
    </message>
    <message numerus="yes">
        <source>Snooze for %n min</source>
        <translation>
            <numerusform>Um %n Min. verschieben</numerusform>
            <numerusform>Um %n Min. verschieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notify</name>
    <message>
        <source>Start now</source>
        <translation>Jetzt starten</translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n min</source>
        <translation>
            <numerusform>%n Min. später</numerusform>
            <numerusform>%n Min. später</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Paths</name>
    <message>
        <source>backbreak: %1 is not a folder of yours (someone else may have put it there), so backbreak will not use it. Remove it, or set XDG_RUNTIME_DIR to a private folder of yours.</source>
        <translation>backbreak: %1 ist kein Ordner von dir (vielleicht hat jemand anderes ihn angelegt), deshalb benutzt backbreak ihn nicht. Entferne ihn oder setze XDG_RUNTIME_DIR auf einen eigenen, privaten Ordner.</translation>
    </message>
    <message>
        <source>backbreak: other people may use %1 (its mode is %2, not 0700), so backbreak will not use it. Remove it, or make it private with chmod 700.</source>
        <translation>backbreak: Andere können %1 benutzen (Zugriffsrechte %2 statt 0700), deshalb benutzt backbreak ihn nicht. Entferne ihn oder mach ihn mit chmod 700 privat.</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>A break is running already.</source>
        <translation>Es läuft schon eine Pause.</translation>
    </message>
    <message>
        <source>No break is running.</source>
        <translation>Es läuft keine Pause.</translation>
    </message>
    <message>
        <source>There is no break to snooze.</source>
        <translation>Es gibt keine Pause zum Verschieben.</translation>
    </message>
    <message>
        <source>Strict mode is on: breaks cannot be snoozed.</source>
        <translation>Der strenge Modus ist an: Pausen lassen sich nicht verschieben.</translation>
    </message>
    <message>
        <source>This break has been snoozed as often as allowed.</source>
        <translation>Diese Pause wurde schon so oft wie erlaubt verschoben.</translation>
    </message>
    <message>
        <source>There is no break to skip.</source>
        <translation>Es gibt keine Pause zum Überspringen.</translation>
    </message>
    <message>
        <source>Strict mode is on: breaks cannot be skipped.</source>
        <translation>Der strenge Modus ist an: Pausen lassen sich nicht überspringen.</translation>
    </message>
    <message>
        <source>No skips are left today.</source>
        <translation>Heute kannst du keine Pause mehr überspringen.</translation>
    </message>
    <message>
        <source>Strict mode is on: a break cannot be paused away.</source>
        <translation>Der strenge Modus ist an: Eine Pause lässt sich nicht durch Aussetzen umgehen.</translation>
    </message>
    <message>
        <source>That pause would be over already.</source>
        <translation>Dieses Aussetzen wäre schon vorbei.</translation>
    </message>
    <message>
        <source>Breaks are not paused.</source>
        <translation>Die Pausen sind nicht ausgesetzt.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>The settings file is from a newer version of backbreak (config_version %1; this version understands up to %2).</source>
        <translation>Die Einstellungsdatei stammt von einer neueren backbreak-Version (config_version %1; diese Version versteht bis %2).</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 %4 (got %5)</source>
        <translation>%1 muss zwischen %2 und %3 %4 liegen (angegeben: %5)</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 (got %5)</source>
        <translation>%1 muss zwischen %2 und %3 liegen (angegeben: %5)</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 %4, or &quot;%6&quot; (got %5)</source>
        <translation>%1 muss zwischen %2 und %3 %4 liegen oder &quot;%6&quot; sein (angegeben: %5)</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3, or &quot;%6&quot; (got %5)</source>
        <translation>%1 muss zwischen %2 und %3 liegen oder &quot;%6&quot; sein (angegeben: %5)</translation>
    </message>
    <message>
        <source>%1 must be true or false (got %2)</source>
        <translation>%1 muss true oder false sein (angegeben: %2)</translation>
    </message>
    <message>
        <source>%1 must be %2 (got %3)</source>
        <translation>%1 muss %2 sein (angegeben: %3)</translation>
    </message>
    <message>
        <source>%1 must be a time of day like 04:00, from 00:00 to 23:59 (got %2)</source>
        <translation>%1 muss eine Uhrzeit wie 04:00 sein, von 00:00 bis 23:59 (angegeben: %2)</translation>
    </message>
    <message>
        <source>%1 must be a list of names in square brackets (got %2)</source>
        <translation>%1 muss eine Liste von Namen in eckigen Klammern sein (angegeben: %2)</translation>
    </message>
    <message>
        <source>%1 may only list %2 (got %3)</source>
        <translation>%1 darf nur %2 enthalten (angegeben: %3)</translation>
    </message>
    <message>
        <source>%1 must list at least one of %2</source>
        <translation>%1 muss mindestens eines von %2 enthalten</translation>
    </message>
    <message>
        <source>%1: %2 is not an exercise id (lower-case letters, digits and dashes, like chin-tuck)</source>
        <translation>%1: %2 ist keine Übungs-ID (Kleinbuchstaben, Ziffern und Bindestriche, etwa chin-tuck)</translation>
    </message>
    <message>
        <source>%1: %2 is not a weekday (use %3)</source>
        <translation>%1: %2 ist kein Wochentag (verwende %3)</translation>
    </message>
    <message>
        <source>%1 must be a table with a list of ranges for each weekday (got %2)</source>
        <translation>%1 muss eine Tabelle mit einer Liste von Zeitspannen je Wochentag sein (angegeben: %2)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>%1 must be a list like [&quot;09:00-12:30&quot;] (got %2)</source>
        <translation>%1 muss eine Liste wie [&quot;09:00-12:30&quot;] sein (angegeben: %2)</translation>
    </message>
    <message>
        <source>%1: %2 is not a time range like 09:00-17:30</source>
        <translation>%1: %2 ist keine Zeitspanne wie 09:00-17:30</translation>
    </message>
    <message>
        <source>%1: %2 ends before it starts; to work past midnight, end at 24:00 and start the next day at 00:00</source>
        <translation>%1: %2 endet, bevor sie beginnt; um über Mitternacht zu arbeiten, ende um 24:00 und beginne am nächsten Tag um 00:00</translation>
    </message>
    <message>
        <source>%1: %2 and %3 overlap</source>
        <translation>%1: %2 und %3 überschneiden sich</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Arbeitszeiten</translation>
    </message>
    <message>
        <source>When breaks may come: for each weekday, the times you work.</source>
        <translation>Wann Pausen kommen dürfen: für jeden Wochentag deine Arbeitszeiten.</translation>
    </message>
    <message>
        <source>Micro break interval</source>
        <translation>Abstand der Kurzpausen</translation>
    </message>
    <message>
        <source>Minutes of work between micro breaks.</source>
        <translation>Arbeitsminuten zwischen zwei Kurzpausen.</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Breaks on the clock</source>
        <translation>Pausen nach der Uhr</translation>
    </message>
    <message>
        <source>Breaks at set times of the clock (on the hour and half hour, say) instead of after an interval of work; a time too soon after the last break is passed over.</source>
        <translation>Pausen zu festen Uhrzeiten (etwa zur vollen und zur halben Stunde) statt nach einer Arbeitsspanne; eine Uhrzeit zu kurz nach der letzten Pause wird übergangen.</translation>
    </message>
    <message>
        <source>Long break after micro breaks</source>
        <translation>Lange Pause nach Kurzpausen</translation>
    </message>
    <message>
        <source>Every this many breaks, the break is a long one.</source>
        <translation>Nach so vielen Pausen kommt eine lange.</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>Pausen</translation>
    </message>
    <message>
        <source>Long break after minutes of work</source>
        <translation>Lange Pause nach Arbeitsminuten</translation>
    </message>
    <message>
        <source>After this much work since the last long break, the break is a long one.</source>
        <translation>Nach so viel Arbeit seit der letzten langen Pause kommt wieder eine lange.</translation>
    </message>
    <message>
        <source>Warning before a break</source>
        <translation>Vorwarnung vor der Pause</translation>
    </message>
    <message>
        <source>How long before a break you are told it is coming (0: no warning).</source>
        <translation>Wie lange vorher du erfährst, dass eine Pause kommt (0: keine Vorwarnung).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Snooze length</source>
        <translation>Verschieben um</translation>
    </message>
    <message>
        <source>How long a snoozed break waits before it comes back.</source>
        <translation>Wie lange eine verschobene Pause wartet, bevor sie wiederkommt.</translation>
    </message>
    <message>
        <source>Snoozes per break</source>
        <translation>Verschieben pro Pause</translation>
    </message>
    <message>
        <source>How many times one break may be snoozed.</source>
        <translation>Wie oft sich eine Pause verschieben lässt.</translation>
    </message>
    <message>
        <source>Skips per day</source>
        <translation>Überspringen pro Tag</translation>
    </message>
    <message>
        <source>How many breaks a day may be skipped.</source>
        <translation>Wie viele Pausen am Tag du überspringen darfst.</translation>
    </message>
    <message>
        <source>Strict mode</source>
        <translation>Strenger Modus</translation>
    </message>
    <message>
        <source>Breaks can be neither snoozed nor skipped.</source>
        <translation>Pausen lassen sich weder verschieben noch überspringen.</translation>
    </message>
    <message>
        <source>Away after</source>
        <translation>Abwesend nach</translation>
    </message>
    <message>
        <source>Without keyboard or mouse for this long, you count as away; time away as long as the next break counts as that break.</source>
        <translation>Rührst du Tastatur und Maus so lange nicht an, giltst du als abwesend; bist du so lange weg, wie die nächste Pause dauert, zählt das als diese Pause.</translation>
    </message>
    <message>
        <source>Longest wait for do-not-disturb</source>
        <translation>Längste Wartezeit bei „Bitte nicht stören“</translation>
    </message>
    <message>
        <source>A break due while do-not-disturb is on waits at most this long.</source>
        <translation>Eine fällige Pause wartet bei „Bitte nicht stören“ höchstens so lange.</translation>
    </message>
    <message>
        <source>During a call</source>
        <translation>Während eines Anrufs</translation>
    </message>
    <message>
        <source>Wait: while another program uses the microphone or camera, a break due waits until the call ends, at most as long as it waits for do-not-disturb. Off: calls are not noticed.</source>
        <translation>Warten: Solange ein anderes Programm Mikrofon oder Kamera benutzt, wartet eine fällige Pause bis zum Ende des Anrufs, höchstens so lange wie bei „Bitte nicht stören“. Aus: Anrufe werden nicht beachtet.</translation>
    </message>
    <message>
        <source>Day starts at</source>
        <translation>Der Tag beginnt um</translation>
    </message>
    <message>
        <source>When a new day begins for daily counts; night work counts for the day before.</source>
        <translation>Wann für die Tageszählung ein neuer Tag beginnt; Nachtarbeit zählt zum Vortag.</translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation>Wo du bist</translation>
    </message>
    <message>
        <source>Where you are now: exercises fit the place.</source>
        <translation>Wo du gerade bist: Die Übungen passen zum Ort.</translation>
    </message>
    <message>
        <source>Positions at the desk</source>
        <translation>Positionen am Schreibtisch</translation>
    </message>
    <message>
        <source>Positions you can take at your desk.</source>
        <translation>Positionen, die du am Schreibtisch einnehmen kannst.</translation>
    </message>
    <message>
        <source>Equipment at the desk</source>
        <translation>Hilfsmittel am Schreibtisch</translation>
    </message>
    <message>
        <source>What you have at hand at your desk.</source>
        <translation>Was du am Schreibtisch zur Hand hast.</translation>
    </message>
    <message>
        <source>Positions at home</source>
        <translation>Positionen zu Hause</translation>
    </message>
    <message>
        <source>Positions you can take at home.</source>
        <translation>Positionen, die du zu Hause einnehmen kannst.</translation>
    </message>
    <message>
        <source>Equipment at home</source>
        <translation>Hilfsmittel zu Hause</translation>
    </message>
    <message>
        <source>What you have at hand at home.</source>
        <translation>Was du zu Hause zur Hand hast.</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Schwerpunkt</translation>
    </message>
    <message>
        <source>Body regions you want more exercises for (none: a bit of everything).</source>
        <translation>Körperregionen, für die du mehr Übungen möchtest (keine: von allem etwas).</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoriten</translation>
    </message>
    <message>
        <source>Exercises and routines you like; they come more often.</source>
        <translation>Übungen und Übungsfolgen, die du magst; sie kommen öfter.</translation>
    </message>
    <message>
        <source>Never show</source>
        <translation>Nie zeigen</translation>
    </message>
    <message>
        <source>Exercises and routines you never want to see.</source>
        <translation>Übungen und Übungsfolgen, die du nie sehen willst.</translation>
    </message>
    <message>
        <source>Warning as a notification</source>
        <translation>Vorwarnung als Benachrichtigung</translation>
    </message>
    <message>
        <source>Show the warning before a break as a desktop notification.</source>
        <translation>Die Vorwarnung vor einer Pause als Desktop-Benachrichtigung zeigen.</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>Play a soft sound when a break starts and ends.</source>
        <translation>Einen leisen Ton spielen, wenn eine Pause beginnt und endet.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>How loud the sound is.</source>
        <translation>Wie laut der Ton ist.</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Light or dark colours, or as the desktop has them.</source>
        <translation>Helle oder dunkle Farben oder wie beim Desktop.</translation>
    </message>
    <message>
        <source>Reduced motion</source>
        <translation>Weniger Bewegung</translation>
    </message>
    <message>
        <source>Show still key poses instead of the animated figure.</source>
        <translation>Ruhende Schlüsselposen statt der bewegten Figur zeigen.</translation>
    </message>
    <message>
        <source>Card size</source>
        <translation>Kartengröße</translation>
    </message>
    <message>
        <source>How big the break card is.</source>
        <translation>Wie groß die Pausenkarte ist.</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Beim Anmelden starten</translation>
    </message>
    <message>
        <source>Start backbreak when you log in.</source>
        <translation>backbreak starten, wenn du dich anmeldest.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language backbreak speaks: the desktop&apos;s, or one you choose. It changes when backbreak starts again.</source>
        <translation>Die Sprache, in der backbreak mit dir spricht: die des Desktops oder eine, die du auswählst. Sie gilt ab dem nächsten Start von backbreak.</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>Tagesziel</translation>
    </message>
    <message>
        <source>How many breaks a day you aim for.</source>
        <translation>Wie viele Pausen am Tag du dir vornimmst.</translation>
    </message>
    <message>
        <source>Comfort check-in</source>
        <translation>Rücken-Check</translation>
    </message>
    <message>
        <source>After a break, ask how your back feels.</source>
        <translation>Nach einer Pause fragen, wie sich dein Rücken anfühlt.</translation>
    </message>
    <message>
        <source>There is no setting called %1.</source>
        <translation>Es gibt keine Einstellung namens %1.</translation>
    </message>
    <message>
        <source>its config_version is %1, not a version number</source>
        <translation>ihre config_version ist %1, keine Versionsnummer</translation>
    </message>
    <message>
        <source>it has none of backbreak&apos;s sections (%1)</source>
        <translation>sie enthält keinen der Abschnitte von backbreak (%1)</translation>
    </message>
    <message>
        <source>backbreak has no setting called %1 (did you mean %2?); it is ignored.</source>
        <translation>backbreak hat keine Einstellung namens %1 (meintest du %2?); sie wird ignoriert.</translation>
    </message>
    <message>
        <source>backbreak has no setting called %1; it is ignored.</source>
        <translation>backbreak hat keine Einstellung namens %1; sie wird ignoriert.</translation>
    </message>
    <message numerus="yes">
        <source>it nests tables or arrays more than %n levels deep</source>
        <translation>
            <numerusform>sie verschachtelt Tabellen oder Arrays mehr als %n Ebene tief</numerusform>
            <numerusform>sie verschachtelt Tabellen oder Arrays mehr als %n Ebenen tief</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 must be a section, [%1] (got %2); it is ignored.</source>
        <translation>%1 muss ein Abschnitt sein, [%1] (angegeben: %2); das wird ignoriert.</translation>
    </message>
    <message>
        <source>using the default, %1, meanwhile</source>
        <translation>bis dahin gilt der Standardwert %1</translation>
    </message>
    <message>
        <source>the settings file</source>
        <translation>der Einstellungsdatei</translation>
    </message>
    <message>
        <source>Some settings in %1 were not used:</source>
        <translation>Einige Einstellungen in %1 wurden nicht verwendet:</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>es ist keine Datei</translation>
    </message>
    <message>
        <source>it is larger than any settings file (over 1 MiB)</source>
        <translation>sie ist größer als jede Einstellungsdatei (über 1 MiB)</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>sie ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>it nests tables or arrays too deeply</source>
        <translation>sie verschachtelt Tabellen oder Arrays zu tief</translation>
    </message>
    <message>
        <source>backbreak could not make sense of it: %1</source>
        <translation>backbreak wird daraus nicht schlau: %1</translation>
    </message>
    <message>
        <source>Changes are not saved, so as not to overwrite it; remove or rename %1 to save settings with this version.</source>
        <translation>Änderungen werden nicht gespeichert, damit sie nicht überschrieben wird; entferne %1 oder benenne sie um, um mit dieser Version Einstellungen zu speichern.</translation>
    </message>
    <message>
        <source>It was left as it is, and backbreak is using its default settings; changes will not be saved until the file is removed or renamed.</source>
        <translation>Sie bleibt, wie sie ist, und backbreak verwendet seine Standardeinstellungen; Änderungen werden erst gespeichert, wenn die Datei entfernt oder umbenannt ist.</translation>
    </message>
    <message>
        <source>%1 is not a backbreak settings file (%2).</source>
        <translation>%1 ist keine Einstellungsdatei von backbreak (%2).</translation>
    </message>
    <message>
        <source>Your settings file %1 could not be opened (%2).</source>
        <translation>Deine Einstellungsdatei %1 ließ sich nicht öffnen (%2).</translation>
    </message>
    <message>
        <source>Your settings file %1 could not be read (%2).</source>
        <translation>Deine Einstellungsdatei %1 ließ sich nicht lesen (%2).</translation>
    </message>
    <message>
        <source>It could not be moved aside (%1), so changes are not saved over it.</source>
        <translation>Sie ließ sich nicht beiseitelegen (%1), daher werden Änderungen nicht darüber gespeichert.</translation>
    </message>
    <message>
        <source>It could not be moved aside (%1), so it was left where it is. backbreak is using its default settings and will not save changes over it.</source>
        <translation>Sie ließ sich nicht beiseitelegen (%1) und bleibt, wo sie ist. backbreak verwendet seine Standardeinstellungen und speichert keine Änderungen darüber.</translation>
    </message>
    <message>
        <source>It was moved to %1, and backbreak is using its default settings.</source>
        <translation>Sie wurde nach %1 verschoben, und backbreak verwendet seine Standardeinstellungen.</translation>
    </message>
    <message>
        <source>backbreak keeps the settings it was using. If you change a setting in backbreak before fixing the file, the file is moved aside first.</source>
        <translation>backbreak behält die bisherigen Einstellungen. Änderst du in backbreak eine Einstellung, bevor die Datei repariert ist, wird die Datei zuerst beiseitegelegt.</translation>
    </message>
    <message>
        <source>Your settings were not saved: %1 is read-only. The change applies until backbreak quits.</source>
        <translation>Deine Einstellungen wurden nicht gespeichert: %1 ist schreibgeschützt. Die Änderung gilt, bis backbreak beendet wird.</translation>
    </message>
    <message>
        <source>Your settings were not saved: %1 could not be written (%2). The change applies until backbreak quits.</source>
        <translation>Deine Einstellungen wurden nicht gespeichert: %1 ließ sich nicht schreiben (%2). Die Änderung gilt, bis backbreak beendet wird.</translation>
    </message>
    <message>
        <source>From %1 to %2 %3.</source>
        <translation>Von %1 bis %2 %3.</translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <translation>Von %1 bis %2.</translation>
    </message>
    <message>
        <source>As the desktop</source>
        <translation>Wie der Desktop</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Warten</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Klein</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Groß</translation>
    </message>
    <message>
        <source>At the desk</source>
        <translation>Am Schreibtisch</translation>
    </message>
    <message>
        <source>At home</source>
        <translation>Zu Hause</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Kein Limit</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaks</source>
        <translation>
            <numerusform>%n Pause</numerusform>
            <numerusform>%n Pausen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>A time like 09:00; 24:00 ends the day.</source>
        <translation>Eine Uhrzeit wie 09:00; 24:00 beendet den Tag.</translation>
    </message>
    <message>
        <source>%1: from</source>
        <translation>%1: von</translation>
    </message>
    <message>
        <source>%1: until</source>
        <translation>%1: bis</translation>
    </message>
    <message>
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Remove this range</source>
        <translation>Diese Zeitspanne entfernen</translation>
    </message>
    <message>
        <source>%1: remove this range</source>
        <translation>%1: diese Zeitspanne entfernen</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Freier Tag</translation>
    </message>
    <message>
        <source>%1: day off</source>
        <translation>%1: freier Tag</translation>
    </message>
    <message>
        <source>No breaks on this day.</source>
        <translation>An diesem Tag keine Pausen.</translation>
    </message>
    <message>
        <source>Add range</source>
        <translation>Zeitspanne hinzufügen</translation>
    </message>
    <message>
        <source>%1: add a range</source>
        <translation>%1: Zeitspanne hinzufügen</translation>
    </message>
    <message>
        <source>Add another range of working hours on this day.</source>
        <translation>Eine weitere Arbeitszeitspanne an diesem Tag hinzufügen.</translation>
    </message>
    <message>
        <source>Day to copy</source>
        <translation>Zu kopierender Tag</translation>
    </message>
    <message>
        <source>Copy the hours of</source>
        <translation>Zeiten kopieren von</translation>
    </message>
    <message>
        <source>to all weekdays (Mon–Fri)</source>
        <translation>auf alle Wochentage (Mo–Fr)</translation>
    </message>
    <message>
        <source>Copy the hours of the chosen day to all weekdays, Monday to Friday</source>
        <translation>Die Zeiten des gewählten Tags auf alle Wochentage von Montag bis Freitag kopieren</translation>
    </message>
    <message>
        <source>Favourites and exercises never shown</source>
        <translation>Favoriten und nie gezeigte Übungen</translation>
    </message>
    <message>
        <source>Exercises and routines</source>
        <translation>Übungen und Übungsfolgen</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Übungsfolgen</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>The exercise library could not be loaded, so there is nothing to pick.</source>
        <translation>Die Übungsbibliothek ließ sich nicht laden, daher gibt es nichts zur Auswahl.</translation>
    </message>
    <message>
        <source>never shown</source>
        <translation>nie gezeigt</translation>
    </message>
    <message>
        <source>favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <source>backbreak settings</source>
        <translation>Einstellungen von backbreak</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Zeitplan</translation>
    </message>
    <message>
        <source>E&amp;xercises</source>
        <translation>&amp;Übungen</translation>
    </message>
    <message>
        <source>&amp;Notifications and sound</source>
        <translation>&amp;Benachrichtigungen und Ton</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the settings</source>
        <translation>Einstellungen schließen</translation>
    </message>
    <message>
        <source>Reset settings</source>
        <translation>Einstellungen zurücksetzen</translation>
    </message>
    <message>
        <source>Put every setting back to its default?</source>
        <translation>Alle Einstellungen auf den Standard zurücksetzen?</translation>
    </message>
    <message>
        <source>Your break history is kept. This cannot be undone.</source>
        <translation>Dein Pausenverlauf bleibt erhalten. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Pausen</translation>
    </message>
    <message>
        <source>A break lasts as long as its stretch: %1 to %2 seconds, or %3 to %4 minutes for a long break.</source>
        <translation>Eine Pause dauert so lange wie ihre Übung: %1 bis %2 Sekunden, bei einer langen Pause %3 bis %4 Minuten.</translation>
    </message>
    <message>
        <source>Every 30 minutes on the clock</source>
        <translation>Alle 30 Minuten, nach der Uhr</translation>
    </message>
    <message>
        <source>Every 20 minutes on the clock</source>
        <translation>Alle 20 Minuten, nach der Uhr</translation>
    </message>
    <message>
        <source>On the hour</source>
        <translation>Zur vollen Stunde</translation>
    </message>
    <message>
        <source>Snoozing and skipping</source>
        <translation>Verschieben und Überspringen</translation>
    </message>
    <message>
        <source>Away and busy</source>
        <translation>Abwesend und beschäftigt</translation>
    </message>
    <message>
        <source>Before a break</source>
        <translation>Vor einer Pause</translation>
    </message>
    <message>
        <source>Colours and motion</source>
        <translation>Farben und Bewegung</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
    <message>
        <source>The folder with your break history and your own exercises.</source>
        <translation>Der Ordner mit deinem Pausenverlauf und deinen eigenen Übungen.</translation>
    </message>
    <message>
        <source>Reset to defaults…</source>
        <translation>Auf Standard zurücksetzen…</translation>
    </message>
    <message>
        <source>Reset every setting to its default</source>
        <translation>Alle Einstellungen auf den Standard zurücksetzen</translation>
    </message>
    <message>
        <source>Put every setting back as it was when backbreak was installed.</source>
        <translation>Alle Einstellungen so zurücksetzen, wie sie bei der Installation von backbreak waren.</translation>
    </message>
    <message>
        <source>Your settings and data</source>
        <translation>Deine Einstellungen und Daten</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Programmstart</translation>
    </message>
    <message>
        <source>Kept in %1</source>
        <translation>Liegt in %1</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Dein Fortschritt</translation>
    </message>
    <message>
        <source>Start at login could not be changed; see the log.</source>
        <translation>Der Start beim Anmelden konnte nicht geändert werden; siehe die Protokolldatei.</translation>
    </message>
    <message>
        <source>No program could open the folder. It is %1</source>
        <translation>Kein Programm konnte den Ordner öffnen. Er liegt in %1</translation>
    </message>
</context>
<context>
    <name>Stats</name>
    <message numerus="yes">
        <source>Exported %Ln events to %1</source>
        <translation>
            <numerusform>%Ln Ereignis nach %1 exportiert</numerusform>
            <numerusform>%Ln Ereignisse nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Export nach %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <comment>date without year</comment>
        <translation>d. MMMM</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>short date</comment>
        <translation>d. MMM</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln breaks done</source>
        <translation>
            <numerusform>%1: %Ln Pause gemacht</numerusform>
            <numerusform>%1: %Ln Pausen gemacht</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Today: no breaks recorded yet.</source>
        <translation>Heute: noch keine Pausen aufgezeichnet.</translation>
    </message>
    <message>
        <source>The daily goal is met.</source>
        <translation>Das Tagesziel ist erreicht.</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Freier Tag</translation>
    </message>
    <message>
        <source>Goal met</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <source>To go: %1</source>
        <translation>Noch offen: %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <source>Snoozed: %1</source>
        <translation>Verschoben: %1</translation>
    </message>
    <message numerus="yes">
        <source>Today: %1 of %Ln breaks done, %2 skipped, %3 snoozed.</source>
        <translation>
            <numerusform>Heute: %1 von %Ln Pause gemacht, %2 übersprungen, %3 verschoben.</numerusform>
            <numerusform>Heute: %1 von %Ln Pausen gemacht, %2 übersprungen, %3 verschoben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today is not a working day: %Ln breaks done, %1 skipped, %2 snoozed.</source>
        <translation>
            <numerusform>Heute ist kein Arbeitstag: %Ln Pause gemacht, %1 übersprungen, %2 verschoben.</numerusform>
            <numerusform>Heute ist kein Arbeitstag: %Ln Pausen gemacht, %1 übersprungen, %2 verschoben.</numerusform>
        </translation>
    </message>
    <message>
        <source>No breaks recorded yet.</source>
        <translation>Noch keine Pausen aufgezeichnet.</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>Pausen</translation>
    </message>
    <message>
        <source>no breaks recorded yet.</source>
        <translation>noch keine Pausen aufgezeichnet.</translation>
    </message>
    <message>
        <source>no breaks done yet.</source>
        <translation>noch keine Pausen gemacht.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>(day off)</source>
        <translation>(frei)</translation>
    </message>
    <message>
        <source>%1, goal %2 a day: %3.</source>
        <translation>%1, Ziel %2 am Tag: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln breaks done, %2 a day on average; %3; the most on %4 (%5).</source>
        <translation>
            <numerusform>%1: %Ln Pause gemacht, im Schnitt %2 am Tag; %3; die meisten am %4 (%5).</numerusform>
            <numerusform>%1: %Ln Pausen gemacht, im Schnitt %2 am Tag; %3; die meisten am %4 (%5).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the goal of %1 met on %2 of %Ln days</source>
        <translation>
            <numerusform>Ziel von %1 an %2 von %Ln Tag erreicht</numerusform>
            <numerusform>Ziel von %1 an %2 von %Ln Tagen erreicht</numerusform>
        </translation>
    </message>
    <message>
        <source>goal %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <source>No breaks done in these days yet</source>
        <translation>An diesen Tagen noch keine Pausen gemacht</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>Letzte 365 Tage</translation>
    </message>
    <message>
        <source>Last 365 days: no breaks recorded yet.</source>
        <translation>Letzte 365 Tage: noch keine Pausen aufgezeichnet.</translation>
    </message>
    <message numerus="yes">
        <source>Last 365 days: breaks done on %Ln days, %1 in all; %2; the most on %3 (%4).</source>
        <translation>
            <numerusform>Letzte 365 Tage: Pausen an %Ln Tag, insgesamt %1; %2; die meisten am %3 (%4).</numerusform>
            <numerusform>Letzte 365 Tage: Pausen an %Ln Tagen, insgesamt %1; %2; die meisten am %3 (%4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the goal met on %Ln days</source>
        <translation>
            <numerusform>Ziel an %Ln Tag erreicht</numerusform>
            <numerusform>Ziel an %Ln Tagen erreicht</numerusform>
        </translation>
    </message>
    <message>
        <source>No breaks</source>
        <translation>Keine Pausen</translation>
    </message>
    <message>
        <source>Goal of %1 met</source>
        <translation>Ziel von %1 erreicht</translation>
    </message>
    <message>
        <source>Streaks</source>
        <translation>Serien</translation>
    </message>
    <message>
        <source>Streaks: none yet.</source>
        <translation>Serien: noch keine.</translation>
    </message>
    <message>
        <source>No streak yet.</source>
        <translation>Noch keine Serie.</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Bestwert</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>Arbeitstage</translation>
    </message>
    <message numerus="yes">
        <source>A streak counts working days in a row with at least %Ln breaks done.</source>
        <translation>
            <numerusform>Eine Serie zählt aufeinanderfolgende Arbeitstage mit mindestens %Ln gemachten Pause.</numerusform>
            <numerusform>Eine Serie zählt aufeinanderfolgende Arbeitstage mit mindestens %Ln gemachten Pausen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Current streak: %Ln working days.</source>
        <translation>
            <numerusform>Aktuelle Serie: %Ln Arbeitstag.</numerusform>
            <numerusform>Aktuelle Serie: %Ln Arbeitstage.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Best streak: %Ln working days.</source>
        <translation>
            <numerusform>Beste Serie: %Ln Arbeitstag.</numerusform>
            <numerusform>Beste Serie: %Ln Arbeitstage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Body regions, last 7 days</source>
        <translation>Körperregionen, letzte 7 Tage</translation>
    </message>
    <message>
        <source>Body regions, last 7 days: no exercises done yet.</source>
        <translation>Körperregionen, letzte 7 Tage: noch keine Übungen gemacht.</translation>
    </message>
    <message>
        <source>Body regions worked in the last 7 days: %1.</source>
        <translation>In den letzten 7 Tagen bewegte Körperregionen: %1.</translation>
    </message>
    <message>
        <source>No body region worked in the last 7 days yet.</source>
        <translation>In den letzten 7 Tagen noch keine Körperregion bewegt.</translation>
    </message>
    <message>
        <source>No exercises done in the last 7 days yet.</source>
        <translation>In den letzten 7 Tagen noch keine Übungen gemacht.</translation>
    </message>
    <message>
        <source>Most done exercises, last 7 days</source>
        <translation>Häufigste Übungen, letzte 7 Tage</translation>
    </message>
    <message>
        <source>Most done exercises in the last 7 days: %1.</source>
        <translation>Häufigste Übungen der letzten 7 Tage: %1.</translation>
    </message>
    <message>
        <source>Not worked yet: %1.</source>
        <translation>Noch nicht bewegt: %1.</translation>
    </message>
    <message>
        <source>Comfort and breaks, last 30 days</source>
        <translation>Wohlbefinden und Pausen, letzte 30 Tage</translation>
    </message>
    <message>
        <source>No comfort ratings in the last 30 days.
When you rate how your back feels (0 to 10), it shows here as a line.</source>
        <translation>Keine Bewertungen in den letzten 30 Tagen.
Wenn du bewertest, wie sich dein Rücken anfühlt (0 bis 10), erscheint das hier als Linie.</translation>
    </message>
    <message numerus="yes">
        <source>Comfort, last 30 days: no ratings yet; %Ln breaks done.</source>
        <translation>
            <numerusform>Wohlbefinden, letzte 30 Tage: noch keine Bewertungen; %Ln Pause gemacht.</numerusform>
            <numerusform>Wohlbefinden, letzte 30 Tage: noch keine Bewertungen; %Ln Pausen gemacht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comfort, last 30 days: %1, %2 out of 10 on average, latest %3 on %4; %Ln breaks done.</source>
        <translation>
            <numerusform>Wohlbefinden, letzte 30 Tage: %1, im Schnitt %2 von 10, zuletzt %3 am %4; %Ln Pause gemacht.</numerusform>
            <numerusform>Wohlbefinden, letzte 30 Tage: %1, im Schnitt %2 von 10, zuletzt %3 am %4; %Ln Pausen gemacht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rated on %Ln days</source>
        <translation>
            <numerusform>an %Ln Tag bewertet</numerusform>
            <numerusform>an %Ln Tagen bewertet</numerusform>
        </translation>
    </message>
    <message>
        <source>Breaks done (0-%1)</source>
        <translation>Gemachte Pausen (0-%1)</translation>
    </message>
    <message>
        <source>comfort %1 out of 10</source>
        <translation>Wohlbefinden %1 von 10</translation>
    </message>
    <message>
        <source>Comfort (0-10)</source>
        <translation>Wohlbefinden (0-10)</translation>
    </message>
    <message>
        <source>backbreak statistics</source>
        <translation>Statistik von backbreak</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>No breaks recorded yet. These charts fill in as you take your breaks.</source>
        <translation>Noch keine Pausen aufgezeichnet. Die Diagramme füllen sich, sobald du deine Pausen machst.</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Exportergebnis</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export the history as a CSV file</source>
        <translation>Den Verlauf als CSV-Datei exportieren</translation>
    </message>
    <message>
        <source>Export the history as CSV</source>
        <translation>Verlauf als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>tomorrow at %1</source>
        <translation>morgen um %1</translation>
    </message>
    <message>
        <source>Stretch break in progress</source>
        <translation>Dehnpause läuft</translation>
    </message>
    <message>
        <source>A stretch break is waiting for you</source>
        <translation>Eine Dehnpause wartet auf dich</translation>
    </message>
    <message>
        <source>In a call: the break waits</source>
        <translation>Im Anruf: Die Pause wartet</translation>
    </message>
    <message>
        <source>A stretch break waits until you leave full screen</source>
        <translation>Eine Dehnpause wartet, bis du das Vollbild verlässt</translation>
    </message>
    <message>
        <source>A stretch break waits until do-not-disturb is off</source>
        <translation>Eine Dehnpause wartet, bis „Bitte nicht stören“ aus ist</translation>
    </message>
    <message>
        <source>A stretch break waits until do-not-disturb or full screen ends</source>
        <translation>Eine Dehnpause wartet, bis „Bitte nicht stören“ oder das Vollbild endet</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Verschoben bis %1</translation>
    </message>
    <message>
        <source>Paused until you resume</source>
        <translation>Ausgesetzt, bis du fortsetzt</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>Ausgesetzt bis %1</translation>
    </message>
    <message>
        <source>Outside working hours</source>
        <translation>Außerhalb der Arbeitszeit</translation>
    </message>
    <message>
        <source>Outside working hours; next stretch %1</source>
        <translation>Außerhalb der Arbeitszeit; nächste Dehnpause: %1</translation>
    </message>
    <message>
        <source>No break planned</source>
        <translation>Keine Pause geplant</translation>
    </message>
    <message>
        <source>Next stretch in less than a minute</source>
        <translation>Nächste Dehnpause in weniger als einer Minute</translation>
    </message>
    <message numerus="yes">
        <source>Next stretch in %n min</source>
        <translation>
            <numerusform>Nächste Dehnpause in %n Min.</numerusform>
            <numerusform>Nächste Dehnpause in %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Breaks done today: %n</source>
        <translation>
            <numerusform>Heute gemachte Pausen: %n</numerusform>
            <numerusform>Heute gemachte Pausen: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusWindow</name>
    <message>
        <source>backbreak status</source>
        <translation>Status von backbreak</translation>
    </message>
    <message>
        <source>backbreak icon</source>
        <translation>backbreak-Symbol</translation>
    </message>
    <message>
        <source>Next break</source>
        <translation>Nächste Pause</translation>
    </message>
    <message>
        <source>Breaks today</source>
        <translation>Pausen heute</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Aussetzen</translation>
    </message>
    <message>
        <source>Pause breaks</source>
        <translation>Pausen aussetzen</translation>
    </message>
    <message>
        <source>Break warning</source>
        <translation>Vorwarnung</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>eine Tabelle</translation>
    </message>
    <message>
        <source>a value of type %1</source>
        <translation>ein Wert vom Typ %1</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>backbreak is running</source>
        <translation>backbreak läuft</translation>
    </message>
    <message>
        <source>It lives in the system tray: click its icon to see when the next stretch comes, or right-click it for the menu.</source>
        <translation>backbreak sitzt im Infobereich: Klick auf das Symbol, um zu sehen, wann die nächste Dehnpause kommt, oder klick mit der rechten Maustaste darauf für das Menü.</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so backbreak shows a small status window (closing it keeps backbreak running).</source>
        <translation>Dieser Desktop hat keinen Infobereich, deshalb zeigt backbreak ein kleines Statusfenster (schließt du es, läuft backbreak weiter).</translation>
    </message>
    <message>
        <source>To set your working hours and how often breaks come, open Settings from its menu, or run: backbreak settings</source>
        <translation>Deine Arbeitszeiten und wie oft Pausen kommen, stellst du in den Einstellungen im Menü ein, oder mit dem Befehl: backbreak settings</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>The break history file {path} was not a database backbreak can read. It was moved to {aside} (nothing was deleted) and a new history was started.</source>
        <translation>Die Verlaufsdatei {path} war keine Datenbank, die backbreak lesen kann. Sie wurde nach {aside} verschoben (nichts wurde gelöscht), und ein neuer Verlauf wurde begonnen.</translation>
    </message>
    <message>
        <source>The break history file {path} was damaged. It was moved to {aside} (nothing was deleted) and a new history was started.</source>
        <translation>Die Verlaufsdatei {path} war beschädigt. Sie wurde nach {aside} verschoben (nichts wurde gelöscht), und ein neuer Verlauf wurde begonnen.</translation>
    </message>
    <message>
        <source>The file {path} was not a backbreak break history. It was moved to {aside} (nothing was deleted) and a new history was started.</source>
        <translation>Die Datei {path} war kein Pausenverlauf von backbreak. Sie wurde nach {aside} verschoben (nichts wurde gelöscht), und ein neuer Verlauf wurde begonnen.</translation>
    </message>
    <message>
        <source>The break history file {path} was written by a newer version of backbreak and this version cannot use it. It was moved to {aside} (nothing was deleted) and a new history was started; put it back with the newer version to see it again.</source>
        <translation>Die Verlaufsdatei {path} stammt von einer neueren backbreak-Version, und diese Version kann sie nicht verwenden. Sie wurde nach {aside} verschoben (nichts wurde gelöscht), und ein neuer Verlauf wurde begonnen; leg sie mit der neueren Version zurück, um sie wieder zu sehen.</translation>
    </message>
    <message>
        <source>Your breaks cannot be saved right now: {path} or its folder cannot be written (read-only?). They are kept in memory and will be saved as soon as it can be written again.</source>
        <translation>Deine Pausen lassen sich gerade nicht speichern: {path} oder der Ordner darüber ist nicht beschreibbar (schreibgeschützt?). Sie bleiben im Arbeitsspeicher und werden gespeichert, sobald das wieder geht.</translation>
    </message>
    <message>
        <source>Your breaks cannot be saved right now: the disk holding {path} is full. They are kept in memory and will be saved as soon as there is space again.</source>
        <translation>Deine Pausen lassen sich gerade nicht speichern: Der Datenträger mit {path} ist voll. Sie bleiben im Arbeitsspeicher und werden gespeichert, sobald wieder Platz ist.</translation>
    </message>
    <message>
        <source>Your breaks cannot be saved right now ({error}). They are kept in memory and will be saved to {path} as soon as possible.</source>
        <translation>Deine Pausen lassen sich gerade nicht speichern ({error}). Sie bleiben im Arbeitsspeicher und werden so bald wie möglich in {path} gespeichert.</translation>
    </message>
    <message>
        <source>The break history {path} cannot be read: {error}</source>
        <translation>Der Pausenverlauf {path} lässt sich nicht lesen: {error}</translation>
    </message>
    <message>
        <source>{path} is not a break history this version of backbreak can read; the app moves it aside when it next starts.</source>
        <translation>{path} ist kein Pausenverlauf, den diese backbreak-Version lesen kann; die App legt ihn beim nächsten Start beiseite.</translation>
    </message>
    <message>
        <source>The breaks that could not be saved when backbreak last quit are now in {path}.</source>
        <translation>Die Pausen, die beim letzten Beenden von backbreak nicht gespeichert werden konnten, sind jetzt in {path}.</translation>
    </message>
    <message>
        <source>Your breaks are being saved again; the {count} entries kept in memory meanwhile are now in {path}.</source>
        <translation>Deine Pausen werden wieder gespeichert; die {count} Einträge, die so lange im Arbeitsspeicher lagen, sind jetzt in {path}.</translation>
    </message>
    <message>
        <source>the log file</source>
        <translation>der Protokolldatei</translation>
    </message>
    <message>
        <source>{count} break entries could not be saved: {path} refuses them ({error}). They were set aside in {where}; backbreak goes on saving the others.</source>
        <translation>{count} Pauseneinträge ließen sich nicht speichern: {path} nimmt sie nicht an ({error}). Sie wurden in {where} beiseitegelegt; backbreak speichert die übrigen weiter.</translation>
    </message>
</context>
</TS>
