<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Auth</name>
    <message numerus="yes">
        <location filename="../core/Auth.cpp" line="+80"/>
        <source>Too many failed sign-ins: the account &quot;%1&quot; is locked for %n more second(s)</source>
        <translation>
            <numerusform>Too many failed sign-ins: the account &quot;%1&quot; is locked for %n more second</numerusform>
            <numerusform>Too many failed sign-ins: the account &quot;%1&quot; is locked for %n more seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <location filename="../core/cli/CommandLine.cpp" line="+661"/>
        <source>%n lot(s) expired</source>
        <translation>
            <numerusform>%n lot expired</numerusform>
            <numerusform>%n lots expired</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Expired %n lot(s)</source>
        <translation>
            <numerusform>Expired %n lot</numerusform>
            <numerusform>Expired %n lots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n reminder(s) queued</source>
        <translation>
            <numerusform>%n reminder queued</numerusform>
            <numerusform>%n reminders queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Queued %n reminder(s)</source>
        <translation>
            <numerusform>Queued %n reminder</numerusform>
            <numerusform>Queued %n reminders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message numerus="yes">
        <location filename="../core/Demo.cpp" line="+157"/>
        <source>%n lot(s) expired</source>
        <translation>
            <numerusform>%n lot expired</numerusform>
            <numerusform>%n lots expired</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message numerus="yes">
        <location filename="../core/Doctor.cpp" line="+46"/>
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%n employee(s) without a login: %1</source>
        <translation>
            <numerusform>%n employee without a login: %1</numerusform>
            <numerusform>%n employees without a login: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n employee(s) without reports_to (their timesheets cannot be approved): %1</source>
        <translation>
            <numerusform>%n employee without reports_to (their timesheets cannot be approved): %1</numerusform>
            <numerusform>%n employees without reports_to (their timesheets cannot be approved): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n supervisor(s) without a login or deactivated: %1</source>
        <translation>
            <numerusform>%n supervisor without a login or deactivated: %1</numerusform>
            <numerusform>%n supervisors without a login or deactivated: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>; %n lot(s) are past their last day and not yet expired</source>
        <translation>
            <numerusform>; %n lot is past its last day and not yet expired</numerusform>
            <numerusform>; %n lots are past their last day and not yet expired</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n e-mail(s) in Error</source>
        <translation>
            <numerusform>%n e-mail in Error</numerusform>
            <numerusform>%n e-mails in Error</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message numerus="yes">
        <location filename="../core/Inbox.cpp" line="+57"/>
        <location line="+1"/>
        <source>%n approved</source>
        <translation>
            <numerusform>%n approved</numerusform>
            <numerusform>%n approved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message numerus="yes">
        <location filename="../core/Jobs.cpp" line="+115"/>
        <source>Some of your Time Off in Lieu expires within the next %n day(s). Use it before the last day shown, or it is lost:</source>
        <translation>
            <numerusform>Some of your Time Off in Lieu expires within the next %n day. Use it before the last day shown, or it is lost:</numerusform>
            <numerusform>Some of your Time Off in Lieu expires within the next %n days. Use it before the last day shown, or it is lost:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatementPdf</name>
    <message numerus="yes">
        <location filename="../ui/report/StatementPdf.cpp" line="+191"/>
        <source>and %n earlier lot(s), not shown</source>
        <translation>
            <numerusform>and %n earlier lot, not shown</numerusform>
            <numerusform>and %n earlier lots, not shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>and %n earlier application(s), not shown</source>
        <translation>
            <numerusform>and %n earlier application, not shown</numerusform>
            <numerusform>and %n earlier applications, not shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lieu::ui::ImportDialog</name>
    <message numerus="yes">
        <location filename="../ui/import/ImportDialog.cpp" line="+286"/>
        <source>%n row(s) were imported before and are skipped (lines %1).</source>
        <translation>
            <numerusform>%n row was imported before and is skipped (lines %1).</numerusform>
            <numerusform>%n rows were imported before and are skipped (lines %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) of zero duration are skipped (lines %1).</source>
        <translation>
            <numerusform>%n row of zero duration is skipped (lines %1).</numerusform>
            <numerusform>%n rows of zero duration are skipped (lines %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&lt;b&gt;Imported&lt;/b&gt; %n log(s) into Draft timesheets; the employees send them for approval as usual.</source>
        <translation>
            <numerusform>&lt;b&gt;Imported&lt;/b&gt; %n log into Draft timesheets; the employees send them for approval as usual.</numerusform>
            <numerusform>&lt;b&gt;Imported&lt;/b&gt; %n logs into Draft timesheets; the employees send them for approval as usual.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Nothing has been written yet. &lt;b&gt;Import&lt;/b&gt; adds %n log(s) as Draft timesheets, all or nothing.</source>
        <translation>
            <numerusform>Nothing has been written yet. &lt;b&gt;Import&lt;/b&gt; adds %n log as Draft timesheets, all or nothing.</numerusform>
            <numerusform>Nothing has been written yet. &lt;b&gt;Import&lt;/b&gt; adds %n logs as Draft timesheets, all or nothing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lieu::ui::ImportExportPage</name>
    <message numerus="yes">
        <location filename="../ui/import/ImportExportPage.cpp" line="+168"/>
        <source>Saved %n row(s) to %1</source>
        <translation>
            <numerusform>Saved %n row to %1</numerusform>
            <numerusform>Saved %n rows to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Saved %n leave event(s) to %1</source>
        <translation>
            <numerusform>Saved %n leave event to %1</numerusform>
            <numerusform>Saved %n leave events to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lieu::ui::WeekGridModel</name>
    <message numerus="yes">
        <location filename="../ui/employee/WeekGridModel.cpp" line="+380"/>
        <source>remove %n rows</source>
        <translation>
            <numerusform>remove %n row</numerusform>
            <numerusform>remove %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>clear %n cell(s)</source>
        <translation>
            <numerusform>clear %n cell</numerusform>
            <numerusform>clear %n cells</numerusform>
        </translation>
    </message>
</context>
</TS>
