#include "ui/library/librarydialog.h"

#include "ui/library/libraryview.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Versus::Gui {

LibraryDialog::LibraryDialog(const QString &openPack, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"libraryDialog"_s);
    setWindowTitle(tr("Library"));
    auto *view = new LibraryView(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(view, &LibraryView::openRequested, this, &LibraryDialog::openRequested);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(view);
    layout->addWidget(buttons);
    resize(860, 480);
    view->select(openPack);
}

} // namespace Versus::Gui
