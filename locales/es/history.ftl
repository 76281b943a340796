# `history`'s words (src/history/, src/commands/history.rs): its table, Markdown and HTML in
# the report language, its errors in the interface language. JSON keeps the English notes
# (this file's English messages), whatever the language.

## history: the page (src/history/render.rs, src/history/html.rs)

history-title = { $title }: cambios a lo largo del tiempo
history-subtitle = Cuestionario { $id } { $versions } · { $first } y { $second } · { $count ->
        [one] { $count } sesión
       *[other] { $count } sesiones
    }
history-sitting-one = { $when }: respondió { $name } ({ $id } { $version })
history-sitting-two = { $when }: respondieron { $first } y { $second } ({ $id } { $version })
history-column-measure = Medida
history-column-since-first = Desde la primera
history-column-person = Persona
history-heading-reliable = Cambio fiable

## history: reliable change (src/history/render.rs: fn reliability_lines)

history-reliable-mark = F
history-reliable-intro = Entre paréntesis: el cambio respecto a la sesión anterior. { $mark } marca un cambio fiable: uno mayor de lo que el error de medida por sí solo produciría 95 veces de cada 100 (Jacobson y Truax, 1991), juzgado según las normas de la dimensión.
history-norms = DE { $sd }, fiabilidad { $reliability }
history-norms-with-n = DE { $sd }, fiabilidad { $reliability }, n { $n }
history-reliable-dimension = { $name }: un cambio de { $change } puntos o más es fiable ({ $norms }).
history-reliable-note = { $name }: { $note }
history-reliable-change = Un cambio de { $change } puntos o más es fiable.

## history: the charts (src/history/html.rs: fn chart)

history-chart-label = { $measure } de { $first } y { $second } en cada sesión
history-chart-point = { $name }: { $score } en la sesión { $sitting }

## history: notes (src/history/mod.rs and src/commands/history.rs)

history-no-norms = El cuestionario no da normas para esta dimensión, así que no se puede juzgar si un cambio es fiable.
history-no-norms-of-their-own = Los grupos y los índices no tienen normas propias, así que no se puede juzgar si su cambio es fiable.
history-norms-differ = Las versiones del cuestionario dan normas distintas para esta dimensión, así que no se puede juzgar si un cambio es fiable.
history-not-scored = Un guion es una puntuación que no se pudo calcular en esa sesión: se respondieron muy pocas de sus preguntas (o, en un grupo o un índice, no se pudo puntuar ninguna de sus dimensiones), así que tampoco hay un cambio hacia ella ni desde ella.
history-note-private = Algunas preguntas son privadas para cada persona y no forman parte de un historial de dos personas. Cada persona puede ver el suyo dando a `history` solo sus propias respuestas.
history-note-versions = Las sesiones usaron las versiones { $versions } de `{ $id }`, así que se comparan solo en las dimensiones que tienen todas las versiones.
history-note-versions-left-out = Se dejan fuera: { $dimensions }.
history-dimension-only-in = { $name } (solo { $versions })
history-note-not-compared = No se comparan, porque las versiones los forman con dimensiones distintas: { $measures }.
history-note-one-answered = Solo respondió { $name }, así que las puntuaciones de { $other } son solo la visión que { $name } tiene de { $other }.
history-note-other-questionnaire = Se dejan fuera, porque son respuestas a otro cuestionario: { $files }.
history-note-unfinished = Se dejan fuera, porque no están terminadas (sin hora `completed`): { $files }.

## history: what stops it (src/commands/history.rs; stderr, after the file or folder named)

history-error-nothing-found = { $why }; indica archivos de respuestas guardados (como los guardan `take` y `session`) o carpetas que los contengan
history-why-other-person = ninguna de las respuestas encontradas ahí la dio solo { $name }
history-why-other-couple = ninguna de las respuestas encontradas ahí es de { $names } sobre la otra persona de la pareja
history-why-other-questionnaires = solo se encontraron ahí respuestas a cuestionarios distintos del de -q
history-why-unfinished = solo se encontraron ahí respuestas sin terminar (sin hora `completed`)
history-why-no-files = no se encontró ahí ningún archivo de respuestas
history-error-q-mismatch = -q indicó `{ $given }`, pero las respuestas son de `{ $id }`; indica en `-q` el cuestionario con el que se respondieron
history-error-one-sitting = history compara dos sesiones o más, pero estas respuestas son de una sola sesión ({ $files }); indica también las respuestas de otras sesiones
history-error-mixed-versions = estas respuestas son de la versión { $version } de `{ $id }`, pero `{ $other }`, de la misma sesión, es de la { $other_version }; las dos respuestas de una sesión deben ser de una misma versión
history-error-no-folder = no se encontraron sesiones guardadas de { $names }: esta carpeta no existe; `history --people` lee las carpetas donde guardan `take` y `session`, así que indica los archivos o carpetas de respuestas guardadas en otro lugar
history-error-reading = al leer `{ $path }`
history-error-reading-folder = al leer la carpeta `{ $path }`
history-error-reading-scores = al volver a leer las puntuaciones y sesiones del historial de los archivos temporales donde se guardaron
history-error-writing-scores = al guardar las puntuaciones y sesiones del historial en archivos temporales (puede que su carpeta esté llena: TMPDIR indica otra)
history-error-keeping-files = al guardar la lista de archivos de respuestas encontrados en un archivo temporal, o al volver a leerla (puede que su carpeta esté llena: TMPDIR indica otra)
history-error-too-many-files = más de { $max } archivos de respuestas en `{ $path }`; indica la carpeta de una sola pareja o de una sola persona
history-error-versions-differ = los dos objetos de respuestas indican versiones distintas ({ $first } y { $second }); ponlos en dos archivos
history-version-none = ninguna
history-error-not-finished = estas respuestas no tienen hora `completed` (RFC 3339, como "2026-11-22T06:20:00Z"); un historial necesita respuestas terminadas: termínalas con `take --resume`, o añade la hora
history-error-changed = este archivo cambió mientras se hacía el historial (ya no es el archivo que era al encontrarlo o al leerlo por primera vez); vuelve a ejecutar `history` cuando nada esté escribiendo en él
history-error-other-questionnaire = estas respuestas son del cuestionario `{ $id }`, pero `{ $file }` es de `{ $other }`; un historial reúne las sesiones de un solo cuestionario (en una carpeta, `-q` elige uno)
history-questionnaire-none = (ninguno indicado)
history-error-other-people = estas son respuestas de { $respondent } sobre { $partner }, pero `{ $file }` contiene respuestas de { $other_respondent } sobre { $other_partner }; un historial reúne las sesiones de las mismas dos personas
history-error-no-questionnaire = las respuestas no tienen el campo `questionnaire`; añádelo, o usa `-q NAME|PATH`
history-error-not-bundled = estas respuestas son de `{ $id }`, que no viene incluido; { $hint }
history-error-not-bundled-version = estas respuestas son de `{ $id }` { $version }, que no viene incluido; { $hint }
history-hint-pass-q = usa `-q PATH` con el archivo de ese cuestionario (una vez por cada versión que usen las respuestas)
history-hint-add-q = -q indicó `{ $id }` solo en { $versions }; añade `-q PATH` para esta versión
