#include "ui/settingsdialog.h"
#include "ui_settingsdialog.h"

#include "core/inquiry/outbox.h"
#include "core/inquiry/tokenstore.h"
#include "core/settings/settings.h"

#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Versus::Gui {

using Key = Core::Settings::Key;

SettingsDialog::SettingsDialog(Core::Settings &settings, Core::TokenStore *token, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_settings(settings)
    , m_token(token)
{
    m_ui->setupUi(this);
    setObjectName(u"settingsDialog"_s);
    // The ranges are the settings table's, not the form's.
    m_ui->zoomSpin->setRange(Core::Settings::minimum(Key::Zoom), Core::Settings::maximum(Key::Zoom));
    m_ui->sourceAgeSpin->setRange(Core::Settings::minimum(Key::SourceMaxAgeMonths),
                                  Core::Settings::maximum(Key::SourceMaxAgeMonths));
    m_ui->retentionSpin->setRange(Core::Settings::minimum(Key::SentRetentionDays),
                                  Core::Settings::maximum(Key::SentRetentionDays));
    load();

    const auto set = [this](Key key, const QVariant &value) {
        if (!m_loading)
            m_settings.setValue(key, value);
    };
    connect(m_ui->themeCombo, &QComboBox::currentIndexChanged, this,
            [this, set] { set(Key::Theme, m_ui->themeCombo->currentData()); });
    connect(m_ui->languageCombo, &QComboBox::currentIndexChanged, this,
            [this, set] { set(Key::Language, m_ui->languageCombo->currentData()); });
    connect(m_ui->zoomSpin, &QSpinBox::valueChanged, this, [set](int v) { set(Key::Zoom, v); });
    connect(m_ui->sourceAgeSpin, &QSpinBox::valueChanged, this, [set](int v) { set(Key::SourceMaxAgeMonths, v); });
    connect(m_ui->endpointEdit, &QLineEdit::editingFinished, this, [this, set] {
        set(Key::EndpointUrl, QUrl(m_ui->endpointEdit->text().trimmed()));
        updateNotes();
    });
    connect(m_ui->endpointEdit, &QLineEdit::textChanged, this, &SettingsDialog::updateNotes);
    connect(m_ui->formatCombo, &QComboBox::currentIndexChanged, this, [this, set] {
        set(Key::EndpointFormat, m_ui->formatCombo->currentData());
        updateNotes();
    });
    connect(m_ui->shapeCombo, &QComboBox::currentIndexChanged, this,
            [this, set] { set(Key::WebhookShape, m_ui->shapeCombo->currentData()); });
    connect(m_ui->authCombo, &QComboBox::currentIndexChanged, this, [this, set] {
        set(Key::AuthScheme, m_ui->authCombo->currentData());
        updateNotes();
    });
    connect(m_ui->authHeaderEdit, &QLineEdit::editingFinished, this,
            [this, set] { set(Key::AuthHeader, m_ui->authHeaderEdit->text().trimmed()); });
    connect(m_ui->extraFieldsEdit, &QPlainTextEdit::textChanged, this,
            [this, set] { set(Key::ExtraFields, m_ui->extraFieldsEdit->toPlainText()); });
    connect(m_ui->testButton, &QPushButton::clicked, this, &SettingsDialog::sendTest);
    connect(m_ui->sendAutomaticallyCheck, &QCheckBox::toggled, this,
            [set](bool on) { set(Key::SendAutomatically, on); });
    connect(m_ui->retentionSpin, &QSpinBox::valueChanged, this, [set](int v) { set(Key::SentRetentionDays, v); });
    if (m_token) {
        connect(m_ui->tokenEdit, &QLineEdit::editingFinished, this, [this] {
            if (m_ui->tokenEdit->text() != m_token->token())
                m_token->save(m_ui->tokenEdit->text());
        });
        connect(m_token, &Core::TokenStore::changed, this, &SettingsDialog::updateNotes);
    } else {
        m_ui->tokenEdit->setEnabled(false);
    }
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        for (const Key key : Core::Settings::keys())
            m_settings.reset(key);
        load();
    });
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::load()
{
    m_loading = true;
    m_ui->themeCombo->clear();
    using Theme = Core::Settings::Theme;
    m_ui->themeCombo->addItem(tr("Follow the system"), Core::Settings::themeName(Theme::System));
    m_ui->themeCombo->addItem(tr("Light"), Core::Settings::themeName(Theme::Light));
    m_ui->themeCombo->addItem(tr("Dark"), Core::Settings::themeName(Theme::Dark));
    m_ui->themeCombo->setCurrentIndex(
        std::max(0, m_ui->themeCombo->findData(Core::Settings::themeName(m_settings.theme()))));
    m_ui->languageCombo->clear();
    m_ui->languageCombo->addItem(tr("The system's language"), u"system"_s);
    for (const QString &code : Core::Settings::languages()) {
        const QLocale locale(code); // each language in its own name
        m_ui->languageCombo->addItem(locale.nativeLanguageName().left(1).toUpper() + locale.nativeLanguageName().mid(1),
                                     code);
    }
    m_ui->languageCombo->setCurrentIndex(std::max(0, m_ui->languageCombo->findData(m_settings.language())));
    m_ui->zoomSpin->setValue(m_settings.zoom());
    m_ui->sourceAgeSpin->setValue(m_settings.sourceMaxAgeMonths());
    m_ui->endpointEdit->setText(m_settings.endpointUrl().toString());
    m_ui->endpointEdit->setPlaceholderText(tr("The pack's address"));
    m_ui->formatCombo->clear();
    using Format = Core::InquiryFormat;
    m_ui->formatCombo->addItem(tr("As the pack says"), QString());
    m_ui->formatCombo->addItem(tr("Versus's inquiry protocol (JSON)"), Core::inquiryFormatName(Format::Versus));
    m_ui->formatCombo->addItem(tr("Webhook: Zapier, Make, n8n, … (JSON)"), Core::inquiryFormatName(Format::Webhook));
    m_ui->formatCombo->addItem(tr("Form service: Formspree, Basin, … (web form)"),
                               Core::inquiryFormatName(Format::Form));
    m_ui->formatCombo->addItem(tr("HubSpot Forms API"), Core::inquiryFormatName(Format::HubSpot));
    m_ui->formatCombo->setCurrentIndex(
        std::max(0, m_ui->formatCombo->findData(m_settings.value(Key::EndpointFormat).toString())));
    m_ui->shapeCombo->clear();
    m_ui->shapeCombo->addItem(tr("Nested, as Versus sends it"), u"nested"_s);
    m_ui->shapeCombo->addItem(tr("Flat: field → value"), u"flat"_s);
    m_ui->shapeCombo->setCurrentIndex(
        std::max(0, m_ui->shapeCombo->findData(m_settings.value(Key::WebhookShape).toString())));
    m_ui->authCombo->clear();
    m_ui->authCombo->addItem(tr("Authorization: Bearer"), u"bearer"_s);
    m_ui->authCombo->addItem(tr("A header of its own"), u"header"_s);
    m_ui->authCombo->addItem(tr("HTTP Basic (user:password)"), u"basic"_s);
    m_ui->authCombo->setCurrentIndex(
        std::max(0, m_ui->authCombo->findData(m_settings.value(Key::AuthScheme).toString())));
    m_ui->authHeaderEdit->setText(m_settings.value(Key::AuthHeader).toString());
    m_ui->extraFieldsEdit->setPlainText(m_settings.value(Key::ExtraFields).toString());
    m_ui->sendAutomaticallyCheck->setChecked(m_settings.sendAutomatically());
    m_ui->retentionSpin->setValue(m_settings.sentRetentionDays());
    if (m_token)
        m_ui->tokenEdit->setText(m_token->token());
    m_loading = false;
    updateNotes();
}

