# Mensagens de erro e das saídas dos comandos pequenos do powerbalance em português do
# Brasil. Os mesmos ids e variáveis de locales/en/errors.ftl, onde cada mensagem diz onde é
# usada e o que cada variável contém.
#
# Registro: "você", português do Brasil do dia a dia, como nas traduções dos questionários.
# Termos: item = "pergunta", dimension = "dimensão", rule = "regra", scale = "escala",
# questionnaire = "questionário", answers = "respostas", partner = "par". Ids, chaves de TOML e
# JSON (`at_least`, `respondent`, `[defaults]`…), opções (`-q`, `--force`) e comandos ficam
# em inglês, porque é assim que se escrevem. O que vem depois de um trecho inserido
# ({ $what }) não precisa concordar em gênero ("está sem texto", "tem … caracteres").
# Plural: em pt-BR a categoria "one" inclui o 0; onde a contagem pode ser 0, uma variante
# [0] escreve o plural ("0 regras").

## Prefixes and shared pieces

error-prefix-error = erro
error-prefix-warning = aviso
error-did-you-mean = { " " }(você quis dizer `{ $candidate }`?)
error-list-none = nenhuma
error-size-mib = { $mib } MiB

## What a system error means (src/error.rs: fn io_words)

error-io-not-found = esse arquivo ou pasta não existe
error-io-permission-denied = permissão negada
error-io-already-exists = já existe
error-io-storage-full = o disco está cheio
error-io-quota-exceeded = a cota de disco se esgotou
error-io-is-a-directory = é uma pasta, não um arquivo
error-io-not-a-directory = uma parte do caminho não é uma pasta
error-io-read-only = o sistema de arquivos é somente leitura
error-io-invalid-data = o arquivo não é um texto válido
error-io-interrupted = interrompido
error-io-broken-pipe = a outra ponta do pipe foi fechada
error-io-file-too-large = o arquivo ficaria maior do que este sistema permite
error-io-name-too-long = o caminho, ou um nome nele, é longo demais
error-io-device = não foi possível ler ou gravar no disco ou dispositivo
error-io-ended-early = o arquivo terminou antes do esperado

## Contexts: what was being done when reading or writing failed (anyhow contexts)

error-context-reading-questionnaire = ao ler o questionário `{ $file }`
error-context-reading-answers = ao ler as respostas `{ $file }`
error-context-writing-file = ao gravar `{ $file }`
error-context-writing-stdout = ao escrever na saída padrão
error-context-writing-stdout-sink = ao escrever na saída padrão
error-context-checking = ao verificar `{ $file }`
error-context-claiming = ao reservar `{ $file }` para esta execução
error-context-serializing-list = ao gerar a lista
error-context-serializing-template = ao gerar o modelo
error-context-serializing-statistics = ao gerar as estatísticas

## Files powerbalance refuses to write (src/output.rs)

error-write-folder-missing = não é possível gravar `{ $file }`: a pasta `{ $folder }` não existe; crie a pasta ou escolha outro lugar
error-write-symlink = `{ $file }` é um link simbólico; o powerbalance nunca grava através de um link, que outra pessoa pode ter colocado ali. Remova o link ou escolha outro arquivo
error-write-not-regular = `{ $file }` não é um arquivo comum; escolha um nome de arquivo
error-write-exists = `{ $file }` já existe; adicione --force para substituí-lo ou escolha outro arquivo
error-claim-in-use = `{ $file }` está sendo usado agora por outro powerbalance; termine ou interrompa aquele primeiro (dois ao mesmo tempo perderiam as respostas de uma das pessoas)
error-claim-busy = outros processos estão reservando e liberando `{ $file }`; tente de novo

## Command line (src/commands/mod.rs)

