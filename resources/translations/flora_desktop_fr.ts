<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
  <context>
    <name>Batch</name>
    <message>
      <source>FLORA says the workspace is out of credits, so the batch stopped. Rows not started were not charged; add credits and start the batch again to finish them.</source>
      <translation>Selon FLORA, l'espace de travail n'a plus de crédits : le lot s'est donc arrêté. Les lignes non lancées n'ont pas été facturées ; ajoutez des crédits et relancez le lot pour les terminer.</translation>
    </message>
    <message>
      <source>FLORA refused this workspace for your key, so the batch stopped: {reason}</source>
      <translation>FLORA a refusé cet espace de travail pour votre clé, le lot s'est donc arrêté : {reason}</translation>
    </message>
    <message>
      <source>FLORA could not find the technique or the workspace, so the batch stopped: {reason}</source>
      <translation>FLORA n'a pas trouvé la technique ou l'espace de travail, le lot s'est donc arrêté : {reason}</translation>
    </message>
    <message>
      <source>FLORA refused the API key, so the batch stopped. Sign in again, then resume it.</source>
      <translation>FLORA a refusé la clé API : le lot s'est donc arrêté. Reconnectez-vous, puis reprenez-le.</translation>
    </message>
    <message>
      <source>FLORA could not be reached after several tries, so the batch stopped. Start it again to resume: no row will be started twice.</source>
      <translation>Impossible de joindre FLORA après plusieurs essais : le lot s'est donc arrêté. Relancez-le pour reprendre : aucune ligne ne sera lancée deux fois.</translation>
    </message>
    <message>
      <source>The batch could not be written to disk, so nothing more was sent (a crash could otherwise bill twice). Free some space, then resume it.</source>
      <translation>Le lot n'a pas pu être écrit sur le disque : rien de plus n'a donc été envoyé (sinon, un plantage pourrait être facturé deux fois). Libérez de l'espace, puis reprenez-le.</translation>
    </message>
    <message>
      <source>The run history on this computer cannot be saved right now, so the batch was not started (after a crash its rows could be billed twice). Free some space, then start it again.</source>
      <translation>L'historique de cet ordinateur ne peut pas être enregistré pour le moment, le lot n'a donc pas été lancé (après un plantage, ses lignes pourraient être facturées deux fois). Libérez de l'espace, puis relancez-le.</translation>
    </message>
    <message>
      <source>FLORA accepted some rows but their runs could not be found yet. Start the batch again in a minute to look again; they will not be started twice.</source>
      <translation>FLORA a accepté certaines lignes, mais leurs exécutions sont encore introuvables. Relancez le lot dans une minute pour vérifier à nouveau ; elles ne seront pas lancées deux fois.</translation>
    </message>
    <message>
      <source>FLORA did not say how some rows are going. They were not started again (that could charge them twice). Press Resume later to check on them, or look for them in History.</source>
      <translation>FLORA n’a pas dit où en sont certaines lignes. Elles n’ont pas été relancées (cela pourrait les facturer deux fois). Appuyez plus tard sur Reprendre pour les vérifier, ou cherchez-les dans l’Historique.</translation>
    </message>
    <message>
      <source>Cancelled. Rows not started were not charged; start the batch again to finish.</source>
      <translation>Annulé. Les lignes non lancées n'ont pas été facturées ; relancez le lot pour le terminer.</translation>
    </message>
    <message>
      <source>This row names a file on this computer; use a link.</source>
      <translation>Cette ligne désigne un fichier de cet ordinateur ; utilisez un lien.</translation>
    </message>
    <message>
      <source>“{name}” could not be uploaded, so the row was not started (nothing charged). {why}</source>
      <translation>« {name} » n'a pas pu être envoyé : la ligne n'a donc pas été lancée (rien n'a été facturé). {why}</translation>
    </message>
    <message>
      <source>FLORA refused this row, nothing was charged: {reason}</source>
      <translation>FLORA a refusé cette ligne, rien n'a été facturé : {reason}</translation>
    </message>
    <message>
      <source>The run finished but its outputs were not saved: {why}</source>
      <translation>L'exécution est terminée, mais ses résultats n'ont pas été enregistrés : {why}</translation>
    </message>
    <message>
      <source>FLORA did not say how this row is going. {reason} Its run may still be working, and may be charged, so it will not be started again. Press Resume later to check on it, or look for it in History.</source>
      <translation>FLORA n’a pas dit où en est cette ligne. {reason} Son exécution est peut-être encore en cours et peut être facturée ; elle ne sera donc pas relancée. Appuyez plus tard sur Reprendre pour la vérifier, ou cherchez-la dans l’Historique.</translation>
    </message>
    <message>
      <source>It says “{status}”, a word this app does not know.</source>
      <translation>Il indique « {status} », un mot que cette application ne connaît pas.</translation>
    </message>
    <message>
      <source>It still said it was working after {minutes} minutes.</source>
      <translation>Après {minutes} minutes, elle indiquait toujours être en cours.</translation>
    </message>
    <message>
      <source>This row was sent to FLORA at {time}, but the answer was lost and no run could be matched to it for sure. FLORA may have made it (and charged it), so it will not be started again on its own. Look in History for a run from about {time}; if there is none, nothing was charged and you can run the row again (Run again, in the batch window).</source>
      <translation>Cette ligne a été envoyée à FLORA à {time}, mais la réponse a été perdue et aucune exécution n’a pu lui être associée avec certitude. FLORA l’a peut-être réalisée (et facturée) ; elle ne sera donc pas relancée d’elle-même. Cherchez dans l’Historique une exécution d’environ {time} ; s’il n’y en a pas, rien n’a été facturé et vous pouvez relancer la ligne (Relancer, dans la fenêtre du lot).</translation>
    </message>
  </context>
  <context>
    <name>BatchChecks</name>
    <message>
      <source>This row could not be checked; use it anyway only if you are sure.</source>
      <translation>Cette ligne n'a pas pu être vérifiée ; ne l'utilisez quand même que si vous en êtes certain.</translation>
    </message>
    <message>
      <source>{count} cropped copies could not be saved.</source>
      <translation>{count} copies recadrées n'ont pas pu être enregistrées.</translation>
    </message>
    <message>
      <source>The cropped copy could not be saved.</source>
      <translation>La copie recadrée n'a pas pu être enregistrée.</translation>
    </message>
  </context>
  <context>
    <name>BatchContactSheet</name>
    <message>
      <source>Contact sheet</source>
      <translation>Planche contact</translation>
    </message>
    <message>
      <source>Each row's output; press Enter on one to open its run</source>
      <translation>Le résultat de chaque ligne ; appuyez sur Entrée sur l'un d'eux pour ouvrir son exécution</translation>
    </message>
    <message>
      <source>R&amp;ows</source>
      <translation>Li&amp;gnes</translation>
    </message>
    <message>
      <source>Contact s&amp;heet</source>
      <translation>Planc&amp;he contact</translation>
    </message>
    <message>
      <source>Each row's output appears here once the batch starts</source>
      <translation>Le résultat de chaque ligne apparaît ici dès que le lot démarre</translation>
    </message>
  </context>
  <context>
    <name>BatchDialog</name>
    <message>
      <source>Batch — {name}</source>
      <translation>Lot — {name}</translation>
    </message>
    <message>
      <source>Add &amp;files or a folder…</source>
      <translation>Ajouter des &amp;fichiers ou un dossier…</translation>
    </message>
    <message>
      <source>Each file becomes one row (you can also drop them here)</source>
      <translation>Chaque fichier devient une ligne (vous pouvez aussi les déposer ici)</translation>
    </message>
    <message>
      <source>&amp;Vary:</source>
      <translation>&amp;Varier :</translation>
    </message>
    <message>
      <source>Input to vary</source>
      <translation>Entrée à faire varier</translation>
    </message>
    <message>
      <source>Variations: one value per line</source>
      <translation>Variantes : une valeur par ligne</translation>
    </message>
    <message>
      <source>Variations, one per line</source>
      <translation>Variantes, une par ligne</translation>
    </message>
    <message>
      <source>&amp;Make rows from these lines</source>
      <translation>&amp;Créer les lignes à partir de cette liste</translation>
    </message>
    <message>
      <source>Batch rows</source>
      <translation>Lignes du lot</translation>
    </message>
    <message>
      <source>Show rows</source>
      <translation>Afficher les lignes</translation>
    </message>
    <message>
      <source>All rows</source>
      <translation>Toutes les lignes</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Terminée</translation>
    </message>
    <message>
      <source>Failed</source>
      <translation>Échouée</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>En cours</translation>
    </message>
    <message>
      <source>Not started</source>
      <translation>Non lancées</translation>
    </message>
    <message>
      <source>Output &amp;folder…</source>
      <translation>&amp;Dossier des résultats…</translation>
    </message>
    <message>
      <source>&amp;Pause</source>
      <translation>&amp;Pause</translation>
    </message>
    <message>
      <source>&amp;Cancel batch</source>
      <translation>&amp;Annuler le lot</translation>
    </message>
    <message>
      <source>&amp;Retry failed rows</source>
      <translation>&amp;Relancer les lignes en échec</translation>
    </message>
    <message>
      <source>Res&amp;ume batch</source>
      <translation>Reprendre le l&amp;ot</translation>
    </message>
    <message>
      <source>Import a spreadsheet</source>
      <translation>Importer une feuille de calcul</translation>
    </message>
    <message>
      <source>The spreadsheet could not be read. {reason}</source>
      <translation>Impossible de lire la feuille de calcul. {reason}</translation>
    </message>
    <message>
      <source>&amp;Import spreadsheet (CSV, Excel)…</source>
      <translation>&amp;Importer une feuille de calcul (CSV, Excel)…</translation>
    </message>
    <message>
      <source>Needs fixing</source>
      <translation>À corriger</translation>
    </message>
    <message>
      <source>Look in History first: FLORA may already have made these rows</source>
      <translation>Regardez d’abord dans l’Historique : FLORA a peut-être déjà réalisé ces lignes</translation>
    </message>
    <message>
      <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
      <translation>Feuilles de calcul (*.csv *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <source>Reading {file}…</source>
      <translation>Lecture de {file}…</translation>
    </message>
    <message>
      <source>Is it a CSV or Excel file?</source>
      <translation>S'agit-il bien d'un fichier CSV ou Excel ?</translation>
    </message>
    <message>
      <source>Choose files, one row each</source>
      <translation>Choisir des fichiers (une ligne chacun)</translation>
    </message>
    <message>
      <source>Looking at the files…</source>
      <translation>Examen des fichiers…</translation>
    </message>
    <message>
      <source>More than {limit} files; a batch takes at most {limit}. Choose a smaller folder.</source>
      <translation>Plus de {limit} fichiers ; un lot en accepte au plus {limit}. Choisissez un dossier plus petit.</translation>
    </message>
    <message>
      <source>Row {row}: {text}</source>
      <translation>Ligne {row} : {text}</translation>
    </message>
    <message>
      <source>… and {count} more, left out until fixed.</source>
      <translation>… et {count} de plus, laissées de côté tant qu'elles ne sont pas corrigées.</translation>
    </message>
    <message>
      <source>Save the batch's outputs in</source>
      <translation>Enregistrer les résultats du lot dans</translation>
    </message>
    <message>
      <source>Checking 1 row…</source>
      <translation>Vérification de 1 ligne…</translation>
    </message>
    <message>
      <source>Checking {count} rows…</source>
      <translation>Vérification de {count} lignes…</translation>
    </message>
    <message>
      <source>Start 1 run — ${total}</source>
      <translation>Lancer 1 exécution — ${total}</translation>
    </message>
    <message>
      <source>Start {count} runs — ${total}</source>
      <translation>Lancer {count} exécutions — ${total}</translation>
    </message>
    <message>
      <source>Start a large batch?</source>
      <translation>Lancer un gros lot ?</translation>
    </message>
    <message>
      <source>This starts {count} runs and may cost up to ${total}. Start them?</source>
      <translation>Cela lance {count} exécutions, pour un coût pouvant atteindre ${total}. Les lancer ?</translation>
    </message>
    <message>
      <source>This batch's rows could not be read from the history file on this computer. Nothing was sent; close this window and try again.</source>
      <translation>Les lignes de ce lot n’ont pas pu être lues dans l’historique de cet ordinateur. Rien n’a été envoyé ; fermez cette fenêtre et réessayez.</translation>
    </message>
    <message>
      <source>The batch could not be recorded in the history file (is the disk full?). Nothing was started.</source>
      <translation>Le lot n’a pas pu être enregistré dans le fichier d’historique (le disque est-il plein ?). Rien n’a été lancé.</translation>
    </message>
    <message>
      <source>The folder {folder} could not be created ({why}). Nothing was started.</source>
      <translation>Le dossier {folder} n’a pas pu être créé ({why}). Rien n’a été lancé.</translation>
    </message>
    <message>
      <source>{done} of {total} ended · {running} in progress · {failed} failed</source>
      <translation>{done} sur {total} terminées · {running} en cours · {failed} en échec</translation>
    </message>
    <message>
      <source>{count} not known</source>
      <translation>{count} inconnues</translation>
    </message>
    <message>
      <source>paused</source>
      <translation>en pause</translation>
    </message>
    <message>
      <source>FLORA asked to wait {seconds:.0f} s</source>
      <translation>FLORA demande d'attendre {seconds:.0f} s</translation>
    </message>
    <message>
      <source>Some outputs or manifest.csv could not be written in {folder}. Free some space (or fix the folder), then press Resume: no run starts again.</source>
      <translation>Certains résultats ou manifest.csv n'ont pas pu être écrits dans {folder}. Libérez de l'espace (ou réparez le dossier), puis appuyez sur Reprendre : aucune exécution ne sera relancée.</translation>
    </message>
    <message>
      <source>&amp;Resume</source>
      <translation>Re&amp;prendre</translation>
    </message>
    <message>
      <source>Retry failed rows?</source>
      <translation>Relancer les lignes en échec ?</translation>
    </message>
    <message numerus="yes">
      <source>This starts %n new runs for the failed rows, each billed: about ${total}.</source>
      <translation>
        <numerusform>Cela lance %n nouvelle exécution pour la ligne échouée, facturée : environ ${total}.</numerusform>
        <numerusform>Cela lance %n nouvelles exécutions pour les lignes échouées, chacune facturée : environ ${total}.</numerusform>
      </translation>
    </message>
    <message>
      <source>Run rows not known again?</source>
      <translation>Relancer les lignes inconnues ?</translation>
    </message>
    <message>
      <source>These rows' answers were lost, so FLORA may already have made them. Look in History first. If FLORA still remembers a row, nothing new starts for it; otherwise it is a new run, billed. Rows: {count}, up to ${total}.</source>
      <translation>Les réponses de ces lignes ont été perdues : FLORA les a peut-être déjà réalisées. Regardez d’abord dans l’Historique. Si FLORA se souvient encore d’une ligne, rien de nouveau ne démarre pour elle ; sinon c’est une nouvelle exécution, facturée. Lignes : {count}, jusqu’à ${total}.</translation>
    </message>
    <message>
      <source>&amp;Close</source>
      <translation>&amp;Fermer</translation>
    </message>
    <message numerus="yes">
      <source>&amp;Retry %n failed rows — ${total}</source>
      <translation>
        <numerusform>&amp;Relancer %n ligne échouée — ${total}</numerusform>
        <numerusform>&amp;Relancer %n lignes échouées — ${total}</numerusform>
      </translation>
    </message>
    <message>
      <source>Run &amp;again rows not known: {count} — up to ${total}</source>
      <translation>&amp;Relancer les lignes inconnues : {count} — jusqu’à ${total}</translation>
    </message>
    <message>
      <source>Open &amp;folder</source>
      <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
      <source>Show the outputs and manifest.csv in the file manager</source>
      <translation>Afficher les résultats et manifest.csv dans le gestionnaire de fichiers</translation>
    </message>
    <message>
      <source>Outputs and manifest.csv go to {folder}</source>
      <translation>Les résultats et manifest.csv vont dans {folder}</translation>
    </message>
    <message>
      <source>Rows: {count} · total ${total}</source>
      <translation>Lignes : {count} · total ${total}</translation>
    </message>
    <message>
      <source>checking {count}…</source>
      <translation>vérification de {count}…</translation>
    </message>
    <message>
      <source>{count} left out until fixed</source>
      <translation>{count} de côté jusqu'à correction</translation>
    </message>
  </context>
  <context>
    <name>BatchEntry</name>
    <message>
      <source>Run as a &amp;batch…</source>
      <translation>Lancer en &amp;lot…</translation>
    </message>
    <message>
      <source>Run this technique once per row of a spreadsheet or a list of variations</source>
      <translation>Lancer cette technique une fois par ligne d'une feuille de calcul ou d'une liste de variantes</translation>
    </message>
    <message>
      <source>Batc&amp;hes</source>
      <translation>L&amp;ots</translation>
    </message>
    <message>
      <source>Open a recent batch: its rows, outputs and manifest</source>
      <translation>Ouvrir un lot récent : ses lignes, ses résultats et son manifeste</translation>
    </message>
    <message>
      <source>{technique} — {when}</source>
      <translation>{technique} — {when}</translation>
    </message>
    <message>
      <source>Batch</source>
      <translation>Lot</translation>
    </message>
    <message>
      <source>FLORA could not be reached to open this batch; try again shortly.</source>
      <translation>Impossible de joindre FLORA pour ouvrir ce lot ; réessayez dans un instant.</translation>
    </message>
    <message>
      <source>Choose a workspace and a technique first.</source>
      <translation>Choisissez d'abord un espace de travail et une technique.</translation>
    </message>
  </context>
  <context>
    <name>BatchHistoryList</name>
    <message>
      <source>&amp;Batches</source>
      <translation>&amp;Lots</translation>
    </message>
    <message>
      <source>Batch</source>
      <translation>Lot</translation>
    </message>
    <message>
      <source>Started</source>
      <translation>Lancée</translation>
    </message>
    <message>
      <source>Batches</source>
      <translation>Lots</translation>
    </message>
    <message>
      <source>&amp;Open batch</source>
      <translation>&amp;Ouvrir le lot</translation>
    </message>
    <message>
      <source>Show the batch's rows, outputs and manifest</source>
      <translation>Afficher les lignes, les résultats et le récapitulatif du lot</translation>
    </message>
    <message>
      <source>Res&amp;ume batch</source>
      <translation>Reprendre le l&amp;ot</translation>
    </message>
    <message>
      <source>Start the rows it left; none is started twice, rows already done stay</source>
      <translation>Lancer les lignes restantes ; aucune n'est lancée deux fois, les lignes terminées restent</translation>
    </message>
    <message>
      <source>Batch: {name}</source>
      <translation>Lot : {name}</translation>
    </message>
    <message numerus="yes">
      <source>%n runs</source>
      <translation>
        <numerusform>%n exécution</numerusform>
        <numerusform>%n exécutions</numerusform>
      </translation>
    </message>
    <message>
      <source>{count} done</source>
      <translation>{count} terminés</translation>
    </message>
    <message>
      <source>{count} failed</source>
      <translation>{count} échoués</translation>
    </message>
    <message>
      <source>{count} in progress</source>
      <translation>{count} en cours</translation>
    </message>
    <message>
      <source>{count} not started</source>
      <translation>{count} non lancés</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation>Chargement…</translation>
    </message>
    <message>
      <source>The rows could not be read.</source>
      <translation>Les lignes n'ont pas pu être lues.</translation>
    </message>
    <message>
      <source>not started</source>
      <translation>non lancé</translation>
    </message>
    <message>
      <source>starting</source>
      <translation>démarrage</translation>
    </message>
    <message>
      <source>running</source>
      <translation>en cours</translation>
    </message>
    <message>
      <source>done</source>
      <translation>terminé</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>échoué</translation>
    </message>
    <message>
      <source>row {number}</source>
      <translation>ligne {number}</translation>
    </message>
    <message>
      <source>#{number} {name} — {state}</source>
      <translation>n° {number} {name} — {state}</translation>
    </message>
  </context>
  <context>
    <name>BatchMappingDialog</name>
    <message>
      <source>Match the columns — {file}</source>
      <translation>Associer les colonnes — {file}</translation>
    </message>
    <message>
      <source>{rows} rows in “{file}”. Choose the column each input takes its values from; inputs without a column take the form's value.</source>
      <translation>{rows} lignes dans « {file} ». Choisissez la colonne d'où chaque entrée tire ses valeurs ; les entrées sans colonne prennent la valeur du formulaire.</translation>
    </message>
    <message>
      <source>Column for {input}</source>
      <translation>Colonne pour {input}</translation>
    </message>
    <message>
      <source>Use the form's value</source>
      <translation>Utiliser la valeur du formulaire</translation>
    </message>
    <message>
      <source>Leave empty</source>
      <translation>Laisser vide</translation>
    </message>
    <message>
      <source>Choose a column</source>
      <translation>Choisissez une colonne</translation>
    </message>
    <message>
      <source>Column naming the outputs</source>
      <translation>Colonne qui donne son nom à chaque résultat</translation>
    </message>
    <message>
      <source>From each row's file name</source>
      <translation>D'après le nom de fichier de chaque ligne</translation>
    </message>
    <message>
      <source>Outputs &amp;named by</source>
      <translation>&amp;Nommer les résultats d'après</translation>
    </message>
    <message>
      <source>&amp;Preview of the first rows, as each input gets them</source>
      <translation>&amp;Aperçu des premières lignes, telles que chaque entrée les reçoit</translation>
    </message>
    <message>
      <source>Preview of the first rows</source>
      <translation>Aperçu des premières lignes</translation>
    </message>
    <message>
      <source>&amp;Use these columns</source>
      <translation>&amp;Utiliser ces colonnes</translation>
    </message>
    <message>
      <source>Column {letter}: {title}</source>
      <translation>Colonne {letter} : {title}</translation>
    </message>
    <message>
      <source>(no title)</source>
      <translation>(sans titre)</translation>
    </message>
    <message>
      <source>(form) {value}</source>
      <translation>(formulaire) {value}</translation>
    </message>
    <message>
      <source>The form's value, the same on every row</source>
      <translation>La valeur du formulaire, identique sur chaque ligne</translation>
    </message>
    <message>
      <source>Output name</source>
      <translation>Nom du résultat</translation>
    </message>
    <message>
      <source>Choose a column for: {inputs}.</source>
      <translation>Choisissez une colonne pour : {inputs}.</translation>
    </message>
    <message>
      <source>Columns not used: {columns}.</source>
      <translation>Colonnes non utilisées : {columns}.</translation>
    </message>
  </context>
  <context>
    <name>BatchRowFixes</name>
    <message>
      <source>&amp;Use anyway</source>
      <translation>&amp;Utiliser quand même</translation>
    </message>
    <message>
      <source>&amp;Next problem</source>
      <translation>Problème &amp;suivant</translation>
    </message>
    <message>
      <source>Select the next row that needs fixing</source>
      <translation>Sélectionner la prochaine ligne à corriger</translation>
    </message>
    <message>
      <source>Row {number} needs fixing: {problem}</source>
      <translation>La ligne {number} est à corriger : {problem}</translation>
    </message>
    <message>
      <source>Cro&amp;p to {ratio}</source>
      <translation>&amp;Recadrer en {ratio}</translation>
    </message>
    <message>
      <source>{count} rows need fixing and are left out until then.</source>
      <translation>{count} lignes sont à corriger et restent de côté d'ici là.</translation>
    </message>
    <message>
      <source>1 row needs fixing and is left out until then.</source>
      <translation>1 ligne est à corriger et reste de côté d'ici là.</translation>
    </message>
    <message>
      <source>Crop &amp;all {count} to {ratio}</source>
      <translation>&amp;Tout recadrer en {ratio} ({count})</translation>
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
      <translation>Source</translation>
    </message>
    <message>
      <source>Inputs</source>
      <translation>Entrées</translation>
    </message>
    <message>
      <source>Cost</source>
      <translation>Coût</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>État</translation>
    </message>
    <message>
      <source>Not known yet — FLORA did not say</source>
      <translation>Pas encore connu — FLORA ne l’a pas dit</translation>
    </message>
    <message>
      <source>Not known — look in History</source>
      <translation>Inconnu — regardez dans l’Historique</translation>
    </message>
    <message>
      <source>⚠ Needs fixing</source>
      <translation>⚠ À corriger</translation>
    </message>
    <message>
      <source>Needs fixing: {problem}</source>
      <translation>À corriger : {problem}</translation>
    </message>
    <message>
      <source>Ready</source>
      <translation>Prête</translation>
    </message>
    <message>
      <source>Checking…</source>
      <translation>Vérification…</translation>
    </message>
    <message>
      <source>Not started — nothing charged</source>
      <translation>Non lancée — rien n'a été facturé</translation>
    </message>
    <message>
      <source>Starting…</source>
      <translation>Démarrage…</translation>
    </message>
    <message>
      <source>Running</source>
      <translation>En cours</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Terminée</translation>
    </message>
    <message>
      <source>Failed</source>
      <translation>Échouée</translation>
    </message>
  </context>
  <context>
    <name>BatchSources</name>
    <message>
      <source>The spreadsheet is larger than 20 MB.</source>
      <translation>La feuille de calcul dépasse 20 Mo.</translation>
    </message>
    <message>
      <source>This file is not a spreadsheet saved as CSV text (File → Save As → CSV).</source>
      <translation>Ce fichier n’est pas un tableur enregistré en texte CSV (Fichier → Enregistrer sous → CSV).</translation>
    </message>
    <message>
      <source>A cell of the spreadsheet is longer than 128 KB; is a quote mark left open?</source>
      <translation>Une cellule du tableur dépasse 128 Ko ; un guillemet est-il resté ouvert ?</translation>
    </message>
    <message>
      <source>The spreadsheet is empty.</source>
      <translation>La feuille de calcul est vide.</translation>
    </message>
    <message>
      <source>That makes {count} rows; a batch takes at most {limit}. Split it into smaller batches.</source>
      <translation>Cela fait {count} lignes ; un lot en accepte au plus {limit}. Divisez-le en lots plus petits.</translation>
    </message>
    <message>
      <source>“{name}” needs a web link (https://…) or a file that exists, not “{value}”.</source>
      <translation>« {name} » demande un lien web (https://…) ou un fichier existant, pas « {value} ».</translation>
    </message>
    <message>
      <source>No column for “{name}” (name a column “{id}” or “{name}”).</source>
      <translation>Aucune colonne pour « {name} » (nommez une colonne « {id} » ou « {name} »).</translation>
    </message>
    <message>
      <source>More than {limit} rows; split the spreadsheet.</source>
      <translation>Plus de {limit} lignes ; divisez la feuille de calcul.</translation>
    </message>
    <message>
      <source>“{name}” is empty.</source>
      <translation>« {name} » est vide.</translation>
    </message>
    <message>
      <source>Row by row needs lists of the same length ({counts}). Choose every combination, or change a list.</source>
      <translation>Le mode ligne par ligne demande des listes de même longueur ({counts}). Choisissez toutes les combinaisons, ou modifiez une liste.</translation>
    </message>
    <message>
      <source>This file could not be read as an Excel workbook (.xlsx); it may be damaged. Open it in Excel and save a copy.</source>
      <translation>Ce fichier n'a pas pu être lu comme classeur Excel (.xlsx) ; il est peut-être endommagé. Ouvrez-le dans Excel et enregistrez-en une copie.</translation>
    </message>
    <message>
      <source>This workbook is protected by a password (or is an old .xls file). Open it in Excel and save a copy as .xlsx without a password.</source>
      <translation>Ce classeur est protégé par un mot de passe (ou c'est un ancien fichier .xls). Ouvrez-le dans Excel et enregistrez-en une copie au format .xlsx sans mot de passe.</translation>
    </message>
    <message>
      <source>The workbook is larger than {size} MB.</source>
      <translation>Le classeur dépasse {size} Mo.</translation>
    </message>
    <message>
      <source>This workbook unpacks to more than {size} MB; keep only the sheet of rows and save it again.</source>
      <translation>Une fois décompressé, ce classeur dépasse {size} Mo ; ne gardez que la feuille des lignes et enregistrez-le à nouveau.</translation>
    </message>
  </context>
  <context>
    <name>CatalogueBrowser</name>
    <message>
      <source>Loading techniques…</source>
      <translation>Chargement des techniques…</translation>
    </message>
    <message>
      <source>The techniques could not be loaded.</source>
      <translation>Les techniques n'ont pas pu être chargées.</translation>
    </message>
    <message>
      <source>No technique matches this search.</source>
      <translation>Aucune technique ne correspond à cette recherche.</translation>
    </message>
    <message>
      <source>No techniques.</source>
      <translation>Aucune technique.</translation>
    </message>
  </context>
  <context>
    <name>CloseWhileStarting</name>
    <message>
      <source>A run is starting</source>
      <translation>Une exécution démarre</translation>
    </message>
    <message>
      <source>A run is starting…</source>
      <translation>Une exécution démarre…</translation>
    </message>
    <message>
      <source>FLORA has not confirmed the run you just started yet. Wait, and FLORA Desktop closes as soon as it does. If you close anyway, the run may still start; FLORA Desktop will check next time it opens, and never starts it twice.</source>
      <translation>FLORA n'a pas encore confirmé l'exécution que vous venez de lancer. Patientez : FLORA Desktop se fermera dès la confirmation. Si vous fermez quand même, l'exécution peut encore démarrer ; FLORA Desktop vérifiera à la prochaine ouverture et ne la lancera jamais deux fois.</translation>
    </message>
    <message>
      <source>&amp;Wait</source>
      <translation>&amp;Attendre</translation>
    </message>
    <message>
      <source>&amp;Close anyway</source>
      <translation>&amp;Fermer quand même</translation>
    </message>
  </context>
  <context>
    <name>CombineChoice</name>
    <message>
      <source>C&amp;lear lists</source>
      <translation>&amp;Vider les listes</translation>
    </message>
    <message>
      <source>Forget the files and variations added so far</source>
      <translation>Oublier les fichiers et variantes ajoutés jusqu'ici</translation>
    </message>
    <message>
      <source>Batched: {lists}</source>
      <translation>En lot : {lists}</translation>
    </message>
    <message>
      <source>{input} ({count})</source>
      <translation>{input} ({count})</translation>
    </message>
    <message>
      <source>&amp;Row by row ({count} runs)</source>
      <translation>&amp;Ligne par ligne ({count} exécutions)</translation>
    </message>
    <message>
      <source>&amp;Row by row (needs lists of one length)</source>
      <translation>&amp;Ligne par ligne (listes de même longueur requises)</translation>
    </message>
    <message>
      <source>&amp;Every combination: {product} = {count} runs, more than {limit}</source>
      <translation>&amp;Toutes les combinaisons : {product} = {count} exécutions, plus de {limit}</translation>
    </message>
    <message>
      <source>&amp;Every combination: {product} = {count} runs</source>
      <translation>&amp;Toutes les combinaisons : {product} = {count} exécutions</translation>
    </message>
  </context>
  <context>
    <name>CommandLine</name>
    <message>
      <source>Start FLORA technique runs from your desktop.</source>
      <translation>Lancez des techniques FLORA depuis votre bureau.</translation>
    </message>
    <message>
      <source>show this help and quit</source>
      <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
      <source>show the version and quit</source>
      <translation>afficher la version et quitter</translation>
    </message>
    <message>
      <source>start a practice FLORA on 127.0.0.1 and connect to it with its demo key (no keyring entry is read or written)</source>
      <translation>démarrer un FLORA d'entraînement sur 127.0.0.1 et s'y connecter avec sa clé de démo (aucune entrée du trousseau n'est lue ni écrite)</translation>
    </message>
    <message>
      <source>FLORA API base URL (default: $FLORA_BASE_URL, else {default})</source>
      <translation>URL de base de l'API FLORA (par défaut : $FLORA_BASE_URL, sinon {default})</translation>
    </message>
    <message>
      <source>log at debug level</source>
      <translation>journaliser au niveau débogage</translation>
    </message>
    <message>
      <source>add FLORA Desktop to your applications menu (with its icon and the .florapreset file type) for your user, then quit</source>
      <translation>ajouter FLORA Desktop à votre menu des applications (avec son icône et le type de fichier .florapreset) pour votre compte, puis quitter</translation>
    </message>
    <message>
      <source>remove what --install-desktop-entry added, then quit</source>
      <translation>retirer ce que --install-desktop-entry a ajouté, puis quitter</translation>
    </message>
    <message>
      <source>presets files (.florapreset) to import; a running FLORA Desktop takes them</source>
      <translation>fichiers de préréglages (.florapreset) à importer ; un FLORA Desktop déjà ouvert les reçoit</translation>
    </message>
    <message>
      <source>usage: </source>
      <translation>utilisation : </translation>
    </message>
    <message>
      <source>options</source>
      <translation>options</translation>
    </message>
    <message>
      <source>positional arguments</source>
      <translation>arguments positionnels</translation>
    </message>
    <message>
      <source>y,yes</source>
      <translation>o,oui</translation>
    </message>
    <message>
      <source>{prog}: error: {message}</source>
      <translation>{prog} : erreur : {message}</translation>
    </message>
    <message>
      <source>these options are missing: {names}</source>
      <translation>il manque ces options : {names}</translation>
    </message>
    <message>
      <source>unknown options: {names}</source>
      <translation>options inconnues : {names}</translation>
    </message>
    <message>
      <source>{name} needs a value</source>
      <translation>{name} attend une valeur</translation>
    </message>
    <message>
      <source>{name} needs a number, not {value}</source>
      <translation>{name} attend un nombre, pas {value}</translation>
    </message>
    <message>
      <source>{name} takes no value (not {value})</source>
      <translation>{name} ne prend pas de valeur (pas {value})</translation>
    </message>
    <message>
      <source>{option} could mean {matches}; write it out</source>
      <translation>{option} peut désigner {matches} ; écrivez l'option en entier</translation>
    </message>
    <message>
      <source>Run one FLORA technique once per row of a CSV file.</source>
      <translation>Lancer une technique FLORA une fois par ligne d'un fichier CSV.</translation>
    </message>
    <message>
      <source>technique slug or tech_ id</source>
      <translation>slug ou identifiant tech_ de la technique</translation>
    </message>
    <message>
      <source>workspace ws_ id or name</source>
      <translation>identifiant ws_ ou nom de l'espace de travail</translation>
    </message>
    <message>
      <source>one row per run; columns named after the technique's inputs (id or label)</source>
      <translation>une ligne par exécution ; colonnes nommées d'après les entrées de la technique (identifiant ou libellé)</translation>
    </message>
    <message>
      <source>folder for outputs and manifest.csv; the same folder again resumes the batch</source>
      <translation>dossier des résultats et de manifest.csv ; le même dossier reprend le lot</translation>
    </message>
    <message>
      <source>rows in progress at once, 1–{most} (default: the app's setting, else {default})</source>
      <translation>lignes en cours en même temps, 1–{most} (par défaut : le réglage de l'app, sinon {default})</translation>
    </message>
    <message>
      <source>start without asking</source>
      <translation>lancer sans demander</translation>
    </message>
    <message>
      <source>do not download outputs (manifest only)</source>
      <translation>ne pas télécharger les résultats (manifeste seulement)</translation>
    </message>
    <message>
      <source>FLORA API base URL</source>
      <translation>URL de base de l'API FLORA</translation>
    </message>
    <message>
      <source>--concurrency must be 1–{most}</source>
      <translation>--concurrency doit être entre 1 et {most}</translation>
    </message>
    <message>
      <source>The keyring could not be read. Set FLORA_API_KEY, or unlock the keyring.</source>
      <translation>Impossible de lire le trousseau. Définissez FLORA_API_KEY ou déverrouillez le trousseau.</translation>
    </message>
    <message>
      <source>No FLORA API key: set FLORA_API_KEY, or sign in once in FLORA Desktop.</source>
      <translation>Aucune clé API FLORA : définissez FLORA_API_KEY ou connectez-vous une fois dans FLORA Desktop.</translation>
    </message>
    <message>
      <source>Several workspaces are called “{name}”; use its ws_ id.</source>
      <translation>Plusieurs espaces de travail s'appellent « {name} » ; utilisez son identifiant ws_.</translation>
    </message>
    <message>
      <source>No workspace “{name}” for this key. Workspaces: {names}.</source>
      <translation>Aucun espace de travail « {name} » pour cette clé. Espaces de travail : {names}.</translation>
    </message>
    <message>
      <source>none</source>
      <translation>aucun</translation>
    </message>
    <message>
      <source>No technique “{name}” (use its slug or tech_ id).</source>
      <translation>Aucune technique « {name} » (utilisez son slug ou son identifiant tech_).</translation>
    </message>
    <message>
      <source>FLORA could not be asked: {reason}</source>
      <translation>Impossible d'interroger FLORA : {reason}</translation>
    </message>
    <message>
      <source>{folder} holds a batch of another technique or workspace; choose another --out folder.</source>
      <translation>{folder} contient un lot d'une autre technique ou d'un autre espace de travail ; choisissez un autre dossier --out.</translation>
    </message>
    <message>
      <source>{file} could not be read: {reason}</source>
      <translation>Impossible de lire {file} : {reason}</translation>
    </message>
    <message>
      <source>The spreadsheet needs fixing first:</source>
      <translation>La feuille de calcul doit d'abord être corrigée :</translation>
    </message>
    <message>
      <source>Row {row}: {problem}</source>
      <translation>Ligne {row} : {problem}</translation>
    </message>
    <message>
      <source>… and {count} more</source>
      <translation>… et {count} de plus</translation>
    </message>
    <message>
      <source>{file} has no rows.</source>
      <translation>{file} ne contient aucune ligne.</translation>
    </message>
    <message>
      <source>{folder} could not be created: {reason}</source>
      <translation>Impossible de créer {folder} : {reason}</translation>
    </message>
    <message>
      <source>Resuming the batch in {folder}.</source>
      <translation>Reprise du lot dans {folder}.</translation>
    </message>
    <message>
      <source>Every row has ended; see {manifest}.</source>
      <translation>Toutes les lignes sont terminées ; voir {manifest}.</translation>
    </message>
    <message>
      <source>“{technique}” in “{workspace}”: {count} row, {to_start} to start, about {cost} ({to_start} × {run_cost}).</source>
      <translation>« {technique} » dans « {workspace} » : {count} ligne, {to_start} à lancer, environ {cost} ({to_start} × {run_cost}).</translation>
    </message>
    <message>
      <source>“{technique}” in “{workspace}”: {count} rows, {to_start} to start, about {cost} ({to_start} × {run_cost}).</source>
      <translation>« {technique} » dans « {workspace} » : {count} lignes, {to_start} à lancer, environ {cost} ({to_start} × {run_cost}).</translation>
    </message>
    <message>
      <source>Start {count} run — {cost}? [y/N]</source>
      <translation>Lancer {count} exécution — {cost} ? [o/N]</translation>
    </message>
    <message>
      <source>Start {count} runs — {cost}? [y/N]</source>
      <translation>Lancer {count} exécutions — {cost} ? [o/N]</translation>
    </message>
    <message>
      <source>Add --yes to start without asking.</source>
      <translation>Ajoutez --yes pour lancer sans demander.</translation>
    </message>
    <message>
      <source>Nothing was started.</source>
      <translation>Rien n'a été lancé.</translation>
    </message>
    <message>
      <source>Done: {completed} completed, {failed} failed. See {manifest}.</source>
      <translation>Terminé : {completed} réussies, {failed} échouées. Voir {manifest}.</translation>
    </message>
    <message>
      <source>{reason} See {manifest}.</source>
      <translation>{reason} Voir {manifest}.</translation>
    </message>
    <message>
      <source>manifest.csv could not be written in {folder} ({why}).</source>
      <translation>manifest.csv n'a pas pu être écrit dans {folder} ({why}).</translation>
    </message>
    <message>
      <source>Rows whose outputs could not be saved in {folder}: {count}.</source>
      <translation>Lignes dont les résultats n'ont pas pu être enregistrés dans {folder} : {count}.</translation>
    </message>
    <message>
      <source>Free some space (or fix the folder), then run the same command again: it writes them and starts no run again.</source>
      <translation>Libérez de l'espace (ou réparez le dossier), puis relancez la même commande : elle les écrit sans relancer aucune exécution.</translation>
    </message>
    <message>
      <source>Stopped. Run the same command again to resume.</source>
      <translation>Arrêté. Relancez la même commande pour reprendre.</translation>
    </message>
    <message>
      <source>{done}/{total} · {running} running · {failed} failed</source>
      <translation>{done}/{total} · {running} en cours · {failed} échouées</translation>
    </message>
    <message>
      <source>waiting {seconds} s (FLORA asked)</source>
      <translation>pause de {seconds} s (demandée par FLORA)</translation>
    </message>
    <message>
      <source>Row {index}/{total} completed</source>
      <translation>Ligne {index}/{total} terminée</translation>
    </message>
    <message>
      <source>Row {index}/{total} failed</source>
      <translation>Ligne {index}/{total} échouée</translation>
    </message>
    <message>
      <source>Row {index}/{total} failed: {reason}</source>
      <translation>Ligne {index}/{total} échouée : {reason}</translation>
    </message>
    <message>
      <source>FLORA Desktop cannot open its window: your system lacks libraries it needs ({packages}). On Debian or Ubuntu, install them with:</source>
      <translation>FLORA Desktop ne peut pas ouvrir sa fenêtre : il manque à votre système des bibliothèques nécessaires ({packages}). Sous Debian ou Ubuntu, installez-les avec :</translation>
    </message>
    <message>
      <source>then start FLORA Desktop again.</source>
      <translation>puis relancez FLORA Desktop.</translation>
    </message>
    <message>
      <source>FLORA Desktop needs a desktop session to open its window, and none was found (no DISPLAY or WAYLAND_DISPLAY). Start it from your desktop, not over a plain SSH session.</source>
      <translation>FLORA Desktop a besoin d'une session de bureau pour ouvrir sa fenêtre, et aucune n'a été trouvée (ni DISPLAY ni WAYLAND_DISPLAY). Lancez-le depuis votre bureau, pas depuis une simple session SSH.</translation>
    </message>
    <message>
      <source>FLORA Desktop is open on another computer ({host}) that shares this settings folder. Close it there, then start it here again. If it is not open there (that computer was renamed or switched off without closing it), delete {lock} and start FLORA Desktop again.</source>
      <translation>FLORA Desktop est ouvert sur un autre ordinateur ({host}) qui partage ce dossier de réglages. Fermez-le là-bas, puis relancez-le ici. S'il n'y est pas ouvert (l'ordinateur a été renommé ou éteint sans le fermer), supprimez {lock} et relancez FLORA Desktop.</translation>
    </message>
    <message>
      <source>FLORA Desktop is already running but does not answer. Close it (or end it in your system monitor), then start it again.</source>
      <translation>FLORA Desktop est déjà ouvert mais ne répond pas. Fermez-le (ou arrêtez-le dans le moniteur système), puis relancez-le.</translation>
    </message>
    <message>
      <source>FLORA Desktop is in your applications menu ({entry}, {files} files).</source>
      <translation>FLORA Desktop est dans votre menu des applications ({entry}, {files} fichiers).</translation>
    </message>
    <message>
      <source>Could not add FLORA Desktop to the applications menu: {reason}.</source>
      <translation>Impossible d'ajouter FLORA Desktop au menu des applications : {reason}.</translation>
    </message>
    <message>
      <source>Removed FLORA Desktop from your applications menu ({files} files).</source>
      <translation>FLORA Desktop a été retiré de votre menu des applications ({files} fichiers).</translation>
    </message>
    <message>
      <source>Could not remove FLORA Desktop from the applications menu: {reason}.</source>
      <translation>Impossible de retirer FLORA Desktop du menu des applications : {reason}.</translation>
    </message>
  </context>
  <context>
    <name>ConnectedTabs</name>
    <message>
      <source>Launch, Runs and History</source>
      <translation>Nouvelle exécution, Exécutions et Historique</translation>
    </message>
    <message>
      <source>&amp;Launch</source>
      <translation>&amp;Nouvelle exécution</translation>
    </message>
    <message>
      <source>&amp;Runs</source>
      <translation>E&amp;xécutions</translation>
    </message>
    <message>
      <source>Hi&amp;story</source>
      <translation>&amp;Historique</translation>
    </message>
    <message>
      <source>Pick a technique, fill its inputs and start runs</source>
      <translation>Choisissez une technique, remplissez ses entrées et lancez des exécutions</translation>
    </message>
    <message>
      <source>Runs of this session, live, with their outputs</source>
      <translation>Les exécutions de cette session, en direct, avec leurs résultats</translation>
    </message>
    <message>
      <source>Every run, searchable; reopen one in the editor</source>
      <translation>Toutes les exécutions, consultables ; rouvrez-en une dans l'éditeur</translation>
    </message>
    <message numerus="yes">
      <source>&amp;Runs (%n going)</source>
      <translation>
        <numerusform>E&amp;xécutions (%n en cours)</numerusform>
        <numerusform>E&amp;xécutions (%n en cours)</numerusform>
      </translation>
    </message>
    <message>
      <source>A run</source>
      <translation>Une exécution</translation>
    </message>
    <message>
      <source>{name}: {status}</source>
      <translation>{name} : {status}</translation>
    </message>
    <message>
      <source>Its outputs are ready in FLORA Desktop.</source>
      <translation>Ses résultats sont prêts dans FLORA Desktop.</translation>
    </message>
    <message>
      <source>It failed; FLORA Desktop says why and what to do.</source>
      <translation>Elle a échoué ; FLORA Desktop explique pourquoi et quoi faire.</translation>
    </message>
  </context>
  <context>
    <name>ConnectionStatus</name>
    <message>
      <source>Connecting…</source>
      <translation>Connexion…</translation>
    </message>
    <message>
      <source>Not signed in</source>
      <translation>Non connecté</translation>
    </message>
    <message>
      <source>Connected to the sandbox ({host})</source>
      <translation>Connecté au bac à sable ({host})</translation>
    </message>
    <message>
      <source>Connected to {host}</source>
      <translation>Connecté à {host}</translation>
    </message>
    <message>
      <source>Key from FLORA_API_KEY (this session only)</source>
      <translation>Clé issue de FLORA_API_KEY (cette session uniquement)</translation>
    </message>
    <message>
      <source>Key kept for this session only</source>
      <translation>Clé conservée pour cette session uniquement</translation>
    </message>
    <message>
      <source>Workspace: {name}</source>
      <translation>Espace de travail : {name}</translation>
    </message>
  </context>
  <context>
    <name>CopyAsButton</name>
    <message>
      <source>curl command</source>
      <translation>commande curl</translation>
    </message>
    <message>
      <source>flora CLI command</source>
      <translation>commande flora CLI</translation>
    </message>
    <message>
      <source>Python snippet</source>
      <translation>extrait Python</translation>
    </message>
    <message>
      <source>Curl command</source>
      <translation>Commande curl</translation>
    </message>
    <message>
      <source>Copy with your API key?</source>
      <translation>Copier avec votre clé API ?</translation>
    </message>
    <message>
      <source>The copied text will contain your API key ({masked_key}). Anyone who sees it can start runs and spend this workspace's credits. Paste it only somewhere private.</source>
      <translation>Le texte copié contiendra votre clé API ({masked_key}). Toute personne qui la voit peut lancer des exécutions et dépenser les crédits de cet espace de travail. Ne la collez que dans un endroit privé.</translation>
    </message>
    <message>
      <source>Copy with key</source>
      <translation>Copier avec la clé</translation>
    </message>
    <message>
      <source>Copy as…</source>
      <translation>Copier comme…</translation>
    </message>
    <message>
      <source>Copy as</source>
      <translation>Copier comme</translation>
    </message>
    <message>
      <source>Copy this run as a curl command, a flora CLI command or a Python snippet</source>
      <translation>Copier cette exécution sous forme de commande curl, de commande flora CLI ou d'extrait Python</translation>
    </message>
    <message>
      <source>Copy this run as a command or code, to run it outside the app</source>
      <translation>Copier cette exécution sous forme de commande ou de code, pour la lancer hors de l'application</translation>
    </message>
    <message>
      <source>With your API key</source>
      <translation>Avec votre clé API</translation>
    </message>
    <message>
      <source>{format} with key…</source>
      <translation>{format} avec la clé…</translation>
    </message>
    <message>
      <source>Includes your API key; asks first</source>
      <translation>Contient votre clé API ; demande confirmation</translation>
    </message>
    <message>
      <source>There is no API key to copy in this session.</source>
      <translation>Aucune clé API à copier dans cette session.</translation>
    </message>
    <message>
      <source>Nothing was copied.</source>
      <translation>Rien n'a été copié.</translation>
    </message>
    <message>
      <source>Copied the {format} with your API key. Keep it private.</source>
      <translation>{format} copié avec votre clé API. Gardez-le privé.</translation>
    </message>
    <message>
      <source>Copied the {format} (key from $FLORA_API_KEY).</source>
      <translation>{format} copié (clé issue de $FLORA_API_KEY).</translation>
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
      <translation>Un problème est survenu dans FLORA Desktop. Vos entrées sont enregistrées.</translation>
    </message>
    <message>
      <source>You can keep working, or quit and start FLORA Desktop again. If it happens again, the details below help us find the cause; they contain no API key.</source>
      <translation>Vous pouvez continuer à travailler, ou quitter et relancer FLORA Desktop. Si cela se reproduit, les détails ci-dessous nous aident à en trouver la cause ; ils ne contiennent aucune clé API.</translation>
    </message>
  </context>
  <context>
    <name>Credentials</name>
    <message>
      <source>No system keyring is available on this computer (on Linux this needs a Secret Service such as GNOME Keyring or KWallet), so the API key cannot be saved. You can still use it for this session only.</source>
      <translation>Aucun trousseau système n'est disponible sur cet ordinateur (sous Linux, il faut un Secret Service comme GNOME Keyring ou KWallet) : la clé API ne peut donc pas être enregistrée. Vous pouvez tout de même l'utiliser pour cette session.</translation>
    </message>
    <message>
      <source>The system keyring is locked and was not unlocked, so the API key could not be read or saved. Unlock it and try again, or use the key for this session only.</source>
      <translation>Le trousseau système est verrouillé et n'a pas été déverrouillé : la clé API n'a pu être ni lue ni enregistrée. Déverrouillez-le et réessayez, ou utilisez la clé pour cette session uniquement.</translation>
    </message>
    <message>
      <source>An API key must be one line of text, without line breaks.</source>
      <translation>Une clé API tient sur une seule ligne, sans saut de ligne.</translation>
    </message>
  </context>
  <context>
    <name>DesktopCitizen</name>
    <message>
      <source>{files} will be imported once you are signed in.</source>
      <translation>{files} seront importés dès que vous serez connecté.</translation>
    </message>
  </context>
  <context>
    <name>DesktopEntryOffer</name>
    <message>
      <source>Add to your applications</source>
      <translation>Ajouter à vos applications</translation>
    </message>
    <message>
      <source>Add FLORA Desktop to your applications menu?</source>
      <translation>Ajouter FLORA Desktop au menu des applications ?</translation>
    </message>
    <message>
      <source>You can then start it like any other app, and open presets files by double-clicking them. This is asked only once.</source>
      <translation>Vous pourrez ensuite le lancer comme toute autre application, et ouvrir les fichiers de préréglages d'un double-clic. Cette question n'est posée qu'une fois.</translation>
    </message>
    <message>
      <source>Add to menu</source>
      <translation>Ajouter au menu</translation>
    </message>
    <message>
      <source>Not now</source>
      <translation>Pas maintenant</translation>
    </message>
    <message>
      <source>FLORA Desktop could not be added to the menu ({reason}).</source>
      <translation>FLORA Desktop n'a pas pu être ajouté au menu ({reason}).</translation>
    </message>
    <message>
      <source>no access</source>
      <translation>pas d'accès</translation>
    </message>
  </context>
  <context>
    <name>DocumentPreview</name>
    <message>
      <source>Loading preview…</source>
      <translation>Chargement de l'aperçu…</translation>
    </message>
    <message>
      <source>First page of the document</source>
      <translation>Première page du document</translation>
    </message>
  </context>
  <context>
    <name>ErrorBanner</name>
    <message>
      <source>Message</source>
      <translation>Message</translation>
    </message>
    <message>
      <source>Dismiss</source>
      <translation>Fermer</translation>
    </message>
    <message numerus="yes">
      <source>…and %n more.</source>
      <translation>
        <numerusform>…et %n autre.</numerusform>
        <numerusform>…et %n autres.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>FailureBox</name>
    <message>
      <source>Show what FLORA said</source>
      <translation>Afficher ce que FLORA a répondu</translation>
    </message>
    <message>
      <source>Hide what FLORA said</source>
      <translation>Masquer ce que FLORA a répondu</translation>
    </message>
  </context>
  <context>
    <name>Failures</name>
    <message>
      <source>Run again with these inputs (new run, billed again)</source>
      <translation>Relancer avec ces entrées (nouvelle exécution, facturée à nouveau)</translation>
    </message>
    <message>
      <source>Running it again starts a new run, which is billed again.</source>
      <translation>Relancer démarre une nouvelle exécution, facturée à nouveau.</translation>
    </message>
    <message>
      <source>The run hit a temporary problem</source>
      <translation>L'exécution a rencontré un problème passager</translation>
    </message>
    <message>
      <source>Something went wrong on FLORA's side while making this result. It usually works on a second try.</source>
      <translation>Un problème est survenu côté FLORA pendant la création de ce résultat. En général, ça marche au deuxième essai.</translation>
    </message>
    <message>
      <source>You can run it again now with the same inputs.</source>
      <translation>Vous pouvez la relancer maintenant avec les mêmes entrées.</translation>
    </message>
    <message>
      <source>FLORA is busy right now</source>
      <translation>FLORA est très sollicité en ce moment</translation>
    </message>
    <message>
      <source>The service that makes this result is overloaded or did not answer in time.</source>
      <translation>Le service qui crée ce résultat est surchargé ou n'a pas répondu à temps.</translation>
    </message>
    <message>
      <source>Wait a few minutes, then run it again with the same inputs.</source>
      <translation>Patientez quelques minutes, puis relancez avec les mêmes entrées.</translation>
    </message>
    <message>
      <source>FLORA could not use these inputs</source>
      <translation>FLORA n'a pas pu utiliser ces entrées</translation>
    </message>
    <message>
      <source>The inputs were refused or could not be read, so running it again unchanged would fail the same way.</source>
      <translation>Les entrées ont été refusées ou n'ont pas pu être lues : relancer sans rien changer échouerait de la même façon.</translation>
    </message>
    <message>
      <source>Change the inputs (the prompt, an image or a link), then run it again.</source>
      <translation>Modifiez les entrées (le prompt, une image ou un lien), puis relancez.</translation>
    </message>
    <message>
      <source>This run cannot be repeated as it is</source>
      <translation>Cette exécution ne peut pas être répétée telle quelle</translation>
    </message>
    <message>
      <source>The run stopped for a reason a retry cannot fix, such as credits, billing limits or access to this technique.</source>
      <translation>L'exécution s'est arrêtée pour une raison qu'un nouvel essai ne corrigera pas : crédits, limites de facturation ou accès à cette technique, par exemple.</translation>
    </message>
    <message>
      <source>Check your workspace's credits and access in FLORA before trying again.</source>
      <translation>Vérifiez les crédits et les accès de votre espace de travail dans FLORA avant de réessayer.</translation>
    </message>
    <message>
      <source>The inputs were refused by a safety filter</source>
      <translation>Les entrées ont été refusées par un filtre de sécurité</translation>
    </message>
    <message>
      <source>FLORA's safety check turned this request down, so running it again unchanged would fail the same way.</source>
      <translation>Le contrôle de sécurité de FLORA a refusé cette demande : relancer sans rien changer échouerait de la même façon.</translation>
    </message>
    <message>
      <source>Change the prompt or images so they stay within FLORA's content rules, then run it again.</source>
      <translation>Adaptez le prompt ou les images aux règles de contenu de FLORA, puis relancez.</translation>
    </message>
    <message>
      <source>{message} (code {code})</source>
      <translation>{message} (code {code})</translation>
    </message>
    <message>
      <source>(code {code})</source>
      <translation>(code {code})</translation>
    </message>
    <message>
      <source>FLORA gave no reason.</source>
      <translation>FLORA n'a donné aucune raison.</translation>
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
      <translation>Images</translation>
    </message>
    <message>
      <source>Videos</source>
      <translation>Vidéos</translation>
    </message>
    <message>
      <source>Sound files</source>
      <translation>Fichiers audio</translation>
    </message>
    <message>
      <source>PDF documents</source>
      <translation>Documents PDF</translation>
    </message>
    <message>
      <source>Files</source>
      <translation>Fichiers</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
      <source>“{name}” was not uploaded: the file storage refused it. Try again.</source>
      <translation>« {name} » n'a pas été envoyé : le stockage de fichiers l'a refusé. Réessayez.</translation>
    </message>
    <message>
      <source>FLORA could not process “{name}”. Try another file.</source>
      <translation>FLORA n'a pas pu traiter « {name} ». Essayez un autre fichier.</translation>
    </message>
    <message>
      <source>FLORA took too long to process “{name}”. Try again.</source>
      <translation>FLORA a mis trop de temps à traiter « {name} ». Réessayez.</translation>
    </message>
    <message>
      <source>You can't upload files to this workspace. Choose another workspace.</source>
      <translation>Vous ne pouvez pas envoyer de fichiers dans cet espace de travail. Choisissez-en un autre.</translation>
    </message>
    <message>
      <source>“{name}” was not uploaded: FLORA is not answering. Check your connection.</source>
      <translation>« {name} » n'a pas été envoyé : FLORA ne répond pas. Vérifiez votre connexion.</translation>
    </message>
    <message>
      <source>“{name}” was not uploaded. {title}. {what_to_do}</source>
      <translation>« {name} » n'a pas été envoyé. {title}. {what_to_do}</translation>
    </message>
  </context>
  <context>
    <name>FileInputBar</name>
    <message>
      <source>or drop a file on this row</source>
      <translation>ou déposez un fichier sur cette ligne</translation>
    </message>
    <message>
      <source>Choose file…</source>
      <translation>Choisir un fichier…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <source>Choose a file for {input}</source>
      <translation>Choisir un fichier pour {input}</translation>
    </message>
    <message>
      <source>Upload a file from this computer for {input}</source>
      <translation>Envoyer un fichier de cet ordinateur pour {input}</translation>
    </message>
    <message>
      <source>Upload progress for {input}</source>
      <translation>Progression de l'envoi pour {input}</translation>
    </message>
    <message>
      <source>Cancel the upload for {input}</source>
      <translation>Annuler l'envoi pour {input}</translation>
    </message>
    <message>
      <source>Uploading “{name}”…</source>
      <translation>Envoi de « {name} »…</translation>
    </message>
    <message>
      <source>FLORA is processing “{name}”…</source>
      <translation>FLORA traite « {name} »…</translation>
    </message>
    <message>
      <source>Trying “{name}” again…</source>
      <translation>Nouvel essai pour « {name} »…</translation>
    </message>
  </context>
  <context>
    <name>History</name>
    <message>
      <source>The run history was written by a newer FLORA Desktop (schema {version}). Update the app to open it.</source>
      <translation>L'historique des exécutions a été écrit par une version plus récente de FLORA Desktop (schéma {version}). Mettez l'application à jour pour l'ouvrir.</translation>
    </message>
    <message>
      <source>The run history cannot be kept safely on this disk ({mode} mode). Move the app's data folder to a local disk.</source>
      <translation>L'historique des exécutions ne peut pas être conservé en sécurité sur ce disque (mode {mode}). Déplacez le dossier de données de l'application sur un disque local.</translation>
    </message>
    <message>
      <source>The run history file is damaged and cannot be opened.</source>
      <translation>Le fichier d'historique est endommagé et ne peut pas être ouvert.</translation>
    </message>
  </context>
  <context>
    <name>HistoryModel</name>
    <message>
      <source>This app</source>
      <translation>Cette application</translation>
    </message>
    <message>
      <source>Elsewhere</source>
      <translation>Ailleurs</translation>
    </message>
    <message>
      <source>Started</source>
      <translation>Lancée</translation>
    </message>
    <message>
      <source>Technique</source>
      <translation>Technique</translation>
    </message>
    <message>
      <source>Workspace</source>
      <translation>Espace de travail</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>État</translation>
    </message>
    <message>
      <source>Cost</source>
      <translation>Coût</translation>
    </message>
    <message>
      <source>Started from</source>
      <translation>Lancée depuis</translation>
    </message>
    <message>
      <source>Run {run_id}</source>
      <translation>Exécution {run_id}</translation>
    </message>
    <message>
      <source>Unknown technique</source>
      <translation>Technique inconnue</translation>
    </message>
  </context>
  <context>
    <name>HistoryView</name>
    <message>
      <source>Any status</source>
      <translation>Tous les états</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Terminée</translation>
    </message>
    <message>
      <source>Failed</source>
      <translation>Échouée</translation>
    </message>
    <message>
      <source>Running</source>
      <translation>En cours</translation>
    </message>
    <message>
      <source>Waiting to start</source>
      <translation>En attente de démarrage</translation>
    </message>
    <message>
      <source>Any time</source>
      <translation>Toutes les dates</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>Aujourd'hui</translation>
    </message>
    <message>
      <source>Last 7 days</source>
      <translation>7 derniers jours</translation>
    </message>
    <message>
      <source>Last 30 days</source>
      <translation>30 derniers jours</translation>
    </message>
    <message>
      <source>No inputs.</source>
      <translation>Aucune entrée.</translation>
    </message>
    <message>
      <source>History</source>
      <translation>Historique</translation>
    </message>
    <message>
      <source>Search history</source>
      <translation>Rechercher dans l'historique</translation>
    </message>
    <message>
      <source>Search technique, workspace, inputs or run id</source>
      <translation>Rechercher une technique, un espace de travail, des entrées ou un identifiant d'exécution</translation>
    </message>
    <message>
      <source>Technique</source>
      <translation>Technique</translation>
    </message>
    <message>
      <source>All techniques</source>
      <translation>Toutes les techniques</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>État</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Check FLORA</source>
      <translation>Vérifier dans FLORA</translation>
    </message>
    <message>
      <source>Check FLORA for runs started elsewhere</source>
      <translation>Chercher dans FLORA les exécutions lancées ailleurs</translation>
    </message>
    <message>
      <source>Add runs started elsewhere (the web app, scripts) to the list</source>
      <translation>Ajouter à la liste les exécutions lancées ailleurs (application web, scripts)</translation>
    </message>
    <message>
      <source>Past runs</source>
      <translation>Exécutions passées</translation>
    </message>
    <message>
      <source>Column headers</source>
      <translation>En-têtes de colonnes</translation>
    </message>
    <message>
      <source>Open in editor</source>
      <translation>Ouvrir dans l'éditeur</translation>
    </message>
    <message>
      <source>Copy this run's inputs into the editor as a new draft</source>
      <translation>Copier les entrées de cette exécution dans l'éditeur, comme nouveau brouillon</translation>
    </message>
    <message>
      <source>&amp;Inputs</source>
      <translation>&amp;Entrées</translation>
    </message>
    <message>
      <source>The history could not be read.</source>
      <translation>L'historique n'a pas pu être lu.</translation>
    </message>
    <message>
      <source>Showing the newest {shown} of more than {total} runs</source>
      <translation>Les {shown} plus récentes sur plus de {total} exécutions</translation>
    </message>
    <message numerus="yes">
      <source>Showing the newest {shown} of %n runs</source>
      <translation>
        <numerusform>Les {shown} plus récentes sur %n exécution</numerusform>
        <numerusform>Les {shown} plus récentes sur %n exécutions</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n runs</source>
      <translation>
        <numerusform>%n exécution</numerusform>
        <numerusform>%n exécutions</numerusform>
      </translation>
    </message>
    <message>
      <source>Checking…</source>
      <translation>Vérification…</translation>
    </message>
    <message>
      <source>That run is not in the history on this computer.</source>
      <translation>Cette exécution n'est pas dans l'historique de cet ordinateur.</translation>
    </message>
    <message>
      <source>Unknown technique</source>
      <translation>Technique inconnue</translation>
    </message>
    <message>
      <source>Started {when}</source>
      <translation>Lancée {when}</translation>
    </message>
    <message>
      <source>started in this app</source>
      <translation>lancée depuis cette application</translation>
    </message>
    <message>
      <source>started elsewhere</source>
      <translation>lancée ailleurs</translation>
    </message>
    <message>
      <source>took {duration}</source>
      <translation>durée {duration}</translation>
    </message>
    <message>
      <source>charged {cost}</source>
      <translation>facturée {cost}</translation>
    </message>
    <message>
      <source>run id {run_id}</source>
      <translation>identifiant {run_id}</translation>
    </message>
    <message>
      <source>This run failed, so it has no outputs.</source>
      <translation>Cette exécution a échoué : elle n'a donc aucun résultat.</translation>
    </message>
    <message>
      <source>This run has not finished yet; see Runs for its progress.</source>
      <translation>Cette exécution n'est pas encore terminée ; suivez sa progression dans Exécutions.</translation>
    </message>
  </context>
  <context>
    <name>ImageViewer</name>
    <message>
      <source>The image could not be read ({problem}).</source>
      <translation>L'image n'a pas pu être lue ({problem}).</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation>Chargement…</translation>
    </message>
    <message>
      <source>Fit</source>
      <translation>Ajuster</translation>
    </message>
    <message>
      <source>Fit the image to the window</source>
      <translation>Ajuster l'image à la fenêtre</translation>
    </message>
    <message>
      <source>Actual size</source>
      <translation>Taille réelle</translation>
    </message>
    <message>
      <source>Zoom out</source>
      <translation>Zoom arrière</translation>
    </message>
    <message>
      <source>Zoom in</source>
      <translation>Zoom avant</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Fermer</translation>
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
      <translation>Doit durer {seconds:g} s</translation>
    </message>
    <message>
      <source>Shape {ratio}</source>
      <translation>Format {ratio}</translation>
    </message>
    <message>
      <source>Square ({ratio})</source>
      <translation>Carré ({ratio})</translation>
    </message>
    <message>
      <source>Landscape ({ratio})</source>
      <translation>Paysage ({ratio})</translation>
    </message>
    <message>
      <source>Portrait ({ratio})</source>
      <translation>Portrait ({ratio})</translation>
    </message>
    <message>
      <source>Custom</source>
      <translation>Personnalisée</translation>
    </message>
    <message>
      <source>Optional</source>
      <translation>Facultatif</translation>
    </message>
    <message>
      <source>Required</source>
      <translation>Obligatoire</translation>
    </message>
    <message>
      <source>New input</source>
      <translation>Nouvelle entrée</translation>
    </message>
    <message>
      <source>Name of the input</source>
      <translation>Nom de l'entrée</translation>
    </message>
    <message>
      <source>{ }</source>
      <translation>{ }</translation>
    </message>
    <message>
      <source>Type this value as JSON (any JSON value)</source>
      <translation>Saisir cette valeur en JSON (toute valeur JSON)</translation>
    </message>
    <message>
      <source>Move up (Alt+Up)</source>
      <translation>Monter (Alt+Haut)</translation>
    </message>
    <message>
      <source>Move down (Alt+Down)</source>
      <translation>Descendre (Alt+Bas)</translation>
    </message>
    <message>
      <source>Remove this input</source>
      <translation>Retirer cette entrée</translation>
    </message>
    <message>
      <source>Key {key}</source>
      <translation>Nom {key}</translation>
    </message>
    <message>
      <source>Name of the custom input</source>
      <translation>Nom de l'entrée personnalisée</translation>
    </message>
    <message>
      <source>Type {input} as JSON</source>
      <translation>Saisir {input} en JSON</translation>
    </message>
    <message>
      <source>Move {input} up</source>
      <translation>Monter {input}</translation>
    </message>
    <message>
      <source>Move {input} down</source>
      <translation>Descendre {input}</translation>
    </message>
    <message>
      <source>Remove {input}</source>
      <translation>Retirer {input}</translation>
    </message>
    <message>
      <source>Problem:</source>
      <translation>Problème :</translation>
    </message>
  </context>
  <context>
    <name>Inputs</name>
    <message>
      <source>Image</source>
      <translation>Image</translation>
    </message>
    <message>
      <source>Video</source>
      <translation>Vidéo</translation>
    </message>
    <message>
      <source>Audio</source>
      <translation>Audio</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>Document</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Texte</translation>
    </message>
    <message>
      <source>Required</source>
      <translation>Obligatoire</translation>
    </message>
    <message>
      <source>This is not a link or a file. Paste a web address (https://…) or choose a file.</source>
      <translation>Ce n'est ni un lien ni un fichier. Collez une adresse web (https://…) ou choisissez un fichier.</translation>
    </message>
    <message>
      <source>To use a file from this computer, choose it or drop it on this row.</source>
      <translation>Pour utiliser un fichier de cet ordinateur, choisissez-le ou déposez-le sur cette ligne.</translation>
    </message>
    <message>
      <source>This has a broken character (half of an emoji or symbol) that cannot be sent. Delete it and type it again.</source>
      <translation>Ceci contient un caractère cassé (la moitié d'un emoji ou d'un symbole) qui ne peut pas être envoyé. Supprimez-le et retapez-le.</translation>
    </message>
    <message>
      <source>A number here is too large to send: use a smaller one.</source>
      <translation>Un nombre ici est trop grand pour être envoyé : utilisez-en un plus petit.</translation>
    </message>
    <message>
      <source>The name has a broken character (half of an emoji or symbol). Type it again.</source>
      <translation>Le nom contient un caractère cassé (la moitié d'un emoji ou d'un symbole). Retapez-le.</translation>
    </message>
    <message>
      <source>This web address is missing the site name, like https://example.com/…</source>
      <translation>Il manque le nom du site dans cette adresse web, par exemple https://example.com/…</translation>
    </message>
    <message>
      <source>Add https:// at the start of this web address, like https://example.com/picture.png</source>
      <translation>Ajoutez https:// au début de cette adresse web, par exemple https://example.com/picture.png</translation>
    </message>
    <message>
      <source>Only web addresses that start with https:// can be used here. Paste a web address or choose a file.</source>
      <translation>Seules les adresses web commençant par https:// sont acceptées ici. Collez une adresse web ou choisissez un fichier.</translation>
    </message>
    <message>
      <source>This web address has a space in the site name. Remove the space, or copy the address again from your browser.</source>
      <translation>Cette adresse web contient une espace dans le nom du site. Supprimez l’espace, ou copiez de nouveau l’adresse depuis votre navigateur.</translation>
    </message>
    <message>
      <source>This web address has a hidden character in it, such as a line break. Copy the address again from your browser's address bar.</source>
      <translation>Cette adresse web contient un caractère invisible, comme un saut de ligne. Copiez-la de nouveau depuis la barre d’adresse de votre navigateur.</translation>
    </message>
    <message>
      <source>This web address can't be read (a bracket or port number is wrong). Copy it again from your browser's address bar.</source>
      <translation>Cette adresse web est illisible (un crochet ou un numéro de port est incorrect). Copiez-la de nouveau depuis la barre d’adresse de votre navigateur.</translation>
    </message>
    <message>
      <source>Give this input a name</source>
      <translation>Donnez un nom à cette entrée</translation>
    </message>
    <message>
      <source>Remove the spaces before or after the name</source>
      <translation>Retirez les espaces avant ou après le nom</translation>
    </message>
    <message>
      <source>Another input already uses this name</source>
      <translation>Une autre entrée porte déjà ce nom</translation>
    </message>
    <message>
      <source>Enter a value, or remove this input</source>
      <translation>Saisissez une valeur, ou retirez cette entrée</translation>
    </message>
    <message>
      <source>Custom</source>
      <translation>Personnalisée</translation>
    </message>
    <message>
      <source>Unknown type</source>
      <translation>Type inconnu</translation>
    </message>
    <message>
      <source>This isn't valid JSON: {name} is not allowed in JSON</source>
      <translation>Ce JSON n'est pas valide : {name} n'est pas autorisé en JSON</translation>
    </message>
    <message>
      <source>This isn't valid JSON: {problem} (line {line}, column {column})</source>
      <translation>Ce JSON n'est pas valide : {problem} (ligne {line}, colonne {column})</translation>
    </message>
    <message>
      <source>This JSON is nested too deeply to read</source>
      <translation>Ce JSON est trop imbriqué pour être lu</translation>
    </message>
    <message>
      <source>This isn't valid JSON: {problem}</source>
      <translation>Ce JSON n'est pas valide : {problem}</translation>
    </message>
    <message>
      <source>Item {number}: {problem}</source>
      <translation>Élément {number} : {problem}</translation>
    </message>
    <message>
      <source>This value is too large to show as JSON</source>
      <translation>Cette valeur est trop grande pour être affichée en JSON</translation>
    </message>
    <message>
      <source>The name “{key}” appears more than once</source>
      <translation>Le nom « {key} » apparaît plusieurs fois</translation>
    </message>
    <message>
      <source>The inputs must be one JSON object in braces: {"name": "value", …}</source>
      <translation>Les entrées doivent former un seul objet JSON entre accolades : {"name": "value", …}</translation>
    </message>
  </context>
  <context>
    <name>InputsEditor</name>
    <message>
      <source>Technique inputs</source>
      <translation>Entrées de la technique</translation>
    </message>
    <message>
      <source>Inputs</source>
      <translation>Entrées</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <source>Undo (Ctrl+Z)</source>
      <translation>Annuler (Ctrl+Z)</translation>
    </message>
    <message>
      <source>Redo</source>
      <translation>Rétablir</translation>
    </message>
    <message>
      <source>Redo (Ctrl+Shift+Z)</source>
      <translation>Rétablir (Ctrl+Maj+Z)</translation>
    </message>
    <message>
      <source>Edit as JSON</source>
      <translation>Modifier en JSON</translation>
    </message>
    <message>
      <source>Show all inputs as one JSON object</source>
      <translation>Afficher toutes les entrées comme un seul objet JSON</translation>
    </message>
    <message>
      <source>Advanced</source>
      <translation>Avancé</translation>
    </message>
    <message>
      <source>Show the technical details: input ids, raw values, custom inputs, Copy as…</source>
      <translation>Afficher les détails techniques : identifiants d'entrée, valeurs brutes, entrées personnalisées, Copier comme…</translation>
    </message>
    <message>
      <source>Input</source>
      <translation>Entrée</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Valeur</translation>
    </message>
    <message>
      <source>This technique takes no inputs.</source>
      <translation>Cette technique ne prend aucune entrée.</translation>
    </message>
    <message>
      <source>Add input</source>
      <translation>Ajouter une entrée</translation>
    </message>
    <message>
      <source>Add an input the technique does not list (a custom input)</source>
      <translation>Ajouter une entrée que la technique ne liste pas (entrée personnalisée)</translation>
    </message>
    <message>
      <source>Undo an edit of the inputs</source>
      <translation>Annuler une modification des entrées</translation>
    </message>
    <message>
      <source>Redo an edit of the inputs</source>
      <translation>Rétablir une modification des entrées</translation>
    </message>
    <message>
      <source>Move a row up</source>
      <translation>Monter la ligne</translation>
    </message>
    <message>
      <source>Move a row down</source>
      <translation>Descendre la ligne</translation>
    </message>
    <message>
      <source>The JSON cannot be applied: {problem}</source>
      <translation>Le JSON ne peut pas être appliqué : {problem}</translation>
    </message>
    <message>
      <source>Not accepted</source>
      <translation>Refusé</translation>
    </message>
    <message>
      <source>Edit {input}</source>
      <translation>Modifier {input}</translation>
    </message>
    <message>
      <source>Rename input</source>
      <translation>Renommer l'entrée</translation>
    </message>
    <message>
      <source>JSON for {input}</source>
      <translation>JSON pour {input}</translation>
    </message>
    <message>
      <source>Plain value for {input}</source>
      <translation>Valeur simple pour {input}</translation>
    </message>
    <message>
      <source>Remove {input}</source>
      <translation>Retirer {input}</translation>
    </message>
    <message>
      <source>Move {input}</source>
      <translation>Déplacer {input}</translation>
    </message>
  </context>
  <context>
    <name>InputsJsonView</name>
    <message>
      <source>All inputs as one JSON object: each name with its value. Apply puts them back in the table; names the technique does not list become custom inputs.</source>
      <translation>Toutes les entrées en un seul objet JSON : chaque nom avec sa valeur. Appliquer les remet dans le tableau ; les noms que la technique ne liste pas deviennent des entrées personnalisées.</translation>
    </message>
    <message>
      <source>Inputs as JSON</source>
      <translation>Entrées en JSON</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Appliquer</translation>
    </message>
    <message>
      <source>Apply the JSON to the table</source>
      <translation>Appliquer le JSON au tableau</translation>
    </message>
    <message>
      <source>Back to the table</source>
      <translation>Retour au tableau</translation>
    </message>
    <message>
      <source>Back to the table without applying</source>
      <translation>Retour au tableau sans appliquer</translation>
    </message>
  </context>
  <context>
    <name>InputsSummary</name>
    <message>
      <source>Inputs of this run</source>
      <translation>Entrées de cette exécution</translation>
    </message>
    <message>
      <source>First frame of {name}</source>
      <translation>Première image de {name}</translation>
    </message>
    <message>
      <source>Picture {name}</source>
      <translation>Image {name}</translation>
    </message>
  </context>
  <context>
    <name>LanguageChoice</name>
    <message>
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <source>Same as the system</source>
      <translation>Comme le système</translation>
    </message>
    <message>
      <source>A new language shows the next time FLORA Desktop starts.</source>
      <translation>La nouvelle langue s'affiche au prochain démarrage de FLORA Desktop.</translation>
    </message>
  </context>
  <context>
    <name>LargeValueView</name>
    <message>
      <source>Clear value</source>
      <translation>Effacer la valeur</translation>
    </message>
    <message>
      <source>Clear the value of {input}</source>
      <translation>Effacer la valeur de {input}</translation>
    </message>
    <message>
      <source>A large value ({size}) is kept as it is. It is too long to show here.</source>
      <translation>Une grande valeur ({size}) est conservée telle quelle. Elle est trop longue pour être affichée ici.</translation>
    </message>
    <message>
      <source>{millions:.1f} million characters</source>
      <translation>{millions:.1f} millions de caractères</translation>
    </message>
    <message>
      <source>{chars:,} characters</source>
      <translation>{chars:,} caractères</translation>
    </message>
  </context>
  <context>
    <name>LaunchLayout</name>
    <message>
      <source>&amp;Workspace</source>
      <translation>&amp;Espace de travail</translation>
    </message>
    <message>
      <source>Run result</source>
      <translation>Résultat de l'exécution</translation>
    </message>
    <message>
      <source>Drag to resize the panes</source>
      <translation>Faites glisser pour redimensionner les panneaux</translation>
    </message>
    <message>
      <source>Practice mode — nothing is charged. Runs happen in a local sandbox with sample results.</source>
      <translation>Mode entraînement — rien n'est facturé. Les exécutions ont lieu dans un bac à sable local, avec des résultats d'exemple.</translation>
    </message>
  </context>
  <context>
    <name>LauncherPage</name>
    <message>
      <source>Choose a technique on the left.</source>
      <translation>Choisissez une technique à gauche.</translation>
    </message>
    <message>
      <source>Inputs</source>
      <translation>Entrées</translation>
    </message>
    <message>
      <source>Run the technique</source>
      <translation>Lancer la technique</translation>
    </message>
    <message>
      <source>This key can't see any workspace.</source>
      <translation>Cette clé ne voit aucun espace de travail.</translation>
    </message>
    <message>
      <source>Starting the run…</source>
      <translation>Démarrage de l'exécution…</translation>
    </message>
    <message>
      <source>Run started.</source>
      <translation>Exécution lancée.</translation>
    </message>
    <message>
      <source>This run was already started.</source>
      <translation>Cette exécution a déjà été lancée.</translation>
    </message>
    <message>
      <source>Your changes are saved as a draft again.</source>
      <translation>Vos modifications sont de nouveau enregistrées comme brouillon.</translation>
    </message>
  </context>
  <context>
    <name>LauncherTools</name>
    <message>
      <source>Choose a technique first.</source>
      <translation>Choisissez d'abord une technique.</translation>
    </message>
    <message>
      <source>Choose a workspace first.</source>
      <translation>Choisissez d'abord un espace de travail.</translation>
    </message>
    <message>
      <source>Fix the marked inputs first, then copy.</source>
      <translation>Corrigez d'abord les entrées signalées, puis copiez.</translation>
    </message>
  </context>
  <context>
    <name>ListValueEditor</name>
    <message>
      <source>Add item</source>
      <translation>Ajouter un élément</translation>
    </message>
    <message>
      <source>Add an item to {input}</source>
      <translation>Ajouter un élément à {input}</translation>
    </message>
    <message>
      <source>Remove this item</source>
      <translation>Retirer cet élément</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Élément</translation>
    </message>
    <message>
      <source>{input}, item {number}</source>
      <translation>{input}, élément {number}</translation>
    </message>
    <message>
      <source>Remove item {number} of {input}</source>
      <translation>Retirer l'élément {number} de {input}</translation>
    </message>
  </context>
  <context>
    <name>LiveResult</name>
    <message>
      <source>Waiting for FLORA…</source>
      <translation>En attente de FLORA…</translation>
    </message>
    <message>
      <source>Run finished: {count} outputs.</source>
      <translation>Exécution terminée : {count} résultats.</translation>
    </message>
    <message>
      <source>Run failed: {why}</source>
      <translation>Échec de l'exécution : {why}</translation>
    </message>
    <message>
      <source>Run failed.</source>
      <translation>Échec de l'exécution.</translation>
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
      <translation>Vous utilisez la clé de démo du bac à sable : il n'y a rien à déconnecter.</translation>
    </message>
    <message>
      <source>The key comes from the FLORA_API_KEY environment variable and was never saved; unset it to sign out.</source>
      <translation>La clé provient de la variable d'environnement FLORA_API_KEY et n'a jamais été enregistrée ; supprimez cette variable pour vous déconnecter.</translation>
    </message>
    <message>
      <source>Forget the saved key for this server and return to sign-in.</source>
      <translation>Oublier la clé enregistrée pour ce serveur et revenir à la connexion.</translation>
    </message>
    <message>
      <source>Forget the key kept for this session and return to sign-in.</source>
      <translation>Oublier la clé conservée pour cette session et revenir à la connexion.</translation>
    </message>
    <message>
      <source>Connecting to FLORA…</source>
      <translation>Connexion à FLORA…</translation>
    </message>
    <message>
      <source>&amp;FLORA</source>
      <translation>&amp;FLORA</translation>
    </message>
    <message>
      <source>Connect to the &amp;sandbox</source>
      <translation>Se connecter au &amp;bac à sable</translation>
    </message>
    <message>
      <source>Use a practice FLORA on this computer; nothing is charged.</source>
      <translation>Utiliser un FLORA d'entraînement sur cet ordinateur ; rien n'est facturé.</translation>
    </message>
    <message>
      <source>Sign &amp;in with an API key…</source>
      <translation>Se &amp;connecter avec une clé API…</translation>
    </message>
    <message>
      <source>Leave the sandbox and use your own FLORA API key.</source>
      <translation>Quitter le bac à sable et utiliser votre propre clé API FLORA.</translation>
    </message>
    <message>
      <source>Sign &amp;out</source>
      <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <source>S&amp;ettings…</source>
      <translation>Para&amp;mètres…</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Aide</translation>
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
      <source>You are not signed in.</source>
      <translation>Vous n'êtes pas connecté.</translation>
    </message>
  </context>
  <context>
    <name>MediaChecks</name>
    <message>
      <source>This picture is {width} × {height}, but this input needs the shape {ratio}.</source>
      <translation>Cette image fait {width} × {height}, mais cette entrée attend le format {ratio}.</translation>
    </message>
    <message>
      <source>This clip is {actual}, but this input needs {wanted}.</source>
      <translation>Ce clip est {actual}, mais cette entrée attend {wanted}.</translation>
    </message>
    <message>
      <source>{n} bytes</source>
      <translation>{n} octets</translation>
    </message>
  </context>
  <context>
    <name>MediaFetch</name>
    <message>
      <source>No preview for this kind of link.</source>
      <translation>Pas d'aperçu pour ce type de lien.</translation>
    </message>
    <message>
      <source>No preview: the site answered “{status}”.</source>
      <translation>Pas d'aperçu : le site a répondu « {status} ».</translation>
    </message>
    <message>
      <source>No preview: the link could not be reached.</source>
      <translation>Pas d'aperçu : le lien est injoignable.</translation>
    </message>
  </context>
  <context>
    <name>MediaOutput</name>
    <message>
      <source>This computer can't play sound or video inside the app (a system library is missing).</source>
      <translation>Cet ordinateur ne peut pas lire de son ni de vidéo dans l'application (il manque une bibliothèque système).</translation>
    </message>
    <message>
      <source>Video</source>
      <translation>Vidéo</translation>
    </message>
    <message>
      <source>Loading the first frame…</source>
      <translation>Chargement de la première image…</translation>
    </message>
    <message>
      <source>Play</source>
      <translation>Lire</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>Position</translation>
    </message>
    <message>
      <source>First frame of the video</source>
      <translation>Première image de la vidéo</translation>
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
      <translation>Ce fichier ne peut pas être lu ici. Enregistrez-le et ouvrez-le plutôt.</translation>
    </message>
  </context>
  <context>
    <name>MediaPreview</name>
    <message>
      <source>Use anyway</source>
      <translation>Utiliser quand même</translation>
    </message>
    <message>
      <source>Preview of {input}</source>
      <translation>Aperçu de {input}</translation>
    </message>
    <message>
      <source>Use the file for {input} anyway</source>
      <translation>Utiliser quand même le fichier pour {input}</translation>
    </message>
    <message>
      <source>Loading a preview…</source>
      <translation>Chargement d'un aperçu…</translation>
    </message>
    <message>
      <source>Crop to {ratio}</source>
      <translation>Recadrer en {ratio}</translation>
    </message>
  </context>
  <context>
    <name>Messages</name>
    <message>
      <source>Your role in this workspace ({role}) can't start runs. Choose another workspace.</source>
      <translation>Votre rôle dans cet espace de travail ({role}) ne permet pas de lancer des exécutions. Choisissez un autre espace de travail.</translation>
    </message>
    <message>
      <source>This run was already started</source>
      <translation>Cette exécution a déjà été lancée</translation>
    </message>
    <message>
      <source>No run of this technique has shown up in this workspace's history yet. Look again in a moment, or check FLORA before pressing Run again.</source>
      <translation>Aucune exécution de cette technique n'apparaît encore dans l'historique de cet espace de travail. Regardez de nouveau dans un instant, ou vérifiez dans FLORA avant d'appuyer à nouveau sur Lancer.</translation>
    </message>
    <message>
      <source>Check the key</source>
      <translation>Vérifier la clé</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>Actualiser</translation>
    </message>
    <message>
      <source>Try again</source>
      <translation>Réessayer</translation>
    </message>
    <message>
      <source>Look it up</source>
      <translation>Vérifier</translation>
    </message>
    <message>
      <source>Open billing</source>
      <translation>Ouvrir la facturation</translation>
    </message>
    <message>
      <source>Choose another workspace</source>
      <translation>Choisir un autre espace de travail</translation>
    </message>
    <message>
      <source>Run as a batch…</source>
      <translation>Lancer en lot…</translation>
    </message>
    <message>
      <source>Stopped waiting for FLORA</source>
      <translation>Plus d'attente de FLORA</translation>
    </message>
    <message>
      <source>The run may still have started: FLORA may have received the request.</source>
      <translation>L'exécution a peut-être quand même démarré : FLORA a peut-être reçu la demande.</translation>
    </message>
    <message>
      <source>Look it up before pressing Run again, so you don't pay twice.</source>
      <translation>Vérifiez avant d'appuyer à nouveau sur Lancer, pour ne pas payer deux fois.</translation>
    </message>
    <message>
      <source>Not retried</source>
      <translation>Pas de nouvel essai</translation>
    </message>
    <message>
      <source>FLORA was busy and did not start the run. Nothing was charged.</source>
      <translation>FLORA était occupé et n'a pas lancé l'exécution. Rien n'a été facturé.</translation>
    </message>
    <message>
      <source>Press Run again when you're ready.</source>
      <translation>Appuyez à nouveau sur Lancer quand vous êtes prêt.</translation>
    </message>
    <message>
      <source>FLORA is not answering</source>
      <translation>FLORA ne répond pas</translation>
    </message>
    <message>
      <source>Nothing was charged unless the run shows up in your history.</source>
      <translation>Rien n'a été facturé, sauf si l'exécution apparaît dans votre historique.</translation>
    </message>
    <message>
      <source>Check your internet connection, then try again. Trying again won't start a second run.</source>
      <translation>Vérifiez votre connexion internet, puis réessayez. Réessayer ne lancera pas une deuxième exécution.</translation>
    </message>
    <message>
      <source>The app could not get an answer from FLORA.</source>
      <translation>L'application n'a pas obtenu de réponse de FLORA.</translation>
    </message>
    <message>
      <source>Check your internet connection, then try again.</source>
      <translation>Vérifiez votre connexion internet, puis réessayez.</translation>
    </message>
    <message>
      <source>FLORA sent an unexpected answer</source>
      <translation>Réponse inattendue de FLORA</translation>
    </message>
    <message>
      <source>FLORA sent an answer the app could not read.</source>
      <translation>FLORA a envoyé une réponse que l'application ne sait pas lire.</translation>
    </message>
    <message>
      <source>Try again in a moment; if it keeps happening, check FLORA's status page.</source>
      <translation>Réessayez dans un instant ; si le problème persiste, consultez la page d'état de FLORA.</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>inconnu</translation>
    </message>
    <message>
      <source>not known yet</source>
      <translation>pas encore connu</translation>
    </message>
    <message>
      <source>about {seconds} s</source>
      <translation>environ {seconds} s</translation>
    </message>
    <message>
      <source>about {minutes} min</source>
      <translation>environ {minutes} min</translation>
    </message>
    <message>
      <source>FLORA is busy; trying again in {seconds} s.</source>
      <translation>FLORA est occupé ; nouvel essai dans {seconds} s.</translation>
    </message>
    <message>
      <source>FLORA is not answering; trying again in {seconds} s.</source>
      <translation>FLORA ne répond pas ; nouvel essai dans {seconds} s.</translation>
    </message>
    <message>
      <source>The app tries again by itself in {seconds} s.</source>
      <translation>L'application réessaie d'elle-même dans {seconds} s.</translation>
    </message>
    <message>
      <source>FLORA is busy</source>
      <translation>FLORA est occupé</translation>
    </message>
    <message>
      <source>Waiting for FLORA</source>
      <translation>En attente de FLORA</translation>
    </message>
    <message>
      <source>The app tries again by itself; you don't need to do anything.</source>
      <translation>L'application réessaie d'elle-même ; vous n'avez rien à faire.</translation>
    </message>
    <message>
      <source>This value was not accepted.</source>
      <translation>Cette valeur n'a pas été acceptée.</translation>
    </message>
    <message>
      <source>{field}: {message}</source>
      <translation>{field} : {message}</translation>
    </message>
    <message>
      <source>Your API key was not accepted</source>
      <translation>Votre clé API n'a pas été acceptée</translation>
    </message>
    <message>
      <source>FLORA did not recognise the key this app is using. It may have been revoked or replaced.</source>
      <translation>FLORA ne reconnaît pas la clé utilisée par l'application. Elle a peut-être été révoquée ou remplacée.</translation>
    </message>
    <message>
      <source>Check the key in Settings, or sign in again with a new key.</source>
      <translation>Vérifiez la clé dans les Paramètres, ou reconnectez-vous avec une nouvelle clé.</translation>
    </message>
    <message>
      <source>Not enough credits</source>
      <translation>Crédits insuffisants</translation>
    </message>
    <message>
      <source>This workspace doesn't have enough credits for this run. Nothing was charged.</source>
      <translation>Cet espace de travail n'a pas assez de crédits pour cette exécution. Rien n'a été facturé.</translation>
    </message>
    <message>
      <source>You can't run techniques here</source>
      <translation>Vous ne pouvez pas lancer de techniques ici</translation>
    </message>
    <message>
      <source>Your role in this workspace can't run techniques, or this key belongs to another workspace.</source>
      <translation>Votre rôle dans cet espace de travail ne permet pas de lancer des techniques, ou cette clé appartient à un autre espace de travail.</translation>
    </message>
    <message>
      <source>Choose another workspace, or ask the workspace owner for access.</source>
      <translation>Choisissez un autre espace de travail, ou demandez l'accès à son propriétaire.</translation>
    </message>
    <message>
      <source>This technique is gone</source>
      <translation>Cette technique n'existe plus</translation>
    </message>
    <message>
      <source>FLORA can't find this technique any more. It may have been removed or made private.</source>
      <translation>FLORA ne trouve plus cette technique. Elle a peut-être été supprimée ou rendue privée.</translation>
    </message>
    <message>
      <source>Refresh the list and choose another technique. Your inputs are kept.</source>
      <translation>Actualisez la liste et choisissez une autre technique. Vos entrées sont conservées.</translation>
    </message>
    <message>
      <source>FLORA had already received this request, so no second run was started.</source>
      <translation>FLORA avait déjà reçu cette demande : aucune deuxième exécution n'a été lancée.</translation>
    </message>
    <message>
      <source>Look it up in the run history.</source>
      <translation>Retrouvez-la dans l'historique des exécutions.</translation>
    </message>
    <message>
      <source>This request was already sent with other inputs</source>
      <translation>Cette demande a déjà été envoyée avec d'autres entrées</translation>
    </message>
    <message>
      <source>FLORA refused to start it again with changed inputs.</source>
      <translation>FLORA a refusé de la relancer avec des entrées modifiées.</translation>
    </message>
    <message>
      <source>Press Run to start a new run with the inputs as they are now.</source>
      <translation>Appuyez sur Lancer pour démarrer une nouvelle exécution avec les entrées actuelles.</translation>
    </message>
    <message>
      <source>FLORA asked the app to slow down, so this could not be loaded yet.</source>
      <translation>FLORA a demandé à l'application de ralentir : ceci n'a pas encore pu être chargé.</translation>
    </message>
    <message>
      <source>Wait a minute, then try again.</source>
      <translation>Patientez une minute, puis réessayez.</translation>
    </message>
    <message>
      <source>You don't need to do anything; this is still the same run.</source>
      <translation>Vous n'avez rien à faire ; il s'agit toujours de la même exécution.</translation>
    </message>
    <message>
      <source>FLORA is still busy</source>
      <translation>FLORA est toujours occupé</translation>
    </message>
    <message>
      <source>FLORA asked the app to slow down and did not start the run. Nothing was charged.</source>
      <translation>FLORA a demandé à l'application de ralentir et n'a pas lancé l'exécution. Rien n'a été facturé.</translation>
    </message>
    <message>
      <source>Wait a minute, then press Run again.</source>
      <translation>Patientez une minute, puis appuyez à nouveau sur Lancer.</translation>
    </message>
    <message>
      <source>Some inputs need a fix</source>
      <translation>Certaines entrées sont à corriger</translation>
    </message>
    <message>
      <source>FLORA did not accept some of the inputs. The problems are shown next to them.</source>
      <translation>FLORA n'a pas accepté certaines entrées. Les problèmes sont indiqués à côté.</translation>
    </message>
    <message>
      <source>Fix the marked inputs, then press Run again.</source>
      <translation>Corrigez les entrées signalées, puis appuyez à nouveau sur Lancer.</translation>
    </message>
    <message>
      <source>FLORA could not read the request</source>
      <translation>FLORA n'a pas pu lire la demande</translation>
    </message>
    <message>
      <source>The app sent something FLORA could not understand. Nothing was charged.</source>
      <translation>L'application a envoyé quelque chose que FLORA n'a pas compris. Rien n'a été facturé.</translation>
    </message>
    <message>
      <source>Try again; if it keeps happening, restart the app.</source>
      <translation>Réessayez ; si le problème persiste, redémarrez l'application.</translation>
    </message>
    <message>
      <source>“{input}” holds {count} values, and FLORA starts one run for each. Nothing was sent.</source>
      <translation>« {input} » contient {count} valeurs, et FLORA lance une exécution pour chacune. Rien n'a été envoyé.</translation>
    </message>
    <message>
      <source>Several values make several runs</source>
      <translation>Plusieurs valeurs donnent plusieurs exécutions</translation>
    </message>
    <message>
      <source>Run them as a batch to see what they cost and follow each one, or keep one value.</source>
      <translation>Lancez-les en lot pour voir leur coût et suivre chacune, ou gardez une seule valeur.</translation>
    </message>
    <message>
      <source>FLORA sent an answer the app could not read. The run may have started.</source>
      <translation>FLORA a envoyé une réponse que l'application ne sait pas lire. L'exécution a peut-être démarré.</translation>
    </message>
    <message>
      <source>Look it up in the run history before pressing Run again.</source>
      <translation>Vérifiez l'historique des exécutions avant d'appuyer à nouveau sur Lancer.</translation>
    </message>
    <message>
      <source>Add credits to this workspace in FLORA, then press Run again.</source>
      <translation>Ajoutez des crédits à cet espace de travail dans FLORA, puis appuyez de nouveau sur Lancer.</translation>
    </message>
    <message>
      <source>FLORA refused the request</source>
      <translation>FLORA a refusé la demande</translation>
    </message>
    <message>
      <source>FLORA answered with an error.</source>
      <translation>FLORA a répondu par une erreur.</translation>
    </message>
    <message>
      <source>Try again; if it keeps happening, check FLORA's status page.</source>
      <translation>Réessayez ; si le problème persiste, consultez la page d'état de FLORA.</translation>
    </message>
    <message>
      <source>Something went wrong</source>
      <translation>Un problème est survenu</translation>
    </message>
    <message>
      <source>The app could not finish talking to FLORA.</source>
      <translation>L'application n'a pas pu terminer l'échange avec FLORA.</translation>
    </message>
    <message>
      <source>Try again.</source>
      <translation>Réessayez.</translation>
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
      <translation>Résultat {number} : {kind}</translation>
    </message>
    <message>
      <source>Save…</source>
      <translation>Enregistrer…</translation>
    </message>
    <message>
      <source>Save this output to a folder</source>
      <translation>Enregistrer ce résultat dans un dossier</translation>
    </message>
    <message>
      <source>Copy the link</source>
      <translation>Copier le lien</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Ouvrir</translation>
    </message>
    <message>
      <source>{kind} {number}</source>
      <translation>{kind} {number}</translation>
    </message>
    <message>
      <source>Open with the system's app</source>
      <translation>Ouvrir avec l'application du système</translation>
    </message>
    <message>
      <source>Copy link</source>
      <translation>Copier le lien</translation>
    </message>
    <message>
      <source>Saving</source>
      <translation>Enregistrement</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <source>Stop saving</source>
      <translation>Arrêter l'enregistrement</translation>
    </message>
    <message>
      <source>{reason} It is shown as text only.</source>
      <translation>{reason} Il est affiché uniquement sous forme de texte.</translation>
    </message>
    <message>
      <source>This link is not opened.</source>
      <translation>Ce lien n'est pas ouvert.</translation>
    </message>
    <message>
      <source>Play it in the system's player</source>
      <translation>Lire dans le lecteur du système</translation>
    </message>
    <message>
      <source>Saving…</source>
      <translation>Enregistrement…</translation>
    </message>
    <message>
      <source>{kilobytes:,.0f} KB</source>
      <translation>{kilobytes:,.0f} Ko</translation>
    </message>
  </context>
  <context>
    <name>Outputs</name>
    <message>
      <source>Nothing was saved. {why}</source>
      <translation>Rien n'a été enregistré. {why}</translation>
    </message>
    <message>
      <source>The link is empty or too long to open.</source>
      <translation>Le lien est vide ou trop long pour être ouvert.</translation>
    </message>
    <message>
      <source>The link contains spaces or hidden characters.</source>
      <translation>Le lien contient des espaces ou des caractères cachés.</translation>
    </message>
    <message>
      <source>The link is not a valid web address.</source>
      <translation>Le lien n'est pas une adresse web valide.</translation>
    </message>
    <message>
      <source>Only web links (http or https) are opened; this is a {scheme} link.</source>
      <translation>Seuls les liens web (http ou https) sont ouverts ; celui-ci est un lien {scheme}.</translation>
    </message>
    <message>
      <source>The link has no server name.</source>
      <translation>Le lien ne contient pas de nom de serveur.</translation>
    </message>
    <message>
      <source>The link carries a user name or password, so it is not opened.</source>
      <translation>Le lien contient un nom d'utilisateur ou un mot de passe : il n'est donc pas ouvert.</translation>
    </message>
    <message>
      <source>The file name would land outside the chosen folder.</source>
      <translation>Le nom du fichier le placerait hors du dossier choisi.</translation>
    </message>
    <message>
      <source>Too many files with this name in the folder already.</source>
      <translation>Le dossier contient déjà trop de fichiers portant ce nom.</translation>
    </message>
    <message>
      <source>The chosen folder does not exist.</source>
      <translation>Le dossier choisi n'existe pas.</translation>
    </message>
    <message>
      <source>This link is not opened.</source>
      <translation>Ce lien n'est pas ouvert.</translation>
    </message>
    <message>
      <source>The link redirected to an address that is not opened.</source>
      <translation>Le lien redirige vers une adresse qui n'est pas ouverte.</translation>
    </message>
    <message>
      <source>{host} answered with status {status}; nothing was saved.</source>
      <translation>{host} a répondu avec l'état {status} ; rien n'a été enregistré.</translation>
    </message>
    <message>
      <source>The download from {host} stopped early.</source>
      <translation>Le téléchargement depuis {host} s'est arrêté trop tôt.</translation>
    </message>
    <message>
      <source>Could not download from {host}; nothing was saved.</source>
      <translation>Impossible de télécharger depuis {host} ; rien n'a été enregistré.</translation>
    </message>
    <message>
      <source>The file is larger than the {megabytes:.0f} MB limit; nothing was saved.</source>
      <translation>Le fichier dépasse la limite de {megabytes:.0f} Mo ; rien n'a été enregistré.</translation>
    </message>
    <message>
      <source>Too large for a preview (over {megabytes:.0f} MB). Open or save it to see it.</source>
      <translation>Trop volumineux pour un aperçu (plus de {megabytes:.0f} Mo). Ouvrez-le ou enregistrez-le pour le voir.</translation>
    </message>
  </context>
  <context>
    <name>OutputsView</name>
    <message>
      <source>Image</source>
      <translation>Image</translation>
    </message>
    <message>
      <source>Video</source>
      <translation>Vidéo</translation>
    </message>
    <message>
      <source>Audio</source>
      <translation>Audio</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Texte</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>Document</translation>
    </message>
    <message>
      <source>Outputs appear here when the run has finished.</source>
      <translation>Les résultats s'affichent ici une fois l'exécution terminée.</translation>
    </message>
    <message>
      <source>Save outputs to</source>
      <translation>Enregistrer les résultats dans</translation>
    </message>
    <message>
      <source>Outputs</source>
      <translation>Résultats</translation>
    </message>
    <message>
      <source>Save all…</source>
      <translation>Tout enregistrer…</translation>
    </message>
    <message>
      <source>Save all outputs</source>
      <translation>Enregistrer tous les résultats</translation>
    </message>
    <message>
      <source>Save every output into one folder</source>
      <translation>Enregistrer tous les résultats dans un même dossier</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <source>Stop saving</source>
      <translation>Arrêter l'enregistrement</translation>
    </message>
    <message>
      <source>Show in folder</source>
      <translation>Afficher dans le dossier</translation>
    </message>
    <message>
      <source>Show the saved file in its folder</source>
      <translation>Afficher le fichier enregistré dans son dossier</translation>
    </message>
    <message>
      <source>This run gave no outputs.</source>
      <translation>Cette exécution n'a donné aucun résultat.</translation>
    </message>
    <message>
      <source>No preview: {problem}</source>
      <translation>Pas d'aperçu : {problem}</translation>
    </message>
    <message>
      <source>{name} — {output}</source>
      <translation>{name} — {output}</translation>
    </message>
    <message>
      <source>Output</source>
      <translation>Résultat</translation>
    </message>
    <message>
      <source>This link is not opened.</source>
      <translation>Ce lien n'est pas ouvert.</translation>
    </message>
    <message>
      <source>FLORA output</source>
      <translation>Résultat FLORA</translation>
    </message>
    <message>
      <source>Saving stopped; nothing was kept.</source>
      <translation>Enregistrement arrêté ; rien n'a été conservé.</translation>
    </message>
    <message>
      <source>Saved as {name}</source>
      <translation>Enregistré sous {name}</translation>
    </message>
    <message>
      <source>Stopped: {saved} of {total} saved.</source>
      <translation>Arrêté : {saved} sur {total} enregistrés.</translation>
    </message>
    <message numerus="yes">
      <source>Saved {saved} of %n outputs to {folder}.</source>
      <translation>
        <numerusform>{saved} sur %n résultat enregistré dans {folder}.</numerusform>
        <numerusform>{saved} sur %n résultats enregistrés dans {folder}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n not saved: their link is not a web link.</source>
      <translation>
        <numerusform>%n non enregistré : son lien n'est pas un lien web.</numerusform>
        <numerusform>%n non enregistrés : leur lien n'est pas un lien web.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n could not be saved; see the note on each.</source>
      <translation>
        <numerusform>%n n'a pas pu être enregistré ; voir la note qui l'accompagne.</numerusform>
        <numerusform>%n n'ont pas pu être enregistrés ; voir la note de chacun.</numerusform>
      </translation>
    </message>
    <message>
      <source>No preview for this document.</source>
      <translation>Pas d'aperçu pour ce document.</translation>
    </message>
  </context>
  <context>
    <name>Presets</name>
    <message>
      <source>Give the preset a name.</source>
      <translation>Donnez un nom au préréglage.</translation>
    </message>
    <message>
      <source>Preset names can be at most {limit} characters long.</source>
      <translation>Le nom d'un préréglage compte au plus {limit} caractères.</translation>
    </message>
    <message>
      <source>Preset names cannot contain line breaks or control characters.</source>
      <translation>Le nom d'un préréglage ne peut pas contenir de sauts de ligne ni de caractères de contrôle.</translation>
    </message>
    <message>
      <source>{where}: the inputs must be a JSON object of input names and values.</source>
      <translation>{where} : les entrées doivent former un objet JSON de noms d'entrées et de valeurs.</translation>
    </message>
    <message>
      <source>{where}: every input needs a name.</source>
      <translation>{where} : chaque entrée a besoin d'un nom.</translation>
    </message>
    <message>
      <source>This file is not valid JSON ({name} is not allowed).</source>
      <translation>Ce fichier n'est pas un JSON valide ({name} n'est pas autorisé).</translation>
    </message>
    <message>
      <source>The number {number} is too large to use.</source>
      <translation>Le nombre {number} est trop grand pour être utilisé.</translation>
    </message>
    <message>
      <source>“{where}” cannot be used: it holds {problem}.</source>
      <translation>« {where} » ne peut pas être utilisé : il contient {problem}.</translation>
    </message>
    <message>
      <source>This file is too large to be a presets file.</source>
      <translation>Ce fichier est trop volumineux pour être un fichier de préréglages.</translation>
    </message>
    <message>
      <source>This file is not a presets file (it is not text).</source>
      <translation>Ce fichier n'est pas un fichier de préréglages (ce n'est pas du texte).</translation>
    </message>
    <message>
      <source>This file is not valid JSON: {problem} (line {line}).</source>
      <translation>Ce fichier n'est pas un JSON valide : {problem} (ligne {line}).</translation>
    </message>
    <message>
      <source>This file is nested too deeply to read.</source>
      <translation>Ce fichier est trop imbriqué pour être lu.</translation>
    </message>
    <message>
      <source>This file is not a FLORA Desktop presets file.</source>
      <translation>Ce fichier n'est pas un fichier de préréglages FLORA Desktop.</translation>
    </message>
    <message>
      <source>This presets file has no version.</source>
      <translation>Ce fichier de préréglages n'a pas de version.</translation>
    </message>
    <message>
      <source>This presets file comes from a newer FLORA Desktop. Update the app.</source>
      <translation>Ce fichier de préréglages vient d'une version plus récente de FLORA Desktop. Mettez l'application à jour.</translation>
    </message>
    <message>
      <source>This presets file does not say which technique it is for.</source>
      <translation>Ce fichier de préréglages n'indique pas à quelle technique il est destiné.</translation>
    </message>
    <message>
      <source>This presets file has no list of presets.</source>
      <translation>Ce fichier de préréglages ne contient pas de liste de préréglages.</translation>
    </message>
    <message>
      <source>Preset {number}</source>
      <translation>Préréglage {number}</translation>
    </message>
    <message>
      <source>{where} is not a preset.</source>
      <translation>{where} n'est pas un préréglage.</translation>
    </message>
    <message>
      <source>{where}: {problem}</source>
      <translation>{where} : {problem}</translation>
    </message>
    <message>
      <source>{where} ({name})</source>
      <translation>{where} ({name})</translation>
    </message>
    <message>
      <source>Copy a JSON object of inputs, like {"prompt": "a red fox"}.</source>
      <translation>Copiez un objet JSON d'entrées, par exemple {"prompt": "a red fox"}.</translation>
    </message>
    <message>
      <source>The clipboard is empty. {hint}</source>
      <translation>Le presse-papiers est vide. {hint}</translation>
    </message>
    <message>
      <source>The clipboard does not hold valid JSON. {hint}</source>
      <translation>Le presse-papiers ne contient pas de JSON valide. {hint}</translation>
    </message>
    <message>
      <source>The clipboard does not hold an inputs map. {hint}</source>
      <translation>Le presse-papiers ne contient pas de correspondance d'entrées. {hint}</translation>
    </message>
    <message>
      <source>The clipboard holds an empty inputs map. {hint}</source>
      <translation>Le presse-papiers contient une correspondance d'entrées vide. {hint}</translation>
    </message>
    <message>
      <source>The clipboard</source>
      <translation>Le presse-papiers</translation>
    </message>
    <message>
      <source>Your saved presets for this technique</source>
      <translation>Vos préréglages enregistrés pour cette technique</translation>
    </message>
    <message>
      <source>The preset</source>
      <translation>Le préréglage</translation>
    </message>
    <message>
      <source>This technique has no presets to export yet.</source>
      <translation>Cette technique n'a pas encore de préréglages à exporter.</translation>
    </message>
    <message>
      <source>The presets could not be exported.</source>
      <translation>Les préréglages n'ont pas pu être exportés.</translation>
    </message>
    <message>
      <source>no access</source>
      <translation>pas d'accès</translation>
    </message>
    <message>
      <source>The file could not be read ({reason}).</source>
      <translation>Le fichier n'a pas pu être lu ({reason}).</translation>
    </message>
    <message>
      <source>This presets file holds no presets.</source>
      <translation>Ce fichier de préréglages ne contient aucun préréglage.</translation>
    </message>
    <message>
      <source>These inputs contain your API key. Presets never hold a key: remove it from the inputs first.</source>
      <translation>Ces entrées contiennent votre clé API. Un préréglage ne contient jamais de clé : retirez-la d'abord des entrées.</translation>
    </message>
    <message>
      <source>This presets file is for another technique.</source>
      <translation>Ce fichier de préréglages est destiné à une autre technique.</translation>
    </message>
    <message>
      <source>The presets could not be saved.</source>
      <translation>Les préréglages n'ont pas pu être enregistrés.</translation>
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
      <translation>Enregistrer le préréglage</translation>
    </message>
    <message>
      <source>Name of the preset:</source>
      <translation>Nom du préréglage :</translation>
    </message>
    <message>
      <source>Export presets</source>
      <translation>Exporter les préréglages</translation>
    </message>
    <message>
      <source>Import presets</source>
      <translation>Importer des préréglages</translation>
    </message>
    <message>
      <source>Delete preset?</source>
      <translation>Supprimer le préréglage ?</translation>
    </message>
    <message>
      <source>Delete the preset “{name}”? This cannot be undone.</source>
      <translation>Supprimer le préréglage « {name} » ? Cette action est irréversible.</translation>
    </message>
    <message>
      <source>Presets</source>
      <translation>Préréglages</translation>
    </message>
    <message>
      <source>Save these inputs under a name, apply a saved preset, export or import presets, or paste inputs from the clipboard</source>
      <translation>Enregistrer ces entrées sous un nom, appliquer un préréglage, exporter ou importer des préréglages, ou coller des entrées depuis le presse-papiers</translation>
    </message>
    <message>
      <source>Saved inputs for this technique</source>
      <translation>Entrées enregistrées pour cette technique</translation>
    </message>
    <message>
      <source>Fix the marked inputs first, then save the preset.</source>
      <translation>Corrigez d'abord les entrées signalées, puis enregistrez le préréglage.</translation>
    </message>
    <message>
      <source>The preset could not be saved ({reason}).</source>
      <translation>Le préréglage n'a pas pu être enregistré ({reason}).</translation>
    </message>
    <message>
      <source>Replaced the preset “{name}”.</source>
      <translation>Préréglage « {name} » remplacé.</translation>
    </message>
    <message>
      <source>Saved the preset “{name}”.</source>
      <translation>Préréglage « {name} » enregistré.</translation>
    </message>
    <message>
      <source>Wait until the run has started, then apply the preset.</source>
      <translation>Attendez que l'exécution ait démarré, puis appliquez le préréglage.</translation>
    </message>
    <message>
      <source>Apply preset {name}</source>
      <translation>Appliquer le préréglage {name}</translation>
    </message>
    <message>
      <source>Applied the preset “{name}”. Undo takes it back.</source>
      <translation>Préréglage « {name} » appliqué. Annuler le retire.</translation>
    </message>
    <message>
      <source>The preset could not be deleted ({reason}).</source>
      <translation>Le préréglage n'a pas pu être supprimé ({reason}).</translation>
    </message>
    <message>
      <source>Deleted the preset “{name}”.</source>
      <translation>Préréglage « {name} » supprimé.</translation>
    </message>
    <message>
      <source>The presets could not be exported ({reason}).</source>
      <translation>Les préréglages n'ont pas pu être exportés ({reason}).</translation>
    </message>
    <message numerus="yes">
      <source>Exported %n presets to {file}.</source>
      <translation>
        <numerusform>%n préréglage exporté vers {file}.</numerusform>
        <numerusform>%n préréglages exportés vers {file}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n presets</source>
      <translation>
        <numerusform>%n préréglage</numerusform>
        <numerusform>%n préréglages</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Pasted %n inputs.</source>
      <translation>
        <numerusform>%n entrée collée.</numerusform>
        <numerusform>%n entrées collées.</numerusform>
      </translation>
    </message>
    <message>
      <source>The presets could not be imported ({reason}).</source>
      <translation>Les préréglages n'ont pas pu être importés ({reason}).</translation>
    </message>
    <message>
      <source>Presets (*.florapreset *.json);;All files (*)</source>
      <translation>Préréglages (*.florapreset *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <source>Imported {what}.</source>
      <translation>Importé : {what}.</translation>
    </message>
    <message>
      <source>Imported {what} for another technique ({technique}). Choose that technique to use them.</source>
      <translation>Importé pour une autre technique ({technique}) : {what}. Choisissez cette technique pour les utiliser.</translation>
    </message>
    <message>
      <source>Wait until the run has started, then paste.</source>
      <translation>Attendez que l'exécution ait démarré, puis collez.</translation>
    </message>
    <message>
      <source>Paste inputs</source>
      <translation>Coller des entrées</translation>
    </message>
    <message>
      <source>Not inputs of this technique, added as custom inputs: {names}.</source>
      <translation>Entrées inconnues de cette technique, ajoutées comme entrées personnalisées : {names}.</translation>
    </message>
    <message>
      <source>Check the marked inputs.</source>
      <translation>Vérifiez les entrées signalées.</translation>
    </message>
    <message>
      <source>Save inputs as preset…</source>
      <translation>Enregistrer les entrées comme préréglage…</translation>
    </message>
    <message>
      <source>Apply preset</source>
      <translation>Appliquer un préréglage</translation>
    </message>
    <message>
      <source>Delete preset</source>
      <translation>Supprimer le préréglage</translation>
    </message>
    <message>
      <source>Export presets…</source>
      <translation>Exporter les préréglages…</translation>
    </message>
    <message>
      <source>Import presets…</source>
      <translation>Importer des préréglages…</translation>
    </message>
    <message>
      <source>Fill the inputs from a JSON map on the clipboard</source>
      <translation>Remplir les entrées à partir d'une correspondance JSON du presse-papiers</translation>
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
      <translation>Cela ressemble à une clé API ; la clé va dans le champ de la clé.</translation>
    </message>
    <message>
      <source>Give the profile a name.</source>
      <translation>Donnez un nom au profil.</translation>
    </message>
    <message>
      <source>A profile name has at most {limit} characters.</source>
      <translation>Un nom de profil compte au plus {limit} caractères.</translation>
    </message>
    <message>
      <source>The server address must start with https://, such as https://app.flora.ai/api/v1.</source>
      <translation>L'adresse du serveur doit commencer par https://, par exemple https://app.flora.ai/api/v1.</translation>
    </message>
    <message>
      <source>That is not a complete web address.</source>
      <translation>Ce n'est pas une adresse web complète.</translation>
    </message>
    <message>
      <source>The default profile cannot be removed.</source>
      <translation>Le profil par défaut ne peut pas être supprimé.</translation>
    </message>
  </context>
  <context>
    <name>Recovery</name>
    <message>
      <source>Checking…</source>
      <translation>Vérification…</translation>
    </message>
    <message>
      <source>A run you started may have started</source>
      <translation>Une exécution que vous avez lancée a peut-être démarré</translation>
    </message>
    <message>
      <source>FLORA Desktop closed before FLORA confirmed the last run you started. Checking with FLORA whether it started…</source>
      <translation>FLORA Desktop s'est fermé avant que FLORA ne confirme votre dernière exécution. Vérification auprès de FLORA…</translation>
    </message>
    <message>
      <source>Run is available again once this is known.</source>
      <translation>Lancer redevient disponible dès que c'est connu.</translation>
    </message>
    <message>
      <source>Your last run did start</source>
      <translation>Votre dernière exécution a bien démarré</translation>
    </message>
    <message>
      <source>FLORA Desktop closed before FLORA confirmed it, but FLORA has it. It is shown below and in the Runs tab, and nothing was started twice.</source>
      <translation>FLORA Desktop s'est fermé avant que FLORA ne confirme l'exécution, mais FLORA l'a bien reçue. Elle apparaît ci-dessous et dans l'onglet Exécutions ; rien n'a été lancé deux fois.</translation>
    </message>
    <message>
      <source>Press Run only if you want another run: it would be billed again.</source>
      <translation>N'appuyez sur Lancer que si vous voulez une autre exécution : elle serait facturée à nouveau.</translation>
    </message>
    <message>
      <source>Your last run did not start</source>
      <translation>Votre dernière exécution n'a pas démarré</translation>
    </message>
    <message>
      <source>FLORA Desktop closed before FLORA confirmed it, and FLORA has no such run, so nothing was billed.</source>
      <translation>FLORA Desktop s'est fermé avant que FLORA ne confirme l'exécution, et FLORA ne la connaît pas : rien n'a été facturé.</translation>
    </message>
    <message>
      <source>Press Run to start it now.</source>
      <translation>Appuyez sur Lancer pour la démarrer maintenant.</translation>
    </message>
    <message>
      <source>FLORA Desktop closed before FLORA confirmed the last run you started, and FLORA could not be asked about it just now.</source>
      <translation>FLORA Desktop s'est fermé avant que FLORA ne confirme votre dernière exécution, et FLORA n'a pas pu être interrogé à l'instant.</translation>
    </message>
    <message>
      <source>Look it up before pressing Run again, so you don't pay twice.</source>
      <translation>Vérifiez avant d'appuyer à nouveau sur Lancer, pour ne pas payer deux fois.</translation>
    </message>
    <message>
      <source>FLORA Desktop closed before FLORA confirmed the last run you started. FLORA has a run from that moment, but another run of the same technique was sent then too (a batch, or another window), so it can't be told which is yours.</source>
      <translation>FLORA Desktop s’est fermé avant que FLORA ne confirme la dernière exécution lancée. FLORA a une exécution de ce moment-là, mais une autre exécution de la même technique a aussi été envoyée à ce moment (un lot ou une autre fenêtre), on ne peut donc pas savoir laquelle est la vôtre.</translation>
    </message>
    <message>
      <source>Look in History for a run from that moment before pressing Run again, so you don't pay twice.</source>
      <translation>Cherchez dans l’Historique une exécution de ce moment-là avant d’appuyer de nouveau sur Exécuter, pour ne pas payer deux fois.</translation>
    </message>
    <message>
      <source>The run was not started</source>
      <translation>L'exécution n'a pas été lancée</translation>
    </message>
    <message>
      <source>FLORA Desktop could not write the run to its history on this computer before sending it. Without that note a crash could bill you twice, so nothing was sent.</source>
      <translation>FLORA Desktop n'a pas pu noter l'exécution dans son historique sur cet ordinateur avant de l'envoyer. Sans cette note, un plantage pourrait vous la faire payer deux fois : rien n'a donc été envoyé.</translation>
    </message>
    <message>
      <source>Free some disk space or check the FLORA Desktop data folder, then press Run.</source>
      <translation>Libérez de l'espace disque ou vérifiez le dossier de données de FLORA Desktop, puis appuyez sur Lancer.</translation>
    </message>
  </context>
  <context>
    <name>Rerun</name>
    <message>
      <source>This run was started outside this app, so FLORA did not give back its inputs. Open the technique and fill them in yourself.</source>
      <translation>Cette exécution a été lancée hors de cette application : FLORA n'a donc pas renvoyé ses entrées. Ouvrez la technique et remplissez-les vous-même.</translation>
    </message>
    <message>
      <source>Run again with these inputs</source>
      <translation>Relancer avec ces entrées</translation>
    </message>
    <message>
      <source>Run again</source>
      <translation>Relancer</translation>
    </message>
    <message>
      <source>{what} — new run, billed again</source>
      <translation>{what} — nouvelle exécution, facturée à nouveau</translation>
    </message>
    <message>
      <source>{what} — new run, costs {cost}</source>
      <translation>{what} — nouvelle exécution, coûte {cost}</translation>
    </message>
    <message>
      <source>Starts a new run with the same technique and inputs. It is a separate run and is billed again; the earlier run is kept as it is.</source>
      <translation>Lance une nouvelle exécution avec la même technique et les mêmes entrées. C'est une exécution distincte, facturée à nouveau ; l'exécution précédente reste telle quelle.</translation>
    </message>
    <message>
      <source>Starts a new run with the same technique and inputs. It is a separate run and costs {cost}; the earlier run is kept as it is.</source>
      <translation>Lance une nouvelle exécution avec la même technique et les mêmes entrées. C'est une exécution distincte, qui coûte {cost} ; l'exécution précédente reste telle quelle.</translation>
    </message>
  </context>
  <context>
    <name>ResultPanel</name>
    <message>
      <source>Technique run</source>
      <translation>Exécution de technique</translation>
    </message>
    <message>
      <source>Generation</source>
      <translation>Génération</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>Run result</source>
      <translation>Résultat de l'exécution</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>Copier</translation>
    </message>
    <message>
      <source>Copy run id</source>
      <translation>Copier l'identifiant</translation>
    </message>
    <message>
      <source>Run id</source>
      <translation>Identifiant d'exécution</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Technique</source>
      <translation>Technique</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>État</translation>
    </message>
    <message>
      <source>Charged</source>
      <translation>Facturé</translation>
    </message>
    <message>
      <source>Estimated time</source>
      <translation>Durée estimée</translation>
    </message>
    <message>
      <source>Project</source>
      <translation>Projet</translation>
    </message>
    <message>
      <source>Show run details</source>
      <translation>Afficher les détails de l’exécution</translation>
    </message>
    <message>
      <source>Hide run details</source>
      <translation>Masquer les détails de l’exécution</translation>
    </message>
    <message>
      <source>Look it up</source>
      <translation>Vérifier</translation>
    </message>
    <message>
      <source>Run started</source>
      <translation>Exécution lancée</translation>
    </message>
    <message>
      <source>FLORA accepted the run and is working on it.</source>
      <translation>FLORA a accepté l'exécution et y travaille.</translation>
    </message>
    <message>
      <source>{cost} so far</source>
      <translation>{cost} jusqu'ici</translation>
    </message>
    <message>
      <source>Latest run of this technique</source>
      <translation>Dernière exécution de cette technique</translation>
    </message>
    <message>
      <source>Look again</source>
      <translation>Regarder de nouveau</translation>
    </message>
    <message>
      <source>FLORA had already received this request, so no second run was started. Here it is.</source>
      <translation>FLORA avait déjà reçu cette demande : aucune deuxième exécution n'a été lancée. La voici.</translation>
    </message>
    <message>
      <source>This is the newest run of this technique in this workspace.</source>
      <translation>Voici l'exécution la plus récente de cette technique dans cet espace de travail.</translation>
    </message>
    <message>
      <source>nothing yet</source>
      <translation>rien pour l'instant</translation>
    </message>
    <message>
      <source>{status} ({percent}%)</source>
      <translation>{status} ({percent} %)</translation>
    </message>
    <message>
      <source>The run may still have started</source>
      <translation>L'exécution a peut-être quand même démarré</translation>
    </message>
    <message>
      <source>You stopped waiting, but FLORA may already have received the request. Look it up before pressing Run again, so you don't pay twice.</source>
      <translation>Vous avez cessé d'attendre, mais FLORA a peut-être déjà reçu la demande. Vérifiez avant d'appuyer à nouveau sur Lancer, pour ne pas payer deux fois.</translation>
    </message>
    <message>
      <source>not given</source>
      <translation>non indiqué</translation>
    </message>
    <message>
      <source>Status address: {url}</source>
      <translation>Adresse d'état : {url}</translation>
    </message>
    <message>
      <source>Run id {run_id}.</source>
      <translation>Identifiant d'exécution {run_id}.</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Terminé</translation>
    </message>
    <message>
      <source>Your outputs are below.</source>
      <translation>Vos résultats sont ci-dessous.</translation>
    </message>
    <message>
      <source>The run failed</source>
      <translation>L'exécution a échoué</translation>
    </message>
    <message>
      <source>Here is why, and what to do.</source>
      <translation>Voici pourquoi, et quoi faire.</translation>
    </message>
    <message>
      <source>Running</source>
      <translation>En cours</translation>
    </message>
    <message>
      <source>FLORA is working on it; outputs appear here.</source>
      <translation>FLORA y travaille ; les résultats s'afficheront ici.</translation>
    </message>
  </context>
  <context>
    <name>RowMedia</name>
    <message>
      <source>{count} pictures</source>
      <translation>{count} images</translation>
    </message>
    <message>
      <source>1 picture</source>
      <translation>1 image</translation>
    </message>
    <message>
      <source>Item {number}: {problem}</source>
      <translation>Élément {number} : {problem}</translation>
    </message>
    <message>
      <source>{count} videos</source>
      <translation>{count} vidéos</translation>
    </message>
    <message>
      <source>1 video</source>
      <translation>1 vidéo</translation>
    </message>
    <message>
      <source>No preview: the file could not be read.</source>
      <translation>Pas d'aperçu : le fichier n'a pas pu être lu.</translation>
    </message>
    <message>
      <source>No preview: the picture is too large to fetch.</source>
      <translation>Pas d'aperçu : l'image est trop lourde à récupérer.</translation>
    </message>
    <message>
      <source>No preview: this does not look like a picture.</source>
      <translation>Pas d'aperçu : cela ne ressemble pas à une image.</translation>
    </message>
    <message>
      <source>length unknown</source>
      <translation>durée inconnue</translation>
    </message>
    <message>
      <source>No first frame: the start of this video could not be read.</source>
      <translation>Pas de première image : le début de cette vidéo n'a pas pu être lu.</translation>
    </message>
    <message>
      <source>The cropped copy could not be saved.</source>
      <translation>La copie recadrée n'a pas pu être enregistrée.</translation>
    </message>
  </context>
  <context>
    <name>RowUploads</name>
    <message>
      <source>Choose a file for {input}</source>
      <translation>Choisir un fichier pour {input}</translation>
    </message>
    <message>
      <source>Wait until the run has started, then choose the file again.</source>
      <translation>Attendez que l'exécution ait démarré, puis choisissez de nouveau le fichier.</translation>
    </message>
    <message>
      <source>Choose a workspace first: files are uploaded to it.</source>
      <translation>Choisissez d'abord un espace de travail : les fichiers y sont envoyés.</translation>
    </message>
    <message>
      <source>This input takes one file: drop one at a time.</source>
      <translation>Cette entrée prend un seul fichier : déposez-les un par un.</translation>
    </message>
    <message>
      <source>Upload of “{name}” cancelled.</source>
      <translation>Envoi de « {name} » annulé.</translation>
    </message>
    <message>
      <source>Upload {name} to {input}</source>
      <translation>Envoyer {name} vers {input}</translation>
    </message>
    <message>
      <source>Uploaded “{name}”.</source>
      <translation>« {name} » envoyé.</translation>
    </message>
    <message>
      <source>This technique takes no files.</source>
      <translation>Cette technique ne prend aucun fichier.</translation>
    </message>
    <message>
      <source>None of the inputs takes “{name}”.</source>
      <translation>Aucune entrée n'accepte « {name} ».</translation>
    </message>
  </context>
  <context>
    <name>RunActions</name>
    <message>
      <source>Open in editor</source>
      <translation>Ouvrir dans l'éditeur</translation>
    </message>
    <message>
      <source>Put this run's technique and inputs into the editor</source>
      <translation>Mettre la technique et les entrées de cette exécution dans l'éditeur</translation>
    </message>
    <message>
      <source>Running it again unchanged would most likely fail the same way.</source>
      <translation>Relancer sans rien changer échouerait très probablement de la même façon.</translation>
    </message>
  </context>
  <context>
    <name>RunBar</name>
    <message>
      <source>Choose a technique to see what a run costs.</source>
      <translation>Choisissez une technique pour voir le coût d'une exécution.</translation>
    </message>
    <message>
      <source>Run</source>
      <translation>Lancer</translation>
    </message>
    <message>
      <source>Starting…</source>
      <translation>Démarrage…</translation>
    </message>
    <message>
      <source>Waiting…</source>
      <translation>Attente…</translation>
    </message>
    <message>
      <source>Start a run (Ctrl+Enter)</source>
      <translation>Lancer une exécution (Ctrl+Entrée)</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <source>Practice credits used today {today} · this month {month} in {workspace}</source>
      <translation>Crédits d'entraînement utilisés aujourd'hui {today} · ce mois-ci {month} dans {workspace}</translation>
    </message>
    <message>
      <source>Spent today {today} · this month {month} in {workspace}</source>
      <translation>Dépensé aujourd'hui {today} · ce mois-ci {month} dans {workspace}</translation>
    </message>
    <message>
      <source>Runs cost {cost} each</source>
      <translation>{cost} par exécution</translation>
    </message>
  </context>
  <context>
    <name>RunProgress</name>
    <message>
      <source>Run progress</source>
      <translation>Progression de l'exécution</translation>
    </message>
    <message>
      <source>{status} at %p%</source>
      <translation>{status} à %p%</translation>
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
      <translation>En attente de démarrage</translation>
    </message>
    <message>
      <source>Running</source>
      <translation>En cours</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Terminée</translation>
    </message>
    <message>
      <source>Failed</source>
      <translation>Échouée</translation>
    </message>
    <message>
      <source>Checking…</source>
      <translation>Vérification…</translation>
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
      <translation>d MMM yyyy HH:mm</translation>
    </message>
    <message>
      <source>Stopped checking this run.</source>
      <translation>Suivi de cette exécution arrêté.</translation>
    </message>
    <message>
      <source>took {duration}</source>
      <translation>durée {duration}</translation>
    </message>
    <message>
      <source>{elapsed} so far, about {remaining} left</source>
      <translation>{elapsed} écoulées, encore environ {remaining}</translation>
    </message>
    <message>
      <source>{elapsed} so far, longer than the usual {estimate}</source>
      <translation>{elapsed} écoulées, plus que les {estimate} habituelles</translation>
    </message>
    <message>
      <source>{elapsed} so far</source>
      <translation>{elapsed} écoulées</translation>
    </message>
    <message>
      <source>Technique</source>
      <translation>Technique</translation>
    </message>
    <message>
      <source>Workspace</source>
      <translation>Espace de travail</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>État</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Progression</translation>
    </message>
    <message>
      <source>Started</source>
      <translation>Lancée</translation>
    </message>
    <message>
      <source>Run {run_id}</source>
      <translation>Exécution {run_id}</translation>
    </message>
  </context>
  <context>
    <name>RunsPanel</name>
    <message>
      <source>No runs yet. Runs you start appear here and keep going while you launch more.</source>
      <translation>Aucune exécution pour l'instant. Celles que vous lancez apparaissent ici et continuent pendant que vous en lancez d'autres.</translation>
    </message>
    <message>
      <source>{name} in {workspace} — {status}</source>
      <translation>{name} dans {workspace} — {status}</translation>
    </message>
    <message>
      <source>{name} — {status}</source>
      <translation>{name} — {status}</translation>
    </message>
    <message>
      <source>Runs</source>
      <translation>Exécutions</translation>
    </message>
    <message>
      <source>Column headers</source>
      <translation>En-têtes de colonnes</translation>
    </message>
    <message>
      <source>Drag to resize the list and the detail</source>
      <translation>Faites glisser pour redimensionner la liste et le détail</translation>
    </message>
    <message>
      <source>Run id {run_id}</source>
      <translation>Exécution {run_id}</translation>
    </message>
  </context>
  <context>
    <name>Session</name>
    <message>
      <source>The practice sandbox could not start on this computer (it needs to open a local network port on 127.0.0.1). Try again, or sign in with your API key.</source>
      <translation>Le bac à sable d'entraînement n'a pas pu démarrer sur cet ordinateur (il doit ouvrir un port réseau local sur 127.0.0.1). Réessayez, ou connectez-vous avec votre clé API.</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <source>Paste the API key first.</source>
      <translation>Collez d'abord la clé API.</translation>
    </message>
    <message>
      <source>The API key must be one line. Paste only the key.</source>
      <translation>La clé API tient sur une seule ligne. Collez uniquement la clé.</translation>
    </message>
    <message>
      <source>An API key has no spaces in it. Paste only the key.</source>
      <translation>Une clé API ne contient pas d'espaces. Collez uniquement la clé.</translation>
    </message>
    <message>
      <source>This key has a character no API key has (perhaps a look-alike letter from another alphabet). Copy the key again from FLORA.</source>
      <translation>Cette clé contient un caractère qu'aucune clé API ne contient (peut-être une lettre semblable d'un autre alphabet). Copiez de nouveau la clé depuis FLORA.</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Paramètres</translation>
    </message>
    <message>
      <source>Accounts</source>
      <translation>Comptes</translation>
    </message>
    <message>
      <source>Profiles</source>
      <translation>Profils</translation>
    </message>
    <message>
      <source>Each profile is a FLORA account: a name, a server and its own key.</source>
      <translation>Chaque profil est un compte FLORA : un nom, un serveur et sa propre clé.</translation>
    </message>
    <message>
      <source>&amp;Add profile</source>
      <translation>&amp;Ajouter un profil</translation>
    </message>
    <message>
      <source>&amp;Remove</source>
      <translation>&amp;Retirer</translation>
    </message>
    <message>
      <source>Remove profile</source>
      <translation>Retirer le profil</translation>
    </message>
    <message>
      <source>&amp;Use this profile</source>
      <translation>&amp;Utiliser ce profil</translation>
    </message>
    <message>
      <source>Profile name</source>
      <translation>Nom du profil</translation>
    </message>
    <message>
      <source>Server address</source>
      <translation>Adresse du serveur</translation>
    </message>
    <message>
      <source>New API key</source>
      <translation>Nouvelle clé API</translation>
    </message>
    <message>
      <source>Leave empty to keep the key saved in the system keyring.</source>
      <translation>Laissez vide pour garder la clé enregistrée dans le trousseau système.</translation>
    </message>
    <message>
      <source>Leave empty to keep the saved key</source>
      <translation>Laissez vide pour garder la clé enregistrée</translation>
    </message>
    <message>
      <source>&amp;Name</source>
      <translation>&amp;Nom</translation>
    </message>
    <message>
      <source>Ser&amp;ver</source>
      <translation>Ser&amp;veur</translation>
    </message>
    <message>
      <source>API &amp;key</source>
      <translation>&amp;Clé API</translation>
    </message>
    <message>
      <source>Runs</source>
      <translation>Exécutions</translation>
    </message>
    <message>
      <source>Output folder</source>
      <translation>Dossier des résultats</translation>
    </message>
    <message>
      <source>Where finished outputs are saved.</source>
      <translation>Où les résultats terminés sont enregistrés.</translation>
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation>&amp;Parcourir…</translation>
    </message>
    <message>
      <source>Choose the output folder</source>
      <translation>Choisir le dossier des résultats</translation>
    </message>
    <message>
      <source>Check a running run every (seconds)</source>
      <translation>Vérifier une exécution en cours toutes les (secondes)</translation>
    </message>
    <message>
      <source> s</source>
      <translation> s</translation>
    </message>
    <message>
      <source>Notif&amp;y me when a run finishes</source>
      <translation>&amp;M'avertir quand une exécution se termine</translation>
    </message>
    <message>
      <source>Preview cache size (megabytes)</source>
      <translation>Taille du cache des aperçus (mégaoctets)</translation>
    </message>
    <message>
      <source>Previews and opened outputs are kept on this computer up to this size; the least recently used go first.</source>
      <translation>Les aperçus et les résultats ouverts sont conservés sur cet ordinateur jusqu'à cette taille ; les moins récemment utilisés partent en premier.</translation>
    </message>
    <message>
      <source> MB</source>
      <translation> Mo</translation>
    </message>
    <message>
      <source>&amp;Output folder</source>
      <translation>&amp;Dossier des résultats</translation>
    </message>
    <message>
      <source>&amp;Check runs every</source>
      <translation>Vérifier les e&amp;xécutions toutes les</translation>
    </message>
    <message>
      <source>Previe&amp;w cache</source>
      <translation>Cac&amp;he des aperçus</translation>
    </message>
    <message>
      <source>Appearance</source>
      <translation>Apparence</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>Thème</translation>
    </message>
    <message>
      <source>Same as the system</source>
      <translation>Comme le système</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>Clair</translation>
    </message>
    <message>
      <source>Dark</source>
      <translation>Sombre</translation>
    </message>
    <message>
      <source>&amp;Theme</source>
      <translation>&amp;Thème</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Langue</translation>
    </message>
    <message>
      <source>Not connected right now.</source>
      <translation>Non connecté pour le moment.</translation>
    </message>
    <message>
      <source>Connected now: the practice sandbox on this computer. Nothing is charged; the profiles below are used when you sign in with a key.</source>
      <translation>Connecté : au bac à sable d'entraînement de cet ordinateur. Rien n'est facturé ; les profils ci-dessous servent quand vous vous connectez avec une clé.</translation>
    </message>
    <message>
      <source>Connected now: the key from the FLORA_API_KEY environment variable, to {host}. The profiles below are used when the app starts without it.</source>
      <translation>Connecté : avec la clé de la variable d'environnement FLORA_API_KEY, à {host}. Les profils ci-dessous servent quand l'application démarre sans elle.</translation>
    </message>
    <message>
      <source>Connected now: profile “{name}”, to {host}.</source>
      <translation>Connecté : profil « {name} », à {host}.</translation>
    </message>
    <message>
      <source>(no name)</source>
      <translation>(sans nom)</translation>
    </message>
    <message>
      <source>%1 (in use)</source>
      <translation>%1 (utilisé)</translation>
    </message>
    <message>
      <source>%1 (chosen)</source>
      <translation>%1 (choisi)</translation>
    </message>
    <message>
      <source>The default profile stays; you can rename it.</source>
      <translation>Le profil par défaut reste ; vous pouvez le renommer.</translation>
    </message>
    <message>
      <source>FLORA Desktop is connected with this profile.</source>
      <translation>FLORA Desktop est connecté avec ce profil.</translation>
    </message>
    <message>
      <source>This profile is chosen, but not in use now (see above).</source>
      <translation>Ce profil est choisi, mais pas utilisé pour le moment (voir plus haut).</translation>
    </message>
    <message>
      <source>Press Use this profile, then OK, to connect with it.</source>
      <translation>Appuyez sur Utiliser ce profil, puis sur OK, pour vous connecter avec.</translation>
    </message>
    <message>
      <source>New profile</source>
      <translation>Nouveau profil</translation>
    </message>
    <message>
      <source>Choose a folder for outputs, such as %1.</source>
      <translation>Choisissez un dossier pour les résultats, par exemple %1.</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsSheet</name>
    <message>
      <source>or</source>
      <translation>ou</translation>
    </message>
    <message>
      <source>Window</source>
      <translation>Fenêtre</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Raccourcis clavier</translation>
    </message>
    <message>
      <source>Everything in FLORA Desktop works from the keyboard. Tab moves between controls; menus open with Alt and the underlined letter.</source>
      <translation>Tout FLORA Desktop se pilote au clavier. Tab passe d'une commande à l'autre ; les menus s'ouvrent avec Alt et la lettre soulignée.</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>Touches</translation>
    </message>
    <message>
      <source>Column headers</source>
      <translation>En-têtes de colonnes</translation>
    </message>
  </context>
  <context>
    <name>SignInPanel</name>
    <message>
      <source>Sign in to FLORA</source>
      <translation>Se connecter à FLORA</translation>
    </message>
    <message>
      <source>FLORA Desktop starts your techniques with a FLORA API key. In FLORA, open Settings → API keys and create a key; paste it here.</source>
      <translation>FLORA Desktop lance vos techniques avec une clé API FLORA. Dans FLORA, ouvrez Paramètres → Clés API et créez une clé ; collez-la ici.</translation>
    </message>
    <message>
      <source>FLORA did not accept this key. Check that you copied all of it, or create a new key in FLORA under Settings → API keys.</source>
      <translation>FLORA n'a pas accepté cette clé. Vérifiez que vous l'avez copiée en entier, ou créez-en une nouvelle dans FLORA, sous Paramètres → Clés API.</translation>
    </message>
    <message>
      <source>Your API key was not accepted by FLORA any more (it may have been revoked). Paste a new key and press Test and save; what you typed in the launcher is kept.</source>
      <translation>FLORA n'accepte plus votre clé API (elle a peut-être été révoquée). Collez une nouvelle clé et appuyez sur Tester et enregistrer ; ce que vous avez saisi dans le lanceur est conservé.</translation>
    </message>
    <message>
      <source>This computer has no system keyring where FLORA Desktop could keep your key safely, so it cannot remember it. You can still use the key until you quit.</source>
      <translation>Cet ordinateur n'a pas de trousseau système où FLORA Desktop pourrait garder votre clé en sécurité : il ne peut donc pas s'en souvenir. Vous pouvez tout de même utiliser la clé jusqu'à ce que vous quittiez.</translation>
    </message>
    <message>
      <source>Paste your API key first.</source>
      <translation>Collez d'abord votre clé API.</translation>
    </message>
    <message>
      <source>That looks like more than one line. Paste only the key, on one line.</source>
      <translation>Cela semble tenir sur plusieurs lignes. Collez uniquement la clé, sur une seule ligne.</translation>
    </message>
    <message>
      <source>An API key has no spaces in it. Paste only the key.</source>
      <translation>Une clé API ne contient pas d'espaces. Collez uniquement la clé.</translation>
    </message>
    <message>
      <source>This key has a character no API key has (perhaps a look-alike letter from another alphabet). Copy the key again from FLORA, in Settings → API keys.</source>
      <translation>Cette clé contient un caractère qu'aucune clé API ne contient (peut-être une lettre semblable d'un autre alphabet). Copiez de nouveau la clé depuis FLORA, dans Paramètres → Clés API.</translation>
    </message>
    <message>
      <source>FLORA Desktop cannot use this key or server address as written; nothing was sent. Check both and try again.</source>
      <translation>FLORA Desktop ne peut pas utiliser cette clé ou cette adresse de serveur telles quelles ; rien n'a été envoyé. Vérifiez les deux et réessayez.</translation>
    </message>
    <message>
      <source>FLORA accepted the key but does not let it list workspaces. Try another key.</source>
      <translation>FLORA a accepté la clé mais ne lui permet pas de lister les espaces de travail. Essayez une autre clé.</translation>
    </message>
    <message>
      <source>Could not reach FLORA at {host}. Check your internet connection (and the server address under Advanced), then try again.</source>
      <translation>Impossible de joindre FLORA sur {host}. Vérifiez votre connexion internet (et l'adresse du serveur sous Avancé), puis réessayez.</translation>
    </message>
    <message>
      <source>FLORA is not answering properly right now (error {status}). Try again in a minute.</source>
      <translation>FLORA ne répond pas correctement en ce moment (erreur {status}). Réessayez dans une minute.</translation>
    </message>
    <message>
      <source>FLORA refused the check (error {status}). Try again, or try another key.</source>
      <translation>FLORA a refusé la vérification (erreur {status}). Réessayez, ou essayez une autre clé.</translation>
    </message>
    <message>
      <source>FLORA at {host} gave an answer FLORA Desktop does not understand. Check the server address under Advanced.</source>
      <translation>FLORA sur {host} a donné une réponse que FLORA Desktop ne comprend pas. Vérifiez l'adresse du serveur sous Avancé.</translation>
    </message>
    <message>
      <source>Sign in</source>
      <translation>Se connecter</translation>
    </message>
    <message>
      <source>API key</source>
      <translation>Clé API</translation>
    </message>
    <message>
      <source>sk_live_…</source>
      <translation>sk_live_…</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>Afficher</translation>
    </message>
    <message>
      <source>Show the key</source>
      <translation>Afficher la clé</translation>
    </message>
    <message>
      <source>&amp;API key</source>
      <translation>&amp;Clé API</translation>
    </message>
    <message>
      <source>Advanced</source>
      <translation>Avancé</translation>
    </message>
    <message>
      <source>FLORA server address</source>
      <translation>Adresse du serveur FLORA</translation>
    </message>
    <message>
      <source>Server address</source>
      <translation>Adresse du serveur</translation>
    </message>
    <message>
      <source>Test and save</source>
      <translation>Tester et enregistrer</translation>
    </message>
    <message>
      <source>Try the sandbox</source>
      <translation>Essayer le bac à sable</translation>
    </message>
    <message>
      <source>Start a practice FLORA on this computer: nothing is charged and no key is needed.</source>
      <translation>Démarrer un FLORA d'entraînement sur cet ordinateur : rien n'est facturé et aucune clé n'est nécessaire.</translation>
    </message>
    <message>
      <source>Use for this session only</source>
      <translation>Utiliser pour cette session uniquement</translation>
    </message>
    <message>
      <source>Hide</source>
      <translation>Masquer</translation>
    </message>
    <message>
      <source>Hide the key</source>
      <translation>Masquer la clé</translation>
    </message>
    <message>
      <source>Server: {address}</source>
      <translation>Serveur : {address}</translation>
    </message>
    <message>
      <source>(not set)</source>
      <translation>(non défini)</translation>
    </message>
    <message>
      <source>Starting the sandbox…</source>
      <translation>Démarrage du bac à sable…</translation>
    </message>
    <message>
      <source>Checking your key with FLORA…</source>
      <translation>Vérification de votre clé auprès de FLORA…</translation>
    </message>
    <message>
      <source>The server address must be a web address starting with https://, such as https://app.flora.ai/api/v1.</source>
      <translation>L'adresse du serveur doit être une adresse web commençant par https://, par exemple https://app.flora.ai/api/v1.</translation>
    </message>
  </context>
  <context>
    <name>Storage</name>
    <message>
      <source>The unsent inputs you left in a technique</source>
      <translation>Les entrées non envoyées que vous avez laissées dans une technique</translation>
    </message>
    <message>
      <source>Your latest changes could not be saved as a draft; they stay here while the app is open.</source>
      <translation>Vos dernières modifications n'ont pas pu être enregistrées comme brouillon ; elles restent ici tant que l'application est ouverte.</translation>
    </message>
    <message>
      <source>Your run history</source>
      <translation>Votre historique des exécutions</translation>
    </message>
    <message>
      <source>The run history could not be updated.</source>
      <translation>L'historique des exécutions n'a pas pu être mis à jour.</translation>
    </message>
    <message>
      <source>Your run history cannot be saved right now. {why} Runs you start are shown as usual but forgotten when you quit.</source>
      <translation>Votre historique des exécutions ne peut pas être enregistré pour le moment. {why} Les exécutions que vous lancez s'affichent normalement, mais seront oubliées à la fermeture.</translation>
    </message>
    <message>
      <source>The history file cannot be opened.</source>
      <translation>Le fichier d'historique ne peut pas être ouvert.</translation>
    </message>
    <message>
      <source>The app's log cannot be written. {why} FLORA Desktop works as usual without it.</source>
      <translation>Le journal de l'application ne peut pas être écrit. {why} FLORA Desktop fonctionne normalement sans lui.</translation>
    </message>
    <message>
      <source>The folder {folder} belongs to another user account.</source>
      <translation>Le dossier {folder} appartient à un autre compte utilisateur.</translation>
    </message>
    <message>
      <source>Your settings</source>
      <translation>Vos paramètres</translation>
    </message>
    <message>
      <source>The settings file could not be read, so it is left as it is.</source>
      <translation>Le fichier de paramètres n'a pas pu être lu : il est laissé tel quel.</translation>
    </message>
    <message>
      <source>{why} Your settings work as usual but are kept only until you quit.</source>
      <translation>{why} Vos paramètres fonctionnent normalement, mais ne sont conservés que jusqu'à la fermeture.</translation>
    </message>
    <message>
      <source>Your settings could not be saved.</source>
      <translation>Vos paramètres n'ont pas pu être enregistrés.</translation>
    </message>
    <message>
      <source>This name has a broken character, so it cannot be stored.</source>
      <translation>Ce nom contient un caractère cassé : il ne peut pas être enregistré.</translation>
    </message>
    <message>
      <source>The disk is full. Free some space, then try again.</source>
      <translation>Le disque est plein. Libérez de l'espace, puis réessayez.</translation>
    </message>
    <message>
      <source>The disk holding {folder} is read-only. Choose another place or make it writable, then try again.</source>
      <translation>Le disque qui contient {folder} est en lecture seule. Choisissez un autre emplacement ou rendez-le inscriptible, puis réessayez.</translation>
    </message>
    <message>
      <source>FLORA Desktop is not allowed to write in {folder}. Check who owns the folder and its permissions, then try again.</source>
      <translation>FLORA Desktop n'a pas le droit d'écrire dans {folder}. Vérifiez le propriétaire du dossier et ses permissions, puis réessayez.</translation>
    </message>
    <message>
      <source>The disk refused the file ({reason}). Try again.</source>
      <translation>Le disque a refusé le fichier ({reason}). Réessayez.</translation>
    </message>
    <message>
      <source>{what} {why}</source>
      <translation>{what} {why}</translation>
    </message>
    <message>
      <source>a number too large to store (or not a number at all)</source>
      <translation>un nombre trop grand pour être enregistré (ou pas un nombre du tout)</translation>
    </message>
    <message>
      <source>text with a broken character (half of an emoji)</source>
      <translation>du texte avec un caractère cassé (la moitié d'un emoji)</translation>
    </message>
    <message>
      <source>a name with a broken character (half of an emoji)</source>
      <translation>un nom avec un caractère cassé (la moitié d'un emoji)</translation>
    </message>
    <message>
      <source>A value cannot be stored.</source>
      <translation>Une valeur ne peut pas être enregistrée.</translation>
    </message>
    <message>
      <source>“{where}” cannot be stored: it holds {problem}.</source>
      <translation>« {where} » ne peut pas être enregistré : il contient {problem}.</translation>
    </message>
    <message>
      <source>{what} could not be read (the file is damaged or from another version). It was kept as “{file}” in {folder}; FLORA Desktop goes on without it.</source>
      <translation>{what} n'a pas pu être lu (fichier endommagé ou d'une autre version). Il a été conservé sous « {file} » dans {folder} ; FLORA Desktop continue sans lui.</translation>
    </message>
    <message>
      <source>{what} could not be read, and the file “{file}” could not be moved aside. It is left as it is and will not be written over; changes last until you quit.</source>
      <translation>{what} n'a pas pu être lu, et le fichier « {file} » n'a pas pu être mis de côté. Il est laissé tel quel et ne sera pas écrasé ; les modifications valent jusqu'à la fermeture.</translation>
    </message>
  </context>
  <context>
    <name>StoreNoticeView</name>
    <message>
      <source>Some of your files could not be used</source>
      <translation>Certains de vos fichiers n'ont pas pu être utilisés</translation>
    </message>
  </context>
  <context>
    <name>TechniquePicker</name>
    <message>
      <source>&amp;Technique</source>
      <translation>&amp;Technique</translation>
    </message>
    <message>
      <source>Search techniques</source>
      <translation>Rechercher des techniques</translation>
    </message>
    <message>
      <source>Techniques</source>
      <translation>Techniques</translation>
    </message>
    <message>
      <source>Clear the search</source>
      <translation>Effacer la recherche</translation>
    </message>
  </context>
  <context>
    <name>TechniquesModel</name>
    <message>
      <source>image</source>
      <translation>image</translation>
    </message>
    <message>
      <source>video</source>
      <translation>vidéo</translation>
    </message>
    <message>
      <source>audio</source>
      <translation>audio</translation>
    </message>
    <message>
      <source>text</source>
      <translation>texte</translation>
    </message>
    <message>
      <source>document</source>
      <translation>document</translation>
    </message>
    <message>
      <source>{cost} per run</source>
      <translation>{cost} par exécution</translation>
    </message>
    <message>
      <source>none</source>
      <translation>aucun</translation>
    </message>
    <message>
      <source>{name}. {description} {cost}. Takes {inputs}; makes {outputs}.</source>
      <translation>{name}. {description} {cost}. Prend {inputs} ; produit {outputs}.</translation>
    </message>
  </context>
  <context>
    <name>TextOutput</name>
    <message>
      <source>Text output</source>
      <translation>Résultat texte</translation>
    </message>
    <message>
      <source>Copy text</source>
      <translation>Copier le texte</translation>
    </message>
  </context>
  <context>
    <name>TextValueEditor</name>
    <message>
      <source>JSON, e.g. "text", 42, ["a", "b"] or {"key": "value"}</source>
      <translation>JSON, p. ex. "text", 42, ["a", "b"] ou {"key": "value"}</translation>
    </message>
  </context>
  <context>
    <name>Thumbnail</name>
    <message>
      <source>Open the image full size</source>
      <translation>Ouvrir l'image en taille réelle</translation>
    </message>
    <message>
      <source>Open full size</source>
      <translation>Ouvrir en taille réelle</translation>
    </message>
    <message>
      <source>Loading preview…</source>
      <translation>Chargement de l'aperçu…</translation>
    </message>
  </context>
  <context>
    <name>Toast</name>
    <message>
      <source>Dismiss</source>
      <translation>Fermer</translation>
    </message>
  </context>
  <context>
    <name>Uploads</name>
    <message>
      <source>an image</source>
      <translation>une image</translation>
    </message>
    <message>
      <source>JPEG, PNG, WebP, GIF, AVIF or HEIC</source>
      <translation>JPEG, PNG, WebP, GIF, AVIF ou HEIC</translation>
    </message>
    <message>
      <source>a video</source>
      <translation>une vidéo</translation>
    </message>
    <message>
      <source>MP4, WebM or MOV</source>
      <translation>MP4, WebM ou MOV</translation>
    </message>
    <message>
      <source>a sound file</source>
      <translation>un fichier audio</translation>
    </message>
    <message>
      <source>MP3, WAV or Ogg</source>
      <translation>MP3, WAV ou Ogg</translation>
    </message>
    <message>
      <source>a PDF document</source>
      <translation>un document PDF</translation>
    </message>
    <message>
      <source>PDF</source>
      <translation>PDF</translation>
    </message>
    <message>
      <source>“{name}” changed while uploading; try again when it is finished.</source>
      <translation>« {name} » a changé pendant l'envoi ; réessayez une fois le fichier terminé.</translation>
    </message>
    <message>
      <source>a file</source>
      <translation>un fichier</translation>
    </message>
    <message>
      <source>a supported format</source>
      <translation>un format pris en charge</translation>
    </message>
    <message>
      <source>{kind} ({formats})</source>
      <translation>{kind} ({formats})</translation>
    </message>
    <message>
      <source>This input takes text, not a file.</source>
      <translation>Cette entrée prend du texte, pas un fichier.</translation>
    </message>
    <message>
      <source>“{name}” is a folder or not a file. Choose a file.</source>
      <translation>« {name} » est un dossier ou n'est pas un fichier. Choisissez un fichier.</translation>
    </message>
    <message>
      <source>no access</source>
      <translation>pas d'accès</translation>
    </message>
    <message>
      <source>“{name}” could not be read ({reason}).</source>
      <translation>« {name} » n'a pas pu être lu ({reason}).</translation>
    </message>
    <message>
      <source>“{name}” is empty.</source>
      <translation>« {name} » est vide.</translation>
    </message>
    <message>
      <source>“{name}” is not a kind of file FLORA takes. This input needs {accepted}.</source>
      <translation>« {name} » n'est pas un type de fichier accepté par FLORA. Cette entrée attend {accepted}.</translation>
    </message>
    <message>
      <source>“{name}” is {kind}, but this input needs {accepted}.</source>
      <translation>« {name} » est {kind}, mais cette entrée attend {accepted}.</translation>
    </message>
    <message>
      <source>“{name}” is {megapixels:,.0f} megapixels; FLORA takes images up to {limit} megapixels. Make it smaller and try again.</source>
      <translation>« {name} » fait {megapixels:,.0f} mégapixels ; FLORA accepte les images jusqu'à {limit} mégapixels. Réduisez-la et réessayez.</translation>
    </message>
  </context>
  <context>
    <name>UrlValueEditor</name>
    <message>
      <source>Paste a link (https://…), a FLORA element id, or choose a file</source>
      <translation>Collez un lien (https://…), un identifiant d'élément FLORA, ou choisissez un fichier</translation>
    </message>
    <message>
      <source>Paste a link (https://…) or choose a file</source>
      <translation>Collez un lien (https://…) ou choisissez un fichier</translation>
    </message>
  </context>
  <context>
    <name>VideoPoster</name>
    <message>
      <source>No first frame: this computer can't show video inside the app.</source>
      <translation>Pas de première image : cet ordinateur ne peut pas afficher de vidéo dans l'application.</translation>
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
      <translation>Selon FLORA, cette exécution est « {status} », un état que l'application ne connaît pas : elle n'est donc plus suivie. Consultez-la dans FLORA.</translation>
    </message>
    <message>
      <source>FLORA asked us to check less often.</source>
      <translation>FLORA nous a demandé de vérifier moins souvent.</translation>
    </message>
    <message>
      <source>FLORA is taking too long to answer.</source>
      <translation>FLORA met trop de temps à répondre.</translation>
    </message>
    <message>
      <source>Can't reach FLORA right now. Check your internet connection.</source>
      <translation>Impossible de joindre FLORA pour le moment. Vérifiez votre connexion internet.</translation>
    </message>
    <message>
      <source>FLORA refused the API key, so this run can't be checked. Sign in again.</source>
      <translation>FLORA a refusé la clé API : cette exécution ne peut donc pas être suivie. Reconnectez-vous.</translation>
    </message>
    <message>
      <source>This API key may not see this run any more.</source>
      <translation>Cette clé API ne voit peut-être plus cette exécution.</translation>
    </message>
    <message>
      <source>FLORA no longer knows this run.</source>
      <translation>FLORA ne connaît plus cette exécution.</translation>
    </message>
    <message>
      <source>FLORA had a problem answering.</source>
      <translation>FLORA a eu un problème pour répondre.</translation>
    </message>
    <message>
      <source>This run can't be checked because of an unexpected answer from FLORA.</source>
      <translation>Cette exécution ne peut pas être suivie à cause d'une réponse inattendue de FLORA.</translation>
    </message>
    <message>
      <source>{problem} Checking again in {when}.</source>
      <translation>{problem} Nouvelle vérification dans {when}.</translation>
    </message>
  </context>
  <context>
    <name>WorkspacePicker</name>
    <message>
      <source>Workspace</source>
      <translation>Espace de travail</translation>
    </message>
  </context>
  <context>
    <name>WorkspacesModel</name>
    <message>
      <source>{name} (view only)</source>
      <translation>{name} (lecture seule)</translation>
    </message>
    <message>
      <source>{name} ({role})</source>
      <translation>{name} ({role})</translation>
    </message>
    <message>
      <source>Your role: {role}</source>
      <translation>Votre rôle : {role}</translation>
    </message>
    <message>
      <source>Your role: {role}. You can look but not start runs here.</source>
      <translation>Votre rôle : {role}. Vous pouvez consulter, mais pas lancer d'exécutions ici.</translation>
    </message>
  </context>
  <context>
    <name>_CellDelegate</name>
    <message>
      <source>Loading…</source>
      <translation>Chargement…</translation>
    </message>
    <message>
      <source>Not started</source>
      <translation>Non lancées</translation>
    </message>
    <message>
      <source>Not known</source>
      <translation>Inconnu</translation>
    </message>
    <message>
      <source>Failed — no output</source>
      <translation>Échec — aucun résultat</translation>
    </message>
    <message>
      <source>Running…</source>
      <translation>En cours…</translation>
    </message>
    <message>
      <source>Picture (not saved)</source>
      <translation>Image (non enregistrée)</translation>
    </message>
    <message>
      <source>Video</source>
      <translation>Vidéo</translation>
    </message>
    <message>
      <source>Audio</source>
      <translation>Audio</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Texte</translation>
    </message>
    <message>
      <source>No outputs</source>
      <translation>Aucun résultat</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>Document</translation>
    </message>
    <message>
      <source>{status} · +{count} more</source>
      <translation>{status} · +{count} de plus</translation>
    </message>
  </context>
  <context>
    <name>_SheetModel</name>
    <message>
      <source>#{number} {source} — {status}</source>
      <translation>n° {number} {source} — {status}</translation>
    </message>
  </context>
</TS>
