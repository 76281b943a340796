# Die Wörter der Berichte (Tabelle, Markdown, HTML), von `history` und von `stats`, auf Deutsch.
# The same ids and variables as locales/en/report.ftl (see its comments for where each is used).
#
# Made by the powerbalance developers with machine assistance from the English, checked message
# by message; not yet reviewed by a native speaker. Choices as in questionnaires/*.de.toml:
# formal "Sie"; the partner is "Partnerperson"; names take "von {name}" rather than a genitive
# -s, and no pronoun guesses a gender ("über sich selbst"); "score" is "Ergebnis". Kinds of
# power: "Arten von Macht", „harte“/„weiche“; markers: "Zeichen von Ausgewogenheit"; a
# sitting of `history` is a "Durchgang". history-no-norms and history-norms-differ start with
# an article, since the code lower-cases their first letter after a dimension's name.

## Every report

report-not-a-diagnosis = Diese Ergebnisse beschreiben, wie die Antworten gegeben wurden. Sie sind ein Ausgangspunkt für ein Gespräch, keine Diagnose und kein Urteil über irgendjemanden.

## Header

report-title-clinician = Klinischer Bericht · { $title }
report-subtitle = Fragebogen { $id } { $version } · { $first } und { $second }
report-header-finished = { " " }(abgeschlossen am { $when })
report-header-answered-one = Beantwortet nur von { $name }{ $finished }; { $other } hat nicht geantwortet.
report-header-answered-two = Beantwortet von { $first }{ $first_finished } und von { $second }{ $second_finished }.
report-answered-in = Sprache der Antworten: { $people }
report-answered-in-person = { $name }: { $language }
report-answered-in-person-own = { $name }: { $language } ({ $own })
report-language-name = { $lang ->
        [es] Spanisch
        [fr] Französisch
        [de] Deutsch
        [pt-BR] brasilianisches Portugiesisch
       *[en] Englisch
    }

## Dates and times

report-month = { $month ->
        [1] Jan.
        [2] Feb.
        [3] März
        [4] Apr.
        [5] Mai
        [6] Juni
        [7] Juli
        [8] Aug.
        [9] Sept.
        [10] Okt.
        [11] Nov.
       *[12] Dez.
    }
report-date = { $day }. { $month } { $year }
report-date-time = { $date }, { $time } { $zone }

## What the report says first

report-clinician-intro = Klinischer Bericht: nur für die therapeutische Fachperson. Er enthält die privaten Antworten beider Personen zu ihrer Sicherheit; keine der beiden hat die der anderen gesehen. Zeigen Sie ihn nicht auf dem gemeinsamen Bildschirm und verwenden Sie ihn nicht in gemeinsamen Sitzungen.

report-heading-next-step = Nächster Schritt
report-heading-notes = Hinweise
report-heading-support = Wenn Sie Unterstützung brauchen

## Scores

-report-middle = Ein Ergebnis von 0 bedeutet die niedrigste Antwort auf jede Frage, 100 die höchste, und 50 im Durchschnitt Antworten in der Mitte (etwa „Weder Zustimmung noch Ablehnung“ oder „Manchmal“).

report-column-difference = Unterschied
report-column-area = Bereich

report-bases-heading = Arten von Macht
report-bases-column = Art
report-bases-intro-one = Wie viel von jeder Art von Einfluss jede Person hat, von 0 bis 100, so wie { $name } es sieht. { -report-middle } Ein gewisser Unterschied ist normal; wichtig ist, dass Einfluss in beide Richtungen wirkt.
report-bases-intro-two = Wie viel von jeder Art von Einfluss jede Person hat, von 0 bis 100, zusammengesetzt daraus, wie Sie sich jeweils selbst sehen und wie Sie einander sehen. { -report-middle } Ein gewisser Unterschied ist normal; wichtig ist, dass Einfluss in beide Richtungen wirkt.

report-overall-heading = Macht insgesamt
report-overall-column = Index
report-overall-group = { $group }: { $members }.
report-overall-intro = Der Machtindex ist der gewichtete Mittelwert aller Arten von Macht.
report-power-index = Machtindex
report-balance-index = Ausgewogenheitsindex
report-group-name = { $group ->
        [harsh] Harte Arten von Macht
        [soft] Weiche Arten von Macht
       *[other] Arten von Macht: { $name }
    }