cmd-no-header = `--no-header` omite a linha de cabeçalho de `--format csv`; os outros formatos não têm uma
cmd-report-format-unknown = não é possível saber o formato do relatório pelo nome `{ $file }`; o powerbalance grava texto (.txt), JSON (.json), Markdown (.md), HTML (.html) ou CSV (.csv): dê ao arquivo um desses nomes ou informe --format
cmd-unknown-questionnaire = questionário desconhecido `{ $spec }`{ $suggestion }; incluídos: { $bundled } (`ID@VERSION` para uma versão anterior, veja `powerbalance list --all`); ou informe o caminho de um arquivo .toml
cmd-questionnaire-too-large = o arquivo tem mais de { $limit }, o máximo que um questionário pode ter
cmd-answers-too-large = a entrada tem mais de { $limit }, o máximo que um arquivo de respostas pode ter; para pontuar muitos conjuntos de respostas, coloque um por linha e use `score --jsonl`

## score (src/commands/score.rs: fn score)

cmd-score-too-many-files = `score` aceita um ou dois arquivos de respostas, um por pessoa, mas foram informados { $count }
cmd-score-names-not-fhir = `--respondent` e `--partner` dão os nomes das pessoas de um QuestionnaireResponse FHIR; um arquivo de respostas já traz os nomes
cmd-score-too-many-sets = foram informados { $count } objetos de respostas; um relatório aceita as respostas de uma pessoa, ou as de duas
cmd-score-fhir-version = a resposta é da versão { $version } de `{ $questionnaire }`, mas a versão { $loaded } foi carregada; use `-q CAMINHO` com o arquivo dessa versão
cmd-score-clinician-needs-two = `score --clinician` gera o relatório de uma sessão: informe os arquivos de respostas das duas pessoas

## score --jsonl and stats (src/commands/batch.rs)

cmd-batch-format = `--jsonl` grava `--format json` (um relatório por linha) ou `--format csv`, não relatórios para leitura; para esses, pontue um casal de cada vez
cmd-batch-stdin-once = a entrada padrão (`-`) só pode ser lida uma vez; coloque os dois objetos de respostas em um mesmo array JSON ou use arquivos
cmd-batch-progress = { $prefix } [{ $bar }] { $done }/{ $total } ({ $rate }, faltam { $eta })
cmd-batch-skipped-line = linha ignorada: { $error }
cmd-batch-skipped-summary = { $skipped ->
        [one] { $skipped } linha inválida ignorada de { $lines } lidas
       *[other] { $skipped } linhas inválidas ignoradas de { $lines } lidas
    }

## validate (src/commands/validate.rs: fn validate)

cmd-validate-ok = { $file }: ok ({ $id } { $version }: { $dimensions ->
        [one] { $dimensions } dimensão
       *[other] { $dimensions } dimensões
    }, { $items ->
        [one] { $items } pergunta
       *[other] { $items } perguntas
    }, { $rules ->
        [0] { $rules } regras
        [one] { $rules } regra
       *[other] { $rules } regras
    })

## template (src/commands/template.rs: fn template)

cmd-template-names = { $problem } (--respondent e --partner)

## stats (src/commands/stats.rs: fn stats)

cmd-stats-nothing-read = nenhum conjunto de respostas foi lido; informe JSON Lines com um objeto de respostas, ou um array de dois, por linha

## fhir (src/commands/fhir.rs: fn fhir)

cmd-fhir-already-fhir = isto já é um recurso FHIR; `fhir response` aceita um arquivo de respostas do powerbalance (`powerbalance score` lê um QuestionnaireResponse como ele está)
cmd-fhir-two-people = o arquivo contém as respostas de duas pessoas; um QuestionnaireResponse é de uma só pessoa, então coloque as respostas de cada pessoa em um arquivo próprio

## schema, --version and the man page (src/commands/manual.rs)

cmd-schema-unknown = não existe o esquema `{ $name }`
cmd-version-bundled = questionários incluídos:
cmd-manpage-commands = COMANDOS
cmd-manpage-examples = EXEMPLOS
cmd-manpage-exit-status = CÓDIGOS DE SAÍDA
cmd-manpage-environment = AMBIENTE
cmd-manpage-version = VERSÃO
cmd-manpage-options-hint = Cada comando mostra suas opções com powerbalance COMANDO --help.

