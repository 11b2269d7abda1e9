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
        <source>New &amp;PDU…</source>
        <translation>Neue &amp;PDU…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="29"/>
        <source>Compose a GET, GETNEXT, GETBULK, SET, TRAP or INFORM</source>
        <translation>Ein GET, GETNEXT, GETBULK, SET, TRAP oder INFORM verfassen</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="30"/>
        <source>&amp;Duplicate PDU</source>
        <translation>PDU &amp;duplizieren</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="31"/>
        <source>Copy the selected PDU (SnmpDuplicatePdu)</source>
        <translation>Die ausgewählte PDU kopieren (SnmpDuplicatePdu)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="32"/>
        <source>&amp;Send / Re-send</source>
        <translation>&amp;Senden / erneut senden</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="33"/>
        <source>Send the selected PDU to the session&apos;s agent</source>
        <translation>Die ausgewählte PDU an den Agenten der Sitzung senden</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="35"/>
        <source>&amp;Free Handle</source>
        <translation>Handle &amp;freigeben</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="37"/>
        <source>Free the selected entity, context, PDU or VBL</source>
        <translation>Die ausgewählte Entität, den Kontext, die PDU oder VBL freigeben</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="38"/>
        <source>&amp;Walk Here</source>
        <translation>Ab hier &amp;durchlaufen</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="39"/>
        <source>Walk the subtree below the selected OID</source>
        <translation>Den Teilbaum unter der ausgewählten OID durchlaufen</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="40"/>
        <source>S&amp;top Walk</source>
        <translation>Durchlauf &amp;anhalten</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="41"/>
        <source>Stop the running walk; results so far are kept</source>
        <translation>Den laufenden Durchlauf anhalten; bisherige Ergebnisse bleiben erhalten</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="43"/>
        <source>&amp;Register for Traps…</source>
        <translation>Für Traps &amp;registrieren…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="44"/>
        <source>Receive traps and informs in this session</source>
        <translation>Traps und Informs in dieser Sitzung empfangen</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="46"/>
        <source>P&amp;references…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="48"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>AllocErrorDialog</name>
    <message>
        <location filename="../../gui/dialogs/error_dialogs.py" line="45"/>
        <source>Resource limit reached</source>
        <translation>Ressourcengrenze erreicht</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/error_dialogs.py" line="47"/>
        <source>{name} ({code}): the limit of {maximum} {what} was reached.</source>
        <translation>{name} ({code}): Die Grenze von {maximum} {what} wurde erreicht.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/error_dialogs.py" line="55"/>
        <source>{name} ({code}): a resource could not be allocated.</source>
        <translation>{name} ({code}): Eine Ressource konnte nicht belegt werden.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/error_dialogs.py" line="61"/>
        <source>Nothing was lost and snmpscope keeps working. To go on, close sessions you no longer need, free handles (PDUs, variable-binding lists) you are done with, or raise the limit in Preferences.</source>
        <translation>Nichts ging verloren, und snmpscope arbeitet weiter. Um fortzufahren, schließen Sie Sitzungen, die Sie nicht mehr brauchen, geben Sie Handles (PDUs, Variablenbindungslisten) frei, die Sie nicht mehr benötigen, oder erhöhen Sie die Grenze in den Einstellungen.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/error_dialogs.py" line="68"/>
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
        <location filename="../../gui/views/details_view.py" line="50"/>
        <location filename="../../gui/views/details_view.py" line="106"/>
        <source>Select a session, entity, context or PDU in the tree.</source>
        <translation>Wählen Sie im Baum eine Sitzung, Entität, einen Kontext oder eine PDU.</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="57"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="57"/>
        <location filename="../../gui/views/details_view.py" line="139"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="65"/>
        <source>Variable bindings</source>
        <translation>Variablenbindungen</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="75"/>
        <source>Raw message</source>
        <translation>Rohnachricht</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="128"/>
        <location filename="../../gui/views/details_view.py" line="164"/>
        <location filename="../../gui/views/details_view.py" line="180"/>
        <location filename="../../gui/views/details_view.py" line="223"/>
        <location filename="../../gui/views/details_view.py" line="246"/>
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="128"/>
        <location filename="../../gui/views/details_view.py" line="181"/>
        <location filename="../../gui/views/details_view.py" line="224"/>
        <location filename="../../gui/views/details_view.py" line="247"/>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="137"/>
        <source>OID</source>
        <translation>OID</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="138"/>
        <location filename="../../gui/views/details_view.py" line="248"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="145"/>
        <source>MIB object</source>
        <translation>MIB-Objekt</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="146"/>
        <source>Syntax</source>
        <translation>Syntax</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="147"/>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="148"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="165"/>
        <location filename="../../gui/views/details_view.py" line="226"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="166"/>
        <source>Notification</source>
        <translation>Benachrichtigung</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="167"/>
        <source>Live handles</source>
        <translation>Lebende Handles</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="168"/>
        <source>Queued messages</source>
        <translation>Wartende Nachrichten</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="169"/>
        <source>Outstanding requests</source>
        <translation>Ausstehende Anfragen</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="170"/>
        <source>Trap filters</source>
        <translation>Trap-Filter</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="171"/>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="182"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="183"/>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="184"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="185"/>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="186"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="188"/>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="189"/>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="191"/>
        <source>Listening (agent role)</source>
        <translation>Lauscht (Agentenrolle)</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="192"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="192"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="203"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="206"/>
        <source>Last Report</source>
        <translation>Letzter Report</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="208"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="209"/>
        <source>Security level</source>
        <translation>Sicherheitsstufe</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="210"/>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="211"/>
        <source>Privacy</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="212"/>
        <source>Engine ID</source>
        <translation>Engine-ID</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="212"/>
        <source>not discovered yet</source>
        <translation>noch nicht ermittelt</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="213"/>
        <source>Engine boots</source>
        <translation>Engine-Neustarts</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="214"/>
        <source>Engine time</source>
        <translation>Engine-Zeit</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="215"/>
        <source>msgFlags (last answer)</source>
        <translation>msgFlags (letzte Antwort)</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="225"/>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="237"/>
        <source>Non-repeaters</source>
        <translation>Non-Repeaters</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="238"/>
        <source>Max-repetitions</source>
        <translation>Max-Repetitions</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="242"/>
        <source>Error status</source>
        <translation>Fehlerstatus</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="243"/>
        <source>Error index</source>
        <translation>Fehlerindex</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="249"/>
        <source>Request id</source>
        <translation>Anfrage-ID</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="251"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="256"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="257"/>
        <source>{n} of {m}</source>
        <translation>{n} von {m}</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="261"/>
        <source>Round trip</source>
        <translation>Umlaufzeit</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="263"/>
        <source>Peer</source>
        <translation>Gegenstelle</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="265"/>
        <source>Response PDU</source>
        <translation>Antwort-PDU</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="267"/>
        <source>Answers PDU</source>
        <translation>Beantwortet PDU</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="273"/>
        <source>Raw message ({count} octets)</source>
        <translation>Rohnachricht ({count} Oktette)</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="287"/>
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
        <location filename="../../gui/dialogs/error_dialogs.py" line="90"/>
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/error_dialogs.py" line="92"/>
        <source>{what} failed: {name} ({code})</source>
        <translation>{what} fehlgeschlagen: {name} ({code})</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/error_dialogs.py" line="93"/>
        <source>An operation</source>
        <translation>Ein Vorgang</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/error_dialogs.py" line="99"/>
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
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <location filename="../../gui/controllers/error_presenter.py" line="68"/>
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
        <location filename="../../gui/error_texts.py" line="100"/>
        <source>{explanation} {detail}</source>
        <translation>{explanation} {detail}</translation>
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
        <location filename="../../gui/main_window.py" line="59"/>
        <source>snmpscope — SNMP session browser</source>
        <translation>snmpscope — SNMP-Sitzungsbrowser</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="100"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="101"/>
        <source>Walk</source>
        <translation>Durchlauf</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="102"/>
        <source>Traps</source>
        <translation>Traps</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="115"/>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="120"/>
        <source>&amp;PDU</source>
        <translation>&amp;PDU</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="122"/>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="126"/>
        <source>MIB &amp;browser</source>
        <translation>MIB-&amp;Browser</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="133"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="183"/>
        <source>No system keyring was found: communities are kept in memory for this run only and are not saved.</source>
        <translation>Kein System-Schlüsselbund gefunden: Communities werden nur für diesen Lauf im Speicher gehalten und nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="260"/>
        <source>Notification from {peer}</source>
        <translation>Benachrichtigung von {peer}</translation>
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
        <location filename="../../gui/controllers/mib_browser.py" line="106"/>
        <source>Select a session with an entity and a context in the session tree first.</source>
        <translation>Wählen Sie zuerst im Sitzungsbaum eine Sitzung mit einer Entität und einem Kontext.</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/mib_browser.py" line="117"/>
        <source>{type} .{oid} sent.</source>
        <translation>{type} .{oid} gesendet.</translation>
    </message>
