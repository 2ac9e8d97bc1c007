<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>cli</name>
    <message>
        <source>Nothing was sent to Exchange. Correct the settings and run again.
</source>
        <translation>No se envió nada a Exchange. Corrija la configuración y vuelva a ejecutarlo.
</translation>
    </message>
    <message>
        <source>true or false (without quotes)</source>
        <translation>true o false (sin comillas)</translation>
    </message>
    <message>
        <source>a string in double quotes</source>
        <translation>una cadena entre comillas dobles</translation>
    </message>
    <message>
        <source>a list of strings such as [&quot;EX01&quot;, &quot;EX02&quot;]</source>
        <translation>una lista de cadenas como [&quot;EX01&quot;, &quot;EX02&quot;]</translation>
    </message>
    <message>
        <source>a JSON value</source>
        <translation>un valor JSON</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>the boolean %1</source>
        <translation>el booleano %1</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>el número %1</translation>
    </message>
    <message>
        <source>the string &quot;%1&quot;</source>
        <translation>la cadena &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>an undefined value</source>
        <translation>un valor indefinido</translation>
    </message>
    <message>
        <source>Write &quot;%1&quot;: %2 without quotes.</source>
        <translation>Escriba &quot;%1&quot;: %2 sin comillas.</translation>
    </message>
    <message>
        <source>Write &quot;%1&quot;: true or &quot;%1&quot;: false.</source>
        <translation>Escriba &quot;%1&quot;: true o &quot;%1&quot;: false.</translation>
    </message>
    <message>
        <source>Put the value in double quotes, e.g. &quot;%1&quot;: &quot;%2&quot;.</source>
        <translation>Ponga el valor entre comillas dobles, p. ej. &quot;%1&quot;: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Write &quot;%1&quot;: &quot;…&quot;.</source>
        <translation>Escriba &quot;%1&quot;: &quot;…&quot;.</translation>
    </message>
    <message>
        <source>Write a list, e.g. &quot;%1&quot;: [&quot;%2&quot;].</source>
        <translation>Escriba una lista, p. ej. &quot;%1&quot;: [&quot;%2&quot;].</translation>
    </message>
    <message>
        <source>Write a list of strings, e.g. &quot;%1&quot;: [&quot;EX01&quot;, &quot;EX02&quot;].</source>
        <translation>Escriba una lista de cadenas, p. ej. &quot;%1&quot;: [&quot;EX01&quot;, &quot;EX02&quot;].</translation>
    </message>
    <message>
        <source>securestore-setup: no command given and this build has no wizard.</source>
        <translation>securestore-setup: no se indicó ningún comando y esta compilación no incluye el asistente.</translation>
    </message>
    <message>
        <source>securestore-setup: an empty argument was given where a command was expected. Commands: %1.</source>
        <translation>securestore-setup: se indicó un argumento vacío donde se esperaba un comando. Comandos: %1.</translation>
    </message>
    <message>
        <source>securestore-setup: unknown command &apos;%1&apos; — did you mean &apos;%2&apos;?</source>
        <translation>securestore-setup: comando desconocido «%1»; ¿quiso decir «%2»?</translation>
    </message>
    <message>
        <source>securestore-setup: unknown command &apos;%1&apos;. Commands: %2; see securestore-setup --help.</source>
        <translation>securestore-setup: comando desconocido «%1». Comandos: %2; consulte securestore-setup --help.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command; see securestore-setup --help.</source>
        <translation>«%1» no es un comando; consulte securestore-setup --help.</translation>
    </message>
    <message>
        <source>This build has no wizard; use a command (%1). See securestore-setup --help.</source>
        <translation>Esta compilación no incluye el asistente; use un comando (%1). Consulte securestore-setup --help.</translation>
    </message>
    <message>
        <source>The wizard cannot open a window: %1. Use the command line instead, e.g. securestore-setup plan --server URL … (securestore-setup --help lists the commands), or run the wizard in a desktop session.</source>
        <translation>El asistente no puede abrir una ventana: %1. Use en su lugar la línea de comandos, p. ej. securestore-setup plan --server URL … (securestore-setup --help enumera los comandos), o ejecute el asistente en una sesión de escritorio.</translation>
    </message>
    <message>
        <source>See securestore-setup %1 --help.</source>
        <translation>Consulte securestore-setup %1 --help.</translation>
    </message>
    <message>
        <source>Interrupted before connecting; nothing was sent.</source>
        <translation>Interrumpido antes de conectar; no se envió nada.</translation>
    </message>
    <message>
        <source>securestore-setup: the password on standard input is longer than %1 characters; nothing was sent. Check what is piped in (one line: the password).</source>
        <translation>securestore-setup: la contraseña de la entrada estándar tiene más de %1 caracteres; no se envió nada. Compruebe lo que se pasa por la canalización (una línea: la contraseña).</translation>
    </message>
    <message>
        <source>securestore-setup: --password-stdin read an empty password; nothing was sent.</source>
        <translation>securestore-setup: --password-stdin leyó una contraseña vacía; no se envió nada.</translation>
    </message>
    <message>
        <source>this help (after a command: that command&apos;s help)</source>
        <translation>esta ayuda (después de un comando: la ayuda de ese comando)</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>mostrar la versión</translation>
    </message>
    <message>
        <source>--trust-fingerprint needs the certificate&apos;s SHA-256 fingerprint: 64 hex digits (colons allowed).</source>
        <translation>--trust-fingerprint necesita la huella digital SHA-256 del certificado: 64 dígitos hexadecimales (se admiten dos puntos).</translation>
    </message>
    <message>
        <source>--auth must be kerberos, ntlm or basic, not &quot;%1&quot;.</source>
        <translation>--auth debe ser kerberos, ntlm o basic, no «%1».</translation>
    </message>
</context>
<context>
    <name>cli::AnswersFile</name>
    <message>
        <source>Cannot read the answers file %1: %2</source>
        <translation>No se puede leer el archivo de respuestas %1: %2</translation>
    </message>
    <message>
        <source>The answers file %1 is larger than 1 MB; it should hold a few settings.</source>
        <translation>El archivo de respuestas %1 ocupa más de 1 MB; debería contener solo unos pocos ajustes.</translation>
    </message>
    <message>
        <source>The answers file %1 must hold one JSON object such as {&quot;journalAddress&quot;: &quot;…&quot;, &quot;ndrMailbox&quot;: &quot;…&quot;}, not %2.</source>
        <translation>El archivo de respuestas %1 debe contener un objeto JSON como {&quot;journalAddress&quot;: &quot;…&quot;, &quot;ndrMailbox&quot;: &quot;…&quot;}, no %2.</translation>
    </message>
    <message>
        <source>an empty file</source>
        <translation>un archivo vacío</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>un valor suelto</translation>
    </message>
    <message>
        <source>The answers file %1 is not valid JSON: %2 at line %3, column %4. Check the quotes, colons and commas there.</source>
        <translation>El archivo de respuestas %1 no es JSON válido: %2 en la línea %3, columna %4. Revise allí las comillas, los dos puntos y las comas.</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>The answers file %1 gives &quot;%2&quot; twice (lines %3 and %4); keep one.</source>
        <translation>El archivo de respuestas %1 indica &quot;%2&quot; dos veces (líneas %3 y %4); deje solo una.</translation>
    </message>
    <message>
        <source>The answers file must not contain a password; use --password-stdin.</source>
        <translation>El archivo de respuestas no debe contener una contraseña; use --password-stdin.</translation>
    </message>
    <message>
        <source>The answers file %1 has an unknown key &quot;%2&quot;; did you mean &quot;%3&quot;?</source>
        <translation>El archivo de respuestas %1 tiene una clave desconocida &quot;%2&quot;; ¿quiso decir &quot;%3&quot;?</translation>
    </message>
    <message>
        <source>The answers file %1 has an unknown key &quot;%2&quot;. Known keys: %3.</source>
        <translation>El archivo de respuestas %1 tiene una clave desconocida &quot;%2&quot;. Claves conocidas: %3.</translation>
    </message>
    <message>
        <source>The answers file %1: &quot;%2&quot; must be %3, not %4. %5</source>
        <translation>Archivo de respuestas %1: &quot;%2&quot; debe ser %3, no %4. %5</translation>
    </message>
    <message>
        <source>The answers file %1: &quot;auth&quot; must be &quot;kerberos&quot;, &quot;ntlm&quot; or &quot;basic&quot;, not &quot;%2&quot;.</source>
        <translation>Archivo de respuestas %1: &quot;auth&quot; debe ser &quot;kerberos&quot;, &quot;ntlm&quot; o &quot;basic&quot;, no &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>cli::CliOptions</name>
    <message>
        <source>Passwords are never accepted on the command line; use --user NAME --password-stdin and pipe the password in.</source>
        <translation>Nunca se aceptan contraseñas en la línea de comandos; use --user NOMBRE --password-stdin y pase la contraseña por una tubería.</translation>
    </message>
    <message>
        <source>Use either --remote-domain-name or --no-remote-domain, not both.</source>
        <translation>Use --remote-domain-name o --no-remote-domain, no ambos.</translation>
    </message>
    <message>
        <source>--source-servers needs --smarthost (the connector is only created when a smart host is given).</source>
        <translation>--source-servers necesita --smarthost (el conector solo se crea cuando se indica un host inteligente).</translation>
    </message>
    <message>
        <source>--password-stdin needs --user NAME.</source>
        <translation>--password-stdin necesita --user NOMBRE.</translation>
    </message>
    <message>
        <source>--journal is only for undo.</source>
        <translation>--journal solo sirve para undo.</translation>
    </message>
    <message>
        <source>--server URL is required, e.g. --server http://ex01.contoso.com/PowerShell</source>
        <translation>Se requiere --server URL, p. ej. --server http://ex01.contoso.com/PowerShell</translation>
    </message>
    <message>
        <source>--server needs an http:// or https:// URL such as http://ex01.contoso.com/PowerShell, not &quot;%1&quot;.</source>
        <translation>--server necesita una URL http:// o https:// como http://ex01.contoso.com/PowerShell, no «%1».</translation>
    </message>
    <message>
        <source>Basic authentication sends the password in clear text; use an https:// URL or --auth kerberos/ntlm.</source>
        <translation>La autenticación básica envía la contraseña en texto claro; use una URL https:// o --auth kerberos/ntlm.</translation>
    </message>
    <message>
        <source>--wait needs a duration such as 90s, 5m or 1h, not &quot;%1&quot;.</source>
        <translation>--wait necesita una duración como 90s, 5m o 1h, no «%1».</translation>
    </message>
    <message>
        <source>--since needs an ISO 8601 time such as 2026-11-30T07:00:00Z or a duration ago such as 2h, not &quot;%1&quot;.</source>
        <translation>--since necesita una fecha y hora ISO 8601 como 2026-11-30T07:00:00Z o una duración hacia atrás como 2h, no «%1».</translation>
    </message>
    <message>
        <source>--since and --wait are only for check.</source>
        <translation>--since y --wait son solo para check.</translation>
    </message>
    <message>
        <source>the Exchange server, e.g. http://ex01.contoso.com/PowerShell</source>
        <translation>el servidor de Exchange, p. ej. http://ex01.contoso.com/PowerShell</translation>
    </message>
    <message>
        <source>how to sign in (default kerberos: your ticket)</source>
        <translation>cómo iniciar sesión (predeterminado kerberos: su vale)</translation>
    </message>
    <message>
        <source>sign in as NAME (with --password-stdin)</source>
        <translation>iniciar sesión como NAME (con --password-stdin)</translation>
    </message>
    <message>
        <source>read the password from the first line of standard input</source>
        <translation>leer la contraseña de la primera línea de la entrada estándar</translation>
    </message>
    <message>
        <source>accept exactly this server certificate (SHA-256, colons allowed)</source>
        <translation>aceptar exactamente este certificado del servidor (SHA-256, se admiten dos puntos)</translation>
    </message>
    <message>
        <source>the journaling address from the Mailprotector Console</source>
        <translation>la dirección de diario de la Mailprotector Console</translation>
    </message>
    <message>
        <source>the mailbox for undeliverable journal reports</source>
        <translation>el buzón para informes de diario no entregables</translation>
    </message>
    <message>
        <source>the journal rule&apos;s name</source>
        <translation>el nombre de la regla de diario</translation>
    </message>
    <message>
        <source>the remote domain&apos;s name (winmail.dat protection)</source>
        <translation>el nombre del dominio remoto (protección frente a winmail.dat)</translation>
    </message>
    <message>
        <source>do not add a remote domain</source>
        <translation>no agregar un dominio remoto</translation>
    </message>
    <message>
        <source>add a send connector to this smart host (only when given)</source>
        <translation>agregar un conector de envío a este host inteligente (solo si se indica)</translation>
    </message>
    <message>
        <source>the connector&apos;s source transport servers</source>
        <translation>los servidores de transporte de origen del conector</translation>
    </message>
    <message>
        <source>the same settings as a file (flags override it)</source>
        <translation>la misma configuración en un archivo (las opciones la sustituyen)</translation>
    </message>
    <message>
        <source>(undo) the change journal to roll back; default: the latest</source>
        <translation>(undo) el diario de cambios que se revierte; predeterminado: el más reciente</translation>
    </message>
    <message>
        <source>(check) ISO 8601 time, or a duration ago (2h, 1d)</source>
        <translation>(check) fecha y hora ISO 8601, o una duración hacia atrás (2h, 1d)</translation>
    </message>
    <message>
        <source>(check) wait this long for a journal report (90s, 5m)</source>
        <translation>(check) cuánto esperar un informe de diario (90s, 5m)</translation>
    </message>
    <message>
        <source>machine-readable result on stdout</source>
        <translation>resultado legible por máquina en stdout</translation>
    </message>
    <message>
        <source>print requests, bytes and elapsed time on stderr at the end</source>
        <translation>mostrar al final en stderr las solicitudes, los bytes y el tiempo transcurrido</translation>
    </message>
    <message>
        <source>apply or undo without asking</source>
        <translation>aplicar o deshacer sin preguntar</translation>
    </message>
    <message>
        <source>language: de, es or en</source>
        <translation>idioma: de, es o en</translation>
    </message>
    <message>
        <source>Usage: securestore-setup %1 [options]</source>
        <translation>Uso: securestore-setup %1 [opciones]</translation>
    </message>
    <message>
        <source>Usage: securestore-setup &lt;command&gt; [options]</source>
        <translation>Uso:   securestore-setup &lt;comando&gt; [opciones]</translation>
    </message>
    <message>
        <source>       securestore-setup [--server URL] [--trust-fingerprint HEX] [--lang xx]   (the wizard)</source>
        <translation>       securestore-setup [--server URL] [--trust-fingerprint HEX] [--lang xx]   (el asistente)</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>Exit codes: 0 done or nothing to change; 1 failed; 2 bad usage or invalid input (nothing was sent); 3 a conflict that needs a decision; 4 (check) not yet proven; 130 interrupted (Ctrl-C: stops after the step in flight; a second Ctrl-C aborts at once).</source>
        <translation>Códigos de salida: 0 hecho o nada que cambiar; 1 error; 2 uso incorrecto o entrada no válida (no se envió nada); 3 un conflicto que requiere una decisión; 4 (check) aún sin confirmar; 130 interrumpido (Ctrl+C: se detiene tras el paso en curso; un segundo Ctrl+C aborta de inmediato).</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No se indicó ningún comando.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando desconocido «%1».</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>Opción desconocida «%1»; ¿quiso decir «%2»?</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;. See securestore-setup %2 --help.</source>
        <translation>Opción desconocida «%1». Consulte securestore-setup %2 --help.</translation>
    </message>
    <message>
        <source>An empty argument was given after &quot;%1&quot;. Remove it, or give the option before it a value.</source>
        <translation>Se indicó un argumento vacío después de «%1». Quítelo o dé un valor a la opción anterior.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;: %2 takes only options (--name value).</source>
        <translation>Argumento inesperado «%1»: %2 solo admite opciones (--nombre valor).</translation>
    </message>
    <message>
        <source>--%1 was given %2 times; give it once.</source>
        <translation>--%1 se indicó %2 veces; indíquelo solo una vez.</translation>
    </message>
    <message>
        <source>--timeout needs a whole number of seconds from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--timeout necesita un número entero de segundos entre 1 y %1, no «%2».</translation>
    </message>
    <message>
        <source>The server URL must not contain a user name or password (%1). Use --user NAME --password-stdin and pipe the password in.</source>
        <translation>La URL del servidor no debe contener un nombre de usuario ni una contraseña (%1). Use --user NOMBRE --password-stdin y pase la contraseña por una canalización.</translation>
    </message>
    <message>
        <source>--auth basic needs --user NAME --password-stdin.</source>
        <translation>--auth basic necesita --user NOMBRE --password-stdin.</translation>
    </message>
    <message>
        <source>No password was given: --auth basic needs the password on standard input with --password-stdin (e.g. echo &quot;$PW&quot; | securestore-setup %1 … --user %2 --password-stdin).</source>
        <translation>No se indicó ninguna contraseña: --auth basic necesita la contraseña en la entrada estándar con --password-stdin (p. ej. echo &quot;$PW&quot; | securestore-setup %1 … --user %2 --password-stdin).</translation>
    </message>
    <message>
        <source>each request&apos;s deadline: give up on one not fully answered after SECONDS (default 120); apply then stops its changes after the step in flight and reads that step back</source>
        <translation>plazo de cada solicitud: abandonar una que no se haya respondido por completo tras SECONDS segundos (predeterminado: 120); apply detiene entonces sus cambios tras el paso en curso y vuelve a leer ese paso</translation>
    </message>
