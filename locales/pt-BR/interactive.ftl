# Brazilian Portuguese messages of the interactive area (take and session). The ids,
# variables and comments on where each message is used are in locales/en/interactive.ftl.
#
# Made by the powerbalance developers with machine assistance from the English, message by
# message; not yet reviewed by a native speaker. Register and terms as in
# questionnaires/*.pt-BR.toml: "você" (and "vocês" to both people), plain Brazilian
# Portuguese; "seu par"; the therapist is "quem conduz a terapia"; "relatório conjunto" and
# "relatório clínico". No pronoun, adjective or participle agrees with a person: "em
# conjunto" (not "juntos"), "a sós", "agradecemos" (not "obrigado/a"), "entre vocês" (not
# "vocês dois"). Keys stay the letters the code reads: s, b, v, f, j, q.
# A native speaker should check first: the private part (session-alone-*, session-private-*,
# session-intro-part2) for exactly the English promises, and "pular" for skip.

## Answers in words

review-answer-masked = respondida
review-answer-not-answered = sem resposta
review-answer-skipped = pulada
review-answer-label = { $label } ({ $value })

## The terminal's item screen

screen-item-your-answer = (sua resposta)
screen-item-skip = Prefiro não responder
screen-item-skip-skipped-before = Prefiro não responder  (pulada antes)
screen-item-back = Voltar à pergunta anterior
screen-item-quick-exit = Saída rápida: salva, limpa a tela e sai
screen-item-help = Digite o número da sua resposta, ou use ↑ ↓ e Enter.
screen-keys-answer = dígito/↑↓ Enter
screen-keys-skip = s pular
screen-keys-skip-skipped = s pular (pulada)
screen-keys-back = b voltar
screen-keys-quick-exit = { $key } saída rápida

## The terminal's text screens

screen-press-enter-continue = Pressione Enter para continuar.  ({ $key }: saída rápida)
screen-press-enter-more = Pressione Enter para ver mais.  ({ $key }: saída rápida)

## The terminal's review

review-heading = Revise suas respostas: escolha uma para mudá-la, ou termine
review-finish = Terminar: estas são minhas respostas
review-keys = ↑↓ Enter · { $key } saída rápida
review-keys-show-private = ↑↓ Enter · v mostrar as respostas privadas · { $key } saída rápida
review-keys-hide-private = ↑↓ Enter · v ocultar as respostas privadas · { $key } saída rápida

## The name prompt

screen-name-empty = digite um nome, ou um rótulo como A
plain-name-empty = Digite um nome, ou um rótulo como A.

## Plain mode

plain-press-enter = Pressione Enter para continuar.
plain-item-skip = prefiro não responder
plain-item-back = voltar à pergunta anterior
plain-item-quick-exit = saída rápida (salva e sai)
plain-item-before = Sua resposta anterior: { $answer }. Pressione Enter para mantê-la.
plain-item-answer-prompt = Resposta:
plain-item-retry = Digite um número de { $min } a { $max }, ou s para pular.
plain-item-retry-back = Digite um número de { $min } a { $max }, s para pular, ou b para voltar.
plain-review-heading = Suas respostas:
plain-review-prompt = Digite f para terminar, ou o número de uma pergunta para mudá-la:
plain-review-prompt-private = Digite f para terminar, ou o número de uma pergunta para mudá-la (v mostra as respostas privadas):
plain-review-no-such = Não existe a pergunta { $number }.
plain-choose-prompt = Digite uma das letras acima:

## Ctrl-C and where the answers are

interrupt-nothing-yet = Interrupção antes da primeira resposta; nada foi salvo.
interrupt-stopped-yours =
    Interrupção. Suas respostas até agora estão salvas em { $place }.
    Para continuar de onde você parou:
interrupt-stopped-session =
    Interrupção. As respostas até agora estão salvas em { $place }.
    Para continuar de onde parou:
interrupt-stopped-no-save = Interrupção. Nada foi salvo (--no-save).

## Openings

answering-intro-not-diagnosis = As respostas descrevem como a influência funciona entre vocês. São um ponto de partida para uma conversa, não um diagnóstico.
answering-intro-controls = Você pode pular qualquer pergunta que prefira não responder (s), voltar (b) e revisar todas as respostas antes de terminar. A tecla q sai na hora: salva o que você já respondeu e limpa a tela.
answering-saving-in = Cada resposta é salva assim que é dada, em { $place }. Só esta conta de usuário do computador pode abrir esse local; por isso, qualquer pessoa que possa usar esta conta, ou que administre o computador, poderia ler as respostas.
answering-saving-none = Nada é gravado no disco (--no-save): se você parar antes do fim, as respostas se perdem.
answering-no-translation = O questionário { $questionnaire } não tem tradução ({ $lang }): as perguntas aparecem no idioma original.

## Errors while answering

