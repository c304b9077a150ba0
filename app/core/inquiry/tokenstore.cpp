#include "core/inquiry/tokenstore.h"

#include "core/common/logging.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace Versus::Core {

namespace {
// The keyring entry is the application's ("Versus"); a test program gets its own.
QString service()
{
    return QCoreApplication::applicationName();
}
const auto key = u"inquiry-endpoint-token"_s;

// What happened is logged, never the token.
void logKeyringError(const char *what, const QKeychain::Job &job, bool keyringWorked)
{
    if (keyringWorked)
        qCWarning(lcInquiry) << what << "the token in the keyring failed:" << job.errorString();
    else // many systems have none (qtkeychain then says "Unknown error"); the user is told
        qCInfo(lcInquiry) << what << "the token: no keyring, kept for this session only:" << job.errorString();
}
} // namespace

TokenStore::TokenStore(QObject *parent)
    : QObject(parent)
{
}

void TokenStore::load()
{
    auto *job = new QKeychain::ReadPasswordJob(service(), this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, generation = m_generation](QKeychain::Job *done) {
        switch (done->error()) {
        case QKeychain::NoError:
            // A token saved (or deleted) since this read began is the one that counts.
            if (generation == m_generation)
                m_token = static_cast<QKeychain::ReadPasswordJob *>(done)->textData();
            m_storage = Storage::Keyring;
            break;
        case QKeychain::EntryNotFound:
            m_storage = Storage::Keyring; // a keyring, with no token in it
            break;
        default:
            logKeyringError("reading", *done, m_storage == Storage::Keyring);
            m_storage = Storage::SessionOnly;
            break;
        }
        Q_EMIT changed();
    });
    job->start();
}

void TokenStore::save(const QString &token)
{
    m_token = token; // in memory at once, whatever the keyring says
    ++m_generation;
    QKeychain::Job *job = nullptr;
    if (token.isEmpty()) {
        auto *remove = new QKeychain::DeletePasswordJob(service(), this);
        remove->setKey(key);
        job = remove;
    } else {
        auto *write = new QKeychain::WritePasswordJob(service(), this);
        write->setKey(key);
        write->setTextData(token);
        job = write;
    }
    job->setAutoDelete(true);
    const char *what = token.isEmpty() ? "removing" : "storing";
    connect(job, &QKeychain::Job::finished, this, [this, what](QKeychain::Job *done) {
        const bool ok = done->error() == QKeychain::NoError || done->error() == QKeychain::EntryNotFound;
        if (!ok)
            logKeyringError(what, *done, m_storage == Storage::Keyring);
        m_storage = ok ? Storage::Keyring : Storage::SessionOnly;
        Q_EMIT changed();
    });
    job->start();
}

QString TokenStore::loadAndWait(int timeoutMs)
{
    QEventLoop loop;
    connect(this, &TokenStore::changed, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    load();
    if (m_storage == Storage::Unknown)
        loop.exec();
    return m_token;
}

QString TokenStore::storageNote() const
{
    switch (m_storage) {
    case Storage::Keyring: return tr("The token is kept in the system's keyring.");
    case Storage::SessionOnly:
        return tr(
            "No keyring is available: the token is kept in memory until Versus closes, and never written to disk.");
    case Storage::Unknown: break;
    }
    return {};
}

} // namespace Versus::Core
