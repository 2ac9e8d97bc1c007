<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>cli</name>
    <message>
        <source>Nothing was sent to Exchange. Correct the settings and run again.
</source>
        <translation>An Exchange wurde nichts gesendet. Korrigieren Sie die Einstellungen und führen Sie den Befehl erneut aus.
</translation>
    </message>
    <message>
        <source>true or false (without quotes)</source>
        <translation>true oder false (ohne Anführungszeichen)</translation>
    </message>
    <message>
        <source>a string in double quotes</source>
        <translation>eine Zeichenkette in doppelten Anführungszeichen</translation>
    </message>
    <message>
        <source>a list of strings such as [&quot;EX01&quot;, &quot;EX02&quot;]</source>
        <translation>eine Liste von Zeichenketten wie [&quot;EX01&quot;, &quot;EX02&quot;]</translation>
    </message>
    <message>
        <source>a JSON value</source>
        <translation>ein JSON-Wert</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>the boolean %1</source>
        <translation>der boolesche Wert %1</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>die Zahl %1</translation>
    </message>
    <message>
        <source>the string &quot;%1&quot;</source>
        <translation>die Zeichenkette &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>an undefined value</source>
        <translation>ein undefinierter Wert</translation>
    </message>
    <message>
        <source>Write &quot;%1&quot;: %2 without quotes.</source>
        <translation>Schreiben Sie &quot;%1&quot;: %2 ohne Anführungszeichen.</translation>
    </message>
    <message>
        <source>Write &quot;%1&quot;: true or &quot;%1&quot;: false.</source>
        <translation>Schreiben Sie &quot;%1&quot;: true oder &quot;%1&quot;: false.</translation>
    </message>
    <message>
        <source>Put the value in double quotes, e.g. &quot;%1&quot;: &quot;%2&quot;.</source>
        <translation>Setzen Sie den Wert in doppelte Anführungszeichen, z. B. &quot;%1&quot;: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Write &quot;%1&quot;: &quot;…&quot;.</source>
        <translation>Schreiben Sie &quot;%1&quot;: &quot;…&quot;.</translation>
    </message>
    <message>
        <source>Write a list, e.g. &quot;%1&quot;: [&quot;%2&quot;].</source>
        <translation>Schreiben Sie eine Liste, z. B. &quot;%1&quot;: [&quot;%2&quot;].</translation>
    </message>
    <message>
        <source>Write a list of strings, e.g. &quot;%1&quot;: [&quot;EX01&quot;, &quot;EX02&quot;].</source>
        <translation>Schreiben Sie eine Liste von Zeichenketten, z. B. &quot;%1&quot;: [&quot;EX01&quot;, &quot;EX02&quot;].</translation>
    </message>
    <message>
        <source>securestore-setup: no command given and this build has no wizard.</source>
        <translation>securestore-setup: Kein Befehl angegeben, und dieser Build enthält keinen Assistenten.</translation>
    </message>
    <message>
        <source>securestore-setup: an empty argument was given where a command was expected. Commands: %1.</source>
        <translation>securestore-setup: An der Stelle eines Befehls wurde ein leeres Argument angegeben. Befehle: %1.</translation>
    </message>
    <message>
        <source>securestore-setup: unknown command &apos;%1&apos; — did you mean &apos;%2&apos;?</source>
        <translation>securestore-setup: unbekannter Befehl „%1“ – meinten Sie „%2“?</translation>
    </message>
    <message>
        <source>securestore-setup: unknown command &apos;%1&apos;. Commands: %2; see securestore-setup --help.</source>
        <translation>securestore-setup: unbekannter Befehl „%1“. Befehle: %2; siehe securestore-setup --help.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command; see securestore-setup --help.</source>
        <translation>„%1“ ist kein Befehl; siehe securestore-setup --help.</translation>
    </message>
    <message>
        <source>This build has no wizard; use a command (%1). See securestore-setup --help.</source>
        <translation>Dieser Build enthält keinen Assistenten; verwenden Sie einen Befehl (%1). Siehe securestore-setup --help.</translation>
    </message>
    <message>
        <source>The wizard cannot open a window: %1. Use the command line instead, e.g. securestore-setup plan --server URL … (securestore-setup --help lists the commands), or run the wizard in a desktop session.</source>
        <translation>Der Assistent kann kein Fenster öffnen: %1. Verwenden Sie stattdessen die Befehlszeile, z. B. securestore-setup plan --server URL … (securestore-setup --help listet die Befehle auf), oder starten Sie den Assistenten in einer Desktopsitzung.</translation>
    </message>
    <message>
        <source>See securestore-setup %1 --help.</source>
        <translation>Siehe securestore-setup %1 --help.</translation>
    </message>
    <message>
        <source>Interrupted before connecting; nothing was sent.</source>
        <translation>Vor dem Verbinden unterbrochen; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>securestore-setup: the password on standard input is longer than %1 characters; nothing was sent. Check what is piped in (one line: the password).</source>
        <translation>securestore-setup: Das Kennwort auf der Standardeingabe ist länger als %1 Zeichen; es wurde nichts gesendet. Prüfen Sie, was per Pipe übergeben wird (eine Zeile: das Kennwort).</translation>
    </message>
    <message>
        <source>securestore-setup: --password-stdin read an empty password; nothing was sent.</source>
        <translation>securestore-setup: --password-stdin hat ein leeres Kennwort gelesen; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>this help (after a command: that command&apos;s help)</source>
        <translation>diese Hilfe (nach einem Befehl: die Hilfe zu diesem Befehl)</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>die Version ausgeben</translation>
    </message>
    <message>
        <source>--trust-fingerprint needs the certificate&apos;s SHA-256 fingerprint: 64 hex digits (colons allowed).</source>
        <translation>--trust-fingerprint benötigt den SHA-256-Fingerabdruck des Zertifikats: 64 Hexadezimalziffern (Doppelpunkte erlaubt).</translation>
    </message>
    <message>
        <source>--auth must be kerberos, ntlm or basic, not &quot;%1&quot;.</source>
        <translation>--auth muss kerberos, ntlm oder basic sein, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>cli::AnswersFile</name>
    <message>
        <source>Cannot read the answers file %1: %2</source>
        <translation>Die Antwortdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The answers file %1 is larger than 1 MB; it should hold a few settings.</source>
        <translation>Die Antwortdatei %1 ist größer als 1 MB; sie sollte nur einige Einstellungen enthalten.</translation>
    </message>
    <message>
        <source>The answers file %1 must hold one JSON object such as {&quot;journalAddress&quot;: &quot;…&quot;, &quot;ndrMailbox&quot;: &quot;…&quot;}, not %2.</source>
        <translation>Die Antwortdatei %1 muss ein JSON-Objekt wie {&quot;journalAddress&quot;: &quot;…&quot;, &quot;ndrMailbox&quot;: &quot;…&quot;} enthalten, nicht %2.</translation>
    </message>
    <message>
        <source>an empty file</source>
        <translation>eine leere Datei</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>einen einzelnen Wert</translation>
    </message>
    <message>
        <source>The answers file %1 is not valid JSON: %2 at line %3, column %4. Check the quotes, colons and commas there.</source>
        <translation>Die Antwortdatei %1 ist kein gültiges JSON: %2 in Zeile %3, Spalte %4. Prüfen Sie dort Anführungszeichen, Doppelpunkte und Kommas.</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>The answers file %1 gives &quot;%2&quot; twice (lines %3 and %4); keep one.</source>
        <translation>Die Antwortdatei %1 gibt &quot;%2&quot; zweimal an (Zeilen %3 und %4); behalten Sie eine Angabe.</translation>
    </message>
    <message>
        <source>The answers file must not contain a password; use --password-stdin.</source>
        <translation>Die Antwortdatei darf kein Kennwort enthalten; verwenden Sie --password-stdin.</translation>
    </message>
    <message>
        <source>The answers file %1 has an unknown key &quot;%2&quot;; did you mean &quot;%3&quot;?</source>
        <translation>Die Antwortdatei %1 enthält den unbekannten Schlüssel &quot;%2&quot;; meinten Sie &quot;%3&quot;?</translation>
    </message>
    <message>
        <source>The answers file %1 has an unknown key &quot;%2&quot;. Known keys: %3.</source>
        <translation>Die Antwortdatei %1 enthält den unbekannten Schlüssel &quot;%2&quot;. Bekannte Schlüssel: %3.</translation>
    </message>
    <message>
        <source>The answers file %1: &quot;%2&quot; must be %3, not %4. %5</source>
        <translation>Antwortdatei %1: &quot;%2&quot; muss %3 sein, nicht %4. %5</translation>
    </message>
    <message>
        <source>The answers file %1: &quot;auth&quot; must be &quot;kerberos&quot;, &quot;ntlm&quot; or &quot;basic&quot;, not &quot;%2&quot;.</source>
        <translation>Antwortdatei %1: &quot;auth&quot; muss &quot;kerberos&quot;, &quot;ntlm&quot; oder &quot;basic&quot; sein, nicht &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>cli::CliOptions</name>
    <message>
        <source>Passwords are never accepted on the command line; use --user NAME --password-stdin and pipe the password in.</source>
        <translation>Kennwörter werden nie auf der Befehlszeile angenommen; verwenden Sie --user NAME --password-stdin und leiten Sie das Kennwort per Pipe ein.</translation>
    </message>
    <message>
        <source>Use either --remote-domain-name or --no-remote-domain, not both.</source>
        <translation>Verwenden Sie entweder --remote-domain-name oder --no-remote-domain, nicht beides.</translation>
    </message>
    <message>
        <source>--source-servers needs --smarthost (the connector is only created when a smart host is given).</source>
        <translation>--source-servers benötigt --smarthost (der Connector wird nur erstellt, wenn ein Smarthost angegeben ist).</translation>
    </message>
    <message>
        <source>--password-stdin needs --user NAME.</source>
        <translation>--password-stdin benötigt --user NAME.</translation>
    </message>
    <message>
        <source>--journal is only for undo.</source>
        <translation>--journal gilt nur für undo.</translation>
    </message>
    <message>
        <source>--server URL is required, e.g. --server http://ex01.contoso.com/PowerShell</source>
        <translation>--server URL ist erforderlich, z. B. --server http://ex01.contoso.com/PowerShell</translation>
    </message>
    <message>
        <source>--server needs an http:// or https:// URL such as http://ex01.contoso.com/PowerShell, not &quot;%1&quot;.</source>
        <translation>--server benötigt eine http://- oder https://-URL wie http://ex01.contoso.com/PowerShell, nicht „%1“.</translation>
    </message>
    <message>
        <source>Basic authentication sends the password in clear text; use an https:// URL or --auth kerberos/ntlm.</source>
        <translation>Die Standardauthentifizierung sendet das Kennwort im Klartext; verwenden Sie eine https://-URL oder --auth kerberos/ntlm.</translation>
    </message>
    <message>
        <source>--wait needs a duration such as 90s, 5m or 1h, not &quot;%1&quot;.</source>
        <translation>--wait benötigt eine Dauer wie 90s, 5m oder 1h, nicht „%1“.</translation>
    </message>
    <message>
        <source>--since needs an ISO 8601 time such as 2026-11-30T07:00:00Z or a duration ago such as 2h, not &quot;%1&quot;.</source>
        <translation>--since benötigt einen Zeitpunkt nach ISO 8601 wie 2026-11-30T07:00:00Z oder eine Dauer zurück wie 2h, nicht „%1“.</translation>
    </message>
    <message>
        <source>--since and --wait are only for check.</source>
        <translation>--since und --wait gelten nur für check.</translation>
    </message>
    <message>
        <source>the Exchange server, e.g. http://ex01.contoso.com/PowerShell</source>
        <translation>der Exchange-Server, z. B. http://ex01.contoso.com/PowerShell</translation>
    </message>
    <message>
        <source>how to sign in (default kerberos: your ticket)</source>
        <translation>wie angemeldet wird (Standard kerberos: Ihr Ticket)</translation>
    </message>
    <message>
        <source>sign in as NAME (with --password-stdin)</source>
        <translation>als NAME anmelden (mit --password-stdin)</translation>
    </message>
    <message>
        <source>read the password from the first line of standard input</source>
        <translation>das Kennwort aus der ersten Zeile der Standardeingabe lesen</translation>
    </message>
    <message>
        <source>accept exactly this server certificate (SHA-256, colons allowed)</source>
        <translation>genau diesem Serverzertifikat vertrauen (SHA-256, Doppelpunkte erlaubt)</translation>
    </message>
    <message>
        <source>the journaling address from the Mailprotector Console</source>
        <translation>die Journaladresse aus der Mailprotector Console</translation>
    </message>
    <message>
        <source>the mailbox for undeliverable journal reports</source>
        <translation>das Postfach für unzustellbare Journalberichte</translation>
    </message>
    <message>
        <source>the journal rule&apos;s name</source>
        <translation>der Name der Journalregel</translation>
    </message>
    <message>
        <source>the remote domain&apos;s name (winmail.dat protection)</source>
        <translation>der Name der Remotedomäne (Schutz vor winmail.dat)</translation>
    </message>
    <message>
        <source>do not add a remote domain</source>
        <translation>keine Remotedomäne hinzufügen</translation>
    </message>
    <message>
        <source>add a send connector to this smart host (only when given)</source>
        <translation>einen Sendeconnector zu diesem Smarthost hinzufügen (nur wenn angegeben)</translation>
    </message>
    <message>
        <source>the connector&apos;s source transport servers</source>
        <translation>die Quell-Transportserver des Connectors</translation>
    </message>
    <message>
        <source>the same settings as a file (flags override it)</source>
        <translation>dieselben Einstellungen als Datei (Optionen überschreiben sie)</translation>
    </message>
    <message>
        <source>(undo) the change journal to roll back; default: the latest</source>
        <translation>(undo) das zurückzurollende Änderungsjournal; Standard: das neueste</translation>
    </message>
    <message>
        <source>(check) ISO 8601 time, or a duration ago (2h, 1d)</source>
        <translation>(check) Zeitpunkt nach ISO 8601 oder eine Dauer zurück (2h, 1d)</translation>
    </message>
    <message>
        <source>(check) wait this long for a journal report (90s, 5m)</source>
        <translation>(check) so lange auf einen Journalbericht warten (90s, 5m)</translation>
    </message>
    <message>
        <source>machine-readable result on stdout</source>
        <translation>maschinenlesbares Ergebnis auf stdout</translation>
    </message>
    <message>
        <source>print requests, bytes and elapsed time on stderr at the end</source>
        <translation>am Ende Anfragen, Bytes und verstrichene Zeit auf stderr ausgeben</translation>
    </message>
    <message>
        <source>apply or undo without asking</source>
        <translation>ohne Rückfrage anwenden oder rückgängig machen</translation>
    </message>
    <message>
        <source>language: de, es or en</source>
        <translation>Sprache: de, es oder en</translation>
    </message>
    <message>
        <source>Usage: securestore-setup %1 [options]</source>
        <translation>Aufruf: securestore-setup %1 [Optionen]</translation>
    </message>
    <message>
        <source>Usage: securestore-setup &lt;command&gt; [options]</source>
        <translation>Aufruf: securestore-setup &lt;Befehl&gt; [Optionen]</translation>
    </message>
    <message>
        <source>       securestore-setup [--server URL] [--trust-fingerprint HEX] [--lang xx]   (the wizard)</source>
        <translation>       securestore-setup [--server URL] [--trust-fingerprint HEX] [--lang xx]   (der Assistent)</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Exit codes: 0 done or nothing to change; 1 failed; 2 bad usage or invalid input (nothing was sent); 3 a conflict that needs a decision; 4 (check) not yet proven; 130 interrupted (Ctrl-C: stops after the step in flight; a second Ctrl-C aborts at once).</source>
        <translation>Exit-Codes: 0 erledigt oder nichts zu ändern; 1 fehlgeschlagen; 2 falscher Aufruf oder ungültige Eingabe (es wurde nichts gesendet); 3 ein Konflikt, der eine Entscheidung erfordert; 4 (check) noch nicht nachgewiesen; 130 unterbrochen (Strg+C: hält nach dem laufenden Schritt an; ein zweites Strg+C bricht sofort ab).</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>Unbekannte Option „%1“; meinten Sie „%2“?</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;. See securestore-setup %2 --help.</source>
        <translation>Unbekannte Option „%1“. Siehe securestore-setup %2 --help.</translation>
    </message>
    <message>
        <source>An empty argument was given after &quot;%1&quot;. Remove it, or give the option before it a value.</source>
        <translation>Nach „%1“ wurde ein leeres Argument angegeben. Entfernen Sie es oder geben Sie der Option davor einen Wert.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;: %2 takes only options (--name value).</source>
        <translation>Unerwartetes Argument „%1“: %2 akzeptiert nur Optionen (--name Wert).</translation>
    </message>
    <message>
        <source>--%1 was given %2 times; give it once.</source>
        <translation>--%1 wurde %2-mal angegeben; geben Sie es nur einmal an.</translation>
    </message>
    <message>
        <source>--timeout needs a whole number of seconds from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--timeout benötigt eine ganze Zahl von Sekunden zwischen 1 und %1, nicht „%2“.</translation>
    </message>
    <message>
        <source>The server URL must not contain a user name or password (%1). Use --user NAME --password-stdin and pipe the password in.</source>
        <translation>Die Server-URL darf keinen Benutzernamen und kein Kennwort enthalten (%1). Verwenden Sie --user NAME --password-stdin und übergeben Sie das Kennwort per Pipe.</translation>
    </message>
    <message>
        <source>--auth basic needs --user NAME --password-stdin.</source>
        <translation>--auth basic benötigt --user NAME --password-stdin.</translation>
    </message>
    <message>
        <source>No password was given: --auth basic needs the password on standard input with --password-stdin (e.g. echo &quot;$PW&quot; | securestore-setup %1 … --user %2 --password-stdin).</source>
        <translation>Es wurde kein Kennwort angegeben: --auth basic benötigt das Kennwort auf der Standardeingabe mit --password-stdin (z. B. echo &quot;$PW&quot; | securestore-setup %1 … --user %2 --password-stdin).</translation>
    </message>
    <message>
        <source>each request&apos;s deadline: give up on one not fully answered after SECONDS (default 120); apply then stops its changes after the step in flight and reads that step back</source>
        <translation>Zeitlimit jeder Anfrage: eine nicht vollständig beantwortete Anfrage nach SECONDS Sekunden aufgeben (Standard 120); apply stoppt dann seine Änderungen nach dem laufenden Schritt und liest diesen Schritt zurück</translation>
    </message>
</context>
<context>
    <name>cli::CliReport</name>
    <message>
        <source>invalid %1: %2</source>
        <translation>ungültig: %1: %2</translation>
    </message>
    <message>
        <source>missing management roles: %1 (ask an Organization Management member to assign them; nothing was changed)</source>
        <translation>fehlende Verwaltungsrollen: %1 (bitten Sie ein Mitglied von Organization Management, sie zuzuweisen; es wurde nichts geändert)</translation>
    </message>
    <message>
        <source>    found: %1</source>
        <translation>    gefunden: %1</translation>
    </message>
    <message>
        <source>    plan:  %1</source>
        <translation>    Plan:  %1</translation>
    </message>
    <message>
        <source>    conflict: %1</source>
        <translation>    Konflikt: %1</translation>
    </message>
    <message>
        <source>    to resolve: %1</source>
        <translation>    zur Lösung: %1</translation>
    </message>
    <message>
        <source>    warning: %1</source>
        <translation>    Warnung: %1</translation>
    </message>
    <message>
        <source>Exchange: %1 %2 on %3</source>
        <translation>Exchange: %1 %2 auf %3</translation>
    </message>
    <message>
        <source>Journal rules: %1; remote domains: %2; send connectors: %3; transport servers: %4</source>
        <translation>Journalregeln: %1; Remotedomänen: %2; Sendeconnectors: %3; Transportserver: %4</translation>
    </message>
    <message>
        <source>Management roles: all needed roles are granted</source>
        <translation>Verwaltungsrollen: alle benötigten Rollen sind zugewiesen</translation>
    </message>
    <message>
        <source>Missing management roles: %1 (cmdlets: %2)</source>
        <translation>Fehlende Verwaltungsrollen: %1 (Cmdlets: %2)</translation>
    </message>
    <message>
        <source>Read error: %1</source>
        <translation>Lesefehler: %1</translation>
    </message>
    <message>
        <source>Exchange: version unknown (Get-ExchangeServer could not be read; see the roles below)</source>
        <translation>Exchange: Version unbekannt (Get-ExchangeServer konnte nicht gelesen werden; siehe die Rollen unten)</translation>
    </message>
    <message>
        <source>evidence: %1</source>
        <translation>Nachweis: %1</translation>
    </message>
    <message>
        <source>what to do: %1</source>
        <translation>was zu tun ist: %1</translation>
    </message>
    <message>
        <source>command (not run by this check): %1</source>
        <translation>Befehl (von dieser Prüfung nicht ausgeführt): %1</translation>
    </message>
