#include "core/workshop/workshop.h"

#include "core/common/logging.h"
#include "core/json/jsonreader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Versus::Core {

namespace {

QString keyString(std::string_view key)
{
    return QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size()));
}

// Reads a parsed document into a Workshop, noting every problem with its place.
class Reader final : private JsonReader {
    Q_DECLARE_TR_FUNCTIONS(Versus::Core::WorkshopFile)

public:
    Reader(const JsonDocument &doc, QString fileName)
        : JsonReader(doc, std::move(fileName))
        , m_doc(doc)
    {
    }

    using JsonReader::diagnostics;

    std::optional<Workshop> read()
    {
        auto workshop = readRoot();
        finish();
        return workshop;
    }

private:
    std::optional<Workshop> readRoot()
    {
        Workshop w;
        const JsonPath root;
        const Node &top = m_doc.root();
        if (!object(top, root, {"format", "pack", "client", "date", "answers", "weights", "notes", "decision"}))
            return std::nullopt;
        // versus-workshop/1 is /2 without the decision.
        if (const Node *format = member(top, root, "format", Required); format
            && (format->type != Type::String
                || (m_doc.text(*format) != "versus-workshop/1" && m_doc.text(*format) != "versus-workshop/2")))
            error(*format, JsonPath(root, "format"),
                  tr("expected \"versus-workshop/2\" or \"versus-workshop/1\", got %1").arg(got(*format)));

        const JsonPath packPath(root, "pack");
        if (const Node *pack = member(top, root, "pack", Required);
            pack && object(*pack, packPath, {"id", "version"})) {
            if (const Node *id = member(*pack, packPath, "id", Required))
                w.packId = string(*id, JsonPath(packPath, "id"), 64);
            if (const Node *version = member(*pack, packPath, "version", Optional))
                w.packVersion = string(*version, JsonPath(packPath, "version"), 64);
        }

        const JsonPath clientPath(root, "client");
        if (const Node *client = member(top, root, "client", Optional);
            client && object(*client, clientPath, {"name", "organisation"})) {
            if (const Node *n = member(*client, clientPath, "name", Optional))
                w.clientName = string(*n, JsonPath(clientPath, "name"), 200);
            if (const Node *o = member(*client, clientPath, "organisation", Optional))
                w.organisation = string(*o, JsonPath(clientPath, "organisation"), 200);
        }
        w.date = date(top, root, "date", Optional);

        if (const Node *answers = member(top, root, "answers", Required)) {
            forEachMember(
                *answers, JsonPath(root, "answers"), [&](const Member &m, const Node &value, const JsonPath &at) {
                    QStringList chosen;
                    if (value.type == Type::String) {
                        const QString option = string(value, at, 64);
                        if (!option.isNull())
                            chosen.append(option);
                    } else if (value.type == Type::Array) {
                        chosen = stringArray(value, at, 0, unlimited, 64);
                    } else if (value.type != Type::Null) {
                        error(value, at,
                              tr("expected an option id, a list of option ids, or null, got %1").arg(got(value)));
                        return;
                    }
                    w.answers.insert(keyString(m_doc.key(m)), chosen);
                });
        }
        if (const Node *weights = member(top, root, "weights", Optional)) {
            forEachMember(*weights, JsonPath(root, "weights"),
                          [&](const Member &m, const Node &value, const JsonPath &at) {
                              if (const auto weight = integer(value, at, 0, 5))
                                  w.weights.insert(keyString(m_doc.key(m)), *weight);
                          });
        }
        if (const Node *notes = member(top, root, "notes", Optional)) {
            forEachMember(*notes, JsonPath(root, "notes"), [&](const Member &m, const Node &value, const JsonPath &at) {
                if (const QString text = string(value, at, 8000); !text.isNull())
                    w.notes.insert(keyString(m_doc.key(m)), text);
            });
        }
        if (const Node *decision = member(top, root, "decision", Optional))
            w.decision = readDecision(*decision, JsonPath(root, "decision"));
        if (errorCount() > 0)
            return std::nullopt;
        return w;
    }

