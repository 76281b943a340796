# Messages d'erreur et des petites commandes de powerbalance en français. Mêmes ids et
# variables que locales/en/errors.ftl, où chaque message dit où il sert et ce que contient
# chaque variable.
#
# Registre : « vous », français international, comme les traductions des questionnaires.
# Termes : item = « question », dimension = « dimension », rule = « règle », scale =
# « échelle », questionnaire = « questionnaire », answers = « réponses ». Les ids, les clés
# TOML et JSON (`at_least`, `respondent`, `[defaults]`…), les options (`-q`, `--force`) et les
# commandes restent en anglais, car ils s'écrivent ainsi. Une espace simple (comme dans
# locales/fr/main.ftl) avant « : ; ? ! » : ces lignes vont sur un terminal, que l'outil ne
# coupe pas, et restent faciles à chercher. Les attributs qui suivent un morceau ({ $what })
# ne s'accordent pas (« est vide », « compte … caractères »).

## Prefixes and shared pieces

error-prefix-error = erreur
error-prefix-warning = avertissement
error-did-you-mean = { " " }(vouliez-vous dire `{ $candidate }` ?)
error-list-none = aucune
error-size-mib = { $mib } Mio

## What a system error means (src/error.rs: fn io_words)

error-io-not-found = ce fichier ou ce dossier n'existe pas
error-io-permission-denied = permission refusée
error-io-already-exists = il existe déjà
error-io-storage-full = le disque est plein
error-io-quota-exceeded = le quota de disque est épuisé
error-io-is-a-directory = c'est un dossier, pas un fichier
error-io-not-a-directory = une partie du chemin n'est pas un dossier
error-io-read-only = le système de fichiers est en lecture seule
error-io-invalid-data = le fichier n'est pas du texte valide
error-io-interrupted = interrompu
error-io-broken-pipe = l'autre extrémité du tube s'est fermée
error-io-file-too-large = le fichier dépasserait la taille que ce système permet
error-io-name-too-long = le chemin, ou un nom qu'il contient, est trop long
error-io-device = le disque ou le périphérique n'a pas pu être lu ou écrit
error-io-ended-early = le fichier s'est terminé plus tôt que prévu

## Contexts: what was being done when reading or writing failed (anyhow contexts)

error-context-reading-questionnaire = lecture du questionnaire `{ $file }`
error-context-reading-answers = lecture des réponses `{ $file }`
error-context-writing-file = écriture de `{ $file }`
error-context-writing-stdout = écriture sur la sortie standard
error-context-writing-stdout-sink = écriture sur la sortie standard
error-context-checking = vérification de `{ $file }`
error-context-claiming = réservation de `{ $file }` pour cette exécution
error-context-serializing-list = mise en forme de la liste
error-context-serializing-template = mise en forme du modèle
error-context-serializing-statistics = mise en forme des statistiques

## Files powerbalance refuses to write (src/output.rs)

error-write-folder-missing = impossible d'écrire `{ $file }` : le dossier `{ $folder }` n'existe pas ; créez-le ou choisissez un autre emplacement
error-write-symlink = `{ $file }` est un lien symbolique ; powerbalance n'écrit jamais à travers un lien, que quelqu'un d'autre a pu placer là. Supprimez-le, ou choisissez un autre fichier
error-write-not-regular = `{ $file }` n'est pas un fichier ordinaire ; choisissez un nom de fichier
error-write-exists = `{ $file }` existe déjà ; ajoutez --force pour le remplacer, ou choisissez un autre fichier
error-claim-in-use = `{ $file }` est utilisé en ce moment par un autre powerbalance ; terminez ou arrêtez d'abord celui-ci (deux à la fois perdraient les réponses d'une des personnes)
error-claim-busy = d'autres processus réservent et libèrent `{ $file }` ; réessayez

## Command line (src/commands/mod.rs)