</context>
<context>
    <name>cli::CliReport</name>
    <message>
        <source>invalid %1: %2</source>
        <translation>%1 no válido: %2</translation>
    </message>
    <message>
        <source>missing management roles: %1 (ask an Organization Management member to assign them; nothing was changed)</source>
        <translation>faltan roles de administración: %1 (pida a un miembro de Organization Management que los asigne; no se cambió nada)</translation>
    </message>
    <message>
        <source>    found: %1</source>
        <translation>    encontrado: %1</translation>
    </message>
    <message>
        <source>    plan:  %1</source>
        <translation>    plan:  %1</translation>
    </message>
    <message>
        <source>    conflict: %1</source>
        <translation>    conflicto: %1</translation>
    </message>
    <message>
        <source>    to resolve: %1</source>
        <translation>    para resolverlo: %1</translation>
    </message>
    <message>
        <source>    warning: %1</source>
        <translation>    advertencia: %1</translation>
    </message>
    <message>
        <source>Exchange: %1 %2 on %3</source>
        <translation>Exchange: %1 %2 en %3</translation>
    </message>
    <message>
        <source>Journal rules: %1; remote domains: %2; send connectors: %3; transport servers: %4</source>
        <translation>Reglas de diario: %1; dominios remotos: %2; conectores de envío: %3; servidores de transporte: %4</translation>
    </message>
    <message>
        <source>Management roles: all needed roles are granted</source>
        <translation>Roles de administración: se conceden todos los roles necesarios</translation>
    </message>
    <message>
        <source>Missing management roles: %1 (cmdlets: %2)</source>
        <translation>Faltan roles de administración: %1 (cmdlets: %2)</translation>
    </message>
    <message>
        <source>Read error: %1</source>
        <translation>Error de lectura: %1</translation>
    </message>
    <message>
        <source>Exchange: version unknown (Get-ExchangeServer could not be read; see the roles below)</source>
        <translation>Exchange: versión desconocida (no se pudo leer Get-ExchangeServer; consulte los roles a continuación)</translation>
    </message>
    <message>
        <source>evidence: %1</source>
        <translation>evidencia: %1</translation>
    </message>
    <message>
        <source>what to do: %1</source>
        <translation>qué hacer: %1</translation>
    </message>
    <message>
        <source>command (not run by this check): %1</source>
        <translation>comando (esta comprobación no lo ejecuta): %1</translation>
    </message>
</context>
<context>
    <name>cli::CliRun</name>
    <message>
        <source>No change journal found in %1; pass --journal FILE.</source>
        <translation>No se encontró ningún diario de cambios en %1; indique --journal ARCHIVO.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Undoing the changes recorded in %1</source>
        <translation>Deshaciendo los cambios registrados en %1</translation>
    </message>
    <message>
        <source>Protocol %1, PowerShell %2, serialization %3%4</source>
        <translation>Protocolo %1, PowerShell %2, serialización %3%4</translation>
    </message>
    <message>
        <source>, build %1</source>
        <translation>, compilación %1</translation>
    </message>
    <message>
        <source>Reading the Exchange configuration…</source>
        <translation>Leyendo la configuración de Exchange…</translation>
    </message>
    <message>
        <source>Round trip (discovery pipeline): %1 ms</source>
        <translation>Ida y vuelta (canalización de detección): %1 ms</translation>
    </message>
    <message>
        <source>Invalid input: nothing was changed. Correct the settings above and run again.</source>
        <translation>Entrada no válida: no se cambió nada. Corrija la configuración anterior y vuelva a ejecutarlo.</translation>
    </message>
    <message>
        <source>Missing management roles: %1. Nothing was changed.</source>
        <translation>Faltan roles de administración: %1. No se cambió nada.</translation>
    </message>
    <message>
        <source>A conflict needs your decision (see &quot;to resolve&quot; above). Nothing was changed.</source>
        <translation>Un conflicto requiere su decisión (vea «para resolverlo» arriba). No se cambió nada.</translation>
    </message>
    <message>
        <source>Run apply to make these changes.</source>
        <translation>Ejecute apply para realizar estos cambios.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nada que cambiar.</translation>
    </message>
    <message>
        <source>Verification failed: the configuration differs from the settings (see the steps above). Run apply to fix it.</source>
        <translation>La verificación falló: la configuración difiere de la indicada (vea los pasos anteriores). Ejecute apply para corregirla.</translation>
    </message>
    <message>
        <source>Verified: the live configuration matches the settings.</source>
        <translation>Verificado: la configuración actual coincide con la indicada.</translation>
    </message>
    <message>
        <source>Apply these changes to %1? [y/N] </source>
        <translation>¿Aplicar estos cambios en %1? [s/N] </translation>
    </message>
    <message>
        <source>Nothing was changed (not confirmed; pass --yes to apply without asking).</source>
        <translation>No se cambió nada (no se confirmó; pase --yes para aplicar sin preguntar).</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>Change journal: %1</source>
        <translation>Diario de cambios: %1</translation>
    </message>
    <message>
        <source>Undone and verified.</source>
        <translation>Deshecho y verificado.</translation>
    </message>
    <message>
        <source>Done: every change was verified.</source>
        <translation>Hecho: se verificó cada cambio.</translation>
    </message>
    <message>
        <source>Log: %1</source>
        <translation>Registro: %1</translation>
    </message>
    <message>
        <source>Missing management roles: %1.</source>
        <translation>Roles de administración que faltan: %1.</translation>
    </message>
    <message>
        <source>Checking that journal reports reach the archive (read-only)…</source>
        <translation>Comprobando que los informes de diario llegan al archivo (solo lectura)…</translation>
    </message>
    <message>
        <source>Configuration:</source>
        <translation>Configuración:</translation>
    </message>
    <message>
        <source>Queues: not read.</source>
        <translation>Colas: no leídas.</translation>
    </message>
    <message>
        <source>Queues (%1):</source>
        <translation>Colas (%1):</translation>
    </message>
    <message>
        <source>Waiting up to %1 s for the first journal report to leave (since %2)…</source>
        <translation>Esperando hasta %1 s a que salga el primer informe de diario (desde %2)…</translation>
    </message>
    <message>
        <source>Delivery (message tracking since %1):</source>
        <translation>Entrega (seguimiento de mensajes desde %1):</translation>
    </message>
    <message>
        <source>To finish the undo, run it again: %1</source>
        <translation>Para terminar de deshacer, vuelva a ejecutarlo: %1</translation>
    </message>
    <message>
        <source>To roll back what this run changed: %1</source>
        <translation>Para revertir lo que cambió esta ejecución: %1</translation>
    </message>
    <message>
        <source>Interrupted: nothing was changed.</source>
        <translation>Interrumpido: no se cambió nada.</translation>
    </message>
    <message>
        <source>Interrupted: the undo stopped after the step in flight; the steps marked Verified above were undone.</source>
        <translation>Interrumpido: el deshacer se detuvo tras el paso en curso; se deshicieron los pasos marcados arriba como Verified.</translation>
    </message>
    <message>
        <source>Interrupted: stopped after the step in flight; the steps marked Verified above were made, later steps were not attempted.</source>
        <translation>Interrumpido: se detuvo tras el paso en curso; se realizaron los pasos marcados arriba como Verified y no se intentaron los siguientes.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>Stopped at the failed step; later steps were not attempted. %1</source>
        <translation>Detenido en el paso que falló; no se intentaron los pasos siguientes. %1</translation>
    </message>
    <message>
        <source>Stopped at the failed step; later steps were not attempted. To roll back: %1</source>
        <translation>Detenido en el paso que falló; no se intentaron los pasos siguientes. Para revertir: %1</translation>
    </message>
    <message>
        <source>Interrupted: the check stopped early (it changes nothing).</source>
        <translation>Interrumpido: la comprobación terminó antes de tiempo (no cambia nada).</translation>
    </message>
    <message>
        <source>open a session</source>
        <translation>abrir una sesión</translation>
    </message>
    <message>
        <source>answer %1</source>
        <translation>responder a %1</translation>
    </message>
    <message>
        <source>delete the remote shell</source>
        <translation>eliminar el shell remoto</translation>
    </message>
    <message>
        <source>still waiting for %1 to %2 (%3 s)…</source>
        <translation>todavía esperando a que %1 termine de %2 (%3 s)…</translation>
    </message>
    <message>
        <source>%1 did not %2 within %3 s (--timeout %3).</source>
        <translation>%1 no logró %2 en %3 s (--timeout %3).</translation>
    </message>
    <message>
        <source>The step in flight, %1, is unconfirmed: it may or may not have been made. Run verify to see the live configuration.</source>
        <translation>El paso en curso, «%1», no está confirmado: puede que se haya realizado o no. Ejecute verify para ver la configuración actual.</translation>
    </message>
    <message>
        <source>The remote shell on %1 was not deleted (the connection is still waiting); the server removes it when it times out.</source>
        <translation>El shell remoto en %1 no se eliminó (la conexión sigue esperando); el servidor lo quita cuando caduca.</translation>
    </message>
    <message>
        <source>Interrupted while reading the configuration: nothing was changed.</source>
        <translation>Interrumpido mientras se leía la configuración: no se cambió nada.</translation>
    </message>
    <message>
        <source>Interrupted: finishing the step in flight and reading it back, then stopping (interrupt again to stop at once).</source>
        <translation>Interrumpido: terminando el paso en curso y volviéndolo a leer; después se detendrá (interrumpa de nuevo para detenerlo de inmediato).</translation>
    </message>
    <message>
        <source>Interrupted again: stopping at once.</source>
        <translation>Interrumpido de nuevo: deteniendo de inmediato.</translation>
    </message>
    <message>
        <source>The step in flight, %1, is unconfirmed: it may or may not have been made.</source>
        <translation>El paso en curso, «%1», no está confirmado: puede que se haya realizado o no.</translation>
    </message>
    <message>
        <source>The remote shell on %1 was not deleted; the server removes it when it times out.</source>
        <translation>El shell remoto en %1 no se eliminó; el servidor lo quita cuando caduca.</translation>
    </message>
    <message>
        <source>y,yes</source>
        <comment>the lower-case answers meaning yes to the [y/N] questions, comma-separated; the first one is the letter the translated questions show</comment>
        <translation>s,sí,si</translation>
    </message>
    <message>
        <source>Undo the changes recorded in %1 on %2? [y/N] </source>
        <translation>¿Deshacer en %2 los cambios registrados en %1? [s/N] </translation>
    </message>
    <message>
        <source>Interrupted: nothing was undone.</source>
        <translation>Interrumpido: no se deshizo nada.</translation>
    </message>
    <message>
        <source>Nothing was undone (not confirmed; pass --yes to undo without asking).</source>
        <translation>No se deshizo nada (no se confirmó; pase --yes para deshacer sin preguntar).</translation>
    </message>
    <message>
        <source>Undo refused (see the steps marked Refused above). Nothing was undone.</source>
        <translation>Deshacer rechazado (vea los pasos marcados arriba como Refused). No se deshizo nada.</translation>
    </message>
    <message>
        <source>Cancelled; the steps above marked Verified were made, those marked Skipped were not.</source>
        <translation>Cancelado; se realizaron los pasos marcados arriba como Verified, y no los marcados como Skipped.</translation>
    </message>
    <message>
        <source>The changes ended without a confirmed outcome; the steps marked Failed above may or may not have been made (run verify). To roll back: %1</source>
        <translation>Los cambios terminaron sin un resultado confirmado; puede que los pasos marcados arriba como Failed se hayan realizado o no (ejecute verify). Para revertirlos: %1</translation>
    </message>
    <message>
        <source>Stopped after --timeout: %1 took longer than %2 s, so the changes were stopped after the step in flight.</source>
        <translation>Detenido tras --timeout: %1 tardó más de %2 s, así que los cambios se detuvieron tras el paso en curso.</translation>
    </message>
    <message>
        <source>Stopped after --timeout: %1 took longer than %2 s, and the stop was not confirmed.</source>
        <translation>Detenido tras --timeout: %1 tardó más de %2 s, y la detención no se confirmó.</translation>
    </message>
    <message>
        <source>The steps marked Verified above were made.</source>
        <translation>Los pasos marcados arriba como «Verificado» se realizaron.</translation>
    </message>
    <message>
        <source>The steps marked Skipped were not attempted.</source>
        <translation>Los pasos marcados como «Omitido» no se intentaron.</translation>
    </message>
    <message>
        <source>The steps marked Failed may or may not have been made: run verify.</source>
        <translation>Los pasos marcados como «Error» pueden haberse realizado o no: ejecute verify.</translation>
    </message>
    <message>
        <source>stop the changes and read back the step in flight</source>
        <translation>detener los cambios y volver a leer el paso en curso</translation>
    </message>
    <message>
        <source>%1 did not %2 within %3 s either.</source>
        <translation>%1 tampoco logró %2 en %3 s.</translation>
    </message>
    <message>
        <source>The server did not confirm the stop, so the steps after it may still be made.</source>
        <translation>El servidor no confirmó la detención, así que los pasos posteriores todavía pueden realizarse.</translation>
    </message>
    <message>
        <source>Stopping the changes: the step in flight, %1, is read back once the server has ended it, and the steps after it are not made (waiting at most %2 s).</source>
        <translation>Deteniendo los cambios: el paso en curso, %1, se vuelve a leer cuando el servidor lo haya terminado, y los pasos posteriores no se realizan (espera máxima: %2 s).</translation>
    </message>
    <message>
        <source>Interrupted: already stopping after the step in flight (interrupt again to stop at once).</source>
        <translation>Interrumpido: ya se está deteniendo tras el paso en curso (interrumpa de nuevo para detenerse de inmediato).</translation>
    </message>
</context>
<context>
    <name>cli::GuiDisplay</name>
    <message>
        <source>there is no display (DISPLAY and WAYLAND_DISPLAY are not set)</source>
        <translation>no hay pantalla (DISPLAY y WAYLAND_DISPLAY no están definidas)</translation>
    </message>
    <message>
        <source>there is no display for QT_QPA_PLATFORM=%1</source>
        <translation>no hay pantalla para QT_QPA_PLATFORM=%1</translation>
    </message>
</context>
<context>
    <name>cli::Subcommand</name>
    <message>
        <source>read the configuration and show what apply would change</source>
        <translation>leer la configuración y mostrar lo que cambiaría apply</translation>
    </message>
    <message>
        <source>make the changes, read each one back, write a change journal</source>
        <translation>realizar los cambios, volver a leer cada uno y escribir un diario de cambios</translation>
    </message>
    <message>
        <source>exit 0 when the live configuration matches</source>
        <translation>código de salida 0 si la configuración actual coincide</translation>
    </message>
    <message>
        <source>roll back the changes of a change journal</source>
        <translation>revertir los cambios de un diario de cambios</translation>
    </message>
    <message>
        <source>print the PowerShell that apply would run</source>
        <translation>mostrar el PowerShell que ejecutaría apply</translation>
    </message>
    <message>
        <source>show versions, management roles and the round-trip time</source>
        <translation>mostrar las versiones, los roles de administración y el tiempo de ida y vuelta</translation>
    </message>
    <message>
        <source>check that journal reports reach the archive (read-only; exit 4: not yet proven)</source>
        <translation>comprobar que los informes de diario llegan al archivo (solo lectura; código de salida 4: aún sin confirmar)</translation>
    </message>
</context>
<context>
    <name>cli::WizardArguments</name>
    <message>
        <source>Passwords are never accepted on the command line.</source>
        <translation>Las contraseñas nunca se aceptan en la línea de comandos.</translation>
    </message>
    <message>
        <source>The wizard takes --server URL, --trust-fingerprint HEX and --lang xx; the command line starts with a command (%1); see securestore-setup --help.</source>
        <translation>El asistente admite --server URL, --trust-fingerprint HEX y --lang xx; la línea de comandos empieza por un comando (%1); consulte securestore-setup --help.</translation>
    </message>
    <message>
        <source>Unknown option &quot;--%1&quot;; did you mean &quot;--%2&quot;?</source>
        <translation>Opción desconocida «--%1»; ¿quiso decir «--%2»?</translation>
    </message>
    <message>
        <source>Unknown option &quot;--%1&quot;. %2</source>
        <translation>Opción desconocida «--%1». %2</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. %2</source>
        <translation>Argumento inesperado «%1». %2</translation>
    </message>
    <message>
        <source>--%1 was given %2 times; give it once.</source>
        <translation>--%1 se indicó %2 veces; indíquelo solo una vez.</translation>
    </message>
    <message>
        <source>The server address must not contain a user name or password; the wizard asks for them.</source>
        <translation>La dirección del servidor no debe contener un nombre de usuario ni una contraseña; el asistente los pide.</translation>
    </message>
