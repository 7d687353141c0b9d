<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>App</name>
    <message numerus="yes">
        <source>A stretch break comes in %n minutes.</source>
        <translation>
            <numerusform>A stretch break comes in %n minute.</numerusform>
            <numerusform>A stretch break comes in %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A stretch break comes in %n seconds.</source>
        <translation>
            <numerusform>A stretch break comes in %n second.</numerusform>
            <numerusform>A stretch break comes in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message numerus="yes">
        <source>Snooze %n min</source>
        <translation>
            <numerusform>Snooze %n min</numerusform>
            <numerusform>Snooze %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snooze the break for %n minutes</source>
        <translation>
            <numerusform>Snooze the break for %n minute</numerusform>
            <numerusform>Snooze the break for %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconds left in this step</source>
        <translation>
            <numerusform>%n second left in this step</numerusform>
            <numerusform>%n seconds left in this step</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n frames of %1 in %2</source>
        <translation>
            <numerusform>%n frame of %1 in %2</numerusform>
            <numerusform>%n frames of %1 in %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sheets in %1</source>
        <translation>
            <numerusform>%n sheet in %1</numerusform>
            <numerusform>%n sheets in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n events to %1</source>
        <translation>
            <numerusform>Wrote %n event to %1</numerusform>
            <numerusform>Wrote %n events to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today: %1 of %n breaks done, %2 skipped, %3 snoozed.</source>
        <translation>
            <numerusform>Today: %1 of %n break done, %2 skipped, %3 snoozed.</numerusform>
            <numerusform>Today: %1 of %n breaks done, %2 skipped, %3 snoozed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n working days in a row (best %1).</source>
        <translation>
            <numerusform>Streak: %n working day in a row (best %1).</numerusform>
            <numerusform>Streak: %n working days in a row (best %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n files of backbreak&apos;s menu entry.</source>
        <translation>
            <numerusform>Removed %n file of backbreak&apos;s menu entry.</numerusform>
            <numerusform>Removed %n files of backbreak&apos;s menu entry.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>backbreak is in the applications menu: %1 (and %n more files under %2).</source>
        <translation>
            <numerusform>backbreak is in the applications menu: %1 (and %n more file under %2).</numerusform>
            <numerusform>backbreak is in the applications menu: %1 (and %n more files under %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is not a pause length: give one such as 45m, 1h20m or 90s (up to %n days), until 14:00, until-tomorrow or indefinitely</source>
        <translation>
            <numerusform>%1 is not a pause length: give one such as 45m, 1h20m or 90s (up to %n day), until 14:00, until-tomorrow or indefinitely</numerusform>
            <numerusform>%1 is not a pause length: give one such as 45m, 1h20m or 90s (up to %n days), until 14:00, until-tomorrow or indefinitely</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Menu</name>
    <message numerus="yes">
        <source>Snooze for %n min</source>
        <translation>
            <numerusform>Snooze for %n min</numerusform>
            <numerusform>Snooze for %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notify</name>
    <message numerus="yes">
        <source>Snooze %n min</source>
        <translation>
            <numerusform>Snooze %n min</numerusform>
            <numerusform>Snooze %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message numerus="yes">
        <source>it nests tables or arrays more than %n levels deep</source>
        <translation>
            <numerusform>it nests tables or arrays more than %n level deep</numerusform>
            <numerusform>it nests tables or arrays more than %n levels deep</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaks</source>
        <translation>
            <numerusform>%n break</numerusform>
            <numerusform>%n breaks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stats</name>
    <message numerus="yes">
        <source>Comfort, last 30 days: no ratings yet; %Ln breaks done.</source>
        <translation>
            <numerusform>Comfort, last 30 days: no ratings yet; %Ln break done.</numerusform>
            <numerusform>Comfort, last 30 days: no ratings yet; %Ln breaks done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comfort, last 30 days: %1, %2 out of 10 on average, latest %3 on %4; %Ln breaks done.</source>
        <translation>
            <numerusform>Comfort, last 30 days: %1, %2 out of 10 on average, latest %3 on %4; %Ln break done.</numerusform>
            <numerusform>Comfort, last 30 days: %1, %2 out of 10 on average, latest %3 on %4; %Ln breaks done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rated on %Ln days</source>
        <translation>
            <numerusform>rated on %Ln day</numerusform>
            <numerusform>rated on %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln breaks done, %2 a day on average; %3; the most on %4 (%5).</source>
        <translation>
            <numerusform>%1: %Ln break done, %2 a day on average; %3; the most on %4 (%5).</numerusform>
            <numerusform>%1: %Ln breaks done, %2 a day on average; %3; the most on %4 (%5).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the goal of %1 met on %2 of %Ln days</source>
        <translation>
            <numerusform>the goal of %1 met on %2 of %Ln day</numerusform>
            <numerusform>the goal of %1 met on %2 of %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A streak counts working days in a row with at least %Ln breaks done.</source>
        <translation>
            <numerusform>A streak counts working days in a row with at least %Ln break done.</numerusform>
            <numerusform>A streak counts working days in a row with at least %Ln breaks done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Current streak: %Ln working days.</source>
        <translation>
            <numerusform>Current streak: %Ln working day.</numerusform>
            <numerusform>Current streak: %Ln working days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Best streak: %Ln working days.</source>
        <translation>
            <numerusform>Best streak: %Ln working day.</numerusform>
            <numerusform>Best streak: %Ln working days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today: %1 of %Ln breaks done, %2 skipped, %3 snoozed.</source>
        <translation>
            <numerusform>Today: %1 of %Ln break done, %2 skipped, %3 snoozed.</numerusform>
            <numerusform>Today: %1 of %Ln breaks done, %2 skipped, %3 snoozed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today is not a working day: %Ln breaks done, %1 skipped, %2 snoozed.</source>
        <translation>
            <numerusform>Today is not a working day: %Ln break done, %1 skipped, %2 snoozed.</numerusform>
            <numerusform>Today is not a working day: %Ln breaks done, %1 skipped, %2 snoozed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln events to %1</source>
        <translation>
            <numerusform>Exported %Ln event to %1</numerusform>
            <numerusform>Exported %Ln events to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln breaks done</source>
        <translation>
            <numerusform>%1: %Ln break done</numerusform>
            <numerusform>%1: %Ln breaks done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last 365 days: breaks done on %Ln days, %1 in all; %2; the most on %3 (%4).</source>
        <translation>
            <numerusform>Last 365 days: breaks done on %Ln day, %1 in all; %2; the most on %3 (%4).</numerusform>
            <numerusform>Last 365 days: breaks done on %Ln days, %1 in all; %2; the most on %3 (%4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the goal met on %Ln days</source>
        <translation>
            <numerusform>the goal met on %Ln day</numerusform>
            <numerusform>the goal met on %Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message numerus="yes">
        <source>Next stretch in %n min</source>
        <translation>
            <numerusform>Next stretch in %n min</numerusform>
            <numerusform>Next stretch in %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Breaks done today: %n</source>
        <translation>
            <numerusform>Breaks done today: %n</numerusform>
            <numerusform>Breaks done today: %n</numerusform>
        </translation>
    </message>
</context>
</TS>
