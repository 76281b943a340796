# German messages of the interactive area (take and session). The ids, variables and
# comments on where each message is used are in locales/en/interactive.ftl.
#
# Made by the powerbalance developers with machine assistance from the English, message by
# message; not yet reviewed by a native speaker. Register and terms as in
# questionnaires/*.de.toml: formal "Sie" (to one person and to both), standard German; the
# partner is "Partnerperson"; the therapist "die therapeutische Fachperson"; the joint report
# "der gemeinsame Bericht", the clinician report "der Bericht für Fachpersonen". A name is
# never given a genitive -s ("die Antworten von {other}", "{me} ist an der Reihe"). "sie"
# (they) is written small after a colon so that it is not read as the formal "Sie".
# Keys stay the letters the code reads: s, b, v, f, j, q; Enter stays "Enter".
# A native speaker should check first: the private part (session-alone-*, session-private-*,
# session-intro-part2) for exactly the English promises, and "schnell verlassen" for the
# quick exit.

## Answers in words

review-answer-masked = beantwortet
review-answer-not-answered = nicht beantwortet
review-answer-skipped = übersprungen
review-answer-label = { $label } ({ $value })

## The terminal's item screen

screen-item-your-answer = (Ihre Antwort)
screen-item-skip = Möchte ich nicht beantworten
screen-item-skip-skipped-before = Möchte ich nicht beantworten  (zuvor übersprungen)
screen-item-back = Zurück zur vorigen Frage
screen-item-quick-exit = Schnell verlassen: speichert, leert den Bildschirm, beendet
screen-item-help = Geben Sie die Zahl Ihrer Antwort ein, oder nutzen Sie ↑ ↓ und Enter.
screen-keys-answer = Ziffer/↑↓ Enter
screen-keys-skip = s überspringen
screen-keys-skip-skipped = s überspringen (übersprungen)
screen-keys-back = b zurück
screen-keys-quick-exit = { $key } schnell verlassen

## The terminal's text screens

screen-press-enter-continue = Drücken Sie Enter, um fortzufahren.  ({ $key }: schnell verlassen)
screen-press-enter-more = Drücken Sie Enter für mehr.  ({ $key }: schnell verlassen)

## The terminal's review

review-heading = Antworten prüfen: Wählen Sie eine, um sie zu ändern, oder schließen Sie ab
review-finish = Abschließen: Das sind meine Antworten
review-keys = ↑↓ Enter · { $key } schnell verlassen
review-keys-show-private = ↑↓ Enter · v private Antworten zeigen · { $key } schnell verlassen
review-keys-hide-private = ↑↓ Enter · v private Antworten verbergen · { $key } schnell verlassen

## The name prompt

screen-name-empty = bitte geben Sie einen Namen ein, oder eine Bezeichnung wie A
plain-name-empty = Bitte geben Sie einen Namen ein, oder eine Bezeichnung wie A.

## Plain mode

plain-press-enter = Drücken Sie Enter, um fortzufahren.
plain-item-skip = möchte ich nicht beantworten
plain-item-back = zurück zur vorigen Frage
plain-item-quick-exit = schnell verlassen (speichert und beendet)
plain-item-before = Ihre bisherige Antwort: { $answer }. Drücken Sie Enter, um sie zu behalten.
plain-item-answer-prompt = Antwort:
plain-item-retry = Geben Sie eine Zahl von { $min } bis { $max } ein, oder s zum Überspringen.
plain-item-retry-back = Geben Sie eine Zahl von { $min } bis { $max } ein, s zum Überspringen, oder b, um zurückzugehen.
plain-review-heading = Ihre Antworten:
plain-review-prompt = Geben Sie f ein, um abzuschließen, oder die Nummer einer Frage, um sie zu ändern:
plain-review-prompt-private = Geben Sie f ein, um abzuschließen, oder die Nummer einer Frage, um sie zu ändern (v zeigt die privaten Antworten):
plain-review-no-such = Es gibt keine Frage { $number }.
plain-choose-prompt = Geben Sie einen der Buchstaben oben ein:

## Ctrl-C and where the answers are

interrupt-nothing-yet = Abgebrochen, bevor eine Antwort gegeben wurde; nichts wurde gespeichert.
interrupt-stopped-yours =
    Abgebrochen. Ihre bisherigen Antworten sind gespeichert in { $place }.
    So machen Sie dort weiter, wo Sie aufgehört haben:
interrupt-stopped-session =
    Abgebrochen. Die bisherigen Antworten sind gespeichert in { $place }.
    So geht es dort weiter, wo aufgehört wurde:
interrupt-stopped-no-save = Abgebrochen. Nichts wurde gespeichert (--no-save).

## Openings

answering-intro-not-diagnosis = Die Antworten beschreiben, wie Einfluss zwischen Ihnen beiden wirkt. Sie sind ein Ausgangspunkt für ein Gespräch, keine Diagnose.
answering-intro-controls = Sie können jede Frage überspringen, die Sie lieber nicht beantworten möchten (s), zurückgehen (b) und jede Antwort prüfen, bevor Sie abschließen. Die Taste q beendet sofort: sie speichert, was Sie bisher geantwortet haben, und leert den Bildschirm.
answering-saving-in = Jede Antwort wird gespeichert, sobald sie gegeben ist, in { $place }. Nur dieses Benutzerkonto des Computers hat Zugriff darauf; wer dieses Konto benutzen kann oder den Computer verwaltet, könnte die Antworten also lesen.
answering-saving-none = Nichts wird auf die Festplatte geschrieben (--no-save): Wenn Sie vor dem Ende aufhören, sind die Antworten verloren.
answering-no-translation = Der Fragebogen { $questionnaire } hat keine Übersetzung ({ $lang }): Seine Fragen erscheinen in der Originalsprache.

## Errors while answering

answering-error-saving = beim Speichern der Antworten in `{ $path }`
answering-error-context = beim Beantworten des Fragebogens
answering-error-two-names = zwei verschiedene, nicht leere Namen sind nötig: { $reason }

## take

take-name-yours = Ihr Name (oder eine Bezeichnung wie A)
take-name-partner = Der Name der anderen Person
take-name-partner-again = Das ist Ihr eigener Name. Der Name der anderen Person (nicht „{ $respondent }“)
take-intro-who = { $respondent }, es gibt { $questions ->
        [one] { $questions } Frage
       *[other] { $questions } Fragen
    } über Sie und über { $partner }; das dauert etwa { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    }. Am Ende wird Ihr Bericht auf diesem Bildschirm angezeigt.
take-intro-private = Einige Fragen sind privat und betreffen Ihre Sicherheit: Diese stehen in Ihrem eigenen Bericht und nie in einem gemeinsamen Bericht von Ihnen beiden. Wenn es dort, wo Sie gerade sind, nicht sicher ist, sie zu beantworten, überspringen Sie sie.
take-file-unsaved = Ihre Antworten
take-end-saved = Ihre Antworten sind gespeichert in { $place }.
take-end-not-saved = Ihre Antworten wurden nicht gespeichert (--no-save).
take-error-answers-array = `take --answers` nimmt die Antworten einer einzigen Person, keine Liste
take-error-missing-answers = { $missing } von { $total ->
        [one] { $total } Frage
       *[other] { $total } Fragen
    } { $missing ->
        [one] hat
       *[other] haben
    } keine Antwort (null oder fehlend), und --no-input stellt keine Fragen; füllen Sie sie aus, beantworten Sie sie am Terminal mit `take --answers FILE`, oder werten Sie die Antworten so aus, wie sie sind, mit `powerbalance score FILE`
take-error-no-terminal = `take` stellt seine Fragen an einem Terminal, und stdin und stderr sind nicht beide Terminals (oder --no-input wurde angegeben). Ohne Terminal: Füllen Sie `powerbalance template` aus und führen Sie `powerbalance score FILE` aus, oder geben Sie alle Antworten mit `take --answers FILE --no-input` an, oder antworten Sie Zeile für Zeile mit `take --plain`.
take-error-names-needed = geben Sie --respondent und --partner an, oder eine Antwortdatei, die beide nennt
take-error-save-exists = `{ $path }` gibt es schon; um damit weiterzumachen, verwenden Sie `--resume { $path }`, oder fügen Sie --force hinzu, um darin neu zu beginnen

## session: names, turns and files

session-name-first = Der Name der ersten Person
session-name-second = Der Name der zweiten Person
session-turn-together = { $me } ist an der Reihe, gemeinsam ({ $other }, bitte schauen Sie weg)
session-turn-alone = { $me } ist an der Reihe, allein: privat
session-file-answers = Antworten von { $person }

## session: the opening

