#pragma once

#include "core/common/diagnostic.h"
#include "core/json/jsondocument.h"
#include "core/pack/jsonpath.h"
#include "core/pack/pack.h"

#include <QSet>

#include <functional>
#include <initializer_list>
#include <optional>
#include <string_view>

namespace Versus::Core {

/// Checks a parsed JSON document against the versus-pack/1 format (docs/pack-format.md)
/// and builds the Pack. Reports every problem it finds, up to maxDiagnostics.
class PackValidator final {
public:
    static constexpr int maxDiagnostics = 200;
    static constexpr int maxTextLength = 8000;

    PackValidator(const JsonDocument &doc, QString fileName);

    /// The pack, or nothing when there was at least one error.
    std::optional<Pack> validate();
    const QList<Diagnostic> &diagnostics() const { return m_diagnostics; }

private:
    using Node = JsonDocument::Node;
    using Type = JsonDocument::Type;
    using Keys = std::initializer_list<std::string_view>;
    using ContenderValue = std::function<void(int contender, const Node &value, const JsonPath &path)>;

    void report(Diagnostic::Severity severity, std::size_t offset, const QString &pointer, const QString &message);
    void noteMarkdown(const Node &node, const JsonPath &path, const QString &text);
    void error(const Node &node, const JsonPath &path, const QString &message);
    void warning(const Node &node, const JsonPath &path, const QString &message);
    QString got(const Node &node) const;

    bool expect(const Node &node, const JsonPath &path, Type type);
    void checkKeys(const Node &object, const JsonPath &path, Keys known);
    const Node *member(const Node &object, const JsonPath &path, std::string_view key, bool required);
    QString text(const Node &object, const JsonPath &path, std::string_view key, bool required,
                 int maxLength = maxTextLength);
    QString textValue(const Node &node, const JsonPath &path, int maxLength = maxTextLength);
    QString id(const Node &object, const JsonPath &path, std::string_view key = "id");
    std::optional<int> integer(const Node &node, const JsonPath &path, int min, int max);
    QUrl url(const Node &object, const JsonPath &path, std::string_view key, bool required);
    QDate date(const Node &object, const JsonPath &path, std::string_view key, bool required, bool dayOptional,
               QString *asWritten = nullptr);
    /// An array of objects: calls each(element, pointer) for each one of the right type.
    void forEach(const Node *array, const JsonPath &path, int min, int max,
                 const std::function<void(const Node &, const JsonPath &)> &each);
    void uniqueId(QHash<QString, qsizetype> &seen, const QString &itemId, const Node &node, const JsonPath &path);
    void contenderMap(const Node &object, const JsonPath &path, std::string_view key, const ContenderValue &each);
    int edge(const Node &object, const JsonPath &path);

    void readHeader(const Node &root, Pack &pack);
    void readContenders(const Node &root, Pack &pack);
    void readCategories(const Node &root, Pack &pack);
    void readSummary(const Node &root, Pack &pack);
    void readCriteria(const Node &root, Pack &pack);
    void readVerdict(const Node &root, Pack &pack);
    void readChecklist(const Node &root, Pack &pack);
    void readFaq(const Node &root, Pack &pack);
    void readInquiry(const Node &root, Pack &pack);
    void checkInternalLinks(const Pack &pack);

    const JsonDocument &m_doc;
    std::optional<LineIndex> m_lines; // built on the first problem
    const JsonPath m_root;
    QString m_fileName;
    QList<Diagnostic> m_diagnostics;
    int m_errorCount = 0;
    bool m_truncated = false;
    // Markdown texts to check for internal links once every id is known.
    struct MarkdownText {
        const Node *node;
        QString pointer;
        QString text;
    };
    QList<MarkdownText> m_markdown;
    // Option references to criteria, resolved once criteria are read.
    QStringList m_contenderIds;
};

} // namespace Versus::Core
