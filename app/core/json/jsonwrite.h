#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QString>

namespace Versus::Core {

/// A string as JSON text, quotes and escapes included: for writers that keep the order and
/// layout of a file (QJsonObject sorts its keys).
inline QString jsonQuoted(const QString &s)
{
    const QByteArray json = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

} // namespace Versus::Core
