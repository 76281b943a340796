# Spanish messages of the interactive area (take and session). The ids, variables and
# comments on where each message is used are in locales/en/interactive.ftl.
#
# Made by the powerbalance developers with machine assistance from the English, message by
# message; not yet reviewed by a native speaker. Register and terms as in
# questionnaires/*.es.toml: "tú", international neutral Spanish; "tu pareja"; where the
# English says "you" to both people, "cada persona" / "ambas personas" (no vosotros/ustedes);
# the therapist is "quien lleva la terapia"; no adjective or participle agrees with a person
# ("a solas", "se detuvo"); "{a} y {b}" is never written before a name ("y" would become "e").
# Keys stay the letters the code reads: s, b, v, f, j, q.
# A native speaker should check first: the private part (session-alone-*, session-private-*,
# session-intro-part2) for exactly the English promises, and "Pulsa" (Spain) versus
# "Presiona" (Latin America).

## Answers in words

review-answer-masked = respondida
review-answer-not-answered = sin responder
review-answer-skipped = omitida
review-answer-label = { $label } ({ $value })

## The terminal's item screen

screen-item-your-answer = (tu respuesta)
screen-item-skip = Prefiero no responder
screen-item-skip-skipped-before = Prefiero no responder  (omitida antes)
screen-item-back = Volver a la pregunta anterior
screen-item-quick-exit = Salida rápida: guarda, borra la pantalla y sale
screen-item-help = Escribe el número de tu respuesta, o usa ↑ ↓ y Enter.
screen-keys-answer = dígito/↑↓ Enter
screen-keys-skip = s omitir
screen-keys-skip-skipped = s omitir (omitida)
screen-keys-back = b atrás
screen-keys-quick-exit = { $key } salida rápida

## The terminal's text screens

screen-press-enter-continue = Pulsa Enter para continuar.  ({ $key }: salida rápida)
screen-press-enter-more = Pulsa Enter para ver más.  ({ $key }: salida rápida)

## The terminal's review

review-heading = Revisa tus respuestas: elige una para cambiarla, o termina
review-finish = Terminar: estas son mis respuestas
review-keys = ↑↓ Enter · { $key } salida rápida
review-keys-show-private = ↑↓ Enter · v mostrar las respuestas privadas · { $key } salida rápida
review-keys-hide-private = ↑↓ Enter · v ocultar las respuestas privadas · { $key } salida rápida

## The name prompt

screen-name-empty = escribe un nombre, o una etiqueta como A
plain-name-empty = Escribe un nombre, o una etiqueta como A.

## Plain mode

plain-press-enter = Pulsa Enter para continuar.
plain-item-skip = prefiero no responder
plain-item-back = volver a la pregunta anterior
plain-item-quick-exit = salida rápida (guarda y sale)
plain-item-before = Tu respuesta anterior: { $answer }. Pulsa Enter para mantenerla.
plain-item-answer-prompt = Respuesta:
plain-item-retry = Escribe un número del { $min } al { $max }, o s para omitir.
plain-item-retry-back = Escribe un número del { $min } al { $max }, s para omitir, o b para volver atrás.
plain-review-heading = Tus respuestas:
plain-review-prompt = Escribe f para terminar, o el número de una pregunta para cambiarla:
plain-review-prompt-private = Escribe f para terminar, o el número de una pregunta para cambiarla (v muestra las respuestas privadas):
plain-review-no-such = No hay ninguna pregunta { $number }.
plain-choose-prompt = Escribe una de las letras de arriba:

## Ctrl-C and where the answers are

interrupt-nothing-yet = Se detuvo antes de la primera respuesta; no se ha guardado nada.
interrupt-stopped-yours =
    Se detuvo. Tus respuestas hasta ahora están guardadas en { $place }.
    Para seguir donde lo dejaste:
interrupt-stopped-session =
    Se detuvo. Las respuestas hasta ahora están guardadas en { $place }.
    Para seguir donde se dejó:
interrupt-stopped-no-save = Se detuvo. No se ha guardado nada (--no-save).

## Openings

answering-intro-not-diagnosis = Las respuestas describen cómo funciona la influencia en la pareja. Son un punto de partida para una conversación, no un diagnóstico.
answering-intro-controls = Puedes omitir cualquier pregunta que prefieras no responder (s), volver atrás (b) y revisar todas tus respuestas antes de terminar. La tecla q sale al instante: guarda lo que has respondido y borra la pantalla.
answering-saving-in = Cada respuesta se guarda en cuanto la das, en { $place }. Solo esta cuenta de usuario del equipo puede abrirlo, así que cualquier persona que pueda usar esta cuenta, o que administre el equipo, podría leerlo.
answering-saving-none = No se escribe nada en el disco (--no-save): si te detienes antes del final, las respuestas se pierden.
answering-no-translation = El cuestionario { $questionnaire } no tiene traducción ({ $lang }): sus preguntas se muestran en su idioma original.

## Errors while answering

