# French messages of the interactive area (take and session). The ids, variables and
# comments on where each message is used are in locales/en/interactive.ftl.
#
# Made by the powerbalance developers with machine assistance from the English, message by
# message; not yet reviewed by a native speaker. Register and terms as in
# questionnaires/*.fr.toml: "vous" (to one person and to both), international French; "votre
# partenaire", "votre thérapeute"; no adjective or participle that agrees with a person
# ("individuellement" rather than "seul(e)", "chaque personne a terminé"); a name never
# follows "de" or "que", where French would elide ("réponses données par {person}", "c'est à
# {me} de répondre", "pendant que {other} répond"). A no-break space (U+00A0) before : ; ? !
# and inside « ». The key Enter is "Entrée"; the letter keys stay s, b, v, f, j, q.
# A native speaker should check first: the private part (session-alone-*, session-private-*,
# session-intro-part2) for exactly the English promises, and "mode simple" for --plain.

## Answers in words

review-answer-masked = réponse donnée
review-answer-not-answered = sans réponse
review-answer-skipped = passée
review-answer-label = { $label } ({ $value })

## The terminal's item screen

screen-item-your-answer = (votre réponse)
screen-item-skip = Je préfère ne pas répondre
screen-item-skip-skipped-before = Je préfère ne pas répondre  (passée auparavant)
screen-item-back = Revenir à la question précédente
screen-item-quick-exit = Sortie rapide : enregistre, efface l'écran, quitte
screen-item-help = Tapez le numéro de votre réponse, ou utilisez ↑ ↓ et Entrée.
screen-keys-answer = chiffre/↑↓ Entrée
screen-keys-skip = s passer
screen-keys-skip-skipped = s passer (passée)
screen-keys-back = b retour
screen-keys-quick-exit = { $key } sortie rapide

## The terminal's text screens

screen-press-enter-continue = Appuyez sur Entrée pour continuer.  ({ $key } : sortie rapide)
screen-press-enter-more = Appuyez sur Entrée pour la suite.  ({ $key } : sortie rapide)

## The terminal's review

review-heading = Relisez vos réponses : choisissez-en une pour la modifier, ou terminez
review-finish = Terminer : ce sont mes réponses
review-keys = ↑↓ Entrée · { $key } sortie rapide
review-keys-show-private = ↑↓ Entrée · v afficher les réponses privées · { $key } sortie rapide
review-keys-hide-private = ↑↓ Entrée · v masquer les réponses privées · { $key } sortie rapide

## The name prompt

screen-name-empty = tapez un nom, ou une étiquette comme A
plain-name-empty = Tapez un nom, ou une étiquette comme A.

## Plain mode

plain-press-enter = Appuyez sur Entrée pour continuer.
plain-item-skip = je préfère ne pas répondre
plain-item-back = revenir à la question précédente
plain-item-quick-exit = sortie rapide (enregistre et quitte)
plain-item-before = Votre réponse précédente : { $answer }. Appuyez sur Entrée pour la garder.
plain-item-answer-prompt = Réponse :
plain-item-retry = Tapez un nombre de { $min } à { $max }, ou s pour passer.
plain-item-retry-back = Tapez un nombre de { $min } à { $max }, s pour passer, ou b pour revenir en arrière.
plain-review-heading = Vos réponses :
plain-review-prompt = Tapez f pour terminer, ou le numéro d'une question pour la modifier :
plain-review-prompt-private = Tapez f pour terminer, ou le numéro d'une question pour la modifier (v affiche les réponses privées) :
plain-review-no-such = Il n'y a pas de question { $number }.
plain-choose-prompt = Tapez l'une des lettres ci-dessus :

## Ctrl-C and where the answers are

interrupt-nothing-yet = Arrêt avant la première réponse ; rien n'a été enregistré.
interrupt-stopped-yours =
    Arrêt. Vos réponses jusqu'ici sont enregistrées dans { $place }.
    Pour reprendre là où vous en étiez :
