#pragma once

#include "core/common/result.h"
#include "core/compare/scoring.h"
#include "core/pack/pack.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Versus::Core {

/// The detailed comparison as CSV, Markdown, tab-separated text or HTML; shared by
/// the GUI (export, copy) and `versus --export-table`. Every format carries the
/// category weights (a column per row); Markdown also carries the scoreboard.
class TableExport final {
    Q_DECLARE_TR_FUNCTIONS(Versus::Core::TableExport)

public:
    enum class Format { Csv, Markdown, Tsv, Html };

    /// board: the decision model's scores; without it, the pack's scores under weights alone.
    TableExport(const Pack &pack, QList<int> criteria, QList<int> weights, std::optional<Scoreboard> board = {});

    /// Every criterion, in pack order.
    static QList<int> allCriteria(const Pack &pack);
    /// The format a file name asks for (.csv, .md or .markdown); nullopt otherwise.
    static std::optional<Format> formatForFile(const QString &fileName);

    QString render(Format format) const;
    QString csv() const;
    QString markdown() const;
    QString tsv() const;
    QString html() const;

    /// Writes atomically (QSaveFile): the whole text, or the file as it was.
    static Result<void> writeFile(const QString &fileName, const QString &text);

private:
    QStringList headers() const;
    QStringList cells(int criterion) const;

    const Pack &m_pack;
    QList<int> m_criteria;
    QList<int> m_weights;
    Scoreboard m_board;
};

} // namespace Versus::Core
