<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../core/Settings.cpp" line="+51"/>
        <source>%1: &quot;%2&quot; is not a host name or address</source>
        <translation>%1 : « %2 » n&apos;est pas un nom d&apos;hôte ou une adresse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &quot;%2&quot; must be a port number from 1 to 65535</source>
        <translation>%1 : « %2 » doit être un numéro de port de 1 à 65535</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: &quot;%2&quot; must be &quot;none&quot;, &quot;starttls&quot; or &quot;tls&quot;</source>
        <translation>%1 : « %2 » doit être « none », « starttls » ou « tls »</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the user name is longer than 256 characters</source>
        <translation>%1 : le nom d&apos;utilisateur dépasse 256 caractères</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: &quot;%2&quot; is not an e-mail address like lieu@example.org</source>
        <translation>%1 : « %2 » n&apos;est pas une adresse e-mail comme lieu@example.org</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: cannot read the certificate file &quot;%2&quot;</source>
        <translation>%1 : impossible de lire le fichier de certificat « %2 »</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: &quot;%2&quot; must be 0 or 1</source>
        <translation>%1 : « %2 » doit être 0 ou 1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &quot;%2&quot; must be a whole number of seconds from 1 to 600</source>
        <translation>%1 : « %2 » doit être un nombre entier de secondes de 1 à 600</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: &quot;%2&quot; must be a time of day like 02:00</source>
        <translation>%1 : « %2 » doit être une heure comme 02:00</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &quot;%2&quot; must be a weekday from 1 (Monday) to 7 (Sunday)</source>
        <translation>%1 : « %2 » doit être un jour de la semaine de 1 (lundi) à 7 (dimanche)</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../core/Audit.cpp" line="+29"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+13"/>
        <source>Only HR can read the audit log</source>
        <translation>Seuls les RH peuvent consulter le journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>export: &quot;%1&quot; already exists; choose another file or allow replacing it</source>
        <translation>export : « %1 » existe déjà ; choisissez un autre fichier ou autorisez son remplacement</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+25"/>
        <source>export: cannot write &quot;%1&quot;: %2</source>
        <translation>export : impossible d&apos;écrire « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>Auth</name>
    <message>
        <location filename="../core/Auth.cpp" line="+22"/>
        <source>The password library could not start</source>
        <translation>La bibliothèque de mots de passe n&apos;a pas pu démarrer</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not enough memory to hash the password</source>
        <translation>Mémoire insuffisante pour hacher le mot de passe</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>password: use at least %1 characters</source>
        <translation>password : utilisez au moins %1 caractères</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The login or the password is wrong</source>
        <translation>L&apos;identifiant ou le mot de passe est incorrect</translation>
    </message>
    <message numerus="yes">
        <location line="-22"/>
        <source>Too many failed sign-ins: the account &quot;%1&quot; is locked for %n more second(s)</source>
        <translation>
            <numerusform>Trop d&apos;échecs de connexion : le compte « %1 » est verrouillé pendant encore %n seconde</numerusform>
            <numerusform>Trop d&apos;échecs de connexion : le compte « %1 » est verrouillé pendant encore %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <location line="-12"/>
        <source>password: %1</source>
        <translation>password : %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The user &quot;%1&quot; (%2) is deactivated</source>
        <translation>L&apos;utilisateur « %1 » (%2) est désactivé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only a signed-in employee can change their password</source>
        <translation>Seul un employé connecté peut changer son mot de passe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The current password is wrong</source>
        <translation>Le mot de passe actuel est incorrect</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>password: the new password is the same as the current one</source>
        <translation>password : le nouveau mot de passe est identique à l&apos;actuel</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../core/Backup.cpp" line="+108"/>
        <location line="+100"/>
        <source>&quot;%1&quot; is not a Lieu backup</source>
        <translation>« %1 » n&apos;est pas une sauvegarde Lieu</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>&quot;%1&quot; was made by a newer Lieu (schema version %2; this one knows %3): install that version to restore it</source>
        <translation>« %1 » a été créée par une version plus récente de Lieu (version de schéma %2 ; celle-ci connaît la %3) : installez cette version pour la restaurer</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot create the backup folder &quot;%1&quot;; the migration did not start</source>
        <translation>Impossible de créer le dossier de sauvegarde « %1 » ; la migration n&apos;a pas commencé</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>file: say where to write the backup</source>
        <translation>file : indiquez où écrire la sauvegarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file: &quot;%1&quot; exists already; a backup never overwrites a file</source>
        <translation>file : « %1 » existe déjà ; une sauvegarde n&apos;écrase jamais un fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file: a backup is written to a file, not to a server</source>
        <translation>file : une sauvegarde s&apos;écrit dans un fichier, pas sur un serveur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the folder &quot;%1&quot; for the backup</source>
        <translation>Impossible de créer le dossier « %1 » pour la sauvegarde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 holds no Lieu database to back up</source>
        <translation>%1 ne contient aucune base de données Lieu à sauvegarder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A backup cannot be taken inside a transaction</source>
        <translation>Une sauvegarde ne peut pas être effectuée au sein d&apos;une transaction</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The table %1 is not part of schema version %2; the database holds more than Lieu made</source>
        <translation>La table %1 ne fait pas partie de la version de schéma %2 ; la base de données contient plus que ce que Lieu a créé</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>file: &quot;%1&quot; does not exist</source>
        <translation>file : « %1 » n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot make a temporary folder for the restore</source>
        <translation>Impossible de créer un dossier temporaire pour la restauration</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read the backup &quot;%1&quot;</source>
        <translation>Impossible de lire la sauvegarde « %1 »</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is not a Lieu database; nothing was restored</source>
        <translation>%1 n&apos;est pas une base de données Lieu ; rien n&apos;a été restauré</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup&apos;s table %1 is missing from %2</source>
        <translation>La table %1 de la sauvegarde est absente de %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 already holds data (table %2): restore into a new, empty database, then point the desktops at it; nothing was changed</source>
        <translation>%1 contient déjà des données (table %2) : restaurez dans une nouvelle base de données vide, puis faites pointer les postes de travail vers elle ; rien n&apos;a été modifié</translation>
    </message>
