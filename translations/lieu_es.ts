<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../core/Settings.cpp" line="+51"/>
        <source>%1: &quot;%2&quot; is not a host name or address</source>
        <translation>%1: «%2» no es un nombre de host ni una dirección</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &quot;%2&quot; must be a port number from 1 to 65535</source>
        <translation>%1: «%2» debe ser un número de puerto de 1 a 65535</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: &quot;%2&quot; must be &quot;none&quot;, &quot;starttls&quot; or &quot;tls&quot;</source>
        <translation>%1: «%2» debe ser «none», «starttls» o «tls»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the user name is longer than 256 characters</source>
        <translation>%1: el nombre de usuario tiene más de 256 caracteres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: &quot;%2&quot; is not an e-mail address like lieu@example.org</source>
        <translation>%1: «%2» no es una dirección de correo electrónico como lieu@example.org</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: cannot read the certificate file &quot;%2&quot;</source>
        <translation>%1: no se puede leer el archivo de certificado «%2»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: &quot;%2&quot; must be 0 or 1</source>
        <translation>%1: «%2» debe ser 0 o 1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &quot;%2&quot; must be a whole number of seconds from 1 to 600</source>
        <translation>%1: «%2» debe ser un número entero de segundos de 1 a 600</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: &quot;%2&quot; must be a time of day like 02:00</source>
        <translation>%1: «%2» debe ser una hora del día como 02:00</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &quot;%2&quot; must be a weekday from 1 (Monday) to 7 (Sunday)</source>
        <translation>%1: «%2» debe ser un día de la semana del 1 (lunes) al 7 (domingo)</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../core/Audit.cpp" line="+29"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+13"/>
        <source>Only HR can read the audit log</source>
        <translation>Solo RR. HH. puede consultar el registro de auditoría</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>export: &quot;%1&quot; already exists; choose another file or allow replacing it</source>
        <translation>export: «%1» ya existe; elija otro archivo o permita reemplazarlo</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+25"/>
        <source>export: cannot write &quot;%1&quot;: %2</source>
        <translation>export: no se puede escribir «%1»: %2</translation>
    </message>
</context>
<context>
    <name>Auth</name>
    <message>
        <location filename="../core/Auth.cpp" line="+22"/>
        <source>The password library could not start</source>
        <translation>No se pudo iniciar la biblioteca de contraseñas</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not enough memory to hash the password</source>
        <translation>No hay memoria suficiente para calcular el hash de la contraseña</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>password: use at least %1 characters</source>
        <translation>password: use al menos %1 caracteres</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The login or the password is wrong</source>
        <translation>El usuario o la contraseña no son correctos</translation>
    </message>
    <message numerus="yes">
        <location line="-22"/>
        <source>Too many failed sign-ins: the account &quot;%1&quot; is locked for %n more second(s)</source>
        <translation>
            <numerusform>Demasiados inicios de sesión fallidos: la cuenta «%1» está bloqueada %n segundo más</numerusform>
            <numerusform>Demasiados inicios de sesión fallidos: la cuenta «%1» está bloqueada %n segundos más</numerusform>
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
        <translation>El usuario «%1» (%2) está desactivado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only a signed-in employee can change their password</source>
        <translation>Solo un empleado que ha iniciado sesión puede cambiar su contraseña</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The current password is wrong</source>
        <translation>La contraseña actual no es correcta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>password: the new password is the same as the current one</source>
        <translation>password: la nueva contraseña es igual a la actual</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../core/Backup.cpp" line="+108"/>
        <location line="+100"/>
        <source>&quot;%1&quot; is not a Lieu backup</source>
        <translation>«%1» no es una copia de seguridad de Lieu</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>&quot;%1&quot; was made by a newer Lieu (schema version %2; this one knows %3): install that version to restore it</source>
        <translation>«%1» se hizo con una versión más reciente de Lieu (versión de esquema %2; esta conoce la %3): instale esa versión para restaurarla</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot create the backup folder &quot;%1&quot;; the migration did not start</source>
        <translation>No se puede crear la carpeta de copias de seguridad «%1»; la migración no se ha iniciado</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>file: say where to write the backup</source>
        <translation>file: indique dónde escribir la copia de seguridad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file: &quot;%1&quot; exists already; a backup never overwrites a file</source>
        <translation>file: «%1» ya existe; una copia de seguridad nunca sobrescribe un archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file: a backup is written to a file, not to a server</source>
        <translation>file: una copia de seguridad se escribe en un archivo, no en un servidor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the folder &quot;%1&quot; for the backup</source>
        <translation>No se puede crear la carpeta «%1» para la copia de seguridad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 holds no Lieu database to back up</source>
        <translation>%1 no contiene ninguna base de datos de Lieu de la que hacer una copia de seguridad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A backup cannot be taken inside a transaction</source>
        <translation>No se puede hacer una copia de seguridad dentro de una transacción</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The table %1 is not part of schema version %2; the database holds more than Lieu made</source>
        <translation>La tabla %1 no forma parte de la versión de esquema %2; la base de datos contiene más de lo que creó Lieu</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>file: &quot;%1&quot; does not exist</source>
        <translation>file: «%1» no existe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot make a temporary folder for the restore</source>
        <translation>No se puede crear una carpeta temporal para la restauración</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read the backup &quot;%1&quot;</source>
        <translation>No se puede leer la copia de seguridad «%1»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is not a Lieu database; nothing was restored</source>
        <translation>%1 no es una base de datos de Lieu; no se ha restaurado nada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup&apos;s table %1 is missing from %2</source>
        <translation>Falta en %2 la tabla %1 de la copia de seguridad</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 already holds data (table %2): restore into a new, empty database, then point the desktops at it; nothing was changed</source>
        <translation>%1 ya contiene datos (tabla %2): restaure en una base de datos nueva y vacía y luego haga que las aplicaciones de escritorio apunten a ella; no se ha cambiado nada</translation>
    </message>