</context>
<context>
    <name>credentials::KeychainCredentialStore</name>
    <message>
        <source>No password is saved for this server and user.</source>
        <translation>No hay ninguna contraseña guardada para este servidor y usuario.</translation>
    </message>
    <message>
        <source>The system keychain refused access. Unlock it and try again.</source>
        <translation>El llavero del sistema denegó el acceso. Desbloquéelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>No system keychain is available, so the password cannot be remembered. Enter it each time.</source>
        <translation>No hay ningún llavero del sistema disponible, así que no se puede recordar la contraseña. Escríbala cada vez.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>El llavero del sistema informó de un error: %1</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <source>journals %1 messages of %2 to %3 (%4)</source>
        <translation>registra en diario los mensajes %1 de %2 en %3 (%4)</translation>
    </message>
    <message>
        <source>(no scope)</source>
        <translation>(sin ámbito)</translation>
    </message>
    <message>
        <source>all recipients</source>
        <translation>todos los destinatarios</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>habilitada</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deshabilitada</translation>
    </message>
    <message>
        <source>Ask an Exchange administrator to add your account to a role group with the &quot;%1&quot; management role (it grants %2), or run the check as a member of Organization Management.</source>
        <translation>Pida a un administrador de Exchange que agregue su cuenta a un grupo de roles con el rol de administración «%1» (concede %2), o ejecute la comprobación como miembro de Organization Management.</translation>
    </message>
    <message>
        <source>The check cannot read %1: your account lacks the &quot;%2&quot; management role.</source>
        <translation>La comprobación no puede leer %1: a su cuenta le falta el rol de administración «%2».</translation>
    </message>
    <message>
        <source>There is no journal rule named &apos;%1&apos;: no journal reports are created.</source>
        <translation>No existe ninguna regla de diario llamada «%1»: no se crean informes de diario.</translation>
    </message>
    <message>
        <source>No journal rules exist.</source>
        <translation>No existe ninguna regla de diario.</translation>
    </message>
    <message>
        <source>Journal rules: %1</source>
        <translation>Reglas de diario: %1</translation>
    </message>
    <message>
        <source>Run the setup again to create the journal rule.</source>
        <translation>Vuelva a ejecutar la configuración para crear la regla de diario.</translation>
    </message>
    <message>
        <source>Rule &apos;%1&apos;: Enabled %2, Scope %3, JournalEmailAddress %4</source>
        <translation>Regla «%1»: Enabled %2, Scope %3, JournalEmailAddress %4</translation>
    </message>
    <message>
        <source>The journal rule &apos;%1&apos; is disabled: no journal reports are created.</source>
        <translation>La regla de diario «%1» está deshabilitada: no se crean informes de diario.</translation>
    </message>
    <message>
        <source>Enable the rule (or run the setup again, which enables it).</source>
        <translation>Habilite la regla (o vuelva a ejecutar la configuración, que la habilita).</translation>
    </message>
    <message>
        <source>The journal rule sends to %1, not to %2.</source>
        <translation>La regla de diario envía a %1, no a %2.</translation>
    </message>
    <message>
        <source>Re-copy the journaling address from the Mailprotector Console and run the setup again with it.</source>
        <translation>Vuelva a copiar la dirección de diario de la Mailprotector Console y ejecute de nuevo la configuración con ella.</translation>
    </message>
    <message>
        <source>The journal rule only journals external mail (Scope External); internal mail is not archived.</source>
        <translation>La regla de diario solo registra en diario el correo externo (Scope External); el correo interno no se archiva.</translation>
    </message>
    <message>
        <source>Run the setup again: it sets the rule&apos;s scope to Internal.</source>
        <translation>Vuelva a ejecutar la configuración: establece el ámbito de la regla en Internal.</translation>
    </message>
    <message>
        <source>The journal rule only journals mail of %1.</source>
        <translation>La regla de diario solo registra en diario el correo de %1.</translation>
    </message>
    <message>
        <source>The journal rule &apos;%1&apos; is enabled (scope %2) and sends to %3.</source>
        <translation>La regla de diario «%1» está habilitada (ámbito %2) y envía a %3.</translation>
    </message>
    <message>
        <source>No mailbox receives undeliverable journal reports: reports the archive does not accept are retried for two days and then lost.</source>
        <translation>Ningún buzón recibe los informes de diario no entregables: los informes que el archivo no acepta se reintentan durante dos días y después se pierden.</translation>
    </message>
    <message>
        <source>Run the setup again to set the mailbox for undeliverable journal reports.</source>
        <translation>Vuelva a ejecutar la configuración para establecer el buzón para informes de diario no entregables.</translation>
    </message>
    <message>
        <source>Undeliverable journal reports go to the journaling address itself.</source>
        <translation>Los informes de diario no entregables van a la propia dirección de diario.</translation>
    </message>
    <message>
        <source>Undeliverable journal reports go to %1, not to %2.</source>
        <translation>Los informes de diario no entregables van a %1, no a %2.</translation>
    </message>
    <message>
        <source>Undeliverable journal reports go to %1.</source>
        <translation>Los informes de diario no entregables van a %1.</translation>
    </message>
    <message>
        <source>The send connector &apos;%1&apos; to the SecureStore smart host does not exist.</source>
        <translation>El conector de envío «%1» al host inteligente de SecureStore no existe.</translation>
    </message>
    <message>
        <source>Run the setup again to create it, or clear the smart host if mail does not relay through Mailprotector.</source>
        <translation>Vuelva a ejecutar la configuración para crearlo, o quite el host inteligente si el correo no se retransmite a través de Mailprotector.</translation>
    </message>
    <message>
        <source>Connector &apos;%1&apos;: Enabled %2, AddressSpaces %3, SmartHosts %4</source>
        <translation>Conector «%1»: Enabled %2, AddressSpaces %3, SmartHosts %4</translation>
    </message>
    <message>
        <source>The send connector &apos;%1&apos; is disabled.</source>
        <translation>El conector de envío «%1» está deshabilitado.</translation>
    </message>
    <message>
        <source>The send connector &apos;%1&apos; does not route %2.</source>
        <translation>El conector de envío «%1» no enruta %2.</translation>
    </message>
    <message>
        <source>Run the setup again: it sets the connector&apos;s address space to the archive domain.</source>
        <translation>Vuelva a ejecutar la configuración: establece el espacio de direcciones del conector en el dominio del archivo.</translation>
    </message>
    <message>
        <source>The send connector &apos;%1&apos; routes %2 to %3.</source>
        <translation>El conector de envío «%1» enruta %2 a %3.</translation>
    </message>
    <message>
        <source>No remote domain for %1: journal reports may carry winmail.dat attachments.</source>
        <translation>No hay ningún dominio remoto para %1: los informes de diario podrían llevar adjuntos winmail.dat.</translation>
    </message>
    <message>
        <source>Run the setup again to add the remote domain.</source>
        <translation>Vuelva a ejecutar la configuración para agregar el dominio remoto.</translation>
    </message>
    <message>
        <source>The remote domain &apos;%1&apos; does not turn winmail.dat off.</source>
        <translation>El dominio remoto «%1» no desactiva winmail.dat.</translation>
    </message>
    <message>
        <source>The remote domain &apos;%1&apos; keeps winmail.dat out of journal reports.</source>
        <translation>El dominio remoto «%1» mantiene winmail.dat fuera de los informes de diario.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, next hop %3): %4, %n message(s)</source>
        <translation>
            <numerusform>%1 (%2, siguiente salto %3): %4, %n mensaje</numerusform>
            <numerusform>%1 (%2, siguiente salto %3): %4, %n mensajes</numerusform>
        </translation>
    </message>
    <message>
        <source>retried %1 times</source>
        <translation>reintentado %1 veces</translation>
    </message>
    <message>
        <source>retrying since %1</source>
        <translation>reintentando desde %1</translation>
    </message>
    <message>
        <source>next retry %1</source>
        <translation>próximo reintento %1</translation>
    </message>
    <message>
        <source>last error: %1</source>
        <translation>último error: %1</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;, which the run had created.</source>
        <translation>Se eliminó «%1», que había creado la ejecución.</translation>
    </message>
    <message>
        <source>Cleared the mailbox for undeliverable journal reports (it was unset).</source>
        <translation>Se borró el buzón para informes de diario no entregables (no estaba configurado).</translation>
    </message>
    <message>
        <source>Restored %1 as the mailbox for undeliverable journal reports.</source>
        <translation>Se restauró %1 como buzón para informes de diario no entregables.</translation>
    </message>
    <message>
        <source>Disabled the journal rule &quot;%1&quot; again.</source>
        <translation>Se volvió a deshabilitar la regla de diario «%1».</translation>
    </message>
    <message>
        <source>Restored the settings of the remote domain &quot;%1&quot;.</source>
        <translation>Se restauró la configuración del dominio remoto «%1».</translation>
    </message>
</context>
<context>
    <name>exchange::AddressSyntax</name>
    <message>
        <source>The domain is missing.</source>
        <translation>Falta el dominio.</translation>
    </message>
    <message>
        <source>The domain is longer than 253 characters.</source>
        <translation>El dominio tiene más de 253 caracteres.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; isn&apos;t a valid SMTP domain: it needs at least two labels, like example.com.</source>
        <translation>«%1» no es un dominio SMTP válido: necesita al menos dos etiquetas, como example.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; isn&apos;t a valid SMTP domain.</source>
        <translation>«%1» no es un dominio SMTP válido.</translation>
    </message>
    <message>
        <source>The address is empty.</source>
        <translation>La dirección está vacía.</translation>
    </message>
    <message>
        <source>The address is %1 characters long; an SMTP address has at most %2.</source>
        <translation>La dirección tiene %1 caracteres; una dirección SMTP tiene como máximo %2.</translation>
    </message>
    <message>
        <source>Enter only the address itself (local@domain), without a display name, quotes or angle brackets.</source>
        <translation>Escriba solo la dirección (local@dominio), sin nombre para mostrar, comillas ni corchetes angulares.</translation>
    </message>
    <message>
        <source>The address contains spaces or control characters; enter only local@domain.</source>
        <translation>La dirección contiene espacios o caracteres de control; escriba solo local@dominio.</translation>
    </message>
    <message>
        <source>The address must have exactly one @, like journal@archive.example.com.</source>
        <translation>La dirección debe tener exactamente una @, como journal@archive.example.com.</translation>
    </message>
    <message>
        <source>The part before @ must be 1 to 64 characters long.</source>
        <translation>La parte anterior a la @ debe tener entre 1 y 64 caracteres.</translation>
    </message>
    <message>
        <source>The part before @ cannot start or end with a dot or contain two dots in a row.</source>
        <translation>La parte anterior a la @ no puede empezar ni terminar con un punto ni contener dos puntos seguidos.</translation>
    </message>
    <message>
        <source>The part before @ contains the character &apos;%1&apos;, which an SMTP address cannot have unquoted.</source>
        <translation>La parte anterior a la @ contiene el carácter &apos;%1&apos;, que una dirección SMTP no puede tener sin comillas.</translation>
    </message>
    <message>
        <source>You must specify a smart host if you are not using DNS to route mails.</source>
        <translation>Debe especificar un host inteligente si no usa DNS para enrutar el correo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IP address or host name.</source>
        <translation>«%1» no es una dirección IP ni un nombre de host válidos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an IPv6 address; Exchange takes a smart host only as a host name or an IPv4 address. Enter the smart host&apos;s name.</source>
        <translation>«%1» es una dirección IPv6; Exchange solo admite un host inteligente como nombre de host o dirección IPv4. Escriba el nombre del host inteligente.</translation>
    </message>
</context>
<context>
    <name>exchange::ChangeJournal</name>
    <message>
        <source>Cannot read the change journal %1: %2</source>
        <translation>No se puede leer el diario de cambios %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a change journal of this tool.</source>
        <translation>%1 no es un diario de cambios de esta herramienta.</translation>
    </message>
    <message>
        <source>The change journal has no file.</source>
        <translation>El diario de cambios no tiene archivo.</translation>
    </message>
    <message>
        <source>Cannot write the change journal %1: %2</source>
        <translation>No se puede escribir el diario de cambios %1: %2</translation>
    </message>
