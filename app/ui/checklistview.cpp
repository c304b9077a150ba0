#include "checklistview.h"

#include "safetextbrowser.h"
#include "uiutil.h"

#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Versus::Ui {

ChecklistView::ChecklistView(std::shared_ptr<const Core::Pack> pack, QWidget *parent)
    : QWidget(parent)
    , m_pack(std::move(pack))
    , m_text(new SafeTextBrowser(this))
{
    setObjectName(u"checklistView"_s);
    m_text->setObjectName(u"checklistQuestions"_s);
    m_text->setAccessibleName(tr("Checklist questions"));
    QString html = u"<h2>"_s + escaped(tr("Checklist")) + u"</h2><ol>"_s;
    for (const auto &q : m_pack->checklist.questions) {
        html += u"<li><p><a name=\"q-"_s + q.id + u"\"></a><b>"_s + escaped(q.text) + u"</b>"_s;
        if (q.multi)
            html += u" <i>("_s + escaped(tr("choose any")) + u")</i>"_s;
        html += u"</p>"_s;
        if (!q.help.isEmpty())
            html += u"<p>"_s + escaped(q.help) + u"</p>"_s;
        html += u"<ul>"_s;
        for (const auto &o : q.options)
            html += u"<li>"_s + escaped(o.label) + u"</li>"_s;
        html += u"</ul></li>"_s;
    }
    html += u"</ol>"_s;
    m_text->setTrustedHtml(html);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
}

bool ChecklistView::showQuestion(const QString &id)
{
    if (!m_pack->questionIndex.contains(id))
        return false;
    m_text->scrollToAnchor(u"q-"_s + id);
    return true;
}

} // namespace Versus::Ui