cmd-no-header = `--no-header` omet la ligne d'en-tête de `--format csv` ; les autres formats n'en ont pas
cmd-report-format-unknown = impossible de déduire le format du rapport du nom `{ $file }` ; powerbalance écrit du texte (.txt), du JSON (.json), du Markdown (.md), du HTML (.html) ou du CSV (.csv) : nommez le fichier ainsi, ou indiquez --format
cmd-unknown-questionnaire = questionnaire inconnu `{ $spec }`{ $suggestion } ; fournis : { $bundled } (`ID@VERSION` pour une version antérieure, voir `powerbalance list --all`) ; ou indiquez le chemin d'un fichier .toml
cmd-questionnaire-too-large = le fichier dépasse { $limit }, la taille maximale d'un questionnaire
cmd-answers-too-large = l'entrée dépasse { $limit }, la taille maximale d'un fichier de réponses ; pour calculer de nombreux jeux de réponses, mettez-en un par ligne et utilisez `score --jsonl`

## score (src/commands/score.rs: fn score)

cmd-score-too-many-files = `score` accepte un ou deux fichiers de réponses, un par personne, mais { $count } ont été donnés
cmd-score-names-not-fhir = `--respondent` et `--partner` nomment les personnes d'un QuestionnaireResponse FHIR ; un fichier de réponses les nomme lui-même
cmd-score-too-many-sets = { $count } objets de réponses ont été donnés ; un rapport accepte les réponses d'une personne, ou celles de deux
cmd-score-fhir-version = la réponse porte sur la version { $version } de `{ $questionnaire }`, mais la version { $loaded } a été chargée ; indiquez `-q CHEMIN` avec le fichier de cette version
cmd-score-clinician-needs-two = `score --clinician` produit le rapport d'une séance : donnez les fichiers de réponses des deux personnes

## score --jsonl and stats (src/commands/batch.rs)

cmd-batch-format = `--jsonl` écrit `--format json` (un rapport par ligne) ou `--format csv`, pas des rapports à lire ; pour ceux-ci, calculez un couple à la fois
cmd-batch-stdin-once = l'entrée standard (`-`) ne peut être lue qu'une fois ; mettez les deux objets de réponses dans un même tableau JSON, ou utilisez des fichiers
cmd-batch-progress = { $prefix } [{ $bar }] { $done }/{ $total } ({ $rate }, encore { $eta })
cmd-batch-skipped-line = ligne ignorée : { $error }
cmd-batch-skipped-summary = { $skipped ->
        [one] { $skipped } ligne non valide ignorée sur { $lines } lues
       *[other] { $skipped } lignes non valides ignorées sur { $lines } lues
    }

## validate (src/commands/validate.rs: fn validate)

cmd-validate-ok = { $file } : correct ({ $id } { $version } : { $dimensions ->
        [one] { $dimensions } dimension
       *[other] { $dimensions } dimensions
    }, { $items ->
        [one] { $items } question
       *[other] { $items } questions
    }, { $rules ->
        [one] { $rules } règle
       *[other] { $rules } règles
    })

## template (src/commands/template.rs: fn template)

cmd-template-names = { $problem } (--respondent et --partner)

## stats (src/commands/stats.rs: fn stats)

cmd-stats-nothing-read = aucun jeu de réponses n'a été lu ; donnez du JSON Lines avec un objet de réponses, ou un tableau de deux, par ligne

## fhir (src/commands/fhir.rs: fn fhir)

cmd-fhir-already-fhir = c'est déjà une ressource FHIR ; `fhir response` accepte un fichier de réponses powerbalance (`powerbalance score` lit un QuestionnaireResponse tel quel)
cmd-fhir-two-people = le fichier contient les réponses de deux personnes ; un QuestionnaireResponse est celui d'une seule personne, donc mettez les réponses de chaque personne dans un fichier à part

## schema, --version and the man page (src/commands/manual.rs)

cmd-schema-unknown = pas de schéma `{ $name }`
cmd-version-bundled = questionnaires fournis :
cmd-manpage-commands = COMMANDES
cmd-manpage-examples = EXEMPLES
cmd-manpage-exit-status = CODE DE RETOUR
cmd-manpage-environment = ENVIRONNEMENT
cmd-manpage-version = VERSION
cmd-manpage-options-hint = Chaque commande indique ses options avec powerbalance COMMANDE --help.

