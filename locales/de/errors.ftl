# Fehlermeldungen und Ausgaben der kleinen Befehle von powerbalance auf Deutsch. Dieselben
# Ids und Variablen wie locales/en/errors.ftl, wo bei jeder Meldung steht, wo sie verwendet
# wird und was jede Variable enthält.
#
# Anrede: "Sie", Standarddeutsch, wie in den Übersetzungen der Fragebögen. Begriffe: item =
# "Frage", dimension = "Dimension", rule = "Regel", scale = "Skala", questionnaire =
# "Fragebogen", answers = "Antworten", partner = "Partnerperson". Ids, TOML- und JSON-Schlüssel
# (`at_least`, `respondent`, `[defaults]` …), Optionen (`-q`, `--force`) und Befehle bleiben
# englisch, weil sie so geschrieben werden. Wie im Englischen beginnen die Meldungen klein,
# außer wo das erste Wort ein Substantiv ist; sie beginnen daher möglichst mit einem Artikel
# oder Adjektiv. Was auf ein eingesetztes Stück ({ $what }) folgt, braucht keine Kongruenz
# ("ist leer", "ist … Zeichen lang").

## Prefixes and shared pieces

error-prefix-error = Fehler
error-prefix-warning = Warnung
error-did-you-mean = { " " }(meinten Sie `{ $candidate }`?)
error-list-none = keine
error-size-mib = { $mib } MiB

## What a system error means (src/error.rs: fn io_words)

error-io-not-found = diese Datei oder dieser Ordner existiert nicht
error-io-permission-denied = keine Berechtigung
error-io-already-exists = existiert bereits
error-io-storage-full = der Datenträger ist voll
error-io-quota-exceeded = das Speicherkontingent ist aufgebraucht
error-io-is-a-directory = das ist ein Ordner, keine Datei
error-io-not-a-directory = ein Teil des Pfads ist kein Ordner
error-io-read-only = das Dateisystem ist schreibgeschützt
error-io-invalid-data = die Datei ist kein gültiger Text
error-io-interrupted = unterbrochen
error-io-broken-pipe = das andere Ende der Pipe wurde geschlossen
error-io-file-too-large = die Datei würde größer werden, als dieses System erlaubt
error-io-name-too-long = der Pfad oder ein Name darin ist zu lang
error-io-device = die Festplatte oder das Gerät konnte nicht gelesen oder beschrieben werden
error-io-ended-early = die Datei endete früher als erwartet

## Contexts: what was being done when reading or writing failed (anyhow contexts)

error-context-reading-questionnaire = beim Lesen des Fragebogens `{ $file }`
error-context-reading-answers = beim Lesen der Antworten `{ $file }`
error-context-writing-file = beim Schreiben von `{ $file }`
error-context-writing-stdout = beim Schreiben in die Standardausgabe
error-context-writing-stdout-sink = beim Schreiben in die Standardausgabe
error-context-checking = beim Prüfen von `{ $file }`
error-context-claiming = beim Reservieren von `{ $file }` für diesen Lauf
error-context-serializing-list = beim Erstellen der Liste
error-context-serializing-template = beim Erstellen der Vorlage
error-context-serializing-statistics = beim Erstellen der Statistik

## Files powerbalance refuses to write (src/output.rs)

error-write-folder-missing = `{ $file }` kann nicht geschrieben werden: der Ordner `{ $folder }` existiert nicht; legen Sie ihn an oder wählen Sie einen anderen Ort
error-write-symlink = `{ $file }` ist ein symbolischer Link; powerbalance schreibt nie durch einen Link, den jemand anderes dort angelegt haben könnte. Entfernen Sie ihn oder wählen Sie eine andere Datei
error-write-not-regular = `{ $file }` ist keine normale Datei; wählen Sie einen Dateinamen
error-write-exists = `{ $file }` existiert bereits; geben Sie --force an, um sie zu ersetzen, oder wählen Sie eine andere Datei
error-claim-in-use = `{ $file }` wird gerade von einem anderen powerbalance verwendet; beenden oder stoppen Sie zuerst dieses (zwei gleichzeitig würden die Antworten einer Person verlieren)
error-claim-busy = `{ $file }` wird gerade von anderen Prozessen reserviert und freigegeben; versuchen Sie es erneut

## Command line (src/commands/mod.rs)

