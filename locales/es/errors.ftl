# Mensajes de error y de los comandos pequeños de powerbalance en español. Mismos ids y
# variables que locales/en/errors.ftl, donde cada mensaje dice dónde se usa y qué lleva cada
# variable.
#
# Registro: "tú", español internacional neutro, como las traducciones de los cuestionarios.
# Términos: item = "pregunta", dimension = "dimensión", rule = "regla", scale = "escala",
# questionnaire = "cuestionario", answers = "respuestas". Los ids, las claves de TOML y JSON
# (`at_least`, `respondent`, `[defaults]`…), las opciones (`-q`, `--force`) y los comandos
# quedan como en inglés, porque se escriben así. Los predicados que siguen a un trozo
# ({ $what }) no concuerdan en género ("no tiene texto", no "está vacío/vacía").

## Prefixes and shared pieces

error-prefix-error = error
error-prefix-warning = aviso
error-did-you-mean = { " " }(¿quisiste decir `{ $candidate }`?)
error-list-none = ninguna
error-size-mib = { $mib } MiB

## What a system error means (src/error.rs: fn io_words)

error-io-not-found = no existe ese archivo o carpeta
error-io-permission-denied = permiso denegado
error-io-already-exists = ya existe
error-io-storage-full = el disco está lleno
error-io-quota-exceeded = se agotó la cuota de disco
error-io-is-a-directory = es una carpeta, no un archivo
error-io-not-a-directory = una parte de la ruta no es una carpeta
error-io-read-only = el sistema de archivos es de solo lectura
error-io-invalid-data = el archivo no es texto válido
error-io-interrupted = interrumpido
error-io-broken-pipe = el otro extremo de la tubería se cerró
error-io-file-too-large = el archivo superaría el tamaño que este sistema permite
error-io-name-too-long = la ruta, o un nombre en ella, es demasiado larga
error-io-device = no se pudo leer o escribir en el disco o dispositivo
error-io-ended-early = el archivo terminó antes de lo esperado

## Contexts: what was being done when reading or writing failed (anyhow contexts)

error-context-reading-questionnaire = al leer el cuestionario `{ $file }`
error-context-reading-answers = al leer las respuestas `{ $file }`
error-context-writing-file = al escribir `{ $file }`
error-context-writing-stdout = al escribir en la salida estándar
error-context-writing-stdout-sink = al escribir en la salida estándar
error-context-checking = al comprobar `{ $file }`
error-context-claiming = al reservar `{ $file }` para esta ejecución
error-context-serializing-list = al generar la lista
error-context-serializing-template = al generar la plantilla
error-context-serializing-statistics = al generar las estadísticas

## Files powerbalance refuses to write (src/output.rs)

error-write-folder-missing = no se puede escribir `{ $file }`: la carpeta `{ $folder }` no existe; créala o elige otro lugar
error-write-symlink = `{ $file }` es un enlace simbólico; powerbalance nunca escribe a través de un enlace, que otra persona podría haber puesto ahí. Elimínalo o elige otro archivo
error-write-not-regular = `{ $file }` no es un archivo normal; elige un nombre de archivo
error-write-exists = `{ $file }` ya existe; añade --force para reemplazarlo o elige otro archivo
error-claim-in-use = `{ $file }` lo está usando otro powerbalance en este momento; termina o detén ese primero (dos a la vez perderían las respuestas de una de las personas)
error-claim-busy = otros procesos están reservando y liberando `{ $file }`; inténtalo de nuevo

## Command line (src/commands/mod.rs)

