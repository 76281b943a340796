# Las palabras de los informes (tabla, Markdown, HTML), de `history` y de `stats`, en español.
# The same ids and variables as locales/en/report.ftl (see its comments for where each is used).
#
# Made by the powerbalance developers with machine assistance from the English, checked message
# by message; not yet reviewed by a native speaker. Register and terms as in
# questionnaires/*.es.toml: "tú" to one person; where English says "you" to both, "cada
# persona", "ambas partes" or the first person plural; the partner is "tu pareja" / "su pareja";
# no adjective or participle agrees with a person (the genders are unknown). Kinds of power:
# "bases de poder", "duras"/"suaves"; markers: "señales de equilibrio"; "say": "peso al decidir".
# Names are joined with "y"; a reviewer should check pairs whose second name starts with an
# "i" sound (Spanish writes "e" there), which the code cannot know.

## Every report

report-not-a-diagnosis = Estas puntuaciones describen cómo se dieron las respuestas. Son un punto de partida para una conversación, no un diagnóstico ni un juicio sobre nadie.

## Header

report-title-clinician = Informe clínico · { $title }
report-subtitle = Cuestionario { $id } { $version } · { $first } y { $second }
report-header-finished = { " " }(terminó el { $when })
report-header-answered-one = Respondió solo { $name }{ $finished }; { $other } no respondió.
report-header-answered-two = Respondieron { $first }{ $first_finished } y { $second }{ $second_finished }.
report-answered-in = Idioma de las respuestas: { $people }
report-answered-in-person = { $name }: { $language }
report-answered-in-person-own = { $name }: { $language } ({ $own })
report-language-name = { $lang ->
        [es] español
        [fr] francés
        [de] alemán
        [pt-BR] portugués de Brasil
       *[en] inglés
    }

## Dates and times

report-month = { $month ->
        [1] ene
        [2] feb
        [3] mar
        [4] abr
        [5] may
        [6] jun
        [7] jul
        [8] ago
        [9] sept
        [10] oct
        [11] nov
       *[12] dic
    }
report-date = { $day } { $month } { $year }
report-date-time = { $date }, { $time } { $zone }

## What the report says first

report-clinician-intro = Informe clínico: solo para quien lleva la terapia. Contiene las respuestas privadas de ambas personas sobre su seguridad; ninguna de las dos ha visto las de la otra. No lo muestres en la pantalla compartida ni lo uses en las sesiones conjuntas.

report-heading-next-step = Próximo paso
report-heading-notes = Notas
report-heading-support = Si necesitas apoyo

## Scores

-report-middle = Una puntuación de 0 significa la respuesta más baja en todas las preguntas, 100 la más alta, y 50 respuestas en el punto medio como promedio (por ejemplo, «Ni de acuerdo ni en desacuerdo» o «A veces»).

report-column-difference = Diferencia
report-column-area = Área

report-bases-heading = Bases de poder
report-bases-column = Base
report-bases-intro-one = Cuánta influencia de cada tipo tiene cada persona, de 0 a 100, según lo ve { $name }. { -report-middle } Cierta diferencia es normal; lo que importa es que la influencia vaya en ambos sentidos.
report-bases-intro-two = Cuánta influencia de cada tipo tiene cada persona, de 0 a 100, combinando cómo se ve cada persona a sí misma y cómo la ve la otra. { -report-middle } Cierta diferencia es normal; lo que importa es que la influencia vaya en ambos sentidos.

report-overall-heading = El poder en conjunto
report-overall-column = Índice
report-overall-group = { $group }: { $members }.
report-overall-intro = El índice de poder es la media ponderada de todas las bases.
report-power-index = Índice de poder
report-balance-index = Índice de equilibrio
report-group-name = { $group ->
        [harsh] Bases duras
        [soft] Bases suaves
       *[other] Bases: { $name }
    }
report-and-list = { $init } y { $last }

report-markers-heading = Señales de equilibrio
report-markers-column = Señal
report-markers-intro = En qué medida muestra cada persona las señales de una relación equilibrada, de 0 a 100; más alto es más. { -report-middle } El índice de equilibrio es su media.

report-decisions-heading = Quién decide
report-decisions-intro-one = Cuánto peso al decidir tiene cada persona en las áreas de la vida por las que se pregunta, de 0 a 100: 50 es el mismo peso, más de 50 es más de la mitad.
report-decisions-intro-two = Cuánto peso al decidir tiene cada persona en las áreas de la vida por las que se pregunta, de 0 a 100: 50 es el mismo peso, más de 50 es más de la mitad; cuando ambas personas respondieron en todas las áreas, los dos números suman 100.

report-difference = { $name } +{ $points }
report-difference-even = igual

## Safety (only in a report that may show private results)

report-safety-heading = Seguridad
report-safety-heading-of = Seguridad: respuestas de { $name }
report-safety-intro = Privado: según las propias respuestas de { $name } a las preguntas sobre seguridad, sobre { $other } y sobre sí. Aquí más alto significa más motivo de preocupación: 0 significa que todas las respuestas fueron la más baja («Nunca»), e incluso una sola respuesta por encima puede importar, por eso los mensajes de abajo dicen qué se respondió.
report-safety-column-about = Sobre { $name }

## Who has more say, area by area

report-compare-heading = Quién tiene más peso al decidir, área por área
report-compare-intro = Las respuestas de cada persona, puestas en un mismo marco: quién tiene más peso al decidir, { $first } o { $second }, o ambas personas por igual. Coinciden en { $agree } de { $total } { $total ->
        [one] área
       *[other] áreas
    } y lo ven de forma distinta en { $differ }; donde lo ven de forma distinta es un buen punto para empezar a hablar.
