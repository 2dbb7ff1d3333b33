<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Audit</name>
    <message>
        <location filename="../core/Audit.cpp" line="+35"/>
        <source>Only HR can read the audit log</source>
        <translation>Seuls les RH peuvent consulter le journal d&apos;audit</translation>
    </message>
</context>
<context>
    <name>Auth</name>
    <message>
        <location filename="../core/Auth.cpp" line="+20"/>
        <source>The password library could not start</source>
        <translation>La bibliothèque de mots de passe n&apos;a pas pu démarrer</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not enough memory to hash the password</source>
        <translation>Mémoire insuffisante pour hacher le mot de passe</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>password: use at least %1 characters</source>
        <translation>password : utilisez au moins %1 caractères</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>password: at most 1024 characters</source>
        <translation>password : 1024 caractères au maximum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The login or the password is wrong</source>
        <translation>L&apos;identifiant ou le mot de passe est incorrect</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Too many failed sign-ins: the account &quot;%1&quot; is locked for %n more second(s)</source>
        <translation>
            <numerusform>Trop d&apos;échecs de connexion : le compte « %1 » est verrouillé pendant encore %n seconde</numerusform>
            <numerusform>Trop d&apos;échecs de connexion : le compte « %1 » est verrouillé pendant encore %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The user &quot;%1&quot; (%2) is deactivated</source>
        <translation>L&apos;utilisateur « %1 » (%2) est désactivé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only a signed-in employee can change their password</source>
        <translation>Seul un employé connecté peut changer son mot de passe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The current password is wrong</source>
        <translation>Le mot de passe actuel est incorrect</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only HR can reset another person&apos;s password</source>
        <translation>Seuls les RH peuvent réinitialiser le mot de passe d&apos;une autre personne</translation>
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
        <location filename="../core/cli/CommandLine.cpp" line="+58"/>
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
        <location line="+42"/>
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
        <location line="+50"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande inconnue « %1 »</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Database %1 is at schema version %2</source>
        <translation>La base de données %1 est à la version de schéma %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database %1 upgraded from schema version %2 to %3</source>
        <translation>Base de données %1 mise à niveau de la version de schéma %2 à %3</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+36"/>
        <source>timesheet subcommand (create, send, approve, reject, cancel, show, list)</source>
        <translation>sous-commande de timesheet (create, send, approve, reject, cancel, show, list)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+121"/>
        <location line="+58"/>
        <location line="+55"/>
        <source>EMPLOYEE</source>
        <translation>EMPLOYÉ</translation>
    </message>
    <message>
        <location line="-224"/>
        <source>%1: &quot;%2&quot; must be DATE,HOURS,billable|non-billable[,ACTIVITY[,DESCRIPTION]]</source>
        <translation>%1 : « %2 » doit être DATE,HEURES,billable|non-billable[,ACTIVITÉ[,DESCRIPTION]]</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: &quot;%2&quot; must be billable or non-billable</source>
        <translation>%1 : « %2 » doit être billable ou non-billable</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Created %1 for %2 (%3 to %4): %5 h TOIL, %6</source>
        <translation>%1 créée pour %2 (du %3 au %4) : %5 h de récupération, %6</translation>
    </message>
    <message>
        <location line="+24"/>
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
        <location line="+18"/>
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
        <location line="+21"/>
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
    <message numerus="yes">
        <location line="+51"/>
        <source>%n lot(s) expired</source>
        <translation>
            <numerusform>%n dotation expirée</numerusform>
            <numerusform>%n dotations expirées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
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
        <location line="+17"/>
        <source>days: &quot;%1&quot; must be a whole number from 1 to 366</source>
        <translation>days : « %1 » doit être un nombre entier de 1 à 366</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n reminder(s) queued</source>
        <translation>
            <numerusform>%n rappel mis en file d&apos;attente</numerusform>
            <numerusform>%n rappels mis en file d&apos;attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Queued %n reminder(s)</source>
        <translation>
            <numerusform>%n rappel mis en file d&apos;attente</numerusform>
            <numerusform>%n rappels mis en file d&apos;attente</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
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
        <location line="+44"/>
        <source>Usage: lieuctl [--db PATH] [--as LOGIN] [--today YYYY-MM-DD] [--json] [--lang LANG] COMMAND ...

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
  expire                                   the daily job; reports how many lots it expired
  remind [--days N]                        the weekly job; reports how many reminders it queued
  doctor                                   deployment checks, each pass/warn/fail
  whoami                                   with --as: the user&apos;s employee id and roles
  settings list | set KEY VALUE            organisation settings (HR)
  leave-type show | set --expiry-days N    the Time Off in Lieu leave type (HR)
  audit [--doc NAME] [--limit N]           the audit log (HR)
  jobs [--limit N]                         recent runs of the background duties
  import FILE [--format toggl|clockify|kimai|harvest|generic] [--dates dmy|mdy|ymd] [--dry-run]
  export balances|ledger|timesheets|logs [--format csv|xlsx] FILE   export ical (--employee ID | --team ID) FILE