interrupt-stopped-session =
    Arrêt. Les réponses jusqu'ici sont enregistrées dans { $place }.
    Pour reprendre là où la séance s'est arrêtée :
interrupt-stopped-no-save = Arrêt. Rien n'a été enregistré (--no-save).

## Openings

answering-intro-not-diagnosis = Les réponses décrivent comment l'influence s'exerce entre vous deux. Elles sont un point de départ pour une conversation, pas un diagnostic.
answering-intro-controls = Vous pouvez passer toute question à laquelle vous préférez ne pas répondre (s), revenir en arrière (b) et relire chaque réponse avant de terminer. La touche q quitte aussitôt : elle enregistre ce que vous avez déjà répondu et efface l'écran.
answering-saving-in = Chaque réponse est enregistrée dès qu'elle est donnée, dans { $place }. Seul ce compte d'utilisateur de l'ordinateur peut l'ouvrir ; toute personne qui peut utiliser ce compte, ou qui administre l'ordinateur, pourrait donc le lire.
answering-saving-none = Rien n'est écrit sur le disque (--no-save) : si vous arrêtez avant la fin, les réponses sont perdues.
answering-no-translation = Le questionnaire { $questionnaire } n'a pas de traduction ({ $lang }) : ses questions s'affichent dans leur langue d'origine.

## Errors while answering

answering-error-saving = enregistrement des réponses dans `{ $path }`
answering-error-context = en répondant au questionnaire
answering-error-two-names = il faut deux noms différents et non vides : { $reason }

## take

take-name-yours = Votre nom (ou une étiquette comme A)
take-name-partner = Le nom de l'autre personne
take-name-partner-again = C'est votre propre nom. Le nom de l'autre personne (pas « { $respondent } »)
take-intro-who = { $respondent }, il y a { $questions ->
        [one] { $questions } question
       *[other] { $questions } questions
    } sur vous et sur { $partner } ; cela prend environ { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }. À la fin, votre rapport s'affiche sur cet écran.
take-intro-private = Certaines questions sont privées et portent sur votre sécurité : elles figurent dans votre propre rapport, et jamais dans un rapport commun à vous deux. S'il n'est pas sûr d'y répondre là où vous êtes, passez-les.
take-file-unsaved = vos réponses
take-end-saved = Vos réponses sont enregistrées dans { $place }.
take-end-not-saved = Vos réponses n'ont pas été enregistrées (--no-save).
take-error-answers-array = `take --answers` prend les réponses d'une seule personne, pas une liste
take-error-missing-answers = { $missing ->
        [one] { $missing } question sur { $total } n'a
       *[other] { $missing } questions sur { $total } n'ont
    } pas de réponse (null ou absente), et --no-input ne pose aucune question ; complétez-les, répondez-y au terminal avec `take --answers FILE`, ou calculez les scores des réponses telles quelles avec `powerbalance score FILE`
take-error-no-terminal = `take` pose ses questions dans un terminal, et stdin et stderr ne sont pas tous deux des terminaux (ou --no-input a été donné). Sans terminal : remplissez `powerbalance template` et lancez `powerbalance score FILE`, ou donnez toutes les réponses avec `take --answers FILE --no-input`, ou répondez ligne par ligne avec `take --plain`.
take-error-names-needed = donnez --respondent et --partner, ou un fichier de réponses qui les nomme
take-error-save-exists = `{ $path }` existe déjà ; pour le poursuivre, utilisez `--resume { $path }`, ou ajoutez --force pour y recommencer à zéro

## session: names, turns and files

session-name-first = Le nom de la première personne
session-name-second = Le nom de la deuxième personne
session-turn-together = { $me } répond, ensemble ({ $other }, merci de détourner le regard)
session-turn-alone = { $me } répond, individuellement : questions privées
session-file-answers = réponses données par { $person }

## session: the opening

