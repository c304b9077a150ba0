#include "ui/inquiry/inquiryview.h"
#include "ui_inquiryview.h"

#include "core/inquiry/formvalidator.h"
#include "core/inquiry/inquiryemail.h"
#include "core/inquiry/inquirystore.h"
#include "core/inquiry/outbox.h"
#include "core/inquiry/outboxmodel.h"
#include "core/settings/appstate.h"
#include "core/settings/settings.h"
#include "ui/widgets/dialogs.h"
#include "ui/widgets/publisherbadge.h"
#include "ui/widgets/uiutil.h"

#include <QApplication>
#include <QBoxLayout>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Versus::Gui {

namespace {
using Type = Core::InquiryField::Type;

// Nothing typed, nothing ticked.
// What clients wrote stays the user's, as in the database (owner-only); written whole or not at all.
bool writePrivateFile(QSaveFile &file, const QByteArray &data)
{
    return file.open(QIODevice::WriteOnly) && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        && file.write(data) >= 0 && file.commit();
}

bool isBlank(const QVariantMap &values)
{
    return std::all_of(values.cbegin(), values.cend(), [](const QVariant &x) {
        return x.typeId() == QMetaType::Bool ? !x.toBool() : x.toString().trimmed().isEmpty();
    });
}
} // namespace

