#pragma once

#include <QObject>
#include <QString>

namespace Versus::Core {

/// The optional bearer token for the inquiry endpoint. It lives in the system's
/// keyring (QtKeychain); where there is none, it is kept in memory for this session
/// only, and says so. It is never written in plain text and never logged.
class TokenStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenStore)

public:
    enum class Storage { Unknown, Keyring, SessionOnly };

    explicit TokenStore(QObject *parent = nullptr);

    QString token() const { return m_token; }
    Storage storage() const { return m_storage; }
    /// Reads the keyring (asynchronously); emits changed() when done.
    void load();
    /// Stores a token (an empty one removes it); emits changed() when done.
    void save(const QString &token);
    /// For the command line: load() and wait, at most timeoutMs.
    QString loadAndWait(int timeoutMs = 3000);
    /// What the user should know about where the token is kept.
    QString storageNote() const;

Q_SIGNALS:
    void changed();

private:
    QString m_token;
    Storage m_storage = Storage::Unknown;
    int m_generation = 0; // counts save()s, so that a slow read does not undo one
};

} // namespace Versus::Core
