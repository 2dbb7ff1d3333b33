<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../core/Settings.cpp" line="+51"/>
        <source>%1: &quot;%2&quot; is not a host name or address</source>
        <translation>%1: „%2“ ist kein Hostname und keine Adresse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &quot;%2&quot; must be a port number from 1 to 65535</source>
        <translation>%1: „%2“ muss eine Portnummer von 1 bis 65535 sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: &quot;%2&quot; must be &quot;none&quot;, &quot;starttls&quot; or &quot;tls&quot;</source>
        <translation>%1: „%2“ muss „none“, „starttls“ oder „tls“ sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the user name is longer than 256 characters</source>
        <translation>%1: der Benutzername ist länger als 256 Zeichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: &quot;%2&quot; is not an e-mail address like lieu@example.org</source>
        <translation>%1: „%2“ ist keine E-Mail-Adresse wie lieu@example.org</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: cannot read the certificate file &quot;%2&quot;</source>
        <translation>%1: die Zertifikatsdatei „%2“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: &quot;%2&quot; must be 0 or 1</source>
        <translation>%1: „%2“ muss 0 oder 1 sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &quot;%2&quot; must be a whole number of seconds from 1 to 600</source>
        <translation>%1: „%2“ muss eine ganze Anzahl Sekunden von 1 bis 600 sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: &quot;%2&quot; must be a time of day like 02:00</source>
        <translation>%1: „%2“ muss eine Uhrzeit wie 02:00 sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &quot;%2&quot; must be a weekday from 1 (Monday) to 7 (Sunday)</source>
        <translation>%1: „%2“ muss ein Wochentag von 1 (Montag) bis 7 (Sonntag) sein</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../core/Audit.cpp" line="+29"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+13"/>
        <source>Only HR can read the audit log</source>
        <translation>Nur die Personalabteilung kann das Prüfprotokoll lesen</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>export: &quot;%1&quot; already exists; choose another file or allow replacing it</source>
        <translation>export: „%1“ existiert bereits; wählen Sie eine andere Datei oder erlauben Sie das Ersetzen</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+25"/>
        <source>export: cannot write &quot;%1&quot;: %2</source>
        <translation>export: „%1“ kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Auth</name>
    <message>
        <location filename="../core/Auth.cpp" line="+22"/>
        <source>The password library could not start</source>
        <translation>Die Passwort-Bibliothek konnte nicht gestartet werden</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not enough memory to hash the password</source>
        <translation>Nicht genug Arbeitsspeicher, um das Passwort zu hashen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>password: use at least %1 characters</source>
        <translation>password: mindestens %1 Zeichen verwenden</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The login or the password is wrong</source>
        <translation>Anmeldename oder Passwort ist falsch</translation>
    </message>
    <message numerus="yes">
        <location line="-22"/>
        <source>Too many failed sign-ins: the account &quot;%1&quot; is locked for %n more second(s)</source>
        <translation>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen: Das Konto „%1“ ist noch %n Sekunde gesperrt</numerusform>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen: Das Konto „%1“ ist noch %n Sekunden gesperrt</numerusform>
        </translation>
    </message>
    <message>
        <location line="-12"/>
        <source>password: %1</source>
        <translation>password: %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The user &quot;%1&quot; (%2) is deactivated</source>
        <translation>Der Benutzer „%1“ (%2) ist deaktiviert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only a signed-in employee can change their password</source>
        <translation>Nur angemeldete Mitarbeitende können ihr Passwort ändern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The current password is wrong</source>
        <translation>Das aktuelle Passwort ist falsch</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>password: the new password is the same as the current one</source>
        <translation>password: das neue Passwort ist dasselbe wie das aktuelle</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../core/Backup.cpp" line="+108"/>
        <location line="+100"/>
        <source>&quot;%1&quot; is not a Lieu backup</source>
        <translation>„%1“ ist keine Lieu-Sicherung</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>&quot;%1&quot; was made by a newer Lieu (schema version %2; this one knows %3): install that version to restore it</source>
        <translation>„%1“ wurde von einer neueren Lieu-Version erstellt (Schemaversion %2; diese kennt %3): installieren Sie jene Version, um die Sicherung wiederherzustellen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot create the backup folder &quot;%1&quot;; the migration did not start</source>
        <translation>Der Sicherungsordner „%1“ kann nicht angelegt werden; die Migration wurde nicht gestartet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>file: say where to write the backup</source>
        <translation>file: geben Sie an, wohin die Sicherung geschrieben werden soll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file: &quot;%1&quot; exists already; a backup never overwrites a file</source>
        <translation>file: „%1“ existiert bereits; eine Sicherung überschreibt nie eine Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file: a backup is written to a file, not to a server</source>
        <translation>file: eine Sicherung wird in eine Datei geschrieben, nicht auf einen Server</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the folder &quot;%1&quot; for the backup</source>
        <translation>Der Ordner „%1“ für die Sicherung kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 holds no Lieu database to back up</source>
        <translation>%1 enthält keine Lieu-Datenbank, die gesichert werden könnte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A backup cannot be taken inside a transaction</source>
        <translation>Eine Sicherung kann nicht innerhalb einer Transaktion erstellt werden</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The table %1 is not part of schema version %2; the database holds more than Lieu made</source>
        <translation>Die Tabelle %1 gehört nicht zu Schemaversion %2; die Datenbank enthält mehr, als Lieu angelegt hat</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>file: &quot;%1&quot; does not exist</source>
        <translation>file: „%1“ existiert nicht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot make a temporary folder for the restore</source>
        <translation>Für die Wiederherstellung kann kein temporärer Ordner angelegt werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read the backup &quot;%1&quot;</source>
        <translation>Die Sicherung „%1“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is not a Lieu database; nothing was restored</source>
        <translation>%1 ist keine Lieu-Datenbank; nichts wurde wiederhergestellt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup&apos;s table %1 is missing from %2</source>
        <translation>Die Tabelle %1 der Sicherung fehlt in %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 already holds data (table %2): restore into a new, empty database, then point the desktops at it; nothing was changed</source>
        <translation>%1 enthält bereits Daten (Tabelle %2): stellen Sie die Sicherung in eine neue, leere Datenbank wieder her und richten Sie dann die Desktops darauf aus; nichts wurde geändert</translation>
    </message>