</context>
<context>
    <name>cli::CliRun</name>
    <message>
        <source>No change journal found in %1; pass --journal FILE.</source>
        <translation>Kein Änderungsjournal in %1 gefunden; geben Sie --journal DATEI an.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Undoing the changes recorded in %1</source>
        <translation>Die in %1 aufgezeichneten Änderungen werden rückgängig gemacht</translation>
    </message>
    <message>
        <source>Protocol %1, PowerShell %2, serialization %3%4</source>
        <translation>Protokoll %1, PowerShell %2, Serialisierung %3%4</translation>
    </message>
    <message>
        <source>, build %1</source>
        <translation>, Build %1</translation>
    </message>
    <message>
        <source>Reading the Exchange configuration…</source>
        <translation>Die Exchange-Konfiguration wird gelesen…</translation>
    </message>
    <message>
        <source>Round trip (discovery pipeline): %1 ms</source>
        <translation>Roundtrip (Ermittlungs-Pipeline): %1 ms</translation>
    </message>
    <message>
        <source>Invalid input: nothing was changed. Correct the settings above and run again.</source>
        <translation>Ungültige Eingabe: Es wurde nichts geändert. Korrigieren Sie die obigen Einstellungen und führen Sie den Befehl erneut aus.</translation>
    </message>
    <message>
        <source>Missing management roles: %1. Nothing was changed.</source>
        <translation>Fehlende Verwaltungsrollen: %1. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>A conflict needs your decision (see &quot;to resolve&quot; above). Nothing was changed.</source>
        <translation>Ein Konflikt erfordert Ihre Entscheidung (siehe „zur Lösung“ oben). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Run apply to make these changes.</source>
        <translation>Führen Sie apply aus, um diese Änderungen vorzunehmen.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message>
        <source>Verification failed: the configuration differs from the settings (see the steps above). Run apply to fix it.</source>
        <translation>Überprüfung fehlgeschlagen: Die Konfiguration weicht von den Einstellungen ab (siehe die Schritte oben). Führen Sie apply aus, um sie zu korrigieren.</translation>
    </message>
    <message>
        <source>Verified: the live configuration matches the settings.</source>
        <translation>Überprüft: Die aktuelle Konfiguration entspricht den Einstellungen.</translation>
    </message>
    <message>
        <source>Apply these changes to %1? [y/N] </source>
        <translation>Diese Änderungen auf %1 anwenden? [j/N] </translation>
    </message>
    <message>
        <source>Nothing was changed (not confirmed; pass --yes to apply without asking).</source>
        <translation>Es wurde nichts geändert (nicht bestätigt; übergeben Sie --yes, um ohne Rückfrage anzuwenden).</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Change journal: %1</source>
        <translation>Änderungsjournal: %1</translation>
    </message>
    <message>
        <source>Undone and verified.</source>
        <translation>Rückgängig gemacht und überprüft.</translation>
    </message>
    <message>
        <source>Done: every change was verified.</source>
        <translation>Fertig: Jede Änderung wurde überprüft.</translation>
    </message>
    <message>
        <source>Log: %1</source>
        <translation>Protokoll: %1</translation>
    </message>
    <message>
        <source>Missing management roles: %1.</source>
        <translation>Fehlende Verwaltungsrollen: %1.</translation>
    </message>
    <message>
        <source>Checking that journal reports reach the archive (read-only)…</source>
        <translation>Es wird geprüft, ob Journalberichte das Archiv erreichen (nur lesend)…</translation>
    </message>
    <message>
        <source>Configuration:</source>
        <translation>Konfiguration:</translation>
    </message>
    <message>
        <source>Queues: not read.</source>
        <translation>Warteschlangen: nicht gelesen.</translation>
    </message>
    <message>
        <source>Queues (%1):</source>
        <translation>Warteschlangen (%1):</translation>
    </message>
    <message>
        <source>Waiting up to %1 s for the first journal report to leave (since %2)…</source>
        <translation>Es wird bis zu %1 s gewartet, bis der erste Journalbericht die Organisation verlässt (seit %2)…</translation>
    </message>
    <message>
        <source>Delivery (message tracking since %1):</source>
        <translation>Zustellung (Nachrichtenverfolgung seit %1):</translation>
    </message>
    <message>
        <source>To finish the undo, run it again: %1</source>
        <translation>Um das Rückgängigmachen abzuschließen, führen Sie es erneut aus: %1</translation>
    </message>
    <message>
        <source>To roll back what this run changed: %1</source>
        <translation>Um die Änderungen dieses Laufs zurückzusetzen: %1</translation>
    </message>
    <message>
        <source>Interrupted: nothing was changed.</source>
        <translation>Unterbrochen: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Interrupted: the undo stopped after the step in flight; the steps marked Verified above were undone.</source>
        <translation>Unterbrochen: Das Rückgängigmachen wurde nach dem laufenden Schritt angehalten; die oben mit „Verified“ markierten Schritte wurden rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Interrupted: stopped after the step in flight; the steps marked Verified above were made, later steps were not attempted.</source>
        <translation>Unterbrochen: nach dem laufenden Schritt angehalten; die oben mit „Verified“ markierten Schritte wurden ausgeführt, spätere Schritte wurden nicht versucht.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Stopped at the failed step; later steps were not attempted. %1</source>
        <translation>Beim fehlgeschlagenen Schritt angehalten; spätere Schritte wurden nicht versucht. %1</translation>
    </message>
    <message>
        <source>Stopped at the failed step; later steps were not attempted. To roll back: %1</source>
        <translation>Beim fehlgeschlagenen Schritt angehalten; spätere Schritte wurden nicht versucht. Zum Zurücksetzen: %1</translation>
    </message>
    <message>
        <source>Interrupted: the check stopped early (it changes nothing).</source>
        <translation>Unterbrochen: Die Prüfung wurde vorzeitig beendet (sie ändert nichts).</translation>
    </message>
    <message>
        <source>open a session</source>
        <translation>eine Sitzung zu öffnen</translation>
    </message>
    <message>
        <source>answer %1</source>
        <translation>auf %1 zu antworten</translation>
    </message>
    <message>
        <source>delete the remote shell</source>
        <translation>die Remote-Shell zu löschen</translation>
    </message>
    <message>
        <source>still waiting for %1 to %2 (%3 s)…</source>
        <translation>%1 ist noch dabei, %2 (%3 s)…</translation>
    </message>
    <message>
        <source>%1 did not %2 within %3 s (--timeout %3).</source>
        <translation>%1 hat es nicht geschafft, innerhalb von %3 s %2 (--timeout %3).</translation>
    </message>
    <message>
        <source>The step in flight, %1, is unconfirmed: it may or may not have been made. Run verify to see the live configuration.</source>
        <translation>Der laufende Schritt „%1“ ist unbestätigt: Er wurde vielleicht ausgeführt, vielleicht auch nicht. Führen Sie verify aus, um die aktuelle Konfiguration zu sehen.</translation>
    </message>
    <message>
        <source>The remote shell on %1 was not deleted (the connection is still waiting); the server removes it when it times out.</source>
        <translation>Die Remote-Shell auf %1 wurde nicht gelöscht (die Verbindung wartet noch); der Server entfernt sie, wenn ihr Zeitlimit abläuft.</translation>
    </message>
    <message>
        <source>Interrupted while reading the configuration: nothing was changed.</source>
        <translation>Beim Lesen der Konfiguration unterbrochen: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Interrupted: finishing the step in flight and reading it back, then stopping (interrupt again to stop at once).</source>
        <translation>Unterbrochen: Der laufende Schritt wird abgeschlossen und zurückgelesen, dann wird angehalten (erneut unterbrechen, um sofort anzuhalten).</translation>
    </message>
    <message>
        <source>Interrupted again: stopping at once.</source>
        <translation>Erneut unterbrochen: Es wird sofort angehalten.</translation>
    </message>
    <message>
        <source>The step in flight, %1, is unconfirmed: it may or may not have been made.</source>
        <translation>Der laufende Schritt „%1“ ist unbestätigt: Er wurde vielleicht ausgeführt, vielleicht auch nicht.</translation>
    </message>
    <message>
        <source>The remote shell on %1 was not deleted; the server removes it when it times out.</source>
        <translation>Die Remote-Shell auf %1 wurde nicht gelöscht; der Server entfernt sie, wenn ihr Zeitlimit abläuft.</translation>
    </message>
    <message>
        <source>y,yes</source>
        <comment>the lower-case answers meaning yes to the [y/N] questions, comma-separated; the first one is the letter the translated questions show</comment>
        <translation>j,ja</translation>
    </message>
    <message>
        <source>Undo the changes recorded in %1 on %2? [y/N] </source>
        <translation>Die in %1 aufgezeichneten Änderungen auf %2 rückgängig machen? [j/N] </translation>
    </message>
    <message>
        <source>Interrupted: nothing was undone.</source>
        <translation>Unterbrochen: Es wurde nichts rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Nothing was undone (not confirmed; pass --yes to undo without asking).</source>
        <translation>Es wurde nichts rückgängig gemacht (nicht bestätigt; übergeben Sie --yes, um ohne Rückfrage rückgängig zu machen).</translation>
    </message>
    <message>
        <source>Undo refused (see the steps marked Refused above). Nothing was undone.</source>
        <translation>Rückgängigmachen abgelehnt (siehe die oben mit „Refused“ markierten Schritte). Es wurde nichts rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Cancelled; the steps above marked Verified were made, those marked Skipped were not.</source>
        <translation>Abgebrochen; die oben mit „Verified“ markierten Schritte wurden ausgeführt, die mit „Skipped“ markierten nicht.</translation>
    </message>
    <message>
        <source>The changes ended without a confirmed outcome; the steps marked Failed above may or may not have been made (run verify). To roll back: %1</source>
        <translation>Die Änderungen endeten ohne bestätigtes Ergebnis; die oben mit „Failed“ markierten Schritte wurden vielleicht ausgeführt, vielleicht auch nicht (führen Sie verify aus). Zum Zurückrollen: %1</translation>
    </message>
    <message>
        <source>Stopped after --timeout: %1 took longer than %2 s, so the changes were stopped after the step in flight.</source>
        <translation>Nach --timeout gestoppt: %1 hat länger als %2 s gebraucht, daher wurden die Änderungen nach dem laufenden Schritt gestoppt.</translation>
    </message>
    <message>
        <source>Stopped after --timeout: %1 took longer than %2 s, and the stop was not confirmed.</source>
        <translation>Nach --timeout gestoppt: %1 hat länger als %2 s gebraucht, und das Stoppen wurde nicht bestätigt.</translation>
    </message>
    <message>
        <source>The steps marked Verified above were made.</source>
        <translation>Die oben als „Überprüft“ markierten Schritte wurden ausgeführt.</translation>
    </message>
    <message>
        <source>The steps marked Skipped were not attempted.</source>
        <translation>Die als „Übersprungen“ markierten Schritte wurden nicht versucht.</translation>
    </message>
    <message>
        <source>The steps marked Failed may or may not have been made: run verify.</source>
        <translation>Die als „Fehlgeschlagen“ markierten Schritte wurden möglicherweise ausgeführt, möglicherweise nicht: Führen Sie verify aus.</translation>
    </message>
    <message>
        <source>stop the changes and read back the step in flight</source>
        <translation>die Änderungen zu stoppen und den laufenden Schritt zurückzulesen</translation>
    </message>
    <message>
        <source>%1 did not %2 within %3 s either.</source>
        <translation>%1 hat es auch nicht geschafft, innerhalb von %3 s %2.</translation>
    </message>
    <message>
        <source>The server did not confirm the stop, so the steps after it may still be made.</source>
        <translation>Der Server hat das Stoppen nicht bestätigt, daher können die Schritte danach noch ausgeführt werden.</translation>
    </message>
    <message>
        <source>Stopping the changes: the step in flight, %1, is read back once the server has ended it, and the steps after it are not made (waiting at most %2 s).</source>
        <translation>Die Änderungen werden gestoppt: Der laufende Schritt, %1, wird zurückgelesen, sobald der Server ihn beendet hat, und die Schritte danach werden nicht ausgeführt (höchstens %2 s Wartezeit).</translation>
    </message>
    <message>
        <source>Interrupted: already stopping after the step in flight (interrupt again to stop at once).</source>
        <translation>Unterbrochen: Der Lauf stoppt bereits nach dem laufenden Schritt (erneut unterbrechen, um sofort zu stoppen).</translation>
    </message>
</context>
<context>
    <name>cli::GuiDisplay</name>
    <message>
        <source>there is no display (DISPLAY and WAYLAND_DISPLAY are not set)</source>
        <translation>es gibt keine Anzeige (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt)</translation>
    </message>
    <message>
        <source>there is no display for QT_QPA_PLATFORM=%1</source>
        <translation>es gibt keine Anzeige für QT_QPA_PLATFORM=%1</translation>
    </message>
</context>
<context>
    <name>cli::Subcommand</name>
    <message>
        <source>read the configuration and show what apply would change</source>
        <translation>die Konfiguration lesen und zeigen, was apply ändern würde</translation>
    </message>
    <message>
        <source>make the changes, read each one back, write a change journal</source>
        <translation>die Änderungen vornehmen, jede zurücklesen, ein Änderungsjournal schreiben</translation>
    </message>
    <message>
        <source>exit 0 when the live configuration matches</source>
        <translation>Exit-Code 0, wenn die aktuelle Konfiguration übereinstimmt</translation>
    </message>
    <message>
        <source>roll back the changes of a change journal</source>
        <translation>die Änderungen eines Änderungsjournals zurücksetzen</translation>
    </message>
    <message>
        <source>print the PowerShell that apply would run</source>
        <translation>die PowerShell ausgeben, die apply ausführen würde</translation>
    </message>
    <message>
        <source>show versions, management roles and the round-trip time</source>
        <translation>Versionen, Verwaltungsrollen und die Roundtrip-Zeit anzeigen</translation>
    </message>
    <message>
        <source>check that journal reports reach the archive (read-only; exit 4: not yet proven)</source>
        <translation>prüfen, ob Journalberichte das Archiv erreichen (nur lesend; Exit-Code 4: noch nicht nachgewiesen)</translation>
    </message>
</context>
<context>
    <name>cli::WizardArguments</name>
    <message>
        <source>Passwords are never accepted on the command line.</source>
        <translation>Kennwörter werden auf der Befehlszeile nie akzeptiert.</translation>
    </message>
    <message>
        <source>The wizard takes --server URL, --trust-fingerprint HEX and --lang xx; the command line starts with a command (%1); see securestore-setup --help.</source>
        <translation>Der Assistent akzeptiert --server URL, --trust-fingerprint HEX und --lang xx; die Befehlszeile beginnt mit einem Befehl (%1); siehe securestore-setup --help.</translation>
    </message>
    <message>
        <source>Unknown option &quot;--%1&quot;; did you mean &quot;--%2&quot;?</source>
        <translation>Unbekannte Option „--%1“; meinten Sie „--%2“?</translation>
    </message>
    <message>
        <source>Unknown option &quot;--%1&quot;. %2</source>
        <translation>Unbekannte Option „--%1“. %2</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. %2</source>
        <translation>Unerwartetes Argument „%1“. %2</translation>
    </message>
    <message>
        <source>--%1 was given %2 times; give it once.</source>
        <translation>--%1 wurde %2-mal angegeben; geben Sie es nur einmal an.</translation>
    </message>
    <message>
        <source>The server address must not contain a user name or password; the wizard asks for them.</source>
        <translation>Die Serveradresse darf keinen Benutzernamen und kein Kennwort enthalten; der Assistent fragt danach.</translation>
    </message>
