#include "ui/library/startpage.h"

#include "ui/library/libraryview.h"
#include "ui/widgets/uiutil.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Versus::Gui {

StartPage::StartPage(const QString &builtInTitle, QWidget *parent)
    : QWidget(parent)
    , m_view(new LibraryView(this))
{
    setObjectName(u"startPage"_s);
    QLabel *heading = headingLabel(tr("Open a pack"), this);
    heading->setObjectName(u"startPageHeading"_s);
    auto *builtIn = new QPushButton(tr("Continue with the &built-in pack (%1)").arg(builtInTitle), this);
    builtIn->setObjectName(u"startPageBuiltInButton"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_view, 1);
    layout->addWidget(builtIn, 0, Qt::AlignLeft);
    connect(m_view, &LibraryView::openRequested, this, &StartPage::openRequested);
    connect(builtIn, &QPushButton::clicked, this, &StartPage::builtInChosen);
}

bool StartPage::isEmpty() const
{
    return m_view->entries().isEmpty();
}

} // namespace Versus::Gui