cmd-no-header = `--no-header` lässt die Kopfzeile von `--format csv` weg; andere Formate haben keine
cmd-report-format-unknown = aus dem Namen `{ $file }` lässt sich das Format des Berichts nicht erkennen; powerbalance schreibt Text (.txt), JSON (.json), Markdown (.md), HTML (.html) oder CSV (.csv): benennen Sie die Datei entsprechend oder geben Sie --format an
cmd-unknown-questionnaire = unbekannter Fragebogen `{ $spec }`{ $suggestion }; enthalten: { $bundled } (`ID@VERSION` für eine ältere Version, siehe `powerbalance list --all`); oder geben Sie den Pfad einer .toml-Datei an
cmd-questionnaire-too-large = die Datei ist größer als { $limit }, die Höchstgröße eines Fragebogens
cmd-answers-too-large = die Eingabe ist größer als { $limit }, die Höchstgröße einer Antwortdatei; um viele Antwortsätze auszuwerten, schreiben Sie einen pro Zeile und verwenden Sie `score --jsonl`

## score (src/commands/score.rs: fn score)

cmd-score-too-many-files = `score` nimmt eine oder zwei Antwortdateien, eine pro Person, aber es wurden { $count } angegeben
cmd-score-names-not-fhir = `--respondent` und `--partner` benennen die Personen einer FHIR-QuestionnaireResponse; eine Antwortdatei benennt sie selbst
cmd-score-too-many-sets = es wurden { $count } Antwortobjekte angegeben; ein Bericht nimmt die Antworten einer Person oder die von zwei Personen
cmd-score-fhir-version = die Antwort gehört zu Version { $version } von `{ $questionnaire }`, aber Version { $loaded } wurde geladen; geben Sie `-q PFAD` mit der Datei dieser Version an
cmd-score-clinician-needs-two = `score --clinician` erstellt den Bericht einer Sitzung: geben Sie die Antwortdateien beider Personen an

## score --jsonl and stats (src/commands/batch.rs)

cmd-batch-format = `--jsonl` schreibt `--format json` (ein Bericht pro Zeile) oder `--format csv`, keine Berichte zum Lesen; werten Sie dafür ein Paar nach dem anderen aus
cmd-batch-stdin-once = die Standardeingabe (`-`) kann nur einmal gelesen werden; schreiben Sie beide Antwortobjekte in ein JSON-Array oder verwenden Sie Dateien
cmd-batch-progress = { $prefix } [{ $bar }] { $done }/{ $total } ({ $rate }, noch { $eta })
cmd-batch-skipped-line = übersprungen: { $error }
cmd-batch-skipped-summary = { $skipped ->
        [one] { $skipped } ungültige Zeile von { $lines } gelesenen übersprungen
       *[other] { $skipped } ungültige Zeilen von { $lines } gelesenen übersprungen
    }

## validate (src/commands/validate.rs: fn validate)

cmd-validate-ok = { $file }: in Ordnung ({ $id } { $version }: { $dimensions ->
        [one] { $dimensions } Dimension
       *[other] { $dimensions } Dimensionen
    }, { $items ->
        [one] { $items } Frage
       *[other] { $items } Fragen
    }, { $rules ->
        [one] { $rules } Regel
       *[other] { $rules } Regeln
    })

## template (src/commands/template.rs: fn template)

cmd-template-names = { $problem } (--respondent und --partner)

## stats (src/commands/stats.rs: fn stats)

cmd-stats-nothing-read = es wurden keine Antwortsätze gelesen; geben Sie JSON Lines mit einem Antwortobjekt oder einem Array aus zweien pro Zeile an

## fhir (src/commands/fhir.rs: fn fhir)

cmd-fhir-already-fhir = das ist bereits eine FHIR-Ressource; `fhir response` nimmt eine Antwortdatei von powerbalance (`powerbalance score` liest eine QuestionnaireResponse so, wie sie ist)
cmd-fhir-two-people = die Datei enthält die Antworten von zwei Personen; eine QuestionnaireResponse gehört zu einer Person, geben Sie also die Antworten jeder Person in einer eigenen Datei an

## schema, --version and the man page (src/commands/manual.rs)

cmd-schema-unknown = kein Schema `{ $name }`
cmd-version-bundled = enthaltene Fragebögen:
cmd-manpage-commands = BEFEHLE
cmd-manpage-examples = BEISPIELE
cmd-manpage-exit-status = EXIT-STATUS
cmd-manpage-environment = UMGEBUNG
cmd-manpage-version = VERSION
cmd-manpage-options-hint = Jeder Befehl zeigt seine Optionen mit powerbalance BEFEHL --help.

