# Les mots des rapports (tableau, Markdown, HTML), de `history` et de `stats`, en français.
# The same ids and variables as locales/en/report.ftl (see its comments for where each is used).
#
# Made by the powerbalance developers with machine assistance from the English, checked message
# by message; not yet reviewed by a native speaker. Choices as in questionnaires/*.fr.toml:
# "vous"; "votre partenaire"; gender-neutral by rephrasing (no adjective or participle agrees
# with a person: "le regard porté sur Alex", not "comment Alex est perçu(e)"); a name never
# follows "de" or "que" (French would elide: "d'Alex"), so "réponses données par Alex",
# "scores attribués à Alex"; a no-break space (U+00A0) before : ; ? ! and inside « ».
# Kinds of power: "bases du pouvoir", "dures"/"douces"; markers: "signes d'équilibre".

## Every report

report-not-a-diagnosis = Ces scores décrivent la façon dont les réponses ont été données. Ils sont un point de départ pour une conversation, pas un diagnostic ni un jugement sur qui que ce soit.

## Header

report-title-clinician = Rapport clinique · { $title }
report-subtitle = Questionnaire { $id } { $version } · { $first } et { $second }
report-header-finished = { " " }(fin : { $when })
report-header-answered-one = Réponses données par { $name }{ $finished } seulement ; { $other } n'a pas répondu.
report-header-answered-two = Réponses données par { $first }{ $first_finished } et par { $second }{ $second_finished }.
report-answered-in = Langue des réponses : { $people }
report-answered-in-person = { $name } : { $language }
report-answered-in-person-own = { $name } : { $language } ({ $own })
report-language-name = { $lang ->
        [es] espagnol
        [fr] français
        [de] allemand
        [pt-BR] portugais du Brésil
       *[en] anglais
    }

## Dates and times

report-month = { $month ->
        [1] janv.
        [2] févr.
        [3] mars
        [4] avr.
        [5] mai
        [6] juin
        [7] juil.
        [8] août
        [9] sept.
        [10] oct.
        [11] nov.
       *[12] déc.
    }
report-date = { $day } { $month } { $year }
report-date-time = { $date }, { $time } { $zone }

## What the report says first

report-clinician-intro = Rapport clinique : uniquement pour la personne qui mène la thérapie. Il contient les réponses privées des deux personnes sur leur sécurité ; aucune des deux n'a vu celles de l'autre. Ne l'affichez pas sur l'écran partagé et ne l'utilisez pas en séance commune.

report-heading-next-step = Prochaine étape
report-heading-notes = Remarques
report-heading-support = Si vous avez besoin de soutien

## Scores

-report-middle = Un score de 0 correspond à la réponse la plus basse à chaque question, 100 à la plus haute, et 50 à des réponses situées en moyenne au milieu (comme « Ni d'accord ni pas d'accord » ou « Parfois »).

report-column-difference = Écart
report-column-area = Domaine

report-bases-heading = Bases du pouvoir
report-bases-column = Base
report-bases-intro-one = Quelle part de chaque forme d'influence revient à chaque personne, de 0 à 100, selon les réponses données par { $name }. { -report-middle } Un certain écart est normal ; ce qui compte, c'est que l'influence circule dans les deux sens.
report-bases-intro-two = Quelle part de chaque forme d'influence revient à chaque personne, de 0 à 100, en réunissant le regard de chaque personne sur elle-même et sur l'autre. { -report-middle } Un certain écart est normal ; ce qui compte, c'est que l'influence circule dans les deux sens.

report-overall-heading = Le pouvoir dans l'ensemble
report-overall-column = Indice
report-overall-group = { $group } : { $members }.
report-overall-intro = L'indice de pouvoir est la moyenne pondérée de toutes les bases.
report-power-index = Indice de pouvoir
report-balance-index = Indice d'équilibre
report-group-name = { $group ->
        [harsh] Bases dures
        [soft] Bases douces
       *[other] Bases : { $name }
    }
report-and-list = { $init } et { $last }

report-markers-heading = Signes d'équilibre
report-markers-column = Signe
report-markers-intro = Dans quelle mesure chaque personne montre les signes d'une relation équilibrée, de 0 à 100 ; plus haut signifie davantage. { -report-middle } L'indice d'équilibre est leur moyenne.