</context>
<context>
    <name>exchange::ErrorAdvice</name>
    <message>
        <source>the server</source>
        <translation>el servidor</translation>
    </message>
    <message>
        <source>Check the spelling, use the server&apos;s full name (for example ex01.contoso.com), and make sure this computer uses the organisation&apos;s DNS servers.</source>
        <translation>Compruebe la ortografía, use el nombre completo del servidor (por ejemplo ex01.contoso.com) y asegúrese de que este equipo usa los servidores DNS de la organización.</translation>
    </message>
    <message>
        <source>Check that port %1 is the right one (Exchange: 80 for http://, 443 for https://; a WinRM listener: 5985 or 5986) and that IIS and the PowerShell virtual directory are running on %2.</source>
        <translation>Compruebe que el puerto %1 es el correcto (Exchange: 80 para http://, 443 para https://; un agente de escucha de WinRM: 5985 o 5986) y que IIS y el directorio virtual de PowerShell se están ejecutando en %2.</translation>
    </message>
    <message>
        <source>Check that this computer has a route to %1 (VPN, firewall: port %2 must be open) and try again.</source>
        <translation>Compruebe que este equipo tiene una ruta hasta %1 (VPN, firewall: el puerto %2 debe estar abierto) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, check the server&apos;s event log and any proxy or load balancer in between.</source>
        <translation>Vuelva a intentarlo; si sigue ocurriendo, revise el registro de eventos del servidor y cualquier proxy o equilibrador de carga intermedio.</translation>
    </message>
    <message>
        <source>The server may be busy, or a firewall may drop the traffic to port %1. Try again; if it keeps happening, check the network path to %2.</source>
        <translation>Puede que el servidor esté ocupado o que un firewall descarte el tráfico al puerto %1. Vuelva a intentarlo; si sigue ocurriendo, revise la ruta de red hasta %2.</translation>
    </message>
    <message>
        <source>Compare the SHA-256 fingerprint with the server&apos;s certificate (on the server: Get-ExchangeCertificate, or the IIS binding). If they match, trust exactly this certificate (the wizard offers it; on the command line pass --trust-fingerprint), or install a certificate this computer trusts on the server.</source>
        <translation>Compare la huella digital SHA-256 con el certificado del servidor (en el servidor: Get-ExchangeCertificate, o el enlace de IIS). Si coinciden, confíe exactamente en este certificado (el asistente lo ofrece; en la línea de comandos pase --trust-fingerprint), o instale en el servidor un certificado en el que confíe este equipo.</translation>
    </message>
    <message>
        <source>The certificate is trusted but not issued for the name %1. Use the name the certificate is issued for in the address, or install a certificate for %1 on the server.</source>
        <translation>El certificado es de confianza, pero no se emitió para el nombre %1. Use en la dirección el nombre para el que se emitió el certificado, o instale en el servidor un certificado para %1.</translation>
    </message>
    <message>
        <source>If the server&apos;s certificate was replaced, confirm the new fingerprint with its administrator and trust that one instead. Otherwise do not connect: something may be intercepting the connection.</source>
        <translation>Si se sustituyó el certificado del servidor, confirme la nueva huella digital con su administrador y confíe en esa en su lugar. En caso contrario, no se conecte: puede que algo esté interceptando la conexión.</translation>
    </message>
    <message>
        <source>Check that the server offers HTTPS with TLS 1.2 or later on port %1, or use http:// with Kerberos or NTLM, which encrypt the session themselves.</source>
        <translation>Compruebe que el servidor ofrece HTTPS con TLS 1.2 o posterior en el puerto %1, o use http:// con Kerberos o NTLM, que cifran la sesión por sí mismos.</translation>
    </message>
    <message>
        <source>Use an https:// address (for example https://%1/PowerShell), or choose Kerberos or NTLM, which encrypt the session over http.</source>
        <translation>Use una dirección https:// (por ejemplo https://%1/PowerShell) o elija Kerberos o NTLM, que cifran la sesión por http.</translation>
    </message>
    <message>
        <source>Check the user name (DOMAIN\user or user@domain), the password and Caps Lock, and that Basic authentication is enabled on the PowerShell virtual directory.</source>
        <translation>Compruebe el nombre de usuario (DOMINIO\usuario o usuario@dominio), la contraseña y el Bloq Mayús, y que la autenticación básica está habilitada en el directorio virtual de PowerShell.</translation>
    </message>
    <message>
        <source>Check the user name (DOMAIN\user or user@domain), the password and Caps Lock, and that Windows (NTLM) authentication is enabled on the server.</source>
        <translation>Compruebe el nombre de usuario (DOMINIO\usuario o usuario@dominio), la contraseña y el Bloq Mayús, y que la autenticación de Windows (NTLM) está habilitada en el servidor.</translation>
    </message>
    <message>
        <source>Check the user name (user@REALM, for example admin@CONTOSO.COM), the password and Caps Lock, that %1 is the name the server&apos;s SPN is registered for (HTTP/&lt;fqdn&gt;), and that Kerberos is enabled on the server.</source>
        <translation>Compruebe el nombre de usuario (usuario@REALM, por ejemplo admin@CONTOSO.COM), la contraseña y el Bloq Mayús, que %1 es el nombre para el que está registrado el SPN del servidor (HTTP/&lt;fqdn&gt;) y que Kerberos está habilitado en el servidor.</translation>
    </message>
    <message>
        <source>Change the password, or ask an administrator to enable or unlock the account, then try again.</source>
        <translation>Cambie la contraseña o pida a un administrador que habilite o desbloquee la cuenta, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Run &quot;kinit user@REALM&quot; (or log on to the domain) first, or enter a user name and password.</source>
        <translation>Ejecute primero «kinit usuario@REALM» (o inicie sesión en el dominio), o escriba un nombre de usuario y una contraseña.</translation>
    </message>
    <message>
        <source>Enter a user name (DOMAIN\user) and password.</source>
        <translation>Escriba un nombre de usuario (DOMINIO\usuario) y una contraseña.</translation>
    </message>
    <message>
        <source>Choose another sign-in method, or install this computer&apos;s support for it (Kerberos: the krb5 libraries; NTLM: gss-ntlmssp).</source>
        <translation>Elija otro método de inicio de sesión, o instale en este equipo la compatibilidad con él (Kerberos: las bibliotecas krb5; NTLM: gss-ntlmssp).</translation>
    </message>
    <message>
        <source>Check the network connection and DNS (the realm&apos;s _kerberos SRV records), or the realm&apos;s kdc entries in krb5.conf; or choose NTLM.</source>
        <translation>Compruebe la conexión de red y el DNS (los registros SRV _kerberos del realm) o las entradas kdc del realm en krb5.conf; o elija NTLM.</translation>
    </message>
    <message>
        <source>Kerberos needs the server&apos;s full DNS name as registered in Active Directory (SPN HTTP/&lt;fqdn&gt;): IP addresses, aliases and load-balancer names fail unless an alternate service account is set up. Use the server&apos;s FQDN in the address, for example http://ex01.contoso.com/PowerShell, or choose NTLM.</source>
        <translation>Kerberos necesita el nombre DNS completo del servidor tal como está registrado en Active Directory (SPN HTTP/&lt;fqdn&gt;): las direcciones IP, los alias y los nombres de equilibradores de carga fallan salvo que se haya configurado una cuenta de servicio alternativa. Use el FQDN del servidor en la dirección, por ejemplo http://ex01.contoso.com/PowerShell, o elija NTLM.</translation>
    </message>
    <message>
        <source>Correct this computer&apos;s date, time and time zone, then try again.</source>
        <translation>Corrija la fecha, la hora y la zona horaria de este equipo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, choose another sign-in method. The log has the technical details.</source>
        <translation>Vuelva a intentarlo; si sigue ocurriendo, elija otro método de inicio de sesión. El registro contiene los detalles técnicos.</translation>
    </message>
    <message>
        <source>The account needs remote PowerShell enabled (Set-User -RemotePowerShellEnabled $true) and a management role such as Organization Management. The PowerShell virtual directory may also require SSL: then use https://.</source>
        <translation>La cuenta necesita PowerShell remoto habilitado (Set-User -RemotePowerShellEnabled $true) y un rol de administración como Organization Management. Puede que el directorio virtual de PowerShell también requiera SSL: en ese caso, use https://.</translation>
    </message>
    <message>
        <source>Use http://&lt;server&gt;/PowerShell for Exchange, or the WinRM listener https://&lt;server&gt;:5986/wsman.</source>
        <translation>Use http://&lt;servidor&gt;/PowerShell para Exchange, o el agente de escucha de WinRM https://&lt;servidor&gt;:5986/wsman.</translation>
    </message>
    <message>
        <source>The service is overloaded or restarting. Try again in a few minutes.</source>
        <translation>El servicio está sobrecargado o reiniciándose. Vuelva a intentarlo en unos minutos.</translation>
    </message>
    <message>
        <source>Check the MSExchangePowerShellAppPool application pool and the Exchange server&apos;s event log, then try again.</source>
        <translation>Revise el grupo de aplicaciones MSExchangePowerShellAppPool y el registro de eventos del servidor Exchange, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Check that the address points at an Exchange server&apos;s PowerShell endpoint, not at a web page or a proxy.</source>
        <translation>Compruebe que la dirección apunta al punto de conexión de PowerShell de un servidor Exchange, no a una página web ni a un proxy.</translation>
    </message>
    <message>
        <source>Check that the address is an Exchange PowerShell endpoint. The log has the technical details for support.</source>
        <translation>Compruebe que la dirección es un punto de conexión de PowerShell de Exchange. El registro contiene los detalles técnicos para el soporte.</translation>
    </message>
    <message>
        <source>Connect again: test the connection again in the wizard, or run the command again.</source>
        <translation>Vuelva a conectarse: pruebe de nuevo la conexión en el asistente o vuelva a ejecutar el comando.</translation>
    </message>
</context>
<context>
    <name>exchange::HealthCheck</name>
    <message>
        <source>Part of the configuration could not be read.</source>
        <translation>No se pudo leer parte de la configuración.</translation>
    </message>
    <message>
        <source>Delivery cannot be proven: reading message tracking needs the &quot;%1&quot; management role.</source>
        <translation>No se puede confirmar la entrega: leer el seguimiento de mensajes requiere el rol de administración «%1».</translation>
    </message>
    <message>
        <source>Message tracking is turned off on %1.</source>
        <translation>El seguimiento de mensajes está desactivado en %1.</translation>
    </message>
    <message>
        <source>Subject logging is turned off on %1: journal reports are shown without their subjects.</source>
        <translation>El registro del asunto está desactivado en %1: los informes de diario se muestran sin su asunto.</translation>
    </message>
    <message>
        <source>A read failed: %1</source>
        <translation>Una lectura falló: %1</translation>
    </message>
    <message>
        <source>Message tracking returned more entries than the check reads; pass a later start time to see the newest.</source>
        <translation>El seguimiento de mensajes devolvió más entradas de las que lee la comprobación; indique una hora de inicio posterior para ver las más recientes.</translation>
    </message>
    <message>
        <source>%1 %2, connector %3, %4</source>
        <translation>%1 %2, conector %3, %4</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>the NDR was delivered to %1 at %2</source>
        <translation>el informe de no entrega (NDR) se entregó a %1 el %2</translation>
    </message>
    <message>
        <source>no mailbox receives undeliverable journal reports: the report is lost</source>
        <translation>ningún buzón recibe los informes de diario no entregables: el informe se pierde</translation>
    </message>
    <message>
        <source>No journal report to %1 since %2.</source>
        <translation>Ningún informe de diario a %1 desde %2.</translation>
    </message>
    <message>
        <source>To create a journal report now, send an internal message or run Test-Mailflow on the server you connected to, then check again.</source>
        <translation>Para generar ahora un informe de diario, envíe un mensaje interno o ejecute Test-Mailflow en el servidor al que se conectó, y vuelva a comprobarlo.</translation>
    </message>
    <message>
        <source>Some configuration reads are not granted; asking which are.</source>
        <translation>Algunas lecturas de configuración no están permitidas; se consulta cuáles.</translation>
    </message>
    <message>
        <source>The configuration could not be read: %1</source>
        <translation>No se pudo leer la configuración: %1</translation>
    </message>
    <message>
        <source>the pipeline failed</source>
        <translation>la canalización falló</translation>
    </message>
    <message>
        <source>Health check: %1</source>
        <translation>Comprobación de estado: %1</translation>
    </message>
    <message>
        <source>A health check is already running.</source>
        <translation>Ya hay una comprobación de estado en curso.</translation>
    </message>
    <message>
        <source>Not connected to Exchange.</source>
        <translation>No hay conexión con Exchange.</translation>
    </message>
    <message>
        <source>Health check: reading the configuration…</source>
        <translation>Comprobación de estado: leyendo la configuración…</translation>
    </message>
</context>
<context>
    <name>exchange::HealthReport</name>
    <message>
        <source>(subject not logged)</source>
        <translation>(asunto no registrado)</translation>
    </message>
    <message>
        <source>journal report for &apos;%1&apos; handed to %2 at %3 (%4)</source>
        <translation>informe de diario de «%1» entregado a %2 el %3 (%4)</translation>
    </message>
    <message>
        <source>journal report for &apos;%1&apos; rejected at %2 (%3)</source>
        <translation>informe de diario de «%1» rechazado el %2 (%3)</translation>
    </message>
    <message>
        <source>journal report for &apos;%1&apos; deferred at %2 (%3)</source>
        <translation>informe de diario de «%1» aplazado el %2 (%3)</translation>
    </message>
    <message>
        <source>journal report for &apos;%1&apos; created at %2, not yet handed on</source>
        <translation>informe de diario de «%1» creado el %2, aún no entregado</translation>
    </message>
    <message>
        <source>Proven: journal reports leave the organisation for the archive.</source>
        <translation>Confirmado: los informes de diario salen de la organización hacia el archivo.</translation>
    </message>
    <message>
        <source>Failing: journal reports do not reach the archive; the findings say why and what to do.</source>
        <translation>Con errores: los informes de diario no llegan al archivo; los hallazgos indican por qué y qué hacer.</translation>
    </message>
    <message>
        <source>Not yet proven: reading message tracking needs the Message Tracking role (Organization Management, Records Management or Recipient Management). Nothing is stuck in the queues.</source>
        <translation>Aún sin confirmar: leer el seguimiento de mensajes requiere el rol Message Tracking (Organization Management, Records Management o Recipient Management). No hay nada atascado en las colas.</translation>
    </message>
    <message>
        <source>Not yet proven: message tracking is turned off on the transport servers, so delivery cannot be followed. Nothing is stuck in the queues.</source>
        <translation>Aún sin confirmar: el seguimiento de mensajes está desactivado en los servidores de transporte, así que no se puede seguir la entrega. No hay nada atascado en las colas.</translation>
    </message>
    <message>
        <source>Not yet proven: journal reports were created but none has been handed to the archive yet. Check again in a few minutes.</source>
        <translation>Aún sin confirmar: se crearon informes de diario, pero todavía no se ha entregado ninguno al archivo. Vuelva a comprobarlo en unos minutos.</translation>
    </message>
    <message>
        <source>Not yet proven: no journal report left the organisation within the wait. Nothing is stuck in the queues; check again later.</source>
        <translation>Aún sin confirmar: ningún informe de diario salió de la organización durante la espera. No hay nada atascado en las colas; vuelva a comprobarlo más tarde.</translation>
    </message>
    <message>
        <source>Not yet proven: the check was stopped before a journal report was seen.</source>
        <translation>Aún sin confirmar: la comprobación se detuvo antes de ver un informe de diario.</translation>
    </message>
    <message>
        <source>Not yet proven: no journal report since %1 yet (internal mail creates them). Nothing is stuck in the queues; check again later or wait for one.</source>
        <translation>Aún sin confirmar: todavía no hay ningún informe de diario desde %1 (el correo interno los genera). No hay nada atascado en las colas; vuelva a comprobarlo más tarde o espere a uno.</translation>
    </message>
</context>
<context>
    <name>exchange::JournalLock</name>
    <message>
        <source>another process</source>
        <translation>otro proceso</translation>
    </message>
    <message>
        <source>process %1 (%2) on %3</source>
        <translation>el proceso %1 (%2) en %3</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>cannot create a lock file next to %1</source>
        <translation>no se puede crear un archivo de bloqueo junto a %1</translation>
    </message>
    <message>
        <source>no free change journal name next to %1</source>
        <translation>no hay ningún nombre libre para un diario de cambios junto a %1</translation>
    </message>
    <message>
        <source>the lock file %1.lock cannot be created</source>
        <translation>no se puede crear el archivo de bloqueo %1.lock</translation>
    </message>
</context>
<context>
    <name>exchange::JournalingEngine</name>
    <message>
        <source>The engine is busy; wait for the current operation.</source>
        <translation>El motor está ocupado; espere a que termine la operación actual.</translation>
    </message>
    <message>
        <source>Not connected to Exchange.</source>
        <translation>No hay conexión con Exchange.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Exchange could not report its configuration: %1</source>
        <translation>Exchange no pudo informar de su configuración: %1</translation>
    </message>
    <message>
        <source>The plan has invalid input, missing permissions or conflicts; nothing was changed.</source>
        <translation>El plan tiene entradas no válidas, permisos que faltan o conflictos; no se cambió nada.</translation>
    </message>
    <message>
        <source>Cancelled before this step: nothing was changed here.</source>
        <translation>Cancelado antes de este paso: aquí no se cambió nada.</translation>
    </message>
    <message>
        <source>Nothing was changed: the change journal could not be written. %1</source>
        <translation>No se cambió nada: no se pudo escribir el diario de cambios. %1</translation>
    </message>
    <message>
        <source>The connection failed while changing %1, so the change is unconfirmed: %2 Run verify, or undo from the change journal.</source>
        <translation>La conexión falló mientras se cambiaba %1, así que el cambio no está confirmado: %2 Ejecute verify o deshágalo con el diario de cambios.</translation>
    </message>
    <message>
        <source>Exchange refused the change: %1</source>
        <translation>Exchange rechazó el cambio: %1</translation>
    </message>
    <message>
        <source>The change was stopped before it completed; it is unconfirmed. Run verify.</source>
        <translation>El cambio se detuvo antes de completarse; no está confirmado. Ejecute verify.</translation>
    </message>
    <message>
        <source>The change was sent but could not be read back: %1</source>
        <translation>El cambio se envió, pero no se pudo volver a leer: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; still exists after removing it.</source>
        <translation>«%1» sigue existiendo después de eliminarlo.</translation>
    </message>
    <message>
        <source>The change was sent but &quot;%1&quot; could not be read back, so it is not verified.</source>
        <translation>El cambio se envió, pero no se pudo volver a leer «%1», así que no está verificado.</translation>
    </message>
    <message>
        <source>Read back does not match: %1</source>
        <translation>Lo leído no coincide: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist (the run&apos;s change never reached Exchange); nothing to remove.</source>
        <translation>«%1» no existe (el cambio de la ejecución nunca llegó a Exchange); no hay nada que quitar.</translation>
    </message>
    <message>
        <source>no answer from DNS within 5 seconds</source>
        <translation>sin respuesta del DNS en 5 segundos</translation>
    </message>
    <message>
        <source>The change journal could not record this step as %1: %2</source>
        <translation>El diario de cambios no pudo registrar este paso como %1: %2</translation>
    </message>
    <message>
        <source>This change (%1 &quot;%2&quot;) cannot be undone automatically; undo it by hand.</source>
        <translation>Este cambio (%1 «%2») no se puede deshacer automáticamente; deshágalo a mano.</translation>
    </message>
    <message>
        <source>This change journal does not record which Exchange organisation it was made for (an older version wrote it), so undo cannot make sure it acts on the same one. Nothing was undone: reverse its changes by hand.</source>
        <translation>Este diario de cambios no registra para qué organización de Exchange se hizo (lo escribió una versión anterior), así que undo no puede asegurarse de actuar sobre la misma. No se deshizo nada: revierta sus cambios a mano.</translation>
    </message>
    <message>
        <source>Not undone: %1.</source>
        <translation>No se deshizo: %1.</translation>
    </message>
    <message>
        <source>The live configuration could not be read to check it against the change journal, so nothing was undone: %1</source>
        <translation>No se pudo leer la configuración actual para compararla con el diario de cambios, así que no se deshizo nada: %1</translation>
    </message>
    <message>
        <source>Cancelled before anything was undone.</source>
        <translation>Cancelado antes de deshacer nada.</translation>
    </message>
    <message>
        <source>Exchange could not report the objects of the change journal, so nothing was undone: %1</source>
        <translation>Exchange no pudo informar de los objetos del diario de cambios, así que no se deshizo nada: %1</translation>
    </message>
    <message>
        <source>This change journal was made on %1 for the Exchange organisation %2, but %3 belongs to the organisation %4. Nothing was undone: run undo against the organisation the journal was made for.</source>
        <translation>Este diario de cambios se hizo en %1 para la organización de Exchange %2, pero %3 pertenece a la organización %4. No se deshizo nada: ejecute undo contra la organización para la que se hizo el diario.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconocida)</translation>
    </message>
    <message>
        <source>one change of the journal cannot be undone safely (see above), and undoing the others alone would leave a mix</source>
        <translation>un cambio del diario no se puede deshacer con seguridad (vea arriba), y deshacer solo los demás dejaría un estado mixto</translation>
    </message>
    <message>
        <source>%1 changes of the journal cannot be undone safely (see above)</source>
        <translation>%1 cambios del diario no se pueden deshacer con seguridad (vea arriba)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no longer the object this run changed (its Guid is %2; the run recorded %3): it was removed and made again since. It is left as it is.</source>
        <translation>«%1» ya no es el objeto que cambió esta ejecución (su Guid es %2; la ejecución registró %3): se eliminó y se volvió a crear después. Se deja como está.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist (the run&apos;s change never took effect or it was removed since); nothing to remove.</source>
        <translation>«%1» no existe (el cambio de la ejecución nunca surtió efecto o se eliminó después); no hay nada que quitar.</translation>
    </message>
    <message>
        <source>Exchange refused this run&apos;s creation of &quot;%1&quot;, so the &quot;%1&quot; that exists now was made by someone else (another run or an administrator). It is left as it is.</source>
        <translation>Exchange rechazó la creación de «%1» por esta ejecución, así que el «%1» que existe ahora lo creó otra persona (otra ejecución o un administrador). Se deja como está.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; changed since this run made it (%2). It is left as it is: remove it by hand if it should go.</source>
        <translation>«%1» cambió desde que lo creó esta ejecución (%2). Se deja como está: elimínelo a mano si debe desaparecer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; no longer exists, so its previous settings cannot be restored.</source>
        <translation>«%1» ya no existe, así que no se puede restaurar su configuración anterior.</translation>
    </message>
    <message>
        <source>Exchange refused this run&apos;s change of &quot;%1&quot;, yet it now has the values the run wanted: someone else set them. They are left as they are.</source>
        <translation>Exchange rechazó el cambio de «%1» por esta ejecución, pero ahora tiene los valores que quería la ejecución: otra persona los estableció. Se dejan como están.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already as it was before the run; nothing to restore.</source>
        <translation>«%1» ya está como antes de la ejecución; no hay nada que restaurar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; changed since this run (%2). It is left as it is: restore it by hand if needed.</source>
        <translation>«%1» cambió desde esta ejecución (%2). Se deja como está: restáurelo a mano si es necesario.</translation>
    </message>
    <message>
        <source>Not attempted: nothing was changed.</source>
        <translation>No se intentó: no se cambió nada.</translation>
    </message>
    <message>
        <source>Unconfirmed: the connection failed before this change was confirmed; it may or may not have been made. Run verify, or undo from the change journal.</source>
        <translation>No confirmado: la conexión falló antes de que se confirmara este cambio; puede que se haya realizado o no. Ejecute verify o deshágalo con el diario de cambios.</translation>
    </message>
    <message>
        <source>Not attempted: an earlier step failed, so nothing was changed here.</source>
        <translation>No se intentó: un paso anterior falló, así que aquí no se cambió nada.</translation>
    </message>
    <message>
        <source>The pipeline failed while changing %1 (%2), so the change is unconfirmed. Run verify.</source>
        <translation>La canalización falló mientras se cambiaba %1 (%2), así que el cambio no está confirmado. Ejecute verify.</translation>
    </message>
    <message>
        <source>Exchange ended the pipeline without confirming this change, so it is unconfirmed. Run verify.</source>
        <translation>Exchange terminó la canalización sin confirmar este cambio, así que no está confirmado. Ejecute verify.</translation>
    </message>
    <message>
        <source>Stopped while changing %1; it could not be read back, so the change is unconfirmed. Run verify, or undo from the change journal.</source>
        <translation>Se detuvo mientras se cambiaba %1; no se pudo volver a leer, así que el cambio no está confirmado. Ejecute verify o deshágalo con el diario de cambios.</translation>
    </message>
    <message>
        <source>Cancelled while this change was being sent; read back, it was not made: nothing was changed here.</source>
        <translation>Cancelado mientras se enviaba este cambio; al volver a leerlo, no se había realizado: aquí no se cambió nada.</translation>
    </message>
    <message>
        <source>Stopped part-way through changing %1: read back, it is neither as before nor as intended%2. Run apply again, or undo from the change journal.</source>
        <translation>Se detuvo a mitad del cambio de %1: al volver a leerlo, no está ni como antes ni como se pretendía%2. Vuelva a ejecutar apply o deshaga el cambio con el diario de cambios.</translation>
    </message>
    <message>
        <source>The run that writes this change journal is still going (%1): undoing now could remove what it is creating. Nothing was undone: run undo again when that run has finished.</source>
        <translation>La ejecución que escribe este diario de cambios sigue en curso (%1): deshacer ahora podría eliminar lo que está creando. No se deshizo nada: vuelva a ejecutar undo cuando esa ejecución haya terminado.</translation>
    </message>
    <message>
        <source>Not attempted: the changes were stopped because the server took too long; nothing was changed here.</source>
        <translation>No se intentó: los cambios se detuvieron porque el servidor tardó demasiado; aquí no se cambió nada.</translation>
    </message>
    <message>
        <source>Stopped because the server took too long while this change was being sent; read back, it was not made: nothing was changed here.</source>
        <translation>Detenido porque el servidor tardó demasiado mientras se enviaba este cambio; al volver a leerlo, no se había realizado: aquí no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>exchange::Plan</name>
    <message>
        <source>Undeliverable journal reports</source>
        <translation>Informes de diario no entregables</translation>
    </message>
    <message>
        <source>Journal rule</source>
        <translation>Regla de diario</translation>
    </message>
    <message>
        <source>Remote domain (no winmail.dat, no out-of-office)</source>
        <translation>Dominio remoto (sin winmail.dat ni respuestas de fuera de la oficina)</translation>
    </message>
    <message>
        <source>Send connector to the SecureStore smarthost</source>
        <translation>Conector de envío al host inteligente de SecureStore</translation>
    </message>
</context>
<context>
    <name>exchange::Planner</name>
    <message>
        <source>The transport configuration could not be read.</source>
        <translation>No se pudo leer la configuración de transporte.</translation>
    </message>
    <message>
        <source>The current address for undeliverable journal reports is unknown, so it cannot be safely replaced.</source>
        <translation>Se desconoce la dirección actual para informes de diario no entregables, así que no se puede sustituir con seguridad.</translation>
    </message>
    <message>
        <source>Ask for the Organization Transport Settings or View-Only Configuration role, then run this again.</source>
        <translation>Solicite el rol Organization Transport Settings o View-Only Configuration y vuelva a ejecutar esto.</translation>
    </message>
    <message>
        <source>No mailbox receives undeliverable journal reports: they are lost after two days.</source>
        <translation>Ningún buzón recibe los informes de diario no entregables: se pierden al cabo de dos días.</translation>
    </message>
    <message>
        <source>Undeliverable journal reports go to %1.</source>
        <translation>Los informes de diario no entregables van a %1.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nada que cambiar.</translation>
    </message>
    <message>
        <source>Undeliverable journal reports already go to %1, not to %2.</source>
        <translation>Los informes de diario no entregables ya van a %1, no a %2.</translation>
    </message>
    <message>
        <source>Confirm replacing %1 with %2 (wizard: tick the replace box; command line: &quot;replaceExistingNdr&quot;: true in the answers file), or enter %1 to keep it.</source>
        <translation>Confirme que sustituye %1 por %2 (asistente: marque la casilla de sustitución; línea de comandos: &quot;replaceExistingNdr&quot;: true en el archivo de respuestas) o escriba %1 para conservarlo.</translation>
    </message>
    <message>
        <source>Send undeliverable journal reports to %1.</source>
        <translation>Enviar los informes de diario no entregables a %1.</translation>
    </message>
    <message>
        <source>This replaces %1 as the mailbox for undeliverable journal reports.</source>
        <translation>Esto sustituye a %1 como buzón para informes de diario no entregables.</translation>
    </message>
    <message>
        <source>The journal rule &quot;%1&quot; already journals %2 messages to %3: those messages would be archived twice. Disable that rule if SecureStore replaces it.</source>
        <translation>La regla de diario «%1» ya registra los mensajes %2 en %3: esos mensajes se archivarían dos veces. Deshabilite esa regla si SecureStore la sustituye.</translation>
    </message>
    <message>
        <source>A journal rule named &quot;%1&quot; exists and %2.</source>
        <translation>Existe una regla de diario llamada «%1» y %2.</translation>
    </message>
    <message>
        <source>The rule name &quot;%1&quot; is taken by a rule that does something else.</source>
        <translation>El nombre de regla «%1» lo usa una regla que hace otra cosa.</translation>
    </message>
    <message>
        <source>Choose another rule name, or change or remove that rule in the Exchange admin center (Compliance management &gt; Journal rules).</source>
        <translation>Elija otro nombre de regla, o cambie o elimine esa regla en el Centro de administración de Exchange (Administración de cumplimiento &gt; Reglas de diario).</translation>
    </message>
    <message>
        <source>The journal rule &quot;%1&quot; %2.</source>
        <translation>La regla de diario «%1» %2.</translation>
    </message>
    <message>
        <source>Reuse the existing rule &quot;%1&quot; instead of creating a duplicate; nothing to change.</source>
        <translation>Reutilizar la regla existente «%1» en lugar de crear un duplicado; nada que cambiar.</translation>
    </message>
    <message>
        <source>Enable the existing rule &quot;%1&quot; (it is disabled).</source>
        <translation>Habilitar la regla existente «%1» (está deshabilitada).</translation>
    </message>
    <message>
        <source>No journal rule exists.</source>
        <translation>No existe ninguna regla de diario.</translation>
    </message>
    <message>
        <source>No journal rule journals internal mail to %1.</source>
        <translation>Ninguna regla de diario registra el correo interno en %1.</translation>
    </message>
    <message>
        <source>Create the rule &quot;%1&quot;: journal all internal messages to %2, enabled. It applies to all future messages.</source>
        <translation>Crear la regla «%1»: registrar en diario todos los mensajes internos en %2, habilitada. Se aplica a todos los mensajes futuros.</translation>
    </message>
    <message>
        <source>Not requested.</source>
        <translation>No solicitado.</translation>
    </message>
    <message>
        <source>Needs a valid journaling address.</source>
        <translation>Necesita una dirección de diario válida.</translation>
    </message>
    <message>
        <source>The remote domain &quot;%1&quot; covers %2 (out-of-office: %3, rich text: %4).</source>
        <translation>El dominio remoto «%1» abarca %2 (fuera de la oficina: %3, texto enriquecido: %4).</translation>
    </message>
    <message>
        <source>follow user settings</source>
        <translation>seguir la configuración del usuario</translation>
    </message>
    <message>
        <source>Reuse the remote domain &quot;%1&quot;: no out-of-office replies, no winmail.dat (TNEF off).</source>
        <translation>Reutilizar el dominio remoto «%1»: sin respuestas de fuera de la oficina, sin winmail.dat (TNEF desactivado).</translation>
    </message>
    <message>
        <source>The remote domain &quot;%1&quot; exists for %2.</source>
        <translation>El dominio remoto «%1» existe para %2.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is taken by the remote domain for %2.</source>
        <translation>El nombre «%1» lo usa el dominio remoto de %2.</translation>
    </message>
    <message>
        <source>Choose another remote domain name, or turn the remote domain step off.</source>
        <translation>Elija otro nombre de dominio remoto o desactive el paso del dominio remoto.</translation>
    </message>
    <message>
        <source>No remote domain covers %1: journal reports may be sent as winmail.dat.</source>
        <translation>Ningún dominio remoto abarca %1: los informes de diario podrían enviarse como winmail.dat.</translation>
    </message>
    <message>
        <source>Create the remote domain &quot;%1&quot; for %2: no out-of-office replies, no winmail.dat.</source>
        <translation>Crear el dominio remoto «%1» para %2: sin respuestas de fuera de la oficina, sin winmail.dat.</translation>
    </message>
    <message>
        <source>Not requested (only needed when outbound mail relays through Mailprotector).</source>
        <translation>No solicitado (solo es necesario cuando el correo saliente se retransmite a través de Mailprotector).</translation>
    </message>
    <message>
        <source>The send connector &quot;%1&quot; routes %2 via %3.</source>
        <translation>El conector de envío «%1» enruta %2 a través de %3.</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>The send connector &quot;%1&quot; already routes %2.</source>
        <translation>El conector de envío «%1» ya enruta %2.</translation>
    </message>
    <message>
        <source>Change or remove that connector in the Exchange admin center (Mail flow &gt; Send connectors), or turn the connector step off if it already does what you need.</source>
        <translation>Cambie o elimine ese conector en el Centro de administración de Exchange (Flujo de correo &gt; Conectores de envío), o desactive el paso del conector si ya hace lo que necesita.</translation>
    </message>
    <message>
        <source>The send connector &quot;%1&quot; exists for %2.</source>
        <translation>El conector de envío «%1» existe para %2.</translation>
    </message>
    <message>
        <source>The connector name &quot;%1&quot; is taken.</source>
        <translation>El nombre de conector «%1» ya está en uso.</translation>
    </message>
    <message>
        <source>Choose another connector name.</source>
        <translation>Elija otro nombre de conector.</translation>
    </message>
    <message>
        <source>No send connector routes %1.</source>
        <translation>Ningún conector de envío enruta %1.</translation>
    </message>
    <message>
        <source>Create the send connector &quot;%1&quot;: mail for %2 goes straight to %3 from %4%5.</source>
        <translation>Crear el conector de envío «%1»: el correo para %2 va directamente a %3 desde %4%5.</translation>
    </message>
    <message>
        <source> over TLS</source>
        <translation> mediante TLS</translation>
    </message>
    <message>
        <source>The smart host %1 does not resolve from this computer (%2). The Exchange transport servers must be able to resolve it: check the name given by Mailprotector.</source>
        <translation>El host inteligente %1 no se resuelve desde este equipo (%2). Los servidores de transporte de Exchange deben poder resolverlo: compruebe el nombre indicado por Mailprotector.</translation>
    </message>
</context>
<context>
    <name>exchange::QueueScan</name>
    <message>
        <source>the archive&apos;s mail server</source>
        <translation>el servidor de correo del archivo</translation>
    </message>
    <message>
        <source>Exchange cannot find the archive&apos;s mail server in DNS. Check that the archive domain and smart host are spelled exactly as in the Mailprotector Console and that the Exchange servers&apos; DNS servers resolve them (nslookup -type=mx).</source>
        <translation>Exchange no encuentra el servidor de correo del archivo en DNS. Compruebe que el dominio del archivo y el host inteligente están escritos exactamente como en la Mailprotector Console y que los servidores DNS de los servidores de Exchange los resuelven (nslookup -type=mx).</translation>
    </message>
    <message>
        <source>%1 refused the connection on port 25. Check the smart host name and port, and that your firewall allows outbound TCP port 25 from the Exchange servers.</source>
        <translation>Conexión rechazada en el puerto 25 por %1. Compruebe el nombre y el puerto del host inteligente, y que su firewall permite el tráfico saliente al puerto TCP 25 desde los servidores de Exchange.</translation>
    </message>
    <message>
        <source>Connections to %1 on port 25 timed out: a firewall or your internet provider probably blocks outbound TCP port 25. Allow it from the Exchange servers.</source>
        <translation>Se agotó el tiempo de espera de las conexiones con %1 en el puerto 25: probablemente un firewall o su proveedor de Internet bloquea el tráfico saliente al puerto TCP 25. Permítalo desde los servidores de Exchange.</translation>
    </message>
    <message>
        <source>The archive rejected the journaling address %1 (it does not exist there). Re-copy the journaling address from the Mailprotector Console and run the setup again with it.</source>
        <translation>El archivo rechazó la dirección de diario %1 (no existe allí). Vuelva a copiar la dirección de diario de la Mailprotector Console y ejecute de nuevo la configuración con ella.</translation>
    </message>
    <message>
        <source>No send connector or route matches the archive&apos;s domain. Create the smart host connector with this wizard, or add the archive domain to a send connector&apos;s address spaces.</source>
        <translation>Ningún conector de envío ni ruta coincide con el dominio del archivo. Cree el conector de host inteligente con este asistente o agregue el dominio del archivo a los espacios de direcciones de un conector de envío.</translation>
    </message>
    <message>
        <source>The journal report is larger than the archive or the send connector accepts. Raise the send connector&apos;s MaxMessageSize or ask Mailprotector about the archive&apos;s size limit.</source>
        <translation>El informe de diario es más grande de lo que acepta el archivo o el conector de envío. Aumente MaxMessageSize del conector de envío o consulte a Mailprotector el límite de tamaño del archivo.</translation>
    </message>
    <message>
        <source>The archive refused to accept mail from this organisation (relay or authentication). Check in the Mailprotector Console that SecureStore is enabled for your domain and your outbound IP address is allowed.</source>
        <translation>El archivo se negó a aceptar correo de esta organización (retransmisión o autenticación). Compruebe en la Mailprotector Console que SecureStore está habilitado para su dominio y que su dirección IP de salida está permitida.</translation>
    </message>
    <message>
        <source>The archive&apos;s server is throttling or refused TLS; Exchange keeps retrying. If it persists, check the TLS settings of the send connector.</source>
        <translation>El servidor del archivo está limitando el tráfico o rechazó TLS; Exchange sigue reintentándolo. Si persiste, revise la configuración TLS del conector de envío.</translation>
    </message>
    <message>
        <source>Exchange cannot deliver to the archive; the error above says why. Journal reports are retried until they expire (two days by default).</source>
        <translation>Exchange no puede entregar al archivo; el error anterior indica por qué. Los informes de diario se reintentan hasta que caducan (dos días de forma predeterminada).</translation>
    </message>
    <message>
        <source>The queue to the archive on %1 is retrying: DNS lookup failed.</source>
        <translation>La cola hacia el archivo en %1 está reintentando: falló la búsqueda DNS.</translation>
    </message>
    <message>
        <source>The queue to the archive on %1 is retrying: connection refused on port 25.</source>
        <translation>La cola hacia el archivo en %1 está reintentando: conexión rechazada en el puerto 25.</translation>
    </message>
    <message>
        <source>The queue to the archive on %1 is retrying: connection to port 25 timed out.</source>
        <translation>La cola hacia el archivo en %1 está reintentando: se agotó el tiempo de espera de la conexión al puerto 25.</translation>
    </message>
    <message>
        <source>The queue to the archive on %1 is retrying (%2).</source>
        <translation>La cola hacia el archivo en %1 está reintentando (%2).</translation>
    </message>
    <message>
        <source>The queue to the archive on %1 is suspended: nothing is sent to the archive until it is resumed.</source>
        <translation>La cola hacia el archivo en %1 está suspendida: no se envía nada al archivo hasta que se reanude.</translation>
    </message>
    <message>
        <source>An administrator suspended the queue. Resume it when the reason for suspending it is gone.</source>
        <translation>Un administrador suspendió la cola. Reanúdela cuando desaparezca el motivo de la suspensión.</translation>
    </message>
    <message numerus="yes">
        <source>The queue to the archive on %1 is sending (%n message(s) waiting).</source>
        <translation>
            <numerusform>La cola hacia el archivo en %1 está enviando (%n mensaje en espera).</numerusform>
            <numerusform>La cola hacia el archivo en %1 está enviando (%n mensajes en espera).</numerusform>
        </translation>
    </message>
    <message>
        <source>The queue to the archive on %1 is empty.</source>
        <translation>La cola hacia el archivo en %1 está vacía.</translation>
    </message>
    <message numerus="yes">
        <source>%n journal report(s) on %1 have no route to the archive (Unreachable queue).</source>
        <translation>
            <numerusform>%n informe de diario en %1 no tiene ruta hacia el archivo (cola Unreachable).</numerusform>
            <numerusform>%n informes de diario en %1 no tienen ruta hacia el archivo (cola Unreachable).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; from %3, %4</source>
        <translation>%1: «%2» de %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>%n journal report(s) on %1 are waiting in the Submission queue.</source>
        <translation>
            <numerusform>%n informe de diario en %1 está esperando en la cola Submission.</numerusform>
            <numerusform>%n informes de diario en %1 están esperando en la cola Submission.</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages waiting in Submission for more than %1 minutes point to a backlog in the transport service; check the server&apos;s health.</source>
        <translation>Los mensajes que esperan en Submission más de %1 minutos indican un atasco en el servicio de transporte; revise el estado del servidor.</translation>
    </message>
    <message>
        <source>Nothing is waiting for the archive on %1.</source>
        <translation>No hay nada esperando para el archivo en %1.</translation>
    </message>
    <message>
        <source>the transport servers</source>
        <translation>los servidores de transporte</translation>
    </message>
    <message>
        <source>The journal report expired: Exchange could not deliver it to the archive for the whole retry period (two days by default), so it was given up. Find and fix why the archive was unreachable (see the queue findings); reports that expired are lost unless the undeliverable-reports mailbox received them.</source>
        <translation>El informe de diario caducó: Exchange no pudo entregarlo al archivo durante todo el periodo de reintentos (dos días de forma predeterminada), así que lo abandonó. Averigüe y corrija por qué el archivo no estaba accesible (vea los hallazgos de las colas); los informes caducados se pierden, salvo que los haya recibido el buzón para informes no entregables.</translation>
    </message>
</context>
<context>
    <name>exchange::ReadBack</name>
    <message>
        <source>%1 is &quot;%2&quot;, expected &quot;%3&quot;</source>
        <translation>%1 es «%2», se esperaba «%3»</translation>
    </message>
</context>
<context>
    <name>exchange::ScriptRenderer</name>
    <message>
        <source>SecureStore journaling setup%1 — run in the Exchange Management Shell.</source>
        <translation>Configuración del registro en diario de SecureStore%1: ejecútelo en el Shell de administración de Exchange.</translation>
    </message>
    <message>
        <source>Generated %1. Each step is followed by the command that reads it back.</source>
        <translation>Generado el %1. Cada paso va seguido del comando que lo vuelve a leer.</translation>
    </message>
    <message>
        <source>Invalid input (%1): %2</source>
        <translation>Entrada no válida (%1): %2</translation>
    </message>
    <message>
        <source>Missing management role: %1</source>
        <translation>Falta el rol de administración: %1</translation>
    </message>
    <message>
        <source>Step %1: %2 — %3</source>
        <translation>Paso %1: %2 — %3</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Encontrado: %1</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Conflicto: %1</translation>
    </message>
    <message>
        <source>To resolve: %1</source>
        <translation>Para resolverlo: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
</context>
<context>
    <name>exchange::SettingsValidator</name>
    <message>
        <source>The name is empty.</source>
        <translation>El nombre está vacío.</translation>
    </message>
    <message>
        <source>The name is %1 characters long; Exchange allows at most %2.</source>
        <translation>El nombre tiene %1 caracteres; Exchange admite como máximo %2.</translation>
    </message>
    <message>
        <source>The name contains a control character (tab, line break…); remove it.</source>
        <translation>El nombre contiene un carácter de control (tabulación, salto de línea…); elimínelo.</translation>
    </message>
    <message>
        <source>Enter the journaling address: copy it from the Mailprotector Console (your domain &gt; Archiving tab, bottom of the page).</source>
        <translation>Escriba la dirección de diario: cópiela de la Mailprotector Console (su dominio &gt; pestaña Archiving, al final de la página).</translation>
    </message>
    <message>
        <source>The journaling address &quot;%1&quot; is not valid: %2</source>
        <translation>La dirección de diario «%1» no es válida: %2</translation>
    </message>
    <message>
        <source>The journaling address&apos;s domain is covered by the accepted domain &quot;%1&quot; of this organisation, so journal reports would never leave Exchange. Use the SecureStore address exactly as shown in the Mailprotector Console.</source>
        <translation>El dominio de la dirección de diario está incluido en el dominio aceptado «%1» de esta organización, así que los informes de diario nunca saldrían de Exchange. Use la dirección de SecureStore exactamente como aparece en la Mailprotector Console.</translation>
    </message>
    <message>
        <source>The journaling address already belongs to %1 &quot;%2&quot; in this organisation; journal reports would be delivered there instead of the archive. Check the address.</source>
        <translation>La dirección de diario ya pertenece a %1 «%2» en esta organización; los informes de diario se entregarían allí en lugar de en el archivo. Compruebe la dirección.</translation>
    </message>
    <message>
        <source>Enter a mailbox for undeliverable journal reports (ideally a dedicated one); without it, reports that cannot be delivered are lost after two days.</source>
        <translation>Escriba un buzón para los informes de diario no entregables (idealmente uno dedicado); sin él, los informes que no se pueden entregar se pierden al cabo de dos días.</translation>
    </message>
    <message>
        <source>The mailbox for undeliverable journal reports &quot;%1&quot; is not valid: %2</source>
        <translation>El buzón para informes de diario no entregables «%1» no es válido: %2</translation>
    </message>
    <message>
        <source>The mailbox for undeliverable journal reports must differ from the journaling address; choose a mailbox in your organisation.</source>
        <translation>El buzón para informes de diario no entregables debe ser distinto de la dirección de diario; elija un buzón de su organización.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the recipient of a journal rule; the mailbox for undeliverable journal reports must not be journaled. Choose another mailbox.</source>
        <translation>«%1» es el destinatario de una regla de diario; el buzón para informes de diario no entregables no debe registrarse en diario. Elija otro buzón.</translation>
    </message>
    <message>
        <source>No recipient in this organisation has the address &quot;%1&quot;. Create a mailbox for undeliverable journal reports (ideally dedicated) or enter an existing one.</source>
        <translation>Ningún destinatario de esta organización tiene la dirección «%1». Cree un buzón para informes de diario no entregables (idealmente dedicado) o escriba uno existente.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a group (%2); undeliverable journal reports need a user or shared mailbox.</source>
        <translation>«%1» es un grupo (%2); los informes de diario no entregables necesitan un buzón de usuario o compartido.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a %2, not a mailbox; undeliverable journal reports need a user or shared mailbox.</source>
        <translation>«%1» es un %2, no un buzón; los informes de diario no entregables necesitan un buzón de usuario o compartido.</translation>
    </message>
    <message>
        <source>Journal rule name: %1</source>
        <translation>Nombre de la regla de diario: %1</translation>
    </message>
    <message>
        <source>Remote domain name: %1</source>
        <translation>Nombre del dominio remoto: %1</translation>
    </message>
    <message>
        <source>Send connector name: %1</source>
        <translation>Nombre del conector de envío: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server name.</source>
        <translation>«%1» no es un nombre de servidor.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a transport server of this organisation (found: %2).</source>
        <translation>«%1» no es un servidor de transporte de esta organización (encontrados: %2).</translation>
    </message>
    <message>
        <source>No transport server was found to send through; name the source servers.</source>
        <translation>No se encontró ningún servidor de transporte para enviar; indique los servidores de origen.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>--trust-fingerprint needs --server and a SHA-256 fingerprint (64 hexadecimal digits, colons allowed).</source>
        <translation>--trust-fingerprint necesita --server y una huella digital SHA-256 (64 dígitos hexadecimales, se admiten dos puntos).</translation>
    </message>
</context>
<context>
    <name>remoting::CommandMetadata</name>
    <message>
        <source>The server&apos;s list of available commands is malformed or incomplete.</source>
        <translation>La lista de comandos disponibles del servidor tiene un formato incorrecto o está incompleta.</translation>
    </message>
    <message>
        <source>The server did not list its available commands.</source>
        <translation>El servidor no enumeró sus comandos disponibles.</translation>
    </message>
</context>
<context>
    <name>remoting::RemoteSession</name>
    <message>
        <source>The session is already open.</source>
        <translation>La sesión ya está abierta.</translation>
    </message>
    <message>
        <source>The session is not open.</source>
        <translation>La sesión no está abierta.</translation>
    </message>
    <message>
        <source>Nothing to run.</source>
        <translation>No hay nada que ejecutar.</translation>
    </message>
    <message>
        <source>The session was closed.</source>
        <translation>La sesión se cerró.</translation>
    </message>
    <message>
        <source>The server ended the command without reporting its result.</source>
        <translation>El servidor terminó el comando sin informar de su resultado.</translation>
    </message>
    <message>
        <source>The server refused to open a PowerShell session.</source>
        <translation>El servidor se negó a abrir una sesión de PowerShell.</translation>
    </message>
    <message numerus="yes">
        <source>The server did not finish opening the PowerShell session within %n second(s). It may be overloaded; try again later.</source>
        <translation>
            <numerusform>El servidor no terminó de abrir la sesión de PowerShell en %n segundo. Puede que esté sobrecargado; vuelva a intentarlo más tarde.</numerusform>
            <numerusform>El servidor no terminó de abrir la sesión de PowerShell en %n segundos. Puede que esté sobrecargado; vuelva a intentarlo más tarde.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server described another PowerShell session than ours.</source>
        <translation>El servidor describió una sesión de PowerShell distinta de la nuestra.</translation>
    </message>
    <message>
        <source>The server reports this PowerShell session as %1, not connected.</source>
        <translation>El servidor indica que esta sesión de PowerShell está %1, no conectada.</translation>
    </message>
</context>
<context>
    <name>remoting::ServerText</name>
    <message>
        <source>… (%1 more characters)</source>
        <translation>… (%1 caracteres más)</translation>
    </message>
</context>
<context>
    <name>remoting::WsmanTransport</name>
    <message>
        <source>The server address &quot;%1&quot; is not a valid http:// or https:// URL. Enter the Exchange server&apos;s name, e.g. ex01.contoso.com.</source>
        <translation>La dirección del servidor «%1» no es una URL http:// o https:// válida. Escriba el nombre del servidor Exchange, p. ej. ex01.contoso.com.</translation>
    </message>
    <message>
        <source>Could not encrypt the request for the server.</source>
        <translation>No se pudo cifrar la solicitud para el servidor.</translation>
    </message>
    <message>
        <source>Authentication with the server did not complete.</source>
        <translation>La autenticación con el servidor no se completó.</translation>
    </message>
    <message>
        <source>The server answered without encryption on an encrypted session.</source>
        <translation>El servidor respondió sin cifrar en una sesión cifrada.</translation>
    </message>
    <message>
        <source>The server did not agree to encrypt the session, and this tool does not send Exchange commands unencrypted over http.</source>
        <translation>El servidor no aceptó cifrar la sesión, y esta herramienta no envía comandos de Exchange sin cifrar por http.</translation>
    </message>
    <message>
        <source>The server rejected our credentials twice in a row (HTTP 401), although it had accepted them earlier in this session; authenticating anew did not help. The password may have changed or the account been locked meanwhile, or a load balancer sent the request to a server that does not accept them. Try again; if it keeps happening, check the account and the load balancer&apos;s session affinity.</source>
        <translation>El servidor rechazó nuestras credenciales dos veces seguidas (HTTP 401), aunque las había aceptado antes en esta sesión; autenticarse de nuevo no sirvió. Puede que entretanto la contraseña haya cambiado o la cuenta se haya bloqueado, o que un equilibrador de carga haya enviado la solicitud a un servidor que no las acepta. Vuelva a intentarlo; si sigue ocurriendo, revise la cuenta y la afinidad de sesión del equilibrador de carga.</translation>
    </message>
    <message>
        <source>The server rejected the user name or password (HTTP 401).</source>
        <translation>El servidor rechazó el nombre de usuario o la contraseña (HTTP 401).</translation>
    </message>
    <message>
        <source>The server did not accept our %1 credentials (HTTP 401).</source>
        <translation>El servidor no aceptó las credenciales de %1 (HTTP 401).</translation>
    </message>
    <message>
        <source>The server answered HTTP 200 without a WS-Management message.</source>
        <translation>El servidor respondió con HTTP 200 sin un mensaje de WS-Management.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 %2.</source>
        <translation>El servidor respondió con HTTP %1 %2.</translation>
    </message>
</context>
<context>
    <name>remoting::auth</name>
    <message>
        <source>Basic authentication needs a user name and password.</source>
        <translation>La autenticación básica necesita un nombre de usuario y una contraseña.</translation>
    </message>
    <message>
        <source>Basic authentication cannot encrypt messages.</source>
        <translation>La autenticación básica no puede cifrar mensajes.</translation>
    </message>
    <message>
        <source>The server sent an encrypted message that is not framed as expected (MS-WSMV multipart/encrypted): %1</source>
        <translation>El servidor envió un mensaje cifrado cuyo formato no es el esperado (MS-WSMV multipart/encrypted): %1</translation>
    </message>
    <message>
        <source>The server&apos;s encrypted message could not be decrypted or failed its integrity check. The connection may have been tampered with, or the security context is out of step; reconnect and try again.</source>
        <translation>No se pudo descifrar el mensaje cifrado del servidor o no superó la comprobación de integridad. Puede que la conexión se haya manipulado o que el contexto de seguridad haya perdido la sincronización; vuelva a conectarse e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The decrypted message has %1 bytes but the server announced %2.</source>
        <translation>El mensaje descifrado tiene %1 bytes, pero el servidor anunció %2.</translation>
    </message>
    <message>
        <source>The server name is missing.</source>
        <translation>Falta el nombre del servidor.</translation>
    </message>
    <message>
        <source>the current user</source>
        <translation>el usuario actual</translation>
    </message>
    <message>
        <source>The account %1 is disabled, locked out or its password has expired.</source>
        <translation>La cuenta de usuario (%1) está deshabilitada o bloqueada, o su contraseña ha caducado.</translation>
    </message>
    <message>
        <source>The server rejected the TLS channel binding (Extended Protection). A proxy or load balancer that terminates TLS is in the way; connect to the server directly.</source>
        <translation>El servidor rechazó el enlace de canal TLS (Protección ampliada). Hay un proxy o un equilibrador de carga que termina TLS en medio; conéctese directamente al servidor.</translation>
    </message>
    <message>
        <source>A security token or encrypted message from the server failed its integrity check.</source>
        <translation>Un token de seguridad o un mensaje cifrado del servidor no superó la comprobación de integridad.</translation>
    </message>
    <message>
        <source>Windows authentication failed: %1</source>
        <translation>Error en la autenticación de Windows: %1</translation>
    </message>
    <message>
        <source>The account %1 is disabled or locked out.</source>
        <translation>La cuenta de usuario (%1) está deshabilitada o bloqueada.</translation>
    </message>
    <message>
        <source>The server could not decrypt the Kerberos ticket: its keytab does not match the service principal HTTP/%1 (stale key or wrong SPN).</source>
        <translation>El servidor no pudo descifrar el vale de Kerberos: su keytab no coincide con la entidad de seguridad de servicio HTTP/%1 (clave obsoleta o SPN incorrecto).</translation>
    </message>
    <message>
        <source>A security token or encrypted message from the peer failed its integrity check (%1).</source>
        <translation>Un token de seguridad o un mensaje cifrado del otro extremo no superó la comprobación de integridad (%1).</translation>
    </message>
    <message>
        <source>%1 authentication failed: %2</source>
        <translation>Error en la autenticación %1: %2</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is not valid.</source>
        <translation>El nombre de usuario «%1» no es válido.</translation>
    </message>
    <message>
        <source>Basic authentication does not use GSSAPI.</source>
        <translation>La autenticación básica no usa GSSAPI.</translation>
    </message>
    <message>
        <source>The server name &quot;%1&quot; cannot be used for Kerberos.</source>
        <translation>El nombre de servidor «%1» no se puede usar para Kerberos.</translation>
    </message>
    <message>
        <source>The server sent another authentication token after the exchange had completed.</source>
        <translation>El servidor envió otro token de autenticación después de completarse el intercambio.</translation>
    </message>
    <message>
        <source>The server did not continue the %1 exchange (no token in its answer).</source>
        <translation>El servidor no continuó el intercambio %1 (su respuesta no contenía ningún token).</translation>
    </message>
    <message>
        <source>Message encryption is not available: authentication has not completed or the server did not agree to encryption.</source>
        <translation>El cifrado de mensajes no está disponible: la autenticación no se ha completado o el servidor no aceptó el cifrado.</translation>
    </message>
    <message>
        <source>NTLM message sealing failed.</source>
        <translation>Error en el sellado de mensajes NTLM.</translation>
    </message>
    <message>
        <source>Kerberos message encryption was not applied.</source>
        <translation>No se aplicó el cifrado de mensajes de Kerberos.</translation>
    </message>
    <message>
        <source>Cannot decrypt the message: authentication has not completed.</source>
        <translation>No se puede descifrar el mensaje: la autenticación no se ha completado.</translation>
    </message>
    <message>
        <source>The server rejected the user name or password (Basic authentication).</source>
        <translation>El servidor rechazó el nombre de usuario o la contraseña (autenticación básica).</translation>
    </message>
    <message>
        <source>Basic authentication sends the password in clear text, so it is only used over HTTPS.</source>
        <translation>La autenticación básica envía la contraseña en texto claro, por lo que solo se usa por HTTPS.</translation>
    </message>
    <message>
        <source>The domain controller rejected the password for %1.</source>
        <translation>El controlador de dominio rechazó la contraseña para %1.</translation>
    </message>
    <message>
        <source>The user %1 is not known to the Kerberos realm.</source>
        <translation>El realm de Kerberos no conoce al usuario %1.</translation>
    </message>
    <message>
        <source>The domain controller does not know the service principal HTTP/%1.</source>
        <translation>El controlador de dominio no conoce la entidad de seguridad de servicio HTTP/%1.</translation>
    </message>
    <message>
        <source>The clocks of this computer and the domain controller or the server differ by more than Kerberos allows (usually 5 minutes).</source>
        <translation>Los relojes de este equipo y del controlador de dominio o del servidor difieren más de lo que Kerberos permite (normalmente 5 minutos).</translation>
    </message>
    <message>
        <source>No Kerberos domain controller (KDC) could be reached for the realm.</source>
        <translation>No se pudo contactar con ningún controlador de dominio de Kerberos (KDC) para el realm.</translation>
    </message>
    <message>
        <source>The password of %1 has expired.</source>
        <translation>La contraseña de %1 ha caducado.</translation>
    </message>
    <message>
        <source>No NTLM credentials are available for the current user.</source>
        <translation>No hay credenciales NTLM disponibles para el usuario actual.</translation>
    </message>
    <message>
        <source>No Kerberos ticket is available for %1.</source>
        <translation>No hay ningún vale de Kerberos disponible para %1.</translation>
    </message>
    <message>
        <source>The Kerberos ticket has expired.</source>
        <translation>El vale de Kerberos ha caducado.</translation>
    </message>
    <message>
        <source>%1 is not available on this computer.</source>
        <translation>%1 no está disponible en este equipo.</translation>
    </message>
    <message>
        <source>No Windows credentials are available for %1.</source>
        <translation>No hay credenciales de Windows disponibles para %1.</translation>
    </message>
    <message>
        <source>The logon was rejected for %1.</source>
        <translation>Se rechazó el inicio de sesión para %1.</translation>
    </message>
    <message>
        <source>No domain controller could be reached to authenticate.</source>
        <translation>No se pudo contactar con ningún controlador de dominio para la autenticación.</translation>
    </message>
</context>
<context>
    <name>remoting::clixml</name>
    <message>
        <source>The server sent PowerShell data that could not be read.</source>
        <translation>El servidor envió datos de PowerShell que no se pudieron leer.</translation>
    </message>
</context>
<context>
    <name>remoting::http::HttpConnection</name>
    <message>
        <source>The address %1 is not an http:// or https:// URL.</source>
        <translation>La dirección %1 no es una URL http:// o https://.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2 (SHA-256 fingerprint %3).</source>
        <translation>Falló la conexión segura con %1: %2 (huella digital SHA-256 %3).</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2.</source>
        <translation>Falló la conexión con %1: %2.</translation>
    </message>
    <message>
        <source>The server %1 did not answer within %2 seconds.</source>
        <translation>El servidor %1 no respondió en %2 segundos.</translation>
    </message>
    <message>
        <source>The server %1 sent a malformed HTTP response.</source>
        <translation>El servidor %1 envió una respuesta HTTP con formato incorrecto.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Se canceló la solicitud.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2.</source>
        <translation>Falló la conexión segura con %1: %2.</translation>
    </message>
    <message>
        <source>The certificate of %1 (SHA-256 fingerprint %2) does not match the pinned fingerprint %3.</source>
        <translation>El certificado de %1 (huella digital SHA-256 %2) no coincide con la huella digital fijada %3.</translation>
    </message>
    <message>
        <source>The certificate of %1 (SHA-256 fingerprint %3) is not trusted: %2.</source>
        <translation>El certificado de %1 (huella digital SHA-256 %3) no es de confianza: %2.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found in DNS.</source>
        <translation>No se encontró el nombre de servidor %1 en DNS.</translation>
    </message>
    <message>
        <source>%1 refused the connection on port %2.</source>
        <translation>%1 rechazó la conexión en el puerto %2.</translation>
    </message>
    <message>
        <source>Could not connect to %1 port %2 in time.</source>
        <translation>No se pudo conectar a tiempo con %1 en el puerto %2.</translation>
    </message>
    <message>
        <source>Could not connect to %1 port %2: %3.</source>
        <translation>No se pudo conectar con %1 en el puerto %2: %3.</translation>
    </message>
    <message>
        <source>The server %1 closed the connection before answering.</source>
        <translation>El servidor %1 cerró la conexión antes de responder.</translation>
    </message>
    <message>
        <source>Could not connect to %1 within %2 seconds.</source>
        <translation>No se pudo conectar con %1 en %2 segundos.</translation>
    </message>
    <message>
        <source>The server %1 did not complete its answer within %2 seconds.</source>
        <translation>El servidor %1 no completó su respuesta en %2 segundos.</translation>
    </message>
</context>
<context>
    <name>remoting::psrp</name>
    <message>
        <source>The server sent malformed PowerShell data fragments.</source>
        <translation>El servidor envió fragmentos de datos de PowerShell con formato incorrecto.</translation>
    </message>
    <message>
        <source>The server sent a malformed PowerShell message.</source>
        <translation>El servidor envió un mensaje de PowerShell con formato incorrecto.</translation>
    </message>
    <message>
        <source>The PowerShell message is not in the expected form.</source>
        <translation>El mensaje de PowerShell no tiene la forma esperada.</translation>
    </message>
    <message>
        <source>The server sent more unfinished PowerShell data than this tool accepts (at most %1 messages and %2 MB at a time). The session was ended as a protocol error; if the server is genuine, report this with the log.</source>
        <translation>El servidor envió más datos de PowerShell incompletos de los que admite esta herramienta (como máximo %1 mensajes y %2 MB a la vez). La sesión se terminó como error de protocolo; si el servidor es auténtico, informe de ello adjuntando el registro.</translation>
    </message>
    <message>
        <source>The server sent a PowerShell message that is not addressed to this client. The data cannot be trusted and was not used.</source>
        <translation>El servidor envió un mensaje de PowerShell que no va dirigido a este cliente. Los datos no son de confianza y no se usaron.</translation>
    </message>
    <message>
        <source>The server sent PowerShell data that belongs to another session (runspace pool %1; this session&apos;s is %2). The data cannot be trusted and was not used.</source>
        <translation>El servidor envió datos de PowerShell que pertenecen a otra sesión (grupo de espacios de ejecución %1; el de esta sesión es %2). Los datos no son de confianza y no se usaron.</translation>
    </message>
    <message>
        <source>The server sent data for a command (pipeline %1) where only data for the session itself was expected. The data cannot be trusted and was not used.</source>
        <translation>El servidor envió datos para un comando (canalización %1) donde solo se esperaban datos de la propia sesión. Los datos no son de confianza y no se usaron.</translation>
    </message>
    <message>
        <source>The server sent data for another command (pipeline %1) while this command (pipeline %2) was running. The data cannot be trusted and was not used.</source>
        <translation>El servidor envió datos para otro comando (canalización %1) mientras se ejecutaba este comando (canalización %2). Los datos no son de confianza y no se usaron.</translation>
    </message>
    <message>
        <source>The server sent data for command %1 where only data for the session itself was expected. The data cannot be trusted and was not used.</source>
        <translation>El servidor envió datos para el comando %1 donde solo se esperaban datos de la propia sesión. Los datos no son de confianza y no se usaron.</translation>
    </message>
    <message>
        <source>The server answered for command %1 when asked for command %2. The data cannot be trusted and was not used.</source>
        <translation>El servidor respondió por el comando %1 cuando se le preguntó por el comando %2. Los datos no son de confianza y no se usaron.</translation>
    </message>
</context>
<context>
    <name>remoting::psrp::PipelineReceiver</name>
    <message>
        <source>The server sent an unreadable pipeline state.</source>
        <translation>El servidor envió un estado de canalización ilegible.</translation>
    </message>
</context>
<context>
    <name>remoting::psrp::RunspacePoolOpening</name>
    <message>
        <source>The server sent an unreadable runspace state.</source>
        <translation>El servidor envió un estado de espacio de ejecución (runspace) ilegible.</translation>
    </message>
    <message>
        <source>The server could not open a PowerShell session.</source>
        <translation>El servidor no pudo abrir una sesión de PowerShell.</translation>
    </message>
    <message>
        <source>The server could not open a PowerShell session: %1</source>
        <translation>El servidor no pudo abrir una sesión de PowerShell: %1</translation>
    </message>
</context>
<context>
    <name>remoting::wsman</name>
    <message>
        <source>The server sent an unexpected WS-Management response.</source>
        <translation>El servidor envió una respuesta de WS-Management inesperada.</translation>
    </message>
    <message>
        <source>The server reported a WS-Management fault without a message.</source>
        <translation>El servidor notificó un error de WS-Management sin mensaje.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 with a web page instead of a WS-Management message; the PowerShell virtual directory or its back end may be broken: %2</source>
        <translation>El servidor respondió con HTTP %1 y una página web en lugar de un mensaje de WS-Management; puede que el directorio virtual de PowerShell o su back-end estén dañados: %2</translation>
    </message>
    <message>
        <source>The server answered with a web page instead of a WS-Management message; the PowerShell virtual directory or its back end may be broken: %1</source>
        <translation>El servidor respondió con una página web en lugar de un mensaje de WS-Management; puede que el directorio virtual de PowerShell o su back-end estén dañados: %1</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 with something that is not a WS-Management message: %2</source>
        <translation>El servidor respondió con HTTP %1 y algo que no es un mensaje de WS-Management: %2</translation>
    </message>
    <message>
        <source>The server answered with something that is not a WS-Management message: %1</source>
        <translation>El servidor respondió con algo que no es un mensaje de WS-Management: %1</translation>
    </message>
    <message>
        <source>The server sent a malformed WS-Management message.</source>
        <translation>El servidor envió un mensaje de WS-Management con formato incorrecto.</translation>
    </message>
    <message>
        <source>The server does not support this WS-Management request; the address may not be a PowerShell remoting endpoint.</source>
        <translation>El servidor no admite esta solicitud de WS-Management; puede que la dirección no sea un punto de conexión de comunicación remota de PowerShell.</translation>
    </message>
    <message>
        <source>%1 The server said: %2</source>
        <translation>%1 El servidor indicó: %2</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 with an empty body instead of a WS-Management message.</source>
        <translation>El servidor respondió con HTTP %1 y un cuerpo vacío en lugar de un mensaje de WS-Management.</translation>
    </message>
    <message>
        <source>The server answered with an empty body instead of a WS-Management message.</source>
        <translation>El servidor respondió con un cuerpo vacío en lugar de un mensaje de WS-Management.</translation>
    </message>
    <message>
        <source>The server no longer knows this PowerShell session or command: it was closed, timed out or the server restarted.</source>
        <translation>El servidor ya no conoce esta sesión de PowerShell o este comando: se cerró, caducó o el servidor se reinició.</translation>
    </message>
    <message>
        <source>The server has no PowerShell endpoint for this address and configuration.</source>
        <translation>El servidor no tiene ningún punto de conexión de PowerShell para esta dirección y configuración.</translation>
    </message>
</context>
<context>
    <name>wizard::ApplyPage</name>
    <message>
        <source>Applying the changes</source>
        <translation>Aplicando los cambios</translation>
    </message>
    <message>
        <source>Each change is made, then read back from Exchange to confirm it.</source>
        <translation>Cada cambio se realiza y después se vuelve a leer de Exchange para confirmarlo.</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Applying… You can cancel; the wizard stops after the current step.</source>
        <translation>Aplicando… Puede cancelar; el asistente se detiene después del paso actual.</translation>
    </message>
    <message>
        <source>Stopping after the current step…</source>
        <translation>Deteniendo después del paso actual…</translation>
    </message>
    <message>
        <source>Cancelled. Steps that had not started were left unchanged.</source>
        <translation>Cancelado. Los pasos que no habían empezado no se modificaron.</translation>
    </message>
    <message>
        <source>Done: every step is configured and verified.</source>
        <translation>Hecho: cada paso está configurado y verificado.</translation>
    </message>
    <message>
        <source>A step failed; the steps after it were not run. See the log.</source>
        <translation>Un paso falló; los pasos siguientes no se ejecutaron. Consulte el registro.</translation>
    </message>
</context>
<context>
    <name>wizard::CertificateDialog</name>
    <message>
        <source>Issued to:</source>
        <translation>Emitido para:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Emitido por:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Válido desde:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Válido hasta:</translation>
    </message>
    <message>
        <source>Other names:</source>
        <translation>Otros nombres:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Huella digital SHA-256:</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>Certificado no confiable</translation>
    </message>
    <message>
        <source>%1 presented a certificate that this computer does not trust. This is normal for Exchange&apos;s self-signed certificate, but it can also mean someone is intercepting the connection. Compare the fingerprint with the certificate on the server (Exchange admin center &gt; Servers &gt; Certificates) before trusting it.</source>
        <translation>%1 presentó un certificado en el que este equipo no confía. Es normal con el certificado autofirmado de Exchange, pero también puede significar que alguien está interceptando la conexión. Compare la huella digital con el certificado del servidor (Centro de administración de Exchange &gt; Servidores &gt; Certificados) antes de confiar en él.</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate for %1</source>
        <translation>&amp;Confiar en este certificado para %1</translation>
    </message>
</context>
<context>
    <name>wizard::ConnectPage</name>
    <message>
        <source>Connect to Exchange</source>
        <translation>Conectar con Exchange</translation>
    </message>
    <message>
        <source>Enter an Exchange server of the organisation. The wizard reads its configuration before changing anything.</source>
        <translation>Escriba un servidor Exchange de la organización. El asistente lee su configuración antes de cambiar nada.</translation>
    </message>
    <message>
        <source>ex01.contoso.com</source>
        <translation>ex01.contoso.com</translation>
    </message>
    <message>
        <source>Exchange server</source>
        <translation>Servidor Exchange</translation>
    </message>
    <message>
        <source>Sign in as</source>
        <translation>Iniciar sesión como</translation>
    </message>
    <message>
        <source>The current Windows user (Kerberos)</source>
        <translation>El usuario actual de Windows (Kerberos)</translation>
    </message>
    <message>
        <source>This user name and password (Kerberos)</source>
        <translation>Este nombre de usuario y contraseña (Kerberos)</translation>
    </message>
    <message>
        <source>This user name and password (NTLM)</source>
        <translation>Este nombre de usuario y contraseña (NTLM)</translation>
    </message>
    <message>
        <source>This user name and password (Basic, HTTPS only)</source>
        <translation>Este nombre de usuario y contraseña (básica, solo HTTPS)</translation>
    </message>
    <message>
        <source>CONTOSO\admin or admin@contoso.com</source>
        <translation>CONTOSO\admin o admin@contoso.com</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Recordar la contraseña en el llavero del sistema</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>Sign &amp;in as:</source>
        <translation>Iniciar sesión &amp;como:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <source>(saved in the system keychain)</source>
        <translation>(guardada en el llavero del sistema)</translation>
    </message>
    <message>
        <source>Connects to %1</source>
        <translation>Se conecta con %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Reading the organisation&apos;s configuration…</source>
        <translation>Leyendo la configuración de la organización…</translation>
    </message>
    <message>
        <source>Connected to %1 (%2 %3).</source>
        <translation>Conectado con %1 (%2 %3).</translation>
    </message>
    <message>
        <source>Accepted domains: %1</source>
        <translation>Dominios aceptados: %1</translation>
    </message>
    <message>
        <source>This account lacks the management role(s) %1. Ask an administrator to add it to Organization Management, or sign in with an account that is a member.</source>
        <translation>A esta cuenta le faltan los roles de administración %1. Pida a un administrador que la agregue a Organization Management o inicie sesión con una cuenta que sea miembro.</translation>
    </message>
    <message>
        <source>Test the connection to continue.</source>
        <translation>Pruebe la conexión para continuar.</translation>
    </message>
</context>
<context>
    <name>wizard::FieldCheck</name>
    <message>
        <source>Journal reports will be sent to %1.</source>
        <translation>Los informes de diario se enviarán a %1.</translation>
    </message>
    <message>
        <source>%1 is a %2, not a mailbox. Choose a user or shared mailbox (ideally one used only for these reports).</source>
        <translation>%1 es un %2, no un buzón. Elija un buzón de usuario o compartido (idealmente uno que solo se use para estos informes).</translation>
    </message>
    <message>
        <source>%1 is not an accepted domain of this organisation. The reports must go to a mailbox in this organisation.</source>
        <translation>%1 no es un dominio aceptado de esta organización. Los informes deben ir a un buzón de esta organización.</translation>
    </message>
    <message>
        <source>A journal rule named &quot;%1&quot; already exists and does something else (sends to %2, scope %3). Choose another name.</source>
        <translation>Ya existe una regla de diario llamada «%1» que hace otra cosa (envía a %2, ámbito %3). Elija otro nombre.</translation>
    </message>
    <message>
        <source>The existing rule &quot;%1&quot; already does this; it will be enabled.</source>
        <translation>La regla existente «%1» ya hace esto; se habilitará.</translation>
    </message>
    <message>
        <source>The existing rule &quot;%1&quot; already does this; it will be kept.</source>
        <translation>La regla existente «%1» ya hace esto; se conservará.</translation>
    </message>
    <message>
        <source>A new rule &quot;%1&quot; will be created.</source>
        <translation>Se creará una regla nueva «%1».</translation>
    </message>
    <message>
        <source>%1 is the user mailbox &quot;%2&quot;.</source>
        <translation>%1 es el buzón de usuario «%2».</translation>
    </message>
    <message>
        <source>%1 is the shared mailbox &quot;%2&quot;.</source>
        <translation>%1 es el buzón compartido «%2».</translation>
    </message>
    <message>
        <source>No user or shared mailbox %1 was found in this organisation (a group, a contact or a mistyped address cannot receive these reports). Choose a mailbox from the list that opens as you type.</source>
        <translation>No se encontró ningún buzón de usuario o compartido %1 en esta organización (un grupo, un contacto o una dirección mal escrita no pueden recibir estos informes). Elija un buzón de la lista que se abre al escribir.</translation>
    </message>
    <message>
        <source>The mailboxes of this organisation were not listed; %1 will be looked up on the review page before anything is changed.</source>
        <translation>No se enumeraron los buzones de esta organización; %1 se comprobará en la página de revisión antes de cambiar nada.</translation>
    </message>
    <message>
        <source>%1 is not among the %2 mailboxes listed (large organisations are listed only in part); it will be looked up on the review page before anything is changed.</source>
        <translation>%1 no está entre los %2 buzones enumerados (en organizaciones grandes solo se enumera una parte); se comprobará en la página de revisión antes de cambiar nada.</translation>
    </message>
</context>
<context>
    <name>wizard::FinishPage</name>
    <message>
        <source>Finished</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>&amp;Open log folder</source>
        <translation>&amp;Abrir la carpeta del registro</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>Guardar el &amp;informe…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>Archivos HTML (*.html)</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>No se pudo guardar el informe en %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The run was cancelled. %n step(s) were changed and verified before it stopped.</source>
        <translation>
            <numerusform>Se canceló la ejecución. Se cambió y verificó %n paso antes de detenerse.</numerusform>
            <numerusform>Se canceló la ejecución. Se cambiaron y verificaron %n pasos antes de detenerse.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything was already configured; nothing was changed.</source>
        <translation>Todo estaba ya configurado; no se cambió nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) were changed and verified; the others were already configured.</source>
        <translation>
            <numerusform>Se cambió y verificó %n paso; los demás ya estaban configurados.</numerusform>
            <numerusform>Se cambiaron y verificaron %n pasos; los demás ya estaban configurados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The run failed. %n step(s) were changed and verified before the failure; the failed step is described below.</source>
        <translation>
            <numerusform>La ejecución falló. Se cambió y verificó %n paso antes del error; el paso que falló se describe abajo.</numerusform>
            <numerusform>La ejecución falló. Se cambiaron y verificaron %n pasos antes del error; el paso que falló se describe abajo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) needed no change.</source>
        <translation>
            <numerusform>%n paso no necesitó cambios.</numerusform>
            <numerusform>%n pasos no necesitaron cambios.</numerusform>
        </translation>
    </message>
    <message>
        <source>Internal mail is now journaled to SecureStore.</source>
        <translation>El correo interno se registra ahora en diario en SecureStore.</translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation>Archivo de registro: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Change journal: %1</source>
        <translation>Diario de cambios: %1</translation>
    </message>
    <message>
        <source>(nothing changed)</source>
        <translation>(no se cambió nada)</translation>
    </message>
    <message>
        <source>Nothing was changed, so there is nothing to undo.</source>
        <translation>No se cambió nada, así que no hay nada que deshacer.</translation>
    </message>
    <message>
        <source>To undo this run (restore the previous undeliverable-reports address and remove what was created), run:
%1</source>
        <translation>Para deshacer esta ejecución (restaurar la dirección anterior para informes no entregables y eliminar lo creado), ejecute:
%1</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>SecureStore journaling setup report</source>
        <translation>Informe de la configuración del registro en diario de SecureStore</translation>
    </message>
    <message>
        <source>Does journaling work?</source>
        <translation>¿Funciona el registro en diario?</translation>
    </message>
    <message>
        <source>&amp;Stop waiting</source>
        <translation>&amp;Dejar de esperar</translation>
    </message>
    <message>
        <source>Stop waiting for a journal report; you can also finish without waiting.</source>
        <translation>Dejar de esperar un informe de diario; también puede finalizar sin esperar.</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Evidencia: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Qué hacer: %1</translation>
    </message>
    <message>
        <source>Journaling health check</source>
        <translation>Comprobación de estado del registro en diario</translation>
    </message>
    <message>
        <source>Read-only: nothing is changed.</source>
        <translation>Solo lectura: no se cambia nada.</translation>
    </message>
    <message>
        <source>Checking the journaling configuration of %1 and whether journal reports leave the organisation for the archive. You can finish at any time.</source>
        <translation>Comprobando la configuración del registro en diario de %1 y si los informes de diario salen de la organización hacia el archivo. Puede finalizar en cualquier momento.</translation>
    </message>
