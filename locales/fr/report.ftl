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
