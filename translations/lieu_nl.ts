<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../core/Settings.cpp" line="+51"/>
        <source>%1: &quot;%2&quot; is not a host name or address</source>
        <translation>%1: &quot;%2&quot; is geen hostnaam of adres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &quot;%2&quot; must be a port number from 1 to 65535</source>
        <translation>%1: &quot;%2&quot; moet een poortnummer van 1 tot en met 65535 zijn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: &quot;%2&quot; must be &quot;none&quot;, &quot;starttls&quot; or &quot;tls&quot;</source>
        <translation>%1: &quot;%2&quot; moet &quot;none&quot;, &quot;starttls&quot; of &quot;tls&quot; zijn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the user name is longer than 256 characters</source>
        <translation>%1: de gebruikersnaam is langer dan 256 tekens</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: &quot;%2&quot; is not an e-mail address like lieu@example.org</source>
        <translation>%1: &quot;%2&quot; is geen e-mailadres zoals lieu@example.org</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: cannot read the certificate file &quot;%2&quot;</source>
        <translation>%1: kan het certificaatbestand &quot;%2&quot; niet lezen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: &quot;%2&quot; must be 0 or 1</source>
        <translation>%1: &quot;%2&quot; moet 0 of 1 zijn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &quot;%2&quot; must be a whole number of seconds from 1 to 600</source>
        <translation>%1: &quot;%2&quot; moet een geheel aantal seconden van 1 tot en met 600 zijn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: &quot;%2&quot; must be a time of day like 02:00</source>
        <translation>%1: &quot;%2&quot; moet een tijdstip zijn zoals 02:00</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &quot;%2&quot; must be a weekday from 1 (Monday) to 7 (Sunday)</source>
        <translation>%1: &quot;%2&quot; moet een weekdag van 1 (maandag) tot en met 7 (zondag) zijn</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../core/Audit.cpp" line="+29"/>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+13"/>
        <source>Only HR can read the audit log</source>
        <translation>Alleen HR kan het auditlogboek lezen</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>export: &quot;%1&quot; already exists; choose another file or allow replacing it</source>
        <translation>export: &quot;%1&quot; bestaat al; kies een ander bestand of sta vervangen toe</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+25"/>
        <source>export: cannot write &quot;%1&quot;: %2</source>
        <translation>export: kan &quot;%1&quot; niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>Auth</name>
    <message>
        <location filename="../core/Auth.cpp" line="+22"/>
        <source>The password library could not start</source>
        <translation>De wachtwoordbibliotheek kon niet starten</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not enough memory to hash the password</source>
        <translation>Onvoldoende geheugen om het wachtwoord te hashen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>password: use at least %1 characters</source>
        <translation>password: gebruik minstens %1 tekens</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The login or the password is wrong</source>
        <translation>De gebruikersnaam of het wachtwoord is onjuist</translation>
    </message>
    <message numerus="yes">
        <location line="-22"/>
        <source>Too many failed sign-ins: the account &quot;%1&quot; is locked for %n more second(s)</source>
        <translation>
            <numerusform>Te veel mislukte aanmeldingen: het account &quot;%1&quot; is nog %n seconde geblokkeerd</numerusform>
            <numerusform>Te veel mislukte aanmeldingen: het account &quot;%1&quot; is nog %n seconden geblokkeerd</numerusform>
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
        <translation>De gebruiker &quot;%1&quot; (%2) is gedeactiveerd</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only a signed-in employee can change their password</source>
        <translation>Alleen een aangemelde medewerker kan zijn of haar wachtwoord wijzigen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The current password is wrong</source>
        <translation>Het huidige wachtwoord is onjuist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>password: the new password is the same as the current one</source>
        <translation>password: het nieuwe wachtwoord is gelijk aan het huidige</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../core/Backup.cpp" line="+108"/>
        <location line="+100"/>
        <source>&quot;%1&quot; is not a Lieu backup</source>
        <translation>&quot;%1&quot; is geen back-up van Lieu</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>&quot;%1&quot; was made by a newer Lieu (schema version %2; this one knows %3): install that version to restore it</source>
        <translation>&quot;%1&quot; is gemaakt door een nieuwere Lieu (schemaversie %2; deze kent %3): installeer die versie om de back-up terug te zetten</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot create the backup folder &quot;%1&quot;; the migration did not start</source>
        <translation>De back-upmap &quot;%1&quot; kan niet worden aangemaakt; de migratie is niet gestart</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>file: say where to write the backup</source>
        <translation>file: geef aan waar de back-up moet worden geschreven</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file: &quot;%1&quot; exists already; a backup never overwrites a file</source>
        <translation>file: &quot;%1&quot; bestaat al; een back-up overschrijft nooit een bestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file: a backup is written to a file, not to a server</source>
        <translation>file: een back-up wordt naar een bestand geschreven, niet naar een server</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the folder &quot;%1&quot; for the backup</source>
        <translation>De map &quot;%1&quot; voor de back-up kan niet worden aangemaakt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 holds no Lieu database to back up</source>
        <translation>%1 bevat geen Lieu-database om een back-up van te maken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A backup cannot be taken inside a transaction</source>
        <translation>Binnen een transactie kan geen back-up worden gemaakt</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The table %1 is not part of schema version %2; the database holds more than Lieu made</source>
        <translation>De tabel %1 hoort niet bij schemaversie %2; de database bevat meer dan Lieu heeft aangemaakt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>file: &quot;%1&quot; does not exist</source>
        <translation>file: &quot;%1&quot; bestaat niet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot make a temporary folder for the restore</source>
        <translation>Kan geen tijdelijke map aanmaken om de back-up terug te zetten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read the backup &quot;%1&quot;</source>
        <translation>Kan de back-up &quot;%1&quot; niet lezen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is not a Lieu database; nothing was restored</source>
        <translation>%1 is geen Lieu-database; er is niets teruggezet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup&apos;s table %1 is missing from %2</source>
        <translation>De tabel %1 van de back-up ontbreekt in %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 already holds data (table %2): restore into a new, empty database, then point the desktops at it; nothing was changed</source>
        <translation>%1 bevat al gegevens (tabel %2): zet de back-up terug in een nieuwe, lege database en laat de desktops daarnaar verwijzen; er is niets gewijzigd</translation>
    </message>