session-intro-part1 = Partie 1, ensemble : d'abord { $first }, puis { $second } ; chaque personne répond à { $questions ->
        [one] { $questions } question
       *[other] { $questions } questions
    } (environ { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } par personne) pendant que l'autre détourne le regard. Le rapport commun, que votre thérapeute peut vous montrer ensemble, est établi à partir de ces réponses.
session-intro-private-plain = Il y a aussi { $count ->
        [one] { $count } question privée
       *[other] { $count } questions privées
    } sur la sécurité. Ce mode simple ne peut pas effacer l'écran : cette partie n'est donc pas faite ici ; à la fin, on vous indique comment chaque personne y répondra plus tard, individuellement.
session-intro-part2 = Partie 2, individuellement : chaque personne répond à { $count ->
        [one] { $count } question privée
       *[other] { $count } questions privées
    } sur la sécurité, pendant que l'autre personne est hors de la pièce. Ces questions ne figurent pas dans le rapport commun, et cet outil ne montre jamais les réponses privées d'une personne à l'autre : chaque personne voit ses propres résultats à la fin de sa partie, et votre thérapeute voit les réponses des deux personnes dans un rapport clinique distinct. S'il n'est pas sûr de répondre, passez la question.
session-intro-controls = Passez toute question à laquelle vous préférez ne pas répondre (s), revenez en arrière (b) et relisez vos réponses avant de terminer. La touche q quitte aussitôt : elle enregistre ce qui a été répondu et efface l'écran.

## session: the hand-off before part 1

session-together-title = Partie 1, ensemble : c'est à { $me } de répondre.
session-together-plain-warning = Ce mode simple ne peut pas effacer l'écran : les réponses données par { $other } y sont encore, plus haut, et on peut y revenir en faisant défiler. Si { $me } ne doit pas les voir, effacez l'historique de cette fenêtre ou détournez l'écran avant de continuer.
session-together-cleared = L'écran et son historique de défilement ont été effacés.
session-together-keyboard-plain = { $me }, prenez le clavier, s'il vous plaît. { $other }, merci de ne pas regarder l'écran tant que { $me } n'a pas terminé.
session-together-keyboard = { $me }, prenez le clavier, s'il vous plaît. { $other }, merci de ne pas regarder l'écran tant que { $me } n'a pas terminé ; l'écran et son historique de défilement sont effacés avant le tour de toute autre personne.
session-together-about = { $me }, les questions portent sur vous et sur { $other }.

## session: part 2, alone

session-alone-handoff =
    Partie 2, individuellement : c'est à { $me } de répondre.

    { $other }, merci de quitter la pièce maintenant ; on vous demandera de revenir.

    { $me } : appuyez sur Entrée seulement une fois que { $other } a quitté la pièce.
session-alone-next = { $me }, { $count ->
        [one] la question suivante porte
       *[other] les { $count } questions suivantes portent
    } sur votre propre sécurité.
session-alone-next-at-most = { $me }, { $count ->
        [one] la question suivante ({ $count } au plus) porte
       *[other] les questions suivantes ({ $count } au plus) portent
    } sur votre propre sécurité.
session-alone-none = { $me }, il ne vous reste aucune question dans cette partie. Vous pourrez ensuite revoir vos réponses, puis vous verrez vos propres résultats.
session-alone-not-shown = Cet outil ne montre pas vos réponses à { $other } : elles ne figurent pas dans le rapport commun. Vous voyez vos résultats à la fin de cette partie, et votre thérapeute les voit dans le rapport clinique.
session-alone-skip = Passez toute question à laquelle vous préférez ne pas répondre, ou à laquelle il n'est pas sûr de répondre maintenant ; q quitte aussitôt.

## session: the person's own private results

session-private-heading = { $me }, vos résultats privés
session-private-none = Aucune des règles de sécurité privées ne s'est déclenchée sur vos réponses. Si quelque chose vous inquiète malgré tout, l'aide ci-dessous est là pour vous aussi.
session-private-prompt = Pour y réfléchir de votre côté : { $prompt }
session-private-resources = Si vous avez besoin de soutien
session-private-wiped = Cet écran est effacé quand vous appuyez sur Entrée. Votre thérapeute voit ces réponses dans le rapport clinique ; cet outil ne les montre pas à { $other }.

