<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Audit</name>
    <message>
        <location filename="../core/Audit.cpp" line="+35"/>
        <source>Only HR can read the audit log</source>
        <translation>Solo RR. HH. puede consultar el registro de auditoría</translation>
    </message>
</context>
<context>
    <name>Auth</name>
    <message>
        <location filename="../core/Auth.cpp" line="+20"/>
        <source>The password library could not start</source>
        <translation>No se pudo iniciar la biblioteca de contraseñas</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not enough memory to hash the password</source>
        <translation>No hay memoria suficiente para calcular el hash de la contraseña</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>password: use at least %1 characters</source>
        <translation>password: use al menos %1 caracteres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>password: at most 1024 characters</source>
        <translation>password: como máximo 1024 caracteres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The login or the password is wrong</source>
        <translation>El usuario o la contraseña no son correctos</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Too many failed sign-ins: the account &quot;%1&quot; is locked for %n more second(s)</source>
        <translation>
            <numerusform>Demasiados inicios de sesión fallidos: la cuenta «%1» está bloqueada %n segundo más</numerusform>
            <numerusform>Demasiados inicios de sesión fallidos: la cuenta «%1» está bloqueada %n segundos más</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The user &quot;%1&quot; (%2) is deactivated</source>
        <translation>El usuario «%1» (%2) está desactivado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only a signed-in employee can change their password</source>
        <translation>Solo un empleado que ha iniciado sesión puede cambiar su contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The current password is wrong</source>
        <translation>La contraseña actual no es correcta</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only HR can reset another person&apos;s password</source>
        <translation>Solo RR. HH. puede restablecer la contraseña de otra persona</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../core/cli/CommandLine.cpp" line="+58"/>
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
        <location line="+42"/>
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
        <location line="+50"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>orden desconocida «%1»</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Database %1 is at schema version %2</source>
        <translation>La base de datos %1 está en la versión de esquema %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database %1 upgraded from schema version %2 to %3</source>
        <translation>Base de datos %1 actualizada de la versión de esquema %2 a la %3</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+36"/>
        <source>timesheet subcommand (create, send, approve, reject, cancel, show, list)</source>
        <translation>suborden de timesheet (create, send, approve, reject, cancel, show, list)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+121"/>
        <location line="+58"/>
        <location line="+55"/>
        <source>EMPLOYEE</source>
        <translation>EMPLEADO</translation>
    </message>
    <message>
        <location line="-224"/>
        <source>%1: &quot;%2&quot; must be DATE,HOURS,billable|non-billable[,ACTIVITY[,DESCRIPTION]]</source>
        <translation>%1: «%2» debe ser FECHA,HORAS,billable|non-billable[,ACTIVIDAD[,DESCRIPCIÓN]]</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: &quot;%2&quot; must be billable or non-billable</source>
        <translation>%1: «%2» debe ser billable o non-billable</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Created %1 for %2 (%3 to %4): %5 h TOIL, %6</source>
        <translation>%1 creada para %2 (del %3 al %4): %5 h de tiempo compensatorio, %6</translation>
    </message>
    <message>
        <location line="+24"/>
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
        <location line="+18"/>
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
        <location line="+21"/>
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
    <message numerus="yes">
        <location line="+51"/>
        <source>%n lot(s) expired</source>
        <translation>
            <numerusform>%n asignación caducada</numerusform>
            <numerusform>%n asignaciones caducadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
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
        <location line="+17"/>
        <source>days: &quot;%1&quot; must be a whole number from 1 to 366</source>
        <translation>days: «%1» debe ser un número entero de 1 a 366</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n reminder(s) queued</source>
        <translation>
            <numerusform>%n recordatorio en cola</numerusform>
            <numerusform>%n recordatorios en cola</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Queued %n reminder(s)</source>
        <translation>
            <numerusform>Puesto en cola %n recordatorio</numerusform>
            <numerusform>Puestos en cola %n recordatorios</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
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

