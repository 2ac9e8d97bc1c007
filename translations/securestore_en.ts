<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>cli</name>
    <message>
        <source>Nothing was sent to Exchange. Correct the settings and run again.
</source>
        <translation>Nothing was sent to Exchange. Correct the settings and run again.
</translation>
    </message>
    <message>
        <source>true or false (without quotes)</source>
        <translation>true or false (without quotes)</translation>
    </message>
    <message>
        <source>a string in double quotes</source>
        <translation>a string in double quotes</translation>
    </message>
    <message>
        <source>a list of strings such as [&quot;EX01&quot;, &quot;EX02&quot;]</source>
        <translation>a list of strings such as [&quot;EX01&quot;, &quot;EX02&quot;]</translation>
    </message>
    <message>
        <source>a JSON value</source>
        <translation>a JSON value</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>the boolean %1</source>
        <translation>the boolean %1</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>the number %1</translation>
    </message>
    <message>
        <source>the string &quot;%1&quot;</source>
        <translation>the string &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>an undefined value</source>
        <translation>an undefined value</translation>
    </message>
    <message>
        <source>Write &quot;%1&quot;: %2 without quotes.</source>
        <translation>Write &quot;%1&quot;: %2 without quotes.</translation>
    </message>
    <message>
        <source>Write &quot;%1&quot;: true or &quot;%1&quot;: false.</source>
        <translation>Write &quot;%1&quot;: true or &quot;%1&quot;: false.</translation>
    </message>
    <message>
        <source>Put the value in double quotes, e.g. &quot;%1&quot;: &quot;%2&quot;.</source>
        <translation>Put the value in double quotes, e.g. &quot;%1&quot;: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Write &quot;%1&quot;: &quot;…&quot;.</source>
        <translation>Write &quot;%1&quot;: &quot;…&quot;.</translation>
    </message>
    <message>
        <source>Write a list, e.g. &quot;%1&quot;: [&quot;%2&quot;].</source>
        <translation>Write a list, e.g. &quot;%1&quot;: [&quot;%2&quot;].</translation>
    </message>
    <message>
        <source>Write a list of strings, e.g. &quot;%1&quot;: [&quot;EX01&quot;, &quot;EX02&quot;].</source>
        <translation>Write a list of strings, e.g. &quot;%1&quot;: [&quot;EX01&quot;, &quot;EX02&quot;].</translation>
    </message>
    <message>
        <source>securestore-setup: no command given and this build has no wizard.</source>
        <translation>securestore-setup: no command given and this build has no wizard.</translation>
    </message>
    <message>
        <source>securestore-setup: an empty argument was given where a command was expected. Commands: %1.</source>
        <translation>securestore-setup: an empty argument was given where a command was expected. Commands: %1.</translation>
    </message>
    <message>
        <source>securestore-setup: unknown command &apos;%1&apos; — did you mean &apos;%2&apos;?</source>
        <translation>securestore-setup: unknown command &apos;%1&apos; — did you mean &apos;%2&apos;?</translation>
    </message>
    <message>
        <source>securestore-setup: unknown command &apos;%1&apos;. Commands: %2; see securestore-setup --help.</source>
        <translation>securestore-setup: unknown command &apos;%1&apos;. Commands: %2; see securestore-setup --help.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command; see securestore-setup --help.</source>
        <translation>&quot;%1&quot; is not a command; see securestore-setup --help.</translation>
    </message>
    <message>
        <source>This build has no wizard; use a command (%1). See securestore-setup --help.</source>
        <translation>This build has no wizard; use a command (%1). See securestore-setup --help.</translation>
    </message>
    <message>
        <source>The wizard cannot open a window: %1. Use the command line instead, e.g. securestore-setup plan --server URL … (securestore-setup --help lists the commands), or run the wizard in a desktop session.</source>
        <translation>The wizard cannot open a window: %1. Use the command line instead, e.g. securestore-setup plan --server URL … (securestore-setup --help lists the commands), or run the wizard in a desktop session.</translation>
    </message>
    <message>
        <source>See securestore-setup %1 --help.</source>
        <translation>See securestore-setup %1 --help.</translation>
    </message>
    <message>
        <source>Interrupted before connecting; nothing was sent.</source>
        <translation>Interrupted before connecting; nothing was sent.</translation>
    </message>
    <message>
        <source>securestore-setup: the password on standard input is longer than %1 characters; nothing was sent. Check what is piped in (one line: the password).</source>
        <translation>securestore-setup: the password on standard input is longer than %1 characters; nothing was sent. Check what is piped in (one line: the password).</translation>
    </message>
    <message>
        <source>securestore-setup: --password-stdin read an empty password; nothing was sent.</source>
        <translation>securestore-setup: --password-stdin read an empty password; nothing was sent.</translation>
    </message>
    <message>
        <source>this help (after a command: that command&apos;s help)</source>
        <translation>this help (after a command: that command&apos;s help)</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>print the version</translation>
    </message>
    <message>
        <source>--trust-fingerprint needs the certificate&apos;s SHA-256 fingerprint: 64 hex digits (colons allowed).</source>
        <translation>--trust-fingerprint needs the certificate&apos;s SHA-256 fingerprint: 64 hex digits (colons allowed).</translation>
    </message>
    <message>
        <source>--auth must be kerberos, ntlm or basic, not &quot;%1&quot;.</source>
        <translation>--auth must be kerberos, ntlm or basic, not &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>cli::AnswersFile</name>
    <message>
        <source>Cannot read the answers file %1: %2</source>
        <translation>Cannot read the answers file %1: %2</translation>
    </message>
    <message>
        <source>The answers file %1 is larger than 1 MB; it should hold a few settings.</source>
        <translation>The answers file %1 is larger than 1 MB; it should hold a few settings.</translation>
    </message>
    <message>
        <source>The answers file %1 must hold one JSON object such as {&quot;journalAddress&quot;: &quot;…&quot;, &quot;ndrMailbox&quot;: &quot;…&quot;}, not %2.</source>
        <translation>The answers file %1 must hold one JSON object such as {&quot;journalAddress&quot;: &quot;…&quot;, &quot;ndrMailbox&quot;: &quot;…&quot;}, not %2.</translation>
    </message>
    <message>
        <source>an empty file</source>
        <translation>an empty file</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>a single value</translation>
    </message>
    <message>
        <source>The answers file %1 is not valid JSON: %2 at line %3, column %4. Check the quotes, colons and commas there.</source>
        <translation>The answers file %1 is not valid JSON: %2 at line %3, column %4. Check the quotes, colons and commas there.</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>The answers file %1 gives &quot;%2&quot; twice (lines %3 and %4); keep one.</source>
        <translation>The answers file %1 gives &quot;%2&quot; twice (lines %3 and %4); keep one.</translation>
    </message>
    <message>
        <source>The answers file must not contain a password; use --password-stdin.</source>
        <translation>The answers file must not contain a password; use --password-stdin.</translation>
    </message>
    <message>
        <source>The answers file %1 has an unknown key &quot;%2&quot;; did you mean &quot;%3&quot;?</source>
        <translation>The answers file %1 has an unknown key &quot;%2&quot;; did you mean &quot;%3&quot;?</translation>
    </message>
    <message>
        <source>The answers file %1 has an unknown key &quot;%2&quot;. Known keys: %3.</source>
        <translation>The answers file %1 has an unknown key &quot;%2&quot;. Known keys: %3.</translation>
    </message>
    <message>
        <source>The answers file %1: &quot;%2&quot; must be %3, not %4. %5</source>
        <translation>The answers file %1: &quot;%2&quot; must be %3, not %4. %5</translation>
    </message>
    <message>
        <source>The answers file %1: &quot;auth&quot; must be &quot;kerberos&quot;, &quot;ntlm&quot; or &quot;basic&quot;, not &quot;%2&quot;.</source>
        <translation>The answers file %1: &quot;auth&quot; must be &quot;kerberos&quot;, &quot;ntlm&quot; or &quot;basic&quot;, not &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>cli::CliOptions</name>
    <message>
        <source>Passwords are never accepted on the command line; use --user NAME --password-stdin and pipe the password in.</source>
        <translation>Passwords are never accepted on the command line; use --user NAME --password-stdin and pipe the password in.</translation>
    </message>
    <message>
        <source>Use either --remote-domain-name or --no-remote-domain, not both.</source>
        <translation>Use either --remote-domain-name or --no-remote-domain, not both.</translation>
    </message>
    <message>
        <source>--source-servers needs --smarthost (the connector is only created when a smart host is given).</source>
        <translation>--source-servers needs --smarthost (the connector is only created when a smart host is given).</translation>
    </message>
    <message>
        <source>--password-stdin needs --user NAME.</source>
        <translation>--password-stdin needs --user NAME.</translation>
    </message>
    <message>
        <source>--journal is only for undo.</source>
        <translation>--journal is only for undo.</translation>
    </message>
    <message>
        <source>--server URL is required, e.g. --server http://ex01.contoso.com/PowerShell</source>
        <translation>--server URL is required, e.g. --server http://ex01.contoso.com/PowerShell</translation>
    </message>
    <message>
        <source>--server needs an http:// or https:// URL such as http://ex01.contoso.com/PowerShell, not &quot;%1&quot;.</source>
        <translation>--server needs an http:// or https:// URL such as http://ex01.contoso.com/PowerShell, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Basic authentication sends the password in clear text; use an https:// URL or --auth kerberos/ntlm.</source>
        <translation>Basic authentication sends the password in clear text; use an https:// URL or --auth kerberos/ntlm.</translation>
    </message>
    <message>
        <source>--wait needs a duration such as 90s, 5m or 1h, not &quot;%1&quot;.</source>
        <translation>--wait needs a duration such as 90s, 5m or 1h, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--since needs an ISO 8601 time such as 2026-11-30T07:00:00Z or a duration ago such as 2h, not &quot;%1&quot;.</source>
        <translation>--since needs an ISO 8601 time such as 2026-11-30T07:00:00Z or a duration ago such as 2h, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--since and --wait are only for check.</source>
        <translation>--since and --wait are only for check.</translation>
    </message>
    <message>
        <source>the Exchange server, e.g. http://ex01.contoso.com/PowerShell</source>
        <translation>the Exchange server, e.g. http://ex01.contoso.com/PowerShell</translation>
    </message>
    <message>
        <source>how to sign in (default kerberos: your ticket)</source>
        <translation>how to sign in (default kerberos: your ticket)</translation>
    </message>
    <message>
        <source>sign in as NAME (with --password-stdin)</source>
        <translation>sign in as NAME (with --password-stdin)</translation>
    </message>
    <message>
        <source>read the password from the first line of standard input</source>
        <translation>read the password from the first line of standard input</translation>
    </message>
    <message>
        <source>accept exactly this server certificate (SHA-256, colons allowed)</source>
        <translation>accept exactly this server certificate (SHA-256, colons allowed)</translation>
    </message>
    <message>
        <source>the journaling address from the Mailprotector Console</source>
        <translation>the journaling address from the Mailprotector Console</translation>
    </message>
    <message>
        <source>the mailbox for undeliverable journal reports</source>
        <translation>the mailbox for undeliverable journal reports</translation>
    </message>
    <message>
        <source>the journal rule&apos;s name</source>
        <translation>the journal rule&apos;s name</translation>
    </message>
    <message>
        <source>the remote domain&apos;s name (winmail.dat protection)</source>
        <translation>the remote domain&apos;s name (winmail.dat protection)</translation>
    </message>
    <message>
        <source>do not add a remote domain</source>
        <translation>do not add a remote domain</translation>
    </message>
    <message>
        <source>add a send connector to this smart host (only when given)</source>
        <translation>add a send connector to this smart host (only when given)</translation>
    </message>
    <message>
        <source>the connector&apos;s source transport servers</source>
        <translation>the connector&apos;s source transport servers</translation>
    </message>
    <message>
        <source>the same settings as a file (flags override it)</source>
        <translation>the same settings as a file (flags override it)</translation>
    </message>
    <message>
        <source>(undo) the change journal to roll back; default: the latest</source>
        <translation>(undo) the change journal to roll back; default: the latest</translation>
    </message>
    <message>
        <source>(check) ISO 8601 time, or a duration ago (2h, 1d)</source>
        <translation>(check) ISO 8601 time, or a duration ago (2h, 1d)</translation>
    </message>
    <message>
        <source>(check) wait this long for a journal report (90s, 5m)</source>
        <translation>(check) wait this long for a journal report (90s, 5m)</translation>
    </message>
    <message>
        <source>machine-readable result on stdout</source>
        <translation>machine-readable result on stdout</translation>
    </message>
    <message>
        <source>print requests, bytes and elapsed time on stderr at the end</source>
        <translation>print requests, bytes and elapsed time on stderr at the end</translation>
    </message>
    <message>
        <source>apply or undo without asking</source>
        <translation>apply or undo without asking</translation>
    </message>
    <message>
        <source>language: de, es or en</source>
        <translation>language: de, es or en</translation>
    </message>
    <message>
        <source>Usage: securestore-setup %1 [options]</source>
        <translation>Usage: securestore-setup %1 [options]</translation>
    </message>
    <message>
        <source>Usage: securestore-setup &lt;command&gt; [options]</source>
        <translation>Usage: securestore-setup &lt;command&gt; [options]</translation>
    </message>
    <message>
        <source>       securestore-setup [--server URL] [--trust-fingerprint HEX] [--lang xx]   (the wizard)</source>
        <translation>       securestore-setup [--server URL] [--trust-fingerprint HEX] [--lang xx]   (the wizard)</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>Exit codes: 0 done or nothing to change; 1 failed; 2 bad usage or invalid input (nothing was sent); 3 a conflict that needs a decision; 4 (check) not yet proven; 130 interrupted (Ctrl-C: stops after the step in flight; a second Ctrl-C aborts at once).</source>
        <translation>Exit codes: 0 done or nothing to change; 1 failed; 2 bad usage or invalid input (nothing was sent); 3 a conflict that needs a decision; 4 (check) not yet proven; 130 interrupted (Ctrl-C: stops after the step in flight; a second Ctrl-C aborts at once).</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No command given.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>Unknown option &quot;%1&quot;; did you mean &quot;%2&quot;?</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;. See securestore-setup %2 --help.</source>
        <translation>Unknown option &quot;%1&quot;. See securestore-setup %2 --help.</translation>
    </message>
    <message>
        <source>An empty argument was given after &quot;%1&quot;. Remove it, or give the option before it a value.</source>
        <translation>An empty argument was given after &quot;%1&quot;. Remove it, or give the option before it a value.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;: %2 takes only options (--name value).</source>
        <translation>Unexpected argument &quot;%1&quot;: %2 takes only options (--name value).</translation>
    </message>
    <message>
        <source>--%1 was given %2 times; give it once.</source>
        <translation>--%1 was given %2 times; give it once.</translation>
    </message>
    <message>
        <source>--timeout needs a whole number of seconds from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--timeout needs a whole number of seconds from 1 to %1, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The server URL must not contain a user name or password (%1). Use --user NAME --password-stdin and pipe the password in.</source>
        <translation>The server URL must not contain a user name or password (%1). Use --user NAME --password-stdin and pipe the password in.</translation>
    </message>
    <message>
        <source>--auth basic needs --user NAME --password-stdin.</source>
        <translation>--auth basic needs --user NAME --password-stdin.</translation>
    </message>
    <message>
        <source>No password was given: --auth basic needs the password on standard input with --password-stdin (e.g. echo &quot;$PW&quot; | securestore-setup %1 … --user %2 --password-stdin).</source>
        <translation>No password was given: --auth basic needs the password on standard input with --password-stdin (e.g. echo &quot;$PW&quot; | securestore-setup %1 … --user %2 --password-stdin).</translation>
    </message>
    <message>
        <source>each request&apos;s deadline: give up on one not fully answered after SECONDS (default 120); apply then stops its changes after the step in flight and reads that step back</source>
        <translation>each request&apos;s deadline: give up on one not fully answered after SECONDS (default 120); apply then stops its changes after the step in flight and reads that step back</translation>
    </message>
