# Messages de powerbalance en français. Mêmes ids que locales/en/main.ftl.

## list

list-column-id = ID
list-column-title = TITRE
list-column-version = VERSION
list-column-items = QUESTIONS
list-column-languages = LANGUES
list-not-validated = * traduction non validée auprès de personnes ; `list --format json` indique la façon dont chacune a été faite

## validate

validate-translation-ok = { $file } : correct (traduction de { $id } { $version } en { $lang }, { $name } : { $items ->
        [one] { $items } question
       *[other] { $items } questions
    }, { $validated ->
        [yes] validée auprès de personnes
       *[no] non validée auprès de personnes
    })

## languages

lang-unknown = langue inconnue `{ $lang }` ; langues disponibles : { $supported }
lang-count-session = `--lang` prend une langue, ou une par personne (`--lang es,en`), pas { $count }
lang-count-one = ici, `--lang` prend une seule langue ; seule la commande `session` en prend une par personne (`--lang es,en`)
