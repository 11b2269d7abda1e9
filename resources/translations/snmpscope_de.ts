<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../gui/dialogs/about_dialog.py" line="31"/>
        <source>About snmpscope</source>
        <translation>Über snmpscope</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/about_dialog.py" line="40"/>
        <source>A desktop SNMP session browser on a re-creation of Microsoft&apos;s WinSNMP resource model.</source>
        <translation>Ein SNMP-Sitzungsbrowser für den Desktop auf einer Nachbildung des WinSNMP-Ressourcenmodells von Microsoft.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/about_dialog.py" line="44"/>
        <source>Licensed under the {licence} licence.</source>
        <translation>Lizenziert unter der {licence}-Lizenz.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/about_dialog.py" line="52"/>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/about_dialog.py" line="52"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/about_dialog.py" line="52"/>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/about_dialog.py" line="71"/>
        <source>&amp;Copy versions</source>
        <translation>Versionen &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/about_dialog.py" line="78"/>
        <source>Built with:</source>
        <translation>Gebaut mit:</translation>
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
        <source>Probe the AES &amp;Variant</source>
        <translation>AES-&amp;Variante prüfen</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="31"/>
        <source>Ask the selected SNMPv3 agent with its AES-192/AES-256 key extension, then the other one, and say which one it uses</source>
        <translation>Den gewählten SNMPv3-Agenten mit seiner AES-192/AES-256-Schlüsselerweiterung fragen, dann mit der anderen, und sagen, welche er verwendet</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="35"/>
        <source>Saved &amp;Agents…</source>
        <translation>Gespeicherte &amp;Agenten…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="37"/>
        <source>Add, edit, duplicate, delete and open saved agents with their credentials</source>
        <translation>Gespeicherte Agenten mit ihren Zugangsdaten hinzufügen, bearbeiten, duplizieren, löschen und öffnen</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="39"/>
        <source>New &amp;PDU…</source>
        <translation>Neue &amp;PDU…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="40"/>
        <source>Compose a GET, GETNEXT, GETBULK, SET, TRAP or INFORM</source>
        <translation>Ein GET, GETNEXT, GETBULK, SET, TRAP oder INFORM verfassen</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="41"/>
        <source>&amp;Duplicate PDU</source>
        <translation>PDU &amp;duplizieren</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="42"/>
        <source>Copy the selected PDU (SnmpDuplicatePdu)</source>
        <translation>Die ausgewählte PDU kopieren (SnmpDuplicatePdu)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="43"/>
        <source>&amp;Edit a Copy…</source>
        <translation>Kopie &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="45"/>
        <source>Open the composer on a copy of the selected PDU: a new PDU once created</source>
        <translation>Den PDU-Editor mit einer Kopie der ausgewählten PDU öffnen: eine neue PDU, sobald erstellt</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="47"/>
        <source>&amp;Send / Re-send</source>
        <translation>&amp;Senden / erneut senden</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="48"/>
        <source>Send the selected PDU to the session&apos;s agent</source>
        <translation>Die ausgewählte PDU an den Agenten der Sitzung senden</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="50"/>
        <source>&amp;Free Handle</source>
        <translation>Handle &amp;freigeben</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="52"/>
        <source>Free the selected entity, context, PDU or VBL</source>
        <translation>Die ausgewählte Entität, den Kontext, die PDU oder VBL freigeben</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="53"/>
        <source>&amp;Walk Here</source>
        <translation>Ab hier &amp;durchlaufen</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="54"/>
        <source>Walk the subtree below the selected OID</source>
        <translation>Den Teilbaum unter der ausgewählten OID durchlaufen</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="55"/>
        <source>S&amp;top Walk</source>
        <translation>Durchlauf &amp;anhalten</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="56"/>
        <source>Stop the running walk; results so far are kept</source>
        <translation>Den laufenden Durchlauf anhalten; bisherige Ergebnisse bleiben erhalten</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="58"/>
        <source>&amp;Register for Traps…</source>
        <translation>Für Traps &amp;registrieren…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="59"/>
        <source>Receive traps and informs in this session</source>
        <translation>Traps und Informs in dieser Sitzung empfangen</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="61"/>
        <source>P&amp;references…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="63"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>AgentsController</name>
    <message>
        <location filename="../../gui/controllers/agents.py" line="71"/>
        <source>There is no saved agent called {name}.</source>
        <translation>Es gibt keinen gespeicherten Agenten namens {name}.</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/agents.py" line="96"/>
        <source>Agent {name} opened in session #{session}.</source>
        <translation>Agent {name} in Sitzung #{session} geöffnet.</translation>
    </message>
</context>
<context>
    <name>AgentsDialog</name>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="60"/>
        <source>Saved agents</source>
        <translation>Gespeicherte Agenten</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="69"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="69"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="71"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="72"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="73"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="77"/>
        <source>A folder groups agents, e.g. Core/Switches</source>
        <translation>Ein Ordner gruppiert Agenten, z. B. Core/Switches</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="79"/>
        <source>host, host:port or [v6]:port</source>
        <translation>Host, Host:Port oder [v6]:Port</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="85"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="89"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="92"/>
        <source>SNMPv3 user</source>
        <translation>SNMPv3-Benutzer</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="106"/>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="107"/>
        <source>Security level:</source>
        <translation>Sicherheitsstufe:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="108"/>
        <source>Authentication:</source>
        <translation>Authentifizierung:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="109"/>
        <source>Auth passphrase:</source>
        <translation>Auth-Passphrase:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="110"/>
        <source>Privacy:</source>
        <translation>Verschlüsselung:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="111"/>
        <source>Priv passphrase:</source>
        <translation>Priv-Passphrase:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="116"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="117"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="118"/>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="119"/>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="120"/>
        <source>&amp;Community:</source>
        <translation>&amp;Community:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="123"/>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="124"/>
        <source>&amp;Retries:</source>
        <translation>&amp;Wiederholungen:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="148"/>
        <source>Save and &amp;open in session</source>
        <translation>Speichern und in der Sitzung ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="248"/>
        <source>Add an agent: its address and community.</source>
        <translation>Fügen Sie einen Agenten hinzu: seine Adresse und Community.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="315"/>
        <source>another agent is called {name}</source>
        <translation>ein anderer Agent heißt {name}</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="328"/>
        <source>New agent</source>
        <translation>Neuer Agent</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="330"/>
        <source>New agent {n}</source>
        <translation>Neuer Agent {n}</translation>
    </message>
</context>
<context>
    <name>AllocErrorDialog</name>
    <message>
        <location filename="../../gui/dialogs/error_dialogs.py" line="81"/>
        <source>Resource limit reached</source>
        <translation>Ressourcengrenze erreicht</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/error_dialogs.py" line="86"/>
        <source>Nothing was lost and snmpscope keeps working.</source>
        <translation>Nichts ging verloren, und snmpscope arbeitet weiter.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/error_dialogs.py" line="93"/>
        <source>Open Preferences…</source>
        <translation>Einstellungen öffnen…</translation>
    </message>
</context>
<context>
    <name>ContextDialog</name>
    <message>
        <location filename="../../gui/dialogs/simple_dialogs.py" line="83"/>
        <source>Add context</source>
        <translation>Kontext hinzufügen</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/simple_dialogs.py" line="85"/>
        <source>optional, e.g. read-only</source>
        <translation>optional, z. B. nur-lesen</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/simple_dialogs.py" line="88"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/simple_dialogs.py" line="94"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/simple_dialogs.py" line="95"/>
        <source>&amp;Community:</source>
        <translation>&amp;Community:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/simple_dialogs.py" line="103"/>
        <source>The community must not be empty.</source>
        <translation>Die Community darf nicht leer sein.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/simple_dialogs.py" line="105"/>
        <source>The community is longer than 255 bytes.</source>
        <translation>Die Community ist länger als 255 Bytes.</translation>
    </message>
