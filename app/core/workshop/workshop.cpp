#include "core/workshop/workshop.h"

#include "core/json/jsondocument.h"
#include "core/pack/jsonpath.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Versus::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Versus::Core::WorkshopFile", text);
}

using Node = JsonDocument::Node;
using Type = JsonDocument::Type;

// Reads a parsed document into a Workshop, noting every problem with its place.
class Reader final {
    Q_DECLARE_TR_FUNCTIONS(Versus::Core::WorkshopFile)

public:
    Reader(const JsonDocument &doc, QString fileName)
        : m_doc(doc)
        , m_lines(doc.sourceText())
        , m_file(std::move(fileName))
    {
    }

    QList<Diagnostic> diagnostics;

    void report(Diagnostic::Severity severity, const Node &node, const JsonPath &path, const QString &message)
    {
        const TextPosition pos = m_lines.position(node.offset);
        diagnostics.append({severity, m_file, pos.line, pos.column, path.toString(), message});
    }
    void error(const Node &node, const JsonPath &path, const QString &message)
    {
        report(Diagnostic::Severity::Error, node, path, message);
    }

    QString string(const Node &node, const JsonPath &path, int maxLength)
    {
        if (node.type != Type::String) {
            error(node, path, tr("expected a string"));
            return {};
        }
        QString s = m_doc.string(node);
        if (s.toUcs4().size() > maxLength) {
            error(node, path, tr("text is longer than %1 characters").arg(maxLength));
            return {};
        }
        const bool control = std::any_of(s.cbegin(), s.cend(), [](QChar c) {
            return (c.unicode() < 0x20 && c != u'\n' && c != u'\t' && c != u'\r') || c.unicode() == 0x7F;
        });
        if (control) {
            error(node, path, tr("text contains a control character"));
            return {};
        }
        return s;
    }

    bool object(const Node &node, const JsonPath &path, std::initializer_list<std::string_view> known)
    {
        if (node.type != Type::Object) {
            error(node, path, tr("expected an object"));
            return false;
        }
        const auto members = m_doc.members(node);
        for (std::size_t i = 0; i < members.size(); ++i) {
            const auto key = m_doc.key(members[i]);
            const Node keyNode{.offset = members[i].keyOffset};
            const QString name = QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size()));
            const bool repeated = std::any_of(members.begin(), members.begin() + static_cast<std::ptrdiff_t>(i),
                                              [&](const JsonDocument::Member &m) { return m_doc.key(m) == key; });
            if (repeated)
                error(keyNode, JsonPath(path, key), tr("duplicate key \"%1\"").arg(name));
            else if (known.size() > 0 && std::find(known.begin(), known.end(), key) == known.end())
                report(Diagnostic::Severity::Warning, keyNode, JsonPath(path, key),
                       tr("unknown key \"%1\" (ignored)").arg(name));
        }
        return true;
    }

    std::optional<Workshop> read()
    {
        Workshop w;
        const JsonPath root;
        const Node &top = m_doc.root();
        if (!object(top, root, {"format", "pack", "client", "date", "answers", "weights", "notes"}))
            return std::nullopt;
        const Node *format = m_doc.find(top, "format");
        if (!format)
            error(top, root, tr("missing required key \"format\""));
        else if (format->type != Type::String || m_doc.text(*format) != "versus-workshop/1")
            error(*format, JsonPath(root, "format"), tr("expected \"versus-workshop/1\""));

        const JsonPath packPath(root, "pack");
        if (const Node *pack = m_doc.find(top, "pack"); !pack) {
            error(top, root, tr("missing required key \"pack\""));
        } else if (object(*pack, packPath, {"id", "version"})) {
            const Node *id = m_doc.find(*pack, "id");
            const Node *version = m_doc.find(*pack, "version");
            if (!id)
                error(*pack, packPath, tr("missing required key \"id\""));
            else
                w.packId = string(*id, JsonPath(packPath, "id"), 64);
            if (version)
                w.packVersion = string(*version, JsonPath(packPath, "version"), 64);
        }

        if (const Node *client = m_doc.find(top, "client")) {
            const JsonPath clientPath(root, "client");
            if (object(*client, clientPath, {"name", "organisation"})) {
                if (const Node *n = m_doc.find(*client, "name"))
                    w.clientName = string(*n, JsonPath(clientPath, "name"), 200);
                if (const Node *o = m_doc.find(*client, "organisation"))
                    w.organisation = string(*o, JsonPath(clientPath, "organisation"), 200);
            }
        }
        if (const Node *date = m_doc.find(top, "date")) {
            const QString s = string(*date, JsonPath(root, "date"), 10);
            w.date = QDate::fromString(s, Qt::ISODate);
            if (!s.isNull() && (!w.date.isValid() || s.size() != 10))
                error(*date, JsonPath(root, "date"), tr("expected a date YYYY-MM-DD"));
        }

        const JsonPath answersPath(root, "answers");
        if (const Node *answers = m_doc.find(top, "answers"); !answers) {
            error(top, root, tr("missing required key \"answers\""));
        } else if (object(*answers, answersPath, {})) {
            for (const auto &m : m_doc.members(*answers)) {
                const auto key = m_doc.key(m);
                const JsonPath at(answersPath, key);
                const Node &value = m_doc.node(m.node);
                QStringList chosen;
                if (value.type == Type::String) {
                    const QString option = string(value, at, 64);
                    if (!option.isNull())
                        chosen.append(option);
                } else if (value.type == Type::Array) {
                    qsizetype i = 0;
                    for (const auto &e : m_doc.members(value)) {
                        const QString option = string(m_doc.node(e.node), JsonPath(at, i++), 64);
                        if (!option.isNull())
                            chosen.append(option);
                    }
                } else if (value.type != Type::Null) {
                    error(value, at, tr("expected an option id, a list of option ids, or null"));
                    continue;
                }
                w.answers.insert(QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size())), chosen);
            }
        }

        if (const Node *weights = m_doc.find(top, "weights")) {
            const JsonPath weightsPath(root, "weights");
            if (object(*weights, weightsPath, {})) {
                for (const auto &m : m_doc.members(*weights)) {
                    const auto key = m_doc.key(m);
                    const Node &value = m_doc.node(m.node);
                    if (value.type != Type::Number || !value.isInteger || value.integer < 0 || value.integer > 5)
                        error(value, JsonPath(weightsPath, key), tr("expected an integer from 0 to 5"));
                    else
                        w.weights.insert(QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size())),
                                         static_cast<int>(value.integer));
                }
            }
        }
        if (const Node *notes = m_doc.find(top, "notes")) {
            const JsonPath notesPath(root, "notes");
            if (object(*notes, notesPath, {})) {
                for (const auto &m : m_doc.members(*notes)) {
                    const auto key = m_doc.key(m);
                    const QString text = string(m_doc.node(m.node), JsonPath(notesPath, key), 8000);
                    if (!text.isNull())
                        w.notes.insert(QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size())), text);
                }
            }
        }
        if (hasErrors(diagnostics))
            return std::nullopt;
        return w;
    }