answering-error-saving = al guardar las respuestas en `{ $path }`
answering-error-context = al responder el cuestionario
answering-error-two-names = hacen falta dos nombres distintos y no vacíos: { $reason }

## take

take-name-yours = Tu nombre (o una etiqueta como A)
take-name-partner = El nombre de la otra persona
take-name-partner-again = Ese es tu propio nombre. El nombre de la otra persona (no «{ $respondent }»)
take-intro-who = { $respondent }, hay { $questions ->
        [one] { $questions } pregunta
       *[other] { $questions } preguntas
    } sobre ti y sobre { $partner }; en total se tarda alrededor de { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }. Al final, tu informe se muestra en esta pantalla.
take-intro-private = Algunas preguntas son privadas, sobre tu seguridad: aparecen en tu propio informe y nunca en un informe conjunto de ambas personas. Si responderlas no es seguro donde estás, omítelas.
take-file-unsaved = tus respuestas
take-end-saved = Tus respuestas están guardadas en { $place }.
take-end-not-saved = Tus respuestas no se han guardado (--no-save).
take-error-answers-array = `take --answers` recibe las respuestas de una sola persona, no una lista
take-error-missing-answers = { $missing } de { $total ->
        [one] { $total } pregunta
       *[other] las { $total } preguntas
    } { $missing ->
        [one] no tiene
       *[other] no tienen
    } respuesta (null o ausente), y --no-input no pregunta nada; complétalas, respóndelas en la terminal con `take --answers FILE`, o puntúa las respuestas tal como están con `powerbalance score FILE`
take-error-no-terminal = `take` hace sus preguntas en una terminal, y stdin y stderr no son ambos terminales (o se indicó --no-input). Sin terminal: rellena `powerbalance template` y ejecuta `powerbalance score FILE`, o da todas las respuestas con `take --answers FILE --no-input`, o responde línea a línea con `take --plain`.
take-error-names-needed = indica --respondent y --partner, o un archivo de respuestas que los nombre
take-error-save-exists = `{ $path }` ya existe; para continuar con él usa `--resume { $path }`, o añade --force para empezar de nuevo en él

## session: names, turns and files

session-name-first = El nombre de la primera persona
session-name-second = El nombre de la segunda persona
session-turn-together = Turno de { $me }, en conjunto ({ $other }, por favor, no mires la pantalla)
session-turn-alone = Turno de { $me }, a solas: parte privada
session-file-answers = respuestas de { $person }

## session: the opening

session-intro-part1 = Parte 1, en conjunto: primero { $first }, luego { $second }; cada persona responde { $questions ->
        [one] { $questions } pregunta
       *[other] { $questions } preguntas
    } (alrededor de { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    } por persona) mientras la otra no mira la pantalla. El informe conjunto, que quien lleva la terapia puede mostrar a ambas personas, sale de estas respuestas.
session-intro-private-plain = Hay además { $count ->
        [one] { $count } pregunta privada
       *[other] { $count } preguntas privadas
    } sobre seguridad. Este modo simple no puede borrar la pantalla, así que esa parte no se hace aquí: al final se indica cómo puede responderla cada persona más tarde, a solas.
session-intro-part2 = Parte 2, a solas: cada persona responde { $count ->
        [one] { $count } pregunta privada
       *[other] { $count } preguntas privadas
    } sobre seguridad, con la otra persona fuera de la sala. Estas preguntas no forman parte del informe conjunto, y esta herramienta nunca muestra las respuestas privadas de una persona a la otra: cada persona ve sus propios resultados al final de su parte, y quien lleva la terapia ve las de ambas personas en un informe clínico aparte. Si responder no es seguro, omite la pregunta.
session-intro-controls = Omite cualquier pregunta que prefieras no responder (s), vuelve atrás (b) y revisa tus respuestas antes de terminar. La tecla q sale al instante: guarda lo respondido y borra la pantalla.

## session: the hand-off before part 1

session-together-title = Parte 1, en conjunto: turno de { $me }.
session-together-plain-warning = Este modo simple no puede borrar la pantalla: las respuestas de { $other } siguen en ella, más arriba, y se puede volver a verlas desplazándose hacia arriba. Si { $me } no debe verlas, borra el historial de esta ventana o aparta la pantalla antes de seguir.
session-together-cleared = La pantalla y su historial se han borrado.
session-together-keyboard-plain = { $me }, toma el teclado, por favor. { $other }, por favor, no mires la pantalla hasta que { $me } termine.
session-together-keyboard = { $me }, toma el teclado, por favor. { $other }, por favor, no mires la pantalla hasta que { $me } termine; la pantalla y su historial se borran antes del turno de cualquier otra persona.
session-together-about = { $me }, las preguntas son sobre ti y sobre { $other }.

## session: part 2, alone

session-alone-handoff =
    Parte 2, a solas: turno de { $me }.

    { $other }, por favor, sal de la sala ahora; más tarde se te pedirá que vuelvas a entrar.

    { $me }: pulsa Enter solo cuando { $other } haya salido de la sala.