</context>
<context>
    <name>cli::CliReport</name>
    <message>
        <source>invalid %1: %2</source>
        <translation>invalid %1: %2</translation>
    </message>
    <message>
        <source>missing management roles: %1 (ask an Organization Management member to assign them; nothing was changed)</source>
        <translation>missing management roles: %1 (ask an Organization Management member to assign them; nothing was changed)</translation>
    </message>
    <message>
        <source>    found: %1</source>
        <translation>    found: %1</translation>
    </message>
    <message>
        <source>    plan:  %1</source>
        <translation>    plan:  %1</translation>
    </message>
    <message>
        <source>    conflict: %1</source>
        <translation>    conflict: %1</translation>
    </message>
    <message>
        <source>    to resolve: %1</source>
        <translation>    to resolve: %1</translation>
    </message>
    <message>
        <source>    warning: %1</source>
        <translation>    warning: %1</translation>
    </message>
    <message>
        <source>Exchange: %1 %2 on %3</source>
        <translation>Exchange: %1 %2 on %3</translation>
    </message>
    <message>
        <source>Journal rules: %1; remote domains: %2; send connectors: %3; transport servers: %4</source>
        <translation>Journal rules: %1; remote domains: %2; send connectors: %3; transport servers: %4</translation>
    </message>
    <message>
        <source>Management roles: all needed roles are granted</source>
        <translation>Management roles: all needed roles are granted</translation>
    </message>
    <message>
        <source>Missing management roles: %1 (cmdlets: %2)</source>
        <translation>Missing management roles: %1 (cmdlets: %2)</translation>
    </message>
    <message>
        <source>Read error: %1</source>
        <translation>Read error: %1</translation>
    </message>
    <message>
        <source>Exchange: version unknown (Get-ExchangeServer could not be read; see the roles below)</source>
        <translation>Exchange: version unknown (Get-ExchangeServer could not be read; see the roles below)</translation>
    </message>
    <message>
        <source>evidence: %1</source>
        <translation>evidence: %1</translation>
    </message>
    <message>
        <source>what to do: %1</source>
        <translation>what to do: %1</translation>
    </message>
    <message>
        <source>command (not run by this check): %1</source>
        <translation>command (not run by this check): %1</translation>
    </message>
</context>
<context>
    <name>cli::CliRun</name>
    <message>
        <source>No change journal found in %1; pass --journal FILE.</source>
        <translation>No change journal found in %1; pass --journal FILE.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>Undoing the changes recorded in %1</source>
        <translation>Undoing the changes recorded in %1</translation>
    </message>
    <message>
        <source>Protocol %1, PowerShell %2, serialization %3%4</source>
        <translation>Protocol %1, PowerShell %2, serialization %3%4</translation>
    </message>
    <message>
        <source>, build %1</source>
        <translation>, build %1</translation>
    </message>
    <message>
        <source>Reading the Exchange configuration…</source>
        <translation>Reading the Exchange configuration…</translation>
    </message>
    <message>
        <source>Round trip (discovery pipeline): %1 ms</source>
        <translation>Round trip (discovery pipeline): %1 ms</translation>
    </message>
    <message>
        <source>Invalid input: nothing was changed. Correct the settings above and run again.</source>
        <translation>Invalid input: nothing was changed. Correct the settings above and run again.</translation>
    </message>
    <message>
        <source>Missing management roles: %1. Nothing was changed.</source>
        <translation>Missing management roles: %1. Nothing was changed.</translation>
    </message>
    <message>
        <source>A conflict needs your decision (see &quot;to resolve&quot; above). Nothing was changed.</source>
        <translation>A conflict needs your decision (see &quot;to resolve&quot; above). Nothing was changed.</translation>
    </message>
    <message>
        <source>Run apply to make these changes.</source>
        <translation>Run apply to make these changes.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nothing to change.</translation>
    </message>
    <message>
        <source>Verification failed: the configuration differs from the settings (see the steps above). Run apply to fix it.</source>
        <translation>Verification failed: the configuration differs from the settings (see the steps above). Run apply to fix it.</translation>
    </message>
    <message>
        <source>Verified: the live configuration matches the settings.</source>
        <translation>Verified: the live configuration matches the settings.</translation>
    </message>
    <message>
        <source>Apply these changes to %1? [y/N] </source>
        <translation>Apply these changes to %1? [y/N] </translation>
    </message>
    <message>
        <source>Nothing was changed (not confirmed; pass --yes to apply without asking).</source>
        <translation>Nothing was changed (not confirmed; pass --yes to apply without asking).</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>Change journal: %1</source>
        <translation>Change journal: %1</translation>
    </message>
    <message>
        <source>Undone and verified.</source>
        <translation>Undone and verified.</translation>
    </message>
    <message>
        <source>Done: every change was verified.</source>
        <translation>Done: every change was verified.</translation>
    </message>
    <message>
        <source>Log: %1</source>
        <translation>Log: %1</translation>
    </message>
    <message>
        <source>Missing management roles: %1.</source>
        <translation>Missing management roles: %1.</translation>
    </message>
    <message>
        <source>Checking that journal reports reach the archive (read-only)…</source>
        <translation>Checking that journal reports reach the archive (read-only)…</translation>
    </message>
    <message>
        <source>Configuration:</source>
        <translation>Configuration:</translation>
    </message>
    <message>
        <source>Queues: not read.</source>
        <translation>Queues: not read.</translation>
    </message>
    <message>
        <source>Queues (%1):</source>
        <translation>Queues (%1):</translation>
    </message>
    <message>
        <source>Waiting up to %1 s for the first journal report to leave (since %2)…</source>
        <translation>Waiting up to %1 s for the first journal report to leave (since %2)…</translation>
    </message>
    <message>
        <source>Delivery (message tracking since %1):</source>
        <translation>Delivery (message tracking since %1):</translation>
    </message>
    <message>
        <source>To finish the undo, run it again: %1</source>
        <translation>To finish the undo, run it again: %1</translation>
    </message>
    <message>
        <source>To roll back what this run changed: %1</source>
        <translation>To roll back what this run changed: %1</translation>
    </message>
    <message>
        <source>Interrupted: nothing was changed.</source>
        <translation>Interrupted: nothing was changed.</translation>
    </message>
    <message>
        <source>Interrupted: the undo stopped after the step in flight; the steps marked Verified above were undone.</source>
        <translation>Interrupted: the undo stopped after the step in flight; the steps marked Verified above were undone.</translation>
    </message>
    <message>
        <source>Interrupted: stopped after the step in flight; the steps marked Verified above were made, later steps were not attempted.</source>
        <translation>Interrupted: stopped after the step in flight; the steps marked Verified above were made, later steps were not attempted.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>Stopped at the failed step; later steps were not attempted. %1</source>
        <translation>Stopped at the failed step; later steps were not attempted. %1</translation>
    </message>
    <message>
        <source>Stopped at the failed step; later steps were not attempted. To roll back: %1</source>
        <translation>Stopped at the failed step; later steps were not attempted. To roll back: %1</translation>
    </message>
    <message>
        <source>Interrupted: the check stopped early (it changes nothing).</source>
        <translation>Interrupted: the check stopped early (it changes nothing).</translation>
    </message>
    <message>
        <source>open a session</source>
        <translation>open a session</translation>
    </message>
    <message>
        <source>answer %1</source>
        <translation>answer %1</translation>
    </message>
    <message>
        <source>delete the remote shell</source>
        <translation>delete the remote shell</translation>
    </message>
    <message>
        <source>still waiting for %1 to %2 (%3 s)…</source>
        <translation>still waiting for %1 to %2 (%3 s)…</translation>
    </message>
    <message>
        <source>%1 did not %2 within %3 s (--timeout %3).</source>
        <translation>%1 did not %2 within %3 s (--timeout %3).</translation>
    </message>
    <message>
        <source>The step in flight, %1, is unconfirmed: it may or may not have been made. Run verify to see the live configuration.</source>
        <translation>The step in flight, %1, is unconfirmed: it may or may not have been made. Run verify to see the live configuration.</translation>
    </message>
    <message>
        <source>The remote shell on %1 was not deleted (the connection is still waiting); the server removes it when it times out.</source>
        <translation>The remote shell on %1 was not deleted (the connection is still waiting); the server removes it when it times out.</translation>
    </message>
    <message>
        <source>Interrupted while reading the configuration: nothing was changed.</source>
        <translation>Interrupted while reading the configuration: nothing was changed.</translation>
    </message>
    <message>
        <source>Interrupted: finishing the step in flight and reading it back, then stopping (interrupt again to stop at once).</source>
        <translation>Interrupted: finishing the step in flight and reading it back, then stopping (interrupt again to stop at once).</translation>
    </message>
    <message>
        <source>Interrupted again: stopping at once.</source>
        <translation>Interrupted again: stopping at once.</translation>
    </message>
    <message>
        <source>The step in flight, %1, is unconfirmed: it may or may not have been made.</source>
        <translation>The step in flight, %1, is unconfirmed: it may or may not have been made.</translation>
    </message>
    <message>
        <source>The remote shell on %1 was not deleted; the server removes it when it times out.</source>
        <translation>The remote shell on %1 was not deleted; the server removes it when it times out.</translation>
    </message>
    <message>
        <source>y,yes</source>
        <comment>the lower-case answers meaning yes to the [y/N] questions, comma-separated; the first one is the letter the translated questions show</comment>
        <translation>y,yes</translation>
    </message>
    <message>
        <source>Undo the changes recorded in %1 on %2? [y/N] </source>
        <translation>Undo the changes recorded in %1 on %2? [y/N] </translation>
    </message>
    <message>
        <source>Interrupted: nothing was undone.</source>
        <translation>Interrupted: nothing was undone.</translation>
    </message>
    <message>
        <source>Nothing was undone (not confirmed; pass --yes to undo without asking).</source>
        <translation>Nothing was undone (not confirmed; pass --yes to undo without asking).</translation>
    </message>
    <message>
        <source>Undo refused (see the steps marked Refused above). Nothing was undone.</source>
        <translation>Undo refused (see the steps marked Refused above). Nothing was undone.</translation>
    </message>
    <message>
        <source>Cancelled; the steps above marked Verified were made, those marked Skipped were not.</source>
        <translation>Cancelled; the steps above marked Verified were made, those marked Skipped were not.</translation>
    </message>
    <message>
        <source>The changes ended without a confirmed outcome; the steps marked Failed above may or may not have been made (run verify). To roll back: %1</source>
        <translation>The changes ended without a confirmed outcome; the steps marked Failed above may or may not have been made (run verify). To roll back: %1</translation>
    </message>
    <message>
        <source>Stopped after --timeout: %1 took longer than %2 s, so the changes were stopped after the step in flight.</source>
        <translation>Stopped after --timeout: %1 took longer than %2 s, so the changes were stopped after the step in flight.</translation>
    </message>
    <message>
        <source>Stopped after --timeout: %1 took longer than %2 s, and the stop was not confirmed.</source>
        <translation>Stopped after --timeout: %1 took longer than %2 s, and the stop was not confirmed.</translation>
    </message>
    <message>
        <source>The steps marked Verified above were made.</source>
        <translation>The steps marked Verified above were made.</translation>
    </message>
    <message>
        <source>The steps marked Skipped were not attempted.</source>
        <translation>The steps marked Skipped were not attempted.</translation>
    </message>
    <message>
        <source>The steps marked Failed may or may not have been made: run verify.</source>
        <translation>The steps marked Failed may or may not have been made: run verify.</translation>
    </message>
    <message>
        <source>stop the changes and read back the step in flight</source>
        <translation>stop the changes and read back the step in flight</translation>
    </message>
    <message>
        <source>%1 did not %2 within %3 s either.</source>
        <translation>%1 did not %2 within %3 s either.</translation>
    </message>
    <message>
        <source>The server did not confirm the stop, so the steps after it may still be made.</source>
        <translation>The server did not confirm the stop, so the steps after it may still be made.</translation>
    </message>
    <message>
        <source>Stopping the changes: the step in flight, %1, is read back once the server has ended it, and the steps after it are not made (waiting at most %2 s).</source>
        <translation>Stopping the changes: the step in flight, %1, is read back once the server has ended it, and the steps after it are not made (waiting at most %2 s).</translation>
    </message>
    <message>
        <source>Interrupted: already stopping after the step in flight (interrupt again to stop at once).</source>
        <translation>Interrupted: already stopping after the step in flight (interrupt again to stop at once).</translation>
    </message>
</context>
<context>
    <name>cli::GuiDisplay</name>
    <message>
        <source>there is no display (DISPLAY and WAYLAND_DISPLAY are not set)</source>
        <translation>there is no display (DISPLAY and WAYLAND_DISPLAY are not set)</translation>
    </message>
    <message>
        <source>there is no display for QT_QPA_PLATFORM=%1</source>
        <translation>there is no display for QT_QPA_PLATFORM=%1</translation>
    </message>
</context>
<context>
    <name>cli::Subcommand</name>
    <message>
        <source>read the configuration and show what apply would change</source>
        <translation>read the configuration and show what apply would change</translation>
    </message>
    <message>
        <source>make the changes, read each one back, write a change journal</source>
        <translation>make the changes, read each one back, write a change journal</translation>
    </message>
    <message>
        <source>exit 0 when the live configuration matches</source>
        <translation>exit 0 when the live configuration matches</translation>
    </message>
    <message>
        <source>roll back the changes of a change journal</source>
        <translation>roll back the changes of a change journal</translation>
    </message>
    <message>
        <source>print the PowerShell that apply would run</source>
        <translation>print the PowerShell that apply would run</translation>
    </message>
    <message>
        <source>show versions, management roles and the round-trip time</source>
        <translation>show versions, management roles and the round-trip time</translation>
    </message>
    <message>
        <source>check that journal reports reach the archive (read-only; exit 4: not yet proven)</source>
        <translation>check that journal reports reach the archive (read-only; exit 4: not yet proven)</translation>
    </message>
</context>
<context>
    <name>cli::WizardArguments</name>
    <message>
        <source>Passwords are never accepted on the command line.</source>
        <translation>Passwords are never accepted on the command line.</translation>
    </message>
    <message>
        <source>The wizard takes --server URL, --trust-fingerprint HEX and --lang xx; the command line starts with a command (%1); see securestore-setup --help.</source>
        <translation>The wizard takes --server URL, --trust-fingerprint HEX and --lang xx; the command line starts with a command (%1); see securestore-setup --help.</translation>
    </message>
    <message>
        <source>Unknown option &quot;--%1&quot;; did you mean &quot;--%2&quot;?</source>
        <translation>Unknown option &quot;--%1&quot;; did you mean &quot;--%2&quot;?</translation>
    </message>
    <message>
        <source>Unknown option &quot;--%1&quot;. %2</source>
        <translation>Unknown option &quot;--%1&quot;. %2</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. %2</source>
        <translation>Unexpected argument &quot;%1&quot;. %2</translation>
    </message>
    <message>
        <source>--%1 was given %2 times; give it once.</source>
        <translation>--%1 was given %2 times; give it once.</translation>
    </message>
    <message>
        <source>The server address must not contain a user name or password; the wizard asks for them.</source>
        <translation>The server address must not contain a user name or password; the wizard asks for them.</translation>
    </message>
