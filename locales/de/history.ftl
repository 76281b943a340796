# `history`'s words (src/history/, src/commands/history.rs): its table, Markdown and HTML in
# the report language, its errors in the interface language. JSON keeps the English notes
# (this file's English messages), whatever the language.

## history: the page (src/history/render.rs, src/history/html.rs)

history-title = { $title }: Veränderung über die Zeit
history-subtitle = Fragebogen { $id } { $versions } · { $first } und { $second } · { $count ->
        [one] { $count } Durchgang
       *[other] { $count } Durchgänge
    }
history-sitting-one = { $when }: beantwortet von { $name } ({ $id } { $version })
history-sitting-two = { $when }: beantwortet von { $first } und { $second } ({ $id } { $version })
history-column-measure = Maß
history-column-since-first = Seit dem ersten
history-column-person = Person
history-heading-reliable = Reliable Veränderung

## history: reliable change (src/history/render.rs: fn reliability_lines)

history-reliable-mark = R
history-reliable-intro = In Klammern: die Veränderung seit dem vorigen Durchgang. { $mark } kennzeichnet eine reliable Veränderung: eine, die größer ist, als der Messfehler allein sie in 95 von 100 Fällen machen würde (Jacobson & Truax, 1991), beurteilt nach den Normen der Dimension.
history-norms = SD { $sd }, Reliabilität { $reliability }
history-norms-with-n = SD { $sd }, Reliabilität { $reliability }, n { $n }
history-reliable-dimension = { $name }: Eine Veränderung um { $change } Punkte oder mehr ist reliabel ({ $norms }).
history-reliable-note = { $name }: { $note }
history-reliable-change = Eine Veränderung um { $change } Punkte oder mehr ist reliabel.

## history: the charts (src/history/html.rs: fn chart)

history-chart-label = { $measure } von { $first } und { $second } in jedem Durchgang
history-chart-point = { $name }: { $score } im Durchgang { $sitting }

## history: notes (src/history/mod.rs and src/commands/history.rs)

history-no-norms = Der Fragebogen gibt für diese Dimension keine Normen an, daher lässt sich nicht beurteilen, ob eine Veränderung reliabel ist.
history-no-norms-of-their-own = Gruppen und Indizes haben keine eigenen Normen, daher lässt sich nicht beurteilen, ob ihre Veränderung reliabel ist.
history-norms-differ = Die Versionen des Fragebogens geben für diese Dimension unterschiedliche Normen an, daher lässt sich nicht beurteilen, ob eine Veränderung reliabel ist.
history-not-scored = Ein Strich ist ein Ergebnis, das in diesem Durchgang nicht berechnet werden konnte: Zu wenige seiner Fragen wurden beantwortet (oder, bei einer Gruppe oder einem Index, keine seiner Dimensionen ließ sich berechnen), daher gibt es auch keine Veränderung zu ihm hin oder von ihm weg.
history-note-private = Einige Fragen sind für jede Person privat und nicht Teil eines Verlaufs von zwei Personen. Jede Person kann ihren eigenen sehen, indem sie `history` nur ihre eigenen Antworten gibt.
history-note-versions = Die Durchgänge haben die Versionen { $versions } von `{ $id }` verwendet; sie werden daher nur in den Dimensionen verglichen, die jede Version hat.
history-note-versions-left-out = Weggelassen: { $dimensions }.
history-dimension-only-in = { $name } (nur { $versions })
history-note-not-compared = Nicht verglichen, da die Versionen sie aus unterschiedlichen Dimensionen bilden: { $measures }.
history-note-one-answered = Nur { $name } hat geantwortet; die Ergebnisse von { $other } sind daher allein die Sicht von { $name } auf { $other }.
history-note-other-questionnaire = Weggelassen, da es Antworten auf einen anderen Fragebogen sind: { $files }.
history-note-unfinished = Weggelassen, da sie nicht abgeschlossen sind (keine Zeit `completed`): { $files }.

## history: what stops it (src/commands/history.rs; stderr, after the file or folder named)