## Answers files (src/answers/mod.rs)

answers-invalid-json = JSON de respostas inválido: { $detail }
answers-item-twice = a pergunta `{ $item }` aparece duas vezes em `answers`; dê cada pergunta uma só vez
answers-empty = a entrada está vazia; informe um objeto JSON de respostas (`powerbalance template` mostra um)
answers-array-count = { $count ->
        [0] o array contém { $count } objetos de respostas; permitido: um objeto, ou um array de dois (um por pessoa)
        [one] o array contém { $count } objeto de respostas; permitido: um objeto, ou um array de dois (um por pessoa)
       *[other] o array contém { $count } objetos de respostas; permitido: um objeto, ou um array de dois (um por pessoa)
    }
answers-no-questionnaire = as respostas não têm o campo `questionnaire`; adicione um (p. ex. "relationship") ou use `-q NOME|CAMINHO`
answers-questionnaire-not-bundled = as respostas indicam o questionário `{ $id }`, que não está incluído{ $suggestion } (incluídos: { $bundled }); use `-q CAMINHO` para um questionário seu
answers-version-not-bundled = estas respostas são da versão { $version } de `{ $id }`, que não está incluída (versões incluídas: { $versions }); corrija ou remova o campo `version` (sem ele, é usada a versão atual, { $current }), ou use `-q CAMINHO` para o seu próprio arquivo
answers-other-questionnaire = estas respostas são do questionário `{ $id }`, mas `{ $loaded }` foi carregado; use `-q { $id }` ou corrija o campo `questionnaire`
answers-other-version = estas respostas são da versão { $version } de `{ $id }`, mas a versão { $loaded } foi carregada; omita `-q` para pontuá-las com a versão que elas indicam, ou use `-q { $id }@{ $version }`
answers-unknown-item = pergunta desconhecida `{ $item }` nas respostas de { $respondent }{ $suggestion }; `powerbalance template -q { $questionnaire }` lista todos os ids de pergunta
answers-value-off-scale = pergunta `{ $item }` nas respostas de { $respondent }: { $value } está fora da escala; permitido: um número inteiro de { $min } a { $max }, ou null para pular
answers-value-not-whole = pergunta `{ $item }` nas respostas de { $respondent }: { $value } não é um número inteiro; permitido: um número inteiro de { $min } a { $max }, ou null para pular
answers-value-text = o texto { $text }
answers-value-list = uma lista
answers-value-object = um objeto
answers-name-empty = `{ $field }` está vazio; informe o nome da pessoa ou um rótulo como "A"
answers-names-same = `respondent` e `partner` são ambos "{ $name }"; eles devem indicar duas pessoas diferentes
answers-names-do-not-pair = os nomes não formam um par: as primeiras respostas são de { $first_respondent } sobre { $first_partner }, as segundas de { $second_respondent } sobre { $second_partner }; as segundas devem ser de { $first_partner } sobre { $first_respondent }

## JSON Lines (src/answers/line.rs, src/batch.rs)

answers-jsonl-one-per-line = ; JSON Lines contém um objeto de respostas inteiro por linha, então um arquivo formatado em várias linhas precisa antes ser posto em uma só, p. ex. `jq -c . ARQUIVO`
answers-jsonl-line-too-long = a linha tem mais de { $limit }, o máximo que uma linha pode ter (um conjunto de respostas tem poucos KiB); nada dela foi mantido
answers-jsonl-other-questionnaire = estas respostas são do questionário `{ $id }`, mas as linhas anteriores eram de `{ $first }`, e { $output ->
        [csv] uma saída CSV
       *[statistics] uma saída de estatísticas
    } contém um só questionário; divida a entrada por questionário ou use `-q`

## FHIR QuestionnaireResponse read as answers (src/fhir.rs: fn answers_of_response)