</context>
<context>
    <name>credentials::KeychainCredentialStore</name>
    <message>
        <source>No password is saved for this server and user.</source>
        <translation>Für diesen Server und Benutzer ist kein Kennwort gespeichert.</translation>
    </message>
    <message>
        <source>The system keychain refused access. Unlock it and try again.</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff verweigert. Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No system keychain is available, so the password cannot be remembered. Enter it each time.</source>
        <translation>Es ist kein Schlüsselbund verfügbar, daher kann das Kennwort nicht gespeichert werden. Geben Sie es jedes Mal ein.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>Der Schlüsselbund des Systems hat einen Fehler gemeldet: %1</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <source>journals %1 messages of %2 to %3 (%4)</source>
        <translation>protokolliert %1-Nachrichten von %2 an %3 (%4)</translation>
    </message>
    <message>
        <source>(no scope)</source>
        <translation>(kein Bereich)</translation>
    </message>
    <message>
        <source>all recipients</source>
        <translation>alle Empfänger</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>Ask an Exchange administrator to add your account to a role group with the &quot;%1&quot; management role (it grants %2), or run the check as a member of Organization Management.</source>
        <translation>Bitten Sie einen Exchange-Administrator, Ihr Konto einer Rollengruppe mit der Verwaltungsrolle „%1“ hinzuzufügen (sie gewährt %2), oder führen Sie die Prüfung als Mitglied von Organization Management aus.</translation>
    </message>
    <message>
        <source>The check cannot read %1: your account lacks the &quot;%2&quot; management role.</source>
        <translation>Die Prüfung kann %1 nicht lesen: Ihrem Konto fehlt die Verwaltungsrolle „%2“.</translation>
    </message>
    <message>
        <source>There is no journal rule named &apos;%1&apos;: no journal reports are created.</source>
        <translation>Es gibt keine Journalregel namens „%1“: Es werden keine Journalberichte erstellt.</translation>
    </message>
    <message>
        <source>No journal rules exist.</source>
        <translation>Es gibt keine Journalregeln.</translation>
    </message>
    <message>
        <source>Journal rules: %1</source>
        <translation>Journalregeln: %1</translation>
    </message>
    <message>
        <source>Run the setup again to create the journal rule.</source>
        <translation>Führen Sie die Einrichtung erneut aus, um die Journalregel zu erstellen.</translation>
    </message>
    <message>
        <source>Rule &apos;%1&apos;: Enabled %2, Scope %3, JournalEmailAddress %4</source>
        <translation>Regel „%1“: Enabled %2, Scope %3, JournalEmailAddress %4</translation>
    </message>
    <message>
        <source>The journal rule &apos;%1&apos; is disabled: no journal reports are created.</source>
        <translation>Die Journalregel „%1“ ist deaktiviert: Es werden keine Journalberichte erstellt.</translation>
    </message>
    <message>
        <source>Enable the rule (or run the setup again, which enables it).</source>
        <translation>Aktivieren Sie die Regel (oder führen Sie die Einrichtung erneut aus, die sie aktiviert).</translation>
    </message>
    <message>
        <source>The journal rule sends to %1, not to %2.</source>
        <translation>Die Journalregel sendet an %1, nicht an %2.</translation>
    </message>
    <message>
        <source>Re-copy the journaling address from the Mailprotector Console and run the setup again with it.</source>
        <translation>Kopieren Sie die Journaladresse erneut aus der Mailprotector Console und führen Sie die Einrichtung damit erneut aus.</translation>
    </message>
    <message>
        <source>The journal rule only journals external mail (Scope External); internal mail is not archived.</source>
        <translation>Die Journalregel protokolliert nur externe E-Mails (Scope External); interne E-Mails werden nicht archiviert.</translation>
    </message>
    <message>
        <source>Run the setup again: it sets the rule&apos;s scope to Internal.</source>
        <translation>Führen Sie die Einrichtung erneut aus: Sie setzt den Bereich der Regel auf Internal.</translation>
    </message>
    <message>
        <source>The journal rule only journals mail of %1.</source>
        <translation>Die Journalregel protokolliert nur E-Mails von %1.</translation>
    </message>
    <message>
        <source>The journal rule &apos;%1&apos; is enabled (scope %2) and sends to %3.</source>
        <translation>Die Journalregel „%1“ ist aktiviert (Bereich %2) und sendet an %3.</translation>
    </message>
    <message>
        <source>No mailbox receives undeliverable journal reports: reports the archive does not accept are retried for two days and then lost.</source>
        <translation>Kein Postfach empfängt unzustellbare Journalberichte: Berichte, die das Archiv nicht annimmt, werden zwei Tage lang erneut versucht und gehen dann verloren.</translation>
    </message>
    <message>
        <source>Run the setup again to set the mailbox for undeliverable journal reports.</source>
        <translation>Führen Sie die Einrichtung erneut aus, um das Postfach für unzustellbare Journalberichte festzulegen.</translation>
    </message>
    <message>
        <source>Undeliverable journal reports go to the journaling address itself.</source>
        <translation>Unzustellbare Journalberichte gehen an die Journaladresse selbst.</translation>
    </message>
    <message>
        <source>Undeliverable journal reports go to %1, not to %2.</source>
        <translation>Unzustellbare Journalberichte gehen an %1, nicht an %2.</translation>
    </message>
    <message>
        <source>Undeliverable journal reports go to %1.</source>
        <translation>Unzustellbare Journalberichte gehen an %1.</translation>
    </message>
    <message>
        <source>The send connector &apos;%1&apos; to the SecureStore smart host does not exist.</source>
        <translation>Der Sendeconnector „%1“ zum SecureStore-Smarthost existiert nicht.</translation>
    </message>
    <message>
        <source>Run the setup again to create it, or clear the smart host if mail does not relay through Mailprotector.</source>
        <translation>Führen Sie die Einrichtung erneut aus, um ihn zu erstellen, oder entfernen Sie den Smarthost, wenn E-Mails nicht über Mailprotector weitergeleitet werden.</translation>
    </message>
    <message>
        <source>Connector &apos;%1&apos;: Enabled %2, AddressSpaces %3, SmartHosts %4</source>
        <translation>Connector „%1“: Enabled %2, AddressSpaces %3, SmartHosts %4</translation>
    </message>
    <message>
        <source>The send connector &apos;%1&apos; is disabled.</source>
        <translation>Der Sendeconnector „%1“ ist deaktiviert.</translation>
    </message>
    <message>
        <source>The send connector &apos;%1&apos; does not route %2.</source>
        <translation>Der Sendeconnector „%1“ leitet %2 nicht.</translation>
    </message>
    <message>
        <source>Run the setup again: it sets the connector&apos;s address space to the archive domain.</source>
        <translation>Führen Sie die Einrichtung erneut aus: Sie setzt den Adressraum des Connectors auf die Domäne des Archivs.</translation>
    </message>
    <message>
        <source>The send connector &apos;%1&apos; routes %2 to %3.</source>
        <translation>Der Sendeconnector „%1“ leitet %2 an %3.</translation>
    </message>
    <message>
        <source>No remote domain for %1: journal reports may carry winmail.dat attachments.</source>
        <translation>Keine Remotedomäne für %1: Journalberichte könnten winmail.dat-Anhänge enthalten.</translation>
    </message>
    <message>
        <source>Run the setup again to add the remote domain.</source>
        <translation>Führen Sie die Einrichtung erneut aus, um die Remotedomäne hinzuzufügen.</translation>
    </message>
    <message>
        <source>The remote domain &apos;%1&apos; does not turn winmail.dat off.</source>
        <translation>Die Remotedomäne „%1“ schaltet winmail.dat nicht aus.</translation>
    </message>
    <message>
        <source>The remote domain &apos;%1&apos; keeps winmail.dat out of journal reports.</source>
        <translation>Die Remotedomäne „%1“ hält winmail.dat aus Journalberichten heraus.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, next hop %3): %4, %n message(s)</source>
        <translation>
            <numerusform>%1 (%2, nächster Hop %3): %4, %n Nachricht</numerusform>
            <numerusform>%1 (%2, nächster Hop %3): %4, %n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>retried %1 times</source>
        <translation>%1-mal erneut versucht</translation>
    </message>
    <message>
        <source>retrying since %1</source>
        <translation>erneute Versuche seit %1</translation>
    </message>
    <message>
        <source>next retry %1</source>
        <translation>nächster Versuch %1</translation>
    </message>
    <message>
        <source>last error: %1</source>
        <translation>letzter Fehler: %1</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;, which the run had created.</source>
        <translation>„%1“ wurde entfernt (der Lauf hatte es erstellt).</translation>
    </message>
    <message>
        <source>Cleared the mailbox for undeliverable journal reports (it was unset).</source>
        <translation>Das Postfach für unzustellbare Journalberichte wurde geleert (es war nicht festgelegt).</translation>
    </message>
    <message>
        <source>Restored %1 as the mailbox for undeliverable journal reports.</source>
        <translation>%1 wurde als Postfach für unzustellbare Journalberichte wiederhergestellt.</translation>
    </message>
    <message>
        <source>Disabled the journal rule &quot;%1&quot; again.</source>
        <translation>Die Journalregel „%1“ wurde wieder deaktiviert.</translation>
    </message>
    <message>
        <source>Restored the settings of the remote domain &quot;%1&quot;.</source>
        <translation>Die Einstellungen der Remotedomäne „%1“ wurden wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>exchange::AddressSyntax</name>
    <message>
        <source>The domain is missing.</source>
        <translation>Die Domäne fehlt.</translation>
    </message>
    <message>
        <source>The domain is longer than 253 characters.</source>
        <translation>Die Domäne ist länger als 253 Zeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; isn&apos;t a valid SMTP domain: it needs at least two labels, like example.com.</source>
        <translation>„%1“ ist keine gültige SMTP-Domäne: Sie braucht mindestens zwei Teile, wie example.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; isn&apos;t a valid SMTP domain.</source>
        <translation>„%1“ ist keine gültige SMTP-Domäne.</translation>
    </message>
    <message>
        <source>The address is empty.</source>
        <translation>Die Adresse ist leer.</translation>
    </message>
    <message>
        <source>The address is %1 characters long; an SMTP address has at most %2.</source>
        <translation>Die Adresse ist %1 Zeichen lang; eine SMTP-Adresse hat höchstens %2.</translation>
    </message>
    <message>
        <source>Enter only the address itself (local@domain), without a display name, quotes or angle brackets.</source>
        <translation>Geben Sie nur die Adresse selbst ein (lokal@domäne), ohne Anzeigenamen, Anführungszeichen oder spitze Klammern.</translation>
    </message>
    <message>
        <source>The address contains spaces or control characters; enter only local@domain.</source>
        <translation>Die Adresse enthält Leer- oder Steuerzeichen; geben Sie nur lokal@domäne ein.</translation>
    </message>
    <message>
        <source>The address must have exactly one @, like journal@archive.example.com.</source>
        <translation>Die Adresse muss genau ein @ enthalten, wie journal@archive.example.com.</translation>
    </message>
    <message>
        <source>The part before @ must be 1 to 64 characters long.</source>
        <translation>Der Teil vor dem @ muss 1 bis 64 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The part before @ cannot start or end with a dot or contain two dots in a row.</source>
        <translation>Der Teil vor dem @ darf nicht mit einem Punkt beginnen oder enden und keine zwei Punkte hintereinander enthalten.</translation>
    </message>
    <message>
        <source>The part before @ contains the character &apos;%1&apos;, which an SMTP address cannot have unquoted.</source>
        <translation>Der Teil vor dem @ enthält das Zeichen &apos;%1&apos;, das eine SMTP-Adresse ohne Anführungszeichen nicht enthalten darf.</translation>
    </message>
    <message>
        <source>You must specify a smart host if you are not using DNS to route mails.</source>
        <translation>Sie müssen einen Smarthost angeben, wenn Sie E-Mails nicht über DNS weiterleiten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IP address or host name.</source>
        <translation>„%1“ ist keine gültige IP-Adresse und kein gültiger Hostname.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an IPv6 address; Exchange takes a smart host only as a host name or an IPv4 address. Enter the smart host&apos;s name.</source>
        <translation>„%1“ ist eine IPv6-Adresse; Exchange akzeptiert einen Smarthost nur als Hostnamen oder IPv4-Adresse. Geben Sie den Namen des Smarthosts ein.</translation>
    </message>