</context>
<context>
    <name>credentials::KeychainCredentialStore</name>
    <message>
        <source>No password is saved for this server and user.</source>
        <translation>No password is saved for this server and user.</translation>
    </message>
    <message>
        <source>The system keychain refused access. Unlock it and try again.</source>
        <translation>The system keychain refused access. Unlock it and try again.</translation>
    </message>
    <message>
        <source>No system keychain is available, so the password cannot be remembered. Enter it each time.</source>
        <translation>No system keychain is available, so the password cannot be remembered. Enter it each time.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>The system keychain reported an error: %1</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <source>journals %1 messages of %2 to %3 (%4)</source>
        <translation>journals %1 messages of %2 to %3 (%4)</translation>
    </message>
    <message>
        <source>(no scope)</source>
        <translation>(no scope)</translation>
    </message>
    <message>
        <source>all recipients</source>
        <translation>all recipients</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>enabled</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>Ask an Exchange administrator to add your account to a role group with the &quot;%1&quot; management role (it grants %2), or run the check as a member of Organization Management.</source>
        <translation>Ask an Exchange administrator to add your account to a role group with the &quot;%1&quot; management role (it grants %2), or run the check as a member of Organization Management.</translation>
    </message>
    <message>
        <source>The check cannot read %1: your account lacks the &quot;%2&quot; management role.</source>
        <translation>The check cannot read %1: your account lacks the &quot;%2&quot; management role.</translation>
    </message>
    <message>
        <source>There is no journal rule named &apos;%1&apos;: no journal reports are created.</source>
        <translation>There is no journal rule named &apos;%1&apos;: no journal reports are created.</translation>
    </message>
    <message>
        <source>No journal rules exist.</source>
        <translation>No journal rules exist.</translation>
    </message>
    <message>
        <source>Journal rules: %1</source>
        <translation>Journal rules: %1</translation>
    </message>
    <message>
        <source>Run the setup again to create the journal rule.</source>
        <translation>Run the setup again to create the journal rule.</translation>
    </message>
    <message>
        <source>Rule &apos;%1&apos;: Enabled %2, Scope %3, JournalEmailAddress %4</source>
        <translation>Rule &apos;%1&apos;: Enabled %2, Scope %3, JournalEmailAddress %4</translation>
    </message>
    <message>
        <source>The journal rule &apos;%1&apos; is disabled: no journal reports are created.</source>
        <translation>The journal rule &apos;%1&apos; is disabled: no journal reports are created.</translation>
    </message>
    <message>
        <source>Enable the rule (or run the setup again, which enables it).</source>
        <translation>Enable the rule (or run the setup again, which enables it).</translation>
    </message>
    <message>
        <source>The journal rule sends to %1, not to %2.</source>
        <translation>The journal rule sends to %1, not to %2.</translation>
    </message>
    <message>
        <source>Re-copy the journaling address from the Mailprotector Console and run the setup again with it.</source>
        <translation>Re-copy the journaling address from the Mailprotector Console and run the setup again with it.</translation>
    </message>
    <message>
        <source>The journal rule only journals external mail (Scope External); internal mail is not archived.</source>
        <translation>The journal rule only journals external mail (Scope External); internal mail is not archived.</translation>
    </message>
    <message>
        <source>Run the setup again: it sets the rule&apos;s scope to Internal.</source>
        <translation>Run the setup again: it sets the rule&apos;s scope to Internal.</translation>
    </message>
    <message>
        <source>The journal rule only journals mail of %1.</source>
        <translation>The journal rule only journals mail of %1.</translation>
    </message>
    <message>
        <source>The journal rule &apos;%1&apos; is enabled (scope %2) and sends to %3.</source>
        <translation>The journal rule &apos;%1&apos; is enabled (scope %2) and sends to %3.</translation>
    </message>
    <message>
        <source>No mailbox receives undeliverable journal reports: reports the archive does not accept are retried for two days and then lost.</source>
        <translation>No mailbox receives undeliverable journal reports: reports the archive does not accept are retried for two days and then lost.</translation>
    </message>
    <message>
        <source>Run the setup again to set the mailbox for undeliverable journal reports.</source>
        <translation>Run the setup again to set the mailbox for undeliverable journal reports.</translation>
    </message>
    <message>
        <source>Undeliverable journal reports go to the journaling address itself.</source>
        <translation>Undeliverable journal reports go to the journaling address itself.</translation>
    </message>
    <message>
        <source>Undeliverable journal reports go to %1, not to %2.</source>
        <translation>Undeliverable journal reports go to %1, not to %2.</translation>
    </message>
    <message>
        <source>Undeliverable journal reports go to %1.</source>
        <translation>Undeliverable journal reports go to %1.</translation>
    </message>
    <message>
        <source>The send connector &apos;%1&apos; to the SecureStore smart host does not exist.</source>
        <translation>The send connector &apos;%1&apos; to the SecureStore smart host does not exist.</translation>
    </message>
    <message>
        <source>Run the setup again to create it, or clear the smart host if mail does not relay through Mailprotector.</source>
        <translation>Run the setup again to create it, or clear the smart host if mail does not relay through Mailprotector.</translation>
    </message>
    <message>
        <source>Connector &apos;%1&apos;: Enabled %2, AddressSpaces %3, SmartHosts %4</source>
        <translation>Connector &apos;%1&apos;: Enabled %2, AddressSpaces %3, SmartHosts %4</translation>
    </message>
    <message>
        <source>The send connector &apos;%1&apos; is disabled.</source>
        <translation>The send connector &apos;%1&apos; is disabled.</translation>
    </message>
    <message>
        <source>The send connector &apos;%1&apos; does not route %2.</source>
        <translation>The send connector &apos;%1&apos; does not route %2.</translation>
    </message>
    <message>
        <source>Run the setup again: it sets the connector&apos;s address space to the archive domain.</source>
        <translation>Run the setup again: it sets the connector&apos;s address space to the archive domain.</translation>
    </message>
    <message>
        <source>The send connector &apos;%1&apos; routes %2 to %3.</source>
        <translation>The send connector &apos;%1&apos; routes %2 to %3.</translation>
    </message>
    <message>
        <source>No remote domain for %1: journal reports may carry winmail.dat attachments.</source>
        <translation>No remote domain for %1: journal reports may carry winmail.dat attachments.</translation>
    </message>
    <message>
        <source>Run the setup again to add the remote domain.</source>
        <translation>Run the setup again to add the remote domain.</translation>
    </message>
    <message>
        <source>The remote domain &apos;%1&apos; does not turn winmail.dat off.</source>
        <translation>The remote domain &apos;%1&apos; does not turn winmail.dat off.</translation>
    </message>
    <message>
        <source>The remote domain &apos;%1&apos; keeps winmail.dat out of journal reports.</source>
        <translation>The remote domain &apos;%1&apos; keeps winmail.dat out of journal reports.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, next hop %3): %4, %n message(s)</source>
        <translation>
            <numerusform>%1 (%2, next hop %3): %4, %n message</numerusform>
            <numerusform>%1 (%2, next hop %3): %4, %n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>retried %1 times</source>
        <translation>retried %1 times</translation>
    </message>
    <message>
        <source>retrying since %1</source>
        <translation>retrying since %1</translation>
    </message>
    <message>
        <source>next retry %1</source>
        <translation>next retry %1</translation>
    </message>
    <message>
        <source>last error: %1</source>
        <translation>last error: %1</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;, which the run had created.</source>
        <translation>Removed &quot;%1&quot;, which the run had created.</translation>
    </message>
    <message>
        <source>Cleared the mailbox for undeliverable journal reports (it was unset).</source>
        <translation>Cleared the mailbox for undeliverable journal reports (it was unset).</translation>
    </message>
    <message>
        <source>Restored %1 as the mailbox for undeliverable journal reports.</source>
        <translation>Restored %1 as the mailbox for undeliverable journal reports.</translation>
    </message>
    <message>
        <source>Disabled the journal rule &quot;%1&quot; again.</source>
        <translation>Disabled the journal rule &quot;%1&quot; again.</translation>
    </message>
    <message>
        <source>Restored the settings of the remote domain &quot;%1&quot;.</source>
        <translation>Restored the settings of the remote domain &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>exchange::AddressSyntax</name>
    <message>
        <source>The domain is missing.</source>
        <translation>The domain is missing.</translation>
    </message>
    <message>
        <source>The domain is longer than 253 characters.</source>
        <translation>The domain is longer than 253 characters.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; isn&apos;t a valid SMTP domain: it needs at least two labels, like example.com.</source>
        <translation>&quot;%1&quot; isn&apos;t a valid SMTP domain: it needs at least two labels, like example.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; isn&apos;t a valid SMTP domain.</source>
        <translation>&quot;%1&quot; isn&apos;t a valid SMTP domain.</translation>
    </message>
    <message>
        <source>The address is empty.</source>
        <translation>The address is empty.</translation>
    </message>
    <message>
        <source>The address is %1 characters long; an SMTP address has at most %2.</source>
        <translation>The address is %1 characters long; an SMTP address has at most %2.</translation>
    </message>
    <message>
        <source>Enter only the address itself (local@domain), without a display name, quotes or angle brackets.</source>
        <translation>Enter only the address itself (local@domain), without a display name, quotes or angle brackets.</translation>
    </message>
    <message>
        <source>The address contains spaces or control characters; enter only local@domain.</source>
        <translation>The address contains spaces or control characters; enter only local@domain.</translation>
    </message>
    <message>
        <source>The address must have exactly one @, like journal@archive.example.com.</source>
        <translation>The address must have exactly one @, like journal@archive.example.com.</translation>
    </message>
    <message>
        <source>The part before @ must be 1 to 64 characters long.</source>
        <translation>The part before @ must be 1 to 64 characters long.</translation>
    </message>
    <message>
        <source>The part before @ cannot start or end with a dot or contain two dots in a row.</source>
        <translation>The part before @ cannot start or end with a dot or contain two dots in a row.</translation>
    </message>
    <message>
        <source>The part before @ contains the character &apos;%1&apos;, which an SMTP address cannot have unquoted.</source>
        <translation>The part before @ contains the character &apos;%1&apos;, which an SMTP address cannot have unquoted.</translation>
    </message>
    <message>
        <source>You must specify a smart host if you are not using DNS to route mails.</source>
        <translation>You must specify a smart host if you are not using DNS to route mails.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IP address or host name.</source>
        <translation>&quot;%1&quot; is not a valid IP address or host name.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an IPv6 address; Exchange takes a smart host only as a host name or an IPv4 address. Enter the smart host&apos;s name.</source>
        <translation>&quot;%1&quot; is an IPv6 address; Exchange takes a smart host only as a host name or an IPv4 address. Enter the smart host&apos;s name.</translation>
    </message>
</context>
<context>
    <name>exchange::ChangeJournal</name>
    <message>
        <source>Cannot read the change journal %1: %2</source>
        <translation>Cannot read the change journal %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a change journal of this tool.</source>
        <translation>%1 is not a change journal of this tool.</translation>
    </message>
    <message>
        <source>The change journal has no file.</source>
        <translation>The change journal has no file.</translation>
    </message>
    <message>
        <source>Cannot write the change journal %1: %2</source>
        <translation>Cannot write the change journal %1: %2</translation>
    </message>