report-decisions-heading = Qui décide
report-decisions-intro-one = La part de chaque personne dans les décisions, pour les domaines de la vie abordés, de 0 à 100 : 50 est une part égale, au-dessus de 50 plus de la moitié.
report-decisions-intro-two = La part de chaque personne dans les décisions, pour les domaines de la vie abordés, de 0 à 100 : 50 est une part égale, au-dessus de 50 plus de la moitié ; quand vous avez répondu tous les deux pour chaque domaine, les deux nombres font 100 ensemble.

report-difference = { $name } +{ $points }
report-difference-even = égalité

## Safety (only in a report that may show private results)

report-safety-heading = Sécurité
report-safety-heading-of = Sécurité : réponses données par { $name }
report-safety-intro = Privé : d'après les réponses données par { $name } aux questions sur la sécurité, au sujet de { $other } et de sa propre personne. Ici, plus haut signifie plus préoccupant : 0 signifie que chaque réponse était la plus basse (« Jamais »), et une seule réponse au-dessus peut déjà compter ; c'est pourquoi les messages ci-dessous disent ce qui a été répondu.
report-safety-column-about = Au sujet de { $name }

## Who has more say, area by area

report-compare-heading = Qui a le plus son mot à dire, domaine par domaine
report-compare-intro = Les réponses de chaque personne, réunies dans un même cadre : qui a le plus son mot à dire, { $first } ou { $second }, ou les deux à parts égales. Vous voyez { $agree ->
        [one] { $agree } domaine sur { $total }
       *[other] { $agree } domaines sur { $total }
    } de la même façon et { $differ } différemment ; là où vous les voyez différemment, c'est un bon point de départ pour en parler.
report-compare-column-says = Selon { $name }
report-compare-column-together = Ensemble
report-compare-both-equally = les deux à parts égales
report-compare-mostly = surtout { $name }
report-compare-agree = même avis
report-compare-differ = avis différents

## How each is seen (both answered)

report-views-heading = Le regard porté sur { $name }
report-views-intro = Le regard de { $name } sur sa propre personne, à côté du regard porté par { $other } sur { $name }. Là où les deux nombres diffèrent, vous vivez la même chose différemment, et c'est souvent ce dont il est le plus utile de parler.
report-views-column-dimension = Dimension
report-views-column-by = Selon { $name }

## Rules that fired

report-heading-alert = Requiert de l'attention
report-heading-warning = Mérite qu'on en parle
report-heading-info = Bon à savoir
report-heading-private-own = Privé : au sujet de votre sécurité
report-heading-private-clinician = Privé : au sujet de la sécurité de chaque personne
report-heading-private-both = Résultats privés
report-prompt-label = À discuter
report-prompt-label-private-own = Pour y réfléchir de votre côté, en privé
report-prompt-label-private-other = Pour que cette personne y réfléchisse de son côté, en privé
report-label-colon = { $label } :
report-no-concerns = Aucune règle de ce questionnaire ne s'est déclenchée.
report-no-concerns-joint = Aucune règle de ce rapport commun ne s'est déclenchée. Les questions privées n'en font pas partie ; il ne dit donc rien à leur sujet.

## The table for a narrow terminal

report-table-compare-line = { $first_label } : { $first } · { $second_label } : { $second } · { $together }

## HTML

report-html-title = { $title } · { $first } et { $second }
report-radar-label = Graphique en radar des bases du pouvoir, pour { $first } et { $second }

## Notes the scoring engine writes (src/scoring/mod.rs)

report-note-one-answered = Seule une personne a répondu, { $name } ; les scores attribués à { $other } ne viennent donc que des réponses données par { $name }, et mettre le regard de chaque personne sur elle-même à côté du regard de l'autre demande que les deux répondent.
report-note-unfinished = Les réponses données par { $name } ne sont pas terminées (leur fichier contient `"completed": null`) ; ce rapport ne porte donc que sur les questions déjà répondues.
report-note-not-applying = Écartées des réponses données par { $name }, parce qu'elles ne s'appliquent pas compte tenu de ses autres réponses : { $items }.
report-note-unscored-partner = Sans score, d'après les réponses données par { $name } au sujet de { $other } : { $dimensions }.
report-note-unscored-self = Sans score, d'après les réponses données par { $name } sur sa propre personne : { $dimensions }.
report-note-unscored-dimension = { $dimension } ({ $answered } sur { $total } répondues, { $needed } nécessaires)
report-note-private = Certaines questions sont privées pour chaque personne et ne font pas partie d'un rapport commun. Chaque personne peut voir ses propres résultats en faisant calculer les scores de ses seules réponses.

## The clinician report's next step (src/scoring/mod.rs: fn clinician)