history-error-nothing-found = { $why }; geben Sie gespeicherte Antwortdateien an (wie `take` und `session` sie speichern) oder Ordner mit solchen
history-why-other-person = keine der dort gefundenen Antworten wurde allein von { $name } gegeben
history-why-other-couple = keine der dort gefundenen Antworten stammt von { $names } über die jeweils andere Person
history-why-other-questionnaires = dort wurden nur Antworten auf andere Fragebögen als den von -q gefunden
history-why-unfinished = dort wurden nur nicht abgeschlossene Antworten gefunden (keine Zeit `completed`)
history-why-no-files = dort wurden keine Antwortdateien gefunden
history-error-q-mismatch = -q hat `{ $given }` angegeben, aber die Antworten sind für `{ $id }`; geben Sie `-q` den Fragebogen, auf den geantwortet wurde
history-error-one-sitting = history vergleicht zwei oder mehr Durchgänge, aber diese Antworten sind ein einziger Durchgang ({ $files }); geben Sie auch die Antworten anderer Durchgänge an
history-error-mixed-versions = diese Antworten beziehen sich auf Version { $version } von `{ $id }`, aber `{ $other }` aus demselben Durchgang auf { $other_version }; die beiden Antworten eines Durchgangs müssen sich auf eine Version beziehen
history-error-no-folder = keine gespeicherten Durchgänge von { $names } gefunden: Dieser Ordner existiert nicht; `history --people` liest die Ordner, in die `take` und `session` speichern, geben Sie also die Dateien oder Ordner mit anderswo gespeicherten Antworten an
history-error-reading = beim Lesen von `{ $path }`
history-error-reading-folder = beim Lesen des Ordners `{ $path }`
history-error-reading-scores = beim Zurücklesen der Ergebnisse und Sitzungen des Verlaufs aus den temporären Dateien, in denen sie lagen
history-error-writing-scores = beim Ablegen der Ergebnisse und Sitzungen des Verlaufs in temporären Dateien (ihr Ordner ist vielleicht voll: TMPDIR nennt einen anderen)
history-error-keeping-files = beim Ablegen der Liste der gefundenen Antwortdateien in einer temporären Datei oder beim Zurücklesen (ihr Ordner ist vielleicht voll: TMPDIR nennt einen anderen)
history-error-too-many-files = mehr als { $max } Antwortdateien unter `{ $path }`; geben Sie den Ordner eines Paares oder einer Person an
history-error-versions-differ = die beiden Antwortobjekte nennen unterschiedliche Versionen ({ $first } und { $second }); geben Sie sie in zwei Dateien an
history-version-none = keine
history-error-not-finished = diese Antworten haben keine Zeit `completed` (RFC 3339, etwa "2026-11-22T06:20:00Z"); ein Verlauf braucht abgeschlossene Antworten: Schließen Sie sie mit `take --resume` ab, oder ergänzen Sie die Zeit
history-error-changed = diese Datei hat sich geändert, während der Verlauf erstellt wurde (sie ist nicht mehr die Datei, die sie beim Finden oder beim ersten Lesen war); führen Sie `history` erneut aus, sobald nichts mehr in sie schreibt
history-error-other-questionnaire = diese Antworten sind für den Fragebogen `{ $id }`, aber `{ $file }` ist für `{ $other }`; ein Verlauf nimmt die Durchgänge eines einzigen Fragebogens (in einem Ordner wählt `-q` einen aus)
history-questionnaire-none = (keiner angegeben)
history-error-other-people = dies sind Antworten von { $respondent } über { $partner }, aber `{ $file }` enthält Antworten von { $other_respondent } über { $other_partner }; ein Verlauf nimmt die Durchgänge derselben zwei Personen
history-error-no-questionnaire = die Antworten haben kein Feld `questionnaire`; ergänzen Sie eines, oder geben Sie `-q NAME|PATH` an
history-error-not-bundled = diese Antworten beziehen sich auf `{ $id }`, das nicht mitgeliefert ist; { $hint }
history-error-not-bundled-version = diese Antworten beziehen sich auf `{ $id }` { $version }, das nicht mitgeliefert ist; { $hint }
history-hint-pass-q = geben Sie mit `-q PATH` die Datei dieses Fragebogens an (einmal für jede Version, die die Antworten verwenden)
history-hint-add-q = -q hat `{ $id }` nur in { $versions } angegeben; ergänzen Sie `-q PATH` für diese Version