cmd-no-header = `--no-header` omite la fila de encabezado de `--format csv`; los demás formatos no tienen
cmd-report-format-unknown = no se puede deducir el formato del informe a partir del nombre `{ $file }`; powerbalance escribe texto (.txt), JSON (.json), Markdown (.md), HTML (.html) o CSV (.csv): pon esa extensión al archivo o indica --format
cmd-unknown-questionnaire = cuestionario desconocido `{ $spec }`{ $suggestion }; incluidos: { $bundled } (`ID@VERSION` para una versión anterior, consulta `powerbalance list --all`); o indica la ruta de un archivo .toml
cmd-questionnaire-too-large = el archivo ocupa más de { $limit }, el máximo que puede ocupar un cuestionario
cmd-answers-too-large = la entrada ocupa más de { $limit }, el máximo que puede ocupar un archivo de respuestas; para puntuar muchos conjuntos de respuestas, pon uno por línea y usa `score --jsonl`

## score (src/commands/score.rs: fn score)

cmd-score-too-many-files = `score` admite uno o dos archivos de respuestas, uno por persona, pero se indicaron { $count }
cmd-score-names-not-fhir = `--respondent` y `--partner` nombran a las personas de un QuestionnaireResponse de FHIR; un archivo de respuestas ya las nombra
cmd-score-too-many-sets = se dieron { $count } objetos de respuestas; un informe admite las respuestas de una persona o las de dos
cmd-score-fhir-version = la respuesta es de la versión { $version } de `{ $questionnaire }`, pero se cargó la versión { $loaded }; usa `-q RUTA` con el archivo de esa versión
cmd-score-clinician-needs-two = `score --clinician` genera el informe de una sesión: indica los archivos de respuestas de ambas personas

## score --jsonl and stats (src/commands/batch.rs)

cmd-batch-format = `--jsonl` escribe `--format json` (un informe por línea) o `--format csv`, no informes para leer; para esos, puntúa una pareja cada vez
cmd-batch-stdin-once = la entrada estándar (`-`) solo se puede leer una vez; pon ambos objetos de respuestas en un mismo array JSON o usa archivos
cmd-batch-progress = { $prefix } [{ $bar }] { $done }/{ $total } ({ $rate }, faltan { $eta })
cmd-batch-skipped-line = se omitió { $error }
cmd-batch-skipped-summary = { $skipped ->
        [one] se omitió { $skipped } línea no válida de { $lines } leídas
       *[other] se omitieron { $skipped } líneas no válidas de { $lines } leídas
    }

## validate (src/commands/validate.rs: fn validate)

cmd-validate-ok = { $file }: correcto ({ $id } { $version }: { $dimensions ->
        [one] { $dimensions } dimensión
       *[other] { $dimensions } dimensiones
    }, { $items ->
        [one] { $items } pregunta
       *[other] { $items } preguntas
    }, { $rules ->
        [one] { $rules } regla
       *[other] { $rules } reglas
    })

## template (src/commands/template.rs: fn template)

cmd-template-names = { $problem } (--respondent y --partner)

## stats (src/commands/stats.rs: fn stats)

cmd-stats-nothing-read = no se leyó ningún conjunto de respuestas; indica JSON Lines con un objeto de respuestas, o un array de dos, por línea

## fhir (src/commands/fhir.rs: fn fhir)

cmd-fhir-already-fhir = esto ya es un recurso FHIR; `fhir response` admite un archivo de respuestas de powerbalance (`powerbalance score` lee un QuestionnaireResponse tal cual)
cmd-fhir-two-people = el archivo contiene las respuestas de dos personas; un QuestionnaireResponse es de una sola persona, así que pon las respuestas de cada persona en un archivo propio

## schema, --version and the man page (src/commands/manual.rs)

cmd-schema-unknown = no existe el esquema `{ $name }`
cmd-version-bundled = cuestionarios incluidos:
cmd-manpage-commands = COMANDOS
cmd-manpage-examples = EJEMPLOS
cmd-manpage-exit-status = CÓDIGOS DE SALIDA
cmd-manpage-environment = ENTORNO
cmd-manpage-version = VERSIÓN
cmd-manpage-options-hint = Cada comando muestra sus opciones con powerbalance COMANDO --help.

## Answers files (src/answers/mod.rs)