report-and-list = { $init } und { $last }

report-markers-heading = Zeichen von Ausgewogenheit
report-markers-column = Zeichen
report-markers-intro = Wie deutlich jede Person die Zeichen einer ausgewogenen Beziehung zeigt, von 0 bis 100; höher heißt mehr. { -report-middle } Der Ausgewogenheitsindex ist ihr Mittelwert.

report-decisions-heading = Wer bestimmt
report-decisions-intro-one = Wie viel jede Person in den erfragten Lebensbereichen mitbestimmt, von 0 bis 100: 50 heißt gleich viel, über 50 mehr als die Hälfte.
report-decisions-intro-two = Wie viel jede Person in den erfragten Lebensbereichen mitbestimmt, von 0 bis 100: 50 heißt gleich viel, über 50 mehr als die Hälfte; wenn Sie beide jeden Bereich beantwortet haben, ergeben die beiden Zahlen zusammen 100.

report-difference = { $name } +{ $points }
report-difference-even = gleich

## Safety (only in a report that may show private results)

report-safety-heading = Sicherheit
report-safety-heading-of = Sicherheit: Antworten von { $name }
report-safety-intro = Privat: aus den eigenen Antworten von { $name } auf die Fragen zur Sicherheit, über { $other } und über sich selbst. Hier bedeutet höher mehr Anlass zur Sorge: 0 bedeutet, dass jede Antwort die niedrigste war („Nie“), und schon eine einzige Antwort darüber kann wichtig sein; deshalb sagen die Meldungen unten, was geantwortet wurde.
report-safety-column-about = Über { $name }

## Who has more say, area by area

report-compare-heading = Wer mehr bestimmt, Bereich für Bereich
report-compare-intro = Die Antworten jeder Person in einem gemeinsamen Rahmen: wer mehr bestimmt, { $first } oder { $second }, oder beide gleich viel. Sie sehen { $agree } von { $total } { $total ->
        [one] Bereich
       *[other] Bereichen
    } gleich und { $differ } verschieden; wo Sie es verschieden sehen, lässt sich gut mit dem Gespräch beginnen.
report-compare-column-says = Laut { $name }
report-compare-column-together = Zusammen
report-compare-both-equally = beide gleich viel
report-compare-mostly = überwiegend { $name }
report-compare-agree = gleich gesehen
report-compare-differ = verschieden gesehen

## How each is seen (both answered)

report-views-heading = Wie { $name } gesehen wird
report-views-intro = { $name } über sich selbst, neben { $other } über { $name }. Wo die beiden Zahlen sich unterscheiden, erleben Sie beide dasselbe unterschiedlich, und darüber zu sprechen ist oft am hilfreichsten.
report-views-column-dimension = Dimension
report-views-column-by = Laut { $name }

## Rules that fired

report-heading-alert = Braucht Aufmerksamkeit
report-heading-warning = Ein Gespräch wert
report-heading-info = Gut zu wissen
report-heading-private-own = Privat: zu Ihrer Sicherheit
report-heading-private-clinician = Privat: zur Sicherheit jeder Person
report-heading-private-both = Private Ergebnisse
report-prompt-label = Zum Gespräch
report-prompt-label-private-own = Zum Nachdenken, für Sie allein
report-prompt-label-private-other = Zum Nachdenken für diese Person, für sich allein
report-label-colon = { $label }:
report-no-concerns = Keine Regel dieses Fragebogens hat angeschlagen.
report-no-concerns-joint = Keine Regel dieses gemeinsamen Berichts hat angeschlagen. Die privaten Fragen sind nicht Teil davon, daher sagt er nichts über sie.

## The table for a narrow terminal

report-table-compare-line = { $first_label }: { $first } · { $second_label }: { $second } · { $together }

## HTML

report-html-title = { $title } · { $first } und { $second }
report-radar-label = Netzdiagramm der Arten von Macht von { $first } und { $second }

## Notes the scoring engine writes (src/scoring/mod.rs)