Environment: LIEU_DB, LIEU_USER, LIEU_TODAY, LIEU_LANG stand in for --db, --as, --today, --lang.
Languages: en, de, fr, es, nl; without --lang, the language chosen in the desktop app or the system&apos;s.
Exit status: 0 success, 1 refused by a rule, 2 usage error, 3 database error.
</source>
        <translation>Usage : lieuctl [--db CHEMIN] [--as IDENTIFIANT] [--today AAAA-MM-JJ] [--json] [--lang LANGUE] COMMANDE ...

  init                                     créer ou mettre à niveau la base de données ; garantir le type de congé de récupération
  demo                                     remplir une base vide avec une organisation de démonstration
  employee add ID --name N --email E [--login L] [--reports-to ID] [--hr] [--hours-per-day H]
  employee update ID [mêmes options, --no-hr]   employee deactivate|activate ID   employee list
  holiday add DATE [--name TEXTE]          holiday remove DATE   holiday list
  timesheet create EMPLOYÉ --from DATE --to DATE [--log DATE,HEURES,billable|non-billable[,ACTIVITÉ[,DESCRIPTION]]]...
  timesheet send ID | approve ID | reject ID --reason TEXTE | cancel ID | show ID | list [--employee E] [--status S]
  leave apply EMPLOYÉ --from DATE --to DATE [--half-day DATE] [--reason TEXTE]
  leave approve ID | reject ID --reason TEXTE | cancel ID | show ID | list [--employee E] [--status S]
  balance EMPLOYÉ [--on DATE]              disponible, en attente et bientôt expiré, en heures et en jours
  ledger EMPLOYÉ                           toutes les écritures du compte de l&apos;employé
  expire                                   la tâche quotidienne ; indique combien de dotations ont expiré
  remind [--days N]                        la tâche hebdomadaire ; indique combien de rappels ont été mis en file
  doctor                                   contrôles du déploiement, chacun pass/warn/fail
  whoami                                   avec --as : identifiant d&apos;employé et rôles de l&apos;utilisateur
  settings list | set CLÉ VALEUR           paramètres de l&apos;organisation (RH)
  leave-type show | set --expiry-days N    le type de congé Time Off in Lieu (RH)
  audit [--doc NOM] [--limit N]            le journal d&apos;audit (RH)
  jobs [--limit N]                         les dernières exécutions des tâches de fond
  import FICHIER [--format toggl|clockify|kimai|harvest|generic] [--dates dmy|mdy|ymd] [--dry-run]
  export balances|ledger|timesheets|logs [--format csv|xlsx] FICHIER   export ical (--employee ID | --team ID) FICHIER