answers-invalid-json = JSON de respuestas no válido: { $detail }
answers-item-twice = la pregunta `{ $item }` aparece dos veces en `answers`; da cada pregunta una sola vez
answers-empty = la entrada está vacía; indica un objeto JSON de respuestas (`powerbalance template` muestra uno)
answers-array-count = { $count ->
        [one] el array contiene { $count } objeto de respuestas; se admite: un objeto, o un array de dos (uno por persona)
       *[other] el array contiene { $count } objetos de respuestas; se admite: un objeto, o un array de dos (uno por persona)
    }
answers-no-questionnaire = las respuestas no tienen el campo `questionnaire`; añádelo (p. ej. "relationship") o usa `-q NOMBRE|RUTA`
answers-questionnaire-not-bundled = las respuestas nombran el cuestionario `{ $id }`, que no está incluido{ $suggestion } (incluidos: { $bundled }); usa `-q RUTA` para uno propio
answers-version-not-bundled = estas respuestas son de la versión { $version } de `{ $id }`, que no está incluida (versiones incluidas: { $versions }); corrige o elimina el campo `version` (sin él se usa la versión actual, { $current }), o usa `-q RUTA` para tu propio archivo
answers-other-questionnaire = estas respuestas son del cuestionario `{ $id }`, pero se cargó `{ $loaded }`; usa `-q { $id }` o corrige el campo `questionnaire`
answers-other-version = estas respuestas son de la versión { $version } de `{ $id }`, pero se cargó la versión { $loaded }; omite `-q` para puntuarlas con la versión que nombran, o usa `-q { $id }@{ $version }`
answers-unknown-item = pregunta desconocida `{ $item }` en las respuestas de { $respondent }{ $suggestion }; `powerbalance template -q { $questionnaire }` muestra todos los ids de pregunta
answers-value-off-scale = pregunta `{ $item }` en las respuestas de { $respondent }: { $value } está fuera de la escala; se admite: un número entero de { $min } a { $max }, o null para omitirla
answers-value-not-whole = pregunta `{ $item }` en las respuestas de { $respondent }: { $value } no es un número entero; se admite: un número entero de { $min } a { $max }, o null para omitirla
answers-value-text = el texto { $text }
answers-value-list = una lista
answers-value-object = un objeto
answers-name-empty = `{ $field }` está vacío; indica el nombre de la persona o una etiqueta como "A"
answers-names-same = `respondent` y `partner` son ambos "{ $name }"; deben nombrar a dos personas distintas
answers-names-do-not-pair = los nombres no se corresponden: las primeras respuestas son de { $first_respondent } sobre { $first_partner }, las segundas de { $second_respondent } sobre { $second_partner }; las segundas deben ser de { $first_partner } sobre { $first_respondent }

## JSON Lines (src/answers/line.rs, src/batch.rs)

answers-jsonl-one-per-line = ; JSON Lines contiene un objeto de respuestas completo por línea, así que un archivo con sangría debe pasarse antes a una sola línea, p. ej. `jq -c . ARCHIVO`
answers-jsonl-line-too-long = la línea ocupa más de { $limit }, el máximo que puede ocupar una línea (un conjunto de respuestas ocupa unos pocos KiB); no se conservó nada de ella
answers-jsonl-other-questionnaire = estas respuestas son del cuestionario `{ $id }`, pero las líneas anteriores eran de `{ $first }`, y { $output ->
        [csv] una salida CSV
       *[statistics] una salida de estadísticas
    } contiene un solo cuestionario; divide la entrada por cuestionario o usa `-q`

## FHIR QuestionnaireResponse read as answers (src/fhir.rs: fn answers_of_response)

