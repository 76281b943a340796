# Mensagens do powerbalance em português do Brasil. Os mesmos ids de locales/en/main.ftl.

## list

list-column-id = ID
list-column-title = TÍTULO
list-column-version = VERSÃO
list-column-items = PERGUNTAS
list-column-languages = IDIOMAS
list-not-validated = * tradução não validada com pessoas; `list --format json` informa como cada uma foi feita

## validate

validate-translation-ok = { $file }: ok (tradução de { $id } { $version } para { $lang }, { $name }: { $items ->
        [one] { $items } pergunta
       *[other] { $items } perguntas
    }, { $validated ->
        [yes] validada com pessoas
       *[no] não validada com pessoas
    })

## languages

lang-unknown = idioma desconhecido `{ $lang }`; disponíveis: { $supported }
lang-count-session = `--lang` aceita um idioma, ou um por pessoa (`--lang es,en`), não { $count }
lang-count-one = aqui `--lang` aceita só um idioma; só `session` aceita um por pessoa (`--lang es,en`)
