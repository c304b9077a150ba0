#pragma once

#include "core/pack/pack.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QTimer;

namespace Ui {
class InquiryView;
}

namespace Versus::Core {
class InquiryStore;
class Outbox;
class OutboxModel;
} // namespace Versus::Core

namespace Versus::Gui {

/// The Inquiry section: "tell us what you are building". The form comes from the pack;
/// every change is saved as a draft (about a second after typing stops, and when the
/// section is left or the app closes); Submit freezes the inquiry into the outbox, which
/// sends it now or when a connection is back, and never twice. Without a database it can
/// write (store or outbox null, or setStorageProblem()), what is typed stays in memory and
/// can be saved as a file for `versus --queue-inquiry`.
class InquiryView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InquiryView)

public:
    InquiryView(std::shared_ptr<const Core::Pack> pack, Core::InquiryStore *store, Core::Outbox *outbox,
                QWidget *parent = nullptr);
    ~InquiryView() override;

    /// Adds a summary of the checklist verdict to the description (the user agreed to attach it).
    void attachVerdict(const QString &summary);
    /// Where "Attach the checklist verdict" takes its text from.
    void setVerdictSource(std::function<QString()> source) { m_verdictSource = std::move(source); }
    /// Where "Attach the decision report" takes the PDF from (empty: none can be made).
    void setReportSource(std::function<QByteArray()> source);

    QVariantMap values() const;
    void setValues(const QVariantMap &values);
    /// The problems the form would report now (field id -> message).
    QHash<QString, QString> problems() const;
    bool canSubmit() const;
    QString statusText() const;
    std::optional<qint64> currentDraft() const { return m_draftId; }

    /// Saves the draft now (what the debounce timer and leaving the section do).
    bool autosaveNow();
    void setAutosaveDelay(int ms);
    /// Submits (or, for an item being edited, resends). False when nothing was queued.
    bool submit();
    void newDraft();
    bool openDraft(qint64 id);
    void deleteCurrentDraft();
    void undoDelete();
    void editAndResend(const QString &outboxId);
    void setSenderNote(const QString &note);
    /// The database cannot be written (why): nothing is saved or queued, the banner says so
    /// and offers Save as File.
    void setStorageProblem(const QString &problem);
    /// Writes what is typed as a JSON object of field id -> value (what --queue-inquiry reads).
    bool saveAsFile();
    /// Writes what is typed as an email (.eml) the user's mail client can send, with the
    /// decision report attached when that is ticked.
    bool saveAsEmail();
    /// Puts what is typed on the clipboard, as text.
    void copyAsText();
    /// Says where inquiries go now (after a change of Settings or of the pack).
    void updateDelivery();
    /// The request that Submit would send now: headers and body, the secret masked.
    QString requestPreview() const;
    QString deliveryText() const;

Q_SIGNALS:
    /// "Set an address": the window opens Settings.
    void settingsRequested();

    void statusMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void buildFields();
    void fieldEdited(const QString &id);
    void validate(bool showAll);
    void showStatus(const QString &text, bool problem = false);
    void refreshDrafts();
    void applyColours();
    void outboxChanged(const QString &id);
    void updateOutboxButtons();
    QString selectedOutboxId() const;
    void showStorageBanner(const QString &problem);
    /// Whether what is typed may be replaced: always when it is saved as a draft; asked when it cannot be.
    bool mayReplaceTyped();
    /// Before the first send to an address: the user sees the request and agrees (or not).
    bool confirmNewAddress();
    QString verdictIfAttached() const;
    /// The decision report's PDF when the user ticked it and the profile can carry it; else empty.
    QByteArray reportIfAttached() const;

    std::shared_ptr<const Core::Pack> m_pack;
    Core::InquiryStore *m_store;
    Core::Outbox *m_outbox;
    std::unique_ptr<Ui::InquiryView> m_ui;
    Core::OutboxModel *m_outboxModel;
    QTimer *m_autosave;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QLabel *> m_errors;
    QHash<QString, QLabel *> m_counters;
    QSet<QString> m_touched;
    std::optional<qint64> m_draftId;
    bool m_statusProblem = false;
    std::optional<qint64> m_deletedDraft;
    QString m_resendId; // the outbox item being edited, if any
    QString m_submitted; // the last item submitted here, to report what became of it
    int m_submittedState = -1; // its state as last reported (an OutboxItem::State)
    bool m_loading = false;
    bool m_readOnly = false; // nothing can be written: not even tried
    std::function<QString()> m_verdictSource;
    std::function<QByteArray()> m_reportSource;
};

} // namespace Versus::Gui
