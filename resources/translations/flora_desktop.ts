<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>Batch</name>
    <message>
        <source>FLORA says the workspace is out of credits, so the batch stopped. Rows not started were not charged; add credits and start the batch again to finish them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA refused this workspace for your key, so the batch stopped: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA could not find the technique or the workspace, so the batch stopped: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA refused the API key, so the batch stopped. Sign in again, then resume it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA could not be reached after several tries, so the batch stopped. Start it again to resume: no row will be started twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch could not be written to disk, so nothing more was sent (a crash could otherwise bill twice). Free some space, then resume it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run history on this computer cannot be saved right now, so the batch was not started (after a crash its rows could be billed twice). Free some space, then start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA accepted some rows but their runs could not be found yet. Start the batch again in a minute to look again; they will not be started twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA did not say how some rows are going. They were not started again (that could charge them twice). Press Resume later to check on them, or look for them in History.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Rows not started were not charged; start the batch again to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row names a file on this computer; use a link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” could not be uploaded, so the row was not started (nothing charged). {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA refused this row, nothing was charged: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run finished but its outputs were not saved: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA did not say how this row is going. {reason} Its run may still be working, and may be charged, so it will not be started again. Press Resume later to check on it, or look for it in History.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It says “{status}”, a word this app does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It still said it was working after {minutes} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row was sent to FLORA at {time}, but the answer was lost and no run could be matched to it for sure. FLORA may have made it (and charged it), so it will not be started again on its own. Look in History for a run from about {time}; if there is none, nothing was charged and you can run the row again (Run again, in the batch window).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchChecks</name>
    <message>
        <source>This row could not be checked; use it anyway only if you are sure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} cropped copies could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cropped copy could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchContactSheet</name>
    <message>
        <source>Contact sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row&apos;s output; press Enter on one to open its run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact s&amp;heet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row&apos;s output appears here once the batch starts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Batch — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;files or a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each file becomes one row (you can also drop them here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input to vary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variations: one value per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variations, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make rows from these lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry failed rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spreadsheet could not be read. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import spreadsheet (CSV, Excel)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs fixing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look in History first: FLORA may already have made these rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is it a CSV or Excel file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose files, one row each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking at the files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than {limit} files; a batch takes at most {limit}. Choose a smaller folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {count} more, left out until fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the batch&apos;s outputs in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking 1 row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {count} rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start 1 run — ${total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start {count} runs — ${total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a large batch?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This starts {count} runs and may cost up to ${total}. Start them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This batch&apos;s rows could not be read from the history file on this computer. Nothing was sent; close this window and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch could not be recorded in the history file (is the disk full?). Nothing was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} could not be created ({why}). Nothing was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total} ended · {running} in progress · {failed} failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA asked to wait {seconds:.0f} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some outputs or manifest.csv could not be written in {folder}. Free some space (or fix the folder), then press Resume: no run starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry failed rows?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This starts %n new runs for the failed rows, each billed: about ${total}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Run rows not known again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These rows&apos; answers were lost, so FLORA may already have made them. Look in History first. If FLORA still remembers a row, nothing new starts for it; otherwise it is a new run, billed. Rows: {count}, up to ${total}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Retry %n failed rows — ${total}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Run &amp;again rows not known: {count} — up to ${total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the outputs and manifest.csv in the file manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs and manifest.csv go to {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows: {count} · total ${total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking {count}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} left out until fixed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchEntry</name>
    <message>
        <source>Run as a &amp;batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run this technique once per row of a spreadsheet or a list of variations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batc&amp;hes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a recent batch: its rows, outputs and manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{technique} — {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA could not be reached to open this batch; try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a workspace and a technique first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchHistoryList</name>
    <message>
        <source>&amp;Batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the batch&apos;s rows, outputs and manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the rows it left; none is started twice, rows already done stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n runs</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{count} done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#{number} {name} — {state}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchMappingDialog</name>
    <message>
        <source>Match the columns — {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows} rows in “{file}”. Choose the column each input takes its values from; inputs without a column take the form&apos;s value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column for {input}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the form&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column naming the outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From each row&apos;s file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs &amp;named by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview of the first rows, as each input gets them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use these columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column {letter}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(form) {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form&apos;s value, the same on every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a column for: {inputs}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns not used: {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchRowFixes</name>
    <message>
        <source>&amp;Use anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the next row that needs fixing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {number} needs fixing: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cro&amp;p to {ratio}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} rows need fixing and are left out until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 row needs fixing and is left out until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crop &amp;all {count} to {ratio}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchRowsModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known yet — FLORA did not say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known — look in History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Needs fixing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs fixing: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started — nothing charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchSources</name>
    <message>
        <source>The spreadsheet is larger than 20 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a spreadsheet saved as CSV text (File → Save As → CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cell of the spreadsheet is longer than 128 KB; is a quote mark left open?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spreadsheet is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That makes {count} rows; a batch takes at most {limit}. Split it into smaller batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” needs a web link (https://…) or a file that exists, not “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column for “{name}” (name a column “{id}” or “{name}”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than {limit} rows; split the spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row by row needs lists of the same length ({counts}). Choose every combination, or change a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file could not be read as an Excel workbook (.xlsx); it may be damaged. Open it in Excel and save a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workbook is protected by a password (or is an old .xls file). Open it in Excel and save a copy as .xlsx without a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is larger than {size} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workbook unpacks to more than {size} MB; keep only the sheet of rows and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueBrowser</name>
    <message>
        <source>Loading techniques…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The techniques could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No technique matches this search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No techniques.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseWhileStarting</name>
    <message>
        <source>A run is starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run is starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA has not confirmed the run you just started yet. Wait, and FLORA Desktop closes as soon as it does. If you close anyway, the run may still start; FLORA Desktop will check next time it opens, and never starts it twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CombineChoice</name>
    <message>
        <source>C&amp;lear lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the files and variations added so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batched: {lists}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{input} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Row by row ({count} runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Row by row (needs lists of one length)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Every combination: {product} = {count} runs, more than {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Every combination: {product} = {count} runs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Start FLORA technique runs from your desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the version and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start a practice FLORA on 127.0.0.1 and connect to it with its demo key (no keyring entry is read or written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA API base URL (default: $FLORA_BASE_URL, else {default})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log at debug level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add FLORA Desktop to your applications menu (with its icon and the .florapreset file type) for your user, then quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove what --install-desktop-entry added, then quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>presets files (.florapreset) to import; a running FLORA Desktop takes them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y,yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{prog}: error: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>these options are missing: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown options: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} needs a number, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} takes no value (not {value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{option} could mean {matches}; write it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run one FLORA technique once per row of a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>technique slug or tech_ id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace ws_ id or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one row per run; columns named after the technique&apos;s inputs (id or label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder for outputs and manifest.csv; the same folder again resumes the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows in progress at once, 1–{most} (default: the app&apos;s setting, else {default})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start without asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not download outputs (manifest only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA API base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--concurrency must be 1–{most}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring could not be read. Set FLORA_API_KEY, or unlock the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No FLORA API key: set FLORA_API_KEY, or sign in once in FLORA Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several workspaces are called “{name}”; use its ws_ id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace “{name}” for this key. Workspaces: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No technique “{name}” (use its slug or tech_ id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA could not be asked: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} holds a batch of another technique or workspace; choose another --out folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spreadsheet needs fixing first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} could not be created: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming the batch in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row has ended; see {manifest}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{technique}” in “{workspace}”: {count} row, {to_start} to start, about {cost} ({to_start} × {run_cost}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{technique}” in “{workspace}”: {count} rows, {to_start} to start, about {cost} ({to_start} × {run_cost}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start {count} run — {cost}? [y/N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start {count} runs — {cost}? [y/N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add --yes to start without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: {completed} completed, {failed} failed. See {manifest}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} See {manifest}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.csv could not be written in {folder} ({why}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows whose outputs could not be saved in {folder}: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some space (or fix the folder), then run the same command again: it writes them and starts no run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Run the same command again to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done}/{total} · {running} running · {failed} failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting {seconds} s (FLORA asked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {index}/{total} completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {index}/{total} failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {index}/{total} failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA Desktop cannot open its window: your system lacks libraries it needs ({packages}). On Debian or Ubuntu, install them with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>then start FLORA Desktop again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA Desktop needs a desktop session to open its window, and none was found (no DISPLAY or WAYLAND_DISPLAY). Start it from your desktop, not over a plain SSH session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA Desktop is open on another computer ({host}) that shares this settings folder. Close it there, then start it here again. If it is not open there (that computer was renamed or switched off without closing it), delete {lock} and start FLORA Desktop again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA Desktop is already running but does not answer. Close it (or end it in your system monitor), then start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA Desktop is in your applications menu ({entry}, {files} files).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add FLORA Desktop to the applications menu: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed FLORA Desktop from your applications menu ({files} files).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove FLORA Desktop from the applications menu: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectedTabs</name>
    <message>
        <source>Launch, Runs and History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a technique, fill its inputs and start runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs of this session, live, with their outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every run, searchable; reopen one in the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Runs (%n going)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its outputs are ready in FLORA Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It failed; FLORA Desktop says why and what to do.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the sandbox ({host})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key from FLORA_API_KEY (this session only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key kept for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyAsButton</name>
    <message>
        <source>curl command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flora CLI command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curl command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy with your API key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copied text will contain your API key ({masked_key}). Anyone who sees it can start runs and spend this workspace&apos;s credits. Paste it only somewhere private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy with key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this run as a curl command, a flora CLI command or a Python snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this run as a command or code, to run it outside the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With your API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{format} with key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Includes your API key; asks first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no API key to copy in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the {format} with your API key. Keep it private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the {format} (key from $FLORA_API_KEY).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>FLORA Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong in FLORA Desktop. Your inputs are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can keep working, or quit and start FLORA Desktop again. If it happens again, the details below help us find the cause; they contain no API key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>No system keyring is available on this computer (on Linux this needs a Secret Service such as GNOME Keyring or KWallet), so the API key cannot be saved. You can still use it for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring is locked and was not unlocked, so the API key could not be read or saved. Unlock it and try again, or use the key for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An API key must be one line of text, without line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopCitizen</name>
    <message>
        <source>{files} will be imported once you are signed in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopEntryOffer</name>
    <message>
        <source>Add to your applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add FLORA Desktop to your applications menu?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can then start it like any other app, and open presets files by double-clicking them. This is asked only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA Desktop could not be added to the menu ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no access</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <source>Loading preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First page of the document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FailureBox</name>
    <message>
        <source>Show what FLORA said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide what FLORA said</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <source>Run again with these inputs (new run, billed again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running it again starts a new run, which is billed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run hit a temporary problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong on FLORA&apos;s side while making this result. It usually works on a second try.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can run it again now with the same inputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA is busy right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service that makes this result is overloaded or did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a few minutes, then run it again with the same inputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA could not use these inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inputs were refused or could not be read, so running it again unchanged would fail the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the inputs (the prompt, an image or a link), then run it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run cannot be repeated as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run stopped for a reason a retry cannot fix, such as credits, billing limits or access to this technique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your workspace&apos;s credits and access in FLORA before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inputs were refused by a safety filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA&apos;s safety check turned this request down, so running it again unchanged would fail the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the prompt or images so they stay within FLORA&apos;s content rules, then run it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message} (code {code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(code {code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA gave no reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} {note}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileDrop</name>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” was not uploaded: the file storage refused it. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA could not process “{name}”. Try another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA took too long to process “{name}”. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can&apos;t upload files to this workspace. Choose another workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” was not uploaded: FLORA is not answering. Check your connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” was not uploaded. {title}. {what_to_do}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileInputBar</name>
    <message>
        <source>or drop a file on this row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file for {input}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload a file from this computer for {input}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload progress for {input}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the upload for {input}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading “{name}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA is processing “{name}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying “{name}” again…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>The run history was written by a newer FLORA Desktop (schema {version}). Update the app to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run history cannot be kept safely on this disk ({mode} mode). Move the app&apos;s data folder to a local disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run history file is damaged and cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>This app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run {run_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown technique</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No inputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search technique, workspace, inputs or run id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All techniques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check FLORA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check FLORA for runs started elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add runs started elsewhere (the web app, scripts) to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this run&apos;s inputs into the editor as a new draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the newest {shown} of more than {total} runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest {shown} of %n runs</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n runs</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That run is not in the history on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown technique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started in this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>took {duration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charged {cost}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run id {run_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run failed, so it has no outputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run has not finished yet; see Runs for its progress.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>The image could not be read ({problem}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the image to the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom {level}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputRowWidget</name>
    <message>
        <source>Must be {seconds:g} s long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape {ratio}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Square ({ratio})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape ({ratio})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait ({ratio})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type this value as JSON (any JSON value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the custom input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type {input} as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {input} up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {input} down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {input}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inputs</name>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a link or a file. Paste a web address (https://…) or choose a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To use a file from this computer, choose it or drop it on this row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This has a broken character (half of an emoji or symbol) that cannot be sent. Delete it and type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number here is too large to send: use a smaller one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name has a broken character (half of an emoji or symbol). Type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This web address is missing the site name, like https://example.com/…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add https:// at the start of this web address, like https://example.com/picture.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only web addresses that start with https:// can be used here. Paste a web address or choose a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This web address has a space in the site name. Remove the space, or copy the address again from your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This web address has a hidden character in it, such as a line break. Copy the address again from your browser&apos;s address bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This web address can&apos;t be read (a bracket or port number is wrong). Copy it again from your browser&apos;s address bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this input a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the spaces before or after the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another input already uses this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a value, or remove this input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This isn&apos;t valid JSON: {name} is not allowed in JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This isn&apos;t valid JSON: {problem} (line {line}, column {column})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This JSON is nested too deeply to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This isn&apos;t valid JSON: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {number}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is too large to show as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name “{key}” appears more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inputs must be one JSON object in braces: {&quot;name&quot;: &quot;value&quot;, …}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputsEditor</name>
    <message>
        <source>Technique inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all inputs as one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the technical details: input ids, raw values, custom inputs, Copy as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This technique takes no inputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an input the technique does not list (a custom input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo an edit of the inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo an edit of the inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a row up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a row down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON cannot be applied: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {input}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON for {input}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain value for {input}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {input}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {input}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputsJsonView</name>
    <message>
        <source>All inputs as one JSON object: each name with its value. Apply puts them back in the table; names the technique does not list become custom inputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the JSON to the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the table without applying</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputsSummary</name>
    <message>
        <source>Inputs of this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First frame of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language shows the next time FLORA Desktop starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LargeValueView</name>
    <message>
        <source>Clear value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the value of {input}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A large value ({size}) is kept as it is. It is too long to show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{millions:.1f} million characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{chars:,} characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LaunchLayout</name>
    <message>
        <source>&amp;Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to resize the panes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice mode — nothing is charged. Runs happen in a local sandbox with sample results.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LauncherPage</name>
    <message>
        <source>Choose a technique on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the technique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key can&apos;t see any workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run was already started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes are saved as a draft again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LauncherTools</name>
    <message>
        <source>Choose a technique first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a workspace first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the marked inputs first, then copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListValueEditor</name>
    <message>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an item to {input}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{input}, item {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove item {number} of {input}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveResult</name>
    <message>
        <source>Waiting for FLORA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run finished: {count} outputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run failed: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>FLORA Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are using the sandbox&apos;s demo key: there is nothing to sign out of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key comes from the FLORA_API_KEY environment variable and was never saved; unset it to sign out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the saved key for this server and return to sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the key kept for this session and return to sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to FLORA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;FLORA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the &amp;sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a practice FLORA on this computer; nothing is charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in with an API key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the sandbox and use your own FLORA API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaChecks</name>
    <message>
        <source>This picture is {width} × {height}, but this input needs the shape {ratio}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This clip is {actual}, but this input needs {wanted}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaFetch</name>
    <message>
        <source>No preview for this kind of link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview: the site answered “{status}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview: the link could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaOutput</name>
    <message>
        <source>This computer can&apos;t play sound or video inside the app (a system library is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the first frame…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First frame of the video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{position} / {duration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file could not be played here. Save it and open it instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaPreview</name>
    <message>
        <source>Use anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of {input}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the file for {input} anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading a preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crop to {ratio}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Your role in this workspace ({role}) can&apos;t start runs. Choose another workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run was already started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run of this technique has shown up in this workspace&apos;s history yet. Look again in a moment, or check FLORA before pressing Run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look it up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run as a batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped waiting for FLORA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run may still have started: FLORA may have received the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look it up before pressing Run again, so you don&apos;t pay twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not retried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA was busy and did not start the run. Nothing was charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Run again when you&apos;re ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA is not answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was charged unless the run shows up in your history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your internet connection, then try again. Trying again won&apos;t start a second run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app could not get an answer from FLORA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your internet connection, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA sent an unexpected answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA sent an answer the app could not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a moment; if it keeps happening, check FLORA&apos;s status page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA is busy; trying again in {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA is not answering; trying again in {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app tries again by itself in {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA is busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for FLORA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app tries again by itself; you don&apos;t need to do anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your API key was not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA did not recognise the key this app is using. It may have been revoked or replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the key in Settings, or sign in again with a new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace doesn&apos;t have enough credits for this run. Nothing was charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can&apos;t run techniques here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role in this workspace can&apos;t run techniques, or this key belongs to another workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another workspace, or ask the workspace owner for access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This technique is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA can&apos;t find this technique any more. It may have been removed or made private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the list and choose another technique. Your inputs are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA had already received this request, so no second run was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look it up in the run history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request was already sent with other inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA refused to start it again with changed inputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Run to start a new run with the inputs as they are now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA asked the app to slow down, so this could not be loaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a minute, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You don&apos;t need to do anything; this is still the same run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA is still busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA asked the app to slow down and did not start the run. Nothing was charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a minute, then press Run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some inputs need a fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA did not accept some of the inputs. The problems are shown next to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the marked inputs, then press Run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA could not read the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app sent something FLORA could not understand. Nothing was charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, restart the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{input}” holds {count} values, and FLORA starts one run for each. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several values make several runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run them as a batch to see what they cost and follow each one, or keep one value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA sent an answer the app could not read. The run may have started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look it up in the run history before pressing Run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add credits to this workspace in FLORA, then press Run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA refused the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA answered with an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, check FLORA&apos;s status page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app could not finish talking to FLORA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>FLORA Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputCard</name>
    <message>
        <source>Output {number}: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this output to a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open with the system&apos;s app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} It is shown as text only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link is not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play it in the system&apos;s player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kilobytes:,.0f} KB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outputs</name>
    <message>
        <source>Nothing was saved. {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is empty or too long to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link contains spaces or hidden characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is not a valid web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only web links (http or https) are opened; this is a {scheme} link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link has no server name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link carries a user name or password, so it is not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name would land outside the chosen folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many files with this name in the folder already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link is not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link redirected to an address that is not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} answered with status {status}; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download from {host} stopped early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not download from {host}; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than the {megabytes:.0f} MB limit; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too large for a preview (over {megabytes:.0f} MB). Open or save it to see it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputsView</name>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs appear here when the run has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save outputs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save all…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save all outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every output into one folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the saved file in its folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run gave no outputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — {output}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link is not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving stopped; nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: {saved} of {total} saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved {saved} of %n outputs to {folder}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not saved: their link is not a web link.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be saved; see the note on each.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No preview for this document.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>Give the preset a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset names can be at most {limit} characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset names cannot contain line breaks or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the inputs must be a JSON object of input names and values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: every input needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not valid JSON ({name} is not allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number {number} is too large to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{where}” cannot be used: it holds {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is too large to be a presets file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a presets file (it is not text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not valid JSON: {problem} (line {line}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is nested too deeply to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a FLORA Desktop presets file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This presets file has no version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This presets file comes from a newer FLORA Desktop. Update the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This presets file does not say which technique it is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This presets file has no list of presets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is not a preset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a JSON object of inputs, like {&quot;prompt&quot;: &quot;a red fox&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard is empty. {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard does not hold valid JSON. {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard does not hold an inputs map. {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds an empty inputs map. {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your saved presets for this technique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This technique has no presets to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The presets could not be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This presets file holds no presets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These inputs contain your API key. Presets never hold a key: remove it from the inputs first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This presets file is for another technique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The presets could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresetsButton</name>
    <message>
        <source>Save preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete preset?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the preset “{name}”? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save these inputs under a name, apply a saved preset, export or import presets, or paste inputs from the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved inputs for this technique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the marked inputs first, then save the preset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset could not be saved ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced the preset “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the preset “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the run has started, then apply the preset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply preset {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied the preset “{name}”. Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset could not be deleted ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the preset “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The presets could not be exported ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n presets to {file}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n presets</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n inputs.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The presets could not be imported ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presets (*.florapreset *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {what} for another technique ({technique}). Choose that technique to use them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the run has started, then paste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not inputs of this technique, added as custom inputs: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the marked inputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save inputs as preset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export presets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import presets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the inputs from a JSON map on the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileMenu</name>
    <message>
        <source>&amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>That looks like an API key; the key goes in the key field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile name has at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must start with https://, such as https://app.flora.ai/api/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a complete web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default profile cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run you started may have started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA Desktop closed before FLORA confirmed the last run you started. Checking with FLORA whether it started…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run is available again once this is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your last run did start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA Desktop closed before FLORA confirmed it, but FLORA has it. It is shown below and in the Runs tab, and nothing was started twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Run only if you want another run: it would be billed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your last run did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA Desktop closed before FLORA confirmed it, and FLORA has no such run, so nothing was billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Run to start it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA Desktop closed before FLORA confirmed the last run you started, and FLORA could not be asked about it just now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look it up before pressing Run again, so you don&apos;t pay twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA Desktop closed before FLORA confirmed the last run you started. FLORA has a run from that moment, but another run of the same technique was sent then too (a batch, or another window), so it can&apos;t be told which is yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look in History for a run from that moment before pressing Run again, so you don&apos;t pay twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA Desktop could not write the run to its history on this computer before sending it. Without that note a crash could bill you twice, so nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some disk space or check the FLORA Desktop data folder, then press Run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rerun</name>
    <message>
        <source>This run was started outside this app, so FLORA did not give back its inputs. Open the technique and fill them in yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run again with these inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} — new run, billed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} — new run, costs {cost}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts a new run with the same technique and inputs. It is a separate run and is billed again; the earlier run is kept as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts a new run with the same technique and inputs. It is a separate run and costs {cost}; the earlier run is kept as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>Technique run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy run id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show run details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide run details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look it up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA accepted the run and is working on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cost} so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest run of this technique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA had already received this request, so no second run was started. Here it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the newest run of this technique in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} ({percent}%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run may still have started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You stopped waiting, but FLORA may already have received the request. Look it up before pressing Run again, so you don&apos;t pay twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status address: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run id {run_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your outputs are below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here is why, and what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA is working on it; outputs appear here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowMedia</name>
    <message>
        <source>{count} pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {number}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview: the file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview: the picture is too large to fetch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview: this does not look like a picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>length unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No first frame: the start of this video could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cropped copy could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowUploads</name>
    <message>
        <source>Choose a file for {input}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the run has started, then choose the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a workspace first: files are uploaded to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This input takes one file: drop one at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload of “{name}” cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload {name} to {input}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This technique takes no files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the inputs takes “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunActions</name>
    <message>
        <source>Open in editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this run&apos;s technique and inputs into the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running it again unchanged would most likely fail the same way.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunBar</name>
    <message>
        <source>Choose a technique to see what a run costs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a run (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice credits used today {today} · this month {month} in {workspace}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent today {today} · this month {month} in {workspace}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs cost {cost} each</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunProgress</name>
    <message>
        <source>Run progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} at %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} · %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} — {progress}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunsModel</name>
    <message>
        <source>Waiting to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped checking this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>took {duration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{elapsed} so far, about {remaining} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{elapsed} so far, longer than the usual {estimate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{elapsed} so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run {run_id}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunsPanel</name>
    <message>
        <source>No runs yet. Runs you start appear here and keep going while you launch more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} in {workspace} — {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to resize the list and the detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run id {run_id}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The practice sandbox could not start on this computer (it needs to open a local network port on 127.0.0.1). Try again, or sign in with your API key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Paste the API key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key must be one line. Paste only the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An API key has no spaces in it. Paste only the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key has a character no API key has (perhaps a look-alike letter from another alphabet). Copy the key again from FLORA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each profile is a FLORA account: a name, a server and its own key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the key saved in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the saved key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;ver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where finished outputs are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a running run every (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notif&amp;y me when a run finishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview cache size (megabytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previews and opened outputs are kept on this computer up to this size; the least recently used go first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check runs every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previe&amp;w cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected now: the practice sandbox on this computer. Nothing is charged; the profiles below are used when you sign in with a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected now: the key from the FLORA_API_KEY environment variable, to {host}. The profiles below are used when the app starts without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected now: profile “{name}”, to {host}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default profile stays; you can rename it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA Desktop is connected with this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile is chosen, but not in use now (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Use this profile, then OK, to connect with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for outputs, such as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <source>or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in FLORA Desktop works from the keyboard. Tab moves between controls; menus open with Alt and the underlined letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column headers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <source>Sign in to FLORA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA Desktop starts your techniques with a FLORA API key. In FLORA, open Settings → API keys and create a key; paste it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA did not accept this key. Check that you copied all of it, or create a new key in FLORA under Settings → API keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your API key was not accepted by FLORA any more (it may have been revoked). Paste a new key and press Test and save; what you typed in the launcher is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no system keyring where FLORA Desktop could keep your key safely, so it cannot remember it. You can still use the key until you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste your API key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That looks like more than one line. Paste only the key, on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An API key has no spaces in it. Paste only the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key has a character no API key has (perhaps a look-alike letter from another alphabet). Copy the key again from FLORA, in Settings → API keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA Desktop cannot use this key or server address as written; nothing was sent. Check both and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA accepted the key but does not let it list workspaces. Try another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach FLORA at {host}. Check your internet connection (and the server address under Advanced), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA is not answering properly right now (error {status}). Try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA refused the check (error {status}). Try again, or try another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA at {host} gave an answer FLORA Desktop does not understand. Check the server address under Advanced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sk_live_…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a practice FLORA on this computer: nothing is charged and no key is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your key with FLORA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must be a web address starting with https://, such as https://app.flora.ai/api/v1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The unsent inputs you left in a technique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your latest changes could not be saved as a draft; they stay here while the app is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your run history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run history could not be updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your run history cannot be saved right now. {why} Runs you start are shown as usual but forgotten when you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app&apos;s log cannot be written. {why} FLORA Desktop works as usual without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} belongs to another user account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file could not be read, so it is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{why} Your settings work as usual but are kept only until you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This name has a broken character, so it cannot be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Free some space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding {folder} is read-only. Choose another place or make it writable, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA Desktop is not allowed to write in {folder}. Check who owns the folder and its permissions, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk refused the file ({reason}). Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number too large to store (or not a number at all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text with a broken character (half of an emoji)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name with a broken character (half of an emoji)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value cannot be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{where}” cannot be stored: it holds {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} could not be read (the file is damaged or from another version). It was kept as “{file}” in {folder}; FLORA Desktop goes on without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} could not be read, and the file “{file}” could not be moved aside. It is left as it is and will not be written over; changes last until you quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreNoticeView</name>
    <message>
        <source>Some of your files could not be used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TechniquePicker</name>
    <message>
        <source>&amp;Technique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search techniques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Techniques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TechniquesModel</name>
    <message>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cost} per run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}. {description} {cost}. Takes {inputs}; makes {outputs}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextOutput</name>
    <message>
        <source>Text output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextValueEditor</name>
    <message>
        <source>JSON, e.g. &quot;text&quot;, 42, [&quot;a&quot;, &quot;b&quot;] or {&quot;key&quot;: &quot;value&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Thumbnail</name>
    <message>
        <source>Open the image full size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open full size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Uploads</name>
    <message>
        <source>an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG, PNG, WebP, GIF, AVIF or HEIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MP4, WebM or MOV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sound file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MP3, WAV or Ogg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” changed while uploading; try again when it is finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a supported format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} ({formats})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This input takes text, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is a folder or not a file. Choose a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” could not be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is not a kind of file FLORA takes. This input needs {accepted}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is {kind}, but this input needs {accepted}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is {megapixels:,.0f} megapixels; FLORA takes images up to {limit} megapixels. Make it smaller and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UrlValueEditor</name>
    <message>
        <source>Paste a link (https://…), a FLORA element id, or choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a link (https://…) or choose a file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VideoPoster</name>
    <message>
        <source>No first frame: this computer can&apos;t show video inside the app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Watch</name>
    <message>
        <source>{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA says this run is “{status}”, which this app does not know, so it is no longer checked. Look for it in FLORA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA asked us to check less often.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA is taking too long to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t reach FLORA right now. Check your internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA refused the API key, so this run can&apos;t be checked. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This API key may not see this run any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA no longer knows this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLORA had a problem answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run can&apos;t be checked because of an unexpected answer from FLORA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} Checking again in {when}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspacePicker</name>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspacesModel</name>
    <message>
        <source>{name} (view only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role: {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role: {role}. You can look but not start runs here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_CellDelegate</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed — no output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} · +{count} more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_SheetModel</name>
    <message>
        <source>#{number} {source} — {status}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
