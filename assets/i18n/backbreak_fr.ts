<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>App</name>
    <message>
        <source>backbreak: statistics</source>
        <translation>backbreak&#x202f;: statistiques</translation>
    </message>
    <message>
        <source>backbreak: settings</source>
        <translation>backbreak&#x202f;: réglages</translation>
    </message>
    <message>
        <source>The pause is over; breaks are back on.</source>
        <translation>La suspension est terminée&#x202f;; les pauses reprennent.</translation>
    </message>
    <message>
        <source>Some of your own exercises could not be read and were left out (%1). The details are in %2.</source>
        <translation>Certains de tes propres exercices n&apos;ont pas pu être lus et ont été écartés (%1). Les détails sont dans %2.</translation>
    </message>
    <message numerus="yes">
        <source>A stretch break comes in %n minutes.</source>
        <translation>
            <numerusform>Une pause étirements arrive dans %n minute.</numerusform>
            <numerusform>Une pause étirements arrive dans %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A stretch break comes in %n seconds.</source>
        <translation>
            <numerusform>Une pause étirements arrive dans %n seconde.</numerusform>
            <numerusform>Une pause étirements arrive dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Time for a stretch soon</source>
        <translation>Bientôt l&apos;heure de s&apos;étirer</translation>
    </message>
    <message>
        <source>A stretch break is waiting</source>
        <translation>Une pause étirements t&apos;attend</translation>
    </message>
    <message>
        <source>It waited while you were in a call, as long as a break waits. The call goes on: take it when you can.</source>
        <translation>Elle a attendu pendant ton appel, aussi longtemps qu&apos;une pause peut attendre. L&apos;appel continue&#x202f;: fais-la dès que tu peux.</translation>
    </message>
    <message>
        <source>It waited while you were in full screen or presenting. Its card is behind the full-screen window.</source>
        <translation>Elle a attendu pendant que tu étais en plein écran ou en présentation. Sa fiche est derrière la fenêtre en plein écran.</translation>
    </message>
    <message>
        <source>It waited while do-not-disturb was on, as long as a break waits for it. Do-not-disturb is still on.</source>
        <translation>Elle a attendu le temps maximal prévu pendant que «&#x202f;Ne pas déranger&#x202f;» était activé. «&#x202f;Ne pas déranger&#x202f;» est toujours activé.</translation>
    </message>
    <message>
        <source>It waited while do-not-disturb was on or you were in full screen. If a full-screen window is still up, the card is behind it.</source>
        <translation>Elle a attendu pendant que «&#x202f;Ne pas déranger&#x202f;» était activé ou que tu étais en plein écran. Si une fenêtre est encore en plein écran, la fiche est derrière.</translation>
    </message>
    <message>
        <source>backbreak: cannot open its control socket %1; see %2</source>
        <translation>backbreak&#x202f;: impossible d&apos;ouvrir son socket de contrôle %1&#x202f;; voir %2</translation>
    </message>
    <message>
        <source>Something went wrong inside backbreak. It keeps running; the details are in %1.</source>
        <translation>Un problème interne est survenu dans backbreak. Il continue de tourner&#x202f;; les détails sont dans %1.</translation>
    </message>
    <message>
        <source>backbreak&apos;s files changed while it was running, as an update does. Quit backbreak and start it again; the details are in %1.</source>
        <translation>Les fichiers de backbreak ont changé pendant qu&apos;il tournait, comme lors d&apos;une mise à jour. Quittez backbreak et relancez-le&#x202f;; les détails sont dans %1.</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <translation>utilisation : </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s</source>
        <translation>%(prog)s : erreur : %(message)s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s : %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>ces arguments sont requis : %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>l’un des arguments %s est requis</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus : %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix invalide : %(value)r (au choix : %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s invalide : %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>un argument attendu</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>au plus un argument attendu</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>au moins un argument attendu</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë : %(option)s peut correspondre à %(matches)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>interdit avec l’argument %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>argument explicite %r ignoré</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>option inattendue : %s</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Starting at login is not supported here.</source>
        <translation>Le démarrage à l&apos;ouverture de session n&apos;est pas pris en charge ici.</translation>
    </message>
    <message>
        <source>Could not change start at login: %1 (%2).</source>
        <translation>Impossible de modifier le démarrage à l&apos;ouverture de session&#x202f;: %1 (%2).</translation>
    </message>
    <message>
        <source>Posture breaks from the system tray</source>
        <translation>Pauses posture depuis la zone de notification</translation>
    </message>
    <message>
        <source>Could not change start at login: the desktop&apos;s background portal did not answer, or reported an error.</source>
        <translation>Impossible de modifier le démarrage à l&apos;ouverture de session&#x202f;: le portail d&apos;arrière-plan du bureau n&apos;a pas répondu, ou a signalé une erreur.</translation>
    </message>
    <message>
        <source>Start at login was not allowed: the desktop said no. You can allow backbreak to run in the background in the desktop&apos;s settings for apps, then try again.</source>
        <translation>Le démarrage à l&apos;ouverture de session n&apos;a pas été autorisé&#x202f;: le bureau a refusé. Tu peux autoriser backbreak à tourner en arrière-plan dans les paramètres des applications de ton bureau, puis réessayer.</translation>
    </message>
    <message>
        <source>Start backbreak when you log in, to remind you of breaks.</source>
        <translation>Démarrer backbreak à l&apos;ouverture de ta session, pour te rappeler tes pauses.</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>backbreak: time for a stretch</source>
        <translation>backbreak&#x202f;: l&apos;heure de s&apos;étirer</translation>
    </message>
    <message>
        <source>Stretch break</source>
        <translation>Pause étirements</translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation>Où tu en es</translation>
    </message>
    <message>
        <source>Step countdown</source>
        <translation>Décompte de l&apos;étape</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Ce qu&apos;il faut faire maintenant</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Respiration</translation>
    </message>
    <message>
        <source>Progress through the break</source>
        <translation>Avancement de la pause</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Safety reminder</source>
        <translation>Rappel de sécurité</translation>
    </message>
    <message>
        <source>Stretching safely</source>
        <translation>S&apos;étirer sans risque</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Start the stretch</source>
        <translation>Commencer l&apos;étirement</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Done: finish the break</source>
        <translation>Terminé&#x202f;: finir la pause</translation>
    </message>
    <message>
        <source>End early</source>
        <translation>Arrêter plus tôt</translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n min</source>
        <translation>
            <numerusform>Reporter de %n min</numerusform>
            <numerusform>Reporter de %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snooze the break for %n minutes</source>
        <translation>
            <numerusform>Reporter la pause de %n minute</numerusform>
            <numerusform>Reporter la pause de %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Skip this break</source>
        <translation>Passer cette pause</translation>
    </message>
    <message>
        <source>End the break early: it will not count toward today&apos;s breaks</source>
        <translation>Arrêter la pause plus tôt&#x202f;: elle ne comptera pas dans les pauses du jour</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
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
        <translation>L&apos;heure d&apos;une pause plus longue</translation>
    </message>
    <message>
        <source>Time for a stretch</source>
        <translation>L&apos;heure de s&apos;étirer</translation>
    </message>
    <message>
        <source>Stretch where you sit</source>
        <translation>Étire-toi sur ta chaise</translation>
    </message>
    <message>
        <source>Sit tall and roll your shoulders slowly backwards, five times. Then let your gaze rest on something far away while you breathe out.</source>
        <translation>Redresse-toi et fais rouler lentement tes épaules vers l&apos;arrière, cinq fois. Puis pose ton regard sur quelque chose de lointain en expirant.</translation>
    </message>
    <message>
        <source>Nicely done</source>
        <translation>Bien joué</translation>
    </message>
    <message>
        <source>Well done. Take one easy breath before you carry on.</source>
        <translation>Bravo. Prends une respiration tranquille avant de reprendre.</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Mets-toi en place</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 sur %3)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>repetition %1 of %2</source>
        <translation>répétition %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds left in this step</source>
        <translation>
            <numerusform>Encore %n seconde pour cette étape</numerusform>
            <numerusform>Encore %n secondes pour cette étape</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Reste %1</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Pause écourtée</translation>
    </message>
    <message>
        <source>That&apos;s fine. A break this short doesn&apos;t count toward today&apos;s breaks; the next one comes after your usual stretch of work.</source>
        <translation>Pas de souci. Une pause aussi courte ne compte pas dans les pauses du jour&#x202f;; la suivante viendra après ta durée de travail habituelle.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <source>round %1 of %2</source>
        <translation>série %1 sur %2</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>côté gauche</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>côté droit</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inspire</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Hold the breath gently</source>
        <translation>Retiens doucement ton souffle</translation>
    </message>
    <message>
        <source>Breathe easily</source>
        <translation>Respire tranquillement</translation>
    </message>
    <message>
        <source>Read all the safety advice</source>
        <translation>Lire tous les conseils de sécurité</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>%1 is not a number of frames per second from %2 to %3</source>
        <translation>%1 n&apos;est pas un nombre d&apos;images par seconde entre %2 et %3</translation>
    </message>
    <message>
        <source>Posture breaks from the system tray. Without a command, starts backbreak (or shows the one already running).</source>
        <translation>Des pauses posture depuis la zone de notification. Sans commande, démarre backbreak (ou affiche celui qui tourne déjà).</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>afficher le numéro de version et quitter</translation>
    </message>
    <message>
        <source>start backbreak (the default)</source>
        <translation>démarrer backbreak (par défaut)</translation>
    </message>
    <message>
        <source>show the running app&apos;s state</source>
        <translation>afficher l&apos;état de l&apos;application en cours</translation>
    </message>
    <message>
        <source>print machine-readable JSON</source>
        <translation>afficher du JSON lisible par une machine</translation>
    </message>
    <message>
        <source>start a stretch break now</source>
        <translation>lancer une pause étirements maintenant</translation>
    </message>
    <message>
        <source>a long break</source>
        <translation>une pause longue</translation>
    </message>
    <message>
        <source>pause breaks for a while</source>
        <translation>suspendre les pauses pour un moment</translation>
    </message>
    <message>
        <source>Pause breaks for a length such as 30m, 45m, 1h20m or 90s (up to a week), until a time of day (pause until 14:00: today, or tomorrow once 14:00 has passed), until-tomorrow (the next working day) or indefinitely.</source>
        <translation>Suspendre les pauses pour une durée comme 30m, 45m, 1h20m ou 90s (une semaine au plus), jusqu&apos;à une heure donnée (pause until 14:00&#x202f;: aujourd&apos;hui, ou demain si 14:00 est passé), until-tomorrow (jusqu&apos;au prochain jour travaillé) ou indefinitely (sans limite).</translation>
    </message>
    <message>
        <source>a length such as 45m or 1h20m, until, until-tomorrow or indefinitely</source>
        <translation>une durée comme 45m ou 1h20m, until, until-tomorrow ou indefinitely</translation>
    </message>
    <message>
        <source>with until: the time</source>
        <translation>avec until&#x202f;: l&apos;heure</translation>
    </message>
    <message>
        <source>end a pause</source>
        <translation>mettre fin à une suspension</translation>
    </message>
    <message>
        <source>snooze the break that is offered</source>
        <translation>reporter la pause proposée</translation>
    </message>
    <message>
        <source>skip the break that is offered or running</source>
        <translation>passer la pause proposée ou en cours</translation>
    </message>
    <message>
        <source>open the running app&apos;s settings window</source>
        <translation>ouvrir la fenêtre des réglages de l&apos;application en cours</translation>
    </message>
    <message>
        <source>quit the running app</source>
        <translation>quitter l&apos;application en cours</translation>
    </message>
    <message>
        <source>print the folders backbreak uses</source>
        <translation>afficher les dossiers qu&apos;utilise backbreak</translation>
    </message>
    <message>
        <source>put backbreak in the applications menu (a pip or pipx install)</source>
        <translation>ajouter backbreak au menu des applications (installation pip ou pipx)</translation>
    </message>
    <message>
        <source>take the menu entry and icons away again</source>
        <translation>retirer l&apos;entrée de menu et les icônes</translation>
    </message>
    <message>
        <source>today&apos;s breaks and streak, or every event as CSV</source>
        <translation>les pauses et la série du jour, ou tous les événements en CSV</translation>
    </message>
    <message>
        <source>today&apos;s summary as JSON</source>
        <translation>le bilan du jour en JSON</translation>
    </message>
    <message>
        <source>write every recorded event to FILE</source>
        <translation>écrire tous les événements enregistrés dans FILE</translation>
    </message>
    <message>
        <source>look at the exercise library</source>
        <translation>parcourir la bibliothèque d&apos;exercices</translation>
    </message>
    <message>
        <source>list the exercises</source>
        <translation>lister les exercices</translation>
    </message>
    <message>
        <source>every exercise and routine with its details, as JSON for scripts</source>
        <translation>tous les exercices et enchaînements avec leurs détails, en JSON pour les scripts</translation>
    </message>
    <message>
        <source>write PNG frames of an exercise&apos;s animation</source>
        <translation>écrire les images PNG de l&apos;animation d&apos;un exercice</translation>
    </message>
    <message>
        <source>folder for the frames</source>
        <translation>dossier des images</translation>
    </message>
    <message>
        <source>frames per second (0.1 to 30)</source>
        <translation>images par seconde (0.1 à 30)</translation>
    </message>
    <message>
        <source>draw a labelled grid of an exercise&apos;s frames into one PNG</source>
        <translation>dessiner dans un seul PNG une grille légendée des images d&apos;un exercice</translation>
    </message>
    <message>
        <source>one sheet per exercise, into the folder --out</source>
        <translation>une planche par exercice, dans le dossier --out</translation>
    </message>
    <message>
        <source>the PNG file (with --all: a folder)</source>
        <translation>le fichier PNG (avec --all&#x202f;: un dossier)</translation>
    </message>
    <message>
        <source>on a dark background</source>
        <translation>sur fond sombre</translation>
    </message>
    <message>
        <source>show an exercise&apos;s animation in a window</source>
        <translation>afficher l&apos;animation d&apos;un exercice dans une fenêtre</translation>
    </message>
    <message>
        <source>key poses, without movement</source>
        <translation>poses clés, sans mouvement</translation>
    </message>
    <message>
        <source>backbreak: give an exercise id or --all, not both</source>
        <translation>backbreak&#x202f;: indique un id d&apos;exercice ou --all, pas les deux</translation>
    </message>
    <message>
        <source>backbreak is not running.</source>
        <translation>backbreak ne tourne pas.</translation>
    </message>
    <message>
        <source>backbreak did not answer properly: %1</source>
        <translation>backbreak n&apos;a pas répondu correctement&#x202f;: %1</translation>
    </message>
    <message>
        <source>pause until needs a time of day on a 24-hour clock, such as 14:00</source>
        <translation>pause until demande une heure au format 24 h, comme 14:00</translation>
    </message>
    <message>
        <source>pause takes one length; a time of day comes after until</source>
        <translation>pause prend une seule durée&#x202f;; une heure se donne après until</translation>
    </message>
    <message numerus="yes">
        <source>%1 is not a pause length: give one such as 45m, 1h20m or 90s (up to %n days), until 14:00, until-tomorrow or indefinitely</source>
        <translation>
            <numerusform>%1 n&apos;est pas une durée de suspension&#x202f;: donne par exemple 45m, 1h20m ou 90s (%n jour au plus), until 14:00, until-tomorrow ou indefinitely</numerusform>
            <numerusform>%1 n&apos;est pas une durée de suspension&#x202f;: donne par exemple 45m, 1h20m ou 90s (%n jours au plus), until 14:00, until-tomorrow ou indefinitely</numerusform>
        </translation>
    </message>
    <message>
        <source>backbreak is quitting.</source>
        <translation>backbreak se ferme.</translation>
    </message>
    <message>
        <source>backbreak: another instance holds the lock but does not answer.</source>
        <translation>backbreak&#x202f;: une autre instance détient le verrou mais ne répond pas.</translation>
    </message>
    <message>
        <source>backbreak is already running; showing it.</source>
        <translation>backbreak est déjà lancé&#x202f;; affichage de sa fenêtre.</translation>
    </message>
    <message>
        <source>backbreak runs as a Flatpak, which puts its own entry in the applications menu: there is nothing to install or remove.</source>
        <translation>backbreak tourne en Flatpak, qui ajoute sa propre entrée au menu des applications&#x202f;: il n&apos;y a rien à installer ni à retirer.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n files of backbreak&apos;s menu entry.</source>
        <translation>
            <numerusform>%n fichier de l&apos;entrée de menu de backbreak supprimé.</numerusform>
            <numerusform>%n fichiers de l&apos;entrée de menu de backbreak supprimés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>backbreak is in the applications menu: %1 (and %n more files under %2).</source>
        <translation>
            <numerusform>backbreak est dans le menu des applications&#x202f;: %1 (et %n autre fichier dans %2).</numerusform>
            <numerusform>backbreak est dans le menu des applications&#x202f;: %1 (et %n autres fichiers dans %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>backbreak: left out of your pack: %1</source>
        <translation>backbreak&#x202f;: écarté de ton pack&#x202f;: %1</translation>
    </message>
    <message>
        <source>(your pack)</source>
        <translation>(ton pack)</translation>
    </message>
    <message>
        <source>Exercises:</source>
        <translation>Exercices&#x202f;:</translation>
    </message>
    <message>
        <source>Routines (exercises in a row, for long breaks and sessions):</source>
        <translation>Enchaînements (plusieurs exercices à la suite, pour les pauses longues et les séances)&#x202f;:</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message numerus="yes">
        <source>%n frames of %1 in %2</source>
        <translation>
            <numerusform>%n image de %1 dans %2</numerusform>
            <numerusform>%n images de %1 dans %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sheets in %1</source>
        <translation>
            <numerusform>%n planche dans %1</numerusform>
            <numerusform>%n planches dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>sheet of %1 in %2</source>
        <translation>planche de %1 dans %2</translation>
    </message>
    <message>
        <source>get ready</source>
        <translation>mise en place</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>étape %1</translation>
    </message>
    <message>
        <source>backbreak: no exercise %1 (see `backbreak exercise list`)</source>
        <translation>backbreak&#x202f;: pas d&apos;exercice %1 (voir `backbreak exercise list`)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n events to %1</source>
        <translation>
            <numerusform>%n événement écrit dans %1</numerusform>
            <numerusform>%n événements écrits dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today: %1 of %n breaks done, %2 skipped, %3 snoozed.</source>
        <translation>
            <numerusform>Aujourd&apos;hui&#x202f;: %1 sur %n pause faite, %2 passées, %3 reportées.</numerusform>
            <numerusform>Aujourd&apos;hui&#x202f;: %1 sur %n pauses faites, %2 passées, %3 reportées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n working days in a row (best %1).</source>
        <translation>
            <numerusform>Série&#x202f;: %n jour travaillé d&apos;affilée (record&#x202f;: %1).</numerusform>
            <numerusform>Série&#x202f;: %n jours travaillés d&apos;affilée (record&#x202f;: %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Comfort</name>
    <message>
        <source>backbreak: how does your back feel?</source>
        <translation>backbreak&#x202f;: comment va ton dos&#x202f;?</translation>
    </message>
    <message>
        <source>Comfort check-in</source>
        <translation>Point confort</translation>
    </message>
    <message>
        <source>How does your upper back feel? Rate it from 0, very sore, to 10, no discomfort.</source>
        <translation>Comment va le haut de ton dos&#x202f;? Note-le de 0, très douloureux, à 10, aucune gêne.</translation>
    </message>
    <message>
        <source>How does your upper back feel?</source>
        <translation>Comment va le haut de ton dos&#x202f;?</translation>
    </message>
    <message>
        <source>Rating %1 of 10</source>
        <translation>Note&#x202f;: %1 sur 10</translation>
    </message>
    <message>
        <source>0 = very sore</source>
        <translation>0 = très douloureux</translation>
    </message>
    <message>
        <source>10 = no discomfort</source>
        <translation>10 = aucune gêne</translation>
    </message>
    <message>
        <source>Asked at most once a day; you can switch it off in Settings.</source>
        <translation>Demandé une fois par jour au plus&#x202f;; tu peux le désactiver dans les réglages.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Not now: skip the question today</source>
        <translation>Pas maintenant&#x202f;: passer la question aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Answer noted</source>
        <translation>Réponse notée</translation>
    </message>
    <message>
        <source>Thank you. %1 out of 10, noted.</source>
        <translation>Merci. %1 sur 10, c&apos;est noté.</translation>
    </message>
</context>
<context>
    <name>DesktopEntry</name>
    <message>
        <source>Posture breaks</source>
        <translation>Pauses pour la posture</translation>
    </message>
    <message>
        <source>Breaks from the hunch, with a guided stretch</source>
        <translation>Des pauses pour se redresser, avec un étirement guidé</translation>
    </message>
    <message>
        <source>posture;stretch;break;RSI;</source>
        <translation>posture;étirement;pause;TMS;</translation>
    </message>
</context>
<context>
    <name>Figure</name>
    <message>
        <source>Figure showing %1</source>
        <translation>Silhouette montrant %1</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>%1 is not a regular file (but a folder, a device, a pipe or a socket); backbreak leaves it alone.</source>
        <translation>%1 n&apos;est pas un fichier ordinaire (mais un dossier, un périphérique, un tube ou un socket)&#x202f;; backbreak n&apos;y touche pas.</translation>
    </message>
    <message>
        <source>%1 belongs to another user; backbreak does not replace it.</source>
        <translation>%1 appartient à un autre utilisateur&#x202f;; backbreak ne le remplace pas.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Neck</source>
        <translation>Cou</translation>
    </message>
    <message>
        <source>Shoulders</source>
        <translation>Épaules</translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation>Haut du dos</translation>
    </message>
    <message>
        <source>Mid back</source>
        <translation>Milieu du dos</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Bas du dos</translation>
    </message>
    <message>
        <source>Chest</source>
        <translation>Poitrine</translation>
    </message>
    <message>
        <source>Whole spine</source>
        <translation>Toute la colonne</translation>
    </message>
    <message>
        <source>Hips</source>
        <translation>Hanches</translation>
    </message>
    <message>
        <source>Arms</source>
        <translation>Bras</translation>
    </message>
    <message>
        <source>Seated</source>
        <translation>Assis</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Debout</translation>
    </message>
    <message>
        <source>Against a wall</source>
        <translation>Contre un mur</translation>
    </message>
    <message>
        <source>On all fours</source>
        <translation>À quatre pattes</translation>
    </message>
    <message>
        <source>Kneeling</source>
        <translation>À genoux</translation>
    </message>
    <message>
        <source>Lying down</source>
        <translation>Allongé</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chaise</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Mur</translation>
    </message>
    <message>
        <source>Mat</source>
        <translation>Tapis</translation>
    </message>
    <message>
        <source>Block or roller</source>
        <translation>Brique ou rouleau</translation>
    </message>
</context>
<context>
    <name>Menu</name>
    <message>
        <source>Take a break now</source>
        <translation>Faire une pause maintenant</translation>
    </message>
    <message>
        <source>Skip this break</source>
        <translation>Passer cette pause</translation>
    </message>
    <message>
        <source>For 30 minutes</source>
        <translation>Pendant 30 minutes</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Pendant 1 heure</translation>
    </message>
    <message>
        <source>For 2 hours</source>
        <translation>Pendant 2 heures</translation>
    </message>
    <message>
        <source>Until the next working day</source>
        <translation>Jusqu&apos;au prochain jour travaillé</translation>
    </message>
    <message>
        <source>Until I resume</source>
        <translation>Jusqu&apos;à ce que je reprenne</translation>
    </message>
    <message>
        <source>Resume breaks</source>
        <translation>Reprendre les pauses</translation>
    </message>
    <message>
        <source>Show status window</source>
        <translation>Afficher la fenêtre d&apos;état</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Réglages…</translation>
    </message>
    <message>
        <source>Quit backbreak</source>
        <translation>Quitter backbreak</translation>
    </message>
    <message>
        <source>Pause breaks</source>
        <translation>Suspendre les pauses</translation>
    </message>
    <message numerus="yes">
        <source>Snooze for %n min</source>
        <translation>
            <numerusform>Reporter de %n min</numerusform>
            <numerusform>Reporter de %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notify</name>
    <message>
        <source>Start now</source>
        <translation>Commencer</translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n min</source>
        <translation>
            <numerusform>Reporter de %n min</numerusform>
            <numerusform>Reporter de %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Paths</name>
    <message>
        <source>backbreak: %1 is not a folder of yours (someone else may have put it there), so backbreak will not use it. Remove it, or set XDG_RUNTIME_DIR to a private folder of yours.</source>
        <translation>backbreak&#x202f;: %1 n&apos;est pas un dossier à toi (quelqu&apos;un d&apos;autre l&apos;a peut-être mis là), donc backbreak ne l&apos;utilisera pas. Supprime-le, ou fais pointer XDG_RUNTIME_DIR vers un dossier privé à toi.</translation>
    </message>
    <message>
        <source>backbreak: other people may use %1 (its mode is %2, not 0700), so backbreak will not use it. Remove it, or make it private with chmod 700.</source>
        <translation>backbreak&#x202f;: d&apos;autres personnes peuvent utiliser %1 (ses droits sont %2, pas 0700), donc backbreak ne l&apos;utilisera pas. Supprime-le, ou rends-le privé avec chmod 700.</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>A break is running already.</source>
        <translation>Une pause est déjà en cours.</translation>
    </message>
    <message>
        <source>No break is running.</source>
        <translation>Aucune pause n&apos;est en cours.</translation>
    </message>
    <message>
        <source>There is no break to snooze.</source>
        <translation>Il n&apos;y a pas de pause à reporter.</translation>
    </message>
    <message>
        <source>Strict mode is on: breaks cannot be snoozed.</source>
        <translation>Le mode strict est activé&#x202f;: les pauses ne peuvent pas être reportées.</translation>
    </message>
    <message>
        <source>This break has been snoozed as often as allowed.</source>
        <translation>Cette pause a déjà été reportée autant de fois que permis.</translation>
    </message>
    <message>
        <source>There is no break to skip.</source>
        <translation>Il n&apos;y a pas de pause à passer.</translation>
    </message>
    <message>
        <source>Strict mode is on: breaks cannot be skipped.</source>
        <translation>Le mode strict est activé&#x202f;: les pauses ne peuvent pas être passées.</translation>
    </message>
    <message>
        <source>No skips are left today.</source>
        <translation>Plus aucune pause ne peut être passée aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Strict mode is on: a break cannot be paused away.</source>
        <translation>Le mode strict est activé&#x202f;: impossible de suspendre les pauses.</translation>
    </message>
    <message>
        <source>That pause would be over already.</source>
        <translation>Cette suspension serait déjà terminée.</translation>
    </message>
    <message>
        <source>Breaks are not paused.</source>
        <translation>Les pauses ne sont pas suspendues.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Monday</source>
        <translation>Lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Dimanche</translation>
    </message>
    <message>
        <source>The settings file is from a newer version of backbreak (config_version %1; this version understands up to %2).</source>
        <translation>Le fichier de réglages vient d&apos;une version plus récente de backbreak (config_version %1&#x202f;; cette version comprend jusqu&apos;à %2).</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 %4 (got %5)</source>
        <translation>«&#x202f;%1&#x202f;» doit être entre %2 et %3 %4 (valeur lue&#x202f;: %5)</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 (got %5)</source>
        <translation>«&#x202f;%1&#x202f;» doit être entre %2 et %3 (valeur lue&#x202f;: %5)</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 %4, or &quot;%6&quot; (got %5)</source>
        <translation>«&#x202f;%1&#x202f;» doit être entre %2 et %3 %4, ou &quot;%6&quot; (valeur lue&#x202f;: %5)</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3, or &quot;%6&quot; (got %5)</source>
        <translation>«&#x202f;%1&#x202f;» doit être entre %2 et %3, ou &quot;%6&quot; (valeur lue&#x202f;: %5)</translation>
    </message>
    <message>
        <source>%1 must be true or false (got %2)</source>
        <translation>«&#x202f;%1&#x202f;» doit être true ou false (valeur lue&#x202f;: %2)</translation>
    </message>
    <message>
        <source>%1 must be %2 (got %3)</source>
        <translation>«&#x202f;%1&#x202f;» doit être %2 (valeur lue&#x202f;: %3)</translation>
    </message>
    <message>
        <source>%1 must be a time of day like 04:00, from 00:00 to 23:59 (got %2)</source>
        <translation>«&#x202f;%1&#x202f;» doit être une heure comme 04:00, de 00:00 à 23:59 (valeur lue&#x202f;: %2)</translation>
    </message>
    <message>
        <source>%1 must be a list of names in square brackets (got %2)</source>
        <translation>«&#x202f;%1&#x202f;» doit être une liste de noms entre crochets (valeur lue&#x202f;: %2)</translation>
    </message>
    <message>
        <source>%1 may only list %2 (got %3)</source>
        <translation>«&#x202f;%1&#x202f;» ne peut contenir que %2 (valeur lue&#x202f;: %3)</translation>
    </message>
    <message>
        <source>%1 must list at least one of %2</source>
        <translation>«&#x202f;%1&#x202f;» doit contenir au moins l&apos;un de ces choix&#x202f;: %2</translation>
    </message>
    <message>
        <source>%1: %2 is not an exercise id (lower-case letters, digits and dashes, like chin-tuck)</source>
        <translation>%1&#x202f;: %2 n&apos;est pas un id d&apos;exercice (minuscules, chiffres et tirets, comme chin-tuck)</translation>
    </message>
    <message>
        <source>%1: %2 is not a weekday (use %3)</source>
        <translation>%1&#x202f;: %2 n&apos;est pas un jour de la semaine (utilise %3)</translation>
    </message>
    <message>
        <source>%1 must be a table with a list of ranges for each weekday (got %2)</source>
        <translation>«&#x202f;%1&#x202f;» doit être une table avec une liste de plages pour chaque jour de la semaine (valeur lue&#x202f;: %2)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 must be a list like [&quot;09:00-12:30&quot;] (got %2)</source>
        <translation>«&#x202f;%1&#x202f;» doit être une liste comme [&quot;09:00-12:30&quot;] (valeur lue&#x202f;: %2)</translation>
    </message>
    <message>
        <source>%1: %2 is not a time range like 09:00-17:30</source>
        <translation>%1&#x202f;: %2 n&apos;est pas une plage horaire comme 09:00-17:30</translation>
    </message>
    <message>
        <source>%1: %2 ends before it starts; to work past midnight, end at 24:00 and start the next day at 00:00</source>
        <translation>%1&#x202f;: %2 finit avant de commencer&#x202f;; pour travailler après minuit, termine à 24:00 et reprends le lendemain à 00:00</translation>
    </message>
    <message>
        <source>%1: %2 and %3 overlap</source>
        <translation>%1&#x202f;: %2 et %3 se chevauchent</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Heures de travail</translation>
    </message>
    <message>
        <source>When breaks may come: for each weekday, the times you work.</source>
        <translation>Quand les pauses peuvent venir&#x202f;: pour chaque jour, tes heures de travail.</translation>
    </message>
    <message>
        <source>Micro break interval</source>
        <translation>Intervalle des micro-pauses</translation>
    </message>
    <message>
        <source>Minutes of work between micro breaks.</source>
        <translation>Minutes de travail entre deux micro-pauses.</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>Breaks on the clock</source>
        <translation>Pauses calées sur l&apos;heure</translation>
    </message>
    <message>
        <source>Breaks at set times of the clock (on the hour and half hour, say) instead of after an interval of work; a time too soon after the last break is passed over.</source>
        <translation>Des pauses à heures fixes (à l&apos;heure pile et à la demie, par exemple) plutôt qu&apos;après un temps de travail&#x202f;; une heure trop proche de la dernière pause est sautée.</translation>
    </message>
    <message>
        <source>Long break after micro breaks</source>
        <translation>Pause longue après micro-pauses</translation>
    </message>
    <message>
        <source>Every this many breaks, the break is a long one.</source>
        <translation>Une pause sur ce nombre est une pause longue.</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>pauses</translation>
    </message>
    <message>
        <source>Long break after minutes of work</source>
        <translation>Pause longue après minutes de travail</translation>
    </message>
    <message>
        <source>After this much work since the last long break, the break is a long one.</source>
        <translation>Après autant de travail depuis la dernière pause longue, la pause est longue.</translation>
    </message>
    <message>
        <source>Warning before a break</source>
        <translation>Avertissement avant une pause</translation>
    </message>
    <message>
        <source>How long before a break you are told it is coming (0: no warning).</source>
        <translation>Combien de temps à l&apos;avance une pause est annoncée (0&#x202f;: pas d&apos;avertissement).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>Snooze length</source>
        <translation>Durée du report</translation>
    </message>
    <message>
        <source>How long a snoozed break waits before it comes back.</source>
        <translation>Combien de temps une pause reportée attend avant de revenir.</translation>
    </message>
    <message>
        <source>Snoozes per break</source>
        <translation>Reports par pause</translation>
    </message>
    <message>
        <source>How many times one break may be snoozed.</source>
        <translation>Combien de fois une même pause peut être reportée.</translation>
    </message>
    <message>
        <source>Skips per day</source>
        <translation>Pauses passées par jour</translation>
    </message>
    <message>
        <source>How many breaks a day may be skipped.</source>
        <translation>Combien de pauses peuvent être passées par jour.</translation>
    </message>
    <message>
        <source>Strict mode</source>
        <translation>Mode strict</translation>
    </message>
    <message>
        <source>Breaks can be neither snoozed nor skipped.</source>
        <translation>Les pauses ne peuvent être ni reportées ni passées.</translation>
    </message>
    <message>
        <source>Away after</source>
        <translation>Absence après</translation>
    </message>
    <message>
        <source>Without keyboard or mouse for this long, you count as away; time away as long as the next break counts as that break.</source>
        <translation>Sans clavier ni souris pendant ce temps, c&apos;est une absence&#x202f;; une absence aussi longue que la prochaine pause compte comme cette pause.</translation>
    </message>
    <message>
        <source>Longest wait for do-not-disturb</source>
        <translation>Attente maximale en «&#x202f;Ne pas déranger&#x202f;»</translation>
    </message>
    <message>
        <source>A break due while do-not-disturb is on waits at most this long.</source>
        <translation>Une pause qui tombe pendant «&#x202f;Ne pas déranger&#x202f;» attend au plus ce temps.</translation>
    </message>
    <message>
        <source>During a call</source>
        <translation>Pendant un appel</translation>
    </message>
    <message>
        <source>Wait: while another program uses the microphone or camera, a break due waits until the call ends, at most as long as it waits for do-not-disturb. Off: calls are not noticed.</source>
        <translation>Attendre&#x202f;: tant qu&apos;un autre programme utilise le micro ou la caméra, une pause due attend la fin de l&apos;appel, au plus aussi longtemps qu&apos;en «&#x202f;Ne pas déranger&#x202f;». Désactivé&#x202f;: les appels ne sont pas pris en compte.</translation>
    </message>
    <message>
        <source>Day starts at</source>
        <translation>Début de la journée</translation>
    </message>
    <message>
        <source>When a new day begins for daily counts; night work counts for the day before.</source>
        <translation>Quand commence un nouveau jour pour les totaux quotidiens&#x202f;; le travail de nuit compte pour la veille.</translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation>Où tu es</translation>
    </message>
    <message>
        <source>Where you are now: exercises fit the place.</source>
        <translation>Où tu te trouves en ce moment&#x202f;: les exercices s&apos;adaptent au lieu.</translation>
    </message>
    <message>
        <source>Positions at the desk</source>
        <translation>Positions au bureau</translation>
    </message>
    <message>
        <source>Positions you can take at your desk.</source>
        <translation>Les positions que tu peux prendre à ton bureau.</translation>
    </message>
    <message>
        <source>Equipment at the desk</source>
        <translation>Matériel au bureau</translation>
    </message>
    <message>
        <source>What you have at hand at your desk.</source>
        <translation>Ce que tu as sous la main à ton bureau.</translation>
    </message>
    <message>
        <source>Positions at home</source>
        <translation>Positions à la maison</translation>
    </message>
    <message>
        <source>Positions you can take at home.</source>
        <translation>Les positions que tu peux prendre chez toi.</translation>
    </message>
    <message>
        <source>Equipment at home</source>
        <translation>Matériel à la maison</translation>
    </message>
    <message>
        <source>What you have at hand at home.</source>
        <translation>Ce que tu as sous la main chez toi.</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Zones ciblées</translation>
    </message>
    <message>
        <source>Body regions you want more exercises for (none: a bit of everything).</source>
        <translation>Les zones du corps pour lesquelles tu veux plus d&apos;exercices (aucune&#x202f;: un peu de tout).</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoris</translation>
    </message>
    <message>
        <source>Exercises and routines you like; they come more often.</source>
        <translation>Les exercices et enchaînements que tu aimes&#x202f;; ils reviennent plus souvent.</translation>
    </message>
    <message>
        <source>Never show</source>
        <translation>Ne jamais proposer</translation>
    </message>
    <message>
        <source>Exercises and routines you never want to see.</source>
        <translation>Les exercices et enchaînements que tu ne veux jamais voir.</translation>
    </message>
    <message>
        <source>Warning as a notification</source>
        <translation>Avertissement en notification</translation>
    </message>
    <message>
        <source>Show the warning before a break as a desktop notification.</source>
        <translation>Afficher l&apos;avertissement avant une pause sous forme de notification du bureau.</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Son</translation>
    </message>
    <message>
        <source>Play a soft sound when a break starts and ends.</source>
        <translation>Jouer un son doux au début et à la fin d&apos;une pause.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>How loud the sound is.</source>
        <translation>Le volume du son.</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>pour cent</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Light or dark colours, or as the desktop has them.</source>
        <translation>Couleurs claires ou sombres, ou comme celles du bureau.</translation>
    </message>
    <message>
        <source>Reduced motion</source>
        <translation>Animations réduites</translation>
    </message>
    <message>
        <source>Show still key poses instead of the animated figure.</source>
        <translation>Afficher des poses clés fixes au lieu de la silhouette animée.</translation>
    </message>
    <message>
        <source>Card size</source>
        <translation>Taille de la fiche</translation>
    </message>
    <message>
        <source>How big the break card is.</source>
        <translation>La taille de la fiche de pause.</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Démarrer à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>Start backbreak when you log in.</source>
        <translation>Lancer backbreak quand tu ouvres ta session.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language backbreak speaks: the desktop&apos;s, or one you choose. It changes when backbreak starts again.</source>
        <translation>La langue de backbreak&#x202f;: celle du bureau, ou celle que tu choisis. Elle change au prochain démarrage de backbreak.</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>Objectif quotidien</translation>
    </message>
    <message>
        <source>How many breaks a day you aim for.</source>
        <translation>Combien de pauses par jour tu vises.</translation>
    </message>
    <message>
        <source>Comfort check-in</source>
        <translation>Point confort</translation>
    </message>
    <message>
        <source>After a break, ask how your back feels.</source>
        <translation>Après une pause, demander comment va ton dos.</translation>
    </message>
    <message>
        <source>There is no setting called %1.</source>
        <translation>Il n&apos;y a pas de réglage nommé %1.</translation>
    </message>
    <message>
        <source>its config_version is %1, not a version number</source>
        <translation>son config_version vaut %1, ce n&apos;est pas un numéro de version</translation>
    </message>
    <message>
        <source>it has none of backbreak&apos;s sections (%1)</source>
        <translation>il n&apos;a aucune des sections de backbreak (%1)</translation>
    </message>
    <message>
        <source>backbreak has no setting called %1 (did you mean %2?); it is ignored.</source>
        <translation>backbreak n&apos;a pas de réglage nommé %1 (voulais-tu dire %2&#x202f;?)&#x202f;; il est ignoré.</translation>
    </message>
    <message>
        <source>backbreak has no setting called %1; it is ignored.</source>
        <translation>backbreak n&apos;a pas de réglage nommé %1&#x202f;; il est ignoré.</translation>
    </message>
    <message numerus="yes">
        <source>it nests tables or arrays more than %n levels deep</source>
        <translation>
            <numerusform>il imbrique des tables ou des tableaux sur plus de %n niveau</numerusform>
            <numerusform>il imbrique des tables ou des tableaux sur plus de %n niveaux</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 must be a section, [%1] (got %2); it is ignored.</source>
        <translation>«&#x202f;%1&#x202f;» doit être une section, [%1] (valeur lue&#x202f;: %2)&#x202f;; il est ignoré.</translation>
    </message>
    <message>
        <source>using the default, %1, meanwhile</source>
        <translation>valeur par défaut utilisée en attendant&#x202f;: %1</translation>
    </message>
    <message>
        <source>the settings file</source>
        <translation>le fichier de réglages</translation>
    </message>
    <message>
        <source>Some settings in %1 were not used:</source>
        <translation>Certains réglages de %1 n&apos;ont pas été utilisés&#x202f;:</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>ce n&apos;est pas un fichier</translation>
    </message>
    <message>
        <source>it is larger than any settings file (over 1 MiB)</source>
        <translation>il est trop gros pour un fichier de réglages (plus de 1 Mio)</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>ce n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>it nests tables or arrays too deeply</source>
        <translation>il imbrique des tables ou des tableaux trop profondément</translation>
    </message>
    <message>
        <source>backbreak could not make sense of it: %1</source>
        <translation>backbreak n&apos;a pas pu le comprendre&#x202f;: %1</translation>
    </message>
    <message>
        <source>Changes are not saved, so as not to overwrite it; remove or rename %1 to save settings with this version.</source>
        <translation>Les modifications ne sont pas enregistrées, pour ne pas l&apos;écraser&#x202f;; supprime ou renomme %1 pour enregistrer les réglages avec cette version.</translation>
    </message>
    <message>
        <source>It was left as it is, and backbreak is using its default settings; changes will not be saved until the file is removed or renamed.</source>
        <translation>Il a été laissé tel quel et backbreak utilise ses réglages par défaut&#x202f;; les modifications ne seront pas enregistrées tant que le fichier ne sera pas supprimé ou renommé.</translation>
    </message>
    <message>
        <source>%1 is not a backbreak settings file (%2).</source>
        <translation>%1 n&apos;est pas un fichier de réglages de backbreak (%2).</translation>
    </message>
    <message>
        <source>Your settings file %1 could not be opened (%2).</source>
        <translation>Ton fichier de réglages %1 n&apos;a pas pu être ouvert (%2).</translation>
    </message>
    <message>
        <source>Your settings file %1 could not be read (%2).</source>
        <translation>Ton fichier de réglages %1 n&apos;a pas pu être lu (%2).</translation>
    </message>
    <message>
        <source>It could not be moved aside (%1), so changes are not saved over it.</source>
        <translation>Il n&apos;a pas pu être mis de côté (%1), donc les modifications ne sont pas enregistrées par-dessus.</translation>
    </message>
    <message>
        <source>It could not be moved aside (%1), so it was left where it is. backbreak is using its default settings and will not save changes over it.</source>
        <translation>Il n&apos;a pas pu être mis de côté (%1), il a donc été laissé en place. backbreak utilise ses réglages par défaut et n&apos;enregistrera pas de modifications par-dessus.</translation>
    </message>
    <message>
        <source>It was moved to %1, and backbreak is using its default settings.</source>
        <translation>Il a été déplacé vers %1 et backbreak utilise ses réglages par défaut.</translation>
    </message>
    <message>
        <source>backbreak keeps the settings it was using. If you change a setting in backbreak before fixing the file, the file is moved aside first.</source>
        <translation>backbreak garde les réglages qu&apos;il utilisait. Si tu changes un réglage dans backbreak avant de corriger le fichier, le fichier est d&apos;abord mis de côté.</translation>
    </message>
    <message>
        <source>Your settings were not saved: %1 is read-only. The change applies until backbreak quits.</source>
        <translation>Tes réglages n&apos;ont pas été enregistrés&#x202f;: %1 est en lecture seule. La modification s&apos;applique jusqu&apos;à la fermeture de backbreak.</translation>
    </message>
    <message>
        <source>Your settings were not saved: %1 could not be written (%2). The change applies until backbreak quits.</source>
        <translation>Tes réglages n&apos;ont pas été enregistrés&#x202f;: impossible d&apos;écrire %1 (%2). La modification s&apos;applique jusqu&apos;à la fermeture de backbreak.</translation>
    </message>
    <message>
        <source>From %1 to %2 %3.</source>
        <translation>De %1 à %2 %3.</translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <translation>De %1 à %2.</translation>
    </message>
    <message>
        <source>As the desktop</source>
        <translation>Comme le bureau</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Attendre</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Petite</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <source>At the desk</source>
        <translation>Au bureau</translation>
    </message>
    <message>
        <source>At home</source>
        <translation>À la maison</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Illimité</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
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
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaks</source>
        <translation>
            <numerusform>%n pause</numerusform>
            <numerusform>%n pauses</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>A time like 09:00; 24:00 ends the day.</source>
        <translation>Une heure comme 09:00&#x202f;; 24:00 termine la journée.</translation>
    </message>
    <message>
        <source>%1: from</source>
        <translation>%1&#x202f;: de</translation>
    </message>
    <message>
        <source>%1: until</source>
        <translation>%1&#x202f;: à</translation>
    </message>
    <message>
        <source>until</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Remove this range</source>
        <translation>Supprimer cette plage</translation>
    </message>
    <message>
        <source>%1: remove this range</source>
        <translation>%1&#x202f;: supprimer cette plage</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Jour de repos</translation>
    </message>
    <message>
        <source>%1: day off</source>
        <translation>%1&#x202f;: jour de repos</translation>
    </message>
    <message>
        <source>No breaks on this day.</source>
        <translation>Pas de pauses ce jour-là.</translation>
    </message>
    <message>
        <source>Add range</source>
        <translation>Ajouter une plage</translation>
    </message>
    <message>
        <source>%1: add a range</source>
        <translation>%1&#x202f;: ajouter une plage</translation>
    </message>
    <message>
        <source>Add another range of working hours on this day.</source>
        <translation>Ajouter une autre plage d&apos;heures de travail ce jour-là.</translation>
    </message>
    <message>
        <source>Day to copy</source>
        <translation>Jour à copier</translation>
    </message>
    <message>
        <source>Copy the hours of</source>
        <translation>Copier les heures du</translation>
    </message>
    <message>
        <source>to all weekdays (Mon–Fri)</source>
        <translation>sur tous les jours de semaine (lun.–ven.)</translation>
    </message>
    <message>
        <source>Copy the hours of the chosen day to all weekdays, Monday to Friday</source>
        <translation>Copier les heures du jour choisi sur tous les jours de semaine, du lundi au vendredi</translation>
    </message>
    <message>
        <source>Favourites and exercises never shown</source>
        <translation>Favoris et exercices jamais proposés</translation>
    </message>
    <message>
        <source>Exercises and routines</source>
        <translation>Exercices et enchaînements</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Enchaînements</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>The exercise library could not be loaded, so there is nothing to pick.</source>
        <translation>La bibliothèque d&apos;exercices n&apos;a pas pu être chargée, il n&apos;y a donc rien à choisir.</translation>
    </message>
    <message>
        <source>never shown</source>
        <translation>jamais proposé</translation>
    </message>
    <message>
        <source>favourite</source>
        <translation>favori</translation>
    </message>
    <message>
        <source>backbreak settings</source>
        <translation>Réglages de backbreak</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Planning</translation>
    </message>
    <message>
        <source>E&amp;xercises</source>
        <translation>&amp;Exercices</translation>
    </message>
    <message>
        <source>&amp;Notifications and sound</source>
        <translation>&amp;Notifications et son</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the settings</source>
        <translation>Fermer les réglages</translation>
    </message>
    <message>
        <source>Reset settings</source>
        <translation>Réinitialiser les réglages</translation>
    </message>
    <message>
        <source>Put every setting back to its default?</source>
        <translation>Remettre tous les réglages à leur valeur par défaut&#x202f;?</translation>
    </message>
    <message>
        <source>Your break history is kept. This cannot be undone.</source>
        <translation>Ton historique de pauses est conservé. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Pauses</translation>
    </message>
    <message>
        <source>A break lasts as long as its stretch: %1 to %2 seconds, or %3 to %4 minutes for a long break.</source>
        <translation>Une pause dure le temps de son étirement&#x202f;: de %1 à %2 secondes, ou de %3 à %4 minutes pour une pause longue.</translation>
    </message>
    <message>
        <source>Every 30 minutes on the clock</source>
        <translation>Toutes les 30 minutes, calées sur l&apos;heure</translation>
    </message>
    <message>
        <source>Every 20 minutes on the clock</source>
        <translation>Toutes les 20 minutes, calées sur l&apos;heure</translation>
    </message>
    <message>
        <source>On the hour</source>
        <translation>À l&apos;heure pile</translation>
    </message>
    <message>
        <source>Snoozing and skipping</source>
        <translation>Reporter et passer</translation>
    </message>
    <message>
        <source>Away and busy</source>
        <translation>Absences et moments occupés</translation>
    </message>
    <message>
        <source>Before a break</source>
        <translation>Avant une pause</translation>
    </message>
    <message>
        <source>Colours and motion</source>
        <translation>Couleurs et animations</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Ouvrir le dossier des données</translation>
    </message>
    <message>
        <source>The folder with your break history and your own exercises.</source>
        <translation>Le dossier qui contient ton historique de pauses et tes propres exercices.</translation>
    </message>
    <message>
        <source>Reset to defaults…</source>
        <translation>Réinitialiser…</translation>
    </message>
    <message>
        <source>Reset every setting to its default</source>
        <translation>Remettre chaque réglage à sa valeur par défaut</translation>
    </message>
    <message>
        <source>Put every setting back as it was when backbreak was installed.</source>
        <translation>Remettre tous les réglages comme à l&apos;installation de backbreak.</translation>
    </message>
    <message>
        <source>Your settings and data</source>
        <translation>Tes réglages et tes données</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <source>Kept in %1</source>
        <translation>Rangé dans %1</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Ta progression</translation>
    </message>
    <message>
        <source>Start at login could not be changed; see the log.</source>
        <translation>Le démarrage à l&apos;ouverture de session n&apos;a pas pu être modifié&#x202f;; voir le fichier journal.</translation>
    </message>
    <message>
        <source>No program could open the folder. It is %1</source>
        <translation>Aucun programme n&apos;a pu ouvrir le dossier. Il se trouve dans %1</translation>
    </message>
</context>
<context>
    <name>Stats</name>
    <message numerus="yes">
        <source>Exported %Ln events to %1</source>
        <translation>
            <numerusform>%Ln événement exporté vers %1</numerusform>
            <numerusform>%Ln événements exportés vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Impossible d&apos;exporter vers %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <comment>date without year</comment>
        <translation>d MMMM</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>short date</comment>
        <translation>d MMM</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln breaks done</source>
        <translation>
            <numerusform>%1&#x202f;: %Ln pause faite</numerusform>
            <numerusform>%1&#x202f;: %Ln pauses faites</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Today: no breaks recorded yet.</source>
        <translation>Aujourd&apos;hui&#x202f;: aucune pause enregistrée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>The daily goal is met.</source>
        <translation>L&apos;objectif du jour est atteint.</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Jour de repos</translation>
    </message>
    <message>
        <source>Goal met</source>
        <translation>Objectif atteint</translation>
    </message>
    <message>
        <source>To go: %1</source>
        <translation>Reste&#x202f;: %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Passées&#x202f;: %1</translation>
    </message>
    <message>
        <source>Snoozed: %1</source>
        <translation>Reportées&#x202f;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Today: %1 of %Ln breaks done, %2 skipped, %3 snoozed.</source>
        <translation>
            <numerusform>Aujourd&apos;hui&#x202f;: %1 sur %Ln pause faite, %2 passées, %3 reportées.</numerusform>
            <numerusform>Aujourd&apos;hui&#x202f;: %1 sur %Ln pauses faites, %2 passées, %3 reportées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today is not a working day: %Ln breaks done, %1 skipped, %2 snoozed.</source>
        <translation>
            <numerusform>Aujourd&apos;hui n&apos;est pas un jour travaillé&#x202f;: %Ln pause faite, %1 passées, %2 reportées.</numerusform>
            <numerusform>Aujourd&apos;hui n&apos;est pas un jour travaillé&#x202f;: %Ln pauses faites, %1 passées, %2 reportées.</numerusform>
        </translation>
    </message>
    <message>
        <source>No breaks recorded yet.</source>
        <translation>Aucune pause enregistrée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>pauses</translation>
    </message>
    <message>
        <source>no breaks recorded yet.</source>
        <translation>aucune pause enregistrée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>no breaks done yet.</source>
        <translation>aucune pause faite pour l&apos;instant.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>(day off)</source>
        <translation>(jour de repos)</translation>
    </message>
    <message>
        <source>%1, goal %2 a day: %3.</source>
        <translation>%1, objectif %2 par jour&#x202f;: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln breaks done, %2 a day on average; %3; the most on %4 (%5).</source>
        <translation>
            <numerusform>%1&#x202f;: %Ln pause faite, %2 par jour en moyenne&#x202f;; %3&#x202f;; le plus le %4 (%5).</numerusform>
            <numerusform>%1&#x202f;: %Ln pauses faites, %2 par jour en moyenne&#x202f;; %3&#x202f;; le plus le %4 (%5).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the goal of %1 met on %2 of %Ln days</source>
        <translation>
            <numerusform>objectif de %1 atteint %2 fois sur %Ln jour</numerusform>
            <numerusform>objectif de %1 atteint %2 fois sur %Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <source>goal %1</source>
        <translation>objectif %1</translation>
    </message>
    <message>
        <source>No breaks done in these days yet</source>
        <translation>Aucune pause faite sur ces jours pour l&apos;instant</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>365 derniers jours</translation>
    </message>
    <message>
        <source>Last 365 days: no breaks recorded yet.</source>
        <translation>365 derniers jours&#x202f;: aucune pause enregistrée pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>Last 365 days: breaks done on %Ln days, %1 in all; %2; the most on %3 (%4).</source>
        <translation>
            <numerusform>365 derniers jours&#x202f;: pauses faites sur %Ln jour, %1 au total&#x202f;; %2&#x202f;; le plus le %3 (%4).</numerusform>
            <numerusform>365 derniers jours&#x202f;: pauses faites sur %Ln jours, %1 au total&#x202f;; %2&#x202f;; le plus le %3 (%4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the goal met on %Ln days</source>
        <translation>
            <numerusform>objectif atteint %Ln jour</numerusform>
            <numerusform>objectif atteint %Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <source>No breaks</source>
        <translation>Aucune pause</translation>
    </message>
    <message>
        <source>Goal of %1 met</source>
        <translation>Objectif de %1 atteint</translation>
    </message>
    <message>
        <source>Streaks</source>
        <translation>Séries</translation>
    </message>
    <message>
        <source>Streaks: none yet.</source>
        <translation>Séries&#x202f;: aucune pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No streak yet.</source>
        <translation>Pas encore de série.</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>jours travaillés</translation>
    </message>
    <message numerus="yes">
        <source>A streak counts working days in a row with at least %Ln breaks done.</source>
        <translation>
            <numerusform>Une série compte les jours travaillés d&apos;affilée avec au moins %Ln pause faite.</numerusform>
            <numerusform>Une série compte les jours travaillés d&apos;affilée avec au moins %Ln pauses faites.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Current streak: %Ln working days.</source>
        <translation>
            <numerusform>Série en cours&#x202f;: %Ln jour travaillé.</numerusform>
            <numerusform>Série en cours&#x202f;: %Ln jours travaillés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Best streak: %Ln working days.</source>
        <translation>
            <numerusform>Meilleure série&#x202f;: %Ln jour travaillé.</numerusform>
            <numerusform>Meilleure série&#x202f;: %Ln jours travaillés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Body regions, last 7 days</source>
        <translation>Zones du corps, 7 derniers jours</translation>
    </message>
    <message>
        <source>Body regions, last 7 days: no exercises done yet.</source>
        <translation>Zones du corps, 7 derniers jours&#x202f;: aucun exercice fait pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Body regions worked in the last 7 days: %1.</source>
        <translation>Zones du corps travaillées ces 7 derniers jours&#x202f;: %1.</translation>
    </message>
    <message>
        <source>No body region worked in the last 7 days yet.</source>
        <translation>Aucune zone du corps travaillée ces 7 derniers jours pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No exercises done in the last 7 days yet.</source>
        <translation>Aucun exercice fait ces 7 derniers jours pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Most done exercises, last 7 days</source>
        <translation>Exercices les plus faits, 7 derniers jours</translation>
    </message>
    <message>
        <source>Most done exercises in the last 7 days: %1.</source>
        <translation>Exercices les plus faits ces 7 derniers jours&#x202f;: %1.</translation>
    </message>
    <message>
        <source>Not worked yet: %1.</source>
        <translation>Pas encore travaillé&#x202f;: %1.</translation>
    </message>
    <message>
        <source>Comfort and breaks, last 30 days</source>
        <translation>Confort et pauses, 30 derniers jours</translation>
    </message>
    <message>
        <source>No comfort ratings in the last 30 days.
When you rate how your back feels (0 to 10), it shows here as a line.</source>
        <translation>Aucune note de confort ces 30 derniers jours.
Quand tu notes comment va ton dos (de 0 à 10), cela s&apos;affiche ici sous forme de courbe.</translation>
    </message>
    <message numerus="yes">
        <source>Comfort, last 30 days: no ratings yet; %Ln breaks done.</source>
        <translation>
            <numerusform>Confort, 30 derniers jours&#x202f;: aucune note pour l&apos;instant&#x202f;; %Ln pause faite.</numerusform>
            <numerusform>Confort, 30 derniers jours&#x202f;: aucune note pour l&apos;instant&#x202f;; %Ln pauses faites.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comfort, last 30 days: %1, %2 out of 10 on average, latest %3 on %4; %Ln breaks done.</source>
        <translation>
            <numerusform>Confort, 30 derniers jours&#x202f;: %1, %2 sur 10 en moyenne, dernière note %3 le %4&#x202f;; %Ln pause faite.</numerusform>
            <numerusform>Confort, 30 derniers jours&#x202f;: %1, %2 sur 10 en moyenne, dernière note %3 le %4&#x202f;; %Ln pauses faites.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rated on %Ln days</source>
        <translation>
            <numerusform>noté sur %Ln jour</numerusform>
            <numerusform>noté sur %Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Breaks done (0-%1)</source>
        <translation>Pauses faites (0-%1)</translation>
    </message>
    <message>
        <source>comfort %1 out of 10</source>
        <translation>confort %1 sur 10</translation>
    </message>
    <message>
        <source>Comfort (0-10)</source>
        <translation>Confort (0-10)</translation>
    </message>
    <message>
        <source>backbreak statistics</source>
        <translation>Statistiques de backbreak</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>No breaks recorded yet. These charts fill in as you take your breaks.</source>
        <translation>Aucune pause enregistrée pour l&apos;instant. Ces graphiques se remplissent au fil de tes pauses.</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Résultat de l&apos;export</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export the history as a CSV file</source>
        <translation>Exporter l&apos;historique dans un fichier CSV</translation>
    </message>
    <message>
        <source>Export the history as CSV</source>
        <translation>Exporter l&apos;historique en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>tomorrow at %1</source>
        <translation>demain à %1</translation>
    </message>
    <message>
        <source>Stretch break in progress</source>
        <translation>Pause étirements en cours</translation>
    </message>
    <message>
        <source>A stretch break is waiting for you</source>
        <translation>Une pause étirements t&apos;attend</translation>
    </message>
    <message>
        <source>In a call: the break waits</source>
        <translation>En appel&#x202f;: la pause attend</translation>
    </message>
    <message>
        <source>A stretch break waits until you leave full screen</source>
        <translation>Une pause étirements attend que tu quittes le plein écran</translation>
    </message>
    <message>
        <source>A stretch break waits until do-not-disturb is off</source>
        <translation>Une pause étirements attend la fin de «&#x202f;Ne pas déranger&#x202f;»</translation>
    </message>
    <message>
        <source>A stretch break waits until do-not-disturb or full screen ends</source>
        <translation>Une pause étirements attend la fin de «&#x202f;Ne pas déranger&#x202f;» ou du plein écran</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Pause reportée à %1</translation>
    </message>
    <message>
        <source>Paused until you resume</source>
        <translation>Pauses suspendues jusqu&apos;à ce que tu reprennes</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>Pauses suspendues jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>Outside working hours</source>
        <translation>En dehors des heures de travail</translation>
    </message>
    <message>
        <source>Outside working hours; next stretch %1</source>
        <translation>En dehors des heures de travail&#x202f;; prochain étirement&#x202f;: %1</translation>
    </message>
    <message>
        <source>No break planned</source>
        <translation>Aucune pause prévue</translation>
    </message>
    <message>
        <source>Next stretch in less than a minute</source>
        <translation>Prochain étirement dans moins d&apos;une minute</translation>
    </message>
    <message numerus="yes">
        <source>Next stretch in %n min</source>
        <translation>
            <numerusform>Prochain étirement dans %n min</numerusform>
            <numerusform>Prochain étirement dans %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Breaks done today: %n</source>
        <translation>
            <numerusform>Pauses faites aujourd&apos;hui&#x202f;: %n</numerusform>
            <numerusform>Pauses faites aujourd&apos;hui&#x202f;: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusWindow</name>
    <message>
        <source>backbreak status</source>
        <translation>État de backbreak</translation>
    </message>
    <message>
        <source>backbreak icon</source>
        <translation>Icône de backbreak</translation>
    </message>
    <message>
        <source>Next break</source>
        <translation>Prochaine pause</translation>
    </message>
    <message>
        <source>Breaks today</source>
        <translation>Pauses aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Pause breaks</source>
        <translation>Suspendre les pauses</translation>
    </message>
    <message>
        <source>Break warning</source>
        <translation>Avertissement de pause</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>une table</translation>
    </message>
    <message>
        <source>a value of type %1</source>
        <translation>une valeur de type %1</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>backbreak is running</source>
        <translation>backbreak est lancé</translation>
    </message>
    <message>
        <source>It lives in the system tray: click its icon to see when the next stretch comes, or right-click it for the menu.</source>
        <translation>Il se trouve dans la zone de notification&#x202f;: clique sur son icône pour voir quand vient le prochain étirement, ou fais un clic droit pour ouvrir le menu.</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so backbreak shows a small status window (closing it keeps backbreak running).</source>
        <translation>Ce bureau n&apos;a pas de zone de notification, donc backbreak affiche une petite fenêtre d&apos;état (la fermer ne quitte pas backbreak).</translation>
    </message>
    <message>
        <source>To set your working hours and how often breaks come, open Settings from its menu, or run: backbreak settings</source>
        <translation>Pour régler tes heures de travail et la fréquence des pauses, ouvre Réglages depuis son menu, ou lance&#x202f;: backbreak settings</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>The break history file {path} was not a database backbreak can read. It was moved to {aside} (nothing was deleted) and a new history was started.</source>
        <translation>Le fichier d&apos;historique des pauses {path} n&apos;était pas une base de données lisible par backbreak. Il a été déplacé vers {aside} (rien n&apos;a été supprimé) et un nouvel historique a été créé.</translation>
    </message>
    <message>
        <source>The break history file {path} was damaged. It was moved to {aside} (nothing was deleted) and a new history was started.</source>
        <translation>Le fichier d&apos;historique des pauses {path} était endommagé. Il a été déplacé vers {aside} (rien n&apos;a été supprimé) et un nouvel historique a été créé.</translation>
    </message>
    <message>
        <source>The file {path} was not a backbreak break history. It was moved to {aside} (nothing was deleted) and a new history was started.</source>
        <translation>Le fichier {path} n&apos;était pas un historique de pauses de backbreak. Il a été déplacé vers {aside} (rien n&apos;a été supprimé) et un nouvel historique a été créé.</translation>
    </message>
    <message>
        <source>The break history file {path} was written by a newer version of backbreak and this version cannot use it. It was moved to {aside} (nothing was deleted) and a new history was started; put it back with the newer version to see it again.</source>
        <translation>Le fichier d&apos;historique des pauses {path} a été écrit par une version plus récente de backbreak, que cette version ne peut pas utiliser. Il a été déplacé vers {aside} (rien n&apos;a été supprimé) et un nouvel historique a été créé&#x202f;; remets-le en place avec la version plus récente pour le retrouver.</translation>
    </message>
    <message>
        <source>Your breaks cannot be saved right now: {path} or its folder cannot be written (read-only?). They are kept in memory and will be saved as soon as it can be written again.</source>
        <translation>Tes pauses ne peuvent pas être enregistrées pour le moment&#x202f;: impossible d&apos;écrire dans {path} ou son dossier (lecture seule&#x202f;?). Elles sont gardées en mémoire et seront enregistrées dès que l&apos;écriture sera de nouveau possible.</translation>
    </message>
    <message>
        <source>Your breaks cannot be saved right now: the disk holding {path} is full. They are kept in memory and will be saved as soon as there is space again.</source>
        <translation>Tes pauses ne peuvent pas être enregistrées pour le moment&#x202f;: le disque qui contient {path} est plein. Elles sont gardées en mémoire et seront enregistrées dès qu&apos;il y aura de nouveau de la place.</translation>
    </message>
    <message>
        <source>Your breaks cannot be saved right now ({error}). They are kept in memory and will be saved to {path} as soon as possible.</source>
        <translation>Tes pauses ne peuvent pas être enregistrées pour le moment ({error}). Elles sont gardées en mémoire et seront enregistrées dans {path} dès que possible.</translation>
    </message>
    <message>
        <source>The break history {path} cannot be read: {error}</source>
        <translation>Impossible de lire l&apos;historique des pauses {path}&#x202f;: {error}</translation>
    </message>
    <message>
        <source>{path} is not a break history this version of backbreak can read; the app moves it aside when it next starts.</source>
        <translation>{path} n&apos;est pas un historique de pauses lisible par cette version de backbreak&#x202f;; l&apos;application le mettra de côté à son prochain démarrage.</translation>
    </message>
    <message>
        <source>The breaks that could not be saved when backbreak last quit are now in {path}.</source>
        <translation>Les pauses qui n&apos;avaient pas pu être enregistrées à la dernière fermeture de backbreak sont maintenant dans {path}.</translation>
    </message>
    <message>
        <source>Your breaks are being saved again; the {count} entries kept in memory meanwhile are now in {path}.</source>
        <translation>Tes pauses sont de nouveau enregistrées&#x202f;; les {count} entrées gardées en mémoire entre-temps sont maintenant dans {path}.</translation>
    </message>
    <message>
        <source>the log file</source>
        <translation>le fichier journal</translation>
    </message>
    <message>
        <source>{count} break entries could not be saved: {path} refuses them ({error}). They were set aside in {where}; backbreak goes on saving the others.</source>
        <translation>{count} entrées de pause n&apos;ont pas pu être enregistrées&#x202f;: {path} les refuse ({error}). Elles ont été mises de côté dans {where}&#x202f;; backbreak continue d&apos;enregistrer les autres.</translation>
    </message>
</context>
</TS>