InquiryView::InquiryView(std::shared_ptr<const Core::Pack> pack, Core::InquiryStore *store, Core::Outbox *outbox,
                         QWidget *parent)
    : QWidget(parent)
    , m_pack(std::move(pack))
    , m_store(store)
    , m_outbox(outbox)
    , m_ui(std::make_unique<Ui::InquiryView>())
    , m_outboxModel(new Core::OutboxModel(this))
    , m_autosave(new QTimer(this))
{
    m_ui->setupUi(this);
    setObjectName(u"inquiryView"_s);
    const auto &form = m_pack->inquiry;
    m_ui->titleLabel->setText(form.title);
    QFont big = m_ui->titleLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_ui->titleLabel->setFont(big);
    if (auto *box = qobject_cast<QBoxLayout *>(m_ui->titleLabel->parentWidget()->layout())) // who made the form
        box->insertWidget(box->indexOf(m_ui->titleLabel),
                          new PublisherBadge(m_pack->publisher, m_ui->titleLabel->parentWidget()));
    m_ui->introLabel->setText(form.intro);
    m_ui->introLabel->setVisible(!form.intro.isEmpty());
    QStringList promises;
    for (const QString &promise : form.promises)
        promises.append(u"✓ "_s + promise);
    m_ui->promisesLabel->setText(promises.join(u'\n'));
    m_ui->promisesLabel->setVisible(!promises.isEmpty());
    m_ui->consentText->setText(form.consent);
    m_ui->consentText->setVisible(!form.consent.isEmpty());
    m_ui->requiredHint->setForegroundRole(QPalette::PlaceholderText);
    buildFields();

    m_autosave->setSingleShot(true);
    m_autosave->setInterval(1000);
    connect(m_autosave, &QTimer::timeout, this, &InquiryView::autosaveNow);
    connect(m_ui->attachVerdictCheck, &QCheckBox::toggled, this, [this] {
        if (!m_loading)
            m_autosave->start();
    });
    connect(m_ui->submitButton, &QPushButton::clicked, this, &InquiryView::submit);
    connect(m_ui->newDraftButton, &QPushButton::clicked, this, &InquiryView::newDraft);
    connect(m_ui->saveAsFileButton, &QPushButton::clicked, this, &InquiryView::saveAsFile);
    connect(m_ui->setAddressButton, &QPushButton::clicked, this, &InquiryView::settingsRequested);
    connect(m_ui->saveEmailButton, &QPushButton::clicked, this, &InquiryView::saveAsEmail);
    connect(m_ui->copyTextButton, &QPushButton::clicked, this, &InquiryView::copyAsText);
    connect(m_ui->attachReportCheck, &QCheckBox::toggled, this, [this] {
        if (m_ui->previewButton->isChecked())
            m_ui->previewText->setPlainText(requestPreview());
    });
    connect(m_ui->previewButton, &QPushButton::toggled, this, [this](bool on) {
        m_ui->previewText->setPlainText(on ? requestPreview() : QString());
        m_ui->previewText->setVisible(on);
    });
    m_ui->attachReportCheck->setChecked(false); // off unless the user asks
    m_ui->attachReportCheck->setVisible(false); // until the window says a report can be made
    // Where inquiries go follows Settings (AppContext re-targets the outbox first).
    connect(&Core::Settings::instance(), &Core::Settings::changed, this, &InquiryView::updateDelivery);

    // Drafts
    connect(m_ui->draftsList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { openDraft(item->data(Qt::UserRole).toLongLong()); });
    connect(m_ui->draftsList, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { openDraft(item->data(Qt::UserRole).toLongLong()); });
    m_ui->draftsList->installEventFilter(this); // see eventFilter()
    connect(m_ui->deleteDraftButton, &QPushButton::clicked, this, &InquiryView::deleteCurrentDraft);
    connect(m_ui->undoDeleteButton, &QPushButton::clicked, this, &InquiryView::undoDelete);
    connect(m_ui->renameDraftButton, &QPushButton::clicked, this, [this] {
        if (!m_draftId || !m_store)
            return;
        const auto d = m_store->draft(*m_draftId);
        const auto name = Dialogs::text(this, tr("Rename draft"), tr("Name:"), d ? d->name : QString());
        if (name && !name->trimmed().isEmpty()) {
            if (auto renamed = m_store->renameDraft(*m_draftId, name->trimmed()); !renamed)
                showStatus(renamed.error().message, true);
            refreshDrafts();
        }
    });

    // Outbox
    m_outboxModel->setStore(m_store);
    m_ui->outboxView->setModel(m_outboxModel);
    m_ui->outboxView->verticalHeader()->hide();
    m_ui->outboxView->horizontalHeader()->setStretchLastSection(true);
    m_ui->outboxView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    if (m_outbox) {
        connect(m_outbox, &Core::Outbox::itemChanged, this, &InquiryView::outboxChanged);
        // Another window or --queue-inquiry changed the database: its drafts, and what
        // became of an inquiry the sender (maybe another window) delivered.
        connect(m_outbox, &Core::Outbox::changedElsewhere, this, [this] {
            refreshDrafts();
            m_outboxModel->refresh();
            updateOutboxButtons();
            // Said once per change of state, not again with every commit elsewhere.
            const auto item = m_submitted.isEmpty() ? std::nullopt : m_store->item(m_submitted);
            if (item && static_cast<int>(item->state) != m_submittedState)
                outboxChanged(m_submitted);
        });
    }
    connect(m_ui->outboxView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &InquiryView::updateOutboxButtons);
    connect(m_ui->sendNowButton, &QPushButton::clicked, this, [this] {
        if (!m_outbox)
            return;
        if (!m_outbox->isSender()) {
            showStatus(tr("Another Versus window is sending the outbox; it will send this inquiry."), false);
            return;
        }
        m_outbox->sendNow(selectedOutboxId());
    });
    connect(m_ui->resendButton, &QPushButton::clicked, this, [this] { editAndResend(selectedOutboxId()); });
    connect(m_ui->deleteItemButton, &QPushButton::clicked, this, [this] {
        const QString id = selectedOutboxId();
        if (id.isEmpty() || !m_store)
            return;
        if (!Dialogs::confirm(this, tr("Delete inquiry"),
                              tr("Delete this inquiry from the outbox? It will not be sent."), {}, tr("Delete")))
            return;
        if (auto removed = m_store->remove(id); !removed)
            showStatus(removed.error().message, true);
        m_outboxModel->refresh();
        updateOutboxButtons();
    });
    updateOutboxButtons();
    m_ui->inquirySplitter->setStretchFactor(0, 3);
    m_ui->inquirySplitter->setStretchFactor(1, 2);
    m_ui->inquirySplitter->setSizes({600, 400});
    m_ui->formPage->setMinimumWidth(320);

    applyColours();
    // After a crash or a restart, the last draft is back in the form.
    const auto drafts = m_store ? m_store->drafts(m_pack->id) : Core::Result<QList<Core::Draft>>(QList<Core::Draft>());
    if (drafts && !drafts->isEmpty())
        openDraft(drafts->first().id);
    refreshDrafts();
    validate(false);
    updateDelivery();
}

// Nothing is written here: what was typed is saved as the view hides (hideEvent), and
// drafts deleted for undo go when the session ends (AppContext::finishSession()).
InquiryView::~InquiryView() = default;