</context>
<context>
    <name>MibDock</name>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="58"/>
        <source>MIBs</source>
        <translation>MIBs</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="67"/>
        <source>MIBs are loading…</source>
        <translation>MIBs werden geladen…</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="69"/>
        <source>Add MIB folder…</source>
        <translation>MIB-Ordner hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="70"/>
        <source>Report…</source>
        <translation>Bericht…</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="73"/>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="74"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="87"/>
        <source>Search a name, an OID or words of a description</source>
        <translation>Nach einem Namen, einer OID oder Wörtern einer Beschreibung suchen</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="91"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="91"/>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="91"/>
        <source>Found in</source>
        <translation>Gefunden in</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="114"/>
        <source>Get</source>
        <translation>Get</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="115"/>
        <source>GetNext</source>
        <translation>GetNext</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="116"/>
        <source>Walk</source>
        <translation>Durchlaufen</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="117"/>
        <source>Set…</source>
        <translation>Set…</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="119"/>
        <source>Compose a SET of this object (add the index of a column)</source>
        <translation>Ein SET dieses Objekts verfassen (bei einer Spalte den Index ergänzen)</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="121"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="122"/>
        <source>Walk the table this node belongs to, as a table</source>
        <translation>Die Tabelle dieses Knotens als Tabelle durchlaufen</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="123"/>
        <source>Copy OID</source>
        <translation>OID kopieren</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="124"/>
        <source>Copy name</source>
        <translation>Namen kopieren</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="163"/>
        <source>{loaded} modules loaded · {failed} failed · {missing} missing</source>
        <translation>{loaded} Module geladen · {failed} fehlgeschlagen · {missing} fehlen</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="167"/>
        <source>Compiling cancelled; what compiled is kept. </source>
        <translation>Übersetzung abgebrochen; was übersetzt wurde, bleibt erhalten. </translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="178"/>
        <source>Compiling MIB files: {module}</source>
        <translation>MIB-Dateien werden übersetzt: {module}</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="186"/>
        <source>OID</source>
        <translation>OID</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="187"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="188"/>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="197"/>
        <source>Nothing found</source>
        <translation>Nichts gefunden</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="209"/>
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
        <location filename="../../gui/dialogs/pdu_composer.py" line="82"/>
        <source>sysDescr.0, IF-MIB::ifDescr or 1.3.6.1.2.1.1.1.0</source>
        <translation>sysDescr.0, IF-MIB::ifDescr oder 1.3.6.1.2.1.1.1.0</translation>
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
        <location filename="../../gui/controllers/operations.py" line="186"/>
        <source>Session #{session} opened.</source>
        <translation>Sitzung #{session} geöffnet.</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="192"/>
        <source>New session</source>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="202"/>
        <source>Session #{session} closed.</source>
        <translation>Sitzung #{session} geschlossen.</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="204"/>
        <source>Close session</source>
        <translation>Sitzung schließen</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="248"/>
        <source>Entity {address} added.</source>
        <translation>Entität {address} hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="255"/>
        <source>Add entity {address}</source>
        <translation>Entität {address} hinzufügen</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="282"/>
        <source>Add context</source>
        <translation>Kontext hinzufügen</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="318"/>
        <source>Create {type} PDU</source>
        <translation>{type}-PDU erstellen</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="336"/>
        <source>Create PDU</source>
        <translation>PDU erstellen</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="349"/>
        <source>noError</source>
        <translation>noError</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="352"/>
        <source>{title}: answered · {status}</source>
        <translation>{title}: beantwortet · {status}</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="354"/>
        <source>{title}: answered in {ms} · {status}</source>
        <translation>{title}: beantwortet in {ms} · {status}</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="358"/>
        <source>{title} sent.</source>
        <translation>{title} gesendet.</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="362"/>
        <source>Send {title}</source>
        <translation>{title} senden</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="372"/>
        <source>Add an entity and a context to the session first.</source>
        <translation>Fügen Sie der Sitzung zuerst eine Entität und einen Kontext hinzu.</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="387"/>
        <source>Duplicate PDU</source>
        <translation>PDU duplizieren</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="392"/>
        <source>Free handle</source>
        <translation>Handle freigeben</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="411"/>
        <source>Trap filter registered.</source>
        <translation>Trap-Filter registriert.</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="411"/>
        <source>Trap filter removed.</source>
        <translation>Trap-Filter entfernt.</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="417"/>
        <source>Register for traps</source>
        <translation>Für Traps registrieren</translation>
    </message>