## Answers files (src/answers/mod.rs)

answers-invalid-json = ungültiges Antwort-JSON: { $detail }
answers-item-twice = die Frage `{ $item }` steht zweimal in `answers`; geben Sie jede Frage nur einmal an
answers-empty = die Eingabe ist leer; geben Sie ein JSON-Antwortobjekt an (`powerbalance template` gibt eines aus)
answers-array-count = { $count ->
        [one] das Array enthält { $count } Antwortobjekt; erlaubt: ein Objekt oder ein Array aus zweien (eines pro Person)
       *[other] das Array enthält { $count } Antwortobjekte; erlaubt: ein Objekt oder ein Array aus zweien (eines pro Person)
    }
answers-no-questionnaire = die Antworten haben kein Feld `questionnaire`; fügen Sie eines hinzu (z. B. "relationship") oder geben Sie `-q NAME|PFAD` an
answers-questionnaire-not-bundled = die Antworten nennen den Fragebogen `{ $id }`, der nicht enthalten ist{ $suggestion } (enthalten: { $bundled }); geben Sie für einen eigenen `-q PFAD` an
answers-version-not-bundled = diese Antworten gehören zu Version { $version } von `{ $id }`, die nicht enthalten ist (enthaltene Versionen: { $versions }); korrigieren oder entfernen Sie das Feld `version` (ohne es wird die aktuelle Version { $current } verwendet), oder geben Sie für Ihre eigene Datei `-q PFAD` an
answers-other-questionnaire = diese Antworten gehören zum Fragebogen `{ $id }`, aber `{ $loaded }` wurde geladen; geben Sie `-q { $id }` an oder korrigieren Sie das Feld `questionnaire`
answers-other-version = diese Antworten gehören zu Version { $version } von `{ $id }`, aber Version { $loaded } wurde geladen; lassen Sie `-q` weg, um sie mit der Version auszuwerten, die sie nennen, oder geben Sie `-q { $id }@{ $version }` an
answers-unknown-item = unbekannte Frage `{ $item }` in den Antworten von { $respondent }{ $suggestion }; `powerbalance template -q { $questionnaire }` listet alle Fragen-Ids auf
answers-value-off-scale = Frage `{ $item }` in den Antworten von { $respondent }: { $value } liegt außerhalb der Skala; erlaubt: eine ganze Zahl von { $min } bis { $max } oder null zum Überspringen
answers-value-not-whole = Frage `{ $item }` in den Antworten von { $respondent }: { $value } ist keine ganze Zahl; erlaubt: eine ganze Zahl von { $min } bis { $max } oder null zum Überspringen
answers-value-text = der Text { $text }
answers-value-list = eine Liste
answers-value-object = ein Objekt
answers-name-empty = `{ $field }` ist leer; geben Sie den Namen der Person oder eine Bezeichnung wie "A" an
answers-names-same = `respondent` und `partner` sind beide "{ $name }"; sie müssen zwei verschiedene Personen nennen
answers-names-do-not-pair = die Namen passen nicht zusammen: die ersten Antworten sind von { $first_respondent } über { $first_partner }, die zweiten von { $second_respondent } über { $second_partner }; die zweiten müssen von { $first_partner } über { $first_respondent } sein

## JSON Lines (src/answers/line.rs, src/batch.rs)

answers-jsonl-one-per-line = ; JSON Lines enthält ein ganzes Antwortobjekt pro Zeile, daher muss eine eingerückte Datei zuerst auf eine Zeile gebracht werden, z. B. mit `jq -c . DATEI`
answers-jsonl-line-too-long = die Zeile ist länger als { $limit }, die Höchstlänge einer Zeile (ein Antwortsatz hat wenige KiB); nichts davon wurde behalten
answers-jsonl-other-questionnaire = diese Antworten gehören zum Fragebogen `{ $id }`, aber die Zeilen davor gehörten zu `{ $first }`, und { $output ->
        [csv] eine CSV-Ausgabe
       *[statistics] eine Statistik-Ausgabe
    } enthält nur einen Fragebogen; teilen Sie die Eingabe nach Fragebogen auf oder geben Sie `-q` an

## FHIR QuestionnaireResponse read as answers (src/fhir.rs: fn answers_of_response)