void InquiryView::buildFields()
{
    auto *layout = m_ui->fieldsForm;
    for (const Core::InquiryField &field : m_pack->inquiry.fields) {
        const QString label = field.required ? field.label + u" *"_s : field.label;
        QWidget *editor = nullptr;
        switch (field.type) {
        case Type::Text:
        case Type::Email: {
            auto *edit = new QLineEdit(this);
            edit->setMaxLength(field.maxLength + 1); // one over: typing past the limit shows the error
            if (field.type == Type::Email)
                edit->setInputMethodHints(Qt::ImhEmailCharactersOnly);
            connect(edit, &QLineEdit::textChanged, this, [this, id = field.id] { fieldEdited(id); });
            editor = edit;
            break;
        }
        case Type::Multiline: {
            auto *edit = new QPlainTextEdit(this);
            edit->setTabChangesFocus(true);
            edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 5);
            connect(edit, &QPlainTextEdit::textChanged, this, [this, id = field.id] { fieldEdited(id); });
            editor = edit;
            break;
        }
        case Type::Choice: {
            auto *combo = new QComboBox(this);
            combo->addItem(tr("Choose…"), QString());
            for (const auto &option : field.options)
                combo->addItem(option.label, option.id);
            connect(combo, &QComboBox::currentIndexChanged, this, [this, id = field.id] { fieldEdited(id); });
            editor = combo;
            break;
        }
        case Type::Checkbox: {
            auto *box = new QCheckBox(label, this);
            connect(box, &QCheckBox::toggled, this, [this, id = field.id] { fieldEdited(id); });
            editor = box;
            break;
        }
        }
        editor->setObjectName(u"field-"_s + field.id);
        editor->setAccessibleName(field.label);
        if (field.required)
            editor->setAccessibleDescription(tr("required"));
        if (!field.help.isEmpty())
            editor->setToolTip(field.help.toHtmlEscaped());
        auto *error = new QLabel(this);
        error->setObjectName(u"error-"_s + field.id);
        error->setTextFormat(Qt::PlainText);
        error->setWordWrap(true);
        error->hide();
        auto *under = new QHBoxLayout;
        under->addWidget(error, 1);
        if (field.type == Type::Text || field.type == Type::Email || field.type == Type::Multiline) {
            auto *counter = new QLabel(this);
            counter->setObjectName(u"counter-"_s + field.id);
            counter->setForegroundRole(QPalette::PlaceholderText);
            under->addWidget(counter, 0, Qt::AlignRight | Qt::AlignTop);
            m_counters.insert(field.id, counter);
        }
        // The label and its field side by side in the form (siblings: on Linux a screen
        // reader names a combo box by the label whose buddy it is), the error under it.
        if (field.type == Type::Checkbox) {
            layout->addRow(editor);
        } else {
            QLabel *l = plainLabel(label, this);
            l->setWordWrap(false);
            l->setBuddy(editor);
            layout->addRow(l, editor);
        }
        layout->addRow(static_cast<QWidget *>(nullptr), under);
        m_editors.insert(field.id, editor);
        m_errors.insert(field.id, error);
    }
    // The natural order, top to bottom: where it goes (and the ways out), the fields, the buttons.
    QList<QWidget *> order{m_ui->setAddressButton, m_ui->saveEmailButton, m_ui->copyTextButton, m_ui->previewButton};
    for (const Core::InquiryField &field : m_pack->inquiry.fields)
        order.append(m_editors[field.id]);
    order << m_ui->attachVerdictCheck << m_ui->attachReportCheck << m_ui->newDraftButton << m_ui->submitButton;
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order[i - 1], order[i]);
}

QVariantMap InquiryView::values() const
{
    QVariantMap out;
    for (const Core::InquiryField &field : m_pack->inquiry.fields) {
        QWidget *w = m_editors.value(field.id);
        switch (field.type) {
        case Type::Text:
        case Type::Email: out.insert(field.id, static_cast<QLineEdit *>(w)->text()); break;
        case Type::Multiline: out.insert(field.id, static_cast<QPlainTextEdit *>(w)->toPlainText()); break;
        case Type::Choice: out.insert(field.id, static_cast<QComboBox *>(w)->currentData().toString()); break;
        case Type::Checkbox: out.insert(field.id, static_cast<QCheckBox *>(w)->isChecked()); break;
        }
    }
    return out;
}

