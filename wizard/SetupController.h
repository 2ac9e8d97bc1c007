#pragma once

#include "CommandSession.h"
#include "JournalingEngine.h"
#include "JournalingSettings.h"
#include "RemoteSession.h"
#include "ServerAddress.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>

#include <functional>
#include <memory>
#include <optional>

namespace credentials {
class CredentialStore;
}

namespace wizard {

class RememberedPassword;
class RememberedSettings;

// The wizard's state and actions without any widget: connection inputs (SessionOptions),
// the desired JournalingSettings, the session and the JournalingEngine, busy and error state.
// Pages only display it and forward edits, so it is driven directly by tests.
// Never blocks: every network or keychain action reports back through signals.
//
// One state machine (State) says where it is; everything else (activity(), isBusy(),
// isPlanCurrent(), isConnectionVerified()) is derived from it. Transitions:
//
//   Unverified, Verified, Planned, Applied --testConnection()-------------> Testing
//   Testing --discovered----------------------------------------------------> Verified
//   Testing --session or engine failed; cancel() while opening---------------> Unverified
//   Testing --cancel() while discovering--> TestCancelling --engine stopped--> Unverified
//   Verified, Planned, Applied --refreshPlan()-------------------------------> Planning
//   Planning --idle session probed, the server dropped it: reopened------------> Planning
//   Planning --discovered and planned-----------------------------------------> Planned
//   Planning --session or engine failed; cancel() while opening---------------> Verified
//   Planning --cancel() while discovering--> PlanCancelling --engine stopped--> Verified
//   Planning --cancel() while probing--> PlanCancelling --probe answered-------> Verified
//   Planned --apply()----------------------------------------------------------> Applying
//   Applying --finished--------------------------------------------------------> Applied
//   Applying --cancel()--> ApplyCancelling --finished (between steps)----------> Applied
//   Verified, Planned, Applied --a connection input edited---------------------> Unverified
//   Planned --a setting edited--------------------------------------------------> Verified
//
// A test, refresh or apply that ends after a connection input changed under it lands in
// Unverified. One apply per controller (the wizard's commit page): apply() is refused once
// hasApplied(), also after a later refreshPlan().
class SetupController : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Unverified,      // no test of the current connection inputs succeeded
        Testing,         // testConnection(): opening a session, then discovering
        TestCancelling,  // cancel() while Testing discovered: waiting for the engine to stop
        Verified,        // the current inputs were tested; no current plan
        Planning,        // refreshPlan(): probing an idle session, (re)opening it when it
                         // closed or the server dropped it, discovering
        PlanCancelling,  // cancel() while Planning discovered: waiting for the engine to stop
        Planned,         // plan() is current for the settings and the last discovery
        Applying,        // apply(): the engine changes one step after another
        ApplyCancelling, // cancel() while Applying: the engine stops between steps
        Applied,         // apply() finished (applyResult(): success, failure or cancelled)
    };
    Q_ENUM(State)
    // What the pages show while busy, derived from State and the session.
    enum class Activity { Idle, Connecting, Discovering, Applying, Cancelling };
    Q_ENUM(Activity)
    // How to sign in: the logged-on user (Kerberos), explicit credentials (Negotiate or
    // NTLM), or Basic (HTTPS only).
    enum class AuthChoice { CurrentUser, Negotiate, Ntlm, Basic };
    Q_ENUM(AuthChoice)

    // Makes the session for each connection (parented to the given object). The default
    // makes remoting::RemoteSession; tests give sessions of their own.
    using SessionFactory = std::function<remoting::CommandSession *(QObject *parent)>;
    static SessionFactory remoteSessions();

    explicit SetupController(QObject *parent = nullptr);
    ~SetupController() override;

    void setSessionFactory(SessionFactory factory);

    // Closes the remote session (the shell is deleted on the server: Exchange limits shells per
    // user) and then calls done() — at most timeoutMs later if the server does not answer.
    void shutdown(std::function<void()> done, int timeoutMs = 3000);

    // Not owned; null = passwords are never remembered.
    void setCredentialStore(credentials::CredentialStore *store);
    // Where typed settings are remembered (an INI file); empty = the platform's default.
    void setSettingsFile(const QString &path);

    State state() const { return m_state; }
    static QString stateName(State state); // "Unverified", "Testing", ... (logs, tests)

    // --- Connection inputs. Any edit invalidates a previous successful test. ---
    void setServer(const QString &text);
    QString server() const { return m_serverText; }
    ServerAddress serverAddress() const { return ServerAddress::parse(m_serverText); }
    void setAuthChoice(AuthChoice choice);
    AuthChoice authChoice() const { return m_auth; }
    bool needsCredentials() const { return m_auth != AuthChoice::CurrentUser; }
    void setUserName(const QString &user);
    QString userName() const { return m_userName; }
    void setPassword(const QString &password);
    bool hasPassword() const { return !m_password.isEmpty(); }
    void setRememberPassword(bool remember);
    bool rememberPassword() const { return m_rememberPassword; }
    // Pins a SHA-256 certificate fingerprint (hex, colons allowed) for the current server.
    bool setTrustedFingerprint(const QString &hex);
    QByteArray pinnedSha256() const;
    remoting::SessionOptions sessionOptions() const;
    // What the wizard shows for a failure: its message, then what to do (exchange::ErrorAdvice
    // for these connection settings, the same text the command line prints).
    QString explain(const remoting::Error &error) const;
    // What keeps Test connection from starting (translated); empty when it can start.
    QString connectionInputError() const;

    // Opens a session and discovers the organisation -> connectionTested(ok).
    void testConnection();
    // True while the last successful test matches the current inputs and its session is open.
    bool isConnectionVerified() const;
    // Pins the certificate for this server (remembered) and tests again.
    void trustCertificate(const QSslCertificate &certificate);
    static QString fingerprintText(const QByteArray &sha256); // "AA:BB:..."

    // --- The desired configuration ---
    const exchange::JournalingSettings &settings() const { return m_settings; }
    void updateSettings(const std::function<void(exchange::JournalingSettings &)> &change);
    const exchange::Organisation &organisation() const { return m_organisation; }
    // Uses an organisation as if discovered (offline previews and tests); keeps the connection
    // state.
    void setOrganisation(const exchange::Organisation &organisation);
    QString serverLabel() const;
    // The open session (null when not connected), for read-only checks that run on it
    // (HealthCheckController).
    remoting::CommandSession *session() const
    {
        return m_session && m_session->isOpen() ? m_session.data() : nullptr;
    }

    // Discovers again with the current settings, then plans -> planChanged(). When the
    // session has been idle for idleProbeAfterMs() (the user lingered on the pages), it
    // first asks the server whether the shell is still there (RemoteSession::isAlive(), one
    // request) and connects again transparently when the server has dropped it.
    void refreshPlan();
    // Idle time after which refreshPlan() probes the session first; default 5 minutes
    // (quicker flows send no extra request). Negative: never probe.
    void setIdleProbeAfterMs(int ms) { m_idleProbeAfterMs = ms; }
    int idleProbeAfterMs() const { return m_idleProbeAfterMs; }
    const exchange::Plan &plan() const { return m_plan; }
    bool isPlanCurrent() const { return m_state == State::Planned; }
    QString script() const;

    // --- Apply ---
    void apply();
    // Apply stops between steps; a connection test or discovery is abandoned.
    void cancel();
    const exchange::ApplyResult &applyResult() const;
    // One per plan step, by the plan's index.
    const QList<exchange::StepOutcome> &stepOutcomes() const { return m_outcomes; }
    bool hasApplied() const { return m_result.has_value(); }

    Activity activity() const;
    bool isBusy() const;
    QString errorText() const { return m_errorText; }
    QString errorDetail() const { return m_errorDetail; }

    // --- Remembered settings (never secrets in the settings file) ---
    // Restores the last used server and what was typed for it. Synchronous file read only.
    void loadLastServer();
    // Restores what was typed for the current server; reads a remembered password from the
    // keychain asynchronously (-> passwordLoaded()).
    void loadRemembered();
    void saveRemembered();