report-note-one-answered = Nur { $name } hat geantwortet; die Ergebnisse von { $other } stammen daher allein aus den Antworten von { $name }, und um zu zeigen, wie sich jede Person selbst sieht und wie die andere sie sieht, müssen beide antworten.
report-note-unfinished = Die Antworten von { $name } sind nicht abgeschlossen (die Datei enthält `"completed": null`); dieser Bericht umfasst daher nur die bisher beantworteten Fragen.
report-note-not-applying = Aus den Antworten von { $name } weggelassen, da sie nach den übrigen Antworten von { $name } nicht zutreffen: { $items }.
report-note-unscored-partner = Aus den Antworten von { $name } über { $other } nicht berechnet: { $dimensions }.
report-note-unscored-self = Aus den Antworten von { $name } über sich selbst nicht berechnet: { $dimensions }.
report-note-unscored-dimension = { $dimension } ({ $answered } von { $total } beantwortet, { $needed } nötig)
report-note-private = Einige Fragen sind für jede Person privat und nicht Teil eines gemeinsamen Berichts. Jede Person kann ihre eigenen Ergebnisse sehen, indem sie nur ihre eigenen Antworten auswerten lässt.

## The clinician report's next step (src/scoring/mod.rs: fn clinician)

report-next-step-safety = Eine Sicherheitsregel hat angeschlagen (unten aufgeführt). Sprechen Sie mit jeder Person zuerst allein, bevor Sie gemeinsam an Macht oder Kontrolle arbeiten. Fragen Sie jede Person allein nach ihrer Sicherheit, ohne die Partnerperson; gehen Sie die Hilfe unten und einen Plan, sicher zu bleiben, durch. Gemeinsame Sitzungen zu Macht oder Kontrolle sind nicht ratsam, solange eine Person Angst vor der anderen hat, bedroht oder kontrolliert wird. Nichts davon steht im gemeinsamen Bericht, und die Partnerperson hat es nicht gesehen: Bringen Sie es nicht ohne das Einverständnis der Person in eine gemeinsame Sitzung ein.
report-next-step-no-rule = Keine private Regel und keine Alarm-Regel hat angeschlagen. Das schließt ein Risiko nicht aus: Bei einem ersten Screening sagen Menschen oft nicht, wovor sie Angst haben. Fragen Sie jede Person im Verlauf der Arbeit weiter allein nach ihrer Sicherheit.
report-next-step-silent-one = { $name } hat keine der privaten Fragen zur Sicherheit beantwortet (nicht gestellt, übersprungen oder noch nicht beantwortet); nichts, was hier zur Sicherheit steht, stammt daher aus den Antworten von { $name }.
report-next-step-silent-two = Weder { $first } noch { $second } hat eine der privaten Fragen zur Sicherheit beantwortet (nicht gestellt, übersprungen oder noch nicht beantwortet); nichts, was hier zur Sicherheit steht, stammt daher aus ihren Antworten.

## stats (src/stats/table.rs: fn render_stats_table)

stats-summary = { $id } { $version }: { $sets } { $sets ->
        [one] Antwortsatz
       *[other] Antwortsätze
    }, davon { $in_couples } in Paaren.
stats-scales-heading = Skalen (Ergebnisse der Sichtweisen von 0 bis 100; Alpha über die vollständigen Antwortsätze)
stats-column-dimension = Dimension
stats-column-view = Sicht
stats-column-items = Fragen
stats-column-n = n
stats-column-mean = Mittelwert
stats-column-sd = SD
stats-column-alpha = Alpha
stats-column-alpha-n = n für Alpha
stats-view-self = selbst
stats-view-partner = Partnerperson
stats-items-heading = Fragen (r: korrigierte Trennschärfe; (r) kennzeichnet eine umgepolte Frage)
stats-column-item = Frage
stats-column-item-rest = r (Frage-Rest)
stats-column-missing = Fehlend
stats-column-answers = Antworten (Wert: Anzahl)
stats-pairs-heading = Selbstsicht gegenüber der Sicht der Partnerperson auf dieselbe Person
stats-column-self-partner = r (selbst, Sicht der Partnerperson)
stats-formulas = Formeln und der Umgang mit fehlenden Antworten: docs/stats.md.
