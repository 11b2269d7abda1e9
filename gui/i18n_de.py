"""German translations of the most visible strings (menus, actions, tree, status, walk).

``python -m snmpscope.gui.i18n`` writes them into ``resources/translations/snmpscope_de.ts``
after lupdate has refreshed the sources, so they survive every update; strings missing here
stay untranslated (Qt shows the English text).
"""

from __future__ import annotations

GERMAN: dict[tuple[str, str], str] = {
    ("Actions", "&New Session…"): "&Neue Sitzung…",
    ("Actions", "Open a new WinSNMP session"): "Eine neue WinSNMP-Sitzung öffnen",
    ("Actions", "&Close Session"): "Sitzung &schließen",
    ("Actions", "Close the session and free everything it owns"): (
        "Die Sitzung schließen und alles freigeben, was ihr gehört"
    ),
    ("Actions", "Add &Entity…"): "&Entität hinzufügen…",
    ("Actions", "Add an agent address to the session"): (
        "Eine Agentenadresse zur Sitzung hinzufügen"
    ),
    ("Actions", "Add Con&text…"): "Kon&text hinzufügen…",
    ("Actions", "Add a community to the session"): "Eine Community zur Sitzung hinzufügen",
    ("Actions", "New &PDU…"): "Neue &PDU…",
    ("Actions", "&Duplicate PDU"): "PDU &duplizieren",
    ("Actions", "&Send / Re-send"): "&Senden / erneut senden",
    ("Actions", "&Free Handle"): "Handle &freigeben",
    ("Actions", "&Walk Here"): "Ab hier &durchlaufen",
    ("Actions", "S&top Walk"): "Durchlauf &anhalten",
    ("Actions", "&Register for Traps…"): "Für Traps &registrieren…",
    ("Actions", "P&references…"): "&Einstellungen…",
    ("Actions", "&Quit"): "&Beenden",
    ("MainWindow", "&Session"): "&Sitzung",
    ("MainWindow", "&PDU"): "&PDU",
    ("MainWindow", "&Tools"): "&Werkzeuge",
    ("MainWindow", "Details"): "Details",
    ("MainWindow", "Walk"): "Durchlauf",
    ("MainWindow", "Traps"): "Traps",
    ("MainWindow", "snmpscope — SNMP session browser"): "snmpscope — SNMP-Sitzungsbrowser",
    ("SessionTree", "Entities"): "Entitäten",
    ("SessionTree", "Contexts"): "Kontexte",
    ("SessionTree", "PDUs"): "PDUs",
    ("SessionTree", "Variable-binding lists"): "Variablenbindungslisten",
    ("SessionTree", "pending"): "ausstehend",
    ("SessionTree", "cancelled"): "abgebrochen",
    ("SessionTree", "community"): "Community",
    ("SessionTree", "answered in {ms:.0f} ms"): "beantwortet in {ms:.0f} ms",
    ("SessionTree", "retry {n} of {m}"): "Wiederholung {n} von {m}",
    ("SessionTree", "timed out after {n} attempts"): "Zeitüberschreitung nach {n} Versuchen",
    ("SessionTreeModel", "Resource"): "Ressource",
    ("SessionTreeModel", "State"): "Zustand",
    ("StatusBar", "Sessions: {sessions} · Live handles: {handles} · Outstanding: {outstanding}"): (
        "Sitzungen: {sessions} · Lebende Handles: {handles} · Ausstehend: {outstanding}"
    ),
    ("WalkView", "Walk"): "Durchlaufen",
    ("WalkView", "Stop"): "Anhalten",
    ("WalkView", "OID:"): "OID:",
    ("WalkView", "Entity:"): "Entität:",
    ("WalkView", "Context:"): "Kontext:",
    ("VarBindTableModel", "Name"): "Name",
    ("VarBindTableModel", "Type"): "Typ",
    ("VarBindTableModel", "Value"): "Wert",
    ("AllocErrorDialog", "Resource limit reached"): "Ressourcengrenze erreicht",
    ("AllocErrorDialog", "Open Preferences…"): "Einstellungen öffnen…",
    ("PreferencesDialog", "Preferences"): "Einstellungen",
}