private:
    const JsonDocument &m_doc;
    LineIndex m_lines;
    QString m_file;
};

} // namespace

WorkshopLoadResult WorkshopFile::load(const QString &path)
{
    WorkshopLoadResult result;
    const QFileInfo info(path);
    QFile file(path);
    const auto fail = [&](const QString &message) {
        result.diagnostics.append({Diagnostic::Severity::Error, path, 0, 0, QString(), message});
        return result;
    };
    if (!info.exists())
        return fail(tr("no such file"));
    if (info.isDir())
        return fail(tr("is a folder, not a workshop file"));
    if (info.size() > maxFileSize)
        return fail(tr("the file is larger than %1 MiB").arg(maxFileSize / (qint64(1024) * 1024)));
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("cannot be read: %1").arg(file.errorString()));
    return parse(file.read(maxFileSize + 1), path);
}

WorkshopLoadResult WorkshopFile::parse(const QByteArray &data, const QString &fileName)
{
    WorkshopLoadResult result;
    if (data.size() > maxFileSize) {
        result.diagnostics.append(
            {Diagnostic::Severity::Error, fileName, 0, 0, QString(), tr("the file is too large")});
        return result;
    }
    auto parsed = JsonDocument::parse(data, 16);
    if (const auto *syntax = std::get_if<JsonDocument::SyntaxError>(&parsed)) {
        const TextPosition pos = LineIndex(data).position(syntax->offset);
        result.diagnostics.append(
            {Diagnostic::Severity::Error, fileName, pos.line, pos.column, QString(), syntax->message});
        return result;
    }
    Reader reader(std::get<JsonDocument>(parsed), fileName);
    result.workshop = reader.read();
    result.diagnostics = reader.diagnostics;
    return result;
}

QByteArray WorkshopFile::serialize(const Workshop &w)
{
    QJsonObject root{{u"format"_s, u"versus-workshop/1"_s},
                     {u"pack"_s, QJsonObject{{u"id"_s, w.packId}, {u"version"_s, w.packVersion}}}};
    if (!w.clientName.isEmpty() || !w.organisation.isEmpty())
        root.insert(u"client"_s, QJsonObject{{u"name"_s, w.clientName}, {u"organisation"_s, w.organisation}});
    if (w.date.isValid())
        root.insert(u"date"_s, w.date.toString(Qt::ISODate));
    QJsonObject answers;
    for (auto it = w.answers.cbegin(); it != w.answers.cend(); ++it) {
        if (it.value().isEmpty())
            answers.insert(it.key(), QJsonValue::Null);
        else if (it.value().size() == 1)
            answers.insert(it.key(), it.value().first());
        else
            answers.insert(it.key(), QJsonArray::fromStringList(it.value()));
    }
    root.insert(u"answers"_s, answers);
    if (!w.weights.isEmpty()) {
        QJsonObject weights;
        for (auto it = w.weights.cbegin(); it != w.weights.cend(); ++it)
            weights.insert(it.key(), it.value());
        root.insert(u"weights"_s, weights);
    }
    if (!w.notes.isEmpty()) {
        QJsonObject notes;
        for (auto it = w.notes.cbegin(); it != w.notes.cend(); ++it)
            notes.insert(it.key(), it.value());
        root.insert(u"notes"_s, notes);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString WorkshopFile::save(const QString &path, const Workshop &workshop)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("cannot write %1: %2").arg(path, file.errorString());
    const QByteArray bytes = serialize(workshop);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return tr("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace Versus::Core
