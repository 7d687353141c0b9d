<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>App</name>
    <message>
        <source>backbreak: statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backbreak: settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pause is over; breaks are back on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of your own exercises could not be read and were left out (%1). The details are in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A stretch break comes in %n minutes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A stretch break comes in %n seconds.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Time for a stretch soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stretch break is waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It waited while you were in a call, as long as a break waits. The call goes on: take it when you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It waited while you were in full screen or presenting. Its card is behind the full-screen window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It waited while do-not-disturb was on, as long as a break waits for it. Do-not-disturb is still on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It waited while do-not-disturb was on or you were in full screen. If a full-screen window is still up, the card is behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backbreak: cannot open its control socket %1; see %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside backbreak. It keeps running; the details are in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backbreak&apos;s files changed while it was running, as an update does. Quit backbreak and start it again; the details are in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Starting at login is not supported here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change start at login: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posture breaks from the system tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change start at login: the desktop&apos;s background portal did not answer, or reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at login was not allowed: the desktop said no. You can allow backbreak to run in the background in the desktop&apos;s settings for apps, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start backbreak when you log in, to remind you of breaks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>backbreak: time for a stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretch break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress through the break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretching safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: finish the break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End early</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snooze the break for %n minutes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the break early: it will not count toward today&apos;s breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Time for a longer break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for a stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretch where you sit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit tall and roll your shoulders slowly backwards, five times. Then let your gaze rest on something far away while you breathe out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicely done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done. Take one easy breath before you carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repetition %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n seconds left in this step</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That&apos;s fine. A break this short doesn&apos;t count toward today&apos;s breaks; the next one comes after your usual stretch of work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the breath gently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe easily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read all the safety advice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>%1 is not a number of frames per second from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posture breaks from the system tray. Without a command, starts backbreak (or shows the one already running).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start backbreak (the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the running app&apos;s state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print machine-readable JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start a stretch break now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a long break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pause breaks for a while</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause breaks for a length such as 30m, 45m, 1h20m or 90s (up to a week), until a time of day (pause until 14:00: today, or tomorrow once 14:00 has passed), until-tomorrow (the next working day) or indefinitely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a length such as 45m or 1h20m, until, until-tomorrow or indefinitely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with until: the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end a pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snooze the break that is offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skip the break that is offered or running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the running app&apos;s settings window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quit the running app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the folders backbreak uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put backbreak in the applications menu (a pip or pipx install)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take the menu entry and icons away again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today&apos;s breaks and streak, or every event as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today&apos;s summary as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write every recorded event to FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look at the exercise library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every exercise and routine with its details, as JSON for scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write PNG frames of an exercise&apos;s animation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder for the frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frames per second (0.1 to 30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draw a labelled grid of an exercise&apos;s frames into one PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one sheet per exercise, into the folder --out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PNG file (with --all: a folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on a dark background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show an exercise&apos;s animation in a window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key poses, without movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backbreak: give an exercise id or --all, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backbreak is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backbreak did not answer properly: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pause until needs a time of day on a 24-hour clock, such as 14:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pause takes one length; a time of day comes after until</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is not a pause length: give one such as 45m, 1h20m or 90s (up to %n days), until 14:00, until-tomorrow or indefinitely</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>backbreak is quitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backbreak: another instance holds the lock but does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backbreak is already running; showing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backbreak runs as a Flatpak, which puts its own entry in the applications menu: there is nothing to install or remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n files of backbreak&apos;s menu entry.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>backbreak is in the applications menu: %1 (and %n more files under %2).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>backbreak: left out of your pack: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(your pack)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routines (exercises in a row, for long breaks and sessions):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n frames of %1 in %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sheets in %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>sheet of %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>get ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backbreak: no exercise %1 (see `backbreak exercise list`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n events to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today: %1 of %n breaks done, %2 skipped, %3 snoozed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n working days in a row (best %1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Comfort</name>
    <message>
        <source>backbreak: how does your back feel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comfort check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How does your upper back feel? Rate it from 0, very sore, to 10, no discomfort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How does your upper back feel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating %1 of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 = very sore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 = no discomfort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked at most once a day; you can switch it off in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now: skip the question today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you. %1 out of 10, noted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopEntry</name>
    <message>
        <source>Posture breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks from the hunch, with a guided stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posture;stretch;break;RSI;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Figure</name>
    <message>
        <source>Figure showing %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>%1 is not a regular file (but a folder, a device, a pipe or a socket); backbreak leaves it alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to another user; backbreak does not replace it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Neck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shoulders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole spine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against a wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On all fours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kneeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lying down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block or roller</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menu</name>
    <message>
        <source>Take a break now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For 30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For 2 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until the next working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until I resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show status window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit backbreak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Snooze for %n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notify</name>
    <message>
        <source>Start now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Paths</name>
    <message>
        <source>backbreak: %1 is not a folder of yours (someone else may have put it there), so backbreak will not use it. Remove it, or set XDG_RUNTIME_DIR to a private folder of yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backbreak: other people may use %1 (its mode is %2, not 0700), so backbreak will not use it. Remove it, or make it private with chmod 700.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>A break is running already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No break is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no break to snooze.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strict mode is on: breaks cannot be snoozed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This break has been snoozed as often as allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no break to skip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strict mode is on: breaks cannot be skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No skips are left today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strict mode is on: a break cannot be paused away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That pause would be over already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks are not paused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file is from a newer version of backbreak (config_version %1; this version understands up to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 %4 (got %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 (got %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 %4, or &quot;%6&quot; (got %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3, or &quot;%6&quot; (got %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be true or false (got %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be %2 (got %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a time of day like 04:00, from 00:00 to 23:59 (got %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a list of names in square brackets (got %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may only list %2 (got %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must list at least one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not an exercise id (lower-case letters, digits and dashes, like chin-tuck)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a weekday (use %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a table with a list of ranges for each weekday (got %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a list like [&quot;09:00-12:30&quot;] (got %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a time range like 09:00-17:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 ends before it starts; to work past midnight, end at 24:00 and start the next day at 00:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 and %3 overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When breaks may come: for each weekday, the times you work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Micro break interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of work between micro breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks on the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks at set times of the clock (on the hour and half hour, say) instead of after an interval of work; a time too soon after the last break is passed over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long break after micro breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every this many breaks, the break is a long one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long break after minutes of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After this much work since the last long break, the break is a long one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning before a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long before a break you are told it is coming (0: no warning).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a snoozed break waits before it comes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozes per break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times one break may be snoozed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skips per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many breaks a day may be skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strict mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks can be neither snoozed nor skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without keyboard or mouse for this long, you count as away; time away as long as the next break counts as that break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest wait for do-not-disturb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A break due while do-not-disturb is on waits at most this long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait: while another program uses the microphone or camera, a break due waits until the call ends, at most as long as it waits for do-not-disturb. Off: calls are not noticed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a new day begins for daily counts; night work counts for the day before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you are now: exercises fit the place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions at the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions you can take at your desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment at the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you have at hand at your desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions you can take at home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you have at hand at home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body regions you want more exercises for (none: a bit of everything).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises and routines you like; they come more often.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises and routines you never want to see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning as a notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the warning before a break as a desktop notification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play a soft sound when a break starts and ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How loud the sound is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light or dark colours, or as the desktop has them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduced motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show still key poses instead of the animated figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How big the break card is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start backbreak when you log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language backbreak speaks: the desktop&apos;s, or one you choose. It changes when backbreak starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many breaks a day you aim for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comfort check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a break, ask how your back feels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no setting called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its config_version is %1, not a version number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has none of backbreak&apos;s sections (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backbreak has no setting called %1 (did you mean %2?); it is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backbreak has no setting called %1; it is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>it nests tables or arrays more than %n levels deep</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 must be a section, [%1] (got %2); it is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>using the default, %1, meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some settings in %1 were not used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is larger than any settings file (over 1 MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it nests tables or arrays too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backbreak could not make sense of it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are not saved, so as not to overwrite it; remove or rename %1 to save settings with this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was left as it is, and backbreak is using its default settings; changes will not be saved until the file is removed or renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a backbreak settings file (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings file %1 could not be opened (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings file %1 could not be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It could not be moved aside (%1), so changes are not saved over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It could not be moved aside (%1), so it was left where it is. backbreak is using its default settings and will not save changes over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was moved to %1, and backbreak is using its default settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backbreak keeps the settings it was using. If you change a setting in backbreak before fixing the file, the file is moved aside first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings were not saved: %1 is read-only. The change applies until backbreak quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings were not saved: %1 could not be written (%2). The change applies until backbreak quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaks</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A time like 09:00; 24:00 ends the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: remove this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No breaks on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: add a range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another range of working hours on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day to copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the hours of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to all weekdays (Mon–Fri)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the hours of the chosen day to all weekdays, Monday to Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourites and exercises never shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises and routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exercise library could not be loaded, so there is nothing to pick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backbreak settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notifications and sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put every setting back to its default?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your break history is kept. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A break lasts as long as its stretch: %1 to %2 seconds, or %3 to %4 minutes for a long break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 30 minutes on the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 20 minutes on the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozing and skipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away and busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours and motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder with your break history and your own exercises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to defaults…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset every setting to its default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put every setting back as it was when backbreak was installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings and data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at login could not be changed; see the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program could open the folder. It is %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stats</name>
    <message numerus="yes">
        <source>Exported %Ln events to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMMM</source>
        <comment>date without year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>short date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln breaks done</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: no breaks recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily goal is met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To go: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Today: %1 of %Ln breaks done, %2 skipped, %3 snoozed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today is not a working day: %Ln breaks done, %1 skipped, %2 snoozed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No breaks recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no breaks recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no breaks done yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(day off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, goal %2 a day: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln breaks done, %2 a day on average; %3; the most on %4 (%5).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the goal of %1 met on %2 of %Ln days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>goal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No breaks done in these days yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 365 days: no breaks recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last 365 days: breaks done on %Ln days, %1 in all; %2; the most on %3 (%4).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the goal met on %Ln days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal of %1 met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streaks: none yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No streak yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A streak counts working days in a row with at least %Ln breaks done.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Current streak: %Ln working days.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Best streak: %Ln working days.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Body regions, last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body regions, last 7 days: no exercises done yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body regions worked in the last 7 days: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No body region worked in the last 7 days yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exercises done in the last 7 days yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most done exercises, last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most done exercises in the last 7 days: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not worked yet: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comfort and breaks, last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comfort ratings in the last 30 days.
When you rate how your back feels (0 to 10), it shows here as a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Comfort, last 30 days: no ratings yet; %Ln breaks done.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comfort, last 30 days: %1, %2 out of 10 on average, latest %3 on %4; %Ln breaks done.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rated on %Ln days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Breaks done (0-%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comfort %1 out of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comfort (0-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backbreak statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No breaks recorded yet. These charts fill in as you take your breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the history as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the history as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>tomorrow at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretch break in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stretch break is waiting for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a call: the break waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stretch break waits until you leave full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stretch break waits until do-not-disturb is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stretch break waits until do-not-disturb or full screen ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused until you resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside working hours; next stretch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No break planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next stretch in less than a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Next stretch in %n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Breaks done today: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusWindow</name>
    <message>
        <source>backbreak status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backbreak icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value of type %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>backbreak is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It lives in the system tray: click its icon to see when the next stretch comes, or right-click it for the menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop has no system tray, so backbreak shows a small status window (closing it keeps backbreak running).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To set your working hours and how often breaks come, open Settings from its menu, or run: backbreak settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>The break history file {path} was not a database backbreak can read. It was moved to {aside} (nothing was deleted) and a new history was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The break history file {path} was damaged. It was moved to {aside} (nothing was deleted) and a new history was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} was not a backbreak break history. It was moved to {aside} (nothing was deleted) and a new history was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The break history file {path} was written by a newer version of backbreak and this version cannot use it. It was moved to {aside} (nothing was deleted) and a new history was started; put it back with the newer version to see it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your breaks cannot be saved right now: {path} or its folder cannot be written (read-only?). They are kept in memory and will be saved as soon as it can be written again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your breaks cannot be saved right now: the disk holding {path} is full. They are kept in memory and will be saved as soon as there is space again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your breaks cannot be saved right now ({error}). They are kept in memory and will be saved to {path} as soon as possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The break history {path} cannot be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a break history this version of backbreak can read; the app moves it aside when it next starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The breaks that could not be saved when backbreak last quit are now in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your breaks are being saved again; the {count} entries kept in memory meanwhile are now in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} break entries could not be saved: {path} refuses them ({error}). They were set aside in {where}; backbreak goes on saving the others.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