</context>
<context>
    <name>exchange::ErrorAdvice</name>
    <message>
        <source>the server</source>
        <translation>the server</translation>
    </message>
    <message>
        <source>Check the spelling, use the server&apos;s full name (for example ex01.contoso.com), and make sure this computer uses the organisation&apos;s DNS servers.</source>
        <translation>Check the spelling, use the server&apos;s full name (for example ex01.contoso.com), and make sure this computer uses the organisation&apos;s DNS servers.</translation>
    </message>
    <message>
        <source>Check that port %1 is the right one (Exchange: 80 for http://, 443 for https://; a WinRM listener: 5985 or 5986) and that IIS and the PowerShell virtual directory are running on %2.</source>
        <translation>Check that port %1 is the right one (Exchange: 80 for http://, 443 for https://; a WinRM listener: 5985 or 5986) and that IIS and the PowerShell virtual directory are running on %2.</translation>
    </message>
    <message>
        <source>Check that this computer has a route to %1 (VPN, firewall: port %2 must be open) and try again.</source>
        <translation>Check that this computer has a route to %1 (VPN, firewall: port %2 must be open) and try again.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, check the server&apos;s event log and any proxy or load balancer in between.</source>
        <translation>Try again; if it keeps happening, check the server&apos;s event log and any proxy or load balancer in between.</translation>
    </message>
    <message>
        <source>The server may be busy, or a firewall may drop the traffic to port %1. Try again; if it keeps happening, check the network path to %2.</source>
        <translation>The server may be busy, or a firewall may drop the traffic to port %1. Try again; if it keeps happening, check the network path to %2.</translation>
    </message>
    <message>
        <source>Compare the SHA-256 fingerprint with the server&apos;s certificate (on the server: Get-ExchangeCertificate, or the IIS binding). If they match, trust exactly this certificate (the wizard offers it; on the command line pass --trust-fingerprint), or install a certificate this computer trusts on the server.</source>
        <translation>Compare the SHA-256 fingerprint with the server&apos;s certificate (on the server: Get-ExchangeCertificate, or the IIS binding). If they match, trust exactly this certificate (the wizard offers it; on the command line pass --trust-fingerprint), or install a certificate this computer trusts on the server.</translation>
    </message>
    <message>
        <source>The certificate is trusted but not issued for the name %1. Use the name the certificate is issued for in the address, or install a certificate for %1 on the server.</source>
        <translation>The certificate is trusted but not issued for the name %1. Use the name the certificate is issued for in the address, or install a certificate for %1 on the server.</translation>
    </message>
    <message>
        <source>If the server&apos;s certificate was replaced, confirm the new fingerprint with its administrator and trust that one instead. Otherwise do not connect: something may be intercepting the connection.</source>
        <translation>If the server&apos;s certificate was replaced, confirm the new fingerprint with its administrator and trust that one instead. Otherwise do not connect: something may be intercepting the connection.</translation>
    </message>
    <message>
        <source>Check that the server offers HTTPS with TLS 1.2 or later on port %1, or use http:// with Kerberos or NTLM, which encrypt the session themselves.</source>
        <translation>Check that the server offers HTTPS with TLS 1.2 or later on port %1, or use http:// with Kerberos or NTLM, which encrypt the session themselves.</translation>
    </message>
    <message>
        <source>Use an https:// address (for example https://%1/PowerShell), or choose Kerberos or NTLM, which encrypt the session over http.</source>
        <translation>Use an https:// address (for example https://%1/PowerShell), or choose Kerberos or NTLM, which encrypt the session over http.</translation>
    </message>
    <message>
        <source>Check the user name (DOMAIN\user or user@domain), the password and Caps Lock, and that Basic authentication is enabled on the PowerShell virtual directory.</source>
        <translation>Check the user name (DOMAIN\user or user@domain), the password and Caps Lock, and that Basic authentication is enabled on the PowerShell virtual directory.</translation>
    </message>
    <message>
        <source>Check the user name (DOMAIN\user or user@domain), the password and Caps Lock, and that Windows (NTLM) authentication is enabled on the server.</source>
        <translation>Check the user name (DOMAIN\user or user@domain), the password and Caps Lock, and that Windows (NTLM) authentication is enabled on the server.</translation>
    </message>
    <message>
        <source>Check the user name (user@REALM, for example admin@CONTOSO.COM), the password and Caps Lock, that %1 is the name the server&apos;s SPN is registered for (HTTP/&lt;fqdn&gt;), and that Kerberos is enabled on the server.</source>
        <translation>Check the user name (user@REALM, for example admin@CONTOSO.COM), the password and Caps Lock, that %1 is the name the server&apos;s SPN is registered for (HTTP/&lt;fqdn&gt;), and that Kerberos is enabled on the server.</translation>
    </message>
    <message>
        <source>Change the password, or ask an administrator to enable or unlock the account, then try again.</source>
        <translation>Change the password, or ask an administrator to enable or unlock the account, then try again.</translation>
    </message>
    <message>
        <source>Run &quot;kinit user@REALM&quot; (or log on to the domain) first, or enter a user name and password.</source>
        <translation>Run &quot;kinit user@REALM&quot; (or log on to the domain) first, or enter a user name and password.</translation>
    </message>
    <message>
        <source>Enter a user name (DOMAIN\user) and password.</source>
        <translation>Enter a user name (DOMAIN\user) and password.</translation>
    </message>
    <message>
        <source>Choose another sign-in method, or install this computer&apos;s support for it (Kerberos: the krb5 libraries; NTLM: gss-ntlmssp).</source>
        <translation>Choose another sign-in method, or install this computer&apos;s support for it (Kerberos: the krb5 libraries; NTLM: gss-ntlmssp).</translation>
    </message>
    <message>
        <source>Check the network connection and DNS (the realm&apos;s _kerberos SRV records), or the realm&apos;s kdc entries in krb5.conf; or choose NTLM.</source>
        <translation>Check the network connection and DNS (the realm&apos;s _kerberos SRV records), or the realm&apos;s kdc entries in krb5.conf; or choose NTLM.</translation>
    </message>
    <message>
        <source>Kerberos needs the server&apos;s full DNS name as registered in Active Directory (SPN HTTP/&lt;fqdn&gt;): IP addresses, aliases and load-balancer names fail unless an alternate service account is set up. Use the server&apos;s FQDN in the address, for example http://ex01.contoso.com/PowerShell, or choose NTLM.</source>
        <translation>Kerberos needs the server&apos;s full DNS name as registered in Active Directory (SPN HTTP/&lt;fqdn&gt;): IP addresses, aliases and load-balancer names fail unless an alternate service account is set up. Use the server&apos;s FQDN in the address, for example http://ex01.contoso.com/PowerShell, or choose NTLM.</translation>
    </message>
    <message>
        <source>Correct this computer&apos;s date, time and time zone, then try again.</source>
        <translation>Correct this computer&apos;s date, time and time zone, then try again.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, choose another sign-in method. The log has the technical details.</source>
        <translation>Try again; if it keeps happening, choose another sign-in method. The log has the technical details.</translation>
    </message>
    <message>
        <source>The account needs remote PowerShell enabled (Set-User -RemotePowerShellEnabled $true) and a management role such as Organization Management. The PowerShell virtual directory may also require SSL: then use https://.</source>
        <translation>The account needs remote PowerShell enabled (Set-User -RemotePowerShellEnabled $true) and a management role such as Organization Management. The PowerShell virtual directory may also require SSL: then use https://.</translation>
    </message>
    <message>
        <source>Use http://&lt;server&gt;/PowerShell for Exchange, or the WinRM listener https://&lt;server&gt;:5986/wsman.</source>
        <translation>Use http://&lt;server&gt;/PowerShell for Exchange, or the WinRM listener https://&lt;server&gt;:5986/wsman.</translation>
    </message>
    <message>
        <source>The service is overloaded or restarting. Try again in a few minutes.</source>
        <translation>The service is overloaded or restarting. Try again in a few minutes.</translation>
    </message>
    <message>
        <source>Check the MSExchangePowerShellAppPool application pool and the Exchange server&apos;s event log, then try again.</source>
        <translation>Check the MSExchangePowerShellAppPool application pool and the Exchange server&apos;s event log, then try again.</translation>
    </message>
    <message>
        <source>Check that the address points at an Exchange server&apos;s PowerShell endpoint, not at a web page or a proxy.</source>
        <translation>Check that the address points at an Exchange server&apos;s PowerShell endpoint, not at a web page or a proxy.</translation>
    </message>
    <message>
        <source>Check that the address is an Exchange PowerShell endpoint. The log has the technical details for support.</source>
        <translation>Check that the address is an Exchange PowerShell endpoint. The log has the technical details for support.</translation>
    </message>
    <message>
        <source>Connect again: test the connection again in the wizard, or run the command again.</source>
        <translation>Connect again: test the connection again in the wizard, or run the command again.</translation>
    </message>
</context>
<context>
    <name>exchange::HealthCheck</name>
    <message>
        <source>Part of the configuration could not be read.</source>
        <translation>Part of the configuration could not be read.</translation>
    </message>
    <message>
        <source>Delivery cannot be proven: reading message tracking needs the &quot;%1&quot; management role.</source>
        <translation>Delivery cannot be proven: reading message tracking needs the &quot;%1&quot; management role.</translation>
    </message>
    <message>
        <source>Message tracking is turned off on %1.</source>
        <translation>Message tracking is turned off on %1.</translation>
    </message>
    <message>
        <source>Subject logging is turned off on %1: journal reports are shown without their subjects.</source>
        <translation>Subject logging is turned off on %1: journal reports are shown without their subjects.</translation>
    </message>
    <message>
        <source>A read failed: %1</source>
        <translation>A read failed: %1</translation>
    </message>
    <message>
        <source>Message tracking returned more entries than the check reads; pass a later start time to see the newest.</source>
        <translation>Message tracking returned more entries than the check reads; pass a later start time to see the newest.</translation>
    </message>
    <message>
        <source>%1 %2, connector %3, %4</source>
        <translation>%1 %2, connector %3, %4</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>the NDR was delivered to %1 at %2</source>
        <translation>the NDR was delivered to %1 at %2</translation>
    </message>
    <message>
        <source>no mailbox receives undeliverable journal reports: the report is lost</source>
        <translation>no mailbox receives undeliverable journal reports: the report is lost</translation>
    </message>
    <message>
        <source>No journal report to %1 since %2.</source>
        <translation>No journal report to %1 since %2.</translation>
    </message>
    <message>
        <source>To create a journal report now, send an internal message or run Test-Mailflow on the server you connected to, then check again.</source>
        <translation>To create a journal report now, send an internal message or run Test-Mailflow on the server you connected to, then check again.</translation>
    </message>
    <message>
        <source>Some configuration reads are not granted; asking which are.</source>
        <translation>Some configuration reads are not granted; asking which are.</translation>
    </message>
    <message>
        <source>The configuration could not be read: %1</source>
        <translation>The configuration could not be read: %1</translation>
    </message>
    <message>
        <source>the pipeline failed</source>
        <translation>the pipeline failed</translation>
    </message>
    <message>
        <source>Health check: %1</source>
        <translation>Health check: %1</translation>
    </message>
    <message>
        <source>A health check is already running.</source>
        <translation>A health check is already running.</translation>
    </message>
    <message>
        <source>Not connected to Exchange.</source>
        <translation>Not connected to Exchange.</translation>
    </message>
    <message>
        <source>Health check: reading the configuration…</source>
        <translation>Health check: reading the configuration…</translation>
    </message>
</context>
<context>
    <name>exchange::HealthReport</name>
    <message>
        <source>(subject not logged)</source>
        <translation>(subject not logged)</translation>
    </message>
    <message>
        <source>journal report for &apos;%1&apos; handed to %2 at %3 (%4)</source>
        <translation>journal report for &apos;%1&apos; handed to %2 at %3 (%4)</translation>
    </message>
    <message>
        <source>journal report for &apos;%1&apos; rejected at %2 (%3)</source>
        <translation>journal report for &apos;%1&apos; rejected at %2 (%3)</translation>
    </message>
    <message>
        <source>journal report for &apos;%1&apos; deferred at %2 (%3)</source>
        <translation>journal report for &apos;%1&apos; deferred at %2 (%3)</translation>
    </message>
    <message>
        <source>journal report for &apos;%1&apos; created at %2, not yet handed on</source>
        <translation>journal report for &apos;%1&apos; created at %2, not yet handed on</translation>
    </message>
    <message>
        <source>Proven: journal reports leave the organisation for the archive.</source>
        <translation>Proven: journal reports leave the organisation for the archive.</translation>
    </message>
    <message>
        <source>Failing: journal reports do not reach the archive; the findings say why and what to do.</source>
        <translation>Failing: journal reports do not reach the archive; the findings say why and what to do.</translation>
    </message>
    <message>
        <source>Not yet proven: reading message tracking needs the Message Tracking role (Organization Management, Records Management or Recipient Management). Nothing is stuck in the queues.</source>
        <translation>Not yet proven: reading message tracking needs the Message Tracking role (Organization Management, Records Management or Recipient Management). Nothing is stuck in the queues.</translation>
    </message>
    <message>
        <source>Not yet proven: message tracking is turned off on the transport servers, so delivery cannot be followed. Nothing is stuck in the queues.</source>
        <translation>Not yet proven: message tracking is turned off on the transport servers, so delivery cannot be followed. Nothing is stuck in the queues.</translation>
    </message>
    <message>
        <source>Not yet proven: journal reports were created but none has been handed to the archive yet. Check again in a few minutes.</source>
        <translation>Not yet proven: journal reports were created but none has been handed to the archive yet. Check again in a few minutes.</translation>
    </message>
    <message>
        <source>Not yet proven: no journal report left the organisation within the wait. Nothing is stuck in the queues; check again later.</source>
        <translation>Not yet proven: no journal report left the organisation within the wait. Nothing is stuck in the queues; check again later.</translation>
    </message>
    <message>
        <source>Not yet proven: the check was stopped before a journal report was seen.</source>
        <translation>Not yet proven: the check was stopped before a journal report was seen.</translation>
    </message>
    <message>
        <source>Not yet proven: no journal report since %1 yet (internal mail creates them). Nothing is stuck in the queues; check again later or wait for one.</source>
        <translation>Not yet proven: no journal report since %1 yet (internal mail creates them). Nothing is stuck in the queues; check again later or wait for one.</translation>
    </message>
</context>
<context>
    <name>exchange::JournalLock</name>
    <message>
        <source>another process</source>
        <translation>another process</translation>
    </message>
    <message>
        <source>process %1 (%2) on %3</source>
        <translation>process %1 (%2) on %3</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <source>cannot create a lock file next to %1</source>
        <translation>cannot create a lock file next to %1</translation>
    </message>
    <message>
        <source>no free change journal name next to %1</source>
        <translation>no free change journal name next to %1</translation>
    </message>
    <message>
        <source>the lock file %1.lock cannot be created</source>
        <translation>the lock file %1.lock cannot be created</translation>
    </message>
</context>
<context>
    <name>exchange::JournalingEngine</name>
    <message>
        <source>The engine is busy; wait for the current operation.</source>
        <translation>The engine is busy; wait for the current operation.</translation>
    </message>
    <message>
        <source>Not connected to Exchange.</source>
        <translation>Not connected to Exchange.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Exchange could not report its configuration: %1</source>
        <translation>Exchange could not report its configuration: %1</translation>
    </message>
    <message>
        <source>The plan has invalid input, missing permissions or conflicts; nothing was changed.</source>
        <translation>The plan has invalid input, missing permissions or conflicts; nothing was changed.</translation>
    </message>
    <message>
        <source>Cancelled before this step: nothing was changed here.</source>
        <translation>Cancelled before this step: nothing was changed here.</translation>
    </message>
    <message>
        <source>Nothing was changed: the change journal could not be written. %1</source>
        <translation>Nothing was changed: the change journal could not be written. %1</translation>
    </message>
    <message>
        <source>The connection failed while changing %1, so the change is unconfirmed: %2 Run verify, or undo from the change journal.</source>
        <translation>The connection failed while changing %1, so the change is unconfirmed: %2 Run verify, or undo from the change journal.</translation>
    </message>
    <message>
        <source>Exchange refused the change: %1</source>
        <translation>Exchange refused the change: %1</translation>
    </message>
    <message>
        <source>The change was stopped before it completed; it is unconfirmed. Run verify.</source>
        <translation>The change was stopped before it completed; it is unconfirmed. Run verify.</translation>
    </message>
    <message>
        <source>The change was sent but could not be read back: %1</source>
        <translation>The change was sent but could not be read back: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; still exists after removing it.</source>
        <translation>&quot;%1&quot; still exists after removing it.</translation>
    </message>
    <message>
        <source>The change was sent but &quot;%1&quot; could not be read back, so it is not verified.</source>
        <translation>The change was sent but &quot;%1&quot; could not be read back, so it is not verified.</translation>
    </message>
    <message>
        <source>Read back does not match: %1</source>
        <translation>Read back does not match: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist (the run&apos;s change never reached Exchange); nothing to remove.</source>
        <translation>&quot;%1&quot; does not exist (the run&apos;s change never reached Exchange); nothing to remove.</translation>
    </message>
    <message>
        <source>no answer from DNS within 5 seconds</source>
        <translation>no answer from DNS within 5 seconds</translation>
    </message>
    <message>
        <source>The change journal could not record this step as %1: %2</source>
        <translation>The change journal could not record this step as %1: %2</translation>
    </message>
    <message>
        <source>This change (%1 &quot;%2&quot;) cannot be undone automatically; undo it by hand.</source>
        <translation>This change (%1 &quot;%2&quot;) cannot be undone automatically; undo it by hand.</translation>
    </message>
    <message>
        <source>This change journal does not record which Exchange organisation it was made for (an older version wrote it), so undo cannot make sure it acts on the same one. Nothing was undone: reverse its changes by hand.</source>
        <translation>This change journal does not record which Exchange organisation it was made for (an older version wrote it), so undo cannot make sure it acts on the same one. Nothing was undone: reverse its changes by hand.</translation>
    </message>
    <message>
        <source>Not undone: %1.</source>
        <translation>Not undone: %1.</translation>
    </message>
    <message>
        <source>The live configuration could not be read to check it against the change journal, so nothing was undone: %1</source>
        <translation>The live configuration could not be read to check it against the change journal, so nothing was undone: %1</translation>
    </message>
    <message>
        <source>Cancelled before anything was undone.</source>
        <translation>Cancelled before anything was undone.</translation>
    </message>
    <message>
        <source>Exchange could not report the objects of the change journal, so nothing was undone: %1</source>
        <translation>Exchange could not report the objects of the change journal, so nothing was undone: %1</translation>
    </message>
    <message>
        <source>This change journal was made on %1 for the Exchange organisation %2, but %3 belongs to the organisation %4. Nothing was undone: run undo against the organisation the journal was made for.</source>
        <translation>This change journal was made on %1 for the Exchange organisation %2, but %3 belongs to the organisation %4. Nothing was undone: run undo against the organisation the journal was made for.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>one change of the journal cannot be undone safely (see above), and undoing the others alone would leave a mix</source>
        <translation>one change of the journal cannot be undone safely (see above), and undoing the others alone would leave a mix</translation>
    </message>
    <message>
        <source>%1 changes of the journal cannot be undone safely (see above)</source>
        <translation>%1 changes of the journal cannot be undone safely (see above)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no longer the object this run changed (its Guid is %2; the run recorded %3): it was removed and made again since. It is left as it is.</source>
        <translation>&quot;%1&quot; is no longer the object this run changed (its Guid is %2; the run recorded %3): it was removed and made again since. It is left as it is.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist (the run&apos;s change never took effect or it was removed since); nothing to remove.</source>
        <translation>&quot;%1&quot; does not exist (the run&apos;s change never took effect or it was removed since); nothing to remove.</translation>
    </message>
    <message>
        <source>Exchange refused this run&apos;s creation of &quot;%1&quot;, so the &quot;%1&quot; that exists now was made by someone else (another run or an administrator). It is left as it is.</source>
        <translation>Exchange refused this run&apos;s creation of &quot;%1&quot;, so the &quot;%1&quot; that exists now was made by someone else (another run or an administrator). It is left as it is.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; changed since this run made it (%2). It is left as it is: remove it by hand if it should go.</source>
        <translation>&quot;%1&quot; changed since this run made it (%2). It is left as it is: remove it by hand if it should go.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; no longer exists, so its previous settings cannot be restored.</source>
        <translation>&quot;%1&quot; no longer exists, so its previous settings cannot be restored.</translation>
    </message>
    <message>
        <source>Exchange refused this run&apos;s change of &quot;%1&quot;, yet it now has the values the run wanted: someone else set them. They are left as they are.</source>
        <translation>Exchange refused this run&apos;s change of &quot;%1&quot;, yet it now has the values the run wanted: someone else set them. They are left as they are.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already as it was before the run; nothing to restore.</source>
        <translation>&quot;%1&quot; is already as it was before the run; nothing to restore.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; changed since this run (%2). It is left as it is: restore it by hand if needed.</source>
        <translation>&quot;%1&quot; changed since this run (%2). It is left as it is: restore it by hand if needed.</translation>
    </message>
    <message>
        <source>Not attempted: nothing was changed.</source>
        <translation>Not attempted: nothing was changed.</translation>
    </message>
    <message>
        <source>Unconfirmed: the connection failed before this change was confirmed; it may or may not have been made. Run verify, or undo from the change journal.</source>
        <translation>Unconfirmed: the connection failed before this change was confirmed; it may or may not have been made. Run verify, or undo from the change journal.</translation>
    </message>
    <message>
        <source>Not attempted: an earlier step failed, so nothing was changed here.</source>
        <translation>Not attempted: an earlier step failed, so nothing was changed here.</translation>
    </message>
    <message>
        <source>The pipeline failed while changing %1 (%2), so the change is unconfirmed. Run verify.</source>
        <translation>The pipeline failed while changing %1 (%2), so the change is unconfirmed. Run verify.</translation>
    </message>
    <message>
        <source>Exchange ended the pipeline without confirming this change, so it is unconfirmed. Run verify.</source>
        <translation>Exchange ended the pipeline without confirming this change, so it is unconfirmed. Run verify.</translation>
    </message>
    <message>
        <source>Stopped while changing %1; it could not be read back, so the change is unconfirmed. Run verify, or undo from the change journal.</source>
        <translation>Stopped while changing %1; it could not be read back, so the change is unconfirmed. Run verify, or undo from the change journal.</translation>
    </message>
    <message>
        <source>Cancelled while this change was being sent; read back, it was not made: nothing was changed here.</source>
        <translation>Cancelled while this change was being sent; read back, it was not made: nothing was changed here.</translation>
    </message>
    <message>
        <source>Stopped part-way through changing %1: read back, it is neither as before nor as intended%2. Run apply again, or undo from the change journal.</source>
        <translation>Stopped part-way through changing %1: read back, it is neither as before nor as intended%2. Run apply again, or undo from the change journal.</translation>
    </message>
    <message>
        <source>The run that writes this change journal is still going (%1): undoing now could remove what it is creating. Nothing was undone: run undo again when that run has finished.</source>
        <translation>The run that writes this change journal is still going (%1): undoing now could remove what it is creating. Nothing was undone: run undo again when that run has finished.</translation>
    </message>
    <message>
        <source>Not attempted: the changes were stopped because the server took too long; nothing was changed here.</source>
        <translation>Not attempted: the changes were stopped because the server took too long; nothing was changed here.</translation>
    </message>
    <message>
        <source>Stopped because the server took too long while this change was being sent; read back, it was not made: nothing was changed here.</source>
        <translation>Stopped because the server took too long while this change was being sent; read back, it was not made: nothing was changed here.</translation>
    </message>
</context>
<context>
    <name>exchange::Plan</name>
    <message>
        <source>Undeliverable journal reports</source>
        <translation>Undeliverable journal reports</translation>
    </message>
    <message>
        <source>Journal rule</source>
        <translation>Journal rule</translation>
    </message>
    <message>
        <source>Remote domain (no winmail.dat, no out-of-office)</source>
        <translation>Remote domain (no winmail.dat, no out-of-office)</translation>
    </message>
    <message>
        <source>Send connector to the SecureStore smarthost</source>
        <translation>Send connector to the SecureStore smarthost</translation>
    </message>
</context>
<context>
    <name>exchange::Planner</name>
    <message>
        <source>The transport configuration could not be read.</source>
        <translation>The transport configuration could not be read.</translation>
    </message>
    <message>
        <source>The current address for undeliverable journal reports is unknown, so it cannot be safely replaced.</source>
        <translation>The current address for undeliverable journal reports is unknown, so it cannot be safely replaced.</translation>
    </message>
    <message>
        <source>Ask for the Organization Transport Settings or View-Only Configuration role, then run this again.</source>
        <translation>Ask for the Organization Transport Settings or View-Only Configuration role, then run this again.</translation>
    </message>
    <message>
        <source>No mailbox receives undeliverable journal reports: they are lost after two days.</source>
        <translation>No mailbox receives undeliverable journal reports: they are lost after two days.</translation>
    </message>
    <message>
        <source>Undeliverable journal reports go to %1.</source>
        <translation>Undeliverable journal reports go to %1.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nothing to change.</translation>
    </message>
    <message>
        <source>Undeliverable journal reports already go to %1, not to %2.</source>
        <translation>Undeliverable journal reports already go to %1, not to %2.</translation>
    </message>
    <message>
        <source>Confirm replacing %1 with %2 (wizard: tick the replace box; command line: &quot;replaceExistingNdr&quot;: true in the answers file), or enter %1 to keep it.</source>
        <translation>Confirm replacing %1 with %2 (wizard: tick the replace box; command line: &quot;replaceExistingNdr&quot;: true in the answers file), or enter %1 to keep it.</translation>
    </message>
    <message>
        <source>Send undeliverable journal reports to %1.</source>
        <translation>Send undeliverable journal reports to %1.</translation>
    </message>
    <message>
        <source>This replaces %1 as the mailbox for undeliverable journal reports.</source>
        <translation>This replaces %1 as the mailbox for undeliverable journal reports.</translation>
    </message>
    <message>
        <source>The journal rule &quot;%1&quot; already journals %2 messages to %3: those messages would be archived twice. Disable that rule if SecureStore replaces it.</source>
        <translation>The journal rule &quot;%1&quot; already journals %2 messages to %3: those messages would be archived twice. Disable that rule if SecureStore replaces it.</translation>
    </message>
    <message>
        <source>A journal rule named &quot;%1&quot; exists and %2.</source>
        <translation>A journal rule named &quot;%1&quot; exists and %2.</translation>
    </message>
    <message>
        <source>The rule name &quot;%1&quot; is taken by a rule that does something else.</source>
        <translation>The rule name &quot;%1&quot; is taken by a rule that does something else.</translation>
    </message>
    <message>
        <source>Choose another rule name, or change or remove that rule in the Exchange admin center (Compliance management &gt; Journal rules).</source>
        <translation>Choose another rule name, or change or remove that rule in the Exchange admin center (Compliance management &gt; Journal rules).</translation>
    </message>
    <message>
        <source>The journal rule &quot;%1&quot; %2.</source>
        <translation>The journal rule &quot;%1&quot; %2.</translation>
    </message>
    <message>
        <source>Reuse the existing rule &quot;%1&quot; instead of creating a duplicate; nothing to change.</source>
        <translation>Reuse the existing rule &quot;%1&quot; instead of creating a duplicate; nothing to change.</translation>
    </message>
    <message>
        <source>Enable the existing rule &quot;%1&quot; (it is disabled).</source>
        <translation>Enable the existing rule &quot;%1&quot; (it is disabled).</translation>
    </message>
    <message>
        <source>No journal rule exists.</source>
        <translation>No journal rule exists.</translation>
    </message>
    <message>
        <source>No journal rule journals internal mail to %1.</source>
        <translation>No journal rule journals internal mail to %1.</translation>
    </message>
    <message>
        <source>Create the rule &quot;%1&quot;: journal all internal messages to %2, enabled. It applies to all future messages.</source>
        <translation>Create the rule &quot;%1&quot;: journal all internal messages to %2, enabled. It applies to all future messages.</translation>
    </message>
    <message>
        <source>Not requested.</source>
        <translation>Not requested.</translation>
    </message>
    <message>
        <source>Needs a valid journaling address.</source>
        <translation>Needs a valid journaling address.</translation>
    </message>
    <message>
        <source>The remote domain &quot;%1&quot; covers %2 (out-of-office: %3, rich text: %4).</source>
        <translation>The remote domain &quot;%1&quot; covers %2 (out-of-office: %3, rich text: %4).</translation>
    </message>
    <message>
        <source>follow user settings</source>
        <translation>follow user settings</translation>
    </message>
    <message>
        <source>Reuse the remote domain &quot;%1&quot;: no out-of-office replies, no winmail.dat (TNEF off).</source>
        <translation>Reuse the remote domain &quot;%1&quot;: no out-of-office replies, no winmail.dat (TNEF off).</translation>
    </message>
    <message>
        <source>The remote domain &quot;%1&quot; exists for %2.</source>
        <translation>The remote domain &quot;%1&quot; exists for %2.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is taken by the remote domain for %2.</source>
        <translation>The name &quot;%1&quot; is taken by the remote domain for %2.</translation>
    </message>
    <message>
        <source>Choose another remote domain name, or turn the remote domain step off.</source>
        <translation>Choose another remote domain name, or turn the remote domain step off.</translation>
    </message>
    <message>
        <source>No remote domain covers %1: journal reports may be sent as winmail.dat.</source>
        <translation>No remote domain covers %1: journal reports may be sent as winmail.dat.</translation>
    </message>
    <message>
        <source>Create the remote domain &quot;%1&quot; for %2: no out-of-office replies, no winmail.dat.</source>
        <translation>Create the remote domain &quot;%1&quot; for %2: no out-of-office replies, no winmail.dat.</translation>
    </message>
    <message>
        <source>Not requested (only needed when outbound mail relays through Mailprotector).</source>
        <translation>Not requested (only needed when outbound mail relays through Mailprotector).</translation>
    </message>
    <message>
        <source>The send connector &quot;%1&quot; routes %2 via %3.</source>
        <translation>The send connector &quot;%1&quot; routes %2 via %3.</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>The send connector &quot;%1&quot; already routes %2.</source>
        <translation>The send connector &quot;%1&quot; already routes %2.</translation>
    </message>
    <message>
        <source>Change or remove that connector in the Exchange admin center (Mail flow &gt; Send connectors), or turn the connector step off if it already does what you need.</source>
        <translation>Change or remove that connector in the Exchange admin center (Mail flow &gt; Send connectors), or turn the connector step off if it already does what you need.</translation>
    </message>
    <message>
        <source>The send connector &quot;%1&quot; exists for %2.</source>
        <translation>The send connector &quot;%1&quot; exists for %2.</translation>
    </message>
    <message>
        <source>The connector name &quot;%1&quot; is taken.</source>
        <translation>The connector name &quot;%1&quot; is taken.</translation>
    </message>
    <message>
        <source>Choose another connector name.</source>
        <translation>Choose another connector name.</translation>
    </message>
    <message>
        <source>No send connector routes %1.</source>
        <translation>No send connector routes %1.</translation>
    </message>
    <message>
        <source>Create the send connector &quot;%1&quot;: mail for %2 goes straight to %3 from %4%5.</source>
        <translation>Create the send connector &quot;%1&quot;: mail for %2 goes straight to %3 from %4%5.</translation>
    </message>
    <message>
        <source> over TLS</source>
        <translation> over TLS</translation>
    </message>
    <message>
        <source>The smart host %1 does not resolve from this computer (%2). The Exchange transport servers must be able to resolve it: check the name given by Mailprotector.</source>
        <translation>The smart host %1 does not resolve from this computer (%2). The Exchange transport servers must be able to resolve it: check the name given by Mailprotector.</translation>
    </message>
</context>
<context>
    <name>exchange::QueueScan</name>
    <message>
        <source>the archive&apos;s mail server</source>
        <translation>the archive&apos;s mail server</translation>
    </message>
    <message>
        <source>Exchange cannot find the archive&apos;s mail server in DNS. Check that the archive domain and smart host are spelled exactly as in the Mailprotector Console and that the Exchange servers&apos; DNS servers resolve them (nslookup -type=mx).</source>
        <translation>Exchange cannot find the archive&apos;s mail server in DNS. Check that the archive domain and smart host are spelled exactly as in the Mailprotector Console and that the Exchange servers&apos; DNS servers resolve them (nslookup -type=mx).</translation>
    </message>
    <message>
        <source>%1 refused the connection on port 25. Check the smart host name and port, and that your firewall allows outbound TCP port 25 from the Exchange servers.</source>
        <translation>%1 refused the connection on port 25. Check the smart host name and port, and that your firewall allows outbound TCP port 25 from the Exchange servers.</translation>
    </message>
    <message>
        <source>Connections to %1 on port 25 timed out: a firewall or your internet provider probably blocks outbound TCP port 25. Allow it from the Exchange servers.</source>
        <translation>Connections to %1 on port 25 timed out: a firewall or your internet provider probably blocks outbound TCP port 25. Allow it from the Exchange servers.</translation>
    </message>
    <message>
        <source>The archive rejected the journaling address %1 (it does not exist there). Re-copy the journaling address from the Mailprotector Console and run the setup again with it.</source>
        <translation>The archive rejected the journaling address %1 (it does not exist there). Re-copy the journaling address from the Mailprotector Console and run the setup again with it.</translation>
    </message>
    <message>
        <source>No send connector or route matches the archive&apos;s domain. Create the smart host connector with this wizard, or add the archive domain to a send connector&apos;s address spaces.</source>
        <translation>No send connector or route matches the archive&apos;s domain. Create the smart host connector with this wizard, or add the archive domain to a send connector&apos;s address spaces.</translation>
    </message>
    <message>
        <source>The journal report is larger than the archive or the send connector accepts. Raise the send connector&apos;s MaxMessageSize or ask Mailprotector about the archive&apos;s size limit.</source>
        <translation>The journal report is larger than the archive or the send connector accepts. Raise the send connector&apos;s MaxMessageSize or ask Mailprotector about the archive&apos;s size limit.</translation>
    </message>
    <message>
        <source>The archive refused to accept mail from this organisation (relay or authentication). Check in the Mailprotector Console that SecureStore is enabled for your domain and your outbound IP address is allowed.</source>
        <translation>The archive refused to accept mail from this organisation (relay or authentication). Check in the Mailprotector Console that SecureStore is enabled for your domain and your outbound IP address is allowed.</translation>
    </message>
    <message>
        <source>The archive&apos;s server is throttling or refused TLS; Exchange keeps retrying. If it persists, check the TLS settings of the send connector.</source>
        <translation>The archive&apos;s server is throttling or refused TLS; Exchange keeps retrying. If it persists, check the TLS settings of the send connector.</translation>
    </message>
    <message>
        <source>Exchange cannot deliver to the archive; the error above says why. Journal reports are retried until they expire (two days by default).</source>
        <translation>Exchange cannot deliver to the archive; the error above says why. Journal reports are retried until they expire (two days by default).</translation>
    </message>
    <message>
        <source>The queue to the archive on %1 is retrying: DNS lookup failed.</source>
        <translation>The queue to the archive on %1 is retrying: DNS lookup failed.</translation>
    </message>
    <message>
        <source>The queue to the archive on %1 is retrying: connection refused on port 25.</source>
        <translation>The queue to the archive on %1 is retrying: connection refused on port 25.</translation>
    </message>
    <message>
        <source>The queue to the archive on %1 is retrying: connection to port 25 timed out.</source>
        <translation>The queue to the archive on %1 is retrying: connection to port 25 timed out.</translation>
    </message>
    <message>
        <source>The queue to the archive on %1 is retrying (%2).</source>
        <translation>The queue to the archive on %1 is retrying (%2).</translation>
    </message>
    <message>
        <source>The queue to the archive on %1 is suspended: nothing is sent to the archive until it is resumed.</source>
        <translation>The queue to the archive on %1 is suspended: nothing is sent to the archive until it is resumed.</translation>
    </message>
    <message>
        <source>An administrator suspended the queue. Resume it when the reason for suspending it is gone.</source>
        <translation>An administrator suspended the queue. Resume it when the reason for suspending it is gone.</translation>
    </message>
    <message numerus="yes">
        <source>The queue to the archive on %1 is sending (%n message(s) waiting).</source>
        <translation>
            <numerusform>The queue to the archive on %1 is sending (%n message waiting).</numerusform>
            <numerusform>The queue to the archive on %1 is sending (%n messages waiting).</numerusform>
        </translation>
    </message>
    <message>
        <source>The queue to the archive on %1 is empty.</source>
        <translation>The queue to the archive on %1 is empty.</translation>
    </message>
    <message numerus="yes">
        <source>%n journal report(s) on %1 have no route to the archive (Unreachable queue).</source>
        <translation>
            <numerusform>%n journal report on %1 has no route to the archive (Unreachable queue).</numerusform>
            <numerusform>%n journal reports on %1 have no route to the archive (Unreachable queue).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; from %3, %4</source>
        <translation>%1: &apos;%2&apos; from %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>%n journal report(s) on %1 are waiting in the Submission queue.</source>
        <translation>
            <numerusform>%n journal report on %1 is waiting in the Submission queue.</numerusform>
            <numerusform>%n journal reports on %1 are waiting in the Submission queue.</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages waiting in Submission for more than %1 minutes point to a backlog in the transport service; check the server&apos;s health.</source>
        <translation>Messages waiting in Submission for more than %1 minutes point to a backlog in the transport service; check the server&apos;s health.</translation>
    </message>
    <message>
        <source>Nothing is waiting for the archive on %1.</source>
        <translation>Nothing is waiting for the archive on %1.</translation>
    </message>
    <message>
        <source>the transport servers</source>
        <translation>the transport servers</translation>
    </message>
    <message>
        <source>The journal report expired: Exchange could not deliver it to the archive for the whole retry period (two days by default), so it was given up. Find and fix why the archive was unreachable (see the queue findings); reports that expired are lost unless the undeliverable-reports mailbox received them.</source>
        <translation>The journal report expired: Exchange could not deliver it to the archive for the whole retry period (two days by default), so it was given up. Find and fix why the archive was unreachable (see the queue findings); reports that expired are lost unless the undeliverable-reports mailbox received them.</translation>
    </message>
</context>
<context>
    <name>exchange::ReadBack</name>
    <message>
        <source>%1 is &quot;%2&quot;, expected &quot;%3&quot;</source>
        <translation>%1 is &quot;%2&quot;, expected &quot;%3&quot;</translation>
    </message>
</context>
<context>
    <name>exchange::ScriptRenderer</name>
    <message>
        <source>SecureStore journaling setup%1 — run in the Exchange Management Shell.</source>
        <translation>SecureStore journaling setup%1 — run in the Exchange Management Shell.</translation>
    </message>
    <message>
        <source>Generated %1. Each step is followed by the command that reads it back.</source>
        <translation>Generated %1. Each step is followed by the command that reads it back.</translation>
    </message>
    <message>
        <source>Invalid input (%1): %2</source>
        <translation>Invalid input (%1): %2</translation>
    </message>
    <message>
        <source>Missing management role: %1</source>
        <translation>Missing management role: %1</translation>
    </message>
    <message>
        <source>Step %1: %2 — %3</source>
        <translation>Step %1: %2 — %3</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Found: %1</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Conflict: %1</translation>
    </message>
    <message>
        <source>To resolve: %1</source>
        <translation>To resolve: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
</context>
<context>
    <name>exchange::SettingsValidator</name>
    <message>
        <source>The name is empty.</source>
        <translation>The name is empty.</translation>
    </message>
    <message>
        <source>The name is %1 characters long; Exchange allows at most %2.</source>
        <translation>The name is %1 characters long; Exchange allows at most %2.</translation>
    </message>
    <message>
        <source>The name contains a control character (tab, line break…); remove it.</source>
        <translation>The name contains a control character (tab, line break…); remove it.</translation>
    </message>
    <message>
        <source>Enter the journaling address: copy it from the Mailprotector Console (your domain &gt; Archiving tab, bottom of the page).</source>
        <translation>Enter the journaling address: copy it from the Mailprotector Console (your domain &gt; Archiving tab, bottom of the page).</translation>
    </message>
    <message>
        <source>The journaling address &quot;%1&quot; is not valid: %2</source>
        <translation>The journaling address &quot;%1&quot; is not valid: %2</translation>
    </message>
    <message>
        <source>The journaling address&apos;s domain is covered by the accepted domain &quot;%1&quot; of this organisation, so journal reports would never leave Exchange. Use the SecureStore address exactly as shown in the Mailprotector Console.</source>
        <translation>The journaling address&apos;s domain is covered by the accepted domain &quot;%1&quot; of this organisation, so journal reports would never leave Exchange. Use the SecureStore address exactly as shown in the Mailprotector Console.</translation>
    </message>
    <message>
        <source>The journaling address already belongs to %1 &quot;%2&quot; in this organisation; journal reports would be delivered there instead of the archive. Check the address.</source>
        <translation>The journaling address already belongs to %1 &quot;%2&quot; in this organisation; journal reports would be delivered there instead of the archive. Check the address.</translation>
    </message>
    <message>
        <source>Enter a mailbox for undeliverable journal reports (ideally a dedicated one); without it, reports that cannot be delivered are lost after two days.</source>
        <translation>Enter a mailbox for undeliverable journal reports (ideally a dedicated one); without it, reports that cannot be delivered are lost after two days.</translation>
    </message>
    <message>
        <source>The mailbox for undeliverable journal reports &quot;%1&quot; is not valid: %2</source>
        <translation>The mailbox for undeliverable journal reports &quot;%1&quot; is not valid: %2</translation>
    </message>
    <message>
        <source>The mailbox for undeliverable journal reports must differ from the journaling address; choose a mailbox in your organisation.</source>
        <translation>The mailbox for undeliverable journal reports must differ from the journaling address; choose a mailbox in your organisation.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the recipient of a journal rule; the mailbox for undeliverable journal reports must not be journaled. Choose another mailbox.</source>
        <translation>&quot;%1&quot; is the recipient of a journal rule; the mailbox for undeliverable journal reports must not be journaled. Choose another mailbox.</translation>
    </message>
    <message>
        <source>No recipient in this organisation has the address &quot;%1&quot;. Create a mailbox for undeliverable journal reports (ideally dedicated) or enter an existing one.</source>
        <translation>No recipient in this organisation has the address &quot;%1&quot;. Create a mailbox for undeliverable journal reports (ideally dedicated) or enter an existing one.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a group (%2); undeliverable journal reports need a user or shared mailbox.</source>
        <translation>&quot;%1&quot; is a group (%2); undeliverable journal reports need a user or shared mailbox.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a %2, not a mailbox; undeliverable journal reports need a user or shared mailbox.</source>
        <translation>&quot;%1&quot; is a %2, not a mailbox; undeliverable journal reports need a user or shared mailbox.</translation>
    </message>
    <message>
        <source>Journal rule name: %1</source>
        <translation>Journal rule name: %1</translation>
    </message>
    <message>
        <source>Remote domain name: %1</source>
        <translation>Remote domain name: %1</translation>
    </message>
    <message>
        <source>Send connector name: %1</source>
        <translation>Send connector name: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server name.</source>
        <translation>&quot;%1&quot; is not a server name.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a transport server of this organisation (found: %2).</source>
        <translation>&quot;%1&quot; is not a transport server of this organisation (found: %2).</translation>
    </message>
    <message>
        <source>No transport server was found to send through; name the source servers.</source>
        <translation>No transport server was found to send through; name the source servers.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>--trust-fingerprint needs --server and a SHA-256 fingerprint (64 hexadecimal digits, colons allowed).</source>
        <translation>--trust-fingerprint needs --server and a SHA-256 fingerprint (64 hexadecimal digits, colons allowed).</translation>
    </message>
</context>
<context>
    <name>remoting::CommandMetadata</name>
    <message>
        <source>The server&apos;s list of available commands is malformed or incomplete.</source>
        <translation>The server&apos;s list of available commands is malformed or incomplete.</translation>
    </message>
    <message>
        <source>The server did not list its available commands.</source>
        <translation>The server did not list its available commands.</translation>
    </message>
</context>
<context>
    <name>remoting::RemoteSession</name>
    <message>
        <source>The session is already open.</source>
        <translation>The session is already open.</translation>
    </message>
    <message>
        <source>The session is not open.</source>
        <translation>The session is not open.</translation>
    </message>
    <message>
        <source>Nothing to run.</source>
        <translation>Nothing to run.</translation>
    </message>
    <message>
        <source>The session was closed.</source>
        <translation>The session was closed.</translation>
    </message>
    <message>
        <source>The server ended the command without reporting its result.</source>
        <translation>The server ended the command without reporting its result.</translation>
    </message>
    <message>
        <source>The server refused to open a PowerShell session.</source>
        <translation>The server refused to open a PowerShell session.</translation>
    </message>
    <message numerus="yes">
        <source>The server did not finish opening the PowerShell session within %n second(s). It may be overloaded; try again later.</source>
        <translation>
            <numerusform>The server did not finish opening the PowerShell session within %n second. It may be overloaded; try again later.</numerusform>
            <numerusform>The server did not finish opening the PowerShell session within %n seconds. It may be overloaded; try again later.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server described another PowerShell session than ours.</source>
        <translation>The server described another PowerShell session than ours.</translation>
    </message>
    <message>
        <source>The server reports this PowerShell session as %1, not connected.</source>
        <translation>The server reports this PowerShell session as %1, not connected.</translation>
    </message>
</context>
<context>
    <name>remoting::ServerText</name>
    <message>
        <source>… (%1 more characters)</source>
        <translation>… (%1 more characters)</translation>
    </message>
</context>
<context>
    <name>remoting::WsmanTransport</name>
    <message>
        <source>The server address &quot;%1&quot; is not a valid http:// or https:// URL. Enter the Exchange server&apos;s name, e.g. ex01.contoso.com.</source>
        <translation>The server address &quot;%1&quot; is not a valid http:// or https:// URL. Enter the Exchange server&apos;s name, e.g. ex01.contoso.com.</translation>
    </message>
    <message>
        <source>Could not encrypt the request for the server.</source>
        <translation>Could not encrypt the request for the server.</translation>
    </message>
    <message>
        <source>Authentication with the server did not complete.</source>
        <translation>Authentication with the server did not complete.</translation>
    </message>
    <message>
        <source>The server answered without encryption on an encrypted session.</source>
        <translation>The server answered without encryption on an encrypted session.</translation>
    </message>
    <message>
        <source>The server did not agree to encrypt the session, and this tool does not send Exchange commands unencrypted over http.</source>
        <translation>The server did not agree to encrypt the session, and this tool does not send Exchange commands unencrypted over http.</translation>
    </message>
    <message>
        <source>The server rejected our credentials twice in a row (HTTP 401), although it had accepted them earlier in this session; authenticating anew did not help. The password may have changed or the account been locked meanwhile, or a load balancer sent the request to a server that does not accept them. Try again; if it keeps happening, check the account and the load balancer&apos;s session affinity.</source>
        <translation>The server rejected our credentials twice in a row (HTTP 401), although it had accepted them earlier in this session; authenticating anew did not help. The password may have changed or the account been locked meanwhile, or a load balancer sent the request to a server that does not accept them. Try again; if it keeps happening, check the account and the load balancer&apos;s session affinity.</translation>
    </message>
    <message>
        <source>The server rejected the user name or password (HTTP 401).</source>
        <translation>The server rejected the user name or password (HTTP 401).</translation>
    </message>
    <message>
        <source>The server did not accept our %1 credentials (HTTP 401).</source>
        <translation>The server did not accept our %1 credentials (HTTP 401).</translation>
    </message>
    <message>
        <source>The server answered HTTP 200 without a WS-Management message.</source>
        <translation>The server answered HTTP 200 without a WS-Management message.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 %2.</source>
        <translation>The server answered HTTP %1 %2.</translation>
    </message>
</context>
<context>
    <name>remoting::auth</name>
    <message>
        <source>Basic authentication needs a user name and password.</source>
        <translation>Basic authentication needs a user name and password.</translation>
    </message>
    <message>
        <source>Basic authentication cannot encrypt messages.</source>
        <translation>Basic authentication cannot encrypt messages.</translation>
    </message>
    <message>
        <source>The server sent an encrypted message that is not framed as expected (MS-WSMV multipart/encrypted): %1</source>
        <translation>The server sent an encrypted message that is not framed as expected (MS-WSMV multipart/encrypted): %1</translation>
    </message>
    <message>
        <source>The server&apos;s encrypted message could not be decrypted or failed its integrity check. The connection may have been tampered with, or the security context is out of step; reconnect and try again.</source>
        <translation>The server&apos;s encrypted message could not be decrypted or failed its integrity check. The connection may have been tampered with, or the security context is out of step; reconnect and try again.</translation>
    </message>
    <message>
        <source>The decrypted message has %1 bytes but the server announced %2.</source>
        <translation>The decrypted message has %1 bytes but the server announced %2.</translation>
    </message>
    <message>
        <source>The server name is missing.</source>
        <translation>The server name is missing.</translation>
    </message>
    <message>
        <source>the current user</source>
        <translation>the current user</translation>
    </message>
    <message>
        <source>The account %1 is disabled, locked out or its password has expired.</source>
        <translation>The account %1 is disabled, locked out or its password has expired.</translation>
    </message>
    <message>
        <source>The server rejected the TLS channel binding (Extended Protection). A proxy or load balancer that terminates TLS is in the way; connect to the server directly.</source>
        <translation>The server rejected the TLS channel binding (Extended Protection). A proxy or load balancer that terminates TLS is in the way; connect to the server directly.</translation>
    </message>
    <message>
        <source>A security token or encrypted message from the server failed its integrity check.</source>
        <translation>A security token or encrypted message from the server failed its integrity check.</translation>
    </message>
    <message>
        <source>Windows authentication failed: %1</source>
        <translation>Windows authentication failed: %1</translation>
    </message>
    <message>
        <source>The account %1 is disabled or locked out.</source>
        <translation>The account %1 is disabled or locked out.</translation>
    </message>
    <message>
        <source>The server could not decrypt the Kerberos ticket: its keytab does not match the service principal HTTP/%1 (stale key or wrong SPN).</source>
        <translation>The server could not decrypt the Kerberos ticket: its keytab does not match the service principal HTTP/%1 (stale key or wrong SPN).</translation>
    </message>
    <message>
        <source>A security token or encrypted message from the peer failed its integrity check (%1).</source>
        <translation>A security token or encrypted message from the peer failed its integrity check (%1).</translation>
    </message>
    <message>
        <source>%1 authentication failed: %2</source>
        <translation>%1 authentication failed: %2</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is not valid.</source>
        <translation>The user name &quot;%1&quot; is not valid.</translation>
    </message>
    <message>
        <source>Basic authentication does not use GSSAPI.</source>
        <translation>Basic authentication does not use GSSAPI.</translation>
    </message>
    <message>
        <source>The server name &quot;%1&quot; cannot be used for Kerberos.</source>
        <translation>The server name &quot;%1&quot; cannot be used for Kerberos.</translation>
    </message>
    <message>
        <source>The server sent another authentication token after the exchange had completed.</source>
        <translation>The server sent another authentication token after the exchange had completed.</translation>
    </message>
    <message>
        <source>The server did not continue the %1 exchange (no token in its answer).</source>
        <translation>The server did not continue the %1 exchange (no token in its answer).</translation>
    </message>
    <message>
        <source>Message encryption is not available: authentication has not completed or the server did not agree to encryption.</source>
        <translation>Message encryption is not available: authentication has not completed or the server did not agree to encryption.</translation>
    </message>
    <message>
        <source>NTLM message sealing failed.</source>
        <translation>NTLM message sealing failed.</translation>
    </message>
    <message>
        <source>Kerberos message encryption was not applied.</source>
        <translation>Kerberos message encryption was not applied.</translation>
    </message>
    <message>
        <source>Cannot decrypt the message: authentication has not completed.</source>
        <translation>Cannot decrypt the message: authentication has not completed.</translation>
    </message>
    <message>
        <source>The server rejected the user name or password (Basic authentication).</source>
        <translation>The server rejected the user name or password (Basic authentication).</translation>
    </message>
    <message>
        <source>Basic authentication sends the password in clear text, so it is only used over HTTPS.</source>
        <translation>Basic authentication sends the password in clear text, so it is only used over HTTPS.</translation>
    </message>
    <message>
        <source>The domain controller rejected the password for %1.</source>
        <translation>The domain controller rejected the password for %1.</translation>
    </message>
    <message>
        <source>The user %1 is not known to the Kerberos realm.</source>
        <translation>The user %1 is not known to the Kerberos realm.</translation>
    </message>
    <message>
        <source>The domain controller does not know the service principal HTTP/%1.</source>
        <translation>The domain controller does not know the service principal HTTP/%1.</translation>
    </message>
    <message>
        <source>The clocks of this computer and the domain controller or the server differ by more than Kerberos allows (usually 5 minutes).</source>
        <translation>The clocks of this computer and the domain controller or the server differ by more than Kerberos allows (usually 5 minutes).</translation>
    </message>
    <message>
        <source>No Kerberos domain controller (KDC) could be reached for the realm.</source>
        <translation>No Kerberos domain controller (KDC) could be reached for the realm.</translation>
    </message>
    <message>
        <source>The password of %1 has expired.</source>
        <translation>The password of %1 has expired.</translation>
    </message>
    <message>
        <source>No NTLM credentials are available for the current user.</source>
        <translation>No NTLM credentials are available for the current user.</translation>
    </message>
    <message>
        <source>No Kerberos ticket is available for %1.</source>
        <translation>No Kerberos ticket is available for %1.</translation>
    </message>
    <message>
        <source>The Kerberos ticket has expired.</source>
        <translation>The Kerberos ticket has expired.</translation>
    </message>
    <message>
        <source>%1 is not available on this computer.</source>
        <translation>%1 is not available on this computer.</translation>
    </message>
    <message>
        <source>No Windows credentials are available for %1.</source>
        <translation>No Windows credentials are available for %1.</translation>
    </message>
    <message>
        <source>The logon was rejected for %1.</source>
        <translation>The logon was rejected for %1.</translation>
    </message>
    <message>
        <source>No domain controller could be reached to authenticate.</source>
        <translation>No domain controller could be reached to authenticate.</translation>
    </message>
</context>
<context>
    <name>remoting::clixml</name>
    <message>
        <source>The server sent PowerShell data that could not be read.</source>
        <translation>The server sent PowerShell data that could not be read.</translation>
    </message>
</context>
<context>
    <name>remoting::http::HttpConnection</name>
    <message>
        <source>The address %1 is not an http:// or https:// URL.</source>
        <translation>The address %1 is not an http:// or https:// URL.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2 (SHA-256 fingerprint %3).</source>
        <translation>The secure connection to %1 failed: %2 (SHA-256 fingerprint %3).</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2.</source>
        <translation>The connection to %1 failed: %2.</translation>
    </message>
    <message>
        <source>The server %1 did not answer within %2 seconds.</source>
        <translation>The server %1 did not answer within %2 seconds.</translation>
    </message>
    <message>
        <source>The server %1 sent a malformed HTTP response.</source>
        <translation>The server %1 sent a malformed HTTP response.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>The request was cancelled.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2.</source>
        <translation>The secure connection to %1 failed: %2.</translation>
    </message>
    <message>
        <source>The certificate of %1 (SHA-256 fingerprint %2) does not match the pinned fingerprint %3.</source>
        <translation>The certificate of %1 (SHA-256 fingerprint %2) does not match the pinned fingerprint %3.</translation>
    </message>
    <message>
        <source>The certificate of %1 (SHA-256 fingerprint %3) is not trusted: %2.</source>
        <translation>The certificate of %1 (SHA-256 fingerprint %3) is not trusted: %2.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found in DNS.</source>
        <translation>The server name %1 could not be found in DNS.</translation>
    </message>
    <message>
        <source>%1 refused the connection on port %2.</source>
        <translation>%1 refused the connection on port %2.</translation>
    </message>
    <message>
        <source>Could not connect to %1 port %2 in time.</source>
        <translation>Could not connect to %1 port %2 in time.</translation>
    </message>
    <message>
        <source>Could not connect to %1 port %2: %3.</source>
        <translation>Could not connect to %1 port %2: %3.</translation>
    </message>
    <message>
        <source>The server %1 closed the connection before answering.</source>
        <translation>The server %1 closed the connection before answering.</translation>
    </message>
    <message>
        <source>Could not connect to %1 within %2 seconds.</source>
        <translation>Could not connect to %1 within %2 seconds.</translation>
    </message>
    <message>
        <source>The server %1 did not complete its answer within %2 seconds.</source>
        <translation>The server %1 did not complete its answer within %2 seconds.</translation>
    </message>
</context>
<context>
    <name>remoting::psrp</name>
    <message>
        <source>The server sent malformed PowerShell data fragments.</source>
        <translation>The server sent malformed PowerShell data fragments.</translation>
    </message>
    <message>
        <source>The server sent a malformed PowerShell message.</source>
        <translation>The server sent a malformed PowerShell message.</translation>
    </message>
    <message>
        <source>The PowerShell message is not in the expected form.</source>
        <translation>The PowerShell message is not in the expected form.</translation>
    </message>
    <message>
        <source>The server sent more unfinished PowerShell data than this tool accepts (at most %1 messages and %2 MB at a time). The session was ended as a protocol error; if the server is genuine, report this with the log.</source>
        <translation>The server sent more unfinished PowerShell data than this tool accepts (at most %1 messages and %2 MB at a time). The session was ended as a protocol error; if the server is genuine, report this with the log.</translation>
    </message>
    <message>
        <source>The server sent a PowerShell message that is not addressed to this client. The data cannot be trusted and was not used.</source>
        <translation>The server sent a PowerShell message that is not addressed to this client. The data cannot be trusted and was not used.</translation>
    </message>
    <message>
        <source>The server sent PowerShell data that belongs to another session (runspace pool %1; this session&apos;s is %2). The data cannot be trusted and was not used.</source>
        <translation>The server sent PowerShell data that belongs to another session (runspace pool %1; this session&apos;s is %2). The data cannot be trusted and was not used.</translation>
    </message>
    <message>
        <source>The server sent data for a command (pipeline %1) where only data for the session itself was expected. The data cannot be trusted and was not used.</source>
        <translation>The server sent data for a command (pipeline %1) where only data for the session itself was expected. The data cannot be trusted and was not used.</translation>
    </message>
    <message>
        <source>The server sent data for another command (pipeline %1) while this command (pipeline %2) was running. The data cannot be trusted and was not used.</source>
        <translation>The server sent data for another command (pipeline %1) while this command (pipeline %2) was running. The data cannot be trusted and was not used.</translation>
    </message>
    <message>
        <source>The server sent data for command %1 where only data for the session itself was expected. The data cannot be trusted and was not used.</source>
        <translation>The server sent data for command %1 where only data for the session itself was expected. The data cannot be trusted and was not used.</translation>
    </message>
    <message>
        <source>The server answered for command %1 when asked for command %2. The data cannot be trusted and was not used.</source>
        <translation>The server answered for command %1 when asked for command %2. The data cannot be trusted and was not used.</translation>
    </message>
</context>
<context>
    <name>remoting::psrp::PipelineReceiver</name>
    <message>
        <source>The server sent an unreadable pipeline state.</source>
        <translation>The server sent an unreadable pipeline state.</translation>
    </message>
</context>
<context>
    <name>remoting::psrp::RunspacePoolOpening</name>
    <message>
        <source>The server sent an unreadable runspace state.</source>
        <translation>The server sent an unreadable runspace state.</translation>
    </message>
    <message>
        <source>The server could not open a PowerShell session.</source>
        <translation>The server could not open a PowerShell session.</translation>
    </message>
    <message>
        <source>The server could not open a PowerShell session: %1</source>
        <translation>The server could not open a PowerShell session: %1</translation>
    </message>
</context>
<context>
    <name>remoting::wsman</name>
    <message>
        <source>The server sent an unexpected WS-Management response.</source>
        <translation>The server sent an unexpected WS-Management response.</translation>
    </message>
    <message>
        <source>The server reported a WS-Management fault without a message.</source>
        <translation>The server reported a WS-Management fault without a message.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 with a web page instead of a WS-Management message; the PowerShell virtual directory or its back end may be broken: %2</source>
        <translation>The server answered HTTP %1 with a web page instead of a WS-Management message; the PowerShell virtual directory or its back end may be broken: %2</translation>
    </message>
    <message>
        <source>The server answered with a web page instead of a WS-Management message; the PowerShell virtual directory or its back end may be broken: %1</source>
        <translation>The server answered with a web page instead of a WS-Management message; the PowerShell virtual directory or its back end may be broken: %1</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 with something that is not a WS-Management message: %2</source>
        <translation>The server answered HTTP %1 with something that is not a WS-Management message: %2</translation>
    </message>
    <message>
        <source>The server answered with something that is not a WS-Management message: %1</source>
        <translation>The server answered with something that is not a WS-Management message: %1</translation>
    </message>
    <message>
        <source>The server sent a malformed WS-Management message.</source>
        <translation>The server sent a malformed WS-Management message.</translation>
    </message>
    <message>
        <source>The server does not support this WS-Management request; the address may not be a PowerShell remoting endpoint.</source>
        <translation>The server does not support this WS-Management request; the address may not be a PowerShell remoting endpoint.</translation>
    </message>
    <message>
        <source>%1 The server said: %2</source>
        <translation>%1 The server said: %2</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 with an empty body instead of a WS-Management message.</source>
        <translation>The server answered HTTP %1 with an empty body instead of a WS-Management message.</translation>
    </message>
    <message>
        <source>The server answered with an empty body instead of a WS-Management message.</source>
        <translation>The server answered with an empty body instead of a WS-Management message.</translation>
    </message>
    <message>
        <source>The server no longer knows this PowerShell session or command: it was closed, timed out or the server restarted.</source>
        <translation>The server no longer knows this PowerShell session or command: it was closed, timed out or the server restarted.</translation>
    </message>
    <message>
        <source>The server has no PowerShell endpoint for this address and configuration.</source>
        <translation>The server has no PowerShell endpoint for this address and configuration.</translation>
    </message>
</context>
<context>
    <name>wizard::ApplyPage</name>
    <message>
        <source>Applying the changes</source>
        <translation>Applying the changes</translation>
    </message>
    <message>
        <source>Each change is made, then read back from Exchange to confirm it.</source>
        <translation>Each change is made, then read back from Exchange to confirm it.</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Applying… You can cancel; the wizard stops after the current step.</source>
        <translation>Applying… You can cancel; the wizard stops after the current step.</translation>
    </message>
    <message>
        <source>Stopping after the current step…</source>
        <translation>Stopping after the current step…</translation>
    </message>
    <message>
        <source>Cancelled. Steps that had not started were left unchanged.</source>
        <translation>Cancelled. Steps that had not started were left unchanged.</translation>
    </message>
    <message>
        <source>Done: every step is configured and verified.</source>
        <translation>Done: every step is configured and verified.</translation>
    </message>
    <message>
        <source>A step failed; the steps after it were not run. See the log.</source>
        <translation>A step failed; the steps after it were not run. See the log.</translation>
    </message>
</context>
<context>
    <name>wizard::CertificateDialog</name>
    <message>
        <source>Issued to:</source>
        <translation>Issued to:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Issued by:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Valid from:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Valid until:</translation>
    </message>
    <message>
        <source>Other names:</source>
        <translation>Other names:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 fingerprint:</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>Untrusted certificate</translation>
    </message>
    <message>
        <source>%1 presented a certificate that this computer does not trust. This is normal for Exchange&apos;s self-signed certificate, but it can also mean someone is intercepting the connection. Compare the fingerprint with the certificate on the server (Exchange admin center &gt; Servers &gt; Certificates) before trusting it.</source>
        <translation>%1 presented a certificate that this computer does not trust. This is normal for Exchange&apos;s self-signed certificate, but it can also mean someone is intercepting the connection. Compare the fingerprint with the certificate on the server (Exchange admin center &gt; Servers &gt; Certificates) before trusting it.</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate for %1</source>
        <translation>&amp;Trust this certificate for %1</translation>
    </message>
</context>
<context>
    <name>wizard::ConnectPage</name>
    <message>
        <source>Connect to Exchange</source>
        <translation>Connect to Exchange</translation>
    </message>
    <message>
        <source>Enter an Exchange server of the organisation. The wizard reads its configuration before changing anything.</source>
        <translation>Enter an Exchange server of the organisation. The wizard reads its configuration before changing anything.</translation>
    </message>
    <message>
        <source>ex01.contoso.com</source>
        <translation>ex01.contoso.com</translation>
    </message>
    <message>
        <source>Exchange server</source>
        <translation>Exchange server</translation>
    </message>
    <message>
        <source>Sign in as</source>
        <translation>Sign in as</translation>
    </message>
    <message>
        <source>The current Windows user (Kerberos)</source>
        <translation>The current Windows user (Kerberos)</translation>
    </message>
    <message>
        <source>This user name and password (Kerberos)</source>
        <translation>This user name and password (Kerberos)</translation>
    </message>
    <message>
        <source>This user name and password (NTLM)</source>
        <translation>This user name and password (NTLM)</translation>
    </message>
    <message>
        <source>This user name and password (Basic, HTTPS only)</source>
        <translation>This user name and password (Basic, HTTPS only)</translation>
    </message>
    <message>
        <source>CONTOSO\admin or admin@contoso.com</source>
        <translation>CONTOSO\admin or admin@contoso.com</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Remember the password in the system keychain</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connecting</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Sign &amp;in as:</source>
        <translation>Sign &amp;in as:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>(saved in the system keychain)</source>
        <translation>(saved in the system keychain)</translation>
    </message>
    <message>
        <source>Connects to %1</source>
        <translation>Connects to %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Reading the organisation&apos;s configuration…</source>
        <translation>Reading the organisation&apos;s configuration…</translation>
    </message>
    <message>
        <source>Connected to %1 (%2 %3).</source>
        <translation>Connected to %1 (%2 %3).</translation>
    </message>
    <message>
        <source>Accepted domains: %1</source>
        <translation>Accepted domains: %1</translation>
    </message>
    <message>
        <source>This account lacks the management role(s) %1. Ask an administrator to add it to Organization Management, or sign in with an account that is a member.</source>
        <translation>This account lacks the management role(s) %1. Ask an administrator to add it to Organization Management, or sign in with an account that is a member.</translation>
    </message>
    <message>
        <source>Test the connection to continue.</source>
        <translation>Test the connection to continue.</translation>
    </message>
</context>
<context>
    <name>wizard::FieldCheck</name>
    <message>
        <source>Journal reports will be sent to %1.</source>
        <translation>Journal reports will be sent to %1.</translation>
    </message>
    <message>
        <source>%1 is a %2, not a mailbox. Choose a user or shared mailbox (ideally one used only for these reports).</source>
        <translation>%1 is a %2, not a mailbox. Choose a user or shared mailbox (ideally one used only for these reports).</translation>
    </message>
    <message>
        <source>%1 is not an accepted domain of this organisation. The reports must go to a mailbox in this organisation.</source>
        <translation>%1 is not an accepted domain of this organisation. The reports must go to a mailbox in this organisation.</translation>
    </message>
    <message>
        <source>A journal rule named &quot;%1&quot; already exists and does something else (sends to %2, scope %3). Choose another name.</source>
        <translation>A journal rule named &quot;%1&quot; already exists and does something else (sends to %2, scope %3). Choose another name.</translation>
    </message>
    <message>
        <source>The existing rule &quot;%1&quot; already does this; it will be enabled.</source>
        <translation>The existing rule &quot;%1&quot; already does this; it will be enabled.</translation>
    </message>
    <message>
        <source>The existing rule &quot;%1&quot; already does this; it will be kept.</source>
        <translation>The existing rule &quot;%1&quot; already does this; it will be kept.</translation>
    </message>
    <message>
        <source>A new rule &quot;%1&quot; will be created.</source>
        <translation>A new rule &quot;%1&quot; will be created.</translation>
    </message>
    <message>
        <source>%1 is the user mailbox &quot;%2&quot;.</source>
        <translation>%1 is the user mailbox &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 is the shared mailbox &quot;%2&quot;.</source>
        <translation>%1 is the shared mailbox &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>No user or shared mailbox %1 was found in this organisation (a group, a contact or a mistyped address cannot receive these reports). Choose a mailbox from the list that opens as you type.</source>
        <translation>No user or shared mailbox %1 was found in this organisation (a group, a contact or a mistyped address cannot receive these reports). Choose a mailbox from the list that opens as you type.</translation>
    </message>
    <message>
        <source>The mailboxes of this organisation were not listed; %1 will be looked up on the review page before anything is changed.</source>
        <translation>The mailboxes of this organisation were not listed; %1 will be looked up on the review page before anything is changed.</translation>
    </message>
    <message>
        <source>%1 is not among the %2 mailboxes listed (large organisations are listed only in part); it will be looked up on the review page before anything is changed.</source>
        <translation>%1 is not among the %2 mailboxes listed (large organisations are listed only in part); it will be looked up on the review page before anything is changed.</translation>
    </message>
</context>
<context>
    <name>wizard::FinishPage</name>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Open log folder</source>
        <translation>&amp;Open log folder</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>Save &amp;report…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>HTML files (*.html)</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>The report could not be saved to %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The run was cancelled. %n step(s) were changed and verified before it stopped.</source>
        <translation>
            <numerusform>The run was cancelled. %n step was changed and verified before it stopped.</numerusform>
            <numerusform>The run was cancelled. %n steps were changed and verified before it stopped.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything was already configured; nothing was changed.</source>
        <translation>Everything was already configured; nothing was changed.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) were changed and verified; the others were already configured.</source>
        <translation>
            <numerusform>%n step was changed and verified; the others were already configured.</numerusform>
            <numerusform>%n steps were changed and verified; the others were already configured.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The run failed. %n step(s) were changed and verified before the failure; the failed step is described below.</source>
        <translation>
            <numerusform>The run failed. %n step was changed and verified before the failure; the failed step is described below.</numerusform>
            <numerusform>The run failed. %n steps were changed and verified before the failure; the failed step is described below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) needed no change.</source>
        <translation>
            <numerusform>%n step needed no change.</numerusform>
            <numerusform>%n steps needed no change.</numerusform>
        </translation>
    </message>
    <message>
        <source>Internal mail is now journaled to SecureStore.</source>
        <translation>Internal mail is now journaled to SecureStore.</translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation>Log file: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Change journal: %1</source>
        <translation>Change journal: %1</translation>
    </message>
    <message>
        <source>(nothing changed)</source>
        <translation>(nothing changed)</translation>
    </message>
    <message>
        <source>Nothing was changed, so there is nothing to undo.</source>
        <translation>Nothing was changed, so there is nothing to undo.</translation>
    </message>
    <message>
        <source>To undo this run (restore the previous undeliverable-reports address and remove what was created), run:
%1</source>
        <translation>To undo this run (restore the previous undeliverable-reports address and remove what was created), run:
%1</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>SecureStore journaling setup report</source>
        <translation>SecureStore journaling setup report</translation>
    </message>
    <message>
        <source>Does journaling work?</source>
        <translation>Does journaling work?</translation>
    </message>
    <message>
        <source>&amp;Stop waiting</source>
        <translation>&amp;Stop waiting</translation>
    </message>
    <message>
        <source>Stop waiting for a journal report; you can also finish without waiting.</source>
        <translation>Stop waiting for a journal report; you can also finish without waiting.</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Evidence: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>What to do: %1</translation>
    </message>
    <message>
        <source>Journaling health check</source>
        <translation>Journaling health check</translation>
    </message>
    <message>
        <source>Read-only: nothing is changed.</source>
        <translation>Read-only: nothing is changed.</translation>
    </message>
    <message>
        <source>Checking the journaling configuration of %1 and whether journal reports leave the organisation for the archive. You can finish at any time.</source>
        <translation>Checking the journaling configuration of %1 and whether journal reports leave the organisation for the archive. You can finish at any time.</translation>
    </message>
</context>
<context>
    <name>wizard::HealthCheckController</name>
    <message>
        <source>Not connected to Exchange: the check needs the connection.</source>
        <translation>Not connected to Exchange: the check needs the connection.</translation>
    </message>
    <message>
        <source>The check could not be completed: %1</source>
        <translation>The check could not be completed: %1</translation>
    </message>
    <message>
        <source>Checking the configuration…</source>
        <translation>Checking the configuration…</translation>
    </message>
    <message>
        <source>Configuration: journal rule, undeliverable-reports mailbox and routing are as set up.</source>
        <translation>Configuration: journal rule, undeliverable-reports mailbox and routing are as set up.</translation>
    </message>
    <message>
        <source>Configuration: %1</source>
        <translation>Configuration: %1</translation>
    </message>
    <message>
        <source>Scanning the transport queues…</source>
        <translation>Scanning the transport queues…</translation>
    </message>
    <message>
        <source>Queues: not read.</source>
        <translation>Queues: not read.</translation>
    </message>
    <message>
        <source>Queues: %1</source>
        <translation>Queues: %1</translation>
    </message>
    <message>
        <source>Following journal reports in message tracking…</source>
        <translation>Following journal reports in message tracking…</translation>
    </message>
    <message>
        <source>Waiting for the first journal report…</source>
        <translation>Waiting for the first journal report…</translation>
    </message>
    <message>
        <source>Delivery not followed.</source>
        <translation>Delivery not followed.</translation>
    </message>
