# Mensajes de powerbalance en español. Mismos ids que locales/en/main.ftl.

## list

list-column-id = ID
list-column-title = TÍTULO
list-column-version = VERSIÓN
list-column-items = PREGUNTAS
list-column-languages = IDIOMAS
list-not-validated = * traducción no validada con personas; `list --format json` indica cómo se hizo cada una

## validate

validate-translation-ok = { $file }: correcto (traducción de { $id } { $version } al idioma { $lang }, { $name }: { $items ->
        [one] { $items } pregunta
       *[other] { $items } preguntas
    }, { $validated ->
        [yes] validada con personas
       *[no] no validada con personas
    })

## languages

lang-unknown = idioma desconocido `{ $lang }`; disponibles: { $supported }
lang-count-session = `--lang` admite un idioma, o uno por persona (`--lang es,en`), no { $count }
lang-count-one = aquí `--lang` admite un solo idioma; solo `session` admite uno por persona (`--lang es,en`)