Environment: LIEU_DB, LIEU_USER, LIEU_TODAY, LIEU_LANG stand in for --db, --as, --today, --lang.
Languages: en, de, fr, es, nl; without --lang, the language chosen in the desktop app or the system&apos;s.
Exit status: 0 success, 1 refused by a rule, 2 usage error, 3 database error.
</source>
        <translation>Uso: lieuctl [--db RUTA] [--as USUARIO] [--today AAAA-MM-DD] [--json] [--lang IDIOMA] ORDEN ...

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
  expire                                   la tarea diaria; informa de cuántas asignaciones han caducado
  remind [--days N]                        la tarea semanal; informa de cuántos recordatorios ha puesto en cola
  doctor                                   comprobaciones de la instalación, cada una pass/warn/fail
  whoami                                   con --as: ID de empleado y roles del usuario
  settings list | set CLAVE VALOR          ajustes de la organización (RR. HH.)
  leave-type show | set --expiry-days N    el tipo de ausencia Time Off in Lieu (RR. HH.)
  audit [--doc NOMBRE] [--limit N]         el registro de auditoría (RR. HH.)
  jobs [--limit N]                         las últimas ejecuciones de las tareas en segundo plano

Entorno: LIEU_DB, LIEU_USER, LIEU_TODAY, LIEU_LANG sustituyen a --db, --as, --today, --lang.
Idiomas: en, de, fr, es, nl; sin --lang, el idioma elegido en la aplicación de escritorio o el del sistema.
Código de salida: 0 éxito, 1 rechazado por una regla, 2 error de uso, 3 error de base de datos.
</translation>
    </message>
    <message>
        <location line="+44"/>
        <source> (lieuctl --help lists the commands)</source>
        <translation> (lieuctl --help enumera las órdenes)</translation>
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
    <name>Database</name>
    <message>
        <location filename="../core/Database.cpp" line="+106"/>
        <source>Shared MariaDB/MySQL databases are not available in this build: %1</source>
        <translation>Las bases de datos compartidas MariaDB/MySQL no están disponibles en esta compilación: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database &quot;%1&quot; is not a file</source>
        <translation>La base de datos «%1» no es un archivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database &quot;%1&quot; cannot be read: %2</source>
        <translation>No se puede leer la base de datos «%1»: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a Lieu database (it is not an SQLite file); nothing was changed</source>
        <translation>«%1» no es una base de datos de Lieu (no es un archivo SQLite); no se ha cambiado nada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the folder &quot;%1&quot; for the database</source>
        <translation>No se puede crear la carpeta «%1» para la base de datos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open the database &quot;%1&quot;: %2</source>
        <translation>No se puede abrir la base de datos «%1»: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1&quot; is not a readable Lieu database: %2</source>
        <translation>«%1» no es una base de datos de Lieu legible: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+63"/>
        <source>Database error: %1</source>
        <translation>Error de base de datos: %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The transaction was rolled back because an inner step failed</source>
        <translation>Se ha revertido la transacción porque falló un paso interno</translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+21"/>
        <source>&quot;%1&quot; is not a Lieu database; nothing was changed</source>
        <translation>«%1» no es una base de datos de Lieu; no se ha cambiado nada</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+21"/>
        <source>The database &quot;%1&quot; has schema version %2, newer than this program knows (%3): install a newer Lieu; nothing was changed</source>
        <translation>La base de datos «%1» tiene la versión de esquema %2, más reciente que la que conoce este programa (%3): instale una versión más reciente de Lieu; no se ha cambiado nada</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>The database &quot;%1&quot; has schema version %2; run &quot;lieuctl init&quot; to upgrade it to version %3</source>
        <translation>La base de datos «%1» tiene la versión de esquema %2; ejecute «lieuctl init» para actualizarla a la versión %3</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Migration %1 is missing from this program</source>
        <translation>Falta la migración %1 en este programa</translation>
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
    <name>Directory</name>
    <message>
        <location filename="../core/Directory.cpp" line="+106"/>
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
        <location line="+18"/>
        <source>%1 may not see the records of employee %2</source>
        <translation>%1 no puede ver los registros del empleado %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>id: &quot;%1&quot; is not an employee id (letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, up to 40, e.g. EMP-0001)</source>
        <translation>id: «%1» no es un ID de empleado (letras, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;, hasta 40, p. ej. EMP-0001)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>employee_name: &quot;%1&quot; must be 1 to 200 printable characters</source>
        <translation>employee_name: «%1» debe tener de 1 a 200 caracteres imprimibles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>email: &quot;%1&quot; is not an e-mail address</source>
        <translation>email: «%1» no es una dirección de correo electrónico</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>user_id: &quot;%1&quot; is not a login (letters, digits and . _ @ + -, up to 64)</source>
        <translation>user_id: «%1» no es un usuario válido (letras, dígitos y . _ @ + -, hasta 64)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>hours_per_day: must be from 0 to 24 hours</source>
        <translation>hours_per_day: debe estar entre 0 y 24 horas</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+5"/>
        <source>reports_to: employee %1 does not exist</source>
        <translation>reports_to: el empleado %1 no existe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only HR can add employees</source>
        <translation>Solo RR. HH. puede añadir empleados</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Only HR can edit employees</source>
        <translation>Solo RR. HH. puede editar empleados</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message numerus="yes">
        <location filename="../core/Doctor.cpp" line="+46"/>
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
    <message>
        <location line="+2"/>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n e-mail(s) in Error</source>
        <translation>
            <numerusform>%n correo en estado Error</numerusform>
            <numerusform>%n correos en estado Error</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>I18n</name>
    <message>
        <location filename="../core/I18n.cpp" line="+152"/>
        <source>language: &quot;%1&quot; is not a language Lieu speaks (%2)</source>
        <translation>language: «%1» no es un idioma que hable Lieu (%2)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>--lang needs a value (%1)</source>
        <translation>--lang necesita un valor (%1)</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../core/Jobs.cpp" line="+114"/>
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
</context>
<context>
    <name>Leaves</name>
    <message>
        <location filename="../core/Leaves.cpp" line="+86"/>
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
        <location line="+37"/>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (del %2 al %3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The leave overlaps %1 on %2</source>
        <translation>La ausencia se solapa con %1 el %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 may not apply for leave on behalf of employee %2</source>
        <translation>%1 no puede solicitar un permiso en nombre del empleado %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+97"/>
        <source>reason: at most %1 printable characters</source>
        <translation>reason: como máximo %1 caracteres imprimibles</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Employee %1 is deactivated</source>
        <translation>El empleado %1 está desactivado</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+58"/>
        <source>Insufficient TOIL Balance: the leave needs %1 h (%2 days) but %3 h (%4 days) is available on those days; short by %5 h (%6 days)</source>
        <translation>Saldo de tiempo compensatorio insuficiente: la ausencia necesita %1 h (%2 días), pero esos días hay %3 h (%4 días) disponibles; faltan %5 h (%6 días)</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Nobody can %1 their own leave application (%2)</source>
        <translation>Nadie puede %1 su propia solicitud de permiso (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only the immediate supervisor can %1 this leave application</source>
        <translation>Solo el supervisor directo puede %1 esta solicitud de permiso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee %1 has no supervisor with a login: only HR can %2 this leave application</source>
        <translation>El empleado %1 no tiene supervisor con usuario: solo RR. HH. puede %2 esta solicitud de permiso</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Leave application %1 is %2: only an Open application can be approved</source>
        <translation>La solicitud de permiso %1 está %2: solo se puede aprobar una solicitud abierta (Open)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approve</source>
        <translation>aprobar</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>reason: say why the leave is rejected</source>
        <translation>reason: indique por qué se rechaza la ausencia</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Leave application %1 is %2: only an Open application can be rejected</source>
        <translation>La solicitud de permiso %1 está %2: solo se puede rechazar una solicitud abierta (Open)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reject</source>
        <translation>rechazar</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Only employee %1 can cancel the Open leave application %2</source>
        <translation>Solo el empleado %1 puede cancelar la solicitud de permiso abierta %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the supervisor or HR can cancel the approved leave application %1</source>
        <translation>Solo el supervisor o RR. HH. pueden cancelar la solicitud de permiso aprobada %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Leave application %1 is %2 and cannot be cancelled</source>
        <translation>La solicitud de permiso %1 está %2 y no se puede cancelar</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <location filename="../core/Ledger.cpp" line="+123"/>
        <source>Leave allocation %1 does not exist</source>
        <translation>La asignación %1 no existe</translation>
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
    <name>Settings</name>
    <message>
        <location filename="../core/Settings.cpp" line="+63"/>
        <source>Only HR can change settings</source>
        <translation>Solo RR. HH. puede cambiar los ajustes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>setting: &quot;%1&quot; is not a Lieu setting</source>
        <translation>setting: «%1» no es un ajuste de Lieu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: &quot;%2&quot; must be a whole number from %3 to %4</source>
        <translation>%1: «%2» debe ser un número entero de %3 a %4</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: &quot;%2&quot; must be &quot;seed&quot; or &quot;contracted&quot;</source>
        <translation>%1: «%2» debe ser «seed» o «contracted»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: &quot;%2&quot; must list weekdays 1 (Monday) to 7 (Sunday), e.g. 6,7</source>
        <translation>%1: «%2» debe enumerar días de la semana del 1 (lunes) al 7 (domingo), p. ej. 6,7</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the organisation needs a name of 1 to 200 characters</source>
        <translation>%1: la organización necesita un nombre de 1 a 200 caracteres</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The leave type &quot;%1&quot; is missing: run &quot;lieuctl init&quot;</source>
        <translation>Falta el tipo de ausencia «%1»: ejecute «lieuctl init»</translation>
    </message>
    <message>
        <location line="+11"/>
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
    <name>Timesheets</name>
    <message>
        <location filename="../core/Timesheets.cpp" line="+100"/>
        <source>Timesheet %1 does not exist</source>
        <translation>La hoja de horas %1 no existe</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Only employee %1 can %2 timesheet %3</source>
        <translation>Solo el empleado %1 puede %2 la hoja de horas %3</translation>
    </message>
    <message>
        <location line="+28"/>
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
        <location line="+4"/>
        <source>time log %1: the activity must be at most %2 printable characters</source>
        <translation>registro de tiempo %1: la actividad debe tener como máximo %2 caracteres imprimibles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>time log %1: the description must be at most %2 printable characters</source>
        <translation>registro de tiempo %1: la descripción debe tener como máximo %2 caracteres imprimibles</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: %2 hours logged on one day (%3 in other timesheets); at most 24 hours a day</source>
        <translation>%1: %2 horas registradas en un día (%3 en otras hojas de horas); como máximo 24 horas al día</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 may not create a timesheet for employee %2</source>
        <translation>%1 no puede crear una hoja de horas para el empleado %2</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+22"/>
        <source>edit</source>
        <translation>editar</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Timesheet %1 is %2: only a Draft or Rejected timesheet can be edited</source>
        <translation>La hoja de horas %1 está %2: solo se puede editar una hoja de horas en borrador (Draft) o rechazada (Rejected)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Timesheet %1 is %2: logs can be added only to a Draft</source>
        <translation>La hoja de horas %1 está %2: solo se pueden añadir registros a un borrador (Draft)</translation>
    </message>
    <message>
        <location line="+27"/>
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
        <location line="+12"/>
        <source>Nobody approves their own timesheet: %1 belongs to %2</source>
        <translation>Nadie aprueba su propia hoja de horas: %1 pertenece a %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Timesheet %1 is %2: only a timesheet Awaiting Approval can be approved</source>
        <translation>La hoja de horas %1 está %2: solo se puede aprobar una hoja de horas pendiente de aprobación (Awaiting Approval)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the immediate supervisor can approve this timesheet</source>
        <translation>Solo el supervisor directo puede aprobar esta hoja de horas</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cap: the balance is %1 h and the cap is %2 h, so %3 h accrued and %4 h were not accrued</source>
        <translation>Tope: el saldo es de %1 h y el tope de %2 h, así que se acumularon %3 h y %4 h no</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>reason: say why the timesheet is rejected</source>
        <translation>reason: indique por qué se rechaza la hoja de horas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reason: at most %1 printable characters</source>
        <translation>reason: como máximo %1 caracteres imprimibles</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Timesheet %1 is %2: only a timesheet Awaiting Approval can be rejected</source>
        <translation>La hoja de horas %1 está %2: solo se puede rechazar una hoja de horas pendiente de aprobación (Awaiting Approval)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the immediate supervisor can reject this timesheet</source>
        <translation>Solo el supervisor directo puede rechazar esta hoja de horas</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>discard</source>
        <translation>descartar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only HR or the supervisor who approved it can cancel timesheet %1</source>
        <translation>Solo RR. HH. o el supervisor que la aprobó pueden cancelar la hoja de horas %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot cancel timesheet - TOIL consumed by %1: cancel those leave applications first</source>
        <translation>No se puede cancelar la hoja de horas - tiempo compensatorio consumido por %1: cancele primero esas solicitudes de permiso</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Timesheet %1 is %2 and cannot be cancelled</source>
        <translation>La hoja de horas %1 está %2 y no se puede cancelar</translation>
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
        <location line="+22"/>
        <source>Only HR can change the holiday list</source>
        <translation>Solo RR. HH. puede cambiar la lista de festivos</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>holiday_date: the date is missing</source>
        <translation>holiday_date: falta la fecha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>description: at most 200 characters</source>
        <translation>description: como máximo 200 caracteres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>holiday_date: %1 is already a holiday</source>
        <translation>holiday_date: %1 ya es festivo</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is not on the holiday list</source>
        <translation>%1 no está en la lista de festivos</translation>
    </message>
</context>
</TS>