</context>
<context>
    <name>exchange::ChangeJournal</name>
    <message>
        <source>Cannot read the change journal %1: %2</source>
        <translation>Das Änderungsjournal %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a change journal of this tool.</source>
        <translation>%1 ist kein Änderungsjournal dieses Programms.</translation>
    </message>
    <message>
        <source>The change journal has no file.</source>
        <translation>Das Änderungsjournal hat keine Datei.</translation>
    </message>
    <message>
        <source>Cannot write the change journal %1: %2</source>
        <translation>Das Änderungsjournal %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>exchange::ErrorAdvice</name>
    <message>
        <source>the server</source>
        <translation>der Server</translation>
    </message>
    <message>
        <source>Check the spelling, use the server&apos;s full name (for example ex01.contoso.com), and make sure this computer uses the organisation&apos;s DNS servers.</source>
        <translation>Prüfen Sie die Schreibweise, verwenden Sie den vollständigen Namen des Servers (zum Beispiel ex01.contoso.com) und stellen Sie sicher, dass dieser Computer die DNS-Server der Organisation verwendet.</translation>
    </message>
    <message>
        <source>Check that port %1 is the right one (Exchange: 80 for http://, 443 for https://; a WinRM listener: 5985 or 5986) and that IIS and the PowerShell virtual directory are running on %2.</source>
        <translation>Prüfen Sie, ob Port %1 der richtige ist (Exchange: 80 für http://, 443 für https://; ein WinRM-Listener: 5985 oder 5986) und ob IIS und das virtuelle PowerShell-Verzeichnis auf %2 laufen.</translation>
    </message>
    <message>
        <source>Check that this computer has a route to %1 (VPN, firewall: port %2 must be open) and try again.</source>
        <translation>Prüfen Sie, ob dieser Computer eine Route zu %1 hat (VPN, Firewall: Port %2 muss offen sein), und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, check the server&apos;s event log and any proxy or load balancer in between.</source>
        <translation>Versuchen Sie es erneut; wenn es wieder passiert, prüfen Sie das Ereignisprotokoll des Servers und einen etwaigen Proxy oder Load Balancer dazwischen.</translation>
    </message>
    <message>
        <source>The server may be busy, or a firewall may drop the traffic to port %1. Try again; if it keeps happening, check the network path to %2.</source>
        <translation>Der Server ist vielleicht ausgelastet oder eine Firewall verwirft den Datenverkehr an Port %1. Versuchen Sie es erneut; wenn es wieder passiert, prüfen Sie den Netzwerkpfad zu %2.</translation>
    </message>
    <message>
        <source>Compare the SHA-256 fingerprint with the server&apos;s certificate (on the server: Get-ExchangeCertificate, or the IIS binding). If they match, trust exactly this certificate (the wizard offers it; on the command line pass --trust-fingerprint), or install a certificate this computer trusts on the server.</source>
        <translation>Vergleichen Sie den SHA-256-Fingerabdruck mit dem Zertifikat des Servers (auf dem Server: Get-ExchangeCertificate oder die IIS-Bindung). Wenn sie übereinstimmen, vertrauen Sie genau diesem Zertifikat (der Assistent bietet es an; in der Befehlszeile übergeben Sie --trust-fingerprint), oder installieren Sie auf dem Server ein Zertifikat, dem dieser Computer vertraut.</translation>
    </message>
    <message>
        <source>The certificate is trusted but not issued for the name %1. Use the name the certificate is issued for in the address, or install a certificate for %1 on the server.</source>
        <translation>Das Zertifikat ist vertrauenswürdig, wurde aber nicht für den Namen %1 ausgestellt. Verwenden Sie in der Adresse den Namen, für den das Zertifikat ausgestellt ist, oder installieren Sie auf dem Server ein Zertifikat für %1.</translation>
    </message>
    <message>
        <source>If the server&apos;s certificate was replaced, confirm the new fingerprint with its administrator and trust that one instead. Otherwise do not connect: something may be intercepting the connection.</source>
        <translation>Wenn das Zertifikat des Servers ersetzt wurde, bestätigen Sie den neuen Fingerabdruck mit dessen Administrator und vertrauen Sie stattdessen diesem. Andernfalls stellen Sie keine Verbindung her: Möglicherweise fängt jemand die Verbindung ab.</translation>
    </message>
    <message>
        <source>Check that the server offers HTTPS with TLS 1.2 or later on port %1, or use http:// with Kerberos or NTLM, which encrypt the session themselves.</source>
        <translation>Prüfen Sie, ob der Server auf Port %1 HTTPS mit TLS 1.2 oder höher anbietet, oder verwenden Sie http:// mit Kerberos oder NTLM, die die Sitzung selbst verschlüsseln.</translation>
    </message>
    <message>
        <source>Use an https:// address (for example https://%1/PowerShell), or choose Kerberos or NTLM, which encrypt the session over http.</source>
        <translation>Verwenden Sie eine https://-Adresse (zum Beispiel https://%1/PowerShell) oder wählen Sie Kerberos oder NTLM, die die Sitzung über http verschlüsseln.</translation>
    </message>
    <message>
        <source>Check the user name (DOMAIN\user or user@domain), the password and Caps Lock, and that Basic authentication is enabled on the PowerShell virtual directory.</source>
        <translation>Prüfen Sie den Benutzernamen (DOMÄNE\benutzer oder benutzer@domäne), das Kennwort und die Feststelltaste und ob die Standardauthentifizierung im virtuellen PowerShell-Verzeichnis aktiviert ist.</translation>
    </message>
    <message>
        <source>Check the user name (DOMAIN\user or user@domain), the password and Caps Lock, and that Windows (NTLM) authentication is enabled on the server.</source>
        <translation>Prüfen Sie den Benutzernamen (DOMÄNE\benutzer oder benutzer@domäne), das Kennwort und die Feststelltaste und ob die Windows-Authentifizierung (NTLM) auf dem Server aktiviert ist.</translation>
    </message>
    <message>
        <source>Check the user name (user@REALM, for example admin@CONTOSO.COM), the password and Caps Lock, that %1 is the name the server&apos;s SPN is registered for (HTTP/&lt;fqdn&gt;), and that Kerberos is enabled on the server.</source>
        <translation>Prüfen Sie den Benutzernamen (benutzer@REALM, zum Beispiel admin@CONTOSO.COM), das Kennwort und die Feststelltaste, ob %1 der Name ist, für den der SPN des Servers registriert ist (HTTP/&lt;fqdn&gt;), und ob Kerberos auf dem Server aktiviert ist.</translation>
    </message>
    <message>
        <source>Change the password, or ask an administrator to enable or unlock the account, then try again.</source>
        <translation>Ändern Sie das Kennwort oder bitten Sie einen Administrator, das Konto zu aktivieren oder zu entsperren, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Run &quot;kinit user@REALM&quot; (or log on to the domain) first, or enter a user name and password.</source>
        <translation>Führen Sie zuerst „kinit benutzer@REALM“ aus (oder melden Sie sich an der Domäne an), oder geben Sie einen Benutzernamen und ein Kennwort ein.</translation>
    </message>
    <message>
        <source>Enter a user name (DOMAIN\user) and password.</source>
        <translation>Geben Sie einen Benutzernamen (DOMÄNE\benutzer) und ein Kennwort ein.</translation>
    </message>
    <message>
        <source>Choose another sign-in method, or install this computer&apos;s support for it (Kerberos: the krb5 libraries; NTLM: gss-ntlmssp).</source>
        <translation>Wählen Sie eine andere Anmeldemethode, oder installieren Sie die Unterstützung dieses Computers dafür (Kerberos: die krb5-Bibliotheken; NTLM: gss-ntlmssp).</translation>
    </message>
    <message>
        <source>Check the network connection and DNS (the realm&apos;s _kerberos SRV records), or the realm&apos;s kdc entries in krb5.conf; or choose NTLM.</source>
        <translation>Prüfen Sie die Netzwerkverbindung und DNS (die _kerberos-SRV-Einträge des Realms) oder die kdc-Einträge des Realms in krb5.conf; oder wählen Sie NTLM.</translation>
    </message>
    <message>
        <source>Kerberos needs the server&apos;s full DNS name as registered in Active Directory (SPN HTTP/&lt;fqdn&gt;): IP addresses, aliases and load-balancer names fail unless an alternate service account is set up. Use the server&apos;s FQDN in the address, for example http://ex01.contoso.com/PowerShell, or choose NTLM.</source>
        <translation>Kerberos benötigt den vollständigen DNS-Namen des Servers, wie er in Active Directory registriert ist (SPN HTTP/&lt;fqdn&gt;): IP-Adressen, Aliasse und Namen von Load Balancern schlagen fehl, sofern kein alternatives Dienstkonto eingerichtet ist. Verwenden Sie den FQDN des Servers in der Adresse, zum Beispiel http://ex01.contoso.com/PowerShell, oder wählen Sie NTLM.</translation>
    </message>
    <message>
        <source>Correct this computer&apos;s date, time and time zone, then try again.</source>
        <translation>Korrigieren Sie Datum, Uhrzeit und Zeitzone dieses Computers und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, choose another sign-in method. The log has the technical details.</source>
        <translation>Versuchen Sie es erneut; wenn es wieder passiert, wählen Sie eine andere Anmeldemethode. Das Protokoll enthält die technischen Details.</translation>
    </message>
    <message>
        <source>The account needs remote PowerShell enabled (Set-User -RemotePowerShellEnabled $true) and a management role such as Organization Management. The PowerShell virtual directory may also require SSL: then use https://.</source>
        <translation>Für das Konto muss Remote-PowerShell aktiviert sein (Set-User -RemotePowerShellEnabled $true), und es benötigt eine Verwaltungsrolle wie Organization Management. Das virtuelle PowerShell-Verzeichnis erfordert möglicherweise auch SSL: Verwenden Sie dann https://.</translation>
    </message>
    <message>
        <source>Use http://&lt;server&gt;/PowerShell for Exchange, or the WinRM listener https://&lt;server&gt;:5986/wsman.</source>
        <translation>Verwenden Sie http://&lt;server&gt;/PowerShell für Exchange oder den WinRM-Listener https://&lt;server&gt;:5986/wsman.</translation>
    </message>
    <message>
        <source>The service is overloaded or restarting. Try again in a few minutes.</source>
        <translation>Der Dienst ist überlastet oder wird neu gestartet. Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>Check the MSExchangePowerShellAppPool application pool and the Exchange server&apos;s event log, then try again.</source>
        <translation>Prüfen Sie den Anwendungspool MSExchangePowerShellAppPool und das Ereignisprotokoll des Exchange-Servers und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Check that the address points at an Exchange server&apos;s PowerShell endpoint, not at a web page or a proxy.</source>
        <translation>Prüfen Sie, ob die Adresse auf den PowerShell-Endpunkt eines Exchange-Servers verweist und nicht auf eine Webseite oder einen Proxy.</translation>
    </message>
    <message>
        <source>Check that the address is an Exchange PowerShell endpoint. The log has the technical details for support.</source>
        <translation>Prüfen Sie, ob die Adresse ein Exchange-PowerShell-Endpunkt ist. Das Protokoll enthält die technischen Details für den Support.</translation>
    </message>
    <message>
        <source>Connect again: test the connection again in the wizard, or run the command again.</source>
        <translation>Stellen Sie die Verbindung erneut her: Testen Sie die Verbindung im Assistenten erneut oder führen Sie den Befehl noch einmal aus.</translation>
    </message>
</context>
<context>
    <name>exchange::HealthCheck</name>
    <message>
        <source>Part of the configuration could not be read.</source>
        <translation>Ein Teil der Konfiguration konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Delivery cannot be proven: reading message tracking needs the &quot;%1&quot; management role.</source>
        <translation>Die Zustellung kann nicht nachgewiesen werden: Das Lesen der Nachrichtenverfolgung erfordert die Verwaltungsrolle „%1“.</translation>
    </message>
    <message>
        <source>Message tracking is turned off on %1.</source>
        <translation>Die Nachrichtenverfolgung ist auf %1 ausgeschaltet.</translation>
    </message>
    <message>
        <source>Subject logging is turned off on %1: journal reports are shown without their subjects.</source>
        <translation>Die Betreffprotokollierung ist auf %1 ausgeschaltet: Journalberichte werden ohne Betreff angezeigt.</translation>
    </message>
    <message>
        <source>A read failed: %1</source>
        <translation>Ein Lesevorgang ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Message tracking returned more entries than the check reads; pass a later start time to see the newest.</source>
        <translation>Die Nachrichtenverfolgung hat mehr Einträge geliefert, als die Prüfung liest; geben Sie einen späteren Startzeitpunkt an, um die neuesten zu sehen.</translation>
    </message>
    <message>
        <source>%1 %2, connector %3, %4</source>
        <translation>%1 %2, Connector %3, %4</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>the NDR was delivered to %1 at %2</source>
        <translation>der Unzustellbarkeitsbericht wurde am %2 an %1 zugestellt</translation>
    </message>
    <message>
        <source>no mailbox receives undeliverable journal reports: the report is lost</source>
        <translation>kein Postfach empfängt unzustellbare Journalberichte: Der Bericht ist verloren</translation>
    </message>
    <message>
        <source>No journal report to %1 since %2.</source>
        <translation>Seit %2 kein Journalbericht an %1.</translation>
    </message>
    <message>
        <source>To create a journal report now, send an internal message or run Test-Mailflow on the server you connected to, then check again.</source>
        <translation>Um jetzt einen Journalbericht zu erzeugen, senden Sie eine interne Nachricht oder führen Sie Test-Mailflow auf dem Server aus, mit dem Sie verbunden sind, und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Some configuration reads are not granted; asking which are.</source>
        <translation>Einige Konfigurationslesevorgänge sind nicht gestattet; es wird ermittelt, welche.</translation>
    </message>
    <message>
        <source>The configuration could not be read: %1</source>
        <translation>Die Konfiguration konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the pipeline failed</source>
        <translation>die Pipeline ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Health check: %1</source>
        <translation>Funktionsprüfung: %1</translation>
    </message>
    <message>
        <source>A health check is already running.</source>
        <translation>Eine Funktionsprüfung läuft bereits.</translation>
    </message>
    <message>
        <source>Not connected to Exchange.</source>
        <translation>Nicht mit Exchange verbunden.</translation>
    </message>
    <message>
        <source>Health check: reading the configuration…</source>
        <translation>Funktionsprüfung: Die Konfiguration wird gelesen…</translation>
    </message>
</context>
<context>
    <name>exchange::HealthReport</name>
    <message>
        <source>(subject not logged)</source>
        <translation>(Betreff nicht protokolliert)</translation>
    </message>
    <message>
        <source>journal report for &apos;%1&apos; handed to %2 at %3 (%4)</source>
        <translation>Journalbericht zu „%1“ am %3 an %2 übergeben (%4)</translation>
    </message>
    <message>
        <source>journal report for &apos;%1&apos; rejected at %2 (%3)</source>
        <translation>Journalbericht zu „%1“ am %2 abgewiesen (%3)</translation>
    </message>
    <message>
        <source>journal report for &apos;%1&apos; deferred at %2 (%3)</source>
        <translation>Journalbericht zu „%1“ am %2 zurückgestellt (%3)</translation>
    </message>
    <message>
        <source>journal report for &apos;%1&apos; created at %2, not yet handed on</source>
        <translation>Journalbericht zu „%1“ am %2 erstellt, noch nicht weitergegeben</translation>
    </message>
    <message>
        <source>Proven: journal reports leave the organisation for the archive.</source>
        <translation>Nachgewiesen: Journalberichte verlassen die Organisation in Richtung Archiv.</translation>
    </message>
    <message>
        <source>Failing: journal reports do not reach the archive; the findings say why and what to do.</source>
        <translation>Fehlerhaft: Journalberichte erreichen das Archiv nicht; die Befunde nennen den Grund und was zu tun ist.</translation>
    </message>
    <message>
        <source>Not yet proven: reading message tracking needs the Message Tracking role (Organization Management, Records Management or Recipient Management). Nothing is stuck in the queues.</source>
        <translation>Noch nicht nachgewiesen: Das Lesen der Nachrichtenverfolgung erfordert die Rolle „Message Tracking“ (Organization Management, Records Management oder Recipient Management). In den Warteschlangen hängt nichts fest.</translation>
    </message>
    <message>
        <source>Not yet proven: message tracking is turned off on the transport servers, so delivery cannot be followed. Nothing is stuck in the queues.</source>
        <translation>Noch nicht nachgewiesen: Die Nachrichtenverfolgung ist auf den Transportservern ausgeschaltet, daher lässt sich die Zustellung nicht verfolgen. In den Warteschlangen hängt nichts fest.</translation>
    </message>
    <message>
        <source>Not yet proven: journal reports were created but none has been handed to the archive yet. Check again in a few minutes.</source>
        <translation>Noch nicht nachgewiesen: Es wurden Journalberichte erstellt, aber noch keiner wurde an das Archiv übergeben. Prüfen Sie in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>Not yet proven: no journal report left the organisation within the wait. Nothing is stuck in the queues; check again later.</source>
        <translation>Noch nicht nachgewiesen: Während der Wartezeit hat kein Journalbericht die Organisation verlassen. In den Warteschlangen hängt nichts fest; prüfen Sie später erneut.</translation>
    </message>
    <message>
        <source>Not yet proven: the check was stopped before a journal report was seen.</source>
        <translation>Noch nicht nachgewiesen: Die Prüfung wurde angehalten, bevor ein Journalbericht zu sehen war.</translation>
    </message>
    <message>
        <source>Not yet proven: no journal report since %1 yet (internal mail creates them). Nothing is stuck in the queues; check again later or wait for one.</source>
        <translation>Noch nicht nachgewiesen: Seit %1 noch kein Journalbericht (interne E-Mails erzeugen sie). In den Warteschlangen hängt nichts fest; prüfen Sie später erneut oder warten Sie auf einen.</translation>
    </message>
</context>
<context>
    <name>exchange::JournalLock</name>
    <message>
        <source>another process</source>
        <translation>ein anderer Prozess</translation>
    </message>
    <message>
        <source>process %1 (%2) on %3</source>
        <translation>Prozess %1 (%2) auf %3</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot create a lock file next to %1</source>
        <translation>neben %1 kann keine Sperrdatei erstellt werden</translation>
    </message>
    <message>
        <source>no free change journal name next to %1</source>
        <translation>neben %1 ist kein freier Name für ein Änderungsjournal verfügbar</translation>
    </message>
    <message>
        <source>the lock file %1.lock cannot be created</source>
        <translation>die Sperrdatei %1.lock kann nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>exchange::JournalingEngine</name>
    <message>
        <source>The engine is busy; wait for the current operation.</source>
        <translation>Die Engine ist beschäftigt; warten Sie, bis der aktuelle Vorgang beendet ist.</translation>
    </message>
    <message>
        <source>Not connected to Exchange.</source>
        <translation>Nicht mit Exchange verbunden.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Exchange could not report its configuration: %1</source>
        <translation>Exchange konnte seine Konfiguration nicht melden: %1</translation>
    </message>
    <message>
        <source>The plan has invalid input, missing permissions or conflicts; nothing was changed.</source>
        <translation>Der Plan enthält ungültige Eingaben, fehlende Berechtigungen oder Konflikte; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cancelled before this step: nothing was changed here.</source>
        <translation>Vor diesem Schritt abgebrochen: Hier wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Nothing was changed: the change journal could not be written. %1</source>
        <translation>Es wurde nichts geändert: Das Änderungsjournal konnte nicht geschrieben werden. %1</translation>
    </message>
    <message>
        <source>The connection failed while changing %1, so the change is unconfirmed: %2 Run verify, or undo from the change journal.</source>
        <translation>Die Verbindung ist beim Ändern von %1 abgebrochen, daher ist die Änderung unbestätigt: %2 Führen Sie verify aus oder machen Sie sie mit dem Änderungsjournal rückgängig.</translation>
    </message>
    <message>
        <source>Exchange refused the change: %1</source>
        <translation>Exchange hat die Änderung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The change was stopped before it completed; it is unconfirmed. Run verify.</source>
        <translation>Die Änderung wurde vor ihrem Abschluss gestoppt; sie ist unbestätigt. Führen Sie verify aus.</translation>
    </message>
    <message>
        <source>The change was sent but could not be read back: %1</source>
        <translation>Die Änderung wurde gesendet, konnte aber nicht zurückgelesen werden: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; still exists after removing it.</source>
        <translation>„%1“ existiert nach dem Entfernen noch.</translation>
    </message>
    <message>
        <source>The change was sent but &quot;%1&quot; could not be read back, so it is not verified.</source>
        <translation>Die Änderung wurde gesendet, aber „%1“ konnte nicht zurückgelesen werden; sie ist daher nicht überprüft.</translation>
    </message>
    <message>
        <source>Read back does not match: %1</source>
        <translation>Das Zurückgelesene stimmt nicht überein: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist (the run&apos;s change never reached Exchange); nothing to remove.</source>
        <translation>„%1“ existiert nicht (die Änderung des Laufs hat Exchange nie erreicht); nichts zu entfernen.</translation>
    </message>
    <message>
        <source>no answer from DNS within 5 seconds</source>
        <translation>keine Antwort vom DNS innerhalb von 5 Sekunden</translation>
    </message>
    <message>
        <source>The change journal could not record this step as %1: %2</source>
        <translation>Das Änderungsjournal konnte diesen Schritt nicht als %1 vermerken: %2</translation>
    </message>
    <message>
        <source>This change (%1 &quot;%2&quot;) cannot be undone automatically; undo it by hand.</source>
        <translation>Diese Änderung (%1 „%2“) kann nicht automatisch rückgängig gemacht werden; machen Sie sie von Hand rückgängig.</translation>
    </message>
    <message>
        <source>This change journal does not record which Exchange organisation it was made for (an older version wrote it), so undo cannot make sure it acts on the same one. Nothing was undone: reverse its changes by hand.</source>
        <translation>Dieses Änderungsjournal vermerkt nicht, für welche Exchange-Organisation es erstellt wurde (eine ältere Version hat es geschrieben), daher kann undo nicht sicherstellen, dass es auf dieselbe wirkt. Es wurde nichts rückgängig gemacht: Machen Sie seine Änderungen von Hand rückgängig.</translation>
    </message>
    <message>
        <source>Not undone: %1.</source>
        <translation>Nicht rückgängig gemacht: %1.</translation>
    </message>
    <message>
        <source>The live configuration could not be read to check it against the change journal, so nothing was undone: %1</source>
        <translation>Die aktuelle Konfiguration konnte nicht zum Abgleich mit dem Änderungsjournal gelesen werden, daher wurde nichts rückgängig gemacht: %1</translation>
    </message>
    <message>
        <source>Cancelled before anything was undone.</source>
        <translation>Abgebrochen, bevor etwas rückgängig gemacht wurde.</translation>
    </message>
    <message>
        <source>Exchange could not report the objects of the change journal, so nothing was undone: %1</source>
        <translation>Exchange konnte die Objekte des Änderungsjournals nicht melden, daher wurde nichts rückgängig gemacht: %1</translation>
    </message>
    <message>
        <source>This change journal was made on %1 for the Exchange organisation %2, but %3 belongs to the organisation %4. Nothing was undone: run undo against the organisation the journal was made for.</source>
        <translation>Dieses Änderungsjournal wurde auf %1 für die Exchange-Organisation %2 erstellt, aber %3 gehört zur Organisation %4. Es wurde nichts rückgängig gemacht: Führen Sie undo für die Organisation aus, für die das Journal erstellt wurde.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>one change of the journal cannot be undone safely (see above), and undoing the others alone would leave a mix</source>
        <translation>eine Änderung des Journals kann nicht sicher rückgängig gemacht werden (siehe oben), und nur die übrigen rückgängig zu machen, hinterließe einen Mischzustand</translation>
    </message>
    <message>
        <source>%1 changes of the journal cannot be undone safely (see above)</source>
        <translation>%1 Änderungen des Journals können nicht sicher rückgängig gemacht werden (siehe oben)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no longer the object this run changed (its Guid is %2; the run recorded %3): it was removed and made again since. It is left as it is.</source>
        <translation>„%1“ ist nicht mehr das Objekt, das dieser Lauf geändert hat (seine Guid ist %2; der Lauf hat %3 vermerkt): Es wurde seitdem entfernt und neu erstellt. Es bleibt unverändert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist (the run&apos;s change never took effect or it was removed since); nothing to remove.</source>
        <translation>„%1“ existiert nicht (die Änderung des Laufs wurde nie wirksam oder es wurde seitdem entfernt); nichts zu entfernen.</translation>
    </message>
    <message>
        <source>Exchange refused this run&apos;s creation of &quot;%1&quot;, so the &quot;%1&quot; that exists now was made by someone else (another run or an administrator). It is left as it is.</source>
        <translation>Exchange hat das Erstellen von „%1“ durch diesen Lauf abgelehnt, daher hat jemand anderes (ein anderer Lauf oder ein Administrator) das jetzt vorhandene „%1“ erstellt. Es bleibt unverändert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; changed since this run made it (%2). It is left as it is: remove it by hand if it should go.</source>
        <translation>„%1“ wurde geändert, seit dieser Lauf es erstellt hat (%2). Es bleibt unverändert: Entfernen Sie es von Hand, wenn es weg soll.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; no longer exists, so its previous settings cannot be restored.</source>
        <translation>„%1“ existiert nicht mehr, daher können seine vorherigen Einstellungen nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Exchange refused this run&apos;s change of &quot;%1&quot;, yet it now has the values the run wanted: someone else set them. They are left as they are.</source>
        <translation>Exchange hat die Änderung von „%1“ durch diesen Lauf abgelehnt, trotzdem hat es jetzt die Werte, die der Lauf wollte: Jemand anderes hat sie gesetzt. Sie bleiben unverändert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already as it was before the run; nothing to restore.</source>
        <translation>„%1“ ist bereits wie vor dem Lauf; nichts wiederherzustellen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; changed since this run (%2). It is left as it is: restore it by hand if needed.</source>
        <translation>„%1“ wurde seit diesem Lauf geändert (%2). Es bleibt unverändert: Stellen Sie es bei Bedarf von Hand wieder her.</translation>
    </message>
    <message>
        <source>Not attempted: nothing was changed.</source>
        <translation>Nicht versucht: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Unconfirmed: the connection failed before this change was confirmed; it may or may not have been made. Run verify, or undo from the change journal.</source>
        <translation>Unbestätigt: Die Verbindung ist abgebrochen, bevor diese Änderung bestätigt wurde; sie wurde vielleicht ausgeführt, vielleicht auch nicht. Führen Sie verify aus oder machen Sie sie mit dem Änderungsjournal rückgängig.</translation>
    </message>
    <message>
        <source>Not attempted: an earlier step failed, so nothing was changed here.</source>
        <translation>Nicht versucht: Ein früherer Schritt ist fehlgeschlagen, daher wurde hier nichts geändert.</translation>
    </message>
    <message>
        <source>The pipeline failed while changing %1 (%2), so the change is unconfirmed. Run verify.</source>
        <translation>Die Pipeline ist beim Ändern von %1 fehlgeschlagen (%2), daher ist die Änderung unbestätigt. Führen Sie verify aus.</translation>
    </message>
    <message>
        <source>Exchange ended the pipeline without confirming this change, so it is unconfirmed. Run verify.</source>
        <translation>Exchange hat die Pipeline beendet, ohne diese Änderung zu bestätigen, daher ist sie unbestätigt. Führen Sie verify aus.</translation>
    </message>
    <message>
        <source>Stopped while changing %1; it could not be read back, so the change is unconfirmed. Run verify, or undo from the change journal.</source>
        <translation>Beim Ändern von %1 angehalten; die Änderung konnte nicht zurückgelesen werden und ist daher unbestätigt. Führen Sie verify aus oder machen Sie sie mit dem Änderungsjournal rückgängig.</translation>
    </message>
    <message>
        <source>Cancelled while this change was being sent; read back, it was not made: nothing was changed here.</source>
        <translation>Abgebrochen, während diese Änderung gesendet wurde; laut Zurücklesen wurde sie nicht ausgeführt: Hier wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Stopped part-way through changing %1: read back, it is neither as before nor as intended%2. Run apply again, or undo from the change journal.</source>
        <translation>Mitten im Ändern von %1 angehalten: Laut Zurücklesen ist es weder wie zuvor noch wie beabsichtigt%2. Führen Sie apply erneut aus oder machen Sie die Änderung mit dem Änderungsjournal rückgängig.</translation>
    </message>
    <message>
        <source>The run that writes this change journal is still going (%1): undoing now could remove what it is creating. Nothing was undone: run undo again when that run has finished.</source>
        <translation>Der Lauf, der dieses Änderungsjournal schreibt, ist noch nicht beendet (%1): Ein Rückgängigmachen jetzt könnte entfernen, was er gerade erstellt. Es wurde nichts rückgängig gemacht: Führen Sie undo erneut aus, wenn dieser Lauf beendet ist.</translation>
    </message>
    <message>
        <source>Not attempted: the changes were stopped because the server took too long; nothing was changed here.</source>
        <translation>Nicht versucht: Die Änderungen wurden gestoppt, weil der Server zu lange gebraucht hat; hier wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Stopped because the server took too long while this change was being sent; read back, it was not made: nothing was changed here.</source>
        <translation>Gestoppt, weil der Server zu lange gebraucht hat, während diese Änderung gesendet wurde; laut Zurücklesen wurde sie nicht ausgeführt: Hier wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>exchange::Plan</name>
    <message>
        <source>Undeliverable journal reports</source>
        <translation>Unzustellbare Journalberichte</translation>
    </message>
    <message>
        <source>Journal rule</source>
        <translation>Journalregel</translation>
    </message>
    <message>
        <source>Remote domain (no winmail.dat, no out-of-office)</source>
        <translation>Remotedomäne (kein winmail.dat, keine Abwesenheitsnotizen)</translation>
    </message>
    <message>
        <source>Send connector to the SecureStore smarthost</source>
        <translation>Sendeconnector zum SecureStore-Smarthost</translation>
    </message>
</context>
<context>
    <name>exchange::Planner</name>
    <message>
        <source>The transport configuration could not be read.</source>
        <translation>Die Transportkonfiguration konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The current address for undeliverable journal reports is unknown, so it cannot be safely replaced.</source>
        <translation>Die aktuelle Adresse für unzustellbare Journalberichte ist unbekannt und kann daher nicht sicher ersetzt werden.</translation>
    </message>
    <message>
        <source>Ask for the Organization Transport Settings or View-Only Configuration role, then run this again.</source>
        <translation>Fordern Sie die Rolle „Organization Transport Settings“ oder „View-Only Configuration“ an und führen Sie dies erneut aus.</translation>
    </message>
    <message>
        <source>No mailbox receives undeliverable journal reports: they are lost after two days.</source>
        <translation>Kein Postfach empfängt unzustellbare Journalberichte: Sie gehen nach zwei Tagen verloren.</translation>
    </message>
    <message>
        <source>Undeliverable journal reports go to %1.</source>
        <translation>Unzustellbare Journalberichte gehen an %1.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message>
        <source>Undeliverable journal reports already go to %1, not to %2.</source>
        <translation>Unzustellbare Journalberichte gehen bereits an %1, nicht an %2.</translation>
    </message>
    <message>
        <source>Confirm replacing %1 with %2 (wizard: tick the replace box; command line: &quot;replaceExistingNdr&quot;: true in the answers file), or enter %1 to keep it.</source>
        <translation>Bestätigen Sie das Ersetzen von %1 durch %2 (Assistent: Ersetzen-Kästchen ankreuzen; Befehlszeile: &quot;replaceExistingNdr&quot;: true in der Antwortdatei) oder geben Sie %1 ein, um es beizubehalten.</translation>
    </message>
    <message>
        <source>Send undeliverable journal reports to %1.</source>
        <translation>Unzustellbare Journalberichte an %1 senden.</translation>
    </message>
    <message>
        <source>This replaces %1 as the mailbox for undeliverable journal reports.</source>
        <translation>Dies ersetzt %1 als Postfach für unzustellbare Journalberichte.</translation>
    </message>
    <message>
        <source>The journal rule &quot;%1&quot; already journals %2 messages to %3: those messages would be archived twice. Disable that rule if SecureStore replaces it.</source>
        <translation>Die Journalregel „%1“ protokolliert bereits %2-Nachrichten an %3: Diese Nachrichten würden doppelt archiviert. Deaktivieren Sie diese Regel, wenn SecureStore sie ersetzt.</translation>
    </message>
    <message>
        <source>A journal rule named &quot;%1&quot; exists and %2.</source>
        <translation>Eine Journalregel namens „%1“ existiert und %2.</translation>
    </message>
    <message>
        <source>The rule name &quot;%1&quot; is taken by a rule that does something else.</source>
        <translation>Der Regelname „%1“ ist durch eine Regel belegt, die etwas anderes tut.</translation>
    </message>
    <message>
        <source>Choose another rule name, or change or remove that rule in the Exchange admin center (Compliance management &gt; Journal rules).</source>
        <translation>Wählen Sie einen anderen Regelnamen oder ändern bzw. entfernen Sie diese Regel im Exchange Admin Center (Compliance-Verwaltung &gt; Journalregeln).</translation>
    </message>
    <message>
        <source>The journal rule &quot;%1&quot; %2.</source>
        <translation>Die Journalregel „%1“ %2.</translation>
    </message>
    <message>
        <source>Reuse the existing rule &quot;%1&quot; instead of creating a duplicate; nothing to change.</source>
        <translation>Die vorhandene Regel „%1“ wird wiederverwendet, statt ein Duplikat zu erstellen; nichts zu ändern.</translation>
    </message>
    <message>
        <source>Enable the existing rule &quot;%1&quot; (it is disabled).</source>
        <translation>Die vorhandene Regel „%1“ aktivieren (sie ist deaktiviert).</translation>
    </message>
    <message>
        <source>No journal rule exists.</source>
        <translation>Es gibt keine Journalregel.</translation>
    </message>
    <message>
        <source>No journal rule journals internal mail to %1.</source>
        <translation>Keine Journalregel protokolliert interne E-Mails an %1.</translation>
    </message>
    <message>
        <source>Create the rule &quot;%1&quot;: journal all internal messages to %2, enabled. It applies to all future messages.</source>
        <translation>Die Regel „%1“ erstellen: alle internen Nachrichten an %2 protokollieren, aktiviert. Sie gilt für alle künftigen Nachrichten.</translation>
    </message>
    <message>
        <source>Not requested.</source>
        <translation>Nicht angefordert.</translation>
    </message>
    <message>
        <source>Needs a valid journaling address.</source>
        <translation>Benötigt eine gültige Journaladresse.</translation>
    </message>
    <message>
        <source>The remote domain &quot;%1&quot; covers %2 (out-of-office: %3, rich text: %4).</source>
        <translation>Die Remotedomäne „%1“ deckt %2 ab (Abwesenheitsnotizen: %3, Rich Text: %4).</translation>
    </message>
    <message>
        <source>follow user settings</source>
        <translation>Benutzereinstellungen folgen</translation>
    </message>
    <message>
        <source>Reuse the remote domain &quot;%1&quot;: no out-of-office replies, no winmail.dat (TNEF off).</source>
        <translation>Die Remotedomäne „%1“ wiederverwenden: keine Abwesenheitsnotizen, kein winmail.dat (TNEF aus).</translation>
    </message>
    <message>
        <source>The remote domain &quot;%1&quot; exists for %2.</source>
        <translation>Die Remotedomäne „%1“ existiert für %2.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is taken by the remote domain for %2.</source>
        <translation>Der Name „%1“ ist durch die Remotedomäne für %2 belegt.</translation>
    </message>
    <message>
        <source>Choose another remote domain name, or turn the remote domain step off.</source>
        <translation>Wählen Sie einen anderen Namen für die Remotedomäne oder schalten Sie den Schritt „Remotedomäne“ aus.</translation>
    </message>
    <message>
        <source>No remote domain covers %1: journal reports may be sent as winmail.dat.</source>
        <translation>Keine Remotedomäne deckt %1 ab: Journalberichte könnten als winmail.dat gesendet werden.</translation>
    </message>
    <message>
        <source>Create the remote domain &quot;%1&quot; for %2: no out-of-office replies, no winmail.dat.</source>
        <translation>Die Remotedomäne „%1“ für %2 erstellen: keine Abwesenheitsnotizen, kein winmail.dat.</translation>
    </message>
    <message>
        <source>Not requested (only needed when outbound mail relays through Mailprotector).</source>
        <translation>Nicht angefordert (nur nötig, wenn ausgehende E-Mails über Mailprotector weitergeleitet werden).</translation>
    </message>
    <message>
        <source>The send connector &quot;%1&quot; routes %2 via %3.</source>
        <translation>Der Sendeconnector „%1“ leitet %2 über %3.</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>The send connector &quot;%1&quot; already routes %2.</source>
        <translation>Der Sendeconnector „%1“ leitet %2 bereits.</translation>
    </message>
    <message>
        <source>Change or remove that connector in the Exchange admin center (Mail flow &gt; Send connectors), or turn the connector step off if it already does what you need.</source>
        <translation>Ändern oder entfernen Sie diesen Connector im Exchange Admin Center (Nachrichtenfluss &gt; Sendeconnectors) oder schalten Sie den Connector-Schritt aus, wenn er bereits tut, was Sie brauchen.</translation>
    </message>
    <message>
        <source>The send connector &quot;%1&quot; exists for %2.</source>
        <translation>Der Sendeconnector „%1“ existiert für %2.</translation>
    </message>
    <message>
        <source>The connector name &quot;%1&quot; is taken.</source>
        <translation>Der Connectorname „%1“ ist belegt.</translation>
    </message>
    <message>
        <source>Choose another connector name.</source>
        <translation>Wählen Sie einen anderen Connectornamen.</translation>
    </message>
    <message>
        <source>No send connector routes %1.</source>
        <translation>Kein Sendeconnector leitet %1.</translation>
    </message>
    <message>
        <source>Create the send connector &quot;%1&quot;: mail for %2 goes straight to %3 from %4%5.</source>
        <translation>Den Sendeconnector „%1“ erstellen: E-Mails für %2 gehen direkt an %3 von %4%5.</translation>
    </message>
    <message>
        <source> over TLS</source>
        <translation> über TLS</translation>
    </message>
    <message>
        <source>The smart host %1 does not resolve from this computer (%2). The Exchange transport servers must be able to resolve it: check the name given by Mailprotector.</source>
        <translation>Der Smarthost %1 lässt sich von diesem Computer aus nicht auflösen (%2). Die Exchange-Transportserver müssen ihn auflösen können: Prüfen Sie den von Mailprotector angegebenen Namen.</translation>
    </message>
</context>
<context>
    <name>exchange::QueueScan</name>
    <message>
        <source>the archive&apos;s mail server</source>
        <translation>der Mailserver des Archivs</translation>
    </message>
    <message>
        <source>Exchange cannot find the archive&apos;s mail server in DNS. Check that the archive domain and smart host are spelled exactly as in the Mailprotector Console and that the Exchange servers&apos; DNS servers resolve them (nslookup -type=mx).</source>
        <translation>Exchange findet den Mailserver des Archivs nicht im DNS. Prüfen Sie, ob die Domäne des Archivs und der Smarthost genau wie in der Mailprotector Console geschrieben sind und ob die DNS-Server der Exchange-Server sie auflösen (nslookup -type=mx).</translation>
    </message>
    <message>
        <source>%1 refused the connection on port 25. Check the smart host name and port, and that your firewall allows outbound TCP port 25 from the Exchange servers.</source>
        <translation>Verbindung an Port 25 abgelehnt (Gegenstelle: %1). Prüfen Sie Namen und Port des Smarthosts und ob Ihre Firewall ausgehenden Verkehr auf TCP-Port 25 von den Exchange-Servern zulässt.</translation>
    </message>
    <message>
        <source>Connections to %1 on port 25 timed out: a firewall or your internet provider probably blocks outbound TCP port 25. Allow it from the Exchange servers.</source>
        <translation>Zeitüberschreitung bei Verbindungen an Port 25 (Gegenstelle: %1): Wahrscheinlich blockiert eine Firewall oder Ihr Internetanbieter ausgehenden Verkehr auf TCP-Port 25. Lassen Sie ihn von den Exchange-Servern aus zu.</translation>
    </message>
    <message>
        <source>The archive rejected the journaling address %1 (it does not exist there). Re-copy the journaling address from the Mailprotector Console and run the setup again with it.</source>
        <translation>Das Archiv hat die Journaladresse %1 abgewiesen (sie existiert dort nicht). Kopieren Sie die Journaladresse erneut aus der Mailprotector Console und führen Sie die Einrichtung damit erneut aus.</translation>
    </message>
    <message>
        <source>No send connector or route matches the archive&apos;s domain. Create the smart host connector with this wizard, or add the archive domain to a send connector&apos;s address spaces.</source>
        <translation>Kein Sendeconnector und keine Route passt zur Domäne des Archivs. Erstellen Sie den Smarthost-Connector mit diesem Assistenten oder fügen Sie die Domäne des Archivs den Adressräumen eines Sendeconnectors hinzu.</translation>
    </message>
    <message>
        <source>The journal report is larger than the archive or the send connector accepts. Raise the send connector&apos;s MaxMessageSize or ask Mailprotector about the archive&apos;s size limit.</source>
        <translation>Der Journalbericht ist größer, als das Archiv oder der Sendeconnector annimmt. Erhöhen Sie MaxMessageSize des Sendeconnectors oder fragen Sie Mailprotector nach der Größenbeschränkung des Archivs.</translation>
    </message>
    <message>
        <source>The archive refused to accept mail from this organisation (relay or authentication). Check in the Mailprotector Console that SecureStore is enabled for your domain and your outbound IP address is allowed.</source>
        <translation>Das Archiv hat die Annahme von E-Mails aus dieser Organisation verweigert (Relay oder Authentifizierung). Prüfen Sie in der Mailprotector Console, ob SecureStore für Ihre Domäne aktiviert und Ihre ausgehende IP-Adresse zugelassen ist.</translation>
    </message>
    <message>
        <source>The archive&apos;s server is throttling or refused TLS; Exchange keeps retrying. If it persists, check the TLS settings of the send connector.</source>
        <translation>Der Server des Archivs drosselt oder hat TLS abgelehnt; Exchange versucht es weiter. Wenn das anhält, prüfen Sie die TLS-Einstellungen des Sendeconnectors.</translation>
    </message>
    <message>
        <source>Exchange cannot deliver to the archive; the error above says why. Journal reports are retried until they expire (two days by default).</source>
        <translation>Exchange kann nicht an das Archiv zustellen; der Fehler oben nennt den Grund. Journalberichte werden erneut versucht, bis sie ablaufen (standardmäßig nach zwei Tagen).</translation>
    </message>
    <message>
        <source>The queue to the archive on %1 is retrying: DNS lookup failed.</source>
        <translation>Die Warteschlange zum Archiv auf %1 wiederholt Zustellversuche: DNS-Auflösung fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The queue to the archive on %1 is retrying: connection refused on port 25.</source>
        <translation>Die Warteschlange zum Archiv auf %1 wiederholt Zustellversuche: Verbindung an Port 25 abgelehnt.</translation>
    </message>
    <message>
        <source>The queue to the archive on %1 is retrying: connection to port 25 timed out.</source>
        <translation>Die Warteschlange zum Archiv auf %1 wiederholt Zustellversuche: Zeitüberschreitung der Verbindung an Port 25.</translation>
    </message>
    <message>
        <source>The queue to the archive on %1 is retrying (%2).</source>
        <translation>Die Warteschlange zum Archiv auf %1 wiederholt Zustellversuche (%2).</translation>
    </message>
    <message>
        <source>The queue to the archive on %1 is suspended: nothing is sent to the archive until it is resumed.</source>
        <translation>Die Warteschlange zum Archiv auf %1 ist angehalten: Bis sie fortgesetzt wird, wird nichts an das Archiv gesendet.</translation>
    </message>
    <message>
        <source>An administrator suspended the queue. Resume it when the reason for suspending it is gone.</source>
        <translation>Ein Administrator hat die Warteschlange angehalten. Setzen Sie sie fort, sobald der Grund dafür entfallen ist.</translation>
    </message>
    <message numerus="yes">
        <source>The queue to the archive on %1 is sending (%n message(s) waiting).</source>
        <translation>
            <numerusform>Die Warteschlange zum Archiv auf %1 sendet (%n Nachricht wartet).</numerusform>
            <numerusform>Die Warteschlange zum Archiv auf %1 sendet (%n Nachrichten warten).</numerusform>
        </translation>
    </message>
    <message>
        <source>The queue to the archive on %1 is empty.</source>
        <translation>Die Warteschlange zum Archiv auf %1 ist leer.</translation>
    </message>
    <message numerus="yes">
        <source>%n journal report(s) on %1 have no route to the archive (Unreachable queue).</source>
        <translation>
            <numerusform>%n Journalbericht auf %1 hat keine Route zum Archiv (Warteschlange „Unreachable“).</numerusform>
            <numerusform>%n Journalberichte auf %1 haben keine Route zum Archiv (Warteschlange „Unreachable“).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; from %3, %4</source>
        <translation>%1: „%2“ von %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>%n journal report(s) on %1 are waiting in the Submission queue.</source>
        <translation>
            <numerusform>%n Journalbericht auf %1 wartet in der Warteschlange „Submission“.</numerusform>
            <numerusform>%n Journalberichte auf %1 warten in der Warteschlange „Submission“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages waiting in Submission for more than %1 minutes point to a backlog in the transport service; check the server&apos;s health.</source>
        <translation>Nachrichten, die länger als %1 Minuten in „Submission“ warten, deuten auf einen Rückstau im Transportdienst hin; prüfen Sie den Zustand des Servers.</translation>
    </message>
    <message>
        <source>Nothing is waiting for the archive on %1.</source>
        <translation>Auf %1 wartet nichts auf die Zustellung an das Archiv.</translation>
    </message>
    <message>
        <source>the transport servers</source>
        <translation>den Transportservern</translation>
    </message>
    <message>
        <source>The journal report expired: Exchange could not deliver it to the archive for the whole retry period (two days by default), so it was given up. Find and fix why the archive was unreachable (see the queue findings); reports that expired are lost unless the undeliverable-reports mailbox received them.</source>
        <translation>Der Journalbericht ist abgelaufen: Exchange konnte ihn während des gesamten Wiederholungszeitraums (standardmäßig zwei Tage) nicht an das Archiv zustellen und hat ihn daher aufgegeben. Ermitteln und beheben Sie, warum das Archiv nicht erreichbar war (siehe die Befunde zu den Warteschlangen); abgelaufene Berichte sind verloren, sofern sie nicht im Postfach für unzustellbare Berichte eingegangen sind.</translation>
    </message>
</context>
<context>
    <name>exchange::ReadBack</name>
    <message>
        <source>%1 is &quot;%2&quot;, expected &quot;%3&quot;</source>
        <translation>%1 ist „%2“, erwartet „%3“</translation>
    </message>
</context>
<context>
    <name>exchange::ScriptRenderer</name>
    <message>
        <source>SecureStore journaling setup%1 — run in the Exchange Management Shell.</source>
        <translation>SecureStore-Journaling-Einrichtung%1 — in der Exchange-Verwaltungsshell ausführen.</translation>
    </message>
    <message>
        <source>Generated %1. Each step is followed by the command that reads it back.</source>
        <translation>Erstellt %1. Auf jeden Schritt folgt der Befehl, der ihn zurückliest.</translation>
    </message>
    <message>
        <source>Invalid input (%1): %2</source>
        <translation>Ungültige Eingabe (%1): %2</translation>
    </message>
    <message>
        <source>Missing management role: %1</source>
        <translation>Fehlende Verwaltungsrolle: %1</translation>
    </message>
    <message>
        <source>Step %1: %2 — %3</source>
        <translation>Schritt %1: %2 — %3</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Gefunden: %1</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Konflikt: %1</translation>
    </message>
    <message>
        <source>To resolve: %1</source>
        <translation>Zur Lösung: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>exchange::SettingsValidator</name>
    <message>
        <source>The name is empty.</source>
        <translation>Der Name ist leer.</translation>
    </message>
    <message>
        <source>The name is %1 characters long; Exchange allows at most %2.</source>
        <translation>Der Name ist %1 Zeichen lang; Exchange erlaubt höchstens %2.</translation>
    </message>
    <message>
        <source>The name contains a control character (tab, line break…); remove it.</source>
        <translation>Der Name enthält ein Steuerzeichen (Tabulator, Zeilenumbruch…); entfernen Sie es.</translation>
    </message>
    <message>
        <source>Enter the journaling address: copy it from the Mailprotector Console (your domain &gt; Archiving tab, bottom of the page).</source>
        <translation>Geben Sie die Journaladresse ein: Kopieren Sie sie aus der Mailprotector Console (Ihre Domäne &gt; Registerkarte „Archiving“, unten auf der Seite).</translation>
    </message>
    <message>
        <source>The journaling address &quot;%1&quot; is not valid: %2</source>
        <translation>Die Journaladresse „%1“ ist ungültig: %2</translation>
    </message>
    <message>
        <source>The journaling address&apos;s domain is covered by the accepted domain &quot;%1&quot; of this organisation, so journal reports would never leave Exchange. Use the SecureStore address exactly as shown in the Mailprotector Console.</source>
        <translation>Die Domäne der Journaladresse wird von der akzeptierten Domäne „%1“ dieser Organisation abgedeckt, daher würden Journalberichte Exchange nie verlassen. Verwenden Sie die SecureStore-Adresse genau so, wie sie in der Mailprotector Console angezeigt wird.</translation>
    </message>
    <message>
        <source>The journaling address already belongs to %1 &quot;%2&quot; in this organisation; journal reports would be delivered there instead of the archive. Check the address.</source>
        <translation>Die Journaladresse gehört in dieser Organisation bereits zu %1 „%2“; Journalberichte würden dorthin statt ins Archiv zugestellt. Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>Enter a mailbox for undeliverable journal reports (ideally a dedicated one); without it, reports that cannot be delivered are lost after two days.</source>
        <translation>Geben Sie ein Postfach für unzustellbare Journalberichte ein (idealerweise ein eigenes); ohne es gehen nicht zustellbare Berichte nach zwei Tagen verloren.</translation>
    </message>
    <message>
        <source>The mailbox for undeliverable journal reports &quot;%1&quot; is not valid: %2</source>
        <translation>Das Postfach für unzustellbare Journalberichte „%1“ ist ungültig: %2</translation>
    </message>
    <message>
        <source>The mailbox for undeliverable journal reports must differ from the journaling address; choose a mailbox in your organisation.</source>
        <translation>Das Postfach für unzustellbare Journalberichte muss sich von der Journaladresse unterscheiden; wählen Sie ein Postfach in Ihrer Organisation.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the recipient of a journal rule; the mailbox for undeliverable journal reports must not be journaled. Choose another mailbox.</source>
        <translation>„%1“ ist Empfänger einer Journalregel; das Postfach für unzustellbare Journalberichte darf nicht protokolliert werden. Wählen Sie ein anderes Postfach.</translation>
    </message>
    <message>
        <source>No recipient in this organisation has the address &quot;%1&quot;. Create a mailbox for undeliverable journal reports (ideally dedicated) or enter an existing one.</source>
        <translation>Kein Empfänger in dieser Organisation hat die Adresse „%1“. Erstellen Sie ein Postfach für unzustellbare Journalberichte (idealerweise ein eigenes) oder geben Sie ein vorhandenes ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a group (%2); undeliverable journal reports need a user or shared mailbox.</source>
        <translation>„%1“ ist eine Gruppe (%2); unzustellbare Journalberichte benötigen ein Benutzer- oder freigegebenes Postfach.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a %2, not a mailbox; undeliverable journal reports need a user or shared mailbox.</source>
        <translation>„%1“ ist ein %2, kein Postfach; unzustellbare Journalberichte benötigen ein Benutzer- oder freigegebenes Postfach.</translation>
    </message>
    <message>
        <source>Journal rule name: %1</source>
        <translation>Name der Journalregel: %1</translation>
    </message>
    <message>
        <source>Remote domain name: %1</source>
        <translation>Name der Remotedomäne: %1</translation>
    </message>
    <message>
        <source>Send connector name: %1</source>
        <translation>Name des Sendeconnectors: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server name.</source>
        <translation>„%1“ ist kein Servername.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a transport server of this organisation (found: %2).</source>
        <translation>„%1“ ist kein Transportserver dieser Organisation (gefunden: %2).</translation>
    </message>
    <message>
        <source>No transport server was found to send through; name the source servers.</source>
        <translation>Es wurde kein Transportserver zum Senden gefunden; geben Sie die Quellserver an.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>--trust-fingerprint needs --server and a SHA-256 fingerprint (64 hexadecimal digits, colons allowed).</source>
        <translation>--trust-fingerprint benötigt --server und einen SHA-256-Fingerabdruck (64 Hexadezimalziffern, Doppelpunkte erlaubt).</translation>
    </message>
</context>
<context>
    <name>remoting::CommandMetadata</name>
    <message>
        <source>The server&apos;s list of available commands is malformed or incomplete.</source>
        <translation>Die Liste der verfügbaren Befehle des Servers ist fehlerhaft oder unvollständig.</translation>
    </message>
    <message>
        <source>The server did not list its available commands.</source>
        <translation>Der Server hat seine verfügbaren Befehle nicht aufgelistet.</translation>
    </message>
</context>
<context>
    <name>remoting::RemoteSession</name>
    <message>
        <source>The session is already open.</source>
        <translation>Die Sitzung ist bereits geöffnet.</translation>
    </message>
    <message>
        <source>The session is not open.</source>
        <translation>Die Sitzung ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Nothing to run.</source>
        <translation>Es gibt nichts auszuführen.</translation>
    </message>
    <message>
        <source>The session was closed.</source>
        <translation>Die Sitzung wurde geschlossen.</translation>
    </message>
    <message>
        <source>The server ended the command without reporting its result.</source>
        <translation>Der Server hat den Befehl beendet, ohne sein Ergebnis zu melden.</translation>
    </message>
    <message>
        <source>The server refused to open a PowerShell session.</source>
        <translation>Der Server hat das Öffnen einer PowerShell-Sitzung abgelehnt.</translation>
    </message>
    <message numerus="yes">
        <source>The server did not finish opening the PowerShell session within %n second(s). It may be overloaded; try again later.</source>
        <translation>
            <numerusform>Der Server hat das Öffnen der PowerShell-Sitzung nicht innerhalb von %n Sekunde abgeschlossen. Er ist möglicherweise überlastet; versuchen Sie es später erneut.</numerusform>
            <numerusform>Der Server hat das Öffnen der PowerShell-Sitzung nicht innerhalb von %n Sekunden abgeschlossen. Er ist möglicherweise überlastet; versuchen Sie es später erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server described another PowerShell session than ours.</source>
        <translation>Der Server hat eine andere PowerShell-Sitzung als unsere beschrieben.</translation>
    </message>
    <message>
        <source>The server reports this PowerShell session as %1, not connected.</source>
        <translation>Der Server meldet diese PowerShell-Sitzung als %1, nicht als verbunden.</translation>
    </message>
</context>
<context>
    <name>remoting::ServerText</name>
    <message>
        <source>… (%1 more characters)</source>
        <translation>… (%1 weitere Zeichen)</translation>
    </message>
</context>
<context>
    <name>remoting::WsmanTransport</name>
    <message>
        <source>The server address &quot;%1&quot; is not a valid http:// or https:// URL. Enter the Exchange server&apos;s name, e.g. ex01.contoso.com.</source>
        <translation>Die Serveradresse „%1“ ist keine gültige http://- oder https://-URL. Geben Sie den Namen des Exchange-Servers ein, z. B. ex01.contoso.com.</translation>
    </message>
    <message>
        <source>Could not encrypt the request for the server.</source>
        <translation>Die Anfrage an den Server konnte nicht verschlüsselt werden.</translation>
    </message>
    <message>
        <source>Authentication with the server did not complete.</source>
        <translation>Die Authentifizierung beim Server wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>The server answered without encryption on an encrypted session.</source>
        <translation>Der Server hat in einer verschlüsselten Sitzung unverschlüsselt geantwortet.</translation>
    </message>
    <message>
        <source>The server did not agree to encrypt the session, and this tool does not send Exchange commands unencrypted over http.</source>
        <translation>Der Server hat einer Verschlüsselung der Sitzung nicht zugestimmt, und dieses Programm sendet Exchange-Befehle nicht unverschlüsselt über http.</translation>
    </message>
    <message>
        <source>The server rejected our credentials twice in a row (HTTP 401), although it had accepted them earlier in this session; authenticating anew did not help. The password may have changed or the account been locked meanwhile, or a load balancer sent the request to a server that does not accept them. Try again; if it keeps happening, check the account and the load balancer&apos;s session affinity.</source>
        <translation>Der Server hat unsere Anmeldeinformationen zweimal hintereinander abgelehnt (HTTP 401), obwohl er sie früher in dieser Sitzung akzeptiert hatte; eine erneute Authentifizierung hat nicht geholfen. Möglicherweise wurde das Kennwort inzwischen geändert oder das Konto gesperrt, oder ein Load Balancer hat die Anfrage an einen Server gesendet, der sie nicht akzeptiert. Versuchen Sie es erneut; wenn es wieder passiert, prüfen Sie das Konto und die Sitzungsaffinität des Load Balancers.</translation>
    </message>
    <message>
        <source>The server rejected the user name or password (HTTP 401).</source>
        <translation>Der Server hat den Benutzernamen oder das Kennwort abgelehnt (HTTP 401).</translation>
    </message>
    <message>
        <source>The server did not accept our %1 credentials (HTTP 401).</source>
        <translation>Der Server hat die %1-Anmeldeinformationen nicht akzeptiert (HTTP 401).</translation>
    </message>
    <message>
        <source>The server answered HTTP 200 without a WS-Management message.</source>
        <translation>Der Server hat mit HTTP 200 ohne WS-Management-Nachricht geantwortet.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 %2.</source>
        <translation>Der Server hat mit HTTP %1 %2 geantwortet.</translation>
    </message>
</context>
<context>
    <name>remoting::auth</name>
    <message>
        <source>Basic authentication needs a user name and password.</source>
        <translation>Die Standardauthentifizierung benötigt einen Benutzernamen und ein Kennwort.</translation>
    </message>
    <message>
        <source>Basic authentication cannot encrypt messages.</source>
        <translation>Die Standardauthentifizierung kann keine Nachrichten verschlüsseln.</translation>
    </message>
    <message>
        <source>The server sent an encrypted message that is not framed as expected (MS-WSMV multipart/encrypted): %1</source>
        <translation>Der Server hat eine verschlüsselte Nachricht gesendet, die nicht wie erwartet aufgebaut ist (MS-WSMV multipart/encrypted): %1</translation>
    </message>
    <message>
        <source>The server&apos;s encrypted message could not be decrypted or failed its integrity check. The connection may have been tampered with, or the security context is out of step; reconnect and try again.</source>
        <translation>Die verschlüsselte Nachricht des Servers konnte nicht entschlüsselt werden oder hat die Integritätsprüfung nicht bestanden. Die Verbindung wurde möglicherweise manipuliert, oder der Sicherheitskontext ist nicht mehr synchron; verbinden Sie sich neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The decrypted message has %1 bytes but the server announced %2.</source>
        <translation>Die entschlüsselte Nachricht hat %1 Byte, der Server hat jedoch %2 angekündigt.</translation>
    </message>
    <message>
        <source>The server name is missing.</source>
        <translation>Der Servername fehlt.</translation>
    </message>
    <message>
        <source>the current user</source>
        <translation>den aktuellen Benutzer</translation>
    </message>
    <message>
        <source>The account %1 is disabled, locked out or its password has expired.</source>
        <translation>Das Konto für %1 ist deaktiviert oder gesperrt, oder sein Kennwort ist abgelaufen.</translation>
    </message>
    <message>
        <source>The server rejected the TLS channel binding (Extended Protection). A proxy or load balancer that terminates TLS is in the way; connect to the server directly.</source>
        <translation>Der Server hat die TLS-Kanalbindung abgelehnt (Erweiterter Schutz). Ein Proxy oder Load Balancer, der TLS terminiert, ist dazwischengeschaltet; verbinden Sie sich direkt mit dem Server.</translation>
    </message>
    <message>
        <source>A security token or encrypted message from the server failed its integrity check.</source>
        <translation>Ein Sicherheitstoken oder eine verschlüsselte Nachricht des Servers hat die Integritätsprüfung nicht bestanden.</translation>
    </message>
    <message>
        <source>Windows authentication failed: %1</source>
        <translation>Die Windows-Authentifizierung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The account %1 is disabled or locked out.</source>
        <translation>Das Konto für %1 ist deaktiviert oder gesperrt.</translation>
    </message>
    <message>
        <source>The server could not decrypt the Kerberos ticket: its keytab does not match the service principal HTTP/%1 (stale key or wrong SPN).</source>
        <translation>Der Server konnte das Kerberos-Ticket nicht entschlüsseln: Seine Keytab passt nicht zum Dienstprinzipal HTTP/%1 (veralteter Schlüssel oder falscher SPN).</translation>
    </message>
    <message>
        <source>A security token or encrypted message from the peer failed its integrity check (%1).</source>
        <translation>Ein Sicherheitstoken oder eine verschlüsselte Nachricht der Gegenstelle hat die Integritätsprüfung nicht bestanden (%1).</translation>
    </message>
    <message>
        <source>%1 authentication failed: %2</source>
        <translation>Die %1-Authentifizierung ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is not valid.</source>
        <translation>Der Benutzername „%1“ ist ungültig.</translation>
    </message>
    <message>
        <source>Basic authentication does not use GSSAPI.</source>
        <translation>Die Standardauthentifizierung verwendet kein GSSAPI.</translation>
    </message>
    <message>
        <source>The server name &quot;%1&quot; cannot be used for Kerberos.</source>
        <translation>Der Servername „%1“ kann nicht für Kerberos verwendet werden.</translation>
    </message>
    <message>
        <source>The server sent another authentication token after the exchange had completed.</source>
        <translation>Der Server hat nach Abschluss des Austauschs ein weiteres Authentifizierungstoken gesendet.</translation>
    </message>
    <message>
        <source>The server did not continue the %1 exchange (no token in its answer).</source>
        <translation>Der Server hat den %1-Austausch nicht fortgesetzt (kein Token in seiner Antwort).</translation>
    </message>
    <message>
        <source>Message encryption is not available: authentication has not completed or the server did not agree to encryption.</source>
        <translation>Die Nachrichtenverschlüsselung ist nicht verfügbar: Die Authentifizierung ist nicht abgeschlossen, oder der Server hat der Verschlüsselung nicht zugestimmt.</translation>
    </message>
    <message>
        <source>NTLM message sealing failed.</source>
        <translation>Die NTLM-Nachrichtenversiegelung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Kerberos message encryption was not applied.</source>
        <translation>Die Kerberos-Nachrichtenverschlüsselung wurde nicht angewendet.</translation>
    </message>
    <message>
        <source>Cannot decrypt the message: authentication has not completed.</source>
        <translation>Die Nachricht kann nicht entschlüsselt werden: Die Authentifizierung ist nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>The server rejected the user name or password (Basic authentication).</source>
        <translation>Der Server hat den Benutzernamen oder das Kennwort abgelehnt (Standardauthentifizierung).</translation>
    </message>
    <message>
        <source>Basic authentication sends the password in clear text, so it is only used over HTTPS.</source>
        <translation>Die Standardauthentifizierung sendet das Kennwort im Klartext und wird daher nur über HTTPS verwendet.</translation>
    </message>
    <message>
        <source>The domain controller rejected the password for %1.</source>
        <translation>Der Domänencontroller hat das Kennwort für %1 abgelehnt.</translation>
    </message>
    <message>
        <source>The user %1 is not known to the Kerberos realm.</source>
        <translation>Der Benutzer %1 ist im Kerberos-Realm nicht bekannt.</translation>
    </message>
    <message>
        <source>The domain controller does not know the service principal HTTP/%1.</source>
        <translation>Der Domänencontroller kennt den Dienstprinzipal HTTP/%1 nicht.</translation>
    </message>
    <message>
        <source>The clocks of this computer and the domain controller or the server differ by more than Kerberos allows (usually 5 minutes).</source>
        <translation>Die Uhren dieses Computers und des Domänencontrollers oder des Servers weichen stärker voneinander ab, als Kerberos zulässt (normalerweise 5 Minuten).</translation>
    </message>
    <message>
        <source>No Kerberos domain controller (KDC) could be reached for the realm.</source>
        <translation>Für den Realm war kein Kerberos-Domänencontroller (KDC) erreichbar.</translation>
    </message>
    <message>
        <source>The password of %1 has expired.</source>
        <translation>Das Kennwort von %1 ist abgelaufen.</translation>
    </message>
    <message>
        <source>No NTLM credentials are available for the current user.</source>
        <translation>Für den aktuellen Benutzer sind keine NTLM-Anmeldeinformationen verfügbar.</translation>
    </message>
    <message>
        <source>No Kerberos ticket is available for %1.</source>
        <translation>Für %1 ist kein Kerberos-Ticket verfügbar.</translation>
    </message>
    <message>
        <source>The Kerberos ticket has expired.</source>
        <translation>Das Kerberos-Ticket ist abgelaufen.</translation>
    </message>
    <message>
        <source>%1 is not available on this computer.</source>
        <translation>%1 ist auf diesem Computer nicht verfügbar.</translation>
    </message>
    <message>
        <source>No Windows credentials are available for %1.</source>
        <translation>Für %1 sind keine Windows-Anmeldeinformationen verfügbar.</translation>
    </message>
    <message>
        <source>The logon was rejected for %1.</source>
        <translation>Die Anmeldung für %1 wurde abgelehnt.</translation>
    </message>
    <message>
        <source>No domain controller could be reached to authenticate.</source>
        <translation>Für die Authentifizierung war kein Domänencontroller erreichbar.</translation>
    </message>
</context>
<context>
    <name>remoting::clixml</name>
    <message>
        <source>The server sent PowerShell data that could not be read.</source>
        <translation>Der Server hat PowerShell-Daten gesendet, die nicht gelesen werden konnten.</translation>
    </message>
</context>
<context>
    <name>remoting::http::HttpConnection</name>
    <message>
        <source>The address %1 is not an http:// or https:// URL.</source>
        <translation>Die Adresse %1 ist keine http://- oder https://-URL.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2 (SHA-256 fingerprint %3).</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2 (SHA-256-Fingerabdruck %3).</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2.</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>The server %1 did not answer within %2 seconds.</source>
        <translation>Der Server %1 hat nicht innerhalb von %2 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>The server %1 sent a malformed HTTP response.</source>
        <translation>Der Server %1 hat eine fehlerhafte HTTP-Antwort gesendet.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>The certificate of %1 (SHA-256 fingerprint %2) does not match the pinned fingerprint %3.</source>
        <translation>Das Zertifikat von %1 (SHA-256-Fingerabdruck %2) stimmt nicht mit dem hinterlegten Fingerabdruck %3 überein.</translation>
    </message>
    <message>
        <source>The certificate of %1 (SHA-256 fingerprint %3) is not trusted: %2.</source>
        <translation>Das Zertifikat von %1 (SHA-256-Fingerabdruck %3) ist nicht vertrauenswürdig: %2.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found in DNS.</source>
        <translation>Der Servername %1 wurde im DNS nicht gefunden.</translation>
    </message>
    <message>
        <source>%1 refused the connection on port %2.</source>
        <translation>%1 hat die Verbindung an Port %2 abgelehnt.</translation>
    </message>
    <message>
        <source>Could not connect to %1 port %2 in time.</source>
        <translation>Es konnte nicht rechtzeitig eine Verbindung zu %1, Port %2 hergestellt werden.</translation>
    </message>
    <message>
        <source>Could not connect to %1 port %2: %3.</source>
        <translation>Es konnte keine Verbindung zu %1, Port %2 hergestellt werden: %3.</translation>
    </message>
    <message>
        <source>The server %1 closed the connection before answering.</source>
        <translation>Der Server %1 hat die Verbindung vor der Antwort geschlossen.</translation>
    </message>
    <message>
        <source>Could not connect to %1 within %2 seconds.</source>
        <translation>Innerhalb von %2 Sekunden konnte keine Verbindung zu %1 hergestellt werden.</translation>
    </message>
    <message>
        <source>The server %1 did not complete its answer within %2 seconds.</source>
        <translation>Der Server %1 hat seine Antwort nicht innerhalb von %2 Sekunden abgeschlossen.</translation>
    </message>
</context>
<context>
    <name>remoting::psrp</name>
    <message>
        <source>The server sent malformed PowerShell data fragments.</source>
        <translation>Der Server hat fehlerhafte PowerShell-Datenfragmente gesendet.</translation>
    </message>
    <message>
        <source>The server sent a malformed PowerShell message.</source>
        <translation>Der Server hat eine fehlerhafte PowerShell-Nachricht gesendet.</translation>
    </message>
    <message>
        <source>The PowerShell message is not in the expected form.</source>
        <translation>Die PowerShell-Nachricht hat nicht die erwartete Form.</translation>
    </message>
    <message>
        <source>The server sent more unfinished PowerShell data than this tool accepts (at most %1 messages and %2 MB at a time). The session was ended as a protocol error; if the server is genuine, report this with the log.</source>
        <translation>Der Server hat mehr unvollständige PowerShell-Daten gesendet, als dieses Programm annimmt (höchstens %1 Nachrichten und %2 MB gleichzeitig). Die Sitzung wurde als Protokollfehler beendet; wenn der Server echt ist, melden Sie dies mit dem Protokoll.</translation>
    </message>
    <message>
        <source>The server sent a PowerShell message that is not addressed to this client. The data cannot be trusted and was not used.</source>
        <translation>Der Server hat eine PowerShell-Nachricht gesendet, die nicht an diesen Client gerichtet ist. Den Daten kann nicht vertraut werden; sie wurden nicht verwendet.</translation>
    </message>
    <message>
        <source>The server sent PowerShell data that belongs to another session (runspace pool %1; this session&apos;s is %2). The data cannot be trusted and was not used.</source>
        <translation>Der Server hat PowerShell-Daten gesendet, die zu einer anderen Sitzung gehören (Runspace-Pool %1; der dieser Sitzung ist %2). Den Daten kann nicht vertraut werden; sie wurden nicht verwendet.</translation>
    </message>
    <message>
        <source>The server sent data for a command (pipeline %1) where only data for the session itself was expected. The data cannot be trusted and was not used.</source>
        <translation>Der Server hat Daten für einen Befehl (Pipeline %1) gesendet, wo nur Daten für die Sitzung selbst erwartet wurden. Den Daten kann nicht vertraut werden; sie wurden nicht verwendet.</translation>
    </message>
    <message>
        <source>The server sent data for another command (pipeline %1) while this command (pipeline %2) was running. The data cannot be trusted and was not used.</source>
        <translation>Der Server hat Daten für einen anderen Befehl (Pipeline %1) gesendet, während dieser Befehl (Pipeline %2) lief. Den Daten kann nicht vertraut werden; sie wurden nicht verwendet.</translation>
    </message>
    <message>
        <source>The server sent data for command %1 where only data for the session itself was expected. The data cannot be trusted and was not used.</source>
        <translation>Der Server hat Daten für den Befehl %1 gesendet, wo nur Daten für die Sitzung selbst erwartet wurden. Den Daten kann nicht vertraut werden; sie wurden nicht verwendet.</translation>
    </message>
    <message>
        <source>The server answered for command %1 when asked for command %2. The data cannot be trusted and was not used.</source>
        <translation>Der Server hat für den Befehl %1 geantwortet, als nach dem Befehl %2 gefragt wurde. Den Daten kann nicht vertraut werden; sie wurden nicht verwendet.</translation>
    </message>
</context>
<context>
    <name>remoting::psrp::PipelineReceiver</name>
    <message>
        <source>The server sent an unreadable pipeline state.</source>
        <translation>Der Server hat einen unlesbaren Pipeline-Status gesendet.</translation>
    </message>
</context>
<context>
    <name>remoting::psrp::RunspacePoolOpening</name>
    <message>
        <source>The server sent an unreadable runspace state.</source>
        <translation>Der Server hat einen unlesbaren Runspace-Status gesendet.</translation>
    </message>
    <message>
        <source>The server could not open a PowerShell session.</source>
        <translation>Der Server konnte keine PowerShell-Sitzung öffnen.</translation>
    </message>
    <message>
        <source>The server could not open a PowerShell session: %1</source>
        <translation>Der Server konnte keine PowerShell-Sitzung öffnen: %1</translation>
    </message>
</context>
<context>
    <name>remoting::wsman</name>
    <message>
        <source>The server sent an unexpected WS-Management response.</source>
        <translation>Der Server hat eine unerwartete WS-Management-Antwort gesendet.</translation>
    </message>
    <message>
        <source>The server reported a WS-Management fault without a message.</source>
        <translation>Der Server hat einen WS-Management-Fehler ohne Meldung gemeldet.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 with a web page instead of a WS-Management message; the PowerShell virtual directory or its back end may be broken: %2</source>
        <translation>Der Server hat mit HTTP %1 und einer Webseite statt mit einer WS-Management-Nachricht geantwortet; das virtuelle PowerShell-Verzeichnis oder sein Back-End ist möglicherweise defekt: %2</translation>
    </message>
    <message>
        <source>The server answered with a web page instead of a WS-Management message; the PowerShell virtual directory or its back end may be broken: %1</source>
        <translation>Der Server hat mit einer Webseite statt mit einer WS-Management-Nachricht geantwortet; das virtuelle PowerShell-Verzeichnis oder sein Back-End ist möglicherweise defekt: %1</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 with something that is not a WS-Management message: %2</source>
        <translation>Der Server hat mit HTTP %1 und einem Inhalt geantwortet, der keine WS-Management-Nachricht ist: %2</translation>
    </message>
    <message>
        <source>The server answered with something that is not a WS-Management message: %1</source>
        <translation>Der Server hat mit einem Inhalt geantwortet, der keine WS-Management-Nachricht ist: %1</translation>
    </message>
    <message>
        <source>The server sent a malformed WS-Management message.</source>
        <translation>Der Server hat eine fehlerhafte WS-Management-Nachricht gesendet.</translation>
    </message>
    <message>
        <source>The server does not support this WS-Management request; the address may not be a PowerShell remoting endpoint.</source>
        <translation>Der Server unterstützt diese WS-Management-Anfrage nicht; die Adresse ist möglicherweise kein PowerShell-Remoting-Endpunkt.</translation>
    </message>
    <message>
        <source>%1 The server said: %2</source>
        <translation>%1 Der Server meldete: %2</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 with an empty body instead of a WS-Management message.</source>
        <translation>Der Server hat mit HTTP %1 und leerem Inhalt statt mit einer WS-Management-Nachricht geantwortet.</translation>
    </message>
    <message>
        <source>The server answered with an empty body instead of a WS-Management message.</source>
        <translation>Der Server hat mit leerem Inhalt statt mit einer WS-Management-Nachricht geantwortet.</translation>
    </message>
    <message>
        <source>The server no longer knows this PowerShell session or command: it was closed, timed out or the server restarted.</source>
        <translation>Der Server kennt diese PowerShell-Sitzung oder diesen Befehl nicht mehr: Sie wurde geschlossen, ist abgelaufen oder der Server wurde neu gestartet.</translation>
    </message>
    <message>
        <source>The server has no PowerShell endpoint for this address and configuration.</source>
        <translation>Der Server hat für diese Adresse und Konfiguration keinen PowerShell-Endpunkt.</translation>
    </message>
</context>
<context>
    <name>wizard::ApplyPage</name>
    <message>
        <source>Applying the changes</source>
        <translation>Änderungen werden angewendet</translation>
    </message>
    <message>
        <source>Each change is made, then read back from Exchange to confirm it.</source>
        <translation>Jede Änderung wird vorgenommen und dann zur Bestätigung aus Exchange zurückgelesen.</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Applying… You can cancel; the wizard stops after the current step.</source>
        <translation>Wird angewendet… Sie können abbrechen; der Assistent hält nach dem aktuellen Schritt an.</translation>
    </message>
    <message>
        <source>Stopping after the current step…</source>
        <translation>Wird nach dem aktuellen Schritt angehalten…</translation>
    </message>
    <message>
        <source>Cancelled. Steps that had not started were left unchanged.</source>
        <translation>Abgebrochen. Noch nicht begonnene Schritte blieben unverändert.</translation>
    </message>
    <message>
        <source>Done: every step is configured and verified.</source>
        <translation>Fertig: Jeder Schritt ist konfiguriert und überprüft.</translation>
    </message>
    <message>
        <source>A step failed; the steps after it were not run. See the log.</source>
        <translation>Ein Schritt ist fehlgeschlagen; die folgenden Schritte wurden nicht ausgeführt. Siehe Protokoll.</translation>
    </message>
</context>
<context>
    <name>wizard::CertificateDialog</name>
    <message>
        <source>Issued to:</source>
        <translation>Ausgestellt für:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Ausgestellt von:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Gültig ab:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Gültig bis:</translation>
    </message>
    <message>
        <source>Other names:</source>
        <translation>Weitere Namen:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>%1 presented a certificate that this computer does not trust. This is normal for Exchange&apos;s self-signed certificate, but it can also mean someone is intercepting the connection. Compare the fingerprint with the certificate on the server (Exchange admin center &gt; Servers &gt; Certificates) before trusting it.</source>
        <translation>%1 hat ein Zertifikat vorgelegt, dem dieser Computer nicht vertraut. Das ist beim selbstsignierten Zertifikat von Exchange normal, kann aber auch bedeuten, dass jemand die Verbindung abfängt. Vergleichen Sie den Fingerabdruck mit dem Zertifikat auf dem Server (Exchange Admin Center &gt; Server &gt; Zertifikate), bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate for %1</source>
        <translation>Diesem Zertifikat für %1 &amp;vertrauen</translation>
    </message>
</context>
<context>
    <name>wizard::ConnectPage</name>
    <message>
        <source>Connect to Exchange</source>
        <translation>Mit Exchange verbinden</translation>
    </message>
    <message>
        <source>Enter an Exchange server of the organisation. The wizard reads its configuration before changing anything.</source>
        <translation>Geben Sie einen Exchange-Server der Organisation ein. Der Assistent liest dessen Konfiguration, bevor er etwas ändert.</translation>
    </message>
    <message>
        <source>ex01.contoso.com</source>
        <translation>ex01.contoso.com</translation>
    </message>
    <message>
        <source>Exchange server</source>
        <translation>Exchange-Server</translation>
    </message>
    <message>
        <source>Sign in as</source>
        <translation>Anmelden als</translation>
    </message>
    <message>
        <source>The current Windows user (Kerberos)</source>
        <translation>Der aktuelle Windows-Benutzer (Kerberos)</translation>
    </message>
    <message>
        <source>This user name and password (Kerberos)</source>
        <translation>Dieser Benutzername und dieses Kennwort (Kerberos)</translation>
    </message>
    <message>
        <source>This user name and password (NTLM)</source>
        <translation>Dieser Benutzername und dieses Kennwort (NTLM)</translation>
    </message>
    <message>
        <source>This user name and password (Basic, HTTPS only)</source>
        <translation>Dieser Benutzername und dieses Kennwort (Basic, nur HTTPS)</translation>
    </message>
    <message>
        <source>CONTOSO\admin or admin@contoso.com</source>
        <translation>CONTOSO\admin oder admin@contoso.com</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kennwort</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>Kennwort im Schlüsselbund des Systems &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindung wird hergestellt</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Sign &amp;in as:</source>
        <translation>Anmelden &amp;als:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <source>(saved in the system keychain)</source>
        <translation>(im Schlüsselbund des Systems gespeichert)</translation>
    </message>
    <message>
        <source>Connects to %1</source>
        <translation>Verbindet mit %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Reading the organisation&apos;s configuration…</source>
        <translation>Die Konfiguration der Organisation wird gelesen…</translation>
    </message>
    <message>
        <source>Connected to %1 (%2 %3).</source>
        <translation>Verbunden mit %1 (%2 %3).</translation>
    </message>
    <message>
        <source>Accepted domains: %1</source>
        <translation>Akzeptierte Domänen: %1</translation>
    </message>
    <message>
        <source>This account lacks the management role(s) %1. Ask an administrator to add it to Organization Management, or sign in with an account that is a member.</source>
        <translation>Diesem Konto fehlen die Verwaltungsrollen %1. Bitten Sie einen Administrator, es zu Organization Management hinzuzufügen, oder melden Sie sich mit einem Konto an, das Mitglied ist.</translation>
    </message>
    <message>
        <source>Test the connection to continue.</source>
        <translation>Testen Sie die Verbindung, um fortzufahren.</translation>
    </message>
</context>
<context>
    <name>wizard::FieldCheck</name>
    <message>
        <source>Journal reports will be sent to %1.</source>
        <translation>Journalberichte werden an %1 gesendet.</translation>
    </message>
    <message>
        <source>%1 is a %2, not a mailbox. Choose a user or shared mailbox (ideally one used only for these reports).</source>
        <translation>%1 ist ein %2, kein Postfach. Wählen Sie ein Benutzer- oder freigegebenes Postfach (idealerweise eines nur für diese Berichte).</translation>
    </message>
    <message>
        <source>%1 is not an accepted domain of this organisation. The reports must go to a mailbox in this organisation.</source>
        <translation>%1 ist keine akzeptierte Domäne dieser Organisation. Die Berichte müssen an ein Postfach in dieser Organisation gehen.</translation>
    </message>
    <message>
        <source>A journal rule named &quot;%1&quot; already exists and does something else (sends to %2, scope %3). Choose another name.</source>
        <translation>Eine Journalregel namens „%1“ existiert bereits und tut etwas anderes (sendet an %2, Bereich %3). Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The existing rule &quot;%1&quot; already does this; it will be enabled.</source>
        <translation>Die vorhandene Regel „%1“ tut dies bereits; sie wird aktiviert.</translation>
    </message>
    <message>
        <source>The existing rule &quot;%1&quot; already does this; it will be kept.</source>
        <translation>Die vorhandene Regel „%1“ tut dies bereits; sie wird beibehalten.</translation>
    </message>
    <message>
        <source>A new rule &quot;%1&quot; will be created.</source>
        <translation>Eine neue Regel „%1“ wird erstellt.</translation>
    </message>
    <message>
        <source>%1 is the user mailbox &quot;%2&quot;.</source>
        <translation>%1 ist das Benutzerpostfach „%2“.</translation>
    </message>
    <message>
        <source>%1 is the shared mailbox &quot;%2&quot;.</source>
        <translation>%1 ist das freigegebene Postfach „%2“.</translation>
    </message>
    <message>
        <source>No user or shared mailbox %1 was found in this organisation (a group, a contact or a mistyped address cannot receive these reports). Choose a mailbox from the list that opens as you type.</source>
        <translation>In dieser Organisation wurde kein Benutzer- oder freigegebenes Postfach %1 gefunden (eine Gruppe, ein Kontakt oder eine vertippte Adresse kann diese Berichte nicht empfangen). Wählen Sie ein Postfach aus der Liste, die sich beim Tippen öffnet.</translation>
    </message>
    <message>
        <source>The mailboxes of this organisation were not listed; %1 will be looked up on the review page before anything is changed.</source>
        <translation>Die Postfächer dieser Organisation wurden nicht aufgelistet; %1 wird auf der Prüfseite nachgeschlagen, bevor etwas geändert wird.</translation>
    </message>
    <message>
        <source>%1 is not among the %2 mailboxes listed (large organisations are listed only in part); it will be looked up on the review page before anything is changed.</source>
        <translation>%1 ist nicht unter den %2 aufgelisteten Postfächern (große Organisationen werden nur teilweise aufgelistet); es wird auf der Prüfseite nachgeschlagen, bevor etwas geändert wird.</translation>
    </message>
</context>
<context>
    <name>wizard::FinishPage</name>
    <message>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Open log folder</source>
        <translation>Protokollordner ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>&amp;Bericht speichern…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>HTML-Dateien (*.html)</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>Der Bericht konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>The run was cancelled. %n step(s) were changed and verified before it stopped.</source>
        <translation>
            <numerusform>Der Lauf wurde abgebrochen. %n Schritt wurde vor dem Anhalten geändert und überprüft.</numerusform>
            <numerusform>Der Lauf wurde abgebrochen. %n Schritte wurden vor dem Anhalten geändert und überprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything was already configured; nothing was changed.</source>
        <translation>Alles war bereits konfiguriert; es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) were changed and verified; the others were already configured.</source>
        <translation>
            <numerusform>%n Schritt wurde geändert und überprüft; die anderen waren bereits konfiguriert.</numerusform>
            <numerusform>%n Schritte wurden geändert und überprüft; die anderen waren bereits konfiguriert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The run failed. %n step(s) were changed and verified before the failure; the failed step is described below.</source>
        <translation>
            <numerusform>Der Lauf ist fehlgeschlagen. %n Schritt wurde vor dem Fehler geändert und überprüft; der fehlgeschlagene Schritt ist unten beschrieben.</numerusform>
            <numerusform>Der Lauf ist fehlgeschlagen. %n Schritte wurden vor dem Fehler geändert und überprüft; der fehlgeschlagene Schritt ist unten beschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) needed no change.</source>
        <translation>
            <numerusform>%n Schritt musste nicht geändert werden.</numerusform>
            <numerusform>%n Schritte mussten nicht geändert werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Internal mail is now journaled to SecureStore.</source>
        <translation>Interne E-Mails werden jetzt in SecureStore protokolliert.</translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation>Protokolldatei: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Change journal: %1</source>
        <translation>Änderungsjournal: %1</translation>
    </message>
    <message>
        <source>(nothing changed)</source>
        <translation>(nichts geändert)</translation>
    </message>
    <message>
        <source>Nothing was changed, so there is nothing to undo.</source>
        <translation>Es wurde nichts geändert, daher gibt es nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>To undo this run (restore the previous undeliverable-reports address and remove what was created), run:
