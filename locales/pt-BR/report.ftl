# As palavras dos relatórios (tabela, Markdown, HTML), de `history` e de `stats`, em português
# do Brasil. The same ids and variables as locales/en/report.ftl (see its comments for where
# each is used).
#
# Made by the powerbalance developers with machine assistance from the English, checked message
# by message; not yet reviewed by a native speaker. Choices as in questionnaires/*.pt-BR.toml:
# "você"; the partner is "seu par"; no pronoun, adjective or participle agrees with a person or
# a name ("a si", "essa pessoa", "cada pessoa"); where English says "you" to both, "vocês" or
# "cada pessoa". Kinds of power: "bases de poder", "duras"/"brandas" (the groups' names, with
# "base" feminine); markers: "sinais de equilíbrio"; "say": "voz"; a sitting of `history` is an
# "aplicação" (of the questionnaire).

## Every report

report-not-a-diagnosis = Estas pontuações descrevem como as respostas foram dadas. Elas são um ponto de partida para uma conversa, não um diagnóstico nem um julgamento de ninguém.

## Header

report-title-clinician = Relatório clínico · { $title }
report-subtitle = Questionário { $id } { $version } · { $first } e { $second }
report-header-finished = { " " }(concluiu em { $when })
report-header-answered-one = Respondido só por { $name }{ $finished }; { $other } não respondeu.
report-header-answered-two = Respondido por { $first }{ $first_finished } e por { $second }{ $second_finished }.
report-answered-in = Idioma das respostas: { $people }
report-answered-in-person = { $name }: { $language }
report-answered-in-person-own = { $name }: { $language } ({ $own })
report-language-name = { $lang ->
        [es] espanhol
        [fr] francês
        [de] alemão
        [pt-BR] português do Brasil
       *[en] inglês
    }

## Dates and times

report-month = { $month ->
        [1] jan.
        [2] fev.
        [3] mar.
        [4] abr.
        [5] mai.
        [6] jun.
        [7] jul.
        [8] ago.
        [9] set.
        [10] out.
        [11] nov.
       *[12] dez.
    }
report-date = { $day } { $month } { $year }
report-date-time = { $date }, { $time } { $zone }

## What the report says first

report-clinician-intro = Relatório clínico: somente para quem conduz a terapia. Ele contém as respostas privadas das duas pessoas sobre segurança; nenhuma delas viu as respostas da outra. Não mostre este relatório na tela compartilhada nem o use em sessões conjuntas.

report-heading-next-step = Próximo passo
report-heading-notes = Observações
report-heading-support = Se você precisar de apoio

## Scores

-report-middle = Uma pontuação de 0 significa a resposta mais baixa em todas as perguntas, 100 a mais alta, e 50 respostas no meio, em média (como "Nem concordo nem discordo" ou "Às vezes").

report-column-difference = Diferença
report-column-area = Área

report-bases-heading = Bases de poder
report-bases-column = Base
report-bases-intro-one = Quanto de cada tipo de influência cada pessoa tem, de 0 a 100, na visão de { $name }. { -report-middle } Alguma diferença é normal; o que importa é que a influência vá nos dois sentidos.
report-bases-intro-two = Quanto de cada tipo de influência cada pessoa tem, de 0 a 100, combinando como cada pessoa vê a si mesma e como vê a outra. { -report-middle } Alguma diferença é normal; o que importa é que a influência vá nos dois sentidos.

report-overall-heading = O poder no conjunto
report-overall-column = Índice
report-overall-group = { $group }: { $members }.
report-overall-intro = O índice de poder é a média ponderada de todas as bases.
report-power-index = Índice de poder
report-balance-index = Índice de equilíbrio
report-group-name = { $group ->
        [harsh] Bases duras
        [soft] Bases brandas
       *[other] Bases: { $name }
    }
report-and-list = { $init } e { $last }

report-markers-heading = Sinais de equilíbrio
report-markers-column = Sinal
report-markers-intro = Quanto cada pessoa mostra os sinais de um relacionamento equilibrado, de 0 a 100; mais alto é mais. { -report-middle } O índice de equilíbrio é a média deles.

report-decisions-heading = Quem decide
report-decisions-intro-one = Quanta voz cada pessoa tem nas áreas da vida perguntadas, de 0 a 100: 50 é voz igual, acima de 50 é mais da metade.
report-decisions-intro-two = Quanta voz cada pessoa tem nas áreas da vida perguntadas, de 0 a 100: 50 é voz igual, acima de 50 é mais da metade; quando as duas pessoas responderam sobre todas as áreas, os dois números somam 100.

report-difference = { $name } +{ $points }
report-difference-even = igual

## Safety (only in a report that may show private results)

report-safety-heading = Segurança
report-safety-heading-of = Segurança: respostas de { $name }
report-safety-intro = Privado: a partir das próprias respostas de { $name } às perguntas sobre segurança, sobre { $other } e sobre si. Aqui, mais alto significa mais preocupação: 0 significa que todas as respostas foram a mais baixa ("Nunca"), e mesmo uma única resposta acima disso pode importar; por isso as mensagens abaixo dizem o que foi respondido.
report-safety-column-about = Sobre { $name }

## Who has more say, area by area

report-compare-heading = Quem tem mais voz, área por área
report-compare-intro = As respostas de cada pessoa num mesmo quadro: quem tem mais voz, { $first } ou { $second }, ou as duas pessoas por igual. Vocês veem { $agree } de { $total } { $total ->
        [one] área
       *[other] áreas
    } do mesmo jeito e { $differ } de jeitos diferentes; onde vocês veem de jeitos diferentes é um bom ponto para começar a conversar.
