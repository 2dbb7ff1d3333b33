<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Auth</name>
    <message numerus="yes">
        <location filename="../core/Auth.cpp" line="+78"/>
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
        <location filename="../core/cli/CommandLine.cpp" line="+455"/>
        <source>%n lot(s) expired</source>
        <translation>
            <numerusform>%n lot expired</numerusform>
            <numerusform>%n lots expired</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
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
        <location line="+3"/>
        <source>Queued %n reminder(s)</source>
        <translation>
            <numerusform>Queued %n reminder</numerusform>
            <numerusform>Queued %n reminders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/cli/SecurityCommands.cpp" line="+81"/>
        <source>Wrote %n audit entries to %1</source>
        <translation>
            <numerusform>Wrote %n audit entry to %1</numerusform>
            <numerusform>Wrote %n audit entries to %1</numerusform>
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
        <location filename="../core/Doctor.cpp" line="+47"/>
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
    <message numerus="yes">
        <location line="+3"/>
        <source>; %n waiting to be sent</source>
        <translation>
            <numerusform>; %n waiting to be sent</numerusform>
            <numerusform>; %n waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>; %n left Sending without the server&apos;s answer (check with the recipient, then &quot;lieuctl outbox retry ID&quot;): %1</source>
        <translation>
            <numerusform>; %n left Sending without the server&apos;s answer (check with the recipient, then &quot;lieuctl outbox retry ID&quot;): %1</numerusform>
            <numerusform>; %n left Sending without the server&apos;s answer (check with the recipient, then &quot;lieuctl outbox retry ID&quot;): %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Generator</name>
    <message numerus="yes">
        <location filename="../core/Generator.cpp" line="+435"/>
        <source>%n lot(s) expired</source>
        <translation>
            <numerusform>%n lot expired</numerusform>
            <numerusform>%n lots expired</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message numerus="yes">
        <location filename="../core/Inbox.cpp" line="+58"/>
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
    <name>Integrity</name>
    <message numerus="yes">
        <location filename="../core/Integrity.cpp" line="+36"/>
        <source>; and %n more</source>
        <translation>
            <numerusform>; and %n more</numerusform>
            <numerusform>; and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+171"/>
        <source>%n lot(s): each ledger adds up to allocated - used - expired - cancelled, none negative, expired and cancelled lots hold nothing</source>
        <translation>
            <numerusform>%n lot: each ledger adds up to allocated - used - expired - cancelled, none negative, expired and cancelled lots hold nothing</numerusform>
            <numerusform>%n lots: each ledger adds up to allocated - used - expired - cancelled, none negative, expired and cancelled lots hold nothing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+77"/>
        <source>%n timesheet(s): every Approved one with TOIL has its lot, every lot its Approved timesheet, no Cancelled one keeps a live lot</source>
        <translation>
            <numerusform>%n timesheet: every Approved one with TOIL has its lot, every lot its Approved timesheet, no Cancelled one keeps a live lot</numerusform>
            <numerusform>%n timesheets: every Approved one with TOIL has its lot, every lot its Approved timesheet, no Cancelled one keeps a live lot</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+114"/>
        <source>%n application(s): Open ones reserve exactly their minutes, Approved ones&apos; draws match the ledger, Rejected and Cancelled ones hold nothing</source>
        <translation>
            <numerusform>%n application: Open ones reserve exactly their minutes, Approved ones&apos; draws match the ledger, Rejected and Cancelled ones hold nothing</numerusform>
            <numerusform>%n applications: Open ones reserve exactly their minutes, Approved ones&apos; draws match the ledger, Rejected and Cancelled ones hold nothing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message numerus="yes">
        <location filename="../core/Jobs.cpp" line="+141"/>
        <source>Some of your Time Off in Lieu expires within the next %n day(s). Use it before the last day shown, or it is lost:</source>
        <translation>
            <numerusform>Some of your Time Off in Lieu expires within the next %n day. Use it before the last day shown, or it is lost:</numerusform>
            <numerusform>Some of your Time Off in Lieu expires within the next %n days. Use it before the last day shown, or it is lost:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/Scheduler.cpp" line="+99"/>
        <source>%n lot(s) expired</source>
        <translation>
            <numerusform>%n lot expired</numerusform>
            <numerusform>%n lots expired</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n reminder(s) queued</source>
        <translation>
            <numerusform>%n reminder queued</numerusform>
            <numerusform>%n reminders queued</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailCommands</name>
    <message numerus="yes">
        <location filename="../core/mail/MailCommands.cpp" line="+90"/>
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%1 to %2, %3, %n attempt(s)</source>
        <translation>
            <numerusform>%1 to %2, %3, %n attempt</numerusform>
            <numerusform>%1 to %2, %3, %n attempts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message numerus="yes">
        <location filename="../core/Notifications.cpp" line="+46"/>
        <source>%n timesheet(s) wait for your approval</source>
        <translation>
            <numerusform>%n timesheet waits for your approval</numerusform>
            <numerusform>%n timesheets wait for your approval</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n leave application(s) wait for your approval</source>
        <translation>
            <numerusform>%n leave application waits for your approval</numerusform>
            <numerusform>%n leave applications wait for your approval</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 h (%2 days) of your TOIL expires within %n day(s), the first on %3</source>
        <translation>
            <numerusform>%1 h (%2 days) of your TOIL expires within %n day, the first on %3</numerusform>
            <numerusform>%1 h (%2 days) of your TOIL expires within %n days, the first on %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message numerus="yes">
        <location filename="../core/Outbox.cpp" line="+207"/>
        <source>%1 is being sent right now; try again in %n minute(s) if it stays Sending</source>
        <translation>
            <numerusform>%1 is being sent right now; try again in %n minute if it stays Sending</numerusform>
            <numerusform>%1 is being sent right now; try again in %n minutes if it stays Sending</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxSender</name>
    <message numerus="yes">
        <location filename="../core/mail/OutboxSender.cpp" line="+37"/>
        <source>%n e-mail(s) sent</source>
        <translation>
            <numerusform>%n e-mail sent</numerusform>
            <numerusform>%n e-mails sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n unconfirmed (left Sending)</source>
        <translation>
            <numerusform>%n unconfirmed (left Sending)</numerusform>
            <numerusform>%n unconfirmed (left Sending)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n deferred (server unreachable)</source>
        <translation>
            <numerusform>%n deferred (server unreachable)</numerusform>
            <numerusform>%n deferred (server unreachable)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpClient</name>
    <message numerus="yes">
        <location filename="../core/mail/SmtpClient.cpp" line="+175"/>
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>no answer within %n second</numerusform>
            <numerusform>no answer within %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+185"/>
        <source>C: (message, %n byte(s))</source>
        <translation>
            <numerusform>C: (message, %n byte)</numerusform>
            <numerusform>C: (message, %n bytes)</numerusform>
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
    <name>lieu::ui::JobsPage</name>
    <message numerus="yes">
        <location filename="../ui/jobs/JobsPage.cpp" line="+145"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n in Error</source>
        <translation>
            <numerusform>%n in Error</numerusform>
            <numerusform>%n in Error</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n Sending (check unconfirmed ones with the recipient before a retry)</source>
        <translation>
            <numerusform>%n Sending (check unconfirmed ones with the recipient before a retry)</numerusform>
            <numerusform>%n Sending (check unconfirmed ones with the recipient before a retry)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lieu::ui::NotificationCenter</name>
    <message numerus="yes">
        <location filename="../ui/jobs/NotificationCenter.cpp" line="+56"/>
        <source>%n new timesheet(s) to approve</source>
        <translation>
            <numerusform>%n new timesheet to approve</numerusform>
            <numerusform>%n new timesheets to approve</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new leave application(s) to approve</source>
        <translation>
            <numerusform>%n new leave application to approve</numerusform>
            <numerusform>%n new leave applications to approve</numerusform>
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