answering-error-saving = ao salvar as respostas em `{ $path }`
answering-error-context = ao responder o questionário
answering-error-two-names = são necessários dois nomes diferentes e não vazios: { $reason }

## take

take-name-yours = Seu nome (ou um rótulo como A)
take-name-partner = O nome da outra pessoa
take-name-partner-again = Esse é o seu próprio nome. O nome da outra pessoa (não "{ $respondent }")
take-intro-who = { $respondent }, há { $questions ->
        [one] { $questions } pergunta
       *[other] { $questions } perguntas
    } sobre você e sobre { $partner }; isso leva cerca de { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }. No fim, seu relatório aparece nesta tela.
take-intro-private = Algumas perguntas são privadas, sobre a sua segurança: elas aparecem no seu próprio relatório e nunca num relatório conjunto de vocês. Se não for seguro respondê-las onde você está, pule essas perguntas.
take-file-unsaved = suas respostas
take-end-saved = Suas respostas estão salvas em { $place }.
take-end-not-saved = Suas respostas não foram salvas (--no-save).
take-error-answers-array = `take --answers` recebe as respostas de uma só pessoa, não uma lista
take-error-missing-answers = { $missing } de { $total ->
        [one] { $total } pergunta
       *[other] { $total } perguntas
    } { $missing ->
        [one] está
       *[other] estão
    } sem resposta (null ou ausente), e --no-input não pergunta nada; preencha-as, responda-as no terminal com `take --answers FILE`, ou calcule os resultados das respostas como estão com `powerbalance score FILE`
take-error-no-terminal = `take` faz as perguntas num terminal, e stdin e stderr não são ambos terminais (ou --no-input foi usado). Sem terminal: preencha `powerbalance template` e rode `powerbalance score FILE`, ou dê todas as respostas com `take --answers FILE --no-input`, ou responda linha por linha com `take --plain`.
take-error-names-needed = informe --respondent e --partner, ou um arquivo de respostas que traga os nomes
take-error-save-exists = `{ $path }` já existe; para continuar nele use `--resume { $path }`, ou acrescente --force para recomeçar nele

## session: names, turns and files

session-name-first = O nome da primeira pessoa
session-name-second = O nome da segunda pessoa
session-turn-together = Vez de { $me }, em conjunto ({ $other }, por favor, não olhe para a tela)
session-turn-alone = Vez de { $me }, a sós: parte privada
session-file-answers = respostas de { $person }

## session: the opening

session-intro-part1 = Parte 1, em conjunto: primeiro { $first }, depois { $second }; cada pessoa responde { $questions ->
        [one] { $questions } pergunta
       *[other] { $questions } perguntas
    } (cerca de { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    } por pessoa) enquanto a outra não olha para a tela. O relatório conjunto, que quem conduz a terapia pode mostrar a vocês, é feito a partir dessas respostas.
session-intro-private-plain = Há também { $count ->
        [one] { $count } pergunta privada
       *[other] { $count } perguntas privadas
    } sobre segurança. Este modo simples não consegue limpar a tela, por isso essa parte não é feita aqui: no fim, vocês ficam sabendo como cada pessoa vai respondê-la depois, a sós.
session-intro-part2 = Parte 2, a sós: cada pessoa responde { $count ->
        [one] { $count } pergunta privada
       *[other] { $count } perguntas privadas
    } sobre segurança, com a outra pessoa fora da sala. Essas perguntas não fazem parte do relatório conjunto, e esta ferramenta nunca mostra as respostas privadas de uma pessoa à outra: cada pessoa vê os próprios resultados no fim da sua parte, e quem conduz a terapia vê as respostas das duas pessoas num relatório clínico separado. Se não for seguro responder, pule a pergunta.
session-intro-controls = Pule qualquer pergunta que prefira não responder (s), volte (b) e revise as respostas antes de terminar. A tecla q sai na hora: salva o que foi respondido e limpa a tela.

## session: the hand-off before part 1

session-together-title = Parte 1, em conjunto: vez de { $me }.
session-together-plain-warning = Este modo simples não consegue limpar a tela: as respostas de { $other } ainda estão nela, mais acima, e é possível rolar de volta até elas. Se { $me } não deve vê-las, apague o histórico desta janela ou vire a tela antes de continuar.
session-together-cleared = A tela e o histórico de rolagem foram limpos.
session-together-keyboard-plain = { $me }, por favor, fique com o teclado. { $other }, por favor, não olhe para a tela até { $me } terminar.
session-together-keyboard = { $me }, por favor, fique com o teclado. { $other }, por favor, não olhe para a tela até { $me } terminar; a tela e o histórico de rolagem são limpos antes da vez de qualquer outra pessoa.
session-together-about = { $me }, as perguntas são sobre você e sobre { $other }.

## session: part 2, alone

session-alone-handoff =
    Parte 2, a sós: vez de { $me }.

    { $other }, por favor, saia da sala agora; depois vão chamar você de volta.

    { $me }: pressione Enter só quando { $other } tiver saído da sala.
