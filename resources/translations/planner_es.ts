<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name></name>
    <message>
        <location filename="../../src/planner/ui/calendar_view.py" line="104"/>
        <source>Cancelled: {label}</source>
        <translation>Cancelado: {label}</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/calendar_view.py" line="229"/>
        <source>Calendar grid</source>
        <translation>Cuadrícula del calendario</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/calendar_view.py" line="382"/>
        <source>This plan has no days yet.</source>
        <translation>Este plan todavía no tiene días.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/calendar_view.py" line="433"/>
        <source>Media {hours}</source>
        <translation>Prensa {hours}</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/calendar_view.py" line="458"/>
        <source>Media availability {hours}</source>
        <translation>Disponibilidad para prensa {hours}</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/calendar_view.py" line="506"/>
        <source>Now, {time}</source>
        <translation>Ahora, {time}</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/calendar_view.py" line="574"/>
        <source>Resize {kind} to {when}</source>
        <translation>Cambiar duración del {kind} hasta {when}</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/calendar_view.py" line="574"/>
        <source>Move {kind} to {when}</source>
        <translation>Mover {kind} a {when}</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/calendar_view.py" line="576"/>
        <source>turn</source>
        <translation>turno</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/calendar_view.py" line="576"/>
        <source>shift</source>
        <translation>turno de voluntariado</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/calendar_view.py" line="632"/>
        <source>Delete {count} items</source>
        <translation>Eliminar {count} elementos</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/calendar_view.py" line="645"/>
        <source>Resize with the keyboard</source>
        <translation>Cambiar duración con el teclado</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/calendar_view.py" line="647"/>
        <source>Move with the keyboard</source>
        <translation>Mover con el teclado</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/calendar_view.py" line="698"/>
        <location filename="../../src/planner/ui/main_window.py" line="610"/>
        <source>Assign {name}</source>
        <translation>Asignar a {name}</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/calendar_view.py" line="728"/>
        <source>No spokesperson</source>
        <translation>Sin portavoz</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/calendar_view.py" line="742"/>
        <location filename="../../src/planner/ui/editors.py" line="144"/>
        <source>Shift</source>
        <translation>Turno de voluntariado</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/document.py" line="81"/>
        <source>Untitled (example)</source>
        <translation>Sin título (ejemplo)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/document.py" line="81"/>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/document.py" line="148"/>
        <source>Import {count} media windows</source>
        <translation>Importar {count} franjas de prensa</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/document.py" line="216"/>
        <location filename="../../src/planner/ui/main_window.py" line="640"/>
        <source>Rename plan</source>
        <translation>Cambiar nombre del plan</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/document.py" line="220"/>
        <source>Untitled plan</source>
        <translation>Plan sin título</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="123"/>
        <source>The {what} {text!r} is not a number</source>
        <translation>La {what} {text!r} no es un número</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="128"/>
        <source>Turn</source>
        <translation>Turno</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="130"/>
        <location filename="../../src/planner/ui/editors.py" line="148"/>
        <location filename="../../src/planner/ui/editors.py" line="184"/>
        <source>&amp;Starts:</source>
        <translation>&amp;Empieza:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="131"/>
        <location filename="../../src/planner/ui/editors.py" line="149"/>
        <location filename="../../src/planner/ui/editors.py" line="185"/>
        <source>&amp;Ends:</source>
        <translation>&amp;Termina:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="132"/>
        <source>S&amp;pokespeople:</source>
        <translation>&amp;Portavoces:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="133"/>
        <source>Pi&amp;nned: the rotation leaves this turn as it is</source>
        <translation>&amp;Fijado: la rotación deja este turno como está</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="134"/>
        <source>Pinned</source>
        <translation>Fijado</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="146"/>
        <source>&amp;Role:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="147"/>
        <location filename="../../src/planner/ui/editors.py" line="187"/>
        <source>&amp;Location:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="150"/>
        <source>&amp;Volunteers needed:</source>
        <translation>&amp;Voluntarios necesarios:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="153"/>
        <source>V&amp;olunteers:</source>
        <translation>V&amp;oluntarios:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="154"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="156"/>
        <source>&amp;Cancelled</source>
        <translation>&amp;Cancelado</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="157"/>
        <location filename="../../src/planner/ui/editors.py" line="198"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="182"/>
        <source>Media availability window</source>
        <translation>Franja de disponibilidad para prensa</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="189"/>
        <source>Spokespeople per &amp;turn:</source>
        <translation>Portavoces por &amp;turno:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="194"/>
        <source>&amp;Pair, one of:</source>
        <translation>&amp;Pareja, uno de:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="195"/>
        <source>…and one &amp;of:</source>
        <translation>…y uno &amp;de:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="196"/>
        <source>A speaker of (&amp;language):</source>
        <translation>Alguien que hable (&amp;idioma):</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="197"/>
        <source>&amp;Cancelled (stays in calendars as cancelled)</source>
        <translation>&amp;Cancelada (sigue en los calendarios como cancelada)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="204"/>
        <source>A pair needs two roles, e.g. striker and clinician (or none)</source>
        <translation>Una pareja necesita dos perfiles, p. ej. huelguista y clínico (o ninguno)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="224"/>
        <location filename="../../src/planner/ui/main_window.py" line="110"/>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="227"/>
        <location filename="../../src/planner/ui/editors.py" line="252"/>
        <location filename="../../src/planner/ui/editors.py" line="298"/>
        <location filename="../../src/planner/ui/press.py" line="89"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="228"/>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="229"/>
        <source>La&amp;titude:</source>
        <translation>La&amp;titud:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="230"/>
        <source>L&amp;ongitude:</source>
        <translation>L&amp;ongitud:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="231"/>
        <source>e.g. 34.0983 (optional)</source>
        <translation>p. ej. 34.0983 (opcional)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="232"/>
        <source>e.g. -118.2910 (optional)</source>
        <translation>p. ej. -118.2910 (opcional)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="233"/>
        <source>N&amp;otes on site:</source>
        <translation>N&amp;otas sobre el lugar:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="241"/>
        <source>latitude</source>
        <translation>latitud</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="242"/>
        <source>longitude</source>
        <translation>longitud</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="249"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="253"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="253"/>
        <location filename="../../src/planner/ui/panels.py" line="105"/>
        <location filename="../../src/planner/ui/rotation.py" line="55"/>
        <source>Spokesperson</source>
        <translation>Portavoz</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="254"/>
        <location filename="../../src/planner/ui/panels.py" line="105"/>
        <source>Volunteer</source>
        <translation>Voluntario/a</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="255"/>
        <source>&amp;Title or affiliation:</source>
        <translation>&amp;Cargo o afiliación:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="256"/>
        <source>&amp;Languages (comma-separated):</source>
        <translation>&amp;Idiomas (separados por comas):</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="257"/>
        <location filename="../../src/planner/ui/press.py" line="90"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="258"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="259"/>
        <source>&amp;Speaker role:</source>
        <translation>&amp;Perfil de portavoz:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="260"/>
        <source>O&amp;wn health limits (otherwise the role&apos;s defaults)</source>
        <translation>Límites de salud &amp;propios (si no, los del perfil)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="261"/>
        <source>Own health limits</source>
        <translation>Límites de salud propios</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="265"/>
        <source>Minutes on camera a &amp;day:</source>
        <translation>Minutos ante la cámara al &amp;día:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="266"/>
        <source>Turns in a &amp;row:</source>
        <translation>Turnos &amp;seguidos:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="267"/>
        <source>Minutes of rest &amp;between stints:</source>
        <translation>Minutos de descanso &amp;entre tandas:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="268"/>
        <source>Days in a ro&amp;w:</source>
        <translation>Días segu&amp;idos:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="296"/>
        <source>Volunteer role</source>
        <translation>Función de voluntariado</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="299"/>
        <location filename="../../src/planner/ui/editors.py" line="311"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="308"/>
        <source>Plan details</source>
        <translation>Datos del plan</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="309"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="310"/>
        <source>&amp;Organization:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="313"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="317"/>
        <source>Press &amp;contact:</source>
        <translation>&amp;Contacto de prensa:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="318"/>
        <source>Press contact &amp;e-mail:</source>
        <translation>&amp;Correo del contacto de prensa:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="319"/>
        <source>Press contact &amp;phone:</source>
        <translation>&amp;Teléfono del contacto de prensa:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="334"/>
        <location filename="../../src/planner/ui/main_window.py" line="629"/>
        <source>Copy day</source>
        <translation>Copiar día</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="337"/>
        <source>Copy &amp;from:</source>
        <translation>Copiar &amp;desde:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="338"/>
        <source>&amp;Onto:</source>
        <translation>&amp;En:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="348"/>
        <source>  (already has items; they stay)</source>
        <translation>  (ya tiene elementos; se conservan)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/grid_bar.py" line="21"/>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/grid_bar.py" line="21"/>
        <source>Previous week</source>
        <translation>Semana anterior</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/grid_bar.py" line="22"/>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/grid_bar.py" line="22"/>
        <source>Go to the week of today</source>
        <translation>Ir a la semana de hoy</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/grid_bar.py" line="23"/>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/grid_bar.py" line="23"/>
        <source>Next week</source>
        <translation>Semana siguiente</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/grid_bar.py" line="26"/>
        <source>Week shown</source>
        <translation>Semana mostrada</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/grid_bar.py" line="31"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/grid_bar.py" line="31"/>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/grid_bar.py" line="32"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/grid_bar.py" line="32"/>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/grid_bar.py" line="38"/>
        <source>Show location</source>
        <translation>Lugar mostrado</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/grid_bar.py" line="39"/>
        <source>Show one location&apos;s windows, turns and shifts, or all of them</source>
        <translation>Mostrar las franjas, turnos y turnos de voluntariado de un lugar, o de todos</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/grid_bar.py" line="70"/>
        <source>All locations</source>
        <translation>Todos los lugares</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/import_preview.py" line="29"/>
        <source>Rows of the file and what each would do</source>
        <translation>Filas del archivo y qué haría cada una</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/import_preview.py" line="30"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/import_preview.py" line="30"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/import_preview.py" line="32"/>
        <source>added</source>
        <translation>se añade</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/import_preview.py" line="32"/>
        <source>updates the person already listed</source>
        <translation>actualiza a la persona ya registrada</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/import_preview.py" line="34"/>
        <source>not added: {why}</source>
        <translation>no se añade: {why}</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/import_preview.py" line="42"/>
        <source>{added} to add, {updated} to update, {problems} rows with problems.</source>
        <translation>{added} para añadir, {updated} para actualizar, {problems} filas con problemas.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/import_preview.py" line="48"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="111"/>
        <location filename="../../src/planner/ui/panels.py" line="114"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="113"/>
        <location filename="../../src/planner/ui/press.py" line="122"/>
        <source>Press list</source>
        <translation>Lista de prensa</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="119"/>
        <location filename="../../src/planner/ui/main_window.py" line="123"/>
        <source>Undo history</source>
        <translation>Historial de cambios</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="120"/>
        <source>Opened</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="121"/>
        <location filename="../../src/planner/ui/warnings_panel.py" line="23"/>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="164"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="165"/>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="166"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="167"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="170"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="171"/>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="173"/>
        <source>&amp;Import Calendar…</source>
        <translation>&amp;Importar calendario…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="176"/>
        <source>&amp;Export Calendars…</source>
        <translation>&amp;Exportar calendarios…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="179"/>
        <source>Import &amp;People (CSV)…</source>
        <translation>Importar &amp;personas (CSV)…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="182"/>
        <source>Export People (&amp;CSV)…</source>
        <translation>Exportar personas (&amp;CSV)…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="184"/>
        <source>Export Run Sheet (P&amp;DF)…</source>
        <translation>Exportar hoja de servicio (P&amp;DF)…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="185"/>
        <source>&amp;Print Run Sheet…</source>
        <translation>Imprimir &amp;hoja de servicio…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="188"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="191"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="192"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="194"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="198"/>
        <source>&amp;Edit Selected…</source>
        <translation>&amp;Editar lo seleccionado…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="201"/>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="205"/>
        <source>&amp;Assign Person…</source>
        <translation>&amp;Asignar persona…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="207"/>
        <source>&amp;Copy Day To…</source>
        <translation>&amp;Copiar día a…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="210"/>
        <source>Plan &amp;Details…</source>
        <translation>Da&amp;tos del plan…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="211"/>
        <source>Day &amp;Note…</source>
        <translation>&amp;Nota del día…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="212"/>
        <source>Rename &amp;Plan…</source>
        <translation>Cambiar nombre del &amp;plan…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="213"/>
        <source>&amp;Snap To</source>
        <translation>A&amp;justar a</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="216"/>
        <source>{minutes} minutes</source>
        <translation>{minutes} minutos</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="222"/>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="223"/>
        <source>Media &amp;Window…</source>
        <translation>&amp;Franja de prensa…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="224"/>
        <source>&amp;Shift…</source>
        <translation>&amp;Turno de voluntariado…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="225"/>
        <source>&amp;Person…</source>
        <translation>&amp;Persona…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="226"/>
        <source>&amp;Location…</source>
        <translation>&amp;Lugar…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="227"/>
        <source>&amp;Role…</source>
        <translation>&amp;Función…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="229"/>
        <source>&amp;Edit Location</source>
        <translation>&amp;Editar lugar</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="231"/>
        <source>Edit R&amp;ole</source>
        <translation>Editar f&amp;unción</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="234"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="235"/>
        <source>&amp;Previous Week</source>
        <translation>Semana &amp;anterior</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="236"/>
        <source>&amp;Next Week</source>
        <translation>Semana &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="237"/>
        <source>&amp;This Week</source>
        <translation>&amp;Esta semana</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="239"/>
        <source>Zoom &amp;In</source>
        <translation>A&amp;cercar</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="240"/>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="241"/>
        <source>&amp;Fit the Day</source>
        <translation>&amp;Ajustar el día</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="245"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="247"/>
        <source>System default</source>
        <translation>El del sistema</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="254"/>
        <source>&amp;Rotation</source>
        <translation>&amp;Rotación</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="255"/>
        <source>&amp;Generate Rotation…</source>
        <translation>&amp;Generar rotación…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="256"/>
        <source>&amp;Repair After Absence…</source>
        <translation>&amp;Reparar tras una ausencia…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="258"/>
        <source>&amp;Press</source>
        <translation>&amp;Prensa</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="259"/>
        <source>&amp;Release Schedule…</source>
        <translation>&amp;Publicar programa…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="260"/>
        <source>Release &amp;History…</source>
        <translation>&amp;Historial de publicaciones…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="261"/>
        <source>&amp;Outbox…</source>
        <translation>&amp;Bandeja de salida…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="285"/>
        <source>No recent plans</source>
        <translation>No hay planes recientes</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="296"/>
        <source>Open plan</source>
        <translation>Abrir plan</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="307"/>
        <source>Could not open the plan</source>
        <translation>No se pudo abrir el plan</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="323"/>
        <source>Save plan as</source>
        <translation>Guardar plan como</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="336"/>
        <source>Could not save the plan</source>
        <translation>No se pudo guardar el plan</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="336"/>
        <source>Your changes are still open here; nothing was lost.</source>
        <translation>Sus cambios siguen abiertos aquí; no se ha perdido nada.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="340"/>
        <source>Saved {path}</source>
        <translation>Guardado {path}</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="344"/>
        <source>Export calendars to folder</source>
        <translation>Exportar calendarios a la carpeta</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="353"/>
        <source>Could not export the calendars</source>
        <translation>No se pudieron exportar los calendarios</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="356"/>
        <source>Wrote {count} calendar files to {folder}</source>
        <translation>Se escribieron {count} archivos de calendario en {folder}</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="361"/>
        <source>Import calendar</source>
        <translation>Importar calendario</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="368"/>
        <source>Could not import the calendar</source>
        <translation>No se pudo importar el calendario</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="370"/>
        <source>Added {count} media windows from {file}.</source>
        <translation>Se añadieron {count} franjas de prensa de {file}.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="373"/>
        <source>Calendar imported in part</source>
        <translation>Calendario importado en parte</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="373"/>
        <source>Not taken:</source>
        <translation>No se tomaron:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="380"/>
        <source>Import people</source>
        <translation>Importar personas</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="388"/>
        <location filename="../../src/planner/ui/main_window.py" line="391"/>
        <source>Could not read the people</source>
        <translation>No se pudieron leer las personas</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="394"/>
        <source>Import people — {file}</source>
        <translation>Importar personas — {file}</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="396"/>
        <source>Import people from {file}</source>
        <translation>Importar personas de {file}</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="404"/>
        <source>Export people</source>
        <translation>Exportar personas</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="411"/>
        <source>Could not export the people</source>
        <translation>No se pudieron exportar las personas</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="414"/>
        <source>Wrote {count} people to {path}</source>
        <translation>Se escribieron {count} personas en {path}</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="420"/>
        <source>Export run sheet</source>
        <translation>Exportar hoja de servicio</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="427"/>
        <source>Could not write the run sheet</source>
        <translation>No se pudo escribir la hoja de servicio</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="430"/>
        <source>Wrote the run sheet ({pages} pages) to {path}</source>
        <translation>Se escribió la hoja de servicio ({pages} páginas) en {path}</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="449"/>
        <source>Release schedule</source>
        <translation>Publicar programa</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="449"/>
        <source>Name of this release:</source>
        <translation>Nombre de esta publicación:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="449"/>
        <source>Release {number}</source>
        <translation>Publicación {number}</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="459"/>
        <source>Could not release the schedule</source>
        <translation>No se pudo publicar el programa</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="465"/>
        <location filename="../../src/planner/ui/press.py" line="215"/>
        <source>No changes for the press.</source>
        <translation>No hay cambios para la prensa.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="467"/>
        <source>Release {number}: {name}</source>
        <translation>Publicación {number}: {name}</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="468"/>
        <source>{count} messages are waiting in Press ▸ Outbox.</source>
        <translation>{count} mensajes esperan en Prensa ▸ Bandeja de salida.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="487"/>
        <source>Not changed: {reason}</source>
        <translation>Sin cambios: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="497"/>
        <location filename="../../src/planner/ui/main_window.py" line="612"/>
        <source>This change cannot be made</source>
        <translation>Este cambio no se puede hacer</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="504"/>
        <source>Edit media window</source>
        <translation>Editar franja de prensa</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="511"/>
        <source>Edit turn</source>
        <translation>Editar turno</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="513"/>
        <source>Edit shift</source>
        <translation>Editar turno de voluntariado</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="520"/>
        <source>Select one turn or shift on the grid to edit it</source>
        <translation>Seleccione un turno en la cuadrícula para editarlo</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="526"/>
        <source>Edit {name}</source>
        <translation>Editar a {name}</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="530"/>
        <source>Add person</source>
        <translation>Añadir persona</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="534"/>
        <source>Add location</source>
        <translation>Añadir lugar</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="534"/>
        <source>Edit location</source>
        <translation>Editar lugar</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="539"/>
        <source>Add role</source>
        <translation>Añadir función</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="539"/>
        <source>Edit role</source>
        <translation>Editar función</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="551"/>
        <source>None yet</source>
        <translation>Ninguno todavía</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="563"/>
        <source>Add a location first</source>
        <translation>Primero añada un lugar</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="563"/>
        <source>A media window happens at one of the plan&apos;s locations.</source>
        <translation>Una franja de prensa ocurre en uno de los lugares del plan.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="572"/>
        <source>Add media window</source>
        <translation>Añadir franja de prensa</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="578"/>
        <source>Add a role and a location first</source>
        <translation>Primero añada una función y un lugar</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="578"/>
        <source>A shift is a role done at one of the plan&apos;s locations.</source>
        <translation>Un turno de voluntariado es una función en uno de los lugares del plan.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="584"/>
        <source>Add shift</source>
        <translation>Añadir turno de voluntariado</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="588"/>
        <source>Edit plan details</source>
        <translation>Editar datos del plan</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="594"/>
        <location filename="../../src/planner/ui/main_window.py" line="596"/>
        <source>Day note</source>
        <translation>Nota del día</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="594"/>
        <source>A note for {day} (shown on the run sheet):</source>
        <translation>Una nota para {day} (aparece en la hoja de servicio):</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="602"/>
        <source>Select one turn or shift on the grid first</source>
        <translation>Primero seleccione un turno en la cuadrícula</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="620"/>
        <source>Assign person</source>
        <translation>Asignar persona</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="620"/>
        <source>Who:</source>
        <translation>Quién:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="633"/>
        <source>The new language shows the next time Planner starts.</source>
        <translation>El nuevo idioma se verá la próxima vez que se abra Planner.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="640"/>
        <source>Plan title:</source>
        <translation>Título del plan:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="659"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="660"/>
        <source>Save the changes to {name}?</source>
        <translation>¿Guardar los cambios en {name}?</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="679"/>
        <source>{name}[*] — Planner</source>
        <translation>{name}[*] — Planner</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="685"/>
        <source>no days yet</source>
        <translation>todavía sin días</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="687"/>
        <source>{title}   ·   {when}   ·   times in {zone}</source>
        <translation>{title}   ·   {when}   ·   horas en {zone}</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="694"/>
        <source>This plan has {count} warnings</source>
        <translation>Este plan tiene {count} avisos</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/panels.py" line="31"/>
        <source>Locations</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/panels.py" line="47"/>
        <source>&lt;i&gt;No location yet.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Todavía no hay lugar.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/panels.py" line="67"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/panels.py" line="68"/>
        <source>Title / affiliation</source>
        <translation>Cargo / afiliación</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/panels.py" line="69"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/panels.py" line="71"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/panels.py" line="146"/>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/panels.py" line="165"/>
        <source>Media availability</source>
        <translation>Disponibilidad para prensa</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/panels.py" line="165"/>
        <source>Spokesperson turn</source>
        <translation>Turno de portavoz</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="75"/>
        <source>Journalist</source>
        <translation>Periodista</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/panels.py" line="66"/>
        <location filename="../../src/planner/ui/press.py" line="57"/>
        <location filename="../../src/planner/ui/press.py" line="83"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/panels.py" line="70"/>
        <location filename="../../src/planner/ui/press.py" line="59"/>
        <location filename="../../src/planner/ui/press.py" line="83"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="50"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="51"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="58"/>
        <location filename="../../src/planner/ui/press.py" line="83"/>
        <source>Outlet</source>
        <translation>Medio</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="60"/>
        <location filename="../../src/planner/ui/press.py" line="84"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="91"/>
        <source>&amp;Outlet:</source>
        <translation>&amp;Medio:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="92"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="102"/>
        <source>A name is needed.</source>
        <translation>Hace falta un nombre.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="130"/>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="130"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="130"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="131"/>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="148"/>
        <source>Add journalist</source>
        <translation>Añadir periodista</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="159"/>
        <source>Edit journalist</source>
        <translation>Editar periodista</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="165"/>
        <source>Remove journalist</source>
        <translation>Quitar periodista</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="168"/>
        <source>Import press list</source>
        <translation>Importar lista de prensa</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="176"/>
        <source>Could not read the press list</source>
        <translation>No se pudo leer la lista de prensa</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="180"/>
        <source>Import press list from {file}</source>
        <translation>Importar lista de prensa de {file}</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="184"/>
        <source>Import press list — {file}</source>
        <translation>Importar lista de prensa — {file}</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="192"/>
        <source>Release history</source>
        <translation>Historial de publicaciones</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="195"/>
        <source>Releases</source>
        <translation>Publicaciones</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="200"/>
        <source>Changes in this release</source>
        <translation>Cambios en esta publicación</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="224"/>
        <source>Send invitations</source>
        <translation>Enviar invitaciones</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="230"/>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (normalmente puerto 587)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="231"/>
        <source>TLS (usually port 465)</source>
        <translation>TLS (normalmente puerto 465)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="236"/>
        <source>leave empty to use the one in the keyring</source>
        <translation>déjela vacía para usar la del llavero</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="238"/>
        <source>SMTP &amp;server:</source>
        <translation>&amp;Servidor SMTP:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="238"/>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="239"/>
        <source>&amp;Security:</source>
        <translation>S&amp;eguridad:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="239"/>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="240"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="244"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="265"/>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="270"/>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="270"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="270"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="277"/>
        <source>Message preview</source>
        <translation>Vista previa del mensaje</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="283"/>
        <source>Save as .eml…</source>
        <translation>Guardar como .eml…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="285"/>
        <source>Send…</source>
        <translation>Enviar…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="287"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="314"/>
        <source>{count} messages pending</source>
        <translation>{count} mensajes pendientes</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="315"/>
        <source>, {count} cannot be sent</source>
        <translation>, {count} no se pueden enviar</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="321"/>
        <source>Nothing to send: every journalist has the latest release.</source>
        <translation>Nada que enviar: cada periodista tiene la última publicación.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="330"/>
        <source>Save messages to folder</source>
        <translation>Guardar mensajes en la carpeta</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="334"/>
        <source>Saved {count} messages to {folder}; nothing was sent.</source>
        <translation>Se guardaron {count} mensajes en {folder}; no se envió nada.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="347"/>
        <source>Could not send</source>
        <translation>No se pudo enviar</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/rotation.py" line="46"/>
        <source>Repair rotation after an absence</source>
        <translation>Reparar la rotación tras una ausencia</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/rotation.py" line="54"/>
        <source>Spokespeople and their limits</source>
        <translation>Portavoces y sus límites</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/rotation.py" line="55"/>
        <source>Role</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/rotation.py" line="55"/>
        <source>Hours a day</source>
        <translation>Horas al día</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/rotation.py" line="55"/>
        <source>Turns in a row</source>
        <translation>Turnos seguidos</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/rotation.py" line="56"/>
        <source>Rest (h)</source>
        <translation>Descanso (h)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/rotation.py" line="56"/>
        <source>Days in a row</source>
        <translation>Días seguidos</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/rotation.py" line="78"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/rotation.py" line="79"/>
        <source>Time limit</source>
        <translation>Tiempo máximo</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/rotation.py" line="80"/>
        <source>Search for at most:</source>
        <translation>Buscar como máximo:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/rotation.py" line="82"/>
        <source>Who is out</source>
        <translation>Quién falta</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/rotation.py" line="86"/>
        <source>Out from</source>
        <translation>Falta desde</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/rotation.py" line="92"/>
        <source>Who is out:</source>
        <translation>Quién falta:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/rotation.py" line="93"/>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/rotation.py" line="94"/>
        <source>Repair</source>
        <translation>Reparar</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/rotation.py" line="97"/>
        <source>Constraints</source>
        <translation>Restricciones</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/rotation.py" line="99"/>
        <source>Health limits per person (defaults by role; stricter for strikers):</source>
        <translation>Límites de salud por persona (por defecto según el perfil; más estrictos para huelguistas):</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/rotation.py" line="109"/>
        <source>Current plan</source>
        <translation>Plan actual</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/rotation.py" line="110"/>
        <source>Proposal (changed turns outlined)</source>
        <translation>Propuesta (turnos cambiados resaltados)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/rotation.py" line="118"/>
        <source>Rotation report</source>
        <translation>Informe de la rotación</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/rotation.py" line="122"/>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/rotation.py" line="157"/>
        <source>Searching for a rotation (at most {seconds} s)…</source>
        <translation>Buscando una rotación (como máximo {seconds} s)…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/rotation.py" line="177"/>
        <source>No rotation is possible as things stand:</source>
        <translation>No hay rotación posible tal como están las cosas:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/rotation.py" line="179"/>
        <source>No rotation was found in the time given:</source>
        <translation>No se encontró una rotación en el tiempo dado:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/rotation.py" line="190"/>
        <source>{hours} h (fair share {share} h)</source>
        <translation>{hours} h (parte justa {share} h)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/rotation.py" line="194"/>
        <source>{name}: {turns} turns, {share}, {prime} prime, {reluctant} not preferred</source>
        <translation>{name}: {turns} turnos, {share}, {prime} destacados, {reluctant} no preferidos</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/rotation.py" line="203"/>
        <source>Repair rotation</source>
        <translation>Reparar rotación</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/rotation.py" line="203"/>
        <source>Generate rotation</source>
        <translation>Generar rotación</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/warnings_panel.py" line="37"/>
        <source>Checking the plan…</source>
        <translation>Revisando el plan…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/warnings_panel.py" line="45"/>
        <source>No warnings: every window is covered and nobody is double-booked.</source>
        <translation>Sin avisos: cada franja está cubierta y nadie tiene dos turnos a la vez.</translation>
    </message>
</context>
</TS>