%1</source>
        <translation>Um diesen Lauf rückgängig zu machen (die vorherige Adresse für unzustellbare Berichte wiederherstellen und Erstelltes entfernen), führen Sie aus:
%1</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>SecureStore journaling setup report</source>
        <translation>Bericht der SecureStore-Journaling-Einrichtung</translation>
    </message>
    <message>
        <source>Does journaling work?</source>
        <translation>Funktioniert das Journaling?</translation>
    </message>
    <message>
        <source>&amp;Stop waiting</source>
        <translation>Warten &amp;stoppen</translation>
    </message>
    <message>
        <source>Stop waiting for a journal report; you can also finish without waiting.</source>
        <translation>Nicht länger auf einen Journalbericht warten; Sie können auch ohne Warten abschließen.</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Nachweis: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <source>Journaling health check</source>
        <translation>Funktionsprüfung des Journalings</translation>
    </message>
    <message>
        <source>Read-only: nothing is changed.</source>
        <translation>Nur lesend: Es wird nichts geändert.</translation>
    </message>
    <message>
        <source>Checking the journaling configuration of %1 and whether journal reports leave the organisation for the archive. You can finish at any time.</source>
        <translation>Die Journaling-Konfiguration von %1 wird geprüft und ob Journalberichte die Organisation in Richtung Archiv verlassen. Sie können jederzeit abschließen.</translation>
    </message>
