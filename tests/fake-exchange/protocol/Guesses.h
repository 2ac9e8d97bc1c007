#pragma once

// Where the fake Exchange guesses. Everything else it says on the wire is taken from the
// recorded real-server traffic (testdata/recorded-psrp), PROTOCOL.md, EXCHANGE.md or
// PowerShell's own messages. The values below are NOT from a recording: the shapes follow
// MS-WSMV / MS-PSRP and real servers, but the exact codes, texts and names are the fake's
// best guesses. Replace them here when a recording shows the real ones.

#include <QString>

namespace fake::guess {

// ---- WS-Man faults without a recording (codes from the WinRM error table as remembered,
// texts modelled on the recorded ones) ----

// An action the shell resource does not support (e.g. Enumerate, Put on a shell).
inline constexpr quint32 actionNotSupportedCode = 2150858771u;
inline QString actionNotSupportedMessage(const QString &action)
{
    return QStringLiteral("The WS-Management service cannot process the request because the "
                          "action %1 is not supported for this resource. ")
        .arg(action);
}

// A ResourceURI the endpoint does not serve (w:DestinationUnreachable, InvalidResourceURI).
inline constexpr quint32 resourceNotFoundCode = 2150858752u;
inline QString resourceNotFoundReason()
{
    return QStringLiteral("The WS-Management service cannot process the request. The service "
                          "cannot find the resource identified by the resource URI and "
                          "selectors. ");
}
// The fault's message: the reason, then the URI asked for.
inline QString resourceNotFoundMessage(const QString &resourceUri)
{
    return resourceNotFoundReason() + QStringLiteral("Resource URI: %1").arg(resourceUri);
}

// A request whose headers cannot be read for another reason than the recorded invalid
// OperationTimeout (same code and subcode as that recording; the message is the fake's).
inline QString invalidHeaderMessage(const QString &why)
{
    return QStringLiteral("The WS-Management service cannot process the request. %1. ").arg(why);
}

// A selector other than ShellId on the shell resource (w:InvalidSelectors, as the recorded
// unknown-shell fault, with the UnexpectedSelectors detail).

// A signal code the shell does not know (w:InvalidParameter? the fake's choice).
inline constexpr quint32 unknownSignalCode = 2150858755u;
inline QString unknownSignalMessage(const QString &code)
{
    return QStringLiteral("The WS-Management service does not support the signal code %1. ")
        .arg(code);
}

// More concurrent shells than the per-user quota (w:QuotaLimit; MS-WSMV 3.1.4.5.2.1 text).
inline constexpr quint32 shellQuotaCode = 2150859173u;

// The PowerShell plug-in refused the creation XML / pipeline data (w:InternalError), and
// what it says about each.
inline constexpr quint32 pluginRefusedCode = 2152992672u;
inline QString creationXmlRefusedMessage(const QString &why)
{
    return QStringLiteral("The WS-Management service cannot process the request. The creation "
                          "XML of the PowerShell runspace pool is invalid: %1")
        .arg(why);
}
inline QString pipelineDataRefusedMessage(const QString &why)
{
    return QStringLiteral("The PowerShell pipeline data is invalid: %1").arg(why);
}
inline QString sendDataRefusedMessage(const QString &why)
{
    return QStringLiteral("The PowerShell data is invalid: %1").arg(why);
}

// ---- GET_COMMAND_METADATA ----
// Namespace (module / snap-in) the emulated commands report, and their HelpUri (empty).
inline QString moduleOf(const QString &cmdlet)
{
    if (cmdlet.compare(QLatin1String("Select-Object"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("Microsoft.PowerShell.Utility");
    if (cmdlet.compare(QLatin1String("Get-Command"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("Microsoft.PowerShell.Core");
    return QStringLiteral("Microsoft.Exchange.Management.PowerShell.E2010");
}

// ---- PSRP error records ----
// FullyQualifiedErrorIds of PowerShell's own refusals as the fake sends them.
inline QString noLanguageErrorId()
{
    return QStringLiteral("ScriptsNotAllowed");
}
inline QString pipelineStoppedErrorId()
{
    return QStringLiteral("PipelineStopped");
}

} // namespace fake::guess