</context>
<context>
    <name>wizard::JournalAddressPage</name>
    <message>
        <source>Journaling address</source>
        <translation>Journaling address</translation>
    </message>
    <message>
        <source>The unique address your SecureStore archive receives journal reports on.</source>
        <translation>The unique address your SecureStore archive receives journal reports on.</translation>
    </message>
    <message>
        <source>In the Mailprotector Console, open the domain, select the &lt;b&gt;Archiving&lt;/b&gt; tab and copy the journaling address shown at the bottom of the page. Paste it below.</source>
        <translation>In the Mailprotector Console, open the domain, select the &lt;b&gt;Archiving&lt;/b&gt; tab and copy the journaling address shown at the bottom of the page. Paste it below.</translation>
    </message>
    <message>
        <source>for example j-1a2b3c@archive.example.net</source>
        <translation>for example j-1a2b3c@archive.example.net</translation>
    </message>
    <message>
        <source>&amp;Journaling address:</source>
        <translation>&amp;Journaling address:</translation>
    </message>
</context>
<context>
    <name>wizard::JournalRulePage</name>
    <message>
        <source>Journal rule</source>
        <translation>Journal rule</translation>
    </message>
    <message>
        <source>A rule that sends a journal report of every internal message to SecureStore.</source>
        <translation>A rule that sends a journal report of every internal message to SecureStore.</translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation>Rule name</translation>
    </message>
    <message>
        <source>Internal messages only</source>
        <translation>Internal messages only</translation>
    </message>
    <message>
        <source>All messages (no recipient filter)</source>
        <translation>All messages (no recipient filter)</translation>
    </message>
    <message>
        <source>Existing journal rules</source>
        <translation>Existing journal rules</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sends to</source>
        <translation>Sends to</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>Rule &amp;name:</source>
        <translation>Rule &amp;name:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Scope:</translation>
    </message>
    <message>
        <source>Applies to:</source>
        <translation>Applies to:</translation>
    </message>
    <message>
        <source>Journal rules in this organisation:</source>
        <translation>Journal rules in this organisation:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>wizard::NdrMailboxPage</name>
    <message>
        <source>Undeliverable journal reports</source>
        <translation>Undeliverable journal reports</translation>
    </message>
    <message>
        <source>Exchange sends journal reports it cannot deliver to this mailbox instead of dropping them after two days.</source>
        <translation>Exchange sends journal reports it cannot deliver to this mailbox instead of dropping them after two days.</translation>
    </message>
    <message>
        <source>Choose a user or shared mailbox in this organisation, ideally one used only for these reports. It must not be the journaling address. Reports that arrive there cannot simply be sent again; keep them until the archive has them.</source>
        <translation>Choose a user or shared mailbox in this organisation, ideally one used only for these reports. It must not be the journaling address. Reports that arrive there cannot simply be sent again; keep them until the archive has them.</translation>
    </message>
    <message>
        <source>Mailbox for undeliverable reports</source>
        <translation>Mailbox for undeliverable reports</translation>
    </message>
    <message>
        <source>journal-ndr@contoso.com</source>
        <translation>journal-ndr@contoso.com</translation>
    </message>
    <message>
        <source>&amp;Mailbox:</source>
        <translation>&amp;Mailbox:</translation>
    </message>
    <message>
        <source>Currently: not set — undeliverable journal reports are lost.</source>
        <translation>Currently: not set — undeliverable journal reports are lost.</translation>
    </message>
    <message>
        <source>Currently: %1</source>
        <translation>Currently: %1</translation>
    </message>
    <message>
        <source>&amp;Replace the current address %1 with %2</source>
        <translation>&amp;Replace the current address %1 with %2</translation>
    </message>
