#pragma once

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

class QSettings;

namespace credentials {
class CredentialStore;
}

namespace wizard {

// The wizard's state and actions without any widget: connection inputs (SessionOptions),
// the desired JournalingSettings, the RemoteSession and the JournalingEngine, busy and error
// state. Pages only display it and forward edits, so it is driven directly by tests.
// Never blocks: every network or keychain action reports back through signals.
class SetupController : public QObject
{
    Q_OBJECT
public:
    enum class Activity { Idle, Connecting, Discovering, Applying, Cancelling };
    Q_ENUM(Activity)
    // How to sign in: the logged-on user (Kerberos), explicit credentials (Negotiate or
    // NTLM), or Basic (HTTPS only).
    enum class AuthChoice { CurrentUser, Negotiate, Ntlm, Basic };
    Q_ENUM(AuthChoice)

    explicit SetupController(QObject *parent = nullptr);
    ~SetupController() override;

    // Closes the remote session (the shell is deleted on the server: Exchange limits shells per
    // user) and then calls done() — at most timeoutMs later if the server does not answer.
    void shutdown(std::function<void()> done, int timeoutMs = 3000);

    // Not owned; null = passwords are never remembered.
    void setCredentialStore(credentials::CredentialStore *store);
    // Where typed settings are remembered (an INI file); empty = the platform's default.
    void setSettingsFile(const QString &path);

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
    // What keeps Test connection from starting (translated); empty when it can start.
    QString connectionInputError() const;

    // Opens a session and discovers the organisation -> connectionTested(ok).
    void testConnection();
    // True while the last successful test matches the current inputs.
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
    // The open remote session (null when not connected), for read-only checks that run on it
    // (HealthCheckController).
    remoting::RemoteSession *session() const
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
    bool isPlanCurrent() const { return m_planCurrent; }
    QString script() const;

    // --- Apply ---
    void apply();
    // Apply stops between steps; a connection test or discovery is abandoned.
    void cancel();
    const exchange::ApplyResult &applyResult() const { return m_result; }
    const QList<exchange::StepOutcome> &stepOutcomes() const { return m_outcomes; }
    bool hasApplied() const { return m_applied; }

    Activity activity() const { return m_activity; }
    bool isBusy() const { return m_activity != Activity::Idle; }
    QString errorText() const { return m_errorText; }
    QString errorDetail() const { return m_errorDetail; }

    // --- Remembered settings (never secrets in QSettings) ---
    // Restores the last used server and what was typed for it. Synchronous file read only.
    void loadLastServer();
    // Restores what was typed for the current server; reads a remembered password from the
    // keychain asynchronously (-> passwordLoaded()).
    void loadRemembered();
    void saveRemembered();

Q_SIGNALS:
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
    enum class Pending { None, Test, Refresh };

    void setActivity(Activity activity);
    void setError(const QString &text, const QString &detail = {});
    void clearError();
    void invalidateConnection();
    void openSession(Pending pending);
    void retireSession();
    void onSessionOpened();
    void onSessionFailed(const remoting::Error &error);
    void onDiscovered(const exchange::Organisation &organisation);
    void onEngineFailed(const remoting::Error &error);
    void onApplyFinished(const exchange::ApplyResult &result);
    void discoverForPlan();
    void onIdleProbeFinished(remoting::AliveCheck *check);
    void storePassword();
    QSettings *settingsStore() const;
    QString settingsGroup() const;

    credentials::CredentialStore *m_store = nullptr;
    QString m_settingsFile;
    mutable std::unique_ptr<QSettings> m_settingsStore;

    QString m_serverText;
    AuthChoice m_auth = AuthChoice::CurrentUser;
    QString m_userName;
    QString m_password; // memory only; never logged or written to settings
    bool m_rememberPassword = false;
    bool m_passwordStored = false;     // a password for this server/user may be in the keychain
    QHash<QString, QByteArray> m_pins; // settings key -> SHA-256

    quint64 m_inputRevision = 1;
    quint64 m_testRevision = 0;
    quint64 m_verifiedRevision = 0;
    bool m_cancelRequested = false;
    Pending m_pending = Pending::None;

    exchange::JournalingSettings m_settings;
    exchange::Organisation m_organisation;
    exchange::Plan m_plan;
    bool m_planCurrent = false;
    exchange::ApplyResult m_result;
    QList<exchange::StepOutcome> m_outcomes;
    bool m_applied = false;

    Activity m_activity = Activity::Idle;
    QString m_errorText;
    QString m_errorDetail;

    QPointer<remoting::RemoteSession> m_session;
    QElapsedTimer m_sessionLastUsed; // since the session last answered (opened, discovery, apply)
    int m_idleProbeAfterMs = 5 * 60 * 1000;
    exchange::JournalingEngine *m_engine = nullptr;
};

} // namespace wizard