answers-fhir-wrong-type = um recurso FHIR do tipo { $kind }, mas só um QuestionnaireResponse contém respostas
answers-fhir-type-none = (nenhum)
answers-fhir-no-questionnaire = o QuestionnaireResponse não tem `questionnaire`; ele precisa indicar o questionário, como `urn:powerbalance:questionnaire:ID|VERSION`
answers-fhir-no-id = `questionnaire` { $canonical } não indica nenhum id de questionário
answers-fhir-no-display = o QuestionnaireResponse não tem `{ $field }.display` com o nome { $field ->
        [author] de quem responde
       *[subject] do par
    }; adicione-o ou use `{ $flag } NOME`
answers-fhir-many-answers = a pergunta `{ $item }` tem { $count } respostas; cada pergunta aceita uma
answers-fhir-value-code = o código { $code }
answers-fhir-value-none = uma resposta sem valor
answers-fhir-value-kinds = uma resposta com { $kinds } (é preciso um valueCoding ou um valueInteger)

## Questionnaire files: reading (src/questionnaire/load.rs)

problem-not-utf8 = o arquivo não é um texto UTF-8 válido
problem-word-not-allowed = `{ $word }` não é permitido aqui{ $suggestion }; permitido: { $allowed }
problem-duplicate-key = chave duplicada `{ $key }`; uma chave ou tabela só pode ser definida uma vez
problem-wrong-type = este valor precisa ser { $expected }, não { $found }
problem-expected-number = um número
problem-expected-whole-number = um número inteiro
problem-expected-text = texto entre aspas
problem-expected-boolean = true ou false
problem-expected-list = uma lista entre colchetes, [ ... ]
problem-expected-table = uma tabela
problem-found-table = uma tabela
problem-found-list = uma lista
problem-found-text = o texto { $text }
problem-found-whole-number = o número inteiro { $number }
problem-found-number = o número { $number }

## Questionnaire files: ids and texts (src/questionnaire/validate.rs: Checker)

problem-id-too-long = o id de { $kind ->
        [questionnaire] questionário
        [scale] escala
        [dimension] dimensão
        [rule] regra
        [group] grupo
       *[item] pergunta
    } `{ $id }` tem { $chars } caracteres; permitido: no máximo { $max }
problem-id-not-allowed = o id de { $kind ->
        [questionnaire] questionário
        [scale] escala
        [dimension] dimensão
        [rule] regra
        [group] grupo
       *[item] pergunta
    } `{ $id }` não é permitido; use só letras minúsculas, algarismos e `-`
problem-id-duplicate = id de { $kind ->
        [questionnaire] questionário
        [scale] escala
        [dimension] dimensão
        [rule] regra
        [group] grupo
       *[item] pergunta
    } duplicado `{ $id }` (definido primeiro na linha { $line }); os ids precisam ser únicos
problem-text-too-long = { $what } tem { $chars } caracteres; permitido: no máximo { $max }
problem-text-empty = { $what } está sem texto; escreva as palavras a mostrar
problem-what-title = o título
problem-what-version = a versão
problem-what-description = a descrição
problem-what-resources = o texto de [resources]
problem-what-dimension-name = o nome da dimensão `{ $dimension }`
problem-what-dimension-description = a descrição da dimensão `{ $dimension }`
problem-what-item-text = o texto da pergunta `{ $item }`
problem-what-label = o rótulo { $number } da escala `{ $scale }`
problem-what-rule-message = a mensagem da regra `{ $rule }`
problem-what-rule-prompt = o campo `prompt` da regra `{ $rule }`
problem-what-rule-basis = o campo `basis` da regra `{ $rule }`

## Questionnaire files: structure (src/questionnaire/validate.rs)