answers-fhir-wrong-type = un recurso FHIR de tipo { $kind }, pero solo un QuestionnaireResponse contiene respuestas
answers-fhir-type-none = (ninguno)
answers-fhir-no-questionnaire = el QuestionnaireResponse no tiene `questionnaire`; debe nombrar el cuestionario, como `urn:powerbalance:questionnaire:ID|VERSION`
answers-fhir-no-id = `questionnaire` { $canonical } no nombra ningún id de cuestionario
answers-fhir-no-display = el QuestionnaireResponse no tiene `{ $field }.display` que nombre { $field ->
        [author] a quien responde
       *[subject] a la pareja
    }; añádelo o usa `{ $flag } NOMBRE`
answers-fhir-many-answers = la pregunta `{ $item }` tiene { $count } respuestas; cada pregunta admite una
answers-fhir-value-code = el código { $code }
answers-fhir-value-none = una respuesta sin valor
answers-fhir-value-kinds = una respuesta con { $kinds } (hace falta un valueCoding o un valueInteger)

## Questionnaire files: reading (src/questionnaire/load.rs)

problem-not-utf8 = el archivo no es texto UTF-8 válido
problem-word-not-allowed = `{ $word }` no se admite aquí{ $suggestion }; se admite: { $allowed }
problem-duplicate-key = clave duplicada `{ $key }`; una clave o tabla solo puede definirse una vez
problem-wrong-type = este valor debe ser { $expected }, no { $found }
problem-expected-number = un número
problem-expected-whole-number = un número entero
problem-expected-text = texto entre comillas
problem-expected-boolean = true o false
problem-expected-list = una lista entre corchetes, [ ... ]
problem-expected-table = una tabla
problem-found-table = una tabla
problem-found-list = una lista
problem-found-text = el texto { $text }
problem-found-whole-number = el número entero { $number }
problem-found-number = el número { $number }

## Questionnaire files: ids and texts (src/questionnaire/validate.rs: Checker)

problem-id-too-long = el id de { $kind ->
        [questionnaire] cuestionario
        [scale] escala
        [dimension] dimensión
        [rule] regla
        [group] grupo
       *[item] pregunta
    } `{ $id }` tiene { $chars } caracteres; se admiten como máximo { $max }
problem-id-not-allowed = el id de { $kind ->
        [questionnaire] cuestionario
        [scale] escala
        [dimension] dimensión
        [rule] regla
        [group] grupo
       *[item] pregunta
    } `{ $id }` no se admite; usa solo letras minúsculas, cifras y `-`
problem-id-duplicate = id de { $kind ->
        [questionnaire] cuestionario
        [scale] escala
        [dimension] dimensión
        [rule] regla
        [group] grupo
       *[item] pregunta
    } duplicado `{ $id }` (definido por primera vez en la línea { $line }); los ids deben ser únicos
problem-text-too-long = { $what } tiene { $chars } caracteres; se admiten como máximo { $max }
problem-text-empty = { $what } no tiene texto; escribe las palabras que se mostrarán
problem-what-title = el título
problem-what-version = la versión
problem-what-description = la descripción
problem-what-resources = el texto de [resources]
problem-what-dimension-name = el nombre de la dimensión `{ $dimension }`
problem-what-dimension-description = la descripción de la dimensión `{ $dimension }`
problem-what-item-text = el texto de la pregunta `{ $item }`
problem-what-label = la etiqueta { $number } de la escala `{ $scale }`
problem-what-rule-message = el mensaje de la regla `{ $rule }`
problem-what-rule-prompt = el campo `prompt` de la regla `{ $rule }`
problem-what-rule-basis = el campo `basis` de la regla `{ $rule }`

## Questionnaire files: structure (src/questionnaire/validate.rs)

problem-no-dimensions = el cuestionario no tiene dimensiones; añade al menos una [[dimensions]] con preguntas
problem-min-answered = min_answered es { $value }; se admite: una fracción mayor que 0 y como máximo 1
problem-unknown-scale = escala desconocida `{ $scale }`{ $suggestion }; escalas definidas: { $defined }
problem-dimension-no-items = la dimensión `{ $dimension }` no tiene preguntas; añade al menos una [[dimensions.items]]
problem-item-no-scale = la pregunta `{ $item }` no tiene escala; dale `scale = "…"` o define `scale` en [defaults]
problem-scale-min-max = la escala `{ $scale }` tiene min { $min } y max { $max }; min debe ser menor que max
problem-scale-label-count = la escala `{ $scale }` tiene { $labels ->
        [one] { $labels } etiqueta
       *[other] { $labels } etiquetas
    } pero { $points } puntos ({ $min } a { $max }); da exactamente una etiqueta por punto