    DecisionRecord readDecision(const Node &node, const JsonPath &at)
    {
        DecisionRecord d;
        if (!object(node, at, {"chosen", "status", "date", "decisionMakers", "consulted", "informed", "reason"}))
            return d;
        if (const Node *chosen = member(node, at, "chosen", Optional))
            d.chosen = string(*chosen, JsonPath(at, "chosen"), 64);
        if (const Node *status = member(node, at, "status", Optional)) {
            const QString key = string(*status, JsonPath(at, "status"), 16);
            if (const auto s = DecisionRecord::statusFromKey(key))
                d.status = *s;
            else if (!key.isNull())
                error(*status, JsonPath(at, "status"),
                      tr("expected \"proposed\", \"accepted\", \"rejected\", \"deprecated\" or \"superseded\", "
                         "got %1")
                          .arg(got(*status)));
        }
        d.date = date(node, at, "date", Optional);
        const auto names = [&](std::string_view key, QStringList &list) {
            if (const Node *n = member(node, at, key, Optional))
                list = stringArray(*n, JsonPath(at, key), 0, 100, 200);
        };
        names("decisionMakers", d.decisionMakers);
        names("consulted", d.consulted);
        names("informed", d.informed);
        if (const Node *reason = member(node, at, "reason", Optional))
            d.reason = string(*reason, JsonPath(at, "reason"), 8000);
        return d;
    }

    const JsonDocument &m_doc;
};

} // namespace

QString DecisionRecord::statusKey(Status status)
{
    switch (status) {
    case Status::Proposed: return u"proposed"_s;
    case Status::Accepted: return u"accepted"_s;
    case Status::Rejected: return u"rejected"_s;
    case Status::Deprecated: return u"deprecated"_s;
    case Status::Superseded: return u"superseded"_s;
    }
    return {};
}

std::optional<DecisionRecord::Status> DecisionRecord::statusFromKey(QStringView key)
{
    for (const Status s :
         {Status::Proposed, Status::Accepted, Status::Rejected, Status::Deprecated, Status::Superseded}) {
        if (key == statusKey(s))
            return s;
    }
    return std::nullopt;
}

QString DecisionRecord::statusName(Status status)
{
    switch (status) {
    case Status::Proposed: return tr("proposed");
    case Status::Accepted: return tr("accepted");
    case Status::Rejected: return tr("rejected");
    case Status::Deprecated: return tr("deprecated");
    case Status::Superseded: return tr("superseded");
    }
    return {};
}

QStringList DecisionRecord::splitNames(const QString &text)
{
    QStringList names;
    for (const QString &part : text.split(u',')) {
        if (const QString name = part.trimmed(); !name.isEmpty())
            names.append(name);
    }
    return names;
}

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
    // A pipe or a device would be read for ever (or never end).
    if (!info.isFile())
        return fail(tr("is not a regular file (a pipe or a device, for example); open a workshop file"));
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
    result.diagnostics = reader.diagnostics();
    // Debug, not warning: the diagnostics go back to the caller, who shows them.
    qCDebug(lcWorkshop) << fileName << (result.workshop ? "read" : "rejected") << result.diagnostics.size()
                        << "problems";
    return result;
}

QByteArray WorkshopFile::serialize(const Workshop &w)
{
    QJsonObject root{{u"format"_s, u"versus-workshop/2"_s},
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
    if (!w.decision.isEmpty()) {
        const DecisionRecord &d = w.decision;
        QJsonObject decision{{u"status"_s, DecisionRecord::statusKey(d.status)}};
        if (!d.chosen.isEmpty())
            decision.insert(u"chosen"_s, d.chosen);
        if (d.date.isValid())
            decision.insert(u"date"_s, d.date.toString(Qt::ISODate));
        for (const auto &[key, list] :
             {std::pair{u"decisionMakers"_s, &d.decisionMakers}, std::pair{u"consulted"_s, &d.consulted},
              std::pair{u"informed"_s, &d.informed}}) {
            if (!list->isEmpty())
                decision.insert(key, QJsonArray::fromStringList(*list));
        }
        if (!d.reason.isEmpty())
            decision.insert(u"reason"_s, d.reason);
        root.insert(u"decision"_s, decision);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<void> WorkshopFile::save(const QString &path, const Workshop &workshop, bool ownerOnly)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || (ownerOnly && !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)))
        return failure(tr("cannot write %1: %2").arg(path, file.errorString()), path);
    const QByteArray bytes = serialize(workshop);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return failure(tr("cannot write %1: %2").arg(path, file.errorString()), path);
    return {};
}

} // namespace Versus::Core