</context>
<context>
    <name>BalanceReports</name>
    <message>
        <location filename="../core/BalanceReports.cpp" line="+36"/>
        <source>Only HR can see the balance reports</source>
        <translation>Nur die Personalabteilung kann die Guthabenberichte sehen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>team: employee %1 does not exist</source>
        <translation>team: Mitarbeiter %1 existiert nicht</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>on: the date is missing</source>
        <translation>on: das Datum fehlt</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>months: the range %1 to %2 is not a range of months</source>
        <translation>months: der Bereich %1 bis %2 ist kein Monatsbereich</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>months: at most 20 years at once</source>
        <translation>months: höchstens 20 Jahre auf einmal</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>from: the date is missing</source>
        <translation>from: das Datum fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days: %1 must be from 1 to 3660</source>
        <translation>days: %1 muss zwischen 1 und 3660 liegen</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>months: %1 must be from 1 to 240</source>
        <translation>months: %1 muss zwischen 1 und 240 liegen</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../core/export/Calendar.cpp" line="+53"/>
        <location line="+47"/>
        <source>Time off in lieu: %1</source>
        <translation>Freizeitausgleich: %1</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>%1 (%2) has no direct reports: there is no team calendar</source>
        <translation>%1 (%2) hat keine direkt unterstellten Mitarbeitenden: es gibt keinen Teamkalender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time off in lieu: team of %1</source>
        <translation>Freizeitausgleich: Team von %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Time off in lieu</source>
        <translation>Freizeitausgleich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 day(s) of TOIL, %3 to %4</source>
        <translation>%1: %2 Tag(e) Freizeitausgleich, %3 bis %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (half day)</source>
        <translation> (halber Tag)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (half day on %1)</source>
        <translation> (halber Tag am %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Half day: %1</source>
        <translation>Halber Tag: %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../core/cli/CommandLine.cpp" line="+75"/>
        <source>--%1 takes no value</source>
        <translation>--%1 nimmt keinen Wert an</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an option has no name</source>
        <translation>eine Option hat keinen Namen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--%1 needs a value</source>
        <translation>--%1 braucht einen Wert</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+3"/>
        <source>--%1 does not apply to &quot;%2&quot;</source>
        <translation>--%1 gilt nicht für „%2“</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+32"/>
        <source>--%1 is required</source>
        <translation>--%1 ist erforderlich</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>this action is a person&apos;s: say who with --as LOGIN (or LIEU_USER)</source>
        <translation>diese Aktion gehört einer Person: mit --as LOGIN (oder LIEU_USER) angeben, wer</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <location filename="../core/cli/AdminCommands.cpp" line="+28"/>
        <source>%1 is shared: turn maintenance mode on first (lieuctl maintenance on --reason &quot;upgrade&quot;), so that no desktop writes while the schema changes, or give --force</source>
        <translation>%1 wird gemeinsam genutzt: schalten Sie zuerst den Wartungsmodus ein (lieuctl maintenance on --reason &quot;upgrade&quot;), damit kein Desktop schreibt, während sich das Schema ändert, oder geben Sie --force an</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Database %1 is at schema version %2</source>
        <translation>Datenbank %1 hat Schemaversion %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database %1 upgraded from schema version %2 to %3</source>
        <translation>Datenbank %1 von Schemaversion %2 auf %3 aktualisiert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup of version %1 taken first: %2</source>
        <translation>Zuerst wurde eine Sicherung von Version %1 erstellt: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+12"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Backed up %1 (schema version %2, %3 rows) to %4</source>
        <translation>%1 (Schemaversion %2, %3 Zeilen) in %4 gesichert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restored %1 rows from %2 into %3 (schema version %4)</source>
        <translation>%1 Zeilen aus %2 in %3 wiederhergestellt (Schemaversion %4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the database held before is in %1</source>
        <translation>Der vorherige Inhalt der Datenbank liegt in %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unknown maintenance subcommand &quot;%1&quot; (on, off, status)</source>
        <translation>unbekannter maintenance-Unterbefehl „%1“ (on, off, status)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--reason goes with &quot;maintenance on&quot;</source>
        <translation>--reason gehört zu „maintenance on“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Maintenance mode is on since %1 (%2): %3</source>
        <translation>Der Wartungsmodus ist seit %1 eingeschaltet (%2): %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maintenance mode is off: every client may write</source>
        <translation>Der Wartungsmodus ist ausgeschaltet: alle Clients dürfen schreiben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>grants are for a MariaDB/MySQL database (give --db mysql://...)</source>
        <translation>grants gilt für eine MariaDB/MySQL-Datenbank (geben Sie --db mysql://... an)</translation>
    </message>
    <message>
        <location filename="../core/cli/CommandLine.cpp" line="-178"/>
        <source>argument %1</source>
        <translation>Argument %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>option name</source>
        <translation>Optionsname</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>%1: &quot;%2&quot; must be a whole number from %3 to %4</source>
        <translation>%1: „%2“ muss eine ganze Zahl von %3 bis %4 sein</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>There is no database at &quot;%1&quot;: create one with &quot;lieuctl init&quot;, or name the right file with --db</source>
        <translation>Unter „%1“ gibt es keine Datenbank: legen Sie mit „lieuctl init“ eine an oder geben Sie mit --db die richtige Datei an</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Demo organisation created in %1 (logins: hana = HR, sam = supervisor, ella = employee)</source>
        <translation>Demo-Organisation in %1 angelegt (Anmeldungen: hana = Personalabteilung, sam = Führungskraft, ella = Mitarbeiterin)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>employee subcommand (add, update, deactivate, list)</source>
        <translation>employee-Unterbefehl (add, update, deactivate, list)</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+21"/>
        <source>employee ID</source>
        <translation>Mitarbeiter-ID</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Added %1 (%2)</source>
        <translation>%1 (%2) hinzugefügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated %1 (%2)</source>
        <translation>%1 (%2) aktualisiert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is now %2</source>
        <translation>%1 ist jetzt %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>deactivated</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(no login)</source>
        <translation>(keine Anmeldung)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  [deactivated]</source>
        <translation>  [deaktiviert]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown employee subcommand &quot;%1&quot;</source>
        <translation>unbekannter employee-Unterbefehl „%1“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>holiday subcommand (add, remove, list)</source>
        <translation>holiday-Unterbefehl (add, remove, list)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Holiday %1 added</source>
        <translation>Feiertag %1 hinzugefügt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Holiday %1 removed</source>
        <translation>Feiertag %1 entfernt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown holiday subcommand &quot;%1&quot;</source>
        <translation>unbekannter holiday-Unterbefehl „%1“</translation>
    </message>
    <message>
        <location filename="../core/cli/DocumentCommands.cpp" line="+56"/>
        <source>timesheet subcommand (create, send, approve, reject, cancel, show, list)</source>
        <translation>timesheet-Unterbefehl (create, send, approve, reject, cancel, show, list)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+121"/>
        <location line="+59"/>
        <location line="+52"/>
        <location filename="../core/cli/SecurityCommands.cpp" line="+133"/>
        <source>EMPLOYEE</source>
        <translation>MITARBEITER</translation>
    </message>
    <message>
        <location line="-222"/>
        <source>%1: &quot;%2&quot; must be DATE,HOURS,billable|non-billable[,ACTIVITY[,DESCRIPTION]]</source>
        <translation>%1: „%2“ muss DATUM,STUNDEN,billable|non-billable[,TÄTIGKEIT[,BESCHREIBUNG]] sein</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: &quot;%2&quot; must be billable or non-billable</source>
        <translation>%1: „%2“ muss billable oder non-billable sein</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Created %1 for %2 (%3 to %4): %5 h TOIL, %6</source>
        <translation>%1 für %2 angelegt (%3 bis %4): %5 h Freizeitausgleich, %6</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>timesheet ID</source>
        <translation>Stundenzettel-ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1  %2 (%3)  %4 to %5</source>
        <translation>%1  %2 (%3)  %4 bis %5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status %1 (docstatus %2), toil_status %3</source>
        <translation>Status %1 (docstatus %2), toil_status %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOIL %1 h = %2 days%3</source>
        <translation>Freizeitausgleich %1 h = %2 Tage%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, lot %1</source>
        <translation>, Kontingent %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unknown timesheet subcommand &quot;%1&quot;</source>
        <translation>unbekannter timesheet-Unterbefehl „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is %2 (toil_status %3)</source>
        <translation>%1 ist %2 (toil_status %3)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>leave subcommand (apply, approve, reject, cancel, show, list)</source>
        <translation>leave-Unterbefehl (apply, approve, reject, cancel, show, list)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Applied %1 for %2: %3 day(s), %4 h, Open</source>
        <translation>%1 für %2 beantragt: %3 Tag(e), %4 h, Open</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>leave application ID</source>
        <translation>Urlaubsantrags-ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1  %2  %3 to %4%5</source>
        <translation>%1  %2  %3 bis %4%5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (half day %1)</source>
        <translation> (halber Tag %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status %1, total_leave_days %2, %3 h</source>
        <translation>Status %1, total_leave_days %2, %3 h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  draws %1 h from %2 (last day %3)</source>
        <translation>  entnimmt %1 h aus %2 (letzter Tag %3)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown leave subcommand &quot;%1&quot;</source>
        <translation>unbekannter leave-Unterbefehl „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is %2</source>
        <translation>%1 ist %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 on %2: available %3 h (%4 days), pending %5 h (%6 days)</source>
        <translation>%1 am %2: verfügbar %3 h (%4 Tage), beantragt %5 h (%6 Tage)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  approved, valid later: %1 h</source>
        <translation>  genehmigt, später gültig: %1 h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  expiring: %1 h from %2, last day %3</source>
        <translation>  verfällt: %1 h aus %2, letzter Tag %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>  lot %1  %2..%3  allocated %4  used %5  expired %6  remaining %7%8</source>
        <translation>  Kontingent %1  %2..%3  zugeteilt %4  genutzt %5  verfallen %6  verbleibend %7%8</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  [expired]</source>
        <translation>  [verfallen]</translation>
    </message>
    <message>
        <location filename="../core/cli/CommandLine.cpp" line="+15"/>
        <source>%1 for %2 is running on %3 since %4: nothing was done</source>
        <translation>%1 für %2 läuft seit %4 auf %3: es wurde nichts getan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 already ran for %2 (%3): nothing to do</source>
        <translation>%1 ist für %2 bereits gelaufen (%3): nichts zu tun</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n lot(s) expired</source>
        <translation>
            <numerusform>%n Kontingent verfallen</numerusform>
            <numerusform>%n Kontingente verfallen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Expired %n lot(s)</source>
        <translation>
            <numerusform>%n Kontingent verfallen lassen</numerusform>
            <numerusform>%n Kontingente verfallen lassen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (%1 h of TOIL)</source>
        <translation> (%1 h Freizeitausgleich)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>days: &quot;%1&quot; must be a whole number from 1 to 366</source>
        <translation>days: „%1“ muss eine ganze Zahl von 1 bis 366 sein</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n reminder(s) queued</source>
        <translation>
            <numerusform>%n Erinnerung eingereiht</numerusform>
            <numerusform>%n Erinnerungen eingereiht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Queued %n reminder(s)</source>
        <translation>
            <numerusform>%n Erinnerung eingereiht</numerusform>
            <numerusform>%n Erinnerungen eingereiht</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only HR runs the deployment checks</source>
        <translation>Nur die Personalabteilung führt die Bereitstellungsprüfungen aus</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 (%2), %3: %4</source>
        <translation>%1 (%2), %3: %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>settings subcommand (list, set)</source>
        <translation>settings-Unterbefehl (list, set)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown settings subcommand &quot;%1&quot;</source>
        <translation>unbekannter settings-Unterbefehl „%1“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>leave-type subcommand (show, set)</source>
        <translation>leave-type-Unterbefehl (show, set)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expiry-days: &quot;%1&quot; is not a whole number</source>
        <translation>expiry-days: „%1“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown leave-type subcommand &quot;%1&quot;</source>
        <translation>unbekannter leave-type-Unterbefehl „%1“</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: carry forward %2, expires after %3 days, negative balance %4</source>
        <translation>%1: Übertrag %2, verfällt nach %3 Tagen, negatives Guthaben %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>allowed</source>
        <translation>erlaubt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not allowed</source>
        <translation>nicht erlaubt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only HR can see the background job runs</source>
        <translation>Nur die Personalabteilung kann die Läufe der Hintergrundjobs sehen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Usage: lieuctl [--db PATH|mysql://USER@HOST[:PORT]/DATABASE] [--as LOGIN] [--today YYYY-MM-DD] [--json] [--lang LANG] COMMAND ...

  init                                     create or upgrade the database; ensure the TOIL leave type
  demo                                     fill an empty database with a demo organisation
  employee add ID --name N --email E [--login L] [--reports-to ID] [--hr] [--hours-per-day H]
  employee update ID [same options, --no-hr]   employee deactivate|activate ID   employee list
  holiday add DATE [--name TEXT]           holiday remove DATE   holiday list
  timesheet create EMPLOYEE --from DATE --to DATE [--log DATE,HOURS,billable|non-billable[,ACTIVITY[,DESCRIPTION]]]...
  timesheet send ID | approve ID | reject ID --reason TEXT | cancel ID | show ID | list [--employee E] [--status S]
  leave apply EMPLOYEE --from DATE --to DATE [--half-day DATE] [--reason TEXT]
  leave approve ID | reject ID --reason TEXT | cancel ID | show ID | list [--employee E] [--status S]
  balance EMPLOYEE [--on DATE]             available, pending and expiring-soon, in hours and days
  ledger EMPLOYEE                          every ledger entry of the employee
  expire [--once]                          the daily job; reports how many lots it expired
  remind [--days N] [--once]               the weekly job; reports how many reminders it queued
                                           (--once: skip when any runner already did it today)
  doctor                                   deployment checks, each pass/warn/fail
  whoami                                   with --as: the user&apos;s employee id and roles
  settings list | set KEY VALUE            organisation settings (HR)
  leave-type show | set --expiry-days N    the Time Off in Lieu leave type (HR)
  audit [--doc NAME] [--doctype T] [--actor LOGIN] [--action A] [--from DATE] [--to DATE] [--limit N]
        [--export FILE.csv [--force]]      the audit log (HR); --export writes it all as CSV
  check                                    the database&apos;s invariants (ledgers, lots, draws, store)
  password reset EMPLOYEE | change         read the new (and current) password from standard input
  jobs [--limit N]                         recent runs of the background duties
  import FILE [--format toggl|clockify|kimai|harvest|generic] [--dates dmy|mdy|ymd] [--dry-run]
  export balances|ledger|timesheets|logs [--format csv|xlsx] FILE   export ical (--employee ID | --team ID) FILE
  migrate [--force]                        upgrade the schema (an existing database is backed up first)
  backup FILE                              a consistent copy of the whole database, as one SQLite file
  restore FILE                             replace the data with a backup&apos;s (MariaDB: into an empty database)
  maintenance [on [--reason TEXT]|off]     read-only mode for every client while an administrator works
  grants --user NAME [--host HOST] [--apply]   the GRANTs the desktop app&apos;s server account needs
  generate --employees N [--years Y] [--seed S]   a large made-up organisation (performance tests)

Environment: LIEU_DB, LIEU_USER, LIEU_TODAY, LIEU_LANG stand in for --db, --as, --today, --lang;
LIEU_DB_PASSWORD is the server&apos;s password (never on the command line; asked for on a terminal when unset).
Languages: en, de, fr, es, nl; without --lang, the language chosen in the desktop app or the system&apos;s.
Exit status: 0 success, 1 refused (a rule, a permission, a bad value; check: an invariant fails),
2 usage error, 3 database error (missing, damaged, read-only, full, foreign or newer).
</source>
        <translation>Aufruf: lieuctl [--db PATH|mysql://USER@HOST[:PORT]/DATABASE] [--as LOGIN] [--today YYYY-MM-DD] [--json] [--lang LANG] COMMAND ...

  init                                     die Datenbank anlegen oder aktualisieren; die Abwesenheitsart für Freizeitausgleich sicherstellen
  demo                                     eine leere Datenbank mit einer Demo-Organisation füllen
  employee add ID --name N --email E [--login L] [--reports-to ID] [--hr] [--hours-per-day H]
  employee update ID [gleiche Optionen, --no-hr]   employee deactivate|activate ID   employee list
  holiday add DATE [--name TEXT]           holiday remove DATE   holiday list
  timesheet create EMPLOYEE --from DATE --to DATE [--log DATE,HOURS,billable|non-billable[,ACTIVITY[,DESCRIPTION]]]...
  timesheet send ID | approve ID | reject ID --reason TEXT | cancel ID | show ID | list [--employee E] [--status S]
  leave apply EMPLOYEE --from DATE --to DATE [--half-day DATE] [--reason TEXT]
  leave approve ID | reject ID --reason TEXT | cancel ID | show ID | list [--employee E] [--status S]
  balance EMPLOYEE [--on DATE]             verfügbar, beantragt und bald verfallend, in Stunden und Tagen
  ledger EMPLOYEE                          alle Kontobuchungen des Mitarbeiters
  expire [--once]                          der tägliche Job; meldet, wie viele Kontingente er verfallen ließ
  remind [--days N] [--once]               der wöchentliche Job; meldet, wie viele Erinnerungen er eingereiht hat
                                           (--once: überspringen, wenn ein Prozess es heute bereits erledigt hat)
  doctor                                   Bereitstellungsprüfungen, jeweils pass/warn/fail
  whoami                                   mit --as: Mitarbeiter-ID und Rollen des Benutzers
  settings list | set KEY VALUE            Einstellungen der Organisation (Personalabteilung)
  leave-type show | set --expiry-days N    die Abwesenheitsart „Time Off in Lieu“ (Personalabteilung)
  audit [--doc NAME] [--doctype T] [--actor LOGIN] [--action A] [--from DATE] [--to DATE] [--limit N]
        [--export FILE.csv [--force]]      das Prüfprotokoll (Personalabteilung); --export schreibt es vollständig als CSV
  check                                    die Invarianten der Datenbank (Kontobuchungen, Kontingente, Entnahmen, Speicher)
  password reset EMPLOYEE | change         das neue (und aktuelle) Passwort von der Standardeingabe lesen
  jobs [--limit N]                         die letzten Läufe der Hintergrundaufgaben
  import FILE [--format toggl|clockify|kimai|harvest|generic] [--dates dmy|mdy|ymd] [--dry-run]
  export balances|ledger|timesheets|logs [--format csv|xlsx] FILE   export ical (--employee ID | --team ID) FILE
  migrate [--force]                        das Schema aktualisieren (eine vorhandene Datenbank wird zuerst gesichert)
  backup FILE                              eine konsistente Kopie der ganzen Datenbank als eine SQLite-Datei
  restore FILE                             die Daten durch die einer Sicherung ersetzen (MariaDB: in eine leere Datenbank)
  maintenance [on [--reason TEXT]|off]     Nur-Lese-Modus für alle Clients, während ein Administrator arbeitet
  grants --user NAME [--host HOST] [--apply]   die GRANTs, die das Serverkonto der Desktop-App braucht
  generate --employees N [--years Y] [--seed S]   eine große erfundene Organisation (Leistungstests)

Umgebung: LIEU_DB, LIEU_USER, LIEU_TODAY, LIEU_LANG ersetzen --db, --as, --today, --lang;
LIEU_DB_PASSWORD ist das Passwort für den Server (nie auf der Befehlszeile; wird im Terminal abgefragt, wenn nicht gesetzt).
Sprachen: en, de, fr, es, nl; ohne --lang die in der Desktop-App gewählte Sprache oder die des Systems.
Exit-Status: 0 Erfolg, 1 abgewiesen (eine Regel, eine Berechtigung, ein ungültiger Wert; check: eine Invariante ist verletzt),
2 Aufruffehler, 3 Datenbankfehler (fehlend, beschädigt, schreibgeschützt, voll, fremd oder neuer).
</translation>
    </message>
    <message>
        <location line="+72"/>
        <source> (lieuctl --help lists the commands)</source>
        <translation> (lieuctl --help listet die Befehle auf)</translation>
    </message>
    <message>
        <location filename="../core/export/ExportCommand.cpp" line="+19"/>
        <source>what to export (balances, ledger, timesheets, logs or ical)</source>
        <translation>was exportiert werden soll (balances, ledger, timesheets, logs oder ical)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the .ics file to write</source>
        <translation>die zu schreibende .ics-Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export ical needs either --employee ID or --team SUPERVISOR_ID</source>
        <translation>export ical braucht entweder --employee ID oder --team FÜHRUNGSKRAFT_ID</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrote %1 leave event(s) to %2</source>
        <translation>%1 Abwesenheitstermin(e) in %2 geschrieben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file to write</source>
        <translation>die zu schreibende Datei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--format must be csv or xlsx (or give the file a .csv or .xlsx name)</source>
        <translation>--format muss csv oder xlsx sein (oder der Datei einen Namen mit .csv oder .xlsx geben)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown export &quot;%1&quot; (balances, ledger, timesheets, logs or ical)</source>
        <translation>unbekannter Export „%1“ (balances, ledger, timesheets, logs oder ical)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrote %1 row(s) of %2 to %3</source>
        <translation>%1 Zeile(n) von %2 in %3 geschrieben</translation>
    </message>
    <message>
        <location filename="../core/import/ImportCommand.cpp" line="+43"/>
        <source>the file to import</source>
        <translation>die zu importierende Datei</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2, %3 rows (%4, separator &quot;%5&quot;, dates %6)</source>
        <translation>%1: %2, %3 Zeilen (%4, Trennzeichen „%5“, Datumsangaben %6)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>  %1  %2  week %3 to %4  %5 log(s)  %6 h  TOIL %7 h  %8</source>
        <translation>  %1  %2  Woche %3 bis %4  %5 Eintrag/Einträge  %6 h  Freizeitausgleich %7 h  %8</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>added to Draft %1</source>
        <translation>zum Entwurf %1 hinzugefügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new Draft</source>
        <translation>neuer Entwurf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>new Draft %1</source>
        <translation>neuer Entwurf %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  Not matched: %1, %2 row(s), %3 h (lines %4): %5</source>
        <translation>  Nicht zugeordnet: %1, %2 Zeile(n), %3 h (Zeilen %4): %5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  Already imported, skipped: %1 row(s) (lines %2)</source>
        <translation>  Bereits importiert, übersprungen: %1 Zeile(n) (Zeilen %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  Zero duration, skipped: %1 row(s) (lines %2)</source>
        <translation>  Dauer null, übersprungen: %1 Zeile(n) (Zeilen %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dry run: %1 log(s), %2 h, TOIL %3 h would be imported; nothing was written</source>
        <translation>Probelauf: %1 Eintrag/Einträge, %2 h, Freizeitausgleich %3 h würden importiert; nichts wurde geschrieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported %1 log(s), %2 h, TOIL %3 h</source>
        <translation>%1 Eintrag/Einträge importiert, %2 h, Freizeitausgleich %3 h</translation>
    </message>
    <message>
        <location filename="../core/cli/GenerateCommand.cpp" line="+20"/>
        <source>--%1: &quot;%2&quot; is not a whole number</source>
        <translation>--%1: „%2“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--seed: &quot;%1&quot; is not a whole number</source>
        <translation>--seed: „%1“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--mode: &quot;%1&quot; is not bulk or services</source>
        <translation>--mode: „%1“ ist weder bulk noch services</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>generate: week %1 of %2 (%3 s)</source>
        <translation>generate: Woche %1 von %2 (%3 s)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Generated %1 employees (%2 supervisors, %3 in HR, largest team %4) from %5 to %6 in %7 s:</source>
        <translation>%1 Mitarbeitende (%2 Führungskräfte, %3 in der Personalabteilung, größtes Team %4) von %5 bis %6 in %7 s erzeugt:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  %1 timesheets with %2 time logs, %3 TOIL lots (%4 expired), %5 ledger entries</source>
        <translation>  %1 Stundenzettel mit %2 Zeiteinträgen, %3 Freizeitausgleich-Kontingente (%4 verfallen), %5 Kontobuchungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  %1 leave applications (%2 open), %3 holidays, %4 audit entries</source>
        <translation>  %1 Urlaubsanträge (%2 offen), %3 Feiertage, %4 Einträge im Prüfprotokoll</translation>
    </message>
    <message>
        <location filename="../core/cli/SecurityCommands.cpp" line="-75"/>
        <source>the password is read from standard input, one line each: none was given</source>
        <translation>das Passwort wird von der Standardeingabe gelesen, je eine Zeile: es wurde keines angegeben</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Wrote %n audit entries to %1</source>
        <translation>
            <numerusform>%n Eintrag des Prüfprotokolls in %1 geschrieben</numerusform>
            <numerusform>%n Einträge des Prüfprotokolls in %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Only HR checks the database&apos;s invariants</source>
        <translation>Nur die Personalabteilung prüft die Invarianten der Datenbank</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>password subcommand (reset, change)</source>
        <translation>password-Unterbefehl (reset, change)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New password for %1: </source>
        <translation>Neues Passwort für %1: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password of %1 was reset; the account is unlocked</source>
        <translation>Das Passwort von %1 wurde zurückgesetzt; das Konto ist entsperrt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Current password: </source>
        <translation>Aktuelles Passwort: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password: </source>
        <translation>Neues Passwort: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password of %1 was changed</source>
        <translation>Das Passwort von %1 wurde geändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown password subcommand &quot;%1&quot;</source>
        <translation>unbekannter password-Unterbefehl „%1“</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <location filename="../ui/connection/ConnectionSettings.cpp" line="+39"/>
        <source>path: choose the database file</source>
        <translation>path: wählen Sie die Datenbankdatei</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>The password for %1 is not in this computer&apos;s keychain (%2): enter it on the Database connection page</source>
        <translation>Das Passwort für %1 ist nicht im Schlüsselbund dieses Computers (%2): geben Sie es auf der Seite „Datenbankverbindung“ ein</translation>
    </message>
</context>
<context>
    <name>ContractedHoursPolicy</name>
    <message>
        <location filename="../core/Accrual.cpp" line="+56"/>
        <source>Hours above the contracted hours per day are TOIL</source>
        <translation>Stunden über der vertraglichen Tagesarbeitszeit sind Freizeitausgleich</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rule: %1 (%2 h contracted per working day)</source>
        <translation>Regel: %1 (%2 h vertraglich je Arbeitstag)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (x%1% on a weekend or holiday)</source>
        <translation> (x%1% an einem Wochenende oder Feiertag)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1  worked %2 h on a day off: counted %3 h%4</source>
        <translation>%1  %2 h an einem freien Tag gearbeitet: %3 h angerechnet%4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1  worked %2 h: counted %3 h above the contracted hours</source>
        <translation>%1  %2 h gearbeitet: %3 h über der vertraglichen Arbeitszeit angerechnet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total TOIL: %1 h = %2 days at %3 h per TOIL day</source>
        <translation>Freizeitausgleich gesamt: %1 h = %2 Tage bei %3 h je Ausgleichstag</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <location filename="../core/import/Csv.cpp" line="+53"/>
        <source>The file has %1 bytes; at most %2 can be imported at once</source>
        <translation>Die Datei hat %1 Bytes; höchstens %2 können auf einmal importiert werden</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The file starts with a %1 byte-order mark but is not %1 text</source>
        <translation>Die Datei beginnt mit einer %1-Bytereihenfolgemarke, ist aber kein %1-Text</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>line %1, column %2: the quote opened here is never closed</source>
        <translation>Zeile %1, Spalte %2: das hier geöffnete Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>line %1, column %2: &quot;%3&quot; follows the closing quote; a quoted field ends at a separator or the end of the line</source>
        <translation>Zeile %1, Spalte %2: „%3“ folgt auf das schließende Anführungszeichen; ein Feld in Anführungszeichen endet an einem Trennzeichen oder am Zeilenende</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The file is empty: there is no header line</source>
        <translation>Die Datei ist leer: es gibt keine Kopfzeile</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>line %1 has %2 fields where the header has %3</source>
        <translation>Zeile %1 hat %2 Felder, die Kopfzeile aber %3</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/Database.cpp" line="+89"/>
        <source>The MariaDB/MySQL driver for Qt (%1) is not installed (on Debian: the package libqt6sql6-mysql); cannot open %2</source>
        <translation>Der MariaDB/MySQL-Treiber für Qt (%1) ist nicht installiert (unter Debian: das Paket libqt6sql6-mysql); %2 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The database &quot;%1&quot; is not a file</source>
        <translation>Die Datenbank „%1“ ist keine Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database &quot;%1&quot; cannot be read: %2</source>
        <translation>Die Datenbank „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is an empty file (0 bytes), not a Lieu database: if it should hold your data, restore it from a backup; to start a new database, delete the file first; nothing was changed</source>
        <translation>„%1“ ist eine leere Datei (0 Bytes), keine Lieu-Datenbank: falls sie Ihre Daten enthalten sollte, stellen Sie sie aus einer Sicherung wieder her; um eine neue Datenbank anzulegen, löschen Sie die Datei zuerst; nichts wurde geändert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a Lieu database (it is not an SQLite file); nothing was changed</source>
        <translation>„%1“ ist keine Lieu-Datenbank (keine SQLite-Datei); nichts wurde geändert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the folder &quot;%1&quot; for the database</source>
        <translation>Der Ordner „%1“ für die Datenbank kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot open the database &quot;%1&quot;: %2</source>
        <translation>Die Datenbank „%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot connect to the database server %1 as %2 (database %3): %4</source>
        <translation>Keine Verbindung zum Datenbankserver %1 als %2 möglich (Datenbank %3): %4</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The connection to %1 is not encrypted although TLS was asked for (ssl=1): enable TLS on the server</source>
        <translation>Die Verbindung zu %1 ist nicht verschlüsselt, obwohl TLS verlangt wurde (ssl=1): aktivieren Sie TLS auf dem Server</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&quot;%1&quot; is not a readable Lieu database: %2</source>
        <translation>„%1“ ist keine lesbare Lieu-Datenbank: %2</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The database &quot;%1&quot; is damaged (%2): restore it from a backup (&quot;lieuctl check&quot; shows what is wrong); nothing was changed</source>
        <translation>Die Datenbank „%1“ ist beschädigt (%2): stellen Sie sie aus einer Sicherung wieder her („lieuctl check“ zeigt, was nicht stimmt); nichts wurde geändert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database &quot;%1&quot; is read-only (%2): Lieu needs to write to the file and to its folder; nothing was changed</source>
        <translation>Die Datenbank „%1“ ist schreibgeschützt (%2): Lieu muss in die Datei und in ihren Ordner schreiben können; nichts wurde geändert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk holding the database &quot;%1&quot; is full (%2): free some space and try again; nothing was changed</source>
        <translation>Der Datenträger mit der Datenbank „%1“ ist voll (%2): schaffen Sie Platz und versuchen Sie es erneut; nichts wurde geändert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database &quot;%1&quot; cannot be opened (%2): the file and its folder must exist and be writable; nothing was changed</source>
        <translation>Die Datenbank „%1“ kann nicht geöffnet werden (%2): die Datei und ihr Ordner müssen existieren und beschreibbar sein; nichts wurde geändert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk holding the database &quot;%1&quot; refused to read or write (%2): it may be full, failing or over a size limit; nothing was changed</source>
        <translation>Der Datenträger mit der Datenbank „%1“ hat das Lesen oder Schreiben verweigert (%2): er ist möglicherweise voll, defekt oder über einer Größenbeschränkung; nichts wurde geändert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database &quot;%1&quot; is busy: another program holds it (%2); try again</source>
        <translation>Die Datenbank „%1“ ist belegt: ein anderes Programm hält sie (%2); versuchen Sie es erneut</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The connection to the database server was lost (%1); nothing of this action was saved. Lieu reconnects when you try again.</source>
        <translation>Die Verbindung zum Datenbankserver ist abgebrochen (%1); nichts von dieser Aktion wurde gespeichert. Lieu verbindet sich neu, wenn Sie es erneut versuchen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another user changed the same records at the same moment (deadlock); nothing of this action was saved. Try again.</source>
        <translation>Ein anderer Benutzer hat im selben Moment dieselben Datensätze geändert (Deadlock); nichts von dieser Aktion wurde gespeichert. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another user held the records this action needs for too long (%1); nothing of this action was saved. Try again.</source>
        <translation>Ein anderer Benutzer hat die Datensätze, die diese Aktion braucht, zu lange gesperrt (%1); nichts von dieser Aktion wurde gespeichert. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database is busy with another program&apos;s change (%1); nothing of this action was saved. Try again.</source>
        <translation>Die Datenbank ist mit der Änderung eines anderen Programms beschäftigt (%1); nichts von dieser Aktion wurde gespeichert. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Database error: %1</source>
        <translation>Datenbankfehler: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+248"/>
        <source>The connection to the database server was lost; nothing of this action was saved</source>
        <translation>Die Verbindung zum Datenbankserver ist abgebrochen; nichts von dieser Aktion wurde gespeichert</translation>
    </message>
    <message>
        <location line="-246"/>
        <source>The database server %1 cannot be reached; nothing was saved. Lieu keeps trying to reconnect.</source>
        <translation>Der Datenbankserver %1 ist nicht erreichbar; nichts wurde gespeichert. Lieu versucht weiter, die Verbindung wiederherzustellen.</translation>
    </message>
    <message>
        <location line="+250"/>
        <source>The transaction was rolled back because an inner step failed</source>
        <translation>Die Transaktion wurde zurückgesetzt, weil ein innerer Schritt fehlgeschlagen ist</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The connection to the database server was lost while saving (%1): the change may or may not have been saved. Refresh to see which before doing it again.</source>
        <translation>Die Verbindung zum Datenbankserver ist beim Speichern abgebrochen (%1): die Änderung wurde möglicherweise gespeichert, möglicherweise auch nicht. Aktualisieren Sie die Ansicht, um das zu prüfen, bevor Sie sie wiederholen.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The database has schema version %1, newer than this Lieu %2 knows (%3): install Lieu %4 or later to make changes</source>
        <translation>Die Datenbank hat Schemaversion %1, neuer als dieses Lieu %2 kennt (%3): installieren Sie Lieu %4 oder neuer, um Änderungen vorzunehmen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lieu is in maintenance mode: %1. Nothing can be changed until it is over.</source>
        <translation>Lieu ist im Wartungsmodus: %1. Bis er beendet ist, kann nichts geändert werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The database has schema version %1, newer than this Lieu %2 knows (%3): install Lieu %4 or later to make changes; nothing was changed</source>
        <translation>Die Datenbank hat Schemaversion %1, neuer als dieses Lieu %2 kennt (%3): installieren Sie Lieu %4 oder neuer, um Änderungen vorzunehmen; nichts wurde geändert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(a newer release)</source>
        <translation>(eine neuere Version)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lieu is in maintenance mode: %1. Nothing was changed; try again when it is over.</source>
        <translation>Lieu ist im Wartungsmodus: %1. Nichts wurde geändert; versuchen Sie es erneut, wenn er beendet ist.</translation>
    </message>
    <message>
        <location filename="../core/Migrations.cpp" line="+145"/>
        <location line="+90"/>
        <source>&quot;%1&quot; is not a Lieu database; nothing was changed</source>
        <translation>„%1“ ist keine Lieu-Datenbank; nichts wurde geändert</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>The database &quot;%1&quot; has schema version %2; run &quot;lieuctl migrate&quot; to upgrade it to version %3</source>
        <translation>Die Datenbank „%1“ hat Schemaversion %2; führen Sie „lieuctl migrate“ aus, um sie auf Version %3 zu aktualisieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database &quot;%1&quot; has schema version %2, newer than this program knows (%3): install a newer Lieu; nothing was changed</source>
        <translation>Die Datenbank „%1“ hat Schemaversion %2, neuer als dieses Programm kennt (%3): bitte eine neuere Lieu-Version installieren; nichts wurde geändert</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The list of grants is missing from this program</source>
        <translation>Die Liste der Berechtigungen (GRANTs) fehlt in diesem Programm</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>database: &quot;%1&quot; is not a database name</source>
        <translation>database: „%1“ ist kein Datenbankname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>user: &quot;%1&quot; is not an account name</source>
        <translation>user: „%1“ ist kein Kontoname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>host: &quot;%1&quot; is not a host name, address or pattern</source>
        <translation>host: „%1“ ist kein Hostname, keine Adresse und kein Muster</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Migration %1 failed at statement %2 of %3: %4. MariaDB/MySQL cannot undo the schema changes made before it: restore the backup %5</source>
        <translation>Migration %1 ist bei Anweisung %2 von %3 fehlgeschlagen: %4. MariaDB/MySQL kann die zuvor vorgenommenen Schemaänderungen nicht rückgängig machen: stellen Sie die Sicherung %5 wieder her</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Migration %1 failed at statement %2 of %3: %4</source>
        <translation>Migration %1 ist bei Anweisung %2 von %3 fehlgeschlagen: %4</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Migration %1 is missing from this program</source>
        <translation>Migration %1 fehlt in diesem Programm</translation>
    </message>
</context>
<context>
    <name>DatabaseSpec</name>
    <message>
        <location filename="../core/DatabaseSpec.cpp" line="+37"/>
        <source>database: the path is empty</source>
        <translation>database: der Pfad ist leer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>database: &quot;%1&quot; is not a valid address: %2</source>
        <translation>database: „%1“ ist keine gültige Adresse: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>database: a password does not belong in the address (it would show in process lists and shell history); set LIEU_DB_PASSWORD or let Lieu ask for it</source>
        <translation>database: ein Passwort gehört nicht in die Adresse (es wäre in Prozesslisten und im Shell-Verlauf sichtbar); setzen Sie LIEU_DB_PASSWORD oder lassen Sie Lieu danach fragen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>database: say which account to use, e.g. mysql://lieu_app@db.example.org/lieu</source>
        <translation>database: geben Sie an, welches Konto verwendet werden soll, z. B. mysql://lieu_app@db.example.org/lieu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>database: &quot;%1&quot; is not a database name (letters, digits and _, up to 64)</source>
        <translation>database: „%1“ ist kein Datenbankname (Buchstaben, Ziffern und _, bis zu 64)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>database: port %1 is out of range</source>
        <translation>database: Port %1 liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>database: ssl must be 1 or 0, not &quot;%1&quot;</source>
        <translation>database: ssl muss 1 oder 0 sein, nicht „%1“</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>database: driver must be QMARIADB or QMYSQL, not &quot;%1&quot;</source>
        <translation>database: driver muss QMARIADB oder QMYSQL sein, nicht „%1“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>database: unknown option &quot;%1&quot; (known: ssl, ssl-ca, ssl-capath, ssl-cert, ssl-key, ssl-cipher, socket, driver)</source>
        <translation>database: unbekannte Option „%1“ (bekannt: ssl, ssl-ca, ssl-capath, ssl-cert, ssl-key, ssl-cipher, socket, driver)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>database: a client certificate needs both ssl-cert and ssl-key</source>
        <translation>database: ein Client-Zertifikat braucht sowohl ssl-cert als auch ssl-key</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>database: the server&apos;s host name is missing</source>
        <translation>database: der Hostname des Servers fehlt</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../core/Demo.cpp" line="+60"/>
        <source>The demo needs an empty database; this one already has employees</source>
        <translation>Die Demo braucht eine leere Datenbank; diese enthält bereits Mitarbeitende</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Demo Organisation</source>
        <translation>Demo-Organisation</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Company day</source>
        <translation>Betriebsfeiertag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Christmas Day</source>
        <translation>1. Weihnachtstag</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Planned work</source>
        <translation>Geplante Arbeit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Out-of-hours work</source>
        <translation>Arbeit außerhalb der Arbeitszeit</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tuesday&apos;s release night was billed to the client: mark it billable</source>
        <translation>Die Release-Nacht am Dienstag wurde dem Kunden in Rechnung gestellt: als abrechenbar markieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dentist</source>
        <translation>Zahnarzt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>School play in the afternoon</source>
        <translation>Schulaufführung am Nachmittag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Long weekend</source>
        <translation>Langes Wochenende</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n lot(s) expired</source>
        <translation>
            <numerusform>%n Kontingent verfallen</numerusform>
            <numerusform>%n Kontingente verfallen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <location filename="../ui/shell/Desktop.cpp" line="+64"/>
        <source>There is no active HR user with a login to show: say who with --as LOGIN</source>
        <translation>Es gibt keinen aktiven HR-Benutzer mit Anmeldung, der gezeigt werden kann: mit --as LOGIN angeben, wer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The database was empty: opened the demo organisation.</source>
        <translation>Die Datenbank war leer: die Demo-Organisation wurde geöffnet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--page: &quot;%1&quot; is not a page %2 sees (%3)</source>
        <translation>--page: „%1“ ist keine Seite, die %2 sieht (%3)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not write the screenshot to %1</source>
        <translation>Das Bildschirmfoto konnte nicht nach %1 geschrieben werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved a screenshot of the main window (%1 signed in) to %2</source>
        <translation>Bildschirmfoto des Hauptfensters (%1 angemeldet) in %2 gespeichert</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Password of %1:</source>
        <translation>Passwort von %1:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No password was given for %1</source>
        <translation>Für %1 wurde kein Passwort angegeben</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+40"/>
        <source>Lieu cannot open its database</source>
        <translation>Lieu kann seine Datenbank nicht öffnen</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+33"/>
        <source>Lieu</source>
        <translation>Lieu</translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <location filename="../core/Directory.cpp" line="+104"/>
        <source>Employee %1 does not exist</source>
        <translation>Mitarbeiter %1 existiert nicht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No employee has the login &quot;%1&quot;</source>
        <translation>Niemand hat den Anmeldenamen „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user &quot;%1&quot; (%2) is deactivated</source>
        <translation>Der Benutzer „%1“ (%2) ist deaktiviert</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Employee %1 (%2) has no supervisor (reports_to is empty): HR must assign one before anything can be approved</source>
        <translation>Mitarbeiter %1 (%2) hat keine Führungskraft (reports_to ist leer): die Personalabteilung muss eine zuweisen, bevor etwas genehmigt werden kann</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The supervisor %1 (%2) of employee %3 has no login: HR must give them a user account before anything can be approved</source>
        <translation>Die Führungskraft %1 (%2) von Mitarbeiter %3 hat keine Anmeldung: die Personalabteilung muss ihr ein Benutzerkonto geben, bevor etwas genehmigt werden kann</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The supervisor %1 (%2) of employee %3 is deactivated: HR must assign an active supervisor</source>
        <translation>Die Führungskraft %1 (%2) von Mitarbeiter %3 ist deaktiviert: die Personalabteilung muss eine aktive Führungskraft zuweisen</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>employee_name: the name is missing</source>
        <translation>employee_name: der Name fehlt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>language: &quot;%1&quot; is not a language code like en or pt_BR</source>
        <translation>language: „%1“ ist kein Sprachcode wie en oder pt_BR</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>hours_per_day: %1 must be from 0 to 24 hours</source>
        <translation>hours_per_day: %1 muss zwischen 0 und 24 Stunden liegen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>reports_to: employee &quot;%1&quot; does not exist</source>
        <translation>reports_to: Mitarbeiter „%1“ existiert nicht</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>id: &quot;%1&quot; is not an employee id (letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, up to 40, e.g. EMP-0001)</source>
        <translation>id: „%1“ ist keine Mitarbeiter-ID (Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;, bis zu 40, z. B. EMP-0001)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>email: &quot;%1&quot; is not an e-mail address</source>
        <translation>email: „%1“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>user_id: &quot;%1&quot; is not a login (letters, digits and . _ @ + -, up to 64)</source>
        <translation>user_id: „%1“ ist kein Anmeldename (Buchstaben, Ziffern und . _ @ + -, bis zu 64)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>language: &quot;%1&quot; is not a language Lieu writes e-mails in (%2)</source>
        <translation>language: „%1“ ist keine Sprache, in der Lieu E-Mails schreibt (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>relieving_date: %1 is before the date of joining %2</source>
        <translation>relieving_date: %1 liegt vor dem Eintrittsdatum %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>user_id: the login &quot;%1&quot; already belongs to %2</source>
        <translation>user_id: der Anmeldename „%1“ gehört bereits zu %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>id: employee %1 already exists</source>
        <translation>id: Mitarbeiter %1 existiert bereits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reports_to: an employee cannot report to themselves</source>
        <translation>reports_to: niemand kann sich selbst unterstellt sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>reports_to: %1 would make a reporting loop through %2</source>
        <translation>reports_to: %1 würde einen Unterstellungskreis über %2 bilden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only HR can add employees</source>
        <translation>Nur die Personalabteilung kann Mitarbeitende hinzufügen</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message numerus="yes">
        <location filename="../core/Doctor.cpp" line="+47"/>
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weiterer</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Schema version</source>
        <translation>Schemaversion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database is at version %1; this program expects %2</source>
        <translation>die Datenbank hat Version %1; dieses Programm erwartet %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Indexes</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>idx_leave_ledger_toil, idx_leave_allocation_toil and idx_timesheet_toil exist</source>
        <translation>idx_leave_ledger_toil, idx_leave_allocation_toil und idx_timesheet_toil sind vorhanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing: %1</source>
        <translation>fehlt: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>Leave type &quot;%1&quot;</source>
        <translation>Abwesenheitsart „%1“</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>is_carry_forward = %1, expire after %2 days, allow negative = %3</source>
        <translation>is_carry_forward = %1, verfällt nach %2 Tagen, negatives Guthaben erlaubt = %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Employees with a login</source>
        <translation>Mitarbeitende mit Anmeldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every active employee has a user account</source>
        <translation>alle aktiven Mitarbeitenden haben ein Benutzerkonto</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n employee(s) without a login: %1</source>
        <translation>
            <numerusform>%n Mitarbeiter ohne Anmeldung: %1</numerusform>
            <numerusform>%n Mitarbeitende ohne Anmeldung: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Employees with a supervisor</source>
        <translation>Mitarbeitende mit Führungskraft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every active employee has reports_to set</source>
        <translation>bei allen aktiven Mitarbeitenden ist reports_to gesetzt</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n employee(s) without reports_to (their timesheets cannot be approved): %1</source>
        <translation>
            <numerusform>%n Mitarbeiter ohne reports_to (Stundenzettel können nicht genehmigt werden): %1</numerusform>
            <numerusform>%n Mitarbeitende ohne reports_to (ihre Stundenzettel können nicht genehmigt werden): %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Supervisors with a login</source>
        <translation>Führungskräfte mit Anmeldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every supervisor can sign in to approve</source>
        <translation>alle Führungskräfte können sich zum Genehmigen anmelden</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n supervisor(s) without a login or deactivated: %1</source>
        <translation>
            <numerusform>%n Führungskraft ohne Anmeldung oder deaktiviert: %1</numerusform>
            <numerusform>%n Führungskräfte ohne Anmeldung oder deaktiviert: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mail settings</source>
        <translation>E-Mail-Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no SMTP server is set: reminders wait in the outbox</source>
        <translation>kein SMTP-Server eingestellt: Erinnerungen warten im Postausgang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SMTP server %1</source>
        <translation>SMTP-Server %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the expiry job has never run</source>
        <translation>der Verfallsjob ist noch nie gelaufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last ran for %1 (finished %2)</source>
        <translation>zuletzt für %1 gelaufen (beendet %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>; %n lot(s) are past their last day and not yet expired</source>
        <translation>
            <numerusform>; %n Kontingent ist über seinen letzten Tag hinaus und noch nicht verfallen</numerusform>
            <numerusform>; %n Kontingente sind über ihren letzten Tag hinaus und noch nicht verfallen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expiry job (daily)</source>
        <translation>Verfallsjob (täglich)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the reminder job has never run</source>
        <translation>der Erinnerungsjob ist noch nie gelaufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last ran for %1</source>
        <translation>zuletzt für %1 gelaufen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reminder job (weekly)</source>
        <translation>Erinnerungsjob (wöchentlich)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timesheets awaiting approval</source>
        <translation>Stundenzettel, die auf Genehmigung warten</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wartet</numerusform>
            <numerusform>%n warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>; %n waiting to be sent</source>
        <translation>
            <numerusform>; %n wartet auf den Versand</numerusform>
            <numerusform>; %n warten auf den Versand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>; %n left Sending without the server&apos;s answer (check with the recipient, then &quot;lieuctl outbox retry ID&quot;): %1</source>
        <translation>
            <numerusform>; %n blieb ohne Antwort des Servers im Status Sending (fragen Sie beim Empfänger nach, dann „lieuctl outbox retry ID“): %1</numerusform>
            <numerusform>; %n blieben ohne Antwort des Servers im Status Sending (fragen Sie beim Empfänger nach, dann „lieuctl outbox retry ID“): %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maintenance mode</source>
        <translation>Wartungsmodus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>off: every client may write</source>
        <translation>aus: alle Clients dürfen schreiben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on, every client is read-only: %1</source>
        <translation>ein, alle Clients können nur lesen: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <source>Append-only ledger and audit log</source>
        <translation>Kontobuchungen und Prüfprotokoll nur erweiterbar</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>this account cannot see the triggers (it has no TRIGGER privilege, as it should not): run doctor with the owner&apos;s account to check them</source>
        <translation>dieses Konto kann die Trigger nicht sehen (es hat kein TRIGGER-Recht, wie es sein soll): führen Sie doctor mit dem Konto des Eigentümers aus, um sie zu prüfen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>their four triggers are in place</source>
        <translation>ihre vier Trigger sind vorhanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of their 4 triggers are missing: restore the schema from a backup</source>
        <translation>%1 ihrer 4 Trigger fehlen: stellen Sie das Schema aus einer Sicherung wieder her</translation>
    </message>
    <message numerus="yes">
        <location line="-35"/>
        <source>%n e-mail(s) in Error</source>
        <translation>
            <numerusform>%n E-Mail im Status Error</numerusform>
            <numerusform>%n E-Mails im Status Error</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmployeePages</name>
    <message>
        <location filename="../ui/employee/EmployeePages.cpp" line="+24"/>
        <source>Timesheet</source>
        <translation>Stundenzettel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>My TOIL</source>
        <translation>Mein Freizeitausgleich</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../core/export/Table.cpp" line="+85"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create the workbook %1</source>
        <translation>Die Arbeitsmappe %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Cannot write the workbook %1: %2</source>
        <translation>Die Arbeitsmappe %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <location filename="../ui/common/Formats.cpp" line="+42"/>
        <source>%1 h (%2 days)</source>
        <translation>%1 h (%2 Tage)</translation>
    </message>
</context>
<context>
    <name>Generator</name>
    <message>
        <location filename="../core/Generator.cpp" line="+149"/>
        <source>generate writes what an uncapped organisation accrues: set toil_cap_minutes to 0 first</source>
        <translation>generate schreibt, was eine Organisation ohne Obergrenze ansammelt: setzen Sie toil_cap_minutes zuerst auf 0</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>New Year&apos;s Day</source>
        <translation>Neujahr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spring bank holiday</source>
        <translation>Bankfeiertag im Frühjahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summer bank holiday</source>
        <translation>Bankfeiertag im Sommer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Christmas Day</source>
        <translation>1. Weihnachtstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boxing Day</source>
        <translation>2. Weihnachtstag</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Planned work</source>
        <translation>Geplante Arbeit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Out-of-hours work</source>
        <translation>Arbeit außerhalb der Arbeitszeit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weekend release</source>
        <translation>Release am Wochenende</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>The team is short of cover on those days</source>
        <translation>Das Team ist an diesen Tagen unterbesetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not enough TOIL on those days any more</source>
        <translation>An diesen Tagen ist nicht mehr genug Freizeitausgleich vorhanden</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n lot(s) expired</source>
        <translation>
            <numerusform>%n Kontingent verfallen</numerusform>
            <numerusform>%n Kontingente verfallen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+74"/>
        <source>employees: %1 is not from 2 to %2</source>
        <translation>employees: %1 liegt nicht zwischen 2 und %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>weeks: %1 is not from 2 to %2</source>
        <translation>weeks: %1 liegt nicht zwischen 2 und %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>generate needs a database without employees; this one already has some</source>
        <translation>generate braucht eine Datenbank ohne Mitarbeitende; diese enthält bereits welche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>generate needs a database without timesheets; this one already has some</source>
        <translation>generate braucht eine Datenbank ohne Stundenzettel; diese enthält bereits welche</translation>
    </message>
</context>
<context>
    <name>I18n</name>
    <message>
        <location filename="../core/I18n.cpp" line="+158"/>
        <source>language: &quot;%1&quot; is not a language Lieu speaks (%2)</source>
        <translation>language: „%1“ ist keine Sprache, die Lieu spricht (%2)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>--lang needs a value (%1)</source>
        <translation>--lang braucht einen Wert (%1)</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../core/import/Importer.cpp" line="+60"/>
        <source>Only HR can import hours from a time tracker (%1 is not HR)</source>
        <translation>Nur die Personalabteilung kann Stunden aus einer Zeiterfassung importieren (%1 gehört nicht zur Personalabteilung)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>line %1, column %2: %3 is in the future (today is %4); only hours already worked can be imported</source>
        <translation>Zeile %1, Spalte %2: %3 liegt in der Zukunft (heute ist %4); nur bereits geleistete Stunden können importiert werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no employee has this first and last name</source>
        <translation>niemand hat diesen Vor- und Nachnamen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no employee has this e-mail address</source>
        <translation>niemand hat diese E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 employees have this name; give one of them a distinct name</source>
        <translation>%1 Mitarbeitende haben diesen Namen; einem davon einen eindeutigen Namen geben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>employee %1 is deactivated</source>
        <translation>Mitarbeiter %1 ist deaktiviert</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>line %1: %2 would have %3 hours on %4 (%5 from earlier rows or already in Lieu); at most 24 hours a day</source>
        <translation>Zeile %1: %2 hätte %3 Stunden am %4 (%5 aus früheren Zeilen oder bereits in Lieu); höchstens 24 Stunden pro Tag</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Timesheet %1 took %2 of %3 imported logs</source>
        <translation>Stundenzettel %1 hat %2 von %3 importierten Einträgen übernommen</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message numerus="yes">
        <location filename="../core/Inbox.cpp" line="+58"/>
        <location line="+1"/>
        <source>%n approved</source>
        <translation>
            <numerusform>%n genehmigt</numerusform>
            <numerusform>%n genehmigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n abgewiesen</numerusform>
            <numerusform>%n abgewiesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsertRowCommand</name>
    <message>
        <location filename="../ui/employee/GridCommands.cpp" line="+31"/>
        <source>add row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message numerus="yes">
        <location filename="../core/Integrity.cpp" line="+36"/>
        <source>; and %n more</source>
        <translation>
            <numerusform>; und %n weiterer</numerusform>
            <numerusform>; und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+3"/>
        <source>Store</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>SQLite&apos;s integrity check failed (restore from a backup): %1</source>
        <translation>Die Integritätsprüfung von SQLite ist fehlgeschlagen (stellen Sie aus einer Sicherung wieder her): %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SQLite&apos;s integrity check passed</source>
        <translation>Die Integritätsprüfung von SQLite war erfolgreich</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 row %2 refers to a missing %3</source>
        <translation>%1, Zeile %2 verweist auf einen fehlenden Eintrag in %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>References</source>
        <translation>Verweise</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>every reference points to an existing row</source>
        <translation>jeder Verweis zeigt auf eine vorhandene Zeile</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+7"/>
        <source>Append-only tables</source>
        <translation>Nur erweiterbare Tabellen</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>this account may not see the triggers; run check with the owner&apos;s account to verify them</source>
        <translation>dieses Konto darf die Trigger möglicherweise nicht sehen; führen Sie check mit dem Konto des Eigentümers aus, um sie zu prüfen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing refuses %1 on %2</source>
        <translation>nichts verhindert %1 auf %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the audit log and the leave ledger refuse UPDATE and DELETE</source>
        <translation>das Prüfprotokoll und das Urlaubskonto weisen UPDATE und DELETE ab</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: %2 allocation entries adding to %3 min; the lot holds %4 min</source>
        <translation>%1: %2 Zuteilungsbuchungen mit zusammen %3 min; das Kontingent hat %4 min</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: used %2, expired %3, cancelled %4 min: none may be negative</source>
        <translation>%1: genutzt %2, verfallen %3, storniert %4 min: keiner dieser Werte darf negativ sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the ledger sums to %2 min, not allocated %3 - used %4 - expired %5 - cancelled %6</source>
        <translation>%1: die Kontobuchungen ergeben %2 min, nicht zugeteilt %3 - genutzt %4 - verfallen %5 - storniert %6</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the balance is negative (%2 min)</source>
        <translation>%1: das Guthaben ist negativ (%2 min)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is marked expired but still holds %2 min</source>
        <translation>%1 ist als verfallen markiert, hat aber noch %2 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is cancelled but still holds %2 min</source>
        <translation>%1 ist storniert, hat aber noch %2 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 ledger entries belong to another employee</source>
        <translation>%1: %2 Kontobuchungen gehören zu einem anderen Mitarbeiter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 ledger entries have the wrong expiry flag</source>
        <translation>%1: %2 Kontobuchungen haben das falsche Verfallskennzeichen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ledger entry %1 belongs to no lot</source>
        <translation>Kontobuchung %1 gehört zu keinem Kontingent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lot ledgers</source>
        <translation>Konten der Kontingente</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n lot(s): each ledger adds up to allocated - used - expired - cancelled, none negative, expired and cancelled lots hold nothing</source>
        <translation>
            <numerusform>%n Kontingent: jedes Konto ergibt zugeteilt - genutzt - verfallen - storniert, keines ist negativ, verfallene und stornierte Kontingente enthalten nichts</numerusform>
            <numerusform>%n Kontingente: jedes Konto ergibt zugeteilt - genutzt - verfallen - storniert, keines ist negativ, verfallene und stornierte Kontingente enthalten nichts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 is %2 with docstatus %3</source>
        <translation>%1 ist %2 mit docstatus %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is Approved with %2 min of TOIL but has no lot</source>
        <translation>%1 ist Approved mit %2 min Freizeitausgleich, hat aber kein Kontingent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is Approved but its lot %2 does not match it (source, status, minutes or employee)</source>
        <translation>%1 ist Approved, aber sein Kontingent %2 passt nicht dazu (Quelle, Status, Minuten oder Mitarbeiter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is Approved with TOIL but toil_status is %2</source>
        <translation>%1 ist Approved mit Freizeitausgleich, aber toil_status ist %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is Approved without TOIL but has a lot</source>
        <translation>%1 ist Approved ohne Freizeitausgleich, hat aber ein Kontingent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is Cancelled but its lot %2 is still live</source>
        <translation>%1 ist Cancelled, aber sein Kontingent %2 ist noch aktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is %2 but already has a lot</source>
        <translation>%1 ist %2, hat aber bereits ein Kontingent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>lot %1 has no source timesheet</source>
        <translation>Kontingent %1 hat keinen Quell-Stundenzettel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>lot %1 is live but its timesheet %2 is %3</source>
        <translation>Kontingent %1 ist aktiv, aber sein Stundenzettel %2 ist %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lot %1 is cancelled but its timesheet %2 is %3</source>
        <translation>Kontingent %1 ist storniert, aber sein Stundenzettel %2 ist %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timesheets and lots</source>
        <translation>Stundenzettel und Kontingente</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n timesheet(s): every Approved one with TOIL has its lot, every lot its Approved timesheet, no Cancelled one keeps a live lot</source>
        <translation>
            <numerusform>%n Stundenzettel: jeder genehmigte (Approved) mit Freizeitausgleich hat sein Kontingent, jedes Kontingent seinen genehmigten Stundenzettel, kein stornierter (Cancelled) behält ein aktives Kontingent</numerusform>
            <numerusform>%n Stundenzettel: jeder genehmigte (Approved) mit Freizeitausgleich hat sein Kontingent, jedes Kontingent seinen genehmigten Stundenzettel, kein stornierter (Cancelled) behält ein aktives Kontingent</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: total_minutes %2 but its logs add up to %3</source>
        <translation>%1: total_minutes %2, aber seine Einträge ergeben %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 logs outside its period or of another employee</source>
        <translation>%1: %2 Einträge außerhalb seines Zeitraums oder von einem anderen Mitarbeiter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 logged %2 min on %3, more than a day has</source>
        <translation>%1 hat am %3 %2 min erfasst, mehr als ein Tag hat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timesheet totals</source>
        <translation>Summen der Stundenzettel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>totals match their logs, at most 24 hours a day per employee</source>
        <translation>die Summen stimmen mit ihren Einträgen überein, höchstens 24 Stunden pro Tag und Mitarbeiter</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 draws on %2, a lot of another employee</source>
        <translation>%1 entnimmt aus %2, einem Kontingent eines anderen Mitarbeiters</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is Open and holds a cancelled lot %2</source>
        <translation>%1 ist Open und bindet das stornierte Kontingent %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is Approved for %2 min from %3 but the ledger took %4 min</source>
        <translation>%1 ist Approved für %2 min aus %3, aber die Kontobuchungen haben %4 min entnommen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is %2 for %3 min but its draws add up to %4 min</source>
        <translation>%1 ist %2 für %3 min, aber seine Entnahmen ergeben zusammen %4 min</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is %2 but the ledger still holds %3 min against %4</source>
        <translation>%1 ist %2, aber die Kontobuchungen halten noch %3 min zulasten von %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the ledger has %1 min of leave under %2, which is no leave application</source>
        <translation>die Kontobuchungen enthalten %1 min Urlaub unter %2, das kein Urlaubsantrag ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open applications hold %1 min of %2, which has only %3 min</source>
        <translation>Offene Anträge binden %1 min von %2, das nur %3 min hat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave applications</source>
        <translation>Urlaubsanträge</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n application(s): Open ones reserve exactly their minutes, Approved ones&apos; draws match the ledger, Rejected and Cancelled ones hold nothing</source>
        <translation>
            <numerusform>%n Antrag: offene (Open) reservieren genau ihre Minuten, die Entnahmen genehmigter (Approved) stimmen mit den Kontobuchungen überein, abgelehnte (Rejected) und stornierte (Cancelled) binden nichts</numerusform>
            <numerusform>%n Anträge: offene (Open) reservieren genau ihre Minuten, die Entnahmen genehmigter (Approved) stimmen mit den Kontobuchungen überein, abgelehnte (Rejected) und stornierte (Cancelled) binden nichts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <location filename="../core/JobRunner.cpp" line="+33"/>
        <source>job: a job and a due date are needed to claim a run</source>
        <translation>job: um einen Lauf zu beanspruchen, sind ein Job und ein Fälligkeitsdatum nötig</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The claim on %1 for %2 vanished while it was read</source>
        <translation>Die Reservierung von %1 für %2 ist beim Lesen verschwunden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>interrupted: the runner stopped before it finished</source>
        <translation>unterbrochen: der ausführende Prozess hat vor dem Ende aufgehört</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 for %2 was not claimed by this runner</source>
        <translation>%1 für %2 wurde nicht von diesem Prozess beansprucht</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../core/Jobs.cpp" line="+140"/>
        <source>Dear %1,</source>
        <translation>Hallo %1,</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Some of your Time Off in Lieu expires within the next %n day(s). Use it before the last day shown, or it is lost:</source>
        <translation>
            <numerusform>Ein Teil Ihres Freizeitausgleichs verfällt innerhalb des nächsten Tages. Nutzen Sie ihn vor dem angegebenen letzten Tag, sonst verfällt er:</numerusform>
            <numerusform>Ein Teil Ihres Freizeitausgleichs verfällt innerhalb der nächsten %n Tage. Nutzen Sie ihn vor dem angegebenen letzten Tag, sonst verfällt er:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  %1: %2 h (%3 days) left, last day to use it %4</source>
        <translation>  %1: noch %2 h (%3 Tage), letzter Tag zur Nutzung %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In total %1 h (%2 days) expires soon.</source>
        <translation>Insgesamt verfallen bald %1 h (%2 Tage).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This reminder was sent by Lieu.</source>
        <translation>Diese Erinnerung wurde von Lieu gesendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your TOIL expires soon: %1 h by %2</source>
        <translation>Ihr Freizeitausgleich verfällt bald: %1 h bis %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/Scheduler.cpp" line="+99"/>
        <source>%n lot(s) expired</source>
        <translation>
            <numerusform>%n Kontingent verfallen</numerusform>
            <numerusform>%n Kontingente verfallen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n reminder(s) queued</source>
        <translation>
            <numerusform>%n Erinnerung eingereiht</numerusform>
            <numerusform>%n Erinnerungen eingereiht</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LaunchOptionsParser</name>
    <message>
        <location filename="../ui/shell/LaunchOptions.cpp" line="+19"/>
        <source>%1 needs a value</source>
        <translation>%1 braucht einen Wert</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>unknown argument &quot;%1&quot; (see lieu --help)</source>
        <translation>unbekanntes Argument „%1“ (siehe lieu --help)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--as and --page go with --screenshot FILE</source>
        <translation>--as und --page gehören zu --screenshot DATEI</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Usage: lieu [options]
Lieu, time off in lieu: log hours, approve overtime, spend and expire TOIL.

  --db PATH          an SQLite file or mysql://USER@HOST[:PORT]/DATABASE (or LIEU_DB; default: the
                     Database connection page&apos;s choice, else lieu.sqlite in the data location)
  --today YYYY-MM-DD  act as if today were this day (or LIEU_TODAY)
  --screenshot FILE   open the main window off screen, save it as a PNG and exit
  --as LOGIN          with --screenshot: the user signed in (default: the demo&apos;s HR user)
  --page ID           with --screenshot: the page shown (e.g. employee.timesheet)
  --version           print the version

Without a display the window is drawn off screen and saved as a PNG, whose path is printed.
</source>
        <translation>Aufruf: lieu [Optionen]
Lieu, Freizeitausgleich: Stunden erfassen, Mehrarbeit genehmigen, Freizeitausgleich nehmen und verfallen lassen.

  --db PFAD           eine SQLite-Datei oder mysql://BENUTZER@HOST[:PORT]/DATENBANK (oder LIEU_DB; Standard: die
                      Wahl der Seite Datenbankverbindung, sonst lieu.sqlite im Datenverzeichnis)
  --today JJJJ-MM-TT  so tun, als wäre heute dieser Tag (oder LIEU_TODAY)
  --screenshot DATEI  das Hauptfenster unsichtbar öffnen, als PNG speichern und beenden
  --as LOGIN          mit --screenshot: der angemeldete Benutzer (Standard: der HR-Benutzer der Demo)
  --page ID           mit --screenshot: die gezeigte Seite (z. B. employee.timesheet)
  --version           die Version ausgeben

Ohne Bildschirm wird das Fenster unsichtbar gezeichnet und als PNG gespeichert; dessen Pfad wird ausgegeben.
</translation>
    </message>
</context>
<context>
    <name>Leaves</name>
    <message>
        <location filename="../core/Leaves.cpp" line="+84"/>
        <source>Leave application %1 does not exist</source>
        <translation>Urlaubsantrag %1 existiert nicht</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>from_date: the date is missing</source>
        <translation>from_date: das Datum fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to_date: the date is missing</source>
        <translation>to_date: das Datum fehlt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to_date: %1 is before from_date %2</source>
        <translation>to_date: %1 liegt vor from_date %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to_date: one application covers at most %1 days</source>
        <translation>to_date: ein Antrag umfasst höchstens %1 Tage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>half_day_date: %1 is not between %2 and %3</source>
        <translation>half_day_date: %1 liegt nicht zwischen %2 und %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>half_day_date: %1 is a weekend day or a holiday, not a working day</source>
        <translation>half_day_date: %1 ist ein Wochenendtag oder Feiertag, kein Arbeitstag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 to %2: these days are holidays: no leave needed</source>
        <translation>%1 bis %2: diese Tage sind Feiertage: kein Urlaub nötig</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 bis %3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The leave overlaps %1 on %2</source>
        <translation>Der Urlaub überschneidet sich mit %1 am %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Employee %1 is deactivated</source>
        <translation>Mitarbeiter %1 ist deaktiviert</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+36"/>
        <source>Insufficient TOIL Balance: the leave needs %1 h (%2 days) but %3 h (%4 days) is available on those days; short by %5 h (%6 days)</source>
        <translation>Unzureichendes Freizeitausgleichsguthaben: Der Urlaub braucht %1 h (%2 Tage), an diesen Tagen sind aber nur %3 h (%4 Tage) verfügbar; es fehlen %5 h (%6 Tage)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Leave application %1 is %2: only an Open application can be approved</source>
        <translation>Urlaubsantrag %1 ist %2: nur ein offener Antrag (Open) kann genehmigt werden</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>status: &quot;%1&quot; is not a leave application status (%2)</source>
        <translation>status: „%1“ ist kein Status eines Urlaubsantrags (%2)</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>approve</source>
        <translation>genehmigen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>reason: say why the leave is rejected</source>
        <translation>reason: bitte angeben, warum der Urlaub abgelehnt wird</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Leave application %1 is %2: only an Open application can be rejected</source>
        <translation>Urlaubsantrag %1 ist %2: nur ein offener Antrag (Open) kann abgelehnt werden</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>reject</source>
        <translation>ablehnen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Leave application %1 is %2 and cannot be cancelled</source>
        <translation>Urlaubsantrag %1 ist %2 und kann nicht storniert werden</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <location filename="../core/Ledger.cpp" line="+127"/>
        <source>Leave allocation %1 does not exist</source>
        <translation>Kontingent %1 existiert nicht</translation>
    </message>
</context>
<context>
    <name>MailCommands</name>
    <message>
        <location filename="../core/mail/MailCommands.cpp" line="+57"/>
        <source>%1: &quot;%2&quot; must be a whole number from 1 to 100000</source>
        <translation>%1: „%2“ muss eine ganze Zahl von 1 bis 100000 sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>smtp_host is not set: &quot;lieuctl settings set smtp_host HOST&quot; (and smtp_port, smtp_security, smtp_user, smtp_from); the password comes from LIEU_SMTP_PASSWORD</source>
        <translation>smtp_host ist nicht gesetzt: „lieuctl settings set smtp_host HOST“ (sowie smtp_port, smtp_security, smtp_user, smtp_from); das Passwort kommt aus LIEU_SMTP_PASSWORD</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>outbox subcommand (list, show, send, retry)</source>
        <translation>outbox-Unterbefehl (list, show, send, retry)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>status: &quot;%1&quot; must be Not Sent, Sending, Sent or Error</source>
        <translation>status: „%1“ muss Not Sent, Sending, Sent oder Error sein</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n Versuch</numerusform>
            <numerusform>%n Versuche</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  next attempt %1</source>
        <translation>  nächster Versuch %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  waits for retry</source>
        <translation>  wartet auf erneuten Versuch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  sent %1</source>
        <translation>  gesendet %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <source>e-mail ID</source>
        <translation>E-Mail-ID</translation>
    </message>
    <message numerus="yes">
        <location line="-6"/>
        <source>%1 to %2, %3, %n attempt(s)</source>
        <translation>
            <numerusform>%1 an %2, %3, %n Versuch</numerusform>
            <numerusform>%1 an %2, %3, %n Versuche</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is queued again (Not Sent)</source>
        <translation>%1 ist wieder eingereiht (Not Sent)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown outbox subcommand &quot;%1&quot;</source>
        <translation>unbekannter outbox-Unterbefehl „%1“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>mail subcommand (test)</source>
        <translation>mail-Unterbefehl (test)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown mail subcommand &quot;%1&quot;</source>
        <translation>unbekannter mail-Unterbefehl „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lieu test e-mail</source>
        <translation>Lieu-Test-E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a test e-mail from Lieu for %1.

If you can read it, the SMTP settings work.</source>
        <translation>Dies ist eine Test-E-Mail von Lieu für %1.

Wenn Sie sie lesen können, funktionieren die SMTP-Einstellungen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Test e-mail sent to %1 through %2:%3</source>
        <translation>Test-E-Mail an %1 über %2:%3 gesendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The test e-mail was not sent: %1</source>
        <translation>Die Test-E-Mail wurde nicht gesendet: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  outbox list [--status S]... [--limit N]  the e-mail queue, newest first
  outbox show ID | retry ID                one e-mail; requeue one in Error (or left Sending)
  outbox send [--limit N]                  send what is due now (password: LIEU_SMTP_PASSWORD)
</source>
        <translation>  outbox list [--status S]... [--limit N]  die E-Mail-Warteschlange, neueste zuerst
  outbox show ID | retry ID                eine E-Mail; eine im Status Error (oder in Sending verbliebene) erneut einreihen
  outbox send [--limit N]                  senden, was jetzt fällig ist (Passwort: LIEU_SMTP_PASSWORD)
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  mail test ADDRESS [--subject TEXT]       send a test e-mail with the SMTP settings
</source>
        <translation>  mail test ADDRESS [--subject TEXT]       eine Test-E-Mail mit den SMTP-Einstellungen senden
</translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <location filename="../core/Maintenance.cpp" line="+42"/>
        <source>Only HR or the database administrator can switch maintenance mode</source>
        <translation>Nur die Personalabteilung oder der Datenbankadministrator kann den Wartungsmodus umschalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database has an older schema without maintenance mode: run &quot;lieuctl migrate&quot; first</source>
        <translation>Die Datenbank hat ein älteres Schema ohne Wartungsmodus: führen Sie zuerst „lieuctl migrate“ aus</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>reason: at most %1 characters</source>
        <translation>reason: höchstens %1 Zeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database is being serviced</source>
        <translation>die Datenbank wird gewartet</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <location filename="../core/Names.cpp" line="+46"/>
        <source>%1: &quot;%2&quot; is not a document name like %3</source>
        <translation>%1: „%2“ ist kein Dokumentname wie %3</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message numerus="yes">
        <location filename="../core/Notifications.cpp" line="+46"/>
        <source>%n timesheet(s) wait for your approval</source>
        <translation>
            <numerusform>%n Stundenzettel wartet auf Ihre Genehmigung</numerusform>
            <numerusform>%n Stundenzettel warten auf Ihre Genehmigung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n leave application(s) wait for your approval</source>
        <translation>
            <numerusform>%n Urlaubsantrag wartet auf Ihre Genehmigung</numerusform>
            <numerusform>%n Urlaubsanträge warten auf Ihre Genehmigung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 h (%2 days) of your TOIL expires within %n day(s), the first on %3</source>
        <translation>
            <numerusform>%1 h (%2 Tage) Ihres Freizeitausgleichs verfallen innerhalb von %n Tag, der erste Teil am %3</numerusform>
            <numerusform>%1 h (%2 Tage) Ihres Freizeitausgleichs verfallen innerhalb von %n Tagen, der erste Teil am %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../core/Outbox.cpp" line="+59"/>
        <source>recipient: &quot;%1&quot; is not an e-mail address</source>
        <translation>recipient: „%1“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>E-mail %1 is not in the outbox</source>
        <translation>E-Mail %1 ist nicht im Postausgang</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Only HR can requeue e-mails</source>
        <translation>Nur die Personalabteilung kann E-Mails erneut einreihen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was sent on %2: nothing to retry</source>
        <translation>%1 wurde am %2 gesendet: nichts zu wiederholen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is already waiting to be sent</source>
        <translation>%1 wartet bereits auf den Versand</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 is being sent right now; try again in %n minute(s) if it stays Sending</source>
        <translation>
            <numerusform>%1 wird gerade gesendet; versuchen Sie es in %n Minute erneut, falls die E-Mail im Status Sending bleibt</numerusform>
            <numerusform>%1 wird gerade gesendet; versuchen Sie es in %n Minuten erneut, falls die E-Mail im Status Sending bleibt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxSender</name>
    <message numerus="yes">
        <location filename="../core/mail/OutboxSender.cpp" line="+37"/>
        <source>%n e-mail(s) sent</source>
        <translation>
            <numerusform>%n E-Mail gesendet</numerusform>
            <numerusform>%n E-Mails gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n unconfirmed (left Sending)</source>
        <translation>
            <numerusform>%n unbestätigt (im Status Sending verblieben)</numerusform>
            <numerusform>%n unbestätigt (im Status Sending verblieben)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n deferred (server unreachable)</source>
        <translation>
            <numerusform>%n zurückgestellt (Server nicht erreichbar)</numerusform>
            <numerusform>%n zurückgestellt (Server nicht erreichbar)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>smtp_from is not set: the outbox waits until it is</source>
        <translation>smtp_from ist nicht gesetzt: der Postausgang wartet, bis es gesetzt ist</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1; the server may have the message: check with the recipient, then &quot;lieuctl outbox retry %2&quot; to send it again</source>
        <translation>%1; der Server hat die Nachricht möglicherweise erhalten: fragen Sie beim Empfänger nach und senden Sie sie dann mit „lieuctl outbox retry %2“ erneut</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>smtp_from is not set: say which address Lieu sends from</source>
        <translation>smtp_from ist nicht gesetzt: geben Sie an, von welcher Adresse Lieu sendet</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../core/Permissions.cpp" line="+17"/>
        <source>The user &quot;%1&quot; is not an employee in this database</source>
        <translation>Der Benutzer „%1“ ist in dieser Datenbank kein Mitarbeiter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The login of employee %1 has changed since &quot;%2&quot; signed in: sign in again</source>
        <translation>Der Anmeldename von Mitarbeiter %1 hat sich geändert, seit „%2“ sich angemeldet hat: melden Sie sich erneut an</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user &quot;%1&quot; (%2) is deactivated</source>
        <translation>Der Benutzer „%1“ (%2) ist deaktiviert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user &quot;%1&quot; no longer has the HR role: sign in again</source>
        <translation>Der Benutzer „%1“ hat die Rolle Personalabteilung nicht mehr: melden Sie sich erneut an</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 may not see the records of employee %2</source>
        <translation>%1 darf die Daten von Mitarbeiter %2 nicht sehen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 may not create a timesheet for employee %2</source>
        <translation>%1 darf keinen Stundenzettel für Mitarbeiter %2 anlegen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only employee %1 can %2 timesheet %3</source>
        <translation>Nur Mitarbeiter %1 kann Stundenzettel %3 %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only employee %1 or HR can add time logs to timesheet %2</source>
        <translation>Nur Mitarbeiter %1 oder die Personalabteilung kann dem Stundenzettel %2 Zeiteinträge hinzufügen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nobody approves their own timesheet: %1 belongs to %2</source>
        <translation>Niemand genehmigt den eigenen Stundenzettel: %1 gehört %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>discard</source>
        <translation>verwerfen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>HR cannot cancel their own approved timesheet %1: the supervisor who approved it or another HR user can</source>
        <translation>Mitglieder der Personalabteilung können ihren eigenen genehmigten Stundenzettel %1 nicht stornieren: das kann die Führungskraft, die ihn genehmigt hat, oder ein anderer HR-Benutzer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only HR or the supervisor who approved it can cancel timesheet %1</source>
        <translation>Nur die Personalabteilung oder die Führungskraft, die ihn genehmigt hat, kann Stundenzettel %1 stornieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 may not apply for leave on behalf of employee %2</source>
        <translation>%1 darf keinen Urlaub im Namen von Mitarbeiter %2 beantragen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nobody can %1 their own leave application (%2)</source>
        <translation>Niemand kann den eigenen Urlaubsantrag %1 (%2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only the immediate supervisor can %1 this leave application</source>
        <translation>Nur die direkte Führungskraft kann diesen Urlaubsantrag %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only employee %1 can cancel the Open leave application %2</source>
        <translation>Nur Mitarbeiter %1 kann den offenen (Open) Urlaubsantrag %2 stornieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>HR cannot cancel their own approved leave application %1: their supervisor or another HR user can</source>
        <translation>Mitglieder der Personalabteilung können ihren eigenen genehmigten Urlaubsantrag %1 nicht stornieren: das kann ihre Führungskraft oder ein anderer HR-Benutzer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the supervisor or HR can cancel the approved leave application %1</source>
        <translation>Nur die Führungskraft oder die Personalabteilung kann den genehmigten Urlaubsantrag %1 stornieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only HR can edit employees</source>
        <translation>Nur die Personalabteilung kann Mitarbeitende bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody changes their own HR role or deactivates themselves: another HR user or the administrator does it</source>
        <translation>Niemand ändert die eigene HR-Rolle oder deaktiviert sich selbst: das erledigt ein anderer HR-Benutzer oder der Administrator</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only HR can reset another person&apos;s password</source>
        <translation>Nur die Personalabteilung kann das Passwort einer anderen Person zurücksetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change your own password with the current one; a reset is for someone else&apos;s</source>
        <translation>Ändern Sie Ihr eigenes Passwort mit dem aktuellen; das Zurücksetzen ist für das Passwort anderer Personen gedacht</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only HR or the system runs the expiry and reminder jobs</source>
        <translation>Nur die Personalabteilung oder das System führt die Verfalls- und Erinnerungsjobs aus</translation>
    </message>
</context>
<context>
    <name>RemoveRowCommand</name>
    <message>
        <location filename="../ui/employee/GridCommands.cpp" line="+15"/>
        <source>remove row</source>
        <translation>Zeile entfernen</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../core/export/Reports.cpp" line="+32"/>
        <source>Balances</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <location line="+24"/>
        <location line="+29"/>
        <source>Employee</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+30"/>
        <location line="+24"/>
        <source>Employee name</source>
        <translation>Mitarbeitername</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Available (hours)</source>
        <translation>Verfügbar (Stunden)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Available (minutes)</source>
        <translation>Verfügbar (Minuten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available (days)</source>
        <translation>Verfügbar (Tage)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pending (hours)</source>
        <translation>Beantragt (Stunden)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pending (minutes)</source>
        <translation>Beantragt (Minuten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiring within %1 days (hours)</source>
        <translation>Verfällt innerhalb von %1 Tagen (Stunden)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expiring (minutes)</source>
        <translation>Verfallend (Minuten)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next expiry</source>
        <translation>Nächster Verfall</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Ledger</source>
        <translation>Kontobewegungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Transaction type</source>
        <translation>Buchungsart</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Transaction</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>Allocation</source>
        <translation>Kontingent</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+24"/>
        <location line="+28"/>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+24"/>
        <location line="+28"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expired</source>
        <translation>Verfallen</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+49"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+49"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Timesheets</source>
        <translation>Stundenzettel</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>Timesheet</source>
        <translation>Stundenzettel</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TOIL (hours)</source>
        <translation>Freizeitausgleich (Stunden)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TOIL (minutes)</source>
        <translation>Freizeitausgleich (Minuten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOIL (days)</source>
        <translation>Freizeitausgleich (Tage)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TOIL status</source>
        <translation>Status Freizeitausgleich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approved by</source>
        <translation>Genehmigt von</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Time logs</source>
        <translation>Zeiteinträge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Billable</source>
        <translation>Abrechenbar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activity</source>
        <translation>Tätigkeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>kind: &quot;%1&quot; is not an export (balances, ledger or timesheets)</source>
        <translation>kind: „%1“ ist kein Export (balances, ledger oder timesheets)</translation>
    </message>
</context>
<context>
    <name>SeedAccrualPolicy</name>
    <message>
        <location filename="../core/Accrual.cpp" line="-58"/>
        <source>Seed rule: non-billable hours are TOIL</source>
        <translation>Ausgangsregel: nicht abrechenbare Stunden sind Freizeitausgleich</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rule: %1</source>
        <translation>Regel: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no activity)</source>
        <translation>(keine Tätigkeit)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1  %2  %3 h billable: not counted</source>
        <translation>%1  %2  %3 h abrechenbar: nicht angerechnet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (x%1% on a weekend or holiday)</source>
        <translation> (x%1% an einem Wochenende oder Feiertag)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1  %2  %3 h non-billable: counted %4 h%5</source>
        <translation>%1  %2  %3 h nicht abrechenbar: %4 h angerechnet%5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total TOIL: %1 h = %2 days at %3 h per TOIL day</source>
        <translation>Freizeitausgleich gesamt: %1 h = %2 Tage bei %3 h je Ausgleichstag</translation>
    </message>
</context>
<context>
    <name>SetCellCommand</name>
    <message>
        <location filename="../ui/employee/GridCommands.cpp" line="-33"/>
        <location line="+4"/>
        <source>change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>change billable</source>
        <translation>abrechenbar ändern</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../core/Settings.cpp" line="+54"/>
        <location line="+59"/>
        <source>Only HR can change settings</source>
        <translation>Nur die Personalabteilung kann Einstellungen ändern</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>setting: &quot;%1&quot; is not a Lieu setting</source>
        <translation>setting: „%1“ ist keine Lieu-Einstellung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: &quot;%2&quot; must be a whole number from %3 to %4</source>
        <translation>%1: „%2“ muss eine ganze Zahl von %3 bis %4 sein</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: &quot;%2&quot; must be &quot;seed&quot; or &quot;contracted&quot;</source>
        <translation>%1: „%2“ muss „seed“ oder „contracted“ sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: &quot;%2&quot; must list weekdays 1 (Monday) to 7 (Sunday), e.g. 6,7</source>
        <translation>%1: „%2“ muss Wochentage von 1 (Montag) bis 7 (Sonntag) aufzählen, z. B. 6,7</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the organisation needs a name</source>
        <translation>%1: die Organisation braucht einen Namen</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The leave type &quot;%1&quot; is missing: run &quot;lieuctl init&quot;</source>
        <translation>Die Abwesenheitsart „%1“ fehlt: „lieuctl init“ ausführen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only HR can change the TOIL leave type</source>
        <translation>Nur die Personalabteilung kann die Abwesenheitsart für Freizeitausgleich ändern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expire_carry_forwarded_leaves_after_days: %1 must be from 1 to 3660 days</source>
        <translation>expire_carry_forwarded_leaves_after_days: %1 muss zwischen 1 und 3660 Tagen liegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>allow_negative: TOIL cannot go negative in Lieu; leave it off</source>
        <translation>allow_negative: Freizeitausgleich kann in Lieu nicht negativ werden; bitte ausgeschaltet lassen</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <location filename="../core/Setup.cpp" line="+21"/>
        <source>user_id: the first HR user needs a login to sign in with</source>
        <translation>user_id: der erste HR-Benutzer braucht einen Anmeldenamen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This database already has employees: the first-start set-up is only for an empty one</source>
        <translation>Diese Datenbank enthält bereits Mitarbeitende: die Ersteinrichtung ist nur für eine leere gedacht</translation>
    </message>
</context>
<context>
    <name>SmtpClient</name>
    <message>
        <location filename="../core/mail/SmtpClient.cpp" line="+123"/>
        <source>%1: the server&apos;s answer is not SMTP: &quot;%2&quot;</source>
        <translation>%1: die Antwort des Servers ist kein SMTP: „%2“</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1: the server answered %2 %3</source>
        <translation>%1: der Server antwortete %2 %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>TLS certificate refused: %1</source>
        <translation>TLS-Zertifikat abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>keine Antwort innerhalb von %n Sekunde</numerusform>
            <numerusform>keine Antwort innerhalb von %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2:%3): %4</source>
        <translation>%1 (%2:%3): %4</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>smtp_ca_file: no PEM certificate could be read from &quot;%1&quot;</source>
        <translation>smtp_ca_file: aus „%1“ konnte kein PEM-Zertifikat gelesen werden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>connecting to %1:%2 (%3)</source>
        <translation>Verbindung zu %1:%2 wird aufgebaut (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TLS connection</source>
        <translation>TLS-Verbindung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>STARTTLS: %1:%2 does not offer STARTTLS; set smtp_security to &quot;tls&quot; or &quot;none&quot; if that is intended</source>
        <translation>STARTTLS: %1:%2 bietet kein STARTTLS an; setzen Sie smtp_security auf „tls“ oder „none“, wenn das beabsichtigt ist</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>TLS handshake</source>
        <translation>TLS-Handshake</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>AUTH as %1</source>
        <translation>AUTH als %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>AUTH: %1:%2 offers no authentication on this connection; check smtp_security</source>
        <translation>AUTH: %1:%2 bietet auf dieser Verbindung keine Authentifizierung an; prüfen Sie smtp_security</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AUTH: %1:%2 offers only %3; Lieu speaks PLAIN and LOGIN</source>
        <translation>AUTH: %1:%2 bietet nur %3 an; Lieu beherrscht PLAIN und LOGIN</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+2"/>
        <source>greeting</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: &quot;%2&quot; is not an e-mail address</source>
        <translation>%1: „%2“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the message has no recipient</source>
        <translation>die Nachricht hat keinen Empfänger</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>RCPT TO %1</source>
        <translation>RCPT TO %1</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>C: (message, %n byte(s))</source>
        <translation>
            <numerusform>C: (Nachricht, %n Byte)</numerusform>
            <numerusform>C: (Nachricht, %n Bytes)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>end of message</source>
        <translation>Ende der Nachricht</translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <location filename="../core/export/Statement.cpp" line="+46"/>
        <source>Not yet valid</source>
        <translation>Noch nicht gültig</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Expired</source>
        <translation>Verfallen</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Used</source>
        <translation>Verbraucht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
</context>
<context>
    <name>StatementPdf</name>
    <message>
        <location filename="../ui/report/StatementPdf.cpp" line="+114"/>
        <source>TOIL statement</source>
        <translation>Freizeitausgleich-Auszug</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Statement date %1</source>
        <translation>Stichtag %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No supervisor assigned</source>
        <translation>Keine Führungskraft zugewiesen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Supervisor: %1</source>
        <translation>Führungskraft: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Available on %1</source>
        <translation>Verfügbar am %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending leave</source>
        <translation>Beantragter Urlaub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiring within %1 days</source>
        <translation>Verfällt innerhalb von %1 Tagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next expiry</source>
        <translation>Nächster Verfall</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>TOIL lots</source>
        <translation>Freizeitausgleich-Kontingente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lot</source>
        <translation>Kontingent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Timesheet</source>
        <translation>Stundenzettel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accrued</source>
        <translation>Erworben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used</source>
        <translation>Verbraucht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Verfallen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left</source>
        <translation>Übrig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No TOIL has been accrued.</source>
        <translation>Es wurde kein Freizeitausgleich erworben.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>and %n earlier lot(s), not shown</source>
        <translation>
            <numerusform>und %n früheres Kontingent, nicht angezeigt</numerusform>
            <numerusform>und %n frühere Kontingente, nicht angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All lots: accrued %1 h, used %2 h, expired %3 h</source>
        <translation>Alle Kontingente: erworben %1 h, verbraucht %2 h, verfallen %3 h</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>TOIL leave</source>
        <translation>Urlaub aus Freizeitausgleich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application</source>
        <translation>Antrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Half day</source>
        <translation>Halber Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No TOIL leave applied for.</source>
        <translation>Kein Urlaub aus Freizeitausgleich beantragt.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>and %n earlier application(s), not shown</source>
        <translation>
            <numerusform>und %n früherer Antrag, nicht angezeigt</numerusform>
            <numerusform>und %n frühere Anträge, nicht angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Each lot is valid from the day after its timesheet&apos;s period for its own term; leave draws on the lot that expires first. The available balance is the ledger&apos;s sum for the lots valid on the statement date.</source>
        <translation>Jedes Kontingent gilt ab dem Tag nach dem Zeitraum seines Stundenzettels für seine eigene Laufzeit; Urlaub wird aus dem Kontingent genommen, das zuerst verfällt. Das verfügbare Guthaben ist die Summe der Kontobuchungen der Kontingente, die am Stichtag gültig sind.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One TOIL day is %1 h. Generated %2 UTC by Lieu.</source>
        <translation>Ein Ausgleichstag hat %1 h. Erstellt am %2 UTC von Lieu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>TOIL statement: %1</source>
        <translation>Freizeitausgleich-Auszug: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>Cannot write the statement to %1</source>
        <translation>Der Auszug kann nicht nach %1 geschrieben werden</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <location filename="../core/Text.cpp" line="+24"/>
        <source>at most %1 characters (this has %2)</source>
        <translation>höchstens %1 Zeichen (dieser Text hat %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is not valid UTF-8 text (character %1 is U+FFFD, the mark of a wrong encoding)</source>
        <translation>das ist kein gültiger UTF-8-Text (Zeichen %1 ist U+FFFD, das Kennzeichen einer falschen Kodierung)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is not valid text (character %1 is half of a surrogate pair)</source>
        <translation>das ist kein gültiger Text (Zeichen %1 ist die Hälfte eines Surrogatpaars)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>character %1 is the control character U+%2; only printable text is allowed</source>
        <translation>Zeichen %1 ist das Steuerzeichen U+%2; nur druckbarer Text ist erlaubt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: &quot;%2&quot; cannot be stored: %3</source>
        <translation>%1: „%2“ kann nicht gespeichert werden: %3</translation>
    </message>
</context>
<context>
    <name>Timesheets</name>
    <message>
        <location filename="../core/Timesheets.cpp" line="+94"/>
        <source>Timesheet %1 does not exist</source>
        <translation>Stundenzettel %1 existiert nicht</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>time log %1: the date is missing or does not exist</source>
        <translation>Zeiteintrag %1: das Datum fehlt oder existiert nicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>time log %1: date %2 is outside the timesheet period %3 to %4</source>
        <translation>Zeiteintrag %1: Datum %2 liegt außerhalb des Zeitraums %3 bis %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>time log %1: date %2 is in the future (today is %3)</source>
        <translation>Zeiteintrag %1: Datum %2 liegt in der Zukunft (heute ist %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>time log %1 (%2): hours must be more than zero, not %3</source>
        <translation>Zeiteintrag %1 (%2): die Stunden müssen größer als null sein, nicht %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>time log %1 (%2): %3 hours is more than a day has</source>
        <translation>Zeiteintrag %1 (%2): %3 Stunden sind mehr, als ein Tag hat</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: %2 hours logged on one day (%3 in other timesheets); at most 24 hours a day</source>
        <translation>%1: %2 Stunden an einem Tag erfasst (%3 in anderen Stundenzetteln); höchstens 24 Stunden pro Tag</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>start_date: the date is missing</source>
        <translation>start_date: das Datum fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>end_date: the date is missing</source>
        <translation>end_date: das Datum fehlt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>end_date: %1 is before start_date %2</source>
        <translation>end_date: %1 liegt vor start_date %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>end_date: a timesheet covers at most %1 days</source>
        <translation>end_date: ein Stundenzettel umfasst höchstens %1 Tage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Employee %1 is deactivated</source>
        <translation>Mitarbeiter %1 ist deaktiviert</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>edit</source>
        <translation>bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timesheet %1 is %2: only a Draft or Rejected timesheet can be edited</source>
        <translation>Stundenzettel %1 ist %2: nur ein Stundenzettel im Entwurf (Draft) oder abgelehnt (Rejected) kann bearbeitet werden</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Timesheet %1 is %2: logs can be added only to a Draft</source>
        <translation>Stundenzettel %1 ist %2: Zeiteinträge können nur einem Entwurf (Draft) hinzugefügt werden</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>send</source>
        <translation>einreichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timesheet %1 is %2: only a Draft or Rejected timesheet can be sent for approval</source>
        <translation>Stundenzettel %1 ist %2: nur ein Stundenzettel im Entwurf (Draft) oder abgelehnt (Rejected) kann zur Genehmigung eingereicht werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timesheet %1 has no time logs: add the hours before sending it</source>
        <translation>Stundenzettel %1 hat keine Zeiteinträge: erst die Stunden erfassen, dann einreichen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Timesheet %1 is %2: only a timesheet Awaiting Approval can be approved</source>
        <translation>Stundenzettel %1 ist %2: nur ein Stundenzettel, der auf Genehmigung wartet (Awaiting Approval), kann genehmigt werden</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>status: &quot;%1&quot; is not a timesheet status (%2)</source>
        <translation>status: „%1“ ist kein Status eines Stundenzettels (%2)</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Only the immediate supervisor can approve this timesheet</source>
        <translation>Nur die direkte Führungskraft kann diesen Stundenzettel genehmigen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cap: the balance is %1 h and the cap is %2 h, so %3 h accrued and %4 h were not accrued</source>
        <translation>Obergrenze: das Guthaben beträgt %1 h und die Obergrenze %2 h, daher wurden %3 h gutgeschrieben und %4 h nicht</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>reason: say why the timesheet is rejected</source>
        <translation>reason: bitte angeben, warum der Stundenzettel abgelehnt wird</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Timesheet %1 is %2: only a timesheet Awaiting Approval can be rejected</source>
        <translation>Stundenzettel %1 ist %2: nur ein Stundenzettel, der auf Genehmigung wartet (Awaiting Approval), kann abgelehnt werden</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Only the immediate supervisor can reject this timesheet</source>
        <translation>Nur die direkte Führungskraft kann diesen Stundenzettel ablehnen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cannot cancel timesheet - TOIL consumed by %1: cancel those leave applications first</source>
        <translation>Stundenzettel kann nicht storniert werden – Freizeitausgleich verbraucht durch %1: zuerst diese Urlaubsanträge stornieren</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Timesheet %1 is %2 and cannot be cancelled</source>
        <translation>Stundenzettel %1 ist %2 und kann nicht storniert werden</translation>
    </message>
</context>
<context>
    <name>TrackerFile</name>
    <message>
        <location filename="../core/import/TrackerFile.cpp" line="+170"/>
        <source>Detect from the header</source>
        <translation>Anhand der Kopfzeile erkennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toggl Track detailed report</source>
        <translation>Toggl Track – detaillierter Bericht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clockify detailed report</source>
        <translation>Clockify – detaillierter Bericht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kimai timesheet export</source>
        <translation>Kimai – Export der Zeiterfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harvest detailed time report</source>
        <translation>Harvest – detaillierter Zeitbericht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generic CSV (date, hours, billable, activity, description, email)</source>
        <translation>Allgemeines CSV (date, hours, billable, activity, description, email)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: &quot;%2&quot; is not a layout (toggl, clockify, kimai, harvest, generic or auto)</source>
        <translation>%1: „%2“ ist kein Layout (toggl, clockify, kimai, harvest, generic oder auto)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: &quot;%2&quot; is not a date order (dmy, mdy, ymd or detect)</source>
        <translation>%1: „%2“ ist keine Datumsreihenfolge (dmy, mdy, ymd oder detect)</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>line 1: the %1 layout needs the column(s) %2; the header has: %3</source>
        <translation>Zeile 1: das Layout %1 braucht die Spalte(n) %2; die Kopfzeile hat: %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>line 1: the header matches no known layout (Toggl Track, Clockify, Kimai, Harvest, or the generic date, hours, billable, activity, description, email); it has: %1</source>
        <translation>Zeile 1: die Kopfzeile passt zu keinem bekannten Layout (Toggl Track, Clockify, Kimai, Harvest oder das allgemeine date, hours, billable, activity, description, email); sie hat: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The dates disagree: &quot;%1&quot; on line %2 is day-first but &quot;%3&quot; on line %4 is month-first</source>
        <translation>Die Datumsangaben widersprechen sich: „%1“ in Zeile %2 hat den Tag zuerst, „%3“ in Zeile %4 aber den Monat</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dates such as &quot;%1&quot; (line %2) can be read day-first or month-first and no date in the file tells which: choose the date order (dmy or mdy)</source>
        <translation>Datumsangaben wie „%1“ (Zeile %2) lassen sich mit Tag oder Monat zuerst lesen, und kein Datum der Datei entscheidet es: bitte die Datumsreihenfolge wählen (dmy oder mdy)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>line %1, column %2 (%3): %4</source>
        <translation>Zeile %1, Spalte %2 (%3): %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the first name is empty</source>
        <translation>der Vorname ist leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the last name is empty</source>
        <translation>der Nachname ist leer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the e-mail address is empty</source>
        <translation>die E-Mail-Adresse ist leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>„%1“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the date is empty</source>
        <translation>das Datum ist leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a date that exists (read as %2)</source>
        <translation>„%1“ ist kein existierendes Datum (gelesen als %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day-first</source>
        <translation>Tag zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month-first</source>
        <translation>Monat zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year-first</source>
        <translation>Jahr zuerst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a date that exists</source>
        <translation>„%1“ ist kein existierendes Datum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a time of day (write 09:00, 09:00:00 or 9:00 AM)</source>
        <translation>„%1“ ist keine Uhrzeit (09:00, 09:00:00 oder 9:00 AM schreiben)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a time of day (write 17:30, 17:30:00 or 5:30 PM)</source>
        <translation>„%1“ ist keine Uhrzeit (17:30, 17:30:00 oder 5:30 PM schreiben)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&quot;%1&quot; is not an amount of hours (write 7.5, 7,5, 7:30 or 07:30:00)</source>
        <translation>„%1“ ist keine Stundenangabe (7.5, 7,5, 7:30 oder 07:30:00 schreiben)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the entry ends before it starts</source>
        <translation>der Eintrag endet, bevor er beginnt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the duration is empty and there are no start and end times to count it from</source>
        <translation>die Dauer ist leer und es gibt keine Start- und Endzeit, aus der sie sich berechnen ließe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 hours is more than a day has</source>
        <translation>%1 Stunden sind mehr, als ein Tag hat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>empty; write Yes or No</source>
        <translation>leer; Yes oder No schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is neither Yes nor No</source>
        <translation>„%1“ ist weder Yes noch No</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the activity &quot;%1&quot; cannot be stored: %2</source>
        <translation>die Tätigkeit „%1“ kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the description &quot;%1&quot; cannot be stored: %2</source>
        <translation>die Beschreibung „%1“ kann nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../core/Units.cpp" line="+52"/>
        <source>%1: &quot;%2&quot; is not an amount of hours (write 7.5, 7:30 or 07:30:00)</source>
        <translation>%1: „%2“ ist keine Stundenangabe (7.5, 7:30 oder 07:30:00 schreiben)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1: &quot;%2&quot; is not a date that exists (write YYYY-MM-DD)</source>
        <translation>%1: „%2“ ist kein existierendes Datum (JJJJ-MM-TT schreiben)</translation>
    </message>
</context>
<context>
    <name>WorkCalendar</name>
    <message>
        <location filename="../core/WorkCalendar.cpp" line="+67"/>
        <location line="+19"/>
        <source>Only HR can change the holiday list</source>
        <translation>Nur die Personalabteilung kann die Feiertagsliste ändern</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>holiday_date: the date is missing</source>
        <translation>holiday_date: das Datum fehlt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>holiday_date: %1 is already a holiday</source>
        <translation>holiday_date: %1 ist bereits ein Feiertag</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is not on the holiday list</source>
        <translation>%1 ist nicht in der Feiertagsliste</translation>
    </message>
</context>
<context>
    <name>lieu::ui</name>
    <message>
        <location filename="../ui/hr/HrPages.cpp" line="+36"/>
        <source>Employees</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holidays</source>
        <translation>Feiertage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOIL settings</source>
        <translation>Einstellungen Freizeitausgleich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
</context>
<context>
    <name>lieu::ui::ApplyLeaveDialog</name>
    <message>
        <location filename="../ui/employee/ApplyLeaveDialog.cpp" line="+26"/>
        <source>&amp;One half day:</source>
        <translation>&amp;Ein halber Tag:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Apply for leave</source>
        <translation>Urlaub beantragen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>First day of leave</source>
        <translation>Erster Urlaubstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day of leave</source>
        <translation>Letzter Urlaubstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Half day date</source>
        <translation>Datum des halben Tages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One of the days is a half day</source>
        <translation>Einer der Tage ist ein halber Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional: what the leave is for</source>
        <translation>Optional: wofür der Urlaub ist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What it counts</source>
        <translation>Was es zählt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Working days:</source>
        <translation>Arbeitstage:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave:</source>
        <translation>Urlaub:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance before:</source>
        <translation>Guthaben vorher:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance after:</source>
        <translation>Guthaben nachher:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken from:</source>
        <translation>Entnommen aus:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Apply</source>
        <translation>&amp;Beantragen</translation>
    </message>
    <message>
        <location line="+113"/>
        <source> (half)</source>
        <translation> (halb)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 … %2</source>
        <translation>%1 … %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Balance after: %1</source>
        <translation>Guthaben nachher: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2 h (last day %3)</source>
        <translation>%1 %2 h (letzter Tag %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no TOIL lot covers these days</source>
        <translation>kein Freizeitausgleich-Kontingent deckt diese Tage ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not enough TOIL valid on these days: short by %1.</source>
        <translation>An diesen Tagen ist nicht genug Freizeitausgleich gültig: es fehlen %1.</translation>
    </message>
</context>
<context>
    <name>lieu::ui::AuditModel</name>
    <message>
        <location filename="../ui/hr/HrModels.cpp" line="+279"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document type</source>
        <translation>Dokumenttyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
</context>
<context>
    <name>lieu::ui::AuditPage</name>
    <message>
        <location filename="../ui/hr/AuditPage.cpp" line="+37"/>
        <location line="+122"/>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>(nothing)</source>
        <translation>(nichts)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Document type</source>
        <translation>Dokumenttyp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. TS-00012 or EMP-0003</source>
        <translation>z. B. TS-00012 oder EMP-0003</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From date</source>
        <translation>Von-Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To date</source>
        <translation>Bis-Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Document &amp;type:</source>
        <translation>Dokument&amp;typ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Document:</source>
        <translation>&amp;Dokument:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Who:</source>
        <translation>&amp;Wer:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Action:</source>
        <translation>&amp;Aktion:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;o:</source>
        <translation>B&amp;is:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search the entries shown</source>
        <translation>Die angezeigten Einträge durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the audit entries</source>
        <translation>Die Einträge des Prüfprotokolls durchsuchen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 the change</source>
        <translation>%1 – die Änderung</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The latest %1 entries</source>
        <translation>Die letzten %1 Einträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 entries</source>
        <translation>%1 Einträge</translation>
    </message>
</context>
<context>
    <name>lieu::ui::ChartsPage</name>
    <message>
        <location filename="../ui/charts/ChartsPage.cpp" line="+60"/>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>TOIL balance per employee</source>
        <translation>Freizeitausgleich-Guthaben je Mitarbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOIL accrued, used and expired per month</source>
        <translation>Freizeitausgleich erworben, verbraucht und verfallen je Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOIL expiring in the next 90 days, by week</source>
        <translation>Freizeitausgleich, der in den nächsten 90 Tagen verfällt, nach Woche</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not read the figures.</source>
        <translation>Die Zahlen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>As of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1&apos;s team (%2)</source>
        <translation>Team von %1 (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Balance per employee (the %1 largest of %2)</source>
        <translation>Guthaben je Mitarbeiter (die %1 größten von %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance per employee</source>
        <translation>Guthaben je Mitarbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available today</source>
        <translation>Heute verfügbar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2 h</source>
        <translation>%1: %2 h</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Accrued, used and expired per month</source>
        <translation>Erworben, verbraucht und verfallen je Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accrued</source>
        <translation>Erworben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used</source>
        <translation>Verbraucht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Verfallen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: accrued %2 h, used %3 h, expired %4 h</source>
        <translation>%1: erworben %2 h, verbraucht %3 h, verfallen %4 h</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Expiring in the next %1 days, by week</source>
        <translation>Verfällt in den nächsten %1 Tagen, nach Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires unless used</source>
        <translation>Verfällt, wenn nicht genutzt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>week of %1: %2 h</source>
        <translation>Woche vom %1: %2 h</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>week starting</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing expires in the next %1 days</source>
        <translation>In den nächsten %1 Tagen verfällt nichts</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Balance charts</source>
        <translation>Guthabendiagramme</translation>
    </message>
</context>
<context>
    <name>lieu::ui::ConnectionPage</name>
    <message>
        <location filename="../ui/connection/ConnectionPage.cpp" line="+27"/>
        <source>&lt;h2&gt;Database connection&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Datenbankverbindung&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In use now: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Derzeit verwendet: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This computer only (a database file)</source>
        <translation>Nur dieser Computer (eine Datenbankdatei)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A shared MariaDB or MySQL server</source>
        <translation>Ein gemeinsamer MariaDB- oder MySQL-Server</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+32"/>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>db.example.org</source>
        <translation>db.example.org</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remember the password in this computer&apos;s keychain</source>
        <translation>Passwort im Schlüsselbund dieses Computers speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt the connection (TLS)</source>
        <translation>Verbindung verschlüsseln (TLS)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the system&apos;s authorities</source>
        <translation>die Zertifizierungsstellen des Systems</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certificate authority:</source>
        <translation>Zertifizierungsstelle:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A saved connection is used from the next start of Lieu. Every desktop of a team points at the same server; the server&apos;s administrator gives each team an account (see the documentation on shared databases).</source>
        <translation>Eine gespeicherte Verbindung wird ab dem nächsten Start von Lieu verwendet. Alle Desktops eines Teams verweisen auf denselben Server; der Administrator des Servers gibt jedem Team ein Konto (siehe die Dokumentation zu gemeinsamen Datenbanken).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Database connection</source>
        <translation>Datenbankverbindung</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Lieu database file</source>
        <translation>Lieu-Datenbankdatei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lieu databases (*.sqlite)</source>
        <translation>Lieu-Datenbanken (*.sqlite)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server&apos;s certificate authority</source>
        <translation>Die Zertifizierungsstelle des Servers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 does not exist yet: Lieu creates it when it starts with this setting</source>
        <translation>%1 existiert noch nicht: Lieu legt die Datei an, wenn es mit dieser Einstellung startet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connected to %1 (server %2) as %3.</source>
        <translation>Verbunden mit %1 (Server %2) als %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection is not encrypted.</source>
        <translation>Die Verbindung ist nicht verschlüsselt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The connection is encrypted (%1).</source>
        <translation>Die Verbindung ist verschlüsselt (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened %1.</source>
        <translation>%1 geöffnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This database holds something other than Lieu: choose another.</source>
        <translation>Diese Datenbank enthält etwas anderes als Lieu: wählen Sie eine andere.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database is empty: the administrator prepares it with &quot;lieuctl migrate&quot;.</source>
        <translation>Die Datenbank ist leer: der Administrator richtet sie mit „lieuctl migrate“ ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its schema is version %1; this Lieu needs %2: the administrator upgrades it with &quot;lieuctl migrate&quot;.</source>
        <translation>Ihr Schema hat Version %1; dieses Lieu braucht %2: der Administrator aktualisiert es mit „lieuctl migrate“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schema version %1 (this Lieu knows %2).</source>
        <translation>Schemaversion %1 (dieses Lieu kennt %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No connection: %1</source>
        <translation>Keine Verbindung: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved: Lieu opens %1 from its next start.</source>
        <translation>Gespeichert: Lieu öffnet %1 ab dem nächsten Start.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The password is in this computer&apos;s keychain.</source>
        <translation>Das Passwort ist im Schlüsselbund dieses Computers gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password was not remembered (%1): Lieu asks for it at the start.</source>
        <translation>Das Passwort wurde nicht gespeichert (%1): Lieu fragt beim Start danach.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password is not remembered: Lieu asks for it at the start.</source>
        <translation>Das Passwort wird nicht gespeichert: Lieu fragt beim Start danach.</translation>
    </message>
</context>
<context>
    <name>lieu::ui::Display</name>
    <message>
        <location filename="../ui/common/Display.cpp" line="+32"/>
        <source>%1 h (%2 days)</source>
        <translation>%1 h (%2 Tage)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>lieu::ui::EmployeeDialog</name>
    <message>
        <location filename="../ui/hr/EmployeeDialogs.cpp" line="+39"/>
        <source>Add an employee</source>
        <translation>Mitarbeiter hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Employee ID</source>
        <translation>Mitarbeiter-ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. EMP-0009</source>
        <translation>z. B. EMP-0009</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Employee &amp;ID:</source>
        <translation>Mitarbeiter-&amp;ID:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full &amp;name:</source>
        <translation>Vollständiger &amp;Name:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty: cannot sign in</source>
        <translation>leer: kann sich nicht anmelden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login:</source>
        <translation>&amp;Anmeldename:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reports to</source>
        <translation>Unterstellt an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (%2, deactivated)</source>
        <translation>%1 (%2, deaktiviert)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The immediate supervisor: the one person who approves this employee&apos;s timesheets</source>
        <translation>Die direkte Führungskraft: die eine Person, die die Stundenzettel dieses Mitarbeiters genehmigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reports to:</source>
        <translation>&amp;Unterstellt an:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;HR: manages employees, holidays and settings, sees every record</source>
        <translation>&amp;Personalabteilung: verwaltet Mitarbeitende, Feiertage und Einstellungen, sieht alle Daten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Active (can sign in and log hours)</source>
        <translation>&amp;Aktiv (kann sich anmelden und Stunden erfassen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date of joining</source>
        <translation>Eintrittsdatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of &amp;joining:</source>
        <translation>Ein&amp;trittsdatum:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lea&amp;ves on</source>
        <translation>Tritt a&amp;us am</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Relieving date</source>
        <translation>Austrittsdatum</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Relieving date:</source>
        <translation>Austrittsdatum:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contracted hours a day</source>
        <translation>Vertragliche Stunden pro Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used by the &quot;hours above the contracted day&quot; accrual policy; write 7.5 or 7:30</source>
        <translation>Wird von der Regel „Stunden über dem vertraglichen Tag“ genutzt; 7.5 oder 7:30 schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contracted &amp;hours a day:</source>
        <translation>Vertragliche &amp;Stunden pro Tag:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>lieu::ui::EmployeeModel</name>
    <message>
        <location filename="../ui/hr/HrModels.cpp" line="-234"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No login: cannot sign in</source>
        <translation>Keine Anmeldung: kann sich nicht anmelden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Supervisor</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HR</source>
        <translation>Personalabteilung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports to</source>
        <translation>Unterstellt an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined</source>
        <translation>Eingetreten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours a day</source>
        <translation>Stunden pro Tag</translation>
    </message>
</context>
<context>
    <name>lieu::ui::EmployeesPage</name>
    <message>
        <location filename="../ui/hr/EmployeesPage.cpp" line="+28"/>
        <source>Search by name, ID, e-mail, login or supervisor</source>
        <translation>Nach Name, ID, E-Mail, Anmeldename oder Führungskraft suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search employees</source>
        <translation>Mitarbeitende suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;deactivated</source>
        <translation>&amp;Deaktivierte anzeigen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Employees</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reset &amp;password…</source>
        <translation>&amp;Passwort zurücksetzen…</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Ac&amp;tivate</source>
        <translation>Ak&amp;tivieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deac&amp;tivate</source>
        <translation>Deak&amp;tivieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no login: give them one with Edit first</source>
        <translation>%1 hat keinen Anmeldenamen: zuerst unter Bearbeiten einen vergeben</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2) added.</source>
        <translation>%1 (%2) hinzugefügt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2) added. Set a password with Reset password so they can sign in.</source>
        <translation>%1 (%2) hinzugefügt. Mit „Passwort zurücksetzen“ ein Passwort setzen, damit die Person sich anmelden kann.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (%2) saved.</source>
        <translation>%1 (%2) gespeichert.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2) deactivated: they can no longer sign in.</source>
        <translation>%1 (%2) deaktiviert: die Person kann sich nicht mehr anmelden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2) is active again.</source>
        <translation>%1 (%2) ist wieder aktiv.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New password set for %1 (%2).</source>
        <translation>Neues Passwort für %1 (%2) gesetzt.</translation>
    </message>
</context>
<context>
    <name>lieu::ui::FirstStartDialog</name>
    <message>
        <location filename="../ui/shell/FirstStartDialog.cpp" line="+26"/>
        <source>Welcome to Lieu</source>
        <translation>Willkommen bei Lieu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This Lieu database is new and empty. Would you like to look around a demo organisation first, or set up your own?</source>
        <translation>Diese Lieu-Datenbank ist neu und leer. Möchten Sie sich zuerst in einer Demo-Organisation umsehen oder gleich Ihre eigene einrichten?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the demo</source>
        <translation>Demo öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A small organisation with months of history. Sign in as %1 (HR), %2 (supervisor) or %3 (employee); the password is &quot;%4&quot;.</source>
        <translation>Eine kleine Organisation mit mehreren Monaten Verlauf. Melden Sie sich als %1 (Personalabteilung), %2 (Führungskraft) oder %3 (Mitarbeiterin) an; das Passwort ist „%4“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set up my organisation</source>
        <translation>Meine Organisation einrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name it, choose the TOIL rules, and create the first HR user.</source>
        <translation>Benennen Sie sie, wählen Sie die Regeln für Freizeitausgleich und legen Sie den ersten HR-Benutzer an.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hours per TOIL day:</source>
        <translation>&amp;Stunden je Ausgleichstag:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many hours of TOIL make one day off (8, 7.5 or 7:30)</source>
        <translation>Wie viele Stunden Freizeitausgleich einen freien Tag ergeben (8, 7.5 oder 7:30)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOIL expires after</source>
        <translation>Freizeitausgleich verfällt nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each lot of TOIL can be used for this many days after its timesheet&apos;s period</source>
        <translation>Jedes Kontingent kann so viele Tage nach dem Zeitraum seines Stundenzettels genutzt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOIL &amp;expires after:</source>
        <translation>Freizeitausgleich &amp;verfällt nach:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First HR user</source>
        <translation>Erster HR-Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Employee &amp;id:</source>
        <translation>Mitarbeiter-&amp;ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ull name:</source>
        <translation>&amp;Vollständiger Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-&amp;mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login:</source>
        <translation>&amp;Anmeldename:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>password: the two passwords are not the same</source>
        <translation>password: die beiden Passwörter sind nicht gleich</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>hours per TOIL day</source>
        <translation>Stunden je Ausgleichstag</translation>
    </message>
</context>
<context>
    <name>lieu::ui::HolidayModel</name>
    <message>
        <location filename="../ui/hr/HrModels.cpp" line="+72"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>lieu::ui::HolidaysPage</name>
    <message>
        <location filename="../ui/hr/HolidaysPage.cpp" line="+29"/>
        <source>Add a holiday</source>
        <translation>Feiertag hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Holiday date</source>
        <translation>Datum des Feiertags</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Spring bank holiday</source>
        <translation>z. B. Pfingstmontag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holiday description</source>
        <translation>Beschreibung des Feiertags</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;escription:</source>
        <translation>B&amp;eschreibung:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Holidays</source>
        <translation>Feiertage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The holiday list is empty: only weekends are days off.</source>
        <translation>Die Feiertagsliste ist leer: nur Wochenenden sind frei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Past holidays are in italics. Approved leave keeps the days it counted when it was approved.</source>
        <translation>Vergangene Feiertage sind kursiv. Genehmigter Urlaub behält die Tage, die bei der Genehmigung gezählt wurden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 is a holiday now.</source>
        <translation>%1 ist jetzt ein Feiertag.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is no longer a holiday.</source>
        <translation>%1 ist kein Feiertag mehr.</translation>
    </message>
</context>
<context>
    <name>lieu::ui::HoursDelegate</name>
    <message>
        <location filename="../ui/employee/WeekGridView.cpp" line="+34"/>
        <source>7:30</source>
        <translation>7:30</translation>
    </message>
</context>
<context>
    <name>lieu::ui::ImportDialog</name>
    <message>
        <location filename="../ui/import/ImportDialog.cpp" line="+52"/>
        <source>Import hours from a time tracker</source>
        <translation>Stunden aus einer Zeiterfassung importieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A CSV export from Toggl Track, Clockify, Kimai, Harvest, or the generic layout</source>
        <translation>Ein CSV-Export aus Toggl Track, Clockify, Kimai, Harvest oder im allgemeinen Layout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Detect from the file</source>
        <translation>Aus der Datei erkennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day first (31/12/2026)</source>
        <translation>Tag zuerst (31/12/2026)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month first (12/31/2026)</source>
        <translation>Monat zuerst (12/31/2026)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year first only (2026-12-31)</source>
        <translation>Nur Jahr zuerst (2026-12-31)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layout:</source>
        <translation>Layout:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates:</source>
        <translation>Datumsangaben:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Employee</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Timesheet</source>
        <translation>Stundenzettel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Logs</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+12"/>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>TOIL hours</source>
        <translation>Stunden Freizeitausgleich</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Not matched&lt;/b&gt; (these rows are not imported: add the people, then import the file again; rows already imported are skipped)</source>
        <translation>&lt;b&gt;Nicht zugeordnet&lt;/b&gt; (diese Zeilen werden nicht importiert: die Personen anlegen und die Datei erneut importieren; bereits importierte Zeilen werden übersprungen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Person in the file</source>
        <translation>Person in der Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a time tracker export</source>
        <translation>Export einer Zeiterfassung wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Nothing can be imported from this file: %1</source>
        <translation>Aus dieser Datei kann nichts importiert werden: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 row(s), %3, separator %4, dates %5.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 Zeile(n), %3, Trennzeichen %4, Datumsangaben %5.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>add to %1</source>
        <translation>zu %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new %1</source>
        <translation>neu: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new Draft</source>
        <translation>neuer Entwurf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (line(s) %2)</source>
        <translation>%1 (Zeile(n) %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n row(s) were imported before and are skipped (lines %1).</source>
        <translation>
            <numerusform>%n Zeile wurde schon früher importiert und wird übersprungen (Zeilen %1).</numerusform>
            <numerusform>%n Zeilen wurden schon früher importiert und werden übersprungen (Zeilen %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) of zero duration are skipped (lines %1).</source>
        <translation>
            <numerusform>%n Zeile mit Dauer null wird übersprungen (Zeilen %1).</numerusform>
            <numerusform>%n Zeilen mit Dauer null werden übersprungen (Zeilen %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&lt;b&gt;Imported&lt;/b&gt; %n log(s) into Draft timesheets; the employees send them for approval as usual.</source>
        <translation>
            <numerusform>&lt;b&gt;%n Eintrag importiert&lt;/b&gt; in Stundenzettel im Entwurf; die Mitarbeitenden reichen sie wie gewohnt zur Genehmigung ein.</numerusform>
            <numerusform>&lt;b&gt;%n Einträge importiert&lt;/b&gt; in Stundenzettel im Entwurf; die Mitarbeitenden reichen sie wie gewohnt zur Genehmigung ein.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is nothing new to import from this file.</source>
        <translation>Aus dieser Datei gibt es nichts Neues zu importieren.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Nothing has been written yet. &lt;b&gt;Import&lt;/b&gt; adds %n log(s) as Draft timesheets, all or nothing.</source>
        <translation>
            <numerusform>Noch wurde nichts geschrieben. &lt;b&gt;Importieren&lt;/b&gt; fügt %n Eintrag als Stundenzettel im Entwurf hinzu, ganz oder gar nicht.</numerusform>
            <numerusform>Noch wurde nichts geschrieben. &lt;b&gt;Importieren&lt;/b&gt; fügt %n Einträge als Stundenzettel im Entwurf hinzu, ganz oder gar nicht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lieu::ui::ImportExportPage</name>
    <message>
        <location filename="../ui/import/ImportExportPage.cpp" line="+32"/>
        <location line="+9"/>
        <source>Import &amp; export</source>
        <translation>Import und Export</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hours from a time tracker</source>
        <translation>Stunden aus einer Zeiterfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detailed CSV exports from Toggl Track, Clockify, Kimai and Harvest, or a CSV with the columns date, hours, billable, activity, description and email. Employees are matched by e-mail (Harvest: by name); hours become Draft timesheets per week, and hours that are not billable are TOIL. You see everything before it is written.</source>
        <translation>Detaillierte CSV-Exporte aus Toggl Track, Clockify, Kimai und Harvest oder ein CSV mit den Spalten date, hours, billable, activity, description und email. Mitarbeitende werden über die E-Mail-Adresse zugeordnet (Harvest: über den Namen); die Stunden werden zu Stundenzetteln im Entwurf je Woche, und nicht abrechenbare Stunden sind Freizeitausgleich. Sie sehen alles, bevor es geschrieben wird.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import a file…</source>
        <translation>Datei importieren…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tables for HR and payroll</source>
        <translation>Tabellen für Personalabteilung und Lohnbuchhaltung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TOIL balances (today)</source>
        <translation>Freizeitausgleich-Guthaben (heute)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOIL ledger</source>
        <translation>Freizeitausgleich-Kontobewegungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timesheets (XLSX: with their time logs)</source>
        <translation>Stundenzettel (XLSX: mit ihren Zeiteinträgen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time logs</source>
        <translation>Zeiteinträge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-Arbeitsmappe (.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (.csv)</source>
        <translation>CSV (.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Approved TOIL leave as a calendar (iCalendar .ics)</source>
        <translation>Genehmigter Urlaub aus Freizeitausgleich als Kalender (iCalendar .ics)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One employee</source>
        <translation>Ein Mitarbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A supervisor&apos;s team</source>
        <translation>Team einer Führungskraft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export calendar…</source>
        <translation>Kalender exportieren…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>TOIL statement (one page, PDF)</source>
        <translation>Freizeitausgleich-Auszug (eine Seite, PDF)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save statement…</source>
        <translation>Auszug speichern…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Employee:</source>
        <translation>Mitarbeiter:</translation>
    </message>
    <message numerus="yes">
        <location line="+73"/>
        <source>Saved %n row(s) to %1</source>
        <translation>
            <numerusform>%n Zeile in %1 gespeichert</numerusform>
            <numerusform>%n Zeilen in %1 gespeichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Saved %n leave event(s) to %1</source>
        <translation>
            <numerusform>%n Abwesenheitstermin in %1 gespeichert</numerusform>
            <numerusform>%n Abwesenheitstermine in %1 gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved the TOIL statement of %1 to %2</source>
        <translation>Freizeitausgleich-Auszug von %1 in %2 gespeichert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save TOIL statement</source>
        <translation>Freizeitausgleich-Auszug speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
</context>
<context>
    <name>lieu::ui::InboxBadge</name>
    <message>
        <location filename="../ui/review/InboxBadge.cpp" line="+24"/>
        <source>Waiting for your decision: %1</source>
        <translation>Wartet auf Ihre Entscheidung: %1</translation>
    </message>
</context>
<context>
    <name>lieu::ui::JobRunsModel</name>
    <message>
        <location filename="../ui/jobs/JobsModels.cpp" line="+38"/>
        <source>Expire TOIL (daily)</source>
        <translation>Freizeitausgleich verfallen lassen (täglich)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expiry reminders (weekly)</source>
        <translation>Verfallserinnerungen (wöchentlich)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Duty</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runner</source>
        <translation>Ausgeführt von</translation>
    </message>
</context>
<context>
    <name>lieu::ui::JobsPage</name>
    <message>
        <location filename="../ui/jobs/JobsPage.cpp" line="+45"/>
        <location filename="../ui/jobs/JobsPages.cpp" line="+16"/>
        <source>Background jobs</source>
        <translation>Hintergrundjobs</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Run due duties now</source>
        <translation>Fällige Aufgaben jetzt ausführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires TOIL and sends reminders if they are due and no one has done them yet, then sends the outbox</source>
        <translation>Lässt Freizeitausgleich verfallen und sendet Erinnerungen, wenn sie fällig sind und noch niemand sie erledigt hat, und sendet dann den Postausgang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retry selected e-mail</source>
        <translation>Ausgewählte E-Mail erneut senden</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Expiry runs daily at %1; reminders every %2 at %3.</source>
        <translation>Der Verfall läuft täglich um %1; Erinnerungen jeden %2 um %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This app does them while you are signed in, and catches up on missed days.</source>
        <translation>Diese App erledigt sie, während Sie angemeldet sind, und holt verpasste Tage nach.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last check %1.</source>
        <translation>Letzte Prüfung %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>They run in the app of a signed-in supervisor or HR user, or from lieuctl (cron).</source>
        <translation>Sie laufen in der App einer angemeldeten Führungskraft oder eines angemeldeten HR-Benutzers oder über lieuctl (cron).</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wartet</numerusform>
            <numerusform>%n warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n in Error</source>
        <translation>
            <numerusform>%n im Status Error</numerusform>
            <numerusform>%n im Status Error</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n Sending (check unconfirmed ones with the recipient before a retry)</source>
        <translation>
            <numerusform>%n im Status Sending (prüfen Sie unbestätigte vor einem erneuten Versuch beim Empfänger)</numerusform>
            <numerusform>%n im Status Sending (prüfen Sie unbestätigte vor einem erneuten Versuch beim Empfänger)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>lieu::ui::LanguageMenu</name>
    <message>
        <location filename="../ui/language/LanguageMenu.cpp" line="+12"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Follow the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Lieu speaks %1 in the windows it opens from now on: sign out and in again to see this one in it.</source>
        <translation>Lieu spricht %1 in den Fenstern, die es ab jetzt öffnet: ab- und wieder anmelden, um auch dieses darin zu sehen.</translation>
    </message>
</context>
<context>
    <name>lieu::ui::LeaveApplicationModel</name>
    <message>
        <location filename="../ui/employee/ToilModels.cpp" line="+347"/>
        <source>Rejected: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved by %1</source>
        <translation>Genehmigt von %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Application</source>
        <translation>Antrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Half day</source>
        <translation>Halber Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
</context>
<context>
    <name>lieu::ui::LeaveQueueModel</name>
    <message>
        <location filename="../ui/review/ReviewModels.cpp" line="+290"/>
        <source>Half day on %1</source>
        <translation>Halber Tag am %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Application</source>
        <translation>Antrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>lieu::ui::LedgerModel</name>
    <message>
        <location filename="../ui/employee/ToilModels.cpp" line="-153"/>
        <source>%1 (expiry)</source>
        <translation>%1 (Verfall)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transaction</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lot</source>
        <translation>Kontingent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
</context>
<context>
    <name>lieu::ui::LotModel</name>
    <message>
        <location line="-223"/>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>Verfallen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used up</source>
        <translation>Aufgebraucht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet valid</source>
        <translation>Noch nicht gültig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The last day this TOIL can be taken: %1</source>
        <translation>Der letzte Tag, an dem dieser Freizeitausgleich genommen werden kann: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Taken by approved leave</source>
        <translation>Durch genehmigten Urlaub verbraucht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost because the lot passed its last day</source>
        <translation>Verloren, weil das Kontingent seinen letzten Tag überschritten hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held by leave applications still awaiting approval</source>
        <translation>Durch Urlaubsanträge gebunden, die noch auf Genehmigung warten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lot</source>
        <translation>Kontingent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From timesheet</source>
        <translation>Aus Stundenzettel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last day of use</source>
        <translation>Letzter Nutzungstag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earned (h)</source>
        <translation>Erworben (h)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used (h)</source>
        <translation>Verbraucht (h)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired (h)</source>
        <translation>Verfallen (h)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left (h)</source>
        <translation>Übrig (h)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left (days)</source>
        <translation>Übrig (Tage)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reserved (h)</source>
        <translation>Reserviert (h)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>lieu::ui::MailSettingsPage</name>
    <message>
        <location filename="../ui/jobs/JobsPages.cpp" line="+8"/>
        <location filename="../ui/jobs/MailSettingsPage.cpp" line="+43"/>
        <source>E-mail and schedule</source>
        <translation>E-Mail und Zeitplan</translation>
    </message>
    <message>
        <location filename="../ui/jobs/MailSettingsPage.cpp" line="+6"/>
        <source>Outgoing mail server (SMTP)</source>
        <translation>Postausgangsserver (SMTP)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. smtp.example.org; empty: reminders wait in the outbox</source>
        <translation>z. B. smtp.example.org; leer: Erinnerungen warten im Postausgang</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (meist Port 587)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS from the start (usually port 465)</source>
        <translation>TLS von Anfang an (meist Port 465)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None: plain text (a relay on this network only)</source>
        <translation>Keine: Klartext (nur für ein Relay in diesem Netzwerk)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty: no login</source>
        <translation>leer: keine Anmeldung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kept in the system keychain, not in the database</source>
        <translation>im Schlüsselbund des Systems gespeichert, nicht in der Datenbank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. hr@example.org</source>
        <translation>z. B. hr@example.org</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only for a server with a private or self-signed certificate</source>
        <translation>nur für einen Server mit privatem oder selbstsigniertem Zertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accept any certificate (test servers only: anyone on the way could read the mail)</source>
        <translation>Jedes Zertifikat akzeptieren (nur für Testserver: jeder auf dem Übertragungsweg könnte die E-Mails lesen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From address</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Timeout for each step</source>
        <translation>Zeitlimit für jeden Schritt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the background duties run</source>
        <translation>Wann die Hintergrundaufgaben laufen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Expire TOIL daily at</source>
        <translation>Freizeitausgleich täglich verfallen lassen um</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send reminders every</source>
        <translation>Erinnerungen senden jeden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at</source>
        <translation>um</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>send to this address</source>
        <translation>an diese Adresse senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a test e-mail</source>
        <translation>Eine Test-E-Mail senden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The conversation with the server shows here (without the password).</source>
        <translation>Die Kommunikation mit dem Server erscheint hier (ohne das Passwort).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Password: %1</source>
        <translation>Passwort: %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved, with the password in the system keychain.</source>
        <translation>Gespeichert, mit dem Passwort im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved, but the system keychain did not take the password (%1). Until it does, Lieu uses the password for this session only; set LIEU_SMTP_PASSWORD to give it one for good.</source>
        <translation>Gespeichert, aber der Schlüsselbund des Systems hat das Passwort nicht übernommen (%1). Bis das gelingt, verwendet Lieu das Passwort nur für diese Sitzung; setzen Sie LIEU_SMTP_PASSWORD, um es dauerhaft anzugeben.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Test address: &quot;%1&quot; is not an e-mail address</source>
        <translation>Testadresse: „%1“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Lieu test e-mail</source>
        <translation>Lieu-Test-E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a test e-mail from Lieu for %1.

If you can read it, the SMTP settings work.</source>
        <translation>Dies ist eine Test-E-Mail von Lieu für %1.

Wenn Sie sie lesen können, funktionieren die SMTP-Einstellungen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connecting to %1:%2…</source>
        <translation>Verbindung zu %1:%2 wird aufgebaut…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Test e-mail sent to %1.</source>
        <translation>Test-E-Mail an %1 gesendet.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The test e-mail was not sent.</source>
        <translation>Die Test-E-Mail wurde nicht gesendet.</translation>
    </message>
</context>
<context>
    <name>lieu::ui::MainWindow</name>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="+33"/>
        <source>HR</source>
        <translation>Personalabteilung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supervisor</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is no page for your roles yet.</source>
        <translation>Für Ihre Rollen gibt es noch keine Seite.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Page actions</source>
        <translation>Seitenaktionen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Window actions</source>
        <translation>Fensteraktionen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read everything again (%1)</source>
        <translation>Alles neu einlesen (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 (%2, %3) · %4</source>
        <translation>%1 (%2, %3) · %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — Lieu</source>
        <translation>%1 — Lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today %1 · %2</source>
        <translation>Heute %1 · %2</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Read again at %1</source>
        <translation>Neu eingelesen um %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>About Lieu</source>
        <translation>Über Lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Lieu %1&lt;/h3&gt;&lt;p&gt;Time off in lieu: log hours, approve overtime, spend and expire TOIL. Amounts are kept to the minute; every action is checked by the same core library as the &lt;code&gt;lieuctl&lt;/code&gt; command line.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lieu %1&lt;/h3&gt;&lt;p&gt;Freizeitausgleich: Stunden erfassen, Mehrarbeit genehmigen, Freizeitausgleich nehmen und verfallen lassen. Beträge werden minutengenau geführt; jede Aktion prüft dieselbe Kernbibliothek wie die Kommandozeile &lt;code&gt;lieuctl&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;Datenbank: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>lieu::ui::MessageBar</name>
    <message>
        <location filename="../ui/common/MessageBar.cpp" line="+26"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the message</source>
        <translation>Die Meldung schließen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>lieu::ui::MyToilPage</name>
    <message>
        <location filename="../ui/employee/MyToilPage.cpp" line="+82"/>
        <source>Balance</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending leave</source>
        <translation>Beantragter Urlaub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free for new leave</source>
        <translation>Frei für neuen Urlaub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiring soon</source>
        <translation>Verfällt bald</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Apply for leave…</source>
        <translation>Urlaub &amp;beantragen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel the selected application</source>
        <translation>Ausgewählten Antrag &amp;stornieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Apply for leave…</source>
        <translation>Urlaub beantragen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>TOIL lots</source>
        <translation>Freizeitausgleich-Kontingente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No TOIL yet. When your supervisor approves a timesheet with TOIL hours, a lot appears here.</source>
        <translation>Noch kein Freizeitausgleich. Wenn Ihre Führungskraft einen Stundenzettel mit Freizeitausgleich-Stunden genehmigt, erscheint hier ein Kontingent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave applications</source>
        <translation>Urlaubsanträge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No leave applications yet.</source>
        <translation>Noch keine Urlaubsanträge.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ledger</source>
        <translation>Kontobewegungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The ledger is empty.</source>
        <translation>Es gibt noch keine Kontobewegungen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TOIL lots: each can be used until its last day</source>
        <translation>Freizeitausgleich-Kontingente: jedes kann bis zu seinem letzten Tag genutzt werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave a&amp;pplications</source>
        <translation>Urlaubs&amp;anträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le&amp;dger</source>
        <translation>Konto&amp;bewegungen</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+6"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%1 days on %2</source>
        <translation>%1 Tage am %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 days awaiting approval</source>
        <translation>%1 Tage warten auf Genehmigung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>and %1 h from lots not valid yet</source>
        <translation>und %1 h aus noch nicht gültigen Kontingenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiring in the next %1 days</source>
        <translation>Verfällt in den nächsten %1 Tagen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 days; use the first by %2</source>
        <translation>%1 Tage; das erste bis %2 nutzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing expires soon</source>
        <translation>nichts verfällt bald</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Leave application %1 was sent for approval.</source>
        <translation>Urlaubsantrag %1 wurde zur Genehmigung gesendet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancel leave application</source>
        <translation>Urlaubsantrag stornieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel %1 (%2 to %3)? The TOIL it holds becomes free again.</source>
        <translation>%1 (%2 bis %3) stornieren? Der gebundene Freizeitausgleich wird wieder frei.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 was cancelled.</source>
        <translation>%1 wurde storniert.</translation>
    </message>
</context>
<context>
    <name>lieu::ui::NotificationBanner</name>
    <message>
        <location filename="../ui/jobs/NotificationBanner.cpp" line="+47"/>
        <source>Review them</source>
        <translation>Jetzt prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>See my balance</source>
        <translation>Mein Guthaben ansehen</translation>
    </message>
</context>
<context>
    <name>lieu::ui::NotificationCenter</name>
    <message numerus="yes">
        <location filename="../ui/jobs/NotificationCenter.cpp" line="+56"/>
        <source>%n new timesheet(s) to approve</source>
        <translation>
            <numerusform>%n neuer Stundenzettel zu genehmigen</numerusform>
            <numerusform>%n neue Stundenzettel zu genehmigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new leave application(s) to approve</source>
        <translation>
            <numerusform>%n neuer Urlaubsantrag zu genehmigen</numerusform>
            <numerusform>%n neue Urlaubsanträge zu genehmigen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Lieu</source>
        <translation>Lieu</translation>
    </message>
</context>
<context>
    <name>lieu::ui::OutboxModel</name>
    <message>
        <location filename="../ui/jobs/JobsModels.cpp" line="+51"/>
        <source>by hand (Retry)</source>
        <translation>manuell (Erneut versuchen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent %1</source>
        <translation>gesendet %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next attempt</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
</context>
<context>
    <name>lieu::ui::PasswordDialog</name>
    <message>
        <location filename="../ui/hr/EmployeeDialogs.cpp" line="+65"/>
        <source>Reset the password of %1</source>
        <translation>Passwort von %1 zurücksetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 signs in as &quot;%2&quot; with the new password. Tell them in person; Lieu does not send passwords by e-mail.</source>
        <translation>%1 meldet sich als „%2“ mit dem neuen Passwort an. Sagen Sie es der Person direkt; Lieu verschickt keine Passwörter per E-Mail.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new password again</source>
        <translation>Das neue Passwort noch einmal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least %1 characters.</source>
        <translation>Mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Set password</source>
        <translation>Passwort &amp;setzen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter unterscheiden sich.</translation>
    </message>
</context>
<context>
    <name>lieu::ui::RejectDialog</name>
    <message>
        <location filename="../ui/review/RejectDialog.cpp" line="+18"/>
        <source>Reject %1</source>
        <translation>%1 ablehnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say why %1 of %2 is rejected. %2 sees this reason and can correct and resend it.</source>
        <translation>Geben Sie an, warum %1 von %2 abgelehnt wird. %2 sieht diesen Grund und kann korrigieren und erneut einreichen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Grund (erforderlich):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason for rejecting %1</source>
        <translation>Grund für die Ablehnung von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Tuesday&apos;s release night was billed to the client: mark it billable</source>
        <translation>z. B. Die Release-Nacht am Dienstag wurde dem Kunden in Rechnung gestellt: als abrechenbar markieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Re&amp;ject</source>
        <translation>Ab&amp;lehnen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Write a reason first</source>
        <translation>Zuerst einen Grund eingeben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A rejection needs a reason.</source>
        <translation>Eine Ablehnung braucht einen Grund.</translation>
    </message>
</context>
<context>
    <name>lieu::ui::ReviewPage</name>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="+47"/>
        <source>Waiting for your decision</source>
        <translation>Wartet auf Ihre Entscheidung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the queue again</source>
        <translation>Die Warteschlange neu einlesen</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+272"/>
        <source>C&amp;heck all</source>
        <translation>Alle an&amp;haken</translation>
    </message>
    <message>
        <location line="-271"/>
        <source>Check every timesheet in the list, or uncheck them all</source>
        <translation>Alle Stundenzettel der Liste anhaken oder alle Haken entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve the selected timesheet: its TOIL becomes a lot the employee can use</source>
        <translation>Den ausgewählten Stundenzettel genehmigen: sein Freizeitausgleich wird zu einem Kontingent, das der Mitarbeiter nutzen kann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reject…</source>
        <translation>Ab&amp;lehnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the selected timesheet back with a reason</source>
        <translation>Den ausgewählten Stundenzettel mit einem Grund zurückschicken</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Timesheets awaiting your approval</source>
        <translation>Stundenzettel, die auf Ihre Genehmigung warten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Time logs of the selected timesheet</source>
        <translation>Zeiteinträge des ausgewählten Stundenzettels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the TOIL was counted</source>
        <translation>Wie der Freizeitausgleich berechnet wurde</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TOIL calculation details</source>
        <translation>Details der Freizeitausgleich-Berechnung</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No timesheet of your team is waiting for your approval.</source>
        <translation>Kein Stundenzettel Ihres Teams wartet auf Ihre Genehmigung.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A&amp;pprove leave</source>
        <translation>Urlaub &amp;genehmigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve the selected application: its days are drawn from the employee&apos;s TOIL</source>
        <translation>Den ausgewählten Antrag genehmigen: seine Tage werden dem Freizeitausgleich des Mitarbeiters entnommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;eject leave…</source>
        <translation>Urlaub a&amp;blehnen…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Leave applications awaiting your approval</source>
        <translation>Urlaubsanträge, die auf Ihre Genehmigung warten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The employee&apos;s TOIL</source>
        <translation>Der Freizeitausgleich des Mitarbeiters</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No leave application is waiting for your approval.</source>
        <translation>Kein Urlaubsantrag wartet auf Ihre Genehmigung.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>&amp;Timesheets (%1)</source>
        <translation>&amp;Stundenzettel (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leave applications (%1)</source>
        <translation>&amp;Urlaubsanträge (%1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Select a timesheet to see its logs.</source>
        <translation>Einen Stundenzettel auswählen, um seine Einträge zu sehen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 · %2 · %3 · %4 hours logged, TOIL %5</source>
        <translation>%1 · %2 · %3 · %4 Stunden erfasst, Freizeitausgleich %5</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select an application to see the employee&apos;s TOIL.</source>
        <translation>Einen Antrag auswählen, um den Freizeitausgleich des Mitarbeiters zu sehen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · half day on %1</source>
        <translation> · halber Tag am %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This application: %1</source>
        <translation>Dieser Antrag: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available today: %1</source>
        <translation>Heute verfügbar: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held by open applications, this one included: %1</source>
        <translation>Durch offene Anträge gebunden, dieser eingeschlossen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expiring by %1: %2</source>
        <translation>Verfällt bis %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Approve &amp;checked (%1)</source>
        <translation>&amp;Angehakte genehmigen (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unc&amp;heck all</source>
        <translation>Alle Haken ent&amp;fernen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 of %2 approved; it earns no TOIL.</source>
        <translation>%1 von %2 genehmigt; er bringt keinen Freizeitausgleich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 approved: %3 of TOIL in %4, usable until %5.</source>
        <translation>%1 von %2 genehmigt: %3 Freizeitausgleich in %4, nutzbar bis %5.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+59"/>
        <source>%1 was not approved: %2</source>
        <translation>%1 wurde nicht genehmigt: %2</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Check the timesheets to approve first.</source>
        <translation>Zuerst die zu genehmigenden Stundenzettel anhaken.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 of %2 rejected; they see your reason and can correct and resend it.</source>
        <translation>%1 von %2 abgelehnt; die Person sieht Ihren Grund und kann korrigieren und erneut einreichen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 of %2 approved: %3 h drawn from their TOIL.</source>
        <translation>%1 von %2 genehmigt: %3 h aus dem Freizeitausgleich entnommen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 of %2 rejected; what it held is free again.</source>
        <translation>%1 von %2 abgelehnt; was er gebunden hat, ist wieder frei.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
</context>
<context>
    <name>lieu::ui::Screens</name>
    <message>
        <location filename="../ui/screens/Screens.cpp" line="+80"/>
        <source>Thursday&apos;s incident review was for the client: log it as billable and send the week again.</source>
        <translation>Die Incident-Besprechung am Donnerstag war für den Kunden: als abrechenbar erfassen und die Woche erneut einreichen.</translation>
    </message>
</context>
<context>
    <name>lieu::ui::SettingsPage</name>
    <message>
        <location filename="../ui/hr/SettingsPage.cpp" line="+57"/>
        <source>Leave type &quot;%1&quot;</source>
        <translation>Abwesenheitsart „%1“</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+57"/>
        <location line="+5"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Days a lot stays valid</source>
        <translation>Tage, die ein Kontingent gültig bleibt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each lot is valid for:</source>
        <translation>Jedes Kontingent gilt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted from the day after the timesheet&apos;s last day. Lots approved earlier keep their dates.</source>
        <translation>Gezählt ab dem Tag nach dem letzten Tag des Stundenzettels. Früher genehmigte Kontingente behalten ihre Daten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allow a negative balance</source>
        <translation>Negatives Guthaben erlauben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TOIL cannot go negative in Lieu: leave is only granted from TOIL already earned</source>
        <translation>Freizeitausgleich kann in Lieu nicht negativ werden: Urlaub wird nur aus bereits erworbenem Freizeitausgleich gewährt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How hours become TOIL</source>
        <translation>Wie Stunden zu Freizeitausgleich werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Accrual policy</source>
        <translation>Anrechnungsregel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Policy:</source>
        <translation>&amp;Regel:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours per TOIL day</source>
        <translation>Stunden je Ausgleichstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write 8, 7.5 or 7:30</source>
        <translation>8, 7.5 oder 7:30 schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hours per TOIL day:</source>
        <translation>&amp;Stunden je Ausgleichstag:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekend and holiday multiplier</source>
        <translation>Faktor für Wochenenden und Feiertage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekend and holiday &amp;multiplier:</source>
        <translation>Faktor für Wochenenden und &amp;Feiertage:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With the contracted-hours policy, TOIL earned on a weekend day or a holiday counts this much (150 % = 1.5x).</source>
        <translation>Bei der Regel nach vertraglichen Stunden zählt Freizeitausgleich, der an einem Wochenendtag oder Feiertag erworben wird, so viel (150 % = 1,5-fach).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Balance cap in hours</source>
        <translation>Obergrenze des Guthabens in Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance &amp;cap (hours, 0 = none):</source>
        <translation>&amp;Obergrenze des Guthabens (Stunden, 0 = keine):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a weekend day</source>
        <translation>%1 ist ein Wochenendtag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Weekend days:</source>
        <translation>Wochenendtage:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reminders and the organisation</source>
        <translation>Erinnerungen und Organisation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reminder window in days</source>
        <translation>Erinnerungsfenster in Tagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail a reminder &amp;before TOIL expires:</source>
        <translation>Erinnerung per E-Mail &amp;vor dem Verfall:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expiring-soon window in days</source>
        <translation>„Verfällt bald“-Fenster in Tagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show TOIL as &quot;expiring soon&quot; within:</source>
        <translation>Freizeitausgleich als „verfällt bald“ zeigen innerhalb von:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation name</source>
        <translation>Name der Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Organisation name:</source>
        <translation>Name der &amp;Organisation:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Settings saved: %1 changed.</source>
        <translation>Einstellungen gespeichert: %1 geändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing changed.</source>
        <translation>Nichts geändert.</translation>
    </message>
</context>
<context>
    <name>lieu::ui::SignInDialog</name>
    <message>
        <location filename="../ui/shell/SignInDialog.cpp" line="+33"/>
        <source>Sign in to Lieu</source>
        <translation>Bei Lieu anmelden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Login:</source>
        <translation>&amp;Anmeldename:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is the demo organisation: sign in as %1 (HR), %2 (supervisor) or %3 (employee) with the password &quot;%4&quot;.</source>
        <translation>Dies ist die Demo-Organisation: melden Sie sich als %1 (Personalabteilung), %2 (Führungskraft) oder %3 (Mitarbeiterin) mit dem Passwort „%4“ an.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type your login first.</source>
        <translation>Bitte zuerst den Anmeldenamen eingeben.</translation>
    </message>
</context>
<context>
    <name>lieu::ui::SmtpPassword</name>
    <message>
        <location filename="../ui/jobs/SmtpPassword.cpp" line="+50"/>
        <source>no password is stored for this server yet</source>
        <translation>für diesen Server ist noch kein Passwort gespeichert</translation>
    </message>
</context>
<context>
    <name>lieu::ui::TimeLogModel</name>
    <message>
        <location filename="../ui/review/ReviewModels.cpp" line="-117"/>
        <source>Billable</source>
        <translation>Abrechenbar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Non-billable</source>
        <translation>Nicht abrechenbar</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>Tätigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
</context>
<context>
    <name>lieu::ui::TimesheetListModel</name>
    <message>
        <location filename="../ui/employee/TimesheetListModel.cpp" line="+79"/>
        <source>Rejected: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Timesheet</source>
        <translation>Stundenzettel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TOIL hours</source>
        <translation>Stunden Freizeitausgleich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TOIL days</source>
        <translation>Ausgleichstage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TOIL status</source>
        <translation>Status Freizeitausgleich</translation>
    </message>
</context>
<context>
    <name>lieu::ui::TimesheetPage</name>
    <message>
        <location filename="../ui/employee/TimesheetPage.cpp" line="+87"/>
        <location line="+1"/>
        <source>Previous week</source>
        <translation>Vorige Woche</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any day of the week to open; weeks run Monday to Sunday</source>
        <translation>Ein beliebiger Tag der Woche, die geöffnet werden soll; Wochen gehen von Montag bis Sonntag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Week of</source>
        <translation>&amp;Woche vom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;his week</source>
        <translation>&amp;Diese Woche</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Hours by activity and day</source>
        <translation>Stunden nach Tätigkeit und Tag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add row</source>
        <translation>Zeile &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove row</source>
        <translation>Zeile &amp;entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo %1</source>
        <translation>%1 rückgängig machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo %1</source>
        <translation>%1 wiederholen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Discard draft</source>
        <translation>Entwurf &amp;verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this Draft or Rejected timesheet</source>
        <translation>Diesen Stundenzettel im Entwurf oder abgelehnt löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the hours (%1)</source>
        <translation>Die Stunden speichern (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+286"/>
        <source>Send for a&amp;pproval</source>
        <translation>Zur &amp;Genehmigung einreichen</translation>
    </message>
    <message>
        <location line="-274"/>
        <source>TOIL from this timesheet</source>
        <translation>Freizeitausgleich aus diesem Stundenzettel</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>How it is counted</source>
        <translation>Wie es berechnet wird</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Calculation details</source>
        <translation>Details der Berechnung</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+9"/>
        <source>My timesheets</source>
        <translation>Meine Stundenzettel</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>No timesheets yet. Type your hours in the grid above and save them.</source>
        <translation>Noch keine Stundenzettel. Geben Sie Ihre Stunden oben in das Raster ein und speichern Sie sie.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Unsaved hours</source>
        <translation>Nicht gespeicherte Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hours of %1 are not saved yet.</source>
        <translation>Die Stunden von %1 sind noch nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOIL hours: %1</source>
        <translation>Stunden Freizeitausgleich: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 TOIL days at %2 h a day</source>
        <translation>%1 Ausgleichstage bei %2 h pro Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h logged in all</source>
        <translation>insgesamt %1 h erfasst</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New timesheet, %1</source>
        <translation>Neuer Stundenzettel, %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · TOIL: %1</source>
        <translation> · Freizeitausgleich: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · unsaved changes</source>
        <translation> · nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rejected by the supervisor: %1
Change the hours and send it again.</source>
        <translation>Von der Führungskraft abgelehnt: %1
Ändern Sie die Stunden und reichen Sie den Stundenzettel erneut ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no reason given)</source>
        <translation>(kein Grund angegeben)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;send for approval</source>
        <translation>Erneut zur &amp;Genehmigung einreichen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Saved %1: %2 h logged, %3 h TOIL.</source>
        <translation>%1 gespeichert: %2 h erfasst, %3 h Freizeitausgleich.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 was sent to %2 for approval.</source>
        <translation>%1 wurde zur Genehmigung an %2 gesendet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Discard timesheet</source>
        <translation>Stundenzettel verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard %1 and its hours? This cannot be undone.</source>
        <translation>%1 mit allen Stunden verwerfen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 was discarded.</source>
        <translation>%1 wurde verworfen.</translation>
    </message>
</context>
<context>
    <name>lieu::ui::TimesheetQueueModel</name>
    <message>
        <location filename="../ui/review/ReviewModels.cpp" line="-140"/>
        <source>Select %1 for approval</source>
        <translation>%1 zur Genehmigung auswählen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Checked timesheets are approved together</source>
        <translation>Angehakte Stundenzettel werden gemeinsam genehmigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pick</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timesheet</source>
        <translation>Stundenzettel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All hours logged (h:mm)</source>
        <translation>Alle erfassten Stunden (h:mm)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOIL the timesheet earns (h:mm)</source>
        <translation>Freizeitausgleich, den der Stundenzettel bringt (h:mm)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TOIL hours</source>
        <translation>Stunden Freizeitausgleich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOIL in days of the organisation&apos;s TOIL day</source>
        <translation>Freizeitausgleich in Ausgleichstagen der Organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TOIL days</source>
        <translation>Ausgleichstage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Eingereicht</translation>
    </message>
</context>
<context>
    <name>lieu::ui::WeekGridModel</name>
    <message>
        <location filename="../ui/employee/WeekGridModel.cpp" line="+105"/>
        <location line="+99"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Total %1: %2 hours</source>
        <translation>Summe %1: %2 Stunden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Activity (type its name)</source>
        <translation>Tätigkeit (Namen eingeben)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Billable hours are paid by a client and do not count as TOIL</source>
        <translation>Abrechenbare Stunden bezahlt ein Kunde; sie zählen nicht als Freizeitausgleich</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+73"/>
        <source>Billable</source>
        <translation>Abrechenbar</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Not billable</source>
        <translation>Nicht abrechenbar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, %2: %3 hours</source>
        <translation>%1, %2: %3 Stunden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 total: %2 hours</source>
        <translation>%1 gesamt: %2 Stunden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Σ</source>
        <translation>Σ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not a working day (weekend or holiday)</source>
        <translation>Kein Arbeitstag (Wochenende oder Feiertag)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the future: hours can be logged from that day on</source>
        <translation>In der Zukunft: Stunden können ab diesem Tag erfasst werden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Activity</source>
        <translation>Tätigkeit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>remove row</source>
        <translation>Zeile entfernen</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>remove %n rows</source>
        <translation>
            <numerusform>%n Zeile entfernen</numerusform>
            <numerusform>%n Zeilen entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>clear %n cell(s)</source>
        <translation>
            <numerusform>%n Zelle leeren</numerusform>
            <numerusform>%n Zellen leeren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/lieu-screens.cpp" line="+16"/>
        <source>Render Lieu&apos;s windows with the demo data to PNG files.</source>
        <translation>Die Fenster von Lieu mit den Demodaten als PNG-Dateien darstellen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder for the PNG files.</source>
        <translation>Ordner für die PNG-Dateien.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo&apos;s today (YYYY-MM-DD).</source>
        <translation>Das Heute der Demo (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locale for dates and numbers.</source>
        <translation>Gebietsschema für Datum und Zahlen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Render only files starting with this.</source>
        <translation>Nur Dateien darstellen, die damit beginnen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--today: &quot;%1&quot; is not a date (YYYY-MM-DD)
</source>
        <translation>--today: „%1“ ist kein Datum (JJJJ-MM-TT)
</translation>
    </message>
</context>
</TS>