## Answers files (src/answers/mod.rs)

answers-invalid-json = JSON de réponses non valide : { $detail }
answers-item-twice = la question `{ $item }` figure deux fois dans `answers` ; donnez chaque question une seule fois
answers-empty = l'entrée est vide ; donnez un objet JSON de réponses (`powerbalance template` en affiche un)
answers-array-count = { $count ->
        [one] le tableau contient { $count } objet de réponses ; accepté : un objet, ou un tableau de deux (un par personne)
       *[other] le tableau contient { $count } objets de réponses ; accepté : un objet, ou un tableau de deux (un par personne)
    }
answers-no-questionnaire = les réponses n'ont pas de champ `questionnaire` ; ajoutez-en un (p. ex. "relationship") ou indiquez `-q NOM|CHEMIN`
answers-questionnaire-not-bundled = les réponses nomment le questionnaire `{ $id }`, qui n'est pas fourni{ $suggestion } (fournis : { $bundled }) ; indiquez `-q CHEMIN` pour le vôtre
answers-version-not-bundled = ces réponses portent sur la version { $version } de `{ $id }`, qui n'est pas fournie (versions fournies : { $versions }) ; corrigez ou supprimez le champ `version` (sans lui, la version actuelle, { $current }, est utilisée), ou indiquez `-q CHEMIN` pour votre propre fichier
answers-other-questionnaire = ces réponses portent sur le questionnaire `{ $id }`, mais `{ $loaded }` a été chargé ; indiquez `-q { $id }` ou corrigez le champ `questionnaire`
answers-other-version = ces réponses portent sur la version { $version } de `{ $id }`, mais la version { $loaded } a été chargée ; omettez `-q` pour les calculer avec la version qu'elles nomment, ou indiquez `-q { $id }@{ $version }`
answers-unknown-item = question inconnue `{ $item }` dans les réponses de { $respondent }{ $suggestion } ; `powerbalance template -q { $questionnaire }` liste tous les ids de question
answers-value-off-scale = question `{ $item }` dans les réponses de { $respondent } : { $value } est hors de l'échelle ; accepté : un nombre entier de { $min } à { $max }, ou null pour passer la question
answers-value-not-whole = question `{ $item }` dans les réponses de { $respondent } : { $value } n'est pas un nombre entier ; accepté : un nombre entier de { $min } à { $max }, ou null pour passer la question
answers-value-text = le texte { $text }
answers-value-list = une liste
answers-value-object = un objet
answers-name-empty = `{ $field }` est vide ; donnez le nom de la personne ou une étiquette comme "A"
answers-names-same = `respondent` et `partner` valent tous deux "{ $name }" ; ils doivent nommer deux personnes différentes
answers-names-do-not-pair = les noms ne correspondent pas : les premières réponses sont celles de { $first_respondent } sur { $first_partner }, les secondes celles de { $second_respondent } sur { $second_partner } ; les secondes doivent être celles de { $first_partner } sur { $first_respondent }

## JSON Lines (src/answers/line.rs, src/batch.rs)

answers-jsonl-one-per-line = ; JSON Lines contient un objet de réponses entier par ligne, donc un fichier mis en forme sur plusieurs lignes doit d'abord tenir sur une seule, p. ex. `jq -c . FICHIER`
answers-jsonl-line-too-long = la ligne dépasse { $limit }, la taille maximale d'une ligne (un jeu de réponses fait quelques Kio) ; rien n'en a été gardé
answers-jsonl-other-questionnaire = ces réponses portent sur le questionnaire `{ $id }`, mais les lignes précédentes portaient sur `{ $first }`, et { $output ->
        [csv] une sortie CSV
       *[statistics] une sortie de statistiques
    } ne contient qu'un questionnaire ; séparez l'entrée par questionnaire, ou indiquez `-q`

## FHIR QuestionnaireResponse read as answers (src/fhir.rs: fn answers_of_response)