void InquiryView::setValues(const QVariantMap &values)
{
    m_loading = true;
    for (const Core::InquiryField &field : m_pack->inquiry.fields) {
        QWidget *w = m_editors.value(field.id);
        const QVariant v = values.value(field.id);
        switch (field.type) {
        case Type::Text:
        case Type::Email: static_cast<QLineEdit *>(w)->setText(v.toString()); break;
        case Type::Multiline: static_cast<QPlainTextEdit *>(w)->setPlainText(v.toString()); break;
        case Type::Choice: {
            auto *combo = static_cast<QComboBox *>(w);
            combo->setCurrentIndex(std::max(0, combo->findData(v.toString())));
            break;
        }
        case Type::Checkbox: static_cast<QCheckBox *>(w)->setChecked(v.toBool()); break;
        }
    }
    m_loading = false;
    m_touched.clear();
    validate(false);
}

QHash<QString, QString> InquiryView::problems() const
{
    QHash<QString, QString> out;
    const QVariantMap v = values();
    for (const Core::InquiryField &field : m_pack->inquiry.fields) {
        QVariant value = v.value(field.id);
        if (field.type != Type::Checkbox && value.toString().isEmpty())
            value = QVariant();
        const QString message = Core::FormValidator::check(field, value);
        if (!message.isEmpty())
            out.insert(field.id, message);
    }
    return out;
}

bool InquiryView::canSubmit() const
{
    return m_ui->submitButton->isEnabled();
}

void InquiryView::fieldEdited(const QString &id)
{
    if (m_loading)
        return;
    m_touched.insert(id);
    validate(false);
    m_autosave->start(); // debounced
}

// Inline and immediate: a field shows its problem once it has been edited.
void InquiryView::validate(bool showAll)
{
    const QHash<QString, QString> found = problems();
    const QVariantMap v = values();
    for (const Core::InquiryField &field : m_pack->inquiry.fields) {
        QLabel *error = m_errors.value(field.id);
        const bool show = found.contains(field.id) && (showAll || m_touched.contains(field.id));
        const QString text = show ? tr("%1 %2").arg(field.label, found.value(field.id)) : QString();
        if (error->text() != text) {
            error->setText(text);
            error->setVisible(show);
            // Read out with the field (Qt sends the change event itself).
            m_editors[field.id]->setAccessibleDescription(show ? text : (field.required ? tr("required") : QString()));
        }
        if (QLabel *counter = m_counters.value(field.id))
            counter->setText(tr("%1 / %2").arg(v.value(field.id).toString().size()).arg(field.maxLength));
    }
    m_ui->submitButton->setEnabled(found.isEmpty());
    m_ui->submitButton->setToolTip(found.isEmpty() ? QString() : tr("Fill in the fields marked in red first."));
}

void InquiryView::setAutosaveDelay(int ms)
{
    m_autosave->setInterval(ms);
}

bool InquiryView::autosaveNow()
{
    m_autosave->stop();
    const QVariantMap v = values();
    const bool empty = isBlank(v);
    if (!m_draftId && (empty || !m_resendId.isEmpty()))
        return true; // nothing worth a draft yet
    if (m_readOnly || !m_store)
        return false; // the banner says so, and offers Save as File
    if (!m_draftId) {
        const QString name = v.value(u"name"_s).toString().trimmed();
        const auto created = m_store->createDraft(
            name.isEmpty()
                ? tr("Inquiry of %1").arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat))
                : name,
            m_pack->id);
        if (!created) {
            showStatus(tr("Your text is still here, but it could not be saved: %1").arg(created.error().message), true);
            showStorageBanner(created.error().message);
            return false;
        }
        m_draftId = *created;
    }
    if (auto saved = m_store->saveDraft(*m_draftId, v, m_ui->attachVerdictCheck->isChecked()); !saved) {
        showStatus(tr("Your text is still here, but it could not be saved: %1").arg(saved.error().message), true);
        showStorageBanner(saved.error().message);
        return false;
    }
    m_ui->storageBanner->hide(); // saved again (a full disk that has room now)
    refreshDrafts();
    return true;
}