answers-fhir-wrong-type = eine FHIR-Ressource vom Typ { $kind }, aber nur eine QuestionnaireResponse enthält Antworten
answers-fhir-type-none = (keiner)
answers-fhir-no-questionnaire = die QuestionnaireResponse hat kein `questionnaire`; sie muss den Fragebogen nennen, als `urn:powerbalance:questionnaire:ID|VERSION`
answers-fhir-no-id = `questionnaire` { $canonical } nennt keine Fragebogen-Id
answers-fhir-no-display = die QuestionnaireResponse hat kein `{ $field }.display`, das { $field ->
        [author] die antwortende Person
       *[subject] die Partnerperson
    } nennt; fügen Sie es hinzu oder geben Sie `{ $flag } NAME` an
answers-fhir-many-answers = die Frage `{ $item }` hat { $count } Antworten; jede Frage nimmt eine
answers-fhir-value-code = der Code { $code }
answers-fhir-value-none = eine Antwort ohne Wert
answers-fhir-value-kinds = eine Antwort mit { $kinds } (nötig ist ein valueCoding oder valueInteger)

## Questionnaire files: reading (src/questionnaire/load.rs)

problem-not-utf8 = die Datei ist kein gültiger UTF-8-Text
problem-word-not-allowed = `{ $word }` ist hier nicht erlaubt{ $suggestion }; erlaubt: { $allowed }
problem-duplicate-key = doppelter Schlüssel `{ $key }`; ein Schlüssel oder eine Tabelle darf nur einmal definiert werden
problem-wrong-type = dieser Wert muss { $expected } sein, nicht { $found }
problem-expected-number = eine Zahl
problem-expected-whole-number = eine ganze Zahl
problem-expected-text = Text in Anführungszeichen
problem-expected-boolean = true oder false
problem-expected-list = eine Liste in eckigen Klammern, [ ... ]
problem-expected-table = eine Tabelle
problem-found-table = eine Tabelle
problem-found-list = eine Liste
problem-found-text = der Text { $text }
problem-found-whole-number = die ganze Zahl { $number }
problem-found-number = die Zahl { $number }

## Questionnaire files: ids and texts (src/questionnaire/validate.rs: Checker)

problem-id-too-long = die { $kind ->
        [questionnaire] Fragebogen-Id
        [scale] Skalen-Id
        [dimension] Dimensions-Id
        [rule] Regel-Id
        [group] Gruppen-Id
       *[item] Fragen-Id
    } `{ $id }` ist { $chars } Zeichen lang; erlaubt: höchstens { $max }
problem-id-not-allowed = die { $kind ->
        [questionnaire] Fragebogen-Id
        [scale] Skalen-Id
        [dimension] Dimensions-Id
        [rule] Regel-Id
        [group] Gruppen-Id
       *[item] Fragen-Id
    } `{ $id }` ist nicht erlaubt; verwenden Sie nur Kleinbuchstaben, Ziffern und `-`
problem-id-duplicate = doppelte { $kind ->
        [questionnaire] Fragebogen-Id
        [scale] Skalen-Id
        [dimension] Dimensions-Id
        [rule] Regel-Id
        [group] Gruppen-Id
       *[item] Fragen-Id
    } `{ $id }` (zuerst definiert in Zeile { $line }); Ids müssen eindeutig sein
problem-text-too-long = { $what } ist { $chars } Zeichen lang; erlaubt: höchstens { $max }
problem-text-empty = { $what } ist leer; schreiben Sie den Text, der angezeigt werden soll
problem-what-title = der Titel
problem-what-version = die Version
problem-what-description = die Beschreibung
problem-what-resources = der Text von [resources]
problem-what-dimension-name = der Name der Dimension `{ $dimension }`
problem-what-dimension-description = die Beschreibung der Dimension `{ $dimension }`
problem-what-item-text = der Text der Frage `{ $item }`
problem-what-label = die Beschriftung { $number } der Skala `{ $scale }`
problem-what-rule-message = die Meldung der Regel `{ $rule }`
problem-what-rule-prompt = das Feld `prompt` der Regel `{ $rule }`
problem-what-rule-basis = das Feld `basis` der Regel `{ $rule }`

## Questionnaire files: structure (src/questionnaire/validate.rs)