Q_SIGNALS:
    void stateChanged(wizard::SetupController::State state);
    void activityChanged(wizard::SetupController::Activity activity);
    void connectionInputsChanged();
    void connectionTested(bool ok);
    void certificateUntrusted(const QSslCertificate &certificate);
    void errorChanged();
    void planChanged();
    void stepChanged(int index, const exchange::StepOutcome &outcome);
    void logLine(const QString &line);
    void applyFinished(const exchange::ApplyResult &result);
    void rememberedLoaded();
    void passwordLoaded();
    void credentialMessage(const QString &message);

private:
    void setState(State state);
    // Ends a test, refresh or apply in `idle`, or in Unverified when a connection input
    // changed while it ran.
    void settle(State idle);
    void notifyActivity();
    void setError(const QString &text, const QString &detail = {});
    void setFailure(const remoting::Error &error);
    void clearError();
    void invalidateConnection();
    bool inputsMatchSession() const;
    void openSession();
    void retireSession();
    void onSessionOpened();
    void onSessionFailed(const remoting::Error &error);
    void onDiscovered(const exchange::Organisation &organisation);
    void onEngineFailed(const remoting::Error &error);
    void onApplyFinished(const exchange::ApplyResult &result);
    void onPasswordLoaded(const QString &server, const QString &user, const QString &secret);
    // After an operation was cancelled: which idle state it returns to, and its signal.
    void finishCancelled();
    void discoverForPlan();
    void onIdleProbeFinished(remoting::AliveCheck *check);

    SessionFactory m_sessionFactory;
    std::unique_ptr<RememberedSettings> m_remembered;
    RememberedPassword *m_rememberedPassword;

    State m_state = State::Unverified;
    Activity m_shownActivity = Activity::Idle; // the last activityChanged() value

    QString m_serverText;
    AuthChoice m_auth = AuthChoice::CurrentUser;
    QString m_userName;
    QString m_password; // memory only; never logged or written to settings
    bool m_rememberPassword = false;
    QHash<QString, QByteArray> m_pins; // settings key -> SHA-256

    exchange::JournalingSettings m_settings;
    exchange::Organisation m_organisation;
    exchange::Plan m_plan;
    std::optional<exchange::ApplyResult> m_result; // set when apply() starts
    QList<exchange::StepOutcome> m_outcomes;

    QString m_errorText;
    QString m_errorDetail;

    QPointer<remoting::CommandSession> m_session;
    remoting::SessionOptions m_sessionOptions; // what m_session was opened with
    QPointer<remoting::AliveCheck> m_probe;    // the idle probe of refreshPlan() while it runs
    QElapsedTimer m_sessionLastUsed; // since the session last answered (opened, discovery, apply)
    int m_idleProbeAfterMs = 5 * 60 * 1000;
    exchange::JournalingEngine *m_engine = nullptr;
};

} // namespace wizard
