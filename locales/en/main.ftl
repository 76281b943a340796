# The English messages of powerbalance: the fallback for every other catalogue.
# One message per id; every other locales/LANG/main.ftl has exactly the same ids
# (a test checks), and the code asks for each with tr!(messages, "id", ...).

## list

list-column-id = ID
list-column-title = TITLE
list-column-version = VERSION
list-column-items = ITEMS
list-column-languages = LANGUAGES
list-not-validated = * a translation not validated on people; `list --format json` gives each one's basis

## validate

# $items is a number (for the plural); $validated is "yes" or "no".
validate-translation-ok = { $file }: ok (translation of { $id } { $version } into { $lang }, { $name }: { $items ->
        [one] { $items } item
       *[other] { $items } items
    }, { $validated ->
        [yes] validated on people
       *[no] not validated on people
    })

## languages

lang-unknown = unknown language `{ $lang }`; supported: { $supported }
lang-count-session = `--lang` takes one language, or one per person (`--lang es,en`), not { $count }
lang-count-one = `--lang` takes one language here; only `session` takes one per person (`--lang es,en`)
