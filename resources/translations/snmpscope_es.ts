<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../gui/dialogs/about_dialog.py" line="31"/>
        <source>About snmpscope</source>
        <translation>Acerca de snmpscope</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/about_dialog.py" line="40"/>
        <source>A desktop SNMP session browser on a re-creation of Microsoft&apos;s WinSNMP resource model.</source>
        <translation>Un navegador de sesiones SNMP de escritorio sobre una recreación del modelo de recursos WinSNMP de Microsoft.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/about_dialog.py" line="44"/>
        <source>Licensed under the {licence} licence.</source>
        <translation>Publicado bajo la licencia {licence}.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/about_dialog.py" line="52"/>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/about_dialog.py" line="52"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/about_dialog.py" line="52"/>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/about_dialog.py" line="71"/>
        <source>&amp;Copy versions</source>
        <translation>&amp;Copiar versiones</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/about_dialog.py" line="78"/>
        <source>Built with:</source>
        <translation>Construido con:</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../gui/actions.py" line="20"/>
        <source>&amp;New Session…</source>
        <translation>&amp;Nueva sesión…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="21"/>
        <source>Open a new WinSNMP session</source>
        <translation>Abrir una nueva sesión WinSNMP</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="22"/>
        <source>&amp;Close Session</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="23"/>
        <source>Close the session and free everything it owns</source>
        <translation>Cerrar la sesión y liberar todo lo que le pertenece</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="24"/>
        <source>Add &amp;Entity…</source>
        <translation>Añadir &amp;entidad…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="25"/>
        <source>Add an agent address to the session</source>
        <translation>Añadir una dirección de agente a la sesión</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="26"/>
        <source>Add Con&amp;text…</source>
        <translation>Añadir con&amp;texto…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="27"/>
        <source>Add a community to the session</source>
        <translation>Añadir una comunidad a la sesión</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="28"/>
        <source>Probe the AES &amp;Variant</source>
        <translation>Probar la &amp;variante AES</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="31"/>
        <source>Ask the selected SNMPv3 agent with its AES-192/AES-256 key extension, then the other one, and say which one it uses</source>
        <translation>Preguntar al agente SNMPv3 seleccionado con su extensión de clave AES-192/AES-256, luego con la otra, y decir cuál usa</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="35"/>
        <source>Saved &amp;Agents…</source>
        <translation>&amp;Agentes guardados…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="37"/>
        <source>Add, edit, duplicate, delete and open saved agents with their credentials</source>
        <translation>Añadir, editar, duplicar, eliminar y abrir agentes guardados con sus credenciales</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="39"/>
        <source>New &amp;PDU…</source>
        <translation>Nueva &amp;PDU…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="40"/>
        <source>Compose a GET, GETNEXT, GETBULK, SET, TRAP or INFORM</source>
        <translation>Componer un GET, GETNEXT, GETBULK, SET, TRAP o INFORM</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="41"/>
        <source>&amp;Duplicate PDU</source>
        <translation>&amp;Duplicar PDU</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="42"/>
        <source>Copy the selected PDU (SnmpDuplicatePdu)</source>
        <translation>Copiar la PDU seleccionada (SnmpDuplicatePdu)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="43"/>
        <source>&amp;Edit a Copy…</source>
        <translation>&amp;Editar una copia…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="45"/>
        <source>Open the composer on a copy of the selected PDU: a new PDU once created</source>
        <translation>Abrir el editor con una copia de la PDU seleccionada: una PDU nueva una vez creada</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="47"/>
        <source>&amp;Send / Re-send</source>
        <translation>&amp;Enviar / reenviar</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="48"/>
        <source>Send the selected PDU to the session&apos;s agent</source>
        <translation>Enviar la PDU seleccionada al agente de la sesión</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="50"/>
        <source>&amp;Free Handle</source>
        <translation>&amp;Liberar identificador</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="52"/>
        <source>Free the selected entity, context, PDU or VBL</source>
        <translation>Liberar la entidad, el contexto, la PDU o la VBL seleccionados</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="53"/>
        <source>&amp;Walk Here</source>
        <translation>&amp;Recorrer desde aquí</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="54"/>
        <source>Walk the subtree below the selected OID</source>
        <translation>Recorrer el subárbol bajo el OID seleccionado</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="55"/>
        <source>S&amp;top Walk</source>
        <translation>De&amp;tener recorrido</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="56"/>
        <source>Stop the running walk; results so far are kept</source>
        <translation>Detener el recorrido en curso; se conservan los resultados obtenidos</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="58"/>
        <source>&amp;Register for Traps…</source>
        <translation>&amp;Registrarse para traps…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="59"/>
        <source>Receive traps and informs in this session</source>
        <translation>Recibir traps e informs en esta sesión</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="61"/>
        <source>P&amp;references…</source>
        <translation>P&amp;referencias…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="63"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
</context>
<context>
    <name>AgentsController</name>
    <message>
        <location filename="../../gui/controllers/agents.py" line="71"/>
        <source>There is no saved agent called {name}.</source>
        <translation>No hay ningún agente guardado llamado {name}.</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/agents.py" line="96"/>
        <source>Agent {name} opened in session #{session}.</source>
        <translation>Agente {name} abierto en la sesión n.º {session}.</translation>
    </message>
</context>
<context>
    <name>AgentsDialog</name>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="60"/>
        <source>Saved agents</source>
        <translation>Agentes guardados</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="69"/>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="69"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="71"/>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="72"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="73"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="77"/>
        <source>A folder groups agents, e.g. Core/Switches</source>
        <translation>Una carpeta agrupa agentes, p. ej. Troncal/Conmutadores</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="79"/>
        <source>host, host:port or [v6]:port</source>
        <translation>host, host:puerto o [v6]:puerto</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="85"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="89"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="92"/>
        <source>SNMPv3 user</source>
        <translation>Usuario SNMPv3</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="106"/>
        <source>User:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="107"/>
        <source>Security level:</source>
        <translation>Nivel de seguridad:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="108"/>
        <source>Authentication:</source>
        <translation>Autenticación:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="109"/>
        <source>Auth passphrase:</source>
        <translation>Frase de autenticación:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="110"/>
        <source>Privacy:</source>
        <translation>Privacidad:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="111"/>
        <source>Priv passphrase:</source>
        <translation>Frase de privacidad:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="116"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="117"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="118"/>
        <source>A&amp;ddress:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="119"/>
        <source>&amp;Version:</source>
        <translation>&amp;Versión:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="120"/>
        <source>&amp;Community:</source>
        <translation>&amp;Comunidad:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="123"/>
        <source>&amp;Timeout:</source>
        <translation>&amp;Tiempo de espera:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="124"/>
        <source>&amp;Retries:</source>
        <translation>&amp;Reintentos:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="148"/>
        <source>Save and &amp;open in session</source>
        <translation>Guardar y &amp;abrir en la sesión</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="248"/>
        <source>Add an agent: its address and community.</source>
        <translation>Añada un agente: su dirección y comunidad.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="315"/>
        <source>another agent is called {name}</source>
        <translation>otro agente se llama {name}</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="328"/>
        <source>New agent</source>
        <translation>Agente nuevo</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agents_dialog.py" line="330"/>
        <source>New agent {n}</source>
        <translation>Agente nuevo {n}</translation>
    </message>
</context>
<context>
    <name>AllocErrorDialog</name>
    <message>
        <location filename="../../gui/dialogs/error_dialogs.py" line="81"/>
        <source>Resource limit reached</source>
        <translation>Límite de recursos alcanzado</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/error_dialogs.py" line="86"/>
        <source>Nothing was lost and snmpscope keeps working.</source>
        <translation>No se perdió nada y snmpscope sigue funcionando.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/error_dialogs.py" line="93"/>
        <source>Open Preferences…</source>
        <translation>Abrir Preferencias…</translation>
    </message>
</context>
<context>
    <name>ContextDialog</name>
    <message>
        <location filename="../../gui/dialogs/simple_dialogs.py" line="83"/>
        <source>Add context</source>
        <translation>Añadir contexto</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/simple_dialogs.py" line="85"/>
        <source>optional, e.g. read-only</source>
        <translation>opcional, p. ej. solo-lectura</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/simple_dialogs.py" line="88"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/simple_dialogs.py" line="94"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/simple_dialogs.py" line="95"/>
        <source>&amp;Community:</source>
        <translation>&amp;Comunidad:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/simple_dialogs.py" line="103"/>
        <source>The community must not be empty.</source>
        <translation>La comunidad no puede estar vacía.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/simple_dialogs.py" line="105"/>
        <source>The community is longer than 255 bytes.</source>
        <translation>La comunidad tiene más de 255 bytes.</translation>
    </message>
