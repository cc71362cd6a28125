<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
  <context>
    <name>Batch</name>
    <message>
      <source>FLORA says the workspace is out of credits, so the batch stopped. Rows not started were not charged; add credits and start the batch again to finish them.</source>
      <translation>Laut FLORA hat der Workspace keine Credits mehr, daher wurde der Stapel angehalten. Nicht gestartete Zeilen wurden nicht berechnet; lade Credits auf und starte den Stapel erneut, um sie abzuschließen.</translation>
    </message>
    <message>
      <source>FLORA refused this workspace for your key, so the batch stopped: {reason}</source>
      <translation>FLORA hat diesen Workspace für deinen Schlüssel abgelehnt, daher wurde der Stapel angehalten: {reason}</translation>
    </message>
    <message>
      <source>FLORA could not find the technique or the workspace, so the batch stopped: {reason}</source>
      <translation>FLORA konnte die Technik oder den Workspace nicht finden, daher wurde der Stapel angehalten: {reason}</translation>
    </message>
    <message>
      <source>FLORA refused the API key, so the batch stopped. Sign in again, then resume it.</source>
      <translation>FLORA hat den API-Schlüssel abgelehnt, daher wurde der Stapel angehalten. Melde dich erneut an und setze ihn dann fort.</translation>
    </message>
    <message>
      <source>FLORA could not be reached after several tries, so the batch stopped. Start it again to resume: no row will be started twice.</source>
      <translation>FLORA war nach mehreren Versuchen nicht erreichbar, daher wurde der Stapel angehalten. Starte ihn erneut, um fortzufahren: Keine Zeile wird doppelt gestartet.</translation>
    </message>
    <message>
      <source>The batch could not be written to disk, so nothing more was sent (a crash could otherwise bill twice). Free some space, then resume it.</source>
      <translation>Der Stapel konnte nicht auf die Festplatte geschrieben werden, daher wurde nichts mehr gesendet (sonst könnte ein Absturz doppelt kosten). Schaffe etwas Platz und setze ihn dann fort.</translation>
    </message>
    <message>
      <source>The run history on this computer cannot be saved right now, so the batch was not started (after a crash its rows could be billed twice). Free some space, then start it again.</source>
      <translation>Der Verlauf auf diesem Computer lässt sich gerade nicht speichern, deshalb wurde der Stapel nicht gestartet (nach einem Absturz könnten seine Zeilen doppelt berechnet werden). Schaffe etwas Platz und starte ihn dann erneut.</translation>
    </message>
    <message>
      <source>FLORA accepted some rows but their runs could not be found yet. Start the batch again in a minute to look again; they will not be started twice.</source>
      <translation>FLORA hat einige Zeilen angenommen, aber ihre Durchläufe sind noch nicht auffindbar. Starte den Stapel in einer Minute erneut, um noch einmal nachzusehen; sie werden nicht doppelt gestartet.</translation>
    </message>
    <message>
      <source>FLORA did not say how some rows are going. They were not started again (that could charge them twice). Press Resume later to check on them, or look for them in History.</source>
      <translation>FLORA hat nicht gesagt, wie es um einige Zeilen steht. Sie wurden nicht erneut gestartet (das könnte sie doppelt berechnen). Drücken Sie später auf Fortsetzen, um nach ihnen zu sehen, oder suchen Sie sie im Verlauf.</translation>
    </message>
    <message>
      <source>Cancelled. Rows not started were not charged; start the batch again to finish.</source>
      <translation>Abgebrochen. Nicht gestartete Zeilen wurden nicht berechnet; starte den Stapel erneut, um ihn abzuschließen.</translation>
    </message>
    <message>
      <source>This row names a file on this computer; use a link.</source>
      <translation>Diese Zeile verweist auf eine Datei auf diesem Computer; verwende einen Link.</translation>
    </message>
    <message>
      <source>“{name}” could not be uploaded, so the row was not started (nothing charged). {why}</source>
      <translation>„{name}“ konnte nicht hochgeladen werden, daher wurde die Zeile nicht gestartet (nichts berechnet). {why}</translation>
    </message>
    <message>
      <source>FLORA refused this row, nothing was charged: {reason}</source>
      <translation>FLORA hat diese Zeile abgelehnt, es wurde nichts berechnet: {reason}</translation>
    </message>
    <message>
      <source>The run finished but its outputs were not saved: {why}</source>
      <translation>Der Durchlauf ist fertig, aber seine Ergebnisse wurden nicht gespeichert: {why}</translation>
    </message>
    <message>
      <source>FLORA did not say how this row is going. {reason} Its run may still be working, and may be charged, so it will not be started again. Press Resume later to check on it, or look for it in History.</source>
      <translation>FLORA hat nicht gesagt, wie es um diese Zeile steht. {reason} Ihr Lauf arbeitet vielleicht noch und wird vielleicht berechnet, daher wird sie nicht erneut gestartet. Drücken Sie später auf Fortsetzen, um nach ihr zu sehen, oder suchen Sie sie im Verlauf.</translation>
    </message>
    <message>
      <source>It says “{status}”, a word this app does not know.</source>
      <translation>Dort steht „{status}“, ein Wort, das diese App nicht kennt.</translation>
    </message>
    <message>
      <source>It still said it was working after {minutes} minutes.</source>
      <translation>Nach {minutes} Minuten hieß es immer noch, dass er arbeitet.</translation>
    </message>
    <message>
      <source>This row was sent to FLORA at {time}, but the answer was lost and no run could be matched to it for sure. FLORA may have made it (and charged it), so it will not be started again on its own. Look in History for a run from about {time}; if there is none, nothing was charged and you can run the row again (Run again, in the batch window).</source>
      <translation>Diese Zeile wurde um {time} an FLORA gesendet, aber die Antwort ging verloren und kein Lauf ließ sich ihr sicher zuordnen. FLORA hat sie vielleicht erstellt (und berechnet), daher wird sie nicht von selbst erneut gestartet. Suchen Sie im Verlauf nach einem Lauf von etwa {time}; gibt es keinen, wurde nichts berechnet und Sie können die Zeile erneut ausführen (Erneut ausführen, im Stapelfenster).</translation>
    </message>
  </context>
  <context>
    <name>BatchChecks</name>
    <message>
      <source>This row could not be checked; use it anyway only if you are sure.</source>
      <translation>Diese Zeile konnte nicht geprüft werden; verwende sie trotzdem nur, wenn du dir sicher bist.</translation>
    </message>
    <message>
      <source>{count} cropped copies could not be saved.</source>
      <translation>{count} zugeschnittene Kopien konnten nicht gespeichert werden.</translation>
    </message>
    <message>
      <source>The cropped copy could not be saved.</source>
      <translation>Die zugeschnittene Kopie konnte nicht gespeichert werden.</translation>
    </message>
  </context>
  <context>
    <name>BatchContactSheet</name>
    <message>
      <source>Contact sheet</source>
      <translation>Kontaktbogen</translation>
    </message>
    <message>
      <source>Each row's output; press Enter on one to open its run</source>
      <translation>Das Ergebnis jeder Zeile; drücke Enter auf einem, um seinen Lauf zu öffnen</translation>
    </message>
    <message>
      <source>R&amp;ows</source>
      <translation>&amp;Zeilen</translation>
    </message>
    <message>
      <source>Contact s&amp;heet</source>
      <translation>Kontakt&amp;bogen</translation>
    </message>
    <message>
      <source>Each row's output appears here once the batch starts</source>
      <translation>Das Ergebnis jeder Zeile erscheint hier, sobald der Stapel startet</translation>
    </message>
  </context>
  <context>
    <name>BatchDialog</name>
    <message>
      <source>Batch — {name}</source>
      <translation>Stapel — {name}</translation>
    </message>
    <message>
      <source>Add &amp;files or a folder…</source>
      <translation>&amp;Dateien oder einen Ordner hinzufügen …</translation>
    </message>
    <message>
      <source>Each file becomes one row (you can also drop them here)</source>
      <translation>Jede Datei wird zu einer Zeile (du kannst sie auch hierher ziehen)</translation>
    </message>
    <message>
      <source>&amp;Vary:</source>
      <translation>&amp;Variieren:</translation>
    </message>
    <message>
      <source>Input to vary</source>
      <translation>Zu variierende Eingabe</translation>
    </message>
    <message>
      <source>Variations: one value per line</source>
      <translation>Varianten: ein Wert pro Zeile</translation>
    </message>
    <message>
      <source>Variations, one per line</source>
      <translation>Varianten, eine pro Zeile</translation>
    </message>
    <message>
      <source>&amp;Make rows from these lines</source>
      <translation>&amp;Zeilen aus dieser Liste erstellen</translation>
    </message>
    <message>
      <source>Batch rows</source>
      <translation>Zeilen des Stapels</translation>
    </message>
    <message>
      <source>Show rows</source>
      <translation>Zeilen anzeigen</translation>
    </message>
    <message>
      <source>All rows</source>
      <translation>Alle Zeilen</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Fertig</translation>
    </message>
    <message>
      <source>Failed</source>
      <translation>Fehlgeschlagen</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>In Arbeit</translation>
    </message>
    <message>
      <source>Not started</source>
      <translation>Nicht gestartet</translation>
    </message>
    <message>
      <source>Output &amp;folder…</source>
      <translation>Ergebnis&amp;ordner …</translation>
    </message>
    <message>
      <source>&amp;Pause</source>
      <translation>&amp;Pausieren</translation>
    </message>
    <message>
      <source>&amp;Cancel batch</source>
      <translation>Stapel &amp;abbrechen</translation>
    </message>
    <message>
      <source>&amp;Retry failed rows</source>
      <translation>Fehlgeschlagene Zeilen &amp;wiederholen</translation>
    </message>
    <message>
      <source>Res&amp;ume batch</source>
      <translation>Stapel &amp;fortsetzen</translation>
    </message>
    <message>
      <source>Import a spreadsheet</source>
      <translation>Tabelle importieren</translation>
    </message>
    <message>
      <source>The spreadsheet could not be read. {reason}</source>
      <translation>Die Tabelle konnte nicht gelesen werden. {reason}</translation>
    </message>
    <message>
      <source>&amp;Import spreadsheet (CSV, Excel)…</source>
      <translation>Tabelle &amp;importieren (CSV, Excel) …</translation>
    </message>
    <message>
      <source>Needs fixing</source>
      <translation>Muss korrigiert werden</translation>
    </message>
    <message>
      <source>Look in History first: FLORA may already have made these rows</source>
      <translation>Sehen Sie zuerst im Verlauf nach: FLORA hat diese Zeilen vielleicht schon erstellt</translation>
    </message>
    <message>
      <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
      <translation>Tabellen (*.csv *.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
      <source>Reading {file}…</source>
      <translation>{file} wird gelesen …</translation>
    </message>
    <message>
      <source>Is it a CSV or Excel file?</source>
      <translation>Ist es eine CSV- oder Excel-Datei?</translation>
    </message>
    <message>
      <source>Choose files, one row each</source>
      <translation>Dateien wählen, je Datei eine Zeile</translation>
    </message>
    <message>
      <source>Looking at the files…</source>
      <translation>Dateien werden durchgesehen …</translation>
    </message>
    <message>
      <source>More than {limit} files; a batch takes at most {limit}. Choose a smaller folder.</source>
      <translation>Mehr als {limit} Dateien; ein Stapel fasst höchstens {limit}. Wähle einen kleineren Ordner.</translation>
    </message>
    <message>
      <source>Row {row}: {text}</source>
      <translation>Zeile {row}: {text}</translation>
    </message>
    <message>
      <source>… and {count} more, left out until fixed.</source>
      <translation>… und {count} weitere, die bis zur Korrektur weggelassen werden.</translation>
    </message>
    <message>
      <source>Save the batch's outputs in</source>
      <translation>Ergebnisse des Stapels speichern in</translation>
    </message>
    <message>
      <source>Checking 1 row…</source>
      <translation>1 Zeile wird geprüft …</translation>
    </message>
    <message>
      <source>Checking {count} rows…</source>
      <translation>{count} Zeilen werden geprüft …</translation>
    </message>
    <message>
      <source>Start 1 run — ${total}</source>
      <translation>1 Durchlauf starten — ${total}</translation>
    </message>
    <message>
      <source>Start {count} runs — ${total}</source>
      <translation>{count} Durchläufe starten — ${total}</translation>
    </message>
    <message>
      <source>Start a large batch?</source>
      <translation>Einen großen Stapel starten?</translation>
    </message>
    <message>
      <source>This starts {count} runs and may cost up to ${total}. Start them?</source>
      <translation>Damit startest du {count} Durchläufe, die bis zu ${total} kosten können. Jetzt starten?</translation>
    </message>
    <message>
      <source>This batch's rows could not be read from the history file on this computer. Nothing was sent; close this window and try again.</source>
      <translation>Die Zeilen dieses Stapels ließen sich nicht aus dem Verlauf auf diesem Computer lesen. Es wurde nichts gesendet; schließe dieses Fenster und versuche es erneut.</translation>
    </message>
    <message>
      <source>The batch could not be recorded in the history file (is the disk full?). Nothing was started.</source>
      <translation>Der Stapel konnte nicht in der Verlaufsdatei gespeichert werden (ist die Festplatte voll?). Es wurde nichts gestartet.</translation>
    </message>
    <message>
      <source>The folder {folder} could not be created ({why}). Nothing was started.</source>
      <translation>Der Ordner {folder} konnte nicht angelegt werden ({why}). Es wurde nichts gestartet.</translation>
    </message>
    <message>
      <source>{done} of {total} ended · {running} in progress · {failed} failed</source>
      <translation>{done} von {total} beendet · {running} in Arbeit · {failed} fehlgeschlagen</translation>
    </message>
    <message>
      <source>{count} not known</source>
      <translation>{count} unbekannt</translation>
    </message>
    <message>
      <source>paused</source>
      <translation>pausiert</translation>
    </message>
    <message>
      <source>FLORA asked to wait {seconds:.0f} s</source>
      <translation>FLORA bittet, {seconds:.0f} s zu warten</translation>
    </message>
    <message>
      <source>Some outputs or manifest.csv could not be written in {folder}. Free some space (or fix the folder), then press Resume: no run starts again.</source>
      <translation>Einige Ergebnisse oder manifest.csv konnten nicht in {folder} geschrieben werden. Schaffe etwas Platz (oder repariere den Ordner) und drücke dann Fortsetzen: Kein Lauf startet noch einmal.</translation>
    </message>
    <message>
      <source>&amp;Resume</source>
      <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
      <source>Retry failed rows?</source>
      <translation>Fehlgeschlagene Zeilen wiederholen?</translation>
    </message>
    <message numerus="yes">
      <source>This starts %n new runs for the failed rows, each billed: about ${total}.</source>
      <translation>
        <numerusform>Das startet %n neuen Lauf für die fehlgeschlagene Zeile, berechnet: etwa ${total}.</numerusform>
        <numerusform>Das startet %n neue Läufe für die fehlgeschlagenen Zeilen, jeder berechnet: etwa ${total}.</numerusform>
      </translation>
    </message>
    <message>
      <source>Run rows not known again?</source>
      <translation>Unbekannte Zeilen erneut ausführen?</translation>
    </message>
    <message>
      <source>These rows' answers were lost, so FLORA may already have made them. Look in History first. If FLORA still remembers a row, nothing new starts for it; otherwise it is a new run, billed. Rows: {count}, up to ${total}.</source>
      <translation>Die Antworten zu diesen Zeilen sind verloren gegangen, daher hat FLORA sie vielleicht schon erstellt. Sehen Sie zuerst im Verlauf nach. Erinnert sich FLORA noch an eine Zeile, startet für sie nichts Neues; sonst ist es ein neuer, berechneter Lauf. Zeilen: {count}, bis zu ${total}.</translation>
    </message>
    <message>
      <source>&amp;Close</source>
      <translation>&amp;Schließen</translation>
    </message>
    <message numerus="yes">
      <source>&amp;Retry %n failed rows — ${total}</source>
      <translation>
        <numerusform>%n fehlgeschlagene Zeile e&amp;rneut — ${total}</numerusform>
        <numerusform>%n fehlgeschlagene Zeilen e&amp;rneut — ${total}</numerusform>
      </translation>
    </message>
    <message>
      <source>Run &amp;again rows not known: {count} — up to ${total}</source>
      <translation>Unbekannte Zeilen &amp;erneut ausführen: {count} – bis zu ${total}</translation>
    </message>
    <message>
      <source>Open &amp;folder</source>
      <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
      <source>Show the outputs and manifest.csv in the file manager</source>
      <translation>Die Ergebnisse und manifest.csv im Dateimanager zeigen</translation>
    </message>
    <message>
      <source>Outputs and manifest.csv go to {folder}</source>
      <translation>Ergebnisse und manifest.csv landen in {folder}</translation>
    </message>
    <message>
      <source>Rows: {count} · total ${total}</source>
      <translation>Zeilen: {count} · insgesamt ${total}</translation>
    </message>
    <message>
      <source>checking {count}…</source>
      <translation>{count} werden geprüft …</translation>
    </message>
    <message>
      <source>{count} left out until fixed</source>
      <translation>{count} bis zur Korrektur weggelassen</translation>
    </message>
  </context>
  <context>
    <name>BatchEntry</name>
    <message>
      <source>Run as a &amp;batch…</source>
      <translation>Als &amp;Stapel starten …</translation>
    </message>
    <message>
      <source>Run this technique once per row of a spreadsheet or a list of variations</source>
      <translation>Diese Technik einmal pro Zeile einer Tabelle oder einer Liste von Varianten starten</translation>
    </message>
    <message>
      <source>Batc&amp;hes</source>
      <translation>Sta&amp;pel</translation>
    </message>
    <message>
      <source>Open a recent batch: its rows, outputs and manifest</source>
      <translation>Einen der letzten Stapel öffnen: Zeilen, Ergebnisse und Manifest</translation>
    </message>
    <message>
      <source>{technique} — {when}</source>
      <translation>{technique} — {when}</translation>
    </message>
    <message>
      <source>Batch</source>
      <translation>Stapel</translation>
    </message>
    <message>
      <source>FLORA could not be reached to open this batch; try again shortly.</source>
      <translation>FLORA war nicht erreichbar, um diesen Stapel zu öffnen; versuche es gleich noch einmal.</translation>
    </message>
    <message>
      <source>Choose a workspace and a technique first.</source>
      <translation>Wähle zuerst einen Workspace und eine Technik.</translation>
    </message>
  </context>
  <context>
    <name>BatchHistoryList</name>
    <message>
      <source>&amp;Batches</source>
      <translation>&amp;Stapel</translation>
    </message>
    <message>
      <source>Batch</source>
      <translation>Stapel</translation>
    </message>
    <message>
      <source>Started</source>
      <translation>Gestartet</translation>
    </message>
    <message>
      <source>Batches</source>
      <translation>Stapel</translation>
    </message>
    <message>
      <source>&amp;Open batch</source>
      <translation>Stapel ö&amp;ffnen</translation>
    </message>
    <message>
      <source>Show the batch's rows, outputs and manifest</source>
      <translation>Zeilen, Ergebnisse und Übersicht des Stapels zeigen</translation>
    </message>
    <message>
      <source>Res&amp;ume batch</source>
      <translation>Stapel &amp;fortsetzen</translation>
    </message>
    <message>
      <source>Start the rows it left; none is started twice, rows already done stay</source>
      <translation>Die übrigen Zeilen starten; keine wird zweimal gestartet, fertige Zeilen bleiben</translation>
    </message>
    <message>
      <source>Batch: {name}</source>
      <translation>Stapel: {name}</translation>
    </message>
    <message numerus="yes">
      <source>%n runs</source>
      <translation>
        <numerusform>%n Durchlauf</numerusform>
        <numerusform>%n Durchläufe</numerusform>
      </translation>
    </message>
    <message>
      <source>{count} done</source>
      <translation>{count} fertig</translation>
    </message>
    <message>
      <source>{count} failed</source>
      <translation>{count} fehlgeschlagen</translation>
    </message>
    <message>
      <source>{count} in progress</source>
      <translation>{count} in Arbeit</translation>
    </message>
    <message>
      <source>{count} not started</source>
      <translation>{count} nicht gestartet</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation>Wird geladen …</translation>
    </message>
    <message>
      <source>The rows could not be read.</source>
      <translation>Die Zeilen ließen sich nicht lesen.</translation>
    </message>
    <message>
      <source>not started</source>
      <translation>nicht gestartet</translation>
    </message>
    <message>
      <source>starting</source>
      <translation>startet</translation>
    </message>
    <message>
      <source>running</source>
      <translation>läuft</translation>
    </message>
    <message>
      <source>done</source>
      <translation>fertig</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>fehlgeschlagen</translation>
    </message>
    <message>
      <source>row {number}</source>
      <translation>Zeile {number}</translation>
    </message>
    <message>
      <source>#{number} {name} — {state}</source>
      <translation>#{number} {name} — {state}</translation>
    </message>
  </context>
  <context>
    <name>BatchMappingDialog</name>
    <message>
      <source>Match the columns — {file}</source>
      <translation>Spalten zuordnen — {file}</translation>
    </message>
    <message>
      <source>{rows} rows in “{file}”. Choose the column each input takes its values from; inputs without a column take the form's value.</source>
      <translation>{rows} Zeilen in „{file}“. Wähle die Spalte, aus der jede Eingabe ihre Werte nimmt; Eingaben ohne Spalte nehmen den Wert aus dem Formular.</translation>
    </message>
    <message>
      <source>Column for {input}</source>
      <translation>Spalte für {input}</translation>
    </message>
    <message>
      <source>Use the form's value</source>
      <translation>Wert aus dem Formular verwenden</translation>
    </message>
    <message>
      <source>Leave empty</source>
      <translation>Leer lassen</translation>
    </message>
    <message>
      <source>Choose a column</source>
      <translation>Spalte wählen</translation>
    </message>
    <message>
      <source>Column naming the outputs</source>
      <translation>Spalte mit den Namen der Ergebnisse</translation>
    </message>
    <message>
      <source>From each row's file name</source>
      <translation>Aus dem Dateinamen jeder Zeile</translation>
    </message>
    <message>
      <source>Outputs &amp;named by</source>
      <translation>Ergebnisse &amp;benennen nach</translation>
    </message>
    <message>
      <source>&amp;Preview of the first rows, as each input gets them</source>
      <translation>&amp;Vorschau der ersten Zeilen, so wie jede Eingabe sie bekommt</translation>
    </message>
    <message>
      <source>Preview of the first rows</source>
      <translation>Vorschau der ersten Zeilen</translation>
    </message>
    <message>
      <source>&amp;Use these columns</source>
      <translation>Diese Spalten &amp;verwenden</translation>
    </message>
    <message>
      <source>Column {letter}: {title}</source>
      <translation>Spalte {letter}: {title}</translation>
    </message>
    <message>
      <source>(no title)</source>
      <translation>(ohne Titel)</translation>
    </message>
    <message>
      <source>(form) {value}</source>
      <translation>(Formular) {value}</translation>
    </message>
    <message>
      <source>The form's value, the same on every row</source>
      <translation>Der Wert aus dem Formular, in jeder Zeile gleich</translation>
    </message>
    <message>
      <source>Output name</source>
      <translation>Ergebnisname</translation>
    </message>
    <message>
      <source>Choose a column for: {inputs}.</source>
      <translation>Wähle eine Spalte für: {inputs}.</translation>
    </message>
    <message>
      <source>Columns not used: {columns}.</source>
      <translation>Nicht verwendete Spalten: {columns}.</translation>
    </message>
  </context>
  <context>
    <name>BatchRowFixes</name>
    <message>
      <source>&amp;Use anyway</source>
      <translation>Trotzdem &amp;verwenden</translation>
    </message>
    <message>
      <source>&amp;Next problem</source>
      <translation>&amp;Nächstes Problem</translation>
    </message>
    <message>
      <source>Select the next row that needs fixing</source>
      <translation>Die nächste Zeile auswählen, die korrigiert werden muss</translation>
    </message>
    <message>
      <source>Row {number} needs fixing: {problem}</source>
      <translation>Zeile {number} muss korrigiert werden: {problem}</translation>
    </message>
    <message>
      <source>Cro&amp;p to {ratio}</source>
      <translation>Auf {ratio} zu&amp;schneiden</translation>
    </message>
    <message>
      <source>{count} rows need fixing and are left out until then.</source>
      <translation>{count} Zeilen müssen korrigiert werden und werden bis dahin weggelassen.</translation>
    </message>
    <message>
      <source>1 row needs fixing and is left out until then.</source>
      <translation>1 Zeile muss korrigiert werden und wird bis dahin weggelassen.</translation>
    </message>
    <message>
      <source>Crop &amp;all {count} to {ratio}</source>
      <translation>&amp;Alle {count} auf {ratio} zuschneiden</translation>
    </message>
  </context>
  <context>
    <name>BatchRowsModel</name>
    <message>
      <source>#</source>
      <translation>#</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Quelle</translation>
    </message>
    <message>
      <source>Inputs</source>
      <translation>Eingaben</translation>
    </message>
    <message>
      <source>Cost</source>
      <translation>Kosten</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Not known yet — FLORA did not say</source>
      <translation>Noch unbekannt – FLORA hat es nicht gesagt</translation>
    </message>
    <message>
      <source>Not known — look in History</source>
      <translation>Unbekannt – sehen Sie im Verlauf nach</translation>
    </message>
    <message>
      <source>⚠ Needs fixing</source>
      <translation>⚠ Muss korrigiert werden</translation>
    </message>
    <message>
      <source>Needs fixing: {problem}</source>
      <translation>Muss korrigiert werden: {problem}</translation>
    </message>
    <message>
      <source>Ready</source>
      <translation>Bereit</translation>
    </message>
    <message>
      <source>Checking…</source>
      <translation>Wird geprüft …</translation>
    </message>
    <message>
      <source>Not started — nothing charged</source>
      <translation>Nicht gestartet — nichts berechnet</translation>
    </message>
    <message>
      <source>Starting…</source>
      <translation>Startet …</translation>
    </message>
    <message>
      <source>Running</source>
      <translation>Läuft</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Fertig</translation>
    </message>
    <message>
      <source>Failed</source>
      <translation>Fehlgeschlagen</translation>
    </message>
  </context>
  <context>
    <name>BatchSources</name>
    <message>
      <source>The spreadsheet is larger than 20 MB.</source>
      <translation>Die Tabelle ist größer als 20 MB.</translation>
    </message>
    <message>
      <source>This file is not a spreadsheet saved as CSV text (File → Save As → CSV).</source>
      <translation>Diese Datei ist keine als CSV-Text gespeicherte Tabelle (Datei → Speichern unter → CSV).</translation>
    </message>
    <message>
      <source>A cell of the spreadsheet is longer than 128 KB; is a quote mark left open?</source>
      <translation>Eine Zelle der Tabelle ist länger als 128 KB; ist ein Anführungszeichen nicht geschlossen?</translation>
    </message>
    <message>
      <source>The spreadsheet is empty.</source>
      <translation>Die Tabelle ist leer.</translation>
    </message>
    <message>
      <source>That makes {count} rows; a batch takes at most {limit}. Split it into smaller batches.</source>
      <translation>Das ergibt {count} Zeilen; ein Stapel fasst höchstens {limit}. Teile ihn in kleinere Stapel auf.</translation>
    </message>
    <message>
      <source>“{name}” needs a web link (https://…) or a file that exists, not “{value}”.</source>
      <translation>„{name}“ braucht einen Weblink (https://…) oder eine vorhandene Datei, nicht „{value}“.</translation>
    </message>
    <message>
      <source>No column for “{name}” (name a column “{id}” or “{name}”).</source>
      <translation>Keine Spalte für „{name}“ (nenne eine Spalte „{id}“ oder „{name}“).</translation>
    </message>
    <message>
      <source>More than {limit} rows; split the spreadsheet.</source>
      <translation>Mehr als {limit} Zeilen; teile die Tabelle auf.</translation>
    </message>
    <message>
      <source>“{name}” is empty.</source>
      <translation>„{name}“ ist leer.</translation>
    </message>
    <message>
      <source>Row by row needs lists of the same length ({counts}). Choose every combination, or change a list.</source>
      <translation>Zeile für Zeile braucht gleich lange Listen ({counts}). Wähle „Jede Kombination“ oder ändere eine Liste.</translation>
    </message>
    <message>
      <source>This file could not be read as an Excel workbook (.xlsx); it may be damaged. Open it in Excel and save a copy.</source>
      <translation>Diese Datei ließ sich nicht als Excel-Arbeitsmappe (.xlsx) lesen; vielleicht ist sie beschädigt. Öffne sie in Excel und speichere eine Kopie.</translation>
    </message>
    <message>
      <source>This workbook is protected by a password (or is an old .xls file). Open it in Excel and save a copy as .xlsx without a password.</source>
      <translation>Diese Arbeitsmappe ist durch ein Passwort geschützt (oder ist eine alte .xls-Datei). Öffne sie in Excel und speichere eine Kopie als .xlsx ohne Passwort.</translation>
    </message>
    <message>
      <source>The workbook is larger than {size} MB.</source>
      <translation>Die Arbeitsmappe ist größer als {size} MB.</translation>
    </message>
    <message>
      <source>This workbook unpacks to more than {size} MB; keep only the sheet of rows and save it again.</source>
      <translation>Diese Arbeitsmappe ist entpackt größer als {size} MB; behalte nur das Blatt mit den Zeilen und speichere sie erneut.</translation>
    </message>
  </context>
  <context>
    <name>CatalogueBrowser</name>
    <message>
      <source>Loading techniques…</source>
      <translation>Techniken werden geladen …</translation>
    </message>
    <message>
      <source>The techniques could not be loaded.</source>
      <translation>Die Techniken konnten nicht geladen werden.</translation>
    </message>
    <message>
      <source>No technique matches this search.</source>
      <translation>Keine Technik passt zu dieser Suche.</translation>
    </message>
    <message>
      <source>No techniques.</source>
      <translation>Keine Techniken.</translation>
    </message>
  </context>
  <context>
    <name>CloseWhileStarting</name>
    <message>
      <source>A run is starting</source>
      <translation>Ein Durchlauf startet gerade</translation>
    </message>
    <message>
      <source>A run is starting…</source>
      <translation>Ein Durchlauf startet gerade …</translation>
    </message>
    <message>
      <source>FLORA has not confirmed the run you just started yet. Wait, and FLORA Desktop closes as soon as it does. If you close anyway, the run may still start; FLORA Desktop will check next time it opens, and never starts it twice.</source>
      <translation>FLORA hat den gerade gestarteten Durchlauf noch nicht bestätigt. Warte, dann schließt FLORA Desktop, sobald es so weit ist. Schließt du trotzdem, startet der Durchlauf womöglich noch; FLORA Desktop prüft das beim nächsten Öffnen und startet ihn nie doppelt.</translation>
    </message>
    <message>
      <source>&amp;Wait</source>
      <translation>&amp;Warten</translation>
    </message>
    <message>
      <source>&amp;Close anyway</source>
      <translation>Trotzdem &amp;schließen</translation>
    </message>
  </context>
  <context>
    <name>CombineChoice</name>
    <message>
      <source>C&amp;lear lists</source>
      <translation>Listen &amp;leeren</translation>
    </message>
    <message>
      <source>Forget the files and variations added so far</source>
      <translation>Die bisher hinzugefügten Dateien und Varianten entfernen</translation>
    </message>
    <message>
      <source>Batched: {lists}</source>
      <translation>Im Stapel: {lists}</translation>
    </message>
    <message>
      <source>{input} ({count})</source>
      <translation>{input} ({count})</translation>
    </message>
    <message>
      <source>&amp;Row by row ({count} runs)</source>
      <translation>&amp;Zeile für Zeile ({count} Läufe)</translation>
    </message>
    <message>
      <source>&amp;Row by row (needs lists of one length)</source>
      <translation>&amp;Zeile für Zeile (braucht gleich lange Listen)</translation>
    </message>
    <message>
      <source>&amp;Every combination: {product} = {count} runs, more than {limit}</source>
      <translation>&amp;Jede Kombination: {product} = {count} Läufe, mehr als {limit}</translation>
    </message>
    <message>
      <source>&amp;Every combination: {product} = {count} runs</source>
      <translation>&amp;Jede Kombination: {product} = {count} Läufe</translation>
    </message>
  </context>
  <context>
    <name>CommandLine</name>
    <message>
      <source>Start FLORA technique runs from your desktop.</source>
      <translation>FLORA-Techniken direkt vom Desktop aus starten.</translation>
    </message>
    <message>
      <source>show this help and quit</source>
      <translation>diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
      <source>show the version and quit</source>
      <translation>die Version zeigen und beenden</translation>
    </message>
    <message>
      <source>start a practice FLORA on 127.0.0.1 and connect to it with its demo key (no keyring entry is read or written)</source>
      <translation>eine Übungs-FLORA auf 127.0.0.1 starten und mit ihrem Demo-Schlüssel verbinden (der Schlüsselbund wird weder gelesen noch beschrieben)</translation>
    </message>
    <message>
      <source>FLORA API base URL (default: $FLORA_BASE_URL, else {default})</source>
      <translation>Basis-URL der FLORA-API (Standard: $FLORA_BASE_URL, sonst {default})</translation>
    </message>
    <message>
      <source>log at debug level</source>
      <translation>ausführlich protokollieren (Debug)</translation>
    </message>
    <message>
      <source>add FLORA Desktop to your applications menu (with its icon and the .florapreset file type) for your user, then quit</source>
      <translation>FLORA Desktop mit Symbol und dem Dateityp .florapreset in dein Anwendungsmenü aufnehmen (nur für dich), dann beenden</translation>
    </message>
    <message>
      <source>remove what --install-desktop-entry added, then quit</source>
      <translation>entfernen, was --install-desktop-entry hinzugefügt hat, dann beenden</translation>
    </message>
    <message>
      <source>presets files (.florapreset) to import; a running FLORA Desktop takes them</source>
      <translation>Vorlagendateien (.florapreset) zum Importieren; ein laufendes FLORA Desktop übernimmt sie</translation>
    </message>
    <message>
      <source>usage: </source>
      <translation>Aufruf: </translation>
    </message>
    <message>
      <source>options</source>
      <translation>Optionen</translation>
    </message>
    <message>
      <source>positional arguments</source>
      <translation>Positionsargumente</translation>
    </message>
    <message>
      <source>y,yes</source>
      <translation>j,ja</translation>
    </message>
    <message>
      <source>{prog}: error: {message}</source>
      <translation>{prog}: Fehler: {message}</translation>
    </message>
    <message>
      <source>these options are missing: {names}</source>
      <translation>diese Optionen fehlen: {names}</translation>
    </message>
    <message>
      <source>unknown options: {names}</source>
      <translation>unbekannte Optionen: {names}</translation>
    </message>
    <message>
      <source>{name} needs a value</source>
      <translation>{name} braucht einen Wert</translation>
    </message>
    <message>
      <source>{name} needs a number, not {value}</source>
      <translation>{name} braucht eine Zahl, nicht {value}</translation>
    </message>
    <message>
      <source>{name} takes no value (not {value})</source>
      <translation>{name} nimmt keinen Wert an (nicht {value})</translation>
    </message>
    <message>
      <source>{option} could mean {matches}; write it out</source>
      <translation>{option} kann {matches} bedeuten; schreib die Option aus</translation>
    </message>
    <message>
      <source>Run one FLORA technique once per row of a CSV file.</source>
      <translation>Eine FLORA-Technik einmal pro Zeile einer CSV-Datei ausführen.</translation>
    </message>
    <message>
      <source>technique slug or tech_ id</source>
      <translation>Slug oder tech_-ID der Technik</translation>
    </message>
    <message>
      <source>workspace ws_ id or name</source>
      <translation>ws_-ID oder Name des Workspace</translation>
    </message>
    <message>
      <source>one row per run; columns named after the technique's inputs (id or label)</source>
      <translation>eine Zeile pro Durchlauf; Spalten nach den Eingaben der Technik benannt (ID oder Bezeichnung)</translation>
    </message>
    <message>
      <source>folder for outputs and manifest.csv; the same folder again resumes the batch</source>
      <translation>Ordner für Ergebnisse und manifest.csv; derselbe Ordner setzt den Stapel fort</translation>
    </message>
    <message>
      <source>rows in progress at once, 1–{most} (default: the app's setting, else {default})</source>
      <translation>Zeilen gleichzeitig in Arbeit, 1–{most} (Standard: die Einstellung der App, sonst {default})</translation>
    </message>
    <message>
      <source>start without asking</source>
      <translation>ohne Nachfrage starten</translation>
    </message>
    <message>
      <source>do not download outputs (manifest only)</source>
      <translation>keine Ergebnisse herunterladen (nur das Manifest)</translation>
    </message>
    <message>
      <source>FLORA API base URL</source>
      <translation>Basis-URL der FLORA-API</translation>
    </message>
    <message>
      <source>--concurrency must be 1–{most}</source>
      <translation>--concurrency muss zwischen 1 und {most} liegen</translation>
    </message>
    <message>
      <source>The keyring could not be read. Set FLORA_API_KEY, or unlock the keyring.</source>
      <translation>Der Schlüsselbund ließ sich nicht lesen. Setze FLORA_API_KEY oder entsperre den Schlüsselbund.</translation>
    </message>
    <message>
      <source>No FLORA API key: set FLORA_API_KEY, or sign in once in FLORA Desktop.</source>
      <translation>Kein FLORA-API-Schlüssel: Setze FLORA_API_KEY oder melde dich einmal in FLORA Desktop an.</translation>
    </message>
    <message>
      <source>Several workspaces are called “{name}”; use its ws_ id.</source>
      <translation>Mehrere Workspaces heißen „{name}“; nimm seine ws_-ID.</translation>
    </message>
    <message>
      <source>No workspace “{name}” for this key. Workspaces: {names}.</source>
      <translation>Kein Workspace „{name}“ für diesen Schlüssel. Workspaces: {names}.</translation>
    </message>
    <message>
      <source>none</source>
      <translation>keine</translation>
    </message>
    <message>
      <source>No technique “{name}” (use its slug or tech_ id).</source>
      <translation>Keine Technik „{name}“ (nimm ihren Slug oder ihre tech_-ID).</translation>
    </message>
    <message>
      <source>FLORA could not be asked: {reason}</source>
      <translation>Anfrage an FLORA fehlgeschlagen: {reason}</translation>
    </message>
    <message>
      <source>{folder} holds a batch of another technique or workspace; choose another --out folder.</source>
      <translation>{folder} enthält einen Stapel einer anderen Technik oder eines anderen Workspace; wähle einen anderen --out-Ordner.</translation>
    </message>
    <message>
      <source>{file} could not be read: {reason}</source>
      <translation>{file} ließ sich nicht lesen: {reason}</translation>
    </message>
    <message>
      <source>The spreadsheet needs fixing first:</source>
      <translation>Die Tabelle muss erst korrigiert werden:</translation>
    </message>
    <message>
      <source>Row {row}: {problem}</source>
      <translation>Zeile {row}: {problem}</translation>
    </message>
    <message>
      <source>… and {count} more</source>
      <translation>… und {count} weitere</translation>
    </message>
    <message>
      <source>{file} has no rows.</source>
      <translation>{file} hat keine Zeilen.</translation>
    </message>
    <message>
      <source>{folder} could not be created: {reason}</source>
      <translation>{folder} ließ sich nicht anlegen: {reason}</translation>
    </message>
    <message>
      <source>Resuming the batch in {folder}.</source>
      <translation>Der Stapel in {folder} wird fortgesetzt.</translation>
    </message>
    <message>
      <source>Every row has ended; see {manifest}.</source>
      <translation>Alle Zeilen sind beendet; siehe {manifest}.</translation>
    </message>
    <message>
      <source>“{technique}” in “{workspace}”: {count} row, {to_start} to start, about {cost} ({to_start} × {run_cost}).</source>
      <translation>„{technique}“ in „{workspace}“: {count} Zeile, {to_start} zu starten, etwa {cost} ({to_start} × {run_cost}).</translation>
    </message>
    <message>
      <source>“{technique}” in “{workspace}”: {count} rows, {to_start} to start, about {cost} ({to_start} × {run_cost}).</source>
      <translation>„{technique}“ in „{workspace}“: {count} Zeilen, {to_start} zu starten, etwa {cost} ({to_start} × {run_cost}).</translation>
    </message>
    <message>
      <source>Start {count} run — {cost}? [y/N]</source>
      <translation>{count} Durchlauf starten — {cost}? [j/N]</translation>
    </message>
    <message>
      <source>Start {count} runs — {cost}? [y/N]</source>
      <translation>{count} Durchläufe starten — {cost}? [j/N]</translation>
    </message>
    <message>
      <source>Add --yes to start without asking.</source>
      <translation>Füge --yes hinzu, um ohne Nachfrage zu starten.</translation>
    </message>
    <message>
      <source>Nothing was started.</source>
      <translation>Es wurde nichts gestartet.</translation>
    </message>
    <message>
      <source>Done: {completed} completed, {failed} failed. See {manifest}.</source>
      <translation>Fertig: {completed} abgeschlossen, {failed} fehlgeschlagen. Siehe {manifest}.</translation>
    </message>
    <message>
      <source>{reason} See {manifest}.</source>
      <translation>{reason} Siehe {manifest}.</translation>
    </message>
    <message>
      <source>manifest.csv could not be written in {folder} ({why}).</source>
      <translation>manifest.csv konnte nicht in {folder} geschrieben werden ({why}).</translation>
    </message>
    <message>
      <source>Rows whose outputs could not be saved in {folder}: {count}.</source>
      <translation>Zeilen, deren Ergebnisse nicht in {folder} gespeichert werden konnten: {count}.</translation>
    </message>
    <message>
      <source>Free some space (or fix the folder), then run the same command again: it writes them and starts no run again.</source>
      <translation>Schaffe etwas Platz (oder repariere den Ordner) und führe denselben Befehl erneut aus: Er schreibt sie und startet keinen Lauf noch einmal.</translation>
    </message>
    <message>
      <source>Stopped. Run the same command again to resume.</source>
      <translation>Angehalten. Führe denselben Befehl erneut aus, um fortzusetzen.</translation>
    </message>
    <message>
      <source>{done}/{total} · {running} running · {failed} failed</source>
      <translation>{done}/{total} · {running} laufen · {failed} fehlgeschlagen</translation>
    </message>
    <message>
      <source>waiting {seconds} s (FLORA asked)</source>
      <translation>warte {seconds} s (FLORA bittet darum)</translation>
    </message>
    <message>
      <source>Row {index}/{total} completed</source>
      <translation>Zeile {index}/{total} fertig</translation>
    </message>
    <message>
      <source>Row {index}/{total} failed</source>
      <translation>Zeile {index}/{total} fehlgeschlagen</translation>
    </message>
    <message>
      <source>Row {index}/{total} failed: {reason}</source>
      <translation>Zeile {index}/{total} fehlgeschlagen: {reason}</translation>
    </message>
    <message>
      <source>FLORA Desktop cannot open its window: your system lacks libraries it needs ({packages}). On Debian or Ubuntu, install them with:</source>
      <translation>FLORA Desktop kann sein Fenster nicht öffnen: Deinem System fehlen Bibliotheken, die es braucht ({packages}). Unter Debian oder Ubuntu installierst du sie mit:</translation>
    </message>
    <message>
      <source>then start FLORA Desktop again.</source>
      <translation>und startest FLORA Desktop dann erneut.</translation>
    </message>
    <message>
      <source>FLORA Desktop needs a desktop session to open its window, and none was found (no DISPLAY or WAYLAND_DISPLAY). Start it from your desktop, not over a plain SSH session.</source>
      <translation>FLORA Desktop braucht eine Desktop-Sitzung für sein Fenster, und es wurde keine gefunden (kein DISPLAY oder WAYLAND_DISPLAY). Starte es von deinem Desktop aus, nicht über eine reine SSH-Sitzung.</translation>
    </message>
    <message>
      <source>FLORA Desktop is open on another computer ({host}) that shares this settings folder. Close it there, then start it here again. If it is not open there (that computer was renamed or switched off without closing it), delete {lock} and start FLORA Desktop again.</source>
      <translation>FLORA Desktop ist auf einem anderen Computer ({host}) geöffnet, der diesen Einstellungsordner mitbenutzt. Schließe es dort und starte es dann hier erneut. Ist es dort nicht geöffnet (der Computer wurde umbenannt oder ausgeschaltet, ohne es zu schließen), lösche {lock} und starte FLORA Desktop erneut.</translation>
    </message>
    <message>
      <source>FLORA Desktop is already running but does not answer. Close it (or end it in your system monitor), then start it again.</source>
      <translation>FLORA Desktop läuft bereits, antwortet aber nicht. Schließe es (oder beende es in deiner Systemüberwachung) und starte es dann erneut.</translation>
    </message>
    <message>
      <source>FLORA Desktop is in your applications menu ({entry}, {files} files).</source>
      <translation>FLORA Desktop ist jetzt in deinem Anwendungsmenü ({entry}, {files} Dateien).</translation>
    </message>
    <message>
      <source>Could not add FLORA Desktop to the applications menu: {reason}.</source>
      <translation>FLORA Desktop konnte nicht zum Anwendungsmenü hinzugefügt werden: {reason}.</translation>
    </message>
    <message>
      <source>Removed FLORA Desktop from your applications menu ({files} files).</source>
      <translation>FLORA Desktop wurde aus deinem Anwendungsmenü entfernt ({files} Dateien).</translation>
    </message>
    <message>
      <source>Could not remove FLORA Desktop from the applications menu: {reason}.</source>
      <translation>FLORA Desktop konnte nicht aus dem Anwendungsmenü entfernt werden: {reason}.</translation>
    </message>
  </context>
  <context>
    <name>ConnectedTabs</name>
    <message>
      <source>Launch, Runs and History</source>
      <translation>Neuer Durchlauf, Durchläufe und Verlauf</translation>
    </message>
    <message>
      <source>&amp;Launch</source>
      <translation>&amp;Neuer Durchlauf</translation>
    </message>
    <message>
      <source>&amp;Runs</source>
      <translation>&amp;Durchläufe</translation>
    </message>
    <message>
      <source>Hi&amp;story</source>
      <translation>&amp;Verlauf</translation>
    </message>
    <message>
      <source>Pick a technique, fill its inputs and start runs</source>
      <translation>Technik wählen, Eingaben ausfüllen und Durchläufe starten</translation>
    </message>
    <message>
      <source>Runs of this session, live, with their outputs</source>
      <translation>Die Durchläufe dieser Sitzung, live, mit ihren Ergebnissen</translation>
    </message>
    <message>
      <source>Every run, searchable; reopen one in the editor</source>
      <translation>Alle Durchläufe, durchsuchbar; jeder lässt sich wieder im Editor öffnen</translation>
    </message>
    <message numerus="yes">
      <source>&amp;Runs (%n going)</source>
      <translation>
        <numerusform>&amp;Durchläufe (%n aktiv)</numerusform>
        <numerusform>&amp;Durchläufe (%n aktiv)</numerusform>
      </translation>
    </message>
    <message>
      <source>A run</source>
      <translation>Ein Durchlauf</translation>
    </message>
    <message>
      <source>{name}: {status}</source>
      <translation>{name}: {status}</translation>
    </message>
    <message>
      <source>Its outputs are ready in FLORA Desktop.</source>
      <translation>Die Ergebnisse liegen in FLORA Desktop bereit.</translation>
    </message>
    <message>
      <source>It failed; FLORA Desktop says why and what to do.</source>
      <translation>Fehlgeschlagen – FLORA Desktop zeigt, warum und was jetzt zu tun ist.</translation>
    </message>
  </context>
  <context>
    <name>ConnectionStatus</name>
    <message>
      <source>Connecting…</source>
      <translation>Verbindung wird hergestellt …</translation>
    </message>
    <message>
      <source>Not signed in</source>
      <translation>Nicht angemeldet</translation>
    </message>
    <message>
      <source>Connected to the sandbox ({host})</source>
      <translation>Mit der Sandbox verbunden ({host})</translation>
    </message>
    <message>
      <source>Connected to {host}</source>
      <translation>Verbunden mit {host}</translation>
    </message>
    <message>
      <source>Key from FLORA_API_KEY (this session only)</source>
      <translation>Schlüssel aus FLORA_API_KEY (nur für diese Sitzung)</translation>
    </message>
    <message>
      <source>Key kept for this session only</source>
      <translation>Schlüssel nur für diese Sitzung gemerkt</translation>
    </message>
    <message>
      <source>Workspace: {name}</source>
      <translation>Workspace: {name}</translation>
    </message>
  </context>
  <context>
    <name>CopyAsButton</name>
    <message>
      <source>curl command</source>
      <translation>curl-Befehl</translation>
    </message>
    <message>
      <source>flora CLI command</source>
      <translation>flora-CLI-Befehl</translation>
    </message>
    <message>
      <source>Python snippet</source>
      <translation>Python-Snippet</translation>
    </message>
    <message>
      <source>Curl command</source>
      <translation>curl-Befehl</translation>
    </message>
    <message>
      <source>Copy with your API key?</source>
      <translation>Mit API-Schlüssel kopieren?</translation>
    </message>
    <message>
      <source>The copied text will contain your API key ({masked_key}). Anyone who sees it can start runs and spend this workspace's credits. Paste it only somewhere private.</source>
      <translation>Der kopierte Text enthält deinen API-Schlüssel ({masked_key}). Wer ihn sieht, kann Durchläufe starten und die Credits dieses Workspace ausgeben. Füge ihn nur an einem privaten Ort ein.</translation>
    </message>
    <message>
      <source>Copy with key</source>
      <translation>Mit Schlüssel kopieren</translation>
    </message>
    <message>
      <source>Copy as…</source>
      <translation>Kopieren als …</translation>
    </message>
    <message>
      <source>Copy as</source>
      <translation>Kopieren als</translation>
    </message>
    <message>
      <source>Copy this run as a curl command, a flora CLI command or a Python snippet</source>
      <translation>Diesen Durchlauf als curl-Befehl, flora-CLI-Befehl oder Python-Snippet kopieren</translation>
    </message>
    <message>
      <source>Copy this run as a command or code, to run it outside the app</source>
      <translation>Diesen Durchlauf als Befehl oder Code kopieren, um ihn außerhalb der App zu starten</translation>
    </message>
    <message>
      <source>With your API key</source>
      <translation>Mit deinem API-Schlüssel</translation>
    </message>
    <message>
      <source>{format} with key…</source>
      <translation>{format} mit Schlüssel …</translation>
    </message>
    <message>
      <source>Includes your API key; asks first</source>
      <translation>Enthält deinen API-Schlüssel; fragt vorher nach</translation>
    </message>
    <message>
      <source>There is no API key to copy in this session.</source>
      <translation>In dieser Sitzung gibt es keinen API-Schlüssel zum Kopieren.</translation>
    </message>
    <message>
      <source>Nothing was copied.</source>
      <translation>Nichts kopiert.</translation>
    </message>
    <message>
      <source>Copied the {format} with your API key. Keep it private.</source>
      <translation>{format} mit deinem API-Schlüssel kopiert. Behalte ihn für dich.</translation>
    </message>
    <message>
      <source>Copied the {format} (key from $FLORA_API_KEY).</source>
      <translation>{format} kopiert (Schlüssel aus $FLORA_API_KEY).</translation>
    </message>
  </context>
  <context>
    <name>CrashDialog</name>
    <message>
      <source>FLORA Desktop</source>
      <translation>FLORA Desktop</translation>
    </message>
    <message>
      <source>Something went wrong in FLORA Desktop. Your inputs are saved.</source>
      <translation>In FLORA Desktop ist etwas schiefgelaufen. Deine Eingaben sind gespeichert.</translation>
    </message>
    <message>
      <source>You can keep working, or quit and start FLORA Desktop again. If it happens again, the details below help us find the cause; they contain no API key.</source>
      <translation>Du kannst weiterarbeiten oder FLORA Desktop beenden und neu starten. Passiert es wieder, helfen uns die Details unten, die Ursache zu finden; sie enthalten keinen API-Schlüssel.</translation>
    </message>
  </context>
  <context>
    <name>Credentials</name>
    <message>
      <source>No system keyring is available on this computer (on Linux this needs a Secret Service such as GNOME Keyring or KWallet), so the API key cannot be saved. You can still use it for this session only.</source>
      <translation>Auf diesem Computer gibt es keinen System-Schlüsselbund (unter Linux braucht es dafür einen Secret Service wie GNOME Keyring oder KWallet), daher kann der API-Schlüssel nicht gespeichert werden. Du kannst ihn trotzdem für diese Sitzung nutzen.</translation>
    </message>
    <message>
      <source>The system keyring is locked and was not unlocked, so the API key could not be read or saved. Unlock it and try again, or use the key for this session only.</source>
      <translation>Der System-Schlüsselbund ist gesperrt und wurde nicht entsperrt, daher ließ sich der API-Schlüssel weder lesen noch speichern. Entsperre ihn und versuche es erneut, oder nutze den Schlüssel nur für diese Sitzung.</translation>
    </message>
    <message>
      <source>An API key must be one line of text, without line breaks.</source>
      <translation>Ein API-Schlüssel ist eine einzige Textzeile ohne Zeilenumbrüche.</translation>
    </message>
  </context>
  <context>
    <name>DesktopCitizen</name>
    <message>
      <source>{files} will be imported once you are signed in.</source>
      <translation>{files} werden importiert, sobald du angemeldet bist.</translation>
    </message>
  </context>
  <context>
    <name>DesktopEntryOffer</name>
    <message>
      <source>Add to your applications</source>
      <translation>Zu deinen Anwendungen hinzufügen</translation>
    </message>
    <message>
      <source>Add FLORA Desktop to your applications menu?</source>
      <translation>FLORA Desktop zum Anwendungsmenü hinzufügen?</translation>
    </message>
    <message>
      <source>You can then start it like any other app, and open presets files by double-clicking them. This is asked only once.</source>
      <translation>Danach startest du sie wie jede andere App und öffnest Preset-Dateien per Doppelklick. Diese Frage kommt nur einmal.</translation>
    </message>
    <message>
      <source>Add to menu</source>
      <translation>Zum Menü hinzufügen</translation>
    </message>
    <message>
      <source>Not now</source>
      <translation>Nicht jetzt</translation>
    </message>
    <message>
      <source>FLORA Desktop could not be added to the menu ({reason}).</source>
      <translation>FLORA Desktop konnte nicht zum Menü hinzugefügt werden ({reason}).</translation>
    </message>
    <message>
      <source>no access</source>
      <translation>kein Zugriff</translation>
    </message>
  </context>
  <context>
    <name>DocumentPreview</name>
    <message>
      <source>Loading preview…</source>
      <translation>Vorschau wird geladen …</translation>
    </message>
    <message>
      <source>First page of the document</source>
      <translation>Erste Seite des Dokuments</translation>
    </message>
  </context>
  <context>
    <name>ErrorBanner</name>
    <message>
      <source>Message</source>
      <translation>Meldung</translation>
    </message>
    <message>
      <source>Dismiss</source>
      <translation>Ausblenden</translation>
    </message>
    <message numerus="yes">
      <source>…and %n more.</source>
      <translation>
        <numerusform>…und %n weiteres.</numerusform>
        <numerusform>…und %n weitere.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>FailureBox</name>
    <message>
      <source>Show what FLORA said</source>
      <translation>Anzeigen, was FLORA gemeldet hat</translation>
    </message>
    <message>
      <source>Hide what FLORA said</source>
      <translation>Ausblenden, was FLORA gemeldet hat</translation>
    </message>
  </context>
  <context>
    <name>Failures</name>
    <message>
      <source>Run again with these inputs (new run, billed again)</source>
      <translation>Mit diesen Eingaben erneut starten (neuer Durchlauf, wird erneut berechnet)</translation>
    </message>
    <message>
      <source>Running it again starts a new run, which is billed again.</source>
      <translation>Ein erneuter Start ist ein neuer Durchlauf und wird erneut berechnet.</translation>
    </message>
    <message>
      <source>The run hit a temporary problem</source>
      <translation>Der Durchlauf hatte ein vorübergehendes Problem</translation>
    </message>
    <message>
      <source>Something went wrong on FLORA's side while making this result. It usually works on a second try.</source>
      <translation>Bei FLORA ist beim Erstellen dieses Ergebnisses etwas schiefgegangen. Meist klappt es beim zweiten Versuch.</translation>
    </message>
    <message>
      <source>You can run it again now with the same inputs.</source>
      <translation>Du kannst ihn jetzt mit denselben Eingaben erneut starten.</translation>
    </message>
    <message>
      <source>FLORA is busy right now</source>
      <translation>FLORA ist gerade ausgelastet</translation>
    </message>
    <message>
      <source>The service that makes this result is overloaded or did not answer in time.</source>
      <translation>Der Dienst, der dieses Ergebnis erstellt, ist überlastet oder hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
      <source>Wait a few minutes, then run it again with the same inputs.</source>
      <translation>Warte ein paar Minuten und starte ihn dann mit denselben Eingaben erneut.</translation>
    </message>
    <message>
      <source>FLORA could not use these inputs</source>
      <translation>FLORA konnte diese Eingaben nicht verwenden</translation>
    </message>
    <message>
      <source>The inputs were refused or could not be read, so running it again unchanged would fail the same way.</source>
      <translation>Die Eingaben wurden abgelehnt oder konnten nicht gelesen werden; ein unveränderter neuer Versuch würde genauso scheitern.</translation>
    </message>
    <message>
      <source>Change the inputs (the prompt, an image or a link), then run it again.</source>
      <translation>Ändere die Eingaben (den Prompt, ein Bild oder einen Link) und starte dann erneut.</translation>
    </message>
    <message>
      <source>This run cannot be repeated as it is</source>
      <translation>Dieser Durchlauf lässt sich so nicht wiederholen</translation>
    </message>
    <message>
      <source>The run stopped for a reason a retry cannot fix, such as credits, billing limits or access to this technique.</source>
      <translation>Der Durchlauf wurde aus einem Grund gestoppt, den ein neuer Versuch nicht behebt – etwa Credits, Abrechnungslimits oder der Zugriff auf diese Technik.</translation>
    </message>
    <message>
      <source>Check your workspace's credits and access in FLORA before trying again.</source>
      <translation>Prüfe in FLORA die Credits und Zugriffsrechte deines Workspace, bevor du es erneut versuchst.</translation>
    </message>
    <message>
      <source>The inputs were refused by a safety filter</source>
      <translation>Die Eingaben wurden von einem Sicherheitsfilter abgelehnt</translation>
    </message>
    <message>
      <source>FLORA's safety check turned this request down, so running it again unchanged would fail the same way.</source>
      <translation>Die Sicherheitsprüfung von FLORA hat diese Anfrage abgelehnt; ein unveränderter neuer Versuch würde genauso scheitern.</translation>
    </message>
    <message>
      <source>Change the prompt or images so they stay within FLORA's content rules, then run it again.</source>
      <translation>Passe den Prompt oder die Bilder an FLORAs Inhaltsrichtlinien an und starte dann erneut.</translation>
    </message>
    <message>
      <source>{message} (code {code})</source>
      <translation>{message} (Code {code})</translation>
    </message>
    <message>
      <source>(code {code})</source>
      <translation>(Code {code})</translation>
    </message>
    <message>
      <source>FLORA gave no reason.</source>
      <translation>FLORA hat keinen Grund genannt.</translation>
    </message>
    <message>
      <source>{action} {note}</source>
      <translation>{action} {note}</translation>
    </message>
  </context>
  <context>
    <name>FileDrop</name>
    <message>
      <source>Images</source>
      <translation>Bilder</translation>
    </message>
    <message>
      <source>Videos</source>
      <translation>Videos</translation>
    </message>
    <message>
      <source>Sound files</source>
      <translation>Audiodateien</translation>
    </message>
    <message>
      <source>PDF documents</source>
      <translation>PDF-Dokumente</translation>
    </message>
    <message>
      <source>Files</source>
      <translation>Dateien</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>Alle Dateien (*)</translation>
    </message>
    <message>
      <source>“{name}” was not uploaded: the file storage refused it. Try again.</source>
      <translation>„{name}“ wurde nicht hochgeladen: Der Dateispeicher hat die Datei abgelehnt. Versuche es erneut.</translation>
    </message>
    <message>
      <source>FLORA could not process “{name}”. Try another file.</source>
      <translation>FLORA konnte „{name}“ nicht verarbeiten. Versuche es mit einer anderen Datei.</translation>
    </message>
    <message>
      <source>FLORA took too long to process “{name}”. Try again.</source>
      <translation>FLORA hat zu lange gebraucht, um „{name}“ zu verarbeiten. Versuche es erneut.</translation>
    </message>
    <message>
      <source>You can't upload files to this workspace. Choose another workspace.</source>
      <translation>In diesen Workspace kannst du keine Dateien hochladen. Wähle einen anderen Workspace.</translation>
    </message>
    <message>
      <source>“{name}” was not uploaded: FLORA is not answering. Check your connection.</source>
      <translation>„{name}“ wurde nicht hochgeladen: FLORA antwortet nicht. Prüfe deine Verbindung.</translation>
    </message>
    <message>
      <source>“{name}” was not uploaded. {title}. {what_to_do}</source>
      <translation>„{name}“ wurde nicht hochgeladen. {title}. {what_to_do}</translation>
    </message>
  </context>
  <context>
    <name>FileInputBar</name>
    <message>
      <source>or drop a file on this row</source>
      <translation>oder eine Datei auf diese Zeile ziehen</translation>
    </message>
    <message>
      <source>Choose file…</source>
      <translation>Datei wählen …</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <source>Choose a file for {input}</source>
      <translation>Datei für {input} wählen</translation>
    </message>
    <message>
      <source>Upload a file from this computer for {input}</source>
      <translation>Eine Datei von diesem Computer für {input} hochladen</translation>
    </message>
    <message>
      <source>Upload progress for {input}</source>
      <translation>Upload-Fortschritt für {input}</translation>
    </message>
    <message>
      <source>Cancel the upload for {input}</source>
      <translation>Upload für {input} abbrechen</translation>
    </message>
    <message>
      <source>Uploading “{name}”…</source>
      <translation>„{name}“ wird hochgeladen …</translation>
    </message>
    <message>
      <source>FLORA is processing “{name}”…</source>
      <translation>FLORA verarbeitet „{name}“ …</translation>
    </message>
    <message>
      <source>Trying “{name}” again…</source>
      <translation>Neuer Versuch mit „{name}“ …</translation>
    </message>
  </context>
  <context>
    <name>History</name>
    <message>
      <source>The run history was written by a newer FLORA Desktop (schema {version}). Update the app to open it.</source>
      <translation>Der Verlauf wurde von einer neueren Version von FLORA Desktop geschrieben (Schema {version}). Aktualisiere die App, um ihn zu öffnen.</translation>
    </message>
    <message>
      <source>The run history cannot be kept safely on this disk ({mode} mode). Move the app's data folder to a local disk.</source>
      <translation>Der Verlauf lässt sich auf diesem Datenträger nicht sicher führen (Modus {mode}). Verschiebe den Datenordner der App auf eine lokale Festplatte.</translation>
    </message>
    <message>
      <source>The run history file is damaged and cannot be opened.</source>
      <translation>Die Verlaufsdatei ist beschädigt und kann nicht geöffnet werden.</translation>
    </message>
  </context>
  <context>
    <name>HistoryModel</name>
    <message>
      <source>This app</source>
      <translation>Diese App</translation>
    </message>
    <message>
      <source>Elsewhere</source>
      <translation>Anderswo</translation>
    </message>
    <message>
      <source>Started</source>
      <translation>Gestartet</translation>
    </message>
    <message>
      <source>Technique</source>
      <translation>Technik</translation>
    </message>
    <message>
      <source>Workspace</source>
      <translation>Workspace</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Cost</source>
      <translation>Kosten</translation>
    </message>
    <message>
      <source>Started from</source>
      <translation>Gestartet von</translation>
    </message>
    <message>
      <source>Run {run_id}</source>
      <translation>Durchlauf {run_id}</translation>
    </message>
    <message>
      <source>Unknown technique</source>
      <translation>Unbekannte Technik</translation>
    </message>
  </context>
  <context>
    <name>HistoryView</name>
    <message>
      <source>Any status</source>
      <translation>Jeder Status</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Fertig</translation>
    </message>
    <message>
      <source>Failed</source>
      <translation>Fehlgeschlagen</translation>
    </message>
    <message>
      <source>Running</source>
      <translation>Läuft</translation>
    </message>
    <message>
      <source>Waiting to start</source>
      <translation>Wartet auf Start</translation>
    </message>
    <message>
      <source>Any time</source>
      <translation>Jederzeit</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>Heute</translation>
    </message>
    <message>
      <source>Last 7 days</source>
      <translation>Letzte 7 Tage</translation>
    </message>
    <message>
      <source>Last 30 days</source>
      <translation>Letzte 30 Tage</translation>
    </message>
    <message>
      <source>No inputs.</source>
      <translation>Keine Eingaben.</translation>
    </message>
    <message>
      <source>History</source>
      <translation>Verlauf</translation>
    </message>
    <message>
      <source>Search history</source>
      <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
      <source>Search technique, workspace, inputs or run id</source>
      <translation>Technik, Workspace, Eingaben oder Durchlauf-ID suchen</translation>
    </message>
    <message>
      <source>Technique</source>
      <translation>Technik</translation>
    </message>
    <message>
      <source>All techniques</source>
      <translation>Alle Techniken</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>Check FLORA</source>
      <translation>Bei FLORA nachsehen</translation>
    </message>
    <message>
      <source>Check FLORA for runs started elsewhere</source>
      <translation>Bei FLORA nach anderswo gestarteten Durchläufen suchen</translation>
    </message>
    <message>
      <source>Add runs started elsewhere (the web app, scripts) to the list</source>
      <translation>Anderswo gestartete Durchläufe (Web-App, Skripte) zur Liste hinzufügen</translation>
    </message>
    <message>
      <source>Past runs</source>
      <translation>Frühere Durchläufe</translation>
    </message>
    <message>
      <source>Column headers</source>
      <translation>Spaltenköpfe</translation>
    </message>
    <message>
      <source>Open in editor</source>
      <translation>Im Editor öffnen</translation>
    </message>
    <message>
      <source>Copy this run's inputs into the editor as a new draft</source>
      <translation>Die Eingaben dieses Durchlaufs als neuen Entwurf in den Editor übernehmen</translation>
    </message>
    <message>
      <source>&amp;Inputs</source>
      <translation>&amp;Eingaben</translation>
    </message>
    <message>
      <source>The history could not be read.</source>
      <translation>Der Verlauf konnte nicht gelesen werden.</translation>
    </message>
    <message>
      <source>Showing the newest {shown} of more than {total} runs</source>
      <translation>Die neuesten {shown} von mehr als {total} Läufen</translation>
    </message>
    <message numerus="yes">
      <source>Showing the newest {shown} of %n runs</source>
      <translation>
        <numerusform>Die neuesten {shown} von %n Durchlauf</numerusform>
        <numerusform>Die neuesten {shown} von %n Durchläufen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n runs</source>
      <translation>
        <numerusform>%n Durchlauf</numerusform>
        <numerusform>%n Durchläufe</numerusform>
      </translation>
    </message>
    <message>
      <source>Checking…</source>
      <translation>Wird geprüft …</translation>
    </message>
    <message>
      <source>That run is not in the history on this computer.</source>
      <translation>Dieser Lauf ist nicht im Verlauf auf diesem Computer.</translation>
    </message>
    <message>
      <source>Unknown technique</source>
      <translation>Unbekannte Technik</translation>
    </message>
    <message>
      <source>Started {when}</source>
      <translation>Gestartet {when}</translation>
    </message>
    <message>
      <source>started in this app</source>
      <translation>in dieser App gestartet</translation>
    </message>
    <message>
      <source>started elsewhere</source>
      <translation>anderswo gestartet</translation>
    </message>
    <message>
      <source>took {duration}</source>
      <translation>Dauer {duration}</translation>
    </message>
    <message>
      <source>charged {cost}</source>
      <translation>berechnet: {cost}</translation>
    </message>
    <message>
      <source>run id {run_id}</source>
      <translation>Durchlauf-ID {run_id}</translation>
    </message>
    <message>
      <source>This run failed, so it has no outputs.</source>
      <translation>Dieser Durchlauf ist fehlgeschlagen und hat daher keine Ergebnisse.</translation>
    </message>
    <message>
      <source>This run has not finished yet; see Runs for its progress.</source>
      <translation>Dieser Durchlauf ist noch nicht fertig; den Fortschritt siehst du unter „Durchläufe“.</translation>
    </message>
  </context>
  <context>
    <name>ImageViewer</name>
    <message>
      <source>The image could not be read ({problem}).</source>
      <translation>Das Bild konnte nicht gelesen werden ({problem}).</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation>Wird geladen …</translation>
    </message>
    <message>
      <source>Fit</source>
      <translation>Einpassen</translation>
    </message>
    <message>
      <source>Fit the image to the window</source>
      <translation>Bild ans Fenster anpassen</translation>
    </message>
    <message>
      <source>Actual size</source>
      <translation>Originalgröße</translation>
    </message>
    <message>
      <source>Zoom out</source>
      <translation>Verkleinern</translation>
    </message>
    <message>
      <source>Zoom in</source>
      <translation>Vergrößern</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Schließen</translation>
    </message>
    <message>
      <source>{action} ({keys})</source>
      <translation>{action} ({keys})</translation>
    </message>
    <message>
      <source>{percent} %</source>
      <translation>{percent} %</translation>
    </message>
    <message>
      <source>Zoom {level}</source>
      <translation>Zoom {level}</translation>
    </message>
  </context>
  <context>
    <name>InputRowWidget</name>
    <message>
      <source>Must be {seconds:g} s long</source>
      <translation>Muss {seconds:g} s lang sein</translation>
    </message>
    <message>
      <source>Shape {ratio}</source>
      <translation>Format {ratio}</translation>
    </message>
    <message>
      <source>Square ({ratio})</source>
      <translation>Quadratisch ({ratio})</translation>
    </message>
    <message>
      <source>Landscape ({ratio})</source>
      <translation>Querformat ({ratio})</translation>
    </message>
    <message>
      <source>Portrait ({ratio})</source>
      <translation>Hochformat ({ratio})</translation>
    </message>
    <message>
      <source>Custom</source>
      <translation>Eigene</translation>
    </message>
    <message>
      <source>Optional</source>
      <translation>Optional</translation>
    </message>
    <message>
      <source>Required</source>
      <translation>Pflichtfeld</translation>
    </message>
    <message>
      <source>New input</source>
      <translation>Neue Eingabe</translation>
    </message>
    <message>
      <source>Name of the input</source>
      <translation>Name der Eingabe</translation>
    </message>
    <message>
      <source>{ }</source>
      <translation>{ }</translation>
    </message>
    <message>
      <source>Type this value as JSON (any JSON value)</source>
      <translation>Diesen Wert als JSON eingeben (beliebiger JSON-Wert)</translation>
    </message>
    <message>
      <source>Move up (Alt+Up)</source>
      <translation>Nach oben (Alt+Hoch)</translation>
    </message>
    <message>
      <source>Move down (Alt+Down)</source>
      <translation>Nach unten (Alt+Runter)</translation>
    </message>
    <message>
      <source>Remove this input</source>
      <translation>Diese Eingabe entfernen</translation>
    </message>
    <message>
      <source>Key {key}</source>
      <translation>Name {key}</translation>
    </message>
    <message>
      <source>Name of the custom input</source>
      <translation>Name der eigenen Eingabe</translation>
    </message>
    <message>
      <source>Type {input} as JSON</source>
      <translation>{input} als JSON eingeben</translation>
    </message>
    <message>
      <source>Move {input} up</source>
      <translation>{input} nach oben</translation>
    </message>
    <message>
      <source>Move {input} down</source>
      <translation>{input} nach unten</translation>
    </message>
    <message>
      <source>Remove {input}</source>
      <translation>{input} entfernen</translation>
    </message>
    <message>
      <source>Problem:</source>
      <translation>Problem:</translation>
    </message>
  </context>
  <context>
    <name>Inputs</name>
    <message>
      <source>Image</source>
      <translation>Bild</translation>
    </message>
    <message>
      <source>Video</source>
      <translation>Video</translation>
    </message>
    <message>
      <source>Audio</source>
      <translation>Audio</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>Dokument</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Text</translation>
    </message>
    <message>
      <source>Required</source>
      <translation>Pflichtfeld</translation>
    </message>
    <message>
      <source>This is not a link or a file. Paste a web address (https://…) or choose a file.</source>
      <translation>Das ist weder ein Link noch eine Datei. Füge eine Webadresse (https://…) ein oder wähle eine Datei.</translation>
    </message>
    <message>
      <source>To use a file from this computer, choose it or drop it on this row.</source>
      <translation>Um eine Datei von diesem Computer zu nutzen, wähle sie oder zieh sie auf diese Zeile.</translation>
    </message>
    <message>
      <source>This has a broken character (half of an emoji or symbol) that cannot be sent. Delete it and type it again.</source>
      <translation>Hier ist ein kaputtes Zeichen (die Hälfte eines Emojis oder Symbols), das sich nicht senden lässt. Lösche es und tippe es neu.</translation>
    </message>
    <message>
      <source>A number here is too large to send: use a smaller one.</source>
      <translation>Eine Zahl hier ist zu groß zum Senden: Nimm eine kleinere.</translation>
    </message>
    <message>
      <source>The name has a broken character (half of an emoji or symbol). Type it again.</source>
      <translation>Der Name enthält ein kaputtes Zeichen (die Hälfte eines Emojis oder Symbols). Tippe ihn neu.</translation>
    </message>
    <message>
      <source>This web address is missing the site name, like https://example.com/…</source>
      <translation>In dieser Webadresse fehlt der Name der Website, etwa https://example.com/…</translation>
    </message>
    <message>
      <source>Add https:// at the start of this web address, like https://example.com/picture.png</source>
      <translation>Setzen Sie https:// an den Anfang dieser Webadresse, etwa https://example.com/picture.png</translation>
    </message>
    <message>
      <source>Only web addresses that start with https:// can be used here. Paste a web address or choose a file.</source>
      <translation>Hier sind nur Webadressen möglich, die mit https:// beginnen. Fügen Sie eine Webadresse ein oder wählen Sie eine Datei.</translation>
    </message>
    <message>
      <source>This web address has a space in the site name. Remove the space, or copy the address again from your browser.</source>
      <translation>Diese Webadresse hat ein Leerzeichen im Namen der Website. Entfernen Sie das Leerzeichen oder kopieren Sie die Adresse erneut aus Ihrem Browser.</translation>
    </message>
    <message>
      <source>This web address has a hidden character in it, such as a line break. Copy the address again from your browser's address bar.</source>
      <translation>Diese Webadresse enthält ein unsichtbares Zeichen, etwa einen Zeilenumbruch. Kopieren Sie die Adresse erneut aus der Adressleiste Ihres Browsers.</translation>
    </message>
    <message>
      <source>This web address can't be read (a bracket or port number is wrong). Copy it again from your browser's address bar.</source>
      <translation>Diese Webadresse ist nicht lesbar (eine Klammer oder Portnummer stimmt nicht). Kopieren Sie sie erneut aus der Adressleiste Ihres Browsers.</translation>
    </message>
    <message>
      <source>Give this input a name</source>
      <translation>Gib dieser Eingabe einen Namen</translation>
    </message>
    <message>
      <source>Remove the spaces before or after the name</source>
      <translation>Entferne die Leerzeichen vor oder nach dem Namen</translation>
    </message>
    <message>
      <source>Another input already uses this name</source>
      <translation>Diesen Namen verwendet schon eine andere Eingabe</translation>
    </message>
    <message>
      <source>Enter a value, or remove this input</source>
      <translation>Gib einen Wert ein oder entferne diese Eingabe</translation>
    </message>
    <message>
      <source>Custom</source>
      <translation>Eigene</translation>
    </message>
    <message>
      <source>Unknown type</source>
      <translation>Unbekannter Typ</translation>
    </message>
    <message>
      <source>This isn't valid JSON: {name} is not allowed in JSON</source>
      <translation>Das ist kein gültiges JSON: {name} ist in JSON nicht erlaubt</translation>
    </message>
    <message>
      <source>This isn't valid JSON: {problem} (line {line}, column {column})</source>
      <translation>Das ist kein gültiges JSON: {problem} (Zeile {line}, Spalte {column})</translation>
    </message>
    <message>
      <source>This JSON is nested too deeply to read</source>
      <translation>Dieses JSON ist zu tief verschachtelt</translation>
    </message>
    <message>
      <source>This isn't valid JSON: {problem}</source>
      <translation>Das ist kein gültiges JSON: {problem}</translation>
    </message>
    <message>
      <source>Item {number}: {problem}</source>
      <translation>Element {number}: {problem}</translation>
    </message>
    <message>
      <source>This value is too large to show as JSON</source>
      <translation>Dieser Wert ist zu groß, um ihn als JSON zu zeigen</translation>
    </message>
    <message>
      <source>The name “{key}” appears more than once</source>
      <translation>Der Name „{key}“ kommt mehrfach vor</translation>
    </message>
    <message>
      <source>The inputs must be one JSON object in braces: {"name": "value", …}</source>
      <translation>Die Eingaben müssen ein einziges JSON-Objekt in geschweiften Klammern sein: {"name": "value", …}</translation>
    </message>
  </context>
  <context>
    <name>InputsEditor</name>
    <message>
      <source>Technique inputs</source>
      <translation>Eingaben der Technik</translation>
    </message>
    <message>
      <source>Inputs</source>
      <translation>Eingaben</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Rückgängig</translation>
    </message>
    <message>
      <source>Undo (Ctrl+Z)</source>
      <translation>Rückgängig (Strg+Z)</translation>
    </message>
    <message>
      <source>Redo</source>
      <translation>Wiederholen</translation>
    </message>
    <message>
      <source>Redo (Ctrl+Shift+Z)</source>
      <translation>Wiederholen (Strg+Umschalt+Z)</translation>
    </message>
    <message>
      <source>Edit as JSON</source>
      <translation>Als JSON bearbeiten</translation>
    </message>
    <message>
      <source>Show all inputs as one JSON object</source>
      <translation>Alle Eingaben als ein JSON-Objekt zeigen</translation>
    </message>
    <message>
      <source>Advanced</source>
      <translation>Erweitert</translation>
    </message>
    <message>
      <source>Show the technical details: input ids, raw values, custom inputs, Copy as…</source>
      <translation>Technische Details zeigen: Eingabe-IDs, Rohwerte, eigene Eingaben, Kopieren als …</translation>
    </message>
    <message>
      <source>Input</source>
      <translation>Eingabe</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Wert</translation>
    </message>
    <message>
      <source>This technique takes no inputs.</source>
      <translation>Diese Technik braucht keine Eingaben.</translation>
    </message>
    <message>
      <source>Add input</source>
      <translation>Eingabe hinzufügen</translation>
    </message>
    <message>
      <source>Add an input the technique does not list (a custom input)</source>
      <translation>Eine Eingabe hinzufügen, die die Technik nicht aufführt (eigene Eingabe)</translation>
    </message>
    <message>
      <source>Undo an edit of the inputs</source>
      <translation>Eine Änderung an den Eingaben rückgängig machen</translation>
    </message>
    <message>
      <source>Redo an edit of the inputs</source>
      <translation>Eine Änderung an den Eingaben wiederholen</translation>
    </message>
    <message>
      <source>Move a row up</source>
      <translation>Zeile nach oben</translation>
    </message>
    <message>
      <source>Move a row down</source>
      <translation>Zeile nach unten</translation>
    </message>
    <message>
      <source>The JSON cannot be applied: {problem}</source>
      <translation>Das JSON kann nicht übernommen werden: {problem}</translation>
    </message>
    <message>
      <source>Not accepted</source>
      <translation>Nicht akzeptiert</translation>
    </message>
    <message>
      <source>Edit {input}</source>
      <translation>{input} bearbeiten</translation>
    </message>
    <message>
      <source>Rename input</source>
      <translation>Eingabe umbenennen</translation>
    </message>
    <message>
      <source>JSON for {input}</source>
      <translation>JSON für {input}</translation>
    </message>
    <message>
      <source>Plain value for {input}</source>
      <translation>Einfacher Wert für {input}</translation>
    </message>
    <message>
      <source>Remove {input}</source>
      <translation>{input} entfernen</translation>
    </message>
    <message>
      <source>Move {input}</source>
      <translation>{input} verschieben</translation>
    </message>
  </context>
  <context>
    <name>InputsJsonView</name>
    <message>
      <source>All inputs as one JSON object: each name with its value. Apply puts them back in the table; names the technique does not list become custom inputs.</source>
      <translation>Alle Eingaben als ein JSON-Objekt: jeder Name mit seinem Wert. „Übernehmen“ trägt sie wieder in die Tabelle ein; Namen, die die Technik nicht kennt, werden zu eigenen Eingaben.</translation>
    </message>
    <message>
      <source>Inputs as JSON</source>
      <translation>Eingaben als JSON</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Übernehmen</translation>
    </message>
    <message>
      <source>Apply the JSON to the table</source>
      <translation>JSON in die Tabelle übernehmen</translation>
    </message>
    <message>
      <source>Back to the table</source>
      <translation>Zurück zur Tabelle</translation>
    </message>
    <message>
      <source>Back to the table without applying</source>
      <translation>Zurück zur Tabelle, ohne zu übernehmen</translation>
    </message>
  </context>
  <context>
    <name>InputsSummary</name>
    <message>
      <source>Inputs of this run</source>
      <translation>Eingaben dieses Durchlaufs</translation>
    </message>
    <message>
      <source>First frame of {name}</source>
      <translation>Erstes Bild von {name}</translation>
    </message>
    <message>
      <source>Picture {name}</source>
      <translation>Bild {name}</translation>
    </message>
  </context>
  <context>
    <name>LanguageChoice</name>
    <message>
      <source>Language</source>
      <translation>Sprache</translation>
    </message>
    <message>
      <source>Same as the system</source>
      <translation>Wie das System</translation>
    </message>
    <message>
      <source>A new language shows the next time FLORA Desktop starts.</source>
      <translation>Eine neue Sprache erscheint beim nächsten Start von FLORA Desktop.</translation>
    </message>
  </context>
  <context>
    <name>LargeValueView</name>
    <message>
      <source>Clear value</source>
      <translation>Wert leeren</translation>
    </message>
    <message>
      <source>Clear the value of {input}</source>
      <translation>Wert von {input} leeren</translation>
    </message>
    <message>
      <source>A large value ({size}) is kept as it is. It is too long to show here.</source>
      <translation>Ein großer Wert ({size}) bleibt unverändert erhalten. Er ist zu lang, um ihn hier zu zeigen.</translation>
    </message>
    <message>
      <source>{millions:.1f} million characters</source>
      <translation>{millions:.1f} Millionen Zeichen</translation>
    </message>
    <message>
      <source>{chars:,} characters</source>
      <translation>{chars:,} Zeichen</translation>
    </message>
  </context>
  <context>
    <name>LaunchLayout</name>
    <message>
      <source>&amp;Workspace</source>
      <translation>&amp;Workspace</translation>
    </message>
    <message>
      <source>Run result</source>
      <translation>Ergebnis des Durchlaufs</translation>
    </message>
    <message>
      <source>Drag to resize the panes</source>
      <translation>Ziehen, um die Bereiche anders aufzuteilen</translation>
    </message>
    <message>
      <source>Practice mode — nothing is charged. Runs happen in a local sandbox with sample results.</source>
      <translation>Übungsmodus – es wird nichts berechnet. Durchläufe laufen in einer lokalen Sandbox mit Beispielergebnissen.</translation>
    </message>
  </context>
  <context>
    <name>LauncherPage</name>
    <message>
      <source>Choose a technique on the left.</source>
      <translation>Wähle links eine Technik.</translation>
    </message>
    <message>
      <source>Inputs</source>
      <translation>Eingaben</translation>
    </message>
    <message>
      <source>Run the technique</source>
      <translation>Technik starten</translation>
    </message>
    <message>
      <source>This key can't see any workspace.</source>
      <translation>Dieser Schlüssel sieht keinen Workspace.</translation>
    </message>
    <message>
      <source>Starting the run…</source>
      <translation>Durchlauf wird gestartet …</translation>
    </message>
    <message>
      <source>Run started.</source>
      <translation>Durchlauf gestartet.</translation>
    </message>
    <message>
      <source>This run was already started.</source>
      <translation>Dieser Durchlauf wurde bereits gestartet.</translation>
    </message>
    <message>
      <source>Your changes are saved as a draft again.</source>
      <translation>Deine Änderungen werden wieder als Entwurf gespeichert.</translation>
    </message>
  </context>
  <context>
    <name>LauncherTools</name>
    <message>
      <source>Choose a technique first.</source>
      <translation>Wähle zuerst eine Technik.</translation>
    </message>
    <message>
      <source>Choose a workspace first.</source>
      <translation>Wähle zuerst einen Workspace.</translation>
    </message>
    <message>
      <source>Fix the marked inputs first, then copy.</source>
      <translation>Korrigiere zuerst die markierten Eingaben, dann kopiere.</translation>
    </message>
  </context>
  <context>
    <name>ListValueEditor</name>
    <message>
      <source>Add item</source>
      <translation>Element hinzufügen</translation>
    </message>
    <message>
      <source>Add an item to {input}</source>
      <translation>Element zu {input} hinzufügen</translation>
    </message>
    <message>
      <source>Remove this item</source>
      <translation>Dieses Element entfernen</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Element</translation>
    </message>
    <message>
      <source>{input}, item {number}</source>
      <translation>{input}, Element {number}</translation>
    </message>
    <message>
      <source>Remove item {number} of {input}</source>
      <translation>Element {number} von {input} entfernen</translation>
    </message>
  </context>
  <context>
    <name>LiveResult</name>
    <message>
      <source>Waiting for FLORA…</source>
      <translation>Warte auf FLORA …</translation>
    </message>
    <message>
      <source>Run finished: {count} outputs.</source>
      <translation>Durchlauf fertig: {count} Ergebnisse.</translation>
    </message>
    <message>
      <source>Run failed: {why}</source>
      <translation>Durchlauf fehlgeschlagen: {why}</translation>
    </message>
    <message>
      <source>Run failed.</source>
      <translation>Durchlauf fehlgeschlagen.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>FLORA Desktop</source>
      <translation>FLORA Desktop</translation>
    </message>
    <message>
      <source>You are using the sandbox's demo key: there is nothing to sign out of.</source>
      <translation>Du nutzt den Demo-Schlüssel der Sandbox: Es gibt nichts, wovon du dich abmelden könntest.</translation>
    </message>
    <message>
      <source>The key comes from the FLORA_API_KEY environment variable and was never saved; unset it to sign out.</source>
      <translation>Der Schlüssel stammt aus der Umgebungsvariable FLORA_API_KEY und wurde nie gespeichert; entferne sie, um dich abzumelden.</translation>
    </message>
    <message>
      <source>Forget the saved key for this server and return to sign-in.</source>
      <translation>Den gespeicherten Schlüssel für diesen Server vergessen und zur Anmeldung zurückkehren.</translation>
    </message>
    <message>
      <source>Forget the key kept for this session and return to sign-in.</source>
      <translation>Den für diese Sitzung gemerkten Schlüssel vergessen und zur Anmeldung zurückkehren.</translation>
    </message>
    <message>
      <source>Connecting to FLORA…</source>
      <translation>Verbindung zu FLORA wird hergestellt …</translation>
    </message>
    <message>
      <source>&amp;FLORA</source>
      <translation>&amp;FLORA</translation>
    </message>
    <message>
      <source>Connect to the &amp;sandbox</source>
      <translation>Mit der &amp;Sandbox verbinden</translation>
    </message>
    <message>
      <source>Use a practice FLORA on this computer; nothing is charged.</source>
      <translation>Eine Übungs-FLORA auf diesem Computer nutzen; es wird nichts berechnet.</translation>
    </message>
    <message>
      <source>Sign &amp;in with an API key…</source>
      <translation>Mit API-Schlüssel &amp;anmelden …</translation>
    </message>
    <message>
      <source>Leave the sandbox and use your own FLORA API key.</source>
      <translation>Die Sandbox verlassen und deinen eigenen FLORA-API-Schlüssel nutzen.</translation>
    </message>
    <message>
      <source>Sign &amp;out</source>
      <translation>Ab&amp;melden</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Beenden</translation>
    </message>
    <message>
      <source>S&amp;ettings…</source>
      <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Hilfe</translation>
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
      <source>You are not signed in.</source>
      <translation>Du bist nicht angemeldet.</translation>
    </message>
  </context>
  <context>
    <name>MediaChecks</name>
    <message>
      <source>This picture is {width} × {height}, but this input needs the shape {ratio}.</source>
      <translation>Dieses Bild ist {width} × {height}, aber diese Eingabe braucht das Format {ratio}.</translation>
    </message>
    <message>
      <source>This clip is {actual}, but this input needs {wanted}.</source>
      <translation>Dieser Clip ist {actual}, aber diese Eingabe braucht {wanted}.</translation>
    </message>
    <message>
      <source>{n} bytes</source>
      <translation>{n} Byte</translation>
    </message>
  </context>
  <context>
    <name>MediaFetch</name>
    <message>
      <source>No preview for this kind of link.</source>
      <translation>Keine Vorschau für diese Art von Link.</translation>
    </message>
    <message>
      <source>No preview: the site answered “{status}”.</source>
      <translation>Keine Vorschau: Die Website hat mit „{status}“ geantwortet.</translation>
    </message>
    <message>
      <source>No preview: the link could not be reached.</source>
      <translation>Keine Vorschau: Der Link war nicht erreichbar.</translation>
    </message>
  </context>
  <context>
    <name>MediaOutput</name>
    <message>
      <source>This computer can't play sound or video inside the app (a system library is missing).</source>
      <translation>Dieser Computer kann in der App weder Ton noch Video abspielen (es fehlt eine Systembibliothek).</translation>
    </message>
    <message>
      <source>Video</source>
      <translation>Video</translation>
    </message>
    <message>
      <source>Loading the first frame…</source>
      <translation>Erstes Bild wird geladen …</translation>
    </message>
    <message>
      <source>Play</source>
      <translation>Abspielen</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>Position</translation>
    </message>
    <message>
      <source>First frame of the video</source>
      <translation>Erstes Bild des Videos</translation>
    </message>
    <message>
      <source>{position} / {duration}</source>
      <translation>{position} / {duration}</translation>
    </message>
    <message>
      <source>Pause</source>
      <translation>Pause</translation>
    </message>
    <message>
      <source>This file could not be played here. Save it and open it instead.</source>
      <translation>Diese Datei lässt sich hier nicht abspielen. Speichere sie und öffne sie stattdessen.</translation>
    </message>
  </context>
  <context>
    <name>MediaPreview</name>
    <message>
      <source>Use anyway</source>
      <translation>Trotzdem verwenden</translation>
    </message>
    <message>
      <source>Preview of {input}</source>
      <translation>Vorschau von {input}</translation>
    </message>
    <message>
      <source>Use the file for {input} anyway</source>
      <translation>Die Datei trotzdem für {input} verwenden</translation>
    </message>
    <message>
      <source>Loading a preview…</source>
      <translation>Vorschau wird geladen …</translation>
    </message>
    <message>
      <source>Crop to {ratio}</source>
      <translation>Auf {ratio} zuschneiden</translation>
    </message>
  </context>
  <context>
    <name>Messages</name>
    <message>
      <source>Your role in this workspace ({role}) can't start runs. Choose another workspace.</source>
      <translation>Deine Rolle in diesem Workspace ({role}) darf keine Durchläufe starten. Wähle einen anderen Workspace.</translation>
    </message>
    <message>
      <source>This run was already started</source>
      <translation>Dieser Durchlauf wurde bereits gestartet</translation>
    </message>
    <message>
      <source>No run of this technique has shown up in this workspace's history yet. Look again in a moment, or check FLORA before pressing Run again.</source>
      <translation>Im Verlauf dieses Workspace ist noch kein Durchlauf dieser Technik aufgetaucht. Sieh gleich noch einmal nach oder prüfe FLORA, bevor du erneut auf „Starten“ drückst.</translation>
    </message>
    <message>
      <source>Check the key</source>
      <translation>Schlüssel prüfen</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>Aktualisieren</translation>
    </message>
    <message>
      <source>Try again</source>
      <translation>Erneut versuchen</translation>
    </message>
    <message>
      <source>Look it up</source>
      <translation>Nachsehen</translation>
    </message>
    <message>
      <source>Open billing</source>
      <translation>Abrechnung öffnen</translation>
    </message>
    <message>
      <source>Choose another workspace</source>
      <translation>Anderen Workspace wählen</translation>
    </message>
    <message>
      <source>Run as a batch…</source>
      <translation>Als Stapel starten …</translation>
    </message>
    <message>
      <source>Stopped waiting for FLORA</source>
      <translation>Warten auf FLORA abgebrochen</translation>
    </message>
    <message>
      <source>The run may still have started: FLORA may have received the request.</source>
      <translation>Der Durchlauf wurde vielleicht trotzdem gestartet: FLORA hat die Anfrage möglicherweise erhalten.</translation>
    </message>
    <message>
      <source>Look it up before pressing Run again, so you don't pay twice.</source>
      <translation>Sieh nach, bevor du erneut auf „Starten“ drückst, damit du nicht doppelt bezahlst.</translation>
    </message>
    <message>
      <source>Not retried</source>
      <translation>Nicht erneut versucht</translation>
    </message>
    <message>
      <source>FLORA was busy and did not start the run. Nothing was charged.</source>
      <translation>FLORA war ausgelastet und hat den Durchlauf nicht gestartet. Es wurde nichts berechnet.</translation>
    </message>
    <message>
      <source>Press Run again when you're ready.</source>
      <translation>Drücke erneut auf „Starten“, wenn du so weit bist.</translation>
    </message>
    <message>
      <source>FLORA is not answering</source>
      <translation>FLORA antwortet nicht</translation>
    </message>
    <message>
      <source>Nothing was charged unless the run shows up in your history.</source>
      <translation>Es wurde nichts berechnet, sofern der Durchlauf nicht in deinem Verlauf auftaucht.</translation>
    </message>
    <message>
      <source>Check your internet connection, then try again. Trying again won't start a second run.</source>
      <translation>Prüfe deine Internetverbindung und versuche es dann erneut. Ein neuer Versuch startet keinen zweiten Durchlauf.</translation>
    </message>
    <message>
      <source>The app could not get an answer from FLORA.</source>
      <translation>Die App hat keine Antwort von FLORA bekommen.</translation>
    </message>
    <message>
      <source>Check your internet connection, then try again.</source>
      <translation>Prüfe deine Internetverbindung und versuche es dann erneut.</translation>
    </message>
    <message>
      <source>FLORA sent an unexpected answer</source>
      <translation>Unerwartete Antwort von FLORA</translation>
    </message>
    <message>
      <source>FLORA sent an answer the app could not read.</source>
      <translation>FLORA hat eine Antwort geschickt, die die App nicht lesen kann.</translation>
    </message>
    <message>
      <source>Try again in a moment; if it keeps happening, check FLORA's status page.</source>
      <translation>Versuche es gleich noch einmal; wenn es öfter passiert, sieh auf der Statusseite von FLORA nach.</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>unbekannt</translation>
    </message>
    <message>
      <source>not known yet</source>
      <translation>noch nicht bekannt</translation>
    </message>
    <message>
      <source>about {seconds} s</source>
      <translation>etwa {seconds} s</translation>
    </message>
    <message>
      <source>about {minutes} min</source>
      <translation>etwa {minutes} min</translation>
    </message>
    <message>
      <source>FLORA is busy; trying again in {seconds} s.</source>
      <translation>FLORA ist ausgelastet; neuer Versuch in {seconds} s.</translation>
    </message>
    <message>
      <source>FLORA is not answering; trying again in {seconds} s.</source>
      <translation>FLORA antwortet nicht; neuer Versuch in {seconds} s.</translation>
    </message>
    <message>
      <source>The app tries again by itself in {seconds} s.</source>
      <translation>Die App versucht es in {seconds} s von selbst erneut.</translation>
    </message>
    <message>
      <source>FLORA is busy</source>
      <translation>FLORA ist ausgelastet</translation>
    </message>
    <message>
      <source>Waiting for FLORA</source>
      <translation>Warte auf FLORA</translation>
    </message>
    <message>
      <source>The app tries again by itself; you don't need to do anything.</source>
      <translation>Die App versucht es von selbst erneut; du musst nichts tun.</translation>
    </message>
    <message>
      <source>This value was not accepted.</source>
      <translation>Dieser Wert wurde nicht akzeptiert.</translation>
    </message>
    <message>
      <source>{field}: {message}</source>
      <translation>{field}: {message}</translation>
    </message>
    <message>
      <source>Your API key was not accepted</source>
      <translation>Dein API-Schlüssel wurde nicht akzeptiert</translation>
    </message>
    <message>
      <source>FLORA did not recognise the key this app is using. It may have been revoked or replaced.</source>
      <translation>FLORA kennt den Schlüssel nicht, den diese App verwendet. Vielleicht wurde er widerrufen oder ersetzt.</translation>
    </message>
    <message>
      <source>Check the key in Settings, or sign in again with a new key.</source>
      <translation>Prüfe den Schlüssel in den Einstellungen oder melde dich mit einem neuen Schlüssel an.</translation>
    </message>
    <message>
      <source>Not enough credits</source>
      <translation>Nicht genug Credits</translation>
    </message>
    <message>
      <source>This workspace doesn't have enough credits for this run. Nothing was charged.</source>
      <translation>Dieser Workspace hat nicht genug Credits für diesen Durchlauf. Es wurde nichts berechnet.</translation>
    </message>
    <message>
      <source>You can't run techniques here</source>
      <translation>Du kannst hier keine Techniken starten</translation>
    </message>
    <message>
      <source>Your role in this workspace can't run techniques, or this key belongs to another workspace.</source>
      <translation>Deine Rolle in diesem Workspace darf keine Techniken starten, oder dieser Schlüssel gehört zu einem anderen Workspace.</translation>
    </message>
    <message>
      <source>Choose another workspace, or ask the workspace owner for access.</source>
      <translation>Wähle einen anderen Workspace oder bitte den Inhaber des Workspace um Zugriff.</translation>
    </message>
    <message>
      <source>This technique is gone</source>
      <translation>Diese Technik gibt es nicht mehr</translation>
    </message>
    <message>
      <source>FLORA can't find this technique any more. It may have been removed or made private.</source>
      <translation>FLORA findet diese Technik nicht mehr. Vielleicht wurde sie entfernt oder auf privat gestellt.</translation>
    </message>
    <message>
      <source>Refresh the list and choose another technique. Your inputs are kept.</source>
      <translation>Aktualisiere die Liste und wähle eine andere Technik. Deine Eingaben bleiben erhalten.</translation>
    </message>
    <message>
      <source>FLORA had already received this request, so no second run was started.</source>
      <translation>FLORA hatte diese Anfrage schon erhalten, daher wurde kein zweiter Durchlauf gestartet.</translation>
    </message>
    <message>
      <source>Look it up in the run history.</source>
      <translation>Sieh im Verlauf nach.</translation>
    </message>
    <message>
      <source>This request was already sent with other inputs</source>
      <translation>Diese Anfrage wurde schon mit anderen Eingaben gesendet</translation>
    </message>
    <message>
      <source>FLORA refused to start it again with changed inputs.</source>
      <translation>FLORA hat sich geweigert, sie mit geänderten Eingaben erneut zu starten.</translation>
    </message>
    <message>
      <source>Press Run to start a new run with the inputs as they are now.</source>
      <translation>Drücke auf „Starten“, um einen neuen Durchlauf mit den aktuellen Eingaben zu starten.</translation>
    </message>
    <message>
      <source>FLORA asked the app to slow down, so this could not be loaded yet.</source>
      <translation>FLORA hat die App gebeten, langsamer zu machen; daher ließ sich das noch nicht laden.</translation>
    </message>
    <message>
      <source>Wait a minute, then try again.</source>
      <translation>Warte eine Minute und versuche es dann erneut.</translation>
    </message>
    <message>
      <source>You don't need to do anything; this is still the same run.</source>
      <translation>Du musst nichts tun; es ist immer noch derselbe Durchlauf.</translation>
    </message>
    <message>
      <source>FLORA is still busy</source>
      <translation>FLORA ist immer noch ausgelastet</translation>
    </message>
    <message>
      <source>FLORA asked the app to slow down and did not start the run. Nothing was charged.</source>
      <translation>FLORA hat die App gebeten, langsamer zu machen, und den Durchlauf nicht gestartet. Es wurde nichts berechnet.</translation>
    </message>
    <message>
      <source>Wait a minute, then press Run again.</source>
      <translation>Warte eine Minute und drücke dann erneut auf „Starten“.</translation>
    </message>
    <message>
      <source>Some inputs need a fix</source>
      <translation>Einige Eingaben müssen korrigiert werden</translation>
    </message>
    <message>
      <source>FLORA did not accept some of the inputs. The problems are shown next to them.</source>
      <translation>FLORA hat einige Eingaben nicht akzeptiert. Die Probleme stehen direkt daneben.</translation>
    </message>
    <message>
      <source>Fix the marked inputs, then press Run again.</source>
      <translation>Korrigiere die markierten Eingaben und drücke dann erneut auf „Starten“.</translation>
    </message>
    <message>
      <source>FLORA could not read the request</source>
      <translation>FLORA konnte die Anfrage nicht lesen</translation>
    </message>
    <message>
      <source>The app sent something FLORA could not understand. Nothing was charged.</source>
      <translation>Die App hat etwas gesendet, das FLORA nicht verstanden hat. Es wurde nichts berechnet.</translation>
    </message>
    <message>
      <source>Try again; if it keeps happening, restart the app.</source>
      <translation>Versuche es erneut; wenn es öfter passiert, starte die App neu.</translation>
    </message>
    <message>
      <source>“{input}” holds {count} values, and FLORA starts one run for each. Nothing was sent.</source>
      <translation>„{input}“ enthält {count} Werte, und FLORA startet für jeden einen Durchlauf. Es wurde nichts gesendet.</translation>
    </message>
    <message>
      <source>Several values make several runs</source>
      <translation>Mehrere Werte ergeben mehrere Durchläufe</translation>
    </message>
    <message>
      <source>Run them as a batch to see what they cost and follow each one, or keep one value.</source>
      <translation>Starte sie als Stapel, um zu sehen, was sie kosten, und jeden einzeln zu verfolgen – oder behalte nur einen Wert.</translation>
    </message>
    <message>
      <source>FLORA sent an answer the app could not read. The run may have started.</source>
      <translation>FLORA hat eine Antwort geschickt, die die App nicht lesen kann. Der Durchlauf wurde vielleicht gestartet.</translation>
    </message>
    <message>
      <source>Look it up in the run history before pressing Run again.</source>
      <translation>Sieh im Verlauf nach, bevor du erneut auf „Starten“ drückst.</translation>
    </message>
    <message>
      <source>Add credits to this workspace in FLORA, then press Run again.</source>
      <translation>Lade in FLORA Guthaben für diesen Arbeitsbereich auf und drücke dann erneut auf Ausführen.</translation>
    </message>
    <message>
      <source>FLORA refused the request</source>
      <translation>FLORA hat die Anfrage abgelehnt</translation>
    </message>
    <message>
      <source>FLORA answered with an error.</source>
      <translation>FLORA hat mit einem Fehler geantwortet.</translation>
    </message>
    <message>
      <source>Try again; if it keeps happening, check FLORA's status page.</source>
      <translation>Versuche es erneut; wenn es öfter passiert, sieh auf der Statusseite von FLORA nach.</translation>
    </message>
    <message>
      <source>Something went wrong</source>
      <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
      <source>The app could not finish talking to FLORA.</source>
      <translation>Die App konnte die Verbindung zu FLORA nicht abschließen.</translation>
    </message>
    <message>
      <source>Try again.</source>
      <translation>Versuche es erneut.</translation>
    </message>
  </context>
  <context>
    <name>Notifier</name>
    <message>
      <source>FLORA Desktop</source>
      <translation>FLORA Desktop</translation>
    </message>
  </context>
  <context>
    <name>OutputCard</name>
    <message>
      <source>Output {number}: {kind}</source>
      <translation>Ergebnis {number}: {kind}</translation>
    </message>
    <message>
      <source>Save…</source>
      <translation>Speichern …</translation>
    </message>
    <message>
      <source>Save this output to a folder</source>
      <translation>Dieses Ergebnis in einem Ordner speichern</translation>
    </message>
    <message>
      <source>Copy the link</source>
      <translation>Link kopieren</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Öffnen</translation>
    </message>
    <message>
      <source>{kind} {number}</source>
      <translation>{kind} {number}</translation>
    </message>
    <message>
      <source>Open with the system's app</source>
      <translation>Mit der Standard-App öffnen</translation>
    </message>
    <message>
      <source>Copy link</source>
      <translation>Link kopieren</translation>
    </message>
    <message>
      <source>Saving</source>
      <translation>Speichert</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <source>Stop saving</source>
      <translation>Speichern abbrechen</translation>
    </message>
    <message>
      <source>{reason} It is shown as text only.</source>
      <translation>{reason} Er wird nur als Text gezeigt.</translation>
    </message>
    <message>
      <source>This link is not opened.</source>
      <translation>Dieser Link wird nicht geöffnet.</translation>
    </message>
    <message>
      <source>Play it in the system's player</source>
      <translation>Im Standardplayer abspielen</translation>
    </message>
    <message>
      <source>Saving…</source>
      <translation>Wird gespeichert …</translation>
    </message>
    <message>
      <source>{kilobytes:,.0f} KB</source>
      <translation>{kilobytes:,.0f} KB</translation>
    </message>
  </context>
  <context>
    <name>Outputs</name>
    <message>
      <source>Nothing was saved. {why}</source>
      <translation>Nichts gespeichert. {why}</translation>
    </message>
    <message>
      <source>The link is empty or too long to open.</source>
      <translation>Der Link ist leer oder zu lang zum Öffnen.</translation>
    </message>
    <message>
      <source>The link contains spaces or hidden characters.</source>
      <translation>Der Link enthält Leerzeichen oder versteckte Zeichen.</translation>
    </message>
    <message>
      <source>The link is not a valid web address.</source>
      <translation>Der Link ist keine gültige Webadresse.</translation>
    </message>
    <message>
      <source>Only web links (http or https) are opened; this is a {scheme} link.</source>
      <translation>Nur Weblinks (http oder https) werden geöffnet; dies ist ein {scheme}-Link.</translation>
    </message>
    <message>
      <source>The link has no server name.</source>
      <translation>Der Link enthält keinen Servernamen.</translation>
    </message>
    <message>
      <source>The link carries a user name or password, so it is not opened.</source>
      <translation>Der Link enthält einen Benutzernamen oder ein Passwort und wird daher nicht geöffnet.</translation>
    </message>
    <message>
      <source>The file name would land outside the chosen folder.</source>
      <translation>Der Dateiname würde außerhalb des gewählten Ordners landen.</translation>
    </message>
    <message>
      <source>Too many files with this name in the folder already.</source>
      <translation>Im Ordner gibt es schon zu viele Dateien mit diesem Namen.</translation>
    </message>
    <message>
      <source>The chosen folder does not exist.</source>
      <translation>Der gewählte Ordner existiert nicht.</translation>
    </message>
    <message>
      <source>This link is not opened.</source>
      <translation>Dieser Link wird nicht geöffnet.</translation>
    </message>
    <message>
      <source>The link redirected to an address that is not opened.</source>
      <translation>Der Link leitet auf eine Adresse weiter, die nicht geöffnet wird.</translation>
    </message>
    <message>
      <source>{host} answered with status {status}; nothing was saved.</source>
      <translation>{host} hat mit Status {status} geantwortet; es wurde nichts gespeichert.</translation>
    </message>
    <message>
      <source>The download from {host} stopped early.</source>
      <translation>Der Download von {host} wurde vorzeitig beendet.</translation>
    </message>
    <message>
      <source>Could not download from {host}; nothing was saved.</source>
      <translation>Download von {host} fehlgeschlagen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
      <source>The file is larger than the {megabytes:.0f} MB limit; nothing was saved.</source>
      <translation>Die Datei ist größer als das Limit von {megabytes:.0f} MB; es wurde nichts gespeichert.</translation>
    </message>
    <message>
      <source>Too large for a preview (over {megabytes:.0f} MB). Open or save it to see it.</source>
      <translation>Zu groß für eine Vorschau (über {megabytes:.0f} MB). Öffne oder speichere die Datei, um sie zu sehen.</translation>
    </message>
  </context>
  <context>
    <name>OutputsView</name>
    <message>
      <source>Image</source>
      <translation>Bild</translation>
    </message>
    <message>
      <source>Video</source>
      <translation>Video</translation>
    </message>
    <message>
      <source>Audio</source>
      <translation>Audio</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Text</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>Dokument</translation>
    </message>
    <message>
      <source>Outputs appear here when the run has finished.</source>
      <translation>Die Ergebnisse erscheinen hier, sobald der Durchlauf fertig ist.</translation>
    </message>
    <message>
      <source>Save outputs to</source>
      <translation>Ergebnisse speichern in</translation>
    </message>
    <message>
      <source>Outputs</source>
      <translation>Ergebnisse</translation>
    </message>
    <message>
      <source>Save all…</source>
      <translation>Alle speichern …</translation>
    </message>
    <message>
      <source>Save all outputs</source>
      <translation>Alle Ergebnisse speichern</translation>
    </message>
    <message>
      <source>Save every output into one folder</source>
      <translation>Alle Ergebnisse in einem Ordner speichern</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <source>Stop saving</source>
      <translation>Speichern abbrechen</translation>
    </message>
    <message>
      <source>Show in folder</source>
      <translation>Im Ordner zeigen</translation>
    </message>
    <message>
      <source>Show the saved file in its folder</source>
      <translation>Die gespeicherte Datei in ihrem Ordner zeigen</translation>
    </message>
    <message>
      <source>This run gave no outputs.</source>
      <translation>Dieser Durchlauf hat keine Ergebnisse geliefert.</translation>
    </message>
    <message>
      <source>No preview: {problem}</source>
      <translation>Keine Vorschau: {problem}</translation>
    </message>
    <message>
      <source>{name} — {output}</source>
      <translation>{name} — {output}</translation>
    </message>
    <message>
      <source>Output</source>
      <translation>Ergebnis</translation>
    </message>
    <message>
      <source>This link is not opened.</source>
      <translation>Dieser Link wird nicht geöffnet.</translation>
    </message>
    <message>
      <source>FLORA output</source>
      <translation>FLORA-Ergebnis</translation>
    </message>
    <message>
      <source>Saving stopped; nothing was kept.</source>
      <translation>Speichern abgebrochen; nichts wurde behalten.</translation>
    </message>
    <message>
      <source>Saved as {name}</source>
      <translation>Gespeichert als {name}</translation>
    </message>
    <message>
      <source>Stopped: {saved} of {total} saved.</source>
      <translation>Abgebrochen: {saved} von {total} gespeichert.</translation>
    </message>
    <message numerus="yes">
      <source>Saved {saved} of %n outputs to {folder}.</source>
      <translation>
        <numerusform>{saved} von %n Ergebnis in {folder} gespeichert.</numerusform>
        <numerusform>{saved} von %n Ergebnissen in {folder} gespeichert.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n not saved: their link is not a web link.</source>
      <translation>
        <numerusform>%n nicht gespeichert: Sein Link ist kein Weblink.</numerusform>
        <numerusform>%n nicht gespeichert: Ihr Link ist kein Weblink.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n could not be saved; see the note on each.</source>
      <translation>
        <numerusform>%n konnte nicht gespeichert werden; siehe den Hinweis daran.</numerusform>
        <numerusform>%n konnten nicht gespeichert werden; siehe die Hinweise daran.</numerusform>
      </translation>
    </message>
    <message>
      <source>No preview for this document.</source>
      <translation>Keine Vorschau für dieses Dokument.</translation>
    </message>
  </context>
  <context>
    <name>Presets</name>
    <message>
      <source>Give the preset a name.</source>
      <translation>Gib dem Preset einen Namen.</translation>
    </message>
    <message>
      <source>Preset names can be at most {limit} characters long.</source>
      <translation>Preset-Namen dürfen höchstens {limit} Zeichen lang sein.</translation>
    </message>
    <message>
      <source>Preset names cannot contain line breaks or control characters.</source>
      <translation>Preset-Namen dürfen keine Zeilenumbrüche oder Steuerzeichen enthalten.</translation>
    </message>
    <message>
      <source>{where}: the inputs must be a JSON object of input names and values.</source>
      <translation>{where}: Die Eingaben müssen ein JSON-Objekt aus Eingabenamen und Werten sein.</translation>
    </message>
    <message>
      <source>{where}: every input needs a name.</source>
      <translation>{where}: Jede Eingabe braucht einen Namen.</translation>
    </message>
    <message>
      <source>This file is not valid JSON ({name} is not allowed).</source>
      <translation>Diese Datei ist kein gültiges JSON ({name} ist nicht erlaubt).</translation>
    </message>
    <message>
      <source>The number {number} is too large to use.</source>
      <translation>Die Zahl {number} ist zu groß.</translation>
    </message>
    <message>
      <source>“{where}” cannot be used: it holds {problem}.</source>
      <translation>„{where}“ kann nicht verwendet werden: Es enthält {problem}.</translation>
    </message>
    <message>
      <source>This file is too large to be a presets file.</source>
      <translation>Diese Datei ist zu groß für eine Preset-Datei.</translation>
    </message>
    <message>
      <source>This file is not a presets file (it is not text).</source>
      <translation>Diese Datei ist keine Preset-Datei (sie enthält keinen Text).</translation>
    </message>
    <message>
      <source>This file is not valid JSON: {problem} (line {line}).</source>
      <translation>Diese Datei ist kein gültiges JSON: {problem} (Zeile {line}).</translation>
    </message>
    <message>
      <source>This file is nested too deeply to read.</source>
      <translation>Diese Datei ist zu tief verschachtelt.</translation>
    </message>
    <message>
      <source>This file is not a FLORA Desktop presets file.</source>
      <translation>Diese Datei ist keine Preset-Datei von FLORA Desktop.</translation>
    </message>
    <message>
      <source>This presets file has no version.</source>
      <translation>Diese Preset-Datei hat keine Version.</translation>
    </message>
    <message>
      <source>This presets file comes from a newer FLORA Desktop. Update the app.</source>
      <translation>Diese Preset-Datei stammt aus einer neueren Version von FLORA Desktop. Aktualisiere die App.</translation>
    </message>
    <message>
      <source>This presets file does not say which technique it is for.</source>
      <translation>Diese Preset-Datei sagt nicht, für welche Technik sie gedacht ist.</translation>
    </message>
    <message>
      <source>This presets file has no list of presets.</source>
      <translation>Diese Preset-Datei enthält keine Liste von Presets.</translation>
    </message>
    <message>
      <source>Preset {number}</source>
      <translation>Preset {number}</translation>
    </message>
    <message>
      <source>{where} is not a preset.</source>
      <translation>{where} ist kein Preset.</translation>
    </message>
    <message>
      <source>{where}: {problem}</source>
      <translation>{where}: {problem}</translation>
    </message>
    <message>
      <source>{where} ({name})</source>
      <translation>{where} ({name})</translation>
    </message>
    <message>
      <source>Copy a JSON object of inputs, like {"prompt": "a red fox"}.</source>
      <translation>Kopiere ein JSON-Objekt mit Eingaben, etwa {"prompt": "a red fox"}.</translation>
    </message>
    <message>
      <source>The clipboard is empty. {hint}</source>
      <translation>Die Zwischenablage ist leer. {hint}</translation>
    </message>
    <message>
      <source>The clipboard does not hold valid JSON. {hint}</source>
      <translation>Die Zwischenablage enthält kein gültiges JSON. {hint}</translation>
    </message>
    <message>
      <source>The clipboard does not hold an inputs map. {hint}</source>
      <translation>Die Zwischenablage enthält keine Zuordnung von Eingaben. {hint}</translation>
    </message>
    <message>
      <source>The clipboard holds an empty inputs map. {hint}</source>
      <translation>Die Zwischenablage enthält eine leere Zuordnung von Eingaben. {hint}</translation>
    </message>
    <message>
      <source>The clipboard</source>
      <translation>Die Zwischenablage</translation>
    </message>
    <message>
      <source>Your saved presets for this technique</source>
      <translation>Deine gespeicherten Presets für diese Technik</translation>
    </message>
    <message>
      <source>The preset</source>
      <translation>Das Preset</translation>
    </message>
    <message>
      <source>This technique has no presets to export yet.</source>
      <translation>Für diese Technik gibt es noch keine Presets zum Exportieren.</translation>
    </message>
    <message>
      <source>The presets could not be exported.</source>
      <translation>Die Presets konnten nicht exportiert werden.</translation>
    </message>
    <message>
      <source>no access</source>
      <translation>kein Zugriff</translation>
    </message>
    <message>
      <source>The file could not be read ({reason}).</source>
      <translation>Die Datei konnte nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
      <source>This presets file holds no presets.</source>
      <translation>Diese Preset-Datei enthält keine Presets.</translation>
    </message>
    <message>
      <source>These inputs contain your API key. Presets never hold a key: remove it from the inputs first.</source>
      <translation>Diese Eingaben enthalten deinen API-Schlüssel. Presets speichern nie einen Schlüssel: Entferne ihn zuerst aus den Eingaben.</translation>
    </message>
    <message>
      <source>This presets file is for another technique.</source>
      <translation>Diese Preset-Datei ist für eine andere Technik.</translation>
    </message>
    <message>
      <source>The presets could not be saved.</source>
      <translation>Die Presets konnten nicht gespeichert werden.</translation>
    </message>
    <message>
      <source>{what} {why}</source>
      <translation>{what} {why}</translation>
    </message>
  </context>
  <context>
    <name>PresetsButton</name>
    <message>
      <source>Save preset</source>
      <translation>Preset speichern</translation>
    </message>
    <message>
      <source>Name of the preset:</source>
      <translation>Name des Presets:</translation>
    </message>
    <message>
      <source>Export presets</source>
      <translation>Presets exportieren</translation>
    </message>
    <message>
      <source>Import presets</source>
      <translation>Presets importieren</translation>
    </message>
    <message>
      <source>Delete preset?</source>
      <translation>Preset löschen?</translation>
    </message>
    <message>
      <source>Delete the preset “{name}”? This cannot be undone.</source>
      <translation>Das Preset „{name}“ löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
      <source>Presets</source>
      <translation>Presets</translation>
    </message>
    <message>
      <source>Save these inputs under a name, apply a saved preset, export or import presets, or paste inputs from the clipboard</source>
      <translation>Diese Eingaben unter einem Namen speichern, ein gespeichertes Preset anwenden, Presets exportieren oder importieren oder Eingaben aus der Zwischenablage einfügen</translation>
    </message>
    <message>
      <source>Saved inputs for this technique</source>
      <translation>Gespeicherte Eingaben für diese Technik</translation>
    </message>
    <message>
      <source>Fix the marked inputs first, then save the preset.</source>
      <translation>Korrigiere zuerst die markierten Eingaben, dann speichere das Preset.</translation>
    </message>
    <message>
      <source>The preset could not be saved ({reason}).</source>
      <translation>Das Preset konnte nicht gespeichert werden ({reason}).</translation>
    </message>
    <message>
      <source>Replaced the preset “{name}”.</source>
      <translation>Preset „{name}“ ersetzt.</translation>
    </message>
    <message>
      <source>Saved the preset “{name}”.</source>
      <translation>Preset „{name}“ gespeichert.</translation>
    </message>
    <message>
      <source>Wait until the run has started, then apply the preset.</source>
      <translation>Warte, bis der Durchlauf gestartet ist, dann wende das Preset an.</translation>
    </message>
    <message>
      <source>Apply preset {name}</source>
      <translation>Preset {name} anwenden</translation>
    </message>
    <message>
      <source>Applied the preset “{name}”. Undo takes it back.</source>
      <translation>Preset „{name}“ angewendet. „Rückgängig“ macht es wieder rückgängig.</translation>
    </message>
    <message>
      <source>The preset could not be deleted ({reason}).</source>
      <translation>Das Preset konnte nicht gelöscht werden ({reason}).</translation>
    </message>
    <message>
      <source>Deleted the preset “{name}”.</source>
      <translation>Preset „{name}“ gelöscht.</translation>
    </message>
    <message>
      <source>The presets could not be exported ({reason}).</source>
      <translation>Die Presets konnten nicht exportiert werden ({reason}).</translation>
    </message>
    <message numerus="yes">
      <source>Exported %n presets to {file}.</source>
      <translation>
        <numerusform>%n Preset nach {file} exportiert.</numerusform>
        <numerusform>%n Presets nach {file} exportiert.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n presets</source>
      <translation>
        <numerusform>%n Preset</numerusform>
        <numerusform>%n Presets</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Pasted %n inputs.</source>
      <translation>
        <numerusform>%n Eingabe eingefügt.</numerusform>
        <numerusform>%n Eingaben eingefügt.</numerusform>
      </translation>
    </message>
    <message>
      <source>The presets could not be imported ({reason}).</source>
      <translation>Die Presets konnten nicht importiert werden ({reason}).</translation>
    </message>
    <message>
      <source>Presets (*.florapreset *.json);;All files (*)</source>
      <translation>Presets (*.florapreset *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
      <source>Imported {what}.</source>
      <translation>{what} importiert.</translation>
    </message>
    <message>
      <source>Imported {what} for another technique ({technique}). Choose that technique to use them.</source>
      <translation>{what} für eine andere Technik ({technique}) importiert. Wähle diese Technik, um sie zu nutzen.</translation>
    </message>
    <message>
      <source>Wait until the run has started, then paste.</source>
      <translation>Warte, bis der Durchlauf gestartet ist, dann füge ein.</translation>
    </message>
    <message>
      <source>Paste inputs</source>
      <translation>Eingaben einfügen</translation>
    </message>
    <message>
      <source>Not inputs of this technique, added as custom inputs: {names}.</source>
      <translation>Keine Eingaben dieser Technik, als eigene Eingaben hinzugefügt: {names}.</translation>
    </message>
    <message>
      <source>Check the marked inputs.</source>
      <translation>Prüfe die markierten Eingaben.</translation>
    </message>
    <message>
      <source>Save inputs as preset…</source>
      <translation>Eingaben als Preset speichern …</translation>
    </message>
    <message>
      <source>Apply preset</source>
      <translation>Preset anwenden</translation>
    </message>
    <message>
      <source>Delete preset</source>
      <translation>Preset löschen</translation>
    </message>
    <message>
      <source>Export presets…</source>
      <translation>Presets exportieren …</translation>
    </message>
    <message>
      <source>Import presets…</source>
      <translation>Presets importieren …</translation>
    </message>
    <message>
      <source>Fill the inputs from a JSON map on the clipboard</source>
      <translation>Die Eingaben aus einer JSON-Zuordnung in der Zwischenablage füllen</translation>
    </message>
  </context>
  <context>
    <name>ProfileMenu</name>
    <message>
      <source>&amp;Profile</source>
      <translation>&amp;Profil</translation>
    </message>
  </context>
  <context>
    <name>Profiles</name>
    <message>
      <source>That looks like an API key; the key goes in the key field.</source>
      <translation>Das sieht nach einem API-Schlüssel aus; der gehört ins Schlüsselfeld.</translation>
    </message>
    <message>
      <source>Give the profile a name.</source>
      <translation>Gib dem Profil einen Namen.</translation>
    </message>
    <message>
      <source>A profile name has at most {limit} characters.</source>
      <translation>Ein Profilname hat höchstens {limit} Zeichen.</translation>
    </message>
    <message>
      <source>The server address must start with https://, such as https://app.flora.ai/api/v1.</source>
      <translation>Die Serveradresse muss mit https:// beginnen, etwa https://app.flora.ai/api/v1.</translation>
    </message>
    <message>
      <source>That is not a complete web address.</source>
      <translation>Das ist keine vollständige Webadresse.</translation>
    </message>
    <message>
      <source>The default profile cannot be removed.</source>
      <translation>Das Standardprofil kann nicht entfernt werden.</translation>
    </message>
  </context>
  <context>
    <name>Recovery</name>
    <message>
      <source>Checking…</source>
      <translation>Wird geprüft …</translation>
    </message>
    <message>
      <source>A run you started may have started</source>
      <translation>Ein von dir gestarteter Durchlauf wurde vielleicht gestartet</translation>
    </message>
    <message>
      <source>FLORA Desktop closed before FLORA confirmed the last run you started. Checking with FLORA whether it started…</source>
      <translation>FLORA Desktop wurde geschlossen, bevor FLORA deinen letzten Durchlauf bestätigt hat. Es wird bei FLORA nachgefragt, ob er gestartet ist …</translation>
    </message>
    <message>
      <source>Run is available again once this is known.</source>
      <translation>„Starten“ ist wieder möglich, sobald das geklärt ist.</translation>
    </message>
    <message>
      <source>Your last run did start</source>
      <translation>Dein letzter Durchlauf wurde gestartet</translation>
    </message>
    <message>
      <source>FLORA Desktop closed before FLORA confirmed it, but FLORA has it. It is shown below and in the Runs tab, and nothing was started twice.</source>
      <translation>FLORA Desktop wurde geschlossen, bevor FLORA den Durchlauf bestätigt hat, aber FLORA hat ihn. Er steht unten und unter „Durchläufe“; nichts wurde doppelt gestartet.</translation>
    </message>
    <message>
      <source>Press Run only if you want another run: it would be billed again.</source>
      <translation>Drücke nur dann auf „Starten“, wenn du einen weiteren Durchlauf willst: Er würde erneut berechnet.</translation>
    </message>
    <message>
      <source>Your last run did not start</source>
      <translation>Dein letzter Durchlauf wurde nicht gestartet</translation>
    </message>
    <message>
      <source>FLORA Desktop closed before FLORA confirmed it, and FLORA has no such run, so nothing was billed.</source>
      <translation>FLORA Desktop wurde geschlossen, bevor FLORA den Durchlauf bestätigt hat, und FLORA kennt keinen solchen Durchlauf – es wurde also nichts berechnet.</translation>
    </message>
    <message>
      <source>Press Run to start it now.</source>
      <translation>Drücke auf „Starten“, um ihn jetzt zu starten.</translation>
    </message>
    <message>
      <source>FLORA Desktop closed before FLORA confirmed the last run you started, and FLORA could not be asked about it just now.</source>
      <translation>FLORA Desktop wurde geschlossen, bevor FLORA deinen letzten Durchlauf bestätigt hat, und FLORA ließ sich gerade nicht danach fragen.</translation>
    </message>
    <message>
      <source>Look it up before pressing Run again, so you don't pay twice.</source>
      <translation>Sieh nach, bevor du erneut auf „Starten“ drückst, damit du nicht doppelt bezahlst.</translation>
    </message>
    <message>
      <source>FLORA Desktop closed before FLORA confirmed the last run you started. FLORA has a run from that moment, but another run of the same technique was sent then too (a batch, or another window), so it can't be told which is yours.</source>
      <translation>FLORA Desktop wurde geschlossen, bevor FLORA den zuletzt gestarteten Lauf bestätigt hat. FLORA hat einen Lauf aus diesem Moment, aber zur selben Zeit wurde auch ein anderer Lauf derselben Technik gesendet (ein Stapel oder ein anderes Fenster), daher lässt sich nicht sagen, welcher Ihrer ist.</translation>
    </message>
    <message>
      <source>Look in History for a run from that moment before pressing Run again, so you don't pay twice.</source>
      <translation>Suchen Sie im Verlauf nach einem Lauf aus diesem Moment, bevor Sie erneut auf Ausführen drücken, damit Sie nicht doppelt bezahlen.</translation>
    </message>
    <message>
      <source>The run was not started</source>
      <translation>Der Durchlauf wurde nicht gestartet</translation>
    </message>
    <message>
      <source>FLORA Desktop could not write the run to its history on this computer before sending it. Without that note a crash could bill you twice, so nothing was sent.</source>
      <translation>FLORA Desktop konnte den Durchlauf vor dem Senden nicht im Verlauf auf diesem Computer vermerken. Ohne diesen Vermerk könnte ein Absturz dich doppelt kosten, daher wurde nichts gesendet.</translation>
    </message>
    <message>
      <source>Free some disk space or check the FLORA Desktop data folder, then press Run.</source>
      <translation>Schaffe etwas Platz auf der Festplatte oder prüfe den Datenordner von FLORA Desktop, dann drücke auf „Starten“.</translation>
    </message>
  </context>
  <context>
    <name>Rerun</name>
    <message>
      <source>This run was started outside this app, so FLORA did not give back its inputs. Open the technique and fill them in yourself.</source>
      <translation>Dieser Durchlauf wurde außerhalb dieser App gestartet, daher hat FLORA seine Eingaben nicht zurückgegeben. Öffne die Technik und fülle sie selbst aus.</translation>
    </message>
    <message>
      <source>Run again with these inputs</source>
      <translation>Mit diesen Eingaben erneut starten</translation>
    </message>
    <message>
      <source>Run again</source>
      <translation>Erneut starten</translation>
    </message>
    <message>
      <source>{what} — new run, billed again</source>
      <translation>{what} — neuer Durchlauf, wird erneut berechnet</translation>
    </message>
    <message>
      <source>{what} — new run, costs {cost}</source>
      <translation>{what} — neuer Durchlauf, kostet {cost}</translation>
    </message>
    <message>
      <source>Starts a new run with the same technique and inputs. It is a separate run and is billed again; the earlier run is kept as it is.</source>
      <translation>Startet einen neuen Durchlauf mit derselben Technik und denselben Eingaben. Das ist ein eigener Durchlauf und wird erneut berechnet; der frühere bleibt, wie er ist.</translation>
    </message>
    <message>
      <source>Starts a new run with the same technique and inputs. It is a separate run and costs {cost}; the earlier run is kept as it is.</source>
      <translation>Startet einen neuen Durchlauf mit derselben Technik und denselben Eingaben. Das ist ein eigener Durchlauf und kostet {cost}; der frühere bleibt, wie er ist.</translation>
    </message>
  </context>
  <context>
    <name>ResultPanel</name>
    <message>
      <source>Technique run</source>
      <translation>Technik-Durchlauf</translation>
    </message>
    <message>
      <source>Generation</source>
      <translation>Generierung</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Aktion</translation>
    </message>
    <message>
      <source>Run result</source>
      <translation>Ergebnis des Durchlaufs</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>Kopieren</translation>
    </message>
    <message>
      <source>Copy run id</source>
      <translation>Durchlauf-ID kopieren</translation>
    </message>
    <message>
      <source>Run id</source>
      <translation>Durchlauf-ID</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Typ</translation>
    </message>
    <message>
      <source>Technique</source>
      <translation>Technik</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Charged</source>
      <translation>Berechnet</translation>
    </message>
    <message>
      <source>Estimated time</source>
      <translation>Geschätzte Dauer</translation>
    </message>
    <message>
      <source>Project</source>
      <translation>Projekt</translation>
    </message>
    <message>
      <source>Show run details</source>
      <translation>Laufdetails anzeigen</translation>
    </message>
    <message>
      <source>Hide run details</source>
      <translation>Laufdetails ausblenden</translation>
    </message>
    <message>
      <source>Look it up</source>
      <translation>Nachsehen</translation>
    </message>
    <message>
      <source>Run started</source>
      <translation>Durchlauf gestartet</translation>
    </message>
    <message>
      <source>FLORA accepted the run and is working on it.</source>
      <translation>FLORA hat den Durchlauf angenommen und arbeitet daran.</translation>
    </message>
    <message>
      <source>{cost} so far</source>
      <translation>bisher {cost}</translation>
    </message>
    <message>
      <source>Latest run of this technique</source>
      <translation>Letzter Durchlauf dieser Technik</translation>
    </message>
    <message>
      <source>Look again</source>
      <translation>Erneut nachsehen</translation>
    </message>
    <message>
      <source>FLORA had already received this request, so no second run was started. Here it is.</source>
      <translation>FLORA hatte diese Anfrage schon erhalten, daher wurde kein zweiter Durchlauf gestartet. Hier ist er.</translation>
    </message>
    <message>
      <source>This is the newest run of this technique in this workspace.</source>
      <translation>Das ist der neueste Durchlauf dieser Technik in diesem Workspace.</translation>
    </message>
    <message>
      <source>nothing yet</source>
      <translation>noch nichts</translation>
    </message>
    <message>
      <source>{status} ({percent}%)</source>
      <translation>{status} ({percent} %)</translation>
    </message>
    <message>
      <source>The run may still have started</source>
      <translation>Der Durchlauf wurde vielleicht trotzdem gestartet</translation>
    </message>
    <message>
      <source>You stopped waiting, but FLORA may already have received the request. Look it up before pressing Run again, so you don't pay twice.</source>
      <translation>Du hast das Warten abgebrochen, aber FLORA hat die Anfrage womöglich schon erhalten. Sieh nach, bevor du erneut auf „Starten“ drückst, damit du nicht doppelt bezahlst.</translation>
    </message>
    <message>
      <source>not given</source>
      <translation>nicht angegeben</translation>
    </message>
    <message>
      <source>Status address: {url}</source>
      <translation>Statusadresse: {url}</translation>
    </message>
    <message>
      <source>Run id {run_id}.</source>
      <translation>Durchlauf-ID {run_id}.</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Fertig</translation>
    </message>
    <message>
      <source>Your outputs are below.</source>
      <translation>Deine Ergebnisse stehen unten.</translation>
    </message>
    <message>
      <source>The run failed</source>
      <translation>Der Durchlauf ist fehlgeschlagen</translation>
    </message>
    <message>
      <source>Here is why, and what to do.</source>
      <translation>Hier steht, warum – und was jetzt zu tun ist.</translation>
    </message>
    <message>
      <source>Running</source>
      <translation>Läuft</translation>
    </message>
    <message>
      <source>FLORA is working on it; outputs appear here.</source>
      <translation>FLORA arbeitet daran; die Ergebnisse erscheinen hier.</translation>
    </message>
  </context>
  <context>
    <name>RowMedia</name>
    <message>
      <source>{count} pictures</source>
      <translation>{count} Bilder</translation>
    </message>
    <message>
      <source>1 picture</source>
      <translation>1 Bild</translation>
    </message>
    <message>
      <source>Item {number}: {problem}</source>
      <translation>Element {number}: {problem}</translation>
    </message>
    <message>
      <source>{count} videos</source>
      <translation>{count} Videos</translation>
    </message>
    <message>
      <source>1 video</source>
      <translation>1 Video</translation>
    </message>
    <message>
      <source>No preview: the file could not be read.</source>
      <translation>Keine Vorschau: Die Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
      <source>No preview: the picture is too large to fetch.</source>
      <translation>Keine Vorschau: Das Bild ist zu groß zum Laden.</translation>
    </message>
    <message>
      <source>No preview: this does not look like a picture.</source>
      <translation>Keine Vorschau: Das sieht nicht nach einem Bild aus.</translation>
    </message>
    <message>
      <source>length unknown</source>
      <translation>Länge unbekannt</translation>
    </message>
    <message>
      <source>No first frame: the start of this video could not be read.</source>
      <translation>Kein erstes Bild: Der Anfang dieses Videos ließ sich nicht lesen.</translation>
    </message>
    <message>
      <source>The cropped copy could not be saved.</source>
      <translation>Die zugeschnittene Kopie konnte nicht gespeichert werden.</translation>
    </message>
  </context>
  <context>
    <name>RowUploads</name>
    <message>
      <source>Choose a file for {input}</source>
      <translation>Datei für {input} wählen</translation>
    </message>
    <message>
      <source>Wait until the run has started, then choose the file again.</source>
      <translation>Warte, bis der Durchlauf gestartet ist, dann wähle die Datei erneut.</translation>
    </message>
    <message>
      <source>Choose a workspace first: files are uploaded to it.</source>
      <translation>Wähle zuerst einen Workspace: Dateien werden dorthin hochgeladen.</translation>
    </message>
    <message>
      <source>This input takes one file: drop one at a time.</source>
      <translation>Diese Eingabe nimmt nur eine Datei: Zieh sie einzeln hierher.</translation>
    </message>
    <message>
      <source>Upload of “{name}” cancelled.</source>
      <translation>Upload von „{name}“ abgebrochen.</translation>
    </message>
    <message>
      <source>Upload {name} to {input}</source>
      <translation>{name} zu {input} hochladen</translation>
    </message>
    <message>
      <source>Uploaded “{name}”.</source>
      <translation>„{name}“ hochgeladen.</translation>
    </message>
    <message>
      <source>This technique takes no files.</source>
      <translation>Diese Technik nimmt keine Dateien.</translation>
    </message>
    <message>
      <source>None of the inputs takes “{name}”.</source>
      <translation>Keine der Eingaben nimmt „{name}“.</translation>
    </message>
  </context>
  <context>
    <name>RunActions</name>
    <message>
      <source>Open in editor</source>
      <translation>Im Editor öffnen</translation>
    </message>
    <message>
      <source>Put this run's technique and inputs into the editor</source>
      <translation>Technik und Eingaben dieses Durchlaufs in den Editor übernehmen</translation>
    </message>
    <message>
      <source>Running it again unchanged would most likely fail the same way.</source>
      <translation>Ein unveränderter neuer Versuch würde sehr wahrscheinlich genauso scheitern.</translation>
    </message>
  </context>
  <context>
    <name>RunBar</name>
    <message>
      <source>Choose a technique to see what a run costs.</source>
      <translation>Wähle eine Technik, um zu sehen, was ein Durchlauf kostet.</translation>
    </message>
    <message>
      <source>Run</source>
      <translation>Starten</translation>
    </message>
    <message>
      <source>Starting…</source>
      <translation>Startet …</translation>
    </message>
    <message>
      <source>Waiting…</source>
      <translation>Wartet …</translation>
    </message>
    <message>
      <source>Start a run (Ctrl+Enter)</source>
      <translation>Durchlauf starten (Strg+Eingabe)</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <source>Practice credits used today {today} · this month {month} in {workspace}</source>
      <translation>Übungs-Credits heute {today} · diesen Monat {month} in {workspace}</translation>
    </message>
    <message>
      <source>Spent today {today} · this month {month} in {workspace}</source>
      <translation>Heute ausgegeben {today} · diesen Monat {month} in {workspace}</translation>
    </message>
    <message>
      <source>Runs cost {cost} each</source>
      <translation>Ein Durchlauf kostet {cost}</translation>
    </message>
  </context>
  <context>
    <name>RunProgress</name>
    <message>
      <source>Run progress</source>
      <translation>Fortschritt des Durchlaufs</translation>
    </message>
    <message>
      <source>{status} at %p%</source>
      <translation>{status} bei %p%</translation>
    </message>
    <message>
      <source>{status} · %p%</source>
      <translation>{status} · %p%</translation>
    </message>
    <message>
      <source>{status} — {progress}</source>
      <translation>{status} — {progress}</translation>
    </message>
  </context>
  <context>
    <name>RunsModel</name>
    <message>
      <source>Waiting to start</source>
      <translation>Wartet auf Start</translation>
    </message>
    <message>
      <source>Running</source>
      <translation>Läuft</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Fertig</translation>
    </message>
    <message>
      <source>Failed</source>
      <translation>Fehlgeschlagen</translation>
    </message>
    <message>
      <source>Checking…</source>
      <translation>Wird geprüft …</translation>
    </message>
    <message>
      <source>{seconds} s</source>
      <translation>{seconds} s</translation>
    </message>
    <message>
      <source>{hours} h {minutes} min</source>
      <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
      <source>{minutes} min {seconds} s</source>
      <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
      <source>{minutes} min</source>
      <translation>{minutes} min</translation>
    </message>
    <message>
      <source>d MMM yyyy HH:mm</source>
      <translation>d. MMM yyyy HH:mm</translation>
    </message>
    <message>
      <source>Stopped checking this run.</source>
      <translation>Prüfung dieses Durchlaufs beendet.</translation>
    </message>
    <message>
      <source>took {duration}</source>
      <translation>Dauer {duration}</translation>
    </message>
    <message>
      <source>{elapsed} so far, about {remaining} left</source>
      <translation>bisher {elapsed}, noch etwa {remaining}</translation>
    </message>
    <message>
      <source>{elapsed} so far, longer than the usual {estimate}</source>
      <translation>bisher {elapsed}, länger als die üblichen {estimate}</translation>
    </message>
    <message>
      <source>{elapsed} so far</source>
      <translation>bisher {elapsed}</translation>
    </message>
    <message>
      <source>Technique</source>
      <translation>Technik</translation>
    </message>
    <message>
      <source>Workspace</source>
      <translation>Workspace</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Fortschritt</translation>
    </message>
    <message>
      <source>Started</source>
      <translation>Gestartet</translation>
    </message>
    <message>
      <source>Run {run_id}</source>
      <translation>Durchlauf {run_id}</translation>
    </message>
  </context>
  <context>
    <name>RunsPanel</name>
    <message>
      <source>No runs yet. Runs you start appear here and keep going while you launch more.</source>
      <translation>Noch keine Durchläufe. Gestartete Durchläufe erscheinen hier und laufen weiter, während du neue startest.</translation>
    </message>
    <message>
      <source>{name} in {workspace} — {status}</source>
      <translation>{name} in {workspace} — {status}</translation>
    </message>
    <message>
      <source>{name} — {status}</source>
      <translation>{name} — {status}</translation>
    </message>
    <message>
      <source>Runs</source>
      <translation>Durchläufe</translation>
    </message>
    <message>
      <source>Column headers</source>
      <translation>Spaltenköpfe</translation>
    </message>
    <message>
      <source>Drag to resize the list and the detail</source>
      <translation>Ziehen, um Liste und Details anders aufzuteilen</translation>
    </message>
    <message>
      <source>Run id {run_id}</source>
      <translation>Durchlauf-ID {run_id}</translation>
    </message>
  </context>
  <context>
    <name>Session</name>
    <message>
      <source>The practice sandbox could not start on this computer (it needs to open a local network port on 127.0.0.1). Try again, or sign in with your API key.</source>
      <translation>Die Übungs-Sandbox konnte auf diesem Computer nicht starten (sie muss einen lokalen Netzwerkport auf 127.0.0.1 öffnen). Versuche es erneut oder melde dich mit deinem API-Schlüssel an.</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <source>Paste the API key first.</source>
      <translation>Füge zuerst den API-Schlüssel ein.</translation>
    </message>
    <message>
      <source>The API key must be one line. Paste only the key.</source>
      <translation>Der API-Schlüssel muss eine einzige Zeile sein. Füge nur den Schlüssel ein.</translation>
    </message>
    <message>
      <source>An API key has no spaces in it. Paste only the key.</source>
      <translation>Ein API-Schlüssel enthält keine Leerzeichen. Füge nur den Schlüssel ein.</translation>
    </message>
    <message>
      <source>This key has a character no API key has (perhaps a look-alike letter from another alphabet). Copy the key again from FLORA.</source>
      <translation>Dieser Schlüssel enthält ein Zeichen, das in keinem API-Schlüssel vorkommt (vielleicht ein ähnlich aussehender Buchstabe aus einem anderen Alphabet). Kopiere den Schlüssel erneut aus FLORA.</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Einstellungen</translation>
    </message>
    <message>
      <source>Accounts</source>
      <translation>Konten</translation>
    </message>
    <message>
      <source>Profiles</source>
      <translation>Profile</translation>
    </message>
    <message>
      <source>Each profile is a FLORA account: a name, a server and its own key.</source>
      <translation>Jedes Profil ist ein FLORA-Konto: ein Name, ein Server und ein eigener Schlüssel.</translation>
    </message>
    <message>
      <source>&amp;Add profile</source>
      <translation>Profil &amp;hinzufügen</translation>
    </message>
    <message>
      <source>&amp;Remove</source>
      <translation>&amp;Entfernen</translation>
    </message>
    <message>
      <source>Remove profile</source>
      <translation>Profil entfernen</translation>
    </message>
    <message>
      <source>&amp;Use this profile</source>
      <translation>Dieses Profil &amp;verwenden</translation>
    </message>
    <message>
      <source>Profile name</source>
      <translation>Profilname</translation>
    </message>
    <message>
      <source>Server address</source>
      <translation>Serveradresse</translation>
    </message>
    <message>
      <source>New API key</source>
      <translation>Neuer API-Schlüssel</translation>
    </message>
    <message>
      <source>Leave empty to keep the key saved in the system keyring.</source>
      <translation>Leer lassen, um den im System-Schlüsselbund gespeicherten Schlüssel zu behalten.</translation>
    </message>
    <message>
      <source>Leave empty to keep the saved key</source>
      <translation>Leer lassen, um den gespeicherten Schlüssel zu behalten</translation>
    </message>
    <message>
      <source>&amp;Name</source>
      <translation>&amp;Name</translation>
    </message>
    <message>
      <source>Ser&amp;ver</source>
      <translation>Se&amp;rver</translation>
    </message>
    <message>
      <source>API &amp;key</source>
      <translation>API-&amp;Schlüssel</translation>
    </message>
    <message>
      <source>Runs</source>
      <translation>Durchläufe</translation>
    </message>
    <message>
      <source>Output folder</source>
      <translation>Ergebnisordner</translation>
    </message>
    <message>
      <source>Where finished outputs are saved.</source>
      <translation>Hier werden fertige Ergebnisse gespeichert.</translation>
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation>Dur&amp;chsuchen …</translation>
    </message>
    <message>
      <source>Choose the output folder</source>
      <translation>Ergebnisordner wählen</translation>
    </message>
    <message>
      <source>Check a running run every (seconds)</source>
      <translation>Laufenden Durchlauf prüfen alle (Sekunden)</translation>
    </message>
    <message>
      <source> s</source>
      <translation> s</translation>
    </message>
    <message>
      <source>Notif&amp;y me when a run finishes</source>
      <translation>&amp;Benachrichtigen, wenn ein Durchlauf fertig ist</translation>
    </message>
    <message>
      <source>Preview cache size (megabytes)</source>
      <translation>Größe des Vorschau-Caches (Megabyte)</translation>
    </message>
    <message>
      <source>Previews and opened outputs are kept on this computer up to this size; the least recently used go first.</source>
      <translation>Vorschauen und geöffnete Ergebnisse werden bis zu dieser Größe auf diesem Computer aufbewahrt; die am längsten nicht genutzten werden zuerst entfernt.</translation>
    </message>
    <message>
      <source> MB</source>
      <translation> MB</translation>
    </message>
    <message>
      <source>&amp;Output folder</source>
      <translation>Ergebnis&amp;ordner</translation>
    </message>
    <message>
      <source>&amp;Check runs every</source>
      <translation>Durchläufe &amp;prüfen alle</translation>
    </message>
    <message>
      <source>Previe&amp;w cache</source>
      <translation>&amp;Zwischenspeicher für Vorschauen</translation>
    </message>
    <message>
      <source>Appearance</source>
      <translation>Darstellung</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>Design</translation>
    </message>
    <message>
      <source>Same as the system</source>
      <translation>Wie das System</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>Hell</translation>
    </message>
    <message>
      <source>Dark</source>
      <translation>Dunkel</translation>
    </message>
    <message>
      <source>&amp;Theme</source>
      <translation>&amp;Design</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>Spr&amp;ache</translation>
    </message>
    <message>
      <source>Not connected right now.</source>
      <translation>Gerade nicht verbunden.</translation>
    </message>
    <message>
      <source>Connected now: the practice sandbox on this computer. Nothing is charged; the profiles below are used when you sign in with a key.</source>
      <translation>Jetzt verbunden: mit der Übungs-Sandbox auf diesem Computer. Es wird nichts berechnet; die Profile unten gelten, wenn du dich mit einem Schlüssel anmeldest.</translation>
    </message>
    <message>
      <source>Connected now: the key from the FLORA_API_KEY environment variable, to {host}. The profiles below are used when the app starts without it.</source>
      <translation>Jetzt verbunden: mit dem Schlüssel aus der Umgebungsvariable FLORA_API_KEY, mit {host}. Die Profile unten gelten, wenn die App ohne sie startet.</translation>
    </message>
    <message>
      <source>Connected now: profile “{name}”, to {host}.</source>
      <translation>Jetzt verbunden: Profil „{name}“, mit {host}.</translation>
    </message>
    <message>
      <source>(no name)</source>
      <translation>(ohne Namen)</translation>
    </message>
    <message>
      <source>%1 (in use)</source>
      <translation>%1 (in Verwendung)</translation>
    </message>
    <message>
      <source>%1 (chosen)</source>
      <translation>%1 (gewählt)</translation>
    </message>
    <message>
      <source>The default profile stays; you can rename it.</source>
      <translation>Das Standardprofil bleibt; du kannst es umbenennen.</translation>
    </message>
    <message>
      <source>FLORA Desktop is connected with this profile.</source>
      <translation>FLORA Desktop ist mit diesem Profil verbunden.</translation>
    </message>
    <message>
      <source>This profile is chosen, but not in use now (see above).</source>
      <translation>Dieses Profil ist gewählt, aber gerade nicht in Verwendung (siehe oben).</translation>
    </message>
    <message>
      <source>Press Use this profile, then OK, to connect with it.</source>
      <translation>Drücke auf „Dieses Profil verwenden“ und dann auf „OK“, um damit zu verbinden.</translation>
    </message>
    <message>
      <source>New profile</source>
      <translation>Neues Profil</translation>
    </message>
    <message>
      <source>Choose a folder for outputs, such as %1.</source>
      <translation>Wähle einen Ordner für die Ergebnisse, etwa %1.</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsSheet</name>
    <message>
      <source>or</source>
      <translation>oder</translation>
    </message>
    <message>
      <source>Window</source>
      <translation>Fenster</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Tastenkürzel</translation>
    </message>
    <message>
      <source>Everything in FLORA Desktop works from the keyboard. Tab moves between controls; menus open with Alt and the underlined letter.</source>
      <translation>In FLORA Desktop geht alles auch mit der Tastatur. Tab springt zwischen den Bedienelementen; Menüs öffnen sich mit Alt und dem unterstrichenen Buchstaben.</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Aktion</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>Tasten</translation>
    </message>
    <message>
      <source>Column headers</source>
      <translation>Spaltenköpfe</translation>
    </message>
  </context>
  <context>
    <name>SignInPanel</name>
    <message>
      <source>Sign in to FLORA</source>
      <translation>Bei FLORA anmelden</translation>
    </message>
    <message>
      <source>FLORA Desktop starts your techniques with a FLORA API key. In FLORA, open Settings → API keys and create a key; paste it here.</source>
      <translation>FLORA Desktop startet deine Techniken mit einem FLORA-API-Schlüssel. Öffne in FLORA Einstellungen → API-Schlüssel, erstelle einen Schlüssel und füge ihn hier ein.</translation>
    </message>
    <message>
      <source>FLORA did not accept this key. Check that you copied all of it, or create a new key in FLORA under Settings → API keys.</source>
      <translation>FLORA hat diesen Schlüssel nicht akzeptiert. Prüfe, ob du ihn vollständig kopiert hast, oder erstelle in FLORA unter Einstellungen → API-Schlüssel einen neuen.</translation>
    </message>
    <message>
      <source>Your API key was not accepted by FLORA any more (it may have been revoked). Paste a new key and press Test and save; what you typed in the launcher is kept.</source>
      <translation>FLORA akzeptiert deinen API-Schlüssel nicht mehr (vielleicht wurde er widerrufen). Füge einen neuen Schlüssel ein und drücke auf „Testen und speichern“; was du im Launcher eingegeben hast, bleibt erhalten.</translation>
    </message>
    <message>
      <source>This computer has no system keyring where FLORA Desktop could keep your key safely, so it cannot remember it. You can still use the key until you quit.</source>
      <translation>Dieser Computer hat keinen System-Schlüsselbund, in dem FLORA Desktop deinen Schlüssel sicher aufbewahren könnte, daher kann er ihn sich nicht merken. Du kannst den Schlüssel trotzdem nutzen, bis du die App beendest.</translation>
    </message>
    <message>
      <source>Paste your API key first.</source>
      <translation>Füge zuerst deinen API-Schlüssel ein.</translation>
    </message>
    <message>
      <source>That looks like more than one line. Paste only the key, on one line.</source>
      <translation>Das sind anscheinend mehrere Zeilen. Füge nur den Schlüssel ein, in einer Zeile.</translation>
    </message>
    <message>
      <source>An API key has no spaces in it. Paste only the key.</source>
      <translation>Ein API-Schlüssel enthält keine Leerzeichen. Füge nur den Schlüssel ein.</translation>
    </message>
    <message>
      <source>This key has a character no API key has (perhaps a look-alike letter from another alphabet). Copy the key again from FLORA, in Settings → API keys.</source>
      <translation>Dieser Schlüssel enthält ein Zeichen, das in keinem API-Schlüssel vorkommt (vielleicht ein ähnlich aussehender Buchstabe aus einem anderen Alphabet). Kopiere den Schlüssel erneut aus FLORA unter Einstellungen → API-Schlüssel.</translation>
    </message>
    <message>
      <source>FLORA Desktop cannot use this key or server address as written; nothing was sent. Check both and try again.</source>
      <translation>FLORA Desktop kann diesen Schlüssel oder diese Serveradresse so nicht verwenden; es wurde nichts gesendet. Prüfe beides und versuche es erneut.</translation>
    </message>
    <message>
      <source>FLORA accepted the key but does not let it list workspaces. Try another key.</source>
      <translation>FLORA hat den Schlüssel akzeptiert, erlaubt ihm aber nicht, Workspaces aufzulisten. Versuche einen anderen Schlüssel.</translation>
    </message>
    <message>
      <source>Could not reach FLORA at {host}. Check your internet connection (and the server address under Advanced), then try again.</source>
      <translation>FLORA unter {host} ist nicht erreichbar. Prüfe deine Internetverbindung (und die Serveradresse unter „Erweitert“) und versuche es dann erneut.</translation>
    </message>
    <message>
      <source>FLORA is not answering properly right now (error {status}). Try again in a minute.</source>
      <translation>FLORA antwortet gerade nicht richtig (Fehler {status}). Versuche es in einer Minute erneut.</translation>
    </message>
    <message>
      <source>FLORA refused the check (error {status}). Try again, or try another key.</source>
      <translation>FLORA hat die Prüfung abgelehnt (Fehler {status}). Versuche es erneut oder nimm einen anderen Schlüssel.</translation>
    </message>
    <message>
      <source>FLORA at {host} gave an answer FLORA Desktop does not understand. Check the server address under Advanced.</source>
      <translation>FLORA unter {host} hat eine Antwort gegeben, die FLORA Desktop nicht versteht. Prüfe die Serveradresse unter „Erweitert“.</translation>
    </message>
    <message>
      <source>Sign in</source>
      <translation>Anmelden</translation>
    </message>
    <message>
      <source>API key</source>
      <translation>API-Schlüssel</translation>
    </message>
    <message>
      <source>sk_live_…</source>
      <translation>sk_live_…</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>Zeigen</translation>
    </message>
    <message>
      <source>Show the key</source>
      <translation>Schlüssel zeigen</translation>
    </message>
    <message>
      <source>&amp;API key</source>
      <translation>&amp;API-Schlüssel</translation>
    </message>
    <message>
      <source>Advanced</source>
      <translation>Erweitert</translation>
    </message>
    <message>
      <source>FLORA server address</source>
      <translation>FLORA-Serveradresse</translation>
    </message>
    <message>
      <source>Server address</source>
      <translation>Serveradresse</translation>
    </message>
    <message>
      <source>Test and save</source>
      <translation>Testen und speichern</translation>
    </message>
    <message>
      <source>Try the sandbox</source>
      <translation>Sandbox ausprobieren</translation>
    </message>
    <message>
      <source>Start a practice FLORA on this computer: nothing is charged and no key is needed.</source>
      <translation>Eine Übungs-FLORA auf diesem Computer starten: Es wird nichts berechnet und du brauchst keinen Schlüssel.</translation>
    </message>
    <message>
      <source>Use for this session only</source>
      <translation>Nur für diese Sitzung verwenden</translation>
    </message>
    <message>
      <source>Hide</source>
      <translation>Verbergen</translation>
    </message>
    <message>
      <source>Hide the key</source>
      <translation>Schlüssel verbergen</translation>
    </message>
    <message>
      <source>Server: {address}</source>
      <translation>Server: {address}</translation>
    </message>
    <message>
      <source>(not set)</source>
      <translation>(nicht festgelegt)</translation>
    </message>
    <message>
      <source>Starting the sandbox…</source>
      <translation>Sandbox wird gestartet …</translation>
    </message>
    <message>
      <source>Checking your key with FLORA…</source>
      <translation>Dein Schlüssel wird bei FLORA geprüft …</translation>
    </message>
    <message>
      <source>The server address must be a web address starting with https://, such as https://app.flora.ai/api/v1.</source>
      <translation>Die Serveradresse muss eine Webadresse sein, die mit https:// beginnt, etwa https://app.flora.ai/api/v1.</translation>
    </message>
  </context>
  <context>
    <name>Storage</name>
    <message>
      <source>The unsent inputs you left in a technique</source>
      <translation>Die nicht gesendeten Eingaben, die du in einer Technik gelassen hast</translation>
    </message>
    <message>
      <source>Your latest changes could not be saved as a draft; they stay here while the app is open.</source>
      <translation>Deine letzten Änderungen konnten nicht als Entwurf gespeichert werden; sie bleiben hier, solange die App offen ist.</translation>
    </message>
    <message>
      <source>Your run history</source>
      <translation>Dein Verlauf</translation>
    </message>
    <message>
      <source>The run history could not be updated.</source>
      <translation>Der Verlauf konnte nicht aktualisiert werden.</translation>
    </message>
    <message>
      <source>Your run history cannot be saved right now. {why} Runs you start are shown as usual but forgotten when you quit.</source>
      <translation>Dein Verlauf kann gerade nicht gespeichert werden. {why} Gestartete Durchläufe werden wie gewohnt gezeigt, aber beim Beenden vergessen.</translation>
    </message>
    <message>
      <source>The history file cannot be opened.</source>
      <translation>Die Verlaufsdatei kann nicht geöffnet werden.</translation>
    </message>
    <message>
      <source>The app's log cannot be written. {why} FLORA Desktop works as usual without it.</source>
      <translation>Das Protokoll der App kann nicht geschrieben werden. {why} FLORA Desktop funktioniert auch ohne.</translation>
    </message>
    <message>
      <source>The folder {folder} belongs to another user account.</source>
      <translation>Der Ordner {folder} gehört einem anderen Benutzerkonto.</translation>
    </message>
    <message>
      <source>Your settings</source>
      <translation>Deine Einstellungen</translation>
    </message>
    <message>
      <source>The settings file could not be read, so it is left as it is.</source>
      <translation>Die Einstellungsdatei konnte nicht gelesen werden und bleibt daher, wie sie ist.</translation>
    </message>
    <message>
      <source>{why} Your settings work as usual but are kept only until you quit.</source>
      <translation>{why} Deine Einstellungen funktionieren wie gewohnt, gelten aber nur bis zum Beenden.</translation>
    </message>
    <message>
      <source>Your settings could not be saved.</source>
      <translation>Deine Einstellungen konnten nicht gespeichert werden.</translation>
    </message>
    <message>
      <source>This name has a broken character, so it cannot be stored.</source>
      <translation>Dieser Name enthält ein kaputtes Zeichen und kann daher nicht gespeichert werden.</translation>
    </message>
    <message>
      <source>The disk is full. Free some space, then try again.</source>
      <translation>Die Festplatte ist voll. Schaffe etwas Platz und versuche es dann erneut.</translation>
    </message>
    <message>
      <source>The disk holding {folder} is read-only. Choose another place or make it writable, then try again.</source>
      <translation>Der Datenträger mit {folder} ist schreibgeschützt. Wähle einen anderen Ort oder mach ihn beschreibbar, dann versuche es erneut.</translation>
    </message>
    <message>
      <source>FLORA Desktop is not allowed to write in {folder}. Check who owns the folder and its permissions, then try again.</source>
      <translation>FLORA Desktop darf nicht in {folder} schreiben. Prüfe, wem der Ordner gehört und welche Rechte er hat, und versuche es dann erneut.</translation>
    </message>
    <message>
      <source>The disk refused the file ({reason}). Try again.</source>
      <translation>Der Datenträger hat die Datei abgelehnt ({reason}). Versuche es erneut.</translation>
    </message>
    <message>
      <source>{what} {why}</source>
      <translation>{what} {why}</translation>
    </message>
    <message>
      <source>a number too large to store (or not a number at all)</source>
      <translation>eine Zahl, die zu groß zum Speichern ist (oder gar keine Zahl)</translation>
    </message>
    <message>
      <source>text with a broken character (half of an emoji)</source>
      <translation>Text mit einem kaputten Zeichen (die Hälfte eines Emojis)</translation>
    </message>
    <message>
      <source>a name with a broken character (half of an emoji)</source>
      <translation>einen Namen mit einem kaputten Zeichen (die Hälfte eines Emojis)</translation>
    </message>
    <message>
      <source>A value cannot be stored.</source>
      <translation>Ein Wert kann nicht gespeichert werden.</translation>
    </message>
    <message>
      <source>“{where}” cannot be stored: it holds {problem}.</source>
      <translation>„{where}“ kann nicht gespeichert werden: Es enthält {problem}.</translation>
    </message>
    <message>
      <source>{what} could not be read (the file is damaged or from another version). It was kept as “{file}” in {folder}; FLORA Desktop goes on without it.</source>
      <translation>{what} konnte nicht gelesen werden (die Datei ist beschädigt oder stammt aus einer anderen Version). Sie wurde als „{file}“ in {folder} aufbewahrt; FLORA Desktop macht ohne sie weiter.</translation>
    </message>
    <message>
      <source>{what} could not be read, and the file “{file}” could not be moved aside. It is left as it is and will not be written over; changes last until you quit.</source>
      <translation>{what} konnte nicht gelesen werden, und die Datei „{file}“ ließ sich nicht beiseitelegen. Sie bleibt, wie sie ist, und wird nicht überschrieben; Änderungen gelten nur bis zum Beenden.</translation>
    </message>
  </context>
  <context>
    <name>StoreNoticeView</name>
    <message>
      <source>Some of your files could not be used</source>
      <translation>Einige deiner Dateien konnten nicht verwendet werden</translation>
    </message>
  </context>
  <context>
    <name>TechniquePicker</name>
    <message>
      <source>&amp;Technique</source>
      <translation>&amp;Technik</translation>
    </message>
    <message>
      <source>Search techniques</source>
      <translation>Techniken suchen</translation>
    </message>
    <message>
      <source>Techniques</source>
      <translation>Techniken</translation>
    </message>
    <message>
      <source>Clear the search</source>
      <translation>Suche leeren</translation>
    </message>
  </context>
  <context>
    <name>TechniquesModel</name>
    <message>
      <source>image</source>
      <translation>Bild</translation>
    </message>
    <message>
      <source>video</source>
      <translation>Video</translation>
    </message>
    <message>
      <source>audio</source>
      <translation>Audio</translation>
    </message>
    <message>
      <source>text</source>
      <translation>Text</translation>
    </message>
    <message>
      <source>document</source>
      <translation>Dokument</translation>
    </message>
    <message>
      <source>{cost} per run</source>
      <translation>{cost} pro Durchlauf</translation>
    </message>
    <message>
      <source>none</source>
      <translation>keine</translation>
    </message>
    <message>
      <source>{name}. {description} {cost}. Takes {inputs}; makes {outputs}.</source>
      <translation>{name}. {description} {cost}. Nimmt {inputs}; erzeugt {outputs}.</translation>
    </message>
  </context>
  <context>
    <name>TextOutput</name>
    <message>
      <source>Text output</source>
      <translation>Textergebnis</translation>
    </message>
    <message>
      <source>Copy text</source>
      <translation>Text kopieren</translation>
    </message>
  </context>
  <context>
    <name>TextValueEditor</name>
    <message>
      <source>JSON, e.g. "text", 42, ["a", "b"] or {"key": "value"}</source>
      <translation>JSON, z. B. "text", 42, ["a", "b"] oder {"key": "value"}</translation>
    </message>
  </context>
  <context>
    <name>Thumbnail</name>
    <message>
      <source>Open the image full size</source>
      <translation>Bild in voller Größe öffnen</translation>
    </message>
    <message>
      <source>Open full size</source>
      <translation>In voller Größe öffnen</translation>
    </message>
    <message>
      <source>Loading preview…</source>
      <translation>Vorschau wird geladen …</translation>
    </message>
  </context>
  <context>
    <name>Toast</name>
    <message>
      <source>Dismiss</source>
      <translation>Ausblenden</translation>
    </message>
  </context>
  <context>
    <name>Uploads</name>
    <message>
      <source>an image</source>
      <translation>ein Bild</translation>
    </message>
    <message>
      <source>JPEG, PNG, WebP, GIF, AVIF or HEIC</source>
      <translation>JPEG, PNG, WebP, GIF, AVIF oder HEIC</translation>
    </message>
    <message>
      <source>a video</source>
      <translation>ein Video</translation>
    </message>
    <message>
      <source>MP4, WebM or MOV</source>
      <translation>MP4, WebM oder MOV</translation>
    </message>
    <message>
      <source>a sound file</source>
      <translation>eine Audiodatei</translation>
    </message>
    <message>
      <source>MP3, WAV or Ogg</source>
      <translation>MP3, WAV oder Ogg</translation>
    </message>
    <message>
      <source>a PDF document</source>
      <translation>ein PDF-Dokument</translation>
    </message>
    <message>
      <source>PDF</source>
      <translation>PDF</translation>
    </message>
    <message>
      <source>“{name}” changed while uploading; try again when it is finished.</source>
      <translation>„{name}“ hat sich während des Hochladens geändert; versuche es erneut, wenn die Datei fertig ist.</translation>
    </message>
    <message>
      <source>a file</source>
      <translation>eine Datei</translation>
    </message>
    <message>
      <source>a supported format</source>
      <translation>ein unterstütztes Format</translation>
    </message>
    <message>
      <source>{kind} ({formats})</source>
      <translation>{kind} ({formats})</translation>
    </message>
    <message>
      <source>This input takes text, not a file.</source>
      <translation>Diese Eingabe nimmt Text, keine Datei.</translation>
    </message>
    <message>
      <source>“{name}” is a folder or not a file. Choose a file.</source>
      <translation>„{name}“ ist ein Ordner oder keine Datei. Wähle eine Datei.</translation>
    </message>
    <message>
      <source>no access</source>
      <translation>kein Zugriff</translation>
    </message>
    <message>
      <source>“{name}” could not be read ({reason}).</source>
      <translation>„{name}“ konnte nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
      <source>“{name}” is empty.</source>
      <translation>„{name}“ ist leer.</translation>
    </message>
    <message>
      <source>“{name}” is not a kind of file FLORA takes. This input needs {accepted}.</source>
      <translation>„{name}“ ist kein Dateityp, den FLORA annimmt. Diese Eingabe braucht {accepted}.</translation>
    </message>
    <message>
      <source>“{name}” is {kind}, but this input needs {accepted}.</source>
      <translation>„{name}“ ist {kind}, aber diese Eingabe braucht {accepted}.</translation>
    </message>
    <message>
      <source>“{name}” is {megapixels:,.0f} megapixels; FLORA takes images up to {limit} megapixels. Make it smaller and try again.</source>
      <translation>„{name}“ hat {megapixels:,.0f} Megapixel; FLORA nimmt Bilder bis {limit} Megapixel. Verkleinere es und versuche es erneut.</translation>
    </message>
  </context>
  <context>
    <name>UrlValueEditor</name>
    <message>
      <source>Paste a link (https://…), a FLORA element id, or choose a file</source>
      <translation>Link (https://…) oder FLORA-Element-ID einfügen oder Datei wählen</translation>
    </message>
    <message>
      <source>Paste a link (https://…) or choose a file</source>
      <translation>Link einfügen (https://…) oder Datei wählen</translation>
    </message>
  </context>
  <context>
    <name>VideoPoster</name>
    <message>
      <source>No first frame: this computer can't show video inside the app.</source>
      <translation>Kein erstes Bild: Dieser Computer kann in der App keine Videos zeigen.</translation>
    </message>
  </context>
  <context>
    <name>Watch</name>
    <message>
      <source>{seconds} s</source>
      <translation>{seconds} s</translation>
    </message>
    <message>
      <source>{minutes} min</source>
      <translation>{minutes} min</translation>
    </message>
    <message>
      <source>FLORA says this run is “{status}”, which this app does not know, so it is no longer checked. Look for it in FLORA.</source>
      <translation>Laut FLORA hat dieser Durchlauf den Status „{status}“, den diese App nicht kennt; er wird daher nicht mehr geprüft. Sieh in FLORA nach.</translation>
    </message>
    <message>
      <source>FLORA asked us to check less often.</source>
      <translation>FLORA hat uns gebeten, seltener nachzufragen.</translation>
    </message>
    <message>
      <source>FLORA is taking too long to answer.</source>
      <translation>FLORA braucht zu lange für eine Antwort.</translation>
    </message>
    <message>
      <source>Can't reach FLORA right now. Check your internet connection.</source>
      <translation>FLORA ist gerade nicht erreichbar. Prüfe deine Internetverbindung.</translation>
    </message>
    <message>
      <source>FLORA refused the API key, so this run can't be checked. Sign in again.</source>
      <translation>FLORA hat den API-Schlüssel abgelehnt, daher lässt sich dieser Durchlauf nicht prüfen. Melde dich erneut an.</translation>
    </message>
    <message>
      <source>This API key may not see this run any more.</source>
      <translation>Dieser API-Schlüssel sieht diesen Durchlauf womöglich nicht mehr.</translation>
    </message>
    <message>
      <source>FLORA no longer knows this run.</source>
      <translation>FLORA kennt diesen Durchlauf nicht mehr.</translation>
    </message>
    <message>
      <source>FLORA had a problem answering.</source>
      <translation>FLORA hatte ein Problem beim Antworten.</translation>
    </message>
    <message>
      <source>This run can't be checked because of an unexpected answer from FLORA.</source>
      <translation>Dieser Durchlauf lässt sich wegen einer unerwarteten Antwort von FLORA nicht prüfen.</translation>
    </message>
    <message>
      <source>{problem} Checking again in {when}.</source>
      <translation>{problem} Neue Prüfung in {when}.</translation>
    </message>
  </context>
  <context>
    <name>WorkspacePicker</name>
    <message>
      <source>Workspace</source>
      <translation>Workspace</translation>
    </message>
  </context>
  <context>
    <name>WorkspacesModel</name>
    <message>
      <source>{name} (view only)</source>
      <translation>{name} (nur ansehen)</translation>
    </message>
    <message>
      <source>{name} ({role})</source>
      <translation>{name} ({role})</translation>
    </message>
    <message>
      <source>Your role: {role}</source>
      <translation>Deine Rolle: {role}</translation>
    </message>
    <message>
      <source>Your role: {role}. You can look but not start runs here.</source>
      <translation>Deine Rolle: {role}. Du kannst hier schauen, aber keine Durchläufe starten.</translation>
    </message>
  </context>
  <context>
    <name>_CellDelegate</name>
    <message>
      <source>Loading…</source>
      <translation>Wird geladen …</translation>
    </message>
    <message>
      <source>Not started</source>
      <translation>Nicht gestartet</translation>
    </message>
    <message>
      <source>Not known</source>
      <translation>Unbekannt</translation>
    </message>
    <message>
      <source>Failed — no output</source>
      <translation>Fehlgeschlagen — kein Ergebnis</translation>
    </message>
    <message>
      <source>Running…</source>
      <translation>Läuft…</translation>
    </message>
    <message>
      <source>Picture (not saved)</source>
      <translation>Bild (nicht gespeichert)</translation>
    </message>
    <message>
      <source>Video</source>
      <translation>Video</translation>
    </message>
    <message>
      <source>Audio</source>
      <translation>Audio</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Text</translation>
    </message>
    <message>
      <source>No outputs</source>
      <translation>Keine Ergebnisse</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>Dokument</translation>
    </message>
    <message>
      <source>{status} · +{count} more</source>
      <translation>{status} · +{count} weitere</translation>
    </message>
  </context>
  <context>
    <name>_SheetModel</name>
    <message>
      <source>#{number} {source} — {status}</source>
      <translation>#{number} {source} — {status}</translation>
    </message>
  </context>
</TS>
