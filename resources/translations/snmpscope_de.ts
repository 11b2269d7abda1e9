<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <location filename="../../gui/controllers/targets.py" line="111"/>
        <source>Targets</source>
        <comment>user {user}</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/targets.py" line="113"/>
        <source>Targets</source>
        <comment>community {community}</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/targets.py" line="117"/>
        <source>Targets</source>
        <comment>{agent} · {version} · {credentials} · session “{session}”</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/targets.py" line="152"/>
        <source>Targets</source>
        <comment>{name} (saved)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/controllers/targets.py" line="154"/>
        <source>Targets</source>
        <comment>{folder}{name} · {address} · {version} · opens in the selected session</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="29"/>
        <source>ExportDialog</source>
        <comment>CSV, one row per line (*.csv)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="30"/>
        <source>ExportDialog</source>
        <comment>JSON (*.json)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="33"/>
        <source>ExportDialog</source>
        <comment>Export results</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/error_dialogs.py" line="41"/>
        <source>ErrorDialogs</source>
        <comment>The limit of {maximum} {what} was reached.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/error_dialogs.py" line="44"/>
        <source>ErrorDialogs</source>
        <comment>A resource could not be allocated.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/dialogs/error_dialogs.py" line="52"/>
        <source>ErrorDialogs</source>
        <comment>Close sessions you no longer need, or raise the limit in Preferences (Resource limits ▸ Sessions).</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/dialogs/error_dialogs.py" line="58"/>
        <source>ErrorDialogs</source>
        <comment>Free handles (PDUs, variable-binding lists) you are done with, close sessions you no longer need, or raise the limit in Preferences.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/dialogs/error_dialogs.py" line="64"/>
        <source>ErrorDialogs</source>
        <comment>The session receives faster than it is read: close sessions you no longer need, remove trap filters that match too much, or raise the limit in Preferences.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/dialogs/error_dialogs.py" line="69"/>
        <source>ErrorDialogs</source>
        <comment>Close sessions you no longer need, free handles you are done with, or raise the limit in Preferences.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="71"/>
        <source>SessionTree</source>
        <comment>1 handle</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="73"/>
        <source>SessionTree</source>
        <comment>{n} handles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="76"/>
        <source>SessionTree</source>
        <comment>1 trap filter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="78"/>
        <source>SessionTree</source>
        <comment>{n} trap filters</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="80"/>
        <source>SessionTree</source>
        <comment>{handles} · {outstanding} outstanding · {filters}</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../gui/actions.py" line="20"/>
        <source>&amp;New Session…</source>
        <translation>&amp;Neue Sitzung…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="21"/>
        <source>Open a new WinSNMP session</source>
        <translation>Eine neue WinSNMP-Sitzung öffnen</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="22"/>
        <source>&amp;Close Session</source>
        <translation>Sitzung &amp;schließen</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="23"/>
        <source>Close the session and free everything it owns</source>
        <translation>Die Sitzung schließen und alles freigeben, was ihr gehört</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="24"/>
        <source>Add &amp;Entity…</source>
        <translation>&amp;Entität hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="25"/>
        <source>Add an agent address to the session</source>
        <translation>Eine Agentenadresse zur Sitzung hinzufügen</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="26"/>
        <source>Add Con&amp;text…</source>
        <translation>Kon&amp;text hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="27"/>
        <source>Add a community to the session</source>
        <translation>Eine Community zur Sitzung hinzufügen</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="28"/>
        <source>Saved &amp;Agents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="30"/>
        <source>Add, edit, duplicate, delete and open saved agents with their credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="32"/>
        <source>New &amp;PDU…</source>
        <translation>Neue &amp;PDU…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="33"/>
        <source>Compose a GET, GETNEXT, GETBULK, SET, TRAP or INFORM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="34"/>
        <source>&amp;Duplicate PDU</source>
        <translation>PDU &amp;duplizieren</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="35"/>
        <source>Copy the selected PDU (SnmpDuplicatePdu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="36"/>
        <source>&amp;Edit a Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="38"/>
        <source>Open the composer on a copy of the selected PDU: a new PDU once created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="40"/>
        <source>&amp;Send / Re-send</source>
        <translation>&amp;Senden / erneut senden</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="41"/>
        <source>Send the selected PDU to the session&apos;s agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="43"/>
        <source>&amp;Free Handle</source>
        <translation>Handle &amp;freigeben</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="45"/>
        <source>Free the selected entity, context, PDU or VBL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="46"/>
        <source>&amp;Walk Here</source>
        <translation>Ab hier &amp;durchlaufen</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="47"/>
        <source>Walk the subtree below the selected OID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="48"/>
        <source>S&amp;top Walk</source>
        <translation>Durchlauf &amp;anhalten</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="49"/>
        <source>Stop the running walk; results so far are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="51"/>
        <source>&amp;Register for Traps…</source>
        <translation>Für Traps &amp;registrieren…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="52"/>
        <source>Receive traps and informs in this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="54"/>
        <source>P&amp;references…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="56"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>AgentsController</name>
    <message>
        <location filename="../../gui/controllers/agents.py" line="71"/>
        <source>There is no saved agent called {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/agents.py" line="96"/>
        <source>Agent {name} opened in session #{session}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentsDialog</name>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="60"/>
        <source>Saved agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="69"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="69"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="71"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="72"/>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="73"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="77"/>
        <source>A folder groups agents, e.g. Core/Switches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="79"/>
        <source>host, host:port or [v6]:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="85"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="89"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="92"/>
        <source>SNMPv3 user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="106"/>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="107"/>
        <source>Security level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="108"/>
        <source>Authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="109"/>
        <source>Auth passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="110"/>
        <source>Privacy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="111"/>
        <source>Priv passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="116"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="117"/>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="118"/>
        <source>A&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="119"/>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="120"/>
        <source>&amp;Community:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="123"/>
        <source>&amp;Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="124"/>
        <source>&amp;Retries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="148"/>
        <source>Save and &amp;open in session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="248"/>
        <source>Add an agent: its address and community.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="315"/>
        <source>another agent is called {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="328"/>
        <source>New agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="330"/>
        <source>New agent {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllocErrorDialog</name>
    <message>
        <location filename="../../gui/dialogs/error_dialogs.py" line="82"/>
        <source>Resource limit reached</source>
        <translation>Ressourcengrenze erreicht</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/error_dialogs.py" line="87"/>
        <source>Nothing was lost and snmpscope keeps working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/error_dialogs.py" line="94"/>
        <source>Open Preferences…</source>
        <translation>Einstellungen öffnen…</translation>
    </message>
</context>
<context>
    <name>ContextDialog</name>
    <message>
        <location filename="../../gui/dialogs/simple_dialogs.py" line="83"/>
        <source>Add context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/simple_dialogs.py" line="85"/>
        <source>optional, e.g. read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/simple_dialogs.py" line="88"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/simple_dialogs.py" line="94"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/simple_dialogs.py" line="95"/>
        <source>&amp;Community:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/simple_dialogs.py" line="103"/>
        <source>The community must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/simple_dialogs.py" line="105"/>
        <source>The community is longer than 255 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsView</name>
    <message>
        <location filename="../../gui/views/details_view.py" line="52"/>
        <location filename="../../gui/views/details_view.py" line="120"/>
        <source>Select a session, entity, context or PDU in the tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="59"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="59"/>
        <location filename="../../gui/views/details_view.py" line="153"/>
        <source>Value</source>
        <translation type="unfinished">Wert</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="67"/>
        <source>Variable bindings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="81"/>
        <source>Raw message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="87"/>
        <source>Show secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="89"/>
        <source>Show the community in the raw message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="142"/>
        <location filename="../../gui/views/details_view.py" line="178"/>
        <location filename="../../gui/views/details_view.py" line="194"/>
        <location filename="../../gui/views/details_view.py" line="237"/>
        <location filename="../../gui/views/details_view.py" line="264"/>
        <source>Handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="142"/>
        <location filename="../../gui/views/details_view.py" line="195"/>
        <location filename="../../gui/views/details_view.py" line="238"/>
        <location filename="../../gui/views/details_view.py" line="265"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="151"/>
        <source>OID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="152"/>
        <location filename="../../gui/views/details_view.py" line="266"/>
        <source>Type</source>
        <translation type="unfinished">Typ</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="159"/>
        <source>MIB object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="160"/>
        <source>Syntax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="161"/>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="162"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="179"/>
        <location filename="../../gui/views/details_view.py" line="240"/>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="180"/>
        <source>Notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="181"/>
        <source>Live handles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="182"/>
        <source>Queued messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="183"/>
        <source>Outstanding requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="184"/>
        <source>Trap filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="185"/>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="196"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="197"/>
        <source>IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="198"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="199"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="200"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="202"/>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="203"/>
        <source>Retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="205"/>
        <source>Listening (agent role)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="206"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="206"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="217"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="220"/>
        <source>Last Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="222"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="223"/>
        <source>Security level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="224"/>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="225"/>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="226"/>
        <source>Engine ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="226"/>
        <source>not discovered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="227"/>
        <source>Engine boots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="228"/>
        <source>Engine time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="228"/>
        <source>{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="229"/>
        <source>msgFlags (last answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="239"/>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="251"/>
        <source>Non-repeaters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="252"/>
        <source>Max-repetitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="256"/>
        <source>Error status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="257"/>
        <source>Error index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="262"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="267"/>
        <source>Request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="269"/>
        <source>State</source>
        <translation type="unfinished">Zustand</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="274"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="275"/>
        <source>{n} of {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="279"/>
        <source>Round trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="281"/>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="283"/>
        <source>Response PDU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="285"/>
        <source>Answers PDU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="297"/>
        <source>Raw message ({count} octets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="299"/>
        <source> · community masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="312"/>
        <source>Variable bindings ({count})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityDialog</name>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="61"/>
        <source>{host!r} is not a valid IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="66"/>
        <source>{host!r} is neither an IPv4 address nor a host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="77"/>
        <source>{host!r} is not a valid host name (label {label!r})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="87"/>
        <source>Add entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="89"/>
        <source>optional, e.g. core-sw1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="91"/>
        <source>192.0.2.1, 2001:db8::1, [::1]:1161 or a host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="102"/>
        <source>Also add a context for this community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="107"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="112"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="113"/>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="114"/>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="115"/>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="116"/>
        <source>&amp;Community:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="118"/>
        <source>&amp;Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="119"/>
        <source>&amp;Retries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="131"/>
        <source>USM user name, e.g. ops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="141"/>
        <location filename="../../gui/dialogs/entity_dialog.py" line="153"/>
        <source>8 characters or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="146"/>
        <source>{name} (Reeder key extension, Cisco AES256C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="148"/>
        <source>{name} (Blumenthal key extension, net-snmp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="155"/>
        <source>optional, hex; empty: discover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="157"/>
        <source>optional; empty: the default context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="159"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="160"/>
        <source>Security &amp;level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="161"/>
        <source>Authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="162"/>
        <source>Auth passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="163"/>
        <source>Privacy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="164"/>
        <source>Priv passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="165"/>
        <source>Engine ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="166"/>
        <source>Context name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="189"/>
        <source>Enter the agent&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="215"/>
        <source>Enter a community, or do not add a context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="243"/>
        <source>The engine ID is 5 to 32 octets in hex, e.g. 80001f8804...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="248"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="249"/>
        <source>Auth passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="250"/>
        <source>Priv passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../gui/dialogs/error_dialogs.py" line="116"/>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/error_dialogs.py" line="118"/>
        <source>{what} failed: {name} ({code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/error_dialogs.py" line="119"/>
        <source>An operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/error_dialogs.py" line="125"/>
        <source>snmpscope keeps running. The details below help a bug report.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialogs</name>
    <message>
        <location filename="../../gui/dialogs/error_dialogs.py" line="27"/>
        <source>open sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/error_dialogs.py" line="29"/>
        <source>live handles per session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/error_dialogs.py" line="31"/>
        <source>queued messages per session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/error_dialogs.py" line="33"/>
        <source>bytes of queued messages per session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <location filename="../../gui/controllers/error_presenter.py" line="73"/>
        <source>Background task</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>snmpscope — SNMP session browser</source>
        <translation type="vanished">snmpscope — SNMP-Sitzungsbrowser</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="79"/>
        <source>SNMP session browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="93"/>
        <source>⚠ Secrets: this run only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="157"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="158"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="159"/>
        <source>Walk</source>
        <translation>Durchlauf</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="160"/>
        <source>Traps</source>
        <translation>Traps</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="178"/>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="183"/>
        <source>&amp;PDU</source>
        <translation>&amp;PDU</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="185"/>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="189"/>
        <source>MIB &amp;browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="196"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="73"/>
        <source>No system keyring was found: communities are kept in memory for this run only and are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="345"/>
        <source>Notification from {peer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="350"/>
        <source>Traps: listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="350"/>
        <source>Traps: NOT listening</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MasterPasswordDialog</name>
    <message>
        <location filename="../../gui/dialogs/master_password_dialog.py" line="15"/>
        <source>Secrets file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/master_password_dialog.py" line="20"/>
        <source>This system has no keyring. snmpscope keeps communities and SNMPv3 passphrases in an encrypted file instead; choose its master password. It is asked once each time snmpscope starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/master_password_dialog.py" line="26"/>
        <source>Enter the master password of your encrypted secrets file (communities and SNMPv3 passphrases).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/master_password_dialog.py" line="35"/>
        <source>&amp;Master password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/master_password_dialog.py" line="39"/>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/master_password_dialog.py" line="41"/>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/master_password_dialog.py" line="41"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/master_password_dialog.py" line="43"/>
        <source>Keep secrets for this run only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/master_password_dialog.py" line="55"/>
        <source>Enter a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/master_password_dialog.py" line="57"/>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MibBrowserController</name>
    <message>
        <location filename="../../gui/controllers/mib_browser.py" line="70"/>
        <source>MIB compiling cancelled; what compiled is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/mib_browser.py" line="74"/>
        <source>MIBs: {failed} modules failed and {missing} are missing (MIBs ▸ Report…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/mib_browser.py" line="86"/>
        <source>Loading the MIB files of {folder}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/mib_browser.py" line="92"/>
        <source>The MIBs are still loading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/mib_browser.py" line="98"/>
        <source>Copied {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/mib_browser.py" line="109"/>
        <source>Select a session with an entity and a context in the session tree first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/mib_browser.py" line="120"/>
        <source>{type} .{oid} sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MibDock</name>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="58"/>
        <source>MIBs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="67"/>
        <source>MIBs are loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="69"/>
        <source>Add MIB folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="70"/>
        <source>Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="73"/>
        <source>%v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="74"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="87"/>
        <source>Search a name, an OID or words of a description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="91"/>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="91"/>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="91"/>
        <source>Found in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="114"/>
        <source>Get</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="115"/>
        <source>GetNext</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="116"/>
        <source>Walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="117"/>
        <source>Set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="119"/>
        <source>Compose a SET of this object (add the index of a column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="121"/>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="122"/>
        <source>Walk the table this node belongs to, as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="123"/>
        <source>Copy OID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="124"/>
        <source>Copy name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="163"/>
        <source>{loaded} modules loaded · {failed} failed · {missing} missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="167"/>
        <source>Compiling cancelled; what compiled is kept. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="178"/>
        <source>Compiling MIB files: {module}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="186"/>
        <source>OID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="187"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="188"/>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="197"/>
        <source>Nothing found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="209"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MibReportDialog</name>
    <message>
        <location filename="../../gui/dialogs/mib_dialogs.py" line="35"/>
        <source>MIB-load report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MibTreeModel</name>
    <message>
        <location filename="../../gui/models/mib_tree.py" line="186"/>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../../gui/models/mib_tree.py" line="186"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/mib_tree.py" line="186"/>
        <source>OID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NameEdit</name>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="88"/>
        <source>name or OID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="90"/>
        <source>A MIB name (sysDescr.0, IF-MIB::ifDescr) or an OID (1.3.6.1.2.1.1.1.0)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <location filename="../../gui/dialogs/simple_dialogs.py" line="56"/>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/simple_dialogs.py" line="58"/>
        <source>e.g. Core switches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/simple_dialogs.py" line="59"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../gui/controllers/operations.py" line="202"/>
        <source>Session #{session} opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="208"/>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="218"/>
        <source>Session #{session} closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="220"/>
        <source>Close session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="267"/>
        <source>Entity {address} added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="274"/>
        <source>Add entity {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="301"/>
        <source>Add context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="360"/>
        <source>Create {type} PDU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="378"/>
        <source>Create PDU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="400"/>
        <source>noError</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="403"/>
        <source>{title}: answered · {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="405"/>
        <source>{title}: answered in {ms:.0f} ms · {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="408"/>
        <source>{title} sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="414"/>
        <source>Send {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="425"/>
        <source>Add an entity and a context to the session first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="441"/>
        <source>PDU handle #{copy} is a WinSNMP copy of #{source} (same request id); Edit a Copy… changes a copy before it is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="446"/>
        <source>Duplicate PDU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="451"/>
        <source>Free handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="470"/>
        <source>Trap filter registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="470"/>
        <source>Trap filter removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="476"/>
        <source>Register for traps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PduComposer</name>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="119"/>
        <source>New PDU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="153"/>
        <source>notification, e.g. SNMPv2-MIB::coldStart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="156"/>
        <source>Name or OID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="156"/>
        <source>Type</source>
        <translation type="unfinished">Typ</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="156"/>
        <source>Value</source>
        <translation type="unfinished">Wert</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="167"/>
        <source>Add varbind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="168"/>
        <source>Remove varbind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="175"/>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="176"/>
        <source>&amp;Entity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="177"/>
        <source>&amp;Context:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="178"/>
        <source>Non-repeaters / max-repetitions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="179"/>
        <source>&amp;Notification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="183"/>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="185"/>
        <source>Create and &amp;send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="206"/>
        <source>No agent in this session yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="209"/>
        <source>Sends to {entity} with {context}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="281"/>
        <source>The session needs an entity and a context first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="289"/>
        <source>Row {row}: enter a name or OID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="310"/>
        <source>Enter the notification OID (snmpTrapOID.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="319"/>
        <source>Add at least one variable binding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="323"/>
        <source>Row {row}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="33"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="44"/>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="45"/>
        <source>Open &amp;sessions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="46"/>
        <source>Live &amp;handles per session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="47"/>
        <source>&amp;Queued messages per session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="48"/>
        <source>Queued &amp;memory per session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="49"/>
        <source>Resource limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="54"/>
        <source>Listen &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="55"/>
        <source>Listen &amp;port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="58"/>
        <source>Agents send traps to port 162 by default, but only a privileged program may listen on ports below 1024. So snmpscope listens on 127.0.0.1:10162, and you either point your agents at that port (net-snmp: trap2sink HOST:10162, snmptrap HOST:10162), or let snmpscope take 162: on Linux run once &apos;sudo setcap cap_net_bind_service=+ep&apos; on the Python interpreter (or the bundled snmpscope program), or forward the port with &apos;sudo iptables -t nat -A PREROUTING -p udp --dport 162 -j REDIRECT --to-ports 10162&apos;; then set the port to 162 here (address 0.0.0.0 or :: to hear other machines). The Traps tab says at once whether it listens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="73"/>
        <source>Trap receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="82"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="89"/>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="90"/>
        <source>&amp;Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="91"/>
        <source>&amp;Retries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="92"/>
        <source>&amp;Community:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="93"/>
        <source>Walk max-&amp;repetitions (0: GETNEXT):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="94"/>
        <source>Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="98"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="99"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="100"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="102"/>
        <source>Colour &amp;scheme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="103"/>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="122"/>
        <source>The trap listen address must be an IP address, e.g. 127.0.0.1 or ::1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickBar</name>
    <message>
        <location filename="../../gui/views/quick_bar.py" line="68"/>
        <source>saved agent or host[:port]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/quick_bar.py" line="71"/>
        <source>An agent of an open session, or an address typed in (host, host:port, [v6]:port): it is added to the selected session with the default community.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/quick_bar.py" line="77"/>
        <source>name or OID, e.g. sysDescr.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/quick_bar.py" line="86"/>
        <source>The type of the value a Set sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/quick_bar.py" line="89"/>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/quick_bar.py" line="90"/>
        <source>The value a Set sends, typed as the type box says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/quick_bar.py" line="93"/>
        <source>Get</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/quick_bar.py" line="94"/>
        <source>GetNext</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/quick_bar.py" line="95"/>
        <source>GetBulk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/quick_bar.py" line="96"/>
        <source>Walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/quick_bar.py" line="97"/>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/quick_bar.py" line="98"/>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/quick_bar.py" line="117"/>
        <source>&amp;Agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/quick_bar.py" line="117"/>
        <source>&amp;OID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/quick_bar.py" line="196"/>
        <source>→ {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/quick_bar.py" line="199"/>
        <source>→ {address} (new agent, default community)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/quick_bar.py" line="204"/>
        <source>→ no agent: open a session with an agent, or type one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/quick_bar.py" line="213"/>
        <source>Walk a conceptual table into rows and columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/quick_bar.py" line="215"/>
        <source>Table view is not available in this build yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickQuery</name>
    <message>
        <location filename="../../gui/controllers/quick_query.py" line="188"/>
        <source>Choose an agent, or type host[:port], first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/quick_query.py" line="203"/>
        <source>The table view is not available in this build yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/quick_query.py" line="215"/>
        <source>Table {name} → {agent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/quick_query.py" line="219"/>
        <source>The table opens in its own window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/quick_query.py" line="242"/>
        <source>{type} {name} → {agent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/quick_query.py" line="270"/>
        <source>Create {type} PDU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/quick_query.py" line="306"/>
        <source> in {ms:.0f} ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/quick_query.py" line="307"/>
        <source>1 varbind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/quick_query.py" line="307"/>
        <source>{n} varbinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/quick_query.py" line="309"/>
        <source>The agent answered{rtt} with an error: {status} at varbind {index}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/quick_query.py" line="320"/>
        <source>Answered{rtt} from {peer} · {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/quick_query.py" line="373"/>
        <source>Quick queries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterTrapsDialog</name>
    <message>
        <location filename="../../gui/dialogs/simple_dialogs.py" line="138"/>
        <source>Register for traps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/simple_dialogs.py" line="141"/>
        <source>Any agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/simple_dialogs.py" line="145"/>
        <source>Any community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/simple_dialogs.py" line="149"/>
        <source>any notification, or e.g. linkDown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/simple_dialogs.py" line="150"/>
        <source>Remove this filter instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/simple_dialogs.py" line="151"/>
        <source>&amp;Agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/simple_dialogs.py" line="152"/>
        <source>&amp;Context:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/simple_dialogs.py" line="153"/>
        <source>&amp;Notification:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultActions</name>
    <message>
        <location filename="../../gui/views/result_actions.py" line="46"/>
        <source>&amp;Copy (net-snmp lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/result_actions.py" line="49"/>
        <source>Copy as &amp;TSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/result_actions.py" line="50"/>
        <source>&amp;Export CSV or JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/result_actions.py" line="76"/>
        <source>Copied 1 line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/result_actions.py" line="76"/>
        <source>Copied {n} lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/result_actions.py" line="83"/>
        <source>Nothing to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/result_actions.py" line="98"/>
        <source>Cannot write {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/result_actions.py" line="102"/>
        <source>Exported 1 row to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/result_actions.py" line="102"/>
        <source>Exported {n} rows to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <location filename="../../gui/views/result_view.py" line="46"/>
        <source>Ask something with the bar above: agent, name, Get.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/result_view.py" line="68"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/result_view.py" line="70"/>
        <source>Copy the selected rows (or all) as net-snmp lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/result_view.py" line="71"/>
        <source>Copy TSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/result_view.py" line="72"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/result_view.py" line="74"/>
        <source>Copy command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/result_view.py" line="75"/>
        <source>Copy as net-snmp command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/result_view.py" line="77"/>
        <source>Show secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/result_view.py" line="83"/>
        <source>the equivalent net-snmp command shows here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/result_view.py" line="109"/>
        <source>Waiting for the answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/result_view.py" line="145"/>
        <source>Copied the net-snmp command.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <location filename="../../gui/settings/secrets.py" line="177"/>
        <source>That password does not open the secrets file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/settings/secrets.py" line="183"/>
        <source>No system keyring, and the encrypted secrets file was not unlocked: communities are kept in memory for this run only and are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionTree</name>
    <message>
        <location filename="../../gui/models/labels.py" line="62"/>
        <source>{name} (#{handle})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="107"/>
        <source>user {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="121"/>
        <source>listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="134"/>
        <source>SNMPv3 context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="135"/>
        <source>community</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="141"/>
        <source>{type} #{request_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="164"/>
        <source>received from {peer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="99"/>
        <source>1 retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="101"/>
        <source>{n} retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="103"/>
        <source>{version} · {timeout:g} s · {retries}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="113"/>
        <source>engine {engine} boots {boots}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="117"/>
        <source>Report: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="155"/>
        <source>{status} at varbind {index} · {varbinds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="160"/>
        <source>noError · {varbinds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="168"/>
        <source>not sent · {varbinds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="172"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="174"/>
        <source>retry {n} of {m}</source>
        <translation>Wiederholung {n} von {m}</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="179"/>
        <source>answered in {ms:.0f} ms</source>
        <translation>beantwortet in {ms:.0f} ms</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="183"/>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="191"/>
        <source>timed out after 1 attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="192"/>
        <source>timed out after {n} attempts</source>
        <translation>Zeitüberschreitung nach {n} Versuchen</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="196"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="198"/>
        <source>failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="202"/>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="226"/>
        <source>VBL #{handle}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="237"/>
        <source>1 varbind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="238"/>
        <source>{count:,} varbinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/tree_data.py" line="114"/>
        <source>Entities</source>
        <translation>Entitäten</translation>
    </message>
    <message>
        <location filename="../../gui/models/tree_data.py" line="116"/>
        <source>Contexts</source>
        <translation>Kontexte</translation>
    </message>
    <message>
        <location filename="../../gui/models/tree_data.py" line="118"/>
        <source>PDUs</source>
        <translation>PDUs</translation>
    </message>
    <message>
        <location filename="../../gui/models/tree_data.py" line="119"/>
        <source>Variable-binding lists</source>
        <translation>Variablenbindungslisten</translation>
    </message>
</context>
<context>
    <name>SessionTreeModel</name>
    <message>
        <location filename="../../gui/models/session_tree.py" line="444"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location filename="../../gui/models/session_tree.py" line="446"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../gui/controllers/status.py" line="29"/>
        <source>Sessions: {sessions} · Live handles: {handles} · Outstanding: {outstanding}</source>
        <translation>Sitzungen: {sessions} · Lebende Handles: {handles} · Ausstehend: {outstanding}</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/status.py" line="35"/>
        <source> · Walks: {walks}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableModel</name>
    <message>
        <location filename="../../gui/models/table_model.py" line="118"/>
        <source>Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/table_model.py" line="120"/>
        <source>INDEX: {objects}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableView</name>
    <message>
        <location filename="../../gui/views/table_view.py" line="45"/>
        <source>Filter rows (any column)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/table_view.py" line="47"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/table_view.py" line="48"/>
        <source>Stop</source>
        <translation type="unfinished">Anhalten</translation>
    </message>
    <message>
        <location filename="../../gui/views/table_view.py" line="92"/>
        <source>Fetching the table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/table_view.py" line="96"/>
        <source>Fetching the table… {rows} rows, {varbinds} values so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/table_view.py" line="108"/>
        <source>{rows} rows, {columns} columns, {requests} requests, {seconds:.2f} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/table_view.py" line="116"/>
        <source>The agent has no rows in this table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/table_view.py" line="118"/>
        <source> (stopped: the rows so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/table_view.py" line="120"/>
        <source> (ended by an error: {error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/table_view.py" line="122"/>
        <source>; the agent has more columns than the MIB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/table_view.py" line="128"/>
        <source>The table could not be fetched: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Targets</name>
    <message>
        <location filename="../../gui/controllers/targets.py" line="132"/>
        <source>No answer from {address} after 1 try.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/targets.py" line="133"/>
        <source>No answer from {address} after {n} tries.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrapLogModel</name>
    <message>
        <location filename="../../gui/models/trap_log_model.py" line="67"/>
        <source>(no snmpTrapOID.0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/trap_log_model.py" line="93"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/trap_log_model.py" line="94"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/trap_log_model.py" line="95"/>
        <source>Type</source>
        <translation type="unfinished">Typ</translation>
    </message>
    <message>
        <location filename="../../gui/models/trap_log_model.py" line="96"/>
        <source>Notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/trap_log_model.py" line="97"/>
        <source>Varbinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/trap_log_model.py" line="98"/>
        <source>What it said</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrapReceiver</name>
    <message>
        <location filename="../../gui/controllers/trap_receiver.py" line="45"/>
        <location filename="../../gui/controllers/trap_receiver.py" line="60"/>
        <source>The trap receiver is starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/trap_receiver.py" line="109"/>
        <source>Not listening for traps on {where}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/trap_receiver.py" line="126"/>
        <source>Not listening for traps: the receiver&apos;s session was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/trap_receiver.py" line="129"/>
        <source>Listening for traps and informs on {where}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrapTableModel</name>
    <message>
        <location filename="../../gui/models/trap_table.py" line="59"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/trap_table.py" line="60"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/trap_table.py" line="61"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/trap_table.py" line="62"/>
        <source>Type</source>
        <translation type="unfinished">Typ</translation>
    </message>
    <message>
        <location filename="../../gui/models/trap_table.py" line="63"/>
        <source>Varbinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/trap_table.py" line="64"/>
        <source>Notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/trap_table.py" line="92"/>
        <source>(no snmpTrapOID.0)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrapView</name>
    <message>
        <location filename="../../gui/views/trap_view.py" line="96"/>
        <source>Trap filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="52"/>
        <source>The trap receiver is starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="55"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="60"/>
        <source>Filter by agent, notification or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="62"/>
        <source>Clear log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="64"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="177"/>
        <source>No traps to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="204"/>
        <source>Cannot write {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="209"/>
        <source>Exported 1 trap to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="210"/>
        <source>Exported {n} traps to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="237"/>
        <source>Trap filters (select a session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="244"/>
        <source>Trap filters of session #{session} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="258"/>
        <source>any agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="260"/>
        <source>agent {ip}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="263"/>
        <source>any community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="263"/>
        <source>one community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="266"/>
        <source>any notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="280"/>
        <source>{notification} from {peer} at {received}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="290"/>
        <source>Trap log: 1 notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="290"/>
        <source>Trap log: {n} notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="293"/>
        <source> ({shown} shown)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VarBindTableModel</name>
    <message>
        <location filename="../../gui/models/varbind_table.py" line="71"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../gui/models/varbind_table.py" line="71"/>
        <source>OID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/varbind_table.py" line="71"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../gui/models/varbind_table.py" line="71"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>WalkRunner</name>
    <message>
        <location filename="../../gui/controllers/walk_runner.py" line="67"/>
        <source>Add an entity and a context to the session first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/walk_runner.py" line="92"/>
        <source>A walk is already running; stop it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/walk_runner.py" line="120"/>
        <source>Walk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalkView</name>
    <message>
        <location filename="../../gui/views/walk_view.py" line="65"/>
        <source>0 walks with GETNEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="66"/>
        <source>Walk</source>
        <translation>Durchlaufen</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="68"/>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="76"/>
        <source>Pick a session in the tree, an OID, and press Walk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="88"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="90"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="92"/>
        <source>Copy command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="93"/>
        <source>Copy as net-snmp command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="96"/>
        <source>Show secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="108"/>
        <source>OID:</source>
        <translation>OID:</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="110"/>
        <source>Max-repetitions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="115"/>
        <source>Entity:</source>
        <translation>Entität:</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="117"/>
        <source>Context:</source>
        <translation>Kontext:</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="203"/>
        <source>Copied the net-snmp command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="217"/>
        <source>Walking {root}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="235"/>
        <source>{varbinds} · {requests}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="248"/>
        <source>Stopped: {varbinds} kept ({requests}, {s:.2f} s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="250"/>
        <source>Walk failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="252"/>
        <source>Walk failed after {varbinds}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="254"/>
        <source>Done: {varbinds} in {requests}, {s:.2f} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="267"/>
        <source>1 varbind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="267"/>
        <source>{n} varbinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="270"/>
        <source>1 request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="270"/>
        <source>{n} requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="284"/>
        <source>Walk failed: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceKeeper</name>
    <message>
        <location filename="../../gui/controllers/workspace_keeper.py" line="103"/>
        <source>Demo agent listening on {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/workspace_keeper.py" line="141"/>
        <source>The demo agent could not start: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/workspace_keeper.py" line="146"/>
        <source>Start demo agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/workspace_keeper.py" line="174"/>
        <source>The community of context {name!r} was not saved (no keyring); add the context again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/workspace_keeper.py" line="209"/>
        <source>Resource limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/workspace_keeper.py" line="231"/>
        <source>Trap receiver (stays on {where})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Fetcher</name>
    <message>
        <location filename="../../gui/controllers/table_runner.py" line="74"/>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../gui/dialogs/mib_dialogs.py" line="24"/>
        <source>Add a folder of MIB files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