report-next-step-safety = Une règle de sécurité s'est déclenchée (voir ci-dessous). Recevez chaque personne séparément avant tout travail commun sur le pouvoir ou le contrôle. Abordez la sécurité avec chacune en tête-à-tête, hors de la présence de l'autre partenaire ; passez en revue l'aide indiquée ci-dessous et un plan pour rester en sécurité. Les séances communes sur le pouvoir ou le contrôle sont déconseillées tant qu'une personne a peur de l'autre, ou subit des menaces ou un contrôle. Rien de ceci ne figure dans le rapport commun et l'autre partenaire ne l'a pas vu : ne l'abordez pas en séance commune sans l'accord de la personne.
report-next-step-no-rule = Aucune règle privée ni d'alerte ne s'est déclenchée. Cela n'écarte pas un risque : lors d'un premier dépistage, souvent, on ne dit pas ce que l'on craint. Continuez à interroger chaque personne sur sa sécurité, en tête-à-tête, au fil du travail.
report-next-step-silent-one = { $name } n'a répondu à aucune des questions privées sur la sécurité (non posées, passées ou pas encore répondues) ; rien de ce qui est dit ici sur la sécurité ne vient donc des réponses données par { $name }.
report-next-step-silent-two = Ni { $first } ni { $second } n'ont répondu aux questions privées sur la sécurité (non posées, passées ou pas encore répondues) ; rien de ce qui est dit ici sur la sécurité ne vient donc de leurs réponses.

## history: the page (src/history/render.rs, src/history/html.rs)

history-title = { $title } : évolution dans le temps
history-subtitle = Questionnaire { $id } { $versions } · { $first } et { $second } · { $count ->
        [one] { $count } passation
       *[other] { $count } passations
    }
history-sitting-one = { $when } : réponses données par { $name } ({ $id } { $version })
history-sitting-two = { $when } : réponses données par { $first } et par { $second } ({ $id } { $version })
history-column-measure = Mesure
history-column-since-first = Depuis la première
history-column-person = Personne
history-heading-reliable = Changement fiable

## history: reliable change (src/history/render.rs: fn reliability_lines)

history-reliable-mark = F
history-reliable-intro = Entre parenthèses : le changement depuis la passation précédente. { $mark } signale un changement fiable : plus grand que ce que l'erreur de mesure seule produirait 95 fois sur 100 (Jacobson et Truax, 1991), jugé d'après les normes de la dimension.
history-norms = é.-t. { $sd }, fidélité { $reliability }
history-norms-with-n = é.-t. { $sd }, fidélité { $reliability }, n { $n }
history-reliable-dimension = { $name } : un changement de { $change } points ou plus est fiable ({ $norms }).
history-reliable-note = { $name } : { $note }
history-reliable-change = Un changement de { $change } points ou plus est fiable.

## history: the charts (src/history/html.rs: fn chart)

history-chart-label = { $measure } pour { $first } et { $second }, à chaque passation
history-chart-point = { $name } : { $score } à la passation { $sitting }

## history: notes (src/history/mod.rs and src/commands/history.rs)

history-no-norms = Le questionnaire ne donne pas de normes pour cette dimension ; on ne peut donc pas juger si un changement est fiable.
history-no-norms-of-their-own = Les groupes et les indices n'ont pas de normes propres ; on ne peut donc pas juger si leur changement est fiable.
history-norms-differ = Les versions du questionnaire donnent à cette dimension des normes différentes ; on ne peut donc pas juger si un changement est fiable.
history-not-scored = Un tiret est un score qui n'a pas pu être calculé à cette passation : trop peu de ses questions ont reçu une réponse (ou, pour un groupe ou un indice, aucune de ses dimensions n'a pu être calculée) ; il n'y a donc pas non plus de changement vers ce score ni depuis ce score.
history-note-private = Certaines questions sont privées pour chaque personne et ne font pas partie d'un historique de deux personnes. Chaque personne peut voir le sien en donnant à `history` ses seules réponses.
history-note-versions = Les passations ont utilisé les versions { $versions } de `{ $id }` ; elles ne sont donc comparées que sur les dimensions que toutes les versions ont.
history-note-versions-left-out = Écartées : { $dimensions }.
history-dimension-only-in = { $name } ({ $versions } seulement)
history-note-not-compared = Non comparés, parce que les versions les composent de dimensions différentes : { $measures }.
history-note-one-answered = Seule une personne a répondu, { $name } ; les scores attribués à { $other } ne sont donc que le regard porté par { $name } sur { $other }.
history-note-other-questionnaire = Écartés, parce que ce sont des réponses à un autre questionnaire : { $files }.
history-note-unfinished = Écartés, parce qu'ils ne sont pas terminés (pas d'heure `completed`) : { $files }.