</context>
<context>
    <name>wizard::HealthCheckController</name>
    <message>
        <source>Not connected to Exchange: the check needs the connection.</source>
        <translation>No hay conexión con Exchange: la comprobación necesita la conexión.</translation>
    </message>
    <message>
        <source>The check could not be completed: %1</source>
        <translation>No se pudo completar la comprobación: %1</translation>
    </message>
    <message>
        <source>Checking the configuration…</source>
        <translation>Comprobando la configuración…</translation>
    </message>
    <message>
        <source>Configuration: journal rule, undeliverable-reports mailbox and routing are as set up.</source>
        <translation>Configuración: la regla de diario, el buzón para informes no entregables y el enrutamiento están como se configuraron.</translation>
    </message>
    <message>
        <source>Configuration: %1</source>
        <translation>Configuración: %1</translation>
    </message>
    <message>
        <source>Scanning the transport queues…</source>
        <translation>Examinando las colas de transporte…</translation>
    </message>
    <message>
        <source>Queues: not read.</source>
        <translation>Colas: no leídas.</translation>
    </message>
    <message>
        <source>Queues: %1</source>
        <translation>Colas: %1</translation>
    </message>
    <message>
        <source>Following journal reports in message tracking…</source>
        <translation>Siguiendo los informes de diario en el seguimiento de mensajes…</translation>
    </message>
    <message>
        <source>Waiting for the first journal report…</source>
        <translation>Esperando el primer informe de diario…</translation>
    </message>
    <message>
        <source>Delivery not followed.</source>
        <translation>No se siguió la entrega.</translation>
    </message>