answers-fhir-wrong-type = une ressource FHIR de type { $kind }, mais seul un QuestionnaireResponse contient des réponses
answers-fhir-type-none = (aucun)
answers-fhir-no-questionnaire = le QuestionnaireResponse n'a pas de `questionnaire` ; il doit nommer le questionnaire, sous la forme `urn:powerbalance:questionnaire:ID|VERSION`
answers-fhir-no-id = `questionnaire` { $canonical } ne nomme aucun id de questionnaire
answers-fhir-no-display = le QuestionnaireResponse n'a pas de `{ $field }.display` pour nommer { $field ->
        [author] la personne qui répond
       *[subject] la personne partenaire
    } ; ajoutez-le, ou indiquez `{ $flag } NOM`
answers-fhir-many-answers = la question `{ $item }` a { $count } réponses ; chaque question en accepte une
answers-fhir-value-code = le code { $code }
answers-fhir-value-none = une réponse sans valeur
answers-fhir-value-kinds = une réponse avec { $kinds } (il faut un valueCoding ou un valueInteger)

## Questionnaire files: reading (src/questionnaire/load.rs)

problem-not-utf8 = le fichier n'est pas du texte UTF-8 valide
problem-word-not-allowed = `{ $word }` n'est pas accepté ici{ $suggestion } ; accepté : { $allowed }
problem-duplicate-key = clé en double `{ $key }` ; une clé ou une table ne peut être définie qu'une fois
problem-wrong-type = cette valeur doit être { $expected }, pas { $found }
problem-expected-number = un nombre
problem-expected-whole-number = un nombre entier
problem-expected-text = du texte entre guillemets
problem-expected-boolean = true ou false
problem-expected-list = une liste entre crochets, [ ... ]
problem-expected-table = une table
problem-found-table = une table
problem-found-list = une liste
problem-found-text = le texte { $text }
problem-found-whole-number = le nombre entier { $number }
problem-found-number = le nombre { $number }

## Questionnaire files: ids and texts (src/questionnaire/validate.rs: Checker)

problem-id-too-long = l'id { $kind ->
        [questionnaire] de questionnaire
        [scale] d'échelle
        [dimension] de dimension
        [rule] de règle
        [group] de groupe
       *[item] de question
    } `{ $id }` compte { $chars } caractères ; accepté : au plus { $max }
problem-id-not-allowed = l'id { $kind ->
        [questionnaire] de questionnaire
        [scale] d'échelle
        [dimension] de dimension
        [rule] de règle
        [group] de groupe
       *[item] de question
    } `{ $id }` n'est pas accepté ; utilisez seulement des lettres minuscules, des chiffres et `-`
problem-id-duplicate = id { $kind ->
        [questionnaire] de questionnaire
        [scale] d'échelle
        [dimension] de dimension
        [rule] de règle
        [group] de groupe
       *[item] de question
    } `{ $id }` en double (défini d'abord à la ligne { $line }) ; les ids doivent être uniques
problem-text-too-long = { $what } compte { $chars } caractères ; accepté : au plus { $max }
problem-text-empty = { $what } est vide ; écrivez les mots à afficher
problem-what-title = le titre
problem-what-version = la version
problem-what-description = la description
problem-what-resources = le texte de [resources]
problem-what-dimension-name = le nom de la dimension `{ $dimension }`
problem-what-dimension-description = la description de la dimension `{ $dimension }`
problem-what-item-text = le texte de la question `{ $item }`
problem-what-label = le libellé { $number } de l'échelle `{ $scale }`
problem-what-rule-message = le message de la règle `{ $rule }`
problem-what-rule-prompt = le champ `prompt` de la règle `{ $rule }`
problem-what-rule-basis = le champ `basis` de la règle `{ $rule }`

## Questionnaire files: structure (src/questionnaire/validate.rs)

problem-no-dimensions = le questionnaire n'a aucune dimension ; ajoutez au moins une [[dimensions]] avec des questions
problem-min-answered = min_answered vaut { $value } ; accepté : une fraction supérieure à 0 et au plus égale à 1
problem-unknown-scale = échelle inconnue `{ $scale }`{ $suggestion } ; échelles définies : { $defined }
problem-dimension-no-items = la dimension `{ $dimension }` n'a aucune question ; ajoutez au moins une [[dimensions.items]]
problem-item-no-scale = la question `{ $item }` n'a pas d'échelle ; donnez-lui `scale = "…"` ou définissez `scale` sous [defaults]
problem-scale-min-max = l'échelle `{ $scale }` a min { $min } et max { $max } ; min doit être inférieur à max
problem-scale-label-count = l'échelle `{ $scale }` a { $labels ->
        [one] { $labels } libellé
       *[other] { $labels } libellés
    } mais { $points } points ({ $min } à { $max }) ; donnez exactement un libellé par point
