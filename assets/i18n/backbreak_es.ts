<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>App</name>
    <message>
        <source>backbreak: statistics</source>
        <translation>backbreak: estadísticas</translation>
    </message>
    <message>
        <source>backbreak: settings</source>
        <translation>backbreak: ajustes</translation>
    </message>
    <message>
        <source>The pause is over; breaks are back on.</source>
        <translation>La suspensión terminó; las pausas vuelven a estar activas.</translation>
    </message>
    <message>
        <source>Some of your own exercises could not be read and were left out (%1). The details are in %2.</source>
        <translation>Algunos de tus propios ejercicios no se pudieron leer y se dejaron fuera (%1). Los detalles están en %2.</translation>
    </message>
    <message numerus="yes">
        <source>A stretch break comes in %n minutes.</source>
        <translation>
            <numerusform>Una pausa de estiramientos llega en %n minuto.</numerusform>
            <numerusform>Una pausa de estiramientos llega en %n minutos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A stretch break comes in %n seconds.</source>
        <translation>
            <numerusform>Una pausa de estiramientos llega en %n segundo.</numerusform>
            <numerusform>Una pausa de estiramientos llega en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Time for a stretch soon</source>
        <translation>Pronto toca estirarte</translation>
    </message>
    <message>
        <source>A stretch break is waiting</source>
        <translation>Una pausa de estiramientos te espera</translation>
    </message>
    <message>
        <source>It waited while you were in a call, as long as a break waits. The call goes on: take it when you can.</source>
        <translation>Esperó mientras estabas en una llamada, todo lo que una pausa puede esperar. La llamada sigue: haz la pausa cuando puedas.</translation>
    </message>
    <message>
        <source>It waited while you were in full screen or presenting. Its card is behind the full-screen window.</source>
        <translation>Esperó mientras estabas en pantalla completa o haciendo una presentación. Su tarjeta está detrás de la ventana a pantalla completa.</translation>
    </message>
    <message>
        <source>It waited while do-not-disturb was on, as long as a break waits for it. Do-not-disturb is still on.</source>
        <translation>Esperó mientras No molestar estaba activado, todo lo que una pausa puede esperar. No molestar sigue activado.</translation>
    </message>
    <message>
        <source>It waited while do-not-disturb was on or you were in full screen. If a full-screen window is still up, the card is behind it.</source>
        <translation>Esperó mientras No molestar estaba activado o estabas en pantalla completa. Si aún hay una ventana a pantalla completa, la tarjeta está detrás.</translation>
    </message>
    <message>
        <source>backbreak: cannot open its control socket %1; see %2</source>
        <translation>backbreak: no puede abrir su socket de control %1; consulta %2</translation>
    </message>
    <message>
        <source>Something went wrong inside backbreak. It keeps running; the details are in %1.</source>
        <translation>Algo falló dentro de backbreak. Sigue funcionando; los detalles están en %1.</translation>
    </message>
    <message>
        <source>backbreak&apos;s files changed while it was running, as an update does. Quit backbreak and start it again; the details are in %1.</source>
        <translation>Los archivos de backbreak cambiaron mientras se ejecutaba, como ocurre con una actualización. Cierre backbreak y vuelva a iniciarlo; los detalles están en %1.</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s</source>
        <translation>%(prog)s: error: %(message)s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>faltan estos argumentos: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>se necesita uno de los argumentos %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elige entre %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor %(type)s no válido: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>se esperaba un argumento</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>se esperaba como mucho un argumento</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>se esperaba al menos un argumento</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s puede ser %(matches)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>no se permite con el argumento %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>argumento explícito %r ignorado</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>opción inesperada: %s</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Starting at login is not supported here.</source>
        <translation>Aquí no se puede iniciar backbreak con la sesión.</translation>
    </message>
    <message>
        <source>Could not change start at login: %1 (%2).</source>
        <translation>No se pudo cambiar el inicio con la sesión: %1 (%2).</translation>
    </message>
    <message>
        <source>Posture breaks from the system tray</source>
        <translation>Pausas para la postura desde la bandeja del sistema</translation>
    </message>
    <message>
        <source>Could not change start at login: the desktop&apos;s background portal did not answer, or reported an error.</source>
        <translation>No se pudo cambiar el inicio con la sesión: el portal de segundo plano del escritorio no respondió o informó de un error.</translation>
    </message>
    <message>
        <source>Start at login was not allowed: the desktop said no. You can allow backbreak to run in the background in the desktop&apos;s settings for apps, then try again.</source>
        <translation>No se permitió el inicio con la sesión: el escritorio dijo que no. Puedes permitir que backbreak se ejecute en segundo plano en la configuración de aplicaciones de tu escritorio y volver a intentarlo.</translation>
    </message>
    <message>
        <source>Start backbreak when you log in, to remind you of breaks.</source>
        <translation>Iniciar backbreak al iniciar tu sesión, para recordarte las pausas.</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>backbreak: time for a stretch</source>
        <translation>backbreak: hora de estirarte</translation>
    </message>
    <message>
        <source>Stretch break</source>
        <translation>Pausa de estiramientos</translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation>Paso actual</translation>
    </message>
    <message>
        <source>Step countdown</source>
        <translation>Tiempo restante del paso</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Qué hacer ahora</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Respiración</translation>
    </message>
    <message>
        <source>Progress through the break</source>
        <translation>Progreso de la pausa</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Precaución</translation>
    </message>
    <message>
        <source>Safety reminder</source>
        <translation>Recordatorio de seguridad</translation>
    </message>
    <message>
        <source>Stretching safely</source>
        <translation>Estirar con seguridad</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Start the stretch</source>
        <translation>Empezar a estirar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Done: finish the break</source>
        <translation>Hecho: terminar la pausa</translation>
    </message>
    <message>
        <source>End early</source>
        <translation>Terminar antes</translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n min</source>
        <translation>
            <numerusform>Posponer %n min</numerusform>
            <numerusform>Posponer %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snooze the break for %n minutes</source>
        <translation>
            <numerusform>Posponer la pausa %n minuto</numerusform>
            <numerusform>Posponer la pausa %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>Skip this break</source>
        <translation>Saltar este descanso</translation>
    </message>
    <message>
        <source>End the break early: it will not count toward today&apos;s breaks</source>
        <translation>Terminar la pausa antes: no contará en las pausas de hoy</translation>
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
        <translation>Hora de una pausa más larga</translation>
    </message>
    <message>
        <source>Time for a stretch</source>
        <translation>Hora de estirarte</translation>
    </message>
    <message>
        <source>Stretch where you sit</source>
        <translation>Estírate sin levantarte</translation>
    </message>
    <message>
        <source>Sit tall and roll your shoulders slowly backwards, five times. Then let your gaze rest on something far away while you breathe out.</source>
        <translation>Siéntate con la espalda recta y lleva los hombros hacia atrás en círculos lentos, cinco veces. Luego descansa la vista en algo lejano mientras sueltas el aire.</translation>
    </message>
    <message>
        <source>Nicely done</source>
        <translation>Bien hecho</translation>
    </message>
    <message>
        <source>Well done. Take one easy breath before you carry on.</source>
        <translation>Muy bien. Respira una vez con calma antes de seguir.</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Prepárate</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 de %3)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>repetition %1 of %2</source>
        <translation>repetición %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds left in this step</source>
        <translation>
            <numerusform>Queda %n segundo de este paso</numerusform>
            <numerusform>Quedan %n segundos de este paso</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Quedan %1</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Terminada antes de tiempo</translation>
    </message>
    <message>
        <source>That&apos;s fine. A break this short doesn&apos;t count toward today&apos;s breaks; the next one comes after your usual stretch of work.</source>
        <translation>No pasa nada. Una pausa tan corta no cuenta entre las de hoy; la siguiente llegará tras tu tiempo habitual de trabajo.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source>round %1 of %2</source>
        <translation>ronda %1 de %2</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>lado izquierdo</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>lado derecho</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inhala</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Exhala</translation>
    </message>
    <message>
        <source>Hold the breath gently</source>
        <translation>Retén el aire suavemente</translation>
    </message>
    <message>
        <source>Breathe easily</source>
        <translation>Respira con calma</translation>
    </message>
    <message>
        <source>Read all the safety advice</source>
        <translation>Lee todos los consejos de seguridad</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>%1 is not a number of frames per second from %2 to %3</source>
        <translation>%1 no es un número de fotogramas por segundo entre %2 y %3</translation>
    </message>
    <message>
        <source>Posture breaks from the system tray. Without a command, starts backbreak (or shows the one already running).</source>
        <translation>Pausas para la postura desde la bandeja del sistema. Sin orden, inicia backbreak (o muestra el que ya está en marcha).</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>mostrar el número de versión y salir</translation>
    </message>
    <message>
        <source>start backbreak (the default)</source>
        <translation>iniciar backbreak (opción predeterminada)</translation>
    </message>
    <message>
        <source>show the running app&apos;s state</source>
        <translation>mostrar el estado de la app en marcha</translation>
    </message>
    <message>
        <source>print machine-readable JSON</source>
        <translation>imprimir JSON legible por máquina</translation>
    </message>
    <message>
        <source>start a stretch break now</source>
        <translation>empezar ahora una pausa de estiramientos</translation>
    </message>
    <message>
        <source>a long break</source>
        <translation>una pausa larga</translation>
    </message>
    <message>
        <source>pause breaks for a while</source>
        <translation>suspender las pausas un tiempo</translation>
    </message>
    <message>
        <source>Pause breaks for a length such as 30m, 45m, 1h20m or 90s (up to a week), until a time of day (pause until 14:00: today, or tomorrow once 14:00 has passed), until-tomorrow (the next working day) or indefinitely.</source>
        <translation>Suspende las pausas durante un tiempo como 30m, 45m, 1h20m o 90s (hasta una semana), hasta una hora del día (pause until 14:00: hoy, o mañana si ya pasaron las 14:00), until-tomorrow (el siguiente día laborable) o indefinitely (sin fin).</translation>
    </message>
    <message>
        <source>a length such as 45m or 1h20m, until, until-tomorrow or indefinitely</source>
        <translation>una duración como 45m o 1h20m, until, until-tomorrow o indefinitely</translation>
    </message>
    <message>
        <source>with until: the time</source>
        <translation>con until: la hora</translation>
    </message>
    <message>
        <source>end a pause</source>
        <translation>terminar una suspensión</translation>
    </message>
    <message>
        <source>snooze the break that is offered</source>
        <translation>posponer la pausa ofrecida</translation>
    </message>
    <message>
        <source>skip the break that is offered or running</source>
        <translation>saltar la pausa ofrecida o en curso</translation>
    </message>
    <message>
        <source>open the running app&apos;s settings window</source>
        <translation>abrir la ventana de ajustes de la app en marcha</translation>
    </message>
    <message>
        <source>quit the running app</source>
        <translation>cerrar la app en marcha</translation>
    </message>
    <message>
        <source>print the folders backbreak uses</source>
        <translation>mostrar las carpetas que usa backbreak</translation>
    </message>
    <message>
        <source>put backbreak in the applications menu (a pip or pipx install)</source>
        <translation>poner backbreak en el menú de aplicaciones (instalación con pip o pipx)</translation>
    </message>
    <message>
        <source>take the menu entry and icons away again</source>
        <translation>quitar de nuevo la entrada del menú y los iconos</translation>
    </message>
    <message>
        <source>today&apos;s breaks and streak, or every event as CSV</source>
        <translation>las pausas y la racha de hoy, o cada evento como CSV</translation>
    </message>
    <message>
        <source>today&apos;s summary as JSON</source>
        <translation>el resumen de hoy en JSON</translation>
    </message>
    <message>
        <source>write every recorded event to FILE</source>
        <translation>escribir cada evento registrado en FILE</translation>
    </message>
    <message>
        <source>look at the exercise library</source>
        <translation>consultar la biblioteca de ejercicios</translation>
    </message>
    <message>
        <source>list the exercises</source>
        <translation>listar los ejercicios</translation>
    </message>
    <message>
        <source>every exercise and routine with its details, as JSON for scripts</source>
        <translation>todos los ejercicios y rutinas con sus detalles, en JSON para scripts</translation>
    </message>
    <message>
        <source>write PNG frames of an exercise&apos;s animation</source>
        <translation>escribir fotogramas PNG de la animación de un ejercicio</translation>
    </message>
    <message>
        <source>folder for the frames</source>
        <translation>carpeta para los fotogramas</translation>
    </message>
    <message>
        <source>frames per second (0.1 to 30)</source>
        <translation>fotogramas por segundo (de 0.1 a 30)</translation>
    </message>
    <message>
        <source>draw a labelled grid of an exercise&apos;s frames into one PNG</source>
        <translation>dibujar en un PNG una cuadrícula rotulada con los fotogramas de un ejercicio</translation>
    </message>
    <message>
        <source>one sheet per exercise, into the folder --out</source>
        <translation>una hoja por ejercicio, en la carpeta --out</translation>
    </message>
    <message>
        <source>the PNG file (with --all: a folder)</source>
        <translation>el archivo PNG (con --all: una carpeta)</translation>
    </message>
    <message>
        <source>on a dark background</source>
        <translation>sobre fondo oscuro</translation>
    </message>
    <message>
        <source>show an exercise&apos;s animation in a window</source>
        <translation>mostrar la animación de un ejercicio en una ventana</translation>
    </message>
    <message>
        <source>key poses, without movement</source>
        <translation>posturas clave, sin movimiento</translation>
    </message>
    <message>
        <source>backbreak: give an exercise id or --all, not both</source>
        <translation>backbreak: indica un id de ejercicio o --all, no ambos</translation>
    </message>
    <message>
        <source>backbreak is not running.</source>
        <translation>backbreak no está en marcha.</translation>
    </message>
    <message>
        <source>backbreak did not answer properly: %1</source>
        <translation>backbreak no respondió bien: %1</translation>
    </message>
    <message>
        <source>pause until needs a time of day on a 24-hour clock, such as 14:00</source>
        <translation>pause until necesita una hora en formato de 24 horas, como 14:00</translation>
    </message>
    <message>
        <source>pause takes one length; a time of day comes after until</source>
        <translation>pause admite una sola duración; la hora va después de until</translation>
    </message>
    <message numerus="yes">
        <source>%1 is not a pause length: give one such as 45m, 1h20m or 90s (up to %n days), until 14:00, until-tomorrow or indefinitely</source>
        <translation>
            <numerusform>%1 no es una duración de suspensión: indica una como 45m, 1h20m o 90s (hasta %n día), until 14:00, until-tomorrow o indefinitely</numerusform>
            <numerusform>%1 no es una duración de suspensión: indica una como 45m, 1h20m o 90s (hasta %n días), until 14:00, until-tomorrow o indefinitely</numerusform>
        </translation>
    </message>
    <message>
        <source>backbreak is quitting.</source>
        <translation>backbreak se está cerrando.</translation>
    </message>
    <message>
        <source>backbreak: another instance holds the lock but does not answer.</source>
        <translation>backbreak: otra instancia tiene el bloqueo, pero no responde.</translation>
    </message>
    <message>
        <source>backbreak is already running; showing it.</source>
        <translation>backbreak ya está en marcha: aquí lo tienes.</translation>
    </message>
    <message>
        <source>backbreak runs as a Flatpak, which puts its own entry in the applications menu: there is nothing to install or remove.</source>
        <translation>backbreak se ejecuta como Flatpak, que pone su propia entrada en el menú de aplicaciones: no hay nada que instalar ni quitar.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n files of backbreak&apos;s menu entry.</source>
        <translation>
            <numerusform>Se quitó %n archivo de la entrada de menú de backbreak.</numerusform>
            <numerusform>Se quitaron %n archivos de la entrada de menú de backbreak.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>backbreak is in the applications menu: %1 (and %n more files under %2).</source>
        <translation>
            <numerusform>backbreak está en el menú de aplicaciones: %1 (y %n archivo más en %2).</numerusform>
            <numerusform>backbreak está en el menú de aplicaciones: %1 (y %n archivos más en %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>backbreak: left out of your pack: %1</source>
        <translation>backbreak: se dejó fuera de tu colección: %1</translation>
    </message>
    <message>
        <source>(your pack)</source>
        <translation>(tu colección)</translation>
    </message>
    <message>
        <source>Exercises:</source>
        <translation>Ejercicios:</translation>
    </message>
    <message>
        <source>Routines (exercises in a row, for long breaks and sessions):</source>
        <translation>Rutinas (ejercicios seguidos, para pausas largas y sesiones):</translation>
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
            <numerusform>%n fotograma de %1 en %2</numerusform>
            <numerusform>%n fotogramas de %1 en %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sheets in %1</source>
        <translation>
            <numerusform>%n hoja en %1</numerusform>
            <numerusform>%n hojas en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>sheet of %1 in %2</source>
        <translation>hoja de %1 en %2</translation>
    </message>
    <message>
        <source>get ready</source>
        <translation>prepárate</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>paso %1</translation>
    </message>
    <message>
        <source>backbreak: no exercise %1 (see `backbreak exercise list`)</source>
        <translation>backbreak: no existe el ejercicio %1 (mira `backbreak exercise list`)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n events to %1</source>
        <translation>
            <numerusform>Se escribió %n evento en %1</numerusform>
            <numerusform>Se escribieron %n eventos en %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today: %1 of %n breaks done, %2 skipped, %3 snoozed.</source>
        <translation>
            <numerusform>Hoy: %1 de %n pausa hecha, %2 saltadas, %3 pospuestas.</numerusform>
            <numerusform>Hoy: %1 de %n pausas hechas, %2 saltadas, %3 pospuestas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n working days in a row (best %1).</source>
        <translation>
            <numerusform>Racha: %n día laborable seguido (mejor: %1).</numerusform>
            <numerusform>Racha: %n días laborables seguidos (mejor: %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Comfort</name>
    <message>
        <source>backbreak: how does your back feel?</source>
        <translation>backbreak: ¿cómo está tu espalda?</translation>
    </message>
    <message>
        <source>Comfort check-in</source>
        <translation>Pregunta sobre tu espalda</translation>
    </message>
    <message>
        <source>How does your upper back feel? Rate it from 0, very sore, to 10, no discomfort.</source>
        <translation>¿Cómo está la parte alta de tu espalda? Puntúala de 0, muy dolorida, a 10, sin molestias.</translation>
    </message>
    <message>
        <source>How does your upper back feel?</source>
        <translation>¿Cómo está la parte alta de tu espalda?</translation>
    </message>
    <message>
        <source>Rating %1 of 10</source>
        <translation>Puntuación: %1 de 10</translation>
    </message>
    <message>
        <source>0 = very sore</source>
        <translation>0 = muy dolorida</translation>
    </message>
    <message>
        <source>10 = no discomfort</source>
        <translation>10 = sin molestias</translation>
    </message>
    <message>
        <source>Asked at most once a day; you can switch it off in Settings.</source>
        <translation>Se pregunta como mucho una vez al día; puedes desactivarlo en Ajustes.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Not now: skip the question today</source>
        <translation>Ahora no: saltar la pregunta por hoy</translation>
    </message>
    <message>
        <source>Answer noted</source>
        <translation>Respuesta anotada</translation>
    </message>
    <message>
        <source>Thank you. %1 out of 10, noted.</source>
        <translation>Gracias. %1 de 10, anotado.</translation>
    </message>
</context>
<context>
    <name>DesktopEntry</name>
    <message>
        <source>Posture breaks</source>
        <translation>Pausas para la postura</translation>
    </message>
    <message>
        <source>Breaks from the hunch, with a guided stretch</source>
        <translation>Pausas para dejar de encorvarse, con un estiramiento guiado</translation>
    </message>
    <message>
        <source>posture;stretch;break;RSI;</source>
        <translation>postura;estiramiento;pausa;LER;</translation>
    </message>
</context>
<context>
    <name>Figure</name>
    <message>
        <source>Figure showing %1</source>
        <translation>Figura que muestra %1</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>%1 is not a regular file (but a folder, a device, a pipe or a socket); backbreak leaves it alone.</source>
        <translation>%1 no es un archivo normal (sino una carpeta, un dispositivo, una tubería o un socket); backbreak no lo toca.</translation>
    </message>
    <message>
        <source>%1 belongs to another user; backbreak does not replace it.</source>
        <translation>%1 pertenece a otro usuario; backbreak no lo reemplaza.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Neck</source>
        <translation>Cuello</translation>
    </message>
    <message>
        <source>Shoulders</source>
        <translation>Hombros</translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation>Parte alta de la espalda</translation>
    </message>
    <message>
        <source>Mid back</source>
        <translation>Zona media de la espalda</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Zona lumbar</translation>
    </message>
    <message>
        <source>Chest</source>
        <translation>Pecho</translation>
    </message>
    <message>
        <source>Whole spine</source>
        <translation>Toda la columna</translation>
    </message>
    <message>
        <source>Hips</source>
        <translation>Caderas</translation>
    </message>
    <message>
        <source>Arms</source>
        <translation>Brazos</translation>
    </message>
    <message>
        <source>Seated</source>
        <translation>Sentado</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>De pie</translation>
    </message>
    <message>
        <source>Against a wall</source>
        <translation>Contra la pared</translation>
    </message>
    <message>
        <source>On all fours</source>
        <translation>En cuatro apoyos</translation>
    </message>
    <message>
        <source>Kneeling</source>
        <translation>De rodillas</translation>
    </message>
    <message>
        <source>Lying down</source>
        <translation>Acostado</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Silla</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Pared</translation>
    </message>
    <message>
        <source>Mat</source>
        <translation>Colchoneta</translation>
    </message>
    <message>
        <source>Block or roller</source>
        <translation>Bloque o rodillo</translation>
    </message>
</context>
<context>
    <name>Menu</name>
    <message>
        <source>Take a break now</source>
        <translation>Hacer una pausa ahora</translation>
    </message>
    <message>
        <source>Skip this break</source>
        <translation>Saltar este descanso</translation>
    </message>
    <message>
        <source>For 30 minutes</source>
        <translation>Durante 30 minutos</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Durante 1 hora</translation>
    </message>
    <message>
        <source>For 2 hours</source>
        <translation>Durante 2 horas</translation>
    </message>
    <message>
        <source>Until the next working day</source>
        <translation>Hasta el siguiente día laborable</translation>
    </message>
    <message>
        <source>Until I resume</source>
        <translation>Hasta que las reanude</translation>
    </message>
    <message>
        <source>Resume breaks</source>
        <translation>Reanudar las pausas</translation>
    </message>
    <message>
        <source>Show status window</source>
        <translation>Mostrar la ventana de estado</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <source>Quit backbreak</source>
        <translation>Salir de backbreak</translation>
    </message>
    <message>
        <source>Pause breaks</source>
        <translation>Suspender las pausas</translation>
    </message>
    <message numerus="yes">
        <source>Snooze for %n min</source>
        <translation>
            <numerusform>Posponer %n min</numerusform>
            <numerusform>Posponer %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notify</name>
    <message>
        <source>Start now</source>
        <translation>Empezar ahora</translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n min</source>
        <translation>
            <numerusform>Posponer %n min</numerusform>
            <numerusform>Posponer %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Paths</name>
    <message>
        <source>backbreak: %1 is not a folder of yours (someone else may have put it there), so backbreak will not use it. Remove it, or set XDG_RUNTIME_DIR to a private folder of yours.</source>
        <translation>backbreak: %1 no es una carpeta tuya (puede que otra persona la haya puesto ahí), así que backbreak no la usará. Bórrala, o haz que XDG_RUNTIME_DIR apunte a una carpeta privada tuya.</translation>
    </message>
    <message>
        <source>backbreak: other people may use %1 (its mode is %2, not 0700), so backbreak will not use it. Remove it, or make it private with chmod 700.</source>
        <translation>backbreak: otras personas pueden usar %1 (sus permisos son %2, no 0700), así que backbreak no la usará. Bórrala, o hazla privada con chmod 700.</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>A break is running already.</source>
        <translation>Ya hay una pausa en curso.</translation>
    </message>
    <message>
        <source>No break is running.</source>
        <translation>No hay ninguna pausa en curso.</translation>
    </message>
    <message>
        <source>There is no break to snooze.</source>
        <translation>No hay ninguna pausa que posponer.</translation>
    </message>
    <message>
        <source>Strict mode is on: breaks cannot be snoozed.</source>
        <translation>El modo estricto está activado: las pausas no se pueden posponer.</translation>
    </message>
    <message>
        <source>This break has been snoozed as often as allowed.</source>
        <translation>Esta pausa ya se pospuso todas las veces permitidas.</translation>
    </message>
    <message>
        <source>There is no break to skip.</source>
        <translation>No hay ninguna pausa que saltar.</translation>
    </message>
    <message>
        <source>Strict mode is on: breaks cannot be skipped.</source>
        <translation>El modo estricto está activado: las pausas no se pueden saltar.</translation>
    </message>
    <message>
        <source>No skips are left today.</source>
        <translation>Hoy ya no te quedan saltos.</translation>
    </message>
    <message>
        <source>Strict mode is on: a break cannot be paused away.</source>
        <translation>El modo estricto está activado: las pausas no se pueden suspender.</translation>
    </message>
    <message>
        <source>That pause would be over already.</source>
        <translation>Esa suspensión ya habría terminado.</translation>
    </message>
    <message>
        <source>Breaks are not paused.</source>
        <translation>Las pausas no están suspendidas.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Monday</source>
        <translation>Lunes</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Martes</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Miércoles</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Jueves</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Viernes</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Sábado</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Domingo</translation>
    </message>
    <message>
        <source>The settings file is from a newer version of backbreak (config_version %1; this version understands up to %2).</source>
        <translation>El archivo de ajustes es de una versión más reciente de backbreak (config_version %1; esta versión entiende hasta la %2).</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 %4 (got %5)</source>
        <translation>«%1» debe estar entre %2 y %3 %4 (valor indicado: %5)</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 (got %5)</source>
        <translation>«%1» debe estar entre %2 y %3 (valor indicado: %5)</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 %4, or &quot;%6&quot; (got %5)</source>
        <translation>«%1» debe estar entre %2 y %3 %4, o ser &quot;%6&quot; (valor indicado: %5)</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3, or &quot;%6&quot; (got %5)</source>
        <translation>«%1» debe estar entre %2 y %3, o ser &quot;%6&quot; (valor indicado: %5)</translation>
    </message>
    <message>
        <source>%1 must be true or false (got %2)</source>
        <translation>«%1» debe ser true o false (valor indicado: %2)</translation>
    </message>
    <message>
        <source>%1 must be %2 (got %3)</source>
        <translation>«%1» debe ser %2 (valor indicado: %3)</translation>
    </message>
    <message>
        <source>%1 must be a time of day like 04:00, from 00:00 to 23:59 (got %2)</source>
        <translation>«%1» debe ser una hora del día como 04:00, de 00:00 a 23:59 (valor indicado: %2)</translation>
    </message>
    <message>
        <source>%1 must be a list of names in square brackets (got %2)</source>
        <translation>«%1» debe ser una lista de nombres entre corchetes (valor indicado: %2)</translation>
    </message>
    <message>
        <source>%1 may only list %2 (got %3)</source>
        <translation>«%1» solo puede contener %2 (valor indicado: %3)</translation>
    </message>
    <message>
        <source>%1 must list at least one of %2</source>
        <translation>«%1» debe contener al menos uno de estos: %2</translation>
    </message>
    <message>
        <source>%1: %2 is not an exercise id (lower-case letters, digits and dashes, like chin-tuck)</source>
        <translation>%1: %2 no es un id de ejercicio (minúsculas, dígitos y guiones, como chin-tuck)</translation>
    </message>
    <message>
        <source>%1: %2 is not a weekday (use %3)</source>
        <translation>%1: %2 no es un día de la semana (usa %3)</translation>
    </message>
    <message>
        <source>%1 must be a table with a list of ranges for each weekday (got %2)</source>
        <translation>«%1» debe ser una tabla con una lista de franjas para cada día de la semana (valor indicado: %2)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 must be a list like [&quot;09:00-12:30&quot;] (got %2)</source>
        <translation>«%1» debe ser una lista como [&quot;09:00-12:30&quot;] (valor indicado: %2)</translation>
    </message>
    <message>
        <source>%1: %2 is not a time range like 09:00-17:30</source>
        <translation>%1: %2 no es una franja horaria como 09:00-17:30</translation>
    </message>
    <message>
        <source>%1: %2 ends before it starts; to work past midnight, end at 24:00 and start the next day at 00:00</source>
        <translation>%1: %2 termina antes de empezar; para trabajar pasada la medianoche, termina a las 24:00 y empieza el día siguiente a las 00:00</translation>
    </message>
    <message>
        <source>%1: %2 and %3 overlap</source>
        <translation>%1: %2 y %3 se solapan</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Horario de trabajo</translation>
    </message>
    <message>
        <source>When breaks may come: for each weekday, the times you work.</source>
        <translation>Cuándo pueden llegar las pausas: para cada día de la semana, las horas en que trabajas.</translation>
    </message>
    <message>
        <source>Micro break interval</source>
        <translation>Intervalo entre micropausas</translation>
    </message>
    <message>
        <source>Minutes of work between micro breaks.</source>
        <translation>Minutos de trabajo entre micropausas.</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>Breaks on the clock</source>
        <translation>Pausas según el reloj</translation>
    </message>
    <message>
        <source>Breaks at set times of the clock (on the hour and half hour, say) instead of after an interval of work; a time too soon after the last break is passed over.</source>
        <translation>Pausas a horas fijas del reloj (en punto y a las y media, por ejemplo) en vez de tras un tiempo de trabajo; si una hora llega muy poco después de la última pausa, se salta.</translation>
    </message>
    <message>
        <source>Long break after micro breaks</source>
        <translation>Pausa larga tras micropausas</translation>
    </message>
    <message>
        <source>Every this many breaks, the break is a long one.</source>
        <translation>Cada cuántas pausas toca una pausa larga.</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>pausas</translation>
    </message>
    <message>
        <source>Long break after minutes of work</source>
        <translation>Pausa larga tras minutos de trabajo</translation>
    </message>
    <message>
        <source>After this much work since the last long break, the break is a long one.</source>
        <translation>Tras este tiempo de trabajo desde la última pausa larga, la siguiente pausa es larga.</translation>
    </message>
    <message>
        <source>Warning before a break</source>
        <translation>Aviso antes de una pausa</translation>
    </message>
    <message>
        <source>How long before a break you are told it is coming (0: no warning).</source>
        <translation>Con cuánta antelación se te avisa de que llega una pausa (0: sin aviso).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>Snooze length</source>
        <translation>Tiempo al posponer</translation>
    </message>
    <message>
        <source>How long a snoozed break waits before it comes back.</source>
        <translation>Cuánto espera una pausa pospuesta antes de volver.</translation>
    </message>
    <message>
        <source>Snoozes per break</source>
        <translation>Aplazamientos por pausa</translation>
    </message>
    <message>
        <source>How many times one break may be snoozed.</source>
        <translation>Cuántas veces se puede posponer una misma pausa.</translation>
    </message>
    <message>
        <source>Skips per day</source>
        <translation>Saltos por día</translation>
    </message>
    <message>
        <source>How many breaks a day may be skipped.</source>
        <translation>Cuántas pausas al día se pueden saltar.</translation>
    </message>
    <message>
        <source>Strict mode</source>
        <translation>Modo estricto</translation>
    </message>
    <message>
        <source>Breaks can be neither snoozed nor skipped.</source>
        <translation>Las pausas no se pueden posponer ni saltar.</translation>
    </message>
    <message>
        <source>Away after</source>
        <translation>Ausente tras</translation>
    </message>
    <message>
        <source>Without keyboard or mouse for this long, you count as away; time away as long as the next break counts as that break.</source>
        <translation>Si pasas este tiempo sin tocar el teclado ni el ratón, cuentas como ausente; una ausencia tan larga como la próxima pausa cuenta como esa pausa.</translation>
    </message>
    <message>
        <source>Longest wait for do-not-disturb</source>
        <translation>Espera máxima por No molestar</translation>
    </message>
    <message>
        <source>A break due while do-not-disturb is on waits at most this long.</source>
        <translation>Una pausa que toca con No molestar activado espera como mucho este tiempo.</translation>
    </message>
    <message>
        <source>During a call</source>
        <translation>Durante una llamada</translation>
    </message>
    <message>
        <source>Wait: while another program uses the microphone or camera, a break due waits until the call ends, at most as long as it waits for do-not-disturb. Off: calls are not noticed.</source>
        <translation>Esperar: mientras otro programa usa el micrófono o la cámara, la pausa que toca espera a que termine la llamada, como mucho lo mismo que espera por No molestar. Desactivado: las llamadas no se tienen en cuenta.</translation>
    </message>
    <message>
        <source>Day starts at</source>
        <translation>El día empieza a las</translation>
    </message>
    <message>
        <source>When a new day begins for daily counts; night work counts for the day before.</source>
        <translation>Cuándo empieza un nuevo día para los recuentos diarios; el trabajo nocturno cuenta para el día anterior.</translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation>Dónde estás</translation>
    </message>
    <message>
        <source>Where you are now: exercises fit the place.</source>
        <translation>Dónde estás ahora: los ejercicios se adaptan al lugar.</translation>
    </message>
    <message>
        <source>Positions at the desk</source>
        <translation>Posiciones en el escritorio</translation>
    </message>
    <message>
        <source>Positions you can take at your desk.</source>
        <translation>Posiciones que puedes adoptar en tu escritorio.</translation>
    </message>
    <message>
        <source>Equipment at the desk</source>
        <translation>Material en el escritorio</translation>
    </message>
    <message>
        <source>What you have at hand at your desk.</source>
        <translation>Lo que tienes a mano en tu escritorio.</translation>
    </message>
    <message>
        <source>Positions at home</source>
        <translation>Posiciones en casa</translation>
    </message>
    <message>
        <source>Positions you can take at home.</source>
        <translation>Posiciones que puedes adoptar en casa.</translation>
    </message>
    <message>
        <source>Equipment at home</source>
        <translation>Material en casa</translation>
    </message>
    <message>
        <source>What you have at hand at home.</source>
        <translation>Lo que tienes a mano en casa.</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Zonas a trabajar</translation>
    </message>
    <message>
        <source>Body regions you want more exercises for (none: a bit of everything).</source>
        <translation>Zonas del cuerpo para las que quieres más ejercicios (ninguna: un poco de todo).</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoritos</translation>
    </message>
    <message>
        <source>Exercises and routines you like; they come more often.</source>
        <translation>Ejercicios y rutinas que te gustan; aparecen más a menudo.</translation>
    </message>
    <message>
        <source>Never show</source>
        <translation>No mostrar nunca</translation>
    </message>
    <message>
        <source>Exercises and routines you never want to see.</source>
        <translation>Ejercicios y rutinas que no quieres ver nunca.</translation>
    </message>
    <message>
        <source>Warning as a notification</source>
        <translation>Aviso como notificación</translation>
    </message>
    <message>
        <source>Show the warning before a break as a desktop notification.</source>
        <translation>Mostrar el aviso previo a una pausa como notificación del escritorio.</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Sonido</translation>
    </message>
    <message>
        <source>Play a soft sound when a break starts and ends.</source>
        <translation>Reproducir un sonido suave al empezar y al terminar una pausa.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>How loud the sound is.</source>
        <translation>Lo fuerte que suena el sonido.</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>por ciento</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Light or dark colours, or as the desktop has them.</source>
        <translation>Colores claros u oscuros, o como los tenga el escritorio.</translation>
    </message>
    <message>
        <source>Reduced motion</source>
        <translation>Movimiento reducido</translation>
    </message>
    <message>
        <source>Show still key poses instead of the animated figure.</source>
        <translation>Mostrar posturas clave fijas en lugar de la figura animada.</translation>
    </message>
    <message>
        <source>Card size</source>
        <translation>Tamaño de la tarjeta</translation>
    </message>
    <message>
        <source>How big the break card is.</source>
        <translation>Lo grande que es la tarjeta de la pausa.</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Iniciar con la sesión</translation>
    </message>
    <message>
        <source>Start backbreak when you log in.</source>
        <translation>Iniciar backbreak al iniciar sesión.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language backbreak speaks: the desktop&apos;s, or one you choose. It changes when backbreak starts again.</source>
        <translation>El idioma en que te habla backbreak: el del escritorio u otro que elijas. Cambia la próxima vez que se inicie backbreak.</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>Objetivo diario</translation>
    </message>
    <message>
        <source>How many breaks a day you aim for.</source>
        <translation>Cuántas pausas al día te propones hacer.</translation>
    </message>
    <message>
        <source>Comfort check-in</source>
        <translation>Pregunta sobre tu espalda</translation>
    </message>
    <message>
        <source>After a break, ask how your back feels.</source>
        <translation>Después de una pausa, preguntar cómo está tu espalda.</translation>
    </message>
    <message>
        <source>There is no setting called %1.</source>
        <translation>No hay ningún ajuste llamado %1.</translation>
    </message>
    <message>
        <source>its config_version is %1, not a version number</source>
        <translation>su config_version es %1, que no es un número de versión</translation>
    </message>
    <message>
        <source>it has none of backbreak&apos;s sections (%1)</source>
        <translation>no tiene ninguna de las secciones de backbreak (%1)</translation>
    </message>
    <message>
        <source>backbreak has no setting called %1 (did you mean %2?); it is ignored.</source>
        <translation>backbreak no tiene ningún ajuste llamado %1 (¿querías decir %2?); se ignora.</translation>
    </message>
    <message>
        <source>backbreak has no setting called %1; it is ignored.</source>
        <translation>backbreak no tiene ningún ajuste llamado %1; se ignora.</translation>
    </message>
    <message numerus="yes">
        <source>it nests tables or arrays more than %n levels deep</source>
        <translation>
            <numerusform>anida tablas o listas a más de %n nivel de profundidad</numerusform>
            <numerusform>anida tablas o listas a más de %n niveles de profundidad</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 must be a section, [%1] (got %2); it is ignored.</source>
        <translation>%1 debe ser una sección, [%1] (valor indicado: %2); se ignora.</translation>
    </message>
    <message>
        <source>using the default, %1, meanwhile</source>
        <translation>mientras tanto se usa el valor predeterminado, %1</translation>
    </message>
    <message>
        <source>the settings file</source>
        <translation>el archivo de ajustes</translation>
    </message>
    <message>
        <source>Some settings in %1 were not used:</source>
        <translation>Algunos ajustes de %1 no se usaron:</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>no es un archivo</translation>
    </message>
    <message>
        <source>it is larger than any settings file (over 1 MiB)</source>
        <translation>es más grande que cualquier archivo de ajustes (más de 1 MiB)</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>no es texto UTF-8</translation>
    </message>
    <message>
        <source>it nests tables or arrays too deeply</source>
        <translation>anida tablas o listas a demasiada profundidad</translation>
    </message>
    <message>
        <source>backbreak could not make sense of it: %1</source>
        <translation>backbreak no pudo entenderlo: %1</translation>
    </message>
    <message>
        <source>Changes are not saved, so as not to overwrite it; remove or rename %1 to save settings with this version.</source>
        <translation>Los cambios no se guardan, para no sobrescribirlo; borra %1 o cámbiale el nombre para guardar los ajustes con esta versión.</translation>
    </message>
    <message>
        <source>It was left as it is, and backbreak is using its default settings; changes will not be saved until the file is removed or renamed.</source>
        <translation>Se dejó tal cual y backbreak usa sus ajustes predeterminados; los cambios no se guardarán hasta que se borre el archivo o se le cambie el nombre.</translation>
    </message>
    <message>
        <source>%1 is not a backbreak settings file (%2).</source>
        <translation>%1 no es un archivo de ajustes de backbreak (%2).</translation>
    </message>
    <message>
        <source>Your settings file %1 could not be opened (%2).</source>
        <translation>No se pudo abrir tu archivo de ajustes %1 (%2).</translation>
    </message>
    <message>
        <source>Your settings file %1 could not be read (%2).</source>
        <translation>No se pudo leer tu archivo de ajustes %1 (%2).</translation>
    </message>
    <message>
        <source>It could not be moved aside (%1), so changes are not saved over it.</source>
        <translation>No se pudo apartar (%1), así que los cambios no se guardan encima de él.</translation>
    </message>
    <message>
        <source>It could not be moved aside (%1), so it was left where it is. backbreak is using its default settings and will not save changes over it.</source>
        <translation>No se pudo apartar (%1), así que se dejó donde está. backbreak usa sus ajustes predeterminados y no guardará cambios encima de él.</translation>
    </message>
    <message>
        <source>It was moved to %1, and backbreak is using its default settings.</source>
        <translation>Se movió a %1, y backbreak usa sus ajustes predeterminados.</translation>
    </message>
    <message>
        <source>backbreak keeps the settings it was using. If you change a setting in backbreak before fixing the file, the file is moved aside first.</source>
        <translation>backbreak mantiene los ajustes que estaba usando. Si cambias algún ajuste en backbreak antes de corregir el archivo, primero se aparta el archivo.</translation>
    </message>
    <message>
        <source>Your settings were not saved: %1 is read-only. The change applies until backbreak quits.</source>
        <translation>Tus ajustes no se guardaron: %1 es de solo lectura. El cambio se aplica hasta que se cierre backbreak.</translation>
    </message>
    <message>
        <source>Your settings were not saved: %1 could not be written (%2). The change applies until backbreak quits.</source>
        <translation>Tus ajustes no se guardaron: no se pudo escribir %1 (%2). El cambio se aplica hasta que se cierre backbreak.</translation>
    </message>
    <message>
        <source>From %1 to %2 %3.</source>
        <translation>De %1 a %2 %3.</translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <translation>De %1 a %2.</translation>
    </message>
    <message>
        <source>As the desktop</source>
        <translation>Como el escritorio</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Esperar</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Pequeña</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <source>At the desk</source>
        <translation>En el escritorio</translation>
    </message>
    <message>
        <source>At home</source>
        <translation>En casa</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaks</source>
        <translation>
            <numerusform>%n descanso</numerusform>
            <numerusform>%n descansos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>A time like 09:00; 24:00 ends the day.</source>
        <translation>Una hora como 09:00; 24:00 termina el día.</translation>
    </message>
    <message>
        <source>%1: from</source>
        <translation>%1: desde</translation>
    </message>
    <message>
        <source>%1: until</source>
        <translation>%1: hasta</translation>
    </message>
    <message>
        <source>until</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Remove this range</source>
        <translation>Quitar esta franja</translation>
    </message>
    <message>
        <source>%1: remove this range</source>
        <translation>%1: quitar esta franja</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Día libre</translation>
    </message>
    <message>
        <source>%1: day off</source>
        <translation>%1: día libre</translation>
    </message>
    <message>
        <source>No breaks on this day.</source>
        <translation>Sin pausas este día.</translation>
    </message>
    <message>
        <source>Add range</source>
        <translation>Añadir franja</translation>
    </message>
    <message>
        <source>%1: add a range</source>
        <translation>%1: añadir una franja</translation>
    </message>
    <message>
        <source>Add another range of working hours on this day.</source>
        <translation>Añadir otra franja de horario de trabajo a este día.</translation>
    </message>
    <message>
        <source>Day to copy</source>
        <translation>Día que copiar</translation>
    </message>
    <message>
        <source>Copy the hours of</source>
        <translation>Copiar el horario de</translation>
    </message>
    <message>
        <source>to all weekdays (Mon–Fri)</source>
        <translation>a los días laborables (lun–vie)</translation>
    </message>
    <message>
        <source>Copy the hours of the chosen day to all weekdays, Monday to Friday</source>
        <translation>Copiar el horario del día elegido a todos los días laborables, de lunes a viernes</translation>
    </message>
    <message>
        <source>Favourites and exercises never shown</source>
        <translation>Favoritos y ejercicios que nunca se muestran</translation>
    </message>
    <message>
        <source>Exercises and routines</source>
        <translation>Ejercicios y rutinas</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>The exercise library could not be loaded, so there is nothing to pick.</source>
        <translation>No se pudo cargar la biblioteca de ejercicios, así que no hay nada que elegir.</translation>
    </message>
    <message>
        <source>never shown</source>
        <translation>nunca se muestra</translation>
    </message>
    <message>
        <source>favourite</source>
        <translation>favorito</translation>
    </message>
    <message>
        <source>backbreak settings</source>
        <translation>Ajustes de backbreak</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Horario</translation>
    </message>
    <message>
        <source>E&amp;xercises</source>
        <translation>&amp;Ejercicios</translation>
    </message>
    <message>
        <source>&amp;Notifications and sound</source>
        <translation>&amp;Notificaciones y sonido</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apariencia</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Hi&amp;storial</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the settings</source>
        <translation>Cerrar los ajustes</translation>
    </message>
    <message>
        <source>Reset settings</source>
        <translation>Restablecer los ajustes</translation>
    </message>
    <message>
        <source>Put every setting back to its default?</source>
        <translation>¿Devolver todos los ajustes a su valor predeterminado?</translation>
    </message>
    <message>
        <source>Your break history is kept. This cannot be undone.</source>
        <translation>Tu historial de pausas se conserva. Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Pausas</translation>
    </message>
    <message>
        <source>A break lasts as long as its stretch: %1 to %2 seconds, or %3 to %4 minutes for a long break.</source>
        <translation>Una pausa dura lo que dura su estiramiento: de %1 a %2 segundos, o de %3 a %4 minutos si es una pausa larga.</translation>
    </message>
    <message>
        <source>Every 30 minutes on the clock</source>
        <translation>Cada 30 minutos, según el reloj</translation>
    </message>
    <message>
        <source>Every 20 minutes on the clock</source>
        <translation>Cada 20 minutos, según el reloj</translation>
    </message>
    <message>
        <source>On the hour</source>
        <translation>A la hora en punto</translation>
    </message>
    <message>
        <source>Snoozing and skipping</source>
        <translation>Posponer y saltar</translation>
    </message>
    <message>
        <source>Away and busy</source>
        <translation>Ausencia y No molestar</translation>
    </message>
    <message>
        <source>Before a break</source>
        <translation>Antes de una pausa</translation>
    </message>
    <message>
        <source>Colours and motion</source>
        <translation>Colores y movimiento</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Abrir la carpeta de datos</translation>
    </message>
    <message>
        <source>The folder with your break history and your own exercises.</source>
        <translation>La carpeta con tu historial de pausas y tus propios ejercicios.</translation>
    </message>
    <message>
        <source>Reset to defaults…</source>
        <translation>Restablecer valores predeterminados…</translation>
    </message>
    <message>
        <source>Reset every setting to its default</source>
        <translation>Restablecer todos los ajustes a su valor predeterminado</translation>
    </message>
    <message>
        <source>Put every setting back as it was when backbreak was installed.</source>
        <translation>Dejar todos los ajustes como estaban al instalar backbreak.</translation>
    </message>
    <message>
        <source>Your settings and data</source>
        <translation>Tus ajustes y datos</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Kept in %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Tu progreso</translation>
    </message>
    <message>
        <source>Start at login could not be changed; see the log.</source>
        <translation>No se pudo cambiar el inicio con la sesión; consulta el archivo de registro.</translation>
    </message>
    <message>
        <source>No program could open the folder. It is %1</source>
        <translation>Ningún programa pudo abrir la carpeta. Está en %1</translation>
    </message>
</context>
<context>
    <name>Stats</name>
    <message numerus="yes">
        <source>Exported %Ln events to %1</source>
        <translation>
            <numerusform>Se exportó %Ln evento a %1</numerusform>
            <numerusform>Se exportaron %Ln eventos a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>No se pudo exportar a %1: %2</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <comment>date without year</comment>
        <translation>d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>short date</comment>
        <translation>d MMM</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln breaks done</source>
        <translation>
            <numerusform>%1: %Ln pausa hecha</numerusform>
            <numerusform>%1: %Ln pausas hechas</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Today: no breaks recorded yet.</source>
        <translation>Hoy: aún no hay pausas registradas.</translation>
    </message>
    <message>
        <source>The daily goal is met.</source>
        <translation>Objetivo diario cumplido.</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Día libre</translation>
    </message>
    <message>
        <source>Goal met</source>
        <translation>Objetivo cumplido</translation>
    </message>
    <message>
        <source>To go: %1</source>
        <translation>Faltan: %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Saltadas: %1</translation>
    </message>
    <message>
        <source>Snoozed: %1</source>
        <translation>Pospuestas: %1</translation>
    </message>
    <message numerus="yes">
        <source>Today: %1 of %Ln breaks done, %2 skipped, %3 snoozed.</source>
        <translation>
            <numerusform>Hoy: %1 de %Ln pausa hecha, %2 saltadas, %3 pospuestas.</numerusform>
            <numerusform>Hoy: %1 de %Ln pausas hechas, %2 saltadas, %3 pospuestas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today is not a working day: %Ln breaks done, %1 skipped, %2 snoozed.</source>
        <translation>
            <numerusform>Hoy no es día laborable: %Ln pausa hecha, %1 saltadas, %2 pospuestas.</numerusform>
            <numerusform>Hoy no es día laborable: %Ln pausas hechas, %1 saltadas, %2 pospuestas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No breaks recorded yet.</source>
        <translation>Aún no hay pausas registradas.</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>pausas</translation>
    </message>
    <message>
        <source>no breaks recorded yet.</source>
        <translation>aún no hay pausas registradas.</translation>
    </message>
    <message>
        <source>no breaks done yet.</source>
        <translation>aún no hay pausas hechas.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>(day off)</source>
        <translation>(día libre)</translation>
    </message>
    <message>
        <source>%1, goal %2 a day: %3.</source>
        <translation>%1, objetivo de %2 al día: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln breaks done, %2 a day on average; %3; the most on %4 (%5).</source>
        <translation>
            <numerusform>%1: %Ln pausa hecha, %2 al día de media; %3; el día con más, %4 (%5).</numerusform>
            <numerusform>%1: %Ln pausas hechas, %2 al día de media; %3; el día con más, %4 (%5).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the goal of %1 met on %2 of %Ln days</source>
        <translation>
            <numerusform>objetivo de %1 cumplido %2 de %Ln día</numerusform>
            <numerusform>objetivo de %1 cumplido %2 de %Ln días</numerusform>
        </translation>
    </message>
    <message>
        <source>goal %1</source>
        <translation>objetivo: %1</translation>
    </message>
    <message>
        <source>No breaks done in these days yet</source>
        <translation>Aún no hay pausas hechas en estos días</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>Últimos 365 días</translation>
    </message>
    <message>
        <source>Last 365 days: no breaks recorded yet.</source>
        <translation>Últimos 365 días: aún no hay pausas registradas.</translation>
    </message>
    <message numerus="yes">
        <source>Last 365 days: breaks done on %Ln days, %1 in all; %2; the most on %3 (%4).</source>
        <translation>
            <numerusform>Últimos 365 días: pausas hechas en %Ln día, %1 en total; %2; el día con más, %3 (%4).</numerusform>
            <numerusform>Últimos 365 días: pausas hechas en %Ln días, %1 en total; %2; el día con más, %3 (%4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the goal met on %Ln days</source>
        <translation>
            <numerusform>objetivo cumplido %Ln día</numerusform>
            <numerusform>objetivo cumplido %Ln días</numerusform>
        </translation>
    </message>
    <message>
        <source>No breaks</source>
        <translation>Sin pausas</translation>
    </message>
    <message>
        <source>Goal of %1 met</source>
        <translation>Objetivo de %1 cumplido</translation>
    </message>
    <message>
        <source>Streaks</source>
        <translation>Rachas</translation>
    </message>
    <message>
        <source>Streaks: none yet.</source>
        <translation>Rachas: ninguna todavía.</translation>
    </message>
    <message>
        <source>No streak yet.</source>
        <translation>Aún no hay ninguna racha.</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Mejor</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>días laborables</translation>
    </message>
    <message numerus="yes">
        <source>A streak counts working days in a row with at least %Ln breaks done.</source>
        <translation>
            <numerusform>Una racha cuenta los días laborables seguidos con al menos %Ln pausa hecha.</numerusform>
            <numerusform>Una racha cuenta los días laborables seguidos con al menos %Ln pausas hechas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Current streak: %Ln working days.</source>
        <translation>
            <numerusform>Racha actual: %Ln día laborable.</numerusform>
            <numerusform>Racha actual: %Ln días laborables.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Best streak: %Ln working days.</source>
        <translation>
            <numerusform>Mejor racha: %Ln día laborable.</numerusform>
            <numerusform>Mejor racha: %Ln días laborables.</numerusform>
        </translation>
    </message>
    <message>
        <source>Body regions, last 7 days</source>
        <translation>Zonas del cuerpo, últimos 7 días</translation>
    </message>
    <message>
        <source>Body regions, last 7 days: no exercises done yet.</source>
        <translation>Zonas del cuerpo, últimos 7 días: aún no hay ejercicios hechos.</translation>
    </message>
    <message>
        <source>Body regions worked in the last 7 days: %1.</source>
        <translation>Zonas del cuerpo trabajadas en los últimos 7 días: %1.</translation>
    </message>
    <message>
        <source>No body region worked in the last 7 days yet.</source>
        <translation>En los últimos 7 días aún no se trabajó ninguna zona del cuerpo.</translation>
    </message>
    <message>
        <source>No exercises done in the last 7 days yet.</source>
        <translation>Aún no hay ejercicios hechos en los últimos 7 días.</translation>
    </message>
    <message>
        <source>Most done exercises, last 7 days</source>
        <translation>Ejercicios más frecuentes, últimos 7 días</translation>
    </message>
    <message>
        <source>Most done exercises in the last 7 days: %1.</source>
        <translation>Ejercicios más frecuentes en los últimos 7 días: %1.</translation>
    </message>
    <message>
        <source>Not worked yet: %1.</source>
        <translation>Sin trabajar todavía: %1.</translation>
    </message>
    <message>
        <source>Comfort and breaks, last 30 days</source>
        <translation>Bienestar y pausas, últimos 30 días</translation>
    </message>
    <message>
        <source>No comfort ratings in the last 30 days.
When you rate how your back feels (0 to 10), it shows here as a line.</source>
        <translation>No hay valoraciones de bienestar en los últimos 30 días.
Cuando valores cómo está tu espalda (de 0 a 10), aparecerá aquí como una línea.</translation>
    </message>
    <message numerus="yes">
        <source>Comfort, last 30 days: no ratings yet; %Ln breaks done.</source>
        <translation>
            <numerusform>Bienestar, últimos 30 días: aún no hay valoraciones; %Ln pausa hecha.</numerusform>
            <numerusform>Bienestar, últimos 30 días: aún no hay valoraciones; %Ln pausas hechas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comfort, last 30 days: %1, %2 out of 10 on average, latest %3 on %4; %Ln breaks done.</source>
        <translation>
            <numerusform>Bienestar, últimos 30 días: %1, %2 de 10 de media, la última %3 el %4; %Ln pausa hecha.</numerusform>
            <numerusform>Bienestar, últimos 30 días: %1, %2 de 10 de media, la última %3 el %4; %Ln pausas hechas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rated on %Ln days</source>
        <translation>
            <numerusform>valoraciones en %Ln día</numerusform>
            <numerusform>valoraciones en %Ln días</numerusform>
        </translation>
    </message>
    <message>
        <source>Breaks done (0-%1)</source>
        <translation>Pausas hechas (0-%1)</translation>
    </message>
    <message>
        <source>comfort %1 out of 10</source>
        <translation>bienestar %1 de 10</translation>
    </message>
    <message>
        <source>Comfort (0-10)</source>
        <translation>Bienestar (0-10)</translation>
    </message>
    <message>
        <source>backbreak statistics</source>
        <translation>Estadísticas de backbreak</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>No breaks recorded yet. These charts fill in as you take your breaks.</source>
        <translation>Aún no hay pausas registradas. Estos gráficos se irán llenando a medida que hagas tus pausas.</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Resultado de la exportación</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export the history as a CSV file</source>
        <translation>Exportar el historial como archivo CSV</translation>
    </message>
    <message>
        <source>Export the history as CSV</source>
        <translation>Exportar el historial como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>tomorrow at %1</source>
        <translation>mañana a las %1</translation>
    </message>
    <message>
        <source>Stretch break in progress</source>
        <translation>Pausa de estiramientos en curso</translation>
    </message>
    <message>
        <source>A stretch break is waiting for you</source>
        <translation>Una pausa de estiramientos te espera</translation>
    </message>
    <message>
        <source>In a call: the break waits</source>
        <translation>En una llamada: la pausa espera</translation>
    </message>
    <message>
        <source>A stretch break waits until you leave full screen</source>
        <translation>Una pausa de estiramientos espera a que salgas de pantalla completa</translation>
    </message>
    <message>
        <source>A stretch break waits until do-not-disturb is off</source>
        <translation>Una pausa de estiramientos espera a que se desactive No molestar</translation>
    </message>
    <message>
        <source>A stretch break waits until do-not-disturb or full screen ends</source>
        <translation>Una pausa de estiramientos espera a que termine No molestar o la pantalla completa</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Pausa pospuesta hasta %1</translation>
    </message>
    <message>
        <source>Paused until you resume</source>
        <translation>Pausas suspendidas hasta que las reanudes</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>Pausas suspendidas hasta %1</translation>
    </message>
    <message>
        <source>Outside working hours</source>
        <translation>Fuera del horario de trabajo</translation>
    </message>
    <message>
        <source>Outside working hours; next stretch %1</source>
        <translation>Fuera del horario de trabajo; próximo estiramiento: %1</translation>
    </message>
    <message>
        <source>No break planned</source>
        <translation>No hay ninguna pausa prevista</translation>
    </message>
    <message>
        <source>Next stretch in less than a minute</source>
        <translation>Próximo estiramiento en menos de un minuto</translation>
    </message>
    <message numerus="yes">
        <source>Next stretch in %n min</source>
        <translation>
            <numerusform>Próximo estiramiento en %n min</numerusform>
            <numerusform>Próximo estiramiento en %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Breaks done today: %n</source>
        <translation>
            <numerusform>Pausas hechas hoy: %n</numerusform>
            <numerusform>Pausas hechas hoy: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusWindow</name>
    <message>
        <source>backbreak status</source>
        <translation>Estado de backbreak</translation>
    </message>
    <message>
        <source>backbreak icon</source>
        <translation>Icono de backbreak</translation>
    </message>
    <message>
        <source>Next break</source>
        <translation>Próxima pausa</translation>
    </message>
    <message>
        <source>Breaks today</source>
        <translation>Pausas de hoy</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Suspender</translation>
    </message>
    <message>
        <source>Pause breaks</source>
        <translation>Suspender las pausas</translation>
    </message>
    <message>
        <source>Break warning</source>
        <translation>Aviso de pausa</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>una tabla</translation>
    </message>
    <message>
        <source>a value of type %1</source>
        <translation>un valor de tipo %1</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>backbreak is running</source>
        <translation>backbreak está en marcha</translation>
    </message>
    <message>
        <source>It lives in the system tray: click its icon to see when the next stretch comes, or right-click it for the menu.</source>
        <translation>Está en la bandeja del sistema: haz clic en su icono para ver cuándo llega el próximo estiramiento, o haz clic derecho para abrir el menú.</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so backbreak shows a small status window (closing it keeps backbreak running).</source>
        <translation>Este escritorio no tiene bandeja del sistema, así que backbreak muestra una pequeña ventana de estado (si la cierras, backbreak sigue en marcha).</translation>
    </message>
    <message>
        <source>To set your working hours and how often breaks come, open Settings from its menu, or run: backbreak settings</source>
        <translation>Para ajustar tu horario de trabajo y cada cuánto llegan las pausas, abre Ajustes desde su menú, o ejecuta: backbreak settings</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>The break history file {path} was not a database backbreak can read. It was moved to {aside} (nothing was deleted) and a new history was started.</source>
        <translation>El archivo del historial de pausas {path} no era una base de datos que backbreak pueda leer. Se movió a {aside} (no se borró nada) y se empezó un historial nuevo.</translation>
    </message>
    <message>
        <source>The break history file {path} was damaged. It was moved to {aside} (nothing was deleted) and a new history was started.</source>
        <translation>El archivo del historial de pausas {path} estaba dañado. Se movió a {aside} (no se borró nada) y se empezó un historial nuevo.</translation>
    </message>
    <message>
        <source>The file {path} was not a backbreak break history. It was moved to {aside} (nothing was deleted) and a new history was started.</source>
        <translation>El archivo {path} no era un historial de pausas de backbreak. Se movió a {aside} (no se borró nada) y se empezó un historial nuevo.</translation>
    </message>
    <message>
        <source>The break history file {path} was written by a newer version of backbreak and this version cannot use it. It was moved to {aside} (nothing was deleted) and a new history was started; put it back with the newer version to see it again.</source>
        <translation>El archivo del historial de pausas {path} lo escribió una versión más reciente de backbreak y esta versión no puede usarlo. Se movió a {aside} (no se borró nada) y se empezó un historial nuevo; vuelve a ponerlo en su sitio con la versión más reciente para verlo otra vez.</translation>
    </message>
    <message>
        <source>Your breaks cannot be saved right now: {path} or its folder cannot be written (read-only?). They are kept in memory and will be saved as soon as it can be written again.</source>
        <translation>Ahora mismo no se pueden guardar tus pausas: no se puede escribir en {path} o en su carpeta (¿solo lectura?). Se conservan en memoria y se guardarán en cuanto se pueda escribir de nuevo.</translation>
    </message>
    <message>
        <source>Your breaks cannot be saved right now: the disk holding {path} is full. They are kept in memory and will be saved as soon as there is space again.</source>
        <translation>Ahora mismo no se pueden guardar tus pausas: el disco donde está {path} está lleno. Se conservan en memoria y se guardarán en cuanto vuelva a haber espacio.</translation>
    </message>
    <message>
        <source>Your breaks cannot be saved right now ({error}). They are kept in memory and will be saved to {path} as soon as possible.</source>
        <translation>Ahora mismo no se pueden guardar tus pausas ({error}). Se conservan en memoria y se guardarán en {path} lo antes posible.</translation>
    </message>
    <message>
        <source>The break history {path} cannot be read: {error}</source>
        <translation>No se puede leer el historial de pausas {path}: {error}</translation>
    </message>
    <message>
        <source>{path} is not a break history this version of backbreak can read; the app moves it aside when it next starts.</source>
        <translation>{path} no es un historial de pausas que esta versión de backbreak pueda leer; la app lo apartará la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>The breaks that could not be saved when backbreak last quit are now in {path}.</source>
        <translation>Las pausas que no se pudieron guardar la última vez que se cerró backbreak están ahora en {path}.</translation>
    </message>
    <message>
        <source>Your breaks are being saved again; the {count} entries kept in memory meanwhile are now in {path}.</source>
        <translation>Tus pausas vuelven a guardarse; las {count} entradas conservadas en memoria mientras tanto están ahora en {path}.</translation>
    </message>
    <message>
        <source>the log file</source>
        <translation>el archivo de registro</translation>
    </message>
    <message>
        <source>{count} break entries could not be saved: {path} refuses them ({error}). They were set aside in {where}; backbreak goes on saving the others.</source>
        <translation>No se pudieron guardar {count} entradas de pausas: {path} las rechaza ({error}). Se apartaron en {where}; backbreak sigue guardando las demás.</translation>
    </message>
</context>
</TS>
