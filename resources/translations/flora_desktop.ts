<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
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
</context>
<context>
    <name>InputRowWidget</name>
    <message>
        <source>Name of the input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type this value as JSON (any JSON value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the custom input</source>
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
    <name>LauncherPage</name>
    <message>
        <source>Choose a technique on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the technique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key can&apos;t see any workspace.</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>MainWindow</name>
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
    <name>ProfileMenu</name>
    <message>
        <source>&amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
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
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look it up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look again</source>
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
        <source>Start a run (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
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
        <source>&amp;Notify me when a run finishes</source>
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
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in use)</source>
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
</context>
<context>
    <name>SignInPanel</name>
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
</context>
<context>
    <name>WorkspacePicker</name>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