session-alone-next = { $me }, { $count ->
        [one] la siguiente pregunta es
       *[other] las siguientes { $count } preguntas son
    } sobre tu propia seguridad.
session-alone-next-at-most = { $me }, lo que sigue { $count ->
        [one] es, como mucho, { $count } pregunta
       *[other] son, como mucho, { $count } preguntas
    } sobre tu propia seguridad.
session-alone-none = { $me }, no te quedan preguntas en esta parte. A continuación puedes revisar tus respuestas y después verás tus propios resultados.
session-alone-not-shown = Esta herramienta no muestra tus respuestas a { $other }: no están en el informe conjunto. Tú ves tus resultados al final de esta parte, y quien lleva la terapia las ve en el informe clínico.
session-alone-skip = Omite cualquier pregunta que prefieras no responder, o que no sea seguro responder ahora; q sale al instante.

## session: the person's own private results

session-private-heading = { $me }, tus resultados privados
session-private-none = Ninguna de las reglas privadas de seguridad se activó con tus respuestas. Si aun así algo te preocupa, la ayuda de abajo también es para ti.
session-private-prompt = Para que lo pienses a solas: { $prompt }
session-private-resources = Si necesitas apoyo
session-private-wiped = Esta pantalla se borra cuando pulses Enter. Quien lleva la terapia ve estas respuestas en el informe clínico; esta herramienta no se las muestra a { $other }.

## session: after part 2

session-after-alone-first =
    Gracias, { $me }. La pantalla se ha borrado.

    Pide a { $other } que entre, por favor, y sal tú de la sala mientras { $other } hace su parte.
session-after-alone-second =
    Gracias, { $me }. La pantalla se ha borrado.

    Quien lleva la terapia ya puede pedir a { $other } que vuelva a entrar.

## session: the gate

session-gate-finished = Ambas personas han terminado.
session-gate-plain-warning = Este modo simple no puede borrar la pantalla: las respuestas de arriba siguen en ella y se puede volver a verlas desplazándose hacia arriba.
session-gate-saved = Las respuestas, el informe conjunto y el informe clínico están guardados en { $dir }.
session-gate-not-saved = No se ha guardado nada (--no-save).
session-gate-plain-private =
    Las preguntas privadas sobre seguridad no se han hecho en esta pantalla compartida, que no se puede borrar. Cada persona las responde más tarde, a solas, en una pantalla que nadie más pueda ver, en su propio archivo de respuestas:
    {"  "}{ $first }: powerbalance take --resume { $first_file }
    {"  "}{ $second }: powerbalance take --resume { $second_file }
    (añade --plain para un lector de pantalla). Después, quien lleva la terapia vuelve a generar el informe clínico con
      powerbalance score --clinician { $first_file } { $second_file }
session-gate-therapist = Para quien lleva la terapia: muestra el informe conjunto en esta pantalla, donde ambas personas pueden verlo, o termina sin mostrarlo. El informe clínico nunca se muestra aquí.
session-gate-show = Mostrar el informe conjunto en esta pantalla
session-gate-finish = Terminar sin mostrarlo

## session: the end and its errors

session-end-saved = Sesión terminada. Las respuestas y los informes están guardados en { $dir }.
session-end-not-saved = Sesión terminada. Las respuestas no se han guardado (--no-save).
session-error-no-terminal = `session` hace sus preguntas en una terminal, y stdin y stderr no son ambos terminales (o se indicó --no-input). Sin terminal: cada persona rellena `powerbalance template` y luego `powerbalance score A.json B.json` da el informe conjunto; o se responde línea a línea con `session --plain`.
session-error-no-save-private = `session --no-save` perdería el informe clínico, el único lugar donde las respuestas privadas de `{ $questionnaire }` llegan a quien lleva la terapia; indica --save-dir DIR (y borra la carpeta cuando ya no haga falta), o un cuestionario sin preguntas privadas
session-error-wrong-people = `{ $file }` contiene las respuestas de { $respondent } sobre { $partner }, no las de { $me } sobre { $other }; usa otro --save-dir

## The data folder

save-error-no-data-dir = al buscar tu carpeta de datos (¿está definida HOME?); indica --save FILE en su lugar
save-error-checking = al comprobar `{ $dir }`
save-error-not-a-folder = `{ $dir }` no es una carpeta normal (es un enlace o un archivo); powerbalance guarda las respuestas solo en una carpeta propia. Bórralo, o indica --save FILE
save-error-other-user = `{ $dir }` pertenece a otra cuenta de usuario; powerbalance no guardará tus respuestas ahí. Indica --save FILE, o define XDG_DATA_HOME con una carpeta tuya
save-error-making-private = al hacer privada la carpeta `{ $dir }`
save-error-creating = al crear `{ $path }`
save-error-no-free-file = no hay ningún nombre de archivo libre en `{ $dir }`
save-error-no-free-folder = no hay ningún nombre de carpeta libre en `{ $dir }`