session-intro-part1 = Teil 1, gemeinsam: zuerst { $first }, dann { $second }; jede Person beantwortet { $questions ->
        [one] { $questions } Frage
       *[other] { $questions } Fragen
    } (etwa { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    } pro Person), während die andere wegschaut. Der gemeinsame Bericht, den die therapeutische Fachperson Ihnen beiden zeigen kann, beruht auf diesen Antworten.
session-intro-private-plain = Es gibt außerdem { $count ->
        [one] { $count } private Frage
       *[other] { $count } private Fragen
    } zur Sicherheit. Dieser einfache Modus kann den Bildschirm nicht leeren, deshalb findet dieser Teil hier nicht statt: Am Ende erfahren Sie, wie jede Person sie später allein beantwortet.
session-intro-part2 = Teil 2, allein: Jede Person beantwortet { $count ->
        [one] { $count } private Frage
       *[other] { $count } private Fragen
    } zur Sicherheit, während die andere Person nicht im Raum ist. Diese Fragen sind nicht Teil des gemeinsamen Berichts, und dieses Programm zeigt die privaten Antworten einer Person nie der anderen: Jede Person sieht ihre eigenen Ergebnisse am Ende ihres Teils, und die therapeutische Fachperson sieht die Antworten beider Personen in einem gesonderten Bericht für Fachpersonen. Wenn das Beantworten nicht sicher ist, überspringen Sie die Frage.
session-intro-controls = Überspringen Sie jede Frage, die Sie lieber nicht beantworten möchten (s), gehen Sie zurück (b), und prüfen Sie Ihre Antworten, bevor Sie abschließen. Die Taste q beendet sofort: sie speichert, was gegeben wurde, und leert den Bildschirm.

## session: the hand-off before part 1

session-together-title = Teil 1, gemeinsam: { $me } ist an der Reihe.
session-together-plain-warning = Dieser einfache Modus kann den Bildschirm nicht leeren: Die Antworten von { $other } stehen noch darauf, weiter oben, und man kann zu ihnen zurückscrollen. Wenn { $me } sie nicht sehen soll, löschen Sie den Verlauf dieses Fensters oder drehen Sie den Bildschirm weg, bevor es weitergeht.
session-together-cleared = Der Bildschirm und sein Verlauf wurden geleert.
session-together-keyboard-plain = { $me }, bitte übernehmen Sie die Tastatur. { $other }, bitte schauen Sie nicht auf den Bildschirm, bis { $me } fertig ist.
session-together-keyboard = { $me }, bitte übernehmen Sie die Tastatur. { $other }, bitte schauen Sie nicht auf den Bildschirm, bis { $me } fertig ist; der Bildschirm und sein Verlauf werden geleert, bevor jemand anderes an der Reihe ist.
session-together-about = { $me }, die Fragen handeln von Ihnen und von { $other }.

## session: part 2, alone

session-alone-handoff =
    Teil 2, allein: { $me } ist an der Reihe.

    { $other }, bitte verlassen Sie jetzt den Raum; Sie werden wieder hereingebeten.

    { $me }: Drücken Sie Enter erst, wenn { $other } den Raum verlassen hat.
session-alone-next = { $me }, { $count ->
        [one] die nächste Frage betrifft
       *[other] die nächsten { $count } Fragen betreffen
    } Ihre eigene Sicherheit.
session-alone-next-at-most = { $me }, { $count ->
        [one] höchstens { $count } weitere Frage betrifft
       *[other] die nächsten bis zu { $count } Fragen betreffen
    } Ihre eigene Sicherheit.
session-alone-none = { $me }, in diesem Teil sind keine Fragen mehr für Sie offen. Als Nächstes können Sie Ihre Antworten durchsehen, dann sehen Sie Ihre eigenen Ergebnisse.
session-alone-not-shown = Dieses Programm zeigt { $other } Ihre Antworten nicht: sie stehen nicht im gemeinsamen Bericht. Sie sehen Ihre Ergebnisse am Ende dieses Teils, und die therapeutische Fachperson sieht sie im Bericht für Fachpersonen.
session-alone-skip = Überspringen Sie jede Frage, die Sie lieber nicht beantworten möchten oder die jetzt nicht sicher zu beantworten ist; q beendet sofort.

## session: the person's own private results

session-private-heading = { $me }, Ihre privaten Ergebnisse
session-private-none = Keine der privaten Sicherheitsregeln hat bei Ihren Antworten angeschlagen. Wenn Sie trotzdem etwas beunruhigt, ist die Hilfe unten auch für Sie da.
session-private-prompt = Zum Nachdenken, für sich allein: { $prompt }
session-private-resources = Wenn Sie Unterstützung brauchen
session-private-wiped = Dieser Bildschirm wird geleert, wenn Sie Enter drücken. Die therapeutische Fachperson sieht diese Antworten im Bericht für Fachpersonen; dieses Programm zeigt sie { $other } nicht.