</context>
<context>
    <name>DetailsView</name>
    <message>
        <location filename="../../gui/views/details_view.py" line="53"/>
        <location filename="../../gui/views/details_view.py" line="121"/>
        <source>Select a session, entity, context or PDU in the tree.</source>
        <translation>Wählen Sie im Baum eine Sitzung, Entität, einen Kontext oder eine PDU.</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="60"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="60"/>
        <location filename="../../gui/views/details_view.py" line="154"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="68"/>
        <source>Variable bindings</source>
        <translation>Variablenbindungen</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="82"/>
        <source>Raw message</source>
        <translation>Rohnachricht</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="88"/>
        <source>Show secrets</source>
        <translation>Geheimnisse zeigen</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="90"/>
        <source>Show the community in the raw message</source>
        <translation>Die Community in der Rohnachricht zeigen</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="143"/>
        <location filename="../../gui/views/details_view.py" line="179"/>
        <location filename="../../gui/views/details_view.py" line="195"/>
        <location filename="../../gui/views/details_view.py" line="238"/>
        <location filename="../../gui/views/details_view.py" line="265"/>
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="143"/>
        <location filename="../../gui/views/details_view.py" line="196"/>
        <location filename="../../gui/views/details_view.py" line="239"/>
        <location filename="../../gui/views/details_view.py" line="266"/>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="152"/>
        <source>OID</source>
        <translation>OID</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="153"/>
        <location filename="../../gui/views/details_view.py" line="267"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="160"/>
        <source>MIB object</source>
        <translation>MIB-Objekt</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="161"/>
        <source>Syntax</source>
        <translation>Syntax</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="162"/>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="163"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="180"/>
        <location filename="../../gui/views/details_view.py" line="241"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="181"/>
        <source>Notification</source>
        <translation>Benachrichtigung</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="182"/>
        <source>Live handles</source>
        <translation>Lebende Handles</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="183"/>
        <source>Queued messages</source>
        <translation>Wartende Nachrichten</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="184"/>
        <source>Outstanding requests</source>
        <translation>Ausstehende Anfragen</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="185"/>
        <source>Trap filters</source>
        <translation>Trap-Filter</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="186"/>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="197"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="198"/>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="199"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="200"/>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="201"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="203"/>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="204"/>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="206"/>
        <source>Listening (agent role)</source>
        <translation>Lauscht (Agentenrolle)</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="207"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="207"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="218"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="221"/>
        <source>Last Report</source>
        <translation>Letzter Report</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="223"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="224"/>
        <source>Security level</source>
        <translation>Sicherheitsstufe</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="225"/>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="226"/>
        <source>Privacy</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="227"/>
        <source>Engine ID</source>
        <translation>Engine-ID</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="227"/>
        <source>not discovered yet</source>
        <translation>noch nicht ermittelt</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="228"/>
        <source>Engine boots</source>
        <translation>Engine-Neustarts</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="229"/>
        <source>Engine time</source>
        <translation>Engine-Zeit</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="230"/>
        <source>msgFlags (last answer)</source>
        <translation>msgFlags (letzte Antwort)</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="240"/>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="252"/>
        <source>Non-repeaters</source>
        <translation>Non-Repeaters</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="253"/>
        <source>Max-repetitions</source>
        <translation>Max-Repetitions</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="257"/>
        <source>Error status</source>
        <translation>Fehlerstatus</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="258"/>
        <source>Error index</source>
        <translation>Fehlerindex</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="263"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="268"/>
        <source>Request id</source>
        <translation>Anfrage-ID</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="270"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="275"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="276"/>
        <source>{n} of {m}</source>
        <translation>{n} von {m}</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="280"/>
        <source>Round trip</source>
        <translation>Umlaufzeit</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="282"/>
        <source>Peer</source>
        <translation>Gegenstelle</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="284"/>
        <source>Response PDU</source>
        <translation>Antwort-PDU</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="286"/>
        <source>Answers PDU</source>
        <translation>Beantwortet PDU</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="298"/>
        <source>Raw message ({count} octets)</source>
        <translation>Rohnachricht ({count} Oktette)</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="300"/>
        <source> · community masked</source>
        <translation> · Community verdeckt</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="313"/>
        <source>Variable bindings ({count})</source>
        <translation>Variablenbindungen ({count})</translation>
    </message>
</context>
<context>
    <name>EntityDialog</name>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="61"/>
        <source>{host!r} is not a valid IPv6 address</source>
        <translation>{host!r} ist keine gültige IPv6-Adresse</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="66"/>
        <source>{host!r} is neither an IPv4 address nor a host name</source>
        <translation>{host!r} ist weder eine IPv4-Adresse noch ein Hostname</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="77"/>
        <source>{host!r} is not a valid host name (label {label!r})</source>
        <translation>{host!r} ist kein gültiger Hostname (Teil {label!r})</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="87"/>
        <source>Add entity</source>
        <translation>Entität hinzufügen</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="89"/>
        <source>optional, e.g. core-sw1</source>
        <translation>optional, z. B. core-sw1</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="91"/>
        <source>192.0.2.1, 2001:db8::1, [::1]:1161 or a host name</source>
        <translation>192.0.2.1, 2001:db8::1, [::1]:1161 oder ein Hostname</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="102"/>
        <source>Also add a context for this community</source>
        <translation>Auch einen Kontext für diese Community hinzufügen</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="107"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="112"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="113"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="114"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="115"/>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="116"/>
        <source>&amp;Community:</source>
        <translation>&amp;Community:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="118"/>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="119"/>
        <source>&amp;Retries:</source>
        <translation>&amp;Wiederholungen:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="131"/>
        <source>USM user name, e.g. ops</source>
        <translation>USM-Benutzername, z. B. ops</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="141"/>
        <location filename="../../gui/dialogs/entity_dialog.py" line="153"/>
        <source>8 characters or more</source>
        <translation>8 Zeichen oder mehr</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="146"/>
        <source>{name} (Reeder key extension, Cisco AES256C)</source>
        <translation>{name} (Reeder-Schlüsselerweiterung, Cisco AES256C)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="148"/>
        <source>{name} (Blumenthal key extension, net-snmp)</source>
        <translation>{name} (Blumenthal-Schlüsselerweiterung, net-snmp)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="155"/>
        <source>optional, hex; empty: discover</source>
        <translation>optional, hexadezimal; leer: ermitteln</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="157"/>
        <source>optional; empty: the default context</source>
        <translation>optional; leer: der Standardkontext</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="159"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="160"/>
        <source>Security &amp;level:</source>
        <translation>Sicherheits&amp;stufe:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="161"/>
        <source>Authentication:</source>
        <translation>Authentifizierung:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="162"/>
        <source>Auth passphrase:</source>
        <translation>Auth-Passphrase:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="163"/>
        <source>Privacy:</source>
        <translation>Verschlüsselung:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="164"/>
        <source>Priv passphrase:</source>
        <translation>Priv-Passphrase:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="165"/>
        <source>Engine ID:</source>
        <translation>Engine-ID:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="166"/>
        <source>Context name:</source>
        <translation>Kontextname:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="189"/>
        <source>Enter the agent&apos;s address.</source>
        <translation>Geben Sie die Adresse des Agenten ein.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="215"/>
        <source>Enter a community, or do not add a context.</source>
        <translation>Geben Sie eine Community ein, oder fügen Sie keinen Kontext hinzu.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="243"/>
        <source>The engine ID is 5 to 32 octets in hex, e.g. 80001f8804...</source>
        <translation>Die Engine-ID besteht aus 5 bis 32 Oktetten in Hexadezimal, z. B. 80001f8804...</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="248"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="249"/>
        <source>Auth passphrase</source>
        <translation>Auth-Passphrase</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="250"/>
        <source>Priv passphrase</source>
        <translation>Priv-Passphrase</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../gui/dialogs/error_dialogs.py" line="115"/>
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/error_dialogs.py" line="117"/>
        <source>{what} failed: {name} ({code})</source>
        <translation>{what} fehlgeschlagen: {name} ({code})</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/error_dialogs.py" line="118"/>
        <source>An operation</source>
        <translation>Ein Vorgang</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/error_dialogs.py" line="124"/>
        <source>snmpscope keeps running. The details below help a bug report.</source>
        <translation>snmpscope läuft weiter. Die Details unten helfen bei einem Fehlerbericht.</translation>
    </message>
</context>
<context>
    <name>ErrorDialogs</name>
    <message>
        <location filename="../../gui/dialogs/error_dialogs.py" line="28"/>
        <source>open sessions</source>
        <translation>offene Sitzungen</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/error_dialogs.py" line="30"/>
        <source>live handles per session</source>
        <translation>lebende Handles pro Sitzung</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/error_dialogs.py" line="32"/>
        <source>queued messages per session</source>
        <translation>wartende Nachrichten pro Sitzung</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/error_dialogs.py" line="34"/>
        <source>bytes of queued messages per session</source>
        <translation>Bytes wartender Nachrichten pro Sitzung</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/error_dialogs.py" line="41"/>
        <source>The limit of {maximum} {what} was reached.</source>
        <translation>Die Grenze von {maximum} {what} wurde erreicht.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/error_dialogs.py" line="44"/>
        <source>A resource could not be allocated.</source>
        <translation>Eine Ressource konnte nicht belegt werden.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/error_dialogs.py" line="50"/>
        <source>Close sessions you no longer need, or raise the limit in Preferences (Resource limits ▸ Sessions).</source>
        <translation>Schließen Sie Sitzungen, die Sie nicht mehr brauchen, oder erhöhen Sie die Grenze in den Einstellungen (Ressourcengrenzen ▸ Sitzungen).</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/error_dialogs.py" line="56"/>
        <source>Free handles (PDUs, variable-binding lists) you are done with, close sessions you no longer need, or raise the limit in Preferences.</source>
        <translation>Geben Sie Handles (PDUs, Variablenbindungslisten) frei, die Sie nicht mehr benötigen, schließen Sie Sitzungen, die Sie nicht mehr brauchen, oder erhöhen Sie die Grenze in den Einstellungen.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/error_dialogs.py" line="62"/>
        <source>The session receives faster than it is read: close sessions you no longer need, remove trap filters that match too much, or raise the limit in Preferences.</source>
        <translation>Die Sitzung empfängt schneller, als gelesen wird: Schließen Sie Sitzungen, die Sie nicht mehr brauchen, entfernen Sie zu breite Trap-Filter, oder erhöhen Sie die Grenze in den Einstellungen.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/error_dialogs.py" line="67"/>
        <source>Close sessions you no longer need, free handles you are done with, or raise the limit in Preferences.</source>
        <translation>Schließen Sie Sitzungen, die Sie nicht mehr brauchen, geben Sie nicht mehr benötigte Handles frei, oder erhöhen Sie die Grenze in den Einstellungen.</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <location filename="../../gui/controllers/error_presenter.py" line="84"/>
        <source>Background task</source>
        <translation>Hintergrundaufgabe</translation>
    </message>