</context>
<context>
    <name>DetailsView</name>
    <message>
        <location filename="../../gui/views/details_view.py" line="53"/>
        <location filename="../../gui/views/details_view.py" line="121"/>
        <source>Select a session, entity, context or PDU in the tree.</source>
        <translation>Seleccione una sesión, entidad, contexto o PDU en el árbol.</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="60"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="60"/>
        <location filename="../../gui/views/details_view.py" line="154"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="68"/>
        <source>Variable bindings</source>
        <translation>Enlaces de variables</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="82"/>
        <source>Raw message</source>
        <translation>Mensaje en bruto</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="88"/>
        <source>Show secrets</source>
        <translation>Mostrar secretos</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="90"/>
        <source>Show the community in the raw message</source>
        <translation>Mostrar la comunidad en el mensaje en bruto</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="143"/>
        <location filename="../../gui/views/details_view.py" line="179"/>
        <location filename="../../gui/views/details_view.py" line="195"/>
        <location filename="../../gui/views/details_view.py" line="238"/>
        <location filename="../../gui/views/details_view.py" line="265"/>
        <source>Handle</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="143"/>
        <location filename="../../gui/views/details_view.py" line="196"/>
        <location filename="../../gui/views/details_view.py" line="239"/>
        <location filename="../../gui/views/details_view.py" line="266"/>
        <source>Session</source>
        <translation>Sesión</translation>
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
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="160"/>
        <source>MIB object</source>
        <translation>Objeto MIB</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="161"/>
        <source>Syntax</source>
        <translation>Sintaxis</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="162"/>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="163"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="180"/>
        <location filename="../../gui/views/details_view.py" line="241"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="181"/>
        <source>Notification</source>
        <translation>Notificación</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="182"/>
        <source>Live handles</source>
        <translation>Identificadores vivos</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="183"/>
        <source>Queued messages</source>
        <translation>Mensajes en cola</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="184"/>
        <source>Outstanding requests</source>
        <translation>Solicitudes pendientes</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="185"/>
        <source>Trap filters</source>
        <translation>Filtros de traps</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="186"/>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="197"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="198"/>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="199"/>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="200"/>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="201"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="203"/>
        <source>Timeout</source>
        <translation>Tiempo de espera</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="204"/>
        <source>Retries</source>
        <translation>Reintentos</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="206"/>
        <source>Listening (agent role)</source>
        <translation>Escuchando (rol de agente)</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="207"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="207"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="218"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="221"/>
        <source>Last Report</source>
        <translation>Último Report</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="223"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="224"/>
        <source>Security level</source>
        <translation>Nivel de seguridad</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="225"/>
        <source>Authentication</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="226"/>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="227"/>
        <source>Engine ID</source>
        <translation>ID de motor</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="227"/>
        <source>not discovered yet</source>
        <translation>aún no descubierto</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="228"/>
        <source>Engine boots</source>
        <translation>Arranques del motor</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="229"/>
        <source>Engine time</source>
        <translation>Tiempo del motor</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="230"/>
        <source>msgFlags (last answer)</source>
        <translation>msgFlags (última respuesta)</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="240"/>
        <source>Community</source>
        <translation>Comunidad</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="252"/>
        <source>Non-repeaters</source>
        <translation>No repetidores</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="253"/>
        <source>Max-repetitions</source>
        <translation>Máx. repeticiones</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="257"/>
        <source>Error status</source>
        <translation>Estado de error</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="258"/>
        <source>Error index</source>
        <translation>Índice de error</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="263"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="268"/>
        <source>Request id</source>
        <translation>Id. de solicitud</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="270"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="275"/>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="276"/>
        <source>{n} of {m}</source>
        <translation>{n} de {m}</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="280"/>
        <source>Round trip</source>
        <translation>Ida y vuelta</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="282"/>
        <source>Peer</source>
        <translation>Interlocutor</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="284"/>
        <source>Response PDU</source>
        <translation>PDU de respuesta</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="286"/>
        <source>Answers PDU</source>
        <translation>Responde a la PDU</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="298"/>
        <source>Raw message ({count} octets)</source>
        <translation>Mensaje en bruto ({count} octetos)</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="300"/>
        <source> · community masked</source>
        <translation> · comunidad oculta</translation>
    </message>
    <message>
        <location filename="../../gui/views/details_view.py" line="313"/>
        <source>Variable bindings ({count})</source>
        <translation>Enlaces de variables ({count})</translation>
    </message>
</context>
<context>
    <name>EntityDialog</name>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="61"/>
        <source>{host!r} is not a valid IPv6 address</source>
        <translation>{host!r} no es una dirección IPv6 válida</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="66"/>
        <source>{host!r} is neither an IPv4 address nor a host name</source>
        <translation>{host!r} no es ni una dirección IPv4 ni un nombre de host</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="77"/>
        <source>{host!r} is not a valid host name (label {label!r})</source>
        <translation>{host!r} no es un nombre de host válido (etiqueta {label!r})</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="87"/>
        <source>Add entity</source>
        <translation>Añadir entidad</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="89"/>
        <source>optional, e.g. core-sw1</source>
        <translation>opcional, p. ej. core-sw1</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="91"/>
        <source>192.0.2.1, 2001:db8::1, [::1]:1161 or a host name</source>
        <translation>192.0.2.1, 2001:db8::1, [::1]:1161 o un nombre de host</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="102"/>
        <source>Also add a context for this community</source>
        <translation>Añadir también un contexto para esta comunidad</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="107"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="112"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="113"/>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="114"/>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="115"/>
        <source>&amp;Version:</source>
        <translation>&amp;Versión:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="116"/>
        <source>&amp;Community:</source>
        <translation>&amp;Comunidad:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="118"/>
        <source>&amp;Timeout:</source>
        <translation>&amp;Tiempo de espera:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="119"/>
        <source>&amp;Retries:</source>
        <translation>&amp;Reintentos:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="131"/>
        <source>USM user name, e.g. ops</source>
        <translation>nombre de usuario USM, p. ej. ops</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="141"/>
        <location filename="../../gui/dialogs/entity_dialog.py" line="153"/>
        <source>8 characters or more</source>
        <translation>8 caracteres o más</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="146"/>
        <source>{name} (Reeder key extension, Cisco AES256C)</source>
        <translation>{name} (extensión de clave Reeder, Cisco AES256C)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="148"/>
        <source>{name} (Blumenthal key extension, net-snmp)</source>
        <translation>{name} (extensión de clave Blumenthal, net-snmp)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="155"/>
        <source>optional, hex; empty: discover</source>
        <translation>opcional, hexadecimal; vacío: descubrir</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="157"/>
        <source>optional; empty: the default context</source>
        <translation>opcional; vacío: el contexto predeterminado</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="159"/>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="160"/>
        <source>Security &amp;level:</source>
        <translation>&amp;Nivel de seguridad:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="161"/>
        <source>Authentication:</source>
        <translation>Autenticación:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="162"/>
        <source>Auth passphrase:</source>
        <translation>Frase de autenticación:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="163"/>
        <source>Privacy:</source>
        <translation>Privacidad:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="164"/>
        <source>Priv passphrase:</source>
        <translation>Frase de privacidad:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="165"/>
        <source>Engine ID:</source>
        <translation>ID de motor:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="166"/>
        <source>Context name:</source>
        <translation>Nombre de contexto:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="189"/>
        <source>Enter the agent&apos;s address.</source>
        <translation>Introduzca la dirección del agente.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="215"/>
        <source>Enter a community, or do not add a context.</source>
        <translation>Introduzca una comunidad o no añada un contexto.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="243"/>
        <source>The engine ID is 5 to 32 octets in hex, e.g. 80001f8804...</source>
        <translation>El ID de motor son de 5 a 32 octetos en hexadecimal, p. ej. 80001f8804...</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="248"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="249"/>
        <source>Auth passphrase</source>
        <translation>Frase de autenticación</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialog.py" line="250"/>
        <source>Priv passphrase</source>
        <translation>Frase de privacidad</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../gui/dialogs/error_dialogs.py" line="115"/>
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/error_dialogs.py" line="117"/>
        <source>{what} failed: {name} ({code})</source>
        <translation>{what} falló: {name} ({code})</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/error_dialogs.py" line="118"/>
        <source>An operation</source>
        <translation>Una operación</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/error_dialogs.py" line="124"/>
        <source>snmpscope keeps running. The details below help a bug report.</source>
        <translation>snmpscope sigue funcionando. Los detalles de abajo ayudan a un informe de error.</translation>
    </message>
</context>
<context>
    <name>ErrorDialogs</name>
    <message>
        <location filename="../../gui/dialogs/error_dialogs.py" line="28"/>
        <source>open sessions</source>
        <translation>sesiones abiertas</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/error_dialogs.py" line="30"/>
        <source>live handles per session</source>
        <translation>identificadores vivos por sesión</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/error_dialogs.py" line="32"/>
        <source>queued messages per session</source>
        <translation>mensajes en cola por sesión</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/error_dialogs.py" line="34"/>
        <source>bytes of queued messages per session</source>
        <translation>bytes de mensajes en cola por sesión</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/error_dialogs.py" line="41"/>
        <source>The limit of {maximum} {what} was reached.</source>
        <translation>Se alcanzó el límite de {maximum} {what}.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/error_dialogs.py" line="44"/>
        <source>A resource could not be allocated.</source>
        <translation>No se pudo asignar un recurso.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/error_dialogs.py" line="50"/>
        <source>Close sessions you no longer need, or raise the limit in Preferences (Resource limits ▸ Sessions).</source>
        <translation>Cierre las sesiones que ya no necesite o aumente el límite en Preferencias (Límites de recursos ▸ Sesiones).</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/error_dialogs.py" line="56"/>
        <source>Free handles (PDUs, variable-binding lists) you are done with, close sessions you no longer need, or raise the limit in Preferences.</source>
        <translation>Libere los identificadores (PDU, listas de enlaces de variables) que ya no use, cierre las sesiones que ya no necesite o aumente el límite en Preferencias.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/error_dialogs.py" line="62"/>
        <source>The session receives faster than it is read: close sessions you no longer need, remove trap filters that match too much, or raise the limit in Preferences.</source>
        <translation>La sesión recibe más rápido de lo que se lee: cierre las sesiones que ya no necesite, quite los filtros de traps demasiado amplios o aumente el límite en Preferencias.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/error_dialogs.py" line="67"/>
        <source>Close sessions you no longer need, free handles you are done with, or raise the limit in Preferences.</source>
        <translation>Cierre las sesiones que ya no necesite, libere los identificadores que ya no use o aumente el límite en Preferencias.</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <location filename="../../gui/controllers/error_presenter.py" line="84"/>
        <source>Background task</source>
        <translation>Tarea en segundo plano</translation>
    </message>