## history: what stops it (src/commands/history.rs; stderr, after the file or folder named)

history-error-nothing-found = { $why } ; indiquez des fichiers de réponses enregistrés (comme `take` et `session` les enregistrent) ou des dossiers qui en contiennent
history-why-other-questionnaires = seules des réponses à d'autres questionnaires que celui de -q s'y trouvaient
history-why-unfinished = seules des réponses non terminées s'y trouvaient (pas d'heure `completed`)
history-why-no-files = aucun fichier de réponses ne s'y trouvait
history-error-q-mismatch = -q a indiqué `{ $given }`, mais les réponses portent sur `{ $id }` ; indiquez à `-q` le questionnaire auquel elles répondent
history-error-one-sitting = history compare deux passations ou plus, mais ces réponses ne forment qu'une passation ({ $files }) ; indiquez aussi les réponses d'autres passations
history-error-mixed-versions = ces réponses portent sur la version { $version } de `{ $id }`, mais `{ $other }`, de la même passation, porte sur la { $other_version } ; les deux réponses d'une passation doivent porter sur une même version
history-error-no-folder = aucune passation enregistrée n'a été trouvée pour { $names } : ce dossier n'existe pas ; `history --people` lit les dossiers où `take` et `session` enregistrent, indiquez donc les fichiers ou dossiers des réponses enregistrées ailleurs
history-error-reading = lecture de `{ $path }`
history-error-reading-folder = lecture du dossier `{ $path }`
history-error-too-many-files = plus de { $max } fichiers de réponses dans `{ $path }` ; indiquez le dossier d'un seul couple ou d'une seule personne
history-error-versions-differ = les deux objets de réponses indiquent des versions différentes ({ $first } et { $second }) ; mettez-les dans deux fichiers
history-version-none = aucune
history-error-not-finished = ces réponses n'ont pas d'heure `completed` (RFC 3339, par exemple "2026-11-22T06:20:00Z") ; un historique demande des réponses terminées : terminez-les avec `take --resume`, ou ajoutez l'heure
history-error-other-questionnaire = ces réponses portent sur le questionnaire `{ $id }`, mais `{ $file }` porte sur `{ $other }` ; un historique réunit les passations d'un seul questionnaire (dans un dossier, `-q` en choisit un)
history-questionnaire-none = (aucun indiqué)
history-error-other-people = ce sont les réponses données par { $respondent } au sujet de { $partner }, mais `{ $file }` contient celles données par { $other_respondent } au sujet de { $other_partner } ; un historique réunit les passations des deux mêmes personnes
history-error-no-questionnaire = les réponses n'ont pas de champ `questionnaire` ; ajoutez-en un, ou utilisez `-q NAME|PATH`
history-error-not-bundled = ces réponses portent sur `{ $id }`, qui n'est pas fourni avec l'outil ; { $hint }
history-error-not-bundled-version = ces réponses portent sur `{ $id }` { $version }, qui n'est pas fourni avec l'outil ; { $hint }
history-hint-pass-q = utilisez `-q PATH` avec le fichier de ce questionnaire (une fois pour chaque version utilisée par les réponses)
history-hint-add-q = -q a indiqué `{ $id }` en { $versions } seulement ; ajoutez `-q PATH` pour cette version

## stats (src/stats/table.rs: fn render_stats_table)

stats-summary = { $id } { $version } : { $sets } { $sets ->
        [one] jeu de réponses
       *[other] jeux de réponses
    }, dont { $in_couples } en couple.
stats-scales-heading = Échelles (scores des regards de 0 à 100 ; alpha sur les jeux de réponses complets)
stats-column-dimension = Dimension
stats-column-view = Regard
stats-column-items = Questions
stats-column-n = n
stats-column-mean = Moyenne
stats-column-sd = É.-T.
stats-column-alpha = Alpha
stats-column-alpha-n = n de l'alpha
stats-view-self = sur soi
stats-view-partner = par l'autre
stats-items-heading = Questions (r : corrélation question-total corrigée ; (r) signale une question inversée)
stats-column-item = Question
stats-column-item-rest = r (question-reste)
stats-column-missing = Sans réponse
stats-column-answers = Réponses (valeur : effectif)
stats-pairs-heading = Regard sur soi face au regard de l'autre sur la même personne
stats-column-self-partner = r (sur soi, par l'autre)
stats-formulas = Formules et traitement des réponses manquantes : docs/stats.md.
