#pragma once

#include "core/common/result.h"
#include "core/inquiry/deliveryprofile.h"

#include <QObject>
#include <QUrl>

#include <memory>
#include <optional>

namespace Versus::Core {

class InquiryStore;
class Outbox;
class TokenStore;
struct Pack;

/// Where inquiries go, and which of them: the one rule that the window and
/// `--send-outbox` share.
struct DeliveryTarget {
    QUrl endpoint; // empty: nowhere yet, inquiries wait
    QString packFilter; // a pack's own address takes only that pack's inquiries; empty: all
    DeliveryProfile profile;

    /// --endpoint (override), else the address in Settings (both take every inquiry),
    /// else the pack's own address, which takes only that pack's inquiries. The profile is
    /// the pack's `inquiry.delivery`, with what Settings choose (profile, shape,
    /// authentication, extra fields) over it; the receiver's names for the pack's fields
    /// (sendAs) always come from the pack.
    static DeliveryTarget resolve(const QUrl &override, const QUrl &settingsEndpoint, const Pack *pack,
                                  const std::optional<DeliveryProfile> &settingsProfile);
    /// No address at all: inquiries wait in the outbox until one is set.
    bool isNowhere() const { return endpoint.isEmpty(); }
};

/// The services that outlive every window and view (in the spirit of Zeal's
/// Core::Application): the inquiry database, the outbox that delivers it and the
/// token store, with the rules that tie them to Settings and to the open pack.
/// Views only use them; nothing here is a widget, so the command line uses the same code.
class AppContext final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppContext)

public:
    /// Interactive: the window's (sending follows Settings, the token is read in the
    /// background, a network that comes back is a hint to try again). Batch: the command
    /// line's (nothing is sent unless asked, the token is read before returning).
    enum class Mode { Interactive, Batch };

    explicit AppContext(Mode mode = Mode::Interactive, QObject *parent = nullptr);
    ~AppContext() override;

    /// Opens the inquiry database (once; later calls return the first result) and
    /// removes sent inquiries older than Settings allows.
    Result<void> openStore();
    /// The database, or null while it is not open (or could not be).
    InquiryStore *store() const;
    /// Why drafts and inquiries cannot be saved, after openStore(): the database cannot be
    /// opened, or (Interactive) it opens read-only. Empty when they can.
    QString storeProblem() const { return m_storeProblem; }

    /// Opens the store if needed, then the token store and the outbox, configured by
    /// delivery(). In Interactive mode it also tries to become the sender. Null when the
    /// store cannot be opened.
    Outbox *startDelivery();
    Outbox *outbox() const { return m_outbox.get(); }
    TokenStore *tokens() const { return m_tokens.get(); }

    /// The pack whose own address is used when neither --endpoint nor Settings name one.
    void setPack(std::shared_ptr<const Pack> pack);
    /// --endpoint: over Settings and the pack.
    void setEndpointOverride(const QUrl &endpoint);
    DeliveryTarget delivery() const;

    /// File › Delete All My Data: drafts, outbox, log and the access token.
    Result<void> deleteAllInquiryData();
    /// Drafts deleted in this session (kept for undo) are removed for good. Called when
    /// the window closes; never from a destructor.
    void finishSession();

Q_SIGNALS:
    /// This process now delivers the outbox (at start, or taking over from another).
    void becameSender();

private:
    void configureOutbox();

    Mode m_mode;
    // Declared before the outbox: it is destroyed after it.
    std::unique_ptr<InquiryStore> m_store;
    std::optional<Result<void>> m_openResult;
    QString m_storeProblem;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<Outbox> m_outbox;
    std::shared_ptr<const Pack> m_pack;
    QUrl m_endpointOverride;
};

} // namespace Versus::Core