</context>
<context>
    <name>wizard::RemoteDomainPage</name>
    <message>
        <source>winmail.dat protection</source>
        <translation>winmail.dat protection</translation>
    </message>
    <message>
        <source>A remote domain for the archive&apos;s domain makes Exchange send journal reports without winmail.dat attachments and without out-of-office replies.</source>
        <translation>A remote domain for the archive&apos;s domain makes Exchange send journal reports without winmail.dat attachments and without out-of-office replies.</translation>
    </message>
    <message>
        <source>&amp;Create or update the remote domain (recommended)</source>
        <translation>&amp;Create or update the remote domain (recommended)</translation>
    </message>
    <message>
        <source>Remote domain name</source>
        <translation>Remote domain name</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domain:</translation>
    </message>
    <message>
        <source>Out-of-office replies:</source>
        <translation>Out-of-office replies:</translation>
    </message>
    <message>
        <source>Use rich-text format:</source>
        <translation>Use rich-text format:</translation>
    </message>
    <message>
        <source>Journal reports may reach the archive as winmail.dat attachments that it cannot index.</source>
        <translation>Journal reports may reach the archive as winmail.dat attachments that it cannot index.</translation>
    </message>
    <message>
        <source>The existing remote domain &quot;%1&quot; for %2 will be reused; only its settings will be set.</source>
        <translation>The existing remote domain &quot;%1&quot; for %2 will be reused; only its settings will be set.</translation>
    </message>
    <message>
        <source>A new remote domain &quot;%1&quot; for %2 will be created.</source>
        <translation>A new remote domain &quot;%1&quot; for %2 will be created.</translation>
    </message>
    <message>
        <source>%1 Choose another name.</source>
        <translation>%1 Choose another name.</translation>
    </message>