</context>
<context>
    <name>BalanceReports</name>
    <message>
        <location filename="../core/BalanceReports.cpp" line="+36"/>
        <source>Only HR can see the balance reports</source>
        <translation>Solo RR. HH. puede ver los informes de saldos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>team: employee %1 does not exist</source>
        <translation>team: el empleado %1 no existe</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>on: the date is missing</source>
        <translation>on: falta la fecha</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>months: the range %1 to %2 is not a range of months</source>
        <translation>months: el intervalo del %1 al %2 no es un intervalo de meses</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>months: at most 20 years at once</source>
        <translation>months: como máximo 20 años a la vez</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>from: the date is missing</source>
        <translation>from: falta la fecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days: %1 must be from 1 to 3660</source>
        <translation>days: %1 debe estar entre 1 y 3660</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>months: %1 must be from 1 to 240</source>
        <translation>months: %1 debe estar entre 1 y 240</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../core/export/Calendar.cpp" line="+53"/>
        <location line="+47"/>
        <source>Time off in lieu: %1</source>
        <translation>Tiempo compensatorio: %1</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>%1 (%2) has no direct reports: there is no team calendar</source>
        <translation>%1 (%2) no tiene subordinados directos: no hay calendario de equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time off in lieu: team of %1</source>
        <translation>Tiempo compensatorio: equipo de %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Time off in lieu</source>
        <translation>Tiempo compensatorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 day(s) of TOIL, %3 to %4</source>
        <translation>%1: %2 día(s) de tiempo compensatorio, del %3 al %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (half day)</source>
        <translation> (medio día)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (half day on %1)</source>
        <translation> (medio día el %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Half day: %1</source>
        <translation>Medio día: %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../core/cli/CommandLine.cpp" line="+75"/>
        <source>--%1 takes no value</source>
        <translation>--%1 no admite ningún valor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an option has no name</source>
        <translation>una opción no tiene nombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--%1 needs a value</source>
        <translation>--%1 necesita un valor</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+3"/>
        <source>--%1 does not apply to &quot;%2&quot;</source>
        <translation>--%1 no se aplica a «%2»</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+32"/>
        <source>--%1 is required</source>
        <translation>--%1 es obligatorio</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>%1 is missing</source>
        <translation>falta %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>this action is a person&apos;s: say who with --as LOGIN (or LIEU_USER)</source>
        <translation>esta acción es de una persona: indique quién con --as LOGIN (o LIEU_USER)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>orden desconocida «%1»</translation>
    </message>
    <message>
        <location filename="../core/cli/AdminCommands.cpp" line="+28"/>
        <source>%1 is shared: turn maintenance mode on first (lieuctl maintenance on --reason &quot;upgrade&quot;), so that no desktop writes while the schema changes, or give --force</source>
        <translation>%1 es compartida: active antes el modo de mantenimiento (lieuctl maintenance on --reason &quot;upgrade&quot;) para que ninguna aplicación de escritorio escriba mientras cambia el esquema, o indique --force</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Database %1 is at schema version %2</source>
        <translation>La base de datos %1 está en la versión de esquema %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database %1 upgraded from schema version %2 to %3</source>
        <translation>Base de datos %1 actualizada de la versión de esquema %2 a la %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup of version %1 taken first: %2</source>
        <translation>Antes se ha hecho una copia de seguridad de la versión %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+12"/>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Backed up %1 (schema version %2, %3 rows) to %4</source>
        <translation>Copia de seguridad de %1 (versión de esquema %2, %3 filas) guardada en %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restored %1 rows from %2 into %3 (schema version %4)</source>
        <translation>Se han restaurado %1 filas de %2 en %3 (versión de esquema %4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the database held before is in %1</source>
        <translation>Lo que contenía antes la base de datos está en %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unknown maintenance subcommand &quot;%1&quot; (on, off, status)</source>
        <translation>suborden de maintenance desconocida «%1» (on, off, status)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--reason goes with &quot;maintenance on&quot;</source>
        <translation>--reason va con «maintenance on»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Maintenance mode is on since %1 (%2): %3</source>
        <translation>El modo de mantenimiento está activado desde %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maintenance mode is off: every client may write</source>
        <translation>El modo de mantenimiento está desactivado: todos los clientes pueden escribir</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>grants are for a MariaDB/MySQL database (give --db mysql://...)</source>
        <translation>grants es para una base de datos MariaDB/MySQL (indique --db mysql://...)</translation>
    </message>
    <message>
        <location filename="../core/cli/CommandLine.cpp" line="-178"/>
        <source>argument %1</source>
        <translation>argumento %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>option name</source>
        <translation>nombre de opción</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>%1: &quot;%2&quot; must be a whole number from %3 to %4</source>
        <translation>%1: «%2» debe ser un número entero de %3 a %4</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>There is no database at &quot;%1&quot;: create one with &quot;lieuctl init&quot;, or name the right file with --db</source>
        <translation>No hay ninguna base de datos en «%1»: cree una con «lieuctl init» o indique el archivo correcto con --db</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Password for %1: </source>
        <translation>Contraseña para %1: </translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Demo organisation created in %1 (logins: hana = HR, sam = supervisor, ella = employee)</source>
        <translation>Organización de demostración creada en %1 (usuarios: hana = RR. HH., sam = supervisor, ella = empleada)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>employee subcommand (add, update, deactivate, list)</source>
        <translation>suborden de employee (add, update, deactivate, list)</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+21"/>
        <source>employee ID</source>
        <translation>ID del empleado</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Added %1 (%2)</source>
        <translation>%1 (%2) añadido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated %1 (%2)</source>
        <translation>%1 (%2) actualizado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is now %2</source>
        <translation>%1 está ahora %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>deactivated</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(no login)</source>
        <translation>(sin usuario)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  [deactivated]</source>
        <translation>  [desactivado]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown employee subcommand &quot;%1&quot;</source>
        <translation>suborden de employee desconocida «%1»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>holiday subcommand (add, remove, list)</source>
        <translation>suborden de holiday (add, remove, list)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Holiday %1 added</source>
        <translation>Festivo %1 añadido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Holiday %1 removed</source>
        <translation>Festivo %1 eliminado</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown holiday subcommand &quot;%1&quot;</source>
        <translation>suborden de holiday desconocida «%1»</translation>
    </message>
    <message>
        <location filename="../core/cli/DocumentCommands.cpp" line="+56"/>
        <source>timesheet subcommand (create, send, approve, reject, cancel, show, list)</source>
        <translation>suborden de timesheet (create, send, approve, reject, cancel, show, list)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+121"/>
        <location line="+59"/>
        <location line="+52"/>
        <location filename="../core/cli/SecurityCommands.cpp" line="+133"/>
        <source>EMPLOYEE</source>
        <translation>EMPLEADO</translation>
    </message>
    <message>
        <location line="-222"/>
        <source>%1: &quot;%2&quot; must be DATE,HOURS,billable|non-billable[,ACTIVITY[,DESCRIPTION]]</source>
        <translation>%1: «%2» debe ser FECHA,HORAS,billable|non-billable[,ACTIVIDAD[,DESCRIPCIÓN]]</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: &quot;%2&quot; must be billable or non-billable</source>
        <translation>%1: «%2» debe ser billable o non-billable</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Created %1 for %2 (%3 to %4): %5 h TOIL, %6</source>
        <translation>%1 creada para %2 (del %3 al %4): %5 h de tiempo compensatorio, %6</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>timesheet ID</source>
        <translation>ID de la hoja de horas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1  %2 (%3)  %4 to %5</source>
        <translation>%1  %2 (%3)  del %4 al %5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status %1 (docstatus %2), toil_status %3</source>
        <translation>estado %1 (docstatus %2), toil_status %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOIL %1 h = %2 days%3</source>
        <translation>Tiempo compensatorio %1 h = %2 días%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, lot %1</source>
        <translation>, asignación %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected: %1</source>
        <translation>rechazada: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unknown timesheet subcommand &quot;%1&quot;</source>
        <translation>suborden de timesheet desconocida «%1»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is %2 (toil_status %3)</source>
        <translation>%1 está %2 (toil_status %3)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>leave subcommand (apply, approve, reject, cancel, show, list)</source>
        <translation>suborden de leave (apply, approve, reject, cancel, show, list)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Applied %1 for %2: %3 day(s), %4 h, Open</source>
        <translation>%1 solicitada para %2: %3 día(s), %4 h, Open</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>leave application ID</source>
        <translation>ID de la solicitud de permiso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1  %2  %3 to %4%5</source>
        <translation>%1  %2  del %3 al %4%5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (half day %1)</source>
        <translation> (medio día el %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status %1, total_leave_days %2, %3 h</source>
        <translation>estado %1, total_leave_days %2, %3 h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  draws %1 h from %2 (last day %3)</source>
        <translation>  toma %1 h de %2 (último día %3)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown leave subcommand &quot;%1&quot;</source>
        <translation>suborden de leave desconocida «%1»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is %2</source>
        <translation>%1 está %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 on %2: available %3 h (%4 days), pending %5 h (%6 days)</source>
        <translation>%1 el %2: disponible %3 h (%4 días), pendiente %5 h (%6 días)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  approved, valid later: %1 h</source>
        <translation>  aprobado, válido más adelante: %1 h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  expiring: %1 h from %2, last day %3</source>
        <translation>  caduca: %1 h de %2, último día %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>  lot %1  %2..%3  allocated %4  used %5  expired %6  remaining %7%8</source>
        <translation>  asignación %1  %2..%3  asignado %4  usado %5  caducado %6  restante %7%8</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  [expired]</source>
        <translation>  [caducada]</translation>
    </message>
    <message>
        <location filename="../core/cli/CommandLine.cpp" line="+15"/>
        <source>%1 for %2 is running on %3 since %4: nothing was done</source>
        <translation>%1 para el %2 se está ejecutando en %3 desde %4: no se ha hecho nada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 already ran for %2 (%3): nothing to do</source>
        <translation>%1 ya se ejecutó para el %2 (%3): no hay nada que hacer</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n lot(s) expired</source>
        <translation>
            <numerusform>%n asignación caducada</numerusform>
            <numerusform>%n asignaciones caducadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Expired %n lot(s)</source>
        <translation>
            <numerusform>Caducada %n asignación</numerusform>
            <numerusform>Caducadas %n asignaciones</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (%1 h of TOIL)</source>
        <translation> (%1 h de tiempo compensatorio)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>days: &quot;%1&quot; must be a whole number from 1 to 366</source>
        <translation>days: «%1» debe ser un número entero de 1 a 366</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n reminder(s) queued</source>
        <translation>
            <numerusform>%n recordatorio en cola</numerusform>
            <numerusform>%n recordatorios en cola</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Queued %n reminder(s)</source>
        <translation>
            <numerusform>Puesto en cola %n recordatorio</numerusform>
            <numerusform>Puestos en cola %n recordatorios</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only HR runs the deployment checks</source>
        <translation>Solo RR. HH. ejecuta las comprobaciones del despliegue</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 (%2), %3: %4</source>
        <translation>%1 (%2), %3: %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>settings subcommand (list, set)</source>
        <translation>suborden de settings (list, set)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>KEY</source>
        <translation>CLAVE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VALUE</source>
        <translation>VALOR</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown settings subcommand &quot;%1&quot;</source>
        <translation>suborden de settings desconocida «%1»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>leave-type subcommand (show, set)</source>
        <translation>suborden de leave-type (show, set)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expiry-days: &quot;%1&quot; is not a whole number</source>
        <translation>expiry-days: «%1» no es un número entero</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown leave-type subcommand &quot;%1&quot;</source>
        <translation>suborden de leave-type desconocida «%1»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: carry forward %2, expires after %3 days, negative balance %4</source>
        <translation>%1: arrastre %2, caduca a los %3 días, saldo negativo %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>allowed</source>
        <translation>permitido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not allowed</source>
        <translation>no permitido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only HR can see the background job runs</source>
        <translation>Solo RR. HH. puede ver las ejecuciones de las tareas en segundo plano</translation>
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
        <translation>Uso: lieuctl [--db RUTA|mysql://USER@HOST[:PORT]/DATABASE] [--as USUARIO] [--today AAAA-MM-DD] [--json] [--lang IDIOMA] ORDEN ...

  init                                     crear o actualizar la base de datos; asegurar el tipo de ausencia de tiempo compensatorio
  demo                                     llenar una base de datos vacía con una organización de demostración
  employee add ID --name N --email E [--login L] [--reports-to ID] [--hr] [--hours-per-day H]
  employee update ID [mismas opciones, --no-hr]   employee deactivate|activate ID   employee list
  holiday add FECHA [--name TEXTO]         holiday remove FECHA   holiday list
  timesheet create EMPLEADO --from FECHA --to FECHA [--log FECHA,HORAS,billable|non-billable[,ACTIVIDAD[,DESCRIPCIÓN]]]...
  timesheet send ID | approve ID | reject ID --reason TEXTO | cancel ID | show ID | list [--employee E] [--status S]
  leave apply EMPLEADO --from FECHA --to FECHA [--half-day FECHA] [--reason TEXTO]
  leave approve ID | reject ID --reason TEXTO | cancel ID | show ID | list [--employee E] [--status S]
  balance EMPLEADO [--on FECHA]            disponible, pendiente y a punto de caducar, en horas y días
  ledger EMPLEADO                          todos los movimientos del empleado
  expire [--once]                          la tarea diaria; indica cuántas asignaciones ha hecho caducar
  remind [--days N] [--once]               la tarea semanal; indica cuántos recordatorios ha puesto en cola
                                           (--once: omitir si algún ejecutor ya la ha hecho hoy)
  doctor                                   comprobaciones del despliegue, cada una pass/warn/fail
  whoami                                   con --as: el ID de empleado y los roles del usuario
  settings list | set CLAVE VALOR          ajustes de la organización (RR. HH.)
  leave-type show | set --expiry-days N    el tipo de ausencia Time Off in Lieu (RR. HH.)
  audit [--doc NOMBRE] [--doctype T] [--actor USUARIO] [--action A] [--from FECHA] [--to FECHA] [--limit N]
        [--export ARCHIVO.csv [--force]]   el registro de auditoría (RR. HH.); --export lo escribe entero como CSV
  check                                    los invariantes de la base de datos (movimientos, asignaciones, consumos, almacenamiento)
  password reset EMPLEADO | change         leer la contraseña nueva (y la actual) de la entrada estándar
  jobs [--limit N]                         ejecuciones recientes de las tareas en segundo plano
  import ARCHIVO [--format toggl|clockify|kimai|harvest|generic] [--dates dmy|mdy|ymd] [--dry-run]
  export balances|ledger|timesheets|logs [--format csv|xlsx] ARCHIVO   export ical (--employee ID | --team ID) ARCHIVO
  migrate [--force]                        actualizar el esquema (antes se hace una copia de seguridad de la base de datos existente)
  backup ARCHIVO                           una copia coherente de toda la base de datos, como un único archivo SQLite
  restore ARCHIVO                          sustituir los datos por los de una copia de seguridad (MariaDB: en una base de datos vacía)
  maintenance [on [--reason TEXTO]|off]    modo de solo lectura para todos los clientes mientras trabaja un administrador
  grants --user NOMBRE [--host HOST] [--apply]   los GRANT que necesita la cuenta de servidor de la aplicación de escritorio
  generate --employees N [--years Y] [--seed S]   una organización ficticia grande (pruebas de rendimiento)

Entorno: LIEU_DB, LIEU_USER, LIEU_TODAY, LIEU_LANG sustituyen a --db, --as, --today, --lang;
LIEU_DB_PASSWORD es la contraseña del servidor (nunca en la línea de órdenes; se pide en un terminal si no está definida).
Idiomas: en, de, fr, es, nl; sin --lang, el idioma elegido en la aplicación de escritorio o el del sistema.
Estado de salida: 0 éxito, 1 rechazo (una regla, un permiso, un valor incorrecto; check: falla un invariante),
2 error de uso, 3 error de base de datos (ausente, dañada, de solo lectura, llena, ajena o más reciente).
</translation>
    </message>
    <message>
        <location line="+72"/>
        <source> (lieuctl --help lists the commands)</source>
        <translation> (lieuctl --help enumera las órdenes)</translation>
    </message>
    <message>
        <location filename="../core/export/ExportCommand.cpp" line="+19"/>
        <source>what to export (balances, ledger, timesheets, logs or ical)</source>
        <translation>qué exportar (balances, ledger, timesheets, logs o ical)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the .ics file to write</source>
        <translation>el archivo .ics que se va a escribir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export ical needs either --employee ID or --team SUPERVISOR_ID</source>
        <translation>export ical necesita --employee ID o --team ID_SUPERVISOR</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrote %1 leave event(s) to %2</source>
        <translation>%1 evento(s) de ausencia escrito(s) en %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file to write</source>
        <translation>el archivo que se va a escribir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--format must be csv or xlsx (or give the file a .csv or .xlsx name)</source>
        <translation>--format debe ser csv o xlsx (o dé al archivo un nombre .csv o .xlsx)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown export &quot;%1&quot; (balances, ledger, timesheets, logs or ical)</source>
        <translation>exportación desconocida «%1» (balances, ledger, timesheets, logs o ical)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrote %1 row(s) of %2 to %3</source>
        <translation>%1 fila(s) de %2 escrita(s) en %3</translation>
    </message>
    <message>
        <location filename="../core/import/ImportCommand.cpp" line="+43"/>
        <source>the file to import</source>
        <translation>el archivo que se va a importar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2, %3 rows (%4, separator &quot;%5&quot;, dates %6)</source>
        <translation>%1: %2, %3 filas (%4, separador «%5», fechas %6)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>  %1  %2  week %3 to %4  %5 log(s)  %6 h  TOIL %7 h  %8</source>
        <translation>  %1  %2  semana del %3 al %4  %5 registro(s)  %6 h  tiempo compensatorio %7 h  %8</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>added to Draft %1</source>
        <translation>añadido al borrador %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new Draft</source>
        <translation>nuevo borrador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>new Draft %1</source>
        <translation>nuevo borrador %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  Not matched: %1, %2 row(s), %3 h (lines %4): %5</source>
        <translation>  Sin correspondencia: %1, %2 fila(s), %3 h (líneas %4): %5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  Already imported, skipped: %1 row(s) (lines %2)</source>
        <translation>  Ya importado, omitido: %1 fila(s) (líneas %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  Zero duration, skipped: %1 row(s) (lines %2)</source>
        <translation>  Duración cero, omitido: %1 fila(s) (líneas %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dry run: %1 log(s), %2 h, TOIL %3 h would be imported; nothing was written</source>
        <translation>Simulación: se importarían %1 registro(s), %2 h, tiempo compensatorio %3 h; no se ha escrito nada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported %1 log(s), %2 h, TOIL %3 h</source>
        <translation>Importados %1 registro(s), %2 h, tiempo compensatorio %3 h</translation>
    </message>
    <message>
        <location filename="../core/cli/GenerateCommand.cpp" line="+20"/>
        <source>--%1: &quot;%2&quot; is not a whole number</source>
        <translation>--%1: «%2» no es un número entero</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--seed: &quot;%1&quot; is not a whole number</source>
        <translation>--seed: «%1» no es un número entero</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--mode: &quot;%1&quot; is not bulk or services</source>
        <translation>--mode: «%1» no es bulk ni services</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>generate: week %1 of %2 (%3 s)</source>
        <translation>generate: semana %1 de %2 (%3 s)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Generated %1 employees (%2 supervisors, %3 in HR, largest team %4) from %5 to %6 in %7 s:</source>
        <translation>Se han generado %1 empleados (%2 supervisores, %3 en RR. HH., equipo más grande: %4) del %5 al %6 en %7 s:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  %1 timesheets with %2 time logs, %3 TOIL lots (%4 expired), %5 ledger entries</source>
        <translation>  %1 hojas de horas con %2 registros de tiempo, %3 asignaciones de tiempo compensatorio (%4 caducadas), %5 movimientos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  %1 leave applications (%2 open), %3 holidays, %4 audit entries</source>
        <translation>  %1 solicitudes de permiso (%2 abiertas), %3 festivos, %4 entradas de auditoría</translation>
    </message>
    <message>
        <location filename="../core/cli/SecurityCommands.cpp" line="-75"/>
        <source>the password is read from standard input, one line each: none was given</source>
        <translation>la contraseña se lee de la entrada estándar, una línea cada una: no se ha indicado ninguna</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Wrote %n audit entries to %1</source>
        <translation>
            <numerusform>%n entrada de auditoría escrita en %1</numerusform>
            <numerusform>%n entradas de auditoría escritas en %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Only HR checks the database&apos;s invariants</source>
        <translation>Solo RR. HH. comprueba los invariantes de la base de datos</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>password subcommand (reset, change)</source>
        <translation>suborden de password (reset, change)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New password for %1: </source>
        <translation>Nueva contraseña para %1: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password of %1 was reset; the account is unlocked</source>
        <translation>Se ha restablecido la contraseña de %1; la cuenta está desbloqueada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Current password: </source>
        <translation>Contraseña actual: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password: </source>
        <translation>Contraseña nueva: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password of %1 was changed</source>
        <translation>Se ha cambiado la contraseña de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown password subcommand &quot;%1&quot;</source>
        <translation>suborden de password desconocida «%1»</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <location filename="../ui/connection/ConnectionSettings.cpp" line="+39"/>
        <source>path: choose the database file</source>
        <translation>path: elija el archivo de la base de datos</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>The password for %1 is not in this computer&apos;s keychain (%2): enter it on the Database connection page</source>
        <translation>La contraseña de %1 no está en el llavero de este ordenador (%2): introdúzcala en la página «Conexión a la base de datos»</translation>
    </message>
</context>
<context>
    <name>ContractedHoursPolicy</name>
    <message>
        <location filename="../core/Accrual.cpp" line="+56"/>
        <source>Hours above the contracted hours per day are TOIL</source>
        <translation>Las horas por encima de la jornada contratada son tiempo compensatorio</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rule: %1 (%2 h contracted per working day)</source>
        <translation>Regla: %1 (%2 h contratadas por día laborable)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (x%1% on a weekend or holiday)</source>
        <translation> (x%1% en fin de semana o festivo)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1  worked %2 h on a day off: counted %3 h%4</source>
        <translation>%1  %2 h trabajadas en un día libre: %3 h computadas%4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1  worked %2 h: counted %3 h above the contracted hours</source>
        <translation>%1  %2 h trabajadas: %3 h computadas por encima de la jornada contratada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total TOIL: %1 h = %2 days at %3 h per TOIL day</source>
        <translation>Tiempo compensatorio total: %1 h = %2 días a %3 h por día compensatorio</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <location filename="../core/import/Csv.cpp" line="+53"/>
        <source>The file has %1 bytes; at most %2 can be imported at once</source>
        <translation>El archivo tiene %1 bytes; como máximo se pueden importar %2 de una vez</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The file starts with a %1 byte-order mark but is not %1 text</source>
        <translation>El archivo empieza con una marca de orden de bytes %1 pero no es texto %1</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>line %1, column %2: the quote opened here is never closed</source>
        <translation>línea %1, columna %2: las comillas abiertas aquí no se cierran nunca</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>line %1, column %2: &quot;%3&quot; follows the closing quote; a quoted field ends at a separator or the end of the line</source>
        <translation>línea %1, columna %2: «%3» sigue a las comillas de cierre; un campo entre comillas termina en un separador o al final de la línea</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The file is empty: there is no header line</source>
        <translation>El archivo está vacío: no hay línea de encabezado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>line %1 has %2 fields where the header has %3</source>
        <translation>la línea %1 tiene %2 campos y el encabezado %3</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/Database.cpp" line="+89"/>
        <source>The MariaDB/MySQL driver for Qt (%1) is not installed (on Debian: the package libqt6sql6-mysql); cannot open %2</source>
        <translation>El controlador MariaDB/MySQL para Qt (%1) no está instalado (en Debian: el paquete libqt6sql6-mysql); no se puede abrir %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The database &quot;%1&quot; is not a file</source>
        <translation>La base de datos «%1» no es un archivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database &quot;%1&quot; cannot be read: %2</source>
        <translation>No se puede leer la base de datos «%1»: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is an empty file (0 bytes), not a Lieu database: if it should hold your data, restore it from a backup; to start a new database, delete the file first; nothing was changed</source>
        <translation>«%1» es un archivo vacío (0 bytes), no una base de datos de Lieu: si debería contener sus datos, restáurelos desde una copia de seguridad; para empezar una base de datos nueva, elimine antes el archivo; no se ha cambiado nada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a Lieu database (it is not an SQLite file); nothing was changed</source>
        <translation>«%1» no es una base de datos de Lieu (no es un archivo SQLite); no se ha cambiado nada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the folder &quot;%1&quot; for the database</source>
        <translation>No se puede crear la carpeta «%1» para la base de datos</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot open the database &quot;%1&quot;: %2</source>
        <translation>No se puede abrir la base de datos «%1»: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot connect to the database server %1 as %2 (database %3): %4</source>
        <translation>No se puede conectar al servidor de base de datos %1 como %2 (base de datos %3): %4</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The connection to %1 is not encrypted although TLS was asked for (ssl=1): enable TLS on the server</source>
        <translation>La conexión con %1 no está cifrada aunque se pidió TLS (ssl=1): active TLS en el servidor</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&quot;%1&quot; is not a readable Lieu database: %2</source>
        <translation>«%1» no es una base de datos de Lieu legible: %2</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The database &quot;%1&quot; is damaged (%2): restore it from a backup (&quot;lieuctl check&quot; shows what is wrong); nothing was changed</source>
        <translation>La base de datos «%1» está dañada (%2): restáurela desde una copia de seguridad («lieuctl check» muestra qué falla); no se ha cambiado nada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database &quot;%1&quot; is read-only (%2): Lieu needs to write to the file and to its folder; nothing was changed</source>
        <translation>La base de datos «%1» es de solo lectura (%2): Lieu necesita escribir en el archivo y en su carpeta; no se ha cambiado nada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk holding the database &quot;%1&quot; is full (%2): free some space and try again; nothing was changed</source>
        <translation>El disco que contiene la base de datos «%1» está lleno (%2): libere espacio e inténtelo de nuevo; no se ha cambiado nada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database &quot;%1&quot; cannot be opened (%2): the file and its folder must exist and be writable; nothing was changed</source>
        <translation>No se puede abrir la base de datos «%1» (%2): el archivo y su carpeta deben existir y admitir escritura; no se ha cambiado nada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk holding the database &quot;%1&quot; refused to read or write (%2): it may be full, failing or over a size limit; nothing was changed</source>
        <translation>El disco que contiene la base de datos «%1» se negó a leer o escribir (%2): puede que esté lleno, que esté fallando o que supere un límite de tamaño; no se ha cambiado nada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database &quot;%1&quot; is busy: another program holds it (%2); try again</source>
        <translation>La base de datos «%1» está ocupada: otro programa la tiene en uso (%2); inténtelo de nuevo</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The connection to the database server was lost (%1); nothing of this action was saved. Lieu reconnects when you try again.</source>
        <translation>Se perdió la conexión con el servidor de base de datos (%1); no se ha guardado nada de esta acción. Lieu se vuelve a conectar cuando lo intente de nuevo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another user changed the same records at the same moment (deadlock); nothing of this action was saved. Try again.</source>
        <translation>Otro usuario modificó los mismos registros en el mismo momento (interbloqueo); no se ha guardado nada de esta acción. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another user held the records this action needs for too long (%1); nothing of this action was saved. Try again.</source>
        <translation>Otro usuario retuvo demasiado tiempo los registros que necesita esta acción (%1); no se ha guardado nada de esta acción. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database is busy with another program&apos;s change (%1); nothing of this action was saved. Try again.</source>
        <translation>La base de datos está ocupada con un cambio de otro programa (%1); no se ha guardado nada de esta acción. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Database error: %1</source>
        <translation>Error de base de datos: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+248"/>
        <source>The connection to the database server was lost; nothing of this action was saved</source>
        <translation>Se perdió la conexión con el servidor de base de datos; no se ha guardado nada de esta acción</translation>
    </message>
    <message>
        <location line="-246"/>
        <source>The database server %1 cannot be reached; nothing was saved. Lieu keeps trying to reconnect.</source>
        <translation>No se puede acceder al servidor de base de datos %1; no se ha guardado nada. Lieu sigue intentando volver a conectarse.</translation>
    </message>
    <message>
        <location line="+250"/>
        <source>The transaction was rolled back because an inner step failed</source>
        <translation>Se ha revertido la transacción porque falló un paso interno</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The connection to the database server was lost while saving (%1): the change may or may not have been saved. Refresh to see which before doing it again.</source>
        <translation>Se perdió la conexión con el servidor de base de datos al guardar (%1): puede que el cambio se haya guardado o no. Actualice para comprobarlo antes de volver a hacerlo.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The database has schema version %1, newer than this Lieu %2 knows (%3): install Lieu %4 or later to make changes</source>
        <translation>La base de datos tiene la versión de esquema %1, más reciente que la que conoce este Lieu %2 (%3): instale Lieu %4 o posterior para hacer cambios</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lieu is in maintenance mode: %1. Nothing can be changed until it is over.</source>
        <translation>Lieu está en modo de mantenimiento: %1. No se puede cambiar nada hasta que termine.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The database has schema version %1, newer than this Lieu %2 knows (%3): install Lieu %4 or later to make changes; nothing was changed</source>
        <translation>La base de datos tiene la versión de esquema %1, más reciente que la que conoce este Lieu %2 (%3): instale Lieu %4 o posterior para hacer cambios; no se ha cambiado nada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(a newer release)</source>
        <translation>(una versión más reciente)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lieu is in maintenance mode: %1. Nothing was changed; try again when it is over.</source>
        <translation>Lieu está en modo de mantenimiento: %1. No se ha cambiado nada; inténtelo de nuevo cuando termine.</translation>
    </message>
    <message>
        <location filename="../core/Migrations.cpp" line="+145"/>
        <location line="+90"/>
        <source>&quot;%1&quot; is not a Lieu database; nothing was changed</source>
        <translation>«%1» no es una base de datos de Lieu; no se ha cambiado nada</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>The database &quot;%1&quot; has schema version %2; run &quot;lieuctl migrate&quot; to upgrade it to version %3</source>
        <translation>La base de datos «%1» tiene la versión de esquema %2; ejecute «lieuctl migrate» para actualizarla a la versión %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database &quot;%1&quot; has schema version %2, newer than this program knows (%3): install a newer Lieu; nothing was changed</source>
        <translation>La base de datos «%1» tiene la versión de esquema %2, más reciente que la que conoce este programa (%3): instale una versión más reciente de Lieu; no se ha cambiado nada</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The list of grants is missing from this program</source>
        <translation>Falta la lista de privilegios (GRANT) en este programa</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>database: &quot;%1&quot; is not a database name</source>
        <translation>database: «%1» no es un nombre de base de datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>user: &quot;%1&quot; is not an account name</source>
        <translation>user: «%1» no es un nombre de cuenta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>host: &quot;%1&quot; is not a host name, address or pattern</source>
        <translation>host: «%1» no es un nombre de host, una dirección ni un patrón</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Migration %1 failed at statement %2 of %3: %4. MariaDB/MySQL cannot undo the schema changes made before it: restore the backup %5</source>
        <translation>La migración %1 falló en la instrucción %2 de %3: %4. MariaDB/MySQL no puede deshacer los cambios de esquema hechos antes de ella: restaure la copia de seguridad %5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Migration %1 failed at statement %2 of %3: %4</source>
        <translation>La migración %1 falló en la instrucción %2 de %3: %4</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Migration %1 is missing from this program</source>
        <translation>Falta la migración %1 en este programa</translation>
    </message>
</context>
<context>
    <name>DatabaseSpec</name>
    <message>
        <location filename="../core/DatabaseSpec.cpp" line="+37"/>
        <source>database: the path is empty</source>
        <translation>database: la ruta está vacía</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>database: &quot;%1&quot; is not a valid address: %2</source>
        <translation>database: «%1» no es una dirección válida: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>database: a password does not belong in the address (it would show in process lists and shell history); set LIEU_DB_PASSWORD or let Lieu ask for it</source>
        <translation>database: la contraseña no debe ir en la dirección (se vería en las listas de procesos y en el historial del shell); defina LIEU_DB_PASSWORD o deje que Lieu la pida</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>database: say which account to use, e.g. mysql://lieu_app@db.example.org/lieu</source>
        <translation>database: indique qué cuenta usar, p. ej. mysql://lieu_app@db.example.org/lieu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>database: &quot;%1&quot; is not a database name (letters, digits and _, up to 64)</source>
        <translation>database: «%1» no es un nombre de base de datos (letras, dígitos y _, hasta 64)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>database: port %1 is out of range</source>
        <translation>database: el puerto %1 está fuera de rango</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>database: ssl must be 1 or 0, not &quot;%1&quot;</source>
        <translation>database: ssl debe ser 1 o 0, no «%1»</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>database: driver must be QMARIADB or QMYSQL, not &quot;%1&quot;</source>
        <translation>database: driver debe ser QMARIADB o QMYSQL, no «%1»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>database: unknown option &quot;%1&quot; (known: ssl, ssl-ca, ssl-capath, ssl-cert, ssl-key, ssl-cipher, socket, driver)</source>
        <translation>database: opción desconocida «%1» (conocidas: ssl, ssl-ca, ssl-capath, ssl-cert, ssl-key, ssl-cipher, socket, driver)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>database: a client certificate needs both ssl-cert and ssl-key</source>
        <translation>database: un certificado de cliente necesita tanto ssl-cert como ssl-key</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>database: the server&apos;s host name is missing</source>
        <translation>database: falta el nombre de host del servidor</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../core/Demo.cpp" line="+60"/>
        <source>The demo needs an empty database; this one already has employees</source>
        <translation>La demostración necesita una base de datos vacía; esta ya tiene empleados</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Demo Organisation</source>
        <translation>Organización de demostración</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Company day</source>
        <translation>Día de la empresa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Christmas Day</source>
        <translation>Día de Navidad</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Planned work</source>
        <translation>Trabajo planificado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Out-of-hours work</source>
        <translation>Trabajo fuera de horario</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tuesday&apos;s release night was billed to the client: mark it billable</source>
        <translation>La noche de despliegue del martes se facturó al cliente: márquela como facturable</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dentist</source>
        <translation>Dentista</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>School play in the afternoon</source>
        <translation>Función escolar por la tarde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Long weekend</source>
        <translation>Puente</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n lot(s) expired</source>
        <translation>
            <numerusform>%n asignación caducada</numerusform>
            <numerusform>%n asignaciones caducadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <location filename="../ui/shell/Desktop.cpp" line="+64"/>
        <source>There is no active HR user with a login to show: say who with --as LOGIN</source>
        <translation>No hay ningún usuario de RR. HH. activo con usuario que mostrar: indique quién con --as LOGIN</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The database was empty: opened the demo organisation.</source>
        <translation>La base de datos estaba vacía: se ha abierto la organización de demostración.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--page: &quot;%1&quot; is not a page %2 sees (%3)</source>
        <translation>--page: «%1» no es una página que vea %2 (%3)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not write the screenshot to %1</source>
        <translation>No se pudo escribir la captura de pantalla en %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved a screenshot of the main window (%1 signed in) to %2</source>
        <translation>Captura de la ventana principal (%1 con sesión iniciada) guardada en %2</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Password of %1:</source>
        <translation>Contraseña de %1:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No password was given for %1</source>
        <translation>No se ha indicado ninguna contraseña para %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+40"/>
        <source>Lieu cannot open its database</source>
        <translation>Lieu no puede abrir su base de datos</translation>
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
        <translation>El empleado %1 no existe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No employee has the login &quot;%1&quot;</source>
        <translation>Ningún empleado tiene el usuario «%1»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user &quot;%1&quot; (%2) is deactivated</source>
        <translation>El usuario «%1» (%2) está desactivado</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Employee %1 (%2) has no supervisor (reports_to is empty): HR must assign one before anything can be approved</source>
        <translation>El empleado %1 (%2) no tiene supervisor (reports_to está vacío): RR. HH. debe asignarle uno antes de poder aprobar nada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The supervisor %1 (%2) of employee %3 has no login: HR must give them a user account before anything can be approved</source>
        <translation>El supervisor %1 (%2) del empleado %3 no tiene usuario: RR. HH. debe darle una cuenta de usuario antes de poder aprobar nada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The supervisor %1 (%2) of employee %3 is deactivated: HR must assign an active supervisor</source>
        <translation>El supervisor %1 (%2) del empleado %3 está desactivado: RR. HH. debe asignar un supervisor activo</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>employee_name: the name is missing</source>
        <translation>employee_name: falta el nombre</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>language: &quot;%1&quot; is not a language code like en or pt_BR</source>
        <translation>language: «%1» no es un código de idioma como en o pt_BR</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>hours_per_day: %1 must be from 0 to 24 hours</source>
        <translation>hours_per_day: %1 debe estar entre 0 y 24 horas</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>reports_to: employee &quot;%1&quot; does not exist</source>
        <translation>reports_to: el empleado «%1» no existe</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>id: &quot;%1&quot; is not an employee id (letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, up to 40, e.g. EMP-0001)</source>
        <translation>id: «%1» no es un ID de empleado (letras, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;, hasta 40, p. ej. EMP-0001)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>email: &quot;%1&quot; is not an e-mail address</source>
        <translation>email: «%1» no es una dirección de correo electrónico</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>user_id: &quot;%1&quot; is not a login (letters, digits and . _ @ + -, up to 64)</source>
        <translation>user_id: «%1» no es un usuario válido (letras, dígitos y . _ @ + -, hasta 64)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>language: &quot;%1&quot; is not a language Lieu writes e-mails in (%2)</source>
        <translation>language: «%1» no es un idioma en el que Lieu escriba correos (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>relieving_date: %1 is before the date of joining %2</source>
        <translation>relieving_date: %1 es anterior a la fecha de incorporación %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>user_id: the login &quot;%1&quot; already belongs to %2</source>
        <translation>user_id: el usuario «%1» ya pertenece a %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>id: employee %1 already exists</source>
        <translation>id: el empleado %1 ya existe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reports_to: an employee cannot report to themselves</source>
        <translation>reports_to: un empleado no puede depender de sí mismo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>reports_to: %1 would make a reporting loop through %2</source>
        <translation>reports_to: %1 crearía un ciclo jerárquico a través de %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only HR can add employees</source>
        <translation>Solo RR. HH. puede añadir empleados</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message numerus="yes">
        <location filename="../core/Doctor.cpp" line="+47"/>
        <source> and %n more</source>
        <translation>
            <numerusform> y %n más</numerusform>
            <numerusform> y %n más</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Schema version</source>
        <translation>Versión del esquema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database is at version %1; this program expects %2</source>
        <translation>la base de datos está en la versión %1; este programa espera la %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Indexes</source>
        <translation>Índices</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>idx_leave_ledger_toil, idx_leave_allocation_toil and idx_timesheet_toil exist</source>
        <translation>idx_leave_ledger_toil, idx_leave_allocation_toil e idx_timesheet_toil existen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing: %1</source>
        <translation>falta: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>Leave type &quot;%1&quot;</source>
        <translation>Tipo de ausencia «%1»</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>is_carry_forward = %1, expire after %2 days, allow negative = %3</source>
        <translation>is_carry_forward = %1, caduca a los %2 días, saldo negativo permitido = %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Employees with a login</source>
        <translation>Empleados con usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every active employee has a user account</source>
        <translation>todos los empleados activos tienen una cuenta de usuario</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n employee(s) without a login: %1</source>
        <translation>
            <numerusform>%n empleado sin usuario: %1</numerusform>
            <numerusform>%n empleados sin usuario: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Employees with a supervisor</source>
        <translation>Empleados con supervisor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every active employee has reports_to set</source>
        <translation>todos los empleados activos tienen reports_to definido</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n employee(s) without reports_to (their timesheets cannot be approved): %1</source>
        <translation>
            <numerusform>%n empleado sin reports_to (sus hojas de horas no se pueden aprobar): %1</numerusform>
            <numerusform>%n empleados sin reports_to (sus hojas de horas no se pueden aprobar): %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Supervisors with a login</source>
        <translation>Supervisores con usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every supervisor can sign in to approve</source>
        <translation>todos los supervisores pueden iniciar sesión para aprobar</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n supervisor(s) without a login or deactivated: %1</source>
        <translation>
            <numerusform>%n supervisor sin usuario o desactivado: %1</numerusform>
            <numerusform>%n supervisores sin usuario o desactivados: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mail settings</source>
        <translation>Ajustes de correo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no SMTP server is set: reminders wait in the outbox</source>
        <translation>no hay ningún servidor SMTP configurado: los recordatorios esperan en la bandeja de salida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SMTP server %1</source>
        <translation>Servidor SMTP %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the expiry job has never run</source>
        <translation>la tarea de caducidad no se ha ejecutado nunca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last ran for %1 (finished %2)</source>
        <translation>última ejecución para el %1 (terminada el %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>; %n lot(s) are past their last day and not yet expired</source>
        <translation>
            <numerusform>; %n asignación ha pasado su último día y aún no ha caducado</numerusform>
            <numerusform>; %n asignaciones han pasado su último día y aún no han caducado</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expiry job (daily)</source>
        <translation>Tarea de caducidad (diaria)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the reminder job has never run</source>
        <translation>la tarea de recordatorios no se ha ejecutado nunca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last ran for %1</source>
        <translation>última ejecución para el %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reminder job (weekly)</source>
        <translation>Tarea de recordatorios (semanal)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timesheets awaiting approval</source>
        <translation>Hojas de horas pendientes de aprobación</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en espera</numerusform>
            <numerusform>%n en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>; %n waiting to be sent</source>
        <translation>
            <numerusform>; %n en espera de envío</numerusform>
            <numerusform>; %n en espera de envío</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>; %n left Sending without the server&apos;s answer (check with the recipient, then &quot;lieuctl outbox retry ID&quot;): %1</source>
        <translation>
            <numerusform>; %n quedó en Sending sin respuesta del servidor (compruébelo con el destinatario y luego use «lieuctl outbox retry ID»): %1</numerusform>
            <numerusform>; %n quedaron en Sending sin respuesta del servidor (compruébelo con el destinatario y luego use «lieuctl outbox retry ID»): %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maintenance mode</source>
        <translation>Modo de mantenimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>off: every client may write</source>
        <translation>desactivado: todos los clientes pueden escribir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on, every client is read-only: %1</source>
        <translation>activado, todos los clientes están en solo lectura: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <source>Append-only ledger and audit log</source>
        <translation>Movimientos y registro de auditoría de solo adición</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>this account cannot see the triggers (it has no TRIGGER privilege, as it should not): run doctor with the owner&apos;s account to check them</source>
        <translation>esta cuenta no puede ver los disparadores (no tiene el privilegio TRIGGER, como debe ser): ejecute doctor con la cuenta del propietario para comprobarlos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>their four triggers are in place</source>
        <translation>sus cuatro disparadores están en su sitio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of their 4 triggers are missing: restore the schema from a backup</source>
        <translation>faltan %1 de sus 4 disparadores: restaure el esquema desde una copia de seguridad</translation>
    </message>
    <message numerus="yes">
        <location line="-35"/>
        <source>%n e-mail(s) in Error</source>
        <translation>
            <numerusform>%n correo en estado Error</numerusform>
            <numerusform>%n correos en estado Error</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmployeePages</name>
    <message>
        <location filename="../ui/employee/EmployeePages.cpp" line="+24"/>
        <source>Timesheet</source>
        <translation>Hoja de horas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>My TOIL</source>
        <translation>Mi tiempo compensatorio</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../core/export/Table.cpp" line="+85"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create the workbook %1</source>
        <translation>No se puede crear el libro %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Cannot write the workbook %1: %2</source>
        <translation>No se puede escribir el libro %1: %2</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <location filename="../ui/common/Formats.cpp" line="+42"/>
        <source>%1 h (%2 days)</source>
        <translation>%1 h (%2 días)</translation>
    </message>
</context>
<context>
    <name>Generator</name>
    <message>
        <location filename="../core/Generator.cpp" line="+149"/>
        <source>generate writes what an uncapped organisation accrues: set toil_cap_minutes to 0 first</source>
        <translation>generate escribe lo que acumula una organización sin tope: ponga antes toil_cap_minutes a 0</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>New Year&apos;s Day</source>
        <translation>Año Nuevo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spring bank holiday</source>
        <translation>Festivo de primavera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summer bank holiday</source>
        <translation>Festivo de verano</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Christmas Day</source>
        <translation>Día de Navidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boxing Day</source>
        <translation>San Esteban</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Planned work</source>
        <translation>Trabajo planificado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Out-of-hours work</source>
        <translation>Trabajo fuera de horario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weekend release</source>
        <translation>Despliegue de fin de semana</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>The team is short of cover on those days</source>
        <translation>El equipo no tiene cobertura suficiente esos días</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not enough TOIL on those days any more</source>
        <translation>Ya no hay suficiente tiempo compensatorio esos días</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n lot(s) expired</source>
        <translation>
            <numerusform>%n asignación caducada</numerusform>
            <numerusform>%n asignaciones caducadas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+74"/>
        <source>employees: %1 is not from 2 to %2</source>
        <translation>employees: %1 no está entre 2 y %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>weeks: %1 is not from 2 to %2</source>
        <translation>weeks: %1 no está entre 2 y %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>generate needs a database without employees; this one already has some</source>
        <translation>generate necesita una base de datos sin empleados; esta ya tiene algunos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>generate needs a database without timesheets; this one already has some</source>
        <translation>generate necesita una base de datos sin hojas de horas; esta ya tiene algunas</translation>
    </message>
</context>
<context>
    <name>I18n</name>
    <message>
        <location filename="../core/I18n.cpp" line="+158"/>
        <source>language: &quot;%1&quot; is not a language Lieu speaks (%2)</source>
        <translation>language: «%1» no es un idioma que hable Lieu (%2)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>--lang needs a value (%1)</source>
        <translation>--lang necesita un valor (%1)</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../core/import/Importer.cpp" line="+60"/>
        <source>Only HR can import hours from a time tracker (%1 is not HR)</source>
        <translation>Solo RR. HH. puede importar horas de un control de tiempo (%1 no es de RR. HH.)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>line %1, column %2: %3 is in the future (today is %4); only hours already worked can be imported</source>
        <translation>línea %1, columna %2: %3 está en el futuro (hoy es %4); solo se pueden importar horas ya trabajadas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no employee has this first and last name</source>
        <translation>ningún empleado tiene este nombre y apellido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no employee has this e-mail address</source>
        <translation>ningún empleado tiene esta dirección de correo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 employees have this name; give one of them a distinct name</source>
        <translation>%1 empleados tienen este nombre; dé a uno de ellos un nombre distinto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>employee %1 is deactivated</source>
        <translation>el empleado %1 está desactivado</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>line %1: %2 would have %3 hours on %4 (%5 from earlier rows or already in Lieu); at most 24 hours a day</source>
        <translation>línea %1: %2 tendría %3 horas el %4 (%5 de filas anteriores o ya en Lieu); como máximo 24 horas al día</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Timesheet %1 took %2 of %3 imported logs</source>
        <translation>La hoja de horas %1 recibió %2 de %3 registros importados</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message numerus="yes">
        <location filename="../core/Inbox.cpp" line="+58"/>
        <location line="+1"/>
        <source>%n approved</source>
        <translation>
            <numerusform>%n aprobada</numerusform>
            <numerusform>%n aprobadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n denegada</numerusform>
            <numerusform>%n denegadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsertRowCommand</name>
    <message>
        <location filename="../ui/employee/GridCommands.cpp" line="+31"/>
        <source>add row</source>
        <translation>añadir fila</translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message numerus="yes">
        <location filename="../core/Integrity.cpp" line="+36"/>
        <source>; and %n more</source>
        <translation>
            <numerusform>; y %n más</numerusform>
            <numerusform>; y %n más</numerusform>
        </translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+3"/>
        <source>Store</source>
        <translation>Almacenamiento</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>SQLite&apos;s integrity check failed (restore from a backup): %1</source>
        <translation>La comprobación de integridad de SQLite ha fallado (restaure desde una copia de seguridad): %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SQLite&apos;s integrity check passed</source>
        <translation>La comprobación de integridad de SQLite es correcta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 row %2 refers to a missing %3</source>
        <translation>la fila %2 de %1 hace referencia a un registro inexistente de %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>References</source>
        <translation>Referencias</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>every reference points to an existing row</source>
        <translation>todas las referencias apuntan a una fila existente</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+7"/>
        <source>Append-only tables</source>
        <translation>Tablas de solo adición</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>this account may not see the triggers; run check with the owner&apos;s account to verify them</source>
        <translation>puede que esta cuenta no vea los disparadores; ejecute check con la cuenta del propietario para verificarlos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing refuses %1 on %2</source>
        <translation>nada rechaza %1 en %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the audit log and the leave ledger refuse UPDATE and DELETE</source>
        <translation>el registro de auditoría y los movimientos de ausencias rechazan UPDATE y DELETE</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: %2 allocation entries adding to %3 min; the lot holds %4 min</source>
        <translation>%1: %2 entradas de asignación que suman %3 min; la asignación contiene %4 min</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: used %2, expired %3, cancelled %4 min: none may be negative</source>
        <translation>%1: usado %2, caducado %3, cancelado %4 min: ninguno puede ser negativo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the ledger sums to %2 min, not allocated %3 - used %4 - expired %5 - cancelled %6</source>
        <translation>%1: los movimientos suman %2 min, no asignado %3 - usado %4 - caducado %5 - cancelado %6</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the balance is negative (%2 min)</source>
        <translation>%1: el saldo es negativo (%2 min)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is marked expired but still holds %2 min</source>
        <translation>%1 está marcada como caducada pero aún contiene %2 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is cancelled but still holds %2 min</source>
        <translation>%1 está cancelada pero aún contiene %2 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 ledger entries belong to another employee</source>
        <translation>%1: %2 movimientos pertenecen a otro empleado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 ledger entries have the wrong expiry flag</source>
        <translation>%1: %2 movimientos tienen la marca de caducidad incorrecta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ledger entry %1 belongs to no lot</source>
        <translation>el movimiento %1 no pertenece a ninguna asignación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lot ledgers</source>
        <translation>Movimientos de las asignaciones</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n lot(s): each ledger adds up to allocated - used - expired - cancelled, none negative, expired and cancelled lots hold nothing</source>
        <translation>
            <numerusform>%n asignación: sus movimientos suman asignado - usado - caducado - cancelado, ninguno es negativo y las asignaciones caducadas y canceladas no contienen nada</numerusform>
            <numerusform>%n asignaciones: los movimientos de cada una suman asignado - usado - caducado - cancelado, ninguno es negativo y las asignaciones caducadas y canceladas no contienen nada</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 is %2 with docstatus %3</source>
        <translation>%1 está %2 con docstatus %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is Approved with %2 min of TOIL but has no lot</source>
        <translation>%1 está Approved con %2 min de tiempo compensatorio pero no tiene asignación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is Approved but its lot %2 does not match it (source, status, minutes or employee)</source>
        <translation>%1 está Approved pero su asignación %2 no coincide con ella (origen, estado, minutos o empleado)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is Approved with TOIL but toil_status is %2</source>
        <translation>%1 está Approved con tiempo compensatorio pero toil_status es %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is Approved without TOIL but has a lot</source>
        <translation>%1 está Approved sin tiempo compensatorio pero tiene una asignación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is Cancelled but its lot %2 is still live</source>
        <translation>%1 está Cancelled pero su asignación %2 sigue activa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is %2 but already has a lot</source>
        <translation>%1 está %2 pero ya tiene una asignación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>lot %1 has no source timesheet</source>
        <translation>la asignación %1 no tiene hoja de horas de origen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>lot %1 is live but its timesheet %2 is %3</source>
        <translation>la asignación %1 está activa pero su hoja de horas %2 está %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lot %1 is cancelled but its timesheet %2 is %3</source>
        <translation>la asignación %1 está cancelada pero su hoja de horas %2 está %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timesheets and lots</source>
        <translation>Hojas de horas y asignaciones</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n timesheet(s): every Approved one with TOIL has its lot, every lot its Approved timesheet, no Cancelled one keeps a live lot</source>
        <translation>
            <numerusform>%n hoja de horas: si está Approved con tiempo compensatorio tiene su asignación, cada asignación tiene su hoja de horas Approved y ninguna Cancelled conserva una asignación activa</numerusform>
            <numerusform>%n hojas de horas: toda hoja Approved con tiempo compensatorio tiene su asignación, cada asignación tiene su hoja de horas Approved y ninguna Cancelled conserva una asignación activa</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: total_minutes %2 but its logs add up to %3</source>
        <translation>%1: total_minutes es %2 pero sus registros suman %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 logs outside its period or of another employee</source>
        <translation>%1: %2 registros fuera de su periodo o de otro empleado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 logged %2 min on %3, more than a day has</source>
        <translation>%1 registró %2 min el %3, más de los que tiene un día</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timesheet totals</source>
        <translation>Totales de las hojas de horas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>totals match their logs, at most 24 hours a day per employee</source>
        <translation>los totales coinciden con sus registros, como máximo 24 horas al día por empleado</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 draws on %2, a lot of another employee</source>
        <translation>%1 consume de %2, una asignación de otro empleado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is Open and holds a cancelled lot %2</source>
        <translation>%1 está Open y retiene una asignación cancelada %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is Approved for %2 min from %3 but the ledger took %4 min</source>
        <translation>%1 está Approved por %2 min de %3 pero los movimientos tomaron %4 min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is %2 for %3 min but its draws add up to %4 min</source>
        <translation>%1 está %2 por %3 min pero sus consumos suman %4 min</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is %2 but the ledger still holds %3 min against %4</source>
        <translation>%1 está %2 pero los movimientos aún retienen %3 min con cargo a %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the ledger has %1 min of leave under %2, which is no leave application</source>
        <translation>los movimientos tienen %1 min de ausencia con cargo a %2, que no es ninguna solicitud de permiso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open applications hold %1 min of %2, which has only %3 min</source>
        <translation>Las solicitudes abiertas reservan %1 min de %2, que solo tiene %3 min</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave applications</source>
        <translation>Solicitudes de permiso</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n application(s): Open ones reserve exactly their minutes, Approved ones&apos; draws match the ledger, Rejected and Cancelled ones hold nothing</source>
        <translation>
            <numerusform>%n solicitud: si está Open reserva exactamente sus minutos, si está Approved sus consumos coinciden con los movimientos y si está Rejected o Cancelled no retiene nada</numerusform>
            <numerusform>%n solicitudes: las Open reservan exactamente sus minutos, los consumos de las Approved coinciden con los movimientos y las Rejected y Cancelled no retienen nada</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <location filename="../core/JobRunner.cpp" line="+33"/>
        <source>job: a job and a due date are needed to claim a run</source>
        <translation>job: se necesitan una tarea y una fecha prevista para reclamar una ejecución</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The claim on %1 for %2 vanished while it was read</source>
        <translation>La reclamación de %1 para el %2 desapareció mientras se leía</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>interrupted: the runner stopped before it finished</source>
        <translation>interrumpida: el ejecutor se detuvo antes de terminar</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 for %2 was not claimed by this runner</source>
        <translation>Este ejecutor no había reclamado %1 para el %2</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../core/Jobs.cpp" line="+140"/>
        <source>Dear %1,</source>
        <translation>Hola, %1:</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Some of your Time Off in Lieu expires within the next %n day(s). Use it before the last day shown, or it is lost:</source>
        <translation>
            <numerusform>Parte de su tiempo compensatorio caduca en el próximo día. Úselo antes del último día indicado o lo perderá:</numerusform>
            <numerusform>Parte de su tiempo compensatorio caduca en los próximos %n días. Úselo antes del último día indicado o lo perderá:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  %1: %2 h (%3 days) left, last day to use it %4</source>
        <translation>  %1: quedan %2 h (%3 días), último día para usarlo %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In total %1 h (%2 days) expires soon.</source>
        <translation>En total, %1 h (%2 días) caducan pronto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This reminder was sent by Lieu.</source>
        <translation>Este recordatorio lo ha enviado Lieu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your TOIL expires soon: %1 h by %2</source>
        <translation>Su tiempo compensatorio caduca pronto: %1 h antes del %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/Scheduler.cpp" line="+99"/>
        <source>%n lot(s) expired</source>
        <translation>
            <numerusform>%n asignación caducada</numerusform>
            <numerusform>%n asignaciones caducadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n reminder(s) queued</source>
        <translation>
            <numerusform>%n recordatorio en cola</numerusform>
            <numerusform>%n recordatorios en cola</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LaunchOptionsParser</name>
    <message>
        <location filename="../ui/shell/LaunchOptions.cpp" line="+19"/>
        <source>%1 needs a value</source>
        <translation>%1 necesita un valor</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>unknown argument &quot;%1&quot; (see lieu --help)</source>
        <translation>argumento desconocido «%1» (consulte lieu --help)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--as and --page go with --screenshot FILE</source>
        <translation>--as y --page van con --screenshot ARCHIVO</translation>
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
        <translation>Uso: lieu [opciones]
Lieu, tiempo compensatorio: registrar horas, aprobar horas extra, disfrutar y caducar el tiempo compensatorio.

  --db RUTA           un archivo SQLite o mysql://USUARIO@HOST[:PUERTO]/BASE (o LIEU_DB; por defecto: lo elegido en
                      la página Conexión a la base de datos; si no, lieu.sqlite en la ubicación de datos)
  --today AAAA-MM-DD  actuar como si hoy fuera ese día (o LIEU_TODAY)
  --screenshot ARCHIVO  abrir la ventana principal fuera de pantalla, guardarla como PNG y salir
  --as USUARIO        con --screenshot: el usuario con sesión iniciada (por defecto: el usuario de RR. HH. de la demo)
  --page ID           con --screenshot: la página mostrada (p. ej. employee.timesheet)
  --version           mostrar la versión

Sin pantalla, la ventana se dibuja fuera de pantalla y se guarda como PNG, cuya ruta se muestra.
</translation>
    </message>
</context>
<context>
    <name>Leaves</name>
    <message>
        <location filename="../core/Leaves.cpp" line="+84"/>
        <source>Leave application %1 does not exist</source>
        <translation>La solicitud de permiso %1 no existe</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>from_date: the date is missing</source>
        <translation>from_date: falta la fecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to_date: the date is missing</source>
        <translation>to_date: falta la fecha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to_date: %1 is before from_date %2</source>
        <translation>to_date: %1 es anterior a from_date %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to_date: one application covers at most %1 days</source>
        <translation>to_date: una solicitud abarca como máximo %1 días</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>half_day_date: %1 is not between %2 and %3</source>
        <translation>half_day_date: %1 no está entre %2 y %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>half_day_date: %1 is a weekend day or a holiday, not a working day</source>
        <translation>half_day_date: %1 es fin de semana o festivo, no un día laborable</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 to %2: these days are holidays: no leave needed</source>
        <translation>del %1 al %2: estos días son festivos: no hace falta ausencia</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (del %2 al %3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The leave overlaps %1 on %2</source>
        <translation>La ausencia se solapa con %1 el %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Employee %1 is deactivated</source>
        <translation>El empleado %1 está desactivado</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+36"/>
        <source>Insufficient TOIL Balance: the leave needs %1 h (%2 days) but %3 h (%4 days) is available on those days; short by %5 h (%6 days)</source>
        <translation>Saldo de tiempo compensatorio insuficiente: la ausencia necesita %1 h (%2 días), pero esos días hay %3 h (%4 días) disponibles; faltan %5 h (%6 días)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Leave application %1 is %2: only an Open application can be approved</source>
        <translation>La solicitud de permiso %1 está %2: solo se puede aprobar una solicitud abierta (Open)</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>status: &quot;%1&quot; is not a leave application status (%2)</source>
        <translation>status: «%1» no es un estado de solicitud de permiso (%2)</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>approve</source>
        <translation>aprobar</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>reason: say why the leave is rejected</source>
        <translation>reason: indique por qué se rechaza la ausencia</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Leave application %1 is %2: only an Open application can be rejected</source>
        <translation>La solicitud de permiso %1 está %2: solo se puede rechazar una solicitud abierta (Open)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>reject</source>
        <translation>rechazar</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Leave application %1 is %2 and cannot be cancelled</source>
        <translation>La solicitud de permiso %1 está %2 y no se puede cancelar</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <location filename="../core/Ledger.cpp" line="+127"/>
        <source>Leave allocation %1 does not exist</source>
        <translation>La asignación %1 no existe</translation>
    </message>
</context>
<context>
    <name>MailCommands</name>
    <message>
        <location filename="../core/mail/MailCommands.cpp" line="+57"/>
        <source>%1: &quot;%2&quot; must be a whole number from 1 to 100000</source>
        <translation>%1: «%2» debe ser un número entero de 1 a 100000</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>smtp_host is not set: &quot;lieuctl settings set smtp_host HOST&quot; (and smtp_port, smtp_security, smtp_user, smtp_from); the password comes from LIEU_SMTP_PASSWORD</source>
        <translation>smtp_host no está definido: «lieuctl settings set smtp_host HOST» (y smtp_port, smtp_security, smtp_user, smtp_from); la contraseña se toma de LIEU_SMTP_PASSWORD</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>outbox subcommand (list, show, send, retry)</source>
        <translation>suborden de outbox (list, show, send, retry)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>status: &quot;%1&quot; must be Not Sent, Sending, Sent or Error</source>
        <translation>status: «%1» debe ser Not Sent, Sending, Sent o Error</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n intento</numerusform>
            <numerusform>%n intentos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  next attempt %1</source>
        <translation>  próximo intento: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  waits for retry</source>
        <translation>  espera un reintento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  sent %1</source>
        <translation>  enviado el %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <source>e-mail ID</source>
        <translation>ID del correo electrónico</translation>
    </message>
    <message numerus="yes">
        <location line="-6"/>
        <source>%1 to %2, %3, %n attempt(s)</source>
        <translation>
            <numerusform>%1 para %2, %3, %n intento</numerusform>
            <numerusform>%1 para %2, %3, %n intentos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject: %1</source>
        <translation>Asunto: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is queued again (Not Sent)</source>
        <translation>%1 vuelve a estar en cola (Not Sent)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown outbox subcommand &quot;%1&quot;</source>
        <translation>suborden de outbox desconocida «%1»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>mail subcommand (test)</source>
        <translation>suborden de mail (test)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown mail subcommand &quot;%1&quot;</source>
        <translation>suborden de mail desconocida «%1»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ADDRESS</source>
        <translation>DIRECCIÓN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lieu test e-mail</source>
        <translation>Correo electrónico de prueba de Lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a test e-mail from Lieu for %1.

If you can read it, the SMTP settings work.</source>
        <translation>Este es un correo electrónico de prueba de Lieu para %1.

Si puede leerlo, los ajustes SMTP funcionan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Test e-mail sent to %1 through %2:%3</source>
        <translation>Correo electrónico de prueba enviado a %1 a través de %2:%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The test e-mail was not sent: %1</source>
        <translation>No se ha enviado el correo electrónico de prueba: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  outbox list [--status S]... [--limit N]  the e-mail queue, newest first
  outbox show ID | retry ID                one e-mail; requeue one in Error (or left Sending)
  outbox send [--limit N]                  send what is due now (password: LIEU_SMTP_PASSWORD)
</source>
        <translation>  outbox list [--status S]... [--limit N]  la cola de correo, los más recientes primero
  outbox show ID | retry ID                un correo; volver a poner en cola uno en Error (o que quedó en Sending)
  outbox send [--limit N]                  enviar lo que toca ahora (contraseña: LIEU_SMTP_PASSWORD)
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  mail test ADDRESS [--subject TEXT]       send a test e-mail with the SMTP settings
</source>
        <translation>  mail test DIRECCIÓN [--subject TEXTO]    enviar un correo de prueba con los ajustes SMTP
</translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <location filename="../core/Maintenance.cpp" line="+42"/>
        <source>Only HR or the database administrator can switch maintenance mode</source>
        <translation>Solo RR. HH. o el administrador de la base de datos pueden cambiar el modo de mantenimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database has an older schema without maintenance mode: run &quot;lieuctl migrate&quot; first</source>
        <translation>La base de datos tiene un esquema antiguo sin modo de mantenimiento: ejecute antes «lieuctl migrate»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>reason: at most %1 characters</source>
        <translation>reason: como máximo %1 caracteres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database is being serviced</source>
        <translation>se está realizando el mantenimiento de la base de datos</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <location filename="../core/Names.cpp" line="+46"/>
        <source>%1: &quot;%2&quot; is not a document name like %3</source>
        <translation>%1: «%2» no es un nombre de documento como %3</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message numerus="yes">
        <location filename="../core/Notifications.cpp" line="+46"/>
        <source>%n timesheet(s) wait for your approval</source>
        <translation>
            <numerusform>%n hoja de horas espera su aprobación</numerusform>
            <numerusform>%n hojas de horas esperan su aprobación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n leave application(s) wait for your approval</source>
        <translation>
            <numerusform>%n solicitud de permiso espera su aprobación</numerusform>
            <numerusform>%n solicitudes de permiso esperan su aprobación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 h (%2 days) of your TOIL expires within %n day(s), the first on %3</source>
        <translation>
            <numerusform>%1 h (%2 días) de su tiempo compensatorio caducan en %n día, a partir del %3</numerusform>
            <numerusform>%1 h (%2 días) de su tiempo compensatorio caducan en los próximos %n días, a partir del %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../core/Outbox.cpp" line="+59"/>
        <source>recipient: &quot;%1&quot; is not an e-mail address</source>
        <translation>recipient: «%1» no es una dirección de correo electrónico</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>E-mail %1 is not in the outbox</source>
        <translation>El correo electrónico %1 no está en la bandeja de salida</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Only HR can requeue e-mails</source>
        <translation>Solo RR. HH. puede volver a poner correos en cola</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was sent on %2: nothing to retry</source>
        <translation>%1 se envió el %2: no hay nada que reintentar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is already waiting to be sent</source>
        <translation>%1 ya está esperando a enviarse</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 is being sent right now; try again in %n minute(s) if it stays Sending</source>
        <translation>
            <numerusform>%1 se está enviando ahora mismo; inténtelo de nuevo dentro de %n minuto si sigue en Sending</numerusform>
            <numerusform>%1 se está enviando ahora mismo; inténtelo de nuevo dentro de %n minutos si sigue en Sending</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxSender</name>
    <message numerus="yes">
        <location filename="../core/mail/OutboxSender.cpp" line="+37"/>
        <source>%n e-mail(s) sent</source>
        <translation>
            <numerusform>%n correo electrónico enviado</numerusform>
            <numerusform>%n correos electrónicos enviados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallido</numerusform>
            <numerusform>%n fallidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n unconfirmed (left Sending)</source>
        <translation>
            <numerusform>%n sin confirmar (quedó en Sending)</numerusform>
            <numerusform>%n sin confirmar (quedaron en Sending)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n deferred (server unreachable)</source>
        <translation>
            <numerusform>%n aplazado (servidor inaccesible)</numerusform>
            <numerusform>%n aplazados (servidor inaccesible)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>smtp_from is not set: the outbox waits until it is</source>
        <translation>smtp_from no está definido: la bandeja de salida espera hasta que lo esté</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1; the server may have the message: check with the recipient, then &quot;lieuctl outbox retry %2&quot; to send it again</source>
        <translation>%1; puede que el servidor tenga el mensaje: compruébelo con el destinatario y luego use «lieuctl outbox retry %2» para enviarlo de nuevo</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>smtp_from is not set: say which address Lieu sends from</source>
        <translation>smtp_from no está definido: indique desde qué dirección envía Lieu</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../core/Permissions.cpp" line="+17"/>
        <source>The user &quot;%1&quot; is not an employee in this database</source>
        <translation>El usuario «%1» no es un empleado de esta base de datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The login of employee %1 has changed since &quot;%2&quot; signed in: sign in again</source>
        <translation>El usuario del empleado %1 ha cambiado desde que «%2» inició sesión: vuelva a iniciar sesión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user &quot;%1&quot; (%2) is deactivated</source>
        <translation>El usuario «%1» (%2) está desactivado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user &quot;%1&quot; no longer has the HR role: sign in again</source>
        <translation>El usuario «%1» ya no tiene el rol de RR. HH.: vuelva a iniciar sesión</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 may not see the records of employee %2</source>
        <translation>%1 no puede ver los registros del empleado %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 may not create a timesheet for employee %2</source>
        <translation>%1 no puede crear una hoja de horas para el empleado %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only employee %1 can %2 timesheet %3</source>
        <translation>Solo el empleado %1 puede %2 la hoja de horas %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only employee %1 or HR can add time logs to timesheet %2</source>
        <translation>Solo el empleado %1 o RR. HH. pueden añadir registros de tiempo a la hoja de horas %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nobody approves their own timesheet: %1 belongs to %2</source>
        <translation>Nadie aprueba su propia hoja de horas: %1 pertenece a %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>discard</source>
        <translation>descartar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>HR cannot cancel their own approved timesheet %1: the supervisor who approved it or another HR user can</source>
        <translation>RR. HH. no puede cancelar su propia hoja de horas aprobada %1: puede hacerlo el supervisor que la aprobó u otro usuario de RR. HH.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only HR or the supervisor who approved it can cancel timesheet %1</source>
        <translation>Solo RR. HH. o el supervisor que la aprobó pueden cancelar la hoja de horas %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 may not apply for leave on behalf of employee %2</source>
        <translation>%1 no puede solicitar un permiso en nombre del empleado %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nobody can %1 their own leave application (%2)</source>
        <translation>Nadie puede %1 su propia solicitud de permiso (%2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only the immediate supervisor can %1 this leave application</source>
        <translation>Solo el supervisor directo puede %1 esta solicitud de permiso</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only employee %1 can cancel the Open leave application %2</source>
        <translation>Solo el empleado %1 puede cancelar la solicitud de permiso abierta %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>HR cannot cancel their own approved leave application %1: their supervisor or another HR user can</source>
        <translation>RR. HH. no puede cancelar su propia solicitud de permiso aprobada %1: puede hacerlo su supervisor u otro usuario de RR. HH.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the supervisor or HR can cancel the approved leave application %1</source>
        <translation>Solo el supervisor o RR. HH. pueden cancelar la solicitud de permiso aprobada %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only HR can edit employees</source>
        <translation>Solo RR. HH. puede editar empleados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody changes their own HR role or deactivates themselves: another HR user or the administrator does it</source>
        <translation>Nadie cambia su propio rol de RR. HH. ni se desactiva a sí mismo: lo hace otro usuario de RR. HH. o el administrador</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only HR can reset another person&apos;s password</source>
        <translation>Solo RR. HH. puede restablecer la contraseña de otra persona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change your own password with the current one; a reset is for someone else&apos;s</source>
        <translation>Cambie su propia contraseña con la actual; el restablecimiento es para la de otra persona</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only HR or the system runs the expiry and reminder jobs</source>
        <translation>Solo RR. HH. o el sistema ejecutan las tareas de caducidad y de recordatorios</translation>
    </message>
</context>
<context>
    <name>RemoveRowCommand</name>
    <message>
        <location filename="../ui/employee/GridCommands.cpp" line="+15"/>
        <source>remove row</source>
        <translation>quitar fila</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../core/export/Reports.cpp" line="+32"/>
        <source>Balances</source>
        <translation>Saldos</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <location line="+24"/>
        <location line="+29"/>
        <source>Employee</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+30"/>
        <location line="+24"/>
        <source>Employee name</source>
        <translation>Nombre del empleado</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>As of</source>
        <translation>A fecha de</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Available (hours)</source>
        <translation>Disponible (horas)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Available (minutes)</source>
        <translation>Disponible (minutos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available (days)</source>
        <translation>Disponible (días)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pending (hours)</source>
        <translation>Pendiente (horas)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pending (minutes)</source>
        <translation>Pendiente (minutos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiring within %1 days (hours)</source>
        <translation>Caduca en %1 días (horas)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expiring (minutes)</source>
        <translation>A punto de caducar (minutos)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next expiry</source>
        <translation>Próxima caducidad</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Ledger</source>
        <translation>Movimientos</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Transaction type</source>
        <translation>Tipo de transacción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Transaction</source>
        <translation>Transacción</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>Allocation</source>
        <translation>Asignación</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+24"/>
        <location line="+28"/>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+24"/>
        <location line="+28"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+49"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+49"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Timesheets</source>
        <translation>Hojas de horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>Timesheet</source>
        <translation>Hoja de horas</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TOIL (hours)</source>
        <translation>Tiempo compensatorio (horas)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TOIL (minutes)</source>
        <translation>Tiempo compensatorio (minutos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOIL (days)</source>
        <translation>Tiempo compensatorio (días)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TOIL status</source>
        <translation>Estado del tiempo compensatorio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approved by</source>
        <translation>Aprobado por</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Time logs</source>
        <translation>Registros de tiempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Billable</source>
        <translation>Facturable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>kind: &quot;%1&quot; is not an export (balances, ledger or timesheets)</source>
        <translation>kind: «%1» no es una exportación (balances, ledger o timesheets)</translation>
    </message>
</context>
<context>
    <name>SeedAccrualPolicy</name>
    <message>
        <location filename="../core/Accrual.cpp" line="-58"/>
        <source>Seed rule: non-billable hours are TOIL</source>
        <translation>Regla original: las horas no facturables son tiempo compensatorio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rule: %1</source>
        <translation>Regla: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no activity)</source>
        <translation>(sin actividad)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1  %2  %3 h billable: not counted</source>
        <translation>%1  %2  %3 h facturables: no computadas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (x%1% on a weekend or holiday)</source>
        <translation> (x%1% en fin de semana o festivo)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1  %2  %3 h non-billable: counted %4 h%5</source>
        <translation>%1  %2  %3 h no facturables: %4 h computadas%5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total TOIL: %1 h = %2 days at %3 h per TOIL day</source>
        <translation>Tiempo compensatorio total: %1 h = %2 días a %3 h por día compensatorio</translation>
    </message>
</context>
<context>
    <name>SetCellCommand</name>
    <message>
        <location filename="../ui/employee/GridCommands.cpp" line="-33"/>
        <location line="+4"/>
        <source>change %1</source>
        <translation>cambiar %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>change billable</source>
        <translation>cambiar facturable</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../core/Settings.cpp" line="+54"/>
        <location line="+59"/>
        <source>Only HR can change settings</source>
        <translation>Solo RR. HH. puede cambiar los ajustes</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>setting: &quot;%1&quot; is not a Lieu setting</source>
        <translation>setting: «%1» no es un ajuste de Lieu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: &quot;%2&quot; must be a whole number from %3 to %4</source>
        <translation>%1: «%2» debe ser un número entero de %3 a %4</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: &quot;%2&quot; must be &quot;seed&quot; or &quot;contracted&quot;</source>
        <translation>%1: «%2» debe ser «seed» o «contracted»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: &quot;%2&quot; must list weekdays 1 (Monday) to 7 (Sunday), e.g. 6,7</source>
        <translation>%1: «%2» debe enumerar días de la semana del 1 (lunes) al 7 (domingo), p. ej. 6,7</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the organisation needs a name</source>
        <translation>%1: la organización necesita un nombre</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The leave type &quot;%1&quot; is missing: run &quot;lieuctl init&quot;</source>
        <translation>Falta el tipo de ausencia «%1»: ejecute «lieuctl init»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only HR can change the TOIL leave type</source>
        <translation>Solo RR. HH. puede cambiar el tipo de ausencia de tiempo compensatorio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expire_carry_forwarded_leaves_after_days: %1 must be from 1 to 3660 days</source>
        <translation>expire_carry_forwarded_leaves_after_days: %1 debe estar entre 1 y 3660 días</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>allow_negative: TOIL cannot go negative in Lieu; leave it off</source>
        <translation>allow_negative: el tiempo compensatorio no puede ser negativo en Lieu; déjelo desactivado</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <location filename="../core/Setup.cpp" line="+21"/>
        <source>user_id: the first HR user needs a login to sign in with</source>
        <translation>user_id: el primer usuario de RR. HH. necesita un usuario para iniciar sesión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This database already has employees: the first-start set-up is only for an empty one</source>
        <translation>Esta base de datos ya tiene empleados: la configuración inicial es solo para una vacía</translation>
    </message>
</context>
<context>
    <name>SmtpClient</name>
    <message>
        <location filename="../core/mail/SmtpClient.cpp" line="+123"/>
        <source>%1: the server&apos;s answer is not SMTP: &quot;%2&quot;</source>
        <translation>%1: la respuesta del servidor no es SMTP: «%2»</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1: the server answered %2 %3</source>
        <translation>%1: el servidor respondió %2 %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>TLS certificate refused: %1</source>
        <translation>Certificado TLS rechazado: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server closed the connection</source>
        <translation>el servidor cerró la conexión</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>sin respuesta en %n segundo</numerusform>
            <numerusform>sin respuesta en %n segundos</numerusform>
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
        <translation>smtp_ca_file: no se pudo leer ningún certificado PEM de «%1»</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>connecting to %1:%2 (%3)</source>
        <translation>conectando con %1:%2 (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TLS connection</source>
        <translation>conexión TLS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>connection</source>
        <translation>conexión</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>STARTTLS: %1:%2 does not offer STARTTLS; set smtp_security to &quot;tls&quot; or &quot;none&quot; if that is intended</source>
        <translation>STARTTLS: %1:%2 no ofrece STARTTLS; ponga smtp_security a «tls» o «none» si es lo que se pretende</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>TLS handshake</source>
        <translation>negociación TLS</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>AUTH as %1</source>
        <translation>AUTH como %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>AUTH: %1:%2 offers no authentication on this connection; check smtp_security</source>
        <translation>AUTH: %1:%2 no ofrece autenticación en esta conexión; revise smtp_security</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AUTH: %1:%2 offers only %3; Lieu speaks PLAIN and LOGIN</source>
        <translation>AUTH: %1:%2 solo ofrece %3; Lieu admite PLAIN y LOGIN</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+2"/>
        <source>greeting</source>
        <translation>saludo</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: &quot;%2&quot; is not an e-mail address</source>
        <translation>%1: «%2» no es una dirección de correo electrónico</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the message has no recipient</source>
        <translation>el mensaje no tiene destinatario</translation>
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
            <numerusform>C: (mensaje, %n byte)</numerusform>
            <numerusform>C: (mensaje, %n bytes)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>message</source>
        <translation>mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>end of message</source>
        <translation>fin del mensaje</translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <location filename="../core/export/Statement.cpp" line="+46"/>
        <source>Not yet valid</source>
        <translation>Aún no válido</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Used</source>
        <translation>Usado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Valid</source>
        <translation>Válido</translation>
    </message>
</context>
<context>
    <name>StatementPdf</name>
    <message>
        <location filename="../ui/report/StatementPdf.cpp" line="+114"/>
        <source>TOIL statement</source>
        <translation>Extracto de tiempo compensatorio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Statement date %1</source>
        <translation>Fecha del extracto %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No supervisor assigned</source>
        <translation>Sin supervisor asignado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Supervisor: %1</source>
        <translation>Supervisor: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Available on %1</source>
        <translation>Disponible el %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending leave</source>
        <translation>Ausencias pendientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiring within %1 days</source>
        <translation>Caduca en %1 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next expiry</source>
        <translation>Próxima caducidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>TOIL lots</source>
        <translation>Asignaciones de tiempo compensatorio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lot</source>
        <translation>Asignación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Timesheet</source>
        <translation>Hoja de horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from</source>
        <translation>Válido desde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid until</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accrued</source>
        <translation>Acumulado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used</source>
        <translation>Usado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left</source>
        <translation>Restante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Situación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No TOIL has been accrued.</source>
        <translation>No se ha acumulado tiempo compensatorio.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>and %n earlier lot(s), not shown</source>
        <translation>
            <numerusform>y %n asignación anterior, no mostrada</numerusform>
            <numerusform>y %n asignaciones anteriores, no mostradas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All lots: accrued %1 h, used %2 h, expired %3 h</source>
        <translation>Todas las asignaciones: acumulado %1 h, usado %2 h, caducado %3 h</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>TOIL leave</source>
        <translation>Ausencias por tiempo compensatorio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Half day</source>
        <translation>Medio día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No TOIL leave applied for.</source>
        <translation>No se ha solicitado ninguna ausencia por tiempo compensatorio.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>and %n earlier application(s), not shown</source>
        <translation>
            <numerusform>y %n solicitud anterior, no mostrada</numerusform>
            <numerusform>y %n solicitudes anteriores, no mostradas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Each lot is valid from the day after its timesheet&apos;s period for its own term; leave draws on the lot that expires first. The available balance is the ledger&apos;s sum for the lots valid on the statement date.</source>
        <translation>Cada asignación es válida desde el día siguiente al periodo de su hoja de horas durante su propio plazo; una ausencia consume primero la asignación que caduca antes. El saldo disponible es la suma de los movimientos de las asignaciones válidas en la fecha del extracto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One TOIL day is %1 h. Generated %2 UTC by Lieu.</source>
        <translation>Un día de tiempo compensatorio son %1 h. Generado el %2 UTC por Lieu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>TOIL statement: %1</source>
        <translation>Extracto de tiempo compensatorio: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>Cannot write the statement to %1</source>
        <translation>No se puede escribir el extracto en %1</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <location filename="../core/Text.cpp" line="+24"/>
        <source>at most %1 characters (this has %2)</source>
        <translation>como máximo %1 caracteres (este tiene %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is not valid UTF-8 text (character %1 is U+FFFD, the mark of a wrong encoding)</source>
        <translation>no es texto UTF-8 válido (el carácter %1 es U+FFFD, la marca de una codificación incorrecta)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is not valid text (character %1 is half of a surrogate pair)</source>
        <translation>no es texto válido (el carácter %1 es la mitad de un par suplente)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>character %1 is the control character U+%2; only printable text is allowed</source>
        <translation>el carácter %1 es el carácter de control U+%2; solo se admite texto imprimible</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: &quot;%2&quot; cannot be stored: %3</source>
        <translation>%1: «%2» no se puede guardar: %3</translation>
    </message>
</context>
<context>
    <name>Timesheets</name>
    <message>
        <location filename="../core/Timesheets.cpp" line="+94"/>
        <source>Timesheet %1 does not exist</source>
        <translation>La hoja de horas %1 no existe</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>time log %1: the date is missing or does not exist</source>
        <translation>registro de tiempo %1: la fecha falta o no existe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>time log %1: date %2 is outside the timesheet period %3 to %4</source>
        <translation>registro de tiempo %1: la fecha %2 está fuera del periodo de la hoja de horas, del %3 al %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>time log %1: date %2 is in the future (today is %3)</source>
        <translation>registro de tiempo %1: la fecha %2 está en el futuro (hoy es %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>time log %1 (%2): hours must be more than zero, not %3</source>
        <translation>registro de tiempo %1 (%2): las horas deben ser más de cero, no %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>time log %1 (%2): %3 hours is more than a day has</source>
        <translation>registro de tiempo %1 (%2): %3 horas son más de las que tiene un día</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: %2 hours logged on one day (%3 in other timesheets); at most 24 hours a day</source>
        <translation>%1: %2 horas registradas en un día (%3 en otras hojas de horas); como máximo 24 horas al día</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>start_date: the date is missing</source>
        <translation>start_date: falta la fecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>end_date: the date is missing</source>
        <translation>end_date: falta la fecha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>end_date: %1 is before start_date %2</source>
        <translation>end_date: %1 es anterior a start_date %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>end_date: a timesheet covers at most %1 days</source>
        <translation>end_date: una hoja de horas abarca como máximo %1 días</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Employee %1 is deactivated</source>
        <translation>El empleado %1 está desactivado</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>edit</source>
        <translation>editar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timesheet %1 is %2: only a Draft or Rejected timesheet can be edited</source>
        <translation>La hoja de horas %1 está %2: solo se puede editar una hoja de horas en borrador (Draft) o rechazada (Rejected)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Timesheet %1 is %2: logs can be added only to a Draft</source>
        <translation>La hoja de horas %1 está %2: solo se pueden añadir registros a un borrador (Draft)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>send</source>
        <translation>enviar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timesheet %1 is %2: only a Draft or Rejected timesheet can be sent for approval</source>
        <translation>La hoja de horas %1 está %2: solo se puede enviar a aprobación una hoja de horas en borrador (Draft) o rechazada (Rejected)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timesheet %1 has no time logs: add the hours before sending it</source>
        <translation>La hoja de horas %1 no tiene registros de tiempo: añada las horas antes de enviarla</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Timesheet %1 is %2: only a timesheet Awaiting Approval can be approved</source>
        <translation>La hoja de horas %1 está %2: solo se puede aprobar una hoja de horas pendiente de aprobación (Awaiting Approval)</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>status: &quot;%1&quot; is not a timesheet status (%2)</source>
        <translation>status: «%1» no es un estado de hoja de horas (%2)</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Only the immediate supervisor can approve this timesheet</source>
        <translation>Solo el supervisor directo puede aprobar esta hoja de horas</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cap: the balance is %1 h and the cap is %2 h, so %3 h accrued and %4 h were not accrued</source>
        <translation>Tope: el saldo es de %1 h y el tope de %2 h, así que se acumularon %3 h y %4 h no</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>reason: say why the timesheet is rejected</source>
        <translation>reason: indique por qué se rechaza la hoja de horas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Timesheet %1 is %2: only a timesheet Awaiting Approval can be rejected</source>
        <translation>La hoja de horas %1 está %2: solo se puede rechazar una hoja de horas pendiente de aprobación (Awaiting Approval)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Only the immediate supervisor can reject this timesheet</source>
        <translation>Solo el supervisor directo puede rechazar esta hoja de horas</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cannot cancel timesheet - TOIL consumed by %1: cancel those leave applications first</source>
        <translation>No se puede cancelar la hoja de horas - tiempo compensatorio consumido por %1: cancele primero esas solicitudes de permiso</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Timesheet %1 is %2 and cannot be cancelled</source>
        <translation>La hoja de horas %1 está %2 y no se puede cancelar</translation>
    </message>
</context>
<context>
    <name>TrackerFile</name>
    <message>
        <location filename="../core/import/TrackerFile.cpp" line="+170"/>
        <source>Detect from the header</source>
        <translation>Detectar por el encabezado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toggl Track detailed report</source>
        <translation>Toggl Track – informe detallado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clockify detailed report</source>
        <translation>Clockify – informe detallado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kimai timesheet export</source>
        <translation>Kimai – exportación de horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harvest detailed time report</source>
        <translation>Harvest – informe de tiempo detallado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generic CSV (date, hours, billable, activity, description, email)</source>
        <translation>CSV genérico (date, hours, billable, activity, description, email)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: &quot;%2&quot; is not a layout (toggl, clockify, kimai, harvest, generic or auto)</source>
        <translation>%1: «%2» no es un formato (toggl, clockify, kimai, harvest, generic o auto)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: &quot;%2&quot; is not a date order (dmy, mdy, ymd or detect)</source>
        <translation>%1: «%2» no es un orden de fecha (dmy, mdy, ymd o detect)</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>line 1: the %1 layout needs the column(s) %2; the header has: %3</source>
        <translation>línea 1: el formato %1 necesita la(s) columna(s) %2; el encabezado tiene: %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>line 1: the header matches no known layout (Toggl Track, Clockify, Kimai, Harvest, or the generic date, hours, billable, activity, description, email); it has: %1</source>
        <translation>línea 1: el encabezado no coincide con ningún formato conocido (Toggl Track, Clockify, Kimai, Harvest o el genérico date, hours, billable, activity, description, email); tiene: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The dates disagree: &quot;%1&quot; on line %2 is day-first but &quot;%3&quot; on line %4 is month-first</source>
        <translation>Las fechas no concuerdan: «%1» en la línea %2 va con el día primero pero «%3» en la línea %4 con el mes primero</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dates such as &quot;%1&quot; (line %2) can be read day-first or month-first and no date in the file tells which: choose the date order (dmy or mdy)</source>
        <translation>Fechas como «%1» (línea %2) pueden leerse con el día o con el mes primero y ninguna fecha del archivo lo aclara: elija el orden de fecha (dmy o mdy)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>line %1, column %2 (%3): %4</source>
        <translation>línea %1, columna %2 (%3): %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the first name is empty</source>
        <translation>el nombre está vacío</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the last name is empty</source>
        <translation>el apellido está vacío</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the e-mail address is empty</source>
        <translation>la dirección de correo está vacía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>«%1» no es una dirección de correo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the date is empty</source>
        <translation>la fecha está vacía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a date that exists (read as %2)</source>
        <translation>«%1» no es una fecha que exista (leída como %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day-first</source>
        <translation>día primero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month-first</source>
        <translation>mes primero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year-first</source>
        <translation>año primero</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a date that exists</source>
        <translation>«%1» no es una fecha que exista</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a time of day (write 09:00, 09:00:00 or 9:00 AM)</source>
        <translation>«%1» no es una hora del día (escriba 09:00, 09:00:00 o 9:00 AM)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a time of day (write 17:30, 17:30:00 or 5:30 PM)</source>
        <translation>«%1» no es una hora del día (escriba 17:30, 17:30:00 o 5:30 PM)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&quot;%1&quot; is not an amount of hours (write 7.5, 7,5, 7:30 or 07:30:00)</source>
        <translation>«%1» no es una cantidad de horas (escriba 7.5, 7,5, 7:30 o 07:30:00)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the entry ends before it starts</source>
        <translation>el registro termina antes de empezar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the duration is empty and there are no start and end times to count it from</source>
        <translation>la duración está vacía y no hay hora de inicio ni de fin para calcularla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 hours is more than a day has</source>
        <translation>%1 horas son más de las que tiene un día</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>empty; write Yes or No</source>
        <translation>vacío; escriba Yes o No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is neither Yes nor No</source>
        <translation>«%1» no es ni Yes ni No</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the activity &quot;%1&quot; cannot be stored: %2</source>
        <translation>la actividad «%1» no se puede guardar: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the description &quot;%1&quot; cannot be stored: %2</source>
        <translation>la descripción «%1» no se puede guardar: %2</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../core/Units.cpp" line="+52"/>
        <source>%1: &quot;%2&quot; is not an amount of hours (write 7.5, 7:30 or 07:30:00)</source>
        <translation>%1: «%2» no es una cantidad de horas (escriba 7.5, 7:30 o 07:30:00)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1: &quot;%2&quot; is not a date that exists (write YYYY-MM-DD)</source>
        <translation>%1: «%2» no es una fecha que exista (escriba AAAA-MM-DD)</translation>
    </message>
</context>
<context>
    <name>WorkCalendar</name>
    <message>
        <location filename="../core/WorkCalendar.cpp" line="+67"/>
        <location line="+19"/>
        <source>Only HR can change the holiday list</source>
        <translation>Solo RR. HH. puede cambiar la lista de festivos</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>holiday_date: the date is missing</source>
        <translation>holiday_date: falta la fecha</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>holiday_date: %1 is already a holiday</source>
        <translation>holiday_date: %1 ya es festivo</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is not on the holiday list</source>
        <translation>%1 no está en la lista de festivos</translation>
    </message>
</context>
<context>
    <name>lieu::ui</name>
    <message>
        <location filename="../ui/hr/HrPages.cpp" line="+36"/>
        <source>Employees</source>
        <translation>Empleados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holidays</source>
        <translation>Festivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOIL settings</source>
        <translation>Ajustes del tiempo compensatorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
</context>
<context>
    <name>lieu::ui::ApplyLeaveDialog</name>
    <message>
        <location filename="../ui/employee/ApplyLeaveDialog.cpp" line="+26"/>
        <source>&amp;One half day:</source>
        <translation>&amp;Un medio día:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Apply for leave</source>
        <translation>Solicitar ausencia</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>First day of leave</source>
        <translation>Primer día de ausencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day of leave</source>
        <translation>Último día de ausencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Half day date</source>
        <translation>Fecha del medio día</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One of the days is a half day</source>
        <translation>Uno de los días es medio día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional: what the leave is for</source>
        <translation>Opcional: para qué es la ausencia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What it counts</source>
        <translation>Qué se computa</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Working days:</source>
        <translation>Días laborables:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave:</source>
        <translation>Ausencia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance before:</source>
        <translation>Saldo antes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance after:</source>
        <translation>Saldo después:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken from:</source>
        <translation>Tomado de:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Apply</source>
        <translation>&amp;Solicitar</translation>
    </message>
    <message>
        <location line="+113"/>
        <source> (half)</source>
        <translation> (medio)</translation>
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
        <translation>Saldo después: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2 h (last day %3)</source>
        <translation>%1 %2 h (último día %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no TOIL lot covers these days</source>
        <translation>ninguna asignación de tiempo compensatorio cubre estos días</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not enough TOIL valid on these days: short by %1.</source>
        <translation>No hay suficiente tiempo compensatorio válido en estos días: faltan %1.</translation>
    </message>
</context>
<context>
    <name>lieu::ui::AuditModel</name>
    <message>
        <location filename="../ui/hr/HrModels.cpp" line="+279"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document type</source>
        <translation>Tipo de documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
</context>
<context>
    <name>lieu::ui::AuditPage</name>
    <message>
        <location filename="../ui/hr/AuditPage.cpp" line="+37"/>
        <location line="+122"/>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>(nothing)</source>
        <translation>(nada)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Document type</source>
        <translation>Tipo de documento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. TS-00012 or EMP-0003</source>
        <translation>p. ej. TS-00012 o EMP-0003</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From date</source>
        <translation>Fecha desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To date</source>
        <translation>Fecha hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear filters</source>
        <translation>&amp;Borrar filtros</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Document &amp;type:</source>
        <translation>&amp;Tipo de documento:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Document:</source>
        <translation>&amp;Documento:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Who:</source>
        <translation>&amp;Quién:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Action:</source>
        <translation>&amp;Acción:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;o:</source>
        <translation>Has&amp;ta:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search the entries shown</source>
        <translation>Buscar en las entradas mostradas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the audit entries</source>
        <translation>Buscar en las entradas de auditoría</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 the change</source>
        <translation>%1: el cambio</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The latest %1 entries</source>
        <translation>Las últimas %1 entradas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 entries</source>
        <translation>%1 entradas</translation>
    </message>
</context>
<context>
    <name>lieu::ui::ChartsPage</name>
    <message>
        <location filename="../ui/charts/ChartsPage.cpp" line="+60"/>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Team:</source>
        <translation>&amp;Equipo:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;fresh</source>
        <translation>Actua&amp;lizar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>TOIL balance per employee</source>
        <translation>Saldo de tiempo compensatorio por empleado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOIL accrued, used and expired per month</source>
        <translation>Tiempo compensatorio acumulado, usado y caducado por mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOIL expiring in the next 90 days, by week</source>
        <translation>Tiempo compensatorio que caduca en los próximos 90 días, por semana</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not read the figures.</source>
        <translation>No se pudieron leer las cifras.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>As of %1</source>
        <translation>A fecha de %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1&apos;s team (%2)</source>
        <translation>Equipo de %1 (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Balance per employee (the %1 largest of %2)</source>
        <translation>Saldo por empleado (los %1 mayores de %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance per employee</source>
        <translation>Saldo por empleado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available today</source>
        <translation>Disponible hoy</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2 h</source>
        <translation>%1: %2 h</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Accrued, used and expired per month</source>
        <translation>Acumulado, usado y caducado por mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accrued</source>
        <translation>Acumulado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used</source>
        <translation>Usado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: accrued %2 h, used %3 h, expired %4 h</source>
        <translation>%1: acumulado %2 h, usado %3 h, caducado %4 h</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Expiring in the next %1 days, by week</source>
        <translation>Caduca en los próximos %1 días, por semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires unless used</source>
        <translation>Caduca si no se usa</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>week of %1: %2 h</source>
        <translation>semana del %1: %2 h</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>week starting</source>
        <translation>semana desde</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing expires in the next %1 days</source>
        <translation>Nada caduca en los próximos %1 días</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Balance charts</source>
        <translation>Gráficos de saldos</translation>
    </message>
</context>
<context>
    <name>lieu::ui::ConnectionPage</name>
    <message>
        <location filename="../ui/connection/ConnectionPage.cpp" line="+27"/>
        <source>&lt;h2&gt;Database connection&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Conexión a la base de datos&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In use now: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>En uso ahora: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This computer only (a database file)</source>
        <translation>Solo este ordenador (un archivo de base de datos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A shared MariaDB or MySQL server</source>
        <translation>Un servidor MariaDB o MySQL compartido</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+32"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>db.example.org</source>
        <translation>db.example.org</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remember the password in this computer&apos;s keychain</source>
        <translation>Recordar la contraseña en el llavero de este ordenador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt the connection (TLS)</source>
        <translation>Cifrar la conexión (TLS)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the system&apos;s authorities</source>
        <translation>las autoridades del sistema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database:</source>
        <translation>Base de datos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account:</source>
        <translation>Cuenta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certificate authority:</source>
        <translation>Autoridad de certificación:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A saved connection is used from the next start of Lieu. Every desktop of a team points at the same server; the server&apos;s administrator gives each team an account (see the documentation on shared databases).</source>
        <translation>Una conexión guardada se usa a partir del próximo inicio de Lieu. Todas las aplicaciones de escritorio de un equipo apuntan al mismo servidor; el administrador del servidor da una cuenta a cada equipo (consulte la documentación sobre bases de datos compartidas).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Database connection</source>
        <translation>Conexión a la base de datos</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Lieu database file</source>
        <translation>Archivo de base de datos de Lieu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lieu databases (*.sqlite)</source>
        <translation>Bases de datos de Lieu (*.sqlite)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server&apos;s certificate authority</source>
        <translation>La autoridad de certificación del servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificados (*.pem *.crt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 does not exist yet: Lieu creates it when it starts with this setting</source>
        <translation>%1 aún no existe: Lieu lo crea cuando se inicia con este ajuste</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connected to %1 (server %2) as %3.</source>
        <translation>Conectado a %1 (servidor %2) como %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection is not encrypted.</source>
        <translation>La conexión no está cifrada.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The connection is encrypted (%1).</source>
        <translation>La conexión está cifrada (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened %1.</source>
        <translation>Se ha abierto %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This database holds something other than Lieu: choose another.</source>
        <translation>Esta base de datos contiene algo distinto de Lieu: elija otra.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database is empty: the administrator prepares it with &quot;lieuctl migrate&quot;.</source>
        <translation>La base de datos está vacía: el administrador la prepara con «lieuctl migrate».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its schema is version %1; this Lieu needs %2: the administrator upgrades it with &quot;lieuctl migrate&quot;.</source>
        <translation>Su esquema está en la versión %1; este Lieu necesita la %2: el administrador lo actualiza con «lieuctl migrate».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schema version %1 (this Lieu knows %2).</source>
        <translation>Versión de esquema %1 (este Lieu conoce la %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No connection: %1</source>
        <translation>Sin conexión: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved: Lieu opens %1 from its next start.</source>
        <translation>Guardado: Lieu abrirá %1 a partir de su próximo inicio.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The password is in this computer&apos;s keychain.</source>
        <translation>La contraseña está en el llavero de este ordenador.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password was not remembered (%1): Lieu asks for it at the start.</source>
        <translation>No se ha recordado la contraseña (%1): Lieu la pedirá al iniciarse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password is not remembered: Lieu asks for it at the start.</source>
        <translation>La contraseña no se recuerda: Lieu la pedirá al iniciarse.</translation>
    </message>
</context>
<context>
    <name>lieu::ui::Display</name>
    <message>
        <location filename="../ui/common/Display.cpp" line="+32"/>
        <source>%1 h (%2 days)</source>
        <translation>%1 h (%2 días)</translation>
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
        <translation>Añadir un empleado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Employee ID</source>
        <translation>ID de empleado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. EMP-0009</source>
        <translation>p. ej. EMP-0009</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Employee &amp;ID:</source>
        <translation>&amp;ID de empleado:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full &amp;name:</source>
        <translation>&amp;Nombre completo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;E-mail:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty: cannot sign in</source>
        <translation>vacío: no puede iniciar sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reports to</source>
        <translation>Depende de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(nobody)</source>
        <translation>(nadie)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (%2, deactivated)</source>
        <translation>%1 (%2, desactivado)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The immediate supervisor: the one person who approves this employee&apos;s timesheets</source>
        <translation>El supervisor directo: la única persona que aprueba las hojas de horas de este empleado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reports to:</source>
        <translation>&amp;Depende de:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;HR: manages employees, holidays and settings, sees every record</source>
        <translation>&amp;RR. HH.: gestiona empleados, festivos y ajustes, ve todos los registros</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Active (can sign in and log hours)</source>
        <translation>&amp;Activo (puede iniciar sesión y registrar horas)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date of joining</source>
        <translation>Fecha de incorporación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of &amp;joining:</source>
        <translation>Fecha de &amp;incorporación:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lea&amp;ves on</source>
        <translation>Cau&amp;sa baja el</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Relieving date</source>
        <translation>Fecha de baja</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Relieving date:</source>
        <translation>Fecha de baja:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contracted hours a day</source>
        <translation>Horas contratadas al día</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used by the &quot;hours above the contracted day&quot; accrual policy; write 7.5 or 7:30</source>
        <translation>Lo usa la regla «horas por encima de la jornada contratada»; escriba 7.5 o 7:30</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contracted &amp;hours a day:</source>
        <translation>&amp;Horas contratadas al día:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
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
        <translation>Sin usuario: no puede iniciar sesión</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HR</source>
        <translation>RR. HH.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deactivated</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports to</source>
        <translation>Depende de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined</source>
        <translation>Incorporación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours a day</source>
        <translation>Horas al día</translation>
    </message>
</context>
<context>
    <name>lieu::ui::EmployeesPage</name>
    <message>
        <location filename="../ui/hr/EmployeesPage.cpp" line="+28"/>
        <source>Search by name, ID, e-mail, login or supervisor</source>
        <translation>Buscar por nombre, ID, correo, usuario o supervisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search employees</source>
        <translation>Buscar empleados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;deactivated</source>
        <translation>Mostrar &amp;desactivados</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Employees</source>
        <translation>Empleados</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reset &amp;password…</source>
        <translation>Restablecer &amp;contraseña…</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Ac&amp;tivate</source>
        <translation>Ac&amp;tivar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deac&amp;tivate</source>
        <translation>Desac&amp;tivar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no login: give them one with Edit first</source>
        <translation>%1 no tiene usuario: asígnele uno primero con Editar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2) added.</source>
        <translation>%1 (%2) añadido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2) added. Set a password with Reset password so they can sign in.</source>
        <translation>%1 (%2) añadido. Establezca una contraseña con «Restablecer contraseña» para que pueda iniciar sesión.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (%2) saved.</source>
        <translation>%1 (%2) guardado.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2) deactivated: they can no longer sign in.</source>
        <translation>%1 (%2) desactivado: ya no puede iniciar sesión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2) is active again.</source>
        <translation>%1 (%2) vuelve a estar activo.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New password set for %1 (%2).</source>
        <translation>Nueva contraseña establecida para %1 (%2).</translation>
    </message>
</context>
<context>
    <name>lieu::ui::FirstStartDialog</name>
    <message>
        <location filename="../ui/shell/FirstStartDialog.cpp" line="+26"/>
        <source>Welcome to Lieu</source>
        <translation>Bienvenido a Lieu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This Lieu database is new and empty. Would you like to look around a demo organisation first, or set up your own?</source>
        <translation>Esta base de datos de Lieu es nueva y está vacía. ¿Quiere echar un vistazo primero a una organización de demostración o configurar la suya?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the demo</source>
        <translation>Abrir la demostración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A small organisation with months of history. Sign in as %1 (HR), %2 (supervisor) or %3 (employee); the password is &quot;%4&quot;.</source>
        <translation>Una pequeña organización con meses de historial. Inicie sesión como %1 (RR. HH.), %2 (supervisor) o %3 (empleada); la contraseña es «%4».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set up my organisation</source>
        <translation>Configurar mi organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name it, choose the TOIL rules, and create the first HR user.</source>
        <translation>Póngale nombre, elija las reglas del tiempo compensatorio y cree el primer usuario de RR. HH.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hours per TOIL day:</source>
        <translation>&amp;Horas por día compensatorio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many hours of TOIL make one day off (8, 7.5 or 7:30)</source>
        <translation>Cuántas horas de tiempo compensatorio equivalen a un día libre (8, 7.5 o 7:30)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOIL expires after</source>
        <translation>El tiempo compensatorio caduca a los</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each lot of TOIL can be used for this many days after its timesheet&apos;s period</source>
        <translation>Cada asignación de tiempo compensatorio puede usarse durante estos días tras el periodo de su hoja de horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOIL &amp;expires after:</source>
        <translation>El tiempo compensatorio &amp;caduca a los:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First HR user</source>
        <translation>Primer usuario de RR. HH.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Employee &amp;id:</source>
        <translation>&amp;ID de empleado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ull name:</source>
        <translation>Nombre &amp;completo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-&amp;mail:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repetir contraseña:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>password: the two passwords are not the same</source>
        <translation>password: las dos contraseñas no coinciden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>hours per TOIL day</source>
        <translation>horas por día compensatorio</translation>
    </message>
</context>
<context>
    <name>lieu::ui::HolidayModel</name>
    <message>
        <location filename="../ui/hr/HrModels.cpp" line="+72"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
</context>
<context>
    <name>lieu::ui::HolidaysPage</name>
    <message>
        <location filename="../ui/hr/HolidaysPage.cpp" line="+29"/>
        <source>Add a holiday</source>
        <translation>Añadir un festivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Holiday date</source>
        <translation>Fecha del festivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Spring bank holiday</source>
        <translation>p. ej. Lunes de Pascua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holiday description</source>
        <translation>Descripción del festivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;escription:</source>
        <translation>D&amp;escripción:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Holidays</source>
        <translation>Festivos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The holiday list is empty: only weekends are days off.</source>
        <translation>La lista de festivos está vacía: solo los fines de semana son libres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Past holidays are in italics. Approved leave keeps the days it counted when it was approved.</source>
        <translation>Los festivos pasados aparecen en cursiva. Una ausencia aprobada conserva los días que se computaron al aprobarla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 is a holiday now.</source>
        <translation>El %1 es ahora festivo.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is no longer a holiday.</source>
        <translation>El %1 ya no es festivo.</translation>
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
        <translation>Importar horas de un control de tiempo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A CSV export from Toggl Track, Clockify, Kimai, Harvest, or the generic layout</source>
        <translation>Una exportación CSV de Toggl Track, Clockify, Kimai, Harvest o con el formato genérico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Detect from the file</source>
        <translation>Detectar por el archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day first (31/12/2026)</source>
        <translation>Día primero (31/12/2026)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month first (12/31/2026)</source>
        <translation>Mes primero (12/31/2026)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year first only (2026-12-31)</source>
        <translation>Solo año primero (2026-12-31)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layout:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates:</source>
        <translation>Fechas:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Employee</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Timesheet</source>
        <translation>Hoja de horas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Logs</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+12"/>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>TOIL hours</source>
        <translation>Horas de tiempo compensatorio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Not matched&lt;/b&gt; (these rows are not imported: add the people, then import the file again; rows already imported are skipped)</source>
        <translation>&lt;b&gt;Sin correspondencia&lt;/b&gt; (estas filas no se importan: añada a las personas e importe de nuevo el archivo; las filas ya importadas se omiten)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Person in the file</source>
        <translation>Persona en el archivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a time tracker export</source>
        <translation>Elegir una exportación del control de tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Nothing can be imported from this file: %1</source>
        <translation>No se puede importar nada de este archivo: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 row(s), %3, separator %4, dates %5.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 fila(s), %3, separador %4, fechas %5.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>add to %1</source>
        <translation>añadir a %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new %1</source>
        <translation>nuevo: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new Draft</source>
        <translation>nuevo borrador</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (line(s) %2)</source>
        <translation>%1 (línea(s) %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n row(s) were imported before and are skipped (lines %1).</source>
        <translation>
            <numerusform>%n fila ya se importó antes y se omite (líneas %1).</numerusform>
            <numerusform>%n filas ya se importaron antes y se omiten (líneas %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) of zero duration are skipped (lines %1).</source>
        <translation>
            <numerusform>%n fila de duración cero se omite (líneas %1).</numerusform>
            <numerusform>%n filas de duración cero se omiten (líneas %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&lt;b&gt;Imported&lt;/b&gt; %n log(s) into Draft timesheets; the employees send them for approval as usual.</source>
        <translation>
            <numerusform>&lt;b&gt;Importado&lt;/b&gt; %n registro en hojas de horas en borrador; los empleados las envían a aprobación como siempre.</numerusform>
            <numerusform>&lt;b&gt;Importados&lt;/b&gt; %n registros en hojas de horas en borrador; los empleados las envían a aprobación como siempre.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is nothing new to import from this file.</source>
        <translation>No hay nada nuevo que importar de este archivo.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Nothing has been written yet. &lt;b&gt;Import&lt;/b&gt; adds %n log(s) as Draft timesheets, all or nothing.</source>
        <translation>
            <numerusform>Todavía no se ha escrito nada. &lt;b&gt;Importar&lt;/b&gt; añade %n registro como hojas de horas en borrador, todo o nada.</numerusform>
            <numerusform>Todavía no se ha escrito nada. &lt;b&gt;Importar&lt;/b&gt; añade %n registros como hojas de horas en borrador, todo o nada.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lieu::ui::ImportExportPage</name>
    <message>
        <location filename="../ui/import/ImportExportPage.cpp" line="+32"/>
        <location line="+9"/>
        <source>Import &amp; export</source>
        <translation>Importar y exportar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hours from a time tracker</source>
        <translation>Horas de un control de tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detailed CSV exports from Toggl Track, Clockify, Kimai and Harvest, or a CSV with the columns date, hours, billable, activity, description and email. Employees are matched by e-mail (Harvest: by name); hours become Draft timesheets per week, and hours that are not billable are TOIL. You see everything before it is written.</source>
        <translation>Exportaciones CSV detalladas de Toggl Track, Clockify, Kimai y Harvest, o un CSV con las columnas date, hours, billable, activity, description y email. Los empleados se identifican por su correo (Harvest: por su nombre); las horas se convierten en hojas de horas en borrador por semana, y las horas no facturables son tiempo compensatorio. Verá todo antes de que se escriba.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import a file…</source>
        <translation>Importar un archivo…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tables for HR and payroll</source>
        <translation>Tablas para RR. HH. y nóminas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TOIL balances (today)</source>
        <translation>Saldos de tiempo compensatorio (hoy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOIL ledger</source>
        <translation>Movimientos de tiempo compensatorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timesheets (XLSX: with their time logs)</source>
        <translation>Hojas de horas (XLSX: con sus registros de tiempo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time logs</source>
        <translation>Registros de tiempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Libro de Excel (.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (.csv)</source>
        <translation>CSV (.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Approved TOIL leave as a calendar (iCalendar .ics)</source>
        <translation>Ausencias aprobadas por tiempo compensatorio como calendario (iCalendar .ics)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One employee</source>
        <translation>Un empleado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A supervisor&apos;s team</source>
        <translation>El equipo de un supervisor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export calendar…</source>
        <translation>Exportar calendario…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>TOIL statement (one page, PDF)</source>
        <translation>Extracto de tiempo compensatorio (una página, PDF)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save statement…</source>
        <translation>Guardar extracto…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Employee:</source>
        <translation>Empleado:</translation>
    </message>
    <message numerus="yes">
        <location line="+73"/>
        <source>Saved %n row(s) to %1</source>
        <translation>
            <numerusform>%n fila guardada en %1</numerusform>
            <numerusform>%n filas guardadas en %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Saved %n leave event(s) to %1</source>
        <translation>
            <numerusform>%n evento de ausencia guardado en %1</numerusform>
            <numerusform>%n eventos de ausencia guardados en %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved the TOIL statement of %1 to %2</source>
        <translation>Extracto de tiempo compensatorio de %1 guardado en %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export calendar</source>
        <translation>Exportar calendario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>iCalendar files (*.ics)</source>
        <translation>Archivos iCalendar (*.ics)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save TOIL statement</source>
        <translation>Guardar el extracto de tiempo compensatorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>lieu::ui::InboxBadge</name>
    <message>
        <location filename="../ui/review/InboxBadge.cpp" line="+24"/>
        <source>Waiting for your decision: %1</source>
        <translation>Pendiente de su decisión: %1</translation>
    </message>
</context>
<context>
    <name>lieu::ui::JobRunsModel</name>
    <message>
        <location filename="../ui/jobs/JobsModels.cpp" line="+38"/>
        <source>Expire TOIL (daily)</source>
        <translation>Caducidad del tiempo compensatorio (diaria)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expiry reminders (weekly)</source>
        <translation>Recordatorios de caducidad (semanal)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Duty</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due date</source>
        <translation>Fecha prevista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finished</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runner</source>
        <translation>Ejecutor</translation>
    </message>
</context>
<context>
    <name>lieu::ui::JobsPage</name>
    <message>
        <location filename="../ui/jobs/JobsPage.cpp" line="+45"/>
        <location filename="../ui/jobs/JobsPages.cpp" line="+16"/>
        <source>Background jobs</source>
        <translation>Tareas en segundo plano</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Run due duties now</source>
        <translation>Ejecutar ahora las tareas pendientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires TOIL and sends reminders if they are due and no one has done them yet, then sends the outbox</source>
        <translation>Hace caducar el tiempo compensatorio y envía los recordatorios si corresponde y nadie lo ha hecho todavía; después envía la bandeja de salida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Runs</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retry selected e-mail</source>
        <translation>Reintentar el correo seleccionado</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Expiry runs daily at %1; reminders every %2 at %3.</source>
        <translation>La caducidad se ejecuta a diario a las %1; los recordatorios, cada %2 a las %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This app does them while you are signed in, and catches up on missed days.</source>
        <translation>Esta aplicación las realiza mientras usted tiene la sesión iniciada y recupera los días perdidos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last check %1.</source>
        <translation>Última comprobación: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>They run in the app of a signed-in supervisor or HR user, or from lieuctl (cron).</source>
        <translation>Se ejecutan en la aplicación de un supervisor o usuario de RR. HH. con la sesión iniciada, o desde lieuctl (cron).</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en espera</numerusform>
            <numerusform>%n en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n in Error</source>
        <translation>
            <numerusform>%n en Error</numerusform>
            <numerusform>%n en Error</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n Sending (check unconfirmed ones with the recipient before a retry)</source>
        <translation>
            <numerusform>%n en Sending (compruebe con el destinatario los no confirmados antes de reintentar)</numerusform>
            <numerusform>%n en Sending (compruebe con el destinatario los no confirmados antes de reintentar)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
</context>
<context>
    <name>lieu::ui::LanguageMenu</name>
    <message>
        <location filename="../ui/language/LanguageMenu.cpp" line="+12"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Follow the system (%1)</source>
        <translation>Como el sistema (%1)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Lieu speaks %1 in the windows it opens from now on: sign out and in again to see this one in it.</source>
        <translation>Lieu habla %1 en las ventanas que abra a partir de ahora: cierre sesión y vuelva a iniciarla para ver esta en ese idioma.</translation>
    </message>
</context>
<context>
    <name>lieu::ui::LeaveApplicationModel</name>
    <message>
        <location filename="../ui/employee/ToilModels.cpp" line="+347"/>
        <source>Rejected: %1</source>
        <translation>Rechazada: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved by %1</source>
        <translation>Aprobada por %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Application</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Half day</source>
        <translation>Medio día</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
</context>
<context>
    <name>lieu::ui::LeaveQueueModel</name>
    <message>
        <location filename="../ui/review/ReviewModels.cpp" line="+290"/>
        <source>Half day on %1</source>
        <translation>Medio día el %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Application</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>lieu::ui::LedgerModel</name>
    <message>
        <location filename="../ui/employee/ToilModels.cpp" line="-153"/>
        <source>%1 (expiry)</source>
        <translation>%1 (caducidad)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transaction</source>
        <translation>Transacción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lot</source>
        <translation>Asignación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days</source>
        <translation>Días</translation>
    </message>
</context>
<context>
    <name>lieu::ui::LotModel</name>
    <message>
        <location line="-223"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used up</source>
        <translation>Agotada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet valid</source>
        <translation>Aún no válido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid</source>
        <translation>Válido</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The last day this TOIL can be taken: %1</source>
        <translation>El último día en que se puede disfrutar este tiempo compensatorio: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Taken by approved leave</source>
        <translation>Consumido por ausencias aprobadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost because the lot passed its last day</source>
        <translation>Perdido porque la asignación pasó su último día</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held by leave applications still awaiting approval</source>
        <translation>Reservado por solicitudes de permiso aún pendientes de aprobación</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lot</source>
        <translation>Asignación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From timesheet</source>
        <translation>De la hoja de horas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid from</source>
        <translation>Válido desde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last day of use</source>
        <translation>Último día de uso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earned (h)</source>
        <translation>Acumulado (h)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used (h)</source>
        <translation>Usado (h)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired (h)</source>
        <translation>Caducado (h)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left (h)</source>
        <translation>Restante (h)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left (days)</source>
        <translation>Restante (días)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reserved (h)</source>
        <translation>Reservado (h)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Situación</translation>
    </message>
</context>
<context>
    <name>lieu::ui::MailSettingsPage</name>
    <message>
        <location filename="../ui/jobs/JobsPages.cpp" line="+8"/>
        <location filename="../ui/jobs/MailSettingsPage.cpp" line="+43"/>
        <source>E-mail and schedule</source>
        <translation>Correo electrónico y programación</translation>
    </message>
    <message>
        <location filename="../ui/jobs/MailSettingsPage.cpp" line="+6"/>
        <source>Outgoing mail server (SMTP)</source>
        <translation>Servidor de correo saliente (SMTP)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. smtp.example.org; empty: reminders wait in the outbox</source>
        <translation>p. ej. smtp.example.org; vacío: los recordatorios esperan en la bandeja de salida</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (normalmente puerto 587)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS from the start (usually port 465)</source>
        <translation>TLS desde el principio (normalmente puerto 465)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None: plain text (a relay on this network only)</source>
        <translation>Ninguna: texto sin cifrar (solo para un relé en esta red)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty: no login</source>
        <translation>vacío: sin inicio de sesión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kept in the system keychain, not in the database</source>
        <translation>se guarda en el llavero del sistema, no en la base de datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. hr@example.org</source>
        <translation>p. ej. hr@example.org</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only for a server with a private or self-signed certificate</source>
        <translation>solo para un servidor con un certificado privado o autofirmado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accept any certificate (test servers only: anyone on the way could read the mail)</source>
        <translation>Aceptar cualquier certificado (solo servidores de prueba: cualquiera en el camino podría leer el correo)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Host</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From address</source>
        <translation>Dirección del remitente</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <source>CA certificate</source>
        <translation>Certificado de CA</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Timeout for each step</source>
        <translation>Tiempo de espera por paso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the background duties run</source>
        <translation>Cuándo se ejecutan las tareas en segundo plano</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Expire TOIL daily at</source>
        <translation>Caducar el tiempo compensatorio a diario a las</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send reminders every</source>
        <translation>Enviar recordatorios cada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at</source>
        <translation>a las</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>send to this address</source>
        <translation>enviar a esta dirección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a test e-mail</source>
        <translation>Enviar un correo electrónico de prueba</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The conversation with the server shows here (without the password).</source>
        <translation>Aquí se muestra la conversación con el servidor (sin la contraseña).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Password: %1</source>
        <translation>Contraseña: %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved, with the password in the system keychain.</source>
        <translation>Guardado, con la contraseña en el llavero del sistema.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved, but the system keychain did not take the password (%1). Until it does, Lieu uses the password for this session only; set LIEU_SMTP_PASSWORD to give it one for good.</source>
        <translation>Guardado, pero el llavero del sistema no aceptó la contraseña (%1). Hasta que lo haga, Lieu usa la contraseña solo en esta sesión; defina LIEU_SMTP_PASSWORD para darle una de forma permanente.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Test address: &quot;%1&quot; is not an e-mail address</source>
        <translation>Dirección de prueba: «%1» no es una dirección de correo electrónico</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Lieu test e-mail</source>
        <translation>Correo electrónico de prueba de Lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a test e-mail from Lieu for %1.

If you can read it, the SMTP settings work.</source>
        <translation>Este es un correo electrónico de prueba de Lieu para %1.

Si puede leerlo, los ajustes SMTP funcionan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connecting to %1:%2…</source>
        <translation>Conectando con %1:%2…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Test e-mail sent to %1.</source>
        <translation>Correo electrónico de prueba enviado a %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The test e-mail was not sent.</source>
        <translation>No se ha enviado el correo electrónico de prueba.</translation>
    </message>
</context>
<context>
    <name>lieu::ui::MainWindow</name>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="+33"/>
        <source>HR</source>
        <translation>RR. HH.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is no page for your roles yet.</source>
        <translation>Todavía no hay ninguna página para sus roles.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Page actions</source>
        <translation>Acciones de la página</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Window actions</source>
        <translation>Acciones de la ventana</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read everything again (%1)</source>
        <translation>Volver a leerlo todo (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign &amp;out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About</source>
        <translation>Acerca &amp;de</translation>
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
        <translation>Hoy %1 · %2</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Read again at %1</source>
        <translation>Leído de nuevo a las %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>About Lieu</source>
        <translation>Acerca de Lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Lieu %1&lt;/h3&gt;&lt;p&gt;Time off in lieu: log hours, approve overtime, spend and expire TOIL. Amounts are kept to the minute; every action is checked by the same core library as the &lt;code&gt;lieuctl&lt;/code&gt; command line.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lieu %1&lt;/h3&gt;&lt;p&gt;Tiempo compensatorio: registrar horas, aprobar horas extra, disfrutar y caducar el tiempo compensatorio. Las cantidades se llevan al minuto; cada acción la comprueba la misma biblioteca central que la línea de órdenes &lt;code&gt;lieuctl&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;Base de datos: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>lieu::ui::MessageBar</name>
    <message>
        <location filename="../ui/common/MessageBar.cpp" line="+26"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the message</source>
        <translation>Descartar el mensaje</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Message</source>
        <translation>Mensaje</translation>
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
        <translation>Ausencias pendientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free for new leave</source>
        <translation>Libre para nuevas ausencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiring soon</source>
        <translation>Caduca pronto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Apply for leave…</source>
        <translation>&amp;Solicitar ausencia…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel the selected application</source>
        <translation>&amp;Cancelar la solicitud seleccionada</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Apply for leave…</source>
        <translation>Solicitar ausencia…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>TOIL lots</source>
        <translation>Asignaciones de tiempo compensatorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No TOIL yet. When your supervisor approves a timesheet with TOIL hours, a lot appears here.</source>
        <translation>Todavía no hay tiempo compensatorio. Cuando su supervisor apruebe una hoja de horas con horas compensatorias, aparecerá aquí una asignación.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave applications</source>
        <translation>Solicitudes de permiso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No leave applications yet.</source>
        <translation>Todavía no hay solicitudes de permiso.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ledger</source>
        <translation>Movimientos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The ledger is empty.</source>
        <translation>Todavía no hay movimientos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TOIL lots: each can be used until its last day</source>
        <translation>Asignaciones de tiempo compensatorio: cada una puede usarse hasta su último día</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave a&amp;pplications</source>
        <translation>Soli&amp;citudes de permiso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le&amp;dger</source>
        <translation>&amp;Movimientos</translation>
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
        <translation>%1 días el %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 days awaiting approval</source>
        <translation>%1 días pendientes de aprobación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>and %1 h from lots not valid yet</source>
        <translation>y %1 h de asignaciones aún no válidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiring in the next %1 days</source>
        <translation>Caduca en los próximos %1 días</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 days; use the first by %2</source>
        <translation>%1 días; use la primera antes del %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing expires soon</source>
        <translation>nada caduca pronto</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Leave application %1 was sent for approval.</source>
        <translation>La solicitud de permiso %1 se ha enviado a aprobación.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancel leave application</source>
        <translation>Cancelar la solicitud de permiso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel %1 (%2 to %3)? The TOIL it holds becomes free again.</source>
        <translation>¿Cancelar %1 (del %2 al %3)? El tiempo compensatorio que reserva vuelve a quedar libre.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 was cancelled.</source>
        <translation>%1 se ha cancelado.</translation>
    </message>
</context>
<context>
    <name>lieu::ui::NotificationBanner</name>
    <message>
        <location filename="../ui/jobs/NotificationBanner.cpp" line="+47"/>
        <source>Review them</source>
        <translation>Revisarlas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>See my balance</source>
        <translation>Ver mi saldo</translation>
    </message>
</context>
<context>
    <name>lieu::ui::NotificationCenter</name>
    <message numerus="yes">
        <location filename="../ui/jobs/NotificationCenter.cpp" line="+56"/>
        <source>%n new timesheet(s) to approve</source>
        <translation>
            <numerusform>%n hoja de horas nueva por aprobar</numerusform>
            <numerusform>%n hojas de horas nuevas por aprobar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new leave application(s) to approve</source>
        <translation>
            <numerusform>%n solicitud de permiso nueva por aprobar</numerusform>
            <numerusform>%n solicitudes de permiso nuevas por aprobar</numerusform>
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
        <translation>a mano (Reintentar)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent %1</source>
        <translation>enviado el %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next attempt</source>
        <translation>Próximo intento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
</context>
<context>
    <name>lieu::ui::PasswordDialog</name>
    <message>
        <location filename="../ui/hr/EmployeeDialogs.cpp" line="+65"/>
        <source>Reset the password of %1</source>
        <translation>Restablecer la contraseña de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 signs in as &quot;%2&quot; with the new password. Tell them in person; Lieu does not send passwords by e-mail.</source>
        <translation>%1 inicia sesión como «%2» con la nueva contraseña. Dígasela en persona; Lieu no envía contraseñas por correo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new password again</source>
        <translation>La nueva contraseña otra vez</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New password:</source>
        <translation>&amp;Nueva contraseña:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least %1 characters.</source>
        <translation>Al menos %1 caracteres.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Set password</source>
        <translation>&amp;Establecer contraseña</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>lieu::ui::RejectDialog</name>
    <message>
        <location filename="../ui/review/RejectDialog.cpp" line="+18"/>
        <source>Reject %1</source>
        <translation>Rechazar %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say why %1 of %2 is rejected. %2 sees this reason and can correct and resend it.</source>
        <translation>Indique por qué se rechaza %1 de %2. %2 verá este motivo y podrá corregir y volver a enviar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Motivo (obligatorio):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason for rejecting %1</source>
        <translation>Motivo del rechazo de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Tuesday&apos;s release night was billed to the client: mark it billable</source>
        <translation>p. ej. La noche de despliegue del martes se facturó al cliente: márquela como facturable</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Re&amp;ject</source>
        <translation>Re&amp;chazar</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Write a reason first</source>
        <translation>Escriba primero un motivo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A rejection needs a reason.</source>
        <translation>Un rechazo necesita un motivo.</translation>
    </message>
</context>
<context>
    <name>lieu::ui::ReviewPage</name>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="+47"/>
        <source>Waiting for your decision</source>
        <translation>Pendiente de su decisión</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;fresh</source>
        <translation>Actua&amp;lizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the queue again</source>
        <translation>Volver a leer la cola</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+272"/>
        <source>C&amp;heck all</source>
        <translation>Mar&amp;car todas</translation>
    </message>
    <message>
        <location line="-271"/>
        <source>Check every timesheet in the list, or uncheck them all</source>
        <translation>Marcar todas las hojas de horas de la lista o desmarcarlas todas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Approve</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve the selected timesheet: its TOIL becomes a lot the employee can use</source>
        <translation>Aprobar la hoja de horas seleccionada: su tiempo compensatorio pasa a ser una asignación que el empleado puede usar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reject…</source>
        <translation>Re&amp;chazar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the selected timesheet back with a reason</source>
        <translation>Devolver la hoja de horas seleccionada con un motivo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Timesheets awaiting your approval</source>
        <translation>Hojas de horas pendientes de su aprobación</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Time logs of the selected timesheet</source>
        <translation>Registros de tiempo de la hoja de horas seleccionada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the TOIL was counted</source>
        <translation>Cómo se calculó el tiempo compensatorio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TOIL calculation details</source>
        <translation>Detalles del cálculo del tiempo compensatorio</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No timesheet of your team is waiting for your approval.</source>
        <translation>Ninguna hoja de horas de su equipo espera su aprobación.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A&amp;pprove leave</source>
        <translation>A&amp;probar ausencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve the selected application: its days are drawn from the employee&apos;s TOIL</source>
        <translation>Aprobar la solicitud seleccionada: sus días se toman del tiempo compensatorio del empleado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;eject leave…</source>
        <translation>R&amp;echazar ausencia…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Leave applications awaiting your approval</source>
        <translation>Solicitudes de permiso pendientes de su aprobación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The employee&apos;s TOIL</source>
        <translation>El tiempo compensatorio del empleado</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No leave application is waiting for your approval.</source>
        <translation>Ninguna solicitud de permiso espera su aprobación.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>&amp;Timesheets (%1)</source>
        <translation>&amp;Hojas de horas (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leave applications (%1)</source>
        <translation>&amp;Solicitudes de permiso (%1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Select a timesheet to see its logs.</source>
        <translation>Seleccione una hoja de horas para ver sus registros.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 · %2 · %3 · %4 hours logged, TOIL %5</source>
        <translation>%1 · %2 · %3 · %4 horas registradas, tiempo compensatorio %5</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select an application to see the employee&apos;s TOIL.</source>
        <translation>Seleccione una solicitud para ver el tiempo compensatorio del empleado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · half day on %1</source>
        <translation> · medio día el %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This application: %1</source>
        <translation>Esta solicitud: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available today: %1</source>
        <translation>Disponible hoy: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held by open applications, this one included: %1</source>
        <translation>Reservado por solicitudes abiertas, incluida esta: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expiring by %1: %2</source>
        <translation>Caduca antes del %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Approve &amp;checked (%1)</source>
        <translation>Aprobar las &amp;marcadas (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unc&amp;heck all</source>
        <translation>Desmar&amp;car todas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 of %2 approved; it earns no TOIL.</source>
        <translation>%1 de %2 aprobada; no genera tiempo compensatorio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 approved: %3 of TOIL in %4, usable until %5.</source>
        <translation>%1 de %2 aprobada: %3 de tiempo compensatorio en %4, utilizable hasta el %5.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+59"/>
        <source>%1 was not approved: %2</source>
        <translation>%1 no se ha aprobado: %2</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Check the timesheets to approve first.</source>
        <translation>Marque primero las hojas de horas que quiere aprobar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 of %2 rejected; they see your reason and can correct and resend it.</source>
        <translation>%1 de %2 rechazada; verá su motivo y podrá corregir y volver a enviar.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 of %2 approved: %3 h drawn from their TOIL.</source>
        <translation>%1 de %2 aprobada: %3 h tomadas de su tiempo compensatorio.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 of %2 rejected; what it held is free again.</source>
        <translation>%1 de %2 rechazada; lo que reservaba vuelve a quedar libre.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
</context>
<context>
    <name>lieu::ui::Screens</name>
    <message>
        <location filename="../ui/screens/Screens.cpp" line="+80"/>
        <source>Thursday&apos;s incident review was for the client: log it as billable and send the week again.</source>
        <translation>La revisión del incidente del jueves era para el cliente: regístrela como facturable y vuelva a enviar la semana.</translation>
    </message>
</context>
<context>
    <name>lieu::ui::SettingsPage</name>
    <message>
        <location filename="../ui/hr/SettingsPage.cpp" line="+57"/>
        <source>Leave type &quot;%1&quot;</source>
        <translation>Tipo de ausencia «%1»</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+57"/>
        <location line="+5"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Days a lot stays valid</source>
        <translation>Días que una asignación sigue siendo válida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each lot is valid for:</source>
        <translation>Cada asignación es válida:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted from the day after the timesheet&apos;s last day. Lots approved earlier keep their dates.</source>
        <translation>Se cuenta desde el día siguiente al último día de la hoja de horas. Las asignaciones aprobadas antes conservan sus fechas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allow a negative balance</source>
        <translation>Permitir saldo negativo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TOIL cannot go negative in Lieu: leave is only granted from TOIL already earned</source>
        <translation>El tiempo compensatorio no puede ser negativo en Lieu: solo se conceden ausencias con tiempo compensatorio ya acumulado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How hours become TOIL</source>
        <translation>Cómo las horas se convierten en tiempo compensatorio</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Accrual policy</source>
        <translation>Regla de acumulación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Policy:</source>
        <translation>&amp;Regla:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours per TOIL day</source>
        <translation>Horas por día compensatorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write 8, 7.5 or 7:30</source>
        <translation>Escriba 8, 7.5 o 7:30</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hours per TOIL day:</source>
        <translation>&amp;Horas por día compensatorio:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekend and holiday multiplier</source>
        <translation>Multiplicador de fines de semana y festivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekend and holiday &amp;multiplier:</source>
        <translation>&amp;Multiplicador de fines de semana y festivos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With the contracted-hours policy, TOIL earned on a weekend day or a holiday counts this much (150 % = 1.5x).</source>
        <translation>Con la regla de horas contratadas, el tiempo compensatorio acumulado en fin de semana o festivo cuenta esto (150 % = 1,5 veces).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Balance cap in hours</source>
        <translation>Tope del saldo en horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance &amp;cap (hours, 0 = none):</source>
        <translation>&amp;Tope del saldo (horas, 0 = ninguno):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a weekend day</source>
        <translation>%1 es día de fin de semana</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Weekend days:</source>
        <translation>Días de fin de semana:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reminders and the organisation</source>
        <translation>Recordatorios y organización</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reminder window in days</source>
        <translation>Plazo de recordatorio en días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail a reminder &amp;before TOIL expires:</source>
        <translation>Enviar un recordatorio por correo &amp;antes de que caduque:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expiring-soon window in days</source>
        <translation>Plazo de «caduca pronto» en días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show TOIL as &quot;expiring soon&quot; within:</source>
        <translation>Mostrar el tiempo compensatorio como «caduca pronto» dentro de:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation name</source>
        <translation>Nombre de la organización</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Organisation name:</source>
        <translation>Nombre de la &amp;organización:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vertir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Settings saved: %1 changed.</source>
        <translation>Ajustes guardados: %1 cambiado(s).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing changed.</source>
        <translation>No ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>lieu::ui::SignInDialog</name>
    <message>
        <location filename="../ui/shell/SignInDialog.cpp" line="+33"/>
        <source>Sign in to Lieu</source>
        <translation>Iniciar sesión en Lieu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Login</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Login:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is the demo organisation: sign in as %1 (HR), %2 (supervisor) or %3 (employee) with the password &quot;%4&quot;.</source>
        <translation>Esta es la organización de demostración: inicie sesión como %1 (RR. HH.), %2 (supervisor) o %3 (empleada) con la contraseña «%4».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type your login first.</source>
        <translation>Escriba primero su usuario.</translation>
    </message>
</context>
<context>
    <name>lieu::ui::SmtpPassword</name>
    <message>
        <location filename="../ui/jobs/SmtpPassword.cpp" line="+50"/>
        <source>no password is stored for this server yet</source>
        <translation>todavía no hay ninguna contraseña guardada para este servidor</translation>
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
        <translation>No facturable</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
</context>
<context>
    <name>lieu::ui::TimesheetListModel</name>
    <message>
        <location filename="../ui/employee/TimesheetListModel.cpp" line="+79"/>
        <source>Rejected: %1</source>
        <translation>Rechazada: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Timesheet</source>
        <translation>Hoja de horas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TOIL hours</source>
        <translation>Horas de tiempo compensatorio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TOIL days</source>
        <translation>Días compensatorios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TOIL status</source>
        <translation>Estado del tiempo compensatorio</translation>
    </message>
</context>
<context>
    <name>lieu::ui::TimesheetPage</name>
    <message>
        <location filename="../ui/employee/TimesheetPage.cpp" line="+87"/>
        <location line="+1"/>
        <source>Previous week</source>
        <translation>Semana anterior</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Next week</source>
        <translation>Semana siguiente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any day of the week to open; weeks run Monday to Sunday</source>
        <translation>Cualquier día de la semana que quiera abrir; las semanas van de lunes a domingo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Week of</source>
        <translation>&amp;Semana del</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;his week</source>
        <translation>Es&amp;ta semana</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Hours by activity and day</source>
        <translation>Horas por actividad y día</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add row</source>
        <translation>&amp;Añadir fila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove row</source>
        <translation>&amp;Quitar fila</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo %1</source>
        <translation>Deshacer %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo %1</source>
        <translation>Rehacer %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Discard draft</source>
        <translation>&amp;Descartar borrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this Draft or Rejected timesheet</source>
        <translation>Eliminar esta hoja de horas en borrador o rechazada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the hours (%1)</source>
        <translation>Guardar las horas (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+286"/>
        <source>Send for a&amp;pproval</source>
        <translation>Enviar a a&amp;probación</translation>
    </message>
    <message>
        <location line="-274"/>
        <source>TOIL from this timesheet</source>
        <translation>Tiempo compensatorio de esta hoja de horas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>How it is counted</source>
        <translation>Cómo se calcula</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Calculation details</source>
        <translation>Detalles del cálculo</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+9"/>
        <source>My timesheets</source>
        <translation>Mis hojas de horas</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>No timesheets yet. Type your hours in the grid above and save them.</source>
        <translation>Todavía no hay hojas de horas. Escriba sus horas en la cuadrícula de arriba y guárdelas.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Unsaved hours</source>
        <translation>Horas sin guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hours of %1 are not saved yet.</source>
        <translation>Las horas de %1 aún no se han guardado.</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOIL hours: %1</source>
        <translation>Horas de tiempo compensatorio: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 TOIL days at %2 h a day</source>
        <translation>%1 días compensatorios a %2 h por día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h logged in all</source>
        <translation>%1 h registradas en total</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New timesheet, %1</source>
        <translation>Nueva hoja de horas, %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved yet</source>
        <translation>Aún sin guardar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · TOIL: %1</source>
        <translation> · Tiempo compensatorio: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · unsaved changes</source>
        <translation> · cambios sin guardar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rejected by the supervisor: %1
Change the hours and send it again.</source>
        <translation>Rechazada por el supervisor: %1
Cambie las horas y vuelva a enviarla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no reason given)</source>
        <translation>(sin motivo)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;send for approval</source>
        <translation>Volver a enviar a a&amp;probación</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Saved %1: %2 h logged, %3 h TOIL.</source>
        <translation>%1 guardada: %2 h registradas, %3 h de tiempo compensatorio.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 was sent to %2 for approval.</source>
        <translation>%1 se ha enviado a %2 para su aprobación.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Discard timesheet</source>
        <translation>Descartar la hoja de horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard %1 and its hours? This cannot be undone.</source>
        <translation>¿Descartar %1 y sus horas? No se puede deshacer.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 was discarded.</source>
        <translation>%1 se ha descartado.</translation>
    </message>
</context>
<context>
    <name>lieu::ui::TimesheetQueueModel</name>
    <message>
        <location filename="../ui/review/ReviewModels.cpp" line="-140"/>
        <source>Select %1 for approval</source>
        <translation>Seleccionar %1 para aprobar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Checked timesheets are approved together</source>
        <translation>Las hojas de horas marcadas se aprueban juntas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pick</source>
        <translation>Elegir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timesheet</source>
        <translation>Hoja de horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All hours logged (h:mm)</source>
        <translation>Todas las horas registradas (h:mm)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOIL the timesheet earns (h:mm)</source>
        <translation>Tiempo compensatorio que genera la hoja de horas (h:mm)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TOIL hours</source>
        <translation>Horas de tiempo compensatorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOIL in days of the organisation&apos;s TOIL day</source>
        <translation>Tiempo compensatorio en días compensatorios de la organización</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TOIL days</source>
        <translation>Días compensatorios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Enviada</translation>
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
        <translation>Total %1: %2 horas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Activity (type its name)</source>
        <translation>Actividad (escriba su nombre)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Billable hours are paid by a client and do not count as TOIL</source>
        <translation>Las horas facturables las paga un cliente y no cuentan como tiempo compensatorio</translation>
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
        <translation>No facturable</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, %2: %3 hours</source>
        <translation>%1, %2: %3 horas</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 total: %2 hours</source>
        <translation>%1 en total: %2 horas</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Σ</source>
        <translation>Σ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not a working day (weekend or holiday)</source>
        <translation>No es día laborable (fin de semana o festivo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the future: hours can be logged from that day on</source>
        <translation>En el futuro: se podrán registrar horas a partir de ese día</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>remove row</source>
        <translation>quitar fila</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>remove %n rows</source>
        <translation>
            <numerusform>quitar %n fila</numerusform>
            <numerusform>quitar %n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>clear %n cell(s)</source>
        <translation>
            <numerusform>borrar %n celda</numerusform>
            <numerusform>borrar %n celdas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/lieu-screens.cpp" line="+16"/>
        <source>Render Lieu&apos;s windows with the demo data to PNG files.</source>
        <translation>Renderizar las ventanas de Lieu con los datos de demostración en archivos PNG.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder for the PNG files.</source>
        <translation>Carpeta para los archivos PNG.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo&apos;s today (YYYY-MM-DD).</source>
        <translation>El día de hoy de la demo (AAAA-MM-DD).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locale for dates and numbers.</source>
        <translation>Configuración regional para fechas y números.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Render only files starting with this.</source>
        <translation>Renderizar solo los archivos que empiecen así.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--today: &quot;%1&quot; is not a date (YYYY-MM-DD)
</source>
        <translation>--today: «%1» no es una fecha (AAAA-MM-DD)
</translation>
    </message>
</context>
</TS>
