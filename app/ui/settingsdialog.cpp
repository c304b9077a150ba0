#include "ui/settingsdialog.h"
#include "ui_settingsdialog.h"

#include "core/inquiry/outbox.h"
#include "core/inquiry/tokenstore.h"
#include "core/settings/settings.h"

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
    connect(m_ui->formatCombo, &QComboBox::currentIndexChanged, this,
            [this, set] { set(Key::EndpointFormat, m_ui->formatCombo->currentData()); });
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
    m_ui->formatCombo->addItem(tr("JSON (application/json)"), Core::inquiryFormatName(Format::Json));
    m_ui->formatCombo->addItem(tr("Web form (application/x-www-form-urlencoded)"),
                               Core::inquiryFormatName(Format::Form));
    m_ui->formatCombo->setCurrentIndex(
        std::max(0, m_ui->formatCombo->findData(Core::inquiryFormatName(m_settings.endpointFormat()))));
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
    const QString problem = endpoint.isEmpty() ? QString() : Core::Outbox::checkEndpoint(QUrl(endpoint));
    m_ui->endpointNote->setText(problem.isEmpty() ? tr("Leave empty to use the address the pack gives.") : problem);
    m_ui->tokenNote->setText(m_token ? m_token->storageNote() : tr("Open the Inquiry section once to set a token."));
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
