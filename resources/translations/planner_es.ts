<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name></name>
    <message>
        <location filename="../../src/planner/ui/calendar_view/blocks.py" line="173"/>
        <source>Cancelled: {label}</source>
        <translation>Cancelado: {label}</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/calendar_view/blocks.py" line="283"/>
        <source>Nobody</source>
        <translation>Nadie</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/calendar_view/blocks.py" line="317"/>
        <source>{hours} · {staffed} of {needed}</source>
        <translation>{hours} · {staffed} de {needed}</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/calendar_view/view.py" line="59"/>
        <source>Calendar grid</source>
        <translation>Cuadrícula del calendario</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/calendar_view/scene.py" line="295"/>
        <source>This plan has no days yet.</source>
        <translation>Este plan todavía no tiene días.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/calendar_view/scene.py" line="299"/>
        <source>Nothing is planned this week. The plan runs {first} – {last}; its next day is {next}.</source>
        <translation>No hay nada previsto esta semana. El plan va del {first} al {last}; su próximo día es el {next}.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/calendar_view/scene.py" line="301"/>
        <source>Nothing is planned this week. The plan runs {first} – {last}.</source>
        <translation>No hay nada previsto esta semana. El plan va del {first} al {last}.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/calendar_view/scene.py" line="586"/>
        <source>{hours} cancelled</source>
        <translation>{hours} cancelada</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/calendar_view/scene.py" line="590"/>
        <source>Media {hours}</source>
        <translation>Prensa {hours}</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/runsheet.py" line="101"/>
        <location filename="../../src/planner/ui/calendar_view/scene.py" line="641"/>
        <source>Media availability {hours}</source>
        <translation>Disponibilidad para prensa {hours}</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/calendar_view/scene.py" line="722"/>
        <source>Now, {time}</source>
        <translation>Ahora, {time}</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/calendar_view/input.py" line="184"/>
        <source>Resize {kind} to {when}</source>
        <translation>Cambiar duración del {kind} hasta {when}</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/calendar_view/input.py" line="184"/>
        <source>Move {kind} to {when}</source>
        <translation>Mover {kind} a {when}</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/codecs.py" line="49"/>
        <source>{source}: {path}: {problem}</source>
        <translation>{source}: {path}: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/codecs.py" line="90"/>
        <source>the stored value is not valid JSON</source>
        <translation>el valor guardado no es JSON válido</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/codecs.py" line="155"/>
        <location filename="../../src/planner/storage/codecs.py" line="378"/>
        <location filename="../../src/planner/storage/codecs.py" line="566"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/codecs.py" line="157"/>
        <source>contains a NUL character</source>
        <translation>contiene un carácter NUL</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/codecs.py" line="160"/>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/codecs.py" line="205"/>
        <location filename="../../src/planner/storage/codecs.py" line="351"/>
        <source>{value} is not one of {choices}</source>
        <translation>{value} no es ninguno de estos: {choices}</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/codecs.py" line="234"/>
        <location filename="../../src/planner/storage/json_format.py" line="195"/>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/codecs.py" line="237"/>
        <location filename="../../src/planner/storage/codecs.py" line="280"/>
        <source>{value} is not between {low} and {high}</source>
        <translation>{value} no está entre {low} y {high}</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/codecs.py" line="276"/>
        <location filename="../../src/planner/storage/codecs.py" line="567"/>
        <location filename="../../src/planner/storage/codecs.py" line="568"/>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/codecs.py" line="309"/>
        <source>true or false</source>
        <translation>verdadero o falso</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/codecs.py" line="380"/>
        <source>a time before the plan&apos;s time zone is known</source>
        <translation>una hora antes de conocerse la zona horaria del plan</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/codecs.py" line="431"/>
        <source>no {what} has the id {id}</source>
        <translation>no hay {what} con el id {id}</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/codecs.py" line="481"/>
        <location filename="../../src/planner/storage/codecs.py" line="565"/>
        <location filename="../../src/planner/storage/json_format.py" line="293"/>
        <location filename="../../src/planner/storage/schema.py" line="149"/>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/codecs.py" line="489"/>
        <location filename="../../src/planner/storage/schema.py" line="172"/>
        <location filename="../../src/planner/storage/schema.py" line="645"/>
        <source>{value} is listed twice</source>
        <translation>{value} aparece dos veces</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/codecs.py" line="550"/>
        <location filename="../../src/planner/storage/codecs.py" line="564"/>
        <location filename="../../src/planner/storage/json_format.py" line="190"/>
        <location filename="../../src/planner/storage/json_format.py" line="256"/>
        <location filename="../../src/planner/storage/json_format.py" line="296"/>
        <location filename="../../src/planner/storage/schema.py" line="154"/>
        <location filename="../../src/planner/storage/schema.py" line="478"/>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/codecs.py" line="569"/>
        <source>binary data</source>
        <translation>datos binarios</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/codecs.py" line="575"/>
        <source>expected {what}, found {found}</source>
        <translation>se esperaba {what} y hay {found}</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/schema.py" line="408"/>
        <location filename="../../src/planner/ui/main_window/files.py" line="151"/>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/schema.py" line="396"/>
        <source>contact</source>
        <translation>contacto</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/schema.py" line="391"/>
        <source>health limits</source>
        <translation>límites de salud</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/schema.py" line="319"/>
        <location filename="../../src/planner/storage/schema.py" line="419"/>
        <source>location</source>
        <translation>lugar</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/schema.py" line="320"/>
        <location filename="../../src/planner/storage/schema.py" line="423"/>
        <source>media window</source>
        <translation>franja de prensa</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/schema.py" line="428"/>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/schema.py" line="321"/>
        <location filename="../../src/planner/storage/schema.py" line="429"/>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/schema.py" line="322"/>
        <location filename="../../src/planner/storage/schema.py" line="430"/>
        <source>role</source>
        <translation>función</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/schema.py" line="431"/>
        <location filename="../../src/planner/ui/calendar_view/input.py" line="186"/>
        <source>turn</source>
        <translation>turno</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/schema.py" line="435"/>
        <source>availability</source>
        <translation>disponibilidad</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/schema.py" line="443"/>
        <location filename="../../src/planner/ui/calendar_view/input.py" line="186"/>
        <source>shift</source>
        <translation>turno de voluntariado</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/schema.py" line="451"/>
        <source>journalist</source>
        <translation>periodista</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/schema.py" line="592"/>
        <source>the plan&apos;s {field}: {problem}</source>
        <translation>el plan, {field}: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/schema.py" line="598"/>
        <source>the {what} {id}, {field}: {problem}</source>
        <translation>{what} {id}, {field}: {problem}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/calendar_view/input.py" line="251"/>
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Borrar %n elemento</numerusform>
            <numerusform>Borrar %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/calendar_view/input.py" line="264"/>
        <source>Resize with the keyboard</source>
        <translation>Cambiar duración con el teclado</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/calendar_view/input.py" line="266"/>
        <source>Move with the keyboard</source>
        <translation>Mover con el teclado</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/calendar_view/input.py" line="315"/>
        <location filename="../../src/planner/ui/main_window/editing.py" line="267"/>
        <source>Assign {name}</source>
        <translation>Asignar a {name}</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/calendar_view/blocks.py" line="311"/>
        <source>No spokesperson</source>
        <translation>Sin portavoz</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/runsheet.py" line="116"/>
        <location filename="../../src/planner/ui/calendar_view/blocks.py" line="344"/>
        <location filename="../../src/planner/ui/editors.py" line="160"/>
        <source>Shift</source>
        <translation>Turno de voluntariado</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/document.py" line="237"/>
        <source>Untitled (example)</source>
        <translation>Sin título (ejemplo)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/document.py" line="237"/>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/document.py" line="422"/>
        <source>{name} is open read-only: another Planner has it. Release, export and send there.</source>
        <translation>{name} está abierto solo para lectura: otro Planner lo tiene. Publique, exporte y envíe desde allí.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/document.py" line="586"/>
        <source>Import %n media window(s)</source>
        <translation>
            <numerusform>Importar %n franja de prensa</numerusform>
            <numerusform>Importar %n franjas de prensa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/document.py" line="696"/>
        <location filename="../../src/planner/ui/main_window/editing.py" line="302"/>
        <source>Rename plan</source>
        <translation>Cambiar nombre del plan</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/document.py" line="701"/>
        <source>Untitled plan</source>
        <translation>Plan sin título</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="130"/>
        <source>Turn</source>
        <translation>Turno</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="132"/>
        <location filename="../../src/planner/ui/editors.py" line="164"/>
        <location filename="../../src/planner/ui/editors.py" line="200"/>
        <source>&amp;Starts:</source>
        <translation>&amp;Empieza:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="133"/>
        <location filename="../../src/planner/ui/editors.py" line="165"/>
        <location filename="../../src/planner/ui/editors.py" line="201"/>
        <source>&amp;Ends:</source>
        <translation>&amp;Termina:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="134"/>
        <source>S&amp;pokespeople:</source>
        <translation>&amp;Portavoces:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="135"/>
        <source>Pi&amp;nned: the rotation leaves this turn as it is</source>
        <translation>&amp;Fijado: la rotación deja este turno como está</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="136"/>
        <source>Pinned</source>
        <translation>Fijado</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="148"/>
        <source>Go to date</source>
        <translation>Ir a una fecha</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="149"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="162"/>
        <source>&amp;Role:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="163"/>
        <location filename="../../src/planner/ui/editors.py" line="203"/>
        <location filename="../../src/planner/ui/run_sheet_dialog.py" line="63"/>
        <source>&amp;Location:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="166"/>
        <source>&amp;Volunteers needed:</source>
        <translation>&amp;Voluntarios necesarios:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="169"/>
        <source>V&amp;olunteers:</source>
        <translation>V&amp;oluntarios:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="170"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="172"/>
        <source>&amp;Cancelled</source>
        <translation>&amp;Cancelado</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/conflict_text.py" line="80"/>
        <location filename="../../src/planner/ui/editors.py" line="173"/>
        <location filename="../../src/planner/ui/editors.py" line="214"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="198"/>
        <source>Media availability window</source>
        <translation>Franja de disponibilidad para prensa</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="205"/>
        <source>Spokespeople per &amp;turn:</source>
        <translation>Portavoces por &amp;turno:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="210"/>
        <source>&amp;Pair, one of:</source>
        <translation>&amp;Pareja, uno de:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="211"/>
        <source>…and one &amp;of:</source>
        <translation>…y uno &amp;de:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="212"/>
        <source>A speaker of (&amp;language):</source>
        <translation>Alguien que hable (&amp;idioma):</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="213"/>
        <source>&amp;Cancelled (stays in calendars as cancelled)</source>
        <translation>&amp;Cancelada (sigue en los calendarios como cancelada)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="220"/>
        <source>A pair needs two roles, e.g. striker and clinician (or none)</source>
        <translation>Una pareja necesita dos perfiles, p. ej. huelguista y clínico (o ninguno)</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/merge.py" line="94"/>
        <location filename="../../src/planner/ui/conflict_text.py" line="80"/>
        <location filename="../../src/planner/ui/editors.py" line="240"/>
        <location filename="../../src/planner/ui/main_window/window.py" line="216"/>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="243"/>
        <location filename="../../src/planner/ui/editors.py" line="268"/>
        <location filename="../../src/planner/ui/editors.py" line="326"/>
        <location filename="../../src/planner/ui/press.py" line="95"/>
        <location filename="../../src/planner/ui/press.py" line="274"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="244"/>
        <location filename="../../src/planner/ui/team_dialogs.py" line="66"/>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="245"/>
        <source>La&amp;titude:</source>
        <translation>La&amp;titud:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="246"/>
        <source>L&amp;ongitude:</source>
        <translation>L&amp;ongitud:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="247"/>
        <source>e.g. 34.0983 (optional)</source>
        <translation>p. ej. 34.0983 (opcional)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="248"/>
        <source>e.g. -118.2910 (optional)</source>
        <translation>p. ej. -118.2910 (opcional)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="249"/>
        <source>N&amp;otes on site:</source>
        <translation>N&amp;otas sobre el lugar:</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/edits.py" line="335"/>
        <location filename="../../src/planner/ui/editors.py" line="257"/>
        <source>latitude</source>
        <translation>latitud</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/edits.py" line="335"/>
        <location filename="../../src/planner/ui/editors.py" line="258"/>
        <source>longitude</source>
        <translation>longitud</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/merge.py" line="94"/>
        <location filename="../../src/planner/ui/editors.py" line="265"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="124"/>
        <source>The {what} {text} is not a number</source>
        <translation>La {what} {text} no es un número</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="269"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="269"/>
        <location filename="../../src/planner/ui/panels.py" line="144"/>
        <location filename="../../src/planner/ui/panels.py" line="151"/>
        <location filename="../../src/planner/ui/rotation.py" line="95"/>
        <source>Spokesperson</source>
        <translation>Portavoz</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="270"/>
        <location filename="../../src/planner/ui/panels.py" line="146"/>
        <location filename="../../src/planner/ui/panels.py" line="151"/>
        <source>Volunteer</source>
        <translation>Voluntario/a</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="271"/>
        <source>&amp;Title or affiliation:</source>
        <translation>&amp;Cargo o afiliación:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="272"/>
        <source>&amp;Languages (comma-separated):</source>
        <translation>&amp;Idiomas (separados por comas):</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="273"/>
        <location filename="../../src/planner/ui/press.py" line="96"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="274"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="275"/>
        <source>&amp;Speaker role:</source>
        <translation>&amp;Perfil de portavoz:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="276"/>
        <source>O&amp;wn health limits (otherwise the role&apos;s defaults)</source>
        <translation>Límites de salud &amp;propios (si no, los del perfil)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="277"/>
        <source>Own health limits</source>
        <translation>Límites de salud propios</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="281"/>
        <source>Minutes on camera a &amp;day:</source>
        <translation>Minutos ante la cámara al &amp;día:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="282"/>
        <source>Turns in a &amp;row:</source>
        <translation>Turnos &amp;seguidos:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="283"/>
        <source>Minutes of rest &amp;between stints:</source>
        <translation>Minutos de descanso &amp;entre tandas:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="284"/>
        <source>Days in a ro&amp;w:</source>
        <translation>Días segu&amp;idos:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="324"/>
        <source>Volunteer role</source>
        <translation>Función de voluntariado</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="327"/>
        <location filename="../../src/planner/ui/editors.py" line="339"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="393"/>
        <source>Ticks every such day up to Until that has nothing on it yet; a day that has items is left for you to tick, or its items would be there twice</source>
        <translation>Marca cada uno de esos días hasta la fecha de Hasta que aún no tenga nada; un día con elementos se deja para que lo marque usted, o sus elementos estarían dos veces</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/editors.py" line="461"/>
        <source>%n day(s) ticked</source>
        <translation>
            <numerusform>%n día marcado</numerusform>
            <numerusform>%n días marcados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/merge.py" line="95"/>
        <location filename="../../src/planner/ui/editors.py" line="336"/>
        <source>Plan details</source>
        <translation>Datos del plan</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="337"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="338"/>
        <source>&amp;Organization:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="341"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="345"/>
        <source>Press &amp;contact:</source>
        <translation>&amp;Contacto de prensa:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="346"/>
        <source>Press contact &amp;e-mail:</source>
        <translation>&amp;Correo del contacto de prensa:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="347"/>
        <source>Press contact &amp;phone:</source>
        <translation>&amp;Teléfono del contacto de prensa:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="350"/>
        <source>Calendar &amp;language:</source>
        <translation>&amp;Idioma de los calendarios:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="352"/>
        <source>The language of the calendars everyone shares (media, volunteers, roles, organizers), and of the calendar and e-mails of anyone who lists no language Planner writes in. Each person&apos;s own calendar is in the first of their languages.</source>
        <translation>El idioma de los calendarios que todos comparten (prensa, voluntariado, funciones, organización), y del calendario y los correos de quien no indica ningún idioma en que Planner escribe. El calendario propio de cada persona está en el primero de sus idiomas.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="377"/>
        <location filename="../../src/planner/ui/main_window/editing.py" line="295"/>
        <source>Copy day</source>
        <translation>Copiar día</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="381"/>
        <source>Copy &amp;from:</source>
        <translation>Copiar &amp;desde:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="392"/>
        <source>&amp;Repeat on:</source>
        <translation>&amp;Repetir los:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="395"/>
        <source>&amp;Until:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="398"/>
        <source>&amp;Onto:</source>
        <translation>&amp;En:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/editors.py" line="432"/>
        <source>  (already has items; they stay)</source>
        <translation>  (ya tiene elementos; se conservan)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/grid_bar.py" line="27"/>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/grid_bar.py" line="27"/>
        <location filename="../../src/planner/ui/grid_bar.py" line="99"/>
        <source>Previous week</source>
        <translation>Semana anterior</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/grid_bar.py" line="28"/>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/grid_bar.py" line="28"/>
        <source>Go to the week of today</source>
        <translation>Ir a la semana de hoy</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/grid_bar.py" line="29"/>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/grid_bar.py" line="29"/>
        <location filename="../../src/planner/ui/grid_bar.py" line="100"/>
        <source>Next week</source>
        <translation>Semana siguiente</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/grid_bar.py" line="33"/>
        <source>Week shown</source>
        <translation>Semana mostrada</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/grid_bar.py" line="36"/>
        <source>Go to the nearest day with something planned</source>
        <translation>Ir al día más cercano con algo previsto</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/grid_bar.py" line="41"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/grid_bar.py" line="41"/>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/grid_bar.py" line="42"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/grid_bar.py" line="42"/>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/grid_bar.py" line="48"/>
        <source>Show location</source>
        <translation>Lugar mostrado</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/grid_bar.py" line="49"/>
        <source>Show one location&apos;s windows, turns and shifts, or all of them</source>
        <translation>Mostrar las franjas, turnos y turnos de voluntariado de un lugar, o de todos</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/grid_bar.py" line="53"/>
        <source>Stop showing one person&apos;s turns and shifts</source>
        <translation>Dejar de resaltar los turnos de una persona</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/grid_bar.py" line="79"/>
        <source>Showing {name} ✕</source>
        <translation>Resaltando a {name} ✕</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/grid_bar.py" line="97"/>
        <source>Go to {day}</source>
        <translation>Ir al {day}</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/grid_bar.py" line="99"/>
        <source>Previous day</source>
        <translation>Día anterior</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/grid_bar.py" line="100"/>
        <source>Next day</source>
        <translation>Día siguiente</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/grid_bar.py" line="119"/>
        <location filename="../../src/planner/ui/run_sheet_dialog.py" line="51"/>
        <source>All locations</source>
        <translation>Todos los lugares</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/import_preview.py" line="62"/>
        <source>Rows of the file and what each would do</source>
        <translation>Filas del archivo y qué haría cada una</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/import_preview.py" line="63"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/import_preview.py" line="63"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/import_preview.py" line="71"/>
        <source>added; {namesake}</source>
        <translation>se añade; {namesake}</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/import_preview.py" line="73"/>
        <source>added</source>
        <translation>se añade</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/import_preview.py" line="77"/>
        <source>updates the person already listed</source>
        <translation>actualiza a la persona ya registrada</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/import_preview.py" line="78"/>
        <source>unchanged: listed already as the row has them</source>
        <translation>sin cambios: ya registrada como la tiene la fila</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/import_preview.py" line="91"/>
        <source>%n row(s) repeating an earlier one</source>
        <translation>
            <numerusform>%n fila que repite una anterior</numerusform>
            <numerusform>%n filas que repiten otras anteriores</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/import_preview.py" line="70"/>
        <source>not added: {why}</source>
        <translation>no se añade: {why}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/import_preview.py" line="39"/>
        <source>This workbook has %n sheet(s) with columns to read. Read which one?</source>
        <translation>
            <numerusform>Este libro tiene %n hoja con columnas que leer. ¿Cuál se lee?</numerusform>
            <numerusform>Este libro tiene %n hojas con columnas que leer. ¿Cuál se lee?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/import_preview.py" line="40"/>
        <source>All %n sheets, as one list</source>
        <translation>
            <numerusform>La %n hoja, como una sola lista</numerusform>
            <numerusform>Las %n hojas, como una sola lista</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/import_preview.py" line="63"/>
        <source>Sheet, line</source>
        <translation>Hoja, línea</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/import_preview.py" line="75"/>
        <source>the same person as {where}: this row&apos;s values are taken</source>
        <translation>la misma persona que en la {where}: se toman los valores de esta fila</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/import_preview.py" line="87"/>
        <source>%n row(s) to add</source>
        <translation>
            <numerusform>%n fila para añadir</numerusform>
            <numerusform>%n filas para añadir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/import_preview.py" line="87"/>
        <source>%n row(s) to update</source>
        <translation>
            <numerusform>%n fila para actualizar</numerusform>
            <numerusform>%n filas para actualizar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/import_preview.py" line="89"/>
        <source>%n row(s) unchanged</source>
        <translation>
            <numerusform>%n fila sin cambios</numerusform>
            <numerusform>%n filas sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/import_preview.py" line="92"/>
        <source>%n row(s) with problems</source>
        <translation>
            <numerusform>%n fila con problemas</numerusform>
            <numerusform>%n filas con problemas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/import_preview.py" line="98"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/window.py" line="182"/>
        <source>Read-only: Save makes a copy</source>
        <translation>Solo lectura: Guardar hace una copia</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/conflict_text.py" line="79"/>
        <location filename="../../src/planner/ui/main_window/window.py" line="217"/>
        <location filename="../../src/planner/ui/panels.py" line="217"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/window.py" line="219"/>
        <location filename="../../src/planner/ui/press.py" line="129"/>
        <source>Press list</source>
        <translation>Lista de prensa</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/window.py" line="223"/>
        <location filename="../../src/planner/ui/main_window/window.py" line="262"/>
        <source>Undo history</source>
        <translation>Historial de cambios</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/window.py" line="263"/>
        <source>Opened</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/window.py" line="222"/>
        <location filename="../../src/planner/ui/warnings_panel.py" line="27"/>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/window.py" line="193"/>
        <source>Exporting calendars…</source>
        <translation>Exportando calendarios…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/window.py" line="339"/>
        <source>A teammate changed what you changed: File ▸ Conflicts… shows both</source>
        <translation>Alguien del equipo cambió lo mismo que usted: Archivo ▸ Conflictos… muestra las dos versiones</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/window.py" line="346"/>
        <source>Could not keep a recovery copy of the changes: {why}</source>
        <translation>No se pudo guardar una copia de recuperación de los cambios: {why}</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/window.py" line="361"/>
        <source>About Planner</source>
        <translation>Acerca de Planner</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/window.py" line="372"/>
        <source>Report a problem</source>
        <translation>Informar de un problema</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/window.py" line="372"/>
        <source>Copied to the clipboard; paste it into your report:</source>
        <translation>Copiado al portapapeles; péguelo en su informe:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/window.py" line="399"/>
        <source>Getting the team&apos;s latest changes first…</source>
        <translation>Primero se traen los últimos cambios del equipo…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/window.py" line="406"/>
        <source>The server could not be reached: this copy of the plan is used, without teammates&apos; latest changes.</source>
        <translation>No se pudo conectar con el servidor: se usa esta copia del plan, sin los últimos cambios del equipo.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/window.py" line="431"/>
        <source>{name} (read-only)</source>
        <translation>{name} (solo lectura)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/window.py" line="435"/>
        <source>Shared: {state}</source>
        <translation>Compartido: {state}</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/window.py" line="463"/>
        <source>calendars in English</source>
        <translation>calendarios en inglés</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/window.py" line="464"/>
        <source>calendars in Spanish</source>
        <translation>calendarios en español</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/menus.py" line="65"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/menus.py" line="66"/>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/menus.py" line="67"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/menus.py" line="68"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/menus.py" line="71"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/menus.py" line="73"/>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/menus.py" line="75"/>
        <source>&amp;Keep Unsaved Changes Every</source>
        <translation>&amp;Guardar copia de los cambios cada</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/menus.py" line="76"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/menus.py" line="76"/>
        <source>30 seconds</source>
        <translation>30 segundos</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/menus.py" line="76"/>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/menus.py" line="76"/>
        <source>5 minutes</source>
        <translation>5 minutos</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/menus.py" line="82"/>
        <source>&amp;Import Calendar…</source>
        <translation>&amp;Importar calendario…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/menus.py" line="95"/>
        <source>&amp;Export Calendars…</source>
        <translation>&amp;Exportar calendarios…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/menus.py" line="101"/>
        <source>Export People (&amp;CSV)…</source>
        <translation>Exportar personas (&amp;CSV)…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/menus.py" line="103"/>
        <source>Export Run Sheet (P&amp;DF)…</source>
        <translation>Exportar hoja de servicio (P&amp;DF)…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/menus.py" line="104"/>
        <source>&amp;Print Run Sheet…</source>
        <translation>Imprimir &amp;hoja de servicio…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/menus.py" line="107"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/menus.py" line="113"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/menus.py" line="114"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/menus.py" line="116"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/menus.py" line="120"/>
        <source>&amp;Edit Selected…</source>
        <translation>&amp;Editar lo seleccionado…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/editing.py" line="194"/>
        <location filename="../../src/planner/ui/main_window/menus.py" line="123"/>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/editing.py" line="189"/>
        <location filename="../../src/planner/ui/main_window/menus.py" line="127"/>
        <source>&amp;Assign Person…</source>
        <translation>&amp;Asignar persona…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/editing.py" line="199"/>
        <location filename="../../src/planner/ui/main_window/menus.py" line="129"/>
        <source>&amp;Copy Day To…</source>
        <translation>&amp;Copiar día a…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/menus.py" line="132"/>
        <source>Plan &amp;Details…</source>
        <translation>Da&amp;tos del plan…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/editing.py" line="200"/>
        <location filename="../../src/planner/ui/main_window/menus.py" line="133"/>
        <source>Day &amp;Note…</source>
        <translation>&amp;Nota del día…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/menus.py" line="134"/>
        <source>Rename &amp;Plan…</source>
        <translation>Cambiar nombre del &amp;plan…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/menus.py" line="139"/>
        <source>Edit &amp;Location</source>
        <translation>Editar &amp;lugar</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/menus.py" line="141"/>
        <source>Remo&amp;ve Location</source>
        <translation>Q&amp;uitar lugar</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/menus.py" line="142"/>
        <source>Re&amp;move Role</source>
        <translation>Quitar func&amp;ión</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/menus.py" line="148"/>
        <source>&amp;Snap To</source>
        <translation>A&amp;justar a</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/menus.py" line="149"/>
        <source>{minutes} minutes</source>
        <translation>{minutes} minutos</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/menus.py" line="155"/>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/menus.py" line="156"/>
        <source>Media &amp;Window…</source>
        <translation>&amp;Franja de prensa…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/menus.py" line="157"/>
        <source>&amp;Shift…</source>
        <translation>&amp;Turno de voluntariado…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/menus.py" line="158"/>
        <source>&amp;Person…</source>
        <translation>&amp;Persona…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/menus.py" line="160"/>
        <source>&amp;Location…</source>
        <translation>&amp;Lugar…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/menus.py" line="162"/>
        <source>&amp;Role…</source>
        <translation>Fu&amp;nción…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/menus.py" line="140"/>
        <source>Edit R&amp;ole</source>
        <translation>Editar f&amp;unción</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/menus.py" line="28"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/menus.py" line="29"/>
        <source>&amp;About Planner</source>
        <translation>&amp;Acerca de Planner</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/menus.py" line="31"/>
        <source>&amp;Report a Problem…</source>
        <translation>&amp;Informar de un problema…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/menus.py" line="84"/>
        <source>P&amp;ublish to Calendar Server…</source>
        <translation>P&amp;ublicar en un servidor de calendarios…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/menus.py" line="87"/>
        <source>S&amp;hare on Server…</source>
        <translation>Compar&amp;tir en el servidor…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/menus.py" line="88"/>
        <source>Open from Ser&amp;ver…</source>
        <translation>Abrir desde el ser&amp;vidor…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/menus.py" line="90"/>
        <source>S&amp;ync Now</source>
        <translation>Sincroni&amp;zar ahora</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/menus.py" line="92"/>
        <source>Con&amp;flicts…</source>
        <translation>Con&amp;flictos…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/menus.py" line="98"/>
        <source>Import &amp;People (Spreadsheet, vCard)…</source>
        <translation>Importar &amp;personas (hoja de cálculo, vCard)…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/menus.py" line="167"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/menus.py" line="168"/>
        <source>&amp;Previous Week</source>
        <translation>Semana &amp;anterior</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/menus.py" line="169"/>
        <source>&amp;Next Week</source>
        <translation>Semana &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/menus.py" line="170"/>
        <source>&amp;This Week</source>
        <translation>&amp;Esta semana</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/menus.py" line="171"/>
        <source>&amp;Go to Date…</source>
        <translation>Ir a &amp;fecha…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/menus.py" line="174"/>
        <source>&amp;Day</source>
        <translation>&amp;Día</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/menus.py" line="176"/>
        <source>&amp;Week</source>
        <translation>&amp;Semana</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/menus.py" line="183"/>
        <source>&amp;Agenda…</source>
        <translation>&amp;Agenda…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/menus.py" line="185"/>
        <source>Zoom &amp;In</source>
        <translation>A&amp;cercar</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/menus.py" line="187"/>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/menus.py" line="189"/>
        <source>&amp;Fit the Day</source>
        <translation>&amp;Ajustar el día</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/menus.py" line="193"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/menus.py" line="194"/>
        <source>System default</source>
        <translation>El del sistema</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/menus.py" line="202"/>
        <source>&amp;Rotation</source>
        <translation>&amp;Rotación</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/menus.py" line="203"/>
        <source>&amp;Generate Rotation…</source>
        <translation>&amp;Generar rotación…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/menus.py" line="204"/>
        <source>&amp;Repair After Absence…</source>
        <translation>&amp;Reparar tras una ausencia…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/menus.py" line="206"/>
        <source>&amp;Press</source>
        <translation>&amp;Prensa</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/menus.py" line="207"/>
        <source>&amp;Release Schedule…</source>
        <translation>&amp;Publicar programa…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/menus.py" line="208"/>
        <source>Release &amp;History…</source>
        <translation>&amp;Historial de publicaciones…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/menus.py" line="209"/>
        <source>&amp;Outbox…</source>
        <translation>&amp;Bandeja de salida…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/files.py" line="455"/>
        <source>No recent plans</source>
        <translation>No hay planes recientes</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/files.py" line="46"/>
        <source>Open plan</source>
        <translation>Abrir plan</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/files.py" line="66"/>
        <location filename="../../src/planner/ui/main_window/files.py" line="187"/>
        <location filename="../../src/planner/ui/main_window/window.py" line="295"/>
        <source>Could not open the plan</source>
        <translation>No se pudo abrir el plan</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/files.py" line="76"/>
        <source>Open Read-Only</source>
        <translation>Abrir solo para lectura</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/files.py" line="76"/>
        <location filename="../../src/planner/ui/main_window/files.py" line="179"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/files.py" line="78"/>
        <source>Take Over</source>
        <translation>Tomar el control</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/files.py" line="79"/>
        <source>{holder}.