## session: after part 2

session-after-alone-first =
    Danke, { $me }. Der Bildschirm wurde geleert.

    Bitten Sie nun { $other } herein, und verlassen Sie selbst den Raum, während { $other } antwortet.
session-after-alone-second =
    Danke, { $me }. Der Bildschirm wurde geleert.

    Die therapeutische Fachperson kann { $other } jetzt wieder hereinbitten.

## session: the gate

session-gate-finished = Sie sind beide fertig.
session-gate-plain-warning = Dieser einfache Modus kann den Bildschirm nicht leeren: Die Antworten oben stehen noch darauf, und man kann zu ihnen zurückscrollen.
session-gate-saved = Die Antworten, der gemeinsame Bericht und der Bericht für Fachpersonen sind gespeichert in { $dir }.
session-gate-not-saved = Nichts wurde gespeichert (--no-save).
session-gate-plain-private =
    Die privaten Fragen zur Sicherheit wurden auf diesem gemeinsamen Bildschirm, der sich nicht leeren lässt, nicht gestellt. Jede Person beantwortet sie später allein, an einem Bildschirm, den niemand sonst sehen kann, in ihre eigene Antwortdatei:
    {"  "}{ $first }: powerbalance take --resume { $first_file }
    {"  "}{ $second }: powerbalance take --resume { $second_file }
    (fügen Sie --plain für einen Screenreader hinzu). Danach erstellt die therapeutische Fachperson den Bericht für Fachpersonen neu mit
      powerbalance score --clinician { $first_file } { $second_file }
session-gate-therapist = Für die therapeutische Fachperson: Zeigen Sie den gemeinsamen Bericht auf diesem Bildschirm, wo beide Personen ihn sehen können, oder schließen Sie ab, ohne ihn zu zeigen. Der Bericht für Fachpersonen wird hier nie gezeigt.
session-gate-show = Den gemeinsamen Bericht auf diesem Bildschirm zeigen
session-gate-finish = Abschließen, ohne ihn zu zeigen

## session: the end and its errors

session-end-saved = Abgeschlossen. Die Antworten und die Berichte sind gespeichert in { $dir }.
session-end-not-saved = Abgeschlossen. Die Antworten wurden nicht gespeichert (--no-save).
session-error-no-terminal = `session` stellt seine Fragen an einem Terminal, und stdin und stderr sind nicht beide Terminals (oder --no-input wurde angegeben). Ohne Terminal: Jede Person füllt `powerbalance template` aus, dann ergibt `powerbalance score A.json B.json` den gemeinsamen Bericht; oder antworten Sie Zeile für Zeile mit `session --plain`.
session-error-no-save-private = `session --no-save` würde den Bericht für Fachpersonen verlieren, den einzigen Ort, an dem die privaten Antworten von `{ $questionnaire }` die therapeutische Fachperson erreichen; geben Sie --save-dir DIR an (und löschen Sie den Ordner, wenn er nicht mehr gebraucht wird), oder einen Fragebogen ohne private Fragen
session-error-wrong-people = `{ $file }` enthält die Antworten von { $respondent } über { $partner }, nicht die von { $me } über { $other }; verwenden Sie ein anderes --save-dir

## The data folder

save-error-no-data-dir = beim Suchen Ihres Datenordners (ist HOME gesetzt?); geben Sie stattdessen --save FILE an
save-error-checking = beim Prüfen von `{ $dir }`
save-error-not-a-folder = `{ $dir }` ist kein gewöhnlicher Ordner (es ist ein Link oder eine Datei); powerbalance speichert Antworten nur in einem eigenen Ordner. Entfernen Sie ihn, oder geben Sie --save FILE an
save-error-other-user = `{ $dir }` gehört einem anderen Benutzerkonto; powerbalance speichert Ihre Antworten dort nicht. Geben Sie --save FILE an, oder setzen Sie XDG_DATA_HOME auf einen Ihrer Ordner
save-error-making-private = beim Einschränken des Zugriffs auf `{ $dir }`
save-error-creating = beim Anlegen von `{ $path }`
save-error-no-free-file = kein freier Dateiname in `{ $dir }`
save-error-no-free-folder = kein freier Ordnername in `{ $dir }`