</context>
<context>
    <name>wizard::HealthCheckController</name>
    <message>
        <source>Not connected to Exchange: the check needs the connection.</source>
        <translation>Nicht mit Exchange verbunden: Die Prüfung benötigt die Verbindung.</translation>
    </message>
    <message>
        <source>The check could not be completed: %1</source>
        <translation>Die Prüfung konnte nicht abgeschlossen werden: %1</translation>
    </message>
    <message>
        <source>Checking the configuration…</source>
        <translation>Die Konfiguration wird geprüft…</translation>
    </message>
    <message>
        <source>Configuration: journal rule, undeliverable-reports mailbox and routing are as set up.</source>
        <translation>Konfiguration: Journalregel, Postfach für unzustellbare Berichte und Routing sind wie eingerichtet.</translation>
    </message>
    <message>
        <source>Configuration: %1</source>
        <translation>Konfiguration: %1</translation>
    </message>
    <message>
        <source>Scanning the transport queues…</source>
        <translation>Die Transportwarteschlangen werden durchsucht…</translation>
    </message>
    <message>
        <source>Queues: not read.</source>
        <translation>Warteschlangen: nicht gelesen.</translation>
    </message>
    <message>
        <source>Queues: %1</source>
        <translation>Warteschlangen: %1</translation>
    </message>
    <message>
        <source>Following journal reports in message tracking…</source>
        <translation>Journalberichte werden in der Nachrichtenverfolgung verfolgt…</translation>
    </message>
    <message>
        <source>Waiting for the first journal report…</source>
        <translation>Warten auf den ersten Journalbericht…</translation>
    </message>
    <message>
        <source>Delivery not followed.</source>
        <translation>Zustellung nicht verfolgt.</translation>
    </message>