</context>
<context>
    <name>ErrorTexts</name>
    <message>
        <location filename="../../gui/error_texts.py" line="29"/>
        <source>A resource limit was reached.</source>
        <translation>Se alcanzó un límite de recursos.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="30"/>
        <source>The context is not valid.</source>
        <translation>El contexto no es válido.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="31"/>
        <source>The context is unknown.</source>
        <translation>El contexto es desconocido.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="32"/>
        <source>The agent address is not valid.</source>
        <translation>La dirección del agente no es válida.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="33"/>
        <source>The agent is unknown.</source>
        <translation>El agente es desconocido.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="34"/>
        <source>The index is out of range.</source>
        <translation>El índice está fuera de rango.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="35"/>
        <source>The object identifier is not valid.</source>
        <translation>El identificador de objeto no es válido.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="36"/>
        <source>This operation is not possible here.</source>
        <translation>Esta operación no es posible aquí.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="39"/>
        <source>The output was truncated.</source>
        <translation>La salida se truncó.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="40"/>
        <source>The PDU is not valid.</source>
        <translation>La PDU no es válida.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="41"/>
        <source>The session is not valid.</source>
        <translation>La sesión no es válida.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="42"/>
        <source>The value does not fit its syntax.</source>
        <translation>El valor no se ajusta a su sintaxis.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="43"/>
        <source>The variable-binding list is not valid.</source>
        <translation>La lista de enlaces de variables no es válida.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="46"/>
        <source>The mode is not valid.</source>
        <translation>El modo no es válido.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="47"/>
        <source>The size is not valid.</source>
        <translation>El tamaño no es válido.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="48"/>
        <source>WinSNMP is not started.</source>
        <translation>WinSNMP no está iniciado.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="49"/>
        <source>The message is not valid.</source>
        <translation>El mensaje no es válido.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="50"/>
        <source>The SNMP engine is not valid.</source>
        <translation>El motor SNMP no es válido.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="51"/>
        <source>The agent&apos;s SNMP engine could not be discovered.</source>
        <translation>No se pudo descubrir el motor SNMP del agente.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="54"/>
        <source>Something unexpected went wrong.</source>
        <translation>Algo inesperado salió mal.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="55"/>
        <source>The transport is not started.</source>
        <translation>El transporte no está iniciado.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="56"/>
        <source>This transport is not supported.</source>
        <translation>Este transporte no es compatible.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="57"/>
        <source>The network is not available.</source>
        <translation>La red no está disponible.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="58"/>
        <source>The network ran out of resources.</source>
        <translation>La red se quedó sin recursos.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="61"/>
        <source>The message could not be delivered.</source>
        <translation>No se pudo entregar el mensaje.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="64"/>
        <source>The source address is not valid.</source>
        <translation>La dirección de origen no es válida.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="65"/>
        <source>A transport parameter is not valid.</source>
        <translation>Un parámetro de transporte no es válido.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="68"/>
        <source>The address is already in use.</source>
        <translation>La dirección ya está en uso.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="69"/>
        <source>The agent did not answer in time.</source>
        <translation>El agente no respondió a tiempo.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="70"/>
        <source>The message is too big for the transport.</source>
        <translation>El mensaje es demasiado grande para el transporte.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="73"/>
        <source>The transport failed.</source>
        <translation>El transporte falló.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="74"/>
        <source>The agent reported an unknown engine ID.</source>
        <translation>El agente informó de un ID de motor desconocido.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="77"/>
        <source>The agent does not know this user.</source>
        <translation>El agente no conoce a este usuario.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="80"/>
        <source>The agent rejected the authentication key.</source>
        <translation>El agente rechazó la clave de autenticación.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="83"/>
        <source>The agent could not decrypt the message.</source>
        <translation>El agente no pudo descifrar el mensaje.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="86"/>
        <source>The message was outside the agent&apos;s time window.</source>
        <translation>El mensaje estaba fuera de la ventana de tiempo del agente.</translation>
    </message>
    <message>
        <location filename="../../gui/error_texts.py" line="89"/>
        <source>The agent does not support this security level.</source>
        <translation>El agente no admite este nivel de seguridad.</translation>
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
        <translation>CSV, una fila por línea (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="29"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="32"/>
        <source>Export results</source>
        <translation>Exportar resultados</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../gui/help_menu.py" line="22"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../gui/help_menu.py" line="23"/>
        <source>snmpscope &amp;Help</source>
        <translation>&amp;Ayuda de snmpscope</translation>
    </message>
    <message>
        <location filename="../../gui/help_menu.py" line="25"/>
        <source>How to use snmpscope (from its README)</source>
        <translation>Cómo usar snmpscope (de su README)</translation>
    </message>
    <message>
        <location filename="../../gui/help_menu.py" line="26"/>
        <source>&amp;About snmpscope</source>
        <translation>Acerca &amp;de snmpscope</translation>
    </message>
    <message>
        <location filename="../../gui/help_menu.py" line="28"/>
        <source>Version, libraries and licences</source>
        <translation>Versión, bibliotecas y licencias</translation>
    </message>
</context>
<context>
    <name>HelpViewer</name>
    <message>
        <location filename="../../gui/dialogs/help_viewer.py" line="28"/>
        <source>snmpscope Help</source>
        <translation>Ayuda de snmpscope</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../gui/settings/language.py" line="48"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../../gui/settings/language.py" line="52"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../gui/settings/language.py" line="54"/>
        <source>A new language applies when snmpscope starts again.</source>
        <translation>Un idioma nuevo se aplica cuando snmpscope se vuelve a iniciar.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="162"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="163"/>
        <source>Walk</source>
        <translation>Recorrido</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="164"/>
        <source>Traps</source>
        <translation>Traps</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="185"/>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="190"/>
        <source>&amp;PDU</source>
        <translation>&amp;PDU</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="192"/>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="196"/>
        <source>MIB &amp;browser</source>
        <translation>&amp;Navegador de MIB</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="203"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="358"/>
        <source>Traps: listening</source>
        <translation>Traps: escuchando</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="358"/>
        <source>Traps: NOT listening</source>
        <translation>Traps: NO escucha</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="75"/>
        <source>No system keyring was found: communities are kept in memory for this run only and are not saved.</source>
        <translation>No se encontró un llavero del sistema: las comunidades se guardan en memoria solo durante esta ejecución y no se almacenan.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="81"/>
        <source>SNMP session browser</source>
        <translation>Navegador de sesiones SNMP</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="96"/>
        <source>⚠ Secrets: this run only</source>
        <translation>⚠ Secretos: solo esta ejecución</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="161"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="353"/>
        <source>Notification from {peer}</source>
        <translation>Notificación de {peer}</translation>
    </message>
</context>
<context>
    <name>MasterPasswordDialog</name>
    <message>
        <location filename="../../gui/dialogs/master_password_dialog.py" line="15"/>
        <source>Secrets file</source>
        <translation>Archivo de secretos</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/master_password_dialog.py" line="20"/>
        <source>This system has no keyring. snmpscope keeps communities and SNMPv3 passphrases in an encrypted file instead; choose its master password. It is asked once each time snmpscope starts.</source>
        <translation>Este sistema no tiene llavero. snmpscope guarda las comunidades y las frases de paso SNMPv3 en un archivo cifrado; elija su contraseña maestra. Se pide una vez cada vez que se inicia snmpscope.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/master_password_dialog.py" line="26"/>
        <source>Enter the master password of your encrypted secrets file (communities and SNMPv3 passphrases).</source>
        <translation>Introduzca la contraseña maestra de su archivo cifrado de secretos (comunidades y frases de paso SNMPv3).</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/master_password_dialog.py" line="35"/>
        <source>&amp;Master password:</source>
        <translation>Contraseña &amp;maestra:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/master_password_dialog.py" line="39"/>
        <source>&amp;Again:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/master_password_dialog.py" line="41"/>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/master_password_dialog.py" line="41"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/master_password_dialog.py" line="43"/>
        <source>Keep secrets for this run only</source>
        <translation>Guardar los secretos solo durante esta ejecución</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/master_password_dialog.py" line="55"/>
        <source>Enter a password.</source>
        <translation>Introduzca una contraseña.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/master_password_dialog.py" line="57"/>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>MibBrowserController</name>
    <message>
        <location filename="../../gui/controllers/mib_browser.py" line="70"/>
        <source>MIB compiling cancelled; what compiled is kept.</source>
        <translation>Compilación de MIB cancelada; se conserva lo compilado.</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/mib_browser.py" line="74"/>
        <source>MIBs: {failed} modules failed and {missing} are missing (MIBs ▸ Report…).</source>
        <translation>MIB: {failed} módulos fallaron y faltan {missing} (MIB ▸ Informe…).</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/mib_browser.py" line="86"/>
        <source>Loading the MIB files of {folder}…</source>
        <translation>Cargando los archivos MIB de {folder}…</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/mib_browser.py" line="92"/>
        <source>The MIBs are still loading.</source>
        <translation>Las MIB todavía se están cargando.</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/mib_browser.py" line="98"/>
        <source>Copied {text}</source>
        <translation>Copiado {text}</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/mib_browser.py" line="109"/>
        <source>Select a session with an entity and a context in the session tree first.</source>
        <translation>Seleccione primero en el árbol de sesiones una sesión con una entidad y un contexto.</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/mib_browser.py" line="120"/>
        <source>{type} .{oid} sent.</source>
        <translation>{type} .{oid} enviado.</translation>
    </message>
</context>
<context>
    <name>MibDock</name>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="59"/>
        <source>MIBs</source>
        <translation>MIB</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="68"/>
        <source>MIBs are loading…</source>
        <translation>Cargando las MIB…</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="70"/>
        <source>Add MIB folder…</source>
        <translation>Añadir carpeta de MIB…</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="71"/>
        <source>Report…</source>
        <translation>Informe…</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="74"/>
        <source>%v of %m</source>
        <translation>%v de %m</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="75"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="88"/>
        <source>Search a name, an OID or words of a description</source>
        <translation>Buscar un nombre, un OID o palabras de una descripción</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="92"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="92"/>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="92"/>
        <source>Found in</source>
        <translation>Encontrado en</translation>
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
        <translation>Recorrer</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="118"/>
        <source>Set…</source>
        <translation>Set…</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="120"/>
        <source>Compose a SET of this object (add the index of a column)</source>
        <translation>Componer un SET de este objeto (añada el índice de una columna)</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="122"/>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="123"/>
        <source>Walk the table this node belongs to, as a table</source>
        <translation>Recorrer la tabla a la que pertenece este nodo, como tabla</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="124"/>
        <source>Copy OID</source>
        <translation>Copiar OID</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="125"/>
        <source>Copy name</source>
        <translation>Copiar nombre</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="169"/>
        <source>{loaded} modules loaded · {failed} failed · {missing} missing</source>
        <translation>{loaded} módulos cargados · {failed} fallidos · {missing} ausentes</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="173"/>
        <source>Compiling cancelled; what compiled is kept. </source>
        <translation>Compilación cancelada; se conserva lo compilado. </translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="184"/>
        <source>Compiling MIB files: {module}</source>
        <translation>Compilando archivos MIB: {module}</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="192"/>
        <source>OID</source>
        <translation>OID</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="193"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="194"/>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="203"/>
        <source>Nothing found</source>
        <translation>No se encontró nada</translation>
    </message>
    <message>
        <location filename="../../gui/views/mib_dock.py" line="215"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
</context>
<context>
    <name>MibFolderDialog</name>
    <message>
        <location filename="../../gui/dialogs/mib_dialogs.py" line="25"/>
        <source>Add a folder of MIB files</source>
        <translation>Añadir una carpeta de archivos MIB</translation>
    </message>
</context>
<context>
    <name>MibReportDialog</name>
    <message>
        <location filename="../../gui/dialogs/mib_dialogs.py" line="36"/>
        <source>MIB-load report</source>
        <translation>Informe de carga de MIB</translation>
    </message>
</context>
<context>
    <name>MibTreeModel</name>
    <message>
        <location filename="../../gui/models/mib_tree.py" line="186"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../gui/models/mib_tree.py" line="186"/>
        <source>Kind</source>
        <translation>Clase</translation>
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
        <translation>nombre u OID</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="90"/>
        <source>A MIB name (sysDescr.0, IF-MIB::ifDescr) or an OID (1.3.6.1.2.1.1.1.0)</source>
        <translation>Un nombre de MIB (sysDescr.0, IF-MIB::ifDescr) o un OID (1.3.6.1.2.1.1.1.0)</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <location filename="../../gui/dialogs/simple_dialogs.py" line="56"/>
        <source>New session</source>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/simple_dialogs.py" line="58"/>
        <source>e.g. Core switches</source>
        <translation>p. ej. Conmutadores troncales</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/simple_dialogs.py" line="59"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../gui/controllers/operations.py" line="203"/>
        <source>Session #{session} opened.</source>
        <translation>Sesión n.º {session} abierta.</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="209"/>
        <source>New session</source>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="219"/>
        <source>Session #{session} closed.</source>
        <translation>Sesión n.º {session} cerrada.</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="221"/>
        <source>Close session</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="268"/>
        <source>Entity {address} added.</source>
        <translation>Entidad {address} añadida.</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="275"/>
        <source>Add entity {address}</source>
        <translation>Añadir entidad {address}</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="287"/>
        <source>The AES probe is for an SNMPv3 entity with AES-192 or AES-256 privacy.</source>
        <translation>La prueba AES es para una entidad SNMPv3 con privacidad AES-192 o AES-256.</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="293"/>
        <source>AES probe of {address}: {explanation}.</source>
        <translation>Prueba AES de {address}: {explanation}.</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="298"/>
        <source>AES variant</source>
        <translation>Variante AES</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="305"/>
        <source>Probe the AES variant of {address}</source>
        <translation>Probar la variante AES de {address}</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="332"/>
        <source>Add context</source>
        <translation>Añadir contexto</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="391"/>
        <source>Create {type} PDU</source>
        <translation>Crear PDU {type}</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="409"/>
        <source>Create PDU</source>
        <translation>Crear PDU</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="431"/>
        <source>noError</source>
        <translation>noError</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="434"/>
        <source>{title}: answered · {status}</source>
        <translation>{title}: respondida · {status}</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="436"/>
        <source>{title}: answered in {ms} · {status}</source>
        <translation>{title}: respondida en {ms} · {status}</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="440"/>
        <source>{title} sent.</source>
        <translation>{title} enviada.</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="446"/>
        <source>Send {title}</source>
        <translation>Enviar {title}</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="457"/>
        <source>Add an entity and a context to the session first.</source>
        <translation>Añada primero una entidad y un contexto a la sesión.</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="473"/>
        <source>PDU handle #{copy} is a WinSNMP copy of #{source} (same request id); Edit a Copy… changes a copy before it is sent.</source>
        <translation>El identificador de PDU n.º {copy} es una copia WinSNMP de n.º {source} (mismo id. de solicitud); Editar una copia… cambia una copia antes de enviarla.</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="478"/>
        <source>Duplicate PDU</source>
        <translation>Duplicar PDU</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="483"/>
        <source>Free handle</source>
        <translation>Liberar identificador</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="502"/>
        <source>Trap filter registered.</source>
        <translation>Filtro de traps registrado.</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="502"/>
        <source>Trap filter removed.</source>
        <translation>Filtro de traps eliminado.</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/operations.py" line="508"/>
        <source>Register for traps</source>
        <translation>Registrarse para traps</translation>
    </message>
</context>
<context>
    <name>PduComposer</name>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="43"/>
        <source>= MIB type</source>
        <translation>= tipo de la MIB</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="53"/>
        <source>d Decimal string</source>
        <translation>d cadena decimal</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="119"/>
        <source>New PDU</source>
        <translation>Nueva PDU</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="153"/>
        <source>notification, e.g. SNMPv2-MIB::coldStart</source>
        <translation>notificación, p. ej. SNMPv2-MIB::coldStart</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="156"/>
        <source>Name or OID</source>
        <translation>Nombre u OID</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="156"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="156"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="167"/>
        <source>Add varbind</source>
        <translation>Añadir varbind</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="168"/>
        <source>Remove varbind</source>
        <translation>Quitar varbind</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="175"/>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="176"/>
        <source>&amp;Entity:</source>
        <translation>&amp;Entidad:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="177"/>
        <source>&amp;Context:</source>
        <translation>&amp;Contexto:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="178"/>
        <source>Non-repeaters / max-repetitions:</source>
        <translation>No repetidores / máx. repeticiones:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="179"/>
        <source>&amp;Notification:</source>
        <translation>&amp;Notificación:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="183"/>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="185"/>
        <source>Create and &amp;send</source>
        <translation>Crear y &amp;enviar</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="206"/>
        <source>No agent in this session yet.</source>
        <translation>Esta sesión aún no tiene agente.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="209"/>
        <source>Sends to {entity} with {context}</source>
        <translation>Envía a {entity} con {context}</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="281"/>
        <source>The session needs an entity and a context first.</source>
        <translation>La sesión necesita primero una entidad y un contexto.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="289"/>
        <source>Row {row}: enter a name or OID.</source>
        <translation>Fila {row}: introduzca un nombre u OID.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="310"/>
        <source>Enter the notification OID (snmpTrapOID.0).</source>
        <translation>Introduzca el OID de la notificación (snmpTrapOID.0).</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="319"/>
        <source>Add at least one variable binding.</source>
        <translation>Añada al menos un enlace de variable.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/pdu_composer.py" line="323"/>
        <source>Row {row}: {problem}</source>
        <translation>Fila {row}: {problem}</translation>
    </message>
</context>
<context>
    <name>PollGraphView</name>
    <message>
        <location filename="../../gui/views/poll_graph.py" line="75"/>
        <source>names or OIDs, separated by spaces, e.g. ifInOctets.1 ifOutOctets.1</source>
        <translation>nombres u OID separados por espacios, p. ej. ifInOctets.1 ifOutOctets.1</translation>
    </message>
    <message>
        <location filename="../../gui/views/poll_graph.py" line="81"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../gui/views/poll_graph.py" line="83"/>
        <source>Counters as rates</source>
        <translation>Contadores como tasas</translation>
    </message>
    <message>
        <location filename="../../gui/views/poll_graph.py" line="84"/>
        <source>Raw values</source>
        <translation>Valores en bruto</translation>
    </message>
    <message>
        <location filename="../../gui/views/poll_graph.py" line="87"/>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <location filename="../../gui/views/poll_graph.py" line="89"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../../gui/views/poll_graph.py" line="91"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../../gui/views/poll_graph.py" line="92"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../../gui/views/poll_graph.py" line="95"/>
        <source>Pick a session in the tree, objects to poll, and press Start.</source>
        <translation>Elija una sesión en el árbol y los objetos que sondear, y pulse Iniciar.</translation>
    </message>
    <message>
        <location filename="../../gui/views/poll_graph.py" line="100"/>
        <source>Objects:</source>
        <translation>Objetos:</translation>
    </message>
    <message>
        <location filename="../../gui/views/poll_graph.py" line="102"/>
        <source>Every:</source>
        <translation>Cada:</translation>
    </message>
    <message>
        <location filename="../../gui/views/poll_graph.py" line="106"/>
        <source>Entity:</source>
        <translation>Entidad:</translation>
    </message>
    <message>
        <location filename="../../gui/views/poll_graph.py" line="108"/>
        <source>Context:</source>
        <translation>Contexto:</translation>
    </message>
    <message>
        <location filename="../../gui/views/poll_graph.py" line="146"/>
        <source>Select a session with an entity and a context first.</source>
        <translation>Seleccione primero una sesión con una entidad y un contexto.</translation>
    </message>
    <message>
        <location filename="../../gui/views/poll_graph.py" line="169"/>
        <source>Polling every {s}…</source>
        <translation>Sondeando cada {s}…</translation>
    </message>
    <message>
        <location filename="../../gui/views/poll_graph.py" line="190"/>
        <source>Stopped: the session was closed.</source>
        <translation>Detenido: la sesión se cerró.</translation>
    </message>
    <message>
        <location filename="../../gui/views/poll_graph.py" line="203"/>
        <source>Enter at least one name or OID to poll.</source>
        <translation>Introduzca al menos un nombre u OID que sondear.</translation>
    </message>
    <message>
        <location filename="../../gui/views/poll_graph.py" line="236"/>
        <source> (per second)</source>
        <translation> (por segundo)</translation>
    </message>
    <message>
        <location filename="../../gui/views/poll_graph.py" line="245"/>
        <source>{samples} samples · {wraps} counter wraps · {breaks} breaks</source>
        <translation>{samples} muestras · {wraps} desbordamientos de contador · {breaks} interrupciones</translation>
    </message>
    <message>
        <location filename="../../gui/views/poll_graph.py" line="251"/>
        <source> · {failed} polls failed</source>
        <translation> · {failed} sondeos fallidos</translation>
    </message>
    <message>
        <location filename="../../gui/views/poll_graph.py" line="255"/>
        <source> · paused</source>
        <translation> · en pausa</translation>
    </message>
    <message>
        <location filename="../../gui/views/poll_graph.py" line="261"/>
        <source>Export the polled samples</source>
        <translation>Exportar las muestras sondeadas</translation>
    </message>
    <message>
        <location filename="../../gui/views/poll_graph.py" line="261"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/views/poll_graph.py" line="268"/>
        <source>Could not write {path}: {error}</source>
        <translation>No se pudo escribir {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/views/poll_graph.py" line="272"/>
        <source>{rows} rows written to {path}.</source>
        <translation>{rows} filas escritas en {path}.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="34"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="45"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="46"/>
        <source>Open &amp;sessions:</source>
        <translation>&amp;Sesiones abiertas:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="47"/>
        <source>Live &amp;handles per session:</source>
        <translation>&amp;Identificadores vivos por sesión:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="48"/>
        <source>&amp;Queued messages per session:</source>
        <translation>Mensajes en &amp;cola por sesión:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="49"/>
        <source>Queued &amp;memory per session:</source>
        <translation>&amp;Memoria en cola por sesión:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="50"/>
        <source>Resource limits</source>
        <translation>Límites de recursos</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="55"/>
        <source>Listen &amp;address:</source>
        <translation>&amp;Dirección de escucha:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="56"/>
        <source>Listen &amp;port:</source>
        <translation>&amp;Puerto de escucha:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="59"/>
        <source>Agents send traps to port 162 by default, but only a privileged program may listen on ports below 1024. So snmpscope listens on 127.0.0.1:10162, and you either point your agents at that port (net-snmp: trap2sink HOST:10162, snmptrap HOST:10162), or let snmpscope take 162: on Linux run once &apos;sudo setcap cap_net_bind_service=+ep&apos; on the Python interpreter (or the bundled snmpscope program), or forward the port with &apos;sudo iptables -t nat -A PREROUTING -p udp --dport 162 -j REDIRECT --to-ports 10162&apos;; then set the port to 162 here (address 0.0.0.0 or :: to hear other machines). The Traps tab says at once whether it listens.</source>
        <translation>Los agentes envían los traps al puerto 162 por omisión, pero solo un programa con privilegios puede escuchar en puertos por debajo de 1024. Por eso snmpscope escucha en 127.0.0.1:10162, y usted o bien dirige sus agentes a ese puerto (net-snmp: trap2sink HOST:10162, snmptrap HOST:10162), o deja que snmpscope tome el 162: en Linux ejecute una vez &apos;sudo setcap cap_net_bind_service=+ep&apos; sobre el intérprete de Python (o el programa snmpscope empaquetado), o redirija el puerto con &apos;sudo iptables -t nat -A PREROUTING -p udp --dport 162 -j REDIRECT --to-ports 10162&apos;; después ponga aquí el puerto 162 (dirección 0.0.0.0 o :: para oír a otras máquinas). La pestaña Traps indica en seguida si escucha.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="74"/>
        <source>Trap receiver</source>
        <translation>Receptor de traps</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="83"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="90"/>
        <source>&amp;Version:</source>
        <translation>&amp;Versión:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="91"/>
        <source>&amp;Timeout:</source>
        <translation>&amp;Tiempo de espera:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="92"/>
        <source>&amp;Retries:</source>
        <translation>&amp;Reintentos:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="93"/>
        <source>&amp;Community:</source>
        <translation>&amp;Comunidad:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="94"/>
        <source>Walk max-&amp;repetitions (0: GETNEXT):</source>
        <translation>Máx. &amp;repeticiones del recorrido (0: GETNEXT):</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="95"/>
        <source>Defaults</source>
        <translation>Valores predeterminados</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="99"/>
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="100"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="101"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="103"/>
        <source>Colour &amp;scheme:</source>
        <translation>&amp;Esquema de colores:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="105"/>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences_dialog.py" line="124"/>
        <source>The trap listen address must be an IP address, e.g. 127.0.0.1 or ::1.</source>
        <translation>La dirección de escucha de traps debe ser una dirección IP, p. ej. 127.0.0.1 o ::1.</translation>
    </message>
</context>
<context>
    <name>QuickBar</name>
    <message>
        <location filename="../../gui/views/quick_bar.py" line="68"/>
        <source>saved agent or host[:port]</source>
        <translation>agente guardado o host[:puerto]</translation>
    </message>
    <message>
        <location filename="../../gui/views/quick_bar.py" line="71"/>
        <source>An agent of an open session, or an address typed in (host, host:port, [v6]:port): it is added to the selected session with the default community.</source>
        <translation>Un agente de una sesión abierta o una dirección escrita (host, host:puerto, [v6]:puerto): se añade a la sesión seleccionada con la comunidad predeterminada.</translation>
    </message>
    <message>
        <location filename="../../gui/views/quick_bar.py" line="77"/>
        <source>name or OID, e.g. sysDescr.0</source>
        <translation>nombre u OID, p. ej. sysDescr.0</translation>
    </message>
    <message>
        <location filename="../../gui/views/quick_bar.py" line="86"/>
        <source>The type of the value a Set sends</source>
        <translation>El tipo del valor que envía un Set</translation>
    </message>
    <message>
        <location filename="../../gui/views/quick_bar.py" line="89"/>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <location filename="../../gui/views/quick_bar.py" line="90"/>
        <source>The value a Set sends, typed as the type box says</source>
        <translation>El valor que envía un Set, del tipo que indica el selector de tipo</translation>
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
        <translation>Recorrer</translation>
    </message>
    <message>
        <location filename="../../gui/views/quick_bar.py" line="97"/>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <location filename="../../gui/views/quick_bar.py" line="98"/>
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <location filename="../../gui/views/quick_bar.py" line="117"/>
        <source>&amp;Agent:</source>
        <translation>&amp;Agente:</translation>
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
        <translation>→ {address} (agente nuevo, comunidad predeterminada)</translation>
    </message>
    <message>
        <location filename="../../gui/views/quick_bar.py" line="204"/>
        <source>→ no agent: open a session with an agent, or type one</source>
        <translation>→ sin agente: abra una sesión con un agente o escriba uno</translation>
    </message>
    <message>
        <location filename="../../gui/views/quick_bar.py" line="213"/>
        <source>Walk a conceptual table into rows and columns</source>
        <translation>Recorrer una tabla conceptual en filas y columnas</translation>
    </message>
    <message>
        <location filename="../../gui/views/quick_bar.py" line="215"/>
        <source>Table view is not available in this build yet</source>
        <translation>La vista de tabla aún no está disponible en esta versión</translation>
    </message>
</context>
<context>
    <name>QuickQuery</name>
    <message>
        <location filename="../../gui/controllers/quick_query.py" line="189"/>
        <source>Choose an agent, or type host[:port], first.</source>
        <translation>Elija primero un agente o escriba host[:puerto].</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/quick_query.py" line="204"/>
        <source>The table view is not available in this build yet.</source>
        <translation>La vista de tabla aún no está disponible en esta versión.</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/quick_query.py" line="216"/>
        <source>Table {name} → {agent}</source>
        <translation>Tabla {name} → {agent}</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/quick_query.py" line="220"/>
        <source>The table opens in its own window.</source>
        <translation>La tabla se abre en su propia ventana.</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/quick_query.py" line="243"/>
        <source>{type} {name} → {agent}</source>
        <translation>{type} {name} → {agent}</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/quick_query.py" line="271"/>
        <source>Create {type} PDU</source>
        <translation>Crear PDU {type}</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/quick_query.py" line="307"/>
        <source> in {ms}</source>
        <translation> en {ms}</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/quick_query.py" line="308"/>
        <source>1 varbind</source>
        <translation>1 varbind</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/quick_query.py" line="308"/>
        <source>{n} varbinds</source>
        <translation>{n} varbinds</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/quick_query.py" line="310"/>
        <source>The agent answered{rtt} with an error: {status} at varbind {index}.</source>
        <translation>El agente respondió{rtt} con un error: {status} en el varbind {index}.</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/quick_query.py" line="321"/>
        <source>Answered{rtt} from {peer} · {count}</source>
        <translation>Respondido{rtt} desde {peer} · {count}</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/quick_query.py" line="374"/>
        <source>Quick queries</source>
        <translation>Consultas rápidas</translation>
    </message>
</context>
<context>
    <name>RegisterTrapsDialog</name>
    <message>
        <location filename="../../gui/dialogs/simple_dialogs.py" line="138"/>
        <source>Register for traps</source>
        <translation>Registrarse para traps</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/simple_dialogs.py" line="141"/>
        <source>Any agent</source>
        <translation>Cualquier agente</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/simple_dialogs.py" line="145"/>
        <source>Any community</source>
        <translation>Cualquier comunidad</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/simple_dialogs.py" line="149"/>
        <source>any notification, or e.g. linkDown</source>
        <translation>cualquier notificación, o p. ej. linkDown</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/simple_dialogs.py" line="150"/>
        <source>Remove this filter instead</source>
        <translation>Eliminar este filtro en su lugar</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/simple_dialogs.py" line="151"/>
        <source>&amp;Agent:</source>
        <translation>&amp;Agente:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/simple_dialogs.py" line="152"/>
        <source>&amp;Context:</source>
        <translation>&amp;Contexto:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/simple_dialogs.py" line="153"/>
        <source>&amp;Notification:</source>
        <translation>&amp;Notificación:</translation>
    </message>
</context>
<context>
    <name>ResultActions</name>
    <message>
        <location filename="../../gui/views/result_actions.py" line="46"/>
        <source>&amp;Copy (net-snmp lines)</source>
        <translation>&amp;Copiar (líneas de net-snmp)</translation>
    </message>
    <message>
        <location filename="../../gui/views/result_actions.py" line="49"/>
        <source>Copy as &amp;TSV</source>
        <translation>Copiar como &amp;TSV</translation>
    </message>
    <message>
        <location filename="../../gui/views/result_actions.py" line="50"/>
        <source>&amp;Export CSV or JSON…</source>
        <translation>&amp;Exportar CSV o JSON…</translation>
    </message>
    <message>
        <location filename="../../gui/views/result_actions.py" line="76"/>
        <source>Copied 1 line.</source>
        <translation>Copiada 1 línea.</translation>
    </message>
    <message>
        <location filename="../../gui/views/result_actions.py" line="76"/>
        <source>Copied {n} lines.</source>
        <translation>Copiadas {n} líneas.</translation>
    </message>
    <message>
        <location filename="../../gui/views/result_actions.py" line="83"/>
        <source>Nothing to export yet.</source>
        <translation>Aún no hay nada que exportar.</translation>
    </message>
    <message>
        <location filename="../../gui/views/result_actions.py" line="98"/>
        <source>Cannot write {path}: {error}</source>
        <translation>No se puede escribir {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/views/result_actions.py" line="102"/>
        <source>Exported 1 row to {path}.</source>
        <translation>Exportada 1 fila a {path}.</translation>
    </message>
    <message>
        <location filename="../../gui/views/result_actions.py" line="102"/>
        <source>Exported {n} rows to {path}.</source>
        <translation>Exportadas {n} filas a {path}.</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <location filename="../../gui/views/result_view.py" line="46"/>
        <source>Ask something with the bar above: agent, name, Get.</source>
        <translation>Pregunte con la barra de arriba: agente, nombre, Get.</translation>
    </message>
    <message>
        <location filename="../../gui/views/result_view.py" line="68"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../gui/views/result_view.py" line="70"/>
        <source>Copy the selected rows (or all) as net-snmp lines</source>
        <translation>Copiar las filas seleccionadas (o todas) como líneas de net-snmp</translation>
    </message>
    <message>
        <location filename="../../gui/views/result_view.py" line="71"/>
        <source>Copy TSV</source>
        <translation>Copiar TSV</translation>
    </message>
    <message>
        <location filename="../../gui/views/result_view.py" line="72"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../gui/views/result_view.py" line="74"/>
        <source>Copy command</source>
        <translation>Copiar orden</translation>
    </message>
    <message>
        <location filename="../../gui/views/result_view.py" line="75"/>
        <source>Copy as net-snmp command</source>
        <translation>Copiar como orden de net-snmp</translation>
    </message>
    <message>
        <location filename="../../gui/views/result_view.py" line="77"/>
        <source>Show secrets</source>
        <translation>Mostrar secretos</translation>
    </message>
    <message>
        <location filename="../../gui/views/result_view.py" line="83"/>
        <source>the equivalent net-snmp command shows here</source>
        <translation>aquí aparece la orden de net-snmp equivalente</translation>
    </message>
    <message>
        <location filename="../../gui/views/result_view.py" line="109"/>
        <source>Waiting for the answer…</source>
        <translation>Esperando la respuesta…</translation>
    </message>
    <message>
        <location filename="../../gui/views/result_view.py" line="145"/>
        <source>Copied the net-snmp command.</source>
        <translation>Copiada la orden de net-snmp.</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <location filename="../../gui/settings/secrets.py" line="177"/>
        <source>That password does not open the secrets file.</source>
        <translation>Esa contraseña no abre el archivo de secretos.</translation>
    </message>
    <message>
        <location filename="../../gui/settings/secrets.py" line="183"/>
        <source>No system keyring, and the encrypted secrets file was not unlocked: communities are kept in memory for this run only and are not saved.</source>
        <translation>No hay llavero del sistema y el archivo cifrado de secretos no se desbloqueó: las comunidades se guardan en memoria solo durante esta ejecución y no se almacenan.</translation>
    </message>
</context>
<context>
    <name>SeeingViews</name>
    <message>
        <location filename="../../gui/views_menu.py" line="30"/>
        <source>Polling graph</source>
        <translation>Gráfico de sondeo</translation>
    </message>
    <message>
        <location filename="../../gui/views_menu.py" line="36"/>
        <source>PDU timeline</source>
        <translation>Cronología de PDU</translation>
    </message>
    <message>
        <location filename="../../gui/views_menu.py" line="42"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../gui/views_menu.py" line="49"/>
        <source>&amp;Polling graph</source>
        <translation>&amp;Gráfico de sondeo</translation>
    </message>
    <message>
        <location filename="../../gui/views_menu.py" line="52"/>
        <source>PDU &amp;timeline</source>
        <translation>&amp;Cronología de PDU</translation>
    </message>
</context>
<context>
    <name>SessionTree</name>
    <message>
        <location filename="../../gui/models/labels.py" line="63"/>
        <source>{name} (#{handle})</source>
        <translation>{name} (n.º {handle})</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="71"/>
        <source>1 handle</source>
        <translation>1 identificador</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="73"/>
        <source>{n} handles</source>
        <translation>{n} identificadores</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="76"/>
        <source>1 trap filter</source>
        <translation>1 filtro de traps</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="78"/>
        <source>{n} trap filters</source>
        <translation>{n} filtros de traps</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="82"/>
        <source>{handles} · {outstanding} outstanding · {filters}</source>
        <translation>{handles} · {outstanding} pendientes · {filters}</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="111"/>
        <source>user {user}</source>
        <translation>usuario {user}</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="117"/>
        <source>engine {engine} boots {boots}</source>
        <translation>motor {engine} · arranques {boots}</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="121"/>
        <source>Report: {words}</source>
        <translation>Report: {words}</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="125"/>
        <source>listening</source>
        <translation>escuchando</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="138"/>
        <source>SNMPv3 context</source>
        <translation>contexto SNMPv3</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="139"/>
        <source>community</source>
        <translation>comunidad</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="145"/>
        <source>{type} #{request_id}</source>
        <translation>{type} n.º {request_id}</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="153"/>
        <source>created</source>
        <translation>creada</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="155"/>
        <source>retrying</source>
        <translation>reintentando</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="157"/>
        <source>timed out</source>
        <translation>tiempo agotado</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="159"/>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="160"/>
        <source>received</source>
        <translation>recibida</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="184"/>
        <source>received from {peer}</source>
        <translation>recibida de {peer}</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="154"/>
        <location filename="../../gui/models/labels.py" line="192"/>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="194"/>
        <source>retry {n} of {m}</source>
        <translation>reintento {n} de {m}</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="199"/>
        <source>answered in {ms}</source>
        <translation>respondida en {ms}</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="156"/>
        <location filename="../../gui/models/labels.py" line="203"/>
        <source>answered</source>
        <translation>respondida</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="212"/>
        <source>timed out after {n} attempts</source>
        <translation>tiempo agotado tras {n} intentos</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="158"/>
        <location filename="../../gui/models/labels.py" line="216"/>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="218"/>
        <source>failed: {error}</source>
        <translation>falló: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="161"/>
        <location filename="../../gui/models/labels.py" line="222"/>
        <source>sent</source>
        <translation>enviada</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="101"/>
        <source>1 retry</source>
        <translation>1 reintento</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="103"/>
        <source>{n} retries</source>
        <translation>{n} reintentos</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="105"/>
        <source>{version} · {timeout} · {retries}</source>
        <translation>{version} · {timeout} · {retries}</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="175"/>
        <source>{status} at varbind {index} · {varbinds}</source>
        <translation>{status} en el varbind {index} · {varbinds}</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="180"/>
        <source>noError · {varbinds}</source>
        <translation>noError · {varbinds}</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="188"/>
        <source>not sent · {varbinds}</source>
        <translation>no enviada · {varbinds}</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="211"/>
        <source>timed out after 1 attempt</source>
        <translation>tiempo agotado tras 1 intento</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="246"/>
        <source>VBL #{handle}</source>
        <translation>VBL n.º {handle}</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="257"/>
        <source>1 varbind</source>
        <translation>1 varbind</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="258"/>
        <source>{count} varbinds</source>
        <translation>{count} varbinds</translation>
    </message>
    <message>
        <location filename="../../gui/models/tree_data.py" line="114"/>
        <source>Entities</source>
        <translation>Entidades</translation>
    </message>
    <message>
        <location filename="../../gui/models/tree_data.py" line="116"/>
        <source>Contexts</source>
        <translation>Contextos</translation>
    </message>
    <message>
        <location filename="../../gui/models/tree_data.py" line="118"/>
        <source>PDUs</source>
        <translation>PDU</translation>
    </message>
    <message>
        <location filename="../../gui/models/tree_data.py" line="119"/>
        <source>Variable-binding lists</source>
        <translation>Listas de enlaces de variables</translation>
    </message>
</context>
<context>
    <name>SessionTreeModel</name>
    <message>
        <location filename="../../gui/models/session_tree.py" line="444"/>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <location filename="../../gui/models/session_tree.py" line="446"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../gui/controllers/status.py" line="30"/>
        <source>Sessions: {sessions} · Live handles: {handles} · Outstanding: {outstanding}</source>
        <translation>Sesiones: {sessions} · Identificadores vivos: {handles} · Pendientes: {outstanding}</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/status.py" line="36"/>
        <source> · Walks: {walks}</source>
        <translation> · Recorridos: {walks}</translation>
    </message>
</context>
<context>
    <name>TableModel</name>
    <message>
        <location filename="../../gui/models/table_model.py" line="118"/>
        <source>Index</source>
        <translation>Índice</translation>
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
        <translation>Filtrar filas (cualquier columna)…</translation>
    </message>
    <message>
        <location filename="../../gui/views/table_view.py" line="48"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../../gui/views/table_view.py" line="49"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../../gui/views/table_view.py" line="93"/>
        <source>Fetching the table…</source>
        <translation>Obteniendo la tabla…</translation>
    </message>
    <message>
        <location filename="../../gui/views/table_view.py" line="97"/>
        <source>Fetching the table… {rows} rows, {varbinds} values so far</source>
        <translation>Obteniendo la tabla… {rows} filas, {varbinds} valores hasta ahora</translation>
    </message>
    <message>
        <location filename="../../gui/views/table_view.py" line="108"/>
        <source>{rows} rows, {columns} columns, {requests} requests, {seconds}</source>
        <translation>{rows} filas, {columns} columnas, {requests} solicitudes, {seconds}</translation>
    </message>
    <message>
        <location filename="../../gui/views/table_view.py" line="115"/>
        <source>The agent has no rows in this table.</source>
        <translation>El agente no tiene filas en esta tabla.</translation>
    </message>
    <message>
        <location filename="../../gui/views/table_view.py" line="117"/>
        <source> (stopped: the rows so far)</source>
        <translation> (detenido: las filas hasta ahora)</translation>
    </message>
    <message>
        <location filename="../../gui/views/table_view.py" line="119"/>
        <source> (ended by an error: {error})</source>
        <translation> (terminado por un error: {error})</translation>
    </message>
    <message>
        <location filename="../../gui/views/table_view.py" line="121"/>
        <source>; the agent has more columns than the MIB</source>
        <translation>; el agente tiene más columnas que la MIB</translation>
    </message>
    <message>
        <location filename="../../gui/views/table_view.py" line="127"/>
        <source>The table could not be fetched: {message}</source>
        <translation>No se pudo obtener la tabla: {message}</translation>
    </message>
</context>
<context>
    <name>Targets</name>
    <message>
        <location filename="../../gui/controllers/targets.py" line="110"/>
        <source>user {user}</source>
        <translation>usuario {user}</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/targets.py" line="112"/>
        <source>community {community}</source>
        <translation>comunidad {community}</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/targets.py" line="116"/>
        <source>{agent} · {version} · {credentials} · session “{session}”</source>
        <translation>{agent} · {version} · {credentials} · sesión «{session}»</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/targets.py" line="133"/>
        <source>No answer from {address} after 1 try.</source>
        <translation>Sin respuesta de {address} tras 1 intento.</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/targets.py" line="134"/>
        <source>No answer from {address} after {n} tries.</source>
        <translation>Sin respuesta de {address} tras {n} intentos.</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/targets.py" line="152"/>
        <source>{name} (saved)</source>
        <translation>{name} (guardado)</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/targets.py" line="153"/>
        <source>{folder}{name} · {address} · {version} · opens in the selected session</source>
        <translation>{folder}{name} · {address} · {version} · se abre en la sesión seleccionada</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../gui/views/timeline_view.py" line="63"/>
        <source>Select a request or response PDU in the tree.</source>
        <translation>Seleccione en el árbol una PDU de solicitud o de respuesta.</translation>
    </message>
    <message>
        <location filename="../../gui/views/timeline_view.py" line="71"/>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <location filename="../../gui/views/timeline_view.py" line="72"/>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../gui/views/timeline_view.py" line="73"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../gui/views/timeline_view.py" line="74"/>
        <source>PDU</source>
        <translation>PDU</translation>
    </message>
    <message>
        <location filename="../../gui/views/timeline_view.py" line="75"/>
        <source>Request id</source>
        <translation>Id. de solicitud</translation>
    </message>
    <message>
        <location filename="../../gui/views/timeline_view.py" line="76"/>
        <source>Octets</source>
        <translation>Octetos</translation>
    </message>
    <message>
        <location filename="../../gui/views/timeline_view.py" line="77"/>
        <source>Peer</source>
        <translation>Interlocutor</translation>
    </message>
    <message>
        <location filename="../../gui/views/timeline_view.py" line="85"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../gui/views/timeline_view.py" line="86"/>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location filename="../../gui/views/timeline_view.py" line="87"/>
        <source>Offset</source>
        <translation>Desplazamiento</translation>
    </message>
    <message>
        <location filename="../../gui/views/timeline_view.py" line="88"/>
        <source>Length</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <location filename="../../gui/views/timeline_view.py" line="89"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../gui/views/timeline_view.py" line="131"/>
        <source>Request id {request_id}: {count} datagrams, {span} from first to last.</source>
        <translation>Id. de solicitud {request_id}: {count} datagramas, {span} del primero al último.</translation>
    </message>
    <message>
        <location filename="../../gui/views/timeline_view.py" line="145"/>
        <source>No datagrams for this PDU yet: it was not sent, or the log no longer has them.</source>
        <translation>Todavía no hay datagramas para esta PDU: no se envió o el registro ya no los tiene.</translation>
    </message>
    <message>
        <location filename="../../gui/views/timeline_view.py" line="154"/>
        <source>{arrow} sent</source>
        <translation>{arrow} enviado</translation>
    </message>
    <message>
        <location filename="../../gui/views/timeline_view.py" line="156"/>
        <source>{arrow} received</source>
        <translation>{arrow} recibido</translation>
    </message>
    <message>
        <location filename="../../gui/views/timeline_view.py" line="164"/>
        <source>(encrypted or unreadable)</source>
        <translation>(cifrado o ilegible)</translation>
    </message>
    <message>
        <location filename="../../gui/views/timeline_view.py" line="179"/>
        <source>retry (attempt {n})</source>
        <translation>reintento (intento {n})</translation>
    </message>
    <message>
        <location filename="../../gui/views/timeline_view.py" line="181"/>
        <source>request</source>
        <translation>solicitud</translation>
    </message>
    <message>
        <location filename="../../gui/views/timeline_view.py" line="182"/>
        <source>response</source>
        <translation>respuesta</translation>
    </message>
    <message>
        <location filename="../../gui/views/timeline_view.py" line="183"/>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../gui/views/timeline_view.py" line="184"/>
        <source>engine discovery</source>
        <translation>descubrimiento del motor</translation>
    </message>
    <message>
        <location filename="../../gui/views/timeline_view.py" line="185"/>
        <source>encrypted (authPriv)</source>
        <translation>cifrado (authPriv)</translation>
    </message>
    <message>
        <location filename="../../gui/views/timeline_view.py" line="186"/>
        <source>other</source>
        <translation>otro</translation>
    </message>
</context>
<context>
    <name>TrapLogModel</name>
    <message>
        <location filename="../../gui/models/trap_log_model.py" line="67"/>
        <source>(no snmpTrapOID.0)</source>
        <translation>(sin snmpTrapOID.0)</translation>
    </message>
    <message>
        <location filename="../../gui/models/trap_log_model.py" line="93"/>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <location filename="../../gui/models/trap_log_model.py" line="94"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../gui/models/trap_log_model.py" line="95"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../gui/models/trap_log_model.py" line="96"/>
        <source>Notification</source>
        <translation>Notificación</translation>
    </message>
    <message>
        <location filename="../../gui/models/trap_log_model.py" line="97"/>
        <source>Varbinds</source>
        <translation>Varbinds</translation>
    </message>
    <message>
        <location filename="../../gui/models/trap_log_model.py" line="98"/>
        <source>What it said</source>
        <translation>Qué decía</translation>
    </message>
</context>
<context>
    <name>TrapReceiver</name>
    <message>
        <location filename="../../gui/controllers/trap_receiver.py" line="45"/>
        <location filename="../../gui/controllers/trap_receiver.py" line="60"/>
        <source>The trap receiver is starting…</source>
        <translation>El receptor de traps se está iniciando…</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/trap_receiver.py" line="109"/>
        <source>Not listening for traps on {where}: {reason}</source>
        <translation>No escucha traps en {where}: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/trap_receiver.py" line="126"/>
        <source>Not listening for traps: the receiver&apos;s session was closed.</source>
        <translation>No escucha traps: se cerró la sesión del receptor.</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/trap_receiver.py" line="129"/>
        <source>Listening for traps and informs on {where}.</source>
        <translation>Escuchando traps e informs en {where}.</translation>
    </message>
</context>
<context>
    <name>TrapView</name>
    <message>
        <location filename="../../gui/views/trap_view.py" line="97"/>
        <source>Trap filters</source>
        <translation>Filtros de traps</translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="53"/>
        <source>The trap receiver is starting…</source>
        <translation>El receptor de traps se está iniciando…</translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="56"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="61"/>
        <source>Filter by agent, notification or text</source>
        <translation>Filtrar por agente, notificación o texto</translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="63"/>
        <source>Clear log</source>
        <translation>Vaciar registro</translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="65"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="178"/>
        <source>No traps to export.</source>
        <translation>No hay traps que exportar.</translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="205"/>
        <source>Cannot write {path}: {error}</source>
        <translation>No se puede escribir {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="210"/>
        <source>Exported 1 trap to {path}.</source>
        <translation>Exportado 1 trap a {path}.</translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="211"/>
        <source>Exported {n} traps to {path}.</source>
        <translation>Exportados {n} traps a {path}.</translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="238"/>
        <source>Trap filters (select a session)</source>
        <translation>Filtros de traps (seleccione una sesión)</translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="245"/>
        <source>Trap filters of session #{session} ({count})</source>
        <translation>Filtros de traps de la sesión n.º {session} ({count})</translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="259"/>
        <source>any agent</source>
        <translation>cualquier agente</translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="261"/>
        <source>agent {ip}</source>
        <translation>agente {ip}</translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="264"/>
        <source>any community</source>
        <translation>cualquier comunidad</translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="264"/>
        <source>one community</source>
        <translation>una comunidad</translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="267"/>
        <source>any notification</source>
        <translation>cualquier notificación</translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="281"/>
        <source>{notification} from {peer} at {received}</source>
        <translation>{notification} de {peer} a las {received}</translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="291"/>
        <source>Trap log: 1 notification</source>
        <translation>Registro de traps: 1 notificación</translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="291"/>
        <source>Trap log: {n} notifications</source>
        <translation>Registro de traps: {n} notificaciones</translation>
    </message>
    <message>
        <location filename="../../gui/views/trap_view.py" line="294"/>
        <source> ({shown} shown)</source>
        <translation> ({shown} mostradas)</translation>
    </message>
</context>
<context>
    <name>VarBindTableModel</name>
    <message>
        <location filename="../../gui/models/varbind_table.py" line="71"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../gui/models/varbind_table.py" line="71"/>
        <source>OID</source>
        <translation>OID</translation>
    </message>
    <message>
        <location filename="../../gui/models/varbind_table.py" line="71"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../gui/models/varbind_table.py" line="71"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>WalkRunner</name>
    <message>
        <location filename="../../gui/controllers/walk_runner.py" line="67"/>
        <source>Add an entity and a context to the session first.</source>
        <translation>Añada primero una entidad y un contexto a la sesión.</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/walk_runner.py" line="92"/>
        <source>A walk is already running; stop it first.</source>
        <translation>Ya hay un recorrido en curso; deténgalo primero.</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/walk_runner.py" line="120"/>
        <source>Walk</source>
        <translation>Recorrido</translation>
    </message>
</context>
<context>
    <name>WalkView</name>
    <message>
        <location filename="../../gui/views/walk_view.py" line="66"/>
        <source>0 walks with GETNEXT</source>
        <translation>0: recorrido con GETNEXT</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="67"/>
        <source>Walk</source>
        <translation>Recorrer</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="69"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="77"/>
        <source>Pick a session in the tree, an OID, and press Walk.</source>
        <translation>Elija una sesión en el árbol y un OID, y pulse Recorrer.</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="89"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="91"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="93"/>
        <source>Copy command</source>
        <translation>Copiar orden</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="94"/>
        <source>Copy as net-snmp command</source>
        <translation>Copiar como orden de net-snmp</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="97"/>
        <source>Show secrets</source>
        <translation>Mostrar secretos</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="109"/>
        <source>OID:</source>
        <translation>OID:</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="111"/>
        <source>Max-repetitions:</source>
        <translation>Máx. repeticiones:</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="116"/>
        <source>Entity:</source>
        <translation>Entidad:</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="118"/>
        <source>Context:</source>
        <translation>Contexto:</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="204"/>
        <source>Copied the net-snmp command.</source>
        <translation>Copiada la orden de net-snmp.</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="218"/>
        <source>Walking {root}…</source>
        <translation>Recorriendo {root}…</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="236"/>
        <source>{varbinds} · {requests}…</source>
        <translation>{varbinds} · {requests}…</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="249"/>
        <source>Stopped: {varbinds} kept ({requests}, {s}).</source>
        <translation>Detenido: se conservan {varbinds} ({requests}, {s}).</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="251"/>
        <source>Walk failed: {error}</source>
        <translation>El recorrido falló: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="253"/>
        <source>Walk failed after {varbinds}: {error}</source>
        <translation>El recorrido falló tras {varbinds}: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="255"/>
        <source>Done: {varbinds} in {requests}, {s}.</source>
        <translation>Terminado: {varbinds} en {requests}, {s}.</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="268"/>
        <source>1 varbind</source>
        <translation>1 varbind</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="268"/>
        <source>{n} varbinds</source>
        <translation>{n} varbinds</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="271"/>
        <source>1 request</source>
        <translation>1 solicitud</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="271"/>
        <source>{n} requests</source>
        <translation>{n} solicitudes</translation>
    </message>
    <message>
        <location filename="../../gui/views/walk_view.py" line="285"/>
        <source>Walk failed: {message}</source>
        <translation>El recorrido falló: {message}</translation>
    </message>
</context>
<context>
    <name>WorkspaceKeeper</name>
    <message>
        <location filename="../../gui/controllers/workspace_keeper.py" line="103"/>
        <source>Demo agent listening on {target}.</source>
        <translation>Agente de demostración escuchando en {target}.</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/workspace_keeper.py" line="141"/>
        <source>The demo agent could not start: {error}</source>
        <translation>El agente de demostración no pudo iniciarse: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/workspace_keeper.py" line="146"/>
        <source>Start demo agent</source>
        <translation>Iniciar agente de demostración</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/workspace_keeper.py" line="174"/>
        <source>The community of context {name!r} was not saved (no keyring); add the context again.</source>
        <translation>La comunidad del contexto {name!r} no se guardó (sin llavero); añada el contexto de nuevo.</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/workspace_keeper.py" line="209"/>
        <source>Resource limits</source>
        <translation>Límites de recursos</translation>
    </message>
    <message>
        <location filename="../../gui/controllers/workspace_keeper.py" line="231"/>
        <source>Trap receiver (stays on {where})</source>
        <translation>Receptor de traps (se queda en {where})</translation>
    </message>
</context>
<context>
    <name>_Fetcher</name>
    <message>
        <location filename="../../gui/controllers/table_runner.py" line="74"/>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
</context>
</TS>