report-compare-column-says = Según { $name }
report-compare-column-together = En conjunto
report-compare-both-equally = ambas personas por igual
report-compare-mostly = sobre todo { $name }
report-compare-agree = coinciden
report-compare-differ = lo ven de forma distinta

## How each is seen (both answered)

report-views-heading = Cómo se ve a { $name }
report-views-intro = Lo que responde { $name } sobre sí, junto a lo que responde { $other } sobre { $name }. Donde los dos números difieren, cada persona vive lo mismo de forma distinta, y eso suele ser lo más útil para hablar.
report-views-column-dimension = Dimensión
report-views-column-by = Según { $name }

## Rules that fired

report-heading-alert = Requiere atención
report-heading-warning = Vale la pena hablarlo
report-heading-info = Es bueno saberlo
report-heading-private-own = Privado: sobre tu seguridad
report-heading-private-clinician = Privado: sobre la seguridad de cada persona
report-heading-private-both = Resultados privados
report-prompt-label = Para hablar
report-prompt-label-private-own = Para que lo pienses a solas
report-prompt-label-private-other = Para que esa persona lo piense a solas
report-label-colon = { $label }:
report-no-concerns = No se activó ninguna regla de este cuestionario.
report-no-concerns-joint = No se activó ninguna regla de este informe conjunto. Las preguntas privadas no forman parte de él, así que no dice nada sobre ellas.

## The table for a narrow terminal

report-table-compare-line = { $first_label }: { $first } · { $second_label }: { $second } · { $together }

## HTML

report-html-title = { $title } · { $first } y { $second }
report-radar-label = Gráfico radial de las bases de poder de { $first } y { $second }

## Notes the scoring engine writes (src/scoring/mod.rs)

report-note-one-answered = Solo respondió { $name }, así que las puntuaciones de { $other } salen solo de las respuestas de { $name }, y para poner junto a cómo se ve cada persona a sí misma cómo la ve la otra hace falta que respondan ambas.
report-note-unfinished = Las respuestas de { $name } no están terminadas (su archivo tiene `"completed": null`), así que este informe abarca solo las preguntas respondidas hasta ahora.
report-note-not-applying = Se dejan fuera de las respuestas de { $name } las siguientes, porque no se aplican según sus otras respuestas: { $items }.
report-note-unscored-partner = Sin puntuar a partir de las respuestas de { $name } sobre { $other }: { $dimensions }.
report-note-unscored-self = Sin puntuar a partir de las respuestas de { $name } sobre sí: { $dimensions }.
report-note-unscored-dimension = { $dimension } ({ $answered } de { $total } respondidas; hacen falta { $needed })
report-note-private = Algunas preguntas son privadas para cada persona y no forman parte de un informe conjunto. Cada persona puede ver sus propios resultados puntuando solo sus propias respuestas.

## The clinician report's next step (src/scoring/mod.rs: fn clinician)

report-next-step-safety = Se activó una regla de seguridad (se indica abajo). Reúnete con cada persona por separado antes de cualquier trabajo conjunto sobre el poder o el control. Pregunta por su seguridad a cada una a solas, lejos de su pareja; revisa la ayuda que figura abajo y un plan para mantenerse a salvo. Las sesiones conjuntas sobre el poder o el control no son aconsejables mientras una de las personas tenga miedo de la otra, o reciba amenazas o esté bajo su control. Nada de esto aparece en el informe conjunto y su pareja no lo ha visto: no lo lleves a una sesión conjunta sin el acuerdo de la persona.
report-next-step-no-rule = No se activó ninguna regla privada ni de alerta. Eso no descarta un riesgo: en una primera evaluación, muchas personas no cuentan lo que temen. Sigue preguntando a cada persona por su seguridad, a solas, a medida que avanza el trabajo.
report-next-step-silent-one = { $name } no respondió ninguna de las preguntas privadas sobre seguridad (no se hicieron, se saltaron o aún no se respondieron), así que nada de lo que aquí se dice sobre seguridad sale de las respuestas de { $name }.
report-next-step-silent-two = Ni { $first } ni { $second } respondieron ninguna de las preguntas privadas sobre seguridad (no se hicieron, se saltaron o aún no se respondieron), así que nada de lo que aquí se dice sobre seguridad sale de sus respuestas.

## stats (src/stats/table.rs: fn render_stats_table)

stats-summary = { $id } { $version }: { $sets } { $sets ->
        [one] conjunto de respuestas
       *[other] conjuntos de respuestas
    }, { $in_couples } de ellos en parejas.
stats-scales-heading = Escalas (puntuaciones de cada visión de 0 a 100; alfa sobre los conjuntos de respuestas completos)
stats-column-dimension = Dimensión
stats-column-view = Visión
stats-column-items = Preguntas
stats-column-n = n
stats-column-mean = Media
stats-column-sd = DE
stats-column-alpha = Alfa
stats-column-alpha-n = n de alfa
stats-view-self = propia
stats-view-partner = de la pareja
stats-items-heading = Preguntas (r: correlación pregunta-total corregida; (r) marca una pregunta invertida)
stats-column-item = Pregunta
stats-column-item-rest = r (pregunta-resto)
stats-column-missing = Sin respuesta
stats-column-answers = Respuestas (valor: número)
stats-pairs-heading = Visión propia frente a la visión que la pareja tiene de la misma persona
stats-column-self-partner = r (propia, de la pareja)
stats-formulas = Fórmulas y tratamiento de las respuestas que faltan: docs/stats.md.