</context>
<context>
    <name>ErrorTexts</name>
    <message>
        <location filename="../../gui/error_texts.py" line="29"/>
        <source>A resource limit was reached.</source>
        <translation>Eine Ressourcengrenze wurde erreicht.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="30"/>
        <source>The context is not valid.</source>
        <translation>Der Kontext ist ungültig.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="31"/>
        <source>The context is unknown.</source>
        <translation>Der Kontext ist unbekannt.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="32"/>
        <source>The agent address is not valid.</source>
        <translation>Die Agentenadresse ist ungültig.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="33"/>
        <source>The agent is unknown.</source>
        <translation>Der Agent ist unbekannt.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="34"/>
        <source>The index is out of range.</source>
        <translation>Der Index liegt außerhalb des Bereichs.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="35"/>
        <source>The object identifier is not valid.</source>
        <translation>Der Objektbezeichner ist ungültig.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="36"/>
        <source>This operation is not possible here.</source>
        <translation>Dieser Vorgang ist hier nicht möglich.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="39"/>
        <source>The output was truncated.</source>
        <translation>Die Ausgabe wurde abgeschnitten.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="40"/>
        <source>The PDU is not valid.</source>
        <translation>Die PDU ist ungültig.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="41"/>
        <source>The session is not valid.</source>
        <translation>Die Sitzung ist ungültig.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="42"/>
        <source>The value does not fit its syntax.</source>
        <translation>Der Wert passt nicht zu seiner Syntax.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="43"/>
        <source>The variable-binding list is not valid.</source>
        <translation>Die Variablenbindungsliste ist ungültig.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="46"/>
        <source>The mode is not valid.</source>
        <translation>Der Modus ist ungültig.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="47"/>
        <source>The size is not valid.</source>
        <translation>Die Größe ist ungültig.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="48"/>
        <source>WinSNMP is not started.</source>
        <translation>WinSNMP ist nicht gestartet.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="49"/>
        <source>The message is not valid.</source>
        <translation>Die Nachricht ist ungültig.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="50"/>
        <source>The SNMP engine is not valid.</source>
        <translation>Die SNMP-Engine ist ungültig.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="51"/>
        <source>The agent&apos;s SNMP engine could not be discovered.</source>
        <translation>Die SNMP-Engine des Agenten konnte nicht ermittelt werden.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="54"/>
        <source>Something unexpected went wrong.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="55"/>
        <source>The transport is not started.</source>
        <translation>Der Transport ist nicht gestartet.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="56"/>
        <source>This transport is not supported.</source>
        <translation>Dieser Transport wird nicht unterstützt.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="57"/>
        <source>The network is not available.</source>
        <translation>Das Netzwerk ist nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="58"/>
        <source>The network ran out of resources.</source>
        <translation>Dem Netzwerk gingen die Ressourcen aus.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="61"/>
        <source>The message could not be delivered.</source>
        <translation>Die Nachricht konnte nicht zugestellt werden.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="64"/>
        <source>The source address is not valid.</source>
        <translation>Die Quelladresse ist ungültig.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="65"/>
        <source>A transport parameter is not valid.</source>
        <translation>Ein Transportparameter ist ungültig.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="68"/>
        <source>The address is already in use.</source>
        <translation>Die Adresse wird bereits verwendet.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="69"/>
        <source>The agent did not answer in time.</source>
        <translation>Der Agent hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="70"/>
        <source>The message is too big for the transport.</source>
        <translation>Die Nachricht ist zu groß für den Transport.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="73"/>
        <source>The transport failed.</source>
        <translation>Der Transport ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="74"/>
        <source>The agent reported an unknown engine ID.</source>
        <translation>Der Agent meldete eine unbekannte Engine-ID.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="77"/>
        <source>The agent does not know this user.</source>
        <translation>Der Agent kennt diesen Benutzer nicht.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="80"/>
        <source>The agent rejected the authentication key.</source>
        <translation>Der Agent hat den Authentifizierungsschlüssel abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="83"/>
        <source>The agent could not decrypt the message.</source>
        <translation>Der Agent konnte die Nachricht nicht entschlüsseln.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="86"/>
        <source>The message was outside the agent&apos;s time window.</source>
        <translation>Die Nachricht lag außerhalb des Zeitfensters des Agenten.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="89"/>
        <source>The agent does not support this security level.</source>
        <translation>Der Agent unterstützt diese Sicherheitsstufe nicht.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="102"/>
        <source>{explanation} {detail}</source>
        <translation>{explanation} {detail}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="28"/>
        <source>CSV, one row per line (*.csv)</source>
        <translation>CSV, eine Zeile pro Datensatz (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="29"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="32"/>
        <source>Export results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../gui/help_menu.py" line="22"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../gui/help_menu.py" line="23"/>
        <source>snmpscope &amp;Help</source>
        <translation>snmpscope-&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../gui/help_menu.py" line="25"/>
        <source>How to use snmpscope (from its README)</source>
        <translation>Wie man snmpscope benutzt (aus seinem README)</translation>
    </message>
    <message>
        <location filename="../../gui/help_menu.py" line="26"/>
        <source>&amp;About snmpscope</source>
        <translation>&amp;Über snmpscope</translation>
    </message>
    <message>
        <location filename="../../gui/help_menu.py" line="28"/>
        <source>Version, libraries and licences</source>
        <translation>Version, Bibliotheken und Lizenzen</translation>
    </message>
</context>
<context>
    <name>HelpViewer</name>
    <message>
        <location filename="../../gui/dialogs/help_viewer.py" line="28"/>
        <source>snmpscope Help</source>
        <translation>snmpscope-Hilfe</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../gui/settings/language.py" line="48"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../../gui/settings/language.py" line="52"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../../gui/settings/language.py" line="54"/>
        <source>A new language applies when snmpscope starts again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von snmpscope.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="162"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="163"/>
        <source>Walk</source>
        <translation>Durchlauf</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="164"/>
        <source>Traps</source>
        <translation>Traps</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="185"/>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="190"/>
        <source>&amp;PDU</source>
        <translation>&amp;PDU</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="192"/>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="196"/>
        <source>MIB &amp;browser</source>
        <translation>MIB-&amp;Browser</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="203"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="358"/>
        <source>Traps: listening</source>
        <translation>Traps: lauscht</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="358"/>
        <source>Traps: NOT listening</source>
        <translation>Traps: lauscht NICHT</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="75"/>
        <source>No system keyring was found: communities are kept in memory for this run only and are not saved.</source>
        <translation>Kein System-Schlüsselbund gefunden: Communities werden nur für diesen Lauf im Speicher gehalten und nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="81"/>
        <source>SNMP session browser</source>
        <translation>SNMP-Sitzungsbrowser</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="96"/>
        <source>⚠ Secrets: this run only</source>
        <translation>⚠ Geheimnisse: nur für diesen Lauf</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="161"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="353"/>
        <source>Notification from {peer}</source>
        <translation>Benachrichtigung von {peer}</translation>
    </message>
</context>
<context>
    <name>MasterPasswordDialog</name>
    <message>
        <location filename="../../gui/dialogs/master_password_dialog.py" line="15"/>
        <source>Secrets file</source>
        <translation>Geheimnisdatei</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/master_password_dialog.py" line="20"/>
        <source>This system has no keyring. snmpscope keeps communities and SNMPv3 passphrases in an encrypted file instead; choose its master password. It is asked once each time snmpscope starts.</source>
        <translation>Dieses System hat keinen Schlüsselbund. snmpscope bewahrt Communities und SNMPv3-Passphrasen stattdessen in einer verschlüsselten Datei auf; wählen Sie ihr Master-Passwort. Es wird bei jedem Start von snmpscope einmal abgefragt.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/master_password_dialog.py" line="26"/>
        <source>Enter the master password of your encrypted secrets file (communities and SNMPv3 passphrases).</source>
        <translation>Geben Sie das Master-Passwort Ihrer verschlüsselten Geheimnisdatei ein (Communities und SNMPv3-Passphrasen).</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/master_password_dialog.py" line="35"/>
        <source>&amp;Master password:</source>
        <translation>&amp;Master-Passwort:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/master_password_dialog.py" line="39"/>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/master_password_dialog.py" line="41"/>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/master_password_dialog.py" line="41"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/master_password_dialog.py" line="43"/>
        <source>Keep secrets for this run only</source>
        <translation>Geheimnisse nur für diesen Lauf behalten</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/master_password_dialog.py" line="55"/>
        <source>Enter a password.</source>
        <translation>Geben Sie ein Passwort ein.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/master_password_dialog.py" line="57"/>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter unterscheiden sich.</translation>
    </message>
</context>
<context>
    <name>MibBrowserController</name>
    <message>
        <location filename="../../gui/controllers/mib_browser.py" line="70"/>
        <source>MIB compiling cancelled; what compiled is kept.</source>
        <translation>MIB-Übersetzung abgebrochen; was übersetzt wurde, bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/mib_browser.py" line="74"/>
        <source>MIBs: {failed} modules failed and {missing} are missing (MIBs ▸ Report…).</source>
        <translation>MIBs: {failed} Module fehlgeschlagen und {missing} fehlen (MIBs ▸ Bericht…).</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/mib_browser.py" line="86"/>
        <source>Loading the MIB files of {folder}…</source>
        <translation>Die MIB-Dateien von {folder} werden geladen…</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/mib_browser.py" line="92"/>
        <source>The MIBs are still loading.</source>
        <translation>Die MIBs werden noch geladen.</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/mib_browser.py" line="98"/>
        <source>Copied {text}</source>
        <translation>{text} kopiert</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/mib_browser.py" line="109"/>
        <source>Select a session with an entity and a context in the session tree first.</source>
        <translation>Wählen Sie zuerst im Sitzungsbaum eine Sitzung mit einer Entität und einem Kontext.</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/mib_browser.py" line="120"/>
        <source>{type} .{oid} sent.</source>
        <translation>{type} .{oid} gesendet.</translation>
    </message>
</context>
<context>
    <name>MibDock</name>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="59"/>
        <source>MIBs</source>
        <translation>MIBs</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="68"/>
        <source>MIBs are loading…</source>
        <translation>MIBs werden geladen…</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="70"/>
        <source>Add MIB folder…</source>
        <translation>MIB-Ordner hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="71"/>
        <source>Report…</source>
        <translation>Bericht…</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="74"/>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="75"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="88"/>
        <source>Search a name, an OID or words of a description</source>
        <translation>Nach einem Namen, einer OID oder Wörtern einer Beschreibung suchen</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="92"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="92"/>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="92"/>
        <source>Found in</source>
        <translation>Gefunden in</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="115"/>
        <source>Get</source>
        <translation>Get</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="116"/>
        <source>GetNext</source>
        <translation>GetNext</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="117"/>
        <source>Walk</source>
        <translation>Durchlaufen</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="118"/>
        <source>Set…</source>
        <translation>Set…</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="120"/>
        <source>Compose a SET of this object (add the index of a column)</source>
        <translation>Ein SET dieses Objekts verfassen (bei einer Spalte den Index ergänzen)</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="122"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="123"/>
        <source>Walk the table this node belongs to, as a table</source>
        <translation>Die Tabelle dieses Knotens als Tabelle durchlaufen</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="124"/>
        <source>Copy OID</source>
        <translation>OID kopieren</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="125"/>
        <source>Copy name</source>
        <translation>Namen kopieren</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="169"/>
        <source>{loaded} modules loaded · {failed} failed · {missing} missing</source>
        <translation>{loaded} Module geladen · {failed} fehlgeschlagen · {missing} fehlen</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="173"/>
        <source>Compiling cancelled; what compiled is kept. </source>
        <translation>Übersetzung abgebrochen; was übersetzt wurde, bleibt erhalten. </translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="184"/>
        <source>Compiling MIB files: {module}</source>
        <translation>MIB-Dateien werden übersetzt: {module}</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="192"/>
        <source>OID</source>
        <translation>OID</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="193"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="194"/>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="203"/>
        <source>Nothing found</source>
        <translation>Nichts gefunden</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="215"/>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
</context>
<context>
    <name>MibFolderDialog</name>
    <message>
        <location filename="../../gui/dialogs/mib_dialogs.py" line="25"/>
        <source>Add a folder of MIB files</source>
        <translation>Einen Ordner mit MIB-Dateien hinzufügen</translation>
    </message>
</context>
<context>
    <name>MibReportDialog</name>
    <message>
        <location filename="../../gui/dialogs/mib_dialogs.py" line="36"/>
        <source>MIB-load report</source>
        <translation>MIB-Ladebericht</translation>
    </message>
</context>
<context>
    <name>MibTreeModel</name>
    <message>
        <location filename="../../gui/models/mib_tree.py" line="186"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../gui/models/mib_tree.py" line="186"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../gui/models/mib_tree.py" line="186"/>
        <source>OID</source>
        <translation>OID</translation>
    </message>
</context>
<context>
    <name>NameEdit</name>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="88"/>
        <source>name or OID</source>
        <translation>Name oder OID</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="90"/>
        <source>A MIB name (sysDescr.0, IF-MIB::ifDescr) or an OID (1.3.6.1.2.1.1.1.0)</source>
        <translation>Ein MIB-Name (sysDescr.0, IF-MIB::ifDescr) oder eine OID (1.3.6.1.2.1.1.1.0)</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <location filename="../../gui/dialogs/simple_dialogs.py" line="56"/>
        <source>New session</source>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/simple_dialogs.py" line="58"/>
        <source>e.g. Core switches</source>
        <translation>z. B. Core-Switches</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/simple_dialogs.py" line="59"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../gui/controllers/operations.py" line="203"/>
        <source>Session #{session} opened.</source>
        <translation>Sitzung #{session} geöffnet.</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="209"/>
        <source>New session</source>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="219"/>
        <source>Session #{session} closed.</source>
        <translation>Sitzung #{session} geschlossen.</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="221"/>
        <source>Close session</source>
        <translation>Sitzung schließen</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="268"/>
        <source>Entity {address} added.</source>
        <translation>Entität {address} hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="275"/>
        <source>Add entity {address}</source>
        <translation>Entität {address} hinzufügen</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="287"/>
        <source>The AES probe is for an SNMPv3 entity with AES-192 or AES-256 privacy.</source>
        <translation>Die AES-Prüfung ist für eine SNMPv3-Entität mit AES-192- oder AES-256-Verschlüsselung.</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="293"/>
        <source>AES probe of {address}: {explanation}.</source>
        <translation>AES-Prüfung von {address}: {explanation}.</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="298"/>
        <source>AES variant</source>
        <translation>AES-Variante</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="305"/>
        <source>Probe the AES variant of {address}</source>
        <translation>AES-Variante von {address} prüfen</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="332"/>
        <source>Add context</source>
        <translation>Kontext hinzufügen</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="391"/>
        <source>Create {type} PDU</source>
        <translation>{type}-PDU erstellen</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="409"/>
        <source>Create PDU</source>
        <translation>PDU erstellen</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="431"/>
        <source>noError</source>
        <translation>noError</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="434"/>
        <source>{title}: answered · {status}</source>
        <translation>{title}: beantwortet · {status}</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="436"/>
        <source>{title}: answered in {ms} · {status}</source>
        <translation>{title}: beantwortet in {ms} · {status}</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="440"/>
        <source>{title} sent.</source>
        <translation>{title} gesendet.</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="446"/>
        <source>Send {title}</source>
        <translation>{title} senden</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="457"/>
        <source>Add an entity and a context to the session first.</source>
        <translation>Fügen Sie der Sitzung zuerst eine Entität und einen Kontext hinzu.</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="473"/>
        <source>PDU handle #{copy} is a WinSNMP copy of #{source} (same request id); Edit a Copy… changes a copy before it is sent.</source>
        <translation>PDU-Handle #{copy} ist eine WinSNMP-Kopie von #{source} (gleiche Anfrage-ID); Kopie bearbeiten… ändert eine Kopie, bevor sie gesendet wird.</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="478"/>
        <source>Duplicate PDU</source>
        <translation>PDU duplizieren</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="483"/>
        <source>Free handle</source>
        <translation>Handle freigeben</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="502"/>
        <source>Trap filter registered.</source>
        <translation>Trap-Filter registriert.</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="502"/>
        <source>Trap filter removed.</source>
        <translation>Trap-Filter entfernt.</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="508"/>
        <source>Register for traps</source>
        <translation>Für Traps registrieren</translation>
    </message>
</context>
<context>
    <name>PduComposer</name>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="43"/>
        <source>= MIB type</source>
        <translation>= Typ aus der MIB</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="53"/>
        <source>d Decimal string</source>
        <translation>d Dezimal-String</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="119"/>
        <source>New PDU</source>
        <translation>Neue PDU</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="153"/>
        <source>notification, e.g. SNMPv2-MIB::coldStart</source>
        <translation>Benachrichtigung, z. B. SNMPv2-MIB::coldStart</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="156"/>
        <source>Name or OID</source>
        <translation>Name oder OID</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="156"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="156"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="167"/>
        <source>Add varbind</source>
        <translation>Varbind hinzufügen</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="168"/>
        <source>Remove varbind</source>
        <translation>Varbind entfernen</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="175"/>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="176"/>
        <source>&amp;Entity:</source>
        <translation>&amp;Entität:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="177"/>
        <source>&amp;Context:</source>
        <translation>&amp;Kontext:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="178"/>
        <source>Non-repeaters / max-repetitions:</source>
        <translation>Non-Repeaters / Max-Repetitions:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="179"/>
        <source>&amp;Notification:</source>
        <translation>&amp;Benachrichtigung:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="183"/>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="185"/>
        <source>Create and &amp;send</source>
        <translation>Erstellen und &amp;senden</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="206"/>
        <source>No agent in this session yet.</source>
        <translation>Diese Sitzung hat noch keinen Agenten.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="209"/>
        <source>Sends to {entity} with {context}</source>
        <translation>Sendet an {entity} mit {context}</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="281"/>
        <source>The session needs an entity and a context first.</source>
        <translation>Die Sitzung braucht zuerst eine Entität und einen Kontext.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="289"/>
        <source>Row {row}: enter a name or OID.</source>
        <translation>Zeile {row}: Geben Sie einen Namen oder eine OID ein.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="310"/>
        <source>Enter the notification OID (snmpTrapOID.0).</source>
        <translation>Geben Sie die Benachrichtigungs-OID ein (snmpTrapOID.0).</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="319"/>
        <source>Add at least one variable binding.</source>
        <translation>Fügen Sie mindestens eine Variablenbindung hinzu.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="323"/>
        <source>Row {row}: {problem}</source>
        <translation>Zeile {row}: {problem}</translation>
    </message>
</context>
<context>
    <name>PollGraphView</name>
    <message>
        <location filename="../../gui/views/poll_graph.py" line="75"/>
        <source>names or OIDs, separated by spaces, e.g. ifInOctets.1 ifOutOctets.1</source>
        <translation>Namen oder OIDs, durch Leerzeichen getrennt, z. B. ifInOctets.1 ifOutOctets.1</translation>
    </message>
    <message>
        <location filename="../../gui/views/poll_graph.py" line="81"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../gui/views/poll_graph.py" line="83"/>
        <source>Counters as rates</source>
        <translation>Zähler als Raten</translation>
    </message>
    <message>
        <location filename="../../gui/views/poll_graph.py" line="84"/>
        <source>Raw values</source>
        <translation>Rohwerte</translation>
    </message>
    <message>
        <location filename="../../gui/views/poll_graph.py" line="87"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../../gui/views/poll_graph.py" line="89"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../gui/views/poll_graph.py" line="91"/>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../gui/views/poll_graph.py" line="92"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../../gui/views/poll_graph.py" line="95"/>
        <source>Pick a session in the tree, objects to poll, and press Start.</source>
        <translation>Wählen Sie eine Sitzung im Baum und die abzufragenden Objekte, und drücken Sie Starten.</translation>
    </message>
    <message>
        <location filename="../../gui/views/poll_graph.py" line="100"/>
        <source>Objects:</source>
        <translation>Objekte:</translation>
    </message>
    <message>
        <location filename="../../gui/views/poll_graph.py" line="102"/>
        <source>Every:</source>
        <translation>Alle:</translation>
    </message>
    <message>
        <location filename="../../gui/views/poll_graph.py" line="106"/>
        <source>Entity:</source>
        <translation>Entität:</translation>
    </message>
    <message>
        <location filename="../../gui/views/poll_graph.py" line="108"/>
        <source>Context:</source>
        <translation>Kontext:</translation>
    </message>
    <message>
        <location filename="../../gui/views/poll_graph.py" line="146"/>
        <source>Select a session with an entity and a context first.</source>
        <translation>Wählen Sie zuerst eine Sitzung mit einer Entität und einem Kontext.</translation>
    </message>
    <message>
        <location filename="../../gui/views/poll_graph.py" line="169"/>
        <source>Polling every {s}…</source>
        <translation>Abfrage alle {s}…</translation>
    </message>
    <message>
        <location filename="../../gui/views/poll_graph.py" line="190"/>
        <source>Stopped: the session was closed.</source>
        <translation>Angehalten: Die Sitzung wurde geschlossen.</translation>
    </message>
    <message>
        <location filename="../../gui/views/poll_graph.py" line="203"/>
        <source>Enter at least one name or OID to poll.</source>
        <translation>Geben Sie mindestens einen Namen oder eine OID zum Abfragen ein.</translation>
    </message>
    <message>
        <location filename="../../gui/views/poll_graph.py" line="236"/>
        <source> (per second)</source>
        <translation> (pro Sekunde)</translation>
    </message>
    <message>
        <location filename="../../gui/views/poll_graph.py" line="245"/>
        <source>{samples} samples · {wraps} counter wraps · {breaks} breaks</source>
        <translation>{samples} Messwerte · {wraps} Zählerüberläufe · {breaks} Unterbrechungen</translation>
    </message>
    <message>
        <location filename="../../gui/views/poll_graph.py" line="251"/>
        <source> · {failed} polls failed</source>
        <translation> · {failed} Abfragen fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../gui/views/poll_graph.py" line="255"/>
        <source> · paused</source>
        <translation> · angehalten</translation>
    </message>
    <message>
        <location filename="../../gui/views/poll_graph.py" line="261"/>
        <source>Export the polled samples</source>
        <translation>Die abgefragten Messwerte exportieren</translation>
    </message>
    <message>
        <location filename="../../gui/views/poll_graph.py" line="261"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/views/poll_graph.py" line="268"/>
        <source>Could not write {path}: {error}</source>
        <translation>{path} konnte nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/views/poll_graph.py" line="272"/>
        <source>{rows} rows written to {path}.</source>
        <translation>{rows} Zeilen in {path} geschrieben.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="34"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="45"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="46"/>
        <source>Open &amp;sessions:</source>
        <translation>Offene &amp;Sitzungen:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="47"/>
        <source>Live &amp;handles per session:</source>
        <translation>Lebende &amp;Handles pro Sitzung:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="48"/>
        <source>&amp;Queued messages per session:</source>
        <translation>&amp;Wartende Nachrichten pro Sitzung:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="49"/>
        <source>Queued &amp;memory per session:</source>
        <translation>Wartender &amp;Speicher pro Sitzung:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="50"/>
        <source>Resource limits</source>
        <translation>Ressourcengrenzen</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="55"/>
        <source>Listen &amp;address:</source>
        <translation>Lausch-&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="56"/>
        <source>Listen &amp;port:</source>
        <translation>Lausch-&amp;Port:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="59"/>
        <source>Agents send traps to port 162 by default, but only a privileged program may listen on ports below 1024. So snmpscope listens on 127.0.0.1:10162, and you either point your agents at that port (net-snmp: trap2sink HOST:10162, snmptrap HOST:10162), or let snmpscope take 162: on Linux run once &apos;sudo setcap cap_net_bind_service=+ep&apos; on the Python interpreter (or the bundled snmpscope program), or forward the port with &apos;sudo iptables -t nat -A PREROUTING -p udp --dport 162 -j REDIRECT --to-ports 10162&apos;; then set the port to 162 here (address 0.0.0.0 or :: to hear other machines). The Traps tab says at once whether it listens.</source>
        <translation>Agenten senden Traps standardmäßig an Port 162, aber nur ein privilegiertes Programm darf auf Ports unter 1024 lauschen. Daher lauscht snmpscope auf 127.0.0.1:10162, und Sie richten Ihre Agenten entweder auf diesen Port (net-snmp: trap2sink HOST:10162, snmptrap HOST:10162), oder lassen snmpscope Port 162 nehmen: unter Linux einmal &apos;sudo setcap cap_net_bind_service=+ep&apos; für den Python-Interpreter (oder das gebündelte snmpscope-Programm) ausführen, oder den Port mit &apos;sudo iptables -t nat -A PREROUTING -p udp --dport 162 -j REDIRECT --to-ports 10162&apos; umleiten; dann hier den Port 162 einstellen (Adresse 0.0.0.0 oder ::, um andere Rechner zu hören). Der Reiter Traps sagt sofort, ob er lauscht.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="74"/>
        <source>Trap receiver</source>
        <translation>Trap-Empfänger</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="83"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="90"/>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="91"/>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="92"/>
        <source>&amp;Retries:</source>
        <translation>&amp;Wiederholungen:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="93"/>
        <source>&amp;Community:</source>
        <translation>&amp;Community:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="94"/>
        <source>Walk max-&amp;repetitions (0: GETNEXT):</source>
        <translation>Max-&amp;Repetitions beim Durchlauf (0: GETNEXT):</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="95"/>
        <source>Defaults</source>
        <translation>Vorgaben</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="99"/>
        <source>Follow the system</source>
        <translation>Dem System folgen</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="100"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="101"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="103"/>
        <source>Colour &amp;scheme:</source>
        <translation>Farb&amp;schema:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="105"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="124"/>
        <source>The trap listen address must be an IP address, e.g. 127.0.0.1 or ::1.</source>
        <translation>Die Lausch-Adresse für Traps muss eine IP-Adresse sein, z. B. 127.0.0.1 oder ::1.</translation>
    </message>
</context>
<context>
    <name>QuickBar</name>
    <message>
        <location filename="../../gui/views/quick_bar.py" line="68"/>
        <source>saved agent or host[:port]</source>
        <translation>gespeicherter Agent oder Host[:Port]</translation>
    </message>
    <message>
        <location filename="../../gui/views/quick_bar.py" line="71"/>
        <source>An agent of an open session, or an address typed in (host, host:port, [v6]:port): it is added to the selected session with the default community.</source>
        <translation>Ein Agent einer offenen Sitzung oder eine eingegebene Adresse (Host, Host:Port, [v6]:Port): Sie wird der ausgewählten Sitzung mit der Standard-Community hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../gui/views/quick_bar.py" line="77"/>
        <source>name or OID, e.g. sysDescr.0</source>
        <translation>Name oder OID, z. B. sysDescr.0</translation>
    </message>
    <message>
        <location filename="../../gui/views/quick_bar.py" line="86"/>
        <source>The type of the value a Set sends</source>
        <translation>Der Typ des Werts, den ein Set sendet</translation>
    </message>
    <message>
        <location filename="../../gui/views/quick_bar.py" line="89"/>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../gui/views/quick_bar.py" line="90"/>
        <source>The value a Set sends, typed as the type box says</source>
        <translation>Der Wert, den ein Set sendet, im Typ der Typauswahl</translation>
    </message>
    <message>
        <location filename="../../gui/views/quick_bar.py" line="93"/>
        <source>Get</source>
        <translation>Get</translation>
    </message>
    <message>
        <location filename="../../gui/views/quick_bar.py" line="94"/>
        <source>GetNext</source>
        <translation>GetNext</translation>
    </message>
    <message>
        <location filename="../../gui/views/quick_bar.py" line="95"/>
        <source>GetBulk</source>
        <translation>GetBulk</translation>
    </message>
    <message>
        <location filename="../../gui/views/quick_bar.py" line="96"/>
        <source>Walk</source>
        <translation>Durchlaufen</translation>
    </message>
    <message>
        <location filename="../../gui/views/quick_bar.py" line="97"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../../gui/views/quick_bar.py" line="98"/>
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <location filename="../../gui/views/quick_bar.py" line="117"/>
        <source>&amp;Agent:</source>
        <translation>&amp;Agent:</translation>
    </message>
    <message>
        <location filename="../../gui/views/quick_bar.py" line="117"/>
        <source>&amp;OID:</source>
        <translation>&amp;OID:</translation>
    </message>
    <message>
        <location filename="../../gui/views/quick_bar.py" line="196"/>
        <source>→ {detail}</source>
        <translation>→ {detail}</translation>
    </message>
    <message>
        <location filename="../../gui/views/quick_bar.py" line="199"/>
        <source>→ {address} (new agent, default community)</source>
        <translation>→ {address} (neuer Agent, Standard-Community)</translation>
    </message>
    <message>
        <location filename="../../gui/views/quick_bar.py" line="204"/>
        <source>→ no agent: open a session with an agent, or type one</source>
        <translation>→ kein Agent: Öffnen Sie eine Sitzung mit einem Agenten, oder geben Sie einen ein</translation>
    </message>
    <message>
        <location filename="../../gui/views/quick_bar.py" line="213"/>
        <source>Walk a conceptual table into rows and columns</source>
        <translation>Eine konzeptuelle Tabelle in Zeilen und Spalten durchlaufen</translation>
    </message>
    <message>
        <location filename="../../gui/views/quick_bar.py" line="215"/>
        <source>Table view is not available in this build yet</source>
        <translation>Die Tabellenansicht ist in diesem Build noch nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>QuickQuery</name>
    <message>
        <location filename="../../gui/controllers/quick_query.py" line="189"/>
        <source>Choose an agent, or type host[:port], first.</source>
        <translation>Wählen Sie zuerst einen Agenten, oder geben Sie Host[:Port] ein.</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/quick_query.py" line="204"/>
        <source>The table view is not available in this build yet.</source>
        <translation>Die Tabellenansicht ist in diesem Build noch nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/quick_query.py" line="216"/>
        <source>Table {name} → {agent}</source>
        <translation>Tabelle {name} → {agent}</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/quick_query.py" line="220"/>
        <source>The table opens in its own window.</source>
        <translation>Die Tabelle öffnet sich in einem eigenen Fenster.</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/quick_query.py" line="243"/>
        <source>{type} {name} → {agent}</source>
        <translation>{type} {name} → {agent}</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/quick_query.py" line="271"/>
        <source>Create {type} PDU</source>
        <translation>{type}-PDU erstellen</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/quick_query.py" line="307"/>
        <source> in {ms}</source>
        <translation> in {ms}</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/quick_query.py" line="308"/>
        <source>1 varbind</source>
        <translation>1 Varbind</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/quick_query.py" line="308"/>
        <source>{n} varbinds</source>
        <translation>{n} Varbinds</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/quick_query.py" line="310"/>
        <source>The agent answered{rtt} with an error: {status} at varbind {index}.</source>
        <translation>Der Agent antwortete{rtt} mit einem Fehler: {status} bei Varbind {index}.</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/quick_query.py" line="321"/>
        <source>Answered{rtt} from {peer} · {count}</source>
        <translation>Beantwortet{rtt} von {peer} · {count}</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/quick_query.py" line="374"/>
        <source>Quick queries</source>
        <translation>Schnellabfragen</translation>
    </message>
</context>
<context>
    <name>RegisterTrapsDialog</name>
    <message>
        <location filename="../../gui/dialogs/simple_dialogs.py" line="138"/>
        <source>Register for traps</source>
        <translation>Für Traps registrieren</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/simple_dialogs.py" line="141"/>
        <source>Any agent</source>
        <translation>Jeder Agent</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/simple_dialogs.py" line="145"/>
        <source>Any community</source>
        <translation>Jede Community</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/simple_dialogs.py" line="149"/>
        <source>any notification, or e.g. linkDown</source>
        <translation>jede Benachrichtigung, oder z. B. linkDown</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/simple_dialogs.py" line="150"/>
        <source>Remove this filter instead</source>
        <translation>Stattdessen diesen Filter entfernen</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/simple_dialogs.py" line="151"/>
        <source>&amp;Agent:</source>
        <translation>&amp;Agent:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/simple_dialogs.py" line="152"/>
        <source>&amp;Context:</source>
        <translation>&amp;Kontext:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/simple_dialogs.py" line="153"/>
        <source>&amp;Notification:</source>
        <translation>&amp;Benachrichtigung:</translation>
    </message>
</context>
<context>
    <name>ResultActions</name>
    <message>
        <location filename="../../gui/views/result_actions.py" line="46"/>
        <source>&amp;Copy (net-snmp lines)</source>
        <translation>&amp;Kopieren (net-snmp-Zeilen)</translation>
    </message>
    <message>
        <location filename="../../gui/views/result_actions.py" line="49"/>
        <source>Copy as &amp;TSV</source>
        <translation>Als &amp;TSV kopieren</translation>
    </message>
    <message>
        <location filename="../../gui/views/result_actions.py" line="50"/>
        <source>&amp;Export CSV or JSON…</source>
        <translation>CSV oder JSON &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../../gui/views/result_actions.py" line="76"/>
        <source>Copied 1 line.</source>
        <translation>1 Zeile kopiert.</translation>
    </message>
    <message>
        <location filename="../../gui/views/result_actions.py" line="76"/>
        <source>Copied {n} lines.</source>
        <translation>{n} Zeilen kopiert.</translation>
    </message>
    <message>
        <location filename="../../gui/views/result_actions.py" line="83"/>
        <source>Nothing to export yet.</source>
        <translation>Noch nichts zu exportieren.</translation>
    </message>
    <message>
        <location filename="../../gui/views/result_actions.py" line="98"/>
        <source>Cannot write {path}: {error}</source>
        <translation>{path} kann nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/views/result_actions.py" line="102"/>
        <source>Exported 1 row to {path}.</source>
        <translation>1 Zeile nach {path} exportiert.</translation>
    </message>
    <message>
        <location filename="../../gui/views/result_actions.py" line="102"/>
        <source>Exported {n} rows to {path}.</source>
        <translation>{n} Zeilen nach {path} exportiert.</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <location filename="../../gui/views/result_view.py" line="46"/>
        <source>Ask something with the bar above: agent, name, Get.</source>
        <translation>Fragen Sie mit der Leiste oben: Agent, Name, Get.</translation>
    </message>
    <message>
        <location filename="../../gui/views/result_view.py" line="68"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../../gui/views/result_view.py" line="70"/>
        <source>Copy the selected rows (or all) as net-snmp lines</source>
        <translation>Die ausgewählten Zeilen (oder alle) als net-snmp-Zeilen kopieren</translation>
    </message>
    <message>
        <location filename="../../gui/views/result_view.py" line="71"/>
        <source>Copy TSV</source>
        <translation>TSV kopieren</translation>
    </message>
    <message>
        <location filename="../../gui/views/result_view.py" line="72"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../../gui/views/result_view.py" line="74"/>
        <source>Copy command</source>
        <translation>Befehl kopieren</translation>
    </message>
    <message>
        <location filename="../../gui/views/result_view.py" line="75"/>
        <source>Copy as net-snmp command</source>
        <translation>Als net-snmp-Befehl kopieren</translation>
    </message>
    <message>
        <location filename="../../gui/views/result_view.py" line="77"/>
        <source>Show secrets</source>
        <translation>Geheimnisse zeigen</translation>
    </message>
    <message>
        <location filename="../../gui/views/result_view.py" line="83"/>
        <source>the equivalent net-snmp command shows here</source>
        <translation>hier erscheint der entsprechende net-snmp-Befehl</translation>
    </message>
    <message>
        <location filename="../../gui/views/result_view.py" line="109"/>
        <source>Waiting for the answer…</source>
        <translation>Warte auf die Antwort…</translation>
    </message>
    <message>
        <location filename="../../gui/views/result_view.py" line="145"/>
        <source>Copied the net-snmp command.</source>
        <translation>Den net-snmp-Befehl kopiert.</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <location filename="../../gui/settings/secrets.py" line="177"/>
        <source>That password does not open the secrets file.</source>
        <translation>Dieses Passwort öffnet die Geheimnisdatei nicht.</translation>
    </message>
    <message>
        <location filename="../../gui/settings/secrets.py" line="183"/>
        <source>No system keyring, and the encrypted secrets file was not unlocked: communities are kept in memory for this run only and are not saved.</source>
        <translation>Kein System-Schlüsselbund, und die verschlüsselte Geheimnisdatei wurde nicht entsperrt: Communities werden nur für diesen Lauf im Speicher gehalten und nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>SeeingViews</name>
    <message>
        <location filename="../../gui/views_menu.py" line="30"/>
        <source>Polling graph</source>
        <translation>Abfragegraph</translation>
    </message>
    <message>
        <location filename="../../gui/views_menu.py" line="36"/>
        <source>PDU timeline</source>
        <translation>PDU-Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../gui/views_menu.py" line="42"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../gui/views_menu.py" line="49"/>
        <source>&amp;Polling graph</source>
        <translation>&amp;Abfragegraph</translation>
    </message>
    <message>
        <location filename="../../gui/views_menu.py" line="52"/>
        <source>PDU &amp;timeline</source>
        <translation>PDU-&amp;Zeitleiste</translation>
    </message>
</context>
<context>
    <name>SessionTree</name>
    <message>
        <location filename="../../gui/models/labels.py" line="63"/>
        <source>{name} (#{handle})</source>
        <translation>{name} (#{handle})</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="71"/>
        <source>1 handle</source>
        <translation>1 Handle</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="73"/>
        <source>{n} handles</source>
        <translation>{n} Handles</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="76"/>
        <source>1 trap filter</source>
        <translation>1 Trap-Filter</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="78"/>
        <source>{n} trap filters</source>
        <translation>{n} Trap-Filter</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="82"/>
        <source>{handles} · {outstanding} outstanding · {filters}</source>
        <translation>{handles} · {outstanding} ausstehend · {filters}</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="111"/>
        <source>user {user}</source>
        <translation>Benutzer {user}</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="117"/>
        <source>engine {engine} boots {boots}</source>
        <translation>Engine {engine} · Boots {boots}</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="121"/>
        <source>Report: {words}</source>
        <translation>Report: {words}</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="125"/>
        <source>listening</source>
        <translation>lauscht</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="138"/>
        <source>SNMPv3 context</source>
        <translation>SNMPv3-Kontext</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="139"/>
        <source>community</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="145"/>
        <source>{type} #{request_id}</source>
        <translation>{type} #{request_id}</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="153"/>
        <source>created</source>
        <translation>erstellt</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="155"/>
        <source>retrying</source>
        <translation>wird wiederholt</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="157"/>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="159"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="160"/>
        <source>received</source>
        <translation>empfangen</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="184"/>
        <source>received from {peer}</source>
        <translation>empfangen von {peer}</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="154"/>
        <location filename="../../gui/models/labels.py" line="192"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="194"/>
        <source>retry {n} of {m}</source>
        <translation>Wiederholung {n} von {m}</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="199"/>
        <source>answered in {ms}</source>
        <translation>beantwortet in {ms}</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="257"/>
        <source>1 varbind</source>
        <translation>1 Varbind</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="258"/>
        <source>{count} varbinds</source>
        <translation>{count} Varbinds</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="156"/>
        <location filename="../../gui/models/labels.py" line="203"/>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="101"/>
        <source>1 retry</source>
        <translation>1 Wiederholung</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="103"/>
        <source>{n} retries</source>
        <translation>{n} Wiederholungen</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="105"/>
        <source>{version} · {timeout} · {retries}</source>
        <translation>{version} · {timeout} · {retries}</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="175"/>
        <source>{status} at varbind {index} · {varbinds}</source>
        <translation>{status} bei Varbind {index} · {varbinds}</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="180"/>
        <source>noError · {varbinds}</source>
        <translation>noError · {varbinds}</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="188"/>
        <source>not sent · {varbinds}</source>
        <translation>nicht gesendet · {varbinds}</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="211"/>
        <source>timed out after 1 attempt</source>
        <translation>Zeitüberschreitung nach 1 Versuch</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="212"/>
        <source>timed out after {n} attempts</source>
        <translation>Zeitüberschreitung nach {n} Versuchen</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="158"/>
        <location filename="../../gui/models/labels.py" line="216"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="218"/>
        <source>failed: {error}</source>
        <translation>fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="161"/>
        <location filename="../../gui/models/labels.py" line="222"/>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="246"/>
        <source>VBL #{handle}</source>
        <translation>VBL #{handle}</translation>
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
        <location filename="../../gui/controllers/status.py" line="30"/>
        <source>Sessions: {sessions} · Live handles: {handles} · Outstanding: {outstanding}</source>
        <translation>Sitzungen: {sessions} · Lebende Handles: {handles} · Ausstehend: {outstanding}</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/status.py" line="36"/>
        <source> · Walks: {walks}</source>
        <translation> · Durchläufe: {walks}</translation>
    </message>
</context>
<context>
    <name>TableModel</name>
    <message>
        <location filename="../../gui/models/table_model.py" line="118"/>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <location filename="../../gui/models/table_model.py" line="120"/>
        <source>INDEX: {objects}</source>
        <translation>INDEX: {objects}</translation>
    </message>
</context>
<context>
    <name>TableView</name>
    <message>
        <location filename="../../gui/views/table_view.py" line="46"/>
        <source>Filter rows (any column)…</source>
        <translation>Zeilen filtern (beliebige Spalte)…</translation>
    </message>
    <message>
        <location filename="../../gui/views/table_view.py" line="48"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../gui/views/table_view.py" line="49"/>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../../gui/views/table_view.py" line="93"/>
        <source>Fetching the table…</source>
        <translation>Die Tabelle wird abgerufen…</translation>
    </message>
    <message>
        <location filename="../../gui/views/table_view.py" line="97"/>
        <source>Fetching the table… {rows} rows, {varbinds} values so far</source>
        <translation>Die Tabelle wird abgerufen… bisher {rows} Zeilen, {varbinds} Werte</translation>
    </message>
    <message>
        <location filename="../../gui/views/table_view.py" line="108"/>
        <source>{rows} rows, {columns} columns, {requests} requests, {seconds}</source>
        <translation>{rows} Zeilen, {columns} Spalten, {requests} Anfragen, {seconds}</translation>
    </message>
    <message>
        <location filename="../../gui/views/table_view.py" line="115"/>
        <source>The agent has no rows in this table.</source>
        <translation>Der Agent hat keine Zeilen in dieser Tabelle.</translation>
    </message>
    <message>
        <location filename="../../gui/views/table_view.py" line="117"/>
        <source> (stopped: the rows so far)</source>
        <translation> (angehalten: die bisherigen Zeilen)</translation>
    </message>
    <message>
        <location filename="../../gui/views/table_view.py" line="119"/>
        <source> (ended by an error: {error})</source>
        <translation> (durch einen Fehler beendet: {error})</translation>
    </message>
    <message>
        <location filename="../../gui/views/table_view.py" line="121"/>
        <source>; the agent has more columns than the MIB</source>
        <translation>; der Agent hat mehr Spalten als die MIB</translation>
    </message>
    <message>
        <location filename="../../gui/views/table_view.py" line="127"/>
        <source>The table could not be fetched: {message}</source>
        <translation>Die Tabelle konnte nicht abgerufen werden: {message}</translation>
    </message>
</context>
<context>
    <name>Targets</name>
    <message>
        <location filename="../../gui/controllers/targets.py" line="110"/>
        <source>user {user}</source>
        <translation>Benutzer {user}</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/targets.py" line="112"/>
        <source>community {community}</source>
        <translation>Community {community}</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/targets.py" line="116"/>
        <source>{agent} · {version} · {credentials} · session “{session}”</source>
        <translation>{agent} · {version} · {credentials} · Sitzung „{session}“</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/targets.py" line="133"/>
        <source>No answer from {address} after 1 try.</source>
        <translation>Keine Antwort von {address} nach 1 Versuch.</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/targets.py" line="134"/>
        <source>No answer from {address} after {n} tries.</source>
        <translation>Keine Antwort von {address} nach {n} Versuchen.</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/targets.py" line="152"/>
        <source>{name} (saved)</source>
        <translation>{name} (gespeichert)</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/targets.py" line="153"/>
        <source>{folder}{name} · {address} · {version} · opens in the selected session</source>
        <translation>{folder}{name} · {address} · {version} · öffnet sich in der ausgewählten Sitzung</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../gui/views/timeline_view.py" line="63"/>
        <source>Select a request or response PDU in the tree.</source>
        <translation>Wählen Sie im Baum eine Anfrage- oder Antwort-PDU.</translation>
    </message>
    <message>
        <location filename="../../gui/views/timeline_view.py" line="71"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../gui/views/timeline_view.py" line="72"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../../gui/views/timeline_view.py" line="73"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../gui/views/timeline_view.py" line="74"/>
        <source>PDU</source>
        <translation>PDU</translation>
    </message>
    <message>
        <location filename="../../gui/views/timeline_view.py" line="75"/>
        <source>Request id</source>
        <translation>Anfrage-ID</translation>
    </message>
    <message>
        <location filename="../../gui/views/timeline_view.py" line="76"/>
        <source>Octets</source>
        <translation>Oktette</translation>
    </message>
    <message>
        <location filename="../../gui/views/timeline_view.py" line="77"/>
        <source>Peer</source>
        <translation>Gegenstelle</translation>
    </message>
    <message>
        <location filename="../../gui/views/timeline_view.py" line="85"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../../gui/views/timeline_view.py" line="86"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../gui/views/timeline_view.py" line="87"/>
        <source>Offset</source>
        <translation>Versatz</translation>
    </message>
    <message>
        <location filename="../../gui/views/timeline_view.py" line="88"/>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <location filename="../../gui/views/timeline_view.py" line="89"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../gui/views/timeline_view.py" line="131"/>
        <source>Request id {request_id}: {count} datagrams, {span} from first to last.</source>
        <translation>Anfrage-ID {request_id}: {count} Datagramme, {span} vom ersten bis zum letzten.</translation>
    </message>
    <message>
        <location filename="../../gui/views/timeline_view.py" line="145"/>
        <source>No datagrams for this PDU yet: it was not sent, or the log no longer has them.</source>
        <translation>Noch keine Datagramme für diese PDU: Sie wurde nicht gesendet, oder das Protokoll enthält sie nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../gui/views/timeline_view.py" line="154"/>
        <source>{arrow} sent</source>
        <translation>{arrow} gesendet</translation>
    </message>
    <message>
        <location filename="../../gui/views/timeline_view.py" line="156"/>
        <source>{arrow} received</source>
        <translation>{arrow} empfangen</translation>
    </message>
    <message>
        <location filename="../../gui/views/timeline_view.py" line="164"/>
        <source>(encrypted or unreadable)</source>
        <translation>(verschlüsselt oder unlesbar)</translation>
    </message>
    <message>
        <location filename="../../gui/views/timeline_view.py" line="179"/>
        <source>retry (attempt {n})</source>
        <translation>Wiederholung (Versuch {n})</translation>
    </message>
    <message>
        <location filename="../../gui/views/timeline_view.py" line="181"/>
        <source>request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location filename="../../gui/views/timeline_view.py" line="182"/>
        <source>response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../../gui/views/timeline_view.py" line="183"/>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../gui/views/timeline_view.py" line="184"/>
        <source>engine discovery</source>
        <translation>Engine-Ermittlung</translation>
    </message>
    <message>
        <location filename="../../gui/views/timeline_view.py" line="185"/>
        <source>encrypted (authPriv)</source>
        <translation>verschlüsselt (authPriv)</translation>
    </message>
    <message>
        <location filename="../../gui/views/timeline_view.py" line="186"/>
        <source>other</source>
        <translation>anderes</translation>
    </message>
</context>
<context>
    <name>TrapLogModel</name>
    <message>
        <location filename="../../gui/models/trap_log_model.py" line="67"/>
        <source>(no snmpTrapOID.0)</source>
        <translation>(kein snmpTrapOID.0)</translation>
    </message>
    <message>
        <location filename="../../gui/models/trap_log_model.py" line="93"/>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location filename="../../gui/models/trap_log_model.py" line="94"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../gui/models/trap_log_model.py" line="95"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../gui/models/trap_log_model.py" line="96"/>
        <source>Notification</source>
        <translation>Benachrichtigung</translation>
    </message>
    <message>
        <location filename="../../gui/models/trap_log_model.py" line="97"/>
        <source>Varbinds</source>
        <translation>Varbinds</translation>
    </message>
    <message>
        <location filename="../../gui/models/trap_log_model.py" line="98"/>
        <source>What it said</source>
        <translation>Inhalt</translation>
    </message>
</context>
<context>
    <name>TrapReceiver</name>
    <message>
        <location filename="../../gui/controllers/trap_receiver.py" line="45"/>
        <location filename="../../gui/controllers/trap_receiver.py" line="60"/>
        <source>The trap receiver is starting…</source>
        <translation>Der Trap-Empfänger startet…</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/trap_receiver.py" line="109"/>
        <source>Not listening for traps on {where}: {reason}</source>
        <translation>Lauscht nicht auf Traps auf {where}: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/trap_receiver.py" line="126"/>
        <source>Not listening for traps: the receiver&apos;s session was closed.</source>
        <translation>Lauscht nicht auf Traps: Die Sitzung des Empfängers wurde geschlossen.</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/trap_receiver.py" line="129"/>
        <source>Listening for traps and informs on {where}.</source>
        <translation>Lauscht auf Traps und Informs auf {where}.</translation>
    </message>
</context>
<context>
    <name>TrapView</name>
    <message>
        <location filename="../../gui/views/trap_view.py" line="97"/>
        <source>Trap filters</source>
        <translation>Trap-Filter</translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="53"/>
        <source>The trap receiver is starting…</source>
        <translation>Der Trap-Empfänger startet…</translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="56"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="61"/>
        <source>Filter by agent, notification or text</source>
        <translation>Nach Agent, Benachrichtigung oder Text filtern</translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="63"/>
        <source>Clear log</source>
        <translation>Protokoll leeren</translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="65"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="178"/>
        <source>No traps to export.</source>
        <translation>Keine Traps zum Exportieren.</translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="205"/>
        <source>Cannot write {path}: {error}</source>
        <translation>{path} kann nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="210"/>
        <source>Exported 1 trap to {path}.</source>
        <translation>1 Trap nach {path} exportiert.</translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="211"/>
        <source>Exported {n} traps to {path}.</source>
        <translation>{n} Traps nach {path} exportiert.</translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="238"/>
        <source>Trap filters (select a session)</source>
        <translation>Trap-Filter (wählen Sie eine Sitzung)</translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="245"/>
        <source>Trap filters of session #{session} ({count})</source>
        <translation>Trap-Filter der Sitzung #{session} ({count})</translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="259"/>
        <source>any agent</source>
        <translation>jeder Agent</translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="261"/>
        <source>agent {ip}</source>
        <translation>Agent {ip}</translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="264"/>
        <source>any community</source>
        <translation>jede Community</translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="264"/>
        <source>one community</source>
        <translation>eine Community</translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="267"/>
        <source>any notification</source>
        <translation>jede Benachrichtigung</translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="281"/>
        <source>{notification} from {peer} at {received}</source>
        <translation>{notification} von {peer} um {received}</translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="291"/>
        <source>Trap log: 1 notification</source>
        <translation>Trap-Protokoll: 1 Benachrichtigung</translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="291"/>
        <source>Trap log: {n} notifications</source>
        <translation>Trap-Protokoll: {n} Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="294"/>
        <source> ({shown} shown)</source>
        <translation> ({shown} angezeigt)</translation>
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
        <translation>OID</translation>
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
        <translation>Fügen Sie der Sitzung zuerst eine Entität und einen Kontext hinzu.</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/walk_runner.py" line="92"/>
        <source>A walk is already running; stop it first.</source>
        <translation>Ein Durchlauf läuft bereits; halten Sie ihn zuerst an.</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/walk_runner.py" line="120"/>
        <source>Walk</source>
        <translation>Durchlauf</translation>
    </message>
</context>
<context>
    <name>WalkView</name>
    <message>
        <location filename="../../gui/views/walk_view.py" line="66"/>
        <source>0 walks with GETNEXT</source>
        <translation>0: Durchlauf mit GETNEXT</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="67"/>
        <source>Walk</source>
        <translation>Durchlaufen</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="69"/>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="77"/>
        <source>Pick a session in the tree, an OID, and press Walk.</source>
        <translation>Wählen Sie eine Sitzung im Baum und eine OID, und drücken Sie Durchlaufen.</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="89"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="91"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="93"/>
        <source>Copy command</source>
        <translation>Befehl kopieren</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="94"/>
        <source>Copy as net-snmp command</source>
        <translation>Als net-snmp-Befehl kopieren</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="97"/>
        <source>Show secrets</source>
        <translation>Geheimnisse zeigen</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="109"/>
        <source>OID:</source>
        <translation>OID:</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="111"/>
        <source>Max-repetitions:</source>
        <translation>Max-Repetitions:</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="116"/>
        <source>Entity:</source>
        <translation>Entität:</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="118"/>
        <source>Context:</source>
        <translation>Kontext:</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="204"/>
        <source>Copied the net-snmp command.</source>
        <translation>Den net-snmp-Befehl kopiert.</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="218"/>
        <source>Walking {root}…</source>
        <translation>{root} wird durchlaufen…</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="236"/>
        <source>{varbinds} · {requests}…</source>
        <translation>{varbinds} · {requests}…</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="249"/>
        <source>Stopped: {varbinds} kept ({requests}, {s}).</source>
        <translation>Angehalten: {varbinds} behalten ({requests}, {s}).</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="251"/>
        <source>Walk failed: {error}</source>
        <translation>Durchlauf fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="253"/>
        <source>Walk failed after {varbinds}: {error}</source>
        <translation>Durchlauf nach {varbinds} fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="255"/>
        <source>Done: {varbinds} in {requests}, {s}.</source>
        <translation>Fertig: {varbinds} in {requests}, {s}.</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="268"/>
        <source>1 varbind</source>
        <translation>1 Varbind</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="268"/>
        <source>{n} varbinds</source>
        <translation>{n} Varbinds</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="271"/>
        <source>1 request</source>
        <translation>1 Anfrage</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="271"/>
        <source>{n} requests</source>
        <translation>{n} Anfragen</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="285"/>
        <source>Walk failed: {message}</source>
        <translation>Durchlauf fehlgeschlagen: {message}</translation>
    </message>
</context>
<context>
    <name>WorkspaceKeeper</name>
    <message>
        <location filename="../../gui/controllers/workspace_keeper.py" line="103"/>
        <source>Demo agent listening on {target}.</source>
        <translation>Demo-Agent lauscht auf {target}.</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/workspace_keeper.py" line="141"/>
        <source>The demo agent could not start: {error}</source>
        <translation>Der Demo-Agent konnte nicht starten: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/workspace_keeper.py" line="146"/>
        <source>Start demo agent</source>
        <translation>Demo-Agent starten</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/workspace_keeper.py" line="174"/>
        <source>The community of context {name!r} was not saved (no keyring); add the context again.</source>
        <translation>Die Community des Kontexts {name!r} wurde nicht gespeichert (kein Schlüsselbund); fügen Sie den Kontext erneut hinzu.</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/workspace_keeper.py" line="209"/>
        <source>Resource limits</source>
        <translation>Ressourcengrenzen</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/workspace_keeper.py" line="231"/>
        <source>Trap receiver (stays on {where})</source>
        <translation>Trap-Empfänger (bleibt auf {where})</translation>
    </message>
</context>
<context>
    <name>_Fetcher</name>
    <message>
        <location filename="../../gui/controllers/table_runner.py" line="74"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
</context>
</TS>
