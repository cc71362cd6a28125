<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
  <context>
    <name>Batch</name>
    <message>
      <source>FLORA says the workspace is out of credits, so the batch stopped. Rows not started were not charged; add credits and start the batch again to finish them.</source>
      <translation>FLORA によるとワークスペースのクレジットが足りないため、バッチを停止しました。開始していない行は課金されていません。クレジットを追加してから、もう一度バッチを開始して残りを完了してください。</translation>
    </message>
    <message>
      <source>FLORA refused this workspace for your key, so the batch stopped: {reason}</source>
      <translation>FLORA がこのキーでのワークスペースの利用を拒否したため、バッチを停止しました: {reason}</translation>
    </message>
    <message>
      <source>FLORA could not find the technique or the workspace, so the batch stopped: {reason}</source>
      <translation>FLORA でテクニックまたはワークスペースが見つからなかったため、バッチを停止しました: {reason}</translation>
    </message>
    <message>
      <source>FLORA refused the API key, so the batch stopped. Sign in again, then resume it.</source>
      <translation>FLORA が API キーを拒否したため、バッチを停止しました。もう一度サインインしてから、再開してください。</translation>
    </message>
    <message>
      <source>FLORA could not be reached after several tries, so the batch stopped. Start it again to resume: no row will be started twice.</source>
      <translation>何度か試しても FLORA に接続できなかったため、バッチを停止しました。もう一度開始すると続きから再開します。同じ行が 2 回開始されることはありません。</translation>
    </message>
    <message>
      <source>The batch could not be written to disk, so nothing more was sent (a crash could otherwise bill twice). Free some space, then resume it.</source>
      <translation>バッチをディスクに書き込めなかったため、これ以上は送信していません(このまま続けると、クラッシュ時に二重に課金されるおそれがあります)。空き容量を増やしてから、再開してください。</translation>
    </message>
    <message>
      <source>The run history on this computer cannot be saved right now, so the batch was not started (after a crash its rows could be billed twice). Free some space, then start it again.</source>
      <translation>このコンピューターの実行履歴を今は保存できないため、バッチを開始しませんでした(クラッシュ後に行が二重に課金されるおそれがあります)。空き容量を確保してから、もう一度開始してください。</translation>
    </message>
    <message>
      <source>FLORA accepted some rows but their runs could not be found yet. Start the batch again in a minute to look again; they will not be started twice.</source>
      <translation>FLORA は一部の行を受け付けましたが、その実行がまだ見つかりません。1 分ほどしてからもう一度バッチを開始すると、改めて確認します。二重に開始されることはありません。</translation>
    </message>
    <message>
      <source>FLORA did not say how some rows are going. They were not started again (that could charge them twice). Press Resume later to check on them, or look for them in History.</source>
      <translation>FLORA から一部の行の状況が返ってきませんでした。二重に課金されるおそれがあるため、再実行はしていません。あとで「再開」を押して確認するか、履歴で探してください。</translation>
    </message>
    <message>
      <source>Cancelled. Rows not started were not charged; start the batch again to finish.</source>
      <translation>キャンセルしました。開始していない行は課金されていません。完了するには、もう一度バッチを開始してください。</translation>
    </message>
    <message>
      <source>This row names a file on this computer; use a link.</source>
      <translation>この行はこのコンピューター上のファイルを指しています。リンクを使ってください。</translation>
    </message>
    <message>
      <source>“{name}” could not be uploaded, so the row was not started (nothing charged). {why}</source>
      <translation>「{name}」をアップロードできなかったため、この行は開始していません(課金はされていません)。{why}</translation>
    </message>
    <message>
      <source>FLORA refused this row, nothing was charged: {reason}</source>
      <translation>FLORA がこの行を拒否しました。課金はされていません: {reason}</translation>
    </message>
    <message>
      <source>The run finished but its outputs were not saved: {why}</source>
      <translation>実行は完了しましたが、出力は保存されませんでした: {why}</translation>
    </message>
    <message>
      <source>FLORA did not say how this row is going. {reason} Its run may still be working, and may be charged, so it will not be started again. Press Resume later to check on it, or look for it in History.</source>
      <translation>FLORA からこの行の状況が返ってきませんでした。{reason} 実行はまだ続いていて課金される可能性があるため、再実行はしません。あとで「再開」を押して確認するか、履歴で探してください。</translation>
    </message>
    <message>
      <source>It says “{status}”, a word this app does not know.</source>
      <translation>「{status}」と返ってきましたが、このアプリが知らない言葉です。</translation>
    </message>
    <message>
      <source>It still said it was working after {minutes} minutes.</source>
      <translation>{minutes} 分たっても実行中のままでした。</translation>
    </message>
    <message>
      <source>This row was sent to FLORA at {time}, but the answer was lost and no run could be matched to it for sure. FLORA may have made it (and charged it), so it will not be started again on its own. Look in History for a run from about {time}; if there is none, nothing was charged and you can run the row again (Run again, in the batch window).</source>
      <translation>この行は {time} に FLORA に送信されましたが、応答が失われ、対応する実行を確実に特定できませんでした。FLORA が作成(および課金)した可能性があるため、自動では再実行しません。履歴で {time} ごろの実行を探してください。見つからなければ課金はされていないので、行を再実行できます(バッチウィンドウの「再実行」)。</translation>
    </message>
  </context>
  <context>
    <name>BatchChecks</name>
    <message>
      <source>This row could not be checked; use it anyway only if you are sure.</source>
      <translation>この行を確認できませんでした。確信がある場合だけ、そのまま使ってください。</translation>
    </message>
    <message>
      <source>{count} cropped copies could not be saved.</source>
      <translation>切り抜いたコピー {count} 件を保存できませんでした。</translation>
    </message>
    <message>
      <source>The cropped copy could not be saved.</source>
      <translation>切り抜いたコピーを保存できませんでした。</translation>
    </message>
  </context>
  <context>
    <name>BatchContactSheet</name>
    <message>
      <source>Contact sheet</source>
      <translation>コンタクトシート</translation>
    </message>
    <message>
      <source>Each row's output; press Enter on one to open its run</source>
      <translation>各行の出力。Enter キーでその実行を開きます</translation>
    </message>
    <message>
      <source>R&amp;ows</source>
      <translation>行(&amp;O)</translation>
    </message>
    <message>
      <source>Contact s&amp;heet</source>
      <translation>コンタクトシート(&amp;H)</translation>
    </message>
    <message>
      <source>Each row's output appears here once the batch starts</source>
      <translation>バッチが始まると、各行の出力がここに表示されます</translation>
    </message>
  </context>
  <context>
    <name>BatchDialog</name>
    <message>
      <source>Batch — {name}</source>
      <translation>バッチ — {name}</translation>
    </message>
    <message>
      <source>Add &amp;files or a folder…</source>
      <translation>ファイルまたはフォルダーを追加(&amp;F)…</translation>
    </message>
    <message>
      <source>Each file becomes one row (you can also drop them here)</source>
      <translation>1 つのファイルが 1 行になります(ここにドロップすることもできます)</translation>
    </message>
    <message>
      <source>&amp;Vary:</source>
      <translation>変化させる入力(&amp;V):</translation>
    </message>
    <message>
      <source>Input to vary</source>
      <translation>変化させる入力</translation>
    </message>
    <message>
      <source>Variations: one value per line</source>
      <translation>バリエーション: 1 行に 1 つの値</translation>
    </message>
    <message>
      <source>Variations, one per line</source>
      <translation>バリエーション(1 行に 1 つ)</translation>
    </message>
    <message>
      <source>&amp;Make rows from these lines</source>
      <translation>この一覧から行を作成(&amp;M)</translation>
    </message>
    <message>
      <source>Batch rows</source>
      <translation>バッチの行</translation>
    </message>
    <message>
      <source>Show rows</source>
      <translation>表示する行</translation>
    </message>
    <message>
      <source>All rows</source>
      <translation>すべての行</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>完了</translation>
    </message>
    <message>
      <source>Failed</source>
      <translation>失敗</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>進行中</translation>
    </message>
    <message>
      <source>Not started</source>
      <translation>未開始</translation>
    </message>
    <message>
      <source>Output &amp;folder…</source>
      <translation>出力フォルダー(&amp;O)…</translation>
    </message>
    <message>
      <source>&amp;Pause</source>
      <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
      <source>&amp;Cancel batch</source>
      <translation>バッチをキャンセル(&amp;C)</translation>
    </message>
    <message>
      <source>&amp;Retry failed rows</source>
      <translation>失敗した行を再試行(&amp;R)</translation>
    </message>
    <message>
      <source>Res&amp;ume batch</source>
      <translation>バッチを再開(&amp;U)</translation>
    </message>
    <message>
      <source>Import a spreadsheet</source>
      <translation>スプレッドシートを読み込む</translation>
    </message>
    <message>
      <source>The spreadsheet could not be read. {reason}</source>
      <translation>スプレッドシートを読み込めませんでした。{reason}</translation>
    </message>
    <message>
      <source>&amp;Import spreadsheet (CSV, Excel)…</source>
      <translation>スプレッドシート (CSV, Excel) を読み込む(&amp;I)…</translation>
    </message>
    <message>
      <source>Needs fixing</source>
      <translation>要修正</translation>
    </message>
    <message>
      <source>Look in History first: FLORA may already have made these rows</source>
      <translation>まず履歴を確認してください。FLORA がこれらの行をすでに作成している可能性があります</translation>
    </message>
    <message>
      <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
      <translation>スプレッドシート (*.csv *.xlsx);;すべてのファイル (*)</translation>
    </message>
    <message>
      <source>Reading {file}…</source>
      <translation>{file} を読み込み中…</translation>
    </message>
    <message>
      <source>Is it a CSV or Excel file?</source>
      <translation>CSV または Excel のファイルですか?</translation>
    </message>
    <message>
      <source>Choose files, one row each</source>
      <translation>ファイルを選択(1 ファイルにつき 1 行)</translation>
    </message>
    <message>
      <source>Looking at the files…</source>
      <translation>ファイルを確認中…</translation>
    </message>
    <message>
      <source>More than {limit} files; a batch takes at most {limit}. Choose a smaller folder.</source>
      <translation>ファイルが {limit} 個を超えています。1 つのバッチは最大 {limit} 個です。ファイルの少ないフォルダーを選んでください。</translation>
    </message>
    <message>
      <source>Row {row}: {text}</source>
      <translation>{row} 行目: {text}</translation>
    </message>
    <message>
      <source>… and {count} more, left out until fixed.</source>
      <translation>… ほか {count} 件は、修正するまで除外されます。</translation>
    </message>
    <message>
      <source>Save the batch's outputs in</source>
      <translation>バッチの出力の保存先</translation>
    </message>
    <message>
      <source>Checking 1 row…</source>
      <translation>1 行を確認中…</translation>
    </message>
    <message>
      <source>Checking {count} rows…</source>
      <translation>{count} 行を確認中…</translation>
    </message>
    <message>
      <source>Start 1 run — ${total}</source>
      <translation>1 件の実行を開始 — ${total}</translation>
    </message>
    <message>
      <source>Start {count} runs — ${total}</source>
      <translation>{count} 件の実行を開始 — ${total}</translation>
    </message>
    <message>
      <source>Start a large batch?</source>
      <translation>大きなバッチを開始しますか?</translation>
    </message>
    <message>
      <source>This starts {count} runs and may cost up to ${total}. Start them?</source>
      <translation>{count} 件の実行を開始します。費用は最大 ${total} かかる可能性があります。開始しますか?</translation>
    </message>
    <message>
      <source>This batch's rows could not be read from the history file on this computer. Nothing was sent; close this window and try again.</source>
      <translation>このバッチの行をこのコンピューターの履歴から読み込めませんでした。何も送信されていません。このウィンドウを閉じて、もう一度お試しください。</translation>
    </message>
    <message>
      <source>The batch could not be recorded in the history file (is the disk full?). Nothing was started.</source>
      <translation>バッチを履歴ファイルに記録できませんでした（ディスクがいっぱいではありませんか？）。何も開始していません。</translation>
    </message>
    <message>
      <source>The folder {folder} could not be created ({why}). Nothing was started.</source>
      <translation>フォルダー {folder} を作成できませんでした（{why}）。何も開始していません。</translation>
    </message>
    <message>
      <source>{done} of {total} ended · {running} in progress · {failed} failed</source>
      <translation>{total} 件中 {done} 件終了 · {running} 件進行中 · {failed} 件失敗</translation>
    </message>
    <message>
      <source>{count} not known</source>
      <translation>{count} 件不明</translation>
    </message>
    <message>
      <source>paused</source>
      <translation>一時停止中</translation>
    </message>
    <message>
      <source>FLORA asked to wait {seconds:.0f} s</source>
      <translation>FLORA から {seconds:.0f} 秒待つよう求められています</translation>
    </message>
    <message>
      <source>Some outputs or manifest.csv could not be written in {folder}. Free some space (or fix the folder), then press Resume: no run starts again.</source>
      <translation>一部の出力または manifest.csv を {folder} に書き込めませんでした。空き容量を確保する(またはフォルダーを直す)と、「再開」を押してください。実行は二度と開始しません。</translation>
    </message>
    <message>
      <source>&amp;Resume</source>
      <translation>再開(&amp;R)</translation>
    </message>
    <message>
      <source>Retry failed rows?</source>
      <translation>失敗した行を再試行しますか?</translation>
    </message>
    <message numerus="yes">
      <source>This starts %n new runs for the failed rows, each billed: about ${total}.</source>
      <translation>
        <numerusform>失敗した行のために新しい実行を %n 件開始し、それぞれ課金されます: 約 ${total}。</numerusform>
      </translation>
    </message>
    <message>
      <source>Run rows not known again?</source>
      <translation>不明な行を再実行しますか?</translation>
    </message>
    <message>
      <source>These rows' answers were lost, so FLORA may already have made them. Look in History first. If FLORA still remembers a row, nothing new starts for it; otherwise it is a new run, billed. Rows: {count}, up to ${total}.</source>
      <translation>これらの行の応答が失われたため、FLORA がすでに作成している可能性があります。まず履歴を確認してください。FLORA が行を覚えていれば新しい実行は始まりません。覚えていなければ新しい実行となり、課金されます。行: {count} 件、最大 ${total}。</translation>
    </message>
    <message>
      <source>&amp;Close</source>
      <translation>閉じる(&amp;C)</translation>
    </message>
    <message numerus="yes">
      <source>&amp;Retry %n failed rows — ${total}</source>
      <translation>
        <numerusform>失敗した %n 行を再実行(&amp;R) — ${total}</numerusform>
      </translation>
    </message>
    <message>
      <source>Run &amp;again rows not known: {count} — up to ${total}</source>
      <translation>不明な行を再実行(&amp;A): {count} 件 — 最大 ${total}</translation>
    </message>
    <message>
      <source>Open &amp;folder</source>
      <translation>フォルダーを開く(&amp;F)</translation>
    </message>
    <message>
      <source>Show the outputs and manifest.csv in the file manager</source>
      <translation>出力と manifest.csv をファイルマネージャーで表示します</translation>
    </message>
    <message>
      <source>Outputs and manifest.csv go to {folder}</source>
      <translation>出力と manifest.csv は {folder} に保存されます</translation>
    </message>
    <message>
      <source>Rows: {count} · total ${total}</source>
      <translation>行数: {count} · 合計 ${total}</translation>
    </message>
    <message>
      <source>checking {count}…</source>
      <translation>{count} 件を確認中…</translation>
    </message>
    <message>
      <source>{count} left out until fixed</source>
      <translation>修正するまで {count} 件を除外</translation>
    </message>
  </context>
  <context>
    <name>BatchEntry</name>
    <message>
      <source>Run as a &amp;batch…</source>
      <translation>バッチで実行(&amp;B)…</translation>
    </message>
    <message>
      <source>Run this technique once per row of a spreadsheet or a list of variations</source>
      <translation>スプレッドシートの行ごと、またはバリエーション一覧の値ごとに、このテクニックを 1 回ずつ実行します</translation>
    </message>
    <message>
      <source>Batc&amp;hes</source>
      <translation>バッチ(&amp;H)</translation>
    </message>
    <message>
      <source>Open a recent batch: its rows, outputs and manifest</source>
      <translation>最近のバッチを開きます(行、出力、マニフェスト)</translation>
    </message>
    <message>
      <source>{technique} — {when}</source>
      <translation>{technique} — {when}</translation>
    </message>
    <message>
      <source>Batch</source>
      <translation>バッチ</translation>
    </message>
    <message>
      <source>FLORA could not be reached to open this batch; try again shortly.</source>
      <translation>FLORA に接続できず、このバッチを開けませんでした。しばらくしてからもう一度試してください。</translation>
    </message>
    <message>
      <source>Choose a workspace and a technique first.</source>
      <translation>先にワークスペースとテクニックを選んでください。</translation>
    </message>
  </context>
  <context>
    <name>BatchHistoryList</name>
    <message>
      <source>&amp;Batches</source>
      <translation>バッチ(&amp;B)</translation>
    </message>
    <message>
      <source>Batch</source>
      <translation>バッチ</translation>
    </message>
    <message>
      <source>Started</source>
      <translation>開始日時</translation>
    </message>
    <message>
      <source>Batches</source>
      <translation>バッチ</translation>
    </message>
    <message>
      <source>&amp;Open batch</source>
      <translation>バッチを開く(&amp;O)</translation>
    </message>
    <message>
      <source>Show the batch's rows, outputs and manifest</source>
      <translation>バッチの行、出力、一覧を表示します</translation>
    </message>
    <message>
      <source>Res&amp;ume batch</source>
      <translation>バッチを再開(&amp;U)</translation>
    </message>
    <message>
      <source>Start the rows it left; none is started twice, rows already done stay</source>
      <translation>残りの行を開始します。二度開始される行はなく、完了した行はそのままです</translation>
    </message>
    <message>
      <source>Batch: {name}</source>
      <translation>バッチ: {name}</translation>
    </message>
    <message numerus="yes">
      <source>%n runs</source>
      <translation>
        <numerusform>%n 件の実行</numerusform>
      </translation>
    </message>
    <message>
      <source>{count} done</source>
      <translation>完了 {count}</translation>
    </message>
    <message>
      <source>{count} failed</source>
      <translation>失敗 {count}</translation>
    </message>
    <message>
      <source>{count} in progress</source>
      <translation>進行中 {count}</translation>
    </message>
    <message>
      <source>{count} not started</source>
      <translation>未開始 {count}</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation>読み込み中…</translation>
    </message>
    <message>
      <source>The rows could not be read.</source>
      <translation>行を読み取れませんでした。</translation>
    </message>
    <message>
      <source>not started</source>
      <translation>未開始</translation>
    </message>
    <message>
      <source>starting</source>
      <translation>開始中</translation>
    </message>
    <message>
      <source>running</source>
      <translation>実行中</translation>
    </message>
    <message>
      <source>done</source>
      <translation>完了</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>失敗</translation>
    </message>
    <message>
      <source>row {number}</source>
      <translation>{number} 行目</translation>
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
      <translation>列の対応付け — {file}</translation>
    </message>
    <message>
      <source>{rows} rows in “{file}”. Choose the column each input takes its values from; inputs without a column take the form's value.</source>
      <translation>「{file}」には {rows} 行あります。各入力が値を取る列を選んでください。列のない入力にはフォームの値が使われます。</translation>
    </message>
    <message>
      <source>Column for {input}</source>
      <translation>{input} の列</translation>
    </message>
    <message>
      <source>Use the form's value</source>
      <translation>フォームの値を使う</translation>
    </message>
    <message>
      <source>Leave empty</source>
      <translation>空欄のまま</translation>
    </message>
    <message>
      <source>Choose a column</source>
      <translation>列を選択</translation>
    </message>
    <message>
      <source>Column naming the outputs</source>
      <translation>出力名の列</translation>
    </message>
    <message>
      <source>From each row's file name</source>
      <translation>各行のファイル名から</translation>
    </message>
    <message>
      <source>Outputs &amp;named by</source>
      <translation>出力名の付け方(&amp;N)</translation>
    </message>
    <message>
      <source>&amp;Preview of the first rows, as each input gets them</source>
      <translation>最初の数行のプレビュー(各入力が受け取る値)(&amp;P)</translation>
    </message>
    <message>
      <source>Preview of the first rows</source>
      <translation>最初の数行のプレビュー</translation>
    </message>
    <message>
      <source>&amp;Use these columns</source>
      <translation>これらの列を使う(&amp;U)</translation>
    </message>
    <message>
      <source>Column {letter}: {title}</source>
      <translation>{letter} 列: {title}</translation>
    </message>
    <message>
      <source>(no title)</source>
      <translation>(見出しなし)</translation>
    </message>
    <message>
      <source>(form) {value}</source>
      <translation>(フォーム) {value}</translation>
    </message>
    <message>
      <source>The form's value, the same on every row</source>
      <translation>フォームの値(すべての行で同じ)</translation>
    </message>
    <message>
      <source>Output name</source>
      <translation>出力名</translation>
    </message>
    <message>
      <source>Choose a column for: {inputs}.</source>
      <translation>次の入力の列を選んでください: {inputs}。</translation>
    </message>
    <message>
      <source>Columns not used: {columns}.</source>
      <translation>使われていない列: {columns}。</translation>
    </message>
  </context>
  <context>
    <name>BatchRowFixes</name>
    <message>
      <source>&amp;Use anyway</source>
      <translation>それでも使う(&amp;U)</translation>
    </message>
    <message>
      <source>&amp;Next problem</source>
      <translation>次の問題(&amp;N)</translation>
    </message>
    <message>
      <source>Select the next row that needs fixing</source>
      <translation>修正が必要な次の行を選択します</translation>
    </message>
    <message>
      <source>Row {number} needs fixing: {problem}</source>
      <translation>{number} 行目は修正が必要です: {problem}</translation>
    </message>
    <message>
      <source>Cro&amp;p to {ratio}</source>
      <translation>{ratio} に切り抜く(&amp;P)</translation>
    </message>
    <message>
      <source>{count} rows need fixing and are left out until then.</source>
      <translation>{count} 行は修正が必要なため、修正するまで除外されます。</translation>
    </message>
    <message>
      <source>1 row needs fixing and is left out until then.</source>
      <translation>1 行は修正が必要なため、修正するまで除外されます。</translation>
    </message>
    <message>
      <source>Crop &amp;all {count} to {ratio}</source>
      <translation>{count} 件すべてを {ratio} に切り抜く(&amp;A)</translation>
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
      <translation>ソース</translation>
    </message>
    <message>
      <source>Inputs</source>
      <translation>入力</translation>
    </message>
    <message>
      <source>Cost</source>
      <translation>コスト</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状態</translation>
    </message>
    <message>
      <source>Not known yet — FLORA did not say</source>
      <translation>まだ不明 — FLORA から返答がありません</translation>
    </message>
    <message>
      <source>Not known — look in History</source>
      <translation>不明 — 履歴を確認してください</translation>
    </message>
    <message>
      <source>⚠ Needs fixing</source>
      <translation>⚠ 要修正</translation>
    </message>
    <message>
      <source>Needs fixing: {problem}</source>
      <translation>要修正: {problem}</translation>
    </message>
    <message>
      <source>Ready</source>
      <translation>準備完了</translation>
    </message>
    <message>
      <source>Checking…</source>
      <translation>確認中…</translation>
    </message>
    <message>
      <source>Not started — nothing charged</source>
      <translation>未開始 — 課金されていません</translation>
    </message>
    <message>
      <source>Starting…</source>
      <translation>開始中…</translation>
    </message>
    <message>
      <source>Running</source>
      <translation>実行中</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>完了</translation>
    </message>
    <message>
      <source>Failed</source>
      <translation>失敗</translation>
    </message>
  </context>
  <context>
    <name>BatchSources</name>
    <message>
      <source>The spreadsheet is larger than 20 MB.</source>
      <translation>スプレッドシートが 20 MB を超えています。</translation>
    </message>
    <message>
      <source>This file is not a spreadsheet saved as CSV text (File → Save As → CSV).</source>
      <translation>このファイルは CSV テキストとして保存された表ではありません（ファイル → 名前を付けて保存 → CSV）。</translation>
    </message>
    <message>
      <source>A cell of the spreadsheet is longer than 128 KB; is a quote mark left open?</source>
      <translation>表のセルが 128 KB を超えています。引用符が閉じられていないのではありませんか？</translation>
    </message>
    <message>
      <source>The spreadsheet is empty.</source>
      <translation>スプレッドシートが空です。</translation>
    </message>
    <message>
      <source>That makes {count} rows; a batch takes at most {limit}. Split it into smaller batches.</source>
      <translation>合計 {count} 行になります。1 つのバッチは最大 {limit} 行です。小さなバッチに分けてください。</translation>
    </message>
    <message>
      <source>“{name}” needs a web link (https://…) or a file that exists, not “{value}”.</source>
      <translation>「{name}」には Web リンク(https://…)か実在するファイルが必要です。「{value}」は使えません。</translation>
    </message>
    <message>
      <source>No column for “{name}” (name a column “{id}” or “{name}”).</source>
      <translation>「{name}」の列がありません(列名を「{id}」か「{name}」にしてください)。</translation>
    </message>
    <message>
      <source>More than {limit} rows; split the spreadsheet.</source>
      <translation>行が {limit} 行を超えています。スプレッドシートを分割してください。</translation>
    </message>
    <message>
      <source>“{name}” is empty.</source>
      <translation>「{name}」は空です。</translation>
    </message>
    <message>
      <source>Row by row needs lists of the same length ({counts}). Choose every combination, or change a list.</source>
      <translation>行ごとに実行するには、リストの長さをそろえる必要があります({counts})。すべての組み合わせを選ぶか、リストを変更してください。</translation>
    </message>
    <message>
      <source>This file could not be read as an Excel workbook (.xlsx); it may be damaged. Open it in Excel and save a copy.</source>
      <translation>このファイルを Excel のブック (.xlsx) として読み込めませんでした。壊れている可能性があります。Excel で開いて、コピーを保存してください。</translation>
    </message>
    <message>
      <source>This workbook is protected by a password (or is an old .xls file). Open it in Excel and save a copy as .xlsx without a password.</source>
      <translation>このブックはパスワードで保護されています(または古い .xls ファイルです)。Excel で開き、パスワードなしの .xlsx としてコピーを保存してください。</translation>
    </message>
    <message>
      <source>The workbook is larger than {size} MB.</source>
      <translation>ブックが {size} MB を超えています。</translation>
    </message>
    <message>
      <source>This workbook unpacks to more than {size} MB; keep only the sheet of rows and save it again.</source>
      <translation>このブックは展開すると {size} MB を超えます。行のあるシートだけを残して、保存し直してください。</translation>
    </message>
  </context>
  <context>
    <name>CatalogueBrowser</name>
    <message>
      <source>Loading techniques…</source>
      <translation>テクニックを読み込み中…</translation>
    </message>
    <message>
      <source>The techniques could not be loaded.</source>
      <translation>テクニックを読み込めませんでした。</translation>
    </message>
    <message>
      <source>No technique matches this search.</source>
      <translation>この検索に一致するテクニックはありません。</translation>
    </message>
    <message>
      <source>No techniques.</source>
      <translation>テクニックがありません。</translation>
    </message>
  </context>
  <context>
    <name>CloseWhileStarting</name>
    <message>
      <source>A run is starting</source>
      <translation>実行を開始しています</translation>
    </message>
    <message>
      <source>A run is starting…</source>
      <translation>実行を開始しています…</translation>
    </message>
    <message>
      <source>FLORA has not confirmed the run you just started yet. Wait, and FLORA Desktop closes as soon as it does. If you close anyway, the run may still start; FLORA Desktop will check next time it opens, and never starts it twice.</source>
      <translation>開始したばかりの実行を FLORA がまだ確認していません。待っていれば、確認され次第 FLORA Desktop は閉じます。このまま閉じても実行が開始される場合がありますが、FLORA Desktop は次回起動時に確認し、二重に開始することはありません。</translation>
    </message>
    <message>
      <source>&amp;Wait</source>
      <translation>待つ(&amp;W)</translation>
    </message>
    <message>
      <source>&amp;Close anyway</source>
      <translation>このまま閉じる(&amp;C)</translation>
    </message>
  </context>
  <context>
    <name>CombineChoice</name>
    <message>
      <source>C&amp;lear lists</source>
      <translation>リストをクリア(&amp;L)</translation>
    </message>
    <message>
      <source>Forget the files and variations added so far</source>
      <translation>これまでに追加したファイルとバリエーションをクリアします</translation>
    </message>
    <message>
      <source>Batched: {lists}</source>
      <translation>バッチ対象: {lists}</translation>
    </message>
    <message>
      <source>{input} ({count})</source>
      <translation>{input} ({count})</translation>
    </message>
    <message>
      <source>&amp;Row by row ({count} runs)</source>
      <translation>行ごと(&amp;R)(実行 {count} 件)</translation>
    </message>
    <message>
      <source>&amp;Row by row (needs lists of one length)</source>
      <translation>行ごと(&amp;R)(同じ長さのリストが必要)</translation>
    </message>
    <message>
      <source>&amp;Every combination: {product} = {count} runs, more than {limit}</source>
      <translation>すべての組み合わせ(&amp;E): {product} = 実行 {count} 件({limit} 件を超えています)</translation>
    </message>
    <message>
      <source>&amp;Every combination: {product} = {count} runs</source>
      <translation>すべての組み合わせ(&amp;E): {product} = 実行 {count} 件</translation>
    </message>
  </context>
  <context>
    <name>CommandLine</name>
    <message>
      <source>Start FLORA technique runs from your desktop.</source>
      <translation>デスクトップから FLORA のテクニックを実行します。</translation>
    </message>
    <message>
      <source>show this help and quit</source>
      <translation>このヘルプを表示して終了</translation>
    </message>
    <message>
      <source>show the version and quit</source>
      <translation>バージョンを表示して終了</translation>
    </message>
    <message>
      <source>start a practice FLORA on 127.0.0.1 and connect to it with its demo key (no keyring entry is read or written)</source>
      <translation>127.0.0.1 で練習用の FLORA を起動し、デモキーで接続します(キーリングの読み書きはしません)</translation>
    </message>
    <message>
      <source>FLORA API base URL (default: $FLORA_BASE_URL, else {default})</source>
      <translation>FLORA API のベース URL(既定値: $FLORA_BASE_URL、未設定なら {default})</translation>
    </message>
    <message>
      <source>log at debug level</source>
      <translation>デバッグレベルでログを記録</translation>
    </message>
    <message>
      <source>add FLORA Desktop to your applications menu (with its icon and the .florapreset file type) for your user, then quit</source>
      <translation>FLORA Desktop をアイコンと .florapreset ファイル形式ごとアプリケーションメニューに追加して（このユーザーのみ）終了する</translation>
    </message>
    <message>
      <source>remove what --install-desktop-entry added, then quit</source>
      <translation>--install-desktop-entry で追加したものを削除して終了する</translation>
    </message>
    <message>
      <source>presets files (.florapreset) to import; a running FLORA Desktop takes them</source>
      <translation>読み込むプリセットファイル（.florapreset）。起動中の FLORA Desktop があればそちらが受け取ります</translation>
    </message>
    <message>
      <source>usage: </source>
      <translation>使い方: </translation>
    </message>
    <message>
      <source>options</source>
      <translation>オプション</translation>
    </message>
    <message>
      <source>positional arguments</source>
      <translation>位置引数</translation>
    </message>
    <message>
      <source>y,yes</source>
      <translation>y,yes,はい</translation>
    </message>
    <message>
      <source>{prog}: error: {message}</source>
      <translation>{prog}: エラー: {message}</translation>
    </message>
    <message>
      <source>these options are missing: {names}</source>
      <translation>次のオプションが必要です: {names}</translation>
    </message>
    <message>
      <source>unknown options: {names}</source>
      <translation>不明なオプション: {names}</translation>
    </message>
    <message>
      <source>{name} needs a value</source>
      <translation>{name} には値が必要です</translation>
    </message>
    <message>
      <source>{name} needs a number, not {value}</source>
      <translation>{name} には数値を指定してください（{value} は使えません）</translation>
    </message>
    <message>
      <source>{name} takes no value (not {value})</source>
      <translation>{name} に値は指定できません（{value}）</translation>
    </message>
    <message>
      <source>{option} could mean {matches}; write it out</source>
      <translation>{option} は {matches} のどれとも取れます。省略せずに入力してください</translation>
    </message>
    <message>
      <source>Run one FLORA technique once per row of a CSV file.</source>
      <translation>CSV ファイルの 1 行ごとに FLORA のテクニックを 1 回実行します。</translation>
    </message>
    <message>
      <source>technique slug or tech_ id</source>
      <translation>テクニックのスラッグまたは tech_ ID</translation>
    </message>
    <message>
      <source>workspace ws_ id or name</source>
      <translation>ワークスペースの ws_ ID または名前</translation>
    </message>
    <message>
      <source>one row per run; columns named after the technique's inputs (id or label)</source>
      <translation>1 行につき 1 回実行。列名はテクニックの入力名（ID またはラベル）</translation>
    </message>
    <message>
      <source>folder for outputs and manifest.csv; the same folder again resumes the batch</source>
      <translation>結果と manifest.csv の保存先フォルダー。同じフォルダーを指定するとバッチを再開します</translation>
    </message>
    <message>
      <source>rows in progress at once, 1–{most} (default: the app's setting, else {default})</source>
      <translation>同時に処理する行数、1–{most}（既定値: アプリの設定、未設定なら {default}）</translation>
    </message>
    <message>
      <source>start without asking</source>
      <translation>確認せずに開始する</translation>
    </message>
    <message>
      <source>do not download outputs (manifest only)</source>
      <translation>結果をダウンロードしない（マニフェストのみ）</translation>
    </message>
    <message>
      <source>FLORA API base URL</source>
      <translation>FLORA API のベース URL</translation>
    </message>
    <message>
      <source>--concurrency must be 1–{most}</source>
      <translation>--concurrency は 1–{most} で指定してください</translation>
    </message>
    <message>
      <source>The keyring could not be read. Set FLORA_API_KEY, or unlock the keyring.</source>
      <translation>キーリングを読み取れませんでした。FLORA_API_KEY を設定するか、キーリングのロックを解除してください。</translation>
    </message>
    <message>
      <source>No FLORA API key: set FLORA_API_KEY, or sign in once in FLORA Desktop.</source>
      <translation>FLORA の API キーがありません。FLORA_API_KEY を設定するか、FLORA Desktop で一度サインインしてください。</translation>
    </message>
    <message>
      <source>Several workspaces are called “{name}”; use its ws_ id.</source>
      <translation>「{name}」という名前のワークスペースが複数あります。ws_ ID で指定してください。</translation>
    </message>
    <message>
      <source>No workspace “{name}” for this key. Workspaces: {names}.</source>
      <translation>このキーでは「{name}」というワークスペースが見つかりません。ワークスペース: {names}。</translation>
    </message>
    <message>
      <source>none</source>
      <translation>なし</translation>
    </message>
    <message>
      <source>No technique “{name}” (use its slug or tech_ id).</source>
      <translation>「{name}」というテクニックが見つかりません（スラッグか tech_ ID で指定してください）。</translation>
    </message>
    <message>
      <source>FLORA could not be asked: {reason}</source>
      <translation>FLORA に問い合わせできませんでした: {reason}</translation>
    </message>
    <message>
      <source>{folder} holds a batch of another technique or workspace; choose another --out folder.</source>
      <translation>{folder} には別のテクニックまたはワークスペースのバッチがあります。別の --out フォルダーを選んでください。</translation>
    </message>
    <message>
      <source>{file} could not be read: {reason}</source>
      <translation>{file} を読み取れませんでした: {reason}</translation>
    </message>
    <message>
      <source>The spreadsheet needs fixing first:</source>
      <translation>先にスプレッドシートを修正してください:</translation>
    </message>
    <message>
      <source>Row {row}: {problem}</source>
      <translation>{row} 行目: {problem}</translation>
    </message>
    <message>
      <source>… and {count} more</source>
      <translation>…ほか {count} 件</translation>
    </message>
    <message>
      <source>{file} has no rows.</source>
      <translation>{file} には行がありません。</translation>
    </message>
    <message>
      <source>{folder} could not be created: {reason}</source>
      <translation>{folder} を作成できませんでした: {reason}</translation>
    </message>
    <message>
      <source>Resuming the batch in {folder}.</source>
      <translation>{folder} のバッチを再開します。</translation>
    </message>
    <message>
      <source>Every row has ended; see {manifest}.</source>
      <translation>すべての行が終了しています。{manifest} をご覧ください。</translation>
    </message>
    <message>
      <source>“{technique}” in “{workspace}”: {count} row, {to_start} to start, about {cost} ({to_start} × {run_cost}).</source>
      <translation>ワークスペース「{workspace}」のテクニック「{technique}」: 全 {count} 行、開始するのは {to_start} 件、約 {cost}（{to_start} × {run_cost}）。</translation>
    </message>
    <message>
      <source>“{technique}” in “{workspace}”: {count} rows, {to_start} to start, about {cost} ({to_start} × {run_cost}).</source>
      <translation>ワークスペース「{workspace}」のテクニック「{technique}」: 全 {count} 行、開始するのは {to_start} 件、約 {cost}（{to_start} × {run_cost}）。</translation>
    </message>
    <message>
      <source>Start {count} run — {cost}? [y/N]</source>
      <translation>{count} 件の実行を開始しますか（{cost}）? [y/N]</translation>
    </message>
    <message>
      <source>Start {count} runs — {cost}? [y/N]</source>
      <translation>{count} 件の実行を開始しますか（{cost}）? [y/N]</translation>
    </message>
    <message>
      <source>Add --yes to start without asking.</source>
      <translation>確認せずに開始するには --yes を付けてください。</translation>
    </message>
    <message>
      <source>Nothing was started.</source>
      <translation>何も開始していません。</translation>
    </message>
    <message>
      <source>Done: {completed} completed, {failed} failed. See {manifest}.</source>
      <translation>完了: 成功 {completed} 件、失敗 {failed} 件。{manifest} をご覧ください。</translation>
    </message>
    <message>
      <source>{reason} See {manifest}.</source>
      <translation>{reason} {manifest} をご覧ください。</translation>
    </message>
    <message>
      <source>manifest.csv could not be written in {folder} ({why}).</source>
      <translation>manifest.csv を {folder} に書き込めませんでした({why})。</translation>
    </message>
    <message>
      <source>Rows whose outputs could not be saved in {folder}: {count}.</source>
      <translation>{folder} に出力を保存できなかった行: {count}。</translation>
    </message>
    <message>
      <source>Free some space (or fix the folder), then run the same command again: it writes them and starts no run again.</source>
      <translation>空き容量を確保する(またはフォルダーを直す)と、同じコマンドをもう一度実行してください。出力を書き込み、実行は二度と開始しません。</translation>
    </message>
    <message>
      <source>Stopped. Run the same command again to resume.</source>
      <translation>中断しました。同じコマンドをもう一度実行すると再開します。</translation>
    </message>
    <message>
      <source>{done}/{total} · {running} running · {failed} failed</source>
      <translation>{done}/{total} · 実行中 {running} 件 · 失敗 {failed} 件</translation>
    </message>
    <message>
      <source>waiting {seconds} s (FLORA asked)</source>
      <translation>{seconds} 秒待機中（FLORA の要請）</translation>
    </message>
    <message>
      <source>Row {index}/{total} completed</source>
      <translation>{index}/{total} 行目: 完了</translation>
    </message>
    <message>
      <source>Row {index}/{total} failed</source>
      <translation>{index}/{total} 行目: 失敗</translation>
    </message>
    <message>
      <source>Row {index}/{total} failed: {reason}</source>
      <translation>{index}/{total} 行目: 失敗 — {reason}</translation>
    </message>
    <message>
      <source>FLORA Desktop cannot open its window: your system lacks libraries it needs ({packages}). On Debian or Ubuntu, install them with:</source>
      <translation>FLORA Desktop のウィンドウを開けません。必要なライブラリ（{packages}）がシステムにありません。Debian または Ubuntu では次のコマンドでインストールできます:</translation>
    </message>
    <message>
      <source>then start FLORA Desktop again.</source>
      <translation>その後、FLORA Desktop をもう一度起動してください。</translation>
    </message>
    <message>
      <source>FLORA Desktop needs a desktop session to open its window, and none was found (no DISPLAY or WAYLAND_DISPLAY). Start it from your desktop, not over a plain SSH session.</source>
      <translation>FLORA Desktop のウィンドウを開くにはデスクトップセッションが必要ですが、見つかりませんでした（DISPLAY も WAYLAND_DISPLAY もありません）。SSH 接続だけの環境ではなく、デスクトップから起動してください。</translation>
    </message>
    <message>
      <source>FLORA Desktop is open on another computer ({host}) that shares this settings folder. Close it there, then start it here again. If it is not open there (that computer was renamed or switched off without closing it), delete {lock} and start FLORA Desktop again.</source>
      <translation>FLORA Desktop は、この設定フォルダーを共有する別のコンピューター（{host}）で開かれています。そちらで閉じてから、ここでもう一度起動してください。そちらで開いていない場合（そのコンピューターの名前が変わったか、閉じずに電源が切られた場合）は、{lock} を削除してから FLORA Desktop を起動してください。</translation>
    </message>
    <message>
      <source>FLORA Desktop is already running but does not answer. Close it (or end it in your system monitor), then start it again.</source>
      <translation>FLORA Desktop はすでに起動していますが、応答がありません。閉じる（またはシステムモニターで終了する）と、もう一度起動できます。</translation>
    </message>
    <message>
      <source>FLORA Desktop is in your applications menu ({entry}, {files} files).</source>
      <translation>FLORA Desktop をアプリケーションメニューに追加しました（{entry}、{files} 個のファイル）。</translation>
    </message>
    <message>
      <source>Could not add FLORA Desktop to the applications menu: {reason}.</source>
      <translation>FLORA Desktop をアプリケーションメニューに追加できませんでした: {reason}。</translation>
    </message>
    <message>
      <source>Removed FLORA Desktop from your applications menu ({files} files).</source>
      <translation>FLORA Desktop をアプリケーションメニューから削除しました（{files} 個のファイル）。</translation>
    </message>
    <message>
      <source>Could not remove FLORA Desktop from the applications menu: {reason}.</source>
      <translation>FLORA Desktop をアプリケーションメニューから削除できませんでした: {reason}。</translation>
    </message>
  </context>
  <context>
    <name>ConnectedTabs</name>
    <message>
      <source>Launch, Runs and History</source>
      <translation>ランチャー、実行一覧、履歴</translation>
    </message>
    <message>
      <source>&amp;Launch</source>
      <translation>ランチャー(&amp;L)</translation>
    </message>
    <message>
      <source>&amp;Runs</source>
      <translation>実行一覧(&amp;R)</translation>
    </message>
    <message>
      <source>Hi&amp;story</source>
      <translation>履歴(&amp;S)</translation>
    </message>
    <message>
      <source>Pick a technique, fill its inputs and start runs</source>
      <translation>テクニックを選び、入力を埋めて実行します</translation>
    </message>
    <message>
      <source>Runs of this session, live, with their outputs</source>
      <translation>このセッションの実行をライブで、出力と一緒に表示します</translation>
    </message>
    <message>
      <source>Every run, searchable; reopen one in the editor</source>
      <translation>すべての実行を検索でき、エディターで開き直せます</translation>
    </message>
    <message numerus="yes">
      <source>&amp;Runs (%n going)</source>
      <translation>
        <numerusform>実行一覧(&amp;R)(%n 件実行中)</numerusform>
      </translation>
    </message>
    <message>
      <source>A run</source>
      <translation>実行</translation>
    </message>
    <message>
      <source>{name}: {status}</source>
      <translation>{name}: {status}</translation>
    </message>
    <message>
      <source>Its outputs are ready in FLORA Desktop.</source>
      <translation>出力が FLORA Desktop に届いています。</translation>
    </message>
    <message>
      <source>It failed; FLORA Desktop says why and what to do.</source>
      <translation>失敗しました。理由と対処は FLORA Desktop で確認できます。</translation>
    </message>
  </context>
  <context>
    <name>ConnectionStatus</name>
    <message>
      <source>Connecting…</source>
      <translation>接続中…</translation>
    </message>
    <message>
      <source>Not signed in</source>
      <translation>サインインしていません</translation>
    </message>
    <message>
      <source>Connected to the sandbox ({host})</source>
      <translation>サンドボックスに接続中({host})</translation>
    </message>
    <message>
      <source>Connected to {host}</source>
      <translation>{host} に接続中</translation>
    </message>
    <message>
      <source>Key from FLORA_API_KEY (this session only)</source>
      <translation>FLORA_API_KEY のキー(このセッションのみ)</translation>
    </message>
    <message>
      <source>Key kept for this session only</source>
      <translation>このセッションのみ保持しているキー</translation>
    </message>
    <message>
      <source>Workspace: {name}</source>
      <translation>ワークスペース: {name}</translation>
    </message>
  </context>
  <context>
    <name>CopyAsButton</name>
    <message>
      <source>curl command</source>
      <translation>curl コマンド</translation>
    </message>
    <message>
      <source>flora CLI command</source>
      <translation>flora CLI コマンド</translation>
    </message>
    <message>
      <source>Python snippet</source>
      <translation>Python スニペット</translation>
    </message>
    <message>
      <source>Curl command</source>
      <translation>curl コマンド</translation>
    </message>
    <message>
      <source>Copy with your API key?</source>
      <translation>API キーを含めてコピーしますか?</translation>
    </message>
    <message>
      <source>The copied text will contain your API key ({masked_key}). Anyone who sees it can start runs and spend this workspace's credits. Paste it only somewhere private.</source>
      <translation>コピーしたテキストには API キー({masked_key})が含まれます。これを見た人は誰でも実行を開始でき、このワークスペースのクレジットを使えます。貼り付けるのは非公開の場所だけにしてください。</translation>
    </message>
    <message>
      <source>Copy with key</source>
      <translation>キーを含めてコピー</translation>
    </message>
    <message>
      <source>Copy as…</source>
      <translation>形式を選んでコピー…</translation>
    </message>
    <message>
      <source>Copy as</source>
      <translation>形式を選んでコピー</translation>
    </message>
    <message>
      <source>Copy this run as a curl command, a flora CLI command or a Python snippet</source>
      <translation>この実行を curl コマンド、flora CLI コマンド、または Python スニペットとしてコピーします</translation>
    </message>
    <message>
      <source>Copy this run as a command or code, to run it outside the app</source>
      <translation>この実行をコマンドやコードとしてコピーし、アプリの外で実行できるようにします</translation>
    </message>
    <message>
      <source>With your API key</source>
      <translation>API キーを含める</translation>
    </message>
    <message>
      <source>{format} with key…</source>
      <translation>{format}(キー付き)…</translation>
    </message>
    <message>
      <source>Includes your API key; asks first</source>
      <translation>API キーを含みます。コピー前に確認します</translation>
    </message>
    <message>
      <source>There is no API key to copy in this session.</source>
      <translation>このセッションにはコピーできる API キーがありません。</translation>
    </message>
    <message>
      <source>Nothing was copied.</source>
      <translation>何もコピーされませんでした。</translation>
    </message>
    <message>
      <source>Copied the {format} with your API key. Keep it private.</source>
      <translation>{format} を API キー付きでコピーしました。他の人に見せないでください。</translation>
    </message>
    <message>
      <source>Copied the {format} (key from $FLORA_API_KEY).</source>
      <translation>{format} をコピーしました($FLORA_API_KEY のキー)。</translation>
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
      <translation>FLORA Desktop で問題が発生しました。入力内容は保存されています。</translation>
    </message>
    <message>
      <source>You can keep working, or quit and start FLORA Desktop again. If it happens again, the details below help us find the cause; they contain no API key.</source>
      <translation>このまま作業を続けるか、FLORA Desktop を終了して起動し直してください。再び起きた場合は、下の詳細が原因の特定に役立ちます。API キーは含まれていません。</translation>
    </message>
  </context>
  <context>
    <name>Credentials</name>
    <message>
      <source>No system keyring is available on this computer (on Linux this needs a Secret Service such as GNOME Keyring or KWallet), so the API key cannot be saved. You can still use it for this session only.</source>
      <translation>このコンピューターにはシステムのキーリングがないため(Linux では GNOME Keyring や KWallet などの Secret Service が必要です)、API キーを保存できません。このセッションの間は引き続き使えます。</translation>
    </message>
    <message>
      <source>The system keyring is locked and was not unlocked, so the API key could not be read or saved. Unlock it and try again, or use the key for this session only.</source>
      <translation>システムのキーリングがロックされたままのため、API キーを読み込むことも保存することもできませんでした。ロックを解除してもう一度試すか、このセッションのみキーを使ってください。</translation>
    </message>
    <message>
      <source>An API key must be one line of text, without line breaks.</source>
      <translation>API キーは改行を含まない 1 行のテキストです。</translation>
    </message>
  </context>
  <context>
    <name>DesktopCitizen</name>
    <message>
      <source>{files} will be imported once you are signed in.</source>
      <translation>{files} はサインイン後に読み込まれます。</translation>
    </message>
  </context>
  <context>
    <name>DesktopEntryOffer</name>
    <message>
      <source>Add to your applications</source>
      <translation>アプリケーションに追加</translation>
    </message>
    <message>
      <source>Add FLORA Desktop to your applications menu?</source>
      <translation>FLORA Desktop をアプリケーションメニューに追加しますか?</translation>
    </message>
    <message>
      <source>You can then start it like any other app, and open presets files by double-clicking them. This is asked only once.</source>
      <translation>以後、ほかのアプリと同じように起動でき、プリセットファイルをダブルクリックで開けます。この確認は一度だけです。</translation>
    </message>
    <message>
      <source>Add to menu</source>
      <translation>メニューに追加</translation>
    </message>
    <message>
      <source>Not now</source>
      <translation>後で</translation>
    </message>
    <message>
      <source>FLORA Desktop could not be added to the menu ({reason}).</source>
      <translation>FLORA Desktop をメニューに追加できませんでした({reason})。</translation>
    </message>
    <message>
      <source>no access</source>
      <translation>アクセス権なし</translation>
    </message>
  </context>
  <context>
    <name>DocumentPreview</name>
    <message>
      <source>Loading preview…</source>
      <translation>プレビューを読み込み中…</translation>
    </message>
    <message>
      <source>First page of the document</source>
      <translation>ドキュメントの最初のページ</translation>
    </message>
  </context>
  <context>
    <name>ErrorBanner</name>
    <message>
      <source>Message</source>
      <translation>メッセージ</translation>
    </message>
    <message>
      <source>Dismiss</source>
      <translation>閉じる</translation>
    </message>
    <message numerus="yes">
      <source>…and %n more.</source>
      <translation>
        <numerusform>…ほか %n 件。</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>FailureBox</name>
    <message>
      <source>Show what FLORA said</source>
      <translation>FLORA からのメッセージを表示</translation>
    </message>
    <message>
      <source>Hide what FLORA said</source>
      <translation>FLORA からのメッセージを隠す</translation>
    </message>
  </context>
  <context>
    <name>Failures</name>
    <message>
      <source>Run again with these inputs (new run, billed again)</source>
      <translation>この入力でもう一度実行(新しい実行として再度課金されます)</translation>
    </message>
    <message>
      <source>Running it again starts a new run, which is billed again.</source>
      <translation>もう一度実行すると新しい実行になり、再度課金されます。</translation>
    </message>
    <message>
      <source>The run hit a temporary problem</source>
      <translation>一時的な問題が発生しました</translation>
    </message>
    <message>
      <source>Something went wrong on FLORA's side while making this result. It usually works on a second try.</source>
      <translation>この結果を作成中に FLORA 側で問題が起きました。たいていはもう一度試すとうまくいきます。</translation>
    </message>
    <message>
      <source>You can run it again now with the same inputs.</source>
      <translation>同じ入力で今すぐもう一度実行できます。</translation>
    </message>
    <message>
      <source>FLORA is busy right now</source>
      <translation>FLORA は現在混み合っています</translation>
    </message>
    <message>
      <source>The service that makes this result is overloaded or did not answer in time.</source>
      <translation>この結果を作成するサービスが混雑しているか、時間内に応答しませんでした。</translation>
    </message>
    <message>
      <source>Wait a few minutes, then run it again with the same inputs.</source>
      <translation>数分待ってから、同じ入力でもう一度実行してください。</translation>
    </message>
    <message>
      <source>FLORA could not use these inputs</source>
      <translation>FLORA はこの入力を使えませんでした</translation>
    </message>
    <message>
      <source>The inputs were refused or could not be read, so running it again unchanged would fail the same way.</source>
      <translation>入力が拒否されたか読み取れなかったため、そのままもう一度実行しても同じように失敗します。</translation>
    </message>
    <message>
      <source>Change the inputs (the prompt, an image or a link), then run it again.</source>
      <translation>入力(プロンプト、画像、リンク)を変更してから、もう一度実行してください。</translation>
    </message>
    <message>
      <source>This run cannot be repeated as it is</source>
      <translation>この実行はこのままでは繰り返せません</translation>
    </message>
    <message>
      <source>The run stopped for a reason a retry cannot fix, such as credits, billing limits or access to this technique.</source>
      <translation>クレジット、請求の上限、このテクニックへのアクセス権など、再試行では解決しない理由で実行が止まりました。</translation>
    </message>
    <message>
      <source>Check your workspace's credits and access in FLORA before trying again.</source>
      <translation>もう一度試す前に、FLORA でワークスペースのクレジットとアクセス権を確認してください。</translation>
    </message>
    <message>
      <source>The inputs were refused by a safety filter</source>
      <translation>入力がセーフティフィルターで拒否されました</translation>
    </message>
    <message>
      <source>FLORA's safety check turned this request down, so running it again unchanged would fail the same way.</source>
      <translation>FLORA の安全チェックでこのリクエストが拒否されたため、そのままもう一度実行しても同じように失敗します。</translation>
    </message>
    <message>
      <source>Change the prompt or images so they stay within FLORA's content rules, then run it again.</source>
      <translation>プロンプトや画像を FLORA のコンテンツルールに沿うように変更してから、もう一度実行してください。</translation>
    </message>
    <message>
      <source>{message} (code {code})</source>
      <translation>{message}(コード {code})</translation>
    </message>
    <message>
      <source>(code {code})</source>
      <translation>(コード {code})</translation>
    </message>
    <message>
      <source>FLORA gave no reason.</source>
      <translation>FLORA は理由を示しませんでした。</translation>
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
      <translation>画像</translation>
    </message>
    <message>
      <source>Videos</source>
      <translation>動画</translation>
    </message>
    <message>
      <source>Sound files</source>
      <translation>音声ファイル</translation>
    </message>
    <message>
      <source>PDF documents</source>
      <translation>PDF ドキュメント</translation>
    </message>
    <message>
      <source>Files</source>
      <translation>ファイル</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>すべてのファイル (*)</translation>
    </message>
    <message>
      <source>“{name}” was not uploaded: the file storage refused it. Try again.</source>
      <translation>「{name}」はアップロードされませんでした: ファイルストレージに拒否されました。もう一度試してください。</translation>
    </message>
    <message>
      <source>FLORA could not process “{name}”. Try another file.</source>
      <translation>FLORA は「{name}」を処理できませんでした。別のファイルを試してください。</translation>
    </message>
    <message>
      <source>FLORA took too long to process “{name}”. Try again.</source>
      <translation>FLORA が「{name}」の処理に時間がかかりすぎました。もう一度試してください。</translation>
    </message>
    <message>
      <source>You can't upload files to this workspace. Choose another workspace.</source>
      <translation>このワークスペースにはファイルをアップロードできません。別のワークスペースを選んでください。</translation>
    </message>
    <message>
      <source>“{name}” was not uploaded: FLORA is not answering. Check your connection.</source>
      <translation>「{name}」はアップロードされませんでした: FLORA が応答しません。接続を確認してください。</translation>
    </message>
    <message>
      <source>“{name}” was not uploaded. {title}. {what_to_do}</source>
      <translation>「{name}」はアップロードされませんでした。{title}。{what_to_do}</translation>
    </message>
  </context>
  <context>
    <name>FileInputBar</name>
    <message>
      <source>or drop a file on this row</source>
      <translation>またはこの行にファイルをドロップ</translation>
    </message>
    <message>
      <source>Choose file…</source>
      <translation>ファイルを選択…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>キャンセル</translation>
    </message>
    <message>
      <source>Choose a file for {input}</source>
      <translation>{input} のファイルを選択</translation>
    </message>
    <message>
      <source>Upload a file from this computer for {input}</source>
      <translation>このコンピューターから {input} 用のファイルをアップロード</translation>
    </message>
    <message>
      <source>Upload progress for {input}</source>
      <translation>{input} のアップロードの進行状況</translation>
    </message>
    <message>
      <source>Cancel the upload for {input}</source>
      <translation>{input} のアップロードをキャンセル</translation>
    </message>
    <message>
      <source>Uploading “{name}”…</source>
      <translation>「{name}」をアップロード中…</translation>
    </message>
    <message>
      <source>FLORA is processing “{name}”…</source>
      <translation>FLORA が「{name}」を処理中…</translation>
    </message>
    <message>
      <source>Trying “{name}” again…</source>
      <translation>「{name}」を再試行中…</translation>
    </message>
  </context>
  <context>
    <name>History</name>
    <message>
      <source>The run history was written by a newer FLORA Desktop (schema {version}). Update the app to open it.</source>
      <translation>実行履歴は新しいバージョンの FLORA Desktop で書き込まれています(スキーマ {version})。開くにはアプリを更新してください。</translation>
    </message>
    <message>
      <source>The run history cannot be kept safely on this disk ({mode} mode). Move the app's data folder to a local disk.</source>
      <translation>このディスクでは実行履歴を安全に保存できません({mode} モード)。アプリのデータフォルダーをローカルディスクに移してください。</translation>
    </message>
    <message>
      <source>The run history file is damaged and cannot be opened.</source>
      <translation>実行履歴のファイルが壊れているため開けません。</translation>
    </message>
  </context>
  <context>
    <name>HistoryModel</name>
    <message>
      <source>This app</source>
      <translation>このアプリ</translation>
    </message>
    <message>
      <source>Elsewhere</source>
      <translation>ほかの場所</translation>
    </message>
    <message>
      <source>Started</source>
      <translation>開始日時</translation>
    </message>
    <message>
      <source>Technique</source>
      <translation>テクニック</translation>
    </message>
    <message>
      <source>Workspace</source>
      <translation>ワークスペース</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状態</translation>
    </message>
    <message>
      <source>Cost</source>
      <translation>コスト</translation>
    </message>
    <message>
      <source>Started from</source>
      <translation>開始元</translation>
    </message>
    <message>
      <source>Run {run_id}</source>
      <translation>実行 {run_id}</translation>
    </message>
    <message>
      <source>Unknown technique</source>
      <translation>不明なテクニック</translation>
    </message>
  </context>
  <context>
    <name>HistoryView</name>
    <message>
      <source>Any status</source>
      <translation>すべての状態</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>完了</translation>
    </message>
    <message>
      <source>Failed</source>
      <translation>失敗</translation>
    </message>
    <message>
      <source>Running</source>
      <translation>実行中</translation>
    </message>
    <message>
      <source>Waiting to start</source>
      <translation>開始待ち</translation>
    </message>
    <message>
      <source>Any time</source>
      <translation>すべての期間</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>今日</translation>
    </message>
    <message>
      <source>Last 7 days</source>
      <translation>過去 7 日間</translation>
    </message>
    <message>
      <source>Last 30 days</source>
      <translation>過去 30 日間</translation>
    </message>
    <message>
      <source>No inputs.</source>
      <translation>入力はありません。</translation>
    </message>
    <message>
      <source>History</source>
      <translation>履歴</translation>
    </message>
    <message>
      <source>Search history</source>
      <translation>履歴を検索</translation>
    </message>
    <message>
      <source>Search technique, workspace, inputs or run id</source>
      <translation>テクニック、ワークスペース、入力、実行 ID で検索</translation>
    </message>
    <message>
      <source>Technique</source>
      <translation>テクニック</translation>
    </message>
    <message>
      <source>All techniques</source>
      <translation>すべてのテクニック</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状態</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日付</translation>
    </message>
    <message>
      <source>Check FLORA</source>
      <translation>FLORA を確認</translation>
    </message>
    <message>
      <source>Check FLORA for runs started elsewhere</source>
      <translation>ほかの場所で開始した実行を FLORA で確認</translation>
    </message>
    <message>
      <source>Add runs started elsewhere (the web app, scripts) to the list</source>
      <translation>ほかの場所(Web アプリ、スクリプト)で開始した実行を一覧に追加します</translation>
    </message>
    <message>
      <source>Past runs</source>
      <translation>過去の実行</translation>
    </message>
    <message>
      <source>Column headers</source>
      <translation>列見出し</translation>
    </message>
    <message>
      <source>Open in editor</source>
      <translation>エディターで開く</translation>
    </message>
    <message>
      <source>Copy this run's inputs into the editor as a new draft</source>
      <translation>この実行の入力を新しい下書きとしてエディターにコピーします</translation>
    </message>
    <message>
      <source>&amp;Inputs</source>
      <translation>入力(&amp;I)</translation>
    </message>
    <message>
      <source>The history could not be read.</source>
      <translation>履歴を読み込めませんでした。</translation>
    </message>
    <message>
      <source>Showing the newest {shown} of more than {total} runs</source>
      <translation>{total} 件以上の実行のうち最新の {shown} 件を表示中</translation>
    </message>
    <message numerus="yes">
      <source>Showing the newest {shown} of %n runs</source>
      <translation>
        <numerusform>全 %n 件中、最新の {shown} 件を表示</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n runs</source>
      <translation>
        <numerusform>%n 件の実行</numerusform>
      </translation>
    </message>
    <message>
      <source>Checking…</source>
      <translation>確認中…</translation>
    </message>
    <message>
      <source>That run is not in the history on this computer.</source>
      <translation>その実行はこのコンピューターの履歴にありません。</translation>
    </message>
    <message>
      <source>Unknown technique</source>
      <translation>不明なテクニック</translation>
    </message>
    <message>
      <source>Started {when}</source>
      <translation>開始: {when}</translation>
    </message>
    <message>
      <source>started in this app</source>
      <translation>このアプリで開始</translation>
    </message>
    <message>
      <source>started elsewhere</source>
      <translation>ほかの場所で開始</translation>
    </message>
    <message>
      <source>took {duration}</source>
      <translation>所要時間: {duration}</translation>
    </message>
    <message>
      <source>charged {cost}</source>
      <translation>課金額: {cost}</translation>
    </message>
    <message>
      <source>run id {run_id}</source>
      <translation>実行 ID {run_id}</translation>
    </message>
    <message>
      <source>This run failed, so it has no outputs.</source>
      <translation>この実行は失敗したため、出力はありません。</translation>
    </message>
    <message>
      <source>This run has not finished yet; see Runs for its progress.</source>
      <translation>この実行はまだ完了していません。進行状況は「実行一覧」で確認できます。</translation>
    </message>
  </context>
  <context>
    <name>ImageViewer</name>
    <message>
      <source>The image could not be read ({problem}).</source>
      <translation>画像を読み込めませんでした({problem})。</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation>読み込み中…</translation>
    </message>
    <message>
      <source>Fit</source>
      <translation>全体表示</translation>
    </message>
    <message>
      <source>Fit the image to the window</source>
      <translation>画像をウィンドウに合わせる</translation>
    </message>
    <message>
      <source>Actual size</source>
      <translation>実際のサイズ</translation>
    </message>
    <message>
      <source>Zoom out</source>
      <translation>縮小</translation>
    </message>
    <message>
      <source>Zoom in</source>
      <translation>拡大</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>閉じる</translation>
    </message>
    <message>
      <source>{action} ({keys})</source>
      <translation>{action}({keys})</translation>
    </message>
    <message>
      <source>{percent} %</source>
      <translation>{percent} %</translation>
    </message>
    <message>
      <source>Zoom {level}</source>
      <translation>ズーム {level}</translation>
    </message>
  </context>
  <context>
    <name>InputRowWidget</name>
    <message>
      <source>Must be {seconds:g} s long</source>
      <translation>長さは {seconds:g} 秒である必要があります</translation>
    </message>
    <message>
      <source>Shape {ratio}</source>
      <translation>形状 {ratio}</translation>
    </message>
    <message>
      <source>Square ({ratio})</source>
      <translation>正方形({ratio})</translation>
    </message>
    <message>
      <source>Landscape ({ratio})</source>
      <translation>横長({ratio})</translation>
    </message>
    <message>
      <source>Portrait ({ratio})</source>
      <translation>縦長({ratio})</translation>
    </message>
    <message>
      <source>Custom</source>
      <translation>カスタム</translation>
    </message>
    <message>
      <source>Optional</source>
      <translation>任意</translation>
    </message>
    <message>
      <source>Required</source>
      <translation>必須</translation>
    </message>
    <message>
      <source>New input</source>
      <translation>新しい入力</translation>
    </message>
    <message>
      <source>Name of the input</source>
      <translation>入力の名前</translation>
    </message>
    <message>
      <source>{ }</source>
      <translation>{ }</translation>
    </message>
    <message>
      <source>Type this value as JSON (any JSON value)</source>
      <translation>この値を JSON で入力(任意の JSON 値)</translation>
    </message>
    <message>
      <source>Move up (Alt+Up)</source>
      <translation>上へ移動 (Alt+↑)</translation>
    </message>
    <message>
      <source>Move down (Alt+Down)</source>
      <translation>下へ移動 (Alt+↓)</translation>
    </message>
    <message>
      <source>Remove this input</source>
      <translation>この入力を削除</translation>
    </message>
    <message>
      <source>Key {key}</source>
      <translation>名前 {key}</translation>
    </message>
    <message>
      <source>Name of the custom input</source>
      <translation>カスタム入力の名前</translation>
    </message>
    <message>
      <source>Type {input} as JSON</source>
      <translation>{input} を JSON で入力</translation>
    </message>
    <message>
      <source>Move {input} up</source>
      <translation>{input} を上へ移動</translation>
    </message>
    <message>
      <source>Move {input} down</source>
      <translation>{input} を下へ移動</translation>
    </message>
    <message>
      <source>Remove {input}</source>
      <translation>{input} を削除</translation>
    </message>
    <message>
      <source>Problem:</source>
      <translation>問題:</translation>
    </message>
  </context>
  <context>
    <name>Inputs</name>
    <message>
      <source>Image</source>
      <translation>画像</translation>
    </message>
    <message>
      <source>Video</source>
      <translation>動画</translation>
    </message>
    <message>
      <source>Audio</source>
      <translation>音声</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>ドキュメント</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>テキスト</translation>
    </message>
    <message>
      <source>Required</source>
      <translation>必須</translation>
    </message>
    <message>
      <source>This is not a link or a file. Paste a web address (https://…) or choose a file.</source>
      <translation>リンクでもファイルでもありません。Web アドレス(https://…)を貼り付けるか、ファイルを選んでください。</translation>
    </message>
    <message>
      <source>To use a file from this computer, choose it or drop it on this row.</source>
      <translation>このコンピューターのファイルを使うには、選択するかこの行にドロップしてください。</translation>
    </message>
    <message>
      <source>This has a broken character (half of an emoji or symbol) that cannot be sent. Delete it and type it again.</source>
      <translation>送信できない壊れた文字(絵文字や記号の半分)が含まれています。削除して入力し直してください。</translation>
    </message>
    <message>
      <source>A number here is too large to send: use a smaller one.</source>
      <translation>ここにある数値が大きすぎて送信できません。小さい数値にしてください。</translation>
    </message>
    <message>
      <source>The name has a broken character (half of an emoji or symbol). Type it again.</source>
      <translation>名前に壊れた文字(絵文字や記号の半分)が含まれています。入力し直してください。</translation>
    </message>
    <message>
      <source>This web address is missing the site name, like https://example.com/…</source>
      <translation>この Web アドレスにはサイト名がありません(例: https://example.com/…)</translation>
    </message>
    <message>
      <source>Add https:// at the start of this web address, like https://example.com/picture.png</source>
      <translation>この Web アドレスの先頭に https:// を付けてください(例: https://example.com/picture.png)</translation>
    </message>
    <message>
      <source>Only web addresses that start with https:// can be used here. Paste a web address or choose a file.</source>
      <translation>ここで使えるのは https:// で始まる Web アドレスだけです。Web アドレスを貼り付けるか、ファイルを選んでください。</translation>
    </message>
    <message>
      <source>This web address has a space in the site name. Remove the space, or copy the address again from your browser.</source>
      <translation>この Web アドレスのサイト名にスペースがあります。スペースを取り除くか、ブラウザからアドレスをもう一度コピーしてください。</translation>
    </message>
    <message>
      <source>This web address has a hidden character in it, such as a line break. Copy the address again from your browser's address bar.</source>
      <translation>この Web アドレスには改行などの見えない文字が含まれています。ブラウザのアドレスバーからもう一度コピーしてください。</translation>
    </message>
    <message>
      <source>This web address can't be read (a bracket or port number is wrong). Copy it again from your browser's address bar.</source>
      <translation>この Web アドレスを読み取れません(括弧かポート番号が正しくありません)。ブラウザのアドレスバーからもう一度コピーしてください。</translation>
    </message>
    <message>
      <source>Give this input a name</source>
      <translation>この入力に名前を付けてください</translation>
    </message>
    <message>
      <source>Remove the spaces before or after the name</source>
      <translation>名前の前後のスペースを取り除いてください</translation>
    </message>
    <message>
      <source>Another input already uses this name</source>
      <translation>この名前はほかの入力で使われています</translation>
    </message>
    <message>
      <source>Enter a value, or remove this input</source>
      <translation>値を入力するか、この入力を削除してください</translation>
    </message>
    <message>
      <source>Custom</source>
      <translation>カスタム</translation>
    </message>
    <message>
      <source>Unknown type</source>
      <translation>不明な種類</translation>
    </message>
    <message>
      <source>This isn't valid JSON: {name} is not allowed in JSON</source>
      <translation>有効な JSON ではありません: JSON では {name} は使えません</translation>
    </message>
    <message>
      <source>This isn't valid JSON: {problem} (line {line}, column {column})</source>
      <translation>有効な JSON ではありません: {problem}({line} 行 {column} 列)</translation>
    </message>
    <message>
      <source>This JSON is nested too deeply to read</source>
      <translation>この JSON は入れ子が深すぎて読み込めません</translation>
    </message>
    <message>
      <source>This isn't valid JSON: {problem}</source>
      <translation>有効な JSON ではありません: {problem}</translation>
    </message>
    <message>
      <source>Item {number}: {problem}</source>
      <translation>項目 {number}: {problem}</translation>
    </message>
    <message>
      <source>This value is too large to show as JSON</source>
      <translation>この値は大きすぎて JSON として表示できません</translation>
    </message>
    <message>
      <source>The name “{key}” appears more than once</source>
      <translation>名前「{key}」が複数回使われています</translation>
    </message>
    <message>
      <source>The inputs must be one JSON object in braces: {"name": "value", …}</source>
      <translation>入力は波かっこで囲んだ 1 つの JSON オブジェクトにしてください: {"name": "value", …}</translation>
    </message>
  </context>
  <context>
    <name>InputsEditor</name>
    <message>
      <source>Technique inputs</source>
      <translation>テクニックの入力</translation>
    </message>
    <message>
      <source>Inputs</source>
      <translation>入力</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>元に戻す</translation>
    </message>
    <message>
      <source>Undo (Ctrl+Z)</source>
      <translation>元に戻す (Ctrl+Z)</translation>
    </message>
    <message>
      <source>Redo</source>
      <translation>やり直す</translation>
    </message>
    <message>
      <source>Redo (Ctrl+Shift+Z)</source>
      <translation>やり直す (Ctrl+Shift+Z)</translation>
    </message>
    <message>
      <source>Edit as JSON</source>
      <translation>JSON で編集</translation>
    </message>
    <message>
      <source>Show all inputs as one JSON object</source>
      <translation>すべての入力を 1 つの JSON オブジェクトとして表示</translation>
    </message>
    <message>
      <source>Advanced</source>
      <translation>詳細設定</translation>
    </message>
    <message>
      <source>Show the technical details: input ids, raw values, custom inputs, Copy as…</source>
      <translation>技術的な詳細を表示: 入力 ID、元の値、カスタム入力、形式を選んでコピー…</translation>
    </message>
    <message>
      <source>Input</source>
      <translation>入力</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>値</translation>
    </message>
    <message>
      <source>This technique takes no inputs.</source>
      <translation>このテクニックには入力がありません。</translation>
    </message>
    <message>
      <source>Add input</source>
      <translation>入力を追加</translation>
    </message>
    <message>
      <source>Add an input the technique does not list (a custom input)</source>
      <translation>テクニックに含まれない入力(カスタム入力)を追加</translation>
    </message>
    <message>
      <source>Undo an edit of the inputs</source>
      <translation>入力の編集を元に戻す</translation>
    </message>
    <message>
      <source>Redo an edit of the inputs</source>
      <translation>入力の編集をやり直す</translation>
    </message>
    <message>
      <source>Move a row up</source>
      <translation>行を上へ移動</translation>
    </message>
    <message>
      <source>Move a row down</source>
      <translation>行を下へ移動</translation>
    </message>
    <message>
      <source>The JSON cannot be applied: {problem}</source>
      <translation>JSON を適用できません: {problem}</translation>
    </message>
    <message>
      <source>Not accepted</source>
      <translation>受け付けられませんでした</translation>
    </message>
    <message>
      <source>Edit {input}</source>
      <translation>{input} を編集</translation>
    </message>
    <message>
      <source>Rename input</source>
      <translation>入力の名前を変更</translation>
    </message>
    <message>
      <source>JSON for {input}</source>
      <translation>{input} の JSON</translation>
    </message>
    <message>
      <source>Plain value for {input}</source>
      <translation>{input} の通常の値</translation>
    </message>
    <message>
      <source>Remove {input}</source>
      <translation>{input} を削除</translation>
    </message>
    <message>
      <source>Move {input}</source>
      <translation>{input} を移動</translation>
    </message>
  </context>
  <context>
    <name>InputsJsonView</name>
    <message>
      <source>All inputs as one JSON object: each name with its value. Apply puts them back in the table; names the technique does not list become custom inputs.</source>
      <translation>すべての入力を 1 つの JSON オブジェクトで表示します(名前と値の組)。「適用」で表に戻ります。テクニックにない名前はカスタム入力になります。</translation>
    </message>
    <message>
      <source>Inputs as JSON</source>
      <translation>JSON 形式の入力</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>適用</translation>
    </message>
    <message>
      <source>Apply the JSON to the table</source>
      <translation>JSON を表に適用</translation>
    </message>
    <message>
      <source>Back to the table</source>
      <translation>表に戻る</translation>
    </message>
    <message>
      <source>Back to the table without applying</source>
      <translation>適用せずに表に戻る</translation>
    </message>
  </context>
  <context>
    <name>InputsSummary</name>
    <message>
      <source>Inputs of this run</source>
      <translation>この実行の入力</translation>
    </message>
    <message>
      <source>First frame of {name}</source>
      <translation>{name} の最初のフレーム</translation>
    </message>
    <message>
      <source>Picture {name}</source>
      <translation>画像 {name}</translation>
    </message>
  </context>
  <context>
    <name>LanguageChoice</name>
    <message>
      <source>Language</source>
      <translation>言語</translation>
    </message>
    <message>
      <source>Same as the system</source>
      <translation>システムと同じ</translation>
    </message>
    <message>
      <source>A new language shows the next time FLORA Desktop starts.</source>
      <translation>新しい言語は FLORA Desktop の次回起動時に反映されます。</translation>
    </message>
  </context>
  <context>
    <name>LargeValueView</name>
    <message>
      <source>Clear value</source>
      <translation>値をクリア</translation>
    </message>
    <message>
      <source>Clear the value of {input}</source>
      <translation>{input} の値をクリア</translation>
    </message>
    <message>
      <source>A large value ({size}) is kept as it is. It is too long to show here.</source>
      <translation>大きな値({size})はそのまま保持されます。長すぎるためここには表示できません。</translation>
    </message>
    <message>
      <source>{millions:.1f} million characters</source>
      <translation>{millions:.1f} 百万文字</translation>
    </message>
    <message>
      <source>{chars:,} characters</source>
      <translation>{chars:,} 文字</translation>
    </message>
  </context>
  <context>
    <name>LaunchLayout</name>
    <message>
      <source>&amp;Workspace</source>
      <translation>ワークスペース(&amp;W)</translation>
    </message>
    <message>
      <source>Run result</source>
      <translation>実行結果</translation>
    </message>
    <message>
      <source>Drag to resize the panes</source>
      <translation>ドラッグしてパネルの大きさを変更</translation>
    </message>
    <message>
      <source>Practice mode — nothing is charged. Runs happen in a local sandbox with sample results.</source>
      <translation>練習モード — 課金はされません。実行はローカルのサンドボックスで行われ、サンプルの結果が返ります。</translation>
    </message>
  </context>
  <context>
    <name>LauncherPage</name>
    <message>
      <source>Choose a technique on the left.</source>
      <translation>左からテクニックを選んでください。</translation>
    </message>
    <message>
      <source>Inputs</source>
      <translation>入力</translation>
    </message>
    <message>
      <source>Run the technique</source>
      <translation>テクニックを実行</translation>
    </message>
    <message>
      <source>This key can't see any workspace.</source>
      <translation>このキーで見られるワークスペースがありません。</translation>
    </message>
    <message>
      <source>Starting the run…</source>
      <translation>実行を開始中…</translation>
    </message>
    <message>
      <source>Run started.</source>
      <translation>実行を開始しました。</translation>
    </message>
    <message>
      <source>This run was already started.</source>
      <translation>この実行はすでに開始されています。</translation>
    </message>
    <message>
      <source>Your changes are saved as a draft again.</source>
      <translation>変更内容は再び下書きとして保存されます。</translation>
    </message>
  </context>
  <context>
    <name>LauncherTools</name>
    <message>
      <source>Choose a technique first.</source>
      <translation>先にテクニックを選んでください。</translation>
    </message>
    <message>
      <source>Choose a workspace first.</source>
      <translation>先にワークスペースを選んでください。</translation>
    </message>
    <message>
      <source>Fix the marked inputs first, then copy.</source>
      <translation>先に印の付いた入力を直してから、コピーしてください。</translation>
    </message>
  </context>
  <context>
    <name>ListValueEditor</name>
    <message>
      <source>Add item</source>
      <translation>項目を追加</translation>
    </message>
    <message>
      <source>Add an item to {input}</source>
      <translation>{input} に項目を追加</translation>
    </message>
    <message>
      <source>Remove this item</source>
      <translation>この項目を削除</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>項目</translation>
    </message>
    <message>
      <source>{input}, item {number}</source>
      <translation>{input}、項目 {number}</translation>
    </message>
    <message>
      <source>Remove item {number} of {input}</source>
      <translation>{input} の項目 {number} を削除</translation>
    </message>
  </context>
  <context>
    <name>LiveResult</name>
    <message>
      <source>Waiting for FLORA…</source>
      <translation>FLORA を待っています…</translation>
    </message>
    <message>
      <source>Run finished: {count} outputs.</source>
      <translation>実行完了: 出力 {count} 件。</translation>
    </message>
    <message>
      <source>Run failed: {why}</source>
      <translation>実行に失敗しました: {why}</translation>
    </message>
    <message>
      <source>Run failed.</source>
      <translation>実行に失敗しました。</translation>
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
      <translation>サンドボックスのデモキーを使用中です。サインアウトするものはありません。</translation>
    </message>
    <message>
      <source>The key comes from the FLORA_API_KEY environment variable and was never saved; unset it to sign out.</source>
      <translation>キーは環境変数 FLORA_API_KEY から読み込まれ、保存されていません。サインアウトするにはこの変数を削除してください。</translation>
    </message>
    <message>
      <source>Forget the saved key for this server and return to sign-in.</source>
      <translation>このサーバー用に保存したキーを削除し、サインイン画面に戻ります。</translation>
    </message>
    <message>
      <source>Forget the key kept for this session and return to sign-in.</source>
      <translation>このセッション用に保持しているキーを削除し、サインイン画面に戻ります。</translation>
    </message>
    <message>
      <source>Connecting to FLORA…</source>
      <translation>FLORA に接続中…</translation>
    </message>
    <message>
      <source>&amp;FLORA</source>
      <translation>&amp;FLORA</translation>
    </message>
    <message>
      <source>Connect to the &amp;sandbox</source>
      <translation>サンドボックスに接続(&amp;S)</translation>
    </message>
    <message>
      <source>Use a practice FLORA on this computer; nothing is charged.</source>
      <translation>このコンピューター上の練習用 FLORA を使います。課金はされません。</translation>
    </message>
    <message>
      <source>Sign &amp;in with an API key…</source>
      <translation>API キーでサインイン(&amp;I)…</translation>
    </message>
    <message>
      <source>Leave the sandbox and use your own FLORA API key.</source>
      <translation>サンドボックスを終了し、自分の FLORA API キーを使います。</translation>
    </message>
    <message>
      <source>Sign &amp;out</source>
      <translation>サインアウト(&amp;O)</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>終了(&amp;Q)</translation>
    </message>
    <message>
      <source>S&amp;ettings…</source>
      <translation>設定(&amp;E)…</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
      <source>You are not signed in.</source>
      <translation>サインインしていません。</translation>
    </message>
  </context>
  <context>
    <name>MediaChecks</name>
    <message>
      <source>This picture is {width} × {height}, but this input needs the shape {ratio}.</source>
      <translation>この画像は {width} × {height} ですが、この入力には {ratio} の形状が必要です。</translation>
    </message>
    <message>
      <source>This clip is {actual}, but this input needs {wanted}.</source>
      <translation>このクリップは {actual} ですが、この入力には {wanted} が必要です。</translation>
    </message>
    <message>
      <source>{n} bytes</source>
      <translation>{n} バイト</translation>
    </message>
  </context>
  <context>
    <name>MediaFetch</name>
    <message>
      <source>No preview for this kind of link.</source>
      <translation>この種類のリンクにはプレビューがありません。</translation>
    </message>
    <message>
      <source>No preview: the site answered “{status}”.</source>
      <translation>プレビューなし: サイトの応答は「{status}」でした。</translation>
    </message>
    <message>
      <source>No preview: the link could not be reached.</source>
      <translation>プレビューなし: リンク先に接続できませんでした。</translation>
    </message>
  </context>
  <context>
    <name>MediaOutput</name>
    <message>
      <source>This computer can't play sound or video inside the app (a system library is missing).</source>
      <translation>このコンピューターでは、アプリ内で音声や動画を再生できません(システムライブラリが不足しています)。</translation>
    </message>
    <message>
      <source>Video</source>
      <translation>動画</translation>
    </message>
    <message>
      <source>Loading the first frame…</source>
      <translation>最初のフレームを読み込み中…</translation>
    </message>
    <message>
      <source>Play</source>
      <translation>再生</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>再生位置</translation>
    </message>
    <message>
      <source>First frame of the video</source>
      <translation>動画の最初のフレーム</translation>
    </message>
    <message>
      <source>{position} / {duration}</source>
      <translation>{position} / {duration}</translation>
    </message>
    <message>
      <source>Pause</source>
      <translation>一時停止</translation>
    </message>
    <message>
      <source>This file could not be played here. Save it and open it instead.</source>
      <translation>このファイルはここでは再生できません。保存してから開いてください。</translation>
    </message>
  </context>
  <context>
    <name>MediaPreview</name>
    <message>
      <source>Use anyway</source>
      <translation>それでも使う</translation>
    </message>
    <message>
      <source>Preview of {input}</source>
      <translation>{input} のプレビュー</translation>
    </message>
    <message>
      <source>Use the file for {input} anyway</source>
      <translation>それでもこのファイルを {input} に使う</translation>
    </message>
    <message>
      <source>Loading a preview…</source>
      <translation>プレビューを読み込み中…</translation>
    </message>
    <message>
      <source>Crop to {ratio}</source>
      <translation>{ratio} に切り抜く</translation>
    </message>
  </context>
  <context>
    <name>Messages</name>
    <message>
      <source>Your role in this workspace ({role}) can't start runs. Choose another workspace.</source>
      <translation>このワークスペースでのあなたの役割({role})では実行を開始できません。別のワークスペースを選んでください。</translation>
    </message>
    <message>
      <source>This run was already started</source>
      <translation>この実行はすでに開始されています</translation>
    </message>
    <message>
      <source>No run of this technique has shown up in this workspace's history yet. Look again in a moment, or check FLORA before pressing Run again.</source>
      <translation>このワークスペースの履歴には、まだこのテクニックの実行が表示されていません。少し待ってからもう一度確認するか、「実行」をもう一度押す前に FLORA を確認してください。</translation>
    </message>
    <message>
      <source>Check the key</source>
      <translation>キーを確認</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>更新</translation>
    </message>
    <message>
      <source>Try again</source>
      <translation>再試行</translation>
    </message>
    <message>
      <source>Look it up</source>
      <translation>確認する</translation>
    </message>
    <message>
      <source>Open billing</source>
      <translation>請求ページを開く</translation>
    </message>
    <message>
      <source>Choose another workspace</source>
      <translation>別のワークスペースを選ぶ</translation>
    </message>
    <message>
      <source>Run as a batch…</source>
      <translation>バッチで実行…</translation>
    </message>
    <message>
      <source>Stopped waiting for FLORA</source>
      <translation>FLORA の応答待ちを中止しました</translation>
    </message>
    <message>
      <source>The run may still have started: FLORA may have received the request.</source>
      <translation>それでも実行が開始された可能性があります。FLORA がリクエストを受け取っているかもしれません。</translation>
    </message>
    <message>
      <source>Look it up before pressing Run again, so you don't pay twice.</source>
      <translation>二重に支払わないよう、「実行」をもう一度押す前に確認してください。</translation>
    </message>
    <message>
      <source>Not retried</source>
      <translation>再試行しませんでした</translation>
    </message>
    <message>
      <source>FLORA was busy and did not start the run. Nothing was charged.</source>
      <translation>FLORA が混み合っていたため、実行は開始されませんでした。課金はされていません。</translation>
    </message>
    <message>
      <source>Press Run again when you're ready.</source>
      <translation>準備ができたら、もう一度「実行」を押してください。</translation>
    </message>
    <message>
      <source>FLORA is not answering</source>
      <translation>FLORA が応答しません</translation>
    </message>
    <message>
      <source>Nothing was charged unless the run shows up in your history.</source>
      <translation>実行が履歴に表示されない限り、課金はされていません。</translation>
    </message>
    <message>
      <source>Check your internet connection, then try again. Trying again won't start a second run.</source>
      <translation>インターネット接続を確認してから、もう一度試してください。再試行しても 2 回目の実行は開始されません。</translation>
    </message>
    <message>
      <source>The app could not get an answer from FLORA.</source>
      <translation>FLORA から応答を得られませんでした。</translation>
    </message>
    <message>
      <source>Check your internet connection, then try again.</source>
      <translation>インターネット接続を確認してから、もう一度試してください。</translation>
    </message>
    <message>
      <source>FLORA sent an unexpected answer</source>
      <translation>FLORA から予期しない応答がありました</translation>
    </message>
    <message>
      <source>FLORA sent an answer the app could not read.</source>
      <translation>FLORA から、アプリで読み取れない応答が届きました。</translation>
    </message>
    <message>
      <source>Try again in a moment; if it keeps happening, check FLORA's status page.</source>
      <translation>少し待ってからもう一度試してください。何度も起きる場合は FLORA のステータスページを確認してください。</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>不明</translation>
    </message>
    <message>
      <source>not known yet</source>
      <translation>まだ不明</translation>
    </message>
    <message>
      <source>about {seconds} s</source>
      <translation>約 {seconds} 秒</translation>
    </message>
    <message>
      <source>about {minutes} min</source>
      <translation>約 {minutes} 分</translation>
    </message>
    <message>
      <source>FLORA is busy; trying again in {seconds} s.</source>
      <translation>FLORA が混み合っています。{seconds} 秒後に再試行します。</translation>
    </message>
    <message>
      <source>FLORA is not answering; trying again in {seconds} s.</source>
      <translation>FLORA が応答しません。{seconds} 秒後に再試行します。</translation>
    </message>
    <message>
      <source>The app tries again by itself in {seconds} s.</source>
      <translation>{seconds} 秒後に自動で再試行します。</translation>
    </message>
    <message>
      <source>FLORA is busy</source>
      <translation>FLORA が混み合っています</translation>
    </message>
    <message>
      <source>Waiting for FLORA</source>
      <translation>FLORA を待っています</translation>
    </message>
    <message>
      <source>The app tries again by itself; you don't need to do anything.</source>
      <translation>自動で再試行します。操作は必要ありません。</translation>
    </message>
    <message>
      <source>This value was not accepted.</source>
      <translation>この値は受け付けられませんでした。</translation>
    </message>
    <message>
      <source>{field}: {message}</source>
      <translation>{field}: {message}</translation>
    </message>
    <message>
      <source>Your API key was not accepted</source>
      <translation>API キーが受け付けられませんでした</translation>
    </message>
    <message>
      <source>FLORA did not recognise the key this app is using. It may have been revoked or replaced.</source>
      <translation>このアプリが使っているキーを FLORA が認識できませんでした。無効化されたか、差し替えられた可能性があります。</translation>
    </message>
    <message>
      <source>Check the key in Settings, or sign in again with a new key.</source>
      <translation>「設定」でキーを確認するか、新しいキーでサインインし直してください。</translation>
    </message>
    <message>
      <source>Not enough credits</source>
      <translation>クレジットが足りません</translation>
    </message>
    <message>
      <source>This workspace doesn't have enough credits for this run. Nothing was charged.</source>
      <translation>このワークスペースには、この実行に必要なクレジットがありません。課金はされていません。</translation>
    </message>
    <message>
      <source>You can't run techniques here</source>
      <translation>ここではテクニックを実行できません</translation>
    </message>
    <message>
      <source>Your role in this workspace can't run techniques, or this key belongs to another workspace.</source>
      <translation>このワークスペースでのあなたの役割ではテクニックを実行できないか、このキーが別のワークスペースのものです。</translation>
    </message>
    <message>
      <source>Choose another workspace, or ask the workspace owner for access.</source>
      <translation>別のワークスペースを選ぶか、ワークスペースのオーナーにアクセス権を依頼してください。</translation>
    </message>
    <message>
      <source>This technique is gone</source>
      <translation>このテクニックはなくなりました</translation>
    </message>
    <message>
      <source>FLORA can't find this technique any more. It may have been removed or made private.</source>
      <translation>FLORA でこのテクニックが見つかりません。削除されたか、非公開にされた可能性があります。</translation>
    </message>
    <message>
      <source>Refresh the list and choose another technique. Your inputs are kept.</source>
      <translation>一覧を更新して別のテクニックを選んでください。入力内容はそのまま残ります。</translation>
    </message>
    <message>
      <source>FLORA had already received this request, so no second run was started.</source>
      <translation>FLORA はすでにこのリクエストを受け取っていたため、2 回目の実行は開始されませんでした。</translation>
    </message>
    <message>
      <source>Look it up in the run history.</source>
      <translation>実行履歴で確認してください。</translation>
    </message>
    <message>
      <source>This request was already sent with other inputs</source>
      <translation>このリクエストは別の入力ですでに送信されています</translation>
    </message>
    <message>
      <source>FLORA refused to start it again with changed inputs.</source>
      <translation>FLORA は、変更した入力での再開始を拒否しました。</translation>
    </message>
    <message>
      <source>Press Run to start a new run with the inputs as they are now.</source>
      <translation>「実行」を押すと、現在の入力で新しい実行を開始します。</translation>
    </message>
    <message>
      <source>FLORA asked the app to slow down, so this could not be loaded yet.</source>
      <translation>FLORA からペースを落とすよう求められたため、まだ読み込めませんでした。</translation>
    </message>
    <message>
      <source>Wait a minute, then try again.</source>
      <translation>1 分ほど待ってから、もう一度試してください。</translation>
    </message>
    <message>
      <source>You don't need to do anything; this is still the same run.</source>
      <translation>操作は必要ありません。同じ実行が続いています。</translation>
    </message>
    <message>
      <source>FLORA is still busy</source>
      <translation>FLORA はまだ混み合っています</translation>
    </message>
    <message>
      <source>FLORA asked the app to slow down and did not start the run. Nothing was charged.</source>
      <translation>FLORA からペースを落とすよう求められ、実行は開始されませんでした。課金はされていません。</translation>
    </message>
    <message>
      <source>Wait a minute, then press Run again.</source>
      <translation>1 分ほど待ってから、もう一度「実行」を押してください。</translation>
    </message>
    <message>
      <source>Some inputs need a fix</source>
      <translation>一部の入力を修正する必要があります</translation>
    </message>
    <message>
      <source>FLORA did not accept some of the inputs. The problems are shown next to them.</source>
      <translation>FLORA が一部の入力を受け付けませんでした。問題はそれぞれの横に表示されています。</translation>
    </message>
    <message>
      <source>Fix the marked inputs, then press Run again.</source>
      <translation>印の付いた入力を直してから、もう一度「実行」を押してください。</translation>
    </message>
    <message>
      <source>FLORA could not read the request</source>
      <translation>FLORA がリクエストを読み取れませんでした</translation>
    </message>
    <message>
      <source>The app sent something FLORA could not understand. Nothing was charged.</source>
      <translation>アプリが FLORA の理解できない内容を送信しました。課金はされていません。</translation>
    </message>
    <message>
      <source>Try again; if it keeps happening, restart the app.</source>
      <translation>もう一度試してください。何度も起きる場合はアプリを再起動してください。</translation>
    </message>
    <message>
      <source>“{input}” holds {count} values, and FLORA starts one run for each. Nothing was sent.</source>
      <translation>「{input}」には {count} 個の値があり、FLORA は値ごとに 1 回ずつ実行します。何も送信していません。</translation>
    </message>
    <message>
      <source>Several values make several runs</source>
      <translation>複数の値は複数の実行になります</translation>
    </message>
    <message>
      <source>Run them as a batch to see what they cost and follow each one, or keep one value.</source>
      <translation>バッチで実行すると、コストを確認して 1 件ずつ進行を追えます。または、値を 1 つだけにしてください。</translation>
    </message>
    <message>
      <source>FLORA sent an answer the app could not read. The run may have started.</source>
      <translation>FLORA から、アプリで読み取れない応答が届きました。実行が開始された可能性があります。</translation>
    </message>
    <message>
      <source>Look it up in the run history before pressing Run again.</source>
      <translation>「実行」をもう一度押す前に、実行履歴で確認してください。</translation>
    </message>
    <message>
      <source>Add credits to this workspace in FLORA, then press Run again.</source>
      <translation>FLORA でこのワークスペースにクレジットを追加してから、もう一度「実行」を押してください。</translation>
    </message>
    <message>
      <source>FLORA refused the request</source>
      <translation>FLORA がリクエストを拒否しました</translation>
    </message>
    <message>
      <source>FLORA answered with an error.</source>
      <translation>FLORA からエラーが返されました。</translation>
    </message>
    <message>
      <source>Try again; if it keeps happening, check FLORA's status page.</source>
      <translation>もう一度試してください。何度も起きる場合は FLORA のステータスページを確認してください。</translation>
    </message>
    <message>
      <source>Something went wrong</source>
      <translation>問題が発生しました</translation>
    </message>
    <message>
      <source>The app could not finish talking to FLORA.</source>
      <translation>FLORA との通信を完了できませんでした。</translation>
    </message>
    <message>
      <source>Try again.</source>
      <translation>もう一度試してください。</translation>
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
      <translation>出力 {number}: {kind}</translation>
    </message>
    <message>
      <source>Save…</source>
      <translation>保存…</translation>
    </message>
    <message>
      <source>Save this output to a folder</source>
      <translation>この出力をフォルダーに保存</translation>
    </message>
    <message>
      <source>Copy the link</source>
      <translation>リンクをコピー</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>開く</translation>
    </message>
    <message>
      <source>{kind} {number}</source>
      <translation>{kind} {number}</translation>
    </message>
    <message>
      <source>Open with the system's app</source>
      <translation>システムのアプリで開く</translation>
    </message>
    <message>
      <source>Copy link</source>
      <translation>リンクをコピー</translation>
    </message>
    <message>
      <source>Saving</source>
      <translation>保存中</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>キャンセル</translation>
    </message>
    <message>
      <source>Stop saving</source>
      <translation>保存を中止</translation>
    </message>
    <message>
      <source>{reason} It is shown as text only.</source>
      <translation>{reason} テキストとしてのみ表示します。</translation>
    </message>
    <message>
      <source>This link is not opened.</source>
      <translation>このリンクは開きません。</translation>
    </message>
    <message>
      <source>Play it in the system's player</source>
      <translation>システムのプレーヤーで再生</translation>
    </message>
    <message>
      <source>Saving…</source>
      <translation>保存中…</translation>
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
      <translation>何も保存されていません。{why}</translation>
    </message>
    <message>
      <source>The link is empty or too long to open.</source>
      <translation>リンクが空か、長すぎて開けません。</translation>
    </message>
    <message>
      <source>The link contains spaces or hidden characters.</source>
      <translation>リンクにスペースまたは隠れた文字が含まれています。</translation>
    </message>
    <message>
      <source>The link is not a valid web address.</source>
      <translation>リンクが有効な Web アドレスではありません。</translation>
    </message>
    <message>
      <source>Only web links (http or https) are opened; this is a {scheme} link.</source>
      <translation>開けるのは Web リンク(http または https)だけです。これは {scheme} リンクです。</translation>
    </message>
    <message>
      <source>The link has no server name.</source>
      <translation>リンクにサーバー名がありません。</translation>
    </message>
    <message>
      <source>The link carries a user name or password, so it is not opened.</source>
      <translation>リンクにユーザー名またはパスワードが含まれているため、開きません。</translation>
    </message>
    <message>
      <source>The file name would land outside the chosen folder.</source>
      <translation>このファイル名では、選んだフォルダーの外に保存されてしまいます。</translation>
    </message>
    <message>
      <source>Too many files with this name in the folder already.</source>
      <translation>フォルダーにこの名前のファイルがすでに多すぎます。</translation>
    </message>
    <message>
      <source>The chosen folder does not exist.</source>
      <translation>選んだフォルダーが存在しません。</translation>
    </message>
    <message>
      <source>This link is not opened.</source>
      <translation>このリンクは開きません。</translation>
    </message>
    <message>
      <source>The link redirected to an address that is not opened.</source>
      <translation>リンクの転送先が、開けないアドレスです。</translation>
    </message>
    <message>
      <source>{host} answered with status {status}; nothing was saved.</source>
      <translation>{host} がステータス {status} を返しました。何も保存されていません。</translation>
    </message>
    <message>
      <source>The download from {host} stopped early.</source>
      <translation>{host} からのダウンロードが途中で止まりました。</translation>
    </message>
    <message>
      <source>Could not download from {host}; nothing was saved.</source>
      <translation>{host} からダウンロードできませんでした。何も保存されていません。</translation>
    </message>
    <message>
      <source>The file is larger than the {megabytes:.0f} MB limit; nothing was saved.</source>
      <translation>ファイルが上限の {megabytes:.0f} MB を超えています。何も保存されていません。</translation>
    </message>
    <message>
      <source>Too large for a preview (over {megabytes:.0f} MB). Open or save it to see it.</source>
      <translation>プレビューには大きすぎます({megabytes:.0f} MB 超)。開くか保存して確認してください。</translation>
    </message>
  </context>
  <context>
    <name>OutputsView</name>
    <message>
      <source>Image</source>
      <translation>画像</translation>
    </message>
    <message>
      <source>Video</source>
      <translation>動画</translation>
    </message>
    <message>
      <source>Audio</source>
      <translation>音声</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>テキスト</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>ドキュメント</translation>
    </message>
    <message>
      <source>Outputs appear here when the run has finished.</source>
      <translation>実行が完了すると、ここに出力が表示されます。</translation>
    </message>
    <message>
      <source>Save outputs to</source>
      <translation>出力の保存先</translation>
    </message>
    <message>
      <source>Outputs</source>
      <translation>出力</translation>
    </message>
    <message>
      <source>Save all…</source>
      <translation>すべて保存…</translation>
    </message>
    <message>
      <source>Save all outputs</source>
      <translation>すべての出力を保存</translation>
    </message>
    <message>
      <source>Save every output into one folder</source>
      <translation>すべての出力を 1 つのフォルダーに保存</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>キャンセル</translation>
    </message>
    <message>
      <source>Stop saving</source>
      <translation>保存を中止</translation>
    </message>
    <message>
      <source>Show in folder</source>
      <translation>フォルダーで表示</translation>
    </message>
    <message>
      <source>Show the saved file in its folder</source>
      <translation>保存したファイルをフォルダーで表示</translation>
    </message>
    <message>
      <source>This run gave no outputs.</source>
      <translation>この実行では出力がありませんでした。</translation>
    </message>
    <message>
      <source>No preview: {problem}</source>
      <translation>プレビューなし: {problem}</translation>
    </message>
    <message>
      <source>{name} — {output}</source>
      <translation>{name} — {output}</translation>
    </message>
    <message>
      <source>Output</source>
      <translation>出力</translation>
    </message>
    <message>
      <source>This link is not opened.</source>
      <translation>このリンクは開きません。</translation>
    </message>
    <message>
      <source>FLORA output</source>
      <translation>FLORA の出力</translation>
    </message>
    <message>
      <source>Saving stopped; nothing was kept.</source>
      <translation>保存を中止しました。何も残していません。</translation>
    </message>
    <message>
      <source>Saved as {name}</source>
      <translation>{name} として保存しました</translation>
    </message>
    <message>
      <source>Stopped: {saved} of {total} saved.</source>
      <translation>中止しました: {total} 件中 {saved} 件を保存済み。</translation>
    </message>
    <message numerus="yes">
      <source>Saved {saved} of %n outputs to {folder}.</source>
      <translation>
        <numerusform>%n 件中 {saved} 件の出力を {folder} に保存しました。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n not saved: their link is not a web link.</source>
      <translation>
        <numerusform>%n 件は保存していません: リンクが Web リンクではありません。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n could not be saved; see the note on each.</source>
      <translation>
        <numerusform>%n 件を保存できませんでした。それぞれの注記を確認してください。</numerusform>
      </translation>
    </message>
    <message>
      <source>No preview for this document.</source>
      <translation>このドキュメントのプレビューはありません。</translation>
    </message>
  </context>
  <context>
    <name>Presets</name>
    <message>
      <source>Give the preset a name.</source>
      <translation>プリセットに名前を付けてください。</translation>
    </message>
    <message>
      <source>Preset names can be at most {limit} characters long.</source>
      <translation>プリセット名は {limit} 文字以内にしてください。</translation>
    </message>
    <message>
      <source>Preset names cannot contain line breaks or control characters.</source>
      <translation>プリセット名に改行や制御文字は使えません。</translation>
    </message>
    <message>
      <source>{where}: the inputs must be a JSON object of input names and values.</source>
      <translation>{where}: 入力は、入力名と値からなる JSON オブジェクトにしてください。</translation>
    </message>
    <message>
      <source>{where}: every input needs a name.</source>
      <translation>{where}: すべての入力に名前が必要です。</translation>
    </message>
    <message>
      <source>This file is not valid JSON ({name} is not allowed).</source>
      <translation>このファイルは有効な JSON ではありません({name} は使えません)。</translation>
    </message>
    <message>
      <source>The number {number} is too large to use.</source>
      <translation>数値 {number} は大きすぎて使えません。</translation>
    </message>
    <message>
      <source>“{where}” cannot be used: it holds {problem}.</source>
      <translation>「{where}」は使えません: {problem}が含まれています。</translation>
    </message>
    <message>
      <source>This file is too large to be a presets file.</source>
      <translation>このファイルはプリセットファイルとしては大きすぎます。</translation>
    </message>
    <message>
      <source>This file is not a presets file (it is not text).</source>
      <translation>このファイルはプリセットファイルではありません(テキストではありません)。</translation>
    </message>
    <message>
      <source>This file is not valid JSON: {problem} (line {line}).</source>
      <translation>このファイルは有効な JSON ではありません: {problem}({line} 行)。</translation>
    </message>
    <message>
      <source>This file is nested too deeply to read.</source>
      <translation>このファイルは入れ子が深すぎて読み込めません。</translation>
    </message>
    <message>
      <source>This file is not a FLORA Desktop presets file.</source>
      <translation>このファイルは FLORA Desktop のプリセットファイルではありません。</translation>
    </message>
    <message>
      <source>This presets file has no version.</source>
      <translation>このプリセットファイルにはバージョンがありません。</translation>
    </message>
    <message>
      <source>This presets file comes from a newer FLORA Desktop. Update the app.</source>
      <translation>このプリセットファイルは新しいバージョンの FLORA Desktop で作られています。アプリを更新してください。</translation>
    </message>
    <message>
      <source>This presets file does not say which technique it is for.</source>
      <translation>このプリセットファイルには、対象のテクニックが書かれていません。</translation>
    </message>
    <message>
      <source>This presets file has no list of presets.</source>
      <translation>このプリセットファイルにはプリセットの一覧がありません。</translation>
    </message>
    <message>
      <source>Preset {number}</source>
      <translation>プリセット {number}</translation>
    </message>
    <message>
      <source>{where} is not a preset.</source>
      <translation>{where} はプリセットではありません。</translation>
    </message>
    <message>
      <source>{where}: {problem}</source>
      <translation>{where}: {problem}</translation>
    </message>
    <message>
      <source>{where} ({name})</source>
      <translation>{where}({name})</translation>
    </message>
    <message>
      <source>Copy a JSON object of inputs, like {"prompt": "a red fox"}.</source>
      <translation>入力の JSON オブジェクトをコピーしてください(例: {"prompt": "a red fox"})。</translation>
    </message>
    <message>
      <source>The clipboard is empty. {hint}</source>
      <translation>クリップボードが空です。{hint}</translation>
    </message>
    <message>
      <source>The clipboard does not hold valid JSON. {hint}</source>
      <translation>クリップボードの内容が有効な JSON ではありません。{hint}</translation>
    </message>
    <message>
      <source>The clipboard does not hold an inputs map. {hint}</source>
      <translation>クリップボードの内容が入力のマップではありません。{hint}</translation>
    </message>
    <message>
      <source>The clipboard holds an empty inputs map. {hint}</source>
      <translation>クリップボードの入力のマップが空です。{hint}</translation>
    </message>
    <message>
      <source>The clipboard</source>
      <translation>クリップボード</translation>
    </message>
    <message>
      <source>Your saved presets for this technique</source>
      <translation>このテクニック用に保存したプリセット</translation>
    </message>
    <message>
      <source>The preset</source>
      <translation>プリセット</translation>
    </message>
    <message>
      <source>This technique has no presets to export yet.</source>
      <translation>このテクニックには、書き出せるプリセットがまだありません。</translation>
    </message>
    <message>
      <source>The presets could not be exported.</source>
      <translation>プリセットを書き出せませんでした。</translation>
    </message>
    <message>
      <source>no access</source>
      <translation>アクセス権なし</translation>
    </message>
    <message>
      <source>The file could not be read ({reason}).</source>
      <translation>ファイルを読み込めませんでした({reason})。</translation>
    </message>
    <message>
      <source>This presets file holds no presets.</source>
      <translation>このプリセットファイルにはプリセットが入っていません。</translation>
    </message>
    <message>
      <source>These inputs contain your API key. Presets never hold a key: remove it from the inputs first.</source>
      <translation>この入力には API キーが含まれています。プリセットにキーは保存しません。先に入力からキーを削除してください。</translation>
    </message>
    <message>
      <source>This presets file is for another technique.</source>
      <translation>このプリセットファイルは別のテクニック用です。</translation>
    </message>
    <message>
      <source>The presets could not be saved.</source>
      <translation>プリセットを保存できませんでした。</translation>
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
      <translation>プリセットを保存</translation>
    </message>
    <message>
      <source>Name of the preset:</source>
      <translation>プリセットの名前:</translation>
    </message>
    <message>
      <source>Export presets</source>
      <translation>プリセットを書き出し</translation>
    </message>
    <message>
      <source>Import presets</source>
      <translation>プリセットを読み込み</translation>
    </message>
    <message>
      <source>Delete preset?</source>
      <translation>プリセットを削除しますか?</translation>
    </message>
    <message>
      <source>Delete the preset “{name}”? This cannot be undone.</source>
      <translation>プリセット「{name}」を削除しますか? この操作は元に戻せません。</translation>
    </message>
    <message>
      <source>Presets</source>
      <translation>プリセット</translation>
    </message>
    <message>
      <source>Save these inputs under a name, apply a saved preset, export or import presets, or paste inputs from the clipboard</source>
      <translation>この入力に名前を付けて保存、保存したプリセットの適用、プリセットの書き出しや読み込み、クリップボードからの入力の貼り付けができます</translation>
    </message>
    <message>
      <source>Saved inputs for this technique</source>
      <translation>このテクニック用に保存した入力</translation>
    </message>
    <message>
      <source>Fix the marked inputs first, then save the preset.</source>
      <translation>先に印の付いた入力を直してから、プリセットを保存してください。</translation>
    </message>
    <message>
      <source>The preset could not be saved ({reason}).</source>
      <translation>プリセットを保存できませんでした({reason})。</translation>
    </message>
    <message>
      <source>Replaced the preset “{name}”.</source>
      <translation>プリセット「{name}」を置き換えました。</translation>
    </message>
    <message>
      <source>Saved the preset “{name}”.</source>
      <translation>プリセット「{name}」を保存しました。</translation>
    </message>
    <message>
      <source>Wait until the run has started, then apply the preset.</source>
      <translation>実行が開始されるまで待ってから、プリセットを適用してください。</translation>
    </message>
    <message>
      <source>Apply preset {name}</source>
      <translation>プリセット {name} を適用</translation>
    </message>
    <message>
      <source>Applied the preset “{name}”. Undo takes it back.</source>
      <translation>プリセット「{name}」を適用しました。「元に戻す」で取り消せます。</translation>
    </message>
    <message>
      <source>The preset could not be deleted ({reason}).</source>
      <translation>プリセットを削除できませんでした({reason})。</translation>
    </message>
    <message>
      <source>Deleted the preset “{name}”.</source>
      <translation>プリセット「{name}」を削除しました。</translation>
    </message>
    <message>
      <source>The presets could not be exported ({reason}).</source>
      <translation>プリセットを書き出せませんでした({reason})。</translation>
    </message>
    <message numerus="yes">
      <source>Exported %n presets to {file}.</source>
      <translation>
        <numerusform>%n 件のプリセットを {file} に書き出しました。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n presets</source>
      <translation>
        <numerusform>%n 件のプリセット</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Pasted %n inputs.</source>
      <translation>
        <numerusform>%n 件の入力を貼り付けました。</numerusform>
      </translation>
    </message>
    <message>
      <source>The presets could not be imported ({reason}).</source>
      <translation>プリセットを読み込めませんでした({reason})。</translation>
    </message>
    <message>
      <source>Presets (*.florapreset *.json);;All files (*)</source>
      <translation>プリセット (*.florapreset *.json);;すべてのファイル (*)</translation>
    </message>
    <message>
      <source>Imported {what}.</source>
      <translation>{what}を読み込みました。</translation>
    </message>
    <message>
      <source>Imported {what} for another technique ({technique}). Choose that technique to use them.</source>
      <translation>別のテクニック({technique})用の{what}を読み込みました。使うにはそのテクニックを選んでください。</translation>
    </message>
    <message>
      <source>Wait until the run has started, then paste.</source>
      <translation>実行が開始されるまで待ってから、貼り付けてください。</translation>
    </message>
    <message>
      <source>Paste inputs</source>
      <translation>入力を貼り付け</translation>
    </message>
    <message>
      <source>Not inputs of this technique, added as custom inputs: {names}.</source>
      <translation>このテクニックにない入力をカスタム入力として追加しました: {names}。</translation>
    </message>
    <message>
      <source>Check the marked inputs.</source>
      <translation>印の付いた入力を確認してください。</translation>
    </message>
    <message>
      <source>Save inputs as preset…</source>
      <translation>入力をプリセットとして保存…</translation>
    </message>
    <message>
      <source>Apply preset</source>
      <translation>プリセットを適用</translation>
    </message>
    <message>
      <source>Delete preset</source>
      <translation>プリセットを削除</translation>
    </message>
    <message>
      <source>Export presets…</source>
      <translation>プリセットを書き出し…</translation>
    </message>
    <message>
      <source>Import presets…</source>
      <translation>プリセットを読み込み…</translation>
    </message>
    <message>
      <source>Fill the inputs from a JSON map on the clipboard</source>
      <translation>クリップボードの JSON マップから入力を埋めます</translation>
    </message>
  </context>
  <context>
    <name>ProfileMenu</name>
    <message>
      <source>&amp;Profile</source>
      <translation>プロファイル(&amp;P)</translation>
    </message>
  </context>
  <context>
    <name>Profiles</name>
    <message>
      <source>That looks like an API key; the key goes in the key field.</source>
      <translation>これは API キーのようです。キーはキーの欄に入力してください。</translation>
    </message>
    <message>
      <source>Give the profile a name.</source>
      <translation>プロファイルに名前を付けてください。</translation>
    </message>
    <message>
      <source>A profile name has at most {limit} characters.</source>
      <translation>プロファイル名は {limit} 文字以内です。</translation>
    </message>
    <message>
      <source>The server address must start with https://, such as https://app.flora.ai/api/v1.</source>
      <translation>サーバーアドレスは https:// で始まる必要があります(例: https://app.flora.ai/api/v1)。</translation>
    </message>
    <message>
      <source>That is not a complete web address.</source>
      <translation>完全な Web アドレスではありません。</translation>
    </message>
    <message>
      <source>The default profile cannot be removed.</source>
      <translation>既定のプロファイルは削除できません。</translation>
    </message>
  </context>
  <context>
    <name>Recovery</name>
    <message>
      <source>Checking…</source>
      <translation>確認中…</translation>
    </message>
    <message>
      <source>A run you started may have started</source>
      <translation>開始した実行が始まっている可能性があります</translation>
    </message>
    <message>
      <source>FLORA Desktop closed before FLORA confirmed the last run you started. Checking with FLORA whether it started…</source>
      <translation>FLORA が最後の実行を確認する前に FLORA Desktop が終了しました。実行が開始されたか FLORA に確認しています…</translation>
    </message>
    <message>
      <source>Run is available again once this is known.</source>
      <translation>状況がわかり次第、「実行」を再び使えるようになります。</translation>
    </message>
    <message>
      <source>Your last run did start</source>
      <translation>最後の実行は開始されました</translation>
    </message>
    <message>
      <source>FLORA Desktop closed before FLORA confirmed it, but FLORA has it. It is shown below and in the Runs tab, and nothing was started twice.</source>
      <translation>FLORA が実行を確認する前に FLORA Desktop が終了しましたが、FLORA は実行を受け付けています。下と「実行一覧」タブに表示されており、二重に開始されたものはありません。</translation>
    </message>
    <message>
      <source>Press Run only if you want another run: it would be billed again.</source>
      <translation>別の実行が必要な場合だけ「実行」を押してください。再度課金されます。</translation>
    </message>
    <message>
      <source>Your last run did not start</source>
      <translation>最後の実行は開始されませんでした</translation>
    </message>
    <message>
      <source>FLORA Desktop closed before FLORA confirmed it, and FLORA has no such run, so nothing was billed.</source>
      <translation>FLORA が実行を確認する前に FLORA Desktop が終了しましたが、FLORA にその実行はないため、課金はされていません。</translation>
    </message>
    <message>
      <source>Press Run to start it now.</source>
      <translation>今すぐ開始するには「実行」を押してください。</translation>
    </message>
    <message>
      <source>FLORA Desktop closed before FLORA confirmed the last run you started, and FLORA could not be asked about it just now.</source>
      <translation>FLORA が最後の実行を確認する前に FLORA Desktop が終了しました。現在 FLORA に問い合わせることができませんでした。</translation>
    </message>
    <message>
      <source>Look it up before pressing Run again, so you don't pay twice.</source>
      <translation>二重に支払わないよう、「実行」をもう一度押す前に確認してください。</translation>
    </message>
    <message>
      <source>FLORA Desktop closed before FLORA confirmed the last run you started. FLORA has a run from that moment, but another run of the same technique was sent then too (a batch, or another window), so it can't be told which is yours.</source>
      <translation>最後に開始した実行を FLORA が確認する前に FLORA Desktop が終了しました。FLORA にはその時刻の実行がありますが、同じテクニックの別の実行(バッチまたは別のウィンドウ)も同時に送信されていたため、どれがあなたの実行か判別できません。</translation>
    </message>
    <message>
      <source>Look in History for a run from that moment before pressing Run again, so you don't pay twice.</source>
      <translation>二重に支払わないよう、もう一度「実行」を押す前に、履歴でその時刻の実行を確認してください。</translation>
    </message>
    <message>
      <source>The run was not started</source>
      <translation>実行は開始されませんでした</translation>
    </message>
    <message>
      <source>FLORA Desktop could not write the run to its history on this computer before sending it. Without that note a crash could bill you twice, so nothing was sent.</source>
      <translation>送信前に、このコンピューターの履歴へ実行を記録できませんでした。この記録がないとクラッシュ時に二重に課金されるおそれがあるため、何も送信していません。</translation>
    </message>
    <message>
      <source>Free some disk space or check the FLORA Desktop data folder, then press Run.</source>
      <translation>ディスクの空き容量を増やすか、FLORA Desktop のデータフォルダーを確認してから「実行」を押してください。</translation>
    </message>
  </context>
  <context>
    <name>Rerun</name>
    <message>
      <source>This run was started outside this app, so FLORA did not give back its inputs. Open the technique and fill them in yourself.</source>
      <translation>この実行はこのアプリの外で開始されたため、FLORA から入力が返されませんでした。テクニックを開いて、入力をご自身で埋めてください。</translation>
    </message>
    <message>
      <source>Run again with these inputs</source>
      <translation>この入力でもう一度実行</translation>
    </message>
    <message>
      <source>Run again</source>
      <translation>もう一度実行</translation>
    </message>
    <message>
      <source>{what} — new run, billed again</source>
      <translation>{what} — 新しい実行、再度課金されます</translation>
    </message>
    <message>
      <source>{what} — new run, costs {cost}</source>
      <translation>{what} — 新しい実行、{cost}</translation>
    </message>
    <message>
      <source>Starts a new run with the same technique and inputs. It is a separate run and is billed again; the earlier run is kept as it is.</source>
      <translation>同じテクニックと入力で新しい実行を開始します。別の実行として再度課金されます。前回の実行はそのまま残ります。</translation>
    </message>
    <message>
      <source>Starts a new run with the same technique and inputs. It is a separate run and costs {cost}; the earlier run is kept as it is.</source>
      <translation>同じテクニックと入力で新しい実行を開始します。別の実行として {cost} かかります。前回の実行はそのまま残ります。</translation>
    </message>
  </context>
  <context>
    <name>ResultPanel</name>
    <message>
      <source>Technique run</source>
      <translation>テクニックの実行</translation>
    </message>
    <message>
      <source>Generation</source>
      <translation>生成</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>アクション</translation>
    </message>
    <message>
      <source>Run result</source>
      <translation>実行結果</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>コピー</translation>
    </message>
    <message>
      <source>Copy run id</source>
      <translation>実行 ID をコピー</translation>
    </message>
    <message>
      <source>Run id</source>
      <translation>実行 ID</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>種類</translation>
    </message>
    <message>
      <source>Technique</source>
      <translation>テクニック</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状態</translation>
    </message>
    <message>
      <source>Charged</source>
      <translation>課金額</translation>
    </message>
    <message>
      <source>Estimated time</source>
      <translation>予想所要時間</translation>
    </message>
    <message>
      <source>Project</source>
      <translation>プロジェクト</translation>
    </message>
    <message>
      <source>Show run details</source>
      <translation>実行の詳細を表示</translation>
    </message>
    <message>
      <source>Hide run details</source>
      <translation>実行の詳細を隠す</translation>
    </message>
    <message>
      <source>Look it up</source>
      <translation>確認する</translation>
    </message>
    <message>
      <source>Run started</source>
      <translation>実行を開始しました</translation>
    </message>
    <message>
      <source>FLORA accepted the run and is working on it.</source>
      <translation>FLORA が実行を受け付け、処理しています。</translation>
    </message>
    <message>
      <source>{cost} so far</source>
      <translation>これまでに {cost}</translation>
    </message>
    <message>
      <source>Latest run of this technique</source>
      <translation>このテクニックの最新の実行</translation>
    </message>
    <message>
      <source>Look again</source>
      <translation>もう一度確認</translation>
    </message>
    <message>
      <source>FLORA had already received this request, so no second run was started. Here it is.</source>
      <translation>FLORA はすでにこのリクエストを受け取っていたため、2 回目の実行は開始されませんでした。その実行はこちらです。</translation>
    </message>
    <message>
      <source>This is the newest run of this technique in this workspace.</source>
      <translation>このワークスペースでのこのテクニックの最新の実行です。</translation>
    </message>
    <message>
      <source>nothing yet</source>
      <translation>まだありません</translation>
    </message>
    <message>
      <source>{status} ({percent}%)</source>
      <translation>{status}({percent}%)</translation>
    </message>
    <message>
      <source>The run may still have started</source>
      <translation>それでも実行が開始された可能性があります</translation>
    </message>
    <message>
      <source>You stopped waiting, but FLORA may already have received the request. Look it up before pressing Run again, so you don't pay twice.</source>
      <translation>待つのをやめましたが、FLORA はすでにリクエストを受け取っているかもしれません。二重に支払わないよう、「実行」をもう一度押す前に確認してください。</translation>
    </message>
    <message>
      <source>not given</source>
      <translation>指定なし</translation>
    </message>
    <message>
      <source>Status address: {url}</source>
      <translation>ステータスのアドレス: {url}</translation>
    </message>
    <message>
      <source>Run id {run_id}.</source>
      <translation>実行 ID {run_id}。</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>完了</translation>
    </message>
    <message>
      <source>Your outputs are below.</source>
      <translation>出力は下にあります。</translation>
    </message>
    <message>
      <source>The run failed</source>
      <translation>実行に失敗しました</translation>
    </message>
    <message>
      <source>Here is why, and what to do.</source>
      <translation>理由と対処法はこちらです。</translation>
    </message>
    <message>
      <source>Running</source>
      <translation>実行中</translation>
    </message>
    <message>
      <source>FLORA is working on it; outputs appear here.</source>
      <translation>FLORA が処理中です。出力はここに表示されます。</translation>
    </message>
  </context>
  <context>
    <name>RowMedia</name>
    <message>
      <source>{count} pictures</source>
      <translation>画像 {count} 枚</translation>
    </message>
    <message>
      <source>1 picture</source>
      <translation>画像 1 枚</translation>
    </message>
    <message>
      <source>Item {number}: {problem}</source>
      <translation>項目 {number}: {problem}</translation>
    </message>
    <message>
      <source>{count} videos</source>
      <translation>動画 {count} 本</translation>
    </message>
    <message>
      <source>1 video</source>
      <translation>動画 1 本</translation>
    </message>
    <message>
      <source>No preview: the file could not be read.</source>
      <translation>プレビューなし: ファイルを読み込めませんでした。</translation>
    </message>
    <message>
      <source>No preview: the picture is too large to fetch.</source>
      <translation>プレビューなし: 画像が大きすぎて取得できません。</translation>
    </message>
    <message>
      <source>No preview: this does not look like a picture.</source>
      <translation>プレビューなし: 画像ではないようです。</translation>
    </message>
    <message>
      <source>length unknown</source>
      <translation>長さ不明</translation>
    </message>
    <message>
      <source>No first frame: the start of this video could not be read.</source>
      <translation>最初のフレームがありません: この動画の先頭を読み取れませんでした。</translation>
    </message>
    <message>
      <source>The cropped copy could not be saved.</source>
      <translation>切り抜いたコピーを保存できませんでした。</translation>
    </message>
  </context>
  <context>
    <name>RowUploads</name>
    <message>
      <source>Choose a file for {input}</source>
      <translation>{input} のファイルを選択</translation>
    </message>
    <message>
      <source>Wait until the run has started, then choose the file again.</source>
      <translation>実行が開始されるまで待ってから、もう一度ファイルを選んでください。</translation>
    </message>
    <message>
      <source>Choose a workspace first: files are uploaded to it.</source>
      <translation>先にワークスペースを選んでください。ファイルはそこにアップロードされます。</translation>
    </message>
    <message>
      <source>This input takes one file: drop one at a time.</source>
      <translation>この入力が受け付けるファイルは 1 つです。1 つずつドロップしてください。</translation>
    </message>
    <message>
      <source>Upload of “{name}” cancelled.</source>
      <translation>「{name}」のアップロードをキャンセルしました。</translation>
    </message>
    <message>
      <source>Upload {name} to {input}</source>
      <translation>{name} を {input} にアップロード</translation>
    </message>
    <message>
      <source>Uploaded “{name}”.</source>
      <translation>「{name}」をアップロードしました。</translation>
    </message>
    <message>
      <source>This technique takes no files.</source>
      <translation>このテクニックはファイルを受け付けません。</translation>
    </message>
    <message>
      <source>None of the inputs takes “{name}”.</source>
      <translation>「{name}」を受け付ける入力はありません。</translation>
    </message>
  </context>
  <context>
    <name>RunActions</name>
    <message>
      <source>Open in editor</source>
      <translation>エディターで開く</translation>
    </message>
    <message>
      <source>Put this run's technique and inputs into the editor</source>
      <translation>この実行のテクニックと入力をエディターに入れます</translation>
    </message>
    <message>
      <source>Running it again unchanged would most likely fail the same way.</source>
      <translation>そのままもう一度実行しても、おそらく同じように失敗します。</translation>
    </message>
  </context>
  <context>
    <name>RunBar</name>
    <message>
      <source>Choose a technique to see what a run costs.</source>
      <translation>テクニックを選ぶと、1 回の実行にかかるコストが表示されます。</translation>
    </message>
    <message>
      <source>Run</source>
      <translation>実行</translation>
    </message>
    <message>
      <source>Starting…</source>
      <translation>開始中…</translation>
    </message>
    <message>
      <source>Waiting…</source>
      <translation>待機中…</translation>
    </message>
    <message>
      <source>Start a run (Ctrl+Enter)</source>
      <translation>実行を開始 (Ctrl+Enter)</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>キャンセル</translation>
    </message>
    <message>
      <source>Practice credits used today {today} · this month {month} in {workspace}</source>
      <translation>{workspace} の練習用クレジット使用量: 今日 {today} · 今月 {month}</translation>
    </message>
    <message>
      <source>Spent today {today} · this month {month} in {workspace}</source>
      <translation>{workspace} の利用額: 今日 {today} · 今月 {month}</translation>
    </message>
    <message>
      <source>Runs cost {cost} each</source>
      <translation>1 回の実行につき {cost}</translation>
    </message>
  </context>
  <context>
    <name>RunProgress</name>
    <message>
      <source>Run progress</source>
      <translation>実行の進行状況</translation>
    </message>
    <message>
      <source>{status} at %p%</source>
      <translation>{status}(%p%)</translation>
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
      <translation>開始待ち</translation>
    </message>
    <message>
      <source>Running</source>
      <translation>実行中</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>完了</translation>
    </message>
    <message>
      <source>Failed</source>
      <translation>失敗</translation>
    </message>
    <message>
      <source>Checking…</source>
      <translation>確認中…</translation>
    </message>
    <message>
      <source>{seconds} s</source>
      <translation>{seconds} 秒</translation>
    </message>
    <message>
      <source>{hours} h {minutes} min</source>
      <translation>{hours} 時間 {minutes} 分</translation>
    </message>
    <message>
      <source>{minutes} min {seconds} s</source>
      <translation>{minutes} 分 {seconds} 秒</translation>
    </message>
    <message>
      <source>{minutes} min</source>
      <translation>{minutes} 分</translation>
    </message>
    <message>
      <source>d MMM yyyy HH:mm</source>
      <translation>yyyy年M月d日 HH:mm</translation>
    </message>
    <message>
      <source>Stopped checking this run.</source>
      <translation>この実行の確認を停止しました。</translation>
    </message>
    <message>
      <source>took {duration}</source>
      <translation>所要時間: {duration}</translation>
    </message>
    <message>
      <source>{elapsed} so far, about {remaining} left</source>
      <translation>{elapsed} 経過、残り約 {remaining}</translation>
    </message>
    <message>
      <source>{elapsed} so far, longer than the usual {estimate}</source>
      <translation>{elapsed} 経過、通常の {estimate} より長くかかっています</translation>
    </message>
    <message>
      <source>{elapsed} so far</source>
      <translation>{elapsed} 経過</translation>
    </message>
    <message>
      <source>Technique</source>
      <translation>テクニック</translation>
    </message>
    <message>
      <source>Workspace</source>
      <translation>ワークスペース</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状態</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>進行状況</translation>
    </message>
    <message>
      <source>Started</source>
      <translation>開始日時</translation>
    </message>
    <message>
      <source>Run {run_id}</source>
      <translation>実行 {run_id}</translation>
    </message>
  </context>
  <context>
    <name>RunsPanel</name>
    <message>
      <source>No runs yet. Runs you start appear here and keep going while you launch more.</source>
      <translation>まだ実行はありません。開始した実行はここに表示され、ほかの実行を始めても続きます。</translation>
    </message>
    <message>
      <source>{name} in {workspace} — {status}</source>
      <translation>{workspace} の {name} — {status}</translation>
    </message>
    <message>
      <source>{name} — {status}</source>
      <translation>{name} — {status}</translation>
    </message>
    <message>
      <source>Runs</source>
      <translation>実行一覧</translation>
    </message>
    <message>
      <source>Column headers</source>
      <translation>列見出し</translation>
    </message>
    <message>
      <source>Drag to resize the list and the detail</source>
      <translation>ドラッグして一覧と詳細の大きさを変更</translation>
    </message>
    <message>
      <source>Run id {run_id}</source>
      <translation>実行 ID {run_id}</translation>
    </message>
  </context>
  <context>
    <name>Session</name>
    <message>
      <source>The practice sandbox could not start on this computer (it needs to open a local network port on 127.0.0.1). Try again, or sign in with your API key.</source>
      <translation>このコンピューターで練習用サンドボックスを起動できませんでした(127.0.0.1 でローカルのネットワークポートを開く必要があります)。もう一度試すか、API キーでサインインしてください。</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <source>Paste the API key first.</source>
      <translation>先に API キーを貼り付けてください。</translation>
    </message>
    <message>
      <source>The API key must be one line. Paste only the key.</source>
      <translation>API キーは 1 行にしてください。キーだけを貼り付けてください。</translation>
    </message>
    <message>
      <source>An API key has no spaces in it. Paste only the key.</source>
      <translation>API キーにスペースは含まれません。キーだけを貼り付けてください。</translation>
    </message>
    <message>
      <source>This key has a character no API key has (perhaps a look-alike letter from another alphabet). Copy the key again from FLORA.</source>
      <translation>このキーには API キーに使われない文字が含まれています(別の文字体系の似た文字かもしれません)。FLORA からキーをもう一度コピーしてください。</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>設定</translation>
    </message>
    <message>
      <source>Accounts</source>
      <translation>アカウント</translation>
    </message>
    <message>
      <source>Profiles</source>
      <translation>プロファイル</translation>
    </message>
    <message>
      <source>Each profile is a FLORA account: a name, a server and its own key.</source>
      <translation>プロファイルごとに 1 つの FLORA アカウント(名前、サーバー、専用のキー)を設定します。</translation>
    </message>
    <message>
      <source>&amp;Add profile</source>
      <translation>プロファイルを追加(&amp;A)</translation>
    </message>
    <message>
      <source>&amp;Remove</source>
      <translation>削除(&amp;R)</translation>
    </message>
    <message>
      <source>Remove profile</source>
      <translation>プロファイルを削除</translation>
    </message>
    <message>
      <source>&amp;Use this profile</source>
      <translation>このプロファイルを使う(&amp;U)</translation>
    </message>
    <message>
      <source>Profile name</source>
      <translation>プロファイル名</translation>
    </message>
    <message>
      <source>Server address</source>
      <translation>サーバーアドレス</translation>
    </message>
    <message>
      <source>New API key</source>
      <translation>新しい API キー</translation>
    </message>
    <message>
      <source>Leave empty to keep the key saved in the system keyring.</source>
      <translation>空欄のままにすると、システムのキーリングに保存したキーを使い続けます。</translation>
    </message>
    <message>
      <source>Leave empty to keep the saved key</source>
      <translation>空欄なら保存済みのキーを使い続けます</translation>
    </message>
    <message>
      <source>&amp;Name</source>
      <translation>名前(&amp;N)</translation>
    </message>
    <message>
      <source>Ser&amp;ver</source>
      <translation>サーバー(&amp;V)</translation>
    </message>
    <message>
      <source>API &amp;key</source>
      <translation>API キー(&amp;K)</translation>
    </message>
    <message>
      <source>Runs</source>
      <translation>実行一覧</translation>
    </message>
    <message>
      <source>Output folder</source>
      <translation>出力フォルダー</translation>
    </message>
    <message>
      <source>Where finished outputs are saved.</source>
      <translation>完成した出力の保存先です。</translation>
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation>参照(&amp;B)…</translation>
    </message>
    <message>
      <source>Choose the output folder</source>
      <translation>出力フォルダーを選択</translation>
    </message>
    <message>
      <source>Check a running run every (seconds)</source>
      <translation>実行中の実行を確認する間隔(秒)</translation>
    </message>
    <message>
      <source> s</source>
      <translation> 秒</translation>
    </message>
    <message>
      <source>Notif&amp;y me when a run finishes</source>
      <translation>実行が完了したら通知する(&amp;Y)</translation>
    </message>
    <message>
      <source>Preview cache size (megabytes)</source>
      <translation>プレビューのキャッシュサイズ(メガバイト)</translation>
    </message>
    <message>
      <source>Previews and opened outputs are kept on this computer up to this size; the least recently used go first.</source>
      <translation>プレビューと開いた出力は、このサイズまでこのコンピューターに保存されます。最も長く使われていないものから削除されます。</translation>
    </message>
    <message>
      <source> MB</source>
      <translation> MB</translation>
    </message>
    <message>
      <source>&amp;Output folder</source>
      <translation>出力フォルダー(&amp;O)</translation>
    </message>
    <message>
      <source>&amp;Check runs every</source>
      <translation>実行を確認する間隔(&amp;C)</translation>
    </message>
    <message>
      <source>Previe&amp;w cache</source>
      <translation>プレビューのキャッシュ(&amp;W)</translation>
    </message>
    <message>
      <source>Appearance</source>
      <translation>外観</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>テーマ</translation>
    </message>
    <message>
      <source>Same as the system</source>
      <translation>システムと同じ</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>ライト</translation>
    </message>
    <message>
      <source>Dark</source>
      <translation>ダーク</translation>
    </message>
    <message>
      <source>&amp;Theme</source>
      <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>言語(&amp;L)</translation>
    </message>
    <message>
      <source>Not connected right now.</source>
      <translation>現在接続していません。</translation>
    </message>
    <message>
      <source>Connected now: the practice sandbox on this computer. Nothing is charged; the profiles below are used when you sign in with a key.</source>
      <translation>現在の接続: このコンピューター上の練習用サンドボックス。課金はされません。下のプロファイルは、キーでサインインしたときに使われます。</translation>
    </message>
    <message>
      <source>Connected now: the key from the FLORA_API_KEY environment variable, to {host}. The profiles below are used when the app starts without it.</source>
      <translation>現在の接続: 環境変数 FLORA_API_KEY のキーで {host} に接続しています。下のプロファイルは、この変数なしでアプリを起動したときに使われます。</translation>
    </message>
    <message>
      <source>Connected now: profile “{name}”, to {host}.</source>
      <translation>現在の接続: プロファイル「{name}」、{host}。</translation>
    </message>
    <message>
      <source>(no name)</source>
      <translation>(名前なし)</translation>
    </message>
    <message>
      <source>%1 (in use)</source>
      <translation>%1(使用中)</translation>
    </message>
    <message>
      <source>%1 (chosen)</source>
      <translation>%1(選択中)</translation>
    </message>
    <message>
      <source>The default profile stays; you can rename it.</source>
      <translation>既定のプロファイルは削除できませんが、名前は変更できます。</translation>
    </message>
    <message>
      <source>FLORA Desktop is connected with this profile.</source>
      <translation>FLORA Desktop はこのプロファイルで接続しています。</translation>
    </message>
    <message>
      <source>This profile is chosen, but not in use now (see above).</source>
      <translation>このプロファイルは選択されていますが、現在は使われていません(上記参照)。</translation>
    </message>
    <message>
      <source>Press Use this profile, then OK, to connect with it.</source>
      <translation>このプロファイルで接続するには、「このプロファイルを使う」を押してから OK を押してください。</translation>
    </message>
    <message>
      <source>New profile</source>
      <translation>新しいプロファイル</translation>
    </message>
    <message>
      <source>Choose a folder for outputs, such as %1.</source>
      <translation>出力用のフォルダーを選んでください(例: %1)。</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsSheet</name>
    <message>
      <source>or</source>
      <translation>または</translation>
    </message>
    <message>
      <source>Window</source>
      <translation>ウィンドウ</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>キーボードショートカット</translation>
    </message>
    <message>
      <source>Everything in FLORA Desktop works from the keyboard. Tab moves between controls; menus open with Alt and the underlined letter.</source>
      <translation>FLORA Desktop のすべての操作はキーボードでできます。Tab キーでコントロール間を移動し、メニューは Alt キーと下線付きの文字で開きます。</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>アクション</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>キー</translation>
    </message>
    <message>
      <source>Column headers</source>
      <translation>列見出し</translation>
    </message>
  </context>
  <context>
    <name>SignInPanel</name>
    <message>
      <source>Sign in to FLORA</source>
      <translation>FLORA にサインイン</translation>
    </message>
    <message>
      <source>FLORA Desktop starts your techniques with a FLORA API key. In FLORA, open Settings → API keys and create a key; paste it here.</source>
      <translation>FLORA Desktop は FLORA API キーを使ってテクニックを実行します。FLORA で「設定 → API キー」を開いてキーを作成し、ここに貼り付けてください。</translation>
    </message>
    <message>
      <source>FLORA did not accept this key. Check that you copied all of it, or create a new key in FLORA under Settings → API keys.</source>
      <translation>FLORA はこのキーを受け付けませんでした。キー全体をコピーしたか確認するか、FLORA の「設定 → API キー」で新しいキーを作成してください。</translation>
    </message>
    <message>
      <source>Your API key was not accepted by FLORA any more (it may have been revoked). Paste a new key and press Test and save; what you typed in the launcher is kept.</source>
      <translation>API キーが FLORA で受け付けられなくなりました(無効化された可能性があります)。新しいキーを貼り付けて「テストして保存」を押してください。ランチャーで入力した内容は残ります。</translation>
    </message>
    <message>
      <source>This computer has no system keyring where FLORA Desktop could keep your key safely, so it cannot remember it. You can still use the key until you quit.</source>
      <translation>このコンピューターには FLORA Desktop がキーを安全に保管できるシステムのキーリングがないため、キーを記憶できません。アプリを終了するまではキーを使えます。</translation>
    </message>
    <message>
      <source>Paste your API key first.</source>
      <translation>先に API キーを貼り付けてください。</translation>
    </message>
    <message>
      <source>That looks like more than one line. Paste only the key, on one line.</source>
      <translation>複数行のようです。キーだけを 1 行で貼り付けてください。</translation>
    </message>
    <message>
      <source>An API key has no spaces in it. Paste only the key.</source>
      <translation>API キーにスペースは含まれません。キーだけを貼り付けてください。</translation>
    </message>
    <message>
      <source>This key has a character no API key has (perhaps a look-alike letter from another alphabet). Copy the key again from FLORA, in Settings → API keys.</source>
      <translation>このキーには API キーに使われない文字が含まれています(別の文字体系の似た文字かもしれません)。FLORA の「設定 → API キー」からキーをもう一度コピーしてください。</translation>
    </message>
    <message>
      <source>FLORA Desktop cannot use this key or server address as written; nothing was sent. Check both and try again.</source>
      <translation>このキーまたはサーバーアドレスは、このままでは FLORA Desktop で使えません。何も送信していません。両方を確認してから、もう一度試してください。</translation>
    </message>
    <message>
      <source>FLORA accepted the key but does not let it list workspaces. Try another key.</source>
      <translation>FLORA はキーを受け付けましたが、このキーではワークスペースの一覧を取得できません。別のキーを試してください。</translation>
    </message>
    <message>
      <source>Could not reach FLORA at {host}. Check your internet connection (and the server address under Advanced), then try again.</source>
      <translation>{host} の FLORA に接続できませんでした。インターネット接続(と「詳細設定」のサーバーアドレス)を確認してから、もう一度試してください。</translation>
    </message>
    <message>
      <source>FLORA is not answering properly right now (error {status}). Try again in a minute.</source>
      <translation>FLORA が現在正しく応答していません(エラー {status})。1 分ほどしてからもう一度試してください。</translation>
    </message>
    <message>
      <source>FLORA refused the check (error {status}). Try again, or try another key.</source>
      <translation>FLORA が確認を拒否しました(エラー {status})。もう一度試すか、別のキーを試してください。</translation>
    </message>
    <message>
      <source>FLORA at {host} gave an answer FLORA Desktop does not understand. Check the server address under Advanced.</source>
      <translation>{host} の FLORA から、FLORA Desktop が理解できない応答が返されました。「詳細設定」のサーバーアドレスを確認してください。</translation>
    </message>
    <message>
      <source>Sign in</source>
      <translation>サインイン</translation>
    </message>
    <message>
      <source>API key</source>
      <translation>API キー</translation>
    </message>
    <message>
      <source>sk_live_…</source>
      <translation>sk_live_…</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>表示</translation>
    </message>
    <message>
      <source>Show the key</source>
      <translation>キーを表示</translation>
    </message>
    <message>
      <source>&amp;API key</source>
      <translation>API キー(&amp;A)</translation>
    </message>
    <message>
      <source>Advanced</source>
      <translation>詳細設定</translation>
    </message>
    <message>
      <source>FLORA server address</source>
      <translation>FLORA サーバーのアドレス</translation>
    </message>
    <message>
      <source>Server address</source>
      <translation>サーバーアドレス</translation>
    </message>
    <message>
      <source>Test and save</source>
      <translation>テストして保存</translation>
    </message>
    <message>
      <source>Try the sandbox</source>
      <translation>サンドボックスを試す</translation>
    </message>
    <message>
      <source>Start a practice FLORA on this computer: nothing is charged and no key is needed.</source>
      <translation>このコンピューターで練習用の FLORA を起動します。課金はされず、キーも不要です。</translation>
    </message>
    <message>
      <source>Use for this session only</source>
      <translation>このセッションだけ使う</translation>
    </message>
    <message>
      <source>Hide</source>
      <translation>隠す</translation>
    </message>
    <message>
      <source>Hide the key</source>
      <translation>キーを隠す</translation>
    </message>
    <message>
      <source>Server: {address}</source>
      <translation>サーバー: {address}</translation>
    </message>
    <message>
      <source>(not set)</source>
      <translation>(未設定)</translation>
    </message>
    <message>
      <source>Starting the sandbox…</source>
      <translation>サンドボックスを起動中…</translation>
    </message>
    <message>
      <source>Checking your key with FLORA…</source>
      <translation>FLORA でキーを確認中…</translation>
    </message>
    <message>
      <source>The server address must be a web address starting with https://, such as https://app.flora.ai/api/v1.</source>
      <translation>サーバーアドレスは https:// で始まる Web アドレスにしてください(例: https://app.flora.ai/api/v1)。</translation>
    </message>
  </context>
  <context>
    <name>Storage</name>
    <message>
      <source>The unsent inputs you left in a technique</source>
      <translation>テクニックに残した未送信の入力</translation>
    </message>
    <message>
      <source>Your latest changes could not be saved as a draft; they stay here while the app is open.</source>
      <translation>最新の変更を下書きとして保存できませんでした。アプリを開いている間はここに残ります。</translation>
    </message>
    <message>
      <source>Your run history</source>
      <translation>実行履歴</translation>
    </message>
    <message>
      <source>The run history could not be updated.</source>
      <translation>実行履歴を更新できませんでした。</translation>
    </message>
    <message>
      <source>Your run history cannot be saved right now. {why} Runs you start are shown as usual but forgotten when you quit.</source>
      <translation>現在、実行履歴を保存できません。{why} 開始した実行は通常どおり表示されますが、終了すると消えます。</translation>
    </message>
    <message>
      <source>The history file cannot be opened.</source>
      <translation>履歴ファイルを開けません。</translation>
    </message>
    <message>
      <source>The app's log cannot be written. {why} FLORA Desktop works as usual without it.</source>
      <translation>アプリのログを書き込めません。{why} FLORA Desktop はログなしでも通常どおり動作します。</translation>
    </message>
    <message>
      <source>The folder {folder} belongs to another user account.</source>
      <translation>フォルダー {folder} は別のユーザーアカウントのものです。</translation>
    </message>
    <message>
      <source>Your settings</source>
      <translation>設定</translation>
    </message>
    <message>
      <source>The settings file could not be read, so it is left as it is.</source>
      <translation>設定ファイルを読み込めなかったため、そのままにしてあります。</translation>
    </message>
    <message>
      <source>{why} Your settings work as usual but are kept only until you quit.</source>
      <translation>{why} 設定は通常どおり使えますが、終了するまでしか保持されません。</translation>
    </message>
    <message>
      <source>Your settings could not be saved.</source>
      <translation>設定を保存できませんでした。</translation>
    </message>
    <message>
      <source>This name has a broken character, so it cannot be stored.</source>
      <translation>この名前には壊れた文字が含まれているため、保存できません。</translation>
    </message>
    <message>
      <source>The disk is full. Free some space, then try again.</source>
      <translation>ディスクがいっぱいです。空き容量を増やしてから、もう一度試してください。</translation>
    </message>
    <message>
      <source>The disk holding {folder} is read-only. Choose another place or make it writable, then try again.</source>
      <translation>{folder} のあるディスクは読み取り専用です。別の場所を選ぶか、書き込めるようにしてから、もう一度試してください。</translation>
    </message>
    <message>
      <source>FLORA Desktop is not allowed to write in {folder}. Check who owns the folder and its permissions, then try again.</source>
      <translation>FLORA Desktop には {folder} への書き込み権限がありません。フォルダーの所有者と権限を確認してから、もう一度試してください。</translation>
    </message>
    <message>
      <source>The disk refused the file ({reason}). Try again.</source>
      <translation>ディスクがファイルを拒否しました({reason})。もう一度試してください。</translation>
    </message>
    <message>
      <source>{what} {why}</source>
      <translation>{what} {why}</translation>
    </message>
    <message>
      <source>a number too large to store (or not a number at all)</source>
      <translation>保存するには大きすぎる数値(または数値ではないもの)</translation>
    </message>
    <message>
      <source>text with a broken character (half of an emoji)</source>
      <translation>壊れた文字(絵文字の半分)を含むテキスト</translation>
    </message>
    <message>
      <source>a name with a broken character (half of an emoji)</source>
      <translation>壊れた文字(絵文字の半分)を含む名前</translation>
    </message>
    <message>
      <source>A value cannot be stored.</source>
      <translation>値を保存できません。</translation>
    </message>
    <message>
      <source>“{where}” cannot be stored: it holds {problem}.</source>
      <translation>「{where}」は保存できません: {problem}が含まれています。</translation>
    </message>
    <message>
      <source>{what} could not be read (the file is damaged or from another version). It was kept as “{file}” in {folder}; FLORA Desktop goes on without it.</source>
      <translation>{what}を読み込めませんでした(ファイルが壊れているか、別のバージョンのものです)。{folder} に「{file}」として保管し、FLORA Desktop はそれなしで続行します。</translation>
    </message>
    <message>
      <source>{what} could not be read, and the file “{file}” could not be moved aside. It is left as it is and will not be written over; changes last until you quit.</source>
      <translation>{what}を読み込めず、ファイル「{file}」を退避することもできませんでした。ファイルはそのまま残し、上書きしません。変更は終了するまで有効です。</translation>
    </message>
  </context>
  <context>
    <name>StoreNoticeView</name>
    <message>
      <source>Some of your files could not be used</source>
      <translation>一部のファイルを使用できませんでした</translation>
    </message>
  </context>
  <context>
    <name>TechniquePicker</name>
    <message>
      <source>&amp;Technique</source>
      <translation>テクニック(&amp;T)</translation>
    </message>
    <message>
      <source>Search techniques</source>
      <translation>テクニックを検索</translation>
    </message>
    <message>
      <source>Techniques</source>
      <translation>テクニック</translation>
    </message>
    <message>
      <source>Clear the search</source>
      <translation>検索をクリア</translation>
    </message>
  </context>
  <context>
    <name>TechniquesModel</name>
    <message>
      <source>image</source>
      <translation>画像</translation>
    </message>
    <message>
      <source>video</source>
      <translation>動画</translation>
    </message>
    <message>
      <source>audio</source>
      <translation>音声</translation>
    </message>
    <message>
      <source>text</source>
      <translation>テキスト</translation>
    </message>
    <message>
      <source>document</source>
      <translation>ドキュメント</translation>
    </message>
    <message>
      <source>{cost} per run</source>
      <translation>1 回 {cost}</translation>
    </message>
    <message>
      <source>none</source>
      <translation>なし</translation>
    </message>
    <message>
      <source>{name}. {description} {cost}. Takes {inputs}; makes {outputs}.</source>
      <translation>{name}。{description} {cost}。入力: {inputs}、出力: {outputs}。</translation>
    </message>
  </context>
  <context>
    <name>TextOutput</name>
    <message>
      <source>Text output</source>
      <translation>テキスト出力</translation>
    </message>
    <message>
      <source>Copy text</source>
      <translation>テキストをコピー</translation>
    </message>
  </context>
  <context>
    <name>TextValueEditor</name>
    <message>
      <source>JSON, e.g. "text", 42, ["a", "b"] or {"key": "value"}</source>
      <translation>JSON(例: "text"、42、["a", "b"]、{"key": "value"})</translation>
    </message>
  </context>
  <context>
    <name>Thumbnail</name>
    <message>
      <source>Open the image full size</source>
      <translation>画像を原寸で開く</translation>
    </message>
    <message>
      <source>Open full size</source>
      <translation>原寸で開く</translation>
    </message>
    <message>
      <source>Loading preview…</source>
      <translation>プレビューを読み込み中…</translation>
    </message>
  </context>
  <context>
    <name>Toast</name>
    <message>
      <source>Dismiss</source>
      <translation>閉じる</translation>
    </message>
  </context>
  <context>
    <name>Uploads</name>
    <message>
      <source>an image</source>
      <translation>画像</translation>
    </message>
    <message>
      <source>JPEG, PNG, WebP, GIF, AVIF or HEIC</source>
      <translation>JPEG、PNG、WebP、GIF、AVIF、HEIC</translation>
    </message>
    <message>
      <source>a video</source>
      <translation>動画</translation>
    </message>
    <message>
      <source>MP4, WebM or MOV</source>
      <translation>MP4、WebM、MOV</translation>
    </message>
    <message>
      <source>a sound file</source>
      <translation>音声ファイル</translation>
    </message>
    <message>
      <source>MP3, WAV or Ogg</source>
      <translation>MP3、WAV、Ogg</translation>
    </message>
    <message>
      <source>a PDF document</source>
      <translation>PDF ドキュメント</translation>
    </message>
    <message>
      <source>PDF</source>
      <translation>PDF</translation>
    </message>
    <message>
      <source>“{name}” changed while uploading; try again when it is finished.</source>
      <translation>「{name}」はアップロード中に変更されました。ファイルが完成してから、もう一度試してください。</translation>
    </message>
    <message>
      <source>a file</source>
      <translation>ファイル</translation>
    </message>
    <message>
      <source>a supported format</source>
      <translation>対応している形式</translation>
    </message>
    <message>
      <source>{kind} ({formats})</source>
      <translation>{kind}({formats})</translation>
    </message>
    <message>
      <source>This input takes text, not a file.</source>
      <translation>この入力はファイルではなくテキストを受け付けます。</translation>
    </message>
    <message>
      <source>“{name}” is a folder or not a file. Choose a file.</source>
      <translation>「{name}」はフォルダーか、ファイルではありません。ファイルを選んでください。</translation>
    </message>
    <message>
      <source>no access</source>
      <translation>アクセス権なし</translation>
    </message>
    <message>
      <source>“{name}” could not be read ({reason}).</source>
      <translation>「{name}」を読み込めませんでした({reason})。</translation>
    </message>
    <message>
      <source>“{name}” is empty.</source>
      <translation>「{name}」は空です。</translation>
    </message>
    <message>
      <source>“{name}” is not a kind of file FLORA takes. This input needs {accepted}.</source>
      <translation>「{name}」は FLORA が受け付けない種類のファイルです。この入力には{accepted}が必要です。</translation>
    </message>
    <message>
      <source>“{name}” is {kind}, but this input needs {accepted}.</source>
      <translation>「{name}」は{kind}ですが、この入力には{accepted}が必要です。</translation>
    </message>
    <message>
      <source>“{name}” is {megapixels:,.0f} megapixels; FLORA takes images up to {limit} megapixels. Make it smaller and try again.</source>
      <translation>「{name}」は {megapixels:,.0f} メガピクセルです。FLORA が受け付ける画像は {limit} メガピクセルまでです。小さくしてからもう一度試してください。</translation>
    </message>
  </context>
  <context>
    <name>UrlValueEditor</name>
    <message>
      <source>Paste a link (https://…), a FLORA element id, or choose a file</source>
      <translation>リンク(https://…)や FLORA の要素 ID を貼り付けるか、ファイルを選択</translation>
    </message>
    <message>
      <source>Paste a link (https://…) or choose a file</source>
      <translation>リンク(https://…)を貼り付けるか、ファイルを選択</translation>
    </message>
  </context>
  <context>
    <name>VideoPoster</name>
    <message>
      <source>No first frame: this computer can't show video inside the app.</source>
      <translation>最初のフレームがありません: このコンピューターではアプリ内で動画を表示できません。</translation>
    </message>
  </context>
  <context>
    <name>Watch</name>
    <message>
      <source>{seconds} s</source>
      <translation>{seconds} 秒</translation>
    </message>
    <message>
      <source>{minutes} min</source>
      <translation>{minutes} 分</translation>
    </message>
    <message>
      <source>FLORA says this run is “{status}”, which this app does not know, so it is no longer checked. Look for it in FLORA.</source>
      <translation>FLORA によると、この実行の状態は「{status}」ですが、このアプリが知らない状態のため確認を停止しました。FLORA で確認してください。</translation>
    </message>
    <message>
      <source>FLORA asked us to check less often.</source>
      <translation>FLORA から確認の頻度を下げるよう求められました。</translation>
    </message>
    <message>
      <source>FLORA is taking too long to answer.</source>
      <translation>FLORA の応答に時間がかかりすぎています。</translation>
    </message>
    <message>
      <source>Can't reach FLORA right now. Check your internet connection.</source>
      <translation>現在 FLORA に接続できません。インターネット接続を確認してください。</translation>
    </message>
    <message>
      <source>FLORA refused the API key, so this run can't be checked. Sign in again.</source>
      <translation>FLORA が API キーを拒否したため、この実行を確認できません。もう一度サインインしてください。</translation>
    </message>
    <message>
      <source>This API key may not see this run any more.</source>
      <translation>この API キーでは、この実行をもう見られない可能性があります。</translation>
    </message>
    <message>
      <source>FLORA no longer knows this run.</source>
      <translation>FLORA にこの実行の情報がもうありません。</translation>
    </message>
    <message>
      <source>FLORA had a problem answering.</source>
      <translation>FLORA の応答で問題が発生しました。</translation>
    </message>
    <message>
      <source>This run can't be checked because of an unexpected answer from FLORA.</source>
      <translation>FLORA から予期しない応答があったため、この実行を確認できません。</translation>
    </message>
    <message>
      <source>{problem} Checking again in {when}.</source>
      <translation>{problem} {when}後にもう一度確認します。</translation>
    </message>
  </context>
  <context>
    <name>WorkspacePicker</name>
    <message>
      <source>Workspace</source>
      <translation>ワークスペース</translation>
    </message>
  </context>
  <context>
    <name>WorkspacesModel</name>
    <message>
      <source>{name} (view only)</source>
      <translation>{name}(閲覧のみ)</translation>
    </message>
    <message>
      <source>{name} ({role})</source>
      <translation>{name}({role})</translation>
    </message>
    <message>
      <source>Your role: {role}</source>
      <translation>あなたの役割: {role}</translation>
    </message>
    <message>
      <source>Your role: {role}. You can look but not start runs here.</source>
      <translation>あなたの役割: {role}。ここでは閲覧はできますが、実行は開始できません。</translation>
    </message>
  </context>
  <context>
    <name>_CellDelegate</name>
    <message>
      <source>Loading…</source>
      <translation>読み込み中…</translation>
    </message>
    <message>
      <source>Not started</source>
      <translation>未開始</translation>
    </message>
    <message>
      <source>Not known</source>
      <translation>不明</translation>
    </message>
    <message>
      <source>Failed — no output</source>
      <translation>失敗 — 出力なし</translation>
    </message>
    <message>
      <source>Running…</source>
      <translation>実行中…</translation>
    </message>
    <message>
      <source>Picture (not saved)</source>
      <translation>画像(未保存)</translation>
    </message>
    <message>
      <source>Video</source>
      <translation>動画</translation>
    </message>
    <message>
      <source>Audio</source>
      <translation>音声</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>テキスト</translation>
    </message>
    <message>
      <source>No outputs</source>
      <translation>出力なし</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>ドキュメント</translation>
    </message>
    <message>
      <source>{status} · +{count} more</source>
      <translation>{status} · ほか {count} 件</translation>
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
