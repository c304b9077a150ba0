#pragma once

#include <QFileInfo>
#include <QString>
#include <QStringView>

#include <initializer_list>
#include <optional>
#include <utility>

namespace Versus::Core {

/// The format a file name's suffix asks for, in any case, looked up in suffixes
/// ({u"md", Format::Markdown}, ...); nullopt when none matches. Every export that picks
/// its format from the file name (tables, reports) goes through here.
template <typename Format>
std::optional<Format> formatForSuffix(const QString &fileName,
                                      std::initializer_list<std::pair<QStringView, Format>> suffixes)
{
    const QString suffix = QFileInfo(fileName).suffix();
    for (const auto &[candidate, format] : suffixes) {
        if (suffix.compare(candidate, Qt::CaseInsensitive) == 0)
            return format;
    }
    return std::nullopt;
}

} // namespace Versus::Core