session-alone-next = { $me }, { $count ->
        [one] a próxima pergunta é
       *[other] as próximas { $count } perguntas são
    } sobre a sua própria segurança.
session-alone-next-at-most = { $me }, { $count ->
        [one] a próxima pergunta (no máximo { $count }) é
       *[other] as próximas perguntas, até { $count }, são
    } sobre a sua própria segurança.
session-alone-none = { $me }, não restam perguntas para você nesta parte. A seguir, você pode rever suas respostas e depois verá seus próprios resultados.
session-alone-not-shown = Esta ferramenta não mostra suas respostas a { $other }: elas não estão no relatório conjunto. Você vê seus resultados no fim desta parte, e quem conduz a terapia vê as respostas no relatório clínico.
session-alone-skip = Pule qualquer pergunta que prefira não responder, ou que não seja seguro responder agora; q sai na hora.

## session: the person's own private results

session-private-heading = { $me }, seus resultados privados
session-private-none = Nenhuma das regras privadas de segurança foi acionada pelas suas respostas. Se algo ainda preocupa você, a ajuda abaixo também está aqui para você.
session-private-prompt = Para você pensar a sós: { $prompt }
session-private-resources = Se você precisar de apoio
session-private-wiped = Esta tela é apagada quando você pressiona Enter. Quem conduz a terapia vê essas respostas no relatório clínico; esta ferramenta não as mostra a { $other }.

## session: after part 2

session-after-alone-first =
    Agradecemos, { $me }. A tela foi limpa.

    Por favor, peça a { $other } que entre, e saia você da sala enquanto { $other } responde.
session-after-alone-second =
    Agradecemos, { $me }. A tela foi limpa.

    Quem conduz a terapia já pode chamar { $other } de volta.

## session: the gate

session-gate-finished = As duas pessoas terminaram.
session-gate-plain-warning = Este modo simples não consegue limpar a tela: as respostas acima ainda estão nela e é possível rolar de volta até elas.
session-gate-saved = As respostas, o relatório conjunto e o relatório clínico estão salvos em { $dir }.
session-gate-not-saved = Nada foi salvo (--no-save).
session-gate-plain-private =
    As perguntas privadas sobre segurança não foram feitas nesta tela compartilhada, que não pode ser limpa. Cada pessoa as responde depois, a sós, numa tela que ninguém mais possa ver, no seu próprio arquivo de respostas:
    {"  "}{ $first }: powerbalance take --resume { $first_file }
    {"  "}{ $second }: powerbalance take --resume { $second_file }
    (acrescente --plain para um leitor de tela). Depois, quem conduz a terapia refaz o relatório clínico com
      powerbalance score --clinician { $first_file } { $second_file }
session-gate-therapist = Para quem conduz a terapia: mostre o relatório conjunto nesta tela, onde as duas pessoas podem vê-lo, ou termine sem mostrá-lo. O relatório clínico nunca é mostrado aqui.
session-gate-show = Mostrar o relatório conjunto nesta tela
session-gate-finish = Terminar sem mostrá-lo

## session: the end and its errors

session-end-saved = Sessão encerrada. As respostas e os relatórios estão salvos em { $dir }.
session-end-not-saved = Sessão encerrada. As respostas não foram salvas (--no-save).
session-error-no-terminal = `session` faz as perguntas num terminal, e stdin e stderr não são ambos terminais (ou --no-input foi usado). Sem terminal: cada pessoa preenche `powerbalance template`, e depois `powerbalance score A.json B.json` gera o relatório conjunto; ou respondam linha por linha com `session --plain`.
session-error-no-save-private = `session --no-save` perderia o relatório clínico, o único lugar onde as respostas privadas de `{ $questionnaire }` chegam a quem conduz a terapia; informe --save-dir DIR (e apague a pasta quando não for mais necessária), ou um questionário sem perguntas privadas
session-error-wrong-people = `{ $file }` contém as respostas de { $respondent } sobre { $partner }, não as de { $me } sobre { $other }; use outro --save-dir

## The data folder

save-error-no-data-dir = ao procurar sua pasta de dados (HOME está definido?); informe --save FILE em vez disso
save-error-checking = ao verificar `{ $dir }`
save-error-not-a-folder = `{ $dir }` não é uma pasta comum (é um link ou um arquivo); o powerbalance guarda as respostas só numa pasta própria. Remova esse item, ou informe --save FILE
save-error-other-user = `{ $dir }` pertence a outra conta de usuário; o powerbalance não vai guardar suas respostas ali. Informe --save FILE, ou defina XDG_DATA_HOME como uma pasta sua
save-error-making-private = ao tornar `{ $dir }` privada
save-error-creating = ao criar `{ $path }`
save-error-no-free-file = nenhum nome de arquivo livre em `{ $dir }`
save-error-no-free-folder = nenhum nome de pasta livre em `{ $dir }`