## session: after part 2

session-after-alone-first =
    Merci, { $me }. L'écran a été effacé.

    Demandez à { $other } d'entrer, s'il vous plaît, et quittez vous-même la pièce pendant que { $other } répond.
session-after-alone-second =
    Merci, { $me }. L'écran a été effacé.

    Votre thérapeute peut maintenant demander à { $other } de revenir.

## session: the gate

session-gate-finished = Chaque personne a terminé.
session-gate-plain-warning = Ce mode simple ne peut pas effacer l'écran : les réponses ci-dessus y sont encore et on peut y revenir en faisant défiler.
session-gate-saved = Les réponses, le rapport commun et le rapport clinique sont enregistrés dans { $dir }.
session-gate-not-saved = Rien n'a été enregistré (--no-save).
session-gate-plain-private =
    Les questions privées sur la sécurité n'ont pas été posées sur cet écran partagé, qui ne peut pas être effacé. Chaque personne y répond plus tard, individuellement, sur un écran que personne d'autre ne peut voir, dans son propre fichier de réponses :
    {"  "}{ $first }: powerbalance take --resume { $first_file }
    {"  "}{ $second }: powerbalance take --resume { $second_file }
    (ajoutez --plain pour un lecteur d'écran). Ensuite, votre thérapeute refait le rapport clinique avec
      powerbalance score --clinician { $first_file } { $second_file }
session-gate-therapist = À l'attention de votre thérapeute : affichez le rapport commun sur cet écran, où vous pouvez le voir ensemble, ou terminez sans l'afficher. Le rapport clinique n'est jamais affiché ici.
session-gate-show = Afficher le rapport commun sur cet écran
session-gate-finish = Terminer sans l'afficher

## session: the end and its errors

session-end-saved = Séance terminée. Les réponses et les rapports sont enregistrés dans { $dir }.
session-end-not-saved = Séance terminée. Les réponses n'ont pas été enregistrées (--no-save).
session-error-no-terminal = `session` pose ses questions dans un terminal, et stdin et stderr ne sont pas tous deux des terminaux (ou --no-input a été donné). Sans terminal : chaque personne remplit `powerbalance template`, puis `powerbalance score A.json B.json` donne le rapport commun ; ou bien répondez ligne par ligne avec `session --plain`.
session-error-no-save-private = `session --no-save` ferait perdre le rapport clinique, le seul endroit où la ou le thérapeute reçoit les réponses privées de `{ $questionnaire }` ; donnez --save-dir DIR (et supprimez le dossier quand il n'est plus utile), ou un questionnaire sans questions privées
session-error-wrong-people = `{ $file }` contient les réponses données par { $respondent } sur { $partner }, et non celles données par { $me } sur { $other } ; utilisez un autre --save-dir

## The data folder

save-error-no-data-dir = recherche de votre dossier de données (HOME est-il défini ?) ; donnez plutôt --save FILE
save-error-checking = vérification de `{ $dir }`
save-error-not-a-folder = `{ $dir }` n'est pas un simple dossier (c'est un lien ou un fichier) ; powerbalance ne garde les réponses que dans un dossier à lui. Supprimez-le, ou donnez --save FILE
save-error-other-user = `{ $dir }` appartient à un autre compte d'utilisateur ; powerbalance n'y gardera pas vos réponses. Donnez --save FILE, ou faites pointer XDG_DATA_HOME vers un de vos dossiers
save-error-making-private = passage de `{ $dir }` en accès privé
save-error-creating = création de `{ $path }`
save-error-no-free-file = aucun nom de fichier libre dans `{ $dir }`
save-error-no-free-folder = aucun nom de dossier libre dans `{ $dir }`