</context>
<context>
    <name>PduComposer</name>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="42"/>
        <source>= MIB type</source>
        <translation>= Typ aus der MIB</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="52"/>
        <source>d Decimal string</source>
        <translation>d Dezimal-String</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="105"/>
        <source>New PDU</source>
        <translation>Neue PDU</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="128"/>
        <source>notification, e.g. SNMPv2-MIB::coldStart</source>
        <translation>Benachrichtigung, z. B. SNMPv2-MIB::coldStart</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="131"/>
        <source>Name or OID</source>
        <translation>Name oder OID</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="131"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="131"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="142"/>
        <source>Add varbind</source>
        <translation>Varbind hinzufügen</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="143"/>
        <source>Remove varbind</source>
        <translation>Varbind entfernen</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="149"/>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="150"/>
        <source>&amp;Entity:</source>
        <translation>&amp;Entität:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="151"/>
        <source>&amp;Context:</source>
        <translation>&amp;Kontext:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="152"/>
        <source>Non-repeaters / max-repetitions:</source>
        <translation>Non-Repeaters / Max-Repetitions:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="153"/>
        <source>&amp;Notification:</source>
        <translation>&amp;Benachrichtigung:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="157"/>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="159"/>
        <source>Create and &amp;send</source>
        <translation>Erstellen und &amp;senden</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="241"/>
        <source>The session needs an entity and a context first.</source>
        <translation>Die Sitzung braucht zuerst eine Entität und einen Kontext.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="249"/>
        <source>Row {row}: enter a name or OID.</source>
        <translation>Zeile {row}: Geben Sie einen Namen oder eine OID ein.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="270"/>
        <source>Enter the notification OID (snmpTrapOID.0).</source>
        <translation>Geben Sie die Benachrichtigungs-OID ein (snmpTrapOID.0).</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="279"/>
        <source>Add at least one variable binding.</source>
        <translation>Fügen Sie mindestens eine Variablenbindung hinzu.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="283"/>
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
        <location filename="../../gui/dialogs/preferences_dialog.py" line="32"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="43"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="44"/>
        <source>Open &amp;sessions:</source>
        <translation>Offene &amp;Sitzungen:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="45"/>
        <source>Live &amp;handles per session:</source>
        <translation>Lebende &amp;Handles pro Sitzung:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="46"/>
        <source>&amp;Queued messages per session:</source>
        <translation>&amp;Wartende Nachrichten pro Sitzung:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="47"/>
        <source>Queued &amp;memory per session:</source>
        <translation>Wartender &amp;Speicher pro Sitzung:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="48"/>
        <source>Resource limits</source>
        <translation>Ressourcengrenzen</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="53"/>
        <source>Listen &amp;address:</source>
        <translation>Lausch-&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="54"/>
        <source>Listen &amp;port:</source>
        <translation>Lausch-&amp;Port:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="55"/>
        <source>Trap receiver</source>
        <translation>Trap-Empfänger</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="64"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="69"/>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="70"/>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="71"/>
        <source>&amp;Retries:</source>
        <translation>&amp;Wiederholungen:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="72"/>
        <source>&amp;Community:</source>
        <translation>&amp;Community:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="73"/>
        <source>Walk max-&amp;repetitions (0: GETNEXT):</source>
        <translation>Max-&amp;Repetitions beim Durchlauf (0: GETNEXT):</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="74"/>
        <source>Defaults</source>
        <translation>Vorgaben</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="78"/>
        <source>Follow the system</source>
        <translation>Dem System folgen</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="79"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="80"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="82"/>
        <source>Colour &amp;scheme:</source>
        <translation>Farb&amp;schema:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="84"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="103"/>
        <source>The trap listen address must be an IP address, e.g. 127.0.0.1 or ::1.</source>
        <translation>Die Lausch-Adresse für Traps muss eine IP-Adresse sein, z. B. 127.0.0.1 oder ::1.</translation>
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
        <location filename="../../gui/models/labels.py" line="70"/>
        <source>{handles} handles · {outstanding} outstanding · {filters} trap filters</source>
        <translation>{handles} Handles · {outstanding} ausstehend · {filters} Trap-Filter</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="88"/>
        <source>{version} · timeout {timeout} · {retry} retries</source>
        <translation>{version} · Zeitlimit {timeout} · {retry} Wiederholungen</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="96"/>
        <source>user {user}</source>
        <translation>Benutzer {user}</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="102"/>
        <source>Report: {words}</source>
        <translation>Report: {words}</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="106"/>
        <source>listening</source>
        <translation>lauscht</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="119"/>
        <source>SNMPv3 context</source>
        <translation>SNMPv3-Kontext</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="120"/>
        <source>community</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="126"/>
        <source>{type} #{request_id}</source>
        <translation>{type} #{request_id}</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="134"/>
        <source>created</source>
        <translation>erstellt</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="136"/>
        <source>retrying</source>
        <translation>wird wiederholt</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="138"/>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="140"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="141"/>
        <source>received</source>
        <translation>empfangen</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="156"/>
        <source>{status} at varbind {index} · {count} varbinds</source>
        <translation>{status} bei Varbind {index} · {count} Varbinds</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="159"/>
        <source>noError · {count} varbinds</source>
        <translation>noError · {count} Varbinds</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="163"/>
        <source>received from {peer}</source>
        <translation>empfangen von {peer}</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="167"/>
        <source>not sent · {count} varbinds</source>
        <translation>nicht gesendet · {count} Varbinds</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="135"/>
        <location filename="../../gui/models/labels.py" line="171"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="173"/>
        <source>retry {n} of {m}</source>
        <translation>Wiederholung {n} von {m}</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="178"/>
        <source>answered in {ms}</source>
        <translation>beantwortet in {ms}</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="227"/>
        <source>{count} varbinds</source>
        <translation>{count} Varbinds</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="137"/>
        <location filename="../../gui/models/labels.py" line="182"/>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="188"/>
        <source>timed out after {n} attempts</source>
        <translation>Zeitüberschreitung nach {n} Versuchen</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="139"/>
        <location filename="../../gui/models/labels.py" line="192"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="194"/>
        <source>failed: {error}</source>
        <translation>fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="142"/>
        <location filename="../../gui/models/labels.py" line="198"/>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="222"/>
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
    <name>TrapTableModel</name>
    <message>
        <location filename="../../gui/models/trap_table.py" line="59"/>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location filename="../../gui/models/trap_table.py" line="60"/>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location filename="../../gui/models/trap_table.py" line="61"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../gui/models/trap_table.py" line="62"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../gui/models/trap_table.py" line="63"/>
        <source>Varbinds</source>
        <translation>Varbinds</translation>
    </message>
    <message>
        <location filename="../../gui/models/trap_table.py" line="64"/>
        <source>Notification</source>
        <translation>Benachrichtigung</translation>
    </message>
    <message>
        <location filename="../../gui/models/trap_table.py" line="92"/>
        <source>(no snmpTrapOID.0)</source>
        <translation>(kein snmpTrapOID.0)</translation>
    </message>