problem-no-dimensions = der Fragebogen hat keine Dimensionen; fügen Sie mindestens eine [[dimensions]] mit Fragen hinzu
problem-min-answered = min_answered ist { $value }; erlaubt: ein Anteil über 0 und höchstens 1
problem-unknown-scale = unbekannte Skala `{ $scale }`{ $suggestion }; definierte Skalen: { $defined }
problem-dimension-no-items = die Dimension `{ $dimension }` hat keine Fragen; fügen Sie mindestens eine [[dimensions.items]] hinzu
problem-item-no-scale = die Frage `{ $item }` hat keine Skala; geben Sie ihr `scale = "…"` oder setzen Sie `scale` unter [defaults]
problem-scale-min-max = die Skala `{ $scale }` hat min { $min } und max { $max }; min muss kleiner als max sein
problem-scale-label-count = die Skala `{ $scale }` hat { $labels ->
        [one] { $labels } Beschriftung
       *[other] { $labels } Beschriftungen
    }, aber { $points } Punkte ({ $min } bis { $max }); geben Sie genau eine Beschriftung pro Punkt an
problem-norms-sd = der Normwert `sd` ist { $value }; erlaubt: eine Zahl über 0 (Punkte auf dem Ergebnis von 0 bis 100)
problem-norms-reliability = der Normwert `reliability` ist { $value }; erlaubt: eine Zahl über 0 und unter 1
problem-norms-n = der Normwert `n` ist { $value }; erlaubt: eine ganze Zahl von Personen, mindestens 2
problem-weight-not-power = `weight` gibt es nur für Machtdimensionen; `{ $dimension }` ist keine
problem-weight-value = weight ist { $value }; erlaubt: eine Zahl über 0
problem-group-not-power = `group` gibt es nur für Machtdimensionen; `{ $dimension }` ist keine
problem-group-clash = die Gruppen-Id `{ $group }` ist dieselbe wie die einer Dimension oder eines Index; benennen Sie die Gruppe um

## Questionnaire files: rules (src/questionnaire/rule_checks.rs)

problem-rule-wrong-threshold = die Regel `{ $rule }` der Art `{ $kind }` nimmt `{ $wanted }`, nicht `{ $given }`
problem-rule-needs-threshold = die Regel `{ $rule }` der Art `{ $kind }` braucht `{ $wanted }`
problem-rule-no-items = die Regel `{ $rule }` der Art `{ $kind }` nimmt kein `items`; das tun nur Regeln der Art `item`
problem-rule-threshold-range = Regel `{ $rule }`: { $field } = { $value } liegt außerhalb des Ergebnisbereichs von 0 bis 100; erlaubt: 0 bis 100
problem-rule-needs-dimension = die Regel `{ $rule }` der Art `{ $kind }` braucht `dimension` (eine Dimension, eine Gruppe, `power_index` oder `balance_index`)
problem-rule-unknown-dimension = die Regel `{ $rule }` nennt die unbekannte Dimension `{ $dimension }`{ $suggestion }; erlaubt: { $allowed }
problem-rule-context-dimension = die Regel `{ $rule }` liest `{ $dimension }`, eine Kontextdimension, die nie ausgewertet wird; eine Kontextfrage kann nur steuern, ob andere Fragen gestellt werden
problem-rule-gap-target = die Regel `{ $rule }` der Art `gap` braucht eine Dimension, nicht `{ $target }`: Gruppen und Indizes haben keine Selbstsicht und keine Sicht der Partnerperson
problem-rule-item-needs-items = die Regel `{ $rule }` der Art `item` braucht `items = ["item-id", …]` mit mindestens einer Frage
problem-rule-item-not-whole = Regel `{ $rule }`: at_least = { $value } muss eine ganze Zahl sein, eine unveränderte Antwort auf der Skala der Fragen
problem-rule-unknown-item = die Regel `{ $rule }` nennt die unbekannte Frage `{ $item }`{ $suggestion }
problem-rule-item-off-scale = Regel `{ $rule }`: at_least = { $value } liegt außerhalb der Skala der Frage `{ $item }`; erlaubt: { $min } bis { $max }
problem-rule-item-unknown-dimension = die Regel `{ $rule }` nennt die unbekannte Dimension `{ $dimension }`{ $suggestion }; die Dimension einer Regel der Art `item` muss eine Dimensions-Id sein
problem-rule-empty-message = die Regel `{ $rule }` hat eine leere Meldung
problem-rule-placeholder = die Regel `{ $rule }` verwendet `{ $placeholder }`, das eine Regel der Art `{ $kind }` nicht füllt; erlaubt: { $allowed }

## Questionnaire files: asked_if gates (src/questionnaire/gates.rs: fn check_gates)