</context>
<context>
    <name>wizard::JournalAddressPage</name>
    <message>
        <source>Journaling address</source>
        <translation>Dirección de diario</translation>
    </message>
    <message>
        <source>The unique address your SecureStore archive receives journal reports on.</source>
        <translation>La dirección única en la que su archivo de SecureStore recibe los informes de diario.</translation>
    </message>
    <message>
        <source>In the Mailprotector Console, open the domain, select the &lt;b&gt;Archiving&lt;/b&gt; tab and copy the journaling address shown at the bottom of the page. Paste it below.</source>
        <translation>En la Mailprotector Console, abra el dominio, seleccione la pestaña &lt;b&gt;Archiving&lt;/b&gt; y copie la dirección de diario que aparece al final de la página. Péguela abajo.</translation>
    </message>
    <message>
        <source>for example j-1a2b3c@archive.example.net</source>
        <translation>por ejemplo j-1a2b3c@archive.example.net</translation>
    </message>
    <message>
        <source>&amp;Journaling address:</source>
        <translation>&amp;Dirección de diario:</translation>
    </message>
</context>
<context>
    <name>wizard::JournalRulePage</name>
    <message>
        <source>Journal rule</source>
        <translation>Regla de diario</translation>
    </message>
    <message>
        <source>A rule that sends a journal report of every internal message to SecureStore.</source>
        <translation>Una regla que envía a SecureStore un informe de diario de cada mensaje interno.</translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation>Nombre de la regla</translation>
    </message>
    <message>
        <source>Internal messages only</source>
        <translation>Solo mensajes internos</translation>
    </message>
    <message>
        <source>All messages (no recipient filter)</source>
        <translation>Todos los mensajes (sin filtro de destinatarios)</translation>
    </message>
    <message>
        <source>Existing journal rules</source>
        <translation>Reglas de diario existentes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Sends to</source>
        <translation>Envía a</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Habilitada</translation>
    </message>
    <message>
        <source>Rule &amp;name:</source>
        <translation>&amp;Nombre de la regla:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Ámbito:</translation>
    </message>
    <message>
        <source>Applies to:</source>
        <translation>Se aplica a:</translation>
    </message>
    <message>
        <source>Journal rules in this organisation:</source>
        <translation>Reglas de diario de esta organización:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