problem-no-dimensions = o questionário não tem dimensões; adicione pelo menos uma [[dimensions]] com perguntas
problem-min-answered = min_answered é { $value }; permitido: uma fração acima de 0 e no máximo 1
problem-unknown-scale = escala desconhecida `{ $scale }`{ $suggestion }; escalas definidas: { $defined }
problem-dimension-no-items = a dimensão `{ $dimension }` não tem perguntas; adicione pelo menos uma [[dimensions.items]]
problem-item-no-scale = a pergunta `{ $item }` não tem escala; dê a ela `scale = "…"` ou defina `scale` em [defaults]
problem-scale-min-max = a escala `{ $scale }` tem min { $min } e max { $max }; min precisa ser menor que max
problem-scale-label-count = a escala `{ $scale }` tem { $labels ->
        [0] { $labels } rótulos
        [one] { $labels } rótulo
       *[other] { $labels } rótulos
    }, mas { $points } pontos ({ $min } a { $max }); dê exatamente um rótulo por ponto
problem-norms-sd = o `sd` das normas é { $value }; permitido: um número acima de 0 (pontos na pontuação de 0 a 100)
problem-norms-reliability = a `reliability` das normas é { $value }; permitido: um número acima de 0 e abaixo de 1
problem-norms-n = o `n` das normas é { $value }; permitido: um número inteiro de pessoas, no mínimo 2
problem-weight-not-power = `weight` é só para dimensões de poder; `{ $dimension }` não é uma delas
problem-weight-value = weight é { $value }; permitido: um número acima de 0
problem-group-not-power = `group` é só para dimensões de poder; `{ $dimension }` não é uma delas
problem-group-clash = o id de grupo `{ $group }` é igual ao de uma dimensão ou de um índice; dê outro nome ao grupo

## Questionnaire files: rules (src/questionnaire/rule_checks.rs)

problem-rule-wrong-threshold = a regra `{ $rule }` do tipo `{ $kind }` usa `{ $wanted }`, não `{ $given }`
problem-rule-needs-threshold = a regra `{ $rule }` do tipo `{ $kind }` precisa de `{ $wanted }`
problem-rule-no-items = a regra `{ $rule }` do tipo `{ $kind }` não aceita `items`; só as regras `item` aceitam
problem-rule-threshold-range = regra `{ $rule }`: { $field } = { $value } está fora da faixa de pontuação de 0 a 100; permitido: de 0 a 100
problem-rule-needs-dimension = a regra `{ $rule }` do tipo `{ $kind }` precisa de `dimension` (uma dimensão, um grupo, `power_index` ou `balance_index`)
problem-rule-unknown-dimension = a regra `{ $rule }` indica uma dimensão desconhecida `{ $dimension }`{ $suggestion }; permitido: { $allowed }
problem-rule-context-dimension = a regra `{ $rule }` lê `{ $dimension }`, uma dimensão de contexto, que nunca é pontuada; uma pergunta de contexto só pode condicionar outras perguntas
problem-rule-gap-target = a regra `{ $rule }` do tipo `gap` precisa de uma dimensão, não de `{ $target }`: grupos e índices não têm a visão da própria pessoa e a visão do par
problem-rule-item-needs-items = a regra `{ $rule }` do tipo `item` precisa de `items = ["item-id", …]` com pelo menos uma pergunta
problem-rule-item-not-whole = regra `{ $rule }`: at_least = { $value } precisa ser um número inteiro, uma resposta sem conversão na escala das perguntas
problem-rule-unknown-item = a regra `{ $rule }` indica uma pergunta desconhecida `{ $item }`{ $suggestion }
problem-rule-item-off-scale = regra `{ $rule }`: at_least = { $value } está fora da escala da pergunta `{ $item }`; permitido: de { $min } a { $max }
problem-rule-item-unknown-dimension = a regra `{ $rule }` indica uma dimensão desconhecida `{ $dimension }`{ $suggestion }; a dimensão de uma regra `item` precisa ser um id de dimensão
problem-rule-empty-message = a regra `{ $rule }` tem uma mensagem vazia
problem-rule-placeholder = a regra `{ $rule }` usa `{ $placeholder }`, que uma regra `{ $kind }` não preenche; permitido: { $allowed }

## Questionnaire files: asked_if gates (src/questionnaire/gates.rs: fn check_gates)

