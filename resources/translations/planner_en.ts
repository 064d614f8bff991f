<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message numerus="yes">
        <location filename="../../src/planner/ui/calendar_view/input.py" line="251"/>
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Delete %n item</numerusform>
            <numerusform>Delete %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/document.py" line="586"/>
        <source>Import %n media window(s)</source>
        <translation>
            <numerusform>Import %n media window</numerusform>
            <numerusform>Import %n media windows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/main_window/files.py" line="287"/>
        <source>Calendars in {folder} written as the plan was at Export: {changed} of %n file(s)</source>
        <translation>
            <numerusform>Calendars in {folder} written as the plan was at Export: {changed} of %n file</numerusform>
            <numerusform>Calendars in {folder} written as the plan was at Export: {changed} of %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/main_window/files.py" line="290"/>
        <source>Calendars in {folder} are up to date: {changed} of %n file(s) written</source>
        <translation>
            <numerusform>Calendars in {folder} are up to date: {changed} of %n file written</numerusform>
            <numerusform>Calendars in {folder} are up to date: {changed} of %n files written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/main_window/files.py" line="332"/>
        <source>Added %n media window(s) from {file}.</source>
        <translation>
            <numerusform>Added %n media window from {file}.</numerusform>
            <numerusform>Added %n media windows from {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/main_window/files.py" line="391"/>
        <source>Wrote %n person(s) to {path}</source>
        <translation>
            <numerusform>Wrote %n person to {path}</numerusform>
            <numerusform>Wrote %n people to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/main_window/files.py" line="461"/>
        <source>This plan has %n warning(s)</source>
        <translation>
            <numerusform>This plan has %n warning</numerusform>
            <numerusform>This plan has %n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/main_window/files.py" line="482"/>
        <source>Planner did not close properly. %n unsaved change(s) to {name} from {time} can be restored.</source>
        <translation>
            <numerusform>Planner did not close properly. %n unsaved change to {name} from {time} can be restored.</numerusform>
            <numerusform>Planner did not close properly. %n unsaved changes to {name} from {time} can be restored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/outbox.py" line="348"/>
        <source>%n message(s) pending</source>
        <translation>
            <numerusform>%n message pending</numerusform>
            <numerusform>%n messages pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/outbox.py" line="349"/>
        <source>, %n cannot be sent</source>
        <translation>
            <numerusform>, %n cannot be sent</numerusform>
            <numerusform>, %n cannot be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/outbox.py" line="327"/>
        <source>Saved %n message(s) to {folder}; nothing was sent.</source>
        <translation>
            <numerusform>Saved %n message to {folder}; nothing was sent.</numerusform>
            <numerusform>Saved %n messages to {folder}; nothing was sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/outbox.py" line="299"/>
        <source>%n person(s) with an e-mail and a turn or shift have no link yet: their schedule e-mail waits until File ▸ Publish to Calendar Server… gives them one.</source>
        <translation>
            <numerusform>%n person with an e-mail and a turn or shift has no link yet: their schedule e-mail waits until File ▸ Publish to Calendar Server… gives them one.</numerusform>
            <numerusform>%n people with an e-mail and a turn or shift have no link yet: their schedule e-mail waits until File ▸ Publish to Calendar Server… gives them one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/outbox.py" line="330"/>
        <source>%n could not be made (the first): {why}</source>
        <translation>
            <numerusform>%n could not be made: {why}</numerusform>
            <numerusform>%n could not be made; the first: {why}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/outbox.py" line="383"/>
        <source>Sending %n message(s)…</source>
        <translation>
            <numerusform>Sending %n message…</numerusform>
            <numerusform>Sending %n messages…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/outbox.py" line="433"/>
        <source>%n left to {names}, who is sending them; </source>
        <translation>
            <numerusform>%n left to {names}, who is sending it; </numerusform>
            <numerusform>%n left to {names}, who is sending them; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/main_window/press.py" line="40"/>
        <source>Release {number} ({name}) kept: %n message(s) waiting in Press ▸ Outbox.</source>
        <translation>
            <numerusform>Release {number} ({name}) kept: %n message waiting in Press ▸ Outbox.</numerusform>
            <numerusform>Release {number} ({name}) kept: %n messages waiting in Press ▸ Outbox.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/press.py" line="258"/>
        <source>%n warning(s) in the plan:</source>
        <translation>
            <numerusform>%n warning in the plan:</numerusform>
            <numerusform>%n warnings in the plan:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/press.py" line="262"/>
        <source>… and %n more (View ▸ Warnings lists them all)</source>
        <translation>
            <numerusform>… and %n more warning (View ▸ Warnings lists them all)</numerusform>
            <numerusform>… and %n more warnings (View ▸ Warnings lists them all)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/publish_dialog.py" line="149"/>
        <source>Publishing calendar {number} of {total}: %n event(s) sent so far.</source>
        <translation>
            <numerusform>Publishing calendar {number} of {total}: %n event sent so far.</numerusform>
            <numerusform>Publishing calendar {number} of {total}: %n events sent so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/publish_dialog.py" line="170"/>
        <source>Stopped: %n event(s) sent</source>
        <translation>
            <numerusform>Stopped: %n event sent</numerusform>
            <numerusform>Stopped: %n events sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/publish_dialog.py" line="171"/>
        <source>Published: %n event(s) sent</source>
        <translation>
            <numerusform>Published: %n event sent</numerusform>
            <numerusform>Published: %n events sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/publish_dialog.py" line="180"/>
        <source>%n calendar(s) renamed.</source>
        <translation>
            <numerusform>%n calendar renamed.</numerusform>
            <numerusform>%n calendars renamed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/team.py" line="108"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/team.py" line="110"/>
        <source>offline, %n change(s) waiting</source>
        <translation>
            <numerusform>offline, %n change waiting</numerusform>
            <numerusform>offline, %n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/team.py" line="116"/>
        <source>read-only on the server, %n change(s) waiting</source>
        <translation>
            <numerusform>read-only on the server, %n change waiting</numerusform>
            <numerusform>read-only on the server, %n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/team.py" line="118"/>
        <source>%n change(s) the server would not take</source>
        <translation>
            <numerusform>%n change the server would not take</numerusform>
            <numerusform>%n changes the server would not take</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/team.py" line="120"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/people_picker.py" line="83"/>
        <source>Find among %n name(s)</source>
        <translation>
            <numerusform>Find among %n name</numerusform>
            <numerusform>Find among %n names</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/people_picker.py" line="125"/>
        <source>Chosen: {names} and %n other(s)</source>
        <translation>
            <numerusform>Chosen: {names} and %n other</numerusform>
            <numerusform>Chosen: {names} and %n others</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/import_preview.py" line="39"/>
        <source>This workbook has %n sheet(s) with columns to read. Read which one?</source>
        <translation>
            <numerusform>This workbook has %n sheet with columns to read. Read which one?</numerusform>
            <numerusform>This workbook has %n sheets with columns to read. Read which one?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/import_preview.py" line="40"/>
        <source>All %n sheets, as one list</source>
        <translation>
            <numerusform>All %n sheet, as one list</numerusform>
            <numerusform>All %n sheets, as one list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/import_preview.py" line="87"/>
        <source>%n row(s) to add</source>
        <translation>
            <numerusform>%n row to add</numerusform>
            <numerusform>%n rows to add</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/import_preview.py" line="87"/>
        <source>%n row(s) to update</source>
        <translation>
            <numerusform>%n row to update</numerusform>
            <numerusform>%n rows to update</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/import_preview.py" line="89"/>
        <source>%n row(s) unchanged</source>
        <translation>
            <numerusform>%n row unchanged</numerusform>
            <numerusform>%n rows unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/import_preview.py" line="91"/>
        <source>%n row(s) repeating an earlier one</source>
        <translation>
            <numerusform>%n row repeating an earlier one</numerusform>
            <numerusform>%n rows repeating earlier ones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/import_preview.py" line="92"/>
        <source>%n row(s) with problems</source>
        <translation>
            <numerusform>%n row with problems</numerusform>
            <numerusform>%n rows with problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/editors.py" line="461"/>
        <source>%n day(s) ticked</source>
        <translation>
            <numerusform>%n day ticked</numerusform>
            <numerusform>%n days ticked</numerusform>
        </translation>
    </message>
</context>
</TS>