problem-norms-sd = `sd` de las normas es { $value }; se admite: un número mayor que 0 (puntos en la puntuación de 0 a 100)
problem-norms-reliability = `reliability` de las normas es { $value }; se admite: un número mayor que 0 y menor que 1
problem-norms-n = `n` de las normas es { $value }; se admite: un número entero de personas, 2 como mínimo
problem-weight-not-power = `weight` es solo para dimensiones de poder; `{ $dimension }` no lo es
problem-weight-value = weight es { $value }; se admite: un número mayor que 0
problem-group-not-power = `group` es solo para dimensiones de poder; `{ $dimension }` no lo es
problem-group-clash = el id de grupo `{ $group }` coincide con el de una dimensión o un índice; cambia el nombre del grupo

## Questionnaire files: rules (src/questionnaire/rule_checks.rs)

problem-rule-wrong-threshold = la regla `{ $rule }` de tipo `{ $kind }` usa `{ $wanted }`, no `{ $given }`
problem-rule-needs-threshold = la regla `{ $rule }` de tipo `{ $kind }` necesita `{ $wanted }`
problem-rule-no-items = la regla `{ $rule }` de tipo `{ $kind }` no admite `items`; solo las reglas `item` lo admiten
problem-rule-threshold-range = regla `{ $rule }`: { $field } = { $value } está fuera del rango de puntuación de 0 a 100; se admite: de 0 a 100
problem-rule-needs-dimension = la regla `{ $rule }` de tipo `{ $kind }` necesita `dimension` (una dimensión, un grupo, `power_index` o `balance_index`)
problem-rule-unknown-dimension = la regla `{ $rule }` nombra una dimensión desconocida `{ $dimension }`{ $suggestion }; se admite: { $allowed }
problem-rule-context-dimension = la regla `{ $rule }` lee `{ $dimension }`, una dimensión de contexto, que nunca se puntúa; una pregunta de contexto solo puede condicionar otras preguntas
problem-rule-gap-target = la regla `{ $rule }` de tipo `gap` necesita una dimensión, no `{ $target }`: los grupos y los índices no tienen visión propia y visión de la pareja
problem-rule-item-needs-items = la regla `{ $rule }` de tipo `item` necesita `items = ["item-id", …]` con al menos una pregunta
problem-rule-item-not-whole = regla `{ $rule }`: at_least = { $value } debe ser un número entero, una respuesta tal cual en la escala de las preguntas
problem-rule-unknown-item = la regla `{ $rule }` nombra una pregunta desconocida `{ $item }`{ $suggestion }
problem-rule-item-off-scale = regla `{ $rule }`: at_least = { $value } está fuera de la escala de la pregunta `{ $item }`; se admite: de { $min } a { $max }
problem-rule-item-unknown-dimension = la regla `{ $rule }` nombra una dimensión desconocida `{ $dimension }`{ $suggestion }; la dimensión de una regla `item` debe ser un id de dimensión
problem-rule-empty-message = la regla `{ $rule }` tiene un mensaje vacío
problem-rule-placeholder = la regla `{ $rule }` usa `{ $placeholder }`, que una regla `{ $kind }` no rellena; se admite: { $allowed }

## Questionnaire files: asked_if gates (src/questionnaire/gates.rs: fn check_gates)

