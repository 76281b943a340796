# `history`'s words (src/history/, src/commands/history.rs): its table, Markdown and HTML in
# the report language, its errors in the interface language. JSON keeps the English notes
# (this file's English messages), whatever the language.

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
history-why-other-person = aucune des réponses trouvées là n'a été donnée uniquement par { $name }
history-why-other-couple = aucune des réponses trouvées là n'est celle de { $names } sur l'autre personne du couple
history-why-other-questionnaires = seules des réponses à d'autres questionnaires que celui de -q s'y trouvaient
history-why-unfinished = seules des réponses non terminées s'y trouvaient (pas d'heure `completed`)
history-why-no-files = aucun fichier de réponses ne s'y trouvait
history-error-q-mismatch = -q a indiqué `{ $given }`, mais les réponses portent sur `{ $id }` ; indiquez à `-q` le questionnaire auquel elles répondent
history-error-one-sitting = history compare deux passations ou plus, mais ces réponses ne forment qu'une passation ({ $files }) ; indiquez aussi les réponses d'autres passations
history-error-mixed-versions = ces réponses portent sur la version { $version } de `{ $id }`, mais `{ $other }`, de la même passation, porte sur la { $other_version } ; les deux réponses d'une passation doivent porter sur une même version
history-error-no-folder = aucune passation enregistrée n'a été trouvée pour { $names } : ce dossier n'existe pas ; `history --people` lit les dossiers où `take` et `session` enregistrent, indiquez donc les fichiers ou dossiers des réponses enregistrées ailleurs
history-error-reading = lecture de `{ $path }`
history-error-reading-folder = lecture du dossier `{ $path }`
history-error-reading-scores = relecture des scores et des séances de l'historique depuis les fichiers temporaires où ils étaient gardés
history-error-writing-scores = enregistrement des scores et des séances de l'historique dans des fichiers temporaires (leur dossier est peut-être plein : TMPDIR en désigne un autre)
history-error-keeping-files = enregistrement de la liste des fichiers de réponses trouvés dans un fichier temporaire, ou sa relecture (son dossier est peut-être plein : TMPDIR en désigne un autre)
history-error-too-many-files = plus de { $max } fichiers de réponses dans `{ $path }` ; indiquez le dossier d'un seul couple ou d'une seule personne
history-error-versions-differ = les deux objets de réponses indiquent des versions différentes ({ $first } et { $second }) ; mettez-les dans deux fichiers
history-version-none = aucune
history-error-not-finished = ces réponses n'ont pas d'heure `completed` (RFC 3339, par exemple "2026-11-22T06:20:00Z") ; un historique demande des réponses terminées : terminez-les avec `take --resume`, ou ajoutez l'heure
history-error-changed = ce fichier a changé pendant que l'historique était fait (ce n'est plus le fichier qu'il était quand il a été trouvé ou lu la première fois) ; relancez `history` quand plus rien n'y écrit
history-error-other-questionnaire = ces réponses portent sur le questionnaire `{ $id }`, mais `{ $file }` porte sur `{ $other }` ; un historique réunit les passations d'un seul questionnaire (dans un dossier, `-q` en choisit un)
history-questionnaire-none = (aucun indiqué)
history-error-other-people = ce sont les réponses données par { $respondent } au sujet de { $partner }, mais `{ $file }` contient celles données par { $other_respondent } au sujet de { $other_partner } ; un historique réunit les passations des deux mêmes personnes
history-error-no-questionnaire = les réponses n'ont pas de champ `questionnaire` ; ajoutez-en un, ou utilisez `-q NAME|PATH`
history-error-not-bundled = ces réponses portent sur `{ $id }`, qui n'est pas fourni avec l'outil ; { $hint }
history-error-not-bundled-version = ces réponses portent sur `{ $id }` { $version }, qui n'est pas fourni avec l'outil ; { $hint }
history-hint-pass-q = utilisez `-q PATH` avec le fichier de ce questionnaire (une fois pour chaque version utilisée par les réponses)
history-hint-add-q = -q a indiqué `{ $id }` en { $versions } seulement ; ajoutez `-q PATH` pour cette version