problem-gate-unknown-item = a pergunta `{ $item }` tem asked_if com uma pergunta desconhecida `{ $gate }`{ $suggestion }; indique uma pergunta definida antes dela
problem-gate-cycle = o asked_if da pergunta `{ $item }` forma um ciclo ({ $cycle }); a condição precisa ser uma pergunta anterior que não dependa desta
problem-gate-after = a pergunta `{ $item }` tem asked_if com a pergunta `{ $gate }`, que vem depois dela; mova a pergunta que serve de condição para antes das perguntas que dependem dela
problem-gate-no-bound = pergunta `{ $item }`: asked_if precisa de `at_least`, `at_most` ou os dois, as respostas de `{ $gate }` com as quais ela é feita
problem-gate-off-scale = pergunta `{ $item }`: asked_if { $bound } = { $value } está fora da escala da pergunta `{ $gate }`; permitido: de { $min } a { $max }
problem-gate-empty-range = pergunta `{ $item }`: no asked_if, at_least = { $at_least } é maior que at_most = { $at_most }, então nenhuma resposta faz com que ela seja feita
problem-gate-private = a pergunta `{ $item }` não é privada, mas tem asked_if com a pergunta privada `{ $gate }`: saber se ela é feita ou não mostraria a resposta privada em um relatório conjunto; faça com que ela dependa de uma pergunta pública

## Translation files

translation-no-questionnaire = não há questionário `{ $id }` com o qual verificar esta tradução; indique o id de um questionário incluído, ou coloque `{ $id }.toml` ao lado deste arquivo
translation-version-not-at-hand = esta tradução é da versão { $version } de `{ $id }`, que não está disponível; versões disponíveis: { $versions }
translation-other-questionnaire = esta tradução é de `{ $id }`, não de `{ $questionnaire }`, o questionário com o qual ela é verificada
translation-other-version = esta tradução é da versão { $version }, mas `{ $questionnaire }` está na versão { $loaded }; uma tradução deve indicar a versão que traduz
translation-lang-not-a-tag = `lang = "{ $lang }"` não é uma etiqueta de idioma; escreva uma etiqueta BCP 47 como es, fr, de ou pt-BR
translation-file-name = uma tradução de `{ $id }` para `{ $lang }` deve se chamar `{ $expected }` (o idioma do nome do arquivo e `lang` devem coincidir), não `{ $file }`
translation-what-name = o campo `name` do idioma
translation-what-basis = o campo `basis` da tradução
translation-what-description = a descrição do questionário
translation-label-count = a escala `{ $scale }` tem aqui { $labels ->
        [one] { $labels } rótulo
       *[other] { $labels } rótulos
    }, mas { $original } no questionário; dê um rótulo por ponto, na mesma ordem
translation-unknown-id = `{ $questionnaire }` { $version } não tem { $kind ->
        [scale] escala
        [dimension] dimensão
        [rule] regra
       *[item] pergunta
    } `{ $id }`{ $suggestion }; uma tradução dá textos só para os ids do próprio questionário
translation-table-missing = falta a tabela [{ $table }]; dê o texto de cada { $kind ->
        [scale] uma das { $count } escalas
        [dimension] uma das { $count } dimensões
        [rule] uma das { $count } regras
       *[item] uma das { $count } perguntas
    } do questionário
translation-text-missing = { $kind ->
        [scale] a escala
        [dimension] a dimensão
        [rule] a regra
       *[item] a pergunta
    } `{ $id }` não tem texto em [{ $table }]; traduza { $kind ->
        [scale] todas as escalas
        [dimension] todas as dimensões
        [rule] todas as regras
       *[item] todas as perguntas
    } do questionário
translation-text-required = falta { $what } em { $table }; o questionário tem esse texto, então traduza-o
translation-text-extra = há { $what } aqui, mas o questionário não tem esse texto; remova-o
translation-placeholders = a mensagem da regra `{ $rule }` tem os marcadores { $have }, mas o original tem { $want }; use os mesmos, em qualquer ordem
translation-placeholders-none = nenhum