</context>
<context>
    <name>TrapView</name>
    <message>
        <location filename="../../gui/views/trap_view.py" line="35"/>
        <source>Trap filters</source>
        <translation>Trap-Filter</translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="65"/>
        <source>Received traps and informs</source>
        <translation>Empfangene Traps und Informs</translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="89"/>
        <source>Trap filters (select a session)</source>
        <translation>Trap-Filter (wählen Sie eine Sitzung)</translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="96"/>
        <source>Trap filters of session #{session} ({count})</source>
        <translation>Trap-Filter der Sitzung #{session} ({count})</translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="115"/>
        <source>any agent</source>
        <translation>jeder Agent</translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="117"/>
        <source>agent {ip}</source>
        <translation>Agent {ip}</translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="120"/>
        <source>any community</source>
        <translation>jede Community</translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="120"/>
        <source>one community</source>
        <translation>eine Community</translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="123"/>
        <source>any notification</source>
        <translation>jede Benachrichtigung</translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="135"/>
        <source>Received traps and informs ({count})</source>
        <translation>Empfangene Traps und Informs ({count})</translation>
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
        <location filename="../../gui/controllers/walk_runner.py" line="60"/>
        <source>Add an entity and a context to the session first.</source>
        <translation>Fügen Sie der Sitzung zuerst eine Entität und einen Kontext hinzu.</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/walk_runner.py" line="85"/>
        <source>A walk is already running; stop it first.</source>
        <translation>Ein Durchlauf läuft bereits; halten Sie ihn zuerst an.</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/walk_runner.py" line="107"/>
        <source>Walk</source>
        <translation>Durchlauf</translation>
    </message>
