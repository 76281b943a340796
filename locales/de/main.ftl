# Die Meldungen von powerbalance auf Deutsch. Dieselben ids wie locales/en/main.ftl.

## list

list-column-id = ID
list-column-title = TITEL
list-column-version = VERSION
list-column-items = FRAGEN
list-column-languages = SPRACHEN
list-not-validated = * Übersetzung nicht an Menschen validiert; `list --format json` nennt, wie jede entstanden ist

## validate

validate-translation-ok = { $file }: in Ordnung (Übersetzung von { $id } { $version } in { $lang }, { $name }: { $items ->
        [one] { $items } Frage
       *[other] { $items } Fragen
    }, { $validated ->
        [yes] an Menschen validiert
       *[no] nicht an Menschen validiert
    })

## languages

lang-unknown = unbekannte Sprache `{ $lang }`; verfügbar: { $supported }
lang-count-session = `--lang` nimmt eine Sprache oder eine pro Person (`--lang es,en`), nicht { $count }
lang-count-one = `--lang` nimmt hier nur eine Sprache; nur `session` nimmt eine pro Person (`--lang es,en`)