</context>
<context>
    <name>wizard::NdrMailboxPage</name>
    <message>
        <source>Undeliverable journal reports</source>
        <translation>Informes de diario no entregables</translation>
    </message>
    <message>
        <source>Exchange sends journal reports it cannot deliver to this mailbox instead of dropping them after two days.</source>
        <translation>Exchange envía a este buzón los informes de diario que no puede entregar, en lugar de descartarlos al cabo de dos días.</translation>
    </message>
    <message>
        <source>Choose a user or shared mailbox in this organisation, ideally one used only for these reports. It must not be the journaling address. Reports that arrive there cannot simply be sent again; keep them until the archive has them.</source>
        <translation>Elija un buzón de usuario o compartido de esta organización, idealmente uno que solo se use para estos informes. No puede ser la dirección de diario. Los informes que llegan allí no se pueden volver a enviar sin más; consérvelos hasta que el archivo los tenga.</translation>
    </message>
    <message>
        <source>Mailbox for undeliverable reports</source>
        <translation>Buzón para informes no entregables</translation>
    </message>
    <message>
        <source>journal-ndr@contoso.com</source>
        <translation>journal-ndr@contoso.com</translation>
    </message>
    <message>
        <source>&amp;Mailbox:</source>
        <translation>&amp;Buzón:</translation>
    </message>
    <message>
        <source>Currently: not set — undeliverable journal reports are lost.</source>
        <translation>Actualmente: sin configurar; los informes de diario no entregables se pierden.</translation>
    </message>
    <message>
        <source>Currently: %1</source>
        <translation>Actualmente: %1</translation>
    </message>
    <message>
        <source>&amp;Replace the current address %1 with %2</source>
        <translation>&amp;Sustituir la dirección actual %1 por %2</translation>
    </message>
</context>
<context>
    <name>wizard::RemoteDomainPage</name>
    <message>
        <source>winmail.dat protection</source>
        <translation>Protección contra winmail.dat</translation>
    </message>
    <message>
        <source>A remote domain for the archive&apos;s domain makes Exchange send journal reports without winmail.dat attachments and without out-of-office replies.</source>
        <translation>Un dominio remoto para el dominio del archivo hace que Exchange envíe los informes de diario sin adjuntos winmail.dat y sin respuestas de fuera de la oficina.</translation>
    </message>
    <message>
        <source>&amp;Create or update the remote domain (recommended)</source>
        <translation>&amp;Crear o actualizar el dominio remoto (recomendado)</translation>
    </message>
    <message>
        <source>Remote domain name</source>
        <translation>Nombre del dominio remoto</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Dominio:</translation>
    </message>
    <message>
        <source>Out-of-office replies:</source>
        <translation>Respuestas de fuera de la oficina:</translation>
    </message>
    <message>
        <source>Use rich-text format:</source>
        <translation>Usar formato de texto enriquecido:</translation>
    </message>
    <message>
        <source>Journal reports may reach the archive as winmail.dat attachments that it cannot index.</source>
        <translation>Los informes de diario podrían llegar al archivo como adjuntos winmail.dat que no puede indexar.</translation>
    </message>
    <message>
        <source>The existing remote domain &quot;%1&quot; for %2 will be reused; only its settings will be set.</source>
        <translation>Se reutilizará el dominio remoto existente «%1» para %2; solo se establecerá su configuración.</translation>
    </message>
    <message>
        <source>A new remote domain &quot;%1&quot; for %2 will be created.</source>
        <translation>Se creará un dominio remoto nuevo «%1» para %2.</translation>
    </message>
    <message>
        <source>%1 Choose another name.</source>
        <translation>%1 Elija otro nombre.</translation>
    </message>
</context>
<context>
    <name>wizard::ReviewPage</name>
    <message>
        <source>Review the changes</source>
        <translation>Revisar los cambios</translation>
    </message>
    <message>
        <source>Nothing has been changed yet. Check what will be done, then choose Apply.</source>
        <translation>Todavía no se ha cambiado nada. Compruebe lo que se hará y elija Aplicar.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>Reading the configuration</source>
        <translation>Leyendo la configuración</translation>
    </message>
    <message>
        <source>Planned steps</source>
        <translation>Pasos previstos</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>PowerShell commands</source>
        <translation>Comandos de PowerShell</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Save as .ps1…</source>
        <translation>&amp;Guardar como .ps1…</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>Comprobar de &amp;nuevo</translation>
    </message>
    <message>
        <source>I understand that the journal rule applies to &amp;all future internal messages</source>
        <translation>Entiendo que la regla de diario se aplica a &amp;todos los mensajes internos futuros</translation>
    </message>
    <message>
        <source>PowerShell that will be run:</source>
        <translation>PowerShell que se ejecutará:</translation>
    </message>
    <message>
        <source>Reading the organisation&apos;s current configuration…</source>
        <translation>Leyendo la configuración actual de la organización…</translation>
    </message>
    <message>
        <source>The configuration could not be read.</source>
        <translation>No se pudo leer la configuración.</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Encontrado: %1</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>This account lacks the management role(s): %1.</source>
        <translation>A esta cuenta le faltan los roles de administración: %1.</translation>
    </message>
    <message>
        <source>Resolve these before applying (use Back to change your answers):</source>
        <translation>Resuelva esto antes de aplicar (use Atrás para cambiar sus respuestas):</translation>
    </message>
    <message>
        <source>A step conflicts with the existing configuration; see the steps above.</source>
        <translation>Un paso entra en conflicto con la configuración existente; vea los pasos anteriores.</translation>
    </message>
    <message>
        <source>These changes will be made on %1.</source>
        <translation>Estos cambios se realizarán en %1.</translation>
    </message>
    <message>
        <source>Everything is already configured: nothing to change. Apply will verify the configuration.</source>
        <translation>Todo está ya configurado: nada que cambiar. Aplicar verificará la configuración.</translation>
    </message>
    <message>
        <source>The PowerShell commands were copied to the clipboard.</source>
        <translation>Se copiaron los comandos de PowerShell al portapapeles.</translation>
    </message>
    <message>
        <source>Save PowerShell script</source>
        <translation>Guardar el script de PowerShell</translation>
    </message>
    <message>
        <source>PowerShell scripts (*.ps1)</source>
        <translation>Scripts de PowerShell (*.ps1)</translation>
    </message>
    <message>
        <source>The script could not be saved to %1: %2</source>
        <translation>No se pudo guardar el script en %1: %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
</context>
<context>
    <name>wizard::RunReport</name>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Applying</source>
        <translation>Aplicando</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Verificando</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Already configured</source>
        <translation>Ya configurado</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>SecureStore journaling setup report</source>
        <translation>Informe de la configuración del registro en diario de SecureStore</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Servidor: %1</translation>
    </message>
    <message>
        <source>Exchange: %1 %2</source>
        <translation>Exchange: %1 %2</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Fecha: %1</translation>
    </message>
    <message>
        <source>Cancelled: the steps that were not started were left unchanged.</source>
        <translation>Cancelado: los pasos que no habían empezado no se modificaron.</translation>
    </message>
    <message>
        <source>Completed: every step is configured and verified.</source>
        <translation>Completado: cada paso está configurado y verificado.</translation>
    </message>
    <message>
        <source>Failed: see the steps below and the log.</source>
        <translation>Error: consulte los pasos siguientes y el registro.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Journaling address: %1</source>
        <translation>Dirección de diario: %1</translation>
    </message>
    <message>
        <source>Undeliverable reports to: %1</source>
        <translation>Informes no entregables a: %1</translation>
    </message>
    <message>
        <source>Journal rule: %1</source>
        <translation>Regla de diario: %1</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Log: %1</source>
        <translation>Registro: %1</translation>
    </message>
    <message>
        <source>Change journal: %1</source>
        <translation>Diario de cambios: %1</translation>
    </message>
    <message>
        <source>none (nothing changed)</source>
        <translation>ninguno (no se cambió nada)</translation>
    </message>
    <message>
        <source>How to undo</source>
        <translation>Cómo deshacerlo</translation>
    </message>
    <message>
        <source>Run this command to restore the previous undeliverable-reports address and remove what this run created:</source>
        <translation>Ejecute este comando para restaurar la dirección anterior para informes no entregables y eliminar lo que creó esta ejecución:</translation>
    </message>
    <message>
        <source>PowerShell</source>
        <translation>PowerShell</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Colas</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>Health check of the existing configuration; nothing was changed.</source>
        <translation>Comprobación de estado de la configuración existente; no se cambió nada.</translation>
    </message>
    <message>
        <source>Does journaling work?</source>
        <translation>¿Funciona el registro en diario?</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Command (not run): %1</source>
        <translation>Comando (no ejecutado): %1</translation>
    </message>
    <message>
        <source>Journal reports since %1 (newest last):</source>
        <translation>Informes de diario desde %1 (los más recientes al final):</translation>
    </message>
</context>
<context>
    <name>wizard::ServerAddress</name>
    <message>
        <source>Enter a server name such as ex01.contoso.com, or a URL that starts with http:// or https://.</source>
        <translation>Escriba un nombre de servidor como ex01.contoso.com, o una URL que empiece por http:// o https://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server name.</source>
        <translation>«%1» no es un nombre de servidor válido.</translation>
    </message>
    <message>
        <source>The port after &quot;:&quot; must be a number from 1 to 65535.</source>
        <translation>El puerto después de «:» debe ser un número entre 1 y 65535.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server name. Enter the Exchange server&apos;s name, for example ex01.contoso.com.</source>
        <translation>«%1» no es un nombre de servidor válido. Escriba el nombre del servidor Exchange, por ejemplo ex01.contoso.com.</translation>
    </message>
</context>
<context>
    <name>wizard::SetupController</name>
    <message>
        <source>Enter the Exchange server&apos;s name, for example ex01.contoso.com.</source>
        <translation>Escriba el nombre del servidor Exchange, por ejemplo ex01.contoso.com.</translation>
    </message>
    <message>
        <source>Enter the user name (DOMAIN\user or user@domain).</source>
        <translation>Escriba el nombre de usuario (DOMINIO\usuario o usuario@dominio).</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Escriba la contraseña.</translation>
    </message>
    <message>
        <source>Basic authentication sends the password in clear text; use an https:// address or another sign-in method.</source>
        <translation>La autenticación básica envía la contraseña en texto claro; use una dirección https:// u otro método de inicio de sesión.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The connection settings changed. Go back to the connection page and test the connection again.</source>
        <translation>La configuración de conexión cambió. Vuelva a la página de conexión y pruebe de nuevo la conexión.</translation>
    </message>
    <message>
        <source>The plan is not ready: resolve the issues on the review page first.</source>
        <translation>El plan no está listo: resuelva primero los problemas en la página de revisión.</translation>
    </message>
</context>
<context>
    <name>wizard::SetupWizard</name>
    <message>
        <source>SecureStore Journaling Setup</source>
        <translation>Configuración del registro en diario de SecureStore</translation>
    </message>
</context>
<context>
    <name>wizard::SmartHostPage</name>
    <message>
        <source>Smart host connector</source>
        <translation>Conector de host inteligente</translation>
    </message>
    <message>
        <source>Only needed when your outbound mail relays through Mailprotector.</source>
        <translation>Solo es necesario cuando su correo saliente se retransmite a través de Mailprotector.</translation>
    </message>
    <message>
        <source>If Exchange sends all outbound mail through Mailprotector&apos;s outbound service, journal reports would take that route too and could be archived twice. A send connector for the archive&apos;s domain sends them straight to the SecureStore smart host instead. Leave this off if Exchange delivers outbound mail itself.</source>
        <translation>Si Exchange envía todo el correo saliente a través del servicio de salida de Mailprotector, los informes de diario también seguirían ese camino y podrían archivarse dos veces. Un conector de envío para el dominio del archivo los envía directamente al host inteligente de SecureStore. Déjelo desactivado si Exchange entrega el correo saliente por sí mismo.</translation>
    </message>
    <message>
        <source>&amp;Create a send connector to the SecureStore smart host</source>
        <translation>&amp;Crear un conector de envío al host inteligente de SecureStore</translation>
    </message>
    <message>
        <source>Connector name</source>
        <translation>Nombre del conector</translation>
    </message>
    <message>
        <source>Smart host</source>
        <translation>Host inteligente</translation>
    </message>
    <message>
        <source>host name or IP address from Mailprotector</source>
        <translation>nombre de host o dirección IP indicados por Mailprotector</translation>
    </message>
    <message>
        <source>Source transport servers</source>
        <translation>Servidores de transporte de origen</translation>
    </message>
    <message>
        <source>&amp;Require TLS</source>
        <translation>&amp;Exigir TLS</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Smart &amp;host:</source>
        <translation>&amp;Host inteligente:</translation>
    </message>
    <message>
        <source>Source &amp;servers:</source>
        <translation>&amp;Servidores de origen:</translation>
    </message>
    <message>
        <source>No connector will be created.</source>
        <translation>No se creará ningún conector.</translation>
    </message>
    <message>
        <source>Select at least one transport server to send through the connector.</source>
        <translation>Seleccione al menos un servidor de transporte que envíe a través del conector.</translation>
    </message>
    <message>
        <source>Mail to the archive&apos;s domain will go straight to %1.</source>
        <translation>El correo para el dominio del archivo irá directamente a %1.</translation>
    </message>
    <message>
        <source>The connector(s) %1 already route this domain; the review page shows how they are handled.</source>
        <translation>Los conectores %1 ya enrutan este dominio; la página de revisión muestra cómo se tratan.</translation>
    </message>
</context>
<context>
    <name>wizard::WelcomePage</name>
    <message>
        <source>Journal internal mail to SecureStore</source>
        <translation>Registrar en diario el correo interno en SecureStore</translation>
    </message>
    <message>
        <source>This wizard configures your Exchange organisation to send a copy of every internal message to your Mailprotector SecureStore archive.</source>
        <translation>Este asistente configura su organización de Exchange para enviar una copia de cada mensaje interno a su archivo Mailprotector SecureStore.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What will be configured&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;A mailbox that receives journal reports that cannot be delivered.&lt;/li&gt;&lt;li&gt;A journal rule that sends internal messages to your SecureStore journaling address.&lt;/li&gt;&lt;li&gt;A remote domain that keeps journal reports free of winmail.dat (recommended).&lt;/li&gt;&lt;li&gt;Optionally, a send connector to the SecureStore smart host, only when your outbound mail relays through Mailprotector.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Each change is shown before it is made, applied over remote PowerShell and read back to confirm it. Running the wizard again changes only what is missing.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Before you start&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;SecureStore is enabled for the domain in the Mailprotector Console.&lt;/li&gt;&lt;li&gt;Your account is a member of Organization Management in Exchange.&lt;/li&gt;&lt;li&gt;Journal rules need Exchange Enterprise Client Access Licenses.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;What is not touched&lt;/b&gt;: mailboxes, other journal rules, transport rules, existing connectors and any other settings.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Qué se configurará&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Un buzón que recibe los informes de diario que no se pueden entregar.&lt;/li&gt;&lt;li&gt;Una regla de diario que envía los mensajes internos a su dirección de diario de SecureStore.&lt;/li&gt;&lt;li&gt;Un dominio remoto que mantiene los informes de diario libres de winmail.dat (recomendado).&lt;/li&gt;&lt;li&gt;Opcionalmente, un conector de envío al host inteligente de SecureStore, solo cuando su correo saliente se retransmite a través de Mailprotector.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Cada cambio se muestra antes de realizarlo, se aplica mediante PowerShell remoto y se vuelve a leer para confirmarlo. Si vuelve a ejecutar el asistente, solo cambia lo que falta.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Antes de empezar&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;SecureStore está habilitado para el dominio en la Mailprotector Console.&lt;/li&gt;&lt;li&gt;Su cuenta es miembro de Organization Management en Exchange.&lt;/li&gt;&lt;li&gt;Las reglas de diario necesitan licencias de acceso de cliente Enterprise de Exchange.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Qué no se toca&lt;/b&gt;: buzones, otras reglas de diario, reglas de transporte, conectores existentes ni ninguna otra configuración.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introducción</translation>
    </message>
    <message>
        <source>&amp;Set up journaling (or repair it)</source>
        <translation>&amp;Configurar el registro en diario (o repararlo)</translation>
    </message>
    <message>
        <source>&amp;Check that journaling works (already configured: changes nothing)</source>
        <translation>Co&amp;mprobar que el registro en diario funciona (ya configurado: no cambia nada)</translation>
    </message>
</context>
</TS>
