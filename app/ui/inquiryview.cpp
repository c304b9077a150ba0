#include "inquiryview.h"

#include "uiutil.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Versus::Ui {

InquiryView::InquiryView(std::shared_ptr<const Core::Pack> pack, QWidget *parent)
    : QScrollArea(parent)
    , m_pack(std::move(pack))
{
    setObjectName(u"inquiryView"_s);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(16, 12, 16, 16);
    const auto &form = m_pack->inquiry;
    layout->addWidget(headingLabel(form.title, page, 1.5));
    if (!form.intro.isEmpty())
        layout->addWidget(plainLabel(form.intro, page));
    auto *fields = new QFormLayout;
    fields->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    for (const auto &field : form.fields) {
        const QString label = field.required ? field.label + u" *"_s : field.label;
        QWidget *editor = nullptr;
        switch (field.type) {
        case Core::InquiryField::Type::Text:
        case Core::InquiryField::Type::Email: {
            auto *edit = new QLineEdit(page);
            edit->setMaxLength(field.maxLength);
            editor = edit;
            break;
        }
        case Core::InquiryField::Type::Multiline: editor = new QPlainTextEdit(page); break;
        case Core::InquiryField::Type::Choice: {
            auto *combo = new QComboBox(page);
            combo->addItem(tr("Choose…"));
            for (const auto &option : field.options)
                combo->addItem(option.label, option.id);
            editor = combo;
            break;
        }
        case Core::InquiryField::Type::Checkbox: {
            auto *box = new QCheckBox(label, page);
            editor = box;
            break;
        }
        }
        editor->setObjectName(u"field-"_s + field.id);
        editor->setAccessibleName(field.label);
        if (!field.help.isEmpty())
            editor->setToolTip(escaped(field.help));
        if (field.type == Core::InquiryField::Type::Checkbox) {
            fields->addRow(editor);
        } else {
            QLabel *l = plainLabel(label, page);
            l->setBuddy(editor);
            fields->addRow(l, editor);
        }
    }
    layout->addLayout(fields);
    if (!form.consent.isEmpty())
        layout->addWidget(plainLabel(form.consent, page, u"consentText"_s));
    layout->addStretch(1);
    setWidget(page);
}

void InquiryView::attachVerdict(const QString &summary)
{
    // The description is the first multiline field.
    for (const auto &field : m_pack->inquiry.fields) {
        if (field.type != Core::InquiryField::Type::Multiline)
            continue;
        if (auto *edit = findChild<QPlainTextEdit *>(u"field-"_s + field.id)) {
            if (!edit->toPlainText().contains(summary))
                edit->appendPlainText(summary);
        }
        return;
    }
}

} // namespace Versus::Ui