void InquiryView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Arriving in the section, the keyboard is in the form.
    if (!isAncestorOf(QApplication::focusWidget()) && !m_pack->inquiry.fields.isEmpty())
        m_editors.value(m_pack->inquiry.fields.first().id)->setFocus(Qt::OtherFocusReason);
}

void InquiryView::hideEvent(QHideEvent *event)
{
    autosaveNow(); // leaving the section
    QWidget::hideEvent(event);
}

bool InquiryView::submit()
{
    validate(true);
    if (!problems().isEmpty()) {
        showStatus(tr("Some fields need attention; nothing was sent."), true);
        return false;
    }
    if (m_readOnly || !m_outbox) {
        showStatus(tr("Not queued: the database cannot be written. Your text is still here; Save as File keeps it."),
                   true);
        return false;
    }
    if (!confirmNewAddress())
        return false;
    const QVariantMap fields = Core::FormValidator::normalised(m_pack->inquiry, values());
    Core::Result<void> queued;
    QString id;
    if (!m_resendId.isEmpty()) {
        id = m_resendId;
        queued = m_outbox->resend(id, fields);
    } else {
        const QString verdict = verdictIfAttached();
        Core::OutboxItem item
            = Core::Outbox::freeze(*m_pack, fields, verdict, m_outbox->format(), QDateTime::currentDateTimeUtc());
        item.attachment = reportIfAttached();
        id = item.id;
        m_submitted = id; // before submit(): it may be sent before it returns
        queued = m_outbox->submit(item, m_draftId);
    }
    if (!queued) {
        showStatus(tr("Not queued, and your text is still here: %1").arg(queued.error().message), true);
        showStorageBanner(queued.error().message);
        return false;
    }
    m_submitted = id;
    m_resendId.clear();
    m_ui->submitButton->setText(tr("S&ubmit"));
    m_draftId.reset(); // the draft became the inquiry
    setValues({});
    refreshDrafts();
    m_outboxModel->refresh();
    outboxChanged(id);
    return true;
}

void InquiryView::outboxChanged(const QString &id)
{
    m_outboxModel->refresh();
    updateOutboxButtons();
    if (id != m_submitted || !m_store)
        return;
    const auto item = m_store->item(id);
    if (!item)
        return;
    m_submittedState = static_cast<int>(item->state);
    switch (item->state) {
    case Core::OutboxItem::State::Sent:
        showStatus(tr("Sent. Thank you: we will be in touch."));
        Q_EMIT statusMessage(tr("Inquiry sent"));
        break;
    case Core::OutboxItem::State::NeedsAttention:
        showStatus(tr("Not sent: %1. It is kept in the Outbox, where you can edit and resend it.").arg(item->lastError),
                   true);
        break;
    case Core::OutboxItem::State::Queued:
    case Core::OutboxItem::State::Sending:
        if (m_outbox->endpoint().isEmpty() && m_outbox->isSender()) {
            showStatus(tr("Saved in your outbox. No address is set yet, so it waits there: set one, save it as an "
                          "email, or copy it as text."));
            break;
        }
        if (item->attempts > 0 || !m_outbox->isSender() || item->state == Core::OutboxItem::State::Queued)
            showStatus(tr("Saved: it will be sent when a connection is available."));
        if (item->state == Core::OutboxItem::State::Sending)
            showStatus(tr("Sending…"));
        break;
    }
}

void InquiryView::showStatus(const QString &text, bool problem)
{
    m_ui->statusLabel->setText(text); // which tells assistive technology too
    m_statusProblem = problem;
    applyColours();
}

// Problems in red that stays readable on the theme's background (a lighter red on dark).
void InquiryView::applyColours()
{
    // The theme's palette: this widget's own may not have followed a change yet.
    const QColor red = QApplication::palette().color(QPalette::Window).lightness() < 128 ? QColor(0xff, 0x8a, 0x80)
                                                                                         : QColor(0xb0, 0x20, 0x20);
    QPalette problem;
    problem.setColor(QPalette::WindowText, red);
    for (QLabel *error : std::as_const(m_errors))
        error->setPalette(problem);
    m_ui->statusLabel->setPalette(m_statusProblem ? problem : QPalette()); // else the theme's own
    m_ui->storageBannerText->setPalette(problem);
}

void InquiryView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyColours();
    QWidget::changeEvent(event);
}

