# `history`'s words (src/history/, src/commands/history.rs): its table, Markdown and HTML in
# the report language, its errors in the interface language. JSON keeps the English notes
# (this file's English messages), whatever the language.

## history: the page (src/history/render.rs, src/history/html.rs)

history-title = { $title }: mudança ao longo do tempo
history-subtitle = Questionário { $id } { $versions } · { $first } e { $second } · { $count ->
        [one] { $count } aplicação
       *[other] { $count } aplicações
    }
history-sitting-one = { $when }: { $name } respondeu ({ $id } { $version })
history-sitting-two = { $when }: { $first } e { $second } responderam ({ $id } { $version })
history-column-measure = Medida
history-column-since-first = Desde a primeira
history-column-person = Pessoa
history-heading-reliable = Mudança confiável

## history: reliable change (src/history/render.rs: fn reliability_lines)

history-reliable-mark = C
history-reliable-intro = Entre parênteses: a mudança desde a aplicação anterior. { $mark } marca uma mudança confiável: maior do que o erro de medida sozinho produziria 95 vezes em 100 (Jacobson e Truax, 1991), avaliada pelas normas da dimensão.
history-norms = DP { $sd }, fidedignidade { $reliability }
history-norms-with-n = DP { $sd }, fidedignidade { $reliability }, n { $n }
history-reliable-dimension = { $name }: uma mudança de { $change } pontos ou mais é confiável ({ $norms }).
history-reliable-note = { $name }: { $note }
history-reliable-change = Uma mudança de { $change } pontos ou mais é confiável.

## history: the charts (src/history/html.rs: fn chart)

history-chart-label = { $measure } de { $first } e { $second } em cada aplicação
history-chart-point = { $name }: { $score } na aplicação { $sitting }

## history: notes (src/history/mod.rs and src/commands/history.rs)

history-no-norms = O questionário não dá normas para esta dimensão, então não é possível avaliar se uma mudança é confiável.
history-no-norms-of-their-own = Grupos e índices não têm normas próprias, então não é possível avaliar se a mudança deles é confiável.
history-norms-differ = As versões do questionário dão normas diferentes para esta dimensão, então não é possível avaliar se uma mudança é confiável.
history-not-scored = Um traço é uma pontuação que não pôde ser calculada naquela aplicação: poucas das suas perguntas foram respondidas (ou, num grupo ou índice, nenhuma das suas dimensões pôde ser pontuada), então também não há mudança para ela nem a partir dela.
history-note-private = Algumas perguntas são privadas para cada pessoa e não fazem parte de um histórico de duas pessoas. Cada pessoa pode ver o próprio histórico dando a `history` só as próprias respostas.
history-note-versions = As aplicações usaram as versões { $versions } de `{ $id }`, então são comparadas só nas dimensões que todas as versões têm.
history-note-versions-left-out = Deixadas de fora: { $dimensions }.
history-dimension-only-in = { $name } (só { $versions })
history-note-not-compared = Não comparados, porque as versões os formam com dimensões diferentes: { $measures }.
history-note-one-answered = Só { $name } respondeu, então as pontuações de { $other } são apenas a visão de { $name } sobre { $other }.
history-note-other-questionnaire = Deixados de fora, porque são respostas a outro questionário: { $files }.
history-note-unfinished = Deixados de fora, porque não estão concluídos (sem horário `completed`): { $files }.

## history: what stops it (src/commands/history.rs; stderr, after the file or folder named)

history-error-nothing-found = { $why }; informe arquivos de respostas salvos (como `take` e `session` os salvam) ou pastas com eles
history-why-other-person = nenhuma das respostas encontradas ali foi dada só por { $name }
history-why-other-couple = nenhuma das respostas encontradas ali é de { $names } sobre a outra pessoa do casal
history-why-other-questionnaires = só foram encontradas ali respostas a questionários diferentes do de -q
history-why-unfinished = só foram encontradas ali respostas não concluídas (sem horário `completed`)
history-why-no-files = nenhum arquivo de respostas foi encontrado ali
history-error-q-mismatch = -q informou `{ $given }`, mas as respostas são de `{ $id }`; informe em `-q` o questionário em que elas foram respondidas
history-error-one-sitting = history compara duas aplicações ou mais, mas estas respostas são de uma só aplicação ({ $files }); informe também as respostas de outras aplicações
history-error-mixed-versions = estas respostas são da versão { $version } de `{ $id }`, mas `{ $other }`, da mesma aplicação, é da { $other_version }; as duas respostas de uma aplicação precisam ser de uma só versão
history-error-no-folder = nenhuma aplicação salva de { $names } foi encontrada: esta pasta não existe; `history --people` lê as pastas onde `take` e `session` salvam, então informe os arquivos ou pastas de respostas salvas em outro lugar
history-error-reading = ao ler `{ $path }`
history-error-reading-folder = ao ler a pasta `{ $path }`
history-error-reading-scores = ao ler de volta as pontuações e sessões do histórico dos arquivos temporários onde foram guardadas
history-error-writing-scores = ao guardar as pontuações e sessões do histórico em arquivos temporários (a pasta deles pode estar cheia: TMPDIR indica outra)
history-error-keeping-files = ao guardar a lista de arquivos de respostas encontrados em um arquivo temporário, ou ao lê-la de volta (a pasta dele pode estar cheia: TMPDIR indica outra)
history-error-too-many-files = mais de { $max } arquivos de respostas em `{ $path }`; informe a pasta de um só casal ou de uma só pessoa
history-error-versions-differ = os dois objetos de respostas indicam versões diferentes ({ $first } e { $second }); coloque-os em dois arquivos
history-version-none = nenhuma
history-error-not-finished = estas respostas não têm horário `completed` (RFC 3339, como "2026-11-22T06:20:00Z"); um histórico precisa de respostas concluídas: conclua-as com `take --resume`, ou acrescente o horário
history-error-changed = este arquivo mudou enquanto o histórico era feito (não é mais o arquivo que era quando foi encontrado ou lido pela primeira vez); execute `history` de novo quando nada estiver escrevendo nele
history-error-other-questionnaire = estas respostas são do questionário `{ $id }`, mas `{ $file }` é de `{ $other }`; um histórico reúne as aplicações de um só questionário (numa pasta, `-q` escolhe um)
history-questionnaire-none = (nenhum indicado)
history-error-other-people = estas são respostas de { $respondent } sobre { $partner }, mas `{ $file }` contém respostas de { $other_respondent } sobre { $other_partner }; um histórico reúne as aplicações das mesmas duas pessoas
history-error-no-questionnaire = as respostas não têm o campo `questionnaire`; acrescente um, ou use `-q NAME|PATH`
history-error-not-bundled = estas respostas são de `{ $id }`, que não vem incluído; { $hint }
history-error-not-bundled-version = estas respostas são de `{ $id }` { $version }, que não vem incluído; { $hint }
history-hint-pass-q = use `-q PATH` com o arquivo desse questionário (uma vez para cada versão que as respostas usam)
history-hint-add-q = -q informou `{ $id }` só em { $versions }; acrescente `-q PATH` para esta versão
