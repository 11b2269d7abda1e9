<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="30"/>
        <source>&amp;Duplicate PDU</source>
        <translation>PDU &amp;duplizieren</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="31"/>
        <source>Copy the selected PDU (SnmpDuplicatePdu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="32"/>
        <source>&amp;Send / Re-send</source>
        <translation>&amp;Senden / erneut senden</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="33"/>
        <source>Send the selected PDU to the session&apos;s agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="35"/>
        <source>&amp;Free Handle</source>
        <translation>Handle &amp;freigeben</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="37"/>
        <source>Free the selected entity, context, PDU or VBL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="38"/>
        <source>&amp;Walk Here</source>
        <translation>Ab hier &amp;durchlaufen</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="39"/>
        <source>Walk the subtree below the selected OID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="40"/>
        <source>S&amp;top Walk</source>
        <translation>Durchlauf &amp;anhalten</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="41"/>
        <source>Stop the running walk; results so far are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="43"/>
        <source>&amp;Register for Traps…</source>
        <translation>Für Traps &amp;registrieren…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="44"/>
        <source>Receive traps and informs in this session</source>
        <translation type="unfinished"></translation>
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
        <location filename="../../gui/dialogs/error_dialogs.py" line="44"/>
        <source>Resource limit reached</source>
        <translation>Ressourcengrenze erreicht</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/error_dialogs.py" line="46"/>
        <source>{name} ({code}): the limit of {maximum} {what} was reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/error_dialogs.py" line="54"/>
        <source>{name} ({code}): a resource could not be allocated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/error_dialogs.py" line="60"/>
        <source>Nothing was lost and snmpscope keeps working. To go on, close sessions you no longer need, free handles (PDUs, variable-binding lists) you are done with, or raise the limit in Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/error_dialogs.py" line="67"/>
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
        <location filename="../../gui/views/details_view.py" line="49"/>
        <location filename="../../gui/views/details_view.py" line="105"/>
        <source>Select a session, entity, context or PDU in the tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="56"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="56"/>
        <location filename="../../gui/views/details_view.py" line="138"/>
        <source>Value</source>
        <translation type="unfinished">Wert</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="64"/>
        <source>Variable bindings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="74"/>
        <source>Raw message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="127"/>
        <location filename="../../gui/views/details_view.py" line="163"/>
        <location filename="../../gui/views/details_view.py" line="179"/>
        <location filename="../../gui/views/details_view.py" line="222"/>
        <location filename="../../gui/views/details_view.py" line="245"/>
        <source>Handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="127"/>
        <location filename="../../gui/views/details_view.py" line="180"/>
        <location filename="../../gui/views/details_view.py" line="223"/>
        <location filename="../../gui/views/details_view.py" line="246"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="136"/>
        <source>OID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="137"/>
        <location filename="../../gui/views/details_view.py" line="247"/>
        <source>Type</source>
        <translation type="unfinished">Typ</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="144"/>
        <source>MIB object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="145"/>
        <source>Syntax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="146"/>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="147"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="164"/>
        <location filename="../../gui/views/details_view.py" line="225"/>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="165"/>
        <source>Notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="166"/>
        <source>Live handles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="167"/>
        <source>Queued messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="168"/>
        <source>Outstanding requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="169"/>
        <source>Trap filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="170"/>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="181"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="182"/>
        <source>IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="183"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="184"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="185"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="187"/>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="188"/>
        <source>Retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="190"/>
        <source>Listening (agent role)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="191"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="191"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="202"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="205"/>
        <source>Last Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="207"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="208"/>
        <source>Security level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="209"/>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="210"/>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="211"/>
        <source>Engine ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="211"/>
        <source>not discovered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="212"/>
        <source>Engine boots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="213"/>
        <source>Engine time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="213"/>
        <source>{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="214"/>
        <source>msgFlags (last answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="224"/>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="236"/>
        <source>Non-repeaters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="237"/>
        <source>Max-repetitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="241"/>
        <source>Error status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="242"/>
        <source>Error index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="248"/>
        <source>Request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="250"/>
        <source>State</source>
        <translation type="unfinished">Zustand</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="255"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="256"/>
        <source>{n} of {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="260"/>
        <source>Round trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="262"/>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="264"/>
        <source>Response PDU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="266"/>
        <source>Answers PDU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="271"/>
        <source>Raw message ({count} octets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="284"/>
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
        <location filename="../../gui/dialogs/error_dialogs.py" line="89"/>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/error_dialogs.py" line="91"/>
        <source>{what} failed: {name} ({code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/error_dialogs.py" line="92"/>
        <source>An operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/error_dialogs.py" line="98"/>
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
        <location filename="../../gui/controllers/error_presenter.py" line="67"/>
        <source>Background task</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="57"/>
        <source>snmpscope — SNMP session browser</source>
        <translation>snmpscope — SNMP-Sitzungsbrowser</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="96"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="97"/>
        <source>Walk</source>
        <translation>Durchlauf</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="98"/>
        <source>Traps</source>
        <translation>Traps</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="111"/>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="116"/>
        <source>&amp;PDU</source>
        <translation>&amp;PDU</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="118"/>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="122"/>
        <source>MIB &amp;browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="129"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="179"/>
        <source>No system keyring was found: communities are kept in memory for this run only and are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="256"/>
        <source>Notification from {peer}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MibBrowserController</name>
    <message>
        <location filename="../../gui/controllers/mib_browser.py" line="66"/>
        <source>MIB compiling cancelled; what compiled is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/mib_browser.py" line="70"/>
        <source>MIBs: {failed} modules failed and {missing} are missing (MIBs ▸ Report…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/mib_browser.py" line="82"/>
        <source>Loading the MIB files of {folder}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/mib_browser.py" line="88"/>
        <source>The MIBs are still loading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/mib_browser.py" line="94"/>
        <source>Copied {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/mib_browser.py" line="102"/>
        <source>Select a session with an entity and a context in the session tree first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/mib_browser.py" line="113"/>
        <source>{type} .{oid} sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MibDock</name>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="53"/>
        <source>MIBs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="62"/>
        <source>MIBs are loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="64"/>
        <source>Add MIB folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="65"/>
        <source>Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="68"/>
        <source>%v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="69"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="82"/>
        <source>Search a name, an OID or words of a description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="86"/>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="86"/>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="86"/>
        <source>Found in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="109"/>
        <source>Get</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="110"/>
        <source>GetNext</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="111"/>
        <source>Walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="112"/>
        <source>Copy OID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="113"/>
        <source>Copy name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="147"/>
        <source>{loaded} modules loaded · {failed} failed · {missing} missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="151"/>
        <source>Compiling cancelled; what compiled is kept. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="162"/>
        <source>Compiling MIB files: {module}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="170"/>
        <source>OID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="171"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="172"/>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="181"/>
        <source>Nothing found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="193"/>
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
        <location filename="../../gui/dialogs/pdu_composer.py" line="82"/>
        <source>sysDescr.0, IF-MIB::ifDescr or 1.3.6.1.2.1.1.1.0</source>
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
        <location filename="../../gui/controllers/operations.py" line="185"/>
        <source>Session #{session} opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="191"/>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="201"/>
        <source>Session #{session} closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="203"/>
        <source>Close session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="247"/>
        <source>Entity {address} added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="254"/>
        <source>Add entity {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="281"/>
        <source>Add context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="309"/>
        <source>Create {type} PDU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="327"/>
        <source>Create PDU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="340"/>
        <source>noError</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="343"/>
        <source>{title}: answered · {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="345"/>
        <source>{title}: answered in {ms:.0f} ms · {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="348"/>
        <source>{title} sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="352"/>
        <source>Send {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="362"/>
        <source>Add an entity and a context to the session first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="377"/>
        <source>Duplicate PDU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="382"/>
        <source>Free handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="401"/>
        <source>Trap filter registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="401"/>
        <source>Trap filter removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="407"/>
        <source>Register for traps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PduComposer</name>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="104"/>
        <source>New PDU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="127"/>
        <source>notification, e.g. SNMPv2-MIB::coldStart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="130"/>
        <source>Name or OID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="130"/>
        <source>Type</source>
        <translation type="unfinished">Typ</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="130"/>
        <source>Value</source>
        <translation type="unfinished">Wert</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="141"/>
        <source>Add varbind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="142"/>
        <source>Remove varbind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="148"/>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="149"/>
        <source>&amp;Entity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="150"/>
        <source>&amp;Context:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="151"/>
        <source>Non-repeaters / max-repetitions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="152"/>
        <source>&amp;Notification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="156"/>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="158"/>
        <source>Create and &amp;send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="238"/>
        <source>The session needs an entity and a context first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="246"/>
        <source>Row {row}: enter a name or OID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="267"/>
        <source>Enter the notification OID (snmpTrapOID.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="276"/>
        <source>Add at least one variable binding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="280"/>
        <source>Row {row}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="31"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="42"/>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="43"/>
        <source>Open &amp;sessions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="44"/>
        <source>Live &amp;handles per session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="45"/>
        <source>&amp;Queued messages per session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="46"/>
        <source>Queued &amp;memory per session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="47"/>
        <source>Resource limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="52"/>
        <source>Listen &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="53"/>
        <source>Listen &amp;port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="54"/>
        <source>Trap receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="63"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="68"/>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="69"/>
        <source>&amp;Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="70"/>
        <source>&amp;Retries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="71"/>
        <source>&amp;Community:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="72"/>
        <source>Walk max-&amp;repetitions (0: GETNEXT):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="73"/>
        <source>Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="77"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="78"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="79"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="81"/>
        <source>Colour &amp;scheme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="82"/>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="101"/>
        <source>The trap listen address must be an IP address, e.g. 127.0.0.1 or ::1.</source>
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
    <name>SessionTree</name>
    <message>
        <location filename="../../gui/models/labels.py" line="62"/>
        <source>{name} (#{handle})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="69"/>
        <source>{handles} handles · {outstanding} outstanding · {filters} trap filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="87"/>
        <source>{version} · timeout {timeout:.2f} s · {retry} retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="91"/>
        <source>user {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="97"/>
        <source>engine {engine} boots {boots}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="101"/>
        <source>Report: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="105"/>
        <source>listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="118"/>
        <source>SNMPv3 context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="119"/>
        <source>community</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="125"/>
        <source>{type} #{request_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="139"/>
        <source>{status} at varbind {index} · {count} varbinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="142"/>
        <source>noError · {count} varbinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="146"/>
        <source>received from {peer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="150"/>
        <source>not sent · {count} varbinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="154"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="156"/>
        <source>retry {n} of {m}</source>
        <translation>Wiederholung {n} von {m}</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="161"/>
        <source>answered in {ms:.0f} ms</source>
        <translation>beantwortet in {ms:.0f} ms</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="165"/>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="171"/>
        <source>timed out after {n} attempts</source>
        <translation>Zeitüberschreitung nach {n} Versuchen</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="175"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="177"/>
        <source>failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="181"/>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="205"/>
        <source>VBL #{handle}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="210"/>
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
        <location filename="../../gui/views/trap_view.py" line="35"/>
        <source>Trap filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="65"/>
        <source>Received traps and informs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="89"/>
        <source>Trap filters (select a session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="96"/>
        <source>Trap filters of session #{session} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="115"/>
        <source>any agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="117"/>
        <source>agent {ip}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="120"/>
        <source>any community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="120"/>
        <source>one community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="123"/>
        <source>any notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="135"/>
        <source>Received traps and informs ({count})</source>
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
        <location filename="../../gui/controllers/walk_runner.py" line="59"/>
        <source>Add an entity and a context to the session first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/walk_runner.py" line="84"/>
        <source>A walk is already running; stop it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/walk_runner.py" line="106"/>
        <source>Walk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalkView</name>
    <message>
        <location filename="../../gui/views/walk_view.py" line="55"/>
        <source>0 walks with GETNEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="56"/>
        <source>Walk</source>
        <translation>Durchlaufen</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="58"/>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="66"/>
        <source>Pick a session in the tree, an OID, and press Walk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="80"/>
        <source>OID:</source>
        <translation>OID:</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="82"/>
        <source>Max-repetitions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="87"/>
        <source>Entity:</source>
        <translation>Entität:</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="89"/>
        <source>Context:</source>
        <translation>Kontext:</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="152"/>
        <source>Walking {root}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="170"/>
        <source>{count:,} varbinds · {requests} requests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="182"/>
        <source>Stopped: {count:,} varbinds kept ({requests} requests, {s:.2f} s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="184"/>
        <source>{count:,} varbinds, then: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="186"/>
        <source>Done: {count:,} varbinds in {requests} requests, {s:.2f} s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceKeeper</name>
    <message>
        <location filename="../../gui/controllers/workspace_keeper.py" line="102"/>
        <source>Demo agent listening on {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/workspace_keeper.py" line="139"/>
        <source>The demo agent could not start: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/workspace_keeper.py" line="144"/>
        <source>Start demo agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/workspace_keeper.py" line="172"/>
        <source>The community of context {name!r} was not saved (no keyring); add the context again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/workspace_keeper.py" line="207"/>
        <source>Resource limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/controllers/workspace_keeper.py" line="229"/>
        <source>Trap receiver (stays on {where})</source>
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