QString InquiryView::statusText() const
{
    return m_ui->statusLabel->text();
}

void InquiryView::newDraft()
{
    if (!mayReplaceTyped())
        return;
    autosaveNow();
    m_draftId.reset();
    m_resendId.clear();
    m_ui->submitButton->setText(tr("S&ubmit"));
    setValues({});
    m_ui->attachVerdictCheck->setChecked(false);
    refreshDrafts();
    showStatus(QString());
}

bool InquiryView::openDraft(qint64 id)
{
    if (m_draftId && *m_draftId == id)
        return true;
    if (!m_store || !mayReplaceTyped())
        return false;
    autosaveNow();
    const auto d = m_store->draft(id);
    if (!d)
        return false;
    m_draftId = id;
    m_resendId.clear();
    setValues(d->fields);
    m_ui->attachVerdictCheck->setChecked(d->attachVerdict);
    refreshDrafts();
    return true;
}

void InquiryView::deleteCurrentDraft()
{
    if (!m_draftId || !m_store)
        return;
    if (auto deleted = m_store->deleteDraft(*m_draftId); !deleted) {
        showStatus(deleted.error().message, true);
        return;
    }
    m_deletedDraft = m_draftId;
    m_draftId.reset();
    setValues({});
    m_ui->undoDeleteButton->show();
    refreshDrafts();
    showStatus(tr("Draft deleted."));
}

void InquiryView::undoDelete()
{
    if (!m_deletedDraft || !m_store)
        return;
    if (auto restored = m_store->restoreDraft(*m_deletedDraft); !restored) {
        showStatus(restored.error().message, true);
        return;
    }
    const qint64 id = *m_deletedDraft;
    m_deletedDraft.reset();
    m_ui->undoDeleteButton->hide();
    openDraft(id);
    showStatus(tr("Draft restored."));
}

