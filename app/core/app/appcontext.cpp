#include "core/app/appcontext.h"

#include "core/common/logging.h"
#include "core/inquiry/inquirystore.h"
#include "core/inquiry/outbox.h"
#include "core/inquiry/tokenstore.h"
#include "core/pack/pack.h"
#include "core/settings/settings.h"

#include <QDateTime>
#include <QNetworkInformation>

namespace Versus::Core {

DeliveryTarget DeliveryTarget::resolve(const QUrl &override, const QUrl &settingsEndpoint, const Pack *pack,
                                       const std::optional<DeliveryProfile> &settingsProfile)
{
    DeliveryTarget target;
    if (pack)
        target.profile = pack->inquiry.delivery;
    if (settingsProfile) {
        target.profile.format = settingsProfile->format;
        target.profile.shape = settingsProfile->shape;
        target.profile.auth = settingsProfile->auth;
        target.profile.authHeader = settingsProfile->authHeader;
        target.profile.extraFields = settingsProfile->extraFields;
    }
    target.endpoint = override.isEmpty() ? settingsEndpoint : override;
    if (target.endpoint.isEmpty() && pack) {
        target.endpoint = pack->inquiry.endpoint;
        target.packFilter = pack->id;
    }
    return target;
}

AppContext::AppContext(Mode mode, QObject *parent)
    : QObject(parent)
    , m_mode(mode)
{
    if (m_mode == Mode::Interactive) {
        connect(&Settings::instance(), &Settings::changed, this, [this](Settings::Key key) {
            switch (key) {
            case Settings::Key::EndpointUrl:
            case Settings::Key::EndpointFormat:
            case Settings::Key::WebhookShape:
            case Settings::Key::AuthScheme:
            case Settings::Key::AuthHeader:
            case Settings::Key::ExtraFields:
            case Settings::Key::SendAutomatically: configureOutbox(); break;
            default: break;
            }
        });
    }
}

// The outbox goes before the store it writes to (member order); neither does I/O here
// beyond abandoning replies in flight, which the next sender picks up again.
AppContext::~AppContext() = default;

Result<void> AppContext::openStore()
{
    if (m_openResult)
        return *m_openResult;
    m_store = std::make_unique<InquiryStore>();
    m_openResult = m_store->open(); // the store logs its failures
    if (!m_openResult->ok()) {
        m_storeProblem = m_openResult->error().message;
        return *m_openResult;
    }
    // The window says at once when nothing typed can be kept (a read-only file system,
    // another user's file); the command line reports the write that fails.
    if (m_mode == Mode::Interactive) {
        if (auto writable = m_store->checkWritable(); !writable) {
            m_storeProblem = writable.error().message; // it opens and reads: drafts and outbox can still be shown
            return *m_openResult;
        }
    }
    // Privacy: sent inquiries do not stay longer than the user allows.
    const int days = Settings::instance().sentRetentionDays();
    static_cast<void>(m_store->purgeSent(QDateTime::currentDateTimeUtc().addDays(-days))); // logged; next start
    return *m_openResult;
}

InquiryStore *AppContext::store() const
{
    return m_openResult && m_openResult->ok() ? m_store.get() : nullptr;
}

Outbox *AppContext::startDelivery()
{
    if (m_outbox)
        return m_outbox.get();
    if (!openStore())
        return nullptr;
    m_tokens = std::make_unique<TokenStore>();
    m_outbox = std::make_unique<Outbox>(m_store.get());
    connect(m_outbox.get(), &Outbox::becameSender, this, &AppContext::becameSender);
    configureOutbox();
    if (m_mode == Mode::Batch) {
        // Headless: the secret may come from the environment (docs/inquiry-protocol.md), never
        // from the command line, where other users can read it.
        const QString fromEnvironment = qEnvironmentVariable(DeliveryProfile::secretVariable);
        m_outbox->setToken(fromEnvironment.isEmpty() ? m_tokens->loadAndWait() : fromEnvironment);
        return m_outbox.get();
    }
    connect(m_tokens.get(), &TokenStore::changed, m_outbox.get(), [this] { m_outbox->setToken(m_tokens->token()); });
    m_tokens->load();
    // One running Versus sends; the others queue, and one of them takes over when it quits.
    // A database this process cannot write is left to one that can.
    if (m_storeProblem.isEmpty())
        m_outbox->becomeSender();
    // What other windows and --queue-inquiry add is sent (by the sender) and shown (by all) in seconds.
    m_outbox->watchOtherProcesses();
    // A network that comes back is a hint to try again (not a promise, and not needed).
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, m_outbox.get(),
                [this](QNetworkInformation::Reachability r) {
                    if (r == QNetworkInformation::Reachability::Online)
                        m_outbox->sendDue();
                });
    }
    return m_outbox.get();
}

void AppContext::setPack(std::shared_ptr<const Pack> pack)
{
    m_pack = std::move(pack);
    configureOutbox();
}

void AppContext::setEndpointOverride(const QUrl &endpoint)
{
    m_endpointOverride = endpoint;
    configureOutbox();
}

DeliveryTarget AppContext::delivery() const
{
    const Settings &settings = Settings::instance();
    return DeliveryTarget::resolve(m_endpointOverride, settings.endpointUrl(), m_pack.get(),
                                   settings.deliveryProfile());
}

void AppContext::configureOutbox()
{
    if (!m_outbox)
        return;
    const DeliveryTarget target = delivery();
    m_outbox->setPackFilter(target.packFilter);
    m_outbox->setProfile(target.profile); // before the address: a new address sends what waited
    m_outbox->setEndpoint(target.endpoint);
    m_outbox->setAutomatic(m_mode == Mode::Interactive && Settings::instance().sendAutomatically());
}

Result<void> AppContext::deleteAllInquiryData()
{
    if (auto opened = openStore(); !opened)
        return opened;
    auto deleted = m_store->deleteAll();
    // The access token leaves the keyring too.
    if (!m_tokens)
        m_tokens = std::make_unique<TokenStore>();
    m_tokens->save(QString());
    return deleted;
}

// Not const: it changes the database, though only through a pointer.
void AppContext::finishSession() // NOLINT(readability-make-member-function-const)
{
    if (InquiryStore *s = store())
        static_cast<void>(s->purgeDeletedDrafts()); // logged by the store; tried again next time
}

} // namespace Versus::Core