</context>
<context>
    <name>WalkView</name>
    <message>
        <location filename="../../gui/views/walk_view.py" line="56"/>
        <source>0 walks with GETNEXT</source>
        <translation>0: Durchlauf mit GETNEXT</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="57"/>
        <source>Walk</source>
        <translation>Durchlaufen</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="59"/>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="67"/>
        <source>Pick a session in the tree, an OID, and press Walk.</source>
        <translation>Wählen Sie eine Sitzung im Baum und eine OID, und drücken Sie Durchlaufen.</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="81"/>
        <source>OID:</source>
        <translation>OID:</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="83"/>
        <source>Max-repetitions:</source>
        <translation>Max-Repetitions:</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="88"/>
        <source>Entity:</source>
        <translation>Entität:</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="90"/>
        <source>Context:</source>
        <translation>Kontext:</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="153"/>
        <source>Walking {root}…</source>
        <translation>{root} wird durchlaufen…</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="171"/>
        <source>{count} varbinds · {requests} requests…</source>
        <translation>{count} Varbinds · {requests} Anfragen…</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="183"/>
        <source>Stopped: {count} varbinds kept ({requests} requests, {s}).</source>
        <translation>Angehalten: {count} Varbinds behalten ({requests} Anfragen, {s}).</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="185"/>
        <source>{count} varbinds, then: {error}</source>
        <translation>{count} Varbinds, dann: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="187"/>
        <source>Done: {count} varbinds in {requests} requests, {s}.</source>
        <translation>Fertig: {count} Varbinds in {requests} Anfragen, {s}.</translation>
    </message>
</context>
<context>
    <name>WorkspaceKeeper</name>
    <message>
        <location filename="../../gui/controllers/workspace_keeper.py" line="102"/>
        <source>Demo agent listening on {target}.</source>
        <translation>Demo-Agent lauscht auf {target}.</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/workspace_keeper.py" line="139"/>
        <source>The demo agent could not start: {error}</source>
        <translation>Der Demo-Agent konnte nicht starten: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/workspace_keeper.py" line="144"/>
        <source>Start demo agent</source>
        <translation>Demo-Agent starten</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/workspace_keeper.py" line="172"/>
        <source>The community of context {name!r} was not saved (no keyring); add the context again.</source>
        <translation>Die Community des Kontexts {name!r} wurde nicht gespeichert (kein Schlüsselbund); fügen Sie den Kontext erneut hinzu.</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/workspace_keeper.py" line="207"/>
        <source>Resource limits</source>
        <translation>Ressourcengrenzen</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/workspace_keeper.py" line="229"/>
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