// The list keeps the open draft selected but not current while it has no focus (see
// refreshDrafts()); on the way in, the open draft becomes current, so that it is the
// one a screen reader names and Enter opens, wherever saving has moved it.
bool InquiryView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->draftsList && event->type() == QEvent::FocusIn && m_draftId) {
        auto *list = m_ui->draftsList;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->data(Qt::UserRole).toLongLong() == *m_draftId) {
                const QSignalBlocker quiet(list);
                list->setCurrentRow(i);
                break;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void InquiryView::refreshDrafts()
{
    // Updated in place, and the open draft only selected unless the list has the focus:
    // a new current item would tell a screen reader that the focus moved to the list,
    // each time the form is saved while someone types.
    auto *list = m_ui->draftsList;
    const QSignalBlocker quiet(list);
    const auto stored = m_store ? m_store->drafts(m_pack->id) : Core::Result<QList<Core::Draft>>(QList<Core::Draft>());
    if (!stored)
        showStatus(stored.error().message, true);
    const QList<Core::Draft> drafts = stored ? *stored : QList<Core::Draft>();
    while (list->count() > drafts.size())
        delete list->takeItem(list->count() - 1);
    for (int i = 0; i < drafts.size(); ++i) {
        const Core::Draft &d = drafts[i];
        QListWidgetItem *item = list->item(i);
        if (!item)
            item = new QListWidgetItem(list);
        const QString text
            = tr("%1 — %2").arg(d.name, QLocale().toString(d.updatedAt.toLocalTime(), QLocale::ShortFormat));
        if (item->text() != text)
            item->setText(text);
        item->setData(Qt::UserRole, d.id);
        const bool open = m_draftId && *m_draftId == d.id;
        if (open && list->hasFocus())
            list->setCurrentItem(item);
        else if (item->isSelected() != open)
            item->setSelected(open);
    }
    m_ui->renameDraftButton->setEnabled(m_draftId.has_value());
    m_ui->deleteDraftButton->setEnabled(m_draftId.has_value());
}

QString InquiryView::selectedOutboxId() const
{
    const QModelIndexList rows = m_ui->outboxView->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(Core::OutboxModel::IdRole).toString();
}

void InquiryView::updateOutboxButtons()
{
    const QString id = selectedOutboxId();
    const auto item = id.isEmpty() || !m_store ? std::nullopt : m_store->item(id);
    m_ui->sendNowButton->setEnabled(item && item->state == Core::OutboxItem::State::Queued);
    m_ui->resendButton->setEnabled(item && item->state == Core::OutboxItem::State::NeedsAttention);
    m_ui->deleteItemButton->setEnabled(item && item->state != Core::OutboxItem::State::Sending);
}

void InquiryView::editAndResend(const QString &outboxId)
{
    const auto item = m_store ? m_store->item(outboxId) : std::nullopt;
    if (!item || item->state != Core::OutboxItem::State::NeedsAttention || !mayReplaceTyped())
        return;
    autosaveNow();
    m_draftId.reset();
    setValues(item->fields);
    m_resendId = outboxId;
    m_ui->submitButton->setText(tr("Res&end"));
    showStatus(tr("Editing an inquiry that was not sent: %1").arg(item->lastError), true);
}

void InquiryView::setSenderNote(const QString &note)
{
    m_ui->senderBanner->setText(note);
    // Nobody sends what cannot be saved: the storage banner tells the truth then.
    m_ui->senderBanner->setVisible(!note.isEmpty() && !m_readOnly);
}

void InquiryView::setStorageProblem(const QString &problem)
{
    m_readOnly = true;
    m_ui->senderBanner->hide();
    showStorageBanner(problem);
}

void InquiryView::showStorageBanner(const QString &problem)
{
    m_ui->storageBannerText->setText(
        tr("Drafts and inquiries cannot be saved: %1. What you type stays in this window only; Save as File keeps "
           "it, and \"versus --queue-inquiry FILE\" queues it once the database can be written.")
            .arg(problem));
    m_ui->storageBanner->show();
}

bool InquiryView::mayReplaceTyped()
{
    const QVariantMap v = values();
    const bool empty = isBlank(v);
    if (empty || (!m_readOnly && m_store))
        return true; // saved as a draft on the way
    return Dialogs::confirm(this, tr("Discard what you typed?"),
                            tr("The database cannot be written, so what you typed is not saved anywhere. Discard it? "
                               "(Save as File keeps it.)"),
                            {}, tr("Discard"));
}

bool InquiryView::saveAsFile()
{
    const QString path
        = Dialogs::saveFileName(this, tr("Save Inquiry as File"), QDir::home().filePath(tr("inquiry") + u".json"_s),
                                tr("Inquiries (*.json);;All files (*)"));
    if (path.isEmpty())
        return false;
    // What --queue-inquiry reads. Empty values are left out: an empty choice is no option of the form.
    QVariantMap fields = Core::FormValidator::normalised(m_pack->inquiry, values());
    fields.removeIf([](const QVariantMap::iterator &it) {
        return it.value().typeId() != QMetaType::Bool && it.value().toString().isEmpty();
    });
    QSaveFile file(path);
    const bool written = writePrivateFile(file, QJsonDocument(QJsonObject::fromVariantMap(fields)).toJson());
    if (!written) {
        showStatus(tr("Not saved to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()), true);
        return false;
    }
    showStatus(tr("Saved to %1. Once the database can be written, queue it with: versus --queue-inquiry \"%1\"")
                   .arg(QDir::toNativeSeparators(path)));
    return true;
}

void InquiryView::attachVerdict(const QString &summary)
{
    for (const auto &field : m_pack->inquiry.fields) {
        if (field.type != Type::Multiline)
            continue;
        auto *edit = static_cast<QPlainTextEdit *>(m_editors.value(field.id));
        if (!edit->toPlainText().contains(summary))
            edit->appendPlainText(summary);
        return;
    }
}

void InquiryView::setReportSource(std::function<QByteArray()> source)
{
    m_reportSource = std::move(source);
    m_ui->attachReportCheck->setVisible(static_cast<bool>(m_reportSource));
}

QString InquiryView::verdictIfAttached() const
{
    return m_ui->attachVerdictCheck->isChecked() && m_verdictSource ? m_verdictSource() : QString();
}

QByteArray InquiryView::reportIfAttached() const
{
    const bool wanted = m_ui->attachReportCheck->isChecked() && m_reportSource && m_outbox;
    return wanted && m_outbox->profile().canAttach() ? m_reportSource() : QByteArray();
}

QString InquiryView::deliveryText() const
{
    if (!m_outbox)
        return tr("Where it will go: nowhere, as nothing can be saved; save it as an email or copy it as text.");
    const QUrl endpoint = m_outbox->endpoint();
    if (endpoint.isEmpty())
        return tr("Where it will go: nowhere yet: it waits in your outbox until an address is set. You can also "
                  "save it as an email and send it yourself, or copy it as text.");
    const Core::DeliveryProfile &profile = m_outbox->profile();
    QString how;
    switch (profile.format) {
    case Core::InquiryFormat::Versus: how = tr("Versus's inquiry protocol"); break;
    case Core::InquiryFormat::Webhook: how = tr("a webhook"); break;
    case Core::InquiryFormat::Form: how = tr("a form service"); break;
    case Core::InquiryFormat::HubSpot: how = tr("HubSpot"); break;
    }
    return tr("Where it will go: %1 (%2), over an encrypted connection.").arg(endpoint.host(), how);
}

void InquiryView::updateDelivery()
{
    m_ui->deliveryNote->setText(deliveryText());
    m_ui->setAddressButton->setVisible(!m_outbox || m_outbox->endpoint().isEmpty());
    m_ui->previewButton->setEnabled(m_outbox && !m_outbox->endpoint().isEmpty());
    const bool carries = m_outbox && !m_outbox->endpoint().isEmpty() && m_outbox->profile().canAttach();
    m_ui->attachReportCheck->setToolTip(carries ? tr("The report goes with the inquiry, and with a saved email.")
                                                : tr("This delivery cannot carry files: the report goes only with "
                                                     "Save as Email."));
    if (m_ui->previewButton->isChecked())
        m_ui->previewText->setPlainText(requestPreview());
}

QString InquiryView::requestPreview() const
{
    if (!m_outbox)
        return {};
    Core::OutboxItem item
        = Core::Outbox::freeze(*m_pack, Core::FormValidator::normalised(m_pack->inquiry, values()), verdictIfAttached(),
                               m_outbox->format(), QDateTime::currentDateTimeUtc());
    item.attachment = reportIfAttached();
    return Core::DeliveryProfile::preview(m_outbox->endpoint(), m_outbox->profile().request(item, m_outbox->token()));
}

bool InquiryView::confirmNewAddress()
{
    const QUrl endpoint = m_outbox->endpoint();
    if (endpoint.isEmpty() || Core::AppState::isEndpointConfirmed(endpoint))
        return true;
    // The request is shown in the form, under Preview Request, while the user decides.
    m_ui->previewButton->setChecked(true);
    if (!Dialogs::confirm(this, tr("Send to a new address"),
                          tr("This is the first inquiry to %1. What will be sent is shown under the form, with any "
                             "secret masked. Send it?")
                              .arg(endpoint.host()),
                          {}, tr("Send")))
        return false;
    Core::AppState::confirmEndpoint(endpoint);
    return true;
}

void InquiryView::copyAsText()
{
    QApplication::clipboard()->setText(Core::InquiryEmail::plainText(
        m_pack->inquiry, Core::FormValidator::normalised(m_pack->inquiry, values()), verdictIfAttached()));
    showStatus(tr("Copied as text."));
}

bool InquiryView::saveAsEmail()
{
    const QString path
        = Dialogs::saveFileName(this, tr("Save Inquiry as Email"), QDir::home().filePath(tr("inquiry") + u".eml"_s),
                                tr("Email messages (*.eml);;All files (*)"));
    if (path.isEmpty())
        return false;
    std::optional<Core::InquiryEmail::Attachment> attachment;
    if (m_ui->attachReportCheck->isChecked() && m_reportSource) {
        const QByteArray pdf = m_reportSource();
        if (pdf.isEmpty()) {
            showStatus(tr("Not saved: the decision report could not be made."), true);
            return false;
        }
        attachment = Core::InquiryEmail::Attachment{tr("decision-report") + u".pdf"_s, "application/pdf", pdf};
    }
    const QByteArray message
        = Core::InquiryEmail::compose(m_pack->inquiry, Core::FormValidator::normalised(m_pack->inquiry, values()),
                                      verdictIfAttached(), QDateTime::currentDateTimeUtc(), attachment);
    QSaveFile file(path);
    const bool written = writePrivateFile(file, message);
    if (!written) {
        showStatus(tr("Not saved to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()), true);
        return false;
    }
    showStatus(tr("Saved to %1. Open it with your mail client, add the consultancy's address and send it.")
                   .arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace Versus::Gui
