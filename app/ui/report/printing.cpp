#include "ui/report/printing.h"

#include "core/common/logging.h"
#include "version.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace Versus::Gui {

// The translation context of the functions below.
class Printing final {
    Q_DECLARE_TR_FUNCTIONS(Versus::Gui::Printing)
};

QPageSize defaultPageSize()
{
    return QLocale::system().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize(QPageSize::Letter)
                                                                              : QPageSize(QPageSize::A4);
}

Core::Result<void> writePdf(QTextDocument *document, const QString &fileName, const QString &title)
{
    // Written whole or not at all: a failed export never leaves half a file.
    QSaveFile file(fileName);
    if (file.open(QIODevice::WriteOnly)) {
        {
            QPdfWriter writer(&file);
            writer.setTitle(title);
            writer.setCreator(u"Versus "_s + QStringLiteral(VERSUS_VERSION));
            writer.setPageSize(defaultPageSize());
            writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
            document->print(&writer);
        }
        if (file.commit())
            return {};
    }
    qCWarning(lcExport) << "cannot write PDF" << fileName << file.errorString();
    return Core::failure(Printing::tr("cannot write %1: %2").arg(fileName, file.errorString()), fileName);
}

void printDocument(QWidget *parent, const QString &title, const std::function<std::unique_ptr<QTextDocument>()> &build)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(defaultPageSize());
    printer.setDocName(title);
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    build()->print(&printer);
}

} // namespace Versus::Gui