problem-norms-sd = `sd` des normes vaut { $value } ; accepté : un nombre supérieur à 0 (des points sur le score de 0 à 100)
problem-norms-reliability = `reliability` des normes vaut { $value } ; accepté : un nombre supérieur à 0 et inférieur à 1
problem-norms-n = `n` des normes vaut { $value } ; accepté : un nombre entier de personnes, au moins 2
problem-weight-not-power = `weight` est réservé aux dimensions de pouvoir ; `{ $dimension }` n'en est pas une
problem-weight-value = weight vaut { $value } ; accepté : un nombre supérieur à 0
problem-group-not-power = `group` est réservé aux dimensions de pouvoir ; `{ $dimension }` n'en est pas une
problem-group-clash = l'id de groupe `{ $group }` est le même que celui d'une dimension ou d'un indice ; renommez le groupe

## Questionnaire files: rules (src/questionnaire/rule_checks.rs)

problem-rule-wrong-threshold = la règle `{ $rule }` de type `{ $kind }` prend `{ $wanted }`, pas `{ $given }`
problem-rule-needs-threshold = la règle `{ $rule }` de type `{ $kind }` a besoin de `{ $wanted }`
problem-rule-no-items = la règle `{ $rule }` de type `{ $kind }` ne prend pas `items` ; seules les règles `item` le prennent
problem-rule-threshold-range = règle `{ $rule }` : { $field } = { $value } est hors de l'intervalle du score, de 0 à 100 ; accepté : de 0 à 100
problem-rule-needs-dimension = la règle `{ $rule }` de type `{ $kind }` a besoin de `dimension` (une dimension, un groupe, `power_index` ou `balance_index`)
problem-rule-unknown-dimension = la règle `{ $rule }` nomme une dimension inconnue `{ $dimension }`{ $suggestion } ; accepté : { $allowed }
problem-rule-context-dimension = la règle `{ $rule }` lit `{ $dimension }`, une dimension de contexte, qui n'est jamais calculée ; une question de contexte peut seulement conditionner d'autres questions
problem-rule-gap-target = la règle `{ $rule }` de type `gap` a besoin d'une dimension, pas de `{ $target }` : les groupes et les indices n'ont pas de vue « soi » et de vue « partenaire »
problem-rule-item-needs-items = la règle `{ $rule }` de type `item` a besoin de `items = ["item-id", …]` avec au moins une question
problem-rule-item-not-whole = règle `{ $rule }` : at_least = { $value } doit être un nombre entier, une réponse brute sur l'échelle des questions
problem-rule-unknown-item = la règle `{ $rule }` nomme une question inconnue `{ $item }`{ $suggestion }
problem-rule-item-off-scale = règle `{ $rule }` : at_least = { $value } est hors de l'échelle de la question `{ $item }` ; accepté : de { $min } à { $max }
problem-rule-item-unknown-dimension = la règle `{ $rule }` nomme une dimension inconnue `{ $dimension }`{ $suggestion } ; la dimension d'une règle `item` doit être un id de dimension
problem-rule-empty-message = la règle `{ $rule }` a un message vide
problem-rule-placeholder = la règle `{ $rule }` utilise `{ $placeholder }`, qu'une règle `{ $kind }` ne remplit pas ; accepté : { $allowed }

## Questionnaire files: asked_if gates (src/questionnaire/gates.rs: fn check_gates)