Open it read-only? You can look and edit, and save your version under another name.</source>
        <translation>{holder}.

¿Abrirlo solo para lectura? Puede verlo y editarlo, y guardar su versión con otro nombre.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/files.py" line="81"/>
        <source>The plan is open elsewhere</source>
        <translation>El plan está abierto en otro lugar</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/files.py" line="153"/>
        <source>Save plan as</source>
        <translation>Guardar plan como</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/files.py" line="168"/>
        <source>Could not save the plan</source>
        <translation>No se pudo guardar el plan</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/files.py" line="169"/>
        <source>Your changes are still open here; nothing was lost.</source>
        <translation>Sus cambios siguen abiertos aquí; no se ha perdido nada.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/files.py" line="173"/>
        <source>Saved {path}</source>
        <translation>Guardado {path}</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/files.py" line="178"/>
        <source>Save your version as a copy, or reload the file and lose your unsaved changes?</source>
        <translation>¿Guardar su versión como copia, o volver a cargar el archivo y perder los cambios sin guardar?</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/files.py" line="179"/>
        <source>Save As Copy…</source>
        <translation>Guardar como copia…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/files.py" line="179"/>
        <source>Reload</source>
        <translation>Volver a cargar</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/files.py" line="180"/>
        <source>The plan was changed elsewhere</source>
        <translation>El plan cambió en otro lugar</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/files.py" line="212"/>
        <source>Export calendars to folder</source>
        <translation>Exportar calendarios a la carpeta</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/files.py" line="226"/>
        <location filename="../../src/planner/ui/main_window/files.py" line="234"/>
        <source>Could not share the plan</source>
        <translation>No se pudo compartir el plan</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/files.py" line="226"/>
        <source>Save the plan first: the shared plan is linked to its file.</source>
        <translation>Guarde primero el plan: el plan compartido queda vinculado a su archivo.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/files.py" line="242"/>
        <source>Linked to {url}, where the shared plan already is: your changes and the team&apos;s are merged</source>
        <translation>Vinculado a {url}, donde ya está el plan compartido: sus cambios y los del equipo se han combinado</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/files.py" line="243"/>
        <source>Shared as {url}: teammates open it with File ▸ Open from Server</source>
        <translation>Compartido como {url}: el equipo lo abre con Archivo ▸ Abrir desde el servidor</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/main_window/files.py" line="287"/>
        <source>Calendars in {folder} written as the plan was at Export: {changed} of %n file(s)</source>
        <translation>
            <numerusform>Calendarios de {folder} escritos con el plan tal como estaba al exportar: {changed} de %n archivo</numerusform>
            <numerusform>Calendarios de {folder} escritos con el plan tal como estaba al exportar: {changed} de %n archivos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/files.py" line="288"/>
        <source>(export again for the edits since)</source>
        <translation>(exporte de nuevo para incluir los cambios posteriores)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/files.py" line="299"/>
        <source>Could not export the calendars</source>
        <translation>No se pudieron exportar los calendarios</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/main_window/files.py" line="290"/>
        <source>Calendars in {folder} are up to date: {changed} of %n file(s) written</source>
        <translation>
            <numerusform>Los calendarios de {folder} están al día: {changed} de %n archivo escritos</numerusform>
            <numerusform>Los calendarios de {folder} están al día: {changed} de %n archivos escritos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/main_window/files.py" line="332"/>
        <source>Added %n media window(s) from {file}.</source>
        <translation>
            <numerusform>Se añadió %n franja de prensa de {file}.</numerusform>
            <numerusform>Se añadieron %n franjas de prensa de {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/main_window/files.py" line="391"/>
        <source>Wrote %n person(s) to {path}</source>
        <translation>
            <numerusform>Se escribió %n persona en {path}</numerusform>
            <numerusform>Se escribieron %n personas en {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/main_window/files.py" line="461"/>
        <source>This plan has %n warning(s)</source>
        <translation>
            <numerusform>Este plan tiene %n aviso</numerusform>
            <numerusform>Este plan tiene %n avisos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/main_window/files.py" line="482"/>
        <source>Planner did not close properly. %n unsaved change(s) to {name} from {time} can be restored.</source>
        <translation>
            <numerusform>Planner no se cerró bien. Se puede recuperar %n cambio sin guardar de {name} de {time}.</numerusform>
            <numerusform>Planner no se cerró bien. Se pueden recuperar %n cambios sin guardar de {name} de {time}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/files.py" line="323"/>
        <source>Import calendar</source>
        <translation>Importar calendario</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/files.py" line="315"/>
        <source>Finishing the calendar export: Planner closes when it is done…</source>
        <translation>Terminando la exportación de calendarios: Planner se cerrará cuando acabe…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/files.py" line="330"/>
        <source>Could not import the calendar</source>
        <translation>No se pudo importar el calendario</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/files.py" line="339"/>
        <source>Calendar imported in part</source>
        <translation>Calendario importado en parte</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/files.py" line="337"/>
        <source>Not taken:</source>
        <translation>No se tomaron:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/files.py" line="339"/>
        <source>Calendar imported</source>
        <translation>Calendario importado</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/files.py" line="346"/>
        <source>Import people</source>
        <translation>Importar personas</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/files.py" line="361"/>
        <source>Could not read the people</source>
        <translation>No se pudieron leer las personas</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/files.py" line="356"/>
        <source>Import people — {file}</source>
        <translation>Importar personas — {file}</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/files.py" line="368"/>
        <source>Import people from {file}</source>
        <translation>Importar personas de {file}</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/files.py" line="377"/>
        <source>people</source>
        <translation>personas</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/files.py" line="378"/>
        <source>Export people</source>
        <translation>Exportar personas</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/files.py" line="388"/>
        <source>Could not export the people</source>
        <translation>No se pudieron exportar las personas</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/files.py" line="398"/>
        <source>{title} run sheet</source>
        <translation>{title} hoja de servicio</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/files.py" line="399"/>
        <source>run sheet</source>
        <translation>hoja de servicio</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/files.py" line="400"/>
        <source>Export run sheet</source>
        <translation>Exportar hoja de servicio</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/files.py" line="413"/>
        <source>Could not write the run sheet</source>
        <translation>No se pudo escribir la hoja de servicio</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/files.py" line="416"/>
        <source>Wrote the run sheet ({pages} pages) to {path}</source>
        <translation>Se escribió la hoja de servicio ({pages} páginas) en {path}</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/files.py" line="484"/>
        <source>Restore unsaved changes?</source>
        <translation>¿Restaurar los cambios sin guardar?</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/files.py" line="484"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/files.py" line="484"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/files.py" line="484"/>
        <source>Not Now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/files.py" line="499"/>
        <source>Could not restore the changes</source>
        <translation>No se pudieron restaurar los cambios</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/files.py" line="505"/>
        <source>Restore unsaved changes</source>
        <translation>Restaurar cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="251"/>
        <source>Release schedule</source>
        <translation>Publicar programa</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/press.py" line="34"/>
        <source>Could not release the schedule</source>
        <translation>No se pudo publicar el programa</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/main_window/press.py" line="40"/>
        <source>Release {number} ({name}) kept: %n message(s) waiting in Press ▸ Outbox.</source>
        <translation>
            <numerusform>Publicación {number} ({name}) guardada: %n mensaje esperando en Prensa ▸ Bandeja de salida.</numerusform>
            <numerusform>Publicación {number} ({name}) guardada: %n mensajes esperando en Prensa ▸ Bandeja de salida.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="239"/>
        <location filename="../../src/planner/ui/press.py" line="256"/>
        <source>No changes for the press.</source>
        <translation>No hay cambios para la prensa.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/editing.py" line="49"/>
        <source>Not changed: {reason}</source>
        <translation>Sin cambios: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/editing.py" line="59"/>
        <location filename="../../src/planner/ui/main_window/editing.py" line="134"/>
        <location filename="../../src/planner/ui/main_window/editing.py" line="172"/>
        <location filename="../../src/planner/ui/main_window/editing.py" line="269"/>
        <location filename="../../src/planner/ui/main_window/editing.py" line="307"/>
        <source>This change cannot be made</source>
        <translation>Este cambio no se puede hacer</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/editing.py" line="68"/>
        <source>Edit media window</source>
        <translation>Editar franja de prensa</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/editing.py" line="75"/>
        <source>Edit turn</source>
        <translation>Editar turno</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/editing.py" line="77"/>
        <source>Edit shift</source>
        <translation>Editar turno de voluntariado</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/editing.py" line="84"/>
        <source>Select one turn or shift on the grid to edit it</source>
        <translation>Seleccione un turno en la cuadrícula para editarlo</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/editing.py" line="92"/>
        <source>Edit {name}</source>
        <translation>Editar a {name}</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/editing.py" line="98"/>
        <source>Add person</source>
        <translation>Añadir persona</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/editing.py" line="104"/>
        <source>Add location</source>
        <translation>Añadir lugar</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/editing.py" line="104"/>
        <source>Edit location</source>
        <translation>Editar lugar</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/editing.py" line="111"/>
        <source>Add role</source>
        <translation>Añadir función</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/editing.py" line="111"/>
        <source>Edit role</source>
        <translation>Editar función</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/editing.py" line="120"/>
        <source>None yet</source>
        <translation>Ninguno todavía</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/editing.py" line="123"/>
        <location filename="../../src/planner/ui/main_window/editing.py" line="146"/>
        <source>Remove {name}</source>
        <translation>Quitar {name}</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/editing.py" line="136"/>
        <source>{what}. Edit ▸ Undo brings it back.</source>
        <translation>{what}. Editar ▸ Deshacer lo recupera.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/editing.py" line="153"/>
        <source>Add a location first</source>
        <translation>Primero añada un lugar</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/editing.py" line="153"/>
        <source>A media window happens at one of the plan&apos;s locations.</source>
        <translation>Una franja de prensa ocurre en uno de los lugares del plan.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/editing.py" line="161"/>
        <source>Add media window</source>
        <translation>Añadir franja de prensa</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/editing.py" line="170"/>
        <source>Add turn {when}</source>
        <translation>Añadir turno {when}</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/editing.py" line="176"/>
        <source>Turn added: Edit ▸ Assign Person… (or right-click it) puts someone on it</source>
        <translation>Turno añadido: Editar ▸ Asignar persona… (o clic derecho sobre él) pone a alguien</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/editing.py" line="185"/>
        <source>&amp;Edit Media Window…</source>
        <translation>&amp;Editar ventana de prensa…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/editing.py" line="188"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/editing.py" line="192"/>
        <source>Take {name} Off</source>
        <translation>Quitar a {name}</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/editing.py" line="197"/>
        <source>Add &amp;Shift Here…</source>
        <translation>Añadir &amp;turno de voluntariado aquí…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/editing.py" line="198"/>
        <source>Add Media &amp;Window Here…</source>
        <translation>Añadir &amp;ventana de prensa aquí…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/editing.py" line="208"/>
        <source>Take {name} off</source>
        <translation>Quitar a {name}</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/editing.py" line="217"/>
        <source>Add a role and a location first</source>
        <translation>Primero añada una función y un lugar</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/editing.py" line="217"/>
        <source>A shift is a role done at one of the plan&apos;s locations.</source>
        <translation>Un turno de voluntariado es una función en uno de los lugares del plan.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/editing.py" line="225"/>
        <source>Add shift</source>
        <translation>Añadir turno de voluntariado</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/editing.py" line="245"/>
        <source>Edit plan details</source>
        <translation>Editar datos del plan</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/merge.py" line="94"/>
        <location filename="../../src/planner/ui/main_window/editing.py" line="251"/>
        <location filename="../../src/planner/ui/main_window/editing.py" line="253"/>
        <source>Day note</source>
        <translation>Nota del día</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/editing.py" line="251"/>
        <source>A note for {day} (shown on the run sheet):</source>
        <translation>Una nota para {day} (aparece en la hoja de servicio):</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/editing.py" line="259"/>
        <source>Select one turn or shift on the grid first</source>
        <translation>Primero seleccione un turno en la cuadrícula</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/editing.py" line="280"/>
        <source>Who takes the turn {when}?</source>
        <translation>¿Quién toma el turno del {when}?</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/editing.py" line="283"/>
        <source>Who takes the {role} shift {when}?</source>
        <translation>¿Quién toma el turno de {role} del {when}?</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/assign.py" line="39"/>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/assign.py" line="114"/>
        <source>Assign person</source>
        <translation>Asignar persona</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/assign.py" line="120"/>
        <source>Type to find a name</source>
        <translation>Escriba para buscar un nombre</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/assign.py" line="121"/>
        <source>Find a name</source>
        <translation>Buscar un nombre</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/assign.py" line="51"/>
        <source>Can take it</source>
        <translation>Puede tomarlo</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/assign.py" line="51"/>
        <source>On duty (share)</source>
        <translation>De servicio (parte justa)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/assign.py" line="51"/>
        <source>That day</source>
        <translation>Ese día</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/assign.py" line="126"/>
        <source>Candidates</source>
        <translation>Candidatos</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/assign.py" line="143"/>
        <source>&amp;Assign</source>
        <translation>&amp;Asignar</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/assign.py" line="96"/>
        <source>✓ would rather not</source>
        <translation>✓ preferiría no</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/assign.py" line="98"/>
        <source>{hours} of {most}</source>
        <translation>{hours} de {most}</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/assign.py" line="102"/>
        <source>{languages} (not the window&apos;s language)</source>
        <translation>{languages} (no habla el idioma de la ventana)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/assign.py" line="103"/>
        <source>{hours} of {share}</source>
        <translation>{hours} de {share}</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/window.py" line="350"/>
        <source>The new language shows the next time Planner starts.</source>
        <translation>El nuevo idioma se verá la próxima vez que se abra Planner.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/editing.py" line="302"/>
        <source>Plan title:</source>
        <translation>Título del plan:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/files.py" line="205"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/files.py" line="206"/>
        <source>Save the changes to {name}?</source>
        <translation>¿Guardar los cambios en {name}?</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/window.py" line="438"/>
        <source>{name}[*] — Planner</source>
        <translation>{name}[*] — Planner</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/window.py" line="453"/>
        <source>no days yet</source>
        <translation>todavía sin días</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window/window.py" line="454"/>
        <source>{title}   ·   {when}   ·   times in {zone}</source>
        <translation>{title}   ·   {when}   ·   horas en {zone}</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/panels.py" line="44"/>
        <source>Locations</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/panels.py" line="74"/>
        <source>&lt;i&gt;No location yet.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Todavía no hay lugar.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/panels.py" line="77"/>
        <source>Open in map</source>
        <translation>Abrir en el mapa</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/sheets.py" line="57"/>
        <location filename="../../src/planner/ui/panels.py" line="95"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/panels.py" line="96"/>
        <source>Title / affiliation</source>
        <translation>Cargo / afiliación</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/panels.py" line="165"/>
        <source>Find by name, role, language or phone</source>
        <translation>Buscar por nombre, función, idioma o teléfono</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/panels.py" line="166"/>
        <source>Find people</source>
        <translation>Buscar personas</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/sheets.py" line="61"/>
        <location filename="../../src/planner/ui/assign.py" line="51"/>
        <location filename="../../src/planner/ui/panels.py" line="97"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/sheets.py" line="59"/>
        <location filename="../../src/planner/ui/conflict_text.py" line="81"/>
        <location filename="../../src/planner/ui/panels.py" line="99"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/panels.py" line="229"/>
        <source>Subscription &amp;Link…</source>
        <translation>&amp;Enlace de suscripción…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/panels.py" line="232"/>
        <source>&amp;Remove Person</source>
        <translation>&amp;Quitar persona</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/legend.py" line="25"/>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/legend.py" line="46"/>
        <source>Media availability</source>
        <translation>Disponibilidad para prensa</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/legend.py" line="46"/>
        <source>Spokesperson turn</source>
        <translation>Turno de portavoz</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/legend.py" line="52"/>
        <source>Needs people</source>
        <translation>Falta gente</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/legend.py" line="55"/>
        <source>Conflict with a teammate</source>
        <translation>Conflicto con alguien del equipo</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/merge.py" line="95"/>
        <location filename="../../src/planner/ui/press.py" line="82"/>
        <source>Journalist</source>
        <translation>Periodista</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/sheets.py" line="56"/>
        <location filename="../../src/planner/storage/sheets.py" line="66"/>
        <location filename="../../src/planner/ui/assign.py" line="51"/>
        <location filename="../../src/planner/ui/conflict_text.py" line="81"/>
        <location filename="../../src/planner/ui/import_preview.py" line="63"/>
        <location filename="../../src/planner/ui/panels.py" line="94"/>
        <location filename="../../src/planner/ui/press.py" line="49"/>
        <location filename="../../src/planner/ui/press.py" line="90"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/sheets.py" line="58"/>
        <location filename="../../src/planner/storage/sheets.py" line="67"/>
        <location filename="../../src/planner/ui/conflict_text.py" line="81"/>
        <location filename="../../src/planner/ui/panels.py" line="98"/>
        <location filename="../../src/planner/ui/press.py" line="51"/>
        <location filename="../../src/planner/ui/press.py" line="90"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/sheets.py" line="62"/>
        <source>Speaker role</source>
        <translation>Perfil de portavoz</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/i18n.py" line="17"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/i18n.py" line="17"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/i18n.py" line="85"/>
        <source>Plans</source>
        <translation>Planes</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/i18n.py" line="85"/>
        <source>Planner documents</source>
        <translation>Documentos de Planner</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/i18n.py" line="86"/>
        <source>JSON plans</source>
        <translation>Planes en JSON</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/i18n.py" line="86"/>
        <source>Calendars</source>
        <translation>Calendarios</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/i18n.py" line="87"/>
        <source>Spreadsheets</source>
        <translation>Hojas de cálculo</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/i18n.py" line="88"/>
        <source>Spreadsheets and contact cards</source>
        <translation>Hojas de cálculo y tarjetas de contacto</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/sheets.py" line="68"/>
        <location filename="../../src/planner/ui/press.py" line="50"/>
        <location filename="../../src/planner/ui/press.py" line="90"/>
        <source>Outlet</source>
        <translation>Medio</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/sheets.py" line="69"/>
        <location filename="../../src/planner/ui/conflict_text.py" line="82"/>
        <location filename="../../src/planner/ui/press.py" line="52"/>
        <location filename="../../src/planner/ui/press.py" line="91"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="97"/>
        <source>&amp;Outlet:</source>
        <translation>&amp;Medio:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="98"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/press.py" line="156"/>
        <source>A name is needed.</source>
        <translation>Hace falta un nombre.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="138"/>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="138"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="138"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="140"/>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="145"/>
        <source>Import a press list: a spreadsheet (CSV, Excel, OpenDocument) or contact cards (vCard)</source>
        <translation>Importar una lista de prensa: una hoja de cálculo (CSV, Excel, OpenDocument) o tarjetas de contacto (vCard)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="158"/>
        <source>Add journalist</source>
        <translation>Añadir periodista</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="166"/>
        <source>Edit journalist</source>
        <translation>Editar periodista</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="172"/>
        <source>Remove journalist</source>
        <translation>Quitar periodista</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="175"/>
        <source>Import press list</source>
        <translation>Importar lista de prensa</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="189"/>
        <source>Could not read the press list</source>
        <translation>No se pudo leer la lista de prensa</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="196"/>
        <source>Import press list from {file}</source>
        <translation>Importar lista de prensa de {file}</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="206"/>
        <source>Import press list — {file}</source>
        <translation>Importar lista de prensa — {file}</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="214"/>
        <source>Release history</source>
        <translation>Historial de publicaciones</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="217"/>
        <source>Releases</source>
        <translation>Publicaciones</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="221"/>
        <source>{number}. {name} — {when}</source>
        <translation>{number}. {name} — {when}</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="224"/>
        <source>Changes in this release</source>
        <translation>Cambios en esta publicación</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="233"/>
        <source>No releases yet: Press ▸ Release Schedule… makes the first.</source>
        <translation>Aún no hay publicaciones: Prensa ▸ Publicar programa… hace la primera.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="254"/>
        <source>Name of this release</source>
        <translation>Nombre de esta publicación</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="255"/>
        <source>Changes for the press:</source>
        <translation>Cambios para la prensa:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/press.py" line="258"/>
        <source>%n warning(s) in the plan:</source>
        <translation>
            <numerusform>%n aviso en el plan:</numerusform>
            <numerusform>%n avisos en el plan:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/press.py" line="262"/>
        <source>… and %n more (View ▸ Warnings lists them all)</source>
        <translation>
            <numerusform>… y %n aviso más (Ver ▸ Avisos los muestra todos)</numerusform>
            <numerusform>… y %n avisos más (Ver ▸ Avisos los muestra todos)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="266"/>
        <source>What this release changes</source>
        <translation>Qué cambia esta publicación</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/press.py" line="270"/>
        <source>&amp;Release</source>
        <translation>&amp;Publicar</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/outbox.py" line="64"/>
        <source>Send invitations</source>
        <translation>Enviar invitaciones</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/outbox.py" line="70"/>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (normalmente puerto 587)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/outbox.py" line="71"/>
        <source>TLS (usually port 465)</source>
        <translation>TLS (normalmente puerto 465)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/outbox.py" line="74"/>
        <source>leave empty to use the one in the keyring</source>
        <translation>déjela vacía para usar la del llavero</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/outbox.py" line="77"/>
        <source>SMTP &amp;server:</source>
        <translation>&amp;Servidor SMTP:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/outbox.py" line="77"/>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/outbox.py" line="78"/>
        <source>&amp;Security:</source>
        <translation>S&amp;eguridad:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/outbox.py" line="78"/>
        <location filename="../../src/planner/ui/publish_dialog.py" line="81"/>
        <location filename="../../src/planner/ui/team_dialogs.py" line="67"/>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/outbox.py" line="79"/>
        <location filename="../../src/planner/ui/publish_dialog.py" line="82"/>
        <location filename="../../src/planner/ui/team_dialogs.py" line="68"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/outbox.py" line="85"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/outbox.py" line="162"/>
        <source>invitation</source>
        <translation>invitación</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/outbox.py" line="163"/>
        <source>moved</source>
        <translation>cambio de hora o lugar</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/outbox.py" line="164"/>
        <source>spokespeople changed</source>
        <translation>cambio de portavoces</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/outbox.py" line="166"/>
        <source>back on</source>
        <translation>confirmada de nuevo</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/outbox.py" line="186"/>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/outbox.py" line="436"/>
        <source>Stopped: {sent} sent, {refused} refused. </source>
        <translation>Detenido: {sent} enviados, {refused} rechazados. </translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/outbox.py" line="123"/>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/outbox.py" line="123"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/outbox.py" line="123"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/outbox.py" line="199"/>
        <source>Message preview</source>
        <translation>Vista previa del mensaje</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/outbox.py" line="207"/>
        <source>Save as .eml…</source>
        <translation>Guardar como .eml…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/outbox.py" line="209"/>
        <source>Send…</source>
        <translation>Enviar…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/outbox.py" line="213"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/outbox.py" line="246"/>
        <source>Working out what is owed…</source>
        <translation>Calculando los mensajes pendientes…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/outbox.py" line="155"/>
        <source>schedule</source>
        <translation>horario</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/outbox.py" line="155"/>
        <source>schedule changed</source>
        <translation>cambio de horario</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/outbox.py" line="348"/>
        <source>%n message(s) pending</source>
        <translation>
            <numerusform>%n mensaje pendiente</numerusform>
            <numerusform>%n mensajes pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/outbox.py" line="349"/>
        <source>, %n cannot be sent</source>
        <translation>
            <numerusform>, %n no se puede enviar</numerusform>
            <numerusform>, %n no se pueden enviar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/outbox.py" line="294"/>
        <source>Nothing to send: every journalist has the latest release, and everyone with a link has been told their schedule.</source>
        <translation>Nada que enviar: cada periodista tiene la última publicación, y cada persona con enlace conoce su horario.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/outbox.py" line="299"/>
        <source>%n person(s) with an e-mail and a turn or shift have no link yet: their schedule e-mail waits until File ▸ Publish to Calendar Server… gives them one.</source>
        <translation>
            <numerusform>%n persona con correo y un turno no tiene enlace todavía: su correo con el horario espera a que Archivo ▸ Publicar en un servidor de calendarios… le dé uno.</numerusform>
            <numerusform>%n personas con correo y un turno no tienen enlace todavía: su correo con el horario espera a que Archivo ▸ Publicar en un servidor de calendarios… les dé uno.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/outbox.py" line="323"/>
        <source>Saving… {saved} of {total}</source>
        <translation>Guardando… {saved} de {total}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/outbox.py" line="327"/>
        <source>Saved %n message(s) to {folder}; nothing was sent.</source>
        <translation>
            <numerusform>Se guardó %n mensaje en {folder}; no se envió nada.</numerusform>
            <numerusform>Se guardaron %n mensajes en {folder}; no se envió nada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/outbox.py" line="330"/>
        <source>%n could not be made (the first): {why}</source>
        <translation>
            <numerusform>%n no se pudo crear: {why}</numerusform>
            <numerusform>%n no se pudieron crear; el primero: {why}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/outbox.py" line="341"/>
        <source>Could not save the messages</source>
        <translation>No se pudieron guardar los mensajes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/outbox.py" line="383"/>
        <source>Sending %n message(s)…</source>
        <translation>
            <numerusform>Enviando %n mensaje…</numerusform>
            <numerusform>Enviando %n mensajes…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/outbox.py" line="309"/>
        <source>Save messages to folder</source>
        <translation>Guardar mensajes en la carpeta</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/outbox.py" line="367"/>
        <location filename="../../src/planner/ui/outbox.py" line="372"/>
        <location filename="../../src/planner/ui/outbox.py" line="446"/>
        <source>Could not send</source>
        <translation>No se pudo enviar</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/outbox.py" line="393"/>
        <source>Sending… {sent} of {total} sent</source>
        <translation>Enviando… {sent} de {total} enviados</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/outbox.py" line="395"/>
        <source>, {refused} refused</source>
        <translation>, {refused} rechazados</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/outbox.py" line="215"/>
        <source>Stopping after this message…</source>
        <translation>Deteniendo tras este mensaje…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/outbox.py" line="216"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/outbox.py" line="433"/>
        <source>%n left to {names}, who is sending them; </source>
        <translation>
            <numerusform>%n queda para {names}, que lo está enviando; </numerusform>
            <numerusform>%n quedan para {names}, que los está enviando; </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/outbox.py" line="434"/>
        <source>Sent {sent}; {refused} refused; {untried} not tried (connection lost). </source>
        <translation>Enviados {sent}; {refused} rechazados; {untried} sin intentar (se perdió la conexión). </translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/rotation.py" line="52"/>
        <source>Repair rotation after an absence</source>
        <translation>Reparar la rotación tras una ausencia</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/rotation.py" line="94"/>
        <source>Spokespeople and their limits</source>
        <translation>Portavoces y sus límites</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/merge.py" line="94"/>
        <location filename="../../src/planner/ui/conflict_text.py" line="80"/>
        <location filename="../../src/planner/ui/rotation.py" line="95"/>
        <source>Role</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/rotation.py" line="95"/>
        <source>Hours a day</source>
        <translation>Horas al día</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/rotation.py" line="95"/>
        <source>Turns in a row</source>
        <translation>Turnos seguidos</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/rotation.py" line="96"/>
        <source>Rest (h)</source>
        <translation>Descanso (h)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/rotation.py" line="96"/>
        <source>Days in a row</source>
        <translation>Días seguidos</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/rotation.py" line="124"/>
        <source>To change a spokesperson&apos;s limits, edit the person.</source>
        <translation>Para cambiar los límites de un portavoz, edite a la persona.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/rotation.py" line="133"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/rotation.py" line="134"/>
        <source>Time limit</source>
        <translation>Tiempo máximo</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/rotation.py" line="135"/>
        <source>Search for at most:</source>
        <translation>Buscar como máximo:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/rotation.py" line="139"/>
        <source>Who is out</source>
        <translation>Quién falta</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/rotation.py" line="144"/>
        <source>Out from</source>
        <translation>Falta desde</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/rotation.py" line="150"/>
        <source>Who is out:</source>
        <translation>Quién falta:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/rotation.py" line="151"/>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/rotation.py" line="152"/>
        <source>Repair</source>
        <translation>Reparar</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/rotation.py" line="152"/>
        <source>Generate</source>
        <translation>Generar</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/rotation.py" line="155"/>
        <source>Constraints</source>
        <translation>Restricciones</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/rotation.py" line="157"/>
        <source>Health limits per person (defaults by role; stricter for strikers):</source>
        <translation>Límites de salud por persona (por defecto según el perfil; más estrictos para huelguistas):</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/rotation.py" line="171"/>
        <source>Proposal (changed turns outlined)</source>
        <translation>Propuesta (turnos cambiados resaltados)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/rotation.py" line="62"/>
        <source>Rotation report</source>
        <translation>Informe de la rotación</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/rotation.py" line="66"/>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/rotation.py" line="192"/>
        <source>Searching for a rotation (at most {seconds} s)…</source>
        <translation>Buscando una rotación (como máximo {seconds} s)…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/rotation.py" line="207"/>
        <source>No rotation is possible as things stand:</source>
        <translation>No hay rotación posible tal como están las cosas:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/rotation.py" line="209"/>
        <source>No rotation was found in the time given:</source>
        <translation>No se encontró una rotación en el tiempo dado:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/rotation.py" line="220"/>
        <source>{hours} h (fair share {share} h)</source>
        <translation>{hours} h (parte justa {share} h)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/rotation.py" line="224"/>
        <source>{name}: {turns} turns, {share}, {prime} prime, {reluctant} not preferred</source>
        <translation>{name}: {turns} turnos, {share}, {prime} destacados, {reluctant} no preferidos</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/rotation.py" line="233"/>
        <source>Repair rotation</source>
        <translation>Reparar rotación</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/rotation.py" line="52"/>
        <location filename="../../src/planner/ui/rotation.py" line="233"/>
        <source>Generate rotation</source>
        <translation>Generar rotación</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/warnings_panel.py" line="51"/>
        <source>Checking the plan…</source>
        <translation>Revisando el plan…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/warnings_panel.py" line="54"/>
        <source>No warnings: every window is covered and nobody is double-booked.</source>
        <translation>Sin avisos: cada franja está cubierta y nadie tiene dos turnos a la vez.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/checks.py" line="150"/>
        <source>media window {span}</source>
        <translation>franja de prensa {span}</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/checks.py" line="153"/>
        <source>turn {span}</source>
        <translation>turno {span}</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/checks.py" line="154"/>
        <source>{role} shift {span}</source>
        <translation>turno de {role} {span}</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/checks.py" line="167"/>
        <source>unknown role</source>
        <translation>función desconocida</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/checks.py" line="178"/>
        <source>{item}: the end is not after the start</source>
        <translation>{item}: el final no es posterior al inicio</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/checks.py" line="171"/>
        <source>start</source>
        <translation>inicio</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/checks.py" line="162"/>
        <source>{span} at {place}</source>
        <translation>{span} en {place}</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/checks.py" line="171"/>
        <source>end</source>
        <translation>final</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/checks.py" line="188"/>
        <source>{item}: the {which} {time} does not exist in {zone} that day (clocks spring forward)</source>
        <translation>{item}: el {which} {time} no existe en {zone} ese día (se adelantan los relojes)</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/checks.py" line="201"/>
        <source>{item}: the {which} {time} happens twice in {zone} that day (clocks fall back); the first one is used</source>
        <translation>{item}: el {which} {time} ocurre dos veces en {zone} ese día (se atrasan los relojes); se usa el primero</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/checks.py" line="218"/>
        <source>media window refers to unknown location {id}</source>
        <translation>la franja de prensa remite a un lugar desconocido {id}</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/checks.py" line="222"/>
        <source>turn refers to unknown window {id}</source>
        <translation>el turno remite a una franja desconocida {id}</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/checks.py" line="225"/>
        <source>turn is assigned to unknown person {id}</source>
        <translation>el turno está asignado a una persona desconocida {id}</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/checks.py" line="228"/>
        <source>shift refers to unknown role {id}</source>
        <translation>el turno de voluntariado remite a una función desconocida {id}</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/checks.py" line="231"/>
        <source>shift refers to unknown location {id}</source>
        <translation>el turno de voluntariado remite a un lugar desconocido {id}</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/checks.py" line="235"/>
        <source>shift is assigned to unknown person {id}</source>
        <translation>el turno de voluntariado está asignado a una persona desconocida {id}</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/checks.py" line="253"/>
        <source>turn {turn} lies outside its media window {window}</source>
        <translation>el turno {turn} queda fuera de su franja de prensa {window}</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/checks.py" line="274"/>
        <source>media window {window} has no spokesperson {gap}</source>
        <translation>la franja de prensa {window} no tiene portavoz {gap}</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/checks.py" line="303"/>
        <source>{shift} has {count} of {needed} people</source>
        <translation>{shift} tiene {count} de {needed} personas</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/checks.py" line="340"/>
        <source>{name} is double-booked: {item} overlaps {other}</source>
        <translation>{name} tiene dos cosas a la vez: {item} se solapa con {other}</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/checks.py" line="352"/>
        <source>{who} has more than 1 turn in a row (until {time})</source>
        <translation>{who} tiene más de 1 turno seguido (hasta las {time})</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/checks.py" line="353"/>
        <source>{who} has more than {count} turns in a row (until {time})</source>
        <translation>{who} tiene más de {count} turnos seguidos (hasta las {time})</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/checks.py" line="358"/>
        <source>{who} is on duty more than 1 day in a row</source>
        <translation>{who} está de turno más de 1 día seguido</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/checks.py" line="373"/>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/checks.py" line="384"/>
        <source>{who} is on camera {hours} h; at most {most} h a day</source>
        <translation>{who} está ante la cámara {hours} h; como máximo {most} h al día</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/checks.py" line="389"/>
        <source>{who} rests {rest} min before the turn {turn}; needs {needed} min</source>
        <translation>{who} descansa {rest} min antes del turno {turn}; necesita {needed} min</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/checks.py" line="359"/>
        <source>{who} is on duty more than {count} days in a row</source>
        <translation>{who} está de turno más de {count} días seguidos</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/edits.py" line="81"/>
        <source>{when}: already in the plan, left as it is</source>
        <translation>{when}: ya está en el plan, se deja como está</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/edits.py" line="84"/>
        <source>{when}: one of this plan&apos;s own media windows, left as it is</source>
        <translation>{when}: es una de las ventanas de prensa de este mismo plan, se deja como está</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/edits.py" line="90"/>
        <source>{when}: no location given and the plan has none; add one first</source>
        <translation>{when}: no se indica lugar y el plan no tiene ninguno; añada uno primero</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/edits.py" line="93"/>
        <source>{when}: the plan has a media window at that time and place, left as it is</source>
        <translation>{when}: el plan ya tiene una ventana de prensa a esa hora y en ese lugar, se deja como está</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/edits.py" line="155"/>
        <source>No turn or shift has the id {id}</source>
        <translation>Ningún turno tiene el identificador {id}</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/edits.py" line="168"/>
        <location filename="../../src/planner/domain/edits.py" line="216"/>
        <location filename="../../src/planner/domain/edits.py" line="369"/>
        <source>{item}: the start</source>
        <translation>{item}: el inicio</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/edits.py" line="169"/>
        <location filename="../../src/planner/domain/edits.py" line="217"/>
        <location filename="../../src/planner/domain/edits.py" line="370"/>
        <source>{item}: the end</source>
        <translation>{item}: el final</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/edits.py" line="171"/>
        <source>{item}: the end ({end}) must be after the start ({start})</source>
        <translation>{item}: el final ({end}) debe ser posterior al inicio ({start})</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/edits.py" line="185"/>
        <location filename="../../src/planner/domain/edits.py" line="496"/>
        <source>No person has the id {id}</source>
        <translation>Ninguna persona tiene el identificador {id}</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/edits.py" line="188"/>
        <source>{name} is a {kind}; only a {wanted} can take {item}</source>
        <translation>{name} es {kind}; solo alguien de tipo {wanted} puede tomar {item}</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/edits.py" line="219"/>
        <location filename="../../src/planner/domain/edits.py" line="372"/>
        <source>{item}: the end must be after the start</source>
        <translation>{item}: el final debe ser posterior al inicio</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/edits.py" line="263"/>
        <source>The media window {time} copied to {day}</source>
        <translation>La franja de prensa de las {time} copiada al {day}</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/edits.py" line="268"/>
        <source>The turn {time} copied to {day}</source>
        <translation>El turno de las {time} copiado al {day}</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/edits.py" line="273"/>
        <source>The shift {time} copied to {day}</source>
        <translation>El turno de voluntariado de las {time} copiado al {day}</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/edits.py" line="287"/>
        <source>{what} ({when}) does not exist in {zone}: the clocks skip it</source>
        <translation>{what} ({when}) no existe en {zone}: los relojes se la saltan</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/edits.py" line="299"/>
        <source>the turn {when}</source>
        <translation>el turno del {when}</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/edits.py" line="300"/>
        <source>the shift {when}</source>
        <translation>el turno de voluntariado del {when}</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/edits.py" line="334"/>
        <source>A location needs a name</source>
        <translation>Un lugar necesita un nombre</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/edits.py" line="338"/>
        <source>{name}: the {what} {value} is not between {low} and {high}</source>
        <translation>{name}: la {what} {value} no está entre {low} y {high}</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/press.py" line="143"/>
        <source>A person needs a name</source>
        <translation>Una persona necesita un nombre</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/edits.py" line="361"/>
        <source>A role needs a name</source>
        <translation>Una función necesita un nombre</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/edits.py" line="368"/>
        <source>The media window {when}</source>
        <translation>La franja de prensa del {when}</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/edits.py" line="374"/>
        <source>{item}: choose one of the plan&apos;s locations</source>
        <translation>{item}: elija uno de los lugares del plan</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/edits.py" line="420"/>
        <source>{zone} is this computer&apos;s name for a zone, which calendar apps do not know; choose a place&apos;s, e.g. America/Los_Angeles</source>
        <translation>{zone} es el nombre que este ordenador da a una zona, que las aplicaciones de calendario no conocen; elija la de un lugar, p. ej. America/Los_Angeles</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/edits.py" line="440"/>
        <source>{language} is not a language Planner writes in ({written})</source>
        <translation>{language} no es un idioma en que Planner escriba ({written})</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/edits.py" line="479"/>
        <source>The plan needs a title</source>
        <translation>El plan necesita un título</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/edits.py" line="481"/>
        <source>The plan title cannot have a line break: it goes into every invitation&apos;s subject</source>
        <translation>El título del plan no puede tener saltos de línea: va en el asunto de cada invitación</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/edits.py" line="444"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/edits.py" line="444"/>
        <source>e-mail</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/edits.py" line="444"/>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/edits.py" line="445"/>
        <source>The press contact&apos;s {field}: {problem}</source>
        <translation>El {field} del contacto de prensa: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/edits.py" line="431"/>
        <source>{zone} is not an IANA time zone, e.g. America/Los_Angeles</source>
        <translation>{zone} no es una zona horaria IANA, p. ej. America/Los_Angeles</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/edits.py" line="514"/>
        <source>No location has the id {id}</source>
        <translation>Ningún lugar tiene el identificador {id}</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/edits.py" line="518"/>
        <source>{name} still has {windows} media windows and {shifts} shifts; move or remove them first</source>
        <translation>{name} aún tiene {windows} franjas de prensa y {shifts} turnos de voluntariado; muévalos o quítelos primero</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/edits.py" line="527"/>
        <source>No role has the id {id}</source>
        <translation>Ninguna función tiene el identificador {id}</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/edits.py" line="530"/>
        <source>{name} still has {shifts} shifts; give them another role or remove them first</source>
        <translation>{name} aún tiene {shifts} turnos de voluntariado; deles otra función o quítelos primero</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/runsheet.py" line="100"/>
        <source>Media availability {hours} at {place}</source>
        <translation>Disponibilidad para prensa {hours} en {place}</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/runsheet.py" line="102"/>
        <source>{window} — CANCELLED</source>
        <translation>{window} — CANCELADA</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/runsheet.py" line="91"/>
        <source>— nobody yet —</source>
        <translation>— nadie todavía —</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/runsheet.py" line="93"/>
        <source>pinned</source>
        <translation>fijado</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/runsheet.py" line="108"/>
        <location filename="../../src/planner/ui/outbox.py" line="165"/>
        <location filename="../../src/planner/ui/outbox.py" line="167"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/runsheet.py" line="109"/>
        <source>needs {count} more</source>
        <translation>faltan {count}</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/runsheet.py" line="113"/>
        <source>{staffing}; {notes}</source>
        <translation>{staffing}; {notes}</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/runsheet.py" line="114"/>
        <source>{people} ({count}/{needed})</source>
        <translation>{people} ({count}/{needed})</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/runsheet.py" line="114"/>
        <source>nobody yet</source>
        <translation>nadie todavía</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/runsheet.py" line="129"/>
        <source>{window}, from {day}</source>
        <translation>{window}, desde el {day}</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/runsheet.py" line="132"/>
        <source>from {day}</source>
        <translation>desde el {day}</translation>
    </message>
    <message>
        <location filename="../../src/planner/rotation/explain.py" line="12"/>
        <source>No rotation was found in the time given; try a longer time limit.</source>
        <translation>No se encontró una rotación en el tiempo dado; pruebe con más tiempo.</translation>
    </message>
    <message>
        <location filename="../../src/planner/rotation/explain.py" line="38"/>
        <source>{count} spokespeople on every turn</source>
        <translation>{count} portavoces en cada turno</translation>
    </message>
    <message>
        <location filename="../../src/planner/rotation/explain.py" line="38"/>
        <source>1 spokesperson on every turn</source>
        <translation>1 portavoz en cada turno</translation>
    </message>
    <message>
        <location filename="../../src/planner/rotation/explain.py" line="41"/>
        <source>{first} and {second}</source>
        <translation>{first} y {second}</translation>
    </message>
    <message>
        <location filename="../../src/planner/rotation/explain.py" line="42"/>
        <source>{needs}, one each of {roles}</source>
        <translation>{needs}, uno de cada: {roles}</translation>
    </message>
    <message>
        <location filename="../../src/planner/rotation/explain.py" line="44"/>
        <source>{needs}, someone who speaks {language}</source>
        <translation>{needs}, alguien que hable {language}</translation>
    </message>
    <message>
        <location filename="../../src/planner/rotation/explain.py" line="45"/>
        <source>Cannot cover the media window {day} {hours}: it needs {needs}.</source>
        <translation>No se puede cubrir la franja de prensa del {day} {hours}: necesita {needs}.</translation>
    </message>
    <message>
        <location filename="../../src/planner/rotation/explain.py" line="50"/>
        <source>The pinned turn {turn} cannot stay as it is.</source>
        <translation>El turno fijado {turn} no puede quedarse como está.</translation>
    </message>
    <message>
        <location filename="../../src/planner/rotation/explain.py" line="54"/>
        <source>Limits in the way: {name} ({role}) — at most {hours} h on camera a day, {turns} turns in a row, {rest} h rest between stints, {days} days in a row.</source>
        <translation>Límites que lo impiden: {name} ({role}) — como máximo {hours} h ante la cámara al día, {turns} turnos seguidos, {rest} h de descanso entre tandas, {days} días seguidos.</translation>
    </message>
    <message>
        <location filename="../../src/planner/rotation/explain.py" line="59"/>
        <source>The requirements contradict each other; no single window or limit could be named.</source>
        <translation>Los requisitos se contradicen; no se pudo señalar una sola franja o límite.</translation>
    </message>
    <message>
        <location filename="../../src/planner/rotation/explain.py" line="67"/>
        <source>The plan has no spokespeople to put on its {count} turns: add them in the People panel (kind spokesperson), or import them from a spreadsheet.</source>
        <translation>El plan no tiene portavoces para sus {count} turnos: añádalos en el panel Personas (tipo portavoz), o impórtelos de una hoja de cálculo.</translation>
    </message>
    <message>
        <location filename="../../src/planner/rotation/explain.py" line="75"/>
        <source>{turn}: needs a spokesperson but none is available then (each is unavailable or busy with a shift)</source>
        <translation>{turn}: necesita un portavoz pero ninguno está disponible entonces (no pueden o tienen un turno de voluntariado)</translation>
    </message>
    <message>
        <location filename="../../src/planner/rotation/explain.py" line="79"/>
        <source>{turn}: needs {needed} spokespeople but only {available} are available then (the others are unavailable or busy with a shift)</source>
        <translation>{turn}: necesita {needed} portavoces pero solo {available} están disponibles entonces (las demás no pueden o tienen un turno de voluntariado)</translation>
    </message>
    <message>
        <location filename="../../src/planner/rotation/explain.py" line="86"/>
        <source>{day} {hours}</source>
        <translation>{day} {hours}</translation>
    </message>
    <message>
        <location filename="../../src/planner/ical/importer.py" line="51"/>
        <source>{source}: more than {most} MB, more than a calendar of media windows needs</source>
        <translation>{source}: más de {most} MB, más de lo que necesita un calendario de franjas de prensa</translation>
    </message>
    <message>
        <location filename="../../src/planner/ical/importer.py" line="53"/>
        <source>{source}: {size} MB is more than a calendar of media windows needs (at most {most} MB)</source>
        <translation>{source}: {size} MB es más de lo que necesita un calendario de franjas de prensa (como mucho {most} MB)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ical/importer.py" line="69"/>
        <source>{source}: not an iCalendar file (it does not begin with BEGIN:VCALENDAR)</source>
        <translation>{source}: no es un archivo iCalendar (no empieza por BEGIN:VCALENDAR)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ical/importer.py" line="75"/>
        <source>{source}: not an iCalendar file ({why})</source>
        <translation>{source}: no es un archivo iCalendar ({why})</translation>
    </message>
    <message>
        <location filename="../../src/planner/ical/importer.py" line="78"/>
        <source>{source}: no VCALENDAR in the file</source>
        <translation>{source}: el archivo no tiene VCALENDAR</translation>
    </message>
    <message>
        <location filename="../../src/planner/ical/importer.py" line="85"/>
        <source>{event}: {problem}</source>
        <translation>{event}: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/planner/ical/importer.py" line="96"/>
        <source>{event}: repeats; give a date range (--from/--to) to take its occurrences</source>
        <translation>{event}: se repite; indique un intervalo de fechas (--from/--to) para tomar sus repeticiones</translation>
    </message>
    <message>
        <location filename="../../src/planner/ical/importer.py" line="105"/>
        <source>{file}: the repeating events cannot be expanded ({why})</source>
        <translation>{file}: no se pueden expandir los eventos que se repiten ({why})</translation>
    </message>
    <message>
        <location filename="../../src/planner/ical/importer.py" line="113"/>
        <source>{event}: repeats, but not between {first} and {last}; give the dates with --from and --to to take it</source>
        <translation>{event}: se repite, pero no entre {first} y {last}; indique las fechas con --from y --to para tomarlo</translation>
    </message>
    <message>
        <location filename="../../src/planner/ical/importer.py" line="117"/>
        <source>{file}: time zone {tzid} is not described in the file nor known; its times were read as {zone} times</source>
        <translation>{file}: la zona horaria {tzid} no está descrita en el archivo ni es conocida; sus horas se leyeron como horas de {zone}</translation>
    </message>
    <message>
        <location filename="../../src/planner/ical/importer.py" line="121"/>
        <source>{file}: no events in the file</source>
        <translation>{file}: no hay eventos en el archivo</translation>
    </message>
    <message>
        <location filename="../../src/planner/ical/importer.py" line="153"/>
        <source>{source}: more than {most} occurrences between {first} and {last} (or more than {seconds} s to list them); give a shorter range with --from and --to</source>
        <translation>{source}: más de {most} repeticiones entre {first} y {last} (o más de {seconds} s para listarlas); indique un intervalo más corto con --from y --to</translation>
    </message>
    <message>
        <location filename="../../src/planner/ical/importer.py" line="189"/>
        <source>repeats with INTERVAL={interval}; it must be 1 or more</source>
        <translation>se repite con INTERVAL={interval}; debe ser 1 o más</translation>
    </message>
    <message>
        <location filename="../../src/planner/ical/importer.py" line="191"/>
        <source>repeats every second or minute; a media window repeats daily or weekly</source>
        <translation>se repite cada segundo o cada minuto; una franja de prensa se repite a diario o cada semana</translation>
    </message>
    <message>
        <location filename="../../src/planner/ical/importer.py" line="193"/>
        <source>its repeat rule cannot be read ({why})</source>
        <translation>no se puede leer su regla de repetición ({why})</translation>
    </message>
    <message>
        <location filename="../../src/planner/ical/importer.py" line="209"/>
        <source>{event}: cannot be read ({why})</source>
        <translation>{event}: no se puede leer ({why})</translation>
    </message>
    <message>
        <location filename="../../src/planner/ical/importer.py" line="220"/>
        <source>{event}: cancelled, skipped</source>
        <translation>{event}: cancelado, se omite</translation>
    </message>
    <message>
        <location filename="../../src/planner/ical/importer.py" line="223"/>
        <source>{event}: has no start</source>
        <translation>{event}: no tiene inicio</translation>
    </message>
    <message>
        <location filename="../../src/planner/ical/importer.py" line="228"/>
        <source>{event}: an all-day event cannot be a media window; give it start and end times</source>
        <translation>{event}: un evento de día completo no puede ser una franja de prensa; dele hora de inicio y de fin</translation>
    </message>
    <message>
        <location filename="../../src/planner/ical/importer.py" line="236"/>
        <source>{event}: has no end or duration</source>
        <translation>{event}: no tiene final ni duración</translation>
    </message>
    <message>
        <location filename="../../src/planner/ical/importer.py" line="239"/>
        <source>{event}: not between {first} and {last}</source>
        <translation>{event}: no está entre {first} y {last}</translation>
    </message>
    <message>
        <location filename="../../src/planner/ical/importer.py" line="245"/>
        <source>{event}: {time} does not exist in {zone} that day (the clocks spring forward); taken as {taken} {plan_zone}, as calendar apps read it</source>
        <translation>{event}: las {time} no existen en {zone} ese día (se adelantan los relojes); se toma como las {taken} {plan_zone}, como lo leen las aplicaciones de calendario</translation>
    </message>
    <message>
        <location filename="../../src/planner/ical/importer.py" line="251"/>
        <source>{event}: ends before it starts</source>
        <translation>{event}: termina antes de empezar</translation>
    </message>
    <message>
        <location filename="../../src/planner/ical/importer.py" line="256"/>
        <source>{event}: lasts more than 24 hours; split it into one event per day</source>
        <translation>{event}: dura más de 24 horas; divídalo en un evento por día</translation>
    </message>
    <message>
        <location filename="../../src/planner/ical/importer.py" line="305"/>
        <source>{file}: event {title} on {day}</source>
        <translation>{file}: evento {title} del {day}</translation>
    </message>
    <message>
        <location filename="../../src/planner/ical/importer.py" line="306"/>
        <source>{file}: event {title}</source>
        <translation>{file}: evento {title}</translation>
    </message>
    <message>
        <location filename="../../src/planner/printing/runsheet.py" line="84"/>
        <source>{day} (continued)</source>
        <translation>{day} (continuación)</translation>
    </message>
    <message>
        <location filename="../../src/planner/printing/runsheet.py" line="90"/>
        <location filename="../../src/planner/printing/runsheet.py" line="273"/>
        <source>{title} — run sheet</source>
        <translation>{title} — hoja de servicio</translation>
    </message>
    <message>
        <location filename="../../src/planner/printing/runsheet.py" line="92"/>
        <source>Times in {zone}.   Press contact: {contact}.   Page {page} of {pages}</source>
        <translation>Horas en {zone}.   Contacto de prensa: {contact}.   Página {page} de {pages}</translation>
    </message>
    <message>
        <location filename="../../src/planner/printing/runsheet.py" line="105"/>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd, d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <location filename="../../src/planner/printing/runsheet.py" line="155"/>
        <source>No days planned yet</source>
        <translation>Todavía no hay días planificados</translation>
    </message>
    <message>
        <location filename="../../src/planner/printing/runsheet.py" line="172"/>
        <location filename="../../src/planner/ui/agenda.py" line="23"/>
        <source>Volunteer shifts</source>
        <translation>Turnos de voluntariado</translation>
    </message>
    <message>
        <location filename="../../src/planner/printing/runsheet.py" line="186"/>
        <source>Subscribe to your schedule</source>
        <translation>Suscríbase a su horario</translation>
    </message>
    <message>
        <location filename="../../src/planner/printing/runsheet.py" line="204"/>
        <source>Scan with your phone&apos;s camera to see your shifts in your calendar, kept up to date.</source>
        <translation>Escanéelo con la cámara del teléfono para ver sus turnos en su calendario, siempre al día.</translation>
    </message>
    <message>
        <location filename="../../src/planner/printing/runsheet.py" line="251"/>
        <source>{path}: the folder {folder} does not exist</source>
        <translation>{path}: la carpeta {folder} no existe</translation>
    </message>
    <message>
        <location filename="../../src/planner/printing/runsheet.py" line="281"/>
        <source>{path}: the PDF could not be written</source>
        <translation>{path}: no se pudo escribir el PDF</translation>
    </message>
    <message>
        <location filename="../../src/planner/words.py" line="89"/>
        <source>striker</source>
        <translation>huelguista</translation>
    </message>
    <message>
        <location filename="../../src/planner/words.py" line="90"/>
        <source>clinician</source>
        <translation>clínico/a</translation>
    </message>
    <message>
        <location filename="../../src/planner/words.py" line="91"/>
        <source>union officer</source>
        <translation>delegado/a sindical</translation>
    </message>
    <message>
        <location filename="../../src/planner/words.py" line="92"/>
        <source>other</source>
        <translation>otro perfil</translation>
    </message>
    <message>
        <location filename="../../src/planner/words.py" line="93"/>
        <source>spokesperson</source>
        <translation>portavoz</translation>
    </message>
    <message>
        <location filename="../../src/planner/words.py" line="94"/>
        <source>volunteer</source>
        <translation>voluntario/a</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/releases.py" line="125"/>
        <source>Added: {day} {hours}</source>
        <translation>Añadida: {day} {hours}</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/releases.py" line="127"/>
        <source>Cancelled: {day} {hours}</source>
        <translation>Cancelada: {day} {hours}</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/releases.py" line="130"/>
        <source>Reinstated: {day} {hours}</source>
        <translation>Restablecida: {day} {hours}</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/releases.py" line="135"/>
        <source>Moved: {old_day} {old_hours} → {day} {hours} at {place}</source>
        <translation>Movida: {old_day} {old_hours} → {day} {hours} en {place}</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/releases.py" line="137"/>
        <source>Moved: {old_day} {old_hours} → {day} {hours}</source>
        <translation>Movida: {old_day} {old_hours} → {day} {hours}</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/releases.py" line="140"/>
        <source>Re-staffed: {day} {hours}</source>
        <translation>Cambio de portavoces: {day} {hours}</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/releases.py" line="144"/>
        <source>Removed: {day} {hours}</source>
        <translation>Quitada: {day} {hours}</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/ledger.py" line="181"/>
        <source>{messages}: {new} new invitations, {updates} updates, {cancels} cancellations</source>
        <translation>{messages}: {new} invitaciones nuevas, {updates} actualizaciones, {cancels} cancelaciones</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/ledger.py" line="182"/>
        <source>1 message</source>
        <translation>1 mensaje</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/ledger.py" line="182"/>
        <location filename="../../src/planner/cli.py" line="498"/>
        <location filename="../../src/planner/cli.py" line="580"/>
        <location filename="../../src/planner/cli.py" line="724"/>
        <source>{n} messages</source>
        <translation>{n} mensajes</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/staffing.py" line="19"/>
        <source>{day} {hours}: {before} → {after}</source>
        <translation>{day} {hours}: {before} → {after}</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/staffing.py" line="27"/>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/candidates.py" line="93"/>
        <source>unavailable then</source>
        <translation>no disponible a esa hora</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/candidates.py" line="98"/>
        <source>already on {what} {hours}</source>
        <translation>ya está en {what} {hours}</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/candidates.py" line="98"/>
        <source>a turn</source>
        <translation>un turno</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/candidates.py" line="99"/>
        <source>a shift</source>
        <translation>un turno de voluntariado</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/candidates.py" line="134"/>
        <source>{hours} h on camera that day; at most {most} h</source>
        <translation>{hours} h ante cámara ese día; como máximo {most} h</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/candidates.py" line="138"/>
        <source>more than 1 turn in a row</source>
        <translation>más de 1 turno seguido</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/candidates.py" line="139"/>
        <source>more than {count} turns in a row</source>
        <translation>más de {count} turnos seguidos</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/candidates.py" line="141"/>
        <source>{rest} min rest between turns; needs {needed} min</source>
        <translation>{rest} min de descanso entre turnos; necesita {needed} min</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/candidates.py" line="148"/>
        <source>more than 1 day in a row</source>
        <translation>más de 1 día seguido</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/candidates.py" line="149"/>
        <source>more than {count} days in a row</source>
        <translation>más de {count} días seguidos</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/agenda.py" line="22"/>
        <source>Nothing is planned these days.</source>
        <translation>No hay nada previsto estos días.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/agenda.py" line="53"/>
        <source>Agenda: {first} – {last}</source>
        <translation>Agenda: {first} – {last}</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/agenda.py" line="56"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/agenda.py" line="60"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/about.py" line="43"/>
        <source>not installed</source>
        <translation>no instalado</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/about.py" line="51"/>
        <source>Plan a public action and publish its schedule as calendars.</source>
        <translation>Planifique una acción pública y publique su programa como calendarios.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/about.py" line="52"/>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Software libre bajo la Licencia Pública General de GNU, versión 3 o posterior.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/about.py" line="53"/>
        <source>Read the manual (README)</source>
        <translation>Leer el manual (README)</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/templates.py" line="28"/>
        <source>Press check-in</source>
        <translation>Registro de prensa</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/templates.py" line="28"/>
        <source>Safety marshal</source>
        <translation>Equipo de seguridad</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/templates.py" line="29"/>
        <source>Wellness check</source>
        <translation>Chequeo de bienestar</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/templates.py" line="69"/>
        <location filename="../../src/planner/domain/templates.py" line="90"/>
        <source>Five-day action</source>
        <translation>Acción de cinco días</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/templates.py" line="69"/>
        <source>Main site (set the address)</source>
        <translation>Sitio principal (indique la dirección)</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/templates.py" line="75"/>
        <source>Vigil</source>
        <translation>Vigilia</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/templates.py" line="75"/>
        <source>Vigil site (set the address)</source>
        <translation>Lugar de la vigilia (indique la dirección)</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/templates.py" line="82"/>
        <source>Site {letter} (set the address)</source>
        <translation>Sitio {letter} (indique la dirección)</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/templates.py" line="84"/>
        <source>Campaign week</source>
        <translation>Semana de campaña</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/templates.py" line="91"/>
        <source>Set the site&apos;s address, then add spokespeople and let Rotation ▸ Generate staff the turns.</source>
        <translation>Indique la dirección del sitio, añada portavoces y deje que Rotación ▸ Generar cubra los turnos.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/templates.py" line="96"/>
        <source>One-day vigil</source>
        <translation>Vigilia de un día</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/templates.py" line="97"/>
        <source>Set the place and time, add a few volunteers to its shifts.</source>
        <translation>Indique el lugar y la hora, y añada voluntarios a sus turnos.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/templates.py" line="102"/>
        <source>Multi-site campaign week</source>
        <translation>Semana de campaña en varios sitios</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/templates.py" line="103"/>
        <source>Name the three sites, then copy the week on with Edit ▸ Copy Day.</source>
        <translation>Nombre los tres sitios y copie la semana con Editar ▸ Copiar día.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/start_screen.py" line="27"/>
        <source>Welcome to Planner</source>
        <translation>Bienvenida a Planner</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/start_screen.py" line="32"/>
        <source>Plan the days, the press windows, the spokespeople and the volunteer shifts of a public action, then publish them as calendars. Start with:</source>
        <translation>Planifique los días, las ventanas de prensa, las portavocías y los turnos de voluntariado de una acción pública, y publíquelos como calendarios. Empiece con:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/start_screen.py" line="37"/>
        <source>The example: a five-day hunger strike</source>
        <translation>El ejemplo: una huelga de hambre de cinco días</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/start_screen.py" line="38"/>
        <source>Look around: the grid, the rotation, the press list. Save As keeps your own copy.</source>
        <translation>Eche un vistazo: la cuadrícula, la rotación, la lista de prensa. Guardar como guarda su propia copia.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/start_screen.py" line="40"/>
        <source>New plan: {name}</source>
        <translation>Plan nuevo: {name}</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/start_screen.py" line="42"/>
        <source>Open a plan…</source>
        <translation>Abrir un plan…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/start_screen.py" line="42"/>
        <source>A .planner file, or a plan in JSON.</source>
        <translation>Un archivo .planner, o un plan en JSON.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/start_screen.py" line="43"/>
        <source>Do not show this at start</source>
        <translation>No mostrar esto al empezar</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/publish_dialog.py" line="43"/>
        <source>Publish to a calendar server</source>
        <translation>Publicar en un servidor de calendarios</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/publish_dialog.py" line="50"/>
        <location filename="../../src/planner/ui/team_dialogs.py" line="53"/>
        <source>empty: the one kept in the system keyring</source>
        <translation>vacía: la guardada en el llavero del sistema</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/publish_dialog.py" line="51"/>
        <location filename="../../src/planner/ui/team_dialogs.py" line="54"/>
        <source>&amp;Keep the password in the system keyring</source>
        <translation>&amp;Guardar la contraseña en el llavero del sistema</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/publish_dialog.py" line="53"/>
        <source>Put &amp;back events deleted on the server by hand (done once a day)</source>
        <translation>&amp;Volver a poner los eventos borrados a mano en el servidor (se hace una vez al día)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/publish_dialog.py" line="54"/>
        <source>Lists every calendar&apos;s events on the server: on a campaign&apos;s, this can take a minute</source>
        <translation>Lista los eventos de cada calendario en el servidor: en los de una campaña, puede tardar un minuto</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/publish_dialog.py" line="58"/>
        <source>&amp;Overwrite the events changed on the server with the plan&apos;s version</source>
        <translation>S&amp;obrescribir los eventos cambiados en el servidor con la versión del plan</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/publish_dialog.py" line="63"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/publish_dialog.py" line="63"/>
        <location filename="../../src/planner/ui/team_dialogs.py" line="57"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/publish_dialog.py" line="63"/>
        <location filename="../../src/planner/ui/team_dialogs.py" line="57"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/publish_dialog.py" line="67"/>
        <source>What was published</source>
        <translation>Qué se publicó</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/publish_dialog.py" line="68"/>
        <source>Each feed becomes a calendar on the server; only what changed since the last publish is sent.</source>
        <translation>Cada calendario se convierte en una colección del servidor; solo se envía lo que cambió desde la última publicación.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/publish_dialog.py" line="76"/>
        <source>&amp;Publish</source>
        <translation>&amp;Publicar</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/publish_dialog.py" line="80"/>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/publish_dialog.py" line="132"/>
        <source>Publishing…</source>
        <translation>Publicando…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/publish_dialog.py" line="190"/>
        <source>Not taken by the server (sent again next time):</source>
        <translation>El servidor no los aceptó (se envían de nuevo la próxima vez):</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/publish_dialog.py" line="74"/>
        <source>Stopping after this calendar…</source>
        <translation>Deteniendo tras este calendario…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/publish_dialog.py" line="59"/>
        <source>Each publish reports them, and leaves them as they were changed there, until this is checked. A shared plan: sync first, or what a teammate published since is put back as this copy has it</source>
        <translation>Cada publicación los señala y los deja como se cambiaron allí, hasta que se marque esta casilla. En un plan compartido, sincronice antes, o lo que alguien del equipo publicó después vuelve a quedar como lo tiene esta copia</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/publish_dialog.py" line="75"/>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/publish_dialog.py" line="149"/>
        <source>Publishing calendar {number} of {total}: %n event(s) sent so far.</source>
        <translation>
            <numerusform>Publicando el calendario {number} de {total}: %n evento enviado hasta ahora.</numerusform>
            <numerusform>Publicando el calendario {number} de {total}: %n eventos enviados hasta ahora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/publish_dialog.py" line="170"/>
        <source>Stopped: %n event(s) sent</source>
        <translation>
            <numerusform>Detenido: %n evento enviado</numerusform>
            <numerusform>Detenido: %n eventos enviados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/publish_dialog.py" line="171"/>
        <source>Published: %n event(s) sent</source>
        <translation>
            <numerusform>Publicado: %n evento enviado</numerusform>
            <numerusform>Publicado: %n eventos enviados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/publish_dialog.py" line="175"/>
        <source>{deleted} deleted, {unchanged} unchanged.</source>
        <translation>{deleted} borrados, {unchanged} sin cambios.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/publish_dialog.py" line="180"/>
        <source>%n calendar(s) renamed.</source>
        <translation>
            <numerusform>%n calendario renombrado.</numerusform>
            <numerusform>%n calendarios renombrados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/publish_dialog.py" line="182"/>
        <source>What was sent is recorded: Publish sends the rest.</source>
        <translation>Lo enviado queda registrado: Publicar envía el resto.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/publish_dialog.py" line="187"/>
        <source>Not overwritten (changed on the server):</source>
        <translation>No sobrescritos (cambiados en el servidor):</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/publish_dialog.py" line="99"/>
        <location filename="../../src/planner/ui/publish_dialog.py" line="198"/>
        <source>Could not publish: {why}</source>
        <translation>No se pudo publicar: {why}</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/link_dialog.py" line="31"/>
        <source>Subscription link: {name}</source>
        <translation>Enlace de suscripción: {name}</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/link_dialog.py" line="37"/>
        <source>Subscription link</source>
        <translation>Enlace de suscripción</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/link_dialog.py" line="40"/>
        <source>QR code of the link</source>
        <translation>Código QR del enlace</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/link_dialog.py" line="44"/>
        <source>&amp;Copy Link</source>
        <translation>&amp;Copiar enlace</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/link_dialog.py" line="45"/>
        <source>&amp;New Link…</source>
        <translation>Enlace &amp;nuevo…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/link_dialog.py" line="46"/>
        <source>Make a new link; the old one stops working at the next publish</source>
        <translation>Crear un enlace nuevo; el anterior deja de funcionar en la próxima publicación</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/link_dialog.py" line="65"/>
        <source>{name} has no link yet.</source>
        <translation>{name} aún no tiene enlace.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/link_dialog.py" line="67"/>
        <source>Publish the plan to a calendar server first (File ▸ Publish to Calendar Server…): each person&apos;s own calendar gets a secret address there.</source>
        <translation>Publique primero el plan en un servidor de calendarios (Archivo ▸ Publicar en un servidor de calendarios…): allí el calendario propio de cada persona recibe una dirección secreta.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/link_dialog.py" line="70"/>
        <source>{name}&apos;s own calendar: their turns and shifts, kept up to date.</source>
        <translation>Calendario propio de {name}: sus turnos, siempre al día.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/link_dialog.py" line="75"/>
        <source>Scan with a phone&apos;s camera to subscribe (iPhone), or add the link in Google Calendar (Other calendars ▸ From URL), Outlook or Thunderbird.</source>
        <translation>Escanéelo con la cámara del teléfono para suscribirse (iPhone), o añada el enlace en Google Calendar (Otros calendarios ▸ Desde URL), Outlook o Thunderbird.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/link_dialog.py" line="78"/>
        <source>Not on the server yet: it works after the next publish.</source>
        <translation>Aún no está en el servidor: funciona tras la próxima publicación.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/link_dialog.py" line="87"/>
        <source>New link</source>
        <translation>Enlace nuevo</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/link_dialog.py" line="89"/>
        <source>Make a new link for {name}? The old one stops working at the next publish; they will need the new one to stay subscribed.</source>
        <translation>¿Crear un enlace nuevo para {name}? El anterior deja de funcionar en la próxima publicación; necesitará el nuevo para seguir suscrito/a.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/team.py" line="108"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflicto</numerusform>
            <numerusform>%n conflictos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/team.py" line="110"/>
        <source>offline, %n change(s) waiting</source>
        <translation>
            <numerusform>sin conexión, %n cambio en espera</numerusform>
            <numerusform>sin conexión, %n cambios en espera</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/team.py" line="110"/>
        <source>offline</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/team.py" line="112"/>
        <source>sign in to sync</source>
        <translation>inicie sesión para sincronizar</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/team.py" line="114"/>
        <source>no longer on the server</source>
        <translation>ya no está en el servidor</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/team.py" line="116"/>
        <source>read-only on the server, %n change(s) waiting</source>
        <translation>
            <numerusform>solo lectura en el servidor, %n cambio en espera</numerusform>
            <numerusform>solo lectura en el servidor, %n cambios en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/team.py" line="118"/>
        <source>%n change(s) the server would not take</source>
        <translation>
            <numerusform>%n cambio que el servidor no aceptó</numerusform>
            <numerusform>%n cambios que el servidor no aceptó</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/team.py" line="120"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n cambio en espera</numerusform>
            <numerusform>%n cambios en espera</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/team.py" line="121"/>
        <source>syncing…</source>
        <translation>sincronizando…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/team.py" line="121"/>
        <source>synced</source>
        <translation>sincronizado</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/team.py" line="244"/>
        <source>Changes from {names}</source>
        <translation>Cambios de {names}</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/team.py" line="244"/>
        <source>Changes from teammates</source>
        <translation>Cambios del equipo</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/team.py" line="263"/>
        <source>{why}: this copy keeps all of it; if it is gone for the whole team, File ▸ Share on Server… shares it anew, for teammates to open from there, or joins it where a teammate already has</source>
        <translation>{why}: esta copia lo conserva todo; si ya no está para todo el equipo, Archivo ▸ Compartir en el servidor… lo comparte de nuevo, para que el equipo lo abra desde allí, o vincula esta copia al plan allí donde alguien del equipo ya lo compartió de nuevo</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/team.py" line="311"/>
        <source>Keep mine</source>
        <translation>Conservar la mía</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/team.py" line="311"/>
        <source>Take theirs</source>
        <translation>Tomar la suya</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/team_dialogs.py" line="56"/>
        <source>shown to your teammates with each change</source>
        <translation>el equipo lo ve junto a cada cambio</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/conflict_text.py" line="82"/>
        <location filename="../../src/planner/ui/team_dialogs.py" line="57"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/team_dialogs.py" line="58"/>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/team_dialogs.py" line="70"/>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/team_dialogs.py" line="74"/>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/team_dialogs.py" line="142"/>
        <source>Could not reach the plan: {why}</source>
        <translation>No se pudo llegar al plan: {why}</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/team_dialogs.py" line="152"/>
        <source>Share on a calendar server</source>
        <translation>Compartir en un servidor de calendarios</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/team_dialogs.py" line="156"/>
        <source>The plan goes on the server as a calendar your teammates open with File ▸ Open from Server. Your changes and theirs meet there.</source>
        <translation>El plan se guarda en el servidor como un calendario que el equipo abre con Archivo ▸ Abrir desde el servidor. Allí se juntan sus cambios y los del equipo.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/team_dialogs.py" line="159"/>
        <source>The shared plan is no longer on its server, or no longer shared with you. Sharing it anew puts this copy, all of it, on the server below; your teammates open it from there with File ▸ Open from Server. If a teammate has shared it anew already, give the address they got: this copy joins it there, with your changes not yet synced.</source>
        <translation>El plan compartido ya no está en su servidor, o ya no está compartido con usted. Compartirlo de nuevo pone esta copia, entera, en el servidor de abajo; su equipo lo abre desde allí con Archivo ▸ Abrir desde el servidor. Si alguien del equipo ya lo compartió de nuevo, indique la dirección que obtuvo: esta copia se une a él allí, con sus cambios aún no sincronizados.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/team_dialogs.py" line="165"/>
        <source>Stopped: the plan is not shared. What was sent stays on the server, and Share finishes it.</source>
        <translation>Detenido: el plan no está compartido. Lo enviado queda en el servidor, y Compartir lo termina.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/team_dialogs.py" line="166"/>
        <source>&amp;Share</source>
        <translation>&amp;Compartir</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/team_dialogs.py" line="191"/>
        <source>Sharing…</source>
        <translation>Compartiendo…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/team_dialogs.py" line="191"/>
        <source>Sharing: {done} of {total} records on the server…</source>
        <translation>Compartiendo: {done} de {total} registros en el servidor…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/team_dialogs.py" line="204"/>
        <source>Open a shared plan</source>
        <translation>Abrir un plan compartido</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/team_dialogs.py" line="207"/>
        <source>The address your teammate got when they shared the plan.</source>
        <translation>La dirección que recibió quien compartió el plan.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/team_dialogs.py" line="209"/>
        <location filename="../../src/planner/ui/team_dialogs.py" line="227"/>
        <source>Save the copy as</source>
        <translation>Guardar la copia como</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/team_dialogs.py" line="210"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/team_dialogs.py" line="215"/>
        <source>Save the copy &amp;as:</source>
        <translation>Guardar la copia &amp;como:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/team_dialogs.py" line="219"/>
        <source>Stopped: no copy was made.</source>
        <translation>Detenido: no se hizo ninguna copia.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/team_dialogs.py" line="220"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/team_dialogs.py" line="237"/>
        <source>Choose where to save your copy.</source>
        <translation>Elija dónde guardar su copia.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/team_dialogs.py" line="251"/>
        <source>Copying the plan…</source>
        <translation>Copiando el plan…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/team_dialogs.py" line="251"/>
        <source>Copying the plan: {done} of {total} records…</source>
        <translation>Copiando el plan: {done} de {total} registros…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/team_dialogs.py" line="265"/>
        <source>Conflicts with teammates</source>
        <translation>Conflictos con el equipo</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/team_dialogs.py" line="268"/>
        <source>You and a teammate changed the same thing differently. Your version is in your plan; theirs is kept here. Nothing is sent until you choose.</source>
        <translation>Usted y alguien del equipo cambiaron lo mismo de forma distinta. Su versión está en su plan; la otra se guarda aquí. No se envía nada hasta que elija.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/team_dialogs.py" line="271"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/team_dialogs.py" line="271"/>
        <source>Changed</source>
        <translation>Cambió</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/team_dialogs.py" line="271"/>
        <source>Theirs</source>
        <translation>La suya</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/team_dialogs.py" line="271"/>
        <source>Mine</source>
        <translation>La mía</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/team_dialogs.py" line="271"/>
        <source>By</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/team_dialogs.py" line="272"/>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/team_dialogs.py" line="279"/>
        <source>Keep &amp;mine</source>
        <translation>Conservar la &amp;mía</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/team_dialogs.py" line="280"/>
        <source>Take &amp;theirs</source>
        <translation>Tomar la &amp;suya</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/conflict_text.py" line="41"/>
        <source>deleted by them</source>
        <translation>borrado por el equipo</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/conflict_text.py" line="41"/>
        <source>deleted by you</source>
        <translation>borrado por usted</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/conflict_text.py" line="42"/>
        <location filename="../../src/planner/ui/conflict_text.py" line="43"/>
        <source>(deleted)</source>
        <translation>(borrado)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/conflict_text.py" line="42"/>
        <location filename="../../src/planner/ui/conflict_text.py" line="43"/>
        <source>(kept, changed)</source>
        <translation>(conservado, con cambios)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/conflict_text.py" line="57"/>
        <source>Conflict with {who} — {field}: theirs {theirs}, mine {mine}. File ▸ Conflicts… settles it.</source>
        <translation>Conflicto con {who} — {field}: la suya {theirs}, la mía {mine}. Archivo ▸ Conflictos… lo resuelve.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/conflict_text.py" line="59"/>
        <source>a teammate</source>
        <translation>alguien del equipo</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/merge.py" line="89"/>
        <source>{role} shift, {when}</source>
        <translation>Turno de {role}, {when}</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/merge.py" line="91"/>
        <source>Spokesperson turn, {when}</source>
        <translation>Turno de portavoz, {when}</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/merge.py" line="93"/>
        <source>Media window, {when}</source>
        <translation>Franja de prensa, {when}</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/merge.py" line="96"/>
        <source>{label}: {name}</source>
        <translation>{label}: {name}</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/conflict_text.py" line="79"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/conflict_text.py" line="79"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/conflict_text.py" line="79"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/conflict_text.py" line="80"/>
        <source>Needed</source>
        <translation>Necesarias</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/sheets.py" line="60"/>
        <location filename="../../src/planner/ui/conflict_text.py" line="81"/>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/conflict_text.py" line="82"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/conflict_text.py" line="92"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/conflict_text.py" line="92"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/people_picker.py" line="83"/>
        <source>Find among %n name(s)</source>
        <translation>
            <numerusform>Buscar entre %n nombre</numerusform>
            <numerusform>Buscar entre %n nombres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/people_picker.py" line="83"/>
        <source>Find in {name}</source>
        <translation>Buscar en {name}</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/people_picker.py" line="120"/>
        <source>Nobody chosen yet</source>
        <translation>Nadie elegido todavía</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/people_picker.py" line="124"/>
        <source>Chosen: {names}</source>
        <translation>Elegidos: {names}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/people_picker.py" line="125"/>
        <source>Chosen: {names} and %n other(s)</source>
        <translation>
            <numerusform>Elegidos: {names} y %n persona más</numerusform>
            <numerusform>Elegidos: {names} y %n personas más</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/run_sheet_dialog.py" line="37"/>
        <source>Run sheet</source>
        <translation>Hoja de servicio</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/run_sheet_dialog.py" line="40"/>
        <source>The plan runs from {first} to {last}.</source>
        <translation>El plan va del {first} al {last}.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/run_sheet_dialog.py" line="43"/>
        <source>First day of the run sheet</source>
        <translation>Primer día de la hoja de servicio</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/run_sheet_dialog.py" line="44"/>
        <source>Last day of the run sheet</source>
        <translation>Último día de la hoja de servicio</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/run_sheet_dialog.py" line="61"/>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/run_sheet_dialog.py" line="62"/>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/merging.py" line="77"/>
        <source>matches {count} already listed with that name; give the e-mail to say which</source>
        <translation>coincide con {count} personas ya en la lista con ese nombre; indique el correo para saber cuál</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/merging.py" line="131"/>
        <source>{name} is listed already, with {addresses}: the same person?</source>
        <translation>{name} ya figura, con {addresses}: ¿es la misma persona?</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/people.py" line="67"/>
        <location filename="../../src/planner/domain/press.py" line="190"/>
        <source>no name</source>
        <translation>sin nombre</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/people.py" line="68"/>
        <source>kind {kind} is neither spokesperson nor volunteer</source>
        <translation>el tipo {kind} no es portavoz ni voluntario/a</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/people.py" line="70"/>
        <source>speaker role {role} is not striker, clinician, union officer or other</source>
        <translation>el rol {role} no es huelguista, clínico/a, delegado/a sindical ni otro perfil</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/press.py" line="147"/>
        <source>the phone number contains a line break</source>
        <translation>el teléfono contiene un salto de línea</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/people.py" line="121"/>
        <source>no spokesperson has the id or name {wanted}</source>
        <translation>ningún portavoz tiene el id o el nombre {wanted}</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/people.py" line="123"/>
        <source>no person has the id or name {wanted}</source>
        <translation>nadie tiene el id o el nombre {wanted}</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/people.py" line="125"/>
        <source>{count} people&apos;s names start with {wanted} ({names}); type more of the name</source>
        <translation>{count} nombres empiezan por {wanted} ({names}); escriba más del nombre</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/press.py" line="33"/>
        <source>no e-mail address</source>
        <translation>sin dirección de correo</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/press.py" line="35"/>
        <source>the e-mail address contains a line break</source>
        <translation>la dirección de correo contiene un salto de línea</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/press.py" line="39"/>
        <source>{address}: mail servers take no accents or other scripts before the @</source>
        <translation>{address}: los servidores de correo no admiten tildes ni otras escrituras antes de la @</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/press.py" line="43"/>
        <source>{address}: two addresses; give one</source>
        <translation>{address}: dos direcciones; indique una</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/press.py" line="44"/>
        <source>{address} is not an e-mail address</source>
        <translation>{address} no es una dirección de correo</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/press.py" line="134"/>
        <source>the name contains a line break</source>
        <translation>el nombre contiene un salto de línea</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/press.py" line="162"/>
        <source>{email} is on the press list already, as {name}</source>
        <translation>{email} ya está en la lista de prensa, como {name}</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/press.py" line="193"/>
        <source>language {language} is not English or Spanish</source>
        <translation>el idioma {language} no es inglés ni español</translation>
    </message>
    <message>
        <location filename="../../src/planner/publish/caldav.py" line="147"/>
        <source>{home}: the server stopped answering ({why}); what was published so far is recorded, and publishing again finishes</source>
        <translation>{home}: el servidor dejó de responder ({why}); lo publicado hasta ahora queda registrado y publicar de nuevo termina el resto</translation>
    </message>
    <message>
        <location filename="../../src/planner/publish/caldav.py" line="397"/>
        <source>{calendar}: deleted on the server; made again, at its address, with all its events</source>
        <translation>{calendar}: se borró en el servidor; creado de nuevo, en su misma dirección, con todos sus eventos</translation>
    </message>
    <message>
        <location filename="../../src/planner/publish/caldav.py" line="364"/>
        <location filename="../../src/planner/publish/caldav.py" line="446"/>
        <source>{event}: deleted on the server since it was published; put again</source>
        <translation>{event}: se borró en el servidor después de publicarse; publicado de nuevo</translation>
    </message>
    <message>
        <location filename="../../src/planner/publish/caldav.py" line="454"/>
        <source>{what}: {why}</source>
        <translation>{what}: {why}</translation>
    </message>
    <message>
        <location filename="../../src/planner/publish/caldav.py" line="460"/>
        <source>{event}: changed on the server since it was published; overwritten with the plan&apos;s version</source>
        <translation>{event}: cambió en el servidor después de publicarse; se sobrescribe con la versión del plan</translation>
    </message>
    <message>
        <location filename="../../src/planner/publish/caldav.py" line="464"/>
        <source>already on the server, not from this plan</source>
        <translation>ya está en el servidor y no viene de este plan</translation>
    </message>
    <message>
        <location filename="../../src/planner/publish/caldav.py" line="465"/>
        <location filename="../../src/planner/publish/caldav.py" line="519"/>
        <source>changed on the server since it was published</source>
        <translation>cambió en el servidor después de publicarse</translation>
    </message>
    <message>
        <location filename="../../src/planner/publish/caldav.py" line="467"/>
        <source>{event}: {why}; not overwritten</source>
        <translation>{event}: {why}; no se sobrescribe</translation>
    </message>
    <message>
        <location filename="../../src/planner/publish/caldav.py" line="516"/>
        <source>{event}: changed on the server since it was published; deleted all the same, as the plan no longer has it</source>
        <translation>{event}: cambió en el servidor después de publicarse; se borra igualmente, porque el plan ya no lo tiene</translation>
    </message>
    <message>
        <location filename="../../src/planner/publish/caldav.py" line="520"/>
        <source>{event}: {why}; not deleted</source>
        <translation>{event}: {why}; no se borra</translation>
    </message>
    <message>
        <location filename="../../src/planner/publish/caldav.py" line="582"/>
        <source>{calendar}: the server kept its old name and description ({status})</source>
        <translation>{calendar}: el servidor dejó el calendario con su nombre y descripción de antes ({status})</translation>
    </message>
    <message>
        <location filename="../../src/planner/publish/caldav.py" line="687"/>
        <source>too large for the server ({size} bytes; it takes at most {limit}): shorten its notes or description</source>
        <translation>demasiado grande para el servidor ({size} bytes; admite como mucho {limit}): acorte sus notas o su descripción</translation>
    </message>
    <message>
        <location filename="../../src/planner/publish/caldav.py" line="689"/>
        <source>the server would not take it ({status})</source>
        <translation>el servidor no lo aceptó ({status})</translation>
    </message>
    <message>
        <location filename="../../src/planner/publish/caldav.py" line="720"/>
        <location filename="../../src/planner/sync/dav.py" line="299"/>
        <source>the server refused {what}: {status}</source>
        <translation>el servidor rechazó {what}: {status}</translation>
    </message>
    <message>
        <location filename="../../src/planner/publish/caldav.py" line="737"/>
        <source>no server given: give its address, like https://cloud.example.org/remote.php/dav</source>
        <translation>no se indicó ningún servidor: indique su dirección, como https://cloud.example.org/remote.php/dav</translation>
    </message>
    <message>
        <location filename="../../src/planner/publish/caldav.py" line="771"/>
        <source>give it with --password-stdin (and --store-password to keep it there)</source>
        <translation>indíquela con --password-stdin (y --store-password para guardarla allí)</translation>
    </message>
    <message>
        <location filename="../../src/planner/publish/caldav.py" line="802"/>
        <source>{server}: answered with a web page, not as a calendar server: check the address (Nextcloud&apos;s ends in /remote.php/dav); on a network that asks you to sign in first (hotel or conference Wi-Fi), open any web page to do so, then try again</source>
        <translation>{server}: respondió con una página web, no como un servidor de calendarios: revise la dirección (la de Nextcloud termina en /remote.php/dav); en una red que pide iniciar sesión primero (wifi de un hotel o de un congreso), abra cualquier página web para hacerlo y vuelva a intentarlo</translation>
    </message>
    <message>
        <location filename="../../src/planner/publish/caldav.py" line="744"/>
        <source>{url} is not a server address; give one like https://cloud.example.org/remote.php/dav</source>
        <translation>{url} no es la dirección de un servidor; indique una como https://cloud.example.org/remote.php/dav</translation>
    </message>
    <message>
        <location filename="../../src/planner/publish/caldav.py" line="747"/>
        <source>{url}: not encrypted (http://); use https:// so the password is not sent in clear</source>
        <translation>{url}: sin cifrar (http://); use https:// para que la contraseña no viaje en claro</translation>
    </message>
    <message>
        <location filename="../../src/planner/publish/caldav.py" line="824"/>
        <source>{server}: the server gives {url} as where the calendars are, which is not encrypted (http://): not asked, so the password is not sent in clear; its administrator can make it give https:// addresses</source>
        <translation>{server}: el servidor da {url} como la dirección de los calendarios, que no está cifrada (http://): no se usa, para que la contraseña no viaje en claro; su administrador puede hacer que dé direcciones https://</translation>
    </message>
    <message>
        <location filename="../../src/planner/publish/caldav.py" line="885"/>
        <source>{server}: the server refused this account ({status}): check the user name and the address</source>
        <translation>{server}: el servidor rechazó esta cuenta ({status}): revise el nombre de usuario y la dirección</translation>
    </message>
    <message>
        <location filename="../../src/planner/publish/caldav.py" line="887"/>
        <location filename="../../src/planner/sync/engine.py" line="155"/>
        <source>{server}: the user name or password was not accepted</source>
        <translation>{server}: no se aceptó el usuario o la contraseña</translation>
    </message>
    <message>
        <location filename="../../src/planner/publish/caldav.py" line="891"/>
        <source>{server}: not reachable as a CalDAV server ({why})</source>
        <translation>{server}: no responde como servidor CalDAV ({why})</translation>
    </message>
    <message>
        <location filename="../../src/planner/publish/caldav.py" line="894"/>
        <location filename="../../src/planner/sync/dav.py" line="277"/>
        <location filename="../../src/planner/sync/engine.py" line="156"/>
        <source>{server}: cannot connect ({why})</source>
        <translation>{server}: no se puede conectar ({why})</translation>
    </message>
    <message>
        <location filename="../../src/planner/publish/network.py" line="82"/>
        <source>it answered {status}</source>
        <translation>respondió {status}</translation>
    </message>
    <message>
        <location filename="../../src/planner/publish/network.py" line="89"/>
        <source>timed out</source>
        <translation>se agotó el tiempo de espera</translation>
    </message>
    <message>
        <location filename="../../src/planner/publish/network.py" line="91"/>
        <source>the server&apos;s name is not known</source>
        <translation>no se conoce el nombre del servidor</translation>
    </message>
    <message>
        <location filename="../../src/planner/publish/network.py" line="115"/>
        <source>connection refused</source>
        <translation>conexión rechazada</translation>
    </message>
    <message>
        <location filename="../../src/planner/publish/network.py" line="116"/>
        <source>the connection was reset</source>
        <translation>se cortó la conexión</translation>
    </message>
    <message>
        <location filename="../../src/planner/publish/network.py" line="117"/>
        <source>the server cannot be reached from this network</source>
        <translation>no se llega al servidor desde esta red</translation>
    </message>
    <message>
        <location filename="../../src/planner/publish/network.py" line="118"/>
        <source>no network</source>
        <translation>sin red</translation>
    </message>
    <message>
        <location filename="../../src/planner/publish/mail.py" line="41"/>
        <location filename="../../src/planner/publish/schedule_mail.py" line="33"/>
        <location filename="../../src/planner/publish/schedule_mail.py" line="120"/>
        <source>{who}: {problem}</source>
        <translation>{who}: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/planner/publish/mail.py" line="43"/>
        <source>the press contact&apos;s e-mail (Plan Details): {problem}</source>
        <translation>el correo del contacto de prensa (Datos del plan): {problem}</translation>
    </message>
    <message>
        <location filename="../../src/planner/publish/outbox.py" line="64"/>
        <source>last attempt {at} UTC failed: {why}</source>
        <translation>el último intento ({at} UTC) falló: {why}</translation>
    </message>
    <message>
        <location filename="../../src/planner/publish/schedule_mail.py" line="35"/>
        <source>the press contact&apos;s e-mail, the sender (Plan Details): {problem}</source>
        <translation>el correo del contacto de prensa, el remitente (Datos del plan): {problem}</translation>
    </message>
    <message>
        <location filename="../../src/planner/publish/secrets.py" line="19"/>
        <source>no password for {account} in the system keyring; {how}</source>
        <translation>no hay contraseña para {account} en el llavero del sistema; {how}</translation>
    </message>
    <message>
        <location filename="../../src/planner/publish/secrets.py" line="34"/>
        <source>the system keyring is not available ({why})</source>
        <translation>el llavero del sistema no está disponible ({why})</translation>
    </message>
    <message>
        <location filename="../../src/planner/publish/smtp.py" line="76"/>
        <source>no mail server given: name the SMTP server (its host name)</source>
        <translation>no se indicó ningún servidor de correo: indique el servidor SMTP (su nombre de host)</translation>
    </message>
    <message>
        <location filename="../../src/planner/publish/smtp.py" line="79"/>
        <source>{host}: the port goes apart from the server&apos;s name: give {name} as the server and {port} as its port</source>
        <translation>{host}: el puerto va aparte del nombre del servidor: indique {name} como servidor y {port} como su puerto</translation>
    </message>
    <message>
        <location filename="../../src/planner/publish/smtp.py" line="82"/>
        <source>{host} is not a mail server&apos;s name; give one like smtp.example.org</source>
        <translation>{host} no es el nombre de un servidor de correo; indique uno como smtp.example.org</translation>
    </message>
    <message>
        <location filename="../../src/planner/publish/smtp.py" line="84"/>
        <source>{port} is not a port a mail server can listen on (1–65535)</source>
        <translation>{port} no es un puerto en el que pueda escuchar un servidor de correo (1–65535)</translation>
    </message>
    <message>
        <location filename="../../src/planner/publish/network.py" line="71"/>
        <source>no user given: name the account to log in to {host} as</source>
        <translation>no se indicó ningún usuario: indique la cuenta con la que entrar en {host}</translation>
    </message>
    <message>
        <location filename="../../src/planner/publish/smtp.py" line="99"/>
        <source>store it with `planner send ... --store-password` or from the app&apos;s Send dialog</source>
        <translation>guárdela con `planner send ... --store-password` o desde el diálogo Enviar de la aplicación</translation>
    </message>
    <message>
        <location filename="../../src/planner/publish/smtp.py" line="138"/>
        <source>cannot send through {host}:{port}: {why}</source>
        <translation>no se puede enviar a través de {host}:{port}: {why}</translation>
    </message>
    <message>
        <location filename="../../src/planner/publish/smtp.py" line="146"/>
        <source>{host} refused the login for {user}: {why}</source>
        <translation>{host} rechazó el inicio de sesión de {user}: {why}</translation>
    </message>
    <message>
        <location filename="../../src/planner/publish/smtp.py" line="206"/>
        <source>{host} does not offer STARTTLS; refusing to send the password in clear</source>
        <translation>{host} no ofrece STARTTLS; no se envía la contraseña en claro</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/__init__.py" line="341"/>
        <source>{path} was changed by another program or computer at {time}, after Planner read it; it was not overwritten</source>
        <translation>otro programa u ordenador cambió {path} a las {time}, después de que Planner lo leyera; no se ha sobrescrito</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/csv_table.py" line="118"/>
        <source>{source}: more than {most} MB, far more than a list of people</source>
        <translation>{source}: más de {most} MB, mucho más que una lista de personas</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/csv_table.py" line="120"/>
        <source>{source}: {size} MB is far more than a list of people (at most {most} MB)</source>
        <translation>{source}: {size} MB es mucho más que una lista de personas (como mucho {most} MB)</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/csv_table.py" line="307"/>
        <source>{source}: not UTF-8 text (byte {byte}); save it as &apos;CSV UTF-8&apos; from the spreadsheet</source>
        <translation>{source}: no es texto UTF-8 (byte {byte}); guárdelo como &apos;CSV UTF-8&apos; desde la hoja de cálculo</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/csv_table.py" line="147"/>
        <source>{source}: the file is empty</source>
        <translation>{source}: el archivo está vacío</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/csv_table.py" line="99"/>
        <source>line {line}</source>
        <translation>línea {line}</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/csv_table.py" line="100"/>
        <source>sheet {sheet}, line {line}</source>
        <translation>hoja {sheet}, línea {line}</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/csv_table.py" line="149"/>
        <source>Read as Windows text (Windows-1252), not UTF-8: check the accents in the names.</source>
        <translation>Leído como texto de Windows (Windows-1252), no UTF-8: revise los acentos de los nombres.</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/csv_table.py" line="156"/>
        <source>{source}: not a workbook, so it has no sheets to read</source>
        <translation>{source}: no es un libro de hojas de cálculo, así que no tiene hojas que leer</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/csv_table.py" line="158"/>
        <source>{source}: not a workbook, so it has no sheet {sheet}</source>
        <translation>{source}: no es un libro de hojas de cálculo, así que no tiene la hoja {sheet}</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/csv_table.py" line="179"/>
        <source>{source}: the workbook&apos;s sheets are empty</source>
        <translation>{source}: las hojas del libro están vacías</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/csv_table.py" line="188"/>
        <source>{source}: no sheet {sheet} with anything in it; its sheets: {sheets}</source>
        <translation>{source}: no hay ninguna hoja {sheet} con algo escrito; sus hojas: {sheets}</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/csv_table.py" line="195"/>
        <source>Read the sheet {sheet}, of {count}.</source>
        <translation>Se lee la hoja {sheet}, de {count}.</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/csv_table.py" line="212"/>
        <source>{source}, sheet {sheet}</source>
        <translation>{source}, hoja {sheet}</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/csv_table.py" line="226"/>
        <source>Read as one list, the sheets {sheets}.</source>
        <translation>Se leen como una sola lista las hojas {sheets}.</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/csv_table.py" line="228"/>
        <source>{read} Left out: {problems}.</source>
        <translation>{read} Se dejan fuera: {problems}.</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/csv_table.py" line="254"/>
        <source>{source}: line {line}: no column for {wanted}: {headers} could each be it; name the one to read &apos;{wanted}&apos;</source>
        <translation>{source}: línea {line}: no hay columna para {wanted}: podría ser cualquiera de {headers}; llame &apos;{wanted}&apos; a la que se debe leer</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/csv_table.py" line="260"/>
        <source>{source}: line {line}: no column for {wanted} (a line at the top must name the columns)</source>
        <translation>{source}: línea {line}: no hay columna para {wanted} (una línea al principio debe nombrar las columnas)</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/csv_table.py" line="298"/>
        <source>{source}: not UTF-16 text (byte {byte}), though it begins as such; save it as &apos;CSV UTF-8&apos; from the spreadsheet</source>
        <translation>{source}: no es texto UTF-16 (byte {byte}), aunque empieza como tal; guárdelo como &apos;CSV UTF-8&apos; desde la hoja de cálculo</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/csv_table.py" line="421"/>
        <source>a quote (&quot;) opens a cell on this line that is never closed</source>
        <translation>unas comillas (&quot;) abren en esta línea una celda que nunca se cierra</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/csv_table.py" line="422"/>
        <source>{source}: line {line}: {problem}</source>
        <translation>{source}: línea {line}: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/csv_table.py" line="473"/>
        <source>Columns read: {columns}.</source>
        <translation>Columnas leídas: {columns}.</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/csv_table.py" line="475"/>
        <source>Columns read: {columns}. Not read: {unread} and {more} more.</source>
        <translation>Columnas leídas: {columns}. Sin leer: {unread} y {more} más.</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/csv_table.py" line="478"/>
        <source>Columns read: {columns}. Not read: {unread}.</source>
        <translation>Columnas leídas: {columns}. Sin leer: {unread}.</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/csv_table.py" line="484"/>
        <source>column {number}</source>
        <translation>columna {number}</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/document.py" line="141"/>
        <location filename="../../src/planner/storage/json_format.py" line="91"/>
        <source>cannot save: {problem}</source>
        <translation>no se puede guardar: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/document.py" line="406"/>
        <source>{path}: the plan&apos;s link to its server is damaged ({why})</source>
        <translation>{path}: el vínculo del plan con su servidor está dañado ({why})</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/document.py" line="438"/>
        <source>{path}: the plan file is damaged (text that is not UTF-8)</source>
        <translation>{path}: el archivo del plan está dañado (texto que no es UTF-8)</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/document.py" line="452"/>
        <source>{path}: saved by a newer Planner; update Planner — the file was not changed</source>
        <translation>{path}: guardado con un Planner más reciente; actualice Planner — el archivo no se ha modificado</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/document.py" line="522"/>
        <source>{path}: this SQLite file is not a Planner plan</source>
        <translation>{path}: este archivo SQLite no es un plan de Planner</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/document.py" line="538"/>
        <source>{path}: {problem}</source>
        <translation>{path}: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/document.py" line="543"/>
        <source>{path}: the plan file is damaged (text that is not UTF-8: {why})</source>
        <translation>{path}: el archivo del plan está dañado (texto que no es UTF-8: {why})</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/document.py" line="568"/>
        <source>{reason}; a write to the plan was interrupted and must be undone before it can be read: open it where it can be written</source>
        <translation>{reason}; una escritura en el plan quedó interrumpida y hay que deshacerla antes de leerlo: ábralo donde se pueda escribir</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/document.py" line="278"/>
        <location filename="../../src/planner/fileio.py" line="267"/>
        <source>{path}: no such file</source>
        <translation>{path}: el archivo no existe</translation>
    </message>
    <message>
        <location filename="../../src/planner/fileio.py" line="268"/>
        <source>{path}: cannot read ({why})</source>
        <translation>{path}: no se puede leer ({why})</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/document.py" line="582"/>
        <source>{path}: not a Planner plan (not an SQLite file)</source>
        <translation>{path}: no es un plan de Planner (no es un archivo SQLite)</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/document.py" line="685"/>
        <source>{path}: the records of releases and sent messages are damaged ({why})</source>
        <translation>{path}: los registros de versiones y mensajes enviados están dañados ({why})</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/document.py" line="699"/>
        <source>{path}: the file or folder is read-only</source>
        <translation>{path}: el archivo o la carpeta es de solo lectura</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/document.py" line="700"/>
        <source>{path}: the disk is full</source>
        <translation>{path}: el disco está lleno</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/document.py" line="701"/>
        <source>{path}: cannot open the file</source>
        <translation>{path}: no se puede abrir el archivo</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/document.py" line="702"/>
        <source>{path}: permission denied</source>
        <translation>{path}: permiso denegado</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/document.py" line="703"/>
        <source>{path}: the disk could not be read or written</source>
        <translation>{path}: no se pudo leer o escribir el disco</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/document.py" line="712"/>
        <source>{path}: the file is in use by another program; try again</source>
        <translation>{path}: otro programa está usando el archivo; inténtelo de nuevo</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/document.py" line="717"/>
        <source>{path}: the plan file is damaged or not a Planner plan ({why})</source>
        <translation>{path}: el archivo del plan está dañado o no es un plan de Planner ({why})</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/document.py" line="719"/>
        <source>{path}: cannot write the plan ({why})</source>
        <translation>{path}: no se puede escribir el plan ({why})</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/document.py" line="720"/>
        <source>{path}: cannot read the plan ({why})</source>
        <translation>{path}: no se puede leer el plan ({why})</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/json_format.py" line="152"/>
        <source>{path}: more than {most} MB, far more than a plan</source>
        <translation>{path}: más de {most} MB, mucho más que un plan</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/json_format.py" line="153"/>
        <source>{path}: {size} MB is far more than a plan (at most {most} MB)</source>
        <translation>{path}: {size} MB es mucho más que un plan (como mucho {most} MB)</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/json_format.py" line="170"/>
        <source>{source}: not UTF-8 text (byte {byte})</source>
        <translation>{source}: no es texto UTF-8 (byte {byte})</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/json_format.py" line="176"/>
        <source>{source}: line {line} column {column}: {why}</source>
        <translation>{source}: línea {line} columna {column}: {why}</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/json_format.py" line="184"/>
        <source>{source}: nested too deeply to be a plan</source>
        <translation>{source}: demasiados niveles anidados para ser un plan</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/json_format.py" line="192"/>
        <source>expected {name}; this is not a Planner plan</source>
        <translation>se esperaba {name}; esto no es un plan de Planner</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/json_format.py" line="200"/>
        <source>{version} is newer than this Planner reads ({known}); update Planner</source>
        <translation>{version} es más reciente de lo que lee este Planner ({known}); actualice Planner</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/json_format.py" line="206"/>
        <source>{version} is not a known version</source>
        <translation>{version} no es una versión conocida</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/json_format.py" line="277"/>
        <source>is not a digest (hexadecimal digits)</source>
        <translation>no es una huella (dígitos hexadecimales)</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/json_format.py" line="321"/>
        <source>damaged {what} record ({why})</source>
        <translation>registro de {what} dañado ({why})</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/lock.py" line="46"/>
        <source>{name} is open in {program} on {host} by {user} since {since} (process {pid})</source>
        <translation>{name} está abierto en {program} en {host} por {user} desde {since} (proceso {pid})</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/lock.py" line="77"/>
        <source>{name} is open in another program</source>
        <translation>{name} está abierto en otro programa</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/lock.py" line="80"/>
        <source>{who}; if Planner is no longer running there, delete {lock} and try again</source>
        <translation>{who}; si Planner ya no se está ejecutando allí, borre {lock} e inténtelo de nuevo</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/lock.py" line="232"/>
        <source>{path}: cannot lock the plan for writing ({why})</source>
        <translation>{path}: no se puede bloquear el plan para escribir ({why})</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/migrations.py" line="241"/>
        <source>this plan was saved by a newer Planner (file format {version}, this Planner reads up to {known}); update Planner to open it — the file was not changed</source>
        <translation>este plan se guardó con un Planner más reciente (formato {version}; este Planner lee hasta el {known}); actualice Planner para abrirlo — el archivo no se ha modificado</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/plan_objects.py" line="252"/>
        <source>{source}: {problem}</source>
        <translation>{source}: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/plan_objects.py" line="296"/>
        <source>{source}: {key}: not valid JSON</source>
        <translation>{source}: {key}: no es JSON válido</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/plan_objects.py" line="298"/>
        <source>{source}: {key}: expected an object</source>
        <translation>{source}: {key}: se esperaba un objeto</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/json_format.py" line="302"/>
        <location filename="../../src/planner/storage/schema.py" line="127"/>
        <location filename="../../src/planner/storage/schema.py" line="128"/>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/schema.py" line="174"/>
        <source>the id {id} is used twice</source>
        <translation>el id {id} se usa dos veces</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/schema.py" line="180"/>
        <location filename="../../src/planner/storage/schema.py" line="620"/>
        <source>{value} is on the list twice</source>
        <translation>{value} está dos veces en la lista</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/schema.py" line="493"/>
        <source>{source}: the plan record is missing or repeated</source>
        <translation>{source}: falta el registro del plan o está repetido</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/schema.py" line="527"/>
        <source>no {what} {id}</source>
        <translation>no hay {what} {id}</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/schema.py" line="569"/>
        <source>a {what} refers to a {other} that is not in the plan ({id})</source>
        <translation>un registro de {what} remite a {other} que no está en el plan ({id})</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/timefmt.py" line="28"/>
        <source>{text} is not a local date and time like 2025-04-07T08:00</source>
        <translation>{text} no es una fecha y hora local como 2025-04-07T08:00</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/timefmt.py" line="39"/>
        <source>{text}: the plan&apos;s time zone is not at that UTC offset then; write wall-clock time, like 2025-04-07T08:00</source>
        <translation>{text}: la zona horaria del plan no tiene ese desfase UTC en ese momento; escriba la hora local, como 2025-04-07T08:00</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/timefmt.py" line="49"/>
        <source>{text} is not a date like 2025-04-07</source>
        <translation>{text} no es una fecha como 2025-04-07</translation>
    </message>
    <message>
        <location filename="../../src/planner/sync/dav.py" line="44"/>
        <source>{url}: the shared plan is no longer on the server (deleted there, or no longer shared with this account)</source>
        <translation>{url}: el plan compartido ya no está en el servidor (se borró allí, o ya no está compartido con esta cuenta)</translation>
    </message>
    <message>
        <location filename="../../src/planner/sync/dav.py" line="52"/>
        <source>stopped before it was done</source>
        <translation>detenido antes de terminar</translation>
    </message>
    <message>
        <location filename="../../src/planner/sync/dav.py" line="96"/>
        <source>{url}: no shared plan there (the server has nothing at that address)</source>
        <translation>{url}: no hay ningún plan compartido ahí (el servidor no tiene nada en esa dirección)</translation>
    </message>
    <message>
        <location filename="../../src/planner/sync/dav.py" line="100"/>
        <source>{url}: not a calendar collection, so not a shared plan</source>
        <translation>{url}: no es una colección de calendario, así que no es un plan compartido</translation>
    </message>
    <message>
        <location filename="../../src/planner/sync/dav.py" line="295"/>
        <source>the server refused {what}: the user may not do that ({status})</source>
        <translation>el servidor rechazó {what}: el usuario no tiene permiso ({status})</translation>
    </message>
    <message>
        <location filename="../../src/planner/publish/caldav.py" line="800"/>
        <location filename="../../src/planner/sync/dav.py" line="307"/>
        <source>{url}: the server&apos;s answer is not WebDAV XML</source>
        <translation>{url}: la respuesta del servidor no es XML de WebDAV</translation>
    </message>
    <message>
        <location filename="../../src/planner/sync/documents.py" line="46"/>
        <source>{path}: a .json plan cannot be shared: a shared plan is a .planner document, which keeps its link to the server; save it as one first (File ▸ Save As…, or `planner import-json {path} NEW.planner`)</source>
        <translation>{path}: un plan .json no se puede compartir: un plan compartido es un documento .planner, que guarda su vínculo con el servidor; guárdelo primero como tal (Archivo ▸ Guardar como…, o `planner import-json {path} NUEVO.planner`)</translation>
    </message>
    <message>
        <location filename="../../src/planner/sync/documents.py" line="56"/>
        <source>{path}: not a shared plan; `planner share` puts it on a server</source>
        <translation>{path}: no es un plan compartido; `planner share` lo sube a un servidor</translation>
    </message>
    <message>
        <location filename="../../src/planner/sync/documents.py" line="85"/>
        <source>{path}: already shared; `planner sync` brings it up to date (`--again` shares it anew, its link replaced)</source>
        <translation>{path}: ya está compartido; `planner sync` lo pone al día (`--again` lo comparte de nuevo, sustituyendo su enlace)</translation>
    </message>
    <message>
        <location filename="../../src/planner/sync/documents.py" line="88"/>
        <source>{path}: holds conflicts not settled ({n}): settle them first (File ▸ Conflicts…, or `planner sync --conflicts`)</source>
        <translation>{path}: tiene conflictos sin resolver ({n}): resuélvalos primero (Archivo ▸ Conflictos…, o `planner sync --conflicts`)</translation>
    </message>
    <message>
        <location filename="../../src/planner/sync/documents.py" line="97"/>
        <source>{url}: no shared plan there that this account may read; ask whoever shared it anew to share it with this account, or give the server&apos;s address to share it anew yourself</source>
        <translation>{url}: ahí no hay ningún plan compartido que esta cuenta pueda leer; pida a quien lo compartió de nuevo que lo comparta con esta cuenta, o indique la dirección del servidor para compartirlo de nuevo usted</translation>
    </message>
    <message>
        <location filename="../../src/planner/sync/documents.py" line="115"/>
        <source>{what}: {why}; not shared</source>
        <translation>{what}: {why}; no se ha compartido</translation>
    </message>
    <message>
        <location filename="../../src/planner/sync/documents.py" line="160"/>
        <source>{url}: holds another plan ({title}), not this one</source>
        <translation>{url}: contiene otro plan ({title}), no este</translation>
    </message>
    <message>
        <location filename="../../src/planner/sync/documents.py" line="169"/>
        <source>{path}: already exists; give a new file name</source>
        <translation>{path}: ya existe; indique otro nombre de archivo</translation>
    </message>
    <message>
        <location filename="../../src/planner/sync/documents.py" line="171"/>
        <source>{path}: a shared plan&apos;s copy is a .planner document, which keeps its link to the server; give a name ending in .planner</source>
        <translation>{path}: la copia de un plan compartido es un documento .planner, que guarda su vínculo con el servidor; indique un nombre que termine en .planner</translation>
    </message>
    <message>
        <location filename="../../src/planner/sync/documents.py" line="184"/>
        <source>{url}: holds no Planner plan</source>
        <translation>{url}: no contiene ningún plan de Planner</translation>
    </message>
    <message>
        <location filename="../../src/planner/sync/engine.py" line="142"/>
        <source>{server}: this account may read the shared plan but not change it (the server refused a change: 403 Forbidden); ask whoever shared it for the right to edit it (on Nextcloud: Can edit)</source>
        <translation>{server}: esta cuenta puede leer el plan compartido pero no cambiarlo (el servidor rechazó un cambio: 403 Forbidden); pida a quien lo compartió permiso para editarlo (en Nextcloud: Puede editar)</translation>
    </message>
    <message>
        <location filename="../../src/planner/sync/engine.py" line="169"/>
        <source>{key}: no conflict to settle</source>
        <translation>{key}: no hay ningún conflicto que resolver</translation>
    </message>
    <message>
        <location filename="../../src/planner/sync/engine.py" line="171"/>
        <source>choose mine or theirs, not {take}</source>
        <translation>elija mine o theirs, no {take}</translation>
    </message>
    <message>
        <location filename="../../src/planner/sync/engine.py" line="173"/>
        <source>{key}: {fields} not in conflict (it is: {conflicting})</source>
        <translation>{key}: {fields} no están en conflicto (lo están: {conflicting})</translation>
    </message>
    <message>
        <location filename="../../src/planner/sync/engine.py" line="445"/>
        <source>{url}: the shared plan has no plan object; is it a Planner plan?</source>
        <translation>{url}: el plan compartido no tiene objeto de plan; ¿es un plan de Planner?</translation>
    </message>
    <message>
        <location filename="../../src/planner/sync/engine.py" line="554"/>
        <source>two releases {number} were made at once: {kept} stands, {dropped} is dropped; release again to send the press what {dropped} held</source>
        <translation>se hicieron a la vez dos publicaciones {number}: queda {kept} y se descarta {dropped}; publique de nuevo para enviar a la prensa lo que tenía {dropped}</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="318"/>
        <source>{plan}: no warnings</source>
        <translation>{plan}: sin avisos</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="382"/>
        <source>{n} file</source>
        <translation>{n} archivo</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="382"/>
        <source>{n} files</source>
        <translation>{n} archivos</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="383"/>
        <source>{changed} of {files} changed</source>
        <translation>cambios en {changed} de {files}</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="385"/>
        <source>note: the publication record was not stored in {plan}</source>
        <translation>nota: el registro de publicación no se guardó en {plan}</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="417"/>
        <source>kept the publication record and press ledger of {out}, merged with those in {json}</source>
        <translation>se conservaron el registro de publicación y el registro de prensa de {out}, combinados con los de {json}</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="419"/>
        <source>kept the publication record and press ledger of {out}</source>
        <translation>se conservaron el registro de publicación y el registro de prensa de {out}</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="422"/>
        <source>took the publication record and press ledger from {json}</source>
        <translation>se tomaron el registro de publicación y el registro de prensa de {json}</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="445"/>
        <source>{plan}: added {windows} with {turns}</source>
        <translation>{plan}: añadido al plan: {windows}, con {turns}</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="446"/>
        <location filename="../../src/planner/cli.py" line="477"/>
        <source>{n} media window</source>
        <translation>{n} franja de prensa</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="446"/>
        <location filename="../../src/planner/cli.py" line="477"/>
        <source>{n} media windows</source>
        <translation>{n} franjas de prensa</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="447"/>
        <source>{n} unstaffed turn</source>
        <translation>{n} turno sin portavoz</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="447"/>
        <source>{n} unstaffed turns</source>
        <translation>{n} turnos sin portavoz</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="466"/>
        <source>--to {last} is before --from {first}</source>
        <translation>--to {last} es anterior a --from {first}</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="476"/>
        <source>release {number} {name}: {windows}, {journalists}</source>
        <translation>publicación {number} {name}: {windows}, {journalists}</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="478"/>
        <location filename="../../src/planner/cli.py" line="554"/>
        <source>{n} journalist</source>
        <translation>{n} periodista</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="478"/>
        <location filename="../../src/planner/cli.py" line="554"/>
        <source>{n} journalists</source>
        <translation>{n} periodistas</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="482"/>
        <location filename="../../src/planner/cli.py" line="561"/>
        <source>no changes for the press</source>
        <translation>sin cambios para la prensa</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="485"/>
        <source>{warnings} (`planner check` lists them all):</source>
        <translation>{warnings} (`planner check` los enumera todos):</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="486"/>
        <source>{n} warning</source>
        <translation>{n} aviso</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="486"/>
        <source>{n} warnings</source>
        <translation>{n} avisos</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="490"/>
        <source>... and {count} more</source>
        <translation>... y {count} más</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="491"/>
        <source>{summary} to send</source>
        <translation>por enviar: {summary}</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="493"/>
        <source>Release?</source>
        <translation>¿Publicar?</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="493"/>
        <source>releasing needs a yes: run it in a terminal, or pass --yes</source>
        <translation>publicar requiere un sí: ejecútelo en una terminal, o pase --yes</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="495"/>
        <source>not released; nothing was changed</source>
        <translation>no se publicó; no se cambió nada</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="498"/>
        <location filename="../../src/planner/cli.py" line="580"/>
        <location filename="../../src/planner/cli.py" line="724"/>
        <source>{n} message</source>
        <translation>{n} mensaje</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="499"/>
        <source>released: `planner invites` writes the {owed}, `planner send` sends them</source>
        <translation>publicado: `planner invites` escribe {owed}, `planner send` los envía</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="529"/>
        <source>{question} [y/N] </source>
        <translation>{question} [s/N] </translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="539"/>
        <source>{plan}: no releases yet; `planner release PLAN --name NAME` makes one</source>
        <translation>{plan}: todavía no hay publicaciones; `planner release PLAN --name NOMBRE` hace una</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="553"/>
        <source>({windows}, {journalists})</source>
        <translation>({windows}, {journalists})</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="553"/>
        <source>{n} window</source>
        <translation>{n} franja</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="553"/>
        <source>{n} windows</source>
        <translation>{n} franjas</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="549"/>
        <source>{plan}: there is no release {number}</source>
        <translation>{plan}: no existe la publicación {number}</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="555"/>
        <source>changes from release {first} to {second}:</source>
        <translation>cambios de la publicación {first} a la {second}:</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="556"/>
        <source>release {number}:</source>
        <translation>publicación {number}:</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="571"/>
        <source>{plan}: nothing to write: {why}</source>
        <translation>{plan}: nada que escribir: {why}</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="576"/>
        <source>ERROR {error}</source>
        <translation>ERROR {error}</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="581"/>
        <source>{messages} written to {out}; nothing was sent</source>
        <translation>escrito en {out}: {messages}; no se envió nada</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="588"/>
        <source>every journalist has the latest release</source>
        <translation>cada periodista tiene la última publicación</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="589"/>
        <source>no release yet (`planner release PLAN` makes one)</source>
        <translation>aún no hay ninguna publicación (`planner release PLAN` crea una)</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="594"/>
        <source>not written, refused as it was made: {why}</source>
        <translation>no se escribió, rechazado al hacerlo: {why}</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="606"/>
        <source>{plan}: nothing to send: {why}</source>
        <translation>{plan}: nada que enviar: {why}</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="623"/>
        <source>Password for {account}: </source>
        <translation>Contraseña de {account}: </translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="641"/>
        <source>note: no link yet for {people} with an e-mail and a turn or shift (the first: {name}); `planner publish` gives them one, then notify e-mails them</source>
        <translation>nota: todavía sin enlace {people} con correo y un turno (la primera: {name}); `planner publish` les da uno y luego notify les escribe</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="647"/>
        <source>cannot write to {name}: {error}</source>
        <translation>no se puede escribir a {name}: {error}</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="652"/>
        <source>{n} e-mail</source>
        <translation>{n} correo</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="652"/>
        <source>{n} e-mails</source>
        <translation>{n} correos</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="653"/>
        <source>{out}: {mails} written (nothing sent, nothing recorded)</source>
        <translation>{out}: escrito: {mails} (nada enviado, nada registrado)</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="656"/>
        <source>give --out DIR to write the e-mails, or --host and --user to send them</source>
        <translation>indique --out CARPETA para escribir los correos, o --host y --user para enviarlos</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="660"/>
        <location filename="../../src/planner/cli.py" line="669"/>
        <source>{plan}: everyone has been told their schedule as it is</source>
        <translation>{plan}: todos conocen ya su horario tal como está</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="698"/>
        <source>sent     {recipient}  {subject}</source>
        <translation>enviado   {recipient}  {subject}</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="721"/>
        <source>failed   {recipient}  {reason}</source>
        <translation>fallido   {recipient}  {reason}</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="728"/>
        <source>pending  {recipient}  (connection lost; run the command again)</source>
        <translation>pendiente {recipient}  (se perdió la conexión; ejecute la orden de nuevo)</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="773"/>
        <source>{offline}; not sending without the shared ledger (a teammate may have sent)</source>
        <translation>{offline}; no se envía sin el registro compartido (alguien del equipo puede haber enviado)</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="710"/>
        <source>skipped  {recipient}  (being sent by {holder})</source>
        <translation>omitido   {recipient}  (lo está enviando {holder})</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="827"/>
        <source>{n} calendar</source>
        <translation>{n} calendario</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="827"/>
        <source>{n} calendars</source>
        <translation>{n} calendarios</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="829"/>
        <source>{calendars} ({renamed} renamed)</source>
        <translation>{calendars} ({renamed} con nombre nuevo)</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="830"/>
        <source>{server}: {events} sent, {deleted} deleted, {unchanged} unchanged, in {calendars} under {home}</source>
        <translation>{server}: enviado: {events}; borrados: {deleted}; sin cambios: {unchanged}; en {calendars} bajo {home}</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="817"/>
        <location filename="../../src/planner/cli.py" line="831"/>
        <source>{n} event</source>
        <translation>{n} evento</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="817"/>
        <location filename="../../src/planner/cli.py" line="831"/>
        <source>{n} events</source>
        <translation>{n} eventos</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="834"/>
        <source>conflict  {line}</source>
        <translation>conflicto  {line}</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="841"/>
        <source>note  {line}</source>
        <translation>nota  {line}</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="865"/>
        <source>{where}: {received} received, {merged} merged, {sent} sent</source>
        <translation>{where}: recibido: {received}; combinados: {merged}; enviados: {sent}</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="866"/>
        <source>{n} change</source>
        <translation>{n} cambio</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="866"/>
        <source>{n} changes</source>
        <translation>{n} cambios</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="869"/>
        <source>note      {note}</source>
        <translation>nota      {note}</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="876"/>
        <source>offline   {why}; your changes wait and go with the next sync</source>
        <translation>sin red   {why}; sus cambios esperan y van con la próxima sincronización</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="926"/>
        <source>{n} object</source>
        <translation>{n} objeto</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="926"/>
        <source>{n} objects</source>
        <translation>{n} objetos</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="927"/>
        <source>{plan}: shared as {url} ({objects})</source>
        <translation>{plan}: compartido como {url} ({objects})</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="928"/>
        <source>A teammate gets their copy with: planner clone {url} PLAN.planner --user THEIR-LOGIN</source>
        <translation>Alguien del equipo obtiene su copia con: planner clone {url} PLAN.planner --user SU-USUARIO</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="944"/>
        <source>{out}: a copy of {title}, linked to {url}</source>
        <translation>{out}: una copia de {title}, vinculada a {url}</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="980"/>
        <location filename="../../src/planner/cli.py" line="1057"/>
        <location filename="../../src/planner/cli.py" line="1194"/>
        <source>{plan}: {problem}</source>
        <translation>{plan}: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="983"/>
        <source>{name}: a new link; the old one stops working at the next `planner publish`</source>
        <translation>{name}: un enlace nuevo; el anterior deja de funcionar con el próximo `planner publish`</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="988"/>
        <source>{plan}: nothing published yet; `planner publish` puts the calendars on a server</source>
        <translation>{plan}: todavía no se ha publicado nada; `planner publish` sube los calendarios a un servidor</translation>
    </message>
    <message>
        <location filename="../../src/planner/fileio.py" line="260"/>
        <source>{path}: cannot write ({why})</source>
        <translation>{path}: no se puede escribir ({why})</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="995"/>
        <source>{out}: {links}</source>
        <translation>{out}: {links}</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="996"/>
        <source>{n} subscription link</source>
        <translation>{n} enlace de suscripción</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="996"/>
        <source>{n} subscription links</source>
        <translation>{n} enlaces de suscripción</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1013"/>
        <source>Choose the password of the organizer account {user}: </source>
        <translation>Elija la contraseña de la cuenta de organización {user}: </translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1018"/>
        <source>No system keyring here: give the same password to `planner publish --password-stdin`.</source>
        <translation>Aquí no hay llavero del sistema: dé la misma contraseña a `planner publish --password-stdin`.</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1037"/>
        <source>Serving the calendars of {plan} at {url} (stop with Ctrl+C); kept in {folder}</source>
        <translation>Sirviendo los calendarios de {plan} en {url} (detener con Ctrl+C); guardados en {folder}</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1039"/>
        <source>Publish into it: planner publish {plan} --server {url} --user {user}</source>
        <translation>Para publicar en él: planner publish {plan} --server {url} --user {user}</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1042"/>
        <source>Not encrypted: without --cert and --key, calendars cross the network in clear</source>
        <translation>Sin cifrar: sin --cert y --key, los calendarios viajan por la red en claro</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1059"/>
        <source>--repair needs --from DATE: the day the person is out from</source>
        <translation>--repair necesita --from FECHA: el día desde el que la persona falta</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1064"/>
        <source>{plan}: no rotation ({status})</source>
        <translation>{plan}: sin rotación ({status})</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1070"/>
        <location filename="../../src/planner/cli.py" line="1080"/>
        <source>... and {count} more (--explain lists them all)</source>
        <translation>... y {count} más (--explain los enumera todos)</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1082"/>
        <source>per person (turns, hours against their fair share, prime turns, turns they would rather not do):</source>
        <translation>por persona (turnos, horas frente a su parte justa, turnos de mayor audiencia, turnos que preferiría no hacer):</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1084"/>
        <source>{name}: {turns}, {hours} h of {target} h, {prime} prime, {prefer_not} prefer-not</source>
        <translation>{name}: {turns}, {hours} h de {target} h, {prime} de mayor audiencia, {prefer_not} no preferidos</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1085"/>
        <source>{n} turn</source>
        <translation>{n} turno</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1085"/>
        <source>{n} turns</source>
        <translation>{n} turnos</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1089"/>
        <source>penalty, {name}: {value}</source>
        <translation>penalización, {name}: {value}</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1094"/>
        <location filename="../../src/planner/cli.py" line="1259"/>
        <source>{plan}: saved</source>
        <translation>{plan}: guardado</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1111"/>
        <source>the bundled example is read-only; copy it first (`planner import-json ... copy.planner`)</source>
        <translation>el ejemplo incluido es de solo lectura; cópielo primero (`planner import-json ... copia.planner`)</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1119"/>
        <source>{path} already exists; pass --force to replace it</source>
        <translation>{path} ya existe; pase --force para reemplazarlo</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1134"/>
        <source>{value} is not one of {kinds}</source>
        <translation>{value} no es ninguno de estos: {kinds}</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1151"/>
        <source>{plan}: no published links to print; `planner publish` makes them</source>
        <translation>{plan}: no hay enlaces publicados que imprimir; `planner publish` los crea</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1156"/>
        <source>{out}: run sheet, {pages}</source>
        <translation>{out}: hoja de servicio, {pages}</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1156"/>
        <source>{n} page</source>
        <translation>{n} página</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1156"/>
        <source>{n} pages</source>
        <translation>{n} páginas</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1159"/>
        <source>{sheet}, {cards}</source>
        <translation>{sheet}, {cards}</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1159"/>
        <source>{n} link card</source>
        <translation>{n} tarjeta de enlace</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1159"/>
        <source>{n} link cards</source>
        <translation>{n} tarjetas de enlace</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1171"/>
        <source>{plan}: none of its days is from {first} to {last}; it runs from {start} to {end}</source>
        <translation>{plan}: ninguno de sus días va del {first} al {last}; el plan va del {start} al {end}</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1181"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1182"/>
        <source>{plan}: no location is named {wanted} (the plan&apos;s: {names})</source>
        <translation>{plan}: ningún lugar se llama {wanted} (los del plan: {names})</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1204"/>
        <source>{out}: {people}</source>
        <translation>{out}: {people}</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="643"/>
        <location filename="../../src/planner/cli.py" line="1204"/>
        <source>{n} person</source>
        <translation>{n} persona</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="271"/>
        <source>stopping after the message going out (Ctrl+C again stops at once)</source>
        <translation>deteniendo tras el mensaje que está saliendo (otro Ctrl+C detiene al instante)</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="515"/>
        <source>note: {why}; releasing on this copy, and `planner sync` sends the release to the team</source>
        <translation>nota: {why}; se publica en esta copia, y `planner sync` envía la publicación al equipo</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="643"/>
        <location filename="../../src/planner/cli.py" line="1204"/>
        <source>{n} people</source>
        <translation>{n} personas</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="723"/>
        <source>stopped (Ctrl+C): {pending} not sent; run the command again to send them</source>
        <translation>detenido (Ctrl+C): {pending} sin enviar; ejecute la orden de nuevo para enviarlos</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="816"/>
        <source>publishing calendar {number} of {total}: {events} sent so far</source>
        <translation>publicando el calendario {number} de {total}: enviados hasta ahora, {events}</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="836"/>
        <source>To put the plan&apos;s version over what was changed on the server, publish again with --overwrite</source>
        <translation>Para poner la versión del plan sobre lo cambiado en el servidor, publique de nuevo con --overwrite</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="839"/>
        <source>refused  {line}</source>
        <translation>rechazado  {line}</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="871"/>
        <source>conflict  {key} ({what}): changed here and by a teammate; settle with --mine or --theirs</source>
        <translation>conflicto {key} ({what}): cambiado aquí y por alguien del equipo; resuélvalo con --mine o --theirs</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="874"/>
        <source>refused   {key} ({what}): {why}</source>
        <translation>rechazado {key} ({what}): {why}</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="878"/>
        <source>read-only {why}; your changes wait in this copy</source>
        <translation>solo lectura {why}; sus cambios esperan en esta copia</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="880"/>
        <source>gone      {why}; this copy keeps all of it: if it is gone for the whole team, `planner share {plan} --server URL --user U --again` shares it anew, for teammates to copy from there; where a teammate already has, give --server the address they got: this copy joins it there, your changes not yet synced kept</source>
        <translation>ya no está {why}; esta copia lo conserva todo: si ya no está para todo el equipo, `planner share {plan} --server URL --user U --again` lo comparte de nuevo, para que el equipo lo copie desde allí; si alguien del equipo ya lo hizo, dé a --server la dirección que obtuvo: esta copia se une a él allí, conservando sus cambios aún no sincronizados</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="916"/>
        <source>sharing: {done} of {total} records on the server</source>
        <translation>compartiendo: {done} de {total} registros en el servidor</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="924"/>
        <source>{plan}: linked to {url}, where the shared plan already is</source>
        <translation>{plan}: vinculado a {url}, donde ya está el plan compartido</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="939"/>
        <source>copying: {done} of {total} records</source>
        <translation>copiando: {done} de {total} registros</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1051"/>
        <source>--from goes with --repair PERSON: a rotation without it staffs every turn again</source>
        <translation>--from va con --repair PERSONA: una rotación sin él vuelve a asignar todos los turnos</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1131"/>
        <source>{value} names none of {kinds}</source>
        <translation>{value} no nombra ninguno de estos: {kinds}</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1250"/>
        <source>{n} row</source>
        <translation>{n} fila</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1250"/>
        <source>{n} rows</source>
        <translation>{n} filas</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1251"/>
        <source>{added} added, {updated} updated, {unchanged} unchanged, {problems} with problems</source>
        <translation>añadidas: {added}; actualizadas: {updated}; sin cambios: {unchanged}; con problemas: {problems}</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1254"/>
        <source>added: {names}</source>
        <translation>añadidas: {names}</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1254"/>
        <source>updated: {names}</source>
        <translation>actualizadas: {names}</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1275"/>
        <source>{value} is not a date and time with a UTC offset, e.g. 2025-04-01T12:00Z</source>
        <translation>{value} no es una fecha y hora con desfase UTC, p. ej. 2025-04-01T12:00Z</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1284"/>
        <source>{value} is not a date (YYYY-MM-DD)</source>
        <translation>{value} no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1291"/>
        <source>{value} is not a whole number</source>
        <translation>{value} no es un número entero</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1302"/>
        <source>{value} is not a number of seconds above 0</source>
        <translation>{value} no es un número de segundos mayor que 0</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1336"/>
        <source>Plan a public action and publish its schedule. Run `planner` or `planner FILE` to open the app; the commands below run without a display.</source>
        <translation>Planifique una acción pública y publique su programa. Ejecute `planner` o `planner ARCHIVO` para abrir la aplicación; las órdenes siguientes funcionan sin pantalla.</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1339"/>
        <source>the language to write in (default: the terminal&apos;s, as LANG says; else English)</source>
        <translation>el idioma en que escribir (por defecto: el del terminal, según LANG; si no, inglés)</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1340"/>
        <source>the plan: a .planner document or a .json interchange file</source>
        <translation>el plan: un documento .planner o un archivo de intercambio .json</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1342"/>
        <location filename="../../src/planner/cli.py" line="1589"/>
        <source>login; the password comes from the keyring, or --password-stdin</source>
        <translation>usuario; la contraseña sale del llavero, o de --password-stdin</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1343"/>
        <location filename="../../src/planner/cli.py" line="1591"/>
        <source>read the password from the first line of stdin</source>
        <translation>leer la contraseña de la primera línea de la entrada estándar</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1344"/>
        <location filename="../../src/planner/cli.py" line="1593"/>
        <source>keep the password given in the system keyring</source>
        <translation>guardar la contraseña dada en el llavero del sistema</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1345"/>
        <source>the CalDAV server&apos;s address (https://; http:// only on this machine)</source>
        <translation>la dirección del servidor CalDAV (https://; http:// solo en esta máquina)</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1346"/>
        <source>587 for STARTTLS (default), 465 for --security tls</source>
        <translation>587 para STARTTLS (por defecto), 465 para --security tls</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1347"/>
        <source>replace OUT if it exists</source>
        <translation>reemplazar OUT si existe</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1348"/>
        <source>only these, comma-separated or repeated: {kinds}</source>
        <translation>solo estos, separados por comas o repetidos: {kinds}</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1351"/>
        <source>{plan}; {what}</source>
        <translation>{plan}; {what}</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1354"/>
        <source>show Planner&apos;s version and exit</source>
        <translation>mostrar la versión de Planner y salir</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1356"/>
        <source>COMMAND</source>
        <translation>ORDEN</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1366"/>
        <source>print the plan&apos;s warnings, one per line; exit 0 only when there are none</source>
        <translation>mostrar los avisos del plan, uno por línea; sale con 0 solo si no hay ninguno</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1370"/>
        <source>write the calendar files (media, volunteers, people, roles, organizer) into a folder</source>
        <translation>escribir los archivos de calendario (prensa, voluntariado, personas, funciones, organización) en una carpeta</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1373"/>
        <source>the folder to write (created if needed)</source>
        <translation>la carpeta donde escribir (se crea si hace falta)</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1375"/>
        <source>DTSTAMP to write, ISO 8601 with offset (default: now)</source>
        <translation>DTSTAMP que escribir, ISO 8601 con desfase (por defecto: ahora)</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1377"/>
        <source>do not store what was published (SEQUENCE numbers) in PLAN</source>
        <translation>no guardar en PLAN lo publicado (números SEQUENCE)</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1379"/>
        <source>write the plan as JSON interchange (docs/plan-json.md)</source>
        <translation>escribir el plan como JSON de intercambio (docs/plan-json.md)</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1381"/>
        <source>the .json file to write</source>
        <translation>el archivo .json que escribir</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1384"/>
        <source>make a .planner document from a JSON plan</source>
        <translation>crear un documento .planner a partir de un plan JSON</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1385"/>
        <source>the .json plan to read</source>
        <translation>el plan .json que leer</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1386"/>
        <source>the .planner file to write</source>
        <translation>el archivo .planner que escribir</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1389"/>
        <source>add media windows to a plan from a calendar file (.ics), e.g. an availability calendar</source>
        <translation>añadir franjas de prensa a un plan desde un archivo de calendario (.ics), p. ej. un calendario de disponibilidad</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1391"/>
        <location filename="../../src/planner/cli.py" line="1559"/>
        <source>changed in place</source>
        <translation>se modifica en el sitio</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1392"/>
        <source>the .ics file to read</source>
        <translation>el archivo .ics que leer</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1394"/>
        <source>the location (its name or id) of events without LOCATION (default: the plan&apos;s first)</source>
        <translation>el lugar (su nombre o id) de los eventos sin LOCATION (por defecto: el primero del plan)</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1397"/>
        <source>expand repeating events from DATE</source>
        <translation>desplegar los eventos repetidos desde DATE</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1400"/>
        <source>... up to DATE (default: the plan&apos;s days)</source>
        <translation>... hasta DATE (por defecto: los días del plan)</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1403"/>
        <source>freeze the schedule for the press as a named release: shows what changed, the warnings and the messages it will owe, then asks</source>
        <translation>fijar el programa para la prensa como una versión con nombre: muestra qué cambió, los avisos y los mensajes que quedarán pendientes, y luego pregunta</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1405"/>
        <source>the release is stored in it</source>
        <translation>la versión se guarda en él</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1406"/>
        <source>e.g. &apos;Monday update&apos; (default: the date and time)</source>
        <translation>p. ej. &apos;Actualización del lunes&apos; (por defecto: la fecha y la hora)</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1407"/>
        <source>release without asking (shows the same report)</source>
        <translation>publicar la versión sin preguntar (muestra el mismo informe)</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1409"/>
        <source>a shared plan (synced before and after): read its server&apos;s password from the first line of stdin</source>
        <translation>un plan compartido (se sincroniza antes y después): leer la contraseña de su servidor de la primera línea de la entrada estándar</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1412"/>
        <source>list the releases and the change log between two of them</source>
        <translation>enumerar las versiones y los cambios entre dos de ellas</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1415"/>
        <source>compare releases A and B (default: last two)</source>
        <translation>comparar las versiones A y B (por defecto: las dos últimas)</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1417"/>
        <source>write the invitations the latest release still owes as .eml files</source>
        <translation>escribir como archivos .eml las invitaciones que la última versión aún debe</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1419"/>
        <source>the folder for the .eml files</source>
        <translation>la carpeta para los archivos .eml</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1421"/>
        <source>send the pending invitations over SMTP; each is recorded as it goes</source>
        <translation>enviar por SMTP las invitaciones pendientes; cada una queda registrada al salir</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1422"/>
        <location filename="../../src/planner/cli.py" line="1436"/>
        <source>what was sent is recorded in it</source>
        <translation>lo enviado queda registrado en él</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1423"/>
        <location filename="../../src/planner/cli.py" line="1439"/>
        <source>SMTP server</source>
        <translation>servidor SMTP</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1426"/>
        <source>SMTP login; the password comes from the system keyring</source>
        <translation>usuario SMTP; la contraseña sale del llavero del sistema</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1428"/>
        <source>read the password from the first line of stdin (scripts; machines without a keyring)</source>
        <translation>leer la contraseña de la primera línea de la entrada estándar (scripts; máquinas sin llavero)</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1431"/>
        <source>keep the password (asked for, or from stdin) in the keyring</source>
        <translation>guardar la contraseña (pedida, o de la entrada estándar) en el llavero</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1434"/>
        <source>e-mail each volunteer and spokesperson their link and schedule; later, what changed (once per change)</source>
        <translation>enviar a cada voluntario/a y portavoz su enlace y su programa por correo; más adelante, lo que cambió (una vez por cambio)</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1438"/>
        <source>write the e-mails as .eml files into this folder instead of sending</source>
        <translation>escribir los correos como archivos .eml en esta carpeta en lugar de enviarlos</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1442"/>
        <source>SMTP login; the password comes from the keyring, or --password-stdin</source>
        <translation>usuario SMTP; la contraseña sale del llavero, o de --password-stdin</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1447"/>
        <source>put the calendars on a CalDAV server, sending only what changed</source>
        <translation>poner los calendarios en un servidor CalDAV, enviando solo lo que cambió</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1448"/>
        <source>what the server holds is recorded in it</source>
        <translation>lo que tiene el servidor queda registrado en él</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1455"/>
        <source>list every calendar&apos;s events on the server, and put again any deleted there by hand (a publish does so once a day)</source>
        <translation>listar los eventos de cada calendario en el servidor y volver a poner los que se borraron allí a mano (una publicación lo hace una vez al día)</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1463"/>
        <source>put the plan on a CalDAV server for a team to edit together</source>
        <translation>poner el plan en un servidor CalDAV para que un equipo lo edite en común</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1464"/>
        <source>linked to the server from now on</source>
        <translation>queda vinculado al servidor desde ahora</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1467"/>
        <source>share a copy already shared anew, its link replaced: where its server no longer holds the plan, or to move the team to another server; where the plan already is (--server: the address a teammate who shared it anew got), this copy joins it, its changes merged</source>
        <translation>compartir de nuevo una copia ya compartida, sustituyendo su enlace: cuando su servidor ya no tiene el plan, o para llevar al equipo a otro servidor; donde el plan ya está (--server: la dirección que obtuvo quien lo compartió de nuevo), esta copia se une a él, combinando sus cambios</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1473"/>
        <source>make a local copy of a plan a teammate shared, linked to it</source>
        <translation>hacer una copia local de un plan que compartió alguien del equipo, vinculada a él</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1474"/>
        <source>the shared plan&apos;s address, as `planner share` printed it</source>
        <translation>la dirección del plan compartido, tal como la mostró `planner share`</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1475"/>
        <source>the new .planner file</source>
        <translation>el nuevo archivo .planner</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1478"/>
        <source>send your changes to a shared plan&apos;s server and get your teammates&apos;</source>
        <translation>enviar sus cambios al servidor de un plan compartido y recibir los del equipo</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1479"/>
        <source>one that was shared or cloned</source>
        <translation>uno que se compartió o se clonó</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1484"/>
        <location filename="../../src/planner/cli.py" line="1597"/>
        <source>your name, recorded with each change (default: the one this copy last synced as, else your login name)</source>
        <translation>su nombre, registrado con cada cambio (por defecto: el de la última sincronización de esta copia; si no, su usuario)</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1548"/>
        <source>add or update people from a spreadsheet (CSV, Excel, OpenDocument) or an address book&apos;s cards (vCard); rows matched by e-mail</source>
        <translation>añadir o actualizar personas desde una hoja de cálculo (CSV, Excel, OpenDocument) o las tarjetas de una libreta de direcciones (vCard); las filas se emparejan por correo</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1550"/>
        <source>the .csv, .xlsx or .ods file (a name column; kind, e-mail, phone, title, languages, speaker role if you have them), or a .vcf of contact cards</source>
        <translation>el archivo .csv, .xlsx u .ods (una columna de nombre; tipo, correo, teléfono, cargo, idiomas y perfil de portavoz si los tiene), o un .vcf de tarjetas de contacto</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1553"/>
        <source>add or update journalists on the press list from a spreadsheet (CSV, Excel, OpenDocument) or an address book&apos;s cards (vCard); rows matched by e-mail</source>
        <translation>añadir o actualizar periodistas de la lista de prensa desde una hoja de cálculo (CSV, Excel, OpenDocument) o las tarjetas de una libreta de direcciones (vCard); las filas se emparejan por correo</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1555"/>
        <source>the .csv, .xlsx or .ods file (name and e-mail columns; outlet and language if you have them), or a .vcf of contact cards</source>
        <translation>el archivo .csv, .xlsx u .ods (columnas de nombre y correo; medio e idioma si los tiene), o un .vcf de tarjetas de contacto</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1564"/>
        <source>of a workbook, the sheet to read (by default, the one whose header names the most columns; the line before the counts says which)</source>
        <translation>de un libro de hojas de cálculo, la hoja que se lee (por omisión, aquella cuya cabecera nombra más columnas; la línea antes de los recuentos dice cuál)</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1567"/>
        <source>of a workbook with a sheet per site or team, every sheet that names columns, read as one list</source>
        <translation>de un libro con una hoja por lugar o equipo, todas las hojas que nombran columnas, leídas como una sola lista</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1581"/>
        <source>a shared plan: your name, recorded with what you send (default: the one this copy last synced as)</source>
        <translation>un plan compartido: su nombre, registrado con lo que envíe (por defecto: el de la última sincronización de esta copia)</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1488"/>
        <source>settle a conflict: keep your version</source>
        <translation>resolver un conflicto: quedarse con su versión</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1238"/>
        <source>Other sheets with columns to read: {sheets}; --sheet NAME reads one instead, --every-sheet all</source>
        <translation>Otras hojas con columnas que leer: {sheets}; --sheet NOMBRE lee una de ellas en su lugar, --every-sheet todas</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1242"/>
        <source>{file}: {where}: not added: {problem}</source>
        <translation>{file}: {where}: no se añadió: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1245"/>
        <source>{file}: {where}: added; {namesake}</source>
        <translation>{file}: {where}: se añade; {namesake}</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1248"/>
        <source>{file}: {where}: the same person as {earlier}: this row&apos;s values are taken</source>
        <translation>{file}: {where}: la misma persona que en la {earlier}: se toman los valores de esta fila</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1458"/>
        <source>put the plan&apos;s version over events changed on the server since they were published (each reported as a conflict otherwise), and delete those the plan no longer has all the same; a shared plan: sync first, or what a teammate published since is put back as this copy has it</source>
        <translation>poner la versión del plan sobre los eventos cambiados en el servidor después de publicarse (si no, cada uno se señala como conflicto) y borrar igualmente los que el plan ya no tiene; en un plan compartido, sincronice antes, o lo que alguien del equipo publicó después vuelve a quedar como lo tiene esta copia</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1490"/>
        <source>settle a conflict: take your teammate&apos;s version</source>
        <translation>resolver un conflicto: tomar la versión de su compañero/a</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1492"/>
        <source>settle only this clashing field of it (e.g. start; as --conflicts lists them)</source>
        <translation>resolver solo este campo en conflicto (p. ej. start; como los enumera --conflicts)</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1495"/>
        <source>list the conflicts waiting to be settled, sync nothing</source>
        <translation>enumerar los conflictos por resolver, sin sincronizar nada</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1497"/>
        <source>list the subscription link of each calendar published to a server (CSV)</source>
        <translation>enumerar el enlace de suscripción de cada calendario publicado en un servidor (CSV)</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1499"/>
        <source>the .csv file to write (default: print it)</source>
        <translation>el archivo .csv que escribir (por defecto: mostrarlo)</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1501"/>
        <source>give PERSON a new link; the old one stops working</source>
        <translation>dar un enlace nuevo a PERSON; el antiguo deja de funcionar</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1503"/>
        <source>run a calendar server (Radicale) for a campaign office to publish into</source>
        <translation>ejecutar un servidor de calendarios (Radicale) donde publique una oficina de campaña</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1504"/>
        <source>its calendars are kept beside it</source>
        <translation>sus calendarios se guardan a su lado</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1506"/>
        <source>address:port to serve on (default 127.0.0.1:5232, this machine only; 0.0.0.0:5232 for the local network)</source>
        <translation>dirección:puerto donde servir (por defecto 127.0.0.1:5232, solo esta máquina; 0.0.0.0:5232 para la red local)</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1508"/>
        <source>TLS certificate (PEM), for https</source>
        <translation>certificado TLS (PEM), para https</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1509"/>
        <source>TLS private key (PEM)</source>
        <translation>clave privada TLS (PEM)</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1510"/>
        <source>the organizer&apos;s login (default: organizer)</source>
        <translation>el usuario de la organización (por defecto: organizer)</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1513"/>
        <source>where the calendars are kept (default: beside PLAN)</source>
        <translation>dónde se guardan los calendarios (por defecto: junto a PLAN)</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1516"/>
        <source>staff every media turn: fair, within health limits; or repair after an absence</source>
        <translation>cubrir cada turno de prensa: con equidad y dentro de los límites de salud; o reparar tras una ausencia</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1517"/>
        <source>the rotation is saved in it</source>
        <translation>la rotación se guarda en él</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1519"/>
        <source>id, name or start of the name of a spokesperson who is out; change as little as can be</source>
        <translation>id, nombre o comienzo del nombre de una persona portavoz ausente; se cambia lo menos posible</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1522"/>
        <source>with --repair: out from this date</source>
        <translation>con --repair: ausente desde esta fecha</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1524"/>
        <source>print each person&apos;s load and the penalties</source>
        <translation>mostrar la carga de cada persona y las penalizaciones</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1526"/>
        <source>seconds to search (default 10)</source>
        <translation>segundos de búsqueda (por defecto 10)</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1527"/>
        <source>print the result, change nothing</source>
        <translation>mostrar el resultado, sin cambiar nada</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1529"/>
        <source>write the printable run sheet, one page per day, as a PDF</source>
        <translation>escribir la hoja de servicio imprimible, una página por día, en PDF</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1531"/>
        <source>the .pdf file to write</source>
        <translation>el archivo .pdf que escribir</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1532"/>
        <source>only the days from DATE</source>
        <translation>solo los días desde DATE</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1533"/>
        <source>... up to DATE</source>
        <translation>... hasta DATE</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1535"/>
        <source>only what is at this location (its name or id)</source>
        <translation>solo lo que ocurre en este lugar (su nombre o id)</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1537"/>
        <source>add cards with each person&apos;s subscription link and QR code, to cut out and hand out (everyone published, or the people named)</source>
        <translation>añadir tarjetas con el enlace de suscripción y el código QR de cada persona, para recortar y repartir (todas las publicadas, o las nombradas)</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1541"/>
        <source>write the spokespeople and volunteers as a spreadsheet (CSV)</source>
        <translation>escribir portavoces y voluntariado como hoja de cálculo (CSV)</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1543"/>
        <source>the .csv file to write</source>
        <translation>el archivo .csv que escribir</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1561"/>
        <source>say what would change, change nothing</source>
        <translation>decir qué cambiaría, sin cambiar nada</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1576"/>
        <source>a shared plan: read its server&apos;s password from the next line of stdin</source>
        <translation>un plan compartido: leer la contraseña de su servidor de la línea siguiente de la entrada estándar</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1612"/>
        <source>planner: stopped (Ctrl+C)</source>
        <translation>planner: detenido (Ctrl+C)</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="195"/>
        <location filename="../../src/planner/cli.py" line="1609"/>
        <source>planner: {error}</source>
        <translation>planner: {error}</translation>
    </message>
    <message>
        <location filename="../../src/planner/fileio.py" line="48"/>
        <source>{path}: cannot write (not a file)</source>
        <translation>{path}: no se puede escribir (no es un archivo)</translation>
    </message>
    <message>
        <location filename="../../src/planner/fileio.py" line="204"/>
        <source>{out}: that is the plan itself; give another file to write</source>
        <translation>{out}: es el propio plan; indique otro archivo en el que escribir</translation>
    </message>
    <message>
        <location filename="../../src/planner/fileio.py" line="206"/>
        <source>{out}: names ending in .planner are for plans; give this file another name</source>
        <translation>{out}: los nombres que terminan en .planner son para planes; dé otro nombre a este archivo</translation>
    </message>
    <message>
        <location filename="../../src/planner/fileio.py" line="248"/>
        <source>{path}: cannot write (it is a file, not a folder)</source>
        <translation>{path}: no se puede escribir (es un archivo, no una carpeta)</translation>
    </message>
    <message>
        <location filename="../../src/planner/fileio.py" line="274"/>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <location filename="../../src/planner/fileio.py" line="275"/>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <location filename="../../src/planner/fileio.py" line="276"/>
        <source>the disk is read-only</source>
        <translation>el disco es de solo lectura</translation>
    </message>
    <message>
        <location filename="../../src/planner/fileio.py" line="277"/>
        <source>the folder does not exist</source>
        <translation>la carpeta no existe</translation>
    </message>
    <message>
        <location filename="../../src/planner/fileio.py" line="278"/>
        <source>a part of the path is a file, not a folder</source>
        <translation>una parte de la ruta es un archivo, no una carpeta</translation>
    </message>
    <message>
        <location filename="../../src/planner/fileio.py" line="279"/>
        <source>it is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <location filename="../../src/planner/rotation/solver.py" line="51"/>
        <source>1 turn changed</source>
        <translation>1 turno cambiado</translation>
    </message>
    <message>
        <location filename="../../src/planner/rotation/solver.py" line="51"/>
        <source>{n} turns changed</source>
        <translation>{n} turnos cambiados</translation>
    </message>
    <message>
        <location filename="../../src/planner/rotation/solver.py" line="53"/>
        <source>Optimal in {seconds} s: {changed}, the fairest possible.</source>
        <translation>Óptima en {seconds} s: {changed}, la más justa posible.</translation>
    </message>
    <message>
        <location filename="../../src/planner/rotation/solver.py" line="54"/>
        <source>Feasible in {seconds} s: {changed}, unfairness score {score}; no rotation can score under {bound} (gap {gap}).</source>
        <translation>Válida en {seconds} s: {changed}, desequilibrio {score}; ninguna rotación puede bajar de {bound} (diferencia {gap}).</translation>
    </message>
    <message>
        <location filename="../../src/planner/__main__.py" line="114"/>
        <source>{word} is not a command; did you mean {command}? (planner --help lists them)</source>
        <translation>{word} no es una orden; ¿quería decir {command}? (planner --help las enumera)</translation>
    </message>
    <message>
        <location filename="../../src/planner/__main__.py" line="124"/>
        <source>no display to open the app on; the commands run without one (planner --help lists them)</source>
        <translation>no hay pantalla donde abrir la aplicación; las órdenes funcionan sin ella (planner --help las enumera)</translation>
    </message>
    <message>
        <location filename="../../src/planner/app_options.py" line="22"/>
        <source>Open the Planner app: with FILE, that plan; without, the bundled example as an untitled copy. Run `planner --help` for the headless commands.</source>
        <translation>Abrir la aplicación Planner: con FILE, ese plan; sin él, el ejemplo incluido como copia sin título. `planner --help` enumera las órdenes que funcionan sin pantalla.</translation>
    </message>
    <message>
        <location filename="../../src/planner/app_options.py" line="26"/>
        <source>a .planner document or a .json plan; a calendar (.ics) is imported</source>
        <translation>un documento .planner o un plan .json; un calendario (.ics) se importa</translation>
    </message>
    <message>
        <location filename="../../src/planner/app_options.py" line="29"/>
        <source>show the app in this language (default: the setting, or the system&apos;s)</source>
        <translation>mostrar la aplicación en este idioma (por defecto: el de la configuración o, si no, el del sistema)</translation>
    </message>
    <message>
        <location filename="../../src/planner/app_options.py" line="31"/>
        <source>save a picture of the window to PNG and quit (for docs and CI)</source>
        <translation>guardar una imagen de la ventana en PNG y salir (para la documentación y la CI)</translation>
    </message>
    <message>
        <location filename="../../src/planner/app_options.py" line="32"/>
        <source>open the bundled example (no start screen)</source>
        <translation>abrir el ejemplo incluido (sin pantalla de inicio)</translation>
    </message>
    <message>
        <location filename="../../src/planner/app_options.py" line="35"/>
        <source>start another Planner even if one is running (default: hand FILE to it)</source>
        <translation>abrir otro Planner aunque ya haya uno abierto (por defecto: se le pasa FILE)</translation>
    </message>
    <message>
        <location filename="../../src/planner/app_options.py" line="38"/>
        <source>add Planner to the menu and .planner files to it</source>
        <translation>añadir Planner al menú y asociarle los archivos .planner</translation>
    </message>
    <message>
        <location filename="../../src/planner/app_options.py" line="39"/>
        <source>take them away again</source>
        <translation>quitarlos de nuevo</translation>
    </message>
    <message>
        <location filename="../../src/planner/publish/server.py" line="61"/>
        <source>--listen {text}: give an address and port, like 0.0.0.0:{port}</source>
        <translation>--listen {text}: indique una dirección y un puerto, como 0.0.0.0:{port}</translation>
    </message>
    <message>
        <location filename="../../src/planner/publish/server.py" line="70"/>
        <source>--listen {text}: {host} is not an IP address of this machine</source>
        <translation>--listen {text}: {host} no es una dirección IP de esta máquina</translation>
    </message>
    <message>
        <location filename="../../src/planner/publish/server.py" line="73"/>
        <source>--listen {text}: port {port} is out of range (1–65535)</source>
        <translation>--listen {text}: el puerto {port} está fuera de rango (1–65535)</translation>
    </message>
    <message>
        <location filename="../../src/planner/publish/server.py" line="82"/>
        <source>--user {user}: use letters, digits, dots, hyphens or underscores</source>
        <translation>--user {user}: use letras, dígitos, puntos, guiones o guiones bajos</translation>
    </message>
    <message>
        <location filename="../../src/planner/publish/server.py" line="107"/>
        <source>a certificate</source>
        <translation>un certificado</translation>
    </message>
    <message>
        <location filename="../../src/planner/publish/server.py" line="108"/>
        <source>a private key</source>
        <translation>una clave privada</translation>
    </message>
    <message>
        <location filename="../../src/planner/publish/server.py" line="115"/>
        <source>{path}: not {what} in PEM form (text beginning -----BEGIN …)</source>
        <translation>{path}: no es {what} en formato PEM (texto que empieza por -----BEGIN …)</translation>
    </message>
    <message>
        <location filename="../../src/planner/publish/server.py" line="120"/>
        <source>{key}: the key is locked by a passphrase; give it unlocked (openssl pkey -in {key} -out open-key.pem)</source>
        <translation>{key}: la clave está protegida con una frase de contraseña; indíquela sin protección (openssl pkey -in {key} -out open-key.pem)</translation>
    </message>
    <message>
        <location filename="../../src/planner/publish/server.py" line="124"/>
        <source>{key} is not the key of {certificate}</source>
        <translation>{key} no es la clave de {certificate}</translation>
    </message>
    <message>
        <location filename="../../src/planner/publish/server.py" line="125"/>
        <source>{certificate} and {key}: not a certificate and its key that TLS can use</source>
        <translation>{certificate} y {key}: no son un certificado y su clave que TLS pueda usar</translation>
    </message>
    <message>
        <location filename="../../src/planner/publish/server.py" line="136"/>
        <source>the organizer&apos;s password is empty; give one with --password-stdin</source>
        <translation>la contraseña del organizador está vacía; indique una con --password-stdin</translation>
    </message>
    <message>
        <location filename="../../src/planner/publish/server.py" line="86"/>
        <source>{path}: no such certificate or key file</source>
        <translation>{path}: no existe ese certificado o archivo de clave</translation>
    </message>
    <message>
        <location filename="../../src/planner/publish/server.py" line="88"/>
        <source>TLS needs both --cert and --key</source>
        <translation>TLS necesita --cert y --key a la vez</translation>
    </message>
    <message>
        <location filename="../../src/planner/publish/server.py" line="145"/>
        <source>{folder}: cannot set up the server there ({why})</source>
        <translation>{folder}: no se puede preparar el servidor ahí ({why})</translation>
    </message>
    <message>
        <location filename="../../src/planner/publish/server.py" line="205"/>
        <location filename="../../src/planner/publish/server.py" line="207"/>
        <source>{url}: cannot serve there ({why})</source>
        <translation>{url}: no se puede servir ahí ({why})</translation>
    </message>
    <message>
        <location filename="../../src/planner/publish/server.py" line="223"/>
        <source>{url}: cannot listen there ({why})</source>
        <translation>{url}: no se puede escuchar ahí ({why})</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/vcards.py" line="53"/>
        <source>{source}: not UTF-8 text (byte {byte}); export the cards again as vCard 3 or 4</source>
        <translation>{source}: no es texto UTF-8 (byte {byte}); vuelva a exportar las tarjetas como vCard 3 o 4</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/vcards.py" line="76"/>
        <source>{source}: line {line}: a card that cannot be read ({why})</source>
        <translation>{source}: línea {line}: una tarjeta que no se puede leer ({why})</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/vcards.py" line="79"/>
        <source>{source}: no contact cards in it</source>
        <translation>{source}: no contiene tarjetas de contacto</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/workbooks.py" line="44"/>
        <source>{source}: an Excel 97-2003 workbook (.xls) or one with a password; save it as an Excel workbook (.xlsx) or as &apos;CSV UTF-8&apos;, without a password</source>
        <translation>{source}: un libro de Excel 97-2003 (.xls) o uno con contraseña; guárdelo como libro de Excel (.xlsx) o como &apos;CSV UTF-8&apos;, sin contraseña</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/workbooks.py" line="55"/>
        <source>{source}: {size} MB unpacked is far more than a list of people (at most {most} MB)</source>
        <translation>{source}: {size} MB descomprimidos son mucho más que una lista de personas (como mucho {most} MB)</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/workbooks.py" line="69"/>
        <source>{source}: workbooks are not read without defusedxml</source>
        <translation>{source}: los libros de Excel no se leen sin defusedxml</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/workbooks.py" line="59"/>
        <source>{source}: the workbook has no sheet</source>
        <translation>{source}: el libro no tiene ninguna hoja</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/workbooks.py" line="94"/>
        <source>{source}: not a spreadsheet (a Numbers file, or another zip); save it as an Excel workbook (.xlsx) or as &apos;CSV UTF-8&apos;</source>
        <translation>{source}: no es una hoja de cálculo (es un archivo de Numbers, u otro zip); guárdelo como libro de Excel (.xlsx) o como &apos;CSV UTF-8&apos;</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/workbooks.py" line="102"/>
        <source>{source}: more than {most} rows, far more than a list of people</source>
        <translation>{source}: más de {most} filas, mucho más que una lista de personas</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/workbooks.py" line="141"/>
        <source>{source}: a workbook that cannot be read ({why})</source>
        <translation>{source}: un libro de cálculo que no se puede leer ({why})</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/opendocument.py" line="43"/>
        <source>{source}: an OpenDocument file that is not a spreadsheet</source>
        <translation>{source}: un archivo OpenDocument que no es una hoja de cálculo</translation>
    </message>
    <message>
        <location filename="../../src/planner/storage/opendocument.py" line="46"/>
        <source>{source}: a spreadsheet with a password; save it without one</source>
        <translation>{source}: una hoja de cálculo con contraseña; guárdela sin contraseña</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../src/planner/ui/i18n.py" line="26"/>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/i18n.py" line="27"/>
        <source>%1 File</source>
        <comment>%1 is a file name suffix, for example txt</comment>
        <translation>Fichero %1</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../src/planner/ui/i18n.py" line="24"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Ver en:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/i18n.py" line="25"/>
        <source>Files of &amp;type:</source>
        <translation>Ficheros de &amp;tipo:</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../src/planner/cli.py" line="1309"/>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1310"/>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1311"/>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1312"/>
        <source>show this help message and exit</source>
        <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1313"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1314"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1315"/>
        <source>the following arguments are required: %s</source>
        <translation>faltan estos argumentos: %s</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1316"/>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1317"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elija entre %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1318"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s puede ser %(matches)s</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1319"/>
        <source>ignored explicit argument %r</source>
        <translation>argumento explícito ignorado: %r</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1320"/>
        <source>expected one argument</source>
        <translation>se esperaba un argumento</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1321"/>
        <source>expected at most one argument</source>
        <translation>se esperaba como mucho un argumento</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1322"/>
        <source>expected at least one argument</source>
        <translation>se esperaba al menos un argumento</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1323"/>
        <source>expected %s argument</source>
        <translation>se esperaba %s argumento</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1324"/>
        <source>expected %s arguments</source>
        <translation>se esperaban %s argumentos</translation>
    </message>
    <message>
        <location filename="../../src/planner/cli.py" line="1325"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor %(type)s no válido: %(value)r</translation>
    </message>
</context>
</TS>