report-compare-column-says = Segundo { $name }
report-compare-column-together = No conjunto
report-compare-both-equally = as duas pessoas por igual
report-compare-mostly = mais { $name }
report-compare-agree = concordam
report-compare-differ = veem diferente

## How each is seen (both answered)

report-views-heading = Como cada pessoa vê { $name }
report-views-intro = O que { $name } responde sobre si, ao lado do que { $other } responde sobre { $name }. Onde os dois números diferem, vocês vivem a mesma coisa de formas diferentes, e muitas vezes é sobre isso que mais vale a pena conversar.
report-views-column-dimension = Dimensão
report-views-column-by = Segundo { $name }

## Rules that fired

report-heading-alert = Precisa de atenção
report-heading-warning = Vale a pena conversar
report-heading-info = É bom saber
report-heading-private-own = Privado: sobre a sua segurança
report-heading-private-clinician = Privado: sobre a segurança de cada pessoa
report-heading-private-both = Resultados privados
report-prompt-label = Para conversar
report-prompt-label-private-own = Para você pensar a sós
report-prompt-label-private-other = Para essa pessoa pensar a sós
report-label-colon = { $label }:
report-no-concerns = Nenhuma regra deste questionário foi acionada.
report-no-concerns-joint = Nenhuma regra deste relatório conjunto foi acionada. As perguntas privadas não fazem parte dele, então ele não diz nada sobre elas.

## The table for a narrow terminal

report-table-compare-line = { $first_label }: { $first } · { $second_label }: { $second } · { $together }

## HTML

report-html-title = { $title } · { $first } e { $second }
report-radar-label = Gráfico de radar das bases de poder de { $first } e { $second }

## Notes the scoring engine writes (src/scoring/mod.rs)

report-note-one-answered = Só { $name } respondeu, então as pontuações de { $other } vêm apenas das respostas de { $name }; para pôr lado a lado como cada pessoa vê a si mesma e como a outra a vê, as duas precisam responder.
report-note-unfinished = As respostas de { $name } não estão concluídas (o arquivo tem `"completed": null`), então este relatório abrange só as perguntas respondidas até agora.
report-note-not-applying = Deixadas de fora das respostas de { $name }, porque não se aplicam, dadas as outras respostas de { $name }: { $items }.
report-note-unscored-partner = Sem pontuação a partir das respostas de { $name } sobre { $other }: { $dimensions }.
report-note-unscored-self = Sem pontuação a partir das respostas de { $name } sobre si: { $dimensions }.
report-note-unscored-dimension = { $dimension } ({ $answered } de { $total } respondidas, { $needed } necessárias)
report-note-private = Algumas perguntas são privadas para cada pessoa e não fazem parte de um relatório conjunto. Cada pessoa pode ver os próprios resultados pontuando só as próprias respostas.

## The clinician report's next step (src/scoring/mod.rs: fn clinician)

report-next-step-safety = Uma regra de segurança foi acionada (veja abaixo). Atenda cada pessoa separadamente antes de qualquer trabalho conjunto sobre poder ou controle. Pergunte sobre segurança a cada pessoa a sós, longe do par; repasse a ajuda indicada abaixo e um plano para ficar em segurança. Sessões conjuntas sobre poder ou controle não são recomendáveis enquanto uma das pessoas tiver medo da outra, ou sofrer ameaças ou controle. Nada disso está no relatório conjunto e o par não viu: não leve isso a uma sessão conjunta sem a concordância da pessoa.
report-next-step-no-rule = Nenhuma regra privada ou de alerta foi acionada. Isso não descarta um risco: numa primeira triagem, muitas vezes as pessoas não dizem o que temem. Continue perguntando a cada pessoa, a sós, sobre segurança ao longo do trabalho.
report-next-step-silent-one = { $name } não respondeu nenhuma das perguntas privadas sobre segurança (não feitas, puladas ou ainda não respondidas), então nada do que está aqui sobre segurança vem das respostas de { $name }.
report-next-step-silent-two = Nem { $first } nem { $second } responderam às perguntas privadas sobre segurança (não feitas, puladas ou ainda não respondidas), então nada do que está aqui sobre segurança vem das respostas dessas pessoas.

## stats (src/stats/table.rs: fn render_stats_table)

stats-summary = { $id } { $version }: { $sets } { $sets ->
        [one] conjunto de respostas
       *[other] conjuntos de respostas
    }, { $in_couples } deles em casais.
stats-scales-heading = Escalas (pontuações das visões de 0 a 100; alfa sobre os conjuntos de respostas completos)
stats-column-dimension = Dimensão
stats-column-view = Visão
stats-column-items = Perguntas
stats-column-n = n
stats-column-mean = Média
stats-column-sd = DP
stats-column-alpha = Alfa
stats-column-alpha-n = n do alfa
stats-view-self = própria
stats-view-partner = do par
stats-items-heading = Perguntas (r: correlação pergunta-total corrigida; (r) marca uma pergunta invertida)
stats-column-item = Pergunta
stats-column-item-rest = r (pergunta-resto)
stats-column-missing = Sem resposta
stats-column-answers = Respostas (valor: contagem)
stats-pairs-heading = Visão própria comparada à visão do par sobre a mesma pessoa
stats-column-self-partner = r (própria, do par)
stats-formulas = Fórmulas e tratamento das respostas que faltam: docs/stats.md.