problem-gate-unknown-item = la question `{ $item }` a un asked_if sur une question inconnue `{ $gate }`{ $suggestion } ; nommez une question définie avant elle
problem-gate-cycle = l'asked_if de la question `{ $item }` forme un cycle ({ $cycle }) ; une condition doit être une question antérieure qui ne dépend pas de celle-ci
problem-gate-after = la question `{ $item }` a un asked_if sur la question `{ $gate }`, qui vient après elle ; placez la question qui sert de condition avant les questions qui en dépendent
problem-gate-no-bound = question `{ $item }` : asked_if a besoin de `at_least`, de `at_most` ou des deux, les réponses à `{ $gate }` pour lesquelles elle est posée
problem-gate-off-scale = question `{ $item }` : asked_if { $bound } = { $value } est hors de l'échelle de la question `{ $gate }` ; accepté : de { $min } à { $max }
problem-gate-empty-range = question `{ $item }` : dans asked_if, at_least = { $at_least } est supérieur à at_most = { $at_most }, donc elle ne serait posée pour aucune réponse
problem-gate-private = la question `{ $item }` n'est pas privée mais a un asked_if sur la question privée `{ $gate }` : le fait qu'elle soit posée ou non montrerait la réponse privée dans un rapport commun ; faites-la dépendre d'une question publique

## Translation files

translation-no-questionnaire = il n'y a pas de questionnaire `{ $id }` auquel comparer cette traduction ; indiquez l'id d'un questionnaire fourni, ou placez `{ $id }.toml` à côté de ce fichier
translation-version-not-at-hand = cette traduction porte sur la version { $version } de `{ $id }`, qui n'est pas disponible ; versions disponibles : { $versions }
translation-other-questionnaire = cette traduction porte sur `{ $id }`, pas sur `{ $questionnaire }`, le questionnaire auquel elle est comparée
translation-other-version = cette traduction porte sur la version { $version }, mais `{ $questionnaire }` est en version { $loaded } ; une traduction doit nommer la version qu'elle traduit
translation-lang-not-a-tag = `lang = "{ $lang }"` n'est pas une étiquette de langue ; écrivez une étiquette BCP 47 comme es, fr, de ou pt-BR
translation-file-name = une traduction de `{ $id }` vers `{ $lang }` doit s'appeler `{ $expected }` (la langue du nom de fichier et `lang` doivent concorder), pas `{ $file }`
translation-what-name = le champ `name` de la langue
translation-what-basis = le champ `basis` de la traduction
translation-what-description = la description du questionnaire
translation-label-count = l'échelle `{ $scale }` a ici { $labels ->
        [one] { $labels } libellé
       *[other] { $labels } libellés
    } mais { $original } dans le questionnaire ; donnez un libellé par point, dans le même ordre
translation-unknown-id = `{ $questionnaire }` { $version } n'a pas { $kind ->
        [scale] d'échelle
        [dimension] de dimension
        [rule] de règle
       *[item] de question
    } `{ $id }`{ $suggestion } ; une traduction donne des textes pour les seuls ids du questionnaire
translation-table-missing = la table [{ $table }] manque ; donnez le texte de chacune des { $count } { $kind ->
        [scale] échelles
        [dimension] dimensions
        [rule] règles
       *[item] questions
    } du questionnaire
translation-text-missing = { $kind ->
        [scale] l'échelle
        [dimension] la dimension
        [rule] la règle
       *[item] la question
    } `{ $id }` n'a pas de texte dans [{ $table }] ; traduisez { $kind ->
        [scale] toutes les échelles
        [dimension] toutes les dimensions
        [rule] toutes les règles
       *[item] toutes les questions
    } du questionnaire
translation-text-required = { $what } manque sous { $table } ; le questionnaire a ce texte, traduisez-le donc
translation-text-extra = { $what } figure ici, mais le questionnaire n'a pas ce texte ; retirez-le
translation-placeholders = le message de la règle `{ $rule }` a les espaces réservés { $have }, mais l'original a { $want } ; utilisez les mêmes, dans n'importe quel ordre
translation-placeholders-none = aucun