</context>
<context>
    <name>BalanceReports</name>
    <message>
        <location filename="../core/BalanceReports.cpp" line="+36"/>
        <source>Only HR can see the balance reports</source>
        <translation>Seuls les RH peuvent voir les rapports de soldes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>team: employee %1 does not exist</source>
        <translation>team : l&apos;employé %1 n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>on: the date is missing</source>
        <translation>on : la date est manquante</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>months: the range %1 to %2 is not a range of months</source>
        <translation>months : la plage du %1 au %2 n&apos;est pas une plage de mois</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>months: at most 20 years at once</source>
        <translation>months : 20 ans au maximum à la fois</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>from: the date is missing</source>
        <translation>from : la date est manquante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days: %1 must be from 1 to 3660</source>
        <translation>days : %1 doit être compris entre 1 et 3660</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>months: %1 must be from 1 to 240</source>
        <translation>months : %1 doit être compris entre 1 et 240</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../core/export/Calendar.cpp" line="+53"/>
        <location line="+47"/>
        <source>Time off in lieu: %1</source>
        <translation>Récupération : %1</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>%1 (%2) has no direct reports: there is no team calendar</source>
        <translation>%1 (%2) n&apos;a aucun collaborateur direct : il n&apos;y a pas de calendrier d&apos;équipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time off in lieu: team of %1</source>
        <translation>Récupération : équipe de %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Time off in lieu</source>
        <translation>Récupération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 day(s) of TOIL, %3 to %4</source>
        <translation>%1 : %2 jour(s) de récupération, du %3 au %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (half day)</source>
        <translation> (demi-journée)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (half day on %1)</source>
        <translation> (demi-journée le %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Half day: %1</source>
        <translation>Demi-journée : %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../core/cli/CommandLine.cpp" line="+75"/>
        <source>--%1 takes no value</source>
        <translation>--%1 n&apos;accepte pas de valeur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an option has no name</source>
        <translation>une option n&apos;a pas de nom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--%1 needs a value</source>
        <translation>--%1 attend une valeur</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+3"/>
        <source>--%1 does not apply to &quot;%2&quot;</source>
        <translation>--%1 ne s&apos;applique pas à « %2 »</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+32"/>
        <source>--%1 is required</source>
        <translation>--%1 est obligatoire</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>%1 is missing</source>
        <translation>%1 manquant</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>this action is a person&apos;s: say who with --as LOGIN (or LIEU_USER)</source>
        <translation>cette action est celle d&apos;une personne : indiquez qui avec --as LOGIN (ou LIEU_USER)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande inconnue « %1 »</translation>
    </message>
    <message>
        <location filename="../core/cli/AdminCommands.cpp" line="+28"/>
        <source>%1 is shared: turn maintenance mode on first (lieuctl maintenance on --reason &quot;upgrade&quot;), so that no desktop writes while the schema changes, or give --force</source>
        <translation>%1 est partagée : activez d&apos;abord le mode maintenance (lieuctl maintenance on --reason &quot;upgrade&quot;) pour qu&apos;aucun poste n&apos;écrive pendant que le schéma change, ou indiquez --force</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Database %1 is at schema version %2</source>
        <translation>La base de données %1 est à la version de schéma %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database %1 upgraded from schema version %2 to %3</source>
        <translation>Base de données %1 mise à niveau de la version de schéma %2 à %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup of version %1 taken first: %2</source>
        <translation>Sauvegarde de la version %1 effectuée au préalable : %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+12"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Backed up %1 (schema version %2, %3 rows) to %4</source>
        <translation>%1 sauvegardée (version de schéma %2, %3 lignes) dans %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restored %1 rows from %2 into %3 (schema version %4)</source>
        <translation>%1 lignes restaurées de %2 dans %3 (version de schéma %4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the database held before is in %1</source>
        <translation>Le contenu précédent de la base de données se trouve dans %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unknown maintenance subcommand &quot;%1&quot; (on, off, status)</source>
        <translation>sous-commande de maintenance inconnue « %1 » (on, off, status)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--reason goes with &quot;maintenance on&quot;</source>
        <translation>--reason va avec « maintenance on »</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Maintenance mode is on since %1 (%2): %3</source>
        <translation>Le mode maintenance est activé depuis %1 (%2) : %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maintenance mode is off: every client may write</source>
        <translation>Le mode maintenance est désactivé : tous les clients peuvent écrire</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>grants are for a MariaDB/MySQL database (give --db mysql://...)</source>
        <translation>grants concerne une base de données MariaDB/MySQL (indiquez --db mysql://...)</translation>
    </message>
    <message>
        <location filename="../core/cli/CommandLine.cpp" line="-178"/>
        <source>argument %1</source>
        <translation>argument %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>option name</source>
        <translation>nom d&apos;option</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>%1: &quot;%2&quot; must be a whole number from %3 to %4</source>
        <translation>%1 : « %2 » doit être un nombre entier de %3 à %4</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>There is no database at &quot;%1&quot;: create one with &quot;lieuctl init&quot;, or name the right file with --db</source>
        <translation>Il n&apos;y a pas de base de données à « %1 » : créez-en une avec « lieuctl init », ou indiquez le bon fichier avec --db</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Password for %1: </source>
        <translation>Mot de passe pour %1 : </translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Demo organisation created in %1 (logins: hana = HR, sam = supervisor, ella = employee)</source>
        <translation>Organisation de démonstration créée dans %1 (identifiants : hana = RH, sam = responsable, ella = employée)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>employee subcommand (add, update, deactivate, list)</source>
        <translation>sous-commande de employee (add, update, deactivate, list)</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+21"/>
        <source>employee ID</source>
        <translation>identifiant de l&apos;employé</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Added %1 (%2)</source>
        <translation>%1 (%2) ajouté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated %1 (%2)</source>
        <translation>%1 (%2) mis à jour</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is now %2</source>
        <translation>%1 est maintenant %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>deactivated</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(no login)</source>
        <translation>(pas d&apos;identifiant)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  [deactivated]</source>
        <translation>  [désactivé]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown employee subcommand &quot;%1&quot;</source>
        <translation>sous-commande de employee inconnue « %1 »</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>holiday subcommand (add, remove, list)</source>
        <translation>sous-commande de holiday (add, remove, list)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Holiday %1 added</source>
        <translation>Jour férié %1 ajouté</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Holiday %1 removed</source>
        <translation>Jour férié %1 supprimé</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown holiday subcommand &quot;%1&quot;</source>
        <translation>sous-commande de holiday inconnue « %1 »</translation>
    </message>
    <message>
        <location filename="../core/cli/DocumentCommands.cpp" line="+56"/>
        <source>timesheet subcommand (create, send, approve, reject, cancel, show, list)</source>
        <translation>sous-commande de timesheet (create, send, approve, reject, cancel, show, list)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+121"/>
        <location line="+59"/>
        <location line="+52"/>
        <location filename="../core/cli/SecurityCommands.cpp" line="+133"/>
        <source>EMPLOYEE</source>
        <translation>EMPLOYÉ</translation>
    </message>
    <message>
        <location line="-222"/>
        <source>%1: &quot;%2&quot; must be DATE,HOURS,billable|non-billable[,ACTIVITY[,DESCRIPTION]]</source>
        <translation>%1 : « %2 » doit être DATE,HEURES,billable|non-billable[,ACTIVITÉ[,DESCRIPTION]]</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: &quot;%2&quot; must be billable or non-billable</source>
        <translation>%1 : « %2 » doit être billable ou non-billable</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Created %1 for %2 (%3 to %4): %5 h TOIL, %6</source>
        <translation>%1 créée pour %2 (du %3 au %4) : %5 h de récupération, %6</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>timesheet ID</source>
        <translation>identifiant de la feuille de temps</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1  %2 (%3)  %4 to %5</source>
        <translation>%1  %2 (%3)  du %4 au %5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status %1 (docstatus %2), toil_status %3</source>
        <translation>statut %1 (docstatus %2), toil_status %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOIL %1 h = %2 days%3</source>
        <translation>Récupération %1 h = %2 jours%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, lot %1</source>
        <translation>, dotation %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected: %1</source>
        <translation>refusée : %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unknown timesheet subcommand &quot;%1&quot;</source>
        <translation>sous-commande de timesheet inconnue « %1 »</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is %2 (toil_status %3)</source>
        <translation>%1 est %2 (toil_status %3)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>leave subcommand (apply, approve, reject, cancel, show, list)</source>
        <translation>sous-commande de leave (apply, approve, reject, cancel, show, list)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Applied %1 for %2: %3 day(s), %4 h, Open</source>
        <translation>%1 demandée pour %2 : %3 jour(s), %4 h, Open</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>leave application ID</source>
        <translation>identifiant de la demande de congé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1  %2  %3 to %4%5</source>
        <translation>%1  %2  du %3 au %4%5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (half day %1)</source>
        <translation> (demi-journée le %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status %1, total_leave_days %2, %3 h</source>
        <translation>statut %1, total_leave_days %2, %3 h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  draws %1 h from %2 (last day %3)</source>
        <translation>  prélève %1 h sur %2 (dernier jour %3)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown leave subcommand &quot;%1&quot;</source>
        <translation>sous-commande de leave inconnue « %1 »</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is %2</source>
        <translation>%1 est %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 on %2: available %3 h (%4 days), pending %5 h (%6 days)</source>
        <translation>%1 le %2 : disponible %3 h (%4 jours), en attente %5 h (%6 jours)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  approved, valid later: %1 h</source>
        <translation>  approuvé, valable plus tard : %1 h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  expiring: %1 h from %2, last day %3</source>
        <translation>  expire : %1 h de %2, dernier jour %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>  lot %1  %2..%3  allocated %4  used %5  expired %6  remaining %7%8</source>
        <translation>  dotation %1  %2..%3  attribué %4  utilisé %5  expiré %6  restant %7%8</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  [expired]</source>
        <translation>  [expirée]</translation>
    </message>
    <message>
        <location filename="../core/cli/CommandLine.cpp" line="+15"/>
        <source>%1 for %2 is running on %3 since %4: nothing was done</source>
        <translation>La tâche %1 pour le %2 est en cours sur %3 depuis %4 : rien n&apos;a été fait</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 already ran for %2 (%3): nothing to do</source>
        <translation>La tâche %1 a déjà été exécutée pour le %2 (%3) : rien à faire</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n lot(s) expired</source>
        <translation>
            <numerusform>%n dotation expirée</numerusform>
            <numerusform>%n dotations expirées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Expired %n lot(s)</source>
        <translation>
            <numerusform>%n dotation expirée</numerusform>
            <numerusform>%n dotations expirées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (%1 h of TOIL)</source>
        <translation> (%1 h de récupération)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>days: &quot;%1&quot; must be a whole number from 1 to 366</source>
        <translation>days : « %1 » doit être un nombre entier de 1 à 366</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n reminder(s) queued</source>
        <translation>
            <numerusform>%n rappel mis en file d&apos;attente</numerusform>
            <numerusform>%n rappels mis en file d&apos;attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Queued %n reminder(s)</source>
        <translation>
            <numerusform>%n rappel mis en file d&apos;attente</numerusform>
            <numerusform>%n rappels mis en file d&apos;attente</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only HR runs the deployment checks</source>
        <translation>Seuls les RH lancent les vérifications de déploiement</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 (%2), %3: %4</source>
        <translation>%1 (%2), %3 : %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>settings subcommand (list, set)</source>
        <translation>sous-commande de settings (list, set)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>KEY</source>
        <translation>CLÉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VALUE</source>
        <translation>VALEUR</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown settings subcommand &quot;%1&quot;</source>
        <translation>sous-commande de settings inconnue « %1 »</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>leave-type subcommand (show, set)</source>
        <translation>sous-commande de leave-type (show, set)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expiry-days: &quot;%1&quot; is not a whole number</source>
        <translation>expiry-days : « %1 » n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown leave-type subcommand &quot;%1&quot;</source>
        <translation>sous-commande de leave-type inconnue « %1 »</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: carry forward %2, expires after %3 days, negative balance %4</source>
        <translation>%1 : report %2, expire après %3 jours, solde négatif %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>allowed</source>
        <translation>autorisé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not allowed</source>
        <translation>non autorisé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only HR can see the background job runs</source>
        <translation>Seuls les RH peuvent voir les exécutions des tâches de fond</translation>
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
        <translation>Usage : lieuctl [--db PATH|mysql://USER@HOST[:PORT]/DATABASE] [--as LOGIN] [--today YYYY-MM-DD] [--json] [--lang LANG] COMMAND ...

  init                                     créer ou mettre à niveau la base de données ; garantir le type de congé de récupération
  demo                                     remplir une base de données vide avec une organisation de démonstration
  employee add ID --name N --email E [--login L] [--reports-to ID] [--hr] [--hours-per-day H]
  employee update ID [mêmes options, --no-hr]   employee deactivate|activate ID   employee list
  holiday add DATE [--name TEXT]           holiday remove DATE   holiday list
  timesheet create EMPLOYEE --from DATE --to DATE [--log DATE,HOURS,billable|non-billable[,ACTIVITY[,DESCRIPTION]]]...
  timesheet send ID | approve ID | reject ID --reason TEXT | cancel ID | show ID | list [--employee E] [--status S]
  leave apply EMPLOYEE --from DATE --to DATE [--half-day DATE] [--reason TEXT]
  leave approve ID | reject ID --reason TEXT | cancel ID | show ID | list [--employee E] [--status S]
  balance EMPLOYEE [--on DATE]             disponible, en attente et expirant bientôt, en heures et en jours
  ledger EMPLOYEE                          toutes les écritures de l&apos;employé
  expire [--once]                          la tâche quotidienne ; indique combien de dotations ont expiré
  remind [--days N] [--once]               la tâche hebdomadaire ; indique combien de rappels ont été mis en file
                                           (--once : ignorer si un exécutant l&apos;a déjà fait aujourd&apos;hui)
  doctor                                   vérifications de déploiement, chacune pass/warn/fail
  whoami                                   avec --as : l&apos;identifiant d&apos;employé et les rôles de l&apos;utilisateur
  settings list | set KEY VALUE            paramètres de l&apos;organisation (RH)
  leave-type show | set --expiry-days N    le type de congé Time Off in Lieu (RH)
  audit [--doc NAME] [--doctype T] [--actor LOGIN] [--action A] [--from DATE] [--to DATE] [--limit N]
        [--export FILE.csv [--force]]      le journal d&apos;audit (RH) ; --export l&apos;écrit entièrement en CSV
  check                                    les invariants de la base de données (écritures, dotations, prélèvements, stockage)
  password reset EMPLOYEE | change         lire le nouveau mot de passe (et l&apos;actuel) sur l&apos;entrée standard
  jobs [--limit N]                         exécutions récentes des tâches de fond
  import FILE [--format toggl|clockify|kimai|harvest|generic] [--dates dmy|mdy|ymd] [--dry-run]
  export balances|ledger|timesheets|logs [--format csv|xlsx] FILE   export ical (--employee ID | --team ID) FILE
  migrate [--force]                        mettre à niveau le schéma (une base de données existante est d&apos;abord sauvegardée)
  backup FILE                              une copie cohérente de toute la base de données, en un seul fichier SQLite
  restore FILE                             remplacer les données par celles d&apos;une sauvegarde (MariaDB : dans une base de données vide)
  maintenance [on [--reason TEXT]|off]     mode lecture seule pour tous les clients pendant qu&apos;un administrateur intervient
  grants --user NAME [--host HOST] [--apply]   les GRANT dont a besoin le compte serveur de l&apos;application de bureau
  generate --employees N [--years Y] [--seed S]   une grande organisation fictive (tests de performance)

Environnement : LIEU_DB, LIEU_USER, LIEU_TODAY, LIEU_LANG remplacent --db, --as, --today, --lang ;
LIEU_DB_PASSWORD est le mot de passe du serveur (jamais sur la ligne de commande ; demandé dans un terminal s&apos;il n&apos;est pas défini).
Langues : en, de, fr, es, nl ; sans --lang, la langue choisie dans l&apos;application de bureau ou celle du système.
Code de sortie : 0 succès, 1 refus (une règle, une autorisation, une valeur incorrecte ; check : un invariant n&apos;est pas respecté),
2 erreur d&apos;utilisation, 3 erreur de base de données (absente, endommagée, en lecture seule, pleine, étrangère ou plus récente).
</translation>
    </message>
    <message>
        <location line="+72"/>
        <source> (lieuctl --help lists the commands)</source>
        <translation> (lieuctl --help liste les commandes)</translation>
    </message>
    <message>
        <location filename="../core/export/ExportCommand.cpp" line="+19"/>
        <source>what to export (balances, ledger, timesheets, logs or ical)</source>
        <translation>ce qu&apos;il faut exporter (balances, ledger, timesheets, logs ou ical)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the .ics file to write</source>
        <translation>le fichier .ics à écrire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export ical needs either --employee ID or --team SUPERVISOR_ID</source>
        <translation>export ical attend soit --employee ID, soit --team ID_RESPONSABLE</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrote %1 leave event(s) to %2</source>
        <translation>%1 événement(s) d&apos;absence écrit(s) dans %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file to write</source>
        <translation>le fichier à écrire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--format must be csv or xlsx (or give the file a .csv or .xlsx name)</source>
        <translation>--format doit être csv ou xlsx (ou donnez au fichier un nom en .csv ou .xlsx)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown export &quot;%1&quot; (balances, ledger, timesheets, logs or ical)</source>
        <translation>export inconnu « %1 » (balances, ledger, timesheets, logs ou ical)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrote %1 row(s) of %2 to %3</source>
        <translation>%1 ligne(s) de %2 écrite(s) dans %3</translation>
    </message>
    <message>
        <location filename="../core/import/ImportCommand.cpp" line="+43"/>
        <source>the file to import</source>
        <translation>le fichier à importer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2, %3 rows (%4, separator &quot;%5&quot;, dates %6)</source>
        <translation>%1 : %2, %3 lignes (%4, séparateur « %5 », dates %6)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>  %1  %2  week %3 to %4  %5 log(s)  %6 h  TOIL %7 h  %8</source>
        <translation>  %1  %2  semaine du %3 au %4  %5 saisie(s)  %6 h  récupération %7 h  %8</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>added to Draft %1</source>
        <translation>ajouté au brouillon %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new Draft</source>
        <translation>nouveau brouillon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>new Draft %1</source>
        <translation>nouveau brouillon %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  Not matched: %1, %2 row(s), %3 h (lines %4): %5</source>
        <translation>  Non rapproché : %1, %2 ligne(s), %3 h (lignes %4) : %5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  Already imported, skipped: %1 row(s) (lines %2)</source>
        <translation>  Déjà importé, ignoré : %1 ligne(s) (lignes %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  Zero duration, skipped: %1 row(s) (lines %2)</source>
        <translation>  Durée nulle, ignoré : %1 ligne(s) (lignes %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dry run: %1 log(s), %2 h, TOIL %3 h would be imported; nothing was written</source>
        <translation>Essai à blanc : %1 saisie(s), %2 h, récupération %3 h seraient importées ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported %1 log(s), %2 h, TOIL %3 h</source>
        <translation>%1 saisie(s) importée(s), %2 h, récupération %3 h</translation>
    </message>
    <message>
        <location filename="../core/cli/GenerateCommand.cpp" line="+20"/>
        <source>--%1: &quot;%2&quot; is not a whole number</source>
        <translation>--%1 : « %2 » n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--seed: &quot;%1&quot; is not a whole number</source>
        <translation>--seed : « %1 » n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--mode: &quot;%1&quot; is not bulk or services</source>
        <translation>--mode : « %1 » n&apos;est ni bulk ni services</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>generate: week %1 of %2 (%3 s)</source>
        <translation>generate : semaine %1 sur %2 (%3 s)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Generated %1 employees (%2 supervisors, %3 in HR, largest team %4) from %5 to %6 in %7 s:</source>
        <translation>%1 employés générés (%2 responsables, %3 aux RH, plus grande équipe %4) du %5 au %6 en %7 s :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  %1 timesheets with %2 time logs, %3 TOIL lots (%4 expired), %5 ledger entries</source>
        <translation>  %1 feuilles de temps avec %2 saisies de temps, %3 dotations de récupération (%4 expirées), %5 écritures</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  %1 leave applications (%2 open), %3 holidays, %4 audit entries</source>
        <translation>  %1 demandes de congé (%2 ouvertes), %3 jours fériés, %4 entrées d&apos;audit</translation>
    </message>
    <message>
        <location filename="../core/cli/SecurityCommands.cpp" line="-75"/>
        <source>the password is read from standard input, one line each: none was given</source>
        <translation>le mot de passe est lu sur l&apos;entrée standard, une ligne chacun : aucun n&apos;a été fourni</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Wrote %n audit entries to %1</source>
        <translation>
            <numerusform>%n entrée d&apos;audit écrite dans %1</numerusform>
            <numerusform>%n entrées d&apos;audit écrites dans %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Only HR checks the database&apos;s invariants</source>
        <translation>Seuls les RH vérifient les invariants de la base de données</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>password subcommand (reset, change)</source>
        <translation>sous-commande de password (reset, change)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New password for %1: </source>
        <translation>Nouveau mot de passe pour %1 : </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password of %1 was reset; the account is unlocked</source>
        <translation>Le mot de passe de %1 a été réinitialisé ; le compte est déverrouillé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Current password: </source>
        <translation>Mot de passe actuel : </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password: </source>
        <translation>Nouveau mot de passe : </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password of %1 was changed</source>
        <translation>Le mot de passe de %1 a été modifié</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown password subcommand &quot;%1&quot;</source>
        <translation>sous-commande de password inconnue « %1 »</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <location filename="../ui/connection/ConnectionSettings.cpp" line="+39"/>
        <source>path: choose the database file</source>
        <translation>path : choisissez le fichier de base de données</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>The password for %1 is not in this computer&apos;s keychain (%2): enter it on the Database connection page</source>
        <translation>Le mot de passe de %1 n&apos;est pas dans le trousseau de cet ordinateur (%2) : saisissez-le sur la page Connexion à la base de données</translation>
    </message>
</context>
<context>
    <name>ContractedHoursPolicy</name>
    <message>
        <location filename="../core/Accrual.cpp" line="+56"/>
        <source>Hours above the contracted hours per day are TOIL</source>
        <translation>Les heures au-delà des heures contractuelles par jour sont de la récupération</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rule: %1 (%2 h contracted per working day)</source>
        <translation>Règle : %1 (%2 h contractuelles par jour ouvré)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (x%1% on a weekend or holiday)</source>
        <translation> (x%1% un week-end ou un jour férié)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1  worked %2 h on a day off: counted %3 h%4</source>
        <translation>%1  %2 h travaillées un jour de repos : %3 h comptées%4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1  worked %2 h: counted %3 h above the contracted hours</source>
        <translation>%1  %2 h travaillées : %3 h comptées au-delà des heures contractuelles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total TOIL: %1 h = %2 days at %3 h per TOIL day</source>
        <translation>Récupération totale : %1 h = %2 jours à %3 h par jour de récupération</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <location filename="../core/import/Csv.cpp" line="+53"/>
        <source>The file has %1 bytes; at most %2 can be imported at once</source>
        <translation>Le fichier fait %1 octets ; au plus %2 peuvent être importés en une fois</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The file starts with a %1 byte-order mark but is not %1 text</source>
        <translation>Le fichier commence par une marque d&apos;ordre des octets %1 mais n&apos;est pas du texte %1</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>line %1, column %2: the quote opened here is never closed</source>
        <translation>ligne %1, colonne %2 : le guillemet ouvert ici n&apos;est jamais fermé</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>line %1, column %2: &quot;%3&quot; follows the closing quote; a quoted field ends at a separator or the end of the line</source>
        <translation>ligne %1, colonne %2 : « %3 » suit le guillemet fermant ; un champ entre guillemets se termine par un séparateur ou la fin de la ligne</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The file is empty: there is no header line</source>
        <translation>Le fichier est vide : il n&apos;y a pas de ligne d&apos;en-tête</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>line %1 has %2 fields where the header has %3</source>
        <translation>la ligne %1 a %2 champs alors que l&apos;en-tête en a %3</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/Database.cpp" line="+89"/>
        <source>The MariaDB/MySQL driver for Qt (%1) is not installed (on Debian: the package libqt6sql6-mysql); cannot open %2</source>
        <translation>Le pilote MariaDB/MySQL pour Qt (%1) n&apos;est pas installé (sous Debian : le paquet libqt6sql6-mysql) ; impossible d&apos;ouvrir %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The database &quot;%1&quot; is not a file</source>
        <translation>La base de données « %1 » n&apos;est pas un fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database &quot;%1&quot; cannot be read: %2</source>
        <translation>La base de données « %1 » ne peut pas être lue : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is an empty file (0 bytes), not a Lieu database: if it should hold your data, restore it from a backup; to start a new database, delete the file first; nothing was changed</source>
        <translation>« %1 » est un fichier vide (0 octet), pas une base de données Lieu : s&apos;il devait contenir vos données, restaurez-le à partir d&apos;une sauvegarde ; pour démarrer une nouvelle base de données, supprimez d&apos;abord le fichier ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a Lieu database (it is not an SQLite file); nothing was changed</source>
        <translation>« %1 » n&apos;est pas une base de données Lieu (ce n&apos;est pas un fichier SQLite) ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the folder &quot;%1&quot; for the database</source>
        <translation>Impossible de créer le dossier « %1 » pour la base de données</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot open the database &quot;%1&quot;: %2</source>
        <translation>Impossible d&apos;ouvrir la base de données « %1 » : %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot connect to the database server %1 as %2 (database %3): %4</source>
        <translation>Impossible de se connecter au serveur de base de données %1 en tant que %2 (base de données %3) : %4</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The connection to %1 is not encrypted although TLS was asked for (ssl=1): enable TLS on the server</source>
        <translation>La connexion à %1 n&apos;est pas chiffrée bien que TLS ait été demandé (ssl=1) : activez TLS sur le serveur</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&quot;%1&quot; is not a readable Lieu database: %2</source>
        <translation>« %1 » n&apos;est pas une base de données Lieu lisible : %2</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The database &quot;%1&quot; is damaged (%2): restore it from a backup (&quot;lieuctl check&quot; shows what is wrong); nothing was changed</source>
        <translation>La base de données « %1 » est endommagée (%2) : restaurez-la à partir d&apos;une sauvegarde (« lieuctl check » indique ce qui ne va pas) ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database &quot;%1&quot; is read-only (%2): Lieu needs to write to the file and to its folder; nothing was changed</source>
        <translation>La base de données « %1 » est en lecture seule (%2) : Lieu doit pouvoir écrire dans le fichier et dans son dossier ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk holding the database &quot;%1&quot; is full (%2): free some space and try again; nothing was changed</source>
        <translation>Le disque contenant la base de données « %1 » est plein (%2) : libérez de l&apos;espace et réessayez ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database &quot;%1&quot; cannot be opened (%2): the file and its folder must exist and be writable; nothing was changed</source>
        <translation>La base de données « %1 » ne peut pas être ouverte (%2) : le fichier et son dossier doivent exister et être accessibles en écriture ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk holding the database &quot;%1&quot; refused to read or write (%2): it may be full, failing or over a size limit; nothing was changed</source>
        <translation>Le disque contenant la base de données « %1 » a refusé la lecture ou l&apos;écriture (%2) : il est peut-être plein, défaillant ou au-delà d&apos;une limite de taille ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database &quot;%1&quot; is busy: another program holds it (%2); try again</source>
        <translation>La base de données « %1 » est occupée : un autre programme la bloque (%2) ; réessayez</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The connection to the database server was lost (%1); nothing of this action was saved. Lieu reconnects when you try again.</source>
        <translation>La connexion au serveur de base de données a été perdue (%1) ; rien de cette action n&apos;a été enregistré. Lieu se reconnecte quand vous réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another user changed the same records at the same moment (deadlock); nothing of this action was saved. Try again.</source>
        <translation>Un autre utilisateur a modifié les mêmes enregistrements au même moment (interblocage) ; rien de cette action n&apos;a été enregistré. Réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another user held the records this action needs for too long (%1); nothing of this action was saved. Try again.</source>
        <translation>Un autre utilisateur a bloqué trop longtemps les enregistrements dont cette action a besoin (%1) ; rien de cette action n&apos;a été enregistré. Réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database is busy with another program&apos;s change (%1); nothing of this action was saved. Try again.</source>
        <translation>La base de données est occupée par la modification d&apos;un autre programme (%1) ; rien de cette action n&apos;a été enregistré. Réessayez.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Database error: %1</source>
        <translation>Erreur de base de données : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+248"/>
        <source>The connection to the database server was lost; nothing of this action was saved</source>
        <translation>La connexion au serveur de base de données a été perdue ; rien de cette action n&apos;a été enregistré</translation>
    </message>
    <message>
        <location line="-246"/>
        <source>The database server %1 cannot be reached; nothing was saved. Lieu keeps trying to reconnect.</source>
        <translation>Le serveur de base de données %1 est injoignable ; rien n&apos;a été enregistré. Lieu continue d&apos;essayer de se reconnecter.</translation>
    </message>
    <message>
        <location line="+250"/>
        <source>The transaction was rolled back because an inner step failed</source>
        <translation>La transaction a été annulée parce qu&apos;une étape interne a échoué</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The connection to the database server was lost while saving (%1): the change may or may not have been saved. Refresh to see which before doing it again.</source>
        <translation>La connexion au serveur de base de données a été perdue pendant l&apos;enregistrement (%1) : la modification a pu être enregistrée ou non. Actualisez pour le vérifier avant de recommencer.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The database has schema version %1, newer than this Lieu %2 knows (%3): install Lieu %4 or later to make changes</source>
        <translation>La base de données est à la version de schéma %1, plus récente que celle que connaît ce Lieu %2 (%3) : installez Lieu %4 ou une version ultérieure pour effectuer des modifications</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lieu is in maintenance mode: %1. Nothing can be changed until it is over.</source>
        <translation>Lieu est en mode maintenance : %1. Rien ne peut être modifié avant la fin de la maintenance.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The database has schema version %1, newer than this Lieu %2 knows (%3): install Lieu %4 or later to make changes; nothing was changed</source>
        <translation>La base de données est à la version de schéma %1, plus récente que celle que connaît ce Lieu %2 (%3) : installez Lieu %4 ou une version ultérieure pour effectuer des modifications ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(a newer release)</source>
        <translation>(une version plus récente)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lieu is in maintenance mode: %1. Nothing was changed; try again when it is over.</source>
        <translation>Lieu est en mode maintenance : %1. Rien n&apos;a été modifié ; réessayez une fois la maintenance terminée.</translation>
    </message>
    <message>
        <location filename="../core/Migrations.cpp" line="+145"/>
        <location line="+90"/>
        <source>&quot;%1&quot; is not a Lieu database; nothing was changed</source>
        <translation>« %1 » n&apos;est pas une base de données Lieu ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>The database &quot;%1&quot; has schema version %2; run &quot;lieuctl migrate&quot; to upgrade it to version %3</source>
        <translation>La base de données « %1 » est à la version de schéma %2 ; lancez « lieuctl migrate » pour la mettre à niveau vers la version %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database &quot;%1&quot; has schema version %2, newer than this program knows (%3): install a newer Lieu; nothing was changed</source>
        <translation>La base de données « %1 » est à la version de schéma %2, plus récente que celle que connaît ce programme (%3) : installez une version plus récente de Lieu ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The list of grants is missing from this program</source>
        <translation>La liste des droits (GRANT) manque dans ce programme</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>database: &quot;%1&quot; is not a database name</source>
        <translation>database : « %1 » n&apos;est pas un nom de base de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>user: &quot;%1&quot; is not an account name</source>
        <translation>user : « %1 » n&apos;est pas un nom de compte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>host: &quot;%1&quot; is not a host name, address or pattern</source>
        <translation>host : « %1 » n&apos;est pas un nom d&apos;hôte, une adresse ou un motif</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Migration %1 failed at statement %2 of %3: %4. MariaDB/MySQL cannot undo the schema changes made before it: restore the backup %5</source>
        <translation>La migration %1 a échoué à l&apos;instruction %2 sur %3 : %4. MariaDB/MySQL ne peut pas annuler les modifications de schéma faites avant elle : restaurez la sauvegarde %5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Migration %1 failed at statement %2 of %3: %4</source>
        <translation>La migration %1 a échoué à l&apos;instruction %2 sur %3 : %4</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Migration %1 is missing from this program</source>
        <translation>La migration %1 manque dans ce programme</translation>
    </message>
</context>
<context>
    <name>DatabaseSpec</name>
    <message>
        <location filename="../core/DatabaseSpec.cpp" line="+37"/>
        <source>database: the path is empty</source>
        <translation>database : le chemin est vide</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>database: &quot;%1&quot; is not a valid address: %2</source>
        <translation>database : « %1 » n&apos;est pas une adresse valide : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>database: a password does not belong in the address (it would show in process lists and shell history); set LIEU_DB_PASSWORD or let Lieu ask for it</source>
        <translation>database : un mot de passe n&apos;a pas sa place dans l&apos;adresse (il apparaîtrait dans la liste des processus et l&apos;historique du shell) ; définissez LIEU_DB_PASSWORD ou laissez Lieu le demander</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>database: say which account to use, e.g. mysql://lieu_app@db.example.org/lieu</source>
        <translation>database : indiquez le compte à utiliser, p. ex. mysql://lieu_app@db.example.org/lieu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>database: &quot;%1&quot; is not a database name (letters, digits and _, up to 64)</source>
        <translation>database : « %1 » n&apos;est pas un nom de base de données (lettres, chiffres et _, jusqu&apos;à 64)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>database: port %1 is out of range</source>
        <translation>database : le port %1 est hors limites</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>database: ssl must be 1 or 0, not &quot;%1&quot;</source>
        <translation>database : ssl doit valoir 1 ou 0, pas « %1 »</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>database: driver must be QMARIADB or QMYSQL, not &quot;%1&quot;</source>
        <translation>database : driver doit valoir QMARIADB ou QMYSQL, pas « %1 »</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>database: unknown option &quot;%1&quot; (known: ssl, ssl-ca, ssl-capath, ssl-cert, ssl-key, ssl-cipher, socket, driver)</source>
        <translation>database : option inconnue « %1 » (options connues : ssl, ssl-ca, ssl-capath, ssl-cert, ssl-key, ssl-cipher, socket, driver)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>database: a client certificate needs both ssl-cert and ssl-key</source>
        <translation>database : un certificat client nécessite à la fois ssl-cert et ssl-key</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>database: the server&apos;s host name is missing</source>
        <translation>database : le nom d&apos;hôte du serveur est manquant</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../core/Demo.cpp" line="+60"/>
        <source>The demo needs an empty database; this one already has employees</source>
        <translation>La démonstration a besoin d&apos;une base vide ; celle-ci contient déjà des employés</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Demo Organisation</source>
        <translation>Organisation de démonstration</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Company day</source>
        <translation>Journée d&apos;entreprise</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Christmas Day</source>
        <translation>Noël</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Planned work</source>
        <translation>Travail planifié</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Out-of-hours work</source>
        <translation>Travail en dehors des heures</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tuesday&apos;s release night was billed to the client: mark it billable</source>
        <translation>La nuit de mise en production de mardi a été facturée au client : marquez-la facturable</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dentist</source>
        <translation>Dentiste</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>School play in the afternoon</source>
        <translation>Spectacle de l&apos;école l&apos;après-midi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Long weekend</source>
        <translation>Week-end prolongé</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n lot(s) expired</source>
        <translation>
            <numerusform>%n dotation expirée</numerusform>
            <numerusform>%n dotations expirées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <location filename="../ui/shell/Desktop.cpp" line="+64"/>
        <source>There is no active HR user with a login to show: say who with --as LOGIN</source>
        <translation>Aucun utilisateur RH actif avec un identifiant à montrer : indiquez qui avec --as LOGIN</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The database was empty: opened the demo organisation.</source>
        <translation>La base de données était vide : l&apos;organisation de démonstration a été ouverte.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--page: &quot;%1&quot; is not a page %2 sees (%3)</source>
        <translation>--page : « %1 » n&apos;est pas une page que voit %2 (%3)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not write the screenshot to %1</source>
        <translation>Impossible d&apos;écrire la capture d&apos;écran dans %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved a screenshot of the main window (%1 signed in) to %2</source>
        <translation>Capture de la fenêtre principale (%1 connecté) enregistrée dans %2</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Password of %1:</source>
        <translation>Mot de passe de %1 :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No password was given for %1</source>
        <translation>Aucun mot de passe n&apos;a été fourni pour %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+40"/>
        <source>Lieu cannot open its database</source>
        <translation>Lieu ne peut pas ouvrir sa base de données</translation>
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
        <translation>L&apos;employé %1 n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No employee has the login &quot;%1&quot;</source>
        <translation>Aucun employé n&apos;a l&apos;identifiant « %1 »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user &quot;%1&quot; (%2) is deactivated</source>
        <translation>L&apos;utilisateur « %1 » (%2) est désactivé</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Employee %1 (%2) has no supervisor (reports_to is empty): HR must assign one before anything can be approved</source>
        <translation>L&apos;employé %1 (%2) n&apos;a pas de responsable (reports_to est vide) : les RH doivent en désigner un avant toute approbation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The supervisor %1 (%2) of employee %3 has no login: HR must give them a user account before anything can be approved</source>
        <translation>Le responsable %1 (%2) de l&apos;employé %3 n&apos;a pas d&apos;identifiant : les RH doivent lui créer un compte utilisateur avant toute approbation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The supervisor %1 (%2) of employee %3 is deactivated: HR must assign an active supervisor</source>
        <translation>Le responsable %1 (%2) de l&apos;employé %3 est désactivé : les RH doivent désigner un responsable actif</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>employee_name: the name is missing</source>
        <translation>employee_name : le nom est manquant</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>language: &quot;%1&quot; is not a language code like en or pt_BR</source>
        <translation>language : « %1 » n&apos;est pas un code de langue comme en ou pt_BR</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>hours_per_day: %1 must be from 0 to 24 hours</source>
        <translation>hours_per_day : %1 doit être compris entre 0 et 24 heures</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>reports_to: employee &quot;%1&quot; does not exist</source>
        <translation>reports_to : l&apos;employé « %1 » n&apos;existe pas</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>id: &quot;%1&quot; is not an employee id (letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, up to 40, e.g. EMP-0001)</source>
        <translation>id : « %1 » n&apos;est pas un identifiant d&apos;employé (lettres, chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;, jusqu&apos;à 40, p. ex. EMP-0001)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>email: &quot;%1&quot; is not an e-mail address</source>
        <translation>email : « %1 » n&apos;est pas une adresse e-mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>user_id: &quot;%1&quot; is not a login (letters, digits and . _ @ + -, up to 64)</source>
        <translation>user_id : « %1 » n&apos;est pas un identifiant (lettres, chiffres et . _ @ + -, jusqu&apos;à 64)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>language: &quot;%1&quot; is not a language Lieu writes e-mails in (%2)</source>
        <translation>language : « %1 » n&apos;est pas une langue dans laquelle Lieu écrit ses e-mails (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>relieving_date: %1 is before the date of joining %2</source>
        <translation>relieving_date : %1 est antérieure à la date d&apos;entrée %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>user_id: the login &quot;%1&quot; already belongs to %2</source>
        <translation>user_id : l&apos;identifiant « %1 » appartient déjà à %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>id: employee %1 already exists</source>
        <translation>id : l&apos;employé %1 existe déjà</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reports_to: an employee cannot report to themselves</source>
        <translation>reports_to : un employé ne peut pas être son propre responsable</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>reports_to: %1 would make a reporting loop through %2</source>
        <translation>reports_to : %1 créerait une boucle hiérarchique passant par %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only HR can add employees</source>
        <translation>Seuls les RH peuvent ajouter des employés</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message numerus="yes">
        <location filename="../core/Doctor.cpp" line="+47"/>
        <source> and %n more</source>
        <translation>
            <numerusform> et %n autre</numerusform>
            <numerusform> et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Schema version</source>
        <translation>Version du schéma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database is at version %1; this program expects %2</source>
        <translation>la base de données est à la version %1 ; ce programme attend la %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Indexes</source>
        <translation>Index</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>idx_leave_ledger_toil, idx_leave_allocation_toil and idx_timesheet_toil exist</source>
        <translation>idx_leave_ledger_toil, idx_leave_allocation_toil et idx_timesheet_toil existent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing: %1</source>
        <translation>manquant : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>Leave type &quot;%1&quot;</source>
        <translation>Type de congé « %1 »</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>is_carry_forward = %1, expire after %2 days, allow negative = %3</source>
        <translation>is_carry_forward = %1, expire après %2 jours, solde négatif autorisé = %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Employees with a login</source>
        <translation>Employés avec un identifiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every active employee has a user account</source>
        <translation>chaque employé actif a un compte utilisateur</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n employee(s) without a login: %1</source>
        <translation>
            <numerusform>%n employé sans identifiant : %1</numerusform>
            <numerusform>%n employés sans identifiant : %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Employees with a supervisor</source>
        <translation>Employés avec un responsable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every active employee has reports_to set</source>
        <translation>chaque employé actif a reports_to renseigné</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n employee(s) without reports_to (their timesheets cannot be approved): %1</source>
        <translation>
            <numerusform>%n employé sans reports_to (ses feuilles de temps ne peuvent pas être approuvées) : %1</numerusform>
            <numerusform>%n employés sans reports_to (leurs feuilles de temps ne peuvent pas être approuvées) : %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Supervisors with a login</source>
        <translation>Responsables avec un identifiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every supervisor can sign in to approve</source>
        <translation>chaque responsable peut se connecter pour approuver</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n supervisor(s) without a login or deactivated: %1</source>
        <translation>
            <numerusform>%n responsable sans identifiant ou désactivé : %1</numerusform>
            <numerusform>%n responsables sans identifiant ou désactivés : %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mail settings</source>
        <translation>Paramètres de messagerie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no SMTP server is set: reminders wait in the outbox</source>
        <translation>aucun serveur SMTP n&apos;est défini : les rappels attendent dans la boîte d&apos;envoi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SMTP server %1</source>
        <translation>Serveur SMTP %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the expiry job has never run</source>
        <translation>la tâche d&apos;expiration n&apos;a jamais été exécutée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last ran for %1 (finished %2)</source>
        <translation>dernière exécution pour le %1 (terminée le %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>; %n lot(s) are past their last day and not yet expired</source>
        <translation>
            <numerusform>; %n dotation a dépassé son dernier jour sans avoir encore expiré</numerusform>
            <numerusform>; %n dotations ont dépassé leur dernier jour sans avoir encore expiré</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expiry job (daily)</source>
        <translation>Tâche d&apos;expiration (quotidienne)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the reminder job has never run</source>
        <translation>la tâche de rappel n&apos;a jamais été exécutée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last ran for %1</source>
        <translation>dernière exécution pour le %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reminder job (weekly)</source>
        <translation>Tâche de rappel (hebdomadaire)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timesheets awaiting approval</source>
        <translation>Feuilles de temps en attente d&apos;approbation</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>; %n waiting to be sent</source>
        <translation>
            <numerusform>; %n en attente d&apos;envoi</numerusform>
            <numerusform>; %n en attente d&apos;envoi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>; %n left Sending without the server&apos;s answer (check with the recipient, then &quot;lieuctl outbox retry ID&quot;): %1</source>
        <translation>
            <numerusform>; %n e-mail resté à l&apos;état Sending sans réponse du serveur (vérifiez auprès du destinataire, puis « lieuctl outbox retry ID ») : %1</numerusform>
            <numerusform>; %n e-mails restés à l&apos;état Sending sans réponse du serveur (vérifiez auprès du destinataire, puis « lieuctl outbox retry ID ») : %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outbox</source>
        <translation>Boîte d&apos;envoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maintenance mode</source>
        <translation>Mode maintenance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>off: every client may write</source>
        <translation>désactivé : tous les clients peuvent écrire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on, every client is read-only: %1</source>
        <translation>activé, tous les clients sont en lecture seule : %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <source>Append-only ledger and audit log</source>
        <translation>Écritures et journal d&apos;audit en ajout seul</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>this account cannot see the triggers (it has no TRIGGER privilege, as it should not): run doctor with the owner&apos;s account to check them</source>
        <translation>ce compte ne peut pas voir les déclencheurs (il n&apos;a pas le privilège TRIGGER, comme il se doit) : lancez doctor avec le compte du propriétaire pour les vérifier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>their four triggers are in place</source>
        <translation>leurs quatre déclencheurs sont en place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of their 4 triggers are missing: restore the schema from a backup</source>
        <translation>%1 de leurs 4 déclencheurs manquent : restaurez le schéma à partir d&apos;une sauvegarde</translation>
    </message>
    <message numerus="yes">
        <location line="-35"/>
        <source>%n e-mail(s) in Error</source>
        <translation>
            <numerusform>%n e-mail en erreur (Error)</numerusform>
            <numerusform>%n e-mails en erreur (Error)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmployeePages</name>
    <message>
        <location filename="../ui/employee/EmployeePages.cpp" line="+24"/>
        <source>Timesheet</source>
        <translation>Feuille de temps</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>My TOIL</source>
        <translation>Ma récupération</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../core/export/Table.cpp" line="+85"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create the workbook %1</source>
        <translation>Impossible de créer le classeur %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Cannot write the workbook %1: %2</source>
        <translation>Impossible d&apos;écrire le classeur %1 : %2</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <location filename="../ui/common/Formats.cpp" line="+42"/>
        <source>%1 h (%2 days)</source>
        <translation>%1 h (%2 jours)</translation>
    </message>
</context>
<context>
    <name>Generator</name>
    <message>
        <location filename="../core/Generator.cpp" line="+149"/>
        <source>generate writes what an uncapped organisation accrues: set toil_cap_minutes to 0 first</source>
        <translation>generate écrit ce qu&apos;acquiert une organisation sans plafond : mettez d&apos;abord toil_cap_minutes à 0</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>New Year&apos;s Day</source>
        <translation>Jour de l&apos;An</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spring bank holiday</source>
        <translation>Jour férié de printemps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summer bank holiday</source>
        <translation>Jour férié d&apos;été</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Christmas Day</source>
        <translation>Noël</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boxing Day</source>
        <translation>Lendemain de Noël</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Planned work</source>
        <translation>Travail planifié</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Out-of-hours work</source>
        <translation>Travail en dehors des heures</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weekend release</source>
        <translation>Mise en production du week-end</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>The team is short of cover on those days</source>
        <translation>L&apos;équipe manque de personnel ces jours-là</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not enough TOIL on those days any more</source>
        <translation>Plus assez de récupération ces jours-là</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n lot(s) expired</source>
        <translation>
            <numerusform>%n dotation expirée</numerusform>
            <numerusform>%n dotations expirées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+74"/>
        <source>employees: %1 is not from 2 to %2</source>
        <translation>employees : %1 n&apos;est pas compris entre 2 et %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>weeks: %1 is not from 2 to %2</source>
        <translation>weeks : %1 n&apos;est pas compris entre 2 et %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>generate needs a database without employees; this one already has some</source>
        <translation>generate nécessite une base de données sans employés ; celle-ci en contient déjà</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>generate needs a database without timesheets; this one already has some</source>
        <translation>generate nécessite une base de données sans feuilles de temps ; celle-ci en contient déjà</translation>
    </message>
</context>
<context>
    <name>I18n</name>
    <message>
        <location filename="../core/I18n.cpp" line="+158"/>
        <source>language: &quot;%1&quot; is not a language Lieu speaks (%2)</source>
        <translation>language : « %1 » n&apos;est pas une langue que parle Lieu (%2)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>--lang needs a value (%1)</source>
        <translation>--lang attend une valeur (%1)</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../core/import/Importer.cpp" line="+60"/>
        <source>Only HR can import hours from a time tracker (%1 is not HR)</source>
        <translation>Seuls les RH peuvent importer des heures depuis un outil de suivi du temps (%1 ne fait pas partie des RH)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>line %1, column %2: %3 is in the future (today is %4); only hours already worked can be imported</source>
        <translation>ligne %1, colonne %2 : %3 est dans le futur (nous sommes le %4) ; seules les heures déjà travaillées peuvent être importées</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no employee has this first and last name</source>
        <translation>aucun employé n&apos;a ce prénom et ce nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no employee has this e-mail address</source>
        <translation>aucun employé n&apos;a cette adresse e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 employees have this name; give one of them a distinct name</source>
        <translation>%1 employés portent ce nom ; donnez à l&apos;un d&apos;eux un nom distinct</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>employee %1 is deactivated</source>
        <translation>l&apos;employé %1 est désactivé</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>line %1: %2 would have %3 hours on %4 (%5 from earlier rows or already in Lieu); at most 24 hours a day</source>
        <translation>ligne %1 : %2 aurait %3 heures le %4 (%5 venant de lignes précédentes ou déjà dans Lieu) ; 24 heures par jour au maximum</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Timesheet %1 took %2 of %3 imported logs</source>
        <translation>La feuille de temps %1 a reçu %2 des %3 saisies importées</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message numerus="yes">
        <location filename="../core/Inbox.cpp" line="+58"/>
        <location line="+1"/>
        <source>%n approved</source>
        <translation>
            <numerusform>%n approuvée</numerusform>
            <numerusform>%n approuvées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n refusée</numerusform>
            <numerusform>%n refusées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsertRowCommand</name>
    <message>
        <location filename="../ui/employee/GridCommands.cpp" line="+31"/>
        <source>add row</source>
        <translation>ajouter une ligne</translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message numerus="yes">
        <location filename="../core/Integrity.cpp" line="+36"/>
        <source>; and %n more</source>
        <translation>
            <numerusform>; et %n autre</numerusform>
            <numerusform>; et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+3"/>
        <source>Store</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>SQLite&apos;s integrity check failed (restore from a backup): %1</source>
        <translation>La vérification d&apos;intégrité de SQLite a échoué (restaurez à partir d&apos;une sauvegarde) : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SQLite&apos;s integrity check passed</source>
        <translation>La vérification d&apos;intégrité de SQLite a réussi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 row %2 refers to a missing %3</source>
        <translation>la ligne %2 de %1 fait référence à une entrée %3 absente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>References</source>
        <translation>Références</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>every reference points to an existing row</source>
        <translation>chaque référence pointe vers une ligne existante</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+7"/>
        <source>Append-only tables</source>
        <translation>Tables en ajout seul</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>this account may not see the triggers; run check with the owner&apos;s account to verify them</source>
        <translation>ce compte ne peut peut-être pas voir les déclencheurs ; lancez check avec le compte du propriétaire pour les vérifier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing refuses %1 on %2</source>
        <translation>rien ne refuse %1 sur %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the audit log and the leave ledger refuse UPDATE and DELETE</source>
        <translation>le journal d&apos;audit et les écritures de congé refusent UPDATE et DELETE</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: %2 allocation entries adding to %3 min; the lot holds %4 min</source>
        <translation>%1 : %2 écritures d&apos;attribution totalisant %3 min ; la dotation contient %4 min</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: used %2, expired %3, cancelled %4 min: none may be negative</source>
        <translation>%1 : utilisé %2, expiré %3, annulé %4 min : aucun ne peut être négatif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the ledger sums to %2 min, not allocated %3 - used %4 - expired %5 - cancelled %6</source>
        <translation>%1 : les écritures totalisent %2 min, et non attribué %3 - utilisé %4 - expiré %5 - annulé %6</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the balance is negative (%2 min)</source>
        <translation>%1 : le solde est négatif (%2 min)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is marked expired but still holds %2 min</source>
        <translation>%1 est marquée comme expirée mais contient encore %2 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is cancelled but still holds %2 min</source>
        <translation>%1 est annulée mais contient encore %2 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 ledger entries belong to another employee</source>
        <translation>%1 : %2 écritures appartiennent à un autre employé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 ledger entries have the wrong expiry flag</source>
        <translation>%1 : %2 écritures ont un indicateur d&apos;expiration erroné</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ledger entry %1 belongs to no lot</source>
        <translation>l&apos;écriture %1 n&apos;appartient à aucune dotation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lot ledgers</source>
        <translation>Écritures des dotations</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n lot(s): each ledger adds up to allocated - used - expired - cancelled, none negative, expired and cancelled lots hold nothing</source>
        <translation>
            <numerusform>%n dotation : le total des écritures vaut attribué - utilisé - expiré - annulé, aucun n&apos;est négatif, les dotations expirées et annulées ne contiennent rien</numerusform>
            <numerusform>%n dotations : chaque total d&apos;écritures vaut attribué - utilisé - expiré - annulé, aucun n&apos;est négatif, les dotations expirées et annulées ne contiennent rien</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 is %2 with docstatus %3</source>
        <translation>%1 est %2 avec docstatus %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is Approved with %2 min of TOIL but has no lot</source>
        <translation>%1 est approuvée (Approved) avec %2 min de récupération mais n&apos;a aucune dotation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is Approved but its lot %2 does not match it (source, status, minutes or employee)</source>
        <translation>%1 est approuvée (Approved) mais sa dotation %2 ne lui correspond pas (source, statut, minutes ou employé)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is Approved with TOIL but toil_status is %2</source>
        <translation>%1 est approuvée (Approved) avec de la récupération mais toil_status vaut %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is Approved without TOIL but has a lot</source>
        <translation>%1 est approuvée (Approved) sans récupération mais a une dotation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is Cancelled but its lot %2 is still live</source>
        <translation>%1 est annulée (Cancelled) mais sa dotation %2 est toujours active</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is %2 but already has a lot</source>
        <translation>%1 est %2 mais a déjà une dotation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>lot %1 has no source timesheet</source>
        <translation>la dotation %1 n&apos;a pas de feuille de temps d&apos;origine</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>lot %1 is live but its timesheet %2 is %3</source>
        <translation>la dotation %1 est active mais sa feuille de temps %2 est %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lot %1 is cancelled but its timesheet %2 is %3</source>
        <translation>la dotation %1 est annulée mais sa feuille de temps %2 est %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timesheets and lots</source>
        <translation>Feuilles de temps et dotations</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n timesheet(s): every Approved one with TOIL has its lot, every lot its Approved timesheet, no Cancelled one keeps a live lot</source>
        <translation>
            <numerusform>%n feuille de temps : chaque feuille approuvée (Approved) avec récupération a sa dotation, chaque dotation sa feuille approuvée, aucune feuille annulée (Cancelled) ne garde de dotation active</numerusform>
            <numerusform>%n feuilles de temps : chaque feuille approuvée (Approved) avec récupération a sa dotation, chaque dotation sa feuille approuvée, aucune feuille annulée (Cancelled) ne garde de dotation active</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: total_minutes %2 but its logs add up to %3</source>
        <translation>%1 : total_minutes vaut %2 mais ses saisies totalisent %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 logs outside its period or of another employee</source>
        <translation>%1 : %2 saisies hors de sa période ou d&apos;un autre employé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 logged %2 min on %3, more than a day has</source>
        <translation>%1 a saisi %2 min le %3, plus que ce que compte une journée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timesheet totals</source>
        <translation>Totaux des feuilles de temps</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>totals match their logs, at most 24 hours a day per employee</source>
        <translation>les totaux correspondent aux saisies, 24 heures par jour au maximum par employé</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 draws on %2, a lot of another employee</source>
        <translation>%1 puise dans %2, une dotation d&apos;un autre employé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is Open and holds a cancelled lot %2</source>
        <translation>%1 est ouverte (Open) et retient une dotation annulée %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is Approved for %2 min from %3 but the ledger took %4 min</source>
        <translation>%1 est approuvée (Approved) pour %2 min sur %3 mais les écritures ont prélevé %4 min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is %2 for %3 min but its draws add up to %4 min</source>
        <translation>%1 est %2 pour %3 min mais ses prélèvements totalisent %4 min</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is %2 but the ledger still holds %3 min against %4</source>
        <translation>%1 est %2 mais les écritures retiennent encore %3 min sur %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the ledger has %1 min of leave under %2, which is no leave application</source>
        <translation>les écritures comptent %1 min de congé sous %2, qui n&apos;est pas une demande de congé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open applications hold %1 min of %2, which has only %3 min</source>
        <translation>Les demandes ouvertes (Open) retiennent %1 min de %2, qui n&apos;en contient que %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave applications</source>
        <translation>Demandes de congé</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n application(s): Open ones reserve exactly their minutes, Approved ones&apos; draws match the ledger, Rejected and Cancelled ones hold nothing</source>
        <translation>
            <numerusform>%n demande : les demandes ouvertes (Open) réservent exactement leurs minutes, les prélèvements des demandes approuvées (Approved) correspondent aux écritures, les demandes refusées (Rejected) et annulées (Cancelled) ne retiennent rien</numerusform>
            <numerusform>%n demandes : les demandes ouvertes (Open) réservent exactement leurs minutes, les prélèvements des demandes approuvées (Approved) correspondent aux écritures, les demandes refusées (Rejected) et annulées (Cancelled) ne retiennent rien</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <location filename="../core/JobRunner.cpp" line="+33"/>
        <source>job: a job and a due date are needed to claim a run</source>
        <translation>job : une tâche et une date d&apos;échéance sont nécessaires pour réserver une exécution</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The claim on %1 for %2 vanished while it was read</source>
        <translation>La réservation de %1 pour le %2 a disparu pendant sa lecture</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>interrupted: the runner stopped before it finished</source>
        <translation>interrompue : l&apos;exécutant s&apos;est arrêté avant la fin</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 for %2 was not claimed by this runner</source>
        <translation>La tâche %1 pour le %2 n&apos;a pas été réservée par cet exécutant</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../core/Jobs.cpp" line="+140"/>
        <source>Dear %1,</source>
        <translation>Bonjour %1,</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Some of your Time Off in Lieu expires within the next %n day(s). Use it before the last day shown, or it is lost:</source>
        <translation>
            <numerusform>Une partie de votre récupération expire dans le prochain jour. Utilisez-la avant le dernier jour indiqué, sinon elle sera perdue :</numerusform>
            <numerusform>Une partie de votre récupération expire dans les %n prochains jours. Utilisez-la avant le dernier jour indiqué, sinon elle sera perdue :</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  %1: %2 h (%3 days) left, last day to use it %4</source>
        <translation>  %1 : il reste %2 h (%3 jours), dernier jour pour l&apos;utiliser %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In total %1 h (%2 days) expires soon.</source>
        <translation>Au total, %1 h (%2 jours) expirent bientôt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This reminder was sent by Lieu.</source>
        <translation>Ce rappel a été envoyé par Lieu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your TOIL expires soon: %1 h by %2</source>
        <translation>Votre récupération expire bientôt : %1 h d&apos;ici le %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/Scheduler.cpp" line="+99"/>
        <source>%n lot(s) expired</source>
        <translation>
            <numerusform>%n dotation expirée</numerusform>
            <numerusform>%n dotations expirées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n reminder(s) queued</source>
        <translation>
            <numerusform>%n rappel mis en file d&apos;attente</numerusform>
            <numerusform>%n rappels mis en file d&apos;attente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LaunchOptionsParser</name>
    <message>
        <location filename="../ui/shell/LaunchOptions.cpp" line="+19"/>
        <source>%1 needs a value</source>
        <translation>%1 attend une valeur</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>unknown argument &quot;%1&quot; (see lieu --help)</source>
        <translation>argument inconnu « %1 » (voir lieu --help)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--as and --page go with --screenshot FILE</source>
        <translation>--as et --page vont avec --screenshot FICHIER</translation>
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
        <translation>Usage : lieu [options]
Lieu, la récupération : saisir les heures, approuver les heures supplémentaires, utiliser la récupération et la laisser expirer.

  --db CHEMIN         un fichier SQLite ou mysql://COMPTE@HÔTE[:PORT]/BASE (ou LIEU_DB ; par défaut : le choix de
                      la page Connexion à la base de données, sinon lieu.sqlite dans l&apos;emplacement des données)
  --today AAAA-MM-JJ  faire comme si nous étions ce jour-là (ou LIEU_TODAY)
  --screenshot FICHIER  ouvrir la fenêtre principale hors écran, l&apos;enregistrer en PNG et quitter
  --as IDENTIFIANT    avec --screenshot : l&apos;utilisateur connecté (par défaut : l&apos;utilisateur RH de la démo)
  --page ID           avec --screenshot : la page affichée (p. ex. employee.timesheet)
  --version           afficher la version

Sans écran, la fenêtre est dessinée hors écran et enregistrée en PNG, dont le chemin est affiché.
</translation>
    </message>
</context>
<context>
    <name>Leaves</name>
    <message>
        <location filename="../core/Leaves.cpp" line="+84"/>
        <source>Leave application %1 does not exist</source>
        <translation>La demande de congé %1 n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>from_date: the date is missing</source>
        <translation>from_date : la date est manquante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to_date: the date is missing</source>
        <translation>to_date : la date est manquante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to_date: %1 is before from_date %2</source>
        <translation>to_date : %1 est antérieure à from_date %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to_date: one application covers at most %1 days</source>
        <translation>to_date : une demande couvre au plus %1 jours</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>half_day_date: %1 is not between %2 and %3</source>
        <translation>half_day_date : %1 n&apos;est pas compris entre %2 et %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>half_day_date: %1 is a weekend day or a holiday, not a working day</source>
        <translation>half_day_date : %1 est un jour de week-end ou férié, pas un jour ouvré</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 to %2: these days are holidays: no leave needed</source>
        <translation>du %1 au %2 : ces jours sont fériés : aucun congé nécessaire</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (du %2 au %3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The leave overlaps %1 on %2</source>
        <translation>Le congé chevauche %1 le %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Employee %1 is deactivated</source>
        <translation>L&apos;employé %1 est désactivé</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+36"/>
        <source>Insufficient TOIL Balance: the leave needs %1 h (%2 days) but %3 h (%4 days) is available on those days; short by %5 h (%6 days)</source>
        <translation>Solde de récupération insuffisant : le congé nécessite %1 h (%2 jours) mais %3 h (%4 jours) sont disponibles ces jours-là ; il manque %5 h (%6 jours)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Leave application %1 is %2: only an Open application can be approved</source>
        <translation>La demande de congé %1 est %2 : seule une demande ouverte (Open) peut être approuvée</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>status: &quot;%1&quot; is not a leave application status (%2)</source>
        <translation>status : « %1 » n&apos;est pas un statut de demande de congé (%2)</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>approve</source>
        <translation>approuver</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>reason: say why the leave is rejected</source>
        <translation>reason : indiquez pourquoi le congé est refusé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Leave application %1 is %2: only an Open application can be rejected</source>
        <translation>La demande de congé %1 est %2 : seule une demande ouverte (Open) peut être refusée</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>reject</source>
        <translation>refuser</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Leave application %1 is %2 and cannot be cancelled</source>
        <translation>La demande de congé %1 est %2 et ne peut pas être annulée</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <location filename="../core/Ledger.cpp" line="+127"/>
        <source>Leave allocation %1 does not exist</source>
        <translation>La dotation %1 n&apos;existe pas</translation>
    </message>
</context>
<context>
    <name>MailCommands</name>
    <message>
        <location filename="../core/mail/MailCommands.cpp" line="+57"/>
        <source>%1: &quot;%2&quot; must be a whole number from 1 to 100000</source>
        <translation>%1 : « %2 » doit être un nombre entier de 1 à 100000</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>smtp_host is not set: &quot;lieuctl settings set smtp_host HOST&quot; (and smtp_port, smtp_security, smtp_user, smtp_from); the password comes from LIEU_SMTP_PASSWORD</source>
        <translation>smtp_host n&apos;est pas défini : « lieuctl settings set smtp_host HOST » (ainsi que smtp_port, smtp_security, smtp_user, smtp_from) ; le mot de passe provient de LIEU_SMTP_PASSWORD</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>outbox subcommand (list, show, send, retry)</source>
        <translation>sous-commande de outbox (list, show, send, retry)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>status: &quot;%1&quot; must be Not Sent, Sending, Sent or Error</source>
        <translation>status : « %1 » doit être Not Sent, Sending, Sent ou Error</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n tentative</numerusform>
            <numerusform>%n tentatives</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  next attempt %1</source>
        <translation>  prochaine tentative %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  waits for retry</source>
        <translation>  attend une relance (retry)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  sent %1</source>
        <translation>  envoyé le %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <source>e-mail ID</source>
        <translation>identifiant de l&apos;e-mail</translation>
    </message>
    <message numerus="yes">
        <location line="-6"/>
        <source>%1 to %2, %3, %n attempt(s)</source>
        <translation>
            <numerusform>%1 à %2, %3, %n tentative</numerusform>
            <numerusform>%1 à %2, %3, %n tentatives</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject: %1</source>
        <translation>Objet : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is queued again (Not Sent)</source>
        <translation>%1 est de nouveau en file d&apos;attente (Not Sent)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown outbox subcommand &quot;%1&quot;</source>
        <translation>sous-commande de outbox inconnue « %1 »</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>mail subcommand (test)</source>
        <translation>sous-commande de mail (test)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown mail subcommand &quot;%1&quot;</source>
        <translation>sous-commande de mail inconnue « %1 »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lieu test e-mail</source>
        <translation>E-mail de test de Lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a test e-mail from Lieu for %1.

If you can read it, the SMTP settings work.</source>
        <translation>Ceci est un e-mail de test de Lieu pour %1.

Si vous pouvez le lire, les paramètres SMTP fonctionnent.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Test e-mail sent to %1 through %2:%3</source>
        <translation>E-mail de test envoyé à %1 via %2:%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The test e-mail was not sent: %1</source>
        <translation>L&apos;e-mail de test n&apos;a pas été envoyé : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  outbox list [--status S]... [--limit N]  the e-mail queue, newest first
  outbox show ID | retry ID                one e-mail; requeue one in Error (or left Sending)
  outbox send [--limit N]                  send what is due now (password: LIEU_SMTP_PASSWORD)
</source>
        <translation>  outbox list [--status S]... [--limit N]  la file des e-mails, les plus récents d&apos;abord
  outbox show ID | retry ID                un e-mail ; remettre en file un e-mail en Error (ou resté en Sending)
  outbox send [--limit N]                  envoyer ce qui est dû maintenant (mot de passe : LIEU_SMTP_PASSWORD)
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  mail test ADDRESS [--subject TEXT]       send a test e-mail with the SMTP settings
</source>
        <translation>  mail test ADDRESS [--subject TEXT]       envoyer un e-mail de test avec les paramètres SMTP
</translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <location filename="../core/Maintenance.cpp" line="+42"/>
        <source>Only HR or the database administrator can switch maintenance mode</source>
        <translation>Seuls les RH ou l&apos;administrateur de la base de données peuvent basculer le mode maintenance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database has an older schema without maintenance mode: run &quot;lieuctl migrate&quot; first</source>
        <translation>La base de données a un schéma plus ancien sans mode maintenance : lancez d&apos;abord « lieuctl migrate »</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>reason: at most %1 characters</source>
        <translation>reason : %1 caractères au maximum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database is being serviced</source>
        <translation>la base de données est en cours de maintenance</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <location filename="../core/Names.cpp" line="+46"/>
        <source>%1: &quot;%2&quot; is not a document name like %3</source>
        <translation>%1 : « %2 » n&apos;est pas un nom de document comme %3</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message numerus="yes">
        <location filename="../core/Notifications.cpp" line="+46"/>
        <source>%n timesheet(s) wait for your approval</source>
        <translation>
            <numerusform>%n feuille de temps attend votre approbation</numerusform>
            <numerusform>%n feuilles de temps attendent votre approbation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n leave application(s) wait for your approval</source>
        <translation>
            <numerusform>%n demande de congé attend votre approbation</numerusform>
            <numerusform>%n demandes de congé attendent votre approbation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 h (%2 days) of your TOIL expires within %n day(s), the first on %3</source>
        <translation>
            <numerusform>%1 h (%2 jours) de votre récupération expirent d&apos;ici %n jour, la première échéance étant le %3</numerusform>
            <numerusform>%1 h (%2 jours) de votre récupération expirent d&apos;ici %n jours, la première échéance étant le %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../core/Outbox.cpp" line="+59"/>
        <source>recipient: &quot;%1&quot; is not an e-mail address</source>
        <translation>recipient : « %1 » n&apos;est pas une adresse e-mail</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>E-mail %1 is not in the outbox</source>
        <translation>L&apos;e-mail %1 n&apos;est pas dans la boîte d&apos;envoi</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Only HR can requeue e-mails</source>
        <translation>Seuls les RH peuvent remettre des e-mails en file d&apos;attente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was sent on %2: nothing to retry</source>
        <translation>%1 a été envoyé le %2 : rien à renvoyer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is already waiting to be sent</source>
        <translation>%1 attend déjà d&apos;être envoyé</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 is being sent right now; try again in %n minute(s) if it stays Sending</source>
        <translation>
            <numerusform>%1 est en cours d&apos;envoi ; réessayez dans %n minute s&apos;il reste à l&apos;état Sending</numerusform>
            <numerusform>%1 est en cours d&apos;envoi ; réessayez dans %n minutes s&apos;il reste à l&apos;état Sending</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxSender</name>
    <message numerus="yes">
        <location filename="../core/mail/OutboxSender.cpp" line="+37"/>
        <source>%n e-mail(s) sent</source>
        <translation>
            <numerusform>%n e-mail envoyé</numerusform>
            <numerusform>%n e-mails envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n unconfirmed (left Sending)</source>
        <translation>
            <numerusform>%n non confirmé (resté à l&apos;état Sending)</numerusform>
            <numerusform>%n non confirmés (restés à l&apos;état Sending)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n deferred (server unreachable)</source>
        <translation>
            <numerusform>%n reporté (serveur injoignable)</numerusform>
            <numerusform>%n reportés (serveur injoignable)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>smtp_from is not set: the outbox waits until it is</source>
        <translation>smtp_from n&apos;est pas défini : la boîte d&apos;envoi attend qu&apos;il le soit</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1; the server may have the message: check with the recipient, then &quot;lieuctl outbox retry %2&quot; to send it again</source>
        <translation>%1 ; le serveur a peut-être reçu le message : vérifiez auprès du destinataire, puis lancez « lieuctl outbox retry %2 » pour le renvoyer</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>smtp_from is not set: say which address Lieu sends from</source>
        <translation>smtp_from n&apos;est pas défini : indiquez l&apos;adresse depuis laquelle Lieu envoie</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../core/Permissions.cpp" line="+17"/>
        <source>The user &quot;%1&quot; is not an employee in this database</source>
        <translation>L&apos;utilisateur « %1 » n&apos;est pas un employé de cette base de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The login of employee %1 has changed since &quot;%2&quot; signed in: sign in again</source>
        <translation>L&apos;identifiant de l&apos;employé %1 a changé depuis la connexion de « %2 » : reconnectez-vous</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user &quot;%1&quot; (%2) is deactivated</source>
        <translation>L&apos;utilisateur « %1 » (%2) est désactivé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user &quot;%1&quot; no longer has the HR role: sign in again</source>
        <translation>L&apos;utilisateur « %1 » n&apos;a plus le rôle RH : reconnectez-vous</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 may not see the records of employee %2</source>
        <translation>%1 n&apos;a pas le droit de voir les dossiers de l&apos;employé %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 may not create a timesheet for employee %2</source>
        <translation>%1 n&apos;a pas le droit de créer une feuille de temps pour l&apos;employé %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only employee %1 can %2 timesheet %3</source>
        <translation>Seul l&apos;employé %1 peut %2 la feuille de temps %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only employee %1 or HR can add time logs to timesheet %2</source>
        <translation>Seuls l&apos;employé %1 ou les RH peuvent ajouter des saisies à la feuille de temps %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nobody approves their own timesheet: %1 belongs to %2</source>
        <translation>Personne n&apos;approuve sa propre feuille de temps : %1 appartient à %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>discard</source>
        <translation>supprimer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>HR cannot cancel their own approved timesheet %1: the supervisor who approved it or another HR user can</source>
        <translation>Un utilisateur RH ne peut pas annuler sa propre feuille de temps approuvée %1 : le responsable qui l&apos;a approuvée ou un autre utilisateur RH peut le faire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only HR or the supervisor who approved it can cancel timesheet %1</source>
        <translation>Seuls les RH ou le responsable qui l&apos;a approuvée peuvent annuler la feuille de temps %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 may not apply for leave on behalf of employee %2</source>
        <translation>%1 n&apos;a pas le droit de demander un congé pour l&apos;employé %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nobody can %1 their own leave application (%2)</source>
        <translation>Personne ne peut %1 sa propre demande de congé (%2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only the immediate supervisor can %1 this leave application</source>
        <translation>Seul le responsable direct peut %1 cette demande de congé</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only employee %1 can cancel the Open leave application %2</source>
        <translation>Seul l&apos;employé %1 peut annuler la demande de congé ouverte %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>HR cannot cancel their own approved leave application %1: their supervisor or another HR user can</source>
        <translation>Un utilisateur RH ne peut pas annuler sa propre demande de congé approuvée %1 : son responsable ou un autre utilisateur RH peut le faire</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the supervisor or HR can cancel the approved leave application %1</source>
        <translation>Seuls le responsable ou les RH peuvent annuler la demande de congé approuvée %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only HR can edit employees</source>
        <translation>Seuls les RH peuvent modifier les employés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody changes their own HR role or deactivates themselves: another HR user or the administrator does it</source>
        <translation>Personne ne modifie son propre rôle RH ni ne se désactive soi-même : c&apos;est à un autre utilisateur RH ou à l&apos;administrateur de le faire</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only HR can reset another person&apos;s password</source>
        <translation>Seuls les RH peuvent réinitialiser le mot de passe d&apos;une autre personne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change your own password with the current one; a reset is for someone else&apos;s</source>
        <translation>Changez votre propre mot de passe en indiquant l&apos;actuel ; la réinitialisation sert pour celui de quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only HR or the system runs the expiry and reminder jobs</source>
        <translation>Seuls les RH ou le système exécutent les tâches d&apos;expiration et de rappel</translation>
    </message>
</context>
<context>
    <name>RemoveRowCommand</name>
    <message>
        <location filename="../ui/employee/GridCommands.cpp" line="+15"/>
        <source>remove row</source>
        <translation>supprimer une ligne</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../core/export/Reports.cpp" line="+32"/>
        <source>Balances</source>
        <translation>Soldes</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <location line="+24"/>
        <location line="+29"/>
        <source>Employee</source>
        <translation>Employé</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+30"/>
        <location line="+24"/>
        <source>Employee name</source>
        <translation>Nom de l&apos;employé</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>As of</source>
        <translation>Au</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Available (hours)</source>
        <translation>Disponible (heures)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Available (minutes)</source>
        <translation>Disponible (minutes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available (days)</source>
        <translation>Disponible (jours)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pending (hours)</source>
        <translation>En attente (heures)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pending (minutes)</source>
        <translation>En attente (minutes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiring within %1 days (hours)</source>
        <translation>Expire dans les %1 jours (heures)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expiring (minutes)</source>
        <translation>Expirant (minutes)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next expiry</source>
        <translation>Prochaine expiration</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Ledger</source>
        <translation>Écritures</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Transaction type</source>
        <translation>Type de transaction</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>Allocation</source>
        <translation>Dotation</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+24"/>
        <location line="+28"/>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+24"/>
        <location line="+28"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+49"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+49"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Timesheets</source>
        <translation>Feuilles de temps</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>Timesheet</source>
        <translation>Feuille de temps</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TOIL (hours)</source>
        <translation>Récupération (heures)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TOIL (minutes)</source>
        <translation>Récupération (minutes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOIL (days)</source>
        <translation>Récupération (jours)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TOIL status</source>
        <translation>Statut de la récupération</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Time logs</source>
        <translation>Saisies de temps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Billable</source>
        <translation>Facturable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>kind: &quot;%1&quot; is not an export (balances, ledger or timesheets)</source>
        <translation>kind : « %1 » n&apos;est pas un export (balances, ledger ou timesheets)</translation>
    </message>
</context>
<context>
    <name>SeedAccrualPolicy</name>
    <message>
        <location filename="../core/Accrual.cpp" line="-58"/>
        <source>Seed rule: non-billable hours are TOIL</source>
        <translation>Règle d&apos;origine : les heures non facturables sont de la récupération</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rule: %1</source>
        <translation>Règle : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no activity)</source>
        <translation>(aucune activité)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1  %2  %3 h billable: not counted</source>
        <translation>%1  %2  %3 h facturables : non comptées</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (x%1% on a weekend or holiday)</source>
        <translation> (x%1% un week-end ou un jour férié)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1  %2  %3 h non-billable: counted %4 h%5</source>
        <translation>%1  %2  %3 h non facturables : %4 h comptées%5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total TOIL: %1 h = %2 days at %3 h per TOIL day</source>
        <translation>Récupération totale : %1 h = %2 jours à %3 h par jour de récupération</translation>
    </message>
</context>
<context>
    <name>SetCellCommand</name>
    <message>
        <location filename="../ui/employee/GridCommands.cpp" line="-33"/>
        <location line="+4"/>
        <source>change %1</source>
        <translation>modifier %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>change billable</source>
        <translation>modifier facturable</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../core/Settings.cpp" line="+54"/>
        <location line="+59"/>
        <source>Only HR can change settings</source>
        <translation>Seuls les RH peuvent modifier les paramètres</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>setting: &quot;%1&quot; is not a Lieu setting</source>
        <translation>setting : « %1 » n&apos;est pas un paramètre de Lieu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: &quot;%2&quot; must be a whole number from %3 to %4</source>
        <translation>%1 : « %2 » doit être un nombre entier de %3 à %4</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: &quot;%2&quot; must be &quot;seed&quot; or &quot;contracted&quot;</source>
        <translation>%1 : « %2 » doit être « seed » ou « contracted »</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: &quot;%2&quot; must list weekdays 1 (Monday) to 7 (Sunday), e.g. 6,7</source>
        <translation>%1 : « %2 » doit lister des jours de la semaine de 1 (lundi) à 7 (dimanche), p. ex. 6,7</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the organisation needs a name</source>
        <translation>%1 : l&apos;organisation doit avoir un nom</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The leave type &quot;%1&quot; is missing: run &quot;lieuctl init&quot;</source>
        <translation>Le type de congé « %1 » est manquant : lancez « lieuctl init »</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only HR can change the TOIL leave type</source>
        <translation>Seuls les RH peuvent modifier le type de congé de récupération</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expire_carry_forwarded_leaves_after_days: %1 must be from 1 to 3660 days</source>
        <translation>expire_carry_forwarded_leaves_after_days : %1 doit être compris entre 1 et 3660 jours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>allow_negative: TOIL cannot go negative in Lieu; leave it off</source>
        <translation>allow_negative : la récupération ne peut pas devenir négative dans Lieu ; laissez cette option désactivée</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <location filename="../core/Setup.cpp" line="+21"/>
        <source>user_id: the first HR user needs a login to sign in with</source>
        <translation>user_id : le premier utilisateur RH a besoin d&apos;un identifiant pour se connecter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This database already has employees: the first-start set-up is only for an empty one</source>
        <translation>Cette base de données contient déjà des employés : la configuration initiale est réservée à une base vide</translation>
    </message>
</context>
<context>
    <name>SmtpClient</name>
    <message>
        <location filename="../core/mail/SmtpClient.cpp" line="+123"/>
        <source>%1: the server&apos;s answer is not SMTP: &quot;%2&quot;</source>
        <translation>%1 : la réponse du serveur n&apos;est pas du SMTP : « %2 »</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1: the server answered %2 %3</source>
        <translation>%1 : le serveur a répondu %2 %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>TLS certificate refused: %1</source>
        <translation>Certificat TLS refusé : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server closed the connection</source>
        <translation>le serveur a fermé la connexion</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>pas de réponse en %n seconde</numerusform>
            <numerusform>pas de réponse en %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2:%3): %4</source>
        <translation>%1 (%2:%3) : %4</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>smtp_ca_file: no PEM certificate could be read from &quot;%1&quot;</source>
        <translation>smtp_ca_file : aucun certificat PEM n&apos;a pu être lu dans « %1 »</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>connecting to %1:%2 (%3)</source>
        <translation>connexion à %1:%2 (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TLS connection</source>
        <translation>connexion TLS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>connection</source>
        <translation>connexion</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>STARTTLS: %1:%2 does not offer STARTTLS; set smtp_security to &quot;tls&quot; or &quot;none&quot; if that is intended</source>
        <translation>STARTTLS : %1:%2 ne propose pas STARTTLS ; mettez smtp_security à « tls » ou « none » si c&apos;est voulu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>TLS handshake</source>
        <translation>négociation TLS</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>AUTH as %1</source>
        <translation>AUTH en tant que %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>AUTH: %1:%2 offers no authentication on this connection; check smtp_security</source>
        <translation>AUTH : %1:%2 ne propose aucune authentification sur cette connexion ; vérifiez smtp_security</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AUTH: %1:%2 offers only %3; Lieu speaks PLAIN and LOGIN</source>
        <translation>AUTH : %1:%2 ne propose que %3 ; Lieu prend en charge PLAIN et LOGIN</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+2"/>
        <source>greeting</source>
        <translation>accueil</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: &quot;%2&quot; is not an e-mail address</source>
        <translation>%1 : « %2 » n&apos;est pas une adresse e-mail</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the message has no recipient</source>
        <translation>le message n&apos;a pas de destinataire</translation>
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
            <numerusform>C: (message, %n octet)</numerusform>
            <numerusform>C: (message, %n octets)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>message</source>
        <translation>message</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>end of message</source>
        <translation>fin du message</translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <location filename="../core/export/Statement.cpp" line="+46"/>
        <source>Not yet valid</source>
        <translation>Pas encore valable</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Used</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Valid</source>
        <translation>Valable</translation>
    </message>
</context>
<context>
    <name>StatementPdf</name>
    <message>
        <location filename="../ui/report/StatementPdf.cpp" line="+114"/>
        <source>TOIL statement</source>
        <translation>Relevé de récupération</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Statement date %1</source>
        <translation>Relevé au %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No supervisor assigned</source>
        <translation>Aucun responsable désigné</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Supervisor: %1</source>
        <translation>Responsable : %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Available on %1</source>
        <translation>Disponible le %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending leave</source>
        <translation>Congés en attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiring within %1 days</source>
        <translation>Expire dans les %1 jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next expiry</source>
        <translation>Prochaine expiration</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>TOIL lots</source>
        <translation>Dotations de récupération</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lot</source>
        <translation>Dotation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Timesheet</source>
        <translation>Feuille de temps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from</source>
        <translation>Valable du</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid until</source>
        <translation>Valable jusqu&apos;au</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accrued</source>
        <translation>Acquis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left</source>
        <translation>Restant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No TOIL has been accrued.</source>
        <translation>Aucune récupération n&apos;a été acquise.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>and %n earlier lot(s), not shown</source>
        <translation>
            <numerusform>et %n dotation antérieure, non affichée</numerusform>
            <numerusform>et %n dotations antérieures, non affichées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All lots: accrued %1 h, used %2 h, expired %3 h</source>
        <translation>Toutes les dotations : acquis %1 h, utilisé %2 h, expiré %3 h</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>TOIL leave</source>
        <translation>Congés de récupération</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Half day</source>
        <translation>Demi-journée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No TOIL leave applied for.</source>
        <translation>Aucun congé de récupération demandé.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>and %n earlier application(s), not shown</source>
        <translation>
            <numerusform>et %n demande antérieure, non affichée</numerusform>
            <numerusform>et %n demandes antérieures, non affichées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Each lot is valid from the day after its timesheet&apos;s period for its own term; leave draws on the lot that expires first. The available balance is the ledger&apos;s sum for the lots valid on the statement date.</source>
        <translation>Chaque dotation est valable à partir du lendemain de la période de sa feuille de temps, pour sa propre durée ; un congé puise dans la dotation qui expire en premier. Le solde disponible est la somme des écritures des dotations valables à la date du relevé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One TOIL day is %1 h. Generated %2 UTC by Lieu.</source>
        <translation>Un jour de récupération vaut %1 h. Généré le %2 UTC par Lieu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>TOIL statement: %1</source>
        <translation>Relevé de récupération : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>Cannot write the statement to %1</source>
        <translation>Impossible d&apos;écrire le relevé dans %1</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <location filename="../core/Text.cpp" line="+24"/>
        <source>at most %1 characters (this has %2)</source>
        <translation>%1 caractères au maximum (celui-ci en a %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is not valid UTF-8 text (character %1 is U+FFFD, the mark of a wrong encoding)</source>
        <translation>ce n&apos;est pas du texte UTF-8 valide (le caractère %1 est U+FFFD, signe d&apos;un mauvais encodage)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is not valid text (character %1 is half of a surrogate pair)</source>
        <translation>ce n&apos;est pas du texte valide (le caractère %1 est une moitié de paire de substitution)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>character %1 is the control character U+%2; only printable text is allowed</source>
        <translation>le caractère %1 est le caractère de contrôle U+%2 ; seul le texte imprimable est autorisé</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: &quot;%2&quot; cannot be stored: %3</source>
        <translation>%1 : « %2 » ne peut pas être enregistré : %3</translation>
    </message>
</context>
<context>
    <name>Timesheets</name>
    <message>
        <location filename="../core/Timesheets.cpp" line="+94"/>
        <source>Timesheet %1 does not exist</source>
        <translation>La feuille de temps %1 n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>time log %1: the date is missing or does not exist</source>
        <translation>saisie de temps %1 : la date est manquante ou n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>time log %1: date %2 is outside the timesheet period %3 to %4</source>
        <translation>saisie de temps %1 : la date %2 est hors de la période de la feuille de temps, du %3 au %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>time log %1: date %2 is in the future (today is %3)</source>
        <translation>saisie de temps %1 : la date %2 est dans le futur (nous sommes le %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>time log %1 (%2): hours must be more than zero, not %3</source>
        <translation>saisie de temps %1 (%2) : les heures doivent être supérieures à zéro, pas %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>time log %1 (%2): %3 hours is more than a day has</source>
        <translation>saisie de temps %1 (%2) : %3 heures, c&apos;est plus que ce que compte une journée</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: %2 hours logged on one day (%3 in other timesheets); at most 24 hours a day</source>
        <translation>%1 : %2 heures saisies sur une journée (%3 dans d&apos;autres feuilles de temps) ; 24 heures par jour au maximum</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>start_date: the date is missing</source>
        <translation>start_date : la date est manquante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>end_date: the date is missing</source>
        <translation>end_date : la date est manquante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>end_date: %1 is before start_date %2</source>
        <translation>end_date : %1 est antérieure à start_date %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>end_date: a timesheet covers at most %1 days</source>
        <translation>end_date : une feuille de temps couvre au plus %1 jours</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Employee %1 is deactivated</source>
        <translation>L&apos;employé %1 est désactivé</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>edit</source>
        <translation>modifier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timesheet %1 is %2: only a Draft or Rejected timesheet can be edited</source>
        <translation>La feuille de temps %1 est %2 : seule une feuille de temps en brouillon (Draft) ou refusée (Rejected) peut être modifiée</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Timesheet %1 is %2: logs can be added only to a Draft</source>
        <translation>La feuille de temps %1 est %2 : on ne peut ajouter des saisies qu&apos;à un brouillon (Draft)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>send</source>
        <translation>soumettre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timesheet %1 is %2: only a Draft or Rejected timesheet can be sent for approval</source>
        <translation>La feuille de temps %1 est %2 : seule une feuille de temps en brouillon (Draft) ou refusée (Rejected) peut être soumise pour approbation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timesheet %1 has no time logs: add the hours before sending it</source>
        <translation>La feuille de temps %1 n&apos;a aucune saisie : ajoutez les heures avant de la soumettre</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Timesheet %1 is %2: only a timesheet Awaiting Approval can be approved</source>
        <translation>La feuille de temps %1 est %2 : seule une feuille de temps en attente d&apos;approbation (Awaiting Approval) peut être approuvée</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>status: &quot;%1&quot; is not a timesheet status (%2)</source>
        <translation>status : « %1 » n&apos;est pas un statut de feuille de temps (%2)</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Only the immediate supervisor can approve this timesheet</source>
        <translation>Seul le responsable direct peut approuver cette feuille de temps</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cap: the balance is %1 h and the cap is %2 h, so %3 h accrued and %4 h were not accrued</source>
        <translation>Plafond : le solde est de %1 h et le plafond de %2 h, donc %3 h ont été acquises et %4 h ne l&apos;ont pas été</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>reason: say why the timesheet is rejected</source>
        <translation>reason : indiquez pourquoi la feuille de temps est refusée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Timesheet %1 is %2: only a timesheet Awaiting Approval can be rejected</source>
        <translation>La feuille de temps %1 est %2 : seule une feuille de temps en attente d&apos;approbation (Awaiting Approval) peut être refusée</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Only the immediate supervisor can reject this timesheet</source>
        <translation>Seul le responsable direct peut refuser cette feuille de temps</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cannot cancel timesheet - TOIL consumed by %1: cancel those leave applications first</source>
        <translation>Impossible d&apos;annuler la feuille de temps - récupération consommée par %1 : annulez d&apos;abord ces demandes de congé</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Timesheet %1 is %2 and cannot be cancelled</source>
        <translation>La feuille de temps %1 est %2 et ne peut pas être annulée</translation>
    </message>
</context>
<context>
    <name>TrackerFile</name>
    <message>
        <location filename="../core/import/TrackerFile.cpp" line="+170"/>
        <source>Detect from the header</source>
        <translation>Détecter d&apos;après l&apos;en-tête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toggl Track detailed report</source>
        <translation>Toggl Track – rapport détaillé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clockify detailed report</source>
        <translation>Clockify – rapport détaillé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kimai timesheet export</source>
        <translation>Kimai – export des feuilles de temps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harvest detailed time report</source>
        <translation>Harvest – rapport de temps détaillé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generic CSV (date, hours, billable, activity, description, email)</source>
        <translation>CSV générique (date, hours, billable, activity, description, email)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: &quot;%2&quot; is not a layout (toggl, clockify, kimai, harvest, generic or auto)</source>
        <translation>%1 : « %2 » n&apos;est pas une disposition (toggl, clockify, kimai, harvest, generic ou auto)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: &quot;%2&quot; is not a date order (dmy, mdy, ymd or detect)</source>
        <translation>%1 : « %2 » n&apos;est pas un ordre de date (dmy, mdy, ymd ou detect)</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>line 1: the %1 layout needs the column(s) %2; the header has: %3</source>
        <translation>ligne 1 : la disposition %1 attend la ou les colonnes %2 ; l&apos;en-tête contient : %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>line 1: the header matches no known layout (Toggl Track, Clockify, Kimai, Harvest, or the generic date, hours, billable, activity, description, email); it has: %1</source>
        <translation>ligne 1 : l&apos;en-tête ne correspond à aucune disposition connue (Toggl Track, Clockify, Kimai, Harvest, ou la disposition générique date, hours, billable, activity, description, email) ; il contient : %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The dates disagree: &quot;%1&quot; on line %2 is day-first but &quot;%3&quot; on line %4 is month-first</source>
        <translation>Les dates se contredisent : « %1 » à la ligne %2 commence par le jour mais « %3 » à la ligne %4 par le mois</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dates such as &quot;%1&quot; (line %2) can be read day-first or month-first and no date in the file tells which: choose the date order (dmy or mdy)</source>
        <translation>Des dates comme « %1 » (ligne %2) peuvent se lire jour d&apos;abord ou mois d&apos;abord et aucune date du fichier ne permet de trancher : choisissez l&apos;ordre des dates (dmy ou mdy)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>line %1, column %2 (%3): %4</source>
        <translation>ligne %1, colonne %2 (%3) : %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the first name is empty</source>
        <translation>le prénom est vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the last name is empty</source>
        <translation>le nom de famille est vide</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the e-mail address is empty</source>
        <translation>l&apos;adresse e-mail est vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>« %1 » n&apos;est pas une adresse e-mail</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the date is empty</source>
        <translation>la date est vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a date that exists (read as %2)</source>
        <translation>« %1 » n&apos;est pas une date qui existe (lue comme %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day-first</source>
        <translation>jour d&apos;abord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month-first</source>
        <translation>mois d&apos;abord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year-first</source>
        <translation>année d&apos;abord</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a date that exists</source>
        <translation>« %1 » n&apos;est pas une date qui existe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a time of day (write 09:00, 09:00:00 or 9:00 AM)</source>
        <translation>« %1 » n&apos;est pas une heure (écrivez 09:00, 09:00:00 ou 9:00 AM)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a time of day (write 17:30, 17:30:00 or 5:30 PM)</source>
        <translation>« %1 » n&apos;est pas une heure (écrivez 17:30, 17:30:00 ou 5:30 PM)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&quot;%1&quot; is not an amount of hours (write 7.5, 7,5, 7:30 or 07:30:00)</source>
        <translation>« %1 » n&apos;est pas une durée en heures (écrivez 7.5, 7,5, 7:30 ou 07:30:00)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the entry ends before it starts</source>
        <translation>la saisie se termine avant de commencer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the duration is empty and there are no start and end times to count it from</source>
        <translation>la durée est vide et il n&apos;y a pas d&apos;heures de début et de fin pour la calculer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 hours is more than a day has</source>
        <translation>%1 heures, c&apos;est plus que ce que compte une journée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>empty; write Yes or No</source>
        <translation>vide ; écrivez Yes ou No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is neither Yes nor No</source>
        <translation>« %1 » n&apos;est ni Yes ni No</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the activity &quot;%1&quot; cannot be stored: %2</source>
        <translation>l&apos;activité « %1 » ne peut pas être enregistrée : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the description &quot;%1&quot; cannot be stored: %2</source>
        <translation>la description « %1 » ne peut pas être enregistrée : %2</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../core/Units.cpp" line="+52"/>
        <source>%1: &quot;%2&quot; is not an amount of hours (write 7.5, 7:30 or 07:30:00)</source>
        <translation>%1 : « %2 » n&apos;est pas une durée en heures (écrivez 7.5, 7:30 ou 07:30:00)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1: &quot;%2&quot; is not a date that exists (write YYYY-MM-DD)</source>
        <translation>%1 : « %2 » n&apos;est pas une date qui existe (écrivez AAAA-MM-JJ)</translation>
    </message>
</context>
<context>
    <name>WorkCalendar</name>
    <message>
        <location filename="../core/WorkCalendar.cpp" line="+67"/>
        <location line="+19"/>
        <source>Only HR can change the holiday list</source>
        <translation>Seuls les RH peuvent modifier la liste des jours fériés</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>holiday_date: the date is missing</source>
        <translation>holiday_date : la date est manquante</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>holiday_date: %1 is already a holiday</source>
        <translation>holiday_date : %1 est déjà un jour férié</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is not on the holiday list</source>
        <translation>%1 ne figure pas dans la liste des jours fériés</translation>
    </message>
</context>
<context>
    <name>lieu::ui</name>
    <message>
        <location filename="../ui/hr/HrPages.cpp" line="+36"/>
        <source>Employees</source>
        <translation>Employés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holidays</source>
        <translation>Jours fériés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOIL settings</source>
        <translation>Paramètres de récupération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
</context>
<context>
    <name>lieu::ui::ApplyLeaveDialog</name>
    <message>
        <location filename="../ui/employee/ApplyLeaveDialog.cpp" line="+26"/>
        <source>&amp;One half day:</source>
        <translation>&amp;Une demi-journée :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Apply for leave</source>
        <translation>Demander un congé</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>First day of leave</source>
        <translation>Premier jour de congé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day of leave</source>
        <translation>Dernier jour de congé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Half day date</source>
        <translation>Date de la demi-journée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One of the days is a half day</source>
        <translation>L&apos;un des jours est une demi-journée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional: what the leave is for</source>
        <translation>Facultatif : l&apos;objet du congé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What it counts</source>
        <translation>Ce qui est compté</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Working days:</source>
        <translation>Jours ouvrés :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave:</source>
        <translation>Congé :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance before:</source>
        <translation>Solde avant :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance after:</source>
        <translation>Solde après :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken from:</source>
        <translation>Prélevé sur :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Apply</source>
        <translation>&amp;Demander</translation>
    </message>
    <message>
        <location line="+113"/>
        <source> (half)</source>
        <translation> (demi)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 … %2</source>
        <translation>%1 … %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Balance after: %1</source>
        <translation>Solde après : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2 h (last day %3)</source>
        <translation>%1 %2 h (dernier jour %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>and %1 more</source>
        <translation>et %1 de plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no TOIL lot covers these days</source>
        <translation>aucune dotation de récupération ne couvre ces jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not enough TOIL valid on these days: short by %1.</source>
        <translation>Pas assez de récupération valable ces jours-là : il manque %1.</translation>
    </message>
</context>
<context>
    <name>lieu::ui::AuditModel</name>
    <message>
        <location filename="../ui/hr/HrModels.cpp" line="+279"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document type</source>
        <translation>Type de document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
</context>
<context>
    <name>lieu::ui::AuditPage</name>
    <message>
        <location filename="../ui/hr/AuditPage.cpp" line="+37"/>
        <location line="+122"/>
        <source>any</source>
        <translation>tous</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>(nothing)</source>
        <translation>(rien)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Document type</source>
        <translation>Type de document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. TS-00012 or EMP-0003</source>
        <translation>p. ex. TS-00012 ou EMP-0003</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Document &amp;type:</source>
        <translation>&amp;Type de document :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Document:</source>
        <translation>&amp;Document :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Who:</source>
        <translation>&amp;Qui :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Action:</source>
        <translation>&amp;Action :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;o:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search the entries shown</source>
        <translation>Rechercher dans les entrées affichées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the audit entries</source>
        <translation>Rechercher dans les entrées d&apos;audit</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 the change</source>
        <translation>%1 : la modification</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The latest %1 entries</source>
        <translation>Les %1 dernières entrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 entries</source>
        <translation>%1 entrées</translation>
    </message>
</context>
<context>
    <name>lieu::ui::ChartsPage</name>
    <message>
        <location filename="../ui/charts/ChartsPage.cpp" line="+60"/>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Team:</source>
        <translation>É&amp;quipe :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;fresh</source>
        <translation>Actua&amp;liser</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>TOIL balance per employee</source>
        <translation>Solde de récupération par employé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOIL accrued, used and expired per month</source>
        <translation>Récupération acquise, utilisée et expirée par mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOIL expiring in the next 90 days, by week</source>
        <translation>Récupération qui expire dans les 90 prochains jours, par semaine</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not read the figures.</source>
        <translation>Impossible de lire les chiffres.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>As of %1</source>
        <translation>Au %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1&apos;s team (%2)</source>
        <translation>Équipe de %1 (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Balance per employee (the %1 largest of %2)</source>
        <translation>Solde par employé (les %1 plus élevés sur %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance per employee</source>
        <translation>Solde par employé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available today</source>
        <translation>Disponible aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2 h</source>
        <translation>%1 : %2 h</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Accrued, used and expired per month</source>
        <translation>Acquis, utilisé et expiré par mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accrued</source>
        <translation>Acquis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: accrued %2 h, used %3 h, expired %4 h</source>
        <translation>%1 : acquis %2 h, utilisé %3 h, expiré %4 h</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Expiring in the next %1 days, by week</source>
        <translation>Expire dans les %1 prochains jours, par semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires unless used</source>
        <translation>Expire si non utilisé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>week of %1: %2 h</source>
        <translation>semaine du %1 : %2 h</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>week starting</source>
        <translation>semaine du</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing expires in the next %1 days</source>
        <translation>Rien n&apos;expire dans les %1 prochains jours</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Balance charts</source>
        <translation>Graphiques des soldes</translation>
    </message>
</context>
<context>
    <name>lieu::ui::ConnectionPage</name>
    <message>
        <location filename="../ui/connection/ConnectionPage.cpp" line="+27"/>
        <source>&lt;h2&gt;Database connection&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Connexion à la base de données&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In use now: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Utilisée actuellement : &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This computer only (a database file)</source>
        <translation>Cet ordinateur uniquement (un fichier de base de données)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A shared MariaDB or MySQL server</source>
        <translation>Un serveur MariaDB ou MySQL partagé</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+32"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>db.example.org</source>
        <translation>db.example.org</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remember the password in this computer&apos;s keychain</source>
        <translation>Mémoriser le mot de passe dans le trousseau de cet ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt the connection (TLS)</source>
        <translation>Chiffrer la connexion (TLS)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the system&apos;s authorities</source>
        <translation>les autorités de certification du système</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database:</source>
        <translation>Base de données :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account:</source>
        <translation>Compte :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certificate authority:</source>
        <translation>Autorité de certification :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A saved connection is used from the next start of Lieu. Every desktop of a team points at the same server; the server&apos;s administrator gives each team an account (see the documentation on shared databases).</source>
        <translation>Une connexion enregistrée est utilisée à partir du prochain démarrage de Lieu. Tous les postes d&apos;une équipe pointent vers le même serveur ; l&apos;administrateur du serveur attribue un compte à chaque équipe (voir la documentation sur les bases de données partagées).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Database connection</source>
        <translation>Connexion à la base de données</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Lieu database file</source>
        <translation>Fichier de base de données Lieu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lieu databases (*.sqlite)</source>
        <translation>Bases de données Lieu (*.sqlite)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server&apos;s certificate authority</source>
        <translation>L&apos;autorité de certification du serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 does not exist yet: Lieu creates it when it starts with this setting</source>
        <translation>%1 n&apos;existe pas encore : Lieu le crée au démarrage avec ce paramètre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connected to %1 (server %2) as %3.</source>
        <translation>Connecté à %1 (serveur %2) en tant que %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection is not encrypted.</source>
        <translation>La connexion n&apos;est pas chiffrée.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The connection is encrypted (%1).</source>
        <translation>La connexion est chiffrée (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened %1.</source>
        <translation>%1 ouvert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This database holds something other than Lieu: choose another.</source>
        <translation>Cette base de données contient autre chose que Lieu : choisissez-en une autre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database is empty: the administrator prepares it with &quot;lieuctl migrate&quot;.</source>
        <translation>La base de données est vide : l&apos;administrateur la prépare avec « lieuctl migrate ».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its schema is version %1; this Lieu needs %2: the administrator upgrades it with &quot;lieuctl migrate&quot;.</source>
        <translation>Son schéma est en version %1 ; ce Lieu a besoin de la %2 : l&apos;administrateur le met à niveau avec « lieuctl migrate ».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schema version %1 (this Lieu knows %2).</source>
        <translation>Version de schéma %1 (ce Lieu connaît la %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No connection: %1</source>
        <translation>Pas de connexion : %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved: Lieu opens %1 from its next start.</source>
        <translation>Enregistré : Lieu ouvrira %1 à partir de son prochain démarrage.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The password is in this computer&apos;s keychain.</source>
        <translation>Le mot de passe est dans le trousseau de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password was not remembered (%1): Lieu asks for it at the start.</source>
        <translation>Le mot de passe n&apos;a pas été mémorisé (%1) : Lieu le demande au démarrage.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password is not remembered: Lieu asks for it at the start.</source>
        <translation>Le mot de passe n&apos;est pas mémorisé : Lieu le demande au démarrage.</translation>
    </message>
</context>
<context>
    <name>lieu::ui::Display</name>
    <message>
        <location filename="../ui/common/Display.cpp" line="+32"/>
        <source>%1 h (%2 days)</source>
        <translation>%1 h (%2 jours)</translation>
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
        <translation>Ajouter un employé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Employee ID</source>
        <translation>Identifiant de l&apos;employé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. EMP-0009</source>
        <translation>p. ex. EMP-0009</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Employee &amp;ID:</source>
        <translation>&amp;Identifiant de l&apos;employé :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full &amp;name:</source>
        <translation>&amp;Nom complet :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty: cannot sign in</source>
        <translation>vide : ne peut pas se connecter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login:</source>
        <translation>Identi&amp;fiant :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reports to</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(nobody)</source>
        <translation>(personne)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (%2, deactivated)</source>
        <translation>%1 (%2, désactivé)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The immediate supervisor: the one person who approves this employee&apos;s timesheets</source>
        <translation>Le responsable direct : la seule personne qui approuve les feuilles de temps de cet employé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reports to:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;HR: manages employees, holidays and settings, sees every record</source>
        <translation>&amp;RH : gère les employés, les jours fériés et les paramètres, voit tous les dossiers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Active (can sign in and log hours)</source>
        <translation>&amp;Actif (peut se connecter et saisir des heures)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date of joining</source>
        <translation>Date d&apos;entrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of &amp;joining:</source>
        <translation>Date d&apos;en&amp;trée :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lea&amp;ves on</source>
        <translation>&amp;Quitte l&apos;entreprise le</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Relieving date</source>
        <translation>Date de départ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Relieving date:</source>
        <translation>Date de départ :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contracted hours a day</source>
        <translation>Heures contractuelles par jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used by the &quot;hours above the contracted day&quot; accrual policy; write 7.5 or 7:30</source>
        <translation>Utilisé par la règle « heures au-delà de la journée contractuelle » ; écrivez 7.5 ou 7:30</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contracted &amp;hours a day:</source>
        <translation>&amp;Heures contractuelles par jour :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
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
        <translation>Pas d&apos;identifiant : ne peut pas se connecter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Supervisor</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HR</source>
        <translation>RH</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deactivated</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports to</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours a day</source>
        <translation>Heures par jour</translation>
    </message>
</context>
<context>
    <name>lieu::ui::EmployeesPage</name>
    <message>
        <location filename="../ui/hr/EmployeesPage.cpp" line="+28"/>
        <source>Search by name, ID, e-mail, login or supervisor</source>
        <translation>Rechercher par nom, identifiant, e-mail, identifiant de connexion ou responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search employees</source>
        <translation>Rechercher des employés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;deactivated</source>
        <translation>Afficher les &amp;désactivés</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Employees</source>
        <translation>Employés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reset &amp;password…</source>
        <translation>Réinitialiser le &amp;mot de passe…</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Ac&amp;tivate</source>
        <translation>Ac&amp;tiver</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deac&amp;tivate</source>
        <translation>Désac&amp;tiver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no login: give them one with Edit first</source>
        <translation>%1 n&apos;a pas d&apos;identifiant : attribuez-en un d&apos;abord avec Modifier</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2) added.</source>
        <translation>%1 (%2) ajouté.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2) added. Set a password with Reset password so they can sign in.</source>
        <translation>%1 (%2) ajouté. Définissez un mot de passe avec « Réinitialiser le mot de passe » pour que la personne puisse se connecter.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (%2) saved.</source>
        <translation>%1 (%2) enregistré.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2) deactivated: they can no longer sign in.</source>
        <translation>%1 (%2) désactivé : la personne ne peut plus se connecter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2) is active again.</source>
        <translation>%1 (%2) est de nouveau actif.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New password set for %1 (%2).</source>
        <translation>Nouveau mot de passe défini pour %1 (%2).</translation>
    </message>
</context>
<context>
    <name>lieu::ui::FirstStartDialog</name>
    <message>
        <location filename="../ui/shell/FirstStartDialog.cpp" line="+26"/>
        <source>Welcome to Lieu</source>
        <translation>Bienvenue dans Lieu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This Lieu database is new and empty. Would you like to look around a demo organisation first, or set up your own?</source>
        <translation>Cette base de données Lieu est nouvelle et vide. Voulez-vous d&apos;abord découvrir une organisation de démonstration, ou configurer la vôtre ?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the demo</source>
        <translation>Ouvrir la démonstration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A small organisation with months of history. Sign in as %1 (HR), %2 (supervisor) or %3 (employee); the password is &quot;%4&quot;.</source>
        <translation>Une petite organisation avec plusieurs mois d&apos;historique. Connectez-vous en tant que %1 (RH), %2 (responsable) ou %3 (employée) ; le mot de passe est « %4 ».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set up my organisation</source>
        <translation>Configurer mon organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name it, choose the TOIL rules, and create the first HR user.</source>
        <translation>Nommez-la, choisissez les règles de récupération et créez le premier utilisateur RH.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hours per TOIL day:</source>
        <translation>&amp;Heures par jour de récupération :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many hours of TOIL make one day off (8, 7.5 or 7:30)</source>
        <translation>Combien d&apos;heures de récupération font un jour de repos (8, 7.5 ou 7:30)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOIL expires after</source>
        <translation>La récupération expire après</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each lot of TOIL can be used for this many days after its timesheet&apos;s period</source>
        <translation>Chaque dotation de récupération peut être utilisée pendant ce nombre de jours après la période de sa feuille de temps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOIL &amp;expires after:</source>
        <translation>La récupération &amp;expire après :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First HR user</source>
        <translation>Premier utilisateur RH</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Employee &amp;id:</source>
        <translation>&amp;Identifiant d&apos;employé :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ull name:</source>
        <translation>Nom &amp;complet :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-&amp;mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login:</source>
        <translation>Identi&amp;fiant :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Répéter le mot de passe :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>password: the two passwords are not the same</source>
        <translation>password : les deux mots de passe ne sont pas identiques</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>hours per TOIL day</source>
        <translation>heures par jour de récupération</translation>
    </message>
</context>
<context>
    <name>lieu::ui::HolidayModel</name>
    <message>
        <location filename="../ui/hr/HrModels.cpp" line="+72"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>lieu::ui::HolidaysPage</name>
    <message>
        <location filename="../ui/hr/HolidaysPage.cpp" line="+29"/>
        <source>Add a holiday</source>
        <translation>Ajouter un jour férié</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Holiday date</source>
        <translation>Date du jour férié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Spring bank holiday</source>
        <translation>p. ex. lundi de Pentecôte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holiday description</source>
        <translation>Description du jour férié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription :</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Holidays</source>
        <translation>Jours fériés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The holiday list is empty: only weekends are days off.</source>
        <translation>La liste des jours fériés est vide : seuls les week-ends sont chômés.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Past holidays are in italics. Approved leave keeps the days it counted when it was approved.</source>
        <translation>Les jours fériés passés sont en italique. Un congé approuvé garde les jours comptés lors de son approbation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 is a holiday now.</source>
        <translation>Le %1 est désormais un jour férié.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is no longer a holiday.</source>
        <translation>Le %1 n&apos;est plus un jour férié.</translation>
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
        <translation>Importer des heures depuis un outil de suivi du temps</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A CSV export from Toggl Track, Clockify, Kimai, Harvest, or the generic layout</source>
        <translation>Un export CSV de Toggl Track, Clockify, Kimai, Harvest ou au format générique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Detect from the file</source>
        <translation>Détecter d&apos;après le fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day first (31/12/2026)</source>
        <translation>Jour d&apos;abord (31/12/2026)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month first (12/31/2026)</source>
        <translation>Mois d&apos;abord (12/31/2026)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year first only (2026-12-31)</source>
        <translation>Année d&apos;abord uniquement (2026-12-31)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layout:</source>
        <translation>Disposition :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates:</source>
        <translation>Dates :</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Employee</source>
        <translation>Employé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Timesheet</source>
        <translation>Feuille de temps</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Logs</source>
        <translation>Saisies</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+12"/>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>TOIL hours</source>
        <translation>Heures de récupération</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Not matched&lt;/b&gt; (these rows are not imported: add the people, then import the file again; rows already imported are skipped)</source>
        <translation>&lt;b&gt;Non rapproché&lt;/b&gt; (ces lignes ne sont pas importées : ajoutez les personnes puis importez à nouveau le fichier ; les lignes déjà importées sont ignorées)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Person in the file</source>
        <translation>Personne dans le fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a time tracker export</source>
        <translation>Choisir un export d&apos;outil de suivi du temps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Nothing can be imported from this file: %1</source>
        <translation>Rien ne peut être importé depuis ce fichier : %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 row(s), %3, separator %4, dates %5.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; : %2 ligne(s), %3, séparateur %4, dates %5.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>add to %1</source>
        <translation>ajouter à %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new %1</source>
        <translation>nouveau : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new Draft</source>
        <translation>nouveau brouillon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (line(s) %2)</source>
        <translation>%1 (ligne(s) %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n row(s) were imported before and are skipped (lines %1).</source>
        <translation>
            <numerusform>%n ligne a déjà été importée et est ignorée (lignes %1).</numerusform>
            <numerusform>%n lignes ont déjà été importées et sont ignorées (lignes %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) of zero duration are skipped (lines %1).</source>
        <translation>
            <numerusform>%n ligne de durée nulle est ignorée (lignes %1).</numerusform>
            <numerusform>%n lignes de durée nulle sont ignorées (lignes %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&lt;b&gt;Imported&lt;/b&gt; %n log(s) into Draft timesheets; the employees send them for approval as usual.</source>
        <translation>
            <numerusform>&lt;b&gt;%n saisie importée&lt;/b&gt; dans des feuilles de temps en brouillon ; les employés les soumettent pour approbation comme d&apos;habitude.</numerusform>
            <numerusform>&lt;b&gt;%n saisies importées&lt;/b&gt; dans des feuilles de temps en brouillon ; les employés les soumettent pour approbation comme d&apos;habitude.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is nothing new to import from this file.</source>
        <translation>Ce fichier ne contient rien de nouveau à importer.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Nothing has been written yet. &lt;b&gt;Import&lt;/b&gt; adds %n log(s) as Draft timesheets, all or nothing.</source>
        <translation>
            <numerusform>Rien n&apos;a encore été écrit. &lt;b&gt;Importer&lt;/b&gt; ajoute %n saisie dans des feuilles de temps en brouillon, tout ou rien.</numerusform>
            <numerusform>Rien n&apos;a encore été écrit. &lt;b&gt;Importer&lt;/b&gt; ajoute %n saisies dans des feuilles de temps en brouillon, tout ou rien.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lieu::ui::ImportExportPage</name>
    <message>
        <location filename="../ui/import/ImportExportPage.cpp" line="+32"/>
        <location line="+9"/>
        <source>Import &amp; export</source>
        <translation>Import et export</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hours from a time tracker</source>
        <translation>Heures d&apos;un outil de suivi du temps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detailed CSV exports from Toggl Track, Clockify, Kimai and Harvest, or a CSV with the columns date, hours, billable, activity, description and email. Employees are matched by e-mail (Harvest: by name); hours become Draft timesheets per week, and hours that are not billable are TOIL. You see everything before it is written.</source>
        <translation>Exports CSV détaillés de Toggl Track, Clockify, Kimai et Harvest, ou un CSV avec les colonnes date, hours, billable, activity, description et email. Les employés sont rapprochés par leur adresse e-mail (Harvest : par leur nom) ; les heures deviennent des feuilles de temps en brouillon par semaine, et les heures non facturables sont de la récupération. Vous voyez tout avant que rien ne soit écrit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import a file…</source>
        <translation>Importer un fichier…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tables for HR and payroll</source>
        <translation>Tableaux pour les RH et la paie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TOIL balances (today)</source>
        <translation>Soldes de récupération (aujourd&apos;hui)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOIL ledger</source>
        <translation>Écritures de récupération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timesheets (XLSX: with their time logs)</source>
        <translation>Feuilles de temps (XLSX : avec leurs saisies)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time logs</source>
        <translation>Saisies de temps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (.csv)</source>
        <translation>CSV (.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Approved TOIL leave as a calendar (iCalendar .ics)</source>
        <translation>Congés de récupération approuvés sous forme de calendrier (iCalendar .ics)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One employee</source>
        <translation>Un employé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A supervisor&apos;s team</source>
        <translation>L&apos;équipe d&apos;un responsable</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export calendar…</source>
        <translation>Exporter le calendrier…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>TOIL statement (one page, PDF)</source>
        <translation>Relevé de récupération (une page, PDF)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save statement…</source>
        <translation>Enregistrer le relevé…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Employee:</source>
        <translation>Employé :</translation>
    </message>
    <message numerus="yes">
        <location line="+73"/>
        <source>Saved %n row(s) to %1</source>
        <translation>
            <numerusform>%n ligne enregistrée dans %1</numerusform>
            <numerusform>%n lignes enregistrées dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Saved %n leave event(s) to %1</source>
        <translation>
            <numerusform>%n événement d&apos;absence enregistré dans %1</numerusform>
            <numerusform>%n événements d&apos;absence enregistrés dans %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved the TOIL statement of %1 to %2</source>
        <translation>Relevé de récupération de %1 enregistré dans %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export calendar</source>
        <translation>Exporter le calendrier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save TOIL statement</source>
        <translation>Enregistrer le relevé de récupération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>lieu::ui::InboxBadge</name>
    <message>
        <location filename="../ui/review/InboxBadge.cpp" line="+24"/>
        <source>Waiting for your decision: %1</source>
        <translation>En attente de votre décision : %1</translation>
    </message>
</context>
<context>
    <name>lieu::ui::JobRunsModel</name>
    <message>
        <location filename="../ui/jobs/JobsModels.cpp" line="+38"/>
        <source>Expire TOIL (daily)</source>
        <translation>Expiration de la récupération (quotidienne)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expiry reminders (weekly)</source>
        <translation>Rappels d&apos;expiration (hebdomadaires)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Duty</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finished</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runner</source>
        <translation>Exécutant</translation>
    </message>
</context>
<context>
    <name>lieu::ui::JobsPage</name>
    <message>
        <location filename="../ui/jobs/JobsPage.cpp" line="+45"/>
        <location filename="../ui/jobs/JobsPages.cpp" line="+16"/>
        <source>Background jobs</source>
        <translation>Tâches de fond</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Run due duties now</source>
        <translation>Exécuter maintenant les tâches dues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires TOIL and sends reminders if they are due and no one has done them yet, then sends the outbox</source>
        <translation>Fait expirer la récupération et envoie les rappels s&apos;ils sont dus et que personne ne l&apos;a encore fait, puis envoie le contenu de la boîte d&apos;envoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outbox</source>
        <translation>Boîte d&apos;envoi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retry selected e-mail</source>
        <translation>Renvoyer l&apos;e-mail sélectionné</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Expiry runs daily at %1; reminders every %2 at %3.</source>
        <translation>L&apos;expiration s&apos;exécute chaque jour à %1 ; les rappels chaque %2 à %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This app does them while you are signed in, and catches up on missed days.</source>
        <translation>Cette application les exécute tant que vous êtes connecté, et rattrape les jours manqués.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last check %1.</source>
        <translation>Dernière vérification : %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem: %1</source>
        <translation>Problème : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>They run in the app of a signed-in supervisor or HR user, or from lieuctl (cron).</source>
        <translation>Elles s&apos;exécutent dans l&apos;application d&apos;un responsable ou d&apos;un utilisateur RH connecté, ou depuis lieuctl (cron).</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n in Error</source>
        <translation>
            <numerusform>%n en erreur (Error)</numerusform>
            <numerusform>%n en erreur (Error)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n Sending (check unconfirmed ones with the recipient before a retry)</source>
        <translation>
            <numerusform>%n à l&apos;état Sending (vérifiez les non confirmés auprès du destinataire avant de renvoyer)</numerusform>
            <numerusform>%n à l&apos;état Sending (vérifiez les non confirmés auprès du destinataire avant de renvoyer)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Retry</source>
        <translation>Renvoyer</translation>
    </message>
</context>
<context>
    <name>lieu::ui::LanguageMenu</name>
    <message>
        <location filename="../ui/language/LanguageMenu.cpp" line="+12"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Follow the system (%1)</source>
        <translation>Comme le système (%1)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Lieu speaks %1 in the windows it opens from now on: sign out and in again to see this one in it.</source>
        <translation>Lieu parle %1 dans les fenêtres qu&apos;il ouvre désormais : déconnectez-vous puis reconnectez-vous pour voir celle-ci dans cette langue.</translation>
    </message>
</context>
<context>
    <name>lieu::ui::LeaveApplicationModel</name>
    <message>
        <location filename="../ui/employee/ToilModels.cpp" line="+347"/>
        <source>Rejected: %1</source>
        <translation>Refusée : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved by %1</source>
        <translation>Approuvée par %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Application</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Half day</source>
        <translation>Demi-journée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
</context>
<context>
    <name>lieu::ui::LeaveQueueModel</name>
    <message>
        <location filename="../ui/review/ReviewModels.cpp" line="+290"/>
        <source>Half day on %1</source>
        <translation>Demi-journée le %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Application</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee</source>
        <translation>Employé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>lieu::ui::LedgerModel</name>
    <message>
        <location filename="../ui/employee/ToilModels.cpp" line="-153"/>
        <source>%1 (expiry)</source>
        <translation>%1 (expiration)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lot</source>
        <translation>Dotation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
</context>
<context>
    <name>lieu::ui::LotModel</name>
    <message>
        <location line="-223"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used up</source>
        <translation>Épuisée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet valid</source>
        <translation>Pas encore valable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid</source>
        <translation>Valable</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The last day this TOIL can be taken: %1</source>
        <translation>Le dernier jour où cette récupération peut être prise : %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Taken by approved leave</source>
        <translation>Utilisée par des congés approuvés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost because the lot passed its last day</source>
        <translation>Perdue parce que la dotation a dépassé son dernier jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held by leave applications still awaiting approval</source>
        <translation>Retenue par des demandes de congé encore en attente d&apos;approbation</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lot</source>
        <translation>Dotation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From timesheet</source>
        <translation>Feuille de temps d&apos;origine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid from</source>
        <translation>Valable du</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last day of use</source>
        <translation>Dernier jour d&apos;utilisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earned (h)</source>
        <translation>Acquis (h)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used (h)</source>
        <translation>Utilisé (h)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired (h)</source>
        <translation>Expiré (h)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left (h)</source>
        <translation>Restant (h)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left (days)</source>
        <translation>Restant (jours)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reserved (h)</source>
        <translation>Réservé (h)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>lieu::ui::MailSettingsPage</name>
    <message>
        <location filename="../ui/jobs/JobsPages.cpp" line="+8"/>
        <location filename="../ui/jobs/MailSettingsPage.cpp" line="+43"/>
        <source>E-mail and schedule</source>
        <translation>E-mail et planification</translation>
    </message>
    <message>
        <location filename="../ui/jobs/MailSettingsPage.cpp" line="+6"/>
        <source>Outgoing mail server (SMTP)</source>
        <translation>Serveur de courrier sortant (SMTP)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. smtp.example.org; empty: reminders wait in the outbox</source>
        <translation>p. ex. smtp.example.org ; vide : les rappels attendent dans la boîte d&apos;envoi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (généralement port 587)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS from the start (usually port 465)</source>
        <translation>TLS dès le départ (généralement port 465)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None: plain text (a relay on this network only)</source>
        <translation>Aucune : texte en clair (uniquement un relais sur ce réseau)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty: no login</source>
        <translation>vide : pas d&apos;authentification</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kept in the system keychain, not in the database</source>
        <translation>conservé dans le trousseau du système, pas dans la base de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. hr@example.org</source>
        <translation>p. ex. hr@example.org</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only for a server with a private or self-signed certificate</source>
        <translation>uniquement pour un serveur avec un certificat privé ou auto-signé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accept any certificate (test servers only: anyone on the way could read the mail)</source>
        <translation>Accepter tout certificat (serveurs de test uniquement : n&apos;importe qui sur le trajet pourrait lire le courrier)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From address</source>
        <translation>Adresse d&apos;expédition</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <source>CA certificate</source>
        <translation>Certificat de l&apos;AC</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Timeout for each step</source>
        <translation>Délai d&apos;attente pour chaque étape</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the background duties run</source>
        <translation>Quand les tâches de fond s&apos;exécutent</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Expire TOIL daily at</source>
        <translation>Faire expirer la récupération chaque jour à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send reminders every</source>
        <translation>Envoyer les rappels chaque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at</source>
        <translation>à</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Test</source>
        <translation>Tester</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>send to this address</source>
        <translation>envoyer à cette adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a test e-mail</source>
        <translation>Envoyer un e-mail de test</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The conversation with the server shows here (without the password).</source>
        <translation>L&apos;échange avec le serveur s&apos;affiche ici (sans le mot de passe).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Password: %1</source>
        <translation>Mot de passe : %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved, with the password in the system keychain.</source>
        <translation>Enregistré, avec le mot de passe dans le trousseau du système.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved, but the system keychain did not take the password (%1). Until it does, Lieu uses the password for this session only; set LIEU_SMTP_PASSWORD to give it one for good.</source>
        <translation>Enregistré, mais le trousseau du système n&apos;a pas accepté le mot de passe (%1). En attendant, Lieu n&apos;utilise le mot de passe que pour cette session ; définissez LIEU_SMTP_PASSWORD pour lui en donner un durablement.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Test address: &quot;%1&quot; is not an e-mail address</source>
        <translation>Adresse de test : « %1 » n&apos;est pas une adresse e-mail</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Lieu test e-mail</source>
        <translation>E-mail de test de Lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a test e-mail from Lieu for %1.

If you can read it, the SMTP settings work.</source>
        <translation>Ceci est un e-mail de test de Lieu pour %1.

Si vous pouvez le lire, les paramètres SMTP fonctionnent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connecting to %1:%2…</source>
        <translation>Connexion à %1:%2…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Test e-mail sent to %1.</source>
        <translation>E-mail de test envoyé à %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The test e-mail was not sent.</source>
        <translation>L&apos;e-mail de test n&apos;a pas été envoyé.</translation>
    </message>
</context>
<context>
    <name>lieu::ui::MainWindow</name>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="+33"/>
        <source>HR</source>
        <translation>RH</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supervisor</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee</source>
        <translation>Employé</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is no page for your roles yet.</source>
        <translation>Il n&apos;y a pas encore de page pour vos rôles.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Page actions</source>
        <translation>Actions de la page</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Window actions</source>
        <translation>Actions de la fenêtre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read everything again (%1)</source>
        <translation>Tout relire (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
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
        <translation>Aujourd&apos;hui %1 · %2</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Read again at %1</source>
        <translation>Relu à %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>About Lieu</source>
        <translation>À propos de Lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Lieu %1&lt;/h3&gt;&lt;p&gt;Time off in lieu: log hours, approve overtime, spend and expire TOIL. Amounts are kept to the minute; every action is checked by the same core library as the &lt;code&gt;lieuctl&lt;/code&gt; command line.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lieu %1&lt;/h3&gt;&lt;p&gt;La récupération : saisir les heures, approuver les heures supplémentaires, utiliser la récupération et la laisser expirer. Les montants sont tenus à la minute près ; chaque action est contrôlée par la même bibliothèque que la ligne de commande &lt;code&gt;lieuctl&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;Base de données : %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>lieu::ui::MessageBar</name>
    <message>
        <location filename="../ui/common/MessageBar.cpp" line="+26"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>lieu::ui::MyToilPage</name>
    <message>
        <location filename="../ui/employee/MyToilPage.cpp" line="+82"/>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending leave</source>
        <translation>Congés en attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free for new leave</source>
        <translation>Disponible pour un nouveau congé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiring soon</source>
        <translation>Expire bientôt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Apply for leave…</source>
        <translation>&amp;Demander un congé…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel the selected application</source>
        <translation>&amp;Annuler la demande sélectionnée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Apply for leave…</source>
        <translation>Demander un congé…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>TOIL lots</source>
        <translation>Dotations de récupération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No TOIL yet. When your supervisor approves a timesheet with TOIL hours, a lot appears here.</source>
        <translation>Pas encore de récupération. Quand votre responsable approuve une feuille de temps avec des heures de récupération, une dotation apparaît ici.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave applications</source>
        <translation>Demandes de congé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No leave applications yet.</source>
        <translation>Pas encore de demande de congé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ledger</source>
        <translation>Écritures</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The ledger is empty.</source>
        <translation>Aucune écriture pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TOIL lots: each can be used until its last day</source>
        <translation>Dotations de récupération : chacune peut être utilisée jusqu&apos;à son dernier jour</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave a&amp;pplications</source>
        <translation>De&amp;mandes de congé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le&amp;dger</source>
        <translation>É&amp;critures</translation>
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
        <translation>%1 jours le %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 days awaiting approval</source>
        <translation>%1 jours en attente d&apos;approbation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>and %1 h from lots not valid yet</source>
        <translation>et %1 h de dotations pas encore valables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiring in the next %1 days</source>
        <translation>Expire dans les %1 prochains jours</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 days; use the first by %2</source>
        <translation>%1 jours ; utilisez la première avant le %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing expires soon</source>
        <translation>rien n&apos;expire bientôt</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Leave application %1 was sent for approval.</source>
        <translation>La demande de congé %1 a été envoyée pour approbation.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancel leave application</source>
        <translation>Annuler la demande de congé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel %1 (%2 to %3)? The TOIL it holds becomes free again.</source>
        <translation>Annuler %1 (du %2 au %3) ? La récupération qu&apos;elle retient redevient disponible.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 was cancelled.</source>
        <translation>%1 a été annulée.</translation>
    </message>
</context>
<context>
    <name>lieu::ui::NotificationBanner</name>
    <message>
        <location filename="../ui/jobs/NotificationBanner.cpp" line="+47"/>
        <source>Review them</source>
        <translation>Les examiner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>See my balance</source>
        <translation>Voir mon solde</translation>
    </message>
</context>
<context>
    <name>lieu::ui::NotificationCenter</name>
    <message numerus="yes">
        <location filename="../ui/jobs/NotificationCenter.cpp" line="+56"/>
        <source>%n new timesheet(s) to approve</source>
        <translation>
            <numerusform>%n nouvelle feuille de temps à approuver</numerusform>
            <numerusform>%n nouvelles feuilles de temps à approuver</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new leave application(s) to approve</source>
        <translation>
            <numerusform>%n nouvelle demande de congé à approuver</numerusform>
            <numerusform>%n nouvelles demandes de congé à approuver</numerusform>
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
        <translation>manuellement (Renvoyer)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent %1</source>
        <translation>envoyé le %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next attempt</source>
        <translation>Prochaine tentative</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
</context>
<context>
    <name>lieu::ui::PasswordDialog</name>
    <message>
        <location filename="../ui/hr/EmployeeDialogs.cpp" line="+65"/>
        <source>Reset the password of %1</source>
        <translation>Réinitialiser le mot de passe de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 signs in as &quot;%2&quot; with the new password. Tell them in person; Lieu does not send passwords by e-mail.</source>
        <translation>%1 se connecte en tant que « %2 » avec le nouveau mot de passe. Communiquez-le en personne ; Lieu n&apos;envoie pas de mots de passe par e-mail.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new password again</source>
        <translation>Le nouveau mot de passe, à nouveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmer :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least %1 characters.</source>
        <translation>Au moins %1 caractères.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Set password</source>
        <translation>&amp;Définir le mot de passe</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>lieu::ui::RejectDialog</name>
    <message>
        <location filename="../ui/review/RejectDialog.cpp" line="+18"/>
        <source>Reject %1</source>
        <translation>Refuser %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say why %1 of %2 is rejected. %2 sees this reason and can correct and resend it.</source>
        <translation>Indiquez pourquoi %1 de %2 est refusée. %2 voit ce motif et peut corriger puis soumettre à nouveau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Motif (obligatoire) :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason for rejecting %1</source>
        <translation>Motif du refus de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Tuesday&apos;s release night was billed to the client: mark it billable</source>
        <translation>p. ex. La nuit de mise en production de mardi a été facturée au client : marquez-la facturable</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Re&amp;ject</source>
        <translation>Re&amp;fuser</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Write a reason first</source>
        <translation>Saisissez d&apos;abord un motif</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A rejection needs a reason.</source>
        <translation>Un refus doit être motivé.</translation>
    </message>
</context>
<context>
    <name>lieu::ui::ReviewPage</name>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="+47"/>
        <source>Waiting for your decision</source>
        <translation>En attente de votre décision</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;fresh</source>
        <translation>Actua&amp;liser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the queue again</source>
        <translation>Relire la file d&apos;attente</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+272"/>
        <source>C&amp;heck all</source>
        <translation>Tout co&amp;cher</translation>
    </message>
    <message>
        <location line="-271"/>
        <source>Check every timesheet in the list, or uncheck them all</source>
        <translation>Cocher toutes les feuilles de temps de la liste, ou tout décocher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve the selected timesheet: its TOIL becomes a lot the employee can use</source>
        <translation>Approuver la feuille de temps sélectionnée : sa récupération devient une dotation utilisable par l&apos;employé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reject…</source>
        <translation>Re&amp;fuser…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the selected timesheet back with a reason</source>
        <translation>Renvoyer la feuille de temps sélectionnée avec un motif</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Timesheets awaiting your approval</source>
        <translation>Feuilles de temps en attente de votre approbation</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Time logs of the selected timesheet</source>
        <translation>Saisies de la feuille de temps sélectionnée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the TOIL was counted</source>
        <translation>Comment la récupération a été calculée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TOIL calculation details</source>
        <translation>Détails du calcul de la récupération</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No timesheet of your team is waiting for your approval.</source>
        <translation>Aucune feuille de temps de votre équipe n&apos;attend votre approbation.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A&amp;pprove leave</source>
        <translation>A&amp;pprouver le congé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve the selected application: its days are drawn from the employee&apos;s TOIL</source>
        <translation>Approuver la demande sélectionnée : ses jours sont prélevés sur la récupération de l&apos;employé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;eject leave…</source>
        <translation>R&amp;efuser le congé…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Leave applications awaiting your approval</source>
        <translation>Demandes de congé en attente de votre approbation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The employee&apos;s TOIL</source>
        <translation>La récupération de l&apos;employé</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No leave application is waiting for your approval.</source>
        <translation>Aucune demande de congé n&apos;attend votre approbation.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>&amp;Timesheets (%1)</source>
        <translation>&amp;Feuilles de temps (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leave applications (%1)</source>
        <translation>&amp;Demandes de congé (%1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Select a timesheet to see its logs.</source>
        <translation>Sélectionnez une feuille de temps pour voir ses saisies.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 · %2 · %3 · %4 hours logged, TOIL %5</source>
        <translation>%1 · %2 · %3 · %4 heures saisies, récupération %5</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select an application to see the employee&apos;s TOIL.</source>
        <translation>Sélectionnez une demande pour voir la récupération de l&apos;employé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · half day on %1</source>
        <translation> · demi-journée le %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This application: %1</source>
        <translation>Cette demande : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available today: %1</source>
        <translation>Disponible aujourd&apos;hui : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held by open applications, this one included: %1</source>
        <translation>Retenu par les demandes ouvertes, celle-ci comprise : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expiring by %1: %2</source>
        <translation>Expire d&apos;ici le %1 : %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Approve &amp;checked (%1)</source>
        <translation>Approuver les &amp;cochées (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unc&amp;heck all</source>
        <translation>Tout dé&amp;cocher</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 of %2 approved; it earns no TOIL.</source>
        <translation>%1 de %2 approuvée ; elle ne génère aucune récupération.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 approved: %3 of TOIL in %4, usable until %5.</source>
        <translation>%1 de %2 approuvée : %3 de récupération dans %4, utilisable jusqu&apos;au %5.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+59"/>
        <source>%1 was not approved: %2</source>
        <translation>%1 n&apos;a pas été approuvée : %2</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Check the timesheets to approve first.</source>
        <translation>Cochez d&apos;abord les feuilles de temps à approuver.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 of %2 rejected; they see your reason and can correct and resend it.</source>
        <translation>%1 de %2 refusée ; la personne voit votre motif et peut corriger puis soumettre à nouveau.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 of %2 approved: %3 h drawn from their TOIL.</source>
        <translation>%1 de %2 approuvée : %3 h prélevées sur sa récupération.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 of %2 rejected; what it held is free again.</source>
        <translation>%1 de %2 refusée ; ce qu&apos;elle retenait est de nouveau disponible.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Review</source>
        <translation>Validation</translation>
    </message>
</context>
<context>
    <name>lieu::ui::Screens</name>
    <message>
        <location filename="../ui/screens/Screens.cpp" line="+80"/>
        <source>Thursday&apos;s incident review was for the client: log it as billable and send the week again.</source>
        <translation>La revue d&apos;incident de jeudi était pour le client : saisissez-la comme facturable et soumettez à nouveau la semaine.</translation>
    </message>
</context>
<context>
    <name>lieu::ui::SettingsPage</name>
    <message>
        <location filename="../ui/hr/SettingsPage.cpp" line="+57"/>
        <source>Leave type &quot;%1&quot;</source>
        <translation>Type de congé « %1 »</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+57"/>
        <location line="+5"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Days a lot stays valid</source>
        <translation>Nombre de jours de validité d&apos;une dotation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each lot is valid for:</source>
        <translation>Chaque dotation est valable :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted from the day after the timesheet&apos;s last day. Lots approved earlier keep their dates.</source>
        <translation>Compté à partir du lendemain du dernier jour de la feuille de temps. Les dotations approuvées auparavant gardent leurs dates.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allow a negative balance</source>
        <translation>Autoriser un solde négatif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TOIL cannot go negative in Lieu: leave is only granted from TOIL already earned</source>
        <translation>La récupération ne peut pas devenir négative dans Lieu : un congé n&apos;est accordé que sur de la récupération déjà acquise</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How hours become TOIL</source>
        <translation>Comment les heures deviennent de la récupération</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Accrual policy</source>
        <translation>Règle d&apos;acquisition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Policy:</source>
        <translation>&amp;Règle :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours per TOIL day</source>
        <translation>Heures par jour de récupération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write 8, 7.5 or 7:30</source>
        <translation>Écrivez 8, 7.5 ou 7:30</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hours per TOIL day:</source>
        <translation>&amp;Heures par jour de récupération :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekend and holiday multiplier</source>
        <translation>Coefficient pour week-ends et jours fériés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekend and holiday &amp;multiplier:</source>
        <translation>&amp;Coefficient pour week-ends et jours fériés :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With the contracted-hours policy, TOIL earned on a weekend day or a holiday counts this much (150 % = 1.5x).</source>
        <translation>Avec la règle des heures contractuelles, la récupération acquise un jour de week-end ou férié compte autant (150 % = 1,5 fois).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Balance cap in hours</source>
        <translation>Plafond du solde en heures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance &amp;cap (hours, 0 = none):</source>
        <translation>&amp;Plafond du solde (heures, 0 = aucun) :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a weekend day</source>
        <translation>%1 est un jour de week-end</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Weekend days:</source>
        <translation>Jours de week-end :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reminders and the organisation</source>
        <translation>Rappels et organisation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reminder window in days</source>
        <translation>Délai de rappel en jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail a reminder &amp;before TOIL expires:</source>
        <translation>Envoyer un rappel par e-mail &amp;avant l&apos;expiration :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expiring-soon window in days</source>
        <translation>Délai « expire bientôt » en jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show TOIL as &quot;expiring soon&quot; within:</source>
        <translation>Afficher la récupération comme « expire bientôt » dans les :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation name</source>
        <translation>Nom de l&apos;organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Organisation name:</source>
        <translation>Nom de l&apos;&amp;organisation :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;vert</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Settings saved: %1 changed.</source>
        <translation>Paramètres enregistrés : %1 modifié(s).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing changed.</source>
        <translation>Rien n&apos;a changé.</translation>
    </message>
</context>
<context>
    <name>lieu::ui::SignInDialog</name>
    <message>
        <location filename="../ui/shell/SignInDialog.cpp" line="+33"/>
        <source>Sign in to Lieu</source>
        <translation>Se connecter à Lieu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Login:</source>
        <translation>Identi&amp;fiant :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is the demo organisation: sign in as %1 (HR), %2 (supervisor) or %3 (employee) with the password &quot;%4&quot;.</source>
        <translation>Ceci est l&apos;organisation de démonstration : connectez-vous en tant que %1 (RH), %2 (responsable) ou %3 (employée) avec le mot de passe « %4 ».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Sign in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type your login first.</source>
        <translation>Saisissez d&apos;abord votre identifiant.</translation>
    </message>
</context>
<context>
    <name>lieu::ui::SmtpPassword</name>
    <message>
        <location filename="../ui/jobs/SmtpPassword.cpp" line="+50"/>
        <source>no password is stored for this server yet</source>
        <translation>aucun mot de passe n&apos;est encore enregistré pour ce serveur</translation>
    </message>
</context>
<context>
    <name>lieu::ui::TimeLogModel</name>
    <message>
        <location filename="../ui/review/ReviewModels.cpp" line="-117"/>
        <source>Billable</source>
        <translation>Facturable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Non-billable</source>
        <translation>Non facturable</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
</context>
<context>
    <name>lieu::ui::TimesheetListModel</name>
    <message>
        <location filename="../ui/employee/TimesheetListModel.cpp" line="+79"/>
        <source>Rejected: %1</source>
        <translation>Refusée : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Timesheet</source>
        <translation>Feuille de temps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TOIL hours</source>
        <translation>Heures de récupération</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TOIL days</source>
        <translation>Jours de récupération</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TOIL status</source>
        <translation>Statut de la récupération</translation>
    </message>
</context>
<context>
    <name>lieu::ui::TimesheetPage</name>
    <message>
        <location filename="../ui/employee/TimesheetPage.cpp" line="+87"/>
        <location line="+1"/>
        <source>Previous week</source>
        <translation>Semaine précédente</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Next week</source>
        <translation>Semaine suivante</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any day of the week to open; weeks run Monday to Sunday</source>
        <translation>N&apos;importe quel jour de la semaine à ouvrir ; les semaines vont du lundi au dimanche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Week of</source>
        <translation>&amp;Semaine du</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;his week</source>
        <translation>Cette se&amp;maine</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Hours by activity and day</source>
        <translation>Heures par activité et par jour</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add row</source>
        <translation>&amp;Ajouter une ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove row</source>
        <translation>&amp;Supprimer la ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo %1</source>
        <translation>Annuler : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo %1</source>
        <translation>Rétablir : %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Discard draft</source>
        <translation>Supprimer le &amp;brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this Draft or Rejected timesheet</source>
        <translation>Supprimer cette feuille de temps en brouillon ou refusée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the hours (%1)</source>
        <translation>Enregistrer les heures (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+286"/>
        <source>Send for a&amp;pproval</source>
        <translation>Soumettre pour a&amp;pprobation</translation>
    </message>
    <message>
        <location line="-274"/>
        <source>TOIL from this timesheet</source>
        <translation>Récupération issue de cette feuille de temps</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>How it is counted</source>
        <translation>Comment c&apos;est calculé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Calculation details</source>
        <translation>Détails du calcul</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+9"/>
        <source>My timesheets</source>
        <translation>Mes feuilles de temps</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>No timesheets yet. Type your hours in the grid above and save them.</source>
        <translation>Pas encore de feuille de temps. Saisissez vos heures dans la grille ci-dessus et enregistrez-les.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Unsaved hours</source>
        <translation>Heures non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hours of %1 are not saved yet.</source>
        <translation>Les heures de %1 ne sont pas encore enregistrées.</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOIL hours: %1</source>
        <translation>Heures de récupération : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 TOIL days at %2 h a day</source>
        <translation>%1 jours de récupération à %2 h par jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h logged in all</source>
        <translation>%1 h saisies au total</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New timesheet, %1</source>
        <translation>Nouvelle feuille de temps, %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved yet</source>
        <translation>Pas encore enregistrée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · TOIL: %1</source>
        <translation> · Récupération : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · unsaved changes</source>
        <translation> · modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rejected by the supervisor: %1
Change the hours and send it again.</source>
        <translation>Refusée par le responsable : %1
Modifiez les heures et soumettez-la à nouveau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no reason given)</source>
        <translation>(aucun motif indiqué)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;send for approval</source>
        <translation>Soumettre à nouveau pour a&amp;pprobation</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Saved %1: %2 h logged, %3 h TOIL.</source>
        <translation>%1 enregistrée : %2 h saisies, %3 h de récupération.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 was sent to %2 for approval.</source>
        <translation>%1 a été envoyée à %2 pour approbation.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Discard timesheet</source>
        <translation>Supprimer la feuille de temps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard %1 and its hours? This cannot be undone.</source>
        <translation>Supprimer %1 et ses heures ? Cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 was discarded.</source>
        <translation>%1 a été supprimée.</translation>
    </message>
</context>
<context>
    <name>lieu::ui::TimesheetQueueModel</name>
    <message>
        <location filename="../ui/review/ReviewModels.cpp" line="-140"/>
        <source>Select %1 for approval</source>
        <translation>Sélectionner %1 pour approbation</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Checked timesheets are approved together</source>
        <translation>Les feuilles de temps cochées sont approuvées ensemble</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pick</source>
        <translation>Choix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timesheet</source>
        <translation>Feuille de temps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee</source>
        <translation>Employé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All hours logged (h:mm)</source>
        <translation>Toutes les heures saisies (h:mm)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOIL the timesheet earns (h:mm)</source>
        <translation>Récupération générée par la feuille de temps (h:mm)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TOIL hours</source>
        <translation>Heures de récupération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOIL in days of the organisation&apos;s TOIL day</source>
        <translation>Récupération en jours de récupération de l&apos;organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TOIL days</source>
        <translation>Jours de récupération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Soumise</translation>
    </message>
</context>
<context>
    <name>lieu::ui::WeekGridModel</name>
    <message>
        <location filename="../ui/employee/WeekGridModel.cpp" line="+105"/>
        <location line="+99"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Total %1: %2 hours</source>
        <translation>Total %1 : %2 heures</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Activity (type its name)</source>
        <translation>Activité (saisissez son nom)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Billable hours are paid by a client and do not count as TOIL</source>
        <translation>Les heures facturables sont payées par un client et ne comptent pas comme récupération</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+73"/>
        <source>Billable</source>
        <translation>Facturable</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Not billable</source>
        <translation>Non facturable</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, %2: %3 hours</source>
        <translation>%1, %2 : %3 heures</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 total: %2 hours</source>
        <translation>%1 au total : %2 heures</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Σ</source>
        <translation>Σ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not a working day (weekend or holiday)</source>
        <translation>Pas un jour ouvré (week-end ou jour férié)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the future: hours can be logged from that day on</source>
        <translation>Dans le futur : les heures pourront être saisies à partir de ce jour</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>remove row</source>
        <translation>supprimer une ligne</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>remove %n rows</source>
        <translation>
            <numerusform>supprimer %n ligne</numerusform>
            <numerusform>supprimer %n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>clear %n cell(s)</source>
        <translation>
            <numerusform>effacer %n cellule</numerusform>
            <numerusform>effacer %n cellules</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/lieu-screens.cpp" line="+16"/>
        <source>Render Lieu&apos;s windows with the demo data to PNG files.</source>
        <translation>Rendre les fenêtres de Lieu avec les données de démonstration en fichiers PNG.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder for the PNG files.</source>
        <translation>Dossier des fichiers PNG.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo&apos;s today (YYYY-MM-DD).</source>
        <translation>La date du jour de la démonstration (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locale for dates and numbers.</source>
        <translation>Paramètres régionaux pour les dates et les nombres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Render only files starting with this.</source>
        <translation>Ne rendre que les fichiers qui commencent par ceci.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--today: &quot;%1&quot; is not a date (YYYY-MM-DD)
</source>
        <translation>--today : « %1 » n&apos;est pas une date (AAAA-MM-JJ)
</translation>
    </message>
</context>
</TS>