problem-gate-unknown-item = die Frage `{ $item }` hat asked_if mit der unbekannten Frage `{ $gate }`{ $suggestion }; nennen Sie eine Frage, die vor ihr definiert ist
problem-gate-cycle = das asked_if der Frage `{ $item }` bildet einen Kreis ({ $cycle }); eine Bedingung muss eine frühere Frage sein, die nicht von dieser abhängt
problem-gate-after = die Frage `{ $item }` hat asked_if mit der Frage `{ $gate }`, die erst nach ihr kommt; stellen Sie die Bedingungsfrage vor die Fragen, die von ihr abhängen
problem-gate-no-bound = Frage `{ $item }`: asked_if braucht `at_least`, `at_most` oder beides, die Antworten auf `{ $gate }`, bei denen sie gestellt wird
problem-gate-off-scale = Frage `{ $item }`: asked_if { $bound } = { $value } liegt außerhalb der Skala der Frage `{ $gate }`; erlaubt: { $min } bis { $max }
problem-gate-empty-range = Frage `{ $item }`: in asked_if ist at_least = { $at_least } größer als at_most = { $at_most }, also wird sie bei keiner Antwort gestellt
problem-gate-private = die Frage `{ $item }` ist nicht privat, hat aber asked_if mit der privaten Frage `{ $gate }`: ob sie gestellt wird, würde die private Antwort in einem gemeinsamen Bericht zeigen; machen Sie sie von einer öffentlichen Frage abhängig

## Translation files

translation-no-questionnaire = es gibt keinen Fragebogen `{ $id }`, mit dem diese Übersetzung geprüft werden kann; nennen Sie die Id eines enthaltenen Fragebogens, oder legen Sie `{ $id }.toml` neben diese Datei
translation-version-not-at-hand = diese Übersetzung gehört zu Version { $version } von `{ $id }`, die nicht vorliegt; vorliegende Versionen: { $versions }
translation-other-questionnaire = diese Übersetzung gehört zu `{ $id }`, nicht zu `{ $questionnaire }`, dem Fragebogen, mit dem sie geprüft wird
translation-other-version = diese Übersetzung gehört zu Version { $version }, aber `{ $questionnaire }` hat Version { $loaded }; eine Übersetzung muss die Version nennen, die sie übersetzt
translation-lang-not-a-tag = `lang = "{ $lang }"` ist keine Sprachkennung; schreiben Sie eine BCP-47-Kennung wie es, fr, de oder pt-BR
translation-file-name = eine Übersetzung von `{ $id }` in `{ $lang }` muss `{ $expected }` heißen (die Sprache im Dateinamen und `lang` müssen übereinstimmen), nicht `{ $file }`
translation-what-name = das Feld `name` der Sprache
translation-what-basis = das Feld `basis` der Übersetzung
translation-what-description = die Beschreibung des Fragebogens
translation-label-count = die Skala `{ $scale }` hat hier { $labels ->
        [one] { $labels } Beschriftung
       *[other] { $labels } Beschriftungen
    }, im Fragebogen aber { $original }; geben Sie eine Beschriftung pro Punkt an, in derselben Reihenfolge
translation-unknown-id = `{ $questionnaire }` { $version } hat { $kind ->
        [scale] keine Skala
        [dimension] keine Dimension
        [rule] keine Regel
       *[item] keine Frage
    } `{ $id }`{ $suggestion }; eine Übersetzung gibt Texte nur für die eigenen Ids des Fragebogens
translation-table-missing = die Tabelle [{ $table }] fehlt; geben Sie den Text jeder der { $count } { $kind ->
        [scale] Skalen
        [dimension] Dimensionen
        [rule] Regeln
       *[item] Fragen
    } des Fragebogens an
translation-text-missing = { $kind ->
        [scale] die Skala
        [dimension] die Dimension
        [rule] die Regel
       *[item] die Frage
    } `{ $id }` hat keinen Text in [{ $table }]; übersetzen Sie { $kind ->
        [scale] jede Skala
        [dimension] jede Dimension
        [rule] jede Regel
       *[item] jede Frage
    } des Fragebogens
translation-text-required = { $what } fehlt unter { $table }; der Fragebogen hat einen solchen Text, übersetzen Sie ihn also
translation-text-extra = { $what } ist angegeben, aber der Fragebogen hat keinen solchen Text; entfernen Sie ihn
translation-placeholders = die Meldung der Regel `{ $rule }` hat die Platzhalter { $have }, das Original aber { $want }; verwenden Sie dieselben, in beliebiger Reihenfolge
translation-placeholders-none = keine
