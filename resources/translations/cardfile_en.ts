<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Action</name>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="326" />
            <source>Clear %Ln activity(ies)</source>
            <translation>
                <numerusform>Clear %Ln activity</numerusform>
                <numerusform>Clear %Ln activities</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="327" />
            <source>Reschedule %Ln activity(ies)</source>
            <translation>
                <numerusform>Reschedule %Ln activity</numerusform>
                <numerusform>Reschedule %Ln activities</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="328" />
            <source>Delete %Ln activity(ies)</source>
            <translation>
                <numerusform>Delete %Ln activity</numerusform>
                <numerusform>Delete %Ln activities</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="337" />
            <source>Schedule an activity with each of %Ln person(s)</source>
            <translation>
                <numerusform>Schedule an activity with each of %Ln person</numerusform>
                <numerusform>Schedule an activity with each of %Ln persons</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ActivitiesPage</name>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/kind.py" line="281" />
            <source>%Ln activity(ies)</source>
            <translation>
                <numerusform>%Ln activity</numerusform>
                <numerusform>%Ln activities</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/page.py" line="285" />
            <source>%Ln task(s)</source>
            <translation>
                <numerusform>%Ln task</numerusform>
                <numerusform>%Ln tasks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/page.py" line="308" />
            <source>%Ln task(s) overdue</source>
            <translation>
                <numerusform>%Ln task overdue</numerusform>
                <numerusform>%Ln tasks overdue</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ActivitiesTab</name>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/tab.py" line="108" />
            <source>… and %Ln more in the task list</source>
            <translation>
                <numerusform>… and %Ln more in the task list</numerusform>
                <numerusform>… and %Ln more in the task list</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/tab.py" line="123" />
            <source>… and %Ln earlier in History</source>
            <translation>
                <numerusform>… and %Ln earlier in History</numerusform>
                <numerusform>… and %Ln earlier in History</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ActivityEditors</name>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/editors.py" line="481" />
            <source>Every day</source>
            <translation>
                <numerusform>Every day</numerusform>
                <numerusform>Every day</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/editors.py" line="481" />
            <source>Every %Ln day(s)</source>
            <translation>
                <numerusform>Every %Ln day</numerusform>
                <numerusform>Every %Ln days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/editors.py" line="482" />
            <source>Every week</source>
            <translation>
                <numerusform>Every week</numerusform>
                <numerusform>Every week</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/editors.py" line="482" />
            <source>Every %Ln week(s)</source>
            <translation>
                <numerusform>Every %Ln week</numerusform>
                <numerusform>Every %Ln weeks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/editors.py" line="483" />
            <source>Every month</source>
            <translation>
                <numerusform>Every month</numerusform>
                <numerusform>Every month</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/editors.py" line="483" />
            <source>Every %Ln month(s)</source>
            <translation>
                <numerusform>Every %Ln month</numerusform>
                <numerusform>Every %Ln months</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/editors.py" line="484" />
            <source>Every year</source>
            <translation>
                <numerusform>Every year</numerusform>
                <numerusform>Every year</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/editors.py" line="484" />
            <source>Every %Ln year(s)</source>
            <translation>
                <numerusform>Every %Ln year</numerusform>
                <numerusform>Every %Ln years</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/editors.py" line="509" />
            <source>%Ln time(s)</source>
            <translation>
                <numerusform>%Ln time</numerusform>
                <numerusform>%Ln times</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ActivityForm</name>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/form.py" line="215" />
            <source>And %Ln more.</source>
            <translation>
                <numerusform>And %Ln more.</numerusform>
                <numerusform>And %Ln more.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CalendarPage</name>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/calendar/page.py" line="342" />
            <source>%Ln activity(s) shown</source>
            <translation>
                <numerusform>%Ln activity shown</numerusform>
                <numerusform>%Ln activities shown</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CalendarView</name>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/calendar/view.py" line="547" />
            <location filename="../../src/cardfile/ui/calendar/view.py" line="607" />
            <source>+%Ln more</source>
            <translation>
                <numerusform>+%Ln more</numerusform>
                <numerusform>+%Ln more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/calendar/view.py" line="618" />
            <source>%Ln overdue</source>
            <translation>
                <numerusform>%Ln overdue</numerusform>
                <numerusform>%Ln overdue</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Card</name>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/records/card.py" line="135" />
            <source>%Ln year(s) today</source>
            <translation>
                <numerusform>%Ln year today</numerusform>
                <numerusform>%Ln years today</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/records/card.py" line="142" />
            <source>%Ln year(s) tomorrow</source>
            <translation>
                <numerusform>%Ln year tomorrow</numerusform>
                <numerusform>%Ln years tomorrow</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/records/card.py" line="145" />
            <source>turns {years} in %Ln day(s)</source>
            <translation>
                <numerusform>turns {years} in %Ln day</numerusform>
                <numerusform>turns {years} in %Ln days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/records/card.py" line="147" />
            <source>{years} in %Ln day(s)</source>
            <translation>
                <numerusform>{years} in %Ln day</numerusform>
                <numerusform>{years} in %Ln days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/records/card.py" line="147" />
            <location filename="../../src/cardfile/ui/records/card.py" line="151" />
            <source>%Ln year(s)</source>
            <translation>
                <numerusform>%Ln year</numerusform>
                <numerusform>%Ln years</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/records/card.py" line="158" />
            <source>in %Ln day(s)</source>
            <translation>
                <numerusform>in %Ln day</numerusform>
                <numerusform>in %Ln days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClearDialog</name>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/clear.py" line="74" />
            <source>Clear %Ln Activities</source>
            <translation>
                <numerusform>Clear %Ln Activities</numerusform>
                <numerusform>Clear %Ln Activities</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/clear.py" line="87" />
            <source>Each of the %Ln activities is cleared as happening when it was scheduled.</source>
            <translation>
                <numerusform>Each of the %Ln activities is cleared as happening when it was scheduled.</numerusform>
                <numerusform>Each of the %Ln activities is cleared as happening when it was scheduled.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CompaniesPage</name>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="221" />
            <source>%Ln company(ies)</source>
            <translation>
                <numerusform>%Ln company</numerusform>
                <numerusform>%Ln companies</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/sync/conflicts.py" line="199" />
            <source>%Ln conflict(s) to review</source>
            <translation>
                <numerusform>%Ln conflict to review</numerusform>
                <numerusform>%Ln conflicts to review</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ContactsPage</name>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="206" />
            <location filename="../../src/cardfile/app.py" line="249" />
            <source>%Ln contact(s)</source>
            <translation>
                <numerusform>%Ln contact</numerusform>
                <numerusform>%Ln contacts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dialogs/crash.py" line="82" />
            <source>Cardfile ran into %Ln problem(s)</source>
            <translation>
                <numerusform>Cardfile ran into %Ln problem</numerusform>
                <numerusform>Cardfile ran into %Ln problems</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CsvMapping</name>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/csv_mapping_page.py" line="326" />
            <source>{file}: {encoding}, separated by {delimiter}, %Ln column(s).</source>
            <translation>
                <numerusform>{file}: {encoding}, separated by {delimiter}, %Ln column.</numerusform>
                <numerusform>{file}: {encoding}, separated by {delimiter}, %Ln columns.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="451" />
            <source>Today (%Ln)</source>
            <translation>
                <numerusform>Today (%Ln)</numerusform>
                <numerusform>Today (%Ln)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="451" />
            <source>Overdue (%Ln)</source>
            <translation>
                <numerusform>Overdue (%Ln)</numerusform>
                <numerusform>Overdue (%Ln)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="497" />
            <source>win rate of the %Ln deal(s) closed in the period</source>
            <translation>
                <numerusform>win rate of the %Ln deal closed in the period</numerusform>
                <numerusform>win rate of the %Ln deals closed in the period</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="499" />
            <source>Won: %Ln deal(s)</source>
            <translation>
                <numerusform>Won: %Ln deal</numerusform>
                <numerusform>Won: %Ln deals</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="500" />
            <source>Lost: %Ln deal(s)</source>
            <translation>
                <numerusform>Lost: %Ln deal</numerusform>
                <numerusform>Lost: %Ln deals</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="515" />
            <source>Won (%Ln)</source>
            <translation>
                <numerusform>Won (%Ln)</numerusform>
                <numerusform>Won (%Ln)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="517" />
            <source>%Ln deal(s) won: click to list them</source>
            <translation>
                <numerusform>%Ln deal won: click to list it</numerusform>
                <numerusform>%Ln deals won: click to list them</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="521" />
            <source>Lost (%Ln)</source>
            <translation>
                <numerusform>Lost (%Ln)</numerusform>
                <numerusform>Lost (%Ln)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="523" />
            <source>%Ln deal(s) lost: click to list them</source>
            <translation>
                <numerusform>%Ln deal lost: click to list it</numerusform>
                <numerusform>%Ln deals lost: click to list them</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="543" />
            <source>{amounts} + %Ln more currency(ies)</source>
            <translation>
                <numerusform>{amounts} + %Ln more currency</numerusform>
                <numerusform>{amounts} + %Ln more currencies</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="563" />
            <source>{stage}: {amount} in %Ln deal(s)</source>
            <translation>
                <numerusform>{stage}: {amount} in %Ln deal</numerusform>
                <numerusform>{stage}: {amount} in %Ln deals</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dashboard/page.py" line="600" />
            <source>{month}: {amount} in %Ln open deal(s)</source>
            <translation>
                <numerusform>{month}: {amount} in %Ln open deal</numerusform>
                <numerusform>{month}: {amount} in %Ln open deals</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Deals</name>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/deals/texts.py" line="58" />
            <source>%Ln deal(s)</source>
            <translation>
                <numerusform>%Ln deal</numerusform>
                <numerusform>%Ln deals</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/deals/texts.py" line="100" />
            <source>+ %Ln more currency(ies)</source>
            <translation>
                <numerusform>+ %Ln more currency</numerusform>
                <numerusform>+ %Ln more currencies</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DealsPage</name>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="236" />
            <source>%Ln deal(s)</source>
            <translation>
                <numerusform>%Ln deal</numerusform>
                <numerusform>%Ln deals</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DuplicatesDialog</name>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="298" />
            <source>%Ln group(s) of possible duplicates</source>
            <translation>
                <numerusform>%Ln group of possible duplicates</numerusform>
                <numerusform>%Ln groups of possible duplicates</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Error</name>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="738" />
            <source>The stage “{stage}” holds %Ln deal(s); choose the stage they move to: {stages}.</source>
            <translation>
                <numerusform>The stage “{stage}” holds %Ln deal; choose the stage it moves to: {stages}.</numerusform>
                <numerusform>The stage “{stage}” holds %Ln deals; choose the stage they move to: {stages}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="741" />
            <source>The pipeline “{pipeline}” holds %Ln deal(s); choose a stage of another pipeline for them.</source>
            <translation>
                <numerusform>The pipeline “{pipeline}” holds %Ln deal; choose a stage of another pipeline for it.</numerusform>
                <numerusform>The pipeline “{pipeline}” holds %Ln deals; choose a stage of another pipeline for them.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="768" />
            <source>A name can be at most %Ln character(s) long.</source>
            <translation>
                <numerusform>A name can be at most %Ln character long.</numerusform>
                <numerusform>A name can be at most %Ln characters long.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="801" />
            <source>%Ln new contact(s)</source>
            <translation>
                <numerusform>%Ln new contact</numerusform>
                <numerusform>%Ln new contacts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="803" />
            <source>%Ln new company(ies)</source>
            <translation>
                <numerusform>%Ln new company</numerusform>
                <numerusform>%Ln new companies</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/words.py" line="805" />
            <source>%Ln changed record(s)</source>
            <translation>
                <numerusform>%Ln changed record</numerusform>
                <numerusform>%Ln changed records</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dialogs/export.py" line="368" />
            <source>Exported %Ln record(s) to {target}.</source>
            <translation>
                <numerusform>Exported %Ln record to {target}.</numerusform>
                <numerusform>Exported %Ln records to {target}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Forecast</name>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/deals/forecast.py" line="555" />
            <source>{period}: {amount} {what}, %Ln open deal(s)</source>
            <translation>
                <numerusform>{period}: {amount} {what}, %Ln open deal</numerusform>
                <numerusform>{period}: {amount} {what}, %Ln open deals</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportProblem</name>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/problems.py" line="117" />
            <source>line {line}: an alarm %Ln minute(s) ahead is kept as 30 days ahead</source>
            <translation>
                <numerusform>line {line}: an alarm %Ln minute ahead is kept as 30 days ahead</numerusform>
                <numerusform>line {line}: an alarm %Ln minutes ahead is kept as 30 days ahead</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="100" />
            <source>{files}: the first %Ln item(s), {known} imported before, {rejected} not importable.</source>
            <translation>
                <numerusform>{files}: the first %Ln item, {known} imported before, {rejected} not importable.</numerusform>
                <numerusform>{files}: the first %Ln items, {known} imported before, {rejected} not importable.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/calendar_page.py" line="104" />
            <source>%Ln file(s)</source>
            <translation>
                <numerusform>%Ln file</numerusform>
                <numerusform>%Ln files</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="446" />
            <source>%Ln card(s)</source>
            <translation>
                <numerusform>%Ln card</numerusform>
                <numerusform>%Ln cards</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="447" />
            <source>from %Ln file(s)</source>
            <translation>
                <numerusform>from %Ln file</numerusform>
                <numerusform>from %Ln files</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="452" />
            <source>%Ln duplicate(s)</source>
            <translation>
                <numerusform>%Ln duplicate</numerusform>
                <numerusform>%Ln duplicates</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="453" />
            <source>%Ln not importable</source>
            <translation>
                <numerusform>%Ln not importable</numerusform>
                <numerusform>%Ln not importable</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/importing/wizard.py" line="741" />
            <source>%Ln card(s) read: {imported} new, {updated} updated</source>
            <translation>
                <numerusform>%Ln card read: {imported} new, {updated} updated</numerusform>
                <numerusform>%Ln cards read: {imported} new, {updated} updated</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Lengths</name>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dates.py" line="117" />
            <source>%Ln week(s)</source>
            <translation>
                <numerusform>%Ln week</numerusform>
                <numerusform>%Ln weeks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dates.py" line="119" />
            <source>%Ln day(s)</source>
            <translation>
                <numerusform>%Ln day</numerusform>
                <numerusform>%Ln days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Lookup</name>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="548" />
            <source>%Ln company(ies) match.</source>
            <translation>
                <numerusform>%Ln company matches.</numerusform>
                <numerusform>%Ln companies match.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dialogs/lookups.py" line="549" />
            <source>%Ln contact(s) match.</source>
            <translation>
                <numerusform>%Ln contact matches.</numerusform>
                <numerusform>%Ln contacts match.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/main_window.py" line="931" />
            <source>Imported %Ln new record(s) and updated {updated}.</source>
            <translation>
                <numerusform>Imported %Ln new record and updated {updated}.</numerusform>
                <numerusform>Imported %Ln new records and updated {updated}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/main_window.py" line="971" />
            <source>Exported %Ln record(s) to {target}</source>
            <translation>
                <numerusform>Exported %Ln record to {target}</numerusform>
                <numerusform>Exported %Ln records to {target}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MarkedPairsDialog</name>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/duplicates/duplicates_dialog.py" line="359" />
            <source>%Ln pair(s) marked as not duplicates</source>
            <translation>
                <numerusform>%Ln pair marked as not duplicates</numerusform>
                <numerusform>%Ln pairs marked as not duplicates</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="104" />
            <source>activities: %Ln</source>
            <translation>
                <numerusform>activities: %Ln</numerusform>
                <numerusform>activities: %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="105" />
            <source>notes: %Ln</source>
            <translation>
                <numerusform>notes: %Ln</numerusform>
                <numerusform>notes: %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="106" />
            <source>deals: %Ln</source>
            <translation>
                <numerusform>deals: %Ln</numerusform>
                <numerusform>deals: %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="107" />
            <source>groups: %Ln</source>
            <translation>
                <numerusform>groups: %Ln</numerusform>
                <numerusform>groups: %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="108" />
            <source>people: %Ln</source>
            <translation>
                <numerusform>people: %Ln</numerusform>
                <numerusform>people: %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="109" />
            <source>conflicts: %Ln</source>
            <translation>
                <numerusform>conflicts: %Ln</numerusform>
                <numerusform>conflicts: %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/duplicates/merge_dialog.py" line="234" />
            <source>Fields the same on every card: %Ln</source>
            <translation>
                <numerusform>Fields the same on every card: %Ln</numerusform>
                <numerusform>Fields the same on every card: %Ln</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MergesDialog</name>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/duplicates/merges_dialog.py" line="113" />
            <source>%Ln merge(s)</source>
            <translation>
                <numerusform>%Ln merge</numerusform>
                <numerusform>%Ln merges</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MoneyEdit</name>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/widgets/value_editors.py" line="129" />
            <source>{currency} has %Ln decimal(s) at most, such as {example}.</source>
            <translation>
                <numerusform>{currency} has %Ln decimal at most, such as {example}.</numerusform>
                <numerusform>{currency} has %Ln decimals at most, such as {example}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PipelineBoard</name>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/deals/board.py" line="496" />
            <source>{totals}; %Ln more currency(ies)</source>
            <translation>
                <numerusform>{totals}; %Ln more currency</numerusform>
                <numerusform>{totals}; %Ln more currencies</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Problem</name>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/problems.py" line="249" />
            <source>{field}: at most %Ln character(s).</source>
            <translation>
                <numerusform>{field}: at most %Ln character.</numerusform>
                <numerusform>{field}: at most %Ln characters.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/problems.py" line="250" />
            <source>{field}: at most %Ln entry(ies).</source>
            <translation>
                <numerusform>{field}: at most %Ln entry.</numerusform>
                <numerusform>{field}: at most %Ln entries.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/problems.py" line="310" />
            <source>Sync every {low} (only by hand) to %Ln minute(s).</source>
            <translation>
                <numerusform>Sync every {low} (only by hand) to %Ln minute.</numerusform>
                <numerusform>Sync every {low} (only by hand) to %Ln minutes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/problems.py" line="314" />
            <source>{field}: this is too large to sync; at most %Ln character(s).</source>
            <translation>
                <numerusform>{field}: this is too large to sync; at most %Ln character.</numerusform>
                <numerusform>{field}: this is too large to sync; at most %Ln characters.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/problems.py" line="335" />
            <source>{field}: at most %Ln decimal(s).</source>
            <translation>
                <numerusform>{field}: at most %Ln decimal.</numerusform>
                <numerusform>{field}: at most %Ln decimals.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RelatedTabs</name>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/records/tabs.py" line="365" />
            <source>… and %Ln earlier entry(ies)</source>
            <translation>
                <numerusform>… and %Ln earlier entry</numerusform>
                <numerusform>… and %Ln earlier entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/records/tabs.py" line="404" />
            <source>… and %Ln more field(s)</source>
            <translation>
                <numerusform>… and %Ln more field</numerusform>
                <numerusform>… and %Ln more fields</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReminderController</name>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="137" />
            <source>%Ln alarms</source>
            <translation>
                <numerusform>%Ln alarms</numerusform>
                <numerusform>%Ln alarms</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReminderWindow</name>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/reminders.py" line="241" />
            <source>%Ln alarm(s) due</source>
            <translation>
                <numerusform>%Ln alarm due</numerusform>
                <numerusform>%Ln alarms due</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="137" />
            <source>… and %Ln more row(s): printing, the PDF and the CSV have them all.</source>
            <translation>
                <numerusform>… and %Ln more row: printing, the PDF and the CSV have it.</numerusform>
                <numerusform>… and %Ln more rows: printing, the PDF and the CSV have them all.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/reports/dialog.py" line="367" />
            <source>{title}: %Ln row(s).</source>
            <translation>
                <numerusform>{title}: %Ln row.</numerusform>
                <numerusform>{title}: %Ln rows.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RescheduleDialog</name>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/activities/clear.py" line="278" />
            <source>Reschedule %Ln Activities</source>
            <translation>
                <numerusform>Reschedule %Ln Activities</numerusform>
                <numerusform>Reschedule %Ln Activities</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SearchField</name>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/search.py" line="90" />
            <source>Show all %Ln contacts</source>
            <translation>
                <numerusform>Show all %Ln contacts</numerusform>
                <numerusform>Show all %Ln contacts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/search.py" line="91" />
            <source>Show all %Ln companies</source>
            <translation>
                <numerusform>Show all %Ln companies</numerusform>
                <numerusform>Show all %Ln companies</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/search.py" line="92" />
            <source>Show all %Ln activities</source>
            <translation>
                <numerusform>Show all %Ln activities</numerusform>
                <numerusform>Show all %Ln activities</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/search.py" line="93" />
            <source>Show all %Ln notes</source>
            <translation>
                <numerusform>Show all %Ln notes</numerusform>
                <numerusform>Show all %Ln notes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/search.py" line="94" />
            <source>Show all %Ln deals</source>
            <translation>
                <numerusform>Show all %Ln deals</numerusform>
                <numerusform>Show all %Ln deals</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/search.py" line="96" />
            <source>Show all %Ln</source>
            <translation>
                <numerusform>Show all %Ln</numerusform>
                <numerusform>Show all %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/search.py" line="138" />
            <source>{names} and %Ln more</source>
            <translation>
                <numerusform>{names} and %Ln more</numerusform>
                <numerusform>{names} and %Ln more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/sync/controller.py" line="108" />
            <source>%Ln change(s) waiting</source>
            <translation>
                <numerusform>%Ln change waiting</numerusform>
                <numerusform>%Ln changes waiting</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/sync/controller.py" line="112" />
            <source>%Ln conflict(s)</source>
            <translation>
                <numerusform>%Ln conflict</numerusform>
                <numerusform>%Ln conflicts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/sync/controller.py" line="148" />
            <source>Syncs by itself every %Ln minute(s).</source>
            <translation>
                <numerusform>Syncs by itself every %Ln minute.</numerusform>
                <numerusform>Syncs by itself every %Ln minutes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/sync/controller.py" line="271" />
            <source>Synced, but the server overruled %Ln change(s): {reason}. The value it holds is back.</source>
            <translation>
                <numerusform>Synced, but the server overruled %Ln change: {reason}. The value it holds is back.</numerusform>
                <numerusform>Synced, but the server overruled %Ln changes: {reason}. The value it holds is back.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/sync/controller.py" line="279" />
            <source>Synced: %Ln change(s) sent, {received} received; {conflicts} to review in Sync ▸ Conflicts.</source>
            <translation>
                <numerusform>Synced: %Ln change sent, {received} received; {conflicts} to review in Sync ▸ Conflicts.</numerusform>
                <numerusform>Synced: %Ln changes sent, {received} received; {conflicts} to review in Sync ▸ Conflicts.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/sync/controller.py" line="287" />
            <source>Synced: %Ln change(s) sent, {received} received.</source>
            <translation>
                <numerusform>Synced: %Ln change sent, {received} received.</numerusform>
                <numerusform>Synced: %Ln changes sent, {received} received.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncSettingsDialog</name>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/sync/settings.py" line="45" />
            <source>Every %Ln hour(s)</source>
            <translation>
                <numerusform>Every %Ln hour</numerusform>
                <numerusform>Every %Ln hours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/sync/settings.py" line="46" />
            <source>Every %Ln minute(s)</source>
            <translation>
                <numerusform>Every %Ln minute</numerusform>
                <numerusform>Every %Ln minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/sync/settings.py" line="249" />
            <source>Synced: %Ln change(s) sent and {received} received.</source>
            <translation>
                <numerusform>Synced: %Ln change sent and {received} received.</numerusform>
                <numerusform>Synced: %Ln changes sent and {received} received.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrashDialog</name>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="136" />
            <source>Erase %Ln record(s) for good? They and their whole history leave the database; this cannot be undone.</source>
            <translation>
                <numerusform>Erase %Ln record for good? It and its whole history leave the database; this cannot be undone.</numerusform>
                <numerusform>Erase %Ln records for good? They and their whole history leave the database; this cannot be undone.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="158" />
            <source>Erase all %Ln record(s) in the Trash for good? This cannot be undone.</source>
            <translation>
                <numerusform>Erase the %Ln record in the Trash for good? This cannot be undone.</numerusform>
                <numerusform>Erase all %Ln records in the Trash for good? This cannot be undone.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="172" />
            <source>%Ln record(s) in the Trash belong to someone else: only their owner or an administrator of the sync server can erase them. They stay in the Trash, and anyone may restore them.</source>
            <translation>
                <numerusform>%Ln record in the Trash belongs to someone else: only its owner or an administrator of the sync server can erase it. It stays in the Trash, and anyone may restore it.</numerusform>
                <numerusform>%Ln records in the Trash belong to someone else: only their owner or an administrator of the sync server can erase them. They stay in the Trash, and anyone may restore them.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/cardfile/ui/dialogs/trash.py" line="188" />
            <source>%Ln record(s) in the Trash</source>
            <translation>
                <numerusform>%Ln record in the Trash</numerusform>
                <numerusform>%Ln records in the Trash</numerusform>
            </translation>
        </message>
    </context>
</TS>
