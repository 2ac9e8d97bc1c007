#include "ShellHost.h"

#include "FakeOrganisation.h"
#include "Guesses.h"

#include "psrp/Psrp.h"
#include "psrp/ServerMessages.h"
#include "wsman/WsmanServer.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUuid>
#include <QVersionNumber>

#include <deque>

Q_LOGGING_CATEGORY(lcShell, "securestore.fake.shell")

namespace fake {

using namespace remoting;
namespace ws = fake::wsman;
namespace codec = remoting::psrp;

namespace {

const QString kExchangeUri
    = QStringLiteral("http://schemas.microsoft.com/powershell/Microsoft.Exchange");
const QString kPowerShellUri
    = QStringLiteral("http://schemas.microsoft.com/powershell/Microsoft.PowerShell");
const QString kServerPsVersion = QStringLiteral("2.0");
const QString kServerBuildVersion
    = QStringLiteral("10.0.17763.1"); // Windows Server 2019 (Exchange 2019)

QString upper(const QString &id)
{
    return id.trimmed().toUpper();
}

bool isCtrlC(const QString &code)
{
    // The PSRP stop signal; the misspelled "crtl_c" is what Windows sends, pypsrp sends "ctrl_c".
    return code.endsWith(QLatin1String("signal/crtl_c"), Qt::CaseInsensitive)
           || code.endsWith(QLatin1String("signal/ctrl_c"), Qt::CaseInsensitive);
}

bool isTerminate(const QString &code)
{
    return code.compare(
               QLatin1String(
                   "http://schemas.microsoft.com/wbem/wsman/1/windows/shell/signal/terminate"),
               Qt::CaseInsensitive)
           == 0;
}

ErrorRecord noLanguageError()
{
    ErrorRecord e;
    e.message = QStringLiteral(
        "The syntax is not supported by this runspace. This can occur if the runspace is in "
        "no-language mode.");
    e.fullyQualifiedErrorId = guess::noLanguageErrorId();
    e.category = QStringLiteral("ParserError");
    e.reason = QStringLiteral("ParseException");
    e.exceptionType = QStringLiteral("System.Management.Automation.ParseException");
    return e;
}

ErrorRecord pipelineStoppedError()
{
    ErrorRecord e;
    e.message = QStringLiteral("The pipeline has been stopped.");
    e.fullyQualifiedErrorId = guess::pipelineStoppedErrorId();
    e.category = QStringLiteral("OperationStopped");
    e.reason = QStringLiteral("PipelineStoppedException");
    e.exceptionType = QStringLiteral("System.Management.Automation.PipelineStoppedException");
    return e;
}

// The protocol version the server answers: what the client asked, within 2.1..2.3.
QString negotiatedVersion(const QString &clientVersion)
{
    const QVersionNumber asked = QVersionNumber::fromString(clientVersion);
    if (asked.isNull() || asked >= QVersionNumber(2, 3))
        return QStringLiteral("2.3");
    if (asked <= QVersionNumber(2, 1))
        return QStringLiteral("2.1");
    return QStringLiteral("2.2");
}

// Raw bytes of PSRP fragments that fit one Receive response of this MaxEnvelopeSize.
int payloadBudget(int maxEnvelopeSize)
{
    const int room = maxEnvelopeSize - ws::receiveResponseOverhead() - 512;
    return std::max(1024, room / 4 * 3);
}

constexpr int kStreamElementOverhead
    = 120; // <rsp:Stream Name="stdout" CommandId="...">...</rsp:Stream>

} // namespace

struct ShellHost::Pipeline
{
    QString commandId;
    QUuid pid;
    std::optional<psrp::ParsedPipeline> parsed;           // empty until CREATE_PIPELINE is complete
    std::optional<psrp::CommandMetadataRequest> metadata; // a GET_COMMAND_METADATA "pipeline"
    std::deque<QByteArray> out;                           // encoded fragments not yet received
    qint64 readyAtMs = 0;
    int next = 0;               // the statement to run next
    qint64 pendingDueMs = -1;   // a slow statement (cmdlet-slow) completes then; -1: none running
    bool stopRequested = false; // ctrl_c while a slow statement ran: stop after it
    bool started = false;       // statements executed (or refused)
    bool terminal = false;      // a terminal PIPELINE_STATE is queued
    bool doneSent = false;
};

struct ShellHost::Shell
{
    QString id;
    QUuid rpid;
    QString owner;
    QString resourceUri;
    QString protocolVersion;
    int maxEnvelopeSize = 153600;
    codec::Defragmenter inbound;
    codec::Fragmenter outbound;
    std::deque<std::deque<QByteArray>>
        poolBatches;                       // each Receive answers from the first batch only
    std::map<QString, Pipeline> pipelines; // by upper-case CommandId
    qint64 createdAtMs = 0;
    qint64 lastActivityMs = 0;
};

// Takes a CREATE_PIPELINE (statements to run) or GET_COMMAND_METADATA (answered like a
// pipeline: the count, one object per command, Completed) into p; false for other messages.
bool ShellHost::absorbPipelineMessage(Pipeline &p, const codec::Message &m)
{
    if (m.type == codec::MessageType::GetCommandMetadata) {
        auto value = clixml::parse(m.data);
        auto request = value ? psrp::parseGetCommandMetadata(*value)
                             : Expected<psrp::CommandMetadataRequest>(value.error());
        p.metadata = request ? *request : psrp::CommandMetadataRequest{};
        p.parsed = psrp::ParsedPipeline{};
        return true;
    }
    if (m.type != codec::MessageType::CreatePipeline)
        return false;
    auto value = clixml::parse(m.data);
    auto parsed
        = value ? psrp::parseCreatePipeline(*value) : Expected<psrp::ParsedPipeline>(value.error());
    p.parsed = parsed ? *parsed : psrp::ParsedPipeline{}; // undecodable: runs nothing, completes
    return true;
}

ShellHost::ShellHost(FakeOrganisation *organisation)
    : m_org(organisation)
    , m_timerContext(std::make_unique<QObject>())
{
    m_clock.start();
}

ShellHost::~ShellHost() = default;

void ShellHost::setFaultWsManAt(int n, std::optional<ws::Fault> fault)
{
    m_faultAt = n;
    m_injectedFault = std::move(fault);
}

void ShellHost::setSlowReceiveMs(int ms)
{
    m_slowReceiveMs = std::max(0, ms);
}

void ShellHost::setIgnoreStop(bool ignore)
{
    m_ignoreStop = ignore;
}

void ShellHost::setMaxReceiveWaitMs(int ms)
{
    m_maxReceiveWaitMs = ms;
}

void ShellHost::setMachineName(const QString &name)
{
    m_machineName = name;
}

void ShellHost::setMaxShellsPerUser(int n)
{
    m_maxShellsPerUser = std::max(0, n);
}

int ShellHost::shellCount() const
{
    return int(m_shells.size());
}

int ShellHost::shellCount(const QString &user) const
{
    int n = 0;
    for (const auto &[id, shell] : m_shells)
        if (shell->owner.compare(user, Qt::CaseInsensitive) == 0)
            ++n;
    return n;
}

QStringList ShellHost::pipelineCmdlets(const QString &commandId) const
{
    QStringList names;
    for (const auto &[id, shell] : m_shells) {
        const auto it = shell->pipelines.find(upper(commandId));
        if (it == shell->pipelines.end())
            continue;
        if (it->second.metadata)
            return {QStringLiteral("Get-Command")};
        if (!it->second.parsed)
            return {};
        for (const QList<Command> &statement : it->second.parsed->statements)
            for (const Command &command : statement)
                names.append(command.name);
        return names;
    }
    return names;
}

QString ShellHost::expectedResourceUri(const QString &path)
{
    QString p = path.section(QLatin1Char('?'), 0, 0);
    while (p.endsWith(QLatin1Char('/')))
        p.chop(1);
    if (p.compare(QLatin1String("/PowerShell"), Qt::CaseInsensitive) == 0)
        return kExchangeUri;
    if (p.compare(QLatin1String("/wsman"), Qt::CaseInsensitive) == 0)
        return kPowerShellUri;
    return {};
}

ws::Fault ShellHost::shellQuotaFault(const QString &machine)
{
    // MS-WSMV 3.1.4.5.2.1 text; the code is the fake's choice (not taken from a recording).
    ws::Fault f;
    f.code = guess::shellQuotaCode;
    f.subcode = QStringLiteral("w:QuotaLimit");
    f.message = QStringLiteral(
        "The Windows Remote Shell cannot process the request. The server is already executing "
        "the maximum number of concurrent shells a user can remotely open on the same system. "
        "Retry later.");
    f.reason = QStringLiteral(
        "The WS-Management service cannot process the request. The maximum number of "
        "concurrent shells for this user has been exceeded. ");
    f.machine = machine;
    return f;
}

QString ShellHost::machine() const
{
    if (!m_machineName.isEmpty())
        return m_machineName;
    return m_org ? m_org->serverName() : QStringLiteral("localhost");
}

ShellHost::Reply ShellHost::fault(const QString &relatesTo, const ws::Fault &f, int status) const
{
    qCDebug(lcShell) << "fault" << f.code << f.subcode;
    return {status, ws::buildFault(relatesTo, f)};
}

ShellHost::Reply ShellHost::handle(const QString &user, const QString &path, const QByteArray &soap)
{
    ++m_requestCount;
    if (auto injected = injectedFault(soap))
        return *injected;
    Outcome o = process(user, path, soap, false, 0);
    if (o.reply)
        return *o.reply;
    // Not reached: without mayWait, process() always answers.
    return fault({}, ws::timedOutFault(machine()));
}

void ShellHost::handleAsync(const QString &user, const QString &path, const QByteArray &soap,
                            ReplyHandler done)
{
    ++m_requestCount;
    if (auto injected = injectedFault(soap)) {
        done(*injected);
        return;
    }
    auto parsed = ws::parseRequest(soap);
    int timeoutMs = parsed ? parsed->operationTimeoutMs : 0;
    if (m_maxReceiveWaitMs >= 0)
        timeoutMs = std::min(timeoutMs, m_maxReceiveWaitMs);
    const qint64 deadline = nowMs() + timeoutMs;
    Outcome o = process(user, path, soap, true, deadline);
    if (o.reply) {
        done(*o.reply);
        return;
    }
    retryLater(user, path, soap, std::move(done), deadline, o.waitMs);
}

std::optional<ShellHost::Reply> ShellHost::injectedFault(const QByteArray &soap)
{
    if (m_faultAt <= 0 || m_requestCount != m_faultAt)
        return std::nullopt;
    auto parsed = ws::parseRequest(soap);
    return fault(parsed ? parsed->messageId : QString(),
                 m_injectedFault ? *m_injectedFault : shellQuotaFault(machine()));
}

void ShellHost::retryLater(const QString &user, const QString &path, const QByteArray &soap,
                           ReplyHandler done, qint64 waitDeadlineMs, int delayMs)
{
    QTimer::singleShot(
        std::max(0, delayMs), m_timerContext.get(),
        [this, user, path, soap, done = std::move(done), waitDeadlineMs]() mutable {
            Outcome o = process(user, path, soap, nowMs() < waitDeadlineMs, waitDeadlineMs);
            if (o.reply)
                done(*o.reply);
            else
                retryLater(user, path, soap, std::move(done), waitDeadlineMs, o.waitMs);
        });
}

ShellHost::Outcome ShellHost::process(const QString &user, const QString &path,
                                      const QByteArray &soap, bool mayWait, qint64 waitDeadlineMs)
{
    auto parsed = ws::parseRequest(soap);
    if (!parsed) {
        // The code real WinRM uses for invalid headers (recorded: invalid OperationTimeout).
        ws::Fault f;
        f.code = 2150858767u;
        f.subcode = QStringLiteral("a:InvalidMessageInformationHeader");
        f.reason = QStringLiteral(
            "The WS-Management service cannot process the request. The request contains one "
            "or more invalid SOAP headers. ");
        f.message = guess::invalidHeaderMessage(parsed.error().detail);
        f.machine = machine();
        return {fault({}, f, 400), 0};
    }
    const ws::ParsedRequest &r = *parsed;
    namespace action = remoting::wsman::action;
    auto is = [&](const char *uri) { return r.action == QLatin1String(uri); };

    if (!r.invalidTimeout.isEmpty())
        return {fault(r.messageId, ws::invalidTimeoutFault(machine(), r.invalidTimeout)), 0};
    const bool shellAction = is(action::create) || is(action::receive) || is(action::command)
                             || is(action::send) || is(action::signal) || is(action::del)
                             || is(ws::getAction);
    if (!shellAction)
        return {fault(r.messageId, ws::actionNotSupportedFault(machine(), r.action)), 0};

    // The plug-in's URI for this path; Get also answers on the generic shell resource (the
    // is-alive probe clients send, as recorded).
    const QString expectedUri = expectedResourceUri(path);
    const bool genericShellGet
        = is(ws::getAction)
          && r.resourceUri.compare(QLatin1String(ws::shellResourceUri), Qt::CaseInsensitive) == 0;
    if (!genericShellGet
        && (expectedUri.isEmpty() || r.resourceUri.compare(expectedUri, Qt::CaseInsensitive) != 0))
        return {fault(r.messageId, ws::resourceNotFoundFault(machine(), r.resourceUri)), 0};
    if (!r.unexpectedSelectors.isEmpty())
        return {fault(r.messageId, ws::invalidSelectorsFault(machine())), 0};

    if (is(action::create))
        return {onCreate(user, r), 0};

    const QString key = upper(r.shellId);
    auto it = m_shells.find(key);
    if (key.isEmpty() || it == m_shells.end()
        || it->second->owner.compare(user, Qt::CaseInsensitive) != 0)
        return {fault(r.messageId, ws::invalidSelectorsFault(machine())), 0};
    Shell &shell = *it->second;
    shell.lastActivityMs = nowMs();

    if (is(action::receive))
        return onReceive(shell, user, r, mayWait, waitDeadlineMs);
    if (is(action::command))
        return {onCommand(shell, user, r), 0};
    if (is(action::send))
        return {onSend(shell, user, r), 0};
    if (is(action::signal))
        return {onSignal(shell, r), 0};
    if (is(action::del))
        return {onDelete(key, r), 0};
    return {onGet(shell, r), 0};
}

ShellHost::Reply ShellHost::onGet(const Shell &shell, const ws::ParsedRequest &r) const
{
    ws::ShellProperties properties;
    properties.shellId = shell.id;
    properties.resourceUri = shell.resourceUri;
    properties.owner = shell.owner;
    properties.clientIp = QStringLiteral("127.0.0.1"); // the fake serves loopback clients
    properties.processId = QCoreApplication::applicationPid();
    properties.runTimeSeconds = (nowMs() - shell.createdAtMs) / 1000;
    properties.inactivitySeconds = 0; // this Get is activity
    return {200, ws::buildGetShellResponse(r.messageId, properties)};
}

ShellHost::Reply ShellHost::onCreate(const QString &user, const ws::ParsedRequest &r)
{
    if (m_maxShellsPerUser > 0 && shellCount(user) >= m_maxShellsPerUser)
        return fault(r.messageId, shellQuotaFault(machine()));

    auto shell = std::make_unique<Shell>();
    shell->owner = user;
    shell->resourceUri = r.resourceUri;
    shell->maxEnvelopeSize = r.maxEnvelopeSize;
    shell->createdAtMs = shell->lastActivityMs = nowMs();

    auto badCreation = [&](const QString &why) {
        ws::Fault f;
        f.code = guess::pluginRefusedCode; // the plug-in refused the creation data
        f.subcode = QStringLiteral("w:InternalError");
        f.receiver = true;
        f.message = guess::creationXmlRefusedMessage(why);
        f.machine = machine();
        return fault(r.messageId, f);
    };

    auto messages = shell->inbound.feed(r.creationXml);
    if (!messages)
        return badCreation(messages.error().toLogString());
    std::optional<codec::ClientCapability> capability;
    bool haveInit = false;
    for (const auto &m : *messages) {
        if (m.type == codec::MessageType::SessionCapability) {
            auto value = clixml::parse(m.data);
            if (!value)
                return badCreation(value.error().toLogString());
            auto cap = codec::parseSessionCapability(*value);
            if (!cap)
                return badCreation(cap.error().toLogString());
            capability = *cap;
            shell->rpid = m.rpid;
        } else if (m.type == codec::MessageType::InitRunspacePool) {
            haveInit = true;
            if (shell->rpid.isNull())
                shell->rpid = m.rpid;
        }
    }
    if (!capability || !haveInit)
        return badCreation(QStringLiteral("SESSION_CAPABILITY and INIT_RUNSPACEPOOL are required"));

    QString asked = r.options.value(QStringLiteral("protocolversion"));
    if (asked.isEmpty())
        asked = capability->protocolVersion;
    shell->protocolVersion = negotiatedVersion(asked);

    QString id = upper(r.shellId);
    if (id.isEmpty() || m_shells.count(id))
        id = upper(shell->rpid.isNull() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                        : shell->rpid.toString(QUuid::WithoutBraces));
    if (m_shells.count(id))
        id = upper(QUuid::createUuid().toString(QUuid::WithoutBraces));
    shell->id = id;

    shell->outbound.setMaxFragmentSize(std::min(32768, payloadBudget(shell->maxEnvelopeSize)));
    // Receive 1: capability + application private data; Receive 2: the Opened state.
    queuePool(*shell, 0, int(codec::MessageType::SessionCapability),
              psrp::buildServerSessionCapability(shell->protocolVersion, kServerPsVersion));
    queuePool(*shell, 0, int(codec::MessageType::ApplicationPrivateData),
              psrp::buildApplicationPrivateData(kServerBuildVersion));
    queuePool(*shell, 1, int(codec::MessageType::RunspacePoolState),
              psrp::buildRunspacePoolState(2));

    qCInfo(lcShell) << "shell" << id << "created for" << user << "protocol"
                    << shell->protocolVersion;
    const QString address = r.to.isEmpty() ? QStringLiteral("http://localhost/PowerShell") : r.to;
    Reply reply{200, ws::buildCreateResponse(r.messageId, address, r.resourceUri, id, user)};
    m_shells.emplace(id, std::move(shell));
    return reply;
}

void ShellHost::queuePool(Shell &shell, int batch, int messageType, const QByteArray &data)
{
    codec::Message m;
    m.destination = codec::Destination::Client;
    m.type = codec::MessageType(messageType);
    // The server's SESSION_CAPABILITY carries a zero RPID (as real servers send it).
    m.rpid = m.type == codec::MessageType::SessionCapability ? QUuid() : shell.rpid;
    m.data = data;
    while (int(shell.poolBatches.size()) <= batch)
        shell.poolBatches.emplace_back();
    for (auto &f : shell.outbound.fragment(codec::encodeMessage(m)))
        shell.poolBatches[batch].push_back(f);
}

void ShellHost::queuePipeline(Shell &shell, Pipeline &p, int messageType, const QByteArray &data)
{
    codec::Message m;
    m.destination = codec::Destination::Client;
    m.type = codec::MessageType(messageType);
    m.rpid = shell.rpid;
    m.pid = p.pid;
    m.data = data;
    for (auto &f : shell.outbound.fragment(codec::encodeMessage(m)))
        p.out.push_back(f);
    if (m.type == codec::MessageType::PipelineState)
        p.terminal = true;
}

ShellHost::Reply ShellHost::onCommand(Shell &shell, const QString &user, const ws::ParsedRequest &r)
{
    auto messages = shell.inbound.feed(r.arguments);
    if (!messages) {
        ws::Fault f;
        f.code = guess::pluginRefusedCode;
        f.subcode = QStringLiteral("w:InternalError");
        f.receiver = true;
        f.message = guess::pipelineDataRefusedMessage(messages.error().toLogString());
        f.machine = machine();
        return fault(r.messageId, f);
    }
    Pipeline p;
    for (const auto &m : *messages)
        if (absorbPipelineMessage(p, m))
            p.pid = m.pid;
    QString commandId = upper(r.commandId);
    if (commandId.isEmpty())
        commandId
            = upper((p.pid.isNull() ? QUuid::createUuid() : p.pid).toString(QUuid::WithoutBraces));
    if (p.pid.isNull())
        p.pid = QUuid::fromString(commandId);
    p.commandId = commandId;
    p.readyAtMs = nowMs() + m_slowReceiveMs;
    auto [it, inserted] = shell.pipelines.insert_or_assign(commandId, std::move(p));
    startPipelineIfReady(shell, it->second, user);
    return {200, ws::buildCommandResponse(r.messageId, commandId)};
}

ShellHost::Reply ShellHost::onSend(Shell &shell, const QString &user, const ws::ParsedRequest &r)
{
    auto messages = shell.inbound.feed(r.sendData);
    if (!messages) {
        ws::Fault f;
        f.code = guess::pluginRefusedCode;
        f.subcode = QStringLiteral("w:InternalError");
        f.receiver = true;
        f.message = guess::sendDataRefusedMessage(messages.error().toLogString());
        f.machine = machine();
        return fault(r.messageId, f);
    }
    for (const auto &m : *messages) {
        // Pipeline input is not used by the emulated cmdlets: only the rest of a
        // CREATE_PIPELINE / GET_COMMAND_METADATA that did not fit the Command.
        auto it = shell.pipelines.find(upper(r.commandId));
        if (it != shell.pipelines.end() && absorbPipelineMessage(it->second, m))
            startPipelineIfReady(shell, it->second, user);
    }
    return {200, ws::buildEmptyResponse(r.messageId,
                                        QLatin1String(remoting::wsman::action::sendResponse))};
}

void ShellHost::startPipelineIfReady(Shell &shell, Pipeline &p, const QString &user)
{
    if (p.started || !p.parsed || nowMs() < p.readyAtMs)
        return;
    runPipeline(shell, p, user);
}

void ShellHost::runPipeline(Shell &shell, Pipeline &p, const QString &user)
{
    p.started = true;
    if (p.metadata) {
        const QList<PsValue> objects = m_org->commandMetadata(
            user, p.metadata->names, p.metadata->commandTypes, p.metadata->namespaces);
        for (const PsValue &value : objects)
            queuePipeline(shell, p, int(codec::MessageType::PipelineOutput),
                          psrp::buildPipelineOutput(value));
        queuePipeline(shell, p, int(codec::MessageType::PipelineState),
                      psrp::buildPipelineState(PipelineState::Completed));
        return;
    }
    continuePipeline(shell, p, user);
}

// Runs the statements one after another, as PowerShell does: each statement's output, error
// records and warnings are queued in order; a terminating error (e.g. -ErrorAction Stop on a
// failing cmdlet) ends the pipeline Failed and no later statement runs. A statement that takes
// time (cmdlet-slow) pauses the run: what the earlier statements wrote is answered at once,
// and when it is due (a Receive asks), it runs and the first output from it on is answered
// before the statements after that run (at the next request for this pipeline). A stop
// signal while it
// runs lets it finish (Exchange's cmdlets complete a write they have begun), then the
// pipeline ends Stopped; a stop between statements ends it at once.
void ShellHost::continuePipeline(Shell &shell, Pipeline &p, const QString &user)
{
    const QList<QList<Command>> &statements = p.parsed->statements;
    bool ranSlow = false;
    while (!p.terminal) {
        if (p.pendingDueMs < 0) {
            if (p.stopRequested) {
                queuePipeline(
                    shell, p, int(codec::MessageType::PipelineState),
                    psrp::buildPipelineState(PipelineState::Stopped, pipelineStoppedError()));
                return;
            }
            if (p.next >= statements.size())
                break;
            if (ranSlow && !p.out.empty())
                return; // answer what the slow statement (and any after it) wrote first
            for (const Command &command : statements.at(p.next)) {
                if (command.isScript) {
                    qCInfo(lcShell) << "refused script text in a NoLanguage runspace";
                    queuePipeline(
                        shell, p, int(codec::MessageType::PipelineState),
                        psrp::buildPipelineState(PipelineState::Failed, noLanguageError()));
                    return;
                }
            }
            if (const int delay = m_org->delayFor(statements.at(p.next)); delay > 0) {
                qCInfo(lcShell) << "fault: statement" << p.next << "takes" << delay << "ms";
                p.pendingDueMs = nowMs() + delay;
                return;
            }
        } else {
            if (nowMs() < p.pendingDueMs)
                return;
            p.pendingDueMs = -1;
            ranSlow = true;
        }
        CmdletOutcome outcome = m_org->runPipeline(user, statements.at(p.next));
        ++p.next;
        for (const auto &value : outcome.output)
            queuePipeline(shell, p, int(codec::MessageType::PipelineOutput),
                          psrp::buildPipelineOutput(value));
        for (const auto &error : outcome.errors)
            queuePipeline(shell, p, int(codec::MessageType::ErrorRecord),
                          psrp::buildErrorRecord(error));
        for (const auto &warning : outcome.warnings)
            queuePipeline(shell, p, int(codec::MessageType::WarningRecord),
                          psrp::buildInformational(warning));
        if (outcome.terminating) {
            queuePipeline(shell, p, int(codec::MessageType::PipelineState),
                          psrp::buildPipelineState(PipelineState::Failed, *outcome.terminating));
            return;
        }
    }
    if (!p.terminal)
        queuePipeline(shell, p, int(codec::MessageType::PipelineState),
                      psrp::buildPipelineState(PipelineState::Completed));
}

void ShellHost::stopPipeline(Shell &shell, Pipeline &p)
{
    if (p.terminal)
        return; // finished pipelines ignore the stop signal
    if (p.started && p.pendingDueMs >= 0) {
        p.stopRequested = true; // the statement running finishes first
        return;
    }
    p.started = true;
    queuePipeline(shell, p, int(codec::MessageType::PipelineState),
                  psrp::buildPipelineState(PipelineState::Stopped, pipelineStoppedError()));
}

ShellHost::Outcome ShellHost::onReceive(Shell &shell, const QString &user,
                                        const ws::ParsedRequest &r, bool mayWait,
                                        qint64 waitDeadlineMs)
{
    const int budget = payloadBudget(r.maxEnvelopeSize);
    QList<ws::StreamChunk> chunks;
    int used = 0;
    auto take = [&](std::deque<QByteArray> &queue, const QString &commandId) {
        while (!queue.empty()) {
            const int cost = queue.front().size() + kStreamElementOverhead;
            if (!chunks.isEmpty() && used + cost > budget)
                break;
            chunks.append({QStringLiteral("stdout"), commandId, queue.front(), false});
            used += cost;
            queue.pop_front();
        }
    };

    const QString commandKey = upper(r.desiredStreamCommandId);
    if (commandKey.isEmpty()) {
        while (!shell.poolBatches.empty() && shell.poolBatches.front().empty())
            shell.poolBatches.pop_front();
        if (!shell.poolBatches.empty()) {
            take(shell.poolBatches.front(), {});
            if (shell.poolBatches.front().empty())
                shell.poolBatches.pop_front();
            return {Reply{200, ws::buildReceiveResponse(r.messageId, chunks)}, 0};
        }
        if (mayWait)
            return {std::nullopt, int(std::max<qint64>(0, waitDeadlineMs - nowMs()))};
        return {fault(r.messageId, ws::timedOutFault(machine())), 0};
    }

    auto it = shell.pipelines.find(commandKey);
    if (it == shell.pipelines.end())
        return {fault(r.messageId, ws::invalidSelectorsFault(machine())), 0};
    Pipeline &p = it->second;
    startPipelineIfReady(shell, p, user);
    if (p.started && !p.terminal && p.parsed && !p.metadata)
        continuePipeline(shell, p, user);
    take(p.out, p.commandId);
    const bool done = p.terminal && p.out.empty();
    if (!chunks.isEmpty() || (done && !p.doneSent)) {
        if (done)
            p.doneSent = true;
        return {Reply{200, ws::buildReceiveResponse(r.messageId, chunks, p.commandId,
                                                    done ? QStringLiteral("Done") : QString())},
                0};
    }
    if (mayWait) {
        qint64 wake = waitDeadlineMs;
        if (!p.started && p.parsed)
            wake = std::min(wake, p.readyAtMs);
        if (p.pendingDueMs >= 0)
            wake = std::min(wake, p.pendingDueMs);
        return {std::nullopt, int(std::max<qint64>(0, wake - nowMs()))};
    }
    return {fault(r.messageId, ws::timedOutFault(machine())), 0};
}

ShellHost::Reply ShellHost::onSignal(Shell &shell, const ws::ParsedRequest &r)
{
    auto it = shell.pipelines.find(upper(r.commandId));
    if (it == shell.pipelines.end())
        return fault(r.messageId, ws::invalidSelectorsFault(machine()));
    if (isCtrlC(r.signalCode)) {
        if (m_ignoreStop)
            qCInfo(lcShell) << "fault: stop signal ignored";
        else
            stopPipeline(shell, it->second);
    } else if (isTerminate(r.signalCode)) {
        shell.pipelines.erase(it);
    } else {
        ws::Fault f;
        f.code = guess::unknownSignalCode;
        f.subcode = QStringLiteral("w:InvalidParameter");
        f.message = guess::unknownSignalMessage(r.signalCode);
        f.machine = machine();
        return fault(r.messageId, f);
    }
    return {200, ws::buildEmptyResponse(r.messageId,
                                        QLatin1String(remoting::wsman::action::signalResponse))};
}

ShellHost::Reply ShellHost::onDelete(const QString &shellKey, const ws::ParsedRequest &r)
{
    m_shells.erase(shellKey);
    qCInfo(lcShell) << "shell" << shellKey << "deleted";
    return {200, ws::buildEmptyResponse(r.messageId,
                                        QLatin1String(remoting::wsman::action::deleteResponse))};
}

} // namespace fake