</context>
<context>
    <name>BalanceReports</name>
    <message>
        <location filename="../core/BalanceReports.cpp" line="+36"/>
        <source>Only HR can see the balance reports</source>
        <translation>Alleen HR kan de saldorapporten zien</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>team: employee %1 does not exist</source>
        <translation>team: medewerker %1 bestaat niet</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>on: the date is missing</source>
        <translation>on: de datum ontbreekt</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>months: the range %1 to %2 is not a range of months</source>
        <translation>months: het bereik %1 t/m %2 is geen bereik van maanden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>months: at most 20 years at once</source>
        <translation>months: hoogstens 20 jaar tegelijk</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>from: the date is missing</source>
        <translation>from: de datum ontbreekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days: %1 must be from 1 to 3660</source>
        <translation>days: %1 moet tussen 1 en 3660 liggen</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>months: %1 must be from 1 to 240</source>
        <translation>months: %1 moet tussen 1 en 240 liggen</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../core/export/Calendar.cpp" line="+53"/>
        <location line="+47"/>
        <source>Time off in lieu: %1</source>
        <translation>Tijd voor tijd: %1</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>%1 (%2) has no direct reports: there is no team calendar</source>
        <translation>%1 (%2) heeft geen directe medewerkers: er is geen teamkalender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time off in lieu: team of %1</source>
        <translation>Tijd voor tijd: team van %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Time off in lieu</source>
        <translation>Tijd voor tijd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 day(s) of TOIL, %3 to %4</source>
        <translation>%1: %2 dag(en) tijd voor tijd, %3 t/m %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (half day)</source>
        <translation> (halve dag)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (half day on %1)</source>
        <translation> (halve dag op %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Half day: %1</source>
        <translation>Halve dag: %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../core/cli/CommandLine.cpp" line="+75"/>
        <source>--%1 takes no value</source>
        <translation>--%1 neemt geen waarde aan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an option has no name</source>
        <translation>een optie heeft geen naam</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--%1 needs a value</source>
        <translation>--%1 heeft een waarde nodig</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+3"/>
        <source>--%1 does not apply to &quot;%2&quot;</source>
        <translation>--%1 is niet van toepassing op &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+32"/>
        <source>--%1 is required</source>
        <translation>--%1 is verplicht</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>%1 is missing</source>
        <translation>%1 ontbreekt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>this action is a person&apos;s: say who with --as LOGIN (or LIEU_USER)</source>
        <translation>deze actie hoort bij een persoon: geef met --as LOGIN (of LIEU_USER) aan wie</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>onbekende opdracht &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/cli/AdminCommands.cpp" line="+28"/>
        <source>%1 is shared: turn maintenance mode on first (lieuctl maintenance on --reason &quot;upgrade&quot;), so that no desktop writes while the schema changes, or give --force</source>
        <translation>%1 is gedeeld: zet eerst de onderhoudsmodus aan (lieuctl maintenance on --reason &quot;upgrade&quot;), zodat geen enkele desktop schrijft terwijl het schema verandert, of geef --force op</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Database %1 is at schema version %2</source>
        <translation>Database %1 heeft schemaversie %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database %1 upgraded from schema version %2 to %3</source>
        <translation>Database %1 bijgewerkt van schemaversie %2 naar %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup of version %1 taken first: %2</source>
        <translation>Eerst een back-up van versie %1 gemaakt: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+12"/>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Backed up %1 (schema version %2, %3 rows) to %4</source>
        <translation>Back-up van %1 (schemaversie %2, %3 rijen) gemaakt in %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restored %1 rows from %2 into %3 (schema version %4)</source>
        <translation>%1 rijen uit %2 teruggezet in %3 (schemaversie %4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the database held before is in %1</source>
        <translation>Wat de database eerder bevatte, staat in %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unknown maintenance subcommand &quot;%1&quot; (on, off, status)</source>
        <translation>onbekende subopdracht van maintenance &quot;%1&quot; (on, off, status)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--reason goes with &quot;maintenance on&quot;</source>
        <translation>--reason hoort bij &quot;maintenance on&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Maintenance mode is on since %1 (%2): %3</source>
        <translation>De onderhoudsmodus staat aan sinds %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maintenance mode is off: every client may write</source>
        <translation>De onderhoudsmodus staat uit: elke client mag schrijven</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>grants are for a MariaDB/MySQL database (give --db mysql://...)</source>
        <translation>grants zijn voor een MariaDB/MySQL-database (geef --db mysql://... op)</translation>
    </message>
    <message>
        <location filename="../core/cli/CommandLine.cpp" line="-178"/>
        <source>argument %1</source>
        <translation>argument %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>option name</source>
        <translation>optienaam</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>%1: &quot;%2&quot; must be a whole number from %3 to %4</source>
        <translation>%1: &quot;%2&quot; moet een geheel getal van %3 tot en met %4 zijn</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>There is no database at &quot;%1&quot;: create one with &quot;lieuctl init&quot;, or name the right file with --db</source>
        <translation>Er is geen database op &quot;%1&quot;: maak er een aan met &quot;lieuctl init&quot;, of geef met --db het juiste bestand op</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Password for %1: </source>
        <translation>Wachtwoord voor %1: </translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Demo organisation created in %1 (logins: hana = HR, sam = supervisor, ella = employee)</source>
        <translation>Demo-organisatie aangemaakt in %1 (gebruikers: hana = HR, sam = leidinggevende, ella = medewerker)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>employee subcommand (add, update, deactivate, list)</source>
        <translation>subopdracht van employee (add, update, deactivate, list)</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+21"/>
        <source>employee ID</source>
        <translation>medewerker-ID</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Added %1 (%2)</source>
        <translation>%1 (%2) toegevoegd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated %1 (%2)</source>
        <translation>%1 (%2) bijgewerkt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is now %2</source>
        <translation>%1 is nu %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>deactivated</source>
        <translation>gedeactiveerd</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(no login)</source>
        <translation>(geen gebruikersnaam)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  [deactivated]</source>
        <translation>  [gedeactiveerd]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown employee subcommand &quot;%1&quot;</source>
        <translation>onbekende subopdracht van employee &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>holiday subcommand (add, remove, list)</source>
        <translation>subopdracht van holiday (add, remove, list)</translation>
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
        <translation>Feestdag %1 toegevoegd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Holiday %1 removed</source>
        <translation>Feestdag %1 verwijderd</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown holiday subcommand &quot;%1&quot;</source>
        <translation>onbekende subopdracht van holiday &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/cli/DocumentCommands.cpp" line="+56"/>
        <source>timesheet subcommand (create, send, approve, reject, cancel, show, list)</source>
        <translation>subopdracht van timesheet (create, send, approve, reject, cancel, show, list)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+121"/>
        <location line="+59"/>
        <location line="+52"/>
        <location filename="../core/cli/SecurityCommands.cpp" line="+133"/>
        <source>EMPLOYEE</source>
        <translation>MEDEWERKER</translation>
    </message>
    <message>
        <location line="-222"/>
        <source>%1: &quot;%2&quot; must be DATE,HOURS,billable|non-billable[,ACTIVITY[,DESCRIPTION]]</source>
        <translation>%1: &quot;%2&quot; moet DATUM,UREN,billable|non-billable[,ACTIVITEIT[,OMSCHRIJVING]] zijn</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: &quot;%2&quot; must be billable or non-billable</source>
        <translation>%1: &quot;%2&quot; moet billable of non-billable zijn</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Created %1 for %2 (%3 to %4): %5 h TOIL, %6</source>
        <translation>%1 aangemaakt voor %2 (%3 t/m %4): %5 u tijd voor tijd, %6</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>timesheet ID</source>
        <translation>urenstaat-ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1  %2 (%3)  %4 to %5</source>
        <translation>%1  %2 (%3)  %4 t/m %5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status %1 (docstatus %2), toil_status %3</source>
        <translation>status %1 (docstatus %2), toil_status %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOIL %1 h = %2 days%3</source>
        <translation>Tijd voor tijd %1 u = %2 dagen%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, lot %1</source>
        <translation>, toekenning %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected: %1</source>
        <translation>afgewezen: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unknown timesheet subcommand &quot;%1&quot;</source>
        <translation>onbekende subopdracht van timesheet &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is %2 (toil_status %3)</source>
        <translation>%1 is %2 (toil_status %3)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>leave subcommand (apply, approve, reject, cancel, show, list)</source>
        <translation>subopdracht van leave (apply, approve, reject, cancel, show, list)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Applied %1 for %2: %3 day(s), %4 h, Open</source>
        <translation>%1 aangevraagd voor %2: %3 dag(en), %4 u, Open</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>leave application ID</source>
        <translation>verlofaanvraag-ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1  %2  %3 to %4%5</source>
        <translation>%1  %2  %3 t/m %4%5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (half day %1)</source>
        <translation> (halve dag %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status %1, total_leave_days %2, %3 h</source>
        <translation>status %1, total_leave_days %2, %3 u</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  draws %1 h from %2 (last day %3)</source>
        <translation>  gebruikt %1 u uit %2 (laatste dag %3)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown leave subcommand &quot;%1&quot;</source>
        <translation>onbekende subopdracht van leave &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is %2</source>
        <translation>%1 is %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 on %2: available %3 h (%4 days), pending %5 h (%6 days)</source>
        <translation>%1 op %2: beschikbaar %3 u (%4 dagen), in behandeling %5 u (%6 dagen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  approved, valid later: %1 h</source>
        <translation>  goedgekeurd, later geldig: %1 u</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  expiring: %1 h from %2, last day %3</source>
        <translation>  vervalt: %1 u uit %2, laatste dag %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>  lot %1  %2..%3  allocated %4  used %5  expired %6  remaining %7%8</source>
        <translation>  toekenning %1  %2..%3  toegekend %4  gebruikt %5  vervallen %6  resterend %7%8</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  [expired]</source>
        <translation>  [vervallen]</translation>
    </message>
    <message>
        <location filename="../core/cli/CommandLine.cpp" line="+15"/>
        <source>%1 for %2 is running on %3 since %4: nothing was done</source>
        <translation>%1 voor %2 draait sinds %4 op %3: er is niets gedaan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 already ran for %2 (%3): nothing to do</source>
        <translation>%1 is al uitgevoerd voor %2 (%3): niets te doen</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n lot(s) expired</source>
        <translation>
            <numerusform>%n toekenning vervallen</numerusform>
            <numerusform>%n toekenningen vervallen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Expired %n lot(s)</source>
        <translation>
            <numerusform>%n toekenning laten vervallen</numerusform>
            <numerusform>%n toekenningen laten vervallen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (%1 h of TOIL)</source>
        <translation> (%1 u tijd voor tijd)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>days: &quot;%1&quot; must be a whole number from 1 to 366</source>
        <translation>days: &quot;%1&quot; moet een geheel getal van 1 tot en met 366 zijn</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n reminder(s) queued</source>
        <translation>
            <numerusform>%n herinnering in de wachtrij</numerusform>
            <numerusform>%n herinneringen in de wachtrij</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Queued %n reminder(s)</source>
        <translation>
            <numerusform>%n herinnering in de wachtrij gezet</numerusform>
            <numerusform>%n herinneringen in de wachtrij gezet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only HR runs the deployment checks</source>
        <translation>Alleen HR voert de installatiecontroles uit</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 (%2), %3: %4</source>
        <translation>%1 (%2), %3: %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>settings subcommand (list, set)</source>
        <translation>subopdracht van settings (list, set)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>KEY</source>
        <translation>SLEUTEL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VALUE</source>
        <translation>WAARDE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown settings subcommand &quot;%1&quot;</source>
        <translation>onbekende subopdracht van settings &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>leave-type subcommand (show, set)</source>
        <translation>subopdracht van leave-type (show, set)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expiry-days: &quot;%1&quot; is not a whole number</source>
        <translation>expiry-days: &quot;%1&quot; is geen geheel getal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown leave-type subcommand &quot;%1&quot;</source>
        <translation>onbekende subopdracht van leave-type &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: carry forward %2, expires after %3 days, negative balance %4</source>
        <translation>%1: overdracht %2, vervalt na %3 dagen, negatief saldo %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>allowed</source>
        <translation>toegestaan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not allowed</source>
        <translation>niet toegestaan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only HR can see the background job runs</source>
        <translation>Alleen HR kan de uitvoeringen van de achtergrondtaken zien</translation>
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
        <translation>Gebruik: lieuctl [--db PATH|mysql://USER@HOST[:PORT]/DATABASE] [--as LOGIN] [--today YYYY-MM-DD] [--json] [--lang LANG] COMMAND ...

  init                                     de database aanmaken of bijwerken; zorgen dat het verloftype voor tijd voor tijd bestaat
  demo                                     een lege database vullen met een demo-organisatie
  employee add ID --name N --email E [--login L] [--reports-to ID] [--hr] [--hours-per-day H]
  employee update ID [dezelfde opties, --no-hr]   employee deactivate|activate ID   employee list
  holiday add DATE [--name TEXT]           holiday remove DATE   holiday list
  timesheet create EMPLOYEE --from DATE --to DATE [--log DATE,HOURS,billable|non-billable[,ACTIVITY[,DESCRIPTION]]]...
  timesheet send ID | approve ID | reject ID --reason TEXT | cancel ID | show ID | list [--employee E] [--status S]
  leave apply EMPLOYEE --from DATE --to DATE [--half-day DATE] [--reason TEXT]
  leave approve ID | reject ID --reason TEXT | cancel ID | show ID | list [--employee E] [--status S]
  balance EMPLOYEE [--on DATE]             beschikbaar, in behandeling en binnenkort vervallend, in uren en dagen
  ledger EMPLOYEE                          alle boekingen van de medewerker
  expire [--once]                          de dagelijkse taak; meldt hoeveel toekenningen zijn vervallen
  remind [--days N] [--once]               de wekelijkse taak; meldt hoeveel herinneringen in de wachtrij zijn gezet
                                           (--once: overslaan als een uitvoerder het vandaag al heeft gedaan)
  doctor                                   installatiecontroles, elk met pass/warn/fail
  whoami                                   met --as: het medewerker-ID en de rollen van de gebruiker
  settings list | set KEY VALUE            instellingen van de organisatie (HR)
  leave-type show | set --expiry-days N    het verloftype Time Off in Lieu (HR)
  audit [--doc NAME] [--doctype T] [--actor LOGIN] [--action A] [--from DATE] [--to DATE] [--limit N]
        [--export FILE.csv [--force]]      het auditlogboek (HR); --export schrijft het volledig als CSV
  check                                    de invarianten van de database (boekingen, toekenningen, opnames, opslag)
  password reset EMPLOYEE | change         het nieuwe (en huidige) wachtwoord van standaardinvoer lezen
  jobs [--limit N]                         recente uitvoeringen van de achtergrondtaken
  import FILE [--format toggl|clockify|kimai|harvest|generic] [--dates dmy|mdy|ymd] [--dry-run]
  export balances|ledger|timesheets|logs [--format csv|xlsx] FILE   export ical (--employee ID | --team ID) FILE
  migrate [--force]                        het schema bijwerken (van een bestaande database wordt eerst een back-up gemaakt)
  backup FILE                              een consistente kopie van de hele database, als één SQLite-bestand
  restore FILE                             de gegevens vervangen door die van een back-up (MariaDB: in een lege database)
  maintenance [on [--reason TEXT]|off]     alleen-lezenmodus voor elke client terwijl een beheerder werkt
  grants --user NAME [--host HOST] [--apply]   de GRANTs die het serveraccount van de desktop-app nodig heeft
  generate --employees N [--years Y] [--seed S]   een grote verzonnen organisatie (prestatietests)

Omgeving: LIEU_DB, LIEU_USER, LIEU_TODAY, LIEU_LANG vervangen --db, --as, --today, --lang;
LIEU_DB_PASSWORD is het wachtwoord van de server (nooit op de opdrachtregel; wordt op een terminal gevraagd als het niet is ingesteld).
Talen: en, de, fr, es, nl; zonder --lang de taal die in de desktop-app is gekozen, anders die van het systeem.
Afsluitstatus: 0 geslaagd, 1 geweigerd (een regel, een recht, een ongeldige waarde; check: een invariant klopt niet),
2 gebruiksfout, 3 databasefout (ontbrekend, beschadigd, alleen-lezen, vol, vreemd of nieuwer).
</translation>
    </message>
    <message>
        <location line="+72"/>
        <source> (lieuctl --help lists the commands)</source>
        <translation> (lieuctl --help toont de opdrachten)</translation>
    </message>
    <message>
        <location filename="../core/export/ExportCommand.cpp" line="+19"/>
        <source>what to export (balances, ledger, timesheets, logs or ical)</source>
        <translation>wat er geëxporteerd moet worden (balances, ledger, timesheets, logs of ical)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the .ics file to write</source>
        <translation>het .ics-bestand om te schrijven</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export ical needs either --employee ID or --team SUPERVISOR_ID</source>
        <translation>export ical heeft --employee ID of --team ID_LEIDINGGEVENDE nodig</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrote %1 leave event(s) to %2</source>
        <translation>%1 verlofafspra(a)k(en) naar %2 geschreven</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file to write</source>
        <translation>het bestand om te schrijven</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--format must be csv or xlsx (or give the file a .csv or .xlsx name)</source>
        <translation>--format moet csv of xlsx zijn (of geef het bestand een naam op .csv of .xlsx)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown export &quot;%1&quot; (balances, ledger, timesheets, logs or ical)</source>
        <translation>onbekende export &quot;%1&quot; (balances, ledger, timesheets, logs of ical)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrote %1 row(s) of %2 to %3</source>
        <translation>%1 rij(en) van %2 naar %3 geschreven</translation>
    </message>
    <message>
        <location filename="../core/import/ImportCommand.cpp" line="+43"/>
        <source>the file to import</source>
        <translation>het bestand om te importeren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2, %3 rows (%4, separator &quot;%5&quot;, dates %6)</source>
        <translation>%1: %2, %3 rijen (%4, scheidingsteken &quot;%5&quot;, datums %6)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>  %1  %2  week %3 to %4  %5 log(s)  %6 h  TOIL %7 h  %8</source>
        <translation>  %1  %2  week %3 t/m %4  %5 tijdregel(s)  %6 u  tijd voor tijd %7 u  %8</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>added to Draft %1</source>
        <translation>toegevoegd aan concept %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new Draft</source>
        <translation>nieuw concept</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>new Draft %1</source>
        <translation>nieuw concept %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  Not matched: %1, %2 row(s), %3 h (lines %4): %5</source>
        <translation>  Niet gekoppeld: %1, %2 rij(en), %3 u (regels %4): %5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  Already imported, skipped: %1 row(s) (lines %2)</source>
        <translation>  Al geïmporteerd, overgeslagen: %1 rij(en) (regels %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  Zero duration, skipped: %1 row(s) (lines %2)</source>
        <translation>  Duur nul, overgeslagen: %1 rij(en) (regels %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dry run: %1 log(s), %2 h, TOIL %3 h would be imported; nothing was written</source>
        <translation>Proefrun: %1 tijdregel(s), %2 u, tijd voor tijd %3 u zouden worden geïmporteerd; er is niets geschreven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported %1 log(s), %2 h, TOIL %3 h</source>
        <translation>%1 tijdregel(s) geïmporteerd, %2 u, tijd voor tijd %3 u</translation>
    </message>
    <message>
        <location filename="../core/cli/GenerateCommand.cpp" line="+20"/>
        <source>--%1: &quot;%2&quot; is not a whole number</source>
        <translation>--%1: &quot;%2&quot; is geen geheel getal</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--seed: &quot;%1&quot; is not a whole number</source>
        <translation>--seed: &quot;%1&quot; is geen geheel getal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--mode: &quot;%1&quot; is not bulk or services</source>
        <translation>--mode: &quot;%1&quot; is niet bulk of services</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>generate: week %1 of %2 (%3 s)</source>
        <translation>generate: week %1 van %2 (%3 s)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Generated %1 employees (%2 supervisors, %3 in HR, largest team %4) from %5 to %6 in %7 s:</source>
        <translation>%1 medewerkers gegenereerd (%2 leidinggevenden, %3 bij HR, grootste team %4) van %5 t/m %6 in %7 s:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  %1 timesheets with %2 time logs, %3 TOIL lots (%4 expired), %5 ledger entries</source>
        <translation>  %1 urenstaten met %2 tijdregels, %3 toekenningen tijd voor tijd (%4 vervallen), %5 boekingen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  %1 leave applications (%2 open), %3 holidays, %4 audit entries</source>
        <translation>  %1 verlofaanvragen (%2 openstaand), %3 feestdagen, %4 auditregels</translation>
    </message>
    <message>
        <location filename="../core/cli/SecurityCommands.cpp" line="-75"/>
        <source>the password is read from standard input, one line each: none was given</source>
        <translation>het wachtwoord wordt van standaardinvoer gelezen, één regel per wachtwoord: er is niets opgegeven</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Wrote %n audit entries to %1</source>
        <translation>
            <numerusform>%n auditregel naar %1 geschreven</numerusform>
            <numerusform>%n auditregels naar %1 geschreven</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Only HR checks the database&apos;s invariants</source>
        <translation>Alleen HR controleert de invarianten van de database</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>password subcommand (reset, change)</source>
        <translation>subopdracht van password (reset, change)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New password for %1: </source>
        <translation>Nieuw wachtwoord voor %1: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password of %1 was reset; the account is unlocked</source>
        <translation>Het wachtwoord van %1 is opnieuw ingesteld; het account is ontgrendeld</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Current password: </source>
        <translation>Huidig wachtwoord: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password: </source>
        <translation>Nieuw wachtwoord: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password of %1 was changed</source>
        <translation>Het wachtwoord van %1 is gewijzigd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown password subcommand &quot;%1&quot;</source>
        <translation>onbekende subopdracht van password &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <location filename="../ui/connection/ConnectionSettings.cpp" line="+39"/>
        <source>path: choose the database file</source>
        <translation>path: kies het databasebestand</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>The password for %1 is not in this computer&apos;s keychain (%2): enter it on the Database connection page</source>
        <translation>Het wachtwoord voor %1 staat niet in de sleutelhanger van deze computer (%2): voer het in op de pagina Databaseverbinding</translation>
    </message>
</context>
<context>
    <name>ContractedHoursPolicy</name>
    <message>
        <location filename="../core/Accrual.cpp" line="+56"/>
        <source>Hours above the contracted hours per day are TOIL</source>
        <translation>Uren boven de contracturen per dag zijn tijd voor tijd</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rule: %1 (%2 h contracted per working day)</source>
        <translation>Regel: %1 (%2 u contracturen per werkdag)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (x%1% on a weekend or holiday)</source>
        <translation> (x%1% in het weekend of op een feestdag)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1  worked %2 h on a day off: counted %3 h%4</source>
        <translation>%1  %2 u gewerkt op een vrije dag: %3 u geteld%4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1  worked %2 h: counted %3 h above the contracted hours</source>
        <translation>%1  %2 u gewerkt: %3 u geteld boven de contracturen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total TOIL: %1 h = %2 days at %3 h per TOIL day</source>
        <translation>Tijd voor tijd totaal: %1 u = %2 dagen bij %3 u per compensatiedag</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <location filename="../core/import/Csv.cpp" line="+53"/>
        <source>The file has %1 bytes; at most %2 can be imported at once</source>
        <translation>Het bestand is %1 bytes; er kunnen hoogstens %2 in één keer worden geïmporteerd</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The file starts with a %1 byte-order mark but is not %1 text</source>
        <translation>Het bestand begint met een %1-bytevolgordemarkering maar is geen %1-tekst</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>line %1, column %2: the quote opened here is never closed</source>
        <translation>regel %1, kolom %2: het hier geopende aanhalingsteken wordt nooit gesloten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>line %1, column %2: &quot;%3&quot; follows the closing quote; a quoted field ends at a separator or the end of the line</source>
        <translation>regel %1, kolom %2: &quot;%3&quot; volgt op het sluitende aanhalingsteken; een veld tussen aanhalingstekens eindigt bij een scheidingsteken of aan het eind van de regel</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The file is empty: there is no header line</source>
        <translation>Het bestand is leeg: er is geen kopregel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>line %1 has %2 fields where the header has %3</source>
        <translation>regel %1 heeft %2 velden waar de kopregel er %3 heeft</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/Database.cpp" line="+89"/>
        <source>The MariaDB/MySQL driver for Qt (%1) is not installed (on Debian: the package libqt6sql6-mysql); cannot open %2</source>
        <translation>Het MariaDB/MySQL-stuurprogramma voor Qt (%1) is niet geïnstalleerd (op Debian: het pakket libqt6sql6-mysql); kan %2 niet openen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The database &quot;%1&quot; is not a file</source>
        <translation>De database &quot;%1&quot; is geen bestand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database &quot;%1&quot; cannot be read: %2</source>
        <translation>De database &quot;%1&quot; kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is an empty file (0 bytes), not a Lieu database: if it should hold your data, restore it from a backup; to start a new database, delete the file first; nothing was changed</source>
        <translation>&quot;%1&quot; is een leeg bestand (0 bytes), geen Lieu-database: als het uw gegevens zou moeten bevatten, zet het dan terug uit een back-up; verwijder eerst het bestand om een nieuwe database te beginnen; er is niets gewijzigd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a Lieu database (it is not an SQLite file); nothing was changed</source>
        <translation>&quot;%1&quot; is geen Lieu-database (het is geen SQLite-bestand); er is niets gewijzigd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the folder &quot;%1&quot; for the database</source>
        <translation>De map &quot;%1&quot; voor de database kan niet worden aangemaakt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot open the database &quot;%1&quot;: %2</source>
        <translation>De database &quot;%1&quot; kan niet worden geopend: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>no answer</source>
        <translation>geen antwoord</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot connect to the database server %1 as %2 (database %3): %4</source>
        <translation>Kan geen verbinding maken met de databaseserver %1 als %2 (database %3): %4</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The connection to %1 is not encrypted although TLS was asked for (ssl=1): enable TLS on the server</source>
        <translation>De verbinding met %1 is niet versleuteld, hoewel om TLS is gevraagd (ssl=1): schakel TLS in op de server</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&quot;%1&quot; is not a readable Lieu database: %2</source>
        <translation>&quot;%1&quot; is geen leesbare Lieu-database: %2</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The database &quot;%1&quot; is damaged (%2): restore it from a backup (&quot;lieuctl check&quot; shows what is wrong); nothing was changed</source>
        <translation>De database &quot;%1&quot; is beschadigd (%2): zet hem terug uit een back-up (&quot;lieuctl check&quot; toont wat er mis is); er is niets gewijzigd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database &quot;%1&quot; is read-only (%2): Lieu needs to write to the file and to its folder; nothing was changed</source>
        <translation>De database &quot;%1&quot; is alleen-lezen (%2): Lieu moet naar het bestand en naar de map ervan kunnen schrijven; er is niets gewijzigd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk holding the database &quot;%1&quot; is full (%2): free some space and try again; nothing was changed</source>
        <translation>De schijf met de database &quot;%1&quot; is vol (%2): maak ruimte vrij en probeer het opnieuw; er is niets gewijzigd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database &quot;%1&quot; cannot be opened (%2): the file and its folder must exist and be writable; nothing was changed</source>
        <translation>De database &quot;%1&quot; kan niet worden geopend (%2): het bestand en de map ervan moeten bestaan en beschrijfbaar zijn; er is niets gewijzigd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk holding the database &quot;%1&quot; refused to read or write (%2): it may be full, failing or over a size limit; nothing was changed</source>
        <translation>De schijf met de database &quot;%1&quot; weigerde te lezen of te schrijven (%2): mogelijk is hij vol, defect of over een groottelimiet; er is niets gewijzigd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database &quot;%1&quot; is busy: another program holds it (%2); try again</source>
        <translation>De database &quot;%1&quot; is bezet: een ander programma houdt hem vast (%2); probeer het opnieuw</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The connection to the database server was lost (%1); nothing of this action was saved. Lieu reconnects when you try again.</source>
        <translation>De verbinding met de databaseserver is verbroken (%1); niets van deze actie is opgeslagen. Lieu maakt opnieuw verbinding als u het nogmaals probeert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another user changed the same records at the same moment (deadlock); nothing of this action was saved. Try again.</source>
        <translation>Een andere gebruiker wijzigde op hetzelfde moment dezelfde gegevens (deadlock); niets van deze actie is opgeslagen. Probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another user held the records this action needs for too long (%1); nothing of this action was saved. Try again.</source>
        <translation>Een andere gebruiker hield de gegevens die deze actie nodig heeft te lang vast (%1); niets van deze actie is opgeslagen. Probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database is busy with another program&apos;s change (%1); nothing of this action was saved. Try again.</source>
        <translation>De database is bezig met een wijziging van een ander programma (%1); niets van deze actie is opgeslagen. Probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Database error: %1</source>
        <translation>Databasefout: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+248"/>
        <source>The connection to the database server was lost; nothing of this action was saved</source>
        <translation>De verbinding met de databaseserver is verbroken; niets van deze actie is opgeslagen</translation>
    </message>
    <message>
        <location line="-246"/>
        <source>The database server %1 cannot be reached; nothing was saved. Lieu keeps trying to reconnect.</source>
        <translation>De databaseserver %1 is niet bereikbaar; er is niets opgeslagen. Lieu blijft proberen opnieuw verbinding te maken.</translation>
    </message>
    <message>
        <location line="+250"/>
        <source>The transaction was rolled back because an inner step failed</source>
        <translation>De transactie is teruggedraaid omdat een interne stap mislukte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The connection to the database server was lost while saving (%1): the change may or may not have been saved. Refresh to see which before doing it again.</source>
        <translation>De verbinding met de databaseserver is tijdens het opslaan verbroken (%1): de wijziging is mogelijk wel of niet opgeslagen. Vernieuw om te zien welke van de twee, voordat u het opnieuw doet.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The database has schema version %1, newer than this Lieu %2 knows (%3): install Lieu %4 or later to make changes</source>
        <translation>De database heeft schemaversie %1, nieuwer dan deze Lieu %2 kent (%3): installeer Lieu %4 of later om wijzigingen aan te brengen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lieu is in maintenance mode: %1. Nothing can be changed until it is over.</source>
        <translation>Lieu staat in onderhoudsmodus: %1. Er kan niets worden gewijzigd totdat die voorbij is.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The database has schema version %1, newer than this Lieu %2 knows (%3): install Lieu %4 or later to make changes; nothing was changed</source>
        <translation>De database heeft schemaversie %1, nieuwer dan deze Lieu %2 kent (%3): installeer Lieu %4 of later om wijzigingen aan te brengen; er is niets gewijzigd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(a newer release)</source>
        <translation>(een nieuwere versie)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lieu is in maintenance mode: %1. Nothing was changed; try again when it is over.</source>
        <translation>Lieu staat in onderhoudsmodus: %1. Er is niets gewijzigd; probeer het opnieuw als die voorbij is.</translation>
    </message>
    <message>
        <location filename="../core/Migrations.cpp" line="+145"/>
        <location line="+90"/>
        <source>&quot;%1&quot; is not a Lieu database; nothing was changed</source>
        <translation>&quot;%1&quot; is geen Lieu-database; er is niets gewijzigd</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>The database &quot;%1&quot; has schema version %2; run &quot;lieuctl migrate&quot; to upgrade it to version %3</source>
        <translation>De database &quot;%1&quot; heeft schemaversie %2; voer &quot;lieuctl migrate&quot; uit om hem bij te werken naar versie %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database &quot;%1&quot; has schema version %2, newer than this program knows (%3): install a newer Lieu; nothing was changed</source>
        <translation>De database &quot;%1&quot; heeft schemaversie %2, nieuwer dan dit programma kent (%3): installeer een nieuwere Lieu; er is niets gewijzigd</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The list of grants is missing from this program</source>
        <translation>De lijst met grants ontbreekt in dit programma</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>database: &quot;%1&quot; is not a database name</source>
        <translation>database: &quot;%1&quot; is geen databasenaam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>user: &quot;%1&quot; is not an account name</source>
        <translation>user: &quot;%1&quot; is geen accountnaam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>host: &quot;%1&quot; is not a host name, address or pattern</source>
        <translation>host: &quot;%1&quot; is geen hostnaam, adres of patroon</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Migration %1 failed at statement %2 of %3: %4. MariaDB/MySQL cannot undo the schema changes made before it: restore the backup %5</source>
        <translation>Migratie %1 is mislukt bij statement %2 van %3: %4. MariaDB/MySQL kan de eerder aangebrachte schemawijzigingen niet ongedaan maken: zet de back-up %5 terug</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Migration %1 failed at statement %2 of %3: %4</source>
        <translation>Migratie %1 is mislukt bij statement %2 van %3: %4</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Migration %1 is missing from this program</source>
        <translation>Migratie %1 ontbreekt in dit programma</translation>
    </message>
</context>
<context>
    <name>DatabaseSpec</name>
    <message>
        <location filename="../core/DatabaseSpec.cpp" line="+37"/>
        <source>database: the path is empty</source>
        <translation>database: het pad is leeg</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>database: &quot;%1&quot; is not a valid address: %2</source>
        <translation>database: &quot;%1&quot; is geen geldig adres: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>database: a password does not belong in the address (it would show in process lists and shell history); set LIEU_DB_PASSWORD or let Lieu ask for it</source>
        <translation>database: een wachtwoord hoort niet in het adres (het zou zichtbaar zijn in proceslijsten en de shellgeschiedenis); stel LIEU_DB_PASSWORD in of laat Lieu erom vragen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>database: say which account to use, e.g. mysql://lieu_app@db.example.org/lieu</source>
        <translation>database: geef aan welk account moet worden gebruikt, bijv. mysql://lieu_app@db.example.org/lieu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>database: &quot;%1&quot; is not a database name (letters, digits and _, up to 64)</source>
        <translation>database: &quot;%1&quot; is geen databasenaam (letters, cijfers en _, maximaal 64)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>database: port %1 is out of range</source>
        <translation>database: poort %1 valt buiten het bereik</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>database: ssl must be 1 or 0, not &quot;%1&quot;</source>
        <translation>database: ssl moet 1 of 0 zijn, niet &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>database: driver must be QMARIADB or QMYSQL, not &quot;%1&quot;</source>
        <translation>database: driver moet QMARIADB of QMYSQL zijn, niet &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>database: unknown option &quot;%1&quot; (known: ssl, ssl-ca, ssl-capath, ssl-cert, ssl-key, ssl-cipher, socket, driver)</source>
        <translation>database: onbekende optie &quot;%1&quot; (bekend: ssl, ssl-ca, ssl-capath, ssl-cert, ssl-key, ssl-cipher, socket, driver)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>database: a client certificate needs both ssl-cert and ssl-key</source>
        <translation>database: een clientcertificaat heeft zowel ssl-cert als ssl-key nodig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>database: the server&apos;s host name is missing</source>
        <translation>database: de hostnaam van de server ontbreekt</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../core/Demo.cpp" line="+60"/>
        <source>The demo needs an empty database; this one already has employees</source>
        <translation>De demo heeft een lege database nodig; deze bevat al medewerkers</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Demo Organisation</source>
        <translation>Demo-organisatie</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Company day</source>
        <translation>Bedrijfsdag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Christmas Day</source>
        <translation>Eerste Kerstdag</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Planned work</source>
        <translation>Gepland werk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Out-of-hours work</source>
        <translation>Werk buiten werktijd</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tuesday&apos;s release night was billed to the client: mark it billable</source>
        <translation>De releasenacht van dinsdag is aan de klant gefactureerd: markeer die als declarabel</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dentist</source>
        <translation>Tandarts</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>School play in the afternoon</source>
        <translation>Schoolvoorstelling in de middag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Long weekend</source>
        <translation>Lang weekend</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n lot(s) expired</source>
        <translation>
            <numerusform>%n toekenning vervallen</numerusform>
            <numerusform>%n toekenningen vervallen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <location filename="../ui/shell/Desktop.cpp" line="+64"/>
        <source>There is no active HR user with a login to show: say who with --as LOGIN</source>
        <translation>Er is geen actieve HR-gebruiker met een gebruikersnaam om te tonen: geef met --as LOGIN aan wie</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The database was empty: opened the demo organisation.</source>
        <translation>De database was leeg: de demo-organisatie is geopend.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--page: &quot;%1&quot; is not a page %2 sees (%3)</source>
        <translation>--page: &quot;%1&quot; is geen pagina die %2 ziet (%3)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not write the screenshot to %1</source>
        <translation>Kan de schermafbeelding niet naar %1 schrijven</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved a screenshot of the main window (%1 signed in) to %2</source>
        <translation>Schermafbeelding van het hoofdvenster (%1 aangemeld) opgeslagen in %2</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Password of %1:</source>
        <translation>Wachtwoord van %1:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No password was given for %1</source>
        <translation>Er is geen wachtwoord opgegeven voor %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+40"/>
        <source>Lieu cannot open its database</source>
        <translation>Lieu kan zijn database niet openen</translation>
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
        <translation>Medewerker %1 bestaat niet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No employee has the login &quot;%1&quot;</source>
        <translation>Geen enkele medewerker heeft de gebruikersnaam &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user &quot;%1&quot; (%2) is deactivated</source>
        <translation>De gebruiker &quot;%1&quot; (%2) is gedeactiveerd</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Employee %1 (%2) has no supervisor (reports_to is empty): HR must assign one before anything can be approved</source>
        <translation>Medewerker %1 (%2) heeft geen leidinggevende (reports_to is leeg): HR moet er een toewijzen voordat er iets kan worden goedgekeurd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The supervisor %1 (%2) of employee %3 has no login: HR must give them a user account before anything can be approved</source>
        <translation>De leidinggevende %1 (%2) van medewerker %3 heeft geen gebruikersnaam: HR moet een gebruikersaccount aanmaken voordat er iets kan worden goedgekeurd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The supervisor %1 (%2) of employee %3 is deactivated: HR must assign an active supervisor</source>
        <translation>De leidinggevende %1 (%2) van medewerker %3 is gedeactiveerd: HR moet een actieve leidinggevende toewijzen</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>employee_name: the name is missing</source>
        <translation>employee_name: de naam ontbreekt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>language: &quot;%1&quot; is not a language code like en or pt_BR</source>
        <translation>language: &quot;%1&quot; is geen taalcode zoals en of pt_BR</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>hours_per_day: %1 must be from 0 to 24 hours</source>
        <translation>hours_per_day: %1 moet tussen 0 en 24 uur liggen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>reports_to: employee &quot;%1&quot; does not exist</source>
        <translation>reports_to: medewerker &quot;%1&quot; bestaat niet</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>id: &quot;%1&quot; is not an employee id (letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, up to 40, e.g. EMP-0001)</source>
        <translation>id: &quot;%1&quot; is geen medewerker-ID (letters, cijfers, &apos;.&apos;, &apos;_&apos; of &apos;-&apos;, maximaal 40, bijv. EMP-0001)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>email: &quot;%1&quot; is not an e-mail address</source>
        <translation>email: &quot;%1&quot; is geen e-mailadres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>user_id: &quot;%1&quot; is not a login (letters, digits and . _ @ + -, up to 64)</source>
        <translation>user_id: &quot;%1&quot; is geen gebruikersnaam (letters, cijfers en . _ @ + -, maximaal 64)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>language: &quot;%1&quot; is not a language Lieu writes e-mails in (%2)</source>
        <translation>language: &quot;%1&quot; is geen taal waarin Lieu e-mails schrijft (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>relieving_date: %1 is before the date of joining %2</source>
        <translation>relieving_date: %1 ligt vóór de datum van indiensttreding %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>user_id: the login &quot;%1&quot; already belongs to %2</source>
        <translation>user_id: de gebruikersnaam &quot;%1&quot; hoort al bij %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>id: employee %1 already exists</source>
        <translation>id: medewerker %1 bestaat al</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reports_to: an employee cannot report to themselves</source>
        <translation>reports_to: een medewerker kan niet aan zichzelf rapporteren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>reports_to: %1 would make a reporting loop through %2</source>
        <translation>reports_to: %1 zou een rapportagelus via %2 veroorzaken</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only HR can add employees</source>
        <translation>Alleen HR kan medewerkers toevoegen</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message numerus="yes">
        <location filename="../core/Doctor.cpp" line="+47"/>
        <source> and %n more</source>
        <translation>
            <numerusform> en nog %n</numerusform>
            <numerusform> en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Schema version</source>
        <translation>Schemaversie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database is at version %1; this program expects %2</source>
        <translation>de database heeft versie %1; dit programma verwacht %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Indexes</source>
        <translation>Indexen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>idx_leave_ledger_toil, idx_leave_allocation_toil and idx_timesheet_toil exist</source>
        <translation>idx_leave_ledger_toil, idx_leave_allocation_toil en idx_timesheet_toil bestaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing: %1</source>
        <translation>ontbreekt: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>Leave type &quot;%1&quot;</source>
        <translation>Verloftype &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>is_carry_forward = %1, expire after %2 days, allow negative = %3</source>
        <translation>is_carry_forward = %1, vervalt na %2 dagen, negatief saldo toegestaan = %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Employees with a login</source>
        <translation>Medewerkers met een gebruikersnaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every active employee has a user account</source>
        <translation>elke actieve medewerker heeft een gebruikersaccount</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n employee(s) without a login: %1</source>
        <translation>
            <numerusform>%n medewerker zonder gebruikersnaam: %1</numerusform>
            <numerusform>%n medewerkers zonder gebruikersnaam: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Employees with a supervisor</source>
        <translation>Medewerkers met een leidinggevende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every active employee has reports_to set</source>
        <translation>bij elke actieve medewerker is reports_to ingevuld</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n employee(s) without reports_to (their timesheets cannot be approved): %1</source>
        <translation>
            <numerusform>%n medewerker zonder reports_to (de urenstaten kunnen niet worden goedgekeurd): %1</numerusform>
            <numerusform>%n medewerkers zonder reports_to (hun urenstaten kunnen niet worden goedgekeurd): %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Supervisors with a login</source>
        <translation>Leidinggevenden met een gebruikersnaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every supervisor can sign in to approve</source>
        <translation>elke leidinggevende kan zich aanmelden om goed te keuren</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n supervisor(s) without a login or deactivated: %1</source>
        <translation>
            <numerusform>%n leidinggevende zonder gebruikersnaam of gedeactiveerd: %1</numerusform>
            <numerusform>%n leidinggevenden zonder gebruikersnaam of gedeactiveerd: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mail settings</source>
        <translation>E-mailinstellingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no SMTP server is set: reminders wait in the outbox</source>
        <translation>er is geen SMTP-server ingesteld: herinneringen wachten in het postvak uit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SMTP server %1</source>
        <translation>SMTP-server %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the expiry job has never run</source>
        <translation>de vervaltaak is nog nooit uitgevoerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last ran for %1 (finished %2)</source>
        <translation>laatst uitgevoerd voor %1 (klaar op %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>; %n lot(s) are past their last day and not yet expired</source>
        <translation>
            <numerusform>; %n toekenning is over de laatste dag heen en nog niet vervallen</numerusform>
            <numerusform>; %n toekenningen zijn over hun laatste dag heen en nog niet vervallen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expiry job (daily)</source>
        <translation>Vervaltaak (dagelijks)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the reminder job has never run</source>
        <translation>de herinneringstaak is nog nooit uitgevoerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last ran for %1</source>
        <translation>laatst uitgevoerd voor %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reminder job (weekly)</source>
        <translation>Herinneringstaak (wekelijks)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timesheets awaiting approval</source>
        <translation>Urenstaten die op goedkeuring wachten</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wacht</numerusform>
            <numerusform>%n wachten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>; %n waiting to be sent</source>
        <translation>
            <numerusform>; %n wacht op verzending</numerusform>
            <numerusform>; %n wachten op verzending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>; %n left Sending without the server&apos;s answer (check with the recipient, then &quot;lieuctl outbox retry ID&quot;): %1</source>
        <translation>
            <numerusform>; %n is in Sending gebleven zonder antwoord van de server (controleer het bij de ontvanger, dan &quot;lieuctl outbox retry ID&quot;): %1</numerusform>
            <numerusform>; %n zijn in Sending gebleven zonder antwoord van de server (controleer het bij de ontvanger, dan &quot;lieuctl outbox retry ID&quot;): %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outbox</source>
        <translation>Postvak uit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maintenance mode</source>
        <translation>Onderhoudsmodus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>off: every client may write</source>
        <translation>uit: elke client mag schrijven</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on, every client is read-only: %1</source>
        <translation>aan, elke client is alleen-lezen: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <source>Append-only ledger and audit log</source>
        <translation>Boekingen en auditlogboek (alleen toevoegen)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>this account cannot see the triggers (it has no TRIGGER privilege, as it should not): run doctor with the owner&apos;s account to check them</source>
        <translation>dit account kan de triggers niet zien (het heeft terecht geen TRIGGER-recht): voer doctor uit met het account van de eigenaar om ze te controleren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>their four triggers are in place</source>
        <translation>hun vier triggers zijn aanwezig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of their 4 triggers are missing: restore the schema from a backup</source>
        <translation>%1 van hun 4 triggers ontbreken: zet het schema terug uit een back-up</translation>
    </message>
    <message numerus="yes">
        <location line="-35"/>
        <source>%n e-mail(s) in Error</source>
        <translation>
            <numerusform>%n e-mail met status Error</numerusform>
            <numerusform>%n e-mails met status Error</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmployeePages</name>
    <message>
        <location filename="../ui/employee/EmployeePages.cpp" line="+24"/>
        <source>Timesheet</source>
        <translation>Urenstaat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>My TOIL</source>
        <translation>Mijn tijd voor tijd</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../core/export/Table.cpp" line="+85"/>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create the workbook %1</source>
        <translation>Kan de werkmap %1 niet aanmaken</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Cannot write the workbook %1: %2</source>
        <translation>Kan de werkmap %1 niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <location filename="../ui/common/Formats.cpp" line="+42"/>
        <source>%1 h (%2 days)</source>
        <translation>%1 u (%2 dagen)</translation>
    </message>
</context>
<context>
    <name>Generator</name>
    <message>
        <location filename="../core/Generator.cpp" line="+149"/>
        <source>generate writes what an uncapped organisation accrues: set toil_cap_minutes to 0 first</source>
        <translation>generate schrijft wat een organisatie zonder plafond opbouwt: zet toil_cap_minutes eerst op 0</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>New Year&apos;s Day</source>
        <translation>Nieuwjaarsdag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spring bank holiday</source>
        <translation>Voorjaarsfeestdag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summer bank holiday</source>
        <translation>Zomerfeestdag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Christmas Day</source>
        <translation>Eerste Kerstdag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boxing Day</source>
        <translation>Tweede Kerstdag</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Planned work</source>
        <translation>Gepland werk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Out-of-hours work</source>
        <translation>Werk buiten werktijd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weekend release</source>
        <translation>Release in het weekend</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>The team is short of cover on those days</source>
        <translation>Het team heeft op die dagen te weinig bezetting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not enough TOIL on those days any more</source>
        <translation>Niet meer genoeg tijd voor tijd op die dagen</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n lot(s) expired</source>
        <translation>
            <numerusform>%n toekenning vervallen</numerusform>
            <numerusform>%n toekenningen vervallen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+74"/>
        <source>employees: %1 is not from 2 to %2</source>
        <translation>employees: %1 ligt niet tussen 2 en %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>weeks: %1 is not from 2 to %2</source>
        <translation>weeks: %1 ligt niet tussen 2 en %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>generate needs a database without employees; this one already has some</source>
        <translation>generate heeft een database zonder medewerkers nodig; deze bevat er al</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>generate needs a database without timesheets; this one already has some</source>
        <translation>generate heeft een database zonder urenstaten nodig; deze bevat er al</translation>
    </message>
</context>
<context>
    <name>I18n</name>
    <message>
        <location filename="../core/I18n.cpp" line="+158"/>
        <source>language: &quot;%1&quot; is not a language Lieu speaks (%2)</source>
        <translation>language: &quot;%1&quot; is geen taal die Lieu spreekt (%2)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>--lang needs a value (%1)</source>
        <translation>--lang heeft een waarde nodig (%1)</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../core/import/Importer.cpp" line="+60"/>
        <source>Only HR can import hours from a time tracker (%1 is not HR)</source>
        <translation>Alleen HR kan uren uit een tijdregistratie importeren (%1 is geen HR)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>line %1, column %2: %3 is in the future (today is %4); only hours already worked can be imported</source>
        <translation>regel %1, kolom %2: %3 ligt in de toekomst (vandaag is het %4); alleen al gewerkte uren kunnen worden geïmporteerd</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no employee has this first and last name</source>
        <translation>geen enkele medewerker heeft deze voor- en achternaam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no employee has this e-mail address</source>
        <translation>geen enkele medewerker heeft dit e-mailadres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 employees have this name; give one of them a distinct name</source>
        <translation>%1 medewerkers hebben deze naam; geef een van hen een afwijkende naam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>employee %1 is deactivated</source>
        <translation>medewerker %1 is gedeactiveerd</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>line %1: %2 would have %3 hours on %4 (%5 from earlier rows or already in Lieu); at most 24 hours a day</source>
        <translation>regel %1: %2 zou %3 uur hebben op %4 (%5 uit eerdere rijen of al in Lieu); hoogstens 24 uur per dag</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Timesheet %1 took %2 of %3 imported logs</source>
        <translation>Urenstaat %1 heeft %2 van %3 geïmporteerde tijdregels opgenomen</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message numerus="yes">
        <location filename="../core/Inbox.cpp" line="+58"/>
        <location line="+1"/>
        <source>%n approved</source>
        <translation>
            <numerusform>%n goedgekeurd</numerusform>
            <numerusform>%n goedgekeurd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n geweigerd</numerusform>
            <numerusform>%n geweigerd</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsertRowCommand</name>
    <message>
        <location filename="../ui/employee/GridCommands.cpp" line="+31"/>
        <source>add row</source>
        <translation>rij toevoegen</translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message numerus="yes">
        <location filename="../core/Integrity.cpp" line="+36"/>
        <source>; and %n more</source>
        <translation>
            <numerusform>; en nog %n</numerusform>
            <numerusform>; en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+3"/>
        <source>Store</source>
        <translation>Opslag</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>SQLite&apos;s integrity check failed (restore from a backup): %1</source>
        <translation>De integriteitscontrole van SQLite is mislukt (zet een back-up terug): %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SQLite&apos;s integrity check passed</source>
        <translation>De integriteitscontrole van SQLite is geslaagd</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 row %2 refers to a missing %3</source>
        <translation>rij %2 van %1 verwijst naar een ontbrekende %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>References</source>
        <translation>Verwijzingen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>every reference points to an existing row</source>
        <translation>elke verwijzing wijst naar een bestaande rij</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+7"/>
        <source>Append-only tables</source>
        <translation>Tabellen (alleen toevoegen)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>this account may not see the triggers; run check with the owner&apos;s account to verify them</source>
        <translation>dit account ziet de triggers mogelijk niet; voer check uit met het account van de eigenaar om ze te controleren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing refuses %1 on %2</source>
        <translation>niets weigert %1 op %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the audit log and the leave ledger refuse UPDATE and DELETE</source>
        <translation>het auditlogboek en de verlofboekingen weigeren UPDATE en DELETE</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: %2 allocation entries adding to %3 min; the lot holds %4 min</source>
        <translation>%1: %2 toekenningsboekingen met samen %3 min; de toekenning bevat %4 min</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: used %2, expired %3, cancelled %4 min: none may be negative</source>
        <translation>%1: gebruikt %2, vervallen %3, geannuleerd %4 min: geen daarvan mag negatief zijn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the ledger sums to %2 min, not allocated %3 - used %4 - expired %5 - cancelled %6</source>
        <translation>%1: de boekingen tellen op tot %2 min, niet tot toegekend %3 - gebruikt %4 - vervallen %5 - geannuleerd %6</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the balance is negative (%2 min)</source>
        <translation>%1: het saldo is negatief (%2 min)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is marked expired but still holds %2 min</source>
        <translation>%1 is als vervallen gemarkeerd maar bevat nog %2 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is cancelled but still holds %2 min</source>
        <translation>%1 is geannuleerd maar bevat nog %2 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 ledger entries belong to another employee</source>
        <translation>%1: %2 boekingen horen bij een andere medewerker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 ledger entries have the wrong expiry flag</source>
        <translation>%1: %2 boekingen hebben de verkeerde vervalmarkering</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ledger entry %1 belongs to no lot</source>
        <translation>boeking %1 hoort bij geen enkele toekenning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lot ledgers</source>
        <translation>Boekingen per toekenning</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n lot(s): each ledger adds up to allocated - used - expired - cancelled, none negative, expired and cancelled lots hold nothing</source>
        <translation>
            <numerusform>%n toekenning: de boekingen tellen op tot toegekend - gebruikt - vervallen - geannuleerd, niets negatief, vervallen en geannuleerde toekenningen bevatten niets</numerusform>
            <numerusform>%n toekenningen: de boekingen van elke toekenning tellen op tot toegekend - gebruikt - vervallen - geannuleerd, niets negatief, vervallen en geannuleerde toekenningen bevatten niets</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 is %2 with docstatus %3</source>
        <translation>%1 is %2 met docstatus %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is Approved with %2 min of TOIL but has no lot</source>
        <translation>%1 is Approved met %2 min tijd voor tijd maar heeft geen toekenning</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is Approved but its lot %2 does not match it (source, status, minutes or employee)</source>
        <translation>%1 is Approved maar de toekenning %2 komt er niet mee overeen (bron, status, minuten of medewerker)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is Approved with TOIL but toil_status is %2</source>
        <translation>%1 is Approved met tijd voor tijd maar toil_status is %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is Approved without TOIL but has a lot</source>
        <translation>%1 is Approved zonder tijd voor tijd maar heeft een toekenning</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is Cancelled but its lot %2 is still live</source>
        <translation>%1 is Cancelled maar de toekenning %2 is nog actief</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is %2 but already has a lot</source>
        <translation>%1 is %2 maar heeft al een toekenning</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>lot %1 has no source timesheet</source>
        <translation>toekenning %1 heeft geen bronurenstaat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>lot %1 is live but its timesheet %2 is %3</source>
        <translation>toekenning %1 is actief maar de urenstaat %2 is %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lot %1 is cancelled but its timesheet %2 is %3</source>
        <translation>toekenning %1 is geannuleerd maar de urenstaat %2 is %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timesheets and lots</source>
        <translation>Urenstaten en toekenningen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n timesheet(s): every Approved one with TOIL has its lot, every lot its Approved timesheet, no Cancelled one keeps a live lot</source>
        <translation>
            <numerusform>%n urenstaat: elke Approved-urenstaat met tijd voor tijd heeft een toekenning, elke toekenning een Approved-urenstaat, geen Cancelled-urenstaat houdt een actieve toekenning</numerusform>
            <numerusform>%n urenstaten: elke Approved-urenstaat met tijd voor tijd heeft een toekenning, elke toekenning een Approved-urenstaat, geen Cancelled-urenstaat houdt een actieve toekenning</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: total_minutes %2 but its logs add up to %3</source>
        <translation>%1: total_minutes %2 maar de tijdregels tellen op tot %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 logs outside its period or of another employee</source>
        <translation>%1: %2 tijdregels buiten de periode of van een andere medewerker</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 logged %2 min on %3, more than a day has</source>
        <translation>%1 heeft %2 min geboekt op %3, meer dan een dag heeft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timesheet totals</source>
        <translation>Totalen van urenstaten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>totals match their logs, at most 24 hours a day per employee</source>
        <translation>totalen komen overeen met de tijdregels, hoogstens 24 uur per dag per medewerker</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 draws on %2, a lot of another employee</source>
        <translation>%1 neemt op uit %2, een toekenning van een andere medewerker</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is Open and holds a cancelled lot %2</source>
        <translation>%1 is Open en houdt een geannuleerde toekenning %2 vast</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is Approved for %2 min from %3 but the ledger took %4 min</source>
        <translation>%1 is Approved voor %2 min uit %3 maar de boekingen namen %4 min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is %2 for %3 min but its draws add up to %4 min</source>
        <translation>%1 is %2 voor %3 min maar de opnames tellen op tot %4 min</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is %2 but the ledger still holds %3 min against %4</source>
        <translation>%1 is %2 maar de boekingen houden nog %3 min vast op %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the ledger has %1 min of leave under %2, which is no leave application</source>
        <translation>de boekingen bevatten %1 min verlof onder %2, wat geen verlofaanvraag is</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open applications hold %1 min of %2, which has only %3 min</source>
        <translation>Openstaande aanvragen houden %1 min van %2 vast, die maar %3 min bevat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave applications</source>
        <translation>Verlofaanvragen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n application(s): Open ones reserve exactly their minutes, Approved ones&apos; draws match the ledger, Rejected and Cancelled ones hold nothing</source>
        <translation>
            <numerusform>%n aanvraag: Open-aanvragen reserveren precies hun minuten, de opnames van Approved-aanvragen komen overeen met de boekingen, Rejected- en Cancelled-aanvragen houden niets vast</numerusform>
            <numerusform>%n aanvragen: Open-aanvragen reserveren precies hun minuten, de opnames van Approved-aanvragen komen overeen met de boekingen, Rejected- en Cancelled-aanvragen houden niets vast</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <location filename="../core/JobRunner.cpp" line="+33"/>
        <source>job: a job and a due date are needed to claim a run</source>
        <translation>job: een taak en een geplande datum zijn nodig om een uitvoering te claimen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The claim on %1 for %2 vanished while it was read</source>
        <translation>De claim op %1 voor %2 verdween terwijl die werd gelezen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>interrupted: the runner stopped before it finished</source>
        <translation>onderbroken: de uitvoerder stopte voordat hij klaar was</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 for %2 was not claimed by this runner</source>
        <translation>%1 voor %2 is niet door deze uitvoerder geclaimd</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../core/Jobs.cpp" line="+140"/>
        <source>Dear %1,</source>
        <translation>Beste %1,</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Some of your Time Off in Lieu expires within the next %n day(s). Use it before the last day shown, or it is lost:</source>
        <translation>
            <numerusform>Een deel van uw tijd voor tijd vervalt binnen de komende dag. Gebruik het vóór de aangegeven laatste dag, anders gaat het verloren:</numerusform>
            <numerusform>Een deel van uw tijd voor tijd vervalt binnen de komende %n dagen. Gebruik het vóór de aangegeven laatste dag, anders gaat het verloren:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  %1: %2 h (%3 days) left, last day to use it %4</source>
        <translation>  %1: nog %2 u (%3 dagen), laatste dag om het te gebruiken %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In total %1 h (%2 days) expires soon.</source>
        <translation>In totaal vervalt binnenkort %1 u (%2 dagen).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This reminder was sent by Lieu.</source>
        <translation>Deze herinnering is verzonden door Lieu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your TOIL expires soon: %1 h by %2</source>
        <translation>Uw tijd voor tijd vervalt binnenkort: %1 u uiterlijk %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/Scheduler.cpp" line="+99"/>
        <source>%n lot(s) expired</source>
        <translation>
            <numerusform>%n toekenning vervallen</numerusform>
            <numerusform>%n toekenningen vervallen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n reminder(s) queued</source>
        <translation>
            <numerusform>%n herinnering in de wachtrij</numerusform>
            <numerusform>%n herinneringen in de wachtrij</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LaunchOptionsParser</name>
    <message>
        <location filename="../ui/shell/LaunchOptions.cpp" line="+19"/>
        <source>%1 needs a value</source>
        <translation>%1 heeft een waarde nodig</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>unknown argument &quot;%1&quot; (see lieu --help)</source>
        <translation>onbekend argument &quot;%1&quot; (zie lieu --help)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--as and --page go with --screenshot FILE</source>
        <translation>--as en --page horen bij --screenshot BESTAND</translation>
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
        <translation>Gebruik: lieu [opties]
Lieu, tijd voor tijd: uren boeken, overuren goedkeuren, tijd voor tijd opnemen en laten vervallen.

  --db PAD            een SQLite-bestand of mysql://GEBRUIKER@HOST[:POORT]/DATABASE (of LIEU_DB; standaard: de
                      keuze op de pagina Databaseverbinding, anders lieu.sqlite in de gegevensmap)
  --today JJJJ-MM-DD  doen alsof het vandaag die dag is (of LIEU_TODAY)
  --screenshot BESTAND  het hoofdvenster buiten beeld openen, als PNG opslaan en afsluiten
  --as GEBRUIKER      met --screenshot: de aangemelde gebruiker (standaard: de HR-gebruiker van de demo)
  --page ID           met --screenshot: de getoonde pagina (bijv. employee.timesheet)
  --version           de versie tonen

Zonder beeldscherm wordt het venster buiten beeld getekend en als PNG opgeslagen; het pad wordt getoond.
</translation>
    </message>
</context>
<context>
    <name>Leaves</name>
    <message>
        <location filename="../core/Leaves.cpp" line="+84"/>
        <source>Leave application %1 does not exist</source>
        <translation>Verlofaanvraag %1 bestaat niet</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>from_date: the date is missing</source>
        <translation>from_date: de datum ontbreekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to_date: the date is missing</source>
        <translation>to_date: de datum ontbreekt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to_date: %1 is before from_date %2</source>
        <translation>to_date: %1 ligt vóór from_date %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to_date: one application covers at most %1 days</source>
        <translation>to_date: een aanvraag beslaat hoogstens %1 dagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>half_day_date: %1 is not between %2 and %3</source>
        <translation>half_day_date: %1 ligt niet tussen %2 en %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>half_day_date: %1 is a weekend day or a holiday, not a working day</source>
        <translation>half_day_date: %1 is een weekenddag of feestdag, geen werkdag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 to %2: these days are holidays: no leave needed</source>
        <translation>%1 t/m %2: deze dagen zijn feestdagen: geen verlof nodig</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 t/m %3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The leave overlaps %1 on %2</source>
        <translation>Het verlof overlapt met %1 op %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Employee %1 is deactivated</source>
        <translation>Medewerker %1 is gedeactiveerd</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+36"/>
        <source>Insufficient TOIL Balance: the leave needs %1 h (%2 days) but %3 h (%4 days) is available on those days; short by %5 h (%6 days)</source>
        <translation>Onvoldoende tijd-voor-tijdsaldo: het verlof vraagt %1 u (%2 dagen), maar op die dagen is %3 u (%4 dagen) beschikbaar; tekort %5 u (%6 dagen)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Leave application %1 is %2: only an Open application can be approved</source>
        <translation>Verlofaanvraag %1 is %2: alleen een openstaande aanvraag (Open) kan worden goedgekeurd</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>status: &quot;%1&quot; is not a leave application status (%2)</source>
        <translation>status: &quot;%1&quot; is geen status van een verlofaanvraag (%2)</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>approve</source>
        <translation>goedkeuren</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>reason: say why the leave is rejected</source>
        <translation>reason: geef aan waarom het verlof wordt afgewezen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Leave application %1 is %2: only an Open application can be rejected</source>
        <translation>Verlofaanvraag %1 is %2: alleen een openstaande aanvraag (Open) kan worden afgewezen</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>reject</source>
        <translation>afwijzen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Leave application %1 is %2 and cannot be cancelled</source>
        <translation>Verlofaanvraag %1 is %2 en kan niet worden geannuleerd</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <location filename="../core/Ledger.cpp" line="+127"/>
        <source>Leave allocation %1 does not exist</source>
        <translation>Toekenning %1 bestaat niet</translation>
    </message>
</context>
<context>
    <name>MailCommands</name>
    <message>
        <location filename="../core/mail/MailCommands.cpp" line="+57"/>
        <source>%1: &quot;%2&quot; must be a whole number from 1 to 100000</source>
        <translation>%1: &quot;%2&quot; moet een geheel getal van 1 tot en met 100000 zijn</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>smtp_host is not set: &quot;lieuctl settings set smtp_host HOST&quot; (and smtp_port, smtp_security, smtp_user, smtp_from); the password comes from LIEU_SMTP_PASSWORD</source>
        <translation>smtp_host is niet ingesteld: &quot;lieuctl settings set smtp_host HOST&quot; (en smtp_port, smtp_security, smtp_user, smtp_from); het wachtwoord komt uit LIEU_SMTP_PASSWORD</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>outbox subcommand (list, show, send, retry)</source>
        <translation>subopdracht van outbox (list, show, send, retry)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>status: &quot;%1&quot; must be Not Sent, Sending, Sent or Error</source>
        <translation>status: &quot;%1&quot; moet Not Sent, Sending, Sent of Error zijn</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n poging</numerusform>
            <numerusform>%n pogingen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  next attempt %1</source>
        <translation>  volgende poging %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  waits for retry</source>
        <translation>  wacht op een nieuwe poging</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  sent %1</source>
        <translation>  verzonden %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <source>e-mail ID</source>
        <translation>e-mail-ID</translation>
    </message>
    <message numerus="yes">
        <location line="-6"/>
        <source>%1 to %2, %3, %n attempt(s)</source>
        <translation>
            <numerusform>%1 aan %2, %3, %n poging</numerusform>
            <numerusform>%1 aan %2, %3, %n pogingen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject: %1</source>
        <translation>Onderwerp: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is queued again (Not Sent)</source>
        <translation>%1 staat weer in de wachtrij (Not Sent)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown outbox subcommand &quot;%1&quot;</source>
        <translation>onbekende subopdracht van outbox &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>mail subcommand (test)</source>
        <translation>subopdracht van mail (test)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown mail subcommand &quot;%1&quot;</source>
        <translation>onbekende subopdracht van mail &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ADDRESS</source>
        <translation>ADRES</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lieu test e-mail</source>
        <translation>Test-e-mail van Lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a test e-mail from Lieu for %1.

If you can read it, the SMTP settings work.</source>
        <translation>Dit is een test-e-mail van Lieu voor %1.

Als u deze kunt lezen, werken de SMTP-instellingen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Test e-mail sent to %1 through %2:%3</source>
        <translation>Test-e-mail naar %1 verzonden via %2:%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The test e-mail was not sent: %1</source>
        <translation>De test-e-mail is niet verzonden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  outbox list [--status S]... [--limit N]  the e-mail queue, newest first
  outbox show ID | retry ID                one e-mail; requeue one in Error (or left Sending)
  outbox send [--limit N]                  send what is due now (password: LIEU_SMTP_PASSWORD)
</source>
        <translation>  outbox list [--status S]... [--limit N]  de e-mailwachtrij, nieuwste eerst
  outbox show ID | retry ID                één e-mail; een e-mail in Error (of blijven staan in Sending) opnieuw in de wachtrij zetten
  outbox send [--limit N]                  verzenden wat nu aan de beurt is (wachtwoord: LIEU_SMTP_PASSWORD)
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  mail test ADDRESS [--subject TEXT]       send a test e-mail with the SMTP settings
</source>
        <translation>  mail test ADDRESS [--subject TEXT]       een test-e-mail verzenden met de SMTP-instellingen
</translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <location filename="../core/Maintenance.cpp" line="+42"/>
        <source>Only HR or the database administrator can switch maintenance mode</source>
        <translation>Alleen HR of de databasebeheerder kan de onderhoudsmodus aan- of uitzetten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database has an older schema without maintenance mode: run &quot;lieuctl migrate&quot; first</source>
        <translation>De database heeft een ouder schema zonder onderhoudsmodus: voer eerst &quot;lieuctl migrate&quot; uit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>reason: at most %1 characters</source>
        <translation>reason: hoogstens %1 tekens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database is being serviced</source>
        <translation>er wordt onderhoud aan de database uitgevoerd</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <location filename="../core/Names.cpp" line="+46"/>
        <source>%1: &quot;%2&quot; is not a document name like %3</source>
        <translation>%1: &quot;%2&quot; is geen documentnaam zoals %3</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message numerus="yes">
        <location filename="../core/Notifications.cpp" line="+46"/>
        <source>%n timesheet(s) wait for your approval</source>
        <translation>
            <numerusform>%n urenstaat wacht op uw goedkeuring</numerusform>
            <numerusform>%n urenstaten wachten op uw goedkeuring</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n leave application(s) wait for your approval</source>
        <translation>
            <numerusform>%n verlofaanvraag wacht op uw goedkeuring</numerusform>
            <numerusform>%n verlofaanvragen wachten op uw goedkeuring</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 h (%2 days) of your TOIL expires within %n day(s), the first on %3</source>
        <translation>
            <numerusform>%1 u (%2 dagen) van uw tijd voor tijd vervalt binnen %n dag, het eerste deel op %3</numerusform>
            <numerusform>%1 u (%2 dagen) van uw tijd voor tijd vervalt binnen %n dagen, het eerste deel op %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../core/Outbox.cpp" line="+59"/>
        <source>recipient: &quot;%1&quot; is not an e-mail address</source>
        <translation>recipient: &quot;%1&quot; is geen e-mailadres</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>E-mail %1 is not in the outbox</source>
        <translation>E-mail %1 staat niet in het postvak uit</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Only HR can requeue e-mails</source>
        <translation>Alleen HR kan e-mails opnieuw in de wachtrij zetten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was sent on %2: nothing to retry</source>
        <translation>%1 is verzonden op %2: er is niets om opnieuw te proberen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is already waiting to be sent</source>
        <translation>%1 wacht al op verzending</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 is being sent right now; try again in %n minute(s) if it stays Sending</source>
        <translation>
            <numerusform>%1 wordt op dit moment verzonden; probeer het over %n minuut opnieuw als de e-mail in Sending blijft</numerusform>
            <numerusform>%1 wordt op dit moment verzonden; probeer het over %n minuten opnieuw als de e-mail in Sending blijft</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxSender</name>
    <message numerus="yes">
        <location filename="../core/mail/OutboxSender.cpp" line="+37"/>
        <source>%n e-mail(s) sent</source>
        <translation>
            <numerusform>%n e-mail verzonden</numerusform>
            <numerusform>%n e-mails verzonden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n mislukt</numerusform>
            <numerusform>%n mislukt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n unconfirmed (left Sending)</source>
        <translation>
            <numerusform>%n onbevestigd (in Sending gebleven)</numerusform>
            <numerusform>%n onbevestigd (in Sending gebleven)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n deferred (server unreachable)</source>
        <translation>
            <numerusform>%n uitgesteld (server onbereikbaar)</numerusform>
            <numerusform>%n uitgesteld (server onbereikbaar)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>smtp_from is not set: the outbox waits until it is</source>
        <translation>smtp_from is niet ingesteld: het postvak uit wacht tot dat wel zo is</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1; the server may have the message: check with the recipient, then &quot;lieuctl outbox retry %2&quot; to send it again</source>
        <translation>%1; de server heeft het bericht mogelijk ontvangen: controleer het bij de ontvanger en gebruik dan &quot;lieuctl outbox retry %2&quot; om het opnieuw te verzenden</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>smtp_from is not set: say which address Lieu sends from</source>
        <translation>smtp_from is niet ingesteld: geef aan vanaf welk adres Lieu verzendt</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../core/Permissions.cpp" line="+17"/>
        <source>The user &quot;%1&quot; is not an employee in this database</source>
        <translation>De gebruiker &quot;%1&quot; is geen medewerker in deze database</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The login of employee %1 has changed since &quot;%2&quot; signed in: sign in again</source>
        <translation>De gebruikersnaam van medewerker %1 is gewijzigd sinds &quot;%2&quot; zich heeft aangemeld: meld u opnieuw aan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user &quot;%1&quot; (%2) is deactivated</source>
        <translation>De gebruiker &quot;%1&quot; (%2) is gedeactiveerd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user &quot;%1&quot; no longer has the HR role: sign in again</source>
        <translation>De gebruiker &quot;%1&quot; heeft de HR-rol niet meer: meld u opnieuw aan</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 may not see the records of employee %2</source>
        <translation>%1 mag de gegevens van medewerker %2 niet inzien</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 may not create a timesheet for employee %2</source>
        <translation>%1 mag geen urenstaat aanmaken voor medewerker %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only employee %1 can %2 timesheet %3</source>
        <translation>Alleen medewerker %1 kan urenstaat %3 %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only employee %1 or HR can add time logs to timesheet %2</source>
        <translation>Alleen medewerker %1 of HR kan tijdregels aan urenstaat %2 toevoegen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nobody approves their own timesheet: %1 belongs to %2</source>
        <translation>Niemand keurt de eigen urenstaat goed: %1 is van %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>discard</source>
        <translation>verwijderen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>HR cannot cancel their own approved timesheet %1: the supervisor who approved it or another HR user can</source>
        <translation>HR kan de eigen goedgekeurde urenstaat %1 niet annuleren: de leidinggevende die hem heeft goedgekeurd of een andere HR-gebruiker kan dat wel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only HR or the supervisor who approved it can cancel timesheet %1</source>
        <translation>Alleen HR of de leidinggevende die hem heeft goedgekeurd kan urenstaat %1 annuleren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 may not apply for leave on behalf of employee %2</source>
        <translation>%1 mag geen verlof aanvragen namens medewerker %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nobody can %1 their own leave application (%2)</source>
        <translation>Niemand kan de eigen verlofaanvraag %1 (%2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only the immediate supervisor can %1 this leave application</source>
        <translation>Alleen de directe leidinggevende kan deze verlofaanvraag %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only employee %1 can cancel the Open leave application %2</source>
        <translation>Alleen medewerker %1 kan de openstaande verlofaanvraag %2 annuleren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>HR cannot cancel their own approved leave application %1: their supervisor or another HR user can</source>
        <translation>HR kan de eigen goedgekeurde verlofaanvraag %1 niet annuleren: de eigen leidinggevende of een andere HR-gebruiker kan dat wel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the supervisor or HR can cancel the approved leave application %1</source>
        <translation>Alleen de leidinggevende of HR kan de goedgekeurde verlofaanvraag %1 annuleren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only HR can edit employees</source>
        <translation>Alleen HR kan medewerkers bewerken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody changes their own HR role or deactivates themselves: another HR user or the administrator does it</source>
        <translation>Niemand wijzigt de eigen HR-rol of deactiveert zichzelf: dat doet een andere HR-gebruiker of de beheerder</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only HR can reset another person&apos;s password</source>
        <translation>Alleen HR kan het wachtwoord van iemand anders opnieuw instellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change your own password with the current one; a reset is for someone else&apos;s</source>
        <translation>Wijzig uw eigen wachtwoord met het huidige; opnieuw instellen is voor het wachtwoord van iemand anders</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only HR or the system runs the expiry and reminder jobs</source>
        <translation>Alleen HR of het systeem voert de verval- en herinneringstaken uit</translation>
    </message>
</context>
<context>
    <name>RemoveRowCommand</name>
    <message>
        <location filename="../ui/employee/GridCommands.cpp" line="+15"/>
        <source>remove row</source>
        <translation>rij verwijderen</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../core/export/Reports.cpp" line="+32"/>
        <source>Balances</source>
        <translation>Saldi</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <location line="+24"/>
        <location line="+29"/>
        <source>Employee</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+30"/>
        <location line="+24"/>
        <source>Employee name</source>
        <translation>Naam medewerker</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>As of</source>
        <translation>Per</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Available (hours)</source>
        <translation>Beschikbaar (uren)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Available (minutes)</source>
        <translation>Beschikbaar (minuten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available (days)</source>
        <translation>Beschikbaar (dagen)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pending (hours)</source>
        <translation>In behandeling (uren)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pending (minutes)</source>
        <translation>In behandeling (minuten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiring within %1 days (hours)</source>
        <translation>Vervalt binnen %1 dagen (uren)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expiring (minutes)</source>
        <translation>Vervallend (minuten)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next expiry</source>
        <translation>Volgende verval</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Ledger</source>
        <translation>Boekingen</translation>
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
        <translation>Soort boeking</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Transaction</source>
        <translation>Boeking</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>Allocation</source>
        <translation>Toekenning</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+24"/>
        <location line="+28"/>
        <source>Hours</source>
        <translation>Uren</translation>
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
        <translation>Dagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expired</source>
        <translation>Vervallen</translation>
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
        <translation>Nee</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Timesheets</source>
        <translation>Urenstaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>Timesheet</source>
        <translation>Urenstaat</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TOIL (hours)</source>
        <translation>Tijd voor tijd (uren)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TOIL (minutes)</source>
        <translation>Tijd voor tijd (minuten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOIL (days)</source>
        <translation>Tijd voor tijd (dagen)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TOIL status</source>
        <translation>Status tijd voor tijd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approved by</source>
        <translation>Goedgekeurd door</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Time logs</source>
        <translation>Tijdregels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Billable</source>
        <translation>Declarabel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>kind: &quot;%1&quot; is not an export (balances, ledger or timesheets)</source>
        <translation>kind: &quot;%1&quot; is geen export (balances, ledger of timesheets)</translation>
    </message>
</context>
<context>
    <name>SeedAccrualPolicy</name>
    <message>
        <location filename="../core/Accrual.cpp" line="-58"/>
        <source>Seed rule: non-billable hours are TOIL</source>
        <translation>Basisregel: niet-declarabele uren zijn tijd voor tijd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rule: %1</source>
        <translation>Regel: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no activity)</source>
        <translation>(geen activiteit)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1  %2  %3 h billable: not counted</source>
        <translation>%1  %2  %3 u declarabel: niet geteld</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (x%1% on a weekend or holiday)</source>
        <translation> (x%1% in het weekend of op een feestdag)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1  %2  %3 h non-billable: counted %4 h%5</source>
        <translation>%1  %2  %3 u niet-declarabel: %4 u geteld%5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total TOIL: %1 h = %2 days at %3 h per TOIL day</source>
        <translation>Tijd voor tijd totaal: %1 u = %2 dagen bij %3 u per compensatiedag</translation>
    </message>
</context>
<context>
    <name>SetCellCommand</name>
    <message>
        <location filename="../ui/employee/GridCommands.cpp" line="-33"/>
        <location line="+4"/>
        <source>change %1</source>
        <translation>%1 wijzigen</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>change billable</source>
        <translation>declarabel wijzigen</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../core/Settings.cpp" line="+54"/>
        <location line="+59"/>
        <source>Only HR can change settings</source>
        <translation>Alleen HR kan instellingen wijzigen</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>setting: &quot;%1&quot; is not a Lieu setting</source>
        <translation>setting: &quot;%1&quot; is geen Lieu-instelling</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: &quot;%2&quot; must be a whole number from %3 to %4</source>
        <translation>%1: &quot;%2&quot; moet een geheel getal van %3 tot en met %4 zijn</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: &quot;%2&quot; must be &quot;seed&quot; or &quot;contracted&quot;</source>
        <translation>%1: &quot;%2&quot; moet &quot;seed&quot; of &quot;contracted&quot; zijn</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: &quot;%2&quot; must list weekdays 1 (Monday) to 7 (Sunday), e.g. 6,7</source>
        <translation>%1: &quot;%2&quot; moet weekdagen van 1 (maandag) tot 7 (zondag) opsommen, bijv. 6,7</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the organisation needs a name</source>
        <translation>%1: de organisatie heeft een naam nodig</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The leave type &quot;%1&quot; is missing: run &quot;lieuctl init&quot;</source>
        <translation>Het verloftype &quot;%1&quot; ontbreekt: voer &quot;lieuctl init&quot; uit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only HR can change the TOIL leave type</source>
        <translation>Alleen HR kan het verloftype voor tijd voor tijd wijzigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expire_carry_forwarded_leaves_after_days: %1 must be from 1 to 3660 days</source>
        <translation>expire_carry_forwarded_leaves_after_days: %1 moet tussen 1 en 3660 dagen liggen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>allow_negative: TOIL cannot go negative in Lieu; leave it off</source>
        <translation>allow_negative: tijd voor tijd kan in Lieu niet negatief worden; laat dit uit</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <location filename="../core/Setup.cpp" line="+21"/>
        <source>user_id: the first HR user needs a login to sign in with</source>
        <translation>user_id: de eerste HR-gebruiker heeft een gebruikersnaam nodig om zich aan te melden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This database already has employees: the first-start set-up is only for an empty one</source>
        <translation>Deze database bevat al medewerkers: de eerste inrichting is alleen voor een lege database</translation>
    </message>
</context>
<context>
    <name>SmtpClient</name>
    <message>
        <location filename="../core/mail/SmtpClient.cpp" line="+123"/>
        <source>%1: the server&apos;s answer is not SMTP: &quot;%2&quot;</source>
        <translation>%1: het antwoord van de server is geen SMTP: &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1: the server answered %2 %3</source>
        <translation>%1: de server antwoordde %2 %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>TLS certificate refused: %1</source>
        <translation>TLS-certificaat geweigerd: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server closed the connection</source>
        <translation>de server heeft de verbinding gesloten</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>geen antwoord binnen %n seconde</numerusform>
            <numerusform>geen antwoord binnen %n seconden</numerusform>
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
        <translation>smtp_ca_file: er kon geen PEM-certificaat worden gelezen uit &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>connecting to %1:%2 (%3)</source>
        <translation>verbinden met %1:%2 (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TLS connection</source>
        <translation>TLS-verbinding</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>connection</source>
        <translation>verbinding</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>STARTTLS: %1:%2 does not offer STARTTLS; set smtp_security to &quot;tls&quot; or &quot;none&quot; if that is intended</source>
        <translation>STARTTLS: %1:%2 biedt geen STARTTLS aan; zet smtp_security op &quot;tls&quot; of &quot;none&quot; als dat de bedoeling is</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>TLS handshake</source>
        <translation>TLS-handshake</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>AUTH as %1</source>
        <translation>AUTH als %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>AUTH: %1:%2 offers no authentication on this connection; check smtp_security</source>
        <translation>AUTH: %1:%2 biedt geen authenticatie aan op deze verbinding; controleer smtp_security</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AUTH: %1:%2 offers only %3; Lieu speaks PLAIN and LOGIN</source>
        <translation>AUTH: %1:%2 biedt alleen %3 aan; Lieu spreekt PLAIN en LOGIN</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+2"/>
        <source>greeting</source>
        <translation>begroeting</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: &quot;%2&quot; is not an e-mail address</source>
        <translation>%1: &quot;%2&quot; is geen e-mailadres</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the message has no recipient</source>
        <translation>het bericht heeft geen ontvanger</translation>
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
            <numerusform>C: (bericht, %n byte)</numerusform>
            <numerusform>C: (bericht, %n bytes)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>message</source>
        <translation>bericht</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>end of message</source>
        <translation>einde van het bericht</translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <location filename="../core/export/Statement.cpp" line="+46"/>
        <source>Not yet valid</source>
        <translation>Nog niet geldig</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Expired</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Used</source>
        <translation>Gebruikt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Valid</source>
        <translation>Geldig</translation>
    </message>
</context>
<context>
    <name>StatementPdf</name>
    <message>
        <location filename="../ui/report/StatementPdf.cpp" line="+114"/>
        <source>TOIL statement</source>
        <translation>Overzicht tijd voor tijd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Statement date %1</source>
        <translation>Overzichtsdatum %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No supervisor assigned</source>
        <translation>Geen leidinggevende toegewezen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Supervisor: %1</source>
        <translation>Leidinggevende: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 h</source>
        <translation>%1 u</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 days</source>
        <translation>%1 dagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Available on %1</source>
        <translation>Beschikbaar op %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending leave</source>
        <translation>Verlof in behandeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiring within %1 days</source>
        <translation>Vervalt binnen %1 dagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next expiry</source>
        <translation>Volgende verval</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>TOIL lots</source>
        <translation>Toekenningen tijd voor tijd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lot</source>
        <translation>Toekenning</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Timesheet</source>
        <translation>Urenstaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from</source>
        <translation>Geldig vanaf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid until</source>
        <translation>Geldig tot en met</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accrued</source>
        <translation>Opgebouwd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used</source>
        <translation>Gebruikt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left</source>
        <translation>Resterend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No TOIL has been accrued.</source>
        <translation>Er is geen tijd voor tijd opgebouwd.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>and %n earlier lot(s), not shown</source>
        <translation>
            <numerusform>en %n eerdere toekenning, niet getoond</numerusform>
            <numerusform>en %n eerdere toekenningen, niet getoond</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All lots: accrued %1 h, used %2 h, expired %3 h</source>
        <translation>Alle toekenningen: opgebouwd %1 u, gebruikt %2 u, vervallen %3 u</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>TOIL leave</source>
        <translation>Verlof uit tijd voor tijd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application</source>
        <translation>Aanvraag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Half day</source>
        <translation>Halve dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No TOIL leave applied for.</source>
        <translation>Geen verlof uit tijd voor tijd aangevraagd.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>and %n earlier application(s), not shown</source>
        <translation>
            <numerusform>en %n eerdere aanvraag, niet getoond</numerusform>
            <numerusform>en %n eerdere aanvragen, niet getoond</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Each lot is valid from the day after its timesheet&apos;s period for its own term; leave draws on the lot that expires first. The available balance is the ledger&apos;s sum for the lots valid on the statement date.</source>
        <translation>Elke toekenning is geldig vanaf de dag na de periode van de urenstaat, voor een eigen termijn; verlof wordt opgenomen uit de toekenning die het eerst vervalt. Het beschikbare saldo is de som van de boekingen van de toekenningen die op de overzichtsdatum geldig zijn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One TOIL day is %1 h. Generated %2 UTC by Lieu.</source>
        <translation>Eén compensatiedag is %1 u. Gemaakt op %2 UTC door Lieu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>TOIL statement: %1</source>
        <translation>Overzicht tijd voor tijd: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>Cannot write the statement to %1</source>
        <translation>Kan het overzicht niet naar %1 schrijven</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <location filename="../core/Text.cpp" line="+24"/>
        <source>at most %1 characters (this has %2)</source>
        <translation>hoogstens %1 tekens (dit heeft er %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is not valid UTF-8 text (character %1 is U+FFFD, the mark of a wrong encoding)</source>
        <translation>het is geen geldige UTF-8-tekst (teken %1 is U+FFFD, het kenmerk van een verkeerde codering)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is not valid text (character %1 is half of a surrogate pair)</source>
        <translation>het is geen geldige tekst (teken %1 is de helft van een surrogaatpaar)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>character %1 is the control character U+%2; only printable text is allowed</source>
        <translation>teken %1 is het stuurteken U+%2; alleen afdrukbare tekst is toegestaan</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: &quot;%2&quot; cannot be stored: %3</source>
        <translation>%1: &quot;%2&quot; kan niet worden opgeslagen: %3</translation>
    </message>
</context>
<context>
    <name>Timesheets</name>
    <message>
        <location filename="../core/Timesheets.cpp" line="+94"/>
        <source>Timesheet %1 does not exist</source>
        <translation>Urenstaat %1 bestaat niet</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>time log %1: the date is missing or does not exist</source>
        <translation>tijdregel %1: de datum ontbreekt of bestaat niet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>time log %1: date %2 is outside the timesheet period %3 to %4</source>
        <translation>tijdregel %1: datum %2 valt buiten de periode van de urenstaat, %3 t/m %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>time log %1: date %2 is in the future (today is %3)</source>
        <translation>tijdregel %1: datum %2 ligt in de toekomst (vandaag is het %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>time log %1 (%2): hours must be more than zero, not %3</source>
        <translation>tijdregel %1 (%2): de uren moeten meer dan nul zijn, niet %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>time log %1 (%2): %3 hours is more than a day has</source>
        <translation>tijdregel %1 (%2): %3 uur is meer dan een dag heeft</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: %2 hours logged on one day (%3 in other timesheets); at most 24 hours a day</source>
        <translation>%1: %2 uur op één dag geboekt (%3 in andere urenstaten); hoogstens 24 uur per dag</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>start_date: the date is missing</source>
        <translation>start_date: de datum ontbreekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>end_date: the date is missing</source>
        <translation>end_date: de datum ontbreekt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>end_date: %1 is before start_date %2</source>
        <translation>end_date: %1 ligt vóór start_date %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>end_date: a timesheet covers at most %1 days</source>
        <translation>end_date: een urenstaat beslaat hoogstens %1 dagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Employee %1 is deactivated</source>
        <translation>Medewerker %1 is gedeactiveerd</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>edit</source>
        <translation>bewerken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timesheet %1 is %2: only a Draft or Rejected timesheet can be edited</source>
        <translation>Urenstaat %1 is %2: alleen een urenstaat in concept (Draft) of afgewezen (Rejected) kan worden bewerkt</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Timesheet %1 is %2: logs can be added only to a Draft</source>
        <translation>Urenstaat %1 is %2: tijdregels kunnen alleen aan een concept (Draft) worden toegevoegd</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>send</source>
        <translation>indienen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timesheet %1 is %2: only a Draft or Rejected timesheet can be sent for approval</source>
        <translation>Urenstaat %1 is %2: alleen een urenstaat in concept (Draft) of afgewezen (Rejected) kan ter goedkeuring worden ingediend</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timesheet %1 has no time logs: add the hours before sending it</source>
        <translation>Urenstaat %1 heeft geen tijdregels: voeg de uren toe voordat u hem indient</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Timesheet %1 is %2: only a timesheet Awaiting Approval can be approved</source>
        <translation>Urenstaat %1 is %2: alleen een urenstaat die op goedkeuring wacht (Awaiting Approval) kan worden goedgekeurd</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>status: &quot;%1&quot; is not a timesheet status (%2)</source>
        <translation>status: &quot;%1&quot; is geen status van een urenstaat (%2)</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Only the immediate supervisor can approve this timesheet</source>
        <translation>Alleen de directe leidinggevende kan deze urenstaat goedkeuren</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cap: the balance is %1 h and the cap is %2 h, so %3 h accrued and %4 h were not accrued</source>
        <translation>Plafond: het saldo is %1 u en het plafond %2 u, dus is %3 u opgebouwd en %4 u niet</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>reason: say why the timesheet is rejected</source>
        <translation>reason: geef aan waarom de urenstaat wordt afgewezen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Timesheet %1 is %2: only a timesheet Awaiting Approval can be rejected</source>
        <translation>Urenstaat %1 is %2: alleen een urenstaat die op goedkeuring wacht (Awaiting Approval) kan worden afgewezen</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Only the immediate supervisor can reject this timesheet</source>
        <translation>Alleen de directe leidinggevende kan deze urenstaat afwijzen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cannot cancel timesheet - TOIL consumed by %1: cancel those leave applications first</source>
        <translation>Kan urenstaat niet annuleren - tijd voor tijd verbruikt door %1: annuleer eerst die verlofaanvragen</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Timesheet %1 is %2 and cannot be cancelled</source>
        <translation>Urenstaat %1 is %2 en kan niet worden geannuleerd</translation>
    </message>
</context>
<context>
    <name>TrackerFile</name>
    <message>
        <location filename="../core/import/TrackerFile.cpp" line="+170"/>
        <source>Detect from the header</source>
        <translation>Herkennen aan de kopregel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toggl Track detailed report</source>
        <translation>Toggl Track – gedetailleerd rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clockify detailed report</source>
        <translation>Clockify – gedetailleerd rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kimai timesheet export</source>
        <translation>Kimai – export van urenregistratie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harvest detailed time report</source>
        <translation>Harvest – gedetailleerd urenrapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generic CSV (date, hours, billable, activity, description, email)</source>
        <translation>Algemene CSV (date, hours, billable, activity, description, email)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: &quot;%2&quot; is not a layout (toggl, clockify, kimai, harvest, generic or auto)</source>
        <translation>%1: &quot;%2&quot; is geen indeling (toggl, clockify, kimai, harvest, generic of auto)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: &quot;%2&quot; is not a date order (dmy, mdy, ymd or detect)</source>
        <translation>%1: &quot;%2&quot; is geen datumvolgorde (dmy, mdy, ymd of detect)</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>line 1: the %1 layout needs the column(s) %2; the header has: %3</source>
        <translation>regel 1: de indeling %1 heeft de kolom(men) %2 nodig; de kopregel heeft: %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>line 1: the header matches no known layout (Toggl Track, Clockify, Kimai, Harvest, or the generic date, hours, billable, activity, description, email); it has: %1</source>
        <translation>regel 1: de kopregel past bij geen bekende indeling (Toggl Track, Clockify, Kimai, Harvest of de algemene date, hours, billable, activity, description, email); hij heeft: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The dates disagree: &quot;%1&quot; on line %2 is day-first but &quot;%3&quot; on line %4 is month-first</source>
        <translation>De datums spreken elkaar tegen: &quot;%1&quot; op regel %2 heeft de dag eerst, maar &quot;%3&quot; op regel %4 de maand</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dates such as &quot;%1&quot; (line %2) can be read day-first or month-first and no date in the file tells which: choose the date order (dmy or mdy)</source>
        <translation>Datums zoals &quot;%1&quot; (regel %2) kunnen met de dag of met de maand eerst worden gelezen en geen enkele datum in het bestand maakt dat duidelijk: kies de datumvolgorde (dmy of mdy)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>line %1, column %2 (%3): %4</source>
        <translation>regel %1, kolom %2 (%3): %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the first name is empty</source>
        <translation>de voornaam is leeg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the last name is empty</source>
        <translation>de achternaam is leeg</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the e-mail address is empty</source>
        <translation>het e-mailadres is leeg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>&quot;%1&quot; is geen e-mailadres</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the date is empty</source>
        <translation>de datum is leeg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a date that exists (read as %2)</source>
        <translation>&quot;%1&quot; is geen bestaande datum (gelezen als %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day-first</source>
        <translation>dag eerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month-first</source>
        <translation>maand eerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year-first</source>
        <translation>jaar eerst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a date that exists</source>
        <translation>&quot;%1&quot; is geen bestaande datum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a time of day (write 09:00, 09:00:00 or 9:00 AM)</source>
        <translation>&quot;%1&quot; is geen tijdstip (schrijf 09:00, 09:00:00 of 9:00 AM)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a time of day (write 17:30, 17:30:00 or 5:30 PM)</source>
        <translation>&quot;%1&quot; is geen tijdstip (schrijf 17:30, 17:30:00 of 5:30 PM)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&quot;%1&quot; is not an amount of hours (write 7.5, 7,5, 7:30 or 07:30:00)</source>
        <translation>&quot;%1&quot; is geen aantal uren (schrijf 7.5, 7,5, 7:30 of 07:30:00)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the entry ends before it starts</source>
        <translation>de regel eindigt voordat hij begint</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the duration is empty and there are no start and end times to count it from</source>
        <translation>de duur is leeg en er zijn geen begin- en eindtijden om hem uit te berekenen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 hours is more than a day has</source>
        <translation>%1 uur is meer dan een dag heeft</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>empty; write Yes or No</source>
        <translation>leeg; schrijf Yes of No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is neither Yes nor No</source>
        <translation>&quot;%1&quot; is geen Yes en geen No</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the activity &quot;%1&quot; cannot be stored: %2</source>
        <translation>de activiteit &quot;%1&quot; kan niet worden opgeslagen: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the description &quot;%1&quot; cannot be stored: %2</source>
        <translation>de omschrijving &quot;%1&quot; kan niet worden opgeslagen: %2</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../core/Units.cpp" line="+52"/>
        <source>%1: &quot;%2&quot; is not an amount of hours (write 7.5, 7:30 or 07:30:00)</source>
        <translation>%1: &quot;%2&quot; is geen aantal uren (schrijf 7.5, 7:30 of 07:30:00)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1: &quot;%2&quot; is not a date that exists (write YYYY-MM-DD)</source>
        <translation>%1: &quot;%2&quot; is geen bestaande datum (schrijf JJJJ-MM-DD)</translation>
    </message>
</context>
<context>
    <name>WorkCalendar</name>
    <message>
        <location filename="../core/WorkCalendar.cpp" line="+67"/>
        <location line="+19"/>
        <source>Only HR can change the holiday list</source>
        <translation>Alleen HR kan de lijst met feestdagen wijzigen</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>holiday_date: the date is missing</source>
        <translation>holiday_date: de datum ontbreekt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>holiday_date: %1 is already a holiday</source>
        <translation>holiday_date: %1 is al een feestdag</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is not on the holiday list</source>
        <translation>%1 staat niet op de lijst met feestdagen</translation>
    </message>
</context>
<context>
    <name>lieu::ui</name>
    <message>
        <location filename="../ui/hr/HrPages.cpp" line="+36"/>
        <source>Employees</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holidays</source>
        <translation>Feestdagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOIL settings</source>
        <translation>Instellingen tijd voor tijd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log</source>
        <translation>Auditlogboek</translation>
    </message>
</context>
<context>
    <name>lieu::ui::ApplyLeaveDialog</name>
    <message>
        <location filename="../ui/employee/ApplyLeaveDialog.cpp" line="+26"/>
        <source>&amp;One half day:</source>
        <translation>&amp;Eén halve dag:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Apply for leave</source>
        <translation>Verlof aanvragen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>First day of leave</source>
        <translation>Eerste verlofdag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day of leave</source>
        <translation>Laatste verlofdag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Half day date</source>
        <translation>Datum van de halve dag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One of the days is a half day</source>
        <translation>Een van de dagen is een halve dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional: what the leave is for</source>
        <translation>Optioneel: waarvoor het verlof is</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;From:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Tot en met:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What it counts</source>
        <translation>Wat er telt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Working days:</source>
        <translation>Werkdagen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave:</source>
        <translation>Verlof:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance before:</source>
        <translation>Saldo vooraf:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance after:</source>
        <translation>Saldo achteraf:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken from:</source>
        <translation>Opgenomen uit:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Apply</source>
        <translation>&amp;Aanvragen</translation>
    </message>
    <message>
        <location line="+113"/>
        <source> (half)</source>
        <translation> (half)</translation>
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
        <translation>Saldo achteraf: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2 h (last day %3)</source>
        <translation>%1 %2 u (laatste dag %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>and %1 more</source>
        <translation>en nog %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no TOIL lot covers these days</source>
        <translation>geen toekenning tijd voor tijd dekt deze dagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not enough TOIL valid on these days: short by %1.</source>
        <translation>Niet genoeg tijd voor tijd geldig op deze dagen: tekort %1.</translation>
    </message>
</context>
<context>
    <name>lieu::ui::AuditModel</name>
    <message>
        <location filename="../ui/hr/HrModels.cpp" line="+279"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document type</source>
        <translation>Documenttype</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Wijziging</translation>
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
        <translation>(niets)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Document type</source>
        <translation>Documenttype</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. TS-00012 or EMP-0003</source>
        <translation>bijv. TS-00012 of EMP-0003</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From date</source>
        <translation>Vanaf datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To date</source>
        <translation>Tot en met datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear filters</source>
        <translation>Filters &amp;wissen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Document &amp;type:</source>
        <translation>Document&amp;type:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Document:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Who:</source>
        <translation>&amp;Wie:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Action:</source>
        <translation>&amp;Actie:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;From:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;o:</source>
        <translation>T&amp;ot en met:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search the entries shown</source>
        <translation>De getoonde regels doorzoeken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the audit entries</source>
        <translation>De auditregels doorzoeken</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Audit log</source>
        <translation>Auditlogboek</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Before</source>
        <translation>Voor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Na</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 the change</source>
        <translation>%1: de wijziging</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The latest %1 entries</source>
        <translation>De laatste %1 regels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 entries</source>
        <translation>%1 regels</translation>
    </message>
</context>
<context>
    <name>lieu::ui::ChartsPage</name>
    <message>
        <location filename="../ui/charts/ChartsPage.cpp" line="+60"/>
        <source>hours</source>
        <translation>uren</translation>
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
        <translation>Iedereen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;fresh</source>
        <translation>Ver&amp;nieuwen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>TOIL balance per employee</source>
        <translation>Saldo tijd voor tijd per medewerker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOIL accrued, used and expired per month</source>
        <translation>Tijd voor tijd opgebouwd, gebruikt en vervallen per maand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOIL expiring in the next 90 days, by week</source>
        <translation>Tijd voor tijd die in de komende 90 dagen vervalt, per week</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not read the figures.</source>
        <translation>De cijfers konden niet worden gelezen.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>As of %1</source>
        <translation>Per %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1&apos;s team (%2)</source>
        <translation>Team van %1 (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Balance per employee (the %1 largest of %2)</source>
        <translation>Saldo per medewerker (de %1 grootste van %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance per employee</source>
        <translation>Saldo per medewerker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available today</source>
        <translation>Vandaag beschikbaar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2 h</source>
        <translation>%1: %2 u</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Accrued, used and expired per month</source>
        <translation>Opgebouwd, gebruikt en vervallen per maand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accrued</source>
        <translation>Opgebouwd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used</source>
        <translation>Gebruikt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: accrued %2 h, used %3 h, expired %4 h</source>
        <translation>%1: opgebouwd %2 u, gebruikt %3 u, vervallen %4 u</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Expiring in the next %1 days, by week</source>
        <translation>Vervalt in de komende %1 dagen, per week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires unless used</source>
        <translation>Vervalt als het niet wordt gebruikt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>week of %1: %2 h</source>
        <translation>week van %1: %2 u</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>week starting</source>
        <translation>week vanaf</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing expires in the next %1 days</source>
        <translation>Er vervalt niets in de komende %1 dagen</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Balance charts</source>
        <translation>Saldografieken</translation>
    </message>
</context>
<context>
    <name>lieu::ui::ConnectionPage</name>
    <message>
        <location filename="../ui/connection/ConnectionPage.cpp" line="+27"/>
        <source>&lt;h2&gt;Database connection&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Databaseverbinding&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In use now: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Nu in gebruik: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This computer only (a database file)</source>
        <translation>Alleen deze computer (een databasebestand)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A shared MariaDB or MySQL server</source>
        <translation>Een gedeelde MariaDB- of MySQL-server</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+32"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>db.example.org</source>
        <translation>db.example.org</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remember the password in this computer&apos;s keychain</source>
        <translation>Het wachtwoord onthouden in de sleutelhanger van deze computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt the connection (TLS)</source>
        <translation>De verbinding versleutelen (TLS)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the system&apos;s authorities</source>
        <translation>de certificeringsinstanties van het systeem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port:</source>
        <translation>Poort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account:</source>
        <translation>Account:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>Wachtwoord:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certificate authority:</source>
        <translation>Certificeringsinstantie:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test connection</source>
        <translation>Verbinding testen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A saved connection is used from the next start of Lieu. Every desktop of a team points at the same server; the server&apos;s administrator gives each team an account (see the documentation on shared databases).</source>
        <translation>Een opgeslagen verbinding wordt gebruikt vanaf de volgende start van Lieu. Elke desktop van een team verwijst naar dezelfde server; de beheerder van de server geeft elk team een account (zie de documentatie over gedeelde databases).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Database connection</source>
        <translation>Databaseverbinding</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Lieu database file</source>
        <translation>Lieu-databasebestand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lieu databases (*.sqlite)</source>
        <translation>Lieu-databases (*.sqlite)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server&apos;s certificate authority</source>
        <translation>De certificeringsinstantie van de server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificaten (*.pem *.crt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 does not exist yet: Lieu creates it when it starts with this setting</source>
        <translation>%1 bestaat nog niet: Lieu maakt het aan wanneer het met deze instelling start</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connected to %1 (server %2) as %3.</source>
        <translation>Verbonden met %1 (server %2) als %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection is not encrypted.</source>
        <translation>De verbinding is niet versleuteld.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The connection is encrypted (%1).</source>
        <translation>De verbinding is versleuteld (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened %1.</source>
        <translation>%1 geopend.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This database holds something other than Lieu: choose another.</source>
        <translation>Deze database bevat iets anders dan Lieu: kies een andere.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database is empty: the administrator prepares it with &quot;lieuctl migrate&quot;.</source>
        <translation>De database is leeg: de beheerder richt hem in met &quot;lieuctl migrate&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its schema is version %1; this Lieu needs %2: the administrator upgrades it with &quot;lieuctl migrate&quot;.</source>
        <translation>Het schema heeft versie %1; deze Lieu heeft %2 nodig: de beheerder werkt het bij met &quot;lieuctl migrate&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schema version %1 (this Lieu knows %2).</source>
        <translation>Schemaversie %1 (deze Lieu kent %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No connection: %1</source>
        <translation>Geen verbinding: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved: Lieu opens %1 from its next start.</source>
        <translation>Opgeslagen: Lieu opent %1 vanaf de volgende start.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The password is in this computer&apos;s keychain.</source>
        <translation>Het wachtwoord staat in de sleutelhanger van deze computer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password was not remembered (%1): Lieu asks for it at the start.</source>
        <translation>Het wachtwoord is niet onthouden (%1): Lieu vraagt erom bij het starten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password is not remembered: Lieu asks for it at the start.</source>
        <translation>Het wachtwoord wordt niet onthouden: Lieu vraagt erom bij het starten.</translation>
    </message>
</context>
<context>
    <name>lieu::ui::Display</name>
    <message>
        <location filename="../ui/common/Display.cpp" line="+32"/>
        <source>%1 h (%2 days)</source>
        <translation>%1 u (%2 dagen)</translation>
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
        <translation>Een medewerker toevoegen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Employee ID</source>
        <translation>Medewerker-ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. EMP-0009</source>
        <translation>bijv. EMP-0009</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Employee &amp;ID:</source>
        <translation>Medewerker-&amp;ID:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full name</source>
        <translation>Volledige naam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full &amp;name:</source>
        <translation>Volledige &amp;naam:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty: cannot sign in</source>
        <translation>leeg: kan zich niet aanmelden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reports to</source>
        <translation>Rapporteert aan</translation>
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
        <translation>%1 (%2, gedeactiveerd)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The immediate supervisor: the one person who approves this employee&apos;s timesheets</source>
        <translation>De directe leidinggevende: de enige persoon die de urenstaten van deze medewerker goedkeurt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reports to:</source>
        <translation>&amp;Rapporteert aan:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;HR: manages employees, holidays and settings, sees every record</source>
        <translation>&amp;HR: beheert medewerkers, feestdagen en instellingen, ziet alle gegevens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Active (can sign in and log hours)</source>
        <translation>&amp;Actief (kan zich aanmelden en uren boeken)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date of joining</source>
        <translation>Datum in dienst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of &amp;joining:</source>
        <translation>Datum in &amp;dienst:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lea&amp;ves on</source>
        <translation>Ve&amp;rtrekt op</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Relieving date</source>
        <translation>Datum uit dienst</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Relieving date:</source>
        <translation>Datum uit dienst:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contracted hours a day</source>
        <translation>Contracturen per dag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used by the &quot;hours above the contracted day&quot; accrual policy; write 7.5 or 7:30</source>
        <translation>Gebruikt door de regel &quot;uren boven de contractdag&quot;; schrijf 7.5 of 7:30</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contracted &amp;hours a day:</source>
        <translation>Contract&amp;uren per dag:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
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
        <translation>Geen gebruikersnaam: kan zich niet aanmelden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Supervisor</source>
        <translation>Leidinggevende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HR</source>
        <translation>HR</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deactivated</source>
        <translation>Gedeactiveerd</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports to</source>
        <translation>Rapporteert aan</translation>
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
        <translation>In dienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours a day</source>
        <translation>Uren per dag</translation>
    </message>
</context>
<context>
    <name>lieu::ui::EmployeesPage</name>
    <message>
        <location filename="../ui/hr/EmployeesPage.cpp" line="+28"/>
        <source>Search by name, ID, e-mail, login or supervisor</source>
        <translation>Zoeken op naam, ID, e-mail, gebruikersnaam of leidinggevende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search employees</source>
        <translation>Medewerkers zoeken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;deactivated</source>
        <translation>&amp;Gedeactiveerde tonen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Employees</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reset &amp;password…</source>
        <translation>&amp;Wachtwoord opnieuw instellen…</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Ac&amp;tivate</source>
        <translation>Ac&amp;tiveren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deac&amp;tivate</source>
        <translation>Deac&amp;tiveren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no login: give them one with Edit first</source>
        <translation>%1 heeft geen gebruikersnaam: geef eerst een via Bewerken</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2) added.</source>
        <translation>%1 (%2) toegevoegd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2) added. Set a password with Reset password so they can sign in.</source>
        <translation>%1 (%2) toegevoegd. Stel een wachtwoord in via &quot;Wachtwoord opnieuw instellen&quot; zodat de persoon zich kan aanmelden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (%2) saved.</source>
        <translation>%1 (%2) opgeslagen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2) deactivated: they can no longer sign in.</source>
        <translation>%1 (%2) gedeactiveerd: de persoon kan zich niet meer aanmelden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2) is active again.</source>
        <translation>%1 (%2) is weer actief.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New password set for %1 (%2).</source>
        <translation>Nieuw wachtwoord ingesteld voor %1 (%2).</translation>
    </message>
</context>
<context>
    <name>lieu::ui::FirstStartDialog</name>
    <message>
        <location filename="../ui/shell/FirstStartDialog.cpp" line="+26"/>
        <source>Welcome to Lieu</source>
        <translation>Welkom bij Lieu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This Lieu database is new and empty. Would you like to look around a demo organisation first, or set up your own?</source>
        <translation>Deze Lieu-database is nieuw en leeg. Wilt u eerst rondkijken in een demo-organisatie, of uw eigen organisatie inrichten?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the demo</source>
        <translation>De demo openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A small organisation with months of history. Sign in as %1 (HR), %2 (supervisor) or %3 (employee); the password is &quot;%4&quot;.</source>
        <translation>Een kleine organisatie met maanden geschiedenis. Meld u aan als %1 (HR), %2 (leidinggevende) of %3 (medewerker); het wachtwoord is &quot;%4&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set up my organisation</source>
        <translation>Mijn organisatie inrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name it, choose the TOIL rules, and create the first HR user.</source>
        <translation>Geef haar een naam, kies de regels voor tijd voor tijd en maak de eerste HR-gebruiker aan.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hours per TOIL day:</source>
        <translation>&amp;Uren per compensatiedag:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many hours of TOIL make one day off (8, 7.5 or 7:30)</source>
        <translation>Hoeveel uur tijd voor tijd één vrije dag oplevert (8, 7.5 of 7:30)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOIL expires after</source>
        <translation>Tijd voor tijd vervalt na</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each lot of TOIL can be used for this many days after its timesheet&apos;s period</source>
        <translation>Elke toekenning tijd voor tijd kan zoveel dagen na de periode van de urenstaat worden gebruikt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOIL &amp;expires after:</source>
        <translation>Tijd voor tijd &amp;vervalt na:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First HR user</source>
        <translation>Eerste HR-gebruiker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Employee &amp;id:</source>
        <translation>Medewerker-&amp;ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ull name:</source>
        <translation>&amp;Volledige naam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-&amp;mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat password:</source>
        <translation>Wachtwoord &amp;herhalen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Create</source>
        <translation>&amp;Aanmaken</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>password: the two passwords are not the same</source>
        <translation>password: de twee wachtwoorden zijn niet gelijk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>hours per TOIL day</source>
        <translation>uren per compensatiedag</translation>
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
        <translation>Dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
</context>
<context>
    <name>lieu::ui::HolidaysPage</name>
    <message>
        <location filename="../ui/hr/HolidaysPage.cpp" line="+29"/>
        <source>Add a holiday</source>
        <translation>Een feestdag toevoegen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Holiday date</source>
        <translation>Datum van de feestdag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Spring bank holiday</source>
        <translation>bijv. Tweede Pinksterdag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holiday description</source>
        <translation>Omschrijving van de feestdag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;escription:</source>
        <translation>O&amp;mschrijving:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Holidays</source>
        <translation>Feestdagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The holiday list is empty: only weekends are days off.</source>
        <translation>De lijst met feestdagen is leeg: alleen weekenden zijn vrij.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Past holidays are in italics. Approved leave keeps the days it counted when it was approved.</source>
        <translation>Voorbije feestdagen staan cursief. Goedgekeurd verlof behoudt de dagen die bij de goedkeuring zijn geteld.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 is a holiday now.</source>
        <translation>%1 is nu een feestdag.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is no longer a holiday.</source>
        <translation>%1 is geen feestdag meer.</translation>
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
        <translation>Uren importeren uit een tijdregistratie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A CSV export from Toggl Track, Clockify, Kimai, Harvest, or the generic layout</source>
        <translation>Een CSV-export uit Toggl Track, Clockify, Kimai, Harvest of in de algemene indeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose file…</source>
        <translation>Bestand kiezen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Detect from the file</source>
        <translation>Herkennen aan het bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day first (31/12/2026)</source>
        <translation>Dag eerst (31/12/2026)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month first (12/31/2026)</source>
        <translation>Maand eerst (12/31/2026)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year first only (2026-12-31)</source>
        <translation>Alleen jaar eerst (2026-12-31)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layout:</source>
        <translation>Indeling:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates:</source>
        <translation>Datums:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Employee</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Timesheet</source>
        <translation>Urenstaat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Logs</source>
        <translation>Tijdregels</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+12"/>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>TOIL hours</source>
        <translation>Uren tijd voor tijd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Not matched&lt;/b&gt; (these rows are not imported: add the people, then import the file again; rows already imported are skipped)</source>
        <translation>&lt;b&gt;Niet gekoppeld&lt;/b&gt; (deze rijen worden niet geïmporteerd: voeg de personen toe en importeer het bestand opnieuw; al geïmporteerde rijen worden overgeslagen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Person in the file</source>
        <translation>Persoon in het bestand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation>Rijen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a time tracker export</source>
        <translation>Kies een export uit een tijdregistratie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Nothing can be imported from this file: %1</source>
        <translation>Uit dit bestand kan niets worden geïmporteerd: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 row(s), %3, separator %4, dates %5.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 rij(en), %3, scheidingsteken %4, datums %5.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>add to %1</source>
        <translation>toevoegen aan %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new %1</source>
        <translation>nieuw: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new Draft</source>
        <translation>nieuw concept</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 to %2</source>
        <translation>%1 t/m %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (line(s) %2)</source>
        <translation>%1 (regel(s) %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n row(s) were imported before and are skipped (lines %1).</source>
        <translation>
            <numerusform>%n rij is eerder geïmporteerd en wordt overgeslagen (regels %1).</numerusform>
            <numerusform>%n rijen zijn eerder geïmporteerd en worden overgeslagen (regels %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) of zero duration are skipped (lines %1).</source>
        <translation>
            <numerusform>%n rij met duur nul wordt overgeslagen (regels %1).</numerusform>
            <numerusform>%n rijen met duur nul worden overgeslagen (regels %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&lt;b&gt;Imported&lt;/b&gt; %n log(s) into Draft timesheets; the employees send them for approval as usual.</source>
        <translation>
            <numerusform>&lt;b&gt;%n tijdregel geïmporteerd&lt;/b&gt; in concepturenstaten; de medewerkers dienen ze zoals gewoonlijk ter goedkeuring in.</numerusform>
            <numerusform>&lt;b&gt;%n tijdregels geïmporteerd&lt;/b&gt; in concepturenstaten; de medewerkers dienen ze zoals gewoonlijk ter goedkeuring in.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is nothing new to import from this file.</source>
        <translation>Er is niets nieuws te importeren uit dit bestand.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Nothing has been written yet. &lt;b&gt;Import&lt;/b&gt; adds %n log(s) as Draft timesheets, all or nothing.</source>
        <translation>
            <numerusform>Er is nog niets geschreven. &lt;b&gt;Importeren&lt;/b&gt; voegt %n tijdregel toe als concepturenstaten, alles of niets.</numerusform>
            <numerusform>Er is nog niets geschreven. &lt;b&gt;Importeren&lt;/b&gt; voegt %n tijdregels toe als concepturenstaten, alles of niets.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lieu::ui::ImportExportPage</name>
    <message>
        <location filename="../ui/import/ImportExportPage.cpp" line="+32"/>
        <location line="+9"/>
        <source>Import &amp; export</source>
        <translation>Import en export</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hours from a time tracker</source>
        <translation>Uren uit een tijdregistratie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detailed CSV exports from Toggl Track, Clockify, Kimai and Harvest, or a CSV with the columns date, hours, billable, activity, description and email. Employees are matched by e-mail (Harvest: by name); hours become Draft timesheets per week, and hours that are not billable are TOIL. You see everything before it is written.</source>
        <translation>Gedetailleerde CSV-exports uit Toggl Track, Clockify, Kimai en Harvest, of een CSV met de kolommen date, hours, billable, activity, description en email. Medewerkers worden gekoppeld op e-mailadres (Harvest: op naam); de uren worden concepturenstaten per week, en niet-declarabele uren zijn tijd voor tijd. U ziet alles voordat het wordt geschreven.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import a file…</source>
        <translation>Bestand importeren…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tables for HR and payroll</source>
        <translation>Tabellen voor HR en salarisadministratie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TOIL balances (today)</source>
        <translation>Saldi tijd voor tijd (vandaag)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOIL ledger</source>
        <translation>Boekingen tijd voor tijd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timesheets (XLSX: with their time logs)</source>
        <translation>Urenstaten (XLSX: met hun tijdregels)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time logs</source>
        <translation>Tijdregels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-werkmap (.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (.csv)</source>
        <translation>CSV (.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Approved TOIL leave as a calendar (iCalendar .ics)</source>
        <translation>Goedgekeurd verlof uit tijd voor tijd als agenda (iCalendar .ics)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One employee</source>
        <translation>Eén medewerker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A supervisor&apos;s team</source>
        <translation>Het team van een leidinggevende</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export calendar…</source>
        <translation>Agenda exporteren…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>TOIL statement (one page, PDF)</source>
        <translation>Overzicht tijd voor tijd (één pagina, PDF)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save statement…</source>
        <translation>Overzicht opslaan…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Employee:</source>
        <translation>Medewerker:</translation>
    </message>
    <message numerus="yes">
        <location line="+73"/>
        <source>Saved %n row(s) to %1</source>
        <translation>
            <numerusform>%n rij opgeslagen in %1</numerusform>
            <numerusform>%n rijen opgeslagen in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Saved %n leave event(s) to %1</source>
        <translation>
            <numerusform>%n verlofafspraak opgeslagen in %1</numerusform>
            <numerusform>%n verlofafspraken opgeslagen in %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved the TOIL statement of %1 to %2</source>
        <translation>Overzicht tijd voor tijd van %1 opgeslagen in %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export calendar</source>
        <translation>Agenda exporteren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-bestanden (*.ics)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save TOIL statement</source>
        <translation>Overzicht tijd voor tijd opslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
</context>
<context>
    <name>lieu::ui::InboxBadge</name>
    <message>
        <location filename="../ui/review/InboxBadge.cpp" line="+24"/>
        <source>Waiting for your decision: %1</source>
        <translation>Wacht op uw beslissing: %1</translation>
    </message>
</context>
<context>
    <name>lieu::ui::JobRunsModel</name>
    <message>
        <location filename="../ui/jobs/JobsModels.cpp" line="+38"/>
        <source>Expire TOIL (daily)</source>
        <translation>Tijd voor tijd laten vervallen (dagelijks)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expiry reminders (weekly)</source>
        <translation>Herinneringen over verval (wekelijks)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Duty</source>
        <translation>Taak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due date</source>
        <translation>Geplande datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>Gestart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finished</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runner</source>
        <translation>Uitvoerder</translation>
    </message>
</context>
<context>
    <name>lieu::ui::JobsPage</name>
    <message>
        <location filename="../ui/jobs/JobsPage.cpp" line="+45"/>
        <location filename="../ui/jobs/JobsPages.cpp" line="+16"/>
        <source>Background jobs</source>
        <translation>Achtergrondtaken</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Run due duties now</source>
        <translation>Geplande taken nu uitvoeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires TOIL and sends reminders if they are due and no one has done them yet, then sends the outbox</source>
        <translation>Laat tijd voor tijd vervallen en verstuurt herinneringen als die aan de beurt zijn en nog niemand ze heeft uitgevoerd, en verzendt daarna het postvak uit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Runs</source>
        <translation>Uitvoeringen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outbox</source>
        <translation>Postvak uit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retry selected e-mail</source>
        <translation>Geselecteerde e-mail opnieuw proberen</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Expiry runs daily at %1; reminders every %2 at %3.</source>
        <translation>Het verval wordt dagelijks om %1 uitgevoerd; herinneringen elke %2 om %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This app does them while you are signed in, and catches up on missed days.</source>
        <translation>Deze app voert ze uit terwijl u bent aangemeld en haalt gemiste dagen in.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last check %1.</source>
        <translation>Laatste controle %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem: %1</source>
        <translation>Probleem: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>They run in the app of a signed-in supervisor or HR user, or from lieuctl (cron).</source>
        <translation>Ze worden uitgevoerd in de app van een aangemelde leidinggevende of HR-gebruiker, of vanuit lieuctl (cron).</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wacht</numerusform>
            <numerusform>%n wachten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n in Error</source>
        <translation>
            <numerusform>%n met status Error</numerusform>
            <numerusform>%n met status Error</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n Sending (check unconfirmed ones with the recipient before a retry)</source>
        <translation>
            <numerusform>%n in Sending (controleer onbevestigde e-mails bij de ontvanger voordat u het opnieuw probeert)</numerusform>
            <numerusform>%n in Sending (controleer onbevestigde e-mails bij de ontvanger voordat u het opnieuw probeert)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Retry</source>
        <translation>Opnieuw proberen</translation>
    </message>
</context>
<context>
    <name>lieu::ui::LanguageMenu</name>
    <message>
        <location filename="../ui/language/LanguageMenu.cpp" line="+12"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Follow the system (%1)</source>
        <translation>Zoals het systeem (%1)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Lieu speaks %1 in the windows it opens from now on: sign out and in again to see this one in it.</source>
        <translation>Lieu spreekt %1 in de vensters die het vanaf nu opent: meld u af en weer aan om ook dit venster zo te zien.</translation>
    </message>
</context>
<context>
    <name>lieu::ui::LeaveApplicationModel</name>
    <message>
        <location filename="../ui/employee/ToilModels.cpp" line="+347"/>
        <source>Rejected: %1</source>
        <translation>Afgewezen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved by %1</source>
        <translation>Goedgekeurd door %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Application</source>
        <translation>Aanvraag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Half day</source>
        <translation>Halve dag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision</source>
        <translation>Beslissing</translation>
    </message>
</context>
<context>
    <name>lieu::ui::LeaveQueueModel</name>
    <message>
        <location filename="../ui/review/ReviewModels.cpp" line="+290"/>
        <source>Half day on %1</source>
        <translation>Halve dag op %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Application</source>
        <translation>Aanvraag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
</context>
<context>
    <name>lieu::ui::LedgerModel</name>
    <message>
        <location filename="../ui/employee/ToilModels.cpp" line="-153"/>
        <source>%1 (expiry)</source>
        <translation>%1 (verval)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transaction</source>
        <translation>Boeking</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lot</source>
        <translation>Toekenning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
</context>
<context>
    <name>lieu::ui::LotModel</name>
    <message>
        <location line="-223"/>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used up</source>
        <translation>Opgebruikt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet valid</source>
        <translation>Nog niet geldig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid</source>
        <translation>Geldig</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The last day this TOIL can be taken: %1</source>
        <translation>De laatste dag waarop deze tijd voor tijd kan worden opgenomen: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Taken by approved leave</source>
        <translation>Gebruikt door goedgekeurd verlof</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost because the lot passed its last day</source>
        <translation>Verloren omdat de toekenning over de laatste dag heen is</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held by leave applications still awaiting approval</source>
        <translation>Vastgehouden door verlofaanvragen die nog op goedkeuring wachten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lot</source>
        <translation>Toekenning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From timesheet</source>
        <translation>Uit urenstaat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid from</source>
        <translation>Geldig vanaf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last day of use</source>
        <translation>Laatste gebruiksdag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earned (h)</source>
        <translation>Opgebouwd (u)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used (h)</source>
        <translation>Gebruikt (u)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired (h)</source>
        <translation>Vervallen (u)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left (h)</source>
        <translation>Resterend (u)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left (days)</source>
        <translation>Resterend (dagen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reserved (h)</source>
        <translation>Gereserveerd (u)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
</context>
<context>
    <name>lieu::ui::MailSettingsPage</name>
    <message>
        <location filename="../ui/jobs/JobsPages.cpp" line="+8"/>
        <location filename="../ui/jobs/MailSettingsPage.cpp" line="+43"/>
        <source>E-mail and schedule</source>
        <translation>E-mail en planning</translation>
    </message>
    <message>
        <location filename="../ui/jobs/MailSettingsPage.cpp" line="+6"/>
        <source>Outgoing mail server (SMTP)</source>
        <translation>Server voor uitgaande e-mail (SMTP)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. smtp.example.org; empty: reminders wait in the outbox</source>
        <translation>bijv. smtp.example.org; leeg: herinneringen wachten in het postvak uit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (meestal poort 587)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS from the start (usually port 465)</source>
        <translation>TLS vanaf het begin (meestal poort 465)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None: plain text (a relay on this network only)</source>
        <translation>Geen: platte tekst (alleen een relay op dit netwerk)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty: no login</source>
        <translation>leeg: niet aanmelden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kept in the system keychain, not in the database</source>
        <translation>bewaard in de sleutelhanger van het systeem, niet in de database</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. hr@example.org</source>
        <translation>bijv. hr@example.org</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only for a server with a private or self-signed certificate</source>
        <translation>alleen voor een server met een eigen of zelfondertekend certificaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accept any certificate (test servers only: anyone on the way could read the mail)</source>
        <translation>Elk certificaat accepteren (alleen testservers: iedereen onderweg zou de e-mail kunnen lezen)</translation>
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
        <translation>Poort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security</source>
        <translation>Beveiliging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From address</source>
        <translation>Afzenderadres</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <source>CA certificate</source>
        <translation>CA-certificaat</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Timeout for each step</source>
        <translation>Time-out per stap</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the background duties run</source>
        <translation>Wanneer de achtergrondtaken worden uitgevoerd</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Expire TOIL daily at</source>
        <translation>Tijd voor tijd dagelijks laten vervallen om</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send reminders every</source>
        <translation>Herinneringen versturen elke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at</source>
        <translation>om</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert</source>
        <translation>Terugdraaien</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>send to this address</source>
        <translation>naar dit adres verzenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a test e-mail</source>
        <translation>Een test-e-mail verzenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The conversation with the server shows here (without the password).</source>
        <translation>Het gesprek met de server verschijnt hier (zonder het wachtwoord).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-certificaten (*.pem *.crt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Password: %1</source>
        <translation>Wachtwoord: %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved, with the password in the system keychain.</source>
        <translation>Opgeslagen, met het wachtwoord in de sleutelhanger van het systeem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved, but the system keychain did not take the password (%1). Until it does, Lieu uses the password for this session only; set LIEU_SMTP_PASSWORD to give it one for good.</source>
        <translation>Opgeslagen, maar de sleutelhanger van het systeem heeft het wachtwoord niet aangenomen (%1). Tot dat wel lukt, gebruikt Lieu het wachtwoord alleen voor deze sessie; stel LIEU_SMTP_PASSWORD in om Lieu blijvend een wachtwoord te geven.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Test address: &quot;%1&quot; is not an e-mail address</source>
        <translation>Testadres: &quot;%1&quot; is geen e-mailadres</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Lieu test e-mail</source>
        <translation>Test-e-mail van Lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a test e-mail from Lieu for %1.

If you can read it, the SMTP settings work.</source>
        <translation>Dit is een test-e-mail van Lieu voor %1.

Als u deze kunt lezen, werken de SMTP-instellingen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connecting to %1:%2…</source>
        <translation>Verbinden met %1:%2…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Test e-mail sent to %1.</source>
        <translation>Test-e-mail naar %1 verzonden.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The test e-mail was not sent.</source>
        <translation>De test-e-mail is niet verzonden.</translation>
    </message>
</context>
<context>
    <name>lieu::ui::MainWindow</name>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="+33"/>
        <source>HR</source>
        <translation>HR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supervisor</source>
        <translation>Leidinggevende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is no page for your roles yet.</source>
        <translation>Er is nog geen pagina voor uw rollen.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Page actions</source>
        <translation>Pagina-acties</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Window actions</source>
        <translation>Vensteracties</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read everything again (%1)</source>
        <translation>Alles opnieuw inlezen (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign &amp;out</source>
        <translation>&amp;Afmelden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About</source>
        <translation>&amp;Over</translation>
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
        <translation>Vandaag %1 · %2</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Read again at %1</source>
        <translation>Opnieuw ingelezen om %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>About Lieu</source>
        <translation>Over Lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Lieu %1&lt;/h3&gt;&lt;p&gt;Time off in lieu: log hours, approve overtime, spend and expire TOIL. Amounts are kept to the minute; every action is checked by the same core library as the &lt;code&gt;lieuctl&lt;/code&gt; command line.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lieu %1&lt;/h3&gt;&lt;p&gt;Tijd voor tijd: uren boeken, overuren goedkeuren, tijd voor tijd opnemen en laten vervallen. Bedragen worden tot op de minuut bijgehouden; elke actie wordt gecontroleerd door dezelfde kernbibliotheek als de opdrachtregel &lt;code&gt;lieuctl&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>lieu::ui::MessageBar</name>
    <message>
        <location filename="../ui/common/MessageBar.cpp" line="+26"/>
        <source>Dismiss</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the message</source>
        <translation>Het bericht sluiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
</context>
<context>
    <name>lieu::ui::MyToilPage</name>
    <message>
        <location filename="../ui/employee/MyToilPage.cpp" line="+82"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending leave</source>
        <translation>Verlof in behandeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free for new leave</source>
        <translation>Vrij voor nieuw verlof</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiring soon</source>
        <translation>Vervalt binnenkort</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Apply for leave…</source>
        <translation>Verlof &amp;aanvragen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel the selected application</source>
        <translation>Geselecteerde aanvraag &amp;annuleren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Apply for leave…</source>
        <translation>Verlof aanvragen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>TOIL lots</source>
        <translation>Toekenningen tijd voor tijd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No TOIL yet. When your supervisor approves a timesheet with TOIL hours, a lot appears here.</source>
        <translation>Nog geen tijd voor tijd. Als uw leidinggevende een urenstaat met tijd-voor-tijduren goedkeurt, verschijnt hier een toekenning.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave applications</source>
        <translation>Verlofaanvragen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No leave applications yet.</source>
        <translation>Nog geen verlofaanvragen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ledger</source>
        <translation>Boekingen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The ledger is empty.</source>
        <translation>Er zijn nog geen boekingen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TOIL lots: each can be used until its last day</source>
        <translation>Toekenningen tijd voor tijd: elke kan tot de laatste dag worden gebruikt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave a&amp;pplications</source>
        <translation>Verlof&amp;aanvragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le&amp;dger</source>
        <translation>&amp;Boekingen</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+6"/>
        <source>%1 h</source>
        <translation>%1 u</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%1 days on %2</source>
        <translation>%1 dagen op %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 days awaiting approval</source>
        <translation>%1 dagen wachten op goedkeuring</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 days</source>
        <translation>%1 dagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>and %1 h from lots not valid yet</source>
        <translation>en %1 u uit toekenningen die nog niet geldig zijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiring in the next %1 days</source>
        <translation>Vervalt in de komende %1 dagen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 days; use the first by %2</source>
        <translation>%1 dagen; gebruik de eerste uiterlijk %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing expires soon</source>
        <translation>er vervalt binnenkort niets</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Leave application %1 was sent for approval.</source>
        <translation>Verlofaanvraag %1 is ter goedkeuring verzonden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancel leave application</source>
        <translation>Verlofaanvraag annuleren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel %1 (%2 to %3)? The TOIL it holds becomes free again.</source>
        <translation>%1 (%2 t/m %3) annuleren? De tijd voor tijd die hij vasthoudt komt weer vrij.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 was cancelled.</source>
        <translation>%1 is geannuleerd.</translation>
    </message>
</context>
<context>
    <name>lieu::ui::NotificationBanner</name>
    <message>
        <location filename="../ui/jobs/NotificationBanner.cpp" line="+47"/>
        <source>Review them</source>
        <translation>Beoordelen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>See my balance</source>
        <translation>Mijn saldo bekijken</translation>
    </message>
</context>
<context>
    <name>lieu::ui::NotificationCenter</name>
    <message numerus="yes">
        <location filename="../ui/jobs/NotificationCenter.cpp" line="+56"/>
        <source>%n new timesheet(s) to approve</source>
        <translation>
            <numerusform>%n nieuwe urenstaat om goed te keuren</numerusform>
            <numerusform>%n nieuwe urenstaten om goed te keuren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new leave application(s) to approve</source>
        <translation>
            <numerusform>%n nieuwe verlofaanvraag om goed te keuren</numerusform>
            <numerusform>%n nieuwe verlofaanvragen om goed te keuren</numerusform>
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
        <translation>handmatig (Opnieuw proberen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent %1</source>
        <translation>verzonden %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>Pogingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next attempt</source>
        <translation>Volgende poging</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last error</source>
        <translation>Laatste fout</translation>
    </message>
</context>
<context>
    <name>lieu::ui::PasswordDialog</name>
    <message>
        <location filename="../ui/hr/EmployeeDialogs.cpp" line="+65"/>
        <source>Reset the password of %1</source>
        <translation>Het wachtwoord van %1 opnieuw instellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 signs in as &quot;%2&quot; with the new password. Tell them in person; Lieu does not send passwords by e-mail.</source>
        <translation>%1 meldt zich aan als &quot;%2&quot; met het nieuwe wachtwoord. Vertel het persoonlijk; Lieu verstuurt geen wachtwoorden per e-mail.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New password</source>
        <translation>Nieuw wachtwoord</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new password again</source>
        <translation>Het nieuwe wachtwoord nogmaals</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New password:</source>
        <translation>&amp;Nieuw wachtwoord:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again:</source>
        <translation>&amp;Nogmaals:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least %1 characters.</source>
        <translation>Minstens %1 tekens.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Set password</source>
        <translation>Wachtwoord &amp;instellen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The two passwords differ.</source>
        <translation>De twee wachtwoorden verschillen.</translation>
    </message>
</context>
<context>
    <name>lieu::ui::RejectDialog</name>
    <message>
        <location filename="../ui/review/RejectDialog.cpp" line="+18"/>
        <source>Reject %1</source>
        <translation>%1 afwijzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say why %1 of %2 is rejected. %2 sees this reason and can correct and resend it.</source>
        <translation>Geef aan waarom %1 van %2 wordt afgewezen. %2 ziet deze reden en kan corrigeren en opnieuw indienen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Reden (verplicht):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason for rejecting %1</source>
        <translation>Reden voor het afwijzen van %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Tuesday&apos;s release night was billed to the client: mark it billable</source>
        <translation>bijv. De releasenacht van dinsdag is aan de klant gefactureerd: markeer die als declarabel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Re&amp;ject</source>
        <translation>Af&amp;wijzen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Write a reason first</source>
        <translation>Schrijf eerst een reden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A rejection needs a reason.</source>
        <translation>Een afwijzing heeft een reden nodig.</translation>
    </message>
</context>
<context>
    <name>lieu::ui::ReviewPage</name>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="+47"/>
        <source>Waiting for your decision</source>
        <translation>Wacht op uw beslissing</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;fresh</source>
        <translation>Ver&amp;nieuwen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the queue again</source>
        <translation>De wachtrij opnieuw inlezen</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+272"/>
        <source>C&amp;heck all</source>
        <translation>Alles aan&amp;vinken</translation>
    </message>
    <message>
        <location line="-271"/>
        <source>Check every timesheet in the list, or uncheck them all</source>
        <translation>Alle urenstaten in de lijst aanvinken, of alles uitvinken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Approve</source>
        <translation>&amp;Goedkeuren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve the selected timesheet: its TOIL becomes a lot the employee can use</source>
        <translation>De geselecteerde urenstaat goedkeuren: de tijd voor tijd wordt een toekenning die de medewerker kan gebruiken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reject…</source>
        <translation>Af&amp;wijzen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the selected timesheet back with a reason</source>
        <translation>De geselecteerde urenstaat met een reden terugsturen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Timesheets awaiting your approval</source>
        <translation>Urenstaten die op uw goedkeuring wachten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Time logs of the selected timesheet</source>
        <translation>Tijdregels van de geselecteerde urenstaat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the TOIL was counted</source>
        <translation>Hoe de tijd voor tijd is berekend</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TOIL calculation details</source>
        <translation>Details van de berekening van tijd voor tijd</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No timesheet of your team is waiting for your approval.</source>
        <translation>Geen enkele urenstaat van uw team wacht op uw goedkeuring.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A&amp;pprove leave</source>
        <translation>Verlof &amp;goedkeuren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve the selected application: its days are drawn from the employee&apos;s TOIL</source>
        <translation>De geselecteerde aanvraag goedkeuren: de dagen worden opgenomen uit de tijd voor tijd van de medewerker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;eject leave…</source>
        <translation>Verlof af&amp;wijzen…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Leave applications awaiting your approval</source>
        <translation>Verlofaanvragen die op uw goedkeuring wachten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The employee&apos;s TOIL</source>
        <translation>De tijd voor tijd van de medewerker</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No leave application is waiting for your approval.</source>
        <translation>Geen enkele verlofaanvraag wacht op uw goedkeuring.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>&amp;Timesheets (%1)</source>
        <translation>&amp;Urenstaten (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leave applications (%1)</source>
        <translation>&amp;Verlofaanvragen (%1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Select a timesheet to see its logs.</source>
        <translation>Selecteer een urenstaat om de tijdregels te zien.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 · %2 · %3 · %4 hours logged, TOIL %5</source>
        <translation>%1 · %2 · %3 · %4 uur geboekt, tijd voor tijd %5</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select an application to see the employee&apos;s TOIL.</source>
        <translation>Selecteer een aanvraag om de tijd voor tijd van de medewerker te zien.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · half day on %1</source>
        <translation> · halve dag op %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This application: %1</source>
        <translation>Deze aanvraag: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason: %1</source>
        <translation>Reden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available today: %1</source>
        <translation>Vandaag beschikbaar: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held by open applications, this one included: %1</source>
        <translation>Vastgehouden door openstaande aanvragen, deze inbegrepen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expiring by %1: %2</source>
        <translation>Vervalt uiterlijk %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Approve &amp;checked (%1)</source>
        <translation>&amp;Aangevinkte goedkeuren (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unc&amp;heck all</source>
        <translation>Alles uit&amp;vinken</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 of %2 approved; it earns no TOIL.</source>
        <translation>%1 van %2 goedgekeurd; deze levert geen tijd voor tijd op.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 approved: %3 of TOIL in %4, usable until %5.</source>
        <translation>%1 van %2 goedgekeurd: %3 tijd voor tijd in %4, bruikbaar tot en met %5.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+59"/>
        <source>%1 was not approved: %2</source>
        <translation>%1 is niet goedgekeurd: %2</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Check the timesheets to approve first.</source>
        <translation>Vink eerst de urenstaten aan die u wilt goedkeuren.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 of %2 rejected; they see your reason and can correct and resend it.</source>
        <translation>%1 van %2 afgewezen; de persoon ziet uw reden en kan corrigeren en opnieuw indienen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 of %2 approved: %3 h drawn from their TOIL.</source>
        <translation>%1 van %2 goedgekeurd: %3 u opgenomen uit de tijd voor tijd.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 of %2 rejected; what it held is free again.</source>
        <translation>%1 van %2 afgewezen; wat hij vasthield is weer vrij.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Review</source>
        <translation>Beoordelen</translation>
    </message>
</context>
<context>
    <name>lieu::ui::Screens</name>
    <message>
        <location filename="../ui/screens/Screens.cpp" line="+80"/>
        <source>Thursday&apos;s incident review was for the client: log it as billable and send the week again.</source>
        <translation>De incidentbespreking van donderdag was voor de klant: boek die als declarabel en dien de week opnieuw in.</translation>
    </message>
</context>
<context>
    <name>lieu::ui::SettingsPage</name>
    <message>
        <location filename="../ui/hr/SettingsPage.cpp" line="+57"/>
        <source>Leave type &quot;%1&quot;</source>
        <translation>Verloftype &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+57"/>
        <location line="+5"/>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Days a lot stays valid</source>
        <translation>Dagen dat een toekenning geldig blijft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each lot is valid for:</source>
        <translation>Elke toekenning is geldig:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted from the day after the timesheet&apos;s last day. Lots approved earlier keep their dates.</source>
        <translation>Geteld vanaf de dag na de laatste dag van de urenstaat. Eerder goedgekeurde toekenningen houden hun datums.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allow a negative balance</source>
        <translation>Negatief saldo toestaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TOIL cannot go negative in Lieu: leave is only granted from TOIL already earned</source>
        <translation>Tijd voor tijd kan in Lieu niet negatief worden: verlof wordt alleen toegekend uit al opgebouwde tijd voor tijd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How hours become TOIL</source>
        <translation>Hoe uren tijd voor tijd worden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Accrual policy</source>
        <translation>Opbouwregel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Policy:</source>
        <translation>&amp;Regel:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours per TOIL day</source>
        <translation>Uren per compensatiedag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write 8, 7.5 or 7:30</source>
        <translation>Schrijf 8, 7.5 of 7:30</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hours per TOIL day:</source>
        <translation>&amp;Uren per compensatiedag:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekend and holiday multiplier</source>
        <translation>Factor voor weekenden en feestdagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekend and holiday &amp;multiplier:</source>
        <translation>&amp;Factor voor weekenden en feestdagen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With the contracted-hours policy, TOIL earned on a weekend day or a holiday counts this much (150 % = 1.5x).</source>
        <translation>Met de regel op basis van contracturen telt tijd voor tijd die op een weekenddag of feestdag wordt opgebouwd zoveel (150 % = 1,5 keer).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Balance cap in hours</source>
        <translation>Saldoplafond in uren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance &amp;cap (hours, 0 = none):</source>
        <translation>Saldo&amp;plafond (uren, 0 = geen):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a weekend day</source>
        <translation>%1 is een weekenddag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Weekend days:</source>
        <translation>Weekenddagen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reminders and the organisation</source>
        <translation>Herinneringen en organisatie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reminder window in days</source>
        <translation>Herinneringstermijn in dagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail a reminder &amp;before TOIL expires:</source>
        <translation>Een herinnering e-mailen &amp;voordat tijd voor tijd vervalt:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expiring-soon window in days</source>
        <translation>Termijn &quot;vervalt binnenkort&quot; in dagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show TOIL as &quot;expiring soon&quot; within:</source>
        <translation>Tijd voor tijd tonen als &quot;vervalt binnenkort&quot; binnen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation name</source>
        <translation>Naam van de organisatie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Organisation name:</source>
        <translation>Naam van de &amp;organisatie:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Terugdraaien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Settings saved: %1 changed.</source>
        <translation>Instellingen opgeslagen: %1 gewijzigd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing changed.</source>
        <translation>Niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>lieu::ui::SignInDialog</name>
    <message>
        <location filename="../ui/shell/SignInDialog.cpp" line="+33"/>
        <source>Sign in to Lieu</source>
        <translation>Aanmelden bij Lieu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Login</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Login:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is the demo organisation: sign in as %1 (HR), %2 (supervisor) or %3 (employee) with the password &quot;%4&quot;.</source>
        <translation>Dit is de demo-organisatie: meld u aan als %1 (HR), %2 (leidinggevende) of %3 (medewerker) met het wachtwoord &quot;%4&quot;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Aanmelden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>A&amp;fsluiten</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type your login first.</source>
        <translation>Typ eerst uw gebruikersnaam.</translation>
    </message>
</context>
<context>
    <name>lieu::ui::SmtpPassword</name>
    <message>
        <location filename="../ui/jobs/SmtpPassword.cpp" line="+50"/>
        <source>no password is stored for this server yet</source>
        <translation>er is nog geen wachtwoord voor deze server opgeslagen</translation>
    </message>
</context>
<context>
    <name>lieu::ui::TimeLogModel</name>
    <message>
        <location filename="../ui/review/ReviewModels.cpp" line="-117"/>
        <source>Billable</source>
        <translation>Declarabel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Non-billable</source>
        <translation>Niet-declarabel</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing</source>
        <translation>Facturering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
</context>
<context>
    <name>lieu::ui::TimesheetListModel</name>
    <message>
        <location filename="../ui/employee/TimesheetListModel.cpp" line="+79"/>
        <source>Rejected: %1</source>
        <translation>Afgewezen: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Timesheet</source>
        <translation>Urenstaat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TOIL hours</source>
        <translation>Uren tijd voor tijd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TOIL days</source>
        <translation>Compensatiedagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TOIL status</source>
        <translation>Status tijd voor tijd</translation>
    </message>
</context>
<context>
    <name>lieu::ui::TimesheetPage</name>
    <message>
        <location filename="../ui/employee/TimesheetPage.cpp" line="+87"/>
        <location line="+1"/>
        <source>Previous week</source>
        <translation>Vorige week</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Next week</source>
        <translation>Volgende week</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any day of the week to open; weeks run Monday to Sunday</source>
        <translation>Een willekeurige dag van de week die u wilt openen; weken lopen van maandag tot zondag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Week of</source>
        <translation>&amp;Week van</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;his week</source>
        <translation>&amp;Deze week</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Hours by activity and day</source>
        <translation>Uren per activiteit en dag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add row</source>
        <translation>Rij &amp;toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove row</source>
        <translation>Rij &amp;verwijderen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo %1</source>
        <translation>%1 ongedaan maken</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo %1</source>
        <translation>%1 opnieuw doen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Discard draft</source>
        <translation>Concept &amp;verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this Draft or Rejected timesheet</source>
        <translation>Deze concept- of afgewezen urenstaat verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the hours (%1)</source>
        <translation>De uren opslaan (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+286"/>
        <source>Send for a&amp;pproval</source>
        <translation>Ter &amp;goedkeuring indienen</translation>
    </message>
    <message>
        <location line="-274"/>
        <source>TOIL from this timesheet</source>
        <translation>Tijd voor tijd uit deze urenstaat</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>How it is counted</source>
        <translation>Hoe het wordt berekend</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Calculation details</source>
        <translation>Details van de berekening</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+9"/>
        <source>My timesheets</source>
        <translation>Mijn urenstaten</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>No timesheets yet. Type your hours in the grid above and save them.</source>
        <translation>Nog geen urenstaten. Typ uw uren in het raster hierboven en sla ze op.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Unsaved hours</source>
        <translation>Niet-opgeslagen uren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hours of %1 are not saved yet.</source>
        <translation>De uren van %1 zijn nog niet opgeslagen.</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>%1 h</source>
        <translation>%1 u</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOIL hours: %1</source>
        <translation>Uren tijd voor tijd: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 TOIL days at %2 h a day</source>
        <translation>%1 compensatiedagen bij %2 u per dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h logged in all</source>
        <translation>in totaal %1 u geboekt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New timesheet, %1</source>
        <translation>Nieuwe urenstaat, %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved yet</source>
        <translation>Nog niet opgeslagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · TOIL: %1</source>
        <translation> · Tijd voor tijd: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · unsaved changes</source>
        <translation> · niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rejected by the supervisor: %1
Change the hours and send it again.</source>
        <translation>Afgewezen door de leidinggevende: %1
Pas de uren aan en dien hem opnieuw in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no reason given)</source>
        <translation>(geen reden opgegeven)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;send for approval</source>
        <translation>Opnieuw ter &amp;goedkeuring indienen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Saved %1: %2 h logged, %3 h TOIL.</source>
        <translation>%1 opgeslagen: %2 u geboekt, %3 u tijd voor tijd.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 was sent to %2 for approval.</source>
        <translation>%1 is ter goedkeuring naar %2 verzonden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Discard timesheet</source>
        <translation>Urenstaat verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard %1 and its hours? This cannot be undone.</source>
        <translation>%1 en de uren verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 was discarded.</source>
        <translation>%1 is verwijderd.</translation>
    </message>
</context>
<context>
    <name>lieu::ui::TimesheetQueueModel</name>
    <message>
        <location filename="../ui/review/ReviewModels.cpp" line="-140"/>
        <source>Select %1 for approval</source>
        <translation>%1 selecteren voor goedkeuring</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Checked timesheets are approved together</source>
        <translation>Aangevinkte urenstaten worden samen goedgekeurd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pick</source>
        <translation>Kiezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timesheet</source>
        <translation>Urenstaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All hours logged (h:mm)</source>
        <translation>Alle geboekte uren (u:mm)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOIL the timesheet earns (h:mm)</source>
        <translation>Tijd voor tijd die de urenstaat oplevert (u:mm)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TOIL hours</source>
        <translation>Uren tijd voor tijd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOIL in days of the organisation&apos;s TOIL day</source>
        <translation>Tijd voor tijd in compensatiedagen van de organisatie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TOIL days</source>
        <translation>Compensatiedagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Ingediend</translation>
    </message>
</context>
<context>
    <name>lieu::ui::WeekGridModel</name>
    <message>
        <location filename="../ui/employee/WeekGridModel.cpp" line="+105"/>
        <location line="+99"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Total %1: %2 hours</source>
        <translation>Totaal %1: %2 uur</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Activity (type its name)</source>
        <translation>Activiteit (typ de naam)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Billable hours are paid by a client and do not count as TOIL</source>
        <translation>Declarabele uren worden door een klant betaald en tellen niet als tijd voor tijd</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+73"/>
        <source>Billable</source>
        <translation>Declarabel</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Not billable</source>
        <translation>Niet declarabel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, %2: %3 hours</source>
        <translation>%1, %2: %3 uur</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 total: %2 hours</source>
        <translation>%1 totaal: %2 uur</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Σ</source>
        <translation>Σ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not a working day (weekend or holiday)</source>
        <translation>Geen werkdag (weekend of feestdag)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the future: hours can be logged from that day on</source>
        <translation>In de toekomst: uren kunnen vanaf die dag worden geboekt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>remove row</source>
        <translation>rij verwijderen</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>remove %n rows</source>
        <translation>
            <numerusform>%n rij verwijderen</numerusform>
            <numerusform>%n rijen verwijderen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>clear %n cell(s)</source>
        <translation>
            <numerusform>%n cel wissen</numerusform>
            <numerusform>%n cellen wissen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/lieu-screens.cpp" line="+16"/>
        <source>Render Lieu&apos;s windows with the demo data to PNG files.</source>
        <translation>De vensters van Lieu met de demogegevens als PNG-bestanden weergeven.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder for the PNG files.</source>
        <translation>Map voor de PNG-bestanden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo&apos;s today (YYYY-MM-DD).</source>
        <translation>De datum van vandaag in de demo (JJJJ-MM-DD).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locale for dates and numbers.</source>
        <translation>Landinstelling voor datums en getallen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Render only files starting with this.</source>
        <translation>Alleen bestanden weergeven die hiermee beginnen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--today: &quot;%1&quot; is not a date (YYYY-MM-DD)
</source>
        <translation>--today: &quot;%1&quot; is geen datum (JJJJ-MM-DD)
</translation>
    </message>
</context>
</TS>