</context>
<context>
    <name>wizard::ReviewPage</name>
    <message>
        <source>Review the changes</source>
        <translation>Review the changes</translation>
    </message>
    <message>
        <source>Nothing has been changed yet. Check what will be done, then choose Apply.</source>
        <translation>Nothing has been changed yet. Check what will be done, then choose Apply.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>Reading the configuration</source>
        <translation>Reading the configuration</translation>
    </message>
    <message>
        <source>Planned steps</source>
        <translation>Planned steps</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>PowerShell commands</source>
        <translation>PowerShell commands</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Save as .ps1…</source>
        <translation>&amp;Save as .ps1…</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>Check a&amp;gain</translation>
    </message>
    <message>
        <source>I understand that the journal rule applies to &amp;all future internal messages</source>
        <translation>I understand that the journal rule applies to &amp;all future internal messages</translation>
    </message>
    <message>
        <source>PowerShell that will be run:</source>
        <translation>PowerShell that will be run:</translation>
    </message>
    <message>
        <source>Reading the organisation&apos;s current configuration…</source>
        <translation>Reading the organisation&apos;s current configuration…</translation>
    </message>
    <message>
        <source>The configuration could not be read.</source>
        <translation>The configuration could not be read.</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Found: %1</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>This account lacks the management role(s): %1.</source>
        <translation>This account lacks the management role(s): %1.</translation>
    </message>
    <message>
        <source>Resolve these before applying (use Back to change your answers):</source>
        <translation>Resolve these before applying (use Back to change your answers):</translation>
    </message>
    <message>
        <source>A step conflicts with the existing configuration; see the steps above.</source>
        <translation>A step conflicts with the existing configuration; see the steps above.</translation>
    </message>
    <message>
        <source>These changes will be made on %1.</source>
        <translation>These changes will be made on %1.</translation>
    </message>
    <message>
        <source>Everything is already configured: nothing to change. Apply will verify the configuration.</source>
        <translation>Everything is already configured: nothing to change. Apply will verify the configuration.</translation>
    </message>
    <message>
        <source>The PowerShell commands were copied to the clipboard.</source>
        <translation>The PowerShell commands were copied to the clipboard.</translation>
    </message>
    <message>
        <source>Save PowerShell script</source>
        <translation>Save PowerShell script</translation>
    </message>
    <message>
        <source>PowerShell scripts (*.ps1)</source>
        <translation>PowerShell scripts (*.ps1)</translation>
    </message>
    <message>
        <source>The script could not be saved to %1: %2</source>
        <translation>The script could not be saved to %1: %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
</context>
<context>
    <name>wizard::RunReport</name>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Applying</source>
        <translation>Applying</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Verifying</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Already configured</source>
        <translation>Already configured</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>No change</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>SecureStore journaling setup report</source>
        <translation>SecureStore journaling setup report</translation>
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
        <translation>Date: %1</translation>
    </message>
    <message>
        <source>Cancelled: the steps that were not started were left unchanged.</source>
        <translation>Cancelled: the steps that were not started were left unchanged.</translation>
    </message>
    <message>
        <source>Completed: every step is configured and verified.</source>
        <translation>Completed: every step is configured and verified.</translation>
    </message>
    <message>
        <source>Failed: see the steps below and the log.</source>
        <translation>Failed: see the steps below and the log.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Journaling address: %1</source>
        <translation>Journaling address: %1</translation>
    </message>
    <message>
        <source>Undeliverable reports to: %1</source>
        <translation>Undeliverable reports to: %1</translation>
    </message>
    <message>
        <source>Journal rule: %1</source>
        <translation>Journal rule: %1</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Log: %1</source>
        <translation>Log: %1</translation>
    </message>
    <message>
        <source>Change journal: %1</source>
        <translation>Change journal: %1</translation>
    </message>
    <message>
        <source>none (nothing changed)</source>
        <translation>none (nothing changed)</translation>
    </message>
    <message>
        <source>How to undo</source>
        <translation>How to undo</translation>
    </message>
    <message>
        <source>Run this command to restore the previous undeliverable-reports address and remove what this run created:</source>
        <translation>Run this command to restore the previous undeliverable-reports address and remove what this run created:</translation>
    </message>
    <message>
        <source>PowerShell</source>
        <translation>PowerShell</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Queues</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>Health check of the existing configuration; nothing was changed.</source>
        <translation>Health check of the existing configuration; nothing was changed.</translation>
    </message>
    <message>
        <source>Does journaling work?</source>
        <translation>Does journaling work?</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>Command (not run): %1</source>
        <translation>Command (not run): %1</translation>
    </message>
    <message>
        <source>Journal reports since %1 (newest last):</source>
        <translation>Journal reports since %1 (newest last):</translation>
    </message>
</context>
<context>
    <name>wizard::ServerAddress</name>
    <message>
        <source>Enter a server name such as ex01.contoso.com, or a URL that starts with http:// or https://.</source>
        <translation>Enter a server name such as ex01.contoso.com, or a URL that starts with http:// or https://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server name.</source>
        <translation>&quot;%1&quot; is not a valid server name.</translation>
    </message>
    <message>
        <source>The port after &quot;:&quot; must be a number from 1 to 65535.</source>
        <translation>The port after &quot;:&quot; must be a number from 1 to 65535.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server name. Enter the Exchange server&apos;s name, for example ex01.contoso.com.</source>
        <translation>&quot;%1&quot; is not a valid server name. Enter the Exchange server&apos;s name, for example ex01.contoso.com.</translation>
    </message>
</context>
<context>
    <name>wizard::SetupController</name>
    <message>
        <source>Enter the Exchange server&apos;s name, for example ex01.contoso.com.</source>
        <translation>Enter the Exchange server&apos;s name, for example ex01.contoso.com.</translation>
    </message>
    <message>
        <source>Enter the user name (DOMAIN\user or user@domain).</source>
        <translation>Enter the user name (DOMAIN\user or user@domain).</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Enter the password.</translation>
    </message>
    <message>
        <source>Basic authentication sends the password in clear text; use an https:// address or another sign-in method.</source>
        <translation>Basic authentication sends the password in clear text; use an https:// address or another sign-in method.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>The connection settings changed. Go back to the connection page and test the connection again.</source>
        <translation>The connection settings changed. Go back to the connection page and test the connection again.</translation>
    </message>
    <message>
        <source>The plan is not ready: resolve the issues on the review page first.</source>
        <translation>The plan is not ready: resolve the issues on the review page first.</translation>
    </message>
</context>
<context>
    <name>wizard::SetupWizard</name>
    <message>
        <source>SecureStore Journaling Setup</source>
        <translation>SecureStore Journaling Setup</translation>
    </message>
</context>
<context>
    <name>wizard::SmartHostPage</name>
    <message>
        <source>Smart host connector</source>
        <translation>Smart host connector</translation>
    </message>
    <message>
        <source>Only needed when your outbound mail relays through Mailprotector.</source>
        <translation>Only needed when your outbound mail relays through Mailprotector.</translation>
    </message>
    <message>
        <source>If Exchange sends all outbound mail through Mailprotector&apos;s outbound service, journal reports would take that route too and could be archived twice. A send connector for the archive&apos;s domain sends them straight to the SecureStore smart host instead. Leave this off if Exchange delivers outbound mail itself.</source>
        <translation>If Exchange sends all outbound mail through Mailprotector&apos;s outbound service, journal reports would take that route too and could be archived twice. A send connector for the archive&apos;s domain sends them straight to the SecureStore smart host instead. Leave this off if Exchange delivers outbound mail itself.</translation>
    </message>
    <message>
        <source>&amp;Create a send connector to the SecureStore smart host</source>
        <translation>&amp;Create a send connector to the SecureStore smart host</translation>
    </message>
    <message>
        <source>Connector name</source>
        <translation>Connector name</translation>
    </message>
    <message>
        <source>Smart host</source>
        <translation>Smart host</translation>
    </message>
    <message>
        <source>host name or IP address from Mailprotector</source>
        <translation>host name or IP address from Mailprotector</translation>
    </message>
    <message>
        <source>Source transport servers</source>
        <translation>Source transport servers</translation>
    </message>
    <message>
        <source>&amp;Require TLS</source>
        <translation>&amp;Require TLS</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Smart &amp;host:</source>
        <translation>Smart &amp;host:</translation>
    </message>
    <message>
        <source>Source &amp;servers:</source>
        <translation>Source &amp;servers:</translation>
    </message>
    <message>
        <source>No connector will be created.</source>
        <translation>No connector will be created.</translation>
    </message>
    <message>
        <source>Select at least one transport server to send through the connector.</source>
        <translation>Select at least one transport server to send through the connector.</translation>
    </message>
    <message>
        <source>Mail to the archive&apos;s domain will go straight to %1.</source>
        <translation>Mail to the archive&apos;s domain will go straight to %1.</translation>
    </message>
    <message>
        <source>The connector(s) %1 already route this domain; the review page shows how they are handled.</source>
        <translation>The connector(s) %1 already route this domain; the review page shows how they are handled.</translation>
    </message>
</context>
<context>
    <name>wizard::WelcomePage</name>
    <message>
        <source>Journal internal mail to SecureStore</source>
        <translation>Journal internal mail to SecureStore</translation>
    </message>
    <message>
        <source>This wizard configures your Exchange organisation to send a copy of every internal message to your Mailprotector SecureStore archive.</source>
        <translation>This wizard configures your Exchange organisation to send a copy of every internal message to your Mailprotector SecureStore archive.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What will be configured&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;A mailbox that receives journal reports that cannot be delivered.&lt;/li&gt;&lt;li&gt;A journal rule that sends internal messages to your SecureStore journaling address.&lt;/li&gt;&lt;li&gt;A remote domain that keeps journal reports free of winmail.dat (recommended).&lt;/li&gt;&lt;li&gt;Optionally, a send connector to the SecureStore smart host, only when your outbound mail relays through Mailprotector.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Each change is shown before it is made, applied over remote PowerShell and read back to confirm it. Running the wizard again changes only what is missing.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Before you start&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;SecureStore is enabled for the domain in the Mailprotector Console.&lt;/li&gt;&lt;li&gt;Your account is a member of Organization Management in Exchange.&lt;/li&gt;&lt;li&gt;Journal rules need Exchange Enterprise Client Access Licenses.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;What is not touched&lt;/b&gt;: mailboxes, other journal rules, transport rules, existing connectors and any other settings.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;What will be configured&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;A mailbox that receives journal reports that cannot be delivered.&lt;/li&gt;&lt;li&gt;A journal rule that sends internal messages to your SecureStore journaling address.&lt;/li&gt;&lt;li&gt;A remote domain that keeps journal reports free of winmail.dat (recommended).&lt;/li&gt;&lt;li&gt;Optionally, a send connector to the SecureStore smart host, only when your outbound mail relays through Mailprotector.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Each change is shown before it is made, applied over remote PowerShell and read back to confirm it. Running the wizard again changes only what is missing.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Before you start&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;SecureStore is enabled for the domain in the Mailprotector Console.&lt;/li&gt;&lt;li&gt;Your account is a member of Organization Management in Exchange.&lt;/li&gt;&lt;li&gt;Journal rules need Exchange Enterprise Client Access Licenses.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;What is not touched&lt;/b&gt;: mailboxes, other journal rules, transport rules, existing connectors and any other settings.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>&amp;Set up journaling (or repair it)</source>
        <translation>&amp;Set up journaling (or repair it)</translation>
    </message>
    <message>
        <source>&amp;Check that journaling works (already configured: changes nothing)</source>
        <translation>&amp;Check that journaling works (already configured: changes nothing)</translation>
    </message>
</context>
</TS>
