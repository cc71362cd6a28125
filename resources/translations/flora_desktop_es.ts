<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
  <context>
    <name>Batch</name>
    <message>
      <source>FLORA says the workspace is out of credits, so the batch stopped. Rows not started were not charged; add credits and start the batch again to finish them.</source>
      <translation>Según FLORA, el espacio de trabajo se ha quedado sin créditos, así que el lote se detuvo. Las filas sin iniciar no se han cobrado; añade créditos y vuelve a lanzar el lote para terminarlas.</translation>
    </message>
    <message>
      <source>FLORA refused this workspace for your key, so the batch stopped: {reason}</source>
      <translation>FLORA rechazó este espacio de trabajo para tu clave, así que el lote se detuvo: {reason}</translation>
    </message>
    <message>
      <source>FLORA could not find the technique or the workspace, so the batch stopped: {reason}</source>
      <translation>FLORA no encontró la técnica o el espacio de trabajo, así que el lote se detuvo: {reason}</translation>
    </message>
    <message>
      <source>FLORA refused the API key, so the batch stopped. Sign in again, then resume it.</source>
      <translation>FLORA rechazó la clave de API, así que el lote se detuvo. Vuelve a iniciar sesión y después reanúdalo.</translation>
    </message>
    <message>
      <source>FLORA could not be reached after several tries, so the batch stopped. Start it again to resume: no row will be started twice.</source>
      <translation>No se pudo contactar con FLORA tras varios intentos, así que el lote se detuvo. Vuelve a lanzarlo para reanudarlo: ninguna fila se iniciará dos veces.</translation>
    </message>
    <message>
      <source>The batch could not be written to disk, so nothing more was sent (a crash could otherwise bill twice). Free some space, then resume it.</source>
      <translation>No se pudo guardar el lote en el disco, así que no se envió nada más (si no, un fallo podría cobrarse dos veces). Libera espacio y después reanúdalo.</translation>
    </message>
    <message>
      <source>The run history on this computer cannot be saved right now, so the batch was not started (after a crash its rows could be billed twice). Free some space, then start it again.</source>
      <translation>El historial de este ordenador no se puede guardar ahora mismo, así que el lote no se inició (tras un fallo, sus filas podrían facturarse dos veces). Libera espacio y vuelve a iniciarlo.</translation>
    </message>
    <message>
      <source>FLORA accepted some rows but their runs could not be found yet. Start the batch again in a minute to look again; they will not be started twice.</source>
      <translation>FLORA aceptó algunas filas, pero todavía no se encuentran sus ejecuciones. Vuelve a lanzar el lote dentro de un minuto para comprobarlo de nuevo; no se iniciarán dos veces.</translation>
    </message>
    <message>
      <source>FLORA did not say how some rows are going. They were not started again (that could charge them twice). Press Resume later to check on them, or look for them in History.</source>
      <translation>FLORA no dijo cómo van algunas filas. No se volvieron a iniciar (podrían cobrarse dos veces). Pulsa Reanudar más tarde para comprobarlas, o búscalas en el Historial.</translation>
    </message>
    <message>
      <source>Cancelled. Rows not started were not charged; start the batch again to finish.</source>
      <translation>Cancelado. Las filas sin iniciar no se han cobrado; vuelve a lanzar el lote para terminarlo.</translation>
    </message>
    <message>
      <source>This row names a file on this computer; use a link.</source>
      <translation>Esta fila indica un archivo de este ordenador; usa un enlace.</translation>
    </message>
    <message>
      <source>“{name}” could not be uploaded, so the row was not started (nothing charged). {why}</source>
      <translation>No se pudo subir «{name}», así que la fila no se inició (no se cobró nada). {why}</translation>
    </message>
    <message>
      <source>FLORA refused this row, nothing was charged: {reason}</source>
      <translation>FLORA rechazó esta fila; no se cobró nada: {reason}</translation>
    </message>
    <message>
      <source>The run finished but its outputs were not saved: {why}</source>
      <translation>La ejecución terminó, pero sus resultados no se guardaron: {why}</translation>
    </message>
    <message>
      <source>FLORA did not say how this row is going. {reason} Its run may still be working, and may be charged, so it will not be started again. Press Resume later to check on it, or look for it in History.</source>
      <translation>FLORA no dijo cómo va esta fila. {reason} Su ejecución puede seguir en marcha y puede cobrarse, así que no se volverá a iniciar. Pulsa Reanudar más tarde para comprobarla, o búscala en el Historial.</translation>
    </message>
    <message>
      <source>It says “{status}”, a word this app does not know.</source>
      <translation>Dice «{status}», una palabra que esta aplicación no conoce.</translation>
    </message>
    <message>
      <source>It still said it was working after {minutes} minutes.</source>
      <translation>Después de {minutes} minutos seguía diciendo que estaba en marcha.</translation>
    </message>
    <message>
      <source>This row was sent to FLORA at {time}, but the answer was lost and no run could be matched to it for sure. FLORA may have made it (and charged it), so it will not be started again on its own. Look in History for a run from about {time}; if there is none, nothing was charged and you can run the row again (Run again, in the batch window).</source>
      <translation>Esta fila se envió a FLORA a las {time}, pero la respuesta se perdió y no se pudo asociar ninguna ejecución con seguridad. Puede que FLORA la haya hecho (y cobrado), así que no se volverá a iniciar sola. Busca en el Historial una ejecución de hacia las {time}; si no hay ninguna, no se cobró nada y puedes volver a ejecutar la fila (Volver a ejecutar, en la ventana del lote).</translation>
    </message>
  </context>
  <context>
    <name>BatchChecks</name>
    <message>
      <source>This row could not be checked; use it anyway only if you are sure.</source>
      <translation>No se pudo comprobar esta fila; úsala de todos modos solo si lo tienes claro.</translation>
    </message>
    <message>
      <source>{count} cropped copies could not be saved.</source>
      <translation>No se pudieron guardar {count} copias recortadas.</translation>
    </message>
    <message>
      <source>The cropped copy could not be saved.</source>
      <translation>No se pudo guardar la copia recortada.</translation>
    </message>
  </context>
  <context>
    <name>BatchContactSheet</name>
    <message>
      <source>Contact sheet</source>
      <translation>Hoja de contactos</translation>
    </message>
    <message>
      <source>Each row's output; press Enter on one to open its run</source>
      <translation>El resultado de cada fila; pulsa Intro en uno para abrir su ejecución</translation>
    </message>
    <message>
      <source>R&amp;ows</source>
      <translation>&amp;Filas</translation>
    </message>
    <message>
      <source>Contact s&amp;heet</source>
      <translation>&amp;Hoja de contactos</translation>
    </message>
    <message>
      <source>Each row's output appears here once the batch starts</source>
      <translation>El resultado de cada fila aparece aquí en cuanto empieza el lote</translation>
    </message>
  </context>
  <context>
    <name>BatchDialog</name>
    <message>
      <source>Batch — {name}</source>
      <translation>Lote — {name}</translation>
    </message>
    <message>
      <source>Add &amp;files or a folder…</source>
      <translation>Añadir &amp;archivos o una carpeta…</translation>
    </message>
    <message>
      <source>Each file becomes one row (you can also drop them here)</source>
      <translation>Cada archivo se convierte en una fila (también puedes soltarlos aquí)</translation>
    </message>
    <message>
      <source>&amp;Vary:</source>
      <translation>&amp;Variar:</translation>
    </message>
    <message>
      <source>Input to vary</source>
      <translation>Entrada que variar</translation>
    </message>
    <message>
      <source>Variations: one value per line</source>
      <translation>Variaciones: un valor por línea</translation>
    </message>
    <message>
      <source>Variations, one per line</source>
      <translation>Variaciones, una por línea</translation>
    </message>
    <message>
      <source>&amp;Make rows from these lines</source>
      <translation>&amp;Generar filas con estas líneas</translation>
    </message>
    <message>
      <source>Batch rows</source>
      <translation>Filas del lote</translation>
    </message>
    <message>
      <source>Show rows</source>
      <translation>Mostrar filas</translation>
    </message>
    <message>
      <source>All rows</source>
      <translation>Todas las filas</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Completada</translation>
    </message>
    <message>
      <source>Failed</source>
      <translation>Fallida</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>En curso</translation>
    </message>
    <message>
      <source>Not started</source>
      <translation>Sin iniciar</translation>
    </message>
    <message>
      <source>Output &amp;folder…</source>
      <translation>&amp;Carpeta de resultados…</translation>
    </message>
    <message>
      <source>&amp;Pause</source>
      <translation>&amp;Pausar</translation>
    </message>
    <message>
      <source>&amp;Cancel batch</source>
      <translation>Cancelar el &amp;lote</translation>
    </message>
    <message>
      <source>&amp;Retry failed rows</source>
      <translation>&amp;Reintentar filas fallidas</translation>
    </message>
    <message>
      <source>Res&amp;ume batch</source>
      <translation>Rean&amp;udar lote</translation>
    </message>
    <message>
      <source>Import a spreadsheet</source>
      <translation>Importar una hoja de cálculo</translation>
    </message>
    <message>
      <source>The spreadsheet could not be read. {reason}</source>
      <translation>No se pudo leer la hoja de cálculo. {reason}</translation>
    </message>
    <message>
      <source>&amp;Import spreadsheet (CSV, Excel)…</source>
      <translation>&amp;Importar hoja de cálculo (CSV, Excel)…</translation>
    </message>
    <message>
      <source>Needs fixing</source>
      <translation>Por corregir</translation>
    </message>
    <message>
      <source>Look in History first: FLORA may already have made these rows</source>
      <translation>Mira primero en el Historial: puede que FLORA ya haya hecho estas filas</translation>
    </message>
    <message>
      <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
      <translation>Hojas de cálculo (*.csv *.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
      <source>Reading {file}…</source>
      <translation>Leyendo {file}…</translation>
    </message>
    <message>
      <source>Is it a CSV or Excel file?</source>
      <translation>¿Es un archivo CSV o Excel?</translation>
    </message>
    <message>
      <source>Choose files, one row each</source>
      <translation>Elegir archivos, uno por fila</translation>
    </message>
    <message>
      <source>Looking at the files…</source>
      <translation>Revisando los archivos…</translation>
    </message>
    <message>
      <source>More than {limit} files; a batch takes at most {limit}. Choose a smaller folder.</source>
      <translation>Más de {limit} archivos; un lote admite como máximo {limit}. Elige una carpeta más pequeña.</translation>
    </message>
    <message>
      <source>Row {row}: {text}</source>
      <translation>Fila {row}: {text}</translation>
    </message>
    <message>
      <source>… and {count} more, left out until fixed.</source>
      <translation>… y {count} más, que se omiten hasta que se corrijan.</translation>
    </message>
    <message>
      <source>Save the batch's outputs in</source>
      <translation>Guardar los resultados del lote en</translation>
    </message>
    <message>
      <source>Checking 1 row…</source>
      <translation>Comprobando 1 fila…</translation>
    </message>
    <message>
      <source>Checking {count} rows…</source>
      <translation>Comprobando {count} filas…</translation>
    </message>
    <message>
      <source>Start 1 run — ${total}</source>
      <translation>Lanzar 1 ejecución — ${total}</translation>
    </message>
    <message>
      <source>Start {count} runs — ${total}</source>
      <translation>Lanzar {count} ejecuciones — ${total}</translation>
    </message>
    <message>
      <source>Start a large batch?</source>
      <translation>¿Lanzar un lote grande?</translation>
    </message>
    <message>
      <source>This starts {count} runs and may cost up to ${total}. Start them?</source>
      <translation>Esto lanza {count} ejecuciones y puede costar hasta ${total}. ¿Lanzarlas?</translation>
    </message>
    <message>
      <source>This batch's rows could not be read from the history file on this computer. Nothing was sent; close this window and try again.</source>
      <translation>No se pudieron leer las filas de este lote del historial de este equipo. No se envió nada; cierra esta ventana y vuelve a intentarlo.</translation>
    </message>
    <message>
      <source>The batch could not be recorded in the history file (is the disk full?). Nothing was started.</source>
      <translation>No se pudo registrar el lote en el archivo de historial (¿el disco está lleno?). No se inició nada.</translation>
    </message>
    <message>
      <source>The folder {folder} could not be created ({why}). Nothing was started.</source>
      <translation>No se pudo crear la carpeta {folder} ({why}). No se inició nada.</translation>
    </message>
    <message>
      <source>{done} of {total} ended · {running} in progress · {failed} failed</source>
      <translation>{done} de {total} terminadas · {running} en curso · {failed} fallidas</translation>
    </message>
    <message>
      <source>{count} not known</source>
      <translation>{count} desconocidas</translation>
    </message>
    <message>
      <source>paused</source>
      <translation>en pausa</translation>
    </message>
    <message>
      <source>FLORA asked to wait {seconds:.0f} s</source>
      <translation>FLORA ha pedido esperar {seconds:.0f} s</translation>
    </message>
    <message>
      <source>Some outputs or manifest.csv could not be written in {folder}. Free some space (or fix the folder), then press Resume: no run starts again.</source>
      <translation>Algunos resultados o manifest.csv no se pudieron escribir en {folder}. Libera espacio (o arregla la carpeta) y pulsa Reanudar: no se vuelve a iniciar ninguna ejecución.</translation>
    </message>
    <message>
      <source>&amp;Resume</source>
      <translation>Rean&amp;udar</translation>
    </message>
    <message>
      <source>Retry failed rows?</source>
      <translation>¿Reintentar las filas fallidas?</translation>
    </message>
    <message numerus="yes">
      <source>This starts %n new runs for the failed rows, each billed: about ${total}.</source>
      <translation>
        <numerusform>Esto inicia %n ejecución nueva para la fila fallida, facturada: unos ${total}.</numerusform>
        <numerusform>Esto inicia %n ejecuciones nuevas para las filas fallidas, cada una facturada: unos ${total}.</numerusform>
      </translation>
    </message>
    <message>
      <source>Run rows not known again?</source>
      <translation>¿Volver a ejecutar las filas desconocidas?</translation>
    </message>
    <message>
      <source>These rows' answers were lost, so FLORA may already have made them. Look in History first. If FLORA still remembers a row, nothing new starts for it; otherwise it is a new run, billed. Rows: {count}, up to ${total}.</source>
      <translation>Las respuestas de estas filas se perdieron, así que puede que FLORA ya las haya hecho. Mira primero en el Historial. Si FLORA aún recuerda una fila, no se inicia nada nuevo para ella; si no, es una ejecución nueva, que se cobra. Filas: {count}, hasta ${total}.</translation>
    </message>
    <message>
      <source>&amp;Close</source>
      <translation>&amp;Cerrar</translation>
    </message>
    <message numerus="yes">
      <source>&amp;Retry %n failed rows — ${total}</source>
      <translation>
        <numerusform>&amp;Reintentar %n fila fallida — ${total}</numerusform>
        <numerusform>&amp;Reintentar %n filas fallidas — ${total}</numerusform>
      </translation>
    </message>
    <message>
      <source>Run &amp;again rows not known: {count} — up to ${total}</source>
      <translation>&amp;Volver a ejecutar filas desconocidas: {count} — hasta ${total}</translation>
    </message>
    <message>
      <source>Open &amp;folder</source>
      <translation>Abrir &amp;carpeta</translation>
    </message>
    <message>
      <source>Show the outputs and manifest.csv in the file manager</source>
      <translation>Mostrar los resultados y manifest.csv en el gestor de archivos</translation>
    </message>
    <message>
      <source>Outputs and manifest.csv go to {folder}</source>
      <translation>Los resultados y manifest.csv se guardan en {folder}</translation>
    </message>
    <message>
      <source>Rows: {count} · total ${total}</source>
      <translation>Filas: {count} · total ${total}</translation>
    </message>
    <message>
      <source>checking {count}…</source>
      <translation>comprobando {count}…</translation>
    </message>
    <message>
      <source>{count} left out until fixed</source>
      <translation>{count} omitidas hasta que se corrijan</translation>
    </message>
  </context>
  <context>
    <name>BatchEntry</name>
    <message>
      <source>Run as a &amp;batch…</source>
      <translation>Lanzar en &amp;lote…</translation>
    </message>
    <message>
      <source>Run this technique once per row of a spreadsheet or a list of variations</source>
      <translation>Lanzar esta técnica una vez por cada fila de una hoja de cálculo o de una lista de variaciones</translation>
    </message>
    <message>
      <source>Batc&amp;hes</source>
      <translation>L&amp;otes</translation>
    </message>
    <message>
      <source>Open a recent batch: its rows, outputs and manifest</source>
      <translation>Abrir un lote reciente: sus filas, resultados y manifiesto</translation>
    </message>
    <message>
      <source>{technique} — {when}</source>
      <translation>{technique} — {when}</translation>
    </message>
    <message>
      <source>Batch</source>
      <translation>Lote</translation>
    </message>
    <message>
      <source>FLORA could not be reached to open this batch; try again shortly.</source>
      <translation>No se pudo contactar con FLORA para abrir este lote; vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
      <source>Choose a workspace and a technique first.</source>
      <translation>Primero elige un espacio de trabajo y una técnica.</translation>
    </message>
  </context>
  <context>
    <name>BatchHistoryList</name>
    <message>
      <source>&amp;Batches</source>
      <translation>&amp;Lotes</translation>
    </message>
    <message>
      <source>Batch</source>
      <translation>Lote</translation>
    </message>
    <message>
      <source>Started</source>
      <translation>Iniciada</translation>
    </message>
    <message>
      <source>Batches</source>
      <translation>Lotes</translation>
    </message>
    <message>
      <source>&amp;Open batch</source>
      <translation>&amp;Abrir lote</translation>
    </message>
    <message>
      <source>Show the batch's rows, outputs and manifest</source>
      <translation>Mostrar las filas, los resultados y el resumen del lote</translation>
    </message>
    <message>
      <source>Res&amp;ume batch</source>
      <translation>Rean&amp;udar lote</translation>
    </message>
    <message>
      <source>Start the rows it left; none is started twice, rows already done stay</source>
      <translation>Iniciar las filas que faltan; ninguna se inicia dos veces, las terminadas se quedan</translation>
    </message>
    <message>
      <source>Batch: {name}</source>
      <translation>Lote: {name}</translation>
    </message>
    <message numerus="yes">
      <source>%n runs</source>
      <translation>
        <numerusform>%n ejecución</numerusform>
        <numerusform>%n ejecuciones</numerusform>
      </translation>
    </message>
    <message>
      <source>{count} done</source>
      <translation>{count} terminadas</translation>
    </message>
    <message>
      <source>{count} failed</source>
      <translation>{count} fallidas</translation>
    </message>
    <message>
      <source>{count} in progress</source>
      <translation>{count} en curso</translation>
    </message>
    <message>
      <source>{count} not started</source>
      <translation>{count} sin iniciar</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation>Cargando…</translation>
    </message>
    <message>
      <source>The rows could not be read.</source>
      <translation>No se pudieron leer las filas.</translation>
    </message>
    <message>
      <source>not started</source>
      <translation>sin iniciar</translation>
    </message>
    <message>
      <source>starting</source>
      <translation>iniciando</translation>
    </message>
    <message>
      <source>running</source>
      <translation>en curso</translation>
    </message>
    <message>
      <source>done</source>
      <translation>terminada</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>fallida</translation>
    </message>
    <message>
      <source>row {number}</source>
      <translation>fila {number}</translation>
    </message>
    <message>
      <source>#{number} {name} — {state}</source>
      <translation>n.º {number} {name} — {state}</translation>
    </message>
  </context>
  <context>
    <name>BatchMappingDialog</name>
    <message>
      <source>Match the columns — {file}</source>
      <translation>Asignar las columnas — {file}</translation>
    </message>
    <message>
      <source>{rows} rows in “{file}”. Choose the column each input takes its values from; inputs without a column take the form's value.</source>
      <translation>{rows} filas en «{file}». Elige la columna de la que toma sus valores cada entrada; las entradas sin columna toman el valor del formulario.</translation>
    </message>
    <message>
      <source>Column for {input}</source>
      <translation>Columna para {input}</translation>
    </message>
    <message>
      <source>Use the form's value</source>
      <translation>Usar el valor del formulario</translation>
    </message>
    <message>
      <source>Leave empty</source>
      <translation>Dejar vacío</translation>
    </message>
    <message>
      <source>Choose a column</source>
      <translation>Elige una columna</translation>
    </message>
    <message>
      <source>Column naming the outputs</source>
      <translation>Columna que da nombre a los resultados</translation>
    </message>
    <message>
      <source>From each row's file name</source>
      <translation>Del nombre de archivo de cada fila</translation>
    </message>
    <message>
      <source>Outputs &amp;named by</source>
      <translation>&amp;Nombrar los resultados según</translation>
    </message>
    <message>
      <source>&amp;Preview of the first rows, as each input gets them</source>
      <translation>&amp;Vista previa de las primeras filas, tal como las recibe cada entrada</translation>
    </message>
    <message>
      <source>Preview of the first rows</source>
      <translation>Vista previa de las primeras filas</translation>
    </message>
    <message>
      <source>&amp;Use these columns</source>
      <translation>&amp;Usar estas columnas</translation>
    </message>
    <message>
      <source>Column {letter}: {title}</source>
      <translation>Columna {letter}: {title}</translation>
    </message>
    <message>
      <source>(no title)</source>
      <translation>(sin título)</translation>
    </message>
    <message>
      <source>(form) {value}</source>
      <translation>(formulario) {value}</translation>
    </message>
    <message>
      <source>The form's value, the same on every row</source>
      <translation>El valor del formulario, igual en todas las filas</translation>
    </message>
    <message>
      <source>Output name</source>
      <translation>Nombre del resultado</translation>
    </message>
    <message>
      <source>Choose a column for: {inputs}.</source>
      <translation>Elige una columna para: {inputs}.</translation>
    </message>
    <message>
      <source>Columns not used: {columns}.</source>
      <translation>Columnas sin usar: {columns}.</translation>
    </message>
  </context>
  <context>
    <name>BatchRowFixes</name>
    <message>
      <source>&amp;Use anyway</source>
      <translation>&amp;Usar de todos modos</translation>
    </message>
    <message>
      <source>&amp;Next problem</source>
      <translation>&amp;Siguiente problema</translation>
    </message>
    <message>
      <source>Select the next row that needs fixing</source>
      <translation>Seleccionar la siguiente fila por corregir</translation>
    </message>
    <message>
      <source>Row {number} needs fixing: {problem}</source>
      <translation>Fila {number} por corregir: {problem}</translation>
    </message>
    <message>
      <source>Cro&amp;p to {ratio}</source>
      <translation>Reco&amp;rtar a {ratio}</translation>
    </message>
    <message>
      <source>{count} rows need fixing and are left out until then.</source>
      <translation>Hay {count} filas que corregir; se omiten hasta entonces.</translation>
    </message>
    <message>
      <source>1 row needs fixing and is left out until then.</source>
      <translation>Hay 1 fila que corregir; se omite hasta entonces.</translation>
    </message>
    <message>
      <source>Crop &amp;all {count} to {ratio}</source>
      <translation>Recortar &amp;todo a {ratio} ({count})</translation>
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
      <translation>Origen</translation>
    </message>
    <message>
      <source>Inputs</source>
      <translation>Entradas</translation>
    </message>
    <message>
      <source>Cost</source>
      <translation>Coste</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>Not known yet — FLORA did not say</source>
      <translation>Aún desconocido: FLORA no lo dijo</translation>
    </message>
    <message>
      <source>Not known — look in History</source>
      <translation>Desconocido: mira en el Historial</translation>
    </message>
    <message>
      <source>⚠ Needs fixing</source>
      <translation>⚠ Por corregir</translation>
    </message>
    <message>
      <source>Needs fixing: {problem}</source>
      <translation>Por corregir: {problem}</translation>
    </message>
    <message>
      <source>Ready</source>
      <translation>Lista</translation>
    </message>
    <message>
      <source>Checking…</source>
      <translation>Comprobando…</translation>
    </message>
    <message>
      <source>Not started — nothing charged</source>
      <translation>Sin iniciar — no se ha cobrado nada</translation>
    </message>
    <message>
      <source>Starting…</source>
      <translation>Iniciando…</translation>
    </message>
    <message>
      <source>Running</source>
      <translation>En curso</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Completada</translation>
    </message>
    <message>
      <source>Failed</source>
      <translation>Fallida</translation>
    </message>
  </context>
  <context>
    <name>BatchSources</name>
    <message>
      <source>The spreadsheet is larger than 20 MB.</source>
      <translation>La hoja de cálculo supera los 20 MB.</translation>
    </message>
    <message>
      <source>This file is not a spreadsheet saved as CSV text (File → Save As → CSV).</source>
      <translation>Este archivo no es una hoja de cálculo guardada como texto CSV (Archivo → Guardar como → CSV).</translation>
    </message>
    <message>
      <source>A cell of the spreadsheet is longer than 128 KB; is a quote mark left open?</source>
      <translation>Una celda de la hoja de cálculo supera los 128 KB; ¿quedaron unas comillas sin cerrar?</translation>
    </message>
    <message>
      <source>The spreadsheet is empty.</source>
      <translation>La hoja de cálculo está vacía.</translation>
    </message>
    <message>
      <source>That makes {count} rows; a batch takes at most {limit}. Split it into smaller batches.</source>
      <translation>Eso da {count} filas; un lote admite como máximo {limit}. Divídelo en lotes más pequeños.</translation>
    </message>
    <message>
      <source>“{name}” needs a web link (https://…) or a file that exists, not “{value}”.</source>
      <translation>«{name}» necesita un enlace web (https://…) o un archivo que exista, no «{value}».</translation>
    </message>
    <message>
      <source>No column for “{name}” (name a column “{id}” or “{name}”).</source>
      <translation>No hay ninguna columna para «{name}» (llama a una columna «{id}» o «{name}»).</translation>
    </message>
    <message>
      <source>More than {limit} rows; split the spreadsheet.</source>
      <translation>Más de {limit} filas; divide la hoja de cálculo.</translation>
    </message>
    <message>
      <source>“{name}” is empty.</source>
      <translation>«{name}» está vacío.</translation>
    </message>
    <message>
      <source>Row by row needs lists of the same length ({counts}). Choose every combination, or change a list.</source>
      <translation>El modo fila a fila necesita listas de la misma longitud ({counts}). Elige todas las combinaciones o cambia una lista.</translation>
    </message>
    <message>
      <source>This file could not be read as an Excel workbook (.xlsx); it may be damaged. Open it in Excel and save a copy.</source>
      <translation>No se pudo leer este archivo como libro de Excel (.xlsx); puede que esté dañado. Ábrelo en Excel y guarda una copia.</translation>
    </message>
    <message>
      <source>This workbook is protected by a password (or is an old .xls file). Open it in Excel and save a copy as .xlsx without a password.</source>
      <translation>Este libro está protegido con contraseña (o es un archivo .xls antiguo). Ábrelo en Excel y guarda una copia como .xlsx sin contraseña.</translation>
    </message>
    <message>
      <source>The workbook is larger than {size} MB.</source>
      <translation>El libro ocupa más de {size} MB.</translation>
    </message>
    <message>
      <source>This workbook unpacks to more than {size} MB; keep only the sheet of rows and save it again.</source>
      <translation>Al descomprimirse, este libro ocupa más de {size} MB; deja solo la hoja con las filas y vuelve a guardarlo.</translation>
    </message>
  </context>
  <context>
    <name>CatalogueBrowser</name>
    <message>
      <source>Loading techniques…</source>
      <translation>Cargando técnicas…</translation>
    </message>
    <message>
      <source>The techniques could not be loaded.</source>
      <translation>No se han podido cargar las técnicas.</translation>
    </message>
    <message>
      <source>No technique matches this search.</source>
      <translation>Ninguna técnica coincide con esta búsqueda.</translation>
    </message>
    <message>
      <source>No techniques.</source>
      <translation>No hay técnicas.</translation>
    </message>
  </context>
  <context>
    <name>CloseWhileStarting</name>
    <message>
      <source>A run is starting</source>
      <translation>Se está iniciando una ejecución</translation>
    </message>
    <message>
      <source>A run is starting…</source>
      <translation>Se está iniciando una ejecución…</translation>
    </message>
    <message>
      <source>FLORA has not confirmed the run you just started yet. Wait, and FLORA Desktop closes as soon as it does. If you close anyway, the run may still start; FLORA Desktop will check next time it opens, and never starts it twice.</source>
      <translation>FLORA aún no ha confirmado la ejecución que acabas de lanzar. Espera y FLORA Desktop se cerrará en cuanto lo haga. Si cierras de todos modos, puede que la ejecución se inicie igualmente; FLORA Desktop lo comprobará la próxima vez que se abra y nunca la iniciará dos veces.</translation>
    </message>
    <message>
      <source>&amp;Wait</source>
      <translation>&amp;Esperar</translation>
    </message>
    <message>
      <source>&amp;Close anyway</source>
      <translation>&amp;Cerrar de todos modos</translation>
    </message>
  </context>
  <context>
    <name>CombineChoice</name>
    <message>
      <source>C&amp;lear lists</source>
      <translation>&amp;Vaciar listas</translation>
    </message>
    <message>
      <source>Forget the files and variations added so far</source>
      <translation>Olvidar los archivos y variaciones añadidos hasta ahora</translation>
    </message>
    <message>
      <source>Batched: {lists}</source>
      <translation>En lote: {lists}</translation>
    </message>
    <message>
      <source>{input} ({count})</source>
      <translation>{input} ({count})</translation>
    </message>
    <message>
      <source>&amp;Row by row ({count} runs)</source>
      <translation>&amp;Fila a fila ({count} ejecuciones)</translation>
    </message>
    <message>
      <source>&amp;Row by row (needs lists of one length)</source>
      <translation>&amp;Fila a fila (necesita listas de la misma longitud)</translation>
    </message>
    <message>
      <source>&amp;Every combination: {product} = {count} runs, more than {limit}</source>
      <translation>&amp;Todas las combinaciones: {product} = {count} ejecuciones, más de {limit}</translation>
    </message>
    <message>
      <source>&amp;Every combination: {product} = {count} runs</source>
      <translation>&amp;Todas las combinaciones: {product} = {count} ejecuciones</translation>
    </message>
  </context>
  <context>
    <name>CommandLine</name>
    <message>
      <source>Start FLORA technique runs from your desktop.</source>
      <translation>Lanza técnicas de FLORA desde tu escritorio.</translation>
    </message>
    <message>
      <source>show this help and quit</source>
      <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
      <source>show the version and quit</source>
      <translation>mostrar la versión y salir</translation>
    </message>
    <message>
      <source>start a practice FLORA on 127.0.0.1 and connect to it with its demo key (no keyring entry is read or written)</source>
      <translation>iniciar un FLORA de prueba en 127.0.0.1 y conectarse con su clave de demostración (no se lee ni se escribe nada en el llavero)</translation>
    </message>
    <message>
      <source>FLORA API base URL (default: $FLORA_BASE_URL, else {default})</source>
      <translation>URL base de la API de FLORA (por defecto: $FLORA_BASE_URL; si no, {default})</translation>
    </message>
    <message>
      <source>log at debug level</source>
      <translation>registrar con nivel de depuración</translation>
    </message>
    <message>
      <source>add FLORA Desktop to your applications menu (with its icon and the .florapreset file type) for your user, then quit</source>
      <translation>añadir FLORA Desktop a tu menú de aplicaciones (con su icono y el tipo de archivo .florapreset) para tu usuario y salir</translation>
    </message>
    <message>
      <source>remove what --install-desktop-entry added, then quit</source>
      <translation>quitar lo que añadió --install-desktop-entry y salir</translation>
    </message>
    <message>
      <source>presets files (.florapreset) to import; a running FLORA Desktop takes them</source>
      <translation>archivos de ajustes (.florapreset) que importar; si FLORA Desktop ya está abierto, los recibe</translation>
    </message>
    <message>
      <source>usage: </source>
      <translation>uso: </translation>
    </message>
    <message>
      <source>options</source>
      <translation>opciones</translation>
    </message>
    <message>
      <source>positional arguments</source>
      <translation>argumentos posicionales</translation>
    </message>
    <message>
      <source>y,yes</source>
      <translation>s,sí,si</translation>
    </message>
    <message>
      <source>{prog}: error: {message}</source>
      <translation>{prog}: error: {message}</translation>
    </message>
    <message>
      <source>these options are missing: {names}</source>
      <translation>faltan estas opciones: {names}</translation>
    </message>
    <message>
      <source>unknown options: {names}</source>
      <translation>opciones desconocidas: {names}</translation>
    </message>
    <message>
      <source>{name} needs a value</source>
      <translation>{name} necesita un valor</translation>
    </message>
    <message>
      <source>{name} needs a number, not {value}</source>
      <translation>{name} necesita un número, no {value}</translation>
    </message>
    <message>
      <source>{name} takes no value (not {value})</source>
      <translation>{name} no lleva ningún valor (no {value})</translation>
    </message>
    <message>
      <source>{option} could mean {matches}; write it out</source>
      <translation>{option} puede ser {matches}; escribe la opción completa</translation>
    </message>
    <message>
      <source>Run one FLORA technique once per row of a CSV file.</source>
      <translation>Ejecuta una técnica de FLORA una vez por cada fila de un archivo CSV.</translation>
    </message>
    <message>
      <source>technique slug or tech_ id</source>
      <translation>slug o ID tech_ de la técnica</translation>
    </message>
    <message>
      <source>workspace ws_ id or name</source>
      <translation>ID ws_ o nombre del espacio de trabajo</translation>
    </message>
    <message>
      <source>one row per run; columns named after the technique's inputs (id or label)</source>
      <translation>una fila por ejecución; columnas con el nombre de las entradas de la técnica (ID o etiqueta)</translation>
    </message>
    <message>
      <source>folder for outputs and manifest.csv; the same folder again resumes the batch</source>
      <translation>carpeta para los resultados y manifest.csv; la misma carpeta retoma el lote</translation>
    </message>
    <message>
      <source>rows in progress at once, 1–{most} (default: the app's setting, else {default})</source>
      <translation>filas en curso a la vez, 1–{most} (por defecto: el ajuste de la app; si no, {default})</translation>
    </message>
    <message>
      <source>start without asking</source>
      <translation>empezar sin preguntar</translation>
    </message>
    <message>
      <source>do not download outputs (manifest only)</source>
      <translation>no descargar los resultados (solo el manifiesto)</translation>
    </message>
    <message>
      <source>FLORA API base URL</source>
      <translation>URL base de la API de FLORA</translation>
    </message>
    <message>
      <source>--concurrency must be 1–{most}</source>
      <translation>--concurrency debe estar entre 1 y {most}</translation>
    </message>
    <message>
      <source>The keyring could not be read. Set FLORA_API_KEY, or unlock the keyring.</source>
      <translation>No se pudo leer el llavero. Define FLORA_API_KEY o desbloquea el llavero.</translation>
    </message>
    <message>
      <source>No FLORA API key: set FLORA_API_KEY, or sign in once in FLORA Desktop.</source>
      <translation>No hay clave de API de FLORA: define FLORA_API_KEY o inicia sesión una vez en FLORA Desktop.</translation>
    </message>
    <message>
      <source>Several workspaces are called “{name}”; use its ws_ id.</source>
      <translation>Hay varios espacios de trabajo llamados «{name}»; usa su ID ws_.</translation>
    </message>
    <message>
      <source>No workspace “{name}” for this key. Workspaces: {names}.</source>
      <translation>No hay ningún espacio de trabajo «{name}» para esta clave. Espacios de trabajo: {names}.</translation>
    </message>
    <message>
      <source>none</source>
      <translation>ninguno</translation>
    </message>
    <message>
      <source>No technique “{name}” (use its slug or tech_ id).</source>
      <translation>No hay ninguna técnica «{name}» (usa su slug o su ID tech_).</translation>
    </message>
    <message>
      <source>FLORA could not be asked: {reason}</source>
      <translation>No se pudo consultar a FLORA: {reason}</translation>
    </message>
    <message>
      <source>{folder} holds a batch of another technique or workspace; choose another --out folder.</source>
      <translation>{folder} contiene un lote de otra técnica o de otro espacio de trabajo; elige otra carpeta --out.</translation>
    </message>
    <message>
      <source>{file} could not be read: {reason}</source>
      <translation>No se pudo leer {file}: {reason}</translation>
    </message>
    <message>
      <source>The spreadsheet needs fixing first:</source>
      <translation>Primero hay que corregir la hoja de cálculo:</translation>
    </message>
    <message>
      <source>Row {row}: {problem}</source>
      <translation>Fila {row}: {problem}</translation>
    </message>
    <message>
      <source>… and {count} more</source>
      <translation>… y {count} más</translation>
    </message>
    <message>
      <source>{file} has no rows.</source>
      <translation>{file} no tiene filas.</translation>
    </message>
    <message>
      <source>{folder} could not be created: {reason}</source>
      <translation>No se pudo crear {folder}: {reason}</translation>
    </message>
    <message>
      <source>Resuming the batch in {folder}.</source>
      <translation>Retomando el lote en {folder}.</translation>
    </message>
    <message>
      <source>Every row has ended; see {manifest}.</source>
      <translation>Todas las filas han terminado; consulta {manifest}.</translation>
    </message>
    <message>
      <source>“{technique}” in “{workspace}”: {count} row, {to_start} to start, about {cost} ({to_start} × {run_cost}).</source>
      <translation>«{technique}» en «{workspace}»: {count} fila, {to_start} por lanzar, unos {cost} ({to_start} × {run_cost}).</translation>
    </message>
    <message>
      <source>“{technique}” in “{workspace}”: {count} rows, {to_start} to start, about {cost} ({to_start} × {run_cost}).</source>
      <translation>«{technique}» en «{workspace}»: {count} filas, {to_start} por lanzar, unos {cost} ({to_start} × {run_cost}).</translation>
    </message>
    <message>
      <source>Start {count} run — {cost}? [y/N]</source>
      <translation>¿Lanzar {count} ejecución — {cost}? [s/N]</translation>
    </message>
    <message>
      <source>Start {count} runs — {cost}? [y/N]</source>
      <translation>¿Lanzar {count} ejecuciones — {cost}? [s/N]</translation>
    </message>
    <message>
      <source>Add --yes to start without asking.</source>
      <translation>Añade --yes para empezar sin preguntar.</translation>
    </message>
    <message>
      <source>Nothing was started.</source>
      <translation>No se ha lanzado nada.</translation>
    </message>
    <message>
      <source>Done: {completed} completed, {failed} failed. See {manifest}.</source>
      <translation>Listo: {completed} completadas, {failed} fallidas. Consulta {manifest}.</translation>
    </message>
    <message>
      <source>{reason} See {manifest}.</source>
      <translation>{reason} Consulta {manifest}.</translation>
    </message>
    <message>
      <source>manifest.csv could not be written in {folder} ({why}).</source>
      <translation>No se pudo escribir manifest.csv en {folder} ({why}).</translation>
    </message>
    <message>
      <source>Rows whose outputs could not be saved in {folder}: {count}.</source>
      <translation>Filas cuyos resultados no se pudieron guardar en {folder}: {count}.</translation>
    </message>
    <message>
      <source>Free some space (or fix the folder), then run the same command again: it writes them and starts no run again.</source>
      <translation>Libera espacio (o arregla la carpeta) y vuelve a ejecutar el mismo comando: los escribe sin volver a iniciar ninguna ejecución.</translation>
    </message>
    <message>
      <source>Stopped. Run the same command again to resume.</source>
      <translation>Detenido. Vuelve a ejecutar el mismo comando para retomarlo.</translation>
    </message>
    <message>
      <source>{done}/{total} · {running} running · {failed} failed</source>
      <translation>{done}/{total} · {running} en curso · {failed} fallidas</translation>
    </message>
    <message>
      <source>waiting {seconds} s (FLORA asked)</source>
      <translation>esperando {seconds} s (lo pidió FLORA)</translation>
    </message>
    <message>
      <source>Row {index}/{total} completed</source>
      <translation>Fila {index}/{total} completada</translation>
    </message>
    <message>
      <source>Row {index}/{total} failed</source>
      <translation>Fila {index}/{total} fallida</translation>
    </message>
    <message>
      <source>Row {index}/{total} failed: {reason}</source>
      <translation>Fila {index}/{total} fallida: {reason}</translation>
    </message>
    <message>
      <source>FLORA Desktop cannot open its window: your system lacks libraries it needs ({packages}). On Debian or Ubuntu, install them with:</source>
      <translation>FLORA Desktop no puede abrir su ventana: a tu sistema le faltan bibliotecas que necesita ({packages}). En Debian o Ubuntu, instálalas con:</translation>
    </message>
    <message>
      <source>then start FLORA Desktop again.</source>
      <translation>y luego vuelve a abrir FLORA Desktop.</translation>
    </message>
    <message>
      <source>FLORA Desktop needs a desktop session to open its window, and none was found (no DISPLAY or WAYLAND_DISPLAY). Start it from your desktop, not over a plain SSH session.</source>
      <translation>FLORA Desktop necesita una sesión de escritorio para abrir su ventana y no se ha encontrado ninguna (ni DISPLAY ni WAYLAND_DISPLAY). Ábrelo desde tu escritorio, no desde una simple sesión SSH.</translation>
    </message>
    <message>
      <source>FLORA Desktop is open on another computer ({host}) that shares this settings folder. Close it there, then start it here again. If it is not open there (that computer was renamed or switched off without closing it), delete {lock} and start FLORA Desktop again.</source>
      <translation>FLORA Desktop está abierto en otro ordenador ({host}) que comparte esta carpeta de ajustes. Ciérralo allí y vuelve a abrirlo aquí. Si no está abierto allí (ese ordenador cambió de nombre o se apagó sin cerrarlo), borra {lock} y vuelve a abrir FLORA Desktop.</translation>
    </message>
    <message>
      <source>FLORA Desktop is already running but does not answer. Close it (or end it in your system monitor), then start it again.</source>
      <translation>FLORA Desktop ya está abierto pero no responde. Ciérralo (o termínalo desde el monitor del sistema) y vuelve a abrirlo.</translation>
    </message>
    <message>
      <source>FLORA Desktop is in your applications menu ({entry}, {files} files).</source>
      <translation>FLORA Desktop ya está en tu menú de aplicaciones ({entry}, {files} archivos).</translation>
    </message>
    <message>
      <source>Could not add FLORA Desktop to the applications menu: {reason}.</source>
      <translation>No se pudo añadir FLORA Desktop al menú de aplicaciones: {reason}.</translation>
    </message>
    <message>
      <source>Removed FLORA Desktop from your applications menu ({files} files).</source>
      <translation>FLORA Desktop se ha quitado de tu menú de aplicaciones ({files} archivos).</translation>
    </message>
    <message>
      <source>Could not remove FLORA Desktop from the applications menu: {reason}.</source>
      <translation>No se pudo quitar FLORA Desktop del menú de aplicaciones: {reason}.</translation>
    </message>
  </context>
  <context>
    <name>ConnectedTabs</name>
    <message>
      <source>Launch, Runs and History</source>
      <translation>Nueva ejecución, Ejecuciones e Historial</translation>
    </message>
    <message>
      <source>&amp;Launch</source>
      <translation>&amp;Nueva ejecución</translation>
    </message>
    <message>
      <source>&amp;Runs</source>
      <translation>E&amp;jecuciones</translation>
    </message>
    <message>
      <source>Hi&amp;story</source>
      <translation>&amp;Historial</translation>
    </message>
    <message>
      <source>Pick a technique, fill its inputs and start runs</source>
      <translation>Elige una técnica, rellena sus entradas y lanza ejecuciones</translation>
    </message>
    <message>
      <source>Runs of this session, live, with their outputs</source>
      <translation>Las ejecuciones de esta sesión, en directo, con sus resultados</translation>
    </message>
    <message>
      <source>Every run, searchable; reopen one in the editor</source>
      <translation>Todas las ejecuciones, con búsqueda; vuelve a abrir cualquiera en el editor</translation>
    </message>
    <message numerus="yes">
      <source>&amp;Runs (%n going)</source>
      <translation>
        <numerusform>E&amp;jecuciones (%n en curso)</numerusform>
        <numerusform>E&amp;jecuciones (%n en curso)</numerusform>
      </translation>
    </message>
    <message>
      <source>A run</source>
      <translation>Una ejecución</translation>
    </message>
    <message>
      <source>{name}: {status}</source>
      <translation>{name}: {status}</translation>
    </message>
    <message>
      <source>Its outputs are ready in FLORA Desktop.</source>
      <translation>Sus resultados ya están en FLORA Desktop.</translation>
    </message>
    <message>
      <source>It failed; FLORA Desktop says why and what to do.</source>
      <translation>Ha fallado; FLORA Desktop te explica por qué y qué hacer.</translation>
    </message>
  </context>
  <context>
    <name>ConnectionStatus</name>
    <message>
      <source>Connecting…</source>
      <translation>Conectando…</translation>
    </message>
    <message>
      <source>Not signed in</source>
      <translation>Sin sesión iniciada</translation>
    </message>
    <message>
      <source>Connected to the sandbox ({host})</source>
      <translation>Conectado al entorno de prueba ({host})</translation>
    </message>
    <message>
      <source>Connected to {host}</source>
      <translation>Conectado a {host}</translation>
    </message>
    <message>
      <source>Key from FLORA_API_KEY (this session only)</source>
      <translation>Clave de FLORA_API_KEY (solo esta sesión)</translation>
    </message>
    <message>
      <source>Key kept for this session only</source>
      <translation>Clave guardada solo para esta sesión</translation>
    </message>
    <message>
      <source>Workspace: {name}</source>
      <translation>Espacio de trabajo: {name}</translation>
    </message>
  </context>
  <context>
    <name>CopyAsButton</name>
    <message>
      <source>curl command</source>
      <translation>comando curl</translation>
    </message>
    <message>
      <source>flora CLI command</source>
      <translation>comando de flora CLI</translation>
    </message>
    <message>
      <source>Python snippet</source>
      <translation>fragmento de Python</translation>
    </message>
    <message>
      <source>Curl command</source>
      <translation>Comando curl</translation>
    </message>
    <message>
      <source>Copy with your API key?</source>
      <translation>¿Copiar con tu clave de API?</translation>
    </message>
    <message>
      <source>The copied text will contain your API key ({masked_key}). Anyone who sees it can start runs and spend this workspace's credits. Paste it only somewhere private.</source>
      <translation>El texto copiado incluirá tu clave de API ({masked_key}). Quien la vea podrá lanzar ejecuciones y gastar los créditos de este espacio de trabajo. Pégala solo en un lugar privado.</translation>
    </message>
    <message>
      <source>Copy with key</source>
      <translation>Copiar con la clave</translation>
    </message>
    <message>
      <source>Copy as…</source>
      <translation>Copiar como…</translation>
    </message>
    <message>
      <source>Copy as</source>
      <translation>Copiar como</translation>
    </message>
    <message>
      <source>Copy this run as a curl command, a flora CLI command or a Python snippet</source>
      <translation>Copiar esta ejecución como comando curl, comando de flora CLI o fragmento de Python</translation>
    </message>
    <message>
      <source>Copy this run as a command or code, to run it outside the app</source>
      <translation>Copiar esta ejecución como comando o código, para lanzarla fuera de la aplicación</translation>
    </message>
    <message>
      <source>With your API key</source>
      <translation>Con tu clave de API</translation>
    </message>
    <message>
      <source>{format} with key…</source>
      <translation>{format} con la clave…</translation>
    </message>
    <message>
      <source>Includes your API key; asks first</source>
      <translation>Incluye tu clave de API; pregunta antes</translation>
    </message>
    <message>
      <source>There is no API key to copy in this session.</source>
      <translation>En esta sesión no hay ninguna clave de API que copiar.</translation>
    </message>
    <message>
      <source>Nothing was copied.</source>
      <translation>No se ha copiado nada.</translation>
    </message>
    <message>
      <source>Copied the {format} with your API key. Keep it private.</source>
      <translation>{format} copiado con tu clave de API. Mantenlo en privado.</translation>
    </message>
    <message>
      <source>Copied the {format} (key from $FLORA_API_KEY).</source>
      <translation>{format} copiado (clave de $FLORA_API_KEY).</translation>
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
      <translation>Algo ha fallado en FLORA Desktop. Tus entradas están guardadas.</translation>
    </message>
    <message>
      <source>You can keep working, or quit and start FLORA Desktop again. If it happens again, the details below help us find the cause; they contain no API key.</source>
      <translation>Puedes seguir trabajando, o salir y volver a abrir FLORA Desktop. Si vuelve a ocurrir, los detalles de abajo nos ayudan a encontrar la causa; no contienen ninguna clave de API.</translation>
    </message>
  </context>
  <context>
    <name>Credentials</name>
    <message>
      <source>No system keyring is available on this computer (on Linux this needs a Secret Service such as GNOME Keyring or KWallet), so the API key cannot be saved. You can still use it for this session only.</source>
      <translation>Este ordenador no tiene llavero del sistema (en Linux hace falta un Secret Service como GNOME Keyring o KWallet), así que la clave de API no se puede guardar. Aun así, puedes usarla durante esta sesión.</translation>
    </message>
    <message>
      <source>The system keyring is locked and was not unlocked, so the API key could not be read or saved. Unlock it and try again, or use the key for this session only.</source>
      <translation>El llavero del sistema está bloqueado y no se ha desbloqueado, así que la clave de API no se ha podido leer ni guardar. Desbloquéalo y vuelve a intentarlo, o usa la clave solo para esta sesión.</translation>
    </message>
    <message>
      <source>An API key must be one line of text, without line breaks.</source>
      <translation>Una clave de API es una sola línea de texto, sin saltos de línea.</translation>
    </message>
  </context>
  <context>
    <name>DesktopCitizen</name>
    <message>
      <source>{files} will be imported once you are signed in.</source>
      <translation>{files} se importarán cuando inicies sesión.</translation>
    </message>
  </context>
  <context>
    <name>DesktopEntryOffer</name>
    <message>
      <source>Add to your applications</source>
      <translation>Añadir a tus aplicaciones</translation>
    </message>
    <message>
      <source>Add FLORA Desktop to your applications menu?</source>
      <translation>¿Añadir FLORA Desktop al menú de aplicaciones?</translation>
    </message>
    <message>
      <source>You can then start it like any other app, and open presets files by double-clicking them. This is asked only once.</source>
      <translation>Después podrás abrirla como cualquier otra aplicación y abrir archivos de presets con doble clic. Solo se pregunta una vez.</translation>
    </message>
    <message>
      <source>Add to menu</source>
      <translation>Añadir al menú</translation>
    </message>
    <message>
      <source>Not now</source>
      <translation>Ahora no</translation>
    </message>
    <message>
      <source>FLORA Desktop could not be added to the menu ({reason}).</source>
      <translation>No se pudo añadir FLORA Desktop al menú ({reason}).</translation>
    </message>
    <message>
      <source>no access</source>
      <translation>sin acceso</translation>
    </message>
  </context>
  <context>
    <name>DocumentPreview</name>
    <message>
      <source>Loading preview…</source>
      <translation>Cargando vista previa…</translation>
    </message>
    <message>
      <source>First page of the document</source>
      <translation>Primera página del documento</translation>
    </message>
  </context>
  <context>
    <name>ErrorBanner</name>
    <message>
      <source>Message</source>
      <translation>Mensaje</translation>
    </message>
    <message>
      <source>Dismiss</source>
      <translation>Cerrar</translation>
    </message>
    <message numerus="yes">
      <source>…and %n more.</source>
      <translation>
        <numerusform>…y %n más.</numerusform>
        <numerusform>…y %n más.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>FailureBox</name>
    <message>
      <source>Show what FLORA said</source>
      <translation>Mostrar lo que dijo FLORA</translation>
    </message>
    <message>
      <source>Hide what FLORA said</source>
      <translation>Ocultar lo que dijo FLORA</translation>
    </message>
  </context>
  <context>
    <name>Failures</name>
    <message>
      <source>Run again with these inputs (new run, billed again)</source>
      <translation>Volver a lanzar con estas entradas (nueva ejecución, se cobra de nuevo)</translation>
    </message>
    <message>
      <source>Running it again starts a new run, which is billed again.</source>
      <translation>Volver a lanzarla inicia una nueva ejecución, que se cobra de nuevo.</translation>
    </message>
    <message>
      <source>The run hit a temporary problem</source>
      <translation>La ejecución tuvo un problema pasajero</translation>
    </message>
    <message>
      <source>Something went wrong on FLORA's side while making this result. It usually works on a second try.</source>
      <translation>Algo falló en FLORA al crear este resultado. Normalmente funciona al segundo intento.</translation>
    </message>
    <message>
      <source>You can run it again now with the same inputs.</source>
      <translation>Puedes volver a lanzarla ahora con las mismas entradas.</translation>
    </message>
    <message>
      <source>FLORA is busy right now</source>
      <translation>FLORA está muy ocupado ahora mismo</translation>
    </message>
    <message>
      <source>The service that makes this result is overloaded or did not answer in time.</source>
      <translation>El servicio que crea este resultado está saturado o no respondió a tiempo.</translation>
    </message>
    <message>
      <source>Wait a few minutes, then run it again with the same inputs.</source>
      <translation>Espera unos minutos y vuelve a lanzarla con las mismas entradas.</translation>
    </message>
    <message>
      <source>FLORA could not use these inputs</source>
      <translation>FLORA no ha podido usar estas entradas</translation>
    </message>
    <message>
      <source>The inputs were refused or could not be read, so running it again unchanged would fail the same way.</source>
      <translation>Las entradas se rechazaron o no se pudieron leer, así que volver a lanzarla sin cambios fallaría igual.</translation>
    </message>
    <message>
      <source>Change the inputs (the prompt, an image or a link), then run it again.</source>
      <translation>Cambia las entradas (el prompt, una imagen o un enlace) y vuelve a lanzarla.</translation>
    </message>
    <message>
      <source>This run cannot be repeated as it is</source>
      <translation>Esta ejecución no se puede repetir tal cual</translation>
    </message>
    <message>
      <source>The run stopped for a reason a retry cannot fix, such as credits, billing limits or access to this technique.</source>
      <translation>La ejecución se detuvo por un motivo que un nuevo intento no arregla, como los créditos, los límites de facturación o el acceso a esta técnica.</translation>
    </message>
    <message>
      <source>Check your workspace's credits and access in FLORA before trying again.</source>
      <translation>Revisa en FLORA los créditos y el acceso de tu espacio de trabajo antes de volver a intentarlo.</translation>
    </message>
    <message>
      <source>The inputs were refused by a safety filter</source>
      <translation>Un filtro de seguridad rechazó las entradas</translation>
    </message>
    <message>
      <source>FLORA's safety check turned this request down, so running it again unchanged would fail the same way.</source>
      <translation>El control de seguridad de FLORA rechazó esta solicitud, así que volver a lanzarla sin cambios fallaría igual.</translation>
    </message>
    <message>
      <source>Change the prompt or images so they stay within FLORA's content rules, then run it again.</source>
      <translation>Ajusta el prompt o las imágenes a las normas de contenido de FLORA y vuelve a lanzarla.</translation>
    </message>
    <message>
      <source>{message} (code {code})</source>
      <translation>{message} (código {code})</translation>
    </message>
    <message>
      <source>(code {code})</source>
      <translation>(código {code})</translation>
    </message>
    <message>
      <source>FLORA gave no reason.</source>
      <translation>FLORA no ha dado ningún motivo.</translation>
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
      <translation>Imágenes</translation>
    </message>
    <message>
      <source>Videos</source>
      <translation>Vídeos</translation>
    </message>
    <message>
      <source>Sound files</source>
      <translation>Archivos de audio</translation>
    </message>
    <message>
      <source>PDF documents</source>
      <translation>Documentos PDF</translation>
    </message>
    <message>
      <source>Files</source>
      <translation>Archivos</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>Todos los archivos (*)</translation>
    </message>
    <message>
      <source>“{name}” was not uploaded: the file storage refused it. Try again.</source>
      <translation>«{name}» no se ha subido: el almacenamiento de archivos lo rechazó. Vuelve a intentarlo.</translation>
    </message>
    <message>
      <source>FLORA could not process “{name}”. Try another file.</source>
      <translation>FLORA no ha podido procesar «{name}». Prueba con otro archivo.</translation>
    </message>
    <message>
      <source>FLORA took too long to process “{name}”. Try again.</source>
      <translation>FLORA ha tardado demasiado en procesar «{name}». Vuelve a intentarlo.</translation>
    </message>
    <message>
      <source>You can't upload files to this workspace. Choose another workspace.</source>
      <translation>No puedes subir archivos a este espacio de trabajo. Elige otro.</translation>
    </message>
    <message>
      <source>“{name}” was not uploaded: FLORA is not answering. Check your connection.</source>
      <translation>«{name}» no se ha subido: FLORA no responde. Revisa tu conexión.</translation>
    </message>
    <message>
      <source>“{name}” was not uploaded. {title}. {what_to_do}</source>
      <translation>«{name}» no se ha subido. {title}. {what_to_do}</translation>
    </message>
  </context>
  <context>
    <name>FileInputBar</name>
    <message>
      <source>or drop a file on this row</source>
      <translation>o suelta un archivo en esta fila</translation>
    </message>
    <message>
      <source>Choose file…</source>
      <translation>Elegir archivo…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <source>Choose a file for {input}</source>
      <translation>Elegir un archivo para {input}</translation>
    </message>
    <message>
      <source>Upload a file from this computer for {input}</source>
      <translation>Subir un archivo de este ordenador para {input}</translation>
    </message>
    <message>
      <source>Upload progress for {input}</source>
      <translation>Progreso de la subida de {input}</translation>
    </message>
    <message>
      <source>Cancel the upload for {input}</source>
      <translation>Cancelar la subida de {input}</translation>
    </message>
    <message>
      <source>Uploading “{name}”…</source>
      <translation>Subiendo «{name}»…</translation>
    </message>
    <message>
      <source>FLORA is processing “{name}”…</source>
      <translation>FLORA está procesando «{name}»…</translation>
    </message>
    <message>
      <source>Trying “{name}” again…</source>
      <translation>Reintentando «{name}»…</translation>
    </message>
  </context>
  <context>
    <name>History</name>
    <message>
      <source>The run history was written by a newer FLORA Desktop (schema {version}). Update the app to open it.</source>
      <translation>El historial de ejecuciones lo escribió una versión más reciente de FLORA Desktop (esquema {version}). Actualiza la aplicación para abrirlo.</translation>
    </message>
    <message>
      <source>The run history cannot be kept safely on this disk ({mode} mode). Move the app's data folder to a local disk.</source>
      <translation>El historial de ejecuciones no se puede guardar de forma segura en este disco (modo {mode}). Mueve la carpeta de datos de la aplicación a un disco local.</translation>
    </message>
    <message>
      <source>The run history file is damaged and cannot be opened.</source>
      <translation>El archivo del historial está dañado y no se puede abrir.</translation>
    </message>
  </context>
  <context>
    <name>HistoryModel</name>
    <message>
      <source>This app</source>
      <translation>Esta aplicación</translation>
    </message>
    <message>
      <source>Elsewhere</source>
      <translation>En otro sitio</translation>
    </message>
    <message>
      <source>Started</source>
      <translation>Iniciada</translation>
    </message>
    <message>
      <source>Technique</source>
      <translation>Técnica</translation>
    </message>
    <message>
      <source>Workspace</source>
      <translation>Espacio de trabajo</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>Cost</source>
      <translation>Coste</translation>
    </message>
    <message>
      <source>Started from</source>
      <translation>Iniciada desde</translation>
    </message>
    <message>
      <source>Run {run_id}</source>
      <translation>Ejecución {run_id}</translation>
    </message>
    <message>
      <source>Unknown technique</source>
      <translation>Técnica desconocida</translation>
    </message>
  </context>
  <context>
    <name>HistoryView</name>
    <message>
      <source>Any status</source>
      <translation>Cualquier estado</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Completada</translation>
    </message>
    <message>
      <source>Failed</source>
      <translation>Fallida</translation>
    </message>
    <message>
      <source>Running</source>
      <translation>En curso</translation>
    </message>
    <message>
      <source>Waiting to start</source>
      <translation>Esperando para empezar</translation>
    </message>
    <message>
      <source>Any time</source>
      <translation>Cualquier fecha</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>Hoy</translation>
    </message>
    <message>
      <source>Last 7 days</source>
      <translation>Últimos 7 días</translation>
    </message>
    <message>
      <source>Last 30 days</source>
      <translation>Últimos 30 días</translation>
    </message>
    <message>
      <source>No inputs.</source>
      <translation>Sin entradas.</translation>
    </message>
    <message>
      <source>History</source>
      <translation>Historial</translation>
    </message>
    <message>
      <source>Search history</source>
      <translation>Buscar en el historial</translation>
    </message>
    <message>
      <source>Search technique, workspace, inputs or run id</source>
      <translation>Buscar técnica, espacio de trabajo, entradas o ID de ejecución</translation>
    </message>
    <message>
      <source>Technique</source>
      <translation>Técnica</translation>
    </message>
    <message>
      <source>All techniques</source>
      <translation>Todas las técnicas</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Fecha</translation>
    </message>
    <message>
      <source>Check FLORA</source>
      <translation>Consultar FLORA</translation>
    </message>
    <message>
      <source>Check FLORA for runs started elsewhere</source>
      <translation>Buscar en FLORA ejecuciones iniciadas en otro sitio</translation>
    </message>
    <message>
      <source>Add runs started elsewhere (the web app, scripts) to the list</source>
      <translation>Añadir a la lista las ejecuciones iniciadas en otro sitio (la aplicación web, scripts)</translation>
    </message>
    <message>
      <source>Past runs</source>
      <translation>Ejecuciones anteriores</translation>
    </message>
    <message>
      <source>Column headers</source>
      <translation>Encabezados de columna</translation>
    </message>
    <message>
      <source>Open in editor</source>
      <translation>Abrir en el editor</translation>
    </message>
    <message>
      <source>Copy this run's inputs into the editor as a new draft</source>
      <translation>Copiar las entradas de esta ejecución en el editor como un nuevo borrador</translation>
    </message>
    <message>
      <source>&amp;Inputs</source>
      <translation>&amp;Entradas</translation>
    </message>
    <message>
      <source>The history could not be read.</source>
      <translation>No se ha podido leer el historial.</translation>
    </message>
    <message>
      <source>Showing the newest {shown} of more than {total} runs</source>
      <translation>Se muestran las {shown} más recientes de más de {total} ejecuciones</translation>
    </message>
    <message numerus="yes">
      <source>Showing the newest {shown} of %n runs</source>
      <translation>
        <numerusform>Las {shown} más recientes de %n ejecución</numerusform>
        <numerusform>Las {shown} más recientes de %n ejecuciones</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n runs</source>
      <translation>
        <numerusform>%n ejecución</numerusform>
        <numerusform>%n ejecuciones</numerusform>
      </translation>
    </message>
    <message>
      <source>Checking…</source>
      <translation>Comprobando…</translation>
    </message>
    <message>
      <source>That run is not in the history on this computer.</source>
      <translation>Esa ejecución no está en el historial de este ordenador.</translation>
    </message>
    <message>
      <source>Unknown technique</source>
      <translation>Técnica desconocida</translation>
    </message>
    <message>
      <source>Started {when}</source>
      <translation>Iniciada {when}</translation>
    </message>
    <message>
      <source>started in this app</source>
      <translation>iniciada en esta aplicación</translation>
    </message>
    <message>
      <source>started elsewhere</source>
      <translation>iniciada en otro sitio</translation>
    </message>
    <message>
      <source>took {duration}</source>
      <translation>duró {duration}</translation>
    </message>
    <message>
      <source>charged {cost}</source>
      <translation>cobrado {cost}</translation>
    </message>
    <message>
      <source>run id {run_id}</source>
      <translation>ID de ejecución {run_id}</translation>
    </message>
    <message>
      <source>This run failed, so it has no outputs.</source>
      <translation>Esta ejecución falló, así que no tiene resultados.</translation>
    </message>
    <message>
      <source>This run has not finished yet; see Runs for its progress.</source>
      <translation>Esta ejecución aún no ha terminado; consulta su progreso en Ejecuciones.</translation>
    </message>
  </context>
  <context>
    <name>ImageViewer</name>
    <message>
      <source>The image could not be read ({problem}).</source>
      <translation>No se ha podido leer la imagen ({problem}).</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation>Cargando…</translation>
    </message>
    <message>
      <source>Fit</source>
      <translation>Ajustar</translation>
    </message>
    <message>
      <source>Fit the image to the window</source>
      <translation>Ajustar la imagen a la ventana</translation>
    </message>
    <message>
      <source>Actual size</source>
      <translation>Tamaño real</translation>
    </message>
    <message>
      <source>Zoom out</source>
      <translation>Alejar</translation>
    </message>
    <message>
      <source>Zoom in</source>
      <translation>Acercar</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Cerrar</translation>
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
      <translation>Debe durar {seconds:g} s</translation>
    </message>
    <message>
      <source>Shape {ratio}</source>
      <translation>Formato {ratio}</translation>
    </message>
    <message>
      <source>Square ({ratio})</source>
      <translation>Cuadrado ({ratio})</translation>
    </message>
    <message>
      <source>Landscape ({ratio})</source>
      <translation>Horizontal ({ratio})</translation>
    </message>
    <message>
      <source>Portrait ({ratio})</source>
      <translation>Vertical ({ratio})</translation>
    </message>
    <message>
      <source>Custom</source>
      <translation>Personalizada</translation>
    </message>
    <message>
      <source>Optional</source>
      <translation>Opcional</translation>
    </message>
    <message>
      <source>Required</source>
      <translation>Obligatorio</translation>
    </message>
    <message>
      <source>New input</source>
      <translation>Nueva entrada</translation>
    </message>
    <message>
      <source>Name of the input</source>
      <translation>Nombre de la entrada</translation>
    </message>
    <message>
      <source>{ }</source>
      <translation>{ }</translation>
    </message>
    <message>
      <source>Type this value as JSON (any JSON value)</source>
      <translation>Escribir este valor como JSON (cualquier valor JSON)</translation>
    </message>
    <message>
      <source>Move up (Alt+Up)</source>
      <translation>Subir (Alt+Arriba)</translation>
    </message>
    <message>
      <source>Move down (Alt+Down)</source>
      <translation>Bajar (Alt+Abajo)</translation>
    </message>
    <message>
      <source>Remove this input</source>
      <translation>Quitar esta entrada</translation>
    </message>
    <message>
      <source>Key {key}</source>
      <translation>Nombre {key}</translation>
    </message>
    <message>
      <source>Name of the custom input</source>
      <translation>Nombre de la entrada personalizada</translation>
    </message>
    <message>
      <source>Type {input} as JSON</source>
      <translation>Escribir {input} como JSON</translation>
    </message>
    <message>
      <source>Move {input} up</source>
      <translation>Subir {input}</translation>
    </message>
    <message>
      <source>Move {input} down</source>
      <translation>Bajar {input}</translation>
    </message>
    <message>
      <source>Remove {input}</source>
      <translation>Quitar {input}</translation>
    </message>
    <message>
      <source>Problem:</source>
      <translation>Problema:</translation>
    </message>
  </context>
  <context>
    <name>Inputs</name>
    <message>
      <source>Image</source>
      <translation>Imagen</translation>
    </message>
    <message>
      <source>Video</source>
      <translation>Vídeo</translation>
    </message>
    <message>
      <source>Audio</source>
      <translation>Audio</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>Documento</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Texto</translation>
    </message>
    <message>
      <source>Required</source>
      <translation>Obligatorio</translation>
    </message>
    <message>
      <source>This is not a link or a file. Paste a web address (https://…) or choose a file.</source>
      <translation>Esto no es un enlace ni un archivo. Pega una dirección web (https://…) o elige un archivo.</translation>
    </message>
    <message>
      <source>To use a file from this computer, choose it or drop it on this row.</source>
      <translation>Para usar un archivo de este ordenador, elígelo o suéltalo en esta fila.</translation>
    </message>
    <message>
      <source>This has a broken character (half of an emoji or symbol) that cannot be sent. Delete it and type it again.</source>
      <translation>Aquí hay un carácter roto (la mitad de un emoji o símbolo) que no se puede enviar. Bórralo y vuelve a escribirlo.</translation>
    </message>
    <message>
      <source>A number here is too large to send: use a smaller one.</source>
      <translation>Aquí hay un número demasiado grande para enviarlo: usa uno más pequeño.</translation>
    </message>
    <message>
      <source>The name has a broken character (half of an emoji or symbol). Type it again.</source>
      <translation>El nombre tiene un carácter roto (la mitad de un emoji o símbolo). Vuelve a escribirlo.</translation>
    </message>
    <message>
      <source>This web address is missing the site name, like https://example.com/…</source>
      <translation>A esta dirección web le falta el nombre del sitio, como https://example.com/…</translation>
    </message>
    <message>
      <source>Add https:// at the start of this web address, like https://example.com/picture.png</source>
      <translation>Añade https:// al principio de esta dirección web, por ejemplo https://example.com/picture.png</translation>
    </message>
    <message>
      <source>Only web addresses that start with https:// can be used here. Paste a web address or choose a file.</source>
      <translation>Aquí solo se pueden usar direcciones web que empiecen por https://. Pega una dirección web o elige un archivo.</translation>
    </message>
    <message>
      <source>This web address has a space in the site name. Remove the space, or copy the address again from your browser.</source>
      <translation>Esta dirección web tiene un espacio en el nombre del sitio. Quita el espacio o copia la dirección de nuevo desde el navegador.</translation>
    </message>
    <message>
      <source>This web address has a hidden character in it, such as a line break. Copy the address again from your browser's address bar.</source>
      <translation>Esta dirección web tiene un carácter oculto, como un salto de línea. Copia la dirección de nuevo desde la barra de direcciones del navegador.</translation>
    </message>
    <message>
      <source>This web address can't be read (a bracket or port number is wrong). Copy it again from your browser's address bar.</source>
      <translation>No se puede leer esta dirección web (hay un corchete o un número de puerto incorrecto). Cópiala de nuevo desde la barra de direcciones del navegador.</translation>
    </message>
    <message>
      <source>Give this input a name</source>
      <translation>Ponle un nombre a esta entrada</translation>
    </message>
    <message>
      <source>Remove the spaces before or after the name</source>
      <translation>Quita los espacios antes o después del nombre</translation>
    </message>
    <message>
      <source>Another input already uses this name</source>
      <translation>Otra entrada ya usa este nombre</translation>
    </message>
    <message>
      <source>Enter a value, or remove this input</source>
      <translation>Escribe un valor o quita esta entrada</translation>
    </message>
    <message>
      <source>Custom</source>
      <translation>Personalizada</translation>
    </message>
    <message>
      <source>Unknown type</source>
      <translation>Tipo desconocido</translation>
    </message>
    <message>
      <source>This isn't valid JSON: {name} is not allowed in JSON</source>
      <translation>Esto no es JSON válido: {name} no está permitido en JSON</translation>
    </message>
    <message>
      <source>This isn't valid JSON: {problem} (line {line}, column {column})</source>
      <translation>Esto no es JSON válido: {problem} (línea {line}, columna {column})</translation>
    </message>
    <message>
      <source>This JSON is nested too deeply to read</source>
      <translation>Este JSON está demasiado anidado para leerlo</translation>
    </message>
    <message>
      <source>This isn't valid JSON: {problem}</source>
      <translation>Esto no es JSON válido: {problem}</translation>
    </message>
    <message>
      <source>Item {number}: {problem}</source>
      <translation>Elemento {number}: {problem}</translation>
    </message>
    <message>
      <source>This value is too large to show as JSON</source>
      <translation>Este valor es demasiado grande para mostrarlo como JSON</translation>
    </message>
    <message>
      <source>The name “{key}” appears more than once</source>
      <translation>El nombre «{key}» aparece más de una vez</translation>
    </message>
    <message>
      <source>The inputs must be one JSON object in braces: {"name": "value", …}</source>
      <translation>Las entradas deben ser un único objeto JSON entre llaves: {"name": "value", …}</translation>
    </message>
  </context>
  <context>
    <name>InputsEditor</name>
    <message>
      <source>Technique inputs</source>
      <translation>Entradas de la técnica</translation>
    </message>
    <message>
      <source>Inputs</source>
      <translation>Entradas</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Deshacer</translation>
    </message>
    <message>
      <source>Undo (Ctrl+Z)</source>
      <translation>Deshacer (Ctrl+Z)</translation>
    </message>
    <message>
      <source>Redo</source>
      <translation>Rehacer</translation>
    </message>
    <message>
      <source>Redo (Ctrl+Shift+Z)</source>
      <translation>Rehacer (Ctrl+Mayús+Z)</translation>
    </message>
    <message>
      <source>Edit as JSON</source>
      <translation>Editar como JSON</translation>
    </message>
    <message>
      <source>Show all inputs as one JSON object</source>
      <translation>Mostrar todas las entradas como un único objeto JSON</translation>
    </message>
    <message>
      <source>Advanced</source>
      <translation>Avanzado</translation>
    </message>
    <message>
      <source>Show the technical details: input ids, raw values, custom inputs, Copy as…</source>
      <translation>Mostrar los detalles técnicos: ID de entradas, valores sin procesar, entradas personalizadas, Copiar como…</translation>
    </message>
    <message>
      <source>Input</source>
      <translation>Entrada</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Valor</translation>
    </message>
    <message>
      <source>This technique takes no inputs.</source>
      <translation>Esta técnica no tiene entradas.</translation>
    </message>
    <message>
      <source>Add input</source>
      <translation>Añadir entrada</translation>
    </message>
    <message>
      <source>Add an input the technique does not list (a custom input)</source>
      <translation>Añadir una entrada que la técnica no incluye (una entrada personalizada)</translation>
    </message>
    <message>
      <source>Undo an edit of the inputs</source>
      <translation>Deshacer un cambio en las entradas</translation>
    </message>
    <message>
      <source>Redo an edit of the inputs</source>
      <translation>Rehacer un cambio en las entradas</translation>
    </message>
    <message>
      <source>Move a row up</source>
      <translation>Subir una fila</translation>
    </message>
    <message>
      <source>Move a row down</source>
      <translation>Bajar una fila</translation>
    </message>
    <message>
      <source>The JSON cannot be applied: {problem}</source>
      <translation>No se puede aplicar el JSON: {problem}</translation>
    </message>
    <message>
      <source>Not accepted</source>
      <translation>No aceptado</translation>
    </message>
    <message>
      <source>Edit {input}</source>
      <translation>Editar {input}</translation>
    </message>
    <message>
      <source>Rename input</source>
      <translation>Cambiar nombre de la entrada</translation>
    </message>
    <message>
      <source>JSON for {input}</source>
      <translation>JSON para {input}</translation>
    </message>
    <message>
      <source>Plain value for {input}</source>
      <translation>Valor simple para {input}</translation>
    </message>
    <message>
      <source>Remove {input}</source>
      <translation>Quitar {input}</translation>
    </message>
    <message>
      <source>Move {input}</source>
      <translation>Mover {input}</translation>
    </message>
  </context>
  <context>
    <name>InputsJsonView</name>
    <message>
      <source>All inputs as one JSON object: each name with its value. Apply puts them back in the table; names the technique does not list become custom inputs.</source>
      <translation>Todas las entradas como un único objeto JSON: cada nombre con su valor. Aplicar las devuelve a la tabla; los nombres que la técnica no incluye pasan a ser entradas personalizadas.</translation>
    </message>
    <message>
      <source>Inputs as JSON</source>
      <translation>Entradas como JSON</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Aplicar</translation>
    </message>
    <message>
      <source>Apply the JSON to the table</source>
      <translation>Aplicar el JSON a la tabla</translation>
    </message>
    <message>
      <source>Back to the table</source>
      <translation>Volver a la tabla</translation>
    </message>
    <message>
      <source>Back to the table without applying</source>
      <translation>Volver a la tabla sin aplicar</translation>
    </message>
  </context>
  <context>
    <name>InputsSummary</name>
    <message>
      <source>Inputs of this run</source>
      <translation>Entradas de esta ejecución</translation>
    </message>
    <message>
      <source>First frame of {name}</source>
      <translation>Primer fotograma de {name}</translation>
    </message>
    <message>
      <source>Picture {name}</source>
      <translation>Imagen {name}</translation>
    </message>
  </context>
  <context>
    <name>LanguageChoice</name>
    <message>
      <source>Language</source>
      <translation>Idioma</translation>
    </message>
    <message>
      <source>Same as the system</source>
      <translation>Igual que el sistema</translation>
    </message>
    <message>
      <source>A new language shows the next time FLORA Desktop starts.</source>
      <translation>El nuevo idioma se verá la próxima vez que se inicie FLORA Desktop.</translation>
    </message>
  </context>
  <context>
    <name>LargeValueView</name>
    <message>
      <source>Clear value</source>
      <translation>Borrar valor</translation>
    </message>
    <message>
      <source>Clear the value of {input}</source>
      <translation>Borrar el valor de {input}</translation>
    </message>
    <message>
      <source>A large value ({size}) is kept as it is. It is too long to show here.</source>
      <translation>Un valor grande ({size}) se conserva tal cual. Es demasiado largo para mostrarlo aquí.</translation>
    </message>
    <message>
      <source>{millions:.1f} million characters</source>
      <translation>{millions:.1f} millones de caracteres</translation>
    </message>
    <message>
      <source>{chars:,} characters</source>
      <translation>{chars:,} caracteres</translation>
    </message>
  </context>
  <context>
    <name>LaunchLayout</name>
    <message>
      <source>&amp;Workspace</source>
      <translation>&amp;Espacio de trabajo</translation>
    </message>
    <message>
      <source>Run result</source>
      <translation>Resultado de la ejecución</translation>
    </message>
    <message>
      <source>Drag to resize the panes</source>
      <translation>Arrastra para cambiar el tamaño de los paneles</translation>
    </message>
    <message>
      <source>Practice mode — nothing is charged. Runs happen in a local sandbox with sample results.</source>
      <translation>Modo de prueba: no se cobra nada. Las ejecuciones se hacen en un entorno de prueba local con resultados de ejemplo.</translation>
    </message>
  </context>
  <context>
    <name>LauncherPage</name>
    <message>
      <source>Choose a technique on the left.</source>
      <translation>Elige una técnica a la izquierda.</translation>
    </message>
    <message>
      <source>Inputs</source>
      <translation>Entradas</translation>
    </message>
    <message>
      <source>Run the technique</source>
      <translation>Lanzar la técnica</translation>
    </message>
    <message>
      <source>This key can't see any workspace.</source>
      <translation>Esta clave no ve ningún espacio de trabajo.</translation>
    </message>
    <message>
      <source>Starting the run…</source>
      <translation>Iniciando la ejecución…</translation>
    </message>
    <message>
      <source>Run started.</source>
      <translation>Ejecución iniciada.</translation>
    </message>
    <message>
      <source>This run was already started.</source>
      <translation>Esta ejecución ya se había iniciado.</translation>
    </message>
    <message>
      <source>Your changes are saved as a draft again.</source>
      <translation>Tus cambios vuelven a guardarse como borrador.</translation>
    </message>
  </context>
  <context>
    <name>LauncherTools</name>
    <message>
      <source>Choose a technique first.</source>
      <translation>Primero elige una técnica.</translation>
    </message>
    <message>
      <source>Choose a workspace first.</source>
      <translation>Primero elige un espacio de trabajo.</translation>
    </message>
    <message>
      <source>Fix the marked inputs first, then copy.</source>
      <translation>Corrige primero las entradas marcadas y luego copia.</translation>
    </message>
  </context>
  <context>
    <name>ListValueEditor</name>
    <message>
      <source>Add item</source>
      <translation>Añadir elemento</translation>
    </message>
    <message>
      <source>Add an item to {input}</source>
      <translation>Añadir un elemento a {input}</translation>
    </message>
    <message>
      <source>Remove this item</source>
      <translation>Quitar este elemento</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Elemento</translation>
    </message>
    <message>
      <source>{input}, item {number}</source>
      <translation>{input}, elemento {number}</translation>
    </message>
    <message>
      <source>Remove item {number} of {input}</source>
      <translation>Quitar el elemento {number} de {input}</translation>
    </message>
  </context>
  <context>
    <name>LiveResult</name>
    <message>
      <source>Waiting for FLORA…</source>
      <translation>Esperando a FLORA…</translation>
    </message>
    <message>
      <source>Run finished: {count} outputs.</source>
      <translation>Ejecución terminada: {count} resultados.</translation>
    </message>
    <message>
      <source>Run failed: {why}</source>
      <translation>La ejecución ha fallado: {why}</translation>
    </message>
    <message>
      <source>Run failed.</source>
      <translation>La ejecución ha fallado.</translation>
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
      <translation>Estás usando la clave de demostración del entorno de prueba: no hay ninguna sesión que cerrar.</translation>
    </message>
    <message>
      <source>The key comes from the FLORA_API_KEY environment variable and was never saved; unset it to sign out.</source>
      <translation>La clave viene de la variable de entorno FLORA_API_KEY y nunca se guardó; elimínala para cerrar sesión.</translation>
    </message>
    <message>
      <source>Forget the saved key for this server and return to sign-in.</source>
      <translation>Olvidar la clave guardada para este servidor y volver al inicio de sesión.</translation>
    </message>
    <message>
      <source>Forget the key kept for this session and return to sign-in.</source>
      <translation>Olvidar la clave guardada para esta sesión y volver al inicio de sesión.</translation>
    </message>
    <message>
      <source>Connecting to FLORA…</source>
      <translation>Conectando con FLORA…</translation>
    </message>
    <message>
      <source>&amp;FLORA</source>
      <translation>&amp;FLORA</translation>
    </message>
    <message>
      <source>Connect to the &amp;sandbox</source>
      <translation>Conectar al &amp;entorno de prueba</translation>
    </message>
    <message>
      <source>Use a practice FLORA on this computer; nothing is charged.</source>
      <translation>Usar un FLORA de prueba en este ordenador; no se cobra nada.</translation>
    </message>
    <message>
      <source>Sign &amp;in with an API key…</source>
      <translation>&amp;Iniciar sesión con una clave de API…</translation>
    </message>
    <message>
      <source>Leave the sandbox and use your own FLORA API key.</source>
      <translation>Salir del entorno de prueba y usar tu propia clave de API de FLORA.</translation>
    </message>
    <message>
      <source>Sign &amp;out</source>
      <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Salir</translation>
    </message>
    <message>
      <source>S&amp;ettings…</source>
      <translation>&amp;Ajustes…</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>A&amp;yuda</translation>
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
      <source>You are not signed in.</source>
      <translation>No has iniciado sesión.</translation>
    </message>
  </context>
  <context>
    <name>MediaChecks</name>
    <message>
      <source>This picture is {width} × {height}, but this input needs the shape {ratio}.</source>
      <translation>Esta imagen mide {width} × {height}, pero esta entrada necesita el formato {ratio}.</translation>
    </message>
    <message>
      <source>This clip is {actual}, but this input needs {wanted}.</source>
      <translation>Este clip dura {actual}, pero esta entrada necesita {wanted}.</translation>
    </message>
    <message>
      <source>{n} bytes</source>
      <translation>{n} bytes</translation>
    </message>
  </context>
  <context>
    <name>MediaFetch</name>
    <message>
      <source>No preview for this kind of link.</source>
      <translation>No hay vista previa para este tipo de enlace.</translation>
    </message>
    <message>
      <source>No preview: the site answered “{status}”.</source>
      <translation>Sin vista previa: el sitio respondió «{status}».</translation>
    </message>
    <message>
      <source>No preview: the link could not be reached.</source>
      <translation>Sin vista previa: no se pudo acceder al enlace.</translation>
    </message>
  </context>
  <context>
    <name>MediaOutput</name>
    <message>
      <source>This computer can't play sound or video inside the app (a system library is missing).</source>
      <translation>Este ordenador no puede reproducir sonido ni vídeo dentro de la aplicación (falta una biblioteca del sistema).</translation>
    </message>
    <message>
      <source>Video</source>
      <translation>Vídeo</translation>
    </message>
    <message>
      <source>Loading the first frame…</source>
      <translation>Cargando el primer fotograma…</translation>
    </message>
    <message>
      <source>Play</source>
      <translation>Reproducir</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>Posición</translation>
    </message>
    <message>
      <source>First frame of the video</source>
      <translation>Primer fotograma del vídeo</translation>
    </message>
    <message>
      <source>{position} / {duration}</source>
      <translation>{position} / {duration}</translation>
    </message>
    <message>
      <source>Pause</source>
      <translation>Pausa</translation>
    </message>
    <message>
      <source>This file could not be played here. Save it and open it instead.</source>
      <translation>Este archivo no se puede reproducir aquí. Guárdalo y ábrelo por tu cuenta.</translation>
    </message>
  </context>
  <context>
    <name>MediaPreview</name>
    <message>
      <source>Use anyway</source>
      <translation>Usar de todos modos</translation>
    </message>
    <message>
      <source>Preview of {input}</source>
      <translation>Vista previa de {input}</translation>
    </message>
    <message>
      <source>Use the file for {input} anyway</source>
      <translation>Usar el archivo para {input} de todos modos</translation>
    </message>
    <message>
      <source>Loading a preview…</source>
      <translation>Cargando una vista previa…</translation>
    </message>
    <message>
      <source>Crop to {ratio}</source>
      <translation>Recortar a {ratio}</translation>
    </message>
  </context>
  <context>
    <name>Messages</name>
    <message>
      <source>Your role in this workspace ({role}) can't start runs. Choose another workspace.</source>
      <translation>Tu rol en este espacio de trabajo ({role}) no puede lanzar ejecuciones. Elige otro espacio de trabajo.</translation>
    </message>
    <message>
      <source>This run was already started</source>
      <translation>Esta ejecución ya se había lanzado</translation>
    </message>
    <message>
      <source>No run of this technique has shown up in this workspace's history yet. Look again in a moment, or check FLORA before pressing Run again.</source>
      <translation>Todavía no aparece ninguna ejecución de esta técnica en el historial de este espacio de trabajo. Vuelve a mirar en un momento, o consulta FLORA antes de pulsar Lanzar otra vez.</translation>
    </message>
    <message>
      <source>Check the key</source>
      <translation>Revisar la clave</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>Actualizar</translation>
    </message>
    <message>
      <source>Try again</source>
      <translation>Reintentar</translation>
    </message>
    <message>
      <source>Look it up</source>
      <translation>Buscarla</translation>
    </message>
    <message>
      <source>Open billing</source>
      <translation>Abrir facturación</translation>
    </message>
    <message>
      <source>Choose another workspace</source>
      <translation>Elegir otro espacio de trabajo</translation>
    </message>
    <message>
      <source>Run as a batch…</source>
      <translation>Lanzar en lote…</translation>
    </message>
    <message>
      <source>Stopped waiting for FLORA</source>
      <translation>Se dejó de esperar a FLORA</translation>
    </message>
    <message>
      <source>The run may still have started: FLORA may have received the request.</source>
      <translation>Puede que la ejecución se haya iniciado igualmente: FLORA quizá recibió la solicitud.</translation>
    </message>
    <message>
      <source>Look it up before pressing Run again, so you don't pay twice.</source>
      <translation>Búscala antes de pulsar Lanzar otra vez, para no pagar dos veces.</translation>
    </message>
    <message>
      <source>Not retried</source>
      <translation>No se ha reintentado</translation>
    </message>
    <message>
      <source>FLORA was busy and did not start the run. Nothing was charged.</source>
      <translation>FLORA estaba ocupado y no inició la ejecución. No se ha cobrado nada.</translation>
    </message>
    <message>
      <source>Press Run again when you're ready.</source>
      <translation>Pulsa Lanzar otra vez cuando quieras.</translation>
    </message>
    <message>
      <source>FLORA is not answering</source>
      <translation>FLORA no responde</translation>
    </message>
    <message>
      <source>Nothing was charged unless the run shows up in your history.</source>
      <translation>No se ha cobrado nada, salvo que la ejecución aparezca en tu historial.</translation>
    </message>
    <message>
      <source>Check your internet connection, then try again. Trying again won't start a second run.</source>
      <translation>Revisa tu conexión a internet y vuelve a intentarlo. Reintentar no lanzará una segunda ejecución.</translation>
    </message>
    <message>
      <source>The app could not get an answer from FLORA.</source>
      <translation>La aplicación no ha recibido respuesta de FLORA.</translation>
    </message>
    <message>
      <source>Check your internet connection, then try again.</source>
      <translation>Revisa tu conexión a internet y vuelve a intentarlo.</translation>
    </message>
    <message>
      <source>FLORA sent an unexpected answer</source>
      <translation>FLORA envió una respuesta inesperada</translation>
    </message>
    <message>
      <source>FLORA sent an answer the app could not read.</source>
      <translation>FLORA envió una respuesta que la aplicación no puede leer.</translation>
    </message>
    <message>
      <source>Try again in a moment; if it keeps happening, check FLORA's status page.</source>
      <translation>Vuelve a intentarlo en un momento; si sigue pasando, consulta la página de estado de FLORA.</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>desconocido</translation>
    </message>
    <message>
      <source>not known yet</source>
      <translation>aún no se sabe</translation>
    </message>
    <message>
      <source>about {seconds} s</source>
      <translation>unos {seconds} s</translation>
    </message>
    <message>
      <source>about {minutes} min</source>
      <translation>unos {minutes} min</translation>
    </message>
    <message>
      <source>FLORA is busy; trying again in {seconds} s.</source>
      <translation>FLORA está ocupado; se reintenta en {seconds} s.</translation>
    </message>
    <message>
      <source>FLORA is not answering; trying again in {seconds} s.</source>
      <translation>FLORA no responde; se reintenta en {seconds} s.</translation>
    </message>
    <message>
      <source>The app tries again by itself in {seconds} s.</source>
      <translation>La aplicación lo reintenta sola en {seconds} s.</translation>
    </message>
    <message>
      <source>FLORA is busy</source>
      <translation>FLORA está ocupado</translation>
    </message>
    <message>
      <source>Waiting for FLORA</source>
      <translation>Esperando a FLORA</translation>
    </message>
    <message>
      <source>The app tries again by itself; you don't need to do anything.</source>
      <translation>La aplicación lo reintenta sola; no tienes que hacer nada.</translation>
    </message>
    <message>
      <source>This value was not accepted.</source>
      <translation>Este valor no se ha aceptado.</translation>
    </message>
    <message>
      <source>{field}: {message}</source>
      <translation>{field}: {message}</translation>
    </message>
    <message>
      <source>Your API key was not accepted</source>
      <translation>Tu clave de API no se ha aceptado</translation>
    </message>
    <message>
      <source>FLORA did not recognise the key this app is using. It may have been revoked or replaced.</source>
      <translation>FLORA no reconoce la clave que usa esta aplicación. Puede que se haya revocado o sustituido.</translation>
    </message>
    <message>
      <source>Check the key in Settings, or sign in again with a new key.</source>
      <translation>Revisa la clave en Ajustes o vuelve a iniciar sesión con una clave nueva.</translation>
    </message>
    <message>
      <source>Not enough credits</source>
      <translation>No hay créditos suficientes</translation>
    </message>
    <message>
      <source>This workspace doesn't have enough credits for this run. Nothing was charged.</source>
      <translation>Este espacio de trabajo no tiene créditos suficientes para esta ejecución. No se ha cobrado nada.</translation>
    </message>
    <message>
      <source>You can't run techniques here</source>
      <translation>Aquí no puedes lanzar técnicas</translation>
    </message>
    <message>
      <source>Your role in this workspace can't run techniques, or this key belongs to another workspace.</source>
      <translation>Tu rol en este espacio de trabajo no puede lanzar técnicas, o esta clave pertenece a otro espacio de trabajo.</translation>
    </message>
    <message>
      <source>Choose another workspace, or ask the workspace owner for access.</source>
      <translation>Elige otro espacio de trabajo o pide acceso a su propietario.</translation>
    </message>
    <message>
      <source>This technique is gone</source>
      <translation>Esta técnica ya no existe</translation>
    </message>
    <message>
      <source>FLORA can't find this technique any more. It may have been removed or made private.</source>
      <translation>FLORA ya no encuentra esta técnica. Puede que se haya eliminado o hecho privada.</translation>
    </message>
    <message>
      <source>Refresh the list and choose another technique. Your inputs are kept.</source>
      <translation>Actualiza la lista y elige otra técnica. Tus entradas se conservan.</translation>
    </message>
    <message>
      <source>FLORA had already received this request, so no second run was started.</source>
      <translation>FLORA ya había recibido esta solicitud, así que no se inició una segunda ejecución.</translation>
    </message>
    <message>
      <source>Look it up in the run history.</source>
      <translation>Búscala en el historial de ejecuciones.</translation>
    </message>
    <message>
      <source>This request was already sent with other inputs</source>
      <translation>Esta solicitud ya se envió con otras entradas</translation>
    </message>
    <message>
      <source>FLORA refused to start it again with changed inputs.</source>
      <translation>FLORA se negó a iniciarla de nuevo con entradas cambiadas.</translation>
    </message>
    <message>
      <source>Press Run to start a new run with the inputs as they are now.</source>
      <translation>Pulsa Lanzar para iniciar una nueva ejecución con las entradas tal como están ahora.</translation>
    </message>
    <message>
      <source>FLORA asked the app to slow down, so this could not be loaded yet.</source>
      <translation>FLORA pidió a la aplicación que fuera más despacio, así que esto aún no se ha podido cargar.</translation>
    </message>
    <message>
      <source>Wait a minute, then try again.</source>
      <translation>Espera un minuto y vuelve a intentarlo.</translation>
    </message>
    <message>
      <source>You don't need to do anything; this is still the same run.</source>
      <translation>No tienes que hacer nada; sigue siendo la misma ejecución.</translation>
    </message>
    <message>
      <source>FLORA is still busy</source>
      <translation>FLORA sigue ocupado</translation>
    </message>
    <message>
      <source>FLORA asked the app to slow down and did not start the run. Nothing was charged.</source>
      <translation>FLORA pidió a la aplicación que fuera más despacio y no inició la ejecución. No se ha cobrado nada.</translation>
    </message>
    <message>
      <source>Wait a minute, then press Run again.</source>
      <translation>Espera un minuto y pulsa Lanzar otra vez.</translation>
    </message>
    <message>
      <source>Some inputs need a fix</source>
      <translation>Hay entradas que corregir</translation>
    </message>
    <message>
      <source>FLORA did not accept some of the inputs. The problems are shown next to them.</source>
      <translation>FLORA no aceptó algunas entradas. Los problemas aparecen junto a ellas.</translation>
    </message>
    <message>
      <source>Fix the marked inputs, then press Run again.</source>
      <translation>Corrige las entradas marcadas y pulsa Lanzar otra vez.</translation>
    </message>
    <message>
      <source>FLORA could not read the request</source>
      <translation>FLORA no pudo leer la solicitud</translation>
    </message>
    <message>
      <source>The app sent something FLORA could not understand. Nothing was charged.</source>
      <translation>La aplicación envió algo que FLORA no entendió. No se ha cobrado nada.</translation>
    </message>
    <message>
      <source>Try again; if it keeps happening, restart the app.</source>
      <translation>Vuelve a intentarlo; si sigue pasando, reinicia la aplicación.</translation>
    </message>
    <message>
      <source>“{input}” holds {count} values, and FLORA starts one run for each. Nothing was sent.</source>
      <translation>«{input}» contiene {count} valores, y FLORA lanza una ejecución por cada uno. No se ha enviado nada.</translation>
    </message>
    <message>
      <source>Several values make several runs</source>
      <translation>Varios valores generan varias ejecuciones</translation>
    </message>
    <message>
      <source>Run them as a batch to see what they cost and follow each one, or keep one value.</source>
      <translation>Lánzalas en lote para ver cuánto cuestan y seguir cada una, o quédate con un solo valor.</translation>
    </message>
    <message>
      <source>FLORA sent an answer the app could not read. The run may have started.</source>
      <translation>FLORA envió una respuesta que la aplicación no puede leer. Puede que la ejecución se haya iniciado.</translation>
    </message>
    <message>
      <source>Look it up in the run history before pressing Run again.</source>
      <translation>Búscala en el historial de ejecuciones antes de pulsar Lanzar otra vez.</translation>
    </message>
    <message>
      <source>Add credits to this workspace in FLORA, then press Run again.</source>
      <translation>Añade créditos a este espacio de trabajo en FLORA y vuelve a pulsar Ejecutar.</translation>
    </message>
    <message>
      <source>FLORA refused the request</source>
      <translation>FLORA rechazó la solicitud</translation>
    </message>
    <message>
      <source>FLORA answered with an error.</source>
      <translation>FLORA respondió con un error.</translation>
    </message>
    <message>
      <source>Try again; if it keeps happening, check FLORA's status page.</source>
      <translation>Vuelve a intentarlo; si sigue pasando, consulta la página de estado de FLORA.</translation>
    </message>
    <message>
      <source>Something went wrong</source>
      <translation>Algo ha fallado</translation>
    </message>
    <message>
      <source>The app could not finish talking to FLORA.</source>
      <translation>La aplicación no pudo terminar de comunicarse con FLORA.</translation>
    </message>
    <message>
      <source>Try again.</source>
      <translation>Vuelve a intentarlo.</translation>
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
      <translation>Resultado {number}: {kind}</translation>
    </message>
    <message>
      <source>Save…</source>
      <translation>Guardar…</translation>
    </message>
    <message>
      <source>Save this output to a folder</source>
      <translation>Guardar este resultado en una carpeta</translation>
    </message>
    <message>
      <source>Copy the link</source>
      <translation>Copiar el enlace</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Abrir</translation>
    </message>
    <message>
      <source>{kind} {number}</source>
      <translation>{kind} {number}</translation>
    </message>
    <message>
      <source>Open with the system's app</source>
      <translation>Abrir con la aplicación del sistema</translation>
    </message>
    <message>
      <source>Copy link</source>
      <translation>Copiar enlace</translation>
    </message>
    <message>
      <source>Saving</source>
      <translation>Guardando</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <source>Stop saving</source>
      <translation>Dejar de guardar</translation>
    </message>
    <message>
      <source>{reason} It is shown as text only.</source>
      <translation>{reason} Se muestra solo como texto.</translation>
    </message>
    <message>
      <source>This link is not opened.</source>
      <translation>Este enlace no se abre.</translation>
    </message>
    <message>
      <source>Play it in the system's player</source>
      <translation>Reproducir en el reproductor del sistema</translation>
    </message>
    <message>
      <source>Saving…</source>
      <translation>Guardando…</translation>
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
      <translation>No se ha guardado nada. {why}</translation>
    </message>
    <message>
      <source>The link is empty or too long to open.</source>
      <translation>El enlace está vacío o es demasiado largo para abrirlo.</translation>
    </message>
    <message>
      <source>The link contains spaces or hidden characters.</source>
      <translation>El enlace contiene espacios o caracteres ocultos.</translation>
    </message>
    <message>
      <source>The link is not a valid web address.</source>
      <translation>El enlace no es una dirección web válida.</translation>
    </message>
    <message>
      <source>Only web links (http or https) are opened; this is a {scheme} link.</source>
      <translation>Solo se abren enlaces web (http o https); este es un enlace {scheme}.</translation>
    </message>
    <message>
      <source>The link has no server name.</source>
      <translation>El enlace no tiene nombre de servidor.</translation>
    </message>
    <message>
      <source>The link carries a user name or password, so it is not opened.</source>
      <translation>El enlace incluye un nombre de usuario o una contraseña, así que no se abre.</translation>
    </message>
    <message>
      <source>The file name would land outside the chosen folder.</source>
      <translation>El nombre del archivo quedaría fuera de la carpeta elegida.</translation>
    </message>
    <message>
      <source>Too many files with this name in the folder already.</source>
      <translation>Ya hay demasiados archivos con este nombre en la carpeta.</translation>
    </message>
    <message>
      <source>The chosen folder does not exist.</source>
      <translation>La carpeta elegida no existe.</translation>
    </message>
    <message>
      <source>This link is not opened.</source>
      <translation>Este enlace no se abre.</translation>
    </message>
    <message>
      <source>The link redirected to an address that is not opened.</source>
      <translation>El enlace redirige a una dirección que no se abre.</translation>
    </message>
    <message>
      <source>{host} answered with status {status}; nothing was saved.</source>
      <translation>{host} respondió con el estado {status}; no se ha guardado nada.</translation>
    </message>
    <message>
      <source>The download from {host} stopped early.</source>
      <translation>La descarga desde {host} se detuvo antes de tiempo.</translation>
    </message>
    <message>
      <source>Could not download from {host}; nothing was saved.</source>
      <translation>No se pudo descargar desde {host}; no se ha guardado nada.</translation>
    </message>
    <message>
      <source>The file is larger than the {megabytes:.0f} MB limit; nothing was saved.</source>
      <translation>El archivo supera el límite de {megabytes:.0f} MB; no se ha guardado nada.</translation>
    </message>
    <message>
      <source>Too large for a preview (over {megabytes:.0f} MB). Open or save it to see it.</source>
      <translation>Demasiado grande para una vista previa (más de {megabytes:.0f} MB). Ábrelo o guárdalo para verlo.</translation>
    </message>
  </context>
  <context>
    <name>OutputsView</name>
    <message>
      <source>Image</source>
      <translation>Imagen</translation>
    </message>
    <message>
      <source>Video</source>
      <translation>Vídeo</translation>
    </message>
    <message>
      <source>Audio</source>
      <translation>Audio</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Texto</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>Documento</translation>
    </message>
    <message>
      <source>Outputs appear here when the run has finished.</source>
      <translation>Los resultados aparecen aquí cuando termina la ejecución.</translation>
    </message>
    <message>
      <source>Save outputs to</source>
      <translation>Guardar resultados en</translation>
    </message>
    <message>
      <source>Outputs</source>
      <translation>Resultados</translation>
    </message>
    <message>
      <source>Save all…</source>
      <translation>Guardar todo…</translation>
    </message>
    <message>
      <source>Save all outputs</source>
      <translation>Guardar todos los resultados</translation>
    </message>
    <message>
      <source>Save every output into one folder</source>
      <translation>Guardar todos los resultados en una carpeta</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <source>Stop saving</source>
      <translation>Dejar de guardar</translation>
    </message>
    <message>
      <source>Show in folder</source>
      <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
      <source>Show the saved file in its folder</source>
      <translation>Mostrar el archivo guardado en su carpeta</translation>
    </message>
    <message>
      <source>This run gave no outputs.</source>
      <translation>Esta ejecución no dio resultados.</translation>
    </message>
    <message>
      <source>No preview: {problem}</source>
      <translation>Sin vista previa: {problem}</translation>
    </message>
    <message>
      <source>{name} — {output}</source>
      <translation>{name} — {output}</translation>
    </message>
    <message>
      <source>Output</source>
      <translation>Resultado</translation>
    </message>
    <message>
      <source>This link is not opened.</source>
      <translation>Este enlace no se abre.</translation>
    </message>
    <message>
      <source>FLORA output</source>
      <translation>Resultado de FLORA</translation>
    </message>
    <message>
      <source>Saving stopped; nothing was kept.</source>
      <translation>Guardado detenido; no se ha conservado nada.</translation>
    </message>
    <message>
      <source>Saved as {name}</source>
      <translation>Guardado como {name}</translation>
    </message>
    <message>
      <source>Stopped: {saved} of {total} saved.</source>
      <translation>Detenido: {saved} de {total} guardados.</translation>
    </message>
    <message numerus="yes">
      <source>Saved {saved} of %n outputs to {folder}.</source>
      <translation>
        <numerusform>{saved} de %n resultado guardado en {folder}.</numerusform>
        <numerusform>{saved} de %n resultados guardados en {folder}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n not saved: their link is not a web link.</source>
      <translation>
        <numerusform>%n sin guardar: su enlace no es un enlace web.</numerusform>
        <numerusform>%n sin guardar: sus enlaces no son enlaces web.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n could not be saved; see the note on each.</source>
      <translation>
        <numerusform>%n no se pudo guardar; consulta su nota.</numerusform>
        <numerusform>%n no se pudieron guardar; consulta la nota de cada uno.</numerusform>
      </translation>
    </message>
    <message>
      <source>No preview for this document.</source>
      <translation>No hay vista previa para este documento.</translation>
    </message>
  </context>
  <context>
    <name>Presets</name>
    <message>
      <source>Give the preset a name.</source>
      <translation>Ponle un nombre al preset.</translation>
    </message>
    <message>
      <source>Preset names can be at most {limit} characters long.</source>
      <translation>Los nombres de preset tienen como máximo {limit} caracteres.</translation>
    </message>
    <message>
      <source>Preset names cannot contain line breaks or control characters.</source>
      <translation>Los nombres de preset no pueden contener saltos de línea ni caracteres de control.</translation>
    </message>
    <message>
      <source>{where}: the inputs must be a JSON object of input names and values.</source>
      <translation>{where}: las entradas deben ser un objeto JSON con nombres de entrada y valores.</translation>
    </message>
    <message>
      <source>{where}: every input needs a name.</source>
      <translation>{where}: cada entrada necesita un nombre.</translation>
    </message>
    <message>
      <source>This file is not valid JSON ({name} is not allowed).</source>
      <translation>Este archivo no es JSON válido ({name} no está permitido).</translation>
    </message>
    <message>
      <source>The number {number} is too large to use.</source>
      <translation>El número {number} es demasiado grande para usarlo.</translation>
    </message>
    <message>
      <source>“{where}” cannot be used: it holds {problem}.</source>
      <translation>«{where}» no se puede usar: contiene {problem}.</translation>
    </message>
    <message>
      <source>This file is too large to be a presets file.</source>
      <translation>Este archivo es demasiado grande para ser un archivo de presets.</translation>
    </message>
    <message>
      <source>This file is not a presets file (it is not text).</source>
      <translation>Este archivo no es un archivo de presets (no es texto).</translation>
    </message>
    <message>
      <source>This file is not valid JSON: {problem} (line {line}).</source>
      <translation>Este archivo no es JSON válido: {problem} (línea {line}).</translation>
    </message>
    <message>
      <source>This file is nested too deeply to read.</source>
      <translation>Este archivo está demasiado anidado para leerlo.</translation>
    </message>
    <message>
      <source>This file is not a FLORA Desktop presets file.</source>
      <translation>Este archivo no es un archivo de presets de FLORA Desktop.</translation>
    </message>
    <message>
      <source>This presets file has no version.</source>
      <translation>Este archivo de presets no tiene versión.</translation>
    </message>
    <message>
      <source>This presets file comes from a newer FLORA Desktop. Update the app.</source>
      <translation>Este archivo de presets viene de una versión más reciente de FLORA Desktop. Actualiza la aplicación.</translation>
    </message>
    <message>
      <source>This presets file does not say which technique it is for.</source>
      <translation>Este archivo de presets no indica para qué técnica es.</translation>
    </message>
    <message>
      <source>This presets file has no list of presets.</source>
      <translation>Este archivo de presets no tiene una lista de presets.</translation>
    </message>
    <message>
      <source>Preset {number}</source>
      <translation>Preset {number}</translation>
    </message>
    <message>
      <source>{where} is not a preset.</source>
      <translation>{where} no es un preset.</translation>
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
      <translation>Copia un objeto JSON de entradas, como {"prompt": "a red fox"}.</translation>
    </message>
    <message>
      <source>The clipboard is empty. {hint}</source>
      <translation>El portapapeles está vacío. {hint}</translation>
    </message>
    <message>
      <source>The clipboard does not hold valid JSON. {hint}</source>
      <translation>El portapapeles no contiene JSON válido. {hint}</translation>
    </message>
    <message>
      <source>The clipboard does not hold an inputs map. {hint}</source>
      <translation>El portapapeles no contiene un mapa de entradas. {hint}</translation>
    </message>
    <message>
      <source>The clipboard holds an empty inputs map. {hint}</source>
      <translation>El portapapeles contiene un mapa de entradas vacío. {hint}</translation>
    </message>
    <message>
      <source>The clipboard</source>
      <translation>El portapapeles</translation>
    </message>
    <message>
      <source>Your saved presets for this technique</source>
      <translation>Tus presets guardados para esta técnica</translation>
    </message>
    <message>
      <source>The preset</source>
      <translation>El preset</translation>
    </message>
    <message>
      <source>This technique has no presets to export yet.</source>
      <translation>Esta técnica aún no tiene presets que exportar.</translation>
    </message>
    <message>
      <source>The presets could not be exported.</source>
      <translation>No se han podido exportar los presets.</translation>
    </message>
    <message>
      <source>no access</source>
      <translation>sin acceso</translation>
    </message>
    <message>
      <source>The file could not be read ({reason}).</source>
      <translation>No se ha podido leer el archivo ({reason}).</translation>
    </message>
    <message>
      <source>This presets file holds no presets.</source>
      <translation>Este archivo de presets no contiene ningún preset.</translation>
    </message>
    <message>
      <source>These inputs contain your API key. Presets never hold a key: remove it from the inputs first.</source>
      <translation>Estas entradas contienen tu clave de API. Los presets nunca guardan una clave: quítala primero de las entradas.</translation>
    </message>
    <message>
      <source>This presets file is for another technique.</source>
      <translation>Este archivo de presets es para otra técnica.</translation>
    </message>
    <message>
      <source>The presets could not be saved.</source>
      <translation>No se han podido guardar los presets.</translation>
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
      <translation>Guardar preset</translation>
    </message>
    <message>
      <source>Name of the preset:</source>
      <translation>Nombre del preset:</translation>
    </message>
    <message>
      <source>Export presets</source>
      <translation>Exportar presets</translation>
    </message>
    <message>
      <source>Import presets</source>
      <translation>Importar presets</translation>
    </message>
    <message>
      <source>Delete preset?</source>
      <translation>¿Eliminar el preset?</translation>
    </message>
    <message>
      <source>Delete the preset “{name}”? This cannot be undone.</source>
      <translation>¿Eliminar el preset «{name}»? No se puede deshacer.</translation>
    </message>
    <message>
      <source>Presets</source>
      <translation>Presets</translation>
    </message>
    <message>
      <source>Save these inputs under a name, apply a saved preset, export or import presets, or paste inputs from the clipboard</source>
      <translation>Guarda estas entradas con un nombre, aplica un preset guardado, exporta o importa presets, o pega entradas desde el portapapeles</translation>
    </message>
    <message>
      <source>Saved inputs for this technique</source>
      <translation>Entradas guardadas para esta técnica</translation>
    </message>
    <message>
      <source>Fix the marked inputs first, then save the preset.</source>
      <translation>Corrige primero las entradas marcadas y luego guarda el preset.</translation>
    </message>
    <message>
      <source>The preset could not be saved ({reason}).</source>
      <translation>No se ha podido guardar el preset ({reason}).</translation>
    </message>
    <message>
      <source>Replaced the preset “{name}”.</source>
      <translation>Preset «{name}» reemplazado.</translation>
    </message>
    <message>
      <source>Saved the preset “{name}”.</source>
      <translation>Preset «{name}» guardado.</translation>
    </message>
    <message>
      <source>Wait until the run has started, then apply the preset.</source>
      <translation>Espera a que la ejecución se haya iniciado y luego aplica el preset.</translation>
    </message>
    <message>
      <source>Apply preset {name}</source>
      <translation>Aplicar el preset {name}</translation>
    </message>
    <message>
      <source>Applied the preset “{name}”. Undo takes it back.</source>
      <translation>Preset «{name}» aplicado. Deshacer lo revierte.</translation>
    </message>
    <message>
      <source>The preset could not be deleted ({reason}).</source>
      <translation>No se ha podido eliminar el preset ({reason}).</translation>
    </message>
    <message>
      <source>Deleted the preset “{name}”.</source>
      <translation>Preset «{name}» eliminado.</translation>
    </message>
    <message>
      <source>The presets could not be exported ({reason}).</source>
      <translation>No se han podido exportar los presets ({reason}).</translation>
    </message>
    <message numerus="yes">
      <source>Exported %n presets to {file}.</source>
      <translation>
        <numerusform>%n preset exportado a {file}.</numerusform>
        <numerusform>%n presets exportados a {file}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n presets</source>
      <translation>
        <numerusform>%n preset</numerusform>
        <numerusform>%n presets</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Pasted %n inputs.</source>
      <translation>
        <numerusform>%n entrada pegada.</numerusform>
        <numerusform>%n entradas pegadas.</numerusform>
      </translation>
    </message>
    <message>
      <source>The presets could not be imported ({reason}).</source>
      <translation>No se han podido importar los presets ({reason}).</translation>
    </message>
    <message>
      <source>Presets (*.florapreset *.json);;All files (*)</source>
      <translation>Presets (*.florapreset *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
      <source>Imported {what}.</source>
      <translation>Importado: {what}.</translation>
    </message>
    <message>
      <source>Imported {what} for another technique ({technique}). Choose that technique to use them.</source>
      <translation>Importado para otra técnica ({technique}): {what}. Elige esa técnica para usarlos.</translation>
    </message>
    <message>
      <source>Wait until the run has started, then paste.</source>
      <translation>Espera a que la ejecución se haya iniciado y luego pega.</translation>
    </message>
    <message>
      <source>Paste inputs</source>
      <translation>Pegar entradas</translation>
    </message>
    <message>
      <source>Not inputs of this technique, added as custom inputs: {names}.</source>
      <translation>No son entradas de esta técnica; se han añadido como entradas personalizadas: {names}.</translation>
    </message>
    <message>
      <source>Check the marked inputs.</source>
      <translation>Revisa las entradas marcadas.</translation>
    </message>
    <message>
      <source>Save inputs as preset…</source>
      <translation>Guardar entradas como preset…</translation>
    </message>
    <message>
      <source>Apply preset</source>
      <translation>Aplicar preset</translation>
    </message>
    <message>
      <source>Delete preset</source>
      <translation>Eliminar preset</translation>
    </message>
    <message>
      <source>Export presets…</source>
      <translation>Exportar presets…</translation>
    </message>
    <message>
      <source>Import presets…</source>
      <translation>Importar presets…</translation>
    </message>
    <message>
      <source>Fill the inputs from a JSON map on the clipboard</source>
      <translation>Rellenar las entradas con un mapa JSON del portapapeles</translation>
    </message>
  </context>
  <context>
    <name>ProfileMenu</name>
    <message>
      <source>&amp;Profile</source>
      <translation>&amp;Perfil</translation>
    </message>
  </context>
  <context>
    <name>Profiles</name>
    <message>
      <source>That looks like an API key; the key goes in the key field.</source>
      <translation>Eso parece una clave de API; la clave va en el campo de la clave.</translation>
    </message>
    <message>
      <source>Give the profile a name.</source>
      <translation>Ponle un nombre al perfil.</translation>
    </message>
    <message>
      <source>A profile name has at most {limit} characters.</source>
      <translation>Un nombre de perfil tiene como máximo {limit} caracteres.</translation>
    </message>
    <message>
      <source>The server address must start with https://, such as https://app.flora.ai/api/v1.</source>
      <translation>La dirección del servidor debe empezar por https://, como https://app.flora.ai/api/v1.</translation>
    </message>
    <message>
      <source>That is not a complete web address.</source>
      <translation>Esa no es una dirección web completa.</translation>
    </message>
    <message>
      <source>The default profile cannot be removed.</source>
      <translation>El perfil predeterminado no se puede quitar.</translation>
    </message>
  </context>
  <context>
    <name>Recovery</name>
    <message>
      <source>Checking…</source>
      <translation>Comprobando…</translation>
    </message>
    <message>
      <source>A run you started may have started</source>
      <translation>Puede que una ejecución que lanzaste se haya iniciado</translation>
    </message>
    <message>
      <source>FLORA Desktop closed before FLORA confirmed the last run you started. Checking with FLORA whether it started…</source>
      <translation>FLORA Desktop se cerró antes de que FLORA confirmara tu última ejecución. Consultando a FLORA si se inició…</translation>
    </message>
    <message>
      <source>Run is available again once this is known.</source>
      <translation>Lanzar vuelve a estar disponible en cuanto se sepa.</translation>
    </message>
    <message>
      <source>Your last run did start</source>
      <translation>Tu última ejecución sí se inició</translation>
    </message>
    <message>
      <source>FLORA Desktop closed before FLORA confirmed it, but FLORA has it. It is shown below and in the Runs tab, and nothing was started twice.</source>
      <translation>FLORA Desktop se cerró antes de que FLORA confirmara la ejecución, pero FLORA la tiene. Aparece abajo y en la pestaña Ejecuciones, y nada se inició dos veces.</translation>
    </message>
    <message>
      <source>Press Run only if you want another run: it would be billed again.</source>
      <translation>Pulsa Lanzar solo si quieres otra ejecución: se cobraría de nuevo.</translation>
    </message>
    <message>
      <source>Your last run did not start</source>
      <translation>Tu última ejecución no se inició</translation>
    </message>
    <message>
      <source>FLORA Desktop closed before FLORA confirmed it, and FLORA has no such run, so nothing was billed.</source>
      <translation>FLORA Desktop se cerró antes de que FLORA confirmara la ejecución, y FLORA no tiene esa ejecución, así que no se cobró nada.</translation>
    </message>
    <message>
      <source>Press Run to start it now.</source>
      <translation>Pulsa Lanzar para iniciarla ahora.</translation>
    </message>
    <message>
      <source>FLORA Desktop closed before FLORA confirmed the last run you started, and FLORA could not be asked about it just now.</source>
      <translation>FLORA Desktop se cerró antes de que FLORA confirmara tu última ejecución, y ahora mismo no se ha podido consultar a FLORA.</translation>
    </message>
    <message>
      <source>Look it up before pressing Run again, so you don't pay twice.</source>
      <translation>Búscala antes de pulsar Lanzar otra vez, para no pagar dos veces.</translation>
    </message>
    <message>
      <source>FLORA Desktop closed before FLORA confirmed the last run you started. FLORA has a run from that moment, but another run of the same technique was sent then too (a batch, or another window), so it can't be told which is yours.</source>
      <translation>FLORA Desktop se cerró antes de que FLORA confirmara la última ejecución que iniciaste. FLORA tiene una ejecución de ese momento, pero también se envió entonces otra ejecución de la misma técnica (un lote u otra ventana), así que no se puede saber cuál es la tuya.</translation>
    </message>
    <message>
      <source>Look in History for a run from that moment before pressing Run again, so you don't pay twice.</source>
      <translation>Busca en el Historial una ejecución de ese momento antes de volver a pulsar Ejecutar, para no pagar dos veces.</translation>
    </message>
    <message>
      <source>The run was not started</source>
      <translation>La ejecución no se inició</translation>
    </message>
    <message>
      <source>FLORA Desktop could not write the run to its history on this computer before sending it. Without that note a crash could bill you twice, so nothing was sent.</source>
      <translation>FLORA Desktop no pudo anotar la ejecución en su historial de este ordenador antes de enviarla. Sin esa nota, un fallo podría cobrarte dos veces, así que no se envió nada.</translation>
    </message>
    <message>
      <source>Free some disk space or check the FLORA Desktop data folder, then press Run.</source>
      <translation>Libera espacio en disco o revisa la carpeta de datos de FLORA Desktop y pulsa Lanzar.</translation>
    </message>
  </context>
  <context>
    <name>Rerun</name>
    <message>
      <source>This run was started outside this app, so FLORA did not give back its inputs. Open the technique and fill them in yourself.</source>
      <translation>Esta ejecución se inició fuera de esta aplicación, así que FLORA no devolvió sus entradas. Abre la técnica y rellénalas tú.</translation>
    </message>
    <message>
      <source>Run again with these inputs</source>
      <translation>Volver a lanzar con estas entradas</translation>
    </message>
    <message>
      <source>Run again</source>
      <translation>Volver a lanzar</translation>
    </message>
    <message>
      <source>{what} — new run, billed again</source>
      <translation>{what} — nueva ejecución, se cobra de nuevo</translation>
    </message>
    <message>
      <source>{what} — new run, costs {cost}</source>
      <translation>{what} — nueva ejecución, cuesta {cost}</translation>
    </message>
    <message>
      <source>Starts a new run with the same technique and inputs. It is a separate run and is billed again; the earlier run is kept as it is.</source>
      <translation>Inicia una nueva ejecución con la misma técnica y las mismas entradas. Es una ejecución aparte y se cobra de nuevo; la anterior se queda como está.</translation>
    </message>
    <message>
      <source>Starts a new run with the same technique and inputs. It is a separate run and costs {cost}; the earlier run is kept as it is.</source>
      <translation>Inicia una nueva ejecución con la misma técnica y las mismas entradas. Es una ejecución aparte y cuesta {cost}; la anterior se queda como está.</translation>
    </message>
  </context>
  <context>
    <name>ResultPanel</name>
    <message>
      <source>Technique run</source>
      <translation>Ejecución de técnica</translation>
    </message>
    <message>
      <source>Generation</source>
      <translation>Generación</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Acción</translation>
    </message>
    <message>
      <source>Run result</source>
      <translation>Resultado de la ejecución</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>Copiar</translation>
    </message>
    <message>
      <source>Copy run id</source>
      <translation>Copiar ID de ejecución</translation>
    </message>
    <message>
      <source>Run id</source>
      <translation>ID de ejecución</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <source>Technique</source>
      <translation>Técnica</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>Charged</source>
      <translation>Cobrado</translation>
    </message>
    <message>
      <source>Estimated time</source>
      <translation>Tiempo estimado</translation>
    </message>
    <message>
      <source>Project</source>
      <translation>Proyecto</translation>
    </message>
    <message>
      <source>Show run details</source>
      <translation>Mostrar detalles de la ejecución</translation>
    </message>
    <message>
      <source>Hide run details</source>
      <translation>Ocultar detalles de la ejecución</translation>
    </message>
    <message>
      <source>Look it up</source>
      <translation>Buscarla</translation>
    </message>
    <message>
      <source>Run started</source>
      <translation>Ejecución iniciada</translation>
    </message>
    <message>
      <source>FLORA accepted the run and is working on it.</source>
      <translation>FLORA aceptó la ejecución y está trabajando en ella.</translation>
    </message>
    <message>
      <source>{cost} so far</source>
      <translation>{cost} hasta ahora</translation>
    </message>
    <message>
      <source>Latest run of this technique</source>
      <translation>Última ejecución de esta técnica</translation>
    </message>
    <message>
      <source>Look again</source>
      <translation>Volver a mirar</translation>
    </message>
    <message>
      <source>FLORA had already received this request, so no second run was started. Here it is.</source>
      <translation>FLORA ya había recibido esta solicitud, así que no se inició una segunda ejecución. Aquí la tienes.</translation>
    </message>
    <message>
      <source>This is the newest run of this technique in this workspace.</source>
      <translation>Esta es la ejecución más reciente de esta técnica en este espacio de trabajo.</translation>
    </message>
    <message>
      <source>nothing yet</source>
      <translation>nada todavía</translation>
    </message>
    <message>
      <source>{status} ({percent}%)</source>
      <translation>{status} ({percent} %)</translation>
    </message>
    <message>
      <source>The run may still have started</source>
      <translation>Puede que la ejecución se haya iniciado igualmente</translation>
    </message>
    <message>
      <source>You stopped waiting, but FLORA may already have received the request. Look it up before pressing Run again, so you don't pay twice.</source>
      <translation>Dejaste de esperar, pero FLORA quizá ya recibió la solicitud. Búscala antes de pulsar Lanzar otra vez, para no pagar dos veces.</translation>
    </message>
    <message>
      <source>not given</source>
      <translation>no indicado</translation>
    </message>
    <message>
      <source>Status address: {url}</source>
      <translation>Dirección de estado: {url}</translation>
    </message>
    <message>
      <source>Run id {run_id}.</source>
      <translation>ID de ejecución {run_id}.</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Listo</translation>
    </message>
    <message>
      <source>Your outputs are below.</source>
      <translation>Tus resultados están abajo.</translation>
    </message>
    <message>
      <source>The run failed</source>
      <translation>La ejecución ha fallado</translation>
    </message>
    <message>
      <source>Here is why, and what to do.</source>
      <translation>Aquí tienes el motivo y qué hacer.</translation>
    </message>
    <message>
      <source>Running</source>
      <translation>En curso</translation>
    </message>
    <message>
      <source>FLORA is working on it; outputs appear here.</source>
      <translation>FLORA está trabajando en ello; los resultados aparecerán aquí.</translation>
    </message>
  </context>
  <context>
    <name>RowMedia</name>
    <message>
      <source>{count} pictures</source>
      <translation>{count} imágenes</translation>
    </message>
    <message>
      <source>1 picture</source>
      <translation>1 imagen</translation>
    </message>
    <message>
      <source>Item {number}: {problem}</source>
      <translation>Elemento {number}: {problem}</translation>
    </message>
    <message>
      <source>{count} videos</source>
      <translation>{count} vídeos</translation>
    </message>
    <message>
      <source>1 video</source>
      <translation>1 vídeo</translation>
    </message>
    <message>
      <source>No preview: the file could not be read.</source>
      <translation>Sin vista previa: no se pudo leer el archivo.</translation>
    </message>
    <message>
      <source>No preview: the picture is too large to fetch.</source>
      <translation>Sin vista previa: la imagen es demasiado grande para descargarla.</translation>
    </message>
    <message>
      <source>No preview: this does not look like a picture.</source>
      <translation>Sin vista previa: esto no parece una imagen.</translation>
    </message>
    <message>
      <source>length unknown</source>
      <translation>duración desconocida</translation>
    </message>
    <message>
      <source>No first frame: the start of this video could not be read.</source>
      <translation>Sin primer fotograma: no se pudo leer el inicio de este vídeo.</translation>
    </message>
    <message>
      <source>The cropped copy could not be saved.</source>
      <translation>No se pudo guardar la copia recortada.</translation>
    </message>
  </context>
  <context>
    <name>RowUploads</name>
    <message>
      <source>Choose a file for {input}</source>
      <translation>Elegir un archivo para {input}</translation>
    </message>
    <message>
      <source>Wait until the run has started, then choose the file again.</source>
      <translation>Espera a que la ejecución se haya iniciado y vuelve a elegir el archivo.</translation>
    </message>
    <message>
      <source>Choose a workspace first: files are uploaded to it.</source>
      <translation>Primero elige un espacio de trabajo: los archivos se suben a él.</translation>
    </message>
    <message>
      <source>This input takes one file: drop one at a time.</source>
      <translation>Esta entrada admite un solo archivo: suéltalos de uno en uno.</translation>
    </message>
    <message>
      <source>Upload of “{name}” cancelled.</source>
      <translation>Subida de «{name}» cancelada.</translation>
    </message>
    <message>
      <source>Upload {name} to {input}</source>
      <translation>Subir {name} a {input}</translation>
    </message>
    <message>
      <source>Uploaded “{name}”.</source>
      <translation>«{name}» subido.</translation>
    </message>
    <message>
      <source>This technique takes no files.</source>
      <translation>Esta técnica no admite archivos.</translation>
    </message>
    <message>
      <source>None of the inputs takes “{name}”.</source>
      <translation>Ninguna entrada admite «{name}».</translation>
    </message>
  </context>
  <context>
    <name>RunActions</name>
    <message>
      <source>Open in editor</source>
      <translation>Abrir en el editor</translation>
    </message>
    <message>
      <source>Put this run's technique and inputs into the editor</source>
      <translation>Poner la técnica y las entradas de esta ejecución en el editor</translation>
    </message>
    <message>
      <source>Running it again unchanged would most likely fail the same way.</source>
      <translation>Volver a lanzarla sin cambios probablemente fallaría igual.</translation>
    </message>
  </context>
  <context>
    <name>RunBar</name>
    <message>
      <source>Choose a technique to see what a run costs.</source>
      <translation>Elige una técnica para ver cuánto cuesta una ejecución.</translation>
    </message>
    <message>
      <source>Run</source>
      <translation>Lanzar</translation>
    </message>
    <message>
      <source>Starting…</source>
      <translation>Iniciando…</translation>
    </message>
    <message>
      <source>Waiting…</source>
      <translation>Esperando…</translation>
    </message>
    <message>
      <source>Start a run (Ctrl+Enter)</source>
      <translation>Lanzar una ejecución (Ctrl+Intro)</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <source>Practice credits used today {today} · this month {month} in {workspace}</source>
      <translation>Créditos de prueba usados hoy {today} · este mes {month} en {workspace}</translation>
    </message>
    <message>
      <source>Spent today {today} · this month {month} in {workspace}</source>
      <translation>Gastado hoy {today} · este mes {month} en {workspace}</translation>
    </message>
    <message>
      <source>Runs cost {cost} each</source>
      <translation>Cada ejecución cuesta {cost}</translation>
    </message>
  </context>
  <context>
    <name>RunProgress</name>
    <message>
      <source>Run progress</source>
      <translation>Progreso de la ejecución</translation>
    </message>
    <message>
      <source>{status} at %p%</source>
      <translation>{status} al %p%</translation>
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
      <translation>Esperando para empezar</translation>
    </message>
    <message>
      <source>Running</source>
      <translation>En curso</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Completada</translation>
    </message>
    <message>
      <source>Failed</source>
      <translation>Fallida</translation>
    </message>
    <message>
      <source>Checking…</source>
      <translation>Comprobando…</translation>
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
      <translation>Se dejó de comprobar esta ejecución.</translation>
    </message>
    <message>
      <source>took {duration}</source>
      <translation>duró {duration}</translation>
    </message>
    <message>
      <source>{elapsed} so far, about {remaining} left</source>
      <translation>{elapsed} hasta ahora, quedan unos {remaining}</translation>
    </message>
    <message>
      <source>{elapsed} so far, longer than the usual {estimate}</source>
      <translation>{elapsed} hasta ahora, más de los {estimate} habituales</translation>
    </message>
    <message>
      <source>{elapsed} so far</source>
      <translation>{elapsed} hasta ahora</translation>
    </message>
    <message>
      <source>Technique</source>
      <translation>Técnica</translation>
    </message>
    <message>
      <source>Workspace</source>
      <translation>Espacio de trabajo</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Progreso</translation>
    </message>
    <message>
      <source>Started</source>
      <translation>Iniciada</translation>
    </message>
    <message>
      <source>Run {run_id}</source>
      <translation>Ejecución {run_id}</translation>
    </message>
  </context>
  <context>
    <name>RunsPanel</name>
    <message>
      <source>No runs yet. Runs you start appear here and keep going while you launch more.</source>
      <translation>Aún no hay ejecuciones. Las que lances aparecen aquí y siguen en marcha mientras lanzas más.</translation>
    </message>
    <message>
      <source>{name} in {workspace} — {status}</source>
      <translation>{name} en {workspace} — {status}</translation>
    </message>
    <message>
      <source>{name} — {status}</source>
      <translation>{name} — {status}</translation>
    </message>
    <message>
      <source>Runs</source>
      <translation>Ejecuciones</translation>
    </message>
    <message>
      <source>Column headers</source>
      <translation>Encabezados de columna</translation>
    </message>
    <message>
      <source>Drag to resize the list and the detail</source>
      <translation>Arrastra para cambiar el tamaño de la lista y el detalle</translation>
    </message>
    <message>
      <source>Run id {run_id}</source>
      <translation>ID de ejecución {run_id}</translation>
    </message>
  </context>
  <context>
    <name>Session</name>
    <message>
      <source>The practice sandbox could not start on this computer (it needs to open a local network port on 127.0.0.1). Try again, or sign in with your API key.</source>
      <translation>El entorno de prueba no se pudo iniciar en este ordenador (necesita abrir un puerto de red local en 127.0.0.1). Vuelve a intentarlo o inicia sesión con tu clave de API.</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <source>Paste the API key first.</source>
      <translation>Primero pega la clave de API.</translation>
    </message>
    <message>
      <source>The API key must be one line. Paste only the key.</source>
      <translation>La clave de API debe ser una sola línea. Pega solo la clave.</translation>
    </message>
    <message>
      <source>An API key has no spaces in it. Paste only the key.</source>
      <translation>Una clave de API no tiene espacios. Pega solo la clave.</translation>
    </message>
    <message>
      <source>This key has a character no API key has (perhaps a look-alike letter from another alphabet). Copy the key again from FLORA.</source>
      <translation>Esta clave tiene un carácter que ninguna clave de API tiene (quizá una letra parecida de otro alfabeto). Vuelve a copiar la clave desde FLORA.</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Ajustes</translation>
    </message>
    <message>
      <source>Accounts</source>
      <translation>Cuentas</translation>
    </message>
    <message>
      <source>Profiles</source>
      <translation>Perfiles</translation>
    </message>
    <message>
      <source>Each profile is a FLORA account: a name, a server and its own key.</source>
      <translation>Cada perfil es una cuenta de FLORA: un nombre, un servidor y su propia clave.</translation>
    </message>
    <message>
      <source>&amp;Add profile</source>
      <translation>&amp;Añadir perfil</translation>
    </message>
    <message>
      <source>&amp;Remove</source>
      <translation>&amp;Quitar</translation>
    </message>
    <message>
      <source>Remove profile</source>
      <translation>Quitar perfil</translation>
    </message>
    <message>
      <source>&amp;Use this profile</source>
      <translation>&amp;Usar este perfil</translation>
    </message>
    <message>
      <source>Profile name</source>
      <translation>Nombre del perfil</translation>
    </message>
    <message>
      <source>Server address</source>
      <translation>Dirección del servidor</translation>
    </message>
    <message>
      <source>New API key</source>
      <translation>Nueva clave de API</translation>
    </message>
    <message>
      <source>Leave empty to keep the key saved in the system keyring.</source>
      <translation>Déjalo vacío para mantener la clave guardada en el llavero del sistema.</translation>
    </message>
    <message>
      <source>Leave empty to keep the saved key</source>
      <translation>Déjalo vacío para mantener la clave guardada</translation>
    </message>
    <message>
      <source>&amp;Name</source>
      <translation>&amp;Nombre</translation>
    </message>
    <message>
      <source>Ser&amp;ver</source>
      <translation>Ser&amp;vidor</translation>
    </message>
    <message>
      <source>API &amp;key</source>
      <translation>C&amp;lave de API</translation>
    </message>
    <message>
      <source>Runs</source>
      <translation>Ejecuciones</translation>
    </message>
    <message>
      <source>Output folder</source>
      <translation>Carpeta de resultados</translation>
    </message>
    <message>
      <source>Where finished outputs are saved.</source>
      <translation>Dónde se guardan los resultados terminados.</translation>
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation>&amp;Examinar…</translation>
    </message>
    <message>
      <source>Choose the output folder</source>
      <translation>Elegir la carpeta de resultados</translation>
    </message>
    <message>
      <source>Check a running run every (seconds)</source>
      <translation>Comprobar una ejecución en curso cada (segundos)</translation>
    </message>
    <message>
      <source> s</source>
      <translation> s</translation>
    </message>
    <message>
      <source>Notif&amp;y me when a run finishes</source>
      <translation>Avisar&amp;me cuando termine una ejecución</translation>
    </message>
    <message>
      <source>Preview cache size (megabytes)</source>
      <translation>Tamaño de la caché de vistas previas (megabytes)</translation>
    </message>
    <message>
      <source>Previews and opened outputs are kept on this computer up to this size; the least recently used go first.</source>
      <translation>Las vistas previas y los resultados abiertos se guardan en este ordenador hasta este tamaño; los que llevan más tiempo sin usarse se borran primero.</translation>
    </message>
    <message>
      <source> MB</source>
      <translation> MB</translation>
    </message>
    <message>
      <source>&amp;Output folder</source>
      <translation>&amp;Carpeta de resultados</translation>
    </message>
    <message>
      <source>&amp;Check runs every</source>
      <translation>Com&amp;probar ejecuciones cada</translation>
    </message>
    <message>
      <source>Previe&amp;w cache</source>
      <translation>Caché de vistas p&amp;revias</translation>
    </message>
    <message>
      <source>Appearance</source>
      <translation>Apariencia</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>Tema</translation>
    </message>
    <message>
      <source>Same as the system</source>
      <translation>Igual que el sistema</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>Claro</translation>
    </message>
    <message>
      <source>Dark</source>
      <translation>Oscuro</translation>
    </message>
    <message>
      <source>&amp;Theme</source>
      <translation>&amp;Tema</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Idioma</translation>
    </message>
    <message>
      <source>Not connected right now.</source>
      <translation>Sin conexión ahora mismo.</translation>
    </message>
    <message>
      <source>Connected now: the practice sandbox on this computer. Nothing is charged; the profiles below are used when you sign in with a key.</source>
      <translation>Conectado ahora: al entorno de prueba de este ordenador. No se cobra nada; los perfiles de abajo se usan cuando inicias sesión con una clave.</translation>
    </message>
    <message>
      <source>Connected now: the key from the FLORA_API_KEY environment variable, to {host}. The profiles below are used when the app starts without it.</source>
      <translation>Conectado ahora: con la clave de la variable de entorno FLORA_API_KEY, a {host}. Los perfiles de abajo se usan cuando la aplicación se inicia sin ella.</translation>
    </message>
    <message>
      <source>Connected now: profile “{name}”, to {host}.</source>
      <translation>Conectado ahora: perfil «{name}», a {host}.</translation>
    </message>
    <message>
      <source>(no name)</source>
      <translation>(sin nombre)</translation>
    </message>
    <message>
      <source>%1 (in use)</source>
      <translation>%1 (en uso)</translation>
    </message>
    <message>
      <source>%1 (chosen)</source>
      <translation>%1 (elegido)</translation>
    </message>
    <message>
      <source>The default profile stays; you can rename it.</source>
      <translation>El perfil predeterminado se queda; puedes cambiarle el nombre.</translation>
    </message>
    <message>
      <source>FLORA Desktop is connected with this profile.</source>
      <translation>FLORA Desktop está conectado con este perfil.</translation>
    </message>
    <message>
      <source>This profile is chosen, but not in use now (see above).</source>
      <translation>Este perfil está elegido, pero no está en uso ahora mismo (ver arriba).</translation>
    </message>
    <message>
      <source>Press Use this profile, then OK, to connect with it.</source>
      <translation>Pulsa Usar este perfil y luego Aceptar para conectarte con él.</translation>
    </message>
    <message>
      <source>New profile</source>
      <translation>Perfil nuevo</translation>
    </message>
    <message>
      <source>Choose a folder for outputs, such as %1.</source>
      <translation>Elige una carpeta para los resultados, como %1.</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsSheet</name>
    <message>
      <source>or</source>
      <translation>o</translation>
    </message>
    <message>
      <source>Window</source>
      <translation>Ventana</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Atajos de teclado</translation>
    </message>
    <message>
      <source>Everything in FLORA Desktop works from the keyboard. Tab moves between controls; menus open with Alt and the underlined letter.</source>
      <translation>Todo en FLORA Desktop funciona con el teclado. Tab salta entre controles; los menús se abren con Alt y la letra subrayada.</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Acción</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>Teclas</translation>
    </message>
    <message>
      <source>Column headers</source>
      <translation>Encabezados de columna</translation>
    </message>
  </context>
  <context>
    <name>SignInPanel</name>
    <message>
      <source>Sign in to FLORA</source>
      <translation>Inicia sesión en FLORA</translation>
    </message>
    <message>
      <source>FLORA Desktop starts your techniques with a FLORA API key. In FLORA, open Settings → API keys and create a key; paste it here.</source>
      <translation>FLORA Desktop lanza tus técnicas con una clave de API de FLORA. En FLORA, abre Ajustes → Claves de API y crea una clave; pégala aquí.</translation>
    </message>
    <message>
      <source>FLORA did not accept this key. Check that you copied all of it, or create a new key in FLORA under Settings → API keys.</source>
      <translation>FLORA no aceptó esta clave. Comprueba que la copiaste entera, o crea una nueva en FLORA, en Ajustes → Claves de API.</translation>
    </message>
    <message>
      <source>Your API key was not accepted by FLORA any more (it may have been revoked). Paste a new key and press Test and save; what you typed in the launcher is kept.</source>
      <translation>FLORA ya no acepta tu clave de API (puede que se haya revocado). Pega una clave nueva y pulsa Probar y guardar; lo que escribiste en el lanzador se conserva.</translation>
    </message>
    <message>
      <source>This computer has no system keyring where FLORA Desktop could keep your key safely, so it cannot remember it. You can still use the key until you quit.</source>
      <translation>Este ordenador no tiene un llavero del sistema donde FLORA Desktop pueda guardar tu clave de forma segura, así que no puede recordarla. Aun así, puedes usarla hasta que salgas.</translation>
    </message>
    <message>
      <source>Paste your API key first.</source>
      <translation>Primero pega tu clave de API.</translation>
    </message>
    <message>
      <source>That looks like more than one line. Paste only the key, on one line.</source>
      <translation>Parece que son varias líneas. Pega solo la clave, en una línea.</translation>
    </message>
    <message>
      <source>An API key has no spaces in it. Paste only the key.</source>
      <translation>Una clave de API no tiene espacios. Pega solo la clave.</translation>
    </message>
    <message>
      <source>This key has a character no API key has (perhaps a look-alike letter from another alphabet). Copy the key again from FLORA, in Settings → API keys.</source>
      <translation>Esta clave tiene un carácter que ninguna clave de API tiene (quizá una letra parecida de otro alfabeto). Vuelve a copiar la clave desde FLORA, en Ajustes → Claves de API.</translation>
    </message>
    <message>
      <source>FLORA Desktop cannot use this key or server address as written; nothing was sent. Check both and try again.</source>
      <translation>FLORA Desktop no puede usar esta clave o esta dirección del servidor tal como están escritas; no se ha enviado nada. Revisa ambas y vuelve a intentarlo.</translation>
    </message>
    <message>
      <source>FLORA accepted the key but does not let it list workspaces. Try another key.</source>
      <translation>FLORA aceptó la clave, pero no le permite listar espacios de trabajo. Prueba con otra clave.</translation>
    </message>
    <message>
      <source>Could not reach FLORA at {host}. Check your internet connection (and the server address under Advanced), then try again.</source>
      <translation>No se pudo contactar con FLORA en {host}. Revisa tu conexión a internet (y la dirección del servidor en Avanzado) y vuelve a intentarlo.</translation>
    </message>
    <message>
      <source>FLORA is not answering properly right now (error {status}). Try again in a minute.</source>
      <translation>FLORA no está respondiendo bien ahora mismo (error {status}). Vuelve a intentarlo en un minuto.</translation>
    </message>
    <message>
      <source>FLORA refused the check (error {status}). Try again, or try another key.</source>
      <translation>FLORA rechazó la comprobación (error {status}). Vuelve a intentarlo o prueba con otra clave.</translation>
    </message>
    <message>
      <source>FLORA at {host} gave an answer FLORA Desktop does not understand. Check the server address under Advanced.</source>
      <translation>FLORA en {host} dio una respuesta que FLORA Desktop no entiende. Revisa la dirección del servidor en Avanzado.</translation>
    </message>
    <message>
      <source>Sign in</source>
      <translation>Iniciar sesión</translation>
    </message>
    <message>
      <source>API key</source>
      <translation>Clave de API</translation>
    </message>
    <message>
      <source>sk_live_…</source>
      <translation>sk_live_…</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>Mostrar</translation>
    </message>
    <message>
      <source>Show the key</source>
      <translation>Mostrar la clave</translation>
    </message>
    <message>
      <source>&amp;API key</source>
      <translation>C&amp;lave de API</translation>
    </message>
    <message>
      <source>Advanced</source>
      <translation>Avanzado</translation>
    </message>
    <message>
      <source>FLORA server address</source>
      <translation>Dirección del servidor de FLORA</translation>
    </message>
    <message>
      <source>Server address</source>
      <translation>Dirección del servidor</translation>
    </message>
    <message>
      <source>Test and save</source>
      <translation>Probar y guardar</translation>
    </message>
    <message>
      <source>Try the sandbox</source>
      <translation>Probar el entorno de prueba</translation>
    </message>
    <message>
      <source>Start a practice FLORA on this computer: nothing is charged and no key is needed.</source>
      <translation>Inicia un FLORA de prueba en este ordenador: no se cobra nada y no hace falta clave.</translation>
    </message>
    <message>
      <source>Use for this session only</source>
      <translation>Usar solo en esta sesión</translation>
    </message>
    <message>
      <source>Hide</source>
      <translation>Ocultar</translation>
    </message>
    <message>
      <source>Hide the key</source>
      <translation>Ocultar la clave</translation>
    </message>
    <message>
      <source>Server: {address}</source>
      <translation>Servidor: {address}</translation>
    </message>
    <message>
      <source>(not set)</source>
      <translation>(sin definir)</translation>
    </message>
    <message>
      <source>Starting the sandbox…</source>
      <translation>Iniciando el entorno de prueba…</translation>
    </message>
    <message>
      <source>Checking your key with FLORA…</source>
      <translation>Comprobando tu clave con FLORA…</translation>
    </message>
    <message>
      <source>The server address must be a web address starting with https://, such as https://app.flora.ai/api/v1.</source>
      <translation>La dirección del servidor debe ser una dirección web que empiece por https://, como https://app.flora.ai/api/v1.</translation>
    </message>
  </context>
  <context>
    <name>Storage</name>
    <message>
      <source>The unsent inputs you left in a technique</source>
      <translation>Las entradas sin enviar que dejaste en una técnica</translation>
    </message>
    <message>
      <source>Your latest changes could not be saved as a draft; they stay here while the app is open.</source>
      <translation>Tus últimos cambios no se pudieron guardar como borrador; se quedan aquí mientras la aplicación esté abierta.</translation>
    </message>
    <message>
      <source>Your run history</source>
      <translation>Tu historial de ejecuciones</translation>
    </message>
    <message>
      <source>The run history could not be updated.</source>
      <translation>No se pudo actualizar el historial de ejecuciones.</translation>
    </message>
    <message>
      <source>Your run history cannot be saved right now. {why} Runs you start are shown as usual but forgotten when you quit.</source>
      <translation>Ahora mismo no se puede guardar tu historial de ejecuciones. {why} Las ejecuciones que lances se muestran como siempre, pero se olvidan al salir.</translation>
    </message>
    <message>
      <source>The history file cannot be opened.</source>
      <translation>No se puede abrir el archivo del historial.</translation>
    </message>
    <message>
      <source>The app's log cannot be written. {why} FLORA Desktop works as usual without it.</source>
      <translation>No se puede escribir el registro de la aplicación. {why} FLORA Desktop funciona igual sin él.</translation>
    </message>
    <message>
      <source>The folder {folder} belongs to another user account.</source>
      <translation>La carpeta {folder} pertenece a otra cuenta de usuario.</translation>
    </message>
    <message>
      <source>Your settings</source>
      <translation>Tus ajustes</translation>
    </message>
    <message>
      <source>The settings file could not be read, so it is left as it is.</source>
      <translation>No se pudo leer el archivo de ajustes, así que se deja tal cual.</translation>
    </message>
    <message>
      <source>{why} Your settings work as usual but are kept only until you quit.</source>
      <translation>{why} Tus ajustes funcionan como siempre, pero solo se conservan hasta que salgas.</translation>
    </message>
    <message>
      <source>Your settings could not be saved.</source>
      <translation>No se han podido guardar tus ajustes.</translation>
    </message>
    <message>
      <source>This name has a broken character, so it cannot be stored.</source>
      <translation>Este nombre tiene un carácter roto, así que no se puede guardar.</translation>
    </message>
    <message>
      <source>The disk is full. Free some space, then try again.</source>
      <translation>El disco está lleno. Libera espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
      <source>The disk holding {folder} is read-only. Choose another place or make it writable, then try again.</source>
      <translation>El disco que contiene {folder} es de solo lectura. Elige otro lugar o haz que se pueda escribir en él, y vuelve a intentarlo.</translation>
    </message>
    <message>
      <source>FLORA Desktop is not allowed to write in {folder}. Check who owns the folder and its permissions, then try again.</source>
      <translation>FLORA Desktop no tiene permiso para escribir en {folder}. Comprueba quién es el propietario de la carpeta y sus permisos, y vuelve a intentarlo.</translation>
    </message>
    <message>
      <source>The disk refused the file ({reason}). Try again.</source>
      <translation>El disco rechazó el archivo ({reason}). Vuelve a intentarlo.</translation>
    </message>
    <message>
      <source>{what} {why}</source>
      <translation>{what} {why}</translation>
    </message>
    <message>
      <source>a number too large to store (or not a number at all)</source>
      <translation>un número demasiado grande para guardarlo (o que no es un número)</translation>
    </message>
    <message>
      <source>text with a broken character (half of an emoji)</source>
      <translation>texto con un carácter roto (la mitad de un emoji)</translation>
    </message>
    <message>
      <source>a name with a broken character (half of an emoji)</source>
      <translation>un nombre con un carácter roto (la mitad de un emoji)</translation>
    </message>
    <message>
      <source>A value cannot be stored.</source>
      <translation>Un valor no se puede guardar.</translation>
    </message>
    <message>
      <source>“{where}” cannot be stored: it holds {problem}.</source>
      <translation>«{where}» no se puede guardar: contiene {problem}.</translation>
    </message>
    <message>
      <source>{what} could not be read (the file is damaged or from another version). It was kept as “{file}” in {folder}; FLORA Desktop goes on without it.</source>
      <translation>No se pudo leer {what} (el archivo está dañado o es de otra versión). Se ha guardado como «{file}» en {folder}; FLORA Desktop sigue sin él.</translation>
    </message>
    <message>
      <source>{what} could not be read, and the file “{file}” could not be moved aside. It is left as it is and will not be written over; changes last until you quit.</source>
      <translation>No se pudo leer {what}, y el archivo «{file}» no se pudo apartar. Se deja tal cual y no se sobrescribirá; los cambios duran hasta que salgas.</translation>
    </message>
  </context>
  <context>
    <name>StoreNoticeView</name>
    <message>
      <source>Some of your files could not be used</source>
      <translation>Algunos de tus archivos no se han podido usar</translation>
    </message>
  </context>
  <context>
    <name>TechniquePicker</name>
    <message>
      <source>&amp;Technique</source>
      <translation>&amp;Técnica</translation>
    </message>
    <message>
      <source>Search techniques</source>
      <translation>Buscar técnicas</translation>
    </message>
    <message>
      <source>Techniques</source>
      <translation>Técnicas</translation>
    </message>
    <message>
      <source>Clear the search</source>
      <translation>Borrar la búsqueda</translation>
    </message>
  </context>
  <context>
    <name>TechniquesModel</name>
    <message>
      <source>image</source>
      <translation>imagen</translation>
    </message>
    <message>
      <source>video</source>
      <translation>vídeo</translation>
    </message>
    <message>
      <source>audio</source>
      <translation>audio</translation>
    </message>
    <message>
      <source>text</source>
      <translation>texto</translation>
    </message>
    <message>
      <source>document</source>
      <translation>documento</translation>
    </message>
    <message>
      <source>{cost} per run</source>
      <translation>{cost} por ejecución</translation>
    </message>
    <message>
      <source>none</source>
      <translation>ninguno</translation>
    </message>
    <message>
      <source>{name}. {description} {cost}. Takes {inputs}; makes {outputs}.</source>
      <translation>{name}. {description} {cost}. Admite {inputs}; genera {outputs}.</translation>
    </message>
  </context>
  <context>
    <name>TextOutput</name>
    <message>
      <source>Text output</source>
      <translation>Resultado de texto</translation>
    </message>
    <message>
      <source>Copy text</source>
      <translation>Copiar texto</translation>
    </message>
  </context>
  <context>
    <name>TextValueEditor</name>
    <message>
      <source>JSON, e.g. "text", 42, ["a", "b"] or {"key": "value"}</source>
      <translation>JSON, p. ej. "text", 42, ["a", "b"] o {"key": "value"}</translation>
    </message>
  </context>
  <context>
    <name>Thumbnail</name>
    <message>
      <source>Open the image full size</source>
      <translation>Abrir la imagen a tamaño completo</translation>
    </message>
    <message>
      <source>Open full size</source>
      <translation>Abrir a tamaño completo</translation>
    </message>
    <message>
      <source>Loading preview…</source>
      <translation>Cargando vista previa…</translation>
    </message>
  </context>
  <context>
    <name>Toast</name>
    <message>
      <source>Dismiss</source>
      <translation>Cerrar</translation>
    </message>
  </context>
  <context>
    <name>Uploads</name>
    <message>
      <source>an image</source>
      <translation>una imagen</translation>
    </message>
    <message>
      <source>JPEG, PNG, WebP, GIF, AVIF or HEIC</source>
      <translation>JPEG, PNG, WebP, GIF, AVIF o HEIC</translation>
    </message>
    <message>
      <source>a video</source>
      <translation>un vídeo</translation>
    </message>
    <message>
      <source>MP4, WebM or MOV</source>
      <translation>MP4, WebM o MOV</translation>
    </message>
    <message>
      <source>a sound file</source>
      <translation>un archivo de audio</translation>
    </message>
    <message>
      <source>MP3, WAV or Ogg</source>
      <translation>MP3, WAV u Ogg</translation>
    </message>
    <message>
      <source>a PDF document</source>
      <translation>un documento PDF</translation>
    </message>
    <message>
      <source>PDF</source>
      <translation>PDF</translation>
    </message>
    <message>
      <source>“{name}” changed while uploading; try again when it is finished.</source>
      <translation>«{name}» cambió mientras se subía; vuelve a intentarlo cuando esté terminado.</translation>
    </message>
    <message>
      <source>a file</source>
      <translation>un archivo</translation>
    </message>
    <message>
      <source>a supported format</source>
      <translation>un formato compatible</translation>
    </message>
    <message>
      <source>{kind} ({formats})</source>
      <translation>{kind} ({formats})</translation>
    </message>
    <message>
      <source>This input takes text, not a file.</source>
      <translation>Esta entrada admite texto, no un archivo.</translation>
    </message>
    <message>
      <source>“{name}” is a folder or not a file. Choose a file.</source>
      <translation>«{name}» es una carpeta o no es un archivo. Elige un archivo.</translation>
    </message>
    <message>
      <source>no access</source>
      <translation>sin acceso</translation>
    </message>
    <message>
      <source>“{name}” could not be read ({reason}).</source>
      <translation>No se ha podido leer «{name}» ({reason}).</translation>
    </message>
    <message>
      <source>“{name}” is empty.</source>
      <translation>«{name}» está vacío.</translation>
    </message>
    <message>
      <source>“{name}” is not a kind of file FLORA takes. This input needs {accepted}.</source>
      <translation>«{name}» no es un tipo de archivo que FLORA admita. Esta entrada necesita {accepted}.</translation>
    </message>
    <message>
      <source>“{name}” is {kind}, but this input needs {accepted}.</source>
      <translation>«{name}» es {kind}, pero esta entrada necesita {accepted}.</translation>
    </message>
    <message>
      <source>“{name}” is {megapixels:,.0f} megapixels; FLORA takes images up to {limit} megapixels. Make it smaller and try again.</source>
      <translation>«{name}» tiene {megapixels:,.0f} megapíxeles; FLORA admite imágenes de hasta {limit} megapíxeles. Redúcela y vuelve a intentarlo.</translation>
    </message>
  </context>
  <context>
    <name>UrlValueEditor</name>
    <message>
      <source>Paste a link (https://…), a FLORA element id, or choose a file</source>
      <translation>Pega un enlace (https://…), un ID de elemento de FLORA o elige un archivo</translation>
    </message>
    <message>
      <source>Paste a link (https://…) or choose a file</source>
      <translation>Pega un enlace (https://…) o elige un archivo</translation>
    </message>
  </context>
  <context>
    <name>VideoPoster</name>
    <message>
      <source>No first frame: this computer can't show video inside the app.</source>
      <translation>Sin primer fotograma: este ordenador no puede mostrar vídeo dentro de la aplicación.</translation>
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
      <translation>Según FLORA, esta ejecución está «{status}», un estado que esta aplicación no conoce, así que ya no se comprueba. Búscala en FLORA.</translation>
    </message>
    <message>
      <source>FLORA asked us to check less often.</source>
      <translation>FLORA nos pidió que comprobáramos con menos frecuencia.</translation>
    </message>
    <message>
      <source>FLORA is taking too long to answer.</source>
      <translation>FLORA tarda demasiado en responder.</translation>
    </message>
    <message>
      <source>Can't reach FLORA right now. Check your internet connection.</source>
      <translation>No se puede contactar con FLORA ahora mismo. Revisa tu conexión a internet.</translation>
    </message>
    <message>
      <source>FLORA refused the API key, so this run can't be checked. Sign in again.</source>
      <translation>FLORA rechazó la clave de API, así que no se puede comprobar esta ejecución. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
      <source>This API key may not see this run any more.</source>
      <translation>Puede que esta clave de API ya no vea esta ejecución.</translation>
    </message>
    <message>
      <source>FLORA no longer knows this run.</source>
      <translation>FLORA ya no conoce esta ejecución.</translation>
    </message>
    <message>
      <source>FLORA had a problem answering.</source>
      <translation>FLORA tuvo un problema al responder.</translation>
    </message>
    <message>
      <source>This run can't be checked because of an unexpected answer from FLORA.</source>
      <translation>Esta ejecución no se puede comprobar por una respuesta inesperada de FLORA.</translation>
    </message>
    <message>
      <source>{problem} Checking again in {when}.</source>
      <translation>{problem} Se vuelve a comprobar en {when}.</translation>
    </message>
  </context>
  <context>
    <name>WorkspacePicker</name>
    <message>
      <source>Workspace</source>
      <translation>Espacio de trabajo</translation>
    </message>
  </context>
  <context>
    <name>WorkspacesModel</name>
    <message>
      <source>{name} (view only)</source>
      <translation>{name} (solo lectura)</translation>
    </message>
    <message>
      <source>{name} ({role})</source>
      <translation>{name} ({role})</translation>
    </message>
    <message>
      <source>Your role: {role}</source>
      <translation>Tu rol: {role}</translation>
    </message>
    <message>
      <source>Your role: {role}. You can look but not start runs here.</source>
      <translation>Tu rol: {role}. Aquí puedes mirar, pero no lanzar ejecuciones.</translation>
    </message>
  </context>
  <context>
    <name>_CellDelegate</name>
    <message>
      <source>Loading…</source>
      <translation>Cargando…</translation>
    </message>
    <message>
      <source>Not started</source>
      <translation>Sin iniciar</translation>
    </message>
    <message>
      <source>Not known</source>
      <translation>Desconocido</translation>
    </message>
    <message>
      <source>Failed — no output</source>
      <translation>Fallida — sin resultado</translation>
    </message>
    <message>
      <source>Running…</source>
      <translation>En curso…</translation>
    </message>
    <message>
      <source>Picture (not saved)</source>
      <translation>Imagen (no guardada)</translation>
    </message>
    <message>
      <source>Video</source>
      <translation>Vídeo</translation>
    </message>
    <message>
      <source>Audio</source>
      <translation>Audio</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Texto</translation>
    </message>
    <message>
      <source>No outputs</source>
      <translation>Sin resultados</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>Documento</translation>
    </message>
    <message>
      <source>{status} · +{count} more</source>
      <translation>{status} · +{count} más</translation>
    </message>
  </context>
  <context>
    <name>_SheetModel</name>
    <message>
      <source>#{number} {source} — {status}</source>
      <translation>n.º {number} {source} — {status}</translation>
    </message>
  </context>
</TS>