problem-gate-unknown-item = la pregunta `{ $item }` tiene asked_if con una pregunta desconocida `{ $gate }`{ $suggestion }; nombra una pregunta definida antes que ella
problem-gate-cycle = el asked_if de la pregunta `{ $item }` forma un ciclo ({ $cycle }); la condición debe ser una pregunta anterior que no dependa de esta
problem-gate-after = la pregunta `{ $item }` tiene asked_if con la pregunta `{ $gate }`, que va después; mueve la pregunta que condiciona antes de las preguntas que dependen de ella
problem-gate-no-bound = pregunta `{ $item }`: asked_if necesita `at_least`, `at_most` o ambos, las respuestas de `{ $gate }` con las que se aplica
problem-gate-off-scale = pregunta `{ $item }`: asked_if { $bound } = { $value } está fuera de la escala de la pregunta `{ $gate }`; se admite: de { $min } a { $max }
problem-gate-empty-range = pregunta `{ $item }`: en asked_if, at_least = { $at_least } es mayor que at_most = { $at_most }, así que ninguna respuesta hace que se aplique
problem-gate-private = la pregunta `{ $item }` no es privada, pero tiene asked_if con la pregunta privada `{ $gate }`: si se aplica o no mostraría la respuesta privada en un informe conjunto; condiciónala a una pregunta pública

## Translation files

translation-no-questionnaire = no hay ningún cuestionario `{ $id }` con el que comprobar esta traducción; indica el id de un cuestionario incluido, o pon `{ $id }.toml` junto a este archivo
translation-version-not-at-hand = esta traducción es de la versión { $version } de `{ $id }`, que no está disponible; versiones disponibles: { $versions }
translation-other-questionnaire = esta traducción es de `{ $id }`, no de `{ $questionnaire }`, el cuestionario con el que se comprueba
translation-other-version = esta traducción es de la versión { $version }, pero `{ $questionnaire }` es la versión { $loaded }; una traducción debe indicar la versión que traduce
translation-lang-not-a-tag = `lang = "{ $lang }"` no es una etiqueta de idioma; escribe una etiqueta BCP 47 como es, fr, de o pt-BR
translation-file-name = una traducción de `{ $id }` al `{ $lang }` debe llamarse `{ $expected }` (el idioma del nombre del archivo y `lang` deben coincidir), no `{ $file }`
translation-what-name = el `name` del idioma
translation-what-basis = el `basis` de la traducción
translation-what-description = la descripción del cuestionario
translation-label-count = la escala `{ $scale }` tiene aquí { $labels ->
        [one] { $labels } etiqueta
       *[other] { $labels } etiquetas
    }, pero { $original } en el cuestionario; da una etiqueta por punto, en el mismo orden
translation-unknown-id = `{ $questionnaire }` { $version } no tiene { $kind ->
        [scale] ninguna escala
        [dimension] ninguna dimensión
        [rule] ninguna regla
       *[item] ninguna pregunta
    } `{ $id }`{ $suggestion }; una traducción da textos solo para los ids del propio cuestionario
translation-table-missing = falta la tabla [{ $table }]; da el texto de { $kind ->
        [scale] cada una de las { $count } escalas
        [dimension] cada una de las { $count } dimensiones
        [rule] cada una de las { $count } reglas
       *[item] cada una de las { $count } preguntas
    } del cuestionario
translation-text-missing = { $kind ->
        [scale] la escala
        [dimension] la dimensión
        [rule] la regla
       *[item] la pregunta
    } `{ $id }` no tiene texto en [{ $table }]; traduce { $kind ->
        [scale] todas las escalas
        [dimension] todas las dimensiones
        [rule] todas las reglas
       *[item] todas las preguntas
    } del cuestionario
translation-text-required = falta { $what } en { $table }; el cuestionario tiene ese texto, así que tradúcelo
translation-text-extra = sobra { $what }: el cuestionario no tiene ese texto; quita la entrada
translation-placeholders = el mensaje de la regla `{ $rule }` tiene los marcadores { $have }, pero el original tiene { $want }; usa los mismos, en cualquier orden
translation-placeholders-none = ninguno