</context>
<context>
    <name>wizard::JournalAddressPage</name>
    <message>
        <source>Journaling address</source>
        <translation>Journaladresse</translation>
    </message>
    <message>
        <source>The unique address your SecureStore archive receives journal reports on.</source>
        <translation>Die eindeutige Adresse, an der Ihr SecureStore-Archiv Journalberichte empfängt.</translation>
    </message>
    <message>
        <source>In the Mailprotector Console, open the domain, select the &lt;b&gt;Archiving&lt;/b&gt; tab and copy the journaling address shown at the bottom of the page. Paste it below.</source>
        <translation>Öffnen Sie in der Mailprotector Console die Domäne, wählen Sie die Registerkarte &lt;b&gt;Archiving&lt;/b&gt; und kopieren Sie die unten auf der Seite angezeigte Journaladresse. Fügen Sie sie unten ein.</translation>
    </message>
    <message>
        <source>for example j-1a2b3c@archive.example.net</source>
        <translation>zum Beispiel j-1a2b3c@archive.example.net</translation>
    </message>
    <message>
        <source>&amp;Journaling address:</source>
        <translation>&amp;Journaladresse:</translation>
    </message>
</context>
<context>
    <name>wizard::JournalRulePage</name>
    <message>
        <source>Journal rule</source>
        <translation>Journalregel</translation>
    </message>
    <message>
        <source>A rule that sends a journal report of every internal message to SecureStore.</source>
        <translation>Eine Regel, die einen Journalbericht jeder internen Nachricht an SecureStore sendet.</translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation>Regelname</translation>
    </message>
    <message>
        <source>Internal messages only</source>
        <translation>Nur interne Nachrichten</translation>
    </message>
    <message>
        <source>All messages (no recipient filter)</source>
        <translation>Alle Nachrichten (kein Empfängerfilter)</translation>
    </message>
    <message>
        <source>Existing journal rules</source>
        <translation>Vorhandene Journalregeln</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sends to</source>
        <translation>Sendet an</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Rule &amp;name:</source>
        <translation>Regel&amp;name:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Bereich:</translation>
    </message>
    <message>
        <source>Applies to:</source>
        <translation>Gilt für:</translation>
    </message>
    <message>
        <source>Journal rules in this organisation:</source>
        <translation>Journalregeln in dieser Organisation:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>wizard::NdrMailboxPage</name>
    <message>
        <source>Undeliverable journal reports</source>
        <translation>Unzustellbare Journalberichte</translation>
    </message>
    <message>
        <source>Exchange sends journal reports it cannot deliver to this mailbox instead of dropping them after two days.</source>
        <translation>Exchange sendet Journalberichte, die es nicht zustellen kann, an dieses Postfach, statt sie nach zwei Tagen zu verwerfen.</translation>
    </message>
    <message>
        <source>Choose a user or shared mailbox in this organisation, ideally one used only for these reports. It must not be the journaling address. Reports that arrive there cannot simply be sent again; keep them until the archive has them.</source>
        <translation>Wählen Sie ein Benutzer- oder freigegebenes Postfach in dieser Organisation, idealerweise eines nur für diese Berichte. Es darf nicht die Journaladresse sein. Dort eingehende Berichte lassen sich nicht einfach erneut senden; bewahren Sie sie auf, bis das Archiv sie hat.</translation>
    </message>
    <message>
        <source>Mailbox for undeliverable reports</source>
        <translation>Postfach für unzustellbare Berichte</translation>
    </message>
    <message>
        <source>journal-ndr@contoso.com</source>
        <translation>journal-ndr@contoso.com</translation>
    </message>
    <message>
        <source>&amp;Mailbox:</source>
        <translation>&amp;Postfach:</translation>
    </message>
    <message>
        <source>Currently: not set — undeliverable journal reports are lost.</source>
        <translation>Derzeit: nicht festgelegt — unzustellbare Journalberichte gehen verloren.</translation>
    </message>
    <message>
        <source>Currently: %1</source>
        <translation>Derzeit: %1</translation>
    </message>
    <message>
        <source>&amp;Replace the current address %1 with %2</source>
        <translation>Die aktuelle Adresse %1 durch %2 &amp;ersetzen</translation>
    </message>