void SettingsDialog::updateNotes()
{
    const QString endpoint = m_ui->endpointEdit->text().trimmed();
    QString problem = endpoint.isEmpty() ? QString() : Core::Outbox::checkEndpoint(QUrl(endpoint));
    if (const auto profile = m_settings.deliveryProfile(); problem.isEmpty() && !endpoint.isEmpty() && profile)
        problem = profile->checkAddress(QUrl(endpoint));
    m_ui->endpointNote->setText(problem.isEmpty() ? tr("Leave empty to use the pack's address. Without any, "
                                                       "inquiries wait in the outbox until one is set.")
                                                  : problem);
    m_ui->tokenNote->setText(m_token ? m_token->storageNote() : tr("Open the Inquiry section once to set a token."));
    // What only some profiles use is shown with them.
    const QString profile = m_ui->formatCombo->currentData().toString();
    const bool own = !profile.isEmpty(); // "as the pack says" keeps the pack's options
    const bool webhook = profile == Core::inquiryFormatName(Core::InquiryFormat::Webhook);
    const bool form = profile == Core::inquiryFormatName(Core::InquiryFormat::Form);
    m_ui->shapeLabel->setVisible(webhook);
    m_ui->shapeCombo->setVisible(webhook);
    m_ui->authLabel->setVisible(own);
    m_ui->authCombo->setVisible(own);
    m_ui->authHeaderEdit->setVisible(own && m_ui->authCombo->currentData().toString() == u"header"_s);
    m_ui->extraFieldsLabel->setVisible(webhook || form);
    m_ui->extraFieldsEdit->setVisible(webhook || form);
    m_ui->testButton->setEnabled(m_outbox != nullptr);
}

void SettingsDialog::setOutbox(Core::Outbox *outbox)
{
    m_outbox = outbox;
    if (m_outbox) {
        connect(m_outbox, &Core::Outbox::testFinished, this,
                [this](const Core::DeliveryOutcome &o, const QString &answer) {
                    const QString excerpt = answer.simplified().left(300);
                    if (o.kind == Core::DeliveryOutcome::Kind::Sent)
                        m_ui->testResult->setText(
                            tr("HTTP %1: it works; an inquiry would count as sent.%2")
                                .arg(o.httpStatus)
                                .arg(excerpt.isEmpty() ? QString() : tr(" The answer: %1").arg(excerpt)));
                    else
                        m_ui->testResult->setText(tr("It does not work yet: %1").arg(o.message));
                    m_ui->testButton->setEnabled(true);
                });
    }
    updateNotes();
}

void SettingsDialog::sendTest()
{
    if (!m_outbox)
        return;
    // What is typed counts, even before the field is left.
    m_settings.setValue(Key::EndpointUrl, QUrl(m_ui->endpointEdit->text().trimmed()));
    m_settings.setValue(Key::AuthHeader, m_ui->authHeaderEdit->text().trimmed());
    if (m_token && m_ui->tokenEdit->text() != m_token->token()) {
        m_token->save(m_ui->tokenEdit->text());
        m_outbox->setToken(m_ui->tokenEdit->text()); // now, not when the keyring has answered
    }
    QString problem;
    if (!m_outbox->sendTest(&problem)) {
        m_ui->testResult->setText(problem);
        return;
    }
    m_ui->testButton->setEnabled(false);
    m_ui->testResult->setText(tr("Sending a test request to %1…").arg(m_outbox->endpoint().host()));
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        load();
    }
    QDialog::changeEvent(event);
}

} // namespace Versus::Gui