Environnement : LIEU_DB, LIEU_USER, LIEU_TODAY, LIEU_LANG remplacent --db, --as, --today, --lang.
Langues : en, de, fr, es, nl ; sans --lang, la langue choisie dans l&apos;application de bureau ou celle du système.
Code de sortie : 0 succès, 1 refusé par une règle, 2 erreur d&apos;utilisation, 3 erreur de base de données.
</translation>
    </message>
    <message>
        <location line="+46"/>
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
        <location filename="../core/Database.cpp" line="+106"/>
        <source>Shared MariaDB/MySQL databases are not available in this build: %1</source>
        <translation>Les bases de données partagées MariaDB/MySQL ne sont pas disponibles dans cette version : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database &quot;%1&quot; is not a file</source>
        <translation>La base de données « %1 » n&apos;est pas un fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database &quot;%1&quot; cannot be read: %2</source>
        <translation>La base de données « %1 » ne peut pas être lue : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a Lieu database (it is not an SQLite file); nothing was changed</source>
        <translation>« %1 » n&apos;est pas une base de données Lieu (ce n&apos;est pas un fichier SQLite) ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the folder &quot;%1&quot; for the database</source>
        <translation>Impossible de créer le dossier « %1 » pour la base de données</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open the database &quot;%1&quot;: %2</source>
        <translation>Impossible d&apos;ouvrir la base de données « %1 » : %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1&quot; is not a readable Lieu database: %2</source>
        <translation>« %1 » n&apos;est pas une base de données Lieu lisible : %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+63"/>
        <source>Database error: %1</source>
        <translation>Erreur de base de données : %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The transaction was rolled back because an inner step failed</source>
        <translation>La transaction a été annulée parce qu&apos;une étape interne a échoué</translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+21"/>
        <source>&quot;%1&quot; is not a Lieu database; nothing was changed</source>
        <translation>« %1 » n&apos;est pas une base de données Lieu ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+21"/>
        <source>The database &quot;%1&quot; has schema version %2, newer than this program knows (%3): install a newer Lieu; nothing was changed</source>
        <translation>La base de données « %1 » est à la version de schéma %2, plus récente que celle que connaît ce programme (%3) : installez une version plus récente de Lieu ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>The database &quot;%1&quot; has schema version %2; run &quot;lieuctl init&quot; to upgrade it to version %3</source>
        <translation>La base de données « %1 » est à la version de schéma %2 ; lancez « lieuctl init » pour la mettre à niveau vers la version %3</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Migration %1 is missing from this program</source>
        <translation>La migration %1 manque dans ce programme</translation>
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
    <name>Directory</name>
    <message>
        <location filename="../core/Directory.cpp" line="+106"/>
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
        <location line="+18"/>
        <source>%1 may not see the records of employee %2</source>
        <translation>%1 n&apos;a pas le droit de voir les dossiers de l&apos;employé %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>id: &quot;%1&quot; is not an employee id (letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, up to 40, e.g. EMP-0001)</source>
        <translation>id : « %1 » n&apos;est pas un identifiant d&apos;employé (lettres, chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;, jusqu&apos;à 40, p. ex. EMP-0001)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>employee_name: &quot;%1&quot; must be 1 to 200 printable characters</source>
        <translation>employee_name : « %1 » doit compter de 1 à 200 caractères imprimables</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>email: &quot;%1&quot; is not an e-mail address</source>
        <translation>email : « %1 » n&apos;est pas une adresse e-mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>user_id: &quot;%1&quot; is not a login (letters, digits and . _ @ + -, up to 64)</source>
        <translation>user_id : « %1 » n&apos;est pas un identifiant (lettres, chiffres et . _ @ + -, jusqu&apos;à 64)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>hours_per_day: must be from 0 to 24 hours</source>
        <translation>hours_per_day : doit être compris entre 0 et 24 heures</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+5"/>
        <source>reports_to: employee %1 does not exist</source>
        <translation>reports_to : l&apos;employé %1 n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only HR can add employees</source>
        <translation>Seuls les RH peuvent ajouter des employés</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Only HR can edit employees</source>
        <translation>Seuls les RH peuvent modifier les employés</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message numerus="yes">
        <location filename="../core/Doctor.cpp" line="+46"/>
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
    <message>
        <location line="+2"/>
        <source>Outbox</source>
        <translation>Boîte d&apos;envoi</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n e-mail(s) in Error</source>
        <translation>
            <numerusform>%n e-mail en erreur (Error)</numerusform>
            <numerusform>%n e-mails en erreur (Error)</numerusform>
        </translation>
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
    <name>I18n</name>
    <message>
        <location filename="../core/I18n.cpp" line="+154"/>
        <source>language: &quot;%1&quot; is not a language Lieu speaks (%2)</source>
        <translation>language : « %1 » n&apos;est pas une langue que parle Lieu (%2)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>--lang needs a value (%1)</source>
        <translation>--lang attend une valeur (%1)</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../core/import/Importer.cpp" line="+59"/>
        <source>Only HR can import hours from a time tracker (%1 is not HR)</source>
        <translation>Seuls les RH peuvent importer des heures depuis un outil de suivi du temps (%1 ne fait pas partie des RH)</translation>
    </message>
    <message>
        <location line="+20"/>
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
        <location line="+41"/>
        <source>Timesheet %1 took %2 of %3 imported logs</source>
        <translation>La feuille de temps %1 a reçu %2 des %3 saisies importées</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../core/Jobs.cpp" line="+114"/>
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
</context>
<context>
    <name>Leaves</name>
    <message>
        <location filename="../core/Leaves.cpp" line="+86"/>
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
        <location line="+37"/>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (du %2 au %3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The leave overlaps %1 on %2</source>
        <translation>Le congé chevauche %1 le %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 may not apply for leave on behalf of employee %2</source>
        <translation>%1 n&apos;a pas le droit de demander un congé pour l&apos;employé %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+97"/>
        <source>reason: at most %1 printable characters</source>
        <translation>reason : %1 caractères imprimables au maximum</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Employee %1 is deactivated</source>
        <translation>L&apos;employé %1 est désactivé</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+58"/>
        <source>Insufficient TOIL Balance: the leave needs %1 h (%2 days) but %3 h (%4 days) is available on those days; short by %5 h (%6 days)</source>
        <translation>Solde de récupération insuffisant : le congé nécessite %1 h (%2 jours) mais %3 h (%4 jours) sont disponibles ces jours-là ; il manque %5 h (%6 jours)</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Nobody can %1 their own leave application (%2)</source>
        <translation>Personne ne peut %1 sa propre demande de congé (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only the immediate supervisor can %1 this leave application</source>
        <translation>Seul le responsable direct peut %1 cette demande de congé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee %1 has no supervisor with a login: only HR can %2 this leave application</source>
        <translation>L&apos;employé %1 n&apos;a pas de responsable avec un identifiant : seuls les RH peuvent %2 cette demande de congé</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Leave application %1 is %2: only an Open application can be approved</source>
        <translation>La demande de congé %1 est %2 : seule une demande ouverte (Open) peut être approuvée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approve</source>
        <translation>approuver</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>reason: say why the leave is rejected</source>
        <translation>reason : indiquez pourquoi le congé est refusé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Leave application %1 is %2: only an Open application can be rejected</source>
        <translation>La demande de congé %1 est %2 : seule une demande ouverte (Open) peut être refusée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reject</source>
        <translation>refuser</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Only employee %1 can cancel the Open leave application %2</source>
        <translation>Seul l&apos;employé %1 peut annuler la demande de congé ouverte %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the supervisor or HR can cancel the approved leave application %1</source>
        <translation>Seuls le responsable ou les RH peuvent annuler la demande de congé approuvée %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Leave application %1 is %2 and cannot be cancelled</source>
        <translation>La demande de congé %1 est %2 et ne peut pas être annulée</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <location filename="../core/Ledger.cpp" line="+123"/>
        <source>Leave allocation %1 does not exist</source>
        <translation>La dotation %1 n&apos;existe pas</translation>
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
    <name>Settings</name>
    <message>
        <location filename="../core/Settings.cpp" line="+63"/>
        <source>Only HR can change settings</source>
        <translation>Seuls les RH peuvent modifier les paramètres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>setting: &quot;%1&quot; is not a Lieu setting</source>
        <translation>setting : « %1 » n&apos;est pas un paramètre de Lieu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: &quot;%2&quot; must be a whole number from %3 to %4</source>
        <translation>%1 : « %2 » doit être un nombre entier de %3 à %4</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: &quot;%2&quot; must be &quot;seed&quot; or &quot;contracted&quot;</source>
        <translation>%1 : « %2 » doit être « seed » ou « contracted »</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: &quot;%2&quot; must list weekdays 1 (Monday) to 7 (Sunday), e.g. 6,7</source>
        <translation>%1 : « %2 » doit lister des jours de la semaine de 1 (lundi) à 7 (dimanche), p. ex. 6,7</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the organisation needs a name of 1 to 200 characters</source>
        <translation>%1 : l&apos;organisation a besoin d&apos;un nom de 1 à 200 caractères</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The leave type &quot;%1&quot; is missing: run &quot;lieuctl init&quot;</source>
        <translation>Le type de congé « %1 » est manquant : lancez « lieuctl init »</translation>
    </message>
    <message>
        <location line="+11"/>
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
    <name>Timesheets</name>
    <message>
        <location filename="../core/Timesheets.cpp" line="+100"/>
        <source>Timesheet %1 does not exist</source>
        <translation>La feuille de temps %1 n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Only employee %1 can %2 timesheet %3</source>
        <translation>Seul l&apos;employé %1 peut %2 la feuille de temps %3</translation>
    </message>
    <message>
        <location line="+28"/>
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
        <location line="+4"/>
        <source>time log %1: the activity must be at most %2 printable characters</source>
        <translation>saisie de temps %1 : l&apos;activité doit compter au plus %2 caractères imprimables</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>time log %1: the description must be at most %2 printable characters</source>
        <translation>saisie de temps %1 : la description doit compter au plus %2 caractères imprimables</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: %2 hours logged on one day (%3 in other timesheets); at most 24 hours a day</source>
        <translation>%1 : %2 heures saisies sur une journée (%3 dans d&apos;autres feuilles de temps) ; 24 heures par jour au maximum</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 may not create a timesheet for employee %2</source>
        <translation>%1 n&apos;a pas le droit de créer une feuille de temps pour l&apos;employé %2</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+22"/>
        <source>edit</source>
        <translation>modifier</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Timesheet %1 is %2: only a Draft or Rejected timesheet can be edited</source>
        <translation>La feuille de temps %1 est %2 : seule une feuille de temps en brouillon (Draft) ou refusée (Rejected) peut être modifiée</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Timesheet %1 is %2: logs can be added only to a Draft</source>
        <translation>La feuille de temps %1 est %2 : on ne peut ajouter des saisies qu&apos;à un brouillon (Draft)</translation>
    </message>
    <message>
        <location line="+27"/>
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
        <location line="+12"/>
        <source>Nobody approves their own timesheet: %1 belongs to %2</source>
        <translation>Personne n&apos;approuve sa propre feuille de temps : %1 appartient à %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Timesheet %1 is %2: only a timesheet Awaiting Approval can be approved</source>
        <translation>La feuille de temps %1 est %2 : seule une feuille de temps en attente d&apos;approbation (Awaiting Approval) peut être approuvée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the immediate supervisor can approve this timesheet</source>
        <translation>Seul le responsable direct peut approuver cette feuille de temps</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cap: the balance is %1 h and the cap is %2 h, so %3 h accrued and %4 h were not accrued</source>
        <translation>Plafond : le solde est de %1 h et le plafond de %2 h, donc %3 h ont été acquises et %4 h ne l&apos;ont pas été</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>reason: say why the timesheet is rejected</source>
        <translation>reason : indiquez pourquoi la feuille de temps est refusée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reason: at most %1 printable characters</source>
        <translation>reason : %1 caractères imprimables au maximum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Timesheet %1 is %2: only a timesheet Awaiting Approval can be rejected</source>
        <translation>La feuille de temps %1 est %2 : seule une feuille de temps en attente d&apos;approbation (Awaiting Approval) peut être refusée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the immediate supervisor can reject this timesheet</source>
        <translation>Seul le responsable direct peut refuser cette feuille de temps</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>discard</source>
        <translation>supprimer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only HR or the supervisor who approved it can cancel timesheet %1</source>
        <translation>Seuls les RH ou le responsable qui l&apos;a approuvée peuvent annuler la feuille de temps %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot cancel timesheet - TOIL consumed by %1: cancel those leave applications first</source>
        <translation>Impossible d&apos;annuler la feuille de temps - récupération consommée par %1 : annulez d&apos;abord ces demandes de congé</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Timesheet %1 is %2 and cannot be cancelled</source>
        <translation>La feuille de temps %1 est %2 et ne peut pas être annulée</translation>
    </message>
</context>
<context>
    <name>TrackerFile</name>
    <message>
        <location filename="../core/import/TrackerFile.cpp" line="+181"/>
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
        <source>the activity &quot;%1&quot; is longer than %2 characters or holds control characters</source>
        <translation>l&apos;activité « %1 » dépasse %2 caractères ou contient des caractères de contrôle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the description is longer than %1 characters or holds control characters</source>
        <translation>la description dépasse %1 caractères ou contient des caractères de contrôle</translation>
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
        <location line="+22"/>
        <source>Only HR can change the holiday list</source>
        <translation>Seuls les RH peuvent modifier la liste des jours fériés</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>holiday_date: the date is missing</source>
        <translation>holiday_date : la date est manquante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>description: at most 200 characters</source>
        <translation>description : 200 caractères au maximum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>holiday_date: %1 is already a holiday</source>
        <translation>holiday_date : %1 est déjà un jour férié</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is not on the holiday list</source>
        <translation>%1 ne figure pas dans la liste des jours fériés</translation>
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
</TS>