</context>
<context>
    <name>wizard::RemoteDomainPage</name>
    <message>
        <source>winmail.dat protection</source>
        <translation>Schutz vor winmail.dat</translation>
    </message>
    <message>
        <source>A remote domain for the archive&apos;s domain makes Exchange send journal reports without winmail.dat attachments and without out-of-office replies.</source>
        <translation>Eine Remotedomäne für die Domäne des Archivs sorgt dafür, dass Exchange Journalberichte ohne winmail.dat-Anhänge und ohne Abwesenheitsnotizen sendet.</translation>
    </message>
    <message>
        <source>&amp;Create or update the remote domain (recommended)</source>
        <translation>Remotedomäne &amp;erstellen oder aktualisieren (empfohlen)</translation>
    </message>
    <message>
        <source>Remote domain name</source>
        <translation>Name der Remotedomäne</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domäne:</translation>
    </message>
    <message>
        <source>Out-of-office replies:</source>
        <translation>Abwesenheitsnotizen:</translation>
    </message>
    <message>
        <source>Use rich-text format:</source>
        <translation>Rich-Text-Format verwenden:</translation>
    </message>
    <message>
        <source>Journal reports may reach the archive as winmail.dat attachments that it cannot index.</source>
        <translation>Journalberichte könnten als winmail.dat-Anhänge im Archiv ankommen, die es nicht indizieren kann.</translation>
    </message>
    <message>
        <source>The existing remote domain &quot;%1&quot; for %2 will be reused; only its settings will be set.</source>
        <translation>Die vorhandene Remotedomäne „%1“ für %2 wird wiederverwendet; nur ihre Einstellungen werden gesetzt.</translation>
    </message>
    <message>
        <source>A new remote domain &quot;%1&quot; for %2 will be created.</source>
        <translation>Eine neue Remotedomäne „%1“ für %2 wird erstellt.</translation>
    </message>
    <message>
        <source>%1 Choose another name.</source>
        <translation>%1 Wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>wizard::ReviewPage</name>
    <message>
        <source>Review the changes</source>
        <translation>Änderungen prüfen</translation>
    </message>
    <message>
        <source>Nothing has been changed yet. Check what will be done, then choose Apply.</source>
        <translation>Es wurde noch nichts geändert. Prüfen Sie, was getan wird, und wählen Sie dann „Anwenden“.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Reading the configuration</source>
        <translation>Konfiguration wird gelesen</translation>
    </message>
    <message>
        <source>Planned steps</source>
        <translation>Geplante Schritte</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>PowerShell commands</source>
        <translation>PowerShell-Befehle</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Save as .ps1…</source>
        <translation>Als .ps1 &amp;speichern…</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>I understand that the journal rule applies to &amp;all future internal messages</source>
        <translation>Mir ist bewusst, dass die Journalregel für &amp;alle künftigen internen Nachrichten gilt</translation>
    </message>
    <message>
        <source>PowerShell that will be run:</source>
        <translation>PowerShell, die ausgeführt wird:</translation>
    </message>
    <message>
        <source>Reading the organisation&apos;s current configuration…</source>
        <translation>Die aktuelle Konfiguration der Organisation wird gelesen…</translation>
    </message>
    <message>
        <source>The configuration could not be read.</source>
        <translation>Die Konfiguration konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Gefunden: %1</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>This account lacks the management role(s): %1.</source>
        <translation>Diesem Konto fehlen die Verwaltungsrollen: %1.</translation>
    </message>
    <message>
        <source>Resolve these before applying (use Back to change your answers):</source>
        <translation>Beheben Sie dies vor dem Anwenden (mit „Zurück“ können Sie Ihre Angaben ändern):</translation>
    </message>
    <message>
        <source>A step conflicts with the existing configuration; see the steps above.</source>
        <translation>Ein Schritt steht im Konflikt mit der vorhandenen Konfiguration; siehe die Schritte oben.</translation>
    </message>
    <message>
        <source>These changes will be made on %1.</source>
        <translation>Diese Änderungen werden auf %1 vorgenommen.</translation>
    </message>
    <message>
        <source>Everything is already configured: nothing to change. Apply will verify the configuration.</source>
        <translation>Alles ist bereits konfiguriert: nichts zu ändern. „Anwenden“ überprüft die Konfiguration.</translation>
    </message>
    <message>
        <source>The PowerShell commands were copied to the clipboard.</source>
        <translation>Die PowerShell-Befehle wurden in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Save PowerShell script</source>
        <translation>PowerShell-Skript speichern</translation>
    </message>
    <message>
        <source>PowerShell scripts (*.ps1)</source>
        <translation>PowerShell-Skripte (*.ps1)</translation>
    </message>
    <message>
        <source>The script could not be saved to %1: %2</source>
        <translation>Das Skript konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Unter %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>wizard::RunReport</name>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Applying</source>
        <translation>Wird angewendet</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Wird überprüft</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Überprüft</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Already configured</source>
        <translation>Bereits konfiguriert</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Keine Änderung</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>SecureStore journaling setup report</source>
        <translation>Bericht der SecureStore-Journaling-Einrichtung</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Exchange: %1 %2</source>
        <translation>Exchange: %1 %2</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>Cancelled: the steps that were not started were left unchanged.</source>
        <translation>Abgebrochen: Die nicht begonnenen Schritte blieben unverändert.</translation>
    </message>
    <message>
        <source>Completed: every step is configured and verified.</source>
        <translation>Abgeschlossen: Jeder Schritt ist konfiguriert und überprüft.</translation>
    </message>
    <message>
        <source>Failed: see the steps below and the log.</source>
        <translation>Fehlgeschlagen: siehe die Schritte unten und das Protokoll.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Journaling address: %1</source>
        <translation>Journaladresse: %1</translation>
    </message>
    <message>
        <source>Undeliverable reports to: %1</source>
        <translation>Unzustellbare Berichte an: %1</translation>
    </message>
    <message>
        <source>Journal rule: %1</source>
        <translation>Journalregel: %1</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Log: %1</source>
        <translation>Protokoll: %1</translation>
    </message>
    <message>
        <source>Change journal: %1</source>
        <translation>Änderungsjournal: %1</translation>
    </message>
    <message>
        <source>none (nothing changed)</source>
        <translation>keines (nichts geändert)</translation>
    </message>
    <message>
        <source>How to undo</source>
        <translation>Rückgängig machen</translation>
    </message>
    <message>
        <source>Run this command to restore the previous undeliverable-reports address and remove what this run created:</source>
        <translation>Führen Sie diesen Befehl aus, um die vorherige Adresse für unzustellbare Berichte wiederherzustellen und zu entfernen, was dieser Lauf erstellt hat:</translation>
    </message>
    <message>
        <source>PowerShell</source>
        <translation>PowerShell</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <source>Health check of the existing configuration; nothing was changed.</source>
        <translation>Funktionsprüfung der vorhandenen Konfiguration; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Does journaling work?</source>
        <translation>Funktioniert das Journaling?</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Command (not run): %1</source>
        <translation>Befehl (nicht ausgeführt): %1</translation>
    </message>
    <message>
        <source>Journal reports since %1 (newest last):</source>
        <translation>Journalberichte seit %1 (neueste zuletzt):</translation>
    </message>
</context>
<context>
    <name>wizard::ServerAddress</name>
    <message>
        <source>Enter a server name such as ex01.contoso.com, or a URL that starts with http:// or https://.</source>
        <translation>Geben Sie einen Servernamen wie ex01.contoso.com ein oder eine URL, die mit http:// oder https:// beginnt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server name.</source>
        <translation>„%1“ ist kein gültiger Servername.</translation>
    </message>
    <message>
        <source>The port after &quot;:&quot; must be a number from 1 to 65535.</source>
        <translation>Der Port nach „:“ muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server name. Enter the Exchange server&apos;s name, for example ex01.contoso.com.</source>
        <translation>„%1“ ist kein gültiger Servername. Geben Sie den Namen des Exchange-Servers ein, zum Beispiel ex01.contoso.com.</translation>
    </message>
</context>
<context>
    <name>wizard::SetupController</name>
    <message>
        <source>Enter the Exchange server&apos;s name, for example ex01.contoso.com.</source>
        <translation>Geben Sie den Namen des Exchange-Servers ein, zum Beispiel ex01.contoso.com.</translation>
    </message>
    <message>
        <source>Enter the user name (DOMAIN\user or user@domain).</source>
        <translation>Geben Sie den Benutzernamen ein (DOMÄNE\benutzer oder benutzer@domäne).</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Geben Sie das Kennwort ein.</translation>
    </message>
    <message>
        <source>Basic authentication sends the password in clear text; use an https:// address or another sign-in method.</source>
        <translation>Die Standardauthentifizierung sendet das Kennwort im Klartext; verwenden Sie eine https://-Adresse oder eine andere Anmeldemethode.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The connection settings changed. Go back to the connection page and test the connection again.</source>
        <translation>Die Verbindungseinstellungen haben sich geändert. Gehen Sie zurück zur Verbindungsseite und testen Sie die Verbindung erneut.</translation>
    </message>
    <message>
        <source>The plan is not ready: resolve the issues on the review page first.</source>
        <translation>Der Plan ist nicht bereit: Beheben Sie zuerst die Probleme auf der Prüfseite.</translation>
    </message>
</context>
<context>
    <name>wizard::SetupWizard</name>
    <message>
        <source>SecureStore Journaling Setup</source>
        <translation>SecureStore-Journaling einrichten</translation>
    </message>
</context>
<context>
    <name>wizard::SmartHostPage</name>
    <message>
        <source>Smart host connector</source>
        <translation>Smarthost-Connector</translation>
    </message>
    <message>
        <source>Only needed when your outbound mail relays through Mailprotector.</source>
        <translation>Nur nötig, wenn Ihre ausgehenden E-Mails über Mailprotector weitergeleitet werden.</translation>
    </message>
    <message>
        <source>If Exchange sends all outbound mail through Mailprotector&apos;s outbound service, journal reports would take that route too and could be archived twice. A send connector for the archive&apos;s domain sends them straight to the SecureStore smart host instead. Leave this off if Exchange delivers outbound mail itself.</source>
        <translation>Wenn Exchange alle ausgehenden E-Mails über den Ausgangsdienst von Mailprotector sendet, würden Journalberichte ebenfalls diesen Weg nehmen und könnten doppelt archiviert werden. Ein Sendeconnector für die Domäne des Archivs sendet sie stattdessen direkt an den SecureStore-Smarthost. Lassen Sie dies aus, wenn Exchange ausgehende E-Mails selbst zustellt.</translation>
    </message>
    <message>
        <source>&amp;Create a send connector to the SecureStore smart host</source>
        <translation>Einen Sendeconnector zum SecureStore-Smarthost &amp;erstellen</translation>
    </message>
    <message>
        <source>Connector name</source>
        <translation>Connectorname</translation>
    </message>
    <message>
        <source>Smart host</source>
        <translation>Smarthost</translation>
    </message>
    <message>
        <source>host name or IP address from Mailprotector</source>
        <translation>Hostname oder IP-Adresse von Mailprotector</translation>
    </message>
    <message>
        <source>Source transport servers</source>
        <translation>Quell-Transportserver</translation>
    </message>
    <message>
        <source>&amp;Require TLS</source>
        <translation>TLS &amp;erzwingen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Smart &amp;host:</source>
        <translation>Smart&amp;host:</translation>
    </message>
    <message>
        <source>Source &amp;servers:</source>
        <translation>&amp;Quellserver:</translation>
    </message>
    <message>
        <source>No connector will be created.</source>
        <translation>Es wird kein Connector erstellt.</translation>
    </message>
    <message>
        <source>Select at least one transport server to send through the connector.</source>
        <translation>Wählen Sie mindestens einen Transportserver aus, der über den Connector sendet.</translation>
    </message>
    <message>
        <source>Mail to the archive&apos;s domain will go straight to %1.</source>
        <translation>E-Mails an die Domäne des Archivs gehen direkt an %1.</translation>
    </message>
    <message>
        <source>The connector(s) %1 already route this domain; the review page shows how they are handled.</source>
        <translation>Die Connectors %1 leiten diese Domäne bereits; die Prüfseite zeigt, wie damit umgegangen wird.</translation>
    </message>
</context>
<context>
    <name>wizard::WelcomePage</name>
    <message>
        <source>Journal internal mail to SecureStore</source>
        <translation>Interne E-Mails in SecureStore protokollieren</translation>
    </message>
    <message>
        <source>This wizard configures your Exchange organisation to send a copy of every internal message to your Mailprotector SecureStore archive.</source>
        <translation>Dieser Assistent richtet Ihre Exchange-Organisation so ein, dass eine Kopie jeder internen Nachricht an Ihr Mailprotector-SecureStore-Archiv gesendet wird.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What will be configured&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;A mailbox that receives journal reports that cannot be delivered.&lt;/li&gt;&lt;li&gt;A journal rule that sends internal messages to your SecureStore journaling address.&lt;/li&gt;&lt;li&gt;A remote domain that keeps journal reports free of winmail.dat (recommended).&lt;/li&gt;&lt;li&gt;Optionally, a send connector to the SecureStore smart host, only when your outbound mail relays through Mailprotector.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Each change is shown before it is made, applied over remote PowerShell and read back to confirm it. Running the wizard again changes only what is missing.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Before you start&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;SecureStore is enabled for the domain in the Mailprotector Console.&lt;/li&gt;&lt;li&gt;Your account is a member of Organization Management in Exchange.&lt;/li&gt;&lt;li&gt;Journal rules need Exchange Enterprise Client Access Licenses.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;What is not touched&lt;/b&gt;: mailboxes, other journal rules, transport rules, existing connectors and any other settings.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Was eingerichtet wird&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Ein Postfach, das nicht zustellbare Journalberichte empfängt.&lt;/li&gt;&lt;li&gt;Eine Journalregel, die interne Nachrichten an Ihre SecureStore-Journaladresse sendet.&lt;/li&gt;&lt;li&gt;Eine Remotedomäne, die Journalberichte frei von winmail.dat hält (empfohlen).&lt;/li&gt;&lt;li&gt;Optional ein Sendeconnector zum SecureStore-Smarthost, nur wenn Ihre ausgehenden E-Mails über Mailprotector weitergeleitet werden.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Jede Änderung wird angezeigt, bevor sie vorgenommen wird, über Remote-PowerShell angewendet und zur Bestätigung zurückgelesen. Ein erneuter Lauf des Assistenten ändert nur, was fehlt.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bevor Sie beginnen&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;SecureStore ist für die Domäne in der Mailprotector Console aktiviert.&lt;/li&gt;&lt;li&gt;Ihr Konto ist Mitglied von Organization Management in Exchange.&lt;/li&gt;&lt;li&gt;Journalregeln benötigen Exchange-Enterprise-Clientzugriffslizenzen.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Was nicht verändert wird&lt;/b&gt;: Postfächer, andere Journalregeln, Transportregeln, vorhandene Connectors und alle anderen Einstellungen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Einführung</translation>
    </message>
    <message>
        <source>&amp;Set up journaling (or repair it)</source>
        <translation>Journaling &amp;einrichten (oder reparieren)</translation>
    </message>
    <message>
        <source>&amp;Check that journaling works (already configured: changes nothing)</source>
        <translation>&amp;Prüfen, ob das Journaling funktioniert (bereits eingerichtet: ändert nichts)</translation>
    </message>
</context>
</TS>
